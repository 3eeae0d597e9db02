#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel eighth development corpus generator (corpora/dev8).

Writes mails/d8-NNNN.eml, labels.tsv and DONE next to this script.  Every mail
is written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.  The MIME-building helpers were taken over from corpora/dev2
(the part above its MAILS section); changes are marked "dev8:".

Emphasis of dev8: grey zones in mail written by the insurer's clerks to
customers, brokers and third parties, with many near-miss pairs (the same
topic once about an identifiable person, once about nobody).

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
    p.set_creator("Siegel dev8 corpus")  # dev8
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


def _jpg(fn, caption, size=(96, 72), color=(128, 128, 128)):
    """dev8: small deterministic JPEG (Pillow) with the caption in EXIF ImageDescription."""
    from PIL import Image
    im = Image.new("RGB", size, color)
    for x in range(0, size[0], 8):
        for y in range(0, size[1], 8):
            im.putpixel((x, y), ((color[0] + x) % 256, (color[1] + y) % 256, (color[2] + x + y) % 256))
    ex = Image.Exif()
    ex[0x010E] = caption
    ex[0x010F] = "Apple"
    ex[0x0110] = "iPhone 13"
    b = io.BytesIO()
    im.save(b, "JPEG", quality=82, exif=ex.tobytes())
    return Att(fn, b.getvalue(), "image", "jpeg", kind="jpg")


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


def JPG(*a, **k):
    return Lazy("jpg", _jpg, a, k)


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
    salt = f"d8|{n}|{m.get('mid', '')}|{m['subj']}"
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
    if not m.get("mid") and DOM not in m["frm"]:   # dev8: outside sender -> its own domain
        own = getaddresses([m["frm"]])[0][1].rpartition("@")[2]
        mid = mid.replace(f"EXCH02.ad.{DOM}", f"mail.{own}").replace(f"out.{DOM}", f"mx.{own}").replace(f"@{DOM}>", f"@{own}>")
    msg["Message-ID"] = mid
    if m.get("irt"):
        msg["In-Reply-To"] = m["irt"]
        msg["References"] = m.get("refs", m["irt"])
    if m.get("importance"):
        msg["Importance"] = m["importance"]
    if m.get("org", True) and not m.get("inner") and DOM in m["frm"]:   # dev8: only insurer senders
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
        fn = f"d8-{n:04d}.eml"
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
    cnt = Counter(r[1] for r in rows)
    (OUT / "DONE").write_text("dev8 corpus complete: %d mails\n" % len(rows)
                              + "".join(f"{l}\t{cnt[l]}\n" for l in LABELS.values()), encoding="utf-8")
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
        elif low.endswith((".jpg", ".jpeg")):   # dev8
            from PIL import Image
            Image.open(io.BytesIO(data)).verify()
        elif low.endswith(".ics"):
            assert b"BEGIN:VCALENDAR" in data and b"END:VCALENDAR" in data, fn
        elif low.endswith((".csv", ".tsv", ".txt")):
            assert data, fn

    for (label, lang, kind, reason, m), line in zip(MAILS, lines):
        fn = line.split("\t")[0]
        assert line.split("\t")[1:4] == [label, lang, kind], fn   # dev8: lang and kind too
        assert fn == f"d8-{len(mids) + 1:04d}.eml", fn
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
# Batch 1: motor, household, health basics, near-miss pairs (0001-0050)

M("C", "de", "insurer-to-customer", "eVB number and plate for a named customer's new car (motor, non-personal line)",
  frm=ADDR("engel"), to="Jonas Wiechert <j.wiechert@posteo.example>",
  subj="Ihre eVB-Nummer für die Zulassung", date="2026-01-07 09:14", sig="engel",
  body="""
Sehr geehrter Herr Wiechert,

wie telefonisch besprochen erhalten Sie hier Ihre elektronische Versicherungsbestätigung für die Zulassung Ihres Skoda Octavia Combi:

eVB-Nummer: K7RQ2M4
gültig bis: 06.04.2026
Fahrzeughalter: Jonas Wiechert, Dürener Str. 211, 50931 Köln
Wunschkennzeichen laut Ihrer Angabe: K-JW 1304

Bitte nennen Sie die eVB-Nummer bei der Zulassungsstelle. Der Versicherungsschein kommt automatisch, sobald uns die Zulassungsdaten vorliegen. Die Schadenfreiheitsklasse SF 9 aus Ihrem bisherigen Vertrag (Vers.-Nr. KF-40-2283917) übernehmen wir.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-customer", "trap: eVB explained generically to a prospect; no number, no contract, no person data",
  frm=ADDR("kowalski"), to="kontakt@autohaus-brenneisen.example",
  subj="AW: Frage eVB-Nummer", date="2026-01-07 11:02", sig="kowalski", sigstyle="short",
  body="""
Hallo Frau Brenneisen,

gern zur allgemeinen Frage aus Ihrem Autohaus: Eine eVB-Nummer (elektronische Versicherungsbestätigung) ist ein 7-stelliger Code, den die Zulassungsstelle für jede Zulassung braucht. Ihre Kundinnen und Kunden bekommen ihn bei uns online unter www.versicherer.example/evb, telefonisch oder über ihren Makler – in der Regel sofort.

Sie als Autohaus brauchen dafür keine Daten an uns zu schicken; das läuft direkt zwischen Kunde und Versicherer. Flyer für Ihren Verkaufsraum schicke ich Ihnen gern per Post, 50 Stück?

Viele Grüße
""")

M("S", "de", "insurer-to-customer", "hospital daily allowance for a named insured: stay at a named hospital with dates, no diagnosis word (health line)",
  frm=ADDR("brandt"), to="Renate Oberholz <renate.oberholz@t-online.example>",
  subj="Krankenhaustagegeld – Ihre Abrechnung vom 12.01.2026", date="2026-01-12 14:40", sig="brandt",
  body="""
Sehr geehrte Frau Oberholz,

vielen Dank für die Aufenthaltsbescheinigung des St.-Marien-Hospitals Lünen. Für Ihren Aufenthalt vom 15.12.2025 bis 23.12.2025 (9 Tage) zahlen wir Ihnen nach Tarif KHT 50 ein Krankenhaustagegeld von

9 Tage x 50,00 EUR = 450,00 EUR.

Der Betrag geht in den nächsten Tagen auf Ihr bekanntes Konto. Ihre Versicherungsnummer: KV 118-330-4471.

Wir wünschen Ihnen weiterhin gute Besserung.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "trap: hospital-days statistics per tariff, aggregates only (no person)",
  frm=ADDR("okafor"), to=ADDR("brandt"), cc=ADDR("kroeger"),
  subj="Auswertung KHT: durchschnittliche Verweildauer 2025", date="2026-01-13 10:05", sig="okafor", sigstyle="short",
  body="""
Hallo Gerrit,

wie gewünscht die Verweildauern im Krankenhaustagegeld 2025, nur aggregiert (Zellen < 10 Fälle zusammengefasst):

[[t]]

Auffällig ist der Anstieg bei den 66+ – das deckt sich mit dem Trend aus dem DRG-Report. Für das Tarifgespräch am Donnerstag reicht das hoffentlich.

Gruß
Chidi
""", tables={"t": ([["Tarif", "Fälle", "Ø Tage", "Median", "Ø Leistung EUR"],
                  ["KHT 30", 1842, 6.1, 4, 183.00], ["KHT 50", 2310, 5.8, 4, 290.00],
                  ["KHT 100", 611, 6.9, 5, 690.00], ["KHT 50 (66+)", 407, 9.4, 7, 470.00]], "pad")})

M("C", "en", "insurer-to-customer", "motor claim of a named expat, plate and claim number, 'nobody was hurt' (non-personal)",
  frm=ADDR("brenner"), to="Callum Fraser <callum.fraser@gmail.example>",
  subj="Your claim KS-2026-004417 – rear-end collision on 9 January", date="2026-01-14 08:51", sig="brenner", lang="en",
  body="""
Dear Mr Fraser,

thank you for reporting the accident on 9 January 2026 at the junction Aachener Straße / Gürtel in Cologne. As you confirmed on the phone, nobody was hurt and the police were not called.

Your details as we have them:
Policy: KF-40-3318820 (comprehensive, excess EUR 300)
Your vehicle: VW Golf, plate K-CF 772
Other party: BMW 320d, plate BN-RT 410, insured with another company

Because the other driver hit your car from behind, we expect his insurer to pay for the repair. We have sent them our notice today. Please do not have the car repaired before the assessor (DEKRA) has seen it; they will call you this week.

Kind regards
""")

M("S", "en", "insurer-to-customer", "travel health: named insured treated at a named hospital abroad, 3 nights (health data)",
  frm=ADDR("seidel"), to="Anneliese Pfau <a.pfau@web.example>",
  subj="Your travel health claim – Hospital Quirónsalud Marbella", date="2026-01-15 16:20", sig="seidel", lang="en",
  body="""
Dear Mrs Pfau,

your son asked us to write in English so that he can help you with the forms, so here goes.

We have received the invoice from Hospital Quirónsalud Marbella for your stay from 2 to 5 January 2026 (3 nights, EUR 4,860.00) and the discharge letter. Under your travel health policy RK-7720145 we cover the full amount; we will settle it directly with the hospital, so you do not need to pay anything.

The return flight with a medical escort that the hospital recommended is also covered. Our assistance partner will contact your son to arrange it.

Get well soon!
""")

M("N", "en", "newsletter", "trap: generic travel health tips (doctor abroad, hospital, assistance line); no person",
  frm=f"Versicherer Newsletter <newsletter@{DOM}>", to="undisclosed-recipients:;",
  subj="Travelling this winter? What to do if you need a doctor abroad", date="2026-01-16 07:00",
  body="""
Dear customer,

skiing in Austria, sunshine in the Canaries – wherever you travel this winter, here is what to do if you fall ill or have an accident abroad:

1. Call our 24/7 assistance line: +49 221 555-8000. We name a doctor or hospital nearby and, if needed, guarantee payment.
2. Keep every invoice and the doctor's report (diagnosis, treatment, dates). Photos of the documents are fine.
3. For stays in hospital of more than one night, let us know as soon as possible.
4. Medicines: keep the pharmacy receipt together with the prescription.
5. Repatriation: if it is medically necessary and sensible, we organise and pay the transport home.

Submit claims in the app under "Travel > Claims".

Safe travels,
your Versicherer team

You receive this newsletter because you subscribed at www.versicherer.example. Unsubscribe: www.versicherer.example/newsletter/off
""")

M("C", "de", "insurer-to-broker", "named customer cancels household policy; policy number and reason (house sale)",
  frm=ADDR("reuter"), to="Maklerbüro Tjaden <info@tjaden-versicherungen.example>",
  subj="Kündigung Hausrat HR-22-5510938 / Ihre Kundin Gesine Harms", date="2026-01-19 10:12", sig="reuter",
  body="""
Moin Herr Tjaden,

Ihre Kundin Frau Gesine Harms, Deichstraße 4, 26506 Norden, hat ihre Hausratversicherung HR-22-5510938 zum 28.02.2026 gekündigt, weil sie zu ihrer Tochter nach Oldenburg zieht. Die Kündigung ist fristgerecht, wir bestätigen sie heute schriftlich.

Falls Frau Harms in Oldenburg wieder Hausrat braucht: Der Vertrag kann auch umgestellt statt gekündigt werden; dann bleibt der Beitrag aus 2019 erhalten. Vielleicht sprechen Sie sie noch einmal darauf an?

Schöne Grüße aus Köln
""")

M("N", "de", "insurer-to-broker", "trap: broker circular on new cancellation button rules; placeholders only, no person",
  frm=f"Maklerservice <maklerservice@{DOM}>", to="maklerverteiler@versicherer.example",
  subj="Maklerinfo 02/2026: Kündigungsbutton und Vertragsnummern in Kündigungen", date="2026-01-20 06:30",
  body="""
Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

seit dem 1. Juli 2022 müssen online abschließbare Verträge auch online kündbar sein. Ab dem 1. März 2026 leiten wir Kündigungen, die über den Kündigungsbutton eingehen, zusätzlich in Ihre elektronische Vermittlerpost.

Was Sie erhalten:
- Kündigungseingang mit Vertragsnummer (Format XX-00-0000000), Sparte und Kündigungsdatum
- Hinweis, ob die Kündigung fristgerecht war

Beispiel (fiktiv): "Kündigung HR-00-0000000, Sparte Hausrat, zum 31.12.2026, fristgerecht."

Die Meldungen stehen nur Nutzern mit Bestandsrechten zur Verfügung. Fragen beantwortet Ihre Maklerbetreuung.

Ihr Maklerservice
""")

M("S", "de", "insurer-to-customer", "payment arrears of a named person in private health insurance (health line contract, no medical word)",
  frm=ADDR("becker"), to="Dariusz Nowicki <d.nowicki@gmx.example>",
  subj="Zahlungserinnerung Krankenversicherung KV 204-118-9032", date="2026-01-21 09:00", sig="becker",
  body="""
Sehr geehrter Herr Nowicki,

für Ihre Krankheitskostenvollversicherung KV 204-118-9032 sind die Beiträge für Dezember 2025 und Januar 2026 offen:

Dezember 2025   612,40 EUR
Januar 2026     638,15 EUR
Summe         1.250,55 EUR

Die Lastschrift wurde von Ihrer Bank zweimal zurückgegeben (Grund: mangelnde Deckung). Bitte überweisen Sie den Betrag bis 04.02.2026. Wenn Ihnen das gerade schwerfällt, rufen Sie mich an – wir können eine Ratenzahlung vereinbaren. Nach § 193 Abs. 6 VVG würde der Vertrag sonst in den Notlagentarif umgestellt.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-customer", "payment arrears of a named person in household insurance (non-personal line)",
  frm=ADDR("becker"), to="Dariusz Nowicki <d.nowicki@gmx.example>",
  subj="Zahlungserinnerung Hausrat HR-31-7702154", date="2026-01-21 09:02", sig="becker", sigstyle="short",
  body="""
Sehr geehrter Herr Nowicki,

auch für Ihre Hausratversicherung HR-31-7702154 ist der Jahresbeitrag 2026 über 96,80 EUR noch offen. Bitte überweisen Sie ihn bis 04.02.2026 auf

IBAN DE12 3705 0198 0000 4711 00 (Versicherer Allgemeine Versicherung AG)
Verwendungszweck: HR-31-7702154

Ohne Zahlung besteht ab dem 05.02.2026 kein Versicherungsschutz (§ 37 VVG).

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "trap: arrears statistics per line of business; aggregates only",
  frm=ADDR("becker"), to=f"Bereichsleitung Betrieb <bl-betrieb@{DOM}>",
  subj="Mahnquote Januar – KV stabil, Hausrat steigt", date="2026-01-30 17:45", sig="becker", sigstyle="short",
  body="""
Hallo zusammen,

kurz die Mahnläufe Januar:

[[m]]

Die Rücklastschriften in der Kranken sind gegenüber Dezember gleich geblieben; in Hausrat/Haftpflicht deutlich mehr, vermutlich wegen der Jahresbeiträge. Notlagentarif-Umstellungen im Januar: 14 (Vorjahr 17).

Gruß Hannes
""", tables={"m": ([["Sparte", "Verträge gemahnt", "Quote", "Rücklastschriften"],
                  ["Kranken", "1.204", "1,9 %", "388"], ["Leben", "611", "0,8 %", "140"],
                  ["Hausrat/PHV", "4.870", "3,2 %", "1.912"], ["Kfz", "2.115", "1,4 %", "702"]], "pipe")})

M("S", "de", "insurer-to-customer", "named policyholder changes the beneficiary of his life insurance (life line, no medical word)",
  frm=ADDR("stanek"), to="Holger Brinkmann <holger.brinkmann@arcor.example>",
  subj="Änderung des Bezugsrechts – LV 55-3009187", date="2026-01-22 13:30", sig="stanek",
  body="""
Sehr geehrter Herr Brinkmann,

wir haben Ihre Änderung des Bezugsrechts vom 18.01.2026 erhalten und umgesetzt. Für Ihre Risikolebensversicherung LV 55-3009187 (Versicherungssumme 180.000 EUR) gilt ab sofort:

Bezugsberechtigt im Todesfall: Frau Tanja Brinkmann, geb. Lohmeyer, geb. 03.08.1984 – widerruflich
bisher: Frau Sandra Brinkmann (widerrufen)

Bitte beachten Sie: Ein widerrufliches Bezugsrecht können Sie jederzeit wieder ändern. Den Nachtrag zum Versicherungsschein schicken wir Ihnen per Post.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-customer", "trap: generic explanation of revocable vs irrevocable beneficiary to a prospect; no contract",
  frm=ADDR("kowalski"), to="Melanie Rauch <mel.rauch@gmail.example>",
  subj="AW: Was heißt unwiderrufliches Bezugsrecht?", date="2026-01-22 15:10", sig="kowalski", sigstyle="short",
  body="""
Hallo Frau Rauch,

gern erkläre ich den Unterschied allgemein, bevor Sie sich für einen Vertrag entscheiden:

- Widerrufliches Bezugsrecht: Die begünstigte Person bekommt die Leistung erst im Leistungsfall. Bis dahin können Sie sie jederzeit ändern.
- Unwiderrufliches Bezugsrecht: Die begünstigte Person hat sofort einen sicheren Anspruch. Ändern geht nur mit ihrer Zustimmung. Das wird oft bei Baufinanzierungen verlangt.

Welches für Sie passt, hängt von Ihrer Situation ab – Ihr Berater vor Ort nimmt sich dafür gern Zeit. Unser Produktblatt "Risikoleben Komfort" hängt auf der Website unter Downloads.

Freundliche Grüße
""", quote=Q("""Hallo, ich überlege eine Risikolebensversicherung abzuschließen und habe gelesen, dass man ein Bezugsrecht festlegen muss. Was ist der Unterschied zwischen widerruflich und unwiderruflich? Danke, M. Rauch"""))

M("C", "en", "insurer-to-customer", "date of birth corrected in a named customer's motor policy (DOB 14/02/1979)",
  frm=ADDR("engel"), to="Siobhan Kelleher <siobhan.kelleher@outlook.example>",
  subj="Correction of your date of birth – motor policy KF-40-6651023", date="2026-01-23 10:41", sig="engel", lang="en",
  body="""
Dear Ms Kelleher,

you are right – we had your date of birth as 14/12/1979 instead of 14/02/1979. It is corrected now in your motor policy KF-40-6651023 (Mazda CX-30, K-SK 2911). The premium does not change, because both dates fall into the same age group.

A corrected policy schedule will reach you by post within a week. Thank you for pointing it out.

Kind regards
""")

M("S", "de", "insurer-to-customer", "reimbursement of named customer's prescriptions: medicines with doses in an HTML table ('Ihre Rezepte')",
  frm=ADDR("kroeger"), to="Wilfried Ahlers <w.ahlers@ewetel.example>",
  subj="Erstattung Ihrer Rezepte Januar", date="2026-01-26 11:25", sig="kroeger", html=True,
  body="""
Sehr geehrter Herr Ahlers,

vielen Dank für Ihre Rezepte, die Sie über die App eingereicht haben. Wir erstatten wie folgt:

[[r]]

Erstattungsbetrag gesamt: 118,72 EUR (nach Abzug Ihres Selbstbehalts bleibt nichts offen). Das Geld ist in drei bis vier Tagen auf Ihrem Konto.

Mit freundlichen Grüßen
""", tables={"r": ([["Datum", "Präparat", "Menge", "Betrag EUR", "erstattet EUR"],
                  ["05.01.2026", "Ramipril 5 mg", "100 St.", "18,49", "18,49"],
                  ["05.01.2026", "Metformin 1000 mg", "180 St.", "22,13", "22,13"],
                  ["19.01.2026", "Atorvastatin 20 mg", "100 St.", "26,10", "26,10"],
                  ["19.01.2026", "Blutzuckerteststreifen", "100 St.", "52,00", "52,00"]], "pad")})

M("N", "de", "internal", "trap: IT ticket about the 'Rezepte einreichen' upload in the app; no customer data",
  frm=ADDR("hoffmann"), to=ADDR("kroeger"),
  subj="INC0084412 – App: Upload 'Rezepte einreichen' bricht bei PDF > 10 MB ab", date="2026-01-26 15:02", sig="hoffmann", sigstyle="short",
  body="""
Hallo Frau Kröger,

zu Ihrem Ticket: Der Fehler betrifft alle Kunden, die mehrere Rezepte als ein großes PDF hochladen. Die App bricht ab 10 MB ohne Meldung ab. Ein Fix (Limit 25 MB + Fehlermeldung) geht mit dem Release am 05.02. live.

Bis dahin bitte Kunden am Telefon empfehlen, die Rezepte einzeln zu fotografieren. Einzelne Fälle brauche ich nicht – bitte keine Kundendaten ans Ticket hängen.

Gruß
Lukas Hoffmann
""")

M("C", "de", "insurer-to-customer", "storm damage to a named customer's house (buildings), address and claim number",
  frm=ADDR("demir"), to="Familie Lüttke <luettke.hagen@t-online.example>",
  subj="Sturmschaden WG-2026-001187 – Ihr Dach in Hagen", date="2026-01-27 09:33", sig="demir",
  body="""
Sehr geehrte Frau Lüttke, sehr geehrter Herr Lüttke,

danke für die Fotos von Ihrem Dach in der Eppenhauser Str. 58, 58093 Hagen. Nach Sturm "Kirsten" am 24.01.2026 sind laut Deutschem Wetterdienst in Hagen Böen bis Windstärke 10 gemessen worden – der Schaden ist also über Ihre Wohngebäudeversicherung WG-19-4410276 versichert.

Bitte beauftragen Sie einen Dachdecker mit der Reparatur und schicken Sie uns den Kostenvoranschlag. Bis 2.500 EUR können Sie ohne Rücksprache reparieren lassen. Die Notabdeckung mit Folie zahlen wir ebenfalls.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-supplier", "trap: roofer invoice for the insurer's own office building; company, order number, company IBAN",
  frm=ADDR("richter"), to="Buchhaltung Dachtechnik Esser GmbH <rechnung@dachtechnik-esser.example>",
  subj="Ihre Rechnung RE-26-0142 / Bestellung 4500138812", date="2026-01-28 14:18", sig="richter",
  body="""
Sehr geehrte Damen und Herren,

Ihre Rechnung RE-26-0142 über 3.874,60 EUR brutto für die Sturmreparatur am Flachdach Rheinuferstraße 12 (Bestellung 4500138812) ist sachlich geprüft. Die Zahlung erfolgt mit unserem nächsten Zahllauf auf Ihr Konto bei der Sparkasse KölnBonn, IBAN laut Rechnung.

Bitte tragen Sie bei künftigen Rechnungen immer unsere Bestellnummer ein – sonst landet die Rechnung in der Klärung.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "dental treatment plan of a named insured with GOZ positions and teeth (dental supplementary)",
  frm=ADDR("wendland"), to="Kerstin Pohl <kerstin.pohl@freenet.example>",
  subj="Ihr Heil- und Kostenplan vom 20.01.2026 – Zusage", date="2026-01-29 10:50", sig="wendland",
  body="""
Sehr geehrte Frau Pohl,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin Dr. Yıldız vom 20.01.2026 geprüft. Geplant sind:

- Zahn 36: Vollkeramikkrone (GOZ 2210), Aufbaufüllung (GOZ 2180)
- Zahn 46: Wurzelkanalbehandlung (GOZ 2410, 2 Kanäle) und anschließend Krone (GOZ 2210)
- Material- und Laborkosten laut Plan: 1.420,00 EUR

Gesamtkosten laut Plan: 3.118,45 EUR. Nach Ihrem Tarif Zahn 80 erstatten wir 80 % der erstattungsfähigen Kosten, also voraussichtlich 2.494,76 EUR. Die Zahnstaffel im 3. Versicherungsjahr (max. 3.000 EUR) ist damit nicht überschritten.

Bitte reichen Sie nach der Behandlung die Rechnung ein.

Mit freundlichen Grüßen
""")

M("N", "de", "newsletter", "trap: dental supplementary product mailing with a fictitious example treatment plan",
  frm=f"Versicherer Gesundheit <newsletter@{DOM}>", to="undisclosed-recipients:;",
  subj="Krone, Implantat, Inlay – was zahlt Ihre Zahnzusatzversicherung?", date="2026-01-30 07:00",
  body="""
Liebe Leserinnen und Leser,

eine Krone kostet schnell 800 Euro und mehr – die gesetzliche Kasse zahlt davon oft nur den Festzuschuss. Ein Rechenbeispiel (fiktiv):

Vollkeramikkrone Zahn 36 (GOZ 2210), Gesamtkosten 950 EUR
Festzuschuss der Kasse: 280 EUR
Erstattung Tarif Zahn 80: 480 EUR
Eigenanteil: 190 EUR

Unsere Tipps:
- Lassen Sie sich vor größeren Behandlungen immer einen Heil- und Kostenplan geben.
- Schicken Sie ihn uns vorab – wir sagen Ihnen innerhalb von 5 Tagen, was wir zahlen.
- Professionelle Zahnreinigung: zweimal im Jahr bis 150 EUR.

Jetzt Tarif vergleichen: www.versicherer.example/zahn

Ihre Versicherer Krankenversicherung a.G.
Abmelden: www.versicherer.example/newsletter/abmelden
""")

M("C", "de", "insurer-to-customer", "private liability: named customer's son broke the neighbour's window, nobody hurt",
  frm=ADDR("oltmanns"), to="Stefanie Kurz <stefanie.kurz@web.example>",
  subj="Haftpflichtschaden PH-2026-000391 – Fensterscheibe Nachbar", date="2026-02-02 10:10", sig="oltmanns",
  body="""
Sehr geehrte Frau Kurz,

vielen Dank für Ihre Schadenmeldung. Ihr Sohn Ben (9) hat beim Fußballspielen am 30.01.2026 die Wohnzimmerscheibe Ihres Nachbarn Herrn Albers, Lindenweg 7, 31785 Hameln, getroffen. Verletzt wurde niemand.

Ihre Privathaftpflicht PH-17-2208814 schließt deliktsunfähige Kinder unter 7 Jahren ein; Ben ist 9, daher kommt es darauf an, ob er die Gefahr erkennen konnte. In solchen Fällen regulieren wir nach Ihrem Tarif trotzdem bis 15.000 EUR.

Bitte lassen Sie sich vom Nachbarn die Glaserrechnung geben und schicken Sie sie uns. Wir zahlen dann direkt an Herrn Albers.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-lawyer", "liability claim: third party's broken wrist, surgery and sick leave stated (health data of an identifiable person)",
  frm=ADDR("oltmanns"), to="RAe Pütz & Conrads <kanzlei@puetz-conrads.example>",
  subj="Ihr Mandant Herr Emre Aydın ./. unsere VN Kurz – PH-2026-000402", date="2026-02-03 15:44", sig="oltmanns",
  body="""
Sehr geehrter Herr Rechtsanwalt Conrads,

wir bestätigen den Eingang Ihres Schreibens vom 29.01.2026. Nach den beigefügten Unterlagen erlitt Ihr Mandant Herr Emre Aydın beim Sturz über den Gartenschlauch unserer Versicherungsnehmerin eine distale Radiusfraktur links, die am 12.01.2026 im Klinikum Hameln-Pyrmont mit Platte versorgt wurde. Arbeitsunfähig laut Bescheinigungen bis 20.02.2026.

Zur Bemessung des Schmerzensgeldes benötigen wir noch den Entlassungsbericht und die Angabe, ob die Platte wieder entfernt werden soll. Den Verdienstausfall regulieren wir nach Vorlage der Gehaltsabrechnungen.

Mit freundlichen Grüßen
""")

M("N", "en", "insurer-to-partner", "trap: large-loss list for the reinsurer with amounts and lines only; no person, no plate",
  frm=ADDR("stone"), to="Claims Treaty Team <treaty.claims@munichre-like.example>",
  subj="Q4 2025 large loss bordereau – property & motor XL", date="2026-02-04 12:00", sig="stone", lang="en",
  body="""
Dear colleagues,

please find below our large losses above EUR 500k for Q4 2025 under the property and motor XL treaties. Claimant details are not included as agreed; the motor losses involve bodily injury but amounts are reported as totals only.

[[l]]

Reserves as at 31/12/2025. Full bordereau in the usual SFTP folder.

Best regards
""", tables={"l": ([["Ref", "Line", "Date of loss", "Cause", "Incurred EUR"],
                  ["LL-25-031", "Commercial property", "2025-10-04", "Fire, bakery", "2,410,000"],
                  ["LL-25-034", "Motor", "2025-11-18", "Multi-vehicle, A3", "1,150,000"],
                  ["LL-25-037", "Buildings", "2025-12-21", "Storm, 14 risks", "780,000"]], "pad")})

M("C", "en", "insurer-to-customer", "pet insurance: vet bill for a named customer's dog (animal health, not a person's)",
  frm=ADDR("wagner"), to="Hannah Whitmore <hannah.whitmore@icloud.example>",
  subj="Your pet claim TK-2026-00288 – Luna", date="2026-02-05 09:27", sig="wagner", lang="en",
  body="""
Dear Ms Whitmore,

we have checked the invoice from Tierklinik Düsseldorf-Nord for Luna (Labrador, born 2021). The cruciate ligament surgery on 28 January 2026 and the follow-up visits are covered under your pet surgery policy TV-88-1042317:

Invoice total: EUR 2,944.20
Deductible 20 %: EUR 588.84
We pay: EUR 2,355.36

The payment goes to your account ending in …4417 within five working days. We hope Luna is back on her feet soon.

Best wishes
""")

