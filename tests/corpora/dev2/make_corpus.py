#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel second development corpus generator (corpora/dev2).

Writes mails/d2-NNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from corpora/dev.

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
    p.set_creator("Siegel dev2 corpus")
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
    salt = f"d2|{n}|{m.get('mid', '')}|{m['subj']}"
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
        fn = f"d2-{n:04d}.eml"
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
# MAILS — every mail below is written by hand.
# ==========================================================================

# ---------------------------------------------------------------- batch 1: d2-0001 - d2-0033

# d2-0001
M("S", "de", "insurer-to-customer", "PKV inpatient claim of the addressee: knee replacement, DRG, hospital invoice, single room surcharge",
  frm=ADDR("brandt"), to="Jannik Oberländer <j.oberlaender@t-netz.example>", ent="kv",
  subj="Ihr Krankenhausaufenthalt in der Sana-Klinik Rheinbach – Abrechnung",
  date="2026-02-03 11:20", sig="brandt",
  body="""
Sehr geehrter Herr Oberländer,

die Rechnung der Klinik Rheinbach für Ihren stationären Aufenthalt vom 12.01. bis 21.01.2026 liegt uns vor. Abgerechnet wurde die Fallpauschale I44B (Implantation einer Endoprothese am Kniegelenk) mit 8.914,27 €, dazu Wahlleistung Einbettzimmer für 9 Tage à 118,00 € und die Chefarztbehandlung nach GOÄ (Liquidation Prof. Dr. Weyand, 2.316,40 €).

Nach Ihrem Tarif KV-Komfort 100 erstatten wir:
- allgemeine Krankenhausleistungen: 8.914,27 € (direkt an die Klinik, Kostenübernahme lag vor)
- Einbettzimmer: 9 x 118,00 € = 1.062,00 €
- Chefarztrechnung: 2.316,40 € abzüglich 84,12 € für die Nr. 2382 GOÄ, die neben der Nr. 2153 nicht berechnungsfähig ist

Den Betrag von 3.294,28 € überweisen wir Ihnen diese Woche. Für die Anschlussheilbehandlung in Bad Neuenahr haben wir der Reha-Klinik die Kostenzusage bereits geschickt.

Gute Besserung weiterhin!

Mit freundlichen Grüßen
""")

# d2-0002
M("N", "de", "internal", "trap: actuarial mortality analysis of the whole portfolio, only aggregates by age band, no persons",
  frm=ADDR("okafor"), to=f"Aktuariat Leben <aktuariat-leben@{DOM}>", cc=ADDR("stone"), ent="lv",
  subj="Sterblichkeitsanalyse Bestand 2025 – erste Ergebnisse",
  date="2026-02-04 08:47", sig="okafor", sigstyle="short",
  att=[XLSX("Sterblichkeit_Bestand_2025_v1.xlsx", {
      "Männer": [["Alter von", "Alter bis", "Bestand (Risikojahre)", "Todesfälle beob.", "erwartet DAV 2008 T", "A/E"],
                 [20, 29, 41213, 9, 17.3, 0.52], [30, 39, 88410, 41, 61.9, 0.66], [40, 49, 102377, 118, 171.0, 0.69],
                 [50, 59, 97654, 301, 402.3, 0.75], [60, 69, 51220, 398, 489.6, 0.81]],
      "Frauen": [["Alter von", "Alter bis", "Bestand (Risikojahre)", "Todesfälle beob.", "erwartet DAV 2008 T", "A/E"],
                 [20, 29, 39877, 4, 8.0, 0.50], [30, 39, 80132, 22, 33.6, 0.65], [40, 49, 94001, 70, 98.7, 0.71],
                 [50, 59, 90218, 166, 225.5, 0.74], [60, 69, 47003, 231, 287.1, 0.80]]}, author="C. Okafor")],
  body="""
Hallo zusammen,

anbei die erste Auswertung der Bestandssterblichkeit Risiko-LV 2025 (Stichtag 31.12.2025, Todesfälle gemeldet bis 31.01.2026).

Kurz:
* A/E über alles bei 0,72 (Vorjahr 0,70), also weiterhin deutlich unter der DAV 2008 T.
* Die Altersgruppe 60-69 nähert sich der Tafel an, das schauen wir uns nochmal mit Raucherstatus an.
* Spätmeldungen erwarten wir noch ca. 3-4 % – die Zahlen sind also vorläufig.

Todesursachen habe ich bewusst nicht aufgeschlüsselt, die kommen erst mit dem Rückversicherer-Abgleich im März.

Bitte noch nicht extern weitergeben.

Gruß
Chidi
""")

# d2-0003
M("C", "de", "insurer-to-customer", "motor: named customer with eVB number, vehicle and VIN",
  frm=ADDR("engel"), to="Melanie Haug <melanie.haug@gmx-mail.example>", ent="av",
  subj="Ihre eVB-Nummer für den VW ID.3",
  date="2026-02-04 14:02", sig="engel", sigstyle="short", disc=False,
  body="""
Hallo Frau Haug,

wie telefonisch besprochen hier Ihre elektronische Versicherungsbestätigung für die Zulassung:

eVB-Nummer: A7K3P9X
gültig für: VW ID.3 Pro, FIN WVWZZZE1ZPP041877
Versicherungsbeginn: Tag der Zulassung
Tarif: Kfz-Haftpflicht + Vollkasko (SB 300 € / TK 150 €), SF 12 aus Ihrem Vorvertrag

Die Nummer geben Sie einfach bei der Zulassungsstelle an, mehr brauchen Sie von uns nicht. Sobald das Kennzeichen feststeht, schicken wir Ihnen den Versicherungsschein.

Viele Grüße aus Köln
""")

# d2-0004
M("S", "en", "insurer-to-hospital", "expat health: guarantee of payment naming the insured, admission diagnosis appendicitis K35.8",
  frm=ADDR("whitfield"), to="Admissions Office <admissions@marina-hospital.example>", ent="kv",
  subj="Guarantee of Payment – GOP-2026-00418 – Mr Raphael Gomes",
  date="2026-02-05 06:31", sig="whitfield", importance="high",
  body="""
Dear Admissions team,

further to your call this morning we confirm cover for the emergency admission of our member

  Name: Raphael GOMES
  Date of birth: 14/03/1979
  Member no.: EXP-7730-2291-01
  Plan: Global Health Premier (inpatient 100 %, no deductible)

for the treatment of acute appendicitis (ICD-10 K35.8), laparoscopic appendectomy, expected length of stay 3 nights, semi-private room.

This guarantee covers up to USD 18,000. Any extension or additional procedure requires our prior approval. Please send the final itemised invoice together with the discharge summary to claims-international@versicherer.example quoting GOP-2026-00418.

Kind regards
""")

# d2-0005
M("N", "de", "newsletter", "trap: broker newsletter about a new BU tariff and health questions, product information only",
  frm=f"Versicherer Maklerservice <newsletter@{DOM}>", to=f"Makler-Newsletter <makler-news@{DOM}>", ent="lv",
  subj="Makler-Info 04/2026: Neue BU Start für Azubis, vereinfachte Gesundheitsfragen",
  date="2026-04-01 07:00", html=True,
  tables={"T": ([["Eintrittsalter", "BU-Rente 1.000 €", "Beitrag mtl. (Büro)", "Beitrag mtl. (Handwerk)"],
                 ["16", "bis Alter 67", "23,40 €", "41,90 €"], ["20", "bis Alter 67", "27,10 €", "48,30 €"],
                 ["25", "bis Alter 67", "31,80 €", "57,20 €"]], "pipe")},
  body="""
Liebe Vertriebspartnerinnen und Vertriebspartner,

ab 15. April gibt es die BU Start für Auszubildende und Studierende:

* Einstieg mit reduziertem Beitrag in den ersten 5 Jahren
* nur noch 6 Gesundheitsfragen (Zeitraum 3 Jahre ambulant, 5 Jahre stationär), psychische Erkrankungen nur bei Behandlung in den letzten 3 Jahren
* Nachversicherungsgarantie bei Abschluss der Ausbildung ohne erneute Gesundheitsprüfung
* weltweiter Schutz, Verzicht auf abstrakte Verweisung

Beispielbeiträge (Nichtraucher, BU-Rente 1.000 € monatlich):

[[T]]

Webinar: Mittwoch, 22.04.2026, 10:00 Uhr – Anmeldung im Maklerportal unter "Termine".

Ihr Maklerservice Leben

Sie erhalten diesen Newsletter, weil Sie als Vertriebspartner registriert sind. Abmelden: www.versicherer.example/makler/newsletter
""")

# d2-0006
M("C", "en", "insurer-to-customer", "household contents claim: named customer, claim number, insured address, bike theft",
  frm=ADDR("demir"), to="Oliver Price <oliver.price@fastmail-demo.example>", ent="av",
  subj="Your claim 26-H-0207713 – stolen bicycle",
  date="2026-02-06 10:15", sig="demir", lang="en",
  body="""
Dear Mr Price,

thank you for reporting the theft of your e-bike (Riese & Müller Charger4, frame no. WRM77180021) from the locked cellar of Brüsseler Straße 41, 50674 Köln, on 2 February.

Your household contents policy HR-4471-0093 includes cover for bicycles up to 1 % of the sum insured, i.e. EUR 650, and the optional bicycle extension ("Fahrrad plus") up to EUR 4,000 – so the bike is covered.

To settle the claim we still need:
- the police report number (Vorgangsnummer) – you mentioned you'd get it by post,
- the purchase invoice or another proof of ownership,
- confirmation that the cellar compartment was locked (a short statement from you is enough).

Please reply to this e-mail or upload the documents in the customer portal.

Best regards
""")

# d2-0007
M("S", "de", "insurer-to-assessor", "harmless body; the attached PDF is a psychiatric report on a named BU claimant (F32.1 G, F41.1 G)",
  frm=ADDR("stanek"), to="Dr. med. Bernhard Aschoff <praxis@aschoff-gutachten.example>", ent="lv",
  subj="Gutachtenauftrag LV-BU 88120457",
  date="2026-02-09 13:44", sig="stanek",
  att=[PDF("Befundbericht_Dr_Rosenthal.pdf", [
      ("h", "Dr. med. Clara Rosenthal – Fachärztin für Psychiatrie und Psychotherapie"),
      "Hohenstaufenring 30, 50674 Köln",
      ("h", "Befundbericht zur Vorlage bei der Versicherung", 2),
      "Patientin: Sandra Melchior, geb. 07.08.1986, wohnhaft Am Weidenbach 9, 50676 Köln",
      "Behandlung seit 03/2025, bisher 19 Termine.",
      "Diagnosen: F32.1 G mittelgradige depressive Episode; F41.1 G generalisierte Angststörung",
      "Befund: deutlich gedrückte Stimmung, Antriebsminderung, Ein- und Durchschlafstörungen, Konzentrationsstörungen mit Fehlern bei der Arbeit als Disponentin. Keine akute Suizidalität.",
      "Therapie: Sertralin 100 mg 1-0-0, Verhaltenstherapie wöchentlich; stationäre Aufnahme in der Tagesklinik wurde besprochen.",
      "Prognose: Arbeitsfähigkeit in der bisherigen Tätigkeit derzeit nicht gegeben, eine Besserung binnen 6 Monaten ist nicht sicher absehbar.",
      "Köln, 28.01.2026   Dr. C. Rosenthal"], title="Befundbericht", author="Praxis Rosenthal")],
  body="""
Sehr geehrter Herr Dr. Aschoff,

wie gestern telefonisch besprochen bitten wir Sie um ein Gutachten in der o. g. Angelegenheit. Den Fragenkatalog schicke ich Ihnen morgen per Post, den Befundbericht der behandelnden Ärztin finden Sie schon einmal im Anhang.

Termin für die Untersuchung bitte direkt mit der Versicherten abstimmen, die Kontaktdaten stehen im Bericht.

Vielen Dank und freundliche Grüße
""")

# d2-0008
M("N", "de", "internal", "trap: water damage in a dental practice rented in the insurer's own office building, property claim, no persons",
  frm=ADDR("richter"), to=f"Schadenservice Sach <sach-schaden@{DOM}>", cc=f"Objektverwaltung Düsseldorf <objekt-ddf@{DOM}>",
  subj="Leitungswasserschaden Objekt Düsseldorf, Graf-Adolf-Str. 88 – Zahnarztpraxis EG",
  date="2026-02-10 09:05", sig="richter", sigstyle="short",
  body="""
Hallo Sach-Team,

in unserem Objekt Düsseldorf ist am Wochenende im 1. OG eine Zuleitung an der Teeküche geplatzt. Das Wasser ist durch die Decke in die vermietete Zahnarztpraxis im EG gelaufen.

Stand heute:
- Deckenplatten im Wartezimmer und in Behandlungsraum 2 durchnässt, teilweise heruntergekommen
- Röntgengerät war abgedeckt, laut Praxis keine Schäden am Gerät; der Techniker kommt trotzdem Mittwoch
- Trocknungsfirma (Fa. Trockenbau Kaiser GmbH) ist seit Sonntag mit 6 Geräten vor Ort
- Praxis hat zwei Tage geschlossen, Mieter prüft Betriebsunterbrechung über seinen eigenen Versicherer

Wir als Eigentümer melden den Gebäudeschaden über unsere eigene Gebäudeversicherung (Vertrag Eigenbestand GB-0001-DDF). Fotos und das Protokoll des Installateurs lege ich in den Teams-Kanal "Objekt DDF".

Grüße
Anja
""")

# d2-0009
M("C", "de", "company", "fleet: employer's driver list with names, birth dates and plates for the motor fleet policy, in a CSV",
  frm=ADDR("engel"), to="Fuhrparkmanagement Brüggen Logistik <fuhrpark@brueggen-logistik.example>", ent="av",
  subj="AW: Fahrerliste Flottenvertrag FL-2200318",
  date="2026-02-10 15:37", sig="engel",
  att=[CSV("Fahrerliste_Feb2026.csv", [
      ["Kennzeichen", "Fahrzeug", "Fahrer", "Geburtsdatum", "Führerschein seit"],
      ["VIE-BL 201", "MAN TGL 12.220", "Marek Nowicki", "12.04.1977", "1996"],
      ["VIE-BL 202", "MAN TGL 12.220", "Jörg Tappe", "03.09.1969", "1988"],
      ["VIE-BL 207", "Mercedes Sprinter", "Aylin Karaca", "21.01.1994", "2012"],
      ["VIE-BL 210", "Mercedes Sprinter", "Dennis Vossen", "30.06.2001", "2019"],
      ["VIE-BL 215", "VW Crafter", "Piotr Zielinski", "17.11.1985", "2005"]], enc="windows-1252", sub="excel")],
  quote=OQ("Tanja Brüggen <fuhrpark@brueggen-logistik.example>", "Montag, 9. Februar 2026 17:12", "Engel, Rüdiger",
           "Fahrerliste Flottenvertrag FL-2200318", """
Hallo Herr Engel,

bei uns haben zwei neue Fahrer angefangen. Können Sie die Liste bitte aktualisieren und mir bestätigen, dass die beiden ab sofort mitversichert sind? Fahrer unter 23 war ja ein Thema beim letzten Mal.

Danke und Gruß
Tanja Brüggen
Brüggen Logistik GmbH & Co. KG
"""),
  body="""
Hallo Frau Brüggen,

danke, ist eingepflegt. Zurück kommt die Liste, wie sie jetzt bei uns im Vertrag steht – bitte kurz drüberschauen.

Herr Vossen ist unter 23 (Zuschlag Fahreralter lt. Vertrag 15 % auf das Fahrzeug VIE-BL 210), das steht dann auf der nächsten Beitragsrechnung.

Gruß
""")

# d2-0010
M("N", "en", "insurer-to-supplier", "purchase order for office chairs with PO number and delivery address of the insurer",
  frm=ADDR("krueger"), to="Sales Desk <orders@sitwell-office.example>", ent="grp",
  subj="Purchase order PO-4500118823 – 40 task chairs",
  date="2026-02-11 10:10", sig="krueger", lang="en",
  body="""
Hello,

please find our order below, according to your quotation Q-26-0311 of 28 January 2026.

PO number: 4500118823
Item: Sitwell Ergo Pro task chair, black fabric, 4D armrests – 40 pcs at EUR 389.00 = EUR 15,560.00
Assembly and packaging disposal: lump sum EUR 480.00
Delivery: week 10, Rheinuferstraße 12, 50667 Köln, goods receipt gate 3 (Mon–Fri 7–14h)
Payment: 30 days net after invoice; invoice to rechnungseingang@versicherer.example, always with the PO number

Please confirm the order and the delivery date.

Regards
""")

# d2-0011
M("S", "de", "insurer-to-customer", "long-term care: named insured's care level (Pflegegrad 3) from the medical service assessment, care allowance",
  frm=ADDR("yilmaz"), to="Ute Brückner <ute.brueckner@posteo-demo.example>", ent="kv",
  subj="Pflegetagegeld Ihrer Mutter Hildegard Brückner – Vertrag PT 5520 118",
  date="2026-02-12 12:48", sig="yilmaz",
  body="""
Sehr geehrte Frau Brückner,

vielen Dank für die Übersendung des Gutachtens des Medizinischen Dienstes und Ihrer Betreuungsvollmacht.

Der Gutachter hat bei Ihrer Mutter einen Pflegegrad 3 festgestellt (47,5 Gesamtpunkte; Schwerpunkte: Mobilität und Selbstversorgung nach dem Oberschenkelhalsbruch, beginnende Demenz). Der Pflegegrad gilt ab dem 01.12.2025.

Aus dem Pflegetagegeldtarif PTG 50 zahlen wir bei Pflegegrad 3 monatlich 60 % des vereinbarten Tagessatzes, also 900,00 € im Monat. Für Dezember und Januar überweisen wir 1.800,00 € nach, danach monatlich zum Ersten auf das Konto Ihrer Mutter.

Die Beitragsbefreiung greift ab Pflegegrad 3 ebenfalls – der Beitrag wird ab 01.12.2025 nicht mehr eingezogen.

Wenn sich der Zustand ändert oder Ihre Mutter in ein Heim umzieht, geben Sie uns bitte Bescheid.

Mit freundlichen Grüßen
""")

# d2-0012
M("C", "de", "insurer-to-broker", "buildings offer for a named client with home address and construction details",
  frm=ADDR("vogel"), to="Maklerbüro Strobel <info@strobel-versicherungen.example>", ent="av",
  subj="Angebot Wohngebäude – Eheleute Grabowski, Lindenweg 4, 83022 Rosenheim",
  date="2026-02-12 16:21", sig="vogel",
  body="""
Hallo Herr Strobel,

anbei wie gewünscht unser Angebot für Ihre Kunden Heike und Thomas Grabowski:

Objekt: Einfamilienhaus, Lindenweg 4, 83022 Rosenheim, Bj. 1978, Massivbau, Wohnfläche 164 m², Photovoltaik 9,8 kWp
Versicherungssumme: gleitender Neuwert (Wert 1914: 31.400 Mark)
Gefahren: Feuer, Leitungswasser, Sturm/Hagel, Elementar (ZÜRS 1)
Selbstbeteiligung: 500 €
Jahresbeitrag: 1.184,73 € inkl. VersSt

Die zwei Leitungswasser-Vorschäden aus 2023 beim Vorversicherer haben wir berücksichtigt – daher keine Rabattstufe 3. Wenn die Heizungsanlage inzwischen erneuert ist (Herr Grabowski hatte das angedeutet), bitte kurz Bescheid geben, dann rechne ich neu.

Angebot gültig bis 31.03.2026.

Viele Grüße
""")

# d2-0013
M("N", "de", "internal", "trap: generic FAQ answer text for the customer service knowledge base about submitting medical invoices, no person",
  frm=ADDR("kowalski"), to=f"Wissensdatenbank Redaktion <wissensdatenbank@{DOM}>",
  subj="Neuer Antwortbaustein: \"Wie reiche ich Arztrechnungen ein?\"",
  date="2026-02-13 09:30", client="thunderbird",
  body="""
Hallo Redaktion,

bitte den folgenden Baustein in die Wissensdatenbank (Kategorie Kranken > Leistung) aufnehmen, ersetzt KB-0412:

---
Wie reiche ich Arztrechnungen, Rezepte und Heilmittelverordnungen ein?

Am schnellsten geht es mit der Rechnungs-App: Foto der Rechnung machen, Tarif auswählen, absenden. Das Original brauchen wir in der Regel nicht, bewahren Sie es aber bitte 12 Monate auf.

Alternativ können Sie die Belege per Post schicken (Versicherer Krankenversicherung, Leistungsservice, 50593 Köln) oder im Kundenportal hochladen.

Bitte immer angeben: Versicherungsnummer und die behandelte Person. Bei Rezepten muss die Apotheke die Abgabe quittiert haben. Bei Rechnungen aus dem Ausland hilft uns eine kurze Übersetzung der Diagnose.

Eine Erstattung dauert im Schnitt 5 Arbeitstage.
---

Danke!
Lena
""")

# d2-0014
M("S", "en", "insurer-to-customer", "travel health claim of the addressee: gastroenteritis (A09.9) in Lisbon, clinic and pharmacy costs",
  frm=ADDR("seidel"), to="Claire Dubois <claire.dubois@mail-fr.example>", ent="av",
  subj="Travel insurance claim R-26-01184 – medical costs Portugal",
  date="2026-02-16 11:02", sig="seidel", lang="en", html=True,
  tables={"T": ([["Date", "Provider", "Item", "Amount", "Reimbursed"],
                 ["24/01/2026", "Clínica CUF Alvalade", "Emergency consultation, IV fluids", "EUR 412.00", "EUR 412.00"],
                 ["24/01/2026", "Farmácia Estrela", "Loperamide 2 mg, oral rehydration salts", "EUR 18.40", "EUR 18.40"],
                 ["25/01/2026", "Clínica CUF Alvalade", "Follow-up consultation, stool test", "EUR 165.00", "EUR 165.00"]], "pad")},
  body="""
Dear Ms Dubois,

we have processed the invoices you submitted for your treatment in Lisbon (diagnosis on the clinic report: acute gastroenteritis, A09.9).

[[T]]

The total of EUR 595.40 will be transferred to your account within the next three working days. There is no excess under your annual travel policy.

We hope you are feeling well again.

Kind regards
""")

# d2-0015
M("C", "en", "insurer-to-partner", "motor no-claims transfer request to another insurer: named person, date of birth in ISO format, previous policy number",
  frm=ADDR("engel"), to="Underwriting <motor.uw@northbridge-insurance.example>", ent="av",
  subj="No-claims bonus transfer – Mr Kai Lindemann",
  date="2026-02-17 08:55", sig="engel", lang="en",
  body="""
Dear colleagues,

Mr Kai Lindemann (date of birth 1982-11-30), currently resident at Hansaring 77, 50670 Köln, has taken out a motor policy with us (our ref. KH-77100452) and asked us to take over his no-claims record from his UK policy with you.

Your policy no.: NBM/3318/772041
Vehicle: BMW 320d, registered until 31/12/2025 in the UK

Could you please confirm the number of claim-free years and any claims in the last five years? A short letter on your letterhead by e-mail is sufficient.

Many thanks and kind regards
""")

# d2-0016
M("N", "de", "internal", "trap: data-protection meeting minutes about protection classes for health data, no persons",
  frm=ADDR("meier"), to=f"AG Datenklassifizierung <ag-datenklassen@{DOM}>", ent="grp",
  subj="Protokoll AG Datenklassifizierung, 3. Sitzung (18.02.2026)",
  date="2026-02-18 17:10", sig="meier", sigstyle="short",
  att=[DOCX("Protokoll_AG_Datenklassen_2026-02-18.docx", [
      ("h", "Protokoll AG Datenklassifizierung – 3. Sitzung"),
      "Teilnehmende: Datenschutz, Informationssicherheit, Leistung KV, Leistung LV, IT-Architektur, Recht",
      ("h", "TOP 1: Schutzklassen", 2),
      ("t", [["Schutzklasse", "Beispiele", "Versand extern"],
             ["1 – öffentlich", "Produktinformationen, Presse", "frei"],
             ["2 – intern", "Organigramme, Prozessbeschreibungen", "TLS"],
             ["3 – vertraulich", "Geburtsdatum, Bankverbindung, Vertragsdaten", "TLS (verifiziert) oder besser"],
             ["4 – streng vertraulich", "Gesundheitsdaten, Diagnosen, § 203 StGB", "E2E oder Portal"]]),
      ("h", "TOP 2: Abgrenzungsfragen", 2),
      "Anonymisierte Fallbeispiele für Schulungen bleiben Klasse 2, wenn keine Rückschlüsse auf Personen möglich sind (mind. Alter in 10-Jahres-Bändern, keine seltenen Diagnosen).",
      "Statistiken nach ICD-Kapiteln: Klasse 2, Zellen mit weniger als 5 Fällen werden zusammengefasst.",
      ("h", "TOP 3: Nächste Schritte", 2),
      "IT-Architektur prüft, wie der Mail-Gateway Schutzklasse 4 automatisch erkennt. Termin nächste Sitzung: 18.03.2026."],
      author="T. Meier")],
  body="""
Liebe AG,

anbei das Protokoll von heute. Korrekturen bitte bis Freitag an mich.

Danke für die konstruktive Runde!
Thomas
""")

# d2-0017
M("S", "de", "hospital", "harmless reply; the quoted hospital request names the patient and a myocardial infarction (I21.4) with PCI",
  frm=ADDR("brandt"), to="Patientenaufnahme St.-Elisabeth-Krankenhaus <aufnahme@st-elisabeth-kh.example>", ent="kv",
  subj="AW: Kostenübernahme Aufnahme-Nr. 2026-004471",
  date="2026-02-19 10:03", sig="brandt", sigstyle="short",
  quote=OQ("Aufnahme St.-Elisabeth <aufnahme@st-elisabeth-kh.example>", "Mittwoch, 18. Februar 2026 22:41",
           "Leistung KV Stationär", "Kostenübernahme Aufnahme-Nr. 2026-004471", """
Sehr geehrte Damen und Herren,

wir bitten um Kostenübernahme für Ihren Versicherten

Herrn Walter Pohlmann, geb. 02.05.1951, Vers.-Nr. 301 448 207 K
Aufnahme: 18.02.2026 über Notaufnahme
Aufnahmediagnose: I21.4 NSTEMI; Koronarangiographie mit PCI und Stent (OPS 8-837.00) durchgeführt
voraussichtliche Verweildauer: 5 Tage, Wahlleistung Zweibettzimmer

Mit freundlichen Grüßen
Patientenaufnahme
"""),
  body="""
Guten Morgen,

die Kostenübernahme ist erteilt (allgemeine Krankenhausleistungen + Zweibettzimmer), das Schreiben geht Ihnen heute per Fax zu.

Freundliche Grüße
""")

# d2-0018
M("N", "en", "internal", "trap: health & wellbeing week invitation with calendar file, flu jabs and back-health workshops for all staff",
  frm=f"People & Culture <people@{DOM}>", to=f"All staff <all-staff@{DOM}>", ent="grp",
  subj="Save the date: Health & Wellbeing Week 11–15 May",
  date="2026-04-20 12:00", client="outlook",
  att=[ICS("wellbeing-week.ics", "wbw2026-0511@versicherer.example", "Health & Wellbeing Week – opening",
           "20260511T120000", "20260511T130000", ("People & Culture", f"people@{DOM}"),
           location="Atrium, Rheinuferstraße 12", description="Opening with the company doctor, healthy lunch, programme overview.")],
  body="""
Hi everyone,

our Health & Wellbeing Week is back! From 11 to 15 May you can join:

- back-health workshops with our physiotherapy partner (20 minutes, at your desk or in room 2.14)
- a free eye test for screen work
- mindfulness and stress management sessions (in English on Tuesday, in German on Thursday)
- the "step challenge" – teams of five, prizes for the top three teams

The opening is on Monday at 12:00 in the atrium, calendar invitation attached. Sign-up for the individual sessions opens on 27 April in the intranet.

All offers are voluntary and confidential; nothing is reported to your manager.

Cheers
Your People & Culture team
""")

# d2-0019
M("C", "de", "insurer-to-customer", "legal expenses: cover confirmation for an employment dispute of the named customer, claim number, employer, dismissal",
  frm=ADDR("lindqvist"), to="Serkan Aydın <serkan.aydin@arcor-demo.example>", ent="av",
  subj="Deckungszusage Rechtsschutz – Ihr Vorgang RS-26-003318",
  date="2026-02-20 09:41", sig="lindqvist",
  body="""
Sehr geehrter Herr Aydın,

für Ihre Kündigungsschutzklage gegen die Fa. Heller Metallbau GmbH (Kündigung vom 29.01.2026, zugegangen am 30.01.2026) erteilen wir Ihnen Deckungszusage aus Ihrem Rechtsschutzvertrag RS 4410 7723 (Baustein Arbeits-Rechtsschutz) für die erste Instanz vor dem Arbeitsgericht Köln.

Die Selbstbeteiligung beträgt 150 €. Ihr Anwalt, Herr RA Hövelmann, kann direkt mit uns abrechnen.

Bitte denken Sie an die Klagefrist von drei Wochen ab Zugang der Kündigung – nach unseren Unterlagen endet sie am 20.02.2026, also heute. Herr Hövelmann hat uns aber mitgeteilt, dass die Klage bereits eingereicht ist.

Mit freundlichen Grüßen
""")

# d2-0020
M("S", "de", "company", "group health (bKV) enrolment list from an employer with names and birth dates, in an XLSX; body says only 'anbei'",
  frm=ADDR("paulsen"), to="Personalabteilung Kronberg Feinkost <personal@kronberg-feinkost.example>", ent="kv",
  subj="WG: bKV Anmeldung neue MA",
  date="2026-02-23 14:17", sig="paulsen", sigstyle="short",
  att=[XLSX("bKV_Anmeldung_03-2026.xlsx", {
      "Anmeldungen": [["Personalnr.", "Nachname", "Vorname", "Geburtsdatum", "Eintritt", "Tarif"],
                      ["10482", "Schäfer", "Luisa", "1997-03-12", "01.03.2026", "bKV Zahn 50 + Vorsorge"],
                      ["10483", "Okonkwo", "Emeka", "1989-10-02", "01.03.2026", "bKV Zahn 50 + Vorsorge"],
                      ["10487", "Hartmann-Lenz", "Petra", "1971-06-25", "15.03.2026", "bKV Budget 600"],
                      ["10490", "Demirtaş", "Cem", "2003-01-30", "15.03.2026", "bKV Budget 600"]]}, author="Personal Kronberg")],
  body="""
Hallo Frau Kunert,

anbei die Liste zurück – zwei Zeilen hatten keinen Tarif, habe ich nach Rücksprache mit Ihnen ergänzt. Bitte nur noch kurz freigeben.

Viele Grüße
Henrik Paulsen
""")

# d2-0021
M("N", "de", "insurer-to-supplier", "trap: IT ticket to scanning vendor about OCR errors on medical invoices in general, no patient data",
  frm=ADDR("hoffmann"), to="Support Docuscan <support@docuscan-solutions.example>", ent="grp",
  subj="Ticket #DS-88231: OCR erkennt GOÄ-Ziffern auf Arztrechnungen nicht zuverlässig",
  date="2026-02-24 16:40", sig="hoffmann", sigstyle="short",
  body="""
Hallo Support,

seit dem Update auf Version 7.2 am 16.02. werden auf gescannten Arztrechnungen die GOÄ-Ziffern in der Spalte "Nr." häufig falsch gelesen (z. B. 1 statt 7, 5 wird zu S). Betroffen sind vor allem Rechnungen mit kleiner Schrift und Tabellenlinien.

Zahlen aus unserem Monitoring: Fehlerquote Feld "GOÄ-Nr." vorher 0,8 %, jetzt 6,4 %; andere Felder unverändert.

Testdokumente mit echten Daten können wir Ihnen aus Datenschutzgründen nicht schicken. Wir haben aber 20 synthetische Muster-Rechnungen erstellt, die den Fehler zeigen – die stellen wir Ihnen auf dem SFTP bereit (Ordner /in/DS-88231).

Priorität aus unserer Sicht: hoch, da die Dunkelverarbeitung deutlich zurückgeht.

Danke und Gruß
Lukas Hoffmann
""")

# d2-0022
M("C", "en", "insurer-to-customer", "pet insurance: vet invoice for the named customer's dog (animal health is not human health), policy number",
  frm=ADDR("wagner"), to="Laura Becker-Smith <laura.bs@inbox-demo.example>", ent="av",
  subj="Re: Balu – vet bill from 3 March",
  date="2026-03-05 15:12", sig="wagner", lang="en", client="outlook",
  quote=OQ("Laura Becker-Smith <laura.bs@inbox-demo.example>", "Wednesday, 4 March 2026 21:03", "Pet Insurance",
           "Balu – vet bill from 3 March", """
hi, Balu (our labrador) ate a sock AGAIN and needed an endoscopy, bill attached. policy is TK-99120-4 i think. can you pay it to my account as usual?
thanks, Laura
""", lang="en"),
  body="""
Dear Ms Becker-Smith,

poor Balu! We have received the invoice from Tierklinik Hürth (EUR 1,146.30 for endoscopic removal of a foreign body and anaesthesia).

Your policy TK-99120-4 (dog surgery cover) pays 100 % of surgical costs up to three times the GOT fee scale, less the annual excess of EUR 150. We will transfer EUR 996.30 to your account ending in 4410 within three working days.

Best wishes to Balu, and maybe hide the socks.

Kind regards
""")

# d2-0023
M("S", "de", "insurer-to-customer", "dental supplementary: treatment and cost plan for an implant with GOZ positions and diagnosis K08.1 for the addressee",
  frm=ADDR("wendland"), to="Gisela Amberg <gisela.amberg@t-netz.example>", ent="kv",
  subj="Ihr Heil- und Kostenplan vom 02.03.2026 (Implantat regio 36)",
  date="2026-03-09 10:27", sig="wendland",
  body="""
Sehr geehrte Frau Amberg,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin Dr. Lammers geprüft. Geplant ist ein Einzelzahnimplantat im Bereich 36 (Zahnverlust nach Extraktion, Befund K08.1) mit Krone.

Kostenschätzung laut Plan: 3.418,60 €, davon u. a.
- GOZ 9010 Implantatinsertion (2,3-fach): 351,38 €
- GOZ 9100 Knochenaufbau: 462,84 €
- GOZ 2200 Vollkrone auf Implantat: 259,11 €
- Material- und Laborkosten: 1.387,00 €

Ihr Tarif ZahnPlus 80 erstattet 80 % abzüglich der Vorleistung der gesetzlichen Krankenkasse (Festzuschuss voraussichtlich 430,79 €). Wir rechnen mit einer Erstattung von ca. 2.390 €. Die Zahnstaffel (im 3. Versicherungsjahr max. 3.000 €) ist damit nicht überschritten.

Die endgültige Erstattung richtet sich nach der Rechnung. Alles Gute für die Behandlung!

Mit freundlichen Grüßen
""")

# d2-0024
M("N", "de", "internal", "trap: job advertisement for nurses/care experts in case management, no persons",
  frm=ADDR("weiss"), to=f"Intranet-Redaktion <intranet@{DOM}>", ent="grp",
  subj="Stellenanzeige zur Veröffentlichung: Pflegefachkraft Reha- und Pflegemanagement",
  date="2026-03-10 11:45", sig="weiss", sigstyle="short",
  body="""
Hallo liebe Redaktion,

bitte ab Montag intern und extern (Karriereseite, StepStone) veröffentlichen:

---
Pflegefachkraft (m/w/d) im Reha- und Pflegemanagement – Köln, Vollzeit/Teilzeit, unbefristet

Sie haben eine Ausbildung als Gesundheits- und Krankenpfleger/in oder Altenpfleger/in und mehrere Jahre Berufserfahrung, gern in der Intensiv- oder Geriatriepflege? Sie möchten Patientinnen und Patienten nach schweren Unfällen oder Schlaganfällen helfen, die richtige Versorgung zu finden – ohne Schichtdienst?

Ihre Aufgaben: telefonische Beratung unserer Versicherten, Organisation von Reha und Hilfsmitteln, Zusammenarbeit mit Kliniken und Pflegediensten.
Wir bieten: 38-Stunden-Woche, mobiles Arbeiten, Tarifvertrag private Versicherungswirtschaft, Jobrad.
Gehalt: Tarifgruppe VI, je nach Erfahrung 4.300-5.100 € brutto/Monat.
---

Ansprechpartnerin bin ich.

Danke!
Nadine
""")

# d2-0025
M("C", "de", "insurer-to-customer", "SEPA mandate confirmation for a household contents policy: named customer, IBAN, policy number",
  frm=f"Versicherer Beitragsservice <beitragsservice@{DOM}>", to="Jonas Reimers <jonas.reimers@web-demo.example>", ent="av",
  subj="Bestätigung Ihres SEPA-Lastschriftmandats",
  date="2026-03-11 06:12", client="system",
  body=f"""
Guten Tag Herr Jonas Reimers,

Sie haben uns ein SEPA-Lastschriftmandat erteilt. Vielen Dank!

Vertrag: Hausratversicherung HR-5581-2206
Mandatsreferenz: VAV-HR55812206-01
Kontoinhaber: Jonas Reimers
IBAN: {IB("DE", "500105175407324931")}
BIC: INGDDEFFXXX
Gläubiger-ID: DE98ZZZ09999999999

Der Beitrag von 8,42 € wird monatlich zum 1. abgebucht, erstmals am 01.04.2026.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.

Ihr Versicherer
""")

