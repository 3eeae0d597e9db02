#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel sixth development corpus generator (corpora/dev6).

Writes mails/d6-NNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from corpora/dev2 (above its MAILS section).

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
    p.set_creator("Siegel dev6 corpus")
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
    salt = f"d6|{n}|{m.get('mid', '')}|{m['subj']}"
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
    mdom = getaddresses([m["frm"]])[0][1].rpartition("@")[2] or DOM   # dev6: Message-ID in the sender's domain
    if m.get("mid"):
        mid = m["mid"]
    elif client == "outlook":
        mid = f"<{_h(salt, 8).upper()}{_h(salt + 'x', 24).upper()}@EXCH02.ad.{mdom}>"
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
    if m.get("org", True) and not m.get("inner") and "versicherer" in m["frm"]:   # dev6: no empty header for outside senders
        msg["Organization"] = ENT.get(m.get("ent", "grp"), ENT["grp"])[0]
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
        fn = f"d6-{n:04d}.eml"
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
        elif low.endswith((".jpg", ".jpeg", ".png")):
            from PIL import Image
            Image.open(io.BytesIO(data)).verify()
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

# dev6: staff added for this corpus (same fictitious company)
STAFF.update({
    "petersen": ("Maren Petersen", "maren.petersen", "Leistungsservice Krankenversicherung\nHeil- und Hilfsmittel", "Health Claims, Therapies & Medical Aids", "kv", "-3455"),
    "jankowski": ("Piotr Jankowski", "piotr.jankowski", "Reha- und Fallmanagement", "Rehabilitation & Case Management", "kv", "-3530"),
    "schmitz": ("Carina Schmitz", "carina.schmitz", "Gesundheitsservice / Prävention", "Health Services & Prevention", "kv", "-3300"),
    "tran": ("Linh Tran", "linh.tran", "Kundenservice Krankenversicherung", "Customer Service Health", "kv", "-3100"),
    "roth": ("Elias Roth", "elias.roth", "Leistung Leben", "Life Claims", "lv", "-2640"),
})

A = ADDR
KV = "leistung-kranken@" + DOM
SVC = "service@" + DOM


