#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel fourth development corpus generator (corpora/dev4).

Writes mails/d4-NNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers (code above MAILS) were taken over
from corpora/dev2; all content below MAILS was written independently for dev4.

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
    "wolters": ("Clara Wolters", "clara.wolters", "Leistung Pflege / Hilfsmittel", "Long-term Care & Medical Aids Claims", "kv", "-3640"),
    "bauer": ("Matthias Bauer", "matthias.bauer", "Kundenservice Leben", "Life Customer Service", "lv", "-2050"),
    "szabo": ("Eszter Szabo", "eszter.szabo", "Schadenservice Reise / Assistance", "Travel Claims & Assistance", "av", "-4655"),
    "haas": ("Dominik Haas", "dominik.haas", "Vertrag Kranken / Beitrag", "Health Contracts & Premiums", "kv", "-3150"),
    "kaiser": ("Ruth Kaiser", "ruth.kaiser", "Rehamanagement Personenschaden", "Rehabilitation Management", "av", "-4733"),
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
    p.set_creator("Siegel dev4 corpus")
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
    salt = f"d4|{n}|{m.get('mid', '')}|{m['subj']}"
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
        fn = f"d4-{n:04d}.eml"
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
# MAILS — every mail below is written by hand for dev4.
# ==========================================================================
# ---------------------------------------------------------------- batch 1
M("S", "de", "insurer-to-customer", "Rezepterstattung: Wirkstoffe mit Dosis (Metformin, Ramipril) der Adressatin, kein Diagnosewort",
  frm=ADDR("kroeger"), to="Gisela Hornbach <g.hornbach@posteo.example>", subj="Ihre Einreichung vom 03.02.2026 – Abrechnung",
  date="2026-02-09 10:14", sig="kroeger",
  body="""Sehr geehrte Frau Hornbach,

vielen Dank für die eingereichten Belege. Wir haben sie wie folgt abgerechnet:

[[t]]

Der Betrag von 61,84 EUR geht in den nächsten Tagen auf Ihr bekanntes Konto. Die Zuzahlungsbefreiung, nach der Sie gefragt haben, gibt es in der privaten Krankenversicherung so nicht; Ihr Selbstbehalt ist für 2026 noch nicht ausgeschöpft (verbraucht: 312,40 EUR von 600,00 EUR).

Mit freundlichen Grüßen""",
  tables={"t": ([["Datum", "Apotheke", "Präparat", "Betrag", "erstattet"],
                 ["12.01.2026", "Löwen-Apotheke Bonn", "Metformin 1000 mg 180 St.", "24,16", "24,16"],
                 ["12.01.2026", "Löwen-Apotheke Bonn", "Ramipril 5 mg 100 St.", "18,79", "18,79"],
                 ["27.01.2026", "Löwen-Apotheke Bonn", "Blutzuckerteststreifen 50 St.", "18,89", "18,89"]], "pad")})

M("N", "de", "internal", "trap: Terminabstimmung mit echten Namen, keine Kunden- oder Gesundheitsdaten",
  frm=ADDR("brandt"), to=[ADDR("kroeger"), ADDR("wendland"), ADDR("haas")], subj="Jour fixe Leistung KV – neuer Termin",
  date="2026-01-13 08:02", sig="brandt", sigstyle="short",
  body="""Hallo zusammen,

der Jour fixe am Donnerstag muss leider auf Freitag, 16.01., 9:30 Uhr rutschen (Raum 4.12). Tobias, kannst du die Zahlen zur Bearbeitungsdauer mitbringen? Sabine übernimmt das Protokoll.

Danke und Gruß
Gerrit""")

M("C", "de", "insurer-to-customer", "Kfz-Schaden mit Kennzeichen und Schadennummer einer benannten Person, niemand verletzt",
  frm=ADDR("brenner"), to="Jannik Oberländer <jannik.o@mailbox.example>", subj="AW: Parkrempler Edeka-Parkplatz",
  date="2026-01-20 15:41", sig="brenner",
  body="""Hallo Herr Oberländer,

danke für die Fotos. Wir haben den Schaden unter der Nummer KS-2026-0041877 angelegt. Die Gegenseite (Halter des Fahrzeugs BN-KR 412) hat den Schaden inzwischen bei ihrem Versicherer gemeldet; wir warten auf deren Stellungnahme.

Für die Reparatur Ihres Golfs (K-JO 2291) können Sie gern unsere Partnerwerkstatt in Porz nutzen, dann entfällt die Vorlage eines Gutachtens.

Viele Grüße""",
  quote=Q("""Hallo, jemand ist mir aufm Edeka Parkplatz in die Tür gefahren und hat nen Zettel dran gemacht. Fotos anbei. Was muss ich jetzt machen?? Verletzt ist keiner, bin nur sauer.
Jannik"""))

M("S", "de", "insurer-to-customer", "Heilmittel: Physiotherapie-Verordnung der Adressatin (KG, MT) mit Preisen, kein Diagnosewort",
  frm=ADDR("kroeger"), to="Helga Strassburger <helga.strassburger@t-netz.example>", subj="Ihre Physiotherapie – Rückfrage zur Verordnung",
  date="2026-03-04 11:27", sig="kroeger", disc=1,
  body="""Sehr geehrte Frau Strassburger,

zu der Rechnung der Praxis Bewegungsraum Lindenthal über 6 x Krankengymnastik und 6 x Manuelle Therapie (insgesamt 468,00 EUR) fehlt uns noch die ärztliche Verordnung. Die Rechnung allein reicht leider nicht aus.

Wenn Sie die Verordnung von Dr. Zeller nicht mehr haben, kann die Praxis Ihnen sicher eine Kopie geben. Ein Foto mit dem Handy genügt.

Freundliche Grüße""")

M("N", "en", "insurer-to-broker", "trap: broker contact change with names and phone numbers, no customer data",
  frm=ADDR("reuter"), to="Carsten Bloem <c.bloem@bloem-finanz.example>", subj="New contact for your portfolio from 1 April",
  date="2026-03-17 14:05", sig="reuter", lang="en",
  body="""Dear Mr Bloem,

just a short note that from 1 April my colleague Katharina Vogel will take over the support for your agency, as we are re-cutting the regions. She can be reached at +49 221 555-1185 or katharina.vogel@versicherer.example. I will be around until end of April for the handover, so nothing gets lost.

It was a pleasure working with you these past six years.

Best regards""")

M("S", "en", "insurer-to-customer", "non-native English: AU and Krankengeld (sick pay) of the addressee stated once in passing",
  frm=ADDR("haas"), to="Tomasz Wielgosz <tomasz.wielgosz@gmail.example>", subj="Re: change of adress and monthly payment",
  date="2026-02-23 09:50", sig="haas", lang="en",
  body="""Dear Mr Wielgosz,

thank you, we have changed your address to Venloer Str. 311, 50823 Köln from 1 March 2026.

About the contribution: the monthly premium stays 412.37 EUR. As long as your certificate of incapacity is running (currently until 13 March), you don't need to pay the premium for the daily sickness allowance part, we deduct this automatically and the Krankentagegeld is paid every two weeks.

Kind regards""",
  quote=Q("""Hello, I move to new flat, new adress is Venloer Str 311 50823 Koln. Also I want ask if I still must pay full monthly becaus I am on sick leave since january. Thanks, Tomasz"""))

M("N", "de", "internal", "trap: Schaden an einer Arztpraxis im eigenen Gebäude (Wasser), keine Patientendaten",
  frm=ADDR("richter"), to=ADDR("hartmann"), subj="Wasserschaden EG – Praxis Dr. Ahlers (Mieter)",
  date="2026-01-08 07:44", sig="richter", sigstyle="short",
  body="""Hallo Sven,

heute Nacht ist im 1. OG eine Zuleitung geplatzt, das Wasser ist durch die Decke in die Hausarztpraxis Dr. Ahlers im EG gelaufen (Wartezimmer und Anmeldung). Der Praxisbetrieb läuft eingeschränkt über die hinteren Räume. Die Trocknungsfirma kommt um 10 Uhr.

Kannst du mir sagen, ob das über unsere Gebäudeversicherung läuft oder ob die Praxis das über ihre eigene Inhaltsversicherung meldet? Frau Dr. Ahlers hat schon zweimal angerufen.

Gruß Anja""")

M("C", "de", "insurer-to-customer", "eVB-Nummer und Fahrzeug-Identnummer eines benannten Kunden",
  frm=ADDR("engel"), to="Mehmet Karataş <m.karatas@web.example>", subj="Ihre eVB für die Zulassung",
  date="2026-02-02 16:31", sig="engel", disc=2,
  body="""Guten Tag Herr Karataş,

wie telefonisch besprochen hier Ihre elektronische Versicherungsbestätigung für den Skoda Octavia Combi (FIN TMBJJ7NE4L0123987):

eVB-Nummer: 7QH4RZK

Die Nummer ist 6 Monate gültig. Nach der Zulassung bekommen wir das Kennzeichen automatisch von der Zulassungsstelle, Sie erhalten dann den Versicherungsschein.

Freundliche Grüße""")

M("S", "de", "insurer-to-customer", "Zahnersatz/Heil- und Kostenplan mit GOZ-Positionen am Zahn 36 der Adressatin",
  frm=ADDR("wendland"), to="Birte Lammers <birte.lammers@online.example>", subj="Heil- und Kostenplan Praxis Dr. Wiegand",
  date="2026-03-11 13:02", sig="wendland",
  body="""Sehr geehrte Frau Lammers,

wir haben den Heil- und Kostenplan von Dr. Wiegand vom 24.02.2026 geprüft. Für die Implantatversorgung regio 36 (GOZ 9010, 9040, 2200, dazu Material- und Laborkosten 1.180,00 EUR) ergibt sich nach Ihrem Tarif ZahnPlus 80 eine Erstattung von voraussichtlich 2.306,40 EUR.

Der Knochenaufbau (GOZ 9100) ist ebenfalls erstattungsfähig. Bitte reichen Sie nach der Behandlung die Rechnung und die Laborrechnung ein.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-supplier", "trap: Bestellung Verbandmaterial und Defibrillator-Wartung für Ersthelfer",
  frm=ADDR("krueger"), to="Vertrieb <bestellung@medi-versand.example>", subj="Bestellung 4500019822 – Erste-Hilfe-Material",
  date="2026-02-12 10:10", sig="krueger",
  body="""Guten Tag,

hiermit bestellen wir gemäß Rahmenvertrag:

- 12 x Verbandkasten DIN 13157 (Nachfüllset)
- 4 x Kältekompresse Sofortkälte
- 2 x Elektroden-Pads für AED Typ CR2, Erwachsene
- 1 x Wartung AED, Standort Empfang Rheinuferstraße 12

Lieferung bitte an Warenannahme, Tor 2. Rechnungsanschrift wie bekannt.

Mit freundlichen Grüßen""")

M("S", "en", "insurer-to-customer", "expat health: hospital stay of the customer's wife (childbirth) with hospital name; relation only",
  frm=ADDR("whitfield"), to="Arjun Mehta <arjun.mehta@corp-mail.example>", subj="RE: Guarantee of payment – Sankt Marien",
  date="2026-04-06 08:12", sig="whitfield", lang="en",
  body="""Dear Mr Mehta,

we have sent the guarantee of payment to St. Marien-Krankenhaus Frankfurt this morning, covering the planned admission of your wife on 14 April for the delivery, including up to 5 nights in a twin room. Should a caesarean section become necessary, the hospital will contact us directly; you do not need to do anything.

Congratulations in advance, and all the best to your family.

Kind regards""",
  quote=OQ("Arjun Mehta", "Friday, April 3, 2026 6:40 PM", "Emma Whitfield", "Guarantee of payment – Sankt Marien", """Hi Emma,
the hospital asks for a cost coverage before admission. Due date is 16th but they plan to take Priya in on the 14th. Member no. IH-88120455-02.
Thanks
Arjun""", lang="en"))

M("C", "de", "insurer-to-customer", "Hausratschaden (Einbruch) mit Schadennummer, Adresse und Bankverbindung des Kunden",
  frm=ADDR("demir"), to="Familie Roeske <roeske.familie@mail.example>", subj="Einbruch 31.12. – Regulierung",
  date="2026-01-22 12:30", sig="demir",
  body=f"""Sehr geehrte Frau Roeske, sehr geehrter Herr Roeske,

nach Eingang der Stehlgutliste und der Bescheinigung der Polizei regulieren wir den Einbruchdiebstahl in Ihrer Wohnung Bergstraße 7, 53721 Siegburg, wie folgt:

Entwendete Gegenstände (Neuwert): 3.640,00 EUR
Reparatur Balkontür: 890,00 EUR
abzgl. Selbstbeteiligung: 150,00 EUR
Auszahlung: 4.380,00 EUR

Die Überweisung geht an {IB("DE", "370502991234567801")}. Schadennummer HR-26-0003112.

Mit freundlichen Grüßen""")

M("S", "de", "company", "HR leitet Liste für bAV weiter: Mitarbeiter mit Geburtsdatum und 'Elternzeit/Mutterschutz' im XLSX, Text harmlos",
  frm=ADDR("paulsen"), to=ADDR("schulte"), subj="WG: bAV Meldungen Q1 – Bäckerei Lohmann GmbH",
  date="2026-04-02 09:15", sig="paulsen", sigstyle="short",
  body="""Hallo Marlene,

anbei die Quartalsmeldung der Bäckerei Lohmann zur Direktversicherung. Zwei Verträge sollen beitragsfrei gestellt werden (siehe Spalte Bemerkung). Kannst du das bitte anstoßen?

Danke, Henrik

-------- Weitergeleitete Nachricht --------
Von: Lohnbuchhaltung Lohmann <lohn@baeckerei-lohmann.example>

Hallo Herr Paulsen, anbei wie besprochen die Liste. Gruß, S. Kurt""",
  att=[XLSX("bAV_Q1_2026_Lohmann.xlsx", {"Meldung": [
      ["PersNr", "Name", "Vorname", "geb.", "Vertrag", "Beitrag mtl.", "Bemerkung"],
      [1043, "Yıldız", "Derya", "1991-07-02", "DV 4471002", 148.0, "Mutterschutz ab 02.03., danach Elternzeit – beitragsfrei"],
      [1057, "Behrens", "Ole", "1986-11-19", "DV 4471015", 100.0, ""],
      [1061, "Kaminski", "Laura", "1995-03-30", "DV 4471033", 75.0, "Austritt 31.03.2026"],
      [1072, "Funke", "Raphael", "1979-09-08", "DV 4471040", 148.0, "Krankengeldbezug seit 01/26, Beitrag ruht"],
  ]}, author="S. Kurt")])

M("N", "de", "newsletter", "trap: Newsletter zur Pflegereform mit Pflegegraden und Beträgen, keine Person",
  frm="Versicherer Newsletter <newsletter@versicherer.example>", to="Abonnenten <newsletter-abo@versicherer.example>",
  subj="Pflege 2026: Was sich bei Pflegegrad 2 bis 5 ändert", date="2026-01-15 06:00", html=True,
  body="""Liebe Leserinnen und Leser,

zum 1. Januar 2026 sind die Leistungsbeträge der Pflegeversicherung gestiegen. Das Pflegegeld beträgt jetzt in Pflegegrad 2 monatlich 347 Euro, in Pflegegrad 3 599 Euro. Wer einen Angehörigen zu Hause pflegt, kann außerdem den Entlastungsbetrag nutzen.

Unsere Pflegetagegeld-Tarife schließen die Lücke zwischen gesetzlicher Leistung und tatsächlichen Kosten – im Heim liegt der Eigenanteil oft bei über 2.500 Euro im Monat.

Mehr dazu im Ratgeber auf www.versicherer.example/pflege.

Ihr Versicherer-Team

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: www.versicherer.example/abmelden""")

M("S", "de", "customer", "kurze Handy-Antwort, sensibler Teil (Reha nach Knie-OP) nur im Zitat der Kundin",
  frm=ADDR("albrecht"), to="Monika Freese <monika.freese@icloud.example>", subj="Re: Unfall 14.11. – Reha",
  date="2026-01-27 19:03", client="mobile", sig="albrecht", sigstyle="name",
  body="""Danke, ist angekommen. Melde mich morgen.""",
  quote=Q("""Hallo Frau Albrecht,
anbei der Entlassbericht aus der Reha in Bad Salzuflen. Ich war 3 Wochen da nach der Knie-OP (Kreuzband), laufe jetzt wieder ohne Stützen aber Treppen gehen noch schlecht. Der Orthopäde meint, ein Dauerschaden ist nicht ausgeschlossen. Meine Unfallnummer war UV-25-118204.
Liebe Grüße Monika Freese"""))

M("C", "en", "insurer-to-customer", "legal expenses (employment) with claim number of a named person, no health",
  frm=ADDR("lindqvist"), to="Dr. Fiona Gallagher <fiona.gallagher@protonmail.example>", subj="Your legal expenses claim RS-2026-00877",
  date="2026-02-18 11:20", sig="lindqvist", lang="en",
  body="""Dear Dr Gallagher,

we confirm cover for the dispute with your former employer about the termination of 30 January 2026 (claim RS-2026-00877), first instance at the labour court in Cologne. Your deductible is 250 EUR.

The law firm you named (Kanzlei Brückner & Sohn) will receive our cover letter directly. Please forward us the court's decision once it is available.

Kind regards""")

M("N", "en", "internal", "trap: actuarial note on incidence of psychiatric BU claims by age band, no individuals",
  frm=ADDR("okafor"), to=[ADDR("hasselbach"), ADDR("stone")], subj="BU incidence 2025 – psychiatric causes share",
  date="2026-03-02 17:45", sig="okafor", lang="en", sigstyle="short",
  body="""Hi both,

quick numbers before Thursday: in the 2025 BU claims cohort (n = 1,214 new claims), mental and behavioural disorders (ICD F00–F99) account for 37.9 % of claims, up from 34.2 %. Musculoskeletal is second at 21.0 %, neoplasms 14.8 %.

By age band, F-chapter share is highest in 30–39 (46 %). Cells below 10 claims are merged into "other".

Full tables in the usual folder; happy to discuss the reinsurance impact.

Chidi""")

M("S", "de", "insurer-to-customer", "Pflegegrad 3 der Mutter der Adressatin, nur 'Ihre Mutter' und Vertragsnummer",
  frm=ADDR("yilmaz"), to="Ulrike Bendix <ulrike.bendix@freenet.example>", subj="Pflegetagegeld – Vertrag PT 7730184",
  date="2026-02-26 10:48", sig="yilmaz",
  body="""Sehr geehrte Frau Bendix,

danke für die Übersendung des Bescheids der Pflegekasse. Ihre Mutter ist seit dem 01.01.2026 in Pflegegrad 3 eingestuft. Damit zahlen wir aus dem Pflegetagegeld-Vertrag PT 7730184 ab Januar 60 % des vereinbarten Tagessatzes, also 30,00 EUR je Tag.

Die Nachzahlung für Januar und Februar (1.770,00 EUR) überweisen wir auf das Konto Ihrer Mutter. Ihre Vollmacht liegt uns vor.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-customer", "trap: Interessentin fragt nach Zahnzusatz, nur allgemeine Produktinfo, kein Vertrag, keine Gesundheitsangabe",
  frm=ADDR("kowalski"), to="Jasmin Terhorst <jasmin.terhorst@mail.example>", subj="AW: Frage Zahnzusatzversicherung",
  date="2026-01-30 14:16", sig="kowalski", disc=1,
  body="""Hallo Frau Terhorst,

gern: Unsere Zahnzusatztarife gibt es in drei Stufen (60, 80 und 100 % Erstattung für Zahnersatz). Professionelle Zahnreinigung ist in allen Stufen bis 150 EUR im Jahr enthalten. Wartezeiten gibt es keine, in den ersten Jahren gelten aber Höchstbeträge.

Den Online-Rechner finden Sie unter www.versicherer.example/zahn. Gern rufe ich Sie auch an.

Viele Grüße""",
  quote=Q("""Hallo, was kostet bei Ihnen so eine Zahnzusatz und ist Zahnreinigung dabei? Danke"""))

M("S", "de", "insurer-to-doctor", "Anfrage an Praxis zu Behandlungsdaten einer BU-Antragstellerin (Schilddrüse, L-Thyroxin)",
  frm=ADDR("hasselbach"), to="Praxis Dr. Nowak <praxis@dr-nowak-hausarzt.example>", subj="Ärztliche Auskunft – Ihre Patientin Frau Elif Aydın, geb. 17.05.1990",
  date="2026-03-09 08:55", sig="hasselbach",
  body="""Sehr geehrte Frau Kollegin Nowak,

Ihre Patientin Frau Elif Aydın hat bei uns eine Berufsunfähigkeitsversicherung beantragt und uns von der Schweigepflicht entbunden (Erklärung anbei).

Im Antrag ist eine Hashimoto-Thyreoiditis mit Einnahme von L-Thyroxin 75 µg angegeben. Für die Risikoprüfung bitten wir um eine kurze Auskunft: Erstdiagnose, letzte TSH-Werte, Begleiterkrankungen, Arbeitsunfähigkeitszeiten der letzten 5 Jahre.

Für den Befundbericht vergüten wir nach GOÄ Nr. 75. Vielen Dank.

Mit kollegialen Grüßen""",
  att=[PDF("Schweigepflichtentbindung_Aydin.pdf", [("h", "Schweigepflichtentbindungserklärung"), "Ich, Elif Aydın, geb. 17.05.1990, Am Stadtpark 4, 44787 Bochum, entbinde die mich behandelnden Ärzte ... gegenüber der Versicherer Lebensversicherung AG für den Antrag BU-A-2026-1127.", "Bochum, 02.03.2026   gez. E. Aydın"], title="SPE", unicode=True)])

M("N", "en", "insurer-to-partner", "trap: meeting with reinsurer, named persons and agenda mentions 'medical underwriting guidelines' only",
  frm=ADDR("stone"), to="Hannah Dreyer <hannah.dreyer@rueck-re.example>", subj="Visit 24 March – agenda",
  date="2026-03-10 12:12", sig="stone", lang="en",
  body="""Dear Hannah,

thanks for confirming. Proposed agenda for 24 March, 10:00–15:00 at our office:

1. Treaty renewal life & disability 2027
2. Medical underwriting guidelines – your new diabetes and BMI chapters
3. Claims trend BU (aggregate only)
4. Lunch

Attendees from our side: Dr. Ulrike Hasselbach, Chidi Okafor and me. Please send me the names of your team for the visitor badges.

Best
Rebecca""")

M("C", "de", "broker", "Makler meldet Kfz-Wechsel: Name, Geburtsdatum, Kennzeichen, SF-Klasse im Zitat",
  frm=ADDR("engel"), to="Versicherungsbüro Tanriverdi <info@tanriverdi-versicherungen.example>", subj="AW: Neuantrag Kfz Herr Pohlmann",
  date="2026-03-05 15:22", sig="engel", sigstyle="short",
  body="""Hallo Herr Tanriverdi,

Antrag ist durch, Police kommt per Post. SF-Übernahme vom Vorversicherer haben wir angefragt.

Gruß Rüdiger Engel""",
  quote=OQ("Tanriverdi, Hakan", "Mittwoch, 4. März 2026 17:02", "Engel, Rüdiger", "Neuantrag Kfz Herr Pohlmann", """Hallo Herr Engel,
bitte für meinen Kunden:
Heinz-Werner Pohlmann, geb. 03.08.1957, Lindenallee 22, 47051 Duisburg
VW Tiguan, Kennz. DU-HP 57, Erstzulassung 09/2021
Vorversicherer HUK, SF 25 Haftpflicht / SF 20 VK
Beginn 01.04.2026
Danke + Gruß H. Tanriverdi"""))

M("S", "en", "insurer-to-customer", "travel health: the addressee's son treated in a Spanish clinic (fracture, cast), claim number",
  frm=ADDR("szabo"), to="Kerstin Moll <kerstin.moll@gmx.example>", subj="Your claim RK-26-30119 – Clínica Costa Blanca",
  date="2026-04-21 13:40", sig="szabo", lang="en",
  body="""Dear Mrs Moll,

you asked us to write in English because your husband will handle this; no problem.

We have received the invoice of Clínica Costa Blanca (Alicante) for the treatment of your son Lenny on 9 April: X-ray of the left forearm, closed reduction and cast, 612.00 EUR. This is fully covered by your family travel health policy. We will also reimburse the taxi receipts (2 x 18 EUR).

The follow-up visit at your paediatrician in Germany is a matter for your regular health insurance.

Kind regards""")

M("N", "de", "internal", "trap: Datenschutz-Protokoll zu Gesundheitsdaten im Mailversand, keine Fälle",
  frm=ADDR("meier"), to=[ADDR("fischer"), ADDR("brandt"), ADDR("stanek")], subj="Protokoll AG Datenschutz 05.02.2026",
  date="2026-02-06 16:20", sig="meier", sigstyle="short",
  body="""Hallo zusammen,

kurz das Protokoll:

1. Gesundheitsdaten (Art. 9 DSGVO) dürfen weiterhin nur verschlüsselt oder über das Portal an Kunden gehen. Ausnahme: schriftliche Einwilligung, TLS reicht dann.
2. Leistung Leben meldet, dass Ärzte Befundberichte oft per Fax schicken. Wir prüfen ein Upload-Formular.
3. Die Vorlage "Schweigepflichtentbindung" wird überarbeitet (Stand 2019).
4. Nächster Termin: 05.03., 14 Uhr.

Gruß Thomas""")

M("S", "de", "insurer-to-customer", "BU-Leistung: Nachprüfung, Adressat, 'Ihre psych. Behandlung' am Ende eines langen Briefs",
  frm=ADDR("stanek"), to="Daniel Kirchhoff <d.kirchhoff@posteo.example>", subj="Ihre Berufsunfähigkeitsrente – jährliche Nachprüfung",
  date="2026-05-05 10:05", sig="stanek",
  body="""Sehr geehrter Herr Kirchhoff,

wie jedes Jahr prüfen wir, ob die Voraussetzungen für die Rente aus Ihrer Versicherung 61 009 442 weiterhin vorliegen. Das ist ein Routinevorgang und kein Zeichen dafür, dass wir Zweifel haben.

Bitte schicken Sie uns bis zum 15.06.2026:

1. den beigefügten Fragebogen, ausgefüllt und unterschrieben,
2. eine Bescheinigung Ihres Arbeitgebers, ob und in welchem Umfang Sie derzeit arbeiten,
3. eine aktuelle Bescheinigung über Ihre psych. Behandlung (Praxis Dipl.-Psych. Weyers), aus der Frequenz und voraussichtliche Dauer hervorgehen.

Die Rente von monatlich 1.450,00 EUR zahlen wir während der Prüfung unverändert weiter.

Mit freundlichen Grüßen""")

M("C", "en", "insurer-to-company", "company contact: fleet claim of a GmbH with named employee driver and plate, nobody hurt",
  frm=ADDR("brenner"), to="Julia Sanders <j.sanders@kuehl-logistik.example>", subj="Fleet claim FL-26-2210 – your driver Mr Ilić",
  date="2026-02-11 09:33", sig="brenner", lang="en",
  body="""Dear Ms Sanders,

thanks for the accident report. For our records: on 6 February your driver Goran Ilić reversed the truck HH-KL 4410 into a loading ramp at Tor 5 of Rewe Zentrallager Dortmund. No one was injured. The damage to the ramp is estimated at 3,800 EUR.

Please ask Mr Ilić to sign page 2 of the report; we can then settle with the warehouse operator.

Kind regards""")

M("N", "de", "insurer-to-customer", "trap: Portal-Benachrichtigung ohne Inhalt, Name des Empfängers",
  frm="Versicherer SecureMail <noreply@versicherer.example>", to="Reinhard Esser <reinhard.esser@mail.example>",
  subj="Neue Nachricht in Ihrem Postfach", date="2026-03-03 07:15",
  body="""Guten Tag Reinhard Esser,

in Ihrem Kundenpostfach liegt eine neue Nachricht für Sie bereit.

Bitte melden Sie sich unter https://secure.versicherer.example an, um sie zu lesen. Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte.

Ihr Versicherer

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.""")

M("S", "de", "hospital", "Krankenhaus-Kostenübernahme: Aufnahme, OPS-Code und Diagnose mit ICD-Suffix in HTML-Tabelle, weitergeleitet",
  frm=ADDR("brandt"), to=ADDR("haas"), subj="WG: Kostenübernahmeantrag Versicherte Nr. 3302189-01",
  date="2026-02-17 11:58", html=True, sig="brandt", sigstyle="short",
  body="""Dominik, kannst du kurz prüfen, ob der Wahlleistungszuschlag im Tarif ist? Danke.

-------- Weitergeleitete Nachricht --------
Von: Patientenaufnahme Evangelisches Klinikum Niederrhein <aufnahme@evk-niederrhein.example>
Betreff: Kostenübernahmeantrag

Sehr geehrte Damen und Herren, wir bitten um Kostenübernahme für:

[[t]]

Mit freundlichen Grüßen
Patientenaufnahme""",
  tables={"t": ([["Patient", "Versichertennr.", "Aufnahme", "Diagnose", "geplante Leistung", "Wahlleistung"],
                 ["Schürmann, Alfred", "3302189-01", "23.02.2026", "I48.1 G", "OPS 8-835.8 (Ablation)", "Einbettzimmer, Chefarzt"]], "pad")})

