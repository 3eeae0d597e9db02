#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Siegel development corpus 29 -- generator with all content.

200 fictitious e-mails of the fictitious insurer "Elbwacht" (domain
elbwacht-versicherung.example): private customers, their relatives, prospects
and the insurer's service replies across all lines of business.

    python make_corpus.py          # writes mails/ and labels.tsv
    python make_corpus.py --check  # rebuilds in memory, compares, validates, prints stats

Needs: openpyxl, python-docx, odfpy, fpdf2, pypdf.
Every person, number, address and company in here is invented.
"""
import csv
import datetime as _dt
import hashlib
import io
import os
import random
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mails")
LABELS = os.path.join(HERE, "labels.tsv")
SEED = 29
PREFIX = "d29"
TZ = ZoneInfo("Europe/Berlin")
ZIP_TIME = (2026, 1, 15, 8, 30, 0)
DOC_TIME = _dt.datetime(2026, 1, 15, 8, 30, 0)
DOC_TIME_UTC = _dt.datetime(2026, 1, 15, 7, 30, 0, tzinfo=_dt.timezone.utc)
INS = "elbwacht-versicherung.example"

# ---------------------------------------------------------------------------
# attachment builders (deterministic)
# ---------------------------------------------------------------------------

_CORE_FIX = [
    (re.compile(rb"<dcterms:created([^>]*)>[^<]*</dcterms:created>"),
     rb"<dcterms:created\1>2026-01-15T07:30:00Z</dcterms:created>"),
    (re.compile(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>"),
     rb"<dcterms:modified\1>2026-01-15T07:30:00Z</dcterms:modified>"),
    (re.compile(rb"<meta:creation-date>[^<]*</meta:creation-date>"),
     rb"<meta:creation-date>2026-01-15T08:30:00</meta:creation-date>"),
    (re.compile(rb"<dc:date>[^<]*</dc:date>"), rb"<dc:date>2026-01-15T08:30:00</dc:date>"),
]


def fix_zip(data):
    """Rewrite a ZIP container with fixed member times (and fixed core dates)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            raw = src.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                for rx, rep in _CORE_FIX:
                    raw = rx.sub(rep, raw)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, raw)
    return out.getvalue()


_PDF_MAP = {"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'",
            "‘": "'", "’": "'", "…": "...", "•": "-", "ı": "i", "ş": "s", "ğ": "g",
            "Ş": "S", "İ": "I", "ł": "l", "Ł": "L", "ń": "n", "ś": "s", "ż": "z",
            "ź": "z", "ą": "a", "ę": "e", "ć": "c", "č": "c", "ř": "r", "ě": "e",
            "\u00a0": " ", "→": "->", "✓": "x", "≥": ">=", "½": "1/2"}


def _latin(s):
    s = "".join(_PDF_MAP.get(c, c) for c in s)
    return s.encode("latin-1", "replace").decode("latin-1")


def pdf(title, lines, author="Elbwacht Versicherung"):
    """PDF with a text layer. lines: str; '# ' = bold heading, '' = blank line."""
    from fpdf import FPDF
    doc = FPDF(format="A4")
    doc.set_creation_date(DOC_TIME_UTC)
    doc.set_title(_latin(title))
    doc.set_author(_latin(author))
    doc.set_creator("corpus29")
    doc.set_margins(20, 18, 20)
    doc.add_page()
    for line in lines:
        if line.startswith("# "):
            doc.set_font("Helvetica", "B", 12)
            doc.multi_cell(0, 7, _latin(line[2:]), new_x="LMARGIN", new_y="NEXT")
        elif line == "":
            doc.ln(4)
        else:
            doc.set_font("Helvetica", "", 10)
            doc.multi_cell(0, 5, _latin(line), new_x="LMARGIN", new_y="NEXT")
    return bytes(doc.output())


def docx(paras, table=None, author="Elbwacht Versicherung"):
    """DOCX: '# ' heading, '## ' subheading, else paragraph; optional table (list of rows)."""
    import docx as _docx
    d = _docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = DOC_TIME
    cp.modified = DOC_TIME
    cp.revision = 1
    cp.title = paras[0].lstrip("# ") if paras else ""
    for p in paras:
        if p.startswith("## "):
            d.add_heading(p[3:], level=2)
        elif p.startswith("# "):
            d.add_heading(p[2:], level=1)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip(buf.getvalue())


def xlsx(sheets, author="Elbwacht Versicherung"):
    """sheets: list of (name, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = DOC_TIME
    wb.properties.modified = DOC_TIME
    buf = io.BytesIO()
    wb.save(buf)
    return fix_zip(buf.getvalue())


def ods(rows, sheet="Tabelle1"):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    t = Table(name=sheet)
    for r in rows:
        tr = TableRow()
        for v in r:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                tc = TableCell(valuetype="float", value=v)
            else:
                tc = TableCell(valuetype="string")
            tc.addElement(P(text=str(v)))
            tr.addElement(tc)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    buf = io.BytesIO()
    doc.write(buf)
    return fix_zip(buf.getvalue())


def odt(paras):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    doc = OpenDocumentText()
    for p in paras:
        if p.startswith("# "):
            doc.text.addElement(H(outlinelevel=1, text=p[2:]))
        else:
            doc.text.addElement(P(text=p))
    buf = io.BytesIO()
    doc.write(buf)
    return fix_zip(buf.getvalue())


def csvb(rows, enc="utf-8", delim=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(enc)


def ics(uid, start, end, summary, location="", description="", organizer=""):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Elbwacht//Termine 2026//DE",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260115T073000Z",
             f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}",
             f"SUMMARY:{summary}"]
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n").replace(",", "\\,"))
    if organizer:
        lines.append(f"ORGANIZER:mailto:{organizer}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def zipb(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


_CT = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "zip": ("application", "zip"),
    "csv": ("text", "csv"),
    "ics": ("text", "calendar"),
    "txt": ("text", "plain"),
}

# ---------------------------------------------------------------------------
# message builder
# ---------------------------------------------------------------------------

MAILS = []


def M(label, lang, kind, reason, **kw):
    """Register one mail. kw: frm, to, cc, subj, date ('2026-03-04 09:12'), body,
    html, html_only, charset, cte, flowed, atts [(filename, bytes[, ctype, params])],
    fwd (dict of a mail to attach as message/rfc822), headers {name: value}."""
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en")
    assert "\t" not in reason and "\n" not in reason
    MAILS.append(dict(label=label, lang=lang, kind=kind, reason=reason, **kw))


def _dt_of(s):
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    return format_datetime(d)


def _domain(addr):
    m = re.search(r"@([A-Za-z0-9.\-]+)", addr)
    return m.group(1) if m else INS


def _addr(a):
    """Quote display names that contain specials such as 'Dr.'."""
    m = re.fullmatch(r"([^<>\"]+?) <([^<>]+)>", a)
    if m and re.search(r"[.,;:()]", m.group(1)):
        return f'"{m.group(1)}" <{m.group(2)}>'
    return a


def _addrs(v):
    v = v if isinstance(v, (list, tuple)) else [v]
    return ", ".join(_addr(a) for a in v)


def build(spec, key):
    msg = EmailMessage(policy=policy.SMTP)
    msg["Date"] = _dt_of(spec["date"])
    msg["From"] = _addrs(spec["frm"])
    msg["To"] = _addrs(spec["to"])
    if spec.get("cc"):
        msg["Cc"] = _addrs(spec["cc"])
    msg["Subject"] = spec["subj"]
    h = hashlib.sha1(key.encode()).hexdigest()
    msg["Message-ID"] = f"<{h[:12]}.{h[12:20]}@{_domain(spec['frm'])}>"
    for k, v in spec.get("headers", {}).items():
        msg[k] = _addrs(v) if k == "Reply-To" else v
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    params = {"format": "flowed"} if spec.get("flowed") else {}
    body = spec.get("body")
    html = spec.get("html")
    if cte == "7bit" and not ((body or "") + (html or "")).isascii():
        cte = "8bit"  # a 7bit mailer would have sent non-ASCII text as 8bit
    if spec.get("html_only"):
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(body, charset=charset, cte=cte, params=params)
        if html:
            msg.add_alternative(html, subtype="html", charset=charset, cte=cte)
    for a in spec.get("atts", []):
        name, data = a[0], a[1]
        ext = name.rsplit(".", 1)[-1].lower()
        mt, st = a[2].split("/") if len(a) > 2 and a[2] else _CT[ext]
        prm = a[3] if len(a) > 3 else ({"charset": "utf-8"} if mt == "text" else {})
        msg.add_attachment(data, mt, st, filename=name, params=prm)
    if spec.get("fwd"):
        sub = build(spec["fwd"], key + "/fwd")
        msg.add_attachment(sub)
    return msg


def render(spec, idx):
    msg = build(spec, f"{PREFIX}-{idx}")
    k = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary(f"----=_Elbw29_{idx:03d}_{k}")
    return msg.as_bytes(policy=policy.SMTP)


# ---------------------------------------------------------------------------
# shared signatures and footers (the same person always signs the same way)
# ---------------------------------------------------------------------------

FOOT_AG = """--
Elbwacht Versicherung AG · Am Sande 14 · 21335 Lüneburg
Sitz Lüneburg · Amtsgericht Lüneburg HRB 7213
Vorstand: Dr. Cornelia Wegerich (Vors.), Bastian Lohmeyer, Ines Farwick
Aufsichtsratsvorsitzender: Prof. Dr. Reinald Steffens"""

FOOT_KV = """--
Elbwacht Krankenversicherung a.G. · Am Sande 14 · 21335 Lüneburg
Amtsgericht Lüneburg HRB 7240 · Vorstand: Dr. Cornelia Wegerich, Tobias Rehmer"""

FOOT_LV = """--
Elbwacht Lebensversicherung AG · Am Sande 14 · 21335 Lüneburg
Amtsgericht Lüneburg HRB 7236 · Vorstand: Ines Farwick, Dr. Arne Kuhlenkamp"""

FOOT_EN = """--
Elbwacht Versicherung AG / Elbwacht Krankenversicherung a.G.
Am Sande 14, 21335 Lueneburg, Germany · Lueneburg District Court HRB 7213 / HRB 7240
International Service: +49 4131 7790-440 (Mon-Fri 8 am - 6 pm CET)"""

HINT = """Hinweis: Diese Nachricht kann vertrauliche Informationen enthalten. Wenn Sie
nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen
Sie diese E-Mail."""

S_WITTKOWSKI = """Freundliche Grüße

Jana Wittkowski
Kundenservice Privatkunden
Telefon 04131 7790-112
jana.wittkowski@elbwacht-versicherung.example"""

S_AYDIN = """Viele Grüße
Selin Aydın
Kundenservice · Team Vertrag
Tel. 04131 7790-118"""

S_GRUENBERG = """Mit freundlichen Grüßen

Malte Grünberg
Elbwacht Versicherung AG
Kundenservice Kraftfahrt
Fon 04131 7790-231 | Fax 04131 7790-239"""

S_HOLLENBACH = """Mit freundlichen Grüßen

Katrin Hollenbach
Leistungsabteilung Krankenversicherung
Elbwacht Krankenversicherung a.G.
Telefon 04131 7790-521"""

S_SIEVERS = """Viele Grüße aus Lüneburg
Ole Sievers
Leistungsprüfung Zahn / Kieferorthopädie
Durchwahl -534"""

S_RAUTENBERG = """Freundliche Grüße
Beate Rautenberg
Krankentagegeld & Krankenhaustagegeld
Elbwacht Krankenversicherung a.G. · Tel. 04131 7790-547"""

S_KOWALCZYK = """Mit freundlichen Grüßen
i. A. Dennis Kowalczyk
Schadenservice Kraftfahrt
Tel. 04131 7790-260"""

S_PETERSEN = """Moin und beste Grüße
Hauke Petersen
Schadenservice Sach (Hausrat / Wohngebäude / Glas)
Elbwacht Versicherung AG · 04131 7790-310"""

S_VOSS = """Mit freundlichen Grüßen

Annika Voß-Lindner
Sachverständigenkoordination Wohngebäude
Telefon 04131 7790-318"""

S_AMSEL = """Mit freundlichen Grüßen

Frederike Amsel
Leben · Vertragsservice
Elbwacht Lebensversicherung AG
Telefon 04131 7790-612"""

S_DEMIRTAS = """Beste Grüße
Yusuf Demirtaş
Leistungsprüfung Berufsunfähigkeit
Elbwacht Lebensversicherung AG · Tel. 04131 7790-640"""

S_HAMANN = """Herzliche Grüße
Gisela Hamann
Pflegeservice · Elbwacht Krankenversicherung a.G.
Tel. 04131 7790-570 (Mo–Do 8–16 Uhr)"""

S_BRUECKNER = """Mit freundlichen Grüßen
Florian Brückner
Rechtsschutz-Schadenservice
Telefon 04131 7790-410"""

S_RAHMAN = """Kind regards,

Aisha Rahman
International Customer Service
Elbwacht Versicherung"""

S_BERTHOLD = """Best regards
Niklas Berthold
International Health Claims
Elbwacht Krankenversicherung a.G. · +49 4131 7790-446"""

S_OBERMAIER = """Servus und viele Grüße
Theresa Obermaier
Kundenservice Privatkunden · Außenstelle Regensburg
Tel. 0941 468 220-14"""

S_STROBEL = """Lea Strobel
Marketing & Kundenkommunikation
Elbwacht Versicherung AG"""

S_BERGMANN = """Gruß
Kai-Uwe Bergmann
IT-Betrieb / Service Desk · Tel. -999"""

S_KESSLER = """Viele Grüße
Ronja Keßler
Facility Management
Elbwacht Versicherung AG · Tel. 04131 7790-080"""

S_QUAST = """Dr. Helmut Quast
Datenschutzbeauftragter der Elbwacht-Gruppe
datenschutz@elbwacht-versicherung.example"""

S_UNFALL = """Mit freundlichen Grüßen

Carsten Meiwald
Leistungsabteilung Unfall
Elbwacht Versicherung AG · Tel. 04131 7790-470"""

S_REISE = """Beste Grüße
Paulina Zielińska
Reise-Service · Elbwacht Versicherung AG
Tel. 04131 7790-455"""

S_TIER = """Liebe Grüße
Merle Osterkamp
Tierversicherung · Elbwacht Versicherung AG
Tel. 04131 7790-380"""

# addresses
A_SERVICE = f"Elbwacht Kundenservice <service@{INS}>"
A_KV = f"Elbwacht Krankenversicherung – Leistung <leistung-kv@{INS}>"
A_KFZ = f"Elbwacht Kfz-Service <kfz@{INS}>"
A_SACH = f"Elbwacht Schadenservice Sach <schaden-sach@{INS}>"
A_LEBEN = f"Elbwacht Leben <leben@{INS}>"
A_INTL = f"Elbwacht International Service <international@{INS}>"
A_NEWS = f"Elbwacht Newsletter <newsletter@{INS}>"
A_RS = f"Elbwacht Rechtsschutz <rechtsschutz@{INS}>"
A_PFLEGE = f"Elbwacht Pflegeservice <pflege@{INS}>"
A_REISE = f"Elbwacht Reise-Service <reise@{INS}>"
A_TIER = f"Elbwacht Tierversicherung <tier@{INS}>"
A_UNFALL = f"Elbwacht Unfall-Leistung <unfall@{INS}>"
A_WEB = f"Elbwacht Kontaktformular <noreply-web@{INS}>"

WITTKOWSKI = f"Jana Wittkowski <jana.wittkowski@{INS}>"
AYDIN = f"Selin Aydın <selin.aydin@{INS}>"
GRUENBERG = f"Malte Grünberg <malte.gruenberg@{INS}>"
HOLLENBACH = f"Katrin Hollenbach <katrin.hollenbach@{INS}>"
SIEVERS = f"Ole Sievers <ole.sievers@{INS}>"
RAUTENBERG = f"Beate Rautenberg <beate.rautenberg@{INS}>"
KOWALCZYK = f"Dennis Kowalczyk <dennis.kowalczyk@{INS}>"
PETERSEN = f"Hauke Petersen <hauke.petersen@{INS}>"
VOSS = f"Annika Voß-Lindner <annika.voss-lindner@{INS}>"
AMSEL = f"Frederike Amsel <frederike.amsel@{INS}>"
DEMIRTAS = f"Yusuf Demirtaş <yusuf.demirtas@{INS}>"
HAMANN = f"Gisela Hamann <gisela.hamann@{INS}>"
BRUECKNER = f"Florian Brückner <florian.brueckner@{INS}>"
RAHMAN = f"Aisha Rahman <aisha.rahman@{INS}>"
BERTHOLD = f"Niklas Berthold <niklas.berthold@{INS}>"
OBERMAIER = f"Theresa Obermaier <theresa.obermaier@{INS}>"
STROBEL = f"Lea Strobel <lea.strobel@{INS}>"
BERGMANN = f"Kai-Uwe Bergmann <kai-uwe.bergmann@{INS}>"
KESSLER = f"Ronja Keßler <ronja.kessler@{INS}>"
QUAST = f"Dr. Helmut Quast <helmut.quast@{INS}>"
MEIWALD = f"Carsten Meiwald <carsten.meiwald@{INS}>"
ZIELINSKA = f"Paulina Zielińska <paulina.zielinska@{INS}>"
OSTERKAMP = f"Merle Osterkamp <merle.osterkamp@{INS}>"

# ===========================================================================
# MAILS
# ===========================================================================

# ---------------------------------------------------------------------------
# STRICTLY_CONFIDENTIAL, part 1
# ---------------------------------------------------------------------------

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "dentist invoice (GOZ positions, crown on tooth 36) of the named policyholder in the PDF; body only says 'Rechnung vom Zahnarzt' with the health policy number",
  frm="Dirk Ellerbrock <dirk.ellerbrock@freenet-mail.example>", to=A_KV,
  subj="Rechnung Zahnarzt", date="2026-01-12 19:47",
  headers={"X-Mailer": "iPhone Mail (21D61)"},
  body="""Hallo,
anbei die rechnung vom zahnarzt. Vertrag KV-4471903-01
Bitte aufs bekannte Konto.
Gruß D. Ellerbrock

Von meinem iPhone gesendet""",
  atts=[("Rechnung_ZA_Dr_Pohlmann.pdf", pdf("Zahnarztrechnung", [
      "# Zahnarztpraxis Dr. Jens Pohlmann",
      "Bäckerstraße 9 · 21244 Buchholz in der Nordheide",
      "",
      "Herrn Dirk Ellerbrock, Ahornweg 27, 21244 Buchholz",
      "Rechnung Nr. 2026-0117 vom 08.01.2026 · Behandlungszeitraum 11.11.2025 - 18.12.2025",
      "",
      "Datum      Zahn  GOZ   Leistung                                   Faktor   Betrag",
      "11.11.25   36    0010  Eingehende Untersuchung                    2,3      12,94",
      "11.11.25   36    Ä5000 Röntgen Einzelaufnahme                     1,8      7,29",
      "25.11.25   36    2200  Vollkrone Tangentialpräparation            2,3      190,79",
      "25.11.25   36    2197  Adhäsive Befestigung                       2,3      16,82",
      "18.12.25   36    2210  Eingliederung Krone                        2,3      42,17",
      "",
      "Material- und Laborkosten (Eigenlabor, Zirkon)                              386,40",
      "Rechnungsbetrag                                                           656,41 EUR",
      "",
      "Befund: tiefe Karies mit Frakturlinie an 36, Zustand nach Wurzelbehandlung 2023.",
      "Zahlbar innerhalb von 30 Tagen. Steuernummer 21/144/08813.",
  ], author="Zahnarztpraxis Dr. Pohlmann"))])

M("STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer",
  "wife asks for hearing-aid reimbursement for her husband (name, birth date 03.04.1941, supplementary health contract, hearing loss after a stroke)",
  frm="Hannelore Rademacher <h.rademacher@t-online-post.example>", to=A_KV,
  subj="Hörgeräte für meinen Mann - Kostenübernahme ?", date="2026-01-14 10:22",
  charset="iso-8859-1", cte="quoted-printable",
  body="""Sehr geehrte Damen und Herren,

ich schreibe Ihnen für meinen Mann, Herrn Wilfried Rademacher, geb. 03.04.1941,
der bei Ihnen seit vielen Jahren die Zusatzversicherung hat (die Nummer steht
auf der Karte: KZ 2208 0117). Er selbst kommt mit dem Computer nicht zurecht,
deshalb mache ich das.

Mein Mann hört seit dem Schlaganfall im letzten Sommer auf dem linken Ohr sehr
schlecht. Der Ohrenarzt, Dr. Fenske in Uelzen, hat ihm jetzt zwei Hörgeräte
verschrieben. Der Akustiker sagt, die Krankenkasse gibt nur einen Festbetrag,
und der Rest wären ungefähr 2.400 Euro. Das ist für uns Rentner viel Geld.

Zahlen Sie da etwas dazu? Und muss ich vorher einen Antrag stellen oder reicht
die Rechnung hinterher? Die Verordnung vom Arzt kann ich Ihnen auch per Post
schicken, einen Scanner haben wir nicht.

Vielen Dank im voraus und freundliche Grüße
Hannelore Rademacher
Lindenstraße 4
29525 Uelzen
Tel. 0581 338 71""")

M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
  "expat reports son's broken arm (emergency room, cast, X-ray) with policy number; hospital invoice PDF",
  frm="Rebecca Lindqvist-Harper <rebecca.lh@icloud-mail.example>", to=A_INTL,
  subj="Claim - my son broke his arm (policy IH-0093-5521)", date="2026-01-16 21:05",
  cte="7bit",
  body="""Hi there,

My son Oscar (7) fell off the climbing frame at school on Tuesday and broke
his left arm. We went straight to the emergency room at Klinikum Harburg, they
did an X-ray and put a cast on it. He has to go back in 4 weeks for another
X-ray and they might need to re-set it if it doesn't heal straight.

The hospital gave me the attached bill (EUR 412.60). I paid it with my credit
card because they asked for payment on the spot (we are privately insured with
you through my husband's employer, policy IH-0093-5521, Oscar is on the family
plan).

Could you please reimburse it to our account? Is there anything else I need to
send you? Also, will the follow-up appointments be covered as well?

Thanks so much,
Rebecca Lindqvist-Harper
Hamburg-Harburg""",
  atts=[("Klinikum_Harburg_Rechnung_Oscar.pdf", pdf("Rechnung Notaufnahme", [
      "# Klinikum Harburg - Zentrale Notaufnahme",
      "Eißendorfer Pferdeweg 52, 21075 Hamburg",
      "",
      "Privatrechnung Nr. NA-26-00481",
      "Patient: Oscar Harper, geb. 19.06.2018",
      "Rechnungsempfängerin: Rebecca Lindqvist-Harper",
      "Aufnahme: 13.01.2026, 11:42 Uhr",
      "",
      "Diagnose: S52.50 Distale Radiusfraktur links, geschlossen",
      "GOÄ 1     Beratung                                  10,72",
      "GOÄ 5     Symptombezogene Untersuchung             10,72",
      "GOÄ 5030  Röntgen Unterarm 2 Ebenen                 69,94",
      "GOÄ 2340  Reposition                               180,20",
      "GOÄ 237   Gipsverband Unterarm                     141,02",
      "Summe                                             412,60 EUR",
      "",
      "Bezahlt per Kreditkarte am 13.01.2026.",
  ], author="Klinikum Harburg"))])

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "physiotherapy settlement after knee surgery for a named customer; the quoted customer mail mentions 'nach der OP am Knie' and the prescription",
  frm=HOLLENBACH, to="Sabine Kröger-Asmus <sabine.kroeger@gmx-post.example>",
  subj="AW: Physiotherapie nach Knie-OP – Erstattung", date="2026-01-19 11:30",
  headers={"In-Reply-To": "<5d1f.kroeger@gmx-post.example>"},
  body="""Sehr geehrte Frau Kröger-Asmus,

vielen Dank für Ihre Nachricht und die eingereichten Rechnungen der
Physiotherapiepraxis Bewegungsraum Stade.

Wir haben die 12 Behandlungen (Krankengymnastik, manuelle Lymphdrainage)
geprüft und erstatten 684,00 EUR. Den Betrag überweisen wir in den nächsten
Tagen auf Ihr hinterlegtes Konto. Die Abrechnung erhalten Sie zusätzlich
per Post.

Für weitere Behandlungen benötigen wir eine neue Verordnung Ihres Orthopäden;
die erste Verordnung ist damit ausgeschöpft.

""" + S_HOLLENBACH + """

-----Ursprüngliche Nachricht-----
Von: Sabine Kröger-Asmus <sabine.kroeger@gmx-post.example>
Gesendet: Mittwoch, 14. Januar 2026 20:13
An: leistung-kv@elbwacht-versicherung.example
Betreff: Physiotherapie nach Knie-OP

Guten Abend,

nach der OP am Knie (Kreuzband, Dezember) hatte ich jetzt 12x Physio, die
Rechnungen schicke ich anbei mit. Die Verordnung von Dr. Brandes liegt auch
dabei. Meine Versicherungsnummer ist KV-3380417-02.

Können Sie mir sagen, ob ich noch eine zweite Verordnung bekomme? Das Knie ist
noch ziemlich dick und ich kann die Treppe nur schlecht runter.

Danke + Gruß
Sabine Kröger-Asmus

""" + FOOT_KV)

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "pregnancy (12th week) of the named customer with policy number, asks about midwife and prenatal tests",
  frm="Lina Marquardt <lina.marquardt@posteo-mail.example>", to=A_KV,
  subj="Frage zur Hebamme und Vorsorge", date="2026-01-20 07:58",
  cte="8bit", flowed=True,
  body="""Hallo liebes Elbwacht-Team,

ich bin jetzt in der 12. Woche schwanger (Entbindungstermin laut Frauenärztin 
ca. 28. Juli) und habe ein paar Fragen zu meinem Tarif (Vers.-Nr. 
KV-5120884-01, Tarif Vital Komfort):

1. Übernehmen Sie die Kosten für die Hebamme schon in der Schwangerschaft, 
also Vorgespräche und Geburtsvorbereitungskurs?
2. Meine Ärztin hat mir den Ersttrimester-Test und einen NIPT angeboten. Zahlt 
das die Versicherung oder ist das Selbstzahlerleistung?
3. Muss ich das Baby nach der Geburt extra anmelden, und bis wann?

Mir war in den ersten Wochen sehr übel, ich war deshalb auch zweimal beim 
Arzt, die Rechnungen kommen noch.

Liebe Grüße
Lina Marquardt""")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "confirmation that a newborn (name, birth date 02.02.2026) is added to the parents' private health insurance without health questions; birth mentioned, no diagnosis",
  frm=AYDIN, to="Tobias Wendland <t.wendland@web-post.example>",
  subj="Nachversicherung Ihrer Tochter Ella – Bestätigung", date="2026-02-09 14:02",
  body="""Sehr geehrter Herr Wendland,

herzlichen Glückwunsch zur Geburt Ihrer Tochter!

Wir haben Ella Wendland, geboren am 02.02.2026, rückwirkend ab Geburt in Ihre
Krankenversicherung (Versicherungsnummer KV-2290561-03) aufgenommen. Da die
Anmeldung innerhalb von zwei Monaten nach der Geburt erfolgt ist, versichern
wir Ella ohne Gesundheitsprüfung und ohne Wartezeiten im gleichen Tarif wie
Sie (Vital Komfort inkl. Krankenhaus-Zweibettzimmer).

Der Monatsbeitrag für Ella beträgt 148,37 EUR und wird ab März zusammen mit
Ihrem Beitrag abgebucht. Den Nachtrag zum Versicherungsschein und die
Versichertenkarte schicken wir Ihnen in den nächsten Tagen per Post.

Die Rechnungen der Klinik für die Entbindung reichen Sie bitte wie gewohnt
über die App oder per Post ein.

""" + S_AYDIN + "\n\n" + FOOT_KV)

M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
  "international student asks for a confirmation of his health insurance for the visa office; no medical word, but his health contract with insurance number and birth date",
  frm="Arjun Venkataraman <arjun.v@stud.tu-harburg.example>", to=A_INTL,
  subj="Insurance certificate for Ausländerbehörde", date="2026-01-21 16:40",
  cte="7bit",
  body="""Dear Sir/Madam,

I am an international student at TU Hamburg (Master Mechatronics) and I have
the student health insurance with you since October 2025 (insurance number
SK-8812047, date of birth 14/09/2001).

The immigration office (Ausländerbehörde Hamburg) needs a certificate that my
health insurance is valid until at least 30.09.2027 for extending my residence
permit. My appointment is on 5 February. Could you please send me this
confirmation in German or English as PDF?

Thank you very much in advance.

Best regards,
Arjun Venkataraman
Schwarzenbergstraße 95, Room 412
21073 Hamburg""")

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "hospital daily allowance claim: hospital stay 03.-11.02. 'wegen der Galle' with the hospital confirmation PDF",
  frm="Gerhard Spreckels <gerhard.spreckels@arcor-post.example>", to=A_KV,
  subj="Krankenhaustagegeld", date="2026-02-16 09:14",
  charset="windows-1252", cte="quoted-printable",
  body="""Guten Tag,

ich war vom 3. bis 11. Februar im Krankenhaus in Winsen, wegen der Galle.
Die haben mir die Gallenblase rausgenommen, ging dann doch nicht mehr anders.
Ich habe bei Ihnen ein Krankenhaustagegeld von 50 Euro am Tag
(Vertrag KT 771 220 43). Die Bescheinigung vom Krankenhaus hänge ich an.

Bitte überweisen Sie das Geld auf mein Konto bei der Sparkasse, das haben
Sie ja schon.

Mit freundlichem Gruß
Gerhard Spreckels""",
  atts=[("Aufenthaltsbescheinigung.pdf", pdf("Aufenthaltsbescheinigung", [
      "# Krankenhaus Winsen (Luhe) gGmbH",
      "Friedrich-Lichtenauer-Allee 1 · 21423 Winsen",
      "",
      "Aufenthaltsbescheinigung zur Vorlage bei der Versicherung",
      "",
      "Herr Gerhard Spreckels, geb. 22.10.1958, wohnhaft Am Deich 3, 21423 Drage,",
      "befand sich vom 03.02.2026 bis 11.02.2026 in vollstationärer Behandlung",
      "(Allgemein- und Viszeralchirurgie, Station 3B).",
      "",
      "Aufnahmediagnose: K80.10 Cholezystolithiasis mit Cholezystitis",
      "Durchgeführt: laparoskopische Cholezystektomie am 04.02.2026",
      "",
      "Winsen, 11.02.2026 · Patientenverwaltung, i. A. Kerstin Lühmann",
  ], author="Krankenhaus Winsen"))])

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "accident insurance claim: ligament tear while jogging, orthopaedist, cast; accident report form as DOCX",
  frm="Marvin Tjaden <marvin.tjaden@outlook-mail.example>", to=A_UNFALL,
  subj="Unfallmeldung – Bänderriss Sprunggelenk (UV 6604-118-2)", date="2026-02-02 13:25",
  body="""Sehr geehrte Damen und Herren,

hiermit melde ich einen Unfall aus meiner Unfallversicherung UV 6604-118-2.

Am Samstag, 31.01.2026, bin ich beim Joggen im Stadtpark Lüneburg auf einer
vereisten Stelle weggerutscht und mit dem rechten Fuß umgeknickt. Der
Orthopäde (Dr. Ahlers, Lüneburg) hat einen Riss von zwei Außenbändern
festgestellt, ich trage jetzt sechs Wochen eine Schiene und bin krankgeschrieben.

Das ausgefüllte Formular hänge ich an. Bitte sagen Sie mir, ob Sie noch etwas
brauchen.