def _jpg(fn, caption, color=(180, 170, 160), size=(96, 64)):
    """Small deterministic JPEG photo with an EXIF ImageDescription (the caption)."""
    from PIL import Image
    im = Image.new("RGB", size, color)
    for x in range(0, size[0], 8):
        for y in range(size[1]):
            im.putpixel((x, y), (color[0] // 2, color[1] // 2, color[2] // 2))
    ex = Image.Exif()
    ex[0x010E] = caption
    ex[0x0110] = "iPhone 13"
    b = io.BytesIO()
    im.save(b, "JPEG", quality=80, exif=ex.tobytes())
    return Att(fn, b.getvalue(), "image", "jpeg", kind="jpg")


def JPG(*a, **k):
    return Lazy("jpg", _jpg, a, k)

# ---------------------------------------------------------------- d6-0001 ...
M("S", "de", "customer", "elderly customer, Hörgerät rechts links, HNO appointment; health in plain words",
  frm="Gertrud Hannemann <g.hannemann@t-online.example>", to=A("petersen"), client="outlook",
  subj="hörgeräte",
  date="2026-01-07 09:14",
  body="""Sehr geehrte Frau Petersen

ich habe jetzt von der Frau Dr. Lanz (HNO in Wesel) die Verordnung bekommen für zwei neue Hörgeräte weil ich auf dem rechten Ohr fast nichts mehr höre und links auch schlechter. Der Akustiker Kind will vorher wissen was Sie bezahlen. Die alten sind von 2019.
Meine Versicherungsnummer steht auf der Karte, KV 448 201 733.

Mit freundlichen Grüßen
Gertrud Hannemann
Baustraße 4
46483 Wesel""")

M("N", "de", "insurer-to-customer", "trap: prevention campaign about Hörtests for everyone over 60, no person data",
  frm="Gesundheitsservice <gesundheit@versicherer.example>", to="newsletter-kv@versicherer.example",
  subj="Hören Sie noch gut? Kostenloser Hörtest im Oktober",
  date="2026-09-28 07:30", client="system",
  body="""Liebe Versicherte, liebe Versicherte,

ab 60 lässt bei jedem Dritten das Gehör nach – oft so langsam, dass man es selbst kaum bemerkt. Typische Anzeichen: Sie drehen den Fernseher lauter, in Gesellschaft fällt das Verstehen schwer, es piept oder rauscht im Ohr.

Im Oktober können Sie in über 300 teilnehmenden Hörakustik-Filialen einen kostenlosen Hörtest machen. Bringen Sie einfach Ihre Versichertenkarte mit.

Was wir bei Hörgeräten übernehmen, steht in Ihren Tarifbedingungen; eine Übersicht finden Sie unter www.versicherer.example/hoeren.

Ihr Gesundheitsservice

Sie erhalten diesen Newsletter, weil Sie ihn bestellt haben. Abmelden: www.versicherer.example/newsletter""")

M("S", "de", "insurer-to-customer", "reply to daughter writing for mother; Pflegegrad 3 and Demenz in quoted mail",
  frm=A("yilmaz"), to="Claudia Berger <claudia.berger@gmx.example>", sig="yilmaz",
  subj="AW: Pflegetagegeld für meine Mutter",
  date="2026-01-12 14:02",
  body="""Sehr geehrte Frau Berger,

vielen Dank für Ihre Nachricht. Damit wir Ihnen Auskunft zum Vertrag Ihrer Mutter geben dürfen, benötigen wir ihre Vollmacht oder – falls vorhanden – den Betreuerausweis. Sobald uns eines davon vorliegt, melde ich mich mit der Abrechnung.

Freundliche Grüße""",
  quote=OQ("Claudia Berger <claudia.berger@gmx.example>", "Samstag, 10. Januar 2026 21:47", A("yilmaz"),
           "Pflegetagegeld für meine Mutter",
           """Hallo,
meine Mutter Irmgard Berger (Vertrag PT-2210-55871) hat jetzt vom MD Pflegegrad 3 bekommen, die Demenz ist seit dem Sommer deutlich schlimmer geworden und sie kann nicht mehr allein wohnen. Der Bescheid der Pflegekasse hängt an. Ab wann zahlen Sie das Pflegetagegeld?
Gruß Claudia Berger (Tochter)"""))

M("S", "de", "customer", "mobile one-liner: Zahnarzt Rechnung for Krone, Zahnzusatz claim",
  frm="Dennis K. <dennis.k94@icloud.example>", to=A("wendland"), client="mobile",
  subj="Rechnung",
  att=[JPG("IMG_0912.jpg", "Rechnung Zahnarztpraxis Dr. Yilmaz Krone 36 Dennis Kaiser 1.284,50 EUR", (230, 228, 220))],
  date="2026-01-13 18:22",
  body="""hallo hier die rechnung vom zahnarzt für die krone unten links, vertragsnr ZZ 7734012. wann kommt das geld""")

M("N", "de", "internal", "trap: anonymised training case, 'Versicherte, Mitte 50', no identifiers",
  frm=A("jankowski"), to="team-reha@versicherer.example", sig="jankowski", sigstyle="short",
  subj="Fallbeispiel für die Schulung am Donnerstag",
  att=[DOCX("Fallbeispiel_Reha_anonymisiert.docx", [("h", "Fallbeispiel (anonymisiert)"), "Versicherte, Mitte 50, kaufmännische Angestellte. Bandscheibenvorfall L4/L5, konservative Therapie, 6 Wochen AU, stufenweise Wiedereingliederung über 8 Wochen.", ("t", [["Woche", "Stunden/Tag"], ["1-2", "2"], ["3-4", "4"], ["5-6", "6"], ["7-8", "8"]]), "Alle Angaben verfremdet."])],
  date="2026-01-14 11:05",
  body="""Hallo zusammen,

für die Schulung am Donnerstag hier das anonymisierte Fallbeispiel, bitte vorher lesen:

Versicherte, Mitte 50, kaufmännische Angestellte. Bandscheibenvorfall L4/L5, konservativ behandelt, nach 6 Wochen AU stufenweise Wiedereingliederung (Hamburger Modell) über 8 Wochen. Frage an euch: Ab wann hätten wir Reha-Management anbieten sollen, und welche Rolle spielt der Arbeitgeber?

Alle Angaben sind verfremdet, Name, Ort und Daten sind nicht echt bzw. weggelassen. Bitte das Beispiel nicht weiterschicken.

Piotr""")

M("S", "en", "customer", "expat in Munich: son's asthma, salbutamol inhaler, paediatrician invoice",
  frm="Sarah Whitmore <sarah.whitmore@gmail.example>", to=A("whitfield"), lang="en",
  subj="Claim - my son's inhalers",
  date="2026-01-15 08:41",
  body="""Hi Emma,

sorry to bother you again. Our paediatrician in Schwabing (Dr. Reiter) diagnosed Oliver with asthma last month, he's 6. He now has a salbutamol inhaler (100 mcg) as needed and a budesonide one twice a day. I paid the pharmacy EUR 47.80 and the doctor's invoice EUR 112.40 - photos attached in my next mail because my phone won't let me attach both.

Policy is IHP-0093312, I'm the main insured and Oliver is on it.

Thanks so much,
Sarah""")

M("N", "en", "insurer-to-partner", "trap: aggregate claims statistics by diagnosis group, no person",
  frm=A("stone"), to="Martin Cole <martin.cole@reinsure.example>", sig="stone", lang="en",
  subj="Q4 health claims by diagnosis chapter",
  date="2026-01-16 10:10",
  body="""Dear Martin,

as discussed, the Q4 2025 outpatient claims split by ICD-10 chapter (amounts in EUR thousand, all tariffs, no individual data):

[[t]]

Chapters with fewer than 10 claimants are merged into "other". Full file follows with the treaty statement.

Kind regards""",
  tables={"t": ([["ICD chapter", "claims", "amount"], ["M (musculoskeletal)", "18,412", "9,830"], ["J (respiratory)", "12,077", "3,114"], ["F (mental)", "4,905", "6,420"], ["K (digestive)", "3,388", "2,051"], ["other", "21,660", "14,902"]], "pad")})

M("S", "de", "customer", "Hebamme invoice forwarded by mother, Wochenbettbetreuung after Kaiserschnitt",
  frm="Lea Sommerfeld <lea.sommerfeld@web.example>", to=A("kroeger"),
  subj="Rechnung Hebamme",
  date="2026-01-19 13:30",
  body="""Hallo Frau Kröger,

anbei die Rechnung von meiner Hebamme Frau Ohlendorf für die Nachsorge. Die Kleine kam am 28.12. per Kaiserschnitt, deshalb waren es mehr Hausbesuche als normal (und die Wunde musste sie zweimal anschauen).

Versicherungsnummer KV-5531907, Tarif Komfort.

Liebe Grüße
Lea Sommerfeld""",
  att=[PDF("Rechnung_Hebamme_Ohlendorf.pdf", [("h", "Hebammenpraxis Birte Ohlendorf"), "Grüner Weg 3, 24103 Kiel", "Rechnung Nr. 2026-014", ("t", [["Datum", "Leistung", "EUR"], ["29.12.2025", "Wochenbettbesuch nach Sectio", "41,30"], ["30.12.2025", "Wochenbettbesuch, Wundkontrolle", "41,30"], ["02.01.2026", "Wochenbettbesuch, Stillberatung", "41,30"], ["05.01.2026", "Wochenbettbesuch", "41,30"]]), "Leistungsempfängerin: Lea Sommerfeld, geb. 11.04.1995", "Summe: 165,20 EUR"])])

M("N", "de", "insurer-to-supplier", "trap: Betriebsarzt orders flu vaccine and plasters from pharmacy",
  frm=A("krueger"), to="Bestellung Rosen-Apotheke <bestellung@rosen-apotheke.example>", sig="krueger",
  subj="Bestellung Betriebsärztlicher Dienst – Grippeimpfstoff Saison 2026/27",
  att=[PDF("Bestellung_EK-2026-0912.pdf", [("h", "Bestellung EK-2026-0912"), ("t", [["Pos", "Artikel", "Menge"], ["1", "Influenza-Impfstoff tetravalent, Fertigspritze", "250"], ["2", "Pflasterstrips sortiert", "10"], ["3", "Händedesinfektion 1 l", "5"]]), "Lieferanschrift: Versicherer Holding AG, Betriebsarzt, Gebäude C"])],
  date="2026-08-20 09:00",
  body="""Sehr geehrte Damen und Herren,

für unseren betriebsärztlichen Dienst bestellen wir wie im Vorjahr:

- 250 Dosen Influenza-Impfstoff (tetravalent), Lieferung KW 40
- 10 Packungen Pflasterstrips, sortiert
- 5 Flaschen Händedesinfektion à 1 l

Lieferanschrift: Versicherer Holding AG, Betriebsarzt, Rheinuferstraße 12, 50667 Köln, Gebäude C, EG.
Rechnung bitte mit Bestellnummer EK-2026-0912.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-customer", "pet insurance: dog's cruciate ligament surgery, vet invoice, owner named (animal health → C)",
  frm=A("wagner"), to="Markus Tiedemann <m.tiedemann@posteo.example>", sig="wagner",
  subj="Ihre Tierarztrechnung für Balu – Vertrag TK-448812",
  date="2026-01-21 15:12",
  body="""Sehr geehrter Herr Tiedemann,

die Rechnung der Tierklinik Hollenbeck über die Kreuzband-OP (TPLO) von Balu haben wir geprüft. Wir erstatten 2.184,60 EUR nach Abzug der Selbstbeteiligung von 250 EUR. Die Physiotherapie danach ist im Tarif OP-Schutz leider nicht versichert.

Die Überweisung erfolgt auf Ihr Konto DE.. 4471 in den nächsten Tagen.

Gute Besserung an Balu!

Freundliche Grüße""")

M("S", "de", "insurer-to-doctor", "request to orthopaedic practice for report on named accident insured",
  frm=A("albrecht"), to="Praxis Dr. Feuerstein <info@ortho-feuerstein.example>", sig="albrecht",
  subj="Unfallversicherung – Anforderung ärztlicher Bericht, Herr Jonas Kappel",
  date="2026-01-22 10:40",
  body="""Sehr geehrter Herr Dr. Feuerstein,

Ihr Patient Herr Jonas Kappel, geb. 03.09.1988, hat bei uns Leistungen aus seiner Unfallversicherung (UV-3318092) beantragt. Er ist am 14.11.2025 beim Fußball umgeknickt.

Bitte senden Sie uns einen Befundbericht mit Diagnose, Behandlungsverlauf und Ihrer Einschätzung eines Dauerschadens. Die Schweigepflichtentbindung liegt bei. Ihr Honorar nach GOÄ Nr. 85 erstatten wir.

Mit freundlichen Grüßen""",
  att=[PDF("Schweigepflichtentbindung_Kappel.pdf", [("h", "Erklärung zur Entbindung von der Schweigepflicht"), "Ich, Jonas Kappel, geb. 03.09.1988, Lindenallee 22, 44137 Dortmund, entbinde die mich behandelnden Ärzte von der Schweigepflicht gegenüber der Versicherer Allgemeine Versicherung AG im Leistungsfall UV-3318092.", "Dortmund, 08.01.2026   gez. J. Kappel"])])

M("N", "de", "internal", "trap: HR explains general sick-leave policy (eAU), no person",
  frm=A("weiss"), to="alle-mitarbeitenden@versicherer.example", sig="weiss", sigstyle="short",
  subj="Erinnerung: So funktioniert die Krankmeldung seit der eAU",
  date="2026-01-23 08:15",
  body="""Liebe Kolleginnen und Kollegen,

weil es immer wieder Fragen gibt, noch einmal kurz:

1. Wer krank ist, meldet sich am ersten Tag vor Arbeitsbeginn bei der Führungskraft – telefonisch oder per Mail. Den Grund müsst ihr nicht nennen und sollt ihn auch nicht nennen.
2. Ab dem vierten Kalendertag braucht ihr eine ärztliche Bescheinigung. Die Praxis übermittelt sie elektronisch an die Krankenkasse (eAU); wir rufen sie dort ab. Bitte keine Fotos von gelben Scheinen mehr an die Personalabteilung schicken.
3. Bei Privatversicherten gilt die eAU noch nicht – hier bitte weiter die Papierbescheinigung (ohne Diagnose-Durchschlag!) an Personal.

Fragen gern an mich.

Viele Grüße
Nadine""")

M("S", "de", "customer", "son writes for father; Reha after Schlaganfall, Rehaklinik named",
  frm="Murat Aydın <murat.aydin@gmail.example>", to=A("jankowski"),
  subj="Reha Papa",
  att=[PDF("Antrag_AHB_Aydin.pdf", [("h", "Klinikum Nord – Sozialdienst: Antrag auf Anschlussrehabilitation"), "Patient: Hüseyin Aydın, geb. 01.01.1956", "Diagnose: Hirninfarkt links (I63.5) mit Hemiparese rechts und Aphasie", "Empfohlene Einrichtung: Neurologische Klinik Bad Sassendorf, Phase C, Aufnahme ab 30.01.2026"], unicode=True)],
  date="2026-01-26 20:03",
  body="""Guten Abend Herr Jankowski,

ich schreibe für meinen Vater Hüseyin Aydın (Versicherungsnr. 7720 3318 01), er spricht nicht so gut deutsch. Er hatte am 2. Januar einen Schlaganfall und liegt noch im Klinikum Nord. Der Sozialdienst sagt er soll danach in die Reha nach Bad Sassendorf (neurologische Reha Phase C). Brauchen wir dafür eine Zusage von Ihnen vorher? Die Klinik fragt nach einer Kostenübernahme.

Vielen Dank
Murat Aydın
0176 5533 2190""")

M("C", "de", "insurer-to-customer", "household claim (bicycle theft from cellar), named customer and policy; no health",
  frm=A("demir"), to="Jana Wirtz <jana.wirtz@outlook.example>", sig="demir",
  subj="Ihr Schaden HR-26-004471 – Fahrraddiebstahl",
  date="2026-01-27 11:48",
  body="""Sehr geehrte Frau Wirtz,

danke für die Unterlagen. Die Diebstahlanzeige der Polizei Bonn und die Kaufrechnung des Rades liegen uns jetzt vor. Wir ersetzen den Zeitwert von 1.140 EUR; die Zahlung geht an die IBAN, die Sie in der Schadenmeldung angegeben haben.

Ein Hinweis: Ihr Vertrag (Hausrat HR-1190034) deckt Fahrräder bis 1 % der Versicherungssumme. Wenn Sie ein neues, teureres Rad kaufen, können wir die Grenze gern anheben.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "HTML-only: table of GOZ positions for implant, customer named",
  frm=A("wendland"), to="Rolf Behrendt <rolf.behrendt@freenet.example>",
  subj="Heil- und Kostenplan Implantat – unsere Zusage",
  date="2026-01-28 09:30", client="outlook",
  html="""<html><body lang="DE"><div class="WordSection1">
<p class="MsoNormal">Sehr geehrter Herr Behrendt,</p>
<p class="MsoNormal">den Heil- und Kostenplan von Zahnarztpraxis Dr. Vossen vom 19.01.2026 haben wir geprüft. Wir erstatten aus Ihrem Zahnzusatztarif (ZZ-220913) 70 % der folgenden Positionen:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Calibri">
<tr><th>Zahn</th><th>GOZ</th><th>Leistung</th><th>Betrag</th></tr>
<tr><td>36</td><td>9010</td><td>Implantatinsertion</td><td>412,63 &euro;</td></tr>
<tr><td>36</td><td>9040</td><td>Freilegung</td><td>131,12 &euro;</td></tr>
<tr><td>36</td><td>2200</td><td>Implantatkrone</td><td>287,15 &euro;</td></tr>
<tr><td>&ndash;</td><td>Material/Labor</td><td>lt. Kostenvoranschlag</td><td>1.150,00 &euro;</td></tr>
</table>
<p class="MsoNormal">Die Knochenaufbau-Position 9100 ist nur zu 50 % erstattungsfähig, da die Wartezeit noch bis 31.03.2026 läuft.</p>
<p class="MsoNormal">Mit freundlichen Gr&uuml;&szlig;en<br>Tobias Wendland<br>Leistungsservice Krankenversicherung &ndash; Zahn / Zahnzusatz</p>
</div></body></html>""")

M("N", "de", "insurer-to-company", "trap: MVZ GmbH asks for buildings insurance quote for its practice building",
  frm=A("hartmann"), to="Verwaltung MVZ Rheinaue GmbH <verwaltung@mvz-rheinaue.example>", sig="hartmann",
  subj="AW: Angebot Gebäudeversicherung Praxisgebäude",
  date="2026-01-29 16:20",
  body="""Sehr geehrte Frau Esser,

vielen Dank für Ihre Anfrage. Für das Praxisgebäude in der Auenstraße (Baujahr 1998, 1.200 m², Arztpraxen, Labor im UG) erstellen wir Ihnen gern ein Angebot zur gleitenden Neuwertversicherung inkl. Elementarschäden.

Dafür brauchen wir noch: Wert 1914 bzw. Baukosten, Angaben zur Heizung, und ob im Labor Gefahrstoffe gelagert werden. Das Röntgengerät und die Praxiseinrichtung wären über eine Inhalts- bzw. Elektronikversicherung abzusichern – soll ich das gleich mit anbieten?

Mit freundlichen Grüßen""",
  quote=OQ("Petra Esser <verwaltung@mvz-rheinaue.example>", "Dienstag, 27. Januar 2026 10:02", A("hartmann"),
           "Angebot Gebäudeversicherung Praxisgebäude",
           """Guten Tag Herr Hartmann,
unser MVZ (Allgemeinmedizin, Kardiologie, Radiologie) sucht eine neue Gebäudeversicherung, der alte Vertrag läuft aus. Können Sie uns ein Angebot machen?
Petra Esser, Verwaltungsleitung MVZ Rheinaue GmbH"""))

M("S", "en", "insurer-to-customer", "tourist travel health claim: appendicitis in Lisbon, hospital named",
  frm=A("seidel"), to="Tom Harding <tom.harding@yahoo.example>", sig="seidel", lang="en",
  subj="Your travel health claim RK-26-1187",
  date="2026-02-02 12:00",
  body="""Dear Mr Harding,

thank you for sending the discharge letter from Hospital da Luz, Lisbon. We confirm that the emergency appendectomy on 17 January and the three nights in hospital are covered under your travel health policy RKV-881204. We have paid the hospital directly (EUR 6,412.00).

The follow-up visit with your GP in Manchester for the removal of the stitches is not covered because it took place after your return; please claim it from the NHS.

Kind regards""")

M("N", "de", "newsletter", "trap: health article about Rückenschmerzen, general advice",
  frm="Versicherer Magazin <newsletter@versicherer.example>", to="abonnenten@versicherer.example",
  subj="Gesund leben: Was wirklich gegen Rückenschmerzen hilft",
  date="2026-02-03 06:00",
  body="""GESUND LEBEN – Ausgabe Februar

Was wirklich gegen Rückenschmerzen hilft

Fast jeder Deutsche hat mindestens einmal im Leben Rückenschmerzen. Meist steckt keine ernste Ursache dahinter – die Leitlinie spricht von "nicht-spezifischen Kreuzschmerzen" (ICD-10 M54.5). Das Wichtigste: in Bewegung bleiben. Bettruhe verlängert die Beschwerden. Schmerzmittel wie Ibuprofen können kurzfristig helfen, sollten aber nicht länger als ein paar Tage ohne ärztlichen Rat genommen werden.

Warnzeichen, bei denen Sie sofort zum Arzt sollten: Taubheit im Genitalbereich, Lähmungen, Fieber.

Unser Tipp: Mit dem Rücken-Coach in der App bekommen Versicherte ein 12-Wochen-Programm kostenlos.

Abmelden: www.versicherer.example/newsletter""")

M("S", "de", "therapist", "Ergotherapie for child, ADHS, therapist report forwarded by mother",
  frm="Anke Lübbers <anke.luebbers@web.example>", to=A("petersen"),
  subj="WG: Therapiebericht Finn",
  date="2026-02-04 19:11",
  body="""Hallo Frau Petersen,
hier der Bericht den Sie wollten. Finn ist über meinen Vertrag mitversichert.
Anke Lübbers""",
  quote=FW("Praxis für Ergotherapie Kleine Schritte <info@kleine-schritte.example>", "03.02.2026, 16:40", "Anke Lübbers <anke.luebbers@web.example>",
           "Therapiebericht Finn Lübbers",
           """Liebe Frau Lübbers,

anbei wie besprochen der Zwischenbericht für die Versicherung:

Finn (8 J.) kommt seit September 2025 wöchentlich zur Ergotherapie (Verordnung Dr. Wenke, Kinder- und Jugendpsychiatrie). Diagnose F90.0. Schwerpunkte: Aufmerksamkeitssteuerung, Handlungsplanung, Feinmotorik beim Schreiben. Fortschritte: er kann inzwischen 15 Minuten an einer Aufgabe bleiben. Wir empfehlen weitere 20 Einheiten.

Herzliche Grüße
Jasmin Roggenkamp, Ergotherapeutin"""))

M("C", "de", "insurer-to-customer", "motor claim, no injury stated, named policyholder and plate",
  frm=A("brenner"), to="Helmut Gräber <helmut.graeber@t-online.example>", sig="brenner",
  subj="Schaden KF-26-10293 / Kennzeichen KR-HG 55",
  date="2026-02-05 10:25",
  body="""Sehr geehrter Herr Gräber,

nach dem Parkplatzrempler vom 30.01. bei Edeka in Krefeld (es wurde zum Glück niemand verletzt) regulieren wir den Schaden des Unfallgegners aus Ihrer Kfz-Haftpflicht. Ihr Schadenfreiheitsrabatt wird im nächsten Jahr von SF 22 auf SF 16 zurückgestuft, es sei denn, Sie erstatten uns die 1.380 EUR innerhalb von sechs Monaten selbst.

Mit freundlichen Grüßen""")

M("S", "de", "customer", "Zahnzusatz: WhatsApp-style mail, 'wurzelbehandlung' and pain, no punctuation",
  frm="Kevin Schuster <kevin.schuster1990@gmx.example>", to=A("wendland"), client="mobile",
  subj="wurzelbehandlung",
  date="2026-02-06 07:02",
  body="""moin hab seit 3 tagen übelste zahnschmerzen oben rechts zahnarzt sagt wurzelbehandlung muss sein und ich soll fragen ob sie das zahlen weil er will 600 euro vorab ich hab die zahnzusatz seit letztem jahr ZZ-909120 kevin schuster""")

M("N", "de", "internal", "trap: IT ticket about scanner for Arztrechnungen, no customer",
  frm=A("hoffmann"), to=A("kroeger"), sig="hoffmann", sigstyle="short",
  subj="Ticket INC-88120: Scanner Poststelle erkennt Arztrechnungen nicht",
  date="2026-02-06 13:40",
  body="""Hallo Frau Kröger,

zu Ihrem Ticket: Die OCR-Erkennung für Arztrechnungen im Posteingang Kranken lief seit dem Update am Montag mit dem falschen Profil. Ist korrigiert, die 412 betroffenen Scans werden heute Nacht neu verarbeitet. Sie müssen nichts tun.

Gruß
Lukas Hoffmann""")

M("S", "de", "insurer-to-hospital", "Kostenübernahme for inpatient stay, OPS code, named patient",
  frm=A("brandt"), to="Patientenverwaltung Klinikum Süd <aufnahme@klinikum-sued.example>", sig="brandt",
  subj="Kostenübernahmeerklärung – Patientin Renate Kowalczyk, Aufnahme 09.02.2026",
  date="2026-02-06 15:55",
  body="""Sehr geehrte Damen und Herren,

für die geplante Aufnahme von Frau Renate Kowalczyk, geb. 22.07.1957, Versichertennummer KV-3390217, am 09.02.2026 zur Hüft-TEP links (OPS 5-820.00) übernehmen wir die Kosten der allgemeinen Krankenhausleistungen sowie Zweibettzimmer und Chefarztbehandlung gemäß Tarif S2.

Bitte rechnen Sie direkt mit uns ab.

Mit freundlichen Grüßen""")

M("N", "en", "insurer-to-customer", "trap: expat prospect asks about maternity cover; generic answer, no personal data",
  frm=A("whitfield"), to="Ana Ribeiro <ana.ribeiro@proton.example>", sig="whitfield", lang="en",
  subj="RE: Does your plan cover pregnancy?",
  date="2026-02-09 09:12",
  body="""Dear Ms Ribeiro,

thank you for your interest. In general our international health plans cover pregnancy and childbirth after a waiting period of 10 months from the start of the policy; prenatal check-ups and midwife care are included in the Premium and Platinum levels. Pre-existing pregnancies at the time of application are not covered.

I've attached nothing personal here – if you'd like a quote, please use the online form and our new-business team will get in touch.

Kind regards""",
  quote=Q("""Hi, I'm moving to Hamburg in spring for work. My husband and I are thinking about starting a family next year. Does your international plan cover pregnancy? Thanks, Ana"""))

M("S", "de", "customer", "BU claim: burnout, psychotherapist named, sent from customer",
  frm="Sebastian Krämer <s.kraemer@mailbox.example>", to=A("stanek"),
  subj="Antrag auf BU-Rente – Nachreichung",
  att=[PDF("Entlassbericht_KlinikAmWaldsee.pdf", [("h", "Klinik am Waldsee – Psychosomatische Rehabilitation"), "Entlassbericht Herr Sebastian Krämer, geb. 15.06.1986, Aufenthalt 08.09.2025 – 20.10.2025", "Diagnosen: F33.1 rezidivierende depressive Störung, gegenwärtig mittelgradig; Z73 Burnout", "Entlassung arbeitsunfähig. Leistungsvermögen als Projektleiter unter 3 Stunden täglich."]),
       PDF("Medikationsplan_Kraemer.pdf", [("h", "Bundeseinheitlicher Medikationsplan"), "für: Sebastian Krämer, geb. 15.06.1986", ("t", [["Wirkstoff", "Handelsname", "Stärke", "mo-mi-ab-na"], ["Sertralin", "Sertralin-neuraxpharm", "100 mg", "1-0-0-0"], ["Mirtazapin", "Mirtazapin Stada", "15 mg", "0-0-0-1"]])])],
  date="2026-02-10 22:30",
  body="""Sehr geehrter Herr Stanek,

wie telefonisch besprochen reiche ich noch nach:
- Bericht meiner Psychotherapeutin Frau Dipl.-Psych. Hanne Voigt (seit Juli 2025 wöchentlich)
- Entlassbericht der Klinik am Waldsee (psychosomatische Reha 09/2025 – 11/2025)
- Liste meiner Medikamente: Sertralin 100 mg morgens, Mirtazapin 15 mg abends

Ich bin seit April 2025 durchgehend krankgeschrieben. Ich versuche gerade, das alles irgendwie zu schaffen, es fällt mir schwer, Papierkram zu erledigen.

BU-Vertrag: LV-BU 2203 4481

Mit freundlichen Grüßen
Sebastian Krämer""")

M("C", "de", "insurer-to-customer", "legal protection, labour law: dismissal, named customer; no health reason",
  frm=A("lindqvist"), to="Oksana Melnyk <oksana.melnyk@gmail.example>", sig="lindqvist",
  subj="Deckungszusage Rechtsschutz – Kündigungsschutzklage",
  date="2026-02-11 11:15",
  body="""Sehr geehrte Frau Melnyk,

für die Kündigungsschutzklage gegen Ihre frühere Arbeitgeberin, die Spedition Hellwig GmbH, erteilen wir Deckungszusage für die erste Instanz vor dem Arbeitsgericht Duisburg (Vertrag RS-4410992, Baustein Arbeits-RS). Die Selbstbeteiligung beträgt 150 EUR.

Ihre Anwältin, Frau Rechtsanwältin Dr. Stöver, kann direkt mit uns abrechnen.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "liability claim: neighbour child injured by customer's dog, hospital treatment",
  frm=A("oltmanns"), to="Bernd Wolters <b.wolters@web.example>", sig="oltmanns",
  subj="Ihr Haftpflichtschaden PH-26-00812 – Hundebiss",
  date="2026-02-12 14:45",
  body="""Sehr geehrter Herr Wolters,

wir haben die Unterlagen der Eltern der kleinen Mila Brandes erhalten. Nach dem Bericht der Kinderchirurgie des St.-Josef-Hospitals wurde die Bisswunde am rechten Unterarm genäht, Mila bekam eine Tetanusauffrischung und Antibiotika; eine Narbe wird bleiben.

Wir regulieren den Schaden aus Ihrer Hundehalter-Haftpflicht (TH-550183) und stimmen ein Schmerzensgeld mit dem Anwalt der Familie ab. Bitte schicken Sie uns noch den Impfpass Ihres Hundes (Tollwut).

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-broker", "trap: broker info on new dental tariff with example calculations, fictitious",
  frm=A("vogel"), to="makler-sued@versicherer.example", sig="vogel",
  subj="Neu ab 1. April: ZahnPlus – Beispielrechnung für Ihre Beratung",
  date="2026-02-13 10:00",
  body="""Liebe Partnerinnen und Partner,

ab 1. April gibt es den neuen Zahnzusatztarif ZahnPlus. Zur Beratung eine Beispielrechnung (fiktiv):

Musterkundin, 42 Jahre, Implantat Regio 46, Rechnung 3.200 EUR, GKV-Festzuschuss 490 EUR → Erstattung aus ZahnPlus 90 % der Restkosten = 2.439 EUR.

Wartezeit: keine bei Unfall, 8 Monate bei Zahnersatz. Gesundheitsfragen: 3 (fehlende Zähne, laufende Behandlung, Parodontitis in den letzten 3 Jahren).

Schulungstermine folgen.

Herzliche Grüße""")

M("S", "de", "pharmacy", "pharmacy asks about reimbursement of specific medicines for named patient",
  frm="Löwen-Apotheke Gütersloh <info@loewen-apotheke-gt.example>", to=A("tran"),
  subj="Rückfrage Kostenübernahme Ozempic – Herr Dieter Kampmann",
  date="2026-02-16 09:35",
  body="""Sehr geehrte Damen und Herren,

unser Kunde Herr Dieter Kampmann (privat bei Ihnen versichert, Nr. KV-1188472) hat ein Privatrezept über Ozempic 1 mg (Semaglutid), 3 Fertigpens, von seinem Diabetologen Dr. Schlüter. Er bat uns, vorab zu klären, ob Sie das übernehmen, da er das Präparat sonst nicht abholen möchte (ca. 290 EUR).

Mit freundlichen Grüßen
Apothekerin Sandra Meisner
Löwen-Apotheke, Kökerstraße 6, 33330 Gütersloh""")

M("C", "de", "insurer-to-customer", "premium collection: SEPA mandate change in buildings insurance, IBAN",
  frm=A("becker"), to="Familie Nowak <nowak.family@gmx.example>", sig="becker",
  subj="Änderung Ihrer Bankverbindung – Wohngebäude WG-8821047",
  date="2026-02-17 08:50",
  body="""Sehr geehrter Herr Nowak,

wir haben Ihre neue Bankverbindung gespeichert:

Kontoinhaber: Tomasz Nowak
IBAN: """ + IB("DE", "370501980012345678") + """
Bank: Sparkasse KölnBonn

Die nächste Jahresprämie (986,40 EUR) buchen wir am 01.03.2026 von diesem Konto ab. Gläubiger-ID und Mandatsreferenz stehen auf Ihrer Beitragsrechnung.

Mit freundlichen Grüßen""")

M("S", "en", "customer", "expat: wife's IVF treatment question, clinic in Berlin",
  frm="Daniel Okonkwo <d.okonkwo@outlook.example>", to=A("whitfield"), lang="en",
  subj="Fertility treatment coverage",
  att=[PDF("Cost_estimate_ICSI.pdf", [("h", "Kinderwunschzentrum Mitte - Kostenvoranschlag"), "Patients: Chiamaka Okonkwo (born 1991-04-09) and Daniel Okonkwo (born 1988-10-02)", "Indication: male factor (asthenozoospermia), planned ICSI", ("t", [["Item", "EUR"], ["Stimulation medication (Gonal-f, Orgalutran)", "2,350"], ["Oocyte retrieval, ICSI, transfer", "3,120"], ["Lab, cryo", "330"]])])],
  date="2026-02-18 21:14",
  body="""Hello,

my wife Chiamaka and I have been trying for 3 years. The fertility clinic Kinderwunschzentrum Mitte in Berlin suggested ICSI after my semen analysis came back with low motility. Does my plan (IHP-0101877, I'm the policyholder) cover ICSI and how many cycles? The clinic estimates EUR 5,800 per cycle.

Best,
Daniel""")

M("N", "en", "internal", "trap: English data-protection training quiz about health data, generic",
  frm=A("meier"), to="all-staff-international@versicherer.example", sig="meier", lang="en", sigstyle="short",
  subj="Quick quiz: is this health data?",
  date="2026-02-19 12:00",
  body="""Hello all,

five questions for our data-protection week. Answers on Friday.

1. A customer's invoice from an optician for glasses. Health data? 
2. A vet's bill for a customer's cat. Health data?
3. The number of claims with diagnosis F32 in 2025, company-wide. Health data?
4. A colleague says "I'm off tomorrow, doctor's appointment". Health data?
5. A press article about a flu wave in Cologne. Health data?

Thomas Meier, Data Protection Officer""")

M("S", "de", "insurer-to-customer", "optician: Gleitsichtbrille with dioptre values, customer named",
  frm=A("petersen"), to="Werner Albers <werner.albers@arcor.example>", sig="petersen",
  subj="Ihre Brillenrechnung vom Optiker Fielmeister",
  date="2026-02-20 10:30",
  body="""Sehr geehrter Herr Albers,

für Ihre neue Gleitsichtbrille (rechts sph +2,25 cyl -0,75, links sph +2,50, Addition 2,25) erstatten wir aus dem Tarif Ambulant Plus den Höchstbetrag von 300 EUR alle zwei Jahre. Die Rechnung betrug 689 EUR.

Die Sehtestbescheinigung Ihres Augenarztes brauchen wir nicht mehr, die Refraktionswerte auf der Optikerrechnung genügen.

Freundliche Grüße""")

M("C", "de", "insurer-to-customer", "travel cancellation without health reason (job), named traveller, booking",
  frm=A("seidel"), to="Lisa Hoppe <lisa.hoppe@web.example>", sig="seidel",
  subj="Reiserücktritt RR-26-0441 – Mallorca",
  date="2026-02-23 13:00",
  body="""Sehr geehrte Frau Hoppe,

Sie haben die Pauschalreise nach Mallorca (22.–29.03.2026) storniert, weil Ihnen Ihr Arbeitgeber den Urlaub wegen einer Betriebsprüfung kurzfristig gestrichen hat. Das ist nach unseren Bedingungen leider kein versichertes Ereignis – versichert wäre z. B. ein unerwarteter Arbeitsplatzverlust.

Wir können die Stornokosten von 1.240 EUR daher nicht erstatten. Ihre Reiserücktrittsversicherung RR-770134 läuft weiter.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "life insurance death claim: widow, death certificate requested, no medical word",
  frm=A("roth"), to="Elke Brandstätter <elke.brandstaetter@t-online.example>", sig="roth",
  subj="Lebensversicherung LV-55 20 718 – Ihr verstorbener Ehemann",
  date="2026-02-24 09:20",
  body="""Sehr geehrte Frau Brandstätter,

zunächst unser aufrichtiges Beileid zum Tod Ihres Mannes.

Für die Auszahlung der Versicherungssumme aus der Risikolebensversicherung benötigen wir noch die Sterbeurkunde und eine Kopie Ihres Personalausweises. Sie sind als Bezugsberechtigte eingetragen. Die Summe von 150.000 EUR überweisen wir auf das von Ihnen genannte Konto.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-supplier", "trap: Facility orders AED pads and first-aid kits; 'Defibrillator' vocabulary",
  frm=A("richter"), to="Medizintechnik Brüggemann <vertrieb@brueggemann-med.example>", sig="richter",
  subj="Nachbestellung Elektroden AED und Verbandkästen",
  date="2026-02-25 11:11",
  body="""Guten Tag Herr Brüggemann,

für unsere drei Defibrillatoren (Gebäude A, C, Kantine) bitte je ein Paar Erwachsenen-Elektroden nachliefern, die Haltbarkeit läuft im März ab. Dazu 12 Betriebsverbandkästen DIN 13157.

Danke und Gruß""")

M("S", "de", "care-service", "Pflegedienst invoice: Pflegegrad, Behandlungspflege, Insulin injections for named client",
  frm="Ambulanter Pflegedienst Sonnenschein <abrechnung@pflege-sonnenschein.example>", to=A("yilmaz"),
  subj="Abrechnung Januar – Fr. Hedwig Marx",
  date="2026-02-26 10:00",
  body="""Sehr geehrte Damen und Herren,

anbei unsere Rechnung für Januar 2026 für Frau Hedwig Marx, Versicherungsnummer PPV-4490021, auf Wunsch der Angehörigen direkt an Sie.

Mit freundlichen Grüßen
Ambulanter Pflegedienst Sonnenschein GmbH
Pflegedienstleitung Jutta Rehm""",
  att=[XLSX("Abrechnung_Marx_2026-01.xlsx", {"Januar": [["Datum", "Leistung", "Anzahl", "EUR"], ["01.-31.01.", "Große Morgentoilette (LK 2)", 31, 1085.00], ["01.-31.01.", "Insulininjektion (Behandlungspflege)", 62, 558.00], ["01.-31.01.", "Kompressionsstrümpfe anziehen", 31, 248.00], ["", "Summe", "", 1891.00], ["", "Pflegegrad 3, Leistungsempfängerin Hedwig Marx, geb. 14.05.1936", "", ""]]}, author="Pflegedienst Sonnenschein")])

M("N", "de", "insurer-to-customer", "trap: generic answer to prospect re pet insurance for dog, no contract",
  frm=A("wagner"), to="Nina Hartwig <nina.hartwig@gmail.example>", sig="wagner",
  subj="AW: OP-Versicherung für Welpen?",
  date="2026-02-27 14:20",
  body="""Hallo Frau Hartwig,

ja, unsere Hunde-OP-Versicherung kann ab der 9. Lebenswoche abgeschlossen werden. Sie deckt Operationen unter Narkose inkl. Voruntersuchung und Nachbehandlung bis 10 Tage, Beitrag ab 14,90 EUR im Monat. Erbkrankheiten wie HD/ED sind nach einer Wartezeit von 12 Monaten mitversichert.

Den Antrag finden Sie online unter www.versicherer.example/tier.

Viele Grüße""")

M("S", "de", "insurer-to-customer", "accident insurance: invalidity degree calculation with Gliedertaxe, named customer",
  frm=A("albrecht"), to="Jonas Kappel <jonas.kappel@gmx.example>", sig="albrecht",
  subj="Unfallversicherung UV-3318092 – Entscheidung Invaliditätsleistung",
  date="2026-03-02 10:00",
  body="""Sehr geehrter Herr Kappel,

nach dem Gutachten von Herrn Dr. Feuerstein verbleibt nach der Außenbandruptur am rechten Sprunggelenk eine Funktionsbeeinträchtigung von 1/10 Fußwert. Nach der Gliedertaxe (Fuß 40 %) ergibt das einen Invaliditätsgrad von 4 %.

Bei einer Grundsumme von 100.000 EUR zahlen wir 4.000 EUR.

Mit freundlichen Grüßen""")

M("C", "en", "insurer-to-customer", "expat household: contents claim, water damage in flat, named, address",
  frm=A("demir"), to="Lucas Martin <lucas.martin@free.example>", sig="demir", lang="en",
  subj="Your contents claim HR-26-005120",
  date="2026-03-03 09:00",
  body="""Dear Mr Martin,

we have received the photos of the water damage in your flat at Kastanienallee 41, 10435 Berlin. Our loss adjuster, Mr Kühn, will visit on Thursday, 5 March, between 10 and 12 am to look at the damaged parquet and the sofa.

Please keep the damaged items until then. Your policy HR-2290017 has an excess of EUR 150.

Kind regards""")

M("S", "de", "insurer-to-customer", "reply with nothing medical in body; quoted customer mail mentions Chemotherapie",
  frm=A("tran"), to="Monika Seifert <monika.seifert@web.example>", sig="tran",
  subj="AW: Krankenhaustagegeld",
  date="2026-03-04 15:30",
  body="""Liebe Frau Seifert,

danke für Ihre Geduld, das Geld ist heute raus. Alles Gute für Sie!

Herzliche Grüße""",
  quote=OQ("Monika Seifert <monika.seifert@web.example>", "Montag, 2. März 2026 08:12", A("tran"), "Krankenhaustagegeld",
           """Hallo Frau Tran,
ich war ja vom 3. bis 14. Februar im Marienhospital wegen der ersten Chemo, wann bekomme ich denn das Krankenhaustagegeld? Ich hab die Bescheinigung schon vor 3 Wochen geschickt.
M. Seifert, KV-7740118"""))

M("N", "de", "internal", "trap: team lead names colleague absent, no reason",
  frm=A("kroeger"), to="team-ambulant2@versicherer.example", sig="kroeger", sigstyle="name",
  subj="Vertretung diese Woche",
  date="2026-03-05 07:40",
  body="""Guten Morgen,

Tobias fällt bis einschließlich Freitag aus. Seine Zahnfälle übernimmt bitte Maren, die Ablagekörbe stehen an meinem Platz.

Danke!
Sabine""")

M("S", "de", "insurer-to-customer", "BKV (company health) reimbursement for Vorsorge, named employee",
  frm=A("tran"), to="Jörg Lemke <joerg.lemke@firmenpost.example>", sig="tran",
  subj="Ihre Erstattung aus der betrieblichen Krankenversicherung",
  date="2026-03-06 10:30",
  body="""Sehr geehrter Herr Lemke,

aus der betrieblichen Krankenversicherung Ihres Arbeitgebers erstatten wir Ihnen für die Darmkrebs-Vorsorge (Koloskopie) bei Gastroenterologie am Dom 180 EUR. Die entfernten Polypen sind laut Histologie gutartig – die Rechnung des Pathologen (34,20 EUR) ist ebenfalls erstattet.

Freundliche Grüße""")

M("C", "de", "insurer-to-customer", "household social tariff granted on stated net income of named customer (income)",
  frm=A("kowalski"), to="Yvonne Stahl <yvonne.stahl@gmx.example>", sig="kowalski",
  subj="Ihre Anfrage Beitragsermäßigung Hausrat",
  date="2026-03-09 11:00",
  body="""Sehr geehrte Frau Stahl,

den Sozialtarif für die Hausratversicherung können wir Ihnen anbieten, da Ihr Nettoeinkommen laut der übersandten Verdienstbescheinigung mit 1.480 EUR monatlich unter der Grenze von 1.600 EUR liegt. Der neue Beitrag für Vertrag HR-3350921 beträgt ab 1. April 6,20 EUR im Monat.

Mit freundlichen Grüßen""")

M("S", "en", "customer", "tourist writes: broken wrist skiing in Austria, X-ray, cast",
  frm="Emily Carter <emily.carter@icloud.example>", to=A("seidel"), lang="en", client="mobile",
  subj="broken wrist in ischgl",
  att=[JPG("photo_invoice.jpg", "Unfallambulanz Ischgl Rechnung Emily Carter Radiusfraktur Gips 840 EUR", (240, 240, 235))],
  date="2026-03-10 17:45",
  body="""hi, I'm on your travel insurance through my german employer (policy RKV-660312). fell skiing yesterday, the clinic in ischgl x-rayed it, distal radius fracture, they put a cast on and want 840 euro cash. can you pay them directly? I'm flying home to Frankfurt on saturday.
emily""")

M("N", "en", "insurer-to-partner", "trap: press release on long-term care statistics",
  frm=A("baumann"), to="newsdesk@wirtschaftspresse.example", sig="baumann", lang="en",
  subj="Press release: Care costs rose 11% in 2025",
  att=[PDF("PR_2026-03-11_care_costs.pdf", [("h", "Press release: Care costs rose 11% in 2025"), "Cologne, 11 March 2026. Costs for home care paid by our long-term care insurance rose by 11 per cent in 2025. 38,400 insured persons received benefits for care level 2 or higher.", "Press contact: Corporate Communications"])],
  date="2026-03-11 09:00",
  body="""PRESS RELEASE – for immediate publication

Cologne, 11 March 2026 – Costs for home care paid by our long-term care insurance rose by 11 per cent in 2025. The number of insured persons receiving benefits for care level 2 or higher grew to 38,400. Dementia remains the most common reason for care needs among people over 80.

"Families carry most of the burden," says board member Birgit Oppermann. The insurer recommends checking cover early.

Contact: Julia Baumann, Corporate Communications""")

M("S", "de", "insurer-to-customer", "PDF attachment only: Leistungsabrechnung with ICD codes; harmless body",
  frm=A("kroeger"), to="Frank Opitz <frank.opitz@web.example>", sig="kroeger",
  subj="Ihre Leistungsabrechnung",
  date="2026-03-12 08:00",
  body="""Sehr geehrter Herr Opitz,

anbei erhalten Sie Ihre Leistungsabrechnung. Bei Fragen rufen Sie mich gern an.

Mit freundlichen Grüßen""",
  att=[PDF("Leistungsabrechnung_2026-03-12.pdf", [("h", "Leistungsabrechnung"), "Versicherte Person: Frank Opitz, Versicherungsnummer KV-2201339", ("t", [["Rechnung", "Diagnose", "eingereicht", "erstattet"], ["Dr. Ahlers, Kardiologie", "I48.0 Vorhofflimmern", "312,44", "312,44"], ["Rhein-Apotheke", "Eliquis 5 mg", "178,20", "178,20"], ["Labor Dr. Quast", "INR/Gerinnung", "58,30", "58,30"]]), "Überweisung: 548,94 EUR"])])

M("C", "de", "broker", "broker sends customer data for a liability offer: birth date, address",
  frm="Maklerbüro Lindner <info@makler-lindner.example>", to=A("reuter"),
  subj="Angebot Privathaftpflicht für Kundin",
  date="2026-03-13 12:10",
  body="""Hallo Herr Reuter,

bitte ein Angebot PHV Single, Deckung 20 Mio., für meine Kundin:
Sabrina Köhler, geb. 30.08.1999, Feldstraße 8, 26122 Oldenburg, Studentin, bisher bei der Konkurrenz versichert (keine Vorschäden).

Gruß
Bernd Lindner, Versicherungsmakler""")

# ---------------------------------------------------------------- batch 2
M("N", "de", "internal", "trap: Gesundheitstag programme with flu vaccination and back check, no persons",
  frm=A("schmitz"), to="alle-mitarbeitenden@versicherer.example", sig="schmitz", sigstyle="short",
  subj="Gesundheitstag am 24. April – Programm",
  att=[ICS("Gesundheitstag.ics", "gesundheitstag-2026@versicherer.example", "Gesundheitstag 2026", "20260424T090000", "20260424T150000", ("Carina Schmitz", "carina.schmitz@versicherer.example"), location="Foyer Gebäude A")],
  date="2026-03-16 08:30",
  body="""Liebe Kolleginnen und Kollegen,

am Freitag, 24. April, ist wieder Gesundheitstag im Foyer Gebäude A:

09:00  Rückencheck mit der Physiopraxis Am Ring (10 Min. pro Person)
10:00  Vortrag "Schlaf und Stress" – Dr. Anja Roloff, Schlafmedizinerin
11:30  Hautkrebs-Screening (Anmeldung erforderlich)
13:00  Blutdruck- und Blutzuckermessung
14:00  Yoga am Arbeitsplatz

Die Ergebnisse der Messungen bekommt nur ihr selbst – wir sehen nichts davon.

Carina""")

M("S", "de", "insurer-to-customer", "ICS: appointment with Gutachter for named BU claimant, psychiatric assessment",
  frm=A("stanek"), to="Sebastian Krämer <s.kraemer@mailbox.example>", sig="stanek",
  subj="Termin Begutachtung – bitte bestätigen",
  date="2026-03-16 14:00",
  body="""Sehr geehrter Herr Krämer,

wie angekündigt haben wir den Begutachtungstermin vereinbart. Die Einladung hängt als Kalendereintrag an. Bitte bringen Sie Ihren Medikamentenplan und einen Ausweis mit.

Mit freundlichen Grüßen""",
  att=[ICS("Begutachtung.ics", "bu-gut-22034481@versicherer.example", "Psychiatrische Begutachtung BU – S. Krämer",
           "20260330T100000", "20260330T130000", ("Oliver Stanek", "oliver.stanek@versicherer.example"),
           [("Sebastian Krämer", "s.kraemer@mailbox.example")],
           location="Praxis Prof. Dr. Haller, Fachärztin für Psychiatrie und Psychotherapie, Goethestr. 19, Frankfurt",
           description="Begutachtung zur Berufsunfähigkeit, Vertrag LV-BU 2203 4481. Dauer ca. 3 Stunden, inkl. Testpsychologie.")])

M("C", "de", "insurer-to-customer", "motor: eVB for new car, named customer, VIN",
  frm=A("engel"), to="Patrick Jung <patrick.jung@web.example>", sig="engel",
  subj="Ihre eVB-Nummer für die Zulassung",
  date="2026-03-17 09:15",
  body="""Hallo Herr Jung,

Ihre eVB-Nummer lautet: A7K3M9P

Fahrzeug: VW ID.3, FIN WVWZZZE1ZPP031187, Halter Patrick Jung, Zulassung im Kreis Neuss. Die eVB gilt bis zum 16.04.2026. Nach der Zulassung schicken wir Ihnen den Versicherungsschein.

Gute Fahrt!""")

M("N", "de", "insurer-to-customer", "trap: portal notification, no content",
  frm="Versicherer SecureMail <noreply@versicherer.example>", to="helga.wiese@t-online.example",
  subj="Sie haben eine neue Nachricht in Ihrem Postfach",
  date="2026-03-17 10:02",
  body="""Guten Tag,

in Ihrem sicheren Postfach liegt eine neue Nachricht für Sie. Bitte melden Sie sich unter https://securemail.versicherer.example an, um sie zu lesen.

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte.

Ihr Versicherer""")

M("S", "de", "neighbour", "elderly customer letter, Rollator and Pflegebett, typed by neighbour",
  frm="Heinz Rademacher <h.rademacher@freenet.example>", to=A("petersen"),
  subj="Antrag Hilfsmittel für Frau Elfriede Pohl",
  date="2026-03-18 16:30",
  body="""Sehr geehrte Damen und Herren

Ich schreibe im Auftrag meiner Nachbarin Frau Elfriede Pohl, 91 Jahre, Mühlenweg 3 in 31134 Hildesheim, weil sie keinen Computer hat. Sie ist bei Ihnen krankenversichert Nummer 0033 1920 77.

Sie ist im Dezember gestürzt und hat seitdem einen Rollator. Jetzt hat der Hausarzt Dr. Bruns ein Pflegebett verordnet, weil sie nachts nicht mehr allein aufstehen kann. Das Sanitätshaus Becker will wissen ob Sie das bezahlen.

Frau Pohl hat mir erlaubt, Ihnen zu schreiben. Die Antwort bitte per Post an Frau Pohl.

Mit freundlichem Gruß
Heinz Rademacher (Nachbar)""")

M("N", "en", "insurer-to-customer", "trap: one-time password mail for portal",
  frm="Versicherer SecureMail <noreply@versicherer.example>", to="tom.harding@yahoo.example", lang="en",
  subj="Your one-time password",
  date="2026-03-18 11:20",
  body="""Hello,

your one-time password for the secure mailbox is: 7hQ-4zR-kP2

It is valid for 48 hours. You will receive the registration link in a separate e-mail.

Your Versicherer team""")

M("C", "de", "insurer-to-customer", "legal protection family law: divorce advice, named customer, no health",
  frm=A("lindqvist"), to="Andrea Pfeiffer <andrea.pfeiffer@gmx.example>", sig="lindqvist",
  subj="Rechtsschutz – Beratung im Familienrecht",
  date="2026-03-19 10:45",
  body="""Sehr geehrte Frau Pfeiffer,

Ihr Vertrag (RS-2210457) enthält den Beratungsrechtsschutz im Familien- und Erbrecht. Wir übernehmen die Kosten einer Erstberatung bei einer Anwältin Ihrer Wahl zu Fragen der Trennung und des Unterhalts bis 250 EUR. Ein gerichtliches Scheidungsverfahren ist nicht versichert.

Bitte reichen Sie uns die Rechnung der Kanzlei ein.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "pregnancy: Krankentagegeld paused during Mutterschutz, named",
  frm=A("tran"), to="Katrin Vogt <katrin.vogt@web.example>", sig="tran",
  subj="Ihr Krankentagegeld während des Mutterschutzes",
  date="2026-03-19 15:10",
  body="""Liebe Frau Vogt,

herzlichen Glückwunsch! Laut der Bescheinigung Ihrer Frauenärztin ist der errechnete Geburtstermin der 4. Juli. Während der Mutterschutzfrist (ab 23. Mai) ruht Ihr Krankentagegeld; Sie zahlen in dieser Zeit auch keinen Beitrag dafür. Die Schwangerschaftsvorsorge ist aus Ihrem Tarif voll erstattungsfähig.

Alles Gute!""")

M("N", "de", "insurer-to-customer", "trap: generic answer about travel health insurance before booking, prospect",
  frm=A("seidel"), to="Rainer Koch <rainer.koch@gmx.example>", sig="seidel",
  subj="AW: Auslandskrankenversicherung für USA-Reise",
  date="2026-03-20 09:00",
  body="""Sehr geehrter Herr Koch,

unsere Auslandsreise-Krankenversicherung gilt weltweit inklusive USA und Kanada für Reisen bis 56 Tage. Sie zahlt ambulante und stationäre Behandlung, Medikamente und den medizinisch sinnvollen Rücktransport. Der Jahresbeitrag beträgt 19,90 EUR für Einzelpersonen und 44,90 EUR für Familien.

Vorerkrankungen sind versichert, sofern die Reise nicht zur Behandlung angetreten wird.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-doctor", "insurer asks dentist about periodontitis treatment of named patient",
  frm=A("wendland"), to="Zahnarztpraxis Dr. Heinen <praxis@zahnarzt-heinen.example>", sig="wendland",
  subj="Rückfrage PAR-Behandlung – Patient Kurt Scholz",
  date="2026-03-20 11:30",
  body="""Sehr geehrter Herr Dr. Heinen,

zur Parodontitisbehandlung Ihres Patienten Kurt Scholz (geb. 17.02.1961) liegt uns Ihr Behandlungsplan vor. Bitte ergänzen Sie den Parodontalstatus mit Sondierungstiefen und teilen Sie uns mit, ob eine antibiotische Begleittherapie (Amoxicillin/Metronidazol) vorgesehen ist.

Eine Schweigepflichtentbindung des Patienten liegt uns vor.

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: controlling report, Pflegegrad distribution aggregate, ODS attachment",
  frm=A("yilmaz"), to="bereichsleitung-kranken@versicherer.example", sig="yilmaz", sigstyle="short",
  subj="Monatsreport Pflege März",
  date="2026-03-23 09:00",
  body="""Hallo zusammen,

anbei der Monatsreport Pflege (Bestand, Neuzugänge, Leistungen nach Pflegegrad). Keine Einzelfälle, nur Summen.

Auffällig: Neuzugänge PG 2 +14 % ggü. Vorjahresmonat.

Felix""",
  att=[ODS("Report_Pflege_2026-03.ods", {"Bestand": [["Pflegegrad", "Leistungsbezieher", "Zahlungen EUR"], ["PG 1", 1204, 151300], ["PG 2", 4410, 1982600], ["PG 3", 3022, 2480100], ["PG 4", 1510, 1933000], ["PG 5", 588, 901400]]})])

M("S", "en", "insurer-to-customer", "expat: psychotherapy sessions approved, named",
  frm=A("whitfield"), to="Jonas Lindström <jonas.lindstrom@gmail.example>", sig="whitfield", lang="en",
  subj="Approval: psychotherapy sessions",
  date="2026-03-23 14:00",
  body="""Dear Mr Lindström,

we are happy to confirm cover for 25 sessions of cognitive behavioural therapy with Dipl.-Psych. Mara Ebert, Hamburg, as requested by your psychiatrist for the treatment of your anxiety disorder (F41.1). Sessions are reimbursed at up to EUR 100.55 each under your plan IHP-0077841.

If more sessions are needed, Ms Ebert can send us a short progress report.

Kind regards""")

M("C", "de", "insurer-to-customer", "pet: cat's kidney disease vet bills, owner named → C",
  frm=A("wagner"), to="Ingrid Sauer <ingrid.sauer@t-online.example>", sig="wagner",
  subj="Krankenversicherung für Mieze – Vertrag TK-220771",
  date="2026-03-24 10:20",
  body="""Liebe Frau Sauer,

die Rechnungen der Tierarztpraxis Dr. Möller für Mieze (Nierenwerte, Infusionen, Nierendiät) haben wir bearbeitet. Von 486,30 EUR erstatten wir 389,04 EUR (80 %). Das Nierendiätfutter ist leider nicht versichert.

Gute Besserung für Ihre Katze!""")

M("S", "de", "customer", "sucht: relative writes about husband's alcohol withdrawal clinic",
  frm="Birgit Hahn <birgit.hahn@web.example>", to=A("brandt"),
  subj="Entzug mein Mann",
  date="2026-03-24 22:51",
  body="""Guten Abend,

mein Mann Ralf Hahn (Versicherungsnummer KV-8801392) hat sich nach langem Hin und Her bereit erklärt, einen Alkoholentzug zu machen. Die Fachklinik Hohenlinden hätte am 6. April ein Bett frei, qualifizierter Entzug 21 Tage und danach vielleicht Entwöhnung. Zahlen Sie das? Ich habe Angst, dass er es sich anders überlegt, wenn es zu lange dauert.

Bitte rufen Sie mich an, nicht ihn: 0151 2284 0091.

Birgit Hahn""")

M("N", "de", "insurer-to-partner", "trap: association survey answer with aggregate Krankentagegeld claims by duration",
  frm=A("okafor"), to="Statistik Verband <statistik@verband.example>", sig="okafor",
  subj="Meldung KT-Statistik 2025",
  date="2026-03-25 13:00",
  body="""Sehr geehrte Damen und Herren,

wie angefordert unsere Zahlen zur Krankentagegeld-Statistik 2025 (Anzahl Leistungsfälle nach Dauer):

bis 6 Wochen: 8.120
6 Wochen bis 3 Monate: 2.344
3 bis 6 Monate: 906
über 6 Monate: 411

Die Aufteilung nach Diagnosegruppen senden wir mit der CSV-Datei im Verbandsportal.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "Krankentagegeld stopped after AU ends, named; body mentions Arbeitsunfähigkeitsbescheinigung",
  frm=A("kroeger"), to="Dirk Schwarz <dirk.schwarz@outlook.example>", sig="kroeger",
  subj="Krankentagegeld – Ende der Zahlung",
  date="2026-03-25 15:20",
  body="""Sehr geehrter Herr Schwarz,

laut der letzten Arbeitsunfähigkeitsbescheinigung von Dr. Ekinci endet Ihre Arbeitsunfähigkeit am 29.03.2026. Wir zahlen das Krankentagegeld daher bis einschließlich 29.03. (insgesamt 61 Tage à 95 EUR = 5.795 EUR).

Sollte die AU verlängert werden, schicken Sie uns bitte die Folgebescheinigung.""")

M("C", "de", "insurer-to-customer", "liability claim no injury: broken phone of friend, named",
  frm=A("oltmanns"), to="Leon Braun <leon.braun@gmx.example>", sig="oltmanns",
  subj="Haftpflichtschaden PH-26-01177 – Handy",
  date="2026-03-26 11:00",
  body="""Hallo Herr Braun,

Sie haben beim Umzug das Handy Ihres Freundes Timo Reich heruntergestoßen. Aus Ihrer Privathaftpflicht (PH-7781203) zahlen wir den Zeitwert von 320 EUR direkt an Herrn Reich. Bitte teilen Sie uns seine Bankverbindung mit oder bitten Sie ihn, sich bei uns zu melden.

Viele Grüße""")

M("S", "de", "insurer-to-customer", "disability insurance (BU) premium waiver letter: no medical word, but named BU claim",
  frm=A("stanek"), to="Melanie Roth <melanie.roth@web.example>", sig="stanek",
  subj="Ihre Berufsunfähigkeitsversicherung – Beitragsbefreiung",
  date="2026-03-27 09:40",
  body="""Sehr geehrte Frau Roth,

wir erkennen Ihren Anspruch auf Leistungen aus der Berufsunfähigkeitsversicherung LV-BU 3390 1122 ab dem 01.10.2025 an. Sie zahlen ab diesem Zeitpunkt keine Beiträge mehr; die zu viel gezahlten Beiträge (6 × 84,50 EUR) erstatten wir. Die monatliche Rente von 1.500 EUR überweisen wir ab dem 01.04.2026.

Mit freundlichen Grüßen""")

M("N", "en", "newsletter", "trap: travel health tips for summer, generic medicines",
  frm="Versicherer Travel <newsletter@versicherer.example>", to="travel-subscribers@versicherer.example", lang="en",
  subj="Your travel first-aid kit: what to pack",
  date="2026-03-30 06:00",
  body="""Summer is coming – here is our checklist for your travel first-aid kit:

- pain and fever: paracetamol or ibuprofen
- diarrhoea: oral rehydration salts, loperamide for emergencies
- allergies: an antihistamine such as cetirizine
- plasters, blister pads, disinfectant, tick tweezers
- sun cream SPF 50 and after-sun

If you take regular medication, bring enough for the whole trip plus a week, and a doctor's letter in English.

Travel health cover from EUR 19.90 a year: www.versicherer.example/travel""")

M("C", "de", "insurer-to-customer", "household premium arrears: returned direct debit, customer IBAN",
  frm=A("becker"), to="Sven Kühne <sven.kuehne@gmx.example>", sig="becker",
  subj="Zahlungserinnerung Hausrat HR-4402180",
  date="2026-03-30 10:00",
  body="""Sehr geehrter Herr Kühne,

die Lastschrift für Ihre Hausratversicherung vom 01.03.2026 (72,40 EUR) wurde von Ihrer Bank zurückgegeben (Grund: Konto erloschen). Bei uns ist noch die IBAN """ + IB("DE", "500105175407324931") + """ hinterlegt.

Bitte überweisen Sie den Betrag bis 14.04.2026 oder teilen Sie uns eine neue Bankverbindung mit.

Mit freundlichen Grüßen""")

M("S", "de", "hospital", "hospital discharge letter forwarded as attachment (rfc822) by claims handler to physician colleague",
  frm=A("brandt"), to=A("hasselbach"), sig="brandt", sigstyle="short",
  subj="WG: Entlassbericht Kowalczyk – bitte med. Einschätzung",
  date="2026-03-31 11:00",
  body="""Hallo Frau Dr. Hasselbach,

können Sie sich den angehängten Entlassbericht anschauen? Frage: ist die verlängerte Verweildauer (14 statt 8 Tage) medizinisch begründet?

Danke, Gerrit""",
  att=[EML(INNER("Klinikum Süd Entlassmanagement <entlassung@klinikum-sued.example>", A("brandt"),
                 "Entlassbericht Frau Renate Kowalczyk", "2026-03-27 15:00",
                 """Sehr geehrte Damen und Herren,

anbei die Epikrise zu Frau Renate Kowalczyk, geb. 22.07.1957.

Aufnahme 09.02.2026, Entlassung 23.02.2026.
Diagnosen: Primäre Koxarthrose links (M16.1), postoperatives Hämatom mit Revision (T81.0), Diabetes mellitus Typ 2 (E11.9).
Eingriffe: Hüft-TEP links zementfrei (5-820.00), Hämatomausräumung am 13.02.
Weiteres Vorgehen: Anschlussheilbehandlung in der Reha-Klinik Bad Salzhausen ab 24.02.

Mit freundlichen Grüßen
Sekretariat Orthopädie""", "<epikrise-220717@klinikum-sued.example>"), "Entlassbericht_Kowalczyk.eml")])

M("N", "de", "insurer-to-company", "trap: HR asks optician for framework offer on VDU glasses for staff",
  frm=A("weiss"), to="Optik Lichtblick <firmenkunden@optik-lichtblick.example>", sig="weiss",
  subj="Rahmenvertrag Bildschirmarbeitsplatzbrillen",
  date="2026-03-31 14:00",
  body="""Sehr geehrte Damen und Herren,

nach der Arbeitsschutzverordnung übernehmen wir für Beschäftigte die Kosten einer Bildschirmarbeitsplatzbrille, wenn der Betriebsarzt sie für nötig hält. Wir möchten einen Rahmenvertrag: Festpreis je Einstärken- bzw. Gleitsicht-Bildschirmbrille, Abrechnung direkt mit uns, ca. 60 Brillen pro Jahr.

Können Sie uns bis Ende April ein Angebot schicken?

Mit freundlichen Grüßen""")

M("S", "de", "customer", "Hörakustiker quote forwarded via ZIP with audiogram PDF and cost estimate",
  frm="Gertrud Hannemann <g.hannemann@t-online.example>", to=A("petersen"), client="outlook",
  subj="AW: hörgeräte",
  date="2026-04-01 10:10",
  body="""Sehr geehrte Frau Petersen,

mein Enkel hat Ihnen die Sachen vom Akustiker in eine Datei gepackt. Ich hoffe das geht so.

Mit freundlichen Grüßen
Gertrud Hannemann""",
  att=[ZIP("Hoergeraete_Hannemann.zip", [
      PDF("Kostenvoranschlag.pdf", [("h", "Hörakustik Kind – Kostenvoranschlag"), "Kundin: Gertrud Hannemann, geb. 02.11.1940", ("t", [["Artikel", "Preis EUR"], ["HdO-Hörsystem rechts, Klasse 3", "1.890,00"], ["HdO-Hörsystem links, Klasse 3", "1.890,00"], ["Anpassung, Otoplastiken", "210,00"]]), "Gesamt 3.990,00 EUR"]),
      PDF("Audiogramm.pdf", [("h", "Tonaudiogramm 14.01.2026"), "Patientin G. Hannemann", "Hörverlust rechts 70 dB, links 45 dB (Hochton). Diagnose H90.3 Schallempfindungsschwerhörigkeit beidseitig.", "Dr. med. B. Lanz, HNO, Wesel"]),
  ])])

M("N", "de", "internal", "trap: DPO minutes about new rule for health data in mail, examples generic",
  frm=A("meier"), to="fuehrungskraefte@versicherer.example", sig="meier", sigstyle="short",
  subj="Protokoll Datenschutz-Jour-fixe 31.03.",
  date="2026-04-01 16:00",
  body="""Hallo zusammen,

die wichtigsten Punkte:

1. Ab Mai wird jede Mail, die Gesundheitsdaten enthält (z. B. Diagnosen, Arztrechnungen, Reha-Berichte), automatisch verschlüsselt. Ihr müsst nichts tun, aber bitte keine Gesundheitsdaten mehr in den Betreff schreiben.
2. Die Zahl der gemeldeten Datenpannen 2025: 7 (davon 5 Fehlversand). Keine meldepflichtig an die Aufsicht.
3. Schulung für neue Kolleginnen: ab sofort online.

Thomas""")

M("C", "de", "insurer-to-customer", "bank data: refund in buildings insurance, customer IBAN in body",
  frm=A("demir"), to="Ursula Lange <ursula.lange@gmx.example>", sig="demir",
  subj="Sturmschaden WG-26-00933 – Auszahlung",
  date="2026-04-02 09:30",
  body="""Sehr geehrte Frau Lange,

für die vom Sturm "Ylenia" beschädigten Dachziegel an Ihrem Haus in der Birkenstraße 14, 59555 Lippstadt, zahlen wir laut Rechnung der Dachdeckerei Pohl 2.318,00 EUR.

Überweisung an: Ursula Lange, """ + IB("DE", "416405000123987650") + """

Mit freundlichen Grüßen""")

M("S", "en", "insurer-to-customer", "tourist: repatriation after heart attack in Thailand",
  frm=A("seidel"), to="Gary Mitchell <gary.mitchell@btinternet.example>", sig="seidel", lang="en",
  subj="Repatriation of your father – update",
  date="2026-04-02 13:45",
  body="""Dear Mr Mitchell,

our assistance partner spoke with the cardiologist at Bangkok Hospital this morning. Your father's condition after the heart attack and the stent procedure is stable and he is fit to fly with a medical escort. We have booked the return flight for Saturday, 4 April, Bangkok–Frankfurt, with a nurse; an ambulance will take him to the Kerckhoff-Klinik in Bad Nauheim.

All costs are covered under his travel health policy RKV-330981.

Kind regards""")

M("N", "en", "insurer-to-partner", "trap: anonymised case study for reinsurer training, age band only",
  frm=A("stone"), to="Claire Dubois <claire.dubois@reinsure.example>", sig="stone", lang="en",
  subj="Case studies for the medical underwriting workshop",
  date="2026-04-03 10:00",
  body="""Hi Claire,

here are the three anonymised cases for the workshop (details changed, no names, no dates):

Case A: Applicant aged 35–39, BMI 32, treated hypertension, well controlled. Term life, EUR 300k. Our decision: standard rates +25 %.
Case B: Applicant aged 40–44, depressive episode 6 years ago, no treatment since. Disability cover. Decision: standard, no exclusion.
Case C: Applicant aged 25–29, type 1 diabetes since childhood, HbA1c around 7. Term life. Decision: +75 %.

Looking forward to your view.

Rebecca""")

M("C", "de", "insurer-to-customer", "motor claim: theft of car, police report, named, plate",
  frm=A("brenner"), to="Ahmet Çelik <ahmet.celik@web.example>", sig="brenner",
  subj="Diebstahl Ihres Fahrzeugs E-AC 1907 – Schaden KF-26-11840",
  date="2026-04-06 11:00",
  body="""Sehr geehrter Herr Çelik,

die Strafanzeige der Polizei Essen (Tagebuchnummer 26-041877) liegt uns vor. Wir warten die gesetzliche Frist von einem Monat ab; wird Ihr BMW 320d bis dahin nicht gefunden, zahlen wir den Wiederbeschaffungswert laut Gutachten.

Bitte schicken Sie uns beide Fahrzeugschlüssel und die Zulassungsbescheinigung Teil II.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "child accident: fracture at playground, Kinderunfall, DOCX letter attached, body bland",
  frm=A("albrecht"), to="Familie Schäfer <schaefer.familie@t-online.example>", sig="albrecht",
  subj="Ihr Schreiben vom 30. März",
  date="2026-04-07 09:00",
  body="""Sehr geehrte Frau Schäfer,

unser Schreiben zu Ihrer Meldung finden Sie im Anhang.

Mit freundlichen Grüßen""",
  att=[DOCX("Schreiben_Schaefer_2026-04-07.docx", [("h", "Kinderunfallversicherung KU-1120548"), "Sehr geehrte Frau Schäfer,", "für den Unfall Ihrer Tochter Emma (geb. 12.06.2019) auf dem Spielplatz am 21.03.2026 – Unterarmfraktur links, Versorgung mit Gips in der Kinderchirurgie des Helios Klinikums – zahlen wir das Gipsgeld von 200 EUR und Krankenhaustagegeld für eine Nacht (50 EUR).", "Ob ein Dauerschaden verbleibt, prüfen wir frühestens nach einem Jahr.", "Mit freundlichen Grüßen", "Miriam Albrecht"])])

M("N", "de", "insurer-to-customer", "trap: marketing mail for Zahnzusatz with 'Zahnersatz, Implantate', no data",
  frm="Versicherer <angebote@versicherer.example>", to="interessenten@versicherer.example", client="system",
  subj="Lächeln ohne Kostenfalle – jetzt Zahnzusatz abschließen",
  date="2026-04-08 07:00",
  body="""Implantat? Krone? Professionelle Zahnreinigung?

Die gesetzliche Kasse zahlt beim Zahnersatz oft nur einen Festzuschuss. Mit ZahnPlus bekommen Sie bis zu 90 % der Kosten erstattet – auch für Implantate, Inlays und Bleaching alle zwei Jahre.

Ohne Wartezeit bei Unfall. Ab 9,80 EUR im Monat.

Jetzt online abschließen: www.versicherer.example/zahn

Sie erhalten diese Werbung aufgrund Ihrer Einwilligung. Abmelden: www.versicherer.example/abmelden""")

M("S", "de", "insurer-to-therapist", "insurer asks physiotherapist re Manuelle Lymphdrainage after mastectomy",
  frm=A("petersen"), to="Physiotherapie Am Ring <info@physio-am-ring.example>", sig="petersen",
  subj="Ihre Rechnung 2026-0311 – Frau Sabine Olbrich",
  date="2026-04-08 14:30",
  body="""Sehr geehrte Damen und Herren,

auf Ihrer Rechnung für Frau Sabine Olbrich sind 20 Einheiten Manuelle Lymphdrainage 60 Min. nach Mastektomie rechts abgerechnet, die Verordnung von Dr. Tamm lautet aber auf 10 Einheiten à 45 Min. Bitte schicken Sie uns die Folgeverordnung oder korrigieren Sie die Rechnung.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-broker", "broker gets policy list of a client (household, liability), contract numbers",
  frm=A("reuter"), to="Bernd Lindner <info@makler-lindner.example>", sig="reuter",
  subj="Bestandsübersicht Kundin Köhler",
  date="2026-04-09 10:00",
  body="""Hallo Herr Lindner,

hier die Verträge Ihrer Kundin Sabrina Köhler, Oldenburg:

PH-9920133 Privathaftpflicht Single, Beginn 01.04.2026, 58,90 EUR/Jahr
HR-9920134 Hausrat, VS 35.000 EUR, 96,00 EUR/Jahr

Die Courtage wird mit der nächsten Abrechnung gutgeschrieben.

Gruß Frank Reuter""")

M("N", "de", "internal", "trap: IT change about ICD-10-GM 2026 catalogue update",
  frm=A("raman"), to="it-fachbereich-kranken@versicherer.example", sig="raman", sigstyle="short",
  subj="Change CHG-3310: ICD-10-GM 2026 und OPS 2026 in der Leistungsprüfung",
  date="2026-01-05 08:30",
  body="""Hallo,

am Wochenende spielen wir die Kataloge ICD-10-GM 2026 und OPS 2026 ein. Neu sind u. a. die Unterkodes für Long COVID (U09.9) und einige OPS-Kodes für robotergestützte Eingriffe (5-987.*). Bitte am Montag die Testfälle 1–40 aus dem Regressionsset (synthetische Daten) nachprüfen.

Priya""")

M("S", "de", "customer", "Zahnarzt: Kieferorthopädie for child, HKP via customer, typos",
  frm="Stefanie Wolf <steffi.wolf@gmx.example>", to=A("wendland"),
  subj="Zahnspange Lina",
  date="2026-04-10 21:00",
  body="""Hallo Herr Wendland

der Kieferorthopäde Dr Marquardt sagt Lina (11) braucht ne feste Zahnspange, KIG 4 wegen dem Kreuzbiss. Die Kasse zahlt den Grundteil, aber die Keramikbrackets und die Glattflächenversiegelung nicht. Sind das ca. 1.400 € die sie übernehmen oder nur ein teil? Der Plan ist im Anhang (hoffentlich lesbar, hab es mit dem Handy fotografiert)

LG Steffi Wolf
Vertrag ZZ-1203388""",
  att=[PDF("IMG_4471.pdf", [("h", "Kieferorthopädischer Behandlungsplan"), "Patientin: Lina Wolf, geb. 03.09.2014", "Befund: Kreuzbiss regio 13-16, Engstand OK, KIG D4", "Mehrkosten privat: Keramikbrackets 620,00 EUR, Glattflächenversiegelung 380,00 EUR, Bogen superelastisch 410,00 EUR"], octet=True)])

M("N", "en", "insurer-to-customer", "trap: certificate request answer (automated), no content",
  frm="Zertifikatsdienst <zertifikat@versicherer.example>", to="d.okonkwo@outlook.example", lang="en",
  subj="Your certificate request",
  date="2026-04-13 08:00",
  body="""Hello,

you requested the certificate of emma.whitfield@versicherer.example. It is attached to this signed message. Import it into your mail program and you can send encrypted e-mail to this address.

This is an automatic reply.""")

M("C", "en", "insurer-to-customer", "expat liability policy address change with date of birth",
  frm=A("kowalski"), to="Ingrid Svensson <ingrid.svensson@telia.example>", sig="kowalski", lang="en",
  subj="Change of address confirmed",
  date="2026-04-13 11:00",
  body="""Dear Ms Svensson,

we have updated your personal liability policy PH-6620918:

Name: Ingrid Svensson
Date of birth: 19/03/1987
New address: Sonnenallee 112, 12045 Berlin (from 1 May 2026)

Your premium stays the same.

Kind regards""")

M("S", "de", "insurer-to-customer", "care: Pflegetagegeld approval for daughter-reported mother, Vollmacht now there",
  frm=A("yilmaz"), to="Claudia Berger <claudia.berger@gmx.example>", sig="yilmaz",
  subj="Pflegetagegeld Ihrer Mutter – Abrechnung",
  date="2026-04-14 10:10",
  body="""Sehr geehrte Frau Berger,

die Vollmacht liegt uns jetzt vor, danke. Für Ihre Mutter zahlen wir ab dem 01.12.2025 das Pflegetagegeld für Pflegegrad 3 in Höhe von 60 % des vereinbarten Tagessatzes, also 36 EUR täglich. Die Nachzahlung für Dezember bis März (121 Tage = 4.356 EUR) geht in den nächsten Tagen auf das Konto Ihrer Mutter.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-supplier", "trap: document shredding contract for medical files, no data",
  frm=A("krueger"), to="Aktenvernichtung Rhein GmbH <service@akten-rhein.example>", sig="krueger",
  subj="Zusätzliche Tonnen für Leistungsabteilung Kranken",
  date="2026-04-14 13:30",
  body="""Guten Tag,

für die Leistungsabteilung Kranken (3. OG, Gebäude B) brauchen wir ab Mai vier weitere Datenschutztonnen (Sicherheitsstufe P-4, Schutzklasse 3), da dort Arzt- und Klinikrechnungen in Papierform anfallen. Leerung bitte wöchentlich dienstags.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "subtle: only a named specialist practice appointment in body; private health contract",
  frm=A("tran"), to="Harald Engel <harald.engel@web.example>", sig="tran",
  subj="Ihr Rückruf",
  date="2026-04-15 09:05",
  body="""Guten Morgen Herr Engel,

wie besprochen: Die Rechnung von der Praxis für Onkologie und Hämatologie Dr. Stern & Kollegen ist über Ihren Tarif voll erstattet. Für den Termin im Brustzentrum am 22. April brauchen Sie keine Zusage von uns.

Freundliche Grüße""")

M("C", "de", "insurer-to-customer", "home: burglary, list of stolen items with values, named",
  frm=A("demir"), to="Christian Maurer <c.maurer@gmx.example>", sig="demir",
  subj="Einbruch vom 04.04. – Stehlgutliste",
  date="2026-04-15 15:00",
  body="""Sehr geehrter Herr Maurer,

danke für die Stehlgutliste. Wir haben folgende Positionen aufgenommen (Hausrat HR-5502119, Pfälzer Straße 19, 67061 Ludwigshafen):

[[t]]

Für den Schmuck brauchen wir noch Kaufbelege oder Fotos.""",
  tables={"t": ([["Gegenstand", "Wert EUR"], ["Laptop MacBook Air", "1.199"], ["Goldkette", "850"], ["Armbanduhr", "420"], ["Bargeld", "300"]], "pad")})

M("N", "de", "insurer-to-customer", "trap: registration link mail",
  frm="Versicherer SecureMail <noreply@versicherer.example>", to="claudia.berger@gmx.example",
  subj="Registrierung für Ihr sicheres Postfach",
  date="2026-04-15 16:00",
  body="""Guten Tag,

bitte schließen Sie Ihre Registrierung ab: https://securemail.versicherer.example/register?t=8f1c0e77a2

Das Einmal-Passwort haben Sie in einer separaten E-Mail erhalten.""")

M("S", "de", "insurer-to-company", "employer receives bAV group accident list with named employee's accident",
  frm=A("paulsen"), to="Personal Malerbetrieb Grünwald <personal@maler-gruenwald.example>", sig="paulsen",
  subj="Gruppenunfall – Meldung Ihres Mitarbeiters",
  date="2026-04-16 10:00",
  body="""Sehr geehrte Frau Grünwald,

die Unfallmeldung zu Ihrem Mitarbeiter Herrn Dominik Falke (Sturz von der Leiter am 08.04.) haben wir erhalten. Aus der Gruppenunfallversicherung GU-4410 zahlen wir das Krankenhaustagegeld, sobald der Entlassungsbericht vorliegt. Über medizinische Details informieren wir nur Herrn Falke selbst.

Mit freundlichen Grüßen""")

M("N", "en", "internal", "trap: sick-leave policy for UK branch staff, general",
  frm=A("weiss"), to="staff-london@versicherer.example", sig="weiss", lang="en", sigstyle="short",
  subj="Reminder: sickness absence reporting",
  date="2026-04-16 11:30",
  body="""Dear colleagues,

a short reminder of our sickness absence policy: please call your line manager before 9:30 on the first day; self-certify for up to 7 calendar days; from day 8 a fit note from your GP is needed. You do not have to tell your manager what is wrong.

Our Employee Assistance Programme is available 24/7 for anyone who wants confidential support.

Nadine Weiß, HR""")

M("S", "de", "company", "employer enrols named employee in bAV direct insurance (life line): birth date, salary",
  frm="Lohnbüro Schreinerei Voss <lohn@schreinerei-voss.example>", to=A("paulsen"),
  subj="Neuanmeldung Entgeltumwandlung",
  date="2026-04-17 09:00",
  body="""Guten Tag Herr Paulsen,

folgende Mitarbeiterin möchte ab 01.05. Entgeltumwandlung in die Direktversicherung:

Name: Jacqueline Bär
geb. 07.12.1996
Bruttogehalt: 3.150 EUR
Umwandlungsbetrag: 150 EUR mtl., Arbeitgeberzuschuss 15 %

Viele Grüße
Lohnbüro""")

M("N", "de", "insurer-to-customer", "trap: answer to general question 'what is a Pflegegrad', no person details",
  frm=A("yilmaz"), to="Jürgen Haas <juergen.haas@web.example>", sig="yilmaz",
  subj="AW: Frage zur Pflegeversicherung",
  date="2026-04-17 14:00",
  body="""Sehr geehrter Herr Haas,

gern erkläre ich es allgemein: Den Pflegegrad stellt der Medizinische Dienst (bzw. bei Privatversicherten Medicproof) nach einem Hausbesuch fest. Es gibt fünf Pflegegrade; maßgeblich ist, wie selbstständig jemand im Alltag ist, nicht eine bestimmte Krankheit.

Wenn Sie eine Pflegezusatzversicherung abschließen möchten, schicke ich Ihnen gern Unterlagen.

Mit freundlichen Grüßen""")

# ---------------------------------------------------------------- batch 3
M("C", "de", "customer", "mobile: customer reports glass breakage, address and policy, no injury",
  frm="Rita Brenneke <rita.brenneke@web.example>", to=SVC, client="mobile",
  subj="glasbruch",
  date="2026-04-20 07:48",
  body="""Guten morgen die Terassentür ist gestern beim Sturm gesprungen, Haus Eichenweg 7 in 48159 Münster, Glasversicherung GL-330127. Glaser kommt Donnerstag. verletzt hat sich keiner
Rita Brenneke""")

M("N", "de", "insurer-to-company", "trap: pharmacy (GmbH) asks about commercial contents insurance for its cold-storage medicines",
  frm=A("hartmann"), to="Linden-Apotheke OHG <inhaber@linden-apotheke.example>", sig="hartmann",
  subj="AW: Versicherung Kühlware / Stromausfall",
  date="2026-04-20 10:30",
  body="""Sehr geehrte Damen und Herren,

Ihre Frage ist berechtigt: Kühlpflichtige Arzneimittel (Impfstoffe, Insuline, Biologika) sind in der normalen Inhaltsversicherung bei Stromausfall nicht gedeckt. Dafür gibt es den Baustein "Kühlgut / Verderb". Für einen Warenwert von bis zu 40.000 EUR im Kühlschrank beträgt der Mehrbeitrag 96 EUR jährlich zzgl. Steuer.

Ich schicke Ihnen gern ein Angebot für die OHG.

Mit freundlichen Grüßen""")

M("S", "en", "customer", "expat wife writes for husband in hospital after motorbike accident; surgery",
  frm="Priya Nair <priya.nair@gmail.example>", to=A("whitfield"), lang="en",
  subj="URGENT husband in hospital",
  date="2026-04-20 23:12",
  body="""Dear Emma

my husband Arjun Nair (policy IHP-0088120) had a motorbike accident today on the A9 near Ingolstadt. He is at Klinikum Ingolstadt, they say he has a broken pelvis and a ruptured spleen and he is going into surgery now. Nobody speaks English on the ward. The hospital asked for a cost guarantee. Please help.

Priya
+49 157 3312 7788""")

M("N", "de", "insurer-to-customer", "trap: annual contribution info to all health customers about Beitragsanpassung, no person",
  frm="Versicherer Krankenversicherung <info-kv@versicherer.example>", to="versicherte-kv@versicherer.example", client="system",
  subj="Information zur Beitragsanpassung 2027",
  date="2026-10-01 06:00",
  body="""Liebe Versicherte,

zum 1. Januar 2027 passen wir in einigen Tarifen die Beiträge an, weil die Ausgaben für ärztliche Behandlungen, Arzneimittel und Krankenhausaufenthalte stärker gestiegen sind als kalkuliert. Ob Ihr Tarif betroffen ist, steht in dem Schreiben, das Sie Ende Oktober per Post erhalten.

Ihre Möglichkeiten, den Beitrag zu senken (Selbstbehalt, Tarifwechsel nach § 204 VVG), erklären wir unter www.versicherer.example/beitrag.""")

M("C", "de", "insurer-to-customer", "legal protection tenancy dispute, named, no health",
  frm=A("lindqvist"), to="Fam. Osterkamp <osterkamp@t-online.example>", sig="lindqvist",
  subj="Mietrechtsschutz – Eigenbedarfskündigung",
  date="2026-04-21 09:00",
  body="""Sehr geehrter Herr Osterkamp,

für die Abwehr der Eigenbedarfskündigung Ihrer Vermieterin für die Wohnung Lindenstraße 40, 3. OG, Bielefeld, erteilen wir Deckungszusage aus Vertrag RS-1198430 (Wohnungs- und Grundstücksrechtsschutz für Mieter).

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "life insurance policy loan: no medical word, but life contract of named person",
  frm=A("roth"), to="Günter Maas <guenter.maas@freenet.example>", sig="roth",
  subj="Ihr Policendarlehen – Kapitallebensversicherung LV-1024 7733",
  date="2026-04-21 11:30",
  body="""Sehr geehrter Herr Maas,

wir gewähren Ihnen das gewünschte Policendarlehen über 12.000 EUR auf Ihre Kapitallebensversicherung. Der Zinssatz beträgt 4,1 % p. a., die Auszahlung erfolgt auf Ihr Girokonto """ + IB("DE", "200400600522117700") + """ bei der Commerzbank.

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: complaint statistics Q1 by topic, including 'Zahnrechnungen'",
  frm=A("lorenz"), to="vorstand-buero@versicherer.example", sig="lorenz", sigstyle="short",
  subj="Beschwerdestatistik Q1 2026",
  att=[XLSX("Beschwerden_Q1_2026.xlsx", {"Q1": [["Thema", "Q1 2026", "Q1 2025"], ["Kranken – Zahnrechnungen", 142, 118], ["Kranken – Hilfsmittel", 37, 41], ["Leben – Auszahlungsdauer", 22, 30], ["Kfz – Glas", 18, 12], ["Sach – Leitungswasser", 54, 49]]})],
  date="2026-04-22 08:00",
  body="""Sehr geehrte Damen und Herren,

Beschwerden Q1 2026 (Vorjahr in Klammern):

Kranken – Erstattung Zahnrechnungen: 142 (118)
Kranken – Ablehnung Hilfsmittel: 37 (41)
Leben – Auszahlungsdauer: 22 (30)
Kfz – Regulierung Glasschäden: 18 (12)
Sach – Leitungswasser: 54 (49)

Drei Beschwerden liefen über die BaFin, alle erledigt.

Daniela Lorenz""")

M("S", "de", "insurer-to-customer", "HTML mail with quoted earlier message containing hospital bill; body bland",
  frm=A("brandt"), to="Waltraud Ziegler <w.ziegler@web.example>",
  subj="AW: Krankenhausrechnung",
  date="2026-04-22 14:20", html=True, sig="brandt",
  body="""Sehr geehrte Frau Ziegler,

die Rechnung ist bezahlt. Sie müssen nichts weiter tun.

Mit freundlichen Grüßen""",
  quote=Q("""Am 18.04.2026 schrieb Waltraud Ziegler:
Guten Tag, anbei die Rechnung vom Evangelischen Krankenhaus Bethel für meine Gallen-OP (laparoskopische Cholezystektomie) vom 2.-5. April. Die wollen 5.780 Euro bis Ende des Monats. Meine Nummer ist KV-4412087. Danke, W. Ziegler"""))

M("N", "en", "insurer-to-broker", "trap: product update on expat plans with fictitious example",
  frm=A("whitfield"), to="partners-international@versicherer.example", sig="whitfield", lang="en",
  subj="International health plans 2027: what changes",
  date="2026-09-15 10:00",
  body="""Dear partners,

from 1 January 2027 our international health plans include:

- mental health: outpatient therapy up to 30 sessions a year (Premium and above)
- telemedicine worldwide without excess
- maternity waiting period shortened from 10 to 8 months

Example (fictitious): a 34-year-old engineer moving to Munich with a spouse and one child pays from EUR 612 a month on the Premium plan.

Rate cards attached to the partner portal.

Emma Whitfield""")

M("C", "de", "insurer-to-customer", "motor: SF class transfer from another insurer, birth date and licence date",
  frm=A("engel"), to="Marie Lorenzen <marie.lorenzen@gmx.example>", sig="engel",
  subj="Übernahme Schadenfreiheitsrabatt von Ihrem Vater",
  date="2026-04-23 09:40",
  body="""Liebe Frau Lorenzen,

die Übertragung des Schadenfreiheitsrabatts von Ihrem Vater, Herrn Uwe Lorenzen, auf Sie ist möglich. Da Ihr Führerschein seit 14.08.2019 besteht (Sie sind geb. 02.05.2001), können wir höchstens SF 6 übernehmen. Ihr Vater fällt dann für seinen Vertrag auf SF 0 zurück.

Bitte schicken Sie uns die unterschriebene Übertragungserklärung, beide Seiten.

Viele Grüße""")

M("S", "de", "insurer-to-customer", "dental: Zahnreinigung and Aufbissschiene for Bruxismus, named",
  frm=A("wendland"), to="Dennis K. <dennis.k94@icloud.example>", sig="wendland",
  subj="Ihre Zahnarztrechnung",
  date="2026-04-23 14:00",
  body="""Hallo Herr Kaiser,

wir haben die Rechnung für die Wurzelbehandlung an Zahn 16 und die Aufbissschiene wegen Ihres nächtlichen Zähneknirschens erhalten. Erstattet werden 612,40 EUR aus ZZ-7734012. Die Schiene zählt bei Ihnen zur Zahnbehandlung, nicht zum Zahnersatz.

Gruß Tobias Wendland""")

M("N", "de", "internal", "trap: canteen and sport group note mentions 'Herzsportgruppe' generally",
  frm=A("richter"), to="alle-koeln@versicherer.example", sig="richter", sigstyle="short",
  subj="Neue Räume für Betriebssport",
  date="2026-04-24 12:00",
  body="""Hallo zusammen,

ab Mai nutzen die Betriebssportgruppen den neuen Raum 0.14 in Gebäude C: montags Yoga, mittwochs Rückenfit, donnerstags die Laufgruppe (Treffpunkt). Die Herzsportgruppe des Stadtsportbunds, die bisher dienstags da war, zieht in die Turnhalle der Grundschule um.

Anja""")

M("C", "de", "customer", "rent-deposit guarantee application: birth date, net income, tax ID",
  frm="Jannik Hübner <jannik.huebner@web.example>", to=SVC,
  subj="Mietkautionsbürgschaft Antrag",
  date="2026-04-24 19:30",
  body="""Hallo,

für die Mietkautionsbürgschaft hier noch meine Angaben:
Jannik Hübner, geb. 21.01.1998
neue Wohnung: Am Lohtor 3, 45657 Recklinghausen, Kaltmiete 690 €, Kaution 2.070 €
Nettoeinkommen ca. 2.450 € (Anstellung unbefristet bei Stadtwerke)
Steuer-ID 47 118 093 552

Danke
Jannik""")

M("S", "de", "insurer-to-applicant", "health application: risk surcharge because of Hashimoto and Schilddrüsen-OP",
  frm=A("nguyen"), to="Theresa Kunz <theresa.kunz@posteo.example>", sig="nguyen",
  subj="Ihr Antrag auf Krankenversicherung – unser Angebot",
  date="2026-04-27 10:00",
  body="""Sehr geehrte Frau Kunz,

vielen Dank für Ihren Antrag. Wegen der angegebenen Hashimoto-Thyreoiditis mit L-Thyroxin-Einnahme (75 µg) können wir Sie nur mit einem Risikozuschlag von 12 % versichern. Die Zyste an der Brust, die 2024 entfernt wurde, ist laut Histologie gutartig; dafür gibt es keinen Zuschlag.

Wenn Sie einverstanden sind, senden Sie uns bitte die Annahmeerklärung zurück.""")

M("N", "de", "insurer-to-customer", "trap: prospect asks about Pflegezusatz, generic answer with tariff table",
  frm=A("yilmaz"), to="Jürgen Haas <juergen.haas@web.example>", sig="yilmaz",
  subj="Ihre Unterlagen Pflegezusatz",
  date="2026-04-27 15:00",
  body="""Sehr geehrter Herr Haas,

wie versprochen die Übersicht über unser Pflegetagegeld (Monatsbeiträge bei Eintrittsalter 55, Tagessatz 50 EUR):

[[t]]

Gesundheitsfragen gibt es drei, Wartezeit keine. Antragsunterlagen liegen bei.""",
  tables={"t": ([["Tarif", "Beitrag/Monat"], ["PflegeBasis (nur PG 4-5)", "18,40 EUR"], ["PflegeKomfort (PG 2-5)", "41,90 EUR"], ["PflegePremium (PG 1-5)", "58,20 EUR"]], "pipe")})

M("S", "en", "insurer-to-customer", "tourist: lost prescription medication abroad (insulin), replacement paid",
  frm=A("seidel"), to="Hannah Becker <hannah.becker@gmx.example>", sig="seidel", lang="en",
  subj="Your claim for replacement medication in Canada",
  date="2026-04-28 09:30",
  body="""Dear Ms Becker,

we reimburse the CAD 412.50 you paid at Shoppers Drug Mart in Vancouver for replacement insulin (insulin glargine and insulin aspart) after your luggage was lost. The GP consultation for the new prescription (CAD 95) is also covered. We will transfer EUR 348.90 to your account.

Kind regards""")

M("C", "en", "insurer-to-customer", "travel baggage claim, no medical content, named tourist",
  frm=A("seidel"), to="Hannah Becker <hannah.becker@gmx.example>", sig="seidel", lang="en",
  subj="Your baggage claim RG-26-0712",
  date="2026-04-28 09:50",
  body="""Dear Ms Becker,

regarding your suitcase lost on the Air Canada flight AC 847 on 12 April: please send us the Property Irregularity Report and the airline's final answer. The contents you listed (clothing, hair dryer, camera) amount to EUR 1,630; your baggage cover (RG-771203) pays up to EUR 2,000 per person.

Kind regards""")

M("N", "de", "insurer-to-partner", "trap: insurer's press answer on rising psychotherapy costs, aggregate",
  frm=A("baumann"), to="Redaktion Gesundheit <redaktion@gesundheitsmagazin.example>", sig="baumann",
  subj="Ihre Anfrage zu Psychotherapie-Kosten",
  date="2026-04-29 11:00",
  body="""Sehr geehrte Frau Neumann,

zu Ihren Fragen: Die Ausgaben unserer Krankenversicherung für ambulante Psychotherapie sind von 2021 bis 2025 um 64 % gestiegen. Besonders gewachsen ist die Zahl junger Versicherter zwischen 18 und 29 Jahren in Behandlung. Wartezeiten auf einen Therapieplatz liegen bei Privatversicherten nach unserer Erhebung bei durchschnittlich sechs Wochen.

Zitierfähig ist unser Vorstandsmitglied Carsten Wulf.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "disability: follow-up review (Nachprüfung) letter, asks for current reports",
  frm=A("stanek"), to="Melanie Roth <melanie.roth@web.example>", sig="stanek",
  subj="Nachprüfung Ihrer Berufsunfähigkeit",
  date="2026-04-29 14:00",
  body="""Sehr geehrte Frau Roth,

wie in den Bedingungen vorgesehen, prüfen wir einmal jährlich, ob die Berufsunfähigkeit fortbesteht. Bitte schicken Sie uns bis 31.05.2026 einen aktuellen Bericht Ihrer behandelnden Rheumatologin zur rheumatoiden Arthritis und eine Liste Ihrer aktuellen Medikamente.

Ihre Rente zahlen wir in der Zwischenzeit weiter.""")

M("N", "de", "internal", "trap: recruiting ad for Gesundheitsmanagerin with medical qualification",
  frm=A("weiss"), to="stellen@versicherer.example", sig="weiss", sigstyle="short",
  subj="Freigabe Stellenanzeige: Fallmanager/in Reha (Pflegefachkraft)",
  date="2026-04-30 09:00",
  body="""Hallo,

bitte die folgende Anzeige heute online stellen:

Fallmanager/in Reha (m/w/d), Köln, Vollzeit
Sie begleiten schwer erkrankte und verletzte Versicherte nach Unfall, Schlaganfall oder Krebserkrankung zurück in den Alltag. Sie sind Pflegefachkraft oder Physiotherapeut/in mit Erfahrung im Krankenhaus oder in der Rehabilitation.

Danke!""")

M("C", "de", "insurer-to-customer", "buildings insurance policy schedule DOCX with owner's birth date and address",
  frm=A("kowalski"), to="Dieter und Sabine Frings <frings.ds@gmx.example>", sig="kowalski",
  subj="Ihr neuer Versicherungsschein",
  date="2026-04-30 11:00",
  body="""Sehr geehrte Familie Frings,

im Anhang Ihr Versicherungsschein für die Wohngebäudeversicherung. Bitte prüfen Sie die Angaben.

Mit freundlichen Grüßen""",
  att=[DOCX("Versicherungsschein_WG-9012277.docx", [("h", "Versicherungsschein Wohngebäude WG-9012277"), ("t", [["Versicherungsnehmer", "Dieter Frings, geb. 09.10.1968; Sabine Frings, geb. 30.06.1970"], ["Versicherungsort", "Ahornweg 11, 53757 Sankt Augustin"], ["Versicherungssumme", "Wert 1914: 28.500 Mark"], ["Jahresbeitrag", "1.104,80 EUR"], ["Zahlungsweise", "SEPA, IBAN DE** **** **** **** **21 88"]])])])

M("S", "de", "midwife", "midwife's invoice with pregnancy complications sent by midwife herself",
  frm="Hebamme Johanna Brückner <j.brueckner@hebamme-leipzig.example>", to=KV,
  subj="Rechnung Schwangerenbetreuung Frau Yasemin Korkmaz",
  date="2026-05-04 10:00",
  body="""Sehr geehrte Damen und Herren,

auf Wunsch von Frau Korkmaz (Versichertennr. KV-6602281) reiche ich meine Rechnung direkt bei Ihnen ein. Sie hatte in der 28. SSW vorzeitige Wehen und eine Zervixverkürzung, deshalb waren zusätzliche Hausbesuche zur CTG-Kontrolle nötig (ärztlich angeordnet durch Frauenärztin Dr. Pieper).

Die Rechnung (HebGV-Positionen) hängt an.

Mit freundlichen Grüßen
Johanna Brückner, freiberufliche Hebamme""",
  att=[CSV("Rechnung_Korkmaz.csv", [["Datum", "Pos.", "Leistung", "Betrag"], ["12.03.2026", "0500", "Hilfe bei Schwangerschaftsbeschwerden", "38,40"], ["14.03.2026", "0800", "CTG-Überwachung", "27,10"], ["17.03.2026", "0800", "CTG-Überwachung", "27,10"], ["17.03.2026", "3400", "Wegegeld", "4,20"]], enc="windows-1252", sub="excel")])

M("N", "en", "internal", "trap: finance: reinsurance recoveries table, no persons",
  frm=A("morgan"), to="finance-team@versicherer.example", sig="morgan", lang="en", sigstyle="short",
  subj="April recoveries booked",
  date="2026-05-04 16:00",
  body="""All,

April reinsurance recoveries are booked:

Health XL: EUR 1.22m (two large inpatient claims)
Life quota share: EUR 3.05m
Property cat: EUR 0.41m (storm Ylenia)

Variance to plan below 2 %. Close on Thursday.

James""")

M("S", "de", "insurer-to-customer", "accident insurance annual statement: no medical, but accident contract of named customer",
  frm="Versicherer Allgemeine <noreply@versicherer.example>", to="karl.wendt@web.example", client="system",
  subj="Ihre Beitragsrechnung Unfallversicherung 2026",
  date="2026-05-05 05:00",
  body="""Sehr geehrter Herr Wendt,

Ihre Unfallversicherung UV-7712093 (versicherte Personen: Karl Wendt, Marion Wendt, Laura Wendt) wird zum 01.06.2026 verlängert. Beitrag: 287,40 EUR jährlich, Abbuchung vom bekannten Konto.

Ihre Versicherer Allgemeine Versicherung AG""")

M("N", "de", "insurer-to-customer", "trap: out-of-office reply from claims handler",
  frm=A("petersen"), to="anke.luebbers@web.example",
  subj="Automatische Antwort: Therapiebericht Finn",
  date="2026-05-06 08:00", client="system", mailer="Microsoft Exchange",
  body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 15. Mai nicht im Büro. In dringenden Fällen wenden Sie sich bitte an leistung-kranken@versicherer.example oder +49 221 555-3400.

Maren Petersen""")

M("C", "de", "insurer-to-customer", "liability: customer's child scratched a car with scooter, no injury, parents named",
  frm=A("oltmanns"), to="Nadine Krüger <nadine.krueger@web.example>", sig="oltmanns",
  subj="Schaden PH-26-01502 – Kratzer am Fahrzeug",
  date="2026-05-06 13:00",
  body="""Sehr geehrte Frau Krüger,

Ihr Sohn Paul (7) ist mit dem Roller gegen den geparkten Audi von Herrn Sturm gefahren. Da Kinder unter 10 im Straßenverkehr nicht haften, müssten wir eigentlich ablehnen. Ihr Vertrag PH-5503810 enthält aber die Deliktunfähigkeitsklausel; wir zahlen Herrn Sturm daher freiwillig 740 EUR. Verletzt wurde niemand.

Mit freundlichen Grüßen""")

M("S", "de", "customer", "relative writes: son's Essstörung, inpatient psychosomatic clinic, long emotional mail",
  frm="Petra Engelhardt <petra.engelhardt@gmx.example>", to=A("brandt"),
  subj="Kostenübernahme für meine Tochter Sophie",
  date="2026-05-07 23:40",
  body="""Sehr geehrter Herr Brandt,

ich weiß nicht, ob ich bei Ihnen richtig bin. Meine Tochter Sophie (16, über mich mitversichert, Nr. KV-3320199-02) hat seit einem Jahr eine Magersucht, sie wiegt jetzt 39 kg bei 1,68 m. Die Kinder- und Jugendpsychiaterin Dr. Lembke sagt, ambulant geht es nicht mehr. Die Klinik Schön in Bad Bramstedt hätte Ende Mai einen Platz.

Was brauchen Sie von uns, damit das schnell geht? Wir sind wirklich am Ende.

Petra Engelhardt""")

M("N", "de", "insurer-to-supplier", "trap: order of blood pressure monitors for health-day raffle",
  frm=A("schmitz"), to="Vertrieb Medicus Handel <bestellung@medicus-handel.example>", sig="schmitz",
  subj="Bestellung 20 Blutdruckmessgeräte",
  date="2026-05-07 09:00",
  body="""Guten Tag,

wir bestellen 20 Oberarm-Blutdruckmessgeräte Modell BM 54 für unseren Versicherten-Gesundheitstag (Verlosung). Lieferung bis 20. Mai an Versicherer Krankenversicherung, Gesundheitsservice, Rheinuferstraße 12, 50667 Köln.

Rechnung an Kostenstelle 4420.

Carina Schmitz""")

M("C", "en", "broker", "broker sends client DOB, address and annual package for liability/contents quote",
  frm="Mark Evans <mark.evans@expatbrokers.example>", to=A("vogel"), lang="en",
  subj="Quote request - liability and contents for relocating client",
  date="2026-05-08 10:00",
  body="""Hi Katharina,

could you quote personal liability and contents for my client:

Mr Oliver Grant, DOB 04 July 1983, moving to Munich (Leopoldstraße 77, 80802) on 1 June. Contents value approx. EUR 45,000, includes a piano. He's on a EUR 148,000 annual package, so he'll want the higher limits.

Cheers,
Mark Evans
Expat Brokers Ltd""")

M("S", "de", "insurer-to-customer", "health: reimbursement of psychotherapy sessions for named insured, no diagnosis",
  frm=A("kroeger"), to="Lukas Brandl <lukas.brandl@web.example>", sig="kroeger",
  subj="Erstattung Psychotherapie",
  date="2026-05-08 14:00",
  body="""Hallo Herr Brandl,

die Rechnungen von Frau Dipl.-Psych. Ebeling für die Sitzungen im März und April (8 × 100,55 EUR) haben wir erstattet. Für die Fortsetzung über die 30. Sitzung hinaus brauchen wir einen kurzen Bericht Ihrer Therapeutin an unseren Beratungsarzt.

Viele Grüße""")

M("N", "de", "internal", "trap: invitation to ethics committee meeting about AI in claims, examples abstract",
  frm=A("meier"), to="ethikrat@versicherer.example", sig="meier", sigstyle="short",
  subj="Einladung Ethikrat: KI in der Leistungsprüfung",
  date="2026-05-11 10:00",
  body="""Liebe Mitglieder,

in der nächsten Sitzung (9. Juni) diskutieren wir, ob ein Modell Arztrechnungen vorsortieren darf, etwa "Physiotherapie nach Knie-OP" vs. "Psychotherapie". Dazu gibt es eine DSFA im Entwurf. Echte Fälle werden nicht gezeigt.

Thomas""",
  att=[ICS("Ethikrat.ics", "ethikrat-2026-06@versicherer.example", "Ethikrat: KI in der Leistungsprüfung", "20260609T140000", "20260609T160000", ("Thomas Meier", "thomas.meier@versicherer.example"), [("Ethikrat", "ethikrat@versicherer.example")], location="Raum A 5.02")])

M("C", "de", "insurer-to-customer", "e-bike theft, customer named, frame number",
  frm=A("demir"), to="Uwe Pfennig <uwe.pfennig@t-online.example>", sig="demir",
  subj="Ihr E-Bike – Rahmennummer",
  date="2026-05-11 15:30",
  body="""Sehr geehrter Herr Pfennig,

zu Ihrem gestohlenen E-Bike (Cube Kathmandu, Rahmennummer WBK 2291703 A) fehlt uns noch der Kaufbeleg. Der Diebstahl vor dem Bahnhof Siegburg ist nach Ihrem Vertrag (Fahrrad-Vollkasko FV-6612080) versichert, wenn das Rad mit einem Bügelschloss angeschlossen war.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "translator: letter to Russian-speaking customer via translator, diagnosis",
  frm=A("kroeger"), to="Übersetzungsbüro Lingua <auftrag@lingua-uebersetzung.example>", sig="kroeger",
  subj="Übersetzungsauftrag – Schreiben an Frau Galina Petrova",
  date="2026-05-12 09:10",
  body="""Sehr geehrte Damen und Herren,

bitte übersetzen Sie den folgenden Text ins Russische (Auftrag 26-118, Rahmenvertrag):

"Sehr geehrte Frau Petrova, wir übernehmen die Kosten der Katarakt-Operation am linken Auge in der Augenklinik Dr. Hoffmann am 3. Juni vollständig. Die Kunstlinse (Standard-Monofokallinse) ist enthalten. Für die Nachuntersuchung beim Augenarzt brauchen Sie keine Zusage."

Empfängerin: Galina Petrova, Versicherungsnr. KV-9910234.

Mit freundlichen Grüßen""")

M("N", "en", "newsletter", "trap: mental health awareness article, general",
  frm="Versicherer Magazine <newsletter@versicherer.example>", to="subscribers-en@versicherer.example", lang="en",
  subj="Mental Health Awareness Week: talking helps",
  date="2026-05-12 06:00",
  body="""Mental Health Awareness Week

One in four adults in Germany experiences a mental illness in any given year – depression and anxiety disorders are the most common. Yet many wait years before seeking help.

What you can do: talk to someone you trust; see your GP; use our free online self-help programme for mild depression; call the Telefonseelsorge (0800 111 0 111) any time.

Our plans cover psychotherapy with licensed therapists – see www.versicherer.example/en/mental-health""")

M("C", "de", "insurer-to-customer", "motor: driver's speeding fine request (administrative) and leasing, named driver",
  frm=A("brenner"), to="Fuhrpark Andreas Meinhardt <a.meinhardt@web.example>", sig="brenner",
  subj="Anfrage Bußgeldstelle zu Ihrem Fahrzeug",
  date="2026-05-13 10:00",
  body="""Sehr geehrter Herr Meinhardt,

die Bußgeldstelle Köln hat uns als Versicherer Ihres Fahrzeugs K-AM 880 angeschrieben (Geschwindigkeitsverstoß 24 km/h außerorts am 02.04.2026). Wir haben nur bestätigt, dass Sie Halter sind. Den Anhörungsbogen erhalten Sie direkt.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "long-term care: Verhinderungspflege and Kurzzeitpflege for named, short",
  frm=A("yilmaz"), to="Bernhard Ott <bernhard.ott@gmx.example>", sig="yilmaz",
  subj="Kurzzeitpflege Ihrer Frau",
  date="2026-05-13 15:00",
  body="""Sehr geehrter Herr Ott,

die Kurzzeitpflege Ihrer Frau im Haus Lindenhof (18.05.–08.06.) übernehmen wir bis 1.854 EUR. Ihre Reha-Zeit ist damit abgedeckt. Verhinderungspflege können Sie zusätzlich beantragen, wenn die Kurzzeitpflege nicht reicht.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-broker", "trap: broker training invitation about BU health questions, generic",
  frm=A("falk"), to="vertrieb-west@versicherer.example", sig="falk",
  subj="Webinar: Gesundheitsfragen in der BU richtig stellen",
  date="2026-05-14 09:00",
  body="""Liebe Kolleginnen und Kollegen im Außendienst,

am 28. Mai, 10–11 Uhr, erklärt unsere Gesellschaftsärztin, wie Sie die Gesundheitsfragen im BU-Antrag mit Kundinnen und Kunden besprechen: Was zählt als "Behandlung", wie gehen Sie mit Psychotherapie vor 5 Jahren um, warum Rückenbeschwerden fast immer anzugeben sind.

Anmeldung im Vertriebsportal.

Bernd Falk""")

M("C", "de", "insurer-to-customer", "customer's bank data and birth date in pet-liability (dog) contract confirmation",
  frm=A("kowalski"), to="Kerstin Balzer <kerstin.balzer@web.example>", sig="kowalski",
  subj="Willkommen! Ihre Hundehalter-Haftpflicht",
  date="2026-05-14 11:00",
  body="""Liebe Frau Balzer,

schön, dass Sie und Luna bei uns versichert sind. Die Daten im Überblick:

Versicherungsnehmerin: Kerstin Balzer, geb. 11/02/1985
Hund: Luna, Labrador-Mischling, Chip 276098106243117
Vertrag: TH-7781554, Beginn 15.05.2026
Lastschrift von: """ + IB("DE", "120300000018765432") + """

Viele Grüße""")

M("S", "en", "insurer-to-customer", "translator scenario: expat's Krankentagegeld, doctor certificate in German explained",
  frm=A("whitfield"), to="Marco Rossi <marco.rossi@libero.example>", sig="whitfield", lang="en",
  subj="Your sick pay claim",
  date="2026-05-15 10:00",
  body="""Dear Mr Rossi,

the certificate from your orthopaedic surgeon (in German "Arbeitsunfähigkeitsbescheinigung") says you are unfit for work until 12 June after your knee arthroscopy (meniscus repair). We pay daily sick pay of EUR 120 from the 43rd day of incapacity, i.e. from 28 May.

Please send us the follow-up certificate if it is extended.

Kind regards""")

M("N", "de", "insurer-to-customer", "trap: general answer to customer re how to submit invoices via app; no data",
  frm=A("tran"), to="Helga Wiese <helga.wiese@t-online.example>", sig="tran",
  subj="AW: Wie reiche ich Rechnungen ein?",
  date="2026-05-15 14:30",
  body="""Liebe Frau Wiese,

Sie können Rechnungen auf drei Wegen einreichen: per Post an unsere Anschrift, über die App (Foto machen, fertig) oder über das sichere Postfach auf unserer Website. Bitte schicken Sie Rechnungen nicht per normaler E-Mail – wegen des Datenschutzes.

Herzliche Grüße""",
  quote=Q("""Hallo, ich bin 78 und neu bei Ihnen, mein Sohn hat mir den Computer eingerichtet. Wie schicke ich Ihnen jetzt die Rechnungen? Helga Wiese"""))

M("C", "de", "insurer-to-lawyer", "legal protection: correspondence with lawyer about a labour-law case, income figures",
  frm=A("lindqvist"), to="Kanzlei Dr. Stöver <kanzlei@ra-stoever.example>", sig="lindqvist",
  subj="Ihre Kostennote – Melnyk ./. Spedition Hellwig",
  date="2026-05-18 09:00",
  body="""Sehr geehrte Frau Dr. Stöver,

Ihre Kostennote für die Mandantin Oksana Melnyk haben wir geprüft. Der Gegenstandswert von drei Bruttomonatsgehältern (3 × 2.940 EUR = 8.820 EUR) ist nachvollziehbar. Wir zahlen 1.511,30 EUR abzüglich der Selbstbeteiligung von 150 EUR.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "vague: 'Ihre Medikamente' from named pharmacy, KV contract, no diagnosis",
  frm=A("tran"), to="Dieter Kampmann <dieter.kampmann@gmx.example>", sig="tran",
  subj="Ihre Anfrage über die Löwen-Apotheke",
  date="2026-05-18 11:45",
  body="""Sehr geehrter Herr Kampmann,

Ihre Apotheke hatte wegen des Privatrezepts von Dr. Schlüter angefragt. Das Präparat ist in Ihrem Tarif erstattungsfähig, weil es zur Behandlung Ihrer Zuckerkrankheit verordnet wurde und nicht zur Gewichtsreduktion. Sie können die Quittung wie gewohnt einreichen.

Freundliche Grüße""")

# ---------------------------------------------------------------- batch 4
M("N", "de", "internal", "trap: XLSX with claims KPIs per team incl. 'Arztrechnungen' counts, no persons",
  frm=A("kroeger"), to="bereichsleitung-kranken@versicherer.example", sig="kroeger", sigstyle="short",
  subj="Bearbeitungszeiten April",
  date="2026-05-19 08:00",
  body="""Hallo,

anbei die Bearbeitungszeiten April je Team. Team Ambulant 2 liegt wegen der Scanner-Störung im Februar noch über Ziel.

Sabine""",
  att=[XLSX("Bearbeitungszeiten_2026-04.xlsx", {"April": [["Team", "Belege", "davon Arztrechnungen", "Ø Tage", "Ziel"], ["Ambulant 1", 18220, 11040, 4.1, 5], ["Ambulant 2", 17655, 10311, 6.3, 5], ["Zahn", 9120, 0, 5.2, 6], ["Stationär", 3310, 0, 3.8, 4], ["Hilfsmittel", 2240, 0, 7.9, 8]]})])

M("C", "de", "insurer-to-customer", "CSV: list of customer's non-personal contracts with full IBAN",
  frm=A("kowalski"), to="Hans-Peter Vogler <hp.vogler@t-online.example>", sig="kowalski",
  subj="Ihre Vertragsübersicht",
  date="2026-05-19 10:00",
  body="""Sehr geehrter Herr Vogler,

wie gewünscht Ihre Verträge bei uns als Datei für Ihre Unterlagen.

Mit freundlichen Grüßen""",
  att=[CSV("Vertraege_Vogler.csv", [["Vertrag", "Sparte", "Beitrag jährlich", "Konto"], ["HR-2200914", "Hausrat", "188,20", IB("DE", "300500000001447788", group=0)], ["WG-2200915", "Wohngebäude", "912,40", IB("DE", "300500000001447788", group=0)], ["PH-2200916", "Privathaftpflicht", "79,00", IB("DE", "300500000001447788", group=0)]], sep=",")])

M("N", "de", "insurer-to-customer", "trap: Vorsorge campaign letter with Früherkennung list, generic",
  frm="Gesundheitsservice <gesundheit@versicherer.example>", to="versicherte-45plus@versicherer.example", client="system",
  subj="Ihre Vorsorge-Checkliste ab 45",
  date="2026-05-20 06:00",
  body="""Liebe Versicherte,

ab 45 lohnen sich diese Untersuchungen – bei uns ohne Selbstbehalt:

• Gesundheits-Check-up beim Hausarzt (alle 3 Jahre)
• Hautkrebs-Screening (alle 2 Jahre)
• Darmkrebs-Früherkennung: Stuhltest ab 50, Darmspiegelung ab 50 (Männer) bzw. 55 (Frauen)
• Mammographie-Screening ab 50
• Prostata-Tastuntersuchung ab 45

Vereinbaren Sie Ihren Termin einfach bei Ihrer Praxis.

Ihr Gesundheitsservice""")

M("S", "de", "insurer-to-doctor", "insurer asks psychiatrist for report; only in DOCX attachment named patient and F33.1",
  frm=A("hasselbach"), to="Praxis Dr. Wiegand <praxis@psychiatrie-wiegand.example>", sig="hasselbach",
  subj="Anforderung Befundbericht",
  date="2026-05-20 09:30",
  body="""Sehr geehrter Herr Kollege,

anbei unsere Anfrage mit der Schweigepflichtentbindung. Für Rückfragen erreichen Sie mich direkt.

Mit kollegialen Grüßen""",
  att=[DOCX("Anfrage_Befundbericht.docx", [("h", "Anforderung eines Befundberichts"), "Patient: Sebastian Krämer, geb. 15.06.1986, wohnhaft Wiesenstraße 8, 60385 Frankfurt", "Vertrag: Berufsunfähigkeitsversicherung LV-BU 2203 4481", "Bekannte Diagnose laut Antrag auf Leistungen: rezidivierende depressive Störung, gegenwärtig mittelgradige Episode (F33.1)", "Fragen: 1. Seit wann befindet sich der Patient in Ihrer Behandlung? 2. Welche Medikation in welcher Dosierung? 3. Wie schätzen Sie die Leistungsfähigkeit in seinem Beruf als Projektleiter ein?", "Honorar: 60 EUR nach Eingang."])])

M("N", "en", "insurer-to-partner", "trap: auditor request list, no persons",
  frm=A("morgan"), to="audit-team@bigfour-audit.example", sig="morgan", lang="en",
  subj="PBC list – status",
  date="2026-05-20 15:00",
  body="""Hi all,

status of the prepared-by-client list:

1. Claims reserves health (IBNR triangles) – uploaded
2. Sample of 40 paid claims – will be shown on site only, not mailed (contains health data)
3. Reinsurance statements – uploaded
4. IT general controls evidence – Friday

James""")

M("C", "de", "customer", "windows-1252 mail: elderly customer reports water damage, address and policy",
  frm="Alfred Kremer <alfred.kremer@arcor.example>", to=A("demir"), charset="windows-1252",
  subj="Wasserschaden Keller",
  att=[JPG("Keller1.jpg", "Keller Gartenstrasse 2 Wasser", (90, 100, 120)), JPG("Keller2.jpg", "nasse Kartons Fotoalben", (100, 90, 80))],
  date="2026-05-21 09:12",
  body="""Sehr geehrte Frau Demir,

bei uns im Keller ist das Rohr von der Waschmaschine geplatzt. Es steht 5 cm Wasser, die Kartons mit den Fotoalben sind nass. Hausratversicherung Nr. HR 0771 245, Anschrift Gartenstraße 2, 35390 Gießen.

Wann kommt jemand gucken?

Mit freundlichen Grüßen
Alfred Kremer
Tel. 0641 / 77 12 09""")

M("N", "de", "internal", "trap: IT security alert about phishing mails pretending to be 'Arztbrief'",
  frm=A("fischer"), to="alle-mitarbeitenden@versicherer.example", sig="fischer", sigstyle="short",
  subj="Warnung: Phishing mit angeblichen Arztbriefen",
  date="2026-05-21 11:00",
  body="""Liebe Kolleginnen und Kollegen,

seit heute früh kommen Mails mit dem Betreff "Arztbrief Ihres Patienten – bitte prüfen" und einem ZIP-Anhang (befund_scan.zip). Der Anhang enthält Schadsoftware. Bitte nicht öffnen, sondern über den Button "Phishing melden" weiterleiten.

Tim Fischer, Informationssicherheit""")

M("S", "de", "insurer-to-hospital", "ZIP of several invoices for a hospital stay, body neutral",
  frm=A("brandt"), to="Abrechnung Uniklinik <abrechnung@uniklinik.example>", sig="brandt",
  subj="Rückfragen zu Ihren Rechnungen",
  date="2026-05-22 10:00",
  body="""Sehr geehrte Damen und Herren,

zu den Rechnungen im Anhang haben wir Rückfragen, die jeweils vermerkt sind. Bitte prüfen und korrigieren Sie die Wahlleistungsrechnung.

Mit freundlichen Grüßen""",
  att=[ZIP("Rueckfragen_Fall_2026-0433.zip", [
      TXT("Rueckfragen.txt", "Fall 2026-0433, Patient Arjun Nair, geb. 1985-02-11\n1. DRG H09A? Laut Entlassbrief Beckenringfraktur (S32.81) und Splenektomie (5-413.10) - bitte DRG-Gruppierung erlaeutern.\n2. Chefarztrechnung: GOÄ 2000-Ziffern doppelt.\n"),
      CSV("Positionen.csv", [["Pos", "GOÄ", "Text", "Faktor", "EUR"], ["1", "3135", "Splenektomie", "2,3", "497,56"], ["2", "2133", "Osteosynthese Becken", "2,3", "410,04"], ["3", "60", "Konsil", "2,3", "16,09"]]),
  ])])

M("N", "de", "insurer-to-customer", "trap: newsletter about pet health (ticks on dogs), generic",
  frm="Versicherer Tierwelt <newsletter@versicherer.example>", to="tierfreunde@versicherer.example",
  subj="Zeckenzeit: So schützen Sie Hund und Katze",
  date="2026-05-22 06:00",
  body="""Zecken können bei Hunden Borreliose, Babesiose und Anaplasmose übertragen. Spot-on-Präparate, Halsbänder oder Tabletten schützen – fragen Sie Ihre Tierarztpraxis, was für Ihr Tier passt. Nach jedem Spaziergang das Fell absuchen!

Mit der Tier-Krankenversicherung sind Vorsorge und Impfungen bis 70 EUR im Jahr mitversichert.""")

M("C", "de", "insurer-to-customer", "pet: dog's allergy treatment invoices, owner and contract → C",
  frm=A("wagner"), to="Markus Tiedemann <m.tiedemann@posteo.example>", sig="wagner",
  subj="Balu – Allergietest und Apoquel",
  date="2026-05-25 10:00",
  body="""Hallo Herr Tiedemann,

der Allergietest und die Tabletten (Apoquel 16 mg) für Balu sind in Ihrem OP-Tarif leider nicht versichert, da keine Operation stattgefunden hat. Mit einem Wechsel in den Tarif Tier-Komplett wären solche Behandlungen künftig gedeckt – die Allergie wäre dann aber als Vorerkrankung ausgeschlossen.

Viele Grüße""")

M("S", "en", "insurer-to-customer", "expat: pregnancy ultrasound and NIPT test reimbursement, named",
  frm=A("whitfield"), to="Ana Ribeiro <ana.ribeiro@proton.example>", sig="whitfield", lang="en",
  subj="Your prenatal claims",
  date="2026-05-25 13:00",
  body="""Dear Ms Ribeiro,

congratulations again. We have reimbursed the invoices from Frauenarztpraxis Eppendorf for your first-trimester ultrasound and the NIPT blood test (EUR 289.00), as your waiting period ended in March. The result you mentioned is of course not needed for the claim and we have not stored it.

Kind regards""")

M("N", "de", "insurer-to-partner", "trap: reply to hospital group about framework agreement on direct billing, no patients",
  frm=A("brandt"), to="Einkauf Klinikverbund West <einkauf@klinikverbund-west.example>", sig="brandt",
  subj="Rahmenvereinbarung Direktabrechnung Wahlleistungen",
  date="2026-05-26 09:30",
  body="""Sehr geehrter Herr Sommer,

vielen Dank für das Gespräch. Wir schlagen vor, die Direktabrechnung der Wahlleistungen (Zweibettzimmer, Chefarzt) für alle sechs Häuser des Verbunds ab 1. Juli über den elektronischen Datenaustausch zu regeln. Die Schnittstellenbeschreibung schickt Ihnen Frau Raman.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-customer", "motor total loss settlement, named customer, bank data",
  frm=A("brenner"), to="Sandra Hoffmeister <sandra.hoffmeister@gmx.example>", sig="brenner",
  subj="Totalschaden – Abrechnung",
  date="2026-05-26 14:00",
  body="""Sehr geehrte Frau Hoffmeister,

laut Gutachten liegt ein wirtschaftlicher Totalschaden vor (Wiederbeschaffungswert 9.400 EUR, Restwert 1.850 EUR). Aus Ihrer Vollkasko (KF-4410033, SB 500 EUR) zahlen wir 7.050 EUR auf das Konto """ + IB("DE", "600501010002233445") + """.

Das Angebot des Restwertkäufers gilt drei Wochen.

Mit freundlichen Grüßen""")

M("N", "en", "internal", "trap: IT release notes mention 'diagnosis field' in claims UI",
  frm=A("raman"), to="claims-it-users@versicherer.example", sig="raman", lang="en", sigstyle="short",
  subj="Release 26.5 of the claims workbench",
  date="2026-05-27 08:00",
  body="""Hello,

release 26.5 goes live tonight:

- the diagnosis field now validates ICD-10-GM codes against the 2026 catalogue
- invoices from pharmacies can be split per PZN
- new button "send via secure mailbox"
- bug fix: the birth-date filter in the search mask ignored leap days

Priya""")

M("S", "de", "customer", "customer mail in Plattdeutsch-tinged German: Reha-Sport after knee-TEP",
  frm="Hinnerk Janssen <hinnerk.janssen@ewe.example>", to=A("petersen"),
  subj="Rehasport",
  date="2026-05-27 18:30",
  body="""Moin Frau Petersen,

ik heff jo dat neue Knie kregen (links, im März in Oldenburg), nu sacht de Dokter Reha-Sport 50 Mal, in de Sportverein in Aurich. Betoolt ji dat? Kost 5 Euro dat Mal.

Schöne Grüße ut Ostfreesland
Hinnerk Janssen
KV-Nr 2290 118""")

M("C", "de", "insurer-to-customer", "legal protection neighbour dispute, named",
  frm=A("lindqvist"), to="Roswitha Kell <r.kell@web.example>", sig="lindqvist",
  subj="Nachbarstreit – Hecke",
  date="2026-05-28 09:00",
  body="""Sehr geehrte Frau Kell,

Ihr Streit mit Ihrem Nachbarn Herrn Lohmann über die Höhe der Thujahecke an der Grundstücksgrenze (Am Anger 5, 99084 Erfurt) ist über Ihren Grundstücks-Rechtsschutz (RS-3340981) versichert. Bevor wir eine Klage finanzieren, ist aber das Schlichtungsverfahren beim Schiedsamt vorgeschrieben.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-customer", "trap: blank form for Schweigepflichtentbindung sent to customer with placeholders",
  frm=A("tran"), to="Helga Wiese <helga.wiese@t-online.example>", sig="tran",
  subj="Formular Schweigepflichtentbindung",
  date="2026-05-28 11:00",
  body="""Liebe Frau Wiese,

anbei das leere Formular, nach dem Sie gefragt hatten. Bitte ausfüllen und per Post zurückschicken.

Herzliche Grüße""",
  att=[PDF("Formular_Schweigepflichtentbindung.pdf", [("h", "Einwilligung und Schweigepflichtentbindung"), "Name: ______________________   Geburtsdatum: ___________", "Ich entbinde die mich behandelnden Ärztinnen und Ärzte, Krankenhäuser und sonstigen Angehörigen von Heilberufen von ihrer Schweigepflicht gegenüber der Versicherer Krankenversicherung a.G., soweit dies zur Prüfung der Leistungspflicht erforderlich ist.", "Ort, Datum, Unterschrift: ______________________"])])

M("S", "de", "insurer-to-customer", "accident: Unfallrente for severe injury, long letter, medical in point 4",
  frm=A("albrecht"), to="Yannick Fuchs <yannick.fuchs@gmx.example>", sig="albrecht",
  subj="Ihre Unfallversicherung – Zusammenfassung unseres Telefonats",
  date="2026-05-29 10:00",
  body="""Sehr geehrter Herr Fuchs,

wie heute besprochen, hier die Punkte:

1. Ihre Unfallversicherung UV-5520117 besteht seit 2018 mit Progression 350 %.
2. Die Unfallmeldung vom 02.02.2026 (Sturz vom Gerüst) liegt vollständig vor.
3. Den Fragebogen zum Unfallhergang haben Sie unterschrieben zurückgeschickt.
4. Nach dem Bericht der BG Klinik Ludwigshafen besteht nach der Querschnittlähmung ab Th12 eine Invalidität von voraussichtlich 100 %; eine Vorschusszahlung von 50.000 EUR geben wir heute frei.
5. Die Unfallrente beantragen wir für Sie, sobald die Invalidität feststeht.

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: meeting invite ICS for team about 'Pflegegrad-Gutachten' process, no case",
  frm=A("yilmaz"), to="team-pflege@versicherer.example", sig="yilmaz", sigstyle="short",
  subj="Workshop Prozess Pflegegutachten",
  date="2026-05-29 12:00",
  body="""Hallo zusammen,

Einladung zum Workshop, wie wir Gutachten von Medicproof schneller bearbeiten. Bitte keine echten Fälle mitbringen, wir arbeiten mit den Musterfällen aus der Schulung.

Felix""",
  att=[ICS("Workshop_Pflegegutachten.ics", "ws-pflege-0611@versicherer.example", "Workshop Prozess Pflegegutachten", "20260611T090000", "20260611T120000", ("Felix Yilmaz", "felix.yilmaz@versicherer.example"), [("Team Pflege", "team-pflege@versicherer.example")], location="Raum B 3.11")])

M("C", "en", "insurer-to-customer", "tourist: rental car excess claim, no injury, named driver and licence",
  frm=A("seidel"), to="Jack O'Brien <jack.obrien@eircom.example>", sig="seidel", lang="en",
  subj="Rental excess reimbursement RE-26-0331",
  date="2026-06-01 09:00",
  body="""Dear Mr O'Brien,

we reimburse the excess of EUR 950 charged by Sixt Munich Airport for the scratch on the rental car (BMW 1 series, M-SX 4412) on 14 May. Nobody was injured. Payment to IE account """ + IB("IE", "AIBK93115212345678") + """ within 5 working days.

Kind regards""")

M("S", "de", "insurer-to-customer", "health insurance premium arrears (Notlagentarif): no medical word, health contract",
  frm=A("becker"), to="Mario Stein <mario.stein@gmx.example>", sig="becker",
  subj="Beitragsrückstand Krankenversicherung KV-6613002",
  date="2026-06-01 11:00",
  body="""Sehr geehrter Herr Stein,

in Ihrer Krankenversicherung sind die Beiträge für März bis Mai (3 × 512,80 EUR) offen. Wenn der Rückstand nicht bis 30.06.2026 ausgeglichen ist, müssen wir Ihren Vertrag nach § 193 Abs. 6 VVG ruhend stellen; Sie wären dann im Notlagentarif versichert.

Gern vereinbaren wir eine Ratenzahlung – rufen Sie mich an.""")

M("N", "de", "insurer-to-company", "trap: hearing-aid maker (GmbH) asks about product liability insurance",
  frm=A("hartmann"), to="Geschäftsführung AudioTech GmbH <gf@audiotech.example>", sig="hartmann",
  subj="Produkthaftpflicht für Hörsysteme",
  date="2026-06-02 10:00",
  body="""Sehr geehrter Herr Dr. Lange,

für Medizinprodukte der Klasse IIa wie Ihre Hörsysteme bieten wir eine Produkthaftpflicht mit Rückrufkosten an. Wir brauchen Umsatz nach Ländern (insbesondere USA), die Zahl der ausgelieferten Geräte und Angaben zu Ihrem Qualitätsmanagement (ISO 13485).

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-customer", "household: bicycle claim payout, IBAN and address",
  frm=A("demir"), to="Jana Wirtz <jana.wirtz@outlook.example>", sig="demir",
  subj="AW: Zahlung Fahrrad",
  date="2026-06-02 14:00",
  body="""Hallo Frau Wirtz,

die Zahlung ist am 29.01. rausgegangen an """ + IB("DE", "370400440532013000") + """ – das ist die Nummer, die Sie uns genannt hatten. Wenn das Konto inzwischen aufgelöst ist, kommt das Geld zurück und wir überweisen neu.

Viele Grüße""",
  quote=Q("""hallo, das geld fürs fahrrad ist nie angekommen?? jana wirtz HR-1190034"""))

M("S", "de", "insurer-to-customer", "ODT letter: Hilfsmittel decision for wheelchair, body bland",
  frm=A("petersen"), to="Sanitätshaus Becker <info@sanitaetshaus-becker.example>", sig="petersen",
  subj="Kostenzusage",
  date="2026-06-03 09:00",
  body="""Sehr geehrte Damen und Herren,

unsere Kostenzusage finden Sie im Anhang.

Mit freundlichen Grüßen""",
  att=[ODT("Kostenzusage_Pohl.odt", [("h", "Kostenzusage Hilfsmittel"), "Versicherte: Elfriede Pohl, geb. 08.01.1935, KV 0033 1920 77", "Hilfsmittel: Pflegebett mit elektrischer Höhenverstellung, Aufrichter, Seitengitter", "Verordnung: Dr. Bruns, Hildesheim, 12.03.2026, Diagnose: Z. n. Sturz, Gangunsicherheit, Osteoporose (M81.0)", "Wir übernehmen die Kosten der Leihgabe für 12 Monate (Pauschale 480 EUR)."])])

M("N", "de", "insurer-to-customer", "trap: general answer about dentures abroad, prospect, no contract",
  frm=A("wendland"), to="Frank Bertram <frank.bertram@web.example>", sig="wendland",
  subj="AW: Zahnersatz in Ungarn",
  date="2026-06-03 13:00",
  body="""Sehr geehrter Herr Bertram,

grundsätzlich erstatten unsere Zahntarife auch Behandlungen im EU-Ausland, und zwar bis zu den Beträgen, die nach der deutschen GOZ angefallen wären. Wichtig ist eine Rechnung mit Zahnschema und Einzelleistungen. Einen Heil- und Kostenplan vorher einzureichen, empfehle ich sehr.

Mit freundlichen Grüßen""")

M("C", "de", "company", "sole-trader craftsman's business liability, tax number and IBAN",
  frm="Malermeister Olaf Brink <olaf.brink@maler-brink.example>", to=A("hartmann"),
  subj="Betriebshaftpflicht – Daten für Lastschrift",
  date="2026-06-04 07:15",
  body="""Guten Morgen Herr Hartmann,

hier noch die fehlenden Angaben für die Betriebshaftpflicht:

Olaf Brink, Malermeister (Einzelunternehmen)
Steuernummer 215/5021/3317
IBAN """ + IB("DE", "700202700015667788") + """
Jahresumsatz 2025 ca. 310.000 EUR

Gruß Olaf Brink""")

M("N", "en", "insurer-to-customer", "trap: answer to tourist about how to claim abroad; no personal data",
  frm=A("seidel"), to="Ben Taylor <ben.taylor@gmail.example>", sig="seidel", lang="en",
  subj="RE: What to do if I get sick on holiday?",
  date="2026-06-04 10:00",
  body="""Dear Mr Taylor,

if you need a doctor abroad, you can call our 24/7 assistance line (+49 221 555-7000). For outpatient treatment just pay and keep the itemised invoice with the diagnosis; for hospital stays we usually pay the hospital directly. Claims can be submitted in the app.

Kind regards""")

M("S", "de", "insurer-to-customer", "subtle: daily hospital allowance for child in Kinderklinik, no diagnosis",
  frm=A("brandt"), to="Stefanie Wolf <steffi.wolf@gmx.example>", sig="brandt",
  subj="Krankenhaustagegeld für Lina",
  date="2026-06-05 09:30",
  body="""Hallo Frau Wolf,

für Linas Aufenthalt in der Kinderklinik Auf der Bult vom 18. bis 22. Mai zahlen wir Krankenhaustagegeld für 5 Tage und das Rooming-in für Sie als Begleitperson. Insgesamt 375 EUR.

Gute Besserung an Lina!""")

M("N", "de", "internal", "trap: anonymised case list for quality circle, no names, age bands",
  frm=A("jankowski"), to="qualitaetszirkel-reha@versicherer.example", sig="jankowski", sigstyle="short",
  subj="Qualitätszirkel: Fälle Q1",
  date="2026-06-05 11:00",
  body="""Hallo,

für den Qualitätszirkel die abgeschlossenen Reha-Fälle Q1 (anonymisiert, Altersgruppen):

[[t]]

Piotr""",
  tables={"t": ([["Nr.", "Alter", "Anlass", "Dauer", "Rückkehr Arbeit"], ["1", "40-49", "Bandscheibe", "4 Mon.", "ja"], ["2", "50-59", "Schlaganfall", "7 Mon.", "teilweise"], ["3", "30-39", "Polytrauma", "9 Mon.", "ja"], ["4", "50-59", "Herzinfarkt", "3 Mon.", "ja"]], "pipe")})

M("C", "de", "insurer-to-broker", "broker gets commission statement with sole trader broker's IBAN and tax ID",
  frm=A("vogel"), to="Versicherungsbüro Anja Tessmer <anja.tessmer@vb-tessmer.example>", sig="vogel",
  subj="Ihre Courtageabrechnung Mai",
  date="2026-06-08 09:00",
  body="""Liebe Frau Tessmer,

Ihre Courtageabrechnung Mai: 4.812,40 EUR, Gutschrift auf """ + IB("DE", "760501010011223344") + """. Für die Umsatzsteuerbefreiung liegt Ihre Steuernummer 241/272/50123 vor.

Viele Grüße""")

M("S", "en", "customer", "non-native English: Polish worker injured at work, wants accident benefit",
  frm="Tomasz Wiśniewski <tomasz.wisniewski@wp.example>", to=A("albrecht"), lang="en",
  subj="accident on work - my insurance",
  att=[PDF("Karta_informacyjna_Wisniewski.pdf", [("h", "BG Unfallklinik Murnau – Kurzarztbrief"), "Patient: Tomasz Wiśniewski, geb. 1990-03-14", "Diagnose: Beugesehnendurchtrennung D4/D5 rechts (S66.0), Nervenläsion digital", "Therapie: Sehnennaht am 28.05.2026, Kleinert-Schiene 6 Wochen, danach Handtherapie"], unicode=True)],
  date="2026-06-08 19:20",
  body="""Hello Mrs Albrecht,

I have your accident insurance (UV-6620781). On 28 May I cut my hand on the saw in the factory, 2 fingers, tendons was cut, I have operation in Unfallklinik Murnau. Doctor say maybe I cannot move little finger normal again. What I must send to you? My English is better then German sorry.

Tomasz Wiśniewski""")

M("N", "de", "insurer-to-customer", "trap: general statement on Widerspruch rights, letter template with placeholders",
  frm=A("lorenz"), to="vorlagen@versicherer.example", sig="lorenz", sigstyle="short",
  subj="Neue Vorlage: Ablehnung Hilfsmittel mit Rechtsbehelfsbelehrung",
  date="2026-06-08 14:00",
  body="""Hallo,

bitte folgende Vorlage ins Textsystem übernehmen:

"Sehr geehrte/r «Anrede» «Nachname»,
wir haben Ihren Antrag auf «Hilfsmittel» vom «Datum» geprüft. Leider können wir die Kosten nicht übernehmen, weil «Begründung». Sie können sich an den Ombudsmann Private Kranken- und Pflegeversicherung wenden …"

Daniela""")

M("C", "de", "insurer-to-customer", "household sum increase after move, named customer, new address",
  frm=A("kowalski"), to="Familie Berisha <berisha.familie@web.example>", sig="kowalski",
  subj="Neue Versicherungssumme Hausrat",
  date="2026-06-09 10:00",
  body="""Sehr geehrter Herr Berisha,

nach Ihrem Umzug in die Wohnung Goethestraße 12, 2. OG links, 34119 Kassel (98 m²) haben wir die Versicherungssumme Ihrer Hausratversicherung HR-8801220 auf 64.000 EUR angehoben (Unterversicherungsverzicht). Neuer Beitrag: 14,90 EUR monatlich ab 01.07.2026.

Mit freundlichen Grüßen""")

M("N", "de", "newsletter", "trap: Pflege newsletter for relatives, general advice on dementia",
  frm="Versicherer Pflegebrief <newsletter@versicherer.example>", to="pflegebrief@versicherer.example",
  subj="Pflegebrief Juni: Wenn Mama vergesslich wird",
  date="2026-06-10 06:00",
  body="""Liebe Leserinnen und Leser,

wenn Eltern Termine vergessen, Dinge verlegen oder sich im vertrauten Viertel verlaufen, ist das für Angehörige oft ein Schock. Nicht jede Vergesslichkeit ist eine Demenz – aber es lohnt sich, früh zur Hausärztin zu gehen.

In dieser Ausgabe: Wie der Pflegegrad beantragt wird · Was eine Vorsorgevollmacht regelt · Entlastungsbetrag: 131 EUR im Monat für Haushaltshilfe

Ihr Pflegebrief-Team""")

M("S", "de", "insurer-to-customer", "dental: Parodontitis payout to patient after query to Dr Heinen, named",
  frm=A("wendland"), to="Kurt Scholz <kurt.scholz@t-online.example>", sig="wendland",
  subj="Ihre Parodontitisbehandlung",
  date="2026-06-10 11:00",
  body="""Sehr geehrter Herr Scholz,

Dr. Heinen hat uns den Parodontalstatus nachgereicht. Wir erstatten die systematische Parodontitistherapie (1.486,20 EUR) vollständig; die Antibiotika aus der Apotheke reichen Sie bitte mit der Quittung ein.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-customer", "motor: new policy schedule, birth date of named young driver in text",
  frm=A("engel"), to="Uwe Lorenzen <uwe.lorenzen@t-online.example>", sig="engel",
  subj="Ihr Kfz-Vertrag – weitere Fahrerin",
  date="2026-06-11 09:20",
  body="""Sehr geehrter Herr Lorenzen,

wir haben Ihre Tochter Marie Lorenzen (geb. 02.05.2001) als weitere Fahrerin in Ihren Vertrag KF-1104772 (Kennzeichen HH-UL 3210) aufgenommen. Der Beitrag erhöht sich um 118 EUR jährlich.

Mit freundlichen Grüßen""")

M("N", "en", "insurer-to-partner", "trap: DPO answer to supervisory authority about general procedures",
  frm=A("meier"), to="poststelle@datenschutz-nrw.example", sig="meier", lang="en",
  subj="Your inquiry of 20 May – general procedures",
  date="2026-06-11 13:00",
  body="""Dear Sir or Madam,

regarding your general inquiry: health data in e-mail traffic with customers is sent only end-to-end encrypted or via our secure mailbox. Plain-text e-mail is used only at the customer's explicit request and after written consent. Staff receive annual training; our e-mail gateway classifies outgoing mail automatically.

Kind regards""")

M("S", "de", "insurer-to-customer", "bKV: named employee's Heilpraktiker and Osteopathie reimbursement",
  frm=A("tran"), to="Jörg Lemke <joerg.lemke@firmenpost.example>", sig="tran",
  subj="Osteopathie – Erstattung",
  date="2026-06-12 10:00",
  body="""Sehr geehrter Herr Lemke,

für die fünf Osteopathie-Sitzungen bei Frau Brenneisen (Heilpraktikerin) wegen Ihrer Nackenverspannungen erstatten wir aus dem Budget Ihrer betrieblichen Krankenversicherung 400 EUR. Ihr Restbudget für 2026: 380 EUR.

Freundliche Grüße""")

M("N", "de", "internal", "trap: canteen menu and 'Apotheke' pop-up store announcement",
  frm=A("richter"), to="alle-koeln@versicherer.example", sig="richter", sigstyle="name",
  subj="Apotheken-Abholstation im Foyer",
  date="2026-06-12 12:30",
  body="""Hallo zusammen,

ab Montag steht im Foyer A eine Abholstation der Dom-Apotheke: Wer morgens ein Rezept einwirft, kann Medikamente ab 15 Uhr mit PIN abholen. Die Station ist ein Angebot der Apotheke, wir sehen keine Daten.

Anja Richter""")

M("C", "en", "customer", "expat customer sends bank details for refund in contents claim",
  frm="Lucas Martin <lucas.martin@free.example>", to=A("demir"), lang="en",
  subj="Re: Your contents claim HR-26-005120",
  date="2026-06-15 08:30",
  body="""Hello Ms Demir,

thanks for the visit of Mr Kühn. Please pay to my French account, I haven't opened a German one yet:

Lucas Martin
IBAN """ + IB("FR", "30006000011234567890189") + """
BIC AGRIFRPP

Best regards
Lucas""")

M("S", "de", "insurer-to-customer", "travel health: German tourist, dengue fever in Bali, hospital",
  frm=A("seidel"), to="Lea Schubert <lea.schubert@gmx.example>", sig="seidel",
  subj="Ihre Behandlung in Denpasar",
  date="2026-06-15 15:00",
  body="""Liebe Frau Schubert,

das BIMC Hospital in Denpasar hat uns die Rechnung für Ihren Aufenthalt (Denguefieber, 4 Nächte, Infusionen, Thrombozytenkontrollen) geschickt. Wir haben direkt bezahlt (umgerechnet 3.870 EUR). Sie müssen nichts weiter tun.

Gute Erholung und guten Heimflug!""")

# ---------------------------------------------------------------- batch 5
M("S", "en", "customer", "photos of pharmacy receipts; captions name medicines for son (second mail of d6-0006)",
  frm="Sarah Whitmore <sarah.whitmore@gmail.example>", to=A("whitfield"), lang="en",
  subj="Re: Claim - my son's inhalers (photos)",
  date="2026-01-15 08:57",
  body="""Here are the photos.

Photo 1: pharmacy receipt Apotheke am Elisabethplatz - Salbutamol-ratiopharm and Budesonid Easyhaler for Oliver
Photo 2: Dr. Reiter's invoice page 1

Sarah""",
  att=[JPG("IMG_2031.jpg", "Apotheke am Elisabethplatz receipt, Salbutamol 100 mcg, Budesonid 200 mcg", (200, 200, 190)),
       JPG("IMG_2032.jpg", "Rechnung Dr. Reiter Kinderarzt, Oliver Whitmore", (210, 205, 200))])

M("C", "de", "customer", "photo of storm damage to car with plate in caption, no injury",
  frm="Helmut Gräber <helmut.graeber@t-online.example>", to=A("brenner"),
  subj="Hagelschaden Fotos",
  date="2026-06-16 17:05",
  body="""Sehr geehrter Herr Brenner,

anbei die Fotos vom Hagel gestern. Das Auto stand vor dem Haus Uerdinger Str. 301 in Krefeld. Kennzeichen KR-HG 55, Teilkasko bei Ihnen.

Gräber""",
  att=[JPG("Hagel_Motorhaube.jpg", "KR-HG 55 Motorhaube Dellen 15.06.2026", (120, 130, 140)),
       JPG("Hagel_Dach.jpg", "KR-HG 55 Dach", (110, 120, 135))])

M("N", "de", "insurer-to-customer", "trap: veterinary practice (GmbH) asks about its own practice insurance",
  frm=A("hartmann"), to="Tierarztpraxis Am Park GmbH <verwaltung@tierarzt-ampark.example>", sig="hartmann",
  subj="AW: Elektronikversicherung Röntgen und Ultraschall",
  date="2026-06-16 10:00",
  body="""Sehr geehrte Damen und Herren,

Ihr digitales Röntgengerät und die beiden Ultraschallgeräte können wir in der Elektronikversicherung mit einer Versicherungssumme von 185.000 EUR versichern. Der Jahresbeitrag liegt bei ca. 1.240 EUR netto, Selbstbehalt 500 EUR. Angebot anbei.

Mit freundlichen Grüßen""",
  att=[PDF("Angebot_Elektronik_TierarztpraxisAmPark.pdf", [("h", "Angebot Elektronikversicherung"), "Versicherungsnehmerin: Tierarztpraxis Am Park GmbH, Parkallee 4, 28209 Bremen", ("t", [["Gerät", "Neuwert EUR"], ["Digitales Röntgen DR", "98.000"], ["Ultraschall Gerät 1", "52.000"], ["Ultraschall Gerät 2", "35.000"]]), "Jahresbeitrag netto: 1.240,00 EUR"])])

M("S", "de", "internal", "colleague writes about another employee's hospital stay — health of identifiable staff",
  frm=A("kowalski"), to="team-kundenservice@versicherer.example", sig="kowalski", sigstyle="name",
  subj="Blumen für Jessica",
  date="2026-06-17 09:00",
  body="""Hallo ihr Lieben,

Jessica liegt seit Montag im Evangelischen Krankenhaus Kalk, sie hatte einen Bandscheibenvorfall und wurde gestern operiert. Sie freut sich über Nachrichten, Besuch erst nächste Woche. Ich sammle bis Freitag für Blumen und ein Buch (Dose auf meinem Tisch).

Lena""")

M("N", "de", "insurer-to-partner", "trap: pet insurance portfolio statistics to reinsurer, breeds and diagnoses aggregated",
  frm=A("wagner"), to="Martin Cole <martin.cole@reinsure.example>", sig="wagner",
  subj="Tierkranken Portfolio 2025 – Schadenstatistik",
  date="2026-06-17 11:00",
  body="""Hallo Herr Cole,

anbei wie besprochen die Schadenstatistik der Tierkrankenversicherung 2025, aggregiert nach Tierart und Diagnosegruppe. Einzelne Tiere oder Halter sind nicht enthalten.

Sophie Wagner""",
  att=[XLSX("Tier_Schaeden_2025.xlsx", {"Hund": [["Diagnosegruppe", "Fälle", "Aufwand EUR"], ["Bewegungsapparat (Kreuzband, HD/ED)", 1840, 2410000], ["Magen-Darm / Fremdkörper", 1120, 880000], ["Haut / Allergie", 2310, 640000], ["Tumore", 410, 730000]], "Katze": [["Diagnosegruppe", "Fälle", "Aufwand EUR"], ["Niere", 620, 410000], ["Zähne", 980, 290000], ["Unfall", 340, 520000]]})])

M("C", "de", "insurer-to-customer", "pet: horse surgery insurance, colic operation; animal health → C",
  frm=A("wagner"), to="Miriam Schlüter <miriam.schlueter@web.example>", sig="wagner",
  subj="Kolik-OP von Fiona – Abrechnung",
  att=[PDF("Rechnung_Pferdeklinik_Fiona.pdf", [("h", "Pferdeklinik Burg Müggenhausen - Rechnung 26-4471"), "Patient: Fiona, Stute, 9 J., Besitzerin Miriam Schlüter", ("t", [["Leistung", "EUR"], ["Kolik-OP, Dünndarmresektion", "4.980,00"], ["Klinikaufenthalt 6 Tage", "1.440,00"], ["Medikamente, Infusionen", "1.220,00"]])])],
  date="2026-06-18 09:00",
  body="""Liebe Frau Schlüter,

die Kolik-Operation Ihrer Stute Fiona in der Pferdeklinik Burg Müggenhausen (Dünndarmresektion, 6 Tage Klinik) ist über Ihre Pferde-OP-Versicherung PO-220417 gedeckt. Wir zahlen 7.640 EUR abzüglich 10 % Selbstbeteiligung direkt an die Klinik.

Alles Gute für Fiona!""")

M("S", "de", "insurer-to-customer", "motor claim with personal injury: HWS-Distorsion of the other driver, Schmerzensgeld",
  frm=A("brenner"), to="Ahmet Çelik <ahmet.celik@web.example>", sig="brenner",
  subj="Schaden KF-26-14410 – Auffahrunfall B224",
  date="2026-06-18 13:20",
  body="""Sehr geehrter Herr Çelik,

zu Ihrem Auffahrunfall am 05.06. auf der B224: Die Fahrerin des anderen Fahrzeugs, Frau Kerstin Jablonski, macht über ihren Anwalt Schmerzensgeld geltend. Laut Attest des St.-Elisabeth-Krankenhauses hat sie eine HWS-Distorsion Grad I erlitten und war 3 Wochen krankgeschrieben. Wir regulieren aus Ihrer Kfz-Haftpflicht; Ihr SF-Rabatt wird zurückgestuft.

Mit freundlichen Grüßen""")

M("N", "en", "internal", "trap: English HR note on long-term sickness return-to-work policy, general",
  frm=A("weiss"), to="people-managers@versicherer.example", sig="weiss", lang="en", sigstyle="short",
  subj="BEM – return-to-work procedure explained",
  date="2026-06-19 10:00",
  body="""Dear managers,

German law requires us to offer an occupational reintegration process (BEM) to every employee who has been unfit for work for more than six weeks in 12 months. Participation is voluntary. Managers are informed only that an offer was made and whether it was accepted – never of any diagnosis.

Questions to HR or the works council.

Nadine""")

M("C", "de", "insurer-to-customer", "legal protection employment: salary claim dispute, income figures",
  frm=A("lindqvist"), to="Dominik Reiß <dominik.reiss@gmx.example>", sig="lindqvist",
  subj="Lohnklage – Deckungszusage",
  date="2026-06-19 14:00",
  body="""Sehr geehrter Herr Reiß,

für Ihre Klage auf ausstehenden Lohn (Mai und Juni, je 2.780 EUR brutto, plus Überstunden 640 EUR) gegen die Gastro Kemper GmbH erteilen wir Deckungszusage aus RS-5501337. Bitte beauftragen Sie einen Anwalt; dessen Kosten rechnen wir direkt ab.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "legal protection labour law: dismissal during long illness — health in dispute",
  frm=A("lindqvist"), to="Renate Bühler <renate.buehler@web.example>", sig="lindqvist",
  subj="Krankheitsbedingte Kündigung – Deckung",
  date="2026-06-22 09:30",
  body="""Sehr geehrte Frau Bühler,

Ihr Arbeitgeber hat Ihnen nach 14 Monaten Arbeitsunfähigkeit wegen Ihrer Krebserkrankung krankheitsbedingt gekündigt. Die Kündigungsschutzklage ist über Ihren Arbeits-Rechtsschutz (RS-6620118) versichert. Die Selbstbeteiligung entfällt, da Sie schadenfrei waren.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-customer", "trap: Bonus programme mail: 'Schritte zählen', no personal health values",
  frm="Versicherer Vital <vital@versicherer.example>", to="vital-teilnehmer@versicherer.example", client="system",
  subj="Neue Challenge: 10.000 Schritte im Juli",
  date="2026-06-22 06:00",
  body="""Hallo,

im Juli startet die Sommer-Challenge: Wer an 20 Tagen 10.000 Schritte schafft, bekommt 500 Vital-Punkte. Die Schrittzahlen bleiben auf Ihrem Handy; wir erhalten nur die Information "Ziel erreicht: ja/nein".

Viel Spaß!""")

M("C", "de", "broker", "broker sends customer's birth date and car data for motor offer",
  frm="Maklerbüro Lindner <info@makler-lindner.example>", to=A("engel"),
  subj="Kfz-Angebot Kundin Köhler",
  date="2026-06-22 11:15",
  body="""Hallo Herr Engel,

Kundin: Sabrina Köhler, geb. 30.08.1999, Oldenburg
Fahrzeug: Toyota Yaris Hybrid, EZ 03/2022, HSN 5013 TSN AQX
Fahrleistung 8.000 km, Garage, keine weiteren Fahrer.
Vorversicherer bestätigt SF 3.

Danke
B. Lindner""")

M("S", "en", "insurer-to-customer", "tourist: dog bite in Spain needing rabies shots, travel health",
  frm=A("seidel"), to="Chloe Bennett <chloe.bennett@outlook.example>", sig="seidel", lang="en",
  subj="Rabies vaccination course – covered",
  date="2026-06-23 10:00",
  body="""Dear Ms Bennett,

we confirm that the post-exposure rabies vaccinations after the dog bite in Málaga (first two doses at Hospital Costa del Sol, remaining doses at your GP in Hamburg) are covered under your travel health policy RKV-992014, including the immunoglobulin. The doses given in Germany will be reimbursed as a continuation of the treatment abroad.

Kind regards""")

M("N", "en", "insurer-to-customer", "trap: FAQ answer about waiting periods, no personal data",
  frm=A("tran"), to="Priya Nair <priya.nair@gmail.example>", sig="tran", lang="en",
  subj="RE: General question on waiting periods",
  date="2026-06-23 14:00",
  body="""Dear Ms Nair,

to answer your general question: there is a general waiting period of 3 months, and 8 months for childbirth, psychotherapy, dental prosthetics and orthodontics. Accidents are covered immediately. If you switch from another private insurer, previous insurance time counts.

Kind regards
Linh Tran""")

M("C", "de", "insurer-to-customer", "rent deposit guarantee issued, named tenant, landlord, amount",
  frm=A("kowalski"), to="Jannik Hübner <jannik.huebner@web.example>", sig="kowalski",
  subj="Ihre Mietkautionsbürgschaft",
  date="2026-06-24 09:00",
  body="""Hallo Herr Hübner,

Ihre Mietkautionsbürgschaft MK-330981 über 2.070 EUR für die Wohnung Am Lohtor 3 in Recklinghausen ist ausgestellt. Die Bürgschaftsurkunde geht heute per Post an Ihre Vermieterin, Frau Gisela Stratmann. Jahresbeitrag: 103,50 EUR.

Viele Grüße""")

M("S", "de", "insurer-to-customer", "liability: customer's cat scratched neighbour child's eye; treatment at Augenklinik",
  frm=A("oltmanns"), to="Sabine Gerlach <sabine.gerlach@gmx.example>", sig="oltmanns",
  subj="Ihre Schadenmeldung vom 20.06.",
  date="2026-06-24 11:00",
  body="""Sehr geehrte Frau Gerlach,

danke für die Meldung. Nach Ihrer Schilderung hat Ihre Katze die Nachbarstochter Leonie (9) im Gesicht gekratzt, und die Hornhaut des linken Auges wurde verletzt; Leonie wurde in der Universitäts-Augenklinik ambulant behandelt. Tierhalterhaftpflicht für Katzen ist in Ihrer Privathaftpflicht PH-8812004 enthalten. Wir setzen uns mit den Eltern in Verbindung.

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: DSFA draft extract, process description only",
  frm=A("meier"), to=A("raman"), sig="meier", sigstyle="short",
  subj="DSFA Gateway – Abschnitt Risiken",
  date="2026-06-25 10:00",
  body="""Hallo Priya,

mein Vorschlag für Abschnitt 4:

"Risiko R3: Eine Mail mit Gesundheitsdaten (z. B. Arztbericht, Diagnose, Medikation) wird fälschlich als NORMAL eingestuft und unverschlüsselt versendet. Eintritt: möglich; Schwere: hoch. Maßnahme: Im Zweifel streng vertraulich; Stichprobe von 200 Mails pro Quartal durch den Datenschutz."

Passt das zur Architektur?

Thomas""")

M("C", "en", "insurer-to-customer", "expat: household policy with birth date, address in PDF; body neutral",
  frm=A("kowalski"), to="Oliver Grant <oliver.grant@grantmail.example>", sig="kowalski", lang="en",
  subj="Your policy documents",
  date="2026-06-25 13:00",
  body="""Dear Mr Grant,

welcome to Munich. Please find your policy documents attached.

Kind regards""",
  att=[PDF("Policy_Schedule_Grant.pdf", [("h", "Policy schedule - Contents and personal liability"), "Policyholder: Oliver Grant, born 04 July 1983", "Address: Leopoldstrasse 77, 80802 Munich", ("t", [["Policy", "Sum insured", "Premium/year"], ["HR-9930117 Contents", "EUR 50,000", "EUR 241.20"], ["PH-9930118 Liability", "EUR 50m", "EUR 96.00"]]), "Direct debit from account ending 3381"])])

M("S", "de", "customer", "short thank-you from health customer: no medical word, but health contract named",
  frm="Monika Seifert <monika.seifert@web.example>", to=A("tran"), client="mobile",
  subj="Danke",
  date="2026-06-25 18:02",
  body="""Liebe Frau Tran, das Geld ist da, vielen Dank für alles! Ihre M. Seifert (KV-7740118)""")

M("N", "de", "insurer-to-broker", "trap: broker newsletter with anonymised claims example of BU",
  frm=A("falk"), to="vertrieb-west@versicherer.example", sig="falk",
  subj="Praxisfall des Monats: Warum die BU wichtig ist",
  date="2026-06-26 09:00",
  body="""Liebe Kolleginnen und Kollegen,

unser Praxisfall des Monats (anonymisiert, mit Einverständnis): Ein Mechatroniker Anfang 30 kann nach einem Motorradunfall nicht mehr in seinem Beruf arbeiten. Seine BU zahlt seit zwei Jahren 1.800 EUR monatlich, bis er eine Umschulung abgeschlossen hat.

Nutzen Sie das Beispiel gern im Kundengespräch – ohne Namen und Orte.

Bernd Falk""")

M("C", "de", "insurer-to-customer", "HTML-only: buildings claim settlement table with address and IBAN",
  frm=A("demir"), to="Ursula Lange <ursula.lange@gmx.example>",
  subj="Abrechnung Leitungswasserschaden WG-26-01580",
  date="2026-06-26 11:00", client="outlook",
  html="""<html><body><p>Sehr geehrte Frau Lange,</p>
<p>hier die Abrechnung f&uuml;r den Leitungswasserschaden in Ihrem Haus Birkenstra&szlig;e 14, 59555 Lippstadt:</p>
<table border="1" cellpadding="4"><tr><th>Position</th><th>Betrag</th></tr>
<tr><td>Leckageortung Fa. Aquatec</td><td>620,00 &euro;</td></tr>
<tr><td>Trocknung 21 Tage</td><td>1.480,00 &euro;</td></tr>
<tr><td>Estrich und Fliesen K&uuml;che</td><td>4.905,30 &euro;</td></tr>
<tr><td><b>Summe</b></td><td><b>7.005,30 &euro;</b></td></tr></table>
<p>Auszahlung an: """ + IB("DE", "416405000123987650") + """</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Aylin Demir</p></body></html>""")

M("N", "en", "insurer-to-partner", "trap: English mail to hospital group about invoicing format (XML), no patients",
  frm=A("raman"), to="it-billing@stmarys-group.example", sig="raman", lang="en",
  subj="Electronic invoice format for international patients",
  date="2026-06-29 10:00",
  body="""Dear colleagues,

as agreed, invoices for our international policyholders can be sent as XML following the attached schema: patient reference, policy number, ICD-10 codes per diagnosis, procedure codes, itemised charges. Please use test data only until the connection is certified – the sample file contains fictitious patients ("Test Patient 1–5").

Priya Raman""",
  att=[TXT("invoice_schema_sample.xml", """<?xml version="1.0" encoding="UTF-8"?>
<invoice><patient ref="TEST-0001" name="Test Patient 1 (fictitious)"/>
<policy>IHP-TEST-0000</policy><diagnosis icd10="J06.9"/><item code="99213" amount="120.00"/></invoice>
""", sub="xml")])

M("S", "de", "doctor", "Befundbericht from rheumatologist for BU follow-up, forwarded as rfc822 by customer",
  frm="Melanie Roth <melanie.roth@web.example>", to=A("stanek"),
  subj="WG: Befundbericht für die Versicherung",
  date="2026-06-29 19:40",
  body="""Hallo Herr Stanek,

hier der Bericht von Frau Dr. Kaya, den sie mir geschickt hat.

Melanie Roth""",
  att=[EML(INNER("Rheumapraxis Dr. Kaya <praxis@rheuma-kaya.example>", "Melanie Roth <melanie.roth@web.example>",
                 "Ihr Befundbericht", "2026-06-26 12:10",
                 """Sehr geehrte Frau Roth,

anbei der Befundbericht für Ihre Berufsunfähigkeitsversicherung.

Diagnose: seropositive rheumatoide Arthritis (M05.80), Erstdiagnose 2023, hohe Krankheitsaktivität (DAS28 5,1).
Therapie: Methotrexat 15 mg/Woche s.c., Adalimumab 40 mg alle 14 Tage, Prednisolon 5 mg.
Beurteilung: Feinmotorische Tätigkeiten als Zahntechnikerin sind weiterhin nicht möglich.

Mit freundlichen Grüßen
Dr. med. Derya Kaya, Internistische Rheumatologie""", "<bericht-roth-0626@rheuma-kaya.example>"))])

M("C", "de", "insurer-to-customer", "customer's maiden name and birth date in liability contract change after marriage",
  frm=A("kowalski"), to="Lisa Hoppe <lisa.hoppe@web.example>", sig="kowalski",
  subj="Namensänderung nach Heirat",
  date="2026-06-30 09:00",
  body="""Liebe Frau Hoppe,

herzlichen Glückwunsch zur Hochzeit! Wir haben Ihre Verträge umgestellt:

Name neu: Lisa Hoppe, geb. Reinhardt, geb. am 17.09.1993
Reiserücktritt RR-770134 und Privathaftpflicht PH-7701290 – Ihr Mann ist jetzt im Familientarif mitversichert.

Viele Grüße""")

M("N", "de", "insurer-to-customer", "trap: customer asks to cancel newsletter; answer, nothing else",
  frm=A("tran"), to="Harald Engel <harald.engel@web.example>", sig="tran",
  subj="AW: Newsletter abbestellen",
  date="2026-06-30 11:00",
  body="""Guten Tag Herr Engel,

wir haben Sie aus dem Verteiler "Gesund leben" ausgetragen. Sie erhalten ab sofort keinen Newsletter mehr.

Freundliche Grüße""")

M("S", "de", "insurer-to-customer", "care: named customer's Pflegegrad-Höherstufung, Medicproof appointment ICS",
  frm=A("yilmaz"), to="Bernhard Ott <bernhard.ott@gmx.example>", sig="yilmaz",
  subj="Termin Höherstufung – Medicproof",
  date="2026-07-01 10:00",
  body="""Sehr geehrter Herr Ott,

für den Antrag auf Höherstufung Ihrer Frau kommt die Gutachterin von Medicproof am 14. Juli zu Ihnen nach Hause. Der Termin ist als Kalendereintrag angehängt.""",
  att=[ICS("Medicproof_Ott.ics", "mp-ott-0714@versicherer.example", "Pflegebegutachtung Frau Annelie Ott (Höherstufung PG 3 -> 4)", "20260714T100000", "20260714T113000", ("Felix Yilmaz", "felix.yilmaz@versicherer.example"), [("Bernhard Ott", "bernhard.ott@gmx.example")], location="Wohnung Ott, Rosenstraße 9, 72070 Tübingen", description="Bitte Medikamentenplan, Pflegetagebuch und Arztberichte bereitlegen.")])

M("C", "en", "insurer-to-customer", "tourist: flight cancellation insurance without health reason (strike), named",
  frm=A("seidel"), to="Ben Taylor <ben.taylor@gmail.example>", sig="seidel", lang="en",
  subj="Your trip cancellation claim RR-26-0917",
  date="2026-07-01 14:00",
  body="""Dear Mr Taylor,

the cancellation of your Lufthansa flight LH 400 due to the strike on 18 June is not an insured event under your trip cancellation cover (RR-880314); please claim compensation from the airline under EU Regulation 261/2004. Your hotel in Frankfurt (2 nights, EUR 310) is covered as additional return costs.

Kind regards""")

M("N", "de", "internal", "trap: holiday planning, colleagues absent without reasons",
  frm=A("brandt"), to="team-stationaer@versicherer.example", sig="brandt", sigstyle="name",
  subj="Urlaubsplanung August",
  date="2026-07-02 08:30",
  body="""Moin,

im August sind wir dünn besetzt: Nils im Urlaub 3.–21.8., Katja in Elternzeit ab 10.8., und Gül ist noch bis Mitte August nicht da. Bitte Kostenübernahmen nach Eingang sortieren, dringende zuerst.

Gerrit""")

M("S", "de", "insurer-to-doctor", "insurer asks gynaecologist about IVF cycles for named patient",
  frm=A("kroeger"), to="Kinderwunschzentrum Köln <info@kiwu-koeln.example>", sig="kroeger",
  subj="Behandlungsplan Frau Jana Richter-Bauer",
  date="2026-07-02 11:00",
  body="""Sehr geehrte Damen und Herren,

für Ihre Patientin Frau Jana Richter-Bauer (geb. 1990-11-22) haben wir den Behandlungsplan für eine IVF erhalten. Bitte teilen Sie uns die Zahl der bisher durchgeführten Zyklen und die Befunde der Eileiterprüfung mit, damit wir die Erfolgsaussicht beurteilen können.

Eine Schweigepflichtentbindung liegt vor.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-supplier", "trap: order of Hilfsmittel catalogue printing, no persons",
  frm=A("petersen"), to="Druckerei Ahrens <auftrag@druckerei-ahrens.example>", sig="petersen",
  subj="Druckauftrag Hilfsmittelverzeichnis 2027",
  date="2026-07-03 09:00",
  body="""Guten Tag,

wir beauftragen den Druck des Hilfsmittelverzeichnisses 2027 (Rollstühle, Hörgeräte, Bandagen, Inkontinenzartikel, Pflegebetten), 5.000 Exemplare, 64 Seiten, Lieferung bis 15.11.

Maren Petersen""")

M("C", "de", "insurer-to-customer", "yacht insurance, named owner and berth; no injury",
  frm=A("osei"), to="Kapitän Holger Timm <holger.timm@segeln.example>", sig="osei",
  subj="Ihre Yacht 'Seeschwalbe' – Kaskoschaden",
  date="2026-07-03 14:00",
  body="""Sehr geehrter Herr Timm,

der Schaden am Ruder Ihrer Yacht Seeschwalbe (Liegeplatz Marina Heiligenhafen, Steg C 14) nach der Grundberührung am 24.06. ist über Ihre Yacht-Kasko YK-330182 gedeckt. Niemand wurde verletzt. Bitte Kostenvoranschlag der Werft schicken.

Mit freundlichen Grüßen""")

M("S", "de", "customer", "grandmother writes for grandson: Logopädie, Stottern; no punctuation, elderly",
  frm="Irmgard Schön <irmgard.schoen@t-online.example>", to=A("petersen"),
  subj="Logopädie für Ben",
  date="2026-07-06 10:22",
  body="""Sehr geehrte Damen und Herren
ich schreibe für meine Tochter die hat keine Zeit
mein Enkel Ben Schön 5 Jahre ist bei Ihnen über meinen Schwiegersohn Andreas Schön versichert
er stottert seit Weihnachten und der Kinderarzt hat Logopädie aufgeschrieben 10 mal
die Logopädin Frau Weber in Fulda sagt man muss das vorher mit der Versicherung klären
was müssen wir machen
mit freundlichen Grüßen
Irmgard Schön""")

M("N", "en", "newsletter", "trap: expat newsletter on German healthcare system, generic",
  frm="Versicherer International <newsletter@versicherer.example>", to="expats@versicherer.example", lang="en",
  subj="Expat guide: seeing a specialist in Germany",
  date="2026-07-06 06:00",
  body="""Expat guide – July

In Germany you can usually book a specialist (Facharzt) directly, without a GP referral – dermatologists, gynaecologists, orthopaedists, psychiatrists. With private insurance you get an invoice (Rechnung) under the GOÄ fee schedule; pay it and claim in our app.

Tip: many practices use online booking. Waiting times for psychotherapy can be long – our service team can help you find a place.""")

M("C", "de", "insurer-to-customer", "motor: private car, new SEPA account, IBAN",
  frm=A("becker"), to="Patrick Jung <patrick.jung@web.example>", sig="becker",
  subj="SEPA-Mandat Kfz-Versicherung",
  date="2026-07-07 09:00",
  body="""Hallo Herr Jung,

ab der nächsten Fälligkeit buchen wir den Beitrag für Ihre Kfz-Versicherung KF-9901183 von Ihrem neuen Konto ab:
""" + IB("DE", "100100100987654321") + """ (Postbank), Kontoinhaber Patrick Jung.

Viele Grüße""")

M("S", "de", "insurer-to-customer", "life: application for term life with surcharge for BMI and smoker status",
  frm=A("schulte"), to="Florian Weidner <florian.weidner@gmx.example>", sig="schulte",
  subj="Ihr Antrag Risikolebensversicherung",
  date="2026-07-07 11:00",
  body="""Sehr geehrter Herr Weidner,

nach Prüfung Ihres Antrags (Versicherungssumme 250.000 EUR, Laufzeit 25 Jahre) können wir Ihnen den Vertrag als Raucher mit einem Zuschlag von 50 % wegen Ihres Body-Mass-Index von 36 und des behandelten Bluthochdrucks anbieten. Monatsbeitrag: 68,40 EUR.

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: anonymised audit sample size discussion, no data",
  frm=A("lorenz"), to=A("meier"), sig="lorenz", sigstyle="name",
  subj="Stichprobe Revision Leistung Kranken",
  date="2026-07-08 10:00",
  body="""Hallo Thomas,

die Revision will 60 Leistungsfälle Kranken (darunter Psychotherapie und stationäre Psychiatrie) stichprobenartig prüfen. Ich habe vorgeschlagen, dass sie die Akten nur vor Ort einsehen und keine Kopien mitnehmen. Einverstanden?

Daniela""")

M("C", "de", "company", "sole-trader physiotherapist (natural person) sends own IBAN for her business insurance refund",
  frm="Physiotherapie Katrin Ebel <katrin.ebel@physio-ebel.example>", to=A("hartmann"),
  subj="Erstattung Beitrag Inhaltsversicherung",
  date="2026-07-08 16:00",
  body="""Hallo Herr Hartmann,

die zu viel gezahlten Beiträge für die Inhaltsversicherung meiner Praxis (IV-4410287) bitte auf mein Geschäftskonto:
Katrin Ebel, """ + IB("DE", "250501800900123456") + """

Danke und viele Grüße
Katrin Ebel, Physiotherapeutin (Inhaberin)""")

M("S", "en", "insurer-to-customer", "expat: child's autism diagnostics at SPZ, named",
  frm=A("whitfield"), to="Daniel Okonkwo <d.okonkwo@outlook.example>", sig="whitfield", lang="en",
  subj="Your son's assessment at the SPZ",
  date="2026-07-09 10:00",
  body="""Dear Mr Okonkwo,

the developmental assessment of your son Emeka at the Sozialpädiatrisches Zentrum Charité (autism spectrum diagnostics, ADOS-2, speech assessment) is covered in full. The SPZ may invoice us directly. For occupational therapy afterwards we will need the prescription.

Kind regards""")

M("N", "de", "insurer-to-customer", "trap: invitation to customer satisfaction survey, no content",
  frm="Versicherer Kundenbefragung <umfrage@versicherer.example>", to="jana.wirtz@outlook.example", client="system",
  subj="Wie zufrieden waren Sie mit uns?",
  date="2026-07-09 06:30",
  body="""Guten Tag,

Sie hatten kürzlich Kontakt mit unserem Schadenservice. Wir würden gern wissen, wie zufrieden Sie waren. Die Umfrage dauert 3 Minuten: https://umfrage.versicherer.example/s/7Hk2

Vielen Dank!""")

M("C", "de", "insurer-to-customer", "liability: customer damaged rental flat, landlord claim, no injury",
  frm=A("oltmanns"), to="Kevin Schuster <kevin.schuster1990@gmx.example>", sig="oltmanns",
  subj="Mietsachschaden – Ihr Vermieter",
  date="2026-07-10 09:30",
  body="""Hallo Herr Schuster,

Ihr Vermieter, Herr Ludger Pieper, verlangt 1.920 EUR für das beschädigte Waschbecken und die verkratzte Arbeitsplatte in der Wohnung Friedrichstraße 55, Bremen. Mietsachschäden sind in Ihrer Privathaftpflicht PH-4490211 versichert, Abnutzung aber nicht. Wir lassen einen Gutachter kommen.

Viele Grüße""")

M("N", "en", "internal", "trap: finance spreadsheet with premium income by line, no persons",
  frm=A("morgan"), to="board-office@versicherer.example", sig="morgan", lang="en", sigstyle="short",
  subj="H1 gross written premium by line",
  date="2026-07-10 15:00",
  body="""Attached the H1 GWP by line of business. Health +4.8 %, life -1.2 %, motor +9.1 % (rate increases).

James""",
  att=[CSV("GWP_H1_2026.csv", [["line", "GWP_H1_2026_EURm", "GWP_H1_2025_EURm"], ["health", "812.4", "775.2"], ["life", "640.1", "647.9"], ["accident", "88.0", "86.3"], ["motor", "301.7", "276.5"], ["property", "214.9", "205.0"]], sep=",")])

M("S", "de", "insurer-to-customer", "daughter asks for mother's contracts: reply mentions Pflegeheim and Sterbegeld life policy",
  frm=A("roth"), to="Claudia Berger <claudia.berger@gmx.example>", sig="roth",
  subj="Sterbegeldversicherung Ihrer Mutter",
  date="2026-07-13 10:00",
  body="""Sehr geehrte Frau Berger,

zur Sterbegeldversicherung Ihrer Mutter Irmgard Berger (LV-St 8801 220): Die Versicherungssumme beträgt 8.000 EUR. Wenn Ihre Mutter ins Pflegeheim zieht, ändert sich daran nichts; der Vertrag ist beitragsfrei gestellt. Sie sind als Bezugsberechtigte eingetragen.

Mit freundlichen Grüßen""")

M("C", "de", "insurer-to-customer", "glass claim confirmation to customer of d6 mobile glass mail",
  frm=A("demir"), to="Rita Brenneke <rita.brenneke@web.example>", sig="demir",
  subj="AW: glasbruch",
  date="2026-07-13 11:30",
  body="""Liebe Frau Brenneke,

die Glaserei kann die Terrassentür ersetzen, die Rechnung (voraussichtlich ca. 1.100 EUR) schickt sie direkt an uns. Ihr Vertrag GL-330127 hat keine Selbstbeteiligung.

Viele Grüße""")

# ---------------------------------------------------------------- batch 6
M("N", "en", "insurer-to-partner", "trap: DOCX anonymised case study for hospital partner training, fictitious names",
  frm=A("jankowski"), to="Dr. Helen Park <helen.park@stmarys-group.example>", sig="jankowski", lang="en",
  subj="Case study for the joint discharge-management training",
  date="2026-07-14 09:00",
  body="""Dear Dr Park,

attached the case study for our joint training in September. The patient is fictitious ("Mr A., 67"); any resemblance is coincidental.

Best regards
Piotr""",
  att=[DOCX("Case_study_discharge_management.docx", [("h", "Case study: discharge after hip replacement"), "Mr A. (fictitious), 67, lives alone on the 3rd floor without a lift. Elective hip replacement, uneventful surgery. On day 5 the ward plans discharge home.", "Questions: Which aids are needed? Who organises home care? When should the insurer's case manager be involved?", ("t", [["Day", "Event"], ["0", "Admission, surgery"], ["2", "Mobilisation with walker"], ["5", "Planned discharge"], ["6", "Start of inpatient rehab (alternative)"]])])])

M("C", "de", "insurer-to-customer", "iso-8859-1: motor claim letter with plate and address, no injury",
  frm=A("brenner"), to="Siegfried Nolte <s.nolte@freenet.example>", sig="brenner", charset="iso-8859-1",
  subj="Wildunfall vom 11.07. – Kennzeichen GS-SN 71",
  date="2026-07-14 11:00",
  body="""Sehr geehrter Herr Nolte,

den Wildunfall (Reh) auf der L 516 bei Seesen regulieren wir über Ihre Teilkasko KF-2201148. Die Wildunfallbescheinigung des Jagdpächters liegt vor. Verletzt wurde niemand. Der Gutachter kommt zu Ihnen nach Hause, Kastanienweg 3, 38723 Seesen.

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: organisational mail about blood donation drive",
  frm=A("schmitz"), to="alle-koeln@versicherer.example", sig="schmitz", sigstyle="short",
  subj="Blutspende am 22. Juli",
  date="2026-07-15 08:00",
  body="""Liebe Kolleginnen und Kollegen,

der DRK-Blutspendedienst kommt am 22. Juli von 10 bis 15 Uhr in die Kantine. Bitte Personalausweis mitbringen und vorher gut frühstücken. Wer in den letzten vier Monaten ein Tattoo bekommen hat oder gerade Antibiotika nimmt, darf leider nicht spenden.

Carina""")

M("C", "de", "insurer-to-customer", "ZIP with household claim documents: invoice and list, customer named",
  frm=A("demir"), to="Christian Maurer <c.maurer@gmx.example>", sig="demir",
  subj="Unterlagen zu Ihrem Einbruchschaden",
  date="2026-07-15 13:00",
  body="""Sehr geehrter Herr Maurer,

wie gewünscht die Unterlagen gesammelt als ZIP.

Mit freundlichen Grüßen""",
  att=[ZIP("Einbruch_HR-26-006003.zip", [
      PDF("Abrechnung.pdf", [("h", "Abrechnung Einbruchdiebstahl HR-26-006003"), "Versicherungsnehmer: Christian Maurer, Pfälzer Straße 19, 67061 Ludwigshafen", ("t", [["Position", "EUR"], ["Laptop", "1.199,00"], ["Goldkette", "850,00"], ["Armbanduhr", "420,00"], ["Bargeld (Grenze)", "300,00"], ["Reparatur Wohnungstür", "680,00"]]), "Auszahlung: 3.449,00 EUR"]),
      CSV("Stehlgutliste.csv", [["Gegenstand", "Kaufjahr", "Wert"], ["MacBook Air", "2024", "1199"], ["Goldkette", "2015", "850"], ["Uhr", "2020", "420"]]),
  ])])

M("N", "en", "insurer-to-customer", "trap: generic answer to pet owner prospect, English",
  frm=A("wagner"), to="Olivia Hughes <olivia.hughes@gmail.example>", sig="wagner", lang="en",
  subj="RE: Cat insurance for an indoor cat",
  date="2026-07-16 10:00",
  body="""Dear Ms Hughes,

yes, indoor cats can be insured. Our cat health plan covers vet treatment and surgery up to EUR 5,000 a year, vaccinations and check-ups up to EUR 70, from EUR 11.90 a month for a cat under 3. You can apply online; we only need the cat's age and breed.

Kind regards
Sophie Wagner""")

M("C", "de", "broker", "broker sends list of clients' household renewals in XLSX (names, addresses, sums)",
  frm="Versicherungsbüro Anja Tessmer <anja.tessmer@vb-tessmer.example>", to=A("vogel"),
  subj="Umdeckung Hausrat – Kundenliste",
  date="2026-07-16 15:00",
  body="""Hallo Frau Vogel,

anbei die Liste der Kunden, die ich zum 01.10. zu Ihnen umdecken möchte. Bitte Angebote mit Elementar.

Anja Tessmer""",
  att=[XLSX("Umdeckung_Hausrat_Tessmer.xlsx", {"Kunden": [["Name", "Geburtsdatum", "Anschrift", "Wohnfläche m²", "VS EUR"], ["Werner Kolbe", "12.03.1958", "Ringstr. 4, 88212 Ravensburg", 110, 71500], ["Aylin Öztürk", "1989-07-30", "Bachweg 17, 88214 Ravensburg", 64, 41600], ["Familie Strobel", "03/11/1975", "Hauptstr. 90, 88250 Weingarten", 142, 92300]]}, author="VB Tessmer")])

M("S", "de", "customer", "customer writes in portal about her own Long COVID and Reha, asks for KT",
  frm="Nicole Wegener <nicole.wegener@gmx.example>", to=A("kroeger"),
  subj="Krankentagegeld weiter?",
  date="2026-07-17 08:14",
  body="""Guten Morgen Frau Kröger,

ich bin jetzt seit 9 Monaten mit Long Covid (Fatigue, Belastungsintoleranz) krank und gerade zurück aus der Reha in Heiligendamm. Der Entlassbericht sagt weiterhin arbeitsunfähig. Zahlen Sie das Krankentagegeld weiter oder sehen Sie mich als berufsunfähig? Ich habe Angst, dass ich dann gar nichts bekomme.

Nicole Wegener, KV-5520813""")

M("N", "de", "insurer-to-customer", "trap: press-style article on heat and elderly, sent to customer magazine list",
  frm="Versicherer Magazin <newsletter@versicherer.example>", to="abonnenten@versicherer.example",
  subj="Hitzewelle: So helfen Sie älteren Angehörigen",
  date="2026-07-17 06:00",
  body="""Hitze ist für ältere Menschen gefährlich: Das Durstgefühl lässt nach, Medikamente wie Entwässerungstabletten verstärken den Flüssigkeitsverlust. Rufen Sie ältere Angehörige und Nachbarn an heißen Tagen an, stellen Sie Getränke sichtbar hin, dunkeln Sie tagsüber ab.

Warnzeichen eines Hitzschlags: Verwirrtheit, heiße trockene Haut, Bewusstseinstrübung – dann sofort 112.""")

M("S", "en", "insurer-to-customer", "expat daily sick pay (health line) of named customer; salary quoted, no diagnosis",
  frm=A("whitfield"), to="Marco Rossi <marco.rossi@libero.example>", sig="whitfield", lang="en",
  subj="Your salary increase – adjusting your daily allowance",
  date="2026-07-20 09:30",
  body="""Dear Mr Rossi,

thank you for your new employment contract showing a gross salary of EUR 96,000 a year (net approx. EUR 4,850 a month). You may increase your daily allowance up to EUR 160 without new health questions, as the increase is within 6 months of the salary change. Shall we make the change from 1 August?

Kind regards""")

M("N", "de", "insurer-to-company", "trap: optician chain (AG) asks about insuring its store network, no persons",
  frm=A("hartmann"), to="Versicherungsabteilung Optik Lichtblick AG <versicherung@optik-lichtblick.example>", sig="hartmann",
  subj="Ausschreibung Sachversicherung 42 Filialen",
  date="2026-07-20 13:00",
  body="""Sehr geehrte Damen und Herren,

vielen Dank für die Ausschreibungsunterlagen. Wir beteiligen uns gern an der Sachversicherung für Ihre 42 Filialen (Inhalt, Glas, Betriebsunterbrechung). Für die Kalkulation fehlt uns die Liste der Standorte mit Sicherungsklasse der Schaufenster.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "base64 body: Zahnzusatz decision with diagnosis Parodontitis for named",
  frm=A("wendland"), to="Frank Bertram <frank.bertram@web.example>", sig="wendland", cte="base64",
  subj="Ihr Heil- und Kostenplan",
  date="2026-07-21 09:00",
  body="""Sehr geehrter Herr Bertram,

den Heil- und Kostenplan der Klinik in Sopron für die Brücke 44–46 haben wir geprüft. Wegen der im Plan genannten fortgeschrittenen Parodontitis im Unterkiefer müssen Sie vor dem Zahnersatz eine Parodontitisbehandlung abschließen. Danach erstatten wir 80 % bis zur Höhe der deutschen GOZ-Sätze (Vertrag ZZ-6670312).

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: works council note on Betriebliches Eingliederungsmanagement statistics, aggregate",
  frm="Betriebsrat <betriebsrat@versicherer.example>", to="alle-mitarbeitenden@versicherer.example",
  subj="Betriebsrat informiert: BEM 2025 in Zahlen",
  date="2026-07-21 12:00",
  body="""Liebe Kolleginnen und Kollegen,

2025 haben 84 Beschäftigte ein BEM-Angebot erhalten, 51 haben es angenommen. In 39 Fällen gab es Maßnahmen (z. B. Arbeitsplatzanpassung, stufenweise Wiedereingliederung). Namen oder Diagnosen erfährt der Betriebsrat nur, wenn Betroffene es selbst wollen.

Euer Betriebsrat""")

M("C", "de", "insurer-to-customer", "DOCX letter only: legal protection, contact rights after separation, named persons, no health",
  frm=A("lindqvist"), to="Andrea Pfeiffer <andrea.pfeiffer@gmx.example>", sig="lindqvist",
  subj="Ihre Anfrage vom 15. Juli",
  date="2026-07-22 10:00",
  body="""Sehr geehrte Frau Pfeiffer,

unsere Antwort finden Sie im Anhang.

Mit freundlichen Grüßen""",
  att=[DOCX("Antwort_RS-2210457.docx", [("h", "Rechtsschutz RS-2210457 – Umgangsrecht"), "Sehr geehrte Frau Pfeiffer,", "Streitigkeiten über das Umgangsrecht mit Ihren Kindern nach der Trennung von Herrn Marc Pfeiffer sind im Familienrecht angesiedelt. Ihr Vertrag umfasst hier nur die Beratung (bis 250 EUR je Beratungsfall). Ein gerichtliches Verfahren beim Familiengericht Bonn ist nicht versichert.", "Mit freundlichen Grüßen, Petra Lindqvist"])])

M("N", "en", "internal", "trap: IT ticket about OCR of pharmacy receipts, synthetic test data",
  frm=A("hoffmann"), to=A("raman"), sig="hoffmann", lang="en", sigstyle="short",
  subj="OCR test set for pharmacy receipts",
  date="2026-07-22 15:00",
  body="""Hi Priya,

I've generated 200 synthetic pharmacy receipts for the OCR test (random PZNs, fake pharmacy names, patient "Erika Mustermann"). No real data. They're on the test share under /ocr/receipts-synthetic.

Lukas""")

M("S", "en", "translator", "expat translator forwards letter for Japanese client: gastric camera, biopsy",
  frm="Yuki Tanaka (Translation) <yuki.tanaka@jp-translate.example>", to=A("whitfield"), lang="en",
  subj="Translation on behalf of Mr Kenji Sato - claim documents",
  att=[PDF("Rechnung_Gastro_Sato.pdf", [("h", "Gastroenterologie Düsseldorf - Privatliquidation"), "Patient: Kenji Sato, geb. 12.12.1979", ("t", [["Datum", "GOÄ", "Leistung", "EUR"], ["02.07.2026", "682", "Ösophagogastroduodenoskopie", "137,71"], ["02.07.2026", "695", "Biopsie", "31,08"], ["02.07.2026", "4500", "Histologie", "29,15"]]), "Diagnose: Gastritis, Helicobacter pylori positiv (K29.5, B98.0)"])],
  date="2026-07-23 10:00",
  body="""Dear Ms Whitfield,

I am translating for Mr Kenji Sato (policy IHP-0066219), who does not speak German or English well. He asks whether you received the invoice from Gastroenterologie Düsseldorf for his gastroscopy with biopsy on 2 July (Helicobacter pylori positive, he is now on triple therapy). He also asks if the pharmacy bill for the antibiotics must be sent separately.

Please reply to me with Mr Sato in copy.

Yuki Tanaka, certified translator""")

M("C", "de", "insurer-to-customer", "pet: dog OP invoice ODS, owner named → C",
  frm=A("wagner"), to="Nina Hartwig <nina.hartwig@gmail.example>", sig="wagner",
  subj="Erstattung Kastration und Zahnsanierung Bruno",
  date="2026-07-23 13:00",
  body="""Hallo Frau Hartwig,

hier die Aufstellung zu Brunos Rechnungen (Vertrag TO-1120098). Die Kastration ist als Vorsorge nicht versichert, die Zahnextraktion unter Narkose schon.

Viele Grüße""",
  att=[ODS("Erstattung_Bruno.ods", {"Erstattung": [["Position", "Rechnung EUR", "erstattet EUR"], ["Kastration Rüde", 312.40, 0], ["Narkose + Zahnextraktion 2 Zähne", 486.90, 486.90], ["Schmerzmittel Metacam", 24.50, 24.50]]})])

M("N", "de", "insurer-to-customer", "trap: Widerrufsbelehrung / general info for new customers, no data",
  frm="Versicherer <service@versicherer.example>", to="neukunden@versicherer.example", client="system",
  subj="Willkommen – so erreichen Sie uns",
  date="2026-07-24 06:00",
  body="""Herzlich willkommen!

So erreichen Sie uns: Telefon +49 221 555-3000 (Mo–Fr 8–20 Uhr), App "Versicherer", sicheres Postfach auf www.versicherer.example. Bitte schicken Sie Arztrechnungen, Atteste und andere Gesundheitsunterlagen nur über App oder Postfach – nicht per normaler E-Mail.

Ihr Kundenservice""")

M("C", "de", "insurer-to-customer", "quoted customer mail contains IBAN; reply bland; household",
  frm=A("becker"), to="Sven Kühne <sven.kuehne@gmx.example>", sig="becker",
  subj="AW: neue Bankverbindung",
  date="2026-07-24 10:00",
  body="""Sehr geehrter Herr Kühne,

vielen Dank, ist erledigt. Die offene Prämie buchen wir am 01.08. ab.

Mit freundlichen Grüßen""",
  quote=OQ("Sven Kühne <sven.kuehne@gmx.example>", "Donnerstag, 23. Juli 2026 21:40", A("becker"), "neue Bankverbindung",
           """Hallo, sorry fürs späte Melden. Neue Bank: """ + IB("DE", "120300001020304050") + """ (DKB), für Hausrat HR-4402180. Gruß S. Kühne"""))

M("S", "de", "insurer-to-customer", "accident: hospital daily allowance after bike accident, concussion",
  frm=A("albrecht"), to="Lena Vollmer <lena.vollmer@posteo.example>", sig="albrecht",
  subj="Unfall mit dem Rad – Krankenhaustagegeld",
  date="2026-07-27 09:00",
  body="""Liebe Frau Vollmer,

für die zwei Nächte im Klinikum Darmstadt nach Ihrem Radunfall (Gehirnerschütterung, Platzwunde an der Stirn) zahlen wir aus Ihrer Unfallversicherung UV-4480192 Krankenhaustagegeld von 2 × 30 EUR. Ein Dauerschaden ist nicht zu erwarten, wir schließen den Fall, sobald Sie wieder gesund sind.

Viele Grüße""")

M("N", "de", "insurer-to-broker", "trap: broker asks generally about dental tariff acceptance rules, answer generic",
  frm=A("vogel"), to="Versicherungsbüro Anja Tessmer <anja.tessmer@vb-tessmer.example>", sig="vogel",
  subj="AW: Annahmerichtlinien ZahnPlus",
  date="2026-07-27 11:00",
  body="""Liebe Frau Tessmer,

allgemein: Bei ZahnPlus nehmen wir bis zu 3 fehlende, nicht ersetzte Zähne an (mit Ausschluss dieser Zähne). Eine laufende oder angeratene Behandlung führt zur Zurückstellung. Parodontitis in den letzten 3 Jahren: Annahme mit 20 % Zuschlag.

Viele Grüße""")

M("C", "en", "insurer-to-customer", "tourist: stolen camera claim abroad, no injury, named, police report",
  frm=A("seidel"), to="Jack O'Brien <jack.obrien@eircom.example>", sig="seidel", lang="en",
  subj="Stolen camera in Berlin – RG-26-1022",
  date="2026-07-28 10:00",
  body="""Dear Mr O'Brien,

we have received the police report (Berlin, Abschnitt 53, case 260718-1530-e00219) about the theft of your Sony camera at the Mauerpark flea market. Your baggage cover RG-880477 pays the current value of EUR 840 less EUR 50 excess. Payment to your Irish account as before.

Kind regards""")

M("N", "de", "internal", "trap: email with sick-leave quota per department (aggregate) for management",
  frm=A("weiss"), to="bereichsleitungen@versicherer.example", sig="weiss", sigstyle="short",
  subj="Krankenquote Q2",
  date="2026-07-28 14:00",
  body="""Hallo zusammen,

die Krankenquote Q2 (Anteil Fehltage an Sollarbeitstagen):

[[t]]

Bereiche unter 10 Personen sind zusammengefasst.

Nadine""",
  tables={"t": ([["Bereich", "Q2 2026", "Q2 2025"], ["Leistung Kranken", "6,1 %", "5,8 %"], ["Schaden Sach/HUK", "5,4 %", "5,9 %"], ["IT", "3,2 %", "3,5 %"], ["Vertrieb", "4,0 %", "4,3 %"], ["Sonstige", "4,8 %", "4,6 %"]], "pad")})

M("S", "de", "internal", "HR sends named employee's sick note to payroll — health of employee",
  frm=A("weiss"), to="entgelt@versicherer.example", sig="weiss", sigstyle="short",
  subj="Entgeltfortzahlung Herr Kessler – Ende 6 Wochen",
  date="2026-07-29 09:00",
  body="""Hallo Entgeltabrechnung,

Herr Tobias Kessler (Personalnr. 40712) ist seit 16.06. durchgehend arbeitsunfähig (Folgebescheinigungen liegen vor, gleiche Erkrankung). Die Entgeltfortzahlung endet am 27.07.; ab 28.07. bitte Krankengeldzuschuss nach Tarif berechnen.

Danke, Nadine""")

M("C", "de", "insurer-to-customer", "household: bicycle insured value table, customer and address",
  frm=A("kowalski"), to="Uwe Pfennig <uwe.pfennig@t-online.example>", sig="kowalski",
  subj="Ihr neues E-Bike ist versichert",
  date="2026-07-29 11:00",
  body="""Sehr geehrter Herr Pfennig,

Ihr neues E-Bike (Riese & Müller Charger4, Rahmennr. RM 55012 887, Kaufpreis 5.299 EUR) ist ab heute in Ihrer Fahrrad-Vollkasko FV-6612080 versichert, Versicherungsort Auf dem Kamp 12, 53721 Siegburg.

Mit freundlichen Grüßen""")

M("N", "en", "newsletter", "trap: English dental newsletter, general",
  frm="Versicherer Magazine <newsletter@versicherer.example>", to="subscribers-en@versicherer.example", lang="en",
  subj="Smile! Five facts about professional teeth cleaning",
  date="2026-07-30 06:00",
  body="""1. Professional cleaning removes tartar you can't reach at home.
2. Twice a year is ideal for most adults.
3. It costs EUR 80–150 in Germany.
4. It helps prevent gum disease (periodontitis).
5. Our dental plans reimburse two cleanings a year.

Find a dentist near you: www.versicherer.example/en/dentist""")

M("C", "de", "insurer-to-customer", "motor: young driver's accident, no injury, parents' address, claim",
  frm=A("brenner"), to="Uwe Lorenzen <uwe.lorenzen@t-online.example>", sig="brenner",
  subj="Schaden KF-26-18822 – Ihre Tochter Marie",
  date="2026-07-30 10:00",
  body="""Sehr geehrter Herr Lorenzen,

Ihre Tochter Marie ist am 24.07. mit Ihrem Fahrzeug HH-UL 3210 beim Ausparken gegen einen Poller gefahren. Es gab keinen Personenschaden. Der Schaden am Stoßfänger (1.140 EUR) ist über die Vollkasko gedeckt, Selbstbeteiligung 300 EUR.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-customer", "trap: HTML-only marketing for accident insurance with example payouts (fictitious)",
  frm="Versicherer <angebote@versicherer.example>", to="interessenten@versicherer.example", client="system",
  subj="Ein Unfall ist schnell passiert",
  date="2026-07-31 06:00",
  html="""<html><body><h2>Ein Unfall ist schnell passiert.</h2>
<p>70 % aller Unfälle passieren in der Freizeit – dort zahlt die gesetzliche Unfallversicherung nicht.</p>
<table border="1" cellpadding="4"><tr><th>Beispiel (fiktiv)</th><th>Leistung</th></tr>
<tr><td>Bänderriss beim Joggen, 5 % Invalidität</td><td>5.000 &euro;</td></tr>
<tr><td>Sturz vom Fahrrad, Oberschenkelbruch</td><td>1.000 &euro; Sofortleistung</td></tr>
<tr><td>Schwerer Unfall, 60 % Invalidität mit Progression 350 %</td><td>225.000 &euro;</td></tr></table>
<p><a href="https://www.versicherer.example/unfall">Jetzt berechnen</a></p></body></html>""")

M("C", "de", "customer", "customer mobile: tenant liability, address and policy, no injury",
  frm="Leon Braun <leon.braun@gmx.example>", to=A("oltmanns"), client="mobile",
  subj="nochmal wegen handy",
  date="2026-07-31 20:11",
  body="""hi, timo hat sich gemeldet, seine iban ist """ + IB("DE", "440700240212334455") + """ (Timo Reich). danke!! leon, PH-7781203""")

M("N", "de", "insurer-to-partner", "trap: association working group on GOÄ reform, positions discussed generally",
  frm=A("kroeger"), to="AG Gebührenordnung <ag-goae@verband.example>", sig="kroeger",
  subj="Stellungnahme GOÄneu – unsere Punkte",
  date="2026-08-03 10:00",
  body="""Sehr geehrte Damen und Herren,

für die Sitzung der AG am 12. August unsere drei Punkte zum Entwurf der neuen Gebührenordnung für Ärzte:

1. Die Zuschläge für Videosprechstunden sind zu hoch bemessen.
2. Die Analogbewertungen für Psychotherapie sollten entfallen.
3. Die Übergangsfrist von 6 Monaten reicht für die Abrechnungssysteme nicht.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "follow-up to alcohol withdrawal request: cost approval to wife (authorised)",
  frm=A("brandt"), to="Birgit Hahn <birgit.hahn@web.example>", sig="brandt",
  subj="Kostenübernahme Fachklinik Hohenlinden",
  date="2026-03-26 09:00",
  body="""Sehr geehrte Frau Hahn,

Ihr Mann hat uns telefonisch bestätigt, dass wir mit Ihnen sprechen dürfen. Die Kosten für den qualifizierten Entzug in der Fachklinik Hohenlinden ab 6. April übernehmen wir. Über die anschließende Entwöhnungsbehandlung entscheiden wir, wenn der Antrag der Klinik vorliegt.

Alles Gute für Sie beide.""")

M("N", "en", "insurer-to-supplier", "trap: order of first-aid training for staff, English",
  frm=A("richter"), to="Bookings First Aid Pro <bookings@firstaidpro.example>", sig="richter", lang="en",
  subj="First-aid refresher courses, London office",
  date="2026-08-04 09:00",
  body="""Hello,

we'd like to book two first-aid refresher courses (8 participants each) for our London office in October, including CPR and AED use, and one mental-health first-aid course. Invoice to Versicherer Holding AG, UK branch.

Thanks,
Anja Richter""")

M("C", "de", "insurer-to-customer", "legal protection: traffic case (administrative fine) named customer, no crime",
  frm=A("lindqvist"), to="Andreas Meinhardt <a.meinhardt@web.example>", sig="lindqvist",
  subj="Verkehrs-Rechtsschutz – Bußgeldverfahren",
  date="2026-08-04 14:00",
  body="""Sehr geehrter Herr Meinhardt,

für die Verteidigung im Bußgeldverfahren wegen der Geschwindigkeitsüberschreitung vom 02.04. (drohender 1 Punkt, 180 EUR) erteilen wir Deckungszusage aus RS-7720915 einschließlich eines Sachverständigengutachtens zur Messung.

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: training materials list with fictitious patients for new claims staff",
  frm=A("kroeger"), to="neue-kolleginnen-kranken@versicherer.example", sig="kroeger", sigstyle="short",
  subj="Übungsfälle Woche 2",
  date="2026-08-05 08:00",
  body="""Hallo ihr Neuen,

in der Übungsumgebung liegen die Fälle für Woche 2 bereit. Alle Personen sind erfunden (Erika Mustermann, Max Mustermann, Lieschen Müller). Aufgabe: GOÄ-Rechnungen auf Steigerungsfaktoren prüfen, Arzneimittel mit Hilfsmitteln nicht verwechseln, Krankenhausrechnungen auf Wahlleistungsvereinbarung prüfen.

Sabine""")

M("C", "en", "broker", "English broker: client's tax residence, DOB and bank for contents policy",
  frm="Mark Evans <mark.evans@expatbrokers.example>", to=A("vogel"), lang="en",
  subj="Grant - payment details",
  date="2026-08-05 10:30",
  body="""Hi Katharina,

Mr Grant wants annual payment from his UK account after all:
Oliver Grant, """ + IB("GB", "NWBK60161331926819") + """
UK tax resident until 31 Dec, DOB 04/07/1983.

Thanks
Mark""")

M("S", "de", "insurer-to-customer", "hearing aid reimbursement for elderly customer of d6-0001, Akustiker named",
  frm=A("petersen"), to="Gertrud Hannemann <g.hannemann@t-online.example>", sig="petersen",
  subj="Ihre Hörgeräte – unsere Zusage",
  date="2026-04-03 10:00",
  body="""Sehr geehrte Frau Hannemann,

vielen Dank an Ihren Enkel für die Unterlagen. Für die beiden neuen Hörgeräte von Hörakustik Kind übernehmen wir aus Ihrem Tarif 80 % bis zum Höchstbetrag von 1.500 EUR je Ohr, insgesamt also 3.000 EUR. Den Rest von 990 EUR tragen Sie selbst.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-customer", "trap: prospect asks about BU for student, generic",
  frm=A("schulte"), to="Tim Albrecht <tim.albrecht@uni-mail.example>", sig="schulte",
  subj="AW: BU für Studierende",
  date="2026-08-06 09:00",
  body="""Hallo Herr Albrecht,

ja, für Studierende gibt es unsere BU Start mit niedrigen Anfangsbeiträgen. Wichtig: Sie müssen die Gesundheitsfragen der letzten 5 Jahre wahrheitsgemäß beantworten (auch Psychotherapie, Allergien, Sportverletzungen). Ein Angebot erstellen wir gern, wenn Sie uns Ihr Studienfach und das gewünschte Rentenniveau nennen.

Viele Grüße""")

# ---------------------------------------------------------------- batch 7
M("N", "en", "insurer-to-partner", "trap: XLSX aggregate travel-health claims by country for reinsurer",
  frm=A("seidel"), to="Claire Dubois <claire.dubois@reinsure.example>", sig="seidel", lang="en",
  subj="Travel health claims H1 by destination",
  date="2026-08-06 13:00",
  body="""Dear Claire,

attached the H1 travel health claims by destination country and cause group, aggregated. Small cells (<5 claims) are shown as "<5".

Ines""",
  att=[XLSX("TravelHealth_H1_2026.xlsx", {"by country": [["Country", "Claims", "Paid EUR", "Top cause group"], ["Spain", 1422, 1880400, "Injuries"], ["Italy", 611, 742000, "Injuries"], ["Turkey", 540, 512300, "Gastrointestinal"], ["USA", 188, 2410900, "Cardiovascular"], ["Thailand", 204, 630800, "Infections"], ["Iceland", "<5", "<5", "-"]]})])

M("C", "en", "insurer-to-customer", "expat: liability claim of expat, no injury, landlord's flooring",
  frm=A("oltmanns"), to="Lucas Martin <lucas.martin@free.example>", sig="oltmanns", lang="en",
  subj="Your liability claim PH-26-02291",
  date="2026-08-07 09:30",
  body="""Dear Mr Martin,

your downstairs neighbour, Ms Greta Albers (Kastanienallee 41, ground floor), has claimed EUR 2,340 for the water stains on her ceiling caused by your overflowing bathtub. We have accepted liability under your personal liability policy PH-2290018. Nobody was hurt.

Kind regards""")

M("N", "en", "insurer-to-customer", "trap: expat asks what 'Heilpraktiker' means; general explanation",
  frm=A("whitfield"), to="Sarah Whitmore <sarah.whitmore@gmail.example>", sig="whitfield", lang="en",
  subj="RE: What is a Heilpraktiker?",
  date="2026-08-07 11:00",
  body="""Dear Sarah,

a Heilpraktiker is a state-licensed non-medical practitioner in Germany – they may offer naturopathy, osteopathy or homeopathy, but they are not doctors. Whether their invoices are covered depends on your plan level; the Premium plan reimburses up to EUR 1,000 a year.

Kind regards
Emma""")

M("C", "de", "insurer-to-customer", "household: cellar water damage settlement for elderly customer (d6 windows-1252 mail), IBAN",
  frm=A("demir"), to="Alfred Kremer <alfred.kremer@arcor.example>", sig="demir",
  subj="Wasserschaden Keller – Ihre Zahlung",
  date="2026-08-10 10:00",
  body="""Sehr geehrter Herr Kremer,

für den Wasserschaden in Ihrem Keller (Gartenstraße 2, Gießen) zahlen wir 860 EUR für die beschädigten Regale und Kartons sowie 240 EUR für die Trocknungsgeräte. Die Fotoalben haben leider keinen Marktwert, wir zahlen aber die Restaurierung von zwei Alben (180 EUR).

Überweisung an """ + IB("DE", "513500250200345678") + """ (Sparkasse Gießen).

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: ICS team lunch and farewell, named colleague, no reason",
  frm=A("tran"), to="team-kundenservice-kranken@versicherer.example", sig="tran", sigstyle="name",
  subj="Abschied Gül – Mittagessen",
  date="2026-08-10 12:00",
  body="""Hallo zusammen,

Gül verlässt uns Ende August und geht nach Hamburg. Wir gehen am 28.8. zusammen essen, Einladung hängt an.

Linh""",
  att=[ICS("Abschied_Guel.ics", "abschied-guel-0828@versicherer.example", "Abschiedsessen Gül", "20260828T120000", "20260828T133000", ("Linh Tran", "linh.tran@versicherer.example"), [("Team Kundenservice Kranken", "team-kundenservice-kranken@versicherer.example")], location="Trattoria Da Enzo, Rheinuferstraße 20")])

M("S", "en", "customer", "tourist's mother writes: teenage daughter's allergic reaction, EpiPen, hospital in Croatia",
  frm="Karen Fischer-Lowe <karen.lowe@gmail.example>", to=A("seidel"), lang="en",
  subj="Claim for my daughter - hospital in Split",
  date="2026-08-11 21:30",
  body="""Hello,

my daughter Maisie (15) had an anaphylactic reaction to nuts in a restaurant in Split on 8 August. We used her EpiPen and she was kept overnight at KBC Split for observation. I paid EUR 620 at discharge. We are insured under our family travel policy RKV-551870 (I'm the policyholder, Karen Fischer-Lowe). Also we had to buy a new EpiPen at the pharmacy (EUR 98).

Receipts will follow.
Karen""")

M("N", "de", "insurer-to-customer", "trap: confirmation of callback appointment, no content",
  frm="Versicherer Rückrufservice <noreply@versicherer.example>", to="nicole.wegener@gmx.example", client="system",
  subj="Ihr Rückruftermin",
  date="2026-08-11 08:00",
  body="""Guten Tag,

wir rufen Sie wie gewünscht am Donnerstag, 13. August, zwischen 10 und 11 Uhr an.

Ihr Kundenservice""")

M("C", "de", "insurer-to-customer", "motor: customer's car financing bank named, Sicherungsschein, VIN",
  frm=A("engel"), to="Sandra Hoffmeister <sandra.hoffmeister@gmx.example>", sig="engel",
  subj="Sicherungsschein für Ihre Bank",
  date="2026-08-12 09:00",
  body="""Sehr geehrte Frau Hoffmeister,

für Ihr neues Fahrzeug (Skoda Octavia, FIN TMBJJ7NX8PY044217, Kennzeichen BO-SH 612) haben wir den Sicherungsschein an die finanzierende Bank geschickt. Vollkasko KF-4410033 bleibt mit SB 500 EUR bestehen.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-supplier", "trap: contract with translation agency (framework), no customer data",
  frm=A("krueger"), to="Übersetzungsbüro Lingua <auftrag@lingua-uebersetzung.example>", sig="krueger",
  subj="Rahmenvertrag 2027 – Verlängerung",
  date="2026-08-12 14:00",
  body="""Sehr geehrte Damen und Herren,

wir möchten den Rahmenvertrag über Übersetzungen (Russisch, Türkisch, Arabisch, Polnisch, Ukrainisch) um ein Jahr verlängern. Bitte bestätigen Sie die Preise je Normzeile und die Vereinbarung zur Auftragsverarbeitung (Art. 28 DSGVO), da Sie weiterhin medizinische Schreiben übersetzen werden.

Mit freundlichen Grüßen""")

M("C", "en", "insurer-to-customer", "expat: relocation household goods transit claim, named, no injury",
  frm=A("osei"), to="Ingrid Svensson <ingrid.svensson@telia.example>", sig="osei", lang="en",
  subj="Removal goods claim – damaged dresser",
  date="2026-08-13 10:00",
  body="""Dear Ms Svensson,

regarding your move from Stockholm to Berlin (transit policy TU-220981): the antique dresser damaged in transport will be repaired by Restaurierung Kleist, Berlin, cost EUR 780. We will pay the workshop directly. Please confirm the new delivery address Sonnenallee 112.

Kind regards""")

M("N", "en", "internal", "trap: English DPO guidance with examples of what counts as health data",
  frm=A("meier"), to="all-staff-international@versicherer.example", sig="meier", lang="en", sigstyle="short",
  subj="Quiz answers: is this health data?",
  date="2026-02-27 12:00",
  body="""Hello all,

the answers to last week's quiz:

1. Optician's invoice for a customer: yes – it reveals a visual impairment.
2. Vet's bill for a customer's cat: no health data of a person, but still personal data (it shows the customer has a pet policy).
3. Company-wide number of F32 claims: no, as long as no individual can be identified.
4. "Doctor's appointment tomorrow": borderline – don't write it to others.
5. Press article on a flu wave: no.

Thomas""")

M("C", "de", "insurer-to-customer", "household social tariff renewal based on stated pension income",
  frm=A("kowalski"), to="Yvonne Stahl <yvonne.stahl@gmx.example>", sig="kowalski",
  subj="Sozialtarif – jährliche Überprüfung",
  date="2026-08-13 15:00",
  body="""Sehr geehrte Frau Stahl,

danke für den Rentenbescheid. Mit einer Rente von 1.310 EUR netto bleibt es beim Sozialtarif für Ihre Hausratversicherung HR-3350921.

Mit freundlichen Grüßen""")

M("N", "de", "newsletter", "trap: newsletter for customers with children: fever and vaccination calendar",
  frm="Versicherer Familie <newsletter@versicherer.example>", to="familie@versicherer.example",
  subj="Familienbrief: Fieber beim Kind – wann zum Arzt?",
  date="2026-08-14 06:00",
  body="""Liebe Eltern,

Fieber ist bei Kindern meist harmlos. Zum Kinderarzt sollten Sie, wenn Ihr Baby unter 3 Monaten über 38 °C hat, das Fieber länger als drei Tage anhält oder Ihr Kind sehr schlapp ist, nicht trinkt oder einen Ausschlag bekommt.

Außerdem: Die STIKO empfiehlt ab dem Herbst die RSV-Prophylaxe für Neugeborene. Alle empfohlenen Impfungen sind bei uns ohne Selbstbehalt versichert.""")

M("S", "de", "company", "CSV only: employer's bAV direct-insurance (life) enrolment list with names, birth dates, salaries",
  frm="Bäckerei Ulrich Sander <buero@baeckerei-sander.example>", to=A("paulsen"),
  subj="Liste Entgeltumwandlung ab September",
  date="2026-08-14 09:30",
  body="""Hallo Herr Paulsen,

anbei die Mitarbeiter, die ab September umwandeln wollen.

Gruß
U. Sander""",
  att=[CSV("Entgeltumwandlung_Sander.csv", [["Name", "Geburtsdatum", "Brutto", "Umwandlung"], ["Melanie Frick", "1994-05-02", "2450", "100"], ["Erkan Yıldız", "1988-12-19", "2910", "150"], ["Tanja Lutz", "1979-02-07", "2200", "80"]], enc="utf-8", bom=True)])

M("N", "en", "insurer-to-customer", "trap: general answer about international students' insurance, no data",
  frm=A("nguyen"), to="Ravi Shankar <ravi.shankar@iitmail.example>", sig="nguyen", lang="en",
  subj="RE: Health insurance for my master's in Aachen",
  date="2026-08-17 09:00",
  body="""Dear Mr Shankar,

students under 30 can usually join the statutory student insurance; private cover is an option if you are exempt. Our student tariff costs EUR 89 a month and is accepted by universities for enrolment. Pre-existing conditions are covered after the waiting periods.

Kind regards""")

M("C", "de", "insurer-to-customer", "pet: cat insurance premium increase letter, owner and cat named → C",
  frm="Versicherer Tierversicherung <noreply@versicherer.example>", to="ingrid.sauer@t-online.example", client="system",
  subj="Beitragsänderung Ihrer Katzenkrankenversicherung",
  date="2026-08-17 05:00",
  body="""Sehr geehrte Frau Sauer,

für Ihre Katze Mieze (Vertrag TK-220771) ändert sich ab 01.10.2026 der Beitrag wegen der neuen Altersstufe (ab 10 Jahren) von 21,90 EUR auf 29,40 EUR monatlich.

Ihre Versicherer Allgemeine Versicherung AG""")

M("N", "de", "insurer-to-company", "trap: care service GmbH asks about vehicle fleet insurance, no patients",
  frm=A("engel"), to="Pflegedienst Sonnenschein GmbH <verwaltung@pflege-sonnenschein.example>", sig="engel",
  subj="Flottenversicherung für 14 Pflegefahrzeuge",
  date="2026-08-18 10:00",
  body="""Sehr geehrte Frau Rehm,

für Ihre 14 Kleinwagen im ambulanten Dienst bieten wir eine Flottenversicherung ohne SF-Einstufung an: Haftpflicht und Vollkasko, SB 500 EUR, ca. 7.900 EUR netto im Jahr. Dafür brauche ich noch die Schadenliste der letzten drei Jahre vom Vorversicherer.

Mit freundlichen Grüßen""")

M("S", "de", "insurer-to-customer", "reply to grandmother re grandson's logopedics (named child), Zusage",
  frm=A("petersen"), to="Irmgard Schön <irmgard.schoen@t-online.example>", sig="petersen",
  subj="AW: Logopädie für Ben",
  date="2026-07-07 09:00",
  body="""Sehr geehrte Frau Schön,

eine vorherige Zusage brauchen Sie für Logopädie nicht. Die 10 Behandlungen für Ben bei Frau Weber werden nach Vorlage der Rechnung und der Verordnung erstattet. Die Rechnung reicht bitte Ihr Schwiegersohn als Versicherungsnehmer ein.

Mit freundlichen Grüßen""")

M("C", "en", "insurer-to-customer", "expat: change of bank account for liability premium, IBAN (NL)",
  frm=A("becker"), to="Pieter de Vries <pieter.devries@ziggo.example>", sig="becker", lang="en",
  subj="Your new direct debit mandate",
  date="2026-08-18 14:00",
  body="""Dear Mr de Vries,

we will debit the premium for your personal liability policy PH-7730915 from your Dutch account """ + IB("NL", "ABNA0417164300") + """ from 1 September. Mandate reference PH7730915-02.

Kind regards""")

M("N", "de", "internal", "trap: anonymised complaint quote for training, no identifiers",
  frm=A("lorenz"), to="schulung-kundenservice@versicherer.example", sig="lorenz", sigstyle="short",
  subj="Zitat für die Schulung 'Empathie am Telefon'",
  date="2026-08-19 10:00",
  body="""Hallo,

für die Schulung dürfen wir dieses Zitat aus einer Beschwerde verwenden (anonymisiert, Einwilligung liegt vor):

"Ich hatte gerade die Diagnose bekommen und wollte nur wissen, ob die OP bezahlt wird. Stattdessen wurde ich dreimal weiterverbunden."

Bitte keine Rückschlüsse auf die Person ziehen oder nachrecherchieren.

Daniela""")

M("C", "de", "insurer-to-customer", "rent guarantee claim by landlord, tenant named, arrears",
  frm=A("kowalski"), to="Jannik Hübner <jannik.huebner@web.example>", sig="kowalski",
  subj="Inanspruchnahme Ihrer Mietkautionsbürgschaft",
  date="2026-08-19 13:00",
  body="""Hallo Herr Hübner,

Ihre Vermieterin, Frau Stratmann, hat die Bürgschaft MK-330981 in Höhe von 1.380 EUR in Anspruch genommen (zwei Monatsmieten Rückstand Juni/Juli). Bevor wir zahlen, haben Sie bis 02.09. Gelegenheit zur Stellungnahme.

Viele Grüße""")

M("N", "en", "insurer-to-partner", "trap: English reply to journalist on hearing-aid cost trends, aggregate",
  frm=A("baumann"), to="Tom Reed <tom.reed@healthjournal.example>", sig="baumann", lang="en",
  subj="RE: Hearing aid costs",
  date="2026-08-20 10:00",
  body="""Dear Mr Reed,

our average reimbursement per hearing aid rose from EUR 1,180 (2021) to EUR 1,420 (2025). About 62 % of claimants are over 70. We do not comment on individual cases.

Best regards
Julia Baumann""")

M("C", "de", "insurer-to-customer", "forwarded rfc822 inside: customer's garage damage claim with address, no injury",
  frm=A("demir"), to="Schadenregulierung Gutachterbüro Kühn <buero@kuehn-sv.example>", sig="demir",
  subj="Auftrag Besichtigung – WG-26-02210",
  date="2026-08-20 14:00",
  body="""Hallo Herr Kühn,

bitte besichtigen Sie den Schaden, die Meldung der Kundin hängt an.

Aylin Demir""",
  att=[EML(INNER("Ursula Lange <ursula.lange@gmx.example>", A("demir"), "Garage Dach kaputt", "2026-08-18 19:00",
                 """Hallo Frau Demir, beim Gewitter ist ein Ast auf unser Garagendach gefallen, Birkenstraße 14 in Lippstadt. Es regnet rein. Tel. 02941 88 07 12. Gruß Ursula Lange (WG-8824410)""",
                 "<garage-lange-0818@gmx.example>"), "Meldung_Lange.eml")])

M("N", "de", "insurer-to-customer", "trap: system mail: password changed, no content",
  frm="Versicherer SecureMail <noreply@versicherer.example>", to="g.hannemann@t-online.example", client="system",
  subj="Ihr Passwort wurde geändert",
  date="2026-08-21 07:00",
  body="""Guten Tag,

das Passwort für Ihr sicheres Postfach wurde soeben geändert. Wenn Sie das nicht waren, melden Sie sich bitte sofort unter +49 221 555-3000.""")

M("C", "en", "customer", "tourist (mobile): lost passport and wallet, travel insurance, no injury",
  frm="Emily Carter <emily.carter@icloud.example>", to=A("seidel"), lang="en", client="mobile",
  subj="wallet stolen",
  date="2026-08-21 22:40",
  body="""hi its emily again (travel insurance via my employer) my wallet with cards and passport got stolen in rome today, police report done. does the travel policy pay for the emergency passport? no one hurt, just stupid""")

M("N", "de", "internal", "trap: minutes of product committee: new tariff for hearing aids, no persons",
  frm=A("kroeger"), to="produktausschuss@versicherer.example", sig="kroeger", sigstyle="short",
  subj="Protokoll Produktausschuss 20.08.",
  date="2026-08-21 16:00",
  body="""Ergebnisse:

1. Hörgeräte-Baustein: Höchstbetrag steigt ab 2027 auf 1.800 EUR je Ohr.
2. Sehhilfen: Laser-OP (LASIK) wird in Ambulant Plus erstattungsfähig (max. 1.000 EUR je Auge).
3. Digitale Gesundheitsanwendungen: Erstattung wie GKV-Verzeichnis.

Sabine""")

M("C", "de", "insurer-to-customer", "legal protection: inheritance dispute advice, named relatives, no health",
  frm=A("lindqvist"), to="Günter Maas <guenter.maas@freenet.example>", sig="lindqvist",
  subj="Erbrechtliche Beratung",
  date="2026-08-24 09:00",
  body="""Sehr geehrter Herr Maas,

die Beratung zum Pflichtteil nach dem Tod Ihrer Schwester, Frau Hilde Maas-Lerch, ist in Ihrem Rechtsschutzvertrag RS-4490117 als Beratungsrechtsschutz versichert (bis 250 EUR). Ein Rechtsstreit mit Ihrem Neffen über das Erbe ist nicht gedeckt.

Mit freundlichen Grüßen""")

M("N", "en", "internal", "trap: English board summary on claims trends incl. mental health, aggregate",
  frm=A("okafor"), to="board-office@versicherer.example", sig="okafor", lang="en", sigstyle="short",
  subj="Disability claims trend – one-pager",
  date="2026-08-24 11:00",
  body="""Key points for the board:

- New disability claims H1 2026: 412 (H1 2025: 388)
- Mental and behavioural disorders: 41 % of new claims (up from 36 %)
- Musculoskeletal: 22 %, cancer: 14 %
- Average age at claim: 47

No individual data in this document.

Chidi""")

M("C", "de", "insurer-to-customer", "motor: deer accident settlement with IBAN, iso-8859-1",
  frm=A("brenner"), to="Siegfried Nolte <s.nolte@freenet.example>", sig="brenner", charset="iso-8859-1",
  subj="Wildschaden GS-SN 71 – Auszahlung",
  date="2026-08-25 09:00",
  body="""Sehr geehrter Herr Nolte,

laut Gutachten betragen die Reparaturkosten 3.214,60 EUR. Abzüglich Selbstbeteiligung 150 EUR überweisen wir 3.064,60 EUR an die Werkstatt Autohaus Seesen. Ihre eigene Bankverbindung (""" + IB("DE", "250500000004567890") + """) brauchen wir dafür nicht.

Mit freundlichen Grüßen""")

M("N", "de", "insurer-to-customer", "trap: generic customer service answer about Notfall-Hotline abroad",
  frm=A("seidel"), to="Lea Schubert <lea.schubert@gmx.example>", sig="seidel",
  subj="AW: Notfallnummer",
  date="2026-08-25 11:00",
  body="""Liebe Frau Schubert,

unsere Notrufnummer aus dem Ausland lautet +49 221 555-7000, rund um die Uhr auf Deutsch und Englisch. Speichern Sie sie am besten im Handy unter "ICE Versicherung".

Viele Grüße""")

M("S", "de", "insurer-to-customer", "life insurance beneficiary change after divorce: no medical word, life contract",
  frm=A("roth"), to="Christian Maurer <c.maurer@gmx.example>", sig="roth",
  subj="Änderung Bezugsrecht LV-3380 1120",
  date="2026-08-26 10:00",
  body="""Sehr geehrter Herr Maurer,

wie gewünscht haben wir das Bezugsrecht Ihrer Risikolebensversicherung geändert: Bezugsberechtigt im Todesfall sind jetzt Ihre Kinder Lukas und Hanna Maurer zu gleichen Teilen statt Ihrer geschiedenen Ehefrau.

Mit freundlichen Grüßen""")

M("N", "en", "newsletter", "trap: long-term care info for relatives, English",
  frm="Versicherer Care Letter <newsletter@versicherer.example>", to="careletter-en@versicherer.example", lang="en",
  subj="Caring for a parent in Germany – first steps",
  date="2026-08-26 06:00",
  body="""If a parent needs care: 1) apply for a care level with their care insurer; 2) an assessor visits at home; 3) depending on the care level, there is a care allowance or money for a care service. Keep a care diary for two weeks before the visit – it helps the assessment.