M("N", "en", "insurer-to-supplier", "trap: IT vendor ticket about 'health claim documents' upload failing, no personal data",
  frm=ADDR("hoffmann"), to="Support <support@docuflow.example>", subj="Ticket #58821 – upload of medical invoices times out",
  date="2026-01-28 10:02", sig="hoffmann", lang="en",
  body="""Hello,

since the update to 7.3 on Monday, uploads of scanned doctors' invoices (PDF, 2–8 MB) in the claims intake queue time out after 30 s. Smaller files work. Error in the log:

  UploadHandler: read timeout after 30000 ms (chunk 3/5)

Affected: all users of the health claims team, approx. 400 uploads/day. Please raise priority to P2.

Regards""")

M("S", "de", "insurer-to-customer", "Entbindung/Geburt: Krankenhausrechnung und Hebamme der Adressatin, Glückwunsch",
  frm=ADDR("brandt"), to="Sophia Engelke <sophia.engelke@web.example>", subj="Ihre Rechnungen Klinikum Oldenburg und Hebamme",
  date="2026-06-02 14:44", sig="brandt", disc=0,
  body="""Liebe Frau Engelke,

zuerst herzlichen Glückwunsch zur Geburt von Mats!

Die Rechnung des Klinikums Oldenburg (Entbindung am 18.05., 4 Tage stationär, Zweibettzimmer) haben wir direkt mit dem Krankenhaus abgerechnet. Die Rechnung der Hebamme Frau Tjaden für die Wochenbettbetreuung (11 Hausbesuche, 592,30 EUR) erstatten wir Ihnen in voller Höhe.

Denken Sie bitte daran, Mats bis Ende Juli bei uns anzumelden, dann ist er ohne Gesundheitsprüfung ab Geburt versichert.

Herzliche Grüße""")

M("S", "de", "insurer-to-customer", "Privatrente (Lebensversicherung, Personenversicherung) mit Steuer-ID und Rentenhöhe, kein medizinisches Wort",
  frm=ADDR("bauer"), to="Wilfried Kamphues <w.kamphues@t-netz.example>", subj="Ihre Rentenbezugsmitteilung",
  date="2026-02-20 09:10", sig="bauer",
  body="""Sehr geehrter Herr Kamphues,

für die Rentenbezugsmitteilung an die Zentrale Zulagenstelle benötigen wir Ihre steuerliche Identifikationsnummer. Die von Ihnen genannte Nummer 47 036 892 815 ist bei uns jetzt hinterlegt.

Ihre Privatrente betrug 2025 insgesamt 5.184,00 EUR (12 x 432,00 EUR). Der Ertragsanteil wird von Ihrem Finanzamt berechnet.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "Hilfsmittel: Rollator und Hörgeräte der Adressatin, Kostenvoranschlag",
  frm=ADDR("wolters"), to="Irmgard Pfaff <irmgard.pfaff@online.example>", subj="Ihr Kostenvoranschlag Hörakustik Bremer",
  date="2026-04-14 10:30", sig="wolters",
  body="""Sehr geehrte Frau Pfaff,

der Kostenvoranschlag von Hörakustik Bremer über zwei Hinter-dem-Ohr-Geräte (beidseitig, 3.980,00 EUR) liegt uns vor. Nach Ihrem Tarif erstatten wir für Hörgeräte bis 1.500,00 EUR je Ohr alle 5 Jahre, insgesamt also 3.000,00 EUR.

Den Rollator, den Sie im selben Schreiben erwähnen, übernehmen wir ebenfalls, wenn Sie uns eine Verordnung Ihres Hausarztes schicken.

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: Personalmeldung neue Kollegin mit Namen und Werdegang, nichts Sensibles",
  frm=ADDR("weiss"), to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>", subj="Neu im Team: Clara Wolters",
  date="2026-01-05 09:00", sig="weiss", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

seit 1. Januar verstärkt Clara Wolters den Leistungsbereich Pflege / Hilfsmittel. Frau Wolters ist gelernte Sozialversicherungsfachangestellte und war zuletzt acht Jahre bei einer Betriebskrankenkasse. Sie sitzt im 3. OG, Raum 3.07.

Herzlich willkommen!

Nadine Weiß""")

M("S", "en", "insurer-to-customer", "addressee: prescriptions with active ingredients (sertraline 50 mg), no diagnosis word, policy number",
  frm=ADDR("kroeger"), to="Matthew O'Neill <m.oneill@fastmail.example>", subj="Your pharmacy receipts – policy 3310456",
  date="2026-03-18 15:03", sig="kroeger", lang="en",
  body="""Dear Mr O'Neill,

thank you for sending your pharmacy receipts for January to March. All of them were reimbursed except one:

- Sertraline 50 mg, 100 tablets, 21 Jan – reimbursed 15.92 EUR
- Sertraline 50 mg, 100 tablets, 2 Mar – reimbursed 15.92 EUR
- Melatonin 2 mg (over the counter) – not covered, as it is not a prescription drug

The total of 31.84 EUR will be transferred within a few days.

Kind regards""")

M("C", "de", "lawyer", "Anwaltsschreiben zu Mietstreit im Rechtsschutz, Name, Adresse, Schadennr., keine Gesundheit",
  frm=ADDR("lindqvist"), to="Kanzlei Ostermann <kanzlei@ostermann-recht.example>", subj="AW: Ihr Mandant Bastian Vogt – Deckungsanfrage",
  date="2026-03-24 13:13", sig="lindqvist",
  body="""Sehr geehrter Herr Rechtsanwalt Ostermann,

für die Räumungsklage gegen Ihren Mandanten besteht Deckung aus dem Vertrag RS 882 7714 (Schaden RS-2026-01102). Wir übernehmen die Kosten der ersten Instanz abzüglich 150 EUR Selbstbeteiligung.

Mit freundlichen Grüßen""",
  quote=OQ("Kanzlei Ostermann", "Montag, 23. März 2026 10:18", "Rechtsschutz-Service", "Deckungsanfrage", """Sehr geehrte Damen und Herren,
wir zeigen an, dass wir Herrn Bastian Vogt, Goethestr. 40, 60313 Frankfurt, vertreten. Der Vermieter hat wegen angeblicher Zahlungsrückstände (2 Monatsmieten à 1.240 EUR) Räumungsklage erhoben. Wir bitten um Deckungszusage.
Ostermann, Rechtsanwalt"""))

M("N", "en", "newsletter", "trap: broker newsletter on BU underwriting changes with anonymised example (age 34, teacher)",
  frm="Versicherer Maklerinfo <makler-news@versicherer.example>", to="Makler <maklerverteiler@versicherer.example>",
  subj="Broker update: simplified health questions for BU under 35", date="2026-04-01 06:30", lang="en",
  body="""Dear partners,

from 1 May, applicants under 35 for our disability income product only answer 5 health questions instead of 12 (sum insured up to 2,000 EUR monthly pension).

Example (fictitious): a 34-year-old teacher with treated hay fever and one episode of back pain three years ago can now be accepted without medical reports.

Questions? Ask your broker manager.

Versicherer Broker Services · unsubscribe: makler.versicherer.example/abmelden""")

M("S", "de", "insurer-to-customer", "Schwerbehinderung/GdB 50 des Adressaten im Nebensatz einer Beitragsfrage (Leben)",
  frm=ADDR("bauer"), to="Karl-Heinz Wübbeling <kh.wuebbeling@mail.example>", subj="Ihre Anfrage zur vorzeitigen Rente",
  date="2026-05-12 11:50", sig="bauer",
  body="""Sehr geehrter Herr Wübbeling,

Sie fragen, ob Sie die Rente aus Ihrer Versicherung LV 5 220 318 schon mit 63 beginnen lassen können. Das ist möglich; die monatliche Rente sinkt dann von 611,20 EUR auf 548,70 EUR.

Dass Sie wegen Ihres GdB von 50 die gesetzliche Altersrente für schwerbehinderte Menschen früher bekommen, hat auf unseren Vertrag keinen Einfluss – dort gilt allein der vereinbarte Rentenbeginn.

Das Formular für den Abruf liegt bei.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-customer", "trap: Terminbestätigung Beratungsgespräch, Name, kein Vertrag genannt, keine Gesundheit",
  frm=ADDR("falk"), to="Svenja Dombrowski <svenja.dombrowski@mail.example>", subj="Unser Termin am Dienstag",
  date="2026-02-13 17:20", sig="falk", sigstyle="short",
  body="""Hallo Frau Dombrowski,

ich bestätige gern unseren Termin am Dienstag, 17.02., um 18:30 Uhr bei Ihnen zu Hause. Wir sprechen dann über Ihre Altersvorsorge und die Absicherung der Familie. Bringen Sie, wenn vorhanden, die letzte Renteninformation mit.

Bis Dienstag!
Bernd Falk""")

M("C", "en", "insurer-to-customer", "bank details change: named customer with IBAN in odd format (lower case, no spaces)",
  frm=ADDR("becker"), to="Sean Whitaker <sean.whitaker@outlook.example>", subj="RE: new bank account",
  date="2026-03-26 08:40", sig="becker", lang="en",
  body=f"""Dear Mr Whitaker,

we have updated the direct debit for your household and liability policies (HR 6631208, PH 6631209) to the new account:

{IB("DE", "500105175407324931", group=0).lower()}

The first debit from the new account will be on 1 May. Your mandate reference stays the same.

Kind regards""")

M("S", "de", "doctor", "Arztbrief-Auszug im Zitat (Psychotherapie, Sitzungszahl) bei Kostenzusage, PKV",
  frm=ADDR("kroeger"), to="Dipl.-Psych. Anne Weyland <praxis@weyland-psychotherapie.example>", subj="AW: Antrag auf Kostenübernahme – Patient R. S., Vers.-Nr. 4410923",
  date="2026-04-08 12:00", sig="kroeger",
  body="""Sehr geehrte Frau Weyland,

wir übernehmen die beantragten 24 Sitzungen Verhaltenstherapie (Einzel, GOÄ 870) für den genannten Versicherten. Eine Verlängerung beantragen Sie bitte spätestens nach der 20. Sitzung.

Mit freundlichen Grüßen""",
  quote=OQ("Praxis Weyland", "Donnerstag, 2. April 2026 09:12", "Leistungsservice KV", "Antrag auf Kostenübernahme", """Sehr geehrte Damen und Herren,
für meinen Patienten Robin Seidenfaden (Vers.-Nr. 4410923) beantrage ich nach 5 probatorischen Sitzungen eine Kurzzeittherapie (24 Std.). Diagnose F33.1 G, rezidivierende depressive Störung, gegenwärtig mittelgradige Episode.
Mit freundlichen Grüßen
A. Weyland"""))

M("N", "de", "insurer-to-partner", "trap: Anfrage an Krankenhausgruppe zu Rahmenvertrag Direktabrechnung, nur Prozesse und Ansprechpartner",
  frm=ADDR("brandt"), to="Dr. Ralf Ingwersen <r.ingwersen@klinikverbund-west.example>", subj="Direktabrechnung – Gespräch im März",
  date="2026-02-19 10:40", sig="brandt",
  body="""Sehr geehrter Herr Dr. Ingwersen,

wie auf dem PKV-Forum besprochen, würden wir gern die elektronische Direktabrechnung mit Ihren sechs Häusern ausweiten. Vorschlag: Videotermin am 10. oder 12. März, jeweils 14 Uhr. Von unserer Seite nehmen Herr Haas (Vertrag) und ich teil.

Mit freundlichen Grüßen""")

M("S", "en", "insurer-to-company", "group accident: employee injured at work (hand laceration, stitches) named with staff id",
  frm=ADDR("albrecht"), to="HR Service <hr-service@fenske-metallbau.example>", subj="Group accident policy GU 118 – employee no. 20417",
  date="2026-03-13 14:27", sig="albrecht", lang="en",
  body="""Dear HR team,

regarding your notification about employee no. 20417 (Mr Piotr Nowicki): we have received the A&E report from Marienhospital Hagen. The cut to the right hand was stitched (7 stitches), tendons are intact, and he was signed off for 10 days.

Under the group accident policy this is below the threshold for a disability benefit; the hospital daily allowance does not apply as he was treated as an outpatient. We will close the file unless you send further documents.

Kind regards""")

M("C", "de", "insurer-to-customer", "Privathaftpflicht: Schaden beim Nachbarn mit Namen und Adresse, Schadennummer",
  frm=ADDR("oltmanns"), to="Lea Grabowski <lea.grabowski@mail.example>", subj="Ihr Haftpflichtschaden PH-2026-00419",
  date="2026-01-29 16:08", sig="oltmanns", disc=1,
  body="""Hallo Frau Grabowski,

danke für Ihren Anruf. Wir haben den Schaden angelegt: Beim Umzug ist Ihnen der Spiegel von Herrn Eckart Lutz (Wohnung gegenüber, Am Kirchberg 3, Brühl) heruntergefallen. Herr Lutz soll uns bitte die Rechnung oder ein Foto vom Kaufbeleg schicken, dann zahlen wir ihm den Zeitwert direkt aus.

Viele Grüße""")

M("N", "de", "internal", "trap: IT-Ticket 'Arztrechnung' im Betreff, Scanner-Problem, keine Dokumente",
  frm=ADDR("hoffmann"), to=ADDR("kroeger"), subj="Ihr Ticket INC0081123: Scanstraße Arztrechnungen",
  date="2026-02-04 13:05", sig="hoffmann", sigstyle="short",
  body="""Hallo Frau Kröger,

das Problem mit der Scanstraße (Arztrechnungen werden doppelt eingelesen) ist behoben – der Einzug an Gerät SC-04 war verschmutzt. Die doppelten Dokumente vom 03.02. haben wir aus der Eingangsqueue entfernt, es sind keine Fälle doppelt angelegt worden.

Ticket wird geschlossen.
Lukas Hoffmann""")

# ---------------------------------------------------------------- batch 2
M("S", "de", "insurer-to-customer", "HTML-only: Arztrechnung mit GOÄ-Ziffern (Ultraschall Schilddrüse, Labor TSH) der Adressatin",
  frm=ADDR("kroeger"), to="Renate Ostrowski <renate.ostrowski@mail.example>", subj="Abrechnung Ihrer Rechnung Dr. Hallmann",
  date="2026-03-20 09:25",
  html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Sehr geehrte Frau Ostrowski,</p>
<p>wir haben die Rechnung von Dr. med. Hallmann (Internist, Düren) vom 02.03.2026 geprüft:</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>GOÄ</th><th>Leistung</th><th>Faktor</th><th>Betrag</th></tr>
<tr><td>1</td><td>Beratung</td><td>2,3</td><td>10,72</td></tr>
<tr><td>417</td><td>Sonographie Schilddrüse</td><td>2,3</td><td>28,15</td></tr>
<tr><td>4030</td><td>TSH</td><td>1,15</td><td>16,76</td></tr>
<tr><td>4022/4023</td><td>fT3, fT4</td><td>1,15</td><td>33,52</td></tr>
</table>
<p>Erstattung: <b>89,15 EUR</b> (100 %). Der Betrag wird auf Ihr Konto überwiesen.</p>
<p>Mit freundlichen Grüßen<br>Sabine Kröger<br>Leistungsservice Krankenversicherung</p>
</body></html>""")

M("N", "en", "internal", "trap: new staff member announced to team lead, name and desk only",
  frm=ADDR("weiss"), to=ADDR("whitfield"), subj="Team update – International Health Services",
  date="2026-02-03 11:00", lang="en", sig="weiss", sigstyle="short",
  body="""Hi Emma,

as discussed: Marc Delacroix joins your team on 1 March as claims handler (French and English). His desk is 5.21, laptop is ordered. Julia from Corporate Communications will post the usual welcome note on the intranet.

Could you nominate a buddy for his first two weeks?

Thanks
Nadine""")

M("C", "en", "insurer-to-customer", "motor theft: named customer, VIN and plate, police report number; no health",
  frm=ADDR("brenner"), to="Oliver Brandstetter <oliver.brandstetter@gmx.example>", subj="Stolen vehicle – claim KD-26-0077120",
  date="2026-03-31 10:10", sig="brenner", lang="en",
  body="""Dear Mr Brandstetter,

we are sorry to hear your BMW X3 (plate M-OB 7781, VIN WBAUZ51020LB33871) was stolen from the underground car park in Schwabing on 28 March. We have opened claim KD-26-0077120.

Please send both keys and the police report (Polizeiinspektion 13, file 2026-03-28-1142). If the car is not found within one month, we will settle at replacement value less the 500 EUR deductible.

Kind regards""")

M("S", "de", "customer", "Kundin schreibt umgangssprachlich mit Tippfehlern: Kur/Mutter-Kind-Kur, Sohn mit Asthma, im Zitat",
  frm=ADDR("kowalski"), to=ADDR("haas"), subj="WG: frage wegen kur",
  date="2026-04-15 16:45", sig="kowalski", sigstyle="short",
  body="""Hallo Dominik, die Kundin fragt nach Mutter-Kind-Kur, das ist doch bei euch? Vertrag KV 4 771 203. Danke!""",
  quote=Q("""hallo ich hab mal ne frage, mein kleiner (6) hat seit letztem winter asthma und braucht das spray jeden tag, der kinderarzt meint ne mutter kind kur an der nordsee wär gut für uns beide weil ich auch total durch bin. zahlt ihr sowas?? lg Nadine Behrendt"""))

M("N", "de", "insurer-to-supplier", "trap: Ausschreibung Gutachterdienst für Pflegebegutachtung, Anforderungen, keine Fälle",
  frm=ADDR("krueger"), to="Angebote <angebote@medexpert-gutachten.example>", subj="Ausschreibung 2026-07: Pflegegutachten nach Aktenlage",
  date="2026-05-06 10:00", sig="krueger",
  body="""Sehr geehrte Damen und Herren,

wir laden Sie ein, bis zum 29.05.2026 ein Angebot für die Erstellung von Pflegegutachten (Einstufung Pflegegrad, Aktenlage und Hausbesuch) abzugeben. Erwartetes Volumen: ca. 1.200 Gutachten pro Jahr, bundesweit.

Anforderungen: Pflegefachkräfte bzw. Ärzte mit Begutachtungserfahrung, Auftragsverarbeitungsvertrag nach Art. 28 DSGVO, Übermittlung ausschließlich über unser Portal.

Die Unterlagen stehen im Vergabeportal bereit.

Mit freundlichen Grüßen""")

M("S", "en", "insurer-to-customer", "life: beneficiary change after divorce, named persons and policy – personal line without medical word",
  frm=ADDR("bauer"), to="Catherine Lloyd-Brenner <c.lloydbrenner@mail.example>", subj="Beneficiary change – term life policy 7 104 882",
  date="2026-02-25 14:20", sig="bauer", lang="en",
  body="""Dear Ms Lloyd-Brenner,

we have registered the change you requested: from today, the beneficiaries of your term life policy 7 104 882 (sum insured 250,000 EUR) are your children Oscar and Maya Brenner in equal shares. Your former husband, Mr Tobias Brenner, is no longer a beneficiary.

Please note that this change is revocable; you can change it again at any time in writing.

Kind regards""")

M("N", "de", "insurer-to-broker", "trap: Maklerbetreuer lädt zu Schulung 'Pflegeversicherung' ein, Teilnehmerliste nur Maklernamen",
  frm=ADDR("vogel"), to="Maklerbüro Hauser <info@hauser-finanz.example>", subj="Einladung: Fachtag Pflege am 18. Juni in Stuttgart",
  date="2026-05-11 09:00", sig="vogel",
  body="""Liebe Frau Hauser,

am 18. Juni veranstalten wir in Stuttgart einen Fachtag zur Pflegeabsicherung (9:30–16:00 Uhr, Haus der Wirtschaft). Themen: Pflegegrade in der Praxis, Demenz und Pflegetagegeld, Beratungsdokumentation.

Bisher angemeldet aus Ihrer Region: Herr Kübler, Frau Sahin, Herr Dr. Merz. Anmeldung formlos per Antwortmail. Für die Teilnahme gibt es 5 Stunden Weiterbildungszeit (IDD).

Herzliche Grüße
Katharina Vogel""")

M("S", "de", "insurer-to-customer", "windows-1252: Krankentagegeld, Arbeitsunfähigkeit bis 12.5. eines Selbständigen, nebenbei",
  frm=ADDR("haas"), to="Ralf Tönnies <ralf.toennies@handwerk-toennies.example>", subj="Ihr Krankentagegeld",
  date="2026-04-29 08:15", sig="haas", charset="windows-1252", disc=1,
  body="""Sehr geehrter Herr Tönnies,

die Folgebescheinigung Ihres Orthopäden (AU bis 12.05.2026) ist eingegangen. Wir zahlen das Krankentagegeld von 120,00 € täglich weiter; die nächste Zahlung für den Zeitraum 23.04. bis 06.05. erhalten Sie am Freitag.

Bitte schicken Sie uns auch künftig jede Folgebescheinigung spätestens am 3. Tag.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-customer", "Wohngebäude: Sturmschaden, Eigentümer namentlich, Adresse und Versicherungsnummer",
  frm=ADDR("demir"), to="Heike und Jörg Lammert <lammert.familie@t-netz.example>", subj="Sturmschaden Dach – Gutachtertermin",
  date="2026-02-20 13:33", sig="demir",
  body="""Sehr geehrte Familie Lammert,

der Sachverständige Herr Dipl.-Ing. Krause wird sich am Dienstag, 24.02., zwischen 10 und 12 Uhr das Dach Ihres Hauses Am Mühlbach 9, 57072 Siegen, ansehen (Wohngebäudeversicherung WG 3 118 447, Schaden WG-26-0091).

Bitte lassen Sie die provisorische Abdeckung bis dahin liegen.

Freundliche Grüße""")

M("S", "en", "broker", "broker forwards BU application note: client's prior burnout (sick leave 8 weeks 2024) stated in passing",
  frm=ADDR("schulte"), to="Liam Fairbanks <liam@fairbanks-advisory.example>", subj="RE: BU application – Ms Kühnel",
  date="2026-03-16 15:55", sig="schulte", lang="en",
  body="""Hi Liam,

thanks. With the 8-week sick leave in 2024 we need the short questionnaire on mental health and a report from the treating psychotherapist before we can decide. The application stays open for 3 months.

Best regards
Marlene""",
  quote=OQ("Liam Fairbanks", "Monday, 16 March 2026 11:02", "Schulte, Marlene", "BU application – Ms Kühnel", """Hi Marlene,
my client Johanna Kühnel (app. no. BU-A-2026-1380) forgot one thing on the form: she was off work for 8 weeks in autumn 2024 with burnout, had outpatient therapy until mid 2025, nothing since. Can you add that?
Cheers, Liam""", lang="en"))

M("N", "en", "insurer-to-partner", "trap: press enquiry answer about average dental claims, no person",
  frm=ADDR("baumann"), to="Nora Feld <n.feld@finanzblatt.example>", subj="Your question on dental claims",
  date="2026-04-09 15:00", sig="baumann", lang="en",
  body="""Dear Ms Feld,

happy to help with your article. In 2025 our supplementary dental customers submitted on average 1.7 invoices per year; the average reimbursement per dental crown was 612 EUR, per implant 1,420 EUR. Professional tooth cleaning was the most frequent single item.

Please quote "a spokesperson of Versicherer". 

Best regards
Julia Baumann""")

M("S", "de", "insurer-to-customer", "Reha-Antrag des Ehemannes ('Ihr Mann') nach Schlaganfall, Pflegeheim-Übergang, nur Vertragsnr.",
  frm=ADDR("wolters"), to="Brigitte Sauerland <b.sauerland@mail.example>", subj="Ihr Anruf vom Montag – Vertrag KV 2 004 917",
  date="2026-01-21 10:02", sig="wolters",
  body="""Sehr geehrte Frau Sauerland,

wie am Telefon besprochen: Für die Anschlussreha Ihres Mannes in der Neurologischen Klinik Hilchenbach haben wir die Kostenübernahme für zunächst 28 Tage erteilt. Der Sozialdienst der Klinik kümmert sich um alles Weitere.

Sollte danach eine Kurzzeitpflege nötig sein, melden Sie sich bitte frühzeitig, damit wir den Antrag auf Pflegeleistungen vorbereiten können.

Alles Gute für Ihren Mann.""")

M("N", "de", "internal", "trap: Kollege krankgemeldet ohne Grund, Vertretungsregel",
  frm=ADDR("oltmanns"), to="Team Haftpflicht <team-haftpflicht@versicherer.example>", subj="Vertretung diese Woche",
  date="2026-02-16 08:05", sig="oltmanns", sigstyle="name",
  body="""Moin,

Kai fällt diese Woche aus. Seine Fälle A–K übernimmt Merve, L–Z übernehme ich. Rückrufe bitte im Teamkalender eintragen.

Jens""")

M("S", "de", "insurer-to-customer", "Zahnersatz und Kieferorthopädie der Tochter ('Ihre Tochter') mit KIG-Einstufung",
  frm=ADDR("wendland"), to="Markus Teuber <markus.teuber@online.example>", subj="Behandlungsplan Kieferorthopädie Johanna",
  date="2026-03-27 11:11", sig="wendland", disc=2,
  body="""Sehr geehrter Herr Teuber,

der kieferorthopädische Behandlungsplan von Dr. Schiefer für Ihre Tochter Johanna (KIG D4, Distalbiss, feste Apparatur oben und unten, geplante Dauer 3 Jahre) liegt uns vor. Die geschätzten Kosten von 5.840,00 EUR übernehmen wir nach Ihrem Tarif zu 80 %.

Die Abschlagsrechnungen können Sie quartalsweise einreichen.

Mit freundlichen Grüßen""")

M("C", "en", "insurer-to-customer", "travel cancellation for job loss (no health), named traveller, booking number, claim number",
  frm=ADDR("szabo"), to="Dario Fontana <dario.fontana@libero.example>", subj="Trip cancellation claim RR-26-40877",
  date="2026-05-19 09:48", sig="szabo", lang="en",
  body="""Dear Mr Fontana,

we have received the termination letter from your employer dated 30 April. Unexpected loss of employment is an insured event under your annual travel cancellation policy, so we will reimburse the cancellation fee of 1,176 EUR for the Crete trip (booking TUI-88172610) less the 20 % deductible, i.e. 940.80 EUR.

Kind regards""")

M("S", "en", "insurer-to-hospital", "English to a Swiss hospital: guarantee for a customer's knee replacement, customer named with birth date",
  frm=ADDR("whitfield"), to="Admissions <admissions@klinik-seeblick.example>", subj="Guarantee of payment – Mr Stefan Oberholzer, DOB 11/09/1958",
  date="2026-06-10 10:30", sig="whitfield", lang="en",
  body="""Dear colleagues,

we confirm cost coverage for Mr Stefan Oberholzer, date of birth 11/09/1958, member no. IH-77210014, for the planned total knee replacement (right) on 22 June 2026, including up to 7 nights in a private room and the surgeon's fee according to your cost estimate of 24,300 CHF.

Please send the final invoice and discharge summary to claims-international@versicherer.example.

Kind regards""")

M("N", "de", "insurer-to-customer", "trap: Antwort an Kunden zur Portal-Registrierung, Name, kein Vertragsinhalt",
  frm=ADDR("kowalski"), to="Hans-Peter Voss <hp.voss@mail.example>", subj="AW: Passwort vergessen",
  date="2026-01-16 12:40", sig="kowalski", disc=1,
  body="""Hallo Herr Voss,

aus Sicherheitsgründen dürfen wir Passwörter nicht per E-Mail versenden. Bitte nutzen Sie auf der Anmeldeseite den Link "Passwort vergessen". Sie bekommen dann einen Code per SMS an die bei uns hinterlegte Handynummer.

Viele Grüße""",
  quote=Q("""Guten Tag, ich komm nicht mehr ins Kundenportal, können Sie mir das Passwort schicken? H.-P. Voss"""))

M("S", "de", "insurer-to-customer", "Unfall: Invaliditätsbemessung nach Gliedertaxe, Adressat, nur Vertragsbezug und 'Ihr Daumen'",
  frm=ADDR("albrecht"), to="Florian Gerdes <florian.gerdes@mail.example>", subj="Ihre Unfallversicherung – Invaliditätsleistung",
  date="2026-06-03 14:00", sig="albrecht",
  body="""Sehr geehrter Herr Gerdes,

das Gutachten von Prof. Dr. Lenz liegt vor. Danach ist die Funktion Ihres rechten Daumens nach dem Sturz vom Fahrrad dauerhaft um 4/10 beeinträchtigt.

Nach der Gliedertaxe (Daumen 20 %) ergibt sich ein Invaliditätsgrad von 8 %. Bei einer Grundsumme von 100.000 EUR und Progression 225 % zahlen wir 8.000,00 EUR.

Mit freundlichen Grüßen""")

M("C", "de", "company", "HR-Liste (CSV, windows-1252) neuer Mitarbeiter für Gruppenrechtsschutz mit Geburtsdaten in vier Formaten, keine Gesundheit",
  frm=ADDR("lindqvist"), to=ADDR("kowalski"), subj="WG: Anmeldung Gruppenrechtsschutz Mitarbeiter",
  date="2026-04-07 10:12", sig="lindqvist", sigstyle="short",
  body="""Lena, bitte die vier Personen im Gruppenvertrag GRS 5500 anlegen, Beginn 01.04. Danke!""",
  att=[CSV("Neuanmeldungen_April.csv", [["Name", "Vorname", "Geburtsdatum", "Eintritt", "Kostenstelle"],
                                        ["Albers", "Tim", "14.02.1993", "01.04.2026", "4100"],
                                        ["Nikolic", "Ana", "1988-10-27", "01.04.2026", "4100"],
                                        ["Hoang", "Van Duc", "30/06/1990", "01.04.2026", "4200"],
                                        ["Seifert", "Katrin", "7. Mai 1985", "01.04.2026", "4300"]], enc="windows-1252", sub="excel")])