Mit freundlichen Grüßen
Marvin Tjaden
Ilmenaustraße 12a, 21335 Lüneburg
0176 4418 0923""",
  atts=[("Unfallanzeige_Tjaden.docx", docx([
      "# Unfallanzeige Unfallversicherung",
      "Versicherungsnummer: UV 6604-118-2",
      "Versicherte Person: Marvin Tjaden, geboren am 17.08.1992",
      "Beruf: Elektroniker für Betriebstechnik",
      "Unfalltag / Uhrzeit: 31.01.2026, ca. 09:40 Uhr",
      "Unfallort: Stadtpark Lüneburg, Weg am Teich",
      "Hergang: Beim Joggen auf vereister Stelle ausgerutscht, rechter Fuß umgeknickt.",
      "Verletzungen: Ruptur Ligamentum fibulotalare anterius und calcaneofibulare rechts (S93.2), Schwellung, Hämatom.",
      "Erstbehandlung: Dr. med. Friederike Ahlers, Fachärztin für Orthopädie, 02.02.2026",
      "Arbeitsunfähig seit: 02.02.2026, voraussichtlich 6 Wochen",
      "Zeugen: keine",
      "Ort, Datum, Unterschrift: Lüneburg, 02.02.2026, M. Tjaden",
  ], author="Marvin Tjaden"))])

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "HTML-only webmail: occupational-disability claim announcement, depression, day clinic, medication, sick leave since October; life-line contract",
  frm="Christiane Bollmann <christiane.bollmann@mailbox-de.example>", to=A_LEBEN,
  subj="BU-Rente beantragen – wie geht das?", date="2026-01-26 22:31",
  html_only=True,
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Verdana;font-size:12px">
<div>Sehr geehrte Damen und Herren,</div><div>&nbsp;</div>
<div>ich habe bei Ihnen seit 2014 eine Berufsunfähigkeitsversicherung (BU 3 318 447).
Ich bin Grundschullehrerin und seit dem 6. Oktober 2025 krankgeschrieben. Meine Psychiaterin
hat eine schwere depressive Episode festgestellt, ich war acht Wochen in einer Tagesklinik und
nehme seitdem Medikamente. Es geht langsam besser, aber an Unterricht vor einer Klasse ist im
Moment nicht zu denken, und meine Ärztin glaubt auch nicht, dass das in den nächsten Monaten
anders wird.</div><div>&nbsp;</div>
<div>Wie beantrage ich die BU-Rente? Welche Unterlagen brauchen Sie von mir und von den Ärzten?
Ich habe etwas Angst vor dem ganzen Papierkram, wäre dankbar, wenn Sie mir die Schritte kurz
erklären könnten.</div><div>&nbsp;</div>
<div>Viele Grüße<br>Christiane Bollmann<br>Hamburger Straße 61<br>21339 Lüneburg</div>
</div></body></html>""")

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "no medical word: beneficiary change in a named person's term life insurance after divorce (life line = personal line)",
  frm="Stefan Oltmanns <stefan.oltmanns@web-post.example>", to=A_LEBEN,
  subj="Änderung Bezugsrecht Risikolebensversicherung", date="2026-02-03 08:05",
  body="""Sehr geehrte Damen und Herren,

seit dem 12.12.2025 bin ich rechtskräftig geschieden. In meiner
Risikolebensversicherung Nr. LV 5 880 214 ist noch meine frühere Ehefrau
Nadine Oltmanns als Bezugsberechtigte eingetragen.

Bitte ändern Sie das Bezugsrecht ab sofort auf meine beiden Kinder
Finn Oltmanns (geb. 09.05.2012) und Mila Oltmanns (geb. 21.11.2015) zu
gleichen Teilen. Falls Sie dafür ein Formular mit Originalunterschrift
brauchen, schicken Sie es mir bitte zu.

Mit freundlichen Grüßen
Stefan Oltmanns
Birkenkamp 8, 21379 Scharnebeck""")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "no medical word: address change confirmed for a named person's private pension (life line = personal line, always strictly confidential)",
  frm=AMSEL, to="Ursula Dreyer <ursula.dreyer@kabelmail.example>",
  subj="Ihre neue Anschrift – Rentenversicherung RV 7 104 339", date="2026-02-05 10:44",
  body="""Sehr geehrte Frau Dreyer,

vielen Dank für Ihre Mitteilung. Wir haben Ihre neue Anschrift

    Ursula Dreyer
    Am Kreideberg 19
    21339 Lüneburg

ab dem 01.02.2026 in Ihrer privaten Rentenversicherung RV 7 104 339
gespeichert. Die jährliche Standmitteilung und alle weiteren Schreiben gehen
künftig an diese Adresse.

Ihr Rentenbeginn bleibt der 01.06.2031; an Beitrag und Leistungen ändert sich
nichts.

""" + S_AMSEL + "\n\n" + FOOT_LV)

M("STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer",
  "daughter writes for her mother: care level 3 granted, dementia, requests care daily allowance; assessment excerpt PDF",
  frm="Katja Brüggemann <katja.brueggemann@gmx-post.example>", to=A_PFLEGE,
  subj="Pflegetagegeld für meine Mutter Ilse Brüggemann", date="2026-02-10 17:52",
  body="""Sehr geehrte Frau Hamann,

wir hatten letzte Woche telefoniert. Wie besprochen schicke ich Ihnen den
Bescheid über den Pflegegrad meiner Mutter, Ilse Brüggemann (Ihre
Pflegetagegeldversicherung PT 4471-006). Sie hat seit dem 1. Januar
Pflegegrad 3, der Gutachter war im Dezember bei ihr.

Meine Mutter ist dement und kann nicht mehr allein einkaufen oder ihre
Tabletten richtig nehmen, deshalb kommt jetzt dreimal täglich der
Pflegedienst. Ich habe eine Vorsorgevollmacht, eine Kopie liegt Ihnen ja schon vor.

Können Sie mir sagen, ab wann das Pflegetagegeld gezahlt wird und ob es auf
ihr Konto oder auf meins geht?

Viele Grüße
Katja Brüggemann""",
  atts=[("Pflegegutachten_Auszug.pdf", pdf("Gutachten Pflegegrad", [
      "# Medizinischer Dienst - Gutachten zur Feststellung der Pflegebedürftigkeit (Auszug)",
      "Versicherte: Ilse Brüggemann, geb. 11.03.1938",
      "Untersuchung am 09.12.2025 in der Häuslichkeit",
      "",
      "Pflegebegründende Diagnosen: F01.9 vaskuläre Demenz; I10.00 Hypertonie; M17.1 Gonarthrose beidseits",
      "Modul 2 (kognitive Fähigkeiten): 11 Einzelpunkte, gewichtet 11,25",
      "Modul 4 (Selbstversorgung): 14 Einzelpunkte, gewichtet 20,00",
      "Gesamtpunkte: 52,5 -> Pflegegrad 3 ab 01.01.2026",
      "",
      "Empfehlung: Rollator, Hausnotruf, Tagespflege zweimal wöchentlich.",
  ], author="Medizinischer Dienst"))])

M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
  "travel health claim from Thailand: food poisoning, two nights in hospital, infusions; hospital bill amount and policy number",
  frm="Tom Okonkwo-Reilly <tom.okr@protonmail-post.example>", to=A_REISE,
  subj="Travel health insurance claim - hospital in Krabi", date="2026-02-12 06:18",
  cte="base64",
  body="""Hello,

I'm writing from Krabi, Thailand. I have your annual travel health insurance
(policy RK-2026-118804, my date of birth is March 3, 1990).

On Feb 9 I got really bad food poisoning after eating at a market, vomiting
and fever for two days. I couldn't keep any water down so my friend took me to
Bangkok Hospital Phuket branch in Krabi. They kept me for 2 nights on IV
fluids and antibiotics. The bill is 38,400 THB (about 1,020 EUR), which I had
to pay with my credit card before they let me leave.

I'm fine now and fly back to Hamburg on Feb 20. What do I need to send you?
I have the itemised bill and the discharge letter in English.

Cheers,
Tom""")

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "travel cancellation because the customer's mother had a stroke; names, booking and policy number",
  frm="Melanie Hüsing <melanie.huesing@t-online-post.example>", to=A_REISE,
  subj="Reiserücktritt Mallorca 14.03. – Mutter Schlaganfall", date="2026-03-09 08:37",
  body="""Sehr geehrte Damen und Herren,

leider müssen wir unsere Reise nach Mallorca (14.03.–21.03.2026, TUI
Buchungsnummer 88120447, 2 Personen) stornieren. Meine Mutter, Frau Renate
Hüsing, hatte am Freitag einen Schlaganfall und liegt auf der Stroke Unit im
Klinikum Osnabrück. Ich bin ihre einzige Angehörige und muss mich jetzt um
alles kümmern.

Wir haben bei Ihnen eine Reiserücktrittsversicherung (Vertrag RR 3340-9917).
Die Stornorechnung des Veranstalters über 1.286 EUR reiche ich nach, sobald
ich sie habe. Reicht für meine Mutter eine Bescheinigung vom Krankenhaus?

Mit freundlichen Grüßen
Melanie Hüsing
Bramscher Straße 140, 49090 Osnabrück""")

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "medicine named (Pantoprazol 40 mg, Ramipril) and refund refused; phone-style mail with health policy number",
  frm="Yvonne Strutz <yvonne.strutz@gmx-post.example>", to=A_KV,
  subj="Wieso werden die Tabletten nicht bezahlt??", date="2026-02-18 12:03",
  headers={"X-Mailer": "Samsung Email 6.1"},
  cte="8bit",
  body="""Hallo ich hab heute die abrechnung bekommen und da steht die Tabletten werden nicht erstattet. Es geht um Pantoprazol 40 mg und das Ramipril vom Hausarzt, das nehm ich seit Jahren und es wurde immer bezahlt!! Vertrag KV-6617280-01 auf meinen Namen Yvonne Strutz. Bitte um rückruf 0157 3399 0127 danke""")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "insurer answers the medicine question: quoted customer mail names the drugs; the reply explains generic substitution for the named customer",
  frm=HOLLENBACH, to="Yvonne Strutz <yvonne.strutz@gmx-post.example>",
  subj="AW: Wieso werden die Tabletten nicht bezahlt??", date="2026-02-19 09:20",
  body="""Sehr geehrte Frau Strutz,

entschuldigen Sie bitte die Verwirrung. Bei der Abrechnung vom 17.02.2026 ist
uns ein Fehler unterlaufen: Das Rezept vom 29.01.2026 wurde als
nicht erstattungsfähige Selbstmedikation gebucht, weil der Apothekenbeleg ohne
Verordnung eingereicht wurde. Die Verordnung lag aber in einem zweiten Umschlag
bei.

Wir haben die Abrechnung korrigiert und erstatten die beiden Packungen
(zusammen 41,87 EUR) mit der nächsten Zahlung. Sie müssen nichts weiter tun.

Entschuldigung nochmals und freundliche Grüße

Katrin Hollenbach
Leistungsabteilung Krankenversicherung
Telefon 04131 7790-521

Am 18.02.2026 um 12:03 schrieb Yvonne Strutz:
> Hallo ich hab heute die abrechnung bekommen und da steht die Tabletten
> werden nicht erstattet. Es geht um Pantoprazol 40 mg und das Ramipril vom
> Hausarzt, das nehm ich seit Jahren und es wurde immer bezahlt!! Vertrag
> KV-6617280-01 auf meinen Namen Yvonne Strutz. Bitte um rückruf
> 0157 3399 0127 danke

""" + FOOT_KV)

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "motor liability claim in which the other car's named driver was injured (suspected whiplash, ambulance, neck brace, sick leave) – health data inside a motor claim",
  frm="Nils Harmsen <nils.harmsen@posteo-mail.example>", to=A_KFZ,
  subj="Unfall 22.02. – Schadenmeldung KF-4471-220983", date="2026-02-23 19:12",
  body="""Hallo zusammen,

ich muss leider einen Unfall melden. Kfz-Vertrag KF-4471-220983, mein Golf
LG-NH 412.

Am Sonntag, 22.02., gegen 15:30 Uhr bin ich in Adendorf an der Kreuzung
Scharnebecker Weg / Artlenburger Landstraße auf einen Citroën C3 aufgefahren,
der vor mir an der Ampel gebremst hat. Ich war einen Moment abgelenkt, die
Schuld liegt also bei mir.

Die Fahrerin vom Citroën (Frau Petra Alpers, Kennzeichen LG-PA 77) hat über
Nackenschmerzen geklagt und ist vom Rettungswagen ins Klinikum gebracht
worden, Verdacht auf Schleudertrauma. Ihr Mann hat mich heute angerufen, sie
trägt eine Halskrause und ist erst mal krankgeschrieben. In meinem Auto war
niemand außer mir, mir geht es gut.

Polizei war da, Aktenzeichen liegt mir vor (PI Lüneburg 0222-1544).
Fotos schicke ich morgen.

Nils Harmsen
0151 2209 3381""")

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "private liability: the neighbour's son broke his wrist on the customer's trampoline (injury of a named child) – health data in a liability claim",
  frm="Sandra Pieper-Klaassen <s.pieper-klaassen@web-post.example>", to=A_SERVICE,
  subj="Haftpflicht – Nachbarsjunge Trampolin", date="2026-03-02 20:46",
  cte="8bit",
  body="""Guten Abend,

ich weiß nicht genau, ob das ein Fall für die Haftpflicht ist (PHV 22-7781-04).

Am Samstag hat Leon Behrens (9 Jahre, der Sohn unserer Nachbarn) bei uns im
Garten auf dem Trampolin gespielt. Das Netz war an einer Stelle eingerissen,
was wir nicht bemerkt hatten, und er ist durchgefallen. Er hat sich das
Handgelenk gebrochen und wurde im Krankenhaus operiert, mit Drähten.

Die Eltern sind nicht böse, aber die Krankenkasse der Familie hat wohl
angekündigt, dass sie sich die Kosten von uns zurückholen will. Was müssen wir
jetzt machen?

Viele Grüße
Sandra Pieper-Klaassen
Am Wiesengrund 3, 21407 Deutsch Evern""")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "legal expenses cover for a medical malpractice dispute: named customer, failed hip operation, nerve damage",
  frm=BRUECKNER, to="Rüdiger Lammers <ruediger.lammers@kabelmail.example>",
  subj="Deckungszusage Rechtsschutz – Ihr Schaden RS-26-00318", date="2026-03-04 15:10",
  body="""Sehr geehrter Herr Lammers,

in Ihrer Angelegenheit gegen das Klinikum Nordheide wegen der fehlerhaften
Hüft-TEP-Operation vom 18.06.2025 (Schädigung des Nervus femoralis mit
anhaltender Fußheberschwäche) erteilen wir Ihnen Deckungszusage für die
außergerichtliche Interessenwahrnehmung durch Ihre Anwältin, Frau
Rechtsanwältin Dr. Merve Taşkın, Fachanwältin für Medizinrecht, Buchholz.

Versicherungsnummer: RS 8801-2277
Schadennummer: RS-26-00318
Selbstbeteiligung: 150 EUR

Die Kosten eines medizinischen Privatgutachtens übernehmen wir nur, wenn es
vom Gericht angeordnet wird; bitte stimmen Sie ein solches Gutachten vorher
mit uns ab.

""" + S_BRUECKNER + "\n\n" + FOOT_AG)

M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
  "dental: crown fell out, implant needed; treatment plan PDF with tooth, diagnosis and costs for a named customer",
  frm="Daniel Ferreira Costa <dferreiracosta@gmail-post.example>", to=A_KV,
  subj="Dental treatment plan - please check coverage", date="2026-03-05 12:49",
  cte="7bit",
  body="""Hello,

last week my crown (lower right, the one at the back) fell out and the tooth
underneath is broken. My dentist says it cannot be saved, it has to be pulled
and replaced with an implant. She gave me the attached treatment plan
(Heil- und Kostenplan) for about 3,900 euros.

I have your dental insurance "Zahn Premium" since 2023, policy number
ZP-2023-447120. Could you please tell me how much you will pay before I say
yes to the dentist?

Thank you!
Daniel Ferreira Costa""",
  atts=[("HKP_Implantat_46.pdf", pdf("Heil- und Kostenplan", [
      "# Zahnärztin Dr. Annegret Wöhlke - Heil- und Kostenplan (privat)",
      "Patient: Daniel Ferreira Costa, geb. 27.02.1987, Wilhelmsburger Straße 33, 21107 Hamburg",
      "Datum: 02.03.2026",
      "",
      "Befund: 46 Kronenverlust, tief frakturierter Wurzelrest, nicht erhaltungswürdig",
      "Geplante Therapie: Extraktion 46, Socket Preservation, Implantat 46 (Bone Level 4,1 x 10 mm),",
      "  nach 3 Monaten Freilegung und implantatgetragene Zirkonkrone",
      "",
      "GOZ 3000 Extraktion                                      1 x     26,51",
      "GOZ 9010 Implantatinsertion                              1 x    393,43",
      "GOZ 9040 Freilegung                                      1 x    117,87",
      "GOZ 2200i Krone auf Implantat                            1 x    190,79",
      "Material Implantat und Aufbau                                  890,00",
      "Labor Zirkonkrone                                              620,00",
      "Weitere Positionen (Anästhesie, Röntgen, DVT, Augmentation)  1.662,40",
      "Voraussichtliche Gesamtkosten                                3.901,00 EUR",
  ], author="Praxis Dr. Woehlke"))])

# ---------------------------------------------------------------------------
# STRICTLY_CONFIDENTIAL, part 2
# ---------------------------------------------------------------------------

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "dental treatment plan assessment for a named customer: tooth numbers, implant, reimbursement per position in the XLSX",
  frm=SIEVERS, to="Marlies Behnke <marlies.behnke@freenet-mail.example>",
  subj="Ihr Heil- und Kostenplan vom 20.02.2026 – unsere Vorabzusage", date="2026-03-06 10:05",
  body="""Sehr geehrte Frau Behnke,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin, Frau Dr. Sagebiel, für
die Brücke von 24 auf 26 und das Implantat in Regio 14 geprüft.

Aus Ihrem Tarif Zahn Plus 80 (Vertrag ZZ-5530118) erstatten wir
voraussichtlich 2.184,60 EUR von 2.730,75 EUR. Die Aufstellung pro Position
finden Sie in der angehängten Tabelle. Zwei Positionen (Knochenaufbau mit
Fremdmaterial, Faktor über 3,5 ohne Begründung) können wir nur anteilig
berücksichtigen.

Die Zusage gilt sechs Monate. Bitte reichen Sie nach der Behandlung die
Rechnung mit dieser Nachricht ein.

""" + S_SIEVERS + "\n\n" + FOOT_KV,
  atts=[("Vorabpruefung_HKP_Behnke.xlsx", xlsx([("Prüfung", [
      ("Zahn", "GOZ", "Leistung", "Betrag lt. HKP", "erstattungsfähig", "Erstattung 80 %", "Hinweis"),
      ("24", "2200", "Brückenanker Vollkrone", 190.79, 190.79, 152.63, ""),
      ("25", "5070", "Brückenglied", 84.11, 84.11, 67.29, ""),
      ("26", "2200", "Brückenanker Vollkrone", 190.79, 190.79, 152.63, ""),
      ("14", "9010", "Implantat", 393.43, 393.43, 314.74, ""),
      ("14", "9100", "Knochenaufbau", 428.63, 214.32, 171.46, "Faktor 3,5 ohne Begründung"),
      ("", "Material/Labor", "Zirkon, Implantatteile", 1443.00, 1443.00, 1154.40, ""),
      ("", "", "Summe", 2730.75, 2516.44, 2184.60, "Vertrag ZZ-5530118, Marlies Behnke"),
  ])], author="Ole Sievers"))])

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "underwriting query: applicant named back pain treatment and a physiotherapy series in the health questions",
  frm=WITTKOWSKI, to="Jonas Eilers <jonas.eilers@mailbox-de.example>",
  subj="Ihr Antrag auf Krankenvollversicherung – Rückfrage zu den Gesundheitsangaben", date="2026-01-22 13:17",
  body="""Sehr geehrter Herr Eilers,

vielen Dank für Ihren Antrag vom 12.01.2026 (Antragsnummer A-KV-26-01193).

Sie haben bei Frage 4 angegeben, dass Sie 2024 wegen Rückenschmerzen beim
Orthopäden waren und eine Physiotherapie-Serie erhalten haben. Damit wir den
Antrag abschließend prüfen können, brauchen wir noch:

  1. die genaue Diagnose (z. B. aus dem Arztbrief oder der Rechnung),
  2. ob die Beschwerden ausgeheilt sind und seit wann Sie beschwerdefrei sind,
  3. ob ein MRT gemacht wurde und mit welchem Ergebnis.

Am einfachsten ist es, wenn Ihr Orthopäde uns einen kurzen Befundbericht
schickt; die Kosten dafür übernehmen wir. Eine Schweigepflichtentbindung
liegt uns mit dem Antrag bereits vor.

""" + S_WITTKOWSKI + "\n\n" + FOOT_KV)

M("STRICTLY_CONFIDENTIAL", "de", "internal",
  "service forwards a customer's phone note internally: chemotherapy, wig prescription, hospital cash; named customer and policy",
  frm=WITTKOWSKI, to=HOLLENBACH,
  subj="WG: Rückruf Frau Tiedemann – Perücke / Chemo", date="2026-02-24 11:48",
  body="""Hallo Katrin,

kannst du das bitte übernehmen? Frau Tiedemann hat eben angerufen, sehr
aufgelöst. Notiz von mir unten.

LG Jana

---------- Gesprächsnotiz 24.02.2026, 11:20 ----------
Kundin: Gesa Tiedemann, KV-1184420-01, Tel. 04131 40 88 12
- Brustkrebs links, seit Januar Chemotherapie im Städtischen Klinikum Lüneburg
- Ärztin hat eine Perücke verordnet (Rezept liegt vor), fragt, ob wir zahlen
  und wie viel (Angebot Zweithaarstudio: 680 EUR)
- außerdem Frage, ob für die ambulanten Chemo-Tage Krankenhaustagegeld gezahlt wird
- bittet um Rückruf bis Donnerstag, nicht vormittags (Termine)
-------------------------------------------------------""")

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "contact-form mail (HTML only) with name, birth date and request for glasses for a child with strong myopia",
  frm=A_WEB, to=A_KV,
  subj="Kontaktformular: Leistungsanfrage (Ticket 260227-0411)", date="2026-02-27 18:33",
  headers={"Reply-To": "Ayşe Korkmaz <ayse.korkmaz@web-post.example>"},
  html_only=True,
  html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<h3>Neue Anfrage über das Kontaktformular</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td><b>Anrede</b></td><td>Frau</td></tr>
<tr><td><b>Name</b></td><td>Ayşe Korkmaz</td></tr>
<tr><td><b>Geburtsdatum</b></td><td>1986-07-30</td></tr>
<tr><td><b>Versicherungsnummer</b></td><td>KV-7741190-04</td></tr>
<tr><td><b>Telefon</b></td><td>0163 7120 4498</td></tr>
<tr><td><b>Thema</b></td><td>Leistungen / Erstattung</td></tr>
<tr><td><b>Nachricht</b></td><td>Guten Tag, mein Sohn Emir (mitversichert, 8 Jahre) braucht eine neue Brille,
die Augenärztin sagt er hat -4,5 Dioptrien und es wird schnell schlechter, sie empfiehlt spezielle
Gläser gegen Kurzsichtigkeit (Myopiekontrolle) für 540 Euro. Wird das übernommen? Die alte Brille
ist erst ein Jahr alt. Danke!</td></tr>
<tr><td><b>Einwilligung Datenschutz</b></td><td>ja</td></tr>
</table>
<p style="color:#888">Diese Nachricht wurde automatisch erzeugt. IP: 10.41.7.22</p>
</body></html>""")

M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
  "hospital daily allowance claim: appendix surgery, 5 days in hospital; expat with policy number",
  frm="Marco Bellandi <marco.bellandi@libero-post.example>", to=A_INTL,
  subj="Hospital daily allowance - appendectomy", date="2026-03-11 09:26",
  cte="quoted-printable",
  body="""Good morning,

I have the supplementary hospital cash cover with you (policy KH-0418-7762).
From 2 to 6 March I was in Asklepios Klinik Altona after an emergency surgery
for appendicitis (laparoscopic, no complications). That is 5 days.

Please find the discharge letter attached... sorry, I forgot it, it will come
in a second mail. Could you tell me how the daily allowance is calculated,
per night or per day?

Many thanks
Marco Bellandi
Max-Brauer-Allee 218, 22769 Hamburg""")

M("STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer",
  "son reports his father's death for the life insurance payout; death certificate PDF with cause of death",
  frm="Henning Walbrecht <henning.walbrecht@t-online-post.example>", to=A_LEBEN,
  subj="Sterbefall Walter Walbrecht – Lebensversicherung 4 412 908", date="2026-02-11 15:02",
  body="""Sehr geehrte Damen und Herren,

mein Vater, Walter Walbrecht, geboren am 30.08.1944, ist am 2. Februar 2026
im Hospiz in Lüneburg verstorben. Er hatte bei Ihnen eine
Kapitallebensversicherung mit der Nummer 4 412 908, bezugsberechtigt sind
meine Schwester und ich.

Die Sterbeurkunde hänge ich als Scan an, das Original schicke ich per
Einschreiben. Bitte teilen Sie mir mit, was Sie außerdem benötigen.

Mit freundlichen Grüßen
Henning Walbrecht
Ostlandring 47, 21365 Adendorf""",
  atts=[("Sterbeurkunde_Todesbescheinigung.pdf", pdf("Sterbeurkunde", [
      "# Standesamt Lüneburg - Sterbeurkunde",
      "Walter Friedrich Walbrecht, geboren am 30.08.1944 in Bleckede",
      "verstorben am 02.02.2026 um 04:15 Uhr in Lüneburg, Hospiz Am Rosengarten",
      "Familienstand: verwitwet",
      "",
      "Anlage: Auszug Todesbescheinigung, vertraulicher Teil (Kopie für Versicherung auf Wunsch der Angehörigen)",
      "Todesursache: Bronchialkarzinom mit Lungen- und Knochenmetastasen (C34.1, C78.0, C79.5)",
      "Natürlicher Tod. Leichenschau: Dr. med. Ulrike Haverkamp",
  ], author="Standesamt Lueneburg"))])

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "phone mail 'PZR Rechnung anbei': the dentist invoice (tooth cleaning, gingivitis finding) is a PDF sent as application/octet-stream named IMG_4410.pdf; body has no medical word except PZR",
  frm="Kim Hoffstedde <kimhoffi@gmx-post.example>", to=A_KV,
  subj="PZR", date="2026-03-12 07:41",
  cte="7bit",
  body="""PZR Rechnung anbei, ZZ-6023-558
Gruss Kim""",
  atts=[("IMG_4410.pdf", pdf("Scan", [
      "# Zahnarztpraxis am Sande - Dr. Paul Reimers & Kollegen",
      "Rechnung 2026/0288 - Kim Hoffstedde, Vor dem Bardowicker Tore 6, 21339 Lüneburg",
      "Behandlung am 26.02.2026",
      "GOZ 1040 Professionelle Zahnreinigung, 28 Zähne x 2,3   = 104,16",
      "GOZ 4050 Entfernung harter Beläge                        = 7,20",
      "GOZ 1020 Lokale Fluoridierung                            = 11,64",
      "Gesamt 123,00 EUR - bar bezahlt",
      "Befund: Gingivitis regio 31-41, Blutungsindex erhöht",
  ], author="Scanner"), "application/octet-stream")])

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "no medical word: premium arrears reminder in the named customer's private health insurance (health line = personal line), with IBAN",
  frm=f"Elbwacht Beitragsservice <beitrag-kv@{INS}>", to="Andreas Kupfer <a.kupfer@outlook-mail.example>",
  subj="Zahlungserinnerung – Ihre Krankenversicherung KV-3057719-01", date="2026-03-13 08:00",
  body="""Sehr geehrter Herr Kupfer,

für Ihre private Krankenversicherung KV-3057719-01 konnten wir die Beiträge
für Februar und März 2026 (je 612,48 EUR) nicht einziehen; Ihre Bank hat
die Lastschriften von Ihrem Konto DE45 4241 0378 6683 0491 71 mangels
Deckung zurückgegeben.

Bitte überweisen Sie den offenen Betrag von 1.224,96 EUR zuzüglich
Rücklastschriftgebühren von 6,00 EUR bis zum 27.03.2026.

Wenn Sie gerade finanziell in Schwierigkeiten sind, rufen Sie uns bitte an:
Wir können über eine Ratenzahlung oder einen vorübergehenden Wechsel in den
Notlagentarif sprechen. Ihr Versicherungsschutz bleibt bis zur Klärung bestehen.

Mit freundlichen Grüßen
Ihr Beitragsservice der Elbwacht Krankenversicherung
Telefon 04131 7790-590

""" + FOOT_KV)

M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "reply on pregnancy cover and waiting period; the quoted customer mail states she is 9 weeks pregnant and had a previous miscarriage",
  frm=BERTHOLD, to="Hannah Whitfield <hannah.whitfield@fastmail-post.example>",
  subj="RE: Pregnancy - am I covered?", date="2026-01-27 14:55",
  body="""Dear Ms Whitfield,

Congratulations, and thank you for your message.

Your comprehensive health insurance (policy IH-2025-30017) started on
1 September 2025. The 8-month waiting period for pregnancy and delivery was
waived when you joined, because you transferred from your previous insurer
without a gap. Prenatal check-ups, ultrasound scans, midwife care and the
delivery itself are therefore covered in full at the standard GOÄ rates;
a private room in hospital is included in your plan.

Please send us the invoices as usual through the app. If your gynaecologist
recommends additional tests, feel free to ask us before the appointment.

""" + S_BERTHOLD + """

-----Original Message-----
From: Hannah Whitfield <hannah.whitfield@fastmail-post.example>
Sent: Monday, January 26, 2026 7:31 PM
To: international@elbwacht-versicherung.example
Subject: Pregnancy - am I covered?

Hi,
I just found out I'm 9 weeks pregnant. I had a miscarriage last year in the
UK, so my doctor wants to see me every two weeks this time. I only moved to
Germany in August and joined you in September (policy IH-2025-30017) -
is there a waiting period? I'm a bit worried about the costs.
Thanks, Hannah

""" + FOOT_EN)

M("STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer",
  "mother asks about psychotherapy for her 16-year-old daughter with an eating disorder; supplementary health contract",
  frm="Bettina Lorenzen <bettina.lorenzen@web-post.example>", to=A_KV,
  subj="Therapie für meine Tochter", date="2026-03-16 21:58",
  cte="8bit",
  body="""Sehr geehrte Damen und Herren,

unsere Tochter Clara (16) ist bei uns in der Familienversicherung mitversichert
(Vertrag KV-8820314-02). Der Kinderarzt hat letzte Woche eine Magersucht
festgestellt, sie hat in einem halben Jahr fast 9 Kilo abgenommen. Er hat uns
an eine Kinder- und Jugendpsychotherapeutin überwiesen, die erst im Sommer
einen Platz hätte. Eine Privatpraxis in Hamburg könnte sofort anfangen.

Werden die Kosten für eine Psychotherapie bei Ihnen übernommen? Wie viele
Stunden? Brauchen wir vorher eine Genehmigung?

Clara weiß, dass ich Ihnen schreibe. Bitte rufen Sie mich lieber an als
einen Brief zu schicken: 0172 660 4512.

Vielen Dank
Bettina Lorenzen""")

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "elderly customer's letter: rehab after hip replacement, walking aid, cardiac pacemaker mentioned; birth date with 'geb.'",
  frm="Erwin Timmermann <erwin.timmermann@t-online-post.example>", to=A_KV,
  subj="Reha nach der Hüfte", date="2026-03-18 10:12",
  charset="iso-8859-1", cte="quoted-printable",
  body="""Sehr geehrte Damen und Herren!

Ich, Erwin Timmermann, geb. 14.2.1939, Versicherungsnummer KV 0904 117,
bin am 24. Februar im Krankenhaus Buchholz an der linken Hüfte operiert
worden, ein neues Gelenk. Nach der OP soll ich jetzt zur Reha nach Bad
Bevensen, drei Wochen, ab dem 23. März.