Read more: www.versicherer.example/en/care""")

M("C", "de", "insurer-to-customer", "household: insured's new address and birth date in HTML table, Outlook",
  frm=A("kowalski"), to="Nadine Krüger <nadine.krueger@web.example>", sig="kowalski",
  subj="Umzug – neue Daten",
  date="2026-08-27 09:00", html=True,
  body="""Liebe Frau Krüger,

wir haben Ihre Daten geändert:

[[t]]

Viele Grüße""",
  tables={"t": ([["Feld", "neu"], ["Anschrift", "Heideweg 5, 21614 Buxtehude"], ["Geburtsdatum (korrigiert)", "19.06.1987"], ["Verträge", "PH-5503810, HR-5503811"]], "pad")})

M("N", "de", "internal", "trap: team mail 'Arzttermin' of colleague mentioned without detail",
  frm=A("wendland"), to=A("kroeger"), sig="wendland", sigstyle="name",
  subj="morgen später",
  date="2026-08-27 16:40",
  body="""Hi Sabine, ich komme morgen erst gegen 11, habe einen Termin. Die Zahnfälle von heute sind alle durch. Tobias""")

M("C", "en", "insurer-to-broker", "English broker receives client's contents policy renewal data with DOB",
  frm=A("vogel"), to="Mark Evans <mark.evans@expatbrokers.example>", sig="vogel", lang="en",
  subj="Renewal terms – Grant",
  date="2026-08-28 10:00",
  body="""Hi Mark,

