#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel fifth development corpus generator (corpora/dev5).

Writes mails/d5-NNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from corpora/dev2
(the part above its MAILS section); dev5 adds a few staff members.

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
    # added for dev5
    "graf": ("Carina Graf", "carina.graf", "Firmenkunden Kranken / bKV", "Group Health (bKV)", "kv", "-3650"),
    "ziegler": ("Ralf Ziegler", "ralf.ziegler", "Firmenkunden Unfall / Gruppenunfall", "Group Accident", "av", "-4760"),
    "petrovic": ("Milan Petrović", "milan.petrovic", "Kfz-Flotten / Firmenkunden Kraftfahrt", "Fleet Underwriting", "av", "-4090"),
    "eckert": ("Dr. Hanna Eckert", "hanna.eckert", "Recht / Prozessführung", "Legal / Litigation", "grp", "-4990"),
    "jansen": ("Pieter Jansen", "pieter.jansen", "IT-Betrieb Batch und Output", "IT Operations, Batch & Output", "grp", "-6044"),
    "kaya": ("Deniz Kaya", "deniz.kaya", "Leistung Berufsunfähigkeit", "Disability Claims", "lv", "-2633"),
    "holm": ("Birte Holm", "birte.holm", "Rückversicherung / Pools", "Reinsurance & Pools", "grp", "-1935"),
    "schuster": ("Georg Schuster", "georg.schuster", "Firmenkunden Haftpflicht", "Commercial Liability", "av", "-5240"),
    "lambert": ("Claire Lambert", "claire.lambert", "Internationale Programme Firmenkunden", "International Programmes", "av", "-5300"),
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
    p.set_creator("Siegel dev5 corpus")
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
    salt = f"d5|{n}|{m.get('mid', '')}|{m['subj']}"
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
        fn = f"d5-{n:04d}.eml"
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


def M(label, lang_, kind, reason, **kw):
    lang = lang_
    assert label in LABELS, label
    assert lang in ("de", "en")
    assert kw.get("lang", lang) == lang, (reason, "lang mismatch")
    kw["lang"] = lang
    MAILS.append((LABELS[label], lang, kind, reason, kw))



# ==========================================================================
# MAILS — every mail below is written by hand (dev5: business and broker
# traffic, group insurance, fleet, commercial lines, reinsurance, IT, lawyers,
# courts, pensions/BU, international).
# ==========================================================================

V = DOM

# ---- 0001-0030 -----------------------------------------------------------

M("S", "de", "insurer-to-broker", "bAV-Umdeckung: Liste mit Namen, Geburtsdaten und Beitragsfreistellung wegen BU nur im XLSX-Blatt 2",
  frm=ADDR("paulsen"), to="Jörg Hansen <j.hansen@hansen-finanz.example>", subj="AW: Umdeckung Direktversicherungen Metallbau Kreuzer GmbH",
  date="2026-01-12 09:41", sig="paulsen",
  body="""Hallo Herr Hansen,

anbei wie besprochen die Übersicht der 14 Direktversicherungen, die wir aus dem Altvertrag der Metallbau Kreuzer GmbH übernehmen können. Das erste Blatt enthält nur die Gesamtsummen, das zweite die einzelnen Versorgungsanwärter.

Bei zwei Verträgen (siehe Spalte „Status") läuft derzeit eine Beitragsbefreiung; die müssen wir gesondert übertragen, damit keine Lücke entsteht.

Viele Grüße nach Bremen
""",
  att=[XLSX("Kreuzer_Umdeckung_2026.xlsx", {
      "Summen": [("Position", "Anzahl", "Jahresbeitrag EUR"), ("Aktive Verträge", 12, 21840.00), ("beitragsfrei gestellt", 2, 0), ("Gesamt", 14, 21840.00)],
      "Anwärter": [("Personalnr.", "Name", "Vorname", "geb.", "Vertragsnr.", "Beitrag mtl.", "Status"),
                   ("0112", "Kreuzer", "Annette", "14.02.1971", "LV-7710-22301", 150.00, "aktiv"),
                   ("0128", "Lukić", "Dragan", "02.09.1983", "LV-7710-22302", 175.00, "aktiv"),
                   ("0131", "Behrens", "Tim", "27.11.1990", "LV-7710-22303", 120.00, "Beitragsbefreiung BU seit 03/2025"),
                   ("0140", "Osterkamp", "Heike", "08.06.1968", "LV-7710-22304", 200.00, "aktiv"),
                   ("0152", "Yıldız", "Sevgi", "19.01.1994", "LV-7710-22305", 100.00, "Elternzeit, beitragsfrei")]},
      author="Henrik Paulsen")])

M("N", "de", "insurer-to-broker", "trap: Produktinfo Gruppenunfall mit Tarifbeispiel, keine Person",
  frm=ADDR("ziegler"), to="info@mueller-assekuranz.example", subj="Gruppenunfall 2026 – neue Tarifstufen für Handwerksbetriebe",
  att=[PDF("GU_Handwerk_2026_Tarifstufen.pdf", [("h", "Gruppenunfallversicherung Handwerk 2026"), ("t", [("Leistung", "Basis", "Plus", "Premium"), ("Invalidität Grundsumme", "50.000", "100.000", "150.000"), ("Progression", "225 %", "350 %", "350 %"), ("Unfall-Krankenhaustagegeld", "-", "-", "30 EUR"), ("Kosmetische OP", "-", "5.000", "10.000")]),
       "Beispiel: 12 Mitarbeitende, Gefahrengruppe B, Stufe Plus: 1.486,80 EUR Jahresbeitrag."], title="GU Handwerk 2026")],
  date="2026-01-13 11:02", sig="ziegler",
  body="""Sehr geehrte Damen und Herren,

zum 1. April 2026 stellen wir die Gruppenunfallversicherung für Handwerksbetriebe auf drei Tarifstufen um (Basis, Plus, Premium). Wesentliche Änderungen:

- Invaliditätsgrundsumme ab 50.000 EUR, Progression 225 % oder 350 %
- Einschluss von Infektionen durch Zeckenbiss und Insektenstiche in allen Stufen
- Premium: Unfall-Krankenhaustagegeld und kosmetische Operationen bis 10.000 EUR

Tarifbeispiel: Betrieb mit 12 Mitarbeitenden, Gefahrengruppe B, 24-Stunden-Deckung, Stufe Plus: 1.486,80 EUR Jahresbeitrag.

Die Produktunterlagen finden Sie ab sofort im Maklerportal unter „Firmenkunden > Unfall".

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-company", "Flottenliste mit Fahrern (Namen, Führerscheindatum, Kennzeichen) im CSV; Body harmlos",
  frm=ADDR("petrovic"), to="Fuhrpark Logistik Brandes <fuhrpark@brandes-logistik.example>", cc="Sabrina Holt <s.holt@holt-versicherungsmakler.example>",
  subj="Flottenvertrag KF-88120455 – Abgleich Fahrzeug- und Fahrerliste", date="2026-01-13 14:27", sig="petrovic",
  body="""Guten Tag Frau Wille,

wir haben die Jahresmeldung eingespielt. Für drei Fahrzeuge fehlen noch Angaben, bitte ergänzen Sie die markierten Zellen in der Datei und schicken Sie sie uns zurück (gerne über Ihre Maklerin Frau Holt).

Danke und Gruß
""",
  att=[CSV("Brandes_Flotte_Abgleich.csv", [
      ("Kennzeichen", "FIN", "Fahrzeug", "Erstzulassung", "Hauptfahrer", "Fuehrerschein seit", "Schaeden 2025", "fehlend"),
      ("OL-BL 401", "WDB9066331S512774", "Sprinter 316", "2022-03-14", "Kevin Adomeit", "2011-06-01", "1", ""),
      ("OL-BL 402", "WDB9066331S513309", "Sprinter 316", "2022-03-14", "Marek Zielinski", "2004-09-20", "0", ""),
      ("OL-BL 415", "WF0XXXTTGXNA44812", "Transit Custom", "2023-11-02", "", "", "0", "Hauptfahrer"),
      ("OL-BL 420", "VF1MA000868211930", "Master", "2024-05-27", "Jana Ostendorf", "", "0", "Fuehrerschein seit"),
      ("OL-BL 421", "VF1MA000868212047", "Master", "2024-05-27", "Uwe Frerichs", "1989-02-10", "2", "")])])

M("S", "de", "insurer-to-company", "Gruppenunfall: Unfallmeldung eines Mitarbeiters mit Verletzung (Fraktur) an Personalabteilung",
  frm=ADDR("albrecht"), to="Personalabteilung Heinemann Bau <personal@heinemann-bau.example>",
  subj="GU-Vertrag 40-558120 / Schaden 26-U-00417 – Rückfragen zum Unfall vom 07.01.", date="2026-01-14 08:55", sig="albrecht",
  body="""Sehr geehrte Frau Claßen,

vielen Dank für die Unfallanzeige zu Ihrem Mitarbeiter Herrn Piotr Nowak (Personal-Nr. 2291). Damit wir die Leistung aus der Gruppenunfallversicherung prüfen können, benötigen wir noch:

1. den Durchgangsarztbericht (die Berufsgenossenschaft hat ihn bereits vorliegen, eine Kopie genügt),
2. die Angabe, ob Herr Nowak nach der Unterschenkelfraktur stationär behandelt wurde und wie lange,
3. eine Schweigepflichtentbindung von Herrn Nowak selbst – das Formular hängt an.

Bitte beachten Sie, dass wir medizinische Unterlagen nicht über Sie als Arbeitgeber anfordern dürfen, wenn Herr Nowak das nicht möchte. Er kann sie uns auch direkt schicken.

Mit freundlichen Grüßen
""",
  att=[PDF("Schweigepflichtentbindung_Unfall.pdf", [("h", "Erklärung zur Schweigepflichtentbindung"), "Vertrag: 40-558120 (Gruppenunfall Heinemann Bau GmbH)\nVersicherte Person: ______________________\nSchaden-Nr.: 26-U-00417", "Ich entbinde die mich behandelnden Ärzte ... von ihrer Schweigepflicht, soweit es um die Folgen des Unfalls geht.", "Ort, Datum, Unterschrift"], title="Schweigepflichtentbindung")])

M("N", "de", "internal", "trap: Protokoll AG Datenschutz über Datenklassen in Maklerexporten, keine Personen",
  frm=ADDR("meier"), to=[ADDR("reuter"), ADDR("vogel"), ADDR("raman"), ADDR("jansen")], subj="Protokoll AG Maklerdaten – 3. Sitzung",
  att=[DOCX("Protokoll_AG_Maklerdaten_3.docx", [("h", "AG Maklerdaten – Protokoll 3. Sitzung"), "Teilnehmende: Meier, Reuter, Vogel, Raman, Jansen",
       ("t", [("TOP", "Beschluss", "Verantwortlich"), ("1 Bestandsexporte", "nur Maklerpostfach", "Reuter/Vogel"), ("2 Fehlerprotokolle", "nur Vorgangs-ID und Fehlercode", "Jansen"), ("3 Ausnahmen", "keine neuen", "Meier")])], author="Thomas Meier")],
  date="2026-01-14 16:10", sig="meier", sigstyle="short",
  body="""Hallo zusammen,

hier das Protokoll von heute, bitte bis Freitag Ergänzungen.

TOP 1 – Bestandsexporte an Makler (GDV-Format)
Die Exporte enthalten je Vertrag: Name, Anschrift, Geburtsdatum, Bankverbindung und bei Kranken/Leben den Tarif. Damit fallen alle Kranken-, Leben- und Unfallexporte unter „streng vertraulich", Sach/Kfz unter „vertraulich". Beschluss: Versand nur noch über das Maklerpostfach (BiPRO 430), keine Mail-Anhänge mehr.

TOP 2 – Fehlerprotokolle der Schnittstelle
Frau Raman berichtet, dass Fehlerlogs bisher vollständige Datensätze enthalten. Ziel: nur Vorgangs-ID und Fehlercode. Verantwortlich: Herr Jansen, Termin Ende Februar.

TOP 3 – Ausnahmen
Keine neuen Ausnahmen. Die bisherige Ausnahme für die Pool-Abrechnung (nur aggregierte Zahlen) bleibt.

Nächster Termin: 11. Februar, 14 Uhr, Raum 4.12.
""")

M("C", "en", "insurer-to-partner", "English subsidiary: motor claim with named third party, plate and claim number, nobody injured",
  frm=ADDR("brenner"), to="Claims Team <claims@versicherer-uk.example>", subj="RE: Your ref UKM/26/00871 – collision A2 Antwerp, our insured",
  date="2026-01-15 10:18", lang="en", sig="brenner", 
  body="""Hi Gareth,

thanks for the quick notification. I can confirm cover for our policyholder Mr. Florian Sauer, vehicle K-FS 2207 (BMW 320d Touring), motor policy KH-4471-09813, third-party liability valid at the date of loss (9 January 2026).

As per the police report nobody was injured; damage to your client's vehicle (GB reg. LR19 XKD) is estimated at GBP 3,400. Please send us the repair estimate and photos, we will settle via the Green Card bureau route as usual.

Best regards
""",
  quote=OQ("Gareth Price <gareth.price@versicherer-uk.example>", "14 January 2026 17:02", "Markus Brenner", "Your ref UKM/26/00871 – collision A2 Antwerp",
           "Markus,\n\nwe have a claim from our insured Ms. Helen Ward (LR19 XKD) against a German vehicle K-FS 2207, collision on the A2 near Antwerp on 9 Jan. Could you confirm cover?\n\nCheers\nGareth", lang="en"))

M("N", "en", "insurer-to-partner", "trap: reinsurance treaty renewal figures, aggregated, no persons",
  frm=ADDR("holm"), to="Renewals <renewals@rueck-re.example>", subj="1/1 renewal – Property Cat XL 2026, final placement", date="2026-01-15 12:44", lang="en", sig="holm",
  body="""Dear Anneliese, dear colleagues,

please find the final placement for the Property Cat XL programme 2026:

Layer 1: EUR 40m xs EUR 20m, ROL 11.5 %, 100 % placed
Layer 2: EUR 60m xs EUR 60m, ROL 6.2 %, 100 % placed
Layer 3: EUR 80m xs EUR 120m, ROL 3.1 %, 97.5 % placed (2.5 % retained)

Reinstatement: 1 @ 100 %. Hours clause 168h for windstorm, 504h for flood.

Signed lines and the wording will follow from the broker by the end of next week. Thank you for your support this year.

Kind regards
""")

M("S", "de", "lawyer", "Anwaltsschreiben im Zitat: BU-Klage mit Diagnose Depression; Antwort nur Terminbestätigung",
  frm=ADDR("eckert"), to="RA Dr. Kilian Roth <roth@kanzlei-roth-partner.example>", subj="AW: Az. 3 O 412/25 LG Köln – Mandantin Fr. Stratmann ./. Versicherer LV",
  date="2026-01-15 15:30", sig="eckert", sigstyle="short",
  body="""Sehr geehrter Herr Kollege Roth,

der Termin am 4. März 2026, 10:30 Uhr, Saal 212, ist bei uns notiert. Wir werden vertreten durch die Unterzeichnerin.

Mit kollegialen Grüßen
""",
  quote=OQ("Dr. Kilian Roth <roth@kanzlei-roth-partner.example>", "Donnerstag, 15. Januar 2026 11:12", "Hanna Eckert", "Az. 3 O 412/25 LG Köln – Mandantin Fr. Stratmann ./. Versicherer LV",
           "Sehr geehrte Frau Kollegin Dr. Eckert,\n\ndas Gericht hat Termin zur mündlichen Verhandlung auf den 04.03.2026 bestimmt. Wir weisen vorsorglich darauf hin, dass unsere Mandantin seit der Begutachtung durch Dr. Falkner weiterhin wegen einer rezidivierenden depressiven Störung (F33.2) arbeitsunfähig ist; ein aktueller Befund wird nachgereicht.\n\nMit freundlichen kollegialen Grüßen\nDr. Roth\nRechtsanwalt"))

M("N", "de", "insurer-to-supplier", "trap: Wasserschaden in Arztpraxis im eigenen Mietobjekt, Handwerkerauftrag, keine Patientendaten",
  frm=ADDR("richter"), to="Auftragsannahme <auftrag@trocknung-rheinland.example>", subj="Auftrag: Leckortung und Trocknung – Praxis Dr. Weiland, Rheinuferstr. 14, EG",
  date="2026-01-16 07:58", sig="richter",
  body="""Guten Morgen,

in unserem Objekt Rheinuferstraße 14 (Erdgeschoss, vermietet an die Hausarztpraxis Dr. Weiland) ist über Nacht Wasser aus der Zwischendecke ausgetreten. Betroffen sind Empfang und zwei Behandlungsräume, ca. 45 m².

Bitte kommen Sie heute noch zur Leckortung und stellen Sie Trocknungsgeräte auf. Ansprechpartnerin vor Ort ist die Praxismanagerin Frau Lütke, Tel. 0221 555 8810. Die Praxis bleibt bis Mittwoch geschlossen; Patientenunterlagen sind nicht betroffen und werden von der Praxis selbst gesichert.

Bestellnummer: FM-2026-00112, Kostenstelle 4410.

Danke und Gruß
""")

M("C", "de", "broker", "Makleranfrage weitergeleitet: Gehalt und Geburtsdatum eines Geschäftsführers für D&O/Firmen-Rechtsschutz",
  frm=ADDR("schuster"), to=ADDR("hartmann"), subj="WG: Angebot Firmen-Rechtsschutz + D&O Bäckerei Lindner GmbH", date="2026-01-16 10:05",
  body="""Sven, kannst du den D&O-Teil übernehmen? Rechtsschutz mache ich.

Georg
""",
  quote=FW("Tobias Rein <rein@rein-makler.example>", "15.01.2026, 18:40", "firmenkunden@versicherer.example", "Angebot Firmen-Rechtsschutz + D&O Bäckerei Lindner GmbH",
           """Sehr geehrte Damen und Herren,

für meine Kundin, die Bäckerei Lindner GmbH (8 Filialen, 61 Mitarbeiter, Umsatz 2025 ca. 4,9 Mio. EUR), bitte ich um ein Angebot für Firmen-Rechtsschutz und D&O (Deckungssumme 1 Mio.).

Geschäftsführer: Herr Matthias Lindner, geb. 23.07.1969, Jahresbezüge als GF 118.000 EUR brutto. Vorversicherung D&O keine, Rechtsschutz bisher bei der ARAG, 1 Arbeitsrechtsfall 2024.

Freundliche Grüße
Tobias Rein
Rein Versicherungsmakler e.K."""))

M("S", "en", "insurer-to-partner", "International health: expat employee claim list with diagnoses sent to HR of foreign client (HTML table)",
  frm=ADDR("whitfield"), to="Global Mobility <mobility@nordtec-systems.example>", subj="Monthly claims report December 2025 – NordTec expat plan",
  date="2026-01-16 13:20", lang="en", sig="whitfield", html=True,
  tables={"t": ([("Member ID", "Employee", "Country", "Date", "Provider", "Diagnosis", "Paid EUR"),
                 ("NT-0043", "S. Andersson", "Singapore", "2025-12-03", "Raffles Medical", "J20.9 acute bronchitis", "412.60"),
                 ("NT-0051", "R. Oduya", "UAE", "2025-12-11", "Mediclinic City", "O80 delivery", "6,980.00"),
                 ("NT-0058", "K. Brandt (spouse)", "USA", "2025-12-19", "Mass General", "S52.5 radius fracture", "3,215.40")], "pad")},
  body="""Dear Ms Lindholm,

as agreed in the service agreement, here is the claims report for December 2025 for the NordTec expat health plan:

[[t]]

Totals for the plan year to date: 187 claims, EUR 214,880.12 paid. The large-claim pooling threshold was not reached.

Please remember that this report is for the plan administrator only and must not be shared with line managers.

Kind regards
""")

M("N", "de", "internal", "trap: Batch-Report mit Zählern und Fehlercodes, keine Datensätze",
  frm=f"Batch-Monitor <noreply-batch@{V}>", to=ADDR("jansen"), subj="[BATCH] LV-Dynamik Nachtlauf 2026-01-16: OK mit Warnungen",
  date="2026-01-17 04:12", client="system", mailer="CTRL-M Notification 9.0",
  body="""Job:        LVDYN_NIGHTLY
Lauf-ID:    20260117-0300-LVDYN
Start:      2026-01-17 03:00:04
Ende:       2026-01-17 04:11:52
Status:     OK (RC=4)

Verarbeitet:        182.441 Verträge
Dynamik erhöht:      14.870
Dynamik widerrufen:   1.212
Übersprungen:            37  (Warnung W-0413: Vertrag in Leistungsprüfung)

Details im Job-Log auf \\\\batch01\\logs\\LVDYN\\20260117.
Diese Nachricht wurde automatisch erzeugt.
""")

M("S", "de", "insurer-to-company", "bKV: Liste neu angemeldeter Mitarbeiter mit Vorerkrankungsfragen im XLSX (Blatt Gesundheitsfragen)",
  frm=ADDR("graf"), to="Jana Pohl <jana.pohl@hotel-seeblick-group.example>", subj="bKV Seeblick – Anmeldungen Februar, Rückfragen zu 3 Personen",
  date="2026-01-19 09:14", sig="graf",
  body="""Liebe Frau Pohl,

danke für die Anmeldeliste. 22 Personen sind ohne Rückfrage aufgenommen. Bei drei Personen, die nach Ablauf der Aufnahmefrist angemeldet wurden, brauchen wir die vereinfachten Gesundheitsangaben – ich habe sie im zweiten Blatt markiert. Bitte reichen Sie das Blatt nicht herum, sondern lassen Sie die Angaben direkt von den Mitarbeitenden ergänzen.

Herzliche Grüße
""",
  att=[XLSX("bKV_Seeblick_Anmeldung_02-2026.xlsx", {
      "Anmeldungen": [("Nr", "Name", "Vorname", "Eintritt", "Tarif", "Status"), (1, "Adler", "Nina", "2026-02-01", "bKV Zahn+Vorsorge", "aufgenommen"),
                      (2, "Bauer", "Ruben", "2026-02-01", "bKV Zahn+Vorsorge", "aufgenommen"), (23, "Kocak", "Elif", "2025-06-01", "bKV Zahn+Vorsorge", "Rückfrage"),
                      (24, "Marr", "Holger", "2025-04-15", "bKV Zahn+Vorsorge", "Rückfrage"), (25, "Tran", "Linh", "2025-09-01", "bKV Zahn+Vorsorge", "Rückfrage")],
      "Gesundheitsfragen": [("Nr", "Name", "laufende Zahnbehandlung?", "fehlende Zähne", "Anmerkung"),
                            (23, "Kocak, Elif", "ja – Wurzelbehandlung 36 begonnen", "0", ""),
                            (24, "Marr, Holger", "nein", "2", "Brücke geplant lt. HKP"),
                            (25, "Tran, Linh", "", "", "noch offen")]}, author="Carina Graf")])

M("C", "de", "insurer-to-broker", "Courtage-Abrechnung an Einzelmakler (e.K.) mit IBAN und Steuernummer",
  frm=ADDR("becker"), to="Oliver Strack <strack@strack-versicherungen.example>", subj="Courtageabrechnung Dezember 2025 – Vermittlernr. 0047113",
  att=[CSV("Courtage_0047113_2025-12.csv", [("Vertrag", "Kunde", "Sparte", "Art", "Courtage EUR"), ("KH-4471-13010", "Weber, Inge", "Kfz", "Abschluss", "96,40"), ("HR-55-401220", "Thiel, Marco", "Hausrat", "Abschluss", "38,10"),
       ("WG-88-5590121", "Kaiser, Ruth + Bernd", "Wohngebäude", "Abschluss", "212,30"), ("diverse", "weitere Abschlüsse (38 Verträge)", "Sach/Kfz", "Abschluss", "5.533,20"), ("diverse", "Bestand (212 Verträge)", "Sach/Kfz", "Bestand", "532,88")])],
  date="2026-01-19 11:30", sig="becker",
  body=f"""Sehr geehrter Herr Strack,

die Courtage für Dezember 2025 beträgt 6.412,88 EUR (Abschluss 5.880,00 EUR, Bestand 532,88 EUR) und wird am 23.01.2026 auf Ihr Konto {IB("DE", "370501981930076543")} überwiesen.

Ihre bei uns hinterlegte Steuernummer 214/5081/3377 ist noch mit dem alten Finanzamt Köln-Mitte verknüpft. Bitte teilen Sie uns mit, ob die Umstellung auf Köln-Porz bereits erfolgt ist.

Die Einzelaufstellung liegt wie immer im Maklerpostfach.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-broker", "trap: Einladung Maklertag mit ICS, Agenda zu BU und bKV ohne Personen",
  frm=ADDR("vogel"), to="Maklerverteiler Süd <makler-sued@verteiler.versicherer.example>", subj="Einladung: Maklerforum Süd 2026 in Augsburg",
  date="2026-01-19 14:00", sig="vogel",
  body="""Liebe Partnerinnen und Partner,

wir laden Sie herzlich zum Maklerforum Süd ein:

Donnerstag, 12. März 2026, 9:30–16:00 Uhr
Kongress am Park, Augsburg

Programm:
- BU für Handwerksberufe: was die neue Berufsgruppeneinteilung bringt
- bKV als Recruiting-Argument – Praxisbericht eines Mittelständlers
- Gewerbliche Sachversicherung: Naturgefahren und Unterversicherung
- Digitale Maklerpost: BiPRO 430 und das neue Maklerpostfach

Die Veranstaltung ist mit 5 Stunden für die IDD-Weiterbildung anerkannt. Den Kalendereintrag finden Sie im Anhang.

Herzliche Grüße
""",
  att=[ICS("Maklerforum_Sued_2026.ics", "mf-sued-2026@versicherer.example", "Maklerforum Süd 2026", "20260312T093000", "20260312T160000",
           ("Katharina Vogel", f"katharina.vogel@{V}"), location="Kongress am Park, Gögginger Str. 10, Augsburg",
           description="Programm: BU Handwerk, bKV, Sach/Naturgefahren, Maklerpost")])

M("S", "de", "insurer-to-customer", "BU-Leistungsbescheid an Versicherten, Anlage PDF mit Gutachtenergebnis; Body nennt nur Vertrag",
  frm=ADDR("kaya"), to="Andreas Wiebe <a.wiebe@posteo.example>", subj="Ihre Berufsunfähigkeitsversicherung 61-2208841 – Entscheidung",
  date="2026-01-20 10:05", sig="kaya",
  body="""Sehr geehrter Herr Wiebe,

anbei erhalten Sie unsere Entscheidung zu Ihrem Leistungsantrag vom 28. Oktober 2025 sowie eine Zusammenfassung des Gutachtens. Bei Fragen rufen Sie mich gerne direkt an.

Mit freundlichen Grüßen
""",
  att=[PDF("Leistungsentscheidung_61-2208841.pdf", [("h", "Leistungsentscheidung Berufsunfähigkeit"),
       "Versicherungsnummer: 61-2208841\nVersicherte Person: Andreas Wiebe, geb. 11.04.1978\nBeruf: Dachdeckermeister (selbstständig)",
       "Auf Grundlage des orthopädischen Gutachtens von Dr. med. B. Sommer vom 02.12.2025 (Diagnose: Gonarthrose beidseits, M17.0; Z. n. Meniskusteilresektion rechts) ist Ihre Fähigkeit, Ihren zuletzt ausgeübten Beruf auszuüben, zu 70 % eingeschränkt.",
       "Wir erkennen unsere Leistungspflicht ab dem 01.08.2025 an. Monatliche BU-Rente: 1.850,00 EUR; Beitragsbefreiung ab gleichem Datum."], title="Leistungsentscheidung")])

M("N", "en", "insurer-to-partner", "trap: anonymised BU claims statistics by diagnosis group for reinsurer",
  frm=ADDR("holm"), to="Life Treaty Team <life.treaty@rueck-re.example>", subj="Disability experience study 2021-2025 – summary tables", date="2026-01-20 15:45",
  lang="en", sig="holm",
  body="""Dear Paul,

ahead of our meeting, attached are the aggregate tables of the disability experience study. All figures are at portfolio level; cells with fewer than 10 claims are merged into "other".

Headline: incidence 2025 at 92 % of the expected basis (DAV 1997 I modified), mental disorders remain the largest cause group with 37 % of new claims, followed by musculoskeletal disorders (22 %) and cancer (15 %).

Best regards
""",
  att=[XLSX("BU_experience_2021-2025_aggregate.xlsx", {
      "Incidence": [("Year", "Exposure (lives)", "New claims", "A/E"), (2021, 412300, 1288, 0.97), (2022, 418900, 1301, 0.95), (2023, 421050, 1290, 0.93), (2024, 425700, 1312, 0.93), (2025, 428400, 1297, 0.92)],
      "Cause groups": [("ICD chapter", "Share 2025"), ("F – mental disorders", "37 %"), ("M – musculoskeletal", "22 %"), ("C – neoplasms", "15 %"), ("I – circulatory", "7 %"), ("G – nervous system", "6 %"), ("other", "13 %")]}, author="Birte Holm")])

M("C", "de", "insurer-to-lawyer", "Gewerbehaftpflicht: Sachschaden eines Handwerkers beim Kunden, Versicherungsnehmer natürliche Person (e.K.), kein Personenschaden",
  frm=ADDR("schuster"), to="Kanzlei Vöhringer <post@voehringer-recht.example>", subj="Ihr Zeichen 26/0041-VÖ – Haftpflichtschaden Malerbetrieb Kai Seifert e.K.",
  date="2026-01-21 09:20", sig="schuster",
  body="""Sehr geehrte Frau Vöhringer,

wir bestätigen, dass Herr Kai Seifert (Malerbetrieb Seifert e.K.) bei uns unter der Vertragsnummer BH-330-71520 betriebshaftpflichtversichert ist. Den von Ihrer Mandantin geltend gemachten Schaden (Farbschäden an Parkett und Einbauküche, Rechnung vom 9.12.2025 über 7.842,50 EUR) prüfen wir.

Personenschäden sind nach Ihrer Darstellung nicht entstanden. Wir melden uns bis Ende Januar mit einer Stellungnahme; ein Sachverständiger (Herr Dipl.-Ing. Bausch) wird sich zur Besichtigung bei Ihrer Mandantin melden.

Mit freundlichen Grüßen
""")

M("S", "de", "hospital", "Klinikrechnung (DRG, Aufenthalt, Geburtsdatum) nur im PDF; Body nennt nur 'Fall Nowak (GU)'",
  frm=ADDR("ziegler"), to=ADDR("albrecht"), subj="WG: Rechnung 2026-00831", date="2026-01-21 11:47",
  body="""Miriam, das gehört zu deinem Fall Nowak (GU Heinemann). Kam bei mir an.
R.
""",
  att=[PDF("Rechnung_2026-00831.pdf", [("h", "Klinikum Am Stadtwald – Rechnung"), "Rechnungsnr. 2026-00831\nPatient: Piotr Nowak, geb. 30.05.1987\nAufnahme 07.01.2026, Entlassung 12.01.2026",
       ("t", [("Leistung", "Betrag EUR"), ("DRG I13B Eingriffe an Humerus, Tibia, Fibula", "6.918,44"), ("Unterkunft 2-Bett (Wahlleistung)", "410,00")]),
       "Zahlbar innerhalb 30 Tagen."], title="Rechnung 2026-00831")])

M("N", "de", "insurer-to-supplier", "trap: Bestellung Erste-Hilfe-Material und Defibrillator-Wartung mit Artikelnummern",
  frm=ADDR("krueger"), to="Vertrieb <vertrieb@medsafe-betriebsbedarf.example>", subj="Bestellung 4500018832 – Verbandkästen und AED-Wartung",
  date="2026-01-21 13:10", sig="krueger",
  body="""Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag RV-2024-017:

Pos. 10  Verbandkasten DIN 13157, Art.-Nr. 110-0457   40 Stück  à 24,90 EUR
Pos. 20  Augenspülflasche 500 ml, Art.-Nr. 110-2210    12 Stück  à  7,80 EUR
Pos. 30  Wartung AED (6 Geräte) inkl. Elektrodenwechsel  pauschal 690,00 EUR

Lieferadresse: Versicherer Holding AG, Warenannahme Tor 2, Rheinuferstraße 12, 50667 Köln.
Bitte Bestellnummer auf der Rechnung angeben.

Mit freundlichen Grüßen
""")

M("C", "en", "insurer-to-broker", "London broker: commercial property schedule with named sole-proprietor locations and sums insured",
  frm=ADDR("lambert"), to="Oliver Grant <oliver.grant@harbourline-brokers.example>", subj="RE: Schedule of locations – Fischer & Mohn Feinkost (German local policy)",
  date="2026-01-22 10:30", lang="en", sig="lambert",
  body="""Hi Oliver,

attached is the German local policy schedule as issued. Note that two of the warehouse locations are leased from Mr. Konrad Mohn personally (he owns the buildings in his own name, the company is only the tenant), so the landlord interest clause names him.

Policy no. FS-DE-2026-00418, period 1 Jan – 31 Dec 2026.

Cheers
""",
  att=[XLSX("FischerMohn_DE_locations.xlsx", {
      "Locations": [("Loc", "Address", "Occupancy", "Buildings EUR", "Contents EUR", "Owner"),
                    (1, "Am Handelshof 4, 28195 Bremen", "Warehouse (chilled)", 0, 2400000, "Fischer & Mohn Feinkost GmbH (tenant)"),
                    (2, "Industriestr. 19, 28199 Bremen", "Warehouse", 1850000, 950000, "Konrad Mohn (private)"),
                    (3, "Industriestr. 21, 28199 Bremen", "Office / showroom", 720000, 310000, "Konrad Mohn (private)")],
      "Notes": [("Item", "Text"), ("Landlord interest", "Konrad Mohn, Bremen – as his interest may appear"), ("Deductible", "EUR 2,500 each and every loss")]}, author="Claire Lambert")])