Meine Frage: Bezahlen Sie die Reha und die Fahrt dahin? Ich kann noch nicht
selbst Auto fahren und gehe an Unterarmgehstützen. Meine Tochter würde mich
bringen. Außerdem habe ich einen Herzschrittmacher, der Hausarzt meint, das
müsse die Klinik wissen - soll ich Ihnen das auch schreiben?

Die Klinik wartet auf Ihre Zusage. Bitte antworten Sie schnell.

Hochachtungsvoll
Erwin Timmermann
Soltauer Straße 8
21271 Hanstedt""")

M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
  "pharmacy receipts for a child's asthma inhaler and antibiotics in a ZIP of PDFs; body only says 'receipts attached'",
  frm="Priya Raghunathan <priya.r@outlook-mail.example>", to=A_INTL,
  subj="receipts Feb", date="2026-03-03 22:10",
  cte="7bit",
  body="""Hi, receipts from February attached (ZIP). Policy IH-0211-8840, for Anika.
Thanks!
Priya""",
  atts=[("receipts_feb.zip", zipb([
      ("Apotheke_2026-02-04.pdf", pdf("Kassenbeleg", [
          "# Rats-Apotheke Hamburg-Eppendorf",
          "Privatrezept Dr. Yilmaz (Kinderarzt) für Anika Raghunathan, 6 J.",
          "Salbutamol Dosieraerosol 100 µg, 1 St., PZN 04108837   14,85",
          "Budesonid Inhalationssuspension 0,5 mg, 20 St.       38,90",
          "Inhalierhilfe Vortex mit Kindermaske                 29,95",
          "Summe 83,70 EUR - bezahlt EC",
      ], author="Rats-Apotheke")),
      ("Apotheke_2026-02-19.pdf", pdf("Kassenbeleg", [
          "# Rats-Apotheke Hamburg-Eppendorf",
          "Privatrezept Dr. Yilmaz für Anika Raghunathan",
          "Amoxicillin Saft 250 mg/5 ml, 100 ml                 18,42",
          "Ibuprofen Saft 4 % 100 ml                             6,95",
          "Summe 25,37 EUR - bezahlt EC",
      ], author="Rats-Apotheke")),
  ]))])

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "accident disability benefit decision in DOCX: finger amputation, 'Gliedertaxe' percentage; body only announces the letter",
  frm=MEIWALD, to="Piotr Nowakowski <piotr.nowakowski@onet-post.example>",
  subj="Ihre Unfallversicherung UV 2209-441-7 – Leistungsentscheidung", date="2026-03-19 14:22",
  body="""Sehr geehrter Herr Nowakowski,

anbei erhalten Sie unser Schreiben zur Invaliditätsleistung aus Ihrer
Unfallversicherung. Das Original geht Ihnen zusätzlich per Post zu.

Bei Fragen erreichen Sie mich direkt.

""" + S_UNFALL + "\n\n" + FOOT_AG,
  atts=[("Leistungsentscheidung_UV_2209-441-7.docx", docx([
      "# Invaliditätsleistung aus Ihrer Unfallversicherung",
      "Versicherungsnummer UV 2209-441-7 · Schadennummer U-25-07712",
      "Versicherte Person: Piotr Nowakowski, geb. 05.12.1979, Tischler",
      "Sehr geehrter Herr Nowakowski,",
      "nach dem Arbeitsunfall vom 14.08.2025 (Kreissäge, Teilamputation des rechten Zeigefingers im Mittelgelenk) liegt uns jetzt das Gutachten von Dr. med. Jochen Wulf, Handchirurgie Hamburg-Barmbek, vom 23.02.2026 vor.",
      "Der Gutachter stellt einen Verlust des Zeigefingers im Mittelgelenk sowie eine Bewegungseinschränkung des Mittelfingers fest. Nach der Gliedertaxe Ihrer Bedingungen ergibt sich ein Invaliditätsgrad von 7 % (Zeigefinger 2/3 von 10 %) zuzüglich 1 % für den Mittelfinger, insgesamt 8 %.",
      "Bei einer Grundsumme von 120.000 EUR und Progression 225 % zahlen wir 9.600 EUR. Der Betrag wird innerhalb von 14 Tagen überwiesen.",
      "Sie können innerhalb von drei Jahren nach dem Unfall eine Neubemessung verlangen.",
  ], author="Carsten Meiwald"))])

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "BU follow-up review questionnaire for a named pension recipient (current treatment, medication, doctors) as DOCX",
  frm=DEMIRTAS, to="Sven Haberland <sven.haberland@posteo-mail.example>",
  subj="Nachprüfung Ihrer BU-Rente – Fragebogen", date="2026-03-23 09:40",
  body="""Sehr geehrter Herr Haberland,

Sie erhalten seit dem 01.04.2023 eine Rente aus Ihrer
Berufsunfähigkeitsversicherung BU 2 004 718. Wie in den Bedingungen
vorgesehen, prüfen wir einmal im Jahr, ob die Voraussetzungen weiter vorliegen.

Bitte füllen Sie den angehängten Fragebogen aus und senden ihn bis zum
30.04.2026 zurück. Wichtig sind vor allem Angaben zu den aktuellen Behandlungen
Ihrer Multiplen Sklerose und zu den behandelnden Ärzten.

""" + S_DEMIRTAS + "\n\n" + FOOT_LV,
  atts=[("Nachpruefung_BU_2004718.docx", docx([
      "# Fragebogen zur Nachprüfung der Berufsunfähigkeit",
      "Versicherungsnummer: BU 2 004 718 · Versicherte Person: Sven Haberland, geb. 1981-06-19",
      "Anerkannte Erkrankung: Multiple Sklerose, schubförmig-remittierend (G35.10)",
      "1. Wie hat sich Ihr Gesundheitszustand seit der letzten Nachprüfung entwickelt?",
      "2. Welche Medikamente nehmen Sie derzeit (z. B. Ocrelizumab-Infusionen)? Bitte mit Dosierung.",
      "3. Hatten Sie seit März 2025 einen neuen Schub? Wenn ja, wann und mit welcher Behandlung (Kortison-Stoßtherapie, Klinikaufenthalt)?",
      "4. Bei welchen Ärzten sind Sie in Behandlung (Neurologie, Hausarzt, Physiotherapie)?",
      "5. Üben Sie eine berufliche Tätigkeit aus? Wenn ja, welche und in welchem Umfang?",
      "Ort, Datum, Unterschrift",
  ], author="Yusuf Demirtas"))])

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "customer forwards his doctor's certificate as message/rfc822; only the forwarded mail contains the diagnosis (sleep apnoea, CPAP)",
  frm="Uwe Kamphues <uwe.kamphues@kabelmail.example>", to=A_KV,
  subj="WG: Attest für Ihre Versicherung", date="2026-03-24 18:20",
  body="""Hallo,

wie am Telefon besprochen leite ich die Mail von meiner Ärztin weiter.
Es geht um das Gerät, Vers.-Nr. KV-2770116-01.

Gruß
Uwe Kamphues""",
  fwd=dict(frm="Praxis Dr. Stahmer <praxis@lungenpraxis-stahmer.example>",
           to="Uwe Kamphues <uwe.kamphues@kabelmail.example>",
           subj="Attest für Ihre Versicherung", date="2026-03-24 12:05",
           body="""Sehr geehrter Herr Kamphues,

wie besprochen hier das Attest zur Vorlage bei Ihrer Krankenversicherung.

ÄRZTLICHE BESCHEINIGUNG
Herr Uwe Kamphues, geb. 01.09.1966, leidet an einem schweren obstruktiven
Schlafapnoe-Syndrom (G47.31, AHI 42/h in der Polysomnographie vom
10.03.2026). Eine nächtliche CPAP-Therapie ist medizinisch notwendig.
Verordnet: APAP-Gerät mit Befeuchter und Nasenmaske, Druckbereich 6-12 mbar.

Mit freundlichen Grüßen
Dr. med. Hella Stahmer
Fachärztin für Innere Medizin und Pneumologie, Schlafmedizin
Am Ochsenmarkt 2, 21335 Lüneburg"""))

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "self-employed customer's daily sickness allowance claim: sick leave certificate, shoulder surgery, monthly income figure",
  frm="Björn Meyerhoff <info@meyerhoff-malerbetrieb.example>", to=A_KV,
  subj="Krankentagegeld ab 3. März – Meyerhoff", date="2026-03-25 07:15",
  body="""Moin,

ich bin seit dem 3. März arbeitsunfähig, Schulter rechts (Sehne gerissen,
wurde am 5.3. in der Praxisklinik Lüneburg operiert). Der Arzt sagt, mindestens
8 Wochen nicht auf die Leiter. Die AU-Bescheinigungen hänge ich an.

Ich habe das Krankentagegeld ab dem 22. Tag, Vertrag KT-5510-228, 120 Euro
am Tag. Mein Einkommen lag letztes Jahr laut Steuerbescheid bei rund
58.000 Euro Gewinn, das passt also noch zum Tagessatz.

Ich bin Einzelunternehmer, wenn ich nicht streiche, verdiene ich nichts. Bitte
zahlen Sie pünktlich.

Björn Meyerhoff
Malermeister
Meyerhoff Malerbetrieb · Dorfstraße 21 · 21398 Neetze""",
  atts=[("AU_Meyerhoff_Maerz.pdf", pdf("Arbeitsunfähigkeitsbescheinigung", [
      "# Arbeitsunfähigkeitsbescheinigung (Ausfertigung für Versicherte)",
      "Björn Meyerhoff, geb. 19.01.1975",
      "arbeitsunfähig seit 03.03.2026, voraussichtlich bis 30.04.2026 - Erstbescheinigung",
      "Diagnose: M75.1 R Läsionen der Rotatorenmanschette rechts, Z.n. arthroskopischer Rekonstruktion",
      "Praxisklinik Lüneburg, Dr. med. Axel Grotjahn, Orthopädie und Unfallchirurgie",
  ], author="Praxisklinik"))])

M("STRICTLY_CONFIDENTIAL", "en", "relative-to-insurer",
  "British son writes about his mother's move into a care home, care level, Parkinson's; long-term care policy",
  frm="Graham Pettigrew <graham.pettigrew@btmail-post.example>", to=A_PFLEGE,
  subj="My mother Margarete Pettigrew - care home and care insurance", date="2026-03-26 11:03",
  cte="7bit",
  body="""Dear Ms Hamann,

I hope you don't mind me writing in English, my German is not good enough
for this. I'm the son of Mrs Margarete Pettigrew (born 1936), who has a
long-term care policy with you (PF-0770-1834). I hold a lasting power of
attorney for her; a copy was sent to you last year.

My mother has Parkinson's disease, and after two falls in February her
doctor and the care service agreed she can no longer live alone. She moved
into the Haus Ilmenau care home in Lueneburg on 16 March. The Medical
Service assessed her at care level 4 last month.

Could you tell me:
- whether the monthly care allowance from her policy changes now that she is
  in a care home (inpatient care), and
- whether you need the care home contract or the assessment letter?

I live in Leeds, so e-mail is easiest for me.

With thanks and kind regards,
Graham Pettigrew""")

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "travel vaccinations (yellow fever, hepatitis A) reimbursement for a named couple with vaccination centre invoice",
  frm="Franziska Ohlendorf <franzi.ohlendorf@gmx-post.example>", to=A_KV,
  subj="Impfungen Reise Kenia", date="2026-01-29 16:44",
  cte="8bit",
  body="""Hallo,

mein Mann und ich waren am 20.01. beim Tropeninstitut zum Impfen für unsere
Keniareise (Gelbfieber, Hepatitis A, Tollwut 1. Dosis). Die Rechnung über
zusammen 486,30 € hänge ich an. Wir sind beide bei Ihnen versichert
(KV-4420987-01 und -02, Franziska und Jörg Ohlendorf). Werden Reiseimpfungen
in unserem Tarif erstattet?

Danke und Grüße
Franziska Ohlendorf""",
  atts=[("Rechnung_Impfambulanz.pdf", pdf("Rechnung Reiseimpfung", [
      "# Impfambulanz am Bernhard-Nocht-Institut (fiktiv) - Privatrechnung",
      "Franziska Ohlendorf, geb. 12.05.1984 und Jörg Ohlendorf, geb. 02.11.1981",
      "Impftermin 20.01.2026",
      "Gelbfieber (Stamaril) je 1 Dosis - 2 x 68,50",
      "Hepatitis A (Havrix 1440) je 1 Dosis - 2 x 59,90",
      "Tollwut (Rabipur) 1. Dosis - 2 x 84,25",
      "Impfberatung, Impfausweis, GOÄ 1, 375 - 2 x 30,50",
      "Gesamt 486,30 EUR",
  ], author="Impfambulanz"))])

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "contraceptive pill and gynaecologist visit of a named young customer (sexual/reproductive health); short phone mail",
  frm="Jolina Brandt <jolina.brandt02@gmx-post.example>", to=A_KV,
  subj="frage pille", date="2026-02-06 23:12",
  headers={"X-Mailer": "Android Mail"},
  cte="8bit",
  body="""hi, zahlt ihr die pille? hab vom frauenarzt ein privatrezept bekommen (Maexeni, 6 monate) + die untersuchung. bin bei meinen eltern mitversichert aber will nicht dass die abrechnung zu denen geht. geht das? vers nr KV-3310574-03, Jolina Brandt, geb 11.03.2005""")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "orthodontic treatment plan approval for a named child (class II malocclusion, KIG grade) sent to the mother",
  frm=SIEVERS, to="Nadine Gerdes <nadine.gerdes@web-post.example>",
  subj="Kieferorthopädie Ihres Sohnes Paul – Kostenzusage", date="2026-02-13 10:30",
  body="""Sehr geehrte Frau Gerdes,

der Behandlungsplan von Frau Dr. Lüders für Ihren Sohn Paul Gerdes
(mitversichert in KV-6118025-02) liegt uns vor. Frau Dr. Lüders hat eine
Distalbisslage mit vergrößerter Frontzahnstufe von 7 mm (KIG D4) festgestellt
und plant eine festsitzende Zahnspange über voraussichtlich 3 Jahre.

Wir übernehmen 80 % der geplanten Kosten von 5.420 EUR, also bis zu
4.336 EUR, verteilt auf die Quartalsabrechnungen der Praxis. Die Kosten für
die farbigen Bänder und die Retainer-Versicherung sind nicht versichert.

""" + S_SIEVERS + "\n\n" + FOOT_KV)

M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
  "international student describes ear infection and doctor visit, asks how to submit the bill",
  frm="Li Wenjing <wenjing.li@stud.leuphana-uni.example>", to=A_INTL,
  subj="doctor bill question", date="2026-02-17 10:58",
  cte="base64",
  body="""Dear Elbwacht team,

I am Li Wenjing, student at Leuphana University, insurance number
SK-9904127. Last week I had very bad ear pain and some fever. The doctor
(HNO Praxis Dr. Kühn) said it is an ear infection (otitis media) and gave me
antibiotics and ear drops. Today I got a bill for 86.40 EUR by post.

How can I send you this bill? Do I pay first and then you pay me back?
My bank is Sparkasse Lüneburg.

Thank you very much!
Li Wenjing""")

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "motor mail with health data: detox in hospital and outpatient addiction therapy of the named driver (plus a drunk-driving penal order and the girlfriend's birth date)",
  frm="Kevin Rosenthal <kevin.rosenthal@outlook-mail.example>", to=A_KFZ,
  subj="Fahrer ändern", date="2026-02-25 17:36",
  body="""Hallo,

bitte nehmen Sie mich als Fahrer aus dem Vertrag KF-8812-330471 raus, ab
sofort fährt nur noch meine Freundin Lara Feddersen (geb. 15.10.1998) den
Wagen (LG-KR 808).

Hintergrund: Mir ist der Führerschein für 11 Monate entzogen worden, nach der
Kontrolle im Dezember (1,3 Promille), der Strafbefehl ist seit Januar
rechtskräftig. Ich war im Januar zur Entgiftung im Krankenhaus und mache
jetzt eine ambulante Suchttherapie bei der Drogenberatung, damit ich die MPU
schaffe. Ändert sich durch das alles was am Beitrag oder an der SF-Klasse?

Kevin Rosenthal""")

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "no medical word in the body: cancellation of a supplementary dental contract (health line = personal line)",
  frm="Ingrid Wessel <ingrid.wessel@kabelmail.example>", to=A_SERVICE,
  subj="Kündigung", date="2026-02-26 09:03",
  body="""Sehr geehrte Damen und Herren,

hiermit kündige ich meine Zahnzusatzversicherung Nr. ZZ-1188042 fristgerecht
zum nächstmöglichen Termin. Bitte bestätigen Sie mir die Kündigung schriftlich.

Mit freundlichen Grüßen
Ingrid Wessel
Kirchgellersen, Hauptstraße 40""")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "bank change confirmed for a named person's private health insurance: new IBAN (health line)",
  frm=AYDIN, to="Mehmet Çelik <mehmet.celik@gmx-post.example>",
  subj="Neue Bankverbindung gespeichert", date="2026-03-02 13:31",
  body="""Sehr geehrter Herr Çelik,

wir haben Ihre neue Bankverbindung für die Beiträge zu Ihrer
Krankenversicherung KV-9023341-01 gespeichert:

    Kontoinhaber: Mehmet Çelik
    IBAN: DE73 6120 6246 2517 3523 44
    Gültig ab: Beitrag April 2026

Das neue SEPA-Mandat hat die Mandatsreferenz EKV-9023341-0426. Erstattungen
überweisen wir ab sofort ebenfalls auf dieses Konto.

""" + S_AYDIN + "\n\n" + FOOT_KV)

M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "MRI pre-approval for a named expat's knee; quoted customer mail describes the injury from football",
  frm=BERTHOLD, to="Kwame Asante <kwame.asante@gmail-post.example>",
  subj="RE: MRI knee - do I need approval?", date="2026-03-27 15:02",
  body="""Dear Mr Asante,

you do not need a formal pre-approval for an MRI in your plan. An MRI of the
knee ordered by your orthopaedic surgeon is covered at 100 % (GOÄ up to the
2.3 factor for the technical part). I have noted on your file (policy
IH-0507-2218) that an MRI is planned, so the invoice will be processed
quickly.

Get well soon!

""" + S_BERTHOLD + """

> On 26 Mar 2026, at 20:41, Kwame Asante wrote:
>
> Hi, I twisted my right knee playing 5-a-side football on Sunday. It's
> swollen and it gives way when I walk downstairs. Dr Neumann thinks it
> might be the meniscus and wants an MRI next week at Radiologie Altona.
> Do I need your approval first? Policy IH-0507-2218.
> Kwame

""" + FOOT_EN)

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "harmless body ('Unterlagen erhalten'); only the quoted customer mail mentions the meniscus operation and the hospital",
  frm=RAUTENBERG, to="Detlef Ahrens <detlef.ahrens@freenet-mail.example>",
  subj="AW: Unterlagen", date="2026-03-30 08:51",
  body="""Guten Morgen Herr Ahrens,

vielen Dank, die Unterlagen sind vollständig bei uns eingegangen. Sie hören
in den nächsten Tagen von uns.

""" + S_RAUTENBERG + """

________________________________
Von: Detlef Ahrens <detlef.ahrens@freenet-mail.example>
Gesendet: Freitag, 27. März 2026 17:09
An: Beate Rautenberg
Betreff: Unterlagen

Hallo Frau Rautenberg,
anbei wie besprochen die Entlassungspapiere. Ich war nach der OP am Meniskus
(links, Innenmeniskus genäht) doch 3 Nächte in der Helios Klinik Cuxhaven
statt ambulant, weil das Knie nachgeblutet hat. Krankenhaustagegeld-Vertrag
KH-6630-117.
Gruß D. Ahrens

""" + FOOT_KV)

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "household burglary claim in which the customer was injured (concussion, two nights in hospital) – health data outside the personal lines",
  frm="Agnieszka Wróbel <agnieszka.wrobel@wp-post.example>", to=A_SACH,
  subj="Einbruch – Hausrat HR 22 081 447", date="2026-03-31 12:40",
  body="""Sehr geehrte Damen und Herren,

in der Nacht vom 27. auf den 28. März wurde in unsere Wohnung eingebrochen
(Hausrat HR 22 081 447). Ich bin aufgewacht und habe den Mann im Flur
überrascht, er hat mich gestoßen und ich bin mit dem Kopf gegen den Schrank
gefallen. Ich hatte eine Gehirnerschütterung und eine Platzwunde und war zwei
Nächte im Krankenhaus. Es geht mir jetzt wieder besser.

Gestohlen wurden mein Laptop, Schmuck und Bargeld. Die Polizei hat die Anzeige
aufgenommen (Tagebuchnummer 1183/26/LG). Eine Liste schicke ich noch.

Mit freundlichen Grüßen
Agnieszka Wróbel
Wallstraße 5, 21335 Lüneburg""")

M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
  "child accident claim: daughter fell off her bike, two front teeth broken; accident insurance policy",
  frm="Erik Sundberg <erik.sundberg@telia-post.example>", to=A_UNFALL,
  subj="Accident - my daughter's teeth", date="2026-04-02 19:20",
  cte="quoted-printable",
  body="""Hello,

we have a children's accident insurance with you for our daughter Freja
Sundberg (policy KU-3310-0627, born 2017-05-08).

On 30 March she fell off her bike on the way to school and hit the kerb with
her face. Two upper front teeth are broken (one half missing), and she had a
cut on her chin that needed 4 stitches at the children's hospital. The
dentist says the teeth need crowns now and maybe implants later when she
is grown up.

What do we need to send to make a claim? Is dental treatment after an
accident covered by the accident insurance?

Best regards
Erik Sundberg""")

M("STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer",
  "elderly husband applies for care allowance for his wife with dementia and incontinence; long-term care contract",
  frm="Heinrich Lüdemann <heinrich.luedemann@t-online-post.example>", to=A_PFLEGE,
  subj="Antrag für meine Frau", date="2026-04-06 10:02",
  charset="iso-8859-1", cte="8bit",
  body="""Sehr geehrte Damen und Herren,

meine Frau Gertrud Lüdemann, geb. am 17. Juni 1940, ist bei Ihnen in der
Pflegeversicherung (Nummer PF 1020 5577). Sie ist seit letztem Herbst sehr
vergesslich geworden, der Hausarzt sagt es ist eine Demenz vom Alzheimer-Typ.
Sie findet nachts nicht mehr zur Toilette und ich muss ihr beim Waschen und
Anziehen helfen. Ich bin selbst 87 und schaffe das bald nicht mehr allein.

Ich möchte für meine Frau Pflegegeld beantragen. Bitte schicken Sie mir das
Formular mit der Post, ich kann nicht gut mit dem Computer umgehen. Diese
E-Mail schreibt mein Enkel für mich.

Mit freundlichen Grüßen
Heinrich Lüdemann
Bahnhofstraße 2, 29549 Bad Bevensen""")

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "doctor's invoice PDF with ICD code J06.9 and F41.1 for a named customer; body says only 'Arztrechnung zur Erstattung'",
  frm="Rainer Bohlken <rainer.bohlken@web-post.example>", to=A_KV,
  subj="Arztrechnung zur Erstattung – KV-5023309-01", date="2026-04-07 08:23",
  body="""Guten Morgen,

anbei eine Arztrechnung zur Erstattung. Bitte auf das bekannte Konto.

Mit freundlichen Grüßen
Rainer Bohlken""",
  atts=[("Rechnung_Hausarzt_Maerz.pdf", pdf("Privatliquidation", [
      "# Hausarztpraxis Dr. med. Sönke Carstens - Privatliquidation",
      "Rechnung 26-0391 · Patient: Rainer Bohlken, geb. 08.08.1970, Am Bockelsberg 11, 21335 Lüneburg",
      "",
      "Diagnosen: J06.9 G Akute Infektion der oberen Atemwege; F41.1 G Generalisierte Angststörung",
      "09.03.26 GOÄ 1 Beratung 2,3x 10,72",
      "09.03.26 GOÄ 5 Untersuchung 2,3x 10,72",
      "16.03.26 GOÄ 849 Psychotherapeutische Behandlung 2,3x 30,83",
      "16.03.26 GOÄ 3 Eingehende Beratung 2,3x 20,11",
      "Rechnungsbetrag 72,38 EUR",
  ], author="Praxis Dr. Carstens"))])

M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
  "naturopath invoice (acupuncture for migraine) of a named customer; windows-1252 text, CSV listing treatments",
  frm="Doreen Sellmann <doreen.sellmann@arcor-post.example>", to=A_KV,
  subj="Heilpraktiker Rechnungen Q1", date="2026-04-08 20:14",
  charset="windows-1252", cte="quoted-printable",
  body="""Guten Abend,

ich reiche die Rechnungen meiner Heilpraktikerin für das erste Quartal ein
(Akupunktur gegen meine Migräne, 6 Sitzungen). Die Aufstellung als Tabelle
hänge ich an, die Originale kommen per Post.
Tarif Natur+ / KV-4412078-01

Viele Grüße
Doreen Sellmann""",
  atts=[("Heilpraktiker_Q1_2026.csv", csvb([
      ("Datum", "Behandlerin", "GebüH-Ziffer", "Leistung", "Betrag EUR", "Patientin"),
      ("08.01.2026", "HP Marion Fricke", "1", "Anamnese bei Migräne mit Aura", "30,00", "Doreen Sellmann"),
      ("08.01.2026", "HP Marion Fricke", "26.1", "Akupunktur", "36,00", "Doreen Sellmann"),
      ("22.01.2026", "HP Marion Fricke", "26.1", "Akupunktur", "36,00", "Doreen Sellmann"),
      ("05.02.2026", "HP Marion Fricke", "26.1", "Akupunktur", "36,00", "Doreen Sellmann"),
      ("19.02.2026", "HP Marion Fricke", "26.1", "Akupunktur", "36,00", "Doreen Sellmann"),
      ("05.03.2026", "HP Marion Fricke", "26.1", "Akupunktur", "36,00", "Doreen Sellmann"),
      ("19.03.2026", "HP Marion Fricke", "26.1", "Akupunktur + Schröpfen", "48,00", "Doreen Sellmann"),
  ], enc="cp1252"), "text/csv", {"charset": "windows-1252"})])

# ---------------------------------------------------------------------------
# STRICTLY_CONFIDENTIAL, part 3
# ---------------------------------------------------------------------------

M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
  "no medical word: expat cancels her comprehensive health insurance because she moves back to the US (health line = personal line)",
  frm="Jennifer Castellanos <jen.castellanos@yahoo-post.example>", to=A_INTL,
  subj="Cancellation of my health insurance - moving to Denver", date="2026-04-09 14:17",
  cte="7bit",
  body="""Dear Elbwacht team,

after four years in Hamburg I am moving back to the United States for a new
job. My last day of residence in Germany will be 31 May 2026 (I will send you
the deregistration certificate from the Bezirksamt as soon as I have it).

Please cancel my comprehensive health insurance, policy IH-2022-08815,
effective 31 May 2026. I understand that cancellation is possible because I
am leaving Germany. Could you also confirm whether the ageing reserve can be
transferred or refunded in any way?

My US address from June: 2280 Blake Street, Apt 5C, Denver, CO 80205, USA.

Thank you for everything,
Jennifer Castellanos""")

M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "reply to the Thailand travel-health claim asks for the discharge letter; quoted mail describes food poisoning and IV treatment",
  frm=ZIELINSKA, to="Tom Okonkwo-Reilly <tom.okr@protonmail-post.example>",
  subj="Re: Travel health insurance claim - hospital in Krabi", date="2026-02-12 10:40",
  body="""Dear Mr Okonkwo-Reilly,

I'm sorry to hear you were ill, and glad you're feeling better.

Your claim has been registered under claim number RK-S-26-00911. Please send
us (a scan or photo is fine):
  - the itemised hospital bill,
  - the discharge letter (English is fine),
  - the credit card statement or payment receipt,
  - a copy of your flight booking showing the travel dates.

We will reimburse the amount in euros at the exchange rate of the payment
date. You can upload everything in the portal or reply to this mail.

""" + S_REISE + """

On 12 Feb 2026 06:18, Tom Okonkwo-Reilly wrote:
> I'm writing from Krabi, Thailand. I have your annual travel health
> insurance (policy RK-2026-118804, my date of birth is March 3, 1990).
> On Feb 9 I got really bad food poisoning after eating at a market,
> vomiting and fever for two days. [...] They kept me for 2 nights on IV
> fluids and antibiotics. The bill is 38,400 THB (about 1,020 EUR).

""" + FOOT_EN)

M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "reply to a student about submitting a bill; quoted mail contains the ear infection, antibiotics and insurance number",
  frm=RAHMAN, to="Li Wenjing <wenjing.li@stud.leuphana-uni.example>",
  subj="Re: doctor bill question", date="2026-02-18 09:12",
  body="""Dear Ms Li,

thank you for your message. Yes: in private health insurance you usually pay
the doctor first and we pay you back. The easiest way is our app
"Elbwacht Belege": take a photo of the bill, choose your insurance number and
send it. The money usually arrives within 5 working days.

Please also add the pharmacy receipt for the antibiotics and ear drops, so we
can reimburse it together.

""" + S_RAHMAN + """

--- Li Wenjing <wenjing.li@stud.leuphana-uni.example> wrote on 17.02.2026 10:58:
> I am Li Wenjing, student at Leuphana University, insurance number
> SK-9904127. Last week I had very bad ear pain and some fever. The doctor
> (HNO Praxis Dr. Kühn) said it is an ear infection (otitis media) and gave
> me antibiotics and ear drops. Today I got a bill for 86.40 EUR by post.

""" + FOOT_EN)

M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
  "expat asks whether therapy for anxiety and panic attacks is covered; her policy number",
  frm="Sofia Marchetti <sofia.marchetti@gmail-post.example>", to=A_INTL,
  subj="Is therapy covered?", date="2026-04-13 21:36",
  cte="quoted-printable",
  body="""Hi,

I've been having panic attacks since the winter, a few times a week now,
sometimes at work. My GP referred me to a psychotherapist (Dipl.-Psych.
Annika Reuter in Ottensen), who could see me weekly from May. She said she
can do an application to the insurance for 25 sessions of behavioural therapy.

Is this covered in my plan (IH-2024-11902, "Expat Care Plus")? And does the
therapist send the application, or do I?

Honestly a bit embarrassed to ask, so thanks for being discreet.
Sofia""",
  html="""<div dir="ltr">Hi,<br><br>I've been having panic attacks since the winter, a few times a week now,
sometimes at work. My GP referred me to a psychotherapist (Dipl.-Psych. Annika Reuter in Ottensen),
who could see me weekly from May. She said she can do an application to the insurance for
25 sessions of behavioural therapy.<br><br>Is this covered in my plan (IH-2024-11902,
&quot;Expat Care Plus&quot;)? And does the therapist send the application, or do I?<br><br>
Honestly a bit embarrassed to ask, so thanks for being discreet.<br>Sofia</div>""")

M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "HTML claim statement (multipart/alternative) listing a named expat's dermatologist, physio and pharmacy invoices with amounts",
  frm=BERTHOLD, to="Lukas van der Berg <lukas.vdberg@ziggo-post.example>",
  subj="Your claim statement of 14 April 2026", date="2026-04-14 16:05",
  body="""Dear Mr van der Berg,

we have processed the invoices you submitted on 7 April 2026 for policy
IH-2023-55410:

  Dermatology Dr. Ohm, 12.03. (skin cancer screening, removal of a mole,
    histology)                                 219.48 EUR -> 219.48 EUR
  Physiotherapy Reha-Zentrum Eimsbüttel, 6x manual therapy (lower back)
                                               252.00 EUR -> 252.00 EUR
  Pharmacy: Isotretinoin 20 mg, 30 caps.        58.12 EUR ->  58.12 EUR
  Total refunded                                             529.60 EUR

The amount will be transferred to your Dutch account ending in ...2248.