renewal terms for Oliver Grant (DOB 04.07.1983), HR-9930117 contents and PH-9930118 liability: unchanged premium EUR 337.20 a year, piano now covered up to EUR 30,000 within the sum insured.

Katharina""")

M("N", "de", "insurer-to-customer", "trap: generic letter to all dental customers on new GOZ factors",
  frm="Versicherer Krankenversicherung <info-kv@versicherer.example>", to="versicherte-zahn@versicherer.example", client="system",
  subj="Was ändert sich bei Zahnarztrechnungen?",
  date="2026-08-28 06:00",
  body="""Liebe Versicherte,

viele Zahnarztpraxen rechnen inzwischen mit höheren Steigerungsfaktoren ab (über 2,3). Das ist zulässig, wenn die Praxis es begründet. Ihr Tarif erstattet bis zum Höchstsatz der GOZ (3,5-fach). Fragen Sie vor größeren Behandlungen nach einem Heil- und Kostenplan.""")

M("C", "de", "insurer-to-customer", "legal protection: consumer dispute with gym contract, named, no health",
  frm=A("lindqvist"), to="Leon Braun <leon.braun@gmx.example>", sig="lindqvist",
  subj="Vertragsrechtsschutz – Fitnessstudio",
  date="2026-08-31 09:30",
  body="""Hallo Herr Braun,