M("S", "de", "insurer-to-customer", "care level 3 of a named insured; Pflegetagegeld payment (care line)",
  frm=ADDR("yilmaz"), to="Brigitte Sauer <brigitte.sauer@gmx.example>",
  subj="Pflegetagegeld für Ihre Mutter – Bescheid Pflegegrad 3", date="2026-02-05 14:05", sig="yilmaz",
  body="""
Sehr geehrte Frau Sauer,

vielen Dank für die Kopie des Bescheids der Pflegekasse. Ihre Mutter, Frau Elfriede Sauer (Versicherungsnummer PT 77-201-3380), ist seit dem 01.01.2026 in Pflegegrad 3 eingestuft.

Nach dem Pflegetagegeld-Tarif PTG 60 zahlen wir in Pflegegrad 3 monatlich 60 % von 1.500 EUR, also 900 EUR. Die Zahlung für Januar und Februar (1.800 EUR) geht diese Woche auf das Konto Ihrer Mutter; Sie haben dafür ja die Vollmacht.

Beitragsbefreiung: Ab Pflegegrad 3 ist der Vertrag beitragsfrei – die Abbuchung endet ab März.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-partner", "trap: press information on care levels and care reform with generic amounts; no person",
  frm=ADDR("baumann"), to="Redaktion Verbrauchermagazin <redaktion@geld-und-haushalt.example>",
  subj="AW: Anfrage Pflegegrade – Zahlen für Ihren Artikel", date="2026-02-06 11:30", sig="baumann",
  body="""
Sehr geehrte Frau Dorn,

gern die erbetenen Zahlen für Ihren Artikel "Pflege – was kostet das wirklich?":

Pflegegrad 1 – geringe Beeinträchtigung der Selbständigkeit
Pflegegrad 2 – erhebliche Beeinträchtigung, Pflegegeld der Pflegekasse 347 EUR
Pflegegrad 3 – schwere Beeinträchtigung, 599 EUR
Pflegegrad 4 – schwerste Beeinträchtigung, 800 EUR
Pflegegrad 5 – schwerste Beeinträchtigung mit besonderen Anforderungen, 990 EUR

Der durchschnittliche Eigenanteil im Pflegeheim lag 2025 laut vdek bei über 3.000 EUR im Monat. Eine private Pflegetagegeldversicherung kann die Lücke schließen; eine 45-jährige Person zahlt bei uns für 50 EUR Tagegeld in Pflegegrad 5 rund 38 EUR im Monat.

Ein Zitat unseres Vorstands schicke ich Ihnen bis morgen.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-customer", "legal protection: named customer's dismissal, salary figure (employment law, no health)",
  frm=ADDR("lindqvist"), to="Marco Stellmacher <marco.stellmacher@web.example>",
  subj="Deckungszusage Rechtsschutz RS-2026-00714 – Kündigungsschutzklage", date="2026-02-09 08:45", sig="lindqvist",
  body="""
Sehr geehrter Herr Stellmacher,

für die Kündigungsschutzklage gegen die Spedition Holtkamp GmbH & Co. KG (Kündigung vom 30.01.2026 zum 31.03.2026, betriebsbedingt) erteilen wir Deckungszusage aus Ihrem Rechtsschutzvertrag RS-20-6612098, Baustein Arbeits-Rechtsschutz.

Die Klage muss innerhalb von drei Wochen nach Zugang beim Arbeitsgericht eingehen, also bis 20.02.2026. Den Streitwert setzen wir mit drei Bruttomonatsgehältern an: 3 x 3.650 EUR = 10.950 EUR.

Ihre Anwältin Frau Rechtsanwältin Kaya kann direkt mit uns abrechnen. Selbstbeteiligung: 150 EUR.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "BU pension starts for a named insured; amounts and dates only, no medical word (disability line)",
  frm=ADDR("stanek"), to="Carsten Bieler <c.bieler@posteo.example>",
  subj="Ihre Berufsunfähigkeitsrente – Leistungsanerkenntnis BU 61-4420913", date="2026-02-10 16:02", sig="stanek",
  body="""
Sehr geehrter Herr Bieler,

wir freuen uns, Ihnen mitteilen zu können, dass wir unsere Leistungspflicht aus Ihrer Berufsunfähigkeitsversicherung BU 61-4420913 anerkennen.

Beginn der Berufsunfähigkeit: 01.07.2025
Monatliche BU-Rente: 1.850,00 EUR, zahlbar ab 01.08.2025
Nachzahlung August 2025 bis Februar 2026: 12.950,00 EUR
Beitragsbefreiung: ab 01.08.2025; zu viel gezahlte Beiträge (7 x 96,40 EUR) erstatten wir.

Das Anerkenntnis ist unbefristet. Wir werden Sie in größeren Abständen bitten, uns über Ihre Situation zu berichten.

Mit freundlichen Grüßen
""")

M("N", "de", "newsletter", "trap: job posting for BU claims handler; health and disability vocabulary, no person",
  frm=f"Versicherer Karriere <karriere@{DOM}>", to="jobletter@versicherer.example",
  subj="Neu: Sachbearbeiter Leistung Berufsunfähigkeit (m/w/d) in Köln", date="2026-02-10 07:30",
  body="""
Hallo,

diese Stelle passt vielleicht zu Ihnen oder zu jemandem, den Sie kennen:

Sachbearbeiterin / Sachbearbeiter Leistung Berufsunfähigkeit (m/w/d), Köln, Vollzeit oder Teilzeit

Ihre Aufgaben
- Sie prüfen Leistungsanträge: ärztliche Berichte, Gutachten, Tätigkeitsbeschreibungen
- Sie sprechen mit Versicherten, Ärztinnen, Gutachtern und Reha-Trägern
- Sie entscheiden über Anerkenntnisse und Nachprüfungen

Ihr Profil
- Ausbildung als Kaufmann/-frau für Versicherungen oder medizinischer Hintergrund (z. B. MFA, Pflege)
- Empathie und Sorgfalt im Umgang mit Gesundheitsdaten

Bewerben Sie sich bis 15.03.2026 unter www.versicherer.example/karriere (Kennziffer LV-2026-07).
""")

M("C", "en", "insurer-to-broker", "commission statement with the IBAN and tax number of a sole-trader broker (natural person)",
  frm=ADDR("morgan"), to="Gareth Price <gareth@price-insurance-brokerage.example>",
  subj="Commission statement January 2026 – agency 44-1907", date="2026-02-11 10:00", sig="morgan", lang="en",
  body="""
Dear Gareth,

your commission statement for January 2026 is in the broker portal. Summary:

Acquisition commission: EUR 3,412.50
Renewal commission: EUR 1,208.75
Cancellation reserve: EUR -341.25
Payout: EUR 4,280.00

Paid to your account %s (Gareth Price, sole trader), tax number 214/5071/3328. VAT-exempt under § 4 Nr. 11 UStG.

If your bank details change, please tell us by signed letter – not by e-mail.

Best regards
James
""" % IB("DE", "370100500612447301"))

M("N", "en", "insurer-to-broker", "trap: commission summary to a broker GmbH with company IBAN; no customer or natural person data",
  frm=ADDR("morgan"), to="Finance <finance@rhein-assekuranz-gmbh.example>",
  subj="Commission statement January 2026 – Rhein Assekuranz GmbH", date="2026-02-11 10:06", sig="morgan", sigstyle="short", lang="en",
  body="""
Dear all,

the January statement for Rhein Assekuranz GmbH (agency 44-0210) is available in the portal.

Acquisition commission: EUR 48,110.00
Renewal commission: EUR 22,940.35
Payout: EUR 71,050.35 to the company account on file (Commerzbank, ending 0400)

Contract-level details are only in the portal (for users with portfolio rights), not in this mail.

Kind regards
""")

M("S", "en", "insurer-to-customer", "newborn added to a named customer's health policy; birth date and birth (health line)",
  frm=ADDR("whitfield"), to="Rahul Mehta <rahul.mehta@proton.example>",
  subj="Congratulations – adding Aarav to your health policy", date="2026-02-12 09:12", sig="whitfield", lang="en",
  body="""
Dear Mr Mehta,

congratulations on the birth of your son Aarav on 3 February 2026!

Because you registered him within two months of the birth, we add him to your international health policy IH-903-2271 without any health questions and with cover from the day of birth (§ 198 VVG). His premium is EUR 143.90 a month from March.

We also received the invoice from Klinikum Rechts der Isar for the delivery and your wife's 4 nights on the maternity ward; that claim is being processed separately under your wife's policy and you will hear from us this week.

Kind regards
Emma Whitfield
""")

M("C", "de", "insurer-to-customer", "name change after marriage with maiden name 'geb.' in a household policy",
  frm=ADDR("kowalski"), to="Laura Kampmann <laura.kampmann@gmx.example>",
  subj="Namensänderung in Ihren Verträgen", date="2026-02-12 11:48", sig="kowalski",
  body="""
Sehr geehrte Frau Kampmann,

herzlichen Glückwunsch zur Hochzeit! Wir haben Ihren neuen Namen in Ihren Verträgen geändert:

Laura Kampmann, geb. Sieverding
Hausrat HR-24-3319022
Privathaftpflicht PH-24-3319023

Der Vertrag Ihres Mannes bleibt vorerst bestehen. Wenn Sie die Privathaftpflicht auf einen Familientarif umstellen möchten, sparen Sie zusammen etwa 40 EUR im Jahr – sagen Sie einfach Bescheid.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "trap: letter template for name changes with «placeholders» incl. «geb.»; no real person",
  frm=ADDR("kowalski"), to=f"Team Kundenservice <kundenservice-team@{DOM}>",
  subj="Neue Textbausteine Namensänderung (TB 114/115)", date="2026-02-13 08:20", sig="kowalski", sigstyle="short",
  body="""
Hallo Team,

ab Montag gelten die neuen Textbausteine. Bitte die alten (TB 101/102) nicht mehr verwenden.

TB 114 – Namensänderung nach Heirat
"Sehr geehrte/r «Anrede» «Nachname», herzlichen Glückwunsch zur Hochzeit! Wir haben Ihren neuen Namen in Ihren Verträgen geändert: «Vorname» «Nachname», geb. «Geburtsname». «Vertragsliste»"

TB 115 – Namensänderung sonstige
"… Ihr Name lautet jetzt «Vorname» «Nachname». Grundlage: «Nachweis» vom «Datum»."

Hinweis Datenschutz: keine Kopie der Heiratsurkunde mehr anfordern, Standesamtsbescheinigung oder neuer Ausweis reicht.

Danke!
Lena
""")

M("S", "de", "insurer-to-customer", "daily sick pay periods of a named insured (incapacity to work), no diagnosis",
  frm=ADDR("kroeger"), to="Torsten Habermann <t.habermann@online.example>",
  subj="Krankentagegeld – Abrechnung März", date="2026-03-30 10:14", sig="kroeger", sigstyle="short",
  body="""
Hallo Herr Habermann,

die Folgebescheinigung Ihrer Hausärztin liegt vor. Sie sind weiter arbeitsunfähig vom 02.03.2026 bis voraussichtlich 17.04.2026.

Krankentagegeld (Tarif KT 43, 120 EUR/Tag) für 01.03.–31.03.2026: 31 Tage = 3.720,00 EUR, überwiesen heute.

Bitte schicken Sie uns die nächste Bescheinigung spätestens am 20.04., damit die Zahlung ohne Unterbrechung weiterläuft.

Viele Grüße
""")

M("N", "de", "insurer-to-customer", "trap: prospect asks generally how daily sick pay works; waiting period and tariff table, no person data",
  frm=ADDR("nguyen"), to="Jana Vollmer <jana.vollmer@mailbox.example>",
  subj="AW: Krankentagegeld für Selbständige – wie funktioniert das?", date="2026-03-31 09:40", sig="nguyen", sigstyle="short",
  body="""
Hallo Frau Vollmer,

gern die Grundzüge, bevor Sie sich beraten lassen:

- Das Krankentagegeld ersetzt Ihren Verdienst, wenn Sie wegen Krankheit nicht arbeiten können.
- Sie wählen, ab welchem Tag gezahlt wird (Karenzzeit): ab dem 15., 22., 29., 43. oder 92. Tag.
- Die Höhe richtet sich nach Ihrem Nettoeinkommen; mehr als das Netto darf nicht versichert werden.
- Im Antrag fragen wir nach Ihrer Gesundheit der letzten fünf Jahre.

Tarife KT 15 / KT 43 / KT 92 finden Sie mit Beispielbeiträgen unter www.versicherer.example/krankentagegeld.

Viele Grüße
""")

M("C", "en", "insurer-to-customer", "legal protection: named expat's tenancy dispute over rent deposit; landlord named",
  frm=ADDR("lindqvist"), to="Tom Brennan <tom.brennan@fastmail.example>",
  subj="Your legal expenses claim RS-2026-00801 – deposit dispute", date="2026-02-16 13:20", sig="lindqvist", lang="en",
  body="""
Dear Mr Brennan,

thank you for your documents. Your former landlord, Mr Peter Grübel, is keeping EUR 2,400 of your rent deposit for the flat at Weißenburgstraße 31, 80335 München, for alleged damage to the parquet floor.

Your legal expenses policy RS-22-4401987 includes tenancy law for the flat you lived in, so we confirm cover for a letter from a lawyer and, if necessary, a court case at the Amtsgericht München. Excess: EUR 250.

You may choose any lawyer; if you like, our hotline recommends an English-speaking tenancy lawyer in Munich.

Kind regards
""")

M("S", "en", "insurer-to-customer", "physiotherapy and lymph drainage sessions of a named insured reimbursed (health data)",
  frm=ADDR("kroeger"), to="Olivia Hartley <o.hartley@posteo.example>",
  subj="Your physiotherapy invoices – reimbursement", date="2026-02-17 10:55", sig="kroeger", lang="en",
  body="""
Dear Ms Hartley,

we have reimbursed the invoice from Praxis für Physiotherapie Lindenthal dated 10 February 2026:

6 x physiotherapy (KG), EUR 32.00 each
6 x manual lymph drainage, 45 min, EUR 41.00 each
Total: EUR 438.00, reimbursed in full

For the second series your doctor has prescribed, please send us the new prescription together with the invoice – we need it because the prescription states the number of sessions.

Kind regards
""")

M("N", "en", "insurer-to-supplier", "trap: invoice for physio equipment for the insurer's company gym; no person",
  frm=ADDR("krueger"), to="Accounts <accounts@vitalfit-equipment.example>",
  subj="PO 4500139004 – treatment couch and therabands for staff gym", date="2026-02-17 15:30", sig="krueger", sigstyle="short", lang="en",
  body="""
Hello,

we received your invoice INV-2026-3381 for our purchase order 4500139004 (1 electric treatment couch, 20 therabands, 10 foam rollers) for the staff gym on floor 2. The couch arrived with a damaged armrest; we will pay the invoice once the replacement part is fitted.

Please send the technician to our facility team (Ms Richter, ext. -1550) to arrange a date.

Regards
Stefan Krüger
""")

M("C", "de", "insurer-to-company", "repair release to a workshop: named customer's car, plate, claim number (motor)",
  frm=ADDR("brenner"), to="Autoservice Kühnel <werkstatt@kuehnel-autoservice.example>",
  subj="Reparaturfreigabe KS-2026-004588 / RE-MK 340", date="2026-02-18 08:05", sig="brenner", sigstyle="short",
  body="""
Guten Morgen Herr Kühnel,

für das Fahrzeug Ihrer Kundin Frau Miriam Keßler (Opel Corsa, RE-MK 340, Schaden KS-2026-004588, Teilkasko Wildschaden vom 14.02.2026) geben wir die Reparatur nach Gutachten frei:

Reparaturkosten netto laut Gutachten: 3.912,40 EUR
Selbstbeteiligung Frau Keßler: 150 EUR
Mietwagen: nicht versichert

Bitte Rechnung direkt an uns, Abtretungserklärung liegt vor.

Gruß
Markus Brenner
""")

M("N", "de", "insurer-to-company", "trap: framework agreement with partner workshops (hourly rates, process); no customer, no plate",
  frm=ADDR("brenner"), to="Verband Kfz-Partnerbetriebe West <info@kfz-partner-west.example>",
  subj="Rahmenvereinbarung Partnerwerkstätten 2026 – Stundensätze", date="2026-02-19 12:12", sig="brenner",
  body="""
Sehr geehrte Damen und Herren,

anbei die Eckpunkte der Rahmenvereinbarung 2026 für unsere Partnerwerkstätten:

- Stundenverrechnungssatz Mechanik 138 EUR, Karosserie 142 EUR, Lack 155 EUR (netto)
- Ersatzwagen für unsere Kunden ab Tag 1 kostenlos
- Schadensteuerung: Freigabe bis 2.500 EUR ohne Gutachten, Fotos über die Werkstatt-App
- Zahlungsziel 10 Tage nach Rechnungseingang

Die unterschriebenen Verträge bitte bis 31.03.2026 zurück. Ein Muster liegt im Partnerportal.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "accident insurance: invalidity assessment appointment for a named insured; no medical word (accident line)",
  frm=ADDR("albrecht"), to="Nicole Jaworski <nicole.jaworski@gmx.example>",
  subj="Ihre Unfallversicherung UV 73-1184502 – Termin Gutachten", date="2026-02-20 11:35", sig="albrecht",
  body="""
Sehr geehrte Frau Jaworski,

wie angekündigt lassen wir den Invaliditätsgrad nach Ihrem Unfall vom 06.04.2025 durch einen unabhängigen Gutachter feststellen. Der Termin:

Dienstag, 10.03.2026, 14:30 Uhr
Dr. med. Peter Wallraff, Gutachtenpraxis, Hohenzollernring 60, 50672 Köln

Bitte bringen Sie alle Unterlagen mit, die Sie seit dem Unfall erhalten haben, und einen Ausweis. Die Fahrtkosten erstatten wir. Wenn Ihnen der Termin nicht passt, rufen Sie die Praxis direkt an.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-customer", "no-claims class transferred from father to daughter; both named with dates of birth (motor)",
  frm=ADDR("engel"), to="Paulina Groß <paulina.gross@web.example>",
  subj="Übertragung der Schadenfreiheitsklasse von Ihrem Vater", date="2026-02-23 09:58", sig="engel",
  body="""
Liebe Frau Groß,

die Übertragung hat geklappt. Ihr Vater, Herr Bernhard Groß (geb. 11.05.1958), gibt die SF-Klasse aus seinem Vertrag KF-40-1022873 ab; Sie (geb. 2003-09-17) übernehmen davon so viele Jahre, wie Sie selbst einen Führerschein haben – das sind bei Ihnen 4 Jahre, also SF 4.

Ihr neuer Vertrag: KF-40-7740119, Fiat 500, Kennzeichen GL-PG 17, Beitrag 612,30 EUR jährlich.

Der Vertrag Ihres Vaters ruht; er beginnt bei einem neuen Vertrag wieder in SF ½.

Viele Grüße
""")

M("N", "de", "insurer-to-customer", "trap: generic SF class table sent to a person asking in general; no contract, no birth date",
  frm=ADDR("engel"), to="Oskar Wendt <oskar.wendt@posteo.example>",
  subj="AW: SF-Klasse – wie schnell sinkt der Beitrag?", date="2026-02-23 10:30", sig="engel", sigstyle="short",
  body="""
Hallo Herr Wendt,

ganz allgemein: Mit jedem schadenfreien Jahr steigen Sie eine SF-Klasse auf. Die Beitragssätze in unserem Tarif 2026 (Haftpflicht):

[[sf]]

Nach einem Schaden werden Sie je nach Klasse mehrere Stufen zurückgestuft. Ob sich ein Rückkauf kleiner Schäden lohnt, rechnen wir Ihnen gern im konkreten Fall aus.

Gruß
""", tables={"sf": ([["SF-Klasse", "Beitragssatz"], ["SF 0", "100 %"], ["SF ½", "83 %"], ["SF 1", "71 %"],
                   ["SF 5", "52 %"], ["SF 10", "40 %"], ["SF 20", "32 %"], ["SF 35", "24 %"]], "pad")})

M("S", "en", "insurer-to-customer", "pre-authorisation of an elective knee operation at a named London hospital for a named insured",
  frm=ADDR("whitfield"), to="Graham Lockwood <g.lockwood@btinternet.example>",
  subj="Pre-authorisation PA-26-0412 – The Wellington Hospital", date="2026-02-24 15:47", sig="whitfield", lang="en",
  body="""
Dear Mr Lockwood,

we confirm cover for the planned admission at The Wellington Hospital, St John's Wood, London, on 16 March 2026:

Procedure: arthroscopic partial meniscectomy, right knee (OPS 5-812.5)
Surgeon: Mr A. Chaudhry
Length of stay: day case, maximum 1 night
Guarantee of payment: up to GBP 9,500 directly to the hospital

Your policy IH-812-0094 pays 100 % of the hospital costs. Outpatient physiotherapy afterwards is covered under your outpatient benefits (annual limit GBP 1,500).

Kind regards
""")

M("C", "en", "insurer-to-customer", "travel insurance: lost baggage of a named customer, flight and PIR reference; no health content",
  frm=ADDR("seidel"), to="Natasha Ivanova <natasha.ivanova@mail.example>",
  subj="Your baggage claim RG-2026-00931", date="2026-02-25 10:03", sig="seidel", lang="en",
  body="""
Dear Ms Ivanova,

thank you for the Property Irregularity Report (PIR DUSLH41277) from Düsseldorf airport. Your suitcase from flight LH 2011 on 21 February 2026 is still missing.

Under your annual travel policy RV-55-2087761 we pay up to EUR 2,000 for lost baggage. Please first claim from the airline (they pay up to about EUR 1,600 under the Montreal Convention); we pay the difference and your excess-free emergency purchases (toiletries, clothes) up to EUR 300 straight away.

Please send us the receipts for the emergency purchases.

Kind regards
""")

M("S", "de", "insurer-to-customer", "travel cancellation: pregnancy mentioned only in the customer's quoted mail",
  frm=ADDR("seidel"), to="Sarah Lindemann <sarah.lindemann@icloud.example>",
  subj="AW: Stornierung Mauritius-Reise", date="2026-02-26 12:22", sig="seidel", sigstyle="short",
  body="""
Liebe Frau Lindemann,

danke für Ihre Nachricht. Ja, die Stornokosten von 2.840 EUR sind über Ihre Reiserücktrittsversicherung RR-63-0019284 versichert. Bitte schicken Sie uns noch das ärztliche Attest Ihrer Frauenärztin und die Stornorechnung des Reisebüros.

Alles Gute!
""",
  quote=OQ("Sarah Lindemann <sarah.lindemann@icloud.example>", "Mittwoch, 25. Februar 2026 21:14", "reise@versicherer.example",
           "Stornierung Mauritius-Reise",
           """Hallo,
wir haben im Oktober eine Reise nach Mauritius für den 20.04. gebucht. Jetzt bin ich schwanger (12. Woche) und meine Frauenärztin rät wegen Zika-Hinweisen und dem langen Flug dringend ab, ich hatte in der 8. Woche schon Blutungen. Muss ich die Stornokosten selbst zahlen?
Danke, Sarah Lindemann"""))

M("N", "de", "internal", "trap: out-of-office of a health-claims clerk; department name only",
  frm=ADDR("kroeger"), to=ADDR("wendland"),
  subj="Automatische Antwort: Rückfrage HKP", date="2026-02-26 16:40", client="system", mailer="Microsoft Exchange Server",
  body="""
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 06.03.2026 nicht im Büro.

In dringenden Fällen wenden Sie sich bitte an den Leistungsservice Krankenversicherung, Team Ambulant 2: leistung-ambulant2@versicherer.example oder Tel. +49 221 555-3400.

Sabine Kröger
""")

M("C", "de", "insurer-to-customer", "HTML-only overview of a named customer's non-personal contracts with numbers and plate",
  frm=ADDR("kowalski"), to="Heinz-Dieter Lammers <hd.lammers@t-online.example>",
  subj="Ihre Vertragsübersicht", date="2026-02-27 09:20", client="outlook",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrter Herr Lammers,</p>
<p>wie am Telefon gewünscht, hier die Übersicht Ihrer Verträge bei uns:</p>
""" + table_html([["Sparte", "Vertrag", "versichert", "Jahresbeitrag"],
                  ["Kfz", "KF-40-2210874", "Mercedes C 200, WES-HL 66", "734,20 EUR"],
                  ["Hausrat", "HR-11-0908712", "Am Rathaus 3, 46483 Wesel", "142,00 EUR"],
                  ["Privathaftpflicht", "PH-11-0908713", "Single", "61,50 EUR"],
                  ["Wohngebäude", "WG-09-3301420", "Am Rathaus 3, 46483 Wesel", "588,90 EUR"]]) + """
<p>Den Lastschrifteinzug haben wir wie besprochen auf jährlich zum 01.04. umgestellt.</p>
<p>Mit freundlichen Grüßen<br>Lena Kowalski<br>Kundenservice<br>Versicherer Allgemeine Versicherung AG</p>
</body></html>
""")

# ==========================================================================
# Batch 2: attachments, employers, doctors, assessors (0051-0105)

M("S", "en", "insurer-to-customer", "doctor's invoice with GOÄ positions only in the PDF; body says only 'statement attached'",
  frm=ADDR("kroeger"), to="Benjamin Okoro <ben.okoro@gmail.example>",
  subj="Your statement of benefits 2026-0217", date="2026-03-02 09:30", sig="kroeger", sigstyle="short", lang="en",
  body="""
Dear Mr Okoro,

please find your statement of benefits attached. The amount will be paid to your account within a few days.

Kind regards
""", att=[PDF("Leistungsabrechnung_2026-0217.pdf", [
      ("h", "Leistungsabrechnung / Statement of benefits"),
      "Versicherter: Benjamin Okoro, Versicherungsnummer KV 330-207-5519, Tarif AM 100",
      "Rechnung Dr. med. Karin Vossberg, Fachärztin für Dermatologie, Köln, vom 09.02.2026",
      ("t", [["GOÄ", "Leistung", "Faktor", "Betrag EUR"],
             ["1", "Beratung", "2,3", "10,72"], ["750", "Auflichtmikroskopie (Dermatoskopie)", "2,3", "20,11"],
             ["2403", "Exzision eines Naevus, Rücken", "2,3", "17,16"], ["4815", "Histologische Untersuchung", "1,15", "24,39"]]),
      "Rechnungsbetrag: 72,38 EUR - erstattet: 72,38 EUR",
      ("small", "Versicherer Krankenversicherung a.G. - Rheinuferstraße 12, 50667 Köln")], title="Statement of benefits")])

M("N", "en", "insurer-to-partner", "trap: GOÄ reform comparison with positions and factors, generic; no patient",
  frm=ADDR("kroeger"), to="Working group outpatient <ag-ambulant@pkv-verband-like.example>",
  subj="GOÄ neu – our comparison of 12 frequent positions", date="2026-03-03 14:00", sig="kroeger", lang="en",
  body="""
Dear colleagues,

as promised at the last working-group meeting, attached is our comparison of twelve frequent GOÄ positions (current GOÄ vs. the draft of the new GOÄ). The figures are list prices only; no claims data is included.

Main points: consultations become more expensive, technical services (lab, imaging) cheaper; the factor system disappears.

Best regards
""", att=[PDF("GOAE_alt_neu_Vergleich.pdf", [
      ("h", "GOÄ alt / GOÄ neu - Vergleich häufiger Positionen (Listenpreise)"),
      ("t", [["Leistung", "GOÄ alt (2,3fach)", "GOÄ neu (Entwurf)"],
             ["Beratung", "10,72", "16,50"], ["Untersuchung, symptombezogen", "10,72", "14,90"],
             ["Ultraschall Abdomen", "26,81", "22,40"], ["Blutbild", "4,66", "3,10"],
             ["EKG in Ruhe", "25,65", "21,00"], ["Langzeit-Blutdruckmessung", "17,49", "15,30"]]),
      "Quelle: eigene Berechnung nach Entwurfsstand 2025. Keine Versichertendaten."], title="GOÄ Vergleich")])

M("C", "de", "insurer-to-broker", "XLSX with the broker's customers' motor renewals: names, plates, SF class, premiums",
  frm=ADDR("vogel"), to="Versicherungsbüro Huber <buero@huber-versicherungen.example>",
  subj="Kfz-Wechselsaison: Ihre Bestände mit Beitragserhöhung > 10 %", date="2026-03-04 10:20", sig="vogel",
  body="""
Grüß Gott Herr Huber,

wie besprochen die Liste Ihrer Kfz-Kunden, bei denen der Beitrag zur Hauptfälligkeit um mehr als 10 % steigt. Vielleicht lohnt sich ein Anruf vor der Wechselfrist.

Die Datei enthält nur Ihre eigenen Bestände.

Servus
Katharina Vogel
""", att=[XLSX("Kfz_Beitragserhoehung_Huber.xlsx", {"Bestand": [
      ["Kunde", "Vertrag", "Kennzeichen", "SF", "Beitrag 2025", "Beitrag 2026", "Änderung"],
      ["Alois Brandl", "KF-40-5502187", "RO-AB 712", "SF 22", 498.10, 561.30, "12,7 %"],
      ["Verena Mayr", "KF-40-5519036", "M-VM 3310", "SF 6", 811.40, 902.65, "11,2 %"],
      ["Josef Wimmer", "KF-40-5520441", "TS-JW 88", "SF 35", 389.00, 431.90, "11,0 %"],
      ["Theresa Obermaier", "KF-40-5534410", "RO-TO 4", "SF 2", 1104.20, 1260.00, "14,1 %"]]}, author="Katharina Vogel")])

M("N", "de", "insurer-to-broker", "trap: XLSX of new accident tariff premiums by age band; no customer",
  frm=ADDR("vogel"), to="Versicherungsbüro Huber <buero@huber-versicherungen.example>",
  subj="Neue Unfalltarife ab 01.04. – Beitragstabelle", date="2026-03-04 10:31", sig="vogel", sigstyle="short",
  body="""
Und gleich noch hinterher: die neue Beitragstabelle Unfall (UV Komfort / UV Premium) als Excel, zum Einbau in Ihr Vergleichsprogramm.
""", att=[XLSX("UV_Beitragstabelle_2026-04.xlsx", {"UV Komfort": [
      ["Alter", "Gefahrengruppe", "Grundsumme 100.000 EUR", "Progression 350 %", "Monatsbeitrag EUR"],
      ["18-39", "A (kaufmännisch)", "ja", "ja", 9.80], ["18-39", "B (handwerklich)", "ja", "ja", 15.40],
      ["40-59", "A (kaufmännisch)", "ja", "ja", 12.10], ["40-59", "B (handwerklich)", "ja", "ja", 19.90],
      ["60-74", "A/B", "ja", "ja", 24.60]]}, author="Maklerservice")])

M("S", "de", "insurer-to-company", "bKV (company health insurance) enrolment list of named employees with birth dates in CSV",
  frm=ADDR("paulsen"), to="Personalabteilung Weidner Metallbau GmbH <personal@weidner-metallbau.example>",
  subj="bKV Zahn & Vorsorge – Anmeldebestätigung für 5 Mitarbeitende", date="2026-03-05 13:13", sig="paulsen",
  body="""
Sehr geehrte Frau Kruse,

vielen Dank für die Anmeldungen zur betrieblichen Krankenversicherung. Wir bestätigen den Versicherungsschutz ab 01.04.2026 für die Mitarbeitenden in der angehängten Liste; die Versichertenkarten gehen direkt an die Privatadressen.

Bei Frau Sommer ist die Anmeldung nach Ablauf der Frist eingegangen – hier gilt deshalb die Wartezeit von 8 Monaten für Zahnersatz.

Mit freundlichen Grüßen
""", att=[CSV("bKV_Anmeldung_Weidner_2026-04.csv", [
      ["Personalnr", "Name", "Vorname", "Geburtsdatum", "Tarif", "Versichertennr", "Wartezeit"],
      ["1043", "Lindner", "Kai", "12.03.1987", "bKV Zahn+Vorsorge", "BK 90-1043", "keine"],
      ["1051", "Sommer", "Ute", "07.08.1972", "bKV Zahn+Vorsorge", "BK 90-1051", "8 Monate ZE"],
      ["1077", "Acar", "Mehmet", "30.01.1995", "bKV Zahn+Vorsorge", "BK 90-1077", "keine"],
      ["1102", "Rother", "Franziska", "19.11.1990", "bKV Zahn+Vorsorge", "BK 90-1102", "keine"],
      ["1119", "Dittmar", "Lars", "02.06.1968", "bKV Zahn+Vorsorge", "BK 90-1119", "keine"]])])

M("N", "de", "insurer-to-company", "trap: bKV offer to an employer with headcount and age bands only",
  frm=ADDR("paulsen"), to="Geschäftsführung Rosskopf Logistik GmbH <gf@rosskopf-logistik.example>",
  subj="Angebot betriebliche Krankenversicherung – 84 Mitarbeitende", date="2026-03-05 15:40", sig="paulsen",
  body="""
Sehr geehrte Damen und Herren,

vielen Dank für Ihr Interesse. Auf Basis Ihrer Angaben (84 Mitarbeitende, Altersstruktur 18–29: 17, 30–49: 41, 50–67: 26) bieten wir Ihnen die bKV "Zahn & Vorsorge" an:

- Beitrag einheitlich 24,90 EUR pro Mitarbeitendem und Monat, Arbeitgeberfinanzierung
- ohne Gesundheitsprüfung und ohne Wartezeiten bei Anmeldung innerhalb von 3 Monaten
- Leistungen: 90 % Zahnersatz, Zahnreinigung 120 EUR/Jahr, Vorsorge, Brille 150 EUR in 2 Jahren

Steuerlich gilt der Beitrag als Sachbezug bis 50 EUR im Monat. Das Angebot gilt bis 30.04.2026.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "rehab clinic stay approved; only inside the ZIP (letter PDF + clinic cost estimate CSV); body bland",
  frm=ADDR("brandt"), to="Gudrun Wessels <gudrun.wessels@t-online.example>",
  subj="Ihre Unterlagen", date="2026-03-06 11:11", sig="brandt", sigstyle="short",
  body="""
Sehr geehrte Frau Wessels,

anbei wie gewünscht die Unterlagen gesammelt als ZIP-Datei.

Mit freundlichen Grüßen
""", att=[ZIP("Unterlagen_Wessels.zip", [
      PDF("Kostenzusage_Reha.pdf", ["Kostenzusage", "Sehr geehrte Frau Wessels,",
          "für die Anschlussheilbehandlung in der MEDIAN Klinik Bad Salzuflen vom 16.03. bis 06.04.2026 im Anschluss an Ihre Hüftoperation sagen wir die Kosten nach Tarif ST 1 zu (Tagessatz 218 EUR, 21 Tage).",
          "Versicherungsnummer KV 102-551-0387"], title="Kostenzusage"),
      CSV("Kostenvoranschlag_Klinik.csv", [["Position", "Tage", "Satz", "Summe"],
          ["AHB orthopädisch", "21", "218,00", "4578,00"], ["Einzelzimmerzuschlag", "21", "45,00", "945,00"]])])])

M("N", "de", "insurer-to-company", "trap: fire insurance quote for a rehab clinic company building; no patient, no contract yet",
  frm=ADDR("hartmann"), to="Verwaltung Rehaklinik Am Kurpark GmbH <verwaltung@reha-am-kurpark.example>",
  subj="Angebot Gebäude- und Inhaltsversicherung Rehaklinik Am Kurpark", date="2026-03-06 14:50", sig="hartmann",
  body="""
Sehr geehrte Damen und Herren,

anbei unser Angebot für die Feuer-, Leitungswasser-, Sturm- und Elementarversicherung Ihrer Klinikgebäude (Bettenhaus, Therapiezentrum mit Bewegungsbad, Verwaltung):

Versicherungssumme Gebäude: 38.400.000 EUR (Wert 1914: 812.000 Mark)
Inhalt inkl. medizinischer Geräte: 6.100.000 EUR
Betriebsunterbrechung: 12 Monate, 9.500.000 EUR
Jahresnettoprämie: 61.840 EUR

Voraussetzung ist die Sprinklerung im Therapiezentrum wie besichtigt. Das Angebot gilt bis 30.04.2026.

Mit freundlichen Grüßen
""")

M("S", "en", "insurer-to-customer", "diagnosis codes only inside the forwarded message/rfc822 (clinic's billing mail); body bland",
  frm=ADDR("whitfield"), to="Isabelle Moreau <isabelle.moreau@orange.example>",
  subj="FW: Billing query", date="2026-03-09 08:58", sig="whitfield", sigstyle="short", lang="en",
  body="""
Dear Ms Moreau,

as discussed, I am forwarding the clinic's mail so you can see what they still need. Could you please ask them to send the itemised invoice to us directly?

Thanks
""", att=[EML(INNER("Billing Office Clinique des Cèdres <facturation@clinique-cedres.example>", f"ihs@{DOM}",
      "Billing query – patient Isabelle Moreau", "2026-03-06 17:20", """Dear Sir or Madam,

regarding your insured Ms Isabelle Moreau (born 22/06/1984), admitted 24-26 February 2026.

Coding: K80.10 (gallstones with cholecystitis), procedure laparoscopic cholecystectomy.
Total EUR 7,420.00. Please confirm the guarantee of payment.

Service facturation
Clinique des Cèdres, Lyon""", "<cedres-20260306-1720@clinique-cedres.example>", lang="en"), "Billing query.eml")])

M("C", "en", "insurer-to-customer", "household burglary: stolen items list in XLSX, police reference, named customer",
  frm=ADDR("demir"), to="Daniel Whitaker <daniel.whitaker@gmx.example>",
  subj="Burglary claim HR-2026-002210 – list of stolen items", date="2026-03-09 12:30", sig="demir", lang="en",
  body="""
Dear Mr Whitaker,

thank you for the police report (Polizeipräsidium Frankfurt, file 0412-2026-118830). I have put the items you listed into the attached spreadsheet. Please check it, add purchase receipts where you have them, and send it back.

Your household policy HR-29-1180543 covers the items at replacement value.

Kind regards
""", att=[XLSX("Stolen_items_HR-2026-002210.xlsx", {"Items": [
      ["Item", "Bought", "Price EUR", "Receipt"], ["MacBook Pro 14", "2024", 2399, "yes"],
      ["Watch Omega Seamaster", "2019", 5200, "certificate"], ["Cash", "-", 350, "-"],
      ["Canon EOS R6 with lens", "2022", 2890, "no"]]}, author="Aylin Demir")])