M("S", "de", "insurer-to-customer", "Betriebsrente aus Direktversicherung (Leben) mit Steuer-ID und SV-Nummer",
  frm=ADDR("paulsen"), to="Gisela Hartung <gisela.hartung@t-online.example>", subj="Ihre Betriebsrente ab 1. März 2026",
  date="2026-01-22 14:55", sig="paulsen",
  body="""Sehr geehrte Frau Hartung,

Ihre Betriebsrente aus der Direktversicherung Ihres früheren Arbeitgebers (Stadtwerke Porta GmbH) beginnt am 1. März 2026. Die monatliche Rente beträgt 412,37 EUR brutto.

Für die Meldung an die Krankenkasse (Zahlstellenverfahren) haben wir Ihre Versicherungsnummer 12 180761 H 504 und Ihre Krankenkasse (AOK NordWest) hinterlegt. Für das Finanzamt verwenden wir Ihre Steuer-ID 48 931 705 226.

Bitte prüfen Sie die Angaben und geben Sie uns kurz Bescheid, falls sich etwas geändert hat.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-company", "Kfz-Flotte: Schadenquote je Fahrer mit Namen an Fuhrparkleiter, nur Sachschäden",
  frm=ADDR("petrovic"), to="Herr Dirks <t.dirks@pflegedienst-sonnenschein.example>", subj="Sanierung Flottenvertrag – Schadenhäufung 2025",
  att=[XLSX("KF-77010342_Schadenliste_2025.xlsx", {"Schäden": [("Datum", "Kennzeichen", "Fahrer/in", "Art", "Aufwand EUR"), ("2025-02-11", "HB-PS 118", "Melanie Krauß", "Parkschaden", 1320), ("2025-05-30", "HB-PS 121", "Dennis Albers", "Auffahrunfall", 8410),
       ("2025-07-14", "HB-PS 104", "Svetlana Horn", "Steinschlag", 570), ("2025-09-03", "HB-PS 118", "Melanie Krauß", "Spiegel", 890)], "Quote": [("Jahr", "Beitrag", "Aufwand", "Quote"), (2025, 28400, 33512, "118 %")]}, author="Milan Petrović")],
  date="2026-01-23 08:40", sig="petrovic", html=True,
  tables={"s": ([("Fahrer/in", "Kennzeichen", "Schäden", "Aufwand EUR", "Art"), ("Melanie Krauß", "HB-PS 118", "3", "4.210", "Parkschäden, Spiegel"),
                 ("Dennis Albers", "HB-PS 121", "2", "9.870", "Auffahrunfall (kein Personenschaden)"), ("Svetlana Horn", "HB-PS 104", "2", "1.140", "Glas")], "pipe")},
  body="""Sehr geehrter Herr Dirks,

die Schadenquote Ihres Flottenvertrags KF-77010342 lag 2025 bei 118 %. Auffällig sind drei Fahrzeuge mit mehreren Schäden:

[[s]]

Wir schlagen vor, für diese drei Fahrerinnen und Fahrer ein Fahrsicherheitstraining zu finanzieren (bis 250 EUR pro Person) und die Selbstbeteiligung in der Vollkasko auf 500 EUR anzuheben. Dann können wir den Beitrag für 2026 halten.

Mit freundlichen Grüßen
""")

M("N", "de", "newsletter", "trap: Newsletter zu Rückengesundheit im Betrieb, allgemein",
  frm=f"Versicherer Firmenkunden-Newsletter <newsletter@{V}>", to="newsletter-firmenkunden@verteiler.versicherer.example",
  subj="Firmenkunden-News Januar: Rückengesundheit, Hitzeschutz, neue bKV-Bausteine", date="2026-01-23 10:00", client="system",
  body="""Firmenkunden-News 01/2026

1. Rücken stärken statt krankschreiben
Muskel-Skelett-Erkrankungen verursachen rund ein Viertel aller Arbeitsunfähigkeitstage in Deutschland. Unser Partner BackFit bietet Firmenkunden mit bKV ab sofort zwei kostenlose Workshops pro Jahr an – vor Ort oder online.

2. Hitzeschutz in Produktion und Lager
Ab 26 °C Raumtemperatur empfiehlt die ASR A3.5 Maßnahmen. Eine Checkliste finden Sie im Firmenkundenportal.

3. Neue bKV-Bausteine
Ab April: Vorsorge-Budget 600 EUR, Sehhilfen bis 250 EUR, Facharzt-Terminservice.

Abmelden: https://www.versicherer.example/newsletter/abmelden
""")

M("S", "de", "insurer-to-partner", "Rückversicherung: Einzelfallanfrage Leben über Sumenexzedent mit Antragsteller und Befunden",
  frm=ADDR("hasselbach"), to="Medical Underwriting <med.uw@rueck-re.example>", subj="Facultative request – Antrag 7712049, Risikoleben 2,5 Mio. EUR",
  date="2026-01-23 13:35", sig="hasselbach",
  body="""Liebe Frau Dr. Cardoso,

wir bitten um Ihre fakultative Einschätzung für folgenden Antrag (unser Selbstbehalt 750.000 EUR):

Antragsteller: Herr Benedikt von Arnim, geb. 04.10.1972, Unternehmer
Versicherungssumme: 2.500.000 EUR, Laufzeit 20 Jahre, Zweck: Absicherung Unternehmenskredit

Medizinisch: arterielle Hypertonie seit 2019, medikamentös eingestellt (Ramipril 5 mg), Belastungs-EKG 11/2025 unauffällig, LDL 168 mg/dl, BMI 29,1. Nichtraucher seit 2015.

Unser Votum: +50 % Zuschlag. Die Unterlagen liegen im gemeinsamen Datenraum (Ordner 7712049).

Freundliche Grüße
""")

M("N", "en", "internal", "trap: job advert text for occupational health nurse (internal HR), no applicant",
  frm=ADDR("weiss"), to=ADDR("baumann"), subj="Job ad for careers page: Occupational Health Nurse (m/f/d)", date="2026-01-26 09:05", lang="en",
  sig="weiss", sigstyle="short",
  body="""Hi Julia,

could you put this on the English careers page as well?

Occupational Health Nurse (m/f/d), Cologne, full-time
You support our company doctor with health checks, vaccinations, first aid training and the return-to-work programme for our 2,400 employees. You hold a nursing qualification, ideally with a specialisation in occupational health, and speak German and English.

We offer 30 days of leave, hybrid work where possible and a company pension.

Thanks!
""")

M("C", "de", "insurer-to-authority", "Drittschuldnererklärung ans Vollstreckungsgericht: nur Hausratvertrag, Name und Geburtsdatum des Schuldners",
  frm=ADDR("schreiber"), to="Amtsgericht Siegburg – Vollstreckungsgericht <poststelle@ag-siegburg.example>", subj="Drittschuldnererklärung gemäß § 840 ZPO – 34 M 1120/25",
  att=[PDF("Drittschuldnererklaerung_34M1120-25.pdf", [("h", "Drittschuldnererklärung nach § 840 ZPO"), "Schuldner: Sascha Lenz, geb. 17.12.1985, Auf dem Acker 3, 53721 Siegburg\nGläubigerin: Inkasso Rhein GmbH",
       "1. Die Forderung wird nicht anerkannt. 2. Ansprüche Dritter: keine. 3. Weitere Pfändungen: keine."], title="Drittschuldnererklärung")],
  date="2026-01-26 11:18", sig="schreiber",
  body="""Sehr geehrte Damen und Herren,

in der Zwangsvollstreckungssache Inkasso Rhein GmbH ./. Herrn Sascha Lenz, geb. 17.12.1985, wohnhaft Auf dem Acker 3, 53721 Siegburg, geben wir folgende Drittschuldnererklärung ab:

1. Die Forderung wird nicht anerkannt. Herr Lenz unterhält bei uns lediglich eine Hausratversicherung (HR-55-310774); fällige Ansprüche bestehen derzeit nicht.
2. Ansprüche anderer Personen auf die Forderung sind uns nicht bekannt.
3. Pfändungen wegen anderer Gläubiger liegen nicht vor.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-assessor", "Auftrag an Gutachter: BU-Nachprüfung, Fragen zu Bandscheibenvorfall, im DOCX",
  frm=ADDR("kaya"), to="Praxis für Begutachtung Dr. Lehnen <gutachten@dr-lehnen.example>", subj="Gutachtenauftrag – unser Zeichen BU-N-2026-0077",
  date="2026-01-26 14:40", sig="kaya",
  body="""Sehr geehrter Herr Dr. Lehnen,

anbei unser Auftrag für eine orthopädische Nachuntersuchung. Die Versicherte wird sich zur Terminvereinbarung bei Ihnen melden. Die Vorbefunde senden wir Ihnen auf dem Postweg.

Mit freundlichen Grüßen
""",
  att=[DOCX("Gutachtenauftrag_BU-N-2026-0077.docx", [("h", "Gutachtenauftrag Nachprüfung Berufsunfähigkeit"),
      "Versicherte: Frau Claudia Weinert, geb. 22.03.1976, Krankenpflegerin\nVersicherungsnummer: 61-1907730\nLeistung seit: 01.02.2023",
      "Anerkannte Diagnose: Bandscheibenvorfall L5/S1 mit Radikulopathie (M51.1), Z. n. Nukleotomie 2022.",
      "Fragen an den Gutachter:\n1. Besteht die Beeinträchtigung fort?\n2. Ist eine Tätigkeit als Pflegekraft in Teilzeit (Heben bis 10 kg) wieder möglich?\n3. Welche Therapie wird aktuell durchgeführt?"],
      author="Deniz Kaya")])

M("N", "de", "insurer-to-broker", "trap: Maklerportal-Freischaltung, Einmal-Passwort-Hinweis, keine Kundendaten",
  frm=f"Maklerportal <noreply@{V}>", to="Lisa Brückner <l.brueckner@brueckner-partner.example>", subj="Ihr Zugang zum Maklerportal wurde eingerichtet",
  date="2026-01-27 08:02", client="system",
  body="""Guten Tag Frau Brückner,

Ihr Makleradministrator hat für Sie einen Zugang zum Maklerportal eingerichtet (Vertragspartner: Brückner & Partner GmbH).

Ihr Einmal-Passwort erhalten Sie in einer separaten E-Mail. Bitte melden Sie sich innerhalb von 7 Tagen an und vergeben Sie ein eigenes Passwort.

https://makler.versicherer.example/registrierung

Dies ist eine automatisch erzeugte Nachricht.
""")

M("S", "en", "customer", "Foreign client forwarded: group life beneficiary change of a deceased employee's widow, English",
  frm=ADDR("paulsen"), to="Group Life Admin <grouplife@versicherer.example>", subj="FW: Group life – passing of our colleague Mr. Hiroshi Tanaka",
  date="2026-01-27 10:25", lang="en",
  body="""Team, please open a death claim under group life GL-2200-14 (Kirin Components Europe GmbH). Documents to follow from HR.

Henrik
""",
  quote=FW("Mayumi Sato <m.sato@kirin-components.example>", "Monday, 26 January 2026 16:48", "Henrik Paulsen", "Group life – passing of our colleague Mr. Hiroshi Tanaka",
           """Dear Mr Paulsen,

it is with great sadness that I have to inform you that our colleague Hiroshi Tanaka (employee no. E-1047, born 3 May 1969) passed away on 21 January 2026 in Düsseldorf after a short illness. His widow, Mrs. Yoko Tanaka, is the nominated beneficiary.

Could you let us know which documents you need? We have the death certificate in Japanese and a German translation.

Best regards,
Mayumi Sato
HR Manager""", lang="en"))

M("C", "de", "insurer-to-broker", "Wohngebäude-Kündigung Makler: Name, Adresse, Vertrag, Schadenhistorie (Sach)",
  frm=ADDR("demir"), to="Makler Özdemir <kontakt@oezdemir-versicherungen.example>", subj="Kündigung nach Schadenfall – WG-Vertrag 88-4402197 (Ehel. Kowalczyk)",
  date="2026-01-27 13:50", sig="demir",
  body="""Sehr geehrter Herr Özdemir,

nach dem dritten Leitungswasserschaden innerhalb von 24 Monaten kündigen wir den Wohngebäudevertrag Ihrer Kunden Marta und Tomasz Kowalczyk, Lindenweg 22, 42719 Solingen, zum 28.02.2026. Das Kündigungsschreiben geht heute per Post an die Kunden.

Schäden: 11/2023 Rohrbruch Bad (6.320 EUR), 08/2024 Heizungsleitung (11.870 EUR), 12/2025 Zuleitung Küche (4.105 EUR).

Eine Fortführung wäre nur mit Sanierung der Leitungen und 1.000 EUR Selbstbehalt denkbar. Sprechen Sie mich gerne an.

Mit freundlichen Grüßen
""")

M("N", "en", "insurer-to-partner", "trap: pool quarterly statement, aggregate premium and claims, no persons",
  frm=ADDR("holm"), to="Pool Secretariat <secretariat@pharma-pool.example>", subj="Q4 2025 statement – our share 7.5 %", date="2026-01-28 09:12", lang="en", sig="holm",
  body="""Dear Secretariat,

we confirm the Q4 2025 statement for our 7.5 % share:

Gross premium: EUR 1,284,300
Claims paid: EUR 402,118
Change in reserves: EUR +188,900
Balance in favour of the pool: EUR 693,282

Payment will be made on 6 February 2026 to the pool's account as usual. No objections to the large-loss list (all entries are product liability, no new notifications above the EUR 1m threshold).

Kind regards
""")

M("S", "de", "insurer-to-company", "GU: Invaliditätsleistung an Arbeitgeber als VN mitgeteilt, Gliedertaxe Hand, nur im ODT-Brief",
  frm=ADDR("albrecht"), to="Lohnbüro Heinemann Bau <lohn@heinemann-bau.example>", subj="Abrechnung Gruppenunfall – Schreiben anbei",
  date="2026-01-28 11:40", sig="albrecht", sigstyle="short",
  body="""Guten Tag,

anbei unser Abrechnungsschreiben. Die Zahlung erfolgt in den nächsten Tagen.

Freundliche Grüße
""",
  att=[ODT("Abrechnung_GU_26-U-00112.odt", [("h", "Abrechnung Gruppenunfallversicherung 40-558120"),
      "Versicherte Person: Herr Emre Güneş (Personal-Nr. 1874)\nUnfall vom 14.05.2025 – Quetschverletzung der linken Hand an der Kreissäge",
      "Nach dem Gutachten von Prof. Dr. Albers verbleibt eine dauerhafte Funktionsbeeinträchtigung der Hand von 3/10 Handwert. Invaliditätsgrad nach Gliedertaxe: 16,5 %.",
      ("t", [("Position", "Betrag EUR"), ("Invaliditätsleistung (16,5 % von 100.000 EUR)", "16.500,00"), ("Unfall-Krankenhaustagegeld 9 Tage", "450,00")]),
      "Die Leistung steht der versicherten Person zu; bitte leiten Sie sie vollständig weiter."])])

M("N", "de", "internal", "trap: Fehlerlog-Ticket ohne Datensätze, nur Vorgangs-IDs",
  frm=ADDR("hoffmann"), to=ADDR("jansen"), subj="INC0048812 – BiPRO-Schnittstelle 430.4 liefert HTTP 500", date="2026-01-28 15:05",
  body="""Hi Pieter,

seit 14:20 Uhr schlagen die Abrufe der Maklerpost bei ca. 30 % der Partner fehl. Auszug aus dem Gateway-Log (gekürzt, ohne Inhalte):

2026-01-28T14:21:07Z ERROR bipro430 getDocuments partner=VP-0047113 corr=8c1e0f2a status=500 cause=TimeoutException(db-pool)
2026-01-28T14:21:09Z ERROR bipro430 getDocuments partner=VP-0091288 corr=8c1e0f4d status=500 cause=TimeoutException(db-pool)
2026-01-28T14:21:15Z WARN  bipro430 pool exhausted active=50 idle=0 waiting=212

Sieht nach dem Connection-Pool aus. Kannst du den Batch „MAKLERPOST_AUFBEREITUNG" pausieren, der läuft parallel?

Lukas
""")

M("C", "de", "insurer-to-customer", "Kfz-Einzelfirma: Beitragsrechnung mit IBAN-Änderung und Geburtsdatum des Inhabers",
  frm=ADDR("engel"), to="Autohaus Karaca <info@autohaus-karaca.example>", subj="Ihre Änderung der Bankverbindung – Kfz-Verträge",
  date="2026-01-29 09:30", sig="engel",
  body=f"""Sehr geehrter Herr Karaca,

wir haben die neue Bankverbindung für alle fünf Kfz-Verträge Ihres Autohauses (Einzelunternehmen, Inhaber Mehmet Karaca, geb. 01.08.1980) übernommen:

IBAN {IB("DE", "500105175412345678", group=0)}
Kontoinhaber: Mehmet Karaca

Die nächste Abbuchung erfolgt am 1. Februar. Das SEPA-Mandat mit der Referenz KFZ-MK-2026-01 ist ab sofort gültig.

Mit freundlichen Grüßen
""")

M("S", "en", "insurer-to-partner", "Error log from TPA with health claim records (name, diagnosis code) sent to IT vendor",
  frm=ADDR("raman"), to="Support <support@claimsbridge-tpa.example>", subj="RE: Ticket CB-20931 rejected EDI batch 2026-01-27", date="2026-01-29 11:55",
  lang="en", sig="raman", sigstyle="short",
  body="""Hi Tomasz,

here is the rejected part of the batch as requested. Please delete the file once you have reproduced the issue – it contains live claim records.
""",
  att=[TXT("reject_20260127.log", """2026-01-27 22:14:03 REJECT rec=000118 reason=DX_FORMAT field=diag value='E11,9' member=KV-40012877 name='Reinholz, Sabine' svc=2026-01-09 amt=86.40
2026-01-27 22:14:03 REJECT rec=000231 reason=DX_FORMAT field=diag value='F32,1' member=KV-40293310 name='Mayer, Jonas' svc=2026-01-12 amt=100.55
2026-01-27 22:14:04 REJECT rec=000407 reason=PROVIDER_UNKNOWN lanr=998877601 member=KV-40451009 name='Ilić, Mira' svc=2026-01-14 amt=1240.00
2026-01-27 22:14:04 SUMMARY total=4211 ok=4208 rejected=3
""")])

M("N", "de", "insurer-to-broker", "trap: Rundschreiben BU Berufsgruppenliste, Beispiel mit fiktiver Person",
  frm=ADDR("schulte"), to="Maklerverteiler Nord <makler-nord@verteiler.versicherer.example>", subj="BU: neue Berufsgruppenliste ab 1.2.2026",
  date="2026-01-29 14:15", sig="schulte",
  body="""Liebe Maklerinnen und Makler,

ab 1. Februar gilt die neue Berufsgruppenliste. 312 Berufe werden besser eingestuft, u. a. Elektroniker, Erzieher/innen und Physiotherapeut/innen.

Rechenbeispiel (fiktiv): Erzieherin, 28 Jahre, BU-Rente 1.500 EUR, Endalter 67 – bisher BG 3 mit 98,40 EUR Monatsbeitrag, neu BG 2 mit 81,15 EUR.

Bestandskunden können die Neueinstufung ohne Gesundheitsprüfung beantragen, wenn sie ihren Beruf unverändert ausüben.

Viele Grüße
""")

M("C", "en", "insurer-to-partner", "Commercial liability fronting: local policy with named individual contact and his personal mobile; policy numbers",
  frm=ADDR("lambert"), to="Network Partner Spain <network@aseguradora-iberica.example>", subj="Local policy request – Weber Maschinenbau, Spanish branch",
  date="2026-01-30 08:45", lang="en", sig="lambert",
  body="""Dear Lucía,

for the multinational liability programme of Weber Maschinenbau GmbH (master policy BH-MN-2026-0031) please issue a local policy for the Spanish branch:

Insured: Weber Maschinenbau GmbH, Sucursal en España, Polígono Can Salvatella, Barberà del Vallès
Limit: EUR 5m per occurrence, DIC/DIL with the master
Premium allocation: EUR 18,400
Local contact: Mr. Jordi Puig, branch manager, mobile +34 612 448 901, jordi.puig@weber-mb.example

The certificate of insurance should reach the branch before 15 February.

Best regards
""")

M("S", "de", "insurer-to-customer", "Pflegetagegeld in Gruppenvertrag, Pflegegrad mitgeteilt; Body kurz",
  frm=ADDR("yilmaz"), to="Horst Baumgärtner <horst.baumgaertner@web.example>", subj="Pflegetagegeld – Ihre Meldung vom 12.01.", date="2026-01-30 10:20",
  sig="yilmaz",
  body="""Sehr geehrter Herr Baumgärtner,

den Bescheid der Pflegekasse über Pflegegrad 3 für Ihre Ehefrau Renate haben wir erhalten. Aus dem Gruppenvertrag Ihres früheren Arbeitgebers zahlen wir ab 1. Januar 2026 ein Pflegetagegeld von 30 EUR pro Tag (900 EUR im Monat bei 30 Tagen).

Die erste Zahlung erfolgt Anfang Februar rückwirkend.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-partner", "trap: Meldung an BaFin-Statistik mit aggregierten Zahlen",
  frm=ADDR("morgan"), to="Statistik <statistik@gdv-verband.example>", subj="Jahresstatistik Kraftfahrt 2025 – Lieferung Versicherer Allgemeine", date="2026-01-30 12:00",
  sig="morgan",
  body="""Sehr geehrte Damen und Herren,

anbei die Kraftfahrt-Jahresstatistik 2025 im vereinbarten Format (Summen je Tarifgruppe und Regionalklasse, keine Einzelverträge).

Bestand 31.12.2025: 1.208.411 Risiken
Schadenhäufigkeit KH: 5,9 %
Durchschnittsschaden KH: 4.312 EUR

Mit freundlichen Grüßen
""",
  att=[CSV("kfz_statistik_2025.csv", [("Tarifgruppe", "Regionalklasse", "Risiken", "Schaeden_KH", "Aufwand_KH_EUR"), ("PKW", "1", "41203", "2188", "8912330"),
                                      ("PKW", "2", "88110", "4820", "20144010"), ("Lkw", "alle", "22014", "2277", "15022800"), ("Krad", "alle", "61900", "1210", "4889100")])])

M("C", "de", "insurer-to-broker", "kurze Antwort an Makler: Kundin, Kfz-Vertrag, eVB-Nummer",
  frm=ADDR("engel"), to="m.lorenz@lorenz-assekuranz.example", subj="AW: eVB für Frau Dietz", date="2026-02-02 08:14", sig="engel", sigstyle="short",
  body="""Moin Herr Lorenz,

eVB für Frau Nadine Dietz (Neuzulassung VW ID.3): 7Q4KXM2. Gültig bis 02.04.2026. Vertrag läuft unter KH-4471-11520.

Gruß
""")

M("N", "de", "insurer-to-broker", "trap: Makler fragt nach Courtagesätzen, generische Antwort",
  frm=ADDR("reuter"), to="info@kampmann-makler.example", subj="AW: Courtagesätze Firmenkunden Sach 2026", date="2026-02-02 09:20", sig="reuter",
  body="""Hallo Frau Kampmann,

die Sätze 2026 sind unverändert: Betriebs- und Gebäudeversicherung 15 % laufend, Technische Versicherung 12,5 %, Betriebshaftpflicht 15 %. Bei Vertragsübertragungen gilt die Bestandscourtage ab Übertragung.

Die Courtagevereinbarung hängt nicht an, sie liegt im Portal unter „Verträge/Vereinbarungen".

Viele Grüße
""")

M("S", "de", "company", "HR schickt Austrittsliste bAV mit Unverfallbarkeit; als ZIP mit CSV",
  frm=ADDR("paulsen"), to="bAV-Service <bav-service@versicherer.example>", subj="WG: Austritte Q4/2025 Spedition Kühne & Arndt", date="2026-02-02 11:03",
  body="""Bitte Austritte verarbeiten und Unverfallbarkeitsmitteilungen erstellen. ZIP-Passwort kam telefonisch: liegt im Vorgang.

H. Paulsen
""",
  att=[ZIP("Austritte_Q4_2025.zip", [CSV("austritte_q4.csv", [("PersNr", "Name", "Vorname", "Geburtsdatum", "Austritt", "Vertrag", "unverfallbar", "Grund"),
      ("3012", "Arndt", "Kerstin", "1979-08-14", "2025-10-31", "LV-8820-1003", "ja", "Eigenkündigung"),
      ("3127", "Schmid", "Peter", "1961-02-02", "2025-12-31", "LV-8820-1017", "ja", "Rente wg. Erwerbsminderung"),
      ("3155", "Nikolic", "Ana", "1996-05-23", "2025-11-30", "LV-8820-1044", "nein", "Probezeit")], enc="windows-1252", sub="excel")])])

M("N", "en", "insurer-to-partner", "trap: ICS for reinsurance audit meeting, agenda on data classes",
  frm=ADDR("stone"), to="Audit <audit@rueck-re.example>", subj="Invitation: Claims audit Life & Health – 24 Feb", date="2026-02-02 13:30", lang="en", sig="stone", sigstyle="short",
  body="""Dear Paul,

invite attached. As discussed, individual claim files will be inspected on site only; nothing with health data will be sent by e-mail beforehand.
""",
  att=[ICS("claims_audit_LH.ics", "audit-lh-20260224@versicherer.example", "Claims audit Life & Health (treaty 2024-LH-01)", "20260224T100000", "20260224T170000",
           ("Rebecca Stone", f"rebecca.stone@{V}"), attendees=[("Paul Hennessy", "paul.hennessy@rueck-re.example"), ("Oliver Stanek", f"oliver.stanek@{V}")],
           location="Köln, Raum 2.07", description="Agenda: sample selection (40 files), BU claims process, large claims > 500k")])

M("S", "de", "insurer-to-lawyer", "Regress gegen Schädiger: Anwalt des Geschädigten erhält Heilbehandlungskosten eines Unfallopfers (Personenschaden)",
  frm=ADDR("oltmanns"), to="RAe Bergmann & Kuhl <info@bergmann-kuhl.example>", subj="Schaden 26-H-01133 / Ihr Mandant Jonas Pape – Schmerzensgeld",
  date="2026-02-03 09:45", sig="oltmanns",
  body="""Sehr geehrter Herr Bergmann,

zu den Verletzungen Ihres Mandanten (Schädelprellung, HWS-Distorsion, Platzwunde an der Stirn, Behandlung in der Notaufnahme der Uniklinik Bonn am 19.12.2025, anschließend 10 Tage arbeitsunfähig) bieten wir zur Abgeltung des Schmerzensgeldes 1.800 EUR an.

Die vorgelegten Fahrtkosten zur Physiotherapie (6 Termine) übernehmen wir mit 64,80 EUR.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-assessor", "Sachverständigenauftrag Kfz-Flotte: Name des Fahrers und Kennzeichen, Leasingfahrzeug",
  frm=ADDR("brenner"), to="Kfz-SV Büro Tessmann <auftrag@sv-tessmann.example>", subj="Gutachtenauftrag K-26-03318 – Besichtigung Montag", date="2026-02-03 10:58",
  sig="brenner", sigstyle="short",
  body="""Hallo Herr Tessmann,

bitte Besichtigung: Audi A6 Avant, M-LT 4410, Leasing (Halter: Leasinggesellschaft), Fahrer Herr Volker Stenzel (Außendienst Fa. Lechtal Pumpen). Heckschaden nach Auffahrunfall 29.01., Fahrzeug steht im Autohaus Gruber, Rosenheim.

Danke!
""")

M("N", "de", "internal", "trap: Sitzungsprotokoll Produktentwicklung bKV mit Leistungsstatistik aggregiert",
  frm=ADDR("graf"), to=[ADDR("okafor"), ADDR("vogel"), ADDR("reuter")], subj="Protokoll Produkt-Jour-fixe bKV 03.02.",
  att=[DOCX("Protokoll_JF_bKV_2026-02-03.docx", [("h", "Produkt-Jour-fixe bKV"), ("t", [("Thema", "Ergebnis", "To-do"), ("Inanspruchnahme 2025", "61 % mit mind. einer Leistung", "-"), ("Schadenquote", "78 % gesamt, 93 % Kleinstbetriebe", "Mindestgröße bleibt 5"), ("Gesundheitsbudget", "Heilpraktiker nicht aufnehmen", "Okafor: Kalkulation 900 EUR")])], author="Carina Graf")], date="2026-02-03 16:30",
  body="""Hallo zusammen,

kurz die Ergebnisse:
- Leistungsinanspruchnahme bKV 2025: 61 % der Versicherten haben mind. eine Leistung genutzt, Top 3: Zahnreinigung, Brille, Vorsorge. Stationär-Bausteine nur 2 %.
- Schadenquote Gesamtbestand 78 %, Kleinstbetriebe (<10 MA) 93 % → Mindestgröße 5 MA bleibt.
- Gesundheitsbudget: neuer Baustein Heilpraktiker wird NICHT aufgenommen (Aktuariat).

To-do: Okafor Kalkulation Budget 900 EUR bis 20.2.

Carina
""")

M("S", "en", "insurer-to-company", "Group income protection: employer told one employee's claim is accepted (mental health), English",
  frm=ADDR("stanek"), to="Benefits <benefits@lumen-analytics.example>", subj="Group Income Protection – claim GIP-2025-0418 decision", date="2026-02-04 09:12",
  lang="en", sig="stanek",
  body="""Dear Ms Okonkwo,

we have completed our assessment of the claim submitted for your employee Mr. Daniel Reyes (employee ID 20577). Based on the reports of his treating psychiatrist we accept the claim from the end of the deferred period, 1 February 2026.

The benefit of EUR 3,950 per month (75 % of the insured salary) will be paid to the company payroll monthly in arrears. We will review the claim in six months and will contact Mr. Reyes directly about a graded return to work.

Kind regards
""")

M("N", "en", "insurer-to-broker", "trap: product info group life for international broker, premium example, no person",
  frm=ADDR("lambert"), to="Oliver Grant <oliver.grant@harbourline-brokers.example>", subj="Group life Germany – indicative rates", date="2026-02-04 11:00", lang="en",
  body="""Oliver,

indicative rates for a German group life scheme, 2 x salary, free cover limit EUR 400k, average age 41: 0.19 % of salary roll. For schemes over 200 lives we can offer unit rates with a 3-year guarantee.

No medical evidence below the FCL; above it, a short health questionnaire.

Claire
""")

M("C", "de", "insurer-to-court", "Schreiben ans Landgericht in Kfz-Haftpflichtsache mit Namen, Kennzeichen; reiner Sachschaden",
  frm=ADDR("eckert"), to="Landgericht Bonn, 1. Zivilkammer <poststelle@lg-bonn.example>", subj="Az. 1 O 288/25 – Stellungnahme der Beklagten zu 2)",
  date="2026-02-04 14:22", sig="eckert",
  body="""Sehr geehrte Damen und Herren,

in dem Rechtsstreit Gerhard Mertens ./. Lisa Fuchs und Versicherer Allgemeine Versicherung AG nimmt die Beklagte zu 2) wie folgt Stellung:

Die Beklagte zu 1), Frau Lisa Fuchs, war mit dem Pkw BN-LF 88, versichert unter KH-4471-07716, am 03.06.2025 an dem Verkehrsunfall auf der Reuterstraße beteiligt. Die Haftung dem Grunde nach wird zu 50 % anerkannt. Die geltend gemachten Reparaturkosten von 12.431,20 EUR sind überhöht; wir verweisen auf das Gutachten des Sachverständigen Tessmann (Anlage B 3).

Personenschäden sind nicht Gegenstand des Verfahrens.

Dr. Eckert
Syndikusrechtsanwältin
""")