der Streit mit FitX Bremen über die Kündigung Ihres Mitgliedsvertrags nach Ihrem Umzug ist über RS-7781299 versichert. Streitwert 479 EUR; wir empfehlen zunächst ein Anwaltsschreiben.

Viele Grüße""")

M("N", "en", "insurer-to-customer", "trap: generic reminder to expats to renew their residence permit insurance letter",
  frm=A("whitfield"), to="expats@versicherer.example", sig="whitfield", lang="en",
  subj="Need an insurance certificate for your residence permit?",
  date="2026-08-31 12:00",
  body="""Dear customers,

many immigration offices ask for a certificate confirming health insurance cover. You can download it in the app under "Documents" → "Insurance certificate (English/German)". No need to contact us.

Emma Whitfield""")

M("C", "de", "insurer-to-customer", "e-bike claim payout with IBAN, named",
  frm=A("demir"), to="Uwe Pfennig <uwe.pfennig@t-online.example>", sig="demir",
  subj="E-Bike Cube – Auszahlung",
  date="2026-09-01 10:00",
  body="""Sehr geehrter Herr Pfennig,

der Kaufbeleg ist da. Wir zahlen für das gestohlene E-Bike 2.849 EUR (Neuwert abzgl. Abzug für das Alter des Akkus) auf """ + IB("DE", "370501980023456789") + """.