M("S", "de", "insurer-to-customer", "BU application: ICD-10 codes with suffix in a DOCX table of prior conditions; body bland",
  frm=ADDR("schulte"), to="Philipp Ostermann <philipp.ostermann@web.example>",
  subj="Ihr Antrag BU-Antrag 2026-03318 – Rückfrage", date="2026-03-10 10:10", sig="schulte",
  body="""
Sehr geehrter Herr Ostermann,

zu Ihrem Antrag haben wir noch Rückfragen. Bitte füllen Sie die angehängte Übersicht aus und schicken Sie sie unterschrieben zurück.

Mit freundlichen Grüßen
""", att=[DOCX("Rueckfrage_Antrag_2026-03318.docx", [("h", "Rückfragen zur Risikoprüfung"),
      "Antragsteller: Philipp Ostermann, geb. 1991-05-27, Antrag BU 2026-03318",
      "Ihre Krankenkasse hat uns folgende Abrechnungsdiagnosen der letzten 5 Jahre mitgeteilt. Bitte ergänzen Sie Behandlungszeitraum und heutigen Zustand:",
      ("t", [["Jahr", "ICD-10-GM", "Behandlung von/bis", "heute beschwerdefrei?"],
             ["2022", "M54.5 G", "", ""], ["2023", "F43.2 G", "", ""], ["2024", "J45.0 G", "", ""]]),
      "Ort, Datum, Unterschrift: ____________________"], author="Marlene Schulte")])

M("N", "de", "internal", "trap: ICD-10-GM 2026 update note with codes and suffixes, generic; DOCX",
  frm=ADDR("hasselbach"), to=f"Risikoprüfung Leben <rp-leben@{DOM}>",
  subj="ICD-10-GM 2026 – Änderungen für die Risikoprüfung", date="2026-03-10 16:00", sig="hasselbach", sigstyle="short",
  body="""
Liebe Kolleginnen und Kollegen,

anbei die für uns relevanten Änderungen der ICD-10-GM 2026. Bitte in die Annahmerichtlinien übernehmen; die Prüfregeln im System werden zum 01.04. angepasst.

Zur Erinnerung: Zusatzkennzeichen G (gesichert), V (Verdacht), Z (Zustand nach), A (ausgeschlossen) – V und A sind für die Risikoprüfung nicht als Diagnose zu werten.

U. Hasselbach
""", att=[DOCX("ICD-10-GM_2026_Aenderungen.docx", [("h", "ICD-10-GM 2026 - relevante Änderungen"),
      ("t", [["Kode", "Änderung", "Bedeutung für Risikoprüfung"],
             ["U09.9", "Post-COVID-Zustand, Hinweise präzisiert", "weiter Einzelfallprüfung"],
             ["F43.8", "neue Unterkodes", "wie F43.2 behandeln"],
             ["E66.-", "neue 5. Stelle (BMI-Klassen)", "Tabelle BMI anpassen"]]),
      "Keine Versichertendaten."], author="Dr. Ulrike Hasselbach")])

M("C", "de", "insurer-to-customer", "motor premium increase for a named customer with plate and premium",
  frm=f"Versicherer Kfz-Service <kfz-service@{DOM}>", to="Ewa Kaczmarek <ewa.kaczmarek@wp.example>",
  subj="Ihre Kfz-Versicherung KF-40-3091127: Beitrag ab 01.01.2027", date="2026-10-05 06:00", client="system",
  body="""
Sehr geehrte Frau Kaczmarek,

zum 01.01.2027 ändert sich der Beitrag Ihrer Kfz-Versicherung KF-40-3091127 für Ihren Toyota Yaris Hybrid (DO-EK 515):

Haftpflicht SF 11: 287,40 EUR (bisher 268,10 EUR)
Vollkasko SF 9, SB 300 EUR: 311,20 EUR (bisher 284,50 EUR)
Jahresbeitrag: 598,60 EUR (bisher 552,60 EUR)

Grund: höhere Reparaturkosten und eine neue Regionalklasse für Dortmund. Sie können bis 30.11.2026 kündigen.

Ihr Versicherer Kfz-Service
Diese E-Mail wurde automatisch erstellt.
""")

M("S", "de", "insurer-to-customer", "private health premium adjustment letter for a named insured (health line, no medical word)",
  frm=f"Versicherer Krankenversicherung <kv-service@{DOM}>", to="Ewa Kaczmarek <ewa.kaczmarek@wp.example>",
  subj="Beitragsanpassung zum 01.01.2027 – Ihre Krankenversicherung", date="2026-11-16 06:00", client="system",
  body="""
Sehr geehrte Frau Kaczmarek,

zum 01.01.2027 passen wir den Beitrag Ihrer Krankenversicherung an:

Versicherungsnummer: KV 440-301-7781
Tarif AM 80 / ST 2 / ZE 75: bisher 488,12 EUR, neu 529,40 EUR
Pflegepflichtversicherung: unverändert 58,31 EUR
Ihr Zuschuss des Arbeitgebers (Höchstbetrag) steigt ebenfalls.

Die Begründung und die Herleitung nach § 203 VVG finden Sie im Postfach-Dokument in Ihrem Kundenportal. Wenn Sie prüfen möchten, ob ein anderer Tarif für Sie günstiger ist (§ 204 VVG), rufen Sie uns an.

Ihre Versicherer Krankenversicherung a.G.
""")

M("N", "de", "newsletter", "trap: newsletter on average PKV premium adjustment 2027 per tariff group; no person",
  frm=f"Versicherer Gesundheit <newsletter@{DOM}>", to="undisclosed-recipients:;",
  subj="Beiträge 2027: Warum sich Ihre Krankenversicherung ändert", date="2026-11-02 07:00",
  body="""
Liebe Versicherte,

in diesen Wochen erhalten viele von Ihnen Post zur Beitragsanpassung. Die wichtigsten Zahlen:

- Durchschnittliche Anpassung über alle Tarife: +6,8 %
- 41 % aller Versicherten: keine Änderung
- Höchste Steigerung bei stationären Tarifen wegen der Krankenhauskosten

Warum? Nach § 203 VVG dürfen wir nur anpassen, wenn die Leistungsausgaben um mehr als 10 % (Auslöser) von der Kalkulation abweichen – ein unabhängiger Treuhänder prüft das.

Tipp: Ein Tarifwechsel nach § 204 VVG kann sich lohnen. Infos unter www.versicherer.example/tarifwechsel.

Ihre Versicherer Krankenversicherung a.G.
""")

M("S", "en", "insurer-to-customer", "surrender value of a named customer's endowment policy (life line)",
  frm=ADDR("stanek"), to="Michael O'Donnell <m.odonnell@eircom.example>",
  subj="Surrender value of your policy LV 52-1877430", date="2026-03-11 11:11", sig="stanek", lang="en",
  body="""
Dear Mr O'Donnell,

as requested, the current values of your endowment policy LV 52-1877430 (start 01/05/2009, sum insured EUR 60,000):

Surrender value as at 31/03/2026: EUR 38,214.60
less surrender deduction: EUR 0.00
plus final bonus share: EUR 1,402.11
Payout if surrendered: EUR 39,616.71 (before withholding tax on the gain)

Alternatively you can make the policy paid-up or take a policy loan of up to EUR 30,000. Since you are moving back to Ireland, please also tell us your new tax residence.

Kind regards
""")

M("N", "en", "insurer-to-customer", "trap: generic FAQ answer on surrender vs paid-up to a prospect; example figures only",
  frm=ADDR("kowalski"), to="info@expat-advice-cologne.example",
  subj="RE: Question for your expat guide – surrendering German life policies", date="2026-03-11 14:25", sig="kowalski", sigstyle="short", lang="en",
  body="""
Hello,

happy to help with your expat guide. In general terms:

- Surrender: the policy ends and the customer gets the surrender value. In the first years it can be less than the premiums paid.
- Paid-up: premiums stop, the policy continues with a reduced sum insured.
- Policy loan: the customer borrows against the policy, which continues.

Example (fictitious): premiums paid EUR 20,000 over 12 years, surrender value EUR 21,300. Tax: half of the gain is taxed if the policy ran 12 years and the person is 62 or older (policies from 2005 onwards).

You may quote this. For individual cases readers should call us.

Best regards
""")

M("C", "de", "insurer-to-customer", "water damage in a named landlord's building, named tenants, claim number (buildings)",
  frm=ADDR("demir"), to="Hartmut Sieber <hartmut.sieber@sieber-immobilien.example>",
  subj="Leitungswasserschaden WG-2026-001903, Goethestr. 14", date="2026-03-12 09:05", sig="demir",
  body="""
Sehr geehrter Herr Sieber,

vielen Dank für die Meldung. Laut Installateur ist am 09.03.2026 im 2. OG Ihres Mehrfamilienhauses Goethestr. 14, 34119 Kassel, ein Heizungsrohr in der Wand geplatzt. Betroffen sind die Wohnungen von Frau Dana Kessler (2. OG links) und Familie Yüksel (1. OG links).

Für Ihre Wohngebäudeversicherung WG-15-7721094 beauftragen wir die Trocknungsfirma Aqua-Tec; sie meldet sich bei den Mieterinnen und Mietern direkt. Schäden am Hausrat der Mieter sind über deren eigene Hausratversicherung abzuwickeln – bitte geben Sie das so weiter.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "child accident insurance: named child fell at school, treatment dates (accident line)",
  frm=ADDR("albrecht"), to="Ayşe Korkmaz <ayse.korkmaz@gmx.example>",
  subj="Kinderunfall Emir – Unfallversicherung UV 73-2290051", date="2026-03-12 13:47", sig="albrecht",
  body="""
Sehr geehrte Frau Korkmaz,

vielen Dank für die Unfallanzeige. Emir ist am 05.03.2026 in der Pause auf dem Schulhof der Grundschule Am Park gestürzt und wurde am selben Tag in der Kinderchirurgie des Klinikums Dortmund versorgt; der Gips bleibt laut Ihrer Angabe vier Wochen.

Aus der Kinderunfallversicherung zahlen wir ein Gipsgeld von 150 EUR. Weil der Unfall in der Schule passiert ist, ist auch die gesetzliche Unfallkasse zuständig – bitte melden Sie ihn dort über das Schulsekretariat.

Sollte eine Einschränkung zurückbleiben, melden Sie sich bitte spätestens nach 15 Monaten.

Gute Besserung für Emir!
""")

M("C", "de", "insurer-to-customer", "change of vehicle owner with ISO date of birth of the new owner (motor)",
  frm=ADDR("engel"), to="Felix Borowski <felix.borowski@posteo.example>",
  subj="Halterwechsel KF-40-6611038", date="2026-03-13 08:44", sig="engel", sigstyle="short",
  body="""
Hallo Herr Borowski,

wir haben den Halterwechsel eingetragen. Neuer Halter des VW Polo (H-FB 2290) ist ab 01.03.2026 Ihr Bruder, Herr Niklas Borowski, geb. 1990-04-02, Lister Meile 81, 30161 Hannover. Versicherungsnehmer bleiben Sie.

Bitte beachten: Der Beitrag ändert sich nicht, aber ab sofort gilt der Fahrerkreis "ab 25 Jahre" – fährt noch jemand Jüngeres, bitte melden.

Gruß
""")

M("S", "de", "insurer-to-doctor", "request for a medical report about a named patient (BU claim) with release of confidentiality",
  frm=ADDR("stanek"), to="Praxis Dr. med. Anja Hollmann <praxis@hollmann-neurologie.example>",
  subj="Anforderung ärztlicher Bericht – Herr Carsten Bieler, geb. 08.10.1979", date="2026-03-16 09:20", sig="stanek",
  body="""
Sehr geehrte Frau Dr. Hollmann,

Ihr Patient Herr Carsten Bieler, geb. 08.10.1979, bezieht bei uns eine Berufsunfähigkeitsrente (BU 61-4420913). Für die vereinbarte Nachprüfung bitten wir um einen kurzen Befundbericht zum aktuellen Stand der Multiplen Sklerose (Schubfrequenz, EDSS, aktuelle Therapie mit Ocrelizumab).

Die Schweigepflichtentbindung des Patienten vom 02.03.2026 hängt an. Ihr Honorar erstatten wir nach GOÄ Nr. 75 (Ausführlicher Befundbericht).

Mit freundlichen kollegialen Grüßen
""", att=[PDF("Schweigepflichtentbindung_Bieler.pdf", ["Schweigepflichtentbindungserklärung",
      "Ich, Carsten Bieler, geb. 08.10.1979, entbinde Frau Dr. med. Anja Hollmann, Neurologie, von der ärztlichen Schweigepflicht gegenüber der Versicherer Lebensversicherung AG für Auskünfte zu meiner Erkrankung im Rahmen der Leistungsprüfung BU 61-4420913.",
      "Köln, 02.03.2026 - gez. C. Bieler"], title="Schweigepflichtentbindung")])

M("N", "de", "insurer-to-doctor", "trap: generic info to doctors about the new online report form; no patient",
  frm=f"Versicherer Leistung Leben <arztinfo@{DOM}>", to="undisclosed-recipients:;",
  subj="Neu: Befundberichte online einreichen", date="2026-03-16 07:15", client="system",
  body="""
Sehr geehrte Ärztinnen und Ärzte,

ab 01.04.2026 können Sie angeforderte Befundberichte für unsere Versicherten auch über unser Arztportal hochladen: www.versicherer.example/arztportal. Sie melden sich mit der Vorgangsnummer aus unserem Anforderungsschreiben an; Ihre Daten werden verschlüsselt übertragen.

Das Honorar (z. B. GOÄ Nr. 75 für einen ausführlichen Befundbericht) überweisen wir wie bisher nach Eingang Ihrer Rechnung.

Bitte senden Sie Befunde nicht per einfacher E-Mail oder Fax an Sammeladressen.

Mit freundlichen Grüßen
Versicherer Lebensversicherung AG, Leistung Leben
""")

M("S", "en", "insurer-to-customer", "hearing aids for a named insured reimbursed; audiogram values mentioned",
  frm=ADDR("kroeger"), to="Peter Langley <peter.langley@aol.example>",
  subj="Your hearing aids – reimbursement", date="2026-03-17 10:00", sig="kroeger", lang="en",
  body="""
Dear Mr Langley,

good news: we reimburse your two new hearing aids (Phonak Audéo L90, invoice from Hörwelt Bonn, 24 February 2026) with EUR 1,500 per ear, i.e. EUR 3,000 in total. Your ENT specialist's prescription and the audiogram (hearing loss of 55 dB on the left and 60 dB on the right) show that both devices are needed.

Your tariff allows new hearing aids every four years, so next time from March 2030.

Kind regards
""")

M("N", "en", "insurer-to-supplier", "trap: framework contract with a hearing aid acoustician chain; prices, no patient",
  frm=ADDR("krueger"), to="Key Account <keyaccount@hoerwelt-group.example>",
  subj="Framework agreement 2026 – preferred acoustician network", date="2026-03-17 15:12", sig="krueger", lang="en",
  body="""
Dear Mr Falkner,

thank you for the meeting. As agreed, our insured persons will receive from Hörwelt branches in Germany:

- 15 % discount on the list price of all hearing aids in technology levels 3-5
- free hearing test and a 30-day trial with two devices
- direct billing with us where the customer agrees

Please send the signed agreement by 15 April. Customer data will only be exchanged through our secure portal, never by e-mail.

Kind regards
""")

M("C", "en", "insurer-to-customer", "bank details change confirmed with full IBAN for a named customer's household policy",
  frm=ADDR("becker"), to="Lucia Ferreira <lucia.ferreira@sapo.example>",
  subj="New bank details for your household policy", date="2026-03-18 09:09", sig="becker", sigstyle="short", lang="en",
  body="""
Dear Ms Ferreira,

we have changed the direct debit for your household policy HR-27-4403381 to your new account:

Account holder: Lucia Ferreira
IBAN: %s
Mandate reference: HR274403381-02, first debit 01/04/2026

If you did not ask for this change, please call us immediately on +49 221 555-1620.

Kind regards
""" % IB("PT", "003506510000123456789"))

M("S", "de", "insurer-to-company", "employer asked for salary certificate of a named employee drawing daily sick pay (health line)",
  frm=ADDR("kroeger"), to="Lohnbuchhaltung Bäckerei Kamps-Riedel <lohn@kamps-riedel.example>",
  subj="Verdienstbescheinigung für Herrn Torsten Habermann", date="2026-03-18 14:30", sig="kroeger",
  body="""
Sehr geehrte Damen und Herren,

Ihr Mitarbeiter Herr Torsten Habermann, geb. 21.12.1977, ist bei uns krankentagegeldversichert und bezieht seit dem 02.03.2026 Leistungen. Er hat uns bevollmächtigt, bei Ihnen eine Verdienstbescheinigung anzufordern.

Bitte teilen Sie uns das durchschnittliche Nettoeinkommen der letzten 12 Monate vor dem 02.03.2026 mit und ob Sie Entgeltfortzahlung bis 12.04.2026 leisten. Ein Formular hängt an.

Mit freundlichen Grüßen
""", att=[PDF("Verdienstbescheinigung_Formular.pdf", ["Verdienstbescheinigung für das Krankentagegeld",
      "Versicherte Person: Torsten Habermann, geb. 21.12.1977, KT 43",
      "Beginn der Arbeitsunfähigkeit: 02.03.2026",
      "Nettoarbeitsentgelt der letzten 12 Monate: ____________ EUR",
      "Entgeltfortzahlung bis: ____________",
      "Stempel / Unterschrift Arbeitgeber"], title="Verdienstbescheinigung")])

M("C", "de", "insurer-to-customer", "traffic legal protection: named customer's speeding fine (administrative offence)",
  frm=ADDR("lindqvist"), to="Jan-Erik Voss <je.voss@gmx.example>",
  subj="Bußgeldbescheid – Deckung RS-2026-00977", date="2026-03-19 10:40", sig="lindqvist", sigstyle="short",
  body="""
Hallo Herr Voss,

für den Einspruch gegen den Bußgeldbescheid des Kreises Mettmann vom 02.03.2026 (41 km/h zu schnell außerorts, 320 EUR, 2 Punkte, 1 Monat Fahrverbot) besteht Deckung aus Ihrem Verkehrs-Rechtsschutz RS-21-8830112.

Wir übernehmen die Kosten Ihres Anwalts und das Sachverständigengutachten zur Messung. Frist für den Einspruch: zwei Wochen ab Zustellung – bitte beeilen Sie sich.

Viele Grüße
""")

M("S", "de", "insurer-to-customer", "motorcycle accident: passenger's broken leg and surgery, named (motor liability with personal injury)",
  frm=ADDR("brenner"), to="Kevin Lorenzen <kevin.lorenzen@web.example>",
  subj="Motorradunfall 15.03.2026 – Ansprüche Ihrer Sozia", date="2026-03-20 11:50", sig="brenner",
  body="""
Hallo Herr Lorenzen,

zu Ihrem Unfall am 15.03.2026 auf der L 280: Ihre Sozia Frau Jacqueline Berndt hat über ihren Anwalt Ansprüche angemeldet. Nach dem Bericht des Krankenhauses Itzehoe hat sie eine Unterschenkelfraktur rechts erlitten, wurde operiert (Marknagel) und war 11 Tage stationär.

Ihre Kfz-Haftpflicht KF-40-8803192 deckt Personenschäden von Mitfahrern. Wir übernehmen die Regulierung. Bitte schreiben Sie uns kurz, wie es zu dem Sturz kam (Geschwindigkeit, Straßenzustand).

Gruß
""")

M("N", "de", "internal", "trap: data protection minutes about health data in e-mails; vocabulary only, no person",
  frm=ADDR("meier"), to=f"Datenschutzkoordinatoren <ds-koordinatoren@{DOM}>",
  subj="Protokoll DS-Koordinatorenrunde 19.03.2026", date="2026-03-20 15:00", sig="meier", sigstyle="short",
  body="""
Liebe Kolleginnen und Kollegen,

kurzes Protokoll unserer Runde:

1. Gesundheitsdaten (Diagnosen, Arztberichte, Rezepte, Pflegegrad, Reha) nur über das Portal oder verschlüsselt versenden. Auch "harmlose" Angaben wie ein Krankenhausaufenthalt oder ein Medikament sind Gesundheitsdaten.
2. Kfz- und Sachschäden: Vertragsnummer + Name reicht für "vertraulich"; TLS ist hier ausreichend.
3. Fehlversand: drei Fälle im Quartal (Verwechslung von Empfängern mit gleichem Nachnamen). Bitte Adressen vor dem Senden prüfen.
4. Nächste Schulung Leistung Kranken: 22.04.2026.

Beste Grüße
Thomas Meier
""")

M("C", "en", "insurer-to-broker", "home insurance quote for a broker's named client with address and date of birth",
  frm=ADDR("reuter"), to="Sophie Carter <sophie.carter@hanse-brokers.example>",
  subj="Quote HR-Q-2026-1180 for your client Mr Jonathan Reeves", date="2026-03-23 09:35", sig="reuter", lang="en",
  body="""
Hi Sophie,

here is the quote for your client:

Jonathan Reeves, born 30 November 1982
Flat: Isestraße 112, 20149 Hamburg, 94 m², 3rd floor
Household contents, sum insured EUR 71,000, incl. bicycle theft up to EUR 3,000
Annual premium: EUR 164.30

Please note: Mr Reeves told you about a burglary claim with his previous insurer in 2023 – we can accept that, but the excess is EUR 250 for the first three years.

Cheers
Frank
""")

M("S", "en", "insurer-to-customer", "BU underwriting decision: exclusion for the spine after back condition (underwriting = health data)",
  frm=ADDR("schulte"), to="Laura Bennett <laura.bennett@gmail.example>",
  subj="Your disability insurance application – our decision", date="2026-03-24 13:05", sig="schulte", lang="en",
  body="""
Dear Ms Bennett,

thank you for your application for disability insurance (application BU 2026-03502) and for the report from your orthopaedic surgeon.

Because of your herniated disc (L5/S1, treated conservatively in 2024) we can offer cover with the following exclusion:
"Disability caused by diseases or injuries of the spine and their consequences is not covered."

Everything else is covered at the normal premium of EUR 71.40 a month. We will review the exclusion on request after five years without complaints.

Please let us know within four weeks whether you accept.

Kind regards
""")

M("N", "en", "insurer-to-broker", "trap: generic BU underwriting guide for brokers (typical outcomes per condition); no person",
  frm=ADDR("schulte"), to="maklerverteiler@versicherer.example",
  subj="Underwriting guide disability 2026 – what to expect", date="2026-03-24 16:00", sig="schulte", sigstyle="short", lang="en",
  body="""
Dear broker partners,

many of you asked what typically happens with pre-existing conditions. Rough guide (each case is still checked individually):

[[g]]

Tip: an anonymous risk enquiry (no name, only age, occupation and condition) gives your client an indication without a record in the HIS database.

Kind regards
""", tables={"g": ([["Condition", "Typical outcome"],
                   ["Back pain, treated > 3 years ago", "normal"],
                   ["Herniated disc, conservative", "exclusion spine"],
                   ["Asthma, mild", "normal or surcharge 10-25 %"],
                   ["Depression, treated < 5 years ago", "postponement"]], "pipe")})

M("C", "de", "insurer-to-customer", "car theft: named customer's car with VIN and key count (motor)",
  frm=ADDR("brenner"), to="Dragan Petrović <dragan.petrovic@gmail.example>",
  subj="Diebstahl Ihres BMW X3 – KS-2026-005102", date="2026-03-25 08:20", sig="brenner", sigstyle="short",
  body="""
Sehr geehrter Herr Petrović,

wir haben den Diebstahl Ihres BMW X3 (FIN WBA5X11010L832904, S-DP 4040) aus der Tiefgarage Rotebühlstraße am 22.03.2026 angelegt. Teilkasko KF-40-4410287 ist vorhanden.

Bitte schicken Sie uns alle Fahrzeugschlüssel (Sie nannten 2 Stück) per Einschreiben, den Fahrzeugbrief und die Bestätigung der Polizei. Nach einem Monat ohne Wiederauffinden zahlen wir den Wiederbeschaffungswert.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "father admitted to a named nursing home (Pflegeheim), care allowance (care line)",
  frm=ADDR("yilmaz"), to="Ralf Jansen <ralf.jansen@t-online.example>",
  subj="Ihr Vater – vollstationäre Pflege ab 01.04.", date="2026-03-26 12:02", sig="yilmaz",
  body="""
Sehr geehrter Herr Jansen,

danke für die Mitteilung, dass Ihr Vater, Herr Gerhard Jansen, ab 01.04.2026 im Seniorenzentrum St. Josef in Kleve wohnt. Für die vollstationäre Pflege zahlen wir aus seiner Pflegetagegeldversicherung PT 77-110-0981 den vollen Satz von 60 EUR täglich (Pflegegrad 4).

Bitte schicken Sie uns noch den Heimvertrag oder eine Bestätigung der Einrichtung. Die Zahlung läuft dann monatlich auf das Konto Ihres Vaters.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "trap: company donation to a senior care home for the neighbourhood day; no resident",
  frm=ADDR("baumann"), to=f"Vorstandsbüro <vorstandsbuero@{DOM}>",
  subj="Spende Seniorenzentrum St. Josef – Freigabe?", date="2026-03-26 15:20", sig="baumann", sigstyle="short",
  body="""
Hallo zusammen,

das Seniorenzentrum St. Josef in Kleve fragt wie jedes Jahr nach einer Spende für den Nachbarschaftstag im Juni (Rollstuhl-Rikschafahrten für die Bewohnerinnen und Bewohner). Vorschlag: 2.500 EUR aus dem Budget Soziales, Fototermin mit Vorstand möglich.

Bitte kurze Freigabe bis Freitag.

Danke
Julia
""")

M("S", "de", "insurer-to-customer", "HTML-only: doctor's invoice positions with diagnosis in a table for a named insured",
  frm=ADDR("kroeger"), to="Monika Stratmann <monika.stratmann@gmx.example>", client="outlook",
  subj="Ihre Arztrechnung vom 10.03.2026 – Teilerstattung", date="2026-03-27 10:31",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Stratmann,</p>
<p>die Rechnung von Dr. med. Felix Aumann (Innere Medizin / Kardiologie) haben wir geprüft. Zwei Positionen können wir leider nicht voll erstatten:</p>
""" + table_html([["GOÄ", "Leistung", "Faktor", "berechnet", "erstattet"],
                  ["3", "Eingehende Beratung", "3,5", "30,60", "20,11"],
                  ["651", "EKG", "1,8", "26,66", "26,66"],
                  ["424", "Echokardiographie", "1,8", "73,41", "73,41"],
                  ["652", "Belastungs-EKG", "2,3", "76,61", "76,61"],
                  ["", "Diagnose laut Rechnung: I48.0 Vorhofflimmern, paroxysmal", "", "", ""]]) + """
<p>Für den Faktor 3,5 bei Nr. 3 fehlt die schriftliche Begründung (§ 12 Abs. 3 GOÄ). Bitte fragen Sie Ihren Arzt danach; dann zahlen wir nach.</p>
<p>Mit freundlichen Grüßen<br>Sabine Kröger<br>Leistungsservice Krankenversicherung</p>
</body></html>
""")

M("C", "de", "insurer-to-customer", "rent deposit guarantee: named applicant's net income checked (income data)",
  frm=ADDR("hartmann"), to="Leonie Brückner <leonie.brueckner@mailbox.example>",
  subj="Ihre Mietkautionsbürgschaft – Annahme", date="2026-03-30 09:48", sig="hartmann", sigstyle="short",
  body="""
Hallo Frau Brückner,

Ihre Gehaltsnachweise (netto 2.740 EUR monatlich, unbefristet bei der Stadtsparkasse Düsseldorf) reichen aus. Wir übernehmen die Mietkautionsbürgschaft über 3.300 EUR für die Wohnung Kölner Landstraße 38, 40591 Düsseldorf, Vermieterin Frau Karin Pesch.

Die Bürgschaftsurkunde geht direkt an die Vermieterin. Ihr Jahresbeitrag: 148,50 EUR.

Viele Grüße
""")

M("N", "de", "insurer-to-supplier", "trap: scanning service SLA for 'Arztrechnungen' batches; volumes only",
  frm=ADDR("krueger"), to="Projektleitung ScanCenter West GmbH <projekte@scancenter-west.example>",
  subj="SLA-Anpassung Posteingang Kranken ab Q2", date="2026-03-30 13:37", sig="krueger",
  body="""
Sehr geehrter Herr Lambrecht,

für Q2 passen wir die Servicelevel für den Posteingang Krankenversicherung an:

- Arztrechnungen, Rezepte, Heil- und Kostenpläne: Digitalisierung am Eingangstag, 98 % (bisher 95 %)
- Klinikrechnungen: am Eingangstag, 100 %
- Volumen: ca. 41.000 Belege/Monat, Spitzen im Januar

Die Originale werden wie bisher nach 6 Wochen datenschutzgerecht vernichtet (DIN 66399, Schutzklasse 3). Bitte bestätigen Sie die Änderung bis 10.04.

Mit freundlichen Grüßen
""")

M("S", "en", "insurer-to-customer", "psychotherapy sessions approved for a named insured (health data)",
  frm=ADDR("whitfield"), to="Chloe Addison <chloe.addison@protonmail.example>",
  subj="Your therapy sessions – approval", date="2026-03-31 11:00", sig="whitfield", lang="en",
  body="""
Dear Ms Addison,

we have received the therapy plan from Dipl.-Psych. Marek Janowski. We approve 25 sessions of cognitive behavioural therapy (short-term therapy, 50 minutes each) from 1 April 2026, billed under GOP 870, plus the 5 trial sessions already held.

If more sessions are needed, Mr Janowski can simply send us a short follow-up report before session 25.

We wish you all the best.
""")

M("N", "en", "newsletter", "trap: newsletter on mental health support offers (generic); no person",
  frm=f"Versicherer Health <newsletter@{DOM}>", to="undisclosed-recipients:;",
  subj="It's OK not to be OK – mental health support in your policy", date="2026-04-01 07:00",
  body="""
Dear member,

one in four people in Germany will experience a mental illness at some point. Your health policy helps:

- Psychotherapy: up to 50 sessions a year without prior approval (tariffs AM 80 and AM 100)
- Online therapy programmes such as HelloBetter and selfapy – free for you
- Our counselling line, staffed by psychologists, Monday to Friday 8–20

You don't need a diagnosis to call us. Find out more at www.versicherer.example/en/mental-health

Take care,
your Versicherer health team
""")

M("C", "en", "insurer-to-customer", "young driver added to a named customer's car, DOB '30 November 2005'",
  frm=ADDR("engel"), to="Andrew Clarke <andrew.clarke@gmail.example>",
  subj="Your daughter as an additional driver – KF-40-9902145", date="2026-04-02 09:10", sig="engel", sigstyle="short", lang="en",
  body="""
Dear Mr Clarke,

we've added your daughter, Emily Clarke (born 30 November 2005), as a driver of your Ford Focus (K-AC 5090). Because she is under 23, the premium goes up by EUR 214.00 a year; the first pro-rata amount of EUR 160.50 will be debited on 1 May.

Accompanied driving (BF17) experience is not counted, sorry.

Kind regards
""")

M("S", "de", "internal", "clerk forwards a named customer's BU case to the medical officer (diagnosis, medication)",
  frm=ADDR("stanek"), to=ADDR("hasselbach"),
  subj="WG: BU 61-5502391 Kerstin Albers – bitte medizinische Einschätzung", date="2026-04-02 14:14", sig="stanek", sigstyle="short",
  body="""
Hallo Frau Dr. Hasselbach,

könnten Sie sich den Fall bitte bis Ende nächster Woche ansehen? Frau Albers (Grundschullehrerin, 44) beantragt BU wegen einer rezidivierenden depressiven Störung (F33.1), seit 09/2025 arbeitsunfähig, Venlafaxin 150 mg, tagesklinische Behandlung in der LVR-Klinik Düren bis 20.02.2026. Das Gutachten der Amtsärztin liegt in der Akte.

Frage: Reicht das für 50 % BU im zuletzt ausgeübten Beruf, oder brauchen wir ein eigenes Gutachten?

Danke
Oliver Stanek
""")

M("C", "de", "insurer-to-assessor", "assessor commissioned for water damage at a named customer's flat (household)",
  frm=ADDR("demir"), to="Sachverständigenbüro Ruhland <auftrag@sv-ruhland.example>",
  subj="Auftrag HR-2026-003118 – Leitungswasser, Familie Oduya", date="2026-04-06 08:30", sig="demir",
  body="""
Sehr geehrter Herr Ruhland,

bitte besichtigen Sie den Leitungswasserschaden bei unserer Versicherungsnehmerin Frau Grace Oduya, Mozartstr. 9, 65183 Wiesbaden (Tel. 0611 555 3390), Hausrat HR-30-1029774.

Geschildert: Waschmaschinenschlauch geplatzt am 02.04.2026, Laminat und Einbauküche beschädigt, Schätzung der Kundin ca. 9.000 EUR.

Bitte klären Sie Ursache, Zeitwert/Neuwert der Küche und ob Vorschäden vorliegen. Bericht bis 24.04.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-assessor", "medical assessor commissioned with a named insured's records (accident invalidity)",
  frm=ADDR("albrecht"), to="Dr. med. Peter Wallraff <gutachten@wallraff-gutachten.example>",
  subj="Gutachtenauftrag UV 73-1184502 – Frau Nicole Jaworski", date="2026-02-20 11:50", sig="albrecht",
  body="""
Sehr geehrter Herr Dr. Wallraff,

vielen Dank für die Übernahme. Frau Nicole Jaworski, geb. 14.06.1986, stürzte am 06.04.2025 mit dem Fahrrad und zog sich eine Schultereckgelenksprengung rechts (Tossy III) zu, operiert am 08.04.2025 (Hakenplatte, entfernt 09/2025). Sie gibt eine anhaltende Bewegungseinschränkung über Kopf an.

Bitte bemessen Sie die Invalidität nach der Gliedertaxe (Arm im Schultergelenk) und nehmen Sie zu unfallfremden Vorschäden Stellung (MRT 2019 lag eine Rotatorenmanschetten-Tendinose vor).

Termin bei Ihnen: 10.03.2026, 14:30 Uhr. Die Unterlagen (OP-Bericht, Entlassbrief, MRT) kommen separat über das Gutachterportal.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-assessor", "trap: fee table for assessors 2026, generic; no case",
  frm=ADDR("demir"), to="Sachverständigenbüro Ruhland <auftrag@sv-ruhland.example>",
  subj="Honorartabelle Sachverständige 2026", date="2026-04-06 10:00", sig="demir", sigstyle="short",
  body="""
Sehr geehrter Herr Ruhland,

zur Info die ab 01.05.2026 geltende Honorartabelle für Sachverständige in Hausrat/Wohngebäude:

[[h]]

Fahrtkosten 0,70 EUR/km ab dem 30. km. Fotos und Bericht bitte weiterhin ausschließlich über das Gutachterportal.

Mit freundlichen Grüßen
""", tables={"h": ([["Schadenhöhe", "Pauschale netto"], ["bis 5.000 EUR", "290 EUR"], ["bis 25.000 EUR", "540 EUR"],
                   ["bis 100.000 EUR", "980 EUR"], ["darüber", "nach Aufwand, 125 EUR/h"]], "pad")})