M("N", "en", "newsletter", "trap: customer newsletter about travel vaccinations and malaria prophylaxis, generic",
  frm="Versicherer Travel <newsletter@versicherer.example>", to="Subscribers <travel-news@versicherer.example>",
  subj="Summer travel: vaccinations and your travel health cover", date="2026-05-28 06:00", lang="en", html=True,
  body="""Hello,

planning a long-haul trip? Many destinations recommend vaccinations against hepatitis A, typhoid or yellow fever. Ask your GP at least six weeks before departure; many supplementary health plans reimburse travel vaccinations.

Our travel health insurance covers emergency treatment abroad, repatriation and medically necessary transport home – from 9.90 EUR per year.

Safe travels!
Your Versicherer team""")

M("S", "de", "insurer-to-customer", "Sucht: Entwöhnungsbehandlung des Adressaten im Fachklinikum, sachlich im Nebensatz",
  frm=ADDR("brandt"), to="Thorsten Wehking <t.wehking@mail.example>", subj="Ihre Anfrage vom 10.03.",
  date="2026-03-12 15:36", sig="brandt",
  body="""Sehr geehrter Herr Wehking,

Ihre Frage, ob der Beitrag für Ihren Vertrag während des Aufenthalts in der Fachklinik Haus Lenne weiterläuft, beantworten wir gern: Ja, der Beitrag ist weiter zu zahlen. Die Kosten der Entwöhnungsbehandlung selbst übernimmt nach Ihrer Mitteilung die Deutsche Rentenversicherung; wir erstatten die ärztlichen Wahlleistungen nach Tarif.

Wir wünschen Ihnen für die nächsten Wochen viel Kraft.

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: anonymisierter Fall für Schulung (Patientin 'Frau X', 45 J.), keine Identifikation",
  frm=ADDR("hasselbach"), to=[ADDR("schulte"), ADDR("nguyen")], subj="Fallbeispiel für die Schulung am Mittwoch",
  date="2026-04-20 18:02", sig="hasselbach", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

für Mittwoch ein Fall zum Durchdenken (anonymisiert, Details verändert):

Antragstellerin, Mitte 40, Bürotätigkeit, BMI 31, Bluthochdruck medikamentös gut eingestellt, eine depressive Episode vor 8 Jahren ohne Rückfall. Beantragt: BU 1.500 EUR.

Fragen: Normalannahme? Zuschlag? Ausschluss? Bitte mit Begründung nach Leitfaden Kapitel 4 und 9.

Viele Grüße
U. Hasselbach""")

M("S", "en", "insurer-to-customer", "care: the addressee's father in a nursing home, care grade and monthly own contribution",
  frm=ADDR("yilmaz"), to="Richard Ames <richard.ames@btnet.example>", subj="Your father's care allowance – PT 8801277",
  date="2026-02-05 13:15", sig="yilmaz", lang="en",
  body="""Dear Mr Ames,

thank you for the copy of the nursing home contract (Seniorenstift Am Rosengarten, Bad Honnef). As your father has care grade 4 and now lives in residential care, the daily benefit from his long-term care policy PT 8801277 rises to 100 % = 60 EUR a day from 1 February.

The nursing home charges an own contribution of 2,874 EUR per month, so the policy covers most of it.

Kind regards""")

M("C", "de", "insurer-to-customer", "Kfz: SF-Rabatt-Übertragung von der Mutter auf den Sohn, Namen und Geburtsdatum, Vertragsnummern",
  frm=ADDR("engel"), to="Ingrid Schaller <ingrid.schaller@mail.example>", subj="Übertragung Schadenfreiheitsrabatt auf Ihren Sohn",
  date="2026-03-06 10:50", sig="engel",
  body="""Sehr geehrte Frau Schaller,

die Übertragungserklärung ist vollständig. Wir übertragen den Schadenfreiheitsrabatt aus Ihrem Vertrag KF 4 331 209 (SF 12) auf den neuen Vertrag Ihres Sohnes Lukas Schaller, geb. 04.11.2001 (KF 4 331 877).

Da Lukas seit 2019 den Führerschein hat, kann er maximal SF 7 übernehmen; die übrigen Jahre verfallen. Ihr eigener Vertrag wird zum 01.04. beendet.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "Schwangerschaft der Adressatin (Mutterschutz, Krankentagegeld ruht) in einer Beitragsmail",
  frm=ADDR("haas"), to="Dr. Miriam Falkenberg <miriam.falkenberg@kanzlei-falkenberg.example>", subj="Ihr Krankentagegeld während des Mutterschutzes",
  date="2026-05-21 09:02", sig="haas",
  body="""Sehr geehrte Frau Dr. Falkenberg,

Sie haben uns den voraussichtlichen Entbindungstermin (29.07.2026) mitgeteilt. Für die Zeit des Mutterschutzes (ab 17.06.) zahlen wir aus Ihrem Vertrag das vereinbarte Krankentagegeld als Mutterschaftsgeld, also 150,00 EUR täglich.

Den Nachweis des Arztes oder der Hebamme über den Termin haben wir erhalten. Beitragsfrei stellen müssen Sie nichts.

Alles Gute!""")

M("N", "de", "insurer-to-supplier", "trap: Gebäudereinigung einer Arzt-Etage (Mietfläche), Hygieneanforderungen, keine Personen",
  frm=ADDR("richter"), to="Objektleitung <objekt@glanz-service.example>", subj="Reinigung 2. OG – neue Mieter (Physiotherapiepraxis)",
  date="2026-06-01 07:50", sig="richter",
  body="""Guten Tag Herr Szymański,

ab 15.06. mietet eine Physiotherapiepraxis die Fläche im 2. OG (Haus B). Die Praxis wünscht tägliche Reinigung der Behandlungsräume mit Flächendesinfektion und wöchentliche Reinigung der Trainingsgeräte.

Bitte schicken Sie mir bis Ende der Woche ein Nachtragsangebot.

Viele Grüße""")

M("S", "en", "customer", "forwarded customer mail (message/rfc822): English-speaking customer describes migraine medication and neurologist",
  frm=ADDR("whitfield"), to=ADDR("kroeger"), subj="FW: Question about my medication",
  date="2026-03-23 11:45", sig="whitfield", lang="en", sigstyle="short",
  body="""Hi Sabine,

this customer is on a German tariff (your team), forwarding it to you. The original is attached.

Emma""",
  att=[EML(INNER("Hiroshi Tanaka <h.tanaka@mail-jp.example>", "service@versicherer.example", "Question about my medication",
                 "2026-03-22 21:10", """Hello,

my neurologist Dr. Brauer in Düsseldorf prescribed me Erenumab (Aimovig) 140 mg once a month for the migraine. It is very expensive, 620 Euro per pen. Is it covered by my private health insurance? My number is 5520931.

Thank you very much
Hiroshi Tanaka""", "<3f8a21c0-7b1e-4d22-9a0e-1c2b3d4e5f60@mail-jp.example>", lang="en"), "Question about my medication.eml")])

M("C", "en", "insurer-to-broker", "broker: named customer's household sum insured and address, no health",
  frm=ADDR("reuter"), to="Carsten Bloem <c.bloem@bloem-finanz.example>", subj="RE: Household – sum insured Mr Reinholz",
  date="2026-02-10 16:30", sig="reuter", lang="en",
  body="""Dear Mr Bloem,

as requested: Mr Kai Reinholz, Hafenstraße 18, 26789 Leer, household contents policy HR 7 551 012, sum insured 78,000 EUR (120 m² × 650 EUR). Underinsurance waiver applies. Raising it to 95,000 EUR for the new art collection costs 31.40 EUR more per year.

Best regards""")

M("N", "en", "insurer-to-partner", "trap: DPA (supervisory authority) correspondence on breach notification process, no case data",
  frm=ADDR("meier"), to="Referat 3 <poststelle@ldi-beispiel.example>", subj="Your ref. 3.1-2026-114 – notification procedure",
  date="2026-03-30 10:00", sig="meier", lang="en",
  body="""Dear Sir or Madam,

thank you for your letter. As requested, we describe our internal procedure for notifying personal data breaches involving health data: (1) report to the data protection officer within 4 hours, (2) assessment by the incident team, (3) notification to your office within 72 hours where required, (4) information of the persons concerned without undue delay.

The written procedure (version 3.2) is enclosed with our postal letter.

Yours faithfully""")

M("S", "de", "insurer-to-customer", "Lebensversicherung: Auszahlung im Todesfall an Witwe, Verstorbener benannt, Sterbeurkunde",
  frm=ADDR("bauer"), to="Elfriede Mühlenkamp <e.muehlenkamp@t-netz.example>", subj="Lebensversicherung Ihres verstorbenen Mannes",
  date="2026-01-26 11:00", sig="bauer", disc=0,
  body="""Sehr geehrte Frau Mühlenkamp,

unser aufrichtiges Beileid zum Tod Ihres Mannes Gerhard Mühlenkamp.

Die Sterbeurkunde und der Erbschein liegen uns vor. Aus der Lebensversicherung 3 007 219 zahlen wir die Todesfallleistung von 42.318,66 EUR (einschließlich Überschussbeteiligung) in den nächsten Tagen an Sie aus. Die Meldung an das Finanzamt übernehmen wir.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-customer", "trap: Vorlage mit Platzhaltern (Schweigepflichtentbindung) an Makler – leer, kein Fall",
  frm=ADDR("schulte"), to="Makler Zentrale <zentrale@finanzhaus-nord.example>", subj="Aktuelle Formulare BU-Antrag",
  date="2026-02-27 13:30", sig="schulte",
  body="""Sehr geehrte Damen und Herren,

wie gewünscht die aktuelle Fassung der Schweigepflichtentbindung für den BU-Antrag als Word-Datei. Bitte verwenden Sie ab 1. März nur noch diese Fassung.

Mit freundlichen Grüßen""",
  att=[DOCX("Schweigepflichtentbindung_BU_2026-03.docx", [("h", "Einwilligung und Schweigepflichtentbindungserklärung"),
       "Ich, «Vorname» «Nachname», geboren am «Geburtsdatum», wohnhaft «Anschrift», willige ein, dass die Versicherer Lebensversicherung AG die von mir in diesem Antrag und künftig mitgeteilten Gesundheitsdaten erhebt, speichert und nutzt ...",
       "Ort, Datum: ________________   Unterschrift: ________________"])])

M("S", "de", "insurer-to-customer", "Ergotherapie und Logopädie des Sohnes ('Ihr Sohn Ben') mit Verordnungen und Beträgen",
  frm=ADDR("kroeger"), to="Anke Wessling <anke.wessling@mail.example>", subj="Erstattung Therapie Ben",
  date="2026-04-27 10:20", sig="kroeger", disc=2,
  body="""Liebe Frau Wessling,

für Ihren Sohn Ben haben wir erstattet:

Ergotherapie Praxis Handwerk, 10 Behandlungen à 48,50 EUR = 485,00 EUR
Logopädie Sprechzeit Münster, 10 Behandlungen à 52,00 EUR = 520,00 EUR

Für die nächste Verordnung der Logopädie braucht es wieder eine ärztliche Verordnung des Kinderarztes; die laufende ist ausgeschöpft.

Viele Grüße""")

M("C", "en", "insurer-to-customer", "pet insurance: dog's vet bill (animal health), owner named with policy number",
  frm=ADDR("wagner"), to="Megan Doyle <megan.doyle@mail.example>", subj="Vet invoice for Bruno – TK 6620881",
  date="2026-05-04 15:15", sig="wagner", lang="en",
  body="""Dear Ms Doyle,

we have reimbursed the invoice of Tierklinik Hofheim for Bruno's cruciate ligament surgery: 2,410.55 EUR of 2,678.39 EUR (10 % deductible). Physiotherapy for dogs is covered up to 300 EUR per year, so please send us those invoices too.

Give Bruno a pat from us.

Kind regards""")

M("N", "de", "internal", "trap: Beschwerdestatistik Q1 mit Themen 'Ablehnung Heilmittel' etc., keine Namen",
  frm=ADDR("lorenz"), to="Bereichsleitung KV <bl-kv@versicherer.example>", subj="Beschwerdereport Q1/2026 Krankenversicherung",
  date="2026-04-10 14:44", sig="lorenz", sigstyle="short",
  body="""Hallo zusammen,

Eckdaten Q1: 318 Beschwerden (Vorjahr 297). Häufigste Themen: Ablehnung Heilmittel (54), Bearbeitungsdauer Arztrechnungen (49), Beitragsanpassung (41), Hilfsmittel (22), Zahnersatz (19). Ombudsmann-Verfahren: 7, davon 2 zu Psychotherapie.

Der ausführliche Bericht folgt in der Bereichsrunde.

Daniela Lorenz""")

M("S", "de", "assessor", "Gutachter (BU) beschreibt Tätigkeitsbeschreibung und Bandscheiben-OP des Versicherten im ODT-Anhang",
  frm=ADDR("stanek"), to=ADDR("hasselbach"), subj="WG: Gutachten Leistungsfall BU-L-2026-0091",
  date="2026-05-14 12:20", sig="stanek", sigstyle="short",
  body="""Ulrike, das Gutachten von Dr. Rasch ist da. Könntest du bis Ende nächster Woche drüberschauen? Danke, Oliver""",
  att=[ODT("Gutachten_BU-L-2026-0091.odt", [("h", "Sozialmedizinisches Gutachten"),
       "Versicherter: Uwe Kallenbach, geb. 23.02.1971, Dachdecker. Leistungsfall BU-L-2026-0091.",
       "Anamnese: Bandscheibenvorfall L4/5 mit Nukleotomie 09/2025, seither persistierende Lumboischialgie links, Schmerzmedikation Ibuprofen 600 mg bei Bedarf, Tilidin retard 50 mg abends.",
       "Beurteilung: Die zuletzt ausgeübte Tätigkeit als Dachdecker kann auf Dauer zu mehr als 50 % nicht mehr ausgeübt werden.",
       ("t", [["Tätigkeit", "Anteil", "noch möglich"], ["Arbeiten auf dem Dach", "70 %", "nein"], ["Materialtransport", "15 %", "nein"], ["Kundengespräche/Aufmaß", "15 %", "ja"]])])])

M("N", "en", "insurer-to-partner", "trap: calendar invitation to a hospital group for a contract meeting (ICS), names only",
  frm=ADDR("brandt"), to="Dr. Ralf Ingwersen <r.ingwersen@klinikverbund-west.example>", subj="Invitation: Direct billing workshop",
  date="2026-02-24 09:00", sig="brandt", lang="en", sigstyle="short",
  body="""Dear Dr Ingwersen,

please find the invitation for our video call attached. Looking forward to it.

Gerrit Brandt""",
  att=[ICS("invite.ics", "d4-ics-0001@versicherer.example", "Direct billing workshop Klinikverbund West / Versicherer",
           "20260312T140000", "20260312T153000", ("Gerrit Brandt", "gerrit.brandt@versicherer.example"),
           [("Ralf Ingwersen", "r.ingwersen@klinikverbund-west.example"), ("Dominik Haas", "dominik.haas@versicherer.example")],
           location="Video call")])

M("C", "de", "insurer-to-customer", "Ratenzahlung Kfz/Hausrat: Nettoeinkommen und Beitragsrückstand einer benannten Person",
  frm=ADDR("becker"), to="Marcel Hübner <marcel.huebner@mail.example>", subj="Ihre Bitte um Ratenzahlung",
  date="2026-03-02 14:02", sig="becker",
  body="""Sehr geehrter Herr Hübner,

danke für Ihre offenen Worte. Wir sind einverstanden, den rückständigen Beitrag von 684,00 EUR für Ihre Kfz- und Hausratversicherung in sechs Raten à 114,00 EUR zu zahlen, beginnend am 15.03.2026.

Ihre Angaben zum derzeitigen Nettoeinkommen (1.920 EUR nach dem Jobwechsel) haben wir nur für diese Entscheidung verwendet.

Mit freundlichen Grüßen""")

M("S", "en", "insurer-to-customer", "critical illness payout: diagnosis stated once ('your cancer diagnosis') late in the mail",
  frm=ADDR("stanek"), to="Grace Whitmore <grace.whitmore@mail.example>", subj="Your claim under policy 7 220 019",
  date="2026-04-02 10:40", sig="stanek", lang="en",
  body="""Dear Ms Whitmore,

thank you for sending all documents so quickly, and for the kind words about our telephone conversation.

We have completed the review of your claim under your critical illness policy 7 220 019. The lump sum of 75,000 EUR will be transferred to your account ending in 4471 on 6 April. The premium exemption starts on 1 May, so no further premiums will be collected.

The pathology report from Universitätsklinikum Bonn confirmed your cancer diagnosis as covered under section 3.1; there is no need for further medical examinations.

We wish you strength for the treatment.

Kind regards""")

M("N", "de", "insurer-to-customer", "trap: Antwort auf allgemeine Frage zur Beitragsrückerstattung (PKV) ohne Vertragsdaten",
  frm=ADDR("kowalski"), to="Anton Rieger <anton.rieger@mail.example>", subj="AW: Beitragsrückerstattung wie funktioniert das",
  date="2026-06-15 11:22", sig="kowalski",
  body="""Hallo Herr Rieger,

die Beitragsrückerstattung gibt es, wenn in einem Kalenderjahr keine Rechnungen eingereicht werden. Die Höhe beschließt der Vorstand jedes Jahr neu, zuletzt waren es bis zu drei Monatsbeiträge. Vorsorgeuntersuchungen dürfen Sie trotzdem einreichen.

Falls Sie noch Fragen zu den Tarifen haben, rufen Sie mich gern an.

Viele Grüße""")

# ---------------------------------------------------------------- batch 3
M("C", "de", "insurer-to-customer", "Body harmlos, Versicherungsschein-PDF mit Name, geb.-Datum, Adresse und IBAN (Hausrat/Glas)",
  frm=ADDR("kowalski"), to="Natalia Wróbel <natalia.wrobel@mail.example>", subj="Ihre Unterlagen",
  date="2026-02-09 08:30", sig="kowalski", sigstyle="short",
  body="""Hallo Frau Wróbel,

anbei wie gewünscht die Unterlagen noch einmal als PDF.

Viele Grüße""",
  att=[PDF("Versicherungsschein_HR_8120334.pdf", [("h", "Versicherungsschein Hausrat / Glas"),
       "Versicherungsnehmerin: Natalia Wróbel, geb. 12.08.1994, Kaiserstraße 51, 76133 Karlsruhe",
       "Versicherungsnummer: HR 8 120 334   Beginn: 01.03.2026   Versicherungssumme: 52.000 EUR",
       f"SEPA-Lastschrift von: {IB('DE', '660501010108452277')} (Sparkasse Karlsruhe)",
       ("t", [["Baustein", "Jahresbeitrag"], ["Hausrat", "98,40 EUR"], ["Glas", "24,00 EUR"], ["Fahrrad (bis 2.000 EUR)", "36,00 EUR"]])],
       title="Versicherungsschein", unicode=True)])

M("S", "en", "insurer-to-customer", "non-native English: occupational therapy and wheelchair for the customer's mother, care grade",
  frm=ADDR("wolters"), to="Ahmad Rahimi <ahmad.rahimi@mail.example>", subj="Re: wheelchair for my mother",
  date="2026-05-25 13:10", sig="wolters", lang="en",
  body="""Dear Mr Rahimi,

yes, the lightweight wheelchair from Sanitätshaus Kühn (cost estimate 1,386 EUR) is covered under your mother's policy 6 014 229, because her doctor has prescribed it. We have sent the approval directly to the shop.

The occupational therapy twice a week is also covered; please send the invoices every month.

Kind regards""",
  quote=Q("""Hello, my mother (Pflegegrad 3) cannot walk far since her operation in march, doctor gave prescription for wheelchair and ergo therapy 2 times in week. The shop say they need your OK first. Please help fast, she want go outside. Thanks Ahmad Rahimi (son)"""))

M("N", "de", "internal", "trap: Stellenanzeige Sachbearbeitung Leistung KV mit Gesundheitsvokabular, keine Person",
  frm=ADDR("weiss"), to=ADDR("baumann"), subj="Stellenanzeige zur Freigabe – Sachbearbeiter/in Leistung KV",
  date="2026-03-03 12:00", sig="weiss", sigstyle="short",
  body="""Hallo Julia,

hier der Text für die Karriereseite, bitte bis Freitag freigeben:

"Sachbearbeiter (m/w/d) Leistungsprüfung Krankenversicherung, Köln, Vollzeit/Teilzeit.
Sie prüfen Arzt-, Zahnarzt- und Krankenhausrechnungen, Heil- und Hilfsmittelverordnungen nach GOÄ/GOZ und Tarif. Sie haben eine Ausbildung als MFA, ZFA oder Sozialversicherungsfachangestellte/r und Freude am Umgang mit Menschen."

Danke!
Nadine""")

M("C", "en", "insurer-to-customer", "liability: cyclist's claim against customer (dog ran into bike), 'nobody seriously hurt' but bike damage; named third party",
  frm=ADDR("oltmanns"), to="Henrike Jansen <henrike.jansen@mail.example>", subj="Dog liability claim TH-26-00218",
  date="2026-06-08 10:04", sig="oltmanns", lang="en",
  body="""Dear Ms Jansen,

we have received the claim of Mr Viktor Lange regarding the incident on 30 May on the Rhine promenade, when your dog Luna ran into his bicycle. Mr Lange claims 840 EUR for the damaged wheel and his jacket; he was not injured.

We will settle this under your dog owner's liability policy TH 3 558 120. Please confirm that Luna was off the lead at that moment.

Kind regards""")

M("S", "de", "insurer-to-customer", "Pflege: Pflegegrad-Höherstufung nach MD-Begutachtung der Adressatin selbst, Demenz nur als 'Gedächtnis'",
  frm=ADDR("yilmaz"), to="Edith Krämer <edith.kraemer@t-netz.example>", subj="Ergebnis der Begutachtung vom 12. März",
  date="2026-03-26 09:30", sig="yilmaz", charset="iso-8859-1",
  body="""Sehr geehrte Frau Krämer,

die Gutachterin von Medicproof hat Sie am 12. März zu Hause besucht. Nach ihrem Gutachten sind Sie ab 01.03.2026 in Pflegegrad 3 eingestuft (bisher 2), vor allem weil Sie beim Einkaufen, bei der Medikamenteneinnahme und wegen der nachlassenden Gedächtnisleistung mehr Hilfe brauchen.

Das Pflegegeld erhöht sich damit auf 599 Euro monatlich. Eine Kopie des Gutachtens schicken wir Ihnen und Ihrer Tochter (Vollmacht) per Post.

Mit freundlichen Grüßen""")

M("N", "en", "insurer-to-supplier", "trap: purchase order for blood pressure monitors for company health day, no persons",
  frm=ADDR("krueger"), to="Sales <sales@vitalcheck-supplies.example>", subj="PO 4500020177 – company health day",
  date="2026-04-13 11:30", sig="krueger", lang="en",
  body="""Dear Sir or Madam,

for our company health day on 12 May we order:

- 6 upper-arm blood pressure monitors, model BP-200
- 1 body composition scale
- 500 disposable mouthpieces for lung function test
- 2 cartons lancets, 200 blood glucose test strips

Delivery to Versicherer Holding AG, Goods receiving, Gate 2, Rheinuferstrasse 12, Cologne, by 8 May.

Regards""")

M("C", "de", "broker", "Makler-ZIP (TXT + CSV) zum Wohngebäude: Name, geb.-Datum, Objekt, Vorschäden, Mieterliste",
  frm=ADDR("hartmann"), to=ADDR("demir"), subj="WG: Unterlagen Objekt Schöneberg – Herr Albayrak",
  date="2026-04-16 14:02", sig="hartmann", sigstyle="short",
  body="""Aylin, zur Info, weil ihr die Vorschäden prüft. Gruß Sven

----- Weitergeleitet von Maklerkontor Spree -----
Hallo Herr Hartmann, anbei gezippt alles zu Herrn Albayrak. VG, Jana Wiese""",
  att=[ZIP("Albayrak_Unterlagen.zip", [
      TXT("Objektdaten.txt", """Versicherungsnehmer: Cem Albayrak, geb. 02.12.1979
Objekt: Mehrfamilienhaus Belziger Str. 14, 10823 Berlin, Baujahr 1908, 6 WE
Wohnfläche 512 m2, Versicherungswert 1914: 41.000 Mark
Vorschäden: 2023 Leitungswasser (8.200 EUR), 2024 keiner
Vorversicherer: Allgemeine Hausbesitzer AG, Vertrag gekündigt zum 30.06.2026
"""),
      CSV("Mieterliste.csv", [["WE", "Mieter", "seit"], ["1", "Ramm, Sabine", "2011"], ["2", "Leerstand", ""], ["3", "Kowalczyk, Piotr", "2019"]])])])