M("N", "de", "insurer-to-customer", "trap: GmbH fragt nach Muster-Versicherungsbestätigung, generische Antwort ohne Vertragsdaten",
  frm=ADDR("kowalski"), to="info@elektro-brandl-gmbh.example", subj="AW: Muster einer Versicherungsbestätigung für Ausschreibungen", date="2026-02-05 08:30", sig="kowalski",
  body="""Sehr geehrte Damen und Herren,

ein Muster der Versicherungsbestätigung für öffentliche Ausschreibungen finden Sie unter www.versicherer.example/firmenkunden/bestaetigungen. Die konkrete Bestätigung für Ihren Betrieb stellen wir aus, sobald Sie uns die Vergabenummer der Ausschreibung mitteilen.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-broker", "Antwort an Makler im Zitat: Risikovoranfrage BU mit Diagnose ADHS und Psychotherapie",
  frm=ADDR("schulte"), to="Jörg Hansen <j.hansen@hansen-finanz.example>", subj="AW: Risikovoranfrage anonym? – Kunde L.", date="2026-02-05 10:10", sig="schulte", sigstyle="short",
  body="""Hallo Herr Hansen,

so wie geschildert wäre das eine Annahme mit Ausschluss psychischer Erkrankungen, alternativ Zurückstellung bis 2 Jahre nach Therapieende. Da Sie Namen und Geburtsdatum mitgeschickt haben, ist das übrigens keine anonyme Voranfrage mehr – bitte künftig weglassen.

Gruß
""",
  quote=Q("""Hallo Frau Schulte,

anonyme Voranfrage für Kunden Leon Hoppe, geb. 09.09.1999, Softwareentwickler:
ADHS seit Kindheit, Methylphenidat bis 2021, 2023/24 ambulante Verhaltenstherapie (25 Sitzungen) wegen Prüfungsangst, abgeschlossen.
BU-Rente 2.000 EUR gewünscht.

Grüße
J. Hansen"""))

M("C", "en", "insurer-to-partner", "Reinsurance property large-loss notification: named sole trader insured, address and claim number",
  frm=ADDR("holm"), to="Property Claims <property.claims@rueck-re.example>", subj="Loss advice – fire at sawmill, our claim 26-S-00902", date="2026-02-05 15:40",
  lang="en", sig="holm",
  body="""Dear colleagues,

loss advice under the Property Risk XL (treaty PRX-2026):

Insured: Sägewerk Anton Huber (sole proprietor Mr. Anton Huber), Dorfstraße 7, 83730 Fischbachau
Date of loss: 1 February 2026, fire in the drying kiln
Our estimate: EUR 3.1m (buildings 1.6m, machinery 0.9m, BI 0.6m); retention EUR 1.5m
No injuries. Loss adjuster: Crawford & Partner, report expected end of February.

Best regards
""")

M("N", "de", "internal", "trap: IT-Change für Exportjob, Feldliste mit Datenklassen, keine Daten",
  frm=ADDR("jansen"), to=ADDR("fischer"), subj="Change CHG0021177 – GDV-Export Makler, Feld Bankverbindung entfernen", date="2026-02-06 09:00",
  body="""Hallo Tim,

zur Freigabe im CAB am Dienstag:

Ziel: Der tägliche GDV-Bestandsexport an die Maklerpools enthält künftig keine Bankverbindung (Satzart 0100, Felder IBAN/BIC) mehr, weil die Pools sie nicht brauchen.
Betroffene Jobs: GDVEXP_DAILY, GDVEXP_DELTA
Test: Vergleich Satzlängen in INT, Abnahme durch Fachbereich Maklerbetreuung
Rollback: alte Satzbeschreibung v11 reaktivieren

Risiko gering. Inhalte werden im Testprotokoll nicht abgelegt, nur Satzzahlen.

Pieter
""")

M("S", "de", "insurer-to-customer", "Lebensversicherung Firmenkunde: Rückdeckungsversicherung mit Name des GF und Gesundheitsangaben, Ablehnung",
  frm=ADDR("schulte"), to="Geschäftsführung Tiefbau Rieger GmbH <gf@tiefbau-rieger.example>", subj="Rückdeckungsversicherung für Herrn Rieger – Antrag 7713301",
  date="2026-02-06 10:35", sig="schulte",
  body="""Sehr geehrter Herr Rieger,

den Antrag auf Rückdeckungsversicherung für Ihre Pensionszusage können wir leider nur mit einer Erschwernis annehmen: aufgrund des im Dezember festgestellten Vorhofflimmerns und der laufenden Antikoagulation ist ein Zuschlag von 75 % auf den Risikoanteil erforderlich.

Alternativ bieten wir die Rückdeckung ohne Hinterbliebenenschutz zum Normalbeitrag an. Bitte teilen Sie uns mit, welche Variante Sie wünschen.

Mit freundlichen Grüßen
""")

M("N", "en", "newsletter", "trap: international newsletter on travel health risks for business travellers",
  frm=f"Versicherer International <newsletter@{V}>", to="intl-clients@verteiler.versicherer.example", subj="Global Mobility Brief – February 2026", date="2026-02-06 12:00",
  lang="en", client="system",
  body="""Global Mobility Brief – February 2026

Dengue season: several countries in South-East Asia report above-average case numbers. Travellers should use repellents and check vaccination recommendations with an occupational physician.

Mental health abroad: expatriate employees report higher stress levels in the first six months. Our Employee Assistance Programme is available 24/7 in 12 languages.

Claims tip: submit invoices via the app; most claims are settled within 5 working days.

Unsubscribe: https://www.versicherer.example/en/newsletter
""")

M("C", "de", "insurer-to-company", "Gewerbe Inhalt: Einbruchschaden im Kiosk, Inhaberin natürliche Person, Vertragsnummer, Stehlgutliste im XLSX",
  frm=ADDR("demir"), to="Kiosk am Ring – Frau Papadopoulou <kiosk.am.ring@gmx.example>", subj="Ihr Einbruchschaden vom 31.01. – Stehlgutliste",
  date="2026-02-06 14:48", sig="demir",
  body="""Sehr geehrte Frau Papadopoulou,

danke für die Stehlgutliste. Bitte ergänzen Sie in der beigefügten Tabelle bei den Tabakwaren die Einkaufspreise (nicht die Verkaufspreise) – versichert ist der Einkaufswert. Die Polizei hat uns das Aktenzeichen bestätigt.

Vertrag: GI-62-118044 (Geschäftsinhalt, Kiosk am Ring, Inh. Eleni Papadopoulou)

Mit freundlichen Grüßen
""",
  att=[XLSX("Stehlgutliste_GI-62-118044.xlsx", {"Stehlgut": [("Pos", "Ware", "Menge", "EK EUR", "VK EUR"), (1, "Zigaretten div.", "84 Stangen", None, 8400.00),
       (2, "Tabak", "40 Beutel", None, 680.00), (3, "Wechselgeld Kasse", "1", 320.00, None), (4, "Tablet Kasse", "1", 399.00, None)],
       "Hinweise": [("Hinweis",), ("Tabakwaren: Einkaufspreise laut Lieferschein eintragen",)]})])

M("N", "de", "insurer-to-supplier", "trap: Aktenvernichtung Bestellung, Gesundheitsakten erwähnt als Kategorie",
  frm=ADDR("krueger"), to="Auftrag <auftrag@rheinshred.example>", subj="Abruf Rahmenvertrag: Vernichtung Leistungsakten Kranken (Altbestand)", date="2026-02-09 08:20",
  body="""Guten Tag,

bitte holen Sie am 17.02. ab 8 Uhr 38 verplombte Sicherheitsbehälter (240 l) aus dem Archiv UG 2 ab. Inhalt: Leistungsakten Krankenversicherung der Jahrgänge bis 2014, Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399.

Bitte Vernichtungsprotokoll je Behälter an archiv@versicherer.example.

Stefan Krüger, Einkauf
""")

M("S", "de", "insurer-to-customer", "Unfallrente aus Gruppenunfall an Versicherten: Querschnittlähmung im Text, Zahlungstabelle in Text- und HTML-Teil",
  frm=ADDR("ziegler"), to="Wolfgang Ebert <w.ebert@ebert-home.example>", subj="Unfallrente aus Ihrer Gruppenunfallversicherung", date="2026-02-09 10:40",
  sig="ziegler", html=True,
  tables={"z": ([("Monat", "Betrag EUR", "Status"), ("Januar 2026", "1.000,00", "gezahlt"), ("Februar 2026", "1.000,00", "angewiesen"), ("März 2026", "1.000,00", "geplant")], "pad")},
  body="""Sehr geehrter Herr Ebert,

da der unfallbedingte Invaliditätsgrad nach Ihrer Querschnittlähmung über 50 % liegt, zahlen wir aus dem Gruppenvertrag der Ebert Gerüstbau GmbH zusätzlich die vereinbarte Unfallrente:

[[z]]

Bitte schicken Sie uns jährlich eine Lebensbescheinigung.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-broker", "trap: HTML-only-Tabelle Maklerbestand: Stückzahlen je Sparte inkl. Leben/Kranken, keine Kunden",
  frm=ADDR("vogel"), to="Sebastian Mayr <mayr@mayr-finanzplan.example>", subj="Ihr Bestand 2025 in Zahlen", date="2026-02-09 13:12", client="outlook",
  html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Servus Herr Mayr,</p>
<p>wie besprochen Ihr Bestand zum 31.12.2025:</p>
""" + table_html([("Sparte", "Stück", "Beitrag EUR", "Storno"), ("Kfz", 412, "236.400", "8,2 %"), ("Hausrat", 388, "61.100", "5,0 %"), ("Wohngebäude", 201, "188.900", "3,1 %"),
                  ("Privathaftpflicht", 455, "36.200", "6,6 %"), ("Leben/BU", 174, "402.800", "4,0 %"), ("Kranken", 96, "251.700", "2,1 %"), ("Gewerbe", 33, "32.900", "9,1 %")]) + """
<p>Bestandsbeitrag gesamt 1,21 Mio. EUR, Stornoquote 6,1 % (Vorjahr 7,4 %). Glückwunsch!</p>
<p>Katharina Vogel<br>Maklerbetreuung Region Süd</p>
</body></html>
""")

# ---- 0061- ----------------------------------------------------------------

M("N", "de", "insurer-to-broker", "trap: anonymisierter BU-Leistungsfall als Schulungsbeispiel für Makler (Alter, Beruf, keine Identität)",
  frm=ADDR("kaya"), to="Maklerakademie <akademie@verteiler.versicherer.example>", subj="Fallbeispiel für das Webinar „BU-Leistungsfall richtig begleiten“",
  date="2026-02-09 15:30", sig="kaya", sigstyle="short",
  body="""Hallo zusammen,

für das Webinar am 26.2. hier das Fallbeispiel, bereits anonymisiert und in Details verändert:

Kunde A., Ende 40, Tischlermeister mit eigenem Betrieb (4 Angestellte). Nach einer Schulteroperation kann er keine Überkopfarbeiten mehr ausführen. Knackpunkt war die Umorganisation: Wie viel seiner Arbeit hätte er als Inhaber an Gesellen abgeben können? Ergebnis nach Betriebsbegehung: 55 % Einschränkung, Leistung anerkannt.

Lernziel: Makler sollen die Tätigkeitsbeschreibung vor Antragstellung mit dem Kunden sauber erfassen (Stundenanteile!).
""")

M("C", "de", "insurer-to-broker", "Bestandsübertragung Sach an neuen Makler: XLSX mit Namen, Anschriften, Vertragsnummern (Hausrat, PHV, Kfz)",
  frm=ADDR("reuter"), to="Sabrina Holt <s.holt@holt-versicherungsmakler.example>", subj="Bestandsübertragung Agentur Meinke → Holt Versicherungsmakler (Sach/Kfz)",
  date="2026-02-10 09:05", sig="reuter",
  body="""Hallo Frau Holt,

anbei die Liste der Sach- und Kfz-Verträge, die zum 1. März auf Ihre Vermittlernummer übertragen werden (Kunden haben jeweils eine Maklervollmacht unterschrieben). Die Personenversicherungen folgen separat über das Maklerpostfach.

Bitte prüfen Sie, ob alle Vollmachten vorliegen – bei zwei Kunden fehlt uns noch das Original.

Viele Grüße
""",
  att=[XLSX("Bestand_Meinke_an_Holt_Sach.xlsx", {
      "Verträge": [("Kunde", "Anschrift", "Sparte", "Vertragsnr.", "Jahresbeitrag", "Vollmacht"),
                   ("Gerdes, Fenja", "Am Deich 4, 26506 Norden", "Hausrat", "HR-55-402281", 148.20, "liegt vor"),
                   ("Gerdes, Fenja", "Am Deich 4, 26506 Norden", "PHV", "PH-20-118203", 79.90, "liegt vor"),
                   ("Janssen, Hauke", "Norddeicher Str. 112, 26506 Norden", "Kfz", "KH-4471-13307", 611.44, "fehlt"),
                   ("Bruns-Eilers, Anke", "Kirchstr. 9, 26524 Hage", "Wohngebäude", "WG-88-5510924", 904.10, "liegt vor"),
                   ("Ahrends, Wilko", "Hauptstr. 51, 26529 Upgant-Schott", "Kfz", "KH-4471-13391", 388.02, "fehlt")],
      "Summe": [("Verträge", "Beitrag"), (5, 2131.66)]}, author="Frank Reuter")])

M("S", "de", "company", "HR-Mail zitiert: Entgeltumwandlung bAV mit Gehältern, Direktversicherung; Antwort knapp",
  frm=ADDR("paulsen"), to="Birgit Sommerfeld <b.sommerfeld@kanzlei-sommerfeld-stb.example>", subj="AW: Entgeltumwandlung 2026 – unsere Mitarbeiter",
  date="2026-02-10 10:48", sig="paulsen", sigstyle="short",
  body="""Liebe Frau Sommerfeld,

danke, die Erhöhungen sind zum 1.3. eingespielt. Bei Frau Auer liegt der Beitrag über 8 % BBG – der Teil über 4 % ist nicht mehr sozialversicherungsfrei, bitte in der Lohnabrechnung beachten.

Viele Grüße
""",
  quote=OQ("Birgit Sommerfeld <b.sommerfeld@kanzlei-sommerfeld-stb.example>", "Montag, 9. Februar 2026 17:31", "Henrik Paulsen", "Entgeltumwandlung 2026 – unsere Mitarbeiter",
           """Hallo Herr Paulsen,

ab März erhöhen folgende Mitarbeiterinnen ihre Entgeltumwandlung (Direktversicherungen unter Gruppenvertrag GV-5501):

Auer, Theresa – Bruttogehalt 5.600 EUR – neu 420 EUR/Monat
Kästner, Jule – Bruttogehalt 3.150 EUR – neu 150 EUR/Monat
Demirci, Aylin – Bruttogehalt 2.880 EUR – neu 100 EUR/Monat

Arbeitgeberzuschuss jeweils 15 %.

Viele Grüße
Birgit Sommerfeld
Steuerberaterin"""))

M("N", "en", "internal", "trap: out-of-office auto reply to a reinsurer, no content",
  frm=ADDR("stanek"), to="Paul Hennessy <paul.hennessy@rueck-re.example>", subj="Automatic reply: Claims audit Life & Health – 24 Feb", date="2026-02-10 11:00", lang="en",
  client="system", mailer="Microsoft Exchange Server",
  body="""Thank you for your message. I am out of the office until 16 February 2026 with limited access to e-mail. For urgent matters regarding life and disability claims please contact lv-leistung@versicherer.example or call +49 221 555-2600.

Oliver Stanek
""")

M("C", "en", "insurer-to-company", "Business travel (non-medical) traveller list with passport numbers and birth dates for a client's trip",
  frm=ADDR("seidel"), to="Travel Desk <travel@helix-engineering.example>", subj="Group travel cover – Offshore project Aberdeen, confirmation", date="2026-02-10 13:15",
  lang="en", sig="seidel",
  body="""Dear Ms Leclerc,

we confirm business travel cover (baggage, travel delay, trip cancellation for business reasons) under policy GR-TR-2026-0071 for the following travellers from 2 to 20 March 2026:

1. Stefan Rademacher, born 12 NOV 1979, passport C4F7K2R91
2. Julia Hoang, born 30 APR 1991, passport C01X9LL83
3. Bartosz Wróbel, born 7 JAN 1986, passport (PL) EK 4418307

Medical cover abroad is arranged separately through your international health plan and is not part of this confirmation.

Kind regards
""")

M("S", "de", "insurer-to-court", "Versorgungsausgleich: Auskunft an Familiengericht mit Rentenanwartschaften aus Lebensversicherung",
  frm=ADDR("paulsen"), to="Amtsgericht Kerpen – Familiengericht <poststelle@ag-kerpen.example>", subj="52 F 118/25 – Auskunft zum Versorgungsausgleich Heller ./. Heller",
  att=[PDF("Berechnung_Ausgleichswert_LV-7710-19822.pdf", [("h", "Berechnung des Ausgleichswerts"), "Ausgleichspflichtige Person: Christian Heller, geb. 05.03.1977\nVertrag: LV-7710-19822 (Direktversicherung)\nEhezeit: 01.06.2008 - 31.10.2025",
       ("t", [("Position", "Betrag EUR"), ("Deckungskapital Ehezeitende", "46.210,40"), ("davon Ehezeitanteil", "31.482,19"), ("hälftiger Anteil", "15.741,10"), ("abzgl. hälftige Teilungskosten", "500,00"), ("Ausgleichswert", "15.241,10")])], title="Versorgungsausgleich")],
  date="2026-02-11 09:40", sig="paulsen",
  body="""Sehr geehrte Damen und Herren,

in der Familiensache Heller ./. Heller erteilen wir für den Antragsgegner, Herrn Christian Heller, geb. 05.03.1977, folgende Auskunft:

Direktversicherung Nr. LV-7710-19822 (betriebliche Altersversorgung, Arbeitgeber Rhein-Erft Elektro GmbH)
Ehezeit: 01.06.2008 – 31.10.2025
Ehezeitanteil (Kapitalwert): 31.482,19 EUR
Vorschlag Ausgleichswert: 15.241,10 EUR (nach Abzug hälftiger Teilungskosten von 500,00 EUR)

Wir schlagen die interne Teilung vor. Die Berechnung liegt als Anlage bei.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-partner", "trap: Gutachternetz-Ausschreibung, Liste von Gutachterpraxen (Firmen), Honorarsätze",
  frm=ADDR("kaya"), to="Netzwerk Gutachten <kontakt@medgutachten-netz.example>", subj="Rahmenvereinbarung BU-Gutachten 2026–2028 – Honorartabelle",
  att=[ODS("Honorartabelle_BU-Gutachten_2026.ods", {"Honorare": [("Gutachtenart", "Honorar EUR"), ("Orthopädisches Hauptgutachten", 1150), ("Psychiatrisches Hauptgutachten mit Testpsychologie", 1680), ("Aktengutachten", 480), ("Ergänzende Stellungnahme", 220)]})],
  date="2026-02-11 11:20", sig="kaya",
  body="""Sehr geehrte Damen und Herren,

wie angekündigt schreiben wir die Rahmenvereinbarung für medizinische Gutachten in der BU-Leistungsprüfung neu aus. Die Honorarsätze, die wir künftig zugrunde legen:

Orthopädisches Hauptgutachten mit Untersuchung: 1.150 EUR
Psychiatrisches Hauptgutachten mit Testpsychologie: 1.680 EUR
Aktengutachten (ohne Untersuchung): 480 EUR
Ergänzende Stellungnahme: 220 EUR

Angebote bitte bis 13. März 2026. Fragen beantworten wir gesammelt am 2. März.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-company", "BU-Leistungsprüfung: Arbeitgeberfragebogen zur Tätigkeit eines namentlich genannten Antragstellers (BU-Antrag ist Gesundheitskontext)",
  frm=ADDR("kaya"), to="Personalabteilung Stadtwerke Lahnau <personal@stadtwerke-lahnau.example>", subj="Tätigkeitsbeschreibung für Ihren Mitarbeiter Herrn Oliver Brämer",
  date="2026-02-11 14:05", sig="kaya",
  body="""Sehr geehrte Damen und Herren,

Herr Oliver Brämer hat bei uns Leistungen aus seiner Berufsunfähigkeitsversicherung beantragt und uns erlaubt, Sie um eine Beschreibung seiner Tätigkeit als Netzmonteur zu bitten. Bitte füllen Sie den beigefügten Fragebogen aus (Arbeitszeitanteile, Heben und Tragen, Arbeiten auf Leitern, Bereitschaftsdienste).

Zu seinem Gesundheitszustand benötigen wir von Ihnen keine Angaben.

Mit freundlichen Grüßen
""",
  att=[PDF("Arbeitgeberfragebogen_Braemer.pdf", [("h", "Fragebogen zur beruflichen Tätigkeit"), "Versicherte Person: Oliver Brämer\nVertrag: 61-2317704\nArbeitgeber: Stadtwerke Lahnau GmbH",
       ("t", [("Tätigkeit", "Anteil in %", "Bemerkung"), ("Montage Freileitung", "", ""), ("Kabeltiefbau", "", ""), ("Störungsdienst", "", ""), ("Büro/Dokumentation", "", "")])])])

M("C", "de", "insurer-to-authority", "Polizeianfrage zu Fahrzeughalter eines Flottenfahrzeugs, Antwort mit Fahrername und Kennzeichen",
  frm=ADDR("petrovic"), to="Polizeiinspektion Fürth, VU-Sachbearbeitung <pi.fuerth.vu@polizei-bayern.example>", subj="Ihr Az. BY-2602-4471 – Unfallflucht Kennzeichen N-BW 3310",
  att=[PDF("Fahrtenbuch_N-BW3310_Auszug.pdf", [("h", "Fahrtenbuch – Auszug"), "Fahrzeug: N-BW 3310 (Bauwerk Franken GmbH)",
       ("t", [("Datum", "Fahrer", "Abfahrt", "Ziel", "km"), ("05.02.2026", "Ralf Scheuerpflug", "Fürth", "Erlangen", "41"), ("06.02.2026", "Ralf Scheuerpflug", "Fürth", "Nürnberg-Süd", "28"), ("07.02.2026", "Heiko Bender", "Fürth", "Fürth", "6")])])],
  date="2026-02-12 08:33", sig="petrovic", sigstyle="short",
  body="""Sehr geehrter Herr Kraus,

das Fahrzeug N-BW 3310 gehört zur Flotte der Bauwerk Franken GmbH (Vertrag KF-88120733). Laut Fahrtenbuch, das uns der Fuhrpark übermittelt hat, wurde es am 06.02.2026 von Herrn Ralf Scheuerpflug (Bauleiter) gefahren. Für weitere Auskünfte wenden Sie sich bitte an den Halter; Ansprechpartner ist Herr Bender, Tel. 0911 4480-120.

Mit freundlichen Grüßen
""")

M("N", "en", "insurer-to-partner", "trap: sanctions screening query about a company, no person data",
  frm=ADDR("lambert"), to="Compliance <compliance@aseguradora-iberica.example>", subj="Sanctions screening – new local insured in Spain", date="2026-02-12 10:00", lang="en",
  body="""Dear colleagues,

before issuing the local policy for Weber Maschinenbau GmbH, Sucursal en España, please confirm that your local sanctions screening returned no hits. Ours (EU, UN, OFAC lists) is clean.

Thank you,
Claire Lambert
International Programmes
""")

M("S", "de", "broker", "Makler leitet Kundenmail weiter: Krankentagegeld Selbständiger mit Einkommen und Bandscheiben-OP",
  frm=ADDR("nguyen"), to=ADDR("kroeger"), subj="WG: KTG Herr Weißkopf – bitte Leistung prüfen", date="2026-02-12 11:44",
  body="""Sabine, kam über den Makler an die Antragsabteilung. Ist Leistung, nicht Antrag – bitte übernehmen.
Minh
""",
  quote=FW("Sebastian Mayr <mayr@mayr-finanzplan.example>", "11.02.2026, 19:02", "antrag-kranken@versicherer.example", "KTG Herr Weißkopf",
           """Hallo zusammen,

mein Kunde Florian Weißkopf (KV-Vertrag 30-4412908, KTG ab 43. Tag, 150 EUR/Tag) ist seit 05.01. krankgeschrieben, OP an der Bandscheibe am 14.01. in der Schön Klinik. Er fragt, ob die Zahlung ab 16.02. automatisch läuft. Sein Einkommen 2025 laut Steuerbescheid: 68.400 EUR Gewinn.

AU-Bescheinigungen schickt er per App.

Grüße
Sebastian Mayr"""))

M("N", "de", "internal", "trap: Krankenstandsquote je Bereich (aggregiert, >10 MA) für Personalausschuss",
  frm=ADDR("weiss"), to="Betriebsrat <betriebsrat@versicherer.example>", subj="Gesundheitsquote 2025 für den Personalausschuss", date="2026-02-12 14:00", sig="weiss", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

wie vereinbart die Krankenstandsquote 2025 je Bereich (nur Bereiche ab 15 Beschäftigten, sonst zusammengefasst):

Leistung Kranken 6,8 % | Leistung Leben 5,1 % | Schaden Sach/HU 5,9 % | IT 3,7 % | Vertrieb Innendienst 4,4 % | übrige Bereiche 4,9 %
Gesamt 5,3 % (2024: 5,6 %)

Langzeiterkrankungen (>6 Wochen) werden nicht einzeln ausgewiesen. BEM-Gespräche 2025: 61 angeboten, 38 angenommen.
""")

M("C", "de", "insurer-to-customer", "Rechtsschutz Arbeitsrecht: Deckungszusage Kündigungsschutzklage mit Gehalt",
  frm=ADDR("lindqvist"), to="Karsten Ohlig <karsten.ohlig@online.example>", subj="Deckungszusage – Ihr Rechtsschutzfall RS-26-00714",
  att=[PDF("Deckungszusage_RS-26-00714.pdf", [("h", "Deckungszusage"), "Versicherungsnehmer: Karsten Ohlig\nRechtsschutzfall: RS-26-00714 (Arbeits-Rechtsschutz)\nGegner: Hafenlogistik Emden GmbH",
       "Streitwert: 12.450 EUR (3 x 4.150 EUR Bruttomonatsgehalt). Selbstbeteiligung: 150 EUR."], title="Deckungszusage")], date="2026-02-13 09:10", sig="lindqvist",
  body="""Sehr geehrter Herr Ohlig,

für die Kündigungsschutzklage gegen Ihren Arbeitgeber, die Hafenlogistik Emden GmbH, erteilen wir Deckungszusage für die erste Instanz vor dem Arbeitsgericht Emden.

Den Streitwert hat Ihr Anwalt mit drei Bruttomonatsgehältern à 4.150 EUR angesetzt (12.450 EUR); das ist korrekt. Ihre Selbstbeteiligung beträgt 150 EUR.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-broker", "trap: Produktinformation Cyberversicherung für Arztpraxen, Gesundheitsvokabular ohne Person",
  frm=ADDR("hartmann"), to="Maklerverteiler Nord <makler-nord@verteiler.versicherer.example>", subj="Neu: Cyber-Schutz für Heilberufe (Praxen, MVZ, Apotheken)",
  date="2026-02-13 10:30", sig="hartmann",
  body="""Liebe Partnerinnen und Partner,

Arztpraxen und Apotheken verarbeiten täglich Patientendaten und sind zunehmend Ziel von Ransomware. Unser neuer Baustein „Cyber Heilberufe" deckt:

- Kosten der Wiederherstellung von Praxisverwaltungssystem und Patientenakten
- Benachrichtigung von Patienten nach Art. 34 DSGVO
- Betriebsunterbrechung bis 180 Tage, auch bei Ausfall der Telematikinfrastruktur
- Haftpflicht bei Verletzung der Schweigepflicht (§ 203 StGB) durch einen Hackerangriff

Beispielbeitrag Hausarztpraxis, 2 Ärzte, Umsatz 900.000 EUR, VS 500.000 EUR: 1.140 EUR netto/Jahr.

Viele Grüße
""")

M("S", "en", "insurer-to-partner", "Reinsurance life claim bordereau with names, dates of death and causes, XLSX",
  frm=ADDR("stone"), to="Life Claims <life.claims@rueck-re.example>", subj="Claims bordereau Q4 2025 – treaty 2024-LH-01", date="2026-02-13 12:15", lang="en",
  sig="stone", sigstyle="short",
  body="""Hi Paul,

Q4 bordereau attached (3 sheets: summary, death claims, disability claims). Two death claims exceed the EUR 500k notification limit and were pre-advised in November.
""",
  att=[XLSX("Bordereau_Q4_2025_LH01.xlsx", {
      "Summary": [("Type", "Count", "Ceded EUR"), ("Death", 14, 2840500), ("Disability", 22, 611200)],
      "Death": [("Policy", "Life assured", "DoB", "Date of death", "Cause", "Sum assured", "Ceded"),
                ("RL-3305512", "Harald Wiegand", "1964-02-18", "2025-10-04", "myocardial infarction", 900000, 450000),
                ("RL-3318870", "Susanne Pfeil", "1971-07-30", "2025-11-21", "breast cancer", 1200000, 700000),
                ("RL-3291004", "Marco Ricci", "1983-12-02", "2025-12-09", "road accident", 250000, 0)],
      "Disability": [("Policy", "Insured", "DoB", "Start", "Diagnosis group", "Annual benefit"),
                     ("BU-6120017", "Katrin Lohse", "1980-05-11", "2025-10-01", "F – depression", 24000),
                     ("BU-6133408", "Ömer Aydın", "1975-01-27", "2025-12-01", "M – lumbar disc", 18000)]}, author="Rebecca Stone")])

M("C", "de", "insurer-to-customer", "Photovoltaik-Anlage Privatperson: Elektronikversicherung Schaden mit Anschrift und Vertragsnummer, Sachverständiger",
  frm=ADDR("hartmann"), to="Ulrich Pahl <ulrich.pahl@gmx.example>", subj="PV-Anlage Schaden TV-26-00044 – Termin Sachverständiger", date="2026-02-13 15:20", sig="hartmann", sigstyle="short",
  body="""Sehr geehrter Herr Pahl,

der Sachverständige Herr Ing. Bausch kommt am Dienstag, 17.02., zwischen 10 und 12 Uhr zu Ihnen (Feldweg 8, 34587 Felsberg), um die beschädigten Module nach dem Hagel zu begutachten. Ihre Photovoltaikversicherung läuft unter TV-71-0203381.

Mit freundlichen Grüßen
""")

M("N", "en", "insurer-to-partner", "trap: English subsidiary asks about GDPR transfer of health data, generic legal answer",
  frm=ADDR("meier"), to="Data Protection <dpo@versicherer-uk.example>", subj="RE: Transfer of claims data DE→UK after adequacy review", date="2026-02-16 09:30", lang="en",
  sig="meier",
  body="""Dear Siobhan,

short answer: the EU adequacy decision for the UK still applies, so transfers of claims data (including health data under Art. 9 GDPR) to your team remain possible without SCCs. Health data must still travel encrypted end-to-end or via the portal, never by plain e-mail, and our German secrecy obligations (§ 203 StGB) require a written confidentiality undertaking from each of your staff who handle such data.

I'll send the updated template next week.

Best regards
""")

M("S", "de", "insurer-to-customer", "Pfändung einer Lebensversicherung: Schreiben an Versicherungsnehmerin mit Rückkaufswert",
  frm=ADDR("becker"), to="Daniela Kurz <daniela.kurz@freenet.example>", subj="Pfändungs- und Überweisungsbeschluss zu Ihrer Lebensversicherung 50-1190342",
  att=[PDF("Mitteilung_Pfaendung_50-1190342.pdf", [("h", "Mitteilung über eine Pfändung"), "Versicherungsnehmerin: Daniela Kurz\nVertrag: 50-1190342 (Kapitallebensversicherung)\nVollstreckungsgericht: AG Wuppertal, 44 M 903/25",
       ("t", [("Position", "EUR"), ("Rückkaufswert 01.02.2026", "8.311,40"), ("gepfändete Forderung", "6.040,00")])], title="Pfändung")],
  date="2026-02-16 11:00", sig="becker",
  body="""Sehr geehrte Frau Kurz,

uns wurde ein Pfändungs- und Überweisungsbeschluss des Amtsgerichts Wuppertal (Az. 44 M 903/25) zugestellt, mit dem ein Gläubiger die Ansprüche aus Ihrer Kapitallebensversicherung 50-1190342 gepfändet hat. Der aktuelle Rückkaufswert beträgt 8.311,40 EUR.

Wir dürfen bis auf Weiteres keine Auszahlungen an Sie leisten. Falls Sie Pfändungsschutz (§ 851c ZPO) beantragen möchten, wenden Sie sich bitte an das Vollstreckungsgericht.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-supplier", "trap: Grippeimpfaktion für Mitarbeitende, Bestellung Impfdosen, Betriebsarzt",
  frm=ADDR("krueger"), to="Bestellung <bestellung@apotheke-am-dom.example>", subj="Bestellung Grippeimpfstoff Betriebsimpfung 2026", date="2026-02-16 13:40",
  body="""Sehr geehrte Damen und Herren,

für unsere betriebliche Impfaktion im Oktober reservieren wir bei Ihnen 450 Dosen tetravalenten Influenza-Impfstoff (Saison 2026/27), Lieferung an den betriebsärztlichen Dienst, Rheinuferstraße 12, Raum 0.14, z. Hd. Frau Dr. Ahlers.

Rechnung bitte an Versicherer Holding AG, Kreditorenbuchhaltung. Bestellnummer 4500019023.

Mit freundlichen Grüßen
Stefan Krüger
Einkauf
""")

M("C", "de", "insurer-to-partner", "Insolvenzverwalter fragt nach Verträgen eines Schuldners: Antwort listet Kfz- und Hausratvertrag mit Geburtsdatum",
  frm=ADDR("schreiber"), to="RA Dr. Weyand als Insolvenzverwalter <insolvenz@weyand-iv.example>", subj="IN 22/26 AG Aachen – Schuldner Herr Jürgen Stoll", date="2026-02-16 15:10", sig="schreiber",
  body="""Sehr geehrter Herr Dr. Weyand,

zu Ihrer Anfrage vom 10.02.2026 teilen wir mit, dass der Schuldner, Herr Jürgen Stoll, geb. 29.09.1966, Aachener Str. 201, 52062 Aachen, bei uns folgende Verträge unterhält:

- Kfz-Haftpflicht/Teilkasko, AC-JS 66, Vertrag KH-4471-02218, Beitrag bis 31.03.2026 bezahlt
- Hausrat, Vertrag HR-55-198820, Beitragsrückstand 96,40 EUR

Weitere Verträge (insbesondere Lebens- oder Rentenversicherungen) bestehen nicht. Ein Guthaben besteht nicht.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-company", "HTML-only: Gruppenunfall-Anmeldeliste zurück an HR mit Geburtsdaten (Unfall = Personenversicherung)",
  frm=ADDR("ziegler"), to="HR Service <hr-service@kaltenbach-werkzeug.example>", subj="GU-Vertrag 40-601277 – Ihre Nachmeldungen bestätigt", date="2026-02-17 08:45",
  client="outlook",
  html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Ruppert,</p>
<p>folgende Nachmeldungen zur Gruppenunfallversicherung sind ab 01.02.2026 eingeschlossen (Tarif Plus, 24-Stunden-Deckung):</p>
""" + table_html([("Name", "Vorname", "Geburtsdatum", "Gefahrengruppe", "Invalidität EUR"),
                  ("Stegmann", "Lars", "03.03.2001", "B", "150.000"), ("Wu", "Mei", "21.10.1995", "A", "150.000"),
                  ("Hadžić", "Amir", "14.06.1988", "B", "150.000")]) + """
<p>Der Beitrag für die drei Personen (anteilig 11 Monate) wird mit der nächsten Rechnung erhoben.</p>
<p>Mit freundlichen Grüßen<br>Ralf Ziegler<br>Firmenkunden Unfall / Gruppenunfall<br>Versicherer Allgemeine Versicherung AG</p>
</body></html>
""")

M("N", "de", "internal", "trap: Teamlunch / Abschied einer Kollegin in Rente, Namen ohne sensible Daten",
  frm=ADDR("kroeger"), to="Team Ambulant 2 <team-ambulant2@versicherer.example>", subj="Abschied Gudrun am 27.2. 🎉", date="2026-02-17 09:30", client="thunderbird",
  body="""Hallo ihr Lieben,

nach 38 Jahren geht unsere Gudrun Ende Februar in den Ruhestand! Wir treffen uns am Freitag, 27.2., um 12:30 in der Kantine (Raum Rhein), danach Kaffee und Kuchen bei uns im Büro.

Für das Geschenk sammelt Jonas bis Mittwoch (Umschlag liegt bei ihm).

Sabine
""")

M("C", "de", "insurer-to-broker", "Makler: Kfz-Schadenfreiheitsrabatt-Übertragung Vater→Sohn mit beiden Geburtsdaten",
  frm=ADDR("engel"), to="Büro Lorenz <m.lorenz@lorenz-assekuranz.example>", subj="SF-Übertragung Wendt – Rückfrage", date="2026-02-17 11:12", sig="engel", sigstyle="short",
  body="""Hallo Herr Lorenz,

für die Übertragung der SF-Klasse von Herrn Dieter Wendt (geb. 19.05.1958) auf seinen Sohn Jannik Wendt (geb. 02.12.2003) fehlt uns die Bestätigung, dass Jannik das Fahrzeug in den letzten Jahren regelmäßig gefahren ist (Führerschein seit 12/2021, also max. SF 4 übertragbar).

Der abgebende Vertrag KH-4471-00412 wird zum 1.3. storniert.

Gruß, R. Engel
""")

M("S", "en", "insurer-to-partner", "Assistance company: medical evacuation of employee under corporate travel health, English",
  frm=ADDR("whitfield"), to="Ops Desk <ops@global-assist.example>", subj="GOP case 26-0311 – guarantee of payment, evacuation Nairobi → Frankfurt",
  date="2026-02-17 14:02", lang="en", sig="whitfield", sigstyle="short",
  body="""Dear Ops team,

we confirm the guarantee of payment up to EUR 85,000 for the air ambulance transfer of our member Mr. Felix Aumann (member ID HX-5510-0088, Helix Engineering corporate plan) from Aga Khan University Hospital, Nairobi, to Frankfurt on 18 February.

Per the treating physician: stable after appendectomy with complications (peritonitis), fit to fly with medical escort, stretcher not required.
""")

M("N", "de", "insurer-to-authority", "trap: Antwort an BaFin zu Beschwerdestatistik, aggregiert",
  frm=ADDR("lorenz"), to="BaFin Referat VA 12 <va12@bafin-aufsicht.example>", subj="Beschwerdestatistik 2025 – Versicherer Lebensversicherung AG",
  att=[XLSX("Beschwerdestatistik_2025_LV.xlsx", {"Gründe": [("Grund", "2024", "2025"), ("Leistungsbearbeitung BU", 344, 311), ("Leistung Leben", 430, 402), ("Vertragsverwaltung", 301, 288), ("Vertrieb", 236, 203)],
       "Ombudsmann": [("Ergebnis", "Anzahl"), ("zu unseren Gunsten", 29), ("Vergleich", 11), ("zugunsten Beschwerdeführer", 7)]}, author="Daniela Lorenz")], date="2026-02-18 09:00",
  sig="lorenz",
  body="""Sehr geehrte Damen und Herren,

anbei die Beschwerdestatistik 2025:

Beschwerden gesamt: 1.204 (Vorjahr 1.311)
davon Leistungsbearbeitung BU: 311, Leistung Leben (Ablauf/Rückkauf): 402, Vertragsverwaltung: 288, Vertrieb: 203
Bearbeitungsdauer Median: 9 Arbeitstage
Ombudsmannverfahren: 47, davon zu unseren Gunsten entschieden: 29

Mit freundlichen Grüßen
Daniela Lorenz
Beschwerdemanagement
""")

M("S", "de", "insurer-to-lawyer", "Strafrechtsschutz: Deckungsanfrage Verteidiger, Vorwurf fahrlässige Körperverletzung mit Verletztem",
  frm=ADDR("lindqvist"), to="Strafverteidiger Amm <kanzlei@amm-strafrecht.example>", subj="RS-26-00902 – Ihr Mandant Herr Sven Lüders, Deckungsanfrage Strafverfahren",
  date="2026-02-18 10:30", sig="lindqvist",
  body="""Sehr geehrter Herr Amm,

für das Ermittlungsverfahren gegen Ihren Mandanten wegen fahrlässiger Körperverletzung (StA Kiel, 590 Js 2218/26) – Ihr Mandant soll als Gabelstaplerfahrer einen Kollegen angefahren haben, der dabei einen Beckenbruch erlitt – erteilen wir vorläufig Deckung im Rahmen des Berufs-Rechtsschutzes.

Der Schutz entfällt rückwirkend, falls Ihr Mandant wegen einer Vorsatztat rechtskräftig verurteilt wird.

Mit freundlichen Grüßen
""")

M("N", "en", "insurer-to-partner", "trap: anonymised case study for reinsurer seminar, age band only",
  frm=ADDR("hasselbach"), to="Seminar Team <seminars@rueck-re.example>", subj="Case for the underwriting seminar (anonymised)", date="2026-02-18 12:20", lang="en",
  sig="hasselbach", sigstyle="short",
  body="""Dear Dr. Cardoso,

as promised, the case for your seminar – fully anonymised, details changed:

Male applicant, 40–45, office worker, term life EUR 1m. Disclosed type 2 diabetes diagnosed 3 years ago, HbA1c 7.4 %, no complications, BMI 31. Question for participants: standard, rated (+50/+75 %) or postpone until HbA1c < 7?

Our decision in the original case: +75 %.

Best regards
""")

M("C", "de", "insurer-to-customer", "Mietkautionsbürgschaft: Bürgschaftsurkunde an Vermieter mit Mieter-Namen und Wohnung",
  frm=ADDR("kowalski"), to="Hausverwaltung Reimers <verwaltung@reimers-hv.example>", subj="Mietkautionsbürgschaft MK-26-004118 für Ihre Mieterin Frau Sophie Arnold",
  date="2026-02-18 15:00", sig="kowalski", sigstyle="short",
  body="""Sehr geehrte Damen und Herren,

anbei die Bürgschaftsurkunde über 2.760,00 EUR für die Wohnung Mühlenstraße 44, 2. OG links, 24937 Flensburg, Mieterin Frau Sophie Arnold (Mietvertrag ab 01.03.2026).

Das Original geht Ihnen zusätzlich per Post zu.

Mit freundlichen Grüßen
""",
  att=[PDF("Buergschaftsurkunde_MK-26-004118.pdf", [("h", "Mietkautionsbürgschaft"), "Bürgschaftsnummer MK-26-004118\nHauptschuldnerin: Sophie Arnold, Mühlenstraße 44, 24937 Flensburg\nGläubiger: Reimers Hausverwaltung GmbH\nHöchstbetrag: 2.760,00 EUR",
       "Die Versicherer Allgemeine Versicherung AG übernimmt die selbstschuldnerische Bürgschaft unter Verzicht auf die Einrede der Vorausklage."], title="Bürgschaft")])

M("N", "de", "insurer-to-broker", "trap: Makler-Rundschreiben bAV-Rechengrößen 2026 (BBG, Förderbeträge), keine Personen",
  frm=ADDR("paulsen"), to="bAV-Partner <bav-partner@verteiler.versicherer.example>", subj="bAV 2026: neue Rechengrößen und Förderbeträge", date="2026-02-19 09:15", sig="paulsen",
  body="""Liebe bAV-Partner,

die wichtigsten Werte für 2026 im Überblick:

BBG West Rentenversicherung: 8.450 EUR/Monat
Steuerfreier Beitrag § 3 Nr. 63 EStG: 8 % der BBG = 8.112 EUR/Jahr
SV-freier Beitrag: 4 % der BBG = 4.056 EUR/Jahr
Geringverdienerförderung (§ 100 EStG): Einkommensgrenze 2.575 EUR/Monat

Die aktualisierten Beratungsrechner stehen ab Montag bereit.

Viele Grüße
""")

M("S", "de", "insurer-to-customer", "Berufsunfähigkeit: Nachprüfung, Bitte um Befundbericht Psychotherapeut; kurz, Diagnose nicht genannt aber BU-Leistungsbezug",
  frm=ADDR("kaya"), to="Lea Martens <lea.martens@mailbox.example>", subj="Ihre BU-Rente – jährliche Nachprüfung", date="2026-02-19 10:50", sig="kaya", sigstyle="short",
  body="""Liebe Frau Martens,

Ihre BU-Rente aus dem Vertrag 61-2044517 läuft unverändert weiter. Für die jährliche Nachprüfung bitten wir Sie nur, uns bis Ende März einen kurzen Bericht Ihrer Psychotherapeutin zum aktuellen Stand zu schicken – am einfachsten über das Kundenportal.

Herzliche Grüße
""")

M("C", "en", "insurer-to-broker", "Cargo claim: named truck driver (subcontractor, sole trader) and his bank details for salvage fee",
  frm=ADDR("osei"), to="Marine Desk <marine@harbourline-brokers.example>", subj="Cargo claim MC-26-0217 – theft at Calais, salvage fee", date="2026-02-19 13:25", lang="en",
  sig="osei",
  body=f"""Dear Oliver,

the driver who recovered part of the stolen cargo (12 of 33 pallets of electronics) is the subcontracted owner-operator Mr. Radu Ionescu, trading as Ionescu Transport (sole trader). We agree to pay his salvage fee of EUR 2,400 directly to

IBAN {IB("DE", "760700240123456789", sep="")}   (his German account, as per invoice)

The remaining loss of EUR 148,900 is under adjustment. Policy: open cover OC-2025-118, assured Hansa Consumer Electronics GmbH.

Regards
""")

M("N", "en", "internal", "trap: security awareness mail about phishing 'your medical report', no real data",
  frm=ADDR("fischer"), to="All staff <alle@versicherer.example>", subj="Phishing alert: fake 'medical report ready' e-mails", date="2026-02-19 15:45", lang="en",
  body="""Dear colleagues,

since this morning we see a phishing wave with the subject "Your medical report is ready – secure download". The mails imitate our own portal notifications and link to versicherer-portal-login.example (not ours!).

Our real portal notifications never contain a link to enter your password other than https://portal.versicherer.example, and they never attach files.

If you clicked the link: call the IT service desk immediately (-6000).

Tim Fischer
Information Security
""")

M("C", "de", "insurer-to-customer", "Betriebsunterbrechung Einzelunternehmer mit Umsatz- und Gewinnzahlen (Einkommen), Gastronomie",
  frm=ADDR("hartmann"), to="Gasthaus Zur Linde – Herr Brucker <zur-linde@brucker-gastro.example>", subj="Betriebsunterbrechung nach Brand – Berechnung Ertragsausfall",
  att=[XLSX("Ertragsausfall_Zur_Linde.xlsx", {"EÜR": [("Jahr", "Umsatz EUR", "Gewinn EUR"), (2023, 472000, 66100), (2024, 501500, 71800), (2025, 513300, 72300)],
       "Berechnung": [("Position", "EUR"), ("Gewinn je Monat (Durchschnitt)", 5840), ("Ertragsausfall 4 Monate", 23360), ("fortlaufende Kosten", 9120), ("Abschlag", -15000)]}, author="Sven Hartmann")], date="2026-02-20 09:20",
  sig="hartmann",
  body="""Sehr geehrter Herr Brucker,

für die Berechnung des Ertragsausfalls haben wir Ihre Einnahmenüberschussrechnungen 2023–2025 ausgewertet. Ihr durchschnittlicher Gewinn lag bei 5.840 EUR pro Monat, der Umsatz bei 41.300 EUR. Für die voraussichtlich vier Monate Schließung ergibt sich ein Ertragsausfall von 23.360 EUR zuzüglich fortlaufender Kosten (Pacht, Versicherungen) von 9.120 EUR.

Eine Abschlagszahlung von 15.000 EUR ist angewiesen (Vertrag BU-G-77-30118).

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "bKV: Leistungsabrechnung Zahnbehandlung an Mitarbeiterin, kurz",
  frm=ADDR("graf"), to="Elif Kocak <elif.kocak@hotel-seeblick-group.example>", subj="Ihre Rechnung Dr. Moll – Erstattung aus der bKV", date="2026-02-20 11:00", sig="graf", sigstyle="short",
  body="""Liebe Frau Kocak,

aus der betrieblichen Krankenversicherung Ihres Arbeitgebers erstatten wir für die Wurzelbehandlung an Zahn 36 (Rechnung Dr. Moll vom 06.02.2026, 712,40 EUR) 80 %, also 569,92 EUR. Das Geld ist in 2–3 Tagen auf Ihrem Konto.

Ihr Arbeitgeber erfährt von dieser Abrechnung nichts.

Herzliche Grüße
""")

M("N", "de", "insurer-to-partner", "trap: Gerichtsurteil-Zusammenfassung BGH BU-Verweisung, veröffentlicht, Parteien anonym",
  frm=ADDR("eckert"), to="Arbeitskreis Recht <ak-recht@gdv-verband.example>", subj="BGH IV ZR 12/25 – konkrete Verweisung bei Teilzeit", date="2026-02-20 13:30", sig="eckert", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

kurz zur Entscheidung vom 21.01.2026 (veröffentlicht auf der BGH-Seite): Der Kläger, ein Maschinenführer, hatte nach Eintritt der BU eine Teilzeitstelle als Lagerdisponent angenommen. Der BGH bestätigt, dass eine konkrete Verweisung nur möglich ist, wenn die neue Tätigkeit auch hinsichtlich der Vergütung der bisherigen Lebensstellung entspricht; eine Einkommenseinbuße von mehr als 20 % ist in der Regel nicht zumutbar.

Für unsere Bedingungen ergibt sich kein Änderungsbedarf.
""")