Mit freundlichen Grüßen""")

M("N", "de", "internal", "trap: fire drill notice mentions people with mobility aids generally",
  frm=A("richter"), to="alle-koeln@versicherer.example", sig="richter", sigstyle="short",
  subj="Räumungsübung am 10. September",
  date="2026-09-01 08:00",
  body="""Hallo zusammen,

am 10. September um 10:30 Uhr ist Räumungsübung. Kolleginnen und Kollegen, die im Notfall Hilfe brauchen (z. B. mit Gehhilfe oder Rollstuhl), melden sich bitte vertraulich bei mir, damit die Etagenhelfer Bescheid wissen.

Anja""")

M("N", "en", "insurer-to-customer", "trap: system mail, document available in portal, English",
  frm="Versicherer SecureMail <noreply@versicherer.example>", to="ana.ribeiro@proton.example", lang="en", client="system",
  subj="A new document is waiting for you",
  date="2026-09-02 07:00",
  body="""Hello,

a new document has been placed in your secure mailbox. Log in at https://securemail.versicherer.example to read it. For security reasons this notification contains no content.""")

M("N", "de", "insurer-to-customer", "trap: Schadenverhütung tips for homeowners, generic",
  frm="Versicherer Zuhause <newsletter@versicherer.example>", to="hausbesitzer@versicherer.example",
  subj="Herbst-Check fürs Haus",
  date="2026-09-03 06:00",
  body="""Bevor die Stürme kommen: Dachrinnen reinigen, lose Ziegel prüfen, Außenwasserhähne absperren, Rückstauklappe testen. Ein verstopfter Abfluss ist die häufigste Ursache für Wasserschäden im Keller.""")