M("S", "de", "insurer-to-customer", "Rezepterstattung (Insulin, Pen-Nadeln, Sensoren) ohne Diagnosewort, Kind ('Ihrer Tochter Lina')",
  frm=ADDR("kroeger"), to="Jens Hollmann <jens.hollmann@mail.example>", subj="Erstattung Apothekenbelege Lina",
  date="2026-02-12 11:45", sig="kroeger",
  body="""Sehr geehrter Herr Hollmann,

für Ihre Tochter Lina haben wir erstattet:

Insulin lispro 100 E/ml, 10 Patronen – 52,18 EUR
Insulin glargin 100 E/ml, 10 Patronen – 71,09 EUR
Pen-Nadeln 4 mm, 100 St. – 24,90 EUR
Glukosesensoren (14 Tage), 2 St. – 119,80 EUR

Zusammen 267,97 EUR. Die Sensoren sind nach Ihrem Tarif Hilfsmittel, dafür brauchen wir einmalig eine ärztliche Verordnung; diese lag bei.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-broker", "trap: Makleranbindung: Courtagekonto einer GmbH (Firmen-IBAN) und Ansprechpartner",
  frm=ADDR("reuter"), to="Buchhaltung <buchhaltung@nordsee-assekuranz.example>", subj="Ihre Courtageabrechnung März",
  date="2026-04-03 10:15", sig="reuter",
  body=f"""Sehr geehrte Damen und Herren,

die Courtageabrechnung für März steht im Maklerportal bereit. Die Auszahlung erfolgt am 08.04. auf das hinterlegte Geschäftskonto der Nordsee Assekuranz Makler GmbH ({IB("DE", "290500000001234987")}).

Ihre Ansprechpartnerin in der Courtagebuchhaltung ist ab sofort Frau Ilse Tammen, Tel. 0221 555-1640.

Mit freundlichen Grüßen""")

M("S", "en", "company", "HR of a UK subsidiary sends group income protection list: one row 'on long-term sick since Nov' (XLSX)",
  frm=ADDR("paulsen"), to=ADDR("stone"), subj="FW: GIP renewal data – Brightwell Ltd",
  date="2026-05-08 16:40", sig="paulsen", lang="en", sigstyle="short",
  body="""Rebecca, the renewal census for the reinsurer. Please check whether the row with the open claim must go to them as well. Henrik""",
  att=[XLSX("Brightwell_GIP_census_2026.xlsx", {"Census": [
      ["Emp ID", "Surname", "First name", "DOB", "Salary GBP", "Status"],
      ["BW-0114", "Pritchard", "Owen", "1978-04-21", 48500, "active"],
      ["BW-0127", "Okonkwo", "Adaeze", "1985-12-02", 52300, "active"],
      ["BW-0133", "Hughes", "Sian", "1990-07-15", 39800, "on long-term sick leave since 11/2025 (claim open)"],
      ["BW-0141", "Marsh", "Daniel", "1982-01-09", 61000, "active"],
  ]}, author="Brightwell HR")])

M("S", "en", "insurer-to-customer", "BU (life line) increase option with the addressee's salary and policy number; no medical word",
  frm=ADDR("schulte"), to="Pavel Novak <pavel.novak@mail.example>", subj="Increase of your disability cover",
  date="2026-06-11 12:00", sig="schulte", lang="en",
  body="""Dear Mr Novak,

thank you for the copy of your new employment contract. With a gross salary of 78,000 EUR per year, you can increase the monthly disability pension in policy BU 6 402 118 from 1,800 EUR to 2,500 EUR without a new health check, using the option for a change of employer.

Please sign the enclosed form and send it back by 30 June.

Kind regards""")

M("N", "en", "internal", "trap: IT security notice about phishing mails pretending to be 'doctor invoices', no persons",
  frm=ADDR("fischer"), to="All staff <all-staff@versicherer.example>", subj="Warning: phishing mails 'Arztrechnung offen'",
  date="2026-03-19 08:20", sig="fischer", lang="en", sigstyle="short",
  body="""Dear colleagues,

since this morning we see phishing mails with the subject "Arztrechnung offen – Mahnung" and a ZIP attachment. Do not open the attachment. Real medical invoices never arrive as ZIP from unknown senders. Please use the "Report phishing" button.

Information Security""")

M("S", "de", "insurer-to-customer", "Zahnarztrechnung: PZR und Füllungen der Adressatin, GOZ-Positionen mit Zahnnummern, knapp",
  frm=ADDR("wendland"), to="Carina Loose <carina.loose@mail.example>", subj="Ihre Zahnarztrechnung vom 14.04.",
  date="2026-04-24 16:10", sig="wendland", sigstyle="short",
  body="""Hallo Frau Loose,

Rechnung Zahnarztpraxis am Dom erstattet: GOZ 1040 (PZR) 98,20 EUR, GOZ 2060 an 15 und 2100 an 46 (Komposit) 241,60 EUR, zusammen 339,80 EUR.

Viele Grüße
Tobias Wendland""")

M("C", "de", "insurer-to-customer", "Rechtsschutz Verkehr: Bußgeldverfahren (Geschwindigkeit) einer benannten Person, Ordnungswidrigkeit",
  frm=ADDR("lindqvist"), to="Volker Steinbach <volker.steinbach@mail.example>", subj="Deckungszusage Bußgeldverfahren",
  date="2026-05-15 09:40", sig="lindqvist",
  body="""Sehr geehrter Herr Steinbach,

für das Bußgeldverfahren wegen Überschreitung der zulässigen Höchstgeschwindigkeit (A 3, Höhe Limburg, 38 km/h, Aktenzeichen 602.318877.1) erteilen wir Deckung aus Ihrem Verkehrsrechtsschutz RS 4 019 266. Sie können Rechtsanwalt Dr. Möller wie gewünscht beauftragen.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "Krankenhaus-Tagegeld: stationärer Aufenthalt Uniklinik Essen, Adressat, Ursache nur 'Eingriff'",
  frm=ADDR("brandt"), to="Ömer Çelik <oemer.celik@mail.example>", subj="Krankenhaustagegeld",
  date="2026-03-10 10:55", sig="brandt",
  body="""Sehr geehrter Herr Çelik,

laut Aufenthaltsbescheinigung waren Sie vom 16.02. bis 25.02.2026 im Universitätsklinikum Essen. Für diese 9 Tage zahlen wir das Krankenhaustagegeld von 50 EUR je Tag, insgesamt 450 EUR.

Den Entlassbrief brauchen wir für das Tagegeld nicht. Gute Erholung nach dem Eingriff!

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-partner", "trap: Anfrage an Verband zu anonymisierter Statistik Pflegefälle nach Bundesland",
  frm=ADDR("okafor"), to="Statistik <statistik@pkv-verband-beispiel.example>", subj="Datenlieferung Pflegestatistik 2025",
  date="2026-02-18 09:00", sig="okafor",
  body="""Sehr geehrte Damen und Herren,

anbei unsere Meldung für die Verbandsstatistik 2025 (Pflegepflichtversicherung), aggregiert nach Bundesland und Pflegegrad. Zellen mit weniger als 5 Fällen sind wie vereinbart mit "<5" gekennzeichnet.

Mit freundlichen Grüßen""",
  att=[ODS("Pflegestatistik_2025_Meldung.ods", {"Meldung": [
      ["Bundesland", "PG1", "PG2", "PG3", "PG4", "PG5"],
      ["Nordrhein-Westfalen", 412, 1288, 931, 402, 155],
      ["Rheinland-Pfalz", 98, 301, 244, 97, 38],
      ["Saarland", 11, 40, 28, 12, "<5"],
  ]})])

M("S", "en", "insurer-to-customer", "psychotherapy for the addressee's teenage son, number of sessions, plain language",
  frm=ADDR("kroeger"), to="Fiona MacLeod <fiona.macleod@mail.example>", subj="Therapy sessions for Jamie",
  date="2026-05-06 14:14", sig="kroeger", lang="en",
  body="""Dear Ms MacLeod,

we have approved another 20 sessions of psychotherapy for your son Jamie with Ms Kessler in Bonn (child and adolescent psychotherapist). Sessions 1–25 have already been reimbursed.

If the therapist recommends further sessions after that, she needs to send us a short report.

Kind regards""")

M("C", "de", "insurer-to-customer", "Fahrradversicherung: E-Bike-Diebstahl, Rahmennummer, Name, Adresse",
  frm=ADDR("demir"), to="Pia Lohse <pia.lohse@mail.example>", subj="Ihr gestohlenes E-Bike",
  date="2026-06-22 11:01", sig="demir", disc=1,
  body="""Liebe Frau Lohse,

schade, dass Ihr E-Bike (Cube Kathmandu, Rahmennummer WBK 2211 8834 A) vor dem Bahnhof Ehrenfeld gestohlen wurde. Wir ersetzen den Neuwert von 3.299 EUR, sobald Sie uns den zweiten Schlüssel des Akkus und die Anzeigebestätigung schicken.

Schadennummer: HR-26-0018822.

Viele Grüße""")

M("N", "en", "insurer-to-customer", "trap: out-of-office auto reply naming the deputy",
  frm=ADDR("whitfield"), to="Arjun Mehta <arjun.mehta@corp-mail.example>", subj="Automatic reply: claim documents",
  date="2026-07-20 09:03", client="system", lang="en", mailer="Microsoft Exchange Server",
  body="""Thank you for your message. I am out of the office until 3 August with limited access to e-mail.

For urgent matters please contact my colleague Marc Delacroix (marc.delacroix@versicherer.example, +49 221 555-7714) or our service line +49 221 555-7700.

Emma Whitfield
International Health Services""")

M("S", "de", "lawyer", "Anwalt fordert Schmerzensgeld: HWS-Distorsion, Physiotherapie des Geschädigten (Kfz-Haftpflicht), im Zitat",
  frm=ADDR("brenner"), to="RAe Dr. Lüders & Partner <sekretariat@luedersrecht.example>", subj="AW: Unfall vom 09.01.2026 – Ihre Mandantin Frau Keller",
  date="2026-02-27 11:40", sig="brenner",
  body="""Sehr geehrter Herr Dr. Lüders,

wir bestätigen den Eingang. Zur Bezifferung des Schmerzensgeldes benötigen wir noch den Bericht des Durchgangsarztes sowie die Physiotherapie-Rechnungen. Vorab zahlen wir auf den Sachschaden 4.120,00 EUR.

Mit freundlichen Grüßen""",
  quote=OQ("Kanzlei Dr. Lüders", "Dienstag, 24. Februar 2026 15:10", "Schadenservice Kraftfahrt", "Unfall vom 09.01.2026 (Ihr VN: Hr. Schirmer, K-AS 330)", """Sehr geehrte Damen und Herren,
unsere Mandantin Frau Maren Keller erlitt bei dem Auffahrunfall eine HWS-Distorsion und war bis 06.02. arbeitsunfähig. Sie befindet sich weiterhin in physiotherapeutischer Behandlung (bisher 12 Einheiten). Wir fordern ein Schmerzensgeld von 2.500 EUR.
Dr. Lüders, Rechtsanwalt"""))

M("N", "de", "internal", "trap: Aktuariat: Sterbetafel-Auswertung und Rechnungszins, reine Aggregate",
  frm=ADDR("okafor"), to="Verantwortlicher Aktuar <va-leben@versicherer.example>", subj="Sterblichkeitsanalyse Bestand 2025",
  date="2026-03-25 17:30", sig="okafor", sigstyle="short",
  body="""Hallo zusammen,

die Ist/Soll-Auswertung für 2025 ist fertig: Risikolebensversicherung Männer 71 % der DAV 2008 T, Frauen 78 %. Rentenversicherungen: Sterblichkeit leicht unter Erwartung (97 % DAV 2004 R). Todesursachenstatistik liegt uns nicht vor und wird auch nicht erhoben.

Die Tabellen liegen auf dem Aktuariats-Laufwerk.

Chidi""")

M("S", "de", "insurer-to-company", "bAV: Arbeitgeber erhält Info, dass Mitarbeiterin (Personalnr.) BU-Rente erhält – Beitragsbefreiung",
  frm=ADDR("paulsen"), to="Personalabteilung <personal@stahlbau-wiegand.example>", subj="Direktversicherung Personalnr. 00871 – Beitragsbefreiung",
  date="2026-04-30 10:20", sig="paulsen",
  body="""Sehr geehrte Damen und Herren,

für Ihre Mitarbeiterin mit der Personalnummer 00871 (Vertrag DV 3 880 194) haben wir die Leistung aus der eingeschlossenen Berufsunfähigkeits-Zusatzversicherung ab 01.03.2026 anerkannt. Ab dem 01.03. sind daher keine Beiträge mehr zu zahlen; bitte stellen Sie die Entgeltumwandlung ab März ein. Die im März gezahlten 148,00 EUR erstatten wir Ihnen.

Aus Datenschutzgründen teilen wir Ihnen keine weiteren Einzelheiten mit.

Mit freundlichen Grüßen""")

M("C", "en", "insurer-to-customer", "yacht insurance: owner named, boat name, berth, policy number",
  frm=ADDR("osei"), to="Frederik Hansen <frederik.hansen@sailmail.example>", subj="Your yacht policy YA 2 210 034 – season 2026",
  date="2026-04-01 09:30", sig="osei", lang="en",
  body="""Dear Mr Hansen,

your yacht policy YA 2 210 034 for the "Nordwind III" (Hallberg-Rassy 34, hull no. SE-HRS34118F899) has been renewed for the 2026 season. Navigation area: Baltic Sea incl. Danish and Swedish waters. Berth: Marina Wendtorf, box 114.

The agreed value stays at 118,000 EUR.

Fair winds!""")

M("S", "en", "insurer-to-customer", "IVF treatment of the addressee and partner, cycles reimbursed, no diagnosis word",
  frm=ADDR("kroeger"), to="Laura Bianchi <laura.bianchi@mail.example>", subj="Reimbursement – Kinderwunschzentrum Köln",
  date="2026-06-17 15:20", sig="kroeger", lang="en",
  body="""Dear Ms Bianchi,

we have reimbursed the invoice of Kinderwunschzentrum Köln for your second ICSI cycle in May (5,214.33 EUR, including medication). As discussed, your tariff covers up to three attempts; this was the second.

Your partner's part of the treatment (sperm preparation) is billed to his own insurer.

We wish you all the best.

Kind regards""")

M("N", "en", "insurer-to-partner", "trap: audit request list (GDPR audit) with categories 'health data', no records",
  frm=ADDR("meier"), to="Audit team <audit@wp-treuhand.example>", subj="Re: documentation request – GDPR audit 2026",
  date="2026-05-19 11:00", sig="meier", lang="en",
  body="""Dear colleagues,

in response to your list: we will provide (1) the record of processing activities, including the processing of health data in claims and underwriting, (2) the current DPIA for the secure mail gateway, (3) our deletion concept with retention periods for medical reports, (4) the training records for 2025.

Sample cases will only be shown on site, not sent by e-mail.

Best regards""")

M("C", "de", "customer", "Kunde nennt IBAN (mit Bindestrichen gruppiert) und Geburtsjahr im Zitat; Antwort kurz",
  frm=ADDR("becker"), to="Wolfgang Rosenthal <wolfgang.rosenthal@mail.example>", subj="Re: neue Kontoverbindung",
  date="2026-01-12 10:00", sig="becker", sigstyle="short",
  body="""Guten Tag Herr Rosenthal, ist erledigt, ab Februar buchen wir vom neuen Konto ab. Gruß H. Becker""",
  quote=Q(f"""Hallo,
bitte ab sofort abbuchen von Volksbank, IBAN {IB("DE", "370612130004455661", group=4, sep="-")}
für meine Wohngebäude und die Haftpflicht. Meine Vers.nummern weiß ich nicht auswendig, bin Wolfgang Rosenthal aus Lohmar, geb. 1949.
MfG W. Rosenthal"""))

M("S", "de", "insurer-to-customer", "Auslandsreise-Kranken: Rücktransport nach Herzinfarkt in Ägypten, Adressatin ist Ehefrau ('Ihr Mann')",
  frm=ADDR("szabo"), to="Gudrun Seelig <gudrun.seelig@mail.example>", subj="Rücktransport Ihres Mannes aus Hurghada",
  date="2026-02-14 07:45", sig="szabo", importance="high",
  body="""Liebe Frau Seelig,

wie heute Nacht besprochen, fliegt der Ambulanzjet Ihren Mann morgen um 10 Uhr Ortszeit von Hurghada nach Düsseldorf. Die behandelnden Kardiologen im El Gouna Hospital haben die Transportfähigkeit nach dem Herzinfarkt bestätigt; ein Stent wurde bereits gesetzt.

Aufnehmende Klinik ist das Herzzentrum Duisburg. Sie können im Jet mitfliegen. Alle Kosten tragen wir.

Bei Fragen erreichen Sie unsere Notrufzentrale rund um die Uhr.""")

M("N", "de", "insurer-to-customer", "trap: Glückwunsch zum Firmenjubiläum an Maklerin, Name, nichts Sensibles",
  frm=ADDR("vogel"), to="Sabine Hauser <s.hauser@hauser-finanz.example>", subj="25 Jahre Hauser Finanz – herzlichen Glückwunsch!",
  date="2026-06-05 09:20", sig="vogel", sigstyle="short",
  body="""Liebe Frau Hauser,

25 Jahre – Glückwunsch! Wir freuen uns auf die nächsten Jahre Zusammenarbeit. Ein kleines Präsent ist unterwegs, und am Sommerfest stoßen wir gern noch einmal an.

Herzlich
Katharina Vogel""")

M("S", "en", "insurer-to-doctor", "English to an Irish GP: request for medical records on applicant (asthma), name and DOB written out",
  frm=ADDR("hasselbach"), to="Dr Aoife Brennan <reception@brennan-gp.example>", subj="Medical report request – Ms Ciara Doherty, born 3 March 1992",
  date="2026-04-22 11:11", sig="hasselbach", lang="en",
  body="""Dear Dr Brennan,

your patient Ms Ciara Doherty, born 3 March 1992, has applied for life cover with us and has given her consent (copy attached in our postal letter). She disclosed asthma since childhood, treated with a budesonide/formoterol inhaler.

Could you kindly confirm the date of diagnosis, current medication, hospital admissions in the last 10 years and latest lung function results? We pay a fee of 80 EUR for the report.

With kind regards""")

M("C", "de", "insurer-to-customer", "Kfz-Vollkasko: Wildunfall, Kennzeichen und Name, Gutachten, keine Verletzung",
  frm=ADDR("brenner"), to="Hendrik Sommer <hendrik.sommer@mail.example>", subj="Wildunfall 03.11. – Ihr Golf",
  date="2026-01-07 12:12", sig="brenner", sigstyle="short",
  body="""Moin Herr Sommer,

Gutachten ist da: Reparaturkosten 5.430 EUR netto für den Golf (HB-HS 218). Wir zahlen nach Rechnung abzüglich 150 EUR Teilkasko-SB direkt an das Autohaus Nord.

Gruß Markus Brenner""")

M("N", "en", "newsletter", "trap: product text for dental plan with example treatment costs",
  frm="Versicherer <newsletter@versicherer.example>", to="Customers <info-abo@versicherer.example>",
  subj="Smile! New dental plan with 90 % for implants", date="2026-03-09 06:00", lang="en", html=True,
  body="""Hello,

an implant costs between 1,800 and 3,500 EUR; statutory health insurance pays only a small fixed subsidy. Our new DentalPlus 90 plan reimburses 90 % of the cost of implants, crowns and bridges, plus two professional cleanings per year.

No waiting periods. Available up to age 70.

Find out more at www.versicherer.example/dental""")

M("S", "de", "insurer-to-customer", "Heilpraktiker-Rechnung (Akupunktur, Eigenbluttherapie) der Adressatin, nach GebüH",
  frm=ADDR("kroeger"), to="Sandra Meurer <sandra.meurer@mail.example>", subj="Ihre Heilpraktikerrechnung",
  date="2026-05-27 10:15", sig="kroeger", disc=1,
  body="""Sehr geehrte Frau Meurer,

die Rechnung von Heilpraktikerin Jana Ulrich über 8 x Akupunktur (GebüH 20.1) und 3 x Eigenbluttherapie (GebüH 26) haben wir nach Ihrem Tarif zu 80 % erstattet: 318,40 EUR. Der Jahreshöchstbetrag für Naturheilverfahren (1.000 EUR) ist damit zu 42 % ausgeschöpft.

Mit freundlichen Grüßen""")

M("C", "en", "insurer-to-lawyer", "D&O: named managing director of a GmbH, claim by insolvency administrator; no health",
  frm=ADDR("schreiber"), to="Dr. Philipp Auer <p.auer@auer-partner-law.example>", subj="D&O claim DO-26-0009 – Mr Henning Brauer",
  date="2026-03-04 16:00", sig="schreiber", lang="en",
  body="""Dear Dr Auer,

we acknowledge the notice of claim against your client Mr Henning Brauer, former managing director of Brauer Feinmechanik GmbH, by the insolvency administrator (claim of 1.2 million EUR for payments after insolvency). Cover is granted under reservation of rights. Defence costs will be reimbursed according to the agreed hourly rates.

Kind regards""")

M("N", "de", "internal", "trap: Sitzungsprotokoll Produktentwicklung BU mit Gesundheitsfragen-Entwurf, keine Personen",
  frm=ADDR("schulte"), to="Produkt BU <produkt-bu@versicherer.example>", subj="Protokoll: Gesundheitsfragen BU 2027",
  date="2026-06-24 17:10", sig="schulte", sigstyle="short",
  body="""Hallo zusammen,

Ergebnis von heute: Die Frage zu psychotherapeutischen Behandlungen wird auf 5 Jahre verkürzt. Bei Rückenbeschwerden fragen wir nur noch nach Behandlungen über 4 Wochen. Vorsorgeuntersuchungen ohne Befund müssen nicht angegeben werden.

Nächster Schritt: Abstimmung mit Dr. Hasselbach und der Rückversicherung.

Marlene""")

M("S", "de", "customer", "base64-Body: Kunde per Handy, kurze Nachricht 'KH-Aufenthalt vom ... Galle', Antwort des Service oben",
  frm=ADDR("kowalski"), to=ADDR("brandt"), subj="WG: kh rechnung",
  date="2026-04-09 15:00", sig="kowalski", sigstyle="short", cte="base64",
  body="""Gerrit, kannst du das übernehmen? Vertrag laut Kunde 3 118 602.""",
  quote=Q("""hi, hab die KH-Rechnung vom Marienhospital per Post gekriegt, 4 Tage wegen Galle raus. Soll ich die an euch schicken oder schickt das KH direkt? Gruß Dennis Ortmann"""))

# ---------------------------------------------------------------- batch 4
M("C", "en", "insurer-to-customer", "household water damage in a rented flat, named tenant and landlord, claim number",
  frm=ADDR("demir"), to="Sofia Lindgren <sofia.lindgren@mail.example>", subj="Water damage – claim HR-26-0024410",
  date="2026-03-12 10:45", sig="demir", lang="en",
  body="""Dear Ms Lindgren,

thank you for the photos. The burst washing machine hose on 8 March damaged your parquet and your sofa. Your household policy covers your furniture (estimated 1,900 EUR); the parquet belongs to the building and is a matter for your landlord's insurer. Please give your landlord, Mr Albrecht Reiners, our claim number HR-26-0024410 so the insurers can coordinate.

A drying company will call you tomorrow.

Kind regards""")

M("S", "de", "insurer-to-customer", "Brillengläser und Kontaktlinsen des Adressaten mit Dioptrienwerten",
  frm=ADDR("kroeger"), to="Gregor Brinkmann <gregor.brinkmann@mail.example>", subj="Ihre Brillenrechnung",
  date="2026-02-16 14:20", sig="kroeger", sigstyle="short",
  body="""Sehr geehrter Herr Brinkmann,

für die neue Gleitsichtbrille (R sph -3,75 cyl -0,50, L sph -4,25, Add 2,00) von Optik Schwarz erstatten wir nach Tarif 300 EUR. Die Kontaktlinsen für den Sport zählen zum gleichen Höchstbetrag, der für 2026 damit ausgeschöpft ist.

Freundliche Grüße
Sabine Kröger""")

M("N", "de", "insurer-to-customer", "trap: Antwort auf Beschwerde über Wartezeit der Hotline, Name, keine Vertragsdetails",
  frm=ADDR("lorenz"), to="Hartmut Zielinski <hartmut.zielinski@mail.example>", subj="Ihre Beschwerde über unsere Erreichbarkeit",
  date="2026-03-17 13:45", sig="lorenz",
  body="""Sehr geehrter Herr Zielinski,

es tut uns leid, dass Sie am Montag 40 Minuten in der Warteschleife verbracht haben. An diesem Tag war unser Telefonsystem gestört, und wir haben Anrufe nur mit Verzögerung annehmen können. Die Störung ist behoben.

Als kleine Entschuldigung schicken wir Ihnen einen Gutschein per Post.

Mit freundlichen Grüßen""")

M("S", "en", "insurer-to-customer", "accident policy: child fell at school, fracture and hospital stay, 'your daughter'",
  frm=ADDR("albrecht"), to="Thomas Eckhardt <thomas.eckhardt@mail.example>", subj="Your daughter's accident – UV 5 517 203",
  date="2026-05-22 11:30", sig="albrecht", lang="en",
  body="""Dear Mr Eckhardt,

we have received the report about your daughter Amelie's fall from the climbing frame at school on 11 May. According to the discharge letter from Kinderklinik Amsterdamer Straße she had a forearm fracture and stayed two nights.

Under the children's accident policy UV 5 517 203 we pay the hospital daily allowance (2 × 50 EUR) and the lump sum for fractures (500 EUR). Please let us know if there are any lasting effects after 12 months.

Get well soon, Amelie!""")

M("C", "de", "insurer-to-broker", "Maklerin (Einzelunternehmerin) mit eigener IBAN und Steuernummer für Courtage",
  frm=ADDR("reuter"), to="Anja Petersen <anja.petersen@petersen-versicherungen.example>", subj="AW: Änderung Bankverbindung Courtage",
  date="2026-04-20 08:55", sig="reuter",
  body=f"""Liebe Frau Petersen,

wir haben Ihre neue Bankverbindung für die Courtage hinterlegt ({IB("DE", "200505501234009876", group=4)}, Hamburger Sparkasse) sowie Ihre neue Steuernummer 42/183/04417. Die Abrechnung für April geht bereits auf das neue Konto.

Viele Grüße""")

M("S", "de", "doctor", "Arztpraxis fragt nach Direktabrechnung, nennt Patient mit Geburtsdatum und Diagnose-Kürzel in Tabelle (HTML)",
  frm=ADDR("kroeger"), to=ADDR("haas"), subj="WG: Rückfrage Praxis Dr. Becker-Lind",
  date="2026-06-09 12:30", html=True, sig="kroeger", sigstyle="short",
  body="""Dominik, die Praxis fragt nach dem Tarif dieser drei Versicherten (Ambulant Plus?). Kannst du mir das sagen?

-------- Weitergeleitete Nachricht --------
Von: Praxis Dr. Becker-Lind <info@praxis-beckerlind.example>

Sehr geehrte Damen und Herren, bitte um Auskunft, ob für folgende Patienten die ambulante Behandlung über Faktor 2,3 erstattet wird:

[[t]]

Freundliche Grüße, Anmeldung""",
  tables={"t": ([["Patient", "geb.", "Vers.-Nr.", "Behandlung"],
                 ["Doris Haferkamp", "19.02.1948", "2 118 330", "M16.1 B, Infiltration"],
                 ["Yusuf Kaya", "1977-08-05", "4 620 117", "E11.9 G, Schulung"],
                 ["Lieselotte Brand", "08/01/1939", "1 004 882", "H40.1 G, Kontrolle"]], "pad")})

M("N", "en", "internal", "trap: reinsurance bordereau description with age bands and claim causes, aggregated",
  frm=ADDR("stone"), to=ADDR("morgan"), subj="Q1 bordereau – summary for finance",
  date="2026-04-14 16:00", sig="stone", lang="en", sigstyle="short",
  body="""James,

Q1 life & disability bordereau, summary: 41 ceded claims, total 6.8m EUR. Causes: cancer 15, cardiovascular 9, mental health 8, accident 5, other 4. Age bands 40–49 and 50–59 account for 70 %. No individual data goes to finance; the detailed file stays with Reinsurance.

Rebecca""")

M("S", "de", "insurer-to-customer", "Pflege: Verhinderungspflege und Tagespflege für Adressaten selbst, Rechnungen Pflegedienst",
  frm=ADDR("wolters"), to="Herbert Lindemann <herbert.lindemann@mail.example>", subj="Ihre Rechnungen Diakoniestation und Tagespflege",
  date="2026-04-01 10:05", sig="wolters", charset="windows-1252",
  body="""Sehr geehrter Herr Lindemann,

wir haben die Rechnungen für März erstattet:

Diakoniestation Wuppertal-Barmen, Pflegesachleistung (Grundpflege, 22 Einsätze): 1.048,30 €
Tagespflege Am Park, 8 Tage: 612,00 €
Verhinderungspflege während des Urlaubs Ihrer Frau (10.–17.03.): 720,00 €

Der Entlastungsbetrag für März ist noch offen; dafür fehlt uns die Rechnung der Haushaltshilfe.

Mit freundlichen Grüßen""")

M("C", "en", "insurer-to-customer", "address and birth date confirmation for a named policyholder (household/liability), no health",
  frm=ADDR("kowalski"), to="Nikolai Petrov <nikolai.petrov@mail.example>", subj="Your data – please check",
  date="2026-01-19 09:15", sig="kowalski", lang="en",
  body="""Dear Mr Petrov,

before we can issue your new policy documents, please confirm your details:

Name: Nikolai Petrov
Date of birth: 27 September 1983
Address: Lindenstraße 4a, 04109 Leipzig
Policies: private liability PH 7 012 886, household HR 7 012 887

If anything is wrong, just reply to this mail.

Kind regards""")

M("S", "de", "insurer-to-customer", "sehr lange Mail zu Beitragsanpassung PKV, sensibler Satz erst am Ende: Zuschlag wegen Bluthochdruck",
  frm=ADDR("haas"), to="Dr. Jürgen Brockmann <j.brockmann@mail.example>", subj="Ihre Fragen zur Beitragsanpassung 2026",
  date="2026-01-23 16:40", sig="haas",
  body="""Sehr geehrter Herr Dr. Brockmann,

vielen Dank für Ihren ausführlichen Brief zur Beitragsanpassung zum 1. Januar. Gern beantworte ich Ihre Fragen der Reihe nach.

1. Warum steigt der Beitrag?
Der Beitrag in der privaten Krankenversicherung wird angepasst, wenn die tatsächlichen Leistungsausgaben oder die Lebenserwartung von den Annahmen abweichen. In Ihrem Tarif sind die Ausgaben für ambulante Behandlungen um mehr als 10 % gestiegen, deshalb mussten wir neu kalkulieren. Ein unabhängiger Treuhänder hat der Anpassung zugestimmt.

2. Warum so stark auf einmal?
Die Anpassung darf erst erfolgen, wenn der gesetzliche Schwellenwert überschritten ist. Kleinere Steigerungen der Vorjahre haben sich daher aufgestaut.

3. Welche Möglichkeiten haben Sie?
Sie können in einen Tarif mit höherem Selbstbehalt wechseln (§ 204 VVG) oder einzelne Bausteine reduzieren. Ein Wechsel in den Tarif Komfort 1200 würde Ihren Beitrag um 118,40 EUR monatlich senken, ohne erneute Gesundheitsprüfung, weil der Leistungsumfang nicht steigt.

4. Beitragsentlastung im Alter
Ihr Beitragsentlastungsbaustein BE 150 senkt ab Alter 67 den Beitrag um 150 EUR.

5. Risikozuschlag
Sie fragen auch nach dem Posten "Risikozuschlag 38,20 EUR": Dieser wurde bei Vertragsabschluss 2009 wegen Ihres damals behandelten Bluthochdrucks vereinbart. Wenn Ihr Hausarzt bestätigt, dass die Werte seit Jahren ohne Medikamente normal sind, prüfen wir gern, ob wir den Zuschlag streichen.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-supplier", "trap: Aktenvernichtung (Datenschutzklasse) für Leistungsakten beauftragt, nur Mengen",
  frm=ADDR("krueger"), to="Disposition <dispo@secura-akten.example>", subj="Abholung Datenschutztonnen KW 14",
  date="2026-03-27 08:00", sig="krueger", sigstyle="short",
  body="""Guten Tag,

bitte holen Sie in KW 14 aus dem Archiv Leistung KV (UG, Raum -1.14) 38 Datenschutztonnen à 240 l ab, Schutzklasse 3, Sicherheitsstufe P-4. Bitte Vernichtungsprotokoll an mich.

Gruß Stefan Krüger""")

M("S", "en", "insurer-to-customer", "dental treatment plan for the addressee in English, teeth numbers and GOZ codes, costs",
  frm=ADDR("wendland"), to="Ana Sousa <ana.sousa@mail.example>", subj="Your dental treatment plan – Dr. Fuchs",
  date="2026-05-13 10:10", sig="wendland", lang="en",
  body="""Dear Ms Sousa,

we checked the treatment plan of Dr. Fuchs dated 5 May: root canal treatment on tooth 26 (GOZ 2410 ×3, 2440 ×3) and a ceramic crown on 26 (GOZ 2210), total estimate 1,742.80 EUR incl. lab costs.

Your tariff reimburses 90 % for root canal treatment and 70 % for the crown, so you can expect about 1,327 EUR. The exact amount depends on the final invoice.

Kind regards""")

M("C", "de", "insurer-to-customer", "Handy-Antwort: im Zitat nennt Kunde Geburtsdatum und Vertragsnr. für Hausrat-Kündigung",
  frm=ADDR("kowalski"), to="Rainer Appelt <r.appelt@mail.example>", subj="Re: kündigung hausrat",
  date="2026-05-02 18:21", client="mobile", sig="kowalski", sigstyle="name",
  body="""Bestätigt zum 01.07., Bestätigung kommt per Post.""",
  quote=Q("""Hiermit kündige ich meine Hausratversicherung Nr. HR 2 119 407 zum nächstmöglichen Termin, ich ziehe zu meiner Partnerin.
Rainer Appelt, geb. 14.10.1966"""))

