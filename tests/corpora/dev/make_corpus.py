#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel development corpus generator.

Writes mails/dNNNN.eml and labels.tsv next to this script.  Every mail is
written by hand further down (section MAILS); the code above only turns the
hand-written content into RFC 5322 / MIME messages with fixed dates,
Message-IDs, MIME boundaries and attachment metadata, so that a rerun is
byte-identical.

Usage:  python3 make_corpus.py          # (re)write mails/ and labels.tsv
        python3 make_corpus.py --check  # parse every mail, open attachments, print stats

Needs (only for attachments): openpyxl python-docx odfpy fpdf2
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
    p.set_creator("Siegel dev corpus")
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
    salt = f"{n}|{m.get('mid', '')}|{m['subj']}"
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


MAILS = []


def M(label, lang, kind, reason, **kw):
    assert label in LABELS, label
    assert lang in ("de", "en")
    kw["lang"] = lang
    MAILS.append((LABELS[label], lang, kind, reason, kw))


# ==========================================================================
# MAILS — every mail below is written by hand.
# ==========================================================================

# ---------------------------------------------------------------- batch 1: d0001-d0040

# d0001
M("S", "de", "insurer-to-customer", "PKV reimbursement to the addressee: doctor's invoice, lab, prescribed medicines (Ramipril, Atorvastatin), physiotherapy",
  frm=ADDR("kroeger"), to="Dieter Albers <d.albers@mailbox.example>", ent="kv",
  subj="Ihre eingereichten Belege vom 28.12.2025 - Abrechnung",
  date="2026-01-08 10:42", sig="kroeger", html=True,
  tables={"T1": ([["Beleg", "Leistungserbringer", "Datum", "Betrag", "erstattet"],
                  ["Arztrechnung", "Dr. med. S. Feyzi, Innere Medizin", "09.12.2025", "187,62 €", "164,71 €"],
                  ["Laborrechnung", "MVZ Labor Rheinland", "11.12.2025", "96,18 €", "96,18 €"],
                  ["Rezept Ramipril 5 mg, 100 St.", "Apotheke am Neumarkt", "12.12.2025", "24,51 €", "24,51 €"],
                  ["Rezept Atorvastatin 20 mg N3", "Apotheke am Neumarkt", "12.12.2025", "38,97 €", "38,97 €"],
                  ["6 x Krankengymnastik", "Physio Deutz GbR", "02.12.-19.12.2025", "168,00 €", "88,00 €"],
                  ["Summe", "", "", "515,28 €", "412,37 €"]], "pad")},
  body="""
Sehr geehrter Herr Albers,

vielen Dank für Ihre Belege. Wir haben sie geprüft und wie folgt abgerechnet:

[[T1]]

Den Betrag von 412,37 € überweisen wir in den nächsten Tagen auf Ihr bei uns hinterlegtes Konto.

Zwei Hinweise:
- Rechnung Dr. Feyzi: Die Nr. 34 GOÄ (Erörterung, mind. 20 Minuten) kann nicht neben der Nr. 1 am selben Tag berechnet werden. Den Betrag dafür (22,91 €) haben wir daher nicht erstattet.
- Krankengymnastik: Ihr Tarif erstattet Heilmittel bis zu den Höchstsätzen unseres Heilmittelverzeichnisses, hier 14,67 € je Einheit.

Haben Sie Fragen? Rufen Sie mich gerne direkt an.

Mit freundlichen Grüßen
""")

# d0002
M("N", "de", "internal", "IT maintenance window announcement, no personal data",
  frm=f"IT-Servicedesk <it-servicedesk@{DOM}>", to=f"Alle Mitarbeitenden Köln <alle-koeln@{DOM}>",
  subj="Wartungsfenster Exchange und VPN am Samstag, 17.01.2026",
  date="2026-01-12 16:05", client="outlook", importance="high",
  body="""
Liebe Kolleginnen und Kollegen,

am Samstag, 17.01.2026, führen wir zwischen 06:00 und 14:00 Uhr Wartungsarbeiten an den Exchange-Servern und am VPN-Zugang durch.

Was bedeutet das für Sie?
* Outlook (auch Outlook im Web) ist in diesem Zeitraum zeitweise nicht erreichbar.
* Der VPN-Zugang aus dem Homeoffice ist ab ca. 08:00 Uhr für etwa zwei Stunden gestört.
* Mails, die in dieser Zeit von außen eingehen, werden zwischengespeichert und danach zugestellt.

Bitte fahren Sie Ihren Rechner am Freitag nicht herunter, sondern melden Sie sich nur ab. Die Updates werden dann automatisch eingespielt.

Bei Problemen am Montag: Servicedesk, Durchwahl -6000, oder Ticket über das Self-Service-Portal.

Viele Grüße
Ihr IT-Servicedesk
""")

# d0003
M("C", "de", "insurer-to-customer", "motor claim: named customer, claim number, registration plate",
  frm=ADDR("brenner"), to="Kerstin Lohmann <kerstin.lohmann@webpost.example>", ent="av",
  subj="Ihr Schaden vom 03.01.2026 - Schaden-Nr. 26-K-0031847",
  date="2026-01-07 09:18", sig="brenner",
  body="""
Sehr geehrte Frau Lohmann,

danke für Ihre Schadenmeldung zum Parkrempler am 03.01.2026 in der Aachener Straße.

Damit wir den Schaden an Ihrem Fahrzeug (amtl. Kennzeichen K-LM 4471) regulieren können, schicken Sie mir bitte noch:

1. zwei bis drei Fotos vom Schaden (gern mit dem Handy),
2. den Kostenvoranschlag der Werkstatt oder alternativ den Namen der Werkstatt, dann setzen wir uns direkt in Verbindung,
3. falls vorhanden, Name und Anschrift der Zeugin, die Sie am Telefon erwähnt haben.

Bitte geben Sie bei Antworten immer die Schaden-Nr. 26-K-0031847 an.

Freundliche Grüße
""")

# d0004
M("N", "en", "insurer-to-partner", "aggregated quarterly claims figures for the reinsurer; no individual persons (trap: claims/health words)",
  frm=ADDR("stone"), to="Martin Keller <m.keller@rueckversicherung.example>",
  cc=f"Group Finance <group.finance@{DOM}>",
  subj="Q4 2025 quota share - claims summary",
  date="2026-01-20 14:31", sig="stone",
  att=[XLSX("QS2025_Q4_claims_summary.xlsx", {
      "Summary": [["Line", "Treaty", "Claims reported", "Paid (EUR)", "Reserved (EUR)", "Large losses > 250k"],
                  ["Motor TPL", "QS-MOT-2025", 4811, 18402277.10, 9120500.00, 3],
                  ["Household contents", "QS-PROP-2025", 2290, 3108944.52, 811200.00, 0],
                  ["Buildings", "QS-PROP-2025", 1675, 7730105.83, 4102000.00, 2],
                  ["General liability", "QS-LIAB-2025", 610, 2055310.07, 3380000.00, 1],
                  ["Disability (BU)", "QS-LIFE-2025", 141, 2911450.00, 21504000.00, 0]],
      "Cause codes BU": [["Cause group", "Share new claims"], ["Mental and behavioural", "0.34"],
                         ["Musculoskeletal", "0.21"], ["Cancer", "0.15"], ["Cardiovascular", "0.07"],
                         ["Accidents", "0.09"], ["Other", "0.14"]]}, author="Stone, Rebecca")],
  body="""
Dear Martin,

please find attached the Q4 2025 summary for the quota share treaties. Figures are as at 31/12/2025, booked year 2025, in EUR.

A few remarks:
- the two large buildings losses are both storm "Jorinde" (Nov 2025), we expect further development there;
- motor large losses: one bodily injury claim was re-reserved upwards in December (no change in treaty share);
- the disability cause split on the second sheet is what we discussed in Munich; it only covers new claims notified in 2025.

The detailed bordereaux will follow through the usual SFTP channel by the end of the month.

Best regards,
""")

# d0005
M("S", "en", "insurer-to-customer", "expat health insurance: physiotherapy after shoulder surgery, reimbursement to the addressee",
  frm=ADDR("whitfield"), to="Andrew Pearce <andrew.pearce@pearce-family.example>", ent="kv",
  subj="RE: claim submitted 2 Feb - physio Singapore",
  date="2026-02-05 08:12", sig="whitfield",
  irt="<CAJt7x9ab3-pearce-0202@pearce-family.example>",
  body="""
Dear Mr Pearce,

thank you for your claim. I am happy to confirm that the following has been approved under your plan Global Care Plus (member no. GC-0048815-01):

- 8 physiotherapy sessions, Dr. Tanaka Sports & Rehab Clinic, 6 to 29 January 2026, SGD 1,280.00
- follow-up consultation with Dr. Lim (orthopaedics), 30 January 2026, SGD 240.00

As the sessions follow your arthroscopic rotator cuff repair in December, they fall under the post-operative benefit and no co-payment applies. We will pay SGD 1,520.00 (EUR 1,046.18 at today's rate) to the account you gave us.

For further sessions after 10 February we will need a new referral letter from Dr. Lim.

Kind regards,
""",
  quote="On Mon, 2 Feb 2026 at 19:47, Andrew Pearce <andrew.pearce@pearce-family.example> wrote:\n" + Q("""Hi Emma,
attached the invoices from the physio and the follow up with Dr Lim. Shoulder is getting better slowly. Do I need a new referral for more sessions?
Thanks, Andrew"""))

# d0006
M("N", "de", "newsletter", "broker newsletter on a new dental supplementary tariff; product information only (trap: dental/health words)",
  frm=f"Versicherer Maklerinfo <newsletter@{DOM}>", to=f"maklerinfo-verteiler@{DOM}",
  subj="Maklerinfo 02/2026: Neuer Zahnzusatztarif ZahnPlus 90 ab 1. März",
  date="2026-02-10 07:30", charset="utf-8", cte="quoted-printable",
  body="""
Maklerinfo 02/2026

Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

ab dem 1. März 2026 bieten wir den neuen Zahnzusatztarif ZahnPlus 90 an. Die wichtigsten Punkte:

- 90 % Erstattung für Zahnersatz inkl. Implantate und Inlays (nach Vorleistung der GKV)
- 100 % für professionelle Zahnreinigung bis 150 € pro Kalenderjahr
- Kieferorthopädie für Kinder bis 18 Jahre (KIG 1-5) bis 2.000 €
- keine Wartezeit bei Unfall, sonst 8 Monate für Zahnersatz
- Zahnstaffel: 1.000 € in den ersten beiden Jahren, 2.000 € bis Jahr 4

Beitrag für Erwachsene ab 21,40 € im Monat (Eintrittsalter 30). Alle Beiträge, die Produktinformationen und die neuen Antragsformulare finden Sie ab dem 16.02. im Maklerportal unter "Produkte > Kranken > Zahn".

Online-Schulung: 24.02.2026, 10:00 Uhr, Anmeldung im Portal unter "Veranstaltungen".

Ihre Maklerbetreuung

Sie erhalten diesen Newsletter, weil Sie als Vertriebspartner bei uns registriert sind. Abmelden: www.versicherer.example/maklerinfo/abmelden
""",
  html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Maklerinfo 02/2026</title></head>
<body style="margin:0;background:#f3f3f3;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#003a70;color:#ffffff;font-size:20px">Maklerinfo 02/2026</td></tr>
<tr><td>
<p>Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,</p>
<p>ab dem <strong>1. März 2026</strong> bieten wir den neuen Zahnzusatztarif <strong>ZahnPlus 90</strong> an.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e6eef6"><th align="left">Leistung</th><th align="left">ZahnPlus 90</th></tr>
<tr><td>Zahnersatz inkl. Implantate, Inlays</td><td>90 % nach Vorleistung GKV</td></tr>
<tr><td>Professionelle Zahnreinigung</td><td>100 %, bis 150 € je Kalenderjahr</td></tr>
<tr><td>Kieferorthopädie Kinder (KIG 1-5)</td><td>bis 2.000 €</td></tr>
<tr><td>Wartezeit</td><td>8 Monate Zahnersatz, entfällt bei Unfall</td></tr>
<tr><td>Zahnstaffel</td><td>1.000 € (Jahr 1-2), 2.000 € (bis Jahr 4)</td></tr>
</table>
<p>Beitrag für Erwachsene ab 21,40 € im Monat (Eintrittsalter 30). Produktinformationen und Anträge ab 16.02. im Maklerportal unter <a href="https://makler.versicherer.example/produkte/kranken/zahn">Produkte &gt; Kranken &gt; Zahn</a>.</p>
<p>Online-Schulung: 24.02.2026, 10:00 Uhr &ndash; <a href="https://makler.versicherer.example/veranstaltungen">jetzt anmelden</a></p>
<p>Ihre Maklerbetreuung</p>
</td></tr>
<tr><td style="font-size:11px;color:#777777">Sie erhalten diesen Newsletter, weil Sie als Vertriebspartner bei uns registriert sind. <a href="https://www.versicherer.example/maklerinfo/abmelden">Abmelden</a></td></tr>
</table></td></tr></table>
</body></html>
""")

# d0007
M("C", "de", "insurer-to-broker", "household contents contract of a named customer with contract number and new insured address",
  frm=ADDR("vogel"), to="Ralf Hinrichs <hinrichs@maklerhaus-sued.example>",
  subj="AW: Umzug Fr. Mertens - HR 7731-20458",
  date="2026-01-14 11:50", sig="vogel", sigstyle="short",
  body="""
Hallo Herr Hinrichs,

erledigt. Den Hausratvertrag HR 7731-20458 von Frau Bettina Mertens haben wir zum 01.02.2026 auf die neue Anschrift umgestellt:

Am Schlachthof 7, 2. OG links
86152 Augsburg

Die Wohnfläche ändert sich von 64 auf 78 m², die Versicherungssumme passen wir auf 50.700 EUR an (650 EUR/m²), der Beitrag steigt um 1,84 EUR monatlich. Der Nachtrag geht ihr in den nächsten Tagen per Post zu, Ihre Kopie kommt wie üblich über die Vermittlerpost.

VG
Katharina Vogel
""",
  quote=OQ("Ralf Hinrichs <hinrichs@maklerhaus-sued.example>", "Dienstag, 13. Januar 2026 17:22",
           "Vogel, Katharina <katharina.vogel@versicherer.example>", "Umzug Fr. Mertens - HR 7731-20458",
           """Hallo Frau Vogel,
meine Kundin Frau Mertens zieht zum 1.2. um (neue Adresse Am Schlachthof 7, Augsburg, 78 qm). Können Sie den Hausrat bitte umstellen? Unterversicherungsverzicht soll bleiben.
Danke + Gruß
R. Hinrichs
Maklerhaus Süd GmbH"""))

# d0008
M("S", "de", "insurer-to-assessor", "BU claim file sent to external medical expert; medical report only in the PDF attachment",
  frm=ADDR("stanek"), to="Prof. Dr. med. Wolfgang Engel <gutachten@praxis-engel.example>", ent="lv",
  subj="Gutachtenauftrag Vorg.-Nr. 2026-BU-0117",
  date="2026-01-22 13:07", sig="stanek",
  att=[PDF("Befundbericht_Dr_Brinkmann_2025-12-18.pdf", [
      ("h", "Praxis Dr. med. Jutta Brinkmann - Fachärztin für Orthopädie"),
      ("small", "Severinstraße 88 · 50678 Köln · Tel. 0221 555 78 10"),
      ("p", "An die Versicherer Lebensversicherung AG, Leistung BU\nKöln, 18.12.2025"),
      ("h", "Befundbericht", 2),
      ("p", "Patient: Herr Marco Schulte-Vennemann, geb. 14.06.1979\nBeruf: Dachdeckermeister (selbstständig)"),
      ("p", "Diagnosen:\nM51.1 G  Lumbaler Bandscheibenvorfall L4/5 mit Radikulopathie links\nM54.4 G  Lumboischialgie\nM47.26 G  Spondylarthrose LWS"),
      ("p", "Anamnese: Seit 03/2025 zunehmende Schmerzen lumbal mit Ausstrahlung ins linke Bein, seit 08/2025 Taubheitsgefühl Dermatom L5. MRT vom 02.09.2025: Prolaps L4/5 mediolateral links mit Kompression der Wurzel L5."),
      ("p", "Therapie: Physiotherapie 2 x 6 Einheiten, periradikuläre Infiltrationen (3x), Analgesie mit Ibuprofen 600 mg 1-1-1 und Tilidin/Naloxon 50/4 mg retard 1-0-1. Operative Versorgung wurde vom Patienten bisher abgelehnt."),
      ("p", "Beurteilung: Tätigkeiten mit Heben und Tragen über 10 kg sowie Arbeiten in Zwangshaltung und auf Leitern sind dauerhaft nicht mehr zumutbar. Leichte Bürotätigkeit vollschichtig möglich."),
      ("p", "Dr. med. J. Brinkmann")], title="Befundbericht")],
  body="""
Sehr geehrter Herr Prof. Engel,

wie telefonisch besprochen bitten wir Sie um ein orthopädisches Gutachten im o. g. Vorgang.

Anbei der Befundbericht der behandelnden Ärztin. Die weiteren Unterlagen (Fragebogen, Tätigkeitsbeschreibung, MRT-Befund) stellen wir Ihnen wie gewohnt über das Portal bereit. Die Schweigepflichtentbindung liegt uns vor.

Fragestellung:
1. Welche Gesundheitsstörungen liegen vor?
2. In welchem Umfang ist die versicherte Person in ihrem zuletzt ausgeübten Beruf seit wann eingeschränkt?
3. Wie ist die Prognose (voraussichtlich mindestens 6 Monate)?

Für eine Rückmeldung bis Ende Februar wären wir dankbar. Die Untersuchung vereinbaren Sie bitte direkt mit der versicherten Person.

Mit freundlichen Grüßen
""")

# d0009
M("N", "en", "internal", "meeting invitation for a process meeting; no personal data",
  frm=ADDR("raman"), to=[ADDR("hoffmann"), "Claudia Berthold <claudia.berthold@versicherer.example>", f"Tomasz Wrobel <tomasz.wrobel@{DOM}>"],
  subj="Invitation: Siegel rollout - weekly sync",
  date="2026-01-09 15:40", client="outlook",
  att=[ICS("invite.ics", "040000008200E00074C5B7101A82E0080000000051A2C3D4E5F6A7B8", "Siegel rollout - weekly sync",
           "20260114T100000", "20260114T103000", ("Priya Raman", f"priya.raman@{DOM}"),
           [("Lukas Hoffmann", f"lukas.hoffmann@{DOM}"), ("Claudia Berthold", f"claudia.berthold@{DOM}"),
            ("Tomasz Wrobel", f"tomasz.wrobel@{DOM}")],
           location="Teams / room 4.07",
           description="Agenda: status of the gateway pilot, certificate import, open tickets. Recurring every Wednesday.")],
  body="""
Hi all,

weekly 30 min sync for the rollout, starting next Wednesday. Agenda is in the invite; add topics to the OneNote page if you have any.

Priya
""")

# d0010
M("C", "en", "insurer-to-company", "marine cargo claim of a named policyholder with claim and policy number",
  frm=ADDR("osei"), to="Henrike Matthiesen <h.matthiesen@nordkontor-logistik.example>", ent="av",
  subj="Your claim MC-26-00412 / reefer container MSKU 448210-3",
  date="2026-02-16 10:02", sig="osei",
  body="""
Dear Ms Matthiesen,

thank you for the survey report on the reefer container MSKU 448210-3 (shipment of frozen shrimps, Guayaquil to Hamburg, B/L EC-HAM-88120).

Under your open cover no. MOC-2023-0087 we can confirm cover in principle. Before we can settle, we need:

  a) the temperature log of the container for the whole voyage (the surveyor only received the last 6 days),
  b) the commercial invoice and the packing list,
  c) the letter of protest to the carrier and any reply.

The surveyor puts the loss at USD 61,400 before deductible. Please note the deductible of EUR 2,500 per shipment.

Best regards,
""")

# d0011
M("N", "en", "insurer-to-supplier", "technical question to a software vendor about API limits; no personal data",
  frm=ADDR("raman"), to="support@mailrelay-solutions.example",
  subj="Ticket #58213 - rate limiting on the submission API",
  date="2026-01-27 11:26", sig="raman", sigstyle="short",
  body="""
Hello,

following up on ticket #58213. We still see HTTP 429 responses from the submission endpoint at around 40 requests/second, although our contract says 100 rps. Sample from our logs (UTC):

2026-01-26T08:14:02Z POST /v2/messages 429 retry-after=2
2026-01-26T08:14:02Z POST /v2/messages 429 retry-after=2
2026-01-26T08:14:04Z POST /v2/messages 202

Can you check whether the limit for our tenant (id 7f3e-vx-0021) was lowered during the migration on 22 January? Our load test is scheduled for 3 February, so an answer this week would help a lot.

Thanks,
""")

# d0012
M("S", "de", "insurer-to-customer", "long-term care daily allowance: care grade and MD assessment of the customer's mother",
  frm=ADDR("yilmaz"), to="Gisela Hartwig <gisela.hartwig@kabelmail.example>", ent="kv",
  subj="Pflegetagegeld für Frau Irmgard Hartwig - Ihr Antrag vom 19.01.",
  date="2026-02-02 14:48", sig="yilmaz",
  body="""
Sehr geehrte Frau Hartwig,

vielen Dank für die Unterlagen zum Antrag Ihrer Mutter, Frau Irmgard Hartwig (Vers.-Nr. PT 553 018 244).

Laut Gutachten des Medizinischen Dienstes vom 12.01.2026 ist bei Ihrer Mutter Pflegegrad 3 festgestellt worden (44,25 gewichtete Punkte, Schwerpunkt Mobilität und Selbstversorgung). Damit zahlen wir ab dem 01.12.2025 ein Pflegetagegeld von 40 % des vereinbarten Tagessatzes, also 28,00 € täglich.

Die Nachzahlung für Dezember und Januar (868,00 €) überweisen wir diese Woche. Ab Februar erfolgt die Zahlung monatlich im Voraus.

Bitte teilen Sie uns mit, wenn Ihre Mutter in eine vollstationäre Einrichtung wechselt oder sich ihr Zustand verändert; dann prüfen wir die Einstufung erneut.

Mit freundlichen Grüßen
""")

# d0013
M("N", "de", "internal", "minutes of a data-protection classification workshop with generic examples (trap: ICD codes, IBAN, health words)",
  frm=ADDR("meier"), to=f"AG Datenklassifizierung <ag-datenklassifizierung@{DOM}>",
  subj="Protokoll Workshop Schutzklassen E-Mail vom 21.01.",
  date="2026-01-23 09:55", sig="meier", sigstyle="short",
  att=[DOCX("Protokoll_Schutzklassen_2026-01-21.docx", [
      ("h", "Protokoll: Workshop Schutzklassen für den E-Mail-Versand"),
      "Datum: 21.01.2026, 13:00-16:30 Uhr, Raum 2.11\nTeilnehmende: Datenschutz, Informationssicherheit, Leistung Kranken, Schaden Sach, Vertrieb, IT\nProtokoll: T. Meier",
      ("h", "1. Schutzklassen", 2),
      ("t", [["Klasse", "Beispiele", "Versand"],
             ["normal", "Produktinfos, Termine, interne Organisation", "TLS opportunistisch"],
             ["vertraulich", "Geburtsdatum, Bankverbindung, Vertragsnummer mit Namen (Sach/HUK/Kfz)", "TLS verifiziert oder Portal"],
             ["streng vertraulich", "Gesundheitsdaten (Diagnosen, ICD-10, Medikamente), alles aus Leben/Kranken/Unfall", "S/MIME oder Portal"]]),
      ("h", "2. Diskussion", 2),
      "Es wurde diskutiert, ob eine Beispiel-IBAN wie DE89 3704 0044 0532 0130 00 in Schulungsunterlagen eine Einstufung auslöst. Ergebnis: Nein, solange keine Person zugeordnet ist. Gleiches gilt für ICD-Codes in Statistiken (z. B. Anteil F32/F33 an den BU-Fällen).",
      "Offen ist, wie Sammelabrechnungen von Heilmittelerbringern behandelt werden. Leistung Kranken prüft bis zum nächsten Termin, ob dort Patientennamen enthalten sind.",
      ("h", "3. Aufgaben", 2),
      ("t", [["Nr.", "Aufgabe", "Wer", "Bis"],
             ["1", "Beispielsammlung für die Schulung erstellen (anonym!)", "Datenschutz", "13.02.2026"],
             ["2", "Liste der Funktionspostfächer mit Schutzklasse", "IT", "06.02.2026"],
             ["3", "Prüfung Sammelabrechnungen", "Leistung Kranken", "13.02.2026"]]),
      "Nächster Termin: 18.02.2026, 13:00 Uhr"], author="Meier, Thomas")],
  body="""
Hallo zusammen,

anbei das Protokoll von Mittwoch. Korrekturen bitte bis Dienstag an mich, danach lege ich es im Teams-Kanal ab.

Danke für die gute Diskussion!

Thomas
""")

# d0014
M("C", "de", "insurer-to-customer", "SEPA mandate confirmation with the customer's IBAN and contract number (buildings insurance)",
  frm=f"Versicherer Kundenservice <kundenservice@{DOM}>", to="Horst Wiegand <horst.wiegand@freenet-mail.example>",
  subj="Bestätigung Ihres SEPA-Lastschriftmandats",
  date="2026-01-15 07:12", client="system", charset="iso-8859-1", cte="quoted-printable", mailer="VERSO Output Management 7.4",
  body=f"""
Sehr geehrter Herr Wiegand,

wir bestätigen Ihnen die Änderung Ihrer Bankverbindung für folgenden Vertrag:

Wohngebäudeversicherung Nr. WG 40-118 772-3
Risikoort: Lindenallee 23, 53757 Sankt Augustin

Kontoinhaber: Horst Wiegand
IBAN: {IB("DE", "370501980019445612")}
BIC: COLSDE33XXX
Mandatsreferenz: WG40118772301
Gläubiger-Identifikationsnummer: DE98ZZZ09999999999

Der nächste Beitrag (Jahresbeitrag 2026: 612,48 EUR) wird am 01.02.2026 abgebucht.

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail. Fragen? Kundenservice 0221 555-3000, Mo-Fr 8-18 Uhr.

Versicherer Allgemeine Versicherung AG
""")

# d0015
M("N", "de", "insurer-to-supplier", "purchase order for office furniture; order number and company data only",
  frm=ADDR("krueger"), to="Auftragsannahme <auftrag@bueroform-west.example>",
  subj="Bestellung 4500127733 - Schreibtische Standort Köln",
  date="2026-01-19 12:03", sig="krueger",
  body="""
Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Ihrem Angebot AN-25-3381 vom 11.12.2025:

Pos. 10  24 Stk.  Steh-Sitz-Schreibtisch E-Line 160x80, Dekor Ahorn, Gestell silber   à 489,00 €
Pos. 20  24 Stk.  Kabelwanne KW-160                                                     à  39,00 €
Pos. 30   1 psch. Lieferung und Montage Rheinuferstraße 12, 4. OG                          980,00 €

Gesamt netto 13.652,00 €, zzgl. MwSt.

Liefertermin: KW 9/2026, Anlieferung bitte nur Mo-Do 7-15 Uhr über die Zufahrt Kaiserstraße (Ansprechpartnerin vor Ort: Frau Richter, Facility Management, -1550).

Bitte geben Sie auf Lieferschein und Rechnung unbedingt die Bestellnummer 4500127733 an; Rechnungen ohne Bestellnummer können wir nicht bearbeiten.

Mit freundlichen Grüßen
""")

# d0016
M("S", "en", "insurer-to-broker", "underwriting decision on a private health application: knee exclusion, health answers of a named applicant",
  frm=ADDR("nguyen"), to="Oliver Grant <oliver.grant@grant-associates.example>", ent="kv",
  subj="RE: Application Hannah Kowalczyk - PKV comfort tariff",
  date="2026-02-19 16:22", sig="nguyen",
  body="""
Dear Mr Grant,

we have now assessed the application of Ms Hannah Kowalczyk (application no. A-KV-2026-018842).

Based on the answers to the health questions and the report of the treating orthopaedist, we can offer cover in tariff KomfortPlus with the following exclusion:

  "No benefits for treatment of the left knee joint including the meniscus and cruciate ligaments, and their consequences."

The partial meniscectomy in 2023 and the physiotherapy in 2024 are the reason. Her asthma (salbutamol as needed, no hospital stay) is accepted without a surcharge.

We can review the exclusion after three years without treatment of the knee, on request with a current medical report.

Please let us know by 6 March whether Ms Kowalczyk accepts; the offer is valid until then.

Kind regards,
""",
  quote=Q("""From: Oliver Grant
Sent: 10 February 2026 09:14
Subject: Application Hannah Kowalczyk - PKV comfort tariff

Hello,
any news on the application of Ms Kowalczyk? She asked me twice already. The ortho report was uploaded on 2 Feb.
Oliver Grant
Grant & Associates Insurance Brokers"""))

# d0017
M("N", "en", "insurer-to-supplier", "job posting sent to a recruiting agency (trap: medical claims job title)",
  frm=ADDR("weiss"), to="Sophie Brandt <sophie.brandt@talentbridge.example>",
  subj="New search: Medical Claims Specialist (m/f/d), Cologne",
  date="2026-02-03 10:37", sig="weiss",
  body="""
Hi Sophie,

as discussed, we'd like you to start the search for the following role. Fee as in our framework agreement.

Medical Claims Specialist (m/f/d) - International Health, Cologne, full time, hybrid (3 days office)

What the job involves:
- checking medical invoices from hospitals and doctors worldwide against the policy terms
- cost guarantees for inpatient treatment and medical evacuations
- close work with our medical advisors and assistance partners

What we are looking for:
- training as a nurse, medical assistant or similar, or a degree in health economics
- 2+ years in claims handling, ideally private health insurance
- very good English, German at least B2; further languages a plus
- good knowledge of medical terminology and ICD-10 / CPT coding

Salary band: EUR 52,000 - 61,000 plus bonus; 30 days holiday.

Please send CVs only through the portal, not by e-mail.

Thanks and best,
""")

# d0018
M("C", "de", "insurer-to-company", "fleet list: drivers' names with vehicle registrations, no-claims classes and policy numbers",
  frm=ADDR("brenner"), to="Uwe Scholten <u.scholten@stadtreinigung-kerpen.example>", ent="av",
  subj="Fuhrparkliste zur Verlängerung 2026 - bitte prüfen",
  date="2026-01-05 13:44", sig="brenner",
  att=[XLSX("Fuhrpark_Stadtreinigung_Kerpen_2026.xlsx", {"Fahrzeuge": [
      ["Pol.-Nr.", "Kennzeichen", "Fahrzeug", "Erstzulassung", "Hauptfahrer", "SF-Klasse HP", "SF-Klasse VK", "Beitrag 2026"],
      ["KF-1190441", "BM-SR 101", "MAN TGM 18.290 Pressmüllwagen", "03/2019", "Pool", "SF 12", "SF 9", 4108.22],
      ["KF-1190442", "BM-SR 102", "MAN TGM 18.290 Pressmüllwagen", "03/2019", "Pool", "SF 10", "SF 8", 4233.17],
      ["KF-1190447", "BM-SR 215", "VW Crafter Pritsche", "08/2022", "Kemal Aydın", "SF 4", "SF 4", 1288.40],
      ["KF-1190448", "BM-SR 216E", "VW ID.Buzz Cargo", "11/2024", "Sandra Pütz", "SF 2", "SF 2", 1344.95],
      ["KF-1190452", "BM-SR 300", "Skoda Octavia Combi", "05/2021", "Uwe Scholten", "SF 15", "SF 15", 702.60],
      ["KF-1190453", "BM-SR 301", "Skoda Octavia Combi", "05/2021", "Michaela Lenz", "SF 1/2", "SF 1/2", 1190.03]]},
      author="Brenner, Markus")],
  body="""
Hallo Herr Scholten,

anbei die Fuhrparkliste mit dem Stand unserer Bestandsführung für die Verlängerung zum 01.03.2026.

Bitte prüfen Sie besonders:
- BM-SR 216E ist seit November neu im Bestand, Hauptfahrerin Frau Pütz - stimmt das so?
- Für BM-SR 301 ist Frau Lenz als Fahrerin eingetragen (Führerschein seit 2024). Falls das Fahrzeug überwiegend im Pool läuft, würde sich der Beitrag verringern.
- Der Vorschaden an BM-SR 102 vom Oktober ist mit 3.918 € reguliert und in der SF-Einstufung berücksichtigt.

Änderungen gern direkt in die Tabelle, Rückmeldung bis 30.01. wäre prima.

Viele Grüße
""")

# d0019
M("S", "de", "insurer-to-pharmacy", "cost approval for a biologic drug (adalimumab) for a named insured person",
  frm=ADDR("kroeger"), to='"Apotheke am Markt, Frau Dr. Lenz" <rezepte@apotheke-am-markt-bruehl.example>', ent="kv",
  subj="Kostenübernahme Direktabrechnung - Hr. Yusuf Demirtas",
  date="2026-01-29 10:15", sig="kroeger", sigstyle="short",
  body="""
Sehr geehrte Frau Dr. Lenz,

wie heute telefonisch besprochen bestätigen wir die Kostenübernahme im Rahmen der Direktabrechnung für unseren Versicherten

Herrn Yusuf Demirtas, geb. 02.11.1988, KV-Nr. 118 204 775 K

für folgendes Arzneimittel:
Adalimumab 40 mg Injektionslösung im Fertigpen, 6 Stück (PZN 17848213), Verordnung Dr. Wachter, Rheumatologie Bonn, vom 26.01.2026.

Die Zusage gilt für die Abgaben bis 31.07.2026, jeweils gegen Vorlage einer gültigen Verordnung. Bitte rechnen Sie wie gewohnt über das Apothekenrechenzentrum ab und geben Sie die Zusage-Nr. KZ-26-00318 an.

Mit freundlichen Grüßen
""")

# d0020
M("N", "de", "internal", "facility notice about water damage at a medical practice in the office building (trap: practice, damage, no person)",
  frm=ADDR("richter"), to=f"Mitarbeitende Rheinuferstraße <standort-rheinufer@{DOM}>",
  subj="Wasserschaden EG (Arztpraxis) - Zugang Tiefgarage Ost gesperrt",
  date="2026-02-09 07:41", charset="utf-8", cte="base64",
  body="""
Guten Morgen zusammen,

in der Nacht ist in der Arztpraxis im Erdgeschoss (Mieterin im Haus, Eingang Kaiserstraße) ein Heizungsrohr geplatzt. Das Wasser ist auch in den Treppenraum Ost und die Zufahrt zur Tiefgarage gelaufen.

Bis voraussichtlich Mittwoch gilt:
- Tiefgaragenzufahrt Ost gesperrt, bitte über die Westzufahrt (Schranke 2) fahren
- Treppenhaus Ost gesperrt, Aufzüge fahren normal
- die Trocknungsgeräte sind laut; wer im 1. OG Ost sitzt, kann heute und morgen in die Flächen im 3. OG ausweichen

Die Praxis hat heute geschlossen. Bitte keine Fragen an das Praxispersonal, alle Rückfragen an uns.

Danke für euer Verständnis!
Anja Richter
Facility Management, -1550
""")

# d0021
M("C", "en", "insurer-to-customer", "travel insurance confirmation: named traveller with policy number and trip dates (no health content)",
  frm=f"Versicherer Travel <travel@{DOM}>", to="Nicole Brennan <nicole.brennan@outpost-mail.example>", client="system",
  subj="Your travel insurance - policy TR-2026-0448197",
  date="2026-03-02 18:20", mailer="TravelDesk 3.2",
  body="""
Dear Ms Brennan,

thank you for choosing our annual multi-trip cover. Your policy is now active.

Policy number:    TR-2026-0448197
Policyholder:     Nicole Brennan
Insured persons:  Nicole Brennan, Liam Brennan
Cover:            Annual Multi-Trip Europe Plus (cancellation, baggage, travel health)
Period:           03/03/2026 - 02/03/2027
Premium paid:     EUR 139.00 (card ending 4417)

Your policy documents are available in your customer account. In an emergency abroad, call our 24h assistance: +49 221 555 9911.

Have a good trip!
Versicherer Travel

This is an automated message. Please do not reply to this e-mail.
""")

# d0022
M("S", "de", "insurer-to-customer", "life insurance maturity payout to a named customer (personal line, no medical word)",
  frm=ADDR("stanek"), to="Brigitte Ostermann <b.ostermann@postfach.example>", ent="lv",
  subj="Auszahlung zum 01.03.2026",
  date="2026-02-11 11:31", sig="stanek",
  body="""
Sehr geehrte Frau Ostermann,

Ihr Vertrag LV 60 123 456-7 läuft zum 01.03.2026 ab. Damit wir die Leistung pünktlich auszahlen können, benötigen wir noch:

• die unterschriebene Auszahlungserklärung (Sie haben sie mit unserem Schreiben vom 02.02. erhalten),
• eine Kopie Ihres Personalausweises (Vorder- und Rückseite),
• Ihre steuerliche Identifikationsnummer, falls Sie sie in der Erklärung nicht angegeben haben.

Die voraussichtliche Ablaufleistung beträgt 48.912,35 € (Garantiekapital 41.300,00 € zzgl. Überschussbeteiligung). Die Kapitalertragsteuer ermitteln wir zum Auszahlungstag; Details dazu erhalten Sie mit der Abrechnung.

Sie können die Unterlagen einfach als Antwort auf diese Nachricht im Kundenportal hochladen.

Freundliche Grüße
""")

# d0023
M("N", "en", "internal", "anonymous statistics on disability claims by diagnosis group (trap: ICD chapters, aggregated)",
  frm=ADDR("stanek"), to="Group Actuarial <actuarial@versicherer.example>", ent="lv",
  subj="BU claims statistics 2025 by ICD chapter",
  date="2026-01-30 15:18", 
  att=[CSV("bu_claims_2025_by_icd_chapter.csv", [
      ["icd_chapter", "description", "new_claims", "accepted", "declined", "pending", "avg_age_at_claim"],
      ["F00-F99", "Mental and behavioural disorders", "412", "251", "63", "98", "44.1"],
      ["M00-M99", "Musculoskeletal system", "255", "170", "41", "44", "49.8"],
      ["C00-D48", "Neoplasms", "183", "161", "4", "18", "51.3"],
      ["I00-I99", "Circulatory system", "86", "61", "11", "14", "53.6"],
      ["G00-G99", "Nervous system", "71", "48", "9", "14", "45.0"],
      ["S00-T98", "Injury", "109", "88", "12", "9", "41.7"],
      ["other", "all other chapters", "96", "57", "19", "20", "47.2"]], sep=",")],
  body="""
Hi all,

as requested for the reserving workshop: new BU claims notified in 2025 by ICD-10 chapter of the main diagnosis, with decision status as at 15/01/2026. Counts only, no case-level data. Cases with several diagnoses are counted under the leading one.

Mental disorders are again the largest group (34 % of new claims, up from 31 % in 2024).

Oliver
""")

# d0024
M("C", "de", "insurer-to-lawyer", "legal expenses cover confirmation for a named client with claim number (employment dispute)",
  frm=ADDR("lindqvist"), to="RA Dr. Matthias Kron <kanzlei@kron-arbeitsrecht.example>", ent="av",
  subj="Deckungszusage - Ihr Mandant Herr Sebastian Vollmer, RS-Schaden 26-RS-004471",
  date="2026-01-21 15:02", sig="lindqvist",
  body="""
Sehr geehrter Herr Dr. Kron,

in der Angelegenheit Ihres Mandanten, Herrn Sebastian Vollmer ./. Hansa Fördertechnik GmbH, erteilen wir Deckungszusage für die

Kündigungsschutzklage vor dem Arbeitsgericht Köln (Kündigung vom 08.01.2026)

im Rahmen des Rechtsschutzvertrags RS 22-901 337 (Privat-, Berufs- und Verkehrsrechtsschutz, Selbstbeteiligung 150 €).

Die Zusage umfasst die gesetzlichen Gebühren für die erste Instanz auf Basis eines Gegenstandswertes von drei Bruttomonatsgehältern. Für einen Vergleichsabschluss bitten wir vorab um kurze Information.

Bitte geben Sie in der weiteren Korrespondenz stets unsere Schaden-Nr. 26-RS-004471 an.

Mit freundlichen Grüßen
""")

# d0025
M("S", "en", "insurer-to-hospital", "guarantee of payment for an inpatient appendectomy of a named patient with date of birth",
  frm=ADDR("whitfield"), to="Admissions Office <admissions@gulfcare-hospital.example>", ent="kv",
  cc="Assist24 Case Management <cases@assist24.example>",
  subj="Guarantee of payment - KHOURY, Rami - case A24-260318-07",
  date="2026-03-18 06:55", sig="whitfield", importance="high",
  body="""
Dear colleagues,

we confirm cover for the following patient:

Name:            Rami Khoury
Date of birth:   22/07/1991
Member no.:      GC-0051230-02
Admission:       18 March 2026, emergency
Procedure:       laparoscopic appendectomy (diagnosis K35.8, acute appendicitis)
Room:            semi-private
Estimated cost:  AED 38,000

This guarantee covers the medically necessary treatment for the above diagnosis up to AED 45,000 and a stay of up to 4 nights. Please send the final invoice with the discharge summary to claims@versicherer.example, quoting our case number A24-260318-07. Any extension requires our prior approval.

Kind regards,
""")

# d0026
M("N", "de", "newsletter", "generic customer newsletter with tips on frost damage; no personal data",
  frm=f"Versicherer Kundenmagazin <newsletter@{DOM}>", to="kundenmagazin@versicherer.example",
  subj="Frost, Schnee, Glatteis: So schützen Sie Ihr Zuhause",
  date="2026-01-13 08:00", cte="quoted-printable",
  html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Kundenmagazin Januar</title></head>
<body style="font-family:Georgia,serif;color:#222;max-width:640px;margin:auto">
<h1 style="color:#003a70">Winter-Check für Haus und Wohnung</h1>
<p>Liebe Leserinnen und Leser,</p>
<p>wenn es draußen friert, kann es drinnen teuer werden. Geplatzte Wasserleitungen gehören im Januar zu den häufigsten Schäden, die uns gemeldet werden. Mit ein paar Handgriffen beugen Sie vor:</p>
<ol>
<li><b>Heizen Sie alle Räume</b> mindestens auf 12 Grad, auch Gästezimmer und Keller.</li>
<li><b>Leitungen in Garage und Gartenhaus</b> absperren und entleeren.</li>
<li><b>Verreist?</b> Bitten Sie Nachbarn, regelmäßig nach dem Rechten zu sehen.</li>
<li><b>Räum- und Streupflicht:</b> Gehwege vor dem Haus in der Regel von 7 bis 20 Uhr freihalten.</li>
</ol>
<p>Und wenn doch etwas passiert: Melden Sie Schäden rund um die Uhr online unter <a href="https://www.versicherer.example/schaden">versicherer.example/schaden</a> oder in unserer App.</p>
<h2>Gewinnspiel</h2>
<p>Unter allen Leserinnen und Lesern verlosen wir 20 Rauchwarnmelder mit Funkvernetzung. Teilnahme bis 31.01.2026.</p>
<hr><p style="font-size:11px;color:#666">Versicherer Allgemeine Versicherung AG, Rheinuferstraße 12, 50667 Köln. Sie möchten das Kundenmagazin nicht mehr erhalten? <a href="https://www.versicherer.example/newsletter/abmelden">Hier abmelden</a>.</p>
</body></html>
""")

# d0027
M("C", "de", "customer", "customer's burglary report forwarded to the loss adjuster: name, insured address, contract and claim number, stolen items list",
  frm=ADDR("demir"), to="Sachverständigenbüro Krause <auftrag@sv-krause.example>", ent="av",
  subj="WG: Einbruch Wohnung Pohl - Schaden-Nr. 26-H-0007712",
  date="2026-01-26 08:37", sig="demir", charset="windows-1252", cte="quoted-printable",
  att=[CSV("Stehlgutliste_Pohl.csv", [
      ["Gegenstand", "Marke/Modell", "Kaufjahr", "Neupreis EUR", "Beleg vorhanden"],
      ["Notebook", "Lenovo ThinkPad T14", "2023", "1.249,00", "ja"],
      ["Spielkonsole", "Sony PS5 inkl. 2 Controller", "2022", "619,00", "ja"],
      ["Armbanduhr Herren", "Junghans Max Bill", "2019", "845,00", "nein"],
      ["Goldkette mit Anhänger", "Erbstück", "-", "ca. 1.500,00", "Foto"],
      ["Bargeld", "-", "-", "340,00", "-"],
      ["Wohnungstür Schloss", "Schaden am Zylinder", "-", "180,00", "KV Schlüsseldienst"]], enc="windows-1252", sub="excel")],
  body="""
Guten Morgen Herr Krause,

bitte übernehmen Sie die Besichtigung im unten stehenden Fall. Die Stehlgutliste der VN hängt an. Polizeiliche Anzeige liegt vor (Tagebuch-Nr. 260119-0441-K3).

VN: Jan und Svenja Pohl, Hausrat HR 7730-55102
Risikoort: Bonner Wall 112, 50677 Köln, 3. OG
Versicherungssumme 65.000 EUR, Schadenhöhe lt. VN ca. 4.700 EUR

Gruß
""",
  quote=FW("Svenja Pohl <svenja.pohl@familie-pohl.example>", "19.01.2026, 22:14", "schaden@versicherer.example",
           "Einbruch in unsere Wohnung", """
Sehr geehrte Damen und Herren,

bei uns wurde heute zwischen 14 und 19 Uhr eingebrochen, während wir bei meinen Eltern waren. Die Wohnungstür wurde aufgehebelt. Die Polizei war schon da. Gestohlen wurden unter anderem Notebook, Playstation, die Uhr meines Mannes und eine Kette von meiner Oma (Erbstück, kein Beleg aber Fotos). Eine Liste schicke ich im Anhang.

Vertragsnummer ist HR 7730-55102.

Mit freundlichen Grüßen
Svenja Pohl
Bonner Wall 112
50677 Köln
"""))

# d0028
M("N", "de", "internal", "IT ticket about a scanner in the health claims department (trap: doctors' invoices mentioned, no person)",
  frm=f"IT Self-Service <noreply-itsm@{DOM}>", to=ADDR("kroeger"), client="system", mailer="ServiceNow",
  subj="INC0041277 wurde aktualisiert: Scanner 3. OG verschwommene Scans",
  date="2026-02-12 13:29",
  body="""
Hallo Sabine Kröger,

Ihr Incident INC0041277 wurde aktualisiert.

Kurzbeschreibung: Scanner 3. OG (Leistung Kranken) - verschwommene Scans
Status: In Bearbeitung -> Warten auf Benutzer
Zugewiesen an: 2nd Level Arbeitsplatz

Neuer Kommentar von Lukas Hoffmann (12.02.2026 13:28):
Wir haben die Walzen im Einzug getauscht und die Auflösung für Arztrechnungen wieder auf 300 dpi gestellt (war nach dem Firmware-Update auf 200 dpi zurückgesetzt). Bitte testen Sie mit zwei, drei Belegen und geben Sie uns kurz Rückmeldung. Ohne Rückmeldung schließen wir das Ticket automatisch in 5 Arbeitstagen.

Ticket anzeigen: https://itsm.versicherer.example/nav_to.do?uri=incident.do?sys_id=INC0041277

Dies ist eine automatisch erzeugte Nachricht.
""")

# d0029
M("S", "de", "insurer-to-doctor", "request for a medical report on a named applicant for a BU application; consent form with birth date attached",
  frm=ADDR("hasselbach"), to="Praxis Dr. Reinholz <praxis@hausarzt-reinholz.example>", ent="lv",
  subj="Anforderung ärztlicher Bericht - Antrag Nr. L-26-1044871",
  date="2026-02-24 09:03", sig="hasselbach",
  att=[PDF("Schweigepflichtentbindung_Antrag_L-26-1044871.pdf", [
      ("h", "Erklärung zur Schweigepflichtentbindung"),
      ("p", "Antrag Nr. L-26-1044871 · Versicherer Lebensversicherung AG"),
      ("p", "Zu versichernde Person: Lea Marx, geb. 30.09.1994, Zollstockgürtel 41, 50969 Köln"),
      ("p", "Ich entbinde die nachfolgend genannten Ärzte von ihrer Schweigepflicht, soweit dies zur Prüfung meines Antrags auf Berufsunfähigkeitsversicherung erforderlich ist: Dr. med. Helga Reinholz (Allgemeinmedizin, Köln), Dr. med. Kurt Siebert (Psychiatrie und Psychotherapie, Köln)."),
      ("p", "Die Einwilligung gilt für die Angaben zu Untersuchungen, Behandlungen und Diagnosen der letzten fünf Jahre."),
      ("p", "Köln, 16.02.2026                Unterschrift: Lea Marx")], title="Schweigepflichtentbindung")],
  body="""
Sehr geehrte Frau Kollegin Reinholz,

Ihre Patientin Frau Lea Marx hat bei uns eine Berufsunfähigkeitsversicherung beantragt. In den Gesundheitsfragen hat sie eine Behandlung wegen einer depressiven Episode im Jahr 2024 angegeben (Therapie abgeschlossen).

Für die Risikoprüfung bitten wir Sie um einen kurzen Bericht zu:
- Diagnose(n) und Behandlungszeitraum,
- Medikation (Art, Dosis, Dauer) und ob diese abgesetzt ist,
- Arbeitsunfähigkeitszeiten in den letzten 3 Jahren.

Die Schweigepflichtentbindung von Frau Marx hängt an. Für den Bericht vergüten wir nach Nr. 75 GOÄ. Bitte senden Sie ihn an unser sicheres Postfach oder per Fax an 0221 555-92290.

Mit kollegialen Grüßen
""")

# d0030
M("N", "en", "insurer-to-partner", "audit planning with calendar invitation; no personal data",
  frm=ADDR("morgan"), to=["Laura Benning <laura.benning@audit-partners.example>", "Kai Ström <kai.strom@audit-partners.example>"],
  cc=ADDR("stone"), subj="Year-end audit 2025 - kick-off meeting",
  date="2026-01-16 17:10", sig="morgan",
  att=[ICS("Kick-off_Audit_2025.ics", "AUD2025-KICKOFF-7d1c@versicherer.example", "Year-end audit 2025 - kick-off",
           "20260203T093000", "20260203T120000", ("James Morgan", f"james.morgan@{DOM}"),
           [("Laura Benning", "laura.benning@audit-partners.example"), ("Kai Ström", "kai.strom@audit-partners.example"),
            ("Rebecca Stone", f"rebecca.stone@{DOM}")],
           location="Rheinuferstrasse 12, Cologne, meeting room 6.01",
           description="1. Timeline and PBC list\n2. IT general controls\n3. Reserves (IBNR) methodology\n4. Reinsurance recoverables")],
  body="""
Dear Laura, dear Kai,

as agreed, please find attached the invitation for the kick-off meeting on 3 February. The PBC list will be shared in the data room by 28 January.

Visitor badges will be ready at reception; please bring an ID.

Best regards,
""")

# d0031
M("C", "en", "insurer-to-customer", "eVB (electronic insurance confirmation) number for a named customer's new car",
  frm=ADDR("kowalski"), to="Tom Gallagher <tom.gallagher@greenmail.example>", ent="av",
  subj="Your eVB number for registering your car",
  date="2026-02-27 12:48", sig="kowalski",
  body="""
Dear Mr Gallagher,

as promised on the phone, here is your insurance confirmation (eVB) for registering your new car at the vehicle registration office:

eVB number: K7MP4XR

Vehicle:  Toyota Corolla Touring Sports 1.8 Hybrid, VIN SB1ZS3JE50E218344
Start of cover: on registration, at the latest 27/03/2026
Your motor policy: KF-2219 804 (third-party liability and comprehensive, no-claims class SF 3 taken over from your UK insurer)

Please tell us the registration number once the car is registered, so we can complete your policy.

Kind regards,
""")

# d0032
M("S", "de", "insurer-to-customer", "dental supplementary insurance: benefit promise on the addressee's dental treatment plan (implant, GOZ items)",
  frm=ADDR("wendland"), to="Ewa Nowak-Becker <ewa.nowak@mailbox.example>", ent="kv",
  subj="Ihr Heil- und Kostenplan vom 12.01.26",
  date="2026-01-20 08:49", sig="wendland", charset="utf-8", cte="quoted-printable", html=True,
  tables={"T1": ([["Position", "Leistung", "Zahn", "Betrag"],
                  ["GOZ 9010", "Implantatinsertion", "36", "612,44 €"],
                  ["GOZ 9040", "Freilegen eines Implantats", "36", "97,45 €"],
                  ["GOZ 2200", "Implantatgetragene Krone", "36", "411,11 €"],
                  ["BEL/Material", "Laborkosten lt. Kostenvoranschlag", "", "1.188,00 €"],
                  ["Summe", "", "", "2.309,00 €"]], "pipe")},
  body="""
Sehr geehrte Frau Nowak-Becker,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin Dr. Sommer vom 12.01.2026 geprüft (Implantat Regio 36 nach Extraktion).

[[T1]]

Nach Abzug des Festzuschusses Ihrer gesetzlichen Krankenkasse (voraussichtlich 469,49 €) erstatten wir aus Ihrem Tarif ZahnPlus 80 80 % der verbleibenden Kosten, das sind voraussichtlich 1.471,61 €. Die Zahnstaffel (im 3. Versicherungsjahr max. 2.000 €) ist damit noch nicht ausgeschöpft.

Bitte reichen Sie nach der Behandlung die Rechnung und den Bonusheft-Nachweis ein. Diese Zusage gilt sechs Monate.

Mit freundlichen Grüßen
""")

# d0033
M("N", "de", "insurer-to-broker", "portal notification without any content",
  frm=f"Versicherer Maklerportal <no-reply@{DOM}>", to="Büro Tewes <info@versicherungsbuero-tewes.example>",
  subj="Neue Dokumente in Ihrem Vermittlerpostfach", client="system", mailer="Maklerportal Notification Service",
  date="2026-02-18 06:30",
  body="""
Guten Tag,

in Ihrem Vermittlerpostfach im Maklerportal liegen 7 neue Dokumente für Sie bereit.

Bitte melden Sie sich unter https://makler.versicherer.example an, um die Dokumente abzurufen. Sofern Ihr Maklerverwaltungsprogramm die Dokumente automatisch abholt, müssen Sie nichts weiter tun.

Aus Sicherheitsgründen enthalten diese Benachrichtigungen keine Vertrags- oder Kundendaten.

Ihr Maklerportal-Team
""")

# d0034
M("C", "de", "insurer-to-broker", "commission statement to a sole-trader broker with his IBAN and tax number",
  frm=f"Provisionsabrechnung <provision@{DOM}>", to="Jürgen Tewes <j.tewes@versicherungsbuero-tewes.example>",
  subj="Courtageabrechnung Januar 2026 - Vermittler-Nr. 408 117",
  date="2026-02-04 05:40", client="system", mailer="PROV-Abrechnung 5.1",
  att=[PDF("Courtageabrechnung_2026-01_408117.pdf", [
      ("h", "Courtageabrechnung Januar 2026"),
      ("p", f"Vermittler-Nr. 408 117 · Jürgen Tewes, Versicherungsmakler (Einzelunternehmen)\nSteuer-Nr. 216/5032/1877 · Zahlung auf IBAN {IB('DE', '380500000123998877')}"),
      ("t", [["Sparte", "Verträge", "Abschluss", "Bestand", "Summe"],
             ["Kfz", "14", "212,40", "388,12", "600,52"],
             ["Hausrat/Wohngebäude", "9", "145,00", "201,77", "346,77"],
             ["Haftpflicht/Rechtsschutz", "11", "96,30", "142,08", "238,38"],
             ["Gesamt", "34", "453,70", "731,97", "1.185,67"]]),
      ("p", "Stornoreserve: 120,00 EUR · Auszahlungsbetrag: 1.065,67 EUR · Valuta 06.02.2026")], title="Courtageabrechnung")],
  body=f"""
Sehr geehrter Herr Tewes,

anbei erhalten Sie Ihre Courtageabrechnung für Januar 2026.

Auszahlungsbetrag: 1.065,67 EUR
Überweisung auf: {IB("DE", "380500000123998877")}
Valuta: 06.02.2026

Die Einzelaufstellung je Vertrag finden Sie wie gewohnt im Maklerportal.

Mit freundlichen Grüßen
Ihre Provisionsabteilung
""")

# d0035
M("S", "en", "customer", "customer's own mail about her pregnancy and maternity cover forwarded as attachment to the assistance partner",
  frm=ADDR("whitfield"), to="Assist24 Case Management <cases@assist24.example>", ent="kv",
  subj="FW: maternity cover - delivery in Lisbon",
  date="2026-03-04 11:02", sig="whitfield",
  att=[EML(INNER("Marta Sousa-Klein <marta.sk@outpost-mail.example>", f"International Health <int.health@{DOM}>",
                 "maternity cover - delivery in Lisbon", "2026-03-03 21:40",
                 """Dear International Health team,

I am now 24 weeks pregnant (expected date of delivery 28 June 2026). My gynaecologist in Lisbon is Dr. Ana Ribeiro at Hospital da Luz. I would like to give birth there and I want to know:

1. is the delivery covered in full, including a possible caesarean section?
2. is the newborn automatically covered from birth if I tell you within 2 months?
3. can I get a guarantee of payment for the hospital in advance?

I had gestational diabetes in my first pregnancy, so they will do the glucose test again next week.

My membership number is GC-0039921-01.

Thank you,
Marta Sousa-Klein""", "<a0b1c2d3-sousa@outpost-mail.example>", lang="en"),
      fn="maternity cover - delivery in Lisbon.eml")],
  body="""
Hello team,

please see our member's request below (attached). Could you contact Hospital da Luz and obtain a cost estimate for a normal delivery and for a C-section, private room? Maternity is covered under her plan after the 10-month waiting period, which she has completed.

Thanks,
""")

# d0036
M("N", "en", "insurer-to-customer", "product brochure request answered with a generic PDF brochure (trap: dental/health words, no personal data)",
  frm=ADDR("whitfield"), to="info@relocation-services-koeln.example", ent="kv",
  subj="Dental cover for expats - brochure",
  date="2026-02-25 14:09", sig="whitfield",
  att=[PDF("Brochure_GlobalCare_Dental_2026.pdf", [
      ("h", "Global Care Dental - cover for international employees"),
      ("p", "Preventive care: two check-ups and two professional cleanings a year, 100 % up to EUR 300."),
      ("p", "Basic dental treatment: fillings, root canal treatment, periodontal treatment - 90 % after 3 months."),
      ("p", "Major dental treatment: crowns, bridges, implants, dentures - 70 %, annual limits EUR 1,500 / 3,000 / 5,000 in years 1 / 2 / 3+."),
      ("p", "Orthodontics for children under 18: 60 %, up to EUR 2,500 in total."),
      ("t", [["Age", "Monthly premium"], ["0-20", "EUR 18.90"], ["21-40", "EUR 32.50"], ["41-60", "EUR 44.70"], ["61+", "EUR 59.80"]]),
      ("small", "This brochure is for information only. The policy terms GCD 2026 apply. Versicherer Krankenversicherung a.G., Cologne.")],
      title="Global Care Dental 2026")],
  body="""
Dear Sir or Madam,

thank you for your enquiry. Attached is our brochure on dental cover for internationally mobile employees and their families. It can be combined with any of our Global Care health plans.

If your clients would like a quote, please send us the ages of the persons to be insured and the start date; we will then prepare an offer.

Kind regards,
""")

# d0037
M("N", "en", "insurer-to-partner", "press release on annual figures sent to journalists (aggregated finance figures)",
  frm=ADDR("baumann"), to="Press distribution <press-intl@versicherer.example>",
  subj="Press release: Versicherer Group grows premium income by 4.8 percent in 2025",
  date="2026-03-19 10:00", sig="baumann",
  body="""
PRESS RELEASE - for immediate release

Versicherer Group grows premium income by 4.8 percent in 2025

Cologne, 19 March 2026 - The Versicherer Group closed the 2025 financial year with gross written premiums of EUR 6.21 billion (2024: EUR 5.93 billion). Property and casualty grew by 6.1 percent, mainly in motor and commercial property. Health insurance premiums rose by 5.3 percent; life premiums were stable at EUR 1.87 billion.

The combined ratio in property and casualty improved to 94.2 percent (2024: 97.8 percent), despite storm losses of EUR 212 million in the second half of the year. Net income after tax was EUR 318 million.

"We have invested heavily in digital service: today more than 60 percent of our claims are notified online," said CEO Dr. Helmut Sander.

About Versicherer: With 7,400 employees and 4.1 million customers, the Versicherer Group is one of the larger mutual insurance groups in Germany.

Press contact: Julia Baumann, +49 221 555-1010, presse@versicherer.example
""")

# d0038
M("C", "de", "insurer-to-customer", "appointment for inspecting water damage at the insured address, with claim number (calendar invite)",
  frm=ADDR("demir"), to="Familie Kaya <kaya.familie@heimnetz.example>", ent="av",
  subj="Termin Besichtigung Leitungswasserschaden am 04.02.",
  date="2026-01-28 16:16", sig="demir",
  att=[ICS("Besichtigung.ics", "LW-26-H-0009931-BES@versicherer.example", "Besichtigung Leitungswasserschaden 26-H-0009931",
           "20260204T091500", "20260204T101500", ("Aylin Demir", f"aylin.demir@{DOM}"),
           [("Familie Kaya", "kaya.familie@heimnetz.example")],
           location="Waldstraße 7a, 51469 Bergisch Gladbach",
           description="Besichtigung durch Herrn Dipl.-Ing. Olaf Krause (Sachverständiger). Wohngebäudeversicherung WG 40-220 519-8, Schaden-Nr. 26-H-0009931.")],
  body="""
Sehr geehrte Frau Kaya, sehr geehrter Herr Kaya,

wie besprochen kommt unser Sachverständiger, Herr Krause, am

Mittwoch, 04.02.2026, zwischen 9:15 und 10:15 Uhr

zu Ihnen in die Waldstraße 7a, um sich den Wasserschaden im Badezimmer und in der darunterliegenden Küche anzusehen. Den Termin finden Sie auch im Anhang zum Eintragen in Ihren Kalender.

Bitte lassen Sie die Trocknungsgeräte bis dahin laufen und heben Sie das defekte Rohrstück auf.

Freundliche Grüße
""")

# d0039
M("S", "de", "insurer-to-company", "employer list of employees joining the company pension (direct life insurance) with dates of birth and salary conversion",
  frm=ADDR("paulsen"), to="Personalabteilung Brandes <personal@brandes-maschinenbau.example>", ent="lv",
  subj="Direktversicherung - Neuanmeldungen zum 01.04.2026",
  date="2026-03-10 14:27", sig="paulsen",
  att=[XLSX("Anmeldung_bAV_Brandes_2026-04.xlsx", {"Neuanmeldungen": [
      ["Personal-Nr.", "Name", "Vorname", "Geburtsdatum", "Entgeltumwandlung mtl.", "AG-Zuschuss 15 %", "Vertrags-Nr."],
      ["10233", "Grünewald", "Timo", "1996-04-18", 150.0, 22.5, "LV-BAV-7710-0441"],
      ["10247", "Okafor", "Blessing", "1990-12-02", 200.0, 30.0, "LV-BAV-7710-0442"],
      ["10251", "Hempel", "Sarah", "2001-07-29", 100.0, 15.0, "LV-BAV-7710-0443"],
      ["10260", "Yıldız", "Emre", "1985-03-11", 302.0, 45.3, "LV-BAV-7710-0444"]]}, author="Paulsen, Henrik")],
  body="""
Sehr geehrte Frau Dörries,

vielen Dank für die Anmeldungen. Anbei die Übersicht mit den vergebenen Vertragsnummern für die vier neuen Direktversicherungen (Tarif bAV-Klassik, Beginn 01.04.2026).

Bitte prüfen Sie noch die Entgeltumwandlung von Herrn Yıldız: 302 € monatlich liegen nur knapp unter dem steuerfreien Höchstbetrag von 4 % der BBG (2026: 338 €); der Zuschuss ist korrekt berechnet.

Die Versicherungsscheine gehen Ihnen gesammelt per Post zu, die Mitarbeitenden erhalten ihre Mitteilungen direkt von uns.

Mit freundlichen Grüßen
""")

# d0040
M("N", "de", "internal", "short internal note about the summer party; no personal data",
  frm="Betriebsrat Köln <betriebsrat@versicherer.example>", to=f"Alle Mitarbeitenden Köln <alle-koeln@{DOM}>",
  subj="Save the date: Sommerfest 26.06.",
  date="2026-03-23 12:00", client="thunderbird",
  body="""
Liebe Kolleg:innen,

merkt euch schon mal den 26. Juni vor: Sommerfest im Rheinpark, ab 16 Uhr. Essen, Musik, Kinderprogramm, wie letztes Jahr - nur hoffentlich ohne Gewitter ;-)

Wer beim Aufbau helfen will oder eine Band kennt: bitte bei uns melden.

Euer Betriebsrat
""")

# ---------------------------------------------------------------- batch 2: d0041-d0080

# d0041
M("S", "de", "hospital", "hospital's request for cardiac rehab cost approval (NSTEMI, stent, ICD codes) forwarded to the consulting physician",
  frm=ADDR("kroeger"), to="Dr. med. Peter Lorenz <beratungsarzt@lorenz-med.example>", ent="kv",
  subj="WG: Antrag AHB / Kostenübernahme - Pat. Herbert Küppers",
  date="2026-02-03 11:20", sig="kroeger", sigstyle="short",
  att=[EML(INNER("Sozialdienst Herzzentrum <sozialdienst@herzzentrum-rheinland.example>", f"leistung.kranken@{DOM}",
                 "Antrag AHB / Kostenübernahme - Pat. Herbert Küppers", "2026-02-02 15:51",
                 """Sehr geehrte Damen und Herren,

für unseren Patienten

Herbert Küppers, geb. 07.03.1958
Versicherten-Nr. 104 338 901

beantragen wir die Kostenübernahme für eine Anschlussheilbehandlung (kardiologische Reha) in der Reha-Klinik Bad Salzig, voraussichtlicher Beginn 16.02.2026, Dauer 21 Tage.

Diagnosen:
I21.4 G  akuter subendokardialer Myokardinfarkt (NSTEMI) am 27.01.2026
I25.13 G koronare 3-Gefäßerkrankung
Z95.5 G  Z. n. Implantation von 2 DES (RIVA, RCX) am 28.01.2026
E11.90 G Diabetes mellitus Typ 2
I10.90 G arterielle Hypertonie

Der Patient ist mobil, selbstständig in den ATL, LVEF 45 %. Die ärztliche Befürwortung liegt bei.

Mit freundlichen Grüßen
Sozialdienst Herzzentrum Rheinland
i. A. M. Böhm""", "<7711a2@herzzentrum-rheinland.example>",
                 att=[PDF("AHB_Befuerwortung_Kueppers.pdf", [
                     ("h", "Ärztliche Befürwortung Anschlussheilbehandlung"),
                     ("p", "Patient: Herbert Küppers, geb. 07.03.1958"),
                     ("p", "Aufnahme 27.01.2026 mit NSTEMI, Koronarangiographie 28.01.2026: 3-Gefäß-KHK, PCI mit 2 x DES. Verlauf komplikationslos. Entlassmedikation: ASS 100 mg 1-0-0, Ticagrelor 90 mg 1-0-1, Atorvastatin 80 mg 0-0-1, Bisoprolol 2,5 mg 1-0-0, Ramipril 5 mg 1-0-0, Metformin 1000 mg 1-0-1."),
                     ("p", "Rehabilitationsfähigkeit und -prognose positiv. Ziel: Belastungssteigerung, Schulung Risikofaktoren, Rückkehr an den Arbeitsplatz."),
                     ("p", "Dr. med. A. Terhorst, Oberärztin Kardiologie")], title="AHB-Befürwortung")]),
      fn="Antrag AHB Kostenübernahme - Pat. Herbert Küppers.eml")],
  body="""
Hallo Herr Dr. Lorenz,

anbei der Antrag des Herzzentrums für unseren Versicherten. Tarif KS-Komfort, AHB ist grundsätzlich versichert. Bitte um kurze Stellungnahme zur medizinischen Notwendigkeit der stationären Form (ambulante Reha wäre wohnortnah möglich) - wenn möglich bis Freitag, die Klinik wartet.

Danke und Gruß
""")

# d0042
M("N", "de", "insurer-to-broker", "invitation to a broker event with calendar file; no personal data",
  frm=ADDR("reuter"), to=f"Maklertag Nord Verteiler <maklertag-nord@{DOM}>",
  subj="Einladung: Maklertag Nord 2026 in Hamburg",
  date="2026-02-26 09:30", sig="reuter",
  att=[ICS("Maklertag_Nord_2026.ics", "MT-NORD-2026@versicherer.example", "Maklertag Nord 2026",
           "20260423T093000", "20260423T170000", ("Frank Reuter", f"frank.reuter@{DOM}"),
           location="Hotel Atlantik am Hafen, Elbchaussee 1, 20354 Hamburg",
           description="Programm: Marktupdate Sach und Kfz, Neues im Maklerportal (Vermittlerpost, BiPRO), Workshop Gewerbe, Get-together ab 17 Uhr.",
           method="PUBLISH")],
  body="""
Liebe Partnerinnen und Partner,

nach der guten Resonanz im letzten Jahr laden wir Sie herzlich zu unserem Maklertag Nord ein:

Donnerstag, 23. April 2026, 9:30 - 17:00 Uhr
Hotel Atlantik am Hafen, Hamburg

Auf dem Programm:
- Marktupdate Sach und Kfz: Wie geht es weiter mit den Reparaturkosten?
- Neues im Maklerportal: Vermittlerpost, BiPRO-Abruf, sichere Kommunikation
- Workshop "Gewerbe richtig versichern" mit Praxisbeispielen
- ab 17 Uhr Get-together mit Fingerfood

Die Veranstaltung ist für die IDD-Weiterbildung mit 5 Stunden anrechenbar ("gut beraten").

Anmeldung bitte bis 10. April im Maklerportal unter Veranstaltungen. Den Termin zum Speichern finden Sie im Anhang.

Ich freue mich auf Sie!

Herzliche Grüße
""")

# d0043
M("C", "de", "insurer-to-customer", "private liability claim: named customer, claim number, policy number and third party",
  frm=ADDR("oltmanns"), to="Maximilian Schrader <max.schrader@uni-mail.example>", ent="av",
  subj="Schaden-Nr. 26-HP-0020815 - geliehene Kamera",
  date="2026-03-05 13:58", sig="oltmanns",
  body="""
Hallo Herr Schrader,

vielen Dank für die Fotos. Leider muss ich Ihnen mitteilen, dass Schäden an geliehenen Sachen in Ihrem Tarif PHV-Basis (Vertrag PH 31-552 908) nicht mitversichert sind. Erst ab dem Tarif PHV-Komfort sind "geliehene und gemietete Sachen" bis 1.500 € eingeschlossen.

Da Sie die Kamera Ihres Kommilitonen, Herrn Jonas Albrecht, beim Sturz von der Fahrradlenkerhalterung beschädigt haben, handelt es sich genau um einen solchen Fall. Eine Regulierung ist uns daher nicht möglich.

Wenn Sie für die Zukunft umstellen möchten: Der Komfort-Tarif kostet für Sie als Single 6,20 € mehr im Jahr. Eine Umstellung wirkt allerdings nicht rückwirkend.

Es tut mir leid, dass ich keine bessere Nachricht habe.

Viele Grüße
""")

# d0044
M("N", "en", "internal", "data-protection training quiz with placeholder persons (Jane Doe, Max Mustermann) - not identifiable (trap)",
  frm=ADDR("meier"), to=f"New joiners March <onboarding-2026-03@{DOM}>",
  subj="Privacy training - quiz for Thursday",
  date="2026-03-09 16:45", sig="meier", sigstyle="short",
  body="""
Hello everyone,

for our privacy session on Thursday, please try the quiz below beforehand. No need to send answers, we'll go through it together.

Which of the following e-mails may only be sent encrypted (S/MIME or portal)?

1. "Dear Ms Jane Doe, we have reimbursed your invoice for physiotherapy (ICD M54.5)."
2. "Our statistics show that 34 % of new disability claims are due to mental disorders."
3. "Dear Mr Max Mustermann, your car insurance KF-0000000 has been renewed."
4. "Example IBAN for the training system: DE89 3704 0044 0532 0130 00."
5. "Team meeting moved to 3 pm, room 2.11."

Hint: think about (a) is a real person identifiable, (b) is it health data or a personal line, (c) is it bank/contract data of a person.

The names in the quiz are placeholders, of course - please never use real customer data in training material.

See you Thursday,
""")

# d0045
M("S", "en", "insurer-to-customer", "reimbursement of the addressee's prescriptions with drug names and strengths (HTML table)",
  frm=ADDR("whitfield"), to="Daniela Moreau <daniela.moreau@lemail.example>", ent="kv",
  subj="Your prescriptions have been reimbursed",
  date="2026-03-12 09:05", sig="whitfield", html=True,
  tables={"T1": ([["Date", "Pharmacy", "Medicine", "Amount", "Reimbursed"],
                  ["14/02/2026", "Pharmacie du Port, Nice", "Sertraline 50 mg x 28", "EUR 9.80", "EUR 9.80"],
                  ["14/02/2026", "Pharmacie du Port, Nice", "Levothyroxine 75 mcg x 90", "EUR 6.15", "EUR 6.15"],
                  ["02/03/2026", "Apotheke im Hauptbahnhof, Köln", "Zolpidem 10 mg x 10", "EUR 11.42", "EUR 0.00 *"]], "pad")},
  body="""
Dear Ms Moreau,

we have processed the prescriptions you sent us on 4 March:

[[T1]]

* Zolpidem is only reimbursed for up to 4 weeks in a 12-month period without a specialist's report. Your GP prescribed it again after the course in January. If you need it longer, please ask your doctor for a short report and we will review it.

The amount of EUR 15.95 will be paid to your account this week.

Kind regards,
""")

# d0046
M("C", "en", "insurer-to-customer", "household contents claim for a stolen bicycle: named customer, claim number, insured address",
  frm=ADDR("demir"), to="Jonathan Reyes <jreyes@lemail.example>", ent="av",
  subj="Claim 26-H-0013390 - stolen e-bike",
  date="2026-03-16 10:34", sig="demir",
  body="""
Dear Mr Reyes,

thank you for reporting the theft of your e-bike (Cube Kathmandu Hybrid, frame no. WCU22K1904451) from the bicycle cellar at Weidengasse 38, 50668 Köln, on the night of 12 March.

Your home contents policy HR 7731-61720 includes bicycle theft up to EUR 3,000. To settle the claim we need:

- the police report number (Vorgangsnummer),
- the purchase invoice of the bike,
- both keys of the bike lock, or a short explanation if you no longer have them.

You can simply reply to this e-mail with photos or scans.

Kind regards,
""")

# d0047
M("N", "de", "insurer-to-supplier", "print order for a long-term care product brochure (trap: care words, product material only)",
  frm=ADDR("krueger"), to="Druckhaus Peters <auftrag@druckhaus-peters.example>",
  cc=ADDR("baumann"),
  subj="Druckfreigabe Broschüre PflegePlus - Auftrag 26-0311",
  date="2026-02-20 15:12", sig="krueger", sigstyle="short",
  att=[PDF("PflegePlus_Broschuere_Korrekturabzug_v3.pdf", [
      ("h", "PflegePlus - wenn Pflege teuer wird"),
      ("p", "Jeder Dritte wird im Laufe seines Lebens pflegebedürftig. Die gesetzliche Pflegeversicherung deckt im Pflegegrad 4 im Heim nur einen Teil der Kosten; der Eigenanteil liegt im Bundesdurchschnitt bei über 2.900 EUR im Monat."),
      ("t", [["Pflegegrad", "PflegePlus 50", "PflegePlus 100"], ["1", "5 %", "10 %"], ["2", "25 %", "30 %"],
             ["3", "50 %", "60 %"], ["4", "75 %", "80 %"], ["5", "100 %", "100 %"]]),
      ("p", "Pflegetagegeld in % des vereinbarten Tagessatzes, ambulant und stationär gleich hoch. Beitragsbefreiung ab Pflegegrad 4."),
      ("small", "Stand 03/2026. Es gelten die Allgemeinen Versicherungsbedingungen AVB PflegePlus 2026.")],
      title="PflegePlus Korrekturabzug v3")],
  body="""
Sehr geehrter Herr Peters,

anbei der finale Korrekturabzug (v3) für die Broschüre PflegePlus. Die Änderungen auf S. 2 (Tabelle Pflegegrade) sind eingearbeitet, die Unternehmenskommunikation hat freigegeben.

Auflage: 20.000 Stück, DIN lang, 8 Seiten, 135 g Bilderdruck matt
Liefertermin: spätestens 13.03.2026, Anlieferung Lager Köln-Porz
Bestellnummer: 4500128140

Bitte bestätigen Sie kurz den Liefertermin.

Gruß
""")

# d0048
M("S", "de", "insurer-to-customer", "accident insurance: fracture of the wrist of the addressee, hospital daily allowance, disability assessment",
  frm=ADDR("albrecht"), to="Renate Vosskamp <renate.vosskamp@kabelmail.example>", ent="av",
  subj="Ihr Unfall vom 14.02.2026",
  date="2026-03-02 10:11", sig="albrecht",
  body="""
Sehr geehrte Frau Vosskamp,

es tut uns leid, dass Sie auf dem Glatteis gestürzt sind. Wir wünschen Ihnen weiterhin gute Besserung!

Den Bericht des St. Elisabeth-Krankenhauses haben wir erhalten. Sie wurden wegen einer distalen Radiusfraktur rechts vom 14. bis 17.02.2026 stationär behandelt und operativ mit einer Plattenosteosynthese versorgt.

Aus Ihrer Unfallversicherung (UV 70-330 118) zahlen wir jetzt:
- Krankenhaustagegeld: 4 Tage x 50 € = 200 €
- Genesungsgeld: 4 Tage x 50 € = 200 €
- Sofortleistung bei Knochenbruch: 500 €

Ob eine dauerhafte Beeinträchtigung (Invalidität) bleibt, lässt sich erst nach Abschluss der Behandlung beurteilen. Bitte melden Sie sich, wenn die Physiotherapie beendet ist - spätestens aber vor Ablauf von 15 Monaten nach dem Unfall, damit die Frist für die ärztliche Feststellung gewahrt bleibt.

Mit freundlichen Grüßen
""")

# d0049
M("N", "de", "internal", "internal job posting for an accident-claims clerk (trap: claims/medical words, no person)",
  frm=ADDR("weiss"), to=f"Alle Mitarbeitenden <alle@{DOM}>",
  subj="Interne Stellenausschreibung: Sachbearbeiter/in Leistung Unfall (m/w/d)",
  date="2026-01-29 08:15", sig="weiss", sigstyle="short",
  body="""
Liebe Kolleginnen und Kollegen,

für die Abteilung Leistung Unfall suchen wir ab sofort eine Verstärkung (Vollzeit oder Teilzeit ab 30 Std., Köln).

Ihre Aufgaben:
- Bearbeitung von Unfallmeldungen von der Erstmeldung bis zur Invaliditätsleistung
- Auswertung ärztlicher Berichte und Gutachten, Zusammenarbeit mit unseren Beratungsärzten
- Telefonische Betreuung unserer Kundinnen und Kunden in oft schwierigen Lebenslagen

Ihr Profil:
- Ausbildung zur/zum Kauffrau/Kaufmann für Versicherungen und Finanzanlagen oder vergleichbar
- Kenntnisse der AUB und der Gliedertaxe sind von Vorteil, medizinische Grundkenntnisse ebenso
- Empathie und Freude am Kundenkontakt

Bewerbungen bitte bis 20.02.2026 über das Mitarbeiterportal (Karriere > interne Stellen). Ihre Führungskraft informieren Sie bitte vorab.

Viele Grüße
Nadine Weiß
""", disc=False)

# d0050
M("C", "de", "insurer-to-customer", "motor policy change: named customer, policy number, registration, date of birth of an added young driver",
  frm=ADDR("kowalski"), to="Andreas Jankowski <a.jankowski@webpost.example>", ent="av",
  subj="Ihre Kfz-Versicherung KF-1877 0231 - zusätzliche Fahrerin",
  date="2026-03-24 17:02", sig="kowalski",
  body="""
Guten Tag Herr Jankowski,

wie gewünscht haben wir Ihre Tochter als weitere Fahrerin in Ihre Kfz-Versicherung aufgenommen:

Fahrzeug: Opel Corsa F, amtl. Kennzeichen SU-AJ 812
Fahrerin: Lena Jankowski, geb. 12.05.2007, Führerschein seit 03/2025 (begleitetes Fahren ab 17)
Gültig ab: 01.04.2026

Durch die Aufnahme einer Fahrerin unter 23 Jahren erhöht sich der Jahresbeitrag von 486,20 € auf 731,55 €. Den anteiligen Mehrbeitrag von 184,01 € buchen wir am 01.04. von Ihrem Konto ab.

Ein Tipp: Mit unserem Telematik-Baustein "FahrFair" kann Ihre Tochter bis zu 30 % des Beitrags zurückbekommen. Sprechen Sie mich gern darauf an.

Viele Grüße
""")

# d0051
M("S", "de", "insurer-to-broker", "term life application of a named client: questions on smoking, BMI and blood pressure treatment",
  frm=ADDR("vogel"), to="Petra Lamprecht <lamprecht@finanzkontor-lamprecht.example>", ent="lv",
  subj="Risiko-LV Herr Dominik Wacker - Rückfrage",
  date="2026-02-13 12:37", sig="vogel", sigstyle="short",
  body="""
Hallo Frau Lamprecht,

zum Antrag Risikolebensversicherung von Herrn Wacker (Antr.-Nr. L-26-1039 554) noch zwei Punkte aus der Risikoprüfung:

1) Herr Wacker hat "Nichtraucher seit 2024" angegeben. Für den Nichtrauchertarif brauchen wir mind. 12 Monate Rauchfreiheit zum Antragsdatum - bitte das genaue Datum des Rauchstopps.
2) Bei 1,78 m und 104 kg (BMI 32,8) sowie der angegebenen Blutdrucktherapie (Candesartan 16 mg) benötigen wir die letzten drei Blutdruckwerte und einen aktuellen Laborbefund (Blutfette, HbA1c) vom Hausarzt.

Bis dahin liegt der Antrag auf Wiedervorlage (27.02.).

VG
K. Vogel
""")

# d0052
M("N", "en", "insurer-to-supplier", "return of defective laptops to the hardware vendor; serial numbers only",
  frm=ADDR("hoffmann"), to="RMA Desk <rma@notebook-partner.example>",
  subj="RMA request - 6 x ProBook 450 G10, keyboard failure",
  date="2026-02-17 14:02", sig="hoffmann", sigstyle="short",
  body="""
Hello,

we'd like to return the following devices under warranty (framework contract FV-2024-118). All show the same fault: several keys (mostly E, R, T) stop working after a few weeks.

Serial numbers:
5CD3281JQW
5CD3281JR1
5CD3281K0P
5CD3294B7M
5CD3294B8A
5CD3301CC2

The devices have been wiped (BitLocker keys destroyed, certificate available on request). Pick-up address: Versicherer Holding AG, IT logistics, Rheinuferstrasse 12, gate 3, 50667 Cologne, Mon-Thu 8am-3pm.

Thanks,
""")

# d0053
M("C", "en", "insurer-to-company", "machinery breakdown claim of a named commercial policyholder with policy and claim number",
  frm=ADDR("hartmann"), to="Anna Lindström <a.lindstrom@kunststofftechnik-lind.example>", ent="av",
  subj="Machinery breakdown - injection moulding machine, claim TV-26-00188",
  date="2026-03-20 11:11", sig="hartmann",
  att=[DOCX("Claim_form_machinery_TV-26-00188.docx", [
      ("h", "Claim notification - Machinery breakdown"),
      ("t", [["Field", "Value"], ["Policyholder", "Kunststofftechnik Lindström GmbH, Industriestr. 14, 42551 Velbert"],
             ["Policy no.", "TMV-4410-2207"], ["Claim no.", "TV-26-00188"], ["Date of loss", "2026-03-17"],
             ["Machine", "Engel victory 200/80, serial 221-0587, year 2017"], ["Contact", "Anna Lindström, plant manager"]]),
      "Description of loss: (please complete)",
      "Estimated repair costs / loss of production: (please complete)",
      "Please attach: service report of the manufacturer, cost estimate, photos of the damaged hydraulic unit."],
      author="Hartmann, Sven")],
  body="""
Dear Ms Lindström,

thank you for reporting the breakdown of the injection moulding machine on 17 March. We have registered the claim under no. TV-26-00188 (policy TMV-4410-2207).

Please complete the attached claim form and send it back together with the manufacturer's service report. Our engineer, Mr Berger, will contact you to arrange a visit this week. Please do not dispose of any damaged parts before his visit.

Please note that loss of production is only covered if the business interruption extension applies; I will check this and come back to you.

Best regards,
""")

# d0054
M("S", "en", "hospital", "hospital discharge summary of a named member forwarded to the assistance partner for repatriation",
  frm=ADDR("whitfield"), to="Assist24 Medical Team <medical@assist24.example>", ent="kv",
  subj="FW: discharge summary - repatriation request Mr Farouk",
  date="2026-04-07 19:44", sig="whitfield", importance="high",
  att=[PDF("Discharge_summary_FAROUK_Samir.pdf", [
      ("h", "Hospital Universitario Costa del Sol - Discharge summary"),
      ("p", "Patient: Samir Farouk   DOB: 04/11/1962   Admission: 01/04/2026   Discharge planned: 09/04/2026"),
      ("p", "Diagnosis: ischaemic stroke, left middle cerebral artery territory (I63.4). Right-sided hemiparesis, mild aphasia. Atrial fibrillation newly diagnosed (I48.0)."),
      ("p", "Treatment: IV thrombolysis (alteplase) within 3 h of onset; anticoagulation with apixaban 5 mg bid started day 5. Physiotherapy and speech therapy daily."),
      ("p", "Condition at discharge: stable, able to sit, walks with assistance of one person. Fit to fly with medical escort, seated, stretcher not required."),
      ("p", "Dr. Lucía Navarro, Neurology")], title="Discharge summary")],
  body="""
Dear colleagues,

please see the attached discharge summary for our member Samir Farouk (member no. GC-0044120-01). The family asks for repatriation to Cologne as soon as he is fit to fly.

The treating neurologist considers him fit for a commercial flight with a medical escort. Please arrange a bed in a neurological rehab unit near Cologne (the family suggests the clinic in Hennef) and send us your cost estimate for approval.

Thank you,
""")

# d0055
M("N", "de", "internal", "team minutes with aggregate motor claims statistics in an ODS file (trap: claims figures, no person)",
  frm=ADDR("brenner"), to=f"Team Kfz-Schaden <team-kfz-schaden@{DOM}>", ent="av",
  subj="Teammeeting 05.03. - Protokoll und Zahlen Q4",
  date="2026-03-06 08:50", client="thunderbird",
  att=[ODS("Kfz_Schadenstatistik_Q4_2025.ods", {"Q4 2025": [
      ["Schadenart", "Anzahl", "Aufwand EUR", "Ø Aufwand EUR", "Veränderung Vj."],
      ["Haftpflicht Sachschaden", 3914, 13112800, 3350, "+7,2 %"],
      ["Haftpflicht Personenschaden", 218, 5430100, 24909, "+3,9 %"],
      ["Vollkasko", 2877, 10645000, 3700, "+9,8 %"],
      ["Teilkasko Glas", 3102, 2233400, 720, "+4,1 %"],
      ["Teilkasko Wild", 1140, 3078000, 2700, "+11,0 %"],
      ["Teilkasko Diebstahl", 96, 1874000, 19521, "-2,5 %"]]})],
  body="""
Moin zusammen,

kurz das Wichtigste aus dem Teammeeting:

1. Rückstände: Wir liegen bei 412 offenen Vorgängen > 30 Tage (Ziel < 300). Ab Montag übernimmt das Team Süd die Glasschäden komplett.
2. Werkstattsteuerung: Quote Partnerwerkstätten im Q4 bei 38 %, Ziel 45 %. Bitte aktiv anbieten!
3. Wildschäden: deutlicher Anstieg, v. a. Eifel und Bergisches Land. Zahlen im Anhang.
4. Urlaubsplanung Ostern bitte bis 20.03. in den Teamkalender.

Nächstes Meeting: 02.04., 9 Uhr.

Gruß Markus
""")

# d0056
M("C", "de", "insurer-to-customer", "legal expenses insurance: named customer, contract number, tenancy dispute details",
  frm=ADDR("lindqvist"), to="Sabine und Ralf Otten <otten.familie@heimnetz.example>", ent="av",
  subj="Ihre Anfrage zum Mietstreit - RS 22-771 048",
  date="2026-03-11 14:20", sig="lindqvist",
  body="""
Sehr geehrte Frau Otten, sehr geehrter Herr Otten,

vielen Dank für Ihre Anfrage. Ihr Vertrag RS 22-771 048 umfasst den Wohnungs- und Grundstücks-Rechtsschutz für Ihre selbst bewohnte Mietwohnung in der Lessingstraße 19 in Düren.

Die Auseinandersetzung mit Ihrem Vermieter über die Nebenkostenabrechnung 2024 (Nachforderung 1.318,40 €) ist damit grundsätzlich versichert. Die Wartezeit von drei Monaten ist erfüllt.

Wir empfehlen Ihnen zunächst unsere kostenlose telefonische Erstberatung durch eine Partneranwältin: 0221 555-4599 (Mo-Fr 8-20 Uhr). Wenn Sie direkt eine Anwältin oder einen Anwalt Ihrer Wahl beauftragen, gilt die Selbstbeteiligung von 250 €.

Mit freundlichen Grüßen
""")

# d0057
M("S", "de", "insurer-to-customer", "very short reimbursement notice for the addressee's prescriptions (health insurance, addressee identifiable)",
  frm=ADDR("kroeger"), to="Claudia Hesse <c.hesse@postfach.example>", ent="kv",
  subj="AW: Rezepte",
  date="2026-02-06 15:33", sig="kroeger", sigstyle="name", client="outlook",
  body="""
Hallo Frau Hesse,

Ihre Rezepte (3 Belege aus Januar) sind erstattet, 87,40 € kommen Anfang nächster Woche auf Ihr Konto.

Viele Grüße
""",
  quote=OQ("Claudia Hesse <c.hesse@postfach.example>", "Freitag, 6. Februar 2026 11:02", "Kröger, Sabine",
           "Rezepte", "Hallo Frau Kröger, haben Sie meine Rezepte schon bekommen? Hatte sie letzte Woche in der App hochgeladen. Gruß C. Hesse"))

# d0058
M("N", "de", "newsletter", "customer newsletter about a new app feature for submitting invoices (trap: doctor's invoices, no person)",
  frm=f"Versicherer Service <newsletter@{DOM}>", to="kunden-kranken@versicherer.example",
  subj="Neu in der App: Rechnungen in 10 Sekunden einreichen",
  date="2026-04-14 08:00", cte="base64",
  html="""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>App-Update</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a">
<div style="max-width:600px;margin:0 auto">
<img src="https://www.versicherer.example/img/mail/header-app.png" alt="Versicherer App" width="600" height="180">
<h1 style="font-size:22px">Rechnung fotografieren &ndash; fertig.</h1>
<p>Guten Tag,</p>
<p>ab sofort können Sie Arztrechnungen, Rezepte und Heilmittelverordnungen noch schneller einreichen:</p>
<ul>
<li>Mehrere Belege auf einmal fotografieren &ndash; die App erkennt die Seiten automatisch.</li>
<li>Status jederzeit sehen: eingegangen, in Prüfung, erstattet.</li>
<li>Erstattung meist innerhalb von 5 Arbeitstagen.</li>
</ul>
<p>Übrigens: Ihre Belege werden verschlüsselt übertragen und nur von unserer Leistungsabteilung bearbeitet.</p>
<p><a href="https://www.versicherer.example/app" style="background:#003a70;color:#fff;padding:10px 18px;text-decoration:none">Jetzt App aktualisieren</a></p>
<p style="font-size:11px;color:#777">Versicherer Krankenversicherung a.G. &middot; Rheinuferstraße 12 &middot; 50667 Köln<br>
Sie erhalten diese Nachricht, weil Sie dem Erhalt von Service-Informationen zugestimmt haben. <a href="https://www.versicherer.example/newsletter/abmelden">Abmelden</a></p>
</div></body></html>
""")

# d0059
M("C", "de", "insurer-to-customer", "rent deposit guarantee application: net income and employer of the named applicant",
  frm=ADDR("kowalski"), to="Dennis Vukovic <dennis.vukovic@mailbox.example>", ent="av",
  subj="Ihr Antrag Mietkautionsbürgschaft - noch ein Nachweis fehlt",
  date="2026-04-02 09:58", sig="kowalski",
  body="""
Hallo Herr Vukovic,

danke für Ihren Antrag auf eine Mietkautionsbürgschaft über 3.150 € für die Wohnung in der Venloer Straße 301.

Sie haben ein monatliches Nettoeinkommen von 2.840 € aus Ihrer Tätigkeit bei der Rheinland Logistik GmbH angegeben. Für die Bonitätsprüfung brauchen wir noch die Gehaltsabrechnungen der letzten drei Monate (Dezember bis Februar). Da Sie noch in der Probezeit sind, bitte auch eine kurze Bestätigung Ihres Arbeitgebers, dass das Arbeitsverhältnis ungekündigt ist.

Sobald die Unterlagen da sind, erhalten Sie die Bürgschaftsurkunde innerhalb von zwei Werktagen für Ihre Vermieterin.

Freundliche Grüße
""")

# d0060
M("S", "en", "insurer-to-company", "group life death benefit for a named deceased employee and beneficiary (personal line)",
  frm=ADDR("paulsen"), to="HR Benefits <benefits.de@orion-semiconductors.example>", ent="lv",
  subj="Group life policy GL-0551 - death benefit Mr Rainer Stoltz",
  date="2026-03-27 13:40", sig="paulsen",
  body="""
Dear Ms Whitaker,

please accept our condolences on the death of your colleague, Mr Rainer Stoltz.

Under group life policy GL-0551 the death benefit is 2 x annual base salary, i.e. EUR 168,000. According to the nomination form on file (dated 14/05/2019), the beneficiary is his wife, Mrs Ute Stoltz.

To pay the benefit we need:
1. the official death certificate (certified copy),
2. confirmation of his last annual base salary from payroll,
3. Mrs Stoltz's payment details, using our claim form (attached to our letter of today).

A cause-of-death certificate is not required as death occurred more than two years after joining the plan.

Kind regards,
""")

# d0061
M("N", "en", "newsletter", "English broker bulletin on a new SME cyber product; product information only",
  frm=f"Versicherer Broker Bulletin <newsletter@{DOM}>", to="broker-bulletin-en@versicherer.example",
  subj="Broker bulletin: CyberProtect SME now available",
  date="2026-04-21 07:00",
  body="""
BROKER BULLETIN - April 2026

CyberProtect SME is now available

From 1 May 2026 you can place our new cyber insurance for small and medium-sized companies (turnover up to EUR 50 m):

* First-party cover: forensic investigation, data restoration, business interruption after a cyber attack (waiting period 8 hours)
* Third-party cover: privacy liability, network security liability, PCI fines where insurable
* 24/7 incident response hotline with our partner CyberReady
* Limits EUR 250k to EUR 5 m

Underwriting is simple up to EUR 1 m limit: 10 questions, no proposal form, quotes in the broker portal in minutes. Minimum requirements: MFA for remote access, offline backups, patching within 30 days.

Webinar for brokers: 6 May, 11:00 CET. Register in the broker portal.

Your broker relations team

Unsubscribe: https://www.versicherer.example/en/bulletin/unsubscribe
""")

# d0062
M("C", "de", "assessor", "vehicle damage appraisal with owner name, registration and VIN forwarded to the claimant's lawyer",
  frm=ADDR("brenner"), to="RAin Selin Acar <acar@kanzlei-acar.example>", ent="av",
  subj="Ihr Zeichen 112/26 SA - Gutachten Fzg. Mandant Wollweber",
  date="2026-03-31 10:03", sig="brenner",
  att=[PDF("Gutachten_SV-Buero_Krause_26-0412.pdf", [
      ("h", "Kfz-Schadengutachten Nr. 26-0412"),
      ("small", "Sachverständigenbüro Dipl.-Ing. Olaf Krause · öffentlich bestellt und vereidigt · Köln"),
      ("t", [["Angabe", "Wert"], ["Auftraggeber", "Versicherer Allgemeine Versicherung AG, Schaden-Nr. 26-K-0040117"],
             ["Anspruchsteller", "Frank Wollweber, Dürener Str. 210, 50931 Köln"],
             ["Fahrzeug", "BMW 320d Touring, FIN WBA8K31050K774120"], ["Amtl. Kennzeichen", "K-FW 2210"],
             ["Erstzulassung", "06/2021"], ["Laufleistung", "61.430 km"]]),
      ("p", "Schadenbeschreibung: Heckanstoß durch nachfolgendes Fahrzeug. Stoßfänger hinten, Heckklappe, Rückleuchte links, Abschlussblech beschädigt."),
      ("t", [["Position", "Betrag netto"], ["Reparaturkosten", "6.874,12 EUR"], ["Wertminderung", "900,00 EUR"],
             ["Nutzungsausfall (Gruppe F, 7 Tage)", "609,00 EUR"], ["Gutachterkosten", "1.012,40 EUR"]]),
      ("p", "Köln, 24.03.2026 - O. Krause")], title="Gutachten 26-0412")],
  body="""
Sehr geehrte Frau Acar,

in der Unfallsache Ihres Mandanten Herrn Wollweber ./. unseren VN übersenden wir Ihnen wie gewünscht das Gutachten des von uns beauftragten Sachverständigen.

Wir werden die Reparaturkosten netto sowie die Wertminderung und die Gutachterkosten kurzfristig ausgleichen. Den Nutzungsausfall erstatten wir für die im Gutachten genannte Reparaturdauer von 7 Tagen, sobald uns die Reparaturbestätigung vorliegt.

Mit freundlichen Grüßen
""")

# d0063
M("S", "de", "insurer-to-customer", "psychotherapy cost approval for the addressee (behaviour therapy sessions)",
  frm=ADDR("kroeger"), to="Jonas Riedel <jonas.riedel@posteo-mail.example>", ent="kv",
  subj="Kostenzusage Verhaltenstherapie",
  date="2026-04-09 11:47", sig="kroeger",
  body="""
Sehr geehrter Herr Riedel,

wir haben den Antrag Ihrer Psychotherapeutin, Frau Dipl.-Psych. Merle Hoang, geprüft und übernehmen die Kosten für

- 24 Sitzungen Verhaltenstherapie (Einzeltherapie, je 50 Minuten),
- zuzüglich der bereits erfolgten 5 probatorischen Sitzungen,

im Zeitraum 15.04.2026 bis 14.04.2027. Abgerechnet wird nach der GOP; wir erstatten bis zum 2,3-fachen Satz.

Sollte eine Verlängerung notwendig werden, reicht Ihre Therapeutin bitte rechtzeitig vor der 20. Sitzung einen kurzen Verlängerungsbericht ein. Den Bericht muss sie nicht an Sie, sondern kann ihn direkt an unseren Beratungsarzt im verschlossenen Umschlag senden.

Wir wünschen Ihnen alles Gute.

Mit freundlichen Grüßen
""")

# d0064
M("N", "de", "insurer-to-supplier", "cleaning plan changes sent to the cleaning contractor",
  frm=ADDR("richter"), to="Objektleitung Glanzwerk <objektleitung.koeln@glanzwerk-service.example>",
  subj="Reinigungsplan ab April - Änderungen 3. und 5. OG",
  date="2026-03-25 13:13", sig="richter", sigstyle="short",
  body="""
Hallo Frau Petrović,

wie besprochen ab 01.04. folgende Änderungen:

- 3. OG (Desk-Sharing-Fläche): Tische täglich statt 2x wöchentlich, Teeküche täglich
- 5. OG Nord: wegen Umbau bis Ende Mai keine Reinigung, Fläche ist abgeschlossen
- Konferenzbereich EG: zusätzlich freitags nach 16 Uhr Grundreinigung

Die Kosten gemäß Leistungsverzeichnis Pos. 3.2 und 7.1 bitte als Nachtrag anbieten (Bestell-Nr. bleibt 4500119920).

Danke und Gruß
""")

# d0065
M("C", "en", "insurer-to-broker", "commercial renewal for a named sole trader (bakery): turnover, policy number, premium",
  frm=ADDR("hartmann"), to="Michael Brooks <m.brooks@brooks-partners.example>", ent="av",
  subj="Renewal 2026 - Bäckerei Hans Wirtz e.K., policy GB-5531-0098",
  date="2026-04-16 16:30", sig="hartmann",
  att=[XLSX("Renewal_GB-5531-0098_Wirtz.xlsx", {"Renewal": [
      ["Section", "Sum insured 2025 (EUR)", "Sum insured 2026 (EUR)", "Premium 2026 (EUR)"],
      ["Buildings (bakery and shop)", 980000, 1034000, 1488.60],
      ["Contents and stock", 210000, 225000, 612.40],
      ["Business interruption", 350000, 380000, 522.00],
      ["Machinery breakdown (ovens)", 140000, 140000, 684.30],
      ["Public liability", "3 m", "3 m", 910.00],
      ["Total", None, None, 4217.30]],
      "Basis": [["Item", "Value"], ["Policyholder", "Hans Wirtz, Bäckerei Hans Wirtz e.K."], ["Annual turnover 2025", "1,420,000"],
                ["Employees", "18"], ["Claims last 5 years", "1 (2023, oven fire, EUR 14,200)"]]}, author="Hartmann, Sven")],
  body="""
Dear Michael,

attached are the renewal terms for your client Hans Wirtz (Bäckerei Hans Wirtz e.K.) from 1 June 2026. We have indexed the sums insured and based business interruption on the 2025 turnover of EUR 1.42 m he gave us.

Premium 2026: EUR 4,217.30 plus insurance tax (2025: EUR 3,984.10). The oven fire of 2023 has no effect on the terms any more.

Please confirm by 15 May.

Best regards,
""")

# d0066
M("S", "de", "insurer-to-customer", "child's speech therapy, occupational therapy and ADHD medication reimbursed to the mother",
  frm=ADDR("kroeger"), to="Melanie Brandt <melanie.brandt@familie-brandt.example>", ent="kv",
  subj="Erstattung Belege für Paul",
  date="2026-04-20 10:22", sig="kroeger", charset="iso-8859-1", cte="quoted-printable",
  body="""
Sehr geehrte Frau Brandt,

für Ihren Sohn Paul (mitversichert in Ihrem Vertrag KV 118 440 672) haben wir folgende Belege erstattet:

Logopädie Praxis Sprachraum, 10 Behandlungen à 45 Min., März 2026: 520,00 EUR
Ergotherapie Kinderpraxis Kunterbunt, 6 Behandlungen, Februar/März 2026: 312,00 EUR
Rezept Medikinet retard 10 mg, 30 Kps., Apotheke am Dom: 38,74 EUR

Gesamt: 870,74 EUR

Die Heilmittelverordnung von Dr. Schmitz (Kinder- und Jugendpsychiatrie) gilt noch für 10 weitere Behandlungen Ergotherapie. Für eine neue Logopädie-Verordnung brauchen wir ab Mai wieder eine ärztliche Verordnung.

Mit freundlichen Grüßen
""")

# d0067
M("N", "en", "internal", "phishing warning to all staff; no personal data",
  frm=f"Information Security <infosec@{DOM}>", to=f"All staff <alle@{DOM}>", client="outlook", importance="high",
  subj="Warning: fake 'secure message' e-mails in circulation",
  date="2026-05-05 09:02",
  body="""
Dear colleagues,

since this morning we have been seeing phishing e-mails that imitate our own secure-mail notifications ("You have received a new secure message"). They link to a fake login page at a look-alike address (versicherer-securemail.example).

How to spot them:
- our real notifications never ask for your Windows password,
- the sender is always no-reply@versicherer.example,
- the link always points to https://securemail.versicherer.example/

If you clicked the link and entered your password: change your password immediately and call the service desk (ext. 6000).

Please forward suspicious messages as an attachment to phishing@versicherer.example and then delete them.

Thank you,
Information Security
""")

# d0068
M("N", "en", "internal", "synthetic test patterns for the classifier without any person (trap: IBAN, ICD codes in a TSV)",
  frm=ADDR("raman"), to=[ADDR("hoffmann"), f"Tomasz Wrobel <tomasz.wrobel@{DOM}>"],
  subj="Test patterns for the pilot (no real data!)",
  date="2026-04-28 17:38", sig="raman", sigstyle="name",
  att=[CSV("detector_test_patterns.tsv", [
      ["id", "pattern_type", "sample", "note"],
      ["p01", "iban_valid", "DE89 3704 0044 0532 0130 00", "standard example IBAN from documentation"],
      ["p02", "iban_invalid", "DE00 1234 5678 9012 3456 78", "wrong check digits"],
      ["p03", "icd10", "J45.0", "code only, no name"],
      ["p04", "icd10_suffix", "M54.5 G", "code only, no name"],
      ["p05", "policy_no", "KV 000 000 000", "dummy format"],
      ["p06", "birthdate", "01.01.1970", "date without person"],
      ["p07", "plate", "K-XX 0000", "dummy plate"]], sep="\t")],
  body="""
Hi both,

attached is the first set of synthetic patterns for the pilot test. Only formats, no real or realistic customer data - please keep it that way in the repo. Each sample should end up as NORMAL on its own, as there is no person attached. We'll combine them with names in the next set.

Priya
""")

# d0069
M("C", "de", "insurer-to-customer", "storm damage settlement to the named homeowner with IBAN (unspaced) and claim number",
  frm=ADDR("demir"), to="Wilfried Engels <w.engels@t-net.example>", ent="av",
  subj="Sturmschaden Dach - Regulierung 26-H-0002954",
  date="2026-02-23 12:06", sig="demir",
  body=f"""
Sehr geehrter Herr Engels,

den Sturmschaden an Ihrem Dach (Wohngebäudeversicherung WG 40-301 622-1, Im Kirchfeld 4, 53639 Königswinter) regulieren wir wie folgt:

Rechnung Dachdeckerei Fuchs vom 11.02.2026      4.380,55 €
abzgl. Selbstbeteiligung                           -500,00 €
Auszahlung                                        3.880,55 €

Die Zahlung geht heute raus an das von Ihnen genannte Konto
IBAN {IB("DE", "370605000301122448", group=0)} (Kontoinhaber: Wilfried Engels).

Damit ist der Schaden für uns abgeschlossen. Gute Nachbarschaft mit dem neuen Dach!

Freundliche Grüße
""")

# d0070
M("S", "de", "broker", "broker's mail with a client's pre-existing conditions for a BU application, forwarded with documents (ZIP) to the reinsurer's medical underwriting",
  frm=ADDR("hasselbach"), to="Dr. Anke Forster <medical.uw@rueckversicherung.example>", ent="lv",
  subj="Fakultative Anfrage BU - Antrag L-26-1051 207",
  date="2026-04-23 14:55", sig="hasselbach",
  att=[ZIP("L-26-1051207_Unterlagen.zip", [
      PDF("Gesundheitsfragen_L-26-1051207.pdf", [
          ("h", "Antrag Berufsunfähigkeitsversicherung - Gesundheitsfragen"),
          ("p", "Zu versichernde Person: Dr. Tobias Engelmann, geb. 19.01.1983, Zahnarzt (selbstständig), BU-Rente 3.500 EUR mtl."),
          ("t", [["Frage", "Antwort", "Erläuterung"],
                 ["1. Behandlungen letzte 5 Jahre", "ja", "Morbus Crohn seit 2016, Azathioprin 100 mg, letzte Schubphase 2023"],
                 ["2. Krankenhausaufenthalte 10 Jahre", "ja", "2023, 6 Tage, Uniklinik Bonn, Schub mit Stenose, konservativ"],
                 ["3. Psychotherapie 10 Jahre", "nein", ""],
                 ["4. Arbeitsunfähigkeit > 2 Wochen", "ja", "2023, 5 Wochen"],
                 ["5. Größe / Gewicht", "1,84 m / 71 kg", ""]])], title="Gesundheitsfragen"),
      DOCX("Arztbericht_Gastroenterologie.docx", [
          ("h", "Arztbericht"),
          "Patient: Dr. Tobias Engelmann, geb. 19.01.1983",
          "Diagnose: Morbus Crohn (K50.0 G) mit Ileumbefall, Zustand nach Stenose terminales Ileum 2023.",
          "Therapie: Azathioprin 100 mg/d seit 2020, Budesonid bedarfsweise. Letzte Koloskopie 11/2025: keine Aktivität.",
          "Beurteilung: stabile Remission seit 24 Monaten. Arbeitsfähigkeit uneingeschränkt.",
          "PD Dr. med. K. Yilmaz, Gastroenterologische Praxis Bonn"])])],
  body="""
Liebe Frau Dr. Forster,

wir bitten um Ihre Einschätzung zu folgendem BU-Antrag (Summenexzedent, BU-Rente 3.500 €/Monat, Endalter 67):

Zahnarzt, 43 J., Morbus Crohn seit 2016, unter Azathioprin seit 24 Monaten in Remission. Unsere Tendenz: Annahme mit Ausschluss Erkrankungen des Magen-Darm-Trakts oder Zuschlag 50 %, eher Ausschluss.

Gesundheitsfragen und Facharztbericht im Anhang (ZIP). Der Makler drängt etwas, siehe unten.

Herzliche Grüße
""",
  quote=FW("Holger Brandl <h.brandl@brandl-finanz.example>", "22.04.2026, 18:03", "Maklerbetreuung Süd",
           "BU Dr. Engelmann - wie lange noch?", """
Hallo zusammen,
mein Kunde Dr. Engelmann wartet jetzt seit 5 Wochen. Der Crohn ist seit 2 Jahren ruhig, letzte Darmspiegelung im November ohne Befund. Er hat ein Angebot eines Mitbewerbers mit Ausschluss, möchte aber eigentlich zu Ihnen. Bitte um kurzfristige Entscheidung.
Gruß Holger Brandl
Brandl Finanz GmbH"""))

# d0071
M("N", "de", "insurer-to-customer", "general product answer to a prospect about bicycles in household insurance; no contract, no personal data",
  frm=ADDR("kowalski"), to="Leonie Fischer <leonie.f@mailbox.example>", ent="av",
  subj="AW: Frage zu Fahrrad in der Hausrat",
  date="2026-04-27 11:29", sig="kowalski",
  body="""
Hallo Frau Fischer,

gern beantworte ich Ihre Frage. In unserer Hausratversicherung ist der Fahrraddiebstahl als Zusatzbaustein versicherbar:

- bis 1 % der Versicherungssumme ohne Aufpreis im Tarif Komfort,
- mit dem Baustein "Fahrrad Plus" bis 5.000 €, auch für E-Bikes, rund um die Uhr (keine Nachtzeitklausel).

Voraussetzung ist, dass das Rad mit einem eigenständigen Schloss gesichert war. Einen unverbindlichen Beitrag können Sie in zwei Minuten auf unserer Website berechnen: www.versicherer.example/hausrat

Freundliche Grüße
""",
  quote=Q("""Leonie Fischer schrieb am 26.04.2026 um 20:12:
Hallo, ich überlege eine Hausrat bei Ihnen abzuschließen. Ist da mein E-Bike (ca. 3.200 Euro) mit drin, auch wenn es nachts vor der Tür steht? Danke!"""))

# d0072
M("C", "en", "insurer-to-customer", "trip cancellation due to an airline strike: named policyholder, policy and claim number, booking (no health)",
  frm=ADDR("seidel"), to="Graham Whitley <g.whitley@outpost-mail.example>", ent="av", html=True,
  subj="Your claim RT-26-031774 - cancelled trip to Lisbon",
  date="2026-05-11 15:20", sig="seidel",
  tables={"T1": ([["Item", "Booked", "Refunded by airline", "Our payment"],
                  ["Flights CGN-LIS (2 pax)", "EUR 486.00", "EUR 486.00", "EUR 0.00"],
                  ["Hotel Alfama, 4 nights (non-refundable)", "EUR 612.00", "-", "EUR 612.00"],
                  ["Fado evening tickets", "EUR 90.00", "-", "EUR 90.00"],
                  ["Deductible", "", "", "EUR -50.00"],
                  ["Total", "", "", "EUR 652.00"]], "pipe")},
  body="""
Dear Mr Whitley,

we have reviewed your claim under policy TR-2025-0391128 for the trip to Lisbon (8-12 May 2026), which could not start because your flight was cancelled due to the strike.

[[T1]]

The payment of EUR 652.00 will reach your account within 3 working days.

Kind regards,
""")

# d0073
M("S", "en", "insurer-to-customer", "travel health claim abroad: gastroenteritis treatment of the addressee in Crete (health content in a travel line)",
  frm=ADDR("seidel"), to="Mia Sandoval <mia.sandoval@lemail.example>", ent="av",
  subj="RE: doctor bill Crete",
  date="2026-06-22 10:48", sig="seidel", sigstyle="short",
  body="""
Dear Ms Sandoval,

thank you for sending the invoice from the private clinic in Chania. The treatment on 14 June (consultation, IV fluids and anti-emetics for acute gastroenteritis, 4 hours observation) is covered by your travel health insurance. We will reimburse EUR 385.00 in full.

The pharmacy receipt for the probiotic and the oral rehydration salts is also fine (EUR 23.60). Glad you are feeling better!

Kind regards,
""",
  quote="On 20 Jun 2026, at 21:15, Mia Sandoval <mia.sandoval@lemail.example> wrote:\n" + Q("""Hi, I got really sick in Crete (food poisoning probably), had to go to a clinic for a drip. Attached the bill. Policy is TR-2026-0517443.
Thanks, Mia"""))

# d0074
M("N", "de", "internal", "data-protection newsletter with general rules on sending health data (trap: health-data vocabulary, no person)",
  frm=ADDR("meier"), to=f"Alle Mitarbeitenden <alle@{DOM}>",
  subj="Datenschutz kompakt 2/2026: Gesundheitsdaten richtig versenden",
  date="2026-05-18 08:30", sig="meier", html=True,
  body="""
Liebe Kolleginnen und Kollegen,

in den letzten Wochen haben uns mehrere Fragen zum Versand von Gesundheitsdaten erreicht. Hier die wichtigsten Regeln:

1. Gesundheitsdaten sind nicht nur Diagnosen. Auch Arztrechnungen, Rezepte, Angaben zu Therapien, Pflegegrad, Reha oder Schwangerschaft gehören dazu.
2. Alles, was einen Vertrag in Leben, Kranken oder Unfall betrifft, versenden wir nur verschlüsselt - auch wenn kein medizinisches Wort darin steht.
3. Anhänge zählen mit: Die Tabelle mit der Leistungsübersicht ist genauso schutzbedürftig wie der Text.
4. Statistiken ohne Personenbezug (z. B. Anzahl Fälle je ICD-Kapitel) dürfen normal versendet werden.
5. Im Zweifel: Gateway entscheiden lassen, nicht selbst am Betreff "basteln".

Fragen? Schreiben Sie mir oder kommen Sie in die Sprechstunde, donnerstags 14-15 Uhr.

Viele Grüße
""")

# d0075
M("C", "de", "company", "fleet manager's accident report (no injuries) with vehicle registration and driver name, forwarded to the assessor with attachments",
  frm=ADDR("brenner"), to="Sachverständigenbüro Krause <auftrag@sv-krause.example>", ent="av",
  subj="WG: Unfallmeldung HÜ-DS 419 - Fa. Drescher Sanitär",
  date="2026-05-06 09:37", sig="brenner", sigstyle="short",
  att=[ZIP("Unfallmeldung_HUE-DS419.zip", [
      ODT("Unfallbericht_Drescher_2026-05-04.odt", [
          ("h", "Unfallbericht Firmenfahrzeug"),
          "Firma: Drescher Sanitär- und Heizungstechnik GmbH, Am Bahndamm 3, 58642 Iserlohn\nFlottenvertrag: KF-FL-20-3317",
          ("t", [["Angabe", "Inhalt"], ["Fahrzeug", "Mercedes Sprinter 316 CDI"], ["Kennzeichen", "HÜ-DS 419"],
                 ["Fahrer", "Dariusz Nowicki, Monteur"], ["Datum/Zeit", "04.05.2026, 07:40 Uhr"],
                 ["Ort", "Iserlohn, Kreuzung Hagener Str./Baarstr."], ["Personenschaden", "nein"]]),
          "Hergang: Beim Linksabbiegen Zusammenstoß mit entgegenkommendem Pkw (MK-LT 208), Gegner hat Rotlicht missachtet (Zeuge vorhanden).",
          "Schäden: Front rechts, Scheinwerfer, Kotflügel. Fahrzeug nicht mehr fahrbereit, abgeschleppt zu Autohaus Kemper."]),
      CSV("Zeugen_und_Beteiligte.csv", [["Rolle", "Name", "Telefon", "Kennzeichen"],
                                         ["Unfallgegner", "Lars Tiedtke", "0171 5550184", "MK-LT 208"],
                                         ["Zeugin", "Hanna Pieper", "02371 555 23 90", "-"]])])],
  body="""
Moin Herr Krause,

bitte Gutachten für den Sprinter unseres Flottenkunden, steht bei Autohaus Kemper in Iserlohn. Schaden-Nr. 26-K-0051893. Unterlagen vom Fuhrparkleiter anbei.

Danke!
""",
  quote=OQ("Fuhrpark Drescher <fuhrpark@drescher-sanitaer.example>", "Montag, 4. Mai 2026 14:21", "schaden.kfz@versicherer.example",
           "Unfallmeldung HÜ-DS 419", """Hallo,
anbei die Unfallmeldung für unseren Sprinter HÜ-DS 419 von heute früh. Unser Monteur Herr Nowicki ist zum Glück unverletzt. Fahrzeug steht beim Autohaus Kemper. Wir brauchen dringend einen Ersatzwagen, bitte schnell melden.
Mit freundlichen Grüßen
Sven Drescher
Fuhrpark / Verwaltung"""))

# d0076
M("N", "en", "insurer-to-partner", "payment run confirmation to the company's bank with the insurer's own corporate IBANs (trap: IBANs of companies, no natural person)",
  frm=ADDR("morgan"), to="Corporate Banking Desk <corporate.desk@rheinbank.example>",
  subj="Payment run 2026-05-29 - confirmation of totals",
  date="2026-05-28 16:55", sig="morgan",
  att=[CSV("payment_run_20260529_totals.csv", [
      ["debtor_account", "account_name", "currency", "no_of_payments", "total_amount"],
      [IB("DE", "370400440532013100", group=0), "Versicherer Allgemeine Versicherung AG - Claims", "EUR", "4812", "9981245.33"],
      [IB("DE", "370400440532013200", group=0), "Versicherer Krankenversicherung a.G. - Benefits", "EUR", "17340", "12750211.90"],
      [IB("DE", "370400440532013300", group=0), "Versicherer Holding AG - Suppliers", "EUR", "611", "3411008.04"]], sep=",")],
  body="""
Dear colleagues,

for tomorrow's payment run please find attached the control totals per debtor account. The SEPA files will be transmitted via EBICS tonight by 22:00 CET.

Total: 22,762 payments, EUR 26,142,465.27.

Please call me if the totals in the files do not match.

Best regards,
""")

# d0077
M("S", "de", "insurer-to-customer", "statutory long-term care insurance: care aids and emergency call system for the named insured with care grade",
  frm=ADDR("yilmaz"), to="Heinz-Georg Lüttke <hg.luettke@kabelmail.example>", ent="kv",
  subj="Pflegehilfsmittel und Hausnotruf - Bewilligung",
  date="2026-05-20 14:04", sig="yilmaz", charset="windows-1252",
  body="""
Sehr geehrter Herr Lüttke,

für Ihre Ehefrau, Frau Elfriede Lüttke (Pflegegrad 2), bewilligen wir aus der privaten Pflegepflichtversicherung:

– zum Verbrauch bestimmte Pflegehilfsmittel (Einmalhandschuhe, Bettschutzeinlagen, Desinfektionsmittel) bis 42 € monatlich, ab 01.05.2026,
– einen Hausnotruf (Basis-Paket) mit monatlich 25,50 €,
– ein Pflegebett mit Aufrichthilfe leihweise über unseren Vertragspartner Sanitätshaus Bode; dieser meldet sich wegen der Lieferung bei Ihnen.

Die monatlichen Pflegehilfsmittel kann der Lieferant direkt mit uns abrechnen. Bitte geben Sie ihm dafür die Versichertennummer Ihrer Frau (PV 553 207 118) an.

Mit freundlichen Grüßen
""")

# d0078
M("C", "de", "insurer-to-customer", "name change after marriage on a motor contract with maiden name ('geb.') and policy number",
  frm=ADDR("kowalski"), to="Julia Reinartz <julia.reinartz@webpost.example>", ent="av",
  subj="Namensänderung in Ihren Verträgen",
  date="2026-06-03 08:44", sig="kowalski",
  body="""
Liebe Frau Reinartz,

herzlichen Glückwunsch zur Hochzeit!

Wir haben Ihren neuen Namen in Ihren Verträgen eingetragen:

Julia Reinartz, geb. Schulze-Hollmann
- Kfz-Versicherung KF-1902 4418 (AC-JS 77)
- Privathaftpflicht PH 31-610 225
- Hausrat HR 7731-70339

Neue Versicherungsscheine erhalten Sie nicht, der Name wird mit der nächsten Beitragsrechnung automatisch aktualisiert. Für das Kfz reichen Sie bitte die geänderte Zulassungsbescheinigung Teil I nach, sobald Sie sie haben.

Freundliche Grüße
""")

# d0079
M("N", "de", "insurer-to-broker", "general underwriting guidance for disability insurance by occupation group; no client (trap: BU, health terms)",
  frm=ADDR("vogel"), to="Petra Lamprecht <lamprecht@finanzkontor-lamprecht.example>", ent="lv",
  subj="AW: Berufsgruppen BU - Pflegekräfte und Handwerker",
  date="2026-06-09 12:15", sig="vogel",
  body="""
Hallo Frau Lamprecht,

zu Ihrer allgemeinen Frage:

- Pflegefachkräfte (examiniert) sind ab dem neuen Tarif in Berufsgruppe 2 statt 3, Pflegehilfskräfte bleiben in 3.
- Handwerksmeister mit mindestens 50 % Bürotätigkeit können in BG 2 eingestuft werden, wenn die Tätigkeitsbeschreibung das hergibt.
- Bei Vorerkrankungen im Bereich Rücken (z. B. Bandscheibe) prüfen wir immer individuell; eine Risikovoranfrage ist anonym über das Maklerportal möglich - bitte keine Namen in die Voranfrage schreiben.

Die aktuelle Berufsgruppenliste finden Sie im Portal unter Leben > BU > Annahmerichtlinien.

Viele Grüße
""")

# d0080
M("S", "en", "insurer-to-doctor", "request for medical records of a named applicant for critical illness cover (UK GP)",
  frm=ADDR("hasselbach"), to="Millbrook Surgery <admin@millbrook-surgery.example>", ent="lv",
  subj="Request for GP report - Ms Charlotte Hayes, DOB 02/08/1986",
  date="2026-06-15 09:40", sig="hasselbach",
  att=[DOCX("Consent_GP_report_Hayes.docx", [
      ("h", "Consent to release medical information"),
      "Applicant: Charlotte Hayes, born 2 August 1986, 14 Elm Grove, Bath BA2 6QR",
      "I consent to my GP, Millbrook Surgery, releasing information about my health to Versicherer Lebensversicherung AG for the purpose of assessing my application for critical illness cover (no. L-26-1066 830). I have the right to see the report before it is sent (Access to Medical Reports Act 1988) and I do not wish to see it.",
      "Signed: C. Hayes    Date: 08/06/2026"], author="Medical Underwriting")],
  body="""
Dear Doctor,

your patient Ms Charlotte Hayes (DOB 02/08/1986) has applied to us for critical illness cover. In her application she disclosed a breast lump investigated in 2024 (benign fibroadenoma according to her) and treatment for migraine with propranolol.

We would be grateful for a GP report covering:
- the results of the 2024 breast investigations (imaging and histology),
- any family history of breast or ovarian cancer recorded,
- the current migraine treatment and frequency.

Her signed consent is attached. We will pay your standard fee of GBP 104 on receipt of your invoice.

Yours sincerely,
""")

# ---------------------------------------------------------------- batch 3: d0081-d0100

# d0081
M("N", "en", "internal", "aggregated long-term care statistics for group reporting (trap: care grades, no person)",
  frm=ADDR("yilmaz"), to="Group Reporting <group.reporting@versicherer.example>", ent="kv",
  subj="RE: care insurance KPIs for the annual report",
  date="2026-02-12 17:26", sig="yilmaz", sigstyle="short",
  body="""
Hi Sarah,

here are the figures you asked for (private long-term care, as at 31/12/2025):

Care grade   Recipients   Share home care
PG 1              1,904        97 %
PG 2              5,311        88 %
PG 3              3,870        71 %
PG 4              1,622        46 %
PG 5                611        38 %
Total            13,318        76 %

Benefits paid 2025: EUR 147.3 m (+9.4 %). New applications: 4,118, of which 82 % accepted after the medical assessment.

Let me know if you need the split by age band as well.

Felix
""")

# d0082
M("C", "en", "insurer-to-customer", "windscreen claim: named customer, claim number, registration plate",
  frm=ADDR("brenner"), to="Ahmed Karimi <ahmed.karimi@greenmail.example>", ent="av",
  subj="Windscreen replacement - claim 26-K-0058821",
  date="2026-05-13 08:27", sig="brenner",
  body="""
Dear Mr Karimi,

thank you for reporting the stone chip damage to the windscreen of your VW Golf (registration D-AK 3309).

Your partial cover (Teilkasko) with a EUR 150 deductible pays for the replacement. If you use one of our partner glass specialists, the deductible is reduced to EUR 0 for a repair and EUR 75 for a replacement. The nearest partner to you is:

CarGlass Point Düsseldorf-Bilk, Merowingerstr. 42, phone 0211 555 6620

Just give them your claim number 26-K-0058821 and your policy number KF-2230 117; they will bill us directly.

Kind regards,
""")

# d0083
M("S", "en", "insurer-to-customer", "dental crown treatment plan for the addressee (tooth numbers, fees) - reimbursement promise",
  frm=ADDR("wendland"), to="Sven Ahlgren <sven.ahlgren@nordpost.example>", ent="kv",
  subj="Your dental treatment plan of 3 March",
  date="2026-03-10 13:52", sig="wendland",
  body="""
Dear Mr Ahlgren,

we have checked the treatment plan of your dentist, Dr. Bauer, dated 3 March 2026:

- full ceramic crowns on teeth 14 and 15 (GOZ 2210, 2 x EUR 332.43),
- build-up fillings (GOZ 2180, 2 x EUR 31.05),
- lab costs EUR 864.00.

Total estimated costs: EUR 1,590.96. Your dental supplementary cover (plan DentalPro) pays 80 %, i.e. EUR 1,272.77. As you have been insured with us for more than 4 years, no annual limit applies.

Please send us the final invoice after the treatment; the approval is valid for 6 months.

Kind regards,
""")

# d0084
M("N", "de", "insurer-to-supplier", "line outage report to the telecoms provider; no personal data",
  frm=ADDR("hoffmann"), to="Geschäftskunden-Störungsstelle <stoerung@netcarrier.example>",
  subj="Störung MPLS-Anschluss Standort Hamburg - Kundennr. 8800412",
  date="2026-03-03 07:19", sig="hoffmann", sigstyle="short", importance="high",
  body="""
Sehr geehrte Damen und Herren,

seit heute 05:40 Uhr ist unser MPLS-Anschluss am Standort Hamburg (Ballindamm 8, 20095 Hamburg, Leitungs-ID HH-MPLS-20774) gestört. Der Router meldet "LOS" auf dem WAN-Port, der Backup über LTE läuft, reicht aber für die ca. 140 Arbeitsplätze nicht aus.

Bitte um schnellstmögliche Entstörung gemäß SLA Premium (4 h). Ansprechpartner vor Ort: Herr Brodersen, 040 555 2010.

Mit freundlichen Grüßen
""")

# d0085
M("C", "de", "insurer-to-broker", "harmless-looking 'as discussed' mail; the ODS attachment lists the broker's clients with contract numbers, addresses and sums insured",
  frm=ADDR("reuter"), to="Jens Harms <harms@harms-versicherungsmakler.example>",
  subj="wie besprochen",
  date="2026-03-17 16:48", sig="reuter", sigstyle="name", client="thunderbird",
  att=[ODS("Bestand_Hausrat_Harms_Stand_2026-03.ods", {"Hausrat": [
      ["Vers.-Nr.", "VN", "Risikoanschrift", "VS EUR", "Beitrag p.a.", "Hauptfälligkeit"],
      ["HR 7729-10233", "Ahrens, Karin", "Lübecker Str. 14, 23611 Bad Schwartau", 58500, 118.40, "01.04."],
      ["HR 7729-10871", "Delic, Amir", "Moislinger Allee 98, 23558 Lübeck", 42000, 96.10, "01.05."],
      ["HR 7730-01120", "Freese, Hinrich u. Anke", "Am Mühlenteich 3, 23843 Bad Oldesloe", 91000, 201.75, "01.01."],
      ["HR 7730-44762", "Matuschek, Lisa", "Kronsforder Allee 41, 23560 Lübeck", 39000, 88.30, "01.09."],
      ["HR 7731-02245", "Oltrogge, Bernd", "Hauptstr. 7, 23627 Groß Grönau", 65000, 142.00, "01.07."]]})],
  body="""
Hallo Jens,

wie besprochen die Liste für eure Umdeckungsaktion. Das sind alle Hausratverträge mit Unterversicherungsverzicht "nein".

Gruß Frank
""")

# d0086
M("N", "en", "insurer-to-supplier", "invoice query to a catering company; the supplier's corporate IBAN and invoice numbers only (trap: IBAN of a company)",
  frm=ADDR("krueger"), to="Accounts Receivable <ar@gourmet-catering-koeln.example>",
  subj="Invoice INV-2026-0412 - credit note required",
  date="2026-04-08 10:51", sig="krueger",
  att=[PDF("INV-2026-0412_Gourmet_Catering.pdf", [
      ("h", "Gourmet Catering Köln GmbH - Invoice INV-2026-0412"),
      ("p", "To: Versicherer Holding AG, Procurement, Rheinuferstraße 12, 50667 Köln\nPO number: 4500128902   Invoice date: 31/03/2026"),
      ("t", [["Item", "Qty", "Unit price", "Amount"], ["Lunch buffet 'Mediterranean', 60 guests", "60", "EUR 24.50", "EUR 1,470.00"],
             ["Coffee break am/pm", "120", "EUR 6.80", "EUR 816.00"], ["Service staff, 5 h", "3", "EUR 190.00", "EUR 570.00"],
             ["Net", "", "", "EUR 2,856.00"], ["VAT 19 %", "", "", "EUR 542.64"], ["Total", "", "", "EUR 3,398.64"]]),
      ("small", f"Gourmet Catering Köln GmbH · HRB 99120 · VAT ID DE299887766 · Bank: Rheinbank, IBAN {IB('DE', '370400446612004550')}, BIC RHBKDEFFXXX")],
      title="Invoice INV-2026-0412")],
  body="""
Dear Sir or Madam,

regarding the attached invoice INV-2026-0412 for our event on 26 March: our order (PO 4500128902) was for 45 guests, not 60, and only 2 service staff. The head count was confirmed by e-mail on 23 March.

Please issue a credit note for 15 lunch buffets, 30 coffee breaks and one service staff member (EUR 968.50 net). We will pay the corrected amount to your account DE.. 4550 within 14 days of receiving the credit note.

Kind regards,
""")

# d0087
M("S", "de", "insurer-to-customer", "hearing aids for the addressee: audiogram values and reimbursement",
  frm=ADDR("kroeger"), to="Gerhard Pohlmann <g.pohlmann@t-net.example>", ent="kv",
  subj="Ihre Hörgeräte - Kostenzusage",
  date="2026-04-15 09:36", sig="kroeger", charset="windows-1252", cte="quoted-printable",
  body="""
Sehr geehrter Herr Pohlmann,

vielen Dank für den Kostenvoranschlag von Hörakustik Lenzen über zwei Hörgeräte (Phonak Audéo L90-R) in Höhe von 5.680,00 €.

Laut Verordnung Ihres HNO-Arztes Dr. Kampmann liegt bei Ihnen eine beidseitige Innenohrschwerhörigkeit vor (Hörverlust bei 2 kHz rechts 55 dB, links 60 dB, Sprachverständnis 65 % bei 65 dB). Die Versorgung mit zwei Geräten ist damit medizinisch notwendig.

Ihr Tarif erstattet Hörgeräte zu 80 %, höchstens 1.500 € je Ohr alle vier Jahre. Wir übernehmen also 3.000,00 €. Die Zusage gilt für sechs Monate.

Bitte reichen Sie nach der Anpassung die Rechnung und den Anpassbericht ein.

Mit freundlichen Grüßen
""")

# d0088
M("C", "en", "insurer-to-company", "cargo insurance certificate for a named policyholder's shipment with policy and certificate numbers",
  frm=ADDR("osei"), to="Export Department <export@rheinmetall-tools.example>", ent="av",
  subj="Insurance certificate C-26-004471 - shipment to Santos",
  date="2026-04-29 12:34", sig="osei", sigstyle="short",
  att=[PDF("Certificate_C-26-004471.pdf", [
      ("h", "Certificate of Insurance No. C-26-004471"),
      ("p", "Issued under open cover MOC-2021-0042 on behalf of Rheinische Präzisionswerkzeuge GmbH, Solingen (the Assured)."),
      ("t", [["", ""], ["Conveyance", "MSC Aurora, voyage 614S, Hamburg to Santos"], ["Goods", "12 pallets CNC tooling, HS 8207"],
             ["Insured value", "EUR 418,600.00 (CIF + 10 %)"], ["Conditions", "Institute Cargo Clauses (A) 1/1/09, War and Strikes Clauses"],
             ["Claims agent", "Lloyd's agent, Santos"]]),
      ("p", "Cologne, 29/04/2026 - for Versicherer Allgemeine Versicherung AG")], title="Certificate C-26-004471")],
  body="""
Dear Mr Hoppe,

please find attached the insurance certificate for your shipment to Santos under your open cover. Premium (EUR 376.74) will be included in your monthly declaration statement.

Best regards,
""")

# d0089
M("N", "de", "internal", "calendar invitation for a supervisory board meeting; no personal data",
  frm=f"Vorstandssekretariat <vorstandssekretariat@{DOM}>", to=[f"Dr. Helmut Sander <helmut.sander@{DOM}>", f"Andreas Köhnen <andreas.koehnen@{DOM}>", f"Marion Feldkamp <marion.feldkamp@{DOM}>"],
  subj="Aufsichtsratssitzung 24.06.2026 - Vorbesprechung",
  date="2026-05-27 11:08", client="outlook",
  att=[ICS("Vorbesprechung_AR.ics", "AR-VORB-20260616@versicherer.example", "Vorbesprechung Aufsichtsratssitzung",
           "20260616T140000", "20260616T160000", ("Vorstandssekretariat", f"vorstandssekretariat@{DOM}"),
           [("Dr. Helmut Sander", f"helmut.sander@{DOM}"), ("Andreas Köhnen", f"andreas.koehnen@{DOM}"), ("Marion Feldkamp", f"marion.feldkamp@{DOM}")],
           location="Vorstandsetage, Raum 8.01",
           description="TOP 1 Quartalsbericht Q1\nTOP 2 Solvenzbericht (SFCR)\nTOP 3 IT-Strategie / sichere Kommunikation\nTOP 4 Verschiedenes")],
  body="""
Sehr geehrte Herren, sehr geehrte Frau Feldkamp,

zur Vorbereitung der Aufsichtsratssitzung am 24.06. lade ich Sie zur Vorbesprechung am 16.06., 14-16 Uhr, ein. Die Unterlagen stelle ich bis 12.06. in den Board-Room.

Mit freundlichen Grüßen
Gabriele Schumacher
Vorstandssekretariat
""")

# d0090
M("S", "de", "insurer-to-customer", "glasses reimbursement with the addressee's refraction values (short, health insurance)",
  frm=f"Leistungsservice Kranken <leistung.kranken@{DOM}>", to="Tim Oberländer <tim.oberlaender@uni-mail.example>",
  subj="Ihre neue Brille", ent="kv",
  date="2026-05-19 14:02", client="system", mailer="LEIKA Korrespondenz 3.8",
  body="""
Guten Tag Herr Oberländer,

für Ihre neue Brille (Optik Sehwerk, Rechnung vom 08.05.2026, sph R -3,25 cyl -0,75 / L -2,75 cyl -0,50) erstatten wir aus Ihrem Tarif 250,00 €, das ist der Höchstbetrag für Sehhilfen innerhalb von zwei Kalenderjahren.

Der nächste Anspruch besteht ab dem 01.01.2028.

Ihr Leistungsservice Krankenversicherung

Diese Nachricht wurde automatisch erstellt.
""")

# d0091
M("N", "en", "newsletter", "investor newsletter announcing the sustainability report; no personal data",
  frm=f"Investor Relations <ir@{DOM}>", to="ir-distribution@versicherer.example",
  subj="Versicherer Group publishes its Sustainability Report 2025",
  date="2026-04-30 08:00", cte="quoted-printable",
  body="""
Dear investors and analysts,

today we published our Sustainability Report 2025 (prepared in accordance with ESRS). Highlights:

- Scope 1+2 emissions of our own operations down 23 % compared with 2022
- 41 % of our investment portfolio now aligned with our net-zero pathway
- Women in leadership positions: 36 % (target 2027: 40 %)
- More than 2,100 employees trained on accessibility and plain language

The full report and the ESRS index are available at www.versicherer.example/ir/sustainability.

The next IR call (Q1 results) takes place on 13 May 2026 at 14:00 CET.

Investor Relations
Versicherer Holding AG
""")

# d0092
M("C", "de", "insurer-to-customer", "dog owner's liability claim (fence damaged, no injury): named customer, policy and claim number",
  frm=ADDR("oltmanns"), to="Birgit Hoffmeister <birgit.hoffmeister@mailbox.example>", ent="av",
  subj="Ihr Hund Bruno und der Gartenzaun - Schaden 26-HP-0031177",
  date="2026-05-21 16:37", sig="oltmanns",
  body="""
Sehr geehrte Frau Hoffmeister,

danke für Ihren Anruf. Ich habe den Schaden aufgenommen:

Tierhalterhaftpflicht TH 31-701 554 (Hund "Bruno", Labrador-Mischling)
Schadentag: 17.05.2026
Geschädigter: Herr Walter Kuhnert, Nachbargrundstück Eichenweg 12
Schaden: Holzzaun auf ca. 4 m Länge umgedrückt, Beet beschädigt

Bitte lassen Sie Herrn Kuhnert einen Kostenvoranschlag einholen und schicken Sie uns diesen mit zwei Fotos. Bis 1.000 € regulieren wir ohne Besichtigung.

Herzliche Grüße
""")

# d0093
M("S", "en", "customer", "customer's question about IVF treatment cover forwarded inline to the medical advisor",
  frm=ADDR("whitfield"), to="Dr. Ian Prescott <medical.advisor@prescott-consulting.example>", ent="kv",
  subj="Fwd: IVF - is it covered?",
  date="2026-05-25 12:12", sig="whitfield", sigstyle="name",
  body="""
Hi Ian,

could you advise on the medical criteria? Plan Global Care Plus covers assisted reproduction "where medically indicated" - member is 38, 3 failed IUI cycles, tubal factor per her message. Is ICSI justified here or would IVF alone be standard?

Thanks,
""",
  quote=FW("Yasmin El-Amin <yasmin.elamin@lemail.example>", "Sat, 23 May 2026 at 22:48", "int.health@versicherer.example",
           "IVF - is it covered?", """
Dear team,

my husband and I have been trying for a baby for 3 years. After three unsuccessful inseminations (IUI) my gynaecologist Dr. Hartley found that one of my fallopian tubes is blocked and recommends IVF with ICSI. The clinic (Bourn Fertility, Cambridge) quoted GBP 7,850 per cycle plus medication.

Is this covered under my plan? My member number is GC-0060412-01. I am 38.

Many thanks,
Yasmin El-Amin""", lang="en"))

# d0094
M("N", "de", "internal", "anonymised case study for claims training: age and diagnosis but no identifiable person (trap)",
  frm=ADDR("stanek"), to=f"Azubis Leben 2025 <azubis-leben@{DOM}>", ent="lv",
  subj="Fallstudie für Donnerstag",
  date="2026-06-02 15:25", sig="stanek", sigstyle="short",
  att=[DOCX("Fallstudie_BU_anonymisiert.docx", [
      ("h", "Fallstudie BU 3 (anonymisiert)"),
      "Ausgangslage: Eine 52-jährige Versicherte, kaufmännische Angestellte im Außendienst, beantragt BU-Leistungen. Sie leidet seit zwei Jahren an wiederkehrenden Lumboischialgien; eine Operation wurde durchgeführt, die Beschwerden bestehen fort.",
      "Aufgaben:",
      "1. Welche Unterlagen fordern Sie an?\n2. Wie prüfen Sie den zuletzt ausgeübten Beruf (Tätigkeitsbeschreibung)?\n3. Welche Rolle spielt die abstrakte Verweisung in diesem Tarif?\n4. Formulieren Sie die Fragen an den Gutachter.",
      "Hinweis: Alle Angaben sind verändert und lassen keinen Rückschluss auf eine reale Person zu."], author="Stanek, Oliver")],
  body="""
Hallo zusammen,

für Donnerstag bitte die Fallstudie im Anhang vorbereiten (Zweiergruppen). Wir besprechen die Lösungen gemeinsam, ca. 15 Minuten pro Gruppe.

Bis dann
""")

# d0095
M("C", "en", "insurer-to-customer", "home insurance renewal for a named expat customer: policy number, insured address, premium",
  frm=f"Versicherer Customer Service <service@{DOM}>", to="Kenji Watanabe <k.watanabe@lemail.example>", client="system",
  subj="Your home insurance renewal 2026/27",
  date="2026-06-10 06:15", mailer="VERSO Output Management 7.4",
  body="""
Dear Mr Watanabe,

your home contents insurance renews automatically on 1 July 2026.

Policy number: HR 7731-80214
Insured address: Brüsseler Platz 9, 50674 Köln
Sum insured: EUR 72,000 (underinsurance waiver included)
Annual premium 2026/27: EUR 164.92 (previous year: EUR 158.50)

The premium will be collected on 1 July by direct debit from your account ending in ...8841.

You do not need to do anything. If you have moved or bought valuable items, please tell us so that your cover stays right.

Versicherer Customer Service
""")

# d0096
M("N", "de", "insurer-to-broker", "broker circular on motor tariff changes with a PDF rate sheet; no client data",
  frm=ADDR("vogel"), to=f"Makler Region Süd <makler-sued@{DOM}>",
  subj="Rundschreiben Kfz 03/2026: Tarifanpassung zum 01.10.",
  date="2026-06-24 10:00", sig="vogel",
  att=[PDF("Rundschreiben_Kfz_03-2026.pdf", [
      ("h", "Rundschreiben Kfz 03/2026"),
      ("p", "Zum 01.10.2026 passen wir die Beiträge im Kfz-Neugeschäft an. Gründe sind weiter steigende Ersatzteil- und Lohnkosten sowie die höhere Zahl von Wildschäden."),
      ("t", [["Baustein", "Anpassung Neugeschäft"], ["Kfz-Haftpflicht", "+4,5 %"], ["Vollkasko", "+8,0 %"], ["Teilkasko", "+6,5 %"],
             ["Schutzbrief", "unverändert"]]),
      ("p", "Der Werkstattbonus steigt von 15 % auf 20 %. Die Courtage bleibt unverändert."),
      ("small", "Nur für Vertriebspartner. Nicht zur Weitergabe an Endkunden.")], title="Rundschreiben Kfz 03/2026")],
  body="""
Liebe Partnerinnen und Partner,

anbei unser Rundschreiben zur Kfz-Tarifanpassung ab 01.10.2026. Angebote, die bis zum 30.09. policiert werden, laufen noch zum alten Tarif.

Bei Fragen stehe ich Ihnen gerne zur Verfügung.

Viele Grüße
""")

# d0097
M("S", "de", "insurer-to-company", "group accident insurance: employee's workplace accident with injury details, request to the employer",
  frm=ADDR("albrecht"), to="Personalabteilung Gerber Bau <personal@gerber-bau.example>", ent="av",
  subj="Gruppenunfallversicherung GU 70-008 812 - Unfall Herr Nikolić",
  date="2026-06-05 13:19", sig="albrecht",
  att=[ODT("Unfallanzeige_Gerber_Bau_Nikolic.odt", [
      ("h", "Unfallanzeige Gruppenunfallversicherung"),
      "Versicherungsnehmer: Gerber Bau GmbH & Co. KG, Vertrag GU 70-008 812",
      ("t", [["Angabe", "Inhalt"], ["Verletzter", "Marko Nikolić, geb. 21.08.1990, Polier"],
             ["Unfalltag", "28.05.2026, 10:15 Uhr, Baustelle Neusser Str. 300, Köln"],
             ["Hergang", "Sturz vom Gerüst aus ca. 2,5 m Höhe"],
             ["Verletzungen", "Fersenbeinfraktur links, Prellung Brustkorb"],
             ["Erstversorgung", "D-Arzt Dr. Hein, BG Klinikum Köln-Merheim, stationär seit 28.05."]]),
      "Arbeitsunfähig seit: 28.05.2026"])],
  body="""
Sehr geehrte Frau Gerber,

vielen Dank für die Unfallanzeige zu Ihrem Mitarbeiter Herrn Marko Nikolić (siehe Anhang, von uns ergänzt um die Vertragsdaten).

Damit wir die Leistungen aus der Gruppenunfallversicherung (Krankenhaustagegeld, Invaliditätsvorsorge) prüfen können, benötigen wir noch:

1. den D-Arzt-Bericht bzw. den Entlassungsbericht des BG Klinikums Merheim,
2. eine von Herrn Nikolić unterschriebene Schweigepflichtentbindung (Formular folgt per Post),
3. die Bestätigung, dass der Unfall der Berufsgenossenschaft gemeldet wurde (Aktenzeichen der BG BAU).

Wir wünschen Herrn Nikolić eine gute Genesung.

Mit freundlichen Grüßen
""")

# d0098
M("N", "en", "internal", "new password policy announcement; no personal data",
  frm=ADDR("hoffmann"), to=f"All staff <alle@{DOM}>",
  subj="New password rules from 1 July",
  date="2026-06-17 11:00", sig="hoffmann", sigstyle="short",
  body="""
Dear colleagues,

from 1 July 2026 the following rules apply to your Windows account:

- minimum length 14 characters (passphrases welcome, e.g. four random words),
- no more forced change every 90 days - only if there is a suspicion of compromise,
- passwords found in known breach lists are rejected,
- multi-factor authentication becomes mandatory for Outlook on the web and VPN.

You will be asked to set a new password at your first login after 1 July. The Authenticator app can be set up now: https://mfa.versicherer.example (takes 5 minutes).

Questions? Service desk, ext. 6000.

Your IT Service Desk
""")

# d0099
M("C", "de", "lawyer", "claimant's lawyer letter with the injured party's IBAN and claim number, forwarded to the external claims-handling partner",
  frm=ADDR("brenner"), to="Regulierungsservice West <eingang@reg-service-west.example>", ent="av",
  subj="WG: Ihr Schaden 26-K-0044930 / unser Mandant Kessler - Zahlungsaufforderung",
  date="2026-06-12 10:40", sig="brenner", sigstyle="short", client="outlook",
  body="""
Hallo Frau Mertens,

bitte zahlen Sie wie abgestimmt die Reparaturkosten (netto) und die Kostenpauschale aus und übernehmen Sie den Schriftverkehr mit der Kanzlei. Die Nutzungsausfallentschädigung bitte noch nicht, da die Reparaturdauer strittig ist.

Danke
""",
  quote=OQ("Kanzlei Dr. Weyer & Partner <sekretariat@weyer-partner.example>", "Donnerstag, 11. Juni 2026 15:12",
           "schaden.kfz@versicherer.example", "Ihr Schaden 26-K-0044930 / unser Mandant Kessler - Zahlungsaufforderung",
           f"""Sehr geehrte Damen und Herren,

in der Verkehrsunfallsache Kessler ./. Ihren VN (Unfall vom 29.04.2026, Köln-Ehrenfeld, Ihr VN mit Kennzeichen K-RT 5567) fordern wir Sie auf, folgende Beträge bis zum 25.06.2026 zu zahlen:

Reparaturkosten netto lt. Gutachten        5.212,40 EUR
Nutzungsausfall 9 Tage à 59 EUR              531,00 EUR
Kostenpauschale                               25,00 EUR
Summe                                       5.768,40 EUR

Zahlung bitte auf das Konto unseres Mandanten Jörg Kessler:
IBAN {IB("DE", "501001000711223344", group=4, sep=" ")}

Unsere Kostennote folgt gesondert.

Mit freundlichen Grüßen
Dr. Weyer
Rechtsanwalt"""))

# d0100
M("N", "de", "internal", "canteen menu with allergen notes as an HTML table (light trap: gluten/lactose words, no person)",
  frm=f"Betriebsrestaurant <kantine@{DOM}>", to=f"Alle Mitarbeitenden Köln <alle-koeln@{DOM}>", client="outlook",
  subj="Speiseplan KW 27",
  date="2026-06-26 14:30", html=True,
  tables={"T1": ([["Tag", "Menü 1", "Menü 2 (vegetarisch)", "Allergene"],
                  ["Mo 29.06.", "Hähnchenbrust, Reis, Currysauce", "Gemüse-Curry mit Reis", "Menü 1: Sellerie; Menü 2: vegan"],
                  ["Di 30.06.", "Rinderroulade, Rotkohl, Klöße", "Käsespätzle, Salat", "Senf, Gluten, Laktose"],
                  ["Mi 01.07.", "Seelachs, Kartoffelsalat", "Linsen-Dal, Naan", "Fisch, Ei, Gluten"],
                  ["Do 02.07.", "Grillteller", "Halloumi-Spieße", "Laktose"],
                  ["Fr 03.07.", "Currywurst, Pommes", "Pasta Arrabbiata (glutenfrei möglich)", "Gluten, Senf"]], "pad")},
  body="""
Hallo zusammen,

hier der Speiseplan für nächste Woche:

[[T1]]

Donnerstag ist Grilltag auf der Terrasse (bei Regen drinnen). Glutenfreie und laktosefreie Varianten bitte bis 10 Uhr am Vortag an der Kasse bestellen.

Guten Appetit!
Ihr Team vom Betriebsrestaurant
""")

# ---------------------------------------------------------------- batch 4: d0101-d0140

# d0101
M("S", "de", "insurer-to-hospital", "cost coverage for a named patient's knee replacement with OPS/DRG codes and elective services",
  frm=ADDR("kroeger"), to="Patientenaufnahme St. Vinzenz <aufnahme@st-vinzenz-koeln.example>", ent="kv",
  subj="Kostenübernahmeerklärung - Frau Hildegard Moosbrugger, Aufnahme 09.03.2026",
  date="2026-03-04 14:41", sig="kroeger",
  att=[PDF("KUE_Moosbrugger_2026-03-09.pdf", [
      ("h", "Kostenübernahmeerklärung"),
      ("p", "Versicherer Krankenversicherung a.G. · Leistungsservice stationär · Zusage-Nr. KUE-26-011473"),
      ("t", [["Angabe", ""], ["Patientin", "Hildegard Moosbrugger, geb. 11.10.1951"], ["Vers.-Nr.", "KV 104 772 391"],
             ["Aufnahme", "09.03.2026 (elektiv)"], ["Eingriff", "Knie-TEP rechts, OPS 5-822.g1"], ["DRG (voraussichtl.)", "I44B"],
             ["Wahlleistungen", "Unterkunft Einbettzimmer, wahlärztliche Leistungen (Chefarzt Dr. Reimann)"]]),
      ("p", "Wir übernehmen die allgemeinen Krankenhausleistungen nach KHEntgG sowie die genannten Wahlleistungen im tariflichen Umfang. Bitte rechnen Sie direkt mit uns ab."),
      ("small", "Diese Erklärung gilt nur für den genannten Aufenthalt und die genannte Behandlung.")], title="Kostenübernahmeerklärung")],
  body="""
Sehr geehrte Damen und Herren,

anbei die Kostenübernahmeerklärung für Ihre Patientin Frau Moosbrugger zur geplanten Aufnahme am 09.03.2026. Die Zusage umfasst Einbettzimmer und Chefarztbehandlung.

Bei einer Verweildauer über 12 Tage bitten wir um einen kurzen Verlängerungsantrag mit ärztlicher Begründung.

Mit freundlichen Grüßen
""")

# d0102
M("N", "de", "insurer-to-supplier", "purchase of defibrillators and first-aid kits for the offices (trap: medical equipment, no person)",
  frm=ADDR("krueger"), to="Vertrieb Medisafe <vertrieb@medisafe-handel.example>",
  subj="Bestellung 4500129415 - AED und Erste-Hilfe-Material",
  date="2026-03-09 10:26", sig="krueger",
  body="""
Sehr geehrte Frau Kılıç,

vielen Dank für Ihr Angebot vom 27.02. Wir bestellen:

- 6 x AED-Defibrillator Lifeline Pro inkl. Wandkasten mit Alarm, à 1.389,00 €
- 6 x Ersatz-Elektrodenpaar Erwachsene, à 49,90 €
- 2 x Ersatz-Elektroden Kinder, à 59,90 €
- 20 x Verbandkasten DIN 13157, à 32,50 €
- 1 x Einweisung der Ersthelfer vor Ort (2 Termine à 90 Min.), pauschal 480,00 €

Lieferanschrift: Versicherer Holding AG, Warenannahme, Rheinuferstraße 12, 50667 Köln.
Die Einweisungstermine stimmt bitte Frau Richter (Facility Management) mit Ihnen ab.

Mit freundlichen Grüßen
""")

# d0103
M("C", "de", "insurer-to-partner", "no-claims class request to the previous motor insurer with the customer's name, date of birth and old policy number",
  frm=f"Kfz-Vorversicherung <vorversicherung@{DOM}>", to="SF-Auskunft Hanse Assekuranz <sf-auskunft@hanse-assekuranz.example>", client="system",
  subj="Anfrage Schadenfreiheitsrabatt - VN Joanna Przybylski",
  date="2026-03-06 04:12", mailer="KRAFT Vorversicherung 2.1",
  body="""
Anfrage zur Übernahme des Schadenverlaufs (SF-Übertragung)

Anfragender Versicherer: Versicherer Allgemeine Versicherung AG (VU-Nr. 5719)
Unser Vertrag: KF-2241 0086, Beginn 01.03.2026

Versicherungsnehmerin: Joanna Przybylski
Geburtsdatum: 17.06.1992
Anschrift: Kalker Hauptstraße 77, 51103 Köln
Ihr Vertrag: 44-KH-3318290 (Kennzeichen K-JP 992), Ablauf 28.02.2026

Bitte teilen Sie uns mit:
- SF-Klasse Haftpflicht und Vollkasko zum Ablauf,
- Schäden im laufenden und im vorangegangenen Kalenderjahr (Datum, Sparte, Aufwand),
- ob der Vertrag von Ihnen gekündigt wurde.

Antwort bitte innerhalb von 14 Tagen an vorversicherung@versicherer.example (Vorgangs-Nr. VV-26-0030155).
""")

# d0104
M("N", "en", "insurer-to-supplier", "change request to the claims-system vendor for the ICD-10-GM 2026 catalogue import (trap: ICD codes, no person)",
  frm=ADDR("raman"), to="Delivery Team <delivery@claimsys-software.example>",
  subj="CR-2026-014: ICD-10-GM 2026 catalogue update",
  date="2026-01-06 12:04", sig="raman",
  att=[CSV("icd10gm2026_changes_sample.csv", [
      ["code", "change", "title_de"],
      ["U10.9", "unchanged", "Multisystemisches Entzündungssyndrom in Verbindung mit COVID-19, nicht näher bezeichnet"],
      ["E66.20", "new subcode", "Übermäßige Adipositas mit alveolärer Hypoventilation, Adipositas Grad III"],
      ["M54.5-", "split", "Kreuzschmerz (neue 5. Stellen)"],
      ["F84.5", "text changed", "Asperger-Syndrom"]], sep=";")],
  body="""
Hello team,

please schedule the import of the ICD-10-GM 2026 catalogue (BfArM release, valid from 1 January 2026) into the claims system. Attached is a small sample of changes we have seen affect our rules, in particular the split of M54.5 into 5-digit codes.

Requirements:
1. old codes must stay valid for invoices with treatment dates up to 31/12/2025,
2. the plausibility rule "diagnosis vs. tariff" must accept both versions during a transition of 6 months,
3. test run in INT by 23 January, production by 2 February.

Please confirm effort and date.

Thanks,
""")

# d0105
M("S", "en", "insurer-to-customer", "critical illness claim: breast cancer diagnosis of the addressee, lump-sum payment",
  frm=ADDR("stanek"), to="Rachel Donnelly <rachel.donnelly@lemail.example>", ent="lv",
  subj="Your claim under policy CI-3310 4472",
  date="2026-03-13 10:08", sig="stanek",
  body="""
Dear Ms Donnelly,

I am very sorry to hear about your diagnosis, and I hope the treatment is going as well as it can.

We have received the histology report and the letter from Dr. Hammond (Breast Centre Cologne-Holweide). The diagnosis of invasive ductal carcinoma of the left breast (stage IIA), confirmed on 19 February 2026, meets the definition of "cancer" in section 3.1 of your policy conditions.

We will therefore pay the full critical illness benefit of EUR 80,000. The payment will be made to your account within five working days. Your policy continues, and the premiums for the remaining cover (death benefit) stay unchanged.

If you need any help, you can reach me directly on +49 221 555-2615.

With kind regards,
""")

# d0106
M("C", "en", "insurer-to-customer", "pet health insurance: vet diagnosis concerns a dog, not a person; named owner with policy and claim number (animal health is not health data)",
  frm=ADDR("kowalski"), to="Oliver Bennett <oliver.bennett@greenmail.example>", ent="av",
  subj="Claim T-26-004518 - Luna's cruciate ligament surgery",
  date="2026-04-01 15:30", sig="kowalski",
  body="""
Dear Mr Bennett,

thank you for sending the invoice of the veterinary clinic Dr. Hohenstein. For your dog Luna (Bernese mountain dog, chip no. 276098106612345), insured under pet health policy TK 80-221 034, we will pay:

- TPLO surgery right hind leg for cruciate ligament rupture, incl. anaesthesia and X-rays: EUR 2,812.40 (GOT rate 2x)
- follow-up check and bandage changes: EUR 186.20
- less 20 % co-payment: EUR -599.72

Total: EUR 2,398.88. Luna's physiotherapy is covered up to EUR 300 a year; please send those invoices when you have them.

Give Luna a pat from us!

Kind regards,
""")

# d0107
M("N", "de", "internal", "company doctor offers flu vaccination dates for staff (trap: vaccination, no person)",
  frm=f"Betriebsärztlicher Dienst <betriebsarzt@{DOM}>", to=f"Alle Mitarbeitenden Köln <alle-koeln@{DOM}>", client="outlook",
  subj="Grippeschutzimpfung 2026 - Termine buchen",
  date="2026-09-28 09:15",
  body="""
Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet der Betriebsärztliche Dienst die Grippeschutzimpfung kostenlos an.

Termine: 13.-16. Oktober 2026, jeweils 8:30-12:00 und 13:00-15:30 Uhr
Ort: Gesundheitsraum EG, Raum 0.14

Bitte buchen Sie Ihren Termin über das Intranet (Service > Gesundheit > Impftermine). Bringen Sie, wenn vorhanden, Ihren Impfpass mit. Eine Auffrischung gegen COVID-19 ist am selben Termin möglich.

Wer Fragen zur Impfung hat, kann sich vorab vertraulich an Frau Dr. Lemke wenden (Durchwahl -1333).

Ihr Betriebsärztlicher Dienst
""")

# d0108
M("S", "de", "insurer-to-customer", "premium refund from private health insurance to the named customer (personal line, no medical word)",
  frm=ADDR("kowalski"), to="Familie Scheuermann <m.scheuermann@heimnetz.example>", ent="kv",
  subj="Gute Nachricht: Ihre Beitragsrückerstattung",
  date="2026-07-15 08:04", sig="kowalski", html=True,
  tables={"T1": ([["Versicherte Person", "Tarif", "Rückerstattung"],
                  ["Michael Scheuermann", "KomfortPlus", "1.284,00 €"],
                  ["Anja Scheuermann", "KomfortPlus", "1.176,60 €"],
                  ["Lotta Scheuermann", "Kinder KomfortPlus", "402,30 €"]], "pad")},
  body="""
Liebe Familie Scheuermann,

da Sie für das Jahr 2025 keine Leistungen in Anspruch genommen haben, erhalten Sie eine Beitragsrückerstattung:

[[T1]]

Insgesamt überweisen wir 2.862,90 € bis zum 31.07.2026 auf Ihr Beitragskonto.

Hinweis für die Steuererklärung: Die Rückerstattung mindert Ihre abziehbaren Vorsorgeaufwendungen; wir melden sie automatisch an das Finanzamt.

Herzliche Grüße
""")

# d0109
M("C", "de", "insurer-to-partner", "confirmation of buildings cover for the mortgage bank: owners' names, address, policy number, sum insured",
  frm=ADDR("demir"), to="Kreditsicherung Volksbank Rhein-Sieg <kreditsicherung@vb-rheinsieg.example>", ent="av",
  subj="Sicherungsbestätigung WG 40-339 118-5 / Ihr Darlehen 7011-448",
  date="2026-04-22 11:51", sig="demir", sigstyle="short",
  att=[PDF("Sicherungsbestaetigung_WG40339118-5.pdf", [
      ("h", "Sicherungsbestätigung für Grundpfandrechtsgläubiger"),
      ("t", [["", ""], ["Versicherungsnehmer", "Daniel und Sophie Ackermann"],
             ["Versichertes Gebäude", "Zum Steinbruch 18, 53773 Hennef, Einfamilienhaus, Baujahr 2019"],
             ["Versicherungsschein-Nr.", "WG 40-339 118-5"], ["Gefahren", "Feuer, Leitungswasser, Sturm/Hagel, Elementar"],
             ["Versicherungssumme", "Wert 1914: 38.200 Mark (gleitender Neuwert)"], ["Gläubigerin", "Volksbank Rhein-Sieg eG, Darlehen 7011-448"]]),
      ("p", "Wir bestätigen, dass der Versicherungsschutz besteht und die Beiträge bis 31.12.2026 bezahlt sind. Wir verpflichten uns, die Gläubigerin über Zahlungsverzug und Kündigung zu informieren (§§ 142 ff. VVG).")],
      title="Sicherungsbestätigung")],
  body="""
Sehr geehrte Damen und Herren,

wie von unseren Versicherungsnehmern gewünscht, erhalten Sie anbei die Sicherungsbestätigung für das Objekt in Hennef.

Mit freundlichen Grüßen
""")

# d0110
M("N", "de", "insurer-to-broker", "webinar invitation for brokers on the long-term care reform (trap: care vocabulary, no person)",
  frm=ADDR("vogel"), to=f"Makler Region Süd <makler-sued@{DOM}>", ent="kv",
  subj="Webinar: Pflegereform 2026 - was ändert sich für Ihre Kunden?",
  date="2026-05-12 13:00", sig="vogel",
  att=[ICS("Webinar_Pflegereform.ics", "WEB-PFLEGE-2026-06-02@versicherer.example", "Webinar Pflegereform 2026",
           "20260602T100000", "20260602T110000", ("Katharina Vogel", f"katharina.vogel@{DOM}"),
           location="Online (Link folgt nach Anmeldung)",
           description="Neue Eigenanteile im Heim, Entlastungsbudget, Folgen für Pflegetagegeld und Pflegerente. Referent: Dr. Jens Kroll.",
           method="PUBLISH")],
  body="""
Liebe Partnerinnen und Partner,

die Pflegereform bringt ab Juli neue Leistungsbeträge und ein gemeinsames Entlastungsbudget für Verhinderungs- und Kurzzeitpflege. Was heißt das für die Beratung zur Pflegezusatzversicherung?

Webinar am 2. Juni 2026, 10:00-11:00 Uhr, mit Dr. Jens Kroll (Produktmanagement Pflege):
- Überblick Leistungen der sozialen Pflegeversicherung nach Pflegegraden
- Versorgungslücke im Pflegeheim: Beispielrechnungen
- Argumente für Pflegetagegeld vs. Pflegekostenversicherung

Anmeldung im Maklerportal. Den Termin können Sie sich schon mit der angehängten Datei vormerken.

Viele Grüße
""")

# d0111
M("S", "de", "insurer-to-customer", "newborn added to the mother's health insurance: baby's name, birth date, birth clinic",
  frm=ADDR("nguyen"), to="Sarah Ferreira-Böhm <sarah.boehm@familie-boehm.example>", ent="kv",
  subj="Herzlichen Glückwunsch - Kindernachversicherung Emil",
  date="2026-08-04 10:39", sig="nguyen",
  body="""
Liebe Frau Ferreira-Böhm,

herzlichen Glückwunsch zur Geburt Ihres Sohnes!

Wir haben Emil Ferreira-Böhm, geboren am 21.07.2026 in der Frauenklinik Köln-Holweide, ab Geburt ohne Gesundheitsprüfung und ohne Wartezeiten in Ihren Vertrag aufgenommen:

Vers.-Nr. KV 118 502 310 / versicherte Person 03
Tarife: Kinder KomfortPlus, Krankentagegeld für Kinder nicht vorgesehen
Monatsbeitrag: 148,27 €

Die Kosten der Geburt und des Aufenthalts auf der Neugeborenenstation rechnen wir wie besprochen direkt mit der Klinik ab. Die Hebammenrechnung für die Nachsorge reichen Sie bitte einfach über die App ein.

Alles Gute für Sie drei!
""")

# d0112
M("C", "de", "insurer-to-customer", "traffic legal expenses cover for a speeding fine: named customer, file number, policy",
  frm=ADDR("lindqvist"), to="Stefan Gruber <stefan.gruber@webpost.example>", ent="av",
  subj="Bußgeldverfahren - Deckungszusage RS 22-845 901",
  date="2026-04-13 09:07", sig="lindqvist",
  body="""
Sehr geehrter Herr Gruber,

für das Bußgeldverfahren wegen Geschwindigkeitsüberschreitung (Bußgeldstelle Kreis Euskirchen, Az. 540.118233.5, Tatvorwurf: 34 km/h außerorts, 1 Monat Fahrverbot) erteilen wir Kostenschutz aus Ihrem Verkehrs-Rechtsschutz RS 22-845 901.

Versichert sind die Anwaltskosten sowie die Kosten eines Sachverständigen zur Überprüfung der Messung. Ihre Selbstbeteiligung beträgt 150 €.

Bitte geben Sie Ihrem Anwalt unsere Schaden-Nr. 26-RS-009122.

Mit freundlichen Grüßen
""")

# d0113
M("N", "en", "insurer-to-partner", "IFRS 17 reporting timetable for the group; no personal data",
  frm=ADDR("morgan"), to=["Controlling Team <controlling@versicherer.example>", "Finance Business Partner <fbp@versicherer-re.example>"],
  subj="H1 2026 closing - IFRS 17 timetable",
  date="2026-06-01 09:45", sig="morgan",
  body="""
Dear all,

for the H1 2026 closing the following deadlines apply (all CET):

 3 Jul  cash flows and assumptions frozen
 8 Jul  CSM roll-forward per portfolio (PAA portfolios: LRC/LIC)
10 Jul  risk adjustment (confidence level to be disclosed: 75th percentile)
15 Jul  consolidation package
22 Jul  board review

Please use the updated templates v2026.2 in the SharePoint folder; the old ones don't contain the new onerous-contract flag.

Thanks,
""")

# d0114
M("S", "en", "insurer-to-doctor", "query to a US imaging centre about CPT coding of a named member's MRI",
  frm=ADDR("whitfield"), to="Billing Department <billing@lakeshore-imaging.example>", ent="kv",
  subj="Member Thomas Reichert, DOS 03/17/2026 - coding query",
  date="2026-04-06 16:18", sig="whitfield",
  body="""
Dear billing team,

we have received your invoice no. LI-448102 for our member Thomas Reichert (DOB 09/23/1977, member ID GC-0058870-01), date of service 03/17/2026.

The invoice lists:
- CPT 72148 MRI lumbar spine without contrast - USD 1,850.00
- CPT 72149 MRI lumbar spine with contrast - USD 2,400.00

According to the radiology report only one examination was performed (without and then with contrast), which should be billed as CPT 72158. Could you please check and send us a corrected invoice? We will then settle it directly.

Kind regards,
""")

# d0115
M("N", "de", "internal", "announcement of a test environment refresh with pseudonymised data (trap: data-protection words)",
  frm=f"IT Test-Management <testmanagement@{DOM}>", to=f"Fachbereiche Test <test-koordination@{DOM}>", client="outlook",
  subj="Refresh der Testumgebung T2 am 18./19.04.",
  date="2026-04-10 14:22",
  body="""
Hallo zusammen,

am Wochenende 18./19.04. frischen wir die Testumgebung T2 mit einem Abzug der Produktion vom 31.03. auf.

Wichtig:
- Alle personenbezogenen Daten werden wie immer pseudonymisiert (Namen, Anschriften, Geburtsdaten, Bankverbindungen, Diagnosen/ICD, Freitexte).
- Selbst angelegte Testfälle in T2 gehen verloren. Bitte bis Freitag, 12 Uhr, sichern.
- T2 ist von Samstag 6 Uhr bis Montag 7 Uhr nicht verfügbar.

Wer für seine Tests bestimmte Konstellationen braucht (z. B. Verträge mit Leistungsfall), meldet sich bitte bis Mittwoch bei uns - wir erzeugen dann synthetische Daten.

Viele Grüße
Team Test-Management
""")

# d0116
M("C", "en", "insurer-to-customer", "kitchen fire claim: named customer, claim number, insured address, settlement amount",
  frm=ADDR("demir"), to="Lucy Hargreaves <lucy.hargreaves@lemail.example>", ent="av",
  subj="Your claim 26-H-0021140 - kitchen fire",
  date="2026-05-04 12:20", sig="demir",
  body="""
Dear Ms Hargreaves,

I hope you have recovered from the shock of the fire in your kitchen on 24 April. Luckily, as you told me, nobody was hurt.

Following the visit of our loss adjuster at Aachener Str. 512, 50933 Köln, we can settle the claim under your home contents policy HR 7731-65029 as follows:

  Kitchen appliances (replacement value)     EUR 3,460.00
  Kitchen cabinets (contents share)          EUR 2,180.00
  Cleaning and deodorising                   EUR   890.00
  Hotel costs 3 nights                       EUR   417.00
  Total                                      EUR 6,947.00

Damage to the built-in kitchen that belongs to your landlord is a matter for the landlord's building insurance; I have informed them.

Kind regards,
""")

# d0117
M("S", "de", "lawyer", "claimant's lawyer disputes a rejected disability claim citing depression and burnout treatment; forwarded to the insurer's outside counsel",
  frm=ADDR("schreiber"), to="RA Christoph Lanz <lanz@lanz-versicherungsrecht.example>", ent="lv",
  subj="WG: BU-Leistungsfall Nadine Roth - Klageandrohung",
  date="2026-05-08 17:05", sig="schreiber",
  att=[EML(INNER("Kanzlei Vogt Versicherungsrecht <post@vogt-versicherungsrecht.example>", f"leistung.leben@{DOM}",
                 "BU 60-448 201 / Nadine Roth - Ihre Ablehnung vom 14.04.2026", "2026-05-06 11:30",
                 """Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Frau Nadine Roth, geb. 03.12.1984, mit der Wahrnehmung ihrer Interessen beauftragt hat. Vollmacht anbei.

Ihre Ablehnung der BU-Leistung vom 14.04.2026 ist unzutreffend. Unsere Mandantin ist seit dem 01.09.2025 wegen einer schweren depressiven Episode (F32.2) und eines Erschöpfungssyndroms durchgehend arbeitsunfähig. Sie befand sich vom 20.10. bis 15.12.2025 in stationärer Behandlung in der Psychosomatischen Klinik Bad Honnef und wird seitdem ambulant psychotherapeutisch behandelt (Verhaltenstherapie, wöchentlich) und medikamentös eingestellt (Venlafaxin 150 mg).

Ihre Annahme, unsere Mandantin könne ihre Tätigkeit als Teamleiterin im Vertrieb zu mehr als 50 % ausüben, entbehrt jeder Grundlage. Das von Ihnen eingeholte Aktengutachten berücksichtigt den Entlassungsbericht nicht.

Wir fordern Sie auf, bis 27.05.2026 die Leistungspflicht anzuerkennen. Andernfalls werden wir Klage erheben.

Mit freundlichen Grüßen
Vogt
Fachanwalt für Versicherungsrecht""", "<20260506113012.vogt-448201@vogt-versicherungsrecht.example>"),
      fn="BU Roth - Schreiben RA Vogt.eml")],
  body="""
Lieber Herr Lanz,

anbei das Schreiben des Kollegen Vogt im Fall Roth. Die Leistungsakte (inkl. Entlassungsbericht und Aktengutachten Dr. Faber) stelle ich Ihnen morgen im Datenraum bereit.

Ich halte eine persönliche Begutachtung für sinnvoll, bevor wir uns festlegen. Können wir am Dienstag kurz telefonieren?

Beste Grüße
""")

# d0118
M("N", "en", "insurer-to-supplier", "answers to a cloud vendor's security questionnaire; no personal data",
  frm=ADDR("raman"), to="Vendor Security <vendor-security@cloudsuite.example>",
  subj="RE: Security assessment - questionnaire section C",
  date="2026-02-09 11:38", sig="raman", sigstyle="short",
  body="""
Hi Mark,

here are our answers to the open questions in section C:

C.4  Data residency: all tenant data must remain in EU data centres (Frankfurt/Amsterdam); no support access from outside the EU without prior approval.
C.7  Encryption: customer-managed keys (BYOK) required for the storage layer; TLS 1.2+ only.
C.9  Logging: audit logs exported daily to our SIEM, retention 6 years.
C.12 Sub-processors: please provide the list and notify changes 30 days in advance.

We'll send section D (business continuity) by Friday.

Best,
""")

# d0119
M("C", "en", "insurer-to-company", "proof of insurance for a leasing company: named lessee, VIN, registration, policy number",
  frm=ADDR("brenner"), to="Insurance Desk <insurance@mobilease-fleet.example>", ent="av",
  subj="Proof of comprehensive cover - contract ML-2026-55102",
  date="2026-05-15 09:58", sig="brenner", sigstyle="short",
  body="""
Dear Sir or Madam,

we confirm that the following vehicle is insured with us with fully comprehensive cover:

Lessee / policyholder: Dr. Katrin Vahldieck
Leasing contract: ML-2026-55102
Vehicle: Audi Q4 e-tron 45, VIN WAUZZZFZ7RP044218, registration BN-KV 450E
Policy: KF-2247 3310, comprehensive deductible EUR 300, partial cover EUR 150
Period: from 12/05/2026 (annual renewal)

The leasing company is registered as the owner; a security certificate (Sicherungsschein) has been issued in your favour.

Kind regards,
""")

# d0120
M("S", "de", "insurer-to-company", "employer's group health insurance (bKV) enrolment with employees' names, birth dates and chosen health tariffs",
  frm=ADDR("paulsen"), to="Birgit Kuhlmann <b.kuhlmann@rheinland-software.example>", ent="kv",
  subj="bKV - Bestätigung der Anmeldungen zum 01.07.2026",
  date="2026-06-23 15:41", sig="paulsen",
  att=[XLSX("bKV_Rheinland_Software_Anmeldungen_2026-07.xlsx", {"Anmeldungen": [
      ["Pers.-Nr.", "Name", "Geburtsdatum", "Baustein", "Mitversicherte", "Vers.-Nr."],
      ["4401", "Brückner, Lisa", "1991-02-14", "Zahn + Vorsorge", "-", "BKV-7102-0011"],
      ["4412", "Ogunleye, David", "1987-09-30", "Zahn + Stationär", "Ehefrau", "BKV-7102-0012"],
      ["4415", "Schäfer, Jonas", "1999-06-06", "Budget 600", "-", "BKV-7102-0013"],
      ["4421", "Wendt, Marie", "1983-11-21", "Zahn + Budget 600", "2 Kinder", "BKV-7102-0014"]]}, author="Paulsen, Henrik")],
  body="""
Hallo Frau Kuhlmann,

die Anmeldungen zur betrieblichen Krankenversicherung zum 01.07.2026 sind verarbeitet, Übersicht anbei. Die Mitarbeitenden erhalten ihre Versicherungsbestätigung und die Zugangsdaten zur App direkt von uns.

Zur Anfrage von Herrn Ogunleye: Die Mitversicherung seiner Ehefrau erfolgt im Rahmen der Gruppe ohne Gesundheitsprüfung, der Beitrag wird aber privat getragen und nicht über die Gehaltsabrechnung.

Viele Grüße
""")

# d0121
M("N", "de", "internal", "ICD coding training material for new claims staff with generic codes (trap: ICD codes and diagnoses, no person)",
  frm=ADDR("kroeger"), to=f"Neue Kolleg:innen Leistung Kranken <einarbeitung-kv@{DOM}>", ent="kv",
  subj="Übungsblatt ICD-10-GM für Mittwoch",
  date="2026-02-16 16:50", sig="kroeger", sigstyle="name",
  att=[XLSX("Uebung_ICD10_Zusatzkennzeichen.xlsx", {"Übung": [
      ["Nr.", "Rechnungstext (Beispiel)", "ICD-10-GM", "Zusatzkennzeichen", "Ihre Lösung: Tarifbereich"],
      [1, "Gonarthrose rechts, gesichert", "M17.1", "G R", ""],
      [2, "V. a. Asthma bronchiale", "J45.9", "V", ""],
      [3, "Z. n. Appendektomie", "Z90.4", "Z", ""],
      [4, "Ausschluss Fraktur Handgelenk links", "S62.-", "A L", ""],
      [5, "Myopie beidseits", "H52.1", "G B", ""],
      [6, "Schwangerschaftsvorsorge", "Z34", "G", ""]]}, author="Kröger, Sabine")],
  body="""
Hallo zusammen,

wie angekündigt das Übungsblatt zu den Zusatzkennzeichen (G, V, A, Z und Seitenangaben R, L, B). Das sind Beispieltexte, keine echten Fälle. Bitte bis Mittwoch die letzte Spalte ausfüllen, wir besprechen es in der Einarbeitungsrunde.

Viele Grüße
""")

# d0122
M("C", "en", "insurer-to-customer", "returned direct debit for a motor policy: named customer, policy, amount and a (structurally invalid) IBAN he supplied",
  frm=ADDR("kowalski"), to="Mark Ellison <mark.ellison@outpost-mail.example>", ent="av",
  subj="Returned direct debit - your motor policy KF-2236 9014",
  date="2026-04-03 10:12", sig="kowalski",
  body=f"""
Dear Mr Ellison,

unfortunately the direct debit of EUR 214.80 for your motor policy KF-2236 9014 (Skoda Superb, K-ME 2204) was returned on 1 April.

The new account details you gave us by phone seem to contain a typo - the IBAN

  {IBX("DE", "370100500412557801")}

is not valid (the check digits do not match). Could you please check it and send us the correct IBAN? Alternatively you can transfer the amount to our account, quoting your policy number.

Please note that cover may be at risk if the premium is not paid within two weeks of this reminder.

Kind regards,
""")

# d0123
M("S", "en", "insurer-to-customer", "pre-authorisation of an MRI for the addressee's back pain (expat health plan)",
  frm=ADDR("whitfield"), to="Pieter de Vries <pieter.devries@nordpost.example>", ent="kv",
  subj="Pre-authorisation MRI - approved",
  date="2026-06-08 08:55", sig="whitfield", sigstyle="short",
  body="""
Dear Mr de Vries,

good news: the MRI of your lumbar spine requested by Dr. Oyelaran (referral of 5 June, suspected disc herniation L5/S1 with sciatica on the left) has been approved.

Pre-authorisation no.: PA-26-07741
Provider: Dubai Diagnostic Centre, Al Wasl Road
Valid until: 8 July 2026

Please show this number at the reception; the centre will bill us directly. If the MRI confirms a herniated disc and surgery is recommended, we will need a new pre-authorisation.

Get well soon,
""")

# d0124
M("N", "de", "internal", "summary of a court judgment on disability insurance with anonymised claimant (trap: medical and BU vocabulary, no person)",
  frm=ADDR("schreiber"), to=f"Leistung Leben <leistung-leben@{DOM}>", ent="lv",
  subj="BGH zur konkreten Verweisung - Urteilsbesprechung",
  date="2026-03-30 12:31", sig="schreiber", sigstyle="short",
  body="""
Liebe Kolleginnen und Kollegen,

kurz zum aktuellen BGH-Urteil (IV ZR 181/25), das für unsere Nachprüfungsverfahren relevant ist:

Sachverhalt (anonymisiert): Der Kläger, ein Tischler, bezog wegen eines Bandscheibenleidens BU-Rente. Nach einer Umschulung arbeitete er als Bauzeichner. Der Versicherer stellte die Leistung unter Verweis auf die neue Tätigkeit ein.

Entscheidung: Die konkrete Verweisung ist nur zulässig, wenn die neue Tätigkeit der bisherigen Lebensstellung entspricht; ein Einkommensverlust von mehr als 20 % ist regelmäßig unzumutbar. Maßgeblich ist das Bruttoeinkommen im Vergleich.

Folgen für uns:
1. Bei jeder Nachprüfung mit konkreter Verweisung Einkommensvergleich dokumentieren.
2. Musterschreiben N-07 wird bis Ende April angepasst.

Fragen gern an mich.
""")

# d0125
M("C", "de", "assessor", "loss adjuster's report on fire damage to a building owned by a named doctor (practice building; no patient data)",
  frm=ADDR("hartmann"), to="Dr. med. Frieder Nolte <f.nolte@praxis-nolte.example>", ent="av",
  subj="Gutachten Brandschaden Praxisgebäude - Ihr Vertrag GB-5540-2231",
  date="2026-06-18 13:33", sig="hartmann",
  att=[PDF("Gutachten_Brandschaden_Nolte_26-S-00871.pdf", [
      ("h", "Gutachten Brandschaden - Schaden-Nr. 26-S-00871"),
      ("small", "Ingenieurbüro Thelen · Sachverständige für Gebäudeschäden · Aachen"),
      ("t", [["", ""], ["Versicherungsnehmer", "Dr. med. Frieder Nolte"], ["Objekt", "Praxis- und Wohnhaus, Marktstraße 6, 52249 Eschweiler"],
             ["Vertrag", "GB-5540-2231 (Gewerbliche Gebäudeversicherung)"], ["Schadentag", "02.06.2026"],
             ["Ursache", "Kurzschluss in der Unterverteilung Kellergeschoss"]]),
      ("p", "Schadenumfang: Elektroinstallation KG und EG, Rußbeaufschlagung Treppenhaus und Praxisräume EG (Wartezimmer, Anmeldung), Löschwasserschaden im KG."),
      ("t", [["Position", "Betrag"], ["Elektroinstallation", "18.420,00 EUR"], ["Malerarbeiten / Rußreinigung", "12.880,00 EUR"],
             ["Trocknung", "4.150,00 EUR"], ["Mietausfall Wohnung OG (2 Monate)", "2.100,00 EUR"], ["Summe", "37.550,00 EUR"]]),
      ("p", "Eschweiler, 15.06.2026 - Dipl.-Ing. M. Thelen")], title="Gutachten 26-S-00871")],
  body="""
Sehr geehrter Herr Dr. Nolte,

anbei das Gutachten des Sachverständigen zum Brandschaden an Ihrem Praxisgebäude. Wir werden den Gebäudeschaden wie festgestellt regulieren. Die Betriebsunterbrechung Ihrer Praxis (Schließung 03.-12.06.) wird separat über die Praxisausfallversicherung bearbeitet - dafür benötigen wir noch die BWA des Vorjahres.

Mit freundlichen Grüßen
""")

# d0126
M("S", "de", "insurer-to-customer", "daily sickness allowance for a self-employed customer with ICD code from the sick note",
  frm=ADDR("kroeger"), to="Nicole Albers <friseur-albers@mailbox.example>", ent="kv",
  subj="Krankentagegeld ab 22. Tag",
  date="2026-07-02 11:26", sig="kroeger", charset="iso-8859-1",
  body="""
Sehr geehrte Frau Albers,

vielen Dank für die Arbeitsunfähigkeitsbescheinigungen von Dr. Rautenberg (AU seit 02.06.2026, Diagnose F43.2 G, Folgebescheinigung bis 10.07.2026).

Aus Ihrem Krankentagegeldtarif KT 22 zahlen wir ab dem 22. Tag der Arbeitsunfähigkeit, also ab dem 23.06.2026, ein Krankentagegeld von 120 EUR täglich. Für den Zeitraum 23.06. bis 30.06.2026 überweisen wir heute 960 EUR.

Bitte senden Sie uns die weiteren AU-Bescheinigungen jeweils zeitnah. Sollte die Arbeitsunfähigkeit länger als drei Monate dauern, melden wir uns wegen eines Berichts Ihrer behandelnden Ärztin.

Mit freundlichen Grüßen
""")

# d0127
M("N", "de", "insurer-to-supplier", "hotel room block for a broker event; company booking data only",
  frm=ADDR("reuter"), to="Bankett Hotel Atlantik am Hafen <bankett@atlantik-hafen.example>",
  subj="Maklertag Nord 23.04. - Zimmerkontingent und Technik",
  date="2026-03-12 10:05", sig="reuter", sigstyle="short",
  body="""
Hallo Frau Behrens,

danke für das Angebot. Wir bestätigen:

- Tagungsraum Elbe 1+2, 23.04., 8:00-18:00, parlamentarisch für 120 Personen
- Technik: 2 Beamer, 4 Funkmikrofone, Livestream-Paket
- Zimmerkontingent 22.04.-23.04.: 25 EZ, Abruf bis 26.03., Buchungscode VERS0423
- Get-together ab 17 Uhr auf der Terrasse, Fingerfood-Variante 2

Rechnung bitte an Versicherer Holding AG, Einkauf, Bestell-Nr. 4500129201.

Viele Grüße
""")

# d0128
M("C", "en", "insurer-to-customer", "lost luggage claim: named traveller, policy and claim number, flight details",
  frm=ADDR("seidel"), to="Hannah Liebermann <h.liebermann@lemail.example>", ent="av",
  subj="Claim RG-26-018820 - delayed suitcase",
  date="2026-08-12 14:49", sig="seidel",
  body="""
Dear Ms Liebermann,

we are sorry your suitcase did not arrive in Palermo (flight EW 9870, 2 August). Under your travel policy TR-2026-0612290, baggage delay cover pays up to EUR 500 for essential purchases.

Your receipts for clothes and toiletries total EUR 382.70. We will pay this amount; please first send us the airline's PIR number (Property Irregularity Report) and confirm whether the airline has already paid you anything.

Kind regards,
""")

# d0129
M("S", "en", "insurer-to-partner", "life reinsurance claims bordereau listing named insured persons, dates of birth and causes of death (looks like a statistic)",
  frm=ADDR("stone"), to="Life Claims <life.claims@rueckversicherung.example>", ent="lv",
  subj="Q2 2026 life claims bordereau - treaty SX-LIFE-2019",
  date="2026-07-20 10:30", sig="stone",
  att=[XLSX("SX-LIFE-2019_claims_Q2-2026.xlsx", {"Claims": [
      ["Claim ref", "Policy", "Insured", "DOB", "Date of death", "Cause", "Sum at risk EUR", "Reinsurer share EUR"],
      ["LC-26-0188", "LV 60 201 778-2", "Gerd Hollenbeck", "1959-04-02", "2026-04-11", "C34.1 lung cancer", 420000, 220000],
      ["LC-26-0203", "LV 60 388 102-9", "Martina Kessler-Noack", "1971-10-19", "2026-05-02", "I21.0 myocardial infarction", 600000, 400000],
      ["LC-26-0217", "LV 60 412 556-1", "Björn Asmussen", "1980-01-27", "2026-06-09", "V43.5 road accident", 350000, 150000]]},
      author="Stone, Rebecca")],
  body="""
Dear colleagues,

attached is the claims bordereau for Q2 2026 under the surplus treaty SX-LIFE-2019: three claims above retention, total reinsurer share EUR 770,000. Cash call to follow with the quarterly account.

Claim LC-26-0203 occurred within the contestability period; our review of the application is complete and no non-disclosure was found.

Best regards,
""")

# d0130
M("N", "en", "newsletter", "generic customer newsletter about preventive check-ups (trap: medical vocabulary, no person)",
  frm=f"Versicherer Health News <newsletter@{DOM}>", to="health-news-en@versicherer.example",
  subj="Which check-ups does your plan pay for?",
  date="2026-09-03 08:00", cte="quoted-printable",
  html="""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Health News</title></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:14px;color:#202020">
<div style="max-width:620px;margin:auto">
<h1 style="color:#006d5b">Prevention pays off</h1>
<p>Dear members,</p>
<p>many serious illnesses can be treated much better when they are found early. Your Global Care plan pays 100&nbsp;% for these check-ups, with no effect on your no-claims bonus:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e3f2ef"><th>Check-up</th><th>From age</th><th>How often</th></tr>
<tr><td>General health check (blood pressure, blood sugar, cholesterol)</td><td>18</td><td>every 3 years; yearly from 35</td></tr>
<tr><td>Skin cancer screening</td><td>35</td><td>every 2 years</td></tr>
<tr><td>Cervical cancer screening</td><td>20</td><td>yearly</td></tr>
<tr><td>Mammography</td><td>50</td><td>every 2 years</td></tr>
<tr><td>Colonoscopy</td><td>50</td><td>twice, 10 years apart</td></tr>
<tr><td>Vaccinations recommended by STIKO</td><td>all ages</td><td>as recommended</td></tr>
</table>
<p>Book your appointment today &ndash; and submit the invoice in the app as usual.</p>
<p style="font-size:11px;color:#777">Versicherer Krankenversicherung a.G., Cologne. <a href="https://www.versicherer.example/en/newsletter/unsubscribe">Unsubscribe</a></p>
</div></body></html>
""")

# d0131
M("C", "de", "insurer-to-applicant", "job offer with the candidate's salary (income of a named person)",
  frm=ADDR("weiss"), to="Melike Aslan <melike.aslan@mailbox.example>",
  subj="Ihr Vertragsangebot als Data Engineer",
  date="2026-05-26 17:12", sig="weiss",
  att=[PDF("Vertragsangebot_Aslan_Melike.pdf", [
      ("h", "Angebot Arbeitsvertrag"),
      ("p", "Frau Melike Aslan, Neusser Wall 14, 50670 Köln"),
      ("p", "Position: Data Engineer (m/w/d), IT Architektur, Versicherer Holding AG, Köln\nBeginn: 01.08.2026, unbefristet, Probezeit 6 Monate\nArbeitszeit: 38 Stunden/Woche, mobiles Arbeiten bis 60 %"),
      ("t", [["Vergütung", "Betrag"], ["Jahresbruttogehalt (13 Gehälter)", "68.900 EUR"], ["Zielbonus", "bis 8 % vom Jahresbrutto"],
             ["Arbeitgeberfinanzierte bAV", "4 % vom Jahresbrutto"]]),
      ("p", "Bitte senden Sie uns ein unterschriebenes Exemplar bis 09.06.2026 zurück.")], title="Vertragsangebot")],
  body="""
Liebe Frau Aslan,

es hat uns sehr gefreut, Sie kennenzulernen! Wie am Telefon besprochen erhalten Sie anbei unser Vertragsangebot mit einem Jahresbruttogehalt von 68.900 €.

Wenn Sie Fragen haben, melden Sie sich gern. Wir freuen uns auf Ihre Zusage.

Herzliche Grüße
""")

# d0132
M("S", "de", "insurer-to-pharmacy", "rejection of a medical cannabis prescription for a named insured (narcotic, indication)",
  frm=ADDR("kroeger"), to="Rosen-Apotheke Bonn <info@rosen-apotheke-bonn.example>", ent="kv",
  subj="Ihre Anfrage Direktabrechnung - Herr Lukas Perschke",
  date="2026-07-09 09:52", sig="kroeger", sigstyle="short",
  body="""
Sehr geehrte Frau Nettekoven,

zu Ihrer Anfrage vom 07.07. für Herrn Lukas Perschke (Vers.-Nr. KV 118 330 917):

Die Verordnung über Cannabisblüten (Sorte Pedanios 22/1, 30 g/Monat, BtM-Rezept Dr. Sandhoff vom 03.07.2026) können wir nicht in die Direktabrechnung übernehmen. Für Cannabis zu medizinischen Zwecken ist nach unseren Bedingungen vorab eine Kostenzusage nötig, die bisher nicht beantragt wurde.

Herr Perschke kann die Rechnung selbst einreichen; dann prüfen wir auf Grundlage eines ärztlichen Berichts (Indikation, bisherige Therapien), ob eine Erstattung möglich ist. Wir haben ihn entsprechend informiert.

Freundliche Grüße
""")

# d0133
M("N", "en", "internal", "office move announcement; rooms and dates only",
  frm=ADDR("richter"), to=f"IT Architecture <it-architektur@{DOM}>",
  subj="Your move to the 5th floor on 12 June",
  date="2026-06-04 15:16", sig="richter", sigstyle="short",
  body="""
Hello team,

the move to 5th floor north is confirmed for Friday, 12 June:

- boxes will be delivered on Tuesday, please label them with your new desk number (5.N.01 to 5.N.24),
- pack personal items and monitors by Friday 10 am,
- the movers take care of docking stations and chairs,
- from Monday 15 June the new floor is ready; badges are updated automatically.

The quiet room 5.14 and the two phone boxes can be booked in the room app as usual.

Thanks,
""")

# d0134
M("C", "de", "broker", "broker's power of attorney for a new client (name, date of birth, address) forwarded to the previous broker pool for portfolio transfer",
  frm=ADDR("reuter"), to="Bestandsservice Maklerpool Nord <bestand@maklerpool-nord.example>",
  subj="WG: Maklerwechsel Familie Lindemann - Vollmacht",
  date="2026-07-07 11:03", sig="reuter", sigstyle="short",
  att=[PDF("Maklervollmacht_Lindemann.pdf", [
      ("h", "Maklervertrag und Maklervollmacht"),
      ("p", "Auftraggeber: Carsten Lindemann, geb. 08.02.1976, und Anja Lindemann, geb. Wolters, geb. 25.05.1978\nAnschrift: Fasanenweg 11, 24214 Gettorf"),
      ("p", "Bevollmächtigter: Finanzkontor Küste GmbH, Kiel (Vermittlerregister D-6M3T-UAZXH-21)"),
      ("p", "Umfang: Betreuung der bestehenden Verträge Kfz (KF-1803 9921), Hausrat (HR 7729-88410), Privathaftpflicht (PH 31-229 870) sowie Neuabschlüsse."),
      ("p", "Gettorf, 30.06.2026 - Unterschriften C. Lindemann, A. Lindemann")], title="Maklervollmacht")],
  body="""
Sehr geehrte Damen und Herren,

Familie Lindemann hat die Betreuung ihrer Verträge auf die Finanzkontor Küste GmbH übertragen (Vollmacht anbei). Wir stellen die Verträge zum 01.08.2026 auf den neuen Vermittler um. Bitte kurze Bestätigung, dass Sie keine Einwände haben.

Mit freundlichen Grüßen
""",
  quote=OQ("Finanzkontor Küste <service@finanzkontor-kueste.example>", "Mittwoch, 1. Juli 2026 09:47", "maklerbetreuung-nord@versicherer.example",
           "Maklerwechsel Familie Lindemann", """Guten Morgen Herr Reuter,
anbei die Maklervollmacht von Familie Lindemann. Bitte die drei Verträge auf uns übertragen. Danke!
Viele Grüße aus Kiel
Tjark Petersen"""))

# d0135
M("N", "en", "insurer-to-supplier", "job posting for a medical underwriter sent to a job board (trap: medical vocabulary, no person)",
  frm=ADDR("weiss"), to="Job Ads <ads@insurancejobs-europe.example>",
  subj="Ad booking: Senior Medical Underwriter (m/f/d) - 30 days",
  date="2026-07-14 13:30", sig="weiss", sigstyle="short",
  body="""
Hello,

please publish the following ad for 30 days (package "Premium", order ref. VH-2026-031):

Senior Medical Underwriter (m/f/d) - Life & Disability, Cologne or remote (Germany)

- assess complex life, disability and critical illness applications, including medical reports, lab results and specialist opinions
- develop our underwriting manual together with our chief medical officer and reinsurers
- train brokers and colleagues on medical underwriting
- you are a physician, nurse or life underwriter with 5+ years of experience, fluent in German and English

Apply at: https://karriere.versicherer.example/jobs/2026-031

Invoice to Versicherer Holding AG, Procurement, PO 4500129780.

Thank you,
""")

# d0136
M("S", "de", "insurer-to-customer", "orthodontic treatment plan for the customer's daughter (KIG grade, brace costs)",
  frm=ADDR("wendland"), to="Thomas Weißenfels <t.weissenfels@kabelmail.example>", ent="kv",
  subj="Kieferorthopädische Behandlung Ihrer Tochter Mia",
  date="2026-09-09 10:07", sig="wendland",
  att=[PDF("Leistungszusage_KFO_Weissenfels_Mia.pdf", [
      ("h", "Leistungszusage Kieferorthopädie"),
      ("p", "Versicherte Person: Mia Weißenfels, geb. 14.04.2015 · Tarif ZahnPlus 90 (Kinder)"),
      ("p", "Behandlungsplan Dr. Ingrid Hesselmann, Kieferorthopädin, vom 25.08.2026: KIG-Einstufung D4 (Distalbiss, vergrößerte Frontzahnstufe 7 mm). Behandlung mit festsitzender Multibracket-Apparatur OK/UK, voraussichtliche Dauer 36 Monate."),
      ("t", [["Position", "Betrag"], ["Kassenanteil (nach Abschluss)", "2.980,00 EUR"], ["Mehrkosten Keramikbrackets, Lingualretainer", "1.640,00 EUR"],
             ["Unsere Erstattung 90 % der Mehrkosten", "1.476,00 EUR"]])], title="Leistungszusage KFO")],
  body="""
Sehr geehrter Herr Weißenfels,

vielen Dank für den Behandlungsplan der Kieferorthopädin. Für Mia übernehmen wir 90 % der Mehrkosten, die die gesetzliche Krankenkasse nicht trägt. Die Einzelheiten finden Sie in der angehängten Leistungszusage.

Die Rechnungen reichen Sie bitte jeweils quartalsweise ein.

Mit freundlichen Grüßen
""")

# d0137
M("N", "de", "insurer-to-broker", "general change of commission rates for all brokers (aggregate terms, no person)",
  frm=ADDR("reuter"), to=f"Makler Region Nord <makler-nord@{DOM}>",
  subj="Courtagevereinbarung: neue Sätze Sach ab 01.01.2027",
  date="2026-10-01 09:00", sig="reuter",
  body="""
Liebe Partnerinnen und Partner,

zum 01.01.2027 passen wir die Courtagesätze im Privatkundengeschäft Sach an:

Hausrat: 20 % laufend (bisher 17,5 %)
Wohngebäude: 17,5 % laufend (unverändert)
Privathaftpflicht: 20 % laufend (bisher 17,5 %)
Rechtsschutz: 15 % laufend, Abschlusscourtage entfällt

Für Bestandsverträge gelten die neuen Sätze ab der Hauptfälligkeit 2027. Den Nachtrag zur Courtagevereinbarung erhalten Sie über die Vermittlerpost.

Viele Grüße
""")

# d0138
M("C", "de", "insurer-to-customer", "personalised satisfaction survey that names the customer's claim number and contract line (looks like marketing)",
  frm=f"Versicherer Kundenbefragung <umfrage@{DOM}>", to="Jörg Pfeiffer <joerg.pfeiffer@t-net.example>", client="system", mailer="Feedback Engine 2.3",
  subj="Wie zufrieden waren Sie mit unserer Schadenbearbeitung?",
  date="2026-07-28 18:30", html=True,
  body="""
Guten Tag Herr Pfeiffer,

vor kurzem haben wir Ihren Leitungswasserschaden (Schaden-Nr. 26-H-0030912, Hausratversicherung HR 7730-41277) abgeschlossen.

Wie zufrieden waren Sie mit uns? Die Umfrage dauert 3 Minuten:
https://feedback.versicherer.example/s/26-H-0030912

Als Dankeschön spenden wir für jede Teilnahme 2 € an die Aktion Kinderherz.

Vielen Dank!
Ihr Kundenservice
""")

# d0139
M("S", "de", "insurer-to-customer", "change of beneficiary in a life insurance contract (personal line, no medical word)",
  frm=ADDR("stanek"), to="Frank Dombrowski <f.dombrowski@webpost.example>", ent="lv",
  subj="Bestätigung Änderung Bezugsrecht",
  date="2026-09-16 14:25", sig="stanek",
  body="""
Sehr geehrter Herr Dombrowski,

wir bestätigen die Änderung des Bezugsrechts in Ihrer Lebensversicherung LV 60 295 004-3 mit Wirkung vom 10.09.2026:

Bezugsberechtigt im Todesfall (widerruflich):
1. Frau Carina Neumeister, geb. 02.05.1979, zu 100 %
2. ersatzweise Ihre Kinder zu gleichen Teilen

Das bisherige Bezugsrecht zugunsten Ihrer geschiedenen Ehefrau ist damit widerrufen. Bezugsrecht für den Erlebensfall: Sie selbst.

Mit freundlichen Grüßen
""")

# d0140
M("N", "en", "auto-reply", "bilingual out-of-office reply without any personal or contract data",
  frm=ADDR("hartmann"), to="Patrick Moll <p.moll@industrie-makler.example>", client="outlook",
  subj="Automatische Antwort: Angebot Maschinenversicherung",
  date="2026-08-10 08:03", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  body="""
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 21.08.2026 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an firmenkunden-sach@versicherer.example oder +49 221 555-5200.

Thank you for your message. I am out of the office until 21 August 2026. For urgent matters please contact firmenkunden-sach@versicherer.example or +49 221 555-5200.

Sven Hartmann
""")

# ---------------------------------------------------------------- batch 5: d0141-d0180

# d0141
M("S", "de", "customer", "customer's own mail about her rehab after hip surgery forwarded to the rehab clinic",
  frm=ADDR("kroeger"), to="Aufnahmemanagement Reha Bad Münstereifel <aufnahme@reha-muenstereifel.example>", ent="kv",
  subj="WG: Reha nach Hüft OP wann gehts los??",
  date="2026-04-24 08:58", sig="kroeger", sigstyle="short",
  body="""
Guten Morgen,

unten die Nachricht unserer Versicherten. Die Kostenzusage (KUE-26-013980) haben wir Ihnen am 17.04. geschickt. Können Sie Frau Opitz bitte direkt wegen des Aufnahmetermins anrufen? Danke!

Viele Grüße
""",
  quote=FW("Waltraud Opitz <w.opitz1951@kabelmail.example>", "23.04.2026, 21:37", "leistung.kranken@versicherer.example",
           "Reha nach Hüft OP wann gehts los??", """
Sehr geehrte Frau Kröger

ich bin seit Dienstag aus dem Krankenhaus raus (neues Hüftgelenk links, Dr Brauer Marienhospital) und sitze jetzt zuhause und keiner sagt mir wann die Reha anfängt. Im KH hiess es die Klinik in Bad Münstereifel meldet sich. Hat sich aber keiner gemeldet. Ich kann mit den Krücken kaum die Treppe und mein Mann ist auch nicht mehr so fit.
Können Sie da mal anrufen?? Meine Nummer ist 02251 555 71 40

MfG Waltraud Opitz
Vers Nr KV 104 590 112
"""))

# d0142
M("N", "de", "internal", "blood donation drive in the office (trap: blood, health words, no person)",
  frm=ADDR("baumann"), to=f"Alle Mitarbeitenden Köln <alle-koeln@{DOM}>",
  subj="Blutspende im Haus am 19. März - jetzt Termin sichern",
  date="2026-03-02 11:11", sig="baumann", sigstyle="short",
  body="""
Liebe Kolleginnen und Kollegen,

am Donnerstag, 19. März, kommt der Blutspendedienst wieder zu uns ins Haus (Konferenzzentrum EG, 10-16 Uhr).

- Dauer: ca. 1 Stunde inkl. Untersuchung und Imbiss, die eigentliche Spende 10 Minuten
- Mitbringen: Personalausweis, ggf. Blutspendeausweis
- Vorher gut essen und viel trinken
- Die Zeit gilt als Arbeitszeit

Terminreservierung über den Link im Intranet. Letztes Mal kamen 112 Spenderinnen und Spender - schaffen wir 150?

Viele Grüße
""")

# d0143
M("C", "de", "insurer-to-customer", "car theft: named customer, policy, registration, police file number, keys",
  frm=ADDR("brenner"), to="Sebastian Krämer <s.kraemer@webpost.example>", ent="av",
  subj="Diebstahl Ihres Fahrzeugs D-SK 1180 - Schaden-Nr. 26-K-0061402",
  date="2026-05-27 14:16", sig="brenner",
  body="""
Sehr geehrter Herr Krämer,

es tut mir leid, dass Ihr Wagen gestohlen wurde. Ich habe den Diebstahl unter der Schaden-Nr. 26-K-0061402 zu Ihrer Kfz-Versicherung KF-2210 5573 (Teilkasko, SB 150 €) angelegt.

Bitte schicken Sie mir:
1. die Diebstahlanzeige der Polizei Düsseldorf (Tagebuch-Nr. 26-0522-31877 haben Sie mir schon genannt),
2. per Einschreiben alle Fahrzeugschlüssel (laut Hersteller 2 Stück plus Notschlüssel),
3. die Zulassungsbescheinigung Teil II im Original,
4. den ausgefüllten Fragebogen zum Fahrzeugdiebstahl (kommt per Post).

Wird das Fahrzeug innerhalb eines Monats gefunden, sind Sie verpflichtet, es zurückzunehmen. Danach erhalten Sie den Wiederbeschaffungswert laut Gutachten.

Mit freundlichen Grüßen
""")

# d0144
M("N", "de", "insurer-to-partner", "answer to the industry association's survey with aggregated health benefit spending (trap: benefit categories, no person)",
  frm=ADDR("kroeger"), to="Statistik Verband der Privaten Krankenversicherung <statistik@pkv-verband.example>", ent="kv",
  subj="Leistungsstatistik 2025 - Meldung Versicherer Kranken",
  date="2026-04-29 16:02", sig="kroeger",
  att=[XLSX("Leistungsstatistik_2025_VersichererKV.xlsx", {"Leistungen 2025": [
      ["Leistungsbereich", "Ausgaben 2025 (Tsd. EUR)", "Ausgaben 2024 (Tsd. EUR)", "Veränderung"],
      ["Ambulante ärztliche Behandlung", 412880, 391204, "5,5 %"],
      ["Arzneimittel", 228113, 209870, "8,7 %"],
      ["Heil- und Hilfsmittel", 97340, 90112, "8,0 %"],
      ["Zahnbehandlung / Zahnersatz", 181225, 176540, "2,7 %"],
      ["Stationäre Behandlung", 506774, 480330, "5,5 %"],
      ["Krankentagegeld", 58610, 55902, "4,8 %"],
      ["Pflege (PPV)", 147301, 134620, "9,4 %"]]}, author="Kröger, Sabine")],
  body="""
Sehr geehrte Damen und Herren,

anbei unsere Meldung zur Leistungsstatistik 2025 in der gewünschten Gliederung. Die Zahlen sind noch nicht testiert; Abweichungen zum Geschäftsbericht melden wir bis 15.06.

Mit freundlichen Grüßen
""")

# d0145
M("S", "en", "insurer-to-customer", "maternity benefits for the addressee: delivery, midwife visits, newborn check",
  frm=ADDR("whitfield"), to="Charlotte Dubois <charlotte.dubois@lemail.example>", ent="kv",
  subj="RE: invoices birth of Léa",
  date="2026-07-21 09:33", sig="whitfield",
  body="""
Dear Ms Dubois,

congratulations again on the birth of Léa! We have settled the invoices you sent:

- Hospital Rotkreuzklinikum Munich, delivery 2-5 July (spontaneous birth, 3 nights, private room): EUR 4,912.30 - paid directly to the hospital
- Midwife Ms Hofbauer, 12 home visits after the birth plus breastfeeding advice: EUR 918.40 - reimbursed to you
- Paediatrician, newborn screening and U2 check-up: EUR 164.85 - reimbursed to you

Léa is covered from birth under your plan (member no. GC-0049102-03). For the U3 check-up and the vaccinations you can simply send us the invoices as usual.

Best wishes to all three of you,
""")

# d0146
M("C", "en", "insurer-to-customer", "landlord insurance: named landlord with rental income, policy number and property address",
  frm=ADDR("hartmann"), to="Daniel Whitcombe <d.whitcombe@nordpost.example>", ent="av",
  subj="Your landlord policy VM-6610 0237 - rent loss cover",
  date="2026-05-06 11:45", sig="hartmann",
  body="""
Dear Mr Whitcombe,

thank you for the updated rent roll for your building at Zülpicher Str. 88, 50937 Köln. We have adjusted your landlord policy VM-6610 0237 as follows:

- annual rental income insured: EUR 86,400 (6 flats, previously EUR 79,200),
- rent loss after an insured event: up to 24 months,
- buildings sum insured: unchanged.

The additional premium is EUR 38.40 a year from 1 June 2026. An endorsement will follow by post.

Best regards,
""")

# d0147
M("N", "en", "insurer-to-supplier", "software licence renewal request; commercial data only",
  frm=ADDR("krueger"), to="Renewals Team <renewals@diagramtools.example>",
  subj="Licence renewal - customer no. 77120, 250 seats",
  date="2026-08-18 13:20", sig="krueger", sigstyle="short",
  body="""
Hello,

we would like to renew our subscription (customer no. 77120) for another 24 months from 1 October 2026, reducing the seats from 300 to 250.

Please send a quote including the public-sector-style discount we discussed (15 %), payment terms 30 days net, and the updated DPA (version 2026). Our PO will follow once the quote is approved.

Kind regards,
""")

# d0148
M("S", "de", "insurer-to-customer", "appointment for a care-grade reassessment of the named insured (calendar file), increased care needs",
  frm=ADDR("yilmaz"), to="Ute Kerkhoff <ute.kerkhoff@familie-kerkhoff.example>", ent="kv",
  subj="Begutachtungstermin für Ihren Vater",
  date="2026-06-11 10:17", sig="yilmaz",
  att=[ICS("Begutachtung_Kerkhoff.ics", "PFL-BEG-26-004417@versicherer.example", "Pflegebegutachtung Herr Ewald Kerkhoff (Höherstufung)",
           "20260623T100000", "20260623T113000", ("Felix Yilmaz", f"felix.yilmaz@{DOM}"),
           [("Ute Kerkhoff", "ute.kerkhoff@familie-kerkhoff.example")],
           location="Haus Abendrot, Zimmer 112, Kirchstraße 4, 41460 Neuss",
           description="Gutachterin: Frau Anke Reimers (Pflegefachkraft, Medicproof). Bitte Pflegedokumentation, Medikamentenplan und aktuelle Arztberichte bereithalten.")],
  body="""
Sehr geehrte Frau Kerkhoff,

Sie haben für Ihren Vater, Herrn Ewald Kerkhoff, eine Höherstufung beantragt, weil sich seine Demenz deutlich verschlechtert hat und er nachts zunehmend unruhig ist.

Die Begutachtung findet am 23.06.2026 um 10:00 Uhr in seinem Pflegeheim statt (Termin im Anhang). Es wäre gut, wenn Sie oder eine andere Vertrauensperson dabei sein könnten. Bitte legen Sie den aktuellen Medikamentenplan und die Pflegedokumentation der letzten vier Wochen bereit.

Mit freundlichen Grüßen
""")

# d0149
M("C", "de", "insurer-to-customer", "lost employer keys under private liability: named customer, claim and policy number, employer's locking system",
  frm=ADDR("oltmanns"), to="Katrin Bielefeld <k.bielefeld@mailbox.example>", ent="av",
  subj="AW: Schlüssel verloren - 26-HP-0041029",
  date="2026-06-16 15:58", sig="oltmanns", sigstyle="short", client="outlook",
  body="""
Hallo Frau Bielefeld,

der Verlust des Generalschlüssels Ihres Arbeitgebers ist über Ihre Privathaftpflicht PH 31-558 310 mitversichert (Schlüsselverlust fremder beruflicher Schlüssel bis 20.000 €, SB 150 €).

Bitte bitten Sie die Hausverwaltung Ihres Arbeitgebers (Kanzlei Stöcker & Partner) um:
- einen Kostenvoranschlag für den Austausch der Schließanlage,
- die Bestätigung, dass die Anlage wirklich ausgetauscht werden muss (kein Austausch einzelner Zylinder möglich).

Den Kostenvoranschlag kann die Hausverwaltung direkt an mich schicken, Schaden-Nr. bitte angeben.

Viele Grüße
J. Oltmanns
""",
  quote=OQ("Katrin Bielefeld <k.bielefeld@mailbox.example>", "Dienstag, 16. Juni 2026 12:40", "schaden@versicherer.example",
           "Schlüssel verloren", """Hallo,
ich habe am Samstag beim Joggen meinen Schlüsselbund verloren, da war auch der Generalschlüssel vom Büro dran (Kanzlei Stöcker, Bonn). Jetzt soll die ganze Schließanlage getauscht werden, ca 8.000 Euro!!! Zahlt das meine Haftpflicht?
Katrin Bielefeld"""))

# d0150
M("N", "de", "insurer-to-supplier", "print layout approval of a specimen policy with placeholder customer 'Max Mustermann' (trap: looks like personal contract data)",
  frm=ADDR("baumann"), to="Output-Service Druckzentrum <layout@druckzentrum-west.example>",
  subj="Freigabe Layout Versicherungsschein Kranken V3",
  date="2026-02-27 12:49", sig="baumann", sigstyle="short",
  att=[PDF("Musterpolice_KV_Layout_V3.pdf", [
      ("h", "MUSTER - Versicherungsschein Krankenversicherung"),
      ("p", "Versicherungsnehmer: Max Mustermann, Musterstraße 1, 12345 Musterstadt\nVersicherungsschein-Nr.: KV 000 000 000 · Beginn: 01.01.2027"),
      ("t", [["Versicherte Person", "Geburtsdatum", "Tarif", "Monatsbeitrag"],
             ["Max Mustermann", "01.01.1970", "KomfortPlus", "0.000,00 EUR"],
             ["Erika Mustermann", "01.01.1972", "KomfortPlus", "0.000,00 EUR"]]),
      ("p", "Besondere Vereinbarungen: [Platzhalter Risikozuschlag / Leistungsausschluss]"),
      ("small", "MUSTER - nicht zur Verwendung. Layout V3, Schrift Source Sans, Stand 02/2026.")], title="Musterpolice V3")],
  body="""
Hallo Herr Yıldırım,

die Musterpolice V3 ist freigegeben (siehe Anhang, nur die Musterdaten). Bitte die Schriftgröße in der Tabelle "Versicherte Personen" noch auf 9 pt setzen, dann kann der Test mit dem Echt-Output-Strom starten - natürlich erst in der gesicherten Testumgebung.

Danke!
""")

# d0151
M("S", "de", "insurer-to-doctor", "query to a doctor about the justification of an elevated GOÄ factor for a named patient's treatment",
  frm=ADDR("kroeger"), to="Praxis Dr. Kaltenbach <verwaltung@derma-kaltenbach.example>", ent="kv",
  subj="Ihre Rechnung Nr. 2026-01877 - Patientin Ines Warnke",
  date="2026-05-05 10:43", sig="kroeger",
  body="""
Sehr geehrte Damen und Herren,

unsere Versicherte Frau Ines Warnke hat uns Ihre Rechnung Nr. 2026-01877 vom 14.04.2026 eingereicht (Behandlung 23.03.-10.04.2026, Diagnose L40.0 G Psoriasis vulgaris).

Die Nrn. 209 (großflächige Auftragung von Externa) und 567 (Phototherapie) wurden jeweils mit dem 3,5-fachen Satz berechnet. Die Begründung "erhöhter Zeitaufwand" ist nach § 12 Abs. 3 GOÄ nicht ausreichend patientenbezogen.

Bitte teilen Sie uns - mit Einverständnis Ihrer Patientin - mit, worin die besondere Schwierigkeit im konkreten Fall lag. Bis dahin erstatten wir bis zum Schwellenwert (2,3-fach bzw. 1,8-fach).

Mit freundlichen Grüßen
""")

# d0152
M("N", "de", "newsletter", "broker portal release notes; no personal data",
  frm=f"Versicherer Maklerportal <no-reply@{DOM}>", to="maklerportal-news@versicherer.example",
  subj="Maklerportal Release 26.3 - das ist neu",
  date="2026-06-30 07:45",
  body="""
Maklerportal Release 26.3 (live ab 30.06.2026)

Neu:
- Vermittlerpost: Dokumente lassen sich jetzt nach Sparte und Dokumentart filtern; Sammeldownload als ZIP.
- BiPRO 430.4: Ihr MVP kann Schadenmeldungen und Nachträge automatisch abholen. Die Zugangsdaten für die Schnittstelle richtet Ihr Makleradministrator unter "Firma > Technische Benutzer" ein.
- Sichere Kommunikation: Nachrichten an Ihre Kundinnen und Kunden können Sie direkt aus dem Portal verschlüsselt versenden.
- Zwei-Faktor-Anmeldung für alle Benutzer mit Bestandsrechten verpflichtend ab 01.09.2026.

Behoben:
- Provisionsabrechnung als CSV: Umlaute in Kundennamen werden korrekt exportiert.
- Angebotsrechner Wohngebäude: Zonierung ZÜRS bei neuen Postleitzahlen.

Ihr Maklerportal-Team
""")

# d0153
M("C", "de", "insurer-to-customer", "one-line cancellation confirmation of a named customer's household contract (looks trivial)",
  frm=ADDR("kowalski"), to="Timo Reuschel <timo.reuschel@uni-mail.example>", ent="av", client="mobile",
  subj="Re: Kündigung Hausrat",
  date="2026-03-27 17:48",
  body="""
Hallo Herr Reuschel,

passt, Ihre Hausrat HR 7731-44019 endet zum 01.05.2026. Die Bestätigung kommt noch per Post.

Gruß L. Kowalski
""",
  quote=Q("""Am 27.03.2026 um 16:02 schrieb Timo Reuschel <timo.reuschel@uni-mail.example>:
Hi, ich zieh in eine WG und brauch die Hausrat nicht mehr, geht das zum 1.5.? Danke"""))

# d0154
M("S", "en", "insurer-to-customer", "remaining physiotherapy/osteopathy sessions of the addressee (short)",
  frm=ADDR("whitfield"), to="Benjamin Osei-Tutu <ben.oseitutu@greenmail.example>", ent="kv",
  subj="RE: how many physio sessions left?",
  date="2026-05-29 12:02", sig="whitfield", sigstyle="name",
  body="""
Hi Ben,

you have used 14 of your 20 physiotherapy sessions for 2026 and 3 of 6 osteopathy sessions. The knee rehab after your ACL reconstruction is covered under the same allowance, so please let us know if Dr. Mertens prescribes more than that - we can then review an extension with his report.

Best,
""")

# d0155
M("N", "en", "internal", "aggregated complaint statistics for group compliance (trap: health claims complaints, no person)",
  frm=ADDR("kowalski"), to="Group Compliance <compliance@versicherer.example>",
  subj="Complaints KPI H1 2026",
  date="2026-07-08 14:14", sig="kowalski", sigstyle="short",
  att=[CSV("complaints_h1_2026.csv", [
      ["entity", "line", "complaints", "per_10k_contracts", "upheld_share", "ombudsman_cases"],
      ["KV", "health - benefits", "612", "4.1", "0.38", "21"],
      ["KV", "health - premiums", "288", "1.9", "0.12", "9"],
      ["LV", "life - payout", "141", "1.2", "0.29", "6"],
      ["LV", "disability", "97", "5.3", "0.22", "11"],
      ["AV", "motor claims", "530", "2.6", "0.41", "4"],
      ["AV", "household/buildings", "402", "1.8", "0.35", "3"]], sep=",")],
  body="""
Hi team,

attached are the H1 2026 complaint figures per entity and line, as defined in the BaFin complaints reporting. Counts only.

Notable: health benefit complaints up 18 % on H1 2025, mainly due to longer processing times in March/April (scanner issue and the new invoice check). Disability complaints are at a high rate per contract but low in absolute numbers.

Lena
""")

# d0156
M("C", "en", "insurer-to-broker", "yacht hull insurance for a named client: vessel, value, mooring and policy number",
  frm=ADDR("osei"), to="Alistair Reid <a.reid@solent-marine-brokers.example>", ent="av",
  subj="Hull renewal - SY 'Nordlys', Mr Henrik Aaberg, policy YH-2019-0311",
  date="2026-03-19 16:40", sig="osei",
  body="""
Dear Alistair,

renewal terms for your client Mr Henrik Aaberg, sailing yacht "Nordlys" (Hallberg-Rassy 44, built 2016, HIN SE-HRB44071K516):

Agreed value:      EUR 465,000 (2025: 480,000)
Navigation area:   North Sea, Baltic, English Channel, Bay of Biscay to 45°N
Mooring:           Marina Kiel-Schilksee, winter storage Bootswerft Lindemann
Deductible:        EUR 2,500 (EUR 5,000 for named storm)
Premium:           EUR 3,720 incl. P&I (limit EUR 5 m)

Crew: owner skipper plus max. 2 paid crew for the delivery to Brittany in June - please confirm the dates.

Best regards,
""")

# d0157
M("S", "de", "insurer-to-company", "premium waiver due to occupational disability in an employee's direct life insurance (personal line, named employee)",
  frm=ADDR("paulsen"), to="Entgeltabrechnung Stahlbau Wiechers <lohn@stahlbau-wiechers.example>", ent="lv",
  subj="Direktversicherung LV-BAV-6612-0087 - Beitragsbefreiung",
  date="2026-09-22 13:05", sig="paulsen",
  body="""
Sehr geehrte Damen und Herren,

für Ihren Mitarbeiter Herrn Andrzej Kowalczyk (Pers.-Nr. 2280) haben wir aus der eingeschlossenen Berufsunfähigkeits-Zusatzversicherung Leistungen anerkannt.

Für die Direktversicherung LV-BAV-6612-0087 gilt daher ab 01.07.2026 Beitragsbefreiung. Bitte stellen Sie die Entgeltumwandlung (mtl. 180,00 €) und den Arbeitgeberzuschuss ab der nächsten Abrechnung ein. Die seit Juli zu viel gezahlten Beiträge (3 x 207,00 €) erstatten wir Ihnen in den nächsten Tagen; bitte reichen Sie den Arbeitnehmeranteil an Herrn Kowalczyk weiter.

Details zum Leistungsfall selbst teilen wir Ihnen aus Datenschutzgründen nicht mit.

Mit freundlichen Grüßen
""")

# d0158
M("N", "de", "insurer-to-supplier", "invoice query to a medical translation agency; invoice numbers and prices only (trap: 'medical reports' words)",
  frm=ADDR("krueger"), to="Buchhaltung Lingua Medica <buchhaltung@lingua-medica.example>",
  subj="Rahmenvertrag Übersetzungen - Rechnungen Mai",
  date="2026-06-08 09:44", sig="krueger", sigstyle="short",
  att=[PDF("Lingua_Medica_Sammelrechnung_2026-05.pdf", [
      ("h", "Lingua Medica GmbH - Sammelrechnung Mai 2026"),
      ("p", "Rechnungs-Nr. LM-2026-0517 · Kunde: Versicherer Holding AG, Einkauf · Rahmenvertrag RV-2024-07"),
      ("t", [["Auftrag", "Sprachpaar", "Normzeilen", "Preis/Zeile", "Betrag"],
             ["A-26-1102", "PL-DE medizinisch", "212", "1,95 EUR", "413,40 EUR"],
             ["A-26-1127", "EN-DE medizinisch", "96", "1,75 EUR", "168,00 EUR"],
             ["A-26-1131", "TR-DE medizinisch, Eilzuschlag 50 %", "140", "2,63 EUR", "368,20 EUR"],
             ["Summe netto", "", "", "", "949,60 EUR"]]),
      ("small", "Zahlbar innerhalb von 30 Tagen ohne Abzug.")], title="Sammelrechnung LM-2026-0517")],
  body="""
Sehr geehrte Damen und Herren,

in Ihrer Sammelrechnung LM-2026-0517 wurde für Auftrag A-26-1131 ein Eilzuschlag berechnet. Laut Bestellung war eine Lieferung in 5 Werktagen vereinbart, also Standard. Bitte korrigieren Sie die Position (Normalpreis 1,75 €/Zeile) und schicken Sie uns eine neue Rechnung unter Angabe unserer Bestellnummer 4500126610.

Mit freundlichen Grüßen
""")

# d0159
M("S", "de", "insurer-to-supplier", "medical report of a named insured sent for translation (Polish hospital discharge letter)",
  frm=ADDR("albrecht"), to="Auftragsannahme Lingua Medica <auftrag@lingua-medica.example>", ent="av",
  subj="Übersetzungsauftrag PL-DE - Unfallakte 26-U-0004412",
  date="2026-05-12 10:20", sig="albrecht", sigstyle="short",
  att=[PDF("Wypis_szpitalny_Zielinski.pdf", [
      ("h", "Szpital Wojewódzki w Opolu - Karta informacyjna leczenia szpitalnego"),
      ("p", "Pacjent: Tomasz Zieliński, ur. 14.09.1987, PESEL 87091412345"),
      ("p", "Rozpoznanie: S82.2 Złamanie trzonu kości piszczelowej prawej. S82.4 Złamanie kości strzałkowej prawej."),
      ("p", "Leczenie: Zespolenie śródszpikowe gwoździem (02.04.2026). Profilaktyka przeciwzakrzepowa enoksaparyna 40 mg s.c. Rehabilitacja."),
      ("p", "Pobyt: 01.04.2026 - 08.04.2026. Zalecenia: odciążanie kończyny 6 tygodni, kontrola w poradni ortopedycznej."),
      ("p", "lek. med. Anna Kaczmarek, ortopeda")], title="Karta informacyjna", unicode=True)],
  body="""
Sehr geehrte Damen und Herren,

bitte übersetzen Sie den angehängten Entlassungsbericht (polnisch, 1 Seite) ins Deutsche. Es handelt sich um einen Unfall unseres Versicherten im Urlaub; wir brauchen die Übersetzung für die Invaliditätsprüfung.

Lieferung bitte bis 19.05. an mich, ausschließlich über das sichere Auftragsportal. Bestell-Nr. 4500126610, Rahmenvertrag RV-2024-07.

Vielen Dank
""")

# d0160
M("C", "de", "insurer-to-partner", "handover of unpaid household insurance premiums to a collection agency: named debtor, address, amounts",
  frm=f"Forderungsmanagement <forderungen@{DOM}>", to="Mandantenservice Inkasso Rheinland <mandanten@inkasso-rheinland.example>", client="outlook",
  subj="Neue Abgaben Juni 2026 - Mandant 4410",
  date="2026-06-29 15:35",
  att=[CSV("Abgabe_2026-06_Mandant4410.csv", [
      ["Aktenzeichen", "Schuldner", "Anschrift", "Vertrag", "Hauptforderung", "Mahnkosten", "Fällig seit"],
      ["FM-26-00881", "Kevin Dröge", "Gladbacher Str. 40, 50672 Köln", "HR 7731-50017", "142,80", "10,00", "01.02.2026"],
      ["FM-26-00902", "Selina Marx", "Berliner Str. 7, 51063 Köln", "PH 31-601 227", "78,40", "10,00", "01.03.2026"],
      ["FM-26-00917", "Hakan Öztürk", "Ringstr. 3, 50996 Köln", "KF-2199 4410", "611,35", "15,00", "01.01.2026"]],
      enc="windows-1252", sub="excel")],
  body="""
Sehr geehrte Damen und Herren,

anbei die Abgaben für Juni 2026 (3 Fälle). Die Verträge sind gekündigt, die qualifizierten Mahnungen nach § 38 VVG liegen vor. Kopien stellen wir auf Anforderung bereit.

Mit freundlichen Grüßen
Forderungsmanagement
Versicherer Allgemeine Versicherung AG
""")

# d0161
M("N", "en", "insurer-to-partner", "press statement with aggregated hailstorm claim figures; no personal data",
  frm=ADDR("baumann"), to="Press distribution <press-intl@versicherer.example>",
  subj="Hailstorm 'Xenia': first loss estimate",
  date="2026-07-03 15:00", sig="baumann", sigstyle="short",
  body="""
Cologne, 3 July 2026 - After the hailstorm "Xenia" on 30 June, the Versicherer Group has so far received around 14,800 claim notifications, most of them from the Rhine-Sieg district, Bonn and the Eifel region.

First estimate of the gross loss: EUR 96 million, of which around 70 percent motor (partial cover) and 30 percent buildings and household.

Our mobile claims centres in Siegburg and Euskirchen are open until 12 July. Customers can report claims online around the clock; for cars with hail damage we offer free inspection appointments at 21 drive-in stations.
""")

# d0162
M("S", "en", "doctor", "psychiatrist's letter on a named member's inpatient addiction treatment abroad, forwarded to the assistance partner",
  frm=ADDR("whitfield"), to="Assist24 Medical Team <medical@assist24.example>", ent="kv",
  subj="FW: Treatment update - Mr J. Harrington",
  date="2026-08-20 10:10", sig="whitfield",
  att=[EML(INNER("Dr. Somchai Wattana <dr.wattana@serenity-recovery.example>", f"int.health@{DOM}",
                 "Treatment update - Mr J. Harrington", "2026-08-19 14:05",
                 """Dear colleagues,

as requested, an update on your member Mr James Harrington (DOB 30/01/1975, member no. GC-0041876-01), admitted on 28 July 2026.

Diagnoses: alcohol dependence syndrome (F10.2), moderate depressive episode (F32.1).
Course: medically supervised withdrawal completed without complications (days 1-7, diazepam taper). Currently in week 4 of the residential programme (individual CBT 3x/week, group therapy daily). Sertraline 50 mg since day 10. Motivation good, no relapse.

Recommendation: continue residential treatment until 8 September 2026, then outpatient follow-up in his home country.

Kind regards,
Dr. Somchai Wattana
Medical Director, Serenity Recovery Centre, Chiang Mai""", "<SRC-20260819-0041876@serenity-recovery.example>", lang="en"),
      fn="Treatment update - Mr J. Harrington.eml")],
  body="""
Hi,

please see the clinic's update below (attached). They ask for an extension until 8 September. The plan covers residential addiction treatment up to 60 days per lifetime, so the extension would fit (day 43 on 8 Sept). Please confirm the daily rate with the clinic before we approve.

Thanks,
""")

# d0163
M("N", "de", "internal", "aggregated results of a staff survey on remote work; no person",
  frm=ADDR("weiss"), to=f"Führungskräfte <fuehrungskraefte@{DOM}>",
  subj="Ergebnisse Mitarbeiterbefragung Mobiles Arbeiten",
  date="2026-04-07 08:40", sig="weiss", sigstyle="short",
  body="""
Liebe Führungskräfte,

die Befragung zum mobilen Arbeiten ist ausgewertet (Rücklauf 71 %, 3.412 Antworten):

- 84 % sind mit der aktuellen Regel (bis 60 % mobil) zufrieden oder sehr zufrieden.
- 37 % wünschen sich feste Teamtage im Büro.
- Größter Kritikpunkt: Ausstattung der Desk-Sharing-Flächen (Monitore, Lautstärke).
- Die Einschätzung der eigenen Gesundheit/Belastung ist im Vergleich zu 2024 stabil.

Die Auswertung nach Bereichen (ab 10 Antworten, sonst zusammengefasst) finden Sie im Intranet. Bitte besprechen Sie die Ergebnisse bis Ende Mai in Ihren Teams.

Viele Grüße
""")

# d0164
M("C", "de", "insurer-to-customer", "flood damage in the basement: payout to the named customer's IBAN, claim and policy number",
  frm=ADDR("demir"), to="Ramona Schüller <ramona.schueller@kabelmail.example>", ent="av", html=True,
  subj="Überschwemmung Keller - Ihre Entschädigung",
  date="2026-07-14 10:29", sig="demir",
  tables={"T1": ([["Position", "Betrag"],
                  ["Trocknung (Firma Hydrotec, 18 Tage)", "2.960,00 €"],
                  ["Estrich und Fliesen Waschkeller", "4.115,50 €"],
                  ["Hausrat im Keller (Waschmaschine, Trockner, Vorräte)", "1.380,00 €"],
                  ["abzgl. Selbstbeteiligung Elementar", "-1.000,00 €"],
                  ["Auszahlung", "7.455,50 €"]], "pad")},
  body=f"""
Sehr geehrte Frau Schüller,

zu Ihrem Schaden durch Starkregen am 30.06.2026 (Schaden-Nr. 26-H-0041873, Wohngebäude WG 40-402 117-0 und Hausrat HR 7730-88213) haben wir folgende Entschädigung festgestellt:

[[T1]]

Wir überweisen den Betrag auf Ihr Konto
IBAN: {IB("DE", "370502990112004471")}
Kontoinhaberin: Ramona Schüller

Die Rechnung für die Elektrik steht noch aus; sobald sie da ist, regulieren wir den Rest.

Mit freundlichen Grüßen
""")

# d0165
M("S", "de", "insurer-to-customer", "alternative practitioner invoice (acupuncture, GebüH) and osteopathy for the addressee",
  frm=ADDR("kroeger"), to="Martina Lehnert <martina.lehnert@freenet-mail.example>", ent="kv",
  subj="Ihre Heilpraktikerrechnungen", charset="windows-1252",
  date="2026-08-26 13:12", sig="kroeger",
  att=[PDF("Abrechnung_Heilpraktiker_Lehnert.pdf", [
      ("h", "Leistungsabrechnung Heilpraktiker / Osteopathie"),
      ("p", "Versicherte Person: Martina Lehnert · Vers.-Nr. KV 118 277 634 · Tarif AMB-Natur"),
      ("t", [["Datum", "Behandler", "GebüH-Nr.", "Leistung", "Betrag", "erstattet"],
             ["04.06.2026", "HP Corinna Faust", "1, 4", "Anamnese, Untersuchung (chron. Migräne)", "48,00", "38,40"],
             ["04.06.-23.07.2026", "HP Corinna Faust", "26.1 (8x)", "Akupunktur", "320,00", "256,00"],
             ["15.07.2026", "Osteopathie Brandt", "GOÄ analog", "Osteopathische Behandlung HWS", "95,00", "76,00"],
             ["Summe", "", "", "", "463,00", "370,40"]])], title="Abrechnung Heilpraktiker")],
  body="""
Sehr geehrte Frau Lehnert,

Ihre Rechnungen für die Akupunktur bei Frau Faust und die osteopathische Behandlung haben wir abgerechnet (80 % nach Ihrem Tarif AMB-Natur), die Aufstellung finden Sie im Anhang.

Vom Jahreshöchstbetrag für Naturheilverfahren (1.000 €) haben Sie damit 370,40 € genutzt.

Gute Besserung und freundliche Grüße
""")

# d0166
M("N", "en", "internal", "load test results of the mail gateway pilot (ODS), technical figures only",
  frm=ADDR("raman"), to=[ADDR("hoffmann"), f"Tomasz Wrobel <tomasz.wrobel@{DOM}>", f"Claudia Berthold <claudia.berthold@{DOM}>"],
  subj="Load test results - pilot gateway",
  date="2026-02-05 18:02", sig="raman", sigstyle="name",
  att=[ODS("loadtest_2026-02-03.ods", {"Results": [
      ["Scenario", "Messages/s", "p50 latency ms", "p95 latency ms", "Errors"],
      ["plain text 5 KB", 120, 38, 91, 0],
      ["HTML + 2 MB PDF", 45, 210, 640, 0],
      ["ZIP with 3 office files", 22, 480, 1350, 2],
      ["S/MIME encrypt, 1 recipient", 80, 66, 140, 0],
      ["portal deposit", 60, 95, 310, 0]]})],
  body="""
Hi all,

results from Tuesday's load test attached. Summary: we meet the target (40 msg/s sustained) for everything except nested ZIPs with office documents, where p95 goes above 1 s. The two errors were timeouts on the text extraction of a 40 MB XLSX - expected, the limit is 25 MB.

Proposal: run attachment extraction in a separate worker pool. Let's discuss on Wednesday.

Priya
""")

# d0167
M("C", "en", "insurer-to-company", "cyber insurance claim (CEO fraud) of a named company incl. the deceived employee's name, policy and claim number",
  frm=ADDR("hartmann"), to="Dr. Felix Baumgart <f.baumgart@optik-baumgart.example>", ent="av",
  subj="Cyber claim CY-26-00057 - fraudulent transfer",
  date="2026-09-01 11:07", sig="hartmann",
  body="""
Dear Dr. Baumgart,

thank you for the detailed report on the fraudulent transfer of EUR 48,300 on 26 August. We have registered the claim under your policy CyberProtect SME CP-2026-00412, claim no. CY-26-00057.

From what you describe, your accountant Ms Sandra Lüdtke received an e-mail that appeared to come from you and asked for an urgent payment to a supplier in Portugal. This is covered under the "social engineering" extension (sub-limit EUR 50,000, deductible EUR 2,500), provided the four-eyes principle for new payees was in place.

Our incident response partner CyberReady will contact Ms Lüdtke today to secure the e-mail logs. Please also ask your bank to try a recall of the transfer, if not done yet.

Best regards,
""")

# d0168
M("S", "de", "insurer-to-customer", "accident insurance: appointment for a disability assessment and limb-table rating of the addressee's hand",
  frm=ADDR("albrecht"), to="Marcel Wöhrle <marcel.woehrle@mailbox.example>", ent="av",
  subj="Ihr Unfall vom 09.11.2025 - Begutachtung",
  date="2026-10-05 09:48", sig="albrecht",
  att=[ODT("Schreiben_Begutachtung_Woehrle.odt", [
      ("h", "Begutachtung zur Feststellung der Invalidität"),
      "Unfallversicherung UV 70-412 280 · Versicherte Person: Marcel Wöhrle · Unfall vom 09.11.2025 (Kreissäge, Werkstatt)",
      "Verletzungen laut Bericht BG Unfallklinik Ludwigshafen: Amputation Zeigefinger rechts im Mittelglied, Beugesehnenverletzung Mittelfinger rechts (S68.1, S66.0), Replantation nicht möglich.",
      "Termin: 22.10.2026, 14:30 Uhr, Dr. med. Gerlinde Vaas, Handchirurgie, Kaiserstraße 55, 60329 Frankfurt.",
      "Vorläufige Einschätzung nach Gliedertaxe: Zeigefinger 10 %, zzgl. Funktionsbeeinträchtigung Mittelfinger; endgültige Bemessung nach Gutachten."])],
  body="""
Sehr geehrter Herr Wöhrle,

die ärztliche Behandlung nach Ihrem Unfall ist nun weitgehend abgeschlossen. Um die bleibende Beeinträchtigung (Invalidität) Ihrer rechten Hand festzustellen, haben wir einen Begutachtungstermin bei einer Handchirurgin für Sie vereinbart. Einzelheiten im Anhang.

Fahrtkosten erstatten wir Ihnen gegen Nachweis. Bitte bringen Sie Ihre Röntgenbilder und die Berichte der Ergotherapie mit.

Mit freundlichen Grüßen
""")

# d0169
M("N", "de", "insurer-to-broker", "generic product sheet for disability insurance listing the standard health questions (trap: health questions without a person)",
  frm=ADDR("vogel"), to="Ralf Hinrichs <hinrichs@maklerhaus-sued.example>", ent="lv",
  subj="AW: Unterlagen BU Starter für Ihre Azubi-Aktion",
  date="2026-08-31 14:37", sig="vogel", sigstyle="short",
  att=[PDF("Produktinfo_BU_Starter_2026.pdf", [
      ("h", "BU Starter - Berufsunfähigkeitsschutz für Auszubildende und Studierende"),
      ("p", "Vereinfachte Gesundheitsprüfung mit nur 5 Fragen:"),
      ("p", "1. Wurden Sie in den letzten 3 Jahren stationär behandelt?\n2. Bestehen oder bestanden in den letzten 3 Jahren Krankheiten des Herzens, der Wirbelsäule oder der Psyche?\n3. Wurden Sie in den letzten 5 Jahren psychotherapeutisch behandelt?\n4. Sind Sie HIV-positiv?\n5. Besteht ein Grad der Behinderung?"),
      ("t", [["Eintrittsalter", "BU-Rente 1.000 EUR, Beitrag mtl."], ["16", "21,80 EUR"], ["20", "24,10 EUR"], ["25", "28,60 EUR"]]),
      ("small", "Nur für Vertriebspartner. Es gelten die Bedingungen BU-S 2026.")], title="Produktinfo BU Starter")],
  body="""
Hallo Herr Hinrichs,

anbei die Produktinfo BU Starter für Ihre Aktion an der Berufsschule. Die Gesundheitsfragen sind bewusst kurz gehalten; bei "ja" geht der Antrag in die normale Risikoprüfung.

Viel Erfolg!
K. Vogel
""")

# d0170
M("C", "de", "company", "employer's confirmation of a named employee's employment and gross salary for a rent deposit guarantee, forwarded",
  frm=ADDR("kowalski"), to="Dennis Vukovic <dennis.vukovic@mailbox.example>", ent="av",
  subj="WG: Arbeitgeberbestätigung Herr Vukovic",
  date="2026-04-08 13:01", sig="kowalski", sigstyle="short",
  att=[EML(INNER("Personalabteilung Rheinland Logistik <personal@rheinland-logistik.example>", f"kundenservice@{DOM}",
                 "Arbeitgeberbestätigung Herr Vukovic", "2026-04-07 10:22",
                 """Sehr geehrte Damen und Herren,

hiermit bestätigen wir, dass Herr Dennis Vukovic, geb. 26.01.1996, seit dem 01.12.2025 in ungekündigter Stellung als Disponent bei uns beschäftigt ist. Die Probezeit endet am 31.05.2026.

Das monatliche Bruttogehalt beträgt 3.950,00 EUR (13 Gehälter).

Mit freundlichen Grüßen
i. A. Yvonne Pesch
Personalabteilung
Rheinland Logistik GmbH""", "<9a8b7c6d5e@rheinland-logistik.example>"), fn="Arbeitgeberbestätigung Herr Vukovic.eml")],
  body="""
Hallo Herr Vukovic,

die Bestätigung Ihres Arbeitgebers ist angekommen (zur Info anbei), damit ist Ihr Antrag vollständig. Die Bürgschaftsurkunde geht morgen an Sie raus.

Freundliche Grüße
""")

# d0171
M("S", "en", "insurer-to-customer", "trip cancellation because the customer's son had appendicitis (health data of an identifiable child, travel line)",
  frm=ADDR("seidel"), to="Fiona McAllister <fiona.mcallister@outpost-mail.example>", ent="av",
  subj="Claim RT-26-044118 - cancellation Mallorca",
  date="2026-09-14 11:54", sig="seidel",
  body="""
Dear Ms McAllister,

thank you for the medical certificate from the children's hospital. Your son Callum was admitted on 28 August with acute appendicitis and operated the same night, so the family holiday to Mallorca (departure 30 August) could not take place.

This is an insured reason for cancellation under policy TR-2026-0688102. We will reimburse the cancellation fees of the tour operator (80 % of the travel price, EUR 3,184.00) less the deductible of EUR 100, i.e. EUR 3,084.00.

We hope Callum is fully recovered.

Kind regards,
""")

# d0172
M("N", "en", "insurer-to-customer", "generic answer about postal address and opening hours; no contract data",
  frm=ADDR("kowalski"), to="Wei Zhang <wei.zhang@lemail.example>", ent="av",
  subj="RE: where to send documents",
  date="2026-02-19 09:21", sig="kowalski", sigstyle="short",
  body="""
Dear Mr Zhang,

you can send documents to:

Versicherer Allgemeine Versicherung AG
Postfach 10 44 20
50484 Köln

or upload them in our customer portal, which is faster. Our service centre at Rheinuferstrasse 12 is open Monday to Friday, 9 am to 5 pm; no appointment needed.

Kind regards,
""")

# d0173
M("C", "de", "insurer-to-customer", "short reply about lightning surge damage: named customer with claim number",
  frm=ADDR("demir"), to="Heiko Brandenburg <heiko.brandenburg@heimnetz.example>", ent="av", client="mobile",
  subj="AW: Blitz - TV und Router kaputt",
  date="2026-07-01 19:22",
  body="""
Hallo Herr Brandenburg,

ist angelegt unter 26-H-0040277. Schicken Sie bitte noch die Bestätigung vom Elektriker, dass es Überspannung war, und die Kaufbelege (TV von 2023, Router ist vom Provider, den ersetzt der selbst).

VG Aylin Demir
""")

# d0174
M("N", "en", "insurer-to-partner", "comments on a reinsurance treaty wording draft; no persons (trap: medical underwriting terms)",
  frm=ADDR("stone"), to="Treaty Wording <wording@rueckversicherung.example>",
  subj="Draft wording SX-LIFE-2027 - our comments",
  date="2026-10-12 16:20", sig="stone",
  att=[DOCX("SX-LIFE-2027_comments_Versicherer.docx", [
      ("h", "SX-LIFE-2027 - comments of the cedant"),
      ("t", [["Clause", "Draft", "Our comment"],
             ["4.2 Automatic limits", "EUR 1.5 m per life", "Please increase to EUR 2 m for disability-only risks."],
             ["6.1 Medical underwriting", "according to the reinsurer's manual, current version", "Reference a fixed version (2026.1) and 3 months' notice for changes."],
             ["7.3 Claims cooperation", "all claims above EUR 250k", "Only claims in the first 3 policy years or above EUR 500k."],
             ["9 Data protection", "-", "Add: health data of insured persons only via encrypted channels; pseudonymised bordereaux where possible."]])],
      author="Stone, Rebecca")],
  body="""
Dear colleagues,

please find our comments on the draft wording attached. Most important for us are the automatic limits and a fixed version of the underwriting manual.

Happy to discuss at the renewal meeting on 5 November.

Best regards,
""")

# d0175
M("S", "de", "insurer-to-customer", "premium adjustment in the named customer's private health insurance (personal line, personal premiums)",
  frm=f"Versicherer Krankenversicherung <kundenservice.kranken@{DOM}>", to="Albrecht Sommerfeld <a.sommerfeld@postfach.example>", client="system",
  subj="Information zur Beitragsanpassung zum 01.01.2027", mailer="VERSO Output Management 7.4",
  date="2026-11-12 05:50",
  body="""
Sehr geehrter Herr Sommerfeld,

zum 01.01.2027 passen wir die Beiträge einiger Tarife an. Für Ihren Vertrag KV 104 118 902 bedeutet das:

Tarif            bisher        ab 01.01.2027
KomfortPlus      612,40 €      664,90 €
Zahn 90           38,20 €       38,20 €
KT 43 (100 €)     41,80 €       44,10 €
PVN (Pflege)      52,11 €       56,73 €
Gesamt           744,51 €      803,93 €

Der Beitragszuschuss Ihres Arbeitgebers erhöht sich entsprechend; bitte legen Sie ihm die Arbeitgeberbescheinigung vor, die Sie mit der Post erhalten.

Die ausführliche Begründung, die Nachträge zum Versicherungsschein und Informationen zu Ihrem Tarifwechselrecht nach § 204 VVG erhalten Sie ebenfalls per Post.

Ihr Kundenservice Krankenversicherung
""")

# d0176
M("N", "de", "internal", "company sports course for back health (trap: back pain vocabulary, no person)",
  frm=f"Betriebssport <betriebssport@{DOM}>", to=f"Alle Mitarbeitenden Köln <alle-koeln@{DOM}>", client="thunderbird",
  subj="Neuer Kurs: Rückenfit am Mittag",
  date="2026-09-07 12:30",
  body="""
Hallo zusammen,

ab 15. September startet ein neuer Kurs "Rückenfit am Mittag" mit unserer Physiotherapeutin Lea:

dienstags und donnerstags, 12:15-12:45 Uhr, Sportraum UG

Für alle, die viel sitzen, Verspannungen im Nacken haben oder nach einem Bandscheibenvorfall wieder vorsichtig einsteigen wollen (dann bitte vorher kurz mit dem Arzt abklären). Sportkleidung reicht, Matten sind da.

Anmeldung im Intranet, max. 16 Teilnehmende pro Termin. Kosten übernimmt das betriebliche Gesundheitsmanagement.

Sportliche Grüße
Euer Betriebssport-Team
""")

# d0177
M("C", "de", "insurer-to-customer", "identity check asking the named customer to confirm his date of birth for a motor contract change",
  frm=ADDR("kowalski"), to="Ulrich Baumeister <u.baumeister@t-net.example>", ent="av",
  subj="Rückfrage zu Ihrer Änderung",
  date="2026-10-20 10:40", sig="kowalski",
  body="""
Guten Tag Herr Baumeister,

Sie möchten die Bankverbindung und die Anschrift zu Ihrer Kfz-Versicherung KF-2188 0341 ändern. Zu Ihrer Sicherheit führen wir solche Änderungen nur nach einer Legitimation durch.

Bitte bestätigen Sie uns kurz telefonisch (0221 555-3000) oder per Antwort auf diese Mail Ihr Geburtsdatum. Bei uns ist der 14.03.1968 hinterlegt - wenn das nicht stimmt, melden Sie sich bitte unbedingt, dann prüfen wir, ob jemand unbefugt Änderungen beantragt hat.

Freundliche Grüße
""")

# d0178
M("S", "de", "hospital", "hospital invoice with DRG, OPS and ICD codes for a named patient forwarded to the external invoice audit service",
  frm=ADDR("kroeger"), to="DRG-Prüfservice MedAudit <auftrag@medaudit-service.example>", ent="kv",
  subj="Prüfauftrag KH-Rechnung 2026-778120 - Hr. Reinhold Bartsch",
  date="2026-10-14 15:22", sig="kroeger", sigstyle="short",
  att=[CSV("KH-Rechnung_2026-778120_Positionen.tsv", [
      ["Pos", "Schlüssel", "Bezeichnung", "Menge", "Betrag EUR"],
      ["1", "DRG F59B", "Mäßig komplexe Gefäßeingriffe", "1", "9.811,42"],
      ["2", "ZE 2026-19", "Medikamentefreisetzende Stents", "2", "1.244,00"],
      ["3", "Pflegeentgelt", "Pflegebudget tagesbezogen", "6", "1.512,36"],
      ["4", "Wahlleistung Unterkunft", "Einbettzimmer", "6", "744,00"],
      ["", "Hauptdiagnose", "I70.22 G R (pAVK Stadium IIb, rechts)", "", ""],
      ["", "Nebendiagnosen", "E11.90 G; I10.90 G; Z72.0", "", ""],
      ["", "OPS", "8-836.0s; 8-840.0s", "", ""]], sep="\t")],
  body="""
Hallo Frau Dr. Pätzold,

bitte prüfen Sie die angehängte Rechnung des Klinikums Nordstadt (Patient Reinhold Bartsch, geb. 19.04.1955, Aufenthalt 02.09.-08.09.2026). Auffällig ist die Verweildauer für eine elektive Stent-Versorgung der Beckenarterie; zudem fehlt uns die Begründung für das Zusatzentgelt.

Frist für Einwendungen gegenüber der Klinik: 30.11.2026.

Danke und Gruß
""")

# d0179
M("N", "en", "insurer-to-supplier", "renewal of the multifunction printer contract; company data only",
  frm=ADDR("krueger"), to="Key Account <key.account@printfleet-services.example>",
  subj="MPS contract 2027-2029 - counter-proposal",
  date="2026-10-28 16:08", sig="krueger",
  body="""
Dear Mr Lambert,

thank you for your offer of 15 October for the managed print services 2027-2029. Our counter-proposal:

- 180 devices (instead of 210), mono click price EUR 0.0042, colour EUR 0.029,
- secure print release with badge for all devices in the claims departments,
- service level: response 4 h, fix 8 h, penalties as in the current contract,
- disposal of old devices incl. certified data deletion of the hard disks.

We would need your revised offer by 13 November for the board decision.

Best regards,
""")

# d0180
M("C", "en", "insurer-to-customer", "motor claim without injuries: named customer, claim number, other party's registration",
  frm=ADDR("brenner"), to="Samuel Okonkwo <samuel.okonkwo@greenmail.example>", ent="av",
  subj="Your accident on 2 November - claim 26-K-0088214",
  date="2026-11-04 09:15", sig="brenner",
  body="""
Dear Mr Okonkwo,

thank you for reporting the accident on 2 November at the roundabout in Leverkusen-Opladen. I'm glad to hear nobody was hurt.

Under your motor policy KF-2251 7730 we will handle the damage to the other car (registration LEV-HT 918, owner Mr Heinz Tillmann). To decide on liability I still need:

- the accident report form, if you filled one in with the other driver,
- a short sketch of how the cars were positioned,
- photos of both vehicles, if you have any.

Damage to your own car (Ford Focus, GL-SO 312) is covered by your comprehensive insurance with a EUR 300 deductible, if you want to claim it. Shall I open a second claim for that?

Kind regards,
""")

# ---------------------------------------------------------------- batch 6: d0181-d0219

# d0181
M("S", "de", "pharmacy", "pharmacy's question about a glucose sensor and test strips for a named diabetic insured, forwarded to the aids-management partner",
  frm=ADDR("kroeger"), to="Hilfsmittelmanagement MediLog <kv-auftraege@medilog-hilfsmittel.example>", ent="kv",
  subj="WG: Anfrage CGM-Sensoren Frau Yvonne Marquardt", charset="iso-8859-1", cte="quoted-printable",
  date="2026-03-16 11:05", sig="kroeger", sigstyle="short",
  body="""
Hallo Herr Wenzel,

bitte übernehmen Sie die Versorgung (Rahmenvertrag Hilfsmittel, Modul Diabetes). Die Verordnung liegt der Apotheke vor. Die Versicherte ist im Tarif KomfortPlus, Hilfsmittel 100 %.

Danke
""",
  quote=FW("Apotheke am Wall <info@apotheke-am-wall.example>", "13.03.2026, 16:40", "leistung.kranken@versicherer.example",
           "Anfrage CGM-Sensoren", """
Sehr geehrte Damen und Herren,

Ihre Versicherte Frau Yvonne Marquardt, geb. 22.08.1979, Vers.-Nr. KV 118 009 451, hat eine Verordnung von Dr. Özdemir (Diabetologie) über
- FreeStyle Libre 3 Sensoren, 6 Stück (Quartalsbedarf),
- Blutzuckerteststreifen Accu-Chek Guide, 100 Stück.

Frau Marquardt hat Typ-1-Diabetes und ist mit einer Insulinpumpe versorgt. Können wir die Sensoren direkt mit Ihnen abrechnen oder muss die Patientin in Vorleistung gehen? Der Preis beträgt 377,40 EUR je Quartal.

Mit freundlichen Grüßen
Apotheke am Wall, Apothekerin S. Ruhland"""))

# d0182
M("N", "en", "internal", "internal audit summary of a sample of health claims without names (trap: claims audit, no person)",
  frm="Internal Audit <internal.audit@versicherer.example>", to="Group Audit Committee Office <audit.committee@versicherer.example>",
  subj="Audit report IA-2026-07 (health benefits) - executive summary",
  date="2026-06-19 17:25", client="outlook",
  att=[XLSX("IA-2026-07_findings.xlsx", {"Findings": [
      ["No.", "Finding", "Cases in sample (n=50)", "Rating", "Owner", "Due"],
      ["F1", "GOÄ factor above threshold reimbursed without justification", 6, "medium", "Head of Health Claims", "2026-09-30"],
      ["F2", "Cost approvals for inpatient stays without medical review above EUR 20k", 3, "high", "Head of Health Claims", "2026-08-31"],
      ["F3", "Four-eyes check missing for payments to new bank accounts", 2, "high", "Head of Claims Payments", "2026-07-31"],
      ["F4", "Retention periods of scanned invoices not applied", 50, "low", "IT Archiving", "2026-12-31"]]})],
  body="""
Dear members of the Audit Committee,

attached is the executive summary of audit IA-2026-07 (health insurance benefits, outpatient and inpatient). We reviewed a random sample of 50 claims paid between October 2025 and March 2026. No case-level data is included in this summary.

Overall rating: needs improvement. Two high findings, both with agreed action plans.

Kind regards,
Internal Audit
""")

# d0183
M("C", "de", "insurer-to-customer", "marten damage to the named customer's photovoltaic system: policy number, address, claim",
  frm=ADDR("demir"), to="Bernhard Esser <b.esser@t-net.example>", ent="av", charset="windows-1252",
  subj="Marderschaden an Ihrer Photovoltaikanlage",
  date="2026-04-09 14:33", sig="demir",
  body="""
Sehr geehrter Herr Esser,

vielen Dank für die Fotos. Die durchgebissenen DC-Leitungen an Ihrer PV-Anlage (Am Wiesengrund 14, 53909 Zülpich) sind über den Baustein "Photovoltaik" Ihrer Wohngebäudeversicherung WG 40-377 801-6 versichert, einschließlich Tierbiss.

Bitte lassen Sie die Reparatur durch Ihren Installateur durchführen und schicken Sie uns die Rechnung. Den Ertragsausfall (Anlage steht seit 02.04.) erstatten wir pauschal mit 1,20 € pro kWp und Tag; bei Ihren 9,6 kWp sind das 11,52 € täglich bis zur Reparatur.

Schaden-Nr.: 26-H-0017702

Mit freundlichen Grüßen
""")

# d0184
M("N", "en", "insurer-to-supplier", "commissioning an accessibility audit of the customer portal; no personal data",
  frm=ADDR("raman"), to="Accessibility Lab <projects@a11y-lab.example>",
  subj="Accessibility audit of the secure mail portal - scope",
  date="2026-09-24 10:44", sig="raman",
  body="""
Hello Jana,

as agreed, here is the scope for the audit:

- secure mail portal (registration, login, password reset, inbox, read/reply, attachments), German and English
- test against WCAG 2.2 AA / EN 301 549, including screen reader tests with NVDA and VoiceOver
- the portal must work without JavaScript, so please also test that mode
- test accounts will be provided on the staging system; please do not upload real documents

Deliverables: report with findings and severity by 20 November, retest after fixes in January.

Thanks,
""")

# d0185
M("S", "en", "insurer-to-customer", "travel vaccinations of the addressee reimbursed (yellow fever, rabies, Japanese encephalitis)",
  frm=ADDR("whitfield"), to="Laura Castellanos <laura.castellanos@lemail.example>", ent="kv",
  subj="Reimbursement - vaccinations before your trip",
  date="2026-02-24 15:10", sig="whitfield",
  body="""
Dear Ms Castellanos,

we have reimbursed the vaccinations from the travel clinic at the University Hospital Bonn (invoice of 11 February 2026):

- yellow fever (Stamaril), incl. international certificate: EUR 68.00
- rabies, pre-exposure, 2 doses (Rabipur): EUR 186.40
- Japanese encephalitis, 2 doses (Ixiaro): EUR 232.00
- travel medicine consultation: EUR 40.22

Total EUR 526.62. Travel vaccinations are covered in full under your plan. Have a safe trip to Bolivia!

Kind regards,
""")

# d0186
M("C", "en", "insurer-to-broker", "motor fleet with drivers' names and dates of birth for a UK-managed subsidiary (XLSX)",
  frm=ADDR("brenner"), to="Fleet Desk <fleet@thamesbridge-brokers.example>", ent="av",
  subj="Fleet KF-FL-22-4410 - driver list for renewal",
  date="2026-10-07 09:30", sig="brenner",
  att=[XLSX("Driver_list_Harwell_Instruments_GmbH.xlsx", {"Drivers": [
      ["Vehicle", "Registration", "Driver", "Date of birth", "Licence since", "Claims 3y"],
      ["BMW i4 eDrive40", "F-HI 204E", "Oliver Sandford", "1979-06-11", "1997", 0],
      ["VW ID.4 Pro", "F-HI 211E", "Janina Petzold", "1994-02-28", "2012", 1],
      ["Skoda Enyaq", "F-HI 215E", "Rahul Mehta", "1988-12-03", "2006 (IN), 2019 (DE)", 0],
      ["VW Transporter T6.1", "F-HI 301", "Pool (Service team)", "", "", 2]]}, author="Brenner, Markus")],
  body="""
Dear Sarah,

for the renewal of the Harwell Instruments fleet on 1 December, please check the attached driver list. Two points:

1. Mr Mehta's Indian licence was converted in 2019; we count his driving experience from 2006 if you can send us a copy of the original licence.
2. The Transporter had two claims in 2025 (EUR 4,380 and EUR 1,120). We will offer the renewal with a EUR 500 deductible for this vehicle.

Best regards,
""")

# d0187
M("N", "de", "newsletter", "HTML-only customer newsletter on insuring photovoltaic systems; no personal data",
  frm=f"Versicherer Kundenmagazin <newsletter@{DOM}>", to="kundenmagazin@versicherer.example",
  subj="Sonne auf dem Dach - aber richtig versichert?",
  date="2026-04-16 08:00", cte="quoted-printable",
  html="""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Kundenmagazin April</title></head>
<body style="font-family:Arial,sans-serif;color:#222">
<table width="600" align="center" cellpadding="16" style="border:1px solid #ddd">
<tr><td style="background:#f7b500;font-size:22px;font-weight:bold">Photovoltaik: 5 Fragen, 5 Antworten</td></tr>
<tr><td>
<p><b>1. Ist meine PV-Anlage über die Wohngebäudeversicherung versichert?</b><br>
Fest montierte Anlagen meist ja &ndash; aber oft nur gegen Feuer, Sturm und Hagel. Kurzschluss, Überspannung, Tierbiss oder Bedienfehler brauchen den Zusatzbaustein.</p>
<p><b>2. Was ist mit dem Stromspeicher?</b><br>Speicher im Keller zählen zur Anlage, wenn sie in der Versicherungssumme berücksichtigt sind.</p>
<p><b>3. Und wenn die Anlage keinen Strom liefert?</b><br>Ertragsausfall ist im Baustein bis 12 Monate mitversichert.</p>
<p><b>4. Brauche ich eine Haftpflicht für die Einspeisung?</b><br>Bei privaten Anlagen bis 15 kWp ist das in unserer Privathaftpflicht eingeschlossen.</p>
<p><b>5. Was kostet der Baustein?</b><br>Ab 39 € im Jahr für eine Anlage bis 10 kWp.</p>
<p><a href="https://www.versicherer.example/pv">Mehr erfahren</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777">Versicherer Allgemeine Versicherung AG, Köln &middot; <a href="https://www.versicherer.example/newsletter/abmelden">Abmelden</a></td></tr>
</table></body></html>
""")

# d0188
M("S", "de", "insurer-to-customer", "laser eye surgery request of the addressee (myopia values)",
  frm=ADDR("kroeger"), to="Vanessa Thiel <vanessa.thiel@webpost.example>", ent="kv", client="thunderbird",
  subj="AW: LASIK - Kostenübernahme?",
  date="2026-05-14 16:44", sig="kroeger", sigstyle="name",
  body="""
Hallo Frau Thiel,

eine Femto-LASIK erstatten wir nach Ihrem Tarif, wenn sie medizinisch notwendig ist. Bei Ihren Werten (rechts -5,5 dpt, links -6,25 dpt) und der von Dr. Aydın bescheinigten Kontaktlinsenunverträglichkeit ist das der Fall.

Erstattet werden die Kosten nach GOÄ bis zum 2,3-fachen Satz, pro Auge erfahrungsgemäß ca. 1.800-2.100 €. Bitte schicken Sie uns vorab den Kostenvoranschlag des Augenzentrums, dann erhalten Sie eine verbindliche Zusage.

Viele Grüße
""")

# d0189
M("C", "de", "insurer-to-customer", "stolen luggage in Rome: named traveller, policy and claim number (no health)",
  frm=ADDR("seidel"), to="Gabriele Hoffmann-Lenz <g.hoffmann-lenz@freenet-mail.example>", ent="av", charset="iso-8859-1",
  subj="Reisegepäck - Ihr Schaden RG-26-029973",
  date="2026-06-02 10:06", sig="seidel",
  body="""
Sehr geehrte Frau Hoffmann-Lenz,

vielen Dank für Ihre Meldung zum Diebstahl Ihres Rucksacks am 24.05.2026 in der Metro in Rom. Die Anzeige bei den Carabinieri (denuncia n. 2026/41187) liegt uns vor.

Aus Ihrer Reisegepäckversicherung (Vertrag TR-2026-0514477) erstatten wir den Zeitwert der gestohlenen Sachen. Für die Kamera (Fujifilm X-T30, gekauft 2022) brauchen wir noch den Kaufbeleg; Bargeld ist leider nicht versichert.

Die Kosten für den Ersatzpersonalausweis (37 EUR) und die Sperrung Ihrer Karte übernehmen wir ebenfalls.

Mit freundlichen Grüßen
""")

# d0190
M("S", "de", "insurer-to-broker", "'anonymous' risk pre-enquiry answered to the broker, who can identify his client: asthma, hay fever, BMI (health data, identifiable for the recipient)",
  frm=ADDR("hasselbach"), to="Holger Brandl <h.brandl@brandl-finanz.example>", ent="lv",
  subj="Risikovoranfrage RVA-26-1188 (anonym)",
  date="2026-07-27 12:02", sig="hasselbach", sigstyle="short",
  body="""
Sehr geehrter Herr Brandl,

zu Ihrer anonymen Risikovoranfrage RVA-26-1188 (Ihr Kunde, 34 J., Elektroniker, BU-Rente 2.000 €):

- allergisches Asthma bronchiale, Salbutamol bei Bedarf, Budesonid 200 µg 1-0-1, keine stationären Behandlungen, Lungenfunktion 2025 unauffällig,
- Heuschnupfen (Birke, Gräser), Hyposensibilisierung 2021-2023 abgeschlossen,
- 1,81 m / 88 kg.

Votum: Annahme zu normalen Bedingungen möglich, ohne Ausschluss und ohne Zuschlag, sofern die Angaben im Antrag so bestätigt werden.

Bitte verweisen Sie im Antrag auf die Voranfrage-Nummer.

Mit freundlichen Grüßen
""")

# d0191
M("N", "en", "internal", "town hall meeting invitation with calendar file",
  frm=f"CEO Office <ceo.office@{DOM}>", to=f"All staff <alle@{DOM}>",
  subj="Town hall Q3 - Thursday 8 October, 11:00",
  date="2026-09-29 09:00", client="outlook",
  att=[ICS("Townhall_Q3_2026.ics", "TOWNHALL-2026Q3@versicherer.example", "Town hall Q3 2026",
           "20261008T110000", "20261008T120000", ("CEO Office", f"ceo.office@{DOM}"),
           location="Auditorium / livestream", description="Results Q3, strategy 2030, Q&A with the Board. Questions can be submitted anonymously via the intranet.",
           method="PUBLISH")],
  body="""
Dear colleagues,

the Board invites you to the Q3 town hall on Thursday, 8 October, 11:00-12:00, in the auditorium and via livestream.

Topics: Q3 results, strategy 2030, and your questions. You can submit questions in advance (anonymously, if you prefer) via the intranet.

CEO Office
""")

# d0192
M("C", "de", "insurer-to-customer", "no-claims certificate at the end of a motor contract: named customer, birth date, SF classes, claims",
  frm=f"Kfz-Service <kfz-service@{DOM}>", to="Oksana Melnyk <oksana.melnyk@webpost.example>", client="system", mailer="KRAFT Bescheinigungen 2.1",
  subj="Ihre Bescheinigung über den Schadenverlauf",
  date="2026-01-09 06:02",
  att=[PDF("SF-Bescheinigung_KF-2104-8812.pdf", [
      ("h", "Bescheinigung über den Schadenfreiheitsrabatt"),
      ("t", [["", ""], ["Versicherungsnehmerin", "Oksana Melnyk, geb. 03.11.1990"], ["Vertrag", "KF-2104 8812 (Kennzeichen K-OM 3011)"],
             ["Vertragsdauer", "01.06.2021 - 31.12.2025 (gekündigt durch VN)"], ["SF-Klasse Haftpflicht zum Ablauf", "SF 4"],
             ["SF-Klasse Vollkasko zum Ablauf", "SF 3"], ["Schäden 2024/2025", "1 Haftpflichtschaden am 12.09.2025 (Rückstufung erfolgt 2026)"]]),
      ("p", "Diese Bescheinigung dient der Vorlage bei Ihrem neuen Versicherer.")], title="SF-Bescheinigung")],
  body="""
Sehr geehrte Frau Melnyk,

Ihr Kfz-Vertrag bei uns ist zum 31.12.2025 beendet. Anbei erhalten Sie die Bescheinigung über Ihren Schadenverlauf für Ihren neuen Versicherer.

Wir bedanken uns für Ihr Vertrauen und würden uns freuen, Sie künftig wieder bei uns begrüßen zu dürfen.

Ihr Kfz-Service
Versicherer Allgemeine Versicherung AG
""")

# d0193
M("S", "de", "insurer-to-customer", "hospital daily allowance for the addressee's stay in a psychiatric ward",
  frm=ADDR("kroeger"), to="Patrick Lorenzen <patrick.lorenzen@mailbox.example>", ent="kv",
  subj="Krankenhaustagegeld - Ihre Aufenthalte 2026",
  date="2026-08-05 09:15", sig="kroeger",
  body="""
Sehr geehrter Herr Lorenzen,

vielen Dank für die Aufenthaltsbescheinigung der LVR-Klinik Bonn. Für Ihre stationäre Behandlung auf der Station für Affektive Störungen vom 02.06. bis 24.07.2026 (53 Tage) zahlen wir aus Ihrem Tarif KHT 50 ein Krankenhaustagegeld von 53 x 50 € = 2.650 €.

Die teilstationäre Behandlung in der Tagesklinik ab dem 27.07.2026 ist nach Ihrem Tarif mit dem halben Tagessatz versichert. Bitte reichen Sie uns die Bescheinigung nach Abschluss ein.

Wir wünschen Ihnen alles Gute.

Mit freundlichen Grüßen
""")

# d0194
M("N", "de", "insurer-to-supplier", "call for tenders for medical assessment services with aggregated volumes (trap: medical assessment vocabulary, no person)",
  frm=ADDR("krueger"), to=["Ausschreibungen Medicproof <ausschreibung@medicproof.example>", "Vertrieb GutachtenNetz <vertrieb@gutachtennetz.example>"],
  subj="Ausschreibung 2026-EK-17: Medizinische Gutachterleistungen",
  date="2026-05-20 10:00", sig="krueger",
  att=[DOCX("Leistungsbeschreibung_2026-EK-17.docx", [
      ("h", "Leistungsbeschreibung Ausschreibung 2026-EK-17"),
      "Gegenstand: Erstellung medizinischer Gutachten für die Leistungsprüfung Leben (BU), Unfall und Kranken.",
      ("t", [["Los", "Fachgebiet", "Gutachten p.a. (Schätzung)"],
             ["1", "Orthopädie / Unfallchirurgie", "1.400"],
             ["2", "Psychiatrie / Psychosomatik", "900"],
             ["3", "Innere Medizin / Kardiologie", "350"],
             ["4", "Neurologie", "250"],
             ["5", "Aktengutachten alle Fachgebiete", "2.200"]]),
      "Anforderungen: bundesweites Netz, Untersuchungstermin binnen 4 Wochen, Gutachten binnen 3 Wochen nach Untersuchung, verschlüsselte Übermittlung, Auftragsverarbeitung nach Art. 28 DSGVO, Verpflichtung nach § 203 StGB.",
      "Angebotsfrist: 26.06.2026, 12:00 Uhr, ausschließlich über das Vergabeportal."])],
  body="""
Sehr geehrte Damen und Herren,

wir laden Sie ein, sich an unserer Ausschreibung für medizinische Gutachterleistungen zu beteiligen. Die Leistungsbeschreibung mit den geschätzten Mengen finden Sie im Anhang. Fragen bitte bis 05.06. über das Vergabeportal.

Mit freundlichen Grüßen
""")

# d0195
M("C", "en", "insurer-to-customer", "rental car excess reimbursement: named customer, policy, claim and rental agreement",
  frm=ADDR("seidel"), to="Chloe Jennings <chloe.jennings@nordpost.example>", ent="av",
  subj="Claim XR-26-002147 - rental car excess Lanzarote",
  date="2026-10-19 13:27", sig="seidel", sigstyle="short",
  body="""
Dear Ms Jennings,

the rental company charged you EUR 950 excess for the scratch on the Seat Ibiza (rental agreement ARR-9921847, Arrecife, 3-10 October). Your travel policy TR-2026-0701126 includes excess reimbursement up to EUR 1,500.

We will refund the EUR 950 as soon as we receive the final damage invoice from the rental company (the pre-authorisation on your credit card is not sufficient).

Kind regards,
""")

# d0196
M("S", "en", "insurer-to-customer", "life insurance death claim: beneficiary asked for death certificate and medical cause-of-death certificate",
  frm=ADDR("stanek"), to="Margaret O'Connell <m.oconnell@outpost-mail.example>", ent="lv",
  subj="Policy LV 60 377 215-8 - our condolences",
  date="2026-08-17 11:02", sig="stanek",
  body="""
Dear Mrs O'Connell,

please accept our sincere condolences on the death of your husband, Mr Patrick O'Connell.

You are the named beneficiary under his life insurance policy LV 60 377 215-8 (sum insured EUR 150,000). As the policy started less than three years ago, we need the following to process the claim:

1. an official death certificate (a copy is sufficient),
2. the medical certificate of the cause of death, or a report from the last treating doctor stating the cause of death and the illnesses that preceded it,
3. a release from medical confidentiality signed by you as the heir, using the enclosed form,
4. a copy of your passport.

I know this is a difficult time. Please call me if anything is unclear; I will handle the claim personally.

With kind regards,
""")

# d0197
M("N", "en", "internal", "fictitious data-breach tabletop exercise scenario (trap: 'lost laptop with health claims', no real person)",
  frm=ADDR("meier"), to=f"Crisis Team <crisis-team@{DOM}>",
  subj="Tabletop exercise 14 Oct - scenario",
  date="2026-10-06 15:40", sig="meier", sigstyle="short",
  att=[ODT("Tabletop_2026-10-14_Scenario.odt", [
      ("h", "Tabletop exercise: data breach"),
      "FICTITIOUS SCENARIO - exercise only",
      "08:10 A field sales employee reports that a laptop was stolen from his car in a car park in Düsseldorf. According to him, the laptop contains an Excel export with approx. 2,000 health insurance claims (names, diagnoses, amounts). The hard disk encryption status is unclear.",
      "09:30 A journalist calls the press office and asks whether customer data has been lost.",
      "Questions: Who decides on notifying the supervisory authority (72 h, Art. 33 GDPR)? Do we have to inform the customers (Art. 34)? What do we say to the press? How do we check the encryption status remotely?"])],
  body="""
Dear crisis team,

attached is the scenario for our exercise on 14 October (9:00-12:00, room 8.02). Please don't share it beforehand. Everything in it is invented; there is no real incident.

Thomas
""")

# d0198
M("C", "de", "insurer-to-lawyer", "recourse against a named tenant who caused a fire: address, claim number, amount paid",
  frm=ADDR("schreiber"), to="RA Torsten Becker <becker@becker-regress.example>", ent="av",
  subj="Regress Brandschaden Mehrfamilienhaus Venloer Str. - Mandat",
  date="2026-09-10 14:47", sig="schreiber",
  body="""
Sehr geehrter Herr Becker,

wir beauftragen Sie mit der Geltendmachung unseres Regressanspruchs in folgender Sache:

Schaden-Nr.: 26-H-0009140 (Wohngebäude WG 40-188 301-2, VN Grundstücksgemeinschaft Venloer Str. 220)
Schadenverursacher: Herr Nico Baumgärtner, Mieter der Wohnung 2. OG links, Venloer Str. 220, 50823 Köln
Schadentag: 14.02.2026, Brand in der Küche durch unbeaufsichtigten Herd (grob fahrlässig laut Ermittlungsakte StA Köln 121 Js 440/26)
Unsere Zahlung: 86.412,90 €

Nach unseren Informationen hat Herr Baumgärtner eine Privathaftpflicht bei der Hanse Assekuranz (Vertrag unbekannt). Bitte nehmen Sie zunächst dort Kontakt auf. Die Akte stellen wir Ihnen im Datenraum bereit.

Mit freundlichen Grüßen
""")

# d0199
M("N", "en", "internal", "updated travel expense policy with per-diem amounts (light trap: money figures, no person)",
  frm=ADDR("morgan"), to=f"All staff <alle@{DOM}>",
  subj="Travel expense policy 2026 - new per diems",
  date="2026-01-21 10:15", sig="morgan", sigstyle="short",
  att=[PDF("Travel_policy_2026.pdf", [
      ("h", "Travel expense policy 2026 (excerpt)"),
      ("t", [["Item", "Germany", "Abroad"], ["Per diem > 8 h", "EUR 14", "country rates (BMF)"], ["Per diem 24 h", "EUR 28", "country rates (BMF)"],
             ["Hotel limit per night", "EUR 130 (EUR 160 in Munich, Hamburg, Frankfurt)", "EUR 180"], ["Private car per km", "EUR 0.30", "-"]]),
      ("p", "Expense claims must be submitted in the travel tool within 3 months. Receipts are uploaded as photos; originals need not be kept."),
      ("small", "Valid from 1 February 2026. Group Finance.")], title="Travel policy 2026")],
  body="""
Dear colleagues,

the travel expense policy has been updated from 1 February 2026. Main changes: higher hotel limits in the three big cities, and receipts can now be uploaded as photos. The full policy is on the intranet; an excerpt is attached.

Best regards,
""")

# d0200
M("S", "de", "insurer-to-therapist", "query to a physiotherapy practice about lymph drainage for a named patient after breast cancer surgery",
  frm=ADDR("kroeger"), to="Physiotherapie am Stadtgarten <abrechnung@physio-stadtgarten.example>", ent="kv",
  subj="Rechnung 26/0412 - Patientin Renate Kühnel",
  date="2026-06-24 10:58", sig="kroeger",
  att=[PDF("Rechnung_26-0412_Kuehnel.pdf", [
      ("h", "Physiotherapie am Stadtgarten - Rechnung 26/0412"),
      ("p", "Patientin: Renate Kühnel, geb. 17.02.1963 · Verordnung Dr. Lemmer (Gynäkologie) vom 04.05.2026\nIndikation: Lymphödem linker Arm nach Mastektomie und Axilladissektion links (C50.4 L, I97.2 L)"),
      ("t", [["Datum", "Leistung", "Anzahl", "Einzelpreis", "Betrag"],
             ["05.05.-19.06.2026", "Manuelle Lymphdrainage 60 Min.", "12", "68,00", "816,00"],
             ["05.05.-19.06.2026", "Kompressionsbandagierung", "12", "18,50", "222,00"],
             ["", "Summe", "", "", "1.038,00"]])], title="Rechnung 26/0412")],
  body="""
Sehr geehrte Damen und Herren,

Ihre Rechnung 26/0412 für Frau Kühnel (siehe Anhang) hat uns unsere Versicherte eingereicht. Laut Verordnung war Manuelle Lymphdrainage 45 Minuten verordnet, abgerechnet wurden 60 Minuten.

Bitte bestätigen Sie uns, ob die Behandlungszeit von der Ärztin nachträglich geändert wurde, oder senden Sie eine korrigierte Rechnung. Die Kompressionsbandagierung erstatten wir wie abgerechnet.

Mit freundlichen Grüßen
""")

# d0201
M("C", "de", "insurer-to-customer", "refund of overpaid household premium to the named customer's IBAN (written in lowercase, unspaced)",
  frm=ADDR("kowalski"), to="Heike Wollenweber <heike.wollenweber@freenet-mail.example>", ent="av", charset="windows-1252",
  subj="Erstattung Beitrag Hausrat HR 7729-60155",
  date="2026-02-10 12:24", sig="kowalski", sigstyle="short",
  body=f"""
Hallo Frau Wollenweber,

durch die Kündigung zum 31.01.2026 haben Sie den Jahresbeitrag 2026 zu viel bezahlt. Wir erstatten Ihnen 11/12 des Beitrags, also 106,33 €, auf das Konto, das Sie uns genannt haben:

{IB("DE", "760200700333004417", group=0).lower()}

Die Gutschrift sollte in 3-4 Tagen auf Ihrem Konto sein.

Viele Grüße
""")

# d0202
M("N", "de", "insurer-to-broker", "maintenance notice for the broker portal; no personal data",
  frm=f"Versicherer Maklerportal <no-reply@{DOM}>", to="maklerportal-news@versicherer.example",
  subj="Wartung Maklerportal am 07.11. von 20 bis 24 Uhr",
  date="2026-11-02 07:10",
  body="""
Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

am Samstag, 07.11.2026, ist das Maklerportal wegen Wartungsarbeiten von 20:00 bis 24:00 Uhr nicht erreichbar. Betroffen sind auch die BiPRO-Schnittstellen; Abrufe Ihres MVP in diesem Zeitraum schlagen fehl und sollten danach wiederholt werden.

Die Tarifrechner auf unserer Website sind nicht betroffen.

Ihr Maklerportal-Team
""")

# d0203
M("S", "en", "customer", "expat member's mail about type 1 diabetes and an insulin pump, forwarded as attachment to the medical advisor",
  frm=ADDR("whitfield"), to="Dr. Ian Prescott <medical.advisor@prescott-consulting.example>", ent="kv",
  subj="FW: insulin pump - pre-approval?",
  date="2026-09-08 14:20", sig="whitfield", sigstyle="name",
  att=[EML(INNER("Arjun Nair <arjun.nair@lemail.example>", f"int.health@{DOM}", "insulin pump - pre-approval?", "2026-09-07 08:15",
                 """Hello,

I have had type 1 diabetes since I was 12 and have been on multiple daily injections so far (insulin glargine 22 units at night, insulin aspart with meals). My endocrinologist in Singapore, Dr. Chua, recommends switching to an insulin pump with a CGM (Medtronic MiniMed 780G) because of frequent night-time hypos - I had two severe ones this year, one with an ambulance call.

My last HbA1c was 8.1 %. The quote from the supplier is attached (SGD 9,860 for the pump plus SGD 410/month for sensors and sets).

Is this covered under my plan, and do you need anything else?

Thanks,
Arjun Nair
Member GC-0062915-01""", "<CAF8nair-0907@lemail.example>", lang="en",
                 att=[PDF("Quote_MiniMed780G_Nair.pdf", [("h", "Quotation Q-88412"), ("p", "Patient: Arjun Nair. Insulin pump MiniMed 780G incl. training: SGD 9,860.00. Monthly consumables (sensors, infusion sets, reservoirs): SGD 410.00.")])]),
      fn="insulin pump - pre-approval.eml")],
  body="""
Hi Ian,

could you review this one? Plan covers medical devices "where medically necessary". Given the severe hypos I'd tend to approve, but I'd like your view on pump vs. CGM only.

Thanks,
""")

# d0204
M("N", "en", "insurer-to-partner", "registration for an industry conference; no personal data beyond business contacts",
  frm=ADDR("osei"), to="Registration Desk <registration@marine-insurance-forum.example>",
  subj="Registration - Marine Insurance Forum Hamburg, 2 delegates",
  date="2026-08-25 11:36", sig="osei", sigstyle="short",
  body="""
Hello,

we would like to register two delegates for the Marine Insurance Forum in Hamburg (10-11 November 2026):

- Daniel Osei, Head of Marine Cargo
- Henrike Janssen, Senior Underwriter Hull

Company: Versicherer Allgemeine Versicherung AG, Rheinuferstrasse 12, 50667 Cologne, VAT ID DE812345678. Please send the invoice to accounts-payable@versicherer.example quoting PO 4500130055.

Thank you,
""")

# d0205
M("C", "en", "insurer-to-company", "construction all-risks claim: named contractor and site address, policy and claim number; ZIP with report and cost list",
  frm=ADDR("hartmann"), to="Project Controlling Bauer & Söhne <controlling@bauer-soehne-bau.example>", ent="av",
  subj="CAR claim BL-26-0033 - water ingress, site Ehrenfeld",
  date="2026-07-29 10:55", sig="hartmann",
  att=[ZIP("BL-26-0033_documents.zip", [
      PDF("Site_inspection_report_BL-26-0033.pdf", [
          ("h", "Site inspection report - claim BL-26-0033"),
          ("p", "Insured: Bauer & Söhne Bauunternehmung GmbH (contractor), policy CAR-2025-0718\nSite: residential building 'Ehrenfelder Höfe', Vogelsanger Str. 190, 50825 Köln\nDate of loss: 21/07/2026, heavy rain; roof membrane not yet closed, water ingress into floors 4 and 5."),
          ("p", "Damage: screed and drywall floors 4-5, insulation, 2 lift shafts. Estimated reinstatement EUR 212,000.")]),
      CSV("Cost_estimate_BL-26-0033.csv", [["Item", "EUR"], ["Drying", "38,500"], ["Screed removal and new screed", "96,200"],
                                            ["Drywall", "51,300"], ["Lift shafts cleaning/inspection", "26,000"]], sep=";")])],
  body="""
Dear Mr Bauer,

attached are the inspection report and the cost estimate for the water damage at the Ehrenfeld site. Cover under the construction all-risks policy CAR-2025-0718 is confirmed in principle; the deductible is EUR 10,000 per event.

Please note: the roofing subcontractor (Dachtechnik Rhein GmbH) may be liable for the open membrane; we reserve recourse.

Best regards,
""")

# d0206
M("S", "de", "insurer-to-customer", "approval of a mother-child rehabilitation stay for the addressee and her daughter",
  frm=ADDR("kroeger"), to="Stefanie Kurz <stefanie.kurz@familie-kurz.example>", ent="kv",
  subj="Ihre Mutter-Kind-Maßnahme - Zusage",
  date="2026-03-23 15:50", sig="kroeger",
  body="""
Sehr geehrte Frau Kurz,

wir übernehmen die Kosten für die stationäre Mutter-Kind-Vorsorgemaßnahme für Sie und Ihre Tochter Hanna in der Klinik Seeblick auf Usedom für 21 Tage (voraussichtlich ab 04.05.2026).

Grundlage ist das Attest Ihrer Hausärztin (Erschöpfungssyndrom, Schlafstörungen; bei Hanna rezidivierende Bronchitis). Erstattet werden Unterkunft, Verpflegung und Therapien; Fahrtkosten bis 150 € pro Person.

Die Klinik rechnet direkt mit uns ab. Bitte geben Sie dort die Zusage-Nr. KUE-26-014402 an.

Gute Erholung wünscht Ihnen
""")

# d0207
M("N", "de", "internal", "training announcement on handling consent and confidentiality waivers (process only, no person; trap)",
  frm=ADDR("meier"), to=f"Leistung Leben, Kranken, Unfall <leistung-personen@{DOM}>",
  subj="Pflichtschulung: Schweigepflichtentbindungen nach § 213 VVG",
  date="2026-02-02 09:30", sig="meier",
  body="""
Liebe Kolleginnen und Kollegen,

ab März gilt unser überarbeiteter Prozess für Schweigepflichtentbindungen. Die wichtigsten Punkte:

1. Vor jeder Anfrage bei Ärzten, Krankenhäusern oder anderen Versicherern wird die versicherte Person informiert (Einzelfall-Einwilligung, Widerspruchsmöglichkeit).
2. Pauschale Entbindungen aus dem Antrag nutzen wir nur noch, wenn die Person dieser Variante ausdrücklich zugestimmt hat.
3. Anfragen an Ärzte enthalten nur die Fragen, die für die Prüfung erforderlich sind.
4. Antworten von Ärzten werden ausschließlich über das sichere Postfach oder per Post entgegengenommen.

Die Online-Schulung (30 Min.) ist bis 27.02. für alle Mitarbeitenden der Leistungsbereiche verpflichtend.

Viele Grüße
""")

# d0208
M("C", "de", "insurer-to-customer", "legal expenses: inheritance law advice for a named customer (policy number, estate dispute)",
  frm=ADDR("lindqvist"), to="Dorothea Grünwald <d.gruenwald@kabelmail.example>", ent="av", charset="iso-8859-1", cte="quoted-printable",
  subj="Ihre Anfrage Erbrecht - RS 22-610 088",
  date="2026-05-28 11:18", sig="lindqvist",
  body="""
Sehr geehrte Frau Grünwald,

im Erbrecht übernimmt Ihr Rechtsschutzvertrag RS 22-610 088 die Kosten für eine anwaltliche Erstberatung (bis 250 EUR), nicht aber für eine gerichtliche Auseinandersetzung mit Ihren Geschwistern über den Nachlass Ihrer Mutter.

Für die Beratung zur Pflichtteilsberechnung und zur Frage, ob die Schenkung des Hauses an Ihren Bruder im Jahr 2019 anzurechnen ist, können Sie einen Anwalt Ihrer Wahl beauftragen. Bitte lassen Sie ihn die Rechnung mit unserer Schaden-Nr. 26-RS-011805 direkt an uns senden.

Mit freundlichen Grüßen
""")

# d0209
M("S", "de", "insurer-to-customer", "very short notice that the addressee's professional tooth cleaning was reimbursed (dental insurance)",
  frm=ADDR("wendland"), to="Kai Brückner <kai.brueckner@posteo-mail.example>", ent="kv", client="mobile",
  subj="Re: PZR",
  date="2026-06-05 18:11",
  body="""
Hallo Herr Brückner,

die PZR von Dr. Sommer (98,50 €) ist erstattet, 100 % aus Ihrem Zahntarif. Die zweite Reinigung in diesem Jahr wäre auch noch drin.

Gruß T. Wendland
""")

# d0210
M("N", "en", "newsletter", "English broker bulletin on updated cargo clauses; product information only",
  frm=f"Versicherer Broker Bulletin <newsletter@{DOM}>", to="broker-bulletin-en@versicherer.example",
  subj="Marine bulletin: sanctions clause and updated cargo wording",
  date="2026-11-10 07:00",
  body="""
MARINE BULLETIN - November 2026

1. Sanctions clause: From 1 January 2027 all cargo open covers will include the revised sanctions limitation and exclusion clause (JC2010/014, 2026 update). No action is needed for certificates issued before that date.

2. Cargo wording 2027: We are adding cover for cyber-related loss of or damage to cargo as a buy-back option (sub-limit EUR 1 m).

3. Declarations: Monthly declarations can now be uploaded as CSV in the broker portal; the Excel template will be withdrawn in March 2027.

Your marine team
""")

# d0211
M("C", "de", "insurer-to-customer", "valuables list for household insurance with jewellery values and the named customer's address (DOCX)",
  frm=ADDR("demir"), to="Elisabeth von Randow <e.vonrandow@postfach.example>", ent="av",
  subj="Ihre Wertsachenliste - Nachtrag HR 7730-11876",
  date="2026-09-02 16:02", sig="demir",
  att=[DOCX("Wertsachenverzeichnis_von_Randow.docx", [
      ("h", "Verzeichnis der Wertsachen (Anlage zum Nachtrag)"),
      "Versicherungsnehmerin: Elisabeth von Randow, Marienburger Str. 31, 50968 Köln · Hausrat HR 7730-11876",
      ("t", [["Nr.", "Gegenstand", "Wert lt. Gutachten", "Aufbewahrung"],
             ["1", "Collier Weißgold mit Brillanten (ca. 3,2 ct)", "24.500 EUR", "Tresor VdS II"],
             ["2", "Damenuhr Cartier Panthère", "6.800 EUR", "Tresor VdS II"],
             ["3", "Perlenkette Südsee, 45 cm", "3.900 EUR", "Tresor VdS II"],
             ["4", "Ölgemälde, Rheinlandschaft, sign. A. Achenbach", "18.000 EUR", "Wohnzimmer"]]),
      "Gutachten: Juwelier Kemmerling, Köln, vom 18.08.2026"])],
  body="""
Sehr geehrte Frau von Randow,

vielen Dank für die Gutachten. Wir haben die Wertsachen wie im angehängten Verzeichnis in Ihre Hausratversicherung aufgenommen. Schmuck ist außerhalb des Tresors bis 20.000 € versichert, im Tresor bis zur vereinbarten Summe von 60.000 €.

Mit freundlichen Grüßen
""")

# d0212
M("S", "de", "company", "employer's mail about an employee's long sick leave (herniated disc) quoted in the reply on group sickness allowance",
  frm=ADDR("paulsen"), to="Tanja Möller <t.moeller@moeller-gebaeudetechnik.example>", ent="kv",
  subj="AW: Krankentagegeld Herr Vogt - wie geht's weiter?",
  date="2026-10-22 12:40", sig="paulsen",
  body="""
Sehr geehrte Frau Möller,

das Krankentagegeld aus der Gruppenversicherung zahlen wir direkt an Herrn Vogt, sobald die Lohnfortzahlung endet (ab dem 43. Tag). Dafür benötigen wir seine AU-Bescheinigungen und den ausgefüllten Leistungsantrag; die Unterlagen hat er direkt von uns erhalten.

Bitte schicken Sie uns als Arbeitgeberin nur noch die Bescheinigung über das Ende der Entgeltfortzahlung. Medizinische Unterlagen brauchen Sie uns nicht weiterzuleiten - und sollten das aus Datenschutzgründen auch nicht.

Mit freundlichen Grüßen
""",
  quote=OQ("Tanja Möller <t.moeller@moeller-gebaeudetechnik.example>", "Mittwoch, 21. Oktober 2026 17:05", "Paulsen, Henrik",
           "Krankentagegeld Herr Vogt - wie geht's weiter?", """Hallo Herr Paulsen,
unser Monteur Herr Frank Vogt ist seit 8 Wochen krank (Bandscheibenvorfall, er wurde jetzt doch operiert, danach Reha). Die Lohnfortzahlung läuft am 30.10. aus. Was müssen wir tun, damit er das Krankentagegeld aus unserem Gruppenvertrag GKT 71-004 bekommt? Ich hätte auch den Arztbrief hier, soll ich den schicken?
Gruß Tanja Möller
Möller Gebäudetechnik GmbH & Co. KG"""))

# d0213
M("N", "de", "insurer-to-customer", "portal registration mail with a one-time password; contains no contract or personal data",
  frm=f"Versicherer SecureMail <no-reply@{DOM}>", to="henning.thomsen@nordpost.example", client="system", mailer="SecureMail Portal",
  subj="Ihr Zugang zum SecureMail-Portal (1/2): Einmal-Passwort",
  date="2026-03-30 10:12",
  body="""
Guten Tag,

für Sie liegt eine vertrauliche Nachricht im SecureMail-Portal der Versicherer-Gruppe bereit.

Ihr Einmal-Passwort lautet: 7kQ-2mX-9pT

Den Link zur Registrierung erhalten Sie mit einer zweiten E-Mail. Nach der ersten Anmeldung vergeben Sie ein eigenes Passwort und eine Sicherheitsfrage.

Das Einmal-Passwort ist 7 Tage gültig. Wenn Sie keine Nachricht von uns erwarten, ignorieren Sie diese E-Mail bitte.

Ihr SecureMail-Team
""")

# d0214
M("C", "en", "insurer-to-customer", "change of bank details confirmation with the customer's UK IBAN for his home insurance",
  frm=f"Versicherer Customer Service <service@{DOM}>", to="Robert Lindsay <robert.lindsay@nordpost.example>", client="system",
  subj="We have updated your bank details",
  date="2026-04-20 06:40", mailer="VERSO Output Management 7.4",
  body=f"""
Dear Mr Lindsay,

as requested, we have updated the bank details for your policies:

Home contents HR 7731-71003 and personal liability PH 31-644 190
Account holder: Robert J. Lindsay
IBAN: {IB("GB", "NWBK60161344128830")}
BIC: NWBKGB2L

From 1 May 2026 premiums will be collected from this account. As it is a non-euro account in the SEPA area, your bank may charge fees; we do not charge anything.

If you did not request this change, please call us immediately on +49 221 555-3000.

Versicherer Customer Service
""")

# d0215
M("S", "en", "insurer-to-customer", "outpatient psychotherapy approval for the addressee (sessions, therapist)",
  frm=ADDR("whitfield"), to="Sophie Lambert <sophie.lambert@lemail.example>", ent="kv",
  subj="Your request for therapy sessions",
  date="2026-11-03 10:34", sig="whitfield",
  body="""
Dear Ms Lambert,

we are pleased to confirm cover for outpatient psychotherapy with Ms Kirsten Haag (clinical psychologist, Zurich):

- 20 sessions of cognitive behavioural therapy, 50 minutes each,
- period 10 November 2026 to 9 November 2027,
- up to CHF 180 per session.

Your therapist's report (generalised anxiety disorder with panic attacks) was reviewed by our medical advisor, who agreed with the treatment plan. The report itself stays with our medical service and is not shared with anyone else.

Please send the invoices monthly or quarterly, as you prefer.

Kind regards,
""")

# d0216
M("N", "de", "internal", "aggregated new-business figures for health tariffs (ODS), no person (trap: health tariffs)",
  frm=ADDR("falk"), to=f"Vertriebssteuerung <vertriebssteuerung@{DOM}>",
  subj="Neugeschäft Kranken bis September",
  date="2026-10-05 08:12", sig="falk", sigstyle="short",
  att=[ODS("Neugeschaeft_KV_2026-01-09.ods", {"Neugeschäft": [
      ["Tarif", "Stück", "Monatsbeitrag Summe EUR", "Ø Eintrittsalter", "Anteil mit Risikozuschlag"],
      ["KomfortPlus", 1882, 1104230, 36.4, "14 %"],
      ["KomfortPlus Beihilfe", 611, 148920, 31.2, "9 %"],
      ["ZahnPlus 90", 9406, 225744, 41.8, "0 %"],
      ["Stationär Plus", 3120, 143520, 44.1, "0 %"],
      ["PflegePlus", 1544, 61760, 48.9, "0 %"]]})],
  body="""
Moin,

die Neugeschäftszahlen Kranken bis Ende September im Anhang. ZahnPlus 90 läuft deutlich über Plan (+38 %), KomfortPlus leicht darunter. Lasst uns das in der Vertriebsrunde am Donnerstag besprechen.

Bernd
""")

# d0217
M("C", "de", "insurer-to-assessor", "instruction to an assessor for storm damage: owner names, insured address, claim and policy number",
  frm=ADDR("demir"), to="Sachverständigenbüro Krause <auftrag@sv-krause.example>", ent="av",
  subj="Auftrag Sturmschaden Familie Ilgner - 26-H-0050213",
  date="2026-11-18 08:46", sig="demir", sigstyle="short",
  body="""
Hallo Herr Krause,

bitte Besichtigung:

VN: Reinhard und Monika Ilgner, Tel. 02204 555 310
Objekt: Zweifamilienhaus, Am Hang 3, 51429 Bergisch Gladbach
Vertrag: WG 40-266 540-9 (gleitender Neuwert, Sturm/Hagel, SB 250 €)
Schaden: Sturm 14.11., Teile der Dachdeckung und Dachrinne abgerissen, Wasser im DG
KV Dachdecker liegt vor: 11.870 € - kommt mir für die Fläche hoch vor.

Bitte Termin direkt mit Frau Ilgner.

Danke und Gruß
""")

# d0218
M("N", "en", "internal", "farewell party invitation for a retiring colleague; no sensitive data",
  frm=ADDR("stone"), to=f"Finance & Reinsurance <finance-re@{DOM}>",
  subj="Farewell drinks for Wolfgang - 27 November",
  date="2026-11-16 13:05", sig="stone", sigstyle="name",
  body="""
Dear all,

after 38 years with the company, Wolfgang is retiring at the end of the month. Let's say goodbye properly:

Friday, 27 November, from 4 pm, canteen terrace (heaters are booked!)

We're collecting for a present - a contribution box is on my desk until Wednesday. Ideas welcome (rumour has it he's planning to sail the Baltic...).

Cheers,
""")

# d0219
M("S", "de", "insurer-to-customer", "end of long-term care allowance after the death of the insured mother (personal line, care grade)",
  frm=ADDR("yilmaz"), to="Gisela Hartwig <gisela.hartwig@kabelmail.example>", ent="kv", charset="windows-1252",
  subj="Ihr Schreiben vom 09.11. - unser herzliches Beileid",
  date="2026-11-13 14:02", sig="yilmaz",
  body="""
Sehr geehrte Frau Hartwig,

mit Bedauern haben wir vom Tod Ihrer Mutter, Frau Irmgard Hartwig, am 02.11.2026 erfahren. Unser aufrichtiges Beileid.

Das Pflegetagegeld (Pflegegrad 3) haben wir bis einschließlich 02.11.2026 gezahlt. Den für November bereits überwiesenen Betrag für die Zeit ab 03.11. (784,00 €) fordern wir nicht zurück.

Die Pflegeversicherung Ihrer Mutter (PT 553 018 244) endet mit dem Todestag. Falls noch Rechnungen offen sind, etwa des Pflegedienstes für Oktober, reichen Sie diese bitte bis Ende des Jahres ein.

Mit freundlichen Grüßen
""")

# ---------------------------------------------------------------- batch 7: d0220-d0260

# d0220
M("S", "de", "insurer-to-customer", "harmless body; the generic 'Scan' PDF (sent as octet-stream) is a doctor's invoice with ICD codes of the addressee",
  frm=ADDR("kroeger"), to="Hans-Peter Gehrke <hp.gehrke@t-net.example>", ent="kv",
  subj="AW: Unterlagen",
  date="2026-03-12 13:37", sig="kroeger", sigstyle="name",
  att=[PDF("Scan_20260312_0001.pdf", [
      ("h", "Dr. med. Reinhild Stapper - Fachärztin für Urologie"),
      ("small", "Hohenzollernring 40 · 50672 Köln"),
      ("p", "Rechnung Nr. 26-00391 vom 02.03.2026\nPatient: Hans-Peter Gehrke, geb. 30.06.1956"),
      ("p", "Diagnosen: N40 G Prostatahyperplasie; R97.2 G erhöhter PSA-Wert (PSA 6,8 ng/ml); Z12.5 G Früherkennung Prostatakarzinom"),
      ("t", [["Datum", "GOÄ", "Leistung", "Faktor", "Betrag"],
             ["16.02.2026", "1", "Beratung", "2,3", "10,72"],
             ["16.02.2026", "11", "Digitaluntersuchung Rektum", "2,3", "8,04"],
             ["16.02.2026", "410", "Sonographie Prostata transrektal", "2,3", "26,81"],
             ["16.02.2026", "3908.H3", "PSA", "1,15", "17,49"],
             ["02.03.2026", "3", "Eingehende Beratung", "2,3", "20,11"],
             ["", "", "Summe", "", "83,17 EUR"]])], octet=True)],
  body="""
Hallo Herr Gehrke,

anbei wie gewünscht noch einmal die Rechnung, die Sie uns letzte Woche geschickt hatten - Sie hatten sie ja versehentlich nicht mehr in Ihren Unterlagen. Erstattet ist sie bereits.

Viele Grüße
""")

# d0221
M("N", "de", "internal", "empty form template named 'Patientendaten_Vorlage' (trap: sensitive-sounding attachment, only blank fields)",
  frm=ADDR("kroeger"), to=f"Team Stationär <team-stationaer@{DOM}>", ent="kv",
  subj="Neue Vorlage Kostenübernahmeanfrage Krankenhaus",
  date="2026-01-27 11:49", sig="kroeger", sigstyle="name",
  att=[DOCX("Patientendaten_Vorlage_KUE_v2.docx", [
      ("h", "Anfrage Kostenübernahme stationäre Behandlung"),
      ("t", [["Feld", "Eintrag"], ["Name, Vorname", ""], ["Geburtsdatum", ""], ["Versicherungsnummer", ""], ["Aufnahmedatum", ""],
             ["Einweisungsdiagnose (ICD-10-GM)", ""], ["Geplante Operation (OPS)", ""], ["Wahlleistungen", "[ ] Einbettzimmer  [ ] Zweibettzimmer  [ ] Chefarzt"]]),
      "Bitte vollständig ausfüllen und ausschließlich über das sichere Postfach an uns senden."], author="Kröger, Sabine")],
  body="""
Hallo zusammen,

die Vorlage für die Kostenübernahmeanfragen ist überarbeitet (Feld OPS neu, Wahlleistungen als Ankreuzfelder). Bitte ab sofort nur noch diese Version an die Kliniken schicken, die alte V1 bitte löschen.

Danke!
""")

# d0222
M("C", "de", "insurer-to-customer", "deer collision under partial cover: named customer, registration, claim and policy number",
  frm=ADDR("brenner"), to="Lisa Hambüchen <lisa.hambuechen@webpost.example>", ent="av",
  subj="Wildunfall vom 28.10. - Ihr Schaden 26-K-0081566",
  date="2026-10-30 11:10", sig="brenner",
  body="""
Hallo Frau Hambüchen,

gut, dass Ihnen bei dem Zusammenstoß mit dem Reh auf der L 136 nichts passiert ist.

Der Schaden an Ihrem Fiat 500 (EU-LH 770) ist über Ihre Teilkasko (KF-2219 0654) versichert. Ich brauche noch:
- die Wildunfallbescheinigung des Försters oder der Polizei,
- Fotos vom Fahrzeug (gern auch mit Haaren/Blut am Stoßfänger, so unschön das ist).

Das Auto kann in unserer Partnerwerkstatt Autohaus Rütten in Euskirchen repariert werden; dann entfällt Ihre Selbstbeteiligung von 150 €.

Viele Grüße
""")

# d0223
M("N", "en", "insurer-to-supplier", "configuration table mapping ICD chapters to benefit categories, sent to a software vendor (trap: sensitive-sounding 'diagnosis' file, no person)",
  frm=ADDR("raman"), to="Delivery Team <delivery@claimsys-software.example>",
  subj="Mapping table for the benefit reports (CR-2026-021)",
  date="2026-03-03 14:55", sig="raman", sigstyle="short",
  att=[XLSX("Diagnosis_codes_mapping_v4.xlsx", {"Mapping": [
      ["ICD-10 range", "Chapter", "Benefit category", "Report group"],
      ["A00-B99", "Infectious diseases", "Outpatient", "General medicine"],
      ["C00-D48", "Neoplasms", "Inpatient/Outpatient", "Oncology"],
      ["F00-F99", "Mental disorders", "Psychotherapy/Psychiatry", "Mental health"],
      ["K00-K14", "Oral cavity", "Dental", "Dental"],
      ["O00-O99", "Pregnancy, childbirth", "Maternity", "Maternity"],
      ["Z00-Z99", "Factors influencing health status", "Prevention", "Prevention"]]})],
  body="""
Hi,

attached is version 4 of the mapping table for the aggregated benefit reports. It only maps code ranges to report groups - no claims data. Please load it into INT and let us know when the monthly report can be regenerated.

Thanks,
""")

# d0224
M("S", "en", "insurer-to-customer", "dental emergency abroad (root canal treatment in Thailand) reimbursed to the addressee",
  frm=ADDR("wendland"), to="Jonas Whitaker <jonas.whitaker@greenmail.example>", ent="kv",
  subj="Your dental invoice from Phuket",
  date="2026-02-18 10:41", sig="wendland",
  body="""
Dear Mr Whitaker,

we have received the invoice from Bangkok Dental Phuket (THB 18,400) for the emergency treatment of your lower left molar (tooth 36) on 6 February: root canal treatment in one session, temporary filling and antibiotics (amoxicillin 500 mg for 5 days).

Emergency dental treatment abroad is covered at 100 % under your plan. We will pay EUR 486.90 (converted at the rate of the invoice date). The permanent crown should be done by your dentist in Germany; please send us the treatment plan first.

Kind regards,
""")

# d0225
M("C", "en", "insurer-to-customer", "damage to a rented flat under personal liability: named customer, landlord, claim and policy number",
  frm=ADDR("oltmanns"), to="Ethan Brooks <ethan.brooks@lemail.example>", ent="av",
  subj="Claim 26-HP-0052240 - parquet floor in your rented flat",
  date="2026-11-06 15:22", sig="oltmanns",
  body="""
Dear Mr Brooks,

thank you for the photos of the water stain on the parquet in the living room of your flat (Gottfried-Keller-Str. 7, 50931 Köln). Damage to rented rooms is covered by your personal liability policy PH 31-702 118.

Your landlady, Mrs Ingeborg Fassbender, has asked a flooring company for a quote to sand and reseal the whole room (EUR 2,340). As only about 2 m² are affected, we will first ask our assessor whether a partial repair is possible. He will contact Mrs Fassbender directly.

Kind regards,
""")

# d0226
M("N", "de", "insurer-to-broker", "invitation to a commercial product training with calendar file; no personal data",
  frm=ADDR("reuter"), to=f"Makler Region Nord <makler-nord@{DOM}>",
  subj="Produktschulung Gewerbe: Betriebsunterbrechung verständlich erklärt",
  date="2026-01-29 13:30", sig="reuter", sigstyle="short",
  att=[ICS("Schulung_BU_Gewerbe.ics", "SCHULUNG-BUGEW-20260226@versicherer.example", "Produktschulung Betriebsunterbrechung (Gewerbe)",
           "20260226T140000", "20260226T160000", ("Frank Reuter", f"frank.reuter@{DOM}"),
           location="Bremen, Regionaldirektion, Am Wall 120", description="Haftzeit, Versicherungssumme aus dem Rohertrag, typische Fehler bei der Summenermittlung. 2 Std. IDD.",
           method="PUBLISH")],
  body="""
Liebe Partnerinnen und Partner,

viele Betriebe sind bei der Betriebsunterbrechung unterversichert. In unserer Schulung zeigen wir an Praxisbeispielen, wie man die Versicherungssumme aus dem Rohertrag richtig ermittelt und welche Haftzeit sinnvoll ist.

26.02.2026, 14-16 Uhr, Regionaldirektion Bremen. Anmeldung im Portal, Termin im Anhang.

Viele Grüße
""")

# d0227
M("S", "de", "doctor", "cardiologist's findings with lab values for a named applicant forwarded to the external consulting physician",
  frm=ADDR("hasselbach"), to="Dr. med. Peter Lorenz <beratungsarzt@lorenz-med.example>", ent="lv",
  subj="WG: Befundbericht Herr Kemal Arslan - Antrag L-26-1090 033",
  date="2026-09-29 16:12", sig="hasselbach", sigstyle="short",
  att=[PDF("Befund.pdf", [
      ("h", "Kardiologische Praxis am Rudolfplatz"),
      ("p", "Befundbericht für die Versicherer Lebensversicherung AG\nPatient: Kemal Arslan, geb. 05.05.1972"),
      ("p", "Anlass: Vorstellung wegen Belastungsdyspnoe 06/2026. Ergometrie bis 200 W ohne Ischämiezeichen. Echokardiographie: normale LV-Funktion, leichte Mitralinsuffizienz I°."),
      ("t", [["Laborwert", "Ergebnis", "Referenz"], ["LDL-Cholesterin", "168 mg/dl", "< 116"], ["HbA1c", "6,1 %", "< 5,7"],
             ["Kreatinin", "0,98 mg/dl", "0,7-1,2"], ["NT-proBNP", "84 pg/ml", "< 125"]]),
      ("p", "Beurteilung: kein Anhalt für KHK. Prädiabetes, Hypercholesterinämie; Beginn Atorvastatin 20 mg empfohlen. Blutdruck unter Amlodipin 5 mg normoton."),
      ("p", "Dr. med. Stefan Brück")], title="Befundbericht")],
  body="""
Lieber Herr Lorenz,

der angeforderte Befundbericht ist da (Anhang). Risiko-LV 400.000 € + BUZ, Antragsteller 54 J. Bitte um Ihr Votum, insbesondere zu Prädiabetes und LDL - Zuschlag ja/nein?

Danke und Gruß
U. Hasselbach
""",
  quote=FW("Kardiologische Praxis am Rudolfplatz <praxis@kardio-rudolfplatz.example>", "28.09.2026, 12:03", "risikopruefung@versicherer.example",
           "Befundbericht Arslan", """
Sehr geehrte Damen und Herren,
anbei der angeforderte Befundbericht für Herrn Arslan. Die Schweigepflichtentbindung lag uns vor. Unsere Rechnung (Nr. 75 GOÄ) folgt per Post.
Mit freundlichen Grüßen
Praxisteam Dr. Brück"""))

# d0228
M("C", "de", "insurer-to-customer", "buildings insurance recalculation: named customer, insured address, floor area, year of construction, policy number",
  frm=ADDR("kowalski"), to="Manfred Schüttler <m.schuettler@freenet-mail.example>", ent="av", charset="windows-1252", cte="quoted-printable",
  subj="Ihre Wohngebäudeversicherung nach dem Anbau",
  date="2026-02-26 09:51", sig="kowalski",
  body="""
Sehr geehrter Herr Schüttler,

nach Ihrem Anbau haben wir Ihre Wohngebäudeversicherung WG 40-144 027-7 neu berechnet:

Objekt: Einfamilienhaus, Heidestraße 61, 51147 Köln
Baujahr 1978, Anbau 2025
Wohnfläche: bisher 132 m², neu 171 m²
Ausstattung: gehoben (Fußbodenheizung im Anbau, Wärmepumpe)
Versicherungssumme Wert 1914: 31.420 Mark
Jahresbeitrag ab 01.03.2026: 1.148,60 € (bisher 874,20 €)

Den Unterversicherungsverzicht behalten Sie damit. Der Nachtrag kommt per Post.

Freundliche Grüße
""")

# d0229
M("N", "en", "internal", "aggregated IT security KPIs by department; no person",
  frm=ADDR("hoffmann"), to=f"Information Security Board <isb@{DOM}>",
  subj="Security KPIs Q3 2026",
  date="2026-10-09 10:02", sig="hoffmann", sigstyle="short",
  att=[CSV("security_kpis_q3_2026.csv", [
      ["department", "phishing_sim_click_rate", "reported_rate", "mfa_enrolment", "devices_patched_30d"],
      ["Health Claims", "0.07", "0.61", "0.99", "0.97"],
      ["Motor Claims", "0.09", "0.48", "0.98", "0.95"],
      ["Sales", "0.14", "0.33", "0.91", "0.88"],
      ["IT", "0.02", "0.79", "1.00", "0.99"],
      ["HR", "0.06", "0.57", "1.00", "0.96"]], sep=",")],
  body="""
Hi all,

attached are the Q3 security KPIs. Sales remains the department with the highest click rate in the phishing simulation; we'll run an extra awareness session for the field force in November. MFA enrolment is above 98 % everywhere except Sales (external laptops).

Lukas
""")

# d0230
M("S", "de", "insurer-to-customer", "child accident insurance: broken front tooth of the customer's son at school, dental treatment",
  frm=ADDR("albrecht"), to="Anke Rosenbaum <anke.rosenbaum@familie-rosenbaum.example>", ent="av",
  subj="Unfall von Jannik in der Schule",
  date="2026-05-19 10:25", sig="albrecht",
  body="""
Sehr geehrte Frau Rosenbaum,

danke für die Unfallmeldung. Jannik ist am 11.05.2026 in der Pause gestürzt und hat sich dabei den oberen linken Schneidezahn (21) abgebrochen.

Da der Unfall in der Schule passiert ist, ist zunächst die gesetzliche Schülerunfallversicherung (Unfallkasse NRW) zuständig - bitte lassen Sie sich von der Schule bestätigen, dass der Unfall dort gemeldet wurde.

Aus Ihrer privaten Kinderunfallversicherung UV 70-501 334 zahlen wir zusätzlich die Leistung für kosmetische Operationen und Zahnersatz nach Unfall (bis 5.000 €), soweit die Unfallkasse nicht zahlt. Bitte schicken Sie uns dafür den Heil- und Kostenplan der Zahnärztin für die spätere Krone.

Gute Besserung für Jannik!

Mit freundlichen Grüßen
""")

# d0231
M("C", "de", "insurer-to-broker", "motor portfolio export for a broker: clients' names, registrations, no-claims classes, contract numbers (TSV)",
  frm=f"Maklerservice Bestand <maklerservice@{DOM}>", to="Büro Tewes <info@versicherungsbuero-tewes.example>", client="outlook",
  subj="Bestandsliste Kfz zur Hauptfälligkeit 01.01.2027",
  date="2026-10-15 07:55",
  att=[CSV("Bestand_Kfz_408117_HF2027.tsv", [
      ["Vertrag", "VN", "Kennzeichen", "Fahrzeug", "SF KH", "SF VK", "Beitrag 2026", "Beitrag 2027"],
      ["KF-1877 5510", "Mehmet Yilmaz", "LEV-MY 44", "Seat Leon", "SF 9", "SF 7", "612,40", "658,10"],
      ["KF-1901 2204", "Anja Ritter", "GL-AR 1980", "Toyota Yaris", "SF 21", "SF 21", "298,70", "311,20"],
      ["KF-2002 7781", "Jürgen Tewes", "K-JT 300", "VW Passat", "SF 25", "SF 25", "401,00", "419,90"],
      ["KF-2210 0045", "Paul Siebert", "BM-PS 12", "Kawasaki Z900", "SF 3", "-", "188,30", "201,60"]], sep="\t", sub="octet")],
  body="""
Sehr geehrter Herr Tewes,

anbei die Bestandsliste Ihrer Kfz-Verträge mit den Beiträgen für 2027 (vorbehaltlich Typ- und Regionalklassen, Stand 15.10.). Die Liste ist tabulatorgetrennt und kann direkt in Ihr MVP importiert werden.

Mit freundlichen Grüßen
Maklerservice
""")

# d0232
M("N", "de", "newsletter", "press release on a representative back-pain survey (trap: health statistics, no person)",
  frm=ADDR("baumann"), to="Presseverteiler <presse-de@versicherer.example>",
  subj="Pressemitteilung: Jeder Vierte hat fast täglich Rückenschmerzen",
  date="2026-10-16 10:00", sig="baumann",
  body="""
PRESSEMITTEILUNG

Versicherer-Gesundheitsstudie 2026: Jeder Vierte hat fast täglich Rückenschmerzen

Köln, 16. Oktober 2026 - 26 Prozent der Erwerbstätigen in Deutschland leiden an mindestens vier Tagen pro Woche unter Rückenschmerzen. Das ist ein Ergebnis der repräsentativen Versicherer-Gesundheitsstudie, für die das Institut Demoskopia im August 2.018 Personen befragt hat.

Weitere Ergebnisse:
- Im Homeoffice berichten 31 Prozent von Nackenverspannungen (Büro: 22 Prozent).
- Nur 18 Prozent nutzen Angebote zur Rückengesundheit ihres Arbeitgebers.
- Bei den 18- bis 29-Jährigen ist der Anteil mit psychischer Belastung am höchsten (41 Prozent).

Die vollständige Studie steht unter www.versicherer.example/presse/studie2026 zum Download bereit.

Pressekontakt: Julia Baumann, Tel. 0221 555-1010
""")

# d0233
M("S", "en", "insurer-to-hospital", "HTML-only guarantee of payment for a named patient's chemotherapy cycles",
  frm=ADDR("whitfield"), to="Patient Finance <patient.finance@royal-oncology.example>", ent="kv",
  subj="Guarantee of payment - Ms Eleanor Whitmore, chemotherapy cycles 4-6",
  date="2026-06-26 09:20",
  html="""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear colleagues,</p>
<p>we confirm cover for the following treatment of our member:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Patient</b></td><td>Eleanor Whitmore, born 12/03/1968</td></tr>
<tr><td><b>Member no.</b></td><td>GC-0037714-01</td></tr>
<tr><td><b>Diagnosis</b></td><td>C56 - ovarian carcinoma, FIGO IIIC, after debulking surgery</td></tr>
<tr><td><b>Treatment</b></td><td>carboplatin / paclitaxel, cycles 4 to 6 (day-case), plus bevacizumab</td></tr>
<tr><td><b>Dates</b></td><td>3 July, 24 July, 14 August 2026</td></tr>
<tr><td><b>Guarantee</b></td><td>up to GBP 21,600 in total, billed per cycle</td></tr>
</table>
<p>Please send invoices with the cycle date and drug batch details to claims@versicherer.example quoting GOP-26-1147.</p>
<p>Kind regards,<br>Emma Whitfield<br>International Health Services<br>Versicherer Krankenversicherung a.G.</p>
</body></html>
""")

# d0234
M("C", "en", "insurer-to-customer", "travel policy change: spouse added with name and date of birth, policy number",
  frm=ADDR("seidel"), to="Thomas Gallagher <tom.gallagher@greenmail.example>", ent="av",
  subj="Your annual travel policy - partner added",
  date="2026-04-28 17:05", sig="seidel", sigstyle="short",
  body="""
Dear Mr Gallagher,

we have added your wife to your annual travel policy TR-2026-0490015 with effect from 1 May 2026:

Insured persons:
- Thomas Gallagher, born 14/09/1984
- Aoife Gallagher, born 02/02/1987

The additional premium for the rest of the policy year is EUR 54.30 and will be collected with the next instalment. Your new policy schedule is in your customer account.

Kind regards,
""")

# d0235
M("N", "de", "insurer-to-supplier", "lift maintenance contract extension with the service company; no personal data",
  frm=ADDR("richter"), to="Service Aufzüge West <service-west@aufzugtechnik-rhein.example>",
  subj="Wartungsvertrag Aufzüge Rheinuferstraße - Verlängerung 2027",
  date="2026-09-15 11:48", sig="richter",
  body="""
Sehr geehrter Herr Kowalewski,

wir möchten den Wartungsvertrag für die sechs Personenaufzüge und den Lastenaufzug (Vertrag WV-1187) um zwei Jahre verlängern, allerdings mit folgenden Änderungen:

- Umstellung auf Vollwartung inkl. Verschleißteile,
- Notrufaufschaltung auf Ihre Leitstelle (bisher unser Empfang),
- Reaktionszeit bei Personenbefreiung max. 30 Minuten.

Bitte senden Sie uns ein Angebot bis Ende Oktober.

Mit freundlichen Grüßen
""")

# d0236
M("S", "de", "insurer-to-customer", "accidental death benefit paid to the widow (accident insurance, cause of death)",
  frm=ADDR("albrecht"), to="Petra Hollmann <petra.hollmann@mailbox.example>", ent="av",
  subj="Leistung aus der Unfallversicherung Ihres Mannes",
  date="2026-07-06 13:50", sig="albrecht",
  body="""
Sehr geehrte Frau Hollmann,

wir möchten Ihnen nochmals unser tiefes Mitgefühl zum Tod Ihres Mannes aussprechen.

Nach dem Bericht der Staatsanwaltschaft und dem Obduktionsbericht ist Herr Dieter Hollmann am 18.05.2026 an den Folgen des Sturzes von der Leiter (Schädel-Hirn-Trauma) verstorben; eine Vorerkrankung als Ursache wurde ausgeschlossen. Damit liegt ein Unfalltod im Sinne der Bedingungen vor.

Aus der Unfallversicherung UV 70-221 908 zahlen wir Ihnen als Bezugsberechtigter die vereinbarte Todesfallleistung von 25.000 € sowie das Krankenhaustagegeld für die zwei Tage auf der Intensivstation (2 x 30 €). Die Überweisung erfolgt in den nächsten Tagen.

Mit freundlichen Grüßen
""")

# d0237
M("C", "de", "insurer-to-customer", "drone crash into a parked car under private liability: named customer, claim, other party's registration",
  frm=ADDR("oltmanns"), to="Florian Engstfeld <florian.engstfeld@uni-mail.example>", ent="av",
  subj="Drohnenschaden - 26-HP-0048812",
  date="2026-09-18 10:09", sig="oltmanns", sigstyle="short",
  body="""
Moin Herr Engstfeld,

die Drohne (DJI Mini 4 Pro, 249 g) ist über Ihre Privathaftpflicht PH 31-699 420 mitversichert. Den Schaden am Mercedes von Frau Annika Seeger (SU-AS 512, Delle und Lackschaden Motorhaube) regulieren wir.

Bitte schicken Sie mir noch Ihren Drohnenführerschein-Nachweis (EU-Kompetenznachweis A1/A3) und die eID-Registrierungsnummer. Die Drohne selbst ist als eigene Sache nicht versichert.

Gruß
Jens Oltmanns
""")

# d0238
M("N", "en", "insurer-to-partner", "answer to a university research request for aggregated, anonymised long-COVID data (trap: health research, no person)",
  frm=ADDR("meier"), to="Prof. Dr. Annika Sørensen <a.sorensen@uni-epidemiology.example>",
  subj="RE: research request - post-COVID condition in insured population",
  date="2026-08-27 15:30", sig="meier",
  body="""
Dear Professor Sørensen,

thank you for your request. We can support the study under the following conditions:

1. We provide only aggregated figures (e.g. number of insured persons with diagnosis U09.9 per age band, sex and year), with a minimum cell size of 10.
2. No individual-level data leaves the company, not even pseudonymised.
3. The analysis plan is approved by our data protection officer and published with the results.

If this fits your design, please send us the table shells you need, and we will check feasibility with our actuarial team.

Kind regards,
""")

# d0239
M("S", "de", "insurer-to-customer", "tariff change offer under § 204 VVG with a risk surcharge for the addressee's hypertension; ZIP with documents",
  frm=ADDR("nguyen"), to="Rüdiger Stammen <r.stammen@postfach.example>", ent="kv",
  subj="Ihr Tarifwechsel - Angebot und Unterlagen",
  date="2026-09-30 14:18", sig="nguyen",
  att=[ZIP("Tarifwechsel_KV104771003.zip", [
      PDF("Angebot_Tarifwechsel.pdf", [
          ("h", "Angebot Tarifwechsel nach § 204 VVG"),
          ("p", "Versicherungsnehmer: Rüdiger Stammen · Vertrag KV 104 771 003"),
          ("t", [["", "bisher", "neu ab 01.01.2027"], ["Tarif", "KomfortPlus Classic", "KomfortPlus 2024"],
                 ["Selbstbehalt", "300 EUR", "900 EUR"], ["Monatsbeitrag", "871,40 EUR", "694,20 EUR"],
                 ["Risikozuschlag", "-", "28,00 EUR (Mehrleistung Heilmittel; Vorerkrankung arterielle Hypertonie)"]])]),
      DOCX("Erklaerung_Tarifwechsel.docx", [
          ("h", "Erklärung zum Tarifwechsel"),
          "Ich beantrage den Wechsel in den Tarif KomfortPlus 2024 zum 01.01.2027. Den Risikozuschlag für Mehrleistungen akzeptiere ich / lehne ich ab (Leistungsausschluss für die Mehrleistung).",
          "Ort, Datum, Unterschrift: ______________________"])])],
  body="""
Sehr geehrter Herr Stammen,

wie gewünscht erhalten Sie ein Angebot für den Wechsel in unseren Tarif KomfortPlus 2024. Ihr Beitrag würde um 177,20 € im Monat sinken.

Für die Mehrleistungen des neuen Tarifs (höhere Heilmittelerstattung) ist wegen Ihres Bluthochdrucks ein Risikozuschlag von 28 € vorgesehen. Alternativ können Sie auf die Mehrleistung verzichten; dann entfällt der Zuschlag.

Alle Unterlagen finden Sie im Anhang. Bitte senden Sie uns die unterschriebene Erklärung bis 30.11.2026.

Mit freundlichen Grüßen
""")

# d0240
M("N", "de", "internal", "allocation of parking spaces with EV charging points; no personal data",
  frm=ADDR("richter"), to=f"Alle Mitarbeitenden Köln <alle-koeln@{DOM}>",
  subj="Neue Ladeplätze in der Tiefgarage - so funktioniert die Buchung",
  date="2026-04-14 08:25", sig="richter", sigstyle="short",
  body="""
Hallo zusammen,

ab Montag stehen in der Tiefgarage (Ebene -2, Reihe F) 24 neue Ladeplätze mit 11 kW zur Verfügung.

- Buchung über die Raum-App, maximal 4 Stunden am Stück
- Laden mit dem Mitarbeiterausweis, abgerechnet werden 0,25 €/kWh über die Gehaltsabrechnung
- Bitte nach dem Laden umparken, damit alle drankommen

Die bisherigen 8 Ladeplätze auf Ebene -1 bleiben für Poolfahrzeuge reserviert.

Viele Grüße
""")

# d0241
M("C", "en", "insurer-to-company", "business travel insurance: list of named employees with dates of birth and trip details (CSV)",
  frm=ADDR("seidel"), to="Corporate Travel <travel@harwell-instruments.example>", ent="av",
  subj="Business travel policy GR-2026-0031 - travellers Q4",
  date="2026-10-01 12:44", sig="seidel",
  att=[CSV("GR-2026-0031_travellers_Q4.csv", [
      ["name", "date_of_birth", "destination", "from", "to", "purpose"],
      ["Oliver Sandford", "1979-06-11", "Shanghai, CN", "2026-10-12", "2026-10-23", "supplier audit"],
      ["Janina Petzold", "1994-02-28", "Houston, US", "2026-11-02", "2026-11-07", "trade fair"],
      ["Markus Ehrlich", "1968-09-15", "Lagos, NG", "2026-11-16", "2026-11-20", "customer visit"]], sep=",")],
  body="""
Dear Ms Petzold,

thank you for the traveller list for Q4. All three trips are covered under business travel policy GR-2026-0031. For the trip to Lagos, please note our travel security briefing is mandatory (destination risk level 3); our assistance partner will send Mr Ehrlich the link.

Kind regards,
""")

# d0242
M("S", "en", "insurer-to-customer", "annual renewal of an expat health plan listing the addressee's pre-existing condition exclusion",
  frm=f"Versicherer International Health <int.health@{DOM}>", to="Natalia Romero <natalia.romero@lemail.example>", client="system", mailer="GlobalCare Policy Admin 4.0",
  subj="Your Global Care renewal 2027",
  date="2026-11-20 06:10",
  body="""
Dear Ms Romero,

your Global Care Plus plan renews on 1 January 2027.

Member no.: GC-0051877-01
Area of cover: worldwide excluding USA
Annual premium 2027: EUR 4,812.00 (2026: EUR 4,560.00)
Deductible: EUR 500 per year

Special conditions (unchanged):
- Exclusion: treatment of the thyroid gland and its consequences (Hashimoto's thyroiditis, declared on application).
- Waiting period maternity: completed.

Your new certificate is available in the member app. If your circumstances have changed, please let us know.

Versicherer International Health
""")

# d0243
M("N", "en", "newsletter", "cyber awareness newsletter to staff; general tips, no personal data",
  frm=f"Information Security <infosec@{DOM}>", to=f"All staff <alle@{DOM}>",
  subj="Cyber Awareness Month: 4 habits that protect us",
  date="2026-10-01 09:00", cte="base64",
  html="""<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif">
<h2>Cyber Awareness Month</h2>
<ol>
<li><b>Check the sender</b> &ndash; our own secure-mail notifications always come from no-reply@versicherer.example.</li>
<li><b>Report, don't delete</b> &ndash; use the "Report phishing" button in Outlook.</li>
<li><b>Lock your screen</b> &ndash; Windows key + L, every time you leave your desk.</li>
<li><b>Customer data stays in our systems</b> &ndash; no exports to private e-mail or USB sticks.</li>
</ol>
<p>Join our live hacking session on 21 October, 12:00, in the auditorium.</p>
<p>Information Security</p>
</body></html>
""")

# d0244
M("C", "de", "insurer-to-customer", "legal expenses for a neighbour dispute about a tree: named customer, policy, neighbour",
  frm=ADDR("lindqvist"), to="Hubert Kaltenbach <h.kaltenbach@t-net.example>", ent="av",
  subj="Nachbarstreit wegen der Eiche - RS 22-512 770",
  date="2026-06-30 09:22", sig="lindqvist", sigstyle="short",
  body="""
Sehr geehrter Herr Kaltenbach,

der Streit mit Ihrem Nachbarn, Herrn Dr. Wiesner, über die Eiche an der Grundstücksgrenze (Laubfall, Wurzeln unter Ihrer Garagenzufahrt) fällt unter den Grundstücks-Rechtsschutz Ihres Vertrags RS 22-512 770.

In NRW ist vor einer Klage in Nachbarschaftssachen ein Schlichtungsverfahren bei einer Schiedsperson vorgeschrieben. Die Kosten dafür übernehmen wir. Bitte nennen Sie uns den Anwalt, den Sie beauftragen möchten.

Schaden-Nr.: 26-RS-014436

Mit freundlichen Grüßen
""")

# d0245
M("N", "de", "insurer-to-broker", "sample premium calculation for health tariffs with a fictitious model customer (trap: age, tariffs, no real person)",
  frm=ADDR("vogel"), to="Petra Lamprecht <lamprecht@finanzkontor-lamprecht.example>", ent="kv",
  subj="AW: Beispielrechnung PKV für Ihre Kundenveranstaltung",
  date="2026-03-18 11:03", sig="vogel", sigstyle="short",
  att=[PDF("Beispielrechnung_PKV_Musterkunde.pdf", [
      ("h", "Beispielrechnung KomfortPlus - Musterkunde"),
      ("p", "Annahmen: Angestellter, 35 Jahre, gesund, ohne Risikozuschlag, Selbstbehalt 600 EUR, Krankentagegeld 150 EUR ab 43. Tag."),
      ("t", [["Baustein", "Monatsbeitrag"], ["KomfortPlus 600", "412,30 EUR"], ["KT 43 (150 EUR)", "38,70 EUR"], ["Pflege (PVN)", "41,25 EUR"],
             ["Gesamt", "492,25 EUR"], ["davon Arbeitgeberzuschuss (max.)", "246,13 EUR"]]),
      ("small", "Unverbindliche Beispielrechnung, Beiträge Stand 01/2026. Keine reale Person.")], title="Beispielrechnung")],
  body="""
Hallo Frau Lamprecht,

gern - anbei eine Beispielrechnung mit einem fiktiven Musterkunden (35 J., Angestellter). Für echte Angebote bitte wie immer den Tarifrechner im Portal nutzen.

Viel Erfolg bei der Veranstaltung!
K. Vogel
""")

# d0246
M("S", "de", "insurer-to-customer", "short-term care stay reimbursed for the customer's husband (care grade, nursing home)",
  frm=ADDR("yilmaz"), to="Margret Dahlmann <margret.dahlmann@kabelmail.example>", ent="kv",
  subj="Kurzzeitpflege Ihres Mannes - Erstattung",
  date="2026-09-23 15:36", sig="yilmaz",
  body="""
Sehr geehrte Frau Dahlmann,

für die Kurzzeitpflege Ihres Mannes, Herrn Werner Dahlmann (Pflegegrad 4), im Seniorenzentrum St. Josef vom 01.09. bis 21.09.2026 erstatten wir aus der privaten Pflegepflichtversicherung 1.774,00 € (pflegebedingte Aufwendungen). Unterkunft und Verpflegung (651,00 €) sind leider nicht erstattungsfähig.

Das Entlastungsbudget Ihres Mannes für 2026 ist damit zu 1.774,00 € von 3.539,00 € genutzt.

Ich hoffe, die Zeit hat Ihnen etwas Erholung gebracht.

Mit freundlichen Grüßen
""")

# d0247
M("C", "de", "company", "fleet manager's notice of new drivers with dates of birth and licence data (ODS), forwarded to motor underwriting",
  frm=ADDR("brenner"), to="Uwe Scholten <u.scholten@stadtreinigung-kerpen.example>", ent="av",
  subj="AW: Neue Fahrer ab Oktober",
  date="2026-09-28 10:36", sig="brenner", sigstyle="short",
  att=[ODS("Fahreraenderung_Stadtreinigung_2026-10.ods", {"Fahrer": [
      ["Kennzeichen", "Fahrer neu", "Geburtsdatum", "Führerschein Klasse", "seit"],
      ["BM-SR 215", "Dennis Gerlach", "12.03.2001", "B, C1", "2019 / 2024"],
      ["BM-SR 216E", "Patricia Abel", "30.10.1985", "B", "2004"],
      ["BM-SR 301", "Pool", "", "", ""]]})],
  body="""
Hallo Herr Scholten,

danke, die Fahreränderungen sind eingetragen (Liste mit meinem Vermerk zurück). Für Herrn Gerlach (unter 25) gilt ab 01.10. der Zuschlag für junge Fahrer auf BM-SR 215, +212 € p. a.

Viele Grüße
""",
  quote=OQ("Uwe Scholten <u.scholten@stadtreinigung-kerpen.example>", "Freitag, 25. September 2026 13:02", "Brenner, Markus",
           "Neue Fahrer ab Oktober", "Hallo Herr Brenner, anbei die neuen Fahrerzuordnungen ab 1.10. Frau Pütz ist in Elternzeit. Gruß Scholten"))

# d0248
M("N", "de", "internal", "minutes of the benefits committee with general coverage decisions for conditions, no individual case (trap: lipoedema, liposuction)",
  frm=ADDR("kroeger"), to=f"Leistung Kranken Teamleitungen <tl-leistung-kv@{DOM}>", ent="kv",
  subj="Protokoll Leistungsausschuss 09/2026 - Grundsatzentscheidungen",
  date="2026-09-11 16:20", sig="kroeger", sigstyle="short",
  att=[ODT("Protokoll_Leistungsausschuss_2026-09.odt", [
      ("h", "Leistungsausschuss 09/2026 - Grundsatzentscheidungen"),
      "1. Liposuktion bei Lipödem: Ab Stadium III grundsätzlich erstattungsfähig, wenn 6 Monate konservative Therapie dokumentiert sind. Stadium I/II weiterhin Einzelfallprüfung durch Beratungsarzt.",
      "2. Digitale Gesundheitsanwendungen (DiGA): Erstattung wie GKV-Verzeichnis, auch ohne Verordnung, sofern ärztliche Empfehlung vorliegt.",
      "3. Kontinuierliche Glukosemessung: bei Typ-2-Diabetes mit intensivierter Insulintherapie erstattungsfähig.",
      "4. Keine Beratung von Einzelfällen in diesem Gremium; Einzelfälle bitte über die Beratungsarztrunde."])],
  body="""
Hallo zusammen,

anbei das Protokoll mit den Grundsatzentscheidungen. Die Arbeitsanweisungen werden bis 01.10. angepasst; bis dahin bitte bei Lipödem-Fällen die neue Linie schon anwenden.

Viele Grüße
""")

# d0249
M("S", "en", "therapist", "speech therapist's progress report on a member's child (stuttering) forwarded to the medical advisor",
  frm=ADDR("whitfield"), to="Dr. Ian Prescott <medical.advisor@prescott-consulting.example>", ent="kv",
  subj="FW: progress report - Noah Fischer-Grant",
  date="2026-05-11 11:45", sig="whitfield", sigstyle="name",
  att=[EML(INNER("Sprachpraxis Ehrenfeld <info@sprachpraxis-ehrenfeld.example>", f"int.health@{DOM}",
                 "progress report - Noah Fischer-Grant", "2026-05-08 17:20",
                 """Dear Sir or Madam,

as requested, a short report on Noah Fischer-Grant (born 19/08/2019), who has been in speech therapy with us since October 2025 (referral Dr. Kessler, paediatrician; diagnosis F98.5 stuttering).

Noah has completed 24 sessions (Lidcombe programme). Severity rating has improved from 6 to 3 (scale 1-9). Parents do the daily practice consistently. We recommend a further 20 sessions until the end of the year to stabilise fluency before he starts school in August.

Kind regards,
Miriam Okafor, speech and language therapist""", "<SP-EHR-20260508-noahfg@sprachpraxis-ehrenfeld.example>", lang="en"),
      fn="progress report - Noah Fischer-Grant.eml")],
  body="""
Hi Ian,

extension request for speech therapy (20 more sessions) for a member's son, report attached. Looks reasonable to me; please confirm.

Thanks,
""")

# d0250
M("C", "en", "insurer-to-broker", "professional indemnity for a named self-employed architect: turnover, claims history, policy number (XLSX)",
  frm=ADDR("hartmann"), to="Michael Brooks <m.brooks@brooks-partners.example>", ent="av",
  subj="PI renewal - Architect Dipl.-Ing. Carla Neumann, BH-7712-0190",
  date="2026-11-11 14:14", sig="hartmann",
  att=[XLSX("PI_renewal_Neumann_BH-7712-0190.xlsx", {"Renewal": [
      ["Item", "2026", "2027"],
      ["Fee income (EUR)", 412000, 468000],
      ["Limit personal injury (EUR)", 3000000, 3000000],
      ["Limit property/financial loss (EUR)", 1000000, 1500000],
      ["Deductible (EUR)", 2500, 2500],
      ["Premium net (EUR)", 5210.00, 6120.00],
      ["Claims", "1 (2024, water ingress flat roof, reserve EUR 38,000)", ""]]}, author="Hartmann, Sven")],
  body="""
Dear Michael,

renewal terms for your client Carla Neumann (self-employed architect, Bonn) are attached. The higher premium reflects her increased fee income (EUR 468k declared for 2027) and the higher limit for financial loss she asked for.

The 2024 claim (flat roof) is still open; the reserve is unchanged. No loading applied.

Best regards,
""")

# d0251
M("N", "en", "insurer-to-supplier", "data-centre colocation contract questions; company data only",
  frm=ADDR("raman"), to="Sales <sales@rhein-colocation.example>",
  subj="Colocation offer RC-2026-118 - questions",
  date="2026-07-22 10:31", sig="raman",
  body="""
Hello Mr Pohl,

thanks for the offer for 4 racks in your Frankfurt site. Before we can decide, a few questions:

1. Is the power (2 x 16 A per rack) A+B fed from separate UPS systems?
2. Can we get a dedicated cage with our own badge readers?
3. Which certifications does the site hold (ISO 27001, EN 50600 class)? Please send the certificates.
4. Cross-connects to our MPLS carrier - one-off and monthly costs?

Kind regards,
""")

# d0252
M("S", "de", "insurer-to-customer", "premium arrears in private health insurance and move to the emergency tariff (personal line, finance)",
  frm=f"Forderungsmanagement Kranken <forderungen.kv@{DOM}>", to="Sven Matuschek <sven.matuschek@mailbox.example>", client="outlook",
  subj="Ihr Beitragsrückstand - wichtige Information",
  date="2026-08-19 09:00",
  body="""
Sehr geehrter Herr Matuschek,

trotz unserer Mahnungen vom 15.05. und 17.06.2026 sind die Beiträge für Ihre Krankenversicherung KV 104 902 118 für die Monate April bis Juli 2026 (insgesamt 2.284,80 € zzgl. Säumniszuschlägen) nicht bezahlt.

Nach § 193 Abs. 6 VVG ruht Ihr Vertrag daher ab dem 01.09.2026; Sie sind dann im Notlagentarif versichert. Dort werden nur noch Aufwendungen für akute Erkrankungen und Schmerzzustände sowie bei Schwangerschaft und Mutterschaft erstattet.

Sobald alle Rückstände bezahlt sind, wird Ihr Vertrag in den ursprünglichen Tarifen fortgesetzt. Wenn Sie Schwierigkeiten haben, die Beiträge zu zahlen, rufen Sie uns bitte an (0221 555-3333) - wir finden gemeinsam eine Lösung, z. B. eine Ratenzahlung.

Mit freundlichen Grüßen
Forderungsmanagement Krankenversicherung
""")

# d0253
M("C", "de", "insurer-to-customer", "seasonal motorbike plate and dormant cover: named customer, registration, policy",
  frm=ADDR("kowalski"), to="Dirk Lammertz <dirk.lammertz@webpost.example>", ent="av", client="thunderbird",
  subj="Saisonkennzeichen 04-10 für Ihr Motorrad",
  date="2026-03-20 16:22", sig="kowalski", sigstyle="short",
  body="""
Hallo Herr Lammertz,

ich habe Ihre Motorradversicherung KF-2230 8812 (Honda Africa Twin, AC-DL 77) auf das Saisonkennzeichen 04-10 umgestellt. Außerhalb der Saison besteht automatisch eine beitragsfreie Ruheversicherung; das Motorrad muss dann aber in der Garage Kirchweg 8 in Simmerath abgestellt sein und darf nicht auf öffentlichen Straßen bewegt werden.

Neuer Jahresbeitrag: 214,60 € statt 318,40 €.

Gute Fahrt!
""")

# d0254
M("N", "de", "internal", "year-end party information; no personal data",
  frm="Betriebsrat Köln <betriebsrat@versicherer.example>", to=f"Alle Mitarbeitenden Köln <alle-koeln@{DOM}>", client="thunderbird",
  subj="Jahresabschlussfeier 11.12. - Anmeldung läuft",
  date="2026-11-09 12:10",
  body="""
Liebe Kolleg:innen,

die Jahresabschlussfeier findet am Freitag, 11. Dezember, ab 17 Uhr im Betriebsrestaurant statt. Es gibt Glühwein, Flammkuchen, eine kleine Tombola (Erlös geht an die Kölner Tafel) und ab 20 Uhr die Band "Die Rückversicherer" aus der IT.

Anmeldung bis 27.11. im Intranet, damit das Restaurant planen kann. Vegetarisch/vegan bitte bei der Anmeldung angeben.

Euer Betriebsrat
""")

# d0255
M("S", "de", "insurer-to-customer", "annual statement of a basic pension (Rürup) contract of the named customer (life line, harmless-looking)",
  frm=f"Versicherer Leben <kundenservice.leben@{DOM}>", to="Beate Vierkötter <beate.vierkoetter@postfach.example>", client="system",
  subj="Ihre jährliche Standmitteilung 2026", mailer="VERSO Output Management 7.4",
  date="2026-02-14 05:30",
  att=[PDF("Standmitteilung_2026_LV60418207.pdf", [
      ("h", "Jährliche Mitteilung zu Ihrer Basisrente"),
      ("p", "Versicherungsnehmerin und versicherte Person: Beate Vierkötter, geb. 21.07.1974 · Vertrag LV 60 418 207-5 (Basisrente, Tarif BR-Invest)"),
      ("t", [["Stand 31.12.2025", "Betrag"], ["Eingezahlte Beiträge 2025", "6.000,00 EUR"], ["Vertragsguthaben", "48.771,32 EUR"],
             ["Garantierte Monatsrente ab 67", "182,40 EUR"], ["Mögliche Monatsrente (Modellrechnung 6 %)", "611,90 EUR"]]),
      ("p", "Die Beiträge 2025 haben wir an die Finanzverwaltung gemeldet (Steuer-ID liegt vor)."),
      ("small", "Dieses Dokument ersetzt nicht die Vertragsunterlagen.")], title="Standmitteilung 2026")],
  body="""
Sehr geehrte Frau Vierkötter,

anbei erhalten Sie die jährliche Mitteilung zu Ihrer Basisrente mit dem Stand zum 31.12.2025. Die an das Finanzamt gemeldeten Beiträge können Sie in Ihrer Steuererklärung als Altersvorsorgeaufwendungen angeben.

Ihr Kundenservice Leben
""")

# d0256
M("C", "de", "insurer-to-partner", "double-insurance check with another insurer about a named claimant (date of birth, stolen e-bike)",
  frm=ADDR("demir"), to="Schadenservice Hanse Assekuranz <schaden@hanse-assekuranz.example>", ent="av",
  subj="Anfrage Mehrfachversicherung - Fahrraddiebstahl Herr Kleinschmidt",
  date="2026-10-27 11:39", sig="demir",
  body="""
Sehr geehrte Damen und Herren,

unser Versicherungsnehmer Herr Marvin Kleinschmidt, geb. 04.04.1991, Luxemburger Str. 280, 50937 Köln, hat uns den Diebstahl seines E-Bikes (Riese & Müller Charger4, Rahmen-Nr. WRM44190817) am 19.10.2026 gemeldet (unser Schaden 26-H-0049930, Hausrat HR 7731-90022).

Herr Kleinschmidt gab an, das Rad sei zusätzlich über eine Fahrradversicherung bei Ihnen versichert. Bitte teilen Sie uns mit, ob dort ein Vertrag besteht und ob der Schaden bei Ihnen gemeldet wurde (§ 78 VVG). Die Einwilligung des VN liegt vor.

Mit freundlichen Grüßen
""")

# d0257
M("N", "en", "internal", "team off-site agenda; no personal data",
  frm=ADDR("stone"), to=f"Finance & Reinsurance <finance-re@{DOM}>",
  subj="Team off-site 17-18 September - agenda",
  date="2026-09-03 14:44", sig="stone", sigstyle="name",
  body="""
Hi all,

here's the agenda for our off-site at the Eifel lodge:

Thu 17 Sep
10:00 arrival, coffee
10:30 the year so far: treaties, closing, audit findings
13:00 lunch
14:00 workshop: automating the bordereaux (with IT)
16:30 hike to the lake (weather permitting)
19:00 dinner

Fri 18 Sep
09:00 renewal strategy 2027
11:30 team charter: how we want to work together
13:00 lunch and departure

Car pools are in the shared sheet. Please bring walking shoes!
""")

# d0258
M("S", "de", "insurer-to-customer", "generic tariff answer to a prospect, but the quoted question reveals his upcoming dental crowns (health data of an identifiable person)",
  frm=ADDR("kowalski"), to="Jannis Papadopoulos <jannis.papadopoulos@mailbox.example>", ent="kv",
  subj="AW: Zahnzusatzversicherung - Wartezeit?",
  date="2026-08-06 10:57", sig="kowalski",
  body="""
Hallo Herr Papadopoulos,

vielen Dank für Ihr Interesse. Leider ist eine Behandlung, die bei Antragstellung bereits angeraten oder geplant ist, in keinem Zahnzusatztarif versichert - auch nicht in unserem ZahnPlus 90. Das gilt unabhängig von der Wartezeit von 8 Monaten.

Für künftige Behandlungen lohnt sich der Tarif trotzdem. Gern schicke ich Ihnen ein Angebot.

Freundliche Grüße
""",
  quote=Q("""Jannis Papadopoulos schrieb am 05.08.2026 um 22:31:
Guten Abend, mein Zahnarzt hat letzte Woche gesagt dass ich an zwei Backenzähnen (unten rechts) bald Kronen brauche, eine Wurzelbehandlung läuft gerade. Wenn ich jetzt Ihre Zahnzusatz abschliesse, zahlen Sie das dann? Und wie lange ist die Wartezeit?"""))

# d0259
M("N", "de", "insurer-to-customer", "appointment confirmation for a general pension advice meeting with a prospect; no contract or sensitive data",
  frm=ADDR("falk"), to="Carolin Weidemann <carolin.weidemann@mailbox.example>",
  subj="Ihr Beratungstermin am 12.11.",
  date="2026-11-04 17:40", sig="falk",
  body="""
Hallo Frau Weidemann,

vielen Dank für Ihre Anfrage über unsere Website. Gern bestätige ich unseren Termin:

Donnerstag, 12.11.2026, 17:30 Uhr, Kundencenter Köln, Rheinuferstraße 12 (Eingang Kaiserstraße)

Thema: Altersvorsorge, allgemeiner Überblick. Sie müssen nichts vorbereiten; wenn Sie mögen, bringen Sie Ihre letzte Renteninformation mit.

Ich freue mich auf das Gespräch!

Herzliche Grüße
""")

# d0260
M("N", "en", "insurer-to-supplier", "website translation order; product texts only",
  frm=ADDR("baumann"), to="Project Management <pm@lingua-corporate.example>",
  subj="Order: translation DE-EN of product pages (42 pages)",
  date="2026-06-15 09:12", sig="baumann", sigstyle="short",
  body="""
Hello Anna,

please translate the 42 product pages in the attached export link (household, buildings, liability, travel) from German into English. Terminology: please use our glossary v3 (insurance terms) and keep product names untranslated (e.g. "ZahnPlus 90").

Deadline: 10 July. Delivery as XLIFF via your portal. PO 4500129960.

Thanks,
""")

# ---------------------------------------------------------------- batch 8: d0261-d0298

# d0261
M("N", "de", "insurer-to-supplier", "error report with a log excerpt to the claims-system vendor; technical data only (trap: 'Arztrechnung' in an IT ticket)",
  frm=ADDR("hoffmann"), to="Support ClaimSys <support@claimsys-software.example>",
  subj="Ticket CS-77120: Fehler beim Speichern von Arztrechnungen mit Faktor > 3,5",
  date="2026-04-21 09:41", sig="hoffmann", sigstyle="short",
  att=[TXT("claimsys_app_2026-04-21.log", """2026-04-21 08:12:44,118 ERROR [benefit-calc-7] c.c.b.FactorValidator - validation failed: factor=3.60 > max=3.50 for fee schedule GOAE, position class=MED
2026-04-21 08:12:44,120 ERROR [benefit-calc-7] c.c.b.InvoiceService - save aborted, tx rolled back (invoiceType=DOCTOR, lines=7)
2026-04-21 08:12:44,121 WARN  [benefit-calc-7] c.c.u.UiErrorMapper - mapped to user message E-4711 'Unbekannter Fehler'
""")],
  body="""
Hallo zusammen,

seit dem Release 26.2 schlägt das Speichern von Arztrechnungen fehl, sobald eine Position mit einem Faktor über 3,5 (Abdingung nach § 2 GOÄ) erfasst wird. Der Benutzer bekommt nur "E-4711 Unbekannter Fehler". Logauszug anbei (ohne Fachdaten).

Erwartetes Verhalten: Warnung, aber Speichern möglich, da abweichende Vereinbarungen zulässig sind.

Betroffen: ca. 30 Belege pro Tag. Priorität bitte hoch.

Viele Grüße
""")

# d0262
M("S", "en", "insurer-to-supplier", "IT ticket to an external vendor whose pasted log accidentally contains a named customer's diagnosis and claim data (looks like a technical mail)",
  frm=ADDR("hoffmann"), to="Support ClaimSys <support@claimsys-software.example>",
  subj="Ticket CS-77184: PDF export of benefit letters truncated",
  date="2026-05-07 14:02", sig="hoffmann", sigstyle="short",
  body="""
Hi,

the PDF export of benefit letters cuts off the last table row when the letter has more than 12 lines. Example from production this morning (log excerpt):

2026-05-07 10:31:07 INFO  LetterRenderer - rendering letter L-26-5518821 for customer=KV 118 203 447 "Anneliese Bruckmann"
2026-05-07 10:31:07 DEBUG LetterRenderer - row 13: "Rechnung Dr. Pham, 12.04.2026, C61 G Prostatakarzinom, Bestrahlung 28 Fraktionen, 4.812,40 EUR"
2026-05-07 10:31:08 WARN  PdfWriter - table overflow, rows dropped: 1

The letter went out without that row. Can you reproduce this with your test data? Release 26.2.1.

Thanks,
""")

# d0263
M("C", "de", "insurer-to-customer", "leak detection appointment at the insured address: named customers, claim and policy number",
  frm=ADDR("demir"), to="Familie Özkan <oezkan.familie@heimnetz.example>", ent="av", charset="windows-1252", cte="quoted-printable",
  subj="Leckageortung am Dienstag - Schaden 26-H-0044108",
  date="2026-08-21 13:26", sig="demir",
  body="""
Sehr geehrte Frau Özkan, sehr geehrter Herr Özkan,

wie besprochen kommt die Firma LeckTec am Dienstag, 25.08.2026, zwischen 8 und 10 Uhr zu Ihnen in die Kalker Hauptstraße 201, um die Ursache für den feuchten Fleck an der Wohnzimmerdecke zu finden.

Die Kosten der Leckageortung übernehmen wir aus Ihrer Wohngebäudeversicherung WG 40-418 336-2 direkt. Bitte sorgen Sie dafür, dass die Techniker an die Wasserzähler und das Badezimmer im OG kommen.

Freundliche Grüße
""")

# d0264
M("N", "en", "newsletter", "broker bulletin on a new travel insurance product with medical benefits described generically (trap)",
  frm=f"Versicherer Broker Bulletin <newsletter@{DOM}>", to="broker-bulletin-en@versicherer.example",
  subj="Travel bulletin: new annual cover with unlimited medical expenses",
  date="2026-03-05 07:00",
  body="""
TRAVEL BULLETIN - March 2026

From 1 April our annual multi-trip cover "Travel Plus" includes:

- unlimited medical expenses abroad, including hospital treatment, surgery and prescribed medicines
- medically necessary repatriation, including medical escort
- pre-existing conditions covered if stable for 6 months (no change of medication, no hospital stay)
- pregnancy complications up to week 36
- trip cancellation for illness, accident, job loss and more

Prices from EUR 39 per year (individual, Europe). Quotes in the broker portal.

Your travel team
""")

# d0265
M("C", "en", "insurer-to-customer", "international motor insurance card for a trip: named customer, registration, policy number (PDF)",
  frm=ADDR("kowalski"), to="Karim Benali <karim.benali@lemail.example>", ent="av",
  subj="Your green card for Morocco",
  date="2026-06-25 12:12", sig="kowalski",
  att=[PDF("International_Motor_Insurance_Card_KF-2244-1190.pdf", [
      ("h", "International Motor Insurance Card (Green Card)"),
      ("t", [["", ""], ["Insurer", "Versicherer Allgemeine Versicherung AG (D 5719)"], ["Policyholder", "Karim Benali, Frankfurter Str. 61, 51065 Köln"],
             ["Policy no.", "KF-2244 1190"], ["Vehicle", "Dacia Duster, registration K-KB 2610"], ["Valid", "01/07/2026 - 31/08/2026"],
             ["Countries", "all listed countries incl. MA (Morocco)"]])], title="Green Card")],
  body="""
Dear Mr Benali,

as requested, attached is your international motor insurance card, now including Morocco (MA) for your trip in July and August. Please print it out and carry it in the car; in Morocco the paper version is required at the border.

Have a good trip!
""")

# d0266
M("S", "de", "insurer-to-customer", "travel health insurance: the addressee's lower-leg fracture while skiing in Austria, helicopter rescue, surgery",
  frm=ADDR("seidel"), to="Christian Lüdecke <c.luedecke@freenet-mail.example>", ent="av", charset="iso-8859-1",
  subj="Ihr Skiunfall in Ischgl - Abrechnung",
  date="2026-03-09 15:04", sig="seidel",
  body="""
Sehr geehrter Herr Lüdecke,

wir hoffen, es geht Ihnen nach der Operation wieder besser.

Aus Ihrer Auslandsreisekrankenversicherung (Vertrag TR-2025-0410233) haben wir abgerechnet:

- Hubschrauberbergung Idalp, 14.02.2026: 4.870,00 EUR
- Krankenhaus Zams, Unterschenkelfraktur rechts, Osteosynthese mit Marknagel, 14.-19.02.2026: 9.212,40 EUR (direkt an die Klinik)
- Krankenrücktransport nach Köln, liegend, 19.02.2026: 1.980,00 EUR

Die Bergungskosten und der Rücktransport sind vollständig versichert. Die Nachbehandlung in Deutschland (Physiotherapie) rechnet bitte Ihre Krankenkasse ab.

Mit freundlichen Grüßen
""")

# d0267
M("N", "de", "insurer-to-supplier", "catering order for the year-end party; company data only",
  frm=ADDR("richter"), to="Eventservice Rheinbistro <events@rheinbistro.example>",
  subj="Bestellung Catering Jahresabschlussfeier 11.12.",
  date="2026-11-25 10:15", sig="richter", sigstyle="short",
  body="""
Hallo Herr Baumeister,

wir bestätigen das Angebot AN-2026-412 mit folgenden Änderungen:

- 420 Personen statt 380
- Flammkuchen: 3 Sorten, davon eine vegan
- Glühweinstand mit alkoholfreier Variante (Kinderpunsch)
- Aufbau ab 14 Uhr, Abbau bis 1 Uhr

Rechnung bitte an Versicherer Holding AG, Einkauf, Bestell-Nr. 4500131088.

Viele Grüße
""")

# d0268
M("C", "de", "insurer-to-customer", "bicycle accident with a pedestrian's smartphone damaged (no injury): named customer, claim, policy",
  frm=ADDR("oltmanns"), to="Leonie Wessel <leonie.wessel@uni-mail.example>", ent="av", charset="iso-8859-1", cte="quoted-printable",
  subj="Ihr Fahrradunfall am Aachener Weiher - 26-HP-0037460",
  date="2026-07-16 11:33", sig="oltmanns",
  body="""
Hallo Frau Wessel,

zum Zusammenstoß mit der Fußgängerin am 11.07.2026: Gut, dass niemand verletzt wurde. Das heruntergefallene Smartphone von Frau Sibel Kaya (iPhone 15, Display gebrochen) ersetzen wir aus Ihrer Privathaftpflicht PH 31-687 551 zum Zeitwert.

Frau Kaya hat uns den Kostenvoranschlag bereits geschickt (329 EUR). Wir zahlen direkt an sie; für Sie entsteht keine Selbstbeteiligung.

Viele Grüße
""")

# d0269
M("N", "en", "insurer-to-partner", "reply to the auditors about how sample data will be provided (pseudonymised, in the data room), no data in the mail",
  frm=ADDR("morgan"), to="Laura Benning <laura.benning@audit-partners.example>",
  subj="RE: PBC item 37 - sample of health claims",
  date="2026-02-11 16:54", sig="morgan", sigstyle="short",
  body="""
Hi Laura,

regarding PBC item 37 (sample of 60 health claims for the IBNR test): our DPO asks that we do not send claim files by e-mail. We will provide the sample in the virtual data room by Friday, with names and policy numbers pseudonymised and diagnoses reduced to the ICD chapter. If your team needs to see an original file, we can arrange a screen session on site.

Best,
""")

# d0270
M("S", "de", "insurer-to-customer", "review of an ongoing disability pension: multiple sclerosis, request for current reports (ODT questionnaire)",
  frm=ADDR("stanek"), to="Sandra Overbeck <sandra.overbeck@postfach.example>", ent="lv",
  subj="Nachprüfung Ihrer BU-Rente - Fragebogen",
  date="2026-05-26 10:40", sig="stanek",
  att=[ODT("Fragebogen_Nachpruefung_BU_60-402118.odt", [
      ("h", "Fragebogen zur Nachprüfung"),
      "Vertrag: BU 60-402 118 · Versicherte Person: Sandra Overbeck · anerkannte Berufsunfähigkeit seit 01.03.2023 (Multiple Sklerose, schubförmig remittierend)",
      "1. Wie hat sich Ihr Gesundheitszustand seit der letzten Prüfung (05/2024) entwickelt? Gab es neue Schübe?",
      "2. Welche Behandlungen erhalten Sie derzeit (Medikamente, z. B. Ocrelizumab, Physiotherapie, Reha)?",
      "3. Bitte nennen Sie die behandelnden Ärztinnen und Ärzte (Neurologie) der letzten 24 Monate.",
      "4. Üben Sie derzeit eine berufliche Tätigkeit aus? Wenn ja, welche und in welchem Umfang?"])],
  body="""
Sehr geehrte Frau Overbeck,

wie in Ihren Vertragsbedingungen vorgesehen, prüfen wir in regelmäßigen Abständen, ob die Voraussetzungen für die Berufsunfähigkeitsrente weiter bestehen. Das ist eine Routineprüfung; Ihre Rente läuft währenddessen unverändert weiter.

Bitte füllen Sie den angehängten Fragebogen aus und senden Sie ihn mit dem letzten neurologischen Befund (nicht älter als 6 Monate) bis 30.06.2026 zurück.

Mit freundlichen Grüßen
""")

# d0271
M("C", "de", "insurer-to-broker", "restructuring a commercial contract of a named sole proprietor (hotel) due to high claims ratio (XLSX)",
  frm=ADDR("hartmann"), to="Ralf Hinrichs <hinrichs@maklerhaus-sued.example>", ent="av",
  subj="Sanierung GB-5512-0447 Landhotel Bergmann",
  date="2026-10-13 15:07", sig="hartmann",
  att=[XLSX("Schadenverlauf_GB-5512-0447.xlsx", {"Schadenverlauf": [
      ["Jahr", "Beitrag netto", "Schadenaufwand", "Schadenquote", "Schäden"],
      [2022, 8420, 3110, "37 %", "Glasbruch"],
      [2023, 8610, 18900, "220 %", "Leitungswasser Gästezimmer"],
      [2024, 8790, 2400, "27 %", "Sturm"],
      [2025, 9050, 24870, "275 %", "Leitungswasser Küche, BU 9 Tage"],
      [2026, 9230, 11400, "124 %", "Leitungswasser (Stand 30.09.)"]]}, author="Hartmann, Sven")],
  body="""
Hallo Herr Hinrichs,

der Vertrag GB-5512-0447 Ihres Kunden Karl Bergmann (Landhotel Bergmann, Inh. Karl Bergmann, Oberstdorf) hat in den letzten vier Jahren drei Leitungswasserschäden gehabt, Schadenquote gesamt 136 % (Verlauf anbei).

Zur Hauptfälligkeit 01.01.2027 können wir nur fortführen mit:
- Selbstbeteiligung Leitungswasser 2.500 €,
- Nachweis der Erneuerung der Warmwasserleitungen im Altbau bis 30.06.2027,
- Beitragszuschlag 15 %.

Sonst müssten wir fristgerecht kündigen. Bitte sprechen Sie mit Herrn Bergmann.

Viele Grüße
""")

# d0272
M("N", "en", "internal", "organisational announcement of a new head of department; no sensitive data",
  frm=f"Board of Management <vorstand@{DOM}>", to=f"All staff <alle@{DOM}>", client="outlook",
  subj="New head of Health Claims from 1 July",
  date="2026-05-29 10:00",
  body="""
Dear colleagues,

we are pleased to announce that Dr. Marion Brockhaus will take over as head of Health Claims on 1 July 2026. She succeeds Klaus Petersen, who is retiring after 31 years with the company.

Dr. Brockhaus joins us from a large private health insurer, where she led the benefits management and the medical service. She will focus on faster processing, the new invoice check and the cooperation with our partner hospitals.

Please join us in welcoming her and thanking Klaus for his great work.

The Board of Management
""")

# d0273
M("S", "en", "insurer-to-customer", "income protection claim: graded return to work after burnout treatment of the addressee",
  frm=ADDR("stanek"), to="Martin Hughes <martin.hughes@nordpost.example>", ent="lv",
  subj="Your graded return to work - benefit during the transition",
  date="2026-06-29 09:55", sig="stanek",
  body="""
Dear Mr Hughes,

thank you for the letter from your psychiatrist, Dr. Kallweit, confirming that you can start a graded return to work from 6 July after your treatment for burnout and depression.

Under your income protection policy BU 60-455 019 we will continue to pay the full benefit (EUR 2,400 a month) during the agreed return plan:

- weeks 1-4: 3 hours a day
- weeks 5-8: 5 hours a day
- from week 9: full time

If the plan has to be adjusted, please just let us know; your benefit will not stop because of a setback. We will close the claim after four weeks of full-time work.

Wishing you all the best for the restart,
""")

# d0274
M("C", "en", "insurer-to-customer", "burglary at an expat's flat: named customer, address, claim number, list of stolen items (XLSX)",
  frm=ADDR("demir"), to="Giulia Ferraro <giulia.ferraro@lemail.example>", ent="av",
  subj="Claim 26-H-0038801 - burglary, your list of stolen items",
  date="2026-07-08 16:12", sig="demir",
  att=[XLSX("Stolen_items_Ferraro_26-H-0038801.xlsx", {"Items": [
      ["Item", "Brand/model", "Bought", "Price (EUR)", "Receipt", "Our valuation (EUR)"],
      ["Laptop", "MacBook Air M2", "2023", 1349, "yes", 1349],
      ["Camera", "Sony A7 III + lens", "2021", 2190, "yes", 2190],
      ["Ring (white gold)", "-", "2019 (gift)", "approx. 900", "no", "tbd"],
      ["Cash", "-", "-", 200, "-", 200],
      ["Door lock repair", "locksmith invoice", "2026", 245, "yes", 245]]}, author="Demir, Aylin")],
  body="""
Dear Ms Ferraro,

thank you for your list. I have added our valuation (attached). For the white gold ring we need a photo or a valuation from a jeweller, as there is no receipt.

Your home contents policy HR 7731-83340 covers the flat at Maastrichter Str. 22, 50672 Köln, with a sum insured of EUR 40,000; the cash limit is EUR 1,500. Once we have the ring valuation we will settle the claim in one payment.

Kind regards,
""")

# d0275
M("N", "de", "newsletter", "generic health-insurance newsletter about physiotherapy benefits (trap: therapy vocabulary, no person)",
  frm=f"Versicherer Gesundheitsnews <newsletter@{DOM}>", to="kunden-kranken@versicherer.example",
  subj="Rückenschmerzen? Das zahlt Ihre Krankenversicherung bei Physiotherapie",
  date="2026-05-07 08:00", cte="quoted-printable",
  body="""
Gesundheitsnews Mai 2026

Rückenschmerzen? Das zahlt Ihre Krankenversicherung

Krankengymnastik, Manuelle Therapie, Massagen, Fango: Heilmittel gehören zu den häufigsten Leistungen in der Krankenversicherung. So gehen Sie vor:

1. Lassen Sie sich die Behandlung ärztlich verordnen (Rezept mit Diagnose und Anzahl der Behandlungen).
2. Reichen Sie nach der Behandlung Rezept und Rechnung zusammen ein, am einfachsten per App.
3. Erstattet wird bis zu den Höchstbeträgen Ihres Tarifs, in KomfortPlus zu 100 %.

Tipp: Mit unserem Online-Rückenkurs (12 Wochen, kostenlos für Versicherte) können Sie selbst etwas für Ihren Rücken tun.

Ihre Versicherer Krankenversicherung

Abmelden: www.versicherer.example/newsletter/abmelden
""")

# d0276
M("S", "de", "insurer-to-customer", "pharmacy annual statement of the addressee as CSV (cp1252) with drugs, strengths and PZN; questions about two items",
  frm=ADDR("kroeger"), to="Ingrid Wolters <ingrid.wolters@t-net.example>", ent="kv",
  subj="Ihre Apotheken-Jahresaufstellung 2025 - zwei Rückfragen",
  date="2026-02-20 14:14", sig="kroeger",
  att=[CSV("Jahresaufstellung_2025_Wolters.csv", [
      ["Datum", "PZN", "Artikel", "Menge", "Preis EUR", "Rezept"],
      ["08.01.2025", "04913251", "L-Thyroxin 100 µg Tabletten", "100 St", "17,66", "ja"],
      ["08.01.2025", "00558736", "Candesartan 8 mg Tabletten", "98 St", "25,84", "ja"],
      ["21.03.2025", "16509271", "Alendronsäure 70 mg Wochentablette", "12 St", "31,09", "ja"],
      ["21.03.2025", "11126883", "Calcium + Vitamin D3 1000 mg/880 IE", "120 St", "14,95", "nein"],
      ["30.06.2025", "04913251", "L-Thyroxin 100 µg Tabletten", "100 St", "17,66", "ja"],
      ["14.10.2025", "02239592", "Ibuprofen 400 mg", "20 St", "4,49", "nein"]], enc="windows-1252")],
  body="""
Sehr geehrte Frau Wolters,

vielen Dank für die Jahresaufstellung Ihrer Apotheke. Die verordneten Arzneimittel (Schilddrüse, Blutdruck, Alendronsäure) erstatten wir vollständig.

Zwei Positionen sind ohne Rezept gekauft: Calcium/Vitamin D3 und Ibuprofen. Nicht verschreibungspflichtige Arzneimittel erstattet Ihr Tarif nur mit ärztlicher Verordnung. Falls Ihre Ärztin das Calcium-Präparat zur Osteoporose-Therapie verordnet hat, schicken Sie uns bitte das Rezept nach.

Mit freundlichen Grüßen
""")

# d0277
M("N", "en", "internal", "rollout of a new expense tool; no personal data",
  frm=ADDR("morgan"), to=f"All staff <alle@{DOM}>",
  subj="From 1 March: expenses only via TravelPay",
  date="2026-02-16 11:20", sig="morgan", sigstyle="short",
  body="""
Dear colleagues,

from 1 March 2026 all travel and expense claims are submitted via the TravelPay app (iOS, Android, browser). The paper form and the Excel template will no longer be accepted.

- receipts: take a photo, the app reads amount and date
- approvals: your manager gets a push notification
- reimbursement: with the next payroll run

Training videos (5 minutes each) are on the intranet. Questions: expenses@versicherer.example.
""")

# d0278
M("C", "de", "insurer-to-customer", "change of vehicle: named customer, new car with VIN and registration, policy (mobile reply)",
  frm=ADDR("brenner"), to="Nina Terhorst <nina.terhorst@webpost.example>", ent="av", client="mobile",
  subj="Re: Neues Auto",
  date="2026-06-12 18:03",
  body="""
Hallo Frau Terhorst,

alles klar, ich habe den Fahrzeugwechsel in Ihrem Vertrag KF-2201 6628 eingetragen: Hyundai Kona Elektro, FIN KMHK381GFRU210447, ab 15.06. mit dem Kennzeichen NE-NT 88E. Die eVB-Nummer hatten Sie ja schon.

Gruß M. Brenner
""",
  quote=Q("""Am 12.06.2026 um 17:20 schrieb Nina Terhorst <nina.terhorst@webpost.example>:
Hallo Herr Brenner, Kennzeichen ist jetzt da: NE-NT 88E. Zulassung ist am Montag. LG Nina Terhorst"""))

# d0279
M("N", "de", "internal", "review of a letter template with placeholders for diagnosis and name (trap: template, no person)",
  frm=ADDR("schreiber"), to=ADDR("stanek"), ent="lv",
  subj="Musterschreiben N-07 (Einstellung nach Nachprüfung) - Entwurf",
  date="2026-04-22 17:33", sig="schreiber", sigstyle="name",
  att=[DOCX("Musterschreiben_N-07_Entwurf_v2.docx", [
      ("h", "Musterschreiben N-07: Einstellung der BU-Leistung nach Nachprüfung"),
      "Sehr geehrte/r «Anrede» «Name»,",
      "wir haben geprüft, ob die Voraussetzungen für die Leistungen aus Ihrer Berufsunfähigkeitsversicherung «Vertragsnummer» weiterhin vorliegen. Nach dem Gutachten von «Gutachter» vom «Datum» hat sich Ihr Gesundheitszustand («Diagnose_Kurztext») so weit gebessert, dass Sie Ihren Beruf als «Beruf» wieder zu mehr als 50 % ausüben können.",
      "Die Leistungen enden daher mit Ablauf des dritten Monats nach Zugang dieses Schreibens, also am «Enddatum» (§ 174 VVG).",
      "[Baustein konkrete Verweisung: Einkommensvergleich «Einkommen_alt» / «Einkommen_neu»]"], author="Schreiber, Carola")],
  body="""
Hallo Oliver,

anbei der überarbeitete Entwurf für das Musterschreiben N-07 mit dem neuen Baustein zum Einkommensvergleich (BGH IV ZR 181/25). Schaust du bis Freitag drüber?

Carola
""")

# d0280
M("S", "de", "insurer-to-company", "statement of a leaving employee's vested pension entitlement in the company pension fund (life line)",
  frm=ADDR("paulsen"), to="Personalabteilung Brandes <personal@brandes-maschinenbau.example>", ent="lv",
  subj="Ausscheiden Herr Timo Grünewald - Mitteilung unverfallbare Anwartschaft",
  date="2026-11-05 10:27", sig="paulsen",
  att=[PDF("Mitteilung_Anwartschaft_Gruenewald.pdf", [
      ("h", "Mitteilung nach § 4a BetrAVG"),
      ("p", "Arbeitnehmer: Timo Grünewald, geb. 18.04.1996 · Direktversicherung LV-BAV-7710-0441 · Ausscheiden zum 31.12.2026"),
      ("t", [["Angabe", "Betrag"], ["Eingezahlte Beiträge (inkl. AG-Zuschuss)", "1.732,50 EUR"], ["Rückkaufswert 31.12.2026", "1.418,22 EUR"],
             ["Garantierte Altersrente ab 67 (beitragsfrei)", "14,71 EUR mtl."]]),
      ("p", "Der Arbeitnehmer kann die Versicherung mit eigenen Beiträgen fortführen oder zum neuen Arbeitgeber übertragen (§ 4 Abs. 3 BetrAVG).")], title="Mitteilung Anwartschaft")],
  body="""
Sehr geehrte Frau Dörries,

zum Ausscheiden von Herrn Grünewald erhalten Sie anbei die Mitteilung über die unverfallbare Anwartschaft aus seiner Direktversicherung. Bitte händigen Sie sie Herrn Grünewald aus; eine Kopie geht ihm auch direkt von uns zu.

Die Versicherungsnehmereigenschaft geht mit dem Ausscheiden auf Herrn Grünewald über (versicherungsvertragliche Lösung), sofern Sie nicht widersprechen.

Mit freundlichen Grüßen
""")

# d0281
M("C", "en", "insurer-to-company", "D&O notification concerning a named managing director and the insolvency administrator's claim",
  frm=ADDR("schreiber"), to="Dr. Ulrich Falkenberg <u.falkenberg@falkenberg-legal.example>", ent="av",
  subj="D&O policy DO-2024-0091 - claim against Mr Jens Rademacher",
  date="2026-09-04 12:20", sig="schreiber",
  body="""
Dear Dr. Falkenberg,

we confirm receipt of the notification under D&O policy DO-2024-0091 (policyholder: Rademacher Fördertechnik GmbH, in insolvency).

The insolvency administrator, Ms Katharina Voss, claims EUR 1.84 m from the former managing director, Mr Jens Rademacher, for payments made after the company became insolvent (section 15b InsO). We will provide defence cost cover for Mr Rademacher under reservation of rights, in particular regarding the knowing-breach-of-duty exclusion.

Please send us your fee estimate and the administrator's statement of claim. Our claim number is DO-26-0007.

Kind regards,
""")

# d0282
M("N", "en", "insurer-to-partner", "questions on the regulator's stress test template; aggregated figures only",
  frm=ADDR("morgan"), to="Stress Test Team <stresstest@supervisor-eu.example>",
  subj="Insurance stress test 2026 - template questions (undertaking ID 5719)",
  date="2026-05-14 15:42", sig="morgan",
  att=[XLSX("ST2026_questions_5719.xlsx", {"Questions": [
      ["Template", "Cell", "Question"],
      ["ST.02.01", "R0140/C0010", "Should health SLT technical provisions be reported gross or net of the policyholder participation?"],
      ["ST.05.01", "R0300", "Treatment of the lapse shock for group disability contracts: contract or member level?"],
      ["ST.17.01", "C0060", "Natural catastrophe scenario: may we use our internal model event set for hail?"]]})],
  body="""
Dear Stress Test Team,

please find attached three questions on the 2026 templates. We would appreciate an answer before the submission deadline of 26 June.

Kind regards,
""")

# d0283
M("S", "de", "insurer-to-customer", "reimbursement of the addressee's Parkinson medication listed in an HTML table",
  frm=ADDR("kroeger"), to="Wolfgang Esser <wolfgang.esser@kabelmail.example>", ent="kv", html=True,
  subj="Ihre Arzneimittelrechnungen Oktober",
  date="2026-11-09 10:52", sig="kroeger",
  tables={"T1": ([["Datum", "Arzneimittel", "Menge", "Betrag"],
                  ["02.10.2026", "Levodopa/Benserazid 100/25 mg", "200 Tbl.", "48,12 €"],
                  ["02.10.2026", "Pramipexol 0,7 mg retard", "100 Tbl.", "71,30 €"],
                  ["16.10.2026", "Rasagilin 1 mg", "100 Tbl.", "65,94 €"],
                  ["16.10.2026", "Domperidon 10 mg", "50 Tbl.", "14,88 €"]], "pipe")},
  body="""
Sehr geehrter Herr Esser,

Ihre Arzneimittelrechnungen aus Oktober haben wir vollständig erstattet:

[[T1]]

Gesamt: 200,24 €. Die Überweisung erfolgt in den nächsten Tagen.

Ein Hinweis: Ihr Neurologe kann die Rezepte künftig auch direkt über die Apotheke mit uns abrechnen lassen. Dann müssen Sie nicht in Vorleistung gehen. Sprechen Sie Ihre Apotheke einfach darauf an.

Mit freundlichen Grüßen
""")

# d0284
M("N", "de", "insurer-to-broker", "general explanation of underinsurance in household insurance; no client data",
  frm=ADDR("vogel"), to="Ralf Hinrichs <hinrichs@maklerhaus-sued.example>",
  subj="AW: Unterversicherung Hausrat - wie rechnet ihr?",
  date="2026-02-04 12:08", sig="vogel", sigstyle="short",
  body="""
Hallo Herr Hinrichs,

grundsätzlich gilt: Ist die Versicherungssumme niedriger als der Versicherungswert, kürzen wir im Verhältnis (Proportionalregel). Beispiel: Wert 80.000 €, Summe 60.000 €, Schaden 8.000 € - Entschädigung 6.000 €.

Das entfällt, wenn der Unterversicherungsverzicht vereinbart ist. Den gibt es bei uns, wenn die Summe mindestens 650 € pro m² Wohnfläche beträgt. Bei Altverträgen vor 2015 sollte man das prüfen - eine Liste Ihrer betroffenen Verträge kann Ihnen Herr Reuter über das Portal bereitstellen.

Viele Grüße
K. Vogel
""")

# d0285
M("C", "de", "insurer-to-customer", "stolen bicycle from the cellar: named customer, claim number, frame number, payout",
  frm=ADDR("demir"), to="Lars Petersen <lars.petersen@mailbox.example>", ent="av", charset="windows-1252",
  subj="Fahrraddiebstahl - Auszahlung",
  date="2026-10-08 14:57", sig="demir", sigstyle="short",
  body="""
Hallo Herr Petersen,

für Ihr gestohlenes Fahrrad (Canyon Grail 7, Rahmen-Nr. CY2208831004) aus dem Kellerraum Ihres Mehrfamilienhauses zahlen wir aus Ihrer Hausratversicherung HR 7730-52261 den Wiederbeschaffungspreis von 1.899,00 €.

Schaden-Nr. 26-H-0047715. Falls das Rad wieder auftaucht, melden Sie sich bitte bei uns - Sie können dann wählen, ob Sie es zurücknehmen und die Entschädigung erstatten.

Viele Grüße
""")

# d0286
M("N", "en", "internal", "generic FAQ pairs for the customer chatbot, no persons (trap: medical invoices, prescriptions in example questions)",
  frm=ADDR("raman"), to=f"Chatbot Project <chatbot-project@{DOM}>",
  subj="FAQ training set v2 for the chatbot",
  date="2026-07-02 13:17", sig="raman", sigstyle="name",
  att=[CSV("chatbot_faq_v2.tsv", [
      ["intent", "example_question", "answer_id"],
      ["submit_invoice", "How do I send you my physio invoice?", "A-012"],
      ["prescription_otc", "Do you pay for medicine without a prescription?", "A-019"],
      ["hospital_card", "Do I need to show my card at the hospital?", "A-023"],
      ["dental_plan", "My dentist made a treatment plan, what now?", "A-031"],
      ["claim_status", "When will I get my money back?", "A-002"]], sep="\t")],
  body="""
Hi all,

version 2 of the FAQ training set is attached: 5 new intents, all example questions written by us, no real customer messages. Please don't add real chat transcripts to the set - if you need more variety, write paraphrases.

Priya
""")

# d0287
M("S", "en", "customer", "expat's mail with a Spanish hospital invoice (PDF) forwarded as attachment to the third-party administrator",
  frm=ADDR("whitfield"), to="Claims TPA Iberia <claims@tpa-iberia.example>", ent="kv",
  subj="FW: hospital bill Valencia - please settle directly",
  date="2026-10-26 11:40", sig="whitfield",
  att=[EML(INNER("Hendrik Jansen <hendrik.jansen@nordpost.example>", f"int.health@{DOM}", "hospital bill Valencia", "2026-10-24 19:02",
                 """Hi,

attached the bill from Hospital Quirón Valencia. I was in for two nights (15-17 October) with a kidney stone, they did a ureteroscopy and put in a stent that has to come out in 3 weeks. They want me to pay EUR 6,480 by the end of the month - can you pay them directly?

Member no. GC-0057302-01.

Thanks,
Hendrik Jansen""", "<hj-20261024-1902@nordpost.example>", lang="en",
                 att=[PDF("Factura_Quiron_2026-10-17.pdf", [
                     ("h", "Hospital Quirón Valencia - Factura F-26-118830"),
                     ("p", "Paciente: Hendrik Jansen · Ingreso 15/10/2026 · Alta 17/10/2026\nDiagnóstico: N20.1 cálculo ureteral derecho"),
                     ("t", [["Concepto", "Importe"], ["Estancia 2 noches", "1.240,00 EUR"], ["Ureterorrenoscopia + litotricia láser", "3.980,00 EUR"],
                            ["Catéter doble J", "410,00 EUR"], ["Anestesia", "850,00 EUR"], ["Total", "6.480,00 EUR"]])], unicode=True)]),
      fn="hospital bill Valencia.eml")],
  body="""
Dear colleagues,

please settle the attached invoice directly with Hospital Quirón Valencia under our agreement (member GC-0057302-01, Global Care Plus, no deductible for inpatient care). Please also pre-approve the stent removal in 3 weeks.

Thank you,
""")

# d0288
M("C", "de", "insurer-to-customer", "motor premium invoice with direct debit pre-notification (masked IBAN), named customer, policy, registration",
  frm=f"Versicherer Kfz-Service <kfz-service@{DOM}>", to="Bettina Kraus <bettina.kraus@webpost.example>", client="system", mailer="VERSO Output Management 7.4",
  subj="Ihre Beitragsrechnung 2027 - Kfz-Versicherung KF-1950 3372",
  date="2026-11-24 05:12",
  body="""
Sehr geehrte Frau Kraus,

hier Ihre Beitragsrechnung für 2027:

Fahrzeug: VW Polo, SU-BK 229
Haftpflicht (SF 14, 47 %): 233,80 €
Teilkasko (SB 150 €): 81,20 €
Jahresbeitrag 2027: 315,00 €

Vorabinformation zur SEPA-Lastschrift: Wir buchen den Betrag am 02.01.2027 von Ihrem Konto IBAN DE71 **** **** **** **55 12 ab (Mandatsreferenz KF19503372, Gläubiger-ID DE98ZZZ09999999999).

Ihr Kfz-Service
Versicherer Allgemeine Versicherung AG
""")

# d0289
M("N", "de", "insurer-to-supplier", "order to extend the office master-key system; company data only",
  frm=ADDR("richter"), to="Sicherheitstechnik Franke <auftrag@franke-sicherheit.example>",
  subj="Erweiterung Schließanlage SA-4471 - 5. OG Nord",
  date="2026-05-20 09:07", sig="richter", sigstyle="short",
  body="""
Hallo Herr Franke,

für den Umbau im 5. OG Nord brauchen wir:

- 14 Profilzylinder 35/40 mm, gleichschließend Gruppe 5N
- 2 Zylinder mit Not- und Gefahrenfunktion für die Technikräume
- 30 Schlüssel Gruppe 5N, 4 Gruppenschlüssel 5

Sicherungskarte liegt bei uns im Facility Management, bitte zur Abholung einen Termin vereinbaren. Bestell-Nr. 4500129533.

Danke und Gruß
""")

# d0290
M("S", "de", "insurer-to-hospital", "cost coverage for a named mother's delivery with family room (pregnancy/birth)",
  frm=ADDR("kroeger"), to="Geburtshilfe Evangelisches Krankenhaus <kreisssaal-verwaltung@evk-weyertal.example>", ent="kv",
  subj="Kostenübernahme Entbindung Frau Julia Brenninkmeyer, ET 14.12.2026",
  date="2026-11-27 11:08", sig="kroeger",
  body="""
Sehr geehrte Damen und Herren,

für unsere Versicherte

Julia Brenninkmeyer, geb. 09.02.1993, Vers.-Nr. KV 118 610 204,
errechneter Entbindungstermin 14.12.2026,

übernehmen wir die Kosten der Entbindung einschließlich der Wahlleistungen Einbettzimmer (auf Wunsch als Familienzimmer mit Begleitperson) und wahlärztliche Leistungen. Die Begleitperson (Unterkunft und Verpflegung) ist bis 7 Tage mitversichert.

Die Kosten für das Neugeborene rechnen Sie bitte gesondert ab; das Kind wird rückwirkend ab Geburt bei uns versichert, sobald die Eltern es anmelden.

Mit freundlichen Grüßen
""")

# d0291
M("N", "en", "newsletter", "investor newsletter with Q3 results; aggregated figures only",
  frm=f"Investor Relations <ir@{DOM}>", to="ir-distribution@versicherer.example",
  subj="Versicherer Group: 9M 2026 results",
  date="2026-11-12 07:30", cte="quoted-printable",
  body="""
Dear investors and analysts,

Versicherer Group 9M 2026 at a glance:

- Gross written premiums: EUR 4.83 bn (+5.2 %)
- Combined ratio P&C: 96.1 % (9M 2025: 93.4 %), burdened by hailstorm "Xenia" (EUR 96 m gross, EUR 41 m net)
- Health: benefits ratio 80.9 %; 11,900 net new full-cover insureds
- Net income: EUR 241 m
- Solvency II ratio: 212 %

Outlook 2026 confirmed: net income of EUR 300-330 m.

Presentation and webcast replay: www.versicherer.example/ir

Investor Relations
""")

# d0292
M("C", "en", "insurer-to-customer", "dog liability claim: the insured dog bit another dog, vet bill of that dog paid; named customer and policy (animal health, no human data)",
  frm=ADDR("oltmanns"), to="Catherine Moore <catherine.moore@greenmail.example>", ent="av",
  subj="Claim 26-HP-0044518 - incident at the dog park",
  date="2026-08-31 14:41", sig="oltmanns",
  body="""
Dear Ms Moore,

thank you for reporting the incident at the dog park in the Stadtwald on 22 August. Your dog Max bit the dachshund of Mr Heribert Stollwerck; his dog needed stitches on the shoulder and antibiotics (vet invoice EUR 412.60).

We will pay the vet invoice directly to Mr Stollwerck under your dog owner's liability policy TH 31-716 004. Thankfully no person was injured.

Kind regards,
""")

# d0293
M("S", "de", "insurer-to-customer", "rehabilitation management offer after a severe accident of the addressee (spinal cord injury), ZIP with consent forms",
  frm=ADDR("albrecht"), to="Kevin Hartung <kevin.hartung@mailbox.example>", ent="av",
  subj="Unterstützung nach Ihrem Unfall - unser Reha-Management",
  date="2026-09-21 15:30", sig="albrecht",
  att=[ZIP("Reha-Management_Hartung.zip", [
      PDF("Infoblatt_Reha-Management.pdf", [("h", "Reha-Management nach schweren Unfällen"),
          ("p", "Unser Reha-Dienst unterstützt Sie bei der Organisation von Reha, Hilfsmitteln, Wohnungsumbau und beruflicher Wiedereingliederung. Die Teilnahme ist freiwillig und kostenlos.")]),
      DOCX("Einwilligung_Reha-Dienst_Hartung.docx", [("h", "Einwilligung"),
          "Ich, Kevin Hartung, geb. 11.11.1997, bin einverstanden, dass der Reha-Dienst der Versicherer Allgemeine Versicherung AG im Zusammenhang mit meinem Unfall vom 02.08.2026 (Querschnittlähmung ab Th10, Versorgung BG Klinikum Duisburg) mit meinen behandelnden Ärzten und Kliniken Kontakt aufnimmt.",
          "Ort, Datum, Unterschrift: ______________________"])])],
  body="""
Sehr geehrter Herr Hartung,

nach Ihrem schweren Motorradunfall möchten wir Sie nicht nur mit der finanziellen Leistung aus Ihrer Unfallversicherung UV 70-488 220 unterstützen. Unser Reha-Management hilft Ihnen, wenn Sie es wünschen, bei der Planung nach der Entlassung aus dem BG Klinikum: Anschluss-Reha, Rollstuhl- und Hilfsmittelversorgung, barrierefreier Umbau Ihrer Wohnung und später die berufliche Perspektive.

Die Informationen und die Einwilligungserklärung finden Sie im Anhang. Eine Reha-Beraterin würde Sie gern in der Klinik besuchen.

Mit freundlichen Grüßen
""")

# d0294
M("C", "de", "internal", "internal mail announcing a named employee's suggestion-scheme bonus amount (income of a named person)",
  frm=f"Ideenmanagement <ideen@{DOM}>", to=[f"Nicole Berger <nicole.berger@{DOM}>"], cc=f"Entgeltabrechnung <entgelt@{DOM}>", client="outlook",
  subj="Ihre Idee 2026-117 - Prämie",
  date="2026-07-24 13:45",
  body="""
Liebe Frau Berger,

herzlichen Glückwunsch! Die Gutachterkommission hat Ihre Idee 2026-117 ("Automatische Vorprüfung von Glasschäden") angenommen. Die jährliche Einsparung wird auf 48.000 € geschätzt.

Ihre Prämie beträgt 4.800 € brutto. Sie wird mit der Gehaltsabrechnung August ausgezahlt (die Entgeltabrechnung ist in Kopie).

Vielen Dank für Ihr Engagement!
Ihr Ideenmanagement
""")

# d0295
M("C", "de", "insurer-to-customer", "employment legal expenses: named customer's dismissal case with monthly gross salary",
  frm=ADDR("lindqvist"), to="Rainer Kuhlmann <rainer.kuhlmann@freenet-mail.example>", ent="av", charset="iso-8859-1", cte="quoted-printable",
  subj="Ihre Kündigung - Kostenschutz RS 22-733 412",
  date="2026-10-29 10:11", sig="lindqvist",
  body="""
Sehr geehrter Herr Kuhlmann,

für die Kündigungsschutzklage gegen Ihre Arbeitgeberin, die Weber Verpackungen GmbH, erteilen wir Kostenschutz aus Ihrem Berufs-Rechtsschutz RS 22-733 412.

Nach Ihren Angaben beträgt Ihr Bruttomonatsgehalt 4.250 EUR. Der Gegenstandswert für die Klage liegt damit bei 12.750 EUR (drei Monatsgehälter); daraus ergeben sich die Anwalts- und Gerichtskosten, die wir übernehmen. Ihre Selbstbeteiligung beträgt 150 EUR.

Die Klage muss innerhalb von drei Wochen nach Zugang der Kündigung (zugegangen am 20.10.2026) erhoben werden - bitte beauftragen Sie Ihren Anwalt umgehend. Schaden-Nr.: 26-RS-019933.

Mit freundlichen Grüßen
""")

# d0296
M("N", "en", "internal", "facility schedule for window replacement; no personal data",
  frm=ADDR("richter"), to=f"Staff 2nd and 3rd floor <floors-2-3@{DOM}>",
  subj="Window replacement 2nd/3rd floor - schedule",
  date="2026-08-10 08:30", sig="richter", sigstyle="short",
  body="""
Hello everyone,

the windows on the 2nd and 3rd floors will be replaced during the next three weeks:

- 17-21 Aug: 2nd floor east (rooms 2.01-2.18)
- 24-28 Aug: 2nd floor west and 3rd floor east
- 31 Aug-4 Sep: 3rd floor west

Each room takes about half a day. Please clear your window sills the evening before and lock away documents and laptops. Desks in the affected rooms can be booked elsewhere via the room app.

Thanks for your patience,
""")

# d0297
M("S", "en", "insurer-to-customer", "preventive colonoscopy of the addressee with removal of polyps (results mentioned), reimbursement",
  frm=ADDR("whitfield"), to="Paul Henderson <paul.henderson@outpost-mail.example>", ent="kv",
  subj="Your check-up invoices",
  date="2026-10-14 09:30", sig="whitfield", sigstyle="short",
  body="""
Dear Mr Henderson,

we have reimbursed the invoices from the gastroenterology practice Dr. Ahmadi (colonoscopy on 22 September, including removal of two small polyps and histology) and from the pathology lab - EUR 742.18 in total. As the histology showed benign adenomas, the follow-up colonoscopy in three years recommended by Dr. Ahmadi will also be covered as a preventive examination.

Kind regards,
""")

# d0298
M("N", "de", "insurer-to-supplier", "monthly invoice check for an assessment provider with aggregated counts only (trap: 'Gutachten' statistics, no person)",
  frm=ADDR("krueger"), to="Rechnungswesen GutachtenNetz <rechnungen@gutachtennetz.example>",
  subj="Sammelrechnung Mai - Abweichung Anzahl",
  date="2026-06-12 11:15", sig="krueger",
  att=[PDF("Abgleich_Gutachten_Mai_2026.pdf", [
      ("h", "Abgleich Sammelrechnung SR-2026-05"),
      ("t", [["Fachgebiet", "lt. Rechnung", "lt. unseren Aufträgen", "Differenz"], ["Orthopädie", "118", "116", "+2"],
             ["Psychiatrie", "71", "71", "0"], ["Aktengutachten", "203", "198", "+5"], ["Summe", "392", "385", "+7"]]),
      ("small", "Einzelauflistung der Auftragsnummern über das Lieferantenportal.")], title="Abgleich SR-2026-05")],
  body="""
Sehr geehrte Damen und Herren,

in Ihrer Sammelrechnung SR-2026-05 sind 392 Gutachten berechnet, nach unseren Unterlagen wurden im Mai 385 abgeschlossen (Abgleich anbei). Die Auftragsnummern der 7 strittigen Positionen stellen wir Ihnen über das Lieferantenportal bereit - bitte nicht per E-Mail antworten, falls Sie dazu Namen oder Falldetails nennen müssen.

Mit freundlichen Grüßen
""")

# ---------------------------------------------------------------- batch 9: d0299-d0336

# d0299
M("N", "de", "insurer-to-broker", "broker portal: new user created by the firm administrator, one-time link; no customer data",
  frm=f"Versicherer Maklerportal <no-reply@{DOM}>", to="Tjark Petersen <t.petersen@finanzkontor-kueste.example>", client="system", mailer="Maklerportal Notification Service",
  subj="Ihr neuer Zugang zum Maklerportal",
  date="2026-07-09 08:20",
  body="""
Guten Tag Herr Petersen,

der Makleradministrator Ihrer Firma (Finanzkontor Küste GmbH) hat für Sie einen Zugang zum Maklerportal angelegt.

Benutzerkennung: fk-kueste.tpetersen
Rechte: Bestandsrechte, Vermittlerpost lesen

Bitte legen Sie Ihr Passwort innerhalb von 72 Stunden über diesen Einmal-Link fest:
https://makler.versicherer.example/activate/8f3e2c71b4d94a5e

Danach richten Sie den zweiten Faktor (Authenticator-App) ein. Falls Sie diesen Zugang nicht erwartet haben, wenden Sie sich bitte an Ihren Makleradministrator.

Ihr Maklerportal-Team
""")

# d0300
M("S", "de", "insurer-to-customer", "confirmation of the customer's consent to unencrypted e-mail for his health insurance contract (personal line, contract number)",
  frm=f"Versicherer Krankenversicherung <kundenservice.kranken@{DOM}>", to="Gregor Lindner <gregor.lindner@postfach.example>", client="outlook",
  subj="Ihre Einwilligung zur E-Mail-Kommunikation",
  date="2026-05-04 14:40",
  body="""
Sehr geehrter Herr Lindner,

wir haben Ihre Einwilligung vom 28.04.2026 erhalten. Ab sofort dürfen wir Ihnen Nachrichten zu Ihrer Krankenversicherung KV 104 663 218 - einschließlich Leistungsabrechnungen - auch per E-Mail mit Transportverschlüsselung (TLS) an diese Adresse schicken, wenn eine Ende-zu-Ende-Verschlüsselung nicht möglich ist.

Sie können die Einwilligung jederzeit widerrufen, z. B. per Antwort auf diese E-Mail. Dann nutzen wir wieder unser SecureMail-Portal.

Mit freundlichen Grüßen
Ihr Kundenservice Krankenversicherung
""")

# d0301
M("N", "en", "insurer-to-partner", "exchange of domain certificates for gateway-to-gateway encryption; public key material only",
  frm=ADDR("raman"), to="PKI Team <pki@rueckversicherung.example>",
  subj="Domain encryption - our new domain certificate",
  date="2026-06-03 10:27", sig="raman", sigstyle="short",
  att=[TXT("versicherer.example_domain_2026.pem", """-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIUFAKEFAKEFAKEFAKEFAKEFAKEFAKEwDQYJKoZIhvcNAQEL
BQAwSzELMAkGA1UEBhMCREUxHDAaBgNVBAoME1ZlcnNpY2hlcmVyIEhvbGRpbmcx
HjAcBgNVBAMMFVNpZWdlbCBEZXYgRXhhbXBsZSBDQTAeFw0yNjA1MDEwMDAwMDBa
Fw0yODA1MDEwMDAwMDBaMDExLzAtBgNVBAMMJnZlcnNpY2hlcmVyLmV4YW1wbGUg
KGRvbWFpbiwgZXhhbXBsZSkwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAFAK
E0NOTkVBTFBFTVRISVNJU0FOT05MWUFEVU1NWVBMQUNFSE9MREVSRk9SVEhFQ09S
UFVTRE9OT1RVU0U=
-----END CERTIFICATE-----
""")],
  body="""
Hello PKI team,

our domain certificate for versicherer.example will be replaced on 15 June. The new certificate is attached (PEM). Fingerprint (SHA-256):

4C:7A:19:E2:0B:55:8F:D3:61:AA:02:9E:7C:14:B8:F0:33:DE:51:6A:90:2F:C4:87:1D:E9:66:0B:3A:F5:28:C1

Please import it into your gateway before 15 June so that domain encryption between our companies continues without interruption. Our gateway already trusts your current certificate (valid until 2027).

Thanks,
""")

# d0302
M("C", "de", "customer", "customer's own mail with new address and IBAN for her household insurance, forwarded by customer service to her broker",
  frm=f"Versicherer Kundenservice <kundenservice@{DOM}>", to="Büro Tewes <info@versicherungsbuero-tewes.example>", client="outlook", charset="windows-1252", cte="quoted-printable",
  subj="WG: Umzug und neue Bankverbindung",
  date="2026-09-07 09:14",
  body=f"""
Sehr geehrter Herr Tewes,

zur Info: Ihre Kundin hat sich direkt bei uns gemeldet (siehe unten). Die Änderungen sind erfasst; der Nachtrag geht Ihnen über die Vermittlerpost zu.

Mit freundlichen Grüßen
Kundenservice
Versicherer Allgemeine Versicherung AG

-----Ursprüngliche Nachricht-----
Von: Anja Ritter <anja.ritter@heimnetz.example>
Gesendet: Samstag, 5. September 2026 11:48
An: kundenservice@versicherer.example
Betreff: Umzug und neue Bankverbindung

Hallo,

ich bin zum 01.09. umgezogen, neue Adresse: Moltkestraße 19, 51429 Bergisch Gladbach (vorher Hauptstraße 102, Bergisch Gladbach). Bitte für meine Hausrat HR 7730-61288 und die Kfz-Versicherung ändern.

Außerdem neues Konto: {IB("DE", "370502990346771208")}, Kontoinhaberin Anja Ritter.

Danke und viele Grüße
Anja Ritter
""")

# d0303
M("N", "en", "internal", "data protection impact assessment summary for the secure-mail project; categories described generically (trap: health data, § 203)",
  frm=ADDR("meier"), to=f"CISO Office <ciso@{DOM}>", cc=ADDR("raman"),
  subj="DPIA secure mail gateway - summary for sign-off",
  date="2026-02-25 16:05", sig="meier",
  att=[DOCX("DPIA_SecureMailGateway_summary_v1.docx", [
      ("h", "DPIA - secure mail gateway (summary)"),
      ("t", [["Aspect", "Assessment"],
             ["Data categories", "contact data; contract and claim data; bank data; health data (Art. 9 GDPR); data subject to professional secrecy (section 203 German Criminal Code)"],
             ["Data subjects", "customers, insured persons, claimants, brokers, employees"],
             ["Processing", "content classification of outgoing e-mail, choice of encryption method, audit log (6 years)"],
             ["Main risks", "misclassification leading to unencrypted sending; excessive logging of content"],
             ["Measures", "default to strictly confidential on parse errors; findings logged without content; access to logs restricted"]]),
      "Residual risk: low, provided the measures are implemented before go-live."])],
  body="""
Dear colleagues,

attached is the summary of the DPIA for the secure mail gateway. From a data protection point of view the project can go live once the two open measures (log minimisation, role concept for the audit log) are implemented.

Please review and sign off by 6 March.

Best regards,
""")

# d0304
M("S", "en", "broker", "broker's question about a client's critical illness claim after a heart attack, quoted in the insurer's reply",
  frm=ADDR("stanek"), to="Oliver Grant <oliver.grant@grant-associates.example>", ent="lv",
  subj="RE: CI claim Mr Douglas Reid - status?",
  date="2026-07-23 15:52", sig="stanek",
  body="""
Dear Mr Grant,

we received the discharge letter from the Heart Centre on Monday. The claim of Mr Reid (policy CI-3310 5580) meets the definition of heart attack in the conditions (typical chest pain, troponin rise, new ECG changes). Payment of EUR 60,000 has been released today.

Kind regards,
""",
  quote=OQ("Oliver Grant <oliver.grant@grant-associates.example>", "Tuesday, 21 July 2026 10:03", "Stanek, Oliver",
           "CI claim Mr Douglas Reid - status?", """Hello Mr Stanek,
my client Douglas Reid had a heart attack on 28 June (two stents, 5 days in hospital) and submitted his critical illness claim three weeks ago. He is still on sick leave and worried about money. Anything missing?
Best, Oliver Grant""", lang="en"))

# d0305
M("C", "en", "insurer-to-customer", "no-claims bonus from a UK insurer accepted: named customer, date of birth, policy, years",
  frm=ADDR("kowalski"), to="Fiona Campbell <fiona.campbell@nordpost.example>", ent="av",
  subj="Your no-claims discount from the UK has been accepted",
  date="2026-03-31 11:31", sig="kowalski", sigstyle="short",
  body="""
Dear Ms Campbell,

good news: we have accepted the proof of no-claims discount from your previous UK insurer (9 years without a claim). Your motor policy KF-2245 0071 (policyholder Fiona Campbell, born 23/10/1983; Mini Cooper SE, K-FC 1023) is therefore rated in class SF 9 from the start date, 1 April 2026.

The premium drops from EUR 1,012.40 to EUR 538.90 a year; the difference will be refunded to you.

Kind regards,
""")

# d0306
M("N", "en", "internal", "staff newsletter on mental health week with the anonymous employee assistance hotline (trap: mental health words, no person)",
  frm=f"Health Management <gesundheit@{DOM}>", to=f"All staff <alle@{DOM}>", client="outlook",
  subj="Mental Health Week: support is just a call away",
  date="2026-10-05 08:45", html=True,
  body="""
Dear colleagues,

this week is Mental Health Week. Stress, sleep problems, anxiety or grief - everyone goes through difficult phases.

Our Employee Assistance Programme (EAP) offers free, anonymous counselling by psychologists, 24/7, also for your family members:
Phone 0800 555 4400 (free of charge) - the company does not learn who calls.

Lunch talks this week (auditorium, 12:15):
- Tue: "Recognising burnout early"
- Thu: "Sleep well - what really helps"

Take care of yourselves,
Health Management
""")

# d0307
M("S", "de", "insurer-to-customer", "home adaptation grant (walk-in shower) for the named insured with care grade; cost estimate PDF",
  frm=ADDR("yilmaz"), to="Hannelore Brück <h.brueck@kabelmail.example>", ent="kv",
  subj="Zuschuss Badumbau - Ihr Antrag vom 02.06.",
  date="2026-06-17 12:58", sig="yilmaz",
  att=[PDF("KV_Badumbau_Brueck.pdf", [
      ("h", "Sanitär Heinen GmbH - Kostenvoranschlag KV-26-0611"),
      ("p", "Auftraggeberin: Hannelore Brück, Am Bleichberg 6, 53797 Lohmar\nMaßnahme: Umbau Wanne zu bodengleicher Dusche, Haltegriffe, erhöhtes WC (pflegegerechter Umbau)"),
      ("t", [["Position", "Betrag"], ["Rückbau Badewanne", "780,00 EUR"], ["Bodengleiche Dusche inkl. Abdichtung", "4.150,00 EUR"],
             ["Haltegriffe, Klappsitz", "620,00 EUR"], ["WC-Erhöhung", "390,00 EUR"], ["Summe brutto", "5.940,00 EUR"]])], title="Kostenvoranschlag")],
  body="""
Sehr geehrte Frau Brück,

für den Umbau Ihres Badezimmers zahlen wir aus der privaten Pflegepflichtversicherung (Pflegegrad 2) einen Zuschuss für wohnumfeldverbessernde Maßnahmen von 4.180 € - das ist der Höchstbetrag je Maßnahme. Grundlage ist der angehängte Kostenvoranschlag der Firma Heinen.

Bitte reichen Sie nach dem Umbau die Schlussrechnung ein. Ändert sich Ihre Pflegesituation wesentlich, ist später ein weiterer Zuschuss möglich.

Mit freundlichen Grüßen
""")

# d0308
M("N", "de", "insurer-to-supplier", "service request for the envelope inserting machine; no personal data",
  frm=ADDR("krueger"), to="Technischer Service Postline <service@postline-systeme.example>",
  subj="Serviceanfrage Kuvertiermaschine PL-9000, Seriennr. 90-22817",
  date="2026-11-17 08:41", sig="krueger", sigstyle="short",
  body="""
Guten Morgen,

unsere Kuvertiermaschine PL-9000 (Seriennr. 90-22817, Wartungsvertrag WV-0412) zieht seit gestern bei Beilagen aus Station 3 doppelt ein. Dadurch stoppt die Anlage etwa alle 200 Kuverts. Im Dezember laufen die Beitragsrechnungen Kfz (ca. 180.000 Sendungen), wir brauchen die Maschine also dringend.

Bitte um einen Technikertermin diese Woche. Zugang über Warenannahme, Ansprechpartner vor Ort: Herr Dietz, Poststelle, -1760.

Danke
""")

# d0309
M("C", "de", "assessor", "loss adjuster's short report on a burglary (named customers, address, items) forwarded to the customers",
  frm=ADDR("demir"), to="Jan und Svenja Pohl <svenja.pohl@familie-pohl.example>", ent="av",
  subj="WG: Bericht Einbruch Bonner Wall - 26-H-0007712",
  date="2026-02-09 11:40", sig="demir",
  att=[PDF("Kurzbericht_SV-Krause_26-H-0007712.pdf", [
      ("h", "Kurzbericht Einbruchdiebstahl"),
      ("small", "Sachverständigenbüro Dipl.-Ing. Olaf Krause · Köln"),
      ("p", "VN: Jan und Svenja Pohl · Bonner Wall 112, 50677 Köln, 3. OG · Hausrat HR 7730-55102 · Schaden-Nr. 26-H-0007712"),
      ("p", "Feststellungen: Wohnungstür aufgehebelt (Hebelspuren am Schließblech), Einbruch plausibel. Stehlgutliste überwiegend belegt. Goldkette (Erbstück) ohne Beleg; anhand der Fotos Wert ca. 1.100 EUR."),
      ("t", [["Position", "Entschädigungsvorschlag"], ["Elektronik", "1.868,00 EUR"], ["Armbanduhr", "720,00 EUR"], ["Goldkette", "1.100,00 EUR"],
             ["Bargeld", "340,00 EUR"], ["Türschloss", "180,00 EUR"], ["Summe", "4.208,00 EUR"]])], title="Kurzbericht")],
  body="""
Sehr geehrte Frau Pohl, sehr geehrter Herr Pohl,

anbei der Bericht unseres Sachverständigen. Wir folgen seinem Vorschlag und überweisen 4.208,00 € in den nächsten Tagen. Für die Goldkette hat er den Wert anhand Ihrer Fotos geschätzt; wenn Sie ein Wertgutachten beibringen, prüfen wir gern nach.

Mit freundlichen Grüßen
""")

# d0310
M("N", "en", "internal", "monthly HR KPI with the aggregated sickness absence rate per department (trap: sickness, no person)",
  frm=ADDR("weiss"), to=f"Management Team <management-team@{DOM}>",
  subj="HR dashboard October 2026",
  date="2026-11-06 09:30", sig="weiss", sigstyle="short",
  att=[XLSX("HR_dashboard_2026-10.xlsx", {"KPIs": [
      ["Department", "Headcount", "Sickness absence rate", "Fluctuation (12m)", "Overtime hours"],
      ["Health Claims", 412, "6.1 %", "7.2 %", 3110],
      ["Motor Claims", 288, "5.4 %", "8.9 %", 2045],
      ["Sales", 930, "4.2 %", "11.3 %", 4870],
      ["IT", 356, "3.1 %", "6.4 %", 2210],
      ["Group total", 7402, "5.2 %", "8.1 %", 29880]]})],
  body="""
Dear all,

attached is the HR dashboard for October. Sickness absence is slightly above last year (5.2 % vs 4.9 %), mainly respiratory infections. As usual, the figures are shown only for units with more than 10 employees.

Nadine
""")

# d0311
M("C", "en", "insurer-to-company", "general average: named consignee with contact, shipment, policy and guarantee amounts (ZIP with guarantee and average bond)",
  frm=ADDR("osei"), to="Henrike Matthiesen <h.matthiesen@nordkontor-logistik.example>", ent="av",
  subj="General average MV 'Baltic Crest' - your shipment under MOC-2023-0087",
  date="2026-09-16 10:26", sig="osei",
  att=[ZIP("GA_Baltic_Crest_Nordkontor.zip", [
      PDF("GA_Guarantee_Nordkontor.pdf", [("h", "General Average Guarantee"),
          ("p", "Vessel: MV Baltic Crest, voyage 0826N, engine room fire on 29/08/2026. Cargo: 2 x 40' containers (consignee: Nordkontor Logistik GmbH, Hamburg, attn. Ms Henrike Matthiesen), B/L BC-0826-4410/4411. Insured value EUR 286,000."),
          ("p", "The undersigned insurer guarantees payment of the general average contribution properly due from the above cargo, up to 12 % of the insured value (EUR 34,320).")]),
      DOCX("Average_bond_to_sign.docx", [("h", "Average Bond"),
          "To be signed by the consignee (Nordkontor Logistik GmbH) and returned to the average adjusters, together with the commercial invoice.",
          "Signature: ______________________"])])],
  body="""
Dear Ms Matthiesen,

the owners of MV Baltic Crest have declared general average after the engine room fire. To get your two containers released in Hamburg, the adjusters require a GA guarantee and an average bond.

Attached are our guarantee (already signed) and the average bond, which you need to sign and send to the adjusters together with the commercial invoice. Your GA contribution is covered under your open cover.

Best regards,
""")

# d0312
M("S", "de", "insurer-to-customer", "periodontal treatment of the addressee approved (dental supplementary insurance)",
  frm=ADDR("wendland"), to="Gerda Wollny <gerda.wollny@freenet-mail.example>", ent="kv", charset="iso-8859-1", cte="quoted-printable",
  subj="Ihre Parodontitis-Behandlung - Leistungszusage",
  date="2026-04-30 09:48", sig="wendland",
  body="""
Sehr geehrte Frau Wollny,

Ihre Zahnärztin Dr. Sommer hat eine systematische Parodontitis-Therapie (Stadium III, Grad B) beantragt. Die gesetzliche Krankenkasse hat die Behandlung genehmigt.

Aus Ihrem Tarif ZahnPlus 80 übernehmen wir die verbleibenden Kosten der unterstützenden Parodontitistherapie (UPT) und der begleitenden professionellen Zahnreinigung zu 80 %, laut Kostenvoranschlag 312,40 EUR pro Jahr. Zusätzlich erstatten wir die lokale Antibiotikagabe (Doxycyclin-Gel) an zwei Zähnen.

Mit freundlichen Grüßen
""")

# d0313
M("N", "en", "insurer-to-supplier", "penetration test scope for the secure mail portal; no personal data",
  frm=ADDR("raman"), to="Offensive Security Team <engagements@redteam-consult.example>",
  subj="Pentest scope - secure mail portal (staging)",
  date="2026-08-04 13:55", sig="raman",
  att=[DOCX("Pentest_scope_SecureMail_2026.docx", [
      ("h", "Scope of work - penetration test secure mail portal"),
      ("t", [["Item", "Detail"], ["Targets", "https://securemail-staging.versicherer.example, SMTP gateway staging (port 25/587)"],
             ["Period", "7-18 September 2026, weekdays 8:00-18:00 CEST"], ["Accounts", "10 test accounts (provided separately), no real user data on staging"],
             ["Out of scope", "production systems, social engineering, DoS"], ["Reporting", "critical findings within 24 h; final report by 2 October"]])])],
  body="""
Hello team,

attached is the scope for the pentest of the secure mail portal. Test accounts will be sent via our portal, not by e-mail. Please confirm the tester names and source IP addresses by 31 August so that we can whitelist them in the WAF.

Thanks,
""")

# d0314
M("C", "de", "insurer-to-customer", "vandalism damage to the named customer's car under comprehensive cover: registration, claim and policy number",
  frm=ADDR("brenner"), to="Deniz Aksoy <deniz.aksoy@webpost.example>", ent="av",
  subj="Vandalismusschaden an Ihrem Fahrzeug - 26-K-0072209",
  date="2026-08-28 14:39", sig="brenner",
  body="""
Sehr geehrter Herr Aksoy,

der zerkratzte Lack und die zerstochenen Reifen an Ihrem Tesla Model 3 (K-DA 6060E) sind ein Vandalismusschaden und über Ihre Vollkasko (KF-2238 4471, SB 300 €) versichert. Eine Rückstufung in der Vollkasko erfolgt leider, da es sich um einen Vollkaskoschaden handelt.

Laut Kostenvoranschlag der Werkstatt betragen die Kosten 3.420,80 €. Falls Sie den Schaden lieber selbst tragen möchten, um die Rückstufung zu vermeiden, können Sie uns den Betrag innerhalb von sechs Monaten erstatten - ich rechne Ihnen gern aus, was sich lohnt.

Mit freundlichen Grüßen
""")

# d0315
M("N", "de", "newsletter", "HTML-only customer magazine about storm season; no personal data",
  frm=f"Versicherer Kundenmagazin <newsletter@{DOM}>", to="kundenmagazin@versicherer.example",
  subj="Herbststürme: Ist Ihr Dach fit?",
  date="2026-10-13 08:00", cte="quoted-printable",
  html="""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Herbst</title></head>
<body style="font-family:Georgia,serif;max-width:620px;margin:auto;color:#222">
<h1 style="color:#7a3b00">Herbststürme: 6 Tipps</h1>
<ul>
<li>Lose Dachziegel und verstopfte Dachrinnen jetzt prüfen lassen.</li>
<li>Gartenmöbel, Trampolin und Sonnenschirm sturmfest sichern oder wegräumen.</li>
<li>Bäume in Hausnähe auf Totholz kontrollieren.</li>
<li>Fenster und Dachfenster bei Sturmwarnung schließen.</li>
<li>Auto nicht unter Bäumen parken.</li>
<li>Schäden fotografieren und sofort melden.</li>
</ul>
<p>Sturm ist bei uns ab Windstärke 8 versichert. Alle Infos: <a href="https://www.versicherer.example/sturm">versicherer.example/sturm</a></p>
<p style="font-size:11px;color:#777">Versicherer Allgemeine Versicherung AG &middot; <a href="https://www.versicherer.example/newsletter/abmelden">Abmelden</a></p>
</body></html>
""")

# d0316
M("S", "en", "insurer-to-customer", "hospital cash benefit for the addressee's inpatient stay with pneumonia",
  frm=ADDR("kroeger"), to="Aleksander Nowak <aleksander.nowak@lemail.example>", ent="kv",
  subj="Hospital cash benefit - your stay in March",
  date="2026-04-14 10:24", sig="kroeger",
  body="""
Dear Mr Nowak,

thank you for the certificate from Klinikum Leverkusen. For your inpatient treatment for pneumonia from 9 to 16 March 2026 (8 days), we pay a hospital cash benefit of 8 x EUR 40 = EUR 320 under your supplementary plan KHT 40.

The amount will be transferred to your account within a few days. Get well soon!

Kind regards,
""")

# d0317
M("C", "de", "insurer-to-customer", "sale of an insured house: seller and buyers named, address, transfer of the buildings policy (§ 95 VVG)",
  frm=ADDR("kowalski"), to="Ralf Siebenmorgen <r.siebenmorgen@t-net.example>", ent="av",
  subj="Verkauf Ihres Hauses - Übergang der Wohngebäudeversicherung",
  date="2026-06-22 11:57", sig="kowalski",
  att=[PDF("Bestaetigung_Eigentuemerwechsel_WG40-290115-4.pdf", [
      ("h", "Bestätigung Eigentümerwechsel"),
      ("p", "Vertrag: WG 40-290 115-4 · Objekt: Rosenweg 9, 50259 Pulheim\nBisheriger VN: Ralf Siebenmorgen · Erwerber: Lukas und Mira Demirci\nGrundbucheintragung: 15.06.2026 (Amtsgericht Bergheim, Grundbuch von Pulheim Blatt 4471)"),
      ("p", "Die Versicherung geht nach § 95 VVG auf die Erwerber über. Beitrag bis 14.06.2026 anteilig Verkäufer, ab 15.06.2026 Erwerber.")], title="Eigentümerwechsel")],
  body="""
Sehr geehrter Herr Siebenmorgen,

vielen Dank für die Mitteilung über den Verkauf Ihres Hauses im Rosenweg 9. Mit der Eintragung der Käufer ins Grundbuch ist Ihre Wohngebäudeversicherung auf Herrn und Frau Demirci übergegangen. Die Bestätigung finden Sie im Anhang.

Den anteiligen Beitrag ab 15.06.2026 (381,20 €) erstatten wir Ihnen. Die Käufer haben ein Sonderkündigungsrecht von einem Monat; wir haben sie bereits angeschrieben.

Freundliche Grüße
""")

# d0318
M("N", "de", "internal", "notice about working hours on Christmas Eve and New Year's Eve; no personal data",
  frm=ADDR("weiss"), to=f"Alle Mitarbeitenden <alle@{DOM}>",
  subj="Arbeitszeit an Heiligabend und Silvester",
  date="2026-12-01 09:10", sig="weiss", sigstyle="short",
  body="""
Liebe Kolleginnen und Kollegen,

wie in den Vorjahren sind Heiligabend (Donnerstag, 24.12.) und Silvester (Donnerstag, 31.12.) arbeitsfreie Tage, ohne dass Urlaub genommen werden muss. Für die Notbesetzung im Kundenservice, in der Schadenhotline und in der IT gelten die Dienstpläne der Bereiche; die Zeit wird mit Zuschlag vergütet.

Der Betrieb ist zwischen den Feiertagen normal geöffnet.

Viele Grüße
""")

# d0319
M("N", "en", "internal", "IT change notice about a print queue named after medical reports (trap: 'medical reports' wording, no data)",
  frm=ADDR("hoffmann"), to=f"Health Claims <leistung-kv@{DOM}>",
  subj="Change CHG-8842: print queue 'KV-Arztberichte' moves to the new print server",
  date="2026-05-15 15:10", sig="hoffmann", sigstyle="short",
  body="""
Dear colleagues,

on Tuesday, 19 May, 7:00-7:30, the print queue "KV-Arztberichte" (secure print, 3rd floor) moves to the new print server PRT-02. Nothing changes for you: the queue keeps its name and badge release stays active. If your PC shows the old queue as "offline" afterwards, restart it once.

The queue still prints only after you badge in at the device, so medical reports will never lie around in the output tray.

Service Desk
""")

# d0320
M("C", "en", "insurer-to-broker", "goods-in-transit claim of a named sole-trader haulier: policy, claim number, consignment",
  frm=ADDR("osei"), to="Alistair Reid <a.reid@solent-marine-brokers.example>", ent="av",
  subj="Goods in transit - Spedition Olaf Krüger e.K., claim WV-26-00213",
  date="2026-04-17 16:24", sig="osei",
  att=[XLSX("Claim_WV-26-00213_consignment.xlsx", {"Consignment": [
      ["Item", "Qty", "Invoice value EUR", "Damaged", "Claim EUR"],
      ["Pallets ceramic tiles 60x60", 18, 14220.00, 7, 5530.00],
      ["Pallets tile adhesive 25 kg", 6, 1890.00, 2, 630.00],
      ["Transport costs share", "", "", "", 410.00],
      ["Total", "", 16110.00, "", 6570.00]]}, author="Osei, Daniel")],
  body="""
Dear Alistair,

your client Olaf Krüger (Spedition Olaf Krüger e.K., policy WV-2024-0118, own-account and haulage cover) reported a load shift on the A1 near Bremen on 9 April; seven pallets of tiles broke.

Claim no. WV-26-00213. On the basis of the attached list we will settle EUR 6,570 less the EUR 500 deductible, provided the load securing was as per VDI 2700 - please ask Mr Krüger for the photos taken at loading.

Best regards,
""")

# d0321
M("S", "de", "insurer-to-customer", "child's collarbone fracture after a bicycle fall: immediate fracture benefit and hospital daily allowance",
  frm=f"Leistung Unfall <leistung.unfall@{DOM}>", to="Michaela Brinkhoff <michaela.brinkhoff@familie-brinkhoff.example>", client="system", mailer="LEIKA Korrespondenz 3.8",
  subj="Leistungsabrechnung Unfall Ihrer Tochter Emma",
  date="2026-06-09 06:45",
  body="""
Guten Tag Frau Brinkhoff,

für den Fahrradsturz Ihrer Tochter Emma am 23.05.2026 (Schlüsselbeinbruch links, konservative Behandlung mit Rucksackverband, Kinderklinik Amsterdamer Straße 23.-24.05.2026) zahlen wir aus der Kinderunfallversicherung UV 70-612 004:

Sofortleistung bei Knochenbruch:     500,00 €
Krankenhaustagegeld 2 Tage x 30 €:    60,00 €
Gesamt:                               560,00 €

Gute Besserung für Emma!

Ihre Leistungsabteilung Unfall
""")

# d0322
M("N", "de", "insurer-to-broker", "altered example cases for broker training on care insurance, explicitly fictitious (trap: care grade, dementia)",
  frm=ADDR("vogel"), to=f"Makler Region Süd <makler-sued@{DOM}>", ent="kv",
  subj="Unterlagen zum Webinar Pflegereform - Fallbeispiele",
  date="2026-06-03 15:20", sig="vogel",
  att=[PDF("Fallbeispiele_Pflege_Webinar.pdf", [
      ("h", "Fallbeispiele Pflegezusatzversicherung (fiktiv)"),
      ("p", "Beispiel 1: Ein 82-jähriger Mann mit fortschreitender Demenz, Pflegegrad 4, lebt im Pflegeheim. Eigenanteil 3.150 EUR/Monat. Pflegetagegeld 50 EUR/Tag (PflegePlus 100, 80 %): 1.200 EUR/Monat Leistung."),
      ("p", "Beispiel 2: Eine 58-jährige Frau nach Schlaganfall, Pflegegrad 2, wird zu Hause vom Ehemann gepflegt. Pflegetagegeld 30 % = 450 EUR/Monat zusätzlich zum Pflegegeld."),
      ("small", "Alle Beispiele sind frei erfunden. Ähnlichkeiten mit realen Personen sind zufällig.")], title="Fallbeispiele Pflege")],
  body="""
Liebe Partnerinnen und Partner,

vielen Dank für die rege Teilnahme am Webinar! Wie versprochen die Fallbeispiele zum Nachlesen. Alle Fälle sind frei erfunden und dürfen gern in Ihren Kundengesprächen verwendet werden.

Viele Grüße
""")

# d0323
M("C", "de", "insurer-to-customer", "trip cancellation because of unexpected job loss: named customer, policy, claim, employer's termination",
  frm=ADDR("seidel"), to="Tobias Heinrichs <tobias.heinrichs@mailbox.example>", ent="av",
  subj="Reiserücktritt wegen Arbeitsplatzverlust - RT-26-050331",
  date="2026-10-02 10:44", sig="seidel",
  body="""
Sehr geehrter Herr Heinrichs,

vielen Dank für die Kündigung Ihres Arbeitgebers (Rheinkabel GmbH, betriebsbedingte Kündigung vom 31.08.2026) und die Bestätigung der Agentur für Arbeit. Der unerwartete Verlust des Arbeitsplatzes ist in Ihrer Reiserücktrittsversicherung (Vertrag TR-2026-0544018) ein versichertes Ereignis.

Wir erstatten die Stornokosten Ihrer Kanada-Reise (Abreise 15.10.2026) von 2.340,00 € abzüglich 20 % Selbstbeteiligung, also 1.872,00 €.

Wir wünschen Ihnen viel Erfolg bei der Stellensuche.

Mit freundlichen Grüßen
""")

# d0324
M("N", "en", "insurer-to-partner", "market commentary for co-insurers on renewal conditions; no client data",
  frm=ADDR("hartmann"), to="Property Underwriting <property@mitversicherer-nord.example>",
  subj="Renewal season 2027 - our view on industrial property",
  date="2026-10-20 17:02", sig="hartmann",
  body="""
Dear colleagues,

ahead of the 2027 renewals, a short summary of our position for industrial property where we lead or follow:

- rate changes: +3 to +5 % for loss-free accounts, +10 % and more for accounts with NatCat exposure in ZÜRS zones 3/4,
- deductibles: minimum EUR 25,000 for sums insured above EUR 50 m,
- capacity: unchanged, maximum line EUR 30 m per risk,
- sprinkler requirements: VdS CEA 4001 for storage heights above 7.5 m.

Happy to discuss individual programmes at the market meeting on 4 November.

Best regards,
""")

# d0325
M("S", "en", "insurer-to-customer", "policy loan on the addressee's life insurance (personal line, no medical word)",
  frm=ADDR("stanek"), to="Anthony Marsh <anthony.marsh@greenmail.example>", ent="lv",
  subj="Your request for an advance on policy LV 60 288 401-6",
  date="2026-05-21 13:36", sig="stanek",
  body="""
Dear Mr Marsh,

we can grant you an advance (policy loan) on your life insurance LV 60 288 401-6:

Surrender value as at 1 June 2026: EUR 36,912.45
Maximum advance (80 %): EUR 29,500.00
Requested: EUR 15,000.00
Interest: 4.25 % p.a., payable annually; repayment at any time

The advance reduces the benefit on maturity or death until it is repaid. Please sign and return the enclosed agreement; the amount will be paid within 5 working days of receipt.

Kind regards,
""")

# d0326
M("N", "en", "internal", "first-aid training dates for staff with calendar file (trap: first aid, no person)",
  frm=f"Occupational Safety <arbeitssicherheit@{DOM}>", to=f"First aiders <ersthelfer@{DOM}>",
  subj="First aid refresher training 2026",
  date="2026-03-26 11:55", client="outlook",
  att=[ICS("First_aid_refresher.ics", "EH-REFRESH-20260422@versicherer.example", "First aid refresher (9 teaching units)",
           "20260422T083000", "20260422T160000", ("Occupational Safety", f"arbeitssicherheit@{DOM}"),
           location="Training room 1.08", description="Resuscitation with AED, recovery position, wound care, emergency call. Provider: Rhein First Aid Academy.", method="PUBLISH")],
  body="""
Dear first aiders,

your refresher training is due every two years. The next date is 22 April, 8:30-16:00, training room 1.08. Please register via the intranet; the time counts as working time.

Topics: CPR with the new AED devices, wound care, what to do in case of a stroke or heart attack until the ambulance arrives.

Occupational Safety
""")

# d0327
M("C", "de", "insurer-to-customer", "very short glass breakage claim confirmation (ceramic hob): named customer, claim and policy number",
  frm=ADDR("demir"), to="Sonja Kirchhoff <sonja.kirchhoff@mailbox.example>", ent="av", client="thunderbird",
  subj="Ceranfeld - 26-H-0052277",
  date="2026-11-23 16:05", sig="demir", sigstyle="name",
  body="""
Hallo Frau Kirchhoff,

der Sprung im Ceranfeld ist über die Glasversicherung in Ihrer Hausrat HR 7731-88102 versichert. Bitte lassen Sie das Kochfeld austauschen und schicken Sie mir die Rechnung - wir erstatten die Glaskeramikplatte inklusive Einbau (Schaden-Nr. 26-H-0052277).

Viele Grüße
""")

# d0328
M("N", "en", "internal", "go-live announcement for the secure mail gateway pilot; no personal data",
  frm=ADDR("raman"), to=f"All staff <alle@{DOM}>", cc=ADDR("meier"),
  subj="From 1 December: outgoing e-mail is encrypted automatically",
  date="2026-11-26 10:00", sig="raman",
  body="""
Dear colleagues,

from Tuesday, 1 December, all outgoing e-mail passes through our new secure mail gateway. It checks the content and chooses the right way to send each message: end-to-end encrypted, via our secure portal, or with transport encryption.

What this means for you:
- you don't need to mark e-mails manually any more;
- recipients without a certificate may receive a notification and read the message in the portal;
- if a message cannot be sent securely, it comes back to you with an explanation.

Questions and feedback: securemail@versicherer.example. Thank you to everyone who helped during the pilot!
""")

# d0329
M("S", "de", "insurer-to-customer", "CPAP device for the addressee's sleep apnoea approved (ICD code, aids provider)",
  frm=ADDR("kroeger"), to="Karl-Heinz Wübben <kh.wuebben@t-net.example>", ent="kv", html=True,
  subj="Ihr Schlaftherapiegerät - Kostenzusage",
  date="2026-09-17 11:22", sig="kroeger",
  tables={"T1": ([["Hilfsmittel", "Lieferant", "Kosten", "Erstattung"],
                  ["APAP-Gerät ResMed AirSense 11 inkl. Befeuchter", "Sanitätshaus Vital", "1.290,00 €", "100 %"],
                  ["Nasenmaske + Ersatzpolster (jährlich)", "Sanitätshaus Vital", "186,00 €", "100 %"],
                  ["Einweisung und Wartung (pauschal)", "Sanitätshaus Vital", "95,00 €", "100 %"]], "pad")},
  body="""
Sehr geehrter Herr Wübben,

nach der Untersuchung im Schlaflabor (obstruktive Schlafapnoe, G47.31 G, AHI 34/h) hat Ihnen Dr. Schumacher eine Überdrucktherapie verordnet. Wir übernehmen die Kosten vollständig:

[[T1]]

Das Sanitätshaus rechnet direkt mit uns ab und meldet sich wegen der Anpassung der Maske bei Ihnen.

Mit freundlichen Grüßen
""")

# d0330
M("N", "de", "insurer-to-supplier", "purchase of blood pressure monitors for the company health day (trap: medical devices, no person)",
  frm=ADDR("krueger"), to="Vertrieb Medisafe <vertrieb@medisafe-handel.example>",
  subj="Bestellung 4500130712 - Gesundheitstag",
  date="2026-08-12 13:48", sig="krueger", sigstyle="short",
  att=[CSV("Bestellung_4500130712.csv", [
      ["Pos", "Artikel-Nr.", "Bezeichnung", "Menge", "Einzelpreis EUR"],
      ["10", "MS-BP-220", "Oberarm-Blutdruckmessgerät, validiert", "12", "49,90"],
      ["20", "MS-GL-100", "Blutzuckermessgerät inkl. 50 Teststreifen", "6", "29,90"],
      ["30", "MS-BIA-5", "Körperanalysewaage", "2", "189,00"],
      ["40", "MS-DES-1L", "Händedesinfektion 1 l", "20", "6,40"]], sep=";")],
  body="""
Sehr geehrte Frau Kılıç,

für unseren Gesundheitstag am 24.09. bestellen wir gemäß Ihrem Angebot die Artikel in der angehängten Liste. Lieferung bitte bis 18.09. an die Warenannahme, z. Hd. Betriebsärztlicher Dienst.

Mit freundlichen Grüßen
""")

# d0331
M("C", "en", "insurer-to-customer", "missed connection due to snow: named traveller, policy and claim number, extra hotel costs",
  frm=ADDR("seidel"), to="Emily Carter <emily.carter@outpost-mail.example>", ent="av",
  subj="Claim RV-26-061004 - missed connection in Munich",
  date="2026-12-08 12:17", sig="seidel", sigstyle="short",
  body="""
Dear Ms Carter,

because of heavy snowfall your train arrived in Munich too late for your flight to Cape Town on 30 November. Under your travel policy TR-2026-0801477 the "missed connection" cover pays the extra costs:

- hotel near the airport, 1 night: EUR 139.00
- rebooking fee of the airline: EUR 180.00

We will transfer EUR 319.00 to your account. Enjoy the rest of your trip!

Kind regards,
""")

# d0332
M("N", "de", "insurer-to-broker", "year-end business deadlines for brokers; no client data",
  frm=ADDR("reuter"), to=f"Makler Region Nord <makler-nord@{DOM}>",
  subj="Jahresendgeschäft 2026 - Annahmeschluss",
  date="2026-11-30 09:00", sig="reuter",
  body="""
Liebe Partnerinnen und Partner,

damit Ihr Jahresendgeschäft reibungslos läuft, bitte diese Termine beachten:

- Kfz-Wechselgeschäft zum 01.01.: Anträge bis 30.11. für garantierte Policierung, danach bis 18.12. nach Möglichkeit
- Basisrente/bAV mit Beitragszahlung 2026: Antragseingang bis 14.12., Beitragseingang bis 28.12.
- Krankenvoll mit Beginn 01.01.2027: vollständige Anträge bis 11.12.

Zwischen 24.12. und 01.01. ist die Maklerbetreuung nur eingeschränkt erreichbar; das Portal läuft normal.

Viele Grüße
""")

# d0333
M("S", "de", "insurer-to-doctor", "query to a dentist about an analogue GOZ position for a named patient's treatment",
  frm=ADDR("wendland"), to="Zahnarztpraxis Dr. Sommer <verwaltung@zahnarzt-sommer.example>", ent="kv",
  subj="Rechnung 4471/26 - Patientin Ewa Nowak-Becker",
  date="2026-07-30 10:35", sig="wendland",
  body="""
Sehr geehrte Frau Dr. Sommer,

in Ihrer Rechnung Nr. 4471/26 vom 18.07.2026 für Frau Ewa Nowak-Becker (Implantatversorgung Regio 36) ist die Position "GOZ 2197a analog - digitale Farbbestimmung" mit 46,30 € enthalten.

Nach unserer Auffassung ist die Farbbestimmung mit der Gebühr für die Krone (GOZ 2200) abgegolten; eine Analogberechnung nach § 6 Abs. 1 GOZ setzt eine selbstständige, nicht in der GOZ beschriebene Leistung voraus.

Bitte erläutern Sie uns - mit Einverständnis Ihrer Patientin - die Besonderheit der Leistung. Die übrigen Positionen haben wir erstattet.

Mit freundlichen Grüßen
""")

# d0334
M("N", "en", "internal", "holiday greetings from the CEO; no personal data",
  frm=f"Dr. Helmut Sander <helmut.sander@{DOM}>", to=f"All staff <alle@{DOM}>", client="outlook",
  subj="Thank you for 2026",
  date="2026-12-18 12:00",
  body="""
Dear colleagues,

2026 was a demanding year: the hailstorm in July, the new invoice check, the move to the secure mail gateway - and still our customers rated our service better than ever.

Thank you for your commitment. I wish you and your families a peaceful Christmas and a healthy, happy new year.

Helmut Sander
""")

# d0335
M("C", "de", "insurer-to-customer", "insurance plate for a teenager's moped: named parent and rider with date of birth, policy",
  frm=ADDR("kowalski"), to="Anja Pietsch <anja.pietsch@webpost.example>", ent="av",
  subj="Versicherungskennzeichen für den Roller Ihres Sohnes",
  date="2026-02-27 15:09", sig="kowalski",
  body="""
Hallo Frau Pietsch,

das Versicherungskennzeichen für das Verkehrsjahr 2026/27 (grün) ist unterwegs zu Ihnen:

Kennzeichen: 418 BKR
Fahrzeug: Piaggio Zip 50, FIN ZAPC25100N5012277
Versicherungsnehmerin: Anja Pietsch
Fahrer: Finn Pietsch, geb. 19.11.2010 (Mofa-Prüfbescheinigung liegt vor)
Vertrag: KF-KK-26-088124, Haftpflicht und Teilkasko, 98,00 € für das Verkehrsjahr

Das Kennzeichen gilt ab 01.03.2026 bis Ende Februar 2027.

Gute Fahrt für Finn!
""")

# d0336
M("N", "de", "internal", "internal update on new GOÄ positions for claims staff (trap: fee schedule, diagnosis words, no person)",
  frm=ADDR("kroeger"), to=f"Leistung Kranken <leistung-kv@{DOM}>", ent="kv",
  subj="Info: Abrechnungshinweise GOÄ - neue Analogbewertungen",
  date="2026-12-03 14:25", sig="kroeger", sigstyle="short",
  att=[XLSX("GOAe_Analog_Liste_2026-12.xlsx", {"Analogbewertungen": [
      ["Leistung", "Analog nach GOÄ-Nr.", "Faktor max.", "Hinweis"],
      ["Digitale Gesundheitsanwendung - Einweisung", "A 1 (analog 3)", "2,3", "einmal je Verordnung"],
      ["Videosprechstunde", "1 / 3 + Zuschlag", "2,3", "nur bei bekanntem Patienten"],
      ["Hautkrebsscreening Auflichtmikroskopie", "A 750", "2,3", "Früherkennung, nicht bei Verdachtsdiagnose"],
      ["Kontinuierliche Glukosemessung Auswertung", "A 3511", "1,15", "max. 1x pro Quartal"]]})],
  body="""
Hallo zusammen,

die Bundesärztekammer hat neue Abrechnungsempfehlungen veröffentlicht. In der angehängten Liste stehen die Analogbewertungen, die wir ab 01.01.2027 anerkennen. Die Prüfregeln im Leistungssystem werden zum Jahreswechsel angepasst.

Bei Fragen meldet euch bei mir.
""")

# ---------------------------------------------------------------- batch 10: d0337-d0340

# d0337
M("S", "de", "insurer-to-customer", "supplementary outpatient insurance for a GKV-insured customer: patient receipt with EBM positions, ICD codes and self-pay glaucoma screening",
  frm=ADDR("kroeger"), to="Monika Hambloch <monika.hambloch@freenet-mail.example>", ent="kv", html=True,
  subj="Ihre Patientenquittung und IGeL-Rechnung - Abrechnung Ambulant-Zusatz",
  date="2026-11-19 10:18", sig="kroeger",
  tables={"T1": ([["Datum", "Leistung", "EBM-GOP / GOÄ", "Diagnose", "Betrag", "Erstattung"],
                  ["06.10.2026", "Grundpauschale Augenheilkunde (Kasse)", "EBM 06212", "H40.0 V B", "(Kasse)", "-"],
                  ["06.10.2026", "Tonometrie, Gesichtsfeld (Kasse)", "EBM 06333", "H40.0 V B", "(Kasse)", "-"],
                  ["06.10.2026", "OCT Sehnervenkopf (IGeL)", "GOÄ A 423 analog", "H40.0 V B", "62,30 €", "62,30 €"],
                  ["06.10.2026", "Glaukom-Früherkennung Papillenbeurteilung (IGeL)", "GOÄ 1242", "Z13.5", "24,50 €", "24,50 €"],
                  ["Summe", "", "", "", "86,80 €", "86,80 €"]], "pad")},
  body="""
Sehr geehrte Frau Hambloch,

vielen Dank für die Patientenquittung Ihrer Krankenkasse und die Privatrechnung der Augenarztpraxis Dr. Lindemann (Kd.-Nr. bei uns: 4410 2277, Tarif Ambulant-Zusatz AZ 100).

[[T1]]

Die mit EBM-Ziffern abgerechneten Leistungen hat Ihre Krankenkasse bezahlt; die privat berechneten Untersuchungen (OCT und Früherkennung bei Verdacht auf Glaukom) erstatten wir aus Ihrem Tarif vollständig. Die Augeninnendrucksenkung mit Latanoprost-Tropfen ist Kassenleistung; die Zuzahlung (5,00 €) reichen Sie bitte bei Ihrer Krankenkasse für die Belastungsgrenze ein.

Mit freundlichen Grüßen
""")

# d0338
M("C", "de", "insurer-to-customer", "overview of a named customer's non-personal contracts under his customer number (Kd.-Nr.) with insured address",
  frm=ADDR("kowalski"), to="Heinrich Pelzer <heinrich.pelzer@t-net.example>", ent="av", charset="iso-8859-1", cte="quoted-printable",
  subj="Ihre Vertragsübersicht - Kd.-Nr. 4471 0082",
  date="2026-12-02 11:44", sig="kowalski",
  body="""
Sehr geehrter Herr Pelzer,

wie am Telefon besprochen hier die Übersicht Ihrer Verträge unter Ihrer Kd.-Nr. 4471 0082:

Hausrat             HR 7729-30418    Mühlenweg 5, 41468 Neuss       168,40 EUR p.a.
Wohngebäude         WG 40-120 933-1  Mühlenweg 5, 41468 Neuss       702,15 EUR p.a.
Privathaftpflicht   PH 31-402 877    Familientarif                   84,90 EUR p.a.
Kfz                 KF-1766 2013     NE-HP 55, Audi A4 Avant        544,30 EUR p.a.
Rechtsschutz        RS 22-300 145    Privat/Beruf/Verkehr           321,60 EUR p.a.

Gesamtbeitrag 2027: 1.821,35 EUR. Mit dem Bündelrabatt ab drei Sparten sind darin bereits 10 % Nachlass enthalten.

Mit freundlichen Grüßen
""")

# d0339
M("S", "en", "insurer-to-customer", "expat with German statutory insurance: patient receipt with EBM codes and a private invoice for the addressee's skin check (ICD codes)",
  frm=ADDR("whitfield"), to="Samantha Price <samantha.price@lemail.example>", ent="kv",
  subj="Your dermatology invoices - supplementary plan",
  date="2026-09-10 15:33", sig="whitfield",
  body="""
Dear Ms Price,

thank you for the patient receipt from your statutory health insurer and the private invoice from the dermatology practice Dr. Voss.

- 02/09/2026, EBM 10210 (basic flat rate) and EBM 01745 (skin cancer screening): paid by your statutory insurer, nothing to reimburse
- 02/09/2026, digital dermatoscopy of 14 naevi (GOÄ A 612 analog, private): EUR 78.66 - reimbursed in full
- 02/09/2026, excision of a naevus on the left shoulder with histology (D22.5 L, suspected dysplastic naevus; histology: benign): your statutory insurer paid; your co-payment receipt of EUR 10.00 is not covered

We will transfer EUR 78.66 to your account.

Kind regards,
""")

# d0340
M("N", "en", "internal", "pricing note comparing EBM and GOÄ fee levels per benefit area (trap: fee schedules and examinations, aggregated)",
  frm=f"Health Actuarial <aktuariat-kv@{DOM}>", to=ADDR("kroeger"), cc=ADDR("nguyen"), client="outlook",
  subj="Fee level comparison EBM vs GOÄ for the Ambulant-Zusatz repricing",
  date="2026-12-07 16:40",
  att=[XLSX("EBM_vs_GOAE_fee_levels_2025.xlsx", {"Fee levels": [
      ["Benefit area", "Typical EBM GOP", "Avg EBM value EUR", "Typical GOÄ no.", "Avg GOÄ amount EUR (2.3x)", "Ratio"],
      ["GP consultation", "03000", 13.37, "1 + 5", 15.42, 1.15],
      ["Ophthalmology check", "06212", 14.08, "1240 + 1242", 24.93, 1.77],
      ["Dermatology screening", "01745", 29.01, "750 (analog)", 46.92, 1.62],
      ["Cardiology ECG", "13250", 17.59, "651", 14.75, 0.84]]})],
  body="""
Hi Sabine,

for the repricing of the Ambulant-Zusatz tariffs we compared the average fee levels for typical outpatient services under EBM (statutory) and GOÄ (private, 2.3x). Figures are averages from the 2025 claims, aggregated over all insured persons; no individual data.

The biggest gap is still in ophthalmology (factor 1.77). This supports the plan to raise the annual limit for private eye examinations.

Best regards,
Health Actuarial
""")
# ==== MAILS END ====


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
    for n, (label, lang, kind, reason, m) in enumerate(MAILS, 1):
        fn = f"d{n:04d}.eml"
        msg = compose(m, n)
        (mails / fn).write_bytes(msg.as_bytes(policy=SMTP))
        rows.append((fn, label, lang, kind, reason))
    with open(OUT / "labels.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            assert "\t" not in r[4] and "\n" not in r[4], r
            f.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} mails")


def check():
    from email import policy as P
    from email.parser import BytesParser
    stats = {k: Counter() for k in ("label", "lang", "kind", "att", "ct", "charset", "cte")}
    mids = set()
    lines = (OUT / "labels.tsv").read_text(encoding="utf-8").splitlines()[1:]
    with_att = 0
    for (label, lang, kind, reason, m), line in zip(MAILS, lines):
        fn = line.split("\t")[0]
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
                elif low.endswith(".pdf"):
                    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], fn
                elif low.endswith(".ics"):
                    assert b"BEGIN:VCALENDAR" in data, fn
            if part.get_content_type() in ("text/plain", "text/html", "text/csv"):
                part.get_content()   # decodes with the declared charset
    print("mails:", len(MAILS), " with attachments:", with_att)
    for k, c in stats.items():
        print(f"{k}: " + ", ".join(f"{a}={b}" for a, b in c.most_common()))


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        main()