M("C", "en", "insurer-to-customer", "private cyber cover: named customer lost money to an online shop fraud",
  frm=ADDR("demir"), to="Marcus Lee <marcus.lee@live.example>",
  subj="Online shopping fraud – your claim CY-2026-00119", date="2026-04-07 11:24", sig="demir", lang="en",
  body="""
Dear Mr Lee,

sorry to hear about the fake shop. You paid EUR 1,149.00 on 12 March 2026 to "kamera-outlet24" for a camera that never arrived; your bank could not recall the transfer.

Your household policy HR-33-0018265 includes the optional cyber module, which covers online shopping fraud up to EUR 2,500 (excess EUR 100). We will therefore pay EUR 1,049.00. Please send us the police report number once you have it.

Kind regards
""")

M("S", "de", "insurer-to-customer", "death benefit claim: named deceased husband, death certificate, payout (life line)",
  frm=ADDR("stanek"), to="Helga Brinkhaus <helga.brinkhaus@t-online.example>",
  subj="Todesfallleistung LV 51-0229187 – Ihr Mann", date="2026-04-08 10:05", sig="stanek",
  body="""
Sehr geehrte Frau Brinkhaus,

zunächst unser aufrichtiges Beileid zum Tod Ihres Mannes, Herrn Walter Brinkhaus, am 21.03.2026.

Wir haben die Sterbeurkunde und den Versicherungsschein erhalten. Als bezugsberechtigte Ehefrau erhalten Sie aus der Kapitallebensversicherung LV 51-0229187:

Versicherungssumme: 25.000,00 EUR
Überschussbeteiligung: 6.812,40 EUR
Auszahlung: 31.812,40 EUR

Weil der Vertrag seit mehr als drei Jahren besteht, benötigen wir keine ärztliche Todesbescheinigung. Die Überweisung veranlassen wir, sobald Sie uns Ihre Bankverbindung bestätigt haben.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-partner", "trap: press release on life insurance payouts in aggregate; no person",
  frm=ADDR("baumann"), to="Presseverteiler <presse-verteiler@versicherer.example>",
  subj="PM: Versicherer zahlt 2025 rund 1,4 Mrd. Euro an Lebensversicherte aus", date="2026-04-08 11:00", sig="baumann",
  body="""
Pressemitteilung

Köln, 8. April 2026 – Die Versicherer Lebensversicherung AG hat 2025 rund 1,4 Milliarden Euro an ihre Kundinnen und Kunden ausgezahlt, davon 1,1 Mrd. Euro Ablaufleistungen, 184 Mio. Euro Renten und 96 Mio. Euro Todesfallleistungen.

Die laufende Verzinsung bleibt 2026 bei 2,6 Prozent. "Auch in schwierigen Zeiten können sich unsere Kunden auf ihre Altersvorsorge verlassen", sagt Vorstand Jörg Pietsch.

Die häufigsten Todesursachen in unserem Bestand entsprechen dem Bundesdurchschnitt: Herz-Kreislauf-Erkrankungen und Krebs.

Pressekontakt: Julia Baumann, presse@versicherer.example
""")

M("C", "de", "insurer-to-customer", "ICS appointment for the assessor's visit at a named customer's address (buildings)",
  frm=ADDR("demir"), to="Gabriele Stöcker <g.stoecker@gmx.example>",
  subj="Termin Besichtigung Ihres Kellers", date="2026-04-09 14:00", sig="demir", sigstyle="short",
  body="""
Hallo Frau Stöcker,

wie besprochen kommt der Sachverständige am Donnerstag zur Besichtigung. Die Termineinladung hängt an.

Viele Grüße
""", att=[ICS("Besichtigung.ics", "d8-besichtigung-stoecker@versicherer.example", "Besichtigung Rückstauschaden WG-2026-002331",
      "20260416T100000", "20260416T113000", ("Aylin Demir", f"aylin.demir@{DOM}"), [("Gabriele Stöcker", "g.stoecker@gmx.example")],
      location="Lindenallee 22, 47051 Duisburg (Keller)", description="Sachverständiger Herr Ruhland. Wohngebäude WG-12-5501932, Frau Stöcker. Bitte Zugang zum Keller ermöglichen.")])

M("S", "de", "insurer-to-customer", "ICS for a medical examination of a named applicant at a named practice (life underwriting)",
  frm=ADDR("schulte"), to="Matthias Römer <matthias.roemer@web.example>",
  subj="Ihr Untersuchungstermin", date="2026-04-09 15:30", sig="schulte", sigstyle="short",
  body="""
Sehr geehrter Herr Römer,

anbei der Termin für die ärztliche Untersuchung zu Ihrem Antrag. Bitte nüchtern erscheinen.

Mit freundlichen Grüßen
""", att=[ICS("Untersuchung.ics", "d8-untersuchung-roemer@versicherer.example", "Ärztliche Untersuchung Antrag LV 2026-04120",
      "20260420T080000", "20260420T090000", ("Marlene Schulte", f"marlene.schulte@{DOM}"), [("Matthias Römer", "matthias.roemer@web.example")],
      location="Praxis Dr. med. S. Ebert, Innere Medizin, Neumarkt 1, 50667 Köln",
      description="Untersuchung mit Blutbild, Belastungs-EKG und Urinstatus wegen Versicherungssumme 750.000 EUR. Bitte Medikamentenliste (Bisoprolol) mitbringen.")])

M("N", "en", "internal", "trap: IT release note for the 'medical reports' inbox; no patient",
  frm=ADDR("raman"), to=f"Claims IT Change Board <cab-claims@{DOM}>",
  subj="Release 26.4: routing of medical reports and doctors' invoices", date="2026-04-10 09:00", sig="raman", sigstyle="short", lang="en",
  body="""
Hi all,

release 26.4 (go-live 18 April) changes the routing of incoming medical documents:

- doctors' invoices and prescriptions -> OCR queue "AMB" (as before)
- medical reports and discharge letters -> new queue "MED", visible only to the medical team and claims handlers with role HEALTH_READ
- documents with an ICD-10 code but no policy number -> manual clearing

No production data is used in the test; test cases use the synthetic persons from the test data catalogue. Please approve by Wednesday.

Priya
""")

M("C", "de", "insurer-to-customer", "glass breakage: named customer's ceramic hob, policy number; no health",
  frm=ADDR("demir"), to="Jürgen Wittkamp <juergen.wittkamp@arcor.example>",
  subj="Glasbruch Ceranfeld – GL-2026-00411", date="2026-04-13 10:20", sig="demir", sigstyle="short",
  body="""
Hallo Herr Wittkamp,

den Sprung im Ceranfeld übernehmen wir aus Ihrer Glasversicherung GL-18-2093311. Bitte lassen Sie das Kochfeld vom Elektriker tauschen und schicken uns die Rechnung; wir erstatten bis zu 900 EUR ohne weitere Prüfung.

Viele Grüße
""")

# ==========================================================================
# Batch 3: English-heavy, animals, travel, dental, care (0103-0167)

M("N", "en", "insurer-to-customer", "trap: portal notification 'new secure message', no content",
  frm=f"Versicherer Secure Mail <securemail-noreply@{DOM}>", to="Hannah Whitmore <hannah.whitmore@icloud.example>",
  subj="You have a new secure message", date="2026-04-13 07:12",
  body="""
Hello,

you have received a new message from Versicherer in your secure mailbox.

To read it, sign in at https://securemail.versicherer.example with your e-mail address and password. The message will be kept for 90 days.

This notification contains no personal information. Please do not reply to this e-mail.

Versicherer Secure Mail
""")

M("N", "en", "insurer-to-customer", "trap: one-time password mail of the portal registration; no personal data",
  frm=f"Versicherer Secure Mail <securemail-noreply@{DOM}>", to="Callum Fraser <callum.fraser@gmail.example>",
  subj="Your one-time password (1/2)", date="2026-04-13 07:14",
  body="""
Hello,

a secure message is waiting for you. This is your one-time password for your first sign-in:

    7fK2-qP9w-Lm4e

You will receive the registration link in a separate e-mail. The one-time password is valid for 14 days. After signing in you will set your own password and a security question.

Versicherer Secure Mail
""")

M("S", "en", "insurer-to-customer", "short reply; chemotherapy of the named customer only in the quoted mobile mail",
  frm=ADDR("whitfield"), to="Deborah Quinn <deb.quinn@icloud.example>",
  subj="Re: invoices", date="2026-04-14 09:03", sig="whitfield", sigstyle="name", lang="en",
  body="""
Dear Deborah,

got them, thank you – all three invoices are with us and will be paid this week. No need to send anything else for now. Wishing you strength for Monday.
""", quote=Q("""On 13 Apr 2026, at 22:41, Deborah Quinn <deb.quinn@icloud.example> wrote:

hi emma, photos of the oncology invoices attached (uniklinik bonn, dr weiss). chemo cycle 3 starts monday so i might be slow to reply next week. policy IH-733-5120. deb"""))

M("C", "en", "insurer-to-broker", "eVB number for a broker's named client's motorbike",
  frm=ADDR("reuter"), to="Sophie Carter <sophie.carter@hanse-brokers.example>",
  subj="RE: eVB for Mr Reeves – motorbike", date="2026-04-14 11:20", sig="reuter", sigstyle="short", lang="en",
  body="""
Hi Sophie,

eVB for Jonathan Reeves (Isestraße 112, 20149 Hamburg), Honda CB650R, seasonal plate 04-10: JR8Q3T1. Policy will be KR-40-1190872, SF 3 as agreed.

Frank
""")

M("N", "en", "insurer-to-broker", "trap: broker asks how to generate eVBs in the portal; generic how-to",
  frm=ADDR("reuter"), to="Sophie Carter <sophie.carter@hanse-brokers.example>",
  subj="RE: eVB in the broker portal?", date="2026-04-14 11:35", sig="reuter", sigstyle="short", lang="en",
  body="""
Hi Sophie,

yes – you can create eVBs yourself: Broker portal > Motor > "eVB anfordern". You need portfolio rights for the client or you start a new quote. The number appears immediately and is sent to the registration office's database within minutes.

Your colleague Mr Lange doesn't have the role yet; your firm administrator can add it under Users > Roles.

Frank
""")

M("S", "en", "insurer-to-customer", "accident policy: hospital cash after a skiing accident for a named insured",
  frm=ADDR("albrecht"), to="Oliver Grant <oliver.grant@outlook.example>",
  subj="Your accident claim UV-2026-00512 – hospital cash", date="2026-04-15 10:40", sig="albrecht", lang="en",
  body="""
Dear Mr Grant,

we have received the discharge summary from Krankenhaus Zams (Tyrol). You were in hospital from 28 February to 6 March 2026 after your skiing accident, 7 days in total.

Accident policy UV 73-3319084 pays hospital cash of EUR 50 a day: 7 x EUR 50 = EUR 350, plus the convalescence benefit of EUR 350. Total: EUR 700.

If you have lasting impairment, please let us know within 15 months of the accident.

Kind regards
""")

M("N", "en", "newsletter", "trap: pet newsletter with typical vet costs; no animal or owner",
  frm=f"Versicherer Pets <newsletter@{DOM}>", to="undisclosed-recipients:;",
  subj="Spring check for your dog and cat – and what a vet visit costs", date="2026-04-15 07:00",
  body="""
Hi pet lovers,

spring means ticks, long walks and – sometimes – the vet. Typical costs in Germany since the new fee schedule (GOT):

- general examination dog: EUR 23.62 (1x rate)
- vaccination incl. exam: around EUR 70-90
- cruciate ligament surgery: EUR 1,500-3,500
- dental cleaning for cats under anaesthesia: EUR 250-500

Our pet surgery policy pays up to 3x the GOT rate. Tip of the month: check your dog for ticks after every walk.

Woof & meow,
your Versicherer pet team
""")

M("C", "en", "insurer-to-customer", "cat's dental treatment reimbursed under a named customer's pet policy (animal health)",
  frm=ADDR("wagner"), to="Ingrid Svensson <ingrid.svensson@telia.example>",
  subj="Your claim for Mio – dental treatment", date="2026-04-16 09:15", sig="wagner", sigstyle="short", lang="en",
  body="""
Dear Ms Svensson,

Mio's tooth extraction under anaesthesia at Kleintierpraxis am Dom (invoice 3 April 2026, EUR 612.40) is covered by your pet health policy TK-91-2201774. After the 20 % co-payment we pay EUR 489.92.

Mio is now 11 years old; from next year the co-payment rises to 30 % as stated in your policy.

Best regards
""")

M("S", "en", "insurer-to-customer", "dog liability: named child bitten by the insured's dog, stitches in A&E",
  frm=ADDR("oltmanns"), to="Robert Haines <robert.haines@gmx.example>",
  subj="Dog bite on 11 April – claim TH-2026-00233", date="2026-04-16 14:22", sig="oltmanns", lang="en",
  body="""
Dear Mr Haines,

thank you for reporting the incident. According to your description, your dog Bruno bit 6-year-old Mila Schuster on the left forearm in the park on 11 April 2026. Her mother told us that the wound was stitched in the children's emergency department of Klinikum Leverkusen and that Mila received a tetanus booster.

Your dog owner's liability policy TH-22-0087713 covers the claim. We will contact Mrs Schuster about medical costs and compensation for pain and suffering directly. Please do not make any promises of payment yourself.

Kind regards
""")

M("C", "en", "insurer-to-customer", "dog damaged the neighbour's fence; named customer, nobody hurt",
  frm=ADDR("oltmanns"), to="Robert Haines <robert.haines@gmx.example>",
  subj="Fence damage – claim TH-2026-00251", date="2026-04-21 10:02", sig="oltmanns", sigstyle="short", lang="en",
  body="""
Dear Mr Haines,

a second one, I'm afraid: your neighbour Mr Vogt at Am Rosenhang 3 reports that Bruno dug under and damaged his wooden fence (invoice from the carpenter EUR 780). No person or animal was hurt. We'll pay Mr Vogt directly under TH-22-0087713.

Best regards
""")

M("N", "en", "newsletter", "trap: job posting for a medical underwriter; health vocabulary, no person",
  frm=f"Versicherer Careers <careers@{DOM}>", to="jobletter@versicherer.example",
  subj="We're hiring: Medical Underwriter (m/f/d), life & disability – English-speaking", date="2026-04-17 07:30",
  body="""
Join our international underwriting team in Cologne!

What you'll do
- assess applications for life, critical illness and disability cover from expats and international clients
- read medical reports in English and German, order additional evidence (GP reports, lab tests)
- work with our Chief Medical Officer on guidelines for diabetes, cardiovascular and mental health conditions

What you bring
- background in nursing, medicine or underwriting
- fluent English, good German

Apply by 31 May 2026 at www.versicherer.example/careers (ref. LV-2026-11).
""")

M("S", "en", "insurer-to-customer", "expat's insulin prescriptions reimbursed monthly (health data)",
  frm=ADDR("whitfield"), to="Carlos Mendoza <carlos.mendoza@gmail.example>",
  subj="Your pharmacy claims March 2026", date="2026-04-17 11:45", sig="whitfield", sigstyle="short", lang="en",
  body="""
Dear Mr Mendoza,

we have reimbursed your March pharmacy receipts:

- Insulin glargine (Lantus) 100 U/ml, 10 pens – EUR 94.52
- Insulin aspart (NovoRapid) FlexPen, 5 pens – EUR 58.31
- FreeStyle Libre 3 sensors, 2 – EUR 119.80

Total EUR 272.63. Tip: your endocrinologist can prescribe a 3-month supply, which saves you two submissions.

Kind regards
""")

M("N", "en", "insurer-to-partner", "trap: aggregate report on a diabetes care programme for a partner; no person",
  frm=ADDR("whitfield"), to="Programme team <team@diabetes-coach-app.example>",
  subj="Programme report Q1 2026 – diabetes coaching", date="2026-04-20 10:00", sig="whitfield", lang="en",
  body="""
Dear colleagues,

our Q1 figures for the joint coaching programme (aggregated, no member-level data):

- enrolled members: 1,184 (+9 %)
- average HbA1c change after 6 months: -0.6 percentage points (n = 412)
- share using a CGM sensor: 38 %
- drop-out rate: 11 %

Please send us your app usage statistics in the same aggregated form. Cells with fewer than 10 members must be suppressed.

Best regards
""")

M("C", "en", "insurer-to-customer", "employment legal protection: salary arrears of a named customer (income)",
  frm=ADDR("lindqvist"), to="Aleksandra Nowak <aleksandra.nowak@onet.example>",
  subj="Legal expenses cover – unpaid wages RS-2026-01102", date="2026-04-20 13:30", sig="lindqvist", sigstyle="short", lang="en",
  body="""
Dear Ms Nowak,

we confirm cover under RS-24-7700219 for your claim against Gebäudereinigung Sauber & Co. KG for unpaid wages for February and March 2026 (2 x EUR 2,180 gross) and holiday pay.

You can use the lawyer you named, Ms Dragan in Essen. Please send us her cost estimate.

Kind regards
""")

M("S", "en", "insurer-to-customer", "employment legal protection: dismissal during a named customer's long illness (health data)",
  frm=ADDR("lindqvist"), to="Stephen Wallace <stephen.wallace@gmx.example>",
  subj="Cover confirmed – dismissal during sick leave RS-2026-01121", date="2026-04-21 09:18", sig="lindqvist", lang="en",
  body="""
Dear Mr Wallace,

we confirm cover under your legal expenses policy RS-19-3301876 for an action against your dismissal by Trans-Rhein Logistics GmbH dated 10 April 2026.

As you wrote, you have been on sick leave since October 2025 after your heart attack and the bypass operation, and your employer dismissed you on health grounds before the company integration talks (BEM) took place. Your lawyer should raise this; the deadline for the claim is 1 May 2026.

Kind regards
""")

M("N", "en", "insurer-to-customer", "trap: webinar invitation about dismissal during sick leave; generic legal topic",
  frm=f"Versicherer Events <events-noreply@{DOM}>", to="undisclosed-recipients:;",
  subj="Webinar: Can I be dismissed while I'm ill? – 12 May, 6 pm", date="2026-04-22 07:00",
  body="""
Dear customer,

many people believe that you cannot be dismissed while on sick leave. That's not quite true. In our free webinar, employment lawyer Dr. Nina Haas explains:

- when a dismissal on health grounds is lawful in Germany
- what "BEM" (company integration management) means
- deadlines: three weeks to go to court

Tuesday, 12 May 2026, 6–7 pm, in English. Register at www.versicherer.example/en/webinars

Your Versicherer legal protection team
""")

M("C", "en", "insurer-to-customer", "rental car excess refunded to a named traveller (travel, no health)",
  frm=ADDR("seidel"), to="Fiona McAllister <fiona.mcallister@gmail.example>",
  subj="Rental car excess – claim RG-2026-01277", date="2026-04-22 10:10", sig="seidel", sigstyle="short", lang="en",
  body="""
Dear Ms McAllister,

the scratch on your rental car in Faro (Europcar agreement 88120455, 9 April 2026) cost you the excess of EUR 950. Your annual travel policy RV-55-3012298 refunds it in full. Payment to your account ending 7731 this week.

Kind regards
""")

M("S", "en", "insurer-to-customer", "trip cancelled because of a named relative's heart attack (health data of a third person)",
  frm=ADDR("seidel"), to="Martin Hughes <martin.hughes@btinternet.example>",
  subj="Your cancellation claim RR-2026-00644", date="2026-04-23 15:00", sig="seidel", lang="en",
  body="""
Dear Mr Hughes,

we are sorry to hear about your father. Following his heart attack on 14 April 2026 and his admission to the cardiac ICU of St Thomas' Hospital, you cancelled your trip to Crete planned for 25 April.

Your cancellation insurance RR-63-1108834 covers the cancellation fee of EUR 2,210 because a serious illness of a close relative is an insured event. Please send us the hospital's confirmation (no details of treatment needed) and the tour operator's cancellation invoice.

We wish your father a good recovery.
""")

M("N", "en", "insurer-to-customer", "trap: travel cancellation FAQ listing insured events (illness, pregnancy complications); no person",
  frm=ADDR("seidel"), to="travel-desk@university-exchange.example",
  subj="RE: Which reasons are covered by trip cancellation insurance?", date="2026-04-23 16:40", sig="seidel", sigstyle="short", lang="en",
  body="""
Hello,

for your exchange-student info sheet – insured reasons under our cancellation policy are, among others:

- unexpected serious illness or accident of the traveller or a close relative
- death of a close relative
- pregnancy complications, or a pregnancy discovered after booking
- loss of job through the employer's dismissal
- damage to property at home (fire, burglary) of more than EUR 2,500

Not covered: fear of travel, a pre-existing condition that was already being treated when booking.

Kind regards
""")

M("C", "en", "insurer-to-customer", "windscreen replacement booked for a named customer's car (motor)",
  frm=ADDR("brenner"), to="Priyanka Shah <priyanka.shah@yahoo.example>",
  subj="Windscreen replacement booked – K-PS 808", date="2026-04-24 08:33", sig="brenner", sigstyle="short", lang="en",
  body="""
Dear Ms Shah,

Carglass will replace the windscreen of your Hyundai Kona (K-PS 808) on Tuesday 28 April at 10:00, branch Köln-Ehrenfeld. Your partial cover KF-40-6603218 applies; excess EUR 150, payable at the branch.

Kind regards
""")

M("N", "en", "insurer-to-supplier", "trap: monthly glass repair invoice summary with counts; no plates",
  frm=ADDR("krueger"), to="Key Account Insurance <insurance@glassrepair-network.example>",
  subj="March collective invoice – 1,412 jobs", date="2026-04-24 12:00", sig="krueger", sigstyle="short", lang="en",
  body="""
Hello,

we have checked your collective invoice SR-2026-03: 1,412 jobs, of which 1,019 repairs and 393 replacements, EUR 512,330.80 net. 14 jobs lack the claim number – they are listed by your job ID only in the portal clearing list. We will pay the undisputed amount of EUR 505,902.10 on 30 April.

Regards
""")

M("S", "en", "insurer-to-customer", "home care service invoices for a named customer's mother (care line)",
  frm=ADDR("yilmaz"), to="Karen Bauer-Smith <karen.bauersmith@gmail.example>",
  subj="Your mother's home care invoices – March", date="2026-04-27 10:17", sig="yilmaz", lang="en",
  body="""
Dear Mrs Bauer-Smith,

we have received the March invoice from Ambulanter Pflegedienst Sonnenschein for your mother, Mrs Ilse Bauer (policy PT 77-405-1129, care level 2): basic care (washing, dressing) twice daily and medication support, EUR 1,486.20.

Her long-term care insurance pays 100 % of the remaining cost after the statutory care fund's contribution (EUR 796.00), i.e. EUR 690.20. Payment goes to your mother's account.

Kind regards
""")

M("C", "en", "insurer-to-customer", "hail damage to a named homeowner's solar panels (buildings)",
  frm=ADDR("demir"), to="Jonathan Price <jon.price@web.example>",
  subj="Hail damage to your PV system – WG-2026-002870", date="2026-04-27 14:44", sig="demir", sigstyle="short", lang="en",
  body="""
Dear Mr Price,

the installer's report confirms hail damage to 6 of the 22 panels on your roof at Am Sonnenhang 12, 88045 Friedrichshafen. Your buildings policy WG-26-1109332 includes the PV system; we pay EUR 3,960 for the replacement. Please send us the final invoice.

Kind regards
""")

M("N", "en", "insurer-to-company", "trap: PV/engineering quote for a solar park company; no natural person",
  frm=ADDR("hartmann"), to="Asset Management <assets@sunfield-energy-gmbh.example>",
  subj="Quote: engineering and loss of income cover, Solarpark Emsland II", date="2026-04-28 10:05", sig="hartmann", lang="en",
  body="""
Dear Sir or Madam,

please find our indicative terms for Solarpark Emsland II (12.4 MWp, 23,600 modules, 3 central inverters):

- all risks incl. theft, hail, storm, short circuit: sum insured EUR 8.9 m
- loss of income: 12 months, EUR 1.1 m
- deductible EUR 5,000, theft EUR 10,000
- annual net premium: EUR 21,420

Terms are subject to a site survey (fencing, video surveillance). Valid until 30 June 2026.

Best regards
""")

M("S", "en", "insurer-to-customer", "policy loan on a named customer's life insurance (life line, no medical word)",
  frm=ADDR("stanek"), to="Aidan Murphy <aidan.murphy@gmail.example>",
  subj="Policy loan on LV 52-2206711 – paid out", date="2026-04-28 13:00", sig="stanek", sigstyle="short", lang="en",
  body="""
Dear Mr Murphy,

your policy loan of EUR 15,000 on endowment policy LV 52-2206711 has been paid out today. Interest: 4.1 % p.a., payable quarterly; the loan is repaid from the maturity benefit on 01/12/2031 unless you repay it earlier.

Kind regards
""")

M("C", "en", "insurer-to-customer", "household policy update for a US customer with date of birth 'November 30, 1982'",
  frm=ADDR("kowalski"), to="Jennifer Walsh <jennifer.walsh@gmail.example>",
  subj="Your household policy – updated details", date="2026-04-29 09:30", sig="kowalski", sigstyle="short", lang="en",
  body="""
Dear Ms Walsh,

we've updated your household policy HR-35-0072219 as requested:

Policyholder: Jennifer Walsh, date of birth November 30, 1982
New address: Bergmannstraße 44, 10961 Berlin (from May 1, 2026)
Living area: 78 m² – sum insured EUR 58,500

Your premium changes to EUR 121.80 a year because Berlin is in a higher zone.

Best regards
""")

M("N", "en", "internal", "trap: synthetic API test cases with 'John Doe, born 01/01/1970' (fictitious)",
  frm=ADDR("raman"), to=f"Integration team <integration@{DOM}>",
  subj="Test data for the BiPRO endpoint – synthetic persons only", date="2026-04-29 11:00", sig="raman", sigstyle="short", lang="en",
  body="""
Hi,

for the BiPRO 430 tests, please use only the persons from the synthetic test catalogue, e.g.:

- John Doe (fictitious), born 01/01/1970, policy TEST-HR-0000001
- Erika Mustermann (fictitious), born 12.08.1964, policy TEST-KV-0000002, tariff AM 100
- IBAN DE02 1203 0000 0000 2020 51 (published example IBAN)

Never copy production data into the test environment – the DPO will check the test database in May.

Priya
""")

M("S", "en", "insurer-to-customer", "orthodontic treatment (KIG 3) for a named child under the dental policy",
  frm=ADDR("wendland"), to="Nadia Haddad <nadia.haddad@gmx.example>",
  subj="Braces for Yasmin – orthodontic treatment plan", date="2026-04-30 10:25", sig="wendland", lang="en",
  body="""
Dear Mrs Haddad,

we have reviewed Dr. Lenz's orthodontic treatment plan for Yasmin (10). Because her malocclusion is graded KIG 3 (overjet 6 mm), the statutory health fund pays the basic treatment; our supplementary dental policy ZK 40-3301122 covers the extras in the plan:

- self-ligating brackets and white wires: EUR 1,240
- retainer after treatment: EUR 380
We reimburse 80 %: EUR 1,296 over the expected 3 years of treatment.

Kind regards
""")

M("N", "en", "newsletter", "trap: product info on children's orthodontics and KIG grades; no person",
  frm=f"Versicherer Health <newsletter@{DOM}>", to="undisclosed-recipients:;",
  subj="Braces for your kids – what the statutory fund pays and what it doesn't", date="2026-04-30 07:00",
  body="""
Dear parents,

about half of all children in Germany get braces. Whether the statutory fund pays depends on the orthodontic indication group (KIG): grades 3 to 5 are covered, grades 1 and 2 are not.

Extras such as invisible aligners or self-ligating brackets are almost always private. Our dental plan for kids pays 80 % – if you take it out before the first orthodontist visit.

Details at www.versicherer.example/en/kids-dental
""")

M("C", "en", "insurer-to-customer", "tenant's liability: named customer damaged the rental flat's floor; landlord named",
  frm=ADDR("oltmanns"), to="Samuel Adeyemi <samuel.adeyemi@outlook.example>",
  subj="Parquet damage at your rented flat – PH-2026-001004", date="2026-05-04 09:50", sig="oltmanns", sigstyle="short", lang="en",
  body="""
Dear Mr Adeyemi,

your landlord, Mrs Heike Brandes, claims EUR 3,400 for sanding and resealing the parquet in the flat at Körnerstraße 5, 04107 Leipzig, after you moved out. Your personal liability policy PH-23-6620871 includes damage to rented property. We will check the claim, taking into account the age of the floor (laid in 2012), and settle with Mrs Brandes.

Kind regards
""")

M("S", "de", "insurer-to-customer", "pregnancy / maternity protection period and daily sick pay of a named insured",
  frm=ADDR("kroeger"), to="Lisa Martens <lisa.martens@posteo.example>",
  subj="Krankentagegeld während des Mutterschutzes", date="2026-05-04 11:11", sig="kroeger",
  body="""
Liebe Frau Martens,

herzlichen Glückwunsch zur Schwangerschaft! Laut Bescheinigung Ihrer Frauenärztin ist der voraussichtliche Entbindungstermin der 18.08.2026. Die Mutterschutzfrist beginnt damit am 07.07.2026.

Als privat krankenversicherte Selbständige erhalten Sie aus Ihrem Krankentagegeldtarif KT 43 während der Schutzfristen (6 Wochen vor und 8 Wochen nach der Geburt) das vereinbarte Tagegeld von 95 EUR. Bitte schicken Sie uns nach der Geburt die Geburtsurkunde, damit wir die Frist nach der Entbindung genau berechnen können.

Alles Gute!
""")

M("N", "de", "internal", "trap: HR announcement on parental leave rules; no named person",
  frm=ADDR("weiss"), to=f"Alle Mitarbeitenden <alle@{DOM}>",
  subj="Neu im Intranet: Leitfaden Mutterschutz und Elternzeit", date="2026-05-05 08:00", sig="weiss", sigstyle="short",
  body="""
Liebe Kolleginnen und Kollegen,

im Intranet finden Sie ab heute den überarbeiteten Leitfaden "Mutterschutz und Elternzeit": Wann muss ich eine Schwangerschaft melden? Wie beantrage ich Elternzeit? Wie funktioniert Teilzeit in Elternzeit?

Neu: Wir zahlen Beschäftigten in Elternzeit einen Zuschuss zur Kinderbetreuung von 150 EUR im Monat.

Fragen gern an personal@versicherer.example – vertraulich.

Nadine Weiß
""")

M("S", "de", "insurer-to-customer", "disability card (GdB, mark 'aG') of a named customer for motor discount (disability = health)",
  frm=ADDR("engel"), to="Klaus Dietrich <klaus.dietrich@t-online.example>",
  subj="Ihr Schwerbehindertenausweis – Rabatt Kfz", date="2026-05-05 10:40", sig="engel",
  body="""
Sehr geehrter Herr Dietrich,

vielen Dank für die Kopie Ihres Schwerbehindertenausweises (GdB 80, Merkzeichen aG und G). Damit gewähren wir ab 01.06.2026 einen Nachlass von 10 % auf Ihre Kfz-Versicherung KF-40-2290017 (VW Caddy mit Rollstuhlrampe, EN-KD 77).

Der Umbau (Rampe, Handbediengerät) ist in der Vollkasko bis 15.000 EUR mitversichert. Die Befreiung von der Kfz-Steuer beantragen Sie beim Hauptzollamt.

Mit freundlichen Grüßen
""")

M("N", "de", "newsletter", "trap: brochure text on motor cover for vehicles adapted for disabled drivers; no person",
  frm=f"Versicherer Newsletter <newsletter@{DOM}>", to="undisclosed-recipients:;",
  subj="Mobil mit Handicap: Umbauten im Auto richtig versichern", date="2026-05-06 07:00",
  body="""
Liebe Leserinnen und Leser,

Rollstuhlrampe, Handgas, Schwenksitz – Umbauten kosten oft mehr als 10.000 Euro. Damit sie bei einem Schaden ersetzt werden:

- Umbauten bei Vertragsabschluss oder sofort nach dem Einbau melden
- in unserer Vollkasko bis 15.000 EUR beitragsfrei mitversichert
- mit Schwerbehindertenausweis (Merkzeichen aG, H oder Bl) gibt es 10 % Nachlass

Mehr unter www.versicherer.example/mobil-mit-handicap
""")

M("S", "de", "insurer-to-customer", "care aids (wheelchair, nursing bed) for a named insured (care/health)",
  frm=ADDR("yilmaz"), to="Renate Oberholz <renate.oberholz@t-online.example>",
  subj="Pflegebett und Rollstuhl – Kostenübernahme", date="2026-05-07 12:00", sig="yilmaz", sigstyle="short",
  body="""
Liebe Frau Oberholz,

für Ihren Mann, Herrn Dieter Oberholz, übernehmen wir aus der Pflegepflichtversicherung die Kosten für das elektrische Pflegebett und den Leichtgewichtrollstuhl laut Verordnung von Dr. Kamphues. Das Sanitätshaus Vital liefert nächste Woche und rechnet direkt mit uns ab. Eigenanteil: 25 EUR je Hilfsmittel.

Viele Grüße
""")

M("C", "de", "insurer-to-customer", "e-bike theft with frame number for a named customer (household)",
  frm=ADDR("demir"), to="Nils Hartung <nils.hartung@mailbox.example>",
  subj="Fahrraddiebstahl – HR-2026-004411", date="2026-05-07 14:15", sig="demir", sigstyle="short",
  body="""
Hallo Herr Hartung,

Ihr E-Bike (Cube Kathmandu Hybrid, Rahmennummer WCU22K08813, Kaufpreis 3.299 EUR) wurde am 03.05.2026 vor dem Hauptbahnhof Münster trotz Schloss gestohlen. Versichert ist es über Ihre Hausrat HR-28-1192004 bis 3.500 EUR. Wir zahlen den Neuwert, wenn sich das Rad nicht innerhalb von drei Wochen wieder anfindet.

Viele Grüße
""")

M("N", "de", "insurer-to-partner", "trap: bicycle theft statistics per city for a press enquiry; aggregates",
  frm=ADDR("baumann"), to="Redaktion Radwelt <redaktion@radwelt-magazin.example>",
  subj="AW: Fahrraddiebstahl – Ihre Anfrage", date="2026-05-08 09:00", sig="baumann", sigstyle="short",
  body="""
Hallo Herr Lenz,

unsere Zahlen 2025 (Hausrat, Fahrraddiebstahl, gemeldete Fälle je 1.000 Verträge):

Münster 14,2 – Leipzig 12,8 – Köln 11,9 – Berlin 11,4 – Freiburg 10,7

Durchschnittlicher Schaden: 1.420 EUR, bei E-Bikes 2.960 EUR. Sie dürfen die Zahlen mit Quellenangabe verwenden.

Beste Grüße
Julia Baumann
""")

M("S", "de", "insurer-to-customer", "dental implant after a named insured's accident (accident + dental)",
  frm=ADDR("albrecht"), to="Moritz Falkenberg <moritz.falkenberg@web.example>",
  subj="Zahnimplantat nach Ihrem Sturz – UV 73-4410928", date="2026-05-08 11:30", sig="albrecht",
  body="""
Sehr geehrter Herr Falkenberg,

Sie haben beim Sturz mit dem Roller am 20.02.2026 den Schneidezahn 21 verloren. Ihr Zahnarzt plant ein Implantat mit Krone (Kostenplan 3.480 EUR).

Aus Ihrer Unfallversicherung zahlen wir die kosmetischen und Zahnersatzkosten nach Unfall bis 5.000 EUR abzüglich der Leistung Ihrer Krankenkasse. Bitte reichen Sie nach der Behandlung die Rechnung und den Bescheid der Kasse ein.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-customer", "neighbour dispute over a hedge; legal protection for a named customer",
  frm=ADDR("lindqvist"), to="Gertrud Kamphausen <g.kamphausen@freenet.example>",
  subj="Ihr Nachbarstreit – Rechtsschutz RS-2026-01240", date="2026-05-11 09:25", sig="lindqvist", sigstyle="short",
  body="""
Sehr geehrte Frau Kamphausen,

für den Streit mit Ihrem Nachbarn Herrn Ulrich Pesch über die 3,20 m hohe Thujahecke an der Grundstücksgrenze Birkenweg 11/13 in Bergheim besteht Deckung aus RS-16-2210884 (Grundstücks-Rechtsschutz). Vorher ist in NRW ein Schlichtungsverfahren bei der Schiedsperson vorgeschrieben – die Kosten übernehmen wir ebenfalls.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "health tariff change with risk surcharge after health questions for a named insured",
  frm=ADDR("nguyen"), to="Bernd Hauschild <bernd.hauschild@gmx.example>",
  subj="Ihr Tarifwechsel nach § 204 VVG – Mehrleistung", date="2026-05-11 14:00", sig="nguyen",
  body="""
Sehr geehrter Herr Hauschild,

den Wechsel von Tarif AM 60 in AM 100 zum 01.07.2026 können wir durchführen. Für die Mehrleistung im neuen Tarif (höhere Erstattung Heilmittel und Sehhilfen) haben wir Ihre Gesundheitsangaben geprüft. Wegen des Bluthochdrucks (medikamentös eingestellt) und des BMI von 33 erheben wir für die Mehrleistung einen Risikozuschlag von 18,40 EUR im Monat.

Alternativ können Sie die Mehrleistung ausschließen; dann entfällt der Zuschlag. Bitte teilen Sie uns Ihre Entscheidung bis 15.06. mit.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "trap: template for the tariff change letter with «placeholders» including «Risikozuschlag»",
  frm=ADDR("nguyen"), to=f"Team Antrag Kranken <antrag-kranken@{DOM}>",
  subj="Überarbeiteter Musterbrief Tarifwechsel (TB K-204)", date="2026-05-12 08:30", sig="nguyen", sigstyle="short",
  body="""
Hallo zusammen,

der Musterbrief K-204 ist überarbeitet (Rechtsabteilung hat freigegeben):

"Sehr geehrte/r «Anrede» «Nachname», den Wechsel von Tarif «Alttarif» in «Neutarif» zum «Datum» können wir durchführen. Für die Mehrleistung haben wir Ihre Gesundheitsangaben geprüft. «Option A: Wir erheben einen Risikozuschlag von «Betrag» EUR.» «Option B: Ohne Zuschlag.» …"

Bitte bei Option A immer den Grund im Brief nennen, aber allgemein halten ("wegen der angegebenen Vorerkrankung").

Minh
""")