""" + S_BERTHOLD,
  html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Dear Mr van der Berg,</p>
<p>we have processed the invoices you submitted on 7 April 2026 for policy <b>IH-2023-55410</b>:</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>Provider</th><th>Service</th><th>Invoiced</th><th>Refunded</th></tr>
<tr><td>Dermatology Dr. Ohm, 12.03.</td><td>skin cancer screening, removal of a mole, histology</td><td>219.48 EUR</td><td>219.48 EUR</td></tr>
<tr><td>Reha-Zentrum Eimsbüttel</td><td>6x manual therapy (lower back)</td><td>252.00 EUR</td><td>252.00 EUR</td></tr>
<tr><td>Pharmacy</td><td>Isotretinoin 20 mg, 30 caps.</td><td>58.12 EUR</td><td>58.12 EUR</td></tr>
<tr><td colspan="3"><b>Total refunded</b></td><td><b>529.60 EUR</b></td></tr>
</table>
<p>The amount will be transferred to your Dutch account ending in ...2248.</p>
<p>Best regards<br>Niklas Berthold<br>International Health Claims</p>
</body></html>""")

M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
  "no medical word: expat asks for the surrender value of his endowment life policy and gives his UK IBAN (life line = personal line)",
  frm="Oliver Brackenbury <o.brackenbury@btmail-post.example>", to=A_LEBEN,
  subj="Surrender value - life policy 6 207 115", date="2026-04-15 11:11",
  cte="7bit",
  body="""Dear Sir or Madam,

I took out an endowment life policy with you in 2016 while working in
Lueneburg (policy number 6 207 115). I have since moved back to England and
would like to know the current surrender value, and what the tax
consequences in Germany would be if I surrender it now.

If I decide to surrender, please pay to:
Oliver Brackenbury, IBAN GB56 NWBK 5149 5127 2239 90, BIC NWBKGB2L.

Yours faithfully,
Oliver Brackenbury
14 Mill Lane, Harrogate HG1 4QT""")

M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
  "occupational disability application: the applicant discloses knee surgery and ADHD medication in the health questions",
  frm="Maya Goldberg <maya.goldberg@posteo-mail.example>", to=A_LEBEN,
  subj="Health questions for my BU application - need clarification", date="2026-04-16 09:48",
  cte="quoted-printable",
  body="""Hello,

I'm filling in the application for your occupational disability insurance
(offer no. BU-A-26-4471 from my broker) and I'm unsure how to answer two of
the health questions:

- Q3 (operations in the last 10 years): I had arthroscopic surgery on my left
  knee in 2019 (torn meniscus, skiing). No problems since then. Do I need to
  attach the surgery report?
- Q5 (medication in the last 5 years): I was diagnosed with ADHD in 2022 and
  take methylphenidate (Medikinet adult 20 mg) daily. I work full-time as a
  UX designer without any sick days because of it.

Will this make the insurance more expensive or lead to an exclusion? I'd
rather know before I sign.

Thanks,
Maya Goldberg (born 22 January 1994)""")

M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
  "request for a medical report to a GP about a named applicant (hypertension, medication), with reference to the signed consent",
  frm=WITTKOWSKI, to="Praxis Dr. Brunhild Oesterle <praxis@hausarzt-oesterle.example>",
  subj="Bitte um Befundbericht – Herr Jonas Eilers, geb. 04.11.1990", date="2026-01-23 09:30",
  body="""Sehr geehrte Frau Dr. Oesterle,

Ihr Patient, Herr Jonas Eilers (geb. 04.11.1990, Bardowicker Straße 22,
21335 Lüneburg), hat bei uns eine private Krankenversicherung beantragt und
uns eine Schweigepflichtentbindung für Ihre Praxis erteilt (Kopie anbei per
Post).

Im Antrag gibt Herr Eilers einen seit 2023 behandelten Bluthochdruck an, der
mit Candesartan 8 mg eingestellt sei, sowie Rückenbeschwerden 2024.
Bitte teilen Sie uns mit:
  - Diagnosen mit Datum der Erstfeststellung,
  - aktuelle Blutdruckwerte und Medikation,
  - Folgeerkrankungen oder Organschäden (ja/nein).

Für den Bericht vergüten wir 30,00 EUR nach Rechnung.

""" + S_WITTKOWSKI + "\n\n" + FOOT_KV)

# ---------------------------------------------------------------------------
# CONFIDENTIAL, part 1
# ---------------------------------------------------------------------------

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "eVB request for a new car: name, birth date, address, previous policy number (motor = non-personal line)",
  frm="Fabian Quednau <fabian.quednau@gmx-post.example>", to=A_KFZ,
  subj="eVB-Nummer für neues Auto", date="2026-01-08 18:25",
  cte="8bit",
  body="""Hallo,

ich habe mir einen gebrauchten Skoda Octavia Combi gekauft (Erstzulassung
2021, FIN TMBJG7NE5M0148823) und möchte ihn am Montag zulassen. Bitte
schicken Sie mir eine eVB-Nummer. Der alte Wagen (Polo, LG-FQ 219) ist
verkauft, der Vertrag KF-2207-118440 soll übertragen werden.

Fabian Quednau
geb. 23.06.1995
Rotenbleicher Weg 14, 21335 Lüneburg
Tel. 0160 9922 1187""")

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "eVB number issued for a named customer with vehicle and contract; no health data",
  frm=GRUENBERG, to="Fabian Quednau <fabian.quednau@gmx-post.example>",
  subj="Ihre eVB-Nummer: 7KQ3MXR", date="2026-01-09 08:12",
  body="""Sehr geehrter Herr Quednau,

Ihre elektronische Versicherungsbestätigung für die Zulassung des
Skoda Octavia Combi (FIN TMBJG7NE5M0148823) lautet:

    eVB-Nummer: 7KQ3MXR
    gültig bis: 09.04.2026

Sobald die Zulassungsstelle uns das neue Kennzeichen meldet, stellen wir den
Vertrag KF-2207-118440 auf das neue Fahrzeug um. Ihre SF-Klasse (SF 6 in der
Haftpflicht, SF 4 in der Vollkasko) bleibt erhalten. Den neuen Beitrag teilen
wir Ihnen mit dem Nachtrag mit.

""" + S_GRUENBERG + "\n\n" + FOOT_AG)

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "motor own-damage claim, nobody hurt; claim number, plates, the other driver's name",
  frm="Lisa-Marie Struck <lisamarie.struck@web-post.example>", to=A_KFZ,
  subj="Parkrempler Kaufland – Schaden", date="2026-01-13 17:55",
  headers={"X-Mailer": "iPhone Mail (21D61)"},
  cte="8bit",
  body="""Hallo, mir ist heute beim Ausparken am Kaufland Lüneburg jemand hinten reingefahren. Verletzt ist keiner, nur Blech. Mein Auto LG-LS 1502, Vertrag KF-6630-771120. Der andere Fahrer heißt Herr Dogan Yıldız, Kennzeichen WL-DY 404, er gibt zu dass er nicht geguckt hat. Muss ich noch was ausfüllen? Fotos kommen gleich.
LG Lisa-Marie Struck

Von meinem iPhone gesendet""")

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "transfer of the father's no-claims class (SF) to the daughter; both named with birth dates and contract numbers",
  frm="Johanna Reimers <johanna.reimers@posteo-mail.example>", to=A_KFZ,
  subj="SF-Klasse von meinem Vater übernehmen", date="2026-01-15 12:04",
  body="""Sehr geehrte Damen und Herren,

mein Vater, Klaus Reimers (geb. 19.02.1957), gibt sein Auto ab und fährt
nicht mehr. Er hat bei Ihnen den Vertrag KF-1108-220371 mit SF 25. Ich
(Johanna Reimers, geb. 07.09.1999) fahre seit 2019 regelmäßig sein Auto als
eingetragene Zweitfahrerin und möchte den Schadenfreiheitsrabatt für meinen
eigenen Wagen übernehmen (Vertrag KF-4402-118762, zurzeit SF 3).

Was brauchen Sie dafür? Mein Vater unterschreibt natürlich die Erklärung.

Viele Grüße
Johanna Reimers""")

M("CONFIDENTIAL", "en", "customer-to-insurer",
  "expat motor quote: UK no-claims letter, birth date, driving licence number and address",
  frm="Callum MacAskill <callum.macaskill@gmail-post.example>", to=A_KFZ,
  subj="Car insurance - using my UK no claims bonus", date="2026-01-17 10:30",
  cte="7bit",
  body="""Hello,

I moved from Glasgow to Lueneburg last autumn and just bought a car (2019
Mazda CX-5, registration pending). My UK insurer (Direct Line) confirmed 9
years of no claims - the letter is attached as a photo? - sorry, I'll send it
separately.

Could you give me a quote that takes this into account? Details:
- Callum MacAskill, date of birth 02/11/1985
- Address: Feldstraße 31, 21335 Lüneburg
- German driving licence (converted) no. B072R4X1142
- Car kept in a garage, about 12,000 km per year

Many thanks,
Callum""")

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "household claim: bicycle stolen from the cellar; policy number, police file number, address",
  frm="Tarek Haddad <tarek.haddad@outlook-mail.example>", to=A_SACH,
  subj="Fahrraddiebstahl aus dem Keller", date="2026-01-19 07:46",
  body="""Guten Morgen,

aus dem abgeschlossenen Kellerraum unseres Mehrfamilienhauses (Goseburgstraße
9, 21339 Lüneburg) wurde am Wochenende mein E-Bike gestohlen (Kalkhoff
Endeavour 5.B, Rahmennummer WBK4472918, gekauft 2024 für 3.299 EUR). Das
Schloss vom Kellerverschlag war aufgebrochen.

Anzeige bei der Polizei ist gemacht, Vorgangsnummer 0119-26-7741.
Meine Hausratversicherung: HR 31 770 124.

Was brauchen Sie noch? Die Rechnung habe ich.

Tarek Haddad""")

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "buildings insurance storm damage to a private house: address, policy number, roofer's quote as PDF",
  frm="Wiebke Thiessen <wiebke.thiessen@t-online-post.example>", to=A_SACH,
  subj="Sturmschaden Dach – Wohngebäude WG 17 440 092", date="2026-01-30 09:58",
  body="""Sehr geehrte Damen und Herren,

beim Sturm am Mittwoch hat es bei uns mehrere Dachziegel abgedeckt und die
Regenrinne an der Westseite heruntergerissen. Unser Haus: Am Mühlenteich 6,
21376 Salzhausen, Wohngebäudeversicherung WG 17 440 092.

Der Dachdecker war heute da und hat das Dach provisorisch gesichert. Seinen
Kostenvoranschlag hänge ich an. Können wir den Auftrag so erteilen?

Freundliche Grüße
Wiebke und Jens Thiessen""",
  atts=[("KVA_Dachdeckerei_Rieckmann.pdf", pdf("Kostenvoranschlag", [
      "# Dachdeckerei Rieckmann GmbH · Meisterbetrieb · Salzhausen",
      "Kostenvoranschlag Nr. 26-014 für Familie Thiessen, Am Mühlenteich 6, 21376 Salzhausen",
      "Objekt: Einfamilienhaus, Satteldach, Betondachsteine",
      "",
      "Pos. 1 Notsicherung mit Plane (bereits ausgeführt, 2 Std. x 2 Mann)      248,00",
      "Pos. 2 Gerüst / Hubsteiger 1 Tag                                        390,00",
      "Pos. 3 Dachsteine ersetzen, ca. 45 Stück inkl. Material                 612,50",
      "Pos. 4 Dachrinne Zink 12 m inkl. Halter neu                             884,00",
      "Netto 2.134,50 · MwSt 19 % 405,56 · Gesamt 2.540,06 EUR",
  ], author="Dachdeckerei Rieckmann"))])

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "burst water pipe in a private flat: buildings/household claim with address and plumber invoice PDF; no health data",
  frm="Olga Schäfer <olga.schaefer@mailbox-de.example>", to=A_SACH,
  subj="Wasserschaden Küche – Rechnung Installateur", date="2026-02-04 14:36",
  body="""Hallo Herr Petersen,

wie am Telefon besprochen die Rechnung vom Installateur für das geplatzte
Rohr unter der Spüle. Schadennummer S-2026-004417, Hausrat und Wohngebäude
laufen beide bei Ihnen (WG 12 009 331).

Der Trocknungsdienst kommt am Montag, der Boden in der Küche muss wohl
teilweise raus.

Gruß Olga Schäfer
Eichenweg 3, 21385 Amelinghausen""",
  atts=[("Rechnung_Sanitaer_Bruns.pdf", pdf("Rechnung", [
      "# Sanitär & Heizung Bruns · Amelinghausen",
      "Rechnung 2026-0061 an Frau Olga Schäfer, Eichenweg 3, 21385 Amelinghausen",
      "Einsatz 01.02.2026 (Sonntag, Notdienst)",
      "Notdienstpauschale                         95,00",
      "Arbeitszeit 2,5 Std. à 68,00              170,00",
      "Kupferrohr 15 mm, Fittings, Eckventil      48,40",
      "Leckageortung mit Feuchtemessgerät         80,00",
      "Summe netto 393,40 · MwSt 74,75 · Gesamt 468,15 EUR",
      "Bankverbindung: Sparkasse Lüneburg, IBAN DE26 3856 6100 9495 2162 70",
  ], author="Bruns"))])

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "private liability: son broke a classmate's smartphone, nobody hurt; policy number and the other family's name",
  frm="Claudia Wendt <claudia.wendt@gmx-post.example>", to=A_SERVICE,
  subj="Handy kaputt – Haftpflicht", date="2026-02-07 15:20",
  cte="8bit",
  body="""Hallo,

unser Sohn Jannik (13) hat in der Schule aus Versehen das Handy eines
Mitschülers vom Tisch gestoßen, das Display ist gesprungen. Die Eltern, Familie
Okafor, haben uns einen Kostenvoranschlag über 289 Euro geschickt.

Wir haben die Familien-Haftpflicht bei Ihnen (PHV 44-1902-17). Zahlen Sie das?
Verletzt wurde niemand.

Claudia Wendt""")

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "liability claim for damage to a rented flat at move-out: named tenant, landlord, claim number, settlement amount",
  frm=PETERSEN, to="Leon Brinkmann <leon.brinkmann@web-post.example>",
  subj="Ihr Haftpflichtschaden H-26-01208 – Mietwohnung Auszug", date="2026-02-10 11:15",
  body="""Moin Herr Brinkmann,

wir haben den Schaden an der Mietwohnung (Parkett im Wohnzimmer durch
Wasser aus der Aquariumpumpe aufgequollen) geprüft. Ihr Vermieter,
Herr Arnold Schwieger, hat Reparaturkosten von 1.870 EUR geltend gemacht.

Wir übernehmen davon 1.402,50 EUR (Abzug neu für alt, das Parkett war
15 Jahre alt) und zahlen direkt an Herrn Schwieger. Ihre Selbstbeteiligung
von 150 EUR ist bereits abgezogen.

Vertrag: PHV 51-3307-02 · Schadennummer: H-26-01208

""" + S_PETERSEN + "\n\n" + FOOT_AG)

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "legal expenses request for a tenancy deposit dispute: names, addresses, contract, deposit amount; no health data",
  frm="Marcel Duchêne <marcel.duchene@freenet-mail.example>", to=A_RS,
  subj="Deckungsanfrage – Kaution wird nicht zurückgezahlt", date="2026-02-12 19:40",
  body="""Sehr geehrte Damen und Herren,

ich bin am 31.08.2025 aus meiner Wohnung in der Heiligengeiststraße 18,
21335 Lüneburg ausgezogen. Meine Vermieterin, Frau Gudrun Pahl, zahlt die
Kaution von 2.150 EUR trotz mehrfacher Aufforderung nicht zurück und behauptet
Schäden, die schon beim Einzug da waren (Übergabeprotokoll liegt mir vor).

Ich möchte einen Anwalt einschalten. Besteht Deckung aus meiner
Rechtsschutzversicherung RS 4471-0982 (Privat + Wohnen)?

Mit freundlichen Grüßen
Marcel Duchêne
jetzt: Bleckeder Landstraße 77, 21337 Lüneburg""")

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "legal expenses request for an employment dismissal: salary figure, employer, contract number; no health data",
  frm="Svetlana Becker <svetlana.becker@gmx-post.example>", to=A_RS,
  subj="Kündigung Arbeitgeber – brauche Anwalt", date="2026-02-16 07:22",
  body="""Guten Tag,

mein Arbeitgeber, die Hanse Logistik Winsen GmbH, hat mir am 13.02.2026
betriebsbedingt gekündigt, nach 11 Jahren. Ich halte die Kündigung für
unwirksam, weil jüngere Kollegen ohne Kinder bleiben dürfen. Die Frist für die
Kündigungsschutzklage läuft am 06.03. ab.

Mein Bruttogehalt beträgt 3.640 EUR im Monat (Disponentin, Vollzeit).
Meine Rechtsschutzversicherung bei Ihnen: RS 9920-1137 (mit Berufs-Rechtsschutz).

Können Sie mir eine Deckungszusage geben und einen Anwalt in Winsen
empfehlen?

Svetlana Becker
Tel. 0152 8844 3017""")

M("CONFIDENTIAL", "en", "customer-to-insurer",
  "address change for household and liability contracts of a named expat couple",
  frm="Anna Kowalski-Reed <anna.kreed@outlook-mail.example>", to=A_SERVICE,
  subj="New address from 1 March", date="2026-02-18 20:05",
  cte="quoted-printable",
  body="""Hello,

we're moving! Please update our address for both our contracts with you
(household insurance HR 40 118 206 and personal liability PHV 33-6021-08):

Old: Reichenbachstraße 4, 21335 Lüneburg
New: Am Schierbrunnen 21, 21339 Lüneburg (from 1 March 2026)

The new flat is 78 m2 instead of 64 m2 - does the household insurance need to
be adjusted?

Thanks, Anna Kowalski-Reed and Ben Reed""")

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "bank change for a motor contract: new IBAN of a named customer",
  frm="Gunnar Vollmers <gunnar.vollmers@kabelmail.example>", to=A_KFZ,
  subj="Neue Bankverbindung KF-3390-207114", date="2026-02-20 12:12",
  body="""Sehr geehrte Damen und Herren,

bitte buchen Sie den Beitrag für meine Kfz-Versicherung KF-3390-207114 ab
sofort von meinem neuen Konto ab:

Gunnar Vollmers
DE02 2008 7060 0441 9961 91
Volksbank Lüneburger Heide

Das alte Konto bei der Commerzbank wird zum 31.03. aufgelöst.

Mit freundlichen Grüßen
Gunnar Vollmers""")

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "premium question on household insurance with policy number and address (elderly customer, formal letter)",
  frm="Elfriede Kassner <elfriede.kassner@t-online-post.example>", to=A_SERVICE,
  subj="Beitragserhöhung Hausrat", date="2026-02-23 10:40",
  charset="iso-8859-1", cte="quoted-printable",
  body="""Sehr geehrte Damen und Herren,

mit Ihrem Schreiben vom 12. Februar teilen Sie mir mit, dass der Beitrag
für meine Hausratversicherung (Nr. HR 08 557 310) von 118,40 Euro auf
131,20 Euro im Jahr steigt. Das sind über zehn Prozent. Ich wohne seit
1987 in derselben Wohnung, habe nie einen Schaden gemeldet und mein
Hausrat ist auch nicht mehr wert geworden.

Ich bitte um eine Erklärung, warum ich mehr bezahlen soll. Kann ich den
Vertrag günstiger machen, z.B. indem ich die Fahrräder herausnehme? Ich fahre
nicht mehr Rad.

Mit freundlichen Grüßen
Elfriede Kassner
Schröderstraße 12
21335 Lüneburg""")

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "cancellation of a motor contract after selling the car; buyer's name, plate, contract number",
  frm="Patrick Wöhler <patrick.woehler@web-post.example>", to=A_KFZ,
  subj="Auto verkauft – Vertrag beenden", date="2026-02-24 18:01",
  cte="8bit",
  body="""Hallo,

ich habe meinen Opel Corsa (LG-PW 66) am 21.02.2026 an Herrn Ruslan Gerber
aus Bardowick verkauft, Kaufvertrag anbei bzw. kommt per Post. Er meldet das
Auto auf sich um. Bitte beenden Sie meinen Vertrag KF-5518-903362 und
schicken mir die Abrechnung. Restbeitrag bitte auf DE07 4049 3136 1920 3847 45.

Danke und Gruß
Patrick Wöhler""")

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "pet insurance: dog's cruciate-ligament surgery, vet invoice PDF (animal health) of a named owner with policy number",
  frm="Miriam Hollstein <miriam.hollstein@gmx-post.example>", to=A_TIER,
  subj="OP Kreuzband Balu – Tierarztrechnung", date="2026-02-27 16:28",
  body="""Liebes Tierversicherungs-Team,

unser Labrador Balu (7 Jahre, Chipnummer 276098106623391) wurde am 19.02. in
der Tierklinik Lüneburg am Kreuzband operiert (TPLO). Die Rechnung hänge ich
an, es sind leider 2.986,40 €. Wir haben seit 2022 die OP-Versicherung bei
Ihnen, Vertrag TK-0622-4471.

Balu humpelt noch, aber er frisst wieder und ist gut gelaunt.

Liebe Grüße
Miriam Hollstein""",
  atts=[("Tierklinik_Rechnung_Balu.pdf", pdf("Rechnung Tierklinik", [
      "# Tierklinik Lüneburg-Nord",
      "Rechnung 26-1187 · Tierhalterin: Miriam Hollstein, Vögelser Weg 2, 21339 Lüneburg",
      "Patient: Balu, Labrador Retriever, männlich kastriert, 7 J., 38 kg",
      "Diagnose: Kreuzbandriss rechts hinten, Meniskusschaden",
      "GOT 2.0 Allgemeinuntersuchung                 23,62",
      "Röntgen Kniegelenk 2 Ebenen, Sedation           141,80",
      "TPLO-Operation inkl. Implantat                2.240,00",
      "Narkose und Überwachung                         318,40",
      "Stationäre Unterbringung 2 Tage                  98,00",
      "Medikamente (Meloxicam, Antibiose)               46,40",
      "Gesamt brutto 2.986,40 EUR",
  ], author="Tierklinik"))])

M("CONFIDENTIAL", "en", "customer-to-insurer",
  "pet insurance claim for a cat's dental extraction (animal health) with owner's name, policy and IBAN",
  frm="Rachel Abernethy <rachel.abernethy@icloud-mail.example>", to=A_TIER,
  subj="Claim for Mochi (cat) - dental", date="2026-03-03 09:14",
  cte="7bit",
  body="""Hi,

my cat Mochi (British Shorthair, 9) had to have three teeth removed at the vet
last week (Tierarztpraxis am Stint). The invoice is 612.75 EUR. Policy number
TK-1024-8812 in my name, Rachel Abernethy.

Please pay to my account: DE66 6000 2435 4399 8695 63.

Thank you!
Rachel""")

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "travel cancellation because of a new job start (no health reason): names, booking, policy number",
  frm="Julian Matthies <julian.matthies@posteo-mail.example>", to=A_REISE,
  subj="Storno Reise wegen neuem Job", date="2026-03-06 13:50",
  body="""Hallo,

ich muss unsere Reise nach Lissabon (02.–09.04.2026, 2 Personen) stornieren,
weil ich eine neue Stelle zum 01.04. antrete und in der Probezeit keinen
Urlaub bekomme. Arbeitsvertrag liegt vor, unterschrieben am 02.03.

Reiserücktrittsversicherung RR 6607-2210, mitreisend: Sophie Kaminski.
Stornokosten laut Veranstalter 640 EUR. Ist ein Jobwechsel versichert?

Julian Matthies""")

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "baggage insurance settlement: named customer, lost suitcase, items and payment to IBAN",
  frm=ZIELINSKA, to="Carina Freitag <carina.freitag@web-post.example>",
  subj="Ihr Reisegepäckschaden RG-S-26-00304 – Abrechnung", date="2026-03-10 15:45",
  body="""Sehr geehrte Frau Freitag,

die Fluggesellschaft hat den Verlust Ihres Koffers auf dem Flug
Hamburg–Teneriffa am 14.02.2026 endgültig bestätigt (PIR TFSEW 20417).
Nach Abzug der Entschädigung der Airline (520,00 EUR) erstatten wir aus
Ihrer Reisegepäckversicherung (RG 2240-7718) weitere 486,50 EUR.

Den Betrag überweisen wir auf Ihr Konto DE14 1537 0636 0132 1228 27.

""" + S_REISE + "\n\n" + FOOT_AG)

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "annual motor premium invoice as PDF: name, address, plate, SF class, IBAN of the SEPA mandate; body harmless",
  frm=A_KFZ, to="Heiko Schnakenberg <heiko.schnakenberg@gmx-post.example>",
  subj="Ihre Beitragsrechnung 2026", date="2026-01-05 06:30",
  body="""Sehr geehrter Herr Schnakenberg,

anbei erhalten Sie Ihre Beitragsrechnung für das Versicherungsjahr 2026.

Ihr Elbwacht Kfz-Service

""" + FOOT_AG,
  atts=[("Beitragsrechnung_2026_KF-7720-114306.pdf", pdf("Beitragsrechnung 2026", [
      "# Elbwacht Versicherung AG - Beitragsrechnung 2026",
      "Herrn Heiko Schnakenberg, Kirchweg 7, 21423 Winsen (Luhe)",
      "Vertrag KF-7720-114306 · Fahrzeug VW Touran, WL-HS 720",
      "",
      "Haftpflicht SF 14 (35 %)                 312,88",
      "Vollkasko SF 11 (40 %), SB 300/150       389,61",
      "Schutzbrief                                 14,90",
      "Versicherungsteuer                       137,45",
      "Jahresbeitrag                            854,84 EUR",
      "",
      "Fällig am 01.02.2026, Einzug per SEPA-Lastschrift von IBAN DE46 5033 2755 6075 0396 22",
      "Mandatsreferenz EKF-7720114306-01, Gläubiger-ID DE98ZZZ09999999999",
  ]))])

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "household policy schedule as DOCX (name, birth date, address, sum insured); body only 'Versicherungsschein anbei'",
  frm=AYDIN, to="Tanja Eickhoff <tanja.eickhoff@outlook-mail.example>",
  subj="Ihr Versicherungsschein", date="2026-01-07 11:20",
  body="""Guten Tag Frau Eickhoff,

wie gewünscht schicke ich Ihnen den Versicherungsschein noch einmal als
Datei.

""" + S_AYDIN,
  atts=[("Versicherungsschein_HR_52_118_004.docx", docx([
      "# Versicherungsschein Hausratversicherung",
      "Versicherungsnummer: HR 52 118 004 · Tarif Hausrat Komfort",
      "Versicherungsnehmerin: Tanja Eickhoff, geb. 28.02.1979",
      "Versicherungsort: Lindenstraße 40, 2. OG links, 21335 Lüneburg",
      "Wohnfläche: 92 m² · Versicherungssumme: 59.800 EUR (650 EUR/m², Unterversicherungsverzicht)",
      "Einschlüsse: Fahrraddiebstahl bis 2.000 EUR, Überspannung, grobe Fahrlässigkeit",
      "Beginn: 01.03.2021 · Hauptfälligkeit: 01.03. · Jahresbeitrag: 148,70 EUR",
      "Zahlungsweise: jährlich per Lastschrift, IBAN DE34 3391 2095 3180 5333 16",
  ], author="Elbwacht Versicherung"))])

M("CONFIDENTIAL", "de", "prospect-to-insurer",
  "contact form (multipart/alternative) from a prospect asking for a household quote with birth date and address – no contract yet, but birth date next to a name",
  frm=A_WEB, to=A_SERVICE,
  subj="Kontaktformular: Angebot Hausrat (Ticket 260302-1187)", date="2026-03-02 21:14",
  headers={"Reply-To": "Emilia Sandkühler <emilia.sandkuehler@gmx-post.example>"},
  body="""Neue Anfrage über das Kontaktformular

Name: Emilia Sandkühler
Geburtsdatum: 11.12.2001
Straße: Willy-Brandt-Straße 3
PLZ/Ort: 21335 Lüneburg
Produkt: Hausratversicherung
Nachricht: Hallo, ich ziehe im April in meine erste eigene Wohnung (38 qm, 1. OG) und
brauche eine Hausratversicherung mit Fahrrad. Was würde das kosten? Danke!
Rückruf erwünscht: nein""",
  html="""<html><body><p><b>Neue Anfrage über das Kontaktformular</b></p>
<table>
<tr><td>Name:</td><td>Emilia Sandkühler</td></tr>
<tr><td>Geburtsdatum:</td><td>11.12.2001</td></tr>
<tr><td>Straße:</td><td>Willy-Brandt-Straße 3</td></tr>
<tr><td>PLZ/Ort:</td><td>21335 Lüneburg</td></tr>
<tr><td>Produkt:</td><td>Hausratversicherung</td></tr>
<tr><td>Nachricht:</td><td>Hallo, ich ziehe im April in meine erste eigene Wohnung (38 qm, 1. OG) und
brauche eine Hausratversicherung mit Fahrrad. Was würde das kosten? Danke!</td></tr>
<tr><td>Rückruf erwünscht:</td><td>nein</td></tr>
</table></body></html>""")

M("CONFIDENTIAL", "en", "customer-to-insurer",
  "student's laptop stolen in the university library: household claim with policy number and police report",
  frm="Rohan Deshpande <rohan.deshpande@stud.leuphana-uni.example>", to=A_SACH,
  subj="laptop stolen - household insurance claim", date="2026-03-04 17:33",
  cte="quoted-printable",
  body="""Hello,

my laptop (MacBook Air M2, bought Sept 2024 for 1,249 EUR) was stolen today
from my desk in the Leuphana library while I went to get coffee for 10
minutes. I reported it to the police (report no. 0304-26-1120).

I have the student household insurance (HR 61 004 882) which my parents
took out for me. Is theft outside the flat covered? I need a laptop for my
exams in three weeks...

Rohan Deshpande
Scharnhorststraße 1, Wohnheim C, Room 214, 21335 Lüneburg""")

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "glass breakage: cracked ceramic hob; policy number and address; short mail",
  frm="Horst Blumenthal <horst.blumenthal@arcor-post.example>", to=A_SACH,
  subj="Ceranfeld gesprungen", date="2026-03-09 11:27",
  cte="8bit",
  body="""Guten Tag,
uns ist ein Glas auf das Ceranfeld gefallen, jetzt hat es einen Sprung quer durch.
Glasversicherung GL 4410 0217, Horst Blumenthal, Hasenburger Weg 30, Lüneburg.
Herd ist ein Bosch, 6 Jahre alt. Dürfen wir einfach ein neues Kochfeld kaufen?
MfG H. Blumenthal""")