M("C", "de", "insurer-to-company", "Jagdhaftpflicht Gruppenvertrag Hegering: Mitgliederliste mit Jagdschein-Nr. und Geburtsdaten",
  frm=ADDR("oltmanns"), to="Hegering Schwalmtal <schriftfuehrer@hegering-schwalmtal.example>", subj="Gruppen-Jagdhaftpflicht 2026 – Mitgliederliste bestätigt", date="2026-02-20 15:40",
  sig="oltmanns",
  body="""Sehr geehrter Herr Lamers,

danke für die aktualisierte Mitgliederliste. Versichert sind ab 1. April 2026 die 41 Mitglieder gemäß Anlage. Bei zwei Mitgliedern fehlt die Jagdscheinnummer.

Mit freundlichen Grüßen
""",
  att=[CSV("Hegering_Mitglieder_2026.csv", [("Nr", "Name", "Vorname", "geb", "Jagdschein", "Ausgestellt"),
       ("1", "Lamers", "Hubert", "12.01.1955", "VIE-JS-1988-014", "Kreis Viersen"),
       ("2", "Verhoeven", "Anne", "30.08.1979", "VIE-JS-2012-221", "Kreis Viersen"),
       ("17", "Schmitz-Vennen", "Paul", "04.04.1992", "", ""),
       ("40", "Daniels", "Rolf", "19.11.1948", "KR-JS-1971-003", "Stadt Krefeld")], enc="iso-8859-1")])

M("S", "de", "insurer-to-broker", "Makler erhält weitergeleitete Originalmail (message/rfc822) der Kundin mit Arztbericht-Inhalt; Body harmlos",
  frm=ADDR("nguyen"), to="Sabrina Holt <s.holt@holt-versicherungsmakler.example>", subj="WG: Antrag Krankenvollversicherung – Rückfrage", date="2026-02-23 08:50",
  sig="nguyen", sigstyle="short",
  body="""Hallo Frau Holt,

Ihre Kundin hat uns direkt geschrieben, ich leite Ihnen die Nachricht weiter, damit Sie informiert sind. Wir brauchen noch den vollständigen Entlassbrief.

Gruß
""",
  att=[EML(INNER("Fenja Gerdes <fenja.gerdes@posteo.example>", f"antrag-kranken@{V}", "Antrag 30-AN-26-1180 Gerdes", "2026-02-20 21:14",
                 """Hallo,

zu Ihrer Frage 7 im Antrag: Ich war im Oktober 2024 für 4 Tage im Klinikum Emden wegen einer Gallenkolik, die Gallenblase wurde laparoskopisch entfernt. Seitdem keine Beschwerden. Den Entlassbrief suche ich noch raus.

Viele Grüße
Fenja Gerdes""", "<b81f22c0-7a31-4c2e-9d55-fg2026@posteo.example>"), fn="Antrag Gerdes.eml")])

M("N", "de", "insurer-to-broker", "trap: Makler bekommt Muster-Schweigepflichtentbindung als leeres Formular (DOCX)",
  frm=ADDR("schulte"), to="Jörg Hansen <j.hansen@hansen-finanz.example>", subj="AW: aktuelle Schweigepflichtentbindung für BU-Anträge?", date="2026-02-23 10:10",
  sig="schulte", sigstyle="short",
  body="""Hallo Herr Hansen,

hier die aktuelle Fassung (Stand 01/2026) als Word-Datei, leer. Bitte vom Kunden vollständig ausfüllen lassen – Variante A (generelle Entbindung) oder B (Einzelfall) ankreuzen.

Gruß
""",
  att=[DOCX("Schweigepflichtentbindung_Leben_BU_2026-01.docx", [("h", "Einwilligungs- und Schweigepflichtentbindungserklärung"),
      "Name, Vorname: ______________________   Geburtsdatum: ____________",
      "☐ Variante A: Ich entbinde die Ärzte, Pflegepersonen und Bediensteten von Krankenhäusern ... von ihrer Schweigepflicht.",
      "☐ Variante B: Ich möchte vor jeder Datenerhebung nach § 213 VVG informiert werden.",
      "Ort, Datum, Unterschrift: ______________________"], author="Versicherer Leben")])

M("C", "de", "system", "Systemmail Mahnlauf Kfz an Sachbearbeitung mit Kundenliste (Namen, Rückstand) im TSV",
  frm=f"Inkasso-System <noreply-inkasso@{V}>", to=ADDR("becker"), subj="Mahnlauf KFZ 2026-02 – 3. Mahnstufe, manuelle Prüfung", date="2026-02-23 06:30", client="system",
  mailer="INKA Batch 3.2",
  body="""Mahnlauf KFZ vom 23.02.2026 abgeschlossen.
Fälle 3. Mahnstufe (Leistungsfreiheit droht) zur manuellen Prüfung: 4
Details siehe Anlage.
""",
  att=[CSV("mahnstufe3_kfz_20260223.tsv", [("Vertrag", "VN", "PLZ", "Rueckstand", "Faellig_seit", "Kennzeichen"),
       ("KH-4471-10077", "Rüdiger Wessel", "45127", "412.80", "2026-01-01", "E-RW 404"),
       ("KH-4471-11893", "Natalia Sokolova", "44135", "233.16", "2026-01-01", "DO-NS 77"),
       ("KH-4471-09118", "Fatih Çelik", "47051", "688.00", "2025-12-01", "DU-FC 1903"),
       ("KH-4471-12240", "Jessica Haupt", "46045", "129.90", "2026-01-15", "OB-JH 2")], sep="\t")])

M("N", "en", "insurer-to-partner", "trap: vendor security questionnaire answer mentioning data categories",
  frm=ADDR("fischer"), to="Vendor Risk <vendor.risk@claimsbridge-tpa.example>", subj="RE: Annual security questionnaire 2026", date="2026-02-23 11:45", lang="en",
  body="""Hi Martina,

answers to your open points:

Q12 – Which data categories do you send us? Claims data including health data (Art. 9 GDPR) and bank details.
Q13 – Transport: SFTP with key authentication; e-mail only via S/MIME or our secure portal.
Q17 – Retention: you must delete processed files after 30 days, as per the DPA.
Q21 – Incident contact: security@versicherer.example, 24/7 +49 221 555-6099.

Kind regards
Tim Fischer
Information Security
""")

M("S", "en", "company", "English HR mail from foreign client forwarded: employees' sick leave periods for group income protection census",
  frm=ADDR("stanek"), to=ADDR("okafor"), subj="FW: GIP renewal census – Lumen Analytics", date="2026-02-23 14:20", lang="en",
  body="""Chidi, census for the renewal pricing. Note the 'absent' column – two people on long-term sick leave, one already in claim. Please treat accordingly.
Oliver
""",
  att=[XLSX("Lumen_GIP_census_2026.xlsx", {"Census": [("Emp ID", "Name", "DOB", "Salary EUR", "Absent > 4 weeks", "Comment"),
      ("20511", "Hartwig, Jan", "1988-04-02", 72000, "no", ""), ("20577", "Reyes, Daniel", "1984-09-15", 63200, "yes", "in claim GIP-2025-0418"),
      ("20602", "Fontaine, Aurélie", "1979-12-19", 91500, "yes", "since 2025-12-01, cancer treatment"), ("20640", "Kim, Min-jun", "1995-06-30", 58800, "no", "")]}, author="Lumen HR")])

M("N", "de", "insurer-to-customer", "trap: Portal-Benachrichtigung an Firmenkunden-Ansprechpartner ohne Inhalt",
  frm=f"SecureMail-Portal <noreply-portal@{V}>", to="Jana Pohl <jana.pohl@hotel-seeblick-group.example>", subj="Neue Nachricht in Ihrem Portal-Postfach", date="2026-02-24 07:12",
  client="system",
  body="""Guten Tag,

für Sie liegt eine neue vertrauliche Nachricht im SecureMail-Portal bereit.

Anmeldung: https://portal.versicherer.example
Die Nachricht wird nach 90 Tagen automatisch gelöscht.

Bitte antworten Sie nicht auf diese E-Mail.
""")

M("C", "de", "insurer-to-broker", "Makler: Gewerbe-Inhaltsversicherung Angebot mit Geburtsdatum und Privatanschrift der Inhaberin (Friseursalon)",
  frm=ADDR("hartmann"), to="Makler Özdemir <kontakt@oezdemir-versicherungen.example>", subj="Angebot Inhalts- und BU-Versicherung Salon Haarmonie", date="2026-02-24 09:30",
  sig="hartmann", sigstyle="short",
  body="""Hallo Herr Özdemir,

Angebot für den Salon Haarmonie (Inhaberin Frau Ivana Marić, geb. 17.07.1990, privat Karlstraße 5, 42651 Solingen) hängt an: Inhalt 85.000 EUR, Betriebsunterbrechung 12 Monate, Glas. Jahresbeitrag 682,34 EUR.

Mit „BU" ist hier Betriebsunterbrechung gemeint, nicht Berufsunfähigkeit 🙂

Gruß
""",
  att=[PDF("Angebot_Haarmonie_2026.pdf", [("h", "Angebot Geschäftsversicherung"), "Versicherungsnehmerin: Ivana Marić, Salon Haarmonie\nRisikoort: Hauptstraße 88, 42651 Solingen",
       ("t", [("Baustein", "Summe EUR", "Beitrag EUR"), ("Inhalt (Feuer, ED, LW, Sturm)", "85.000", "394,10"), ("Betriebsunterbrechung", "12 Monate", "211,40"), ("Glas", "pauschal", "76,84")])], unicode=True)])

M("S", "de", "insurer-to-court", "BU-Klage: Klageerwiderung ans Landgericht, Diagnosen nur im DOCX",
  frm=ADDR("eckert"), to="Landgericht Köln, 26. Zivilkammer <poststelle@lg-koeln.example>", subj="26 O 77/25 – Klageerwiderung", date="2026-02-24 11:50", sig="eckert", sigstyle="short",
  body="""Sehr geehrte Damen und Herren,

anbei übersenden wir die Klageerwiderung nebst Anlagen B 1 bis B 4 vorab per E-Mail über das beA-Ersatzverfahren; das Original folgt.
""",
  att=[DOCX("Klageerwiderung_26_O_77-25.docx", [("h", "Klageerwiderung"), "In dem Rechtsstreit Meike Brandhorst ./. Versicherer Lebensversicherung AG",
      "1. Die Klägerin war nach dem Gutachten des Sachverständigen Prof. Dr. Kühn trotz der diagnostizierten Fibromyalgie (M79.70) und der mittelgradigen depressiven Episode zu mehr als 50 % in ihrem zuletzt ausgeübten Beruf als Bürokauffrau tätig.",
      "2. Die Klägerin hat bei Antragstellung eine Behandlung beim Rheumatologen (2019) nicht angegeben. Die Beklagte hat deshalb mit Schreiben vom 02.05.2025 den Rücktritt erklärt."], author="Dr. Hanna Eckert")])

M("N", "de", "internal", "trap: Datenschutz-Schulung Quiz mit fiktiven Beispielen",
  frm=ADDR("meier"), to="Alle Führungskräfte <fuehrungskraefte@versicherer.example>", subj="Pflichtschulung Datenschutz 2026 – Quizfragen zum Ausprobieren", date="2026-02-24 14:00",
  body="""Liebe Führungskräfte,

hier drei Fragen aus der neuen Pflichtschulung – wer sie richtig beantwortet, ist gut vorbereitet:

1. Ein Makler schickt eine Excel-Liste mit Namen und Geburtsdaten seiner bAV-Kunden per unverschlüsselter Mail. Was tun Sie?
2. Eine Mail enthält nur „Herr M. aus Team 3 ist diese Woche in der Reha". Ist das eine Gesundheitsangabe? (Antwort: ja, wenn die Person bestimmbar ist.)
3. Darf eine anonymisierte Schadenstatistik nach Altersgruppen unverschlüsselt an den Rückversicherer? (Antwort: ja, wenn keine Zelle unter 5 Personen liegt.)

Die Schulung ist bis 31. März abzuschließen.

Thomas Meier
Datenschutzbeauftragter
""")

M("C", "en", "insurer-to-partner", "Fronting: Dutch subsidiary asks for claims history of German fleet client with named drivers, no injuries",
  frm=ADDR("petrovic"), to="Fleet UW <fleet.uw@verzekeraar-nl.example>", subj="RE: Claims history Van Dijk Transport German fleet",
  att=[CSV("vandijk_de_claims_2023-2025.csv", [("date", "plate", "driver", "type", "paid_eur"), ("2023-04-11", "KLE-VD 201", "P. de Groot", "rear-end, property only", "6200"), ("2024-09-02", "KLE-VD 207", "M. Bakker", "gate at depot", "2950"), ("2025-01-27", "KLE-VD 201", "S. Yilmaz", "mirror", "480")])], date="2026-02-25 09:05", lang="en",
  sig="petrovic", sigstyle="short",
  body="""Hi Sanne,

claims history 2023–2025 for the German part of the Van Dijk Transport fleet (our policy KF-88130021):

2023-04-11  KLE-VD 201  driver P. de Groot   rear-end collision, property only   EUR 6,200
2024-09-02  KLE-VD 207  driver M. Bakker     trailer hit gate at depot            EUR 2,950
2025-01-27  KLE-VD 201  driver S. Yilmaz     mirror, side-swipe                   EUR   480

No bodily injury claims. Loss ratio 2025: 41 %.
""")

M("S", "de", "hospital", "Kostenübernahmeanfrage einer Reha-Klinik zitiert, Antwort bestätigt Zusage für Gruppenunfall-Versicherten",
  frm=ADDR("albrecht"), to="Patientenverwaltung Reha-Zentrum Bad Waldsee <aufnahme@reha-waldsee.example>", subj="AW: Kostenübernahme Reha – Herr Güneş", date="2026-02-25 10:40",
  sig="albrecht", sigstyle="short",
  body="""Sehr geehrte Damen und Herren,

wir sagen die Kostenübernahme für die Reha-Kosten (Zusatzleistung Gruppenunfall, max. 5.000 EUR) zu.

Mit freundlichen Grüßen
""",
  quote=OQ("Aufnahme Reha-Zentrum <aufnahme@reha-waldsee.example>", "Dienstag, 24. Februar 2026 15:22", "unfall-leistung@versicherer.example", "Kostenübernahme Reha – Herr Güneş",
           "Sehr geehrte Damen und Herren,\n\nfür Herrn Emre Güneş, geb. 22.11.1991, ist ab 09.03.2026 eine dreiwöchige handchirurgische Reha (Ergotherapie, Narbenbehandlung nach Quetschverletzung) geplant. Die BG trägt die Grundleistung; wir bitten um Kostenübernahme für die Unterbringung im Einzelzimmer.\n\nMit freundlichen Grüßen\nPatientenverwaltung"))

M("N", "de", "insurer-to-supplier", "trap: Reinigung Betriebsarzt-Räume, Hygieneplan, keine Personen",
  frm=ADDR("richter"), to="Objektleitung <objekt@glanz-gebaeudeservice.example>", subj="Hygieneplan Betriebsärztlicher Dienst – Anpassung ab März", date="2026-02-25 13:00",
  body="""Hallo Herr Bäumer,

ab März bitte im Betriebsärztlichen Dienst (EG, Räume 0.12–0.16) die Flächendesinfektion der Liegen und Türklinken täglich statt dreimal wöchentlich. Der Impfraum 0.14 wird in der Impfwoche (KW 42) zusätzlich mittags gereinigt.

Das angepasste Leistungsverzeichnis schicke ich Ihnen bis Freitag.

Viele Grüße
Anja Richter
Facility Management
""")

M("C", "de", "insurer-to-customer", "Landwirt Einzelunternehmer: Tierseuchen/Ertragsschaden Versicherung mit Betriebsnummer und IBAN",
  frm=ADDR("demir"), to="Hof Meyerhoff <meyerhoff-hof@agrar-mail.example>", subj="Entschädigung Ertragsschaden – Vertrag ES-09-4412", date="2026-02-25 15:30", sig="demir",
  body=f"""Sehr geehrter Herr Meyerhoff,

für den Ertragsschaden durch die behördlich angeordnete Sperrzone (Geflügelpest, Sperrbezirk Landkreis Cloppenburg) vom 14.12.2025 bis 25.01.2026 zahlen wir 18.742,00 EUR auf Ihr Konto {IB("DE", "280501000090123456")}. Grundlage sind die Erlösausfälle laut Ihrer Buchführung (Betriebsnummer 03 453 0118 442).

Mit freundlichen Grüßen
""")

M("N", "en", "insurer-to-broker", "trap: broker asks for GDPR template; reply with blank data processing agreement",
  frm=ADDR("meier"), to="Oliver Grant <oliver.grant@harbourline-brokers.example>", subj="RE: DPA template for German group schemes", date="2026-02-26 09:10", lang="en", sig="meier", sigstyle="short",
  body="""Dear Oliver,

attached is our standard template (blank) for the joint-controller arrangement between employer, broker and insurer for German group schemes. Sections 4 (health data) and 7 (transfers outside the EEA) are the ones clients usually ask about.
""",
  att=[ODT("Joint_controller_template_EN.odt", [("h", "Joint Controller Arrangement – Template"), "Parties: [Employer], [Broker], Versicherer Lebensversicherung AG",
       "4. Health data: Health information of insured employees is processed only by the insurer. The employer receives no health information about individual employees.",
       "7. Transfers: No transfer to third countries without [mechanism]."])])

M("N", "de", "internal", "trap: Sitzungseinladung ICS Schadenkonferenz Großschäden Sach, Firmennamen in Agenda ohne Personen/Vertragsnummern",
  frm=ADDR("hartmann"), to=[ADDR("demir"), ADDR("holm"), ADDR("schuster")], subj="Großschadenkonferenz Q1", date="2026-02-26 10:00",
  body="""Hallo zusammen,

Termin für die Großschadenkonferenz anbei. Themen: Brand Sägewerk (Oberbayern), Sturmtief „Kora" Kumul, Leitungswasser-Serie in Studentenwohnheimen. Bitte jeweils Stand Reserve und Regress mitbringen.

Sven
""",
  att=[ICS("Grossschadenkonferenz_Q1.ics", "gsk-q1-2026@versicherer.example", "Großschadenkonferenz Q1", "20260310T130000", "20260310T150000",
           ("Sven Hartmann", f"sven.hartmann@{V}"), attendees=[("Aylin Demir", f"aylin.demir@{V}"), ("Birte Holm", f"birte.holm@{V}"), ("Georg Schuster", f"georg.schuster@{V}")],
           location="Raum 3.02 / Teams")])

M("S", "de", "insurer-to-customer", "Witwenrente aus Pensionsfonds, Sterbedatum, Steuer-ID der Witwe; Body ohne Diagnose",
  frm=ADDR("paulsen"), to="Marianne Voss <marianne.voss@ewetel.example>", subj="Hinterbliebenenrente nach Ihrem verstorbenen Ehemann Klaus Voss",
  att=[PDF("Formular_Steuer-ID_Hinterbliebenenrente.pdf", [("h", "Angaben für die Rentenbezugsmitteilung"), "Rentenempfängerin: Marianne Voss\nVertrag: Pensionsfonds Nordsee Reederei GmbH, Nr. PF-3301-0412\nVerstorbener: Klaus Voss, gest. 03.02.2026",
       "Steuer-Identifikationsnummer: ___ ___ ___ __\nKrankenkasse: ______________________", "Ort, Datum, Unterschrift"], title="Formular Steuer-ID")], date="2026-02-26 11:30", sig="paulsen",
  body="""Sehr geehrte Frau Voss,

zunächst unser aufrichtiges Beileid zum Tod Ihres Mannes am 3. Februar 2026.

Aus der Pensionsfondszusage der Nordsee Reederei GmbH erhalten Sie ab 1. März 2026 eine Witwenrente von 60 % der Altersrente Ihres Mannes, das sind 688,20 EUR monatlich. Für die Meldung an das Finanzamt benötigen wir noch Ihre Steuer-Identifikationsnummer – bitte tragen Sie sie in das beigefügte Formular ein; Ihre Rentenversicherungsnummer 23 040561 V 012 ist uns bereits bekannt.

Mit freundlichen Grüßen
""")

M("N", "en", "internal", "trap: Group Finance quarterly IFRS 17 summary, aggregates",
  frm=ADDR("morgan"), to="Executive Board Office <board-office@versicherer.example>", subj="IFRS 17 – Q4 2025 CSM roll-forward (draft)",
  att=[XLSX("IFRS17_Q4_2025_draft.xlsx", {"CSM L&H": [("Item", "EUR m"), ("Opening", 2114), ("New business", 188), ("Release", -201), ("Closing", 2101)],
       "P&C": [("Line", "Combined ratio"), ("Motor", "101.2 %"), ("Property", "88.0 %"), ("Liability", "86.4 %")], "GIP": [("Item", "EUR m"), ("Loss component", 3.4)]}, author="James Morgan")], date="2026-02-26 14:10", lang="en",
  body="""Dear colleagues,

draft figures for the board pack:

Life & Health: CSM opening EUR 2,114m, new business +188m, release -201m, closing 2,101m
P&C (PAA): combined ratio 94.8 % (motor 101.2 %, property 88.0 %, liability 86.4 %)
Group Income Protection: onerous group recognised, loss component EUR 3.4m

Final figures after audit sign-off on 12 March.

James Morgan
Group Finance
""")

M("C", "de", "insurer-to-broker", "Makler erhält Versicherungsbestätigung Betriebshaftpflicht für Einzelunternehmer mit Vertragsnummer und Wohnanschrift",
  frm=ADDR("schuster"), to="Tobias Rein <rein@rein-makler.example>", subj="Versicherungsbestätigung BHV – Herr Dennis Kowalke (Trockenbau)", date="2026-02-27 08:20",
  sig="schuster", sigstyle="short",
  body="""Hallo Herr Rein,

die gewünschte Bestätigung für die Ausschreibung der Stadt Bielefeld hängt an. Vertrag BH-330-80211, Deckungssumme 5 Mio. EUR pauschal, Versicherungsnehmer Dennis Kowalke, Trockenbau (Einzelunternehmen), Sitz = Wohnanschrift Am Bach 12, 33611 Bielefeld.
""",
  att=[PDF("Versicherungsbestaetigung_BH-330-80211.pdf", [("h", "Versicherungsbestätigung"), "Versicherungsnehmer: Dennis Kowalke, Trockenbau, Am Bach 12, 33611 Bielefeld\nVertrag: BH-330-80211\nVersicherungsdauer: 01.01.2026 – 01.01.2027",
       "Deckungssummen: Personen-, Sach- und Vermögensschäden pauschal 5.000.000 EUR"], title="Versicherungsbestätigung")])

M("S", "de", "system", "IT-Fehlerprotokoll Leistung Kranken mit Patientennamen und GOÄ-Ziffern, an externen Dienstleister",
  frm=ADDR("jansen"), to="Support Scan-Dienstleister <support@docscan-services.example>", subj="Fehlerhafte OCR-Klassifikation Arztrechnungen KW 8 – Beispieldatensätze",
  date="2026-02-27 10:05", sig="jansen", sigstyle="short",
  body="""Hallo Herr Petersen,

in KW 8 wurden 212 Arztrechnungen als „Sonstiges" klassifiziert. Drei Beispiele aus dem Protokoll unten – bitte nach Analyse löschen, sind Echtdaten.
""",
  att=[TXT("ocr_misclass_kw08.log", """ts=2026-02-19T09:12:44 doc=SC-88120011 cls=SONSTIGES conf=0.41 expected=ARZTRECHNUNG vn=30-4401277 patient="Kirsch, Marlene" goae="1,5,250,3511" icd="J06.9" betrag=74,21
ts=2026-02-19T09:13:02 doc=SC-88120019 cls=SONSTIGES conf=0.38 expected=ARZTRECHNUNG vn=30-4388123 patient="Bogdan, Ilie" goae="1,7,410,5031" icd="R10.4" betrag=212,90
ts=2026-02-19T11:40:17 doc=SC-88120307 cls=SONSTIGES conf=0.52 expected=ARZTRECHNUNG vn=30-4452010 patient="Werning, Pia (Kind)" goae="1,7,800" icd="F90.0" betrag=158,44
""", enc="utf-8")])

M("N", "de", "insurer-to-broker", "trap: Testdaten für Makler-Schnittstelle mit Musterperson und veröffentlichter Beispiel-IBAN",
  frm=ADDR("raman"), to="Entwicklung <dev@mvp-software-nord.example>", subj="BiPRO-Testfälle für Ihre MVP-Anbindung", date="2026-02-27 13:15", sig="raman", sigstyle="short",
  body="""Hallo Herr Klose,

für Ihre Tests in der Integrationsumgebung nutzen Sie bitte ausschließlich die synthetischen Testfälle aus dem Anhang. Echte Bestandsdaten stellen wir in INT nicht bereit.
""",
  att=[CSV("bipro_testfaelle_int.csv", [("Testfall", "Name", "Vorname", "Geburtsdatum", "IBAN", "Sparte", "Erwartet"),
       ("TF-01", "Mustermann", "Max (fiktiv)", "01.01.1980", "DE02120300000000202051", "Hausrat", "Dokument Nachtrag"),
       ("TF-02", "Musterfrau", "Erika (fiktiv)", "12.08.1964", "DE02500105170137075030", "Kfz", "Beitragsrechnung"),
       ("TF-03", "Testkunde", "Toni (fiktiv)", "31.12.1999", "DE02100100100006820101", "PHV", "Kündigungsbestätigung")])])

M("C", "en", "insurer-to-customer", "Expat household contents policy: address, policy number and US-format birth date",
  frm=ADDR("kowalski"), to="Brian Caldwell <brian.caldwell@caldwell-family.example>", subj="Your household contents policy – move to Munich", date="2026-03-02 09:40", lang="en",
  sig="kowalski", sigstyle="short",
  body="""Dear Mr Caldwell,

welcome to Germany! Your household contents policy HR-55-418820 is active from 1 March 2026 for your new apartment at Leopoldstraße 140, 80804 Munich (sum insured EUR 65,000).

For the direct debit we still need the account holder's date of birth as stated in your bank records – we have 06/23/1981 from your application, please confirm that this is correct.

Kind regards
""")

M("S", "en", "insurer-to-partner", "Subsidiary Austria: cross-border bKV claim of commuter employee with diagnosis, English/German mixed",
  frm=ADDR("graf"), to="Leistung <leistung@versicherer-at.example>", subj="Cross-border claim – bKV member working in Salzburg / Kostenerstattung", date="2026-03-02 11:15",
  lang="en", sig="graf", sigstyle="short",
  body="""Hi Stefan,

one of our bKV members (Seeblick Hotels, member no. BKV-7702-0031, Mr. Lukas Moser) lives in Freilassing and was treated in Salzburg. Invoice of the Landeskrankenhaus Salzburg: Sprunggelenksfraktur (S82.6), ORIF on 23 Feb, EUR 4,870.

Könnt ihr die Rechnung nach österreichischem Tarif prüfen und uns den angemessenen Betrag melden? We reimburse under the German tariff afterwards.

Thanks, Carina
""")

M("N", "de", "newsletter", "trap: Makler-Newsletter Pflegereform mit Zahlen, keine Person",
  frm=f"Maklerservice <makler-news@{V}>", to="makler-alle@verteiler.versicherer.example", subj="Makler-News 03/2026: Pflegereform, BU-Aktion, Kfz-Saisonkennzeichen", date="2026-03-02 12:00",
  client="system", html=True,
  body="""Makler-News 03/2026

Pflegereform: Ab 1. Juli steigen die Leistungen der sozialen Pflegeversicherung um 4,5 %. Die Versorgungslücke in Pflegegrad 4 bei stationärer Pflege bleibt mit durchschnittlich 2.900 EUR im Monat erheblich – ein Gesprächsanlass für Pflegetagegeld.

BU-Aktion: Bis 30. Juni vereinfachte Gesundheitsfragen für Berufseinsteiger bis 30 Jahre.

Kfz: Saisonkennzeichen für Cabrios und Motorräder jetzt online umstellbar.

Abmelden: https://www.versicherer.example/makler/newsletter
""")

M("C", "de", "lawyer", "Anwaltsmail zitiert: Mandantin verlangt Auskunft Art. 15 DSGVO zu Kfz- und Hausratdaten; Antwort kurz",
  frm=ADDR("meier"), to="RAin Pfeiffer <pfeiffer@datenschutzkanzlei-ost.example>", subj="AW: Auskunftsersuchen Art. 15 DSGVO – Mandantin Frau Yvonne Stahl", date="2026-03-02 14:40",
  sig="meier", sigstyle="short",
  body="""Sehr geehrte Frau Pfeiffer,

wir haben das Ersuchen erhalten und beantworten es innerhalb der Monatsfrist direkt gegenüber Ihrer Mandantin per Post, sobald uns Ihre Vollmacht im Original vorliegt.
""",
  quote=Q("""Sehr geehrte Damen und Herren,

namens und in Vollmacht von Frau Yvonne Stahl, geb. 08.02.1987, Lindenallee 3, 01309 Dresden, verlangen wir Auskunft über alle gespeicherten Daten, insbesondere zum Kfz-Vertrag KH-4471-15502 und zum Hausratvertrag HR-55-330171 sowie zu allen Empfängern, an die Daten übermittelt wurden (Auskunfteien, HIS).

Mit freundlichen Grüßen
Pfeiffer
Rechtsanwältin"""))

M("N", "de", "internal", "trap: Stellenausschreibung Sachbearbeiter Leistung BU intern, keine Bewerber",
  frm=ADDR("weiss"), to="Intranet-Redaktion <intranet@versicherer.example>", subj="Interne Ausschreibung: Leistungsprüfer/in BU (m/w/d)",
  att=[ODT("Ausschreibung_Leistungspruefer_BU.odt", [("h", "Leistungsprüfer/in Berufsunfähigkeit (m/w/d)"), "Köln, unbefristet, Vollzeit oder Teilzeit (ab 30 Std.)", "Ihre Aufgaben: Prüfung von Leistungsanträgen, Auswertung ärztlicher Unterlagen und Gutachten, Gespräche mit Versicherten.", "Bewerbungsschluss: 24. März 2026"])], date="2026-03-03 08:30", sig="weiss", sigstyle="short",
  body="""Liebe Redaktion,

bitte ab heute veröffentlichen:

Leistungsprüfer/in Berufsunfähigkeit (m/w/d), Köln, unbefristet
Sie prüfen Leistungsanträge, werten ärztliche Unterlagen und Gutachten aus und führen Gespräche mit Versicherten, Ärzten und Arbeitgebern. Wünschenswert: medizinische Vorbildung (z. B. MFA, Pflege) oder Erfahrung in der Leistungsbearbeitung.

Bewerbungsschluss: 24. März 2026.
""")

M("S", "de", "insurer-to-company", "Gruppenunfall Todesfallleistung an Arbeitgeber als VN mit Todesursache (Arbeitsunfall) und Begünstigten",
  frm=ADDR("ziegler"), to="Geschäftsführung Ebert Gerüstbau <gf@ebert-geruestbau.example>", subj="Todesfallleistung GU-Vertrag 40-558301 – Herr Tobias Lenk", date="2026-03-03 10:20",
  sig="ziegler",
  body="""Sehr geehrter Herr Ebert,

nach dem tödlichen Absturz Ihres Mitarbeiters Tobias Lenk am 12. Februar 2026 auf der Baustelle in Hamm zahlen wir die Todesfallleistung von 50.000 EUR aus der Gruppenunfallversicherung.

Die Leistung steht nach den Bedingungen der versicherten Person zu, also deren Erben. Laut Erbschein des Amtsgerichts Hamm ist das Frau Vanessa Lenk (Witwe). Wir überweisen direkt an sie, sofern Sie nicht widersprechen.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-customer", "Transport: Umzugsgut-Schaden Privatperson mit Adresse und Schadennummer, Gutachter",
  frm=ADDR("osei"), to="Familie Neumeier <neumeier.familie@gmx.example>", subj="Transportschaden Umzug – Schaden TR-26-0088", date="2026-03-03 13:05", sig="osei", sigstyle="short",
  body="""Sehr geehrte Familie Neumeier,

die Schäden an Ihrem Klavier und dem Esstisch beim Umzug von Kassel nach Göttingen (Weender Landstr. 72) prüft der Sachverständige Herr Roloff. Er meldet sich für einen Termin. Ihre Umzugsgutversicherung: TR-UG-26-0031.

Mit freundlichen Grüßen
""")

M("N", "en", "insurer-to-partner", "trap: reinsurer asks about pandemic exclusion wording, legal text only",
  frm=ADDR("stone"), to="Wordings <wordings@rueck-re.example>", subj="RE: Communicable disease exclusion – life treaty 2027", date="2026-03-03 15:30", lang="en",
  body="""Dear Anneliese,

we cannot accept the LMA communicable disease exclusion in the life treaty: mortality from infectious diseases is a core risk of our term life portfolio and the German regulator expects it to be covered. We could agree to an event limit of EUR 50m for deaths caused by a declared pandemic within 12 months.

Rebecca Stone
Reinsurance
""")

M("S", "de", "insurer-to-broker", "Makler-Bestandsliste Kranken (Vollversicherung) mit Tarifen und Beitragszuschlägen im XLSX zweites Blatt",
  frm=ADDR("vogel"), to="Sebastian Mayr <mayr@mayr-finanzplan.example>", subj="Ihre Bestandsliste Kranken (Vollversicherung) für das Jahresgespräch", date="2026-03-04 09:00",
  sig="vogel", sigstyle="short",
  body="""Servus Herr Mayr,

wie gewünscht die Liste Ihrer KV-Vollkunden. Blatt 2 enthält die Verträge mit Risikozuschlag, die bei der Beitragsanpassung 2027 geprüft werden sollten.
""",
  att=[XLSX("Bestand_Mayr_KV_2026.xlsx", {"KV-Voll": [("Kunde", "geb.", "Vertrag", "Tarif", "Beitrag mtl."), ("Weißkopf, Florian", "1982-03-09", "30-4412908", "KV-Komfort 600 + KTG 150", 712.40),
                                                      ("Obermaier, Lisa", "1990-10-01", "30-4499110", "KV-Basis 1200", 389.22), ("Graf-Huber, Stefan", "1971-06-15", "30-4381004", "KV-Premium 300", 948.70)],
                                          "Risikozuschlag": [("Kunde", "Vertrag", "Zuschlag", "Grund (Antrag)"), ("Graf-Huber, Stefan", "30-4381004", "18 %", "Hypertonie, Hyperlipidämie"),
                                                             ("Obermaier, Lisa", "30-4499110", "10 %", "Asthma bronchiale")]}, author="Katharina Vogel")])

M("N", "de", "insurer-to-customer", "trap: Firmenkunde (GmbH) erhält Einladung Risikodialog Brandschutz, kein Vertragsinhalt",
  frm=ADDR("hartmann"), to="Technische Leitung Klinikum Nordheide <technik@klinikum-nordheide.example>", subj="Einladung: Brandschutz-Workshop für Krankenhäuser und Pflegeheime", date="2026-03-04 10:30",
  sig="hartmann",
  body="""Sehr geehrte Damen und Herren,

Brände in Krankenhäusern sind selten, aber wegen der Evakuierung bettlägeriger Patientinnen und Patienten besonders gefährlich. Wir laden die technischen Leitungen von Kliniken und Pflegeeinrichtungen zu einem halbtägigen Workshop ein:

- Brandfrüherkennung in Patientenzimmern und Technikzentralen
- horizontale Evakuierung: Übungskonzepte
- Erfahrungen aus Schadenfällen (anonymisiert)

Termin: 22. April 2026, 9–13 Uhr, online. Anmeldung formlos per Antwort.

Mit freundlichen Grüßen
""")

M("C", "en", "insurer-to-broker", "D&O claim notification: named former CFO and the allegation (no criminal proceedings yet), broker gets it",
  frm=ADDR("schuster"), to="Marine & Financial Lines <finlines@harbourline-brokers.example>", subj="D&O claim notice – Solaris Components AG (policy DO-2025-0147)", date="2026-03-04 13:00",
  lang="en", sig="schuster", sigstyle="short",
  body="""Dear Oliver,

we acknowledge the notice of circumstances. The company's supervisory board alleges that the former CFO, Dr. Matthias Kettler, approved hedging transactions in 2024 beyond his authority, causing an alleged loss of EUR 4.2m. Mr Kettler has asked for defence costs cover; we accept provisionally under reservation of rights.

No criminal complaint has been filed so far according to the notice.
""")

M("S", "de", "customer", "Kundin schreibt (zitiert) über Schwangerschaft zur Elternzeit/bAV-Beitragsfreistellung; Antwort knapp",
  frm=ADDR("paulsen"), to="Sevgi Yıldız <sevgi.yildiz@posteo.example>", subj="AW: Direktversicherung während Elternzeit", date="2026-03-04 15:12", client="mobile",
  body="""Liebe Frau Yıldız,

ja, das geht – ich stelle den Vertrag zum 1.5. beitragsfrei und setze Ihnen eine Erinnerung zur Wiederinkraftsetzung. Alles Gute!

Henrik Paulsen
""",
  quote=Q("""Hallo Herr Paulsen,

ich bin schwanger (ET 12. Mai) und gehe danach ein Jahr in Elternzeit. Kann meine Direktversicherung LV-7710-22305 solange ruhen? Mein Arbeitgeber zahlt in der Zeit ja kein Gehalt.

Danke und Gruß
Sevgi Yıldız"""))

M("N", "de", "insurer-to-authority", "trap: Antwort an Landesdatenschutzbehörde zu allgemeiner Anfrage über Verschlüsselung, keine Fälle",
  frm=ADDR("meier"), to="LDI NRW <poststelle@ldi-nrw.example>", subj="Ihre Umfrage zur E-Mail-Verschlüsselung in der Versicherungswirtschaft", date="2026-03-05 09:00", sig="meier",
  body="""Sehr geehrte Damen und Herren,

zu Ihrer Umfrage vom 12.02.2026:

1. Externe E-Mails mit Gesundheitsdaten versenden wir ausschließlich Ende-zu-Ende-verschlüsselt (S/MIME) oder über ein Portal-Postfach.
2. Vertrauliche Daten (z. B. Bankverbindungen) versenden wir mindestens transportverschlüsselt mit verifizierter Gegenstelle.
3. Die Einstufung erfolgt automatisch im Gateway; Mitarbeitende können per Betreff-Kennzeichen hochstufen.
4. Einwilligungen von Kunden zum TLS-Versand von Gesundheitsdaten liegen in rund 3 % der Fälle vor.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-partner", "Bank erhält Sicherungsbestätigung Wohngebäude für Baufinanzierung mit Kundennamen, Objekt und Vertragsnummer",
  frm=ADDR("demir"), to="Baufinanzierung Sparkasse Rhein-Sieg <baufi@sparkasse-rheinsieg.example>", subj="Sicherungsbestätigung Wohngebäudeversicherung – Darlehen 7744102", date="2026-03-05 10:45",
  sig="demir", sigstyle="short",
  body="""Sehr geehrte Damen und Herren,

für das Objekt Am Sonnenhang 9, 53757 Sankt Augustin (Eigentümer Frank und Miriam Schäfer) bestätigen wir die Wohngebäudeversicherung WG-88-5602218 zum gleitenden Neuwert (Wert 1914: 28.400 Mark). Der Sicherungsschein zu Gunsten Ihres Hauses ist ausgestellt.
""")