M("C", "de", "insurer-to-customer", "motor policy ends after the sale of a named customer's car",
  frm=ADDR("engel"), to="Sandra Köhler <sandra.koehler@gmx.example>",
  subj="Vertragsende nach Fahrzeugverkauf – KF-40-1120098", date="2026-05-12 10:50", sig="engel", sigstyle="short",
  body="""
Hallo Frau Köhler,

danke für den Kaufvertrag. Ihr Vertrag für den Seat Ibiza (BI-SK 391) endet mit der Ummeldung durch den Käufer am 08.05.2026. Den zu viel gezahlten Beitrag von 187,22 EUR überweisen wir auf Ihr Konto. Ihre SF 12 bleibt sieben Jahre für ein neues Auto reserviert.

Viele Grüße
""")

M("S", "de", "insurer-to-company", "group accident: named employee's workplace accident and hospital stay, to the employer",
  frm=ADDR("albrecht"), to="Personal Bauunternehmung Grothe GmbH <personal@grothe-bau.example>",
  subj="Gruppenunfall GU 74-0031 – Unfall Herr Sebastian Kroll", date="2026-05-13 09:40", sig="albrecht",
  body="""
Sehr geehrte Frau Lübbers,

vielen Dank für die Meldung. Ihr Mitarbeiter Herr Sebastian Kroll ist am 06.05.2026 auf der Baustelle in Lippstadt vom Gerüst gestürzt und liegt mit Beckenfraktur im Evangelischen Krankenhaus Lippstadt.

Aus Ihrer Gruppenunfallversicherung GU 74-0031 zahlen wir Krankenhaustagegeld und prüfen später die Invalidität. Bitte geben Sie Herrn Kroll unsere Kontaktdaten; wir brauchen seine eigene Einwilligung für die Anforderung der Arztberichte.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-company", "trap: group accident offer to an employer with headcounts per risk group",
  frm=ADDR("albrecht"), to="Geschäftsleitung Dachbau Fink GmbH <info@dachbau-fink.example>",
  subj="Angebot Gruppenunfallversicherung – 32 Beschäftigte", date="2026-05-13 11:00", sig="albrecht",
  body="""
Sehr geehrte Damen und Herren,

anbei unser Angebot für eine Gruppenunfallversicherung (24-Stunden-Deckung, Beruf und Freizeit):

Gefahrengruppe A (Büro): 4 Personen
Gefahrengruppe B (Dachdecker, Gerüstbau): 28 Personen
Invalidität 100.000 EUR mit 350 % Progression, Todesfall 20.000 EUR, Krankenhaustagegeld 30 EUR
Jahresbeitrag gesamt: 7.840 EUR netto

Namen der Beschäftigten brauchen wir nicht – die Versicherung gilt für alle gemeldeten Köpfe.

Mit freundlichen Grüßen
""")

M("S", "de", "internal", "health claims refers a named insured's accident costs to recourse (injury, hospital)",
  frm=ADDR("brandt"), to=ADDR("schreiber"),
  subj="Regress-Prüfung KV 220-118-4471 – Verkehrsunfall Fremdverschulden", date="2026-05-14 13:20", sig="brandt", sigstyle="short",
  body="""
Hallo Frau Dr. Schreiber,

bitte Regress prüfen: Unsere Versicherte Frau Martina Kuhlmann wurde am 12.02.2026 in Bochum als Fußgängerin von einem Pkw (BO-TZ 2214, Haftpflichtversicherer: Westfalia Versicherung) angefahren. Wir haben bisher gezahlt:

Klinikum Bochum, 12.–24.02.2026, Tibiakopffraktur, OP: 14.882,30 EUR
Reha Bad Sassendorf: 4.210,00 EUR
Physiotherapie: 1.118,00 EUR

Die Polizeiakte liegt vor, der Fahrer ist laut Ermittlungsbericht bei Rot gefahren.

Gruß
Gerrit
""")

M("C", "de", "insurer-to-company", "motor recourse against the other driver's insurer; named driver, plate, no injury",
  frm=ADDR("schreiber"), to="Regress Westfalia Versicherung <regress@westfalia-vers.example>",
  subj="Regressforderung KS-2026-006112 / Ihr VN Herr Tobias Zander", date="2026-05-15 10:00", sig="schreiber",
  body="""
Sehr geehrte Damen und Herren,

Ihr Versicherungsnehmer Herr Tobias Zander ist am 02.04.2026 mit dem Pkw BO-TZ 2214 auf das stehende Fahrzeug unserer Versicherungsnehmerin Frau Inge Pohlmann (BO-IP 90) aufgefahren. Personen wurden nicht verletzt.

Wir haben den Fahrzeugschaden unserer Kundin aus der Vollkasko mit 6.412,80 EUR reguliert und machen den Betrag nach § 86 VVG bei Ihnen geltend. Zahlung bitte bis 15.06.2026 unter Angabe KS-2026-006112.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "trap: recourse department's quarterly figures; aggregates only",
  frm=ADDR("schreiber"), to=f"Bereichsleitung Schaden <bl-schaden@{DOM}>",
  subj="Regress Q1/2026 – Kennzahlen", date="2026-05-15 16:30", sig="schreiber", sigstyle="short",
  body="""
Hallo zusammen,

Regress Q1/2026:

Kfz: 1.204 Fälle, 4,8 Mio. EUR realisiert (Quote 71 %)
Kranken (Personenschäden Dritter): 188 Fälle, 2,1 Mio. EUR
Sach/Haftpflicht: 402 Fälle, 1,3 Mio. EUR

Die Teilungsabkommen mit drei Kfz-Versicherern laufen Ende 2026 aus; ich schlage eine Verlängerung vor.

Carola Schreiber
""")

M("S", "de", "insurer-to-lawyer", "ZIP with a named insured's hospital records sent to the insurer's lawyer; body bland",
  frm=ADDR("schreiber"), to="RA Dr. Benedikt Strauch <strauch@kanzlei-strauch.example>",
  subj="Kuhlmann ./. Westfalia – Unterlagen", date="2026-05-18 09:15", sig="schreiber", sigstyle="short",
  body="""
Sehr geehrter Herr Dr. Strauch,

anbei die Unterlagen für die Klage, gepackt. Passwort kommt per SMS.

Beste Grüße
""", att=[ZIP("Kuhlmann_Unterlagen.zip", [
      PDF("Entlassbrief_Klinikum_Bochum.pdf", ["Entlassungsbrief", "Patientin: Martina Kuhlmann, geb. 03.09.1969",
          "Aufnahme 12.02.2026, Entlassung 24.02.2026", "Diagnose: Tibiakopffraktur rechts (S82.18 R), Schürfwunden",
          "Therapie: offene Reposition und Plattenosteosynthese am 13.02.2026", "Weiterbehandlung: AHB, Teilbelastung 6 Wochen"],
          title="Entlassungsbrief"),
      CSV("Leistungen_KV_220-118-4471.csv", [["Datum", "Leistungserbringer", "Betrag"],
          ["24.02.2026", "Klinikum Bochum", "14882,30"], ["30.03.2026", "Reha-Klinik Bad Sassendorf", "4210,00"],
          ["28.04.2026", "Physiopraxis Ruhr", "1118,00"]])])])

M("C", "de", "insurer-to-broker", "portfolio transfer: CSV of named customers' household contracts to a new broker",
  frm=ADDR("reuter"), to="Versicherungskontor Lüders <kontor@lueders-vk.example>",
  subj="Bestandsübertragung Agentur Martensen – Ihre neuen Kunden", date="2026-05-18 11:40", sig="reuter",
  body="""
Moin Herr Lüders,

wie vereinbart übernehmen Sie zum 01.06.2026 den Bestand der Agentur Martensen (Ruhestand). Die Kundinnen und Kunden sind informiert und haben nicht widersprochen. Anbei die Sachverträge; Kranken- und Lebensverträge kommen nur über das Portal.

Gruß
Frank Reuter
""", att=[CSV("Bestand_Martensen_Sach.csv", [["Kunde", "Anschrift", "Sparte", "Vertrag", "Beitrag"],
      ["Annegret Thiesen", "Hafenstr. 3, 25761 Büsum", "Hausrat", "HR-12-0099811", "118,40"],
      ["Broder Petersen", "Norderstr. 19, 25746 Heide", "Wohngebäude", "WG-08-2200143", "712,00"],
      ["Ole Jessen", "Am Deich 7, 25761 Büsum", "PHV", "PH-14-1102287", "64,90"],
      ["Wiebke Carstens", "Süderstr. 40, 25746 Heide", "Hausrat", "HR-15-3378010", "96,10"]], enc="windows-1252", sub="excel")])

M("N", "de", "insurer-to-broker", "trap: blank commission agreement template as PDF with «placeholders»",
  frm=ADDR("vogel"), to="Neue Makler GbR Hofmann & Yıldırım <info@hofmann-yildirim.example>",
  subj="Courtagevereinbarung – Entwurf zur Durchsicht", date="2026-05-19 10:10", sig="vogel",
  body="""
Sehr geehrte Frau Hofmann, sehr geehrter Herr Yıldırım,

anbei unser Standardentwurf der Courtagevereinbarung. Bitte tragen Sie Ihre Firmendaten ein; die Bankverbindung bitte nicht per E-Mail, sondern über das Stammdatenformular im Portal.

Mit freundlichen Grüßen
""", att=[PDF("Courtagevereinbarung_Entwurf.pdf", [("h", "Courtagevereinbarung (Entwurf)"),
      "zwischen der Versicherer Holding AG und «Firma», «Anschrift», Registernummer «HRA/HRB»",
      "§ 1 Gegenstand: Vermittlung von Versicherungsverträgen aller Sparten.",
      "§ 2 Courtage: nach Anlage 1 (Sach 15 %, Kfz 5 %, Kranken 5 Monatsbeiträge, Leben 25 Promille).",
      "§ 3 Bankverbindung: IBAN «IBAN», Kontoinhaber «Kontoinhaber»",
      "Ort, Datum, Unterschriften: «…»"], title="Courtagevereinbarung Entwurf")])

M("S", "de", "insurer-to-customer", "glasses for a named insured with dioptre values reimbursed (health data)",
  frm=ADDR("kroeger"), to="Ursula Brandes <ursula.brandes@web.example>",
  subj="Ihre neue Brille – Erstattung", date="2026-05-19 14:05", sig="kroeger", sigstyle="short",
  body="""
Liebe Frau Brandes,

Ihre Gleitsichtbrille von Optik Sehwerk (Rechnung 11.05.2026, 890 EUR) erstatten wir mit dem Höchstbetrag Ihres Tarifs von 300 EUR. Die Werte aus der Verordnung (R sph -3,25 cyl -0,75, L sph -2,75, Addition 2,25) haben sich um mehr als 0,5 dpt geändert, deshalb gilt die Zweijahresfrist nicht.

Viele Grüße
""")

M("N", "de", "newsletter", "trap: optician cooperation announcement; generic dioptre rule",
  frm=f"Versicherer Gesundheit <newsletter@{DOM}>", to="undisclosed-recipients:;",
  subj="Neu: 20 % Rabatt bei unseren Partner-Optikern", date="2026-05-20 07:00",
  body="""
Liebe Versicherte,

ab Juni erhalten Sie bei über 800 Partner-Optikern 20 % Rabatt auf Brillengläser und Fassungen. Erstattung nach Ihrem Tarif: je nach Tarif 150 bis 300 EUR alle zwei Jahre – bei einer Änderung der Sehstärke um mindestens 0,5 Dioptrien auch früher.

Partnersuche: www.versicherer.example/optiker
""")

M("S", "de", "insurer-to-customer", "preventive examinations of a named insured reimbursed (mammography, colonoscopy)",
  frm=ADDR("kroeger"), to="Christiane Vogt <christiane.vogt@gmx.example>",
  subj="Vorsorgeuntersuchungen – Erstattung und Bonus", date="2026-05-20 10:30", sig="kroeger", sigstyle="short",
  body="""
Liebe Frau Vogt,

wir haben Ihre Rechnungen für die Mammographie (Radiologie am Ring, 14.04.2026) und die Vorsorge-Koloskopie (Gastroenterologie Dr. Meuser, 28.04.2026) vollständig erstattet, zusammen 612,40 EUR. Weil Sie beide Vorsorgen wahrgenommen haben, schreiben wir Ihrem Gesundheitskonto 100 Bonuspunkte gut.

Viele Grüße
""")

M("N", "de", "insurer-to-customer", "trap: prevention bonus programme explained generically to a prospect",
  frm=ADDR("nguyen"), to="Tim Lehnert <tim.lehnert@outlook.example>",
  subj="AW: Bonusprogramm – wie funktioniert das?", date="2026-05-20 13:15", sig="nguyen", sigstyle="short",
  body="""
Hallo Herr Lehnert,

ganz einfach: Für jede Vorsorgeuntersuchung (z. B. Check-up, Hautkrebs-Screening, Zahnvorsorge) und für Sportabzeichen gibt es Punkte. Ab 200 Punkten erhalten Sie 100 EUR oder eine Beitragsgutschrift. Eine Gesundheitsprüfung ist dafür nicht nötig; Diagnosen speichern wir im Bonusprogramm nicht.

Viele Grüße
""")

M("C", "de", "insurer-to-customer", "flood damage at a named customer's house (natural hazards, buildings)",
  frm=ADDR("demir"), to="Reinhold Schäfer <reinhold.schaefer@t-online.example>",
  subj="Hochwasserschaden – WG-2026-003402", date="2026-06-02 08:45", sig="demir",
  body="""
Sehr geehrter Herr Schäfer,

das Hochwasser der Ahr hat am 29.05.2026 Ihren Keller und das Erdgeschoss in der Mittelstraße 8, 53474 Bad Neuenahr-Ahrweiler, überflutet. Ihre Wohngebäudeversicherung WG-21-0043187 enthält die Elementardeckung, die Selbstbeteiligung beträgt 500 EUR.

Wir zahlen Ihnen sofort einen Vorschuss von 10.000 EUR für Trocknung und Notmaßnahmen. Der Sachverständige kommt am Freitag.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-customer", "trap: mass severe-weather warning to customers in a region; no names, no contracts",
  frm=f"Versicherer Unwetterwarnung <unwetter-noreply@{DOM}>", to="undisclosed-recipients:;",
  subj="Unwetterwarnung für Ihre Region: Starkregen ab heute Abend", date="2026-05-28 15:00",
  body="""
Liebe Kundinnen und Kunden im Kreis Ahrweiler,

der Deutsche Wetterdienst warnt ab heute 20 Uhr vor extremem Starkregen (bis 80 l/m² in 6 Stunden). Bitte:

- Kellerfenster und Lichtschächte schließen, Rückstauklappe prüfen
- Fahrzeuge nicht in Senken oder Tiefgaragen abstellen
- Wertsachen aus dem Keller nach oben bringen

Im Schadenfall erreichen Sie uns rund um die Uhr unter 0221 555-4000 oder in der App.

Ihr Versicherer
Sie erhalten diese Warnung, weil Sie den Unwetter-Service aktiviert haben.
""")

M("S", "de", "insurer-to-customer", "travel health: emergency dentist in Turkey for a named insured",
  frm=ADDR("seidel"), to="Serkan Aydoğan <serkan.aydogan@gmail.example>",
  subj="Zahnarztrechnung Antalya – Erstattung", date="2026-06-03 11:20", sig="seidel", sigstyle="short",
  body="""
Merhaba Herr Aydoğan,

die Rechnung der Zahnklinik DentaPlus in Antalya vom 24.05.2026 (Wurzelbehandlung Zahn 26 wegen akuter Schmerzen, provisorische Füllung, 4.200 TRY = 118,60 EUR) erstatten wir aus Ihrer Auslandsreise-Krankenversicherung RK-7720688 vollständig. Schmerzstillende Zahnbehandlung ist im Ausland immer mitversichert.

Viele Grüße
""")

M("C", "de", "insurer-to-company", "leasing company informed about total loss of a named customer's leased car",
  frm=ADDR("brenner"), to="Schadenabteilung Rheinland Leasing GmbH <schaden@rheinland-leasing.example>",
  subj="Totalschaden Leasingfahrzeug LV-2023-88412 / Ihre Leasingnehmerin Frau Jasmin Roth", date="2026-06-04 09:00", sig="brenner",
  body="""
Sehr geehrte Damen und Herren,

das Leasingfahrzeug Ihrer Leasingnehmerin Frau Jasmin Roth (Audi A4 Avant, FIN WAUZZZF46PA118230, SU-JR 4410) hat am 27.05.2026 einen wirtschaftlichen Totalschaden erlitten. Verletzt wurde niemand.

Wiederbeschaffungswert laut Gutachten: 28.400 EUR netto, Restwert 6.100 EUR. Als Sicherungseigentümerin erhalten Sie die Entschädigung aus der Vollkasko KF-40-9920311 direkt. Bitte teilen Sie uns den Ablösewert mit.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-customer", "trap: general info on e-car battery cover to a prospect",
  frm=ADDR("engel"), to="Carolin Weber <carolin.weber@posteo.example>",
  subj="AW: Ist der Akku beim E-Auto versichert?", date="2026-06-04 12:40", sig="engel", sigstyle="short",
  body="""
Hallo Frau Weber,

ja – in unserer Kaskoversicherung für E-Autos ist der Akku gegen Kurzschluss, Tierbiss und Bedienfehler mitversichert, in den ersten zwei Jahren zum Neupreis, danach mit Abzug (Akku-Gesundheit laut Diagnoseprotokoll). Ladekabel und Wallbox sind bis 2.000 EUR dabei.

Ein Angebot rechne ich gern, wenn Sie mir Fahrzeug und Wunschbeginn schreiben.

Viele Grüße
""")

M("S", "de", "insurer-to-customer", "maturity payout of a named customer's endowment with tax ID (life line)",
  frm=ADDR("stanek"), to="Erwin Hollstein <erwin.hollstein@t-online.example>",
  subj="Ablauf Ihrer Lebensversicherung LV 50-1188320 am 01.07.2026", date="2026-06-05 10:30", sig="stanek",
  body="""
Sehr geehrter Herr Hollstein,

Ihre Kapitallebensversicherung LV 50-1188320 läuft am 01.07.2026 ab. Die Leistung:

Garantierte Summe: 40.000,00 EUR
Überschüsse: 12.106,55 EUR
Gesamt: 52.106,55 EUR

Der Vertrag stammt von 1998 und ist daher steuerfrei. Für die Meldung an das Bundeszentralamt für Steuern haben wir Ihre Steuer-ID 47 036 892 815 gespeichert. Bitte bestätigen Sie uns die Bankverbindung für die Auszahlung.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "trap: maturity management process note for the next quarter; counts only",
  frm=ADDR("stanek"), to=f"Team Leistung Leben <leistung-leben@{DOM}>",
  subj="Abläufe Q3 – 2.418 Verträge", date="2026-06-05 14:00", sig="stanek", sigstyle="short",
  body="""
Hallo zusammen,

im Q3 laufen 2.418 Verträge ab (Kapital-LV 1.980, Rentenversicherungen mit Kapitalwahl 438). Die Ablaufschreiben gehen automatisch acht Wochen vorher raus. Bitte Rückläufer ohne Bankverbindung in die Wiedervorlage "Ablauf-Klärung" legen, nicht in Outlook.

Oliver
""")

M("C", "de", "insurer-to-customer", "horse owner's liability: named customer's horse damaged a parked car; nobody hurt",
  frm=ADDR("oltmanns"), to="Svenja Möllering <svenja.moellering@gmx.example>",
  subj="Tierhalterhaftpflicht – Ihr Pferd Fiete", date="2026-06-08 09:20", sig="oltmanns", sigstyle="short",
  body="""
Hallo Frau Möllering,

Ihr Wallach Fiete hat sich am 04.06.2026 beim Verladen losgerissen und den geparkten Golf von Herrn Tönnies (WAF-KT 31) an Tür und Kotflügel beschädigt. Niemand wurde verletzt. Wir regulieren den Schaden aus Ihrer Pferdehalterhaftpflicht TH-19-0200456 direkt mit Herrn Tönnies.

Viele Grüße
""")

M("S", "de", "insurer-to-customer", "horse kicked a named riding instructor (rib fractures) – person injured by an animal",
  frm=ADDR("oltmanns"), to="Svenja Möllering <svenja.moellering@gmx.example>",
  subj="Tierhalterhaftpflicht – Verletzung Frau Beckmann", date="2026-06-22 10:05", sig="oltmanns",
  body="""
Hallo Frau Möllering,

leider noch ein Fall mit Fiete: Die Reitlehrerin Frau Kathrin Beckmann wurde am 16.06.2026 beim Hufeauskratzen getreten und hat sich laut Arztbericht der Raphaelsklinik Münster drei Rippen gebrochen; sie ist bis Ende Juli krankgeschrieben.

Ihre Pferdehalterhaftpflicht TH-19-0200456 übernimmt Schmerzensgeld und Verdienstausfall. Die Berufsgenossenschaft von Frau Beckmann wird sich wohl auch bei uns melden.

Viele Grüße
""")

M("N", "de", "insurer-to-company", "trap: group liability offer for a riding club; no person",
  frm=ADDR("hartmann"), to="Vorstand Reitverein Sankt Georg e.V. <vorstand@rv-sankt-georg.example>",
  subj="Angebot Vereinshaftpflicht und Veranstaltungen", date="2026-06-09 11:00", sig="hartmann", sigstyle="short",
  body="""
Sehr geehrte Damen und Herren,

für Ihren Verein (212 Mitglieder, Reithalle, zwei Turniere im Jahr) bieten wir die Vereinshaftpflicht mit 10 Mio. EUR pauschal für 684 EUR im Jahr an, inkl. Turnierveranstaltungen bis 1.500 Besucher. Reitschulpferde im Vereinseigentum sind über eine eigene Tierhalterhaftpflicht zu versichern.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "health insurance put on hold (Anwartschaft) during a named insured's stay abroad",
  frm=ADDR("nguyen"), to="Julian Frerichs <julian.frerichs@gmail.example>",
  subj="Anwartschaftsversicherung während Ihres Auslandsjahres", date="2026-06-10 15:10", sig="nguyen", sigstyle="short",
  body="""
Hallo Herr Frerichs,

für Ihr Jahr in Kanada (01.08.2026 bis 31.07.2027) stellen wir Ihre Krankheitskostenversicherung KV 512-009-3381 auf eine große Anwartschaft um. Beitrag in dieser Zeit: 71,20 EUR statt 398,60 EUR. Nach der Rückkehr leben Tarif und Alterungsrückstellungen ohne neue Gesundheitsprüfung wieder auf.

Viele Grüße
""")

# ==========================================================================
# Batch 4: traps around companies, templates, anonymous enquiries; formats (0168-0234)

M("N", "de", "insurer-to-broker", "trap: anonymous risk enquiry (age, job, asthma) without any identifying data",
  frm=ADDR("schulte"), to="Finanzkontor Brehm <brehm@finanzkontor-brehm.example>",
  subj="AW: Anonyme Risikovoranfrage BU – Lehrer, 38, Asthma", date="2026-06-11 09:30", sig="schulte", sigstyle="short",
  body="""
Hallo Herr Brehm,

zu Ihrer anonymen Voranfrage (Gymnasiallehrer, 38 Jahre, Nichtraucher, allergisches Asthma seit der Kindheit, Dauermedikation Inhalator, keine Klinikaufenthalte): Wir würden voraussichtlich ohne Zuschlag und ohne Ausschluss annehmen, sofern die Lungenfunktion normal ist.

Die Einschätzung ist unverbindlich und gilt nur für die genannten Angaben. Für den Antrag brauchen wir dann die üblichen Gesundheitsfragen.

Viele Grüße
""", quote=Q("""Anonyme Voranfrage BU: Kunde, 38, Lehrer Gymnasium (Beamter auf Lebenszeit), NR, BMI 24. Allergisches Asthma seit Kindheit, Inhalator Budesonid/Formoterol, keine stationären Aufenthalte, keine AU > 2 Wochen. BU-Rente 2.000 EUR gewünscht. Geht das normal?
Gruß Brehm"""))

M("S", "de", "insurer-to-broker", "near-miss pair of the anonymous enquiry: now the named applicant with the same condition",
  frm=ADDR("schulte"), to="Finanzkontor Brehm <brehm@finanzkontor-brehm.example>",
  subj="BU-Antrag 2026-05511 Herr Fabian Löwe – Annahme", date="2026-06-25 10:12", sig="schulte", sigstyle="short",
  body="""
Hallo Herr Brehm,

der Antrag Ihres Kunden Herrn Fabian Löwe (geb. 02.02.1988) ist angenommen, wie in der Voranfrage eingeschätzt: Der Lungenfunktionsbericht von Dr. Ritter ist unauffällig, das Asthma gut eingestellt. Normalannahme, BU-Rente 2.000 EUR, Beitrag 94,12 EUR monatlich. Die Police geht heute raus.

Viele Grüße
""")