M("N", "en", "insurer-to-broker", "trap: broker asks for product sheet; reply with generic BU conditions and example premium for fictitious 30-year-old",
  frm=ADDR("vogel"), to="Tobias Egger <t.egger@egger-vorsorge.example>", subj="RE: BU premium example for a seminar",
  date="2026-02-11 12:22", sig="vogel", lang="en",
  body="""Hi Tobias,

for your seminar slides, a model calculation (fictitious person): 30 years old, office worker, non-smoker, 1,500 EUR monthly pension until 67 – gross premium 71.80 EUR, net about 52 EUR after profit sharing. With an insurance clerk instead of a software developer the premium is the same class.

Feel free to use it with the footnote "example, no offer".

Best
Katharina""")

M("S", "de", "insurer-to-customer", "Entlassbericht-Nachforderung: Adressat, Knie-TEP, Reha-Anschluss; Vertragsnr. im Betreff",
  frm=ADDR("brandt"), to="Siegfried Hollstein <s.hollstein@mail.example>", subj="KV 1 220 905 – fehlende Unterlagen",
  date="2026-06-26 09:00", sig="brandt", sigstyle="short",
  body="""Sehr geehrter Herr Hollstein,

für die Abrechnung der Chefarztbehandlung bei Ihrer Knie-TEP im St. Josef-Stift fehlt uns noch der Entlassbericht. Die Anschlussreha in Bad Rothenfelde ist bereits genehmigt.

Mit freundlichen Grüßen
Gerrit Brandt""")

M("C", "en", "insurer-to-partner", "other insurer: recourse against their policyholder (named), plate and claim, no injuries",
  frm=ADDR("schreiber"), to="Claims <claims@nordlicht-versicherung.example>", subj="Recourse – your policyholder Ms Birgit Oldenburg, OL-BO 771",
  date="2026-04-28 14:00", sig="schreiber", lang="en",
  body="""Dear colleagues,

our policyholder's parked car was hit on 2 April in Oldenburg by the vehicle OL-BO 771, driven by your policyholder Ms Birgit Oldenburg, who admitted liability on site. Nobody was injured. We have paid 3,260 EUR under the comprehensive cover (our claim KS-26-0061772) and claim reimbursement.

Please pay to our account stated in the enclosed letter.

Kind regards""")

M("N", "de", "internal", "trap: Geburtstagsumtrunk und Abschied eines Kollegen, Namen",
  frm=ADDR("stanek"), to="Team Leistung Leben <team-ll@versicherer.example>", subj="Freitag: Abschied Herbert",
  date="2026-06-30 10:30", sig="stanek", sigstyle="name",
  body="""Hallo zusammen,

Herbert Kühn geht nach 38 Jahren in den Ruhestand! Am Freitag ab 14 Uhr in der Teeküche 2. OG gibt es Kuchen und Sekt. Für das Geschenk sammelt Petra bis Donnerstag.

Oliver""")

M("S", "en", "hospital", "hospital discharge summary forwarded as PDF; body says only 'see attached'",
  frm=ADDR("whitfield"), to=ADDR("brandt"), subj="FW: Discharge summary",
  date="2026-03-06 15:15", sig="whitfield", lang="en", sigstyle="short",
  body="""Gerrit, FYI for the German part of the bill. See attached. Emma""",
  att=[PDF("Discharge_Summary_Okafor_P.pdf", [("h", "Royal Hospital Example – Discharge Summary"),
       "Patient: Patience Adeyemi-Okafor   DOB: 14/08/1969   Hospital no.: RH-0041772",
       "Admitted: 19/02/2026  Discharged: 24/02/2026  Consultant: Mr R. Chaudhry (General Surgery)",
       "Diagnosis: acute cholecystitis. Procedure: laparoscopic cholecystectomy 20/02/2026, uneventful.",
       "Medication on discharge: paracetamol 1 g qds, ibuprofen 400 mg tds for 5 days.",
       "Follow-up: GP review in 2 weeks; return to work after 2 weeks."], title="Discharge summary")])