# ---------------------------------------------------------------- batch 8
M("N", "de", "insurer-to-partner", "trap: PDF statistics brochure on dental claims, aggregate, sent to dental association",
  frm=A("wendland"), to="Zahnärztekammer Nordrhein <presse@zaek-nr.example>", sig="wendland",
  subj="Zahlen für Ihren Jahresbericht",
  date="2026-09-03 10:00",
  body="""Sehr geehrte Damen und Herren,

wie erbeten unsere Zahlen zu Zahnersatz-Erstattungen 2025 als PDF. Die Auswertung enthält keine Daten einzelner Versicherter oder Praxen.

Mit freundlichen Grüßen""",
  att=[PDF("Zahnersatz_2025_Auswertung.pdf", [("h", "Zahnersatz-Erstattungen 2025 (aggregiert)"), ("t", [["Leistung", "Fälle", "Ø Rechnung EUR", "Ø Erstattung EUR"], ["Krone (GOZ 2210)", "21.480", "842", "690"], ["Implantat (GOZ 9010)", "6.912", "2.980", "2.210"], ["Brücke", "4.305", "2.140", "1.720"], ["Prothese", "1.877", "1.460", "1.190"]]), "Quelle: eigene Leistungsdaten, alle Zahntarife."])])

M("N", "en", "internal", "trap: English team note on handling relatives who call for a parent (process, no case)",
  frm=A("yilmaz"), to="team-pflege@versicherer.example", sig="yilmaz", lang="en", sigstyle="short",
  subj="Process reminder: relatives calling on behalf of a parent",
  date="2026-09-04 09:00",
  body="""Hi all,

a reminder for calls from sons, daughters or neighbours: we may only discuss a customer's care or health contract if we have a power of attorney, a court-appointed guardian's certificate or the customer's consent on file. Without it, say kindly that we cannot give information, and explain how the customer can authorise them.

Felix""")