M("CONFIDENTIAL", "de", "relative-to-insurer",
  "daughter asks to cancel her mother's household insurance after the mother moved in with her (no health reason given); names, contract",
  frm="Petra Göttsche <petra.goettsche@web-post.example>", to=A_SERVICE,
  subj="Hausrat meiner Mutter – Auflösung Wohnung", date="2026-03-11 19:08",
  body="""Sehr geehrte Damen und Herren,

meine Mutter, Frau Annemarie Göttsche, hat ihre Wohnung in der Rotehahnstraße
7 in Lüneburg zum 31.03.2026 aufgegeben und wohnt jetzt bei uns im Haus.
Ihre Möbel sind größtenteils verschenkt, den Rest haben wir übernommen.

Bitte kündigen Sie deshalb ihre Hausratversicherung HR 11 220 947 zum
31.03.2026 (Wegfall des Risikos). Eine Vollmacht meiner Mutter lege ich bei;
ihre Privathaftpflicht soll bestehen bleiben, bitte an unsere Adresse:
Am Sportplatz 9, 21394 Kirchgellersen.

Mit freundlichen Grüßen
Petra Göttsche""")

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "collision with a deer, nobody hurt; partial-cover claim with plate, contract and hunting-tenant confirmation",
  frm="Rolf Hinrichs <rolf.hinrichs@t-online-post.example>", to=A_KFZ,
  subj="Wildunfall B209", date="2026-03-12 06:52",
  cte="quoted-printable",
  body="""Moin,

gestern Abend um 21:10 Uhr auf der B209 zwischen Amelinghausen und Soderstorf
ist mir ein Reh vor das Auto gelaufen. Mir ist nichts passiert, das Reh war
tot. Frontschürze, Scheinwerfer links und Kühlergrill sind hin.

Der Jagdpächter, Herr Meinert, hat mir die Wildunfallbescheinigung
ausgestellt. Auto: Ford Kuga LG-RH 1960, Teilkasko-Vertrag KF-0918-445102.
Werkstatt wäre Autohaus Kröger in Amelinghausen.

Rolf Hinrichs""")

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "windscreen stone chip: partial-cover claim confirmation with plate, contract, partner garage appointment",
  frm=KOWALCZYK, to="Denise Ramcke <denise.ramcke@gmx-post.example>",
  subj="Steinschlag – Ihr Termin bei Glasklar Lüneburg", date="2026-03-13 10:18",
  body="""Sehr geehrte Frau Ramcke,

vielen Dank für Ihre Schadenmeldung zum Steinschlag an der Frontscheibe
Ihres Seat Leon (LG-DR 315), Vertrag KF-2290-776013, Schaden K-26-02217.

Wie gewünscht haben wir für Sie einen Termin bei unserem Partnerbetrieb
Glasklar Lüneburg, Bilmer Straße 12, vereinbart:

    Dienstag, 17.03.2026, 8:00 Uhr (Dauer ca. 3 Stunden)

Bei Reparatur statt Austausch entfällt Ihre Selbstbeteiligung von 150 EUR.
Die Werkstatt rechnet direkt mit uns ab.

""" + S_KOWALCZYK + "\n\n" + FOOT_AG,
  atts=[("Termin_Glasklar.ics", ics("k-26-02217@elbwacht-versicherung.example", "20260317T080000",
      "20260317T110000", "Scheibenreparatur Seat Leon LG-DR 315 (Schaden K-26-02217)",
      "Glasklar Lüneburg\\, Bilmer Straße 12", "Kundin: Denise Ramcke\nVertrag KF-2290-776013",
      f"kfz@{INS}"))])

M("CONFIDENTIAL", "de", "insurer-to-third-party",
  "motor liability: letter to the injured party of a parking damage (no injury) – her name, plate, repair estimate, her IBAN",
  frm=KOWALCZYK, to="Hülya Arslan <huelya.arslan@gmx-post.example>",
  subj="Schaden K-26-01984 – Regulierung Ihres Fahrzeugschadens", date="2026-03-16 14:40",
  body="""Sehr geehrte Frau Arslan,

unser Versicherungsnehmer hat am 05.03.2026 auf dem Parkplatz des
Lüneburger Kaufhauses beim Rangieren Ihren Renault Clio (LG-HA 2211)
beschädigt. Wir übernehmen die Haftung zu 100 %.

Laut Kostenvoranschlag der Karosserie Wittenberg betragen die
Reparaturkosten 1.384,21 EUR netto. Da Sie fiktiv abrechnen möchten, zahlen
wir diesen Betrag zuzüglich einer Kostenpauschale von 25 EUR auf Ihr Konto
DE98 7650 5707 6195 6824 24.

""" + S_KOWALCZYK + "\n\n" + FOOT_AG)

M("CONFIDENTIAL", "en", "insurer-to-customer",
  "eVB for an expat; the quoted customer mail contains his birth date and licence details",
  frm=GRUENBERG, to="Callum MacAskill <callum.macaskill@gmail-post.example>",
  subj="AW: Car insurance - using my UK no claims bonus", date="2026-01-20 09:05",
  body="""Dear Mr MacAskill,

thank you for sending the letter from your UK insurer. We can recognise
your 9 claim-free years; we will place you in SF class 9 for third-party
liability and comprehensive cover. Your annual premium for the Mazda CX-5
would be 742.30 EUR (comprehensive, EUR 300 deductible).

If you would like to go ahead, your eVB number for the registration office
is 9LTR4WK (valid 3 months). Your contract number will be KF-8841-330928.

""" + S_GRUENBERG + """

-----Ursprüngliche Nachricht-----
Von: Callum MacAskill <callum.macaskill@gmail-post.example>
Gesendet: Samstag, 17. Januar 2026 10:30
An: kfz@elbwacht-versicherung.example
Betreff: Car insurance - using my UK no claims bonus

> - Callum MacAskill, date of birth 02/11/1985
> - Address: Feldstraße 31, 21335 Lüneburg
> - German driving licence (converted) no. B072R4X1142
> - Car kept in a garage, about 12,000 km per year

""" + FOOT_EN)

# ---------------------------------------------------------------------------
# CONFIDENTIAL, part 2
# ---------------------------------------------------------------------------

M("CONFIDENTIAL", "en", "relative-to-insurer",
  "daughter in the UK writes for her father about a buildings-insurance premium reminder; his name, address, policy number",
  frm="Helen Marsh <helen.marsh@btmail-post.example>", to=A_SERVICE,
  subj="Payment reminder for my father's house insurance", date="2026-01-24 13:02",
  cte="7bit",
  body="""Dear Sir or Madam,

I am writing on behalf of my father, Mr Dieter Hollmann, Am Berge 3,
21335 Lueneburg. He has received a payment reminder for his buildings
insurance (policy WG 09 117 448) for 486.20 EUR. He is sure he paid it in
January by bank transfer, but he cannot find the statement.

He does not use e-mail; he has asked me to deal with this and is happy for
you to reply to me. Could you check whether the payment has arrived? If not,
I will make sure it is paid this week.

Kind regards,
Helen Marsh (née Hollmann)""")

M("CONFIDENTIAL", "en", "customer-to-insurer",
  "e-bike stolen outside the train station: household/bike cover claim with frame number and policy",
  frm="Sebastián Ortega Ruiz <s.ortega.ruiz@gmail-post.example>", to=A_SACH,
  subj="E-bike stolen at Lüneburg station", date="2026-01-27 08:22",
  cte="quoted-printable",
  body="""Good morning,

my e-bike was stolen yesterday between 7:30 and 18:00 from the bike racks at
Lüneburg station, although it was locked with an ABUS frame lock and a chain.
Bike: Cube Kathmandu Hybrid, frame no. WCU2291847A, bought 2023, 2,799 EUR.
Police report: 0126-26-0488.

I have the bicycle theft cover in my household insurance (HR 44 902 117).
Do you need the original receipt or is a scan enough?

Thanks,
Sebastián Ortega Ruiz""")

M("CONFIDENTIAL", "en", "insurer-to-customer",
  "reply to a student's laptop theft claim: claim number, policy, amount paid, depreciation",
  frm=PETERSEN, to="Rohan Deshpande <rohan.deshpande@stud.leuphana-uni.example>",
  subj="Re: laptop stolen - household insurance claim", date="2026-03-06 10:02",
  body="""Dear Mr Deshpande,

good news: theft outside your home is covered in your household insurance
(HR 61 004 882) as "Außenversicherung", because you are a student living in a
hall of residence. Since the laptop was stolen from an open desk and not
broken out of a locked room, we can pay 50 % of the replacement value.

Replacement value: 1,249.00 EUR, your payment: 624.50 EUR, claim number
HR-S-26-00871. Please send us your IBAN; the transfer will take 2-3 days.

Good luck with your exams!

Hauke Petersen
Property Claims, Elbwacht Versicherung AG""")

M("CONFIDENTIAL", "en", "customer-to-insurer",
  "expat adds his wife as second driver: her name, birth date and licence date, motor contract",
  frm="Dmitri Volkov <dmitri.volkov@yandex-post.example>", to=A_KFZ,
  subj="add second driver", date="2026-02-02 19:48",
  cte="8bit",
  body="""Hello, please add my wife as a driver to our car insurance KF-6602-118305 (Kia Ceed, LG-DV 77).

Name: Ekaterina Volkova
Date of birth: 1991-04-17
Driving licence since: 2010 (Russian), German licence since 2024

What will be the new price?
Dmitri Volkov""")

M("CONFIDENTIAL", "en", "customer-to-insurer",
  "question why the motor premium rose after a claim (SF downgrade); contract, plate, claim reference",
  frm="Grace Oyelaran <grace.oyelaran@outlook-mail.example>", to=A_KFZ,
  subj="Why is my car insurance so much more expensive?", date="2026-02-06 12:55",
  cte="quoted-printable",
  body="""Hello,

I just received my new premium invoice for KF-9012-447813 (Toyota Yaris,
LG-GO 519) and it went up from 512 EUR to 798 EUR a year! Is this because of
the accident in November (your claim K-25-11804)? Nobody was hurt and the
other driver's damage was only about 2,000 EUR.

Could I pay the 2,000 EUR myself to keep my no-claims class? Someone told me
this is possible in Germany.

Regards,
Grace Oyelaran""")

M("CONFIDENTIAL", "en", "customer-to-insurer",
  "name change after marriage for household insurance, with maiden name ('née') and marriage date",
  frm="Charlotte Dubois-Hartmann <charlotte.dh@gmail-post.example>", to=A_SERVICE,
  subj="Name change after marriage", date="2026-02-09 17:14",
  cte="7bit",
  body="""Hi,

I got married on 24 January and my name has changed from Charlotte Dubois
to Charlotte Dubois-Hartmann. Please update my household insurance
HR 38 551 920 and my personal liability PHV 27-4401-11 accordingly. My
husband, Lars Hartmann, now lives with me, so please include him in the
liability insurance (family cover).

A copy of the marriage certificate is attached - or do you need it by post?

Thanks!
Charlotte Dubois-Hartmann (née Dubois)""")

M("CONFIDENTIAL", "en", "customer-to-insurer",
  "legal expenses enquiry about a heating-cost dispute with the landlord; names, address, policy",
  frm="Mateusz Kaczmarek <m.kaczmarek@onet-post.example>", to=A_RS,
  subj="Legal protection - dispute with landlord about heating bill", date="2026-02-13 21:40",
  cte="quoted-printable",
  body="""Dear legal expenses team,

my landlord (Immobilien Sülzwiesen GbR, managed by Mr Frerichs) sent me a
utility bill for 2025 with an additional payment of 1,480 EUR for heating,
although the flat (Auf der Höhe 12, 21339 Lüneburg) had a broken radiator for
two months. I objected in writing but he insists.

I have legal expenses insurance with you (RS 6012-4488, including tenancy).
Am I covered if I ask a lawyer or the tenants' association to check the bill?

Kind regards,
Mateusz Kaczmarek""")

M("CONFIDENTIAL", "en", "insurer-to-customer",
  "confirmation of personal liability cover for a landlord as PDF: tenant name, address, policy; body short",
  frm=RAHMAN, to="Ingrid Solberg <ingrid.solberg@telia-post.example>",
  subj="Your confirmation of liability insurance", date="2026-02-19 09:37",
  body="""Dear Ms Solberg,

as requested, please find attached the confirmation of your personal
liability insurance for your new landlord.

""" + S_RAHMAN,
  atts=[("Confirmation_liability_PHV_19-7712-05.pdf", pdf("Confirmation of insurance", [
      "# Elbwacht Versicherung AG - Versicherungsbestätigung / Confirmation of insurance",
      "Versicherungsnehmerin / Policyholder: Ingrid Solberg, born 09.10.1996",
      "Anschrift / Address: Bei der St. Johanniskirche 4, 21335 Lüneburg",
      "Privathaftpflicht / Personal liability: PHV 19-7712-05, in force since 01.05.2024",
      "Deckungssumme / Sum insured: 50 Mio. EUR pauschal, including Mietsachschäden (rented property damage)",
      "Die Versicherung besteht ungekündigt. / The policy is in force and has not been cancelled.",
      "Lüneburg, 19.02.2026",
  ]))])

M("CONFIDENTIAL", "en", "customer-to-insurer",
  "dog liability: customer's dog bit another dog in the park (animal injured, vet bill of the other owner); names and policy",
  frm="Fiona Gallagher <fiona.gallagher@eircom-post.example>", to=A_SERVICE,
  subj="My dog bit another dog - what now?", date="2026-02-21 16:03",
  cte="quoted-printable",
  body="""Hi,

this afternoon in the Kurpark my dog Murphy (Irish terrier) got into a fight
with a poodle and bit it on the ear. The poodle's owner, Mrs Sieglinde
Ahlborn, took it to the vet; the wound had to be stitched and she says the
bill will be around 350 EUR. No people were hurt.

I have dog owner's liability with you (TH 22-0419-3). Should Mrs Ahlborn send
the vet bill directly to you? I gave her my insurance details already.

Fiona Gallagher""")

M("CONFIDENTIAL", "en", "customer-to-insurer",
  "travel baggage theft in Barcelona: itemised stolen items, police report, policy number; no health data",
  frm="Nina Hofstetter-Brown <nina.hb@protonmail-post.example>", to=A_REISE,
  subj="Backpack stolen in Barcelona - baggage claim", date="2026-03-18 20:21",
  cte="7bit",
  body="""Hello,

on 15 March my backpack was stolen from under my chair in a cafe on the
Rambla del Raval in Barcelona. I reported it to the Mossos d'Esquadra the
same day (denuncia no. BCN-26-0315-4471, copy attached later).

Inside were: Sony camera (ZV-1, 649 EUR, bought 2024), Kindle (129 EUR),
sunglasses (Ray-Ban, 160 EUR), backpack (Fjällräven, 110 EUR).

My baggage insurance: RG 5508-1923 (annual policy). Please let me know what
else you need.

Nina Hofstetter-Brown""")

M("CONFIDENTIAL", "en", "customer-to-insurer",
  "bank change for a household contract to a Dutch IBAN, named customer",
  frm="Joost Verhoeven <joost.verhoeven@ziggo-post.example>", to=A_SERVICE,
  subj="new bank account for direct debit", date="2026-03-20 08:09",
  cte="7bit",
  body="""Dear team,

from April please collect the premium for my household insurance
HR 47 330 218 from my new account:

Account holder: Joost Verhoeven
IBAN: NL42 ABNA 7583 8722 48
BIC: ABNANL2A

I have signed the SEPA mandate in the customer portal as well.

Regards,
Joost Verhoeven""")

M("CONFIDENTIAL", "en", "insurer-to-customer",
  "cancellation of household insurance confirmed because the expat moves abroad; name, policy, refund to IBAN",
  frm=RAHMAN, to="Amelia Thornton <amelia.thornton@gmail-post.example>",
  subj="Your cancellation - household insurance HR 29 880 417", date="2026-03-25 14:28",
  body="""Dear Ms Thornton,

we confirm the cancellation of your household insurance HR 29 880 417 as of
30 April 2026, because you are moving to Sydney and giving up your flat in
Lüneburg (Stresemannstraße 8).

The unused premium for May to December 2026 (84.67 EUR) will be refunded to
your account DE27 3217 8467 9802 7926 25 in May.

We wish you all the best in Australia!

""" + S_RAHMAN + "\n\n" + FOOT_EN)

M("CONFIDENTIAL", "en", "insurer-to-customer",
  "loss adjuster appointment (ICS) at a named expat's flat after water damage: address, claim and policy numbers",
  frm=VOSS, to="Benjamin Osei <benjamin.osei@outlook-mail.example>",
  subj="Appointment with our loss adjuster - claim S-2026-006120", date="2026-04-01 11:55",
  body="""Dear Mr Osei,

regarding the water damage in your flat (claim S-2026-006120, household
insurance HR 58 104 773), our loss adjuster Mr Thorsten Grabowski will visit
you on

    Wednesday, 8 April 2026, 10:00-11:00
    Ostpreußenring 41, 2nd floor, 21614 Buxtehude

Please keep the damaged items (carpet, wardrobe) until then and have the
purchase receipts ready. The calendar entry is attached.

Kind regards,
Annika Voß-Lindner
Loss Adjuster Coordination, Elbwacht Versicherung AG""",
  atts=[("appointment_loss_adjuster.ics", ics("s-2026-006120@elbwacht-versicherung.example",
      "20260408T100000", "20260408T110000", "Loss adjuster visit - claim S-2026-006120",
      "Ostpreußenring 41\\, 2nd floor\\, 21614 Buxtehude",
      "Benjamin Osei\nHR 58 104 773\nAdjuster: Thorsten Grabowski 0171 4420 881", f"schaden-sach@{INS}"))])

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "lost office key (private liability key-loss cover): employer, costs of a new locking system, policy number",
  frm="Ramona Ziegenhagen <ramona.ziegenhagen@gmx-post.example>", to=A_SERVICE,
  subj="Schlüssel verloren – Schließanlage Arbeitgeber", date="2026-01-28 12:44",
  cte="8bit",
  body="""Hallo,

ich habe am Montag den Generalschlüssel meines Arbeitgebers (Steuerbüro
Hartwig & Partner, Am Markt 2, Lüneburg) verloren, vermutlich im Bus. Der
Chef sagt, die ganze Schließanlage muss getauscht werden, Angebot vom
Schlüsseldienst: 2.860 Euro.

Ist das über meine Privathaftpflicht PHV 37-0922-14 abgedeckt? Ich meine,
ich hätte "Schlüsselverlust fremder Schlüssel" mit drin.

Ramona Ziegenhagen""")

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "surge damage after a lightning strike (TV, router) in the household cover; address, policy number",
  frm="Jürgen Mohrmann <juergen.mohrmann@t-online-post.example>", to=A_SACH,
  subj="Blitz – Fernseher und Router kaputt", date="2026-05-12 08:31",
  charset="windows-1252", cte="quoted-printable",
  body="""Guten Morgen,

beim Gewitter am Sonntagabend hat es in der Nachbarschaft eingeschlagen, seitdem
gehen bei uns der Fernseher (Samsung 55", 2022 gekauft für 899 €) und der
Router nicht mehr. Der Elektriker sagt Überspannung.

Hausratversicherung HR 19 640 338, Jürgen Mohrmann, Im Dorfe 12,
21379 Rullstorf. Rechnung vom Elektriker (Prüfung 89 €) liegt vor.

Mit freundlichen Grüßen
J. Mohrmann""")

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "dunning letter for an unpaid motor premium: name, contract, plate, amount, consequences",
  frm=A_KFZ, to="Dominik Saalfeld <dominik.saalfeld@web-post.example>",
  subj="Mahnung – Kfz-Versicherung KF-4120-998017", date="2026-03-03 06:45",
  body="""Sehr geehrter Herr Saalfeld,

der Folgebeitrag für Ihre Kfz-Versicherung KF-4120-998017 (Fahrzeug
BMW 318d, LG-DS 318) über 423,17 EUR, fällig am 01.02.2026, ist trotz
Zahlungserinnerung noch nicht bei uns eingegangen.

Wir setzen Ihnen hiermit eine Zahlungsfrist von zwei Wochen (§ 38 VVG). Tritt
nach Ablauf der Frist ein Schaden ein, sind wir von der Leistung frei, und wir
können den Vertrag fristlos kündigen; in diesem Fall müssen wir der
Zulassungsstelle das Ende des Versicherungsschutzes melden.

Überweisung an: Elbwacht Versicherung AG, Verwendungszweck KF-4120-998017.

Ihr Elbwacht Kfz-Service

""" + FOOT_AG)

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "payment receipt for a buildings premium with masked IBAN, name and contract number",
  frm=A_SERVICE, to="Renate Pohlmann-Sass <r.pohlmann-sass@freenet-mail.example>",
  subj="Zahlungseingang bestätigt", date="2026-02-14 09:05",
  body="""Sehr geehrte Frau Pohlmann-Sass,

wir bestätigen den Eingang Ihrer Zahlung über 612,90 EUR am 12.02.2026 für
Ihre Wohngebäudeversicherung WG 21 337 801 (Haus Dorfstraße 44,
29553 Bienenbüttel). Die Zahlung kam von Ihrem Konto DE** **** **** **** **27 90.

Ihr Vertrag ist damit für 2026 vollständig bezahlt.

Freundliche Grüße
Ihr Elbwacht Kundenservice

""" + FOOT_AG)

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "seasonal plate for a motorcycle: contract, plate, VIN, seasonal period",
  frm="Timo Ratjen <timo.ratjen@gmx-post.example>", to=A_KFZ,
  subj="Saisonkennzeichen Motorrad", date="2026-02-26 20:17",
  cte="8bit",
  body="""Moin,
ich möchte meine Kawasaki Z900 (LG-TR 9H, FIN JKAZR2A19MA021174) ab diesem Jahr auf Saisonkennzeichen 04–10 umstellen. Vertrag KF-7331-500288. Was kostet das dann und muss ich zur Zulassungsstelle oder macht ihr das?
Timo Ratjen""")

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "household burglary without injury: stolen-goods list as ODS (items, values), contract and police reference",
  frm="Vanessa Ebeling <vanessa.ebeling@posteo-mail.example>", to=A_SACH,
  subj="Stehlgutliste Einbruch 21.02. – HR 36 507 192", date="2026-02-25 21:02",
  body="""Hallo Herr Petersen,

anbei die Stehlgutliste, wie von Ihnen angefordert. Die gleiche Liste habe
ich der Polizei gegeben (Tagebuchnummer 0221-26-3390). Wir waren zum Zeitpunkt
des Einbruchs im Urlaub, es war niemand zu Hause.

Schöne Grüße
Vanessa Ebeling
Sülztorstraße 28, 21335 Lüneburg""",
  atts=[("Stehlgutliste_Ebeling.ods", ods([
      ("Gegenstand", "Hersteller/Modell", "Kaufjahr", "Kaufpreis EUR", "Beleg vorhanden"),
      ("Laptop", "Lenovo ThinkPad X1 Carbon", 2024, 1849, "ja"),
      ("Goldkette", "Juwelier Stamer, 585er", 2019, 780, "ja"),
      ("Armbanduhr", "Junghans Max Bill", 2021, 695, "ja"),
      ("Spielkonsole", "Sony PS5 + 2 Controller", 2023, 599, "nein"),
      ("Bargeld", "Spardose Kinder", "", 140, "nein"),
      ("Summe", "", "", 4063, ""),
      ("Versicherungsnehmerin: Vanessa Ebeling, HR 36 507 192", "", "", "", ""),
  ], sheet="Stehlgut"))])

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "kitchen fire (no injury): contents inventory XLSX with values, address and household policy",
  frm="Stephan Gieseking <stephan.gieseking@web-post.example>", to=A_SACH,
  subj="Küchenbrand – Liste der beschädigten Sachen", date="2026-04-14 19:45",
  body="""Guten Abend Herr Petersen,

wie besprochen die Liste aller Sachen, die beim Küchenbrand am 09.04. kaputt
gegangen sind (Schaden S-2026-005902, Hausrat HR 27 015 566). Verletzt wurde
zum Glück niemand, der Rauchmelder hat uns rechtzeitig geweckt.

Die Küche selbst gehört dem Vermieter, die ist nicht in der Liste.

Viele Grüße
Stephan Gieseking
Auf der Hude 9, 21339 Lüneburg""",
  atts=[("Schadenliste_Kuechenbrand.xlsx", xlsx([("Schadenliste", [
      ("Nr.", "Gegenstand", "Anschaffung", "Neupreis EUR", "Zustand"),
      (1, "Kaffeevollautomat DeLonghi", "2023", 649.00, "verschmort"),
      (2, "Mikrowelle Panasonic", "2020", 189.00, "Totalschaden"),
      (3, "Geschirr und Gläser (ca. 60 Teile)", "versch.", 420.00, "verrußt/zersprungen"),
      (4, "Küchentisch + 4 Stühle Eiche", "2018", 1150.00, "Rauchschaden"),
      (5, "Vorhänge, Textilien", "versch.", 230.00, "Reinigung nicht möglich"),
      (6, "Lebensmittelvorräte", "2026", 160.00, "entsorgt"),
      ("", "Summe", "", 2798.00, ""),
      ("", "Versicherungsnehmer: Stephan Gieseking, HR 27 015 566", "", "", ""),
  ])], author="S. Gieseking"))])

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "legal expenses cover for a speeding fine (administrative offence, not criminal) – ODT letter with name, licence, offence details",
  frm=BRUECKNER, to="Arne Dettmer <arne.dettmer@outlook-mail.example>",
  subj="Deckungszusage Verkehrs-Rechtsschutz – Bußgeldverfahren", date="2026-03-26 13:12",
  body="""Sehr geehrter Herr Dettmer,

anbei unsere Deckungszusage für das Bußgeldverfahren. Bitte leiten Sie das
Schreiben an Ihren Anwalt weiter.

""" + S_BRUECKNER,
  atts=[("Deckungszusage_RS-26-00455.odt", odt([
      "# Deckungszusage Verkehrs-Rechtsschutz",
      "Versicherungsnehmer: Arne Dettmer, Vögelser Straße 40, 21339 Lüneburg",
      "Versicherungsnummer: RS 3307-5510 · Schadennummer: RS-26-00455",
      "Gegenstand: Bußgeldbescheid des Landkreises Harburg vom 10.03.2026, Az. 55.3-2026-118804, Geschwindigkeitsüberschreitung außerorts um 31 km/h am 14.01.2026 auf der A39 (Fahrzeug LG-AD 4040), 260 EUR Geldbuße, 2 Punkte, 1 Monat Fahrverbot.",
      "Wir übernehmen die Kosten Ihres Rechtsanwalts, Herrn RA Tillmann Heuer, Lüneburg, für das Einspruchsverfahren einschließlich Akteneinsicht und eines etwaigen Verfahrens vor dem Amtsgericht.",
      "Selbstbeteiligung: 150 EUR.",
      "Lüneburg, 26.03.2026 · Florian Brückner, Rechtsschutz-Schadenservice",
  ]))])

M("CONFIDENTIAL", "de", "internal",
  "internal forward of a customer's motor claim to the claims department: name, plate, claim data; no injury",
  frm=GRUENBERG, to=KOWALCZYK,
  subj="WG: Parkrempler Kaufland – Schaden", date="2026-01-14 08:20",
  body="""Moin Dennis,

kam bei uns im Vertrag an, gehört zu euch. Schaden ist noch nicht angelegt.
Gegner ist über die Zentralruf-Abfrage bei der Hanseatischen Kraftfahrt
versichert. Fotos sind inzwischen auch da (im Vorgang).

Gruß Malte

-------- Weitergeleitete Nachricht --------
Betreff: Parkrempler Kaufland – Schaden
Datum: 13.01.2026 17:55
Von: Lisa-Marie Struck <lisamarie.struck@web-post.example>

Hallo, mir ist heute beim Ausparken am Kaufland Lüneburg jemand hinten
reingefahren. Verletzt ist keiner, nur Blech. Mein Auto LG-LS 1502, Vertrag
KF-6630-771120. Der andere Fahrer heißt Herr Dogan Yıldız, Kennzeichen
WL-DY 404, er gibt zu dass er nicht geguckt hat.""")

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "appointment with a surveyor (ICS) for water damage in a private house: name, address, claim and policy number",
  frm=VOSS, to="Kerstin Alpers <kerstin.alpers@gmx-post.example>",
  subj="Ortstermin Sachverständiger – Schaden S-2026-004981", date="2026-03-05 15:33",
  body="""Sehr geehrte Frau Alpers,

zu Ihrem Leitungswasserschaden im Badezimmer (Wohngebäude WG 30 228 115)
kommt unser Sachverständiger, Herr Dipl.-Ing. Hartmut Sommerfeld, zu Ihnen:

    Donnerstag, 12.03.2026, 14:00 Uhr
    Heidkamp 17, 21218 Seevetal

Bitte halten Sie die Rechnung der Leckageortung und Fotos vom Schadentag
bereit. Den Termin finden Sie auch als Kalenderdatei im Anhang.

""" + S_VOSS + "\n\n" + FOOT_AG,
  atts=[("Ortstermin_S-2026-004981.ics", ics("s-2026-004981@elbwacht-versicherung.example",
      "20260312T140000", "20260312T150000", "Ortstermin Sachverständiger S-2026-004981",
      "Heidkamp 17\\, 21218 Seevetal", "VN Kerstin Alpers\nWG 30 228 115\nSV Sommerfeld 0172 330 1184",
      f"schaden-sach@{INS}"))])

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "hail damage to the photovoltaic system on a private house (buildings cover): address, policy, installer's report",
  frm="Bernd Kahlke <bernd.kahlke@t-online-post.example>", to=A_SACH,
  subj="Hagel – PV-Anlage beschädigt", date="2026-05-20 17:05",
  body="""Sehr geehrte Damen und Herren,

beim Hagelunwetter am 18. Mai sind auf unserem Dach (Lerchenweg 11,
21376 Garlstorf) fünf Solarmodule gesprungen. Der Installateur (Solartechnik
Nordheide) hat die Anlage abgeschaltet und bestätigt den Hagelschaden;
Ersatzmodule mit Montage ca. 2.300 Euro. Die PV-Anlage ist in der
Wohngebäudeversicherung WG 26 771 003 mitversichert.

Außerdem: Wir bekommen jetzt keine Einspeisevergütung. Ist der Ertragsausfall
auch versichert?

Mit freundlichen Grüßen
Bernd Kahlke""")

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "correction of a wrong birth date in a motor contract (birth date next to the name)",
  frm="Nicole Hasselbring <nicole.hasselbring@gmx-post.example>", to=A_KFZ,
  subj="Geburtsdatum falsch im Versicherungsschein", date="2026-04-20 10:10",
  cte="8bit",
  body="""Hallo,
in meinem Versicherungsschein (KF-5040-662139) steht als Geburtsdatum der 05.07.1988. Richtig ist der 07.05.1988 – Tag und Monat sind vertauscht. Bitte korrigieren, nicht dass das bei einem Schaden Probleme macht.
Danke, Nicole Hasselbring""")

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "the customer forwards her landlord's complaint (message/rfc822) about a damaged bathtub; names, address, liability policy",
  frm="Marie Jacobsen <marie.jacobsen@posteo-mail.example>", to=A_SERVICE,
  subj="WG: Schaden Badewanne Wohnung Jacobsen", date="2026-04-22 18:44",
  body="""Hallo,

mein Vermieter hat mir die Mail unten geschickt. Mir ist beim Regal-Aufbauen
eine Schraubzwinge in die Wanne gefallen. Bitte übernehmen Sie das über meine
Haftpflicht PHV 48-2205-09. Ich habe Herrn Nöhring gesagt, dass er sich an
Sie wenden soll.

Marie Jacobsen""",
  fwd=dict(frm="Heinz-Peter Nöhring <hp.noehring@kabelmail.example>",
           to="Marie Jacobsen <marie.jacobsen@posteo-mail.example>",
           subj="Schaden Badewanne Wohnung Jacobsen", date="2026-04-21 09:30",
           body="""Sehr geehrte Frau Jacobsen,

bei der Wohnungsbegehung am 20.04. habe ich den Emailleschaden in der
Badewanne (Abplatzung ca. 2 cm, bis aufs Metall) festgestellt. Laut Firma
Badsanierung Mertens kostet eine Reparatur 340 EUR, ein Austausch der Wanne
ca. 1.600 EUR.

Bitte geben Sie mir die Daten Ihrer Haftpflichtversicherung.

Mit freundlichen Grüßen
Heinz-Peter Nöhring
Vermieter, Wohnung Kalandstraße 6, 2. OG, 21335 Lüneburg"""))

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "flooded cellar after heavy rain (natural hazards cover): address, policy number, pumped water, damaged washing machine",
  frm="Sigrid Oelkers <sigrid.oelkers@arcor-post.example>", to=A_SACH,
  subj="Keller vollgelaufen nach Starkregen", date="2026-05-28 07:18",
  cte="quoted-printable",
  body="""Guten Morgen,

nach dem Starkregen gestern Abend stand in unserem Keller 20 cm Wasser, die
Feuerwehr hat abgepumpt. Waschmaschine, Trockner und Gefriertruhe haben im
Wasser gestanden. Wir haben bei Ihnen Wohngebäude und Hausrat mit
Elementarschutz (WG 15 402 881 / HR 15 402 882).

Adresse: Sigrid und Volker Oelkers, Am Bach 4, 21369 Nahrendorf.

Bitte melden Sie sich, ob ein Gutachter kommt.

S. Oelkers""")

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "confirmation of a legal-expenses cancellation after a premium increase; quoted customer mail with contract and IBAN",
  frm=AYDIN, to="Karsten Voigtländer <karsten.voigtlaender@web-post.example>",
  subj="AW: Sonderkündigung Rechtsschutz", date="2026-04-28 10:36",
  body="""Sehr geehrter Herr Voigtländer,

wir bestätigen die Kündigung Ihrer Rechtsschutzversicherung RS 5519-0027
wegen der Beitragsanpassung zum 01.05.2026. Der Vertrag endet mit Ablauf des
30.04.2026. Eine Beitragsrückzahlung fällt nicht an, da der Beitrag monatlich
gezahlt wurde.

Schade, dass Sie uns verlassen. Falls Sie es sich anders überlegen, melden
Sie sich gerne.

""" + S_AYDIN + """

-----Ursprüngliche Nachricht-----
Von: Karsten Voigtländer
Gesendet: Montag, 27. April 2026 08:14
An: service@elbwacht-versicherung.example
Betreff: Sonderkündigung Rechtsschutz

> Hiermit kündige ich meine Rechtsschutzversicherung RS 5519-0027 wegen der
> Beitragserhöhung außerordentlich zum Wirksamwerden der Erhöhung.
> Bitte keine Abbuchung mehr von DE38 3370 9204 6022 0325 55.
> Karsten Voigtländer, Reppenstedter Weg 19, 21391 Reppenstedt

""" + FOOT_AG)