M("S", "en", "insurer-to-customer", "English expat: international health plan, pre-authorisation of MRI with symptoms, subject neutral",
  frm=ADDR("whitfield"), to="Anders Nyström <anders.nystrom@nordtec-systems.example>", subj="Your request of 4 March", date="2026-03-05 12:20", lang="en", sig="whitfield", sigstyle="short",
  body="""Dear Mr Nyström,

we have approved the MRI of your lumbar spine at Gleneagles Hospital requested by Dr Tan following your persistent back pain and numbness in the left leg. Guarantee of payment has been sent to the hospital; no co-payment applies.

Emma Whitfield
International Health Services
""")

M("N", "de", "insurer-to-broker", "trap: Makler fragt, ob er Kundenlisten per Mail schicken darf; Antwort: nur Portal, allgemein",
  frm=ADDR("reuter"), to="Lisa Brückner <l.brueckner@brueckner-partner.example>", subj="AW: Upload von Kundenlisten", date="2026-03-05 14:15", sig="reuter", sigstyle="short",
  body="""Hallo Frau Brückner,

Listen mit Kundendaten (insbesondere bei Leben, Kranken, Unfall) bitte nicht per normaler Mail, sondern über das Maklerportal → „Dokumente hochladen" oder als Antwort auf eine Portal-Nachricht. Das Portal nimmt Excel, CSV und PDF bis 25 MB.

Viele Grüße
""")

M("C", "de", "insurer-to-customer", "Kfz: Totalschaden am Firmenwagen eines Freiberuflers (Zahnarzt) mit Restwert und IBAN, kein Gesundheitsbezug",
  frm=ADDR("brenner"), to="Dr. Axel Roderich (Zahnarzt) <praxis@dr-roderich-zahn.example>", subj="Ihr Kaskoschaden K-26-04410 – Totalschaden, Abrechnung", date="2026-03-06 08:40", sig="brenner",
  body=f"""Sehr geehrter Herr Dr. Roderich,

für Ihren Firmenwagen (Porsche Cayenne, BN-AR 911, Vollkasko KH-4471-16011) rechnen wir auf Totalschadenbasis ab: Wiederbeschaffungswert 58.500 EUR abzüglich Restwert 21.000 EUR und Selbstbeteiligung 1.000 EUR = 36.500 EUR. Die Zahlung geht auf das Praxiskonto {IB("DE", "300606010004455660")} (Kontoinhaber Dr. Axel Roderich).

Mit freundlichen Grüßen
""")

M("S", "de", "doctor", "Arztanfrage Gutachter zitiert: BU-Nachuntersuchung, Befund; Antwort nur Danke",
  frm=ADDR("kaya"), to="Praxis für Begutachtung Dr. Lehnen <gutachten@dr-lehnen.example>", subj="AW: BU-N-2026-0077 – Gutachten Frau W.", date="2026-03-06 10:00", sig="kaya", sigstyle="name",
  body="""Vielen Dank, Herr Dr. Lehnen – das Gutachten ist angekommen, die Rechnung geht in die Zahlung.
""",
  quote=OQ("Dr. Lehnen <gutachten@dr-lehnen.example>", "Donnerstag, 5. März 2026 18:12", "Deniz Kaya", "BU-N-2026-0077 – Gutachten Frau W.",
           "Sehr geehrte Frau Kaya,\n\nanbei das Gutachten zu Frau Weinert. Kurzfassung: Lumbale Restbeschwerden bei Z. n. Nukleotomie, keine neurologischen Ausfälle mehr, Lasègue negativ. Eine Tätigkeit in der Pflege mit Heben bis 10 kg ist halbschichtig wieder möglich, vollschichtig nicht. Das schriftliche Gutachten folgt per Post.\n\nMit kollegialen Grüßen\nDr. med. P. Lehnen"))

M("N", "en", "insurer-to-partner", "trap: HTML-only renewal table for an expat plan, aggregated claims by category, no members",
  frm=ADDR("whitfield"), to="Global Mobility <mobility@nordtec-systems.example>", subj="NordTec expat plan – renewal 2026/27", date="2026-03-06 11:45", lang="en", client="outlook",
  html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Ms Lindholm,</p>
<p>renewal terms for the plan year from 1 May 2026:</p>
""" + table_html([("Item", "2025/26", "2026/27"), ("Members (employees / dependants)", "118 / 94", "–"), ("Claims paid EUR", "612,400", "–"),
                  ("Outpatient / inpatient / maternity / dental / other", "41 / 33 / 12 / 9 / 5 %", "–"), ("Loss ratio", "83 %", "–"), ("Premium change", "–", "+6.5 %")]) + """
<p>The increase reflects medical trend (7.5 %) partly offset by the new Singapore network.</p>
<p>Kind regards<br>Emma Whitfield<br>International Health Services</p>
</body></html>
""")

M("C", "de", "insurer-to-broker", "Makler bekommt Liste stornierter Verträge (Sach) wegen Nichtzahlung mit Namen und Rückständen als ODS",
  frm=ADDR("becker"), to="Büro Lorenz <m.lorenz@lorenz-assekuranz.example>", subj="Stornogefahr: Beitragsrückstände Ihrer Kunden (Sach/Kfz)", date="2026-03-06 13:30",
  sig="becker", sigstyle="short",
  body="""Hallo Herr Lorenz,

vielleicht können Sie bei diesen Kunden noch nachhaken, bevor wir kündigen müssen (Liste anbei).
""",
  att=[ODS("Rueckstaende_Lorenz_2026-03.ods", {"Rückstände": [("Kunde", "Vertrag", "Sparte", "Rückstand EUR", "Mahnstufe"),
       ("Wendt, Dieter", "KH-4471-00412", "Kfz", 212.40, 2), ("Aksoy, Derya", "HR-55-411023", "Hausrat", 38.90, 3), ("Brömmel, Karl-Heinz", "PH-20-129887", "PHV", 64.20, 2)]})])

M("N", "de", "internal", "trap: Einladung Betriebsarzt Vorsorge für alle Mitarbeitenden, allgemein",
  frm=ADDR("weiss"), to="Alle Mitarbeitenden <alle@versicherer.example>", subj="Angebot: Augenuntersuchung Bildschirmarbeit (G37) im März", date="2026-03-09 08:00",
  body="""Liebe Kolleginnen und Kollegen,

der Betriebsärztliche Dienst bietet im März wieder die Angebotsvorsorge „Bildschirmarbeitsplatz" an (Sehtest, Beratung zu Bildschirmbrillen). Termine können Sie über das Intranet buchen. Die Ergebnisse erfährt nur die Betriebsärztin, nicht Ihre Führungskraft.

Nadine Weiß
Personal
""")

M("S", "de", "insurer-to-partner", "PPV-Pool: Einzelmeldung Hochkostenfall mit Name, Pflegegrad 5 und Diagnosen",
  frm=ADDR("yilmaz"), to="Geschäftsstelle PPV-Pool <pool@ppv-pool.example>", subj="Meldung Hochkostenfall 2025 – Mitglied Nr. 0088", date="2026-03-09 10:10", sig="yilmaz", sigstyle="short",
  body="""Sehr geehrte Damen und Herren,

für den Risikoausgleich melden wir den folgenden Fall:

Versicherte: Frau Hildegard Ammann, geb. 02.02.1938, PPV-Vertrag 80-2209114
Pflegegrad 5 seit 04/2024 (Demenz, Z. n. Schlaganfall), vollstationär im Haus St. Anna, Trier
Leistungen 2025: 25.980 EUR
""")

M("C", "de", "insurer-to-company", "windows-1252-Mail an Autovermietung (Einzelkaufmann) mit Schadenmeldung und Name des Mieters",
  frm=ADDR("brenner"), to="Autovermietung Gerlach e.K. <vermietung@gerlach-mietwagen.example>", subj="Schaden an Mietfahrzeug HH-GE 550 – Ihr Mieter Herr Petersen", date="2026-03-09 11:30",
  charset="windows-1252", sig="brenner", sigstyle="short",
  body="""Sehr geehrter Herr Gerlach,

zum Schaden an Ihrem Mietfahrzeug HH-GE 550 (Mieter laut Vertrag: Herr Malte Petersen, Führerschein-Nr. B072XK4418) teilen wir mit, dass wir aus der Haftpflicht unseres Versicherungsnehmers, Herrn Kai-Uwe Möller (KH-4471-17103), regulieren. Bitte senden Sie uns den Kostenvoranschlag und die Mietausfallberechnung.
""")

M("N", "en", "internal", "trap: IT release notes for claims system mentioning diagnosis field, no data",
  frm=ADDR("raman"), to="IT Change Board <cab@versicherer.example>", subj="Release notes LEIKA 24.3 (health claims) – go-live 14 March", date="2026-03-09 13:00", lang="en",
  body="""Hi all,

LEIKA 24.3 changes:
- ICD-10-GM 2026 catalogue loaded; the diagnosis field now validates codes including the G/V/Z/A suffixes.
- GOÄ/GOZ plausibility rules updated (new factor limits for analog positions).
- Masking: diagnosis and medication fields are masked in all exports to the data warehouse.
- Bug fix: hospital invoice import no longer fails on DRG codes with lower-case letters.

Rollback plan and test evidence are in the change record CHG0021533.

Priya
""")

M("S", "de", "insurer-to-customer", "Base64-Body: Ablehnung Antrag Risikoleben wegen Krebserkrankung in Vorgeschichte",
  frm=ADDR("schulte"), to="Carsten Vogt <carsten.vogt@vogt-online.example>", subj="Ihr Antrag auf Risikolebensversicherung 7714408", date="2026-03-09 15:00", cte="base64",
  sig="schulte",
  body="""Sehr geehrter Herr Vogt,

vielen Dank für Ihren Antrag. Nach Auswertung des Arztberichts Ihrer Onkologin können wir Ihnen derzeit leider keinen Versicherungsschutz anbieten: Die Behandlung des Hodgkin-Lymphoms wurde erst im August 2024 abgeschlossen. Nach unseren Annahmerichtlinien ist eine Versicherung frühestens fünf Jahre nach Therapieende möglich.

Gerne prüfen wir Ihren Antrag ab September 2029 erneut. Eine Risikoprüfung bei einem anderen Versicherer bleibt Ihnen unbenommen; wir melden die Ablehnung nicht an das Hinweis- und Informationssystem.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-supplier", "trap: Druckerei-Auftrag Broschüre 'Pflege im Alter' mit Auflage",
  frm=ADDR("baumann"), to="Auftragsannahme <auftrag@druckhaus-rhein.example>", subj="Druckauftrag Broschüre „Pflege im Alter – gut vorbereitet“", date="2026-03-10 08:45",
  body="""Guten Tag Herr Lemke,

bitte drucken Sie die Broschüre gemäß Freigabe-PDF vom 6.3.:
Format DIN A5, 24 Seiten, 4/4-farbig, 135 g Bilderdruck matt, Auflage 25.000, Rückstichheftung.
Lieferung an unser Lager in Hürth bis 27.03.

Bestellnummer 4500019410.

Julia Baumann
Unternehmenskommunikation
""")

M("C", "de", "broker", "Maklermail (weitergeleitet, eingebettet als EML) mit Kundendaten Hausrat/Fahrrad: Name, Rahmennummer, Adresse",
  frm=ADDR("demir"), to="Hausrat-Schaden <hausrat-schaden@versicherer.example>", subj="WG: Fahrraddiebstahl Kunde Obermaier", date="2026-03-10 09:50",
  body="""Bitte anlegen, Vertrag ist HR-55-420017. Danke!
A. Demir
""",
  att=[EML(INNER("Sebastian Mayr <mayr@mayr-finanzplan.example>", f"aylin.demir@{V}", "Fahrraddiebstahl Kunde Obermaier", "2026-03-09 17:44",
                 """Hallo Frau Demir,

meinem Kunden Herrn Tobias Obermaier (Schwanthalerstr. 21, 80336 München) wurde am 7.3. das E-Bike aus dem Keller gestohlen: Riese & Müller Charger4, Rahmennr. WRM-2204-A77102, Kaufpreis 5.199 EUR. Anzeige bei der PI 14 ist erfolgt (Tgb.-Nr. 2210/26).

Grüße
Mayr""", "<mayr-20260309-1744@mayr-finanzplan.example>"), fn="Fahrraddiebstahl Obermaier.eml")])

M("S", "en", "lawyer", "Foreign lawyer letter quoted: personal injury claim under commercial liability, injured tourist, fractures",
  frm=ADDR("schuster"), to="Claims Handling Partner Italy <sinistri@assicura-partner.example>", subj="FW: Claim against our insured Alpin Rafting GmbH – Ms. Giulia Conti", date="2026-03-10 11:10",
  lang="en", sig="schuster", sigstyle="short",
  body="""Dear Marco,

please note the claim below against our insured; we will handle it directly, but as the claimant lives in Milan we may need a local medical examiner. Could you propose one?
""",
  quote=FW("Avv. Paolo Ferri <p.ferri@studioferri.example>", "9 March 2026", "schaden@versicherer.example", "Claim against Alpin Rafting GmbH",
           """Dear Sirs,

we act for Ms. Giulia Conti (born 14 September 1996), who was injured on 18 August 2025 during a rafting tour organised by your insured on the Isar. She suffered a fracture of the left tibial plateau and a concussion, was hospitalised for 9 days in Bad Tölz and is still undergoing physiotherapy.

We claim damages for pain and suffering and loss of earnings (she is a freelance translator; income 2024: EUR 38,000).

Yours faithfully
Avv. Paolo Ferri""", lang="en"))

M("N", "de", "insurer-to-broker", "trap: Schulungsunterlage Makler zu Gesundheitsfragen, nur Regeln und fiktives Beispiel, PDF",
  frm=ADDR("schulte"), to="Maklerakademie <akademie@verteiler.versicherer.example>", subj="Handout: Gesundheitsfragen richtig beantworten", date="2026-03-10 14:00", sig="schulte", sigstyle="short",
  body="""Hallo zusammen,

anbei das Handout für die Präsenzschulungen. Die Beispiele sind frei erfunden.
""",
  att=[PDF("Handout_Gesundheitsfragen_2026.pdf", [("h", "Gesundheitsfragen im Antrag – 10 Regeln"), "1. Alle Fragen vollständig beantworten, auch Bagatellen innerhalb des Fragezeitraums.",
       "2. Beispiel (fiktiv): Kundin Erika Musterfrau hatte vor 3 Jahren eine Sehnenscheidenentzündung, 2 Wochen krankgeschrieben. Das ist anzugeben – die Annahme erfolgt in der Regel trotzdem ohne Zuschlag.",
       "3. Im Zweifel Arztbericht beifügen statt eigene Bewertung."], title="Handout Gesundheitsfragen")])

M("C", "en", "insurer-to-partner", "Reinsurer receives engineering claim with named site manager and his mobile, company insured",
  frm=ADDR("holm"), to="Engineering Claims <eng.claims@rueck-re.example>", subj="Loss advice – crane collapse, CAR policy TV-CAR-25-0019", date="2026-03-10 15:40", lang="en", sig="holm", sigstyle="short",
  body="""Dear colleagues,

loss advice under the Engineering XL: collapse of a tower crane on the construction site "Quartier Neue Mitte", Leipzig, on 6 March 2026 (insured: Bau-ARGE Neue Mitte). Property damage to the structure and adjacent warehouse, estimate EUR 2.4m. No persons were injured – the site was closed due to wind.

Site manager and contact for your surveyor: Mr. Henning Laube, +49 171 4409 2231.
""")

M("S", "de", "insurer-to-company", "bAV-Arbeitgeberinfo: Mitarbeiter verstorben, Todesfallleistung aus Direktversicherung; Name + Datum + Begünstigte",
  frm=ADDR("paulsen"), to="Personalabteilung Rhein-Erft Elektro <personal@rhein-erft-elektro.example>", subj="Direktversicherung LV-7710-19955 – Leistungsfall", date="2026-03-11 08:30", sig="paulsen", sigstyle="short",
  body="""Sehr geehrte Frau Brinkmann,

danke für Ihre Mitteilung zum Tod von Herrn Andreas Kühl am 28.02.2026. Aus seiner Direktversicherung zahlen wir das Todesfallkapital von 42.810,55 EUR an die bezugsberechtigte Lebensgefährtin, Frau Petra Hahn. Sie müssen als Arbeitgeber nichts weiter veranlassen; bitte melden Sie den Vertrag in Ihrer Entgeltabrechnung ab.
""")

M("N", "de", "insurer-to-broker", "trap: Zugangssperre nach drei Fehlversuchen im Maklerportal, Benutzer genannt, kein Kunde",
  frm=ADDR("hoffmann"), to="Lisa Brückner <l.brueckner@brueckner-partner.example>", subj="AW: Maklerportal gesperrt", date="2026-03-11 09:15", sig="hoffmann", sigstyle="short",
  body="""Hallo Frau Brückner,

Ihr Zugang war nach drei falschen Passworteingaben gesperrt. Ich habe die Sperre aufgehoben; Sie erhalten gleich eine Mail mit einem Link zum Setzen eines neuen Passworts. Der Link ist 24 Stunden gültig.

Lukas Hoffmann
IT-Servicedesk
""")