M("C", "de", "insurer-to-customer", "Rechtsschutz Familie: Scheidungsberatung (Beratungsrechtsschutz), nur Name und Vertragsnr.",
  frm=ADDR("lindqvist"), to="Tanja Weidner <tanja.weidner@mail.example>", subj="Ihre Anfrage Beratungsrechtsschutz",
  date="2026-02-04 15:50", sig="lindqvist",
  body="""Sehr geehrte Frau Weidner,

für eine Erstberatung zu Ihrer Trennung und den Fragen zum Unterhalt besteht aus Ihrem Vertrag RS 6 214 055 Beratungsrechtsschutz bis 250 EUR je Rechtsfall. Ein Verfahren vor dem Familiengericht ist nicht versichert.

Sie können eine Anwältin Ihrer Wahl beauftragen; die Rechnung schicken Sie uns bitte unter der Nummer RS-2026-00512.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "Vorsorgeuntersuchung/Impfung des Adressaten (Darmspiegelung, FSME-Impfung), Erstattung, ohne Befund",
  frm=ADDR("kroeger"), to="Manfred Schüßler <m.schuessler@mail.example>", subj="Erstattung Gastroenterologie und Impfung",
  date="2026-05-29 11:05", sig="kroeger", disc=1,
  body="""Sehr geehrter Herr Schüßler,

die Rechnung der Gastroenterologischen Praxis Dres. Koch für Ihre Vorsorge-Koloskopie (GOÄ 687, 688, Sedierung) sowie die Rechnung Ihres Hausarztes für die FSME-Impfung haben wir voll erstattet: 412,67 EUR.

Mit freundlichen Grüßen""")

M("N", "en", "insurer-to-customer", "trap: answer to a general question about how to send medical documents securely; no personal data",
  frm=ADDR("kowalski"), to="Beatrice Wong <beatrice.wong@mail.example>", subj="RE: how to send documents safely?",
  date="2026-04-06 10:40", sig="kowalski", lang="en",
  body="""Dear Ms Wong,

the safest way is our customer portal: log in, choose "Send documents" and upload photos or PDFs. Please do not send medical documents by normal e-mail. If you prefer, you can also use our app or post.

Kind regards""",
  quote=Q("""Hello, what is the safest way to send you my doctor's letters? Thanks, B. Wong""", prefix="> "))

M("S", "de", "company", "HR meldet Gruppenunfall: Mitarbeiter (Personalnr.) Sturz auf Baustelle, Fraktur, in XLSX-Meldebogen",
  frm=ADDR("albrecht"), to=ADDR("kaiser"), subj="WG: Unfallmeldung Bauunternehmung Peters",
  date="2026-02-10 09:20", sig="albrecht", sigstyle="short",
  body="""Ruth, das könnte ein Reha-Fall werden, schau bitte mal. Miriam""",
  att=[XLSX("Unfallmeldung_2026-02-06.xlsx", {"Meldung": [
      ["Feld", "Angabe"],
      ["Personalnummer", "P-3307"],
      ["Name", "Jovanović, Dragan"],
      ["Geburtsdatum", "1984-05-19"],
      ["Unfalltag", "06.02.2026, 10:40"],
      ["Hergang", "Sturz vom Gerüst (ca. 3 m), Baustelle Hansaring 12"],
      ["Verletzung", "Fersenbeinfraktur rechts, OP im BG Klinikum Duisburg"],
      ["AU", "voraussichtlich 12 Wochen"],
  ]}, author="Bauunternehmung Peters")])

M("C", "en", "insurer-to-customer", "cargo claim for a sole trader (natural person), address and bank details",
  frm=ADDR("osei"), to="Murat Aydemir <murat@aydemir-import.example>", subj="Cargo claim TR-26-0112 – settlement",
  date="2026-05-05 13:30", sig="osei", lang="en",
  body=f"""Dear Mr Aydemir,

we settle the damage to your container shipment of ceramic tiles (B/L MSKU 4417820, 42 of 380 pallets broken) at 6,118.40 EUR. As you trade as a sole trader (Aydemir Import e.K.), payment goes to your account {IB("DE", "360400390123456789", group=0)}.

Kind regards""")

M("N", "de", "internal", "trap: Leitfaden-Entwurf mit fiktivem Beispiel 'Max Mustermann, geb. 01.01.1980' (Muster)",
  frm=ADDR("meier"), to="Datenschutzkoordinatoren <dsk@versicherer.example>", subj="Entwurf Leitfaden: Was ist ein Gesundheitsdatum?",
  date="2026-06-12 12:00", sig="meier", sigstyle="short",
  body="""Liebe Koordinatorinnen und Koordinatoren,

anbei der Entwurf. Beispiele im Text sind erfunden, z. B.: "Herr Max Mustermann (fiktiv), geb. 01.01.1980, reicht eine Rechnung über Physiotherapie ein" – schon die Rechnung ist ein Gesundheitsdatum, auch ohne Diagnose.

Anmerkungen bitte bis 26.06.

Thomas Meier""",
  att=[DOCX("Leitfaden_Gesundheitsdaten_Entwurf.docx", [("h", "Leitfaden: Gesundheitsdaten erkennen"),
       "Gesundheitsdaten sind alle Angaben über die körperliche oder geistige Gesundheit einer Person, auch Rechnungen, Verordnungen und Termine bei Ärzten.",
       "Beispiel (fiktiv): Max Mustermann, geb. 01.01.1980, Physiotherapie 6x KG.",
       "Nicht personenbezogen: Statistiken ohne kleine Fallzahlen, Produktinformationen, leere Formulare."], author="Thomas Meier")])

M("S", "en", "insurer-to-customer", "BU claim declined partly, the addressee's tinnitus and hearing loss mentioned in English",
  frm=ADDR("stanek"), to="Markus Feldmann <markus.feldmann@mail.example>", subj="Your disability claim BU-L-2026-0044",
  date="2026-06-18 10:25", sig="stanek", lang="en",
  body="""Dear Mr Feldmann,

you asked us to reply in English for your wife. After reviewing the reports of the ENT specialist and the occupational physician, we cannot accept your claim at this time. The tinnitus and the moderate hearing loss on the left side limit your work as a sound engineer, but according to the reports to about 30 %, below the 50 % required by your contract.

You can send us further medical evidence at any time; we will then review the decision.

Kind regards""")

M("C", "de", "insurer-to-customer", "Glasbruch, Mieter und Vermieter benannt, Versicherungsnummer; Sachversicherung",
  frm=ADDR("demir"), to="Lisa Marx <lisa.marx@mail.example>", subj="Ceranfeld gesprungen",
  date="2026-01-28 10:30", sig="demir", sigstyle="short",
  body="""Hallo Frau Marx,

das gesprungene Ceranfeld ist über Ihre Glasversicherung (GL 3 077 118) gedeckt. Schicken Sie uns einfach die Rechnung des Elektrikers; wir zahlen auf Ihr Konto. Ihrem Vermieter, Herrn Stöcker, müssen Sie nichts melden.

Viele Grüße""")

M("N", "de", "newsletter", "trap: Gewinnspiel-Mailing zur Gesundheits-App an alle Kunden, kein Personenbezug",
  frm="Versicherer Aktionen <aktionen@versicherer.example>", to="Kundenverteiler <kunden-info@versicherer.example>",
  subj="Gesund durch den Winter: Gewinnen Sie einen Kurzurlaub", date="2026-01-09 06:00", html=True,
  body="""Liebe Kundinnen und Kunden,

bewegen Sie sich mit uns durch den Winter! Wer bis 28. Februar in unserer Gesundheits-App 100.000 Schritte sammelt, nimmt an der Verlosung eines Wellness-Wochenendes teil.

Die Teilnahme ist freiwillig; Gesundheitsdaten aus der App werden nicht an Ihre Versicherung weitergegeben.

Ihr Versicherer""")

M("S", "de", "insurer-to-therapist", "Anfrage an Logopädiepraxis: Behandlungsbericht für Kind mit Namen, Geburtsdatum",
  frm=ADDR("kroeger"), to="Logopädie Sprachraum <praxis@sprachraum-logo.example>", subj="Behandlungsbericht für Emil Stratmann, geb. 02.09.2019",
  date="2026-03-30 11:50", sig="kroeger",
  body="""Sehr geehrte Damen und Herren,

für Ihren Patienten Emil Stratmann, geb. 02.09.2019, liegt uns die 4. Verordnung über Sprachtherapie (je 10 x 45 Min.) vor. Bevor wir weitere Behandlungen erstatten, bitten wir um einen kurzen Therapiebericht: Ausgangsbefund, Fortschritte, Prognose. Die Einverständniserklärung der Eltern liegt uns vor.

Mit freundlichen Grüßen""")

M("C", "en", "insurer-to-customer", "rental car excess claim abroad (no health), named driver, booking and claim number",
  frm=ADDR("szabo"), to="Jonas Albers <jonas.albers@mail.example>", subj="Rental car excess – claim RR-26-51204",
  date="2026-08-04 09:30", sig="szabo", lang="en",
  body="""Dear Mr Albers,

Hertz Portugal charged your credit card 850 EUR for the scratched bumper on your rental car in Faro (agreement 771023445). Your excess waiver policy reimburses this in full; we transfer the amount to the account you named.

Enjoy the rest of your summer!""")

M("N", "en", "internal", "trap: Teams meeting notes on the secure mail project listing classifier categories, no data",
  frm=ADDR("raman"), to=[ADDR("fischer"), ADDR("meier")], subj="Notes: secure mail gateway steering",
  date="2026-05-07 17:00", sig="raman", lang="en", sigstyle="short",
  body="""Hi both,

notes from today:
- Classification stays at three levels: normal, confidential, strictly confidential.
- Health claims mailboxes get a mailbox rule "strictly confidential" by default.
- Pilot with 12 broker firms starts 1 July; portal notification texts approved.
- Open: retention of audit logs (6 years) – legal to confirm.

Priya""")

# ---------------------------------------------------------------- batch 5
M("S", "de", "internal", "Grauzone: interne Vertretungsmail nennt 'AU bis 12.5.' einer Kollegin – Arbeitsunfähigkeit ist Gesundheitsdatum",
  frm=ADDR("brandt"), to="Team Stationär <team-stationaer@versicherer.example>", subj="Vertretung Frau Hilgers",
  date="2026-04-27 07:58", sig="brandt", sigstyle="name",
  body="""Guten Morgen,

Petra Hilgers ist krankgeschrieben, AU bis 12.5. Ihre Wiedervorlagen verteile ich heute bis 10 Uhr. Bitte keine Fragen an sie per Teams, sie soll sich erholen.

Danke
Gerrit""")

M("C", "de", "insurer-to-customer", "nur Kundennummer und Adressat: Beitragsrückstand Hausrat/Haftpflicht mit Mahnbetrag",
  frm=ADDR("becker"), to="Erwin Pasternak <erwin.pasternak@mail.example>", subj="Zahlungserinnerung Kundennummer 40-1187732",
  date="2026-03-09 06:30", client="system", mailer="VERSO Output Management 7.4",
  body="""Guten Tag Erwin Pasternak,

für Ihre Verträge unter der Kundennummer 40-1187732 (Privathaftpflicht, Hausrat) ist der Beitrag vom 01.02.2026 über 214,60 EUR noch offen. Die Lastschrift wurde von Ihrer Bank zurückgegeben (Grund: Konto erloschen).

Bitte überweisen Sie den Betrag bis 23.03.2026 oder teilen Sie uns eine neue Bankverbindung mit.

Ihr Versicherer – Beitragsservice""")

M("N", "de", "insurer-to-supplier", "trap: Lieferant (Sanitätshaus) ändert Ansprechpartner und Bankverbindung der GmbH, keine Versicherten",
  frm=ADDR("wolters"), to="Sanitätshaus Kühn GmbH <verwaltung@sanihaus-kuehn.example>", subj="AW: Neue Ansprechpartnerin Abrechnung",
  date="2026-05-18 14:30", sig="wolters",
  body=f"""Sehr geehrte Frau Kühn,

danke für die Info. Wir haben Frau Melanie Dietz als neue Ansprechpartnerin für die Direktabrechnung hinterlegt und die neue Geschäftsbankverbindung der Sanitätshaus Kühn GmbH ({IB("DE", "480501610043219876")}) ab Juni übernommen.

Mit freundlichen Grüßen""")

M("S", "en", "customer", "non-native English customer: 'my wife had operation for the breast', in quoted mail; reply harmless",
  frm=ADDR("whitfield"), to="Dimitrios Papadakis <d.papadakis@mail.example>", subj="RE: questions",
  date="2026-06-01 09:40", sig="whitfield", lang="en",
  body="""Dear Mr Papadakis,

yes, both invoices can be sent together. I will make sure they are processed this week.

Kind regards""",
  quote=OQ("Dimitrios Papadakis", "Saturday, May 30, 2026 22:14", "Emma Whitfield", "questions", """Dear Ms Whitfield
my wife Eleni had operation for the breast in Uniklinik Köln in april, now she make radiation 5 weeks. We have two bills, one from hospital and one from radiology. Can I send both together? Our number IH-55120931-01.
Best regards Dimitrios""", lang="en"))

M("C", "en", "insurer-to-customer", "company bike insurance: employee named with employee number, frame number and policy number",
  frm=ADDR("hartmann"), to="Rolf Albers <r.albers@mail.example>", subj="Your company bike – insurance certificate",
  date="2026-03-23 12:00", sig="hartmann", lang="en",
  body="""Dear Mr Albers,

as part of your employer's bike leasing scheme (Zeller Elektronik GmbH, employee no. 30218), your e-bike (Riese & Müller Charger4, frame no. RM-C4-2201877) is insured against theft and damage from 1 April 2026 to 31 March 2029. The insurance certificate is enclosed.

In case of a claim, please call +49 221 555-5210 and quote policy FR 9 004 118-0217.

Kind regards""")

M("N", "en", "internal", "trap: scheduling mail between named underwriters; mentions 'medical' only as department",
  frm=ADDR("schulte"), to=ADDR("hasselbach"), subj="1:1 next week?",
  date="2026-02-26 16:45", sig="schulte", lang="en", sigstyle="name",
  body="""Hi Ulrike,

could we move our 1:1 to Wednesday 11:00? I'd like to go through the backlog of applications waiting for medical reports (currently 214, oldest from December) and the plan for the summer holidays.

Thanks
Marlene""")

M("S", "de", "insurer-to-customer", "Tabelle Selbstbehalt-Übersicht; in einer Zelle 'Dialyse' des Adressaten, sonst Zahlen",
  frm=ADDR("haas"), to="Klaus Overbeck <klaus.overbeck@mail.example>", subj="Ihre Erstattungsübersicht 2025",
  date="2026-01-31 10:00", sig="haas", html=True,
  body="""Sehr geehrter Herr Overbeck,

wie gewünscht die Übersicht Ihrer Erstattungen 2025 für die Steuererklärung:

[[t]]

Mit freundlichen Grüßen""",
  tables={"t": ([["Bereich", "eingereicht", "erstattet", "Eigenanteil"],
                 ["ambulant", "4.318,20", "3.718,20", "600,00"],
                 ["stationär", "0,00", "0,00", "0,00"],
                 ["Dialyse (Nephrologisches Zentrum Gütersloh)", "38.904,00", "38.904,00", "0,00"],
                 ["Arzneimittel", "2.117,45", "2.117,45", "0,00"]], "pipe")})

M("C", "de", "insurer-to-customer", "Haftpflicht endet mit dem Tod des VN (ohne Ursache), Tochter und Vertragsnr. benannt",
  frm=ADDR("kowalski"), to="Martina Ebel <martina.ebel@mail.example>", subj="Haftpflichtversicherung Ihres Vaters",
  date="2026-04-16 11:15", sig="kowalski",
  body="""Sehr geehrte Frau Ebel,

unser Beileid zum Tod Ihres Vaters, Herrn Konrad Ebel. Die Privathaftpflichtversicherung PH 1 220 418 endet mit dem Todestag (29.03.2026); den zu viel gezahlten Beitrag von 38,17 EUR überweisen wir auf das Nachlasskonto, sobald Sie uns den Erbschein oder eine Kontovollmacht schicken.

Mit freundlichen Grüßen""")

M("S", "en", "insurer-to-applicant", "underwriting decision to the applicant: exclusion clause for the left knee and premium loading",
  frm=ADDR("schulte"), to="Benedikt Rausch <benedikt.rausch@mail.example>", subj="Your application BU-A-2026-1502",
  date="2026-04-23 15:30", sig="schulte", lang="en",
  body="""Dear Mr Rausch,

thank you for your patience. We can offer your disability cover with two changes:

1. Disability caused by disorders of the left knee (including the meniscus and cruciate ligament) is excluded.
2. Because of the treated sleep apnoea, the premium is increased by 15 %.

If you agree, please sign the enclosed declaration within 4 weeks. You may ask us to review the exclusion after 3 years without complaints.

Kind regards""")

M("N", "de", "insurer-to-partner", "trap: Abstimmung mit Gutachterbüro über Rahmenvertrag, Namen der Sachverständigen, keine Fälle",
  frm=ADDR("demir"), to="Dipl.-Ing. Holger Krause <krause@sv-krause.example>", subj="Rahmenvereinbarung 2026 – Honorartabelle",
  date="2026-01-14 09:30", sig="demir",
  body="""Sehr geehrter Herr Krause,

anbei unsere Anmerkungen zur Honorartabelle 2026. Die Pauschale für Leitungswasserschäden bis 10.000 EUR akzeptieren wir; für Brand- und Sturmschäden schlagen wir Abrechnung nach Zeitaufwand vor. Frau Sievers aus Ihrem Büro hatte um einen Termin gebeten – passt Dienstag, 20.01., 14 Uhr?

Mit freundlichen Grüßen""")

M("S", "de", "customer", "ältere Kundin schreibt Brief-artig per Mail: Hörgerät, Grauer Star, Augen-OP, Vertrag – lang, Umgangssprache",
  frm=ADDR("kroeger"), to=ADDR("wolters"), subj="WG: Anfrage Frau Hagedorn (Hörgerät + Augen)",
  date="2026-05-07 13:40", sig="kroeger", sigstyle="short",
  body="""Clara, der Hörgeräteteil ist bei dir. Die Augen-OP mache ich. Sabine""",
  quote=FW("Hildegard Hagedorn <hagedorn.hildegard@t-netz.example>", "06.05.2026 19:12", "service@versicherer.example", "Anfrage", """Sehr geehrte Damen und Herren,

mein Enkel hat mir gezeigt wie man E-Mail schreibt, deshalb schreibe ich Ihnen heute so. Ich bin seit 1988 bei Ihnen versichert (Nummer 0 771 203).

Erstens: mein Hörgerät links pfeift, der Akustiker sagt nach 6 Jahren gibt es ein Neues. Was zahlen Sie?
Zweitens: der Augenarzt Dr. Weber will im Juni den grauen Star rechts operieren, ambulant in der Augenklinik am Markt. Muss ich vorher etwas einreichen?

Mit freundlichen Grüßen
Hildegard Hagedorn"""))

M("C", "de", "insurer-to-customer", "Kfz: Fahrerwechsel – neuer Fahrer (Sohn) mit Geburtsdatum im englischen Format, Kennzeichen",
  frm=ADDR("engel"), to="Ramona Ziegler <ramona.ziegler@mail.example>", subj="Ihr Vertrag KF 5 008 214 – zusätzlicher Fahrer",
  date="2026-06-29 10:05", sig="engel", disc=2,
  body="""Sehr geehrte Frau Ziegler,

wir haben Ihren Sohn Maximilian Ziegler (geboren am 15 July 2007) als Fahrer für den Fiat 500 (WI-RZ 88) eingetragen. Da er jünger als 23 ist, erhöht sich der Beitrag ab 01.07. um 212,40 EUR im Jahr.

Mit freundlichen Grüßen""")

M("N", "en", "insurer-to-customer", "trap: thank-you mail to a customer for feedback; name only, no contract content",
  frm=ADDR("lorenz"), to="Oskar Lindqvist-Berg <oskar.lb@mail.example>", subj="Thank you for your feedback",
  date="2026-07-02 10:00", sig="lorenz", lang="en",
  body="""Dear Mr Lindqvist-Berg,

thank you for taking the time to write to us about our new app. We have passed your suggestions (dark mode, larger font for receipts upload) to the development team. The next version is planned for September.

Kind regards""")

M("S", "de", "insurer-to-customer", "Todesfallleistung Unfall: Ursache (Verkehrsunfall) und Obduktion, Witwer als Adressat",
  frm=ADDR("albrecht"), to="Stefan Reimers <stefan.reimers@mail.example>", subj="Unfallversicherung Ihrer Frau – Todesfallleistung",
  date="2026-03-03 11:30", sig="albrecht",
  body="""Sehr geehrter Herr Reimers,

es tut uns sehr leid. Nach der Ermittlungsakte der Staatsanwaltschaft und dem Obduktionsbericht ist Ihre Frau am 04.01.2026 an den Folgen des Verkehrsunfalls auf der B 51 verstorben; eine Vorerkrankung hat nicht mitgewirkt.

Wir zahlen daher die vereinbarte Todesfallleistung von 25.000 EUR aus dem Vertrag UV 3 204 771 an Sie als Bezugsberechtigten.

Mit stillem Gruß""")

M("C", "en", "insurer-to-broker", "broker: list of customers whose motor policies renew (names, plates) in CSV, no health",
  frm=ADDR("vogel"), to="Tobias Egger <t.egger@egger-vorsorge.example>", subj="Your motor renewals October",
  date="2026-08-20 08:30", sig="vogel", lang="en", sigstyle="short",
  body="""Hi Tobias, as every month: your customers whose motor policies renew on 1 October, with new premiums. Katharina""",
  att=[CSV("renewals_2026-10_Egger.csv", [["Policy", "Customer", "Plate", "Old premium", "New premium"],
                                           ["KF 6 114 002", "Brunner, Alois", "M-AB 1204", "612.40", "655.10"],
                                           ["KF 6 114 019", "Hofer, Sabine", "RO-SH 77", "388.00", "402.30"],
                                           ["KF 6 114 033", "Demirci, Orhan", "M-OD 3110", "904.20", "961.70"]], sep=",")])

M("N", "de", "internal", "trap: Facility: Betriebsarzt-Sprechstunde und Grippeimpfung für alle, keine Namen",
  frm=ADDR("richter"), to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>", subj="Grippeimpfung am 14. Oktober",
  date="2026-09-28 09:00", sig="richter", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

unser Betriebsarzt Dr. Wallraff impft am 14. Oktober von 9 bis 15 Uhr im Raum 0.12 gegen Grippe. Anmeldung über das Intranet, bitte Impfpass mitbringen. Die Teilnahme ist freiwillig und wird nicht an die Vorgesetzten gemeldet.

Anja Richter""")

M("S", "en", "insurer-to-customer", "HTML-only English: Krankentagegeld table with AU periods of the addressee",
  frm=ADDR("haas"), to="Gareth Evans <gareth.evans@mail.example>", subj="Daily sickness allowance – payments",
  date="2026-05-11 16:20", lang="en",
  html="""<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Dear Mr Evans,</p>
<p>as requested, here is an overview of the daily sickness allowance paid under policy KT 7 330 180:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Certificate (AU) from</th><th>to</th><th>Days paid</th><th>Amount</th></tr>
<tr><td>09/02/2026</td><td>01/03/2026</td><td>21</td><td>1,680.00 EUR</td></tr>
<tr><td>02/03/2026</td><td>29/03/2026</td><td>28</td><td>2,240.00 EUR</td></tr>
<tr><td>30/03/2026</td><td>19/04/2026</td><td>21</td><td>1,680.00 EUR</td></tr>
</table>
<p>Waiting period (first 42 days of the contract year) was already completed.</p>
<p>Kind regards<br>Dominik Haas<br>Health Contracts &amp; Premiums</p>
</body></html>""")

M("C", "de", "insurer-to-customer", "Mietkautionsbürgschaft: Mieter, Vermieterin, Wohnung und Beitrag",
  frm=ADDR("kowalski"), to="Nils Gerber <nils.gerber@mail.example>", subj="Ihre Mietkautionsbürgschaft",
  date="2026-02-12 15:00", sig="kowalski",
  body="""Hallo Herr Gerber,

die Mietkautionsbürgschaft über 2.850 EUR für Ihre neue Wohnung (Vermieterin: Wohnbau Rheinland eG, Objekt Aachener Str. 201, 50931 Köln, Whg. 3.2) ist ausgestellt. Die Urkunde geht direkt an die Vermieterin. Ihr Jahresbeitrag beträgt 142,50 EUR.

Viele Grüße""")

M("S", "de", "insurer-to-customer", "Pflegegrad des Adressaten nur als Zahl in Nebensatz einer Adressänderungsmail",
  frm=ADDR("kowalski"), to="Horst Brenninkmeyer <h.brenninkmeyer@mail.example>", subj="Ihre neue Anschrift",
  date="2026-07-06 09:30", sig="kowalski", sigstyle="short",
  body="""Sehr geehrter Herr Brenninkmeyer,

wir haben Ihre neue Anschrift gespeichert: Haus Abendsonne, Zimmer 114, Lindenweg 2, 32052 Herford. Da Sie jetzt im Pflegeheim wohnen, zahlen wir aus Ihrem Pflegetagegeld (Pflegegrad 4) ab Juli den vollen Tagessatz. Die Post geht künftig auch in Kopie an Ihre Betreuerin Frau Wille.

Freundliche Grüße
Lena Kowalski""")

M("N", "en", "insurer-to-partner", "trap: letter to an association about ICD-10-GM 2027 update in claims software, codes as examples only",
  frm=ADDR("raman"), to="Working group IT <ag-it@pkv-verband-beispiel.example>", subj="ICD-10-GM 2027 – changes relevant for claims systems",
  date="2026-09-15 11:00", sig="raman", lang="en",
  body="""Dear colleagues,

for the next working group meeting: our analysis of ICD-10-GM 2027 shows 41 new terminal codes, among them new subdivisions in U07 and F43.8. Claims rules that match on three-character codes (e.g. "F43") are not affected; rules on full codes with suffixes (G, V, Z, A) need review.

I will present the mapping on 1 October.

Best regards
Priya Raman""")

M("S", "de", "insurer-to-hospital", "an Klinik: Kostenzusage Geburt/Kaiserschnitt mit Name, Geburtsdatum der Versicherten",
  frm=ADDR("brandt"), to="Patientenverwaltung <patientenverwaltung@klinikum-nordstadt.example>", subj="Kostenzusage Frau Leonie Vogt, geb. 28.01.1994",
  date="2026-08-12 08:40", sig="brandt",
  body="""Sehr geehrte Damen und Herren,

für unsere Versicherte Frau Leonie Vogt, geb. 28.01.1994, Versichertennummer 5 330 917, erteilen wir die Kostenzusage für die geplante Sectio am 19.08.2026 einschließlich Wahlleistung Einbettzimmer und Chefarzt. Die Kosten für das Neugeborene rechnen Sie bitte gesondert ab.

Mit freundlichen Grüßen""")

M("C", "en", "company", "HR sends list of employees to add to group travel policy (names, passport-style birth dates), no health",
  frm=ADDR("szabo"), to=ADDR("kowalski"), subj="FW: Business travel policy – new travellers",
  date="2026-03-02 09:10", sig="szabo", lang="en", sigstyle="short",
  body="""Lena, please add these to the business travel group policy GR 4 100 771 from 1 March. Thanks, Eszter

---------- Forwarded message ---------
From: Travel Management <travel@kronberg-engineering.example>

Hello, please add the following travellers:
- VAN DER MEER, Joost, DOB 12 NOV 1987, Dutch
- ISHIKAWA, Ren, DOB 03 APR 1991, Japanese
- SCHMIDT, Frauke, DOB 21 JAN 1979, German
Best, Travel Management""")

M("N", "de", "insurer-to-customer", "trap: Einladung zum Kundenbeirat an benannte Kundin, ohne Vertragsdaten",
  frm=ADDR("baumann"), to="Dr. Henriette Kolb <henriette.kolb@mail.example>", subj="Einladung in unseren Kundenbeirat",
  date="2026-02-09 12:00", sig="baumann",
  body="""Sehr geehrte Frau Dr. Kolb,

Sie haben in unserer Kundenbefragung angegeben, dass Sie gern mitdiskutieren würden. Wir laden Sie herzlich in unseren Kundenbeirat ein: vier Treffen im Jahr, jeweils samstags in Köln, Reisekosten erstatten wir.

Das erste Treffen ist am 14. März. Wir freuen uns auf Ihre Rückmeldung.

Mit freundlichen Grüßen""")

M("S", "en", "insurer-to-customer", "English letter as DOCX attachment about the addressee's hospital cash claim; body neutral",
  frm=ADDR("brandt"), to="Olusegun Bankole <o.bankole@mail.example>", subj="Letter regarding your claim",
  date="2026-06-23 13:00", sig="brandt", lang="en", sigstyle="short",
  body="""Dear Mr Bankole,

please find our letter attached.

Kind regards""",
  att=[DOCX("Letter_KV_6220814.docx", [("h", "Hospital daily allowance – policy KV 6 220 814"),
       "Dear Mr Bankole,",
       "we have received the confirmation from Klinikum Leverkusen about your inpatient stay from 2 June to 11 June 2026 (department of cardiology). For 9 days we pay 60 EUR per day = 540 EUR.",
       "Kind regards, Gerrit Brandt"], author="Gerrit Brandt")])

M("C", "de", "insurer-to-customer", "Rechtsschutz Nachbarstreit mit Namen beider Parteien und Adresse",
  frm=ADDR("lindqvist"), to="Dietmar Kunze <dietmar.kunze@mail.example>", subj="Nachbarrechtsstreit – Deckung",
  date="2026-07-14 10:30", sig="lindqvist",
  body="""Sehr geehrter Herr Kunze,

für den Streit mit Ihrem Nachbarn Herrn Volker Prinz (Grenzbebauung, Thujahecke Gartenstraße 8/10 in Meckenheim) besteht Deckung aus Ihrem Rechtsschutz RS 2 701 338, Baustein Wohnungs- und Grundstücksrechtsschutz. Das vorgeschriebene Schlichtungsverfahren beim Schiedsamt ist ebenfalls gedeckt.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "ambulante OP beim Kind: 'Polypen und Paukenröhrchen' für Sohn, knapp per Mobile",
  frm=ADDR("kroeger"), to="Tatjana Reuß <tatjana.reuss@mail.example>", subj="Re: OP Noah",
  date="2026-02-03 17:55", client="mobile", sig="kroeger", sigstyle="name",
  body="""Hallo Frau Reuß, ja, die Polypen-OP mit Paukenröhrchen bei Noah ist voll versichert, Rechnung einfach einreichen. Alles Gute für Donnerstag!""")

M("N", "en", "insurer-to-supplier", "trap: translation agency order for a product leaflet on long-term care, no personal data",
  frm=ADDR("baumann"), to="Projects <projects@lingua-bridge.example>", subj="Translation order – care leaflet DE>EN, DE>TR",
  date="2026-04-21 10:00", sig="baumann", lang="en",
  body="""Hello,

please translate the attached leaflet "Pflege zu Hause – was Ihre Pflegeversicherung zahlt" (4 pages, 1,380 words) into English and Turkish. Deadline 8 May. Terminology list attached; "Pflegegrad" should be "care grade" in English.

Best regards""")

# ---------------------------------------------------------------- batch 6
M("C", "de", "insurer-to-customer", "Kfz-Haftpflicht: Unfallgegner benannt, Kennzeichen beider Seiten, 'niemand verletzt', Quote",
  frm=ADDR("brenner"), to="Sevgi Arslan <sevgi.arslan@mail.example>", subj="AW: Unfall Kreisverkehr Hürth",
  date="2026-04-08 14:50", sig="brenner",
  body="""Sehr geehrte Frau Arslan,

nach Ihrer Schilderung und der des Unfallgegners (Herr Bernd Klapproth, BM-BK 901) gehen wir von einer Haftungsteilung 50:50 aus, weil beide Fahrzeuge gleichzeitig in den Kreisverkehr eingefahren sind. Verletzt wurde zum Glück niemand.

Ihr Schadenfreiheitsrabatt wird deshalb zurückgestuft (von SF 9 auf SF 5). Sie können den Schaden innerhalb von 6 Monaten selbst zahlen (1.840 EUR), dann bleibt die Einstufung unverändert.

Schadennummer: KH-26-0044915

Mit freundlichen Grüßen""",
  quote=Q("""Hallo, ich verstehe nicht warum ich jetzt auch schuld sein soll?? Der kam doch von links. Mein Kennzeichen BM-SA 2204. Gruß S. Arslan"""))

M("N", "de", "internal", "trap: Reisekostenabrechnung-Hinweis mit Namen, Hotel, Bahnticket, nichts Sensibles",
  frm=ADDR("morgan"), to=ADDR("reuter"), subj="Reisekosten Februar – Rückfrage",
  date="2026-03-05 11:25", sig="morgan", sigstyle="short",
  body="""Hallo Herr Reuter,

in Ihrer Reisekostenabrechnung Februar fehlt der Beleg für das Hotel in Bremen (2 Nächte, 238 EUR). Können Sie ihn im Reiseportal nachreichen? Dann geht die Erstattung mit dem März-Lauf raus.

Danke und Gruß
James Morgan""")

M("C", "en", "insurer-to-customer", "home contents: list of stolen jewellery with values, named customer and address",
  frm=ADDR("demir"), to="Charlotte Reid <charlotte.reid@mail.example>", subj="Burglary 14 Feb – your list of items",
  date="2026-02-24 12:20", sig="demir", lang="en",
  body="""Dear Ms Reid,

thank you for the list of stolen items from your flat at Neusser Straße 77, 50670 Köln. To settle the claim HR-26-0019034, we still need proof for the three most valuable items:

- diamond ring (your estimate 4,200 EUR)
- Omega Seamaster watch (3,100 EUR)
- MacBook Pro (2,399 EUR)

Photos, receipts or a jeweller's valuation are sufficient. Valuables are covered up to 20 % of your sum insured (65,000 EUR), i.e. 13,000 EUR.

Kind regards""")

M("S", "de", "insurer-to-customer", "Auslandsreise-Kranken: Magen-Darm-Infekt der Tochter, Klinik in Thailand, Adressat Vater",
  frm=ADDR("szabo"), to="Christian Paschke <christian.paschke@mail.example>", subj="Ihre Belege aus Thailand",
  date="2026-03-18 09:10", sig="szabo",
  body="""Sehr geehrter Herr Paschke,

die Rechnung des Bangkok Hospital Phuket für Ihre Tochter Marie (Magen-Darm-Infekt, Infusion, 1 Nacht zur Beobachtung, 28.640 THB) haben wir in Euro umgerechnet und erstattet: 742,18 EUR. Gute Besserung nachträglich!

Mit freundlichen Grüßen""")

M("N", "en", "insurer-to-partner", "trap: reinsurer contact change (names, phone), nothing else",
  frm=ADDR("stone"), to="Hannah Dreyer <hannah.dreyer@rueck-re.example>", subj="New colleague in Reinsurance",
  date="2026-06-02 10:00", sig="stone", lang="en",
  body="""Dear Hannah,

please note that from 15 June Mr Jonas Petrakis will take over the operative handling of our life treaties (bordereaux, claims notifications). His e-mail is jonas.petrakis@versicherer.example, phone +49 221 555-1932. I remain your contact for renewals.

Best
Rebecca""")

M("C", "de", "insurer-to-customer", "Adressat nur über Vertragsnummer identifiziert: Beitragserhöhung Wohngebäude wegen Index, Versicherungsort",
  frm=ADDR("kowalski"), to="m.k.1967@mail.example", subj="Frage zu Vertrag WG 2 907 114",
  date="2026-02-06 13:00", sig="kowalski", disc=1,
  body="""Guten Tag,

zu Ihrem Vertrag WG 2 907 114 (Einfamilienhaus Birkenweg 3, 53340 Meckenheim): Der Beitrag steigt zum 01.03. um 7,9 %, weil der Baupreisindex gestiegen ist. Der gleitende Neuwert schützt Sie dafür vor Unterversicherung. Neuer Jahresbeitrag: 846,12 EUR.

Freundliche Grüße""")

M("S", "en", "insurer-to-customer", "English: speech therapy after stroke of the customer himself, 'your aphasia' mention late",
  frm=ADDR("kaiser"), to="Robert Whitfield-Jones <rwj@mail.example>", subj="Rehabilitation plan – next steps",
  date="2026-07-09 15:00", sig="kaiser", lang="en",
  body="""Dear Mr Whitfield-Jones,

it was good to talk to you and your daughter on Monday. As agreed, here are the next steps of your rehabilitation plan under the accident policy:

1. Home visits by our rehabilitation manager every 4 weeks.
2. Adaptation of your bathroom (walk-in shower) – the contractor will contact you.
3. We cover speech therapy three times a week at Logopädie am Rhein for the next 6 months, as your aphasia has improved well so far.

Kind regards""")

M("N", "de", "insurer-to-broker", "trap: Einladung Makler zu Webinar 'Gesundheitsfragen richtig stellen', keine Kundendaten",
  frm=ADDR("reuter"), to="Maklerverteiler Nord <makler-nord@versicherer.example>", subj="Webinar 9.9.: Gesundheitsfragen im BU-Antrag",
  date="2026-08-25 09:00", sig="reuter",
  body="""Liebe Partnerinnen und Partner,

Anzeigepflichtverletzungen sind der häufigste Grund für Streit im BU-Leistungsfall. In unserem Webinar am 9. September (10–11 Uhr) zeigt Dr. Ulrike Hasselbach, wie Sie Gesundheitsfragen mit Ihren Kunden sauber durchgehen: Arztbesuche, Psychotherapie, Rückenbeschwerden, Medikamente.

Anmeldung über das Maklerportal.

Herzliche Grüße
Frank Reuter""")

M("C", "en", "insurer-to-customer", "IBAN with typo deliberately invalid (customer's digits swapped) next to named customer",
  frm=ADDR("becker"), to="Lucas Moreau <lucas.moreau@mail.example>", subj="Your new bank details could not be used",
  date="2026-05-13 10:10", sig="becker", lang="en",
  body=f"""Dear Mr Moreau,

the IBAN you sent us for your motor policy KF 7 118 220, {IBX("DE", "100700240123450678")}, is not valid – probably two digits were swapped. Please check it in your banking app and send it again. Until then we will continue to debit the old account.

Kind regards""")

M("S", "de", "insurer-to-customer", "Psychotherapie-Antrag für Adressatin: Gutachterverfahren, ohne Diagnose, 'Ihre Therapie'",
  frm=ADDR("kroeger"), to="Vanessa Hoppe <vanessa.hoppe@mail.example>", subj="Ihre Therapie bei Frau Dr. Lenzen",
  date="2026-03-24 14:35", sig="kroeger",
  body="""Liebe Frau Hoppe,

der Bericht von Frau Dr. Lenzen an unseren Gutachter ist eingegangen. Sobald das Gutachten vorliegt (ca. 2 Wochen), teilen wir Ihnen mit, wie viele Stunden Ihrer Therapie wir übernehmen. Die 5 probatorischen Sitzungen sind bereits erstattet.

Viele Grüße""")

M("C", "de", "lawyer", "Anwalt des Geschädigten: Haftpflicht Wasserschaden in Eigentumswohnung, Namen und Adressen, Forderung",
  frm=ADDR("oltmanns"), to="RA Jens Wittkamp <wittkamp@ra-wittkamp.example>", subj="AW: Wasserschaden WEG Rosenstr. 4 – Ihre Mandantin Frau Steger",
  date="2026-06-16 11:00", sig="oltmanns",
  body="""Sehr geehrter Herr Wittkamp,

unser Versicherungsnehmer Herr Paul Drescher (Whg. 2. OG) hat uns den Schaden gemeldet. Wir prüfen die Forderung Ihrer Mandantin, Frau Ursula Steger (Whg. 1. OG), über 6.480 EUR für Decke und Laminat. Ein Gutachter wird sich bei ihr melden.

Schadennummer PH-2026-01441.

Mit freundlichen Grüßen""")

M("N", "en", "newsletter", "trap: employer newsletter for bAV clients: sick-leave trends in Germany (public statistics)",
  frm="Versicherer Firmenkunden <firmenkunden-news@versicherer.example>", to="HR contacts <hr-kontakte@versicherer.example>",
  subj="HR insight: sick leave 2025 and what employers can do", date="2026-03-12 06:00", lang="en", html=True,
  body="""Dear HR professionals,

according to public statutory health insurance data, employees in Germany were on sick leave for an average of 19.6 days in 2025. Respiratory infections, back pain and mental health were the most common reasons.

Company health insurance (bKV) can help: fast specialist appointments, physiotherapy budgets and an employee assistance programme. Talk to your contact at Versicherer.

Corporate Clients team""")

M("S", "en", "insurer-to-company", "group life: employer notified of an employee's death benefit, employee id only, cause 'illness'",
  frm=ADDR("paulsen"), to="Payroll <payroll@nordwind-logistics.example>", subj="Group life scheme – employee 10442",
  date="2026-09-03 10:40", sig="paulsen", lang="en",
  body="""Dear colleagues,

we are sorry to learn of the death of your employee no. 10442. Under the group life scheme GL 5 004 220 the death benefit of two annual salaries (112,400 EUR) will be paid to the beneficiary named in the nomination form. As the employee died after a long illness and had been absent since January, please also send us the confirmation that the employment continued until the date of death.

Kind regards""")

M("C", "de", "insurer-to-customer", "Altes Geburtsdatum-Format (2-stellig '03.04.58') und Geburtsname in Hausrat-Umschreibung nach Heirat",
  frm=ADDR("kowalski"), to="Gabriele Rothe <gabriele.rothe@mail.example>", subj="Namensänderung",
  date="2026-09-07 10:15", sig="kowalski", sigstyle="short",
  body="""Hallo Frau Rothe,

wir haben die Namensänderung in Ihren Verträgen (Hausrat HR 0 881 224, Haftpflicht PH 0 881 225) eingetragen: Gabriele Rothe geb. Fiedler, geb. 03.04.58. Neue Unterlagen kommen per Post. Herzlichen Glückwunsch zur Hochzeit!

Lena Kowalski""")

M("N", "de", "newsletter", "trap: automatische Newsletter-Abmeldebestätigung (Gesundheits-Newsletter) an benannte Person",
  frm="Versicherer Newsletter <newsletter@versicherer.example>", to="Ewa Kaczmarek <ewa.kaczmarek@mail.example>",
  subj="Abmeldung bestätigt", date="2026-04-02 22:14",
  body="""Hallo Ewa Kaczmarek,

Sie haben sich erfolgreich vom Newsletter "Gesund leben" abgemeldet. Sie erhalten ab sofort keine E-Mails mehr von uns zu diesem Thema.

Ihr Versicherer""")

M("S", "de", "insurer-to-customer", "Krankheitskosten Schweiz (Grenzgänger) mit Medikamenten-Tabelle in einer ODS-Datei, Body harmlos",
  frm=ADDR("whitfield"), to="Reto Baumgartner <reto.baumgartner@mail.example>", subj="Ihre Abrechnung",
  date="2026-10-05 09:30", sig="whitfield", sigstyle="short",
  body="""Grüezi Herr Baumgartner,

anbei die Abrechnung als Tabelle, wie gewünscht.

Freundliche Grüsse""",
  att=[ODS("Abrechnung_Baumgartner_2026-09.ods", {"Abrechnung": [
      ["Datum", "Leistungserbringer", "Leistung", "CHF", "EUR erstattet"],
      ["02.09.2026", "Apotheke Kreuzlingen", "Apixaban 5 mg, 60 Tbl.", 118.4, 121.3],
      ["02.09.2026", "Apotheke Kreuzlingen", "Bisoprolol 2,5 mg, 100 Tbl.", 22.1, 22.65],
      ["09.09.2026", "Kantonsspital Münsterlingen", "EKG, Kardiologische Kontrolle", 380.0, 389.35],
  ]})])

M("C", "en", "insurer-to-customer", "electronics insurance: named customer's smartphone IMEI, repair claim",
  frm=ADDR("demir"), to="Yusuf Erdem <yusuf.erdem@mail.example>", subj="Your phone repair – EL 3 220 771",
  date="2026-10-12 15:40", sig="demir", lang="en",
  body="""Dear Mr Erdem,

your cracked display (iPhone 15, IMEI 356789104421873) will be repaired by our partner FixIt Köln. The courier picks up the phone on Thursday between 8 and 12 at Dellbrücker Hauptstraße 90. Deductible 50 EUR.

Kind regards""")

M("S", "de", "insurer-to-customer", "Zahnarzt-Heil- und Kostenplan als PDF-Anhang; Body sagt nur 'HKP geprüft, siehe Anlage'",
  frm=ADDR("wendland"), to="Friedrich Jacobsen <f.jacobsen@mail.example>", subj="HKP geprüft",
  date="2026-09-22 12:00", sig="wendland", sigstyle="short",
  body="""Sehr geehrter Herr Jacobsen,

der HKP ist geprüft, unser Ergebnis finden Sie in der Anlage.

Freundliche Grüße""",
  att=[PDF("Pruefergebnis_HKP_Jacobsen.pdf", [("h", "Prüfergebnis Heil- und Kostenplan"),
       "Versicherter: Friedrich Jacobsen, geb. 30.06.1961, Vertrag ZP 4 118 209",
       "Zahnarzt: Dr. Ove Carstensen, Flensburg, HKP vom 08.09.2026",
       ("t", [["Zahn", "Befund", "Therapie", "Kosten", "Erstattung"], ["14-16", "fehlend (f)", "Brücke, vollkeramisch", "2.180,00", "1.526,00"], ["36", "kariös zerstört (ww)", "Krone", "940,00", "658,00"]]),
       "Voraussichtliche Erstattung gesamt: 2.184,00 EUR (70 %)."], title="HKP")])

M("N", "en", "insurer-to-customer", "trap: generic product answer to a prospect about BU for doctors; no health data of the sender",
  frm=ADDR("falk"), to="Dr. Leonie Strasser <leonie.strasser@mail.example>", subj="RE: disability insurance for physicians",
  date="2026-05-15 14:00", sig="falk", lang="en",
  body="""Dear Dr Strasser,

thank you for your interest. For physicians we offer a disability policy with a special clause: if you can no longer practise your specialty, e.g. as a surgeon, the pension is paid even if you could work in another medical field. Infection clause included.

Happy to prepare an offer; for that I only need your date of birth, specialty and desired pension. Health questions come later in the application.

Best regards
Bernd Falk""")

M("C", "de", "company", "Firmenkunde (GmbH) mit benanntem Ansprechpartner: Betriebshaftpflicht Schaden bei Kunde, keine Verletzten",
  frm=ADDR("hartmann"), to="Ingo Maurer <i.maurer@maurer-elektrotechnik.example>", subj="Betriebshaftpflicht BH 7 220 018 – Schaden Kita Sonnenschein",
  date="2026-08-03 10:30", sig="hartmann",
  body="""Sehr geehrter Herr Maurer,

Ihr Monteur hat bei Arbeiten in der Kita Sonnenschein (Träger: Stadt Bergheim) eine Wasserleitung angebohrt. Personen kamen nicht zu Schaden. Wir übernehmen den Schaden am Gebäude gegenüber der Stadt; Ihr Monteur, Herr Dennis Wirtz, soll uns bitte den Hergang kurz schriftlich schildern.

Schadennummer BH-26-00377.

Mit freundlichen Grüßen""")

M("S", "en", "insurer-to-customer", "the addressee's pregnancy stated only as 'your due date' in a travel cancellation reply",
  frm=ADDR("szabo"), to="Hannah Goldberg <hannah.goldberg@mail.example>", subj="RE: Can I cancel the trip?",
  date="2026-05-06 11:45", sig="szabo", lang="en",
  body="""Dear Ms Goldberg,

yes: as your gynaecologist advises against the long-haul flight so close to your due date, this is an insured reason for cancelling the trip to Mexico. Please send us the doctor's certificate and the cancellation invoice from the tour operator.

Kind regards""",
  quote=Q("""Hi, we booked Mexico for July but my doctor says I shouldn't fly in week 34. Is that covered? Policy RR 4 117 302. Hannah"""))

M("N", "de", "internal", "trap: Kantinenplan mit 'Diabetiker-geeignet'-Kennzeichnung, keine Personen",
  frm=ADDR("richter"), to="Alle Mitarbeitenden Köln <alle-koeln@versicherer.example>", subj="Neues Kantinenangebot ab Oktober",
  date="2026-09-25 12:00", sig="richter", sigstyle="short",
  body="""Liebe Kolleginnen und Kollegen,

ab 1. Oktober kennzeichnet unser Caterer alle Gerichte mit Allergenen (A–N), vegan/vegetarisch und "für Diabetiker geeignet" (BE-Angabe). Außerdem gibt es täglich eine glutenfreie Option.

Guten Appetit!
Anja Richter""")

M("C", "de", "insurer-to-customer", "Elementarschaden (Starkregen) mit Adresse, Namen der Eigentümer, Auszahlung auf IBAN mit Bindestrichen",
  frm=ADDR("demir"), to="Wilma und Otto Berens <berens@mail.example>", subj="Starkregen 12.07. – Auszahlung",
  date="2026-07-30 13:00", sig="demir",
  body=f"""Sehr geehrte Frau Berens, sehr geehrter Herr Berens,

für den Rückstau im Keller Ihres Hauses Ahrweg 14, 53474 Bad Neuenahr, zahlen wir aus der Elementarversicherung 11.240,00 EUR (Trocknung, Estrich, Heizungssteuerung) abzüglich 500 EUR Selbstbehalt an {IB("DE", "577501000000123450", group=4, sep="-")}.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "Unfall-Reha: Adressat, Rollstuhl und Wohnungsumbau nach Querschnitt, nur 'Ihre Situation seit dem Unfall'",
  frm=ADDR("kaiser"), to="Jonas Wittenberg <jonas.wittenberg@mail.example>", subj="Umbau Ihrer Wohnung",
  date="2026-08-19 10:10", sig="kaiser",
  body="""Hallo Herr Wittenberg,

der Kostenvoranschlag für den Umbau Ihrer Wohnung (Rampe, Türverbreiterung, bodengleiche Dusche, 18.900 EUR) ist genehmigt. Der Aktivrollstuhl mit Zuggerät ist bestellt und wird am 2. September im Querschnittzentrum angepasst.

Schön, dass Sie nach all den Monaten bald nach Hause können.

Viele Grüße
Ruth Kaiser""")

M("N", "en", "insurer-to-supplier", "trap: IT supplier meeting with named consultants about OCR of doctors' invoices (technical)",
  frm=ADDR("raman"), to="Sebastian Kurz <s.kurz@ocr-solutions.example>", subj="OCR PoC – sample set",
  date="2026-06-08 16:10", sig="raman", lang="en",
  body="""Hi Sebastian,

for the proof of concept we will not provide real invoices. Our team has produced 300 synthetic doctors' invoices (GOÄ layout, fictitious patients) which you will receive through the secure file exchange. Evaluation criteria: field accuracy for billing codes, factor and amount.

Kick-off with Lukas Hoffmann and me on 15 June, 10:00.

Priya""")

M("C", "en", "insurer-to-customer", "customer identified only by customer number and e-mail: liability policy changed to family cover, insured address",
  frm=ADDR("kowalski"), to="kunde.4410@mail.example", subj="Your liability policy – family cover",
  date="2026-10-01 10:00", sig="kowalski", lang="en",
  body="""Hello,

as requested for customer number 40-2207719, your private liability policy PH 8 004 512 now covers your partner and your children as well (family tariff), from 1 October 2026. The new annual premium is 84.90 EUR. Insured address: Am Weidenbach 6, 51491 Overath.

Kind regards""")

M("S", "de", "insurer-to-customer", "Pflegemonatsgeld abgelehnt, weil die Adressatin in Pflegegrad 1 eingestuft ist",
  frm=ADDR("yilmaz"), to="Renate Wiegmann <renate.wiegmann@mail.example>", subj="Ihr Antrag auf Pflegemonatsgeld",
  date="2026-10-08 11:00", sig="yilmaz",
  body="""Sehr geehrte Frau Wiegmann,

nach dem Bescheid Ihrer Pflegekasse sind Sie in Pflegegrad 1 eingestuft. Ihr Tarif Pflege Plus zahlt Pflegemonatsgeld ab Pflegegrad 2. Für Pflegegrad 1 sieht Ihr Vertrag leider keine Leistung vor.

Wenn sich Ihr Zustand verschlechtert und die Pflegekasse Sie höher einstuft, melden Sie sich bitte gleich bei uns.

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: Schulungsfolien zu GOÄ-Abrechnung mit Musterrechnung 'Patient: Erika Musterfrau'",
  frm=ADDR("kroeger"), to="Neue Mitarbeitende Leistung <einarbeitung-lkv@versicherer.example>", subj="Unterlagen Einarbeitung GOÄ",
  date="2026-09-01 08:30", sig="kroeger", sigstyle="short",
  body="""Hallo zusammen,

anbei die Unterlagen für morgen. Die Musterrechnung ("Patientin Erika Musterfrau, Diagnose: Muster") ist frei erfunden und nur zum Üben der Faktoren.

Bis morgen
Sabine""",
  att=[PDF("Einarbeitung_GOAE_Musterrechnung.pdf", [("h", "Musterrechnung (fiktiv)"), "Patientin: Erika Musterfrau (fiktiv)  Diagnose: Muster",
       ("t", [["GOÄ", "Leistung", "Faktor", "Betrag"], ["1", "Beratung", "2,3", "10,72"], ["5", "Symptombezogene Untersuchung", "2,3", "10,72"], ["250", "Blutentnahme", "1,8", "4,20"]]),
       "Übung: Welche Begründung ist bei Faktor 3,5 nötig?"], title="Muster")])

M("S", "en", "insurer-to-customer", "follow-up: the addressee's sick note extended ('AU until 30 Nov'), English, Krankentagegeld continues",
  frm=ADDR("haas"), to="Tomasz Wielgosz <tomasz.wielgosz@gmail.example>", subj="Re: new certificate",
  date="2026-11-03 09:05", sig="haas", lang="en", sigstyle="short",
  body="""Dear Mr Wielgosz,

thank you, the new certificate (AU until 30 Nov) has arrived. The daily sickness allowance continues. If the incapacity lasts longer than 6 months in total, we will ask our medical adviser to contact your doctor.

Kind regards
Dominik Haas""")

M("C", "de", "insurer-to-customer", "Berufshaftpflicht einer selbständigen Architektin (natürliche Person) mit Honorarumsatz als Einkommen",
  frm=ADDR("hartmann"), to="Dipl.-Ing. Franziska Lenk <mail@architektur-lenk.example>", subj="Berufshaftpflicht – Ihr Honorarumsatz 2025",
  date="2026-02-02 10:40", sig="hartmann",
  body="""Sehr geehrte Frau Lenk,

danke für die Meldung Ihres Honorarumsatzes 2025 (186.400 EUR). Damit ändert sich der Beitrag Ihrer Berufshaftpflicht BHV 3 330 107 für 2026 nur geringfügig (2.318,00 EUR zzgl. VersSt). Die Rechnung kommt mit separater Post.

Mit freundlichen Grüßen""")

# ---------------------------------------------------------------- batch 7
M("C", "de", "insurer-to-customer", "Kfz-Abmeldung und Beitragsrückzahlung, FIN und Kennzeichen, Name, IBAN ohne Leerzeichen",
  frm=ADDR("engel"), to="Dragana Milić <dragana.milic@mail.example>", subj="Abmeldung Ihres Opel Corsa",
  date="2026-10-20 10:30", sig="engel", sigstyle="short",
  body=f"""Guten Tag Frau Milić,

die Zulassungsstelle hat uns die Außerbetriebsetzung Ihres Opel Corsa (SU-DM 414, FIN W0L0SDL08C6123478) zum 15.10.2026 gemeldet. Den nicht verbrauchten Beitrag von 96,30 EUR überweisen wir auf {IB("DE", "370501980045123987", group=0)}.

Ihren Schadenfreiheitsrabatt (SF 6) heben wir 7 Jahre für Sie auf.

Freundliche Grüße""")

M("S", "de", "insurer-to-customer", "Krankenhausrechnung mit DRG-Code und Verweildauer für die Adressatin, Tabelle Plaintext",
  frm=ADDR("brandt"), to="Annemarie Wüst <annemarie.wuest@mail.example>", subj="Ihre Krankenhausrechnung – Direktabrechnung erfolgt",
  date="2026-10-14 13:30", sig="brandt",
  body="""Sehr geehrte Frau Wüst,

das Klinikum Ludwigsburg hat Ihren Aufenthalt direkt mit uns abgerechnet. Zur Information:

[[t]]

Sie müssen nichts weiter tun. Die Wahlleistungsrechnung des Chefarztes reichen Sie bitte wie gewohnt ein.

Mit freundlichen Grüßen""",
  tables={"t": ([["Position", "Betrag"], ["DRG I47C (Verweildauer 6 Tage)", "7.412,88 EUR"], ["Zuschlag Einbettzimmer, 5 Tage", "590,00 EUR"], ["gesamt", "8.002,88 EUR"]], "pad")})

M("N", "en", "internal", "trap: board memo on health claims cost ratio and medical inflation, aggregated",
  frm=ADDR("morgan"), to="Board office <vorstandsbuero@versicherer.example>", subj="Memo: health claims inflation 2026",
  date="2026-07-15 18:00", sig="morgan", lang="en", sigstyle="short",
  body="""Dear colleagues,

for the board meeting on 21 July: health claims per insured person rose 8.4 % in H1 2026 (outpatient +9.1 %, inpatient +6.2 %, dental +11.0 %, medication +12.7 % driven by GLP-1 and oncology drugs). The loss ratio for comprehensive health is 78.3 %.

A premium adjustment trigger is likely for 4 of 11 tariffs in 2027.

James Morgan""")

M("S", "en", "insurer-to-customer", "English: naturopath and osteopathy invoices of the addressee's husband, 'your husband'",
  frm=ADDR("kroeger"), to="Isabel Cruz <isabel.cruz@mail.example>", subj="Invoices for your husband – osteopathy",
  date="2026-08-26 09:25", sig="kroeger", lang="en",
  body="""Dear Ms Cruz,

we have reimbursed the osteopathy invoices for your husband Martin (6 sessions with osteopath Jan Böhm, 540 EUR) at 80 % = 432 EUR, in line with his tariff's limit for alternative treatments. The acupuncture sessions from his pain clinic are covered in full under outpatient treatment.

Kind regards""")

M("C", "en", "insurer-to-customer", "tenant liability claim by landlord (named) for a damaged kitchen, customer and address",
  frm=ADDR("oltmanns"), to="Aiden Murphy <aiden.murphy@mail.example>", subj="Landlord's claim – kitchen worktop",
  date="2026-09-10 14:00", sig="oltmanns", lang="en",
  body="""Dear Mr Murphy,

your landlady, Mrs Edith Voigt, is claiming 1,260 EUR for the burnt kitchen worktop in the flat you moved out of (Kyffhäuserstr. 23, 50674 Köln). Rental property damage is included in your liability policy PH 5 110 874. We will deal with Mrs Voigt directly; please send us the move-out protocol.

Kind regards""")

M("N", "de", "insurer-to-customer", "trap: Einmal-Passwort für Portal an benannte Person, keine Inhalte",
  frm="Versicherer SecureMail <noreply@versicherer.example>", to="Petra Sandmann <petra.sandmann@mail.example>",
  subj="Ihr Zugang zum Kundenpostfach", date="2026-02-28 08:01",
  body="""Guten Tag Petra Sandmann,

für Ihren ersten Zugang zum Kundenpostfach verwenden Sie bitte folgendes Einmal-Passwort:

   7Hk-29q-XvT

Es ist 48 Stunden gültig. Beim ersten Anmelden vergeben Sie ein eigenes Passwort und eine Sicherheitsfrage.

Ihr Versicherer""")

M("S", "de", "broker", "Makler fragt zu Antrag Pflegezusatz: Kunde nimmt Donepezil (Wirkstoff ohne Diagnose) – im Zitat",
  frm=ADDR("nguyen"), to="Versicherungsmakler Brehm <brehm@brehm-makler.example>", subj="AW: Pflegezusatz Herr Quast – Vorerkrankung?",
  date="2026-05-20 10:50", sig="nguyen",
  body="""Hallo Herr Brehm,

mit dieser Medikation ist eine Annahme im Pflegezusatztarif leider nicht möglich; das ist in den Annahmerichtlinien eindeutig geregelt. Die gesetzliche Pflegeversicherung Ihres Kunden bleibt natürlich unberührt.

Viele Grüße
Minh Nguyen""",
  quote=OQ("Brehm, Ulrich", "Dienstag, 19. Mai 2026 16:35", "Antragsbearbeitung Kranken", "Pflegezusatz Herr Quast – Vorerkrankung?", """Hallo,
mein Kunde Eberhard Quast (72) möchte einen Pflegezusatz. Er nimmt seit einem Jahr Donepezil 10 mg, sonst nichts. Geht das?
Gruß U. Brehm"""))

M("C", "de", "insurer-to-customer", "Gewerbe: Inhaltsversicherung einer Einzelunternehmerin (Friseursalon), Adresse, Vertrag, Schaden",
  frm=ADDR("hartmann"), to="Nicole Strauch <salon@haarwerk-strauch.example>", subj="Einbruch in Ihrem Salon",
  date="2026-11-09 09:45", sig="hartmann",
  body="""Sehr geehrte Frau Strauch,

zum Einbruch in Ihren Salon "Haarwerk" (Hauptstraße 61, 41747 Viersen) in der Nacht zum 6. November: Die Geschäftsinhaltsversicherung GI 2 077 431 ersetzt die gestohlene Kasse (Bargeld bis 500 EUR) und die Schäden an der Eingangstür. Den Ertragsausfall für den geschlossenen Tag können Sie mit Ihrer letzten Umsatzübersicht nachweisen.

Schadennummer GI-26-00219.

Mit freundlichen Grüßen""")

M("S", "en", "insurer-to-customer", "English reply to a student on an incoming-student health plan: 'your ADHD medication' late in the mail",
  frm=ADDR("whitfield"), to="Maya Thompson <maya.thompson@uni-mail.example>", subj="RE: insurance certificate for university",
  date="2026-10-02 11:20", sig="whitfield", lang="en",
  body="""Dear Ms Thompson,

the insurance certificate for the university's enrolment office is attached to your portal mailbox. Your student health plan IS 9 220 417 runs from 1 October 2026 to 30 September 2027.

You also asked whether your ADHD medication (methylphenidate 30 mg) prescribed by your doctor in Boston can be continued here: yes, it is covered once a German doctor issues a new prescription.

Kind regards""")

M("N", "en", "insurer-to-partner", "trap: cooperation with a hospital on a hackathon about anonymised data; names of organisers",
  frm=ADDR("raman"), to="Dr. Julian Stein <j.stein@uniklinik-beispiel.example>", subj="Hackathon 'Healthy Data' – organisation",
  date="2026-08-11 13:00", sig="raman", lang="en",
  body="""Dear Dr Stein,

great news that the ethics committee has no objections since only synthetic data sets are used. From our side Lukas Hoffmann and Tim Fischer will help with the infrastructure. Proposed date: 23–24 October at your innovation lab.

Best regards
Priya Raman""")

M("S", "de", "insurer-to-customer", "BU: Wiedereingliederung nach Burn-out des Adressaten ('stufenweise'), Rente läuft weiter – nur psych. Andeutung",
  frm=ADDR("stanek"), to="Philipp Rehbein <philipp.rehbein@mail.example>", subj="Ihre stufenweise Wiedereingliederung",
  date="2026-09-16 10:30", sig="stanek",
  body="""Sehr geehrter Herr Rehbein,

schön, dass Sie ab Oktober nach dem Hamburger Modell wieder mit 3 Stunden täglich einsteigen. Während der Wiedereingliederung zahlen wir die BU-Rente aus Vertrag 64 118 203 unverändert weiter. Bitte schicken Sie uns den Wiedereingliederungsplan Ihrer Psychiaterin und melden Sie sich, wenn Sie wieder voll arbeiten.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-customer", "Reisegepäck: Koffer verloren, Flugnummer, Name, Schadennr., keine Gesundheit",
  frm=ADDR("szabo"), to="Benjamin Krah <benjamin.krah@mail.example>", subj="Ihr verlorener Koffer – RG-26-10477",
  date="2026-08-28 12:30", sig="szabo", disc=2,
  body="""Hallo Herr Krah,

die Airline hat bestätigt, dass Ihr Koffer (Flug LH 1144 Frankfurt–Lissabon, 14.08.) endgültig verloren ist. Aus der Reisegepäckversicherung zahlen wir den Zeitwert des Inhalts nach Ihrer Liste, 1.380 EUR, abzüglich der Entschädigung der Airline (600 EUR): 780 EUR.

Viele Grüße""")

M("N", "de", "insurer-to-customer", "trap: Serienbrief-Vorlage Beitragsanpassung mit Platzhaltern, Testversand an interne Adresse",
  frm=ADDR("haas"), to=ADDR("lorenz"), subj="TEST – Vorlage Beitragsanpassung 2027",
  date="2026-10-26 15:00", sig="haas", sigstyle="short",
  body="""Daniela, bitte einmal lesen, ob der Ton passt. Platzhalter bleiben so.

---
Sehr geehrte(r) {ANREDE} {NACHNAME},

zum 1. Januar 2027 passen wir den Beitrag für Ihren Tarif {TARIF} an. Ihr neuer Monatsbeitrag: {BEITRAG_NEU} EUR (bisher {BEITRAG_ALT} EUR). Die Gründe erläutern wir im beiliegenden Informationsblatt.
---

Dominik""")

M("C", "en", "insurer-to-customer", "legal expenses: tenant dispute about rent increase, named tenant and landlord company; claim",
  frm=ADDR("lindqvist"), to="Zoe Carter <zoe.carter@mail.example>", subj="Rent increase dispute – cover confirmed",
  date="2026-06-24 13:50", sig="lindqvist", lang="en",
  body="""Dear Ms Carter,

we confirm cover for your dispute with Vonova Wohnen GmbH about the rent increase for your flat in Düsseldorf-Bilk (from 890 to 1,025 EUR). Claim number RS-2026-01877. You may instruct a lawyer; please send us the lawyer's name.

Kind regards""")

M("S", "de", "insurer-to-customer", "Sehr kurze Mail: 'Ihre Dialyse-Fahrten' (Fahrtkosten), Adressat",
  frm=ADDR("haas"), to="Josef Terbrack <josef.terbrack@mail.example>", subj="Fahrtkosten",
  date="2026-04-14 09:00", sig="haas", sigstyle="short",
  body="""Sehr geehrter Herr Terbrack,

die Taxirechnungen für Ihre Dialyse-Fahrten im März (13 Fahrten, 611,00 EUR) sind erstattet.

Freundliche Grüße""")

M("N", "en", "insurer-to-supplier", "trap: contract negotiation with a wheelchair supplier (framework prices), company contacts only",
  frm=ADDR("wolters"), to="Key Account <key-account@mobility-care.example>", subj="Framework agreement 2027 – price list",
  date="2026-11-17 10:00", sig="wolters", lang="en",
  body="""Dear Mr Lindholm,

thank you for the draft price list. We accept the prices for standard and lightweight wheelchairs; for electric wheelchairs and stair climbers we would like to discuss a volume discount (expected 140 units per year). Can we talk on Monday at 11?

Kind regards""")

M("C", "de", "insurer-to-customer", "Kfz-Kaskoschaden eines geleasten Fahrzeugs: Name, Kennzeichen, Leasingvertragsnummer, Schadennr.",
  frm=ADDR("brenner"), to="Timo Haberland <timo.haberland@mail.example>", subj="Kasko-Schaden KS-26-0091220 – Zahlung an Leasinggeber",
  date="2026-11-23 14:10", sig="brenner",
  body="""Sehr geehrter Herr Haberland,

da Ihr Tesla Model 3 (K-TH 3003) geleast ist, zahlen wir die Reparaturkosten von 8.944,20 EUR mit Zustimmung der Leasinggesellschaft (Vertrag LV-2024-0078812) direkt an die Werkstatt. Ihre Selbstbeteiligung von 300 EUR zahlen Sie bitte bei Abholung.

Mit freundlichen Grüßen""")

M("S", "en", "company", "HR in English asks about employee's return after maternity leave and bKV cover of her newborn (named)",
  frm=ADDR("paulsen"), to="People Team <people@softlabs-cologne.example>", subj="RE: bKV for Ms Jansen's baby",
  date="2026-07-22 12:00", sig="paulsen", lang="en",
  body="""Dear People Team,

the company health insurance (bKV) is for employees only; children can be added at the employee's own expense. Ms Jansen can add her baby within two months of the birth without health questions. She can simply call us.

Kind regards""",
  quote=OQ("People Team", "Tuesday, 21 July 2026 10:15", "Henrik Paulsen", "bKV for Ms Jansen's baby", """Hi Henrik,
our colleague Femke Jansen (employee 2214) gave birth to her son on 3 July and is now on parental leave. Is the baby automatically covered by our bKV?
Thanks, People Team""", lang="en"))

M("N", "de", "internal", "trap: Audit-Log-Auszug Zugriffe auf Portal (Benutzerkennungen, IP), kein Inhalt, kein Kunde",
  frm=ADDR("fischer"), to=ADDR("raman"), subj="Auffällige Anmeldeversuche Maklerportal",
  date="2026-10-30 08:45", sig="fischer", sigstyle="short",
  body="""Hallo Priya,

heute Nacht 1.214 fehlgeschlagene Anmeldungen am Maklerportal aus einem Netz (198.51.100.0/24), überwiegend auf Kennungen wie "admin", "test", "makler1". Alle geblockt, kein Erfolg. Ich habe die IP-Range auf die Blockliste gesetzt.

Tim""",
  att=[TXT("login-failures-2026-10-30.log", """2026-10-30T02:14:07Z FAIL user=admin src=198.51.100.23
2026-10-30T02:14:08Z FAIL user=test src=198.51.100.23
2026-10-30T02:14:10Z FAIL user=makler1 src=198.51.100.41
2026-10-30T02:14:11Z BLOCK range=198.51.100.0/24
""")])

M("S", "de", "insurer-to-customer", "Hilfsmittel Kinder: Hörgeräte für Tochter, 'Ihre Tochter', Kostenvoranschlag Pädakustik",
  frm=ADDR("wolters"), to="Kathrin Oelmann <kathrin.oelmann@mail.example>", subj="Kostenvoranschlag Pädakustik",
  date="2026-11-02 10:20", sig="wolters",
  body="""Liebe Frau Oelmann,

der Kostenvoranschlag der Pädakustik Münster für die beiden Hörgeräte Ihrer Tochter Pauline (3.460 EUR) ist genehmigt. Bei Kindern gilt in Ihrem Tarif kein Höchstbetrag.

Viele Grüße""")

M("C", "en", "insurer-to-broker", "broker asks about a client's unpaid premium for household insurance; client named with amount",
  frm=ADDR("becker"), to="Liam Fairbanks <liam@fairbanks-advisory.example>", subj="RE: Mr Okoro – household premium",
  date="2026-11-11 15:00", sig="becker", lang="en",
  body="""Hi Liam,

your client Mr Emeka Okoro has not paid the household premium of 186.40 EUR due 1 October (policy HR 9 112 007). The reminder went out on 20 October. If payment arrives by 30 November, cover continues without interruption.

Best regards""")

M("N", "en", "insurer-to-customer", "trap: policyholder asks about data deletion; general answer about retention periods, no data",
  frm=ADDR("meier"), to="Henrik Söderberg <henrik.soderberg@mail.example>", subj="RE: deletion of my data",
  date="2026-09-08 11:00", sig="meier", lang="en",
  body="""Dear Mr Söderberg,

we will delete your personal data as soon as legal retention periods allow. For insurance contracts these are usually 10 years after the end of the contract (tax and commercial law). Data that is no longer needed, e.g. marketing preferences, will be deleted now.

To process your request, we need to confirm your identity; please call our service line.

Kind regards
Thomas Meier
Data Protection Officer""")

M("S", "de", "insurer-to-customer", "Herzkatheter/Stent beim Adressaten, nur als Rechnungsposition in einem Erstattungsschreiben mit anderen Posten",
  frm=ADDR("brandt"), to="Volker Hainz <volker.hainz@mail.example>", subj="Abrechnung Ihrer eingereichten Belege vom 02.11.",
  date="2026-11-12 16:05", sig="brandt", disc=1,
  body="""Sehr geehrter Herr Hainz,

wir haben Ihre Belege abgerechnet:

- Hausarzt Dr. Frings, Quartal III: 88,14 EUR
- Labor Dr. Limbach: 46,90 EUR
- Chefarzt Prof. Dr. Ellert, Herzkatheter mit Stentimplantation am 21.10.: 1.842,55 EUR
- Brillengestell: nicht versichert

Erstattung gesamt: 1.977,59 EUR.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-customer", "Hundehalterhaftpflicht: Hund beißt fremden Hund (Tiergesundheit), Tierarztkosten des Geschädigten",
  frm=ADDR("oltmanns"), to="Sarah Nowak <sarah.nowak@mail.example>", subj="Beißerei im Stadtpark – Schaden TH-26-00501",
  date="2026-10-06 11:40", sig="oltmanns",
  body="""Hallo Frau Nowak,

Herr Gerald Fink hat uns die Tierarztrechnung für seinen Dackel Otto geschickt (Wundversorgung, 2 Nähte, 286,40 EUR). Wir zahlen das direkt an Herrn Fink aus Ihrer Hundehalterhaftpflicht TH 4 220 913. Für Sie fällt keine Selbstbeteiligung an.

Viele Grüße""")

M("N", "de", "insurer-to-partner", "trap: Anschreiben an Ombudsmann mit Jahresstatistik, keine Einzelfälle",
  frm=ADDR("lorenz"), to="Geschäftsstelle <info@ombudsmann-beispiel.example>", subj="Jahresmeldung 2026",
  date="2026-12-01 10:00", sig="lorenz",
  body="""Sehr geehrte Damen und Herren,

wie vereinbart unsere Jahresmeldung: 2026 wurden 38 Schlichtungsverfahren gegen uns geführt, davon 21 in der Krankenversicherung (Schwerpunkte Hilfsmittel, Psychotherapie, Beitragsanpassung), 9 in der Lebensversicherung, 8 in der Schaden- und Unfallversicherung. 14 Verfahren endeten mit Abhilfe.

Mit freundlichen Grüßen""")

# ---------------------------------------------------------------- batch 8
M("C", "de", "insurer-to-customer", "Hausrat: Überspannungsschaden, Name, Adresse, Schadennr., IBAN maskiert + Geburtsdatum im Antwortzitat",
  frm=ADDR("demir"), to="Ludger Westhoff <ludger.westhoff@mail.example>", subj="AW: Blitzeinschlag Fernseher",
  date="2026-07-03 09:30", sig="demir",
  body="""Sehr geehrter Herr Westhoff,

danke für die Bestätigung des Elektrikers. Den Fernseher und den Router ersetzen wir mit 1.148 EUR (Zeitwert). Die Zahlung geht an Ihr Konto mit der Endung …4418.

Mit freundlichen Grüßen""",
  quote=Q("""Guten Tag, beim Gewitter am 24.6. ist bei uns (Kirchweg 2, 48653 Coesfeld) der Blitz eingeschlagen, Fernseher und Router kaputt. Ich bin Ludger Westhoff, geb. 11.11.1955, Hausrat Nr. weiß ich nicht. Bestätigung vom Elektriker anbei."""))

M("N", "de", "internal", "trap: Raumbuchung für eine Betriebsratssitzung, Name der Ansprechpartnerin, sonst nichts",
  frm=ADDR("richter"), to="Betriebsrat <betriebsrat@versicherer.example>", subj="Raum für Ihre Sitzung am 12.11.",
  date="2026-11-04 14:00", sig="richter", sigstyle="short",
  body="""Hallo Frau Ostendorf,

für die Sitzung am 12.11. ist der Konferenzraum 6.01 von 9 bis 16 Uhr reserviert, Beamer und Catering für 11 Personen sind bestellt.

Viele Grüße
Anja Richter""")

M("C", "en", "insurer-to-customer", "motor: young driver's accident, parents' policy, plate, 'nobody hurt', named son",
  frm=ADDR("brenner"), to="Andrew Keller <andrew.keller@mail.example>", subj="Your son's accident – KH-26-0102233",
  date="2026-11-19 10:00", sig="brenner", lang="en",
  body="""Dear Mr Keller,

we have received the report about the accident of your son Nathan with your Audi A3 (BN-AK 808) on 14 November at the Bonn-Poppelsdorf junction. Fortunately nobody was hurt. The other driver, Ms Gül Bayram, has claimed 2,870 EUR for her car's rear bumper; we will pay this directly. Your no-claims class will be reduced from SF 14 to SF 9 from 1 January.

Kind regards""")

M("S", "de", "insurer-to-customer", "sehr lange Vertragsänderungs-Mail (Umzug, Bank, Tarif), der sensible Satz in der Mitte: 'wegen Ihrer Depression'",
  frm=ADDR("haas"), to="Kerstin Alberti <kerstin.alberti@mail.example>", subj="Ihre Änderungswünsche",
  date="2026-06-19 15:30", sig="haas",
  body="""Sehr geehrte Frau Alberti,

vielen Dank für Ihre Nachricht mit den verschiedenen Änderungswünschen. Wir haben alles bearbeitet:

Adresse: Ab 01.07.2026 gilt Ihre neue Anschrift Kastanienallee 12, 39104 Magdeburg.

Bankverbindung: Die Beiträge werden ab Juli von Ihrem neuen Konto bei der Stadtsparkasse Magdeburg abgebucht.

Tarifwechsel: Sie möchten vom Tarif Ambulant Premium in Ambulant Komfort wechseln. Das ist möglich; im neuen Tarif sind Psychotherapie-Sitzungen auf 30 je Jahr begrenzt. Da Sie wegen Ihrer Depression derzeit in Behandlung sind, empfehlen wir, den Wechsel erst nach Abschluss der Therapie vorzunehmen – im alten Tarif sind die Sitzungen unbegrenzt.

Beitragsrechnung: Die Beitragsbescheinigung für das Finanzamt für 2025 haben wir Ihnen erneut zugeschickt.

Wenn Sie den Tarifwechsel trotzdem jetzt möchten, genügt eine kurze Antwort.

Mit freundlichen Grüßen""")

M("N", "en", "insurer-to-broker", "trap: broker firm admin asks to add users to portal; names, roles, no customer data",
  frm=ADDR("reuter"), to="Sandra Kohlmann <admin@kohlmann-makler.example>", subj="RE: new users for your firm",
  date="2026-04-29 11:30", sig="reuter", lang="en",
  body="""Dear Ms Kohlmann,

as firm administrator you can add users yourself in the broker portal (Administration > Users). For Mr Felix Hartung and Ms Anna Becker, choose the role "Clerk" and decide whether they get portfolio rights. Each user receives a one-time password by mail.

Best regards""")

M("C", "de", "company", "Kfz-Flotte eines Firmenkunden: Fahrerliste mit Geburtsdaten (drei Formate) und Kennzeichen im XLSX",
  frm=ADDR("engel"), to=ADDR("brenner"), subj="WG: Fahrerliste Flotte Gebr. Hüsken",
  date="2026-01-15 10:20", sig="engel", sigstyle="short",
  body="""Markus, für den Flottenvertrag die aktuelle Fahrerliste. Die Fahrer unter 25 sind im Vertrag nicht eingeschlossen, bitte bei Schäden prüfen. Rüdiger""",
  att=[XLSX("Fahrerliste_Huesken_2026.xlsx", {"Fahrer": [
      ["Name", "Vorname", "geboren", "Führerschein seit", "Klassen", "Fahrzeug"],
      ["Hüsken", "Bernd", "12.03.1968", "1986", "B, BE, C1", "KLE-GH 1"],
      ["Kaczmarek", "Tomasz", "05/09/1990", "2009", "B, C, CE", "KLE-GH 14"],
      ["Brüggemann", "Lea", "2002-02-17", "2020", "B", "KLE-GH 22"],
  ]}, author="Gebr. Hüsken GmbH")])

M("S", "en", "insurer-to-customer", "English, mobile short reply: 'glad the chemo is over' in the agent's line, addressee",
  frm=ADDR("stanek"), to="Grace Whitmore <grace.whitmore@mail.example>", subj="Re: premium exemption",
  date="2026-10-21 19:40", client="mobile", sig="stanek", sigstyle="name", lang="en",
  body="""Hi Ms Whitmore, no premiums are due while the exemption runs – nothing to do for you. Really glad the chemo is over. All the best!""")

M("C", "de", "insurer-to-customer", "Adressat als Person: Bestätigung Vertragsübernahme Wohngebäude nach Hauskauf, Grundbuch, Kaufpreis",
  frm=ADDR("kowalski"), to="Jan und Merle Sörensen <soerensen@mail.example>", subj="Übernahme der Gebäudeversicherung – Lerchenweg 5",
  date="2026-05-08 11:00", sig="kowalski",
  body="""Liebe Familie Sörensen,

herzlichen Glückwunsch zum neuen Haus! Mit dem Eigentumsübergang (Grundbucheintrag 29.04.2026) ist die Wohngebäudeversicherung WG 1 665 290 des Voreigentümers, Herrn Wilhelm Tadsen, auf Sie übergegangen. Sie können den Vertrag innerhalb eines Monats kündigen oder fortführen. Bei einem Kaufpreis von 465.000 EUR ist die Versicherungssumme ausreichend.

Viele Grüße""")

M("N", "de", "insurer-to-customer", "trap: Antwort auf Kundenfrage, ob Corona-Test am Flughafen versichert sei – allgemeine Bedingungen, kein Vertrag",
  frm=ADDR("szabo"), to="Gero Laubach <gero.laubach@mail.example>", subj="AW: Frage zur Reiseversicherung",
  date="2026-03-11 09:45", sig="szabo",
  body="""Hallo Herr Laubach,

Tests, die Sie vor einer Reise freiwillig machen, sind in der Auslandsreisekrankenversicherung grundsätzlich nicht versichert. Versichert ist die Behandlung, wenn Sie im Ausland erkranken. Das gilt für alle unsere Reisetarife.

Viele Grüße""")

M("S", "de", "insurer-to-customer", "Unfall: Krankenhaustagegeld und Genesungsgeld, Sturz auf Glatteis, Adressatin, Schenkelhals",
  frm=ADDR("albrecht"), to="Liselotte Krauß <liselotte.krauss@mail.example>", subj="Ihre Unfallversicherung – Zahlung",
  date="2026-02-25 10:15", sig="albrecht", charset="iso-8859-1",
  body="""Sehr geehrte Frau Krauß,

nach Ihrem Sturz auf dem Glatteis am 19. Januar lagen Sie mit dem Schenkelhalsbruch 12 Tage im Klinikum Kassel. Aus Ihrer Unfallversicherung zahlen wir Krankenhaustagegeld (12 × 30 EUR) und Genesungsgeld (12 × 30 EUR), zusammen 720 EUR.

Ob eine dauerhafte Beeinträchtigung bleibt, prüfen wir nach einem Jahr.

Mit freundlichen Grüßen""")

M("C", "en", "insurer-to-customer", "bicycle theft for an addressee identified only by e-mail and policy number, frame number",
  frm=ADDR("demir"), to="bike.rider.77@mail.example", subj="Policy FA 6 008 214 – your stolen bike",
  date="2026-09-29 16:00", sig="demir", lang="en", sigstyle="short",
  body="""Hello,

for policy FA 6 008 214 we have registered the theft of the Canyon Grail (frame no. CG22-0087741) from the bike rack at Köln Hbf on 25 September. Please send us the police report number and the purchase invoice.

Aylin Demir""")

M("N", "en", "internal", "trap: team lunch invitation naming colleagues, mentions 'vegetarian/allergy' options generically",
  frm=ADDR("szabo"), to="Travel Claims team <team-reise@versicherer.example>", subj="Team lunch Friday",
  date="2026-06-10 12:10", sig="szabo", lang="en", sigstyle="name",
  body="""Hi all,

team lunch on Friday at 12:30, Trattoria Da Enzo. I have booked for 9. If you have allergies or want the vegetarian menu, tell me by Thursday and I'll pass it on (no names needed, just the number).

Eszter""")

M("C", "de", "broker", "weitergeleitete Interessentenmail für ein Hausrat-Angebot: Geburtsdatum ISO, Adresse, Nettoeinkommen",
  frm=ADDR("falk"), to=ADDR("kowalski"), subj="WG: Angebot Hausrat für Herrn Dobrev",
  date="2026-03-31 11:00", sig="falk", sigstyle="short",
  body="""Lena, kannst du bitte das Angebot rechnen? Danke, Bernd""",
  quote=FW("Kiril Dobrev <kiril.dobrev@mail.example>", "30.03.2026 20:10", "Bernd Falk", "Hausrat", """Hallo Herr Falk,
wie besprochen meine Daten: Kiril Dobrev, geb. 1988-06-14, Softwareentwickler, Wohnung 84 m² in der Südstadt (Bonner Str. 101, 50677 Köln), Fahrrad 2.400 EUR. Netto verdiene ich 3.900 im Monat, falls das wichtig ist.
Danke, Kiril"""))

M("S", "de", "insurer-to-customer", "Rückfrage zu Rechnung Psychiater mit Ziffer GOÄ 804/806, ohne Diagnose, Adressat",
  frm=ADDR("kroeger"), to="Benedikt Hartl <benedikt.hartl@mail.example>", subj="Rückfrage zu Ihrer Rechnung Dr. Sommerfeld",
  date="2026-07-29 11:30", sig="kroeger", sigstyle="short",
  body="""Sehr geehrter Herr Hartl,

auf der Rechnung von Dr. Sommerfeld (Facharzt für Psychiatrie) ist die Ziffer 806 an einem Tag dreimal berechnet. Bitte lassen Sie sich von der Praxis bestätigen, dass es sich um drei getrennte Sitzungen handelte, oder eine korrigierte Rechnung geben. Die übrigen Positionen (804, 1, 34) haben wir erstattet.

Freundliche Grüße""")

M("N", "de", "insurer-to-supplier", "trap: Druckerei-Auftrag Infobroschüre 'Ihre Rechte als Patient', keine Personen",
  frm=ADDR("baumann"), to="Auftragsannahme <auftrag@druckhaus-rhein.example>", subj="Druckauftrag Broschüre Patientenrechte",
  date="2026-05-04 09:30", sig="baumann", sigstyle="short",
  body="""Guten Tag,

bitte drucken Sie die Broschüre "Ihre Rechte als Patient – Arztwahl, Zweitmeinung, Krankenhaus" in 20.000 Exemplaren, A5, 16 Seiten, 4/4-farbig. Druckdaten folgen heute per FTP. Liefertermin 22.05.

Julia Baumann""")

M("C", "de", "insurer-to-customer", "Rechtsschutz Arbeitsrecht: Abfindung und Gehalt des Adressaten genannt",
  frm=ADDR("lindqvist"), to="Sascha Moritz <sascha.moritz@mail.example>", subj="Ihr Vergleich vor dem Arbeitsgericht",
  date="2026-09-02 10:10", sig="lindqvist",
  body="""Sehr geehrter Herr Moritz,

Glückwunsch zum Vergleich: Abfindung 24.500 EUR bei einem Bruttomonatsgehalt von 4.900 EUR. Die Kosten Ihres Anwalts für die erste Instanz übernehmen wir nach RVG; die Vergleichsgebühr ist eingeschlossen. Schaden RS-2026-00955 wird danach geschlossen.

Mit freundlichen Grüßen""")

M("S", "en", "lawyer", "claimant's lawyer in English: whiplash and PTSD of the injured party after a motor accident (quoted)",
  frm=ADDR("schreiber"), to="Lewis & Hart Solicitors <claims@lewishart.example>", subj="RE: Your client Ms Amira Haddad – accident 2 May 2026",
  date="2026-08-07 11:30", sig="schreiber", lang="en",
  body="""Dear Sirs,

thank you for the medical report. Before making an offer, we would like our own medical expert to examine your client in Germany or the UK at our cost. Please let us know her availability.

Yours faithfully""",
  quote=OQ("Lewis & Hart Solicitors", "Monday, 3 August 2026 09:00", "Dr. Carola Schreiber", "Your client Ms Amira Haddad – accident 2 May 2026", """Dear Dr Schreiber,
we enclose the report of Dr Pryce. Our client suffered a whiplash injury and has since been diagnosed with post-traumatic stress disorder; she has been unable to drive and is receiving CBT. We invite an interim payment of GBP 7,500.
Lewis & Hart""", lang="en"))

M("C", "en", "insurer-to-customer", "tax residency self-certification: UK tax reference, German tax ID and birth date written out of a named customer",
  frm=ADDR("kowalski"), to="Emily Sanders <emily.sanders@mail.example>", subj="Tax residency self-certification",
  date="2026-10-15 10:45", sig="kowalski", lang="en",
  body="""Dear Ms Sanders,

thank you for returning the self-certification. We have recorded: tax residence United Kingdom and Germany, UK tax reference 1234567890, German tax ID 58 912 034 716, date of birth 22 February 1990. No further action is needed.

Kind regards""")

M("N", "de", "internal", "trap: Krankenquote je Abteilung (aggregiert, keine Abteilung unter 10 Personen)",
  frm=ADDR("weiss"), to="Führungskräfte <fuehrungskraefte@versicherer.example>", subj="Gesundheitsbericht 2026 – Krankenquote",
  date="2026-12-03 09:00", sig="weiss", sigstyle="short",
  body="""Liebe Führungskräfte,

die Krankenquote 2026 lag bei 5,9 % (Vorjahr 6,3 %). Nach Bereichen: Kundenservice 7,4 %, Leistung 6,1 %, IT 3,8 %, Vertrieb 4,9 %. Bereiche mit weniger als 10 Beschäftigten sind nicht ausgewiesen. Das BGM-Angebot für 2027 (Rückenkurse, Stressprävention) stellen wir im Januar vor.

Nadine Weiß""")

M("C", "de", "insurer-to-customer", "Kfz-Werkstattrechnung mit Kundennamen, Kennzeichen, Kilometerstand – Teilkasko Steinschlag",
  frm=ADDR("brenner"), to="Alexandra Pietsch <alexandra.pietsch@mail.example>", subj="Steinschlag Frontscheibe",
  date="2026-04-23 13:15", sig="brenner", sigstyle="short",
  body="""Hallo Frau Pietsch,

die Rechnung von Carglass für die neue Frontscheibe Ihres Mazda CX-5 (MK-AP 555, km-Stand 48.210) haben wir direkt bezahlt, abzüglich Ihrer Selbstbeteiligung von 150 EUR. Schaden TK-26-0030178.

Viele Grüße""")

M("S", "de", "insurer-to-customer", "Zweitmeinung vor Wirbelsäulen-OP für Adressaten, Klinik genannt",
  frm=ADDR("brandt"), to="Jörg Wendler <joerg.wendler@mail.example>", subj="Zweitmeinung vor Ihrer Operation",
  date="2026-08-31 10:40", sig="brandt",
  body="""Sehr geehrter Herr Wendler,

wie besprochen haben wir für Sie einen Termin zur Zweitmeinung vor der geplanten Versteifungsoperation L4/L5 vereinbart: Donnerstag, 10.09., 14 Uhr, Wirbelsäulenzentrum der Uniklinik Düsseldorf, Prof. Dr. Sarrazin. Die Kosten übernehmen wir vollständig. Bitte bringen Sie die MRT-Bilder mit.

Mit freundlichen Grüßen""")

M("N", "en", "insurer-to-customer", "trap: welcome mail after signing up to the app; name only, feature list mentions 'upload receipts'",
  frm="Versicherer App <noreply@versicherer.example>", to="Lars Eriksen <lars.eriksen@mail.example>",
  subj="Welcome to the Versicherer app", date="2026-03-29 12:00", lang="en",
  body="""Hi Lars Eriksen,

welcome! With the app you can:
- upload receipts and doctors' invoices in seconds,
- see the status of your claims,
- find your documents in the secure mailbox.

For your security, the app never shows medical details on the lock screen.

Your Versicherer team""")

M("C", "en", "insurer-to-company", "company (GmbH) as policyholder of a cyber policy with named contact and incident; no health",
  frm=ADDR("hartmann"), to="Markus Albrecht <it-leitung@schreinerei-albrecht.example>", subj="Cyber incident CY-26-0014 – ransomware",
  date="2026-09-14 08:20", sig="hartmann", lang="en",
  body="""Dear Mr Albrecht,

our incident response partner will contact you within the hour about the ransomware attack on the servers of Schreinerei Albrecht GmbH. Please do not pay any ransom and do not switch off the affected machines. Cover under cyber policy CY 4 000 218 is confirmed for the forensic costs.

Kind regards""")

M("S", "de", "insurer-to-customer", "Zahnbehandlung in Narkose bei Kind mit Behinderung, 'Ihr Sohn', Beträge",
  frm=ADDR("wendland"), to="Sabine Frohnert <sabine.frohnert@mail.example>", subj="Zahnsanierung Ihres Sohnes in Narkose",
  date="2026-06-12 09:05", sig="wendland",
  body="""Liebe Frau Frohnert,

die Zahnsanierung Ihres Sohnes Leon in Vollnarkose am 28.05. in der Kinderzahnklinik Bochum haben wir vollständig übernommen (Zahnarzt 1.214,60 EUR, Anästhesie 688,20 EUR). Dass die Behandlung wegen seiner Behinderung nur in Narkose möglich ist, hatte die Praxis nachvollziehbar begründet.

Viele Grüße""")

M("N", "de", "insurer-to-broker", "trap: Makler-Rundschreiben über neue Annahmerichtlinien Pflegezusatz (ohne Kunden)",
  frm=ADDR("vogel"), to="Maklerverteiler Süd <makler-sued@versicherer.example>", subj="Neue Annahmerichtlinien Pflegezusatz ab 01.10.",
  date="2026-09-01 09:00", sig="vogel",
  body="""Liebe Partnerinnen und Partner,

ab 1. Oktober gelten vereinfachte Annahmerichtlinien im Pflegezusatz: Bluthochdruck, Schilddrüsenunterfunktion und behandelte Allergien führen nicht mehr zu Zuschlägen. Abgelehnt werden weiterhin Anträge bei bestehender Pflegebedürftigkeit, Demenzerkrankungen und Parkinson.

Die Übersicht finden Sie im Maklerportal.

Herzliche Grüße
Katharina Vogel""")

M("C", "de", "insurer-to-customer", "nur Vertragsnummer und Vorname in Anrede: Umstellung Zahlweise Haftpflicht, IBAN gruppiert in 3ern",
  frm=ADDR("becker"), to="Maja <maja.k@mail.example>", subj="Ihre Zahlweise PH 7 330 218",
  date="2026-12-09 10:00", sig="becker", sigstyle="short",
  body=f"""Hallo Maja,

wie gewünscht zahlen Sie für Ihre Haftpflichtversicherung PH 7 330 218 ab Januar jährlich statt monatlich. Abbuchung am 02.01. vom Konto {IB("DE", "120300000012345678", group=3)} über 61,20 EUR.

Viele Grüße, Hannes Becker""")

M("N", "en", "insurer-to-partner", "trap: answer to a university researcher: no individual data, only published statistics",
  frm=ADDR("meier"), to="Prof. Dr. Lina Marquardt <l.marquardt@uni-beispiel.example>", subj="RE: research request – disability claims",
  date="2026-07-08 14:20", sig="meier", lang="en",
  body="""Dear Professor Marquardt,

thank you for your interest. We cannot share individual claims files, not even pseudonymised, without the consent of the persons concerned. We can offer the aggregated tables we publish for the industry association (causes of disability by age band and gender), and an interview with our chief medical officer.

Best regards""")

M("S", "de", "insurer-to-customer", "Pflege: Todesfall der versicherten Mutter im Hospiz, Adressatin Tochter, Restzahlung",
  frm=ADDR("yilmaz"), to="Dagmar Pohl <dagmar.pohl@mail.example>", subj="Pflegetagegeld Ihrer verstorbenen Mutter",
  date="2026-11-26 10:00", sig="yilmaz",
  body="""Sehr geehrte Frau Pohl,

unser herzliches Beileid. Für die Zeit im Hospiz Am Wasserturm vom 02. bis 18.11. zahlen wir das Pflegetagegeld Ihrer Mutter aus dem Vertrag PT 3 118 042 noch anteilig aus (17 Tage × 50 EUR = 850 EUR). Der Vertrag endet mit dem Sterbetag; zu viel gezahlte Beiträge erstatten wir an die Erben.

Mit stillem Gruß""")

M("C", "en", "insurer-to-customer", "household claim payment: identity check with passport number and address of a named customer",
  frm=ADDR("kowalski"), to="Rahul Verma <rahul.verma@mail.example>", subj="Your identification for the claim payment",
  date="2026-08-13 15:20", sig="kowalski", lang="en",
  body="""Dear Mr Verma,

for payments above 10,000 EUR we have to verify your identity (anti-money laundering). We have recorded your passport no. Z4471822 (Republic of India, valid until 2031) and your address Gerberstraße 4, 40213 Düsseldorf. The payment for your household claim HR-26-0061019 (water damage, 12,430 EUR) will now be released.

Kind regards""")

M("N", "de", "internal", "trap: Firmenlauf mit Namen der Teilnehmenden, nichts Sensibles",
  frm=ADDR("okafor"), to="Laufgruppe <laufgruppe@versicherer.example>", subj="Firmenlauf am 4. Juni – Startnummern",
  date="2026-05-27 16:00", sig="okafor", sigstyle="name",
  body="""Hallo Laufgruppe,

die Startnummern sind da: Sven, Jens, Marlene, Tim, Priya und ich laufen die 5 km, Katharina und Gerrit die 10 km. Treffpunkt 17:30 am Tanzbrunnen. Trikots liegen bei mir im Büro.

Chidi""")

# ---------------------------------------------------------------- batch 9
M("C", "de", "insurer-to-customer", "HTML+Text: Kfz-Versicherungsbestätigung für Leasing mit Name, Geburtsdatum, FIN",
  frm=ADDR("engel"), to="Fatma Güler <fatma.gueler@mail.example>", subj="Versicherungsbestätigung für Ihre Leasinggesellschaft",
  date="2026-12-02 11:10", sig="engel", html=True,
  body="""Sehr geehrte Frau Güler,

anbei die gewünschte Bestätigung für die Leasinggesellschaft:

[[t]]

Mit freundlichen Grüßen""",
  tables={"t": ([["Versicherungsnehmerin", "Fatma Güler, geb. 09.10.1987"], ["Fahrzeug", "Cupra Born, FIN VSSZZZK1ZPP012345"], ["Kennzeichen", "E-FG 1987E"], ["Vertrag", "KF 8 220 774, Vollkasko SB 500 EUR"], ["Sicherungsschein", "ausgestellt für Volkswagen Leasing GmbH"]], "pad")})

M("S", "de", "insurer-to-customer", "ZIP mit zwei Belegen (Physio und Orthopäde) für Adressaten, Body nur 'Ihre Unterlagen zurück'",
  frm=ADDR("kroeger"), to="Arne Thießen <arne.thiessen@mail.example>", subj="Ihre Unterlagen zurück",
  date="2026-12-07 09:20", sig="kroeger", sigstyle="short",
  body="""Hallo Herr Thießen,

anbei Ihre Unterlagen zurück, wie gewünscht als ZIP.

Viele Grüße""",
  att=[ZIP("Belege_Thiessen.zip", [
      TXT("Rechnung_Physio_Nord.txt", """Physiotherapie Nord, Kiel
Patient: Arne Thießen, geb. 17.04.1980
Verordnung Dr. Jessen vom 02.10.2026: 6 x Krankengymnastik, 6 x Wärmetherapie
Rechnungsbetrag: 312,00 EUR
"""),
      PDF("Orthopaedie_Jessen.pdf", [("h", "Praxis Dr. med. Hauke Jessen, Orthopädie"), "Rechnung für Arne Thießen, geb. 17.04.1980",
          ("t", [["GOÄ", "Leistung", "Betrag"], ["1", "Beratung", "10,72"], ["7", "Untersuchung Stütz- und Bewegungsorgane", "21,45"], ["5373", "MRT LWS (Überweisung)", "0,00"]]),
          "Diagnose: M54.16 G, Radikulopathie lumbal"], title="Rechnung", unicode=True)])])

M("N", "de", "insurer-to-partner", "trap: Einladung (ICS) an Gutachterin zum Qualitätszirkel, Namen, keine Fälle",
  frm=ADDR("kaiser"), to="Dr. Marion Thelen <m.thelen@reha-gutachten.example>", subj="Qualitätszirkel Rehamanagement 2027",
  date="2026-12-10 14:00", sig="kaiser",
  body="""Liebe Frau Dr. Thelen,

anbei die Einladung zum nächsten Qualitätszirkel. Thema: Zusammenarbeit mit Berufsförderungswerken. Fälle besprechen wir nur anonymisiert.

Viele Grüße
Ruth Kaiser""",
  att=[ICS("Qualitaetszirkel.ics", "d4-ics-0002@versicherer.example", "Qualitätszirkel Rehamanagement", "20270121T100000", "20270121T130000",
           ("Ruth Kaiser", "ruth.kaiser@versicherer.example"), [("Marion Thelen", "m.thelen@reha-gutachten.example")], location="Köln, Raum 2.14")])

M("C", "de", "insurer-to-customer", "windows-1252: Reiserücktritt wegen Wohnungsbrand (kein Gesundheitsgrund); Name, Buchung, Betrag",
  frm=ADDR("szabo"), to="Ingeborg Selle <ingeborg.selle@mail.example>", subj="Reiserücktritt wegen des Brandes in Ihrer Wohnung",
  date="2026-11-30 10:00", sig="szabo", charset="windows-1252",
  body="""Sehr geehrte Frau Selle,

der Brand in Ihrer Wohnung am 20.11. ist als erheblicher Schaden am Eigentum ein versichertes Ereignis. Die Stornokosten für die Kreuzfahrt (Buchung AIDA-2026-4471203, 1.960 €) erstatten wir abzüglich 20 % Selbstbehalt: 1.568 €.

Alles Gute beim Wiederherrichten der Wohnung.""")

M("S", "en", "insurer-to-customer", "English: genetic test (BRCA) result question routed away, but the addressee's family history stated",
  frm=ADDR("hasselbach"), to="Sarah Lindenberg <sarah.lindenberg@mail.example>", subj="RE: genetic test and my application",
  date="2026-10-27 10:00", sig="hasselbach", lang="en",
  body="""Dear Ms Lindenberg,

under the German Genetic Diagnostics Act we may neither ask for nor use the results of predictive genetic tests for policies below 300,000 EUR. Please do not send us the result of your BRCA test. Your mother's and sister's breast cancer, however, is a question on the application form that you need to answer.

Kind regards""")

M("C", "en", "insurer-to-customer", "forwarded message/rfc822 with a customer's address change and new bank data (liability/household)",
  frm=ADDR("kowalski"), to=ADDR("becker"), subj="FW: Moving + new bank",
  date="2026-12-14 09:30", sig="kowalski", lang="en", sigstyle="short",
  body="""Hannes, bank part for you, I did the address. Lena""",
  att=[EML(INNER("Ingrid Halvorsen <ingrid.halvorsen@mail.example>", "service@versicherer.example", "Moving + new bank", "2026-12-12 18:05",
                 f"""Hello,
from 1 January my address is Marienburger Str. 3, 50968 Köln. Please also take the premiums for my household and liability insurance from my new account {IB("DE", "300606010004455667")} (Deutsche Apotheker- und Ärztebank).
Ingrid Halvorsen, customer no. 40-3301187""", "<b7d2e9a0-1f44-4c3a-8e11-5a6b7c8d9e01@mail.example>", lang="en"))])

M("N", "en", "internal", "trap: 'Apotheker- und Ärztebank' and medical words in a treasury note about the insurer's own accounts",
  frm=ADDR("morgan"), to="Treasury <treasury@versicherer.example>", subj="Bank accounts review 2027",
  date="2026-12-15 16:00", sig="morgan", lang="en", sigstyle="short",
  body="""Team,

for the annual review: we will close the two collection accounts at Deutsche Apotheker- und Ärztebank (used for the old dental tariff) and move collections to the main cash pool. The hospital direct-billing account stays. Please prepare the board paper by 15 January.

James""")

M("S", "de", "insurer-to-customer", "Tabelle in einer Zelle: 'Kur Bad Kissingen' zwischen harmlosen Rechnungen, Adressatin",
  frm=ADDR("kroeger"), to="Mechthild Borgmann <m.borgmann@mail.example>", subj="Ihre Einreichung November",
  date="2026-12-01 09:50", sig="kroeger",
  body="""Sehr geehrte Frau Borgmann,

Ihre Belege vom November:

[[t]]

Mit freundlichen Grüßen""",
  tables={"t": ([["Beleg", "eingereicht", "erstattet"], ["Brillenputztücher", "4,95", "0,00"], ["Kurmittel Staatsbad Bad Kissingen (3 Wochen)", "846,00", "676,80"], ["Taxi", "38,00", "0,00"]], "tab")})

M("C", "de", "insurer-to-customer", "Wohngebäude-Sicherungsbestätigung an die Bank: Eigentümer, Objekt, Darlehensnummer",
  frm=ADDR("kowalski"), to="Dennis und Julia Achterberg <achterberg@mail.example>", subj="Sicherungsbestätigung für Ihre Bank",
  date="2026-06-04 12:00", sig="kowalski", sigstyle="short",
  body="""Hallo Familie Achterberg,

wir haben der Kreissparkasse Steinfurt die Sicherungsbestätigung für Ihre Wohngebäudeversicherung WG 5 302 119 (Objekt Heideweg 22, 48565 Steinfurt) geschickt, Darlehensnummer 7004471880. Damit kann die Bank das Darlehen auszahlen.

Viele Grüße""")

M("N", "de", "insurer-to-broker", "trap: Glückwunsch an eine Maklerin zur Büroeröffnung, nur Name",
  frm=ADDR("reuter"), to="Anja Petersen <anja.petersen@petersen-versicherungen.example>", subj="Herzlichen Glückwunsch!",
  date="2026-11-16 10:00", sig="reuter", sigstyle="name",
  body="""Liebe Frau Petersen,

Ihr Kollege hat uns erzählt, dass Sie am Wochenende Ihr neues Büro eröffnet haben – herzlichen Glückwunsch! Die Blumen sind hoffentlich angekommen.

Frank Reuter""")

M("S", "de", "insurer-to-customer", "Anschlussheilbehandlung nach Bypass-OP des Adressaten im Betreff abgekürzt 'AHB'",
  frm=ADDR("brandt"), to="Werner Kuhlmann <werner.kuhlmann@mail.example>", subj="AHB Klinik Am Kurpark – Kostenzusage",
  date="2026-10-19 08:50", sig="brandt", sigstyle="short",
  body="""Sehr geehrter Herr Kuhlmann,

die Kostenzusage für Ihre AHB nach der Bypass-OP (21 Tage Klinik Am Kurpark, Bad Nauheim) ist an die Klinik gegangen. Der Transport dorthin ist ebenfalls übernommen.

Gute Besserung!""")

M("C", "en", "insurer-to-customer", "legal expenses: inheritance advice, named customer and deceased aunt (no cause), amount of estate",
  frm=ADDR("lindqvist"), to="Elena Vasquez <elena.vasquez@mail.example>", subj="Advice on your aunt's estate",
  date="2026-10-09 13:00", sig="lindqvist", lang="en",
  body="""Dear Ms Vasquez,

your legal expenses policy RS 3 660 102 covers an initial consultation on inheritance law up to 300 EUR. You may discuss the estate of your late aunt, Ms Carmen Vasquez (house in Bonn and savings of about 180,000 EUR), with a lawyer of your choice. Litigation between heirs is not covered.

Kind regards""")

M("N", "en", "insurer-to-supplier", "trap: cleaning contract for a first-aid room; names of the contractor, nothing about persons",
  frm=ADDR("richter"), to="Operations <operations@clean-partners.example>", subj="First-aid room – cleaning schedule",
  date="2026-03-16 09:00", sig="richter", lang="en", sigstyle="short",
  body="""Hello Mr Ferreira,

from April, please clean and disinfect the first-aid room (0.08) daily, including the couch and the sink, and refill gloves and disinfectant. Ms Dana Koch from your team has the key.

Thanks
Anja Richter""")

M("C", "de", "insurer-to-customer", "Kfz-Haftpflicht: geschädigter Radfahrer laut eigener Aussage unverletzt, Name, Adresse, Kennzeichen, Fahrradwert",
  frm=ADDR("brenner"), to="Helmut Dreier <helmut.dreier@mail.example>", subj="Ihr Schaden vom 30.09. – Radfahrer",
  date="2026-10-16 10:30", sig="brenner",
  body="""Sehr geehrter Herr Dreier,

der Radfahrer, mit dem Sie beim Abbiegen zusammengestoßen sind, Herr Finn Lüttgen (Weidenstraße 7, Münster), ist laut eigener Aussage unverletzt geblieben. Er verlangt den Ersatz seines Rennrads (Zeitwert 1.450 EUR). Wir regulieren das aus Ihrer Kfz-Haftpflicht (MS-HD 42). Schaden KH-26-0088102.

Mit freundlichen Grüßen""")

M("S", "de", "customer", "Kunde per Handy, Abkürzungen: 'KH-Aufenthalt', 'Reha', 'AU' des Adressaten selbst im Zitat; Antwort nur 'angekommen'",
  frm=ADDR("haas"), to="Uwe Brockhoff <uwe.brockhoff@mail.example>", subj="Re: KTG",
  date="2026-09-09 18:15", client="mobile", sig="haas", sigstyle="name",
  body="""Angekommen, danke. Zahlung läuft.""",
  quote=Q("""Moin, anbei AU-Folgebescheinigung, KH-Aufenthalt war bis 28.8., jetzt Reha bis 25.9., danach nochmal AU lt. Doc. KTG bitte weiter. Gruß Uwe B. (KT 5 118 407)"""))

M("C", "de", "insurer-to-customer", "Beitragsbescheinigung für Steuer (Haftpflicht/Kfz), Name, Steuer-ID",
  frm=ADDR("becker"), to="Christiane Pohlmann <christiane.pohlmann@mail.example>", subj="Ihre Beitragsbescheinigung 2026",
  date="2026-12-16 08:30", client="system", mailer="VERSO Output Management 7.4",
  body="""Guten Tag Christiane Pohlmann,

Ihre Beitragsbescheinigung 2026 für das Finanzamt liegt in Ihrem Kundenpostfach. Gezahlte Beiträge: Kfz-Haftpflicht 412,80 EUR, Privathaftpflicht 71,40 EUR. Steuer-ID laut unseren Daten: 81 445 902 337.

Ihr Versicherer""")

M("N", "de", "insurer-to-company", "trap: Infoschreiben an alle bAV-Arbeitgeber über Rechengrößen 2027 (Beitragsbemessungsgrenze)",
  frm=ADDR("paulsen"), to="bAV-Arbeitgeber <bav-arbeitgeber@versicherer.example>", subj="Rechengrößen 2027 für die Entgeltumwandlung",
  date="2026-12-11 09:00", sig="paulsen",
  body="""Sehr geehrte Damen und Herren,

für 2027 gelten voraussichtlich: Beitragsbemessungsgrenze West 8.450 EUR monatlich; steuerfrei nach § 3 Nr. 63 EStG sind 8 % davon (8.112 EUR jährlich), sozialversicherungsfrei 4 % (4.056 EUR). Bitte prüfen Sie die Höchstbeträge Ihrer Beschäftigten zum Jahreswechsel.

Mit freundlichen Grüßen""")

M("S", "en", "insurer-to-customer", "English: addressee's sleep apnoea aid (CPAP) rental invoice, no diagnosis word beyond device",
  frm=ADDR("wolters"), to="Piet de Vries <piet.devries@mail.example>", subj="Your CPAP device – rental",
  date="2026-11-25 11:00", sig="wolters", lang="en",
  body="""Dear Mr de Vries,

we will cover the monthly rental of your CPAP device and masks from Respicare Köln (39.90 EUR per month) directly with the supplier from December. You no longer need to send us the invoices.

Kind regards""")

M("C", "de", "insurer-to-customer", "Kfz-Zweitwagen der Tochter, Geburtsdatum im US-Format (06/23/2004)",
  frm=ADDR("engel"), to="Claudia Hellwig <claudia.hellwig@mail.example>", subj="Zweitwagen für Ihre Tochter",
  date="2026-12-18 10:00", sig="engel", sigstyle="short",
  body="""Hallo Frau Hellwig,

für den Zweitwagen (Kia Picanto, Halterin: Ihre Tochter Emma Hellwig, geb. laut US-Führerschein 06/23/2004) bieten wir die Zweitwageneinstufung SF ½ an, Beitrag 1.012 EUR im Jahr. Bitte bestätigen Sie, dass Emma die Hauptnutzerin ist.

Rüdiger Engel""")

M("N", "de", "internal", "trap: Abteilungsleitung gratuliert zur bestandenen Prüfung mit Namen",
  frm=ADDR("stanek"), to="Team Leistung Leben <team-ll@versicherer.example>", subj="Glückwunsch an Deniz!",
  date="2026-07-17 15:00", sig="stanek", sigstyle="name",
  body="""Liebe Kolleginnen und Kollegen,

Deniz Yavuz hat heute die Prüfung zum Fachwirt für Versicherungen und Finanzen mit "gut" bestanden. Herzlichen Glückwunsch! Kuchen gibt es laut Deniz am Montag.

Oliver""")



# ==== MAILS END ====


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        main()