M("CONFIDENTIAL", "de", "customer-to-insurer",
  "drone liability question from an existing customer: policy number, drone registration (e-ID) and address",
  frm="Finn-Ole Brodersen <finnole.brodersen@gmx-post.example>", to=A_SERVICE,
  subj="Drohne in der Haftpflicht?", date="2026-05-04 16:50",
  cte="8bit",
  body="""Moin,

ich hab mir eine DJI Mini 4 Pro (249 g) gekauft und beim Luftfahrt-Bundesamt
registriert (e-ID DEU-RP-8x2k4m91ft7q). Ist die in meiner Privathaftpflicht
PHV 60-1184-22 mitversichert oder brauche ich eine extra Drohnenversicherung?
Ich fliege nur privat, hauptsächlich hier bei uns in Embsen über den Feldern.

Finn-Ole Brodersen, Waldweg 2, 21409 Embsen""")

M("CONFIDENTIAL", "de", "insurer-to-customer",
  "dog-bite liability settlement (animal injured, vet costs) to the named customer; the other owner's name and amount",
  frm=PETERSEN, to="Gabriele Sturm <gabriele.sturm@freenet-mail.example>",
  subj="Ihr Hundehaftpflichtschaden TH-S-26-00148", date="2026-04-30 12:08",
  body="""Moin Frau Sturm,

der Tierarzt von Herrn Wolfram Lindemann hat uns die Rechnung für die
Behandlung seines Beagles "Lotte" geschickt (Bisswunde an der Schulter,
genäht, Antibiose, zwei Verbandswechsel): 418,76 EUR.

Da Ihr Schäferhund "Ares" nach den Schilderungen beider Seiten zugebissen hat,
übernehmen wir die Kosten aus Ihrer Tierhalterhaftpflicht TH 40-2291-06 und
zahlen direkt an Herrn Lindemann. Ihre Selbstbeteiligung entfällt in diesem
Tarif.

""" + S_PETERSEN + "\n\n" + FOOT_AG)

# ---------------------------------------------------------------------------
# NORMAL, part 1 (mostly traps, German)
# ---------------------------------------------------------------------------

M("NORMAL", "de", "prospect-to-insurer",
  "trap: prospect asks what a dental supplementary insurance costs and whether implants are covered – no own teeth findings, no contract, no birth date",
  frm="Ralf Steinbrück <ralf.steinbrueck@gmx-post.example>", to=A_SERVICE,
  subj="Zahnzusatzversicherung – Implantate?", date="2026-01-09 20:11",
  cte="8bit",
  body="""Guten Abend,

ich überlege, eine Zahnzusatzversicherung abzuschließen. Zwei Fragen vorab:
Übernehmen Ihre Tarife auch Implantate und professionelle Zahnreinigung, und
gibt es Wartezeiten? Was kostet so ein Tarif ungefähr im Monat?

Danke und Gruß
R. Steinbrück""")

M("NORMAL", "de", "insurer-to-prospect",
  "trap: generic product answer about dental tariffs (implants, PZR, waiting periods, health questions) to a prospect without any personal data",
  frm=WITTKOWSKI, to="Ralf Steinbrück <ralf.steinbrueck@gmx-post.example>",
  subj="AW: Zahnzusatzversicherung – Implantate?", date="2026-01-12 09:03",
  body="""Sehr geehrter Herr Steinbrück,

vielen Dank für Ihr Interesse. Gern ein kurzer Überblick:

- Zahn Plus 80 und Zahn Premium erstatten 80 bzw. 90 % für Zahnersatz
  einschließlich Implantaten, Inlays und Kronen.
- Professionelle Zahnreinigung: bis 150 EUR im Jahr (Zahn Plus 80) bzw.
  unbegrenzt (Zahn Premium).
- Wartezeiten gibt es nicht; in den ersten vier Jahren gelten
  Höchstbeträge (Zahnstaffel).
- Im Antrag stellen wir drei Gesundheitsfragen, z. B. nach fehlenden Zähnen
  und laufenden Behandlungen.

Die Beiträge richten sich nach dem Eintrittsalter; für einen persönlichen
Beitrag nutzen Sie am besten den Rechner auf unserer Website oder rufen Sie
mich an. Die Produktinformationen hänge ich Ihnen an.

""" + S_WITTKOWSKI + "\n\n" + FOOT_KV,
  atts=[("Produktinfo_Zahn_2026.pdf", pdf("Produktinformation Zahnzusatz", [
      "# Elbwacht Zahnzusatzversicherung - Produktinformation 2026",
      "Zahn Plus 80: 80 % für Zahnersatz, Implantate, Inlays; PZR bis 150 EUR/Jahr",
      "Zahn Premium: 90 % für Zahnersatz; PZR unbegrenzt; Kieferorthopädie für Kinder bis 18 (KIG 1-2) 80 %",
      "Zahnstaffel: 1. Jahr 1.000 EUR, 1.-2. Jahr 2.000 EUR, 1.-3. Jahr 3.000 EUR, 1.-4. Jahr 4.000 EUR",
      "Nicht versichert: bereits angeratene oder laufende Behandlungen",
      "Beispielbeiträge (Eintrittsalter 30/45/60): Zahn Plus 80: 14,90 / 22,40 / 34,80 EUR",
      "Stand 01/2026. Es gelten die Allgemeinen Versicherungsbedingungen AVB Zahn 2026.",
  ]))])

M("NORMAL", "de", "insurer-to-customers",
  "trap: HTML newsletter with winter health tips (cold, flu, vitamin D) – no person, no contract",
  frm=A_NEWS, to=f"Newsletter-Empfänger <newsletter-liste@{INS}>",
  subj="Gesund durch den Winter: 5 Tipps gegen Erkältung", date="2026-01-10 07:00",
  headers={"List-Unsubscribe": f"<mailto:abmelden@{INS}?subject=newsletter>", "Precedence": "bulk"},
  body="""Gesund durch den Winter – Ihr Elbwacht Gesundheitsbrief Januar 2026

1. Hände waschen: 20 Sekunden mit Seife senken das Infektionsrisiko deutlich.
2. Lüften: Mehrmals täglich stoßlüften statt Fenster auf Kipp.
3. Schlaf: Wer weniger als sechs Stunden schläft, erkältet sich häufiger.
4. Bewegung an der frischen Luft stärkt das Immunsystem – auch bei Kälte.
5. Grippeschutzimpfung: Für viele Menschen ab 60 und chronisch Kranke empfohlen.

Wann zum Arzt? Bei Fieber über 39 °C, Atemnot oder wenn die Beschwerden nach
einer Woche nicht besser werden.

Abmelden: https://www.elbwacht-versicherung.example/newsletter/abmelden""",
  html="""<html><body style="font-family:Georgia,serif;max-width:600px">
<h1 style="color:#1f5f8b">Gesund durch den Winter</h1>
<p>Ihr Elbwacht Gesundheitsbrief – Januar 2026</p>
<ol>
<li><b>Hände waschen:</b> 20 Sekunden mit Seife senken das Infektionsrisiko deutlich.</li>
<li><b>Lüften:</b> Mehrmals täglich stoßlüften statt Fenster auf Kipp.</li>
<li><b>Schlaf:</b> Wer weniger als sechs Stunden schläft, erkältet sich häufiger.</li>
<li><b>Bewegung</b> an der frischen Luft stärkt das Immunsystem – auch bei Kälte.</li>
<li><b>Grippeschutzimpfung:</b> Für viele Menschen ab 60 und chronisch Kranke empfohlen.</li>
</ol>
<p><i>Wann zum Arzt?</i> Bei Fieber über 39&nbsp;°C, Atemnot oder wenn die Beschwerden nach einer Woche nicht besser werden.</p>
<p style="font-size:11px"><a href="https://www.elbwacht-versicherung.example/newsletter/abmelden">Abmelden</a></p>
</body></html>""")

M("NORMAL", "de", "insurer-to-customers",
  "trap: campaign mail 'we reimburse the flu vaccination' with generic conditions – no person, no contract",
  frm=A_NEWS, to=f"Kundinnen und Kunden Krankenversicherung <kv-kampagne@{INS}>",
  subj="Grippeschutzimpfung: Wir übernehmen die Kosten", date="2026-10-02 08:00",
  headers={"Precedence": "bulk"},
  html_only=True, cte="base64",
  html="""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Grippeschutz</title></head>
<body style="margin:0;background:#f3f6f8"><table width="600" align="center" style="background:#fff;font-family:Arial,sans-serif">
<tr><td style="background:#1f5f8b;color:#fff;padding:18px;font-size:22px">Grippeschutzimpfung: Wir übernehmen die Kosten</td></tr>
<tr><td style="padding:18px;font-size:14px;line-height:1.5">
<p>Liebe Kundin, lieber Kunde,</p>
<p>die Grippesaison beginnt. Die Ständige Impfkommission empfiehlt die jährliche Grippeschutzimpfung
für Menschen ab 60 Jahren, Schwangere, chronisch Kranke sowie für medizinisches und pflegerisches Personal.</p>
<p>In allen Elbwacht-Krankenversicherungstarifen erstatten wir die Impfung <b>vollständig – unabhängig vom Alter</b>.
Sie reichen einfach die Rechnung Ihrer Hausarztpraxis oder Apotheke wie gewohnt ein.</p>
<p>Bleiben Sie gesund!<br>Ihre Elbwacht Krankenversicherung</p></td></tr>
<tr><td style="padding:12px;font-size:11px;color:#777">Sie erhalten diese Nachricht, weil Sie Informationen zu
Gesundheitsthemen abonniert haben. <a href="https://www.elbwacht-versicherung.example/abmelden">Abmelden</a></td></tr>
</table></body></html>""")

M("NORMAL", "de", "insurer-to-customers",
  "trap: Easter opening hours of the service including the health-claims department and where to send doctors' bills – no person",
  frm=A_SERVICE, to=f"Kundeninformation <info-verteiler@{INS}>",
  subj="Unsere Servicezeiten über Ostern", date="2026-03-27 12:00",
  body="""Liebe Kundinnen und Kunden,

über die Osterfeiertage gelten folgende Servicezeiten:

  Gründonnerstag, 02.04.      8:00 – 18:00 Uhr
  Karfreitag, 03.04.          geschlossen
  Karsamstag, 04.04.          geschlossen
  Ostermontag, 06.04.         geschlossen

Die Leistungsabteilung Krankenversicherung ist ab Dienstag, 07.04., wieder
erreichbar. Arztrechnungen und Rezepte können Sie jederzeit über die App
einreichen; die Bearbeitung beginnt nach den Feiertagen.

Bei Notfällen im Ausland erreichen Sie unseren Notruf rund um die Uhr unter
+49 4131 7790-911.

Frohe Ostern!
Ihr Elbwacht Kundenservice""")

M("NORMAL", "de", "insurer-to-customers",
  "trap: customer survey about the doctor's-bill app and health services; no personal data, anonymous link",
  frm=f"Elbwacht Kundenbefragung <umfrage@{INS}>", to=f"Umfrage-Verteiler <umfrage-verteiler@{INS}>",
  subj="5 Minuten für uns? Ihre Meinung zur Rechnungs-App", date="2026-02-11 10:00",
  headers={"Precedence": "bulk"},
  body="""Liebe Leserinnen und Leser,

wir möchten unsere App "Elbwacht Belege" verbessern und brauchen Ihre Hilfe.
Die Befragung dauert etwa fünf Minuten und ist anonym; wir speichern keine
Namen oder Vertragsnummern.

Einige der Fragen:
  - Wie oft reichen Sie Arzt-, Zahnarzt- oder Apothekenrechnungen ein?
  - Fotografieren Sie Rezepte und Heil- und Kostenpläne mit der App?
  - Wie zufrieden sind Sie mit der Dauer bis zur Erstattung?
  - Wünschen Sie sich eine Erinnerung an Vorsorgeuntersuchungen?

Zur Umfrage: https://umfrage.elbwacht-versicherung.example/belege-2026

Unter allen Teilnehmenden verlosen wir 20 Fitness-Armbänder.

Vielen Dank!
Ihr Elbwacht-Team""")

M("NORMAL", "de", "internal",
  "trap: standard reply text on how to submit doctors' invoices and prescriptions – generic, no person",
  frm=HOLLENBACH, to=f"Team Leistung KV <team-leistung-kv@{INS}>",
  subj="Neuer Textbaustein: Einreichung von Rechnungen (bitte ab sofort verwenden)", date="2026-01-26 14:20",
  body="""Hallo zusammen,

wir haben den Textbaustein zur Rechnungseinreichung überarbeitet. Er ist ab
sofort im Textsystem unter KV-INFO-07 hinterlegt. Inhalt zur Info:

---
So reichen Sie Ihre Rechnungen ein:
1. App "Elbwacht Belege": Rechnung fotografieren, Versicherungsnummer und
   behandelte Person auswählen, senden. Die Originale bewahren Sie bitte sechs
   Monate auf.
2. Kundenportal: Upload als PDF oder JPG, max. 20 MB je Datei.
3. Per Post an: Elbwacht Krankenversicherung, Belegeingang, 21332 Lüneburg.

Bitte senden Sie Arztrechnungen, Rezepte und Arztberichte nicht per
unverschlüsselter E-Mail. Bei Rezepten benötigen wir die Verordnung und den
Apothekenbeleg; bei Hilfsmitteln und Heil- und Kostenplänen die ärztliche
Verordnung bzw. den Plan vor Behandlungsbeginn.
---

Danke und Gruß
Katrin""")

M("NORMAL", "de", "internal",
  "trap: rejection template for a dental treatment plan with «placeholders» for name, tooth and diagnosis – no real person",
  frm=SIEVERS, to=f"Team Zahn <team-zahn@{INS}>",
  subj="Vorlage Ablehnung HKP – Entwurf zur Abstimmung", date="2026-02-03 16:02",
  body="""Moin,

anbei der Entwurf für die neue Ablehnungsvorlage. Bitte bis Freitag Feedback,
danach geht sie in die Textverwaltung.

Ole""",
  atts=[("Vorlage_Ablehnung_HKP_v3.docx", docx([
      "# Vorlage ZA-ABL-03: Ablehnung Heil- und Kostenplan (vorvertragliche Behandlung)",
      "«Anrede» «Titel» «Nachname»",
      "Versicherungsnummer: «VersNr» · Versicherte Person: «VP_Vorname» «VP_Nachname»",
      "vielen Dank für den Heil- und Kostenplan von «Zahnarzt» vom «Datum_HKP» für «Leistung» an Zahn «Zahn».",
      "Laut den Unterlagen wurde die Behandlung bereits am «Datum_Anraten» und damit vor Beginn Ihres Versicherungsschutzes am «Vertragsbeginn» angeraten («Diagnose_Klartext»).",
      "Nach § «AVB_Paragraph» unserer Bedingungen sind bereits angeratene Behandlungen nicht versichert. Wir bedauern, Ihnen keine günstigere Nachricht geben zu können.",
      "Hinweis für Bearbeiter: Diagnose nur im Klartext, keine ICD-/GOZ-Nummern in den Betreff.",
  ], author="Ole Sievers"))])

M("NORMAL", "de", "insurer-to-customers",
  "trap: system outage notice – the upload of doctors' bills in the app is down; no person",
  frm=f"Elbwacht Statusmeldung <status@{INS}>", to=f"Statusmeldungen <status-abo@{INS}>",
  subj="Störung: Rechnungs-Upload in der App derzeit nicht möglich", date="2026-02-19 07:35",
  cte="7bit",
  body="""Statusmeldung 19.02.2026, 07:30 Uhr

Seit heute früh 05:10 Uhr kann es beim Hochladen von Arztrechnungen,
Rezepten und Heil- und Kostenplänen in der App "Elbwacht Belege" zu
Fehlermeldungen kommen ("Upload fehlgeschlagen, Code 503").

Bereits hochgeladene Belege sind nicht betroffen. Bitte versuchen Sie es
später erneut oder nutzen Sie das Kundenportal im Browser.

Wir informieren Sie, sobald die Störung behoben ist.
Ihr Elbwacht IT-Service

Update 09:50 Uhr: Die Störung ist behoben.""")

M("NORMAL", "de", "internal",
  "trap: facility mail about renovating the company medical service rooms (3rd floor); no patient or employee health data",
  frm=KESSLER, to=f"Alle Mitarbeitenden Am Sande <alle-amsande@{INS}>",
  subj="Umbau Betriebsärztlicher Dienst, 3. OG – Sprechstunde zieht um", date="2026-02-20 11:00",
  body="""Liebe Kolleginnen und Kollegen,

vom 02.03. bis voraussichtlich 27.03.2026 werden die Räume des
Betriebsärztlichen Dienstes im 3. OG (Raum 3.14 bis 3.17) renoviert: neuer
Bodenbelag, barrierefreier Sanitärbereich, Schallschutz für das
Sprechzimmer.

In dieser Zeit findet die Sprechstunde von Frau Dr. Albers im
Besprechungsraum 1.08 (1. OG) statt, dienstags und donnerstags 9–12 Uhr.
Die Augenuntersuchungen für Bildschirmarbeitsplätze pausieren im März.

Bitte entschuldigt den Baulärm besonders in der ersten Woche.

""" + S_KESSLER)

M("NORMAL", "de", "company-to-insurer",
  "trap: the company owning a medical centre building asks for a buildings quote (roof, lift, practices as tenants) – no patient, no natural person insured",
  frm="Ärztehaus Am Kurpark GmbH <verwaltung@aerztehaus-kurpark.example>", to=A_SERVICE,
  subj="Anfrage Gebäudeversicherung Ärztehaus Am Kurpark", date="2026-03-10 10:27",
  body="""Sehr geehrte Damen und Herren,

wir sind Eigentümerin des Ärztehauses Am Kurpark in Bad Bevensen (Baujahr
2004, 4 Geschosse, 2.100 m² Nutzfläche). Mieter sind eine Hausarztpraxis, eine
Zahnarztpraxis, eine Physiotherapie, ein Sanitätshaus und eine Apotheke im
Erdgeschoss. Im Gebäude gibt es einen Aufzug und eine PV-Anlage auf dem Dach.

Unser bisheriger Vertrag läuft zum 31.12.2026 aus. Bitte machen Sie uns ein
Angebot für eine gewerbliche Gebäudeversicherung (Feuer, Leitungswasser,
Sturm/Hagel, Elementar, Glas) sowie Mietausfall.

Mit freundlichen Grüßen
Susanne Delbrück
Geschäftsführerin
Ärztehaus Am Kurpark GmbH · Am Kurpark 3 · 29549 Bad Bevensen
Amtsgericht Lüneburg HRB 201447""")

M("NORMAL", "de", "insurer-to-customers",
  "trap: newsletter article about back pain in the home office with exercises – no person",
  frm=A_NEWS, to=f"Newsletter-Empfänger <newsletter-liste@{INS}>",
  subj="Rückenschmerzen im Homeoffice? So beugen Sie vor", date="2026-03-05 07:00",
  headers={"Precedence": "bulk"},
  body="""Elbwacht Gesundheitsbrief März 2026

Rückenschmerzen im Homeoffice? So beugen Sie vor

Acht von zehn Menschen haben mindestens einmal im Leben Rückenschmerzen,
meist harmlos und muskulär bedingt. Gerade am Küchentisch-Arbeitsplatz leidet
die Haltung. Unsere Physiotherapeutin Jule Carstensen empfiehlt:

  * Bildschirmoberkante auf Augenhöhe, Unterarme locker auf dem Tisch.
  * Alle 30 Minuten aufstehen – Telefonate im Stehen führen.
  * Drei Übungen für zwischendurch: Katzenbuckel, Schulterkreisen,
    Beckenkippen (je 10 Wiederholungen).

Wann zum Arzt? Wenn die Schmerzen ins Bein ausstrahlen, Taubheitsgefühle
auftreten oder sie nach zwei Wochen nicht besser werden.

Tipp: Rückenkurse nach § 20 SGB V bezuschussen wir in vielen Tarifen mit bis
zu 150 EUR im Jahr.

Abmelden: https://www.elbwacht-versicherung.example/newsletter/abmelden""")

M("NORMAL", "de", "insurer-to-press",
  "trap: press release about a new long-term care daily allowance tariff with statistics – no person",
  frm=f"Elbwacht Presse <presse@{INS}>", to="Redaktion Wirtschaft <wirtschaft@lueneburger-tageblatt.example>",
  subj="Pressemitteilung: Elbwacht startet Pflegetagegeld „PflegeKlar“", date="2026-04-01 10:00",
  body="""PRESSEMITTEILUNG

Elbwacht startet Pflegetagegeld „PflegeKlar“ – Leistung schon ab Pflegegrad 1

Lüneburg, 1. April 2026. Die Elbwacht Krankenversicherung a.G. bringt mit
„PflegeKlar“ ein neues Pflegetagegeld auf den Markt. Versicherte erhalten
bereits ab Pflegegrad 1 eine Leistung, in Pflegegrad 5 bis zu 100 % des
vereinbarten Tagessatzes – ambulant wie stationär.

Rund 5,7 Millionen Menschen in Deutschland sind pflegebedürftig, vier von
fünf werden zu Hause versorgt, meist von Angehörigen. „Die gesetzliche
Pflegeversicherung ist eine Teilkasko. Wer im Pflegefall nicht auf die
Ersparnisse der Kinder angewiesen sein will, muss privat vorsorgen“, sagt
Tobias Rehmer, Vorstand der Elbwacht Krankenversicherung.

Ein Beispiel: Eine 45-jährige Person zahlt für 50 EUR Tagessatz in Pflegegrad
5 monatlich 31,80 EUR.

Pressekontakt: Lennart Vosgerau, presse@elbwacht-versicherung.example,
Tel. 04131 7790-050""")

M("NORMAL", "de", "insurer-to-customers",
  "trap: webinar invitation 'Pflege im Alter – was Angehörige wissen müssen' with ICS; generic care topics, no person",
  frm=A_PFLEGE, to=f"Webinar-Interessierte <webinar@{INS}>",
  subj="Einladung Online-Vortrag: Pflege im Alter – was Angehörige wissen müssen", date="2026-04-08 09:00",
  body="""Liebe Interessierte,

wenn Eltern pflegebedürftig werden, stehen Angehörige vor vielen Fragen: Wie
beantrage ich einen Pflegegrad? Was zahlt die Pflegekasse bei Demenz? Wann
lohnt sich ein Pflegedienst, wann die Tagespflege?

Unsere Pflegeberaterin Gisela Hamann beantwortet diese Fragen live:

    Mittwoch, 22.04.2026, 18:00–19:00 Uhr, online
    Teilnahme kostenlos, ohne Anmeldung, Fragen gern im Chat (anonym)

Den Kalendereintrag mit dem Link finden Sie im Anhang.

Ihr Elbwacht Pflegeservice""",
  atts=[("Webinar_Pflege_22-04-2026.ics", ics("webinar-pflege-2026-04@elbwacht-versicherung.example",
      "20260422T180000", "20260422T190000", "Online-Vortrag: Pflege im Alter",
      "https://webinar.elbwacht-versicherung.example/pflege",
      "Referentin: Gisela Hamann\nThemen: Pflegegrad beantragen\, Demenz\, Entlastungsbetrag", f"pflege@{INS}"))])

M("NORMAL", "de", "internal",
  "trap: internal training on handling health data by e-mail with PDF slides; only fictitious examples, no real person",
  frm=QUAST, to=f"Führungskräfte Kundenservice <fk-kundenservice@{INS}>",
  subj="Pflichtschulung „Gesundheitsdaten in E-Mails“ – Unterlagen", date="2026-01-29 13:40",
  body="""Liebe Kolleginnen und Kollegen,

anbei die Folien der Pflichtschulung vom Dienstag. Bitte geben Sie sie an
Ihre Teams weiter; die Teilnahme ist bis 31.03. zu dokumentieren.

Die Beispiele in den Folien sind erfunden.

""" + S_QUAST,
  atts=[("Schulung_Gesundheitsdaten_2026.pdf", pdf("Schulung Gesundheitsdaten", [
      "# Gesundheitsdaten in E-Mails - Pflichtschulung 2026",
      "1. Was sind Gesundheitsdaten? Diagnosen, Medikamente, Arztrechnungen, Krankenhausaufenthalte,",
      "   Pflegegrad, Schwangerschaft - und schon die Tatsache, dass jemand eine Kranken- oder",
      "   Lebensversicherung hat (Personenversicherung).",
      "2. Art. 9 DSGVO und § 203 StGB: besondere Kategorien, Schweigepflicht.",
      "3. Beispiel (fiktiv): 'Frau Muster hat wegen ihres Bandscheibenvorfalls...' -> streng vertraulich.",
      "4. Beispiel (fiktiv): 'Unsere Servicezeiten an Ostern' -> normal.",
      "5. Was tun? Portal-Postfach oder verschlüsselte Mail, nie Weiterleitung an private Adressen.",
      "6. Quiz: 10 Fragen, Bestehensgrenze 8 richtige Antworten.",
  ], author="Datenschutz"))])

M("NORMAL", "de", "internal",
  "trap: aggregated monthly statistics of submitted doctor/dentist/pharmacy invoices (counts and sums, no person) in XLSX",
  frm=f"Controlling KV <controlling-kv@{INS}>", to=HOLLENBACH,
  subj="Belegeingang Q1/2026 – Auswertung", date="2026-04-03 08:50",
  body="""Hallo Frau Hollenbach,

anbei die Auswertung des Belegeingangs für das erste Quartal, aufgeteilt
nach Belegart und Eingangskanal. Auffällig ist der Anstieg der Zahnarzt-HKP
im März (+31 % gegenüber Vorjahr).

Viele Grüße
Controlling KV""",
  atts=[("Belegeingang_Q1_2026.xlsx", xlsx([
      ("Belege", [
          ("Monat", "Belegart", "App", "Portal", "Post", "Summe Belege", "Rechnungsbetrag EUR"),
          ("Jan 2026", "Arztrechnung", 18402, 3110, 6120, 27632, 4187340),
          ("Jan 2026", "Zahnarzt/HKP", 4410, 880, 2004, 7294, 2311870),
          ("Jan 2026", "Apotheke/Rezept", 9280, 1402, 3311, 13993, 901210),
          ("Feb 2026", "Arztrechnung", 17011, 2974, 5544, 25529, 3899412),
          ("Feb 2026", "Zahnarzt/HKP", 4680, 902, 1811, 7393, 2402118),
          ("Feb 2026", "Apotheke/Rezept", 8840, 1377, 3009, 13226, 861004),
          ("Mrz 2026", "Arztrechnung", 19120, 3301, 5220, 27641, 4260015),
          ("Mrz 2026", "Zahnarzt/HKP", 5902, 1140, 2240, 9282, 3119027),
          ("Mrz 2026", "Apotheke/Rezept", 9010, 1490, 2877, 13377, 888730),
      ]),
      ("Hinweis", [("Nur aggregierte Zahlen, keine personenbezogenen Daten. Quelle: DWH Belegeingang, Stand 02.04.2026",)]),
  ], author="Controlling KV"))])

M("NORMAL", "de", "insurer-to-customers",
  "trap: pet newsletter about ticks in dogs and cats – no animal or owner named, no contract",
  frm=A_NEWS, to=f"Tierfreunde-Newsletter <tier-newsletter@{INS}>",
  subj="Zeckenzeit: So schützen Sie Hund und Katze", date="2026-04-10 07:00",
  headers={"Precedence": "bulk"},
  body="""Hallo liebe Tierfreunde,

ab 7 Grad werden Zecken aktiv – und übertragen bei Hunden Krankheiten wie
Borreliose, Anaplasmose oder Babesiose.

  - Nach jedem Spaziergang Fell absuchen, vor allem Kopf, Ohren, Achseln.
  - Zecke mit Zeckenzange gerade herausziehen, nicht quetschen.
  - Spot-on, Halsband oder Tablette: Lassen Sie sich in Ihrer Tierarztpraxis
    beraten, was zu Ihrem Tier passt.
  - Achtung bei Katzen: Viele Hundemittel (Permethrin) sind für Katzen giftig!

Wussten Sie schon? Die Elbwacht Tierkrankenversicherung erstattet in
vielen Tarifen auch Vorsorge wie Impfungen und Zeckenschutz bis 80 EUR im Jahr.

Ihr Elbwacht Tier-Team
Abmelden: https://www.elbwacht-versicherung.example/abmelden""")

M("NORMAL", "de", "insurer-to-customers",
  "trap: newsletter article explaining the dental bonus booklet and check-ups – generic, no person",
  frm=A_NEWS, to=f"Newsletter-Empfänger <newsletter-liste@{INS}>",
  subj="Das Bonusheft: Warum sich der Stempel beim Zahnarzt lohnt", date="2026-05-06 07:00",
  headers={"Precedence": "bulk"},
  body="""Elbwacht Gesundheitsbrief Mai 2026

Das Bonusheft: Warum sich der Stempel beim Zahnarzt lohnt

Wer gesetzlich versichert ist und jedes Jahr zur Kontrolle geht, bekommt von
der Krankenkasse nach fünf Jahren 70 %, nach zehn Jahren 75 % des
Festzuschusses für Zahnersatz. Fehlt ein Jahr, geht der Bonus verloren.

Unsere Tipps:
  * Bonusheft beim Zahnarzt immer mitnehmen – oder nach dem digitalen
    Bonusheft in der App Ihrer Krankenkasse fragen.
  * Kinder ab 12 brauchen halbjährliche Kontrollen.
  * Eine professionelle Zahnreinigung ersetzt die Kontrolle nicht.

Und wenn doch eine Krone fällig wird: Mit einer Zahnzusatzversicherung
bleiben Ihre Eigenanteile klein.

Abmelden: https://www.elbwacht-versicherung.example/newsletter/abmelden""")

M("NORMAL", "de", "insurer-to-customers",
  "trap: travel-health tips before the summer holidays (first-aid kit, vaccinations, emergency number) – no person",
  frm=A_NEWS, to=f"Newsletter-Empfänger <newsletter-liste@{INS}>",
  subj="Sicher in den Urlaub: Reiseapotheke, Impfungen, Notruf", date="2026-06-18 07:00",
  headers={"Precedence": "bulk"},
  body="""Elbwacht Reisebrief Sommer 2026

Was gehört in die Reiseapotheke?
  Pflaster und Verbandsmaterial, Fieberthermometer, Mittel gegen Durchfall
  und Reiseübelkeit, Schmerzmittel, Sonnenschutz, Insektenschutz – und Ihre
  Dauermedikamente in ausreichender Menge im Handgepäck.

Impfungen: Prüfen Sie sechs Wochen vor Reisebeginn, welche Impfungen für Ihr
Reiseland empfohlen sind (Tetanus, Diphtherie, Hepatitis A).

Im Notfall im Ausland: Unsere 24-Stunden-Notrufnummer +49 4131 7790-911
organisiert Arztbesuche, Krankenhausaufenthalte und den Rücktransport.

Gute Reise!
Ihr Elbwacht Reise-Service""")