# d2-0026
M("S", "en", "insurer-to-doctor", "disability claim: request to the treating GP for records about a named claimant with a disc herniation (M51.2)",
  frm=ADDR("stanek"), to="Dr Fiona McAllister <reception@riverside-gp.example>", ent="lv",
  subj="Request for medical information – Mr Thomas Eckert, born 22/06/1984",
  date="2026-03-12 09:33", sig="stanek", lang="en",
  body="""
Dear Dr McAllister,

your patient Mr Thomas Eckert (date of birth 22/06/1984, 14 Meadow Lane, Bath) has claimed a disability pension under his income protection policy with us (policy no. BU-7719-0034). He states that he has been unable to work as a site manager since September 2025 because of a lumbar disc herniation (M51.2) with sciatica and failed conservative treatment.

With his signed consent (copy enclosed by post) we would be grateful for:
1. a summary of consultations since January 2024,
2. imaging reports (MRI) and specialist letters,
3. your assessment of his current functional limitations.

We will of course pay your fee for the report; please send your invoice with it.

Yours sincerely
""")

# d2-0027
M("N", "en", "insurer-to-partner", "trap: aggregated disability incidence by diagnosis group for the reinsurer, no individuals, small cells merged",
  frm=ADDR("stone"), to="Treaty Team <life.treaty@munichre-demo.example>", ent="lv",
  subj="BU treaty 2025 – incidence by cause (aggregate)",
  date="2026-03-13 14:50", sig="stone", lang="en",
  att=[XLSX("BU_incidence_2025_by_cause.xlsx", {
      "2025": [["Cause group (ICD chapter)", "New claims", "Share", "Avg. age at onset"],
               ["Mental and behavioural (F)", 412, "34.1 %", 44.2],
               ["Musculoskeletal (M)", 257, "21.3 %", 49.8],
               ["Neoplasms (C/D)", 201, "16.6 %", 51.3],
               ["Circulatory (I)", 93, "7.7 %", 54.0],
               ["Nervous system (G)", 88, "7.3 %", 46.1],
               ["Injuries (S/T)", 71, "5.9 %", 41.5],
               ["Other (< 5 % each, merged)", 86, "7.1 %", 47.9],
               ["Total", 1208, "100 %", 47.1]]}, author="R. Stone")],
  body="""
Dear colleagues,

as agreed in the January meeting, attached is the breakdown of new BU claims accepted in 2025 under the quota share treaty, by ICD chapter. Cells below five cases are merged into "other", so no individual claimant can be identified.

The share of mental health claims went up by 2.6 points compared with 2024; musculoskeletal is slightly down. Happy to discuss on the call on 24 March.

Best regards
Rebecca
""")

# d2-0028
M("C", "de", "broker", "broker's application data for private liability: named client, date of birth 22/06/1984, address",
  frm=ADDR("reuter"), to=f"Antrag Sach/HUK <antrag-sach@{DOM}>", ent="av",
  subj="WG: Antrag PHV – Fr. Kessler",
  date="2026-03-16 08:20", sig="reuter", sigstyle="name", disc=False,
  quote=OQ("Bernd Wiechers | Wiechers Finanz <b.wiechers@wiechers-finanz.example>", "Freitag, 13. März 2026 18:44",
           "Reuter, Frank", "Antrag PHV – Fr. Kessler", """
Moin Herr Reuter,

könnt ihr das bitte policieren, Kundin will ab 1.4.:

Privathaftpflicht Premium, Single
Vanessa Kessler, geb. 22/06/1984
Am Sandtorkai 38, 20457 Hamburg
Vorversicherung: keine, Vorschäden: keine
Zahlweise jährlich, Rechnung (kein SEPA)

Danke + schönes WE
Bernd Wiechers
Wiechers Finanz e.K. | Versicherungsmakler
"""),
  body="""
Bitte anlegen, Courtage wie Rahmenvereinbarung Wiechers. Danke!
""")

# d2-0029
M("S", "de", "insurer-to-customer", "term life: beneficiary change confirmation for the named policyholder; personal line even without medical words",
  frm=f"Versicherer Lebensversicherung <leben-service@{DOM}>", to="Markus Tiedemann <m.tiedemann@online-demo.example>", ent="lv",
  subj="Änderung des Bezugsrechts – Risikolebensversicherung RL 0921 4476",
  date="2026-03-17 07:30", client="system",
  body="""
Sehr geehrter Herr Tiedemann,

Ihre Änderung des Bezugsrechts ist bei uns eingegangen und wurde heute eingetragen.

Versicherungsnummer: RL 0921 4476
Versicherte Person: Markus Tiedemann
Versicherungssumme: 250.000 €
Bezugsberechtigt im Todesfall ab 16.03.2026: Johanna Weidlich (Lebensgefährtin), unwiderruflich

Das bisherige Bezugsrecht zugunsten Ihrer früheren Ehefrau ist damit erloschen. Einen Nachtrag zum Versicherungsschein senden wir Ihnen per Post.

Freundliche Grüße
Ihr Kundenservice Leben
""")

# d2-0030
M("N", "de", "insurer-to-customer", "portal notification without content, only a link",
  frm=f"Versicherer SecureMail <securemail-noreply@{DOM}>", to="fam.lindner@kabel-demo.example", ent="grp",
  subj="Sie haben eine neue sichere Nachricht",
  date="2026-03-17 13:05", client="system", mailer="Siegel Portal",
  body="""
Guten Tag,

im SecureMail-Portal liegt eine neue Nachricht für Sie bereit.

Zum Lesen melden Sie sich bitte hier an:
https://securemail.versicherer.example/login

Die Nachricht steht 90 Tage zur Verfügung.

Dies ist eine automatisch erzeugte Nachricht. Antworten an diese Adresse werden nicht gelesen.
""")

# d2-0031
M("C", "en", "insurer-to-company", "cargo claim of a commercial client with named contact person and claim number",
  frm=ADDR("osei"), to="Mrs Ingrid Solberg <ingrid.solberg@fjordfish-export.example>", ent="av",
  subj="Claim MC-26-0093 – reefer container MSKU 8812034, temperature deviation",
  date="2026-03-18 16:26", sig="osei", lang="en",
  body="""
Dear Mrs Solberg,

thank you for the survey report on the salmon consignment (B/L MAEU 2260418872) that arrived in Hamburg with a temperature log showing +4.8 °C for 31 hours.

Under your open cargo policy OC-4471-NO (Institute Frozen Food Clauses A) the loss is covered subject to the deductible of EUR 2,500. The surveyor estimates the salvage value at 35 % of the invoice value.

Next steps:
- please send the commercial invoice and the reefer PTI certificate,
- we will file the recovery claim against the carrier; please do not sign any release with the shipping line.

Best regards
Daniel
""")

# d2-0032
M("S", "de", "insurer-to-lawyer", "motor recourse: the insured driver's criminal conviction for drunk driving (Strafbefehl, § 316 StGB) – criminal record",
  frm=ADDR("schreiber"), to="RA Dr. Friedrich Mahler <kanzlei@mahler-recht.example>", ent="av",
  subj="Regress Kfz-Schaden 25-K-1183620 – VN Ralf Kuttner",
  date="2026-03-19 11:50", sig="schreiber",
  body="""
Sehr geehrter Herr Kollege Mahler,

in der o. g. Sache beauftragen wir Sie mit dem Regress gegen unseren Versicherungsnehmer Ralf Kuttner, Vogelsanger Weg 14, 50858 Köln.

Sachstand: Herr Kuttner hat am 07.09.2025 mit seinem Pkw (K-RK 512) einen parkenden Wagen und eine Gartenmauer beschädigt. Wir haben den Drittschaden mit 14.730,55 € reguliert. Laut der beigezogenen Strafakte wurde gegen ihn ein rechtskräftiger Strafbefehl wegen fahrlässiger Trunkenheit im Verkehr (§ 316 StGB) erlassen, BAK 1,41 ‰, 40 Tagessätze, Entzug der Fahrerlaubnis für 10 Monate. Es handelt sich um seine zweite Eintragung dieser Art.

Wir bitten um Geltendmachung des Regresses in Höhe von 5.000 € (Obliegenheitsverletzung nach D.1.2 AKB). Die Strafakte übersenden wir Ihnen gesondert per beA.

Mit freundlichen Grüßen
""")

# d2-0033
M("N", "de", "internal", "trap: sickness absence rate per department as aggregate, small teams suppressed",
  frm=ADDR("weiss"), to=f"Führungskräfte Köln <fk-koeln@{DOM}>", ent="grp",
  subj="Krankenstand Q4/2025 nach Bereichen",
  date="2026-01-20 10:00", sig="weiss", sigstyle="short", html=True,
  tables={"K": ([["Bereich", "Mitarbeitende", "Krankenstand Q4/2025", "Vorjahr"],
                 ["Leistung Kranken", "142", "6,8 %", "6,1 %"], ["Leistung Leben/BU", "58", "5,2 %", "5,9 %"],
                 ["Schaden Sach/HUK", "117", "6,1 %", "6,3 %"], ["IT", "203", "4,4 %", "4,7 %"],
                 ["Vertrieb Innendienst", "96", "5,9 %", "5,5 %"], ["Stabsbereiche (zusammengefasst)", "61", "3,9 %", "4,2 %"],
                 ["Gesamt", "677", "5,6 %", "5,5 %"]], "pad")},
  body="""
Liebe Führungskräfte,

hier wie jedes Quartal der Krankenstand nach Bereichen. Teams unter 20 Personen weisen wir aus Datenschutzgründen nicht einzeln aus.

[[K]]

Der Anstieg in der Leistung Kranken geht vor allem auf die Infektwelle im Dezember zurück. Angebote zum betrieblichen Gesundheitsmanagement finden Sie im Intranet.

Viele Grüße
Nadine Weiß
""")

# ---------------------------------------------------------------- batch 2: d2-0034 - d2-0066

# d2-0034
M("N", "en", "internal", "IT change request: renewal of the TLS certificate for the secure mail portal, no personal data",
  frm=ADDR("raman"), to=f"Change Advisory Board <cab@{DOM}>", ent="grp",
  subj="CHG0041877 – renew TLS certificate securemail.versicherer.example (expires 30 April)",
  date="2026-03-20 09:12", sig="raman", sigstyle="short", lang="en",
  body="""
Hi CAB,

standard change for next Tuesday's window:

What: replace the server certificate of securemail.versicherer.example (RSA 3072, current expiry 30/04/2026) with the new one from our CA (ECDSA P-384, valid 13 months).
Where: reverse proxies rp01/rp02, both nodes, rolling.
Risk: low. Clients that pin the old certificate: none known. OCSP stapling stays on.
Rollback: old cert and key remain in the keystore, switch back via config flag.
Test: SSL Labs scan + login test in the portal with a test account afterwards.

Downtime: none expected.

Thanks
Priya
""")

# d2-0035
M("S", "de", "customer", "daily sickness allowance: reply quoting the customer's mail with her sick note and diagnosis M54.5 G (customer typos)",
  frm=ADDR("kroeger"), to="Nicole Wirtz <nici.wirtz84@freemail-demo.example>", ent="kv",
  subj="AW: krankentagegeld",
  date="2026-03-20 14:35", sig="kroeger",
  quote=OQ("Nicole Wirtz <nici.wirtz84@freemail-demo.example>", "Donnerstag, 19. März 2026 20:17", "Leistung Kranken",
           "krankentagegeld", """
hallo,
ich bin jetzt seit 3 wochen krank geschrieben wegen meinem rücken (auf der AU steht M54.5 G) und hab ja bei ihnen das krankentagegeld ab dem 22 tag. Die Folgebescheinigung von Dr Hennes hab ich abfotografiert, ist im anhang. Muss ich da noch was ausfüllen?? der arzt sagt es dauert bestimmt noch 2-3 wochen, ich hab nächste woche MRT.

Grüße Nicole Wirtz
Vers nr 3304 8812 2
"""),
  body="""
Hallo Frau Wirtz,

danke für Ihre Nachricht und die Bescheinigung. Ja, Sie brauchen noch unseren Leistungsantrag Krankentagegeld – ich schicke ihn Ihnen per Post, er ist nur eine Seite. Bitte lassen Sie den ärztlichen Teil von Dr. Hennes ausfüllen.

Das Krankentagegeld zahlen wir dann ab dem 22. Tag der Arbeitsunfähigkeit, also ab dem 16.03.2026, jeweils im Nachhinein gegen Vorlage der Folgebescheinigungen.

Gute Besserung und alles Gute für das MRT!

Freundliche Grüße
""")

# d2-0036
M("C", "de", "insurer-to-customer", "motor premium notice: named customer, plate, no-claims class, policy number (iso-8859-1)",
  frm=ADDR("engel"), to="Hans-Peter Völkel <hp.voelkel@t-netz.example>", ent="av", charset="iso-8859-1",
  subj="Ihre Kfz-Versicherung K-HV 1960: neue Beitragsberechnung",
  date="2026-03-23 10:44", sig="engel",
  body="""
Sehr geehrter Herr Völkel,

Sie haben uns mitgeteilt, dass Ihr Sohn Lukas (19) künftig gelegentlich Ihren Wagen fährt. Wir haben den Vertrag KF 3318 0274 daher zum 01.04.2026 angepasst:

Fahrzeug: Skoda Octavia Combi, amtl. Kennzeichen K-HV 1960
Fahrerkreis: Versicherungsnehmer, Ehefrau, Sohn (Fahranfänger)
SF-Klasse Haftpflicht: SF 25 (30 %) / Vollkasko: SF 22 (31 %)
Jahresbeitrag bisher: 612,40 EUR - neu: 988,15 EUR

Der Mehrbeitrag ergibt sich aus dem Zuschlag für Fahrer unter 23 Jahren. Tipp: Ein Zweitwagen auf Ihren Sohn mit Übernahme einer SF-Klasse aus Ihrem Vertrag kann günstiger sein, sprechen Sie mich gern an.

Mit freundlichen Grüßen
""")

# d2-0037
M("N", "de", "insurer-to-broker", "general broker information on the new portal login with one-time password, no personal data",
  frm=ADDR("falk"), to=f"Vertriebspartner Region West <vp-west@{DOM}>", ent="grp",
  subj="Neues Anmeldeverfahren im Maklerportal ab 4. Mai",
  date="2026-03-24 08:00", sig="falk", sigstyle="short",
  body="""
Liebe Partnerinnen und Partner,

ab dem 4. Mai stellen wir die Anmeldung im Maklerportal um:

1. Ihr Makleradministrator bekommt eine Mail mit einem Einmal-Passwort und eine zweite Mail mit dem Registrierungslink.
2. Nach der ersten Anmeldung vergeben Sie ein eigenes Passwort (mind. 12 Zeichen) und eine Sicherheitsfrage.
3. Der Administrator legt danach die weiteren Benutzer Ihres Büros an und vergibt die Bestandsrechte.

Ihre bisherigen Zugangsdaten funktionieren noch bis 31. Mai. Eine Schritt-für-Schritt-Anleitung finden Sie im Portal unter Hilfe > Anmeldung.

Fragen? Rufen Sie gern Ihre Maklerbetreuung an.

Viele Grüße
Bernd Falk
""")

# d2-0038
M("S", "en", "insurer-to-customer", "prescription reimbursement of the addressee: metformin, insulin glargine, test strips; type 2 diabetes E11.9",
  frm=ADDR("whitfield"), to="Arjun Mehta <arjun.mehta@mailhub-demo.example>", ent="kv",
  subj="Your pharmacy receipts – March 2026",
  date="2026-03-25 13:09", sig="whitfield", lang="en", client="outlook",
  body="""
Dear Mr Mehta,

thank you for sending your receipts. We have reimbursed:

  Metformin 1000 mg, 180 tablets ............ EUR 21.38
  Insulin glargine 100 U/ml, 10 x 3 ml pens .. EUR 214.60
  Blood glucose test strips, 100 pcs ......... EUR 39.95
  Pen needles 4 mm, 100 pcs .................. EUR 24.10
                                               ----------
  Total                                        EUR 299.03

The diagnosis on your doctor's prescription (E11.9, type 2 diabetes without complications) is covered under your plan without a waiting period, as it was declared on application.

Tip: for regular medication you can use our mail-order pharmacy partner; they bill us directly and you don't have to pay in advance.

Kind regards
""")