M("N", "de", "insurer-to-company", "trap: D&O quote for a GmbH; company figures only, no natural person",
  frm=ADDR("hartmann"), to="info@kaltwasser-maschinenbau.example",
  subj="D&O-Angebot Kaltwasser Maschinenbau GmbH", date="2026-06-11 11:00", sig="hartmann",
  body="""
Sehr geehrte Damen und Herren,

auf Basis Ihres Jahresabschlusses 2025 (Umsatz 48 Mio. EUR, Bilanzsumme 31 Mio. EUR, keine US-Tochter) bieten wir an:

Versicherungssumme 5 Mio. EUR je Fall und Jahr
Selbstbehalt der versicherten Personen nach § 93 Abs. 2 AktG analog: nicht vereinbart
Nettoprämie: 8.900 EUR p. a.

Die versicherten Personen (Geschäftsführung, Beirat) brauchen wir für das Angebot nicht namentlich.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-company", "D&O claim letter naming the managing director personally (company policy, named natural person)",
  frm=ADDR("schreiber"), to="Geschäftsführung Brandtner Bau GmbH <gf@brandtner-bau.example>",
  subj="D&O-Schaden DO-2026-0009 – Inanspruchnahme Herr Georg Brandtner", date="2026-06-12 14:00", sig="schreiber",
  body="""
Sehr geehrter Herr Brandtner,

der Insolvenzverwalter der Brandtner Bau GmbH, RA Dr. Sehling, nimmt Sie als ehemaligen Geschäftsführer wegen Zahlungen nach Eintritt der Insolvenzreife auf 412.000 EUR in Anspruch (§ 15b InsO).

Aus der D&O-Versicherung DO-20-0418 gewähren wir Abwehrdeckung unter Vorbehalt. Bitte benennen Sie uns Ihren Anwalt; persönliche Vermögensverhältnisse müssen Sie uns nicht offenlegen.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-supplier", "trap: lab's collective invoice for applicants' blood tests; order IDs only, no names",
  frm=ADDR("schulte"), to="Abrechnung Labor Dr. Quast MVZ GmbH <abrechnung@labor-quast.example>",
  subj="Sammelrechnung Mai – 38 Aufträge Risikoprüfung", date="2026-06-12 09:45", sig="schulte", sigstyle="short",
  body="""
Sehr geehrte Damen und Herren,

Ihre Sammelrechnung SR-2605 über 38 Blutuntersuchungen (Profil "Leben groß": Blutbild, HbA1c, Leberwerte, Lipide, HIV/Hepatitis-Serologie mit Einwilligung) für 3.306,00 EUR ist geprüft. Die Zuordnung erfolgt über Ihre Auftrags-IDs; Namen bitte weiterhin nicht auf die Rechnung.

Zwei Aufträge (L-26-10411, L-26-10417) sind doppelt berechnet; bitte Gutschrift.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "trap: anonymised case study for claims training (age band, diagnosis), no identifiable person",
  frm=ADDR("hasselbach"), to=f"Schulung Leistung <schulung-leistung@{DOM}>",
  subj="Fallbeispiel für die Schulung am 18.06. (anonymisiert)", date="2026-06-15 10:00", sig="hasselbach", sigstyle="short",
  body="""
Liebe Kolleginnen und Kollegen,

für die Schulung ein anonymisiertes Fallbeispiel (Details verfremdet):

"Versicherte, Anfang 40, Pflegefachkraft, seit 8 Monaten arbeitsunfähig nach Bandscheibenvorfall L4/5, operiert, Reha abgeschlossen. Hausärztin bescheinigt 'weiterhin nicht belastbar', Reha-Bericht sieht leichte Tätigkeiten 6 Stunden täglich. BU-Antrag im zuletzt ausgeübten Beruf."

Fragen: Welche Unterlagen fehlen? Wann beauftragen wir ein Gutachten? Wie formulieren wir eine Nachfrage an die Hausärztin?

U. H.
""")

M("N", "en", "internal", "trap: staff quiz on classifying mail; fictitious examples only",
  frm=ADDR("meier"), to=f"All staff <all@{DOM}>",
  subj="Privacy quiz of the month: confidential or strictly confidential?", date="2026-06-15 08:00", sig="meier", sigstyle="short", lang="en",
  body="""
Dear colleagues,

this month's quiz (all examples are made up):

1. "Mr X's car, plate K-XX 000, was damaged in a car park." – ?
2. "Policyholder born 01/01/1900 changes her address." – ?
3. "The insured was in hospital from 3 to 9 May." – ?
4. "Our reinsurer receives the number of claims per ICD chapter." – ?

Answers next week (hint: a hospital stay IS health data, even without a diagnosis). Three correct answers win a coffee voucher.

Thomas
""")

M("N", "de", "insurer-to-customer", "trap: blank release-of-confidentiality form sent to a prospect; no data filled in",
  frm=ADDR("schulte"), to="Anja Lorenz <anja.lorenz@gmx.example>",
  subj="Formular Schweigepflichtentbindung", date="2026-06-16 13:20", sig="schulte", sigstyle="short",
  body="""
Hallo Frau Lorenz,

wie gewünscht das leere Formular zur Ansicht, damit Sie vor einem Antrag sehen, was wir erfragen würden. Bitte jetzt noch nichts ausfüllen.

Viele Grüße
""", att=[PDF("Schweigepflichtentbindung_Muster.pdf", [("h", "Einwilligung und Schweigepflichtentbindung (Muster)"),
      "Name: ____________________ Geburtsdatum: ____________",
      "Ich entbinde Ärzte, Zahnärzte, Krankenhäuser, Pflegeheime und Behörden von ihrer Schweigepflicht, soweit dies zur Prüfung meines Antrags bzw. eines Leistungsfalls erforderlich ist.",
      "Variante A: Einwilligung für alle Fälle im Voraus. Variante B: Einwilligung jeweils im Einzelfall.",
      "Ort, Datum, Unterschrift: ____________________"], title="Schweigepflichtentbindung Muster")])

M("N", "en", "insurer-to-partner", "trap: BU incidence by ICD chapter for the reinsurer; aggregates with small cells merged",
  frm=ADDR("okafor"), to="Disability Pricing <pricing@gen-re-like.example>",
  subj="Disability claims 2025 by cause – quota share data", date="2026-06-16 15:00", sig="okafor", lang="en",
  body="""
Dear colleagues,

as required under the quota share treaty, new disability claims 2025 by ICD-10 chapter (cells < 10 merged into "other"):

[[c]]

Mental and behavioural disorders remain the leading cause, as in the market. No claimant-level data is provided.

Kind regards
""", tables={"c": ([["ICD chapter", "Claims", "Share"], ["F (mental)", 214, "34 %"], ["M (musculoskeletal)", 131, "21 %"],
                   ["C/D (neoplasms)", 98, "16 %"], ["I (circulatory)", 52, "8 %"], ["other", 135, "21 %"]], "pad")})

M("N", "de", "internal", "trap: flu vaccination offer for staff by the company doctor; no named person",
  frm=ADDR("weiss"), to=f"Alle Mitarbeitenden <alle@{DOM}>",
  subj="Grippeschutzimpfung im Haus – jetzt Termin buchen", date="2026-09-28 08:00", sig="weiss", sigstyle="short",
  body="""
Liebe Kolleginnen und Kollegen,

unser Betriebsarzt Dr. Kessler impft wieder im Haus: 14. bis 16. Oktober, Raum E.12. Geimpft wird der Vierfachimpfstoff; bitte Impfpass mitbringen. Termine über das Intranet buchen.

Wer chronisch krank, schwanger oder über 60 ist, dem empfiehlt die STIKO die Impfung besonders – Angaben dazu müssen Sie uns aber nicht machen.

Nadine Weiß
""")

M("N", "de", "internal", "trap: blood donation day in the office building",
  frm=ADDR("richter"), to=f"Alle Mitarbeitenden <alle@{DOM}>",
  subj="Blutspende am 7. Juli im Foyer", date="2026-06-17 09:00", sig="richter", sigstyle="short",
  body="""
Hallo zusammen,

das DRK kommt wieder: Dienstag, 7. Juli, 10–16 Uhr im Foyer. Bitte Personalausweis mitbringen und vorher gut essen und trinken. Wer zum ersten Mal spendet, plant bitte eine Stunde ein. Die Zeit gilt als Arbeitszeit.

Anja Richter
""")

M("C", "de", "insurer-to-customer", "hit-and-run damage to a named customer's parked car (motor)",
  frm=ADDR("brenner"), to="Heike Vossen <heike.vossen@web.example>",
  subj="Unfallflucht – Ihr Schaden KS-2026-007233", date="2026-06-17 10:35", sig="brenner", sigstyle="short",
  body="""
Hallo Frau Vossen,

die Delle an der Fahrertür Ihres Mazda 2 (MG-HV 1012) stammt laut Ihrer Anzeige bei der Polizei Mönchengladbach (Az. 2602-UF-1184) von einem unbekannten Fahrzeug auf dem Parkplatz am Minto. Weil der Verursacher unbekannt ist, regulieren wir über Ihre Vollkasko KF-40-5521087: 1.240 EUR abzüglich 300 EUR Selbstbeteiligung. Ihre SF-Klasse wird zurückgestuft – oder Sie zahlen den Schaden selbst, dann nicht.

Viele Grüße
""")

M("C", "en", "insurer-to-customer", "claim from a UK visitor whose car was hit by the insured; both named, plates",
  frm=ADDR("brenner"), to="Richard Coles <richard.coles@sky.example>",
  subj="Your claim against our policyholder – ref KH-2026-002911", date="2026-06-18 09:00", sig="brenner", lang="en",
  body="""
Dear Mr Coles,

thank you for your claim. On 10 June 2026 in Trier our policyholder, Mr Dieter Hansen (TR-DH 55), reversed into your Land Rover Discovery (UK plate LK21 XRT). He accepts liability. You confirmed that nobody was injured.

Please send us an estimate from a repairer in the UK or the German assessor's report. We also pay a hire car for the repair period and a flat fee of EUR 25 for expenses.

Kind regards
""")

M("C", "de", "insurer-to-customer", "lost key: locking system replaced, named customer (liability)",
  frm=ADDR("oltmanns"), to="Björn Haller <bjoern.haller@mailbox.example>",
  subj="Schlüsselverlust – PH-2026-002344", date="2026-06-18 13:40", sig="oltmanns", sigstyle="short",
  body="""
Hallo Herr Haller,

der Generalschlüssel Ihrer Wohnanlage Stadtweg 12, 24837 Schleswig, ist weg – die Hausverwaltung Clausen will die Schließanlage für 4.860 EUR tauschen. Ihre Privathaftpflicht PH-21-9910344 enthält den Verlust fremder Schlüssel bis 20.000 EUR. Bitte schicken Sie uns das Schreiben der Hausverwaltung und den Kostenvoranschlag.

Viele Grüße
""")

M("C", "de", "insurer-to-customer", "legal protection for an inheritance dispute; named customer and siblings",
  frm=ADDR("lindqvist"), to="Irene Kowalczyk <irene.kowalczyk@t-online.example>",
  subj="Erbrechtliche Beratung – RS-2026-01388", date="2026-06-19 10:10", sig="lindqvist",
  body="""
Sehr geehrte Frau Kowalczyk,

nach dem Tod Ihrer Mutter streiten Sie mit Ihren Geschwistern Herrn Paul Zielinski und Frau Monika Zielinski über den Nachlass (Eigentumswohnung in Gelsenkirchen, ca. 140.000 EUR). Ihr Rechtsschutzvertrag RS-17-2201983 deckt im Erbrecht nur eine Beratung; dafür übernehmen wir bis 226 EUR (zzgl. USt.). Eine Vertretung vor Gericht ist nicht versichert.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-customer", "divorce advice under legal protection, named customer (family law, no health)",
  frm=ADDR("lindqvist"), to="Achim Wendler <achim.wendler@gmx.example>",
  subj="Beratung Familienrecht", date="2026-06-19 15:00", sig="lindqvist", sigstyle="short",
  body="""
Hallo Herr Wendler,

für die anwaltliche Erstberatung zu Ihrer Trennung (Unterhalt, Zugewinn) übernehmen wir aus RS-22-0077531 die Beratungsgebühr. Das Scheidungsverfahren selbst ist nicht versichert. Die Anwältin rechnet direkt mit uns ab.

Viele Grüße
""")

M("S", "de", "insurer-to-customer", "nursing-care assessment by the medical service for a named insured (care)",
  frm=ADDR("yilmaz"), to="Hans-Georg Petri <hg.petri@t-online.example>",
  subj="Begutachtung Pflegegrad – Termin für Ihre Frau", date="2026-06-22 09:00", sig="yilmaz", charset="iso-8859-1",
  body="""
Sehr geehrter Herr Petri,

für den Antrag auf Höherstufung Ihrer Frau, Frau Erika Petri, kommt die Gutachterin von MEDICPROOF am Mittwoch, 01.07.2026, zwischen 9 und 11 Uhr zu Ihnen nach Hause. Bitte legen Sie den Medikamentenplan, aktuelle Arztbriefe und, falls vorhanden, das Pflegetagebuch bereit.

Sie als pflegender Angehöriger dürfen beim Gespräch dabei sein, das ist sogar hilfreich.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-customer", "trap: generic information sheet on how a care-level assessment works",
  frm=ADDR("yilmaz"), to="Pflegestützpunkt Kreis Unna <info@pflegestuetzpunkt-unna.example>",
  subj="Infoblatt Begutachtung für Ihre Beratungsstelle", date="2026-06-22 11:20", sig="yilmaz", sigstyle="short",
  body="""
Sehr geehrte Damen und Herren,

wie besprochen unser Infoblatt für Privatversicherte: Die Begutachtung macht bei Privatversicherten MEDICPROOF (nicht der Medizinische Dienst). Bewertet werden sechs Module (Mobilität, kognitive Fähigkeiten, Verhalten, Selbstversorgung, Umgang mit Krankheit, Alltagsleben). Ab 12,5 Punkten gibt es Pflegegrad 1, ab 90 Punkten Pflegegrad 5.

Gern legen wir Ihnen 100 Exemplare in den Postversand.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "mother-and-child spa cure for a named insured and child (health)",
  frm=ADDR("brandt"), to="Jessica Hoppe <jessica.hoppe@freenet.example>",
  subj="Mutter-Kind-Kur Usedom – Kostenzusage", date="2026-06-23 10:30", sig="brandt", sigstyle="short",
  body="""
Hallo Frau Hoppe,

für die Mutter-Kind-Maßnahme in der Klinik Ostseeperle, Zinnowitz, vom 04.08. bis 25.08.2026 für Sie und Ihren Sohn Luca übernehmen wir nach Ihrem Tarif 80 % der Kosten (Kostenvoranschlag 4.620 EUR). Das Attest Ihres Hausarztes (Erschöpfungssyndrom, Lucas Neurodermitis) reicht als Begründung.

Erholsame Wochen!
""")

M("N", "de", "insurer-to-company", "trap: direct-billing framework with a hospital group; no patient",
  frm=ADDR("brandt"), to="Abrechnung Klinikverbund Rhein-Ruhr gGmbH <abrechnung@klinikverbund-rr.example>",
  subj="Direktabrechnung ab 01.09. – Eckpunkte", date="2026-06-23 14:00", sig="brandt",
  body="""
Sehr geehrte Damen und Herren,

zur Direktabrechnung für unsere Versicherten in Ihren sieben Häusern:

- Kostenübernahme über die Card für Privatversicherte, Anfrage elektronisch über das Klinik-Portal
- Wahlleistungen Einzelzimmer und Chefarzt nur bei entsprechendem Tarif; die Prüfung erfolgt bei Aufnahme
- Rechnungen (DRG, Wahlleistungen) ausschließlich über den verschlüsselten Datenaustausch, nicht per E-Mail

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "hospital invoice with DRG code and chief physician charges for a named insured",
  frm=ADDR("brandt"), to="Wolfgang Reents <wolfgang.reents@gmx.example>",
  subj="Ihre Krankenhausrechnung – Erstattung", date="2026-06-24 09:40", sig="brandt",
  body="""
Sehr geehrter Herr Reents,

die Rechnungen zu Ihrem Aufenthalt im Marienhospital Osnabrück (08.–15.06.2026) haben wir vollständig bezahlt:

Allgemeine Krankenhausleistungen, DRG F59B: 9.812,44 EUR
Wahlleistung Einzelzimmer, 7 Tage: 938,00 EUR
Chefarzt Prof. Dr. Helmbold (GOÄ, u. a. Nr. 3095 Herzkatheter): 2.214,70 EUR

Da alles direkt abgerechnet wurde, müssen Sie nichts tun.

Mit freundlichen Grüßen
""")

M("S", "en", "insurer-to-customer", "critical illness claim: named insured's breast cancer diagnosis, lump sum (life line)",
  frm=ADDR("stanek"), to="Rachel Kinsella <rachel.kinsella@gmail.example>",
  subj="Your critical illness claim – payment", date="2026-06-24 14:30", sig="stanek", lang="en",
  body="""
Dear Ms Kinsella,

we are very sorry to hear about your diagnosis. The histology report from the Breast Centre at Uniklinik Köln dated 2 June 2026 confirms invasive ductal carcinoma, which is a covered critical illness under your policy DD 58-0081137.

We will pay the lump sum of EUR 100,000 within five working days. The policy's life cover continues unchanged, and you don't have to pay premiums for the next 12 months.

With best wishes for your treatment
""")

M("S", "en", "insurer-to-customer", "repatriation of a named insured after a stroke abroad (health data)",
  frm=ADDR("seidel"), to="Gerald Fitzgerald <gerald.fitzgerald@eircom.example>",
  subj="Repatriation of your wife – arrangements", date="2026-06-25 08:10", sig="seidel", lang="en",
  body="""
Dear Mr Fitzgerald,

our medical team has spoken with the doctors at Hospital Universitario de Gran Canaria. Your wife, Mrs Maureen Fitzgerald, is stable after the stroke of 20 June and fit to fly with a doctor on board.

Flight: Saturday 27 June, air ambulance to Cologne/Bonn; transfer by ambulance to the stroke unit of Klinikum Merheim. You can travel on the same aircraft. All costs are covered under travel health policy RK-7721034.

Kind regards
""")

M("S", "en", "insurer-to-customer", "medical exam results (cholesterol, blood pressure) for a named life applicant",
  frm=ADDR("hasselbach"), to="Daniel Kruger <daniel.kruger@gmail.example>",
  subj="Your life insurance application – medical results", date="2026-06-25 11:30", sig="hasselbach", lang="en",
  body="""
Dear Mr Kruger,

thank you for attending the medical examination. The results are fine for standard acceptance:

Blood pressure 132/84 mmHg, total cholesterol 212 mg/dl, HbA1c 5.4 %, liver values normal, non-smoker (cotinine negative).

Your application for term life cover of EUR 500,000 (application LV 2026-05820) is accepted at the standard premium. We recommend discussing the slightly raised cholesterol with your GP.

Kind regards
Dr. Ulrike Hasselbach
""")

M("N", "en", "insurer-to-partner", "trap: press statement on a telemedicine partnership; no patient",
  frm=ADDR("baumann"), to="Press <press@teleclinic-like.example>",
  subj="Joint press release – draft for approval", date="2026-06-26 10:00", sig="baumann", sigstyle="short", lang="en",
  body="""
Hi,

here's our draft:

"Cologne, 1 July 2026 – From today, all 1.2 million health policyholders of Versicherer can see a doctor by video 24/7, free of charge. Doctors can issue prescriptions and sick notes digitally. Health data stays with the telemedicine provider and is only shared with the insurer when the patient submits an invoice."

Please send your quote by Monday.

Julia
""")

M("N", "en", "newsletter", "trap: expat guide to the German health system; generic",
  frm=f"Versicherer International <newsletter@{DOM}>", to="undisclosed-recipients:;",
  subj="New in Germany? Your guide to doctors, hospitals and pharmacies", date="2026-06-26 07:00",
  body="""
Welcome to Germany!

- Doctors: you can choose any doctor; specialists don't need a referral for private patients.
- Pharmacies: prescriptions are paid at the pharmacy; submit the receipt to us.
- Emergencies: call 112. Out-of-hours GP service: 116 117.
- Hospitals: show your private insurance card at admission.

Questions? Our English-speaking team: +49 221 555-7710.
""")

M("N", "en", "insurer-to-customer", "trap: blank English claim form (PDF) with fields for DOB and diagnosis",
  frm=ADDR("whitfield"), to="hr@international-school-rhein.example",
  subj="Claim forms for your new teachers", date="2026-06-29 09:15", sig="whitfield", sigstyle="short", lang="en",
  body="""
Dear Ms Porter,

as requested, the blank English claim form for your staff folder. Teachers fill it in themselves and send it straight to us – the school doesn't need to see it.

Best regards
""", att=[PDF("Claim_form_blank.pdf", [("h", "Health claim form (international policies)"),
      "Insured person: ______________________   Date of birth: ___/___/______",
      "Policy number: IH-___-____",
      "Diagnosis / reason for treatment: ______________________________",
      "Treating doctor or hospital: ______________________________",
      "Bank account (IBAN): ______________________________",
      "Signature: ______________________"], title="Claim form")])

M("N", "en", "internal", "trap: phishing warning quoting fraudsters asking for 'policy number and date of birth'",
  frm=ADDR("fischer"), to=f"All staff <all@{DOM}>",
  subj="Warning: phishing calls and mails pretending to be our claims team", date="2026-06-29 12:00", sig="fischer", sigstyle="short", lang="en",
  body="""
Dear colleagues,

customers report mails and calls from "Versicherer Schadenservice" asking them to confirm "policy number, date of birth and IBAN" to receive a refund. These are NOT from us. If customers call:

- confirm that we never ask for full bank details by e-mail
- ask them to forward the mail to phishing@versicherer.example
- don't discuss their contract on the phone without the usual identification

Tim Fischer, Information Security
""")

M("N", "de", "insurer-to-customer", "trap: customer survey invitation; no contract, claim or personal data in the content",
  frm=f"Versicherer Kundenbefragung <umfrage-noreply@{DOM}>", to="Heike Vossen <heike.vossen@web.example>",
  subj="Wie zufrieden waren Sie mit uns?", date="2026-07-01 10:00",
  body="""
Guten Tag,

wir möchten besser werden – nehmen Sie sich 3 Minuten für fünf Fragen?

https://umfrage.versicherer.example/s/8K2Q

Die Befragung ist anonym; Ihre Antworten werden nicht mit Ihrem Vertrag verknüpft.

Ihr Versicherer
""")

M("C", "de", "insurer-to-customer", "power surge damage to a named customer's appliances (household)",
  frm=ADDR("demir"), to="Thorsten Bremer <thorsten.bremer@arcor.example>",
  subj="Überspannungsschaden – HR-2026-005102", date="2026-07-01 11:25", sig="demir", sigstyle="short",
  body="""
Hallo Herr Bremer,

nach dem Blitzeinschlag am 26.06.2026 in Ihrer Straße (Kirchstraße, 33330 Gütersloh) sind Fernseher, Router und Kühlschrank defekt. Die Bestätigung des Elektrikers liegt vor. Wir erstatten aus Ihrer Hausrat HR-26-4410928 den Neuwert: 2.118,00 EUR.

Viele Grüße
""")

M("S", "de", "insurer-to-customer", "ADHD medication for a named child (methylphenidate dose) reimbursed",
  frm=ADDR("kroeger"), to="Markus Eichler <markus.eichler@web.example>",
  subj="Rezepte für Jonas – Erstattung", date="2026-07-02 09:00", sig="kroeger", sigstyle="short",
  body="""
Hallo Herr Eichler,

die Rezepte der Kinder- und Jugendpsychiaterin für Jonas (Medikinet retard 20 mg, 3 Packungen à 30 Stück, je 47,83 EUR) erstatten wir aus dem Kindertarif KV 330-411-2201-02 vollständig, zusammen 143,49 EUR.

Viele Grüße
""")

M("S", "de", "insurer-to-customer", "IVF treatment cycle approved for named insured couple (health)",
  frm=ADDR("kroeger"), to="Anna Reichert <anna.reichert@posteo.example>",
  subj="Kostenzusage Kinderwunschbehandlung", date="2026-07-02 14:20", sig="kroeger",
  body="""
Liebe Frau Reichert,

für die geplante ICSI-Behandlung im Kinderwunschzentrum an der Oper in München sagen wir die Kosten für drei Zyklen nach Behandlungsplan zu (je ca. 4.900 EUR zzgl. Medikamente). Voraussetzung laut Ihrem Tarif ist erfüllt: Ihr Mann ist ebenfalls bei uns versichert, die Ursache liegt laut Befund beim männlichen Partner (Spermiogramm vom 12.05.2026).

Wir drücken Ihnen beiden die Daumen.
""")

M("N", "de", "internal", "trap: agency sales ranking with agency names and figures; no customers",
  frm=ADDR("falk"), to=f"Exklusivvertrieb Agenturen <agenturen@{DOM}>",
  subj="Zwischenstand Vertriebswettbewerb Sommer", date="2026-07-03 08:00", sig="falk", sigstyle="short",
  body="""
Hallo zusammen,

Zwischenstand nach Juni (Bewertungspunkte):

1. Agentur Kessel & Partner, Aachen – 14.220
2. Agentur Nuri Çelik, Duisburg – 13.980
3. Agentur Weinberg OHG, Mainz – 12.400

Besonders stark: Zahnzusatz und Pflegetagegeld. Die Reise nach Lissabon ist noch offen!

Bernd Falk
""")

M("N", "de", "internal", "trap: mobile one-liner; 'meeting with the hospital group' only",
  frm=ADDR("brandt"), to=ADDR("kroeger"),
  subj="AW: kurz sprechen?", date="2026-07-03 10:42", client="mobile",
  body="""
bin noch im termin beim klinikverbund, ruf dich um 12 an
""")

M("C", "de", "insurer-to-customer", "seasonal motorbike plate and policy for a named customer",
  frm=ADDR("engel"), to="Uwe Rademacher <uwe.rademacher@gmx.example>",
  subj="Saisonkennzeichen 03-10 – Ihr Motorrad", date="2026-03-02 08:20", sig="engel", sigstyle="short",
  body="""
Hallo Herr Rademacher,

Ihre Kawasaki Z900 (HF-UR 9 mit Saisonkennzeichen 03–10) ist ab 01.03.2026 wieder versichert, KR-40-0901187, Haftpflicht SF 18 und Teilkasko. In den Ruhemonaten gilt automatisch die Ruheversicherung in der Garage.

Gute Fahrt!
""")

M("C", "en", "insurer-to-customer", "yacht insurance: named owner, vessel, mooring; no injury",
  frm=ADDR("osei"), to="Henrik Lindgren <henrik.lindgren@telia.example>",
  subj="Your yacht policy YA-24-0117 – renewal", date="2026-03-03 10:00", sig="osei", lang="en",
  body="""
Dear Mr Lindgren,

your yacht policy YA-24-0117 for "Solveig" (Hallberg-Rassy 37, built 2008, hull no. HR37-211) renews on 1 April 2026:

Hull value: EUR 185,000 – liability EUR 10 m – mooring Kiel-Schilksee, winter storage Heikendorf
Premium: EUR 1,842.00 (unchanged, no claims)

Please confirm your skipper qualifications remain valid (SKS).

Kind regards
""")

M("C", "en", "insurer-to-customer", "sole-trader photographer's equipment policy with tax number (natural person)",
  frm=ADDR("hartmann"), to="Mia Thornton Photography <mia@miathornton-photo.example>",
  subj="Your equipment insurance – confirmation", date="2026-03-05 12:40", sig="hartmann", sigstyle="short", lang="en",
  body="""
Dear Ms Thornton,

your electronics and equipment policy EL-26-0219 (sole trader Mia Thornton, tax no. 27/812/40553) covers your camera kit worldwide from 1 April, sum insured EUR 24,000, premium EUR 396.00 plus insurance tax. Invoices go to your studio address at Schanzenstraße 9, Hamburg.

Best regards
""")

M("C", "en", "insurer-to-customer", "household quote for a named applicant with ISO date of birth",
  frm=ADDR("kowalski"), to="Oliver Wright <oliver.wright@fastmail.example>",
  subj="Your household quote", date="2026-07-06 09:15", sig="kowalski", sigstyle="short", lang="en",
  body="""
Hi Mr Wright,

here's the quote you asked for:

Applicant: Oliver Wright, DOB 1982-11-30
Address: Kastanienallee 71, 10435 Berlin
Household contents EUR 45,000, annual premium EUR 103.40

Just reply "yes" and we'll issue the policy from 1 August.

Cheers
Lena
""")

M("S", "en", "insurer-to-customer", "beneficiary nomination on a named customer's pension policy (life line)",
  frm=ADDR("stanek"), to="Karen O'Sullivan <karen.osullivan@gmail.example>",
  subj="Nomination of beneficiary – pension policy RV 56-0019283", date="2026-07-06 14:02", sig="stanek", sigstyle="short", lang="en",
  body="""
Dear Ms O'Sullivan,

we have recorded your nomination: in the event of your death before the pension starts, the death benefit under RV 56-0019283 goes to your partner, Mr Declan Byrne (born 14/03/1979), revocably.

Kind regards
""")

M("S", "en", "insurer-to-customer", "premium arrears in a named expat's international health policy (health line, no medical word)",
  frm=ADDR("becker"), to="Tariq Hussain <tariq.hussain@outlook.example>",
  subj="Outstanding premiums – international health policy IH-915-0334", date="2026-07-07 09:00", sig="becker", lang="en",
  body="""
Dear Mr Hussain,

two monthly premiums of EUR 412.70 (June and July 2026) for your international health policy IH-915-0334 are unpaid; the credit card on file was declined.

Please pay EUR 825.40 by 21 July 2026 via the payment link in your customer portal. Under German law we cannot simply cancel a substitutive health policy, but unpaid premiums will lead to a transfer to the emergency tariff, which covers only acute treatment.

Kind regards
""")

M("S", "en", "insurer-to-customer", "dental implants for a named insured with tooth numbers (dental)",
  frm=ADDR("wendland"), to="Victoria Hale <victoria.hale@icloud.example>",
  subj="Your dental implant treatment plan", date="2026-07-07 11:30", sig="wendland", sigstyle="short", lang="en",
  body="""
Dear Ms Hale,

we have approved Dr. Wagner's treatment plan for two implants in the lower jaw (teeth 35 and 36) with bone augmentation, total estimated cost EUR 6,820. Your dental policy ZK 40-4410298 reimburses 75 %: EUR 5,115. Please send the final invoice after the crowns are placed.

Kind regards
""")

M("N", "de", "insurer-to-customer", "trap: insurer's new postal address for customers; generic mass mail",
  frm=f"Versicherer Kundenservice <service-noreply@{DOM}>", to="undisclosed-recipients:;",
  subj="Neue Postanschrift für Ihre Unterlagen ab 1. September", date="2026-07-08 07:00",
  body="""
Liebe Kundinnen und Kunden,

ab 1. September 2026 gilt eine neue zentrale Postanschrift für alle Unterlagen (Rechnungen, Rezepte, Schadenmeldungen, Anträge):

Versicherer, Posteingang, 50594 Köln

Schneller geht es über die App oder das Kundenportal. Post an die alte Anschrift wird noch zwölf Monate nachgesendet.

Ihr Versicherer
""")

M("S", "de", "internal", "named colleague's hospital stay and operation told to the team (health data of an employee)",
  frm=ADDR("lorenz"), to=f"Team Beschwerdemanagement <beschwerde-team@{DOM}>",
  subj="Vertretung für Jan", date="2026-07-08 08:35", sig="lorenz", sigstyle="short",
  body="""
Hallo zusammen,

Jan Westphal ist seit gestern im Krankenhaus (Blinddarm-OP, alles gut verlaufen) und fällt voraussichtlich bis 24.07. aus. Er hat gesagt, ich darf es euch erzählen. Seine Fälle verteilen wir so: A–K an Merle, L–Z an Tobias.

Wer ihm eine Karte schreiben möchte: Evangelisches Krankenhaus Kalk, Station 3B.

Daniela
""")

M("N", "de", "internal", "trap: near-miss pair: colleague absent without any reason given",
  frm=ADDR("lorenz"), to=f"Team Beschwerdemanagement <beschwerde-team@{DOM}>",
  subj="Vertretung für Merle diese Woche", date="2026-07-13 08:30", sig="lorenz", sigstyle="short",
  body="""
Hallo zusammen,

Merle fällt diese Woche aus. Ihre Fälle übernimmt Tobias, die Hotline-Schicht am Donnerstag bitte Paul. Danke!

Daniela
""")

M("S", "de", "insurer-to-customer", "naturopath invoice (GebüH) for a named insured with therapies",
  frm=ADDR("kroeger"), to="Petra Engelhardt <petra.engelhardt@t-online.example>",
  subj="Heilpraktikerrechnung vom 30.06.2026", date="2026-07-09 10:00", sig="kroeger", sigstyle="short", charset="windows-1252",
  body="""
Liebe Frau Engelhardt,

die Rechnung Ihrer Heilpraktikerin Frau Sommerfeld erstatten wir zu 80 %: Akupunktur (GebüH 26.1) 6 x, Eigenblutbehandlung (GebüH 24.1) 2 x, Anamnese bei Migräne. Rechnungsbetrag 412,00 EUR, Erstattung 329,60 EUR. Damit sind vom Heilpraktiker-Budget 2026 (1.000 EUR) noch 518,40 EUR frei.

Viele Grüße
""")

M("N", "de", "insurer-to-partner", "trap: BaFin request answered with process description; no individual case",
  frm=ADDR("schreiber"), to="Referat VA 12 <va12@bafin-like.example>",
  subj="Ihre Anfrage vom 12.06.2026 – Bearbeitungszeiten Leistungsfälle Kranken", date="2026-07-09 15:00", sig="schreiber",
  body="""
Sehr geehrte Damen und Herren,

zu Ihrer Anfrage: Im ersten Halbjahr 2026 haben wir 92 % der ambulanten Leistungsanträge innerhalb von 5 Arbeitstagen und 99 % innerhalb von 20 Arbeitstagen abschließend bearbeitet. Stationäre Fälle: 95 % innerhalb von 10 Arbeitstagen.

Beschwerden wegen Bearbeitungsdauer: 214 (0,04 % der Vorgänge). Eine Aufstellung nach Tarifen fügen wir bei Bedarf bei; Einzelfälle sind nicht betroffen.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "base64-encoded body: accident pension for a named insured",
  frm=ADDR("albrecht"), to="Georg Meisner <georg.meisner@gmx.example>",
  subj="Unfallrente ab 01.08.2026", date="2026-07-10 09:30", sig="albrecht", cte="base64",
  body="""
Sehr geehrter Herr Meisner,

nach dem Gutachten von Prof. Dr. Kiefer beträgt Ihre unfallbedingte Invalidität nach dem Sturz vom Dach am 19.03.2025 (Wirbelkörperfraktur LWK 1, bleibende Bewegungseinschränkung) 55 %.

Aus Ihrer Unfallversicherung UV 73-0880192 erhalten Sie deshalb:
- Kapitalleistung mit Progression: 126.500,00 EUR
- Unfallrente lebenslang: 1.000,00 EUR monatlich ab 01.08.2026

Die Kapitalleistung überweisen wir in dieser Woche.

Mit freundlichen Grüßen
""")

M("N", "de", "internal", "trap: iso-8859-1 internal note on portal maintenance window",
  frm=ADDR("hoffmann"), to=f"Kundenservice alle <kundenservice-team@{DOM}>",
  subj="Wartung Kundenportal Samstag 22-02 Uhr", date="2026-07-10 13:00", sig="hoffmann", sigstyle="short", charset="iso-8859-1",
  body="""
Hallo zusammen,

am Samstag, 11.07., ist das Kundenportal von 22:00 bis 02:00 Uhr nicht erreichbar (Datenbank-Update). Rezepte-Upload, Postfach und Schadenmeldung sind betroffen. Bitte Kunden, die anrufen, auf Sonntag vertrösten.

Lukas
""")