M("NORMAL", "de", "insurer-auto-reply",
  "trap: automatic acknowledgement that warns against sending health data unencrypted; no quote of the incoming mail, no person",
  frm=A_SERVICE, to="Waltraud Heimsoth <waltraud.heimsoth@t-online-post.example>",
  subj="Eingangsbestätigung Ihrer Nachricht", date="2026-02-02 15:11",
  headers={"Auto-Submitted": "auto-replied"},
  cte="quoted-printable",
  body="""Guten Tag,

vielen Dank für Ihre Nachricht. Sie ist bei uns eingegangen und wird
bearbeitet. Bitte haben Sie Verständnis, dass die Bearbeitung derzeit bis zu
fünf Arbeitstage dauern kann.

Wichtiger Hinweis: Arztrechnungen, Befunde und andere Gesundheitsdaten
schicken Sie uns bitte nicht per normaler E-Mail, sondern über das
Kundenportal oder die App "Elbwacht Belege". So sind Ihre Daten
verschlüsselt übertragen.

Dies ist eine automatisch erzeugte Nachricht.
Ihr Elbwacht Kundenservice""")

M("NORMAL", "de", "insurer-auto-reply",
  "trap: out-of-office reply of a health-claims clerk naming the substitute for doctors' bills – no patient",
  frm=RAUTENBERG, to="Sebastian Frerks <s.frerks@web-post.example>",
  subj="Abwesenheitsnotiz: AW: Ihre Nachricht vom 27.02.", date="2026-03-02 08:00",
  headers={"Auto-Submitted": "auto-replied"},
  body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 13.03.2026 nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet. In dringenden Fällen zu Krankentagegeld und
Krankenhaustagegeld wenden Sie sich bitte an meine Kollegin Frau Tamara
Scholz, Telefon 04131 7790-548, oder an leistung-kv@elbwacht-versicherung.example.

Freundliche Grüße
Beate Rautenberg""")

M("NORMAL", "de", "internal",
  "trap: IT maintenance window for the scanning line of the health-insurance document intake – no person",
  frm=BERGMANN, to=f"Belegeingang KV <belegeingang-kv@{INS}>",
  cc=HOLLENBACH,
  subj="Wartung Scanstraße Belegeingang KV am Samstag 07.03.", date="2026-03-03 16:22",
  cte="7bit",
  body="""Hallo zusammen,

am Samstag, 07.03.2026, von 06:00 bis ca. 14:00 Uhr spielen wir das Update
der Scan- und Klassifikationssoftware (Version 8.4) auf die Scanstraße im
Belegeingang ein. Betroffen: Erkennung von Arztrechnungen, Rezepten und
HKP, Übergabe an die Leistungsbearbeitung.

Am Montag bitte die ersten Stapel stichprobenartig auf korrekte
Belegart-Erkennung prüfen (besonders GOZ-Rechnungen) und Auffälligkeiten als
Ticket an den Service Desk.

""" + S_BERGMANN)

M("NORMAL", "de", "prospect-to-insurer",
  "trap: grandchild asks about funeral/whole-life insurance for 'my grandmother over 75' – no name, no birth date, no health detail",
  frm="Timo Kasprzak <timo.kasprzak@gmx-post.example>", to=A_LEBEN,
  subj="Sterbegeldversicherung für Oma – geht das noch?", date="2026-03-14 14:08",
  cte="8bit",
  body="""Hallo,

meine Oma ist über 75 und möchte gern, dass ihre Beerdigung mal bezahlt ist
und wir nichts draufzahlen müssen. Bietet ihr sowas wie eine
Sterbegeldversicherung für dieses Alter noch an? Gibt es Gesundheitsfragen
oder Wartezeiten, und was kosten 8.000 Euro Versicherungssumme ungefähr?

Danke!
Timo""")

M("NORMAL", "de", "internal",
  "trap: data-protection FAQ for staff ('Darf ich Arztberichte per Mail schicken?') – generic rules, no person",
  frm=QUAST, to=f"Alle Mitarbeitenden <alle@{INS}>",
  subj="Datenschutz-FAQ: Die 8 häufigsten Fragen zu Gesundheitsdaten", date="2026-02-27 10:15",
  body="""Liebe Kolleginnen und Kollegen,

aus den Schulungen kamen immer wieder dieselben Fragen. Hier die Antworten:

1. Darf ich Arztberichte per Mail an Kunden schicken?
   Nur über das Portal-Postfach oder verschlüsselt. Unser Mail-Gateway
   erkennt solche Mails und stellt sie automatisch ins Portal.
2. Ein Kunde schickt mir selbst seine Diagnose unverschlüsselt – darf ich
   unverschlüsselt antworten? Nein, auch die Antwort enthält das Zitat.
3. Ist der Pflegegrad ein Gesundheitsdatum? Ja.
4. Ist "Frau X hat eine Lebensversicherung" vertraulich? Ja, streng
   vertraulich – Personenversicherung.
5. Darf ich Rechnungen von Zahnärzten an den Gutachter mailen? Nur über
   den verschlüsselten Gutachterkanal.
6. Newsletter mit Gesundheitstipps? Unkritisch, solange keine Person
   genannt wird.
7. Darf ich Krankmeldungen von Kollegen weiterleiten? Nur an HR.
8. Wen frage ich bei Zweifeln? Mich.

""" + S_QUAST)

M("NORMAL", "de", "internal",
  "trap: anonymised case study for claims training (age band, knee injury, costs) – no identifiable person",
  frm=HOLLENBACH, to=f"Azubis Leistung 2025 <azubis-leistung@{INS}>",
  subj="Fallstudie für Donnerstag – bitte vorbereiten", date="2026-03-17 15:45",
  body="""Hallo zusammen,

für die Übung am Donnerstag bitte die folgende (anonymisierte, teils
erfundene) Fallstudie vorbereiten:

Fall K-17: Versicherte Person, weiblich, Altersgruppe 40–49, Tarif Vital
Komfort. Sportunfall beim Handball, Kreuzbandriss rechts, arthroskopische
Kreuzbandplastik, 3 Tage stationär (Zweibettzimmer), anschließend 18x
Physiotherapie und eine Knieorthese.

Fragen:
 a) Welche Leistungsarten sind betroffen (ambulant, stationär, Heilmittel,
    Hilfsmittel)?
 b) Worauf achten Sie bei der Physiotherapie-Rechnung (Höchstsätze)?
 c) Gibt es einen Ansatz für einen Regress gegen Dritte?

Bitte keine echten Fälle aus dem Bestand mitbringen!

Katrin Hollenbach""")

M("NORMAL", "de", "insurer-to-supplier",
  "trap: print order for flyers 'Zahngesundheit' and 'Vorsorge' for a campaign – no person",
  frm=STROBEL, to="Druckerei Ilmenau Offset <auftrag@ilmenau-offset.example>",
  subj="Druckauftrag Flyer Zahngesundheit / Vorsorge – Freigabe", date="2026-02-05 11:30",
  body="""Guten Tag Herr Lüdtke,

hiermit geben wir die beiden Flyer zum Druck frei:

  1. "Zahngesundheit – 6 Tipps für gesunde Zähne", DIN lang, 6 Seiten,
     Auflage 15.000
  2. "Vorsorge lohnt sich – Check-ups ab 35", DIN lang, 4 Seiten,
     Auflage 10.000

Papier wie besprochen 135 g Bilderdruck matt, Lieferung bis 27.02. an
Elbwacht Versicherung AG, Warenannahme Am Sande 14, 21335 Lüneburg.
Rechnung bitte mit Bestellnummer 4500118827.

Viele Grüße
""" + S_STROBEL)

M("NORMAL", "de", "internal",
  "trap: announcement of a staff health day (eye test, flu vaccination, blood pressure check) – no individual results",
  frm=f"Personalabteilung <personal@{INS}>", to=f"Alle Mitarbeitenden <alle@{INS}>",
  subj="Gesundheitstag am 15. April – jetzt Termine buchen", date="2026-03-24 09:00",
  body="""Liebe Kolleginnen und Kollegen,

am Mittwoch, 15. April, findet im Foyer und in den Besprechungsräumen im
EG unser Gesundheitstag statt:

  09:00–15:00  Sehtest und Augeninnendruck (Optik Möller)
  09:00–12:00  Blutdruck- und Blutzuckermessung (Betriebsärztlicher Dienst)
  10:00–11:00  Vortrag "Gesund schlafen"
  13:00–14:00  Schnupperkurs Rückenfit
  ganztägig    Obst und Smoothies

Die Ergebnisse der Messungen bekommt nur ihr selbst; wir erfassen nichts.
Termine über das Buchungstool im Intranet.

Eure Personalabteilung""")

M("NORMAL", "de", "insurer-to-customers",
  "trap: newsletter on occupational disability risk with statistics of causes (psyche, back, cancer) – no person",
  frm=A_NEWS, to=f"Newsletter-Empfänger <newsletter-liste@{INS}>",
  subj="Jede vierte Person wird berufsunfähig – sind Sie abgesichert?", date="2026-02-25 07:00",
  headers={"Precedence": "bulk"},
  body="""Elbwacht Vorsorgebrief Februar 2026

Jede vierte Person wird berufsunfähig – sind Sie abgesichert?

Die häufigsten Ursachen für Berufsunfähigkeit sind laut Branchenstatistik:
  - psychische Erkrankungen (rund 35 %)
  - Erkrankungen des Skelett- und Bewegungsapparats (rund 20 %)
  - Krebs (rund 17 %)
  - Unfälle (rund 8 %)

Die staatliche Erwerbsminderungsrente reicht selten: Im Schnitt liegt sie
unter 1.000 Euro im Monat. Eine private BU-Versicherung schließt diese
Lücke. Je jünger und gesünder Sie beim Abschluss sind, desto günstiger.

Mehr im BU-Rechner: https://www.elbwacht-versicherung.example/bu

Abmelden: https://www.elbwacht-versicherung.example/newsletter/abmelden""")

M("NORMAL", "de", "internal",
  "trap: internal memo on a GOZ interpretation (position 2197, factor limits) – no patient, no invoice",
  frm=SIEVERS, to=f"Team Zahn <team-zahn@{INS}>",
  subj="GOZ 2197 – neue Prüfregel ab 01.04.", date="2026-03-19 17:02",
  cte="8bit",
  body="""Moin zusammen,

nach dem BGH-Urteil vom Herbst und der Abstimmung mit dem Beratungszahnarzt
gilt ab 01.04. für GOZ 2197 (adhäsive Befestigung):

  - berechnungsfähig neben 2200/2210 (Kronen) und 2150 ff. (Inlays),
  - nicht neben 2060 ff. (Kompositfüllungen), dort ist sie im Leistungsinhalt,
  - Steigerung über 2,3 nur mit patientenbezogener Begründung auf der
    Rechnung.

Die Prüfregel R-GOZ-2197-02 ist im System hinterlegt. Bei Altfällen bitte
nichts nachträglich kürzen.

Ole""")

M("NORMAL", "de", "internal",
  "trap: memo summarising the 2026 long-term care reform for the service team (care levels, amounts) – no person",
  frm=HAMANN, to=f"Kundenservice Privatkunden <ks-privat@{INS}>",
  subj="Pflegereform 2026 – was sich für unsere Kundengespräche ändert", date="2026-01-06 10:30",
  body="""Liebe Kolleginnen und Kollegen,

zum 01.01.2026 haben sich einige Beträge der sozialen Pflegeversicherung
geändert. Für eure Gespräche mit Angehörigen das Wichtigste in Kürze:

  - Pflegegeld Pflegegrad 2 bis 5: moderat erhöht (Tabelle im Intranet).
  - Der Entlastungsbetrag bleibt bei 131 EUR monatlich.
  - Verhinderungs- und Kurzzeitpflege sind jetzt ein gemeinsamer Jahresbetrag.
  - Unser Pflegetagegeld leistet unabhängig davon nach vereinbartem Tagessatz.

Bei Fragen zu einzelnen Versicherten bitte an das Pflegeteam verweisen und
keine Pflegegutachten per Mail anfordern – nur über das Portal.

""" + S_HAMANN)

M("NORMAL", "de", "insurer-to-customers",
  "trap: telephone outage notice asking customers with health claims questions to write instead – no person",
  frm=A_SERVICE, to=f"Kundeninformation <info-verteiler@{INS}>",
  subj="Telefonstörung – wir sind per Portal erreichbar", date="2026-05-07 10:45",
  cte="quoted-printable",
  body="""Liebe Kundinnen und Kunden,

wegen einer Störung bei unserem Telefonanbieter sind wir heute voraussichtlich
bis 14 Uhr telefonisch nicht erreichbar. Das betrifft auch die
Leistungsabteilung Krankenversicherung und die Schadenhotline.

Fragen zu Arztrechnungen, Kostenzusagen oder Krankenhausaufenthalten senden
Sie uns bitte über das Kundenportal. Der Auslandsnotruf +49 4131 7790-911
funktioniert.

Wir bitten um Entschuldigung.
Ihr Elbwacht Kundenservice""")

M("NORMAL", "de", "insurer-to-customers",
  "trap: invitation to a cooking course for people with diabetes (health programme) – no person",
  frm=f"Elbwacht Gesundheitsprogramme <gesundheit@{INS}>", to=f"Programm-Newsletter <gesundheitsprogramme@{INS}>",
  subj="Kochkurs „Genussvoll essen mit Diabetes“ – noch Plätze frei", date="2026-04-21 08:15",
  headers={"Precedence": "bulk"},
  body="""Liebe Interessierte,

zusammen mit der Volkshochschule Lüneburg bieten wir im Mai wieder unseren
Kochkurs für Menschen mit Typ-2-Diabetes und ihre Angehörigen an.

  Termine: 06., 13. und 20. Mai 2026, jeweils 17:30–20:30 Uhr
  Ort: VHS-Lehrküche, Haagestraße 4, Lüneburg
  Leitung: Ökotrophologin Wiebke Stoltenberg
  Kosten: 45 EUR (Kundinnen und Kunden der Elbwacht: kostenlos)

Themen: Kohlenhydrate einschätzen, Blutzucker und Bewegung, Rezepte für den
Alltag. Anmeldung bei der VHS unter Kursnummer 26F-3014.

Ihr Team Gesundheitsprogramme""")

M("NORMAL", "de", "insurer-to-customers",
  "trap: checklist 'medicines on holiday' (travel pharmacy, customs rules) – no person",
  frm=A_REISE, to=f"Reise-Newsletter <reise-newsletter@{INS}>",
  subj="Checkliste: Medikamente im Urlaub", date="2026-07-01 07:30",
  headers={"Precedence": "bulk"},
  body="""Checkliste: Medikamente im Urlaub

[ ] Dauermedikamente für die ganze Reise plus eine Woche Reserve
[ ] Medikamente ins Handgepäck, nicht in den Koffer
[ ] Für Betäubungsmittel (z. B. starke Schmerzmittel) die Bescheinigung nach
    Schengen-Artikel 75 vom Arzt ausfüllen lassen
[ ] Insulin und andere kühlpflichtige Mittel in der Kühltasche
[ ] Beipackzettel oder Medikamentenplan auf Englisch mitnehmen
[ ] Notrufnummer der Reisekrankenversicherung ins Handy speichern

Ihr Elbwacht Reise-Service""")

M("NORMAL", "de", "insurer-to-customers",
  "trap: information on recommended vaccinations for children (STIKO schedule) – generic, no child named",
  frm=A_NEWS, to=f"Familien-Newsletter <familie-newsletter@{INS}>",
  subj="Impfkalender für Kinder: Was wann empfohlen ist", date="2026-09-03 07:00",
  headers={"Precedence": "bulk"},
  body="""Elbwacht Familienbrief September 2026

Impfkalender für Kinder – ein Überblick

  6 Wochen:   Rotaviren (Schluckimpfung)
  2/4/11 Mon: Sechsfachimpfung, Pneumokokken
  11 Monate:  Masern, Mumps, Röteln, Windpocken
  ab 9 Jahre: HPV (Mädchen und Jungen)
  5–6 Jahre und 9–16 Jahre: Auffrischungen Tetanus, Diphtherie, Keuchhusten

Alle von der STIKO empfohlenen Impfungen erstatten wir in allen Tarifen zu
100 %. Bringen Sie den Impfpass zu jeder U-Untersuchung mit.

Ihr Elbwacht-Team""")

M("NORMAL", "de", "insurer-to-doctor",
  "trap: a dental practice asks generally how to submit treatment plans for patients; generic answer, no patient named",
  frm=SIEVERS, to="Zahnarztpraxis Dr. Kiesewetter <empfang@zahnarzt-kiesewetter.example>",
  subj="AW: Übermittlung von Heil- und Kostenplänen", date="2026-03-20 09:12",
  body="""Sehr geehrte Frau Wischnewski,

gern erläutere ich Ihnen die Wege für Heil- und Kostenpläne Ihrer
Patientinnen und Patienten, die bei uns versichert sind:

  - Am schnellsten über die Patientin/den Patienten selbst (App oder Portal).
  - Direkt von der Praxis: über unser Praxisportal (Registrierung mit
    Abrechnungsnummer) oder per Fax an 04131 7790-599.
  - Bitte nicht per normaler E-Mail, da HKP Gesundheitsdaten enthalten.

Eine Schweigepflichtentbindung ist für die reine Übermittlung des Plans durch
Ihre Praxis nicht nötig, wenn der Patient Sie damit beauftragt.

""" + S_SIEVERS + """

> Von: Empfang Zahnarztpraxis Dr. Kiesewetter
> Gesendet: Donnerstag, 19. März 2026 16:40
> Betreff: Übermittlung von Heil- und Kostenplänen
>
> Guten Tag, wir haben immer öfter Patienten, die bei Ihnen privat versichert
> sind. Wie können wir HKPs am besten direkt an Sie schicken? Per Mail?
> Mit freundlichen Grüßen, Anja Wischnewski, Praxismanagerin""")

M("NORMAL", "de", "prospect-to-insurer",
  "trap: prospect asks about insurance for a new puppy (breed, age) – animal data only, no contract, no owner data",
  frm="Larissa Thode <larissa.thode@web-post.example>", to=A_TIER,
  subj="Welpe – OP-Versicherung sinnvoll?", date="2026-04-24 19:22",
  cte="8bit",
  body="""Hallo,

wir bekommen nächste Woche einen Welpen (Australian Shepherd, dann 10 Wochen
alt). Die Züchterin hat uns zu einer OP-Versicherung geraten, wegen
Hüftdysplasie bei der Rasse. Ab welchem Alter kann man ihn versichern, gibt
es Wartezeiten und sind erbliche Sachen wie HD ausgeschlossen?

Danke!
Larissa Thode""")

M("NORMAL", "de", "prospect-to-insurer",
  "trap: a self-employed physiotherapist asks for contents insurance for her practice equipment – no patient, no contract, no personal data beyond business contact",
  frm="Physiotherapie Anke Lübbers <praxis@physio-luebbers.example>", to=A_SERVICE,
  subj="Inhaltsversicherung für Physiotherapiepraxis", date="2026-03-23 12:30",
  body="""Guten Tag,

ich eröffne zum 1. Juni eine Physiotherapiepraxis in Reppenstedt (95 m²,
drei Behandlungsräume). Einrichtung: Behandlungsliegen, ein
Elektrotherapiegerät, Ultraschallgerät, Trainingsgeräte, EDV – Neuwert ca.
48.000 EUR.

Können Sie mir ein Angebot für eine Inhaltsversicherung (Feuer, Einbruch,
Leitungswasser, Elektronik) und eine Betriebshaftpflicht machen?

Mit freundlichen Grüßen
Anke Lübbers
Physiotherapie Lübbers · Dachtmisser Straße 2 · 21391 Reppenstedt""")

M("NORMAL", "de", "supplier-to-insurer",
  "trap: cleaning contractor about the dental practice rented in the insurer's building (floor care, hygiene plan) – no patient",
  frm="Glanzwerk Gebäudeservice <objektleitung@glanzwerk-lg.example>", to=KESSLER,
  subj="Reinigung Zahnarztpraxis EG Am Sande 16 – Hygieneplan", date="2026-04-09 07:55",
  body="""Hallo Frau Keßler,

die Zahnarztpraxis im Erdgeschoss Ihres Objekts Am Sande 16 (Ihre Mieterin)
hat uns gebeten, die Reinigung der Behandlungsräume ab Mai nach ihrem neuen
Hygieneplan durchzuführen (Flächendesinfektion mit VAH-gelisteten Mitteln,
getrennte Tücher für Behandlungszimmer und Sterilisation).

Das ist mehr Aufwand als die bisherige Unterhaltsreinigung: ca. 4 Stunden
pro Woche zusätzlich, 31,50 EUR netto je Stunde. Da der Reinigungsvertrag
über Sie läuft, brauchen wir Ihre Freigabe.

Mit freundlichen Grüßen
Dariusz Kamiński
Objektleitung Glanzwerk Gebäudeservice GmbH""")

M("NORMAL", "de", "prospect-to-insurer",
  "trap: prospect asks what a private hospital supplement (chief physician, two-bed room) costs 'for someone in their mid-forties' – no birth date, no health data, no contract",
  frm="Andrea Voskuhl <andrea.voskuhl@outlook-mail.example>", to=A_KV,
  subj="Krankenhauszusatz – Chefarzt und Zweibettzimmer", date="2026-05-11 21:04",
  cte="quoted-printable",
  body="""Hallo,

was kostet bei Ihnen eine Krankenhauszusatzversicherung mit
Chefarztbehandlung und Zweibettzimmer, so grob für jemanden Mitte 40?
Gibt es Gesundheitsfragen und Wartezeiten?

Viele Grüße
Andrea Voskuhl""")

M("NORMAL", "de", "insurer-job-ad",
  "trap: job ad for a dental nurse in claims assessment forwarded to a recruiting portal – no person",
  frm=f"Elbwacht Karriere <karriere@{INS}>", to="Stellenportal Nord <anzeigen@jobs-nord.example>",
  subj="Anzeigenauftrag: Zahnmedizinische Fachangestellte (m/w/d) Leistungsprüfung", date="2026-02-16 11:20",
  body="""Guten Tag,

bitte veröffentlichen Sie ab 18.02. für 30 Tage folgende Anzeige (Paket
"Regional Plus", Rechnung an Bestellnummer 4500119003):

---
Zahnmedizinische Fachangestellte (m/w/d) für die Leistungsprüfung Zahn
Elbwacht Krankenversicherung a.G., Lüneburg, Vollzeit/Teilzeit

Sie prüfen Heil- und Kostenpläne und Zahnarztrechnungen nach GOZ/BEMA,
beraten unsere Versicherten am Telefon und arbeiten eng mit unserem
Beratungszahnarzt zusammen. Sie haben eine abgeschlossene Ausbildung als ZFA
oder ZMV und kennen sich mit der GOZ aus. Wir bieten 38 Stunden, mobiles
Arbeiten, Jobrad und eine betriebliche Krankenversicherung.
Bewerbung an karriere@elbwacht-versicherung.example, Kennziffer ZA-2026-04.
---

Mit freundlichen Grüßen
Personalmarketing Elbwacht""")

# ---------------------------------------------------------------------------
# NORMAL, part 2 (English, mostly traps)
# ---------------------------------------------------------------------------

M("NORMAL", "en", "prospect-to-insurer",
  "trap: prospective international student asks whether and at what price health insurance for students is offered – no personal data",
  frm="Chiamaka Eze <chiamaka.eze@gmail-post.example>", to=A_INTL,
  subj="Health insurance for international students?", date="2026-04-17 13:22",
  cte="7bit",
  body="""Hello,

I will start a Master's programme in Germany in October. Do you offer health
insurance for international students that the university and the visa
office accept? What does it cost per month, and does it include dental care
and mental health support?

Thank you,
Chiamaka""")

M("NORMAL", "en", "insurer-to-prospect",
  "trap: generic answer with student health tariffs, waiting periods and what is covered (dental, psychotherapy) – no personal data",
  frm=RAHMAN, to="Chiamaka Eze <chiamaka.eze@gmail-post.example>",
  subj="Re: Health insurance for international students?", date="2026-04-20 09:45",
  body="""Dear Chiamaka,

thank you for your interest. We offer two plans for international students:

  Student Basic (age under 30):  EUR 79 per month
    - doctor visits, hospital (shared room), prescribed medicines
    - emergency dental treatment and fillings
    - psychotherapy up to 20 sessions per year
  Student Plus (age under 35):  EUR 112 per month
    - everything in Basic, plus preventive check-ups, glasses up to EUR 150
      every two years, dental prophylaxis

Both plans are accepted by German universities for exemption from statutory
insurance if you are older than 30 or studying at a language school; for
most students under 30, statutory insurance is compulsory - please check
with your university first. Pre-existing conditions are covered after a
waiting period of 8 months.

The product sheet is attached. Let me know if you have any other questions.

""" + S_RAHMAN + "\n\n" + FOOT_EN,
  atts=[("Elbwacht_Student_Health_2026.pdf", pdf("Student health insurance", [
      "# Elbwacht Student Health - product sheet 2026",
      "Student Basic: EUR 79/month - outpatient, inpatient (shared room), medicines, emergency dental",
      "Student Plus: EUR 112/month - as Basic plus check-ups, glasses, dental prophylaxis",
      "Waiting periods: none for accidents; 8 months for pre-existing conditions, pregnancy",
      "Psychotherapy: up to 20 sessions per calendar year",
      "Not covered: treatment in the home country, cosmetic treatment",
      "This sheet is general information and not a contract.",
  ]))])