M("N", "de", "insurer-to-customer", "trap: rehab clinic (GmbH) gets its own liability insurance offer, no patients",
  frm=A("hartmann"), to="Kaufmännische Leitung Rehaklinik Am Waldsee GmbH <kl@klinik-waldsee.example>", sig="hartmann",
  subj="Angebot Betriebshaftpflicht Klinik",
  date="2026-09-04 14:00",
  body="""Sehr geehrter Herr Oberdorf,

anbei unser Angebot für die Betriebs- und Berufshaftpflicht der Rehaklinik (180 Betten, Psychosomatik und Orthopädie). Die Deckungssumme für Personenschäden beträgt 10 Mio. EUR je Schadenfall. Die ärztliche Berufshaftpflicht der angestellten Ärztinnen und Ärzte ist eingeschlossen.

Mit freundlichen Grüßen""",
  att=[DOCX("Angebot_BHV_Klinik_Waldsee.docx", [("h", "Angebot Betriebshaftpflicht"), "Versicherungsnehmerin: Rehaklinik Am Waldsee GmbH", ("t", [["Baustein", "Deckung", "Jahresbeitrag netto"], ["Betriebshaftpflicht", "10 Mio. EUR pauschal", "48.200 EUR"], ["Berufshaftpflicht Ärzte", "eingeschlossen", "-"], ["Umwelthaftpflicht", "3 Mio. EUR", "2.100 EUR"]])])])


# ==== MAILS END ====

if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        main()
        c = Counter(l for l, *_ in MAILS)
        (OUT / "DONE").write_text("dev6 complete: " + ", ".join(f"{k}={c[k]}" for k in LABELS.values())
                                  + f", total={len(MAILS)}\n", encoding="utf-8")