M("C", "de", "insurer-to-company", "garnishment order: insurer informs the court bailiff about a named customer's claim payout",
  frm=ADDR("schreiber"), to="Obergerichtsvollzieher Kemper <og-kemper@gv-duesseldorf.example>",
  subj="Drittschuldnererklärung – Pfändung gegen Herrn Sascha Brück", date="2026-07-13 10:15", sig="schreiber",
  body="""
Sehr geehrter Herr Kemper,

zum Pfändungs- und Überweisungsbeschluss des AG Düsseldorf (Az. 661 M 2214/26) gegen unseren Versicherungsnehmer Herrn Sascha Brück, geb. 17.04.1985, geben wir die Drittschuldnererklärung nach § 840 ZPO ab:

Wir erkennen eine Forderung aus dem Kaskoschaden KS-2026-006980 in Höhe von 4.210,00 EUR an. Vorrangige Pfändungen liegen nicht vor. Wir zahlen an die Gläubigerin, sobald die Regulierung abgeschlossen ist.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-company", "police informed that a named customer's stolen car was found",
  frm=ADDR("brenner"), to="Polizeipräsidium Stuttgart, Kfz-Fahndung <kfz-fahndung@polizei-stuttgart.example>",
  subj="Sichergestelltes Fahrzeug WBA5X11010L832904", date="2026-07-14 09:00", sig="brenner", sigstyle="short",
  body="""
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Mitteilung zum BMW X3 (FIN WBA5X11010L832904, zuletzt S-DP 4040) unseres Versicherungsnehmers Herrn Dragan Petrović. Wir haben den Wiederbeschaffungswert noch nicht ausgezahlt; das Fahrzeug kann an Herrn Petrović herausgegeben werden. Er holt es nach Absprache bei der Verwahrstelle Feuerbach ab.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-company", "double insurance: named customer's household insured twice; other insurer informed",
  frm=ADDR("demir"), to="Schaden Hausrat Nordstern Versicherung <hausrat@nordstern-vers.example>",
  subj="Mehrfachversicherung – Ihre VN Frau Carla Benedetti", date="2026-07-14 14:40", sig="demir", sigstyle="short",
  body="""
Sehr geehrte Damen und Herren,

unsere Versicherungsnehmerin Frau Carla Benedetti, Luisenstraße 17, 69115 Heidelberg, hat den Einbruchschaden vom 02.07.2026 (Schaden 7.300 EUR) bei uns gemeldet (HR-2026-005588). Laut ihrer Auskunft besteht bei Ihnen noch ein Hausratvertrag für dieselbe Wohnung. Wir schlagen eine Teilung nach § 78 VVG je zur Hälfte vor. Bitte teilen Sie uns Ihre Vertragsnummer mit.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-customer", "ODS with the named customer's premium payment history (household, liability)",
  frm=ADDR("becker"), to="Franz Leitner <franz.leitner@gmx.example>",
  subj="Ihre Beitragsübersicht 2021–2026", date="2026-07-15 10:30", sig="becker", sigstyle="short",
  body="""
Hallo Herr Leitner,

wie gewünscht Ihre Zahlungsübersicht für die Hausrat- und Haftpflichtversicherung als Tabelle (LibreOffice).

Viele Grüße
""", att=[ODS("Beitragsuebersicht_Leitner.ods", {"Zahlungen": [
      ["Jahr", "Vertrag", "Beitrag EUR", "bezahlt am", "Konto"],
      ["2021", "HR-21-0311028", 94.20, "02.02.2021", "DE.. 8810"], ["2022", "HR-21-0311028", 98.10, "01.02.2022", "DE.. 8810"],
      ["2023", "HR-21-0311028", 104.60, "03.02.2023", "DE.. 8810"], ["2024", "PH-24-0311029", 58.90, "05.02.2024", "DE.. 8810"],
      ["2026", "HR-21-0311028", 118.30, "offen", ""]]})])

M("S", "de", "insurer-to-customer", "ODT letter: GOÄ invoice of a named insured's child (speech therapy), body bland",
  frm=ADDR("kroeger"), to="Katja Brenninkmeyer <katja.b@posteo.example>",
  subj="Ihr Schreiben", date="2026-07-15 13:10", sig="kroeger", sigstyle="short",
  body="""
Liebe Frau Brenninkmeyer,

unsere Antwort auf Ihr Schreiben finden Sie im Anhang.

Viele Grüße
""", att=[ODT("Antwort_Brenninkmeyer.odt", [("h", "Logopädie für Ihre Tochter Mila"),
      "Sehr geehrte Frau Brenninkmeyer,",
      "für die logopädische Behandlung Ihrer Tochter Mila (5 Jahre) wegen einer Sprachentwicklungsverzögerung und Sigmatismus übernehmen wir laut Verordnung des Kinderarztes 20 Einheiten à 45 Minuten.",
      ("t", [["Position", "Anzahl", "Satz EUR", "Summe EUR"], ["Logopädie Einzelbehandlung 45 Min.", "20", "62,00", "1240,00"],
             ["Erstbefundung", "1", "95,00", "95,00"]]),
      "Mit freundlichen Grüßen, Sabine Kröger"])])

M("N", "de", "insurer-to-partner", "trap: list of partner nursing homes (company names, addresses); no residents",
  frm=ADDR("yilmaz"), to="Pflegestützpunkt Kreis Unna <info@pflegestuetzpunkt-unna.example>",
  subj="Liste Kooperations-Pflegeheime Kreis Unna", date="2026-07-16 09:00", sig="yilmaz", sigstyle="short",
  body="""
Hallo,

hier die Heime, mit denen wir im Kreis Unna direkt abrechnen:

- Haus Sonnenblick gGmbH, Kamen
- Seniorenresidenz Am Schlosspark GmbH, Unna
- Caritas-Altenzentrum St. Elisabeth, Schwerte
- AWO Seniorenzentrum Holzwickede

Freie Plätze kennen wir nicht; bitte direkt bei den Häusern fragen.

Felix Yilmaz
""")

M("N", "de", "insurer-to-supplier", "trap: translation agency invoice for 'medical reports'; order numbers, no names",
  frm=ADDR("krueger"), to="Übersetzungsbüro Lingua Rhein GmbH <rechnung@lingua-rhein.example>",
  subj="Rechnung 2026-0611 – Fachübersetzungen Medizin", date="2026-07-16 11:40", sig="krueger", sigstyle="short",
  body="""
Sehr geehrte Damen und Herren,

Ihre Rechnung 2026-0611 über 14 Fachübersetzungen (Arztberichte und Entlassbriefe EN/ES/TR -> DE, 41 Normseiten, 2.255,00 EUR netto) ist freigegeben. Die Auftragsnummern stimmen mit unseren Bestellungen überein.

Bitte übermitteln Sie übersetzte Dokumente weiterhin nur über den SFTP-Server, nicht per E-Mail.

Mit freundlichen Grüßen
""")

M("C", "en", "insurer-to-customer", "travel: stolen wallet and cards abroad for a named traveller; no health",
  frm=ADDR("seidel"), to="Ben Carter <ben.carter@gmail.example>",
  subj="Stolen wallet in Barcelona – claim RG-2026-01840", date="2026-07-17 10:00", sig="seidel", sigstyle="short", lang="en",
  body="""
Hi Mr Carter,

we're sorry your wallet was stolen on La Rambla on 11 July. Your travel policy RV-55-4100283 pays for the replacement of your ID card and driving licence (fees EUR 118) and up to EUR 200 cash. Please send us the Mossos d'Esquadra report (denuncia no. BCN-2026-44811).

Kind regards
""")

M("N", "en", "insurer-to-supplier", "trap: call for tender for a health-claims OCR vendor; volumes only",
  frm=ADDR("krueger"), to="Sales <sales@docai-solutions.example>",
  subj="RFP: document recognition for health claims (invoices, prescriptions)", date="2026-07-17 14:00", sig="krueger", lang="en",
  body="""
Dear Sir or Madam,

we invite you to our request for proposal for a document recognition service:

- volume: approx. 500,000 documents a year (doctors' invoices with GOÄ codes, prescriptions, hospital bills)
- hosting in the EU, data processing agreement under Art. 28 GDPR
- sample documents will be synthetic; no real patient data will be shared during the RFP

Deadline for proposals: 15 September 2026.

Kind regards
""")

M("N", "en", "insurer-to-partner", "trap: ESG report excerpt; workforce health rate aggregate",
  frm=ADDR("baumann"), to="ESG rating team <esg@rating-agency-like.example>",
  subj="Questionnaire 2026 – our answers on social indicators", date="2026-07-20 10:00", sig="baumann", sigstyle="short", lang="en",
  body="""
Dear colleagues,

our answers for section S:

- employees: 6,412 (48 % women)
- sickness absence rate 2025: 5.1 %
- employees with a severe disability: 6.3 % (legal quota 5 %)
- occupational health offers: flu vaccination, back training, counselling

No data on individuals is provided. Best regards
""")

M("N", "en", "insurer-to-customer", "trap: certificate request answered automatically; no personal data",
  frm=f"Versicherer Certificate Service <zertifikat@{DOM}>", to="it-security@hanse-brokers.example",
  subj="Re: [ZERTIFIKAT] certificate of reuter", date="2026-07-20 10:02",
  body="""
Hello,

this is an automatic reply to your certificate request. Attached is the S/MIME certificate for frank.reuter@versicherer.example, valid until 2028-03-31, issued by Versicherer Issuing CA 2.

You can now send encrypted mail to this address. Your own certificate will be stored as soon as you send us a signed message.

Versicherer Certificate Service
""", att=[TXT("frank.reuter.pem", "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ2VydGlmaWNhdGUgZm9yIGRldjggY29ycHVzMAoGCCqG\nSM49BAMCMCcxJTAjBgNVBAMMHFZlcnNpY2hlcmVyIElzc3VpbmcgQ0EgMiAoZGV2\nOCkwHhcNMjYwNDAxMDAwMDAwWhcNMjgwMzMxMjM1OTU5WjAuMSwwKgYJKoZIhvcN\n-----END CERTIFICATE-----\n", sub="plain")])

M("S", "de", "insurer-to-customer", "named insured's return to work (graded reintegration) after illness, BU benefit",
  frm=ADDR("stanek"), to="Kerstin Albers <kerstin.albers@t-online.example>",
  subj="Wiedereingliederung – Ihre BU-Leistung", date="2026-07-21 09:40", sig="stanek",
  body="""
Liebe Frau Albers,

schön, dass die stufenweise Wiedereingliederung nach dem Hamburger Modell ab 03.08.2026 an Ihrer Schule beginnt (erst 2, dann 4, dann 6 Stunden täglich). Während der Wiedereingliederung zahlen wir Ihre BU-Rente aus BU 61-5502391 unverändert weiter; nach Abschluss melden Sie sich bitte, dann prüfen wir gemeinsam, wie es weitergeht.

Alles Gute für den Start!
""")

M("S", "de", "insurer-to-customer", "yellow fever and rabies vaccinations of a named insured reimbursed",
  frm=ADDR("kroeger"), to="Jakob Sundermann <jakob.sundermann@web.example>",
  subj="Reiseimpfungen – Erstattung", date="2026-07-21 11:00", sig="kroeger", sigstyle="short",
  body="""
Hallo Herr Sundermann,

die Impfungen im Tropeninstitut Hamburg vor Ihrer Peru-Reise (Gelbfieber, Tollwut 3 Dosen, Typhus) erstatten wir mit 412,60 EUR. Reiseimpfungen sind in Ihrem Tarif AM 100 enthalten.

Gute Reise!
""")

M("S", "de", "insurer-to-customer", "whiplash of the named customer after a rear-end collision; motor claim with injury",
  frm=ADDR("brenner"), to="Mehmet Şahin <mehmet.sahin@gmx.example>",
  subj="Ihr Unfall vom 08.07. – Schmerzensgeld", date="2026-07-22 14:00", sig="brenner",
  body="""
Sehr geehrter Herr Şahin,

der Fahrer des auffahrenden Fahrzeugs ist bei uns versichert; wir regulieren daher Ihren Schaden. Nach dem Attest der Notaufnahme des Klinikums Nürnberg und Ihres Orthopäden (HWS-Distorsion, zwei Wochen arbeitsunfähig, Halskrause) bieten wir ein Schmerzensgeld von 900 EUR an, dazu den Verdienstausfall laut Bescheinigung Ihres Arbeitgebers.

Die Reparatur Ihres Passat (N-MS 603) ist bereits freigegeben.

Mit freundlichen Grüßen
""")

M("S", "de", "insurer-to-customer", "application: applicant's pregnancy and smoking status asked back (underwriting)",
  frm=ADDR("nguyen"), to="Sophia Reinhardt <sophia.reinhardt@gmx.example>",
  subj="Ihr Antrag Krankenversicherung – zwei Rückfragen", date="2026-07-22 16:10", sig="nguyen", sigstyle="short",
  body="""
Liebe Frau Reinhardt,

danke für Ihren Antrag (Antrag KV 2026-07781). Zwei Punkte müssen wir noch klären:

1. Sie haben angegeben, in der 16. Woche schwanger zu sein. Laufen bereits Vorsorgeuntersuchungen mit Auffälligkeiten (z. B. Schwangerschaftsdiabetes)?
2. Sie haben "Nichtraucherin seit 2025" angekreuzt – bis wann haben Sie geraucht und wie viel?

Sobald wir die Antworten haben, entscheiden wir innerhalb einer Woche.

Viele Grüße
""")

M("S", "de", "insurer-to-customer", "funeral insurance payout after a named insured's death (life line, no medical word)",
  frm=ADDR("stanek"), to="Dieter Blömeke <dieter.bloemeke@t-online.example>",
  subj="Sterbegeld für Ihre Mutter", date="2026-07-23 10:20", sig="stanek", sigstyle="short",
  body="""
Sehr geehrter Herr Blömeke,

unser herzliches Beileid. Aus der Sterbegeldversicherung Ihrer Mutter, Frau Hildegard Blömeke (SG 59-0012287), zahlen wir Ihnen als Bezugsberechtigtem 8.000 EUR zuzüglich Überschuss 611,20 EUR. Die Rechnung des Bestattungshauses Kortmann brauchen wir dafür nicht.

Mit freundlichen Grüßen
""")

# ==========================================================================
# Batch 5: last 69 mails – photos, nested forwards, HTML-only, Outlook threads (0232-0300)

M("C", "de", "insurer-to-customer", "photos of a named customer's water-damaged kitchen (JPEG captions) with address",
  frm=ADDR("demir"), to="Ilona Paschke <ilona.paschke@gmx.example>",
  subj="Ihre Fotos – bitte kurz prüfen", date="2026-07-23 11:40", sig="demir", sigstyle="short",
  body="""
Hallo Frau Paschke,

ich habe Ihre Fotos in die Akte übernommen und beschriftet. Bitte schauen Sie kurz, ob die Zuordnung stimmt – danach geht alles an den Sachverständigen.

Viele Grüße
""", att=[JPG("Kueche_1.jpg", "HR-2026-006012 Paschke, Weidenweg 4, 59065 Hamm: Unterschrank Spüle, Wasserschaden 18.07.2026", color=(140, 110, 90)),
         JPG("Kueche_2.jpg", "HR-2026-006012 Paschke: Laminat Küche aufgequollen", color=(150, 140, 100))])

M("N", "de", "internal", "trap: JPEG photo of the insurer's own flooded staircase; no person",
  frm=ADDR("richter"), to=f"Haustechnik <haustechnik@{DOM}>",
  subj="Wasser im Treppenhaus B, 2. UG", date="2026-07-24 07:55", client="mobile",
  body="""
Guten Morgen, nach dem Starkregen steht im Treppenhaus B im 2. UG wieder Wasser, Foto anbei. Bitte Pumpe prüfen und Absperrband holen.
Anja
""", att=[JPG("IMG_4471.jpg", "Treppenhaus B, 2. UG, Rheinuferstrasse 12 - Wasser nach Starkregen", color=(90, 100, 130))])

M("S", "de", "insurer-to-customer", "JPEG of a named insured's prescription (caption: medicine and dose); body short",
  frm=ADDR("kroeger"), to="Horst Wiemann <horst.wiemann@t-online.example>",
  subj="AW: Foto Rezept unleserlich", date="2026-07-24 10:20", sig="kroeger", sigstyle="short",
  body="""
Hallo Herr Wiemann,

das Foto ist leider unscharf (siehe Anhang, unten rechts). Können Sie es noch einmal bei Tageslicht fotografieren? Wichtig sind Praxisstempel und Preis.

Viele Grüße
""", att=[JPG("Rezept_Wiemann.jpg", "Rezept Horst Wiemann, KV 101-220-3398: Eliquis 5 mg 200 St., Dr. Kaya Kardiologie", color=(220, 220, 210))])

M("C", "de", "insurer-to-customer", "nested forward: broker's mail carrying the customer's mail with new address and birth date",
  frm=ADDR("kowalski"), to="Vanessa Tiedemann <vanessa.tiedemann@web.example>",
  subj="WG: Umzug – Ihre Verträge", date="2026-07-27 09:00", sig="kowalski", sigstyle="short",
  body="""
Hallo Frau Tiedemann,

Ihr Makler hat uns Ihre Umzugsmitteilung weitergeleitet (siehe Anhang). Wir haben Hausrat und Haftpflicht auf die neue Adresse umgestellt. Der Beitrag sinkt um 12,40 EUR im Jahr.

Viele Grüße
""", att=[EML(INNER("Maklerbüro Tjaden <info@tjaden-versicherungen.example>", f"maklerservice@{DOM}", "WG: Umzug",
      "2026-07-24 16:00", """Bitte umstellen, Kundin siehe unten.
Gruß Tjaden""", "<tj-20260724-1600@tjaden-versicherungen.example>",
      att=[EML(INNER("Vanessa Tiedemann <vanessa.tiedemann@web.example>", "info@tjaden-versicherungen.example", "Umzug",
          "2026-07-23 20:12", """Hallo Herr Tjaden,
ich ziehe zum 1.8. von der Bahnhofstr. 3 in Leer nach Emden, Am Delft 22. Bitte Hausrat (HR-25-0087114) und Haftpflicht umstellen. Falls Sie es brauchen: geb. 09.12.1994.
Danke! Vanessa Tiedemann""", "<vt-20260723@web.example>"), "Umzug.eml")]), "WG Umzug.eml")])

M("S", "de", "insurer-to-lawyer", "ZIP containing a forwarded mail with a named insured's doctor's letter (nested)",
  frm=ADDR("schreiber"), to="RA Dr. Benedikt Strauch <strauch@kanzlei-strauch.example>",
  subj="Albers ./. Versicherer – Nachtrag", date="2026-07-27 14:30", sig="schreiber", sigstyle="short",
  body="""
Hallo Herr Dr. Strauch,

Nachtrag für die Akte, wie telefonisch besprochen. Bitte vertraulich behandeln.

Gruß C. Schreiber
""", att=[ZIP("Nachtrag_Albers.zip", [EML(INNER("Praxis Dr. Feldhaus <praxis@feldhaus-psychiatrie.example>", f"leben-leistung@{DOM}",
      "Befundbericht Frau Kerstin Albers", "2026-07-20 12:00", """Sehr geehrte Damen und Herren,

Befundbericht zu Frau Kerstin Albers, geb. 11.01.1982: rezidivierende depressive Störung, gegenwärtig leichte Episode (F33.0). Unter Venlafaxin 150 mg stabil, Wiedereingliederung seit 03.08. geplant.

Dr. med. J. Feldhaus, Facharzt für Psychiatrie""", "<fh-20260720@feldhaus-psychiatrie.example>"), "Befundbericht.eml"),
      TXT("Notiz.txt", "Eingang Befundbericht 20.07.2026, an Leistung Leben weitergeleitet.")])])

M("N", "en", "insurer-to-supplier", "trap: courier invoice for transporting 'sensitive documents'; consignment numbers only",
  frm=ADDR("krueger"), to="Billing <billing@secure-courier-eu.example>",
  subj="Invoice 26-07-3381 – secure document transport", date="2026-07-28 10:00", sig="krueger", sigstyle="short", lang="en",
  body="""
Hello,

invoice 26-07-3381 (42 sealed transports of medical files between our Cologne office and the archive in Frechen, EUR 2,730 net) is approved. One consignment (SC-88120) was delivered without seal confirmation – please send the proof of delivery.

Regards
""")

M("N", "en", "insurer-to-partner", "trap: conference invitation on health data and insurance; no person",
  frm=ADDR("raman"), to="Speakers <speakers@insurtech-summit.example>",
  subj="RE: Talk proposal – 'Classifying outgoing mail in an insurer'", date="2026-07-28 15:20", sig="raman", sigstyle="short", lang="en",
  body="""
Hi,

happy to give the talk on 22 October. Abstract:

"An insurer's staff send thousands of e-mails a day. Some mention a hospital stay, a medicine or a policy number; others just look similar. How do we decide, automatically and explainably, which mail needs encryption?"

I'll use only made-up examples. A projector with HDMI would be great.

Priya
""")

M("N", "en", "insurer-to-partner", "trap: mortality table update for the reinsurer; actuarial aggregates",
  frm=ADDR("okafor"), to="Life Pricing <life.pricing@swiss-re-like.example>",
  subj="Experience study 2021-2025 – term life mortality", date="2026-07-29 09:00", sig="okafor", lang="en",
  body="""
Dear colleagues,

our A/E ratios for term life (DAV 2008 T basis), 2021-2025:

[[ae]]

Exposure 1.9 m life years, 1,384 deaths. Smoker differentiation holds; the 2021 COVID excess is visible in ages 50-69 only.

Best regards
Chidi
""", tables={"ae": ([["Age band", "Non-smoker A/E", "Smoker A/E"], ["20-39", "61 %", "88 %"], ["40-59", "67 %", "94 %"],
                    ["60-74", "72 %", "101 %"]], "pad")})

M("N", "en", "newsletter", "trap: HTML-only newsletter with a dental tariff table; no person",
  frm=f"Versicherer Health <newsletter@{DOM}>", to="undisclosed-recipients:;",
  subj="Which dental plan fits you? Our three tariffs compared", date="2026-07-29 07:00",
  html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<h2>Smile! Our dental plans at a glance</h2>
""" + table_html([["", "Dental 50", "Dental 75", "Dental 90"], ["Crowns, bridges, implants", "50 %", "75 %", "90 %"],
                  ["Professional cleaning", "EUR 60/yr", "EUR 100/yr", "EUR 150/yr"], ["Orthodontics (children)", "-", "75 %", "90 %"],
                  ["Monthly premium at age 35", "EUR 9.90", "EUR 18.40", "EUR 27.60"]]) + """
<p>No waiting periods for accidents. Sign up online in 5 minutes: <a href="https://www.versicherer.example/en/dental">versicherer.example/en/dental</a></p>
<p style="font-size:8pt">You receive this newsletter because you subscribed. <a href="https://www.versicherer.example/newsletter/off">Unsubscribe</a></p>
</body></html>
""")

M("N", "en", "internal", "trap: DLP test mail with clearly fictitious data (Max Mustermann, F32.1), marked TEST",
  frm=ADDR("fischer"), to=f"DLP test mailbox <dlp-test@{DOM}>",
  subj="TEST DLP rule 14 – please ignore", date="2026-07-30 08:00", sig="fischer", sigstyle="short", lang="en",
  body="""
TEST MESSAGE – FICTITIOUS DATA ONLY

Testperson: Max Mustermann (fictitious), geb. 01.01.1970, Diagnose F32.1 (test string), IBAN DE02 1203 0000 0000 2020 51 (published example).

Expected result: rule 14 fires in the test environment only. Do not forward outside the test mailbox.

Tim
""")

M("N", "en", "insurer-to-partner", "trap: auditor's sampling request answered with the procedure; no cases listed",
  frm=ADDR("morgan"), to="Audit team <insurance-audit@big4-like.example>",
  subj="RE: Sample of claims files for the interim audit", date="2026-07-30 11:20", sig="morgan", lang="en",
  body="""
Dear Ms Young,

regarding your request: we'll draw the 60 random claims files on site on 10 August together with your team, using the claims system's sampling function (seed to be noted in the working papers). The files can be viewed on our premises only; no copies of health claims leave the building, and we'll redact medical documents that aren't needed for the audit question.

Kind regards
James
""")

M("C", "en", "insurer-to-customer", "US serviceman's car insurance with DOB 'April 3, 1990' and plate",
  frm=ADDR("engel"), to="SSgt. Tyler Brooks <tyler.brooks@mail.mil.example>",
  subj="Your car insurance in Germany – policy issued", date="2026-07-31 09:30", sig="engel", sigstyle="short", lang="en",
  body="""
Dear Mr Brooks,

your policy KF-40-9930041 is issued: Tyler Brooks, born April 3, 1990, Dodge Charger, US Forces plate AF 4471 (registered in Kaiserslautern). We've credited your US no-claims record (7 years) as SF 7.

Premium: EUR 892.40 a year, debited from your USAA account via the card on file.

Best regards
""")

M("C", "en", "insurer-to-customer", "motor claim reply with Outlook-quoted customer mail; plate, claim number, nobody hurt",
  frm=ADDR("brenner"), to="Sarah Mitchell <sarah.mitchell@gmail.example>",
  subj="RE: accident on Monday – what now?", date="2026-08-03 10:05", sig="brenner", lang="en",
  body="""
Dear Ms Mitchell,

don't worry – you did everything right. I've opened claim KS-2026-008114. Since the other driver (plate D-KL 2290) admitted he ran the red light, his insurer will pay for your car. If they take too long, we can pay under your comprehensive cover first.

Kind regards
""", quote=OQ("Sarah Mitchell <sarah.mitchell@gmail.example>", "Monday, August 3, 2026 7:48 AM", f"claims@{DOM}",
              "accident on Monday – what now?", """Hi,
someone drove into my car this morning in Düsseldorf (Berliner Allee), I'm ok and so is he, only the cars are damaged. My car is the red Fiat Tipo D-SM 119, my policy is KF-40-7002381. he gave me his details and said sorry, it was his red light. what do i do now??
Sarah""", lang="en"))

M("S", "en", "insurer-to-customer", "invoice query; named customer's antidepressant mentioned only in the Outlook quote",
  frm=ADDR("whitfield"), to="Jonathan Ashby <jonathan.ashby@outlook.example>",
  subj="RE: pharmacy receipt rejected?", date="2026-08-03 14:40", sig="whitfield", sigstyle="short", lang="en",
  body="""
Dear Mr Ashby,

apologies – the receipt was rejected by mistake because the scan cut off the pharmacy stamp. I've reprocessed it; EUR 38.20 will be paid this week.

Kind regards
""", quote=OQ("Jonathan Ashby <jonathan.ashby@outlook.example>", "Sunday, August 2, 2026 9:12 PM", f"ihs@{DOM}",
              "pharmacy receipt rejected?", """Hello,
why was my receipt from Apotheke am Markt rejected? It's my usual sertraline 100mg, 3 packs, prescribed by Dr Lehmann as always. Policy IH-733-9021.
Thanks, Jon""", lang="en"))

M("S", "en", "insurer-to-customer", "child's broken arm under the family accident policy (English family)",
  frm=ADDR("albrecht"), to="Emma Robertson <emma.robertson@gmail.example>",
  subj="Oliver's accident – plaster cast benefit", date="2026-08-04 09:20", sig="albrecht", sigstyle="short", lang="en",
  body="""
Dear Mrs Robertson,

we're sorry to hear Oliver broke his arm falling off the trampoline on 28 July. Under your family accident policy UV 73-5520183 we pay the plaster cast benefit of EUR 150 straight away. Get well soon, Oliver!

Kind regards
""")

M("S", "en", "insurer-to-customer", "MRI invoice for a named insured reimbursed (health)",
  frm=ADDR("whitfield"), to="Lucy Fairbanks <lucy.fairbanks@gmail.example>",
  subj="Your MRI invoice – reimbursed", date="2026-08-04 11:00", sig="whitfield", sigstyle="short", lang="en",
  body="""
Dear Ms Fairbanks,

we've reimbursed the invoice from Radiologie im Zentrum, Frankfurt, for the MRI of your lumbar spine on 21 July 2026 (GOÄ 5700, 5731): EUR 587.84.

Kind regards
""")

M("C", "en", "insurer-to-customer", "consumer dispute with an online retailer under legal protection; named customer",
  frm=ADDR("lindqvist"), to="Kevin O'Brien <kevin.obrien@gmx.example>",
  subj="Your dispute with Möbelwelt24 – cover confirmed", date="2026-08-05 09:00", sig="lindqvist", sigstyle="short", lang="en",
  body="""
Dear Mr O'Brien,

we confirm cover under RS-23-2219904 for your dispute with Möbelwelt24 GmbH about the sofa (order 24-8812731, EUR 2,190) that arrived damaged and was never replaced. Your lawyer can send the formal demand now.

Kind regards
""")

M("C", "en", "insurer-to-customer", "photo of a named customer's damaged bicycle (JPEG caption with policy)",
  frm=ADDR("demir"), to="Tom Brennan <tom.brennan@fastmail.example>",
  subj="RE: bike photo", date="2026-08-05 15:30", sig="demir", sigstyle="short", lang="en",
  body="""
Hi Mr Brennan,

thanks – I've attached the photo as it's filed. The bent frame is clearly visible; we'll pay the repair quote of EUR 640 under HR-31-2200187.

Best regards
""", att=[JPG("bike.jpg", "HR-31-2200187 Tom Brennan: bent frame after vandalism, Munich 2026-08-01", color=(60, 90, 60))])

M("N", "de", "internal", "trap: letter template for refusing care benefits with «placeholders»",
  frm=ADDR("yilmaz"), to=f"Team Pflege <pflege-team@{DOM}>",
  subj="Neuer Textbaustein P-17 Ablehnung Pflegegrad nicht erreicht", date="2026-08-06 09:00", sig="yilmaz", sigstyle="short",
  body="""
Hallo zusammen,

neuer Baustein P-17 (freigegeben):

"Sehr geehrte/r «Anrede» «Nachname», laut Gutachten vom «Datum» wurden «Punkte» Punkte ermittelt. Für Pflegegrad «beantragt» sind mindestens «Schwelle» Punkte erforderlich. Leistungen aus dem Tarif «Tarif» können wir daher leider nicht erbringen. Gegen das Gutachten können Sie innerhalb von «Frist» Widerspruch einlegen."

Bitte keine Diagnosen aus dem Gutachten in den Brief übernehmen.

Felix
""")

M("N", "de", "internal", "trap: XLSX training sheet 'recognising health data' with fictitious examples",
  frm=ADDR("meier"), to=f"Schulung Leistung <schulung-leistung@{DOM}>",
  subj="Übungsblatt Gesundheitsdaten erkennen", date="2026-08-06 13:00", sig="meier", sigstyle="short",
  body="""
Hallo,

anbei das Übungsblatt für die Schulung. Alle Personen sind erfunden; bitte trotzdem nicht außerhalb des Hauses verwenden.

Thomas Meier
""", att=[XLSX("Uebung_Gesundheitsdaten.xlsx", {"Übung": [
      ["Nr", "Satz (fiktiv)", "Gesundheitsdatum?", "Lösung"],
      [1, "Frau Muster war vom 3. bis 9. Mai in der Klinik am See.", "", "ja (Aufenthalt)"],
      [2, "Herr Beispiel nimmt Metoprolol 47,5 mg.", "", "ja (Medikament)"],
      [3, "Das Kfz K-XX 0 wurde beschädigt.", "", "nein (vertraulich)"],
      [4, "Im Bestand gibt es 214 Fälle mit F-Diagnosen.", "", "nein (aggregiert)"]]}, author="Thomas Meier")])

M("N", "de", "insurer-to-customer", "trap: press info on new vehicle type classes 2027; generic",
  frm=ADDR("baumann"), to="Redaktion Auto & Verbraucher <redaktion@auto-verbraucher.example>",
  subj="Typklassen 2027 – unsere Einschätzung", date="2026-08-07 10:00", sig="baumann", sigstyle="short",
  body="""
Hallo Frau Stegemann,

zu den neuen GDV-Typklassen 2027: Für rund 9 Mio. Autofahrer wird es in der Haftpflicht günstiger, für 7 Mio. teurer. Bei uns betroffen sind vor allem E-SUV (höhere Vollkasko-Klassen wegen teurer Reparaturen). Die Einstufung gilt ab Hauptfälligkeit 2027; Kunden werden mit der Beitragsrechnung informiert.

Beste Grüße
Julia Baumann
""")

M("N", "de", "internal", "trap: personnel announcement of a new head of health claims",
  frm=ADDR("weiss"), to=f"Alle Mitarbeitenden <alle@{DOM}>",
  subj="Personalie: Neue Leitung Leistung Kranken", date="2026-08-10 08:00", sig="weiss", sigstyle="short",
  body="""
Liebe Kolleginnen und Kollegen,

zum 1. Oktober übernimmt Dr. Miriam Osterkamp die Leitung des Bereichs Leistung Krankenversicherung. Sie kommt von einem Münchner Krankenversicherer, wo sie zuletzt das Gesundheitsmanagement verantwortet hat. Gerrit Brandt bleibt ihr Stellvertreter.

Herzlich willkommen!
Nadine Weiß
""")

M("N", "de", "internal", "trap: defibrillator and first-aid training for staff",
  frm=ADDR("richter"), to=f"Ersthelfer <ersthelfer@{DOM}>",
  subj="Auffrischung Erste Hilfe und AED – 15. September", date="2026-08-10 11:00", sig="richter", sigstyle="short",
  body="""
Hallo liebe Ersthelfende,

die Auffrischung (9 UE) findet am 15.09. im Raum C.01 statt, Trainer von den Johannitern. Themen: Herz-Lungen-Wiederbelebung, AED, Schlaganfall erkennen, Verbrennungen. Die Defibrillatoren in Foyer und Kantine bekommen im Anschluss neue Pads.

Anja
""")

M("N", "de", "insurer-to-broker", "trap: broker post API change (BiPRO 430), technical, no customer data",
  frm=ADDR("raman"), to="maklerverteiler@versicherer.example",
  subj="Elektronische Vermittlerpost: neue Dokumentarten ab 01.10.", date="2026-08-11 07:30", sig="raman", sigstyle="short",
  body="""
Sehr geehrte Partner,

ab 01.10.2026 liefern wir über die BiPRO-430-Schnittstelle zusätzliche Dokumentarten:

- 430.4 Kündigungseingang (Sach, Kfz)
- 430.5 Beitragsanpassung (alle Sparten)
- Leistungsabrechnungen Kranken nur bei ausdrücklicher Kundeneinwilligung

Bitte prüfen Sie mit Ihrem MVP-Anbieter, ob die neuen Typen abgeholt und quittiert werden. Testumgebung: bipro-test.versicherer.example (nur synthetische Testdaten).

Ihr Maklerservice
""")

M("N", "de", "internal", "trap: monthly count of care claims per care level; aggregates",
  frm=ADDR("yilmaz"), to=f"Bereichsleitung Kranken <bl-kranken@{DOM}>",
  subj="Pflege: Neuanträge Juli nach Pflegegrad", date="2026-08-11 16:00", sig="yilmaz", sigstyle="short",
  body="""
Hallo,

Neuanträge Pflegetagegeld Juli:

PG 1: 41 – PG 2: 118 – PG 3: 96 – PG 4: 37 – PG 5: 12

Durchschnittliche Bearbeitungszeit 6,2 Tage. Der Anteil Demenz-Fälle (Modul 2) steigt weiter, siehe Quartalsbericht.

Felix
""")

M("N", "de", "insurer-to-supplier", "trap: framework with a medical supply store for care aids; price list, no patient",
  frm=ADDR("krueger"), to="Vertrieb Sanitätshaus Vital GmbH <vertrieb@sanitaetshaus-vital.example>",
  subj="Rahmenvertrag Hilfsmittel 2027 – Preisblatt", date="2026-08-12 10:30", sig="krueger",
  body="""
Sehr geehrte Damen und Herren,

danke für Ihr Preisblatt. Wir können folgende Pauschalen annehmen (Miete pro Monat, inkl. Wartung):

Pflegebett elektrisch 42 EUR – Rollstuhl Standard 18 EUR – Leichtgewichtrollstuhl 26 EUR – Badewannenlifter 15 EUR

Lieferung innerhalb von 48 Stunden bundesweit. Die Verordnungen unserer Versicherten erhalten Sie wie bisher über das Leistungserbringer-Portal.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-customer", "trap: generic care supplement answer with a premium table by entry age",
  frm=ADDR("yilmaz"), to="Horst Friedrichs <horst.friedrichs@t-online.example>",
  subj="AW: Pflegezusatz – was kostet das?", date="2026-08-12 14:00", sig="yilmaz", sigstyle="short", html=True,
  body="""
Guten Tag Herr Friedrichs,

gern die Beiträge für Pflegetagegeld PTG 60 (1.500 EUR Monatsleistung in Pflegegrad 5) nach Eintrittsalter:

[[p]]

Die Beiträge gelten ohne Vorerkrankungen; das genaue Angebot hängt von den Gesundheitsfragen ab.

Freundliche Grüße
""", tables={"p": ([["Eintrittsalter", "Monatsbeitrag"], ["30", "14,20 EUR"], ["40", "21,80 EUR"], ["50", "36,40 EUR"],
                   ["60", "62,10 EUR"]], "pad")})

M("N", "de", "internal", "trap: forwarded supplier quote for archive scanning (message/rfc822); no person",
  frm=ADDR("krueger"), to=ADDR("richter"),
  subj="WG: Angebot Digitalisierung Altakten", date="2026-08-13 09:10", sig="krueger", sigstyle="short",
  body="""
Hallo Anja,

zur Info das Angebot, das du mit mir besprechen wolltest. Preislich okay, Datenschutzvertrag fehlt noch.

Stefan
""", att=[EML(INNER("Vertrieb ScanCenter West GmbH <vertrieb@scancenter-west.example>", f"stefan.krueger@{DOM}",
      "Angebot 2026-418 Digitalisierung Altakten", "2026-08-12 17:00", """Sehr geehrter Herr Krüger,

für die Digitalisierung von ca. 2.400 laufenden Metern Altakten (Leben, Kranken, Sach) bieten wir 0,039 EUR je Seite inkl. Abholung, Scan in 300 dpi, Volltext-OCR und zertifizierter Vernichtung an. Die Verarbeitung erfolgt in unserem Sicherheitsbereich in Hürth.

Mit freundlichen Grüßen
ScanCenter West GmbH""", "<angebot-2026-418@scancenter-west.example>"), "Angebot 2026-418.eml")])

M("N", "de", "internal", "trap: ICS meeting invite for an anonymised rehab case conference",
  frm=ADDR("brandt"), to=f"Reha-Management <reha-management@{DOM}>",
  subj="Fallkonferenz Reha-Management (anonymisierte Fälle)", date="2026-08-13 11:30", sig="brandt", sigstyle="short",
  body="""
Hallo zusammen,

Einladung anbei. Bitte Fälle nur anonymisiert vorstellen (Alter, Tarif, Verlauf), keine Namen oder Versicherungsnummern in die Folien.

Gerrit
""", att=[ICS("Fallkonferenz.ics", "d8-fallkonferenz-2026-09@versicherer.example", "Fallkonferenz Reha-Management",
      "20260903T140000", "20260903T153000", ("Gerrit Brandt", f"gerrit.brandt@{DOM}"),
      [("Reha-Management", f"reha-management@{DOM}")], location="Raum B.2.14 / Teams",
      description="Anonymisierte Fallvorstellung, Leitfaden Rückkehr an den Arbeitsplatz, Kooperation Reha-Kliniken.")])

M("N", "de", "internal", "trap: Outlook thread with IT about the print spool for 'Arztberichte'; no patient",
  frm=ADDR("hoffmann"), to=ADDR("brandt"),
  subj="AW: Drucker 3. OG druckt Arztberichte doppelt", date="2026-08-14 10:15", sig="hoffmann", sigstyle="short",
  body="""
Hallo Herr Brandt,

der Treiber war schuld, ist getauscht. Die doppelt gedruckten Seiten von gestern bitte in die Datenschutztonne, nicht ins Altpapier.

Gruß Lukas Hoffmann
""", quote=OQ("Brandt, Gerrit", "Donnerstag, 13. August 2026 16:02", "IT-Servicedesk", "Drucker 3. OG druckt Arztberichte doppelt",
              """Hallo,
der Drucker im 3. OG (PRN-3-07) druckt jede Seite aus dem Postkorb "Arztberichte" zweimal, und manchmal kommt die zweite Kopie erst Stunden später. Bitte dringend prüfen, das ist ein offener Flur.
Gruß G. Brandt"""))

M("N", "en", "insurer-to-partner", "trap: hail statistics 2026 for a journalist; aggregates",
  frm=ADDR("baumann"), to="Newsdesk <newsdesk@rhineland-post.example>",
  subj="Re: hail damage numbers", date="2026-08-17 09:00", sig="baumann", sigstyle="short", lang="en",
  body="""
Hi Mark,

our numbers for the hailstorm of 27 July: 8,412 motor claims (average EUR 3,950), 2,110 buildings claims (average EUR 6,200), total around EUR 46 m. Most affected: Rhein-Sieg district and Bonn.

Julia
""")

M("N", "de", "insurer-to-supplier", "trap: workshop invoice for the insurer's own pool car (plate of the AG, no natural person)",
  frm=ADDR("richter"), to="Autohaus Rheinblick GmbH <service@autohaus-rheinblick.example>",
  subj="Rechnung 71822 – Poolfahrzeug K-VR 2026", date="2026-08-17 13:00", sig="richter", sigstyle="short",
  body="""
Sehr geehrte Damen und Herren,

die Rechnung 71822 (Inspektion und Bremsen, 684,20 EUR) für unser Poolfahrzeug K-VR 2026 (Halterin: Versicherer Holding AG) geht in Ordnung. Bitte künftig die Kostenstelle 1550 angeben.

Mit freundlichen Grüßen
""")

M("N", "en", "newsletter", "trap: job posting for case managers with nursing background",
  frm=f"Versicherer Careers <careers@{DOM}>", to="jobletter@versicherer.example",
  subj="We're hiring: Case Manager (nurse) – rehabilitation, remote possible", date="2026-08-18 07:30",
  body="""
Help our customers get back on their feet!

As a case manager you will accompany insured persons after serious accidents, strokes or long illnesses: talk to them and their doctors, organise rehab and aids, and plan the return to work.

You are a registered nurse or therapist with 3+ years' experience; German C1, English B2.

Apply by 30 September: www.versicherer.example/careers (ref. KV-2026-19)
""")

M("N", "de", "internal", "trap: vocational school timetable for trainees",
  frm=ADDR("weiss"), to=f"Auszubildende <azubis@{DOM}>",
  subj="Berufsschulplan 2. Halbjahr", date="2026-08-18 09:00", sig="weiss", sigstyle="short",
  body="""
Hallo zusammen,

der Berufsschulplan fürs 2. Halbjahr hängt im Intranet. Blockunterricht: 14.09.–02.10. und 09.11.–27.11. Themen u. a. Kranken- und Lebensversicherung, Schadenregulierung Kfz. In den Blockwochen bitte keine Urlaubsanträge.

Nadine
""")

M("N", "de", "internal", "trap: template for answering data subject access requests (Art. 15 GDPR) with placeholders",
  frm=ADDR("meier"), to=f"Datenschutzkoordinatoren <ds-koordinatoren@{DOM}>",
  subj="Musterantwort Auskunftsersuchen Art. 15 DSGVO – Version 3", date="2026-08-19 10:00", sig="meier", sigstyle="short",
  body="""
Hallo,

die neue Musterantwort: "Sehr geehrte/r «Name», zu Ihnen speichern wir folgende Daten: Stammdaten («Liste»), Vertragsdaten («Verträge»), ggf. Gesundheitsdaten aus Leistungsfällen («Anlage»)…"

Wichtig: Die Antwort mit Gesundheitsdaten immer über das Portal schicken, nie als normale E-Mail.

Thomas
""")

M("N", "en", "insurer-to-supplier", "trap: vendor security questionnaire; no data",
  frm=ADDR("fischer"), to="Security <security@docai-solutions.example>",
  subj="Vendor security assessment – questionnaire", date="2026-08-19 14:00", sig="fischer", sigstyle="short", lang="en",
  body="""
Hello,

before we can award the contract, please answer our vendor security questionnaire (attached in the portal): ISO 27001 scope, encryption at rest, sub-processors, data location, deletion after processing, incident notification within 24 hours.

Since you would process health-related documents, we also need your C5 or equivalent attestation.

Tim Fischer
""")

M("N", "de", "internal", "trap: invitation to company sports (running group)",
  frm=ADDR("richter"), to=f"Alle Mitarbeitenden <alle@{DOM}>",
  subj="Betriebssport: Lauftreff ab September", date="2026-08-20 12:00", client="thunderbird",
  body="""
Hallo zusammen,

ab 1. September treffen wir uns dienstags um 17:15 am Haupteingang zum Laufen am Rhein (5 oder 10 km, jedes Tempo). Duschen im UG sind offen.

Wer mitmacht, trägt sich bitte in die Liste im Intranet ein.

Anja
""")

M("C", "de", "insurer-to-customer", "construction liability for a named private builder (Bauherrenhaftpflicht)",
  frm=ADDR("oltmanns"), to="Marcel Dünnwald <marcel.duennwald@web.example>",
  subj="Ihre Bauherrenhaftpflicht – Police", date="2026-08-20 15:00", sig="oltmanns", sigstyle="short",
  body="""
Hallo Herr Dünnwald,

Ihre Bauherrenhaftpflicht BH-26-0441 für den Neubau des Einfamilienhauses Am Kirschgarten 9, 53902 Bad Münstereifel (Bausumme 420.000 EUR, Eigenleistung bis 20 %) ist ausgestellt. Einmalbeitrag: 278,00 EUR.

Viele Grüße
""")

M("C", "de", "insurer-to-customer", "sole-trader hairdresser's business contents policy with tax number",
  frm=ADDR("hartmann"), to="Salon Nadine Krause <salon.krause@t-online.example>",
  subj="Ihre Inhaltsversicherung für den Salon", date="2026-08-21 09:30", sig="hartmann", sigstyle="short",
  body="""
Liebe Frau Krause,

die Inhaltsversicherung für Ihren Salon (Einzelunternehmen Nadine Krause, Steuernummer 5133/021/30887) in der Marktstraße 2, 57072 Siegen, ist policiert: IN-26-1108, Versicherungssumme 48.000 EUR inkl. Betriebsunterbrechung 3 Monate, Jahresbeitrag 412,80 EUR.

Viele Grüße
""")

M("C", "de", "insurer-to-customer", "SEPA direct debit mandate confirmation with full IBAN of a named customer",
  frm=f"Versicherer Beitragsservice <beitragsservice-noreply@{DOM}>", to="Oksana Melnyk <oksana.melnyk@gmail.example>",
  subj="Bestätigung Ihres SEPA-Lastschriftmandats", date="2026-08-21 06:00", client="system",
  body="""
Guten Tag Frau Melnyk,

wir bestätigen Ihr SEPA-Lastschriftmandat:

Kontoinhaberin: Oksana Melnyk
IBAN: %s
Mandatsreferenz: KF409912004-01
Gläubiger-ID: DE98ZZZ09999999999
Vertrag: Kfz KF-40-9912004
Erste Abbuchung: 01.09.2026, 58,20 EUR

Ihr Versicherer Beitragsservice
""" % IB("DE", "500105175407324931", group=0))

M("C", "de", "insurer-to-customer", "insurer cancels a named customer's motor policy after a claim",
  frm=ADDR("engel"), to="Ronny Lehmann <ronny.lehmann@gmx.example>",
  subj="Kündigung Ihrer Kfz-Versicherung nach Schadenfall", date="2026-08-24 10:00", sig="engel",
  body="""
Sehr geehrter Herr Lehmann,

nach dem dritten Kaskoschaden innerhalb von zwölf Monaten (KS-2025-011201, KS-2026-001877, KS-2026-007980) kündigen wir Ihre Kfz-Versicherung KF-40-3301928 für den Audi A3 (L-RL 1988) gemäß § 15 AKB zum 30.09.2026.

Bitte sorgen Sie rechtzeitig für neuen Versicherungsschutz, sonst meldet die Zulassungsstelle das Fahrzeug ab.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-customer", "HTML-only: a named customer's buildings premium invoice with IBAN",
  frm=f"Versicherer Beitragsservice <beitragsservice-noreply@{DOM}>", to="Eberhard Kuhn <eberhard.kuhn@t-online.example>",
  subj="Beitragsrechnung Wohngebäude 2027", date="2026-11-20 06:00", client="system",
  html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrter Herr Kuhn,</p>
<p>hier Ihre Beitragsrechnung für das Jahr 2027:</p>
""" + table_html([["Vertrag", "Risiko", "Zeitraum", "Beitrag"],
                  ["WG-07-8810294", "Einfamilienhaus Eichenweg 14, 35390 Gießen", "01.01.–31.12.2027", "912,40 EUR"],
                  ["", "davon Elementar", "", "148,00 EUR"]]) + """
<p>Wir buchen den Betrag am 02.01.2027 von Ihrem Konto %s ab.</p>
<p>Ihr Versicherer Beitragsservice</p></body></html>
""" % IB("DE", "513500250200418861"))

M("C", "de", "insurer-to-customer", "XLSX fleet list of a sole-trader craftsman (natural person) with plates",
  frm=ADDR("hartmann"), to="Elektro Schubert e.K. <info@elektro-schubert.example>",
  subj="Ihre Fuhrparkliste zur Verlängerung", date="2026-08-24 13:30", sig="hartmann", sigstyle="short",
  body="""
Hallo Herr Schubert,

anbei die Fuhrparkliste Ihres Betriebs zur Prüfung vor der Verlängerung zum 01.01. Bitte ergänzen Sie, wer die Fahrzeuge überwiegend fährt.

Viele Grüße
""", att=[XLSX("Fuhrpark_Elektro_Schubert.xlsx", {"Fuhrpark": [
      ["Kennzeichen", "Fahrzeug", "Vertrag", "Halter", "Fahrer"],
      ["HD-ES 101", "VW Crafter", "KF-40-7711020", "Jochen Schubert e.K.", ""],
      ["HD-ES 102", "VW Caddy", "KF-40-7711021", "Jochen Schubert e.K.", ""],
      ["HD-JS 7", "Mercedes E 220 d", "KF-40-7711022", "Jochen Schubert (privat)", "Jochen Schubert"]]}, author="Sven Hartmann")])

M("C", "de", "insurer-to-customer", "travel interruption due to a strike; named traveller, no health",
  frm=ADDR("seidel"), to="Rüdiger Platen <ruediger.platen@web.example>",
  subj="Reiseabbruch Lissabon – RA-2026-00412", date="2026-08-25 09:10", sig="seidel", sigstyle="short",
  body="""
Hallo Herr Platen,

leider ist ein Streik der Fluglotsen kein versichertes Ereignis in Ihrer Reiseabbruchversicherung RA-66-0019022. Die Mehrkosten für den Ersatzflug (412 EUR) muss Ihnen die Fluggesellschaft nach der Fluggastrechte-Verordnung erstatten. Den Antrag bei TAP stellen Sie am besten online.

Viele Grüße
""")

M("C", "de", "insurer-to-customer", "dog's surgery under a named customer's pet policy (animal health)",
  frm=ADDR("wagner"), to="Birgit Hornung <birgit.hornung@gmx.example>",
  subj="OP-Kosten für Balu", date="2026-08-25 11:45", sig="wagner", sigstyle="short",
  body="""
Liebe Frau Hornung,

die Magendrehung von Balu (Berner Sennenhund, 6 Jahre) war ein Notfall – die OP in der Tierklinik Hofheim am 19.08. (3.480 EUR) übernehmen wir aus TK-88-3301947 abzüglich 250 EUR Selbstbeteiligung. Gute Besserung an Balu!

Viele Grüße
""")

M("C", "de", "insurer-to-customer", "dispute with a tradesman under legal protection; named customer",
  frm=ADDR("lindqvist"), to="Claudia Reimers <claudia.reimers@freenet.example>",
  subj="Streit mit dem Fliesenleger – RS-2026-01702", date="2026-08-26 10:20", sig="lindqvist", sigstyle="short",
  body="""
Liebe Frau Reimers,

für Ihren Streit mit Fliesen Özdemir (mangelhafte Verlegung im Bad, Rechnung 6.800 EUR, Sie haben 2.000 EUR einbehalten) besteht Deckung aus RS-20-1188301, Vertrags-Rechtsschutz. Ein Privatgutachten zahlen wir nur, wenn das Gericht es anordnet.

Viele Grüße
""")

M("C", "de", "insurer-to-company", "insurance confirmation for a leasing company; named lessee and car",
  frm=f"Versicherer Kfz-Service <kfz-service@{DOM}>", to="Vertragsmanagement MobilLease GmbH <vertrag@mobillease.example>",
  subj="Versicherungsbestätigung Leasingvertrag ML-26-10477", date="2026-08-26 06:00", client="system",
  body="""
Sehr geehrte Damen und Herren,

wir bestätigen Vollkaskoschutz für das Leasingfahrzeug Ihres Leasingnehmers Herrn Stefan Kuntz (Cupra Born, FIN VSSZZZK1ZRP041122, MZ-SK 880) ab 01.09.2026, Vertrag KF-40-8801442, Selbstbeteiligung 500 EUR. Sicherungsschein zu Ihren Gunsten ist ausgestellt.

Versicherer Kfz-Service
""")

M("C", "de", "insurer-to-customer", "valuables list (jewellery) of a named customer in household policy",
  frm=ADDR("demir"), to="Margarethe von Ahlen <m.vonahlen@t-online.example>",
  subj="Ihre Wertsachenliste", date="2026-08-27 09:00", sig="demir", sigstyle="short",
  body="""
Sehr geehrte Frau von Ahlen,

wir haben Ihre Wertsachen zur Hausrat HR-05-0019877 erfasst: Perlenkette (Gutachten Juwelier Hemmerle 2019, 14.000 EUR), Brillantring 1,2 ct (9.500 EUR), Armbanduhr Cartier (6.200 EUR). Weil die Summe über 20 % der Versicherungssumme liegt, müssen die Stücke außerhalb des Tragens im Tresor (VdS-Klasse I) liegen.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-customer", "no-claims certificate for a named customer switching insurer",
  frm=ADDR("engel"), to="Tanja Böhmer <tanja.boehmer@gmx.example>",
  subj="Ihre SF-Bescheinigung", date="2026-08-27 14:10", sig="engel", sigstyle="short",
  body="""
Hallo Frau Böhmer,

wie gewünscht Ihre Bescheinigung für den neuen Versicherer: Vertrag KF-40-2203981 (OS-TB 44), Versicherungsnehmerin Tanja Böhmer, geb. 1987-06-19, Haftpflicht SF 14, Vollkasko SF 11, ein Schaden am 12.03.2024 (Haftpflicht, reguliert 2.140 EUR), Vertragsende 31.12.2026.

Schade, dass Sie gehen – alles Gute!
""")

M("C", "de", "insurer-to-customer", "maiden name and land register for a named homeowner (buildings)",
  frm=ADDR("demir"), to="Elisabeth Rautenberg <e.rautenberg@web.example>",
  subj="Wohngebäude – Eigentümerin laut Grundbuch", date="2026-08-28 10:00", sig="demir", sigstyle="short",
  body="""
Sehr geehrte Frau Rautenberg,

laut Grundbuchauszug (Amtsgericht Paderborn, Blatt 4412) ist Eigentümerin des Hauses Lindenstraße 5, 33098 Paderborn, "Elisabeth Rautenberg geb. Kleinschmidt". Wir haben die Wohngebäudeversicherung WG-11-2201833 entsprechend auf Sie umgeschrieben; Ihr verstorbener Mann ist als Versicherungsnehmer ausgetragen.

Mit freundlichen Grüßen
""")

M("C", "de", "insurer-to-customer", "maintenance claim: named customer's income and the ex-partner's income (family legal protection)",
  frm=ADDR("lindqvist"), to="Sandra Wilke <sandra.wilke@gmx.example>",
  subj="Unterhaltsstreit – Deckung und Streitwert", date="2026-08-28 15:00", sig="lindqvist", sigstyle="short",
  body="""
Hallo Frau Wilke,

für das Unterhaltsverfahren gilt Ihr Baustein Familien-Rechtsschutz nur für die Beratung. Zur Einordnung: Ihr Nettoeinkommen (1.920 EUR) und das Ihres Ex-Mannes (3.480 EUR) ergeben laut Ihrer Anwältin einen Kindesunterhalt nach Düsseldorfer Tabelle von 561 EUR. Die Beratung übernehmen wir.

Viele Grüße
""")

M("C", "en", "insurer-to-broker", "commission clawback for a named customer's cancelled household policy",
  frm=ADDR("morgan"), to="Gareth Price <gareth@price-insurance-brokerage.example>",
  subj="Commission clawback – HR-26-0091882", date="2026-08-31 10:00", sig="morgan", sigstyle="short", lang="en",
  body="""
Dear Gareth,

your client Ms Zoe Whitcombe cancelled her household policy HR-26-0091882 after 7 months (moving abroad). Under our agreement we claw back 5/12 of the acquisition commission: EUR 41.25. It will be offset against your September statement.

Best regards
James
""")

M("C", "de", "insurer-to-customer", "sole-trader gardener damaged a client's car; business liability (natural person)",
  frm=ADDR("oltmanns"), to="Gartenbau Lukas Ebert <lukas.ebert@gartenbau-ebert.example>",
  subj="Betriebshaftpflicht – Steinschlag beim Mähen", date="2026-08-31 13:20", sig="oltmanns", sigstyle="short",
  body="""
Hallo Herr Ebert,

beim Rasenmähen bei Ihrer Kundin Frau Dorothea Kamps hat ein hochgeschleuderter Stein die Heckscheibe ihres Autos (KR-DK 600) zerschlagen. Ihre Betriebshaftpflicht BHV-24-0220 (Einzelunternehmen) übernimmt die Glasrechnung von 612 EUR abzüglich 250 EUR Selbstbeteiligung.

Viele Grüße
""")

M("C", "de", "insurer-to-customer", "conservatory glass breakage for a named customer",
  frm=ADDR("demir"), to="Waltraud Oeing <waltraud.oeing@t-online.example>",
  subj="Glasbruch Wintergarten – GL-2026-00980", date="2026-09-01 09:40", sig="demir", sigstyle="short",
  body="""
Hallo Frau Oeing,

der Riss im Dachelement Ihres Wintergartens (Hohe Straße 30, 48683 Ahaus) ist über Ihre Glasversicherung GL-14-0031185 gedeckt. Der Glaser Terhorst tauscht die Scheibe; wir zahlen direkt.

Viele Grüße
""")

M("C", "en", "insurer-to-customer", "missed connection through a strike; named traveller's extra hotel night (travel, no health)",
  frm=ADDR("seidel"), to="Aisha Rahman <aisha.rahman@gmail.example>",
  subj="Your claim for the extra hotel night – RG-2026-02244", date="2026-09-01 11:30", sig="seidel", sigstyle="short", lang="en",
  body="""
Dear Ms Rahman,

your travel policy RV-55-5501873 pays EUR 100 per night for delays of more than 6 hours caused by public transport strikes. We therefore reimburse EUR 100 of your hotel bill in Frankfurt (EUR 149) from 24 August.

Kind regards
""")

M("C", "de", "insurer-to-company", "notice to the vehicle registration office: no cover for a named owner's car",
  frm=f"Versicherer Kfz-Service <kfz-service@{DOM}>", to="Zulassungsstelle Kreis Recklinghausen <zulassung@kreis-re.example>",
  subj="Anzeige nach § 25 FZV – RE-HK 220", date="2026-09-02 06:00", client="system",
  body="""
Sehr geehrte Damen und Herren,

für das Fahrzeug mit dem Kennzeichen RE-HK 220 (Halter: Herr Hakan Kurt, Westring 44, 45659 Recklinghausen, FIN WF0XXXGCDXJR12290) besteht seit dem 01.09.2026 kein Versicherungsschutz mehr (Vertrag KF-40-0911287, Beendigung wegen Nichtzahlung des Erstbeitrags).

Versicherer Kfz-Service
""")

M("C", "de", "insurer-to-broker", "CSV of a broker's named customers in arrears (household, liability)",
  frm=ADDR("becker"), to="Versicherungskontor Lüders <kontor@lueders-vk.example>",
  subj="Mahnliste August – Ihre Kunden", date="2026-09-02 10:00", sig="becker", sigstyle="short",
  body="""
Moin Herr Lüders,

anbei die Kunden aus Ihrem Bestand mit offenen Beiträgen (nur Sachsparten). Vielleicht können Sie kurz nachhaken, bevor die qualifizierte Mahnung rausgeht.

Gruß
""", att=[CSV("Mahnliste_Lueders_2026-08.csv", [["Kunde", "Vertrag", "offen EUR", "fällig seit"],
      ["Broder Petersen", "WG-08-2200143", "712,00", "01.07.2026"], ["Ole Jessen", "PH-14-1102287", "64,90", "01.08.2026"]], bom=True)])

M("S", "de", "insurer-to-customer", "respite care for a named insured's mother (care line)",
  frm=ADDR("yilmaz"), to="Brigitte Sauer <brigitte.sauer@gmx.example>",
  subj="Verhinderungspflege für Ihre Mutter", date="2026-09-03 09:20", sig="yilmaz", sigstyle="short",
  body="""
Liebe Frau Sauer,

während Ihres Urlaubs vom 14. bis 27.09. übernimmt der Pflegedienst Lindenhof die Pflege Ihrer Mutter. Die Kosten der Verhinderungspflege (laut Angebot 1.640 EUR) zahlen wir aus der Pflegepflichtversicherung bis 1.685 EUR im Jahr. Das Pflegetagegeld läuft in dieser Zeit weiter.

Erholen Sie sich gut!
""")

M("S", "de", "insurer-to-company", "employer's bAV direct insurance enrolment list of named employees (life line)",
  frm=ADDR("paulsen"), to="Personal Weidner Metallbau GmbH <personal@weidner-metallbau.example>",
  subj="Direktversicherung – Policierung September", date="2026-09-03 13:40", sig="paulsen",
  body="""
Sehr geehrte Frau Kruse,

die Direktversicherungen (Entgeltumwandlung) für Ihre Mitarbeitenden sind policiert:

[[bav]]

Die Versicherungsscheine schicken wir an die Mitarbeitenden direkt; die Beitragsliste für die Lohnbuchhaltung finden Sie im Firmenkundenportal.

Mit freundlichen Grüßen
""", tables={"bav": ([["Name", "geb.", "Vertrag", "Beitrag/Monat"],
                      ["Kai Lindner", "12.03.1987", "DV 57-1043", "150,00 EUR"],
                      ["Mehmet Acar", "30.01.1995", "DV 57-1077", "100,00 EUR"],
                      ["Franziska Rother", "19.11.1990", "DV 57-1102", "248,00 EUR"]], "pipe")})

M("S", "de", "internal", "XLSX case-management list with named insureds and ICD-10 codes (health)",
  frm=ADDR("brandt"), to=f"Reha-Management <reha-management@{DOM}>",
  subj="Übergabe Fälle an Frau Dr. Osterkamp", date="2026-09-04 08:30", sig="brandt", sigstyle="short",
  body="""
Hallo zusammen,

anbei die offenen Reha-Fälle zur Übergabe. Bitte nur im Laufwerk speichern, nicht weiterleiten.

Gerrit
""", att=[XLSX("Reha_Faelle_offen.xlsx", {"offen": [
      ["Versicherte/r", "KV-Nr.", "ICD-10", "Stand"],
      ["Martina Kuhlmann", "KV 220-118-4471", "S82.18 R", "Reha beendet, Physio läuft"],
      ["Dieter Oberholz", "KV 118-330-4470", "I63.5 G", "Pflegebett geliefert"],
      ["Sebastian Kroll", "GU 74-0031", "S32.81 G", "KH bis ca. 20.05."]]}, author="Gerrit Brandt")])

M("S", "de", "insurer-to-customer", "HTML-only: dentist's GOZ positions for a named insured's root canal",
  frm=ADDR("wendland"), to="Kerstin Pohl <kerstin.pohl@freenet.example>", client="outlook",
  subj="Ihre Zahnarztrechnung vom 25.08.2026", date="2026-09-04 11:00",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Calibri,sans-serif">
<p>Sehr geehrte Frau Pohl,</p><p>die Rechnung von Dr. Yıldız erstatten wir wie folgt:</p>
""" + table_html([["Zahn", "GOZ", "Leistung", "Betrag EUR", "erstattet EUR"],
                  ["46", "2410", "Aufbereitung Wurzelkanal (2x)", "118,12", "94,50"],
                  ["46", "2440", "Wurzelkanalfüllung (2x)", "67,48", "53,98"],
                  ["46", "0090", "Lokalanästhesie", "8,67", "6,94"]]) + """
<p>Erstattung gesamt: 155,42 EUR.</p><p>Mit freundlichen Grüßen<br>Tobias Wendland</p></body></html>
""")

M("S", "de", "insurer-to-customer", "addiction treatment (alcohol withdrawal) of a named insured, cost approval",
  frm=ADDR("brandt"), to="Thomas Vierling <thomas.vierling@gmx.example>",
  subj="Kostenzusage Entwöhnungsbehandlung", date="2026-09-07 10:00", sig="brandt",
  body="""
Sehr geehrter Herr Vierling,

für den qualifizierten Entzug und die anschließende Entwöhnungsbehandlung in der Fachklinik Haus Rheinblick (Aufnahme 14.09.2026, voraussichtlich 12 Wochen) sagen wir die Kosten nach Tarif ST 2 zu. Das gilt einmalig; eine Wiederholung ist nach Ihrem Tarif nur nach Rücksprache möglich.

Wir wünschen Ihnen viel Kraft.
""")

M("S", "de", "insurer-to-customer", "rescission for undisclosed pre-existing condition in a named applicant's BU contract",
  frm=ADDR("stanek"), to="Philipp Ostermann <philipp.ostermann@web.example>",
  subj="Ihre Berufsunfähigkeitsversicherung BU 61-6612044 – Rücktritt", date="2026-09-08 14:00", sig="stanek",
  body="""
Sehr geehrter Herr Ostermann,

bei der Prüfung Ihres Leistungsantrags haben wir erfahren, dass Sie vor Antragstellung wegen einer Anpassungsstörung in psychotherapeutischer Behandlung waren (20 Sitzungen 2023, Praxis Dipl.-Psych. Rehm). Diese Frage hatten Sie im Antrag verneint.

Hätten wir davon gewusst, hätten wir den Vertrag nur mit einem Ausschluss psychischer Erkrankungen angenommen. Wir passen den Vertrag daher rückwirkend an (§ 19 Abs. 4 VVG); für den aktuellen Leistungsfall wegen Depression besteht deshalb leider keine Leistungspflicht.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-customer", "trap: generic answer whether students are co-insured with their parents; no contract data disclosed",
  frm=ADDR("kowalski"), to="Lea Brunnert <lea.brunnert@uni-muenster.example>", client="thunderbird",
  subj="Re: Versicherung während des Studiums", date="2026-09-08 16:20", sig="kowalski", sigstyle="short",
  body="""
Hallo Frau Brunnert,

ganz allgemein: Studierende sind in der Regel über die Privathaftpflicht und Hausrat der Eltern mitversichert, solange sie in der ersten Ausbildung sind und noch kein eigener Haushalt als Hauptwohnsitz besteht. Ob das bei Ihren Eltern so ist, steht in deren Vertrag – dazu kann ich ohne deren Einverständnis nichts sagen.

Viele Grüße
""", quote=Q("""Hallo, ich fange im Oktober an zu studieren und zihe nach Münster. Bin ich dann noch bei meinen Eltern mitversichert oder brauch ich was eigenes?? LG Lea"""))

M("N", "de", "internal", "trap: canteen 'heart health week' with blood-pressure measuring; no person",
  frm=ADDR("richter"), to=f"Alle Mitarbeitenden <alle@{DOM}>",
  subj="Aktionswoche Herzgesundheit in der Kantine", date="2026-09-09 08:00", sig="richter", sigstyle="short",
  body="""
Liebe Kolleginnen und Kollegen,

vom 21. bis 25.09. gibt es in der Kantine jeden Tag ein salzarmes "Herz-Menü", und am Mittwoch misst der Betriebsärztliche Dienst im Foyer Blutdruck und Cholesterin (freiwillig, die Werte bekommen nur Sie selbst auf einem Zettel).

Guten Appetit!
Anja Richter
""")

M("N", "de", "insurer-to-customer", "trap: second portal registration mail with the link; no personal data",
  frm=f"Versicherer Secure Mail <securemail-noreply@{DOM}>", to="Gudrun Wessels <gudrun.wessels@t-online.example>",
  subj="Ihre Registrierung im Postfach (2/2)", date="2026-09-09 07:01",
  body="""
Guten Tag,

für Sie liegt eine vertrauliche Nachricht bereit. Bitte registrieren Sie sich über diesen Link:

https://securemail.versicherer.example/register?t=Q2xY7m3pVt

Melden Sie sich mit Ihrer E-Mail-Adresse und dem Einmal-Passwort aus der ersten E-Mail an. Danach vergeben Sie ein eigenes Passwort und eine Sicherheitsfrage.

Diese Benachrichtigung enthält keine vertraulichen Inhalte. Bitte antworten Sie nicht auf diese E-Mail.

Versicherer Secure Mail
""")

M("N", "de", "insurer-to-partner", "trap: sponsored defibrillator for a town hall; company sponsorship, no person",
  frm=ADDR("baumann"), to="Bürgermeisteramt Frechen <buergermeister@stadt-frechen.example>",
  subj="Spende Defibrillator für das Rathaus", date="2026-09-10 10:30", sig="baumann",
  body="""
Sehr geehrte Damen und Herren,

wie besprochen spenden wir der Stadt Frechen zwei Defibrillatoren (AED) für das Rathaus und die Stadtbücherei. Die Geräte werden am 28.09. geliefert; die Einweisung für Ihre Beschäftigten übernehmen die Malteser. Über einen gemeinsamen Pressetermin würden wir uns freuen.

Mit freundlichen Grüßen
""")

M("N", "de", "insurer-to-company", "trap: contents insurance quote for a pharmacy OHG; no owner or customer named",
  frm=ADDR("hartmann"), to="info@loewen-apotheke-bonn.example",
  subj="Angebot Inhalts- und Kühlgutversicherung Löwen-Apotheke OHG", date="2026-09-10 14:15", sig="hartmann", sigstyle="short",
  body="""
Sehr geehrte Damen und Herren,

für die Löwen-Apotheke OHG bieten wir an: Inhalt (Warenlager inkl. Betäubungsmittelschrank) 650.000 EUR, Kühlgut (Impfstoffe, Insuline) bis 80.000 EUR bei Stromausfall oder Defekt des Kühlschranks, Betriebsunterbrechung 6 Monate. Jahresnettoprämie 2.184 EUR.

Voraussetzung: Temperaturalarm am Medikamentenkühlschrank mit Aufschaltung.

Mit freundlichen Grüßen
""")

M("N", "en", "internal", "trap: clean-desk reminder mentioning medical files generically",
  frm=ADDR("fischer"), to=f"Claims staff <claims-all@{DOM}>",
  subj="Clean desk check on Friday", date="2026-09-11 08:15", sig="fischer", sigstyle="short", lang="en",
  body="""
Hi all,

friendly reminder: Information Security will do a clean-desk walk on Friday evening. Please lock away printed medical reports, invoices and claim files, lock your screen (Win+L) and take visitor badges back to reception.

Last time we found 14 unlocked screens and 3 folders on desks. Let's get to zero!

Tim
""")


# ==========================================================================

if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        check()
    else:
        main()