M("C", "de", "insurer-to-customer", "Gewerbe: Elektronikversicherung Arztpraxis-Geräte (nur Sachschaden), Inhaber natürliche Person – kein Patientenbezug",
  frm=ADDR("hartmann"), to="Dr. med. Sabine Weiland <praxis@hausarzt-weiland.example>", subj="Ihr Elektronikschaden TV-26-00091 – Ultraschallgerät", date="2026-03-11 10:40", sig="hartmann",
  body="""Sehr geehrte Frau Dr. Weiland,

für das durch den Wasserschaden vom 16. Januar zerstörte Ultraschallgerät (GE Logiq E10, Seriennr. LQ10-448120) leisten wir aus Ihrer Elektronikversicherung TV-71-0211450 den Neuwert abzüglich 250 EUR Selbstbehalt: 38.650 EUR. Ihre Praxis ist ein Einzelunternehmen; die Zahlung geht an Sie persönlich.

Patientendaten waren auf dem Gerät laut Ihrem IT-Dienstleister nicht gespeichert.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "trap: Statistik Unfallmeldungen Gruppenunfall nach Branche, aggregiert (XLSX)",
  frm=ADDR("ziegler"), to=[ADDR("okafor"), ADDR("hartmann")], subj="GU-Statistik 2025 nach Branchen", date="2026-03-11 13:20",
  body="""Hallo,

anbei die Auswertung für die Tarifierung 2027. Nur Summen, Branchen mit < 20 Unfällen sind unter „Sonstige" zusammengefasst.

Ralf
""",
  att=[XLSX("GU_Statistik_2025.xlsx", {"Branchen": [("Branche", "Versicherte", "Unfälle", "Invaliditätsfälle", "Aufwand EUR"),
       ("Bau", 8120, 412, 61, 3188000), ("Handwerk sonst.", 6340, 233, 29, 1402000), ("Logistik", 4410, 190, 22, 1011000), ("Gastronomie/Hotel", 2980, 88, 7, 312000), ("Sonstige", 5110, 97, 9, 388000)],
       "Unfallarten": [("Art", "Anteil"), ("Sturz", "38 %"), ("Maschinen", "17 %"), ("Verkehr", "21 %"), ("Sport/Freizeit", "24 %")]})])

M("S", "en", "insurer-to-broker", "Broker gets underwriting decision for key-person cover with medical details",
  frm=ADDR("hasselbach"), to="Oliver Grant <oliver.grant@harbourline-brokers.example>", subj="Key person cover – Solaris Components AG, CEO", date="2026-03-11 15:15", lang="en", sig="hasselbach", sigstyle="short",
  body="""Dear Oliver,

underwriting decision for the key-person cover on Mr. Rainer Solbach (CEO, born 1966), sum assured EUR 3m:

Accepted at +100 % because of the coronary stent implanted in 2023 (single-vessel disease, LVEF normal, stress test negative in January). Exclusion: none. Offer valid 60 days.

Dr. Ulrike Hasselbach
""")

M("C", "de", "insurer-to-court", "Mahnbescheid-Antrag wegen Beitragsrückstand Wohngebäude gegen Privatperson mit Geburtsdatum",
  frm=ADDR("becker"), to="Zentrales Mahngericht Hagen <mahngericht@ag-hagen.example>", subj="Nachreichung zum Mahnantrag – Antragsgegner Herr Kurt Brandes", date="2026-03-12 09:00", sig="becker", sigstyle="short",
  body="""Sehr geehrte Damen und Herren,

zum Mahnantrag vom 04.03.2026 (Geschäftszeichen 26-0877412-0-8) reichen wir das Geburtsdatum des Antragsgegners nach: Herr Kurt Brandes, geb. 21.06.1959, Lindenstraße 17, 58095 Hagen. Forderung: rückständige Beiträge Wohngebäudeversicherung WG-88-4019220, 1.212,00 EUR nebst Mahnkosten.
""")

M("N", "en", "insurer-to-partner", "trap: subsidiary asks for template of claims acknowledgment, placeholders only",
  frm=ADDR("kowalski"), to="Customer Service <service@versicherer-uk.example>", subj="RE: Template claim acknowledgement (German/English)", date="2026-03-12 10:30", lang="en",
  body="""Hi Tom,

here is the bilingual template we use:

---
Dear {salutation} {last_name},
thank you for reporting your claim {claim_no} on {date}. Your contact person is {handler}.
Sehr geehrte/r {Anrede} {Nachname}, vielen Dank für Ihre Schadenmeldung {Schaden-Nr.} vom {Datum}.
---

Placeholders in curly brackets are filled by the output system; never fill them manually with health details.

Lena
""")

M("S", "de", "internal", "Interne Mail: Kollege in BEM nach langer Krankheit, Name + Reha; an Führungskraft",
  frm=ADDR("weiss"), to=ADDR("oltmanns"), subj="BEM-Gespräch Herr R. – Termin", date="2026-03-12 11:50", sig="weiss", sigstyle="name",
  body="""Hallo Jens,

Herr Rosendahl aus deinem Team hat dem BEM-Gespräch zugestimmt. Er kommt nach der Reha (Kardiologie, Bad Oeynhausen) am 23.3. zurück und möchte mit 4 Stunden täglich einsteigen (Hamburger Modell, ärztlich empfohlen). Termin zu dritt: 24.3., 10 Uhr, bei mir.

Bitte nichts davon im Team verbreiten.

Nadine
""")

M("N", "de", "insurer-to-broker", "trap: Makler-Webinar-Einladung zu bKV mit ICS, Referentin genannt",
  frm=ADDR("graf"), to="bAV-Partner <bav-partner@verteiler.versicherer.example>", subj="Webinar: bKV verkaufen – Einwände und Antworten (26.03.)", date="2026-03-12 14:00",
  body="""Liebe Partner,

am 26. März zeigt Ihnen unsere Kollegin Carina Graf in 45 Minuten, wie Sie die häufigsten Einwände von Arbeitgebern gegen eine bKV entkräften (Kosten, Lohnsteuer, Verwaltungsaufwand). Einwahldaten im Kalendereintrag.

Ihr Team Firmenkunden Kranken
""",
  att=[ICS("Webinar_bKV_2026-03-26.ics", "webinar-bkv-20260326@versicherer.example", "Webinar bKV verkaufen", "20260326T160000", "20260326T164500",
           ("Carina Graf", f"carina.graf@{V}"), location="Online (Teams)", description="Einwahllink folgt am Vortag")])

M("C", "de", "insurer-to-customer", "Einzelmakler erhält Vermögensschadenhaftpflicht-Police als Versicherungsnehmer mit IHK-Registernummer und Geburtsdatum",
  frm=ADDR("schuster"), to="Oliver Strack <strack@strack-versicherungen.example>", subj="Ihre Vermögensschadenhaftpflicht für Versicherungsvermittler", date="2026-03-13 09:10",
  sig="schuster", sigstyle="short",
  body="""Sehr geehrter Herr Strack,

anbei Ihr Versicherungsschein zur Berufshaftpflicht (VH-12-0047113). Für die IHK haben wir die Bestätigung nach § 34d GewO mit Ihrer Registernummer D-W-140-TX2M-77 und Ihrem Geburtsdatum (12.10.1975) ausgestellt; sie wird elektronisch übermittelt.
""",
  att=[PDF("Versicherungsschein_VH-12-0047113.pdf", [("h", "Versicherungsschein Vermögensschadenhaftpflicht"), "Versicherungsnehmer: Oliver Strack, Strack Versicherungen e.K., geb. 12.10.1975\nRegister-Nr.: D-W-140-TX2M-77",
       "Versicherungssumme: 1.300.380 EUR je Schadenfall, 1.924.560 EUR pro Jahr. Jahresbeitrag: 890,00 EUR"])])

M("S", "de", "insurer-to-company", "bKV: Sachbezugsliste an Lohnbuchhaltung, versehentlich mit Spalte Leistungen (Wurzelbehandlung, Brücke) je Mitarbeiter",
  frm=ADDR("graf"), to="Lohnbuchhaltung Seeblick <lohn@hotel-seeblick-group.example>", subj="bKV: geldwerter Vorteil 2025 je Mitarbeiter", date="2026-03-13 10:25", sig="graf", sigstyle="short",
  body="""Hallo Herr Dressler,

hier wie gewünscht der Beitrag je Person für die Lohnsteuer (Sachbezug). Die Spalte „Leistungen 2025" bitte ignorieren, die ist versehentlich mit rausgegangen und gehört nicht zu Ihnen – bitte löschen.
""",
  att=[CSV("bKV_Sachbezug_2025.csv", [("Name", "Beitrag mtl. EUR", "Leistungen 2025"), ("Adler, Nina", "29,90", "Zahnreinigung 2x"),
       ("Kocak, Elif", "29,90", "Wurzelbehandlung 36; Brille"), ("Marr, Holger", "29,90", "Brücke 45-47 (Zuschuss)"), ("Tran, Linh", "29,90", "-")])])

M("N", "en", "insurer-to-partner", "trap: Lloyd's broker asks for loss ratio, answer is aggregate",
  frm=ADDR("lambert"), to="Oliver Grant <oliver.grant@harbourline-brokers.example>", subj="RE: Weber Maschinenbau – 5-year loss record", date="2026-03-13 12:00", lang="en",
  body="""Oliver,

5-year loss record of the multinational liability programme (all countries, all occurrences):

2021: 3 claims, EUR 212k | 2022: 1 claim, EUR 48k | 2023: 4 claims, EUR 1.06m | 2024: 2 claims, EUR 130k | 2025: 2 claims, EUR 77k (open)

Average loss ratio 34 %. The 2023 figure is one product-recall case in France.

Claire
""")

M("S", "de", "insurer-to-customer", "PKV-Beitragsbescheinigung: Krankenversicherung mit Versichertennummer, Beiträgen und Steuer-ID",
  frm=ADDR("nguyen"), to="Thomas Reinhold <t.reinhold@reinhold-it.example>", subj="Beitragsbescheinigung 2025 für Ihre Steuererklärung", date="2026-03-13 14:30", sig="nguyen", sigstyle="short",
  body="""Sehr geehrter Herr Reinhold,

die Beitragsbescheinigung 2025 zu Ihrer privaten Krankenversicherung (Versicherungsnummer 30-4519023, Versichertennummer R839204417) haben wir erneut ins Portal gestellt. Die Daten wurden bereits elektronisch an das Finanzamt übermittelt (Steuer-ID 57 204 991 301):

Beiträge Basisabsicherung KV: 6.118,80 EUR
Pflegepflichtversicherung: 612,00 EUR
Beitragsrückerstattung 2025: 1.020,00 EUR
""")

M("N", "de", "internal", "trap: Jour fixe Maklerbetreuung – Namen von Maklern, Umsatzziele, keine Kunden",
  frm=ADDR("falk"), to=[ADDR("reuter"), ADDR("vogel")], subj="Jour fixe Vertrieb KW 11 – Notizen", date="2026-03-16 08:20",
  body="""Moin,

- Hansen Finanz (Bremen): bAV-Umdeckung Kreuzer läuft, Potenzial 3 weitere Firmen
- Holt Versicherungsmakler: Übernahme Bestand Meinke abgeschlossen, Vollmachten komplett
- Mayr Finanzplan: KV-Jahresgespräch am 24.3., Thema Beitragsanpassung
- Zielerreichung Q1 bisher 71 % (Leben 64 %, Sach 80 %)

Nächster JF: 23.3.

Bernd
""")

M("C", "en", "insurer-to-company", "Foreign client: cyber claim of small Dutch sole trader, contact and invoice of forensic firm, no health",
  frm=ADDR("hartmann"), to="Pieter van Leeuwen <pieter@vanleeuwen-design.example>", subj="Cyber claim CY-26-0017 – ransomware, next steps", date="2026-03-16 10:00", lang="en", sig="hartmann", sigstyle="short",
  body="""Dear Mr van Leeuwen,

we confirm cover under your cyber policy CY-DE-2025-0412 (insured: Pieter van Leeuwen, trading as Van Leeuwen Design, Aachen). The forensic firm SecuRescue will start tomorrow; their costs (estimate EUR 7,800) are paid directly by us.

Please do not pay the ransom and keep the encrypted disks. If client data of your customers was accessed, the notification to the data protection authority is due within 72 hours – SecuRescue will help.
""")

M("S", "de", "lawyer", "Anwaltsschreiben im Anhang (PDF octet-stream): Opferanwalt fordert Schmerzensgeld nach Hundebiss, Verletzungen",
  frm=ADDR("oltmanns"), to=ADDR("schreiber"), subj="WG: Scan", date="2026-03-16 11:20",
  body="""Carola, kannst du mal draufschauen? Geht um den Hundehalter-Fall Brehm.
J.
""",
  att=[PDF("Scan_20260316_0912.pdf", [("h", "Rechtsanwälte Kern & Pohl"), "Ihr Versicherungsnehmer: Herr Dirk Brehm, Tierhalterhaftpflicht TH-40-220174",
       "Unsere Mandantin, Frau Emilia Sander (7 Jahre), wurde am 21.02.2026 vom Hund Ihres Versicherungsnehmers in das Gesicht gebissen. Sie erlitt eine Rissquetschwunde an der Wange, die im Kinderkrankenhaus Amsterdamer Straße genäht werden musste; es verbleibt eine Narbe. Das Kind leidet seitdem unter Angstzuständen und ist in kinderpsychologischer Behandlung.",
       "Wir fordern ein Schmerzensgeld von 8.000 EUR."], octet=True)])

M("N", "de", "insurer-to-partner", "trap: Sachverständigenbüro (GmbH) Rechnung mit Firmen-IBAN, ohne Schadendetails",
  frm=ADDR("brenner"), to="Buchhaltung SV Tessmann GmbH <buchhaltung@sv-tessmann.example>", subj="AW: Sammelrechnung Februar – Zahlung", date="2026-03-16 13:45",
  body=f"""Hallo Frau Tessmann,

Ihre Sammelrechnung Februar (27 Gutachten, 14.380,00 EUR netto) ist freigegeben und wird auf das Geschäftskonto der SV Tessmann GmbH, {IB("DE", "120300000012345670")}, überwiesen.

Gruß
Markus Brenner
""")

M("C", "de", "insurer-to-company", "Kfz-Flotte Pflegedienst: Fahrerin mit Bußgeldbescheid (Ordnungswidrigkeit), keine Straftat",
  frm=ADDR("petrovic"), to="Herr Dirks <t.dirks@pflegedienst-sonnenschein.example>", subj="Anhörungsbogen Geschwindigkeitsverstoß HB-PS 118", date="2026-03-16 15:00", sig="petrovic", sigstyle="short",
  body="""Hallo Herr Dirks,

der Anhörungsbogen der Stadt Bremen kam irrtümlich bei uns an (wir sind nur Versicherer, nicht Halter). Es geht um eine Geschwindigkeitsüberschreitung (21 km/h innerorts) am 02.03. mit HB-PS 118; laut Ihrem Fahrtenbuch war das Frau Melanie Krauß. Bitte leiten Sie das selbst weiter, ich schicke den Bogen per Post zurück.
""")

M("S", "en", "insurer-to-partner", "Subsidiary receives list of German employees of a UK client for group life with salaries and DOB, CSV semicolon",
  frm=ADDR("paulsen"), to="Group Risk <grouprisk@versicherer-uk.example>", subj="Kirin Components – German members for the global group life pooling", date="2026-03-17 09:00", lang="en",
  sig="paulsen", sigstyle="short",
  body="""Hi Fiona,

German members for the multinational pooling report. Please keep in the pooling folder only.
""",
  att=[CSV("kirin_de_members_2026.csv", [("member_id", "surname", "first_name", "dob", "gender", "salary_eur", "cover_eur"),
       ("E-1012", "Becker", "Anja", "1977-03-22", "F", "84000", "168000"), ("E-1033", "Schulz", "Tim", "1990-07-07", "M", "61000", "122000"),
       ("E-1047", "Tanaka", "Hiroshi", "1969-05-03", "M", "132000", "264000"), ("E-1060", "Lehmann", "Jana", "1985-11-11", "F", "57500", "115000")])])

M("N", "de", "insurer-to-broker", "trap: Bestätigung Zertifikatsaustausch (S/MIME) mit Makler, kein Inhalt",
  frm=f"Zertifikatsdienst <zertifikat@{V}>", to="Jörg Hansen <j.hansen@hansen-finanz.example>", subj="Ihr Zertifikat wurde registriert", date="2026-03-17 09:30", client="system",
  body="""Guten Tag,

das S/MIME-Zertifikat für j.hansen@hansen-finanz.example (Aussteller: D-Trust Class 2, gültig bis 14.02.2028) wurde registriert. Vertrauliche Nachrichten an Sie werden ab sofort Ende-zu-Ende verschlüsselt.

Diese Nachricht wurde automatisch erstellt.
""")

M("S", "de", "insurer-to-customer", "Berufsunfähigkeit Selbständiger: Einkommensnachweise + Diagnose im Zitat, Antwort nennt nur Unterlagen",
  frm=ADDR("kaya"), to="Andreas Wiebe <a.wiebe@posteo.example>", subj="AW: Umorganisation Betrieb – was brauchen Sie noch?", date="2026-03-17 11:00", client="thunderbird",
  body="""Hallo Herr Wiebe,

die Gewinnermittlungen 2022–2024 reichen; für 2025 genügt die vorläufige BWA.

Viele Grüße
Deniz Kaya
""",
  quote=Q("""Am 16.03.2026 um 20:14 schrieb Andreas Wiebe:
> Hallo Frau Kaya,
> wegen der Kniegeschichte kann ich ja nicht mehr aufs Dach, der Geselle macht das jetzt. Brauchen Sie die Steuerbescheide? Gewinn 2024 war 61.300.
> Gruß Wiebe""", prefix=""))

M("C", "de", "insurer-to-authority", "Auskunft an Kfz-Zulassungsstelle: Versicherungsschutz beendet, Halter mit Geburtsdatum",
  frm=f"Kfz-Meldeservice <noreply-kfz@{V}>", to="Zulassungsstelle Kreis Unna <zulassung@kreis-unna.example>", subj="Anzeige nach § 25 FZV – Versicherungsschutz beendet", date="2026-03-17 06:05",
  client="system", mailer="GDV-Meldeverfahren 2.1",
  body="""Anzeige über das Nichtbestehen der Haftpflichtversicherung (§ 25 Abs. 1 FZV)

Halter: Ahmet Korkmaz, geb. 05.07.1994, Bahnhofstr. 8, 59423 Unna
Kennzeichen: UN-AK 794
FIN: WVWZZZ1KZ8W112233
Versicherungsschein: KH-4471-08890
Versicherungsschutz beendet am: 16.03.2026 (Nichtzahlung Erstbeitrag)
""")

M("N", "en", "newsletter", "trap: HR newsletter about group income protection market trends, mental health mentioned generally",
  frm=f"Versicherer Corporate Benefits <newsletter@{V}>", to="hr-clients@verteiler.versicherer.example", subj="Corporate Benefits Insight – Q1 2026", date="2026-03-17 12:00",
  lang="en", client="system",
  body="""Corporate Benefits Insight – Q1 2026

Mental health is now the leading cause of new group income protection claims across Europe (38 % in our portfolio). Early intervention works: where our rehabilitation team was involved within 8 weeks, 62 % of employees returned to work within a year.

New: manager training "Talking about health at work" – 2 hours, free for clients with more than 50 insured employees.

Unsubscribe: https://www.versicherer.example/en/newsletter
""")

M("N", "de", "insurer-to-customer", "trap: Firmenkunde fragt nach Gesundheitstag-Angebot; Antwort Produktinfo, kein Vertrag/keine Person",
  frm=ADDR("graf"), to="Geschäftsführung Druckerei Holtkamp <info@holtkamp-druck.example>", subj="AW: Gesundheitstag für unsere Belegschaft?", date="2026-03-18 08:45", sig="graf",
  body="""Sehr geehrter Herr Holtkamp,

gerne! Im Rahmen einer bKV organisieren wir einmal jährlich einen Gesundheitstag im Betrieb: Hautscreening, Rückencheck, Ernährungsberatung, Blutdruck- und Blutzuckermessung. Die Ergebnisse erhalten nur die Teilnehmenden selbst.

Für einen Betrieb Ihrer Größe (ca. 45 Beschäftigte) liegt die bKV ab 19,90 EUR pro Person und Monat. Darf ich Ihnen ein unverbindliches Angebot machen?

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-court", "Betreuungsgericht: Auskunft über Rentenversicherung einer Betreuten mit Geburtsdatum und Rentenhöhe",
  frm=ADDR("stanek"), to="Amtsgericht Düren – Betreuungsgericht <betreuung@ag-dueren.example>", subj="XVII 311/25 – Betreuungssache Frau Elfriede Marx", date="2026-03-18 10:15",
  sig="stanek",
  body="""Sehr geehrte Damen und Herren,

auf Anfrage der Betreuerin, Frau Rechtsanwältin Kohl, teilen wir mit, dass Frau Elfriede Marx, geb. 30.01.1935, bei uns eine Rentenversicherung (50-0881220) mit laufender Rente von 318,40 EUR monatlich unterhält. Die Rente wird auf das Betreuungskonto gezahlt.

Die von der Betreuerin beantragte Kapitalabfindung ist nach den Vertragsbedingungen nicht möglich.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-broker", "Makler erhält Schadenübersicht Wohngebäude Mehrfamilienhaus einer Eigentümerin (Privatperson), XLSX",
  frm=ADDR("demir"), to="Makler Özdemir <kontakt@oezdemir-versicherungen.example>", subj="Schadenverlauf MFH Frau Reuber für Ihr Sanierungsgespräch", date="2026-03-18 11:30", sig="demir", sigstyle="short",
  body="""Hallo Herr Özdemir,

anbei der Schadenverlauf des Mehrfamilienhauses Ihrer Kundin (Eigentümerin Frau Gisela Reuber) seit 2019.
""",
  att=[XLSX("Schadenverlauf_WG-88-3301876.xlsx", {"Schäden": [("Datum", "Ursache", "Wohnung", "Aufwand EUR"), ("2019-11-02", "Sturm Dach", "-", 3400), ("2022-02-18", "Leitungswasser", "EG links", 8900),
       ("2024-06-30", "Leitungswasser", "1. OG rechts", 12100), ("2025-12-03", "Rohrbruch Steigleitung", "alle", 21700)],
       "Objekt": [("Feld", "Wert"), ("Vertrag", "WG-88-3301876"), ("VN", "Gisela Reuber"), ("Objekt", "Kölner Str. 140, 42651 Solingen"), ("Baujahr", 1962)]})])

M("N", "en", "internal", "trap: anonymised data-protection incident report, no persons identifiable",
  frm=ADDR("meier"), to="Management Board <board-office@versicherer.example>", subj="Data protection incidents Q4 2025 – summary", date="2026-03-18 14:00", lang="en", sig="meier", sigstyle="short",
  body="""Dear Board members,

summary of data protection incidents in Q4 2025:

- 11 misdirected e-mails (7 with contract data, 4 with health data); all recipients confirmed deletion; 2 notified to the supervisory authority.
- 1 lost laptop (encrypted, no notification required).
- 3 letters sent to old addresses.

Measures: the new mail gateway classification goes live in Q2; misdirected mails with health data should then be prevented by encryption.
""")

M("S", "de", "insurer-to-company", "GU: Arbeitgeber fragt nach Leistungsstand; Antwort nennt Krankenhausaufenthalt und Reha eines Mitarbeiters",
  frm=ADDR("albrecht"), to="Personalabteilung Heinemann Bau <personal@heinemann-bau.example>", subj="AW: Sachstand Herr Nowak", date="2026-03-18 15:30", sig="albrecht", sigstyle="short",
  body="""Hallo Frau Claßen,

kurzer Sachstand, soweit Herr Nowak uns erlaubt hat, Sie zu informieren: Krankenhaustagegeld für 6 Tage ist gezahlt, die Reha in Bad Wildbad beginnt am 23.3. Über eine Invaliditätsleistung entscheiden wir frühestens nach Abschluss der Heilbehandlung.
""")

M("C", "en", "insurer-to-customer", "English: contents claim of foreign student, passport copy mention, bank account in NL",
  frm=ADDR("demir"), to="Sanne de Vries <sanne.devries@student-mail.example>", subj="Your claim HR-26-01192 – burglary, payment", date="2026-03-19 09:10", lang="en", sig="demir", sigstyle="short",
  body=f"""Dear Ms de Vries,

for the burglary at your flat (Zülpicher Str. 201, Cologne) on 2 March we pay EUR 1,845.00 (laptop, bicycle, jewellery, less the EUR 150 deductible) to your Dutch account {IB("NL", "INGB0001234567", group=4)}. Your policy: HR-55-431190.

Kind regards
""")

M("N", "de", "insurer-to-supplier", "trap: Bestellung Blutdruckmessgeräte für Gesundheitstag, Stückzahlen",
  frm=ADDR("krueger"), to="Vertrieb <vertrieb@medsafe-betriebsbedarf.example>", subj="Bestellung 4500019702 – Messgeräte Gesundheitstag", date="2026-03-19 10:00",
  body="""Guten Tag,

gemäß Angebot AN-26-0412 bestellen wir:
- 6 Oberarm-Blutdruckmessgeräte (validiert, mit Manschette M/L) à 64,90 EUR
- 2 Blutzuckermessgeräte inkl. 200 Teststreifen und Lanzetten à 119,00 EUR
- 1 Karton Einmalhandschuhe Nitril Gr. M

Lieferung bis 10.04. an die Druckerei Holtkamp GmbH (Gesundheitstag unseres Kunden), Industriestr. 4, 33330 Gütersloh.

Stefan Krüger
""")

M("S", "en", "insurer-to-customer", "English: BU claim of UK national living in Germany, acceptance letter mentions long COVID / ME/CFS",
  frm=ADDR("kaya"), to="Rachel Moore <rachel.moore@moore-home.example>", subj="Your disability claim – policy 61-2399018", date="2026-03-19 11:40", lang="en", sig="kaya",
  body="""Dear Ms Moore,

we are pleased to tell you that we accept your claim for disability benefits. The reports of the post-COVID outpatient clinic at the University Hospital Cologne confirm that, because of chronic fatigue (ME/CFS, G93.3) following the infection in 2024, you have been unable to work as a secondary school teacher to at least 50 % since 1 September 2025.

You will receive a monthly benefit of EUR 1,400 from 1 September 2025; the back payment of EUR 9,800 will reach your account next week.

Yours sincerely
""")

M("N", "de", "internal", "trap: Kollegin 'ist diese Woche nicht da' ohne Grund, Vertretungsregel",
  frm=ADDR("schuster"), to="Team Firmenkunden Haftpflicht <fk-haftpflicht@versicherer.example>", subj="Vertretung diese Woche", date="2026-03-23 07:55",
  body="""Guten Morgen,

Frau Lessing ist diese Woche nicht im Haus. Ihre Vorgänge A–K übernimmt Herr Ott, L–Z Frau Bruns. Dringende Deckungsanfragen bitte direkt an mich.

Danke
Georg
""")

M("C", "de", "insurer-to-broker", "Miniflotte eines Einzelunternehmers: Kennzeichen und Fahrer (auch Ehefrau) an Makler",
  frm=ADDR("petrovic"), to="Tobias Rein <rein@rein-makler.example>", subj="Miniflotte Kowalke Trockenbau – Angebot", date="2026-03-23 09:20", sig="petrovic", sigstyle="short",
  body="""Hallo Herr Rein,

für die drei Fahrzeuge von Herrn Kowalke (Einzelunternehmen) können wir die Miniflotte ab 3 Fahrzeugen anbieten:

BI-DK 101  VW Crafter   Fahrer: Dennis Kowalke (Inhaber), Nico Brandt
BI-DK 102  VW Caddy     Fahrer: Sergej Wolf
BI-DK 103  Skoda Octavia (privat genutzt)  Fahrerin: Katja Kowalke

Gesamtbeitrag KH/VK 3.912 EUR statt bisher 4.480 EUR einzeln.
""")

M("S", "de", "hospital", "Klinik-Mail weitergeleitet mit Entlassbericht-Auszug, Privatpatient bKV Stationär-Baustein",
  frm=ADDR("brandt"), to=ADDR("graf"), subj="WG: Kostenübernahme stat. Aufenthalt – bKV Mitglied", date="2026-03-23 10:45",
  body="""Carina, ist bKV-Baustein Stationär (Zweibettzimmer) – bitte prüfen, ob der Baustein bei Seeblick mitversichert ist.
Gerrit
""",
  quote=FW("Patientenaufnahme Klinikum Traunstein <aufnahme@klinikum-traunstein.example>", "20.03.2026", "stationaer@versicherer.example", "Kostenübernahme stat. Aufenthalt",
           """Sehr geehrte Damen und Herren,

Herr Lukas Moser, geb. 08.08.1989, Versichertennummer BKV-7702-0031, wurde am 19.03.2026 mit akuter Pankreatitis aufgenommen. Voraussichtliche Verweildauer 6–8 Tage. Der Patient wünscht Unterbringung im Zweibettzimmer. Wir bitten um Kostenübernahmeerklärung.

Mit freundlichen Grüßen
Patientenaufnahme"""))

M("N", "de", "insurer-to-broker", "trap: Antwort auf Maklerbeschwerde über Bearbeitungszeiten, aggregierte Zahlen",
  frm=ADDR("lorenz"), to="Sebastian Mayr <mayr@mayr-finanzplan.example>", subj="AW: Bearbeitungszeiten Leistung Kranken",
  att=[CSV("bearbeitungszeiten_kv_2026.csv", [("Monat", "Arztrechnungen_AT", "Krankenhaus_AT"), ("2026-01", "5,1", "4,9"), ("2026-02", "9,2", "6,1"), ("2026-03", "4,8", "4,2")])], date="2026-03-23 13:10", sig="lorenz", sigstyle="short",
  body="""Sehr geehrter Herr Mayr,

Sie haben Recht, im Februar waren wir zu langsam. Die durchschnittliche Bearbeitungszeit für Arztrechnungen lag bei 9,2 Arbeitstagen (Ziel: 5), bei Krankenhausrechnungen bei 6,1. Ursache war die Umstellung des Scan-Dienstleisters. Seit KW 11 liegen wir wieder bei 4,8 Tagen.
""")

M("C", "en", "insurer-to-partner", "English fleet recourse: named foreign driver and his employer, licence number, property damage only",
  frm=ADDR("brenner"), to="Recoveries <recoveries@verzekeraar-nl.example>", subj="Recourse – damage to our insured's truck, your insured vehicle 86-BLK-3", date="2026-03-23 15:00", lang="en", sig="brenner", sigstyle="short",
  body="""Dear Sanne,

your insured vehicle 86-BLK-3 (Van Dijk Transport B.V.), driven by Mr. Johannes Mulder (Dutch licence no. 5301447812), reversed into our insured's truck at the Venlo logistics park on 11 March. Repair costs EUR 7,412.60; invoice attached separately via our portal. No injuries.

Please confirm liability.
""")

M("S", "de", "insurer-to-customer", "Pflegeheim-Abrechnung Pflegetagegeld, Tochter als Bevollmächtigte; Pflegegrad im Anhang-Tabelle (ODS)",
  frm=ADDR("yilmaz"), to="Annette Ammann <annette.ammann@t-online.example>", subj="Abrechnung Pflegetagegeld Ihrer Mutter – 1. Quartal", date="2026-03-24 09:00", sig="yilmaz", sigstyle="short",
  body="""Sehr geehrte Frau Ammann,

anbei die Abrechnung für das erste Quartal 2026. Die Zahlung geht wie gewohnt auf das Konto Ihrer Mutter.
""",
  att=[ODS("Pflegetagegeld_Q1_2026.ods", {"Abrechnung": [("Monat", "Pflegegrad", "Tage", "Satz EUR", "Betrag EUR"), ("Januar", 5, 31, 50, 1550), ("Februar", 5, 28, 50, 1400), ("März", 5, 31, 50, 1550)],
       "Vertrag": [("Feld", "Wert"), ("Versicherte", "Hildegard Ammann"), ("Vertrag", "PT-80-2209114"), ("Einrichtung", "Haus St. Anna, Trier")]})])

M("N", "en", "insurer-to-partner", "trap: pool meeting minutes discussing health-data handling rules, no cases",
  frm=ADDR("holm"), to="Pool Secretariat <secretariat@pharma-pool.example>", subj="Minutes – pool technical committee 20 March", date="2026-03-24 11:00", lang="en", sig="holm", sigstyle="short",
  body="""Dear all,

draft minutes:

1. Clinical trials cover: members agreed that claims files of trial participants (health data) remain with the leading insurer; the pool receives only claim number, country, reserve and paid amounts.
2. Large-loss threshold stays at EUR 1m.
3. New member application (Nordic mutual) – decision postponed to June.

Corrections by 3 April please.
""")

M("C", "de", "system", "HTML-only-Systemmail: Postrückläufer mit Namen, Anschriften und Vertragsnummern (Sach/Kfz)",
  frm=f"Output-Management <noreply-output@{V}>", to=ADDR("kowalski"), subj="Postrückläufer KW 12 – Adressklärung erforderlich (7)", date="2026-03-24 05:40", client="system",
  html="""<html><body style="font-family:Courier New,monospace;font-size:9pt">
<p>Postrückläufer KW 12 (Sparten Sach/HUK), Adressermittlung erforderlich:</p>
""" + table_html([("Vertrag", "Empfänger", "Anschrift", "Grund"), ("HR-55-300112", "Brigitte Lück", "Am Markt 1, 37073 Göttingen", "unbekannt verzogen"),
                  ("PH-20-144009", "Dennis Schramm", "Ringstr. 44a, 06108 Halle", "Annahme verweigert"), ("KH-4471-13902", "Olga Petrenko", "Bergstr. 2, 69120 Heidelberg", "Adresse unzureichend"),
                  ("WG-88-4410023", "Fam. Herbst", "Zum Anger 3, 99084 Erfurt", "Empfänger verstorben"), ("HR-55-298830", "Jürgen Paffrath", "Hauptstr. 12, 53111 Bonn", "unbekannt verzogen"),
                  ("KH-4471-10441", "Sabine Okoye", "Leipziger Str. 9, 10117 Berlin", "Annahme verweigert"), ("PH-20-150331", "M. Dreesen", "Wallstr. 15, 40213 Düsseldorf", "Adresse unzureichend")]) + """
<p>Automatisch erzeugt.</p>
</body></html>
""")

M("S", "de", "insurer-to-broker", "Makler: Pflege-Zusatzantrag abgelehnt wegen Parkinson, kurz",
  frm=ADDR("nguyen"), to="Sabrina Holt <s.holt@holt-versicherungsmakler.example>", subj="Antrag Pflegetagegeld Herr Janssen", date="2026-03-24 13:20", sig="nguyen", sigstyle="short",
  body="""Hallo Frau Holt,

den Pflegetagegeld-Antrag für Herrn Hauke Janssen müssen wir ablehnen: bei bestehender Parkinson-Erkrankung ist eine Annahme nicht möglich. Schriftliche Ablehnung geht an den Kunden.
""")

M("N", "de", "insurer-to-broker", "trap: Maklerinfo Flottentarif 2027 mit Rechenbeispiel, keine Kunden",
  frm=ADDR("petrovic"), to="Maklerverteiler Nord <makler-nord@verteiler.versicherer.example>", subj="Flottentarif 2027 – was sich ändert", date="2026-03-25 08:30", sig="petrovic",
  body="""Liebe Partner,

ab 1.1.2027 gilt:
- Flottenrabatt ab 3 statt 5 Fahrzeugen
- Telematik-Bonus bis 15 % bei Nachweis von Fahrerschulungen
- Schadenfreiheitsrabatt je Flotte statt je Fahrzeug (ab 10 Fahrzeugen)

Beispiel: Flotte mit 8 Transportern, Regionalklasse 7, Schadenquote 55 % → Beitrag ca. 9.400 EUR statt 10.900 EUR.

Mit freundlichen Grüßen
""")

M("S", "en", "company", "Forwarded mail from client HR (English): employee's sick note and return-to-work plan for group income protection",
  frm=ADDR("stanek"), to=ADDR("kaya"), subj="FW: Daniel Reyes – return to work plan", date="2026-03-25 09:45", lang="en",
  body="""Deniz, for the GIP file (rehab). Can you call Mr Reyes this week?
Oliver
""",
  quote=FW("Grace Okonkwo <g.okonkwo@lumen-analytics.example>", "24 March 2026 18:03", "Oliver Stanek", "Daniel Reyes – return to work plan",
           """Hi Oliver,

Daniel's psychiatrist has signed him off until 12 April and suggests a graded return from 13 April: 3 days/week, 4 hours, no client-facing work for the first month. We can accommodate this. He asked me to tell you he is happy for us to share this.

Grace""", lang="en"))

M("N", "de", "internal", "trap: Abteilungs-Kennzahlen BU-Leistung: Bearbeitungszeit, Anerkennungsquote, aggregiert",
  frm=ADDR("kaya"), to=ADDR("stanek"), subj="Kennzahlen BU-Leistung März",
  att=[XLSX("Kennzahlen_BU_2026-03.xlsx", {"Bestand": [("Kennzahl", "Wert"), ("offene Anträge", 418), ("Median Monate", 4.2), ("Anerkennungsquote", "78 %"), ("Gutachten in Auftrag", 63)],
       "Ursachen": [("Ursache", "Anteil Neuanträge"), ("psychisch", "41 %"), ("Muskel-Skelett", "23 %"), ("Krebs", "14 %"), ("sonstige", "22 %")]}, author="Deniz Kaya")], date="2026-03-25 11:00",
  body="""Oliver,

Stand 24.3.:
- offene Leistungsanträge: 418 (Vormonat 431)
- Bearbeitungsdauer Median bis Entscheidung: 4,2 Monate
- Anerkennungsquote 2026 YTD: 78 %
- Anteil psychische Erkrankungen an Neuanträgen: 41 %
- Gutachten in Auftrag: 63

Deniz
""")

M("C", "de", "insurer-to-customer", "Hausverwaltung (GmbH) mit Mieter-Namen im Leitungswasserschaden Mehrfamilienhaus",
  frm=ADDR("demir"), to="Hausverwaltung Reimers <verwaltung@reimers-hv.example>", subj="LW-Schaden Mühlenstraße 44 – Zugang zu den Wohnungen", date="2026-03-25 13:30", sig="demir", sigstyle="short",
  body="""Sehr geehrte Damen und Herren,

für die Leckortung braucht der Techniker am 30.3. Zugang zu den Wohnungen 2. OG links (Frau Sophie Arnold) und 1. OG links (Herr und Frau Kraske). Bitte informieren Sie die Mieter. Schaden WG-26-01774, Vertrag WG-88-6011320.
""")

M("N", "en", "insurer-to-partner", "trap: TPA service level report, counts only",
  frm=ADDR("whitfield"), to="Service Management <sm@claimsbridge-tpa.example>", subj="SLA report February – international health",
  att=[CSV("sla_2026-02.csv", [("kpi", "value", "target"), ("claims_received", "4811", ""), ("settled_5d", "91.2%", "90%"), ("preauth_median_h", "3.1", "4")], sep=",")], date="2026-03-25 15:00", lang="en",
  body="""Hi Tomasz,

February SLA:
Claims received 4,811 | settled within 5 days 91.2 % (target 90 %) | rejected for missing documents 4.4 % | complaints 6
Pre-authorisations: 212, median response 3.1 hours (target 4).

Good month – thanks to the team.

Emma
""")

M("S", "de", "insurer-to-customer", "Einwilligung vorhanden: Kunde wünscht TLS-Versand, trotzdem Inhalt mit Heil- und Kostenplan Zahn (Body)",
  frm=ADDR("wendland"), to="Jörg Maaß <joerg.maass@maass-web.example>", subj="Ihr Heil- und Kostenplan Implantat – Erstattungszusage", date="2026-03-26 09:00", sig="wendland",
  body="""Sehr geehrter Herr Maaß,

wie von Ihnen mit Ihrer Einwilligung zum unverschlüsselten Versand gewünscht, hier unsere Zusage vorab per E-Mail:

Für das geplante Implantat in Regio 46 mit Knochenaufbau (Heil- und Kostenplan Dr. Lenz vom 12.03.2026, 4.380,00 EUR) erstatten wir aus Ihrem Zahntarif ZE80 80 %, höchstens 3.504,00 EUR. Die Zahnstaffel ist im dritten Versicherungsjahr bereits überschritten.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-broker", "Maklervergütung Untervermittler: Provisionsabrechnung mit Einkommen eines Tippgebers (natürliche Person) und Steuer-ID",
  frm=ADDR("becker"), to="Jörg Hansen <j.hansen@hansen-finanz.example>", subj="Tippgeberprovision 2025 – Meldung nach § 22 EStG", date="2026-03-26 10:30", sig="becker", sigstyle="short",
  body="""Hallo Herr Hansen,

für Ihren Tippgeber Herrn Norbert Claasen (Steuer-ID 81327409665) haben wir für 2025 Provisionen von 2.140 EUR ausgezahlt. Da er kein Gewerbe angemeldet hat, melden wir den Betrag als sonstige Einkünfte. Bitte informieren Sie ihn.
""")

M("N", "de", "insurer-to-customer", "trap: Einladung Kundenbeirat an Firmenkunden-Personalleiterin, keine Vertragsdaten",
  frm=ADDR("graf"), to="Jana Pohl <jana.pohl@hotel-seeblick-group.example>", subj="Einladung in unseren Firmenkundenbeirat bKV", date="2026-03-26 12:15", sig="graf", sigstyle="short",
  body="""Liebe Frau Pohl,

wir gründen einen Beirat aus Personalverantwortlichen, die bKV-Erfahrung haben. Zweimal im Jahr, halbtägig in Köln, Reisekosten übernehmen wir. Hätten Sie Lust? Ich freue mich auf Ihre Antwort.
""")

M("S", "en", "insurer-to-partner", "Reinsurer requests file: facultative BU claim with psychiatrist report summary attached as DOCX",
  frm=ADDR("kaya"), to="Life Claims <life.claims@rueck-re.example>", subj="Fac claim BU-6133408 – file summary", date="2026-03-26 14:00", lang="en", sig="kaya", sigstyle="short",
  body="""Dear Paul,

as requested, the claim summary for the facultative case. Original reports stay with us and can be inspected during the audit.
""",
  att=[DOCX("BU-6133408_claim_summary.docx", [("h", "Claim summary BU-6133408"), "Insured: Ömer Aydın, born 27 January 1975, logistics team leader",
      "Diagnosis: lumbar disc herniation L4/5 (M51.1) with radiculopathy; second surgery in October 2025; chronic pain syndrome.",
      "Assessment: orthopaedic report Dr. Sommer 11/2025 – unable to lift > 5 kg, no prolonged standing; occupation requires 60 % warehouse work. Claim accepted from 1 Dec 2025.",
      ("t", [("Item", "Amount"), ("Annual benefit", "EUR 18,000"), ("Ceded share", "50 %")])], author="Deniz Kaya")])

M("N", "de", "insurer-to-supplier", "trap: IT-Dienstleister Vertrag: AV-Vertrag mit Datenkategorien, keine Daten",
  frm=ADDR("krueger"), to="Vertrieb <sales@docscan-services.example>", subj="AV-Vertrag Scan-Dienstleistung – Anlage Datenkategorien", date="2026-03-27 09:00",
  body="""Guten Tag Herr Petersen,

für den Auftragsverarbeitungsvertrag bitte folgende Datenkategorien in Anlage 1 aufnehmen:
- Stammdaten von Versicherungsnehmern und versicherten Personen
- Vertragsdaten (Versicherungsnummer, Tarif)
- Gesundheitsdaten aus Arzt- und Krankenhausrechnungen (Art. 9 DSGVO)
- Bankverbindungen

Technische Maßnahmen gemäß Anlage 2 (ISO 27001-Zertifikat bitte beifügen).

Stefan Krüger
Einkauf
""")

M("C", "de", "insurer-to-customer", "Gewerbliche Gebäudeversicherung: Landwirtin (Privatperson) mit Objektanschrift, Vertragsnummer, Sicherheitsauflagen",
  frm=ADDR("hartmann"), to="Brigitte Harms <harms-hof@agrar-mail.example>", subj="Risikobesichtigung Hof Harms – Auflagen Blitzschutz", date="2026-03-27 10:40", sig="hartmann",
  body="""Sehr geehrte Frau Harms,

nach der Besichtigung Ihres Hofes (Osterfeld 3, 27404 Zeven) am 19. März bitten wir um folgende Maßnahmen bis 30.09.2026:

1. Blitzschutzanlage der Maschinenhalle prüfen lassen (letzte Prüfung 2017)
2. Heuballen mindestens 10 m von der Halle entfernt lagern
3. Elektrothermografie der Stallverteilung (E-Check)

Bei Umsetzung bleibt der Beitrag zum Vertrag LG-09-5502117 unverändert.

Mit freundlichen Grüßen
""")

M("S", "de", "internal", "Interne Weiterleitung zwischen Abteilungen: Leistungsakte Unfall mit Verdacht auf Alkohol am Steuer (Straftat + Verletzung)",
  frm=ADDR("albrecht"), to=ADDR("schreiber"), subj="Unfall 26-U-01022 – Alkohol? Leistungsausschluss prüfen", date="2026-03-27 13:00", sig="albrecht", sigstyle="name",
  body="""Carola,

im Fall Herr Marcel Jost (Unfallversicherung 40-2217731): Laut Ermittlungsakte lag die BAK bei 1,6 Promille, Strafbefehl wegen § 316 StGB ist ergangen. Verletzungen: Milzruptur, Rippenserienfraktur. Greift der Ausschluss für Bewusstseinsstörungen durch Trunkenheit? Ich würde gerne ablehnen, brauche aber deine Einschätzung.

Miriam
""")

M("N", "de", "insurer-to-broker", "trap: ZIP mit Produktunterlagen Gewerbe (PDF + XLSX Tarifrechner), keine Kunden",
  frm=ADDR("hartmann"), to="Tobias Rein <rein@rein-makler.example>", subj="Unterlagen Gewerbeversicherung Handwerk 2026", date="2026-03-30 08:30", sig="hartmann", sigstyle="short",
  body="""Hallo Herr Rein,

wie besprochen alle Unterlagen in einem Paket: Bedingungen, Produktinformationsblatt und der Excel-Beitragsrechner.
""",
  att=[ZIP("Gewerbe_Handwerk_2026.zip", [PDF("Produktinformationsblatt_Handwerk.pdf", [("h", "Produktinformationsblatt Gewerbeversicherung Handwerk"), "Versichert sind Betriebseinrichtung, Vorräte und Betriebsunterbrechung gegen Feuer, Einbruchdiebstahl, Leitungswasser, Sturm/Hagel.", "Nicht versichert: Schäden durch Krieg, Kernenergie, Vorsatz."]),
       XLSX("Beitragsrechner_Handwerk.xlsx", {"Rechner": [("Gewerk", "Summe EUR", "Promille", "Beitrag EUR"), ("Tischlerei", 100000, 2.8, 280), ("Elektro", 100000, 1.6, 160), ("Maler", 100000, 1.2, 120)],
                                              "Zuschläge": [("Merkmal", "Zuschlag"), ("Holzstaub-Absaugung fehlt", "25 %"), ("Werkstatt im Wohnhaus", "10 %")]})])])

M("C", "en", "insurer-to-customer", "English: legal expenses (tenancy) for expat, landlord named, rent and income figures",
  frm=ADDR("lindqvist"), to="Brian Caldwell <brian.caldwell@caldwell-family.example>", subj="Legal expenses – dispute with your landlord (RS-26-01188)", date="2026-03-30 10:00", lang="en", sig="lindqvist", sigstyle="short",
  body="""Dear Mr Caldwell,

we confirm cover for the dispute with your landlord, Mr. Ferdinand Haupt, about the rent increase (from EUR 2,150 to EUR 2,480 per month). The landlord argues the increase is justified by your household income (EUR 11,000 net per month as stated in your rental application) – that is legally irrelevant for the rent cap, so your lawyer should contest it.
""")

M("S", "de", "insurer-to-company", "Gruppenunfall: Beitragsanpassung mit Liste der Versicherten und Vermerk 'Leistungsfall laufend' zu zwei Personen (XLSX)",
  frm=ADDR("ziegler"), to="HR Service <hr-service@kaltenbach-werkzeug.example>", subj="GU-Vertrag 40-601277 – Versichertenliste zur Jahreshauptfälligkeit", date="2026-03-30 11:20", sig="ziegler", sigstyle="short",
  body="""Sehr geehrte Frau Ruppert,

anbei die Liste zur Hauptfälligkeit mit Bitte um Abgleich bis 15.04.
""",
  att=[XLSX("GU_40-601277_Versicherte_2026.xlsx", {
      "Versicherte": [("Name", "Vorname", "geb.", "Gefahrengruppe", "Summe Invalidität", "Vermerk"), ("Stegmann", "Lars", "2001-03-03", "B", 150000, ""),
                      ("Wu", "Mei", "1995-10-21", "A", 150000, ""), ("Hadžić", "Amir", "1988-06-14", "B", 150000, "Leistungsfall laufend (Unfall 11/2025)"),
                      ("Kaltenbach", "Ute", "1966-09-09", "A", 300000, ""), ("Rohde", "Finn", "1999-01-25", "B", 150000, "Leistungsfall laufend")],
      "Beitrag": [("Gefahrengruppe", "Personen", "Beitrag EUR"), ("A", 22, 2310.00), ("B", 41, 6478.00)]}, author="Ralf Ziegler")])