M("NORMAL", "en", "insurer-to-customers",
  "trap: expat newsletter explaining how to use private health insurance at the doctor (pay first, claim later) – no person",
  frm=A_INTL, to=f"Expat newsletter <expat-newsletter@{INS}>",
  subj="New in Germany? How private health insurance works at the doctor's", date="2026-02-04 08:00",
  headers={"Precedence": "bulk"},
  body="""Welcome to Germany!

A short guide for new expat customers and everyone who is curious:

1. Making an appointment: call the practice or use an online booking site.
   Say you are "privat versichert".
2. At the practice: you usually don't need a card. You receive an invoice
   by post a few weeks later (GOÄ, the official fee schedule).
3. Paying: pay the invoice by bank transfer within 30 days.
4. Claiming: take a photo of the invoice in the Elbwacht Belege app. For
   prescriptions, send the prescription and the pharmacy receipt together.
5. Hospital: show your Elbwacht card; we usually pay the hospital directly.

Emergencies: call 112. Non-emergency out-of-hours doctor: 116 117.

Your Elbwacht International Service team""",
  html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Welcome to Germany!</h2><p>A short guide for new expat customers and everyone who is curious:</p>
<ol><li><b>Making an appointment:</b> call the practice or use an online booking site. Say you are &quot;privat versichert&quot;.</li>
<li><b>At the practice:</b> you usually don't need a card. You receive an invoice by post a few weeks later (GOÄ, the official fee schedule).</li>
<li><b>Paying:</b> pay the invoice by bank transfer within 30 days.</li>
<li><b>Claiming:</b> take a photo of the invoice in the Elbwacht Belege app. For prescriptions, send the prescription and the pharmacy receipt together.</li>
<li><b>Hospital:</b> show your Elbwacht card; we usually pay the hospital directly.</li></ol>
<p>Emergencies: call <b>112</b>. Non-emergency out-of-hours doctor: <b>116 117</b>.</p>
<p>Your Elbwacht International Service team</p></body></html>""")

M("NORMAL", "en", "insurer-to-customers",
  "trap: information mail 'Pregnancy and your health insurance' (check-ups, midwife, adding the newborn) – generic, no person",
  frm=A_INTL, to=f"Expat newsletter <expat-newsletter@{INS}>",
  subj="Expecting a baby? What your health insurance covers", date="2026-03-04 08:00",
  headers={"Precedence": "bulk"},
  body="""Expecting a baby? What your Elbwacht health insurance covers

  * Prenatal check-ups and ultrasound scans by your gynaecologist
  * Midwife care before and after birth, antenatal classes
  * Delivery in hospital or birth centre, including a private room if your
    plan includes it
  * Register your newborn within two months of birth: the baby is then
    insured from birth without health questions or waiting periods.

Most plans have an 8-month waiting period for pregnancy and delivery unless
you transferred from another insurer without a gap. Check your policy
schedule or ask us before you book extra tests.

Your Elbwacht International Service team""")

M("NORMAL", "en", "prospect-to-insurer",
  "trap: prospect asks whether accident insurance covers skiing injuries and broken bones – no person's health, no contract",
  frm="Marcus Lindgren <marcus.lindgren@outlook-mail.example>", to=A_UNFALL,
  subj="Does your accident insurance cover skiing?", date="2026-01-11 18:40",
  cte="7bit",
  body="""Hi,

quick question before I sign up: does your personal accident insurance cover
skiing and snowboarding accidents, including off-piste? And is a simple
broken bone already paid out, or only permanent disability?

Thanks,
Marcus""")

M("NORMAL", "en", "internal",
  "trap: HR announcement of Mental Health Awareness Week with counselling resources – no individual",
  frm=f"People & Culture <people@{INS}>", to=f"All staff <alle@{INS}>",
  subj="Mental Health Awareness Week 11-15 May - free resources", date="2026-05-08 12:00",
  body="""Dear colleagues,

next week is Mental Health Awareness Week. Here is what's on:

  Mon  Lunch talk "Stress, sleep and screens" (canteen, 12:30)
  Tue  Guided breathing session, online, 8:30
  Wed  Workshop for team leads: recognising burnout early
  Thu  Walk & talk around the Kalkberg, meet at reception 12:15
  Fri  Q&A with our Employee Assistance Programme

Our EAP offers up to 5 free, confidential counselling sessions per year,
anonymous and outside the company: 0800 7790 300 (24/7). We do not receive
any names.

Take care of yourselves,
People & Culture""")

M("NORMAL", "en", "insurer-to-customers",
  "trap: generic info mail in English on how to submit doctors' invoices and prescriptions – no person",
  frm=A_INTL, to=f"Expat newsletter <expat-newsletter@{INS}>",
  subj="How to submit your medical invoices - quick guide", date="2026-01-22 08:00",
  headers={"Precedence": "bulk"},
  cte="quoted-printable",
  body="""How to submit your medical invoices

App: open "Elbwacht Belege", tap "New claim", photograph each page, choose
the insured person, send. Keep the originals for 6 months.

Portal: upload PDF or JPG files (max. 20 MB each) under "My claims".

Post: Elbwacht Krankenversicherung, Belegeingang, 21332 Lüneburg, Germany.

What we need:
  - doctors' and dentists' invoices (GOÄ/GOZ), hospital invoices
  - prescriptions together with the pharmacy receipt
  - for physiotherapy: the doctor's prescription plus the invoice
  - for dental treatment plans: the plan before treatment starts

Please don't send medical documents by ordinary e-mail - use the app or the
portal, which are encrypted.

Elbwacht International Service""")

M("NORMAL", "en", "insurer-to-customers",
  "trap: anonymous survey for expat customers about claims, doctors and language barriers – no personal data",
  frm=f"Elbwacht Customer Survey <umfrage@{INS}>", to=f"Expat newsletter <expat-newsletter@{INS}>",
  subj="Help us improve: 7-minute survey for international customers", date="2026-05-19 09:00",
  headers={"Precedence": "bulk"},
  body="""Dear international customers,

How easy is it for you to find an English-speaking doctor? How clear are our
claim statements? Would you use a video consultation service?

Please take our anonymous 7-minute survey:
https://umfrage.elbwacht-versicherung.example/international-2026

We do not collect names, policy numbers or health information.

Thank you!
Elbwacht International Service""")

M("NORMAL", "en", "insurer-to-customers",
  "trap: planned portal maintenance notice mentioning claims upload and health documents – no person",
  frm=f"Elbwacht Status <status@{INS}>", to=f"Status subscribers <status-abo@{INS}>",
  subj="Planned maintenance: customer portal unavailable Sat 21 March, 22:00-02:00", date="2026-03-18 16:00",
  cte="7bit",
  body="""Planned maintenance

On Saturday, 21 March 2026, from 22:00 to 02:00 CET the Elbwacht customer
portal and the Elbwacht Belege app will be unavailable. You will not be able
to upload medical invoices, view claim statements or read messages in your
secure mailbox during this time.

Medical emergency abroad? Our 24/7 hotline +49 4131 7790-911 is not affected.

We apologise for any inconvenience.
Elbwacht IT Service""")

M("NORMAL", "en", "insurer-to-customers",
  "trap: Christmas opening hours of the international service including health claims and the emergency line – no person",
  frm=A_INTL, to=f"Expat newsletter <expat-newsletter@{INS}>",
  subj="Holiday opening hours - International Service", date="2026-12-14 09:00",
  headers={"Precedence": "bulk"},
  body="""Dear customers,

our opening hours over the holidays:

  24 December      closed
  25-26 December   closed (public holidays)
  27-30 December   9:00-15:00
  31 December      9:00-12:00
  1 January        closed

Health claims submitted via the app will be processed from 27 December. For
medical emergencies abroad, our assistance line +49 4131 7790-911 is open
24/7.

Happy holidays!
Elbwacht International Service""")

M("NORMAL", "en", "insurer-to-companies",
  "trap: webinar invitation for HR departments on health insurance for expat employees with ICS – no person",
  frm=BERTHOLD, to=f"HR webinar list <hr-webinar@{INS}>",
  subj="Webinar: Health insurance for international hires - 10 June", date="2026-05-27 10:00",
  body="""Dear HR colleagues,

hiring talent from abroad? Join our free 45-minute webinar:

  "Health insurance for international hires - statutory or private?"
  Wednesday, 10 June 2026, 11:00-11:45 CEST

Topics: compulsory insurance rules, Blue Card holders, family members,
pre-existing conditions and waiting periods, pregnancy cover, what HR may
and may not ask about an employee's health.

The calendar invitation with the link is attached.

""" + S_BERTHOLD,
  atts=[("Webinar_International_Hires.ics", ics("webinar-hr-2026-06@elbwacht-versicherung.example",
      "20260610T110000", "20260610T114500", "Webinar: Health insurance for international hires",
      "https://webinar.elbwacht-versicherung.example/hr", "Speaker: Niklas Berthold", f"international@{INS}"))])

M("NORMAL", "en", "insurer-to-customers",
  "trap: hay fever season health tips (antihistamines, pollen calendar) – no person",
  frm=A_INTL, to=f"Expat newsletter <expat-newsletter@{INS}>",
  subj="Hay fever season is here - 6 tips", date="2026-04-02 08:00",
  headers={"Precedence": "bulk"},
  body="""Sneezing, itchy eyes? Birch pollen season starts in April in northern
Germany. Our tips:

1. Check the daily pollen forecast (Deutscher Wetterdienst).
2. Air rooms early in the morning in the city, in the evening in the
   countryside.
3. Wash your hair before bed.
4. Antihistamine tablets and nasal sprays are available at pharmacies;
   ask your doctor if they don't help.
5. Long-term relief: allergen immunotherapy ("Hyposensibilisierung") is
   covered by most of our health plans.
6. Keep windows closed when driving, and change the car's pollen filter.

Stay well!
Elbwacht International Service""")

M("NORMAL", "en", "prospect-to-insurer",
  "trap: Spanish prospect asks generally about dental cover for root canals and crowns – no own findings, no contract",
  frm="Lucía Moreno Gil <lucia.morenogil@gmail-post.example>", to=A_KV,
  subj="Question about dental insurance", date="2026-02-28 11:04",
  cte="quoted-printable",
  body="""Hello,

I'm thinking about adding dental insurance. Does your dental plan cover root canal treatment and ceramic crowns, and is
there a maximum in the first years? Can I apply in English?

Many thanks,
Lucía Moreno Gil""")

M("NORMAL", "en", "company-to-insurer",
  "trap: architects' coordination on the insurer-owned medical centre building (X-ray room shielding, fire doors) – no patient, no natural person insured",
  frm="Hollis & Brandt Architects <projects@hollis-brandt.example>",
  to=f"Elbwacht Immobilien <immobilien@{INS}>",
  subj="MVZ Harburg building - X-ray room shielding and fire doors", date="2026-03-31 14:15",
  body="""Dear Mr Tiedtke,

following the site meeting at the new medical centre building on
Schloßmühlendamm (owned by the Elbwacht real-estate fund), a short update:

- Radiology suite, level 1: lead shielding (2 mm) in walls of rooms 1.04 and
  1.05 is installed; the radiation protection expert will inspect on 14 April.
- Dental practice, level 2: compressed-air and suction lines are in;
  handover to the tenant's fit-out contractor on 20 April.
- Fire doors T30 on all stair landings: 3 doors delivered with the wrong
  swing, replacement expected in week 17.

The updated schedule is on the project platform. No impact on the tenants'
opening date of 1 July.

Best regards
Eleanor Hollis
Hollis & Brandt Architects, Hamburg""")

M("NORMAL", "en", "insurer-to-customer",
  "portal notification without content ('you have a new secure message') – no sensitive data",
  frm=f"Elbwacht Secure Mail <securemail@{INS}>", to="m.okafor-brenner@gmail-post.example",
  subj="You have a new message in your Elbwacht mailbox", date="2026-02-24 14:31",
  cte="7bit",
  body="""Hello,

you have received a new message in your secure Elbwacht mailbox.

To read it, please log in at https://securemail.elbwacht-versicherung.example
with your e-mail address and password. The message will be kept for 90 days.

This notification does not contain the message itself. Please do not reply
to this e-mail.

Elbwacht Secure Mail""")

M("NORMAL", "en", "insurer-to-customer",
  "one-time password mail of the secure-mail portal – credential only, no personal data",
  frm=f"Elbwacht Secure Mail <securemail@{INS}>", to="h.nakamura@docomo-post.example",
  subj="Your one-time password for Elbwacht Secure Mail", date="2026-03-09 10:02",
  cte="7bit",
  body="""Hello,

a secure message has been deposited for you. Your one-time password is:

    X7vq-29Lm-Tt4e

You will receive the registration link in a separate e-mail. The one-time
password is valid for 14 days. After your first login you will set your own
password and a security question.

Elbwacht Secure Mail""")

M("NORMAL", "en", "insurer-to-customer",
  "confirmation of newsletter unsubscription – no personal data",
  frm=A_NEWS, to="p.andersson@telia-post.example",
  subj="You have been unsubscribed", date="2026-04-03 22:14",
  cte="7bit",
  body="""You have been removed from the Elbwacht expat newsletter and will not
receive further issues.

Changed your mind? Subscribe again at
https://www.elbwacht-versicherung.example/en/newsletter

Elbwacht Versicherung AG""")

M("NORMAL", "en", "insurer-to-partner",
  "organisational mail to a reinsurer about a meeting agenda (catering, room, attendees) – no personal data",
  frm=f"Dr. Arne Kuhlenkamp <arne.kuhlenkamp@{INS}>", to="Sarah Whitcombe <s.whitcombe@northsea-re.example>",
  subj="Treaty renewal meeting 12 May - logistics", date="2026-04-27 11:10",
  body="""Dear Sarah,

looking forward to seeing you and Pieter in Lüneburg on 12 May. Logistics:

- Venue: Elbwacht head office, Am Sande 14, meeting room "Ilmenau" (5th floor)
- 10:00 start, lunch at 12:30 in the casino, finish around 16:00
- Agenda: 2026 results life and health quota share, 2027 terms, cyber
  accumulation, AOB
- Parking: visitor spaces in the courtyard, just tell the gate your name

The nearest hotel is the Bergström (5 minutes' walk) if you want to stay
the night before.

Best regards,
Arne Kuhlenkamp""")

M("NORMAL", "en", "insurer-auto-reply",
  "automatic certificate answer to a '[ZERTIFIKAT]' request – technical, no personal data",
  frm=f"Elbwacht Certificate Service <zertifikat@{INS}>", to="it-security@tradehouse-nordic.example",
  subj="[ZERTIFIKAT] Certificate for service@elbwacht-versicherung.example", date="2026-03-12 13:47",
  headers={"Auto-Submitted": "auto-replied"},
  cte="7bit",
  body="""Hello,

you requested the S/MIME certificate of service@elbwacht-versicherung.example.
This message is signed with that certificate; your mail program can store
it from the signature. Fingerprint (SHA-256):

  4E:1A:77:C3:09:5B:D2:8F:61:0E:AA:93:2C:7D:11:E8:
  B4:5F:C0:36:92:17:7A:DE:08:FF:54:2B:C1:9E:63:70

Valid until 31 January 2028. You can also download it from
https://zertifikate.elbwacht-versicherung.example

Elbwacht Certificate Service (automatic reply)""")

M("NORMAL", "en", "prospect-to-insurer",
  "visitor asks for the office address and opening hours to drop by in person – no personal data",
  frm="Kenji Watanabe <kenji.watanabe@gmail-post.example>", to=A_SERVICE,
  subj="visiting your office?", date="2026-01-30 15:49",
  cte="7bit",
  body="""Hello, is it possible to come to your office in Lüneburg without an appointment to ask some questions about insurance for newcomers? Which address and what times? Thanks, Kenji""")

M("NORMAL", "en", "supplier-to-insurer",
  "translation agency quote for translating general terms and conditions into English – no personal data",
  frm="Lingua Borealis Translations <quotes@lingua-borealis.example>", to=STROBEL,
  subj="Quote 2026-118: translation of general terms (motor, household)", date="2026-02-10 10:31",
  body="""Dear Ms Strobel,

thank you for your enquiry. For the translation of your general terms and
conditions (AKB 2026, VHB 2026, together approx. 41,000 words) from German
into English we quote:

  Translation and revision (4-eyes principle)   EUR 0.16 per word
  Terminology list, 300 terms                   EUR 480 flat
  Delivery                                       5 weeks after order

Total estimate: EUR 7,040 plus VAT. Offer valid until 31 March 2026.

Kind regards,
Magnus Eklund
Project Manager, Lingua Borealis Translations GmbH, Bremen""")

M("NORMAL", "en", "vendor-to-insurer",
  "IT vendor announces maintenance of the hosted mail gateway – technical, no personal data",
  frm="Nordlicht Hosting NOC <noc@nordlicht-hosting.example>", to=BERGMANN,
  subj="[Maintenance] MX cluster HH2 - firmware update 17 Feb 02:00-04:00 CET", date="2026-02-12 17:20",
  cte="7bit",
  body="""Dear customer,

we will update the firmware of the load balancers in front of the MX cluster
HH2 on 17 February 2026 between 02:00 and 04:00 CET.

Expected impact: single TCP resets; inbound mail will be retried by sending
servers, no mail loss expected. TLS certificates and DANE records are not
affected.

Reference: CHG-2026-0217-04. Questions: noc@nordlicht-hosting.example

Nordlicht Hosting Network Operations Center""")

M("NORMAL", "en", "internal",
  "farewell lunch invitation for the international team – no personal data beyond colleagues' names",
  frm=RAHMAN, to=f"International Service team <team-international@{INS}>",
  subj="Farewell lunch for Pedro - Friday 29 May", date="2026-05-22 15:03",
  cte="7bit",
  body="""Hi all,

as you know, Pedro is moving to our Hamburg office in June. Let's give him a
proper send-off: lunch on Friday, 29 May, 12:30 at the Mälzer brewery
restaurant. I have booked a table for 12 - please tell me by Wednesday if
you're coming, and drop a few euros into the envelope on my desk for a
present.

Aisha""")

# ---------------------------------------------------------------------------
# NORMAL, part 3 (no trap: organisational, portal, suppliers)
# ---------------------------------------------------------------------------

M("NORMAL", "en", "insurer-to-customer",
  "registration link of the secure-mail portal – no personal data",
  frm=f"Elbwacht Secure Mail <securemail@{INS}>", to="h.nakamura@docomo-post.example",
  subj="Complete your registration - Elbwacht Secure Mail", date="2026-03-09 10:02",
  cte="7bit",
  body="""Hello,

please complete your registration for Elbwacht Secure Mail:

https://securemail.elbwacht-versicherung.example/register?t=9b1f0c6e4a2d

Log in with your e-mail address and the one-time password from our other
e-mail, then choose your name, a new password and a security question.
The link is valid for 14 days.

Elbwacht Secure Mail""")

M("NORMAL", "de", "insurer-to-customer",
  "portal notification without content – no sensitive data",
  frm=f"Elbwacht SecureMail <securemail@{INS}>", to="k.luedtke-ramos@web-post.example",
  subj="Neue Nachricht in Ihrem Elbwacht-Postfach", date="2026-01-21 11:47",
  cte="quoted-printable",
  body="""Guten Tag,

in Ihrem persönlichen Elbwacht-Postfach liegt eine neue Nachricht für Sie.

Bitte melden Sie sich unter https://securemail.elbwacht-versicherung.example
mit Ihrer E-Mail-Adresse und Ihrem Passwort an, um sie zu lesen. Nachrichten
werden nach 90 Tagen automatisch gelöscht; Sie können sie vorher
herunterladen.

Diese Benachrichtigung enthält keine Inhalte. Bitte antworten Sie nicht auf
diese E-Mail.

Ihre Elbwacht Versicherung""")

M("NORMAL", "de", "insurer-to-customer",
  "one-time password of the portal – credential only, no personal data",
  frm=f"Elbwacht SecureMail <securemail@{INS}>", to="gerlinde.appel@t-online-post.example",
  subj="Ihr Einmal-Passwort für das Elbwacht-Postfach", date="2026-02-17 09:30",
  cte="quoted-printable",
  body="""Guten Tag,

für Sie wurde eine Nachricht im Elbwacht-Postfach hinterlegt. Ihr
Einmal-Passwort lautet:

    Lq3r-88Pn-Wz2c

Den Link zur Registrierung erhalten Sie in einer zweiten E-Mail. Nach der
ersten Anmeldung vergeben Sie ein eigenes Passwort und eine Sicherheitsfrage.

Ihre Elbwacht Versicherung""")

M("NORMAL", "de", "insurer-to-customer",
  "password-reset link of the portal after the security question – no personal data",
  frm=f"Elbwacht SecureMail <securemail@{INS}>", to="jan.heitmann@gmx-post.example",
  subj="Passwort zurücksetzen", date="2026-04-11 21:55",
  cte="7bit",
  body="""Guten Tag,

Sie haben die Sicherheitsfrage richtig beantwortet. Über den folgenden Link
können Sie innerhalb von 30 Minuten ein neues Passwort vergeben:

https://securemail.elbwacht-versicherung.example/reset?t=c41d88a0e7

Wenn Sie das nicht waren, ignorieren Sie diese Nachricht und melden Sie sich
bei uns.

Ihre Elbwacht Versicherung""")

M("NORMAL", "de", "insurer-auto-reply",
  "automatic answer to a certificate request – technical, no personal data",
  frm=f"Elbwacht Zertifikatsdienst <zertifikat@{INS}>", to="edv@kanzlei-ohlsen-fock.example",
  subj="[ZERTIFIKAT] Zertifikat für leistung-kv@elbwacht-versicherung.example", date="2026-01-27 10:12",
  headers={"Auto-Submitted": "auto-replied"},
  body="""Guten Tag,

anbei (als Signatur dieser Nachricht) das S/MIME-Zertifikat der Adresse
leistung-kv@elbwacht-versicherung.example. Ihr E-Mail-Programm kann es aus
der Signatur übernehmen.

Gültig bis: 31.01.2028
Aussteller: Elbwacht Issuing CA 2025

Automatische Antwort des Elbwacht Zertifikatsdienstes.""")

M("NORMAL", "de", "insurer-to-customers",
  "raffle newsletter (bicycle helmets, cargo bike) – no personal data",
  frm=A_NEWS, to=f"Newsletter-Empfänger <newsletter-liste@{INS}>",
  subj="Frühlings-Gewinnspiel: Lastenrad gewinnen!", date="2026-03-20 07:00",
  headers={"Precedence": "bulk"},
  body="""Der Frühling ist da – und wir verlosen ein E-Lastenrad im Wert von
4.500 Euro sowie 50 Fahrradhelme!

Mitmachen ist einfach: Beantworten Sie bis zum 30. April die Frage
"Wie viele Fahrräder sind in Deutschland laut ADFC ungefähr unterwegs?" auf
https://www.elbwacht-versicherung.example/gewinnspiel.

Teilnahmebedingungen auf der Website. Mitarbeitende der Elbwacht sind
ausgeschlossen.

Viel Glück!
Ihr Elbwacht-Team""")

M("NORMAL", "de", "internal",
  "team event (Boßeln) invitation – no personal data",
  frm=PETERSEN, to=f"Schadenservice Sach <team-sach@{INS}>",
  subj="Boßeln am 6. Februar – wer ist dabei?", date="2026-01-16 14:40",
  cte="8bit",
  body="""Moin Team,

wie jedes Jahr: Boßeln mit Grünkohl danach! Freitag, 6. Februar, Start 15 Uhr
am Parkplatz Reiherstieg in Wendisch Evern, danach Essen im Gasthaus Hasenburg.

Eintragen bitte bis 30.01. in die Liste im Teamordner. Warme Schuhe mitbringen,
Getränke stellt die Abteilung.

Hauke""")

M("NORMAL", "de", "internal",
  "canteen menu of the week – no personal data",
  frm=f"Betriebsrestaurant <kantine@{INS}>", to=f"Alle Mitarbeitenden Am Sande <alle-amsande@{INS}>",
  subj="Speiseplan KW 10", date="2026-02-27 13:00",
  charset="iso-8859-1", cte="quoted-printable",
  body="""Speiseplan KW 10 (02.03. - 06.03.2026)

Mo  Linsensuppe mit Würstchen | vegan: Linsen-Dal
Di  Hähnchenbrust, Kräuterreis, Möhren | Gemüselasagne
Mi  Labskaus mit Spiegelei und Roter Bete | Kartoffelpuffer mit Apfelmus
Do  Seelachs in Senfsoße, Salzkartoffeln | Falafel-Bowl
Fr  Spaghetti Bolognese | Spaghetti mit Tomaten-Oliven-Soße

Guten Appetit wünscht Ihr Küchenteam""")

M("NORMAL", "de", "insurer-to-supplier",
  "toner and paper order to an office supplier – company data only",
  frm=f"Einkauf <einkauf@{INS}>", to="Bürowelt Lüneburg <bestellung@buerowelt-lg.example>",
  subj="Bestellung 4500119210 – Toner und Papier", date="2026-03-06 08:40",
  cte="7bit",
  body="""Guten Morgen,

bitte liefern Sie zu Bestellnummer 4500119210:

  20 x Toner HP 89X schwarz (CF289X)
  10 x Toner HP 212X cyan/magenta/gelb je Satz
  40 Kartons Kopierpapier A4 80 g, FSC

Lieferung an: Elbwacht Versicherung AG, Warenannahme, Am Sande 14,
21335 Lüneburg, Mo–Fr 7–15 Uhr. Rechnung bitte per E-Mail an
rechnungseingang@elbwacht-versicherung.example.

Mit freundlichen Grüßen
Einkauf Elbwacht""")

M("NORMAL", "de", "internal",
  "meeting room booking confirmation – no personal data",
  frm=f"Raumbuchung <raumbuchung@{INS}>", to=AYDIN,
  subj="Buchungsbestätigung: Raum Ilmenau, 18.03.2026 10:00–12:00", date="2026-03-11 09:14",
  cte="7bit",
  body="""Ihre Buchung wurde bestätigt.

Raum: Ilmenau (5. OG), 12 Plätze, Beamer, Videokonferenz
Datum: Mittwoch, 18.03.2026, 10:00–12:00 Uhr
Titel: Team Vertrag – Quartalsrunde
Catering: Kaffee, Wasser, Kekse für 9 Personen

Stornierung bis 24 Stunden vorher kostenlos im Buchungstool.""")

M("NORMAL", "de", "insurer-to-broker",
  "invitation to the brokers' day with programme – no personal data",
  frm=f"Elbwacht Vertriebspartnerservice <makler@{INS}>", to=f"Makler-Verteiler Nord <makler-nord@{INS}>",
  subj="Einladung: Elbwacht Maklertag 2026 am 17. September", date="2026-06-03 10:00",
  headers={"Precedence": "bulk"},
  body="""Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

wir laden Sie herzlich zum Elbwacht Maklertag 2026 ein:

  Donnerstag, 17. September 2026, 9:30–17:00 Uhr
  Kulturforum Lüneburg, Wandrahmstraße 12

Programm: Produktneuheiten Kfz und Hausrat 2027, digitale Maklerpost und
MVP-Schnittstelle, Fachvortrag "Haftungsfallen in der Beratung",
Abendessen mit Blick auf den Hafen.

Anmeldung bis 31. Juli im Partnerportal. Für die Teilnahme erhalten Sie
5 Stunden Weiterbildungszeit (IDD).

Ihr Vertriebspartnerservice""")

M("NORMAL", "de", "internal",
  "announcement of an organisational change in customer service – no personal data beyond managers' names",
  frm=f"Bastian Lohmeyer <bastian.lohmeyer@{INS}>", to=f"Alle Mitarbeitenden <alle@{INS}>",
  subj="Neue Struktur im Kundenservice ab 1. Juli", date="2026-05-15 16:30",
  body="""Liebe Kolleginnen und Kollegen,

ab dem 1. Juli bündeln wir die Teams "Vertrag" und "Kundenservice
Privatkunden" in einem gemeinsamen Bereich "Kundenservice & Vertrag". Leiterin
wird Frau Martina Eckhoff, die bisher das Team Vertrag geführt hat. Die
Außenstelle Regensburg bleibt bestehen und wird Teil des neuen Bereichs.

Für unsere Kundinnen und Kunden ändert sich nichts: Telefonnummern und
Postfächer bleiben gleich. Die Details stellen wir in der Betriebsversammlung
am 3. Juni vor.

Herzliche Grüße
Bastian Lohmeyer
Vorstand Kunde & Betrieb""")

M("NORMAL", "de", "insurer-to-customers",
  "release notes of the customer app (dark mode, new login) – no personal data",
  frm=A_NEWS, to=f"App-Nutzer-Verteiler <app-news@{INS}>",
  subj="Neu in der Elbwacht-App: Dunkelmodus und schnellerer Login", date="2026-04-15 08:00",
  headers={"Precedence": "bulk"},
  body="""Das ist neu in Version 5.2 der Elbwacht-App:

  * Dunkelmodus (folgt der Einstellung Ihres Handys)
  * Login mit Passkey statt Passwort
  * Vertragsübersicht lädt doppelt so schnell
  * Schadenmeldung Kfz jetzt mit Unfallskizze

Die neue Version steht ab heute im App Store und bei Google Play bereit.

Ihr Elbwacht Digital-Team""")

M("NORMAL", "de", "prospect-to-insurer",
  "prospect asks generally what motor insurance costs for a new driver – no personal data",
  frm="Jonte Albers <jonte.albers07@gmx-post.example>", to=A_KFZ,
  subj="Kfz Versicherung Fahranfänger", date="2026-05-02 16:12",
  cte="8bit",
  body="""hey, ich mach grad meinen führerschein und krieg bald den alten polo von meiner tante. was kostet bei euch ungefähr ne haftpflicht für fahranfänger und lohnt sich begleitetes fahren ab 17 noch? danke""")

M("NORMAL", "de", "internal",
  "notice that the staff car park is closed for renovation – no personal data",
  frm=KESSLER, to=f"Alle Mitarbeitenden Am Sande <alle-amsande@{INS}>",
  subj="Tiefgarage vom 13. bis 17. April gesperrt", date="2026-04-06 12:05",
  body="""Liebe Kolleginnen und Kollegen,

wegen der Sanierung der Bodenbeschichtung ist die Tiefgarage Am Sande vom
13. bis 17. April vollständig gesperrt. Als Ersatz stehen 60 Plätze im
Parkhaus Am Graalwall zur Verfügung; die Parkkarten liegen ab 9. April am
Empfang. Fahrräder bitte in dieser Zeit im Innenhof abstellen.

""" + S_KESSLER)

M("NORMAL", "de", "internal",
  "summer party invitation – no personal data",
  frm=f"Personalabteilung <personal@{INS}>", to=f"Alle Mitarbeitenden <alle@{INS}>",
  subj="Sommerfest am 26. Juni – Save the Date", date="2026-05-20 10:00",
  body="""Liebe Kolleginnen und Kollegen,

merkt euch schon mal den 26. Juni vor: Unser Sommerfest findet dieses Jahr
im Kurpark Lüneburg statt, ab 16 Uhr mit Grill, Livemusik von den
"Salzsiedern" und Kinderprogramm. Partnerinnen, Partner und Kinder sind
herzlich willkommen.

Anmeldung ab 1. Juni im Intranet.

Eure Personalabteilung""")

M("NORMAL", "de", "app-user-to-insurer",
  "complaint about the app's login screen from an unnamed user without any contract or personal data",
  frm="Anonym Nutzer <appfeedback-1184@mailinator-post.example>", to=f"Elbwacht App-Feedback <app-feedback@{INS}>",
  subj="App Feedback", date="2026-04-19 23:41",
  cte="8bit",
  body="""Die neue Login-Seite ist auf dem Tablet im Querformat abgeschnitten, der Button "Anmelden" ist nicht zu sehen. iPad 9. Generation, iPadOS 17.4, App-Version 5.2.""")


# ===========================================================================
# build, write, check
# ===========================================================================

def build_all():
    order = list(range(len(MAILS)))
    random.Random(SEED).shuffle(order)
    out = []
    for fileno, mi in enumerate(order, 1):
        spec = MAILS[mi]
        out.append((f"{PREFIX}-{fileno:04d}.eml", render(spec, mi), spec))
    return out


def labels_text(built):
    rows = ["file\tlabel\tlang\tkind\treason"]
    for name, _data, s in built:
        rows.append("\t".join([name, s["label"], s["lang"], s["kind"], s["reason"]]))
    return "\n".join(rows) + "\n"


def write():
    built = build_all()
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    for name, data, _s in built:
        with open(os.path.join(MAILDIR, name), "wb") as fh:
            fh.write(data)
    with open(LABELS, "w", encoding="utf-8", newline="") as fh:
        fh.write(labels_text(built))
    print(f"wrote {len(built)} mails to {MAILDIR} and {LABELS}")


def _check_blob(name, data, ctx, stats, charset=None):
    from collections import Counter  # noqa: F401
    ext = name.rsplit(".", 1)[-1].lower()
    stats[ext] = stats.get(ext, 0) + 1
    if ext == "pdf":
        from pypdf import PdfReader
        r = PdfReader(io.BytesIO(data))
        text = "".join((p.extract_text() or "") for p in r.pages)
        assert text.strip(), f"{ctx}: empty PDF text in {name}"
    elif ext == "docx":
        import docx as _docx
        d = _docx.Document(io.BytesIO(data))
        assert any(p.text.strip() for p in d.paragraphs), f"{ctx}: empty DOCX {name}"
    elif ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        assert any(ws.max_row > 0 for ws in wb.worksheets), f"{ctx}: empty XLSX {name}"
    elif ext in ("ods", "odt"):
        from odf.opendocument import load
        from odf import teletype
        from odf.text import P
        doc = load(io.BytesIO(data))
        txt = "".join(teletype.extractText(p) for p in doc.getElementsByType(P))
        assert txt.strip(), f"{ctx}: empty {ext.upper()} {name}"
    elif ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, f"{ctx}: broken ZIP {name}"
        for n in z.namelist():
            _check_blob(n, z.read(n), f"{ctx}/{name}", stats)
    elif ext == "ics":
        t = data.decode(charset or "utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in t, f"{ctx}: bad ICS {name}"
    elif ext in ("csv", "txt"):
        data.decode(charset or "utf-8")
    else:
        raise AssertionError(f"{ctx}: unknown attachment type {name}")


def check():
    from collections import Counter
    built = build_all()
    errors = []
    assert len(built) == 200, len(built)
    # files on disk identical to a fresh build
    on_disk = sorted(f for f in os.listdir(MAILDIR) if f.endswith(".eml"))
    expected = [n for n, _d, _s in built]
    assert on_disk == sorted(expected), "mails/ does not match the generator (run without --check)"
    for name, data, _s in built:
        with open(os.path.join(MAILDIR, name), "rb") as fh:
            if fh.read() != data:
                errors.append(f"{name}: differs from a fresh build")
    with open(LABELS, encoding="utf-8", newline="") as fh:
        if fh.read() != labels_text(built):
            errors.append("labels.tsv differs from a fresh build")
    # determinism: a second in-memory build is byte-identical
    again = build_all()
    for (n1, d1, _a), (n2, d2, _b) in zip(built, again):
        if n1 != n2 or d1 != d2:
            errors.append(f"{n1}: not deterministic")

    mids = set()
    labels, langs, kinds, lab_lang = Counter(), Counter(), Counter(), Counter()
    top, charsets, ctes, att = Counter(), Counter(), Counter(), {}
    traps = 0
    for name, data, s in built:
        ctx = name
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errors.append(f"{ctx}: bare LF/CR")
        msg = BytesParser(policy=policy.default).parsebytes(data)
        mid = msg["Message-ID"]
        if not mid or mid in mids:
            errors.append(f"{ctx}: missing or duplicate Message-ID")
        mids.add(mid)
        if not str(msg["Date"]).split()[3] == "2026":
            errors.append(f"{ctx}: date not in 2026")
        top[msg.get_content_type()] += 1
        for part in msg.walk():
            if part.defects:
                errors.append(f"{ctx}: MIME defects {part.defects}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errors.append(f"{ctx}: header defect in {k}: {v.defects}")
            if part.is_multipart() or part.get_content_maintype() == "message":
                continue
            cte = part.get("Content-Transfer-Encoding", "7bit").lower()
            fn = part.get_filename()
            payload = part.get_payload(decode=True)
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    payload.decode(cs)
                except (UnicodeDecodeError, LookupError) as e:
                    errors.append(f"{ctx}: text part does not decode as {cs}: {e}")
                if not fn:
                    charsets[cs] += 1
                    ctes[cte] += 1
            if fn:
                try:
                    _check_blob(fn, payload, ctx, att, part.get_content_charset())
                except Exception as e:  # noqa: BLE001
                    errors.append(f"{ctx}: attachment {fn}: {e!r}")
        if s.get("fwd"):
            att["eml (message/rfc822)"] = att.get("eml (message/rfc822)", 0) + 1
        labels[s["label"]] += 1
        langs[s["lang"]] += 1
        kinds[(s["kind"], s["label"])] += 1
        lab_lang[(s["label"], s["lang"])] += 1
        if s["reason"].startswith("trap:"):
            traps += 1
            if s["label"] != "NORMAL":
                errors.append(f"{ctx}: trap on a non-NORMAL row")
    if labels != Counter({"NORMAL": 80, "CONFIDENTIAL": 60, "STRICTLY_CONFIDENTIAL": 60}):
        errors.append(f"label split wrong: {dict(labels)}")
    if traps < 40:
        errors.append(f"only {traps} traps")

    print("labels:", dict(labels), "traps:", traps)
    print("languages:", dict(langs))
    for lab in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
        print(f"  {lab:22s} de {lab_lang[(lab, 'de')]:3d}  en {lab_lang[(lab, 'en')]:3d}")
    print("kinds:")
    for k in sorted({k for k, _l in kinds}):
        row = [kinds[(k, lab)] for lab in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")]
        print(f"  {k:28s} {sum(row):3d}  N {row[0]:3d}  C {row[1]:3d}  S {row[2]:3d}")
    print("top-level content types:", dict(top))
    print("charsets of body parts:", dict(charsets))
    print("transfer encodings of body parts:", dict(ctes))
    print("attachment types (incl. ZIP members):", dict(sorted(att.items())))
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("check OK")


if __name__ == "__main__":
    assert len(MAILS) == 200, len(MAILS)
    if "--check" in sys.argv[1:]:
        check()
    else:
        write()