# d2-0039
M("N", "de", "newsletter", "trap: HTML-only customer newsletter on dental health with a product offer, no individuals",
  frm=f"Versicherer Kundenmagazin <newsletter@{DOM}>", to=f"Kundennewsletter <kunden-news@{DOM}>", ent="kv",
  subj="Ihr Lächeln im Frühling: 5 Tipps für gesunde Zähne",
  date="2026-03-26 07:30", client="system",
  html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Kundenmagazin</title></head>
<body style="font-family:Arial,sans-serif;max-width:640px;margin:auto">
<h1 style="color:#004b87">5 Tipps für gesunde Zähne</h1>
<ol>
<li>Zweimal täglich zwei Minuten putzen – elektrische Zahnbürsten helfen vielen dabei.</li>
<li>Zahnzwischenräume nicht vergessen: Zahnseide oder Interdentalbürsten.</li>
<li>Professionelle Zahnreinigung ein- bis zweimal im Jahr.</li>
<li>Zucker und Säure in Maßen, danach 30 Minuten mit dem Putzen warten.</li>
<li>Regelmäßig zur Kontrolle – das Bonusheft der Krankenkasse zahlt sich aus.</li>
</ol>
<h2>Schon an Zahnersatz gedacht?</h2>
<p>Die gesetzliche Kasse zahlt für eine Implantatkrone oft nur einen Festzuschuss von wenigen hundert Euro. Mit <b>ZahnPlus</b> erhalten Sie bis zu 90 % Erstattung – ab 14,90 € im Monat, ohne Wartezeit bei Unfällen.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Tarif</th><th>Zahnersatz</th><th>Prophylaxe</th><th>ab mtl.</th></tr>
<tr><td>ZahnPlus 70</td><td>70 %</td><td>80 € / Jahr</td><td>9,90 €</td></tr>
<tr><td>ZahnPlus 90</td><td>90 %</td><td>150 € / Jahr</td><td>14,90 €</td></tr>
</table>
<p style="font-size:small;color:#666">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href="https://www.versicherer.example/newsletter/abmelden">Abmelden</a> · Versicherer Krankenversicherung a.G., Rheinuferstraße 12, 50667 Köln</p>
</body></html>
""")

# d2-0040
M("C", "de", "insurer-to-applicant", "job offer to a named applicant with salary and start date (income)",
  frm=ADDR("weiss"), to="Dr. Jana Kristensen <jana.kristensen@posteo-demo.example>", ent="grp",
  subj="Ihr Vertragsangebot – Aktuarin (m/w/d) Leben",
  date="2026-03-26 17:02", sig="weiss",
  body="""
Liebe Frau Dr. Kristensen,

es hat uns sehr gefreut, Sie in den Gesprächen kennenzulernen – und wir möchten Sie gern für unser Team gewinnen!

Unser Angebot in Kürze:
- Position: Aktuarin im Aktuariat Leben, Köln
- Beginn: 01.06.2026, unbefristet
- Jahresgehalt: 78.500 € brutto (13 Monatsgehälter), zzgl. variable Vergütung bis 10 %
- Übernahme der Prüfungsgebühren DAV
- 30 Tage Urlaub, mobiles Arbeiten bis 60 %

Den Vertrag schicken wir Ihnen in zweifacher Ausfertigung per Post. Über eine Rückmeldung bis 10.04.2026 würden wir uns freuen.

Herzliche Grüße
""")

# d2-0041
M("S", "de", "insurer-to-company", "group accident: employee's work-related injury reported by the employer, fracture S62.31 R, surgery",
  frm=ADDR("albrecht"), to="Personalbüro Tischlerei Brandl <personal@tischlerei-brandl.example>", ent="av",
  subj="Gruppenunfallversicherung GU 7730 118 – Unfall Herr Yıldız am 11.03.2026",
  date="2026-03-27 11:18", sig="albrecht",
  body="""
Sehr geehrte Frau Brandl,

vielen Dank für die Unfallanzeige zu Ihrem Mitarbeiter Emre Yıldız (Geselle, Unfall an der Formatkreissäge am 11.03.2026).

Nach dem Durchgangsarztbericht erlitt Herr Yıldız eine Fraktur des Mittelhandknochens rechts (S62.31 R) mit Sehnenverletzung des Zeigefingers; er wurde am 12.03. in der BG-Klinik operiert.

Für die Prüfung der Leistungen (Krankenhaustagegeld, Genesungsgeld, ggf. Invalidität) brauchen wir:
1. die Einverständniserklärung von Herrn Yıldız zur Schweigepflichtentbindung (Formular anbei per Post),
2. den Entlassungsbericht der Klinik.

Eine mögliche Invalidität können wir erst nach Abschluss der Heilbehandlung, spätestens 15 Monate nach dem Unfall, feststellen.

Mit freundlichen Grüßen
""")

# d2-0042
M("N", "en", "insurer-to-partner", "trap: press enquiry answered with aggregated dental claims figures, no persons",
  frm=ADDR("baumann"), to="Hannah Weir <h.weir@finance-desk-news.example>", ent="grp",
  subj="Re: Enquiry – dental cover figures for your article",
  date="2026-03-30 15:48", sig="baumann", lang="en",
  body="""
Dear Ms Weir,

thanks for your patience. Here are the figures we can share for your piece on supplementary dental insurance:

- Policies in force (supplementary dental, 31/12/2025): approx. 412,000
- Claims paid in 2025: EUR 118.6 million, about 61 % for crowns, bridges and implants
- Average reimbursement per implant case: EUR 1,840
- Share of claims submitted via the app: 72 %

We don't comment on individual cases. For a quote, you can use: "Dental care is getting more expensive, and more people want to keep their own teeth longer – that's exactly what supplementary cover is for." (Birgit Oppermann, member of the board)

Best regards
Julia Baumann
""")

# d2-0043
M("C", "en", "company", "business travel insurance: traveller list with names, passport numbers and dates of birth in a CSV, no health content",
  frm=ADDR("seidel"), to="Travel Management <travel@helix-engineering.example>", ent="av",
  subj="RE: Group travel policy GT-5501 – team Singapore trip",
  date="2026-04-01 09:55", sig="seidel", lang="en",
  att=[CSV("travellers_SIN_April.csv", [
      ["last_name", "first_name", "date_of_birth", "passport_no", "nationality", "travel_from", "travel_to"],
      ["Bauer", "Kristin", "1988-02-17", "C01X44P7R", "DE", "2026-04-12", "2026-04-24"],
      ["Olsen", "Mikkel", "1979-09-03", "206518842", "DK", "2026-04-12", "2026-04-24"],
      ["Ferreira", "Ana", "1993-12-08", "CA771203", "PT", "2026-04-14", "2026-04-24"]], sep=",")],
  quote=OQ("Travel Management Helix <travel@helix-engineering.example>", "Tuesday, 31 March 2026 16:20", "Travel Insurance",
           "Group travel policy GT-5501 – team Singapore trip", """
Hi Ines, three colleagues are going to the Singapore site for two weeks, can you confirm they're covered and send the certificates? List attached. Thanks, Sam
""", lang="en"),
  body="""
Hi Sam,

all three are covered under GT-5501 for the dates in the list (I've attached it back with our reference). The English insurance certificates for the visa files will follow this afternoon as separate PDFs.

Cheers
Ines
""")

# d2-0044
M("S", "de", "internal", "internal consultation of the company doctor about a named insured's hospital report (C50.4 L, chemotherapy)",
  frm=ADDR("brandt"), to=ADDR("hasselbach"), ent="kv",
  subj="Bitte um med. Einschätzung: Vers.-Nr. 402 117 830 K, Fr. Renate Sommerfeld",
  date="2026-04-01 14:22", sig="brandt", sigstyle="short",
  body="""
Hallo Frau Dr. Hasselbach,

können Sie sich bitte einmal diesen Fall anschauen?

Frau Sommerfeld (58) war vom 02.-09.03. im Brustzentrum Holweide, Diagnose C50.4 L (Mammakarzinom oberer äußerer Quadrant links), brusterhaltende OP mit Sentinel. Jetzt beantragt das Zentrum eine ambulante Chemotherapie (EC-Paclitaxel, 16 Zyklen) und zusätzlich eine Hyperthermie-Behandlung bei einem Privatarzt (Kostenvoranschlag 9.800 €).

Die Chemo ist klar, aber bei der Hyperthermie bin ich unsicher, ob das medizinisch notwendig im Sinne der MB/KK ist. Unterlagen liegen in der E-Akte.

Danke und viele Grüße
Gerrit
""")

# d2-0045
M("N", "de", "insurer-to-supplier", "trap: purchase order for first-aid kits and defibrillator pads for the offices, order number",
  frm=ADDR("krueger"), to="Vertrieb MedSafe Betriebsbedarf <vertrieb@medsafe-betrieb.example>", ent="grp",
  subj="Bestellung 4500119031 – Erste-Hilfe-Material",
  date="2026-04-02 10:30", sig="krueger", charset="windows-1252",
  body="""
Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag RV-2024-017:

Pos. 1  Erste-Hilfe-Koffer DIN 13157, Art. 11-203        60 Stück à 34,90 €
Pos. 2  Nachfüllset DIN 13157, Art. 11-210              120 Stück à 12,40 €
Pos. 3  Elektroden-Pads für AED Lifeguard 3, Erw.       16 Paar à 48,00 €
Pos. 4  Verbandbuch A5, Art. 11-990                      60 Stück à 2,10 €

Lieferadresse: Versicherer Holding AG, Warenannahme Tor 3, Rheinuferstraße 12, 50667 Köln
Liefertermin: KW 16
Bestellnummer bitte auf Lieferschein und Rechnung angeben.

Mit freundlichen Grüßen
""")

# d2-0046
M("C", "de", "lawyer", "private liability: third party's lawyer claims damage to a car caused by the insured's child, nobody hurt, claim number, names",
  frm=ADDR("oltmanns"), to="Gabriele Noack <g.noack@kabel-demo.example>", ent="av",
  subj="Ihr Haftpflichtschaden 26-HP-0044120 – Schreiben der Gegenseite",
  date="2026-04-03 11:06", sig="oltmanns",
  body="""
Sehr geehrte Frau Noack,

anbei zur Kenntnis das Schreiben des Anwalts von Herrn Urbanek. Es geht um den Vorfall vom 14.03.2026: Ihr Sohn Jonas (9) ist mit dem Fahrrad gegen den geparkten Audi A4 von Herrn Urbanek (K-DU 770) gefahren. Verletzt wurde niemand.

---
Kanzlei Dr. Frings & Partner
In Sachen Urbanek ./. Noack machen wir namens und in Vollmacht unseres Mandanten Ansprüche geltend: Reparaturkosten lt. Gutachten 2.118,40 €, Gutachterkosten 486,00 €, Nutzungsausfall 4 Tage à 59 €, Kostenpauschale 25 €. Wir bitten um Zahlung bis 17.04.2026.
---

Ihre Privathaftpflicht (PH 2207 5531) deckt auch Schäden durch Kinder, die älter als 7 Jahre sind. Wir prüfen die Forderung und melden uns direkt beim Anwalt. Sie müssen nichts weiter tun – bitte zahlen Sie nichts selbst.

Freundliche Grüße
""")

# d2-0047
M("S", "en", "insurer-to-customer", "health: birth of the addressee's child, hospital stay, midwife, newborn added to the policy",
  frm=ADDR("nguyen"), to="Sophie Laurent <sophie.laurent@mailhub-demo.example>", ent="kv",
  subj="Congratulations – maternity benefit and cover for your daughter",
  date="2026-04-06 10:40", sig="nguyen", lang="en",
  body="""
Dear Ms Laurent,

congratulations on the birth of your daughter Margaux on 27 March!

We have received the invoice from the Evangelisches Krankenhaus for your stay from 26 to 30 March (caesarean section, ward with rooming-in) and the midwife's invoice for antenatal classes and postnatal home visits. Both are reimbursed in full, EUR 7,412.55 in total, and the maternity allowance of EUR 500 under your tariff is paid on top.

Margaux is insured from birth without health questions or waiting periods, because you registered her within two months. Her policy number is 402 331 996 K; the monthly premium is EUR 142.80.

Warm wishes to all three of you
""")

# d2-0048
M("N", "de", "internal", "trap: training quiz with an explicitly anonymised case study and ICD coding exercise, no real person",
  frm=ADDR("kroeger"), to=f"Azubis Leistung KV <azubi-kv@{DOM}>", ent="kv",
  subj="Übung für Donnerstag: Fallbeispiel ambulante Abrechnung",
  date="2026-04-07 15:30", client="thunderbird",
  body="""
Hallo ihr Lieben,

für Donnerstag bitte einmal dieses (frei erfundene!) Fallbeispiel durcharbeiten:

"Eine Versicherte, 40-49 Jahre, Tarif AmbulantPlus 90, reicht eine Rechnung eines Orthopäden ein: Nr. 1, 5, 3306, 410 GOÄ, Diagnose M54.4 (Lumboischialgie). Dazu eine Verordnung über 6x Krankengymnastik und ein Rezept über Ibuprofen 600 mg N2."

Fragen:
1. Welche Positionen sind nebeneinander berechnungsfähig?
2. Was bedeutet der Zusatz "G" bzw. "V" bei einer ICD-Angabe?
3. Wie hoch ist die Erstattung für die Krankengymnastik nach unserem Heilmittelverzeichnis?

Die Lösungen besprechen wir gemeinsam. Bitte keine echten Fälle aus der E-Akte mitbringen.

Sabine
""")

# d2-0049
M("C", "de", "insurer-to-broker", "commission statement for a sole-trader broker: name, tax number, IBAN, amounts",
  frm=f"Versicherer Provisionsabrechnung <provision@{DOM}>", to="Mehmet Arslan Versicherungsmakler <buero@arslan-versicherungen.example>", ent="grp",
  subj="Provisionsabrechnung 03/2026 – Vermittlernr. 40-771203",
  date="2026-04-08 05:45", client="system",
  att=[PDF("Provisionsabrechnung_2026-03_40-771203.pdf", [
      ("h", "Provisionsabrechnung März 2026"),
      "Vermittler: Mehmet Arslan, Versicherungsmakler (Einzelunternehmen), Vermittlernr. 40-771203",
      "Steuernummer: 214/5032/1187   USt: steuerfrei nach § 4 Nr. 11 UStG",
      ("t", [["Sparte", "Verträge", "Abschlussprovision", "Bestandsprovision"],
             ["Kfz", "14", "0,00 EUR", "612,30 EUR"], ["Sach", "9", "842,10 EUR", "318,44 EUR"],
             ["Haftpflicht", "6", "214,00 EUR", "97,80 EUR"], ["Summe", "29", "1.056,10 EUR", "1.028,54 EUR"]]),
      f"Auszahlung: 2.084,64 EUR auf IBAN {IB('DE', '360501051003447812')} (Sparkasse Essen), Valuta 10.04.2026"],
      title="Provisionsabrechnung 03/2026")],
  body="""
Sehr geehrter Herr Arslan,

Ihre Provisionsabrechnung für März 2026 steht bereit (siehe Anhang). Den Auszahlungsbetrag überweisen wir am 10.04.2026.

Diese Nachricht wurde automatisch erstellt.
Versicherer – Vertriebsabrechnung
""")

# d2-0050
M("S", "de", "insurer-to-therapist", "psychotherapy approval for a named insured (PTSD, F43.1 G), number of sessions",
  frm=ADDR("kroeger"), to="Praxis für Psychotherapie Dipl.-Psych. Anke Reimann <praxis@reimann-psychotherapie.example>", ent="kv",
  subj="Kostenzusage Verhaltenstherapie – Herr Florian Kampmann, Vers.-Nr. 308 776 415 K",
  date="2026-04-09 12:14", sig="kroeger",
  body="""
Sehr geehrte Frau Reimann,

zu Ihrem Antrag vom 30.03.2026 für unseren Versicherten Florian Kampmann (geb. 19.10.1991) teilen wir Ihnen mit:

Für die Langzeittherapie (Verhaltenstherapie, Diagnose F43.1 G posttraumatische Belastungsstörung nach dem Verkehrsunfall im Juli 2025) übernehmen wir zunächst 25 Sitzungen à 50 Minuten zuzüglich 5 probatorischer Sitzungen, abgerechnet nach GOP 870 (2,3-fach).

Für eine Verlängerung benötigen wir rechtzeitig vor der 22. Sitzung einen kurzen Verlaufsbericht.

Mit freundlichen Grüßen
""")

# d2-0051
M("N", "en", "internal", "IT security awareness mail about a phishing wave, no personal data",
  frm=ADDR("fischer"), to=f"All staff <all-staff@{DOM}>", ent="grp",
  subj="Warning: fake \"SecureMail password expired\" messages",
  date="2026-04-10 08:03", sig="fischer", sigstyle="short", lang="en", importance="high",
  body="""
Hi all,

since this morning we're seeing phishing mails that claim "Your SecureMail password expires today" with a link to securemail-versicherer[.]help. This is NOT our portal.

- Our portal is only ever https://securemail.versicherer.example
- We never ask for your password by e-mail
- If you clicked and entered credentials: call the service desk (-6000) immediately, we'll reset your password

Please use the "Report phishing" button in Outlook for any suspicious mail. Thanks for staying alert!

Tim
Information Security
""")

# d2-0052
M("C", "en", "insurer-to-customer", "trip cancellation because of job loss (no health content): named customer, policy and claim number, booking",
  frm=ADDR("seidel"), to="Mark Donnelly <mark.donnelly@eirmail-demo.example>", ent="av",
  subj="Your cancellation claim R-26-02207 – Crete, May 2026",
  date="2026-04-13 16:00", sig="seidel", lang="en",
  body="""
Dear Mr Donnelly,

we're sorry to hear you lost your job. Unexpected redundancy by your employer is an insured reason for cancellation under your policy RRV-66012 (cancellation cover, excess EUR 100).

From the documents you sent we have:
- booking TUI-4471209, Hersonissos, 9–23 May 2026, 2 adults, travel price EUR 3,286
- cancellation fee charged by the tour operator: 40 % = EUR 1,314.40
- termination letter from Kemper Logistics dated 31 March 2026

We will pay EUR 1,214.40 to the account you gave us. Since your partner is covered on the same booking, no separate claim is needed for her.

Kind regards
""")

# d2-0053
M("S", "de", "insurer-to-broker", "term life application: genetic test result (BRCA1 mutation) voluntarily disclosed by the applicant – genetic data",
  frm=ADDR("hasselbach"), to="Versicherungsmakler Dörr & Kind <antrag@doerr-kind.example>", ent="lv",
  subj="Antrag Risiko-LV 77-2026-04418 – Ihre Kundin Frau Leonie Brandis",
  date="2026-04-14 10:52", sig="hasselbach",
  body="""
Sehr geehrter Herr Dörr,

dem Antrag Ihrer Kundin Frau Brandis lag unaufgefordert der Befund einer humangenetischen Untersuchung bei (Nachweis einer pathogenen BRCA1-Variante, Beratung im Zentrum für familiären Brust- und Eierstockkrebs).

Nach § 18 Gendiagnostikgesetz dürfen wir Ergebnisse genetischer Untersuchungen bei einer Versicherungssumme unter 300.000 € weder verlangen noch verwenden. Wir haben den Befund daher nicht berücksichtigt und vernichtet; die Risikoprüfung erfolgt allein anhand der Gesundheitsfragen. Bei 250.000 € Versicherungssumme ergibt sich Annahme zu Normalbedingungen.

Bitte weisen Sie Ihre Kundin darauf hin, dass sie solche Unterlagen künftig nicht mitschicken muss.

Mit freundlichen Grüßen
""")

# d2-0054
M("N", "de", "insurer-to-customer", "trap: brochure request of a prospect, only name and e-mail, generic product info on supplementary health cover, no contract",
  frm=ADDR("nguyen"), to="Tobias Rahn <tobias.rahn@freemail-demo.example>", ent="kv",
  subj="Ihre Anfrage: Informationen zur Krankenhauszusatzversicherung",
  date="2026-04-14 15:11", sig="nguyen", sigstyle="short",
  body="""
Hallo Herr Rahn,

vielen Dank für Ihr Interesse! Wie gewünscht hier die wichtigsten Infos zu unseren Krankenhaus-Zusatztarifen:

* KH Komfort: Zweibettzimmer und Chefarztbehandlung, ab 18,50 € im Monat
* KH Premium: Einbettzimmer, Chefarzt, freie Krankenhauswahl, Krankenhaustagegeld 50 € – ab 31,20 €
* Keine Wartezeiten bei Unfällen, sonst 3 bzw. 8 Monate

Die Beiträge hängen vom Eintrittsalter ab; für ein individuelles Angebot bräuchte ich Ihr Geburtsdatum und ein paar Gesundheitsfragen – das machen wir am besten über unser Online-Formular: www.versicherer.example/krankenhaus

Die Produktbroschüre finden Sie hier: www.versicherer.example/downloads/kh-zusatz.pdf

Viele Grüße
""")

# d2-0055
M("C", "de", "insurer-to-customer", "one-line cancellation confirmation of a motor policy for the named customer",
  frm=ADDR("kowalski"), to="Anke Zurheide <anke.zurheide@gmx-mail.example>", ent="av",
  subj="Kündigung KF 4410 9927",
  date="2026-04-15 09:01", client="mobile", disc=False,
  body="""
Hallo Frau Zurheide, Ihre Kündigung ist angekommen, der Vertrag KF 4410 9927 (HH-AZ 331) endet zum 30.04.2026. Beste Grüße, Lena Kowalski
""")

# d2-0056
M("S", "en", "hospital", "forwarded as message/rfc822: discharge summary of a named patient (stroke I63.5, thrombolysis, rehab); body only says 'see attached'",
  frm=ADDR("whitfield"), to="Dr Samuel Okoye <s.okoye@medassist-intl.example>", ent="kv",
  subj="FW: Discharge summary – member EXP-2281-7790",
  date="2026-04-16 08:41", sig="whitfield", sigstyle="short", lang="en",
  att=[EML(INNER("Discharge Office <discharge@kingsbridge-hospital.example>", f"International Health <claims-international@{DOM}>",
                 "Discharge summary – Mr Henrik Aalto", "2026-04-15 19:02", """
Dear colleagues,

please find below the discharge summary for your member.

Patient: Henrik AALTO, DOB 04 July 1961, member no. EXP-2281-7790
Admitted: 06/04/2026 via A&E – Discharged: 15/04/2026

Diagnosis: ischaemic stroke, left MCA territory (I63.5); atrial fibrillation (I48.1)
Treatment: IV thrombolysis (alteplase) within 2 h of onset, anticoagulation started (apixaban 5 mg twice daily)
Status at discharge: mild right-sided weakness, mild expressive aphasia, walking with a stick
Recommendation: inpatient neurological rehabilitation for 3-4 weeks; no driving for at least 1 month

Regards
Discharge Office, Kingsbridge Hospital
""", "<dis-20260415-aalto@kingsbridge-hospital.example>"), fn="Discharge summary - Mr Henrik Aalto.eml")],
  body="""
Samuel,

see attached – can you please arrange the rehab placement and the repatriation assessment? Member is keen to go home to Helsinki.

Thanks
Emma
""")

# d2-0057
M("N", "de", "internal", "sales meeting minutes with sales figures per branch, no persons",
  frm=ADDR("falk"), to=f"Vertrieb Führungskreis <vertrieb-fk@{DOM}>", ent="grp",
  subj="Protokoll Vertriebsrunde KW 15",
  date="2026-04-10 16:45", client="thunderbird",
  body="""
Hallo zusammen,

kurz die Ergebnisse von heute:

1. Neugeschäft Q1: 94 % vom Plan. Kfz deutlich über Plan (Wechselgeschäft), Leben/BU bei 81 % – BU Start soll ab April helfen.
2. Kranken-Zusatz: Kampagne Zahn läuft gut an (1.900 Abschlüsse in 3 Wochen), Stornoquote nach 3 Monaten noch nicht belastbar.
3. Bezirksdirektionen: Nord 102 %, West 97 %, Süd 88 %, Ost 91 %. Süd erklärt das mit zwei unbesetzten Stellen.
4. Roadshow Maklerportal: Termine stehen, Teilnahme der BD-Leiter bitte bestätigen.

Nächste Runde: 24.04., 9 Uhr, Raum 5.02.

Bernd
""")

# d2-0058
M("C", "de", "insurer-to-customer", "private liability claim: named customer damaged a friend's laptop, claim number, IBAN of the third party",
  frm=ADDR("oltmanns"), to="Kevin Straub <k.straub@online-demo.example>", ent="av",
  subj="Schaden 26-HP-0051188: Laptop Ihres Bekannten",
  date="2026-04-17 13:27", sig="oltmanns", sigstyle="short",
  body=f"""
Hallo Herr Straub,

wir übernehmen den Schaden am Laptop von Herrn Dennis Ahlers, den Sie am 04.04. beim Umzug fallen gelassen haben.

Zeitwert lt. Kaufbeleg (MacBook Air, gekauft 11/2023 für 1.299 €): 780,00 €
abzgl. Selbstbeteiligung aus Ihrem Vertrag PH 3381 0062: 150,00 €
Zahlung an Herrn Ahlers: 630,00 € auf IBAN {IB("DE", "120300000018823401", group=0)}

Die 150 € Selbstbeteiligung regeln Sie bitte direkt mit Herrn Ahlers.

Grüße
Jens Oltmanns
""")

# d2-0059
M("S", "de", "insurer-to-lawyer", "legal expenses: insured's trade-union membership (IG Metall) decides subsidiarity of cover – trade-union data",
  frm=ADDR("lindqvist"), to="Rechtsanwältin Carla Denzer <denzer@arbeitsrecht-denzer.example>", ent="av",
  subj="Ihr Mandant Uwe Harnisch – RS-26-004102",
  date="2026-04-20 10:05", sig="lindqvist",
  body="""
Sehr geehrte Frau Rechtsanwältin Denzer,

vielen Dank für Ihre Deckungsanfrage für die Klage Ihres Mandanten Uwe Harnisch gegen die Stahlguss Hagen GmbH wegen Eingruppierung.

Aus den übersandten Unterlagen ergibt sich, dass Herr Harnisch seit 2009 Mitglied der IG Metall ist. Nach § 3 Abs. 4 ARB unseres Vertrags besteht Rechtsschutz im Arbeitsrecht nur subsidiär, soweit kein Anspruch auf gewerkschaftlichen Rechtsschutz besteht. Wir bitten Sie daher um eine Bestätigung der Gewerkschaft, dass sie den Rechtsschutz abgelehnt hat.

Nach Eingang erteilen wir die Deckungszusage für die erste Instanz.

Mit freundlichen Grüßen
""")

# d2-0060
M("N", "en", "insurer-to-partner", "trap: API documentation to a bank partner with the well-known example IBANs and a dummy customer, test data only",
  frm=ADDR("raman"), to="Open Banking Team <api-partners@rheinbank-demo.example>", ent="grp",
  subj="Direct debit API v2 – test cases for sandbox",
  date="2026-04-21 11:34", sig="raman", sigstyle="short", lang="en",
  att=[TXT("sandbox-testcases.txt", """# Sandbox test cases, direct debit API v2 (no real data)
# account holder is always the dummy "Test Customer"
TC-01  valid        DE89 3704 0044 0532 0130 00   expect 201 Created
TC-02  bad checksum DE00 3704 0044 0532 0130 00   expect 422 INVALID_IBAN
TC-03  foreign      GB29 NWBK 6016 1331 9268 19   expect 201 Created
TC-04  closed acct  DE02 1203 0000 0000 2020 51   expect 409 ACCOUNT_CLOSED (sandbox rule)
TC-05  empty holder -                             expect 400 MISSING_FIELD
""")],
  body="""
Hello team,

attached are the test cases we'd like to run against your sandbox next week. All IBANs are the published example numbers from the ISO/ECBS documentation or your sandbox rule set – no customer data involved.

Could you whitelist our test client ID vrs-sbx-0192 for 27–29 April?

Thanks
Priya
""")

# d2-0061
M("C", "en", "insurer-to-customer", "cyber policy of a sole trader (natural person): name, policy number, turnover",
  frm=ADDR("hartmann"), to="Nina Hoversten <nina@hoversten-design.example>", ent="av",
  subj="Your cyber policy CY-8840-116 – renewal 2026",
  date="2026-04-22 14:55", sig="hartmann", lang="en",
  body="""
Dear Ms Hoversten,

your cyber insurance for Hoversten Design (sole proprietorship) renews on 1 June. Based on the turnover you reported for 2025 (EUR 214,000, up from EUR 168,000) the annual premium changes from EUR 486 to EUR 552.

Good news: because you now use multi-factor authentication for all cloud accounts and keep offline backups, we can grant the 10 % security discount – that's already included in the figure above.

Cover remains EUR 250,000 per claim, excess EUR 500. If anything has changed in your business (e.g. online shop, employees), please let me know before 15 May.

Kind regards
Sven Hartmann
""")

# d2-0062
M("S", "de", "insurer-to-customer", "individual accident insurance: disability assessment and payment to the addressee (limb value arm, Gliedertaxe)",
  frm=ADDR("albrecht"), to="Wolfgang Pieper <w.pieper@t-netz.example>", ent="av",
  subj="Ihre Unfallversicherung UV 2209 4418 – Invaliditätsleistung",
  date="2026-04-23 09:40", sig="albrecht",
  body="""
Sehr geehrter Herr Pieper,

das Gutachten von Prof. Dr. Lenz zu Ihrem Sturz vom Gerüst am 18.05.2025 liegt uns vor. Der Gutachter stellt fest: verbleibende Bewegungseinschränkung der rechten Schulter nach Humeruskopffraktur mit Plattenosteosynthese, dauerhafte Beeinträchtigung 3/10 Armwert.

Berechnung nach der Gliedertaxe:
Armwert im Schultergelenk 70 % x 3/10 = Invaliditätsgrad 21 %
Grundsumme 120.000 € x 21 % = 25.200 € (Progression 225 % greift erst ab 25 %)

Den Betrag überweisen wir auf Ihr Konto. Sie und wir können den Invaliditätsgrad bis zu drei Jahre nach dem Unfall neu bemessen lassen.

Mit freundlichen Grüßen
""")

# d2-0063
M("N", "de", "internal", "trap: information for claims staff about the ICD-10-GM 2026 update, codes and suffixes without any person",
  frm=ADDR("hasselbach"), to=f"Leistung KV alle <leistung-kv@{DOM}>", cc=f"Leistung LV alle <leistung-lv@{DOM}>", ent="kv",
  subj="ICD-10-GM 2026: was sich für die Leistungsprüfung ändert",
  date="2026-01-14 13:00", sig="hasselbach", sigstyle="short",
  body="""
Liebe Kolleginnen und Kollegen,

seit 01.01.2026 gilt die ICD-10-GM Version 2026. Für uns wichtig:

* Neue Schlüsselnummern u. a. im Kapitel U (Sonderzwecke) und bei Long-COVID-Folgezuständen (U09.9!). Bitte die Prüfregel PR-117 beachten.
* Zusatzkennzeichen zur Diagnosesicherheit bleiben: G = gesichert, V = Verdacht, Z = Zustand nach, A = ausgeschlossen. Eine "A"-Diagnose ist KEINE Erkrankung des Versicherten – bitte nicht als Vorerkrankung erfassen.
* Seitenlokalisation: R (rechts), L (links), B (beidseitig), z. B. "M17.1 B" statt Freitext.

Die aktualisierte Schlüsseltabelle ist im Leistungssystem seit dem Release 26.1 hinterlegt. Beispiele aus echten Fällen bitte nicht in Teams-Chats posten.

Viele Grüße
Ulrike Hasselbach
""")

# d2-0064
M("C", "de", "insurer-to-customer", "HTML-only mail: no-claims class notice table with name, plate and policy number",
  frm=f"Versicherer Kfz-Service <kfz-service@{DOM}>", to="Rainer Opitz <rainer.opitz@web-demo.example>", ent="av",
  subj="Ihre SF-Einstufung 2026",
  date="2026-01-05 06:00", client="system",
  html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<p>Guten Tag Herr Opitz,</p>
<p>Ihr Vertrag ist ein weiteres Jahr schadenfrei gelaufen – herzlichen Glückwunsch! Ab 01.01.2026 gilt:</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>Vertrag</th><th>Fahrzeug</th><th>Kennzeichen</th><th>SF Haftpflicht</th><th>SF Vollkasko</th><th>Jahresbeitrag</th></tr>
<tr><td>KF 5502 1177</td><td>Ford Kuga</td><td>BN-RO 88</td><td>SF 14 (37 %)</td><td>SF 11 (43 %)</td><td>734,22 €</td></tr>
</table>
<p>Die Beitragsrechnung folgt separat. Ihr Kfz-Service</p>
<p style="font-size:8pt">Versicherer Allgemeine Versicherung AG, Rheinuferstraße 12, 50667 Köln</p>
</body></html>
""")

# d2-0065
M("S", "en", "insurer-to-customer", "endowment policy loan to the addressee; life line – strictly confidential without medical words",
  frm=ADDR("stanek"), to="Peter Vollrath <peter.vollrath@mailhub-demo.example>", ent="lv",
  subj="Policy loan on your endowment policy KLV 0318 2241",
  date="2026-04-24 12:30", sig="stanek", lang="en",
  body="""
Dear Mr Vollrath,

as requested, we can grant you a policy loan (Policendarlehen) on your endowment policy KLV 0318 2241:

- current surrender value: EUR 38,912.40
- maximum loan: EUR 31,000 (80 %)
- requested amount: EUR 20,000
- interest: 4.25 % p.a., payable quarterly; repayment at any time or set off against the maturity benefit on 01/12/2031

Your insurance cover remains unchanged. Please sign the enclosed loan agreement and return it; we'll pay out within five working days to the account on file.

Kind regards
""")

# d2-0066
M("N", "de", "insurer-to-broker", "general announcement of a commission rule change for all brokers, no personal data",
  frm=ADDR("vogel"), to=f"Makler Region Süd <makler-sued@{DOM}>", ent="grp",
  subj="Änderung Courtagezusage Sach ab 01.07.2026",
  date="2026-04-27 08:30", sig="vogel",
  body="""
Liebe Maklerpartner,

wie auf dem Partnertag angekündigt, passen wir zum 01.07.2026 die Courtage im Sach-Privatgeschäft an:

- Hausrat und Wohngebäude: 17,5 % laufend (bisher 15 %) – dafür entfällt die Abschlusscourtage
- Privathaftpflicht: unverändert 20 %
- Bündelrabatt-Verträge: Courtage auf den rabattierten Beitrag

Für bestehende Verträge gilt die bisherige Zusage weiter. Die neue Courtagevereinbarung finden Sie ab Juni im Maklerportal unter Dokumente.

Herzliche Grüße aus München
""")

# ---------------------------------------------------------------- batch 3: d2-0067 - d2-0111

# d2-0067
M("N", "de", "internal", "trap: care-level statistics of the long-term care portfolio, aggregates only",
  frm=ADDR("yilmaz"), to=f"Produktmanagement Pflege <pm-pflege@{DOM}>", ent="kv",
  subj="Auswertung Leistungsfälle Pflegetagegeld 2025",
  date="2026-01-22 11:11", sig="yilmaz", sigstyle="short",
  att=[ODS("Pflege_Leistungsfaelle_2025.ods", {"Pflegegrade": [
      ["Pflegegrad", "neue Leistungsfälle", "Ø Eintrittsalter", "Ø Leistungsdauer (Monate)"],
      ["1", 212, 79.4, 31.0], ["2", 488, 81.2, 27.5], ["3", 301, 82.0, 22.1], ["4", 129, 83.5, 14.8], ["5", 47, 80.9, 9.6],
      ["gesamt", 1177, 81.3, 23.9]]})],
  body="""
Moin,

hier die Zahlen für die Tarifkalkulation PTG neu. Häufigster Auslöser bleibt Demenz (ca. 38 % der Fälle mit PG 3+), danach Schlaganfallfolgen. Einzelfälle sind nicht enthalten, nur Summen.

Felix
""")

# d2-0068
M("S", "de", "customer", "customer mail forwarded internally then to an external rehab provider: named insured, knee surgery rehab, physiotherapy prescription",
  frm=ADDR("brandt"), to="Reha-Zentrum Siebengebirge Aufnahme <aufnahme@reha-siebengebirge.example>", ent="kv",
  subj="WG: AHB nach Kreuzband-OP",
  date="2026-04-28 08:12", sig="brandt", sigstyle="short",
  body="""
Guten Morgen,

anbei die Anfrage unseres Versicherten, die Kostenzusage für die ambulante Reha ist erteilt (20 Behandlungstage). Bitte direkt mit ihm einen Termin vereinbaren.

Gruß G. Brandt

""" + FW("Jan-Erik Thomsen <je.thomsen@mailbox-demo.example>", "27.04.2026 19:55", f"leistung-kv@{DOM}",
         "AHB nach Kreuzband-OP", """
Hallo,

ich hatte am 21.4. meine Kreuzband-OP links (VKB-Plastik mit Semitendinosussehne) in der Sportklinik Köln und soll jetzt eine ambulante Reha machen, der Operateur hat die Verordnung mitgegeben. Am liebsten im Reha-Zentrum Siebengebirge, das ist bei mir um die Ecke. Geht das über meine Versicherung? Versicherungsnummer 305 991 027 K.

Danke!
Jan-Erik Thomsen
"""))

# d2-0069
M("C", "de", "insurer-to-customer", "buildings insurance: storm damage to the named customer's roof, claim number, insured address",
  frm=ADDR("demir"), to="Familie Ebbinghaus <ebbinghaus.familie@kabel-demo.example>", ent="av",
  subj="Sturmschaden vom 19.02.2026 – Ihr Haus Am Kirchberg 3",
  date="2026-02-24 10:22", sig="demir",
  body="""
Sehr geehrte Frau Ebbinghaus, sehr geehrter Herr Ebbinghaus,

danke für die Fotos. Der Sturm "Ylenia" hat am 19.02.2026 bei Ihrem Haus Am Kirchberg 3, 53639 Königswinter, laut Dachdecker ca. 40 Dachziegel und die Firstabdeckung gelöst.

Schaden-Nr.: 26-W-0018874 zu Ihrer Wohngebäudeversicherung WG 1177 3204
Kostenvoranschlag Dachdeckerei Pütz: 3.640,00 €

Den Betrag geben wir so frei; Ihr Vertrag hat keine Selbstbeteiligung für Sturm. Die Notabdeckung vom Wochenende (420 €) übernehmen wir ebenfalls. Bitte schicken Sie uns nach der Reparatur die Rechnung.

Mit freundlichen Grüßen
""")

# d2-0070
M("N", "en", "insurer-to-supplier", "event invitation: catering order for a broker conference, purchase order number",
  frm=ADDR("baumann"), to="Events <events@rhein-catering.example>", ent="grp",
  subj="Broker Day 2026 – catering order PO 4500119552",
  date="2026-04-29 13:40", sig="baumann", sigstyle="short", lang="en",
  body="""
Hi Marta,

confirming the catering for our Broker Day on 18 June, Rheinterrassen, as discussed:

- 180 guests, welcome coffee from 08:30
- lunch buffet 12:30 (30 % vegetarian, 10 % vegan; gluten-free and lactose-free options labelled)
- afternoon cake and fruit 15:30
- drinks flat rate until 18:00

PO number: 4500119552 – please quote it on your invoice. Final numbers by 4 June.

Thanks!
Julia
""")

# d2-0071
M("S", "en", "customer", "customer's complaint quoting her own diagnosis (hypothyroidism, E03.9) and medication (levothyroxine 75 µg)",
  frm=ADDR("lorenz"), to="Rachel Green-Adeyemi <rachel.ga@mailhub-demo.example>", ent="kv",
  subj="Re: Complaint – rejected blood test invoice",
  date="2026-04-30 16:18", sig="lorenz", lang="en",
  quote=Q("""On 28 Apr 2026, Rachel Green-Adeyemi wrote:
I'm really annoyed. I have an underactive thyroid (E03.9, diagnosed 2019, I take Levothyroxine 75 µg daily) and my endocrinologist checks TSH, fT3 and fT4 every 6 months. You paid for it last year and now you reject the lab invoice of EUR 86.20 saying "not medically necessary"?! Policy 402 587 113 K.
Rachel"""),
  body="""
Dear Ms Green-Adeyemi,

thank you for getting in touch, and I'm sorry for the trouble. You're right: regular thyroid checks under levothyroxine are medically necessary. Our system flagged the fT3 value as not needed, and a colleague confirmed that without looking at your history.

We have corrected this and will reimburse the full EUR 86.20 this week. I have added a note to your file so that this doesn't happen again.

Kind regards
Daniela Lorenz
Complaints Management
""")

# d2-0072
M("N", "de", "internal", "trap: minutes of a DPIA workshop for the claims app, mentions health data categories only in general",
  frm=ADDR("meier"), to=f"Projekt Leistungs-App <projekt-lapp@{DOM}>", ent="grp",
  subj="DSFA Leistungs-App 3.0 – Ergebnis Workshop",
  date="2026-01-29 15:05", sig="meier", sigstyle="short",
  body="""
Hallo Projektteam,

Ergebnis des DSFA-Workshops von heute:

1. Verarbeitete Kategorien: Stammdaten, Vertragsdaten, Gesundheitsdaten (Arztrechnungen, Rezepte, Diagnosen) – also Art. 9 DSGVO, DSFA ist Pflicht.
2. Risiken hoch: Fotos der Rechnungen bleiben in der Galerie des Handys liegen; Push-Nachrichten dürfen keine Beträge oder Diagnosen zeigen.
3. Maßnahmen: Fotos nur im App-Container, Löschung nach Upload; Push-Text neutral ("Es gibt Neuigkeiten zu Ihrer Einreichung"); Pseudonymisierung in den Testumgebungen.
4. Restrisiko nach Maßnahmen: mittel → vertretbar, Freigabe durch DSB nach Umsetzung von Punkt 3.

Den Entwurf des Berichts schicke ich bis 06.02.

Thomas Meier
""")

# d2-0073
M("C", "de", "insurer-to-customer", "rent deposit guarantee: named tenant, landlord, address and guarantee amount",
  frm=ADDR("kowalski"), to="Larissa Hoffmeister <larissa.hoffmeister@posteo-demo.example>", ent="av",
  subj="Ihre Mietkautionsbürgschaft MK-26-01177",
  date="2026-05-04 11:48", sig="kowalski",
  body="""
Liebe Frau Hoffmeister,

Ihre Mietkautionsbürgschaft ist ausgestellt:

Bürgschaft Nr.: MK-26-01177
Mieterin: Larissa Hoffmeister, geb. 11.02.1996
Mietobjekt: Zülpicher Straße 212, 2. OG links, 50937 Köln
Vermieter: Grundstücksgemeinschaft Lambertz, vertreten durch Hausverwaltung Kuhl
Bürgschaftsbetrag: 2.670,00 € (3 Nettokaltmieten)
Jahresbeitrag: 133,50 €

Die Original-Bürgschaftsurkunde geht heute per Post direkt an die Hausverwaltung. Eine Kopie für Ihre Unterlagen bekommen Sie mit gleicher Post.

Viel Freude in der neuen Wohnung!
""")

# d2-0074
M("S", "de", "doctor", "doctor's invoice with GOÄ positions and diagnosis for a named patient, forwarded to the insured with a question",
  frm=ADDR("kroeger"), to="Helga Brenninkmeyer <h.brenninkmeyer@t-netz.example>", ent="kv",
  subj="Rückfrage zu Ihrer Rechnung Dr. Osterkamp",
  date="2026-05-05 09:15", sig="kroeger",
  tables={"R": ([["Datum", "GOÄ", "Leistung", "Faktor", "Betrag"],
                 ["14.04.2026", "1", "Beratung", "2,3", "10,72 €"], ["14.04.2026", "5", "Symptombezogene Untersuchung", "2,3", "10,72 €"],
                 ["14.04.2026", "410", "Ultraschall eines Organs", "1,8", "18,36 €"], ["14.04.2026", "420", "Ultraschall weiterer Organe (3x)", "1,8", "24,48 €"],
                 ["14.04.2026", "3511", "Untersuchung eines Körpermaterials", "1,15", "3,02 €"]], "pad")},
  body="""
Sehr geehrte Frau Brenninkmeyer,

die Rechnung von Dr. Osterkamp (Innere Medizin, Diagnose: K80.20 Gallensteine ohne Cholezystitis, Oberbauchschmerzen) enthält folgende Positionen:

[[R]]

Bei der Nr. 420 sind drei weitere Organe berechnet, im Befund ist aber nur Leber und Gallenblase dokumentiert. Könnten Sie bitte in der Praxis nachfragen, welche Organe zusätzlich untersucht wurden? Den unstrittigen Teil (42,82 €) haben wir bereits erstattet.

Mit freundlichen Grüßen
""")

# d2-0075
M("N", "en", "newsletter", "trap: HR newsletter announcing a blood donation day and occupational health check-ups, no individual",
  frm=f"Employee Newsletter <newsletter@{DOM}>", to=f"All staff <all-staff@{DOM}>", ent="grp",
  subj="Inside Versicherer – May edition",
  date="2026-05-06 07:15", client="system", html=True,
  body="""
INSIDE VERSICHERER – MAY 2026

1) Blood donation day on 20 May
The German Red Cross will be in the canteen from 10:00 to 15:00. Donating takes about an hour including a short check-up; please bring your ID. You get the afternoon off.

2) Occupational health check-ups
Our company doctor offers eye tests for screen work and skin cancer screening every Wednesday in May. Book via the intranet – the results stay between you and the doctor.

3) New canteen menu
More vegetarian dishes and a daily salad bar from June.

4) Welcome!
23 new colleagues started in April, among them 9 apprentices in our new dual study programme.

Your Internal Communications team
""")

# d2-0076
M("C", "en", "insurer-to-customer", "household claim with bank details: named customer, claim and policy number, IBAN (grouped, lower case)",
  frm=ADDR("demir"), to="Benjamin Koch <ben.koch@fastmail-demo.example>", ent="av",
  subj="Payment confirmation – claim 26-H-0311542",
  date="2026-05-07 14:03", sig="demir", sigstyle="short", lang="en",
  body=f"""
Hi Mr Koch,

we have transferred EUR 1,720.00 for the water-damaged parquet and furniture (claim 26-H-0311542, household policy HR-6620-1184) to the account you gave us:

Account holder: Benjamin Koch
IBAN: {IB("DE", "700202700015442093").lower()}

The money should arrive within 1–2 days. The claim is now closed. If the dryer company sends a separate bill, just forward it to me.

Best regards
Aylin Demir
""")

# d2-0077
M("S", "de", "insurer-to-customer", "BU claim decision: occupational disability recognised for the addressee, psychiatric diagnosis and pension amount",
  frm=ADDR("stanek"), to="Sandra Melchior <sandra.melchior@web-demo.example>", ent="lv",
  subj="Ihr Antrag auf Leistungen wegen Berufsunfähigkeit – Vertrag BU 88120457",
  date="2026-05-08 10:00", sig="stanek",
  body="""
Sehr geehrte Frau Melchior,

wir haben die Prüfung Ihres Leistungsantrags abgeschlossen und freuen uns, Ihnen eine positive Nachricht geben zu können.

Nach dem Gutachten von Dr. Aschoff und den Berichten Ihrer behandelnden Psychiaterin sind Sie seit dem 15.09.2025 infolge einer rezidivierenden depressiven Störung (F33.1) mit Angststörung zu mehr als 50 % außerstande, Ihren Beruf als Disponentin auszuüben. Wir erkennen unsere Leistungspflicht daher an:

- monatliche BU-Rente: 1.650,00 €, rückwirkend ab 01.10.2025
- Beitragsbefreiung ab 01.10.2025
- Nachzahlung für Oktober 2025 bis Mai 2026: 13.200,00 € zzgl. erstatteter Beiträge 624,80 €

Das Anerkenntnis ist unbefristet. Wir werden uns in etwa zwei Jahren im Rahmen der Nachprüfung nach Ihrem Befinden erkundigen.

Alles Gute für Sie!

Mit freundlichen Grüßen
""")

# d2-0078
M("N", "de", "insurer-to-partner", "trap: association survey answer with claim counts per line, no individuals",
  frm=ADDR("morgan"), to="Statistik GDV-Demo <statistik@verband-demo.example>", ent="grp",
  subj="Meldung Schadenstatistik Sach privat 2025",
  date="2026-02-27 12:00", sig="morgan", sigstyle="short",
  att=[CSV("Meldung_Sach_2025_VU4711.csv", [
      ["Sparte", "Risiken", "Schadenanzahl", "Schadenaufwand_TEUR", "Schadenfrequenz_promille"],
      ["Hausrat", "684210", "18734", "26544", "27.4"], ["Wohngebaeude", "402118", "51022", "214870", "126.9"],
      ["davon Leitungswasser", "402118", "24877", "98230", "61.9"], ["davon Sturm/Hagel", "402118", "19502", "61404", "48.5"]])],
  body="""
Sehr geehrte Damen und Herren,

anbei unsere Meldung zur Sach-Statistik 2025 im vereinbarten CSV-Format.

Mit freundlichen Grüßen
James Morgan
Group Finance
""")

# d2-0079
M("C", "de", "assessor", "motor assessor's damage report for the named claimant's car: plate, VIN, owner, repair costs; nobody hurt",
  frm=ADDR("brenner"), to="Sabrina Lüdtke <sabrina.luedtke@freemail-demo.example>", ent="av",
  subj="Gutachten zu Ihrem Fahrzeug – Schaden 26-K-0108834",
  date="2026-05-11 15:33", sig="brenner",
  att=[PDF("Gutachten_SV-Buero_Kraus_26-0412.pdf", [
      ("h", "Sachverständigenbüro Kraus – Kfz-Haftpflichtgutachten Nr. 26-0412"),
      "Auftraggeber: Versicherer Allgemeine Versicherung AG, Schaden-Nr. 26-K-0108834",
      "Anspruchstellerin / Halterin: Sabrina Lüdtke, Im Tal 6, 51429 Bergisch Gladbach",
      "Fahrzeug: Opel Corsa F, amtl. Kennzeichen GL-SL 207, FIN W0VP5ZKT8L1234567, EZ 06/2021, 41.220 km",
      ("t", [["Position", "Betrag netto"], ["Reparaturkosten", "3.912,40 EUR"], ["Wertminderung", "350,00 EUR"],
             ["Nutzungsausfall (5 Tage, Gruppe C)", "215,00 EUR"], ["Wiederbeschaffungswert", "14.800,00 EUR"]]),
      "Personenschaden: keiner. Unfallhergang: Auffahrunfall an der Ampel Paffrather Straße, 02.05.2026."], title="Gutachten 26-0412")],
  body="""
Sehr geehrte Frau Lüdtke,

der Gutachter hat den Schaden an Ihrem Corsa aufgenommen, das Gutachten hängt an. Wir regulieren auf dieser Basis: Reparaturkosten 3.912,40 € netto (bzw. brutto gegen Rechnung), Wertminderung 350 €, Nutzungsausfall 215 €, Kostenpauschale 25 €.

Bitte teilen Sie uns mit, ob Sie reparieren lassen oder fiktiv abrechnen möchten.

Mit freundlichen Grüßen
""")

# d2-0080
M("S", "en", "insurer-to-company", "group life/pension: employer gets the death benefit notice for a named deceased employee, cause of death",
  frm=ADDR("paulsen"), to="HR Benefits <benefits@aurora-chemicals.example>", ent="lv",
  subj="Group life GL-3302 – death benefit for the late Mr Stefan Rademacher",
  date="2026-05-12 11:26", sig="paulsen", lang="en",
  body="""
Dear Ms Nakamura,

thank you for your notification and please pass on our condolences to Mr Rademacher's colleagues.

We have received the death certificate (date of death 21 April 2026; cause of death as stated by the attending physician: acute myocardial infarction) and the beneficiary designation. Under the group life scheme GL-3302 the death benefit is two annual salaries, i.e. EUR 146,000 based on the insured salary of EUR 73,000.

Payment will be made to the beneficiary, Mrs Claudia Rademacher, once we have her bank details and a copy of her ID. Could you please give her our contact details, or let us know if you prefer to pass on the documents?

With kind regards
Henrik Paulsen
""")

# d2-0081
M("N", "de", "insurer-to-supplier", "trap: facility order for a dental practice tenant's new water pipe (company property), invoice address, no persons",
  frm=ADDR("richter"), to="Auftragsannahme Sanitär Bongartz GmbH <auftrag@bongartz-sanitaer.example>", ent="grp",
  subj="Auftrag: Erneuerung Steigleitung Graf-Adolf-Str. 88, Düsseldorf",
  date="2026-03-02 08:55", sig="richter",
  body="""
Sehr geehrte Damen und Herren,

nach dem Leitungswasserschaden im Februar beauftragen wir Sie gemäß Ihrem Angebot AN-26-0098 vom 24.02.2026 mit der Erneuerung der Kaltwasser-Steigleitung vom Keller bis 2. OG.

Bitte beachten: Im EG ist eine Zahnarztpraxis. Arbeiten in den Praxisräumen nur mittwochs nachmittags oder samstags, Termin bitte mit der Praxisverwaltung abstimmen (Tel. über unsere Objektverwaltung). Der Behandlungsbetrieb darf nicht gestört werden.

Auftragswert: 18.430,00 € netto
Rechnung an: Versicherer Holding AG, Kreditorenbuchhaltung, Rheinuferstraße 12, 50667 Köln, mit Bestellnummer 4500118790.

Mit freundlichen Grüßen
""")

# d2-0082
M("C", "de", "customer", "customer asks about insurance for her car; she gives her birth date (30.11.1982) and address; quoted below the answer",
  frm=ADDR("kowalski"), to="Petra Dombrowski <p.dombrowski@gmx-mail.example>", ent="av",
  subj="AW: Anfrage Autoversicherung",
  date="2026-05-13 12:10", sig="kowalski",
  quote=OQ("Petra Dombrowski <p.dombrowski@gmx-mail.example>", "Dienstag, 12. Mai 2026 22:03", "info@versicherer.example",
           "Anfrage Autoversicherung", """
Guten Abend,

ich möchte mein Auto zum 1.6. bei Ihnen versichern, ich bin schon Kundin mit Hausrat (HR 4403 1919). Auto ist ein Toyota Yaris Hybrid, Bj 2022, Kennzeichen LEV-PD 30. Ich bin geb. am 30.11.1982, wohne Kölner Str. 118 in 51379 Leverkusen. SF 9 hab ich bei der HUK.

Was würde das kosten mit Teilkasko?
Petra Dombrowski
"""),
  body="""
Guten Tag Frau Dombrowski,

vielen Dank für Ihre Anfrage. Für den Yaris mit Haftpflicht und Teilkasko (SB 150 €) und SF 9 kommen wir auf 412,80 € im Jahr – inkl. 10 % Bündelrabatt, weil Sie schon Ihre Hausrat bei uns haben.

Wenn das für Sie passt, schicke ich Ihnen den Antrag zum Unterschreiben; die Kündigung bei der HUK müssten Sie bis 30.04. ... ah, das ist leider schon vorbei – ein Wechsel zum 1.6. geht nur bei einem Fahrzeugwechsel oder nach einer Beitragserhöhung. Ich rufe Sie morgen kurz an.

Viele Grüße
""")

# d2-0083
M("S", "de", "insurer-to-pharmacy", "pharmacy direct billing query naming an insured and a prescribed drug (adalimumab) – reveals a chronic disease",
  frm=ADDR("kroeger"), to="Rathaus-Apotheke Brühl <info@rathaus-apotheke-bruehl.example>", ent="kv",
  subj="Direktabrechnung Rezept vom 29.04.2026 – Vers. Achim Strothmann",
  date="2026-05-14 09:49", sig="kroeger", sigstyle="short",
  body="""
Sehr geehrte Damen und Herren,

zu Ihrer Direktabrechnung für unseren Versicherten Achim Strothmann (Vers.-Nr. 300 118 447 K):

Verordnet: Adalimumab 40 mg Fertigpen, 6 Stück (PZN 12345678), Betrag 4.987,21 €
Sie haben das Original abgerechnet; laut Rezept ist "aut idem" nicht ausgeschlossen. Nach unserem Tarif erstatten wir Biosimilars vollständig, das Original nur bis zum Preis des günstigsten Biosimilars (2.611,40 €).

Bitte prüfen Sie, ob der Versicherte über die Mehrkosten informiert wurde. Andernfalls bitten wir um Korrektur der Abrechnung.

Mit freundlichen Grüßen
""")

# d2-0084
M("N", "en", "internal", "out-of-office auto reply, no content",
  frm=ADDR("okafor"), to="Hannah Weir <h.weir@finance-desk-news.example>", ent="lv",
  subj="Automatic reply: Mortality data for article",
  date="2026-05-14 10:01", client="system", mailer="Microsoft Exchange", lang="en",
  body="""
Thank you for your message. I am out of the office until 26 May with no access to e-mail. For urgent matters please contact aktuariat-leben@versicherer.example. Press enquiries: presse@versicherer.example.

Chidi Okafor
""")

# d2-0085
M("C", "en", "insurer-to-broker", "broker gets the named client's motor policy details with plate and bonus class; no health",
  frm=ADDR("reuter"), to="Ahmed Farouk <a.farouk@farouk-insurance-brokers.example>", ent="av",
  subj="Your client Ms Julia Wendt – motor transfer",
  date="2026-05-15 16:44", sig="reuter", lang="en",
  body="""
Hi Ahmed,

as requested, the current details for your client Julia Wendt before the transfer of agency:

Policy: KF 6630 2281, Mini Cooper SE, HH-JW 2210
Cover: third party + comprehensive, excess EUR 500/150
No-claims class: SF 7 (liability) / SF 5 (comprehensive)
Annual premium: EUR 796.30, paid annually by direct debit
Claims: one glass breakage claim in 2025 (no effect on the bonus class)

The broker mandate you sent is on file; the agency change will be effective from 1 June.

Cheers
Frank
""")

# d2-0086
M("S", "de", "insurer-to-customer", "short mail: hearing aids reimbursement for the addressee (health aid), amount",
  frm=ADDR("kroeger"), to="Erwin Lachmann <e.lachmann@t-netz.example>", ent="kv",
  subj="Ihre Hörgeräte",
  date="2026-05-18 08:30", client="outlook", sig="kroeger", sigstyle="short",
  body="""
Guten Morgen Herr Lachmann,

kurze Info: Die Rechnung von Hörakustik Bender für Ihre beiden neuen Hörgeräte (2 x 1.890 €) ist erstattet, nach Tarif 80 % = 3.024,00 €. Das Geld ist unterwegs.

Viele Grüße
""")

# d2-0087
M("N", "de", "internal", "trap: test data description for the new claims system with fictitious persons 'Max Mustermann', placeholder diagnoses",
  frm=ADDR("raman"), to=f"Testmanagement <testmanagement@{DOM}>", ent="grp",
  subj="Testdaten Leistungssystem R26.2 – synthetische Fälle",
  date="2026-05-18 13:20", sig="raman", sigstyle="short",
  att=[XLSX("Testfaelle_R26-2.xlsx", {"Fälle": [
      ["Testfall", "Versicherte Person", "Geburtsdatum", "Diagnose", "Betrag", "erwartet"],
      ["TF-001", "Max Mustermann (fiktiv)", "01.01.1970", "J06.9", "120,00", "Erstattung 100 %"],
      ["TF-002", "Erika Mustermann (fiktiv)", "01.01.1964", "M54.5", "860,00", "Erstattung 80 %, SB"],
      ["TF-003", "Test Person 3 (fiktiv)", "01.01.2010", "Z00.1", "90,00", "Vorsorge"],
      ["TF-004", "Test Person 4 (fiktiv)", "31.12.1950", "E11.9", "2.400,00", "Medikationsprüfung"]]}, author="P. Raman")],
  body="""
Hallo Testmanagement,

anbei die synthetischen Testfälle für R26.2. Alle Personen und Versicherungsnummern sind erfunden (Nummernkreis 999 xxx xxx T, existiert in Produktion nicht). Bitte ausschließlich diese Daten in der Testumgebung verwenden – keine Kopien aus Produktion.

Priya
""")

# d2-0088
M("C", "de", "insurer-to-customer", "premium arrears notice (§ 38 VVG) for a household policy: named customer, IBAN of the insurer and the customer's returned debit",
  frm=ADDR("becker"), to="Dominik Faller <dominik.faller@online-demo.example>", ent="av",
  subj="Zahlungserinnerung – Hausrat HR 7710 0343",
  date="2026-05-19 07:50", sig="becker",
  body=f"""
Sehr geehrter Herr Faller,

die Lastschrift für Ihren Beitrag zur Hausratversicherung HR 7710 0343 vom 01.05.2026 (47,30 €) wurde von Ihrer Bank zurückgegeben (Grund: Konto erloschen, IBAN {IB("DE", "440100430455127700")}).

Bitte überweisen Sie den Beitrag zzgl. 3,00 € Rücklastschriftgebühr bis 02.06.2026 auf unser Konto:
Versicherer Allgemeine Versicherung AG, IBAN DE18 3705 0198 0000 4711 00, Verwendungszweck HR77100343.

Und teilen Sie uns bitte Ihre neue Bankverbindung mit, damit wir künftig wieder abbuchen können.

Mit freundlichen Grüßen
""")

# d2-0089
M("S", "en", "insurer-to-doctor", "dental treatment plan query to the dentist about a named patient, tooth numbers and periodontitis",
  frm=ADDR("wendland"), to="Dr. Kaya Dental Practice <praxis@kaya-dental.example>", ent="kv",
  subj="Treatment plan Mr Oliver Brandstetter – periodontal therapy",
  date="2026-05-19 14:17", sig="wendland", lang="en",
  body="""
Dear Dr Kaya,

thank you for the treatment plan for your patient Oliver Brandstetter (born 09/05/1977, our member no. 307 220 164 K). He asked us to correspond in English.

The plan covers systematic periodontal therapy (stage III, grade B periodontitis, K05.31) on 24 teeth, with antiinfective therapy (GOZ 4070/4075), adjunctive amoxicillin/metronidazole and a supportive phase over two years.

Before we can confirm the cost, please send us the periodontal chart (pocket depths) and the current X-ray status. The plan also mentions extraction of 18 and 48 – is that part of the periodontal treatment or planned separately?

Kind regards
Tobias Wendland
""")

# d2-0090
M("N", "de", "insurer-to-customer", "trap: certificate exchange / request answer mail without personal data",
  frm=f"Zertifikatsdienst <zertifikat@{DOM}>", to="it-sicherheit@stadtwerke-lippe.example", ent="grp",
  subj="[ZERTIFIKAT] Ihr angefordertes Zertifikat",
  date="2026-05-20 09:00", client="system", mailer="Siegel Gateway",
  att=[TXT("zertifikat_versicherer.pem", """-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUQ2VydGlmaWNhdGUtRGVtby1EZXYyMAoGCCqGSM49BAMC
MCUxIzAhBgNVBAMMGlZlcnNpY2hlcmVyIERlbW8gTWFpbCBDQSAyMB4XDTI2MDEw
MTAwMDAwMFoXDTI3MDEwMTAwMDAwMFowHzEdMBsGA1UEAwwUdmVyc2ljaGVyZXIu
ZXhhbXBsZTAKBggqhkjOPQQDAgNIADBFAiEAtd2Vbx1pcnRpb25hbCBkZW1vIGNl
cnQgb25seSBub3QgdmFsaWQ=
-----END CERTIFICATE-----
""", sub="plain")],
  body="""
Guten Tag,

Sie haben das Zertifikat der Domain versicherer.example angefordert. Sie finden es im Anhang (PEM). Bitte importieren Sie es in Ihr Gateway, damit wir künftig verschlüsselt miteinander kommunizieren können.

Fingerprint (SHA-256): 3F:A1:07:9C:55:2E:B0:41:D8:6A:11:C3:90:7E:2B:45:AF:08:61:D2:33:9B:40:EE:17:C5:88:02:6D:5A:F4:90

Diese Nachricht wurde automatisch erzeugt.
""")

# d2-0091
M("C", "de", "insurer-to-customer", "legal expenses: tenancy dispute of the named customer, claim number, rent amount and address",
  frm=ADDR("lindqvist"), to="Milan Petrović <milan.petrovic@arcor-demo.example>", ent="av",
  subj="Ihr Mietrechtsstreit – Vorgang RS-26-005530",
  date="2026-05-20 16:02", sig="lindqvist", sigstyle="short",
  body="""
Guten Tag Herr Petrović,

zu Ihrer Anfrage wegen der Mieterhöhung für Ihre Wohnung in der Venloer Str. 301, 50823 Köln (von 890 € auf 1.020 € kalt): Ihr Vertrag RS 5120 0882 umfasst Wohnungs-Rechtsschutz für Mieter. Wir übernehmen die Kosten einer anwaltlichen Erstberatung sofort; für eine Klage erteilen wir Deckung, sobald der Vermieter klagt oder Sie Klage erheben wollen und der Anwalt uns die Erfolgsaussichten kurz darlegt.

Die Wartezeit von 3 Monaten ist abgelaufen (Vertragsbeginn 01.10.2025), die Mieterhöhung kam am 11.05.2026 – alles gut.

Freundliche Grüße
Petra Lindqvist
""")

# d2-0092
M("S", "de", "company", "bAV direct insurance: employer's salary-conversion list for named employees in ODS (life line)",
  frm=ADDR("paulsen"), to="Lohnbuchhaltung Weber & Söhne <lohn@weber-soehne.example>", ent="lv",
  subj="AW: Entgeltumwandlung Direktversicherung – Änderungen Juni",
  date="2026-05-21 10:38", sig="paulsen",
  att=[ODS("DV_Aenderungen_06-2026.ods", {"Änderungen": [
      ["Personalnr.", "Name", "Vorname", "Geb.-Datum", "Vertrag", "Beitrag alt", "Beitrag neu", "ab"],
      ["0412", "Kaminski", "Bartosz", "14.02.1985", "DV 7720 0412", 150, 250, "01.06.2026"],
      ["0588", "Roth", "Melanie", "30.08.1990", "DV 7720 0588", 100, 0, "01.06.2026 (beitragsfrei)"],
      ["0601", "Schulz", "Detlef", "05.12.1966", "DV 7720 0601", 302, 302, "Neuabschluss"]]})],
  body="""
Hallo Frau Weber,

die Änderungen sind umgesetzt, anbei die Liste mit unseren Vertragsnummern zum Abgleich mit Ihrer Lohnabrechnung. Frau Roth wird wie gewünscht beitragsfrei gestellt; Herr Schulz bekommt den Versicherungsschein diese Woche.

Viele Grüße
Henrik Paulsen
""")

# d2-0093
M("N", "en", "insurer-to-broker", "trap: generic FAQ answer to a broker about which documents are needed for a BU claim, no client named",
  frm=ADDR("stanek"), to="Lisa Chen <lisa.chen@pacific-brokers.example>", ent="lv",
  subj="Re: What do you need for a disability claim?",
  date="2026-05-22 11:11", sig="stanek", lang="en", sigstyle="short",
  body="""
Hi Lisa,

good question – in general, for a disability (BU) claim we need:

1. the claim form (part for the insured person and a description of the job as it was actually done, with hours per task),
2. names and addresses of all treating doctors and a release from medical confidentiality,
3. reports and discharge letters from the last 3 years, if available,
4. for the self-employed: business data (employees, turnover), because we check reorganisation options.

We usually decide within 8–12 weeks once we have everything. Once you have a concrete case, just send it through the secure portal, not by normal e-mail.

Best
Oliver
""")

# d2-0094
M("C", "en", "insurer-to-customer", "liability claim: named customer's dog bit another dog (animal injury only), vet bill of the third party, policy",
  frm=ADDR("oltmanns"), to="Gemma Fitzgerald <gemma.fitz@mailhub-demo.example>", ent="av",
  subj="Your dog liability claim 26-HH-0022381",
  date="2026-05-25 09:27", sig="oltmanns", lang="en",
  body="""
Dear Ms Fitzgerald,

thank you for reporting the incident in the Stadtwald on 16 May, when your dog Rocco bit the dachshund of Mr Bertram. Nobody was injured, only the other dog needed stitches.

Under your dog owner's liability policy TH 2290 1184 we will pay the vet bill of Tierarztpraxis Lindenthal (EUR 312.65) directly to Mr Bertram. There is no excess in your tariff.

Kind regards
Jens Oltmanns
""")

# d2-0095
M("S", "de", "insurer-to-customer", "hospital daily allowance of the addressee: hospital stay for pneumonia (J18.9), days and amount",
  frm=f"Versicherer Krankenversicherung Leistungsservice <leistung-kv@{DOM}>", to="Ingrid Haverkamp <ingrid.haverkamp@posteo-demo.example>", ent="kv",
  subj="Leistungsabrechnung Krankenhaustagegeld",
  date="2026-05-26 06:20", client="system",
  body="""
Leistungsabrechnung vom 26.05.2026

Versicherte Person: Ingrid Haverkamp
Versicherungsnummer: 406 203 771 K
Tarif: KHT 60 (Krankenhaustagegeld 60 €)

Krankenhaus: Marienhospital Bonn
Aufenthalt: 06.05.2026 - 15.05.2026 (10 Tage)
Diagnose lt. Aufenthaltsbescheinigung: J18.9 Pneumonie, nicht näher bezeichnet

Krankenhaustagegeld 10 x 60,00 € = 600,00 €
Überweisung auf Ihr Konto bei der Sparkasse KölnBonn, IBAN DE** **** **** **** **33 17

Dies ist eine automatisch erstellte Nachricht.
""")

# d2-0096
M("N", "de", "newsletter", "trap: seminar invitation on occupational disability for brokers with a calendar file",
  frm=f"Versicherer Akademie <akademie@{DOM}>", to=f"Makler-Newsletter <makler-news@{DOM}>", ent="lv",
  subj="Einladung Online-Seminar: Psychische Erkrankungen in der BU-Leistungsprüfung",
  date="2026-05-27 07:00", client="system",
  att=[ICS("Seminar_BU_Psyche.ics", "akad-2026-06-17-bu@versicherer.example", "Online-Seminar: Psychische Erkrankungen in der BU",
           "20260617T140000", "20260617T153000", ("Versicherer Akademie", f"akademie@{DOM}"),
           location="Online (Teams)", description="Referentin: Dr. med. Ulrike Hasselbach. 1,5 Stunden Weiterbildungszeit (IDD).", method="PUBLISH")],
  body="""
Liebe Maklerinnen und Makler,

jede dritte BU-Leistung hat heute eine psychische Ursache. Aber wie prüft ein Versicherer eigentlich eine Depression oder einen Burnout? Welche Unterlagen helfen Ihren Kunden wirklich?

Unsere Gesellschaftsärztin Dr. Ulrike Hasselbach erklärt es anhand anonymisierter Fallbeispiele – mit Zeit für Ihre Fragen.

Mittwoch, 17. Juni 2026, 14:00-15:30 Uhr, online
1,5 Stunden Weiterbildungszeit nach IDD

Den Kalendereintrag finden Sie im Anhang, der Teams-Link kommt einen Tag vorher.

Ihre Versicherer Akademie
""")

# d2-0097
M("C", "de", "insurer-to-customer", "HTML-only mail with table: annual statement of a household & liability bundle with name, address and policy numbers",
  frm=f"Versicherer Kundenservice <kundenservice@{DOM}>", to="Renate und Klaus Imhoff <imhoff.rk@t-netz.example>", ent="av",
  subj="Ihre Vertragsübersicht 2026",
  date="2026-01-09 06:30", client="system",
  html="""<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Sehr geehrte Frau Imhoff, sehr geehrter Herr Imhoff,</p>
<p>hier Ihre Verträge bei uns im Überblick (Stand 01.01.2026):</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Vertrag</th><th>Nummer</th><th>Versicherungsort / Umfang</th><th>Jahresbeitrag</th></tr>
<tr><td>Hausrat</td><td>HR 2201 7745</td><td>Hauptstr. 41, 51465 Bergisch Gladbach, VS 78.000 €</td><td>168,90 €</td></tr>
<tr><td>Privathaftpflicht Familie</td><td>PH 2201 7746</td><td>Deckung 20 Mio. €</td><td>89,40 €</td></tr>
<tr><td>Glas</td><td>GL 2201 7747</td><td>Hauptstr. 41</td><td>34,00 €</td></tr>
</table>
<p>Zahlweise: jährlich per Lastschrift zum 01.02.</p>
<p>Mit freundlichen Grüßen<br>Ihr Kundenservice</p>
</body></html>
""")

# d2-0098
M("S", "en", "customer", "travel health: customer's mail with hospital bill from Thailand, dengue fever, forwarded to the assistance company",
  frm=ADDR("seidel"), to="Case Management <cases@globalassist-demo.example>", ent="av",
  subj="FW: hospital bill Bangkok – policy RKV-40012",
  date="2026-05-28 07:44", sig="seidel", sigstyle="short", lang="en",
  body="""
Dear colleagues,

please take over the case below for direct billing with the hospital. Cover under the annual travel health policy RKV-40012 is confirmed.

Ines

""" + FW("Moritz Albers <moritz.albers@freemail-demo.example>", "Wed, 27 May 2026 at 23:12", f"reise@{DOM}",
         "hospital bill Bangkok – policy RKV-40012", """
Hello,

I'm in Bumrungrad Hospital in Bangkok since Sunday with dengue fever (platelets were down to 38,000, they said it's A90). They want a deposit of 120,000 THB before I can leave, probably Friday. My travel insurance is RKV-40012, date of birth 03.03.1995. Can you pay them directly? I can't afford that.

Moritz Albers
""", lang="en"))

# d2-0099
M("N", "en", "internal", "trap: anonymised case study for claims training (no identifiable person), psychiatric terms",
  frm=ADDR("hasselbach"), to=f"BU claims team <leistung-bu@{DOM}>", ent="lv",
  subj="Case study for Thursday's session",
  date="2026-05-28 12:12", sig="hasselbach", sigstyle="short", lang="en",
  att=[DOCX("case_study_anonymised.docx", [("h", "Case study (anonymised, details changed)"),
      "Claimant: office worker, age group 40–49, region not disclosed.",
      "History: several episodes of depression over 10 years, now a severe episode after a change of job; treated with SSRI and outpatient psychotherapy; inpatient stay of 6 weeks.",
      "Question: does the claimant meet the 50 % threshold for occupational disability? Which additional information would you request?",
      "Note: this case combines elements of several real claims; no real person can be identified."], author="U. Hasselbach")],
  body="""
Dear all,

for Thursday, please read the attached case study (fully anonymised and altered). We'll discuss it in small groups.

Ulrike
""")

# d2-0100
M("C", "de", "insurer-to-partner", "bank confirmation for a financed car: named borrower, plate, VIN, policy (security assignment), no health",
  frm=ADDR("engel"), to="Kreditservice Autobank <sicherungsschein@autobank-demo.example>", ent="av",
  subj="Sicherungsschein – Darlehensnehmer Ferhat Çelik, Vertrag KF 7781 0092",
  date="2026-05-29 10:20", sig="engel", sigstyle="short",
  body="""
Sehr geehrte Damen und Herren,

hiermit bestätigen wir, dass für das folgende Fahrzeug eine Vollkaskoversicherung besteht und wir Ihnen einen Sicherungsschein ausgestellt haben:

Versicherungsnehmer: Ferhat Çelik, Dürener Str. 87, 50931 Köln
Fahrzeug: Audi A3 Sportback, FIN WAUZZZGY8PA031884, amtl. Kennzeichen K-FC 1987
Vertrag: KF 7781 0092, Vollkasko SB 500 €
Ihr Darlehensvertrag: AB-2026-4410027

Im Schadenfall zahlen wir Kaskoleistungen nur an Sie bzw. mit Ihrer Zustimmung.

Mit freundlichen Grüßen
""")

# d2-0101
M("S", "de", "internal", "internal request to the medical underwriter for a named applicant: BMI, blood pressure medication, sleep apnoea",
  frm=ADDR("schulte"), to=ADDR("hasselbach"), ent="lv",
  subj="Antrag BU 91-2026-07712 – Bitte um Votum",
  date="2026-06-01 13:35", sig="schulte", sigstyle="short",
  body="""
Hallo Ulrike,

kannst du dir bitte den Antrag von Herrn Dirk Engelbrecht (geb. 1979-07-14, Elektromeister, BU-Rente 2.000 €) anschauen?

Gesundheitsangaben:
- 1,82 m / 118 kg (BMI 35,6)
- Bluthochdruck seit 2021, Candesartan 16 mg + Amlodipin 5 mg, Werte laut Hausarzt "gut eingestellt"
- Schlafapnoe (G47.31), CPAP seit 2023
- 2024 Bandscheibenvorfall HWS, konservativ behandelt, seitdem beschwerdefrei

Ich würde spontan Ausschluss Wirbelsäule + Zuschlag sagen, aber das ist deine Baustelle :-)

Danke, Marlene
""")

# d2-0102
M("N", "de", "insurer-to-supplier", "translation order for product documents (health tariff terms), no persons",
  frm=ADDR("whitfield"), to="Projektmanagement LinguaRhein <pm@linguarhein.example>", ent="kv",
  subj="Übersetzungsauftrag: AVB Global Health 2026 (DE > EN)",
  date="2026-06-02 09:09", sig="whitfield", sigstyle="short",
  body="""
Hallo Frau Breuer,

bitte übersetzen Sie die neuen Versicherungsbedingungen Global Health 2026 (42 Seiten, Word-Datei kommt über Ihr Upload-Portal) ins Englische. Terminologie bitte wie im Glossar aus dem Vorjahr (z. B. "Wartezeit" = waiting period, "Heilmittel" = remedies/therapeutic treatments, "Kostenzusage" = guarantee of payment).

Liefertermin: 19.06.2026. Bestellnummer: 4500120114.

Danke!
Emma Whitfield
""")

# d2-0103
M("C", "en", "insurer-to-customer", "motor claim in English: named expatriate customer, claim number, plate, windscreen",
  frm=ADDR("brenner"), to="Takumi Sato <t.sato@jp-mail-demo.example>", ent="av",
  subj="Windscreen claim 26-K-0144107 – D-TS 4401",
  date="2026-06-03 15:06", sig="brenner", sigstyle="short", lang="en",
  body="""
Dear Mr Sato,

thanks for sending the photos. The stone chip in your windscreen (Mazda CX-5, D-TS 4401) is covered under your partial cover (Teilkasko) policy KF 8820 1037, excess EUR 150.

You can book the replacement with any of our partner glass shops (e.g. Carglass Düsseldorf-Bilk); they bill us directly and you only pay the excess. If the chip can be repaired instead of replaced, there is no excess at all.

Best regards
Markus Brenner
""")

# d2-0104
M("S", "de", "insurer-to-customer", "care insurance: addressee's wife's dementia and move to a nursing home, care level 4, home costs",
  frm=ADDR("yilmaz"), to="Gerhard Wilmsen <g.wilmsen@web-demo.example>", ent="kv",
  subj="Umzug Ihrer Frau ins Pflegeheim – Pflegepflichtversicherung",
  date="2026-06-04 11:45", sig="yilmaz",
  body="""
Sehr geehrter Herr Wilmsen,

es tut uns leid zu hören, dass die Pflege Ihrer Frau zu Hause nicht mehr möglich ist. Nach dem Wiederholungsgutachten wegen der fortgeschrittenen Alzheimer-Demenz (G30.1 G, F00.1 G) gilt für Ihre Frau seit 01.05.2026 Pflegegrad 4.

Für die vollstationäre Pflege im Haus St. Josef zahlen wir aus der Pflegepflichtversicherung monatlich 1.855 € direkt an das Heim, dazu den Leistungszuschlag zum Eigenanteil (im ersten Jahr 15 %). Das Pflegegeld für die häusliche Pflege endet mit dem Umzug am 01.06.2026.

Den Antrag auf vollstationäre Leistungen haben wir mit Ihrem Schreiben vom 28.05. als gestellt angesehen. Sie müssen nichts weiter tun.

Mit freundlichen Grüßen
""")

# d2-0105
M("N", "de", "internal", "trap: budget planning for the health claims department with cost figures, no persons",
  frm=ADDR("morgan"), to=f"Bereichsleitung Leistung KV <bl-leistung-kv@{DOM}>", ent="grp",
  subj="Budget 2027 – Leistung KV, erste Runde",
  date="2026-06-05 17:30", client="thunderbird",
  body="""
Hallo zusammen,

für die erste Budgetrunde bitte bis 26.06. folgende Punkte liefern:

- Personalplanung 2027 (FTE, inkl. Azubis und Aushilfen)
- Sachkosten: Gutachterhonorare (2025: 1,9 Mio. €), Porto, Scan-Dienstleister
- Projekte: Dunkelverarbeitung Arztrechnungen, Rechnungs-App 3.0
- erwartete Effekte der GOÄ-Reform auf die Prüfaufwände

Die Vorlage liegt im Sharepoint unter Controlling > Budget 2027. Schadenaufwand (Leistungsausgaben) wird von der Aktuariat-Seite geplant, nicht von euch.

Gruß
James
""")

# d2-0106
M("C", "de", "insurer-to-customer", "legal expenses, traffic: named customer's speeding ticket, fine amount, plate",
  frm=ADDR("lindqvist"), to="Tarek Haddad <tarek.haddad@gmx-mail.example>", ent="av",
  subj="Bußgeldverfahren – Verkehrs-Rechtsschutz RS 6610 3351",
  date="2026-06-08 10:40", sig="lindqvist", sigstyle="short",
  body="""
Hallo Herr Haddad,

für das Bußgeldverfahren wegen der Geschwindigkeitsüberschreitung auf der A3 (31 km/h außerorts, Bußgeld 260 €, 1 Punkt, Fahrzeug K-TH 808) übernehmen wir die Kosten Ihres Anwalts und eines technischen Gutachtens zur Messung. Ihre Selbstbeteiligung: 150 €.

Ihr Vorgang: RS-26-006221.

Viele Grüße
Petra Lindqvist
""")

# d2-0107
M("S", "en", "insurer-to-customer", "critical illness payout to the addressee after cancer diagnosis (life product)",
  frm=ADDR("stanek"), to="Fiona Gallagher <fiona.gallagher@eirmail-demo.example>", ent="lv",
  subj="Your critical illness claim – payment",
  date="2026-06-09 09:05", sig="stanek", lang="en",
  body="""
Dear Ms Gallagher,

I am pleased to confirm that your claim under your critical illness policy DD-4471-2201 has been accepted. The histology report from University Hospital Cologne confirms a malignant melanoma (stage IIB), which meets the definition of "cancer" in section 3.1 of your terms.

The lump sum of EUR 80,000 will be paid to your account within five working days. Your policy now ends, as agreed in the terms for a single payout.

We wish you all the best for your treatment.

Kind regards
Oliver Stanek
""")

# d2-0108
M("N", "en", "insurer-to-partner", "auditor request list for the year-end audit, no personal data",
  frm=ADDR("morgan"), to="Audit Team <audit.versicherer@big4-audit-demo.example>", ent="grp",
  subj="Year-end audit 2025 – PBC list status",
  date="2026-02-16 18:05", sig="morgan", sigstyle="short", lang="en",
  body="""
Hi team,

status of the PBC list as of today:

- 1.1–1.7 (trial balance, reconciliations): uploaded to the data room
- 2.3 IBNR triangles health and motor: uploaded
- 2.4 sample of 40 claims files: we'll provide access in the claims system on site only; no copies of claims files leave our premises (data protection)
- 3.1 IT general controls: walkthrough booked for 24 February

Open: 4.2 (lease contracts) – expected Friday.

James
""")

# d2-0109
M("C", "de", "broker", "broker forwards the customer's income and employer details for a household/liability bundle with payment in instalments",
  frm=ADDR("vogel"), to=f"Antrag Sach/HUK <antrag-sach@{DOM}>", ent="av",
  subj="WG: Kundin Schmitz-Jovanović – Ratenzahlung",
  date="2026-06-10 08:17", sig="vogel", sigstyle="name", disc=False,
  body="""
Bitte prüfen, ob wir hier monatliche Zahlweise ohne Aufschlag machen können (Bündel). Danke, KV

""" + FW("Maklerbüro Hufnagel <info@hufnagel-makler.example>", "09.06.2026 17:40", ADDR("vogel"), "Kundin Schmitz-Jovanović", """
Liebe Frau Vogel,

Frau Dragana Schmitz-Jovanović (Hausrat + PHV, Antrag kommt morgen) fragt, ob sie monatlich zahlen kann. Sie ist alleinerziehend, netto ca. 2.150 € (Teilzeit bei der Stadtsparkasse), daher ist ihr der Jahresbeitrag auf einmal zu viel. Anschrift: Bahnhofstr. 12a, 85570 Markt Schwaben.

Beste Grüße
Ludwig Hufnagel
"""))

# d2-0110
M("S", "de", "therapist", "physiotherapy invoice for a named patient quoted under a short reply, with diagnosis and number of sessions",
  frm=ADDR("kroeger"), to="Physiopraxis Rheinblick <abrechnung@physio-rheinblick.example>", ent="kv",
  subj="AW: Rechnung 2026-0455 Herr Becker",
  date="2026-06-11 11:51", sig="kroeger", sigstyle="short",
  quote=OQ("Physiopraxis Rheinblick <abrechnung@physio-rheinblick.example>", "Mittwoch, 10. Juni 2026 09:12", "Leistung KV",
           "Rechnung 2026-0455 Herr Becker", """
Sehr geehrte Damen und Herren,

Ihr Versicherter Norbert Becker (Vers.-Nr. 304 871 002 K) hat uns gebeten, die Rechnung direkt an Sie zu schicken:
Verordnung Dr. Lehnen vom 06.05.2026, Diagnose: Z.n. Schulter-TEP rechts (Z96.6), Bewegungseinschränkung
10 x KG am Gerät à 42,00 €, 10 x Manuelle Lymphdrainage 30 min à 36,00 €
Summe: 780,00 €

Freundliche Grüße, Praxis Rheinblick
"""),
  body="""
Hallo,

wir erstatten grundsätzlich an den Versicherten, nicht an die Praxis. Herr Becker bekommt die Abrechnung, bitte stellen Sie die Rechnung an ihn.

Gruß
Sabine Kröger
""")

# d2-0111
M("N", "de", "insurer-to-customer", "trap: generic reply to a general question about e-mail encryption, no person data, no contract",
  frm=f"Versicherer Kundenservice <kundenservice@{DOM}>", to="k.hollmann@freemail-demo.example", ent="grp",
  subj="AW: Warum muss ich mich für Ihre Mails registrieren?",
  date="2026-06-12 14:00", client="outlook",
  body="""
Guten Tag,

vielen Dank für Ihre Frage. Mails mit persönlichen Daten, etwa zu Gesundheit oder zu Ihrem Vertrag, verschicken wir nicht wie eine Postkarte, sondern verschlüsselt. Wenn Sie kein eigenes S/MIME-Zertifikat haben, legen wir die Nachricht in unserem SecureMail-Portal ab. Sie bekommen dann eine Benachrichtigung ohne Inhalt und melden sich einmalig mit einem Einmal-Passwort an.

Das dauert beim ersten Mal etwa zwei Minuten; danach reichen Ihre Mail-Adresse und Ihr Passwort.

Freundliche Grüße
Ihr Kundenservice
""")

# ---------------------------------------------------------------- batch 4: d2-0112 - d2-0161

# d2-0112
M("N", "de", "internal", "short internal mail about a room booking",
  frm=ADDR("vogel"), to=ADDR("reuter"), ent="grp", client="mobile",
  subj="Raum für Dienstag?",
  date="2026-06-12 07:41",
  body="""
Hi Frank, hast du für Dienstag schon einen Raum für die Maklerrunde? Sonst nehm ich 3.08. LG Katharina
""")

# d2-0113
M("S", "de", "insurer-to-customer", "ZIP attachment with the addressee's reimbursement statements listing diagnoses and medicines; body harmless",
  frm=ADDR("kroeger"), to="Dr. Heiner Vossberg <heiner.vossberg@t-netz.example>", ent="kv",
  subj="Ihre angeforderten Abrechnungen 2025 (Steuererklärung)",
  date="2026-06-15 10:33", sig="kroeger",
  att=[ZIP("Abrechnungen_2025.zip", [
      PDF("Leistungsabrechnung_2025-03.pdf", [("h", "Leistungsabrechnung 14.03.2025"),
          "Versicherte Person: Dr. Heiner Vossberg, Vers.-Nr. 301 002 558 K",
          ("t", [["Beleg", "Diagnose", "Betrag", "erstattet"], ["Dr. Nießen, Kardiologie", "I48.0 Vorhofflimmern paroxysmal", "412,30 EUR", "412,30 EUR"],
                 ["Apotheke: Apixaban 5 mg 200 St.", "-", "289,44 EUR", "289,44 EUR"]])], title="Leistungsabrechnung"),
      PDF("Leistungsabrechnung_2025-09.pdf", [("h", "Leistungsabrechnung 22.09.2025"),
          "Versicherte Person: Dr. Heiner Vossberg, Vers.-Nr. 301 002 558 K",
          ("t", [["Beleg", "Diagnose", "Betrag", "erstattet"], ["Uniklinik Köln, Katheterablation", "I48.0", "11.874,10 EUR", "11.874,10 EUR"],
                 ["Chefarzt Prof. Hamann", "I48.0", "3.204,66 EUR", "3.204,66 EUR"]])], title="Leistungsabrechnung"),
      CSV("Beitragsbescheinigung_2025.csv", [["Jahr", "Basisbeitrag", "Wahlleistungen", "Summe"], ["2025", "6.204,00", "1.488,00", "7.692,00"]])])],
  body="""
Sehr geehrter Herr Dr. Vossberg,

wie gewünscht schicke ich Ihnen die Abrechnungen des Jahres 2025 und die Beitragsbescheinigung für Ihre Steuererklärung als ZIP-Datei.

Mit freundlichen Grüßen
""")

# d2-0114
M("C", "en", "insurer-to-customer", "renewal of a named customer's contents policy with new sum insured and address (English)",
  frm=ADDR("kowalski"), to="Isabella Rossi <isabella.rossi@italmail-demo.example>", ent="av",
  subj="Your household insurance after the move",
  date="2026-06-15 15:20", sig="kowalski", sigstyle="short", lang="en",
  body="""
Dear Ms Rossi,

we have updated your household contents policy HR-8811-4406 to your new address, Mauritiussteinweg 64, 50676 Köln, from 1 July. As the flat is larger (88 m² instead of 54 m²), the sum insured rises to EUR 57,200 and the annual premium to EUR 121.40.

Your new policy schedule will follow by post.

Best regards
Lena Kowalski
""")

# d2-0115
M("N", "en", "internal", "trap: actuarial note on health premium adjustment with claims inflation per benefit type, aggregates",
  frm=ADDR("okafor"), to=f"Pricing Health <pricing-kv@{DOM}>", ent="kv",
  subj="Premium adjustment 2027 – trigger factors",
  date="2026-06-16 09:44", sig="okafor", sigstyle="short", lang="en",
  body="""
Hi all,

preliminary trigger factors (observed vs. calculated benefits) for the 2027 premium review:

- Comprehensive tariffs, adults: outpatient 1.09, inpatient 1.12, dental 1.04 → trigger reached for inpatient
- Supplementary dental: 1.06 → no trigger
- Daily sickness allowance: 1.14 → trigger reached, mainly longer durations for mental and musculoskeletal disorders
- Hospital supplementary: 1.03

All figures are based on portfolio aggregates; the trustee will receive the full technical note in July.

Chidi
""")

# d2-0116
M("S", "de", "insurer-to-customer", "addressee's rehabilitation after alcohol addiction (F10.2) approved – addiction is health data",
  frm=ADDR("brandt"), to="Roland Kessler <roland.kessler@arcor-demo.example>", ent="kv",
  subj="Ihre Entwöhnungsbehandlung – Kostenzusage",
  date="2026-06-16 13:58", sig="brandt",
  body="""
Sehr geehrter Herr Kessler,

wir freuen uns, dass Sie diesen Schritt gehen. Für die stationäre Entwöhnungsbehandlung in der Fachklinik Haus Bergfrieden (Alkoholabhängigkeit, F10.2) übernehmen wir die Kosten für zunächst 12 Wochen, Beginn 29.06.2026. Die qualifizierte Entgiftung im Krankenhaus vorab ist ebenfalls gedeckt.

Die Klinik rechnet direkt mit uns ab. Ihre Selbstbeteiligung für 2026 ist bereits ausgeschöpft.

Alles Gute und viel Kraft!

Mit freundlichen Grüßen
""")

# d2-0117
M("N", "de", "insurer-to-supplier", "trap: IT ticket to the claims software vendor with a stack trace containing only technical IDs",
  frm=ADDR("hoffmann"), to="Support LeistSoft <support@leistsoft.example>", ent="grp",
  subj="Ticket LS-20931: NullPointerException beim Import von Zahnarzt-HKP",
  date="2026-06-17 10:02", sig="hoffmann", sigstyle="short",
  att=[TXT("hkp-import.log", """2026-06-17 08:14:22,118 INFO  [import-3] HkpImporter - start batch 20260617-0812, 214 docs
2026-06-17 08:14:25,502 ERROR [import-3] HkpImporter - doc 9f3a7c21-55b0-4e0e-9a7d-07b2e1c4d8a1 failed
java.lang.NullPointerException: Cannot invoke "GozPosition.getFaktor()" because "pos" is null
	at de.leistsoft.hkp.GozMapper.map(GozMapper.java:188)
	at de.leistsoft.hkp.HkpImporter.importDoc(HkpImporter.java:77)
2026-06-17 08:14:31,004 INFO  [import-3] HkpImporter - batch done: 211 ok, 3 failed
""")],
  body="""
Hallo,

seit dem Hotfix 4.12.3 bricht der Import einzelner Heil- und Kostenpläne ab, wenn eine GOZ-Position ohne Faktor übergeben wird (kommt bei Material-Positionen vor). Log anbei – enthält nur technische Dokument-IDs.

Bitte um Rückmeldung bis Freitag.

Lukas Hoffmann
""")

# d2-0118
M("C", "de", "insurer-to-customer", "motor customer's tax ID quoted with name and policy number (deleted data-minimisation note)",
  frm=ADDR("becker"), to="Wiebke Janssen <wiebke.janssen@nordmail-demo.example>", ent="av",
  subj="Ihre Rückfrage zur Steuer-ID",
  date="2026-06-18 08:49", sig="becker", sigstyle="short",
  body="""
Hallo Frau Janssen,

Sie haben Recht, für die Kfz-Versicherung brauchen wir Ihre Steuer-ID eigentlich nicht. Sie war versehentlich in Ihren Vertragsdaten KF 1120 7745 gespeichert (Steuer-ID 57 319 826 047 aus dem Lastschriftformular). Wir haben sie heute gelöscht.

Viele Grüße
Hannes Becker
""")

# d2-0119
M("S", "en", "insurer-to-customer", "life insurance: medical underwriting decision for the addressee with exclusion and loading due to diabetes and hypertension",
  frm=ADDR("schulte"), to="Daniel Whitaker <dan.whitaker@mailhub-demo.example>", ent="lv",
  subj="Your application for term life insurance – our decision",
  date="2026-06-18 12:40", sig="schulte", lang="en",
  body="""
Dear Mr Whitaker,

thank you for your application and for the medical report from Dr Brandt. Based on your type 1 diabetes (since 2004, HbA1c 7.4 %) and treated hypertension, we can offer cover for the sum insured of EUR 300,000 with a risk loading of 75 % on the premium, i.e. EUR 41.60 per month instead of EUR 23.80.

If your HbA1c stays below 7.0 % for two years, you can ask us to review the loading.

Kind regards
Marlene Schulte
""")

# d2-0120
M("N", "de", "newsletter", "trap: customer newsletter about travel vaccinations and the travel insurance product",
  frm=f"Versicherer Kundenmagazin <newsletter@{DOM}>", to=f"Kundennewsletter <kunden-news@{DOM}>", ent="av",
  subj="Sommerferien: Impfungen, Reiseapotheke und Auslandsschutz",
  date="2026-06-19 07:30", client="system",
  body="""
Endlich Urlaub!

Bevor es losgeht, ein paar Tipps:

Impfungen: Für viele Fernziele werden Hepatitis A, Typhus oder Gelbfieber empfohlen. Lassen Sie sich 6-8 Wochen vorher beim Hausarzt oder in einer Reisemedizin-Sprechstunde beraten.

Reiseapotheke: Schmerzmittel, Mittel gegen Durchfall, Pflaster, Sonnenschutz – und Ihre regelmäßigen Medikamente in ausreichender Menge, am besten im Handgepäck.

Auslandskrankenversicherung: Die gesetzliche Krankenkasse zahlt außerhalb Europas meist gar nicht und einen Rücktransport nie. Unser Reise-Schutz kostet für die ganze Familie 24,90 € im Jahr.

Gute Reise wünscht
Ihr Versicherer

Abmelden: www.versicherer.example/newsletter
""")

# d2-0121
M("C", "de", "company", "commercial property policy of a named sole trader (bakery e.K.) with policy number, sums insured and claim history",
  frm=ADDR("hartmann"), to="Bäckerei Anton Huber e.K. <info@baeckerei-huber.example>", ent="av",
  subj="Ihre Inhaltsversicherung IV 3302 1108 – Nachtrag Backofen",
  date="2026-06-19 11:15", sig="hartmann",
  body="""
Sehr geehrter Herr Huber,

wie besprochen haben wir den neuen Stikkenofen (Neuwert 68.000 €) in Ihre Inhaltsversicherung IV 3302 1108 aufgenommen. Die Versicherungssumme für technische Betriebseinrichtung steigt auf 240.000 €, der Jahresbeitrag um 214,20 € auf 2.889,40 €.

Die Betriebsunterbrechung bleibt bei 12 Monaten Haftzeit. Der Feuerschaden in der Backstube 2024 wirkt sich auf den Beitrag nicht mehr aus.

Mit freundlichen Grüßen
Sven Hartmann
""")

# d2-0122
M("S", "de", "insurer-to-hospital", "cost coverage refusal to a clinic for cosmetic surgery of a named patient (breast reduction, N62)",
  frm=ADDR("brandt"), to="Privatklinik am Rhein Abrechnung <abrechnung@pk-am-rhein.example>", ent="kv",
  subj="Ihre Anfrage Kostenübernahme – Patientin Jessica Marquardt",
  date="2026-06-22 14:25", sig="brandt", sigstyle="short",
  body="""
Sehr geehrte Damen und Herren,

zu Ihrer Anfrage vom 15.06.2026: Für die geplante Mammareduktionsplastik bei Frau Jessica Marquardt (geb. 12.12.1993, Diagnose N62 Hypertrophie der Mamma) können wir derzeit keine Kostenzusage geben. Die medizinische Notwendigkeit ist aus den Unterlagen nicht ersichtlich; insbesondere fehlen Befunde zu den angegebenen orthopädischen Beschwerden und zu bisherigen konservativen Maßnahmen.

Wir prüfen gern erneut, wenn ein orthopädischer Befund vorliegt.

Mit freundlichen Grüßen
Gerrit Brandt
""")

# d2-0123
M("N", "en", "insurer-to-partner", "trap: reinsurance treaty wording draft about health exclusions, no individuals",
  frm=ADDR("stone"), to="Contract Wording <wording@swiss-re-demo.example>", ent="grp",
  subj="Draft wording – pandemic and communicable disease exclusion",
  date="2026-06-22 16:50", sig="stone", sigstyle="short", lang="en",
  body="""
Dear Laurent,

our comments on clause 14 (communicable disease) of the draft:

1. "Communicable disease" should reference the WHO definitions, not a list of named diseases.
2. The exclusion must not apply to individual medical expenses and disability claims under the life and health treaties – only to property and business interruption.
3. We'd like a carve-back for cyber.

Marked-up version follows tomorrow.

Rebecca
""")

# d2-0124
M("C", "en", "insurer-to-customer", "travel baggage claim: named customer, birth date written 'November 30, 1982', policy number",
  frm=ADDR("seidel"), to="Jennifer Miles <jen.miles@usmail-demo.example>", ent="av",
  subj="Baggage claim R-26-03381 – delayed suitcase",
  date="2026-06-23 10:10", sig="seidel", lang="en",
  body="""
Dear Ms Miles,

thank you for your claim for the delayed suitcase on your flight from Boston to Frankfurt on 14 June.

Insured person: Jennifer Miles, born November 30, 1982
Policy: RG-6610-0082 (annual travel package)
Emergency purchases (toiletries, clothes): USD 286.40 = EUR 263.10

Delayed baggage is covered up to EUR 500 if the suitcase arrives more than 6 hours late – yours arrived after two days, so we will reimburse the full amount.

Kind regards
Ines Seidel
""")

# d2-0125
M("S", "de", "doctor", "doctor's medical report attached as DOCX on a named BU claimant (cardiomyopathy, ejection fraction)",
  frm=ADDR("stanek"), to="Gutachtenstelle MedExpert <auftrag@medexpert-gutachten.example>", ent="lv",
  subj="Nachforderung Unterlagen zu Auftrag 2026-118",
  date="2026-06-24 09:20", sig="stanek", sigstyle="short",
  att=[DOCX("Arztbericht_Kardiologie_Wenzel.docx", [("h", "Kardiologische Gemeinschaftspraxis Dr. Wenzel & Partner"),
      "Bericht an die Versicherung – Patient: Hartmut Gerlach, geb. 16.07.1968, Berufskraftfahrer",
      "Diagnosen: Dilatative Kardiomyopathie (I42.0 G), Herzinsuffizienz NYHA III (I50.13 G), Z.n. ICD-Implantation 11/2025",
      "Befund: LVEF 30 %, Belastbarkeit im Ergometer bis 75 Watt.",
      "Medikation: Sacubitril/Valsartan 97/103 mg 1-0-1, Bisoprolol 5 mg 1-0-0, Empagliflozin 10 mg 1-0-0",
      "Beurteilung: Tätigkeit als Berufskraftfahrer (Führerschein Klasse C/CE) ist wegen ICD und Belastbarkeit dauerhaft nicht mehr möglich."],
      author="Praxis Wenzel")],
  body="""
Sehr geehrte Damen und Herren,

zu unserem Auftrag 2026-118 hier der nachgeforderte Bericht des Kardiologen als Word-Datei.

Freundliche Grüße
Oliver Stanek
""")

# d2-0126
M("N", "de", "internal", "canteen menu of the week, nothing sensitive",
  frm=f"Betriebsrestaurant <kantine@{DOM}>", to=f"Alle Mitarbeitenden Köln <alle-koeln@{DOM}>", ent="grp",
  subj="Speiseplan KW 26",
  date="2026-06-19 12:30", client="outlook",
  body="""
Montag: Linsencurry mit Reis (vegan) | Schnitzel Wiener Art mit Kartoffelsalat
Dienstag: Spinatlasagne | Hähnchenbrust mit Gemüse
Mittwoch: Grillbuffet am Rhein (bei gutem Wetter)
Donnerstag: Gnocchi in Tomatensauce | Seelachs mit Senfsauce
Freitag: Currywurst / Tofuwurst mit Pommes

Allergene siehe Aushang. Guten Appetit!
""")

# d2-0127
M("C", "de", "insurer-to-customer", "maiden name and birth date (geb. Müller) of the named customer in a buildings policy update after marriage",
  frm=ADDR("kowalski"), to="Katrin Hansen <katrin.hansen@posteo-demo.example>", ent="av",
  subj="Namensänderung in Ihrer Wohngebäudeversicherung",
  date="2026-06-25 10:55", sig="kowalski", sigstyle="short",
  body="""
Liebe Frau Hansen,

herzlichen Glückwunsch zur Hochzeit! Wir haben Ihren Namen in der Wohngebäudeversicherung WG 4403 8870 geändert:

Versicherungsnehmerin: Katrin Hansen, geb. Müller, geboren 02.03.1988
Objekt: Wiesenweg 7, 25813 Husum

Wenn Ihr Mann ebenfalls Versicherungsnehmer werden soll, schicken Sie uns bitte eine kurze formlose Erklärung mit seiner Unterschrift.

Viele Grüße
Lena Kowalski
""")

# d2-0128
M("S", "en", "insurer-to-customer", "vision: reimbursement for the addressee's glasses after cataract surgery (health data)",
  frm=ADDR("whitfield"), to="Margaret O'Sullivan <m.osullivan@eirmail-demo.example>", ent="kv",
  subj="Your claim for glasses and eye surgery",
  date="2026-06-25 13:13", sig="whitfield", sigstyle="short", lang="en",
  body="""
Dear Mrs O'Sullivan,

we have reimbursed the cataract operation on your right eye (lens implant, Augenklinik Dr. Roth, 2 June) in full, EUR 2,140.00, and your new varifocal glasses (EUR 690.00) up to the limit of EUR 300 every two years.

Total paid: EUR 2,440.00.

Kind regards
Emma Whitfield
""")

# d2-0129
M("N", "de", "insurer-to-broker", "trap: broker asks about underwriting rules for diabetes in general; answer without client",
  frm=ADDR("hasselbach"), to="Stefan Lorch <lorch@lorch-finanz.example>", ent="lv",
  subj="AW: Grundsatzfrage Diabetes Typ 2 in der BU",
  date="2026-06-26 09:40", sig="hasselbach", sigstyle="short",
  body="""
Hallo Herr Lorch,

grundsätzlich gilt bei uns: Diabetes Typ 2, nur mit Tabletten behandelt, HbA1c unter 7,5 %, keine Folgeerkrankungen (Augen, Nieren, Nerven) → in der Regel Annahme mit Zuschlag 25-50 %. Mit Insulin oder Folgeschäden entscheiden wir individuell, häufig Ablehnung.

Für eine konkrete Einschätzung nutzen Sie bitte die anonyme Risikovoranfrage im Portal – ohne Namen Ihres Kunden.

Viele Grüße
Ulrike Hasselbach
""")

# d2-0130
M("C", "en", "insurer-to-company", "D&O claim notification: named managing director, claim number, allegation of breach of duty; no health",
  frm=ADDR("hartmann"), to="Legal Department <legal@nordwind-energy.example>", ent="av",
  subj="D&O policy DO-2201-77 – notification of circumstances (Mr Lars Eriksen)",
  date="2026-06-26 15:10", sig="hartmann", lang="en",
  body="""
Dear Dr Holm,

we acknowledge receipt of your notification of circumstances under D&O policy DO-2201-77. The insolvency administrator of Nordwind Services GmbH has announced claims against the former managing director, Mr Lars Eriksen, for payments made after insolvency (§ 15b InsO), currently estimated at EUR 1.4 million.

Our reference: DO-26-0014. We reserve our position on cover until we have the administrator's letter and the board minutes of Q3/Q4 2025.

Kind regards
Sven Hartmann
""")

# d2-0131
M("S", "de", "insurer-to-customer", "supplementary dental: orthodontic treatment (KIG 3) of the addressee's daughter, cost plan",
  frm=ADDR("wendland"), to="Familie Grünewald <gruenewald.fam@web-demo.example>", ent="kv",
  subj="Kieferorthopädische Behandlung Ihrer Tochter Mila",
  date="2026-06-29 08:28", sig="wendland",
  body="""
Sehr geehrte Frau Grünewald,

der Behandlungsplan von Dr. Schwarze für Mila (11) liegt uns vor: festsitzende Zahnspange wegen Distalbiss mit vergrößertem Overjet (KIG D4) – die gesetzliche Kasse übernimmt die Grundversorgung. Die Mehrkosten für selbstligierende Brackets und Glattflächenversiegelung (1.840 €) erstattet Ihr Tarif ZahnKids zu 80 %, also 1.472 €, verteilt über die Behandlungsdauer.

Mit freundlichen Grüßen
""")

# d2-0132
M("N", "en", "internal", "meeting invite for a project kick-off with calendar file",
  frm=ADDR("raman"), to=f"Project Siegel rollout <siegel-rollout@{DOM}>", ent="grp",
  subj="Kick-off: secure mail gateway rollout",
  date="2026-06-29 11:00", sig="raman", sigstyle="short", lang="en",
  att=[ICS("kickoff.ics", "siegel-kickoff-20260706@versicherer.example", "Kick-off secure mail gateway rollout",
           "20260706T100000", "20260706T113000", ("Priya Raman", f"priya.raman@{DOM}"),
           attendees=[("Tim Fischer", f"tim.fischer@{DOM}"), ("Thomas Meier", f"thomas.meier@{DOM}"), ("Lukas Hoffmann", f"lukas.hoffmann@{DOM}")],
           location="Room 4.11 / Teams", description="Agenda: scope, classification rules, pilot departments, timeline.")],
  body="""
Hi all,

invitation for the kick-off attached. Please read the classification section of the spec before the meeting.

Priya
""")

# d2-0133
M("C", "de", "insurer-to-customer", "IBAN change confirmation for a legal-expenses customer, IBAN without spaces",
  frm=f"Versicherer Kundenservice <kundenservice@{DOM}>", to="Yvonne Kraft <yvonne.kraft@gmx-mail.example>", ent="av",
  subj="Neue Bankverbindung gespeichert",
  date="2026-06-30 06:45", client="system",
  body=f"""
Hallo Frau Kraft,

Ihre neue Bankverbindung für die Rechtsschutzversicherung RS 7702 4418 ist gespeichert:

IBAN {IB("DE", "870400410123456789", group=0)}
Kontoinhaberin: Yvonne Kraft

Ab dem nächsten Beitrag buchen wir von diesem Konto ab.

Ihr Kundenservice
""")

# d2-0134
M("S", "de", "customer", "customer's quoted question reveals her pregnancy and a high-risk finding, the reply is about the waiting period",
  frm=ADDR("nguyen"), to="Alina Roskamp <alina.roskamp@freemail-demo.example>", ent="kv",
  subj="Re: Wartezeit Entbindung",
  date="2026-06-30 14:04", sig="nguyen", sigstyle="short",
  quote=Q("""Am 29.06.2026 um 21:40 schrieb Alina Roskamp:
Hallo, ich bin in der 14. SSW und meine Frauenärztin hat eine Risikoschwangerschaft festgestellt (Gestationsdiabetes O24.4 V und Zustand nach Fehlgeburt). Ich bin seit März bei Ihnen versichert (406 881 230 K). Zahlen Sie die Entbindung, oder gilt da noch eine Wartezeit??"""),
  body="""
Liebe Frau Roskamp,

die besondere Wartezeit für Entbindung beträgt 8 Monate ab Versicherungsbeginn (01.03.2026), also bis 31.10.2026. Ihr errechneter Termin liegt danach – die Entbindung ist damit versichert. Vorsorgeuntersuchungen und die Behandlung des Schwangerschaftsdiabetes zahlen wir schon jetzt.

Alles Gute für Sie und Ihr Baby!
Minh Nguyen
""")

# d2-0135
M("N", "de", "insurer-to-customer", "trap: one-time password mail of the portal, no content",
  frm=f"Versicherer SecureMail <securemail-noreply@{DOM}>", to="m.brosch@kabel-demo.example", ent="grp",
  subj="Ihr Einmal-Passwort für das SecureMail-Portal",
  date="2026-07-01 09:12", client="system", mailer="Siegel Portal",
  body="""
Guten Tag,

für Ihre Adresse wurde ein Zugang zum SecureMail-Portal eingerichtet. Ihr Einmal-Passwort lautet:

  7hQ2-xK9m-R4tz

Den Registrierungslink erhalten Sie in einer separaten E-Mail. Das Einmal-Passwort ist 7 Tage gültig.
""")

# d2-0136
M("C", "en", "broker", "broker forwards the named client's salary and home address for a legal expenses offer",
  frm=ADDR("reuter"), to=f"New business P&C <antrag-sach@{DOM}>", ent="av",
  subj="FW: legal expenses offer Dr. Kowalczyk",
  date="2026-07-01 14:30", sig="reuter", sigstyle="name", disc=False, lang="en",
  body="""
Please quote, English documents please. Thx, Frank

""" + FW("Oliver Kent <o.kent@kent-partners.example>", "Wed, 1 Jul 2026 at 11:02", ADDR("reuter"), "legal expenses offer", """
Hi Frank,

my client Dr. Agnieszka Kowalczyk (senior engineer at Bayer, annual salary approx. EUR 118,000, lives at Rathenauplatz 9, 50674 Köln) wants private + employment + traffic legal expenses cover. Her employment contract has a non-compete clause, that's why she's worried. No previous claims.

Thanks, Oliver
""", lang="en"))

# d2-0137
M("S", "en", "insurer-to-doctor", "request to a psychiatrist for a report about a named insured's inpatient stay; mentions suicidal crisis",
  frm=ADDR("brandt"), to="Dr. med. Julian Herz <sekretariat@klinik-sonnenhang.example>", ent="kv",
  subj="Request for report – Ms Anouk de Vries, admission 02/06/2026",
  date="2026-07-02 10:22", sig="brandt", lang="en",
  body="""
Dear Dr Herz,

your clinic has asked us to extend cover for the inpatient stay of Ms Anouk de Vries (member no. 409 334 712 K), admitted on 2 June after a suicidal crisis in the context of a severe depressive episode.

To approve the extension beyond 6 weeks, please send us a short medical report on the current condition, the treatment plan and the expected discharge date. Ms de Vries has given her consent.

Kind regards
Gerrit Brandt
""")

# d2-0138
M("N", "de", "internal", "trap: complaints statistics by topic including 'Gesundheitsfragen' and 'Arztrechnung', aggregates",
  frm=ADDR("lorenz"), to=f"Vorstandsbüro <vorstandsbuero@{DOM}>", ent="grp",
  subj="Beschwerdebericht H1/2026",
  date="2026-07-03 16:00", sig="lorenz", sigstyle="short",
  tables={"B": ([["Thema", "Anzahl H1/2026", "Vorjahr", "davon BaFin"], ["Erstattung Arztrechnungen", "412", "388", "9"],
                 ["Ablehnung Heil- und Kostenplan", "131", "149", "3"], ["Kfz-Regulierung", "297", "310", "4"],
                 ["Beitragserhöhung KV", "518", "221", "12"], ["BU-Leistungsprüfung Dauer", "64", "58", "6"]], "pipe")},
  body="""
Liebe Kolleginnen und Kollegen,

hier die Beschwerdezahlen für das erste Halbjahr:

[[B]]

Der starke Anstieg bei "Beitragserhöhung KV" hängt mit der Beitragsanpassung zum 01.01. zusammen. Einzelfälle mit Namen enthält der Bericht nicht.

Daniela Lorenz
""")

# d2-0139
M("C", "de", "insurer-to-customer", "motor: total loss of the named customer's car after hail, residual value offer, plate",
  frm=ADDR("brenner"), to="Klaus-Dieter Rupp <kd.rupp@t-netz.example>", ent="av",
  subj="Hagelschaden K-KR 404 – wirtschaftlicher Totalschaden",
  date="2026-07-06 11:30", sig="brenner",
  body="""
Sehr geehrter Herr Rupp,

der Gutachter hat Ihren Mercedes C 200 (K-KR 404) nach dem Hagel vom 24.06. als wirtschaftlichen Totalschaden eingestuft:

Wiederbeschaffungswert: 11.500 €
Restwert (bestes Angebot Restwertbörse, bindend bis 20.07.): 4.150 €
Ihre Teilkasko-Selbstbeteiligung: 150 €

Auszahlung: 7.200 €, wenn Sie das Fahrzeug an den Restwertkäufer verkaufen. Möchten Sie es behalten, zahlen wir ebenfalls 7.200 €.

Schaden-Nr. 26-K-0170023.

Mit freundlichen Grüßen
""")

# d2-0140
M("S", "de", "insurer-to-company", "group accident list of employees with accident dates and injuries in XLSX, for an annual review with the employer",
  frm=ADDR("albrecht"), to="Arbeitssicherheit Hebel Bau GmbH <arbeitsschutz@hebel-bau.example>", ent="av",
  subj="Jahresgespräch Gruppenunfall – Schadenübersicht",
  date="2026-07-07 09:00", sig="albrecht", sigstyle="short",
  att=[XLSX("Schadenuebersicht_GU_2025-2026.xlsx", {"Schäden": [
      ["Schaden-Nr.", "Mitarbeiter", "Unfalltag", "Verletzung", "Leistung"],
      ["25-U-0411", "Kurt Diehl", "14.03.2025", "Sprunggelenksfraktur rechts (S82.6 R)", "Krankenhaustagegeld 840 €"],
      ["25-U-0987", "Tomasz Wrona", "02.09.2025", "Sturz von Leiter, Wirbelkörperfraktur LWK 1", "Invalidität 20 %: 36.000 €"],
      ["26-U-0120", "Selin Uçar", "27.01.2026", "Schnittverletzung Hand, Sehnennaht", "in Prüfung"]]}, author="M. Albrecht")],
  body="""
Hallo Herr Kemmerling,

für unser Gespräch am 14.07. anbei die Übersicht der Unfälle der letzten 18 Monate. Die Invaliditätsleistung für Herrn Wrona ist abgeschlossen.

Viele Grüße
Miriam Albrecht
""")

# d2-0141
M("N", "en", "newsletter", "trap: pet insurance newsletter about tick protection, no customer",
  frm=f"Versicherer Pet Care <newsletter@{DOM}>", to=f"Pet newsletter <pet-news@{DOM}>", ent="av",
  subj="Summer tips for dogs and cats",
  date="2026-07-07 07:00", client="system",
  body="""
Hot days ahead!

- Never leave your dog in the car, not even for five minutes.
- Ticks: check your pet's fur after every walk; ask your vet about tick protection.
- Paws: asphalt can reach 60 °C – walk early in the morning.

Did you know? Our pet health cover pays for surgery and vet treatment up to three times the German fee scale (GOT).

Your Pet Care team
""")

# d2-0142
M("C", "de", "insurer-to-customer", "premium refund of a motor policy to the named customer with IBAN (AT), policy number",
  frm=ADDR("becker"), to="Andreas Gruber <andreas.gruber@at-mail-demo.example>", ent="av",
  subj="Beitragsrückerstattung nach Abmeldung W-AG 331",
  date="2026-07-08 10:10", sig="becker", sigstyle="short",
  body=f"""
Servus Herr Gruber,

nach der Abmeldung Ihres Fahrzeugs (Kennzeichen bisher W-AG 331 bzw. in Deutschland K-AG 3310) zum 30.06. erstatten wir den anteiligen Beitrag aus dem Vertrag KF 9901 2240: 214,67 €.

Überweisung auf Ihr österreichisches Konto: {IB("AT", "1200000703447144")}

Beste Grüße
Hannes Becker
""")

# d2-0143
M("S", "en", "insurer-to-customer", "HTML-only: addressee's reimbursement statement table with therapy sessions and diagnosis codes",
  frm=f"International Health Services <claims-international@{DOM}>", to="Lucas Moreau <lucas.moreau@mail-fr.example>", ent="kv",
  subj="Claim statement 2026-07-08",
  date="2026-07-08 06:10", client="system",
  html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Mr Moreau,</p>
<p>your claims have been processed:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Date</th><th>Provider</th><th>Service</th><th>Diagnosis</th><th>Billed</th><th>Paid</th></tr>
<tr><td>03/06/2026</td><td>Cabinet Dr. Lefèvre</td><td>Psychotherapy session</td><td>F41.0</td><td>EUR 110.00</td><td>EUR 88.00</td></tr>
<tr><td>10/06/2026</td><td>Cabinet Dr. Lefèvre</td><td>Psychotherapy session</td><td>F41.0</td><td>EUR 110.00</td><td>EUR 88.00</td></tr>
<tr><td>12/06/2026</td><td>Pharmacie du Parc</td><td>Escitalopram 10 mg, 28 tabs</td><td>F41.0</td><td>EUR 14.30</td><td>EUR 14.30</td></tr>
</table>
<p>Total paid: EUR 190.30. Member no. EXP-5520-1190-01.</p>
<p>International Health Services</p>
</body></html>
""")

# d2-0144
M("N", "de", "insurer-to-supplier", "trap: order of blood-pressure monitors for a company health day, purchase order",
  frm=ADDR("krueger"), to="B2B Vertrieb Medi-Tech <b2b@meditech-handel.example>", ent="grp",
  subj="Bestellung 4500120355 – Blutdruckmessgeräte Gesundheitstag",
  date="2026-07-09 13:22", sig="krueger", sigstyle="short",
  body="""
Hallo Herr Lenz,

für unseren Gesundheitstag bestellen wir 8 Oberarm-Blutdruckmessgeräte (Art. BP-700, à 49,90 €) und 500 Einmal-Manschettenhüllen. Lieferung bis 20.07. an Warenannahme Tor 3, Bestellnummer bitte auf die Rechnung.

Danke
Stefan Krüger
""")

# d2-0145
M("C", "en", "insurer-to-customer", "short confirmation of a named customer's e-bike insurance with frame number and policy",
  frm=ADDR("kowalski"), to="Noah Fischer <noah.fischer@fastmail-demo.example>", ent="av",
  subj="Re: e-bike insured?",
  date="2026-07-09 16:48", client="mobile", lang="en", disc=False,
  body="""
Hi Noah, yes – your Cube Kathmandu (frame WCU2214987) is insured under policy FR-3310-2255 from today. Cheers, Lena
""")

# d2-0146
M("S", "de", "internal", "internal forward to the recourse department: named insured's medical treatment after a car accident caused by a third party",
  frm=ADDR("brandt"), to=ADDR("schreiber"), ent="kv",
  subj="Regress: Verkehrsunfall Vers. Martina Esser, Behandlungskosten",
  date="2026-07-10 10:35", sig="brandt", sigstyle="short",
  body="""
Hallo Frau Dr. Schreiber,

bitte Regress gegen den Kfz-Haftpflichtversicherer des Unfallgegners prüfen:

Versicherte: Martina Esser, Vers.-Nr. 303 448 906 K
Unfall: 12.05.2026, Auffahrunfall, Gegner: Kennzeichen SU-XY 220 (Allianz-Demo)
Verletzungen: HWS-Distorsion (S13.4 G), Prellung Thorax
Unsere Leistungen bisher: Orthopäde 318,40 €, MRT 612,00 €, 12 x Physiotherapie 504,00 €

Unterlagen in der E-Akte.

Gruß
Gerrit Brandt
""")

# d2-0147
M("N", "en", "insurer-to-partner", "trap: regulator report cover letter with solvency figures, no individuals",
  frm=ADDR("morgan"), to="Supervisory reporting <reporting@supervisor-demo.example>", ent="grp",
  subj="Quarterly QRT submission Q2/2026 – Versicherer Holding AG",
  date="2026-07-13 11:00", sig="morgan", lang="en",
  body="""
Dear Sir or Madam,

we have submitted the quarterly reporting templates for Q2/2026 via the reporting platform (submission ID QRT-2026-Q2-4700). Key figures: SCR ratio 214 % (Q1: 209 %), eligible own funds EUR 3.42 bn.

Yours faithfully
James Morgan
""")

# d2-0148
M("C", "de", "insurer-to-customer", "household claim after burglary: stolen jewellery listed with values, named customer, police file number",
  frm=ADDR("demir"), to="Elisabeth von Steinau <e.vonsteinau@t-netz.example>", ent="av",
  subj="Einbruch vom 03.07.2026 – Ihre Stehlgutliste",
  date="2026-07-13 15:18", sig="demir",
  body="""
Sehr geehrte Frau von Steinau,

vielen Dank für die Stehlgutliste. Zu Ihrem Schaden 26-H-0402218 (Hausrat HR 1190 4476, Goethestraße 14, 53113 Bonn, Tagebuchnummer Polizei 0318-26-117442) haben wir notiert:

- Perlenkette (Erbstück), geschätzt 3.800 €
- Damenarmbanduhr Cartier Tank, Kaufbeleg 2019: 4.250 €
- Bargeld 600 €

Für Wertsachen außerhalb eines Tresors gilt in Ihrem Vertrag eine Grenze von 20.000 €; die ist hier nicht erreicht. Für die Perlenkette bräuchten wir noch ein Wertgutachten oder Fotos.

Mit freundlichen Grüßen
""")

# d2-0149
M("S", "en", "company", "HR sends sick-leave data of a named employee to the insurer for a group income protection claim (CSV)",
  frm=ADDR("paulsen"), to="HR Operations <hr-ops@lumen-software.example>", ent="lv",
  subj="RE: Group income protection – claim for Mr Ravi Prasad",
  date="2026-07-14 12:12", sig="paulsen", lang="en",
  att=[CSV("absence_RPrasad.csv", [["employee_id", "name", "from", "to", "type", "certificate"],
      ["E-1187", "Ravi Prasad", "2026-02-02", "2026-03-13", "sick leave", "yes (G43.1)"],
      ["E-1187", "Ravi Prasad", "2026-03-16", "2026-07-10", "sick leave", "yes (G43.1, F32.0)"]], sep=",")],
  body="""
Dear Ms Larsen,

thank you for the absence record (attached again for reference, with our claim no. GIP-26-007). Since Mr Prasad has been absent for more than 26 weeks with chronic migraine and depression, the deferred period is nearly over. We'll contact him directly for the medical consent form.

Kind regards
Henrik Paulsen
""")

# d2-0150
M("N", "de", "internal", "trap: vacation plan of a team with only first names and dates (internal organisational info, no sensitive category)",
  frm=ADDR("wendland"), to=f"Team Zahn <team-zahn@{DOM}>", ent="kv", client="thunderbird",
  subj="Urlaubsplanung Sommer",
  date="2026-05-04 08:30",
  body="""
Moin Team,

hier der Stand der Sommerurlaube – bitte Vertretungen klären:

KW 29-31: Tobias (Vertretung Anke)
KW 31-33: Anke (Vertretung Jörn)
KW 34-35: Jörn (Vertretung Tobias)

Wichtig: In KW 31 sind nur zwei Leute da, da keine Überstunden abbauen bitte.

Tobias
""")

# d2-0151
M("C", "de", "insurer-to-customer", "travel cancellation insurance confirmation: named insured persons, dates of birth in DD.MM.YYYY format, booking",
  frm=ADDR("seidel"), to="Bernd Szymański <bernd.szymanski@gmx-mail.example>", ent="av",
  subj="Ihre Reiserücktrittsversicherung – Versicherungsbestätigung",
  date="2026-07-15 09:48", sig="seidel", sigstyle="short",
  body="""
Hallo Herr Szymański,

Ihre Reiserücktrittsversicherung ist abgeschlossen:

Vertrag: RR-26-118804
Reise: Kreuzfahrt Norwegen, 22.08.-05.09.2026, Reisepreis 6.480 €
Versicherte Personen: Bernd Szymański (19.06.1958), Monika Szymańska (04.01.1961)
Selbstbeteiligung: 20 % je Schadenfall

Beste Grüße
Ines Seidel
""")

# d2-0152
M("S", "de", "insurer-to-customer", "premium arrears in the addressee's health insurance: reminder with suspension of benefits (personal line)",
  frm=ADDR("becker"), to="Sven Hinrichs <sven.hinrichs@online-demo.example>", ent="kv",
  subj="Beitragsrückstand Krankenversicherung 308 112 945 K",
  date="2026-07-15 14:50", sig="becker",
  body="""
Sehr geehrter Herr Hinrichs,

für Ihre Krankheitskostenversicherung 308 112 945 K sind die Beiträge für Mai, Juni und Juli 2026 offen (3 x 487,12 € = 1.461,36 €).

Bitte beachten Sie: Bleiben zwei Monatsbeiträge unbezahlt, ruht der Vertrag nach § 193 Abs. 6 VVG und wir leisten nur noch im Notlagentarif. Bitte überweisen Sie den Betrag bis 31.07.2026 oder rufen Sie mich an, wenn Sie eine Ratenzahlung vereinbaren möchten.

Mit freundlichen Grüßen
Hannes Becker
""")

# d2-0153
M("N", "en", "insurer-to-supplier", "IT purchase of laptops with order number and serial numbers, no persons",
  frm=ADDR("hoffmann"), to="Orders <orders@techdistri-demo.example>", ent="grp",
  subj="PO 4500120411 – 120 notebooks",
  date="2026-07-16 10:05", sig="hoffmann", sigstyle="short", lang="en",
  body="""
Hello,

please deliver 120 notebooks (model ThinkBook 14 G7, 32 GB RAM, 1 TB SSD, German keyboard) as per framework agreement FA-IT-2025-03, unit price EUR 1,048.00. PO 4500120411. Delivery to our IT staging area, gate 3, by 31 July. Please send the serial number list as CSV with the delivery note.

Thanks
Lukas
""")

# d2-0154
M("C", "en", "insurer-to-customer", "engineering insurance of a named sole trader (photovoltaic system on his house), claim after lightning, address",
  frm=ADDR("hartmann"), to="Joachim Berger <j.berger@solar-home-demo.example>", ent="av",
  subj="Your PV system claim 26-T-0033",
  date="2026-07-16 15:40", sig="hartmann", sigstyle="short", lang="en",
  body="""
Dear Mr Berger,

the inverter of your photovoltaic system at Auf der Heide 12, 42799 Leichlingen, was destroyed by a lightning strike on 8 July. Your PV insurance PV-0771-339 covers replacement (EUR 2,380) and the loss of feed-in income for 10 days (estimated EUR 46). Please send the installer's invoice once the new inverter is fitted.

Kind regards
Sven Hartmann
""")

# d2-0155
M("S", "de", "customer", "religion: customer asks to note his religious rules for hospital care (Jehovah's Witness, refuses blood transfusion) in his health file",
  frm=ADDR("brandt"), to="Matthias Sperling <m.sperling@web-demo.example>", ent="kv",
  subj="AW: Hinweis für Krankenhausbehandlung",
  date="2026-07-17 09:30", sig="brandt", sigstyle="short",
  quote=OQ("Matthias Sperling <m.sperling@web-demo.example>", "Donnerstag, 16. Juli 2026 18:10", "Leistung KV",
           "Hinweis für Krankenhausbehandlung", """
Sehr geehrte Damen und Herren,

als Zeuge Jehovas lehne ich Bluttransfusionen ab. Ich habe eine Patientenverfügung. Können Sie bitte vermerken, dass bei einer geplanten OP (Hüfte, voraussichtlich Herbst) fremdblutsparende Verfahren übernommen werden? Vers.-Nr. 305 228 671 K.

M. Sperling
"""),
  body="""
Sehr geehrter Herr Sperling,

fremdblutsparende Verfahren (z. B. Cell Saver, Eigenblutspende) sind Teil der Krankenhausbehandlung und damit versichert. Einen besonderen Vermerk brauchen wir dafür nicht; bitte sprechen Sie die Klinik direkt an. Ihre Patientenverfügung geben Sie bitte dort ab.

Freundliche Grüße
Gerrit Brandt
""")

# d2-0156
M("N", "de", "internal", "trap: IT incident report about the mail gateway with counts of blocked mails, no content",
  frm=ADDR("fischer"), to=f"IT-Leitung <it-leitung@{DOM}>", ent="grp",
  subj="Incident INC-26-0771 – Mailgateway, Abschlussbericht",
  date="2026-07-17 17:30", sig="fischer", sigstyle="short",
  body="""
Hallo zusammen,

Kurzbericht zum Incident von gestern:

- 14:02-15:47 Uhr: Portal-Zustellung gestört (Zertifikatskette nach Update unvollständig)
- 1.214 Mails als "streng vertraulich" klassifiziert und korrekt zurückgehalten (nichts unverschlüsselt raus)
- 15:47 Uhr: Zwischenzertifikat nachinstalliert, Warteschlange bis 16:30 Uhr abgearbeitet

Maßnahme: Zertifikatsprüfung in die Deployment-Pipeline aufnehmen.

Tim
""")

# d2-0157
M("C", "de", "insurer-to-customer", "motor claim: named customer caused damage to a third party's fence, nobody hurt, policy and plate",
  frm=ADDR("brenner"), to="Jürgen Aßmann <j.assmann@freemail-demo.example>", ent="av",
  subj="Ihr Schaden am Gartenzaun – 26-K-0181190",
  date="2026-07-20 11:02", sig="brenner", sigstyle="short",
  body="""
Moin Herr Aßmann,

danke für die Meldung. Den Zaun Ihres Nachbarn (Rangierschaden mit Ihrem Wohnwagengespann, Kennzeichen NF-JA 61, am 18.07.) regulieren wir über Ihre Kfz-Haftpflicht KF 4402 8871. Verletzt wurde ja niemand. Der Nachbar soll uns bitte den Kostenvoranschlag schicken.

Ihre SF-Klasse wird zum 01.01. zurückgestuft, es sei denn, Sie zahlen den Schaden selbst (bis 6 Monate nach Regulierung möglich).

Gruß
Markus Brenner
""")

# d2-0158
M("S", "en", "insurer-to-customer", "pension statement of the addressee's private pension / life policy – personal line, no medical words",
  frm=f"Life Service <leben-service@{DOM}>", to="Catherine Hughes <c.hughes@usmail-demo.example>", ent="lv",
  subj="Your annual pension statement 2026",
  date="2026-07-21 06:00", client="system",
  att=[PDF("Annual_statement_RV_4410_2208.pdf", [("h", "Annual statement 2026 – private pension policy RV 4410 2208"),
      "Policyholder and insured person: Catherine Hughes, born 17 May 1975",
      ("t", [["Item", "Value"], ["Guaranteed monthly pension from 01/06/2042", "EUR 612.40"], ["Projected monthly pension incl. bonuses", "EUR 884.10"],
             ["Surrender value 01/07/2026", "EUR 41,220.35"], ["Premiums paid so far", "EUR 38,400.00"]])], title="Annual statement")],
  body="""
Dear Ms Hughes,

your annual statement for your private pension policy is attached.

Life Service
""")

# d2-0159
M("N", "de", "insurer-to-broker", "trap: broker asks for generic premium example for a 35-year-old; answer uses example persons only",
  frm=ADDR("vogel"), to="Corinna Weidner <weidner@weidner-vorsorge.example>", ent="lv",
  subj="AW: Beispielrechnung BU für Flyer",
  date="2026-07-21 13:10", sig="vogel", sigstyle="short",
  body="""
Hallo Frau Weidner,

für Ihren Flyer gern diese Musterrechnung (Modellkundin, kein echter Fall):

Bürokauffrau, 35 Jahre, Nichtraucherin, BU-Rente 1.500 €, Endalter 67: 68,20 € mtl. Zahlbeitrag
Handwerker, 35 Jahre, Nichtraucher, BU-Rente 1.500 €, Endalter 67: 121,40 € mtl.

Bitte mit dem Hinweis "Beispiel, Stand 07/2026, Beiträge können je nach Gesundheitszustand abweichen" abdrucken.

Viele Grüße
Katharina Vogel
""")

# d2-0160
M("C", "en", "insurer-to-partner", "request to another insurer for the previous claims history of a named household customer (policy numbers)",
  frm=ADDR("demir"), to="Claims <claims@westshield-demo.example>", ent="av",
  subj="Prior claims enquiry – Mr Viktor Hensel",
  date="2026-07-22 09:39", sig="demir", sigstyle="short", lang="en",
  body="""
Dear colleagues,

Mr Viktor Hensel, Kastanienallee 5, 10435 Berlin, has applied for household insurance with us and states that his contents policy with you (no. WS-HH-882014) had no claims in the last five years. With his consent (attached to our application file) we kindly ask you to confirm this.

Kind regards
Aylin Demir
""")

# d2-0161
M("S", "de", "insurer-to-customer", "medical aids: wheelchair and home modification for the addressee after a spinal cord injury",
  frm=ADDR("yilmaz"), to="Thorsten Behrendt <t.behrendt@arcor-demo.example>", ent="kv",
  subj="Ihr Rollstuhl und der Umbau Ihres Bades",
  date="2026-07-22 15:55", sig="yilmaz",
  body="""
Sehr geehrter Herr Behrendt,

für den Aktivrollstuhl (Verordnung der BG-Klinik nach Ihrer Querschnittlähmung ab Th10, G82.21) übernehmen wir die Kosten von 6.870 € vollständig; der Sanitätshauspartner liefert direkt.

Für den barrierefreien Umbau Ihres Bades zahlen wir aus der Pflegepflichtversicherung einen Zuschuss zur Wohnumfeldverbesserung von bis zu 4.180 €. Bitte schicken Sie uns dazu noch den Kostenvoranschlag des Handwerkers.

Mit freundlichen Grüßen
Felix Yilmaz
""")

# ---------------------------------------------------------------- batch 5: d2-0162 - d2-0211

# d2-0162
M("N", "de", "internal", "trap: statistics of reimbursed medicines by active ingredient (top 10), aggregates only",
  frm=ADDR("okafor"), to=f"Leistungsmanagement KV <lm-kv@{DOM}>", ent="kv",
  subj="Top-10 Wirkstoffe nach Erstattungsvolumen 2025",
  date="2026-07-23 10:00", sig="okafor", sigstyle="short",
  tables={"W": ([["Rang", "Wirkstoff", "Erstattung 2025", "Verordnungen"], ["1", "Adalimumab", "14,2 Mio. €", "3.118"],
                 ["2", "Apixaban", "6,8 Mio. €", "41.220"], ["3", "Semaglutid", "5,9 Mio. €", "12.877"],
                 ["4", "Pembrolizumab", "5,1 Mio. €", "402"], ["5", "Insulin glargin", "3,3 Mio. €", "19.004"]], "pad")},
  body="""
Hallo zusammen,

wie gewünscht die Arzneimittelausgaben nach Wirkstoff (nur Summen, Top 5 hier, Top 10 in der Datei im Teams-Kanal):

[[W]]

Auffällig ist Semaglutid (+140 % ggü. 2024), vermutlich viele Verordnungen zur Gewichtsreduktion. Das sollten wir uns tariflich anschauen.

Chidi
""")

# d2-0163
M("C", "de", "insurer-to-customer", "garnishment order against a named customer's payout from a household claim, court file and amounts",
  frm=ADDR("becker"), to="Rainer Holtkamp <r.holtkamp@online-demo.example>", ent="av",
  subj="Pfändung Ihrer Versicherungsleistung – Schaden 26-H-0355120",
  date="2026-07-23 13:45", sig="becker",
  body="""
Sehr geehrter Herr Holtkamp,

uns wurde ein Pfändungs- und Überweisungsbeschluss des Amtsgerichts Dortmund (Az. 241 M 1187/26) zugestellt, Gläubigerin ist die Autohaus Wendt GmbH, Forderung 4.211,80 €.

Die Entschädigung aus Ihrem Hausratschaden (1.930,00 €) müssen wir daher an die Gläubigerin zahlen. Bitte wenden Sie sich bei Fragen direkt an die Gläubigerin oder das Gericht.

Mit freundlichen Grüßen
Hannes Becker
""")

# d2-0164
M("N", "en", "internal", "trap: English onboarding FAQ for new claims staff, describes sensitive categories in general",
  frm=ADDR("weiss"), to=f"New joiners July <newjoiners-2026-07@{DOM}>", ent="grp",
  subj="Welcome! Your first week & data protection basics",
  date="2026-07-24 08:00", sig="weiss", sigstyle="short", lang="en",
  body="""
Welcome aboard!

A few basics for your first week:

1. Health data (diagnoses, invoices from doctors, hospital reports) and everything about life and health policies is "strictly confidential". It never goes out by normal e-mail – the gateway takes care of that, but please don't try to work around it (no private mail, no WhatsApp).
2. Birth dates, bank details and policy numbers are "confidential".
3. Don't print claim files unless you have to; use the locked bins.

Mandatory e-learning "Data protection at Versicherer" – please complete it within 14 days.

Nadine
""")

# d2-0165
M("S", "de", "insurer-to-customer", "addressee's occupational disability: benefit refused after medical examination, orthopaedic diagnosis and work capacity",
  frm=ADDR("stanek"), to="Frank Wissmann <f.wissmann@gmx-mail.example>", ent="lv",
  subj="Ihr BU-Leistungsantrag – Vertrag BU 77310082",
  date="2026-07-24 10:12", sig="stanek",
  body="""
Sehr geehrter Herr Wissmann,

nach Auswertung des orthopädischen Gutachtens von Dr. Kaltenbach müssen wir Ihnen leider mitteilen, dass eine Berufsunfähigkeit im Sinne der Bedingungen nicht vorliegt.

Der Gutachter stellt bei Ihnen eine Gonarthrose beidseits (M17.0 B) fest. In Ihrem zuletzt ausgeübten Beruf als Versicherungskaufmann (überwiegend sitzend, Außendienstanteil ca. 20 %) sind Sie nach seiner Einschätzung zu 30 % eingeschränkt – die vereinbarte Schwelle von 50 % wird nicht erreicht.

Sie können gegen diese Entscheidung Einwände erheben oder sich an den Ombudsmann für Versicherungen wenden. Das Gutachten senden wir Ihnen auf Wunsch zu.

Mit freundlichen Grüßen
""")

# d2-0166
M("N", "de", "insurer-to-supplier", "invoice correction request to a GmbH supplier with the supplier's company IBAN, no personal data",
  frm=ADDR("krueger"), to="Buchhaltung Rheinreinigung GmbH <buchhaltung@rheinreinigung.example>", ent="grp",
  subj="Ihre Rechnung RE-2026-0718 – Korrektur erforderlich",
  date="2026-07-27 09:25", sig="krueger", sigstyle="short",
  body="""
Sehr geehrte Damen und Herren,

Ihre Rechnung RE-2026-0718 über die Unterhaltsreinigung Juni können wir nicht buchen: Es fehlt unsere Bestellnummer 4500117702, und die Bankverbindung weicht von den Stammdaten ab (Rechnung: DE27 3705 0198 0040 1122 33, Stammdaten: Commerzbank Köln). Bitte bestätigen Sie die neue Bankverbindung schriftlich auf Ihrem Briefpapier und schicken Sie eine korrigierte Rechnung.

Mit freundlichen Grüßen
Stefan Krüger
""")

# d2-0167
M("C", "en", "insurer-to-customer", "motor: named customer's car stolen abroad, plate, VIN, police report, policy",
  frm=ADDR("brenner"), to="Giulia Romano <giulia.romano@italmail-demo.example>", ent="av",
  subj="Theft of your car in Milan – claim 26-K-0190041",
  date="2026-07-27 14:14", sig="brenner", sigstyle="short", lang="en",
  body="""
Dear Ms Romano,

we're sorry your Fiat 500e (K-GR 2024, VIN ZFA3320000J118822) was stolen in Milan on 20 July. Your comprehensive policy KF 3301 6620 covers theft abroad. Please send us the Italian police report (denuncia) with a translation, both keys, and the registration certificate part II. After a waiting period of one month we pay the replacement value.

Kind regards
Markus Brenner
""")

# d2-0168
M("N", "de", "internal", "trap: minutes about the hospital billing audit process (DRG), no patient named",
  frm=ADDR("brandt"), to=f"Team Stationär <team-stationaer@{DOM}>", ent="kv",
  subj="Protokoll Teamrunde: Krankenhausrechnungsprüfung",
  date="2026-07-28 15:30", sig="brandt", sigstyle="short",
  body="""
Hallo Team,

Ergebnisse der Teamrunde:

1. Ab August prüft der externe Dienstleister alle Krankenhausrechnungen über 15.000 € auf Kodierfehler (Nebendiagnosen, Beatmungsstunden, OPS-Komplexkodes).
2. Die Quote beanstandeter Rechnungen lag im 1. Halbjahr bei 11 %, Einsparung 2,4 Mio. €.
3. Bitte keine Rechnungen mit Patientendaten per Mail an den Dienstleister – nur über die Schnittstelle.

Gerrit
""")

# d2-0169
M("S", "de", "insurer-to-customer", "child accident insurance: addressee's son's concussion and hospital stay after a fall",
  frm=ADDR("albrecht"), to="Annika Brauer <annika.brauer@posteo-demo.example>", ent="av",
  subj="Kinderunfall Ihres Sohnes Finn – UV 3308 1127",
  date="2026-07-29 09:09", sig="albrecht", sigstyle="short",
  body="""
Liebe Frau Brauer,

gute Besserung an Finn! Für den Sturz vom Klettergerüst am 11.07. (Gehirnerschütterung S06.0, zwei Nächte Kinderklinik Amsterdamer Straße) zahlen wir aus der Kinderunfallversicherung das Krankenhaustagegeld von 2 x 50 € sowie die Schmerzensgeld-Pauschale für Knochenbrüche... – die greift hier nicht, da nichts gebrochen war. Zahlung also 100 €.

Sollten Spätfolgen auftreten, melden Sie sich bitte.

Miriam Albrecht
""")

# d2-0170
M("N", "en", "insurer-to-partner", "trap: conference call agenda with a hospital group about a direct billing framework agreement, no patients",
  frm=ADDR("whitfield"), to="Contracts <contracts@helios-demo-hospitals.example>", ent="kv",
  subj="Direct billing framework – agenda for 5 August",
  date="2026-07-29 11:35", sig="whitfield", sigstyle="short", lang="en",
  body="""
Dear Ms Brandt,

agenda for our call on 5 August:

1. Electronic invoice format (DRG + itemised elective services)
2. Guarantee of payment process at admission – response time target 2 hours
3. Data exchange: only via the secure portal or the hospital gateway, no patient data by plain e-mail
4. Pricing for single rooms 2027

Best regards
Emma
""")

# d2-0171
M("C", "de", "insurer-to-broker", "broker portfolio transfer list (Bestandsübertragung) in XLSX with client names, dates of birth and P&C policy numbers",
  frm=ADDR("reuter"), to="Maklerhaus Nordlicht GmbH <bestand@nordlicht-makler.example>", ent="av",
  subj="Bestandsübertragung – Ihre Kunden aus dem Bestand Hinz",
  date="2026-07-30 10:20", sig="reuter",
  att=[XLSX("Bestand_Hinz_an_Nordlicht.xlsx", {"Verträge": [
      ["Kunde", "Geburtsdatum", "PLZ Ort", "Sparte", "Vertrag", "Jahresbeitrag"],
      ["Friedhelm Ostermann", "1956-04-03", "24103 Kiel", "Wohngebäude", "WG 1102 4471", "912,40"],
      ["Sabine Ostermann", "1959-10-21", "24103 Kiel", "PHV", "PH 1102 4472", "74,00"],
      ["Jannis Petersen", "1990-01-15", "24114 Kiel", "Kfz", "KF 1190 0381", "688,10"],
      ["Heike Lüders", "1972-07-07", "24148 Kiel", "Hausrat", "HR 1191 2208", "142,30"]]}, author="F. Reuter")],
  body="""
Hallo Herr Thiessen,

die Übertragung des Bestands von Herrn Hinz (Ruhestand) auf Ihr Haus ist zum 01.08. wirksam. Anbei die Sachverträge; die Personenversicherungen schicke ich Ihnen getrennt über das Portal.

Gruß
Frank Reuter
""")

# d2-0172
M("S", "en", "insurer-to-customer", "addressee's IVF treatment cost approval (infertility N97.0), number of cycles",
  frm=ADDR("kroeger"), to="Hanna Lindberg <hanna.lindberg@nordmail-demo.example>", ent="kv",
  subj="Your IVF treatment – cost approval",
  date="2026-07-30 14:02", sig="kroeger", lang="en",
  body="""
Dear Ms Lindberg,

we're happy to confirm cover for your fertility treatment at the Kinderwunschzentrum Köln (diagnosis: female infertility of tubal origin, N97.1). Your tariff pays for up to three IVF/ICSI cycles, including medication (e.g. follitropin alfa) and embryo transfer, at 100 %.

Please send the invoices after each cycle. Good luck!

Kind regards
Sabine Kröger
""")

# d2-0173
M("N", "de", "newsletter", "trap: press release about a new hospital supplementary tariff with sample figures",
  frm=f"Versicherer Presse <presse@{DOM}>", to=f"Presseverteiler <presseverteiler@{DOM}>", ent="grp",
  subj="Pressemitteilung: Versicherer startet Klinik-Komfort 2.0",
  date="2026-07-31 09:00", client="system",
  body="""
PRESSEMITTEILUNG – Köln, 31. Juli 2026

Versicherer startet Klinik-Komfort 2.0: Einbettzimmer und Chefarzt jetzt auch ohne Gesundheitsfragen bis Alter 40

Der Versicherer bringt die zweite Generation seines Krankenhaus-Zusatztarifs auf den Markt. Neu: Wer bei Abschluss jünger als 40 ist, beantwortet keine Gesundheitsfragen; stattdessen gilt eine Wartezeit von 8 Monaten. Der Beitrag für eine 30-jährige Person beginnt bei 21,90 € im Monat.

"Viele Menschen scheuen die Gesundheitsfragen. Wir machen den Einstieg einfacher", sagt Vorständin Birgit Oppermann.

Pressekontakt: Julia Baumann, presse@versicherer.example
""")

# d2-0174
M("C", "de", "insurer-to-customer", "income: named self-employed customer's declared annual income for a legal expenses tariff adjustment",
  frm=ADDR("lindqvist"), to="Christoph Anders <c.anders@anders-architektur.example>", ent="av",
  subj="Ihr Firmen-Rechtsschutz RS 8820 1176 – Umsatzmeldung",
  date="2026-08-03 10:44", sig="lindqvist", sigstyle="short",
  body="""
Hallo Herr Anders,

danke für Ihre Meldung: Gewinn 2025 aus Ihrem Architekturbüro (Einzelunternehmen) 96.400 €, Umsatz 231.000 €. Damit bleibt der Beitrag für 2026 bei 684,00 €. Die nächste Meldung brauchen wir im Juli 2027.

Viele Grüße
Petra Lindqvist
""")

# d2-0175
M("S", "de", "insurer-to-customer", "life: payout of the death benefit to the addressee after her husband's death, cause of death",
  frm=ADDR("stanek"), to="Brigitte Neuhaus <b.neuhaus@t-netz.example>", ent="lv",
  subj="Lebensversicherung Ihres verstorbenen Mannes – KLV 1188 2034",
  date="2026-08-03 15:20", sig="stanek",
  body="""
Sehr geehrte Frau Neuhaus,

zunächst unser herzliches Beileid zum Tod Ihres Mannes.

Die Sterbeurkunde und die ärztliche Todesbescheinigung (Todesursache: Lungenkarzinom, C34.1) liegen uns vor. Als Bezugsberechtigte erhalten Sie die Todesfallleistung aus der Kapitallebensversicherung KLV 1188 2034:

Versicherungssumme 40.000,00 €
Überschussbeteiligung 9.812,44 €
Summe 49.812,44 €

Wir überweisen den Betrag in den nächsten Tagen auf Ihr Konto.

Mit freundlichen Grüßen
""")

# d2-0176
M("N", "en", "internal", "trap: team lunch invitation mentioning a colleague's birthday without date or any sensitive data",
  frm=ADDR("stone"), to=f"Reinsurance team <rueckversicherung@{DOM}>", ent="grp", client="outlook",
  subj="Lunch on Friday – Rebecca's treat",
  date="2026-08-04 11:52", lang="en",
  body="""
Hi team,

it's my birthday this week, so lunch is on me on Friday at 12:30 – Italian place at the Rheinauhafen. Vegetarian options available. Please let me know by Thursday if you're coming.

Rebecca
""")

# d2-0177
M("C", "en", "insurer-to-customer", "household claim: water damage in the named customer's flat, address and claim number",
  frm=ADDR("demir"), to="Samuel Okonjo <samuel.okonjo@mailhub-demo.example>", ent="av",
  subj="Water damage at Neusser Straße 420 – claim 26-H-0418872",
  date="2026-08-05 09:30", sig="demir", sigstyle="short", lang="en",
  body="""
Dear Mr Okonjo,

the drying company will come to your flat at Neusser Straße 420, 50733 Köln, on Friday between 8 and 10 am. Their costs are covered under your contents policy HR-7720-3351 for the contents; the building damage (walls, floor screed) is for your landlord's insurer.

Kind regards
Aylin Demir
""")

# d2-0178
M("N", "de", "insurer-to-customer", "trap: generic information for all policyholders about a premium adjustment in health insurance, mass mail without individual data",
  frm=f"Versicherer Krankenversicherung <info-kv@{DOM}>", to=f"Info-Verteiler KV <kv-info-verteiler@{DOM}>", ent="kv",
  subj="Informationen zur Beitragsanpassung 2027",
  date="2026-08-06 07:00", client="system",
  body="""
Liebe Versicherte,

die Kosten im Gesundheitswesen steigen weiter, vor allem für Krankenhausbehandlungen und neue Arzneimittel. In einigen Tarifen müssen wir die Beiträge deshalb zum 01.01.2027 anpassen. Ob Ihr Tarif betroffen ist, erfahren Sie im November mit einem persönlichen Schreiben.

Antworten auf häufige Fragen: www.versicherer.example/beitragsanpassung

Ihr Versicherer
""")

# d2-0179
M("S", "de", "insurer-to-hospital", "invoice audit query to a hospital about a named patient's DRG coding (sepsis, ventilation hours)",
  frm=ADDR("brandt"), to="Medizincontrolling Klinikum Nord <medco@klinikum-nord.example>", ent="kv",
  subj="Rechnungsprüfung Fall 2026-118834 – Herr Uwe Krämer",
  date="2026-08-06 11:11", sig="brandt",
  body="""
Sehr geehrte Damen und Herren,

zur Rechnung für unseren Versicherten Uwe Krämer (Aufenthalt 03.06.-29.06.2026, DRG A13E) bitten wir um Übersendung des Entlassungsberichts und des Beatmungsprotokolls. Abgerechnet sind 412 Beatmungsstunden und die Hauptdiagnose A41.9 Sepsis; nach der Pflegedokumentation wurde der Patient am 10.06. extubiert.

Bis zur Klärung zahlen wir den unstrittigen Teil (DRG A13F).

Mit freundlichen Grüßen
""")

# d2-0180
M("N", "de", "internal", "trap: data protection training quiz question about IBANs and birth dates, with invented example values",
  frm=ADDR("meier"), to=f"Datenschutzkoordinatoren <ds-koordinatoren@{DOM}>", ent="grp",
  subj="Quiz für die Schulung im September – bitte testen",
  date="2026-08-07 13:40", sig="meier", sigstyle="short",
  body="""
Liebe Koordinatorinnen und Koordinatoren,

bitte testet diese Quizfragen bis 21.08.:

1. Eine Mail enthält "Max Mustermann, geb. 01.01.1970, IBAN DE00 1234 5678 9012 3456 78". Wie ist sie einzustufen, wenn es sich erkennbar um Musterdaten handelt? (a) normal (b) vertraulich (c) streng vertraulich
2. Welche Sparten gelten bei uns immer als streng vertraulich? (a) Kfz und Hausrat (b) Leben, Kranken, Unfall (c) alle
3. Darf ich eine Arztrechnung eines Kunden an meine private Adresse weiterleiten, um sie zu Hause zu bearbeiten?

Lösungen: 1a, 2b, 3 nein (natürlich nicht).

Thomas
""")

# d2-0181
M("C", "de", "customer", "customer's mail quoted: change of address and new IBAN for her car insurance, short reply",
  frm=ADDR("kowalski"), to="Jacqueline Wolter <jacky.wolter@freemail-demo.example>", ent="av",
  subj="AW: umzug + neues konto",
  date="2026-08-10 08:55", sig="kowalski", sigstyle="short",
  quote=OQ("Jacqueline Wolter <jacky.wolter@freemail-demo.example>", "Samstag, 8. August 2026 14:22", "info@versicherer.example",
           "umzug + neues konto", f"""
hallo bin umgezogen, neue adresse: Eschenweg 3, 41469 Neuss. neues konto {IB("DE", "305500000093172884")}, bitte ab sofort für die autoversicherung (NE-JW 77) nehmen.
danke J. Wolter
"""),
  body="""
Hallo Frau Wolter,

ist erledigt – neue Anschrift und Bankverbindung sind für Ihren Kfz-Vertrag gespeichert.

Viele Grüße
Lena Kowalski
""")

# d2-0182
M("S", "en", "customer", "customer's long mail about his son's autism diagnosis and therapy costs, forwarded to the medical advisor",
  frm=ADDR("kroeger"), to="Dr. Petra Haug <p.haug@medadvice-consult.example>", ent="kv",
  subj="FW: therapy for my son – please advise",
  date="2026-08-10 13:30", sig="kroeger", sigstyle="short", lang="en",
  body="""
Dr Haug,

could you please give us your medical opinion on the request below (autism therapy, 2x weekly)? Our contract with you covers this.

Thanks
Sabine

""" + FW("Michael O'Brien <m.obrien@eirmail-demo.example>", "Fri, 7 Aug 2026 at 21:48", f"leistung-kv@{DOM}", "therapy for my son", """
Dear Sir or Madam,

our son Liam (6, insured under my policy 404 229 871 K) was diagnosed with autism spectrum disorder (F84.0) at the Uniklinik in June. The doctors recommend intensive therapy (ABA-based, 2 sessions per week, approx. EUR 95 each) for at least a year, plus occupational therapy. Will you cover this? We're quite desperate, the waiting lists everywhere are endless.

Kind regards
Michael O'Brien
""", lang="en"))

# d2-0183
M("N", "de", "insurer-to-partner", "trap: cooperation agreement draft with a hospital association on data exchange, no patient data",
  frm=ADDR("schreiber"), to="Justiziariat Krankenhausverbund Rheinland <justiziariat@khv-rheinland.example>", ent="kv",
  subj="Entwurf Kooperationsvertrag Direktabrechnung – unsere Anmerkungen",
  date="2026-08-11 10:00", sig="schreiber", sigstyle="short",
  att=[DOCX("Kooperationsvertrag_Entwurf_v3_Anmerkungen.docx", [("h", "Kooperationsvertrag Direktabrechnung – Entwurf v3"),
      "§ 4 Datenübermittlung: Die Übermittlung von Patientendaten erfolgt ausschließlich verschlüsselt (S/MIME, Gateway-zu-Gateway oder Portal).",
      "§ 5 Umfang: Es werden nur die für die Abrechnung erforderlichen Daten übermittelt (Name, Versicherungsnummer, Diagnosen nach ICD-10-GM, Prozeduren nach OPS).",
      "§ 9 Haftung: Anmerkung Versicherer – Haftungsbegrenzung auf Vorsatz und grobe Fahrlässigkeit nicht akzeptabel."], author="C. Schreiber")],
  body="""
Sehr geehrte Damen und Herren,

anbei unsere Anmerkungen zum Entwurf v3 (Änderungen in § 4, 5 und 9). Gern besprechen wir das in einem Termin Ende August.

Mit freundlichen Grüßen
Dr. Carola Schreiber
""")

# d2-0184
M("C", "en", "insurer-to-company", "fleet claim with named employee driver, plate, no injuries",
  frm=ADDR("engel"), to="Fleet Desk <fleet@carraway-pharma.example>", ent="av",
  subj="Fleet claim 26-K-0201155 – B-CP 1204 / driver Ms Yuki Tanaka",
  date="2026-08-12 09:15", sig="engel", sigstyle="short", lang="en",
  body="""
Hello,

claim registered for your pool car B-CP 1204 (driver: Ms Yuki Tanaka, parking damage in Berlin-Mitte on 10 August, no injuries). Repair at the contracted workshop, excess EUR 300 according to fleet policy FL-7701.

Rüdiger Engel
""")

# d2-0185
M("S", "de", "insurer-to-customer", "ODT attachment: addressee's medical history questionnaire answers for a health application (follow-up questions)",
  frm=ADDR("nguyen"), to="Daniel Kaufmann <d.kaufmann@web-demo.example>", ent="kv",
  subj="Ihr Antrag auf Krankenversicherung – Rückfragen",
  date="2026-08-12 14:05", sig="nguyen",
  att=[ODT("Rueckfragen_Antrag_KV_2026-33812.odt", [("h", "Rückfragen zum Antrag 2026-33812 – Daniel Kaufmann"),
      "Sie haben angegeben: Heuschnupfen (J30.1), Bandscheibenvorfall L5/S1 2022, Psychotherapie 2020 (12 Sitzungen).",
      ("t", [["Frage", "Ihre Antwort"], ["Wie lange dauerte die Psychotherapie und aus welchem Anlass?", ""],
             ["Bestehen wegen der Bandscheibe heute noch Beschwerden oder Behandlungen?", ""],
             ["Welche Medikamente nehmen Sie gegen den Heuschnupfen?", ""]])])],
  body="""
Sehr geehrter Herr Kaufmann,

vielen Dank für Ihren Antrag. Zu einigen Angaben haben wir Rückfragen – bitte füllen Sie das angehängte Dokument aus und schicken Sie es uns zurück.

Mit freundlichen Grüßen
Minh Nguyen
""")

# d2-0186
M("N", "de", "internal", "building facility notice about a burst pipe in the data centre corridor, no persons",
  frm=ADDR("richter"), to=f"IT-Betrieb <it-betrieb@{DOM}>", ent="grp", client="mobile",
  subj="Wasser im Flur vor RZ 2!!",
  date="2026-08-13 06:51",
  body="""
Achtung: Im Flur vor RZ 2 steht Wasser (Kondensatleitung Klimagerät). Haustechnik ist dran, RZ selbst trocken. Bitte niemand die Tür öffnen bis Entwarnung. Anja
""")

# d2-0187
M("C", "de", "insurer-to-customer", "boat insurance (hull) of a named private owner with policy number, boat name and berth",
  frm=ADDR("osei"), to="Henning Carstens <h.carstens@nordmail-demo.example>", ent="av",
  subj="Ihre Yachtkasko YK 2207 0041 – Liegeplatzwechsel",
  date="2026-08-14 10:02", sig="osei", sigstyle="short",
  body="""
Moin Herr Carstens,

den Liegeplatzwechsel Ihrer "Möwe II" (Hallberg-Rassy 34) von Laboe nach Heiligenhafen, Steg C 14, haben wir in der Yachtkasko YK 2207 0041 vermerkt. Am Beitrag (1.412 €) ändert sich nichts.

Gruß
Daniel Osei
""")

# d2-0188
M("S", "en", "insurer-to-customer", "long-term care: English letter to an expat's son about his mother's care level 2 and home care allowance",
  frm=ADDR("yilmaz"), to="Robert Kowalski-Hill <robert.kh@ukmail-demo.example>", ent="kv",
  subj="Care allowance for your mother, Mrs Irena Kowalski",
  date="2026-08-14 15:40", sig="yilmaz", lang="en",
  body="""
Dear Mr Kowalski-Hill,

thank you for the power of attorney. The assessment of 28 July found care level 2 (Pflegegrad 2) for your mother, mainly due to her Parkinson's disease (G20.1) and reduced mobility. From 1 July she receives a monthly care allowance of EUR 347 from the compulsory long-term care insurance, and EUR 600 from her supplementary care policy PT 8810 227.

Kind regards
Felix Yilmaz
""")

# d2-0189
M("N", "en", "insurer-to-supplier", "trap: order for an anonymised benchmark study on claims processing times from a consultancy",
  frm=ADDR("morgan"), to="Engagement Team <engagements@benchmark-consult.example>", ent="grp",
  subj="Order: claims benchmark study 2026",
  date="2026-08-17 10:30", sig="morgan", sigstyle="short", lang="en",
  body="""
Hi Jonas,

we confirm the order for the claims benchmark (health outpatient, hospital, dental, motor) per your offer BC-26-114, fixed fee EUR 38,000. Data delivery from our side: aggregated KPIs only (cycle times, automation rates, cost per claim). No claim-level data. Please send the NDA for signature.

James
""")

# d2-0190
M("C", "de", "lawyer", "lawyer's letter in a tenancy legal expenses case quoted: named client, landlord dispute, amounts; no health",
  frm=ADDR("lindqvist"), to="RA Benedikt Schoeller <schoeller@kanzlei-schoeller.example>", ent="av",
  subj="AW: Deckungsanfrage Mandantin Oksana Melnyk",
  date="2026-08-17 14:12", sig="lindqvist",
  quote=OQ("RA Benedikt Schoeller <schoeller@kanzlei-schoeller.example>", "Freitag, 14. August 2026 12:01", "Rechtsschutz-Service",
           "Deckungsanfrage Mandantin Oksana Melnyk", """
Sehr geehrte Damen und Herren,

wir vertreten Frau Oksana Melnyk, Ihre VN (RS 9910 4420). Der Vermieter verweigert die Rückzahlung der Kaution (2.400 €) für die Wohnung Kalker Hauptstr. 55, 51103 Köln, wegen angeblicher Schimmelschäden. Wir bitten um Deckungszusage für die außergerichtliche und gerichtliche Geltendmachung.

Mit freundlichen kollegialen Grüßen
Schoeller, Rechtsanwalt
"""),
  body="""
Sehr geehrter Herr Rechtsanwalt Schoeller,

Deckungszusage wird erteilt, Vorgang RS-26-008812, Selbstbeteiligung 150 €.

Mit freundlichen Grüßen
Petra Lindqvist
""")

# d2-0191
M("S", "de", "insurer-to-customer", "addressee's prescription for medical cannabis approved (chronic pain), dose",
  frm=ADDR("kroeger"), to="Stefanie Brock <s.brock@gmx-mail.example>", ent="kv",
  subj="Ihre Anfrage zur Cannabis-Verordnung",
  date="2026-08-18 09:18", sig="kroeger", sigstyle="short",
  body="""
Liebe Frau Brock,

gute Nachricht: Die Verordnung von Cannabisblüten (Sorte Bedrocan, 30 g/Monat) durch Ihren Schmerztherapeuten wegen Ihrer chronischen Schmerzen nach Bandscheiben-OP (G89.29) erstatten wir nach Ihrem Tarif, da andere Schmerzmittel laut Arztbericht nicht ausreichend wirkten. Bitte reichen Sie die Apothekenrechnungen wie gewohnt ein.

Viele Grüße
Sabine Kröger
""")

# d2-0192
M("N", "de", "insurer-to-broker", "trap: answer to a broker about whether an anonymous risk pre-enquiry is possible, no client data",
  frm=ADDR("schulte"), to="Timo Kessler <kessler@kessler-finanz.example>", ent="lv",
  subj="AW: Anonyme Voranfrage möglich?",
  date="2026-08-18 11:45", sig="schulte", sigstyle="short",
  body="""
Hallo Herr Kessler,

ja, anonyme Risikovoranfragen für BU und Risiko-LV nehmen wir gern entgegen – bitte ausschließlich über das Formular im Maklerportal, ohne Namen, nur mit Geburtsjahr, Beruf und den Angaben zur Erkrankung. Die Antwort bekommen Sie in 3-5 Arbeitstagen.

Viele Grüße
Marlene Schulte
""")

# d2-0193
M("C", "de", "insurer-to-customer", "motor: named young driver's accompanied driving (BF17) registration with birth date and plate",
  frm=ADDR("engel"), to="Familie Kallweit <kallweit@kabel-demo.example>", ent="av",
  subj="Begleitetes Fahren – Ihre Tochter Emily",
  date="2026-08-19 10:22", sig="engel", sigstyle="short",
  body="""
Hallo Familie Kallweit,

wir haben Emily (geb. 14.04.2009) als Fahrerin im Rahmen des begleiteten Fahrens ab 17 für Ihren VW Polo (GL-KK 17) eingetragen, Vertrag KF 5510 3378. Mehrbeitrag bis zum 18. Geburtstag: 8,50 € im Monat.

Gute Fahrt!
Rüdiger Engel
""")

# d2-0194
M("S", "en", "insurer-to-doctor", "BU underwriting: request to the applicant's GP about a named applicant's burnout and sick leave",
  frm=ADDR("hasselbach"), to="Dr. Claudia Becker <praxis@dr-becker-hausarzt.example>", ent="lv",
  subj="Medical enquiry – application of Mr Julien Laurent",
  date="2026-08-19 15:00", sig="hasselbach", lang="en",
  body="""
Dear Dr Becker,

Mr Julien Laurent (born 1988-03-09) has applied for disability insurance with us and named you as his GP. He stated a period of sick leave of 7 weeks in 2025 due to "burnout". With his attached consent, we'd be grateful for a short report: exact diagnosis (ICD-10), treatment (medication, psychotherapy), current status.

Kind regards
Dr Ulrike Hasselbach
""")

# d2-0195
M("N", "en", "internal", "IT ticket about printer problems, nothing sensitive",
  frm=ADDR("hoffmann"), to="Chidi Okafor <chidi.okafor@versicherer.example>", ent="grp",
  subj="INC-26-10422 resolved: printer 4th floor",
  date="2026-08-20 09:03", sig="hoffmann", sigstyle="short", lang="en",
  body="""
Hi Chidi,

the printer on the 4th floor (PRN-K-4-02) is working again – the fuser unit was replaced. Ticket closed; reply if the problem returns.

Lukas
""")

# d2-0196
M("C", "de", "insurer-to-customer", "household insurance: named customer's bicycle theft payout with an ungrouped lower-case IBAN, claim and policy number",
  frm=ADDR("demir"), to="Maximilian Brosch <m.brosch@kabel-demo.example>", ent="av",
  subj="Ihr Fahrraddiebstahl – Auszahlung",
  date="2026-08-20 13:37", sig="demir", sigstyle="short",
  body=f"""
Hallo Herr Brosch,

wir zahlen für Ihr gestohlenes Gravelbike (Schaden 26-H-0433901, Hausrat HR 3390 1142) 1.480,00 € auf {IB("DE", "760100850227731003", group=0).lower()}.

Viele Grüße
Aylin Demir
""")

# d2-0197
M("S", "de", "insurer-to-customer", "addressee's dental treatment invoice with GOZ positions (root canal, tooth 26) reimbursed",
  frm=ADDR("wendland"), to="Ludger Hemmersbach <l.hemmersbach@t-netz.example>", ent="kv",
  subj="Erstattung Zahnarztrechnung Dr. Vogt",
  date="2026-08-21 08:40", sig="wendland", sigstyle="short",
  tables={"Z": ([["GOZ", "Leistung", "Zahn", "Betrag"], ["2390", "Trepanation", "26", "18,11 €"], ["2410", "Aufbereitung Wurzelkanal (3x)", "26", "124,30 €"],
                 ["2440", "Wurzelkanalfüllung (3x)", "26", "88,62 €"], ["5170", "Röntgen", "26", "16,10 €"]], "pad")},
  body="""
Hallo Herr Hemmersbach,

die Wurzelbehandlung an Zahn 26 bei Dr. Vogt haben wir erstattet:

[[Z]]

Summe 247,13 €, erstattet zu 100 %.

Viele Grüße
Tobias Wendland
""")

# d2-0198
M("N", "de", "internal", "trap: org announcement that a colleague takes over the team (name and role only, no sensitive data)",
  frm=ADDR("weiss"), to=f"Leistung LV alle <leistung-lv@{DOM}>", ent="grp",
  subj="Personalnachricht: neue Teamleitung BU-Leistung",
  date="2026-08-21 12:00", sig="weiss", sigstyle="short",
  body="""
Liebe Kolleginnen und Kollegen,

ab 1. September übernimmt Oliver Stanek die Teamleitung BU-Leistung. Er folgt auf Dr. Renate Kohl, die in den Bereich Produktentwicklung wechselt. Wir wünschen beiden viel Erfolg!

Nadine Weiß
""")

# d2-0199
M("C", "en", "insurer-to-customer", "named customer's pet (cat) vet treatment under pet health cover, policy number and amount",
  frm=ADDR("wagner"), to="Emily Carter <emily.carter@ukmail-demo.example>", ent="av",
  subj="Claim for Luna – dental treatment",
  date="2026-08-24 10:15", sig="wagner", sigstyle="short", lang="en",
  body="""
Dear Ms Carter,

Luna's dental treatment at Kleintierpraxis Ehrenfeld (3 extractions under anaesthesia, EUR 586.20) is covered under your cat health policy KT-4410-082 at 80 %: EUR 468.96. Payment is on its way.

Best wishes
Sophie Wagner
""")

# d2-0200
M("S", "de", "insurer-to-customer", "sick note-based daily allowance ends: addressee's work capacity restored after burnout, gradual return (Hamburger Modell)",
  frm=ADDR("kroeger"), to="Nicole Wirtz <nici.wirtz84@freemail-demo.example>", ent="kv",
  subj="Ihr Krankentagegeld – Wiedereingliederung",
  date="2026-08-24 14:44", sig="kroeger", sigstyle="short",
  body="""
Hallo Frau Wirtz,

schön, dass es aufwärts geht! Während der stufenweisen Wiedereingliederung (4 Wochen, 4 bzw. 6 Stunden täglich, ab 31.08.) gelten Sie weiter als arbeitsunfähig – das Krankentagegeld läuft also weiter bis zum 27.09.2026. Bitte schicken Sie uns den Wiedereingliederungsplan Ihres Arztes.

Viele Grüße
Sabine Kröger
""")

# d2-0201
M("N", "en", "newsletter", "trap: English broker newsletter about travel health products and pandemic cover, product info only",
  frm=f"Versicherer Broker Service <newsletter@{DOM}>", to=f"Broker newsletter EN <broker-news-en@{DOM}>", ent="av",
  subj="Broker update: travel health for international students",
  date="2026-08-25 07:00", client="system", html=True,
  tables={"P": ([["Plan", "Monthly premium", "Outpatient", "Inpatient", "Dental (pain relief)"],
                 ["Student Basic", "EUR 34.90", "100 %", "100 %", "up to EUR 250"], ["Student Plus", "EUR 49.90", "100 %", "100 %, private room", "up to EUR 500"]], "pipe")},
  body="""
Dear partners,

the winter semester is coming – and with it thousands of international students who need health cover for their visa.

[[P]]

Both plans are accepted by universities and the immigration offices. No health questions, pre-existing conditions covered after 12 months.

Your Broker Service
""")

# d2-0202
M("C", "de", "insurer-to-company", "commercial liability claim: named employee of a craftsman firm damaged a customer's parquet, no injuries",
  frm=ADDR("oltmanns"), to="Malerbetrieb Kowalczyk GmbH <buero@maler-kowalczyk.example>", ent="av",
  subj="Betriebshaftpflicht BH 6610 0092 – Schaden Parkett Familie Rensing",
  date="2026-08-25 11:20", sig="oltmanns",
  body="""
Sehr geehrter Herr Kowalczyk,

Ihr Mitarbeiter, Herr Dominik Faust, hat am 17.08. bei Familie Rensing (Am Stadtgarten 22, 45127 Essen) beim Streichen einen Farbeimer auf das Eichenparkett umgestoßen. Wir übernehmen die Reinigung bzw. das Abschleifen (Angebot Parkett Simon: 1.180 €) abzüglich Ihrer Selbstbeteiligung von 250 €.

Schaden-Nr.: 26-BH-0088120

Mit freundlichen Grüßen
Jens Oltmanns
""")

# d2-0203
M("S", "de", "insurer-to-customer", "accident insurance: hospital daily allowance and recovery benefit for the addressee after a ski accident (knee ligament rupture)",
  frm=ADDR("albrecht"), to="Christian Maurer <christian.maurer@posteo-demo.example>", ent="av",
  subj="Ihr Skiunfall – Leistungen aus der Unfallversicherung UV 4410 2276",
  date="2026-03-10 10:30", sig="albrecht", sigstyle="short",
  body="""
Hallo Herr Maurer,

für Ihren Skiunfall in Ischgl am 14.02. (Kreuzbandriss rechts, S83.53 R, OP im Krankenhaus Zams, 4 Tage stationär) zahlen wir:

Krankenhaustagegeld 4 x 40 € = 160 €
Genesungsgeld 4 x 40 € = 160 €
Bergungskosten (Hubschrauber) 2.940 €

Gute Besserung!
Miriam Albrecht
""")

# d2-0204
M("N", "de", "insurer-to-supplier", "trap: order for a disability-friendly reception desk (barrier-free office), purchase order",
  frm=ADDR("richter"), to="Objektmöbel Schreinerei Lenz <angebote@schreinerei-lenz.example>", ent="grp",
  subj="Auftrag barrierefreier Empfangstresen – Bestell-Nr. 4500120990",
  date="2026-08-26 09:10", sig="richter", sigstyle="short",
  body="""
Hallo Herr Lenz,

hiermit beauftragen wir den unterfahrbaren Empfangstresen (Höhe 75/110 cm, Induktionsschleife für Hörgeräteträger) gemäß Angebot 26-311 für 9.870 € netto. Bestell-Nr. 4500120990. Montage bitte in KW 39.

Anja Richter
""")

# d2-0205
M("C", "en", "insurer-to-customer", "legal expenses: named customer's divorce (initial advice only), policy number and home address; no health",
  frm=ADDR("lindqvist"), to="Martin Holloway <m.holloway@ukmail-demo.example>", ent="av",
  subj="Your legal expenses policy – initial legal advice",
  date="2026-08-26 15:35", sig="lindqvist", sigstyle="short", lang="en",
  body="""
Dear Mr Holloway,

family law disputes such as your divorce are not covered in court, but your policy RS-4420-7781 pays for an initial consultation with a lawyer of your choice (up to EUR 250) – so you can get advice on the separation and the house at Lindenallee 8, Bonn.

Kind regards
Petra Lindqvist
""")

# d2-0206
M("S", "de", "company", "employer's letter quoted: named employee's long-term sickness and disability, for the company pension (bAV) disability component",
  frm=ADDR("paulsen"), to="Personalabteilung Stadtwerke Lippe <personal@stadtwerke-lippe.example>", ent="lv",
  subj="AW: Frau Nowak – Beitragsbefreiung bAV",
  date="2026-08-27 10:50", sig="paulsen", sigstyle="short",
  quote=OQ("Personal Stadtwerke Lippe <personal@stadtwerke-lippe.example>", "Mittwoch, 26. August 2026 16:05", "Paulsen, Henrik",
           "Frau Nowak – Beitragsbefreiung bAV", """
Hallo Herr Paulsen,

unsere Mitarbeiterin Agnieszka Nowak (Pers.-Nr. 2207, DV 7730 2207) ist seit Februar durchgehend krank (nach Brustkrebs-OP in Chemotherapie) und bezieht seit August Krankengeld. Sie fragt, ob die Beitragsbefreiung bei Berufsunfähigkeit in ihrer Direktversicherung greift.

Gruß, Personalabteilung
"""),
  body="""
Hallo Frau Sennewald,

ja, die Direktversicherung von Frau Nowak hat eine BUZ. Ich schicke ihr die Antragsunterlagen direkt – bitte geben Sie ihr kurz Bescheid, dass sie Post von uns bekommt.

Gruß
Henrik Paulsen
""")

# d2-0207
M("N", "en", "insurer-to-partner", "trap: data-protection authority enquiry answer about the classification process, generic",
  frm=ADDR("meier"), to="Office of the Data Protection Commissioner <poststelle@ldi-demo.example>", ent="grp",
  subj="Your ref. 2026-0418 – e-mail encryption at Versicherer",
  date="2026-08-28 11:00", sig="meier", lang="en",
  body="""
Dear Sir or Madam,

in response to your general enquiry about our e-mail practice: outgoing mail is classified automatically as normal, confidential or strictly confidential. Health data and all mail on life, health and accident contracts are strictly confidential and are sent only end-to-end encrypted or via our secure portal; TLS alone is used only with the recipient's documented consent. We enclose our procedure description.

Yours faithfully
Thomas Meier
Data Protection Officer
""")

# d2-0208
M("C", "de", "insurer-to-customer", "named customer's mobile phone insurance claim with IMEI and policy, no health",
  frm=ADDR("kowalski"), to="Leonie Brandt <leonie.brandt@gmx-mail.example>", ent="av",
  subj="Ihr Handy-Schaden – Displaybruch",
  date="2026-08-28 14:00", sig="kowalski", sigstyle="short",
  body="""
Hallo Frau Brandt,

Ihr iPhone 15 (IMEI 35 407115 482203 7) aus dem Elektronikschutz ES 2290 3318 wird repariert. Bitte schicken Sie es mit dem beiliegenden Versandlabel an unseren Reparaturpartner; die Selbstbeteiligung von 50 € wird mit der Erstattung verrechnet.

Viele Grüße
Lena Kowalski
""")

# d2-0209
M("S", "de", "insurer-to-customer", "HIV-related medication (PrEP) reimbursement to the addressee – sexual health data",
  frm=ADDR("kroeger"), to="Jonas Weller <j.weller@posteo-demo.example>", ent="kv",
  subj="Ihre Frage zur Erstattung der PrEP",
  date="2026-08-31 09:44", sig="kroeger", sigstyle="short",
  body="""
Hallo Herr Weller,

die HIV-Präexpositionsprophylaxe (Emtricitabin/Tenofovirdisoproxil, 30 Tabletten monatlich) und die begleitenden Laboruntersuchungen alle drei Monate erstatten wir nach Ihrem Tarif vollständig. Bitte reichen Sie die Rezepte und Laborrechnungen wie gewohnt über die App ein.

Viele Grüße
Sabine Kröger
""")

# d2-0210
M("N", "de", "internal", "trap: reply about the vacation of the team with a sick colleague mentioned only as 'fällt aus' without reason",
  frm=ADDR("demir"), to=f"Team Sach Schaden <sach-schaden@{DOM}>", ent="av", client="outlook",
  subj="Vertretung diese Woche",
  date="2026-09-01 08:05",
  body="""
Guten Morgen zusammen,

Jens fällt diese Woche aus, seine Haftpflicht-Posteingänge übernimmt Kai, dringende Fälle bitte direkt an mich.

Danke!
Aylin
""")

# d2-0211
M("C", "de", "insurer-to-customer", "named customer's termination of her buildings insurance after the sale of the house, buyer's name, address",
  frm=ADDR("kowalski"), to="Hannelore Schmid <h.schmid@t-netz.example>", ent="av",
  subj="Verkauf Ihres Hauses – Wohngebäudeversicherung WG 8890 1127",
  date="2026-09-01 15:30", sig="kowalski",
  body="""
Sehr geehrte Frau Schmid,

mit dem Eigentumsübergang Ihres Hauses Rosenstraße 19, 86150 Augsburg, auf Herrn und Frau Ulrich am 15.09.2026 geht die Wohngebäudeversicherung WG 8890 1127 kraft Gesetzes auf die Käufer über. Den Beitrag bis zum Eigentumsübergang rechnen wir mit Ihnen ab; Sie erhalten 287,40 € zurück.

Mit freundlichen Grüßen
Lena Kowalski
""")

# ---------------------------------------------------------------- batch 6: d2-0212 - d2-0266

# d2-0212
M("N", "de", "internal", "trap: comparison of GOÄ fee positions old vs. reform draft, no patient",
  frm=ADDR("hasselbach"), to=f"Leistung KV alle <leistung-kv@{DOM}>", ent="kv",
  subj="GOÄ-Reform: Gegenüberstellung ausgewählter Positionen",
  date="2026-09-02 10:00", sig="hasselbach", sigstyle="short",
  att=[XLSX("GOAE_alt_neu_Auswahl.xlsx", {"Vergleich": [
      ["GOÄ alt", "Leistung", "Betrag 2,3-fach alt", "GOÄneu Entwurf", "Betrag neu"],
      ["1", "Beratung", "10,72 €", "A.1", "14,50 €"], ["3", "Eingehende Beratung", "20,11 €", "A.2", "23,80 €"],
      ["5", "Symptombezogene Untersuchung", "10,72 €", "B.1", "12,40 €"], ["410", "Ultraschall 1 Organ", "26,81 €", "C.410", "22,90 €"]]},
      author="U. Hasselbach")],
  body="""
Liebe Kolleginnen und Kollegen,

da die GOÄ-Reform näher rückt, hier eine erste Gegenüberstellung häufiger Positionen (Entwurfsstand Bundesärztekammer/PKV-Verband). Die Beträge im Entwurf können sich noch ändern.

Ulrike Hasselbach
""")

# d2-0213
M("C", "de", "insurer-to-customer", "motorcycle eVB for a named customer with ISO birth date and VIN",
  frm=ADDR("engel"), to="Patrick Domke <p.domke@freemail-demo.example>", ent="av",
  subj="eVB für Ihr Motorrad",
  date="2026-03-18 17:20", sig="engel", sigstyle="short",
  body="""
Hallo Herr Domke,

hier die eVB für die Zulassung Ihrer Yamaha MT-07 (FIN JYARM331000041877):

eVB: K4T9W2M
Versicherungsnehmer: Patrick Domke, geb. 1984-06-22
Saisonkennzeichen 03-10, Haftpflicht + Teilkasko SB 150 €

Allzeit gute Fahrt!
Rüdiger Engel
""")

# d2-0214
M("N", "de", "insurer-to-supplier", "trap: order of flu vaccine doses for the company doctor's vaccination campaign, PO number",
  frm=ADDR("krueger"), to="Großhandel Pharma-Rhein <bestellung@pharma-rhein.example>", ent="grp",
  subj="Bestellung 4500121201 – Grippeimpfstoff Saison 2026/27",
  date="2026-09-03 09:40", sig="krueger", sigstyle="short",
  body="""
Guten Tag,

für die Grippeschutzimpfung unserer Mitarbeitenden bestellen wir über den Betriebsarzt:

300 Dosen tetravalenter Influenza-Impfstoff, Fertigspritze
Lieferung an: Betriebsärztlicher Dienst, Rheinuferstraße 12, 50667 Köln, Kühlkette beachten
Liefertermin: KW 41

Die Impfungen finden vom 12. bis 23. Oktober statt. Bestellnummer bitte auf der Rechnung angeben.

Stefan Krüger
""")

# d2-0215
M("S", "de", "insurer-to-customer", "DOCX attachment: discharge report from psychosomatic rehab of the addressee, body harmless",
  frm=ADDR("brandt"), to="Carina Lehmkuhl <carina.lehmkuhl@web-demo.example>", ent="kv",
  subj="Ihre angeforderten Unterlagen",
  date="2026-09-03 14:10", sig="brandt", sigstyle="short",
  att=[DOCX("Entlassungsbericht_Klinik_Waldesruh.docx", [("h", "Psychosomatische Klinik Waldesruh – Entlassungsbericht"),
      "Patientin: Carina Lehmkuhl, geb. 08.11.1990",
      "Aufenthalt: 15.06.2026 – 27.07.2026",
      "Diagnosen: F43.2 G Anpassungsstörung; F50.2 Z Bulimia nervosa, Zustand nach",
      "Verlauf: gute Mitarbeit in Einzel- und Gruppentherapie, Stimmung stabilisiert. Gewicht stabil.",
      "Empfehlung: ambulante Psychotherapie fortsetzen, stufenweise Wiedereingliederung."], author="Klinik Waldesruh")],
  body="""
Hallo Frau Lehmkuhl,

wie am Telefon besprochen, anbei die Kopie, die uns die Klinik geschickt hat.

Viele Grüße
Gerrit Brandt
""")

# d2-0216
M("N", "de", "newsletter", "trap: launch of a health app for customers with general features, no person",
  frm=f"Versicherer Krankenversicherung <newsletter@{DOM}>", to=f"Kundennewsletter <kunden-news@{DOM}>", ent="kv",
  subj="Neu: Die Gesundheits-App mit Arzttermin-Service",
  date="2026-09-04 07:30", client="system",
  body="""
Liebe Kundinnen und Kunden,

ab sofort können Sie in unserer App nicht nur Rechnungen einreichen, sondern auch:

- Facharzttermine innerhalb von 5 Werktagen vermitteln lassen
- Videosprechstunde rund um die Uhr (Allgemeinmedizin, Kinderheilkunde, Dermatologie)
- Ihren Impfpass und Ihre Vorsorgetermine im Blick behalten

Ihre Gesundheitsdaten bleiben verschlüsselt auf Servern in Deutschland und werden nie für Werbung genutzt.

Ihr Versicherer
""")

# d2-0217
M("C", "de", "insurer-to-customer", "glass breakage claim: named customer, address and household policy",
  frm=ADDR("demir"), to="Georg Lamprecht <g.lamprecht@t-netz.example>", ent="av",
  subj="Glasbruch Terrassentür – Schaden 26-G-0004471",
  date="2026-09-04 11:05", sig="demir", sigstyle="short",
  body="""
Guten Tag Herr Lamprecht,

die Glaserei Krings tauscht die gesprungene Scheibe Ihrer Terrassentür (Auf dem Berg 2, 51588 Nümbrecht) am Dienstag aus und rechnet direkt mit uns ab. Versicherung: Glas GL 4410 7721. Keine Selbstbeteiligung.

Aylin Demir
""")

# d2-0218
M("N", "de", "internal", "trap: works council minutes about a gym subsidy and company health management, no individuals",
  frm=f"Betriebsrat Köln <betriebsrat@{DOM}>", to=f"Alle Mitarbeitenden Köln <alle-koeln@{DOM}>", ent="grp",
  subj="Info des Betriebsrats: Fitnesszuschuss und BGM",
  date="2026-09-07 12:15", client="outlook",
  body="""
Liebe Kolleginnen und Kollegen,

gute Nachrichten aus den Verhandlungen mit der Geschäftsleitung:

1. Ab 01.10. gibt es einen Zuschuss von 30 € monatlich für Fitnessstudio oder Sportverein (Nachweis reicht).
2. Das betriebliche Eingliederungsmanagement (BEM) wird neu geregelt: Gespräche nur noch mit Zustimmung der Beschäftigten, Diagnosen werden nicht erfragt.
3. Rückenkurse in der Mittagspause werden fortgesetzt.

Fragen? Sprecht uns an.
Euer Betriebsrat
""")

# d2-0219
M("S", "en", "insurer-to-customer", "expat health: pre-approval for the addressee's planned delivery abroad, pregnancy week",
  frm=ADDR("whitfield"), to="Priyanka Sharma <p.sharma@mailhub-demo.example>", ent="kv",
  subj="Maternity pre-authorisation – Singapore",
  date="2026-09-07 16:33", sig="whitfield", sigstyle="short", lang="en",
  body="""
Dear Ms Sharma,

we have pre-authorised your planned delivery at Mount Elizabeth Hospital (expected date 18 November 2026, currently week 28, singleton pregnancy). The maternity benefit limit of EUR 15,000 applies; the hospital can bill us directly with reference PA-2026-4471.

Kind regards
Emma Whitfield
""")

# d2-0220
M("N", "en", "insurer-to-partner", "trap: large-loss report to reinsurer with fully anonymised cases (age bands, no names, no dates)",
  frm=ADDR("stone"), to="Claims Review <claims.review@hannover-demo-re.example>", ent="grp",
  subj="Large loss overview H1 2026 (accident & health, anonymised)",
  date="2026-09-08 10:25", sig="stone", sigstyle="short", lang="en",
  body="""
Dear Matthias,

as agreed, the anonymised overview of large losses above EUR 250k in H1 (no names, no claim numbers, age bands only):

Case 1 – male, 30–39, motorcycle accident, polytrauma, reserve EUR 1.1m (accident)
Case 2 – female, 50–59, oncology, reserve EUR 420k (health)
Case 3 – male, 60–69, cardiac surgery with complications, paid EUR 310k (health)
Case 4 – child, 0–9, premature birth, paid EUR 390k (health)

The detailed files are available for on-site review only.

Rebecca
""")

# d2-0221
M("C", "de", "insurer-to-customer", "motor no-claims class transferred from the named grandmother to her grandson, both birth dates",
  frm=ADDR("engel"), to="Leon Schreiner <leon.schreiner@freemail-demo.example>", ent="av",
  subj="Übertragung der SF-Klasse Ihrer Großmutter",
  date="2026-09-08 13:30", sig="engel",
  body="""
Hallo Herr Schreiner,

die Übertragung des Schadenfreiheitsrabatts ist durch:

abgebende Person: Gertrud Schreiner, geb. 11.05.1941, Vertrag KF 1002 3391 (Fahrzeug abgemeldet)
übernehmende Person: Leon Schreiner, geb. 02.12.2004
übertragbar: SF 8 (entspricht Ihrer Fahrpraxis von 3 Jahren; die restlichen Jahre verfallen)

Ihr neuer Beitrag für den Seat Ibiza (SU-LS 224): 712,40 € statt 1.488,90 € im Jahr.

Viele Grüße
Rüdiger Engel
""")

# d2-0222
M("N", "de", "internal", "trap: job advertisement for a medical assistant (MFA) in medical underwriting",
  frm=ADDR("weiss"), to=f"Intranet-Redaktion <intranet@{DOM}>", ent="grp",
  subj="Stellenanzeige MFA Risikoprüfung – bitte veröffentlichen",
  date="2026-09-09 09:00", sig="weiss", sigstyle="short",
  body="""
Hallo Redaktion,

bitte veröffentlichen:

Medizinische Fachangestellte (m/w/d) in der Risikoprüfung Leben/BU – Köln, Teilzeit möglich

Sie kennen sich mit Arztberichten, Laborwerten und ICD-Codes aus und möchten weg von der Praxis-Hektik? Bei uns werten Sie Gesundheitsangaben in Anträgen aus und fordern Befunde bei Ärzten an. Gleitzeit, kein Samstagsdienst, 30 Tage Urlaub.

Gehalt: Tarifgruppe V, ca. 3.700-4.200 € brutto.

Danke!
Nadine
""")

# d2-0223
M("S", "de", "insurer-to-customer", "care insurance: care allowance for the addressee's son with Down syndrome (Q90.0) – genetic condition and care level",
  frm=ADDR("yilmaz"), to="Marion Fuchs <marion.fuchs@posteo-demo.example>", ent="kv",
  subj="Pflegegeld für Ihren Sohn Paul",
  date="2026-09-09 14:20", sig="yilmaz",
  body="""
Liebe Frau Fuchs,

nach dem Gutachten vom 02.09.2026 erhält Ihr Sohn Paul (4 Jahre) wegen seiner Trisomie 21 (Q90.0) mit Entwicklungsverzögerung und Herzfehler Pflegegrad 3. Sie bekommen ab 01.08.2026 monatlich 599 € Pflegegeld, dazu den Entlastungsbetrag von 131 € für Betreuungsangebote.

Mit herzlichen Grüßen
Felix Yilmaz
""")

# d2-0224
M("N", "de", "insurer-to-supplier", "trap: printing order for a care guide brochure (Pflegeratgeber), no persons",
  frm=ADDR("baumann"), to="Druckerei Kaiser & Sohn <auftrag@druckerei-kaiser.example>", ent="grp",
  subj="Druckauftrag Pflegeratgeber 2027 – Auflage 25.000",
  date="2026-09-10 10:40", sig="baumann", sigstyle="short",
  body="""
Hallo Herr Kaiser,

anbei die Freigabe für den "Pflegeratgeber 2027" (48 Seiten, A5, 4/4-farbig, Recyclingpapier), Auflage 25.000, Lieferung an unser Lager in Frechen bis 30.10. Druckdaten liegen auf Ihrem FTP. Bestellnummer 4500121388.

Julia Baumann
""")

# d2-0225
M("C", "en", "insurer-to-customer", "car rental excess claim of a named customer in Portugal, rental agreement number, no injuries",
  frm=ADDR("seidel"), to="Thomas Whitmore <t.whitmore@ukmail-demo.example>", ent="av",
  subj="Rental car excess claim R-26-04411",
  date="2026-09-10 15:10", sig="seidel", sigstyle="short", lang="en",
  body="""
Dear Mr Whitmore,

your claim for the excess charged by Sixt Faro (rental agreement 9120448812, scratched bumper, EUR 950) is covered by your excess waiver policy EW-2290-113. We'll refund EUR 950 to your account.

Kind regards
Ines Seidel
""")

# d2-0226
M("N", "en", "internal", "trap: fictional incident response drill scenario including a made-up data leak, explicitly fictitious",
  frm=ADDR("fischer"), to=f"Incident Response Team <irt@{DOM}>", ent="grp",
  subj="Tabletop exercise 24 Sept – scenario",
  date="2026-09-11 08:45", sig="fischer", sigstyle="short", lang="en",
  body="""
Hi IRT,

scenario for the tabletop exercise (FICTIONAL – no real data):

"At 09:12 a claims handler reports that a mail with 250 hospital invoices was sent in plain text to a wrong external address. The recipient domain belongs to a marketing agency."

Questions: Who decides on the notification to the supervisory authority within 72 h? Do we need to inform the affected persons? How do we get the mail back?

Tim
""")

# d2-0227
M("S", "de", "insurer-to-lawyer", "fidelity insurance: named former employee's criminal conviction for embezzlement – criminal offence data",
  frm=ADDR("schreiber"), to="RA Dr. Anja Wolters <wolters@wirtschaftsrecht-wolters.example>", ent="av",
  subj="Vertrauensschaden VS 2201 0044 – Regress gegen Herrn Detlev Sauer",
  date="2026-09-11 11:30", sig="schreiber",
  body="""
Sehr geehrte Frau Kollegin Wolters,

das Landgericht Bonn hat Herrn Detlev Sauer, ehemals Buchhalter unserer VN Hoffmann Druck GmbH, am 04.09.2026 wegen Untreue in 37 Fällen zu einer Freiheitsstrafe von 2 Jahren auf Bewährung verurteilt (Az. 23 KLs 11/26, noch nicht rechtskräftig). Wir haben den Schaden unserer VN (218.400 €) reguliert und bitten Sie, den Regress gegen Herrn Sauer zu betreiben.

Mit freundlichen Grüßen
Dr. Carola Schreiber
""")

# d2-0228
M("N", "de", "insurer-to-broker", "trap: PDF product sheet for a long-term care tariff sent to a broker, no client",
  frm=ADDR("vogel"), to="Dieter Lang <lang@lang-versicherungsbuero.example>", ent="kv",
  subj="Produktblatt Pflegetagegeld PTG Plus",
  date="2026-09-14 09:15", sig="vogel", sigstyle="short",
  att=[PDF("Produktblatt_PTG_Plus_2026.pdf", [("h", "Pflegetagegeld PTG Plus – Produktinformationsblatt"),
      "Leistung je nach Pflegegrad: PG 1: 10 %, PG 2: 30 %, PG 3: 50 %, PG 4: 80 %, PG 5: 100 % des vereinbarten Tagessatzes.",
      ("t", [["Eintrittsalter", "Monatsbeitrag bei 50 EUR Tagessatz"], ["30", "18,40 EUR"], ["40", "27,90 EUR"], ["50", "44,10 EUR"], ["60", "78,30 EUR"]]),
      "Keine Wartezeit bei Unfall. Beitragsbefreiung ab Pflegegrad 3. Demenz ist voll mitversichert."], title="Produktblatt PTG Plus")],
  body="""
Hallo Herr Lang,

wie besprochen das aktuelle Produktblatt. Bei Fragen zu Einzelfällen gern anrufen.

Katharina Vogel
""")

# d2-0229
M("C", "de", "broker", "broker's XLSX with named clients and their new IBANs for SEPA mandate changes (P&C contracts)",
  frm=ADDR("becker"), to="Versicherungsmakler Kerstin Baum <baum@baum-makler.example>", ent="grp",
  subj="AW: Bankverbindungsänderungen – Ihre Liste vom 10.09.",
  date="2026-09-14 13:50", sig="becker", sigstyle="short",
  att=[XLSX("SEPA_Aenderungen_Baum_2026-09.xlsx", {"Änderungen": [
      ["Kunde", "Vertrag", "neue IBAN", "Status"],
      ["Ralf Tenhagen", "HR 5502 1194", IB("DE", "370400440532013000"), "umgestellt"],
      ["Dörte Krause", "KF 5502 2281", IB("DE", "100700000442817765"), "umgestellt"],
      ["Uwe Mertens", "PH 5502 3302", IBX("DE", "500400000581234567"), "IBAN ungültig – bitte prüfen"]]}, author="H. Becker")],
  body="""
Hallo Frau Baum,

zwei von drei Änderungen sind durch. Bei Herrn Mertens stimmt die Prüfziffer der IBAN nicht – Tippfehler? Siehe Liste.

Hannes Becker
""")

# d2-0230
M("N", "de", "internal", "trap: ICS invitation to an information session on the upcoming care reform, no persons",
  frm=ADDR("yilmaz"), to=f"Team Pflege <team-pflege@{DOM}>", ent="kv",
  subj="Einladung: Was bringt die Pflegereform 2027?",
  date="2026-09-15 10:00", sig="yilmaz", sigstyle="short",
  att=[ICS("Pflegereform_Info.ics", "pflegereform-20260929@versicherer.example", "Info: Pflegereform 2027",
           "20260929T140000", "20260929T150000", ("Felix Yilmaz", f"felix.yilmaz@{DOM}"), location="Raum 3.12",
           description="Änderungen bei Pflegegeld, Entlastungsbetrag und Eigenanteilen im Heim.")],
  body="""
Hallo zusammen,

kurzes Update zu den geplanten Änderungen in der Pflegeversicherung – Einladung anbei.

Felix
""")

# d2-0231
M("S", "de", "insurer-to-customer", "naturopath (Heilpraktiker) invoice of the addressee with diagnosis and GebüH positions",
  frm=ADDR("kroeger"), to="Birgit Hanke <birgit.hanke@gmx-mail.example>", ent="kv",
  subj="Ihre Heilpraktikerrechnung vom 28.08.2026",
  date="2026-09-15 14:40", sig="kroeger", sigstyle="short",
  body="""
Hallo Frau Hanke,

die Rechnung von Heilpraktikerin Sonja Reis (Diagnose: Reizdarmsyndrom, K58.9; Akupunktur GebüH 21.1, Colon-Hydrotherapie, Eigenbluttherapie GebüH 28.1) haben wir geprüft. Erstattungsfähig nach Ihrem Tarif sind Akupunktur und Eigenblut bis zum Höchstsatz des GebüH: 84,20 € von 196,00 €. Die Colon-Hydrotherapie ist nicht im Leistungsverzeichnis.

Viele Grüße
Sabine Kröger
""")

# d2-0232
M("N", "de", "internal", "trap: ZIP with aggregated hail claims by postal code region and a readme, no persons",
  frm=ADDR("okafor"), to=f"Pricing Sach <pricing-sach@{DOM}>", ent="av",
  subj="Hagel 2026 – Schäden nach PLZ-Region",
  date="2026-09-16 09:30", sig="okafor", sigstyle="short",
  att=[ZIP("Hagel2026_PLZ.zip", [
      CSV("hagel_2026_plz2.csv", [["PLZ2", "Schaeden_Kfz", "Schaeden_Gebaeude", "Aufwand_TEUR"], ["50", "1822", "410", "6210"],
                                   ["51", "944", "288", "3370"], ["53", "402", "97", "1288"], ["80", "2211", "612", "8904"]]),
      TXT("LIESMICH.txt", "Aggregiert auf 2-stellige PLZ, Stand 15.09.2026. Keine Einzelschäden, keine Kundendaten.\n")])],
  body="""
Hallo Pricing,

anbei die Hagelschäden 2026 nach PLZ-Region für die Zonierung. Nur Summen.

Chidi
""")

# d2-0233
M("C", "de", "insurer-to-customer", "PDF only: household policy schedule for the named customer; body says only 'anbei Ihre Unterlagen'",
  frm=f"Versicherer Kundenservice <kundenservice@{DOM}>", to="Sebastian Quante <s.quante@web-demo.example>", ent="av",
  subj="Ihre Unterlagen",
  date="2026-09-16 06:30", client="system",
  att=[PDF("Versicherungsschein_HR_6610_4478.pdf", [("h", "Versicherungsschein Hausratversicherung"),
      "Versicherungsnehmer: Sebastian Quante, geb. 17.03.1993",
      "Versicherungsort: Lindenstraße 5, 3. OG, 40233 Düsseldorf",
      ("t", [["Vertrag", "Beginn", "Versicherungssumme", "Jahresbeitrag"], ["HR 6610 4478", "01.10.2026", "52.000 EUR", "98,40 EUR"]]),
      "Zahlung per Lastschrift von IBAN DE** **** **** **** **71 90"], title="Versicherungsschein")],
  body="""
Guten Tag,

anbei Ihre Unterlagen.

Ihr Versicherer
""")

# d2-0234
M("N", "de", "insurer-to-customer", "trap: contact-form auto reply without any content of the request",
  frm=f"Versicherer Kundenservice <noreply@{DOM}>", to="anna.mueller.1988@freemail-demo.example", ent="grp",
  subj="Wir haben Ihre Nachricht erhalten",
  date="2026-09-17 21:14", client="system",
  body="""
Guten Tag,

vielen Dank für Ihre Nachricht über unser Kontaktformular. Wir melden uns innerhalb von zwei Werktagen bei Ihnen. Aus Datenschutzgründen enthält diese Bestätigung keine Angaben aus Ihrer Anfrage.

Ihr Kundenservice
""")

# d2-0235
M("S", "en", "insurer-to-customer", "travel health: repatriation of the addressee's husband after a heart attack in Spain",
  frm=ADDR("seidel"), to="Karen Lindqvist-Bauer <karen.lb@nordmail-demo.example>", ent="av",
  subj="Repatriation of your husband from Málaga",
  date="2026-09-17 16:55", sig="seidel", lang="en",
  body="""
Dear Mrs Lindqvist-Bauer,

as discussed on the phone: the treating cardiologist at Hospital Quirón Málaga has cleared your husband Erik for the flight home after his heart attack and stent implantation last week. We have arranged an ambulance jet on Saturday with a doctor on board, and transport to the Herzzentrum Köln. All costs are covered under your travel health policy RKV-77120 – you don't have to pay anything.

Kind regards
Ines Seidel
""")

# d2-0236
M("N", "de", "internal", "trap: letter template for a rejection with placeholders for name and diagnosis, no data filled in",
  frm=ADDR("stanek"), to=f"Leistung LV alle <leistung-lv@{DOM}>", ent="lv",
  subj="Neue Textbausteine Ablehnung BU (Version 2026-09)",
  date="2026-09-18 10:10", sig="stanek", sigstyle="short",
  att=[DOCX("TB_Ablehnung_BU_2026-09.docx", [("h", "Textbaustein TB-BU-07 Ablehnung – Schwelle nicht erreicht"),
      "Sehr geehrte/r «Anrede» «Nachname»,",
      "nach Auswertung des Gutachtens von «Gutachter» vom «Datum» müssen wir Ihnen leider mitteilen, dass eine Berufsunfähigkeit im Sinne der Bedingungen nicht vorliegt. Der Gutachter stellt bei Ihnen «Diagnose» fest ...",
      "Rechtsbehelfsbelehrung: «Ombudsmann-Text»"], author="O. Stanek")],
  body="""
Hallo zusammen,

anbei die überarbeiteten Textbausteine, abgestimmt mit Recht und Beschwerdemanagement. Bitte ab Montag nur noch diese verwenden.

Oliver
""")

# d2-0237
M("C", "de", "insurer-to-customer", "legal expenses: neighbour dispute of the named customer over a tree, address, claim",
  frm=ADDR("lindqvist"), to="Ottmar Bäumer <o.baeumer@t-netz.example>", ent="av",
  subj="Nachbarschaftsstreit – Vorgang RS-26-009907",
  date="2026-09-18 13:45", sig="lindqvist", sigstyle="short",
  body="""
Guten Tag Herr Bäumer,

für den Streit mit Ihrem Nachbarn über die Walnussbaum-Äste über Ihrem Grundstück (Birkenweg 9, 57072 Siegen) besteht Deckung aus Ihrem Grundstücks-Rechtsschutz RS 3304 8817. Vorher ist laut NRW-Recht ein Schlichtungsverfahren bei der Schiedsperson nötig; die Kosten dafür übernehmen wir ebenfalls.

Petra Lindqvist
""")

# d2-0238
M("N", "en", "insurer-to-partner", "trap: investor relations press release with half-year results including health claims ratio",
  frm=f"Investor Relations <ir@{DOM}>", to=f"IR distribution <ir-distribution@{DOM}>", ent="grp",
  subj="Versicherer Group – half-year results 2026",
  date="2026-08-12 07:00", client="system", lang="en",
  body="""
Cologne, 12 August 2026

Versicherer Group reports solid half-year results

- Gross written premiums up 4.8 % to EUR 3.91 bn
- Combined ratio property & casualty 93.1 % (H1 2025: 95.4 %)
- Health: benefit ratio 79.2 %, driven by higher hospital costs
- Net profit EUR 214 m

Contact: ir@versicherer.example
""")

# d2-0239
M("C", "de", "insurer-to-customer", "deer collision of the named customer: partial cover, plate, no injuries",
  frm=ADDR("brenner"), to="Friederike Oppermann <f.oppermann@gmx-mail.example>", ent="av",
  subj="Wildunfall vom 16.09. – HSK-FO 55",
  date="2026-09-21 10:30", sig="brenner", sigstyle="short",
  body="""
Hallo Frau Oppermann,

schön, dass Ihnen nichts passiert ist! Den Wildschaden an Ihrem Golf (HSK-FO 55) übernehmen wir aus der Teilkasko KF 6620 4410 abzüglich 150 € Selbstbeteiligung; die Wildunfallbescheinigung des Försters haben wir. Die Werkstatt kann direkt mit uns abrechnen.

Markus Brenner
""")

# d2-0240
M("N", "de", "internal", "trap: claims automation KPIs in XLSX (automation rate per document type incl. 'Arztrechnung')",
  frm=ADDR("raman"), to=f"Bereichsleitung Leistung KV <bl-leistung-kv@{DOM}>", ent="grp",
  subj="Dunkelverarbeitung August – KPI",
  date="2026-09-22 08:20", sig="raman", sigstyle="short",
  att=[XLSX("KPI_Dunkelverarbeitung_2026-08.xlsx", {"August": [
      ["Dokumenttyp", "Eingänge", "dunkel verarbeitet", "Quote"], ["Arztrechnung", 188402, 121004, "64,2 %"],
      ["Rezept", 96770, 81022, "83,7 %"], ["Zahnarztrechnung", 31288, 12110, "38,7 %"], ["Krankenhausrechnung", 8411, 1205, "14,3 %"]]},
      author="P. Raman")],
  body="""
Hallo zusammen,

die August-Zahlen: Arztrechnungen +3,1 Punkte dank neuer OCR-Version. Details im Anhang.

Priya
""")

# d2-0241
M("S", "de", "insurer-to-customer", "follow-up review of the addressee's BU benefit with current findings (multiple sclerosis, EDSS)",
  frm=ADDR("stanek"), to="Tanja Rehbein <tanja.rehbein@web-demo.example>", ent="lv",
  subj="Nachprüfung Ihrer BU-Leistung – Vertrag BU 55120387",
  date="2026-09-22 14:30", sig="stanek",
  body="""
Sehr geehrte Frau Rehbein,

im Rahmen der regelmäßigen Nachprüfung danken wir Ihnen für die aktuellen Befunde Ihres Neurologen. Bei Ihrer schubförmigen Multiplen Sklerose (G35.1) wird ein EDSS von 4,5 beschrieben, der letzte Schub war im Mai 2026. Die Voraussetzungen für die BU-Rente bestehen unverändert fort; wir zahlen die Rente von 1.200 € monatlich weiter. Die nächste Nachprüfung planen wir für 2028.

Mit freundlichen Grüßen
Oliver Stanek
""")

# d2-0242
M("N", "de", "insurer-to-broker", "trap: broker portal outage notice, no personal data",
  frm=f"Maklerportal <maklerportal-noreply@{DOM}>", to=f"Vertriebspartner alle <vp-alle@{DOM}>", ent="grp",
  subj="Störung im Maklerportal behoben",
  date="2026-09-23 11:48", client="system",
  body="""
Liebe Partnerinnen und Partner,

von 08:10 bis 11:30 Uhr war das Maklerportal nicht erreichbar. Die Störung ist behoben. Dokumente der elektronischen Vermittlerpost, die in dieser Zeit erzeugt wurden, stehen jetzt bereit; Ihr MVP holt sie beim nächsten Abruf automatisch ab.

Wir bitten um Entschuldigung.
Ihr Maklerportal-Team
""")

# d2-0243
M("C", "de", "insurer-to-partner", "salary confirmation of a named employee for her bank (income), requested by the employee",
  frm=ADDR("weiss"), to="Baufinanzierung Sparkasse Demo <baufi@sparkasse-demo.example>", ent="grp",
  subj="Gehaltsbestätigung Frau Vanessa Klostermann",
  date="2026-09-23 15:00", sig="weiss",
  body="""
Sehr geehrte Damen und Herren,

auf Wunsch unserer Mitarbeiterin Vanessa Klostermann, geb. 29.01.1987, bestätigen wir:

- Beschäftigung seit 01.04.2015, unbefristet, ungekündigt
- Bruttojahresgehalt 2026: 64.350 € zzgl. Sonderzahlung ca. 4.950 €
- keine Probezeit, keine Lohnpfändungen

Mit freundlichen Grüßen
Nadine Weiß
""")

# d2-0244
M("N", "en", "internal", "trap: employee survey results with aggregate answers on stress and health, no individuals",
  frm=ADDR("weiss"), to=f"All staff <all-staff@{DOM}>", ent="grp",
  subj="Employee survey 2026 – results",
  date="2026-09-24 12:00", sig="weiss", sigstyle="short", lang="en",
  body="""
Dear colleagues,

thank you – 71 % of you took part in this year's survey. Highlights:

- 78 % would recommend us as an employer (+4)
- 34 % feel stressed "often" or "very often" (–3)
- 61 % use mobile working at least 2 days a week
- Results are only reported for groups of 10 or more people.

Next steps will be discussed in the teams in October.

Nadine
""")

# d2-0245
M("S", "de", "insurer-to-customer", "accidental death benefit paid to the addressee after her husband's fatal accident",
  frm=ADDR("albrecht"), to="Monika Steinhauer <m.steinhauer@t-netz.example>", ent="av",
  subj="Unfalltod Ihres Mannes – Leistung aus UV 1190 2218",
  date="2026-09-24 15:40", sig="albrecht",
  body="""
Sehr geehrte Frau Steinhauer,

wir sind sehr betroffen vom Tod Ihres Mannes bei dem Verkehrsunfall am 30.08.2026. Nach dem Obduktionsbericht ist er an den Folgen eines schweren Schädel-Hirn-Traumas verstorben. Aus der Unfallversicherung zahlen wir Ihnen als Bezugsberechtigter die vereinbarte Todesfallleistung von 50.000 €.

Mit stillem Gruß
Miriam Albrecht
""")

# d2-0246
M("N", "de", "internal", "trap: info about a medicine shortage (amoxicillin) and how to handle substitute prescriptions, generic",
  frm=ADDR("hasselbach"), to=f"Leistung KV alle <leistung-kv@{DOM}>", ent="kv",
  subj="Lieferengpass Amoxicillin-Saft – Umgang mit Ersatzpräparaten",
  date="2026-09-25 09:00", sig="hasselbach", sigstyle="short",
  body="""
Liebe Kolleginnen und Kollegen,

wegen des Lieferengpasses bei Amoxicillin-Saft für Kinder geben Apotheken derzeit häufig Importpräparate oder Rezepturen ab. Diese sind bitte ohne Rückfrage zu erstatten, auch wenn der Preis höher ist. Die Prüfregel wird bis 31.12. ausgesetzt.

Ulrike Hasselbach
""")

# d2-0247
M("C", "en", "insurer-to-customer", "tenant's liability: named customer damaged the rented flat's bathroom, landlord, address",
  frm=ADDR("oltmanns"), to="Lucía Fernández <lucia.fernandez@mail-es.example>", ent="av",
  subj="Your liability claim – damaged washbasin",
  date="2026-09-25 13:00", sig="oltmanns", sigstyle="short", lang="en",
  body="""
Dear Ms Fernández,

the cracked washbasin in your rented flat (Aachener Straße 311, 50931 Köln) is covered under your personal liability policy PH 7720 1196 (rental property damage). We will pay the plumber's invoice of EUR 486.00 directly to your landlord, Mr Hüsken, claim no. 26-HP-0098112.

Kind regards
Jens Oltmanns
""")

# d2-0248
M("N", "de", "insurer-to-partner", "trap: hospital informs about change of chief physician, only business contact names",
  frm=ADDR("brandt"), to="Geschäftsführung Klinikum Nord <gf@klinikum-nord.example>", ent="kv",
  subj="AW: Chefarztwechsel Kardiologie",
  date="2026-09-28 10:00", sig="brandt", sigstyle="short",
  quote=OQ("Geschäftsführung Klinikum Nord <gf@klinikum-nord.example>", "Freitag, 25. September 2026 14:00", "Leistung KV Stationär",
           "Chefarztwechsel Kardiologie", """
Sehr geehrte Damen und Herren,

zum 01.10.2026 übernimmt Prof. Dr. Miriam Okafor die Leitung unserer Klinik für Kardiologie. Wahlleistungsvereinbarungen werden ab dann auf sie ausgestellt.

Mit freundlichen Grüßen
Geschäftsführung
"""),
  body="""
Vielen Dank für die Information, wir haben die Stammdaten aktualisiert.

Gerrit Brandt
""")

# d2-0249
M("C", "de", "customer", "forwarded customer mail as message/rfc822 with birth date and household policy number; body harmless",
  frm=ADDR("kowalski"), to=ADDR("demir"), ent="av",
  subj="WG: Frage zu meiner Hausrat",
  date="2026-09-28 14:20", sig="kowalski", sigstyle="name", disc=False,
  att=[EML(INNER("Heinz-Werner Lüttgens <hw.luettgens@t-netz.example>", f"kundenservice@{DOM}", "Frage zu meiner Hausrat",
                 "2026-09-27 18:40", """
Sehr geehrte Damen und Herren,

ich bin Heinz-Werner Lüttgens, geb. 03.07.1949, Vertrag HR 1180 3302. Ich ziehe ins betreute Wohnen (Seniorenresidenz Am Park, Parkstr. 2, 41061 Mönchengladbach). Ist mein Hausrat dort auch versichert und was kostet das?

Mit freundlichen Grüßen
H.-W. Lüttgens
""", "<4477f1a2-luettgens@t-netz.example>"), fn="Frage zu meiner Hausrat.eml")],
  body="""
Aylin, kannst du das übernehmen? Danke, Lena
""")

# d2-0250
M("N", "de", "internal", "fire drill announcement, no personal data",
  frm=ADDR("richter"), to=f"Alle Mitarbeitenden Köln <alle-koeln@{DOM}>", ent="grp",
  subj="Räumungsübung am Donnerstag",
  date="2026-09-29 08:00", sig="richter", sigstyle="short",
  body="""
Liebe Kolleginnen und Kollegen,

am Donnerstag, 01.10., findet zwischen 10 und 12 Uhr eine Räumungsübung statt. Bitte verlassen Sie beim Alarm das Gebäude über die gekennzeichneten Fluchtwege und gehen Sie zum Sammelplatz am Rheinufer. Kolleginnen und Kollegen, die Hilfe beim Verlassen des Gebäudes brauchen, melden sich bitte vorab vertraulich bei mir.

Anja Richter
""")

# d2-0251
M("S", "en", "customer", "customer asks about cover for gender-affirming surgery, quoting her diagnosis (F64.0) – reply and quote",
  frm=ADDR("brandt"), to="Alex Sommer <alex.sommer@posteo-demo.example>", ent="kv",
  subj="Re: Coverage for surgery",
  date="2026-09-29 15:10", sig="brandt", sigstyle="short", lang="en",
  quote=Q("""On 28/09/2026 Alex Sommer wrote:
Hello, I'm a trans woman (diagnosis F64.0, on hormone therapy since 2023, policy 409 771 224 K). My doctors recommend gender-affirming surgery next year. Is it covered and what do you need from me?"""),
  body="""
Dear Ms Sommer,

yes, gender-affirming surgery can be covered when it is medically necessary. Please send us the psychotherapeutic and endocrinological reports and the surgeon's cost estimate; we'll then confirm in writing before the operation.

Kind regards
Gerrit Brandt
""")

# d2-0252
M("N", "de", "insurer-to-supplier", "trap: audit plan for the ISO 27001 surveillance audit, no personal data",
  frm=ADDR("fischer"), to="Auditteam CertNord <audit@certnord.example>", ent="grp",
  subj="Überwachungsaudit ISO 27001 – Auditplan",
  date="2026-09-30 11:25", sig="fischer", sigstyle="short",
  body="""
Hallo Frau Wendel,

den Auditplan für den 19./20.10. können wir so bestätigen. Bitte beachten: Einsicht in Leistungsakten (Gesundheitsdaten) ist nur vor Ort und nur in anonymisierte Stichproben möglich. Räume: 4.11 und 4.12.

Tim Fischer
""")

# d2-0253
M("C", "de", "insurer-to-customer", "private relocation (household goods transport) insurance of a named customer with old and new address",
  frm=ADDR("osei"), to="Clara Wendt <clara.wendt@gmx-mail.example>", ent="av",
  subj="Ihre Umzugsgutversicherung",
  date="2026-10-01 09:45", sig="osei", sigstyle="short",
  body="""
Hallo Frau Wendt,

Ihr Umzug von der Friesenstraße 40, 50670 Köln, nach Hohe Bleichen 8, 20354 Hamburg, am 17.10.2026 ist versichert: Transportversicherung TV-26-1120, Versicherungssumme 45.000 €, Beitrag 89,00 €.

Gutes Ankommen!
Daniel Osei
""")

# d2-0254
M("N", "de", "internal", "trap: info about DRG catalogue 2027 and OPS changes for inpatient claims staff",
  frm=ADDR("brandt"), to=f"Team Stationär <team-stationaer@{DOM}>", ent="kv",
  subj="aG-DRG-Katalog 2027 veröffentlicht",
  date="2026-10-01 13:00", sig="brandt", sigstyle="short",
  body="""
Hallo Team,

der aG-DRG-Katalog 2027 ist veröffentlicht. Wichtig für uns: weitere Ausgliederung von Pflegekosten, neue Hybrid-DRGs für Leistenbruch- und Hämorrhoiden-OPs, geänderte Zusatzentgelte für CAR-T-Zellen. Schulung am 15.10., Einladung folgt.

Gerrit
""")

# d2-0255
M("S", "de", "insurer-to-customer", "HTML table: addressee's hospital cost overview with diagnoses and procedures (hip replacement)",
  frm=f"Versicherer Krankenversicherung Leistungsservice <leistung-kv@{DOM}>", to="Werner Hambloch <w.hambloch@t-netz.example>", ent="kv",
  subj="Ihre Kostenübersicht Krankenhausaufenthalt",
  date="2026-10-02 06:15", client="system",
  html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Sehr geehrter Herr Hambloch,</p>
<p>für Ihren Aufenthalt im Orthopädischen Krankenhaus Volmarstein haben wir gezahlt:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Zeitraum</th><th>Hauptdiagnose</th><th>Prozedur</th><th>DRG</th><th>Betrag</th></tr>
<tr><td>07.09.-14.09.2026</td><td>M16.1 R Koxarthrose rechts</td><td>5-820.00 Hüft-TEP</td><td>I47C</td><td>7.312,40 €</td></tr>
<tr><td>07.09.-14.09.2026</td><td colspan="3">Wahlleistung Chefarzt (GOÄ)</td><td>2.106,88 €</td></tr>
</table>
<p>Versicherungsnummer 300 552 118 K</p>
</body></html>
""")

# d2-0256
M("N", "en", "internal", "public holiday calendar reminder, nothing sensitive",
  frm=f"People & Culture <people@{DOM}>", to=f"All staff <all-staff@{DOM}>", ent="grp",
  subj="Reminder: bridge days and holidays Q4",
  date="2026-10-02 10:00", client="outlook", lang="en",
  body="""
Hi all,

a quick reminder for Q4: 3 October (Saturday this year), 1 November (Sunday), 24 and 31 December are company days off. The office is closed between Christmas and New Year except for on-call teams.

People & Culture
""")

# d2-0257
M("C", "de", "company", "company fine notice forwarded: named employee as driver of a pool car, plate, speeding – no criminal record (administrative fine)",
  frm=ADDR("engel"), to="Fuhrpark Bergmann Elektro <fuhrpark@bergmann-elektro.example>", ent="av",
  subj="AW: Anhörungsbogen K-BE 512 – Fahrer?",
  date="2026-10-05 09:10", sig="engel", sigstyle="short",
  quote=OQ("Fuhrpark Bergmann Elektro <fuhrpark@bergmann-elektro.example>", "Freitag, 2. Oktober 2026 15:50", "Engel, Rüdiger",
           "Anhörungsbogen K-BE 512 – Fahrer?", """
Hallo Herr Engel,

für K-BE 512 kam ein Anhörungsbogen (22 km/h zu schnell innerorts). Gefahren ist laut Fahrtenbuch unser Monteur Kevin Lenzen. Hat das Auswirkungen auf die Flottenversicherung?

Gruß, Fuhrpark
"""),
  body="""
Hallo Frau Bergmann,

nein, Ordnungswidrigkeiten haben keinen Einfluss auf den Flottenvertrag FL-3302. Den Anhörungsbogen bitte an Herrn Lenzen weitergeben.

Rüdiger Engel
""")

# d2-0258
M("N", "de", "insurer-to-customer", "trap: registration link mail of the portal (second mail), no content",
  frm=f"Versicherer SecureMail <securemail-noreply@{DOM}>", to="m.brosch@kabel-demo.example", ent="grp",
  subj="Registrierung für das SecureMail-Portal",
  date="2026-07-01 09:13", client="system", mailer="Siegel Portal",
  body="""
Guten Tag,

bitte schließen Sie Ihre Registrierung über diesen Link ab:

https://securemail.versicherer.example/register?token=9c1f0a77e2b34d58

Sie benötigen dafür das Einmal-Passwort aus unserer vorherigen E-Mail.
""")

# d2-0259
M("S", "de", "insurer-to-customer", "vaccination costs (yellow fever, rabies) reimbursed to the addressee – health data",
  frm=ADDR("kroeger"), to="Philipp Reuss <p.reuss@web-demo.example>", ent="kv",
  subj="Erstattung Reiseimpfungen",
  date="2026-10-05 14:55", sig="kroeger", sigstyle="short",
  body="""
Hallo Herr Reuss,

Ihre Reiseimpfungen vor der Tansania-Reise (Gelbfieber, Tollwut 3 Dosen, Typhus oral) in der Reisemedizin Köln-Süd haben wir mit 412,60 € erstattet.

Gute Reise!
Sabine Kröger
""")

# d2-0260
M("N", "de", "internal", "trap: statistics of motor claims by car brand, aggregates",
  frm=ADDR("okafor"), to=f"Pricing Kfz <pricing-kfz@{DOM}>", ent="av",
  subj="Schadenhäufigkeit nach Marke 2025",
  date="2026-10-06 09:00", sig="okafor", sigstyle="short",
  body="""
Hallo,

Kasko-Schadenhäufigkeit je 1.000 Risiken 2025: Tesla 142, BMW 118, VW 96, Toyota 71, Dacia 64. Die Elektrofahrzeuge liegen insgesamt 18 % über den Verbrennern, vor allem wegen Akkuschäden nach Bordsteinkontakt.

Chidi
""")

# d2-0261
M("C", "de", "broker", "sole-trader broker's tax number and tax ID on file for a withholding exemption certificate",
  frm=ADDR("reuter"), to="Thomas Ebeling Versicherungsmakler <ebeling@ebeling-makler.example>", ent="grp",
  subj="AW: Freistellungsbescheinigung § 48b EStG",
  date="2026-10-06 13:30", sig="reuter", sigstyle="short",
  body="""
Hallo Herr Ebeling,

danke, Ihre Freistellungsbescheinigung (Steuernummer 203/5108/4471, Steuer-ID 81 442 907 315, gültig bis 31.12.2028) ist hinterlegt. Die Courtage für Ihr Einzelunternehmen geht weiterhin auf Ihr Konto bei der Volksbank.

Frank Reuter
""")

# d2-0262
M("N", "de", "internal", "trap: revision of the medical confidentiality release form (blank form), no person",
  frm=ADDR("meier"), to=f"Leistung LV alle <leistung-lv@{DOM}>", cc=f"Leistung KV alle <leistung-kv@{DOM}>", ent="grp",
  subj="Neue Schweigepflichtentbindungserklärung ab 01.11.",
  date="2026-10-07 10:00", sig="meier", sigstyle="short",
  att=[PDF("Schweigepflichtentbindung_2026-11_Muster.pdf", [("h", "Einwilligung und Schweigepflichtentbindung (Muster)"),
      "Name der versicherten Person: ________________________   Geburtsdatum: ___________",
      "Ich entbinde die mich behandelnden Ärzte, Krankenhäuser und Pflegeeinrichtungen von ihrer Schweigepflicht, soweit die Daten zur Prüfung der Leistungspflicht erforderlich sind.",
      "[ ] Einwilligung für jeden Einzelfall   [ ] pauschale Einwilligung",
      "Ort, Datum, Unterschrift: _____________________"], title="Schweigepflichtentbindung Muster")],
  body="""
Hallo zusammen,

anbei die überarbeitete Schweigepflichtentbindung (Muster, abgestimmt mit der Aufsichtsbehörde). Ab 01.11. bitte nur noch diese Version versenden.

Thomas Meier
""")

# d2-0263
M("S", "en", "insurer-to-customer", "addressee's prescription glasses and eye disease (glaucoma H40.1) medication reimbursed",
  frm=ADDR("whitfield"), to="Jonathan Reeves <j.reeves@ukmail-demo.example>", ent="kv",
  subj="Reimbursement – ophthalmology",
  date="2026-10-07 15:15", sig="whitfield", sigstyle="short", lang="en",
  body="""
Dear Mr Reeves,

we have reimbursed your ophthalmologist's invoice (glaucoma check-up, visual field test, OCT) of EUR 198.40 and your latanoprost eye drops (3 x 2.5 ml, EUR 42.90). Your diagnosis H40.1 is covered without restrictions.

Kind regards
Emma Whitfield
""")

# d2-0264
M("N", "de", "insurer-to-broker", "trap: broker event invitation (Partnertag) with agenda, no client data",
  frm=ADDR("falk"), to=f"Vertriebspartner alle <vp-alle@{DOM}>", ent="grp",
  subj="Einladung Partnertag 2026 in Köln",
  date="2026-10-08 08:00", sig="falk", sigstyle="short",
  att=[ICS("Partnertag_2026.ics", "partnertag-20261112@versicherer.example", "Partnertag 2026",
           "20261112T093000", "20261112T170000", ("Bernd Falk", f"bernd.falk@{DOM}"), location="Rheinterrassen Köln",
           description="Produktneuheiten Leben/Kranken/Sach, Maklerportal, Abendveranstaltung.", method="PUBLISH")],
  body="""
Liebe Partnerinnen und Partner,

am 12. November laden wir Sie herzlich zum Partnertag in die Rheinterrassen ein: Produktneuheiten, Workshops zur BU-Beratung und zur Pflegevorsorge, Vorträge zur Digitalisierung. Anmeldung im Maklerportal.

Bernd Falk
""")

# d2-0265
M("C", "de", "insurer-to-customer", "named customer's new tariff for a hunting liability policy with hunting licence number and address",
  frm=ADDR("oltmanns"), to="Eberhard von Loë <e.vonloe@t-netz.example>", ent="av",
  subj="Ihre Jagdhaftpflicht JH 0092 3341",
  date="2026-10-08 11:40", sig="oltmanns", sigstyle="short",
  body="""
Sehr geehrter Herr von Loë,

Ihre Jagdhaftpflichtversicherung JH 0092 3341 ist zum neuen Jagdjahr verlängert (Jagdschein Nr. KLE-2011-0447, Anschrift Schloss Wissen 1, 47608 Geldern). Die Versicherungsbestätigung für die Untere Jagdbehörde liegt per Post bei.

Jens Oltmanns
""")

# d2-0266
M("S", "de", "insurer-to-hospital", "guarantee of payment for a named child's planned tonsillectomy (J35.0) to a hospital",
  frm=ADDR("brandt"), to="Patientenaufnahme Kinderklinik St. Marien <aufnahme@kinderklinik-marien.example>", ent="kv",
  subj="Kostenzusage – Lea Ortmann, geb. 21.03.2019",
  date="2026-10-09 09:20", sig="brandt", sigstyle="short",
  body="""
Sehr geehrte Damen und Herren,

für die geplante Tonsillektomie bei Lea Ortmann (Diagnose J35.0 chronische Tonsillitis), Aufnahme am 20.10.2026, erteilen wir Kostenzusage für die allgemeinen Krankenhausleistungen, Zweibettzimmer und die Unterbringung einer Begleitperson. Versicherungsnummer 409 118 302 K.

Mit freundlichen Grüßen
Gerrit Brandt
""")

# ---------------------------------------------------------------- batch 7: d2-0267 - d2-0280

# d2-0267
M("N", "de", "internal", "trap: team mail about the new rule that sick notes of staff go to HR only, no individual named (windows-1252)",
  frm=ADDR("weiss"), to=f"Führungskräfte Köln <fk-koeln@{DOM}>", ent="grp", charset="windows-1252",
  subj="Neu: elektronische AU – was Führungskräfte wissen müssen",
  date="2026-10-12 09:30", sig="weiss", sigstyle="short",
  body="""
Liebe Führungskräfte,

seit Einführung der elektronischen Arbeitsunfähigkeitsbescheinigung (eAU) rufen wir die Krankmeldungen bei den Krankenkassen ab. Sie als Führungskraft erfahren nur Beginn und voraussichtliches Ende – Diagnosen übermitteln die Kassen nicht, und Sie fragen bitte auch nicht danach.

Mitarbeitende melden sich wie bisher am ersten Tag telefonisch oder per Mail bei Ihnen ab. Bitte keine Weiterleitungen mit Gesundheitsinfos an Teamverteiler!

Nadine Weiß
""")

# d2-0268
M("N", "de", "insurer-to-supplier", "trap: order of document shredding service for medical files (company service), order number",
  frm=ADDR("richter"), to="Aktenvernichtung Sicher GmbH <dispo@akten-sicher.example>", ent="grp", charset="iso-8859-1",
  subj="Abholung Datenschutztonnen Leistung KV - Auftrag 4500121540",
  date="2026-10-12 13:20", sig="richter", sigstyle="short",
  body="""
Guten Tag,

bitte holen Sie am Freitag, 16.10., die 24 Datenschutztonnen (Sicherheitsstufe P-4, Schutzklasse 3) aus dem 2. und 3. OG ab (Leistungsabteilung Kranken, Papierakten mit Arztrechnungen). Vernichtungsnachweis bitte an mich. Auftrag 4500121540.

Anja Richter
""")

# d2-0269
M("S", "de", "insurer-to-customer", "attachment-only: scanned dermatologist's invoice sent as application/octet-stream; body harmless 'AW: Beleg'",
  frm=ADDR("kroeger"), to="Ramona Tillmann <ramona.tillmann@freemail-demo.example>", ent="kv",
  subj="AW: Beleg",
  date="2026-10-13 10:05", sig="kroeger", sigstyle="short",
  att=[PDF("SCAN_20261009_0003.pdf", [("h", "Hautarztpraxis Dr. med. Ilka Seifert – Privatliquidation"),
      "Patientin: Ramona Tillmann, geb. 12.09.1979, Zülpicher Wall 4, 50674 Köln",
      "Diagnose: L40.0 G Psoriasis vulgaris; L40.5 V Psoriasis-Arthropathie",
      ("t", [["Datum", "GOÄ", "Leistung", "Faktor", "Betrag"], ["01.10.2026", "1", "Beratung", "2,3", "10,72 EUR"],
             ["01.10.2026", "750", "Auflichtmikroskopie", "2,3", "16,09 EUR"], ["01.10.2026", "567", "UV-Phototherapie", "1,8", "7,87 EUR"]]),
      "Verordnung: Secukinumab 300 mg s.c. monatlich; Calcipotriol/Betamethason Gel"], title="Rechnung", octet=True)],
  body="""
Hallo Frau Tillmann,

der Beleg war leider nicht lesbar, ich habe ihn Ihnen so zurückgeschickt, wie er bei uns angekommen ist. Können Sie ihn bitte noch einmal scannen?

Danke!
Sabine Kröger
""")

# d2-0270
M("N", "de", "internal", "trap: quarterly report of the health claims department with reimbursement totals by tariff, aggregates",
  frm=ADDR("kroeger"), to=f"Bereichsleitung Leistung KV <bl-leistung-kv@{DOM}>", ent="kv",
  subj="Quartalsbericht Q3 – Team Ambulant 2",
  date="2026-10-14 16:00", client="thunderbird",
  body="""
Hallo zusammen,

kurz zum Q3 aus Team Ambulant 2:

- 41.228 Belege bearbeitet (Q2: 39.870), Ø Durchlaufzeit 3,9 Tage
- Erstattungssumme 18,7 Mio. €, davon Arzneimittel 6,1 Mio. €
- Rückfragen bei Ärzten: 612, häufigster Grund: fehlende Diagnose auf der Rechnung
- Beschwerden: 38 (Q2: 44)

Personell: zwei neue Kolleginnen ab 01.11.

Sabine
""")

# d2-0271
M("C", "de", "insurer-to-customer", "base64 body: named customer's motor policy switch with plate and premium (system mailer)",
  frm=f"Versicherer Kfz-Service <kfz-service@{DOM}>", to="Dennis Wiegand <d.wiegand@web-demo.example>", ent="av", cte="base64",
  subj="Fahrzeugwechsel bestätigt",
  date="2026-10-15 06:40", client="system",
  body="""
Hallo Herr Wiegand,

Ihr Fahrzeugwechsel ist bestätigt:

Vertrag: KF 2208 7714
altes Fahrzeug: Renault Clio (DN-DW 300), abgemeldet 12.10.2026
neues Fahrzeug: Hyundai Kona Elektro, DN-DW 301
neuer Jahresbeitrag: 684,90 € (SF-Klassen bleiben unverändert)

Ihr Kfz-Service
""")

# d2-0272
M("N", "de", "insurer-to-partner", "trap: association working group mail about a uniform ICD coding standard for invoices, no patients",
  frm=ADDR("hasselbach"), to="AG Abrechnung PKV-Verband-Demo <ag-abrechnung@verband-demo.example>", ent="kv",
  subj="AG Abrechnung: Vorschlag Pflichtfeld ICD-10 auf Privatrechnungen",
  date="2026-10-15 11:30", sig="hasselbach", sigstyle="short",
  body="""
Liebe Kolleginnen und Kollegen,

unser Vorschlag für die nächste Sitzung: Privatärztliche Rechnungen sollten die Diagnose künftig verpflichtend als ICD-10-GM-Code mit Zusatzkennzeichen (G/V/Z/A) und Seitenangabe enthalten – Freitext-Diagnosen wie "Rückenschmerzen" verzögern die Prüfung erheblich. Datenschutzrechtlich ist das unkritisch, da die Diagnose ohnehin übermittelt wird.

Ulrike Hasselbach
""")

# d2-0273
M("N", "de", "internal", "trap: IT ticket about the e-file viewer, mentions 'Arztberichte' only as document type",
  frm=ADDR("hoffmann"), to=f"Leistung LV alle <leistung-lv@{DOM}>", ent="grp",
  subj="Störung E-Akte: Arztberichte im PDF-Viewer leer",
  date="2026-10-16 08:35", sig="hoffmann", sigstyle="short", importance="high",
  body="""
Guten Morgen,

seit dem Update heute Nacht zeigt der PDF-Viewer der E-Akte bei einigen Dokumenten (v. a. Arztberichte, die als TIFF gescannt wurden) nur eine leere Seite. Workaround: Dokument über "Original herunterladen" öffnen. Wir arbeiten an der Lösung, Ticket INC-26-11870.

Lukas Hoffmann
IT-Servicedesk
""")

# d2-0274
M("S", "de", "insurer-to-customer", "ZIP with DOCX: addressee's disability certificate and a rehabilitation plan; body only refers to 'die Unterlagen'",
  frm=ADDR("stanek"), to="Kerstin Paffrath <k.paffrath@gmx-mail.example>", ent="lv",
  subj="Unterlagen zu Ihrem Antrag",
  date="2026-10-16 13:10", sig="stanek", sigstyle="short",
  att=[ZIP("Unterlagen_Paffrath.zip", [
      DOCX("Rehaplan_Paffrath.docx", [("h", "Reha- und Wiedereingliederungsplan"),
          "Versicherte: Kerstin Paffrath, geb. 25.02.1982, BU-Vertrag BU 66120734",
          "Diagnose: Z.n. Bandscheibenoperation L4/5 (M51.1 Z), chronisches Schmerzsyndrom",
          "Plan: 6 Wochen orthopädische Reha, anschließend berufliche Wiedereingliederung mit 50 % ab 01.12.2026."]),
      TXT("Hinweise.txt", "Bitte den Plan unterschrieben zurücksenden.\n")])],
  body="""
Hallo Frau Paffrath,

wie besprochen die Unterlagen als ZIP. Bitte das Word-Dokument unterschrieben zurück.

Oliver Stanek
""")

# d2-0275
M("N", "de", "newsletter", "trap: employee newsletter about the company sports day and a colleague's marathon (no health data)",
  frm=f"Mitarbeiter-Newsletter <newsletter@{DOM}>", to=f"Alle Mitarbeitenden Köln <alle-koeln@{DOM}>", ent="grp",
  subj="Intern Oktober: Firmenlauf, Kantine, Ehrungen",
  date="2026-10-19 07:15", client="system",
  body="""
INTERN – Oktober 2026

Firmenlauf: 112 Kolleginnen und Kollegen sind beim B2Run mitgelaufen – Rekord! Schnellste Läuferin: Mareike aus dem Aktuariat mit 21:40 min auf 5,8 km.

Kantine: Ab November gibt es freitags ein Fischgericht aus nachhaltigem Fang.

Jubiläen: 25 Jahre im Unternehmen feiern in diesem Monat vier Kolleginnen und Kollegen. Herzlichen Glückwunsch!

Eure Interne Kommunikation
""")

# d2-0276
M("C", "de", "insurer-to-customer", "named customer's bicycle insurance with frame number and address, reply quoting her short question",
  frm=ADDR("kowalski"), to="Svenja Korte <svenja.korte@posteo-demo.example>", ent="av",
  subj="Re: Lastenrad versichern",
  date="2026-10-19 10:50", sig="kowalski", sigstyle="short",
  quote=Q("""Am 18.10.2026 schrieb Svenja Korte:
Hallo, kann ich mein neues Lastenrad (Urban Arrow, Rahmennr. UA2026118840, 6.900 €) über meine Hausrat HR 3302 9917 versichern? Es steht im Hof Gutenbergstr. 12, Köln."""),
  body="""
Hallo Frau Korte,

ja – mit dem Baustein "Fahrrad plus" bis 7.000 €, Mehrbeitrag 9,80 € im Monat. Im Hof ist es versichert, wenn es an einem festen Gegenstand angeschlossen ist. Soll ich den Baustein ab sofort einschließen?

Viele Grüße
Lena Kowalski
""")

# d2-0277
M("N", "de", "internal", "trap: draft FAQ for the website about what counts as health data, no individual",
  frm=ADDR("meier"), to=ADDR("baumann"), ent="grp",
  subj="FAQ-Entwurf \"Wie schützen Sie meine Gesundheitsdaten?\"",
  date="2026-10-20 14:00", sig="meier", sigstyle="short",
  body="""
Hallo Julia,

hier mein Entwurf für die Website:

"Gesundheitsdaten sind alle Angaben über Ihre körperliche oder geistige Gesundheit – zum Beispiel Diagnosen, Arztrechnungen, Rezepte, Krankenhausberichte oder ein Pflegegrad. Wir verarbeiten sie nur, soweit es für Ihren Vertrag nötig ist, und senden sie ausschließlich verschlüsselt. Auch unsere Mitarbeitenden sehen nur die Daten, die sie für ihre Aufgabe brauchen."

Passt das so in den Ton der Seite?

Thomas
""")

# d2-0278
M("S", "de", "insurer-to-customer", "addressee's colorectal cancer aftercare (C18.7 Z): follow-up colonoscopy and CT reimbursed",
  frm=ADDR("kroeger"), to="Helmut Schaaf <h.schaaf@t-netz.example>", ent="kv",
  subj="Ihre Nachsorgeuntersuchung",
  date="2026-10-20 16:25", sig="kroeger", sigstyle="short",
  body="""
Hallo Herr Schaaf,

die Nachsorge-Koloskopie nach Ihrer Darmkrebs-OP (C18.7 Z) und das CT von Thorax und Abdomen sind selbstverständlich versichert. Die Rechnungen von Dr. Weidenfeld (486,20 €) und der Radiologie (612,00 €) haben wir vollständig erstattet.

Viele Grüße
Sabine Kröger
""")

# d2-0279
M("N", "de", "insurer-to-broker", "trap: answer to a broker about the encryption options, no client data",
  frm=ADDR("reuter"), to="Sandra Möllers <moellers@moellers-assekuranz.example>", ent="grp",
  subj="AW: Warum kommen Ihre Mails jetzt über ein Portal?",
  date="2026-10-21 09:15", sig="reuter", sigstyle="short",
  body="""
Hallo Frau Möllers,

Mails mit Kundendaten – insbesondere Gesundheitsdaten und alles aus Leben, Kranken und Unfall – verschicken wir nur noch verschlüsselt. Wenn Ihr Büro ein S/MIME-Zertifikat hat oder Ihr Mailserver ein Domänenzertifikat, geht es direkt verschlüsselt in Ihr Postfach, ohne Portal. Schicken Sie uns dazu einfach eine signierte Mail an zertifikat@versicherer.example.

Frank Reuter
""")

# d2-0280
M("N", "de", "internal", "trap: anonymised complaint case for the quality circle, details altered, no person identifiable",
  frm=ADDR("lorenz"), to=f"Qualitätszirkel Leistung <qz-leistung@{DOM}>", ent="grp",
  subj="Fall des Monats (anonymisiert)",
  date="2026-10-22 11:00", sig="lorenz", sigstyle="short",
  body="""
Hallo zusammen,

unser "Fall des Monats" (anonymisiert, Details verändert):

Eine Kundin reichte eine Zahnarztrechnung dreimal ein, weil sie nach zwei Wochen keine Rückmeldung hatte. Jede Einreichung erzeugte einen neuen Vorgang, zwei Kollegen lehnten die Rechnung als Doppeleinreichung ab, ohne die erste Bearbeitung abzuschließen. Ergebnis: Beschwerde bei der BaFin.

Diskussion im nächsten Termin: Wie erkennen wir Mehrfacheinreichungen, ohne die Kundin zu verärgern?

Daniela
""")

# ==== MAILS END ====


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        main()