M("N", "de", "insurer-to-partner", "trap: Anfrage an Gutachterverband zu Qualitätsstandards, keine Fälle",
  frm=ADDR("brenner"), to="Bundesverband Kfz-Sachverständige <info@bvk-sv.example>", subj="Qualitätsstandards Restwertermittlung", date="2026-03-30 13:00", sig="brenner",
  body="""Sehr geehrte Damen und Herren,

wir überarbeiten unsere Anforderungen an Haftpflicht-Gutachten. Gibt es eine Empfehlung Ihres Verbandes, wie viele Restwertangebote (regional/überregional) ein Gutachten mindestens enthalten soll, und wie mit Online-Restwertbörsen umzugehen ist?

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-broker", "Makler: Gewerbe-Haftpflicht Schadenfall Kundenwohnung, Geschädigter Mieter namentlich, Sachschaden, Kontoverbindung",
  frm=ADDR("schuster"), to="Sabrina Holt <s.holt@holt-versicherungsmakler.example>", subj="Schaden BH-26-00318 Ihres Kunden Elektro Janssen – Zahlung an Geschädigten",
  att=[ZIP("BH-26-00318_Belege.zip", [PDF("Rechnung_Elektrohandel.pdf", [("h", "Rechnung Nr. 88120"), "Kunde: Wilko Ahrends, Hauptstr. 51, 26529 Upgant-Schott", ("t", [("Artikel", "EUR"), ("Waschmaschine", "749,00"), ("Kühlschrank", "1.569,00")])]),
       TXT("Schadenbericht.txt", "Kurzschluss in der Küche nach Austausch der Steckdosen durch Elektro Janssen am 12.03.2026. Waschmaschine und Kühlschrank defekt. Keine Personen verletzt.\n")])], date="2026-03-30 15:20", sig="schuster", sigstyle="short",
  body=f"""Hallo Frau Holt,

für den Kurzschlussschaden in der Wohnung von Herrn Wilko Ahrends (Upgant-Schott), verursacht durch Ihren Kunden Elektro Janssen (Inh. Hauke Janssen), zahlen wir dem Geschädigten 2.318,00 EUR (Waschmaschine, Kühlschrank) auf {IB("DE", "283500000142001337", group=4).lower()}.

Verletzt wurde niemand.
""")

M("S", "en", "insurer-to-partner", "Reinsurer: medical underwriting file summary for jumbo case, HIV status and viral load",
  frm=ADDR("hasselbach"), to="Medical Underwriting <med.uw@rueck-re.example>", subj="Fac request 7716022 – additional information", date="2026-03-31 09:10", lang="en", sig="hasselbach", sigstyle="short",
  body="""Dear Dr. Cardoso,

additional information on applicant no. 7716022 (male, born 1981, sum assured EUR 1.8m): HIV-positive since 2014, on antiretroviral therapy since diagnosis, viral load undetectable for > 5 years, CD4 count 780. No other conditions. Our proposal: standard rates under the new HIV guidelines.
""")

M("N", "en", "internal", "trap: English team announcement of new colleague in international health",
  frm=ADDR("whitfield"), to="International Health Services <ihs-team@versicherer.example>", subj="Welcome Aditi!", date="2026-03-31 09:30", lang="en",
  body="""Hi team,

please welcome Aditi Sharma, who joins us today as a claims analyst for the Asia-Pacific plans. Aditi previously worked for a TPA in Singapore and speaks English, Hindi and some German. She will sit next to Jonas – please help her settle in.

Emma
""")

M("C", "de", "insurer-to-customer", "Einzelfirma Dachdecker: Bauleistungsversicherung mit Steuernummer und Umsatz",
  frm=ADDR("hartmann"), to="Dachdeckerei Wiebe <info@dachdeckerei-wiebe.example>", subj="Jahresumsatzmeldung Bauleistung 2025", date="2026-03-31 11:00", sig="hartmann", sigstyle="short",
  body="""Sehr geehrter Herr Wiebe,

danke für die Umsatzmeldung (2025: 612.400 EUR Bauumsatz, Steuernummer 5133/0412/2271). Die Endabrechnung zur Bauleistungsversicherung TV-BL-22-0981 ergibt eine Nachzahlung von 184,20 EUR.
""")

M("S", "de", "insurer-to-broker", "Antragsstatus-Liste an Makler als Tabelle (Text- und HTML-Teil) mit fehlenden Gesundheitsunterlagen je Kunde",
  frm=ADDR("schulte"), to="Jörg Hansen <j.hansen@hansen-finanz.example>", subj="Offene BU-Anträge – Stand 31.03.", date="2026-03-31 13:30", sig="schulte", sigstyle="short", html=True,
  tables={"a": ([("Antrag", "Kunde", "Status", "fehlt"), ("7714901", "Hoppe, Leon", "Rückfrage", "Therapiebericht Verhaltenstherapie"),
                 ("7715120", "Behrens, Tim", "Rückfrage", "Befund Schulter-MRT"), ("7715388", "Lukić, Dragan", "policiert", "-")], "pipe")},
  body="""Hallo Herr Hansen,

Ihre offenen BU-Anträge:

[[a]]

Gruß
""")

M("N", "de", "internal", "trap: Abfrage Betriebsrat: Anzahl Beschäftigte mit bAV je Standort, aggregiert",
  frm=ADDR("paulsen"), to="Betriebsrat <betriebsrat@versicherer.example>", subj="Eigene bAV der Mitarbeitenden – Beteiligungsquote", date="2026-03-31 15:00",
  body="""Liebe Kolleginnen und Kollegen,

die Beteiligung an der eigenen Entgeltumwandlung lag Ende 2025 bei 71 % (Köln 74 %, Hamburg 66 %, München 69 %). Durchschnittlicher Umwandlungsbetrag 162 EUR im Monat. Eine Aufstellung nach Einzelpersonen geben wir aus Datenschutzgründen nicht heraus.

Henrik Paulsen
""")

M("C", "en", "insurer-to-partner", "Motor fronting UK subsidiary: named German employee of UK client using company car in Germany, licence and DOB",
  frm=ADDR("engel"), to="Motor UW <motor.uw@versicherer-uk.example>", subj="Company car for seconded employee – German registration", date="2026-04-01 09:15", lang="en", sig="engel", sigstyle="short",
  body="""Hi Gareth,

for Harbour Logistics' seconded manager in Hamburg we issue a German motor policy:

Driver: Mr. Callum Reid, born 15 July 1983, UK licence REID9807153CJ9XY (to be exchanged within 185 days)
Vehicle: HH-HL 2026, Volvo XC60, leased
Policy: KH-4471-18055, no-claims discount transferred from UK (9 years) as SF 9
""")

M("S", "de", "insurer-to-customer", "Kind in Gruppenunfall-Familienvertrag: Unfall Trampolinpark, Kreuzbandriss; Mutter als VN",
  frm=ADDR("albrecht"), to="Julia Hoang <julia.hoang@web.example>", subj="Unfallmeldung für Ihre Tochter Linh – Vertrag 40-2298810", date="2026-04-01 10:40", sig="albrecht", sigstyle="short",
  body="""Liebe Frau Hoang,

danke für die Unfallmeldung. Für den Kreuzbandriss Ihrer Tochter (Unfall im Trampolinpark am 21.03.) zahlen wir sofort die Sofortleistung für schwere Verletzungen von 1.000 EUR. Über eine mögliche Invaliditätsleistung entscheiden wir nach Abschluss der Behandlung; bitte schicken Sie uns dann den Abschlussbericht der Kinderorthopädie.
""")

M("N", "de", "insurer-to-supplier", "trap: Catering Bestellung für Makler-Veranstaltung mit Allergiehinweisen anonym",
  frm=ADDR("vogel"), to="Bankett <bankett@kongress-am-park.example>", subj="Maklerforum Süd 12.3. – finale Teilnehmerzahl und Verpflegung", date="2026-03-02 16:00", sig="vogel", sigstyle="short",
  body="""Hallo Frau Stadler,

finale Teilnehmerzahl: 148. Davon vegetarisch 31, vegan 9, glutenfrei 4, laktosefrei 6 (Namen nicht nötig, bitte einfach entsprechende Portionen am Buffet kennzeichnen).

Kaffeepause 10:45, Mittag 12:30, Nachmittagskaffee 14:45.
""")

M("C", "de", "insurer-to-authority", "LKA-Anfrage Kfz-Diebstahl Flotte: FIN, Halter und letzter Fahrer, Sachschaden",
  frm=ADDR("brenner"), to="LKA Niedersachsen, Kfz-Verschiebung <kfz-dezernat@lka-nds.example>", subj="Diebstahl Sprinter OL-BL 402 – Ihr Az. LKA-26-1188", date="2026-04-01 13:20", sig="brenner", sigstyle="short",
  body="""Sehr geehrter Herr Menke,

zu dem am 27.03. gestohlenen Sprinter: FIN WDB9066331S513309, Halter Logistik Brandes GmbH & Co. KG, zuletzt gefahren von Herrn Marek Zielinski, der das Fahrzeug verschlossen auf dem Betriebshof Oldenburg abgestellt hatte. Der GPS-Tracker wurde um 02:14 Uhr zuletzt bei Frankfurt (Oder) geortet.
""")

M("S", "de", "insurer-to-customer", "ICS-Einladung zum Wiedereingliederungsgespräch einer BU-Versicherten; Diagnose nur in der DESCRIPTION",
  frm=ADDR("kaya"), to="Claudia Weinert <c.weinert@web.example>", subj="Einladung: Gespräch zur beruflichen Wiedereingliederung", date="2026-04-02 09:00", sig="kaya", sigstyle="short",
  body="""Liebe Frau Weinert,

wie telefonisch besprochen sende ich Ihnen den Termin als Kalendereintrag. Frau Kaiser aus unserem Reha-Management ist dabei.
""",
  att=[ICS("Termin_Wiedereingliederung.ics", "bu-n-2026-0077-rtw@versicherer.example", "Gespräch Wiedereingliederung", "20260414T100000", "20260414T110000",
           ("Deniz Kaya", f"deniz.kaya@{V}"), attendees=[("Claudia Weinert", "c.weinert@web.example")], location="Telefon / Teams",
           description="BU-N-2026-0077: Ergebnis Gutachten Dr. Lehnen (Z. n. Nukleotomie L5/S1) – halbschichtige Tätigkeit Pflege möglich; Optionen: Teilzeit Station, Umschulung Praxisanleitung")])

M("N", "de", "internal", "trap: ICD-10-GM-Update-Hinweis an Leistungsabteilungen, Codes ohne Personen",
  frm=ADDR("raman"), to=[ADDR("kroeger"), ADDR("brandt"), ADDR("kaya")], subj="ICD-10-GM 2026: neue Codes im Leistungssystem", date="2026-04-02 10:30",
  body="""Hallo zusammen,

seit dem Release 24.3 kennt LEIKA die Codes der ICD-10-GM 2026. Relevante Neuerungen:
- U09.9! Post-COVID-Zustand bleibt, neu U10.9 für multisystemisches Entzündungssyndrom
- G93.30 / G93.31 Differenzierung ME/CFS
- F90.- ADHS: Zusatzkennzeichen für Erwachsenenalter

Alte Codes werden bis 30.06. noch akzeptiert und automatisch gemappt.

Priya
""")

M("C", "en", "broker", "Quoted broker mail (English/German mix): private client's household and art collection values, address",
  frm=ADDR("hartmann"), to="Oliver Grant <oliver.grant@harbourline-brokers.example>", subj="RE: Fine art / Kunstversicherung – Mr. & Mrs. Ashdown, Munich", date="2026-04-02 12:00", lang="en", sig="hartmann", sigstyle="short",
  body="""Oliver,

we can write it: all-risks nail-to-nail, agreed value per schedule, alarm VdS class C required. Premium indication 0.9 ‰ → EUR 3,150 p.a.
""",
  quote=OQ("Oliver Grant <oliver.grant@harbourline-brokers.example>", "1 April 2026 16:22", "Sven Hartmann", "Fine art / Kunstversicherung – Mr. & Mrs. Ashdown, Munich",
           "Sven,\n\nclients Edward and Mary Ashdown, Maximilianstraße 31, 80539 München, collection value EUR 3.5m (3 Kirchner drawings, one Richter, contemporary photography). Currently insured with a London market policy that won't cover German residence from May. Can you quote?\n\nOliver", lang="en"))

M("S", "de", "insurer-to-broker", "KTG-Zahlung an Makler: Kunde nur als Initial 'W.', aber mit Vertragsnummer; Bandscheiben-OP, Reha",
  frm=ADDR("kroeger"), to="Sebastian Mayr <mayr@mayr-finanzplan.example>", subj="KTG 30-4412908 – Zahlung läuft", date="2026-04-02 14:10", sig="kroeger", sigstyle="short",
  body="""Hallo Herr Mayr,

kurze Info zu Ihrem Kunden W. (30-4412908): Das Krankentagegeld wird seit 16.02. gezahlt, aktuell bis zum Ende der AU-Bescheinigung am 19.04. Die Reha nach der Bandscheiben-OP verlängert die AU voraussichtlich – bitte Folgebescheinigung rechtzeitig schicken lassen.
""")

M("N", "en", "insurer-to-partner", "trap: meeting minutes with TPA about data minimisation in error logs, no data",
  frm=ADDR("raman"), to="Support <support@claimsbridge-tpa.example>", subj="Follow-up: log hygiene workshop", date="2026-04-03 09:00", lang="en",
  body="""Hi Tomasz,

thanks for the workshop. Agreed actions:

1. Error logs contain only record ID, error code and field name – no names, member numbers, diagnosis codes or amounts (due 30 April).
2. Ticket attachments with live data are forbidden; reproduction uses the synthetic data set v3.
3. Old logs with live data on the shared drive are deleted by 15 April; you send us a deletion confirmation.

Priya Raman
""")

M("C", "de", "insurer-to-customer", "Kfz-Versicherung Gewerbe: Taxiunternehmer (Einzelfirma) mit Konzessionsnummer, Fahrerliste, Schadenfreiheit",
  frm=ADDR("engel"), to="Taxi Yıldırım <taxi.yildirim@gmx.example>", subj="Ihre Taxi-Versicherung 2026 – neue Fahrer eingetragen", date="2026-04-03 10:20", sig="engel", sigstyle="short",
  body="""Sehr geehrter Herr Yıldırım,

wir haben die neuen Fahrer für Ihre zwei Taxen (Konzession Nr. 1144 und 1145, Stadt Essen) eingetragen: Herr Mohammed Al-Hassan (Personenbeförderungsschein bis 2029) und Frau Daria Lis. Verträge KH-4471-19201 und -19202, SF-Klasse 6 bzw. 4.
""")

M("N", "de", "insurer-to-broker", "trap: BU-Produktvergleich mit Beitragstabelle nach Alter, keine Person",
  frm=ADDR("schulte"), to="Maklerverteiler Süd <makler-sued@verteiler.versicherer.example>", subj="BU-Beiträge im Vergleich – Tabelle für Ihre Beratung", date="2026-04-03 11:30",
  body="""Liebe Partnerinnen und Partner,

wie gewünscht die Beispielbeiträge (BU-Rente 1.000 EUR, Endalter 67, Nettobeitrag mtl.):

Alter 25: Bürokauffrau 31,20 | Elektriker 58,90 | Pflegefachkraft 64,10
Alter 35: Bürokauffrau 39,80 | Elektriker 72,40 | Pflegefachkraft 80,30
Alter 45: Bürokauffrau 55,10 | Elektriker 96,70 | Pflegefachkraft 108,40

Marlene Schulte
""")

M("S", "en", "insurer-to-customer", "Mixed German/English: expat dependant's maternity claim, English main, German invoice excerpt",
  frm=ADDR("whitfield"), to="Ruth Oduya <ruth.oduya@oduya-family.example>", subj="Maternity benefit – Abrechnung Geburt", date="2026-04-03 13:00", lang="en", sig="whitfield", sigstyle="short",
  body="""Dear Mrs Oduya,

congratulations on the birth of your son! We have settled the hospital invoice in full:

Rechnung Mediclinic City Hospital Dubai – Entbindung (Sectio), 3 Tage stationär: AED 27,900 = EUR 6,980.00

The newborn is covered from birth without health questions if you register him within two months – please use the enclosed form.
""")

M("C", "de", "insurer-to-lawyer", "Rechtsschutz: Erbrechtsberatung, Nachlasswert und Namen der Erben, kein Gesundheitsbezug",
  frm=ADDR("lindqvist"), to="Notariat & Kanzlei Hübner <kanzlei@huebner-notar.example>", subj="Beratungsrechtsschutz Erbrecht – Ihre Mandantin Frau Claudia Reiter", date="2026-04-06 09:00", sig="lindqvist", sigstyle="short",
  body="""Sehr geehrter Herr Hübner,

für die Erstberatung Ihrer Mandantin, Frau Claudia Reiter (Vertrag RS-30-1102287), zur Auseinandersetzung der Erbengemeinschaft mit ihrem Bruder Herrn Stefan Reiter übernehmen wir die Beratungsgebühr bis 250 EUR. Nachlasswert laut Ihrer Angabe ca. 410.000 EUR (Immobilie Bonn-Beuel, Wertpapierdepot).
""")

M("N", "de", "internal", "trap: Raumplanung Gesundheitsraum / Stillraum im Neubau, keine Person",
  frm=ADDR("richter"), to=ADDR("weiss"), subj="Neubau: Ruheraum, Stillraum, Erste-Hilfe-Raum", date="2026-04-06 10:00",
  body="""Hallo Nadine,

im Neubau (Bauteil C) sind eingeplant: Erste-Hilfe-Raum EG (18 m², mit Liege und Waschbecken), Ruhe-/Stillraum 1. OG (12 m², abschließbar), Raum für die Betriebsärztin 2. OG. Passt das zum Bedarf aus der Gefährdungsbeurteilung?

Anja
""")

M("S", "de", "insurer-to-company", "Arbeitgeber erhält Mitteilung Beitragsbefreiung Direktversicherung wegen Berufsunfähigkeit einer Mitarbeiterin",
  frm=ADDR("paulsen"), to="Metallbau Kreuzer GmbH, Lohnbüro <lohn@metallbau-kreuzer.example>", subj="Direktversicherung LV-7710-22301 – Beitragsbefreiung", date="2026-04-06 11:15", sig="paulsen", sigstyle="short",
  body="""Sehr geehrte Damen und Herren,

für die Direktversicherung von Frau Annette Kreuzer (LV-7710-22301) haben wir die Beitragsbefreiung wegen Berufsunfähigkeit ab 01.04.2026 anerkannt. Bitte stellen Sie die Entgeltumwandlung ab April ein; bereits gezahlte Beiträge für April erstatten wir.
""")

M("N", "en", "insurer-to-broker", "trap: broker asked for a 'sample census'; reply with dummy file of fictitious employees",
  frm=ADDR("stanek"), to="Oliver Grant <oliver.grant@harbourline-brokers.example>", subj="RE: Census template for German GIP quotes", date="2026-04-06 13:00", lang="en", sig="stanek", sigstyle="short",
  body="""Oliver,

template attached – the rows are dummy data (fictitious employees) to show the format. Please send real censuses only via the portal.
""",
  att=[XLSX("GIP_census_template.xlsx", {"Census": [("Emp ID", "Name", "DOB", "Gender", "Salary EUR", "Location"), ("X-001", "Sample, Anna (dummy)", "1980-01-01", "F", 50000, "Berlin"),
       ("X-002", "Example, Ben (dummy)", "1975-06-15", "M", 65000, "Munich")], "Instructions": [("Step",), ("Replace dummy rows; do not include health information",)]})])

M("C", "de", "insurer-to-partner", "Regress an anderen Versicherer: Leitungswasserschaden, Verursacher und Geschädigte namentlich mit Vertragsnummern",
  frm=ADDR("demir"), to="Regress <regress@westfalen-versicherung.example>", subj="Regress LW-Schaden Kölner Str. 140 – Ihr VN Herr Bernd Kluge",
  att=[PDF("Regressforderung_WG-26-LW.pdf", [("h", "Regressforderung"), "Geschädigte: Gisela Reuber, Kölner Str. 140, 42651 Solingen (WG-88-3301876)\nVerursacher: Bernd Kluge, 2. OG",
       ("t", [("Position", "EUR"), ("Trocknung", "4.980"), ("Malerarbeiten 3 Wohnungen", "9.420"), ("Estrich/Bodenbelag", "7.300")])])], date="2026-04-06 14:30", sig="demir", sigstyle="short",
  body="""Sehr geehrte Damen und Herren,

Ihr Versicherungsnehmer, Herr Bernd Kluge (Mieter 2. OG, Ihre PHV-Nr. 7711-221-04), hat am 03.12.2025 durch eine nicht angeschlossene Waschmaschine den Leitungswasserschaden im Gebäude unserer VN Frau Gisela Reuber (WG-88-3301876) verursacht. Wir machen 21.700 EUR im Regress geltend.
""")

M("S", "de", "insurer-to-customer", "Direktversicherung: Erwerbsminderungsrente mit RV-Nummer und DRV-Bescheid",
  frm=ADDR("stanek"), to="Peter Schmid <peter.schmid@online.example>", subj="Ihre Direktversicherung LV-8820-1017 – Leistung wegen Erwerbsminderung",
  att=[PDF("Leistungsmitteilung_LV-8820-1017.pdf", [("h", "Leistungsmitteilung"), "Versicherte Person: Peter Schmid, geb. 02.02.1961\nVertrag: LV-8820-1017 (Direktversicherung, ehem. Spedition Kühne & Arndt)",
       "Leistungsgrund: Rente wegen voller Erwerbsminderung (Bescheid DRV vom 14.01.2026)", ("t", [("ab", "monatlich EUR"), ("01.12.2025", "412,00")])], title="Leistungsmitteilung")], date="2026-04-07 09:00", sig="stanek",
  body="""Sehr geehrter Herr Schmid,

wir haben den Rentenbescheid der Deutschen Rentenversicherung (Versicherungsnummer 65 020261 S 517) erhalten, wonach Sie seit 01.12.2025 eine Rente wegen voller Erwerbsminderung beziehen. Nach Ihrem Vertrag zahlen wir deshalb die Erwerbsminderungsrente von 412,00 EUR monatlich ab Dezember 2025.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-broker", "trap: Kurzantwort Makler: Vertragsnummer-Format erklärt mit Musternummer",
  frm=ADDR("kowalski"), to="Lisa Brückner <l.brueckner@brueckner-partner.example>", subj="AW: Aufbau Ihrer Vertragsnummern?", date="2026-04-07 10:00", client="mobile",
  body="""Hallo Frau Brückner,

Aufbau: Spartenkürzel – Bestandsnummer – laufende Nummer, z. B. HR-55-000000 (Hausrat) oder KH-4471-00000 (Kfz). Leben/BU beginnen mit 61- bzw. LV-, Kranken mit 30-. Die Prüfziffer ist die letzte Stelle.

Lena Kowalski
""")

M("C", "de", "insurer-to-broker", "TSV-Export Kfz-Bestand für Maklerpool, Namen, Kennzeichen, SF-Klasse",
  frm=ADDR("jansen"), to="Datenservice Maklerpool Nordlicht <daten@maklerpool-nordlicht.example>", subj="Nachlieferung Bestandsabgleich Kfz (Pool-Nr. 0815)", date="2026-04-07 11:30", sig="jansen", sigstyle="short",
  body="""Hallo,

anbei die Nachlieferung für die 6 Verträge, die im Abgleich am 1.4. gefehlt haben.
""",
  att=[CSV("nachlieferung_kfz_0815.tsv", [("VSNR", "VN_Name", "VN_Vorname", "Kennzeichen", "SF_KH", "SF_VK", "Beitrag"),
       ("KH-4471-14410", "Brandl", "Georg", "RO-GB 44", "SF 12", "SF 10", "544,12"), ("KH-4471-14433", "Neumann", "Lea", "TS-LN 3", "SF 2", "SF 2", "912,80"),
       ("KH-4471-14502", "Ostrowski", "Paweł", "BGL-PO 71", "SF 25", "SF 25", "311,04"), ("KH-4471-14519", "Huber", "Resi", "RO-RH 1960", "SF 35", "-", "201,30"),
       ("KH-4471-14588", "Lindner", "Matthias", "M-ML 2307", "SF 18", "SF 15", "688,40"), ("KH-4471-14601", "Çakır", "Deniz", "RO-DC 808", "SF 1/2", "SF 0", "1.402,55")], sep="\t")])

M("S", "en", "insurer-to-company", "English: group life – employer asks for status; answer mentions terminal illness accelerated benefit of employee",
  frm=ADDR("paulsen"), to="Mayumi Sato <m.sato@kirin-components.example>", subj="RE: Group life – question about Ms Becker", date="2026-04-07 13:00", lang="en", sig="paulsen", sigstyle="short",
  body="""Dear Ms Sato,

with Ms Becker's consent I can confirm that we have paid the accelerated terminal-illness benefit from the group life scheme (EUR 168,000) directly to her last week. Her cover under the scheme has ended with this payment; please remove her from the next census.
""")

M("N", "en", "insurer-to-partner", "trap: catastrophe model update for reinsurer, exposure sums by postcode zone (no persons)",
  frm=ADDR("holm"), to="Cat Modelling <cat.modelling@rueck-re.example>", subj="Exposure data 2026 – property", date="2026-04-08 09:00", lang="en", sig="holm", sigstyle="short",
  body="""Dear colleagues,

attached is the exposure file for 2026 aggregated on CRESTA zone level (first two postcode digits). Individual risks above EUR 25m are listed by occupancy and zone only.
""",
  att=[CSV("exposure_2026_cresta.csv", [("cresta", "lob", "risks", "tsi_eur"), ("50", "residential", "41220", "14820000000"), ("50", "commercial", "3802", "6210000000"),
       ("80", "residential", "38410", "16900000000"), ("20", "industrial", "611", "4480000000"), ("large_risk_1", "chemicals (zone 51)", "1", "410000000")])])

M("C", "de", "insurer-to-customer", "Rechtsschutz Verkehr: Bußgeldverfahren (Ordnungswidrigkeit) des Versicherten mit Punkten, kein Strafverfahren",
  frm=ADDR("lindqvist"), to="Hauke Janssen <hauke.janssen@ewetel.example>", subj="Deckungszusage Bußgeldverfahren", date="2026-04-08 10:00", sig="lindqvist", sigstyle="short",
  body="""Sehr geehrter Herr Janssen,

für den Einspruch gegen den Bußgeldbescheid des Landkreises Aurich (Rotlichtverstoß, 200 EUR, 1 Punkt, 1 Monat Fahrverbot) besteht Versicherungsschutz aus Ihrem Verkehrsrechtsschutz RS-30-1190440. Selbstbeteiligung 150 EUR.
""")

M("S", "de", "insurer-to-broker", "Makler bekommt Leistungsablehnung Unfall mit Diagnose (Bandscheibe, keine Unfallursache)",
  frm=ADDR("albrecht"), to="Büro Lorenz <m.lorenz@lorenz-assekuranz.example>", subj="Unfall 40-2240118 Herr Wendt – Ablehnung", date="2026-04-08 11:30", sig="albrecht", sigstyle="short",
  body="""Hallo Herr Lorenz,

zur Info vorab: Den Unfall von Herrn Dieter Wendt (Verhebetrauma beim Tragen einer Kiste) müssen wir ablehnen. Laut MRT handelt es sich um einen degenerativen Bandscheibenvorfall L4/5 ohne Verletzungszeichen; Bandscheibenschäden sind nach Ziffer 5.2.1 AUB nur versichert, wenn ein Unfall die überwiegende Ursache ist.
""")

M("N", "de", "insurer-to-partner", "trap: Verbandsumfrage Flottenstatistik aggregiert",
  frm=ADDR("petrovic"), to="GDV Arbeitskreis Flotte <ak-flotte@gdv-verband.example>", subj="Umfrage Flottenschäden 2025 – unsere Zahlen",
  att=[CSV("flotte_umfrage_2025.csv", [("Kennzahl", "Wert"), ("Flottenverträge", "2140"), ("Fahrzeuge", "31880"), ("Schadenhäufigkeit KH", "7,4 %"), ("Schadenhäufigkeit VK", "18,2 %"), ("Anteil E-Fahrzeuge", "14 %")], sep="\t")], date="2026-04-08 13:30",
  body="""Sehr geehrte Damen und Herren,

unsere Zahlen für die Umfrage:
Flottenverträge: 2.140 | Fahrzeuge: 31.880 | Schadenhäufigkeit KH 7,4 % | VK 18,2 %
Anteil Schäden Rangieren/Parken: 46 % | Wildschäden: 6 % | Anteil E-Fahrzeuge in Flotten: 14 %

Mit freundlichen Grüßen
Milan Petrović
""")

M("C", "en", "insurer-to-customer", "Swiss client: marine hull / yacht policy with owner's passport and CH IBAN",
  frm=ADDR("osei"), to="Martin Gerber <martin.gerber@bluewin.example>", subj="Yacht insurance – refund after sale of 'Seeschwalbe'", date="2026-04-08 15:00", lang="en", sig="osei", sigstyle="short",
  body=f"""Dear Mr Gerber,

following the sale of your sailing yacht "Seeschwalbe" (hull no. CH-BOD-7712) on 31 March, we cancel policy YA-26-0044 and refund the unused premium of CHF 611.20 to {IB("CH", "00762011623852957")}. The copy of your passport (X4412098) is no longer needed and has been deleted.
""")

M("S", "de", "system", "Batch-Fehlerbericht Pflege-Leistungsabrechnung mit Versicherten und Pflegegraden (CSV im ZIP)",
  frm=f"Batch-Monitor <noreply-batch@{V}>", to=ADDR("yilmaz"), subj="[BATCH] PFLEGE_ZAHLLAUF 2026-04-08: 3 Fehler", date="2026-04-08 04:40", client="system", mailer="CTRL-M Notification 9.0",
  body="""Job PFLEGE_ZAHLLAUF beendet mit RC=8.
Verarbeitet: 14.211 Zahlungen, Fehler: 3 (siehe Anlage).
""",
  att=[ZIP("PFLEGE_ZAHLLAUF_20260408_errors.zip", [CSV("errors.csv", [("vertrag", "name", "pflegegrad", "betrag", "fehler"), ("PT-80-2209114", "Ammann, Hildegard", "5", "1550.00", "IBAN_INVALID"),
       ("PT-80-1877201", "Kowalewski, Henryk", "3", "900.00", "BETREUER_FEHLT"), ("PT-80-2301090", "Sauer, Inge", "2", "600.00", "DOPPELZAHLUNG")]),
       TXT("job.log", "PFLEGE_ZAHLLAUF start 03:00:01\nread 14214 records\nerrors 3\nend 04:39:55 RC=8\n")])])

M("N", "en", "insurer-to-customer", "trap: generic reply to foreign prospect about German health insurance obligation, no personal data",
  frm=ADDR("whitfield"), to="Lucas Ferreira <lucas.ferreira@mailbox.example>", subj="RE: Health insurance for my move to Germany", date="2026-04-09 09:00", lang="en", sig="whitfield", sigstyle="short",
  body="""Dear Mr Ferreira,

thank you for your interest. Everyone living in Germany must have health insurance. As an employee earning above EUR 73,800 a year, or as a self-employed person, you can choose private health insurance. Our international plans accept applicants up to age 64; the application includes health questions.

I would be happy to send you a quote once you know your start date and employer.
""")

M("C", "de", "insurer-to-company", "Firmenkunde Kanzlei (Partnerschaft) Vermögensschadenhaftpflicht: Partnernamen, Honorarumsätze je Partner",
  frm=ADDR("schuster"), to="Kanzlei Vöhringer <post@voehringer-recht.example>", subj="Berufshaftpflicht 2026 – Umsatzmeldung je Partner", date="2026-04-09 10:20", sig="schuster", sigstyle="short",
  body="""Sehr geehrte Frau Vöhringer,

danke für die Umsatzmeldung. Wir haben für die Beitragsberechnung übernommen:

RAin Dr. Sabine Vöhringer – Honorarumsatz 2025: 412.000 EUR
RA Markus Kühne – 288.000 EUR
RAin Yasemin Çetin (seit 07/2025) – 96.000 EUR

Neuer Jahresbeitrag VH-31-0099871: 6.820 EUR.
""")

M("N", "de", "internal", "trap: Parkplatz-Vergabe, Schwerbehindertenparkplätze nur allgemein erwähnt",
  frm=ADDR("richter"), to="Alle Mitarbeitenden Standort Köln <koeln@versicherer.example>", subj="Tiefgarage: neue Parkplatzvergabe ab Mai", date="2026-04-09 12:00",
  body="""Liebe Kolleginnen und Kollegen,

wegen der Sanierung der Ebene −2 werden die Stellplätze ab Mai neu vergeben. Schwerbehindertenparkplätze bleiben unverändert an der Einfahrt. Anträge auf einen Stellplatz bis 20. April über das Intranet.

Anja Richter
""")

M("S", "de", "doctor", "Betriebsärztin schickt (zitiert) Eignungsbefund für Fahrer an Flotten-Versicherer – unzulässig, streng vertraulich",
  frm=ADDR("petrovic"), to="Dr. med. Karin Stöver, Arbeitsmedizin <praxis@arbeitsmedizin-stoever.example>", subj="AW: Fahrtauglichkeit Fahrer Pflegedienst Sonnenschein", date="2026-04-09 14:00", sig="petrovic", sigstyle="short",
  body="""Sehr geehrte Frau Dr. Stöver,

vielen Dank, aber diese Angaben benötigen wir als Kfz-Versicherer nicht und dürfen sie auch nicht speichern. Ich lösche Ihre Mail; bitte wenden Sie sich an den Arbeitgeber.
""",
  quote=Q("""Sehr geehrter Herr Petrović,

auf Wunsch des Pflegedienstes Sonnenschein: Herr Dennis Albers ist nach seiner Epilepsie-Diagnose (letzter Anfall 11/2025) derzeit nicht fahrgeeignet (Begutachtungsleitlinien: 1 Jahr anfallsfrei). Eine erneute Beurteilung erfolgt 11/2026.

Mit freundlichen Grüßen
Dr. Stöver"""))

M("N", "de", "insurer-to-broker", "trap: Makler-Abrechnungsfehler in Courtage-Software, nur Vermittlernummern und Summen",
  frm=ADDR("becker"), to="Maklerverteiler Nord <makler-nord@verteiler.versicherer.example>", subj="Korrektur Courtageabrechnung März", date="2026-04-10 09:00",
  body="""Liebe Partnerinnen und Partner,

in der Courtageabrechnung März wurde bei Folgeprovisionen in der Sparte Wohngebäude der Satz von 12 % statt 15 % angewendet. Betroffen sind 212 Vermittlernummern, Differenz insgesamt 18.944,20 EUR. Die Korrektur erfolgt automatisch mit der April-Abrechnung; Sie müssen nichts tun.

Hannes Becker
Inkasso / Beitragsservice
""")

M("C", "de", "insurer-to-broker", "Makler erhält SEPA-Lastschriftrückgabe eines Kunden mit IBAN (ungruppiert) und Rückgabegrund",
  frm=ADDR("becker"), to="Makler Özdemir <kontakt@oezdemir-versicherungen.example>", subj="Rücklastschrift Kundin Marić", date="2026-04-10 10:10", sig="becker", sigstyle="short",
  body=f"""Hallo Herr Özdemir,

die Lastschrift für den Geschäftsinhaltsvertrag Ihrer Kundin Frau Ivana Marić (Salon Haarmonie) kam zurück: Konto {IB("DE", "342500000001234567", group=0)}, Rückgabegrund AC04 (Konto erloschen). Können Sie die neue Bankverbindung besorgen?
""")

M("S", "en", "insurer-to-partner", "English subsidiary Poland: bKV-like employee benefit claim, dental with tooth numbers and employee name",
  frm=ADDR("graf"), to="Benefits Team <benefits@versicherer-pl.example>", subj="Cross-border dental claim – Ms. Kasia Nowicka (Seeblick Hotels)", date="2026-04-10 11:20", lang="en", sig="graf", sigstyle="short",
  body="""Hi Agnieszka,

Ms. Kasia Nowicka (bKV member BKV-7702-0058) had a crown on tooth 26 and two fillings (15, 16) done in Szczecin during her home leave; invoice PLN 3,900. Can your team validate the dentist's invoice (it's in Polish) and give us the customary local price? We reimburse 80 %.
""")

M("N", "en", "insurer-to-partner", "trap: English reinsurer asks about mortality table; technical answer",
  frm=ADDR("okafor"), to="Pricing <pricing@rueck-re.example>", subj="RE: Base table for the 2027 term life quote", date="2026-04-10 13:00", lang="en",
  body="""Hi Paul,

we use DAV 2008 T (aggregate, smoker/non-smoker split), with our own experience factors: non-smokers 62 %, smokers 78 % of the table for ages 30–55, graded to 100 % at 70. Selection effect: 3-year select period with 75/85/95 %.

Happy to share the full experience study under NDA.

Chidi Okafor
Life Actuarial
""")

M("C", "de", "insurer-to-customer", "Gewerbe Haftpflicht Reitstall (Einzelunternehmerin), verletztes Pferd eines Einstellers (Tiergesundheit → C)",
  frm=ADDR("oltmanns"), to="Reitstall Heidehof – Frau Carstens <heidehof@reitstall-carstens.example>", subj="Schaden BH-26-00512 – Verletzung Pferd 'Donna'", date="2026-04-10 14:30", sig="oltmanns", sigstyle="short",
  body="""Sehr geehrte Frau Carstens,

für die Tierarztkosten der Stute „Donna" Ihrer Einstellerin Frau Lena Brügge (Schnittverletzung am Koppelzaun, Tierklinik Hochmoor, 1.212 EUR) leisten wir aus Ihrer Betriebshaftpflicht BH-330-66102. Bitte bestätigen Sie uns, dass der beschädigte Zaunabschnitt inzwischen ersetzt ist.
""")

M("S", "de", "insurer-to-court", "Landgericht, Unfallversicherung: Stellungnahme zum Beweisbeschluss mit Diagnosen und Blutalkohol",
  frm=ADDR("eckert"), to="Landgericht Dortmund, 2. Zivilkammer <poststelle@lg-dortmund.example>", subj="2 O 140/25 – Stellungnahme zum Beweisbeschluss", date="2026-04-13 09:00", sig="eckert", sigstyle="short",
  body="""Sehr geehrte Damen und Herren,

in Sachen Jost ./. Versicherer Allgemeine Versicherung AG erklären wir uns mit dem vorgeschlagenen Sachverständigen Prof. Dr. Harnisch (Unfallchirurgie) einverstanden. Wir regen an, die Beweisfrage um die Frage zu ergänzen, ob die Milzruptur und die Rippenserienfraktur des Klägers auch ohne die alkoholbedingte Bewusstseinsstörung (BAK 1,6 ‰) eingetreten wären.
""")

M("N", "de", "insurer-to-customer", "trap: Antwort an Personalleiter zur steuerlichen Behandlung bKV, allgemein",
  frm=ADDR("graf"), to="Herr Dressler <lohn@hotel-seeblick-group.example>", subj="AW: Sachbezug 50-Euro-Grenze und bKV", date="2026-04-13 10:15", sig="graf", sigstyle="short",
  body="""Hallo Herr Dressler,

kurz zusammengefasst: Beiträge zu einer bKV als Sachleistung sind bis 50 EUR monatlich je Mitarbeiter steuer- und sozialversicherungsfrei, wenn kein anderer Sachbezug die Grenze ausschöpft. Tankgutscheine und Jobticket zählen mit. Details bitte mit Ihrer Steuerberatung klären.
""")

M("C", "en", "insurer-to-broker", "English: broker gets list of drivers with penalty points for fleet pricing (administrative offences)",
  frm=ADDR("petrovic"), to="Marine & Financial Lines <finlines@harbourline-brokers.example>", subj="Harbour Logistics DE fleet – driver declarations", date="2026-04-13 11:00", lang="en", sig="petrovic", sigstyle="short",
  body="""Oliver,

from the driver declarations for Harbour Logistics' German fleet:

C. Reid – 0 points
T. Albrecht – 2 points (speeding, 2025)
N. Güler – 1 point (mobile phone while driving, 2024)

None with a driving ban in the last 5 years. Rating unchanged.
""")

M("S", "de", "insurer-to-customer", "Risikoleben: Auszahlung an Witwe, Todesursache Arbeitsunfall im Nebensatz",
  frm=ADDR("stanek"), to="Vanessa Lenk <vanessa.lenk@gmx.example>", subj="Leistung aus der Risikolebensversicherung Ihres Mannes", date="2026-04-13 13:00", sig="stanek",
  body="""Sehr geehrte Frau Lenk,

mit großem Bedauern haben wir vom Tod Ihres Mannes erfahren. Neben der Leistung aus der Gruppenunfallversicherung seines Arbeitgebers zahlen wir Ihnen auch die Versicherungssumme seiner privaten Risikolebensversicherung 52-3301188 in Höhe von 150.000 EUR aus. Die Todesbescheinigung bestätigt den Arbeitsunfall als Todesursache; weitere Unterlagen brauchen wir nicht.

Mit stillem Gruß
""")

M("N", "de", "newsletter", "trap: Newsletter Firmenkunden Sach mit Schadenbeispielen anonym",
  frm=f"Versicherer Firmenkunden-Newsletter <newsletter@{V}>", to="newsletter-firmenkunden@verteiler.versicherer.example", subj="Firmenkunden-News April: Brandschutz, Cyber, Betriebsunterbrechung", date="2026-04-13 10:00",
  client="system",
  body="""Firmenkunden-News 04/2026

Schadenbeispiel: In einer Bäckerei entzündete sich nachts ein Fettbrand in der Fritteuse. Schaden 380.000 EUR, 4 Monate Betriebsunterbrechung. Eine Löschanlage hätte 2.400 EUR gekostet.

Cyber: Jeder dritte Cyberschaden bei unseren Firmenkunden beginnt mit einer gefälschten Rechnung per E-Mail.

BU-Summen prüfen: Viele Betriebe sind nach Preissteigerungen unterversichert.

Abmelden: https://www.versicherer.example/newsletter/abmelden
""")

M("C", "de", "insurer-to-partner", "Sachverständiger Gebäude: Auftrag mit Eigentümer-Name, Adresse, Vertrag, Sturmschaden",
  frm=ADDR("demir"), to="Ingenieurbüro Bausch <auftrag@ib-bausch.example>", subj="Auftrag Sturmschaden WG-26-02210 – Fam. Schäfer, Sankt Augustin", date="2026-04-13 14:00", sig="demir", sigstyle="short",
  body="""Hallo Herr Bausch,

bitte Besichtigung Dachschaden nach Sturm „Kora": Frank und Miriam Schäfer, Am Sonnenhang 9, 53757 Sankt Augustin, Tel. 02241 88 41 20. Vertrag WG-88-5602218, Sicherungsschein zugunsten Sparkasse – Zahlungen nur mit deren Zustimmung.
""")

M("S", "en", "customer", "Forwarded message/rfc822 from foreign client employee with psychiatric diagnosis asking about GIP payments",
  frm=ADDR("stanek"), to=ADDR("kaya"), subj="FW: question on my payments", date="2026-04-14 09:00", lang="en",
  body="""FYI – attached his mail, please answer directly.
""",
  att=[EML(INNER("Daniel Reyes <d.reyes@privatemail.example>", f"oliver.stanek@{V}", "question on my payments", "2026-04-13 22:41",
                 """Dear Mr Stanek,

my psychiatrist has diagnosed a recurrent depressive disorder, currently moderate (F33.1), and changed my medication to sertraline 100 mg. I start the graded return on 13 April as planned. Will the income protection benefit be reduced for the part-time weeks? I am worried about money.

Thank you
Daniel Reyes""", "<dr-20260413-2241@privatemail.example>"), fn="question on my payments.eml")])

M("N", "de", "insurer-to-authority", "trap: Meldung an Verband zur Versicherungsbetrugsstatistik, aggregiert",
  frm=ADDR("schreiber"), to="Fachbereich Betrugsbekämpfung <betrug@gdv-verband.example>", subj="Betrugsstatistik 2025",
  att=[XLSX("Betrugsstatistik_2025.xlsx", {"Sparten": [("Sparte", "Fälle"), ("Kfz", 611), ("Hausrat", 388), ("Haftpflicht", 204), ("Unfall", 81), ("BU", 37), ("sonstige", 91)], "Summen": [("Kennzahl", "Wert"), ("vermiedene Zahlungen EUR", 9800000), ("Strafanzeigen", 118)]})], date="2026-04-14 10:00",
  body="""Sehr geehrte Damen und Herren,

unsere Zahlen 2025: aufgedeckte Betrugsfälle 1.412 (Kfz 611, Hausrat 388, Haftpflicht 204, Unfall 81, BU 37, sonstige 91), vermiedene Zahlungen 9,8 Mio. EUR, Strafanzeigen 118.

Mit freundlichen Grüßen
Dr. Carola Schreiber
""")

M("C", "de", "insurer-to-customer", "Ehescheidung: Aufteilung Hausrat- und Kfz-Verträge, neue Adresse, kein Personenversicherungsbezug",
  frm=ADDR("kowalski"), to="Sandra Nowak <sandra.nowak@web.example>", subj="Ihre Verträge nach der Trennung", date="2026-04-14 11:30", sig="kowalski", sigstyle="short",
  body="""Sehr geehrte Frau Nowak,

wie gewünscht führen wir die Hausratversicherung HR-55-377105 ab 1. Mai allein auf Ihren Namen unter Ihrer neuen Anschrift Gartenstraße 9, 45879 Gelsenkirchen weiter. Der Kfz-Vertrag KH-4471-12005 geht mit dem Fahrzeug auf Herrn Nowak über.
""")

M("N", "en", "insurer-to-broker", "trap: quarterly broker newsletter English with market data and anonymised claim stories",
  frm=f"Broker Relations <broker-news@{V}>", to="intl-brokers@verteiler.versicherer.example", subj="Broker Bulletin Q2 2026", date="2026-04-14 12:00", lang="en", client="system",
  body="""Broker Bulletin Q2 2026

Claim story: a mechanical engineering client's employee suffered a serious hand injury abroad. The group accident policy paid EUR 48,000 and our rehab managers organised therapy close to home. (Details changed; shared with the client's consent.)

German market: group income protection grows 12 % a year, driven by mid-sized tech firms.

Unsubscribe: https://www.versicherer.example/en/broker-news
""")

M("N", "de", "internal", "trap: Projektstatus Siegel-Einführung mit Beispielen zu Datenklassen, keine echten Daten",
  frm=ADDR("fischer"), to=[ADDR("meier"), ADDR("raman"), ADDR("jansen")], subj="Statusbericht Secure-Mail-Gateway KW 16", date="2026-04-15 09:00",
  body="""Hallo zusammen,

Status Gateway-Einführung:
- Pilot mit Leistung Kranken und bAV läuft seit 7.4.; 3.812 Mails klassifiziert, davon 61 % streng vertraulich, 24 % vertraulich, 15 % normal.
- Auffälligkeiten: Produkt-Newsletter mit Wörtern wie „Diagnose" wurden anfangs zu hoch eingestuft; Regeln angepasst.
- Offene Punkte: Einwilligungsregister für TLS-Versand an Kunden, Domänenzertifikate der großen Maklerpools.

Tim
""")

M("C", "de", "insurer-to-broker", "Makler: Hausrat-Neuwert nach Erbschaft, Name + Wertsachenliste + Adresse",
  frm=ADDR("demir"), to="Sebastian Mayr <mayr@mayr-finanzplan.example>", subj="Hausrat Herr Lindner – Erhöhung Wertsachen", date="2026-04-15 10:00", sig="demir", sigstyle="short",
  body="""Hallo Herr Mayr,

die Erhöhung der Wertsachengrenze für Herrn Matthias Lindner (HR-55-440912, Leopoldstr. 12, 80802 München) auf 60.000 EUR ist möglich, da ein VdS-Tresor Klasse I vorhanden ist. Aus der Erbschaft kommen laut Liste: Goldmünzen (ca. 28.000 EUR), Rolex Submariner, Perlenkette.
""")

M("S", "de", "insurer-to-company", "bAV-Gruppenvertrag: Arbeitgeber bekommt Liste Anwärter mit BU-Zusatzversicherung und Leistungsbezug (ODS)",
  frm=ADDR("paulsen"), to="Birgit Sommerfeld <b.sommerfeld@kanzlei-sommerfeld-stb.example>", subj="GV-5501 – Jahresmeldung 2025", date="2026-04-15 11:10", sig="paulsen", sigstyle="short",
  body="""Liebe Frau Sommerfeld,

anbei die Jahresmeldung zum Gruppenvertrag GV-5501.
""",
  att=[ODS("GV-5501_Jahresmeldung_2025.ods", {"Anwärter": [("Name", "geb.", "Vertrag", "Beitrag/Jahr", "BUZ", "Status"), ("Auer, Theresa", "1986-02-14", "LV-5501-001", 5040, "ja", "aktiv"),
       ("Kästner, Jule", "1993-08-30", "LV-5501-002", 1800, "ja", "aktiv"), ("Demirci, Aylin", "1998-04-04", "LV-5501-003", 1200, "nein", "aktiv"),
       ("Sommerfeld, Frank", "1962-12-01", "LV-5501-004", 0, "ja", "BUZ-Leistung seit 2024, beitragsfrei")]})])

M("N", "en", "insurer-to-partner", "trap: English DPA answer on retention periods, no persons",
  frm=ADDR("meier"), to="Privacy Office <privacy@versicherer-uk.example>", subj="Retention periods for claims files", date="2026-04-15 12:30", lang="en", sig="meier", sigstyle="short",
  body="""Dear Siobhan,

our retention periods: motor and property claims files 10 years after closure; liability with bodily injury 30 years; life and disability 10 years after the end of the contract; health claims 10 years (tax law). E-mails with claims content are filed into the claims system and deleted from the mailbox after 90 days.
""")

M("C", "en", "insurer-to-customer", "English: travel cancellation for business reason (project cancelled), booking names and costs, no health",
  frm=ADDR("seidel"), to="Travel Desk <travel@helix-engineering.example>", subj="Trip cancellation – Aberdeen offshore project", date="2026-04-15 14:00", lang="en", sig="seidel", sigstyle="short",
  body="""Dear Ms Leclerc,

since the client cancelled the project, we reimburse the non-refundable costs for Mr. Rademacher and Ms. Hoang under the business reasons clause of policy GR-TR-2026-0071: flights EUR 1,844, hotel EUR 2,310. Mr. Wróbel's ticket was refundable.
""")

M("N", "de", "insurer-to-broker", "trap: Maklerfrage nach Annahmerichtlinien Gruppenunfall für Pflegekräfte, generische Antwort",
  frm=ADDR("ziegler"), to="Sabrina Holt <s.holt@holt-versicherungsmakler.example>", subj="AW: Gruppenunfall für Pflegedienst – Gefahrengruppe?", date="2026-04-16 08:50", sig="ziegler", sigstyle="short",
  body="""Hallo Frau Holt,

Pflegekräfte im ambulanten Dienst stufen wir in Gefahrengruppe A ein, Pflegehelfer mit überwiegend körperlicher Tätigkeit in B. Gesundheitsfragen gibt es in der Gruppenunfall ab 10 Personen nicht. Für einen Pflegedienst mit 25 Beschäftigten und 100.000 EUR Grundsumme liegt der Beitrag bei rund 2.100 EUR im Jahr.
""")

M("S", "de", "insurer-to-broker", "Makler: Kinder-Invaliditätsversicherung, Antrag zurückgestellt wegen Autismus-Diagnose",
  frm=ADDR("nguyen"), to="Lisa Brückner <l.brueckner@brueckner-partner.example>", subj="Antrag Kinderinvalidität – Noah B.", date="2026-04-16 10:00", sig="nguyen", sigstyle="short",
  body="""Hallo Frau Brückner,

den Antrag für den Sohn Ihrer Kunden (Noah Brückmann, 4 Jahre) müssen wir zurückstellen, bis die Diagnostik im SPZ abgeschlossen ist – im Antrag ist eine „Verdachtsdiagnose Autismus-Spektrum-Störung" angegeben. Wir melden uns, sobald der Bericht vorliegt.
""")

M("N", "de", "insurer-to-supplier", "trap: Übersetzungsbüro-Auftrag für Produktbedingungen Kranken ins Englische",
  frm=ADDR("whitfield"), to="Projektmanagement <pm@lingua-fachuebersetzungen.example>", subj="Auftrag: Übersetzung AVB Auslandskrankenversicherung (DE→EN)", date="2026-04-16 11:00",
  body="""Hallo Frau Brandes,

bitte übersetzen Sie die Versicherungsbedingungen unserer internationalen Krankenversicherung (38 Seiten, Word) ins britische Englisch. Fachbegriffe wie „Heilbehandlung", „medizinisch notwendig", „Krankenhaustagegeld" bitte nach unserem Glossar. Liefertermin 15. Mai.

Emma Whitfield
""")

M("C", "de", "insurer-to-authority", "Auskunftsersuchen Finanzamt (§ 93 AO): Kfz-Vertrag eines Freiberuflers mit Steuernummer und Beiträgen",
  frm=ADDR("engel"), to="Finanzamt Köln-Porz, Betriebsprüfung <bp@fa-koeln-porz.example>", subj="Auskunftsersuchen vom 08.04.2026 – StNr. 216/5102/4417",
  att=[PDF("Auskunft_AO93_Roderich.pdf", [("h", "Auskunft nach § 93 AO"), "Steuerpflichtiger: Dr. Axel Roderich, StNr. 216/5102/4417\nFahrzeug: BN-AR 911, Vertrag KH-4471-16011",
       ("t", [("Jahr", "Beitrag EUR", "Verwendung"), ("2024", "1.912,40", "gewerblich/freiberuflich"), ("2025", "2.004,10", "gewerblich/freiberuflich")])])], date="2026-04-16 13:00", sig="engel", sigstyle="short",
  body="""Sehr geehrte Damen und Herren,

zu Ihrem Auskunftsersuchen (§ 93 AO) betreffend Herrn Dr. Axel Roderich, Steuernummer 216/5102/4417: Für das Fahrzeug BN-AR 911 bestand vom 01.01.2024 bis 06.03.2026 ein Kfz-Vertrag (KH-4471-16011) mit Verwendungszweck „gewerblich/freiberuflich". Jahresbeiträge: 2024 1.912,40 EUR, 2025 2.004,10 EUR.
""")

M("S", "en", "insurer-to-partner", "Lawyer in US: subrogation in product liability, injured German consumer's medical specials summarised",
  frm=ADDR("schreiber"), to="Counsel <counsel@whitman-law.example>", subj="Subrogation – heater fire, our insured Ms. Lea Neumann", date="2026-04-16 14:20", lang="en", sig="schreiber", sigstyle="short",
  body="""Dear Ms Whitman,

regarding our subrogation claim against the US manufacturer: our insured, Ms. Lea Neumann (Traunstein), suffered second-degree burns on both hands (12 % TBSA) when the heater caught fire; treatment at the BG Klinik Murnau burns unit for 11 days, skin grafting on 3 March. Medical costs so far EUR 41,200 (accident policy) plus property damage EUR 28,900 (household).
""")

M("N", "en", "internal", "trap: HR sends holiday calendar / staff list for international team meeting",
  frm=ADDR("lambert"), to="International Programmes <intl-programmes@versicherer.example>", subj="Team offsite Lisbon – who travels when", date="2026-04-17 09:00", lang="en",
  body="""Hi all,

travel plan for the offsite (4–6 May):
Claire, Tom, Maria – TAP flight CGN–LIS Monday 07:05
Georg, Sanne (NL office) – via Amsterdam, Monday 09:40
Hotel: Lisboa Tejo, booked by travel management.

Please send dietary requests to me by Friday.

Claire
""")

M("C", "de", "insurer-to-customer", "Gewerbe-Rechtsschutz für Arztpraxis (Arbeitsrecht mit MFA), Gehalt der MFA, kein Patientenbezug",
  frm=ADDR("lindqvist"), to="Dr. med. Sabine Weiland <praxis@hausarzt-weiland.example>", subj="Rechtsschutzfall RS-26-01410 – Kündigung Ihrer MFA", date="2026-04-17 10:00", sig="lindqvist", sigstyle="short",
  body="""Sehr geehrte Frau Dr. Weiland,

für die Kündigungsschutzklage Ihrer ehemaligen Medizinischen Fachangestellten, Frau Jasmin Röder (Bruttogehalt 2.950 EUR), besteht Versicherungsschutz aus Ihrem Firmen-Rechtsschutz RS-40-0088120 für die Verteidigung als Arbeitgeberin. Ihre Anwältin kann direkt mit uns abrechnen.
""")

M("S", "de", "insurer-to-customer", "HTML-only: Krankenhaustagegeld-Abrechnung Gruppenvertrag an Versicherten mit Aufenthalt und Diagnose in Tabelle",
  frm=ADDR("brandt"), to="Lukas Moser <lukas.moser@gmx.example>", subj="Abrechnung Ihres Klinikaufenthalts", date="2026-04-17 11:20", client="outlook",
  html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrter Herr Moser,</p>
<p>aus dem bKV-Baustein Stationär Ihres Arbeitgebers haben wir abgerechnet:</p>
""" + table_html([("Zeitraum", "Klinik", "Anlass", "Leistung", "Betrag EUR"), ("19.03.–26.03.2026", "Klinikum Traunstein", "akute Pankreatitis (K85.9)", "Zweibettzimmer-Zuschlag 7 Tage", "511,00"),
                  ("19.03.–26.03.2026", "Klinikum Traunstein", "", "Krankenhaustagegeld 7 × 30 EUR", "210,00")]) + """
<p>Der Gesamtbetrag von 721,00 EUR wird Ihnen in den nächsten Tagen überwiesen.</p>
<p>Mit freundlichen Grüßen<br>Gerrit Brandt<br>Leistungsservice Krankenversicherung – Stationär</p>
</body></html>
""")

M("N", "de", "insurer-to-broker", "trap: Makler-Terminbestätigung mit ICS, Name der Maklerin und Ort",
  frm=ADDR("reuter"), to="Sabrina Holt <s.holt@holt-versicherungsmakler.example>", subj="Termin Jahresgespräch 2026", date="2026-04-17 13:00",
  body="""Hallo Frau Holt,

wie telefonisch vereinbart: 6. Mai, 14 Uhr bei Ihnen in Norden. Ich bringe die Auswertung Ihres Bestands (Stückzahlen, Storno) mit.

Frank Reuter
""",
  att=[ICS("Jahresgespraech_Holt.ics", "jg-holt-2026@versicherer.example", "Jahresgespräch Holt Versicherungsmakler", "20260506T140000", "20260506T160000",
           ("Frank Reuter", f"frank.reuter@{V}"), attendees=[("Sabrina Holt", "s.holt@holt-versicherungsmakler.example")], location="Osterstraße 11, 26506 Norden")])

M("C", "en", "insurer-to-partner", "Subsidiary UK: claims handling for German insured's property in UK holiday home, owner name and address",
  frm=ADDR("demir"), to="Claims Team <claims@versicherer-uk.example>", subj="Escape of water – holiday home of our policyholder in Cornwall", date="2026-04-20 09:00", lang="en", sig="demir", sigstyle="short",
  body="""Hi Gareth,

our policyholder Mr. Helmut Grabowski (German household policy HR-55-201198 with worldwide holiday-home extension) reports an escape of water at his cottage, 3 Harbour Row, St Ives TR26 1LX. Could you appoint a local loss adjuster? Estimate GBP 6–8k.
""")

M("N", "de", "insurer-to-partner", "trap: Hochschule fragt nach anonymisierten Daten für Forschung; Antwort: nur Aggregat",
  frm=ADDR("meier"), to="Prof. Dr. Lisa Hartmann <l.hartmann@uni-koeln-versicherung.example>", subj="AW: Forschungsprojekt BU und psychische Erkrankungen", date="2026-04-20 10:30", sig="meier", sigstyle="short",
  body="""Sehr geehrte Frau Prof. Hartmann,

Einzeldatensätze können wir auch pseudonymisiert nicht herausgeben. Möglich ist eine Auswertung durch unser Aktuariat nach Ihren Vorgaben, mit Ergebnissen nur auf aggregierter Ebene (mindestens 20 Fälle je Zelle). Bitte schicken Sie uns Ihre Forschungsfragen.
""")

M("C", "de", "insurer-to-broker", "Makler: Kündigungsbestätigung Kfz und PHV eines Kunden, Versichererwechsel, Nachweis SF",
  frm=ADDR("kowalski"), to="Büro Lorenz <m.lorenz@lorenz-assekuranz.example>", subj="Kündigungsbestätigung Herr Brömmel",
  att=[PDF("SF-Bescheinigung_KH-4471-09877.pdf", [("h", "Bescheinigung über den Schadenverlauf"), "Versicherungsnehmer: Karl-Heinz Brömmel\nVertrag: KH-4471-09877, Ende 30.06.2026",
       ("t", [("Sparte", "SF-Klasse", "Schäden letzte 5 Jahre"), ("Haftpflicht", "SF 22", "0"), ("Vollkasko", "SF 20", "0")])])], date="2026-04-20 11:40", sig="kowalski", sigstyle="short",
  body="""Hallo Herr Lorenz,

Kündigung für Herrn Karl-Heinz Brömmel bestätigt: PHV PH-20-129887 und Kfz KH-4471-09877 enden zum 30.06.2026. Die SF-Bescheinigung (KH SF 22, VK SF 20, schadenfrei) geht an den Nachversicherer.
""")

M("N", "de", "internal", "trap: Auswertung Schadenhäufigkeit nach Alter in Flotten für Tarifierung (aggregiert, XLSX mit 2 Blättern)",
  frm=ADDR("okafor"), to=ADDR("petrovic"), subj="Flottentarif 2027 – Fahreralter", date="2026-04-20 14:00",
  body="""Milan,

Auswertung anbei. Fahrer unter 23 haben die 2,1-fache Schadenhäufigkeit; ab 65 steigt sie leicht (1,2-fach). Keine Einzeldaten in der Datei.

Chidi
""",
  att=[XLSX("Flotte_Fahreralter_2021-2025.xlsx", {"Häufigkeit": [("Altersband", "Fahrerjahre", "Schäden", "Relativ"), ("18-22", 4120, 862, 2.1), ("23-29", 18800, 1911, 1.0),
       ("30-49", 61200, 5340, 0.87), ("50-64", 40100, 3215, 0.8), ("65+", 6300, 603, 1.2)], "Methodik": [("Hinweis",), ("Quelle: Flottenbestand mit Fahrermeldung, 2021-2025, nur Zellen > 100 Fahrerjahre",)]})])

M("S", "de", "insurer-to-customer", "bKV-Vorsorgebudget: Erstattung Brille und Hautkrebsscreening, kurz an Mitarbeiter",
  frm=ADDR("graf"), to="Ruben Bauer <ruben.bauer@hotel-seeblick-group.example>", subj="Ihr Gesundheitsbudget – Erstattung", date="2026-04-21 09:00", sig="graf", sigstyle="short",
  body="""Hallo Herr Bauer,

aus Ihrem bKV-Gesundheitsbudget haben wir erstattet: Gleitsichtbrille (Optik Sehwerk, 489 EUR → 250 EUR Höchstbetrag) und Hautkrebsscreening mit Auflichtmikroskopie beim Dermatologen (45,60 EUR). Restbudget 2026: 304,40 EUR.
""")

M("N", "en", "insurer-to-partner", "trap: pool invitation ICS with agenda mentioning clinical trials, no cases",
  frm=ADDR("holm"), to="Pool Secretariat <secretariat@pharma-pool.example>", subj="Annual pool meeting – calendar invite", date="2026-04-21 10:00", lang="en",
  body="""Dear all,

please find the invite for the annual meeting. Agenda: accounts 2025, clinical trials cover wording 2027, cyber exclusion.

Birte Holm
""",
  att=[ICS("pool_annual_meeting_2026.ics", "pool-agm-2026@versicherer.example", "Pharma pool – annual meeting", "20260618T093000", "20260618T163000",
           ("Birte Holm", f"birte.holm@{V}"), location="Hotel am Dom, Köln", description="Accounts 2025; clinical trials wording; cyber exclusion")])

M("C", "de", "insurer-to-company", "Handwerksbetrieb (GmbH) mit namentlich genanntem Geschäftsführer und Handynummer, Maschinenbruch-Schaden",
  frm=ADDR("hartmann"), to="Tischlerei Nordholz GmbH <info@tischlerei-nordholz.example>", subj="Maschinenbruch Formatkreissäge – Schaden TV-26-00133", date="2026-04-21 11:00", sig="hartmann", sigstyle="short",
  body="""Sehr geehrter Herr Nordholz,

der Techniker von Altendorf hat den Lagerschaden an der Formatkreissäge bestätigt. Wir übernehmen die Reparatur (4.880 EUR netto) aus Ihrer Maschinenversicherung TV-MA-19-0022 abzüglich 500 EUR Selbstbehalt. Rückfragen gerne an mich; der Gutachter erreicht Sie unter Ihrer Mobilnummer 0171 2204 118.
""")

M("N", "de", "insurer-to-customer", "trap: Kundenservice antwortet auf Frage nach sicherer Mail, generisch",
  frm=ADDR("kowalski"), to="Tischlerei Nordholz GmbH <info@tischlerei-nordholz.example>", subj="AW: Wie schicke ich Ihnen Unterlagen sicher?", date="2026-04-21 12:30", sig="kowalski", sigstyle="short",
  body="""Sehr geehrter Herr Nordholz,

am einfachsten laden Sie Unterlagen im Kundenportal hoch oder antworten auf eine Nachricht aus unserem SecureMail-Portal. Wenn Sie ein S/MIME-Zertifikat haben, können Sie uns auch verschlüsselt mailen – unser Zertifikat finden Sie unter www.versicherer.example/zertifikate.
""")

M("C", "en", "insurer-to-broker", "Fidelity notice of a company client with named contact (CFO) and policy number, no individual accused",
  frm=ADDR("schuster"), to="Marine & Financial Lines <finlines@harbourline-brokers.example>", subj="Fidelity policy – notice from Harbour Logistics", date="2026-04-21 14:00", lang="en", sig="schuster", sigstyle="short",
  body="""Oliver,

we acknowledge the notice under the fidelity policy VS-2025-0210: the insured reports unexplained differences of EUR 84,000 in the cash accounts of the Hamburg depot in Q1. No individual has been identified or accused so far; an audit firm has been instructed.

Contact at the insured: Ms. Birgit Thal, CFO, +49 40 3390 1120.
""")

M("S", "de", "insurer-to-lawyer", "Anwalt erhält Akteneinsicht-Auszug: Strafverfahren gegen Versicherten wegen Untreue (Vertrauensschaden)",
  frm=ADDR("schreiber"), to="RAe Bergmann & Kuhl <info@bergmann-kuhl.example>", subj="Vertrauensschaden Spedition Kühne & Arndt – Ihr Mandant Herr Olaf Reimers", date="2026-04-22 09:00", sig="schreiber", sigstyle="short",
  body="""Sehr geehrter Herr Kuhl,

wir nehmen Bezug auf das Strafverfahren gegen Ihren Mandanten (StA Bremen 410 Js 9921/25). Laut Anklage soll Herr Reimers als Buchhalter der Spedition Kühne & Arndt zwischen 2022 und 2025 rund 212.000 EUR auf eigene Konten umgeleitet haben. Wir haben der Spedition aus der Vertrauensschadenversicherung geleistet und machen den Betrag gegenüber Ihrem Mandanten im Regress geltend.
""")

M("N", "de", "insurer-to-broker", "trap: Einladung Maklerbeirat mit Protokoll-Auszug über Datenschutzthemen",
  frm=ADDR("falk"), to="Maklerbeirat <maklerbeirat@verteiler.versicherer.example>", subj="Maklerbeirat: Protokoll 14.04. und nächste Sitzung", date="2026-04-22 10:00",
  body="""Liebe Mitglieder des Maklerbeirats,

kurz das Wichtigste aus der Sitzung:
- Ab Juli kommen Leistungsabrechnungen Kranken und BU an Makler nur noch über das Maklerpostfach bzw. verschlüsselt.
- Wunsch des Beirats: Domänenverschlüsselung für Maklerpools mit eigener PKI – wird geprüft.
- Courtage-Transparenz: neue Abrechnungsansicht im Portal ab Q3.

Nächste Sitzung: 29. September, Köln.

Bernd Falk
""")

M("N", "en", "insurer-to-customer", "trap: foreign client asks for certificate of insurance wording sample; reply generic",
  frm=ADDR("lambert"), to="Risk Manager <risk@weber-mb.example>", subj="RE: Certificate wording for Spanish customers", date="2026-04-22 11:30", lang="en", sig="lambert", sigstyle="short",
  body="""Dear Mr Puig,

our standard certificate wording (EN/ES) is attached to our programme guide on the client portal, section 5. If a customer needs specific wording (e.g. "additional insured"), please send us the contract clause and we'll check it.
""")

M("S", "de", "insurer-to-company", "Arbeitgeber/HR erhält Bestätigung bKV-Einschluss mit Gesundheitsprüfung-Ergebnis (Ausschluss Zahn 36) für Mitarbeiterin",
  frm=ADDR("graf"), to="Jana Pohl <jana.pohl@hotel-seeblick-group.example>", subj="bKV – Nachzügler aufgenommen", date="2026-04-22 13:00", sig="graf", sigstyle="short",
  body="""Liebe Frau Pohl,

die drei Nachzügler sind aufgenommen. Bei Frau Kocak gilt ein Leistungsausschluss für den bereits in Behandlung befindlichen Zahn 36, bei Herrn Marr für die geplante Brücke. Frau Tran ohne Einschränkung.
""")

M("C", "de", "insurer-to-customer", "Glasbruch Gewerbe Einzelunternehmerin (Eiscafé) mit Vertragsnummer und IBAN mit Bindestrichen",
  frm=ADDR("demir"), to="Eiscafé Venezia – Frau Rossi <eiscafe.venezia@gmx.example>", subj="Glasschaden Schaufenster – Zahlung", date="2026-04-22 14:40", sig="demir", sigstyle="short",
  body=f"""Sehr geehrte Frau Rossi,

für die zerbrochene Schaufensterscheibe Ihres Eiscafés (Vertrag GL-17-300912) zahlen wir die Rechnung der Glaserei Kern über 1.612,80 EUR auf Ihr Konto {IB("DE", "701500000012345678", sep="-")}.
""")

M("N", "de", "insurer-to-supplier", "trap: Auftrag an Messebauer, Messestand Gesundheitsmesse 'Pflege und Reha'",
  frm=ADDR("baumann"), to="Projekt <projekt@messebau-koch.example>", subj="Messestand ALTENPFLEGE 2026 – Freigabe Entwurf", date="2026-04-23 09:00",
  body="""Hallo Herr Koch,

den Entwurf für unseren Stand auf der Messe ALTENPFLEGE (Halle 3, Stand C14, 24 m²) geben wir frei, mit zwei Änderungen: Theke barrierefrei unterfahrbar, und der Claim lautet „Pflege absichern – bevor es ernst wird". Aufbau 4.5., Abbau 7.5.

Julia Baumann
""")

M("C", "en", "insurer-to-partner", "English: motor claim from German insured in France, named third party and his French plate, no injuries",
  frm=ADDR("brenner"), to="Correspondent Office <sinistres@correspondant-fr.example>", subj="Accident in Lyon – our insured Ms. Jana Ostendorf", date="2026-04-23 10:30", lang="en", sig="brenner", sigstyle="short",
  body="""Dear colleagues,

please handle as our correspondent: our insured Ms. Jana Ostendorf (vehicle OL-BL 420, company fleet KF-88120455) collided with the vehicle GH-412-KT of Mr. Julien Marchand in Lyon on 20 April. Constat amiable signed by both; property damage only. Please contact Mr. Marchand's insurer.
""")

M("N", "en", "internal", "trap: English board memo on group benefits strategy with market figures",
  frm=ADDR("paulsen"), to="Executive Board Office <board-office@versicherer.example>", subj="Group benefits strategy 2027 – one-pager", date="2026-04-23 13:00", lang="en",
  body="""Dear Board,

summary for the strategy meeting:
- bAV: 4,200 employer clients, 61,000 members; growth via broker pools.
- bKV: 310 clients, 18,400 members, loss ratio 78 %; target 500 clients by 2028.
- Group accident: stable, price pressure in construction.
- Group income protection: small (1,900 members) but high demand from tech firms; reinsurance support agreed.

Henrik Paulsen
""")

M("C", "de", "insurer-to-broker", "Makler: Antwort mit Geburtsdatum im ausgeschriebenen Format und Beruf für Privathaftpflicht-Tarif (Beamtin)",
  frm=ADDR("kowalski"), to="Lisa Brückner <l.brueckner@brueckner-partner.example>", subj="AW: PHV-Tarif öffentlicher Dienst – Frau Lehmann", date="2026-04-23 15:00", sig="kowalski", sigstyle="short",
  body="""Hallo Frau Brückner,

für Ihre Kundin Frau Jana Lehmann, geboren am elften November neunzehnhundertfünfundachtzig, Beamtin im Schuldienst (Besoldungsgruppe A 13), gilt der Tarif „PHV Öffentlicher Dienst" inkl. Dienstschlüssel- und Amtshaftpflicht. Angebot PH-AN-26-5512 liegt im Portal.
""")

M("N", "de", "internal", "trap: Protokoll Abstimmung Pseudonymisierung mit Beispiel-Platzhaltern",
  frm=ADDR("raman"), to=[ADDR("meier"), ADDR("fischer")], subj="Pseudonymisierung im Gateway – Platzhalterformat", date="2026-04-24 09:00",
  body="""Hallo,

Vorschlag für die Platzhalter, wenn das Gateway eine vertrauliche Mail pseudonymisiert:

„Sehr geehrte/r [NAME_1], Ihr Vertrag [VERTRAG_1] …" – IBANs werden zu [IBAN_1], Geburtsdaten zu [GEBURTSDATUM_1]. Die Zuordnung bleibt nur im Gateway und wird nach 30 Tagen gelöscht.

Priya
""")

M("S", "de", "insurer-to-customer", "GU-Versicherter: Rückfrage zu Vorschäden am Bein nach Unterschenkelfraktur, mit Vertragsnummer",
  frm=ADDR("albrecht"), to="Piotr Nowak <piotr.nowak@wp.example>", subj="Ihr Unfall vom 07.01. – eine Frage", date="2026-04-24 10:20", sig="albrecht", sigstyle="short",
  body="""Guten Tag Herr Nowak,

eine Frage zu Ihrer Unterschenkelfraktur (GU-Vertrag 40-558120): Hatten Sie am selben Bein schon vorher Beschwerden oder Operationen, z. B. am Knie? Das müssen wir bei der Invaliditätsbemessung berücksichtigen. Eine kurze Antwort per Mail genügt.
""")

M("N", "en", "insurer-to-partner", "trap: English vendor asks for test data; reply with synthetic records only",
  frm=ADDR("jansen"), to="Support <support@claimsbridge-tpa.example>", subj="RE: Test data for the new EDI format", date="2026-04-24 11:30", lang="en",
  body="""Hi Tomasz,

use the synthetic set v3 only (attached). All members are fictitious ("TEST-" prefix), diagnosis codes are random valid codes and amounts are generated.

Pieter
""",
  att=[CSV("synthetic_v3_sample.csv", [("member", "name", "dx", "svc_date", "amount"), ("TEST-0001", "Test Person A (synthetic)", "J06.9", "2026-01-01", "50.00"),
       ("TEST-0002", "Test Person B (synthetic)", "M54.5", "2026-01-02", "75.30")])])

M("C", "en", "insurer-to-customer", "English: sole trader photographer's equipment insurance claim with serial numbers and home address",
  frm=ADDR("hartmann"), to="Maya Lindgren Photography <maya@lindgren-photo.example>", subj="Your equipment claim TV-26-00201", date="2026-04-24 13:00", lang="en", sig="hartmann", sigstyle="short",
  body="""Dear Ms Lindgren,

we cover the theft of your camera equipment from your car in Hamburg-Altona on 18 April (policy TV-EL-24-0911, insured: Maya Lindgren, Elbchaussee 44, 22763 Hamburg): Sony A1 (serial 4410872), 24-70 GM II (serial 1822044), total EUR 8,640 less EUR 250 deductible.
""")

M("N", "de", "insurer-to-broker", "trap: Makler-Info zu neuer Mailverschlüsselung, Ablauf Portal und Zertifikat",
  frm=ADDR("falk"), to="makler-alle@verteiler.versicherer.example", subj="Ab 1. Juli: vertrauliche Post nur noch verschlüsselt", date="2026-04-24 14:30",
  body="""Liebe Partnerinnen und Partner,

ab 1. Juli erhalten Sie E-Mails mit Gesundheitsdaten (Kranken, Leben, BU, Unfall, Pflege) nur noch verschlüsselt:
- Haben Sie ein S/MIME-Zertifikat, schicken Sie uns eine signierte Mail an zertifikat@versicherer.example.
- Ohne Zertifikat erhalten Sie eine Benachrichtigung und lesen die Nachricht im SecureMail-Portal.
- Maklerpools mit eigener PKI können Domänenverschlüsselung vereinbaren.

Bernd Falk
""")

M("C", "de", "insurer-to-company", "Fuhrpark: Schadenmeldung mit Fahrer-Führerscheinklasse und Geburtsdatum (junger Fahrer), nur Sachschaden",
  frm=ADDR("petrovic"), to="Fuhrpark Logistik Brandes <fuhrpark@brandes-logistik.example>", subj="Schaden OL-BL 415 – Fahrer unter 23?", date="2026-04-27 09:00", sig="petrovic", sigstyle="short",
  body="""Guten Tag Frau Wille,

laut Schadenmeldung fuhr Herr Jannik Wessels (geb. 03.09.2004, Klasse B seit 2022) den Transit OL-BL 415 beim Rangierschaden am 22.04. Für Fahrer unter 23 gilt in Ihrem Flottenvertrag eine Selbstbeteiligung von 1.000 EUR in der Vollkasko. Niemand wurde verletzt.
""")

M("N", "en", "newsletter", "trap: English pension newsletter about retirement ages and tax, no persons",
  frm=f"Versicherer Pensions <newsletter@{V}>", to="pension-clients@verteiler.versicherer.example", subj="Your pension news – spring 2026", date="2026-04-27 10:00", lang="en", client="system",
  body="""Your pension news – spring 2026

German statutory retirement age reaches 67 for everyone born in 1964 or later. Occupational pensions (bAV) can usually start from age 62.

Taxes: pensions from direct insurance are fully taxable; health and long-term care contributions apply above an allowance of EUR 197.75 per month.

Unsubscribe: https://www.versicherer.example/en/newsletter
""")

M("C", "de", "insurer-to-customer", "Kunde bittet um Versicherungsnachweis für Visum (Hausrat/PHV), Passnummer und Geburtsdatum",
  frm=ADDR("kowalski"), to="Olena Kravets <olena.kravets@ukr-mail.example>", subj="Ihre Bestätigung für die Ausländerbehörde", date="2026-04-27 11:00", sig="kowalski", sigstyle="short",
  body="""Sehr geehrte Frau Kravets,

anbei die gewünschte Bestätigung über Ihre Privathaftpflichtversicherung PH-20-160204 für die Ausländerbehörde Leipzig. Angegeben sind Ihr Name, Geburtsdatum (1992-02-29) und Reisepassnummer FE448120.
""",
  att=[PDF("Bestaetigung_PH-20-160204.pdf", [("h", "Versicherungsbestätigung"), "Versicherungsnehmerin: Olena Kravets, geb. 29.02.1992, Reisepass FE448120\nVertrag: PH-20-160204 (Privathaftpflicht)\nBeginn: 01.03.2026"])])

M("N", "de", "internal", "trap: Schichtplan Hotline an Feiertagen mit Vornamen von Kollegen",
  frm=ADDR("kowalski"), to="Kundenservice Team <kundenservice-team@versicherer.example>", subj="Hotline-Plan Mai (Feiertage)", date="2026-04-27 13:00",
  body="""Hallo zusammen,

Besetzung an den Feiertagen im Mai:
1.5. – Tarek, Jana, Uwe
14.5. (Himmelfahrt) – Sina, Piotr, Lena
25.5. (Pfingstmontag) – Kerstin, Ole

Tauschwünsche bitte bis Mittwoch.

Lena
""")

M("S", "en", "insurer-to-company", "English HR of foreign client receives GIP payments list per employee (names, benefit amounts) — disability claim status",
  frm=ADDR("stanek"), to="Benefits <benefits@lumen-analytics.example>", subj="GIP – payments April 2026",
  att=[CSV("GIP_payments_2026-04.csv", [("emp_id", "name", "benefit_eur", "basis"), ("20577", "Daniel Reyes", "1975.00", "50% graded return"), ("20602", "Aurélie Fontaine", "5718.75", "100%")])], date="2026-04-27 14:30", lang="en", sig="stanek", sigstyle="short",
  body="""Dear Ms Okonkwo,

benefits paid to payroll for April 2026 under the group income protection scheme:

Daniel Reyes (20577) – EUR 1,975.00 (50 %, graded return to work)
Aurélie Fontaine (20602) – EUR 5,718.75 (100 %, claim accepted from 1 March)
""")

M("N", "de", "insurer-to-partner", "trap: Verband: Stellungnahme zum Referentenentwurf bAV-Stärkungsgesetz, keine Personen",
  frm=ADDR("paulsen"), to="AK Altersvorsorge <ak-altersvorsorge@gdv-verband.example>", subj="Referentenentwurf Betriebsrentenstärkung II – unsere Anmerkungen", date="2026-04-28 09:00",
  body="""Liebe Kolleginnen und Kollegen,

unsere Anmerkungen zum Entwurf:
1. Opting-out auf Betriebsebene: begrüßen wir, Informationspflichten aber praxistauglich fassen.
2. Geringverdienerförderung: Anhebung der Einkommensgrenze auf 3.000 EUR dynamisieren.
3. Abfindung von Kleinstanwartschaften: Grenze auf 1,5 % der Bezugsgröße anheben.

Henrik Paulsen
""")

M("C", "en", "insurer-to-broker", "English: broker receives cargo policy declaration with named sole-trader consignee and his VAT/tax number",
  frm=ADDR("osei"), to="Marine Desk <marine@harbourline-brokers.example>", subj="Declaration no. 2026-041 under open cover OC-2025-118", date="2026-04-28 10:30", lang="en", sig="osei", sigstyle="short",
  body="""Oliver,

declaration booked: 1 container consumer electronics, Hamburg → Gdańsk, insured value EUR 212,000, consignee Mr. Marek Wiśniewski trading as MW Elektronika (sole trader), NIP 5213874402. Premium EUR 318.00 will appear on the monthly statement.
""")

M("N", "de", "insurer-to-broker", "trap: Makler fragt nach Gesundheitsfragen im Gruppenvertrag bAV, Antwort mit Regeln (ohne Personen)",
  frm=ADDR("paulsen"), to="Jörg Hansen <j.hansen@hansen-finanz.example>", subj="AW: Gesundheitsfragen bei bAV mit BUZ?", date="2026-04-28 13:00", sig="paulsen", sigstyle="short",
  body="""Hallo Herr Hansen,

im Kollektivrahmenvertrag gilt: bis 1.500 EUR BU-Rente keine Gesundheitsfragen, wenn mindestens 50 % der Belegschaft teilnehmen (mindestens 10 Personen); darüber die vereinfachte Gesundheitsprüfung mit drei Fragen. Krankgeschriebene Mitarbeitende können erst nach Rückkehr an den Arbeitsplatz einbezogen werden („aktiv an der Arbeit"-Klausel).
""")

M("C", "de", "insurer-to-customer", "Kfz-Versicherungsschein nur im DOCX: Geburtsdatum, Anschrift, FIN, maskierte IBAN; Body harmlos",
  frm=ADDR("engel"), to="Ahmet Korkmaz <ahmet.korkmaz@gmx.example>", subj="Ihr neuer Kfz-Vertrag – Unterlagen", date="2026-04-29 09:00", sig="engel", sigstyle="short",
  body="""Sehr geehrter Herr Korkmaz,

schön, dass Sie nach der Klärung wieder bei uns versichert sind. Ihre Vertragsunterlagen finden Sie im Anhang.
""",
  att=[DOCX("Versicherungsschein_KH-4471-20118.docx", [("h", "Versicherungsschein Kraftfahrtversicherung"),
      "Versicherungsnehmer: Ahmet Korkmaz, geb. 05.07.1994, Bahnhofstr. 8, 59423 Unna\nFahrzeug: UN-AK 794, VW Golf VI, FIN WVWZZZ1KZ8W112233\nVertrag: KH-4471-20118",
      ("t", [("Baustein", "SF-Klasse", "Jahresbeitrag EUR"), ("Haftpflicht", "SF 3", "612,40"), ("Teilkasko", "-", "148,20")]),
      "Zahlungsweise: jährlich per Lastschrift vom Konto DE** **** **** **** **44 18"], author="Versicherer Allgemeine")])

# ==== MAILS END ====


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        main()
