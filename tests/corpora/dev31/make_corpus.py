#!/usr/bin/env python3
"""Generator of Siegel development corpus 31 (tests/corpora/dev31).

200 fictitious e-mails of the fictitious insurer "Elbmark Versicherungsgruppe"
(domain elbmark.example), mostly internal mail between its own staff and mail
that staff send out in a hurry. Every mail is written out below (section MAILS);
the code above it only wraps text into MIME and builds the attachment files.

    python make_corpus.py           # writes mails/ and labels.tsv
    python make_corpus.py --check   # rebuilds in memory, compares, validates, prints stats

Needs: openpyxl, python-docx, odfpy, fpdf2, pypdf.
"""
import csv
import datetime as dt
import hashlib
import io
import random
import sys
import zipfile
from collections import Counter
from email import message_from_bytes
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.policy import SMTP, default
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
NN = 31
SEED = 31
PREFIX = "d31"
D = "elbmark.example"

# --------------------------------------------------------------------------
# time: fixed dates in 2026, German time (CET / CEST)
# --------------------------------------------------------------------------
_CET = dt.timezone(dt.timedelta(hours=1))
_CEST = dt.timezone(dt.timedelta(hours=2))


def when(month, day, hour, minute, second=0):
    """A German local time in 2026 (CEST from 29 March 02:00 to 25 October 03:00)."""
    key = (month, day, hour)
    tz = _CEST if (3, 29, 2) <= key < (10, 25, 3) else _CET
    return dt.datetime(2026, month, day, hour, minute, second, tzinfo=tz)


FIXED = dt.datetime(2026, 1, 2, 9, 0, 0)
FIXED_UTC = dt.datetime(2026, 1, 2, 8, 0, 0, tzinfo=dt.timezone.utc)

# --------------------------------------------------------------------------
# attachment builders (deterministic)
# --------------------------------------------------------------------------


def normalize_zip(data):
    """Rewrite a ZIP (also OOXML/ODF) with fixed member times, keeping order and compression."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 2, 9, 0, 0))
            ni.compress_type = info.compress_type
            ni.external_attr = 0o644 << 16
            ni.create_system = 0
            dst.writestr(ni, src.read(info.filename))
    return out.getvalue()


def zip_bytes(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            ni = zipfile.ZipInfo(name, date_time=(2026, 1, 2, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            ni.external_attr = 0o644 << 16
            ni.create_system = 0
            z.writestr(ni, data)
    return out.getvalue()


_PDF_MAP = {"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'",
            "‘": "'", "’": "'", "…": "...", "ı": "i", "ą": "a", "ć": "c", "ę": "e",
            "ł": "l", "ń": "n", "ś": "s", "ź": "z", "ż": "z", "Ł": "L", "Ś": "S",
            "ğ": "g", "ş": "s", "İ": "I", "Ş": "S", "č": "c", "ř": "r", "š": "s",
            "ž": "z", "Č": "C", "Š": "S", "Ž": "Z", "đ": "d", "ő": "o", "ű": "u",
            "•": "-", "→": "->", "≥": ">=", "≤": "<=", "½": "1/2"}


def _pdfsafe(s):
    s = "".join(_PDF_MAP.get(c, c) for c in s)
    return s.encode("latin-1", "replace").decode("latin-1")


def pdf_bytes(title, lines, author="Elbmark Versicherung AG"):
    """A simple text PDF. lines: list of str; '' = blank line, '# ' prefix = bold heading."""
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_creation_date(FIXED_UTC)
    pdf.set_title(_pdfsafe(title))
    pdf.set_author(_pdfsafe(author))
    pdf.set_creator("Elbmark Dokumentenservice")
    pdf.set_producer("Elbmark PDF 4.2")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 7, _pdfsafe(title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for line in lines:
        if line.startswith("# "):
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.multi_cell(0, 5.5, _pdfsafe(line[2:]), new_x="LMARGIN", new_y="NEXT")
        elif line == "":
            pdf.ln(3)
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, _pdfsafe(line), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def docx_bytes(paragraphs, tables=(), title="", author="Elbmark Versicherung AG"):
    """paragraphs: list of str ('# ' = heading); tables: list of row lists (appended at the end
    unless a paragraph is exactly '[TABLE n]')."""
    import docx
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.comments = ""
    used = set()

    def put_table(rows):
        t = doc.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)

    for p in paragraphs:
        if p.startswith("[TABLE ") and p.endswith("]"):
            n = int(p[7:-1])
            put_table(tables[n])
            used.add(n)
        elif p.startswith("# "):
            doc.add_heading(p[2:], level=1)
        elif p.startswith("## "):
            doc.add_heading(p[3:], level=2)
        else:
            doc.add_paragraph(p)
    for i, rows in enumerate(tables):
        if i not in used:
            put_table(rows)
    out = io.BytesIO()
    doc.save(out)
    return normalize_zip(out.getvalue())


def xlsx_bytes(sheets, author="Elbmark Versicherung AG"):
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
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    out = io.BytesIO()
    wb.save(out)
    # openpyxl stamps "modified" with the current time on save: pin it
    import re
    src = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    fixed = io.BytesIO()
    with zipfile.ZipFile(fixed, "w") as dst:
        for info in src.infolist():
            raw = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                raw = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                             rb"\g<1>2026-01-02T08:00:00Z\g<2>", raw)
            dst.writestr(info, raw)
    return normalize_zip(fixed.getvalue())


_ODF_NS = {
    "chart": "urn:oasis:names:tc:opendocument:xmlns:chart:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}


def _odf_canonical(data):
    """odfpy writes namespace declarations in hash order; sort them so builds are byte-identical."""
    import re
    src = zipfile.ZipFile(io.BytesIO(data))
    members = []
    for info in src.infolist():
        raw = src.read(info.filename)
        if info.filename.endswith(".xml"):
            text = raw.decode("utf-8")
            m = re.search(r"<(?!\?)([A-Za-z:_-]+)([^>]*)>", text)
            if m:
                attrs = re.findall(r'\s+[A-Za-z:_-]+="[^"]*"', m.group(2))
                decl = {}
                for a in attrs:
                    a = a.strip()
                    if a.startswith("xmlns:"):
                        k, v = a[6:].split("=", 1)
                        decl[k] = v.strip('"')
                for k, v in _ODF_NS.items():
                    decl.setdefault(k, v)
                ns = [f' xmlns:{k}="{decl[k]}"' for k in sorted(decl)]
                other = [a for a in attrs if not a.strip().startswith("xmlns")]
                tail = "/" if m.group(2).rstrip().endswith("/") else ""
                new = "<" + m.group(1) + "".join(ns) + "".join(other) + tail + ">"
                text = text[:m.start()] + new + text[m.end():]
            raw = text.encode("utf-8")
        members.append((info, raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info, raw in members:
            dst.writestr(info, raw)
    return out.getvalue()


def ods_bytes(sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets:
        t = Table(name=name)
        for r in rows:
            tr = TableRow()
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    c = TableCell(valuetype="float", value=v)
                else:
                    c = TableCell(valuetype="string")
                c.addElement(P(text=str(v)))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    out = io.BytesIO()
    doc.write(out)
    return normalize_zip(_odf_canonical(out.getvalue()))


def odt_bytes(paragraphs):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    doc = OpenDocumentText()
    for p in paragraphs:
        if p.startswith("# "):
            doc.text.addElement(H(outlinelevel=1, text=p[2:]))
        else:
            doc.text.addElement(P(text=p))
    out = io.BytesIO()
    doc.write(out)
    return normalize_zip(_odf_canonical(out.getvalue()))


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def csv_bytes(text, encoding="utf-8"):
    return crlf(text).encode(encoding)


def ics_bytes(text):
    return crlf(text).encode("utf-8")


# attachment tuples: (filename, maintype, subtype, data)
def A_pdf(name, title, lines, **kw):
    return (name, "application", "pdf", pdf_bytes(title, lines, **kw))


def A_docx(name, paragraphs, tables=(), **kw):
    return (name, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
            docx_bytes(paragraphs, tables, **kw))


def A_xlsx(name, sheets, **kw):
    return (name, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx_bytes(sheets, **kw))


def A_ods(name, sheets):
    return (name, "application", "vnd.oasis.opendocument.spreadsheet", ods_bytes(sheets))


def A_odt(name, paragraphs):
    return (name, "application", "vnd.oasis.opendocument.text", odt_bytes(paragraphs))


def A_csv(name, text, encoding="utf-8", subtype="csv"):
    maintype = "text" if subtype == "csv" else "application"
    return (name, maintype, subtype, csv_bytes(text, encoding), encoding)


def A_ics(name, text):
    return (name, "text", "calendar", ics_bytes(text), "utf-8")


def A_txt(name, text, encoding="utf-8"):
    return (name, "text", "plain", crlf(text).encode(encoding), encoding)


def A_zip(name, members):
    return (name, "application", "zip", zip_bytes(members))


def A_bin(name, maintype, subtype, data):
    return (name, maintype, subtype, data)


# --------------------------------------------------------------------------
# message builder
# --------------------------------------------------------------------------


def build(frm, to, subject, date, body=None, *, cc=None, html=None, charset="utf-8",
          cte=None, html_cte=None, atts=(), headers=(), flowed=False, reply_to=None,
          html_only=False, fwd=None, msgid=None, in_reply_to=None):
    """Build one EmailMessage. frm/to/cc: strings (display form). atts: attachment tuples.
    fwd: an EmailMessage attached as message/rfc822 (after the other attachments)."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    msgid = msgid or _CURRENT["msgid"]
    if msgid:
        m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in headers:
        m[k] = v
    if cte is None:
        cte = "quoted-printable" if any(ord(c) > 127 for c in (body or html or "")) else "7bit"
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        params = {"format": "flowed"} if flowed else None
        m.set_content(body, charset=charset, cte=cte, params=params)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte=html_cte or cte)
    for a in atts:
        if len(a) == 5:
            name, mt, st, data, enc = a
            part = MIMEPart(policy=SMTP)
            part.set_content(data, mt, st, filename=name, disposition="attachment", cte="base64")
            part.set_param("charset", enc)
            if m.get_content_maintype() != "multipart" or m.get_content_subtype() != "mixed":
                m.make_mixed()
            m.attach(part)
        else:
            name, mt, st, data = a
            m.add_attachment(data, mt, st, filename=name)
    if fwd is not None:
        raw = fwd.as_bytes()
        m.add_attachment(fwd, cte="8bit" if any(b > 127 for b in raw) else "7bit")
    return m


def fwd_msg(frm, to, subject, date, body, msgid, **kw):
    """A mail that is attached as message/rfc822 (a forwarded original)."""
    return build(frm, to, subject, date, body, msgid=msgid, **kw)


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------
MAILS = []
_CURRENT = {"msgid": None}


def mail(label, lang, kind, reason):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en")
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        MAILS.append(dict(fn=fn, label=label, lang=lang, kind=kind, reason=reason))
        return fn
    return deco


# ==========================================================================
# MAILS
# ==========================================================================

# Signatures that recur (the same person always signs the same way when writing outside).
SIG_KAPLAN = """\
Mit freundlichen Grüßen

Derya Kaplan
Leistungsprüfung Krankenversicherung
Elbmark Krankenversicherung AG
Travemünder Allee 120 · 23568 Lübeck
Tel. 0451 7090-4417 · derya.kaplan@elbmark.example"""

SIG_LINDEMANN = """\
Freundliche Grüße
Frauke Lindemann
BU-Leistungsprüfung | Elbmark Lebensversicherung AG
Travemünder Allee 120, 23568 Lübeck
T +49 451 7090-3312"""

SIG_WAHLERS = """\
Mit freundlichen Grüßen
Ingo Wahlers
Unfall-Leistung
Elbmark Allgemeine Versicherung AG
Tel. 0451 7090-2871"""

SIG_HERRERA = """\
Kind regards,
Tomás Herrera
Case Manager | Elbmark International Health
Elbmark Krankenversicherung AG, Hamburg branch
Ballindamm 9, 20095 Hamburg, Germany
+49 40 3200 8841 | expat.claims@elbmark.example"""

DISCLAIMER_DE = """\
--
Elbmark Versicherung AG · Sitz Lübeck · Registergericht Lübeck HRB 4120 HL
Vorstand: Dr. Henning Asmussen (Vors.), Birte Kahl, Ole Svensson
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese E-Mail."""


# ---------------------------------------------------------------- 001
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "one-line 'bitte übernehmen' above an Outlook inline forward; the customer's quoted mail names her gall-bladder operation and hospital stay (hospital daily allowance claim)")
def m001():
    body = """\
Derya, bitte übernehmen - bin ab morgen raus.
T.

-----Ursprüngliche Nachricht-----
Von: Hinrichsen, Wiebke <w.hinrichsen@posteo.example>
Gesendet: Montag, 9. März 2026 07:52
An: KV-Leistung <kv.leistung@elbmark.example>
Betreff: Krankenhaustagegeld Vertrag 4471 0938 12

Guten Morgen,

ich war vom 16.02. bis 21.02.2026 im Sana... ne, im Klinikum Süd
in Lübeck, Gallenblase wurde entfernt (laparoskopisch, es gab
Komplikationen deshalb 5 Nächte statt 2). Die Entlassungspapiere
und die Rechnung vom Krankenhaus hab ich eingescannt und in die
App hochgeladen, aber da steht seit 10 Tagen "in Prüfung".

Mir steht doch das Krankenhaustagegeld von 60 Euro pro Tag zu?
Können Sie mir kurz sagen ob noch was fehlt.

Danke und Gruß
Wiebke Hinrichsen
Vertrag 4471 0938 12
"""
    return build("Torsten Bleeker <torsten.bleeker@elbmark.example>",
                 "Derya Kaplan <derya.kaplan@elbmark.example>",
                 "WG: Krankenhaustagegeld Vertrag 4471 0938 12", when(3, 9, 17, 48), body)


# ---------------------------------------------------------------- 002
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "colleague asks the company doctor to look at 'Akte Petersen' by number: BU claim, AU since 02/26, disc prolapse L4/L5")
def m002():
    body = """\
Hi Kirsten,

kannst du dir mal die Akte Petersen anschauen? BU-L 5521-09.
AU seit 02/26, BSV L4/L5 mit Fußheberschwäche li., er macht 100 % BU
als Dachdecker geltend. Neuer Befund vom Ortho (MRT v. 27.02.) liegt im
DMS unter Eingang 11.03.

Reicht das aus deiner Sicht für eine Anerkennung oder sollen wir ein
Gutachten beauftragen? Frist ggü. Kunde ist der 31.03.

Danke dir!
Frauke
"""
    return build("Frauke Lindemann <frauke.lindemann@elbmark.example>",
                 "Dr. Kirsten Haverkamp <kirsten.haverkamp@elbmark.example>",
                 "Akte Petersen - kurze Einschätzung?", when(3, 12, 10, 3), body)


# ---------------------------------------------------------------- 003
@mail("NORMAL", "de", "internal",
      "trap: process change for daily sickness allowance (AU-Bescheinigungen, Krankenhausrechnungen, Krankentagegeld) addressed to the team; no person or case")
def m003():
    body = """\
Liebes Team KV-Leistung,

ab dem 1. April ändert sich der Eingang für Krankentagegeld (KT):

1. AU-Bescheinigungen kommen nur noch über die Scan-Straße bzw. die App
   rein. Papier-AUs, die euch direkt erreichen, bitte NICHT mehr selbst
   indizieren, sondern in den grünen Korb im 2. OG (Poststelle scannt
   täglich um 11 und 15 Uhr).
2. Krankenhausrechnungen mit KT-Bezug werden automatisch dem Vorgangstyp
   "KT-stationär" zugeordnet. Bitte prüft in den ersten zwei Wochen
   stichprobenartig, ob die Zuordnung klappt, und meldet Fehlzuordnungen
   an Kevin vom Service Desk (Ticket-Kategorie "DMS/Indizierung").
3. Die Wiedervorlage bei Folge-AUs stellt das System künftig selbst auf
   AU-Ende + 3 Werktage.
4. Der alte Textbaustein KT-07 ("Nachweis der Arbeitsunfähigkeit fehlt")
   wird durch KT-07a ersetzt, der neue Wortlaut liegt im Laufwerk
   K:\\Leistung\\Textbausteine\\2026.

Fragen gerne in die Teamrunde am Donnerstag.

Viele Grüße
Torsten

Torsten Bleeker
Teamleitung KV-Leistung ambulant/stationär
Elbmark Krankenversicherung AG
"""
    return build("Torsten Bleeker <torsten.bleeker@elbmark.example>",
                 "Team KV-Leistung <team.kv-leistung@elbmark.example>",
                 "Änderung Eingangsprozess KT ab 01.04.", when(3, 16, 8, 30), body)


# ---------------------------------------------------------------- 004
@mail("CONFIDENTIAL", "de", "internal",
      "hand-over of a forwarded motor claim report: named policyholder, plate, policy number, rear-end collision, explicitly nobody hurt")
def m004():
    body = """\
Svenja, bitte übernehmen, bin ab Freitag 2 Wochen weg.
Ist noch nix angelegt, Gegner ist bei der Nordstern.

Gruß Jannik

-----Ursprüngliche Nachricht-----
Von: Jörg Kowalski <joerg.kowalski@web.example>
Gesendet: Dienstag, 10. März 2026 19:21
An: Schaden Kfz <kfz.schaden@elbmark.example>
Betreff: Unfall heute morgen

Sehr geehrte Damen und Herren,

heute um ca. 7:40 Uhr ist mir auf der Ratzeburger Allee in Höhe der
Tankstelle ein Fahrzeug (HL-RT 2207, Skoda Octavia) beim Anfahren
an der Ampel hinten aufgefahren. Verletzt wurde zum Glück niemand,
die Polizei war nicht da, wir haben Fotos gemacht und Daten getauscht.

Mein Auto: VW Golf, HL-MK 482, Ihre Vers.-Nr. 71-3304-552.
Schaden: Stoßstange hinten, Heckklappe klemmt.

Der Unfallgegner ist bei der Nordstern Versicherung, Schadennummer
hat er mir noch nicht gegeben. Muss ich jetzt zu einer bestimmten
Werkstatt?

Mit freundlichen Grüßen
Jörg Kowalski
Moislinger Allee 88
23558 Lübeck
"""
    return build("Jannik Vosskamp <jannik.vosskamp@elbmark.example>",
                 "Svenja Brodersen <svenja.brodersen@elbmark.example>",
                 "WG: Unfall heute morgen", when(3, 11, 8, 5), body)


# ---------------------------------------------------------------- 005
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "holiday hand-over list of open dental cases by surname and number: HKP amounts, implants, periodontitis, consultant dentist")
def m005():
    body = """\
Hallo Derya, hallo Torsten,

ich bin vom 30.03. bis 10.04. im Urlaub, hier meine offenen Sachen
Zahn/HKP. Alles liegt in meinem Korb im DMS, Vertretung laut Plan Derya.

- Kowalczyk, LF-Z 2026/004471 – HKP 4.318,20 € (Implantate 36, 46 +
  Suprakonstruktion). Beratungszahnarzt (Dr. Demirel) hat 36 befürwortet,
  46 nicht (Lückenschluss mögl.). Mitteilung an VN noch raus, Entwurf im DMS.
- Brüggemann, LF-Z 2026/004102 – PAR-Behandlung, UPT-Plan fehlt noch,
  Erinnerung an Praxis Dr. Wiechmann ist am 24.03. raus. WV 07.04.
- Okonkwo, LF-Z 2026/003988 – Kieferorthopädie Tochter (KIG 3?), Kunde
  wollte zurückrufen, hat er nicht. Bitte nicht hinterhertelefonieren,
  nur wenn er sich meldet.
- Schnoor, LF-Z 2026/004530 – Zahnersatz 14–16 Brücke, Heil- und Kostenplan
  ist da, aber in der Wartezeit (Vertragsbeginn 01.11.25)! Ablehnung
  vorbereitet, bitte von Torsten gegenzeichnen lassen.
- Yıldız, LF-Z 2026/004611 – Knirscherschiene + Funktionsanalyse,
  GOZ 8000 ff. Rechnung 1.120 €, Faktor 3,5 ohne Begründung. Rückfrage
  an Praxis ist raus.

Danke euch und bis nach Ostern!
Annika
"""
    return build("Annika Schwertfeger <annika.schwertfeger@elbmark.example>",
                 ["Derya Kaplan <derya.kaplan@elbmark.example>",
                  "Torsten Bleeker <torsten.bleeker@elbmark.example>"],
                 "Übergabe Zahn/HKP – Urlaub 30.03.–10.04.", when(3, 27, 15, 12), body)


# ---------------------------------------------------------------- 006
@mail("CONFIDENTIAL", "de", "internal",
      "payroll note about an employee's salary increase (old and new gross monthly salary, pay grade)")
def m006():
    body = """\
Hallo Christiane,

kurze Rückfrage zur Gehaltsanpassung Sievers (PNr. 10884, Schaden Sach):
Laut Änderungsmitteilung ab 01.04. Tarifgruppe VI / Stufe 3, also
4.480,00 € brutto statt bisher 4.152,00 €. In der Mitteilung steht
aber zusätzlich "übertarifliche Zulage 150 € entfällt" – ist das so
gewollt? Dann landet er effektiv nur bei +176 €.

Ich brauche die Freigabe bis 18.03., danach ist der Abrechnungslauf
für April zu.

Danke + Gruß
Hendrik

Hendrik Stapelfeldt
Entgeltabrechnung
Durchwahl -1187
"""
    return build("Hendrik Stapelfeldt <hendrik.stapelfeldt@elbmark.example>",
                 "Christiane Möllendorf <christiane.moellendorf@elbmark.example>",
                 "Gehaltsanpassung Sievers 04/2026 – Zulage?", when(3, 13, 11, 40), body)


# ---------------------------------------------------------------- 007
@mail("NORMAL", "de", "internal",
      "trap: canteen menu with a health day (blood-pressure check, flu vaccination, allergens); nobody's health data")
def m007():
    html = """\
<html><body style="font-family:Calibri,Arial,sans-serif">
<h2 style="color:#1b5e20">Speiseplan KW 12 &ndash; Betriebsrestaurant Travem&uuml;nder Allee</h2>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Tag</th><th>Men&uuml; 1</th><th>Men&uuml; 2 (vegetarisch)</th><th>Allergene</th></tr>
<tr><td>Mo 16.03.</td><td>Labskaus mit Spiegelei</td><td>Rote-Bete-Risotto</td><td>A, C, G</td></tr>
<tr><td>Di 17.03.</td><td>H&auml;hnchenbrust, Reis, Currysauce</td><td>Linsen-Dal</td><td>F, I</td></tr>
<tr><td>Mi 18.03.</td><td>Gesundheitstag: Lachs, Ofengem&uuml;se</td><td>Buddha-Bowl</td><td>D, K</td></tr>
<tr><td>Do 19.03.</td><td>Gulasch, Sp&auml;tzle</td><td>K&auml;sesp&auml;tzle</td><td>A, C, G</td></tr>
<tr><td>Fr 20.03.</td><td>Backfisch, Kartoffelsalat</td><td>Gem&uuml;sepuffer</td><td>A, C, D, M</td></tr>
</table>
<p><b>Mittwoch ist Gesundheitstag!</b> Im Foyer misst der arbeitsmedizinische Dienst von
11:00 bis 14:00 Uhr Blutdruck und Blutzucker, die Grippeschutzimpfung gibt es ohne
Termin (Impfpass mitbringen). Die Krankenkasse ist mit einem R&uuml;ckenfit-Stand da.</p>
<p>Glutenfreie und laktosefreie Varianten auf Nachfrage an der Ausgabe.</p>
<p>Euer K&uuml;chenteam</p>
</body></html>
"""
    text = """\
Speiseplan KW 12 – Betriebsrestaurant Travemünder Allee

Mo 16.03.  Labskaus mit Spiegelei | veg.: Rote-Bete-Risotto  (A, C, G)
Di 17.03.  Hähnchenbrust, Reis, Currysauce | veg.: Linsen-Dal  (F, I)
Mi 18.03.  Gesundheitstag: Lachs, Ofengemüse | veg.: Buddha-Bowl  (D, K)
Do 19.03.  Gulasch, Spätzle | veg.: Käsespätzle  (A, C, G)
Fr 20.03.  Backfisch, Kartoffelsalat | veg.: Gemüsepuffer  (A, C, D, M)

Mittwoch ist Gesundheitstag! Im Foyer misst der arbeitsmedizinische Dienst
von 11:00 bis 14:00 Uhr Blutdruck und Blutzucker, die Grippeschutzimpfung
gibt es ohne Termin (Impfpass mitbringen). Die Krankenkasse ist mit einem
Rückenfit-Stand da.

Glutenfreie und laktosefreie Varianten auf Nachfrage an der Ausgabe.

Euer Küchenteam
"""
    return build("Betriebsrestaurant <kantine@elbmark.example>",
                 "Alle Mitarbeitenden Lübeck <alle.luebeck@elbmark.example>",
                 "Speiseplan KW 12 + Gesundheitstag am Mittwoch", when(3, 13, 14, 0),
                 text, html=html)


# ---------------------------------------------------------------- 008
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "expat claims colleagues discuss a named member's hospital admission in Singapore with dengue fever and the claim number")
def m008():
    body = """\
Hi Claire,

can you check EXP-26-00318 before I release the guarantee? Mr O'Connor
(policy EIH-40-22817) was admitted to Mount Faber Medical Centre on
Sunday with dengue fever, platelets down to 38k, they want to keep him
at least 4 nights. Estimate from the hospital is SGD 14,600.

His plan is Silver - inpatient is fine, but he's only been with us
since 1 Feb and the 30-day waiting period for non-accident claims...
strictly speaking it ended on 3 March, admission was 8 March, so we
should be OK? Just want a second pair of eyes since it's above my
5k EUR limit anyway.

Cheers,
Tomás
"""
    return build("Tomás Herrera <tomas.herrera@elbmark.example>",
                 "Claire Dubois-Hart <claire.dubois-hart@elbmark.example>",
                 "EXP-26-00318 - GOP above my limit, pls check", when(3, 9, 9, 17), body)


# ---------------------------------------------------------------- 009
@mail("NORMAL", "en", "internal",
      "trap: IT announcement of a new DLP rule for outbound mail with ICD codes, IBANs and health terms; examples are generic, no person")
def m009():
    body = """\
Hello all,

as agreed in the IT security board, we will switch on an additional
data-loss-prevention rule on the outbound mail relay on Tuesday,
24 March 2026, 06:00.

What changes:
* Outbound mail to external domains that contains an ICD-10 code
  pattern (e.g. "M54.5", "F32.1 G") together with a health keyword
  ("Diagnose", "Befund", "diagnosis", "Arztbericht" ...) will no longer
  be sent in clear text but routed through the secure mail gateway.
* The same applies to mail containing an IBAN that passes the checksum.
* Internal mail (@elbmark.example to @elbmark.example) is not affected.

What you need to do: nothing, unless you run automated mail jobs from
a functional mailbox. In that case please tell us by Friday which
mailbox and which recipients, so we can test with you.

Test messages must use the published example data only, never real
customer data.

Questions: reply to this mail or open a ticket in category
"Mail / Secure Mail".

Best regards,
Priya Raman
IT Application Support – Messaging
Elbmark Versicherung AG
"""
    return build("Priya Raman <priya.raman@elbmark.example>",
                 "IT Announcements <it-news@elbmark.example>",
                 "New DLP rule for outbound mail from 24 March", when(3, 17, 16, 5), body)


# ---------------------------------------------------------------- 010
@mail("CONFIDENTIAL", "de", "internal",
      "collections: returned direct debit of a named motor customer with his IBAN and the open premium")
def m010():
    body = """\
Moin Patrick,

Rücklastschrift von heute, Kfz 71-2290-118, Harald Quast:
Beitrag 1. Quartal 212,40 € zurück, Rückgabegrund MD06
(Widerspruch durch Zahler). IBAN aus dem Mandat:
DE47 8431 8101 2593 2580 50

Das ist schon die zweite RLS in 6 Monaten. Soll ich gleich die
Zahlungsaufforderung nach § 38 VVG rausschicken oder erst
anrufen? Er hat letztes Mal gesagt, die Bank hätte einen Fehler
gemacht.

Gruß Gül
"""
    return build("Gül Aydın <guel.aydin@elbmark.example>",
                 "Patrick Sönnichsen <patrick.soennichsen@elbmark.example>",
                 "RLS Quast Kfz 71-2290-118", when(3, 4, 10, 22), body, charset="utf-8", cte="8bit")


# ---------------------------------------------------------------- 011
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "team lead tells HR that a named employee's sick note (AU) runs until 20.03. with a follow-up certificate; incapacity for work is health data")
def m011():
    body = """\
Hallo Frau Rieck,

zur Info: Frau Brodersen (Kfz-Schaden, PNr. 11203) hat heute eine
Folgebescheinigung geschickt, AU jetzt bis einschließlich 20.03.
Die eAU müsste bei Ihnen abrufbar sein. Das ist dann ab 06.02.
durchgehend, also nähern wir uns den 6 Wochen – müssen wir da
wegen Entgeltfortzahlung oder BEM schon was vorbereiten?

Ihre Fälle übernimmt bis auf Weiteres Herr Vosskamp.

Viele Grüße
Holger Marquardt
Teamleiter Kfz-Schaden
"""
    return build("Holger Marquardt <holger.marquardt@elbmark.example>",
                 "Nadine Rieck <nadine.rieck@elbmark.example>",
                 "Folge-AU Brodersen", when(3, 10, 9, 2), body)


# ---------------------------------------------------------------- 012
@mail("NORMAL", "de", "internal",
      "team meeting moved to another room and time; nothing personal")
def m012():
    body = """\
Hi zusammen,

die Teamrunde Sach-Schaden am Donnerstag geht nicht in 3.14 (da
sind die Handwerker wegen der Klimaanlage drin). Wir weichen aus
in den "Hafen" im EG, und zwar 10:30 statt 10:00.

Themen:
- Starkregen-Nachlese (Zahlen bringe ich mit)
- neue Regulierungsvollmachten ab Q2
- Urlaubsplanung Sommer: bitte bis Ende März eintragen!

Kaffee ist bestellt.
Meike
"""
    return build("Meike Oltmanns <meike.oltmanns@elbmark.example>",
                 "Team Sach-Schaden <team.sach-schaden@elbmark.example>",
                 "Teamrunde Do: anderer Raum + 10:30", when(3, 24, 13, 55), body)


# ---------------------------------------------------------------- 013
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "no medical word, but a named person's health-insurance contract in arrears moved to the emergency tariff (Notlagentarif, § 193 VVG)")
def m013():
    body = """\
Hallo Herr Bleeker,

zur Abstimmung, bevor die Mitteilung rausgeht:

VN Michael Kröger, KV-Vertrag 4470 2214 88 (Vollversicherung).
Rückstand inzwischen 5 Monatsbeiträge = 2.731,50 € zzgl. Säumniszuschläge.
Mahnverfahren nach § 193 Abs. 6 VVG ist durchlaufen, zweite Mahnung vom
05.01. ist zugestellt, keine Zahlung, kein Kontakt. Damit ruht der
Vertrag ab 01.04. und er wird in den Notlagentarif umgestellt.

Bitte beachten: Ab dann nur noch Leistungen bei akuten Erkrankungen und
Schmerzzuständen sowie Schwangerschaft/Mutterschaft. Falls bei Ihnen
Leistungsfälle offen sind, müssten die ab 01.04. entsprechend geprüft
werden. Ich habe im Bestand keinen Hinweis auf Hilfebedürftigkeit
(SGB II/XII) gefunden.

Gruß
Patrick Sönnichsen
Forderungsmanagement
"""
    return build("Patrick Sönnichsen <patrick.soennichsen@elbmark.example>",
                 "Torsten Bleeker <torsten.bleeker@elbmark.example>",
                 "Kröger 4470 2214 88 – Umstellung Notlagentarif 01.04.", when(3, 19, 14, 31), body)


# ---------------------------------------------------------------- 014
@mail("CONFIDENTIAL", "de", "internal",
      "HR: parental leave request of a named employee with part-time hours and reduced salary figure; no health content")
def m014():
    body = """\
Hallo Hendrik,

Elternzeit Ketelsen, Jan (PNr. 10412, Vertrieb Innendienst) ist genehmigt:
- 01.06.2026 bis 30.11.2026
- Teilzeit in Elternzeit 20 Std./Woche (Mo–Mi), Homeoffice-Anteil wie bisher
- Entgelt anteilig 2.140,00 € brutto (Basis 4.280,00 € bei 40 Std.)
- VWL läuft weiter, Jobrad-Leasing ebenfalls (Rate bleibt)

Antrag und Genehmigung liegen in der Personalakte. Kannst du das für
den Juni-Lauf vormerken? Die Meldung an die Elterngeldstelle macht er
selbst, er braucht von uns nur die Arbeitszeitbestätigung – die schicke
ich ihm.

Danke!
Christiane
"""
    return build("Christiane Möllendorf <christiane.moellendorf@elbmark.example>",
                 "Hendrik Stapelfeldt <hendrik.stapelfeldt@elbmark.example>",
                 "Elternzeit Ketelsen ab 06/26", when(4, 2, 9, 45), body)


# ---------------------------------------------------------------- 015
@mail("NORMAL", "de", "internal",
      "trap: out-of-office reply mentioning Arztrechnungen, Krankenhausabrechnung and a deputy; no person's data")
def m015():
    body = """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10.04.2026 nicht im Büro und lese meine
E-Mails in dieser Zeit nicht. Ihre Nachricht wird nicht weitergeleitet.

Arztrechnungen, Rezepte und Krankenhausabrechnungen reichen Sie bitte
wie gewohnt über die Elbmark-App oder an kv.leistung@elbmark.example
ein. In dringenden Fällen erreichen Sie meine Vertretung, Frau Derya
Kaplan, unter 0451 7090-4417.

Thank you for your message. I am out of the office until 10 April 2026.

Annika Schwertfeger
Leistungsprüfung Zahn
"""
    return build("Annika Schwertfeger <annika.schwertfeger@elbmark.example>",
                 "Lars Bremer <lars.bremer@zahnlabor-nord.example>",
                 "Automatische Antwort: Rückfrage Laborrechnung", when(4, 1, 11, 3), body,
                 headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


# ---------------------------------------------------------------- 016
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "file note of a phone call: named insured, recurrent depression F33.1, psychotherapy extension, therapist")
def m016():
    body = """\
Gesprächsvermerk – bitte zur Akte LF-K 2026/012907

Datum/Zeit: 18.03.2026, 14:10–14:25 Uhr
Gesprächspartnerin: Frau Carola Wendland (VN und versicherte Person)
Anlass: Rückruf wg. Antrag auf Verlängerung Psychotherapie

Inhalt:
- Frau W. ist seit 09/2025 in ambulanter VT bei Dipl.-Psych. Maren
  Sievertsen, Kiel. Diagnose lt. Bericht: F33.1 (rezidivierende
  depressive Störung, gegenw. mittelgradig).
- Bisher 24 Sitzungen erstattet; beantragt sind weitere 25 Sitzungen.
- Sie fragte, ob die Erstattung bis zur Entscheidung "einfach
  weiterläuft". Hab erklärt: nein, erst nach Zusage; Bericht an den
  Gutachter ist angefordert (Schweigepflichtentbindung liegt vor).
- Sie war sehr aufgewühlt, hat mehrmals gesagt, dass sie ohne die
  Therapie "nicht mehr zur Arbeit kann". Hab ihr die Nummer unserer
  Gesundheitsberatung gegeben.

Nächster Schritt: Vorlage an GÄD, WV 01.04.

D. Kaplan
"""
    return build("Derya Kaplan <derya.kaplan@elbmark.example>",
                 "KV-Leistung Akte <akte.kv@elbmark.example>",
                 "Vermerk Tel. Wendland 18.03.", when(3, 18, 14, 41), body)


# ---------------------------------------------------------------- 017
@mail("CONFIDENTIAL", "en", "internal",
      "large-loss flash report in English: fire at a named family's insured house, claim and policy numbers, address, reserve; states nobody was injured")
def m017():
    body = """\
Fiona,

Flash report for the group large-loss register (threshold EUR 250k):

Claim no.:      SN 26-0311-4025
Line:           Homeowners (Wohngebäude) + contents (Hausrat)
Policyholders:  Henrik and Sanne Matthiesen
Risk address:   Am Mühlenteich 14, 24306 Plön
Date of loss:   11 March 2026, approx. 02:30
Cause:          fire, probably started in the utility room
                (heat pump / dryer – assessor to confirm)
Injuries:       none, family and dog got out, fire brigade on site
Reserve:        building EUR 410,000; contents EUR 65,000;
                additional living costs EUR 18,000
Reinsurance:    property per-risk XL attaches at EUR 500k – not
                expected to be hit at present.

Our assessor (Tamm Sachverständige) visits on Monday. I'll send an
update after that.

Best,
Meike Oltmanns
Team Lead Property Claims, Elbmark Allgemeine
"""
    return build("Meike Oltmanns <meike.oltmanns@elbmark.example>",
                 "Fiona Gallagher <fiona.gallagher@elbmark-re.example>",
                 "Large loss flash – SN 26-0311-4025 (fire, Plön)", when(3, 12, 12, 10), body)


# ---------------------------------------------------------------- 018
@mail("NORMAL", "en", "internal",
      "trap: test cases for the IBAN validator with the published example IBAN and persons explicitly marked fictitious")
def m018():
    csvtext = """\
case_id;holder;iban;expected;comment
T01;Erika Musterfrau (FIKTIV);DE89370400440532013000;valid;published example IBAN
T02;Erika Musterfrau (FIKTIV);DE89370400440532013001;invalid;check digits wrong
T03;Testfirma Beispiel GmbH (FIKTIV);DE02120300000000202051;valid;published example (DKB doc)
T04;Hans Probe (FIKTIV);de89 3704 0044 0532 0130 00;valid;lower case + spaces must be accepted
T05;Hans Probe (FIKTIV);AT611904300234573201;valid;Austrian example IBAN
T06;<empty>;;invalid;mandatory field
"""
    body = """\
Hi Marek,

attached are the test cases for the new IBAN check in the customer
self-service (story PORTAL-2291). All holders are invented ("FIKTIV")
and the IBANs are the published examples from the bank/ECBS docs,
so it's fine to paste them into Jira.

Expected behaviour: T01, T03, T04, T05 accepted; T02 and T06 rejected
with message text "Bitte prüfen Sie die IBAN".

Thanks,
Priya
"""
    return build("Priya Raman <priya.raman@elbmark.example>",
                 "Marek Nowicki <marek.nowicki@elbmark.example>",
                 "PORTAL-2291 IBAN validator – test cases", when(2, 24, 15, 33), body,
                 atts=[A_csv("PORTAL-2291_testcases_FIKTIV.csv", csvtext)])


# ---------------------------------------------------------------- 019
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "four-eyes approval of an accident disability payout: named insured, hand injury per Gliedertaxe, disability degree, amount")
def m019():
    body = """\
Hallo Wiebke,

bitte um Freigabe (Vier-Augen, > 25 T€):

UV-Vertrag 60-118-2934, VP Arne Reimers, Unfall 14.06.2025
(Kreissäge, Werkstatt privat). Ärztliches Gutachten Dr. Brandhorst
vom 02.03.2026 liegt vor:
- Verlust Zeigefinger re. im Grundgelenk → Gliedertaxe 5 %
- Funktionsbeeinträchtigung Mittelfinger re. 1/2 Fingerwert → 2,5 %
- Sensibilitätsstörung Daumen re. 1/10 Daumenwert → 2 %
Gesamt-Invaliditätsgrad 9,5 %. Grundsumme 150.000 €, Progression
225 % greift erst ab 25 %, also linear:
150.000 € x 9,5 % = 14.250 €. Dazu Unfallrente – entfällt (< 50 %).
Plus kosmetische OP-Kosten 3.800 € (Versicherungssumme 10.000 €).

Zahlbetrag gesamt 18.050 €. Vorschuss 5.000 € wurde im Oktober
gezahlt → Restzahlung 13.050 €.

Hm, Moment – Vier-Augen brauchen wir erst ab 25 T€ Gesamtleistung,
bin mir aber wegen der Vorschusszahlung nicht sicher, wie das gezählt
wird. Im Zweifel lieber einmal drüberschauen.

Danke, Ingo
"""
    return build("Ingo Wahlers <ingo.wahlers@elbmark.example>",
                 "Wiebke Jacobsen <wiebke.jacobsen@elbmark.example>",
                 "Freigabe UV 60-118-2934 Reimers (Invalidität)", when(3, 5, 16, 44), body)


# ---------------------------------------------------------------- 020
@mail("NORMAL", "de", "internal",
      "trap: calendar invitation to an ICD-10-GM 2026 training for claims staff; no person or case")
def m020():
    ics = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Elbmark//Kalender 3.1//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:schulung-icd10gm-2026-01@elbmark.example
DTSTAMP:20260210T090000Z
DTSTART:20260305T080000Z
DTEND:20260305T113000Z
SUMMARY:Schulung ICD-10-GM 2026 – Änderungen für die Leistungsprüfung
LOCATION:Schulungsraum 1.07 / Teams
DESCRIPTION:Inhalte: neue und gestrichene Kodes 2026\\, Zusatzkennzeichen G/V/Z/A\\, typische Kodierfehler auf Arztrechnungen\\, Übungsfälle (fiktiv). Referentin: Dr. K. Haverkamp (GÄD).
ORGANIZER;CN=Torsten Bleeker:mailto:torsten.bleeker@elbmark.example
ATTENDEE;CN=Team KV-Leistung;ROLE=REQ-PARTICIPANT:mailto:team.kv-leistung@elbmark.example
ATTENDEE;CN=Team BU-Leistung;ROLE=OPT-PARTICIPANT:mailto:team.bu-leistung@elbmark.example
END:VEVENT
END:VCALENDAR
"""
    body = """\
Hallo zusammen,

Kirsten Haverkamp stellt die Änderungen der ICD-10-GM 2026 vor, die für
unsere Prüfung relevant sind (u. a. Post-COVID-Kodes, neue
Zusatzkennzeichen-Logik in den Rechnungen der Labore). Übungsfälle sind
ausgedacht. Bitte Teilnahme im Kalender bestätigen.

Torsten
"""
    return build("Torsten Bleeker <torsten.bleeker@elbmark.example>",
                 ["Team KV-Leistung <team.kv-leistung@elbmark.example>",
                  "Team BU-Leistung <team.bu-leistung@elbmark.example>"],
                 "Einladung: Schulung ICD-10-GM 2026 (05.03., 9–12:30)", when(2, 10, 10, 0), body,
                 atts=[A_ics("einladung.ics", ics)])


# ---------------------------------------------------------------- 021
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "body gives only a case number; the attached PDF discharge letter names the insured, stent implantation after myocardial infarction, medication and rehab")
def m021():
    body = """\
Liebe Frau Dr. Haverkamp,

anbei der Entlassbericht zu LF-K 2026/010553. Es geht um die Frage, ob
die beantragte AHB medizinisch notwendig ist oder ob ambulante Reha
reicht (Tarif KS 2 erstattet stationäre Reha nur bei Notwendigkeit).

Bitte um kurze Stellungnahme bis 27.03., danke!

Viele Grüße
Derya Kaplan
"""
    pdf = A_pdf("Entlassbericht_LF-K_2026-010553.pdf", "Klinikum Lübeck Süd – Klinik für Kardiologie", [
        "Entlassbericht (vorläufig)",
        "",
        "Patient: Lorenzen, Bernd, geb. 03.09.1961",
        "Aufnahme: 24.02.2026   Entlassung: 02.03.2026",
        "",
        "# Diagnosen",
        "Akuter NSTEMI (I21.4)",
        "Koronare 2-Gefäßerkrankung (I25.12)",
        "Arterielle Hypertonie (I10.90), Hypercholesterinämie (E78.0)",
        "",
        "# Therapie und Verlauf",
        "Notfallmäßige Koronarangiographie am 24.02.2026, PCI mit Implantation von zwei",
        "Drug-eluting Stents in den RIVA. Postinterventionell beschwerdefrei, keine",
        "Rhythmusstörungen im Monitoring. LVEF echokardiographisch 45 %.",
        "",
        "# Medikation bei Entlassung",
        "ASS 100 mg 1-0-0, Ticagrelor 90 mg 1-0-1 (für 12 Monate), Atorvastatin 80 mg 0-0-1,",
        "Ramipril 5 mg 1-0-0, Bisoprolol 2,5 mg 1-0-0",
        "",
        "# Empfehlung",
        "Anschlussheilbehandlung (AHB) kardiologisch, Antrag gestellt. Nikotinkarenz.",
        "Kontrolle beim niedergelassenen Kardiologen in 4 Wochen.",
        "",
        "Dr. med. Anke Rehbein, Oberärztin",
    ], author="Klinikum Lübeck Süd")
    return build("Derya Kaplan <derya.kaplan@elbmark.example>",
                 "Dr. Kirsten Haverkamp <kirsten.haverkamp@elbmark.example>",
                 "LF-K 2026/010553 – Bitte um Stellungnahme AHB", when(3, 20, 11, 15), body,
                 atts=[pdf])


# ---------------------------------------------------------------- 022
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "company doctor's two-line reply; the attached DOCX opinion discusses a named BU claimant's adjustment disorder F43.2, therapy and fitness for work")
def m022():
    body = """\
Frauke,

Stellungnahme zu BU-L 5530-14 anbei. Kurz: so nicht entscheidungsreif,
ich würde ein psychiatrisches Gutachten beauftragen.

Gruß K.H.
"""
    doc = A_docx("Stellungnahme_GAED_BU-L_5530-14.docx", [
        "# Gesellschaftsärztliche Stellungnahme",
        "Vorgang: BU-L 5530-14 – versicherte Person: Frau Jelena Tadić, Industriekauffrau",
        "Fragestellung der Leistungsabteilung: Liegt eine Berufsunfähigkeit von mindestens 50 % seit 10/2025 vor?",
        "## Vorliegende Unterlagen",
        "Attest Hausärztin Dr. Lüth vom 12.11.2025; Befundbericht Psychiatrische Institutsambulanz Kiel vom 20.01.2026; AU-Bescheinigungen 10/2025 bis 03/2026; Fragebogen der VP.",
        "## Medizinische Beurteilung",
        "Beschrieben wird eine Anpassungsstörung (F43.2) nach Konflikt am Arbeitsplatz mit Schlafstörungen, Grübeln und sozialem Rückzug. Eine leitliniengerechte Psychotherapie hat erst im Februar 2026 begonnen; medikamentös Sertralin 50 mg seit Dezember.",
        "Die Unterlagen beschreiben keine Leistungseinschränkung, die die Tätigkeit als Industriekauffrau für mindestens sechs Monate zu 50 % ausschließt. Die Prognose ist unter Therapie typischerweise günstig.",
        "## Empfehlung",
        "Nervenärztliches Gutachten mit Leistungsbild; Fragen an den Gutachter siehe Anlage. Bis dahin keine Anerkennung.",
        "Lübeck, 23.03.2026 – Dr. med. Kirsten Haverkamp, Gesellschaftsärztlicher Dienst",
    ], title="Stellungnahme BU-L 5530-14", author="Kirsten Haverkamp")
    return build("Dr. Kirsten Haverkamp <kirsten.haverkamp@elbmark.example>",
                 "Frauke Lindemann <frauke.lindemann@elbmark.example>",
                 "AW: BU-L 5530-14", when(3, 23, 17, 2), body, atts=[doc])


# ---------------------------------------------------------------- 023
@mail("CONFIDENTIAL", "de", "internal",
      "HR sends a draft written warning (DOCX) for a named employee: personnel number, birth date, home address, unexcused absence; no health data")
def m023():
    body = """\
Hallo Herr Claasen,

wie angekündigt der Entwurf der Abmahnung für Herrn Plambeck zur
Anhörung des Betriebsrats. Wir würden sie gern am 17.03. übergeben.

Mit freundlichen Grüßen
Christiane Möllendorf
HR-Business-Partnerin
"""
    doc = A_docx("Entwurf_Abmahnung_Plambeck.docx", [
        "ENTWURF – vertraulich – Personalakte",
        "Herrn Tobias Plambeck, geb. 22.07.1991",
        "Fischergrube 31, 23552 Lübeck",
        "Personalnummer 10967, Abteilung Kundenservice",
        "# Abmahnung",
        "Sehr geehrter Herr Plambeck,",
        "am 23.02.2026 und am 02.03.2026 sind Sie nicht zur Arbeit erschienen, ohne sich vorher oder im Laufe des Tages abzumelden. Nach Ihrer eigenen Aussage im Gespräch vom 04.03.2026 lag an diesen Tagen keine Arbeitsunfähigkeit vor; Sie haben angegeben, Sie hätten „verschlafen bzw. private Termine gehabt“.",
        "Damit haben Sie gegen Ihre arbeitsvertraglichen Pflichten (§ 3 Arbeitsvertrag, Anwesenheit zu den vereinbarten Zeiten; Abmeldeverfahren nach BV Arbeitszeit) verstoßen.",
        "Wir fordern Sie auf, Ihre Pflichten künftig einzuhalten. Im Wiederholungsfall müssen Sie mit arbeitsrechtlichen Konsequenzen bis hin zur Kündigung rechnen.",
        "Lübeck, den __.03.2026",
        "Elbmark Versicherung AG – Personal",
    ], title="Abmahnung Entwurf", author="Christiane Möllendorf")
    return build("Christiane Möllendorf <christiane.moellendorf@elbmark.example>",
                 "Uwe Claasen (Betriebsrat) <uwe.claasen@elbmark.example>",
                 "Anhörung BR – Entwurf Abmahnung Plambeck", when(3, 9, 13, 20), body, atts=[doc])


# ---------------------------------------------------------------- 024
@mail("NORMAL", "de", "internal",
      "trap: sickness-absence rate per department for Q1 as aggregated XLSX (small units merged); no individual")
def m024():
    body = """\
Liebe Führungskräfte,

anbei die Krankenstandsquote Q1/2026 je Bereich (Basis: Soll-Arbeitstage,
ohne Langzeiterkrankte > 42 Tage, die laufen gesondert im BEM). Einheiten
unter 10 Beschäftigten sind zusammengefasst, damit keine Rückschlüsse auf
einzelne Personen möglich sind.

Gesamt liegen wir bei 5,9 % (Q1/2025: 6,4 %). Die Grippewelle im
Februar sieht man deutlich.

Bitte die Zahlen nicht weiterleiten; Besprechung in der FK-Runde am 21.04.

Viele Grüße
Personal / Gesundheitsmanagement
"""
    xlsx = A_xlsx("Krankenstand_Q1_2026_Bereiche.xlsx", [
        ("Q1 2026", [
            ["Bereich", "Beschäftigte (Köpfe)", "Jan %", "Feb %", "Mär %", "Q1 %"],
            ["Schaden Sach/Kfz/HP", 142, 5.1, 7.8, 5.0, 6.0],
            ["Leistung KV", 96, 4.9, 8.2, 5.4, 6.2],
            ["Leben/BU", 61, 4.2, 6.9, 4.8, 5.3],
            ["Kundenservice", 118, 6.3, 9.1, 6.0, 7.1],
            ["IT", 87, 3.0, 5.2, 3.3, 3.8],
            ["Vertrieb Innendienst", 54, 4.4, 6.0, 4.1, 4.8],
            ["Stabsbereiche (zusammengefasst)", 73, 3.6, 5.5, 3.9, 4.3],
            ["Gesamt", 631, 4.7, 7.6, 4.8, 5.9],
        ]),
        ("Hinweise", [
            ["Quelle: Zeitwirtschaft, Stand 03.04.2026"],
            ["Langzeiterkrankungen > 42 Kalendertage nicht enthalten"],
            ["Einheiten < 10 Personen zusammengefasst (Stabsbereiche)"],
        ]),
    ])
    return build("Personal Gesundheitsmanagement <gesundheit@elbmark.example>",
                 "Führungskräfte Lübeck <fk.luebeck@elbmark.example>",
                 "Krankenstand Q1/2026", when(4, 7, 10, 30), body, atts=[xlsx])


# ---------------------------------------------------------------- 025
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "HR in English: named employee on long-term sick leave, lumbar surgery, referral to occupational health and phased return")
def m025():
    body = """\
Hi Christiane,

quick update on Marco Bianchi-Feld (IT Ops, my team) as discussed
yesterday:

- He's been off since 19 January. He told me he had surgery on his
  lower back (L5/S1) on 4 March and is now in outpatient rehab
  three times a week.
- Current sick note runs until 10 April. He thinks he can come back
  after that but only part-time at first and no on-call duty.
- He asked whether we can do the phased return (Hamburger Modell)
  and whether he can get a standing desk.

Can you set up the referral to the occupational health service
(Dr. Albrecht) and send him the BEM invitation? I'd like to be in the
meeting if he agrees.

Thanks,
Priya
"""
    return build("Priya Raman <priya.raman@elbmark.example>",
                 "Christiane Möllendorf <christiane.moellendorf@elbmark.example>",
                 "Marco – return to work / BEM", when(3, 26, 18, 12), body)


# ---------------------------------------------------------------- 026
@mail("CONFIDENTIAL", "de", "internal",
      "field agent's short mail; the attached PDF application for buildings insurance carries the named applicants' birth dates and IBAN")
def m026():
    body = """\
Moin Alina,

anbei der Antrag Wohngebäude Rathmann, unterschrieben, SEPA ist drin.
Beginn soll 01.05. sein, Vorversicherer kündigt zum 30.04.
Kannst du das bitte zügig policieren? Die Bank will die
Bestätigung für die Finanzierung bis Ende nächster Woche.

Danke dir
Ralf

--
Ralf Paulsen
Hauptagentur Elbmark, Eutin
Markt 7 · 23701 Eutin · 04521 77 10 20
"""
    pdf = A_pdf("Antrag_WG_Rathmann_unterschrieben.pdf", "Antrag Wohngebäudeversicherung – Elbmark Allgemeine", [
        "Vermittler: Hauptagentur Ralf Paulsen, Eutin (VM-Nr. 4410-227)",
        "",
        "# Antragsteller",
        "1. Kai Rathmann, geb. 14.05.1984",
        "2. Sophie Rathmann geb. Wulf, geb. 30.11.1986",
        "Anschrift: Kiebitzweg 9, 23701 Eutin",
        "",
        "# Risiko",
        "Einfamilienhaus, Massivbau, Baujahr 2025, Wohnfläche 146 m², Wärmepumpe, PV-Anlage 9,8 kWp",
        "Versicherungssumme Wert 1914: 31.400 Mark, gleitender Neuwert",
        "Gefahren: Feuer, Leitungswasser, Sturm/Hagel, Elementar (ZÜRS 1)",
        "Vorversicherung: keine Vorschäden",
        "",
        "# Beitrag und Zahlung",
        "Jahresbeitrag 1.032,50 EUR, jährliche Zahlung",
        "SEPA-Lastschriftmandat: Kontoinhaber Kai Rathmann",
        "IBAN DE52 4891 1258 0600 2147 71",
        "",
        "Ort/Datum: Eutin, 20.03.2026      Unterschriften liegen vor",
    ], author="Agentur Paulsen")
    return build("Ralf Paulsen <ralf.paulsen@ad.elbmark.example>",
                 "Alina Wrobel <alina.wrobel@elbmark.example>",
                 "Antrag WG Rathmann – eilt etwas", when(3, 20, 19, 3), body, atts=[pdf])


# ---------------------------------------------------------------- 027
@mail("NORMAL", "de", "system-to-internal",
      "automatic password-expiry notice from the directory service; no personal data beyond the mailbox owner")
def m027():
    body = """\
Hallo Lea Carstensen,

Ihr Windows-Kennwort läuft in 5 Tagen ab (am 31.03.2026).

Bitte ändern Sie es rechtzeitig mit Strg+Alt+Entf > "Kennwort ändern"
oder unter https://passwort.intra.elbmark.example.
Das neue Kennwort muss mindestens 14 Zeichen lang sein und darf keinem
Ihrer letzten 12 Kennwörter entsprechen.

Der IT Service Desk wird Sie niemals nach Ihrem Kennwort fragen.

Dies ist eine automatisch erzeugte Nachricht. Bitte nicht antworten.
"""
    return build("IT-Benachrichtigung <noreply-iam@elbmark.example>",
                 "Lea Carstensen <lea.carstensen@elbmark.example>",
                 "Ihr Kennwort läuft in 5 Tagen ab", when(3, 26, 6, 0), body,
                 headers=[("Auto-Submitted", "auto-generated")])


# ---------------------------------------------------------------- 028
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "complaints desk escalates to the board office: named customer's complaint about refused reimbursement of a third ICSI/IVF cycle, threat to go to BaFin")
def m028():
    body = """\
Hallo Frau von Bargen,

Vorab zur Info, weil die Kundin angekündigt hat, direkt an Herrn
Dr. Asmussen zu schreiben:

Beschwerde-Nr. BM-2026-0388
Kundin: Frau Natalie Esser, KV-Vertrag 4472 6630 05 (Tarif Komfort+)
Thema: Ablehnung der Kostenübernahme für den 3. ICSI-Zyklus
(Rechnung Kinderwunschzentrum Hamburg-Altona, 6.940 €).

Sachstand:
- Zyklus 1 und 2 (2025) wurden erstattet.
- Für Zyklus 3 hat die Leistung abgelehnt, weil die Erfolgsaussicht
  nach zwei erfolglosen Versuchen und dem Alter der Kundin (41) laut
  GÄD unter 15 % liegt (BGH-Rspr. zur "hinreichenden Erfolgsaussicht").
- Frau Esser hält das für diskriminierend, verweist auf eine Studie
  ihres Arztes und droht mit BaFin und Presse.

Unsere Einschätzung: Ablehnung ist vertretbar, aber die Begründung im
Schreiben war sehr knapp und ohne Zahlen. Wir schlagen vor, dass der
GÄD die Bewertung nochmal ausführlich schriftlich erläutert und wir
eine Kulanz bei den Medikamentenkosten (1.210 €) prüfen.

Rückruf bei der Kundin ist für Freitag zugesagt.

Beste Grüße
Malte Feddersen
Leitung Beschwerdemanagement
"""
    return build("Malte Feddersen <malte.feddersen@elbmark.example>",
                 "Carola von Bargen <carola.vonbargen@elbmark.example>",
                 "Vorstandsrelevante Beschwerde BM-2026-0388 (KV, Kinderwunsch)", when(4, 8, 12, 40),
                 body, cc="Lea Carstensen <lea.carstensen@elbmark.example>")


# ---------------------------------------------------------------- 029
@mail("NORMAL", "en", "internal",
      "trap: board meeting agenda with BU claims ratio, PKV premium adjustment, cancer screening benefit and a data-breach KPI; no person")
def m029():
    body = """\
Dear members of the Management Board,

please find below the agenda for the board meeting on Tuesday,
21 April 2026, 09:00–13:00, board room 6th floor (video link for
Mr Svensson).

1. Minutes of the meeting of 24 March – approval
2. Q1 figures Group (CFO)
3. Life: disability (BU) claims ratio 2025 and new claims by cause –
   psychiatric causes up from 31 % to 34 % (Head of Life Claims)
4. Health: premium adjustment (Beitragsanpassung) 1 January 2027 –
   trigger factors, average increase 6.8 % (Chief Actuary)
5. Product: new outpatient benefit for cancer screening and
   preventive check-ups in the supplementary dental and outpatient
   tariffs (Head of Product Health)
6. Data protection report Q1: 7 reportable incidents, 1 notified to
   the supervisory authority, 212 access requests (DPO)
7. AOB

Papers will be uploaded to the board portal by Thursday, 16 April.

Kind regards,
Carola von Bargen
Board Office | Elbmark Versicherung AG
"""
    return build("Carola von Bargen <carola.vonbargen@elbmark.example>",
                 "Vorstand <vorstand@elbmark.example>",
                 "Agenda board meeting 21 April 2026", when(4, 9, 16, 20), body)


# ---------------------------------------------------------------- 030
@mail("CONFIDENTIAL", "de", "internal",
      "four-eyes approval of a motor total-loss payout: named policyholder, claim number, plate and the payee's IBAN")
def m030():
    body = """\
Holger, einmal Freigabe bitte:

Schaden 26-0207-3318, VN Mareike Sommerfeld, Kfz 71-5518-204,
HL-SO 77, Audi A3 Sportback EZ 2021.
Totalschaden lt. Gutachten Tamm v. 09.03.: WBW 21.900 €, Restwert
3.500 € (Angebot liegt vor, 3 Wochen bindend).
Vollkasko SB 500 €.

Zahlung: 21.900 – 3.500 – 500 = 17.900 € an
Mareike Sommerfeld, IBAN DE09 0224 2251 2156 3907 54
(Finanzierung abgelöst, Bankbestätigung liegt im DMS).

Gruß Svenja
"""
    return build("Svenja Brodersen <svenja.brodersen@elbmark.example>",
                 "Holger Marquardt <holger.marquardt@elbmark.example>",
                 "Freigabe TS 26-0207-3318", when(3, 24, 15, 58), body)


# ---------------------------------------------------------------- 031
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "field agent passes on a customer's accident report: skiing fall, broken wrist, surgery, accident policy number")
def m031():
    body = """\
Hallo Unfall-Team,

bitte Unfallanzeige aufnehmen, Kunde hat mich heute in der Agentur
angerufen:

Kunde: Steffen Jessen, Unfallpolice 60-204-7719 (Familientarif)
Unfall: 02.03.2026 Skiurlaub Saalbach, Sturz auf der Piste
Verletzung: distale Radiusfraktur re. (Handgelenk), am 03.03. in
Zell am See operiert (Platte), jetzt Gips/Schiene 6 Wochen.
Behandelnder Arzt hier: Unfallchirurgie Sana Eutin, Dr. Kühl.
Bergungskosten Hubschrauber? – hat er nicht, wurde mit dem Akja
runtergebracht.

Er möchte wissen, ob es Krankenhaustagegeld gibt (2 Nächte) und wie
das mit der Invalidität läuft. Formulare hab ich ihm schon mitgegeben.
Rückruf gerne direkt an ihn: 0171 5523091.

Gruß aus Eutin
Ralf Paulsen
"""
    return build("Ralf Paulsen <ralf.paulsen@ad.elbmark.example>",
                 "Unfall-Leistung <unfall.leistung@elbmark.example>",
                 "Unfallmeldung Jessen 60-204-7719", when(3, 11, 16, 27), body)


# ---------------------------------------------------------------- 032
@mail("NORMAL", "de", "internal",
      "trap: internal job posting for a part-time company doctor (medicine, psychiatry, underwriting experience); no person")
def m032():
    body = """\
Interne Stellenausschreibung Nr. 2026-017

Der Gesellschaftsärztliche Dienst (GÄD) sucht zum nächstmöglichen
Zeitpunkt eine

    Beratungsärztin / einen Beratungsarzt (m/w/d)
    Teilzeit 20–30 Std./Woche, Standort Lübeck oder Hamburg

Ihre Aufgaben
* medizinische Stellungnahmen in der Leistungsprüfung Kranken, BU und Unfall
* Unterstützung der Risikoprüfung Leben/BU bei Vorerkrankungen
* Schulungen der Fachbereiche zu Diagnosen, ICD-10 und GOÄ

Ihr Profil
* Approbation, Facharzt (m/w/d) Allgemeinmedizin, Innere, Orthopädie
  oder Psychiatrie
* gerne Erfahrung als Gutachter oder in einer Versicherung
* Freude an klarer schriftlicher Kommunikation

Interne Bewerbungen bitte bis 15.04.2026 über das Bewerberportal,
Ansprechpartnerin: Nadine Rieck, Personal, Durchwahl -1192.
Der Betriebsrat ist informiert.
"""
    return build("Personal <personal@elbmark.example>",
                 "Alle Mitarbeitenden <alle@elbmark.example>",
                 "Interne Ausschreibung: Beratungsärztin/-arzt GÄD (TZ)", when(3, 25, 9, 0), body)


# ---------------------------------------------------------------- 033
@mail("CONFIDENTIAL", "en", "internal",
      "sales: XLSX of trade-fair leads with named prospects' birth dates, phone numbers and nationality; no health details")
def m033():
    body = """\
Hi Dennis,

here are the leads from the Hamburg Expat Fair (14–15 March). 11 people
asked for an offer for the International Health Plan, 3 for household.
I've put their DOB in because the quote tool needs it.

Could you assign them to the agents in Hamburg by Wednesday? Some of
them are leaving for their new jobs abroad in April, so speed matters.

Thanks!
Sven
"""
    xlsx = A_xlsx("expat_fair_leads_2026-03.xlsx", [
        ("Leads", [
            ["Name", "DOB", "Nationality", "Phone", "E-mail", "Interest", "Moving to"],
            ["Aoife Brennan", "1990-02-17", "IE", "+49 152 0441 2287", "aoife.brennan@mailbox.example", "Intl Health Plan", "Singapore"],
            ["Rahul Iyer", "1987-10-05", "IN", "+49 160 9920 1144", "r.iyer@fastmail.example", "Intl Health Plan + family", "Dubai"],
            ["Katrin Voss", "1979-06-30", "DE", "+49 171 2230 876", "k.voss@web.example", "Intl Health Plan", "Toronto"],
            ["Lucas Ferreira", "1995-01-22", "BR", "+49 157 3348 1190", "lucasf@gmail.example", "Household", "-"],
            ["Mei Lin Chow", "1992-08-11", "MY", "+49 176 5551 0042", "meilin.chow@outlook.example", "Intl Health Plan", "Kuala Lumpur"],
            ["Jonas Petersson", "1983-04-03", "SE", "+49 151 6612 7730", "jonas.p@proton.example", "Intl Health Plan", "Nairobi"],
            ["Olga Sokolova", "1988-12-19", "DE", "+49 172 8890 314", "o.sokolova@gmx.example", "Household", "-"],
            ["Tom Whitfield", "1976-03-08", "GB", "+49 160 4401 992", "tomwhitfield@btinternet.example", "Intl Health Plan", "Hong Kong"],
        ]),
    ], author="Sven Oldenburg")
    return build("Sven Oldenburg <sven.oldenburg@elbmark.example>",
                 "Dennis Kruse <dennis.kruse@elbmark.example>",
                 "Leads Expat Fair – please assign", when(3, 16, 8, 48), body, atts=[xlsx])


# ---------------------------------------------------------------- 034
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "application clerk asks the underwriter about a named life/BU applicant: BMI 34, hypertension, medication, sleep apnoea")
def m034():
    body = """\
Hi Oliver,

kurze Frage zu Antrag 2026-LV-118825, Yıldırım, Emre, 44 J.,
Risiko-LV 250 T€ + BU 1.500 €/Monat, Beruf Fernfahrer.

Gesundheitsfragen:
- 1,78 m / 108 kg → BMI 34
- Hypertonie seit 2022, Candesartan 16 mg, "gut eingestellt" lt. Kunde
- Schlafapnoe, nutzt CPAP seit 2024
- sonst nix

Reicht dir das oder soll ich gleich Hausarztbericht + aktuelle RR-Werte
anfordern? Der Makler drängelt, Kunde will bis Monatsende Deckung.
Zuschlag 50 % auf BU wäre meine Vermutung?

LG Ramona
"""
    return build("Ramona Tiedje <ramona.tiedje@elbmark.example>",
                 "Oliver Nakamura-Roth <oliver.nakamura-roth@elbmark.example>",
                 "Antrag Yıldırım – reicht das?", when(3, 17, 11, 6), body)


# ---------------------------------------------------------------- 035
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "underwriter's reply is only 'ok so', the quoted question below names the BU applicant with Hashimoto, migraine and a knee operation")
def m035():
    body = """\
ok so. Ausschluss Knie re. + normale Annahme, Migräne ohne Zuschlag
wenn < 4 Attacken/Monat, hab's im System vermerkt.
O.

> -----Ursprüngliche Nachricht-----
> Von: Tiedje, Ramona
> Gesendet: Mittwoch, 25. März 2026 09:12
> An: Nakamura-Roth, Oliver
> Betreff: Antrag Gerdes BU
>
> Hallo Oliver,
>
> Antrag 2026-BU-120417, Lisa Gerdes, 31 J., Physiotherapeutin,
> BU-Rente 1.800 €.
>
> - Hashimoto-Thyreoiditis, L-Thyroxin 75 µg, Werte normal
> - Migräne ohne Aura, ca. 2-3 Attacken/Monat, Triptan b. Bedarf,
>   keine AU-Zeiten deswegen
> - Arthroskopie Knie re. 2023 (Meniskus), seitdem beschwerdefrei,
>   macht wieder Sport
>
> Vorschlag von mir: Ausschluss Knie rechts, Rest normal?
>
> Danke, Ramona
"""
    return build("Oliver Nakamura-Roth <oliver.nakamura-roth@elbmark.example>",
                 "Ramona Tiedje <ramona.tiedje@elbmark.example>",
                 "AW: Antrag Gerdes BU", when(3, 25, 9, 40), body)


# ---------------------------------------------------------------- 036
@mail("NORMAL", "de", "internal",
      "board office organises the CEO's trip to an association meeting (train, hotel); organisational only")
def m036():
    body = """\
Liebe Frau Pohl,

für Herrn Dr. Asmussen bitte folgende Reise buchen:

Mi 22.04.  ICE 1022 Lübeck Hbf 07:06 → Berlin Hbf 10:06 (über Hamburg),
           1. Klasse, Sitzplatz Ruhebereich, Bahncard 100 ist hinterlegt
           Hotel: Regent am Gendarmenmarkt o. ä., 1 Nacht, Rechnung an uns
Do 23.04.  Präsidialausschuss GDV 09:00–15:00
           Rückfahrt ICE ab Berlin Hbf 16:52

Bitte auch einen Tisch für 4 Personen am Mittwochabend (19:30) in der
Nähe des Hotels, Gäste sind zwei Vorstandskollegen anderer Häuser.

Danke und viele Grüße
Carola von Bargen
Vorstandsbüro
"""
    return build("Carola von Bargen <carola.vonbargen@elbmark.example>",
                 "Sandra Pohl <sandra.pohl@elbmark.example>",
                 "Reise Dr. Asmussen Berlin 22./23.04.", when(4, 1, 10, 12), body)


# ---------------------------------------------------------------- 037
@mail("CONFIDENTIAL", "de", "internal",
      "complaint summary for a household bicycle-theft refusal: named customer, claim and policy numbers, address, premium; no health content")
def m037():
    body = """\
Hallo Meike,

Beschwerde BM-2026-0412 landet bei dir, weil Hausrat/Fahrrad:

Kunde: Leon Behrens, Hausrat 30-771-0824, Hüxstraße 54, 23552 Lübeck
Schaden: SN 26-0219-1106, E-Bike (Cube, Rahmennr. WC2281734) am
18.02. vor dem Hbf gestohlen. Abgelehnt am 04.03., weil Kunde den
Kaufbeleg des Schlosses nicht vorlegen konnte und die Fahrradklausel
"nur mit Rahmenschloss UND Kettenschloss" verlangt.

Kunde sagt: Schloss war dran (Schlüssel liegt vor, hat er geschickt),
Beleg ist weg, er sei seit 14 Jahren Kunde (zahlt 289 €/Jahr) und
kündigt alles, wenn wir nicht zahlen. Er hat auch noch Kfz und
Haftpflicht bei uns.

Meine Empfehlung: Schlüssel + Polizeiprotokoll reichen aus unserer Sicht
als Nachweis. Kannst du dir das bis Ende der Woche ansehen?

Danke, Lea
"""
    return build("Lea Carstensen <lea.carstensen@elbmark.example>",
                 "Meike Oltmanns <meike.oltmanns@elbmark.example>",
                 "Beschwerde BM-2026-0412 Behrens (Fahrrad)", when(3, 30, 14, 5), body)


# ---------------------------------------------------------------- 038
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "calendar invitation; the ICS description of the case conference names the accident victim, polytrauma, spinal fracture and rehab clinic")
def m038():
    ics = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Elbmark//Kalender 3.1//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:fallkonf-frahm-20260402@elbmark.example
DTSTAMP:20260326T140000Z
DTSTART:20260402T120000Z
DTEND:20260402T130000Z
SUMMARY:Fallkonferenz Frahm (UV 60-331-0058)
LOCATION:Teams
DESCRIPTION:Herr Frahm\\, Z.n. Polytrauma nach Motorradunfall 11/2025: BWK-12-Fraktur (operativ versorgt)\\, Beckenfraktur\\, Milzruptur. Derzeit stationäre Reha in der Klinik Damp\\, Entlassung voraussichtlich 20.04. Themen: Hilfsmittel (Rollator/Treppenlift)\\, Wohnungsumbau\\, Reha-Dienst Nordcare\\, Vorschuss Invalidität. Teilnehmer: Wahlers\\, Jacobsen\\, Dr. Haverkamp\\, Frau Loos (Nordcare).
ORGANIZER;CN=Ingo Wahlers:mailto:ingo.wahlers@elbmark.example
ATTENDEE;CN=Wiebke Jacobsen:mailto:wiebke.jacobsen@elbmark.example
ATTENDEE;CN=Kirsten Haverkamp:mailto:kirsten.haverkamp@elbmark.example
ATTENDEE;CN=Hanna Loos:mailto:h.loos@nordcare-reha.example
END:VEVENT
END:VCALENDAR
"""
    body = """\
Einladung zur Fallkonferenz, Details im Termin.
"""
    return build("Ingo Wahlers <ingo.wahlers@elbmark.example>",
                 ["Wiebke Jacobsen <wiebke.jacobsen@elbmark.example>",
                  "Dr. Kirsten Haverkamp <kirsten.haverkamp@elbmark.example>",
                  "Hanna Loos <h.loos@nordcare-reha.example>"],
                 "Fallkonferenz Frahm – Do 02.04. 14:00", when(3, 26, 15, 0), body,
                 atts=[A_ics("Fallkonferenz_Frahm.ics", ics)])


# ---------------------------------------------------------------- 039
@mail("NORMAL", "en", "internal",
      "trap: security-awareness mail quoting a phishing example about a health-insurance refund and IBAN confirmation; no real person")
def m039():
    body = """\
Dear colleagues,

over the last few days several of you have received the following
phishing mail, sent to our customers AND to staff mailboxes:

    From: "Elbmark Erstattung" <service@elbmark-erstattung.example>
    Subject: Ihre Rückerstattung Krankenversicherung 412,60 EUR

    "Sehr geehrter Kunde, Ihre Arztrechnung wurde geprüft. Bitte
    bestätigen Sie Ihre IBAN innerhalb von 24 Stunden über den
    folgenden Link, sonst verfällt die Erstattung."

How to spot it:
* We never ask customers to "confirm" an IBAN by link.
* The sender domain is not ours.
* Time pressure ("24 Stunden").

If you clicked the link or entered anything, call the Service Desk
immediately (-4000). Otherwise just use the "Report phishing" button.

Customers who call about it: please tell them to delete the mail.
A short text for the call centre is in the knowledge base (KB-3317).

Rajesh Menon
Group IT Security
"""
    return build("Rajesh Menon <rajesh.menon@elbmark.example>",
                 "All staff <alle@elbmark.example>",
                 "Phishing alert: fake 'health insurance refund' mails", when(2, 18, 11, 30), body)


# ---------------------------------------------------------------- 040
@mail("CONFIDENTIAL", "de", "internal",
      "data-protection coordinator compiles an Art. 15 access response for a named household/liability customer: address, birth date, masked IBAN, contracts")
def m040():
    body = """\
Hallo Frau Dr. Ehlers,

Auskunftsersuchen DS-2026-0091 (Art. 15 DSGVO), Eingang 02.03.,
Frist 02.04. Ich habe die Systemabfragen zusammen, bevor das Schreiben
rausgeht bitte einmal drüberschauen:

Betroffener: Karsten Wilde, geb. 08.01.1970, Gneisenaustr. 3, 23566 Lübeck

Gespeicherte Daten
- Stammdaten: Name, Anschrift, Geburtsdatum, Tel., E-Mail
- Verträge: Hausrat 30-512-3390 (seit 2011), Privathaftpflicht
  40-220-1871 (seit 2011), Kfz 71-4471-002 (gekündigt 2023, Daten bis
  Ende 2029 wg. Aufbewahrung)
- Bankverbindung: IBAN DE94 **** **** **** **30 40 (Lastschrift)
- Schäden: SN 24-0908-5512 (Leitungswasser, reguliert 1.840 €)
- Kontakthistorie: 14 Einträge, zuletzt Anruf 27.02.2026
- Werbeeinwilligung: nein
- HIS-Meldung: keine

Empfänger: Rückversicherer (nur aggregiert), Dienstleister Druck/Versand.
Keine KV/LV-Verträge, also keine Gesundheitsdaten.

Versand per Post an die Meldeadresse, oder hat er um E-Mail gebeten? –
laut Anschreiben: Post.

Viele Grüße
Jonas Riemer
Datenschutzkoordination
"""
    return build("Jonas Riemer <jonas.riemer@elbmark.example>",
                 "Dr. Sabine Ehlers <sabine.ehlers@elbmark.example>",
                 "DS-2026-0091 Auskunft Wilde – bitte Freigabe", when(3, 27, 10, 55), body)


# ---------------------------------------------------------------- 041
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "data-protection coordinator asks the expat unit for a named member's data for an Art. 15 request; the list includes claims with diagnosis codes")
def m041():
    body = """\
Hi Claire,

we have an access request (Art. 15 GDPR) from one of your members,
ref. DS-2026-0104, received 16 March, deadline 16 April:

  Daniel Whitaker, International Health Plan Gold, EIH-40-19930

From the core system I already have master data, premium account and
correspondence. What I'm missing is the claims part from your
expat platform (it's not in the core system). My extract so far shows:

  2025-03  physiotherapy, 12 sessions, M54.2 cervicalgia
  2025-07  dermatology, L40.0 psoriasis vulgaris, biologic
           (adalimumab) pre-authorised
  2025-11  inpatient Bangkok, 2 nights, A09 gastroenteritis

Could you please send me the complete list including the
pre-authorisation letters and any medical reports we received, as
PDF, via the secure share (not by mail)? And please confirm whether
any data went to the TPA in Singapore.

Thanks a lot,
Jonas

Jonas Riemer
Data Protection Coordination, Elbmark Versicherung AG
"""
    return build("Jonas Riemer <jonas.riemer@elbmark.example>",
                 "Claire Dubois-Hart <claire.dubois-hart@elbmark.example>",
                 "DS-2026-0104 access request – your claims data needed", when(3, 19, 9, 50), body)


# ---------------------------------------------------------------- 042
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "harmless IT ticket body; only the attached log lines carry insured persons' names, invoice types and ICD codes from the OCR batch")
def m042():
    body = """\
Hi Kevin,

the OCR export for scan batch 2211 (inbound health invoices, 24 March)
failed again at 03:12. Same error as in INC-48812: the classifier
returns an empty "tariff" field and the export job aborts the whole
batch instead of skipping the document.

Log excerpt attached (grabbed it from the app server, sorry, it's the
raw one). Could you reopen INC-48812 and assign it to the vendor?
The health claims team is waiting for the batch.

Thanks,
Priya
"""
    log = """\
2026-03-24 03:11:58,402 INFO  ocr-export batch=2211 docs=318 start
2026-03-24 03:12:01,117 INFO  doc=2211-0041 type=ARZTRECHNUNG insured="Hansen, Birgit" policy=4471-5520-19 icd="J45.0" amount=184.37
2026-03-24 03:12:01,530 INFO  doc=2211-0042 type=REZEPT insured="Hansen, Birgit" policy=4471-5520-19 pzn=06313409 drug="Salbutamol Inhalat"
2026-03-24 03:12:02,004 INFO  doc=2211-0043 type=KRANKENHAUSRECHNUNG insured="Okafor, Chidi" policy=4473-0091-44 icd="K35.8" amount=4210.90
2026-03-24 03:12:02,388 WARN  doc=2211-0044 type=ARZTRECHNUNG insured="Brandt, Maximilian" policy=4470-8812-02 icd="F90.0" tariff=<null>
2026-03-24 03:12:02,389 ERROR export aborted: NullPointerException at TariffMapper.map(TariffMapper.java:88)
2026-03-24 03:12:02,390 ERROR batch=2211 status=FAILED exported=0/318
"""
    return build("Priya Raman <priya.raman@elbmark.example>",
                 "Kevin Albers <kevin.albers@elbmark.example>",
                 "Re: INC-48812 OCR export batch 2211 failed again", when(3, 24, 8, 17), body,
                 atts=[A_txt("ocr-export-2211.log", log)])


# ---------------------------------------------------------------- 043
@mail("NORMAL", "en", "internal",
      "trap: actuarial notes for a reinsurance renewal on mortality tables, critical-illness incidence and disability assumptions; no person")
def m043():
    body = """\
Oliver, Fiona,

notes from our call on the 2027 life/CI/disability quota share renewal:

1. Mortality: we stay on DAV 2008 T with company-specific selection
   factors; experience 2021-2025 is at 81 % of table (smokers 94 %).
2. Critical illness: incidence for cancer and heart attack is ~8 %
   above the reinsurer's pricing basis in ages 45-59. Stroke in line.
   Fiona will send their updated basis (UK CI 2020 adjusted to DE).
3. Disability (BU): new claims incidence 2025 at 103 % of
   DAV 1997 I; mental disorders now the largest cause (34 % of new
   claims), musculoskeletal 22 %, cancer 15 %. Termination rates
   after recovery are improving.
4. Medical underwriting limits: reinsurer proposes to raise the
   non-medical limit for BU from EUR 2,000 to EUR 2,500 monthly
   annuity for ages below 40.

Open: treatment of the new "mental health fast track" benefit – the
reinsurer wants a cap. Next call 30 April.

Regards,
Anneke Rossbach
Chief Actuary Life
"""
    return build("Anneke Rossbach <anneke.rossbach@elbmark.example>",
                 ["Oliver Nakamura-Roth <oliver.nakamura-roth@elbmark.example>",
                  "Fiona Gallagher <fiona.gallagher@elbmark-re.example>"],
                 "QS renewal 2027 – notes from today's call", when(4, 14, 17, 25), body)


# ---------------------------------------------------------------- 044
@mail("CONFIDENTIAL", "en", "internal",
      "HR in English: offer terms for a named new hire with annual salary, bonus and start date")
def m044():
    body = """\
Hi Nadine,

we'd like to make the offer to Samuel Adeyemi-Clarke (Data Engineer,
requisition R-2026-044) – second interview went really well.

Terms agreed with Christiane:
- start date 1 June 2026, permanent, probation 6 months
- EUR 78,000 gross p.a. (13 salaries), target bonus 8 %
- 2 days/week office Hamburg, rest remote
- relocation lump sum EUR 3,000 (he moves from Manchester)
- 30 days holiday

He reads German but prefers the contract in English with a German
version attached. Could you prepare it by Friday? I'll call him on
Monday to give the verbal offer first.

Thanks!
Priya
"""
    return build("Priya Raman <priya.raman@elbmark.example>",
                 "Nadine Rieck <nadine.rieck@elbmark.example>",
                 "Offer – Data Engineer R-2026-044", when(4, 15, 13, 30), body,
                 cc="Christiane Möllendorf <christiane.moellendorf@elbmark.example>")


# ---------------------------------------------------------------- 045
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "English household claim settlement to a named customer: stolen laptop, claim number, amount and her IBAN")
def m045():
    body = """\
Dear Ms Kavanagh,

thank you for sending the police report and the invoice – that was
all we needed.

Your claim SN 26-0302-0917 (burglary, 28 February 2026, Eppendorfer
Weg 201, Hamburg) under your household policy 30-904-5518:

  MacBook Pro 14" (bought 2024)        EUR 2,349.00
  less depreciation                    EUR     0.00  (new-value cover)
  noise-cancelling headphones          EUR   279.00
  deductible                           EUR  -150.00
  -------------------------------------------------
  payment                              EUR 2,478.00

We will transfer the amount within 3 working days to the account you
gave us, IBAN DE55 1197 9371 7326 9577 24 (account holder Siobhan
Kavanagh).

The damaged door lock is the landlord's matter (building insurance),
so we have not included it.

Kind regards

Svenja Brodersen
Property Claims | Elbmark Allgemeine Versicherung AG
Travemünder Allee 120, 23568 Lübeck, Germany
"""
    return build("Svenja Brodersen <svenja.brodersen@elbmark.example>",
                 "Siobhan Kavanagh <siobhan.kavanagh@eircom.example>",
                 "Your claim SN 26-0302-0917 – settlement", when(3, 13, 10, 48), body)


# ---------------------------------------------------------------- 046
@mail("NORMAL", "en", "internal",
      "trap: wellbeing-week newsletter about mental health, back pain and burnout prevention, naming the volunteer first aiders only by role")
def m046():
    html = """\
<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial">
<h1 style="color:#0d47a1">Wellbeing Week 4&ndash;8 May</h1>
<p>Dear colleagues,</p>
<p>mental health is health. During Wellbeing Week we offer:</p>
<ul>
<li><b>Mon</b> &ndash; Talk &bdquo;Stress, sleep and burnout: early warning signs&ldquo; (Teams, 12:00)</li>
<li><b>Tue</b> &ndash; Back school with a physiotherapist, room 1.07</li>
<li><b>Wed</b> &ndash; Anonymous counselling hotline of our EAP provider, all day</li>
<li><b>Thu</b> &ndash; Walk &amp; talk round the Wakenitz, 17:00</li>
<li><b>Fri</b> &ndash; Healthy breakfast in the canteen</li>
</ul>
<p>Our trained <b>Mental Health First Aiders</b> are listed on the intranet page
&bdquo;Gesund bei Elbmark&ldquo;. Talking to them is confidential and nothing is recorded.</p>
<p>None of the offers requires you to share any health information with your manager.</p>
<p>Your Health Management team</p>
</body></html>
"""
    text = """\
Wellbeing Week 4-8 May

Dear colleagues,

mental health is health. During Wellbeing Week we offer:

- Mon: Talk "Stress, sleep and burnout: early warning signs" (Teams, 12:00)
- Tue: Back school with a physiotherapist, room 1.07
- Wed: Anonymous counselling hotline of our EAP provider, all day
- Thu: Walk & talk round the Wakenitz, 17:00
- Fri: Healthy breakfast in the canteen

Our trained Mental Health First Aiders are listed on the intranet page
"Gesund bei Elbmark". Talking to them is confidential and nothing is recorded.

None of the offers requires you to share any health information with your
manager.

Your Health Management team
"""
    return build("Health Management <gesundheit@elbmark.example>",
                 "All staff <alle@elbmark.example>",
                 "Wellbeing Week 4–8 May: programme", when(4, 20, 8, 0), text, html=html)


# ---------------------------------------------------------------- 047
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "facultative reinsurance request naming a life applicant with myocardial infarction in 2019, stents, HbA1c and smoking history")
def m047():
    body = """\
Dear Conor,

please find below a facultative request for a term life case that
exceeds our retention.

Applicant:      James MacLeod, male, born 12 August 1971, non-smoker
                since 2020 (previously 20 cig/day for 25 years)
Occupation:     managing director, shipping company (office)
Sum insured:    EUR 1,200,000 term life, 20 years, plus
                EUR 300,000 critical illness
Medical:        NSTEMI in October 2019, two stents (LAD), no events
                since; LVEF 55 % (echo 01/2026); exercise ECG 02/2026
                without ischaemia up to 200 W. Type 2 diabetes since
                2021, metformin, HbA1c 6.4 %. BMI 27. BP 128/80 on
                ramipril.
Our view:       life +100 % extra mortality, CI declined (cardiac),
                subject to your opinion.

Medical reports (cardiology report, ECG, lab) will follow via our
secure upload. Application ref. 2026-LV-117704.

Best regards,
Oliver Nakamura-Roth
Senior Underwriter Life & Disability
Elbmark Lebensversicherung AG
"""
    return build("Oliver Nakamura-Roth <oliver.nakamura-roth@elbmark.example>",
                 "Conor Walsh <conor.walsh@elbmark-re.example>",
                 "Fac request 2026-LV-117704 (MacLeod) – life + CI", when(3, 3, 15, 20), body)


# ---------------------------------------------------------------- 048
@mail("NORMAL", "en", "internal",
      "IT maintenance notice for the motor tariff calculator and broker portal; no personal data")
def m048():
    body = """\
Hi all,

planned maintenance:

  System:   Motor tariff calculator (KfzTR) + broker portal quote API
  When:     Saturday 11 April 2026, 20:00 – Sunday 12 April, 06:00
  Impact:   no motor quotes, no eVB numbers via portal/API;
            existing contracts not affected
  Why:      database upgrade and new type classes (Typklassen) 2026

The hotline for agents will issue eVB numbers manually during the
window (usual number).

Best,
IT Operations
"""
    return build("IT Operations <it-ops@elbmark.example>",
                 ["Vertrieb <vertrieb@elbmark.example>", "Maklerbetreuung <makler@elbmark.example>"],
                 "Maintenance KfzTR / broker portal – Sat 11 April", when(4, 6, 14, 2), body)


# ---------------------------------------------------------------- 049
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "board office forwards a customer's letter to the CEO as attached message/rfc822: prostate cancer, proton therapy, refused cost coverage")
def m049():
    inner_body = """\
Sehr geehrter Herr Dr. Asmussen,

ich wende mich direkt an Sie, weil ich mit Ihrer Leistungsabteilung
nicht weiterkomme.

Bei mir wurde im Januar ein Prostatakarzinom festgestellt (Gleason 7,
keine Metastasen). Meine Urologin und die Strahlenklinik in Essen
empfehlen eine Protonentherapie, weil bei mir nach einer früheren
Darm-OP das Risiko für Nebenwirkungen bei der normalen Bestrahlung
hoch ist. Ihre Gesellschaft hat die Kostenübernahme (ca. 28.000 Euro)
am 9. März abgelehnt, "keine Überlegenheit gegenüber der
Standardtherapie nachgewiesen".

Ich bin seit 1998 bei Ihnen versichert (Vertrag 4470 0012 77) und habe
nie große Rechnungen eingereicht. Die Behandlung soll im Mai beginnen.
Ich bitte Sie, sich persönlich um meinen Fall zu kümmern.

Mit freundlichen Grüßen
Gerhard Timm
Lindenplatz 4, 23554 Lübeck
"""
    inner = fwd_msg("Gerhard Timm <gerhard.timm@t-online.example>",
                    "Dr. Henning Asmussen <henning.asmussen@elbmark.example>",
                    "Persönlich – Ablehnung Protonentherapie", when(3, 29, 20, 14), inner_body,
                    msgid="<a81f22c0-9e1b-4b7e-8d5e-31c2d1aa9f01@t-online.example>")
    body = """\
Hallo Herr Bleeker,

anbei eine Vorstandsbeschwerde (Original-Mail hängt an). Herr
Dr. Asmussen möchte bis 10.04. eine kurze Stellungnahme: Sachstand,
Begründung der Ablehnung, Einschätzung GÄD und ob eine Kulanzlösung
oder ein Zweitgutachten in Frage kommt. Die Antwort an den Kunden
geht dann über das Vorstandsbüro raus.

Bitte vertraulich behandeln, Beschwerdemanagement hab ich in Kopie.

Danke und viele Grüße
Carola von Bargen
"""
    return build("Carola von Bargen <carola.vonbargen@elbmark.example>",
                 "Torsten Bleeker <torsten.bleeker@elbmark.example>",
                 "WG: Persönlich – Ablehnung Protonentherapie (VB-2026-07)", when(3, 30, 8, 35), body,
                 cc="Malte Feddersen <malte.feddersen@elbmark.example>", fwd=inner)


# ---------------------------------------------------------------- 050
@mail("CONFIDENTIAL", "de", "internal",
      "no-claims class transfer between spouses: named persons, motor policy numbers, plates, driving-licence dates")
def m050():
    body = """\
Hi Jannik,

kannst du mir bei einer SF-Übertragung helfen, ich hab das selten:

Übertragung von Ehefrau Annegret Claußen (Kfz 71-1987-330, HL-AC 12,
SF 14, Führerschein seit 03/1998) auf Ehemann Dirk Claußen (Kfz neu,
Antrag 71-6620-441, Führerschein seit 1995). Sie fährt laut Erklärung
künftig nicht mehr (hat das Auto abgegeben), er hat bisher nur SF 2.

Die Übertragungserklärung ist von beiden unterschrieben. Muss ich
prüfen, ob er das Fahrzeug der Frau regelmäßig genutzt hat, oder
reicht die Erklärung? Und bekommt sie dann SF 0 für eventuelle spätere
Verträge?

Danke!
Alina
"""
    return build("Alina Wrobel <alina.wrobel@elbmark.example>",
                 "Jannik Vosskamp <jannik.vosskamp@elbmark.example>",
                 "SF-Übertragung Claußen – kurze Frage", when(2, 27, 11, 19), body)


# ---------------------------------------------------------------- 051
@mail("NORMAL", "de", "internal",
      "trap: minutes (DOCX) of a data-classification workshop listing data classes such as Gesundheitsdaten, IBAN, Geburtsdatum, ICD; no person's data")
def m051():
    body = """\
Hallo zusammen,

anbei das Protokoll unseres Workshops "Datenklassen und Schutzbedarf"
vom 05.03. Bitte bis 20.03. Korrekturen an mich, danach geht es in
die IT-Sicherheitsrichtlinie (Anhang C).

Viele Grüße
Jonas Riemer
Datenschutzkoordination
"""
    doc = A_docx("Protokoll_Workshop_Datenklassen_2026-03-05.docx", [
        "# Protokoll Workshop „Datenklassen und Schutzbedarf“",
        "Datum: 05.03.2026, 09:00–12:30, Raum 4.02",
        "Teilnehmende: Datenschutz (Dr. Ehlers, Riemer), IT-Sicherheit (Menon), Leistung KV (Bleeker), Leben (Jacobsen), Schaden Sach (Oltmanns), Revision (Quade)",
        "## 1. Ergebnis: vier Datenklassen",
        "[TABLE 0]",
        "## 2. Festlegungen",
        "E-Mails an Externe mit Daten der Klasse 3 nur über das Secure-Mail-Gateway oder das Portal. Klasse 2 mindestens mit erzwungenem TLS.",
        "Interne Mails sind nicht ausgenommen: auch intern gilt Need-to-know, Verteiler wie „alle@“ dürfen keine Klasse 2/3 enthalten.",
        "Testdaten müssen synthetisch sein; Produktionsdaten in Testumgebungen nur anonymisiert.",
        "## 3. Offene Punkte",
        "Einstufung von Tierarztrechnungen (Tier-OP): Vorschlag Klasse 2. Einstufung von Daten aus der Rechtsschutzsparte (Strafverfahren): Vorschlag Klasse 3 – Entscheidung DSB bis 31.03.",
    ], tables=[[
        ["Klasse", "Bezeichnung", "Beispiele", "Schutzbedarf"],
        ["0", "öffentlich", "Produktinfos, Pressemitteilungen", "normal"],
        ["1", "intern", "Organigramm, Prozessbeschreibungen, Speiseplan", "normal"],
        ["2", "vertraulich", "Name + Vertragsnummer, Geburtsdatum, IBAN, Einkommen", "hoch"],
        ["3", "streng vertraulich", "Gesundheitsdaten (Diagnosen, ICD-10, Arztberichte), Daten nach § 203 StGB, Leben/Kranken/Unfall", "sehr hoch"],
    ]], title="Protokoll Datenklassen", author="Jonas Riemer")
    return build("Jonas Riemer <jonas.riemer@elbmark.example>",
                 "AG Datenklassen <ag-datenklassen@elbmark.example>",
                 "Protokoll Workshop Datenklassen 05.03.", when(3, 6, 15, 40), body, atts=[doc])


# ---------------------------------------------------------------- 052
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "HR: a named employee's pregnancy, expected delivery date and a partial doctor's work ban (Mutterschutz)")
def m052():
    body = """\
Hallo Herr Marquardt,

Frau Lorenz (Kfz-Schaden) hat uns heute ihre Schwangerschaft mitgeteilt,
voraussichtlicher Entbindungstermin laut Mutterpass 14.09.2026.
Herzlichen Glückwunsch auch von uns, aber jetzt der formale Teil:

1. Mutterschutzfrist beginnt am 03.08.2026.
2. Ihre Frauenärztin hat ein teilweises Beschäftigungsverbot
   ausgesprochen: max. 6 Std./Tag, keine Außentermine (also keine
   Besichtigungen mit dem Sachverständigen mehr). Das Attest liegt bei uns.
3. Wir müssen die Gefährdungsbeurteilung für ihren Arbeitsplatz
   aktualisieren – ich schicke Ihnen das Formular.
4. Bitte informieren Sie das Team erst, wenn Frau Lorenz einverstanden
   ist. Die Mitteilung ans Gewerbeaufsichtsamt machen wir.

Viele Grüße
Nadine Rieck
Personal
"""
    return build("Nadine Rieck <nadine.rieck@elbmark.example>",
                 "Holger Marquardt <holger.marquardt@elbmark.example>",
                 "Mutterschutz Frau Lorenz – bitte vertraulich", when(4, 16, 11, 12), body)


# ---------------------------------------------------------------- 053
@mail("CONFIDENTIAL", "de", "internal",
      "payroll correction run: body is short, the windows-1252 CSV lists named employees' net amounts and IBANs")
def m053():
    body = """\
Hallo Finanzbuchhaltung,

anbei die Korrekturzahlungen zur März-Abrechnung (Nachzahlung
Schichtzulage IT-Betrieb), bitte mit Valuta 08.04. anweisen.
Summe 3.119,56 €, 6 Posten.

Gruß
Hendrik Stapelfeldt
Entgeltabrechnung
"""
    csvtext = """\
PNr;Name;Vorname;Betrag netto;IBAN;Verwendungszweck
10233;Albers;Kevin;412,18;DE16851137657688603971;Korrektur 03/2026 Schichtzulage
10587;Bianchi-Feld;Marco;388,40;DE53071133048597571849;Korrektur 03/2026 Schichtzulage
10702;Güney;Serkan;655,02;DE35367467638405754548;Korrektur 03/2026 Schichtzulage
10811;Haack;Björn;590,77;DE14372471216816910527;Korrektur 03/2026 Schichtzulage
11045;Nowicki;Marek;489,15;DE83598491978898980961;Korrektur 03/2026 Schichtzulage
11190;Schröder;Jana;584,04;DE74581024812015967017;Korrektur 03/2026 Schichtzulage
"""
    return build("Hendrik Stapelfeldt <hendrik.stapelfeldt@elbmark.example>",
                 "Finanzbuchhaltung <fibu@elbmark.example>",
                 "Korrekturzahlungen Entgelt 03/2026", when(4, 2, 15, 10), body,
                 atts=[A_csv("Korrektur_03_2026.csv", csvtext, encoding="windows-1252",
                             subtype="vnd.ms-excel")])


# ---------------------------------------------------------------- 054
@mail("NORMAL", "de", "internal",
      "trap: draft text module for dental plan refusals with «placeholders» for name, tooth, GOZ number and diagnosis; no real case")
def m054():
    body = """\
Hallo Torsten,

hier der Entwurf für den neuen Textbaustein HKP-11 (Teilablehnung
Implantat, Lückenschluss möglich). Bitte einmal fachlich drüber, dann
geht er an die Rechtsabteilung.

------------------------------------------------------------
Sehr geehrte{r} «Anrede» «Nachname»,

vielen Dank für die Einreichung des Heil- und Kostenplans von
«Praxisname» vom «Datum_HKP».

Für das Implantat in Regio «Zahn» können wir leider keine Leistung
zusagen. Nach der Stellungnahme unseres Beratungszahnarztes ist die
Versorgung medizinisch nicht notwendig, weil «Begründung_BZA».

Für die übrigen Positionen (GOZ «GOZ_Nr_Liste») erstatten wir
voraussichtlich «Betrag_zugesagt» €. Der endgültige Betrag richtet sich
nach der Rechnung.

Sie können die Entscheidung durch einen unabhängigen Gutachter
überprüfen lassen («Hinweis_Gutachterverfahren»).
------------------------------------------------------------

Platzhalter-Liste hängt im Wiki. Die Diagnosen schreiben wir
bewusst nicht in den Baustein, nur in die Begründung.

Gruß, Annika
"""
    return build("Annika Schwertfeger <annika.schwertfeger@elbmark.example>",
                 "Torsten Bleeker <torsten.bleeker@elbmark.example>",
                 "Entwurf Textbaustein HKP-11", when(2, 19, 14, 26), body)


# ---------------------------------------------------------------- 055
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "claims handler asks a GP for a report on a named patient with suspected pre-existing back disease; consent form PDF attached")
def m055():
    body = """\
Sehr geehrter Herr Dr. Adeyemi,

Ihr Patient, Herr Sönke Harms, geb. 17.02.1975, hat bei uns
Krankentagegeld beantragt (AU seit 05.01.2026, Diagnose laut AU:
M51.2 Bandscheibenverlagerung lumbal).

Für unsere Prüfung bitten wir Sie um einen kurzen Befundbericht:
1. Seit wann behandeln Sie Herrn Harms wegen Rückenbeschwerden?
2. Gab es vor dem 01.06.2024 (Versicherungsbeginn) Behandlungen der
   Lendenwirbelsäule, und wenn ja, wann und mit welcher Diagnose?
3. Wie lange wird die Arbeitsunfähigkeit voraussichtlich dauern?

Die Schweigepflichtentbindung von Herrn Harms liegt bei (PDF). Ihre
Aufwendungen erstatten wir nach GOÄ Nr. 75 bzw. 80. Sie können uns
gern auch über unser Portal oder per Fax (0451 7090-4499) antworten.

""" + SIG_KAPLAN + "\n"
    pdf = A_pdf("Schweigepflichtentbindung_Harms.pdf", "Einwilligung und Schweigepflichtentbindungserklärung", [
        "Versicherte Person: Sönke Harms, geb. 17.02.1975",
        "Vertrag: KV 4471 2290 63 (Krankentagegeld Tarif KTG 43)",
        "",
        "Ich entbinde die mich behandelnden Ärzte, insbesondere Herrn Dr. med. Femi Adeyemi,",
        "Hausarztpraxis Schwartauer Allee 12, 23554 Lübeck, von ihrer Schweigepflicht,",
        "soweit es um Auskünfte zur Prüfung des Leistungsfalles ab 05.01.2026 geht",
        "(Rückenbeschwerden, Behandlungen der Wirbelsäule in den letzten 5 Jahren).",
        "",
        "Lübeck, 21.01.2026       Unterschrift: S. Harms",
    ])
    return build("Derya Kaplan <derya.kaplan@elbmark.example>",
                 "Praxis Dr. Adeyemi <praxis@hausarzt-adeyemi.example>",
                 "Befundbericht Ihr Patient Sönke Harms – LF-K 2026/002281", when(1, 27, 10, 20), body,
                 atts=[pdf])


# ---------------------------------------------------------------- 056
@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "liability claim to the opposing lawyer: water damage caused by a named insured tenant to the neighbour's flat, claim number, amounts; no injury")
def m056():
    body = """\
Sehr geehrte Frau Rechtsanwältin Oevermann,

in der Haftpflichtsache Ihres Mandanten Herrn Arvid Lindqvist gegen
unseren Versicherungsnehmer Herrn Nils Ohlsen (Privathaftpflicht
40-337-1920, unser Zeichen SN 26-0114-2207) nehmen wir Bezug auf Ihr
Schreiben vom 04.03.2026.

Der Wasseraustritt am 12.01.2026 (abgerissener Schlauch der
Waschmaschine in der Wohnung unseres VN, Obergeschoss Wakenitzstraße
18) ist unstreitig. Wir regulieren wie folgt:

  Malerarbeiten Decke/Wände Wohnzimmer lt. KV Firma Koop   2.640,00 €
  Laminat 24 m² (Zeitwert, Alter 9 J.)                       780,00 €
  Trocknung (Rechnung Trockenbau Nord)                     1.215,50 €
  Auslagenpauschale                                           25,00 €
  ----------------------------------------------------------------------
  gesamt                                                   4.660,50 €

Die geltend gemachte Neuwertentschädigung für das Laminat können wir
nicht übernehmen (Abzug neu für alt). Ihre Kosten erstatten wir nach
einem Gegenstandswert von 4.660,50 €. Bitte teilen Sie uns Ihre
Bankverbindung mit.

Mit freundlichen Grüßen

Bastian Hürter
Haftpflicht-Schaden
Elbmark Allgemeine Versicherung AG
"""
    return build("Bastian Hürter <bastian.huerter@elbmark.example>",
                 "RAin Katharina Oevermann <k.oevermann@oevermann-strauch.example>",
                 "Ihr Mandant Lindqvist ./. Ohlsen – SN 26-0114-2207", when(3, 18, 9, 12), body)


# ---------------------------------------------------------------- 057
@mail("NORMAL", "de", "internal",
      "trap: works-council circular on the remote-work agreement covering sick notes, accidents at home and occupational health; no individual")
def m057():
    body = """\
Liebe Kolleginnen und Kollegen,

die neue Betriebsvereinbarung "Mobiles Arbeiten" ist unterschrieben
und gilt ab 1. Mai. Die wichtigsten Punkte:

* Bis zu 3 Tage pro Woche mobil, Kernzeit 9–15 Uhr.
* Krankheit im Homeoffice: Wer arbeitsunfähig ist, arbeitet auch
  nicht mobil. Die Krankmeldung läuft wie bisher (eAU, Meldung an die
  Führungskraft am ersten Tag). Die Diagnose geht den Arbeitgeber
  nichts an – ihr müsst sie niemandem sagen.
* Unfälle im Homeoffice sind über die Berufsgenossenschaft versichert,
  wenn sie mit der Arbeit zusammenhängen. Meldung an Personal.
* Bildschirmbrille und ergonomische Ausstattung: Antrag über den
  arbeitsmedizinischen Dienst, die Kosten trägt Elbmark.
* Keine Leistungs- oder Verhaltenskontrolle über Anwesenheitsstatus.

Den vollständigen Text findet ihr im Intranet unter Betriebsrat > BV.
Fragen gern an uns, Sprechstunde dienstags 13–15 Uhr, Raum 0.12.

Euer Betriebsrat
Uwe Claasen (Vorsitzender)
"""
    return build("Betriebsrat <betriebsrat@elbmark.example>",
                 "Alle Mitarbeitenden <alle@elbmark.example>",
                 "Neue BV Mobiles Arbeiten ab 1. Mai", when(4, 17, 12, 0), body, cte="8bit")


# ---------------------------------------------------------------- 058
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "body only says 'Liste Mahnstufe 2'; the CSV names people with arrears in health and life contracts (personal lines) next to motor and household")
def m058():
    body = """\
Patrick, anbei die Liste Mahnstufe 2 von heute früh (Export aus
InkassoPro). 9 Fälle, davon 3 mit Kündigungsandrohung. Bitte bis
Donnerstag durchsehen, dann geht der Druckauftrag raus.
Gül
"""
    csvtext = """\
Vertrag;Sparte;VN;PLZ Ort;Rückstand EUR;Mahnstufe;Fällig seit;Hinweis
4470 5512 09;KV Vollversicherung;Jürgensen, Hauke;23560 Lübeck;1.644,30;2;01.01.2026;§ 193 VVG prüfen
4472 1180 33;KV Zusatz Zahn;Boysen, Marit;24103 Kiel;96,40;2;01.02.2026;
LV-2017-550128;Leben Risiko;Okonkwo, Emeka;20099 Hamburg;312,00;2;01.12.2025;Kündigungsandrohung
LV-2020-704415;BU selbständig;Dahl, Per;23730 Neustadt;587,16;2;01.01.2026;Kündigungsandrohung; Stundung abgelehnt
71-3390-115;Kfz;Witt, Ronja;23611 Bad Schwartau;418,70;2;15.01.2026;
30-612-0091;Hausrat;Lüders, Kay;23569 Lübeck;88,20;2;01.02.2026;
71-0882-746;Kfz;Bruhn, Heiko;23843 Bad Oldesloe;702,90;2;01.01.2026;Kündigungsandrohung
60-331-4420;Unfall;Nissen, Greta;24937 Flensburg;143,55;2;01.02.2026;
40-118-7731;Privathaftpflicht;Rohwer, Fenja;25335 Elmshorn;64,90;2;01.02.2026;
"""
    return build("Gül Aydın <guel.aydin@elbmark.example>",
                 "Patrick Sönnichsen <patrick.soennichsen@elbmark.example>",
                 "Liste Mahnstufe 2 – 07.04.", when(4, 7, 7, 58), body,
                 atts=[A_csv("mahnstufe2_20260407.csv", csvtext)])


# ---------------------------------------------------------------- 059
@mail("CONFIDENTIAL", "de", "internal",
      "field agent asks the motor back office for an eVB for a named customer with birth date, address and the vehicle's VIN")
def m059():
    body = """\
Hallo Kfz-Antrag,

brauche bitte dringend eine eVB, Portal ist down (Wartung):

Kundin: Frauke Sell, geb. 02.10.1998
Plöner Str. 61, 23701 Eutin
Fahrzeug: Fiat 500 Hybrid, EZ 05/2022, FIN ZFA3120000J945781
Zulassung morgen früh 8 Uhr in Eutin.
Vertrag kommt nachher per Antrag, Haftpflicht + TK 150.

Danke! Bitte an mich zurück, sie holt sie sich in der Agentur ab.

Ralf Paulsen
Hauptagentur Eutin
"""
    return build("Ralf Paulsen <ralf.paulsen@ad.elbmark.example>",
                 "Kfz-Antrag <kfz.antrag@elbmark.example>",
                 "eVB dringend – Sell", when(4, 11, 20, 37), body)


# ---------------------------------------------------------------- 060
@mail("NORMAL", "en", "system-to-internal",
      "trap: report-server notification that an aggregated BU-claims-by-cause report is ready; no person or case")
def m060():
    body = """\
Your scheduled report is ready.

Report:      LIFE_BU_CLAIMS_BY_CAUSE_AGG (monthly)
Parameters:  period=2026-03, granularity=ICD chapter, min_cell=10
Rows:        14
File:        BU_claims_by_cause_2026-03.xlsx (38 KB)

Download (valid 7 days, intranet only):
https://reports.intra.elbmark.example/dl/7f3c1a92

Cells with fewer than 10 claims are suppressed automatically.

This message was generated by ReportServer 11.4. Do not reply.
"""
    return build("ReportServer <noreply-reports@elbmark.example>",
                 "Wiebke Jacobsen <wiebke.jacobsen@elbmark.example>",
                 "[ReportServer] LIFE_BU_CLAIMS_BY_CAUSE_AGG ready", when(4, 1, 5, 30), body,
                 headers=[("Auto-Submitted", "auto-generated")])


# ---------------------------------------------------------------- 061
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-employee",
      "HR invites a named employee to a BEM talk because of more than six weeks of incapacity for work (health data of the employee)")
def m061():
    body = """\
Liebe Frau Brodersen,

ich hoffe, es geht Ihnen inzwischen etwas besser.

Sie waren in den letzten zwölf Monaten länger als sechs Wochen
arbeitsunfähig (seit dem 06.02.2026 durchgehend, zuvor 9 Tage im
Oktober 2025). Nach § 167 Abs. 2 SGB IX bieten wir Ihnen deshalb ein
Betriebliches Eingliederungsmanagement (BEM) an.

Das BEM ist freiwillig. Ziel ist, gemeinsam mit Ihnen zu überlegen,
ob und wie wir Ihre Rückkehr unterstützen können (z. B. stufenweise
Wiedereingliederung, angepasste Aufgaben, Hilfsmittel). Welche
Diagnose Sie haben, müssen Sie uns nicht sagen. Alles, was im BEM
besprochen wird, kommt in eine gesonderte BEM-Akte und nicht in
Ihre Personalakte.

Wenn Sie teilnehmen möchten, schicken Sie mir bitte das beigefügte
Antwortformular zurück oder rufen Sie mich an (-1192). Sie können
gern eine Vertrauensperson oder den Betriebsrat dazu holen.

Herzliche Grüße
Nadine Rieck
Personal / BEM-Beauftragte
"""
    return build("Nadine Rieck <nadine.rieck@elbmark.example>",
                 "Svenja Brodersen <svenja.brodersen.privat@gmx.example>",
                 "Angebot Betriebliches Eingliederungsmanagement", when(3, 23, 10, 5), body)


# ---------------------------------------------------------------- 062
@mail("CONFIDENTIAL", "de", "internal",
      "HR sends a draft reference letter (DOCX) for a named leaving employee with birth date and period of employment; no health content")
def m062():
    body = """\
Hallo Herr Hansen,

anbei der Zeugnisentwurf für Frau Dreyer, die uns zum 30.04. verlässt.
Sie haben als Vorgesetzter das letzte Wort – bitte vor allem den
Leistungsteil prüfen, ich habe "stets zu unserer vollsten Zufriedenheit"
angesetzt, weil Ihre Beurteilung 2025 das hergibt.

Rückmeldung bis 22.04. wäre super.

Nadine Rieck
"""
    doc = A_docx("Zeugnisentwurf_Dreyer.docx", [
        "# Arbeitszeugnis (Entwurf)",
        "Frau Merle Dreyer, geboren am 11. Juni 1989 in Rendsburg, war vom 1. August 2017 bis zum 30. April 2026 in unserem Unternehmen als Underwriterin Gewerbe im Bereich Firmenkunden Sach/Technik tätig.",
        "Zu ihren Aufgaben gehörten die Risikoprüfung und Tarifierung von Betriebshaftpflicht-, Inhalts- und Ertragsausfallversicherungen für mittelständische Kunden, die Betreuung von rund 40 Maklerverbindungen sowie die Mitarbeit im Projekt „Cyber-Underwriting 2024“.",
        "Frau Dreyer verfügt über umfassendes Fachwissen, das sie stets sicher und zielgerichtet einsetzte. Sie arbeitete äußerst zuverlässig und selbständig und erledigte ihre Aufgaben stets zu unserer vollsten Zufriedenheit.",
        "Ihr Verhalten gegenüber Vorgesetzten, Kollegen und Geschäftspartnern war stets einwandfrei.",
        "Frau Dreyer verlässt uns auf eigenen Wunsch. Wir bedauern dies sehr, danken ihr für die stets sehr gute Zusammenarbeit und wünschen ihr beruflich wie privat alles Gute.",
        "Lübeck, 30. April 2026",
    ], title="Zeugnis Dreyer", author="Nadine Rieck")
    return build("Nadine Rieck <nadine.rieck@elbmark.example>",
                 "Knut Hansen <knut.hansen@elbmark.example>",
                 "Zeugnisentwurf Dreyer", when(4, 13, 14, 40), body, atts=[doc])


# ---------------------------------------------------------------- 063
@mail("NORMAL", "de", "internal",
      "trap: first-aid course, defibrillator locations and the accident register (Verbandbuch); no individual")
def m063():
    body = """\
Liebe Ersthelferinnen und Ersthelfer,

die Auffrischung Erste Hilfe (9 UE, BG-anerkannt) findet statt am
Dienstag, 12.05., und Mittwoch, 13.05., jeweils 8:30–16:00 Uhr im
Schulungsraum 1.07. Anmeldung über das Schulungsportal.

Zur Erinnerung:
- Defibrillatoren (AED) hängen im Foyer EG, vor der Kantine und im
  4. OG am Aufzug. Die Pads werden im Juni getauscht.
- Jede Erste-Hilfe-Leistung (auch das Pflaster) bitte ins
  Verbandbuch eintragen – digital im Intranet unter Arbeitsschutz.
  Das Verbandbuch ist vertraulich, Einsicht nur Arbeitsschutz.
- Die Erste-Hilfe-Kästen prüft die Haustechnik quartalsweise; wenn
  etwas fehlt, bitte melden.

Vielen Dank für euer Engagement!
Sandra Pohl
Facility Management / Arbeitsschutz
"""
    return build("Sandra Pohl <sandra.pohl@elbmark.example>",
                 "Ersthelfer Lübeck <ersthelfer@elbmark.example>",
                 "Auffrischung Erste Hilfe 12./13.05. + AED-Standorte", when(4, 21, 9, 15), body)


# ---------------------------------------------------------------- 064
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "data-protection incident note: a named insured's medical report (psychiatric discharge letter) was mailed to the wrong customer")
def m064():
    body = """\
Liebe Frau Dr. Ehlers,

Datenschutzvorfall DSV-2026-011, festgestellt heute 10:20 Uhr:

Was ist passiert?
Im Rahmen der Leistungsabrechnung LF-K 2026/009812 wurde der
Entlassbericht der Psychiatrischen Klinik Neustadt über Herrn Kai
Nissen (stationär 01.–26.02.2026, Dx F10.2 Alkoholabhängigkeit,
Entzugsbehandlung) versehentlich zusammen mit der Abrechnung eines
anderen Kunden (Herr Kai Nielsen, Kiel) per Post verschickt. Ursache:
Namensähnlichkeit, falsche Zuordnung beim Scannen.

Herr Nielsen hat heute angerufen und den Bericht zurückgeschickt
(kommt per Einschreiben), er sagt, er habe ihn nur "überflogen".

Betroffen: 1 Person, besondere Kategorie (Gesundheitsdaten,
Suchterkrankung). Aus meiner Sicht meldepflichtig nach Art. 33,
Benachrichtigung von Herrn Nissen nach Art. 34 ebenfalls.

Sofortmaßnahmen: Dokument im DMS umgehängt, Scan-Team informiert,
Herr Nielsen um Löschung/Vernichtung etwaiger Kopien gebeten.

Die 72-Stunden-Frist läuft bis Freitag 10:20. Können wir morgen früh
kurz sprechen?

Viele Grüße
Torsten Bleeker
"""
    return build("Torsten Bleeker <torsten.bleeker@elbmark.example>",
                 "Dr. Sabine Ehlers <sabine.ehlers@elbmark.example>",
                 "Datenschutzvorfall DSV-2026-011 – Fehlversand Entlassbericht", when(3, 31, 11, 2), body,
                 cc="Jonas Riemer <jonas.riemer@elbmark.example>")


# ---------------------------------------------------------------- 065
@mail("NORMAL", "de", "internal",
      "facility notice: parking garage closed for line marking; organisational only")
def m065():
    body = """\
Liebe Kolleginnen und Kollegen,

am Freitag, 08.05., und Samstag, 09.05., wird die Tiefgarage neu
markiert. Sie ist ab Donnerstag 20:00 Uhr gesperrt.

Ausweichparkplatz: Besucherparkplatz P3 an der Einfahrt Mönkhofer Weg.
E-Ladesäulen sind in der Zeit nicht nutzbar.

Bitte Fahrzeuge bis Donnerstagabend rausfahren; was noch drinsteht,
muss leider abgeschleppt werden.

Danke für euer Verständnis
Sandra Pohl, Facility Management
"""
    return build("Facility Management <facility@elbmark.example>",
                 "Alle Mitarbeitenden Lübeck <alle.luebeck@elbmark.example>",
                 "Tiefgarage gesperrt 08./09.05.", when(4, 28, 13, 0), body)


# ---------------------------------------------------------------- 066
@mail("CONFIDENTIAL", "de", "internal",
      "legal-expenses coverage question: a named policyholder's tenancy dispute about rent increase and deposit, policy number; no crime or health")
def m066():
    body = """\
Moin Bastian,

du hast doch mal Rechtsschutz gemacht – kurze Deckungsfrage:

VN Yvonne Stührk, RS 50-440-2288 (Privat + Wohnen, seit 2019),
Mieterin in der Hamburger Str. 102, Lübeck. Vermieter verlangt
Mieterhöhung um 18 % (Modernisierung Fenster) und behält seit dem
Streit 900 € von der Kaution einer früheren Wohnung ein. Anwalt
(RA Lanz) hat Deckungsanfrage für beides gestellt.

Mieterhöhung: Versicherungsfall 02/2026, klar gedeckt.
Kaution alte Wohnung: Mietverhältnis dort endete 2018 – also vor
Versicherungsbeginn. Ist das dann nach den ARB "vorvertraglich" oder
zählt der Zeitpunkt, wo der Vermieter die Auszahlung verweigert hat
(laut Schreiben 2019, nach Beginn)?

Danke,
Meike
"""
    return build("Meike Oltmanns <meike.oltmanns@elbmark.example>",
                 "Bastian Hürter <bastian.huerter@elbmark.example>",
                 "RS Stührk – Kaution vorvertraglich?", when(2, 25, 16, 8), body)


# ---------------------------------------------------------------- 067
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "legal-expenses case: criminal proceedings against the named insured for negligent bodily injury; the injured pedestrian's hip fracture and surgery are described")
def m067():
    body = """\
Hallo Frau Oltmanns,

neuer RS-Fall, bitte einmal auf Deckung schauen, bevor ich zusage:

VN: Matthias Quade (nicht verwandt mit unserem Revisor 😉),
RS 50-118-0774 (Verkehrs-RS).
Ermittlungsverfahren StA Lübeck Az. 752 Js 4410/26 wegen fahrlässiger
Körperverletzung (§ 229 StGB): Er ist am 28.02. mit dem Rad auf dem
Gehweg an der Obertrave in eine Fußgängerin gefahren. Die Dame
(Frau Ilse Marten, 79) hat sich dabei eine Schenkelhalsfraktur
zugezogen und wurde im UKSH mit einer Hüftprothese versorgt, sie ist
jetzt in Kurzzeitpflege.

Verteidiger RA Dr. Lanz hat Akteneinsicht beantragt. Fahrlässigkeits-
delikt → Straf-RS gedeckt, Vorsatz steht nicht im Raum. Die Haftpflicht-
Seite (Schmerzensgeld der Frau Marten) läuft bei Bastian unter
SN 26-0303-1187.

Können Sie kurz Okay geben?
Danke, Timo Rehder
"""
    return build("Timo Rehder <timo.rehder@elbmark.example>",
                 "Meike Oltmanns <meike.oltmanns@elbmark.example>",
                 "RS 50-118-0774 Quade – Strafverfahren Deckung", when(3, 10, 15, 33), body)


# ---------------------------------------------------------------- 068
@mail("NORMAL", "de", "internal",
      "trap: audit report summary on health-claims processing (missing consent forms, GOÄ factors) with counts only; no names or cases")
def m068():
    body = """\
Sehr geehrte Damen und Herren,

die Interne Revision hat die Prüfung "Leistungsbearbeitung
Krankenversicherung ambulant" (Prüfauftrag IR-2026-03) abgeschlossen.
Kurzfassung:

Stichprobe: 120 Leistungsfälle 07–12/2025, Zufallsauswahl.

Feststellung 1 (mittel): In 7 Fällen mit Anforderung ärztlicher
Unterlagen lag keine aktuelle Schweigepflichtentbindung vor bzw. war
diese nicht im DMS auffindbar.
Feststellung 2 (mittel): Überschreitungen des GOÄ-Schwellenwertes
(Faktor > 2,3) ohne schriftliche Begründung wurden in 11 Fällen
erstattet.
Feststellung 3 (gering): Die Vier-Augen-Freigabe ab 10.000 € war in
2 Fällen nachträglich dokumentiert.

Positive Feststellungen: Bearbeitungszeiten im Zielkorridor,
Beratungsarztbeteiligung nachvollziehbar dokumentiert.

Maßnahmen und Termine sind mit der Fachbereichsleitung abgestimmt
(Umsetzung bis 30.09.2026). Der vollständige Bericht liegt im
Revisionslaufwerk; Zugriff nur Vorstand, Bereichsleitung, Revision.

Mit freundlichen Grüßen
Thomas Quade
Leiter Interne Revision
"""
    return build("Thomas Quade <thomas.quade@elbmark.example>",
                 ["Vorstand <vorstand@elbmark.example>", "Torsten Bleeker <torsten.bleeker@elbmark.example>"],
                 "Revisionsbericht IR-2026-03 KV-Leistung – Kurzfassung", when(4, 22, 15, 45), body)


# ---------------------------------------------------------------- 069
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "auditor's working mail with the sample cases behind the findings: named insureds, health claim numbers, treatments and GOÄ factors")
def m069():
    body = """\
Hallo Herr Bleeker,

wie besprochen die Einzelfälle zu Feststellung 1 und 2 (nur für Sie,
nicht für den Bericht):

Fehlende Schweigepflichtentbindung:
  LF-K 2025/031844  Harms, Tessa      – Befundbericht Neurologie angef.
  LF-K 2025/033102  Ahlers, Uwe       – Bericht Psychotherapeut angef.
  LF-K 2025/035517  Petrowski, Ilona  – Krankenhausakte angef. (Gyn.)
  LF-K 2025/036020  Frers, Holger     – MRT-Befund Knie angef.
  (+3 weitere, Liste in der Arbeitsmappe)

GOÄ-Faktor > 2,3 ohne Begründung (Auszug):
  LF-K 2025/030917  Marquardt-Lenz, Birte – GOÄ 5700 (MRT) Faktor 2,5
  LF-K 2025/032266  Yüksel, Deniz         – GOÄ 3 / 8 Faktor 3,5
  LF-K 2025/034411  Carstens, Peter       – GOÄ 269 (Akupunktur) Faktor 3,0

Bitte um Stellungnahme zu den Einzelfällen bis 15.05.

Thomas Quade
"""
    return build("Thomas Quade <thomas.quade@elbmark.example>",
                 "Torsten Bleeker <torsten.bleeker@elbmark.example>",
                 "IR-2026-03 Einzelfälle zu F1/F2", when(4, 22, 16, 3), body)


# ---------------------------------------------------------------- 070
@mail("CONFIDENTIAL", "de", "internal",
      "audit sample of motor claims as XLSX: named claimants, plates, claim amounts, payees; body without data")
def m070():
    body = """\
Hallo Holger,

für die Prüfung Kfz-Regulierung (IR-2026-05) haben wir die Stichprobe
gezogen, siehe Anlage. Bitte die Akten bis 06.05. im DMS für Frau
Petrović freischalten.

Gruß
Elena Petrović
Interne Revision
"""
    xlsx = A_xlsx("IR-2026-05_Stichprobe_Kfz.xlsx", [
        ("Stichprobe", [
            ["Nr", "Schaden-Nr", "VN", "Kennzeichen", "Schadenart", "Zahlung EUR", "Zahlungsempfänger"],
            [1, "26-0107-0215", "Kühl, Arne", "OH-AK 221", "Vollkasko Unfall", 6412.80, "Autohaus Kühl & Sohn"],
            [2, "26-0109-4471", "Mertens, Ute", "HL-UM 903", "Teilkasko Glas", 1180.00, "Carglass-Partner Lübeck"],
            [3, "26-0113-2207", "Szymański, Piotr", "RZ-PS 44", "KH Sachschaden", 3870.55, "Gegner: Hoyer, Katja"],
            [4, "26-0121-9902", "Brix, Jonte", "HL-JB 1707", "Teilkasko Wild", 2240.00, "Brix, Jonte"],
            [5, "26-0129-3318", "Sommerfeld, Mareike", "HL-SO 77", "Vollkasko Totalschaden", 17900.00, "Sommerfeld, Mareike"],
            [6, "26-0202-0046", "Ibrahim, Samir", "SE-SI 512", "KH Sachschaden", 1512.40, "Gegner: Wichmann GmbH"],
            [7, "26-0206-7725", "Jansen, Frieda", "PLÖ-FJ 3", "Teilkasko Marder", 688.90, "Werkstatt Jansen"],
        ]),
    ], author="Elena Petrović")
    return build("Elena Petrović <elena.petrovic@elbmark.example>",
                 "Holger Marquardt <holger.marquardt@elbmark.example>",
                 "IR-2026-05 Stichprobe Kfz", when(4, 24, 9, 30), body, atts=[xlsx])


# ---------------------------------------------------------------- 071
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "board office in English asks for a summary of a regulator complaint by a named customer whose BU claim for depression was refused")
def m071():
    body = """\
Wiebke,

Mr Svensson (board member, Life) has received a copy of a BaFin
complaint from Mr Paweł Dąbrowski, BU policy LV-2016-330912. He'd
like a one-page summary before he calls the customer on Thursday.

What I understood from the complaint letter:
- Mr Dąbrowski (warehouse manager, 52) has been on sick leave since
  May 2025 with severe depression (he mentions a clinic stay in
  Bad Bramstedt in the summer).
- We refused the BU claim in January, because our external expert
  saw only 30 % impairment and "reasonable prospect of recovery".
- He says the expert spent 40 minutes with him and ignored the
  reports of his psychiatrist.

Please cover: timeline, basis of the decision, whether a second
expert opinion was considered, and any goodwill options.
Deadline Wednesday noon. Please send it as an attachment via the
secure share, not in the body of a mail.

Thanks,
Carola
"""
    return build("Carola von Bargen <carola.vonbargen@elbmark.example>",
                 "Wiebke Jacobsen <wiebke.jacobsen@elbmark.example>",
                 "BaFin complaint Dąbrowski – summary for Mr Svensson", when(4, 27, 17, 40), body)


# ---------------------------------------------------------------- 072
@mail("NORMAL", "en", "internal",
      "trap: expat product update on new direct-billing hospitals, maternity and mental-health cover rules in general; no member named")
def m072():
    body = """\
Hi team,

three updates for the International Health Plan from 1 May:

1. Direct billing network: we've added Al Noor Specialty Hospital
   (Dubai), Parkway East (Singapore) and Clínica Santa Maria (Lisbon).
   Members can be admitted without paying upfront; the hospital sends
   the invoice to our TPA.
2. Maternity: the 10-month waiting period stays, but complications of
   pregnancy are now covered from day one on Gold and Platinum.
3. Mental health: outpatient psychotherapy up to 20 sessions per year
   without pre-authorisation; above that we need a treatment plan.

The member guide and the call scripts have been updated (Confluence >
EIH > Product 2026). Please don't send the old PDF any more.

Cheers,
Claire Dubois-Hart
Claims Team Lead, Elbmark International Health
"""
    return build("Claire Dubois-Hart <claire.dubois-hart@elbmark.example>",
                 "EIH Team <eih-team@elbmark.example>",
                 "IHP product updates from 1 May", when(4, 23, 10, 10), body)


# ---------------------------------------------------------------- 073
@mail("CONFIDENTIAL", "en", "internal",
      "claims analytics flags motor claims for review: named drivers, plates, claim numbers and amounts; no injuries")
def m073():
    body = """\
Hi Holger,

our anomaly model flagged three claims in your portfolio this week.
Nothing proven – just patterns worth a second look by an assessor:

1. 26-0311-0448  VN Rico Lemke, HL-RL 88, rear-end collision,
   repair estimate EUR 9,870 – same other party (Dennis Vogt,
   SE-DV 410) as in claim 25-1104-2231 last November.
2. 26-0314-1120  VN Anja Wiechert, OD-AW 15, parked car damage,
   EUR 4,300 – photos show pre-existing rust in the damaged area.
3. 26-0316-0902  VN Kemal Aksoy, HL-KA 662, glass + body damage
   after "hail", EUR 3,150 – no hail recorded in Lübeck on that date.

All three: no personal injury reported. Details in the analytics
dashboard, filter "flag_week=12".

Best,
Fiona
Group Claims Analytics
"""
    return build("Fiona Gallagher <fiona.gallagher@elbmark-re.example>",
                 "Holger Marquardt <holger.marquardt@elbmark.example>",
                 "Flags week 12 – 3 motor claims for review", when(3, 20, 9, 5), body)


# ---------------------------------------------------------------- 074
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "team lead sends HR a weekly absence list in English with named employees, sick days and one hospital stay")
def m074():
    body = """\
Hi Nadine,

absences in Expat Claims for week 14 (for the time recording
correction):

  Tomás Herrera     sick Mon–Wed (3 days), certificate submitted
  Ayesha Malik      sick Thu–Fri (2 days), no certificate needed
  Jonathan Price    in hospital since Tuesday (appendix, emergency),
                    expects to be off at least 2 weeks, his wife
                    called me
  Lena Wu           child sick leave (Kinderkrankentage) Mon–Tue

Holidays are already in the system.

Could you also check whether Jonathan needs to send anything himself
or whether the hospital confirmation is enough?

Thanks,
Claire
"""
    return build("Claire Dubois-Hart <claire.dubois-hart@elbmark.example>",
                 "Nadine Rieck <nadine.rieck@elbmark.example>",
                 "Absences EIH week 14", when(4, 3, 16, 50), body)


# ---------------------------------------------------------------- 075
@mail("NORMAL", "en", "internal",
      "team event invitation (harbour boat trip) for the Hamburg office; nothing personal")
def m075():
    body = """\
Hi everyone,

summer is coming – our Hamburg team event will be on

  Friday, 19 June 2026, from 15:00
  Harbour boat tour (Landungsbrücken, pier 3), then dinner at
  "Fischereihafen Restaurant"

Partners are not included this time, sorry. Please let me know
by 22 May if you're coming and whether you eat fish/meat/vegetarian.

Dress code: whatever keeps you dry. It's Hamburg.

Cheers,
Claire
"""
    return build("Claire Dubois-Hart <claire.dubois-hart@elbmark.example>",
                 "EIH Team <eih-team@elbmark.example>",
                 "Save the date: team event 19 June", when(4, 29, 11, 11), body)


# ---------------------------------------------------------------- 076
@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "cargo claim to an English-speaking broker: the insured is a sole trader (natural person) with claim, policy and bank details")
def m076():
    body = """\
Dear Mr Pearce,

regarding the water damage to the coffee consignment of your client
Jens Hark e.K. (sole trader, Hark Kaffeerösterei, Bei der Lohmühle 7,
Lübeck), cargo open cover 80-2210-044, our claim ref. TR 26-0041:

The surveyor's report confirms seawater ingress through a damaged
container roof (container MSKU 481207-3) during the voyage Santos –
Hamburg. 38 of 250 bags are a total loss, 12 bags were sold as
salvage.

Settlement:
  38 bags x EUR 412.50 (CIF + 10 %)     EUR 15,675.00
  salvage proceeds                      EUR   -980.00
  survey fee                            EUR    640.00
  deductible                            EUR   -500.00
  ------------------------------------------------------
  total                                 EUR 14,835.00

Payment to Mr Hark's business account as per his claim form:
IBAN DE36 4201 6399 9690 8240 06. We take over the recovery against
the carrier; please send us the original bill of lading.

Kind regards,
Knut Hansen
Marine & Commercial Underwriting | Elbmark Allgemeine Versicherung AG
"""
    return build("Knut Hansen <knut.hansen@elbmark.example>",
                 "Gavin Pearce <g.pearce@northsea-brokers.example>",
                 "TR 26-0041 Hark – settlement", when(3, 31, 14, 20), body)


# ---------------------------------------------------------------- 077
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
      "accident rehab management briefs an external rehab service about a named insured after traumatic brain injury: clinic, deficits, aids")
def m077():
    body = """\
Sehr geehrte Frau Loos,

wie telefonisch besprochen beauftragen wir Nordcare mit dem
Reha-Management für unseren Versicherten:

  Herr Ole Brix, Am Sandberg 3, 23858 Reinfeld
  UV 60-412-3301, Unfall vom 19.01.2026 (Sturz vom Gerüst, privat)

Medizinischer Stand (laut Bericht BG Klinikum Hamburg vom 12.03.):
- Schädel-Hirn-Trauma III° mit Kontusionsblutung frontal links
- Z.n. Kraniotomie 19.01., 3 Wochen Intensivstation
- derzeit neurologische Reha Phase C in der Helios Klinik Geesthacht
- Restbefunde: Wortfindungsstörungen, Konzentrationsdefizit, Gangunsicherheit
- Entlassung geplant ca. 15.05.

Aufgaben: Begleitung bei der Überleitung nach Hause, Prüfung
Wohnraumanpassung (Bad ebenerdig), ambulante Logopädie/Ergotherapie
organisieren, Gespräch mit dem Arbeitgeber (Tischlerei) zur
Wiedereingliederung. Ehefrau (Frau Tjorven Brix, 0160 7712 440) ist
Ansprechpartnerin, Vollmacht liegt vor.

Budget zunächst 4.000 € netto, Abrechnung nach Rahmenvertrag.

""" + SIG_WAHLERS + "\n"
    return build("Ingo Wahlers <ingo.wahlers@elbmark.example>",
                 "Hanna Loos <h.loos@nordcare-reha.example>",
                 "Auftrag Reha-Management Brix – UV 60-412-3301", when(4, 2, 13, 25), body)


# ---------------------------------------------------------------- 078
@mail("NORMAL", "de", "internal",
      "trap: draft press release on total health benefits paid, dental and psychotherapy figures, cancer screening; aggregates only")
def m078():
    body = """\
Hallo Frau Tesch,

anbei unsere Anmerkungen zum Entwurf, bitte so übernehmen und dann
nochmal an Herrn Dr. Asmussen zur Freigabe:

----------------------------------------------------------------
PRESSEMITTEILUNG (Entwurf v3, Sperrfrist 06.05.2026, 10:00 Uhr)

Elbmark zahlt 2025 rund 1,2 Milliarden Euro für die Gesundheit
ihrer Versicherten

Lübeck. Die Elbmark Krankenversicherung AG hat im Geschäftsjahr 2025
Versicherungsleistungen von 1,21 Mrd. Euro erbracht (+7,4 %). Am
stärksten gestiegen sind die Ausgaben für Krankenhausbehandlungen
(+9,1 %) und für ambulante Psychotherapie (+14 %). Für Zahnersatz
und Implantate wurden 118 Mio. Euro erstattet.

"Mehr Menschen nehmen Vorsorge und psychotherapeutische Hilfe in
Anspruch – das ist gut so", sagt Vorstandsvorsitzender Dr. Henning
Asmussen. Ab 2027 übernimmt die Elbmark zusätzliche Krebs-
früherkennungsuntersuchungen ohne Anrechnung auf die Selbstbeteiligung.
----------------------------------------------------------------

Zahlen sind mit dem Rechnungswesen abgestimmt (Stand 28.04.).

Viele Grüße
Carola von Bargen
"""
    return build("Carola von Bargen <carola.vonbargen@elbmark.example>",
                 "Maren Tesch <maren.tesch@elbmark.example>",
                 "AW: PM Geschäftszahlen KV 2025 – Entwurf v3", when(4, 29, 17, 12), body)


# ---------------------------------------------------------------- 079
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "hurried mail to a named customer with a buildings-insurance premium, policy number and her IBAN for the direct debit")
def m079():
    body = """\
Hallo Frau Delfs,

wie eben am Telefon besprochen: Die Beitragsanpassung für Ihre
Wohngebäudeversicherung 20-448-1175 (Seeblick 2, Scharbeutz) ist
korrekt, der neue Jahresbeitrag ab 01.05. beträgt 1.284,60 € wegen
des Baukostenindex (+4,2 %) und der Elementardeckung, die Sie im
Februar dazu genommen haben.

Die Abbuchung erfolgt wie bisher zum 01.05. von Ihrem Konto
DE98 5020 0428 9101 1488 11. Wenn Sie lieber halbjährlich zahlen
möchten (Zuschlag 3 %), geben Sie mir einfach kurz Bescheid.

Viele Grüße aus Lübeck
Alina Wrobel
Elbmark Allgemeine Versicherung AG
Tel. 0451 7090-2219

""" + DISCLAIMER_DE + "\n"
    return build("Alina Wrobel <alina.wrobel@elbmark.example>",
                 "Annika Delfs <annika.delfs@freenet.example>",
                 "Ihr Wohngebäudevertrag 20-448-1175", when(4, 15, 16, 32), body)


# ---------------------------------------------------------------- 080
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "hurried claims reply to a named insured about physiotherapy and a naturopath invoice: amounts reimbursed, naturopathy not covered")
def m080():
    body = """\
Sehr geehrter Herr Thomsen,

kurz zu Ihrer Nachfrage von heute: Die Rechnung Ihrer Physiotherapie-
praxis (Krankengymnastik + manuelle Lymphdrainage, 10 Behandlungen
nach Ihrer Schulter-OP) haben wir am 12.03. mit 312,40 € erstattet.
Die Zahlung müsste inzwischen auf Ihrem Konto sein.

Die Rechnung des Heilpraktikers Herrn Bode (Akupunktur, 4 Sitzungen,
240,00 €) können wir leider nicht übernehmen, weil Ihr Tarif AMB 70
Heilpraktikerleistungen nicht enthält. Ein Wechsel in den Tarif
AMB 90 wäre ab dem nächsten Monatsersten möglich, dann allerdings
mit einer neuen Gesundheitsprüfung.

Vertrag: 4473 8820 16, LF-K 2026/011350.

""" + SIG_KAPLAN + "\n"
    return build("Derya Kaplan <derya.kaplan@elbmark.example>",
                 "Bjarne Thomsen <bjarne.thomsen@mail.example>",
                 "AW: Erstattung Physio / Heilpraktiker", when(3, 16, 16, 55), body)


# ---------------------------------------------------------------- 081
@mail("NORMAL", "de", "internal",
      "trap: data-protection quiz with questions about sick notes, diagnoses, IBANs and birth dates as data categories; no real person")
def m081():
    body = """\
Hallo zusammen,

zum Abschluss der Pflichtschulung Datenschutz 2026 hier das Quiz mit
Auflösung (für alle, die am Dienstag nicht dabei sein konnten):

1. Ist eine AU-Bescheinigung ohne Diagnose ein Gesundheitsdatum?
   → Ja. Schon die Tatsache der Arbeitsunfähigkeit ist eine
     Gesundheitsinformation (Art. 9 DSGVO).
2. Darf ich einem Kunden seine eigene Diagnose per normaler E-Mail
   schicken, weil er darum gebeten hat?
   → Nur mit seiner ausdrücklichen Einwilligung in unverschlüsselte
     Kommunikation; Standard ist das Portal / Secure Mail.
3. Ist eine IBAN allein schon "vertraulich"?
   → Ja, Bankdaten einer Person sind vertraulich (Klasse 2).
4. Geburtsdatum + Name in einer internen Mail an den ganzen Verteiler?
   → Nein, Need-to-know.
5. Ein Schaden in der Kfz-Haftpflicht, bei dem jemand verletzt wurde –
   welche Klasse?
   → Klasse 3, wegen der Verletzung (Gesundheitsdaten), obwohl die
     Sparte "Sach" ist.
6. Anonymisierte Statistik "Krankenstand nach Abteilung, mind. 10
   Personen je Zelle" – personenbezogen?
   → Nein.

Nächste Schulung: Oktober. Fragen an datenschutz@elbmark.example.

Jonas Riemer
"""
    return build("Jonas Riemer <jonas.riemer@elbmark.example>",
                 "Alle Mitarbeitenden <alle@elbmark.example>",
                 "Datenschutz-Quiz 2026 – Auflösung", when(2, 13, 12, 30), body)


# ---------------------------------------------------------------- 082
@mail("NORMAL", "de", "internal",
      "trap: HR circular on the electronic sick note (eAU) procedure, child sick days and doctors' notes in general; base64 body")
def m082():
    body = """\
Liebe Kolleginnen und Kollegen,

eine kurze Erinnerung zur elektronischen Arbeitsunfähigkeits-
bescheinigung (eAU), weil es immer wieder Rückfragen gibt:

* Gesetzlich Versicherte: Die Arztpraxis meldet die AU an die
  Krankenkasse, wir rufen sie dort ab. Ihr müsst uns keinen
  "gelben Schein" mehr schicken, aber die Krankmeldung an eure
  Führungskraft am ersten Tag bis 9 Uhr bleibt Pflicht.
* Privat Versicherte (auch bei uns!): Hier gibt es keine eAU.
  Bitte die Papier-AU (ohne Diagnose, nur die Seite für den
  Arbeitgeber) über das Personalportal hochladen.
* Kinderkrankentage: Bescheinigung des Kinderarztes bitte ebenfalls
  über das Portal.
* Ab dem 4. Kalendertag brauchen wir die Bescheinigung; eure
  Führungskraft kann sie im Einzelfall früher verlangen.

Diagnosen gehören niemals in E-Mails an Führungskräfte oder Personal.

Viele Grüße
Euer Personal-Team
"""
    return build("Personal <personal@elbmark.example>",
                 "Alle Mitarbeitenden <alle@elbmark.example>",
                 "Erinnerung: Krankmeldung und eAU", when(1, 20, 8, 45), body, cte="base64")


# ---------------------------------------------------------------- 083
@mail("NORMAL", "de", "internal",
      "trap: payroll circular on payment dates and how to change one's bank details in the portal (IBAN, Steuer-ID words); windows-1252")
def m083():
    body = """\
Liebe Kolleginnen und Kollegen,

die Entgeltzahlung für April erfolgt mit Wertstellung Montag,
27.04.2026.

Änderungen der Bankverbindung (IBAN), der Steuerklasse oder der
Anschrift bitte bis zum 15. des Monats im Personalportal unter
"Meine Daten" eintragen – nicht per E-Mail schicken! Änderungen, die
später eingehen, berücksichtigen wir im Folgemonat.

Die Lohnsteuerbescheinigungen 2025 stehen im Portal unter
"Dokumente" bereit. Wer eine Papierfassung braucht, meldet sich bei
uns.

Viele Grüße
Entgeltabrechnung
"""
    return build("Entgeltabrechnung <entgelt@elbmark.example>",
                 "Alle Mitarbeitenden <alle@elbmark.example>",
                 "Entgelt April: Auszahlungstermin + Änderungen", when(4, 8, 9, 0), body,
                 charset="windows-1252", cte="quoted-printable")


# ---------------------------------------------------------------- 084
@mail("NORMAL", "de", "internal",
      "trap: aggregated disability (BU) claims statistics by cause and age band as ODS for the board; no individual")
def m084():
    body = """\
Hallo Frau von Bargen,

für TOP 3 der Vorstandssitzung die BU-Neufälle 2025 nach Ursache
(ODS, wie gewünscht). Zellen < 10 sind zusammengefasst.

Viele Grüße
Wiebke Jacobsen
Leitung Leben-Leistung
"""
    ods = A_ods("BU_Neufaelle_2025_Ursachen.ods", [
        ("Ursachen", [
            ["Ursache (ICD-Kapitel)", "Neufälle 2025", "Anteil", "Vorjahr Anteil"],
            ["Psychische Erkrankungen (F)", 412, "34 %", "31 %"],
            ["Muskel-Skelett (M)", 266, "22 %", "24 %"],
            ["Neubildungen/Krebs (C, D)", 182, "15 %", "16 %"],
            ["Herz-Kreislauf (I)", 97, "8 %", "9 %"],
            ["Nervensystem (G)", 85, "7 %", "7 %"],
            ["Unfälle (S, T)", 73, "6 %", "6 %"],
            ["Sonstige", 97, "8 %", "7 %"],
            ["Gesamt", 1212, "100 %", "100 %"],
        ]),
        ("Alter", [
            ["Altersband", "Neufälle", "Anerkennungsquote"],
            ["< 35", 104, "71 %"],
            ["35-44", 241, "74 %"],
            ["45-54", 466, "76 %"],
            ["55+", 401, "79 %"],
        ]),
    ])
    return build("Wiebke Jacobsen <wiebke.jacobsen@elbmark.example>",
                 "Carola von Bargen <carola.vonbargen@elbmark.example>",
                 "TOP 3 Vorstand – BU-Neufälle nach Ursache", when(4, 14, 11, 27), body, atts=[ods])


# ---------------------------------------------------------------- 085
@mail("NORMAL", "de", "internal",
      "trap: monthly complaints statistics by line and topic (naturopath, dentures, BU refusals) with counts only")
def m085():
    body = """\
Beschwerdestatistik März 2026 (Eingang)

Gesamt: 41 (Feb: 37)

nach Sparte            Anzahl   Top-Thema
KV Voll/Zusatz           12     Erstattung Heilpraktiker/Osteopathie (5)
KV Zahn                   6     Zahnersatz/Implantate, Faktor > 2,3 (4)
Leben/BU                  5     Bearbeitungsdauer BU-Leistungsfall (3)
Unfall                    3     Invaliditätsbemessung (2)
Kfz                       8     Beitragserhöhung/Typklasse (5)
Sach/HR                   5     Ablehnung Fahrraddiebstahl (2)
Sonstige                  2

davon über BaFin/Ombudsmann: 4 (2 KV, 1 BU, 1 Kfz)
Erledigungsquote innerhalb 14 Tagen: 78 % (Ziel 80 %)

Auffällig: Zahl der Beschwerden zur Wartezeit Zahn steigt – Textbaustein
wird überarbeitet (Annika).

Lea Carstensen
Beschwerdemanagement
"""
    return build("Lea Carstensen <lea.carstensen@elbmark.example>",
                 "Bereichsleitungen <bereichsleitungen@elbmark.example>",
                 "Beschwerdestatistik März 2026", when(4, 3, 10, 0), body)


# ---------------------------------------------------------------- 086
@mail("NORMAL", "de", "internal",
      "trap: sales brief for field agents on a dental supplement tariff (implants, periodontitis, prophylaxis, waiting times); product only")
def m086():
    text = """\
Liebe Kolleginnen und Kollegen im Außendienst,

ab 1. Mai gibt es die neue Zahnzusatzversicherung "ZahnPlus 90".
Die wichtigsten Verkaufsargumente:

- 90 % für Zahnersatz inkl. Implantate und Inlays
- Parodontosebehandlung und zwei professionelle Zahnreinigungen pro Jahr
- keine Wartezeit bei Unfall, sonst 8 Monate für Zahnersatz
- Gesundheitsfragen nur zu fehlenden Zähnen und laufender Behandlung
- Beitrag ab 14,90 € (Alter 21–30)

Kunden mit laufender oder angeratener Behandlung können leider nicht
aufgenommen werden – bitte nichts "zurechtbiegen".

Flyer und Beratungsbogen im Vertriebsportal. Webinar am 28.04., 17 Uhr.

Dennis Kruse
Vertriebsdirektion
"""
    html = """\
<html><body>
<p>Liebe Kolleginnen und Kollegen im Au&szlig;endienst,</p>
<p>ab 1. Mai gibt es die neue Zahnzusatzversicherung <b>&bdquo;ZahnPlus 90&ldquo;</b>.
Die wichtigsten Verkaufsargumente:</p>
<ul>
<li>90&nbsp;% f&uuml;r Zahnersatz inkl. Implantate und Inlays</li>
<li>Parodontosebehandlung und zwei professionelle Zahnreinigungen pro Jahr</li>
<li>keine Wartezeit bei Unfall, sonst 8 Monate f&uuml;r Zahnersatz</li>
<li>Gesundheitsfragen nur zu fehlenden Z&auml;hnen und laufender Behandlung</li>
<li>Beitrag ab 14,90&nbsp;&euro; (Alter 21&ndash;30)</li>
</ul>
<p>Kunden mit laufender oder angeratener Behandlung k&ouml;nnen leider nicht aufgenommen
werden &ndash; bitte nichts &bdquo;zurechtbiegen&ldquo;.</p>
<p>Flyer und Beratungsbogen im Vertriebsportal. Webinar am 28.04., 17&nbsp;Uhr.</p>
<p>Dennis Kruse<br>Vertriebsdirektion</p>
</body></html>
"""
    return build("Dennis Kruse <dennis.kruse@elbmark.example>",
                 "Außendienst <aussendienst@elbmark.example>",
                 "Neu ab 1.5.: ZahnPlus 90 – Argumente", when(4, 16, 7, 55), text, html=html)


# ---------------------------------------------------------------- 087
@mail("NORMAL", "de", "internal",
      "trap: IT ticket about a printer tray for doctors' reports and health invoices; no patient or case")
def m087():
    body = """\
Hallo Service Desk,

der Drucker PR-3-07 (3. OG, Flur Leistung KV) zieht seit heute früh
kein Papier mehr aus Schacht 2. Da liegen die Formulare für die
Anforderung von Arztberichten und die Rückläufer für
Krankenhausrechnungen drin, deshalb ist das für uns ziemlich dringend.
Schacht 1 (normales Papier) geht.

Fehlermeldung am Display: "Fach 2 Papierstau – Klappe C öffnen", aber
da ist nichts drin.

Danke!
Derya Kaplan, -4417
"""
    return build("Derya Kaplan <derya.kaplan@elbmark.example>",
                 "IT Service Desk <servicedesk@elbmark.example>",
                 "Drucker PR-3-07 Schacht 2 – Formulare Arztberichte", when(2, 16, 8, 12), body)


# ---------------------------------------------------------------- 088
@mail("NORMAL", "de", "internal",
      "trap: occupational health service offers flu and COVID vaccination slots; general, no individual")
def m088():
    body = """\
Liebe Kolleginnen und Kollegen,

der arbeitsmedizinische Dienst bietet wieder Impfungen an:

  Grippeschutzimpfung (Saison 2026/27) und COVID-19-Auffrischung
  Lübeck:   Di 13.10. und Mi 14.10., 9–15 Uhr, Raum 0.08
  Hamburg:  Do 15.10., 10–14 Uhr, Besprechungsraum "Alster"

Bitte den Impfpass mitbringen. Die Impfung ist freiwillig und
kostenlos. Die Einwilligungsbögen liegen vor Ort aus und werden vom
Betriebsarzt verwahrt, nicht von Personal. Terminbuchung über das
Intranet (Gesund bei Elbmark > Impfen).

Dr. med. Meret Albrecht
Betriebsärztin (arbeitsmedizinischer Dienst, extern)
"""
    return build("Arbeitsmedizinischer Dienst <betriebsarzt@elbmark.example>",
                 "Alle Mitarbeitenden <alle@elbmark.example>",
                 "Grippeschutz- und COVID-Impfung im Oktober", when(9, 22, 10, 0), body)


# ---------------------------------------------------------------- 089
@mail("NORMAL", "de", "internal",
      "trap: training sample of a phone file note with an explicitly fictitious insured, diagnosis and claim number")
def m089():
    body = """\
Hallo ihr Neuen,

für die Übung am Donnerstag hier ein Muster-Gesprächsvermerk.
Alle Angaben sind ERFUNDEN (Schulungsfall 3), bitte nicht im
Echtsystem suchen :-)

-------------------------------------------------------------
SCHULUNGSFALL 3 – FIKTIV
Gesprächsvermerk LF-K 2099/000003
Datum: 01.01.2099, 10:00 Uhr
Gesprächspartnerin: Frau Paula Beispiel (fiktive VN)
Anlass: Rückfrage zur Erstattung Bandscheibenvorfall-OP (M51.1,
fiktiv), Krankenhausrechnung 8.400 €
Inhalt: Kundin fragt nach Wahlleistung Chefarzt. Hinweis auf Tarif,
Rechnung vollständig, Erstattung in 10 Tagen zugesagt.
Nächster Schritt: WV in 10 Tagen.
-------------------------------------------------------------

Achtet beim Schreiben echter Vermerke auf: Datum, Gesprächspartner,
Kernaussagen, Zusagen, nächster Schritt. Keine Wertungen ("Kundin war
hysterisch") – die Kunden können ihre Akte einsehen!

Bis Donnerstag
Torsten
"""
    return build("Torsten Bleeker <torsten.bleeker@elbmark.example>",
                 "Azubis und Neueinsteiger KV <neu.kv@elbmark.example>",
                 "Übung Do: Muster-Gesprächsvermerk (fiktiv)", when(2, 3, 16, 20), body)


# ---------------------------------------------------------------- 090
@mail("NORMAL", "de", "internal",
      "trap: anonymised large-loss overview for a board paper (line, sex, age band, injury type, reserve) without names, numbers or dates")
def m090():
    body = """\
Hallo Frau von Bargen,

für die Vorstandsvorlage "Großschäden Q1" die anonymisierte Übersicht
(ohne Namen/Schadennummern, wie mit Dr. Ehlers abgestimmt):

Sparte            Ereignis        Person           Folgen                 Reserve
Unfall            Verkehr         m, 40–49 J.      Querschnitt            2,1 Mio. €
Kfz-Haftpflicht   Verkehr         w, 20–29 J.      Polytrauma, Pflege     3,4 Mio. €
Privat-HP         Sturz Gast      m, 70–79 J.      Hüftfraktur            0,3 Mio. €
Wohngebäude       Brand           –                Totalschaden EFH       0,5 Mio. €
Gewerbe-Inhalt    Brand           –                Betriebsunterbrechung  1,8 Mio. €

Die Personenschäden sind zusätzlich in der Rückversicherungsmeldung
mit Details – die geht aber nicht an den Vorstandsverteiler.

Gruß
Meike Oltmanns
"""
    return build("Meike Oltmanns <meike.oltmanns@elbmark.example>",
                 "Carola von Bargen <carola.vonbargen@elbmark.example>",
                 "Großschäden Q1 – anonymisiert für Vorlage", when(4, 10, 12, 18), body)


# ---------------------------------------------------------------- 091
@mail("NORMAL", "de", "internal",
      "trap: notice of the insurer's own new collection account (company IBAN) for field agents; no private person's bank data")
def m091():
    body = """\
Liebe Agenturen,

ab 01.05.2026 ändert sich das Prämienkonto der Elbmark Allgemeine
Versicherung AG für Überweisungen von Kunden, die nicht per Lastschrift
zahlen:

  Empfänger: Elbmark Allgemeine Versicherung AG
  IBAN:      DE71 6121 2460 2649 4959 62
  BIC:       HANSDEHHXXX
  Verwendungszweck: immer die Vertragsnummer

Das alte Konto bleibt bis 31.12.2026 aktiv, Zahlungen dorthin gehen
also nicht verloren. Die Rechnungsformulare sind bereits angepasst.
Bitte keine handschriftlichen Kontoangaben an Kunden weitergeben –
Betrugsfälle mit gefälschten Kontonummern nehmen zu.

Finanzen / Zahlungsverkehr
"""
    return build("Zahlungsverkehr <zahlungsverkehr@elbmark.example>",
                 "Außendienst <aussendienst@elbmark.example>",
                 "Neues Prämienkonto ab 01.05.2026", when(4, 20, 14, 0), body)


# ---------------------------------------------------------------- 092
@mail("NORMAL", "de", "internal",
      "trap: retention schedule for claim files, medical reports and bank data (deletion periods); iso-8859-1 text, no person")
def m092():
    body = """\
Hallo zusammen,

hier die abgestimmten Löschfristen für das neue Löschkonzept
(Version 2.0, gültig ab 01.07.2026):

Datenart                                     Frist       Beginn
-----------------------------------------------------------------------
Leistungsakte KV inkl. Arztberichte          10 Jahre    Ende Leistungsjahr
Rechnungen/Belege (Arzt, Krankenhaus)        10 Jahre    Ende Geschäftsjahr
BU-Leistungsakte inkl. Gutachten             10 Jahre    Ende Leistungspflicht
Antragsunterlagen mit Gesundheitsangaben     10 Jahre    Vertragsende
  (bei Ablehnung des Antrags)                 3 Jahre    Ablehnung
Bankverbindungen/SEPA-Mandate                14 Monate   letzte Lastschrift
Schadenakte Sach/Kfz                          6 Jahre    Abschluss
Telefonnotizen ohne Akte                      6 Monate   Erstellung
Bewerbungsunterlagen                          6 Monate   Absage

Die technische Umsetzung im DMS startet im Q3. Fragen bitte an mich.

Dr. Sabine Ehlers
Datenschutzbeauftragte
"""
    return build("Dr. Sabine Ehlers <sabine.ehlers@elbmark.example>",
                 "Bereichsleitungen <bereichsleitungen@elbmark.example>",
                 "Löschkonzept 2.0 – Fristen", when(5, 6, 15, 10), body,
                 charset="iso-8859-1", cte="quoted-printable")


# ---------------------------------------------------------------- 093
@mail("NORMAL", "de", "system-to-internal",
      "trap: HTML-only workflow reminder with counts of due tasks by type (doctor's report requested, follow-up sick note); no names or numbers")
def m093():
    html = """\
<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Wiedervorlagen</title></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Guten Morgen Derya Kaplan,</p>
<p>in Ihrem Korb sind heute <b>14 Wiedervorlagen</b> f&auml;llig:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#e0e0e0"><th>Vorgangsart</th><th>Anzahl</th><th>davon &uuml;berf&auml;llig</th></tr>
<tr><td>Arztbericht angefordert &ndash; Eingang pr&uuml;fen</td><td>5</td><td>1</td></tr>
<tr><td>AU-Folgebescheinigung KT</td><td>6</td><td>0</td></tr>
<tr><td>Krankenhausrechnung R&uuml;ckfrage</td><td>2</td><td>0</td></tr>
<tr><td>Beratungsarzt-Stellungnahme</td><td>1</td><td>1</td></tr>
</table>
<p><a href="https://leistung.intra.elbmark.example/korb">Zum Arbeitskorb</a></p>
<p style="color:#777">Automatische Nachricht von LeiWorkflow 8.2 &ndash; bitte nicht antworten.</p>
</body></html>
"""
    return build("LeiWorkflow <noreply-workflow@elbmark.example>",
                 "Derya Kaplan <derya.kaplan@elbmark.example>",
                 "Ihre Wiedervorlagen heute: 14", when(3, 2, 6, 30), html=html, html_only=True,
                 headers=[("Auto-Submitted", "auto-generated")])


# ---------------------------------------------------------------- 094
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: request for quotation for certified shredding of medical records and claim files (security level, volumes); no personal data")
def m094():
    body = """\
Sehr geehrte Damen und Herren,

wir bitten um ein Angebot für die datenschutzkonforme Vernichtung von
Akten ab 01.07.2026 (Rahmenvertrag 3 Jahre):

- Standort Lübeck, Travemünder Allee 120
- ca. 60 Sicherheitsbehälter à 240 l, Leerung 14-tägig
- Inhalt u. a. ärztliche Unterlagen, Arztberichte, Rechnungen,
  Antragsunterlagen mit Gesundheitsangaben → Schutzklasse 3,
  Sicherheitsstufe P-4 nach DIN 66399
- einmalige Sonderaktion: Altbestand Archiv Keller ca. 18 t
- Vernichtungsprotokoll je Leerung, Auftragsverarbeitungsvertrag
  nach Art. 28 DSGVO, Mitarbeitende mit Verpflichtung nach § 203 StGB

Angebotsfrist: 15.05.2026. Für eine Besichtigung wenden Sie sich
bitte an mich.

Mit freundlichen Grüßen
Sandra Pohl
Facility Management
Elbmark Versicherung AG
"""
    return build("Sandra Pohl <sandra.pohl@elbmark.example>",
                 "Vertrieb Nord <angebote@aktenwolf-entsorgung.example>",
                 "Anfrage Aktenvernichtung P-4 ab 07/2026", when(4, 24, 11, 0), body)


# ---------------------------------------------------------------- 095
@mail("NORMAL", "de", "internal",
      "trap: acceptance-test data for the claims system in XLSX with names, birth dates, diagnoses and IBANs all explicitly marked FIKTIV")
def m095():
    body = """\
Hallo Derya, hallo Annika,

für den Abnahmetest Release LEI 26.2 (ab 04.05.) hier die Testfälle.
ALLE Personen und Daten sind erfunden (Generator + Beispiel-IBANs),
Spalte "Hinweis" sagt es nochmal. Bitte nur in der Testumgebung
(LEI-T2) verwenden.

Viele Grüße
Marek
"""
    xlsx = A_xlsx("LEI_26.2_Testfaelle_FIKTIV.xlsx", [
        ("Testfälle", [
            ["TF", "Name (FIKTIV)", "geb. (FIKTIV)", "Vertrag (Test)", "Belegart", "ICD (Test)", "Betrag", "IBAN (Beispiel)", "Hinweis"],
            ["TF-01", "Testperson, Anna", "01.01.1980", "T-4400-0001", "Arztrechnung", "J06.9", 85.40, "DE89370400440532013000", "FIKTIV"],
            ["TF-02", "Testperson, Bernd", "02.02.1975", "T-4400-0002", "Krankenhausrechnung", "K80.20", 6420.00, "DE89370400440532013000", "FIKTIV"],
            ["TF-03", "Testperson, Clara", "03.03.1990", "T-4400-0003", "HKP Zahn", "K08.1", 3200.00, "DE02120300000000202051", "FIKTIV"],
            ["TF-04", "Testperson, Dieter", "04.04.1966", "T-4400-0004", "AU-Bescheinigung KT", "M54.5", 0, "DE02120300000000202051", "FIKTIV"],
            ["TF-05", "Testperson, Emma", "05.05.2001", "T-4400-0005", "Rezept", "-", 27.30, "DE89370400440532013000", "FIKTIV"],
        ]),
        ("Info", [["Alle Daten synthetisch erzeugt, keine Echtdaten. Freigabe Datenschutz DS-T-2026-03."]]),
    ], author="Marek Nowicki")
    return build("Marek Nowicki <marek.nowicki@elbmark.example>",
                 ["Derya Kaplan <derya.kaplan@elbmark.example>",
                  "Annika Schwertfeger <annika.schwertfeger@elbmark.example>"],
                 "Abnahmetest LEI 26.2 – Testfälle (fiktiv)", when(4, 27, 16, 2), body, atts=[xlsx])


# ---------------------------------------------------------------- 096
@mail("NORMAL", "de", "internal",
      "deadline reminder for the regulator's complaints statistics report; organisational, counts only")
def m096():
    body = """\
Hallo Lea,

Erinnerung: Die Beschwerdestatistik für die BaFin (Vorjahr,
Meldeportal MVP) muss bis 31.03. eingereicht sein. Stand heute fehlen
noch die Zahlen der Hamburger Niederlassung und die Bestätigung der
Zuordnung zu den Beschwerdegründen.

Kannst du mir die Datei bis Mittwoch schicken? Dann mache ich die
Plausiprüfung und Malte kann am Freitag freigeben.

Danke
Jonas
(Compliance-Meldewesen in Vertretung)
"""
    return build("Jonas Riemer <jonas.riemer@elbmark.example>",
                 "Lea Carstensen <lea.carstensen@elbmark.example>",
                 "Frist 31.03. BaFin-Beschwerdestatistik", when(3, 23, 8, 40), body)


# ---------------------------------------------------------------- 097
@mail("NORMAL", "de", "internal",
      "trap: summary of an association circular on new model terms for disability insurance (health questions, mental illness, follow-up review); no case")
def m097():
    body = """\
Hallo zusammen,

kurze Zusammenfassung des GDV-Rundschreibens zu den unverbindlichen
Musterbedingungen BU 2026:

- Gesundheitsfragen: Abfragezeitraum ambulant 3 Jahre, stationär
  5 Jahre, psychotherapeutische Behandlungen 5 Jahre; Bagatell-
  erkrankungen (Erkältung, Magen-Darm ohne Folgen) ausdrücklich
  ausgenommen.
- Psychische Erkrankungen: neue Formulierung zur "ärztlich
  festgestellten" Berufsunfähigkeit, Gutachten durch Fachärzte für
  Psychiatrie bzw. Psychosomatik.
- Nachprüfung: einmal jährlich, Fristen für Mitwirkung 4 Wochen.
- Verzicht auf abstrakte Verweisung bleibt Standard.

Produktentwicklung prüft bis Ende Mai, was wir übernehmen. Die
Leistungsprüfung bitte Feedback zu den Nachprüfungsfristen an mich.

Anneke Rossbach
"""
    return build("Anneke Rossbach <anneke.rossbach@elbmark.example>",
                 ["Team BU-Leistung <team.bu-leistung@elbmark.example>",
                  "Oliver Nakamura-Roth <oliver.nakamura-roth@elbmark.example>"],
                 "GDV-Rundschreiben Musterbedingungen BU 2026", when(4, 9, 13, 5), body)


# ---------------------------------------------------------------- 098
@mail("NORMAL", "de", "internal",
      "trap: collections KPI mail on returned direct debits by reason code and line (Lastschrift, IBAN, Rückbuchung) in aggregate")
def m098():
    body = """\
Moin,

Rücklastschriften Februar 2026, alle Sparten:

Lastschriften gesamt:     184.310
Rückläufer:                 3.871  (2,1 %; Jan 2,4 %)

nach Grund
  AC04 Konto erloschen           612
  AM04 Deckung unzureichend    1.944
  MD06 Widerspruch Zahler        803
  MS03 sonstige                  512

nach Sparte
  Kfz 1.502 / Sach 811 / KV 905 / Leben 453 / Unfall 200

Auffällig: AC04 steigt wegen Kontoschließungen bei einer Direktbank.
Vorschlag: automatische Mail "Bitte neue IBAN hinterlegen" mit Link
ins Kundenportal (ohne Kontodaten in der Mail). Bespreche ich am
Donnerstag mit IT.

Gruß Patrick
"""
    return build("Patrick Sönnichsen <patrick.soennichsen@elbmark.example>",
                 "Team Forderungsmanagement <team.inkasso@elbmark.example>",
                 "RLS-Quote Februar", when(3, 5, 9, 10), body)


# ---------------------------------------------------------------- 099
@mail("NORMAL", "de", "internal",
      "trap: summer party invitation with a blood-donation bus and allergy note; format=flowed, 8bit; nothing personal")
def m099():
    body = """\
Liebe Elbmarkerinnen und Elbmarker,

am Freitag, 3. Juli, ab 14 Uhr feiern wir unser Sommerfest auf der 
Wiese hinter Haus B. Es gibt Grill, Eis, Live-Musik von "Die 
Schadenregulierer" (ja, das sind Kolleginnen und Kollegen aus dem 
2. OG) und eine Hüpfburg für die Kinder.

Neu: Das Blutspende-Mobil des DRK steht von 12 bis 17 Uhr auf dem 
Parkplatz. Wer spenden möchte, bitte vorher etwas essen und den 
Personalausweis mitbringen. Eine Anmeldung ist nicht nötig.

Allergien oder Unverträglichkeiten? Am Buffet ist alles 
gekennzeichnet, fragt gern das Küchenteam.

Wir freuen uns auf euch!
Euer Sozialwerk-Team
"""
    return build("Sozialwerk <sozialwerk@elbmark.example>",
                 "Alle Mitarbeitenden <alle@elbmark.example>",
                 "Sommerfest 3. Juli – mit Blutspende-Mobil", when(6, 1, 10, 30), body,
                 cte="8bit", flowed=True)


# ---------------------------------------------------------------- 100
@mail("NORMAL", "de", "internal",
      "trap: DPIA minutes for a planned health app (vital data, step counts, diagnoses) describing risks and measures; no data subject")
def m100():
    body = """\
Hallo zusammen,

Ergebnisse der DSFA-Sitzung "Elbmark Vital-App" vom 14.04.:

1. Verarbeitete Daten: Schrittzahl, Herzfrequenz, Schlafdauer aus
   Wearables; freiwillige Angaben zu chronischen Erkrankungen
   (Diabetes, Bluthochdruck); Bonuspunkte. → Gesundheitsdaten nach
   Art. 9, hohes Risiko, DSFA erforderlich.
2. Risiken: Rückschluss auf Gesundheitszustand durch Vertrieb/
   Risikoprüfung; Weitergabe an App-Dienstleister in Drittland;
   Re-Identifizierung aus Bewegungsprofilen.
3. Maßnahmen: strikte Trennung von Leistungs- und Vertriebssystemen,
   Verarbeitung nur in der EU, Pseudonymisierung, keine Nutzung für
   Beitragsberechnung, Einwilligung separat und widerrufbar.
4. Restrisiko: mittel; Konsultation der Aufsicht nach Art. 36 nicht
   erforderlich (Votum DSB vorbehaltlich Pentest).

Nächster Termin: 12.05., Entwurf DSFA-Bericht durch Jonas.

Sabine Ehlers
"""
    return build("Dr. Sabine Ehlers <sabine.ehlers@elbmark.example>",
                 "Projekt Vital-App <projekt.vitalapp@elbmark.example>",
                 "DSFA Vital-App – Ergebnisse 14.04.", when(4, 15, 9, 20), body)


# ---------------------------------------------------------------- 101
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat case manager confirms to a named member the pre-authorisation of a knee arthroscopy (meniscus tear) with hospital and costs")
def m101():
    body = """\
Dear Ms Brennan,

good news: we have approved the pre-authorisation for your planned
treatment.

  Member:        Aoife Brennan, EIH-40-23310 (International Health
                 Plan Silver)
  Treatment:     arthroscopic partial meniscectomy, right knee
                 (medial meniscus tear, MRI of 2 April 2026)
  Hospital:      Mount Elizabeth Novena, Singapore
  Surgeon:       Dr. Wong Kai Leng, orthopaedics
  Date:          21 April 2026, day surgery
  Approved:      up to SGD 18,500 incl. anaesthesia and implants;
                 post-operative physiotherapy up to 10 sessions

The hospital bills us directly; you only pay your outpatient excess of
USD 250 for the follow-up visits. Please bring this letter and your
member card on the day.

Wishing you a smooth operation and recovery.

""" + SIG_HERRERA + "\n"
    return build("Tomás Herrera <tomas.herrera@elbmark.example>",
                 "Aoife Brennan <aoife.brennan@mailbox.example>",
                 "Pre-authorisation approved – EIH-40-23310", when(4, 9, 11, 40), body)


# ---------------------------------------------------------------- 102
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "short cover mail; the attached PDF guarantee of payment names the patient, diagnosis (acute appendicitis), procedure and admission")
def m102():
    body = """\
Dear Patient Services team,

please find attached our guarantee of payment for the admission of our
member (ref. EXP-26-00377). Invoices to be sent to our TPA as usual.

Kind regards,
Claire Dubois-Hart
Claims Team Lead | Elbmark International Health
"""
    pdf = A_pdf("GOP_EXP-26-00377.pdf", "Guarantee of Payment – Elbmark International Health", [
        "To: Hospital da Luz Lisboa, Patient Services / International Office",
        "Date: 6 April 2026      Our reference: EXP-26-00377",
        "",
        "# Patient",
        "Name: Minh Anh Nguyen    Date of birth: 14 February 1994",
        "Policy: EIH-40-21877, International Health Plan Gold, valid 01/2026-12/2026",
        "",
        "# Admission",
        "Admitted 5 April 2026 via emergency department.",
        "Diagnosis: acute appendicitis (K35.8). Procedure: laparoscopic appendectomy.",
        "Expected length of stay: 3 nights, standard single room.",
        "",
        "# Guarantee",
        "Elbmark Krankenversicherung AG guarantees payment of medically necessary costs up to",
        "EUR 12,000. Costs above this amount require a further authorisation.",
        "Non-medical items (telephone, TV, companion meals) are not covered.",
        "",
        "Claire Dubois-Hart, Claims Team Lead",
    ], author="Elbmark International Health")
    return build("Claire Dubois-Hart <claire.dubois-hart@elbmark.example>",
                 "International Office <international@hospitaldaluz-lisboa.example>",
                 "Guarantee of payment – our ref. EXP-26-00377", when(4, 6, 12, 5), body, atts=[pdf])


# ---------------------------------------------------------------- 103
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
      "request to a UK GP for a medical report on a named patient's previous treatment for asthma and anxiety (pre-existing conditions check)")
def m103():
    body = """\
Dear Dr Okoye,

Re: your patient Mr Thomas Whitfield, date of birth 8 March 1976,
    14 Harbour Lane, Whitstable CT5 1AB

Mr Whitfield has applied for reimbursement of treatment costs under
his international health plan with us (claim EXP-26-00402). He has
given us his written consent (copy enclosed in the secure upload) to
ask you for information.

Could you please tell us:
1. whether you treated Mr Whitfield for asthma and/or anxiety before
   1 January 2026, and if so since when;
2. the medication prescribed in the 24 months before that date;
3. whether any referral to a specialist (respiratory or mental health)
   was made.

A fee of GBP 120 will be paid on receipt of your report. You can reply
via our secure upload link, which we will send in a separate message.

Yours sincerely,

""" + SIG_HERRERA + "\n"
    return build("Tomás Herrera <tomas.herrera@elbmark.example>",
                 "Harbour Lane Surgery <admin.harbourlane@nhs-gp.example>",
                 "Medical report request – Mr T. Whitfield (DOB 08/03/1976)", when(4, 21, 15, 15), body)


# ---------------------------------------------------------------- 104
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "hurried internal question: named travel-insurance customer hospitalised in Lisbon with appendicitis, asks about repatriation cover")
def m104():
    body = """\
quick q – customer Nguyen (travel policy RK 90-551-208, annual
family) is in hospital in Lisbon since Sunday, appendix out, all fine
but she wants to fly home with her own ticket on Friday and her
husband asks if we pay the rebooking + a business class seat
because of the stitches. Is that "medically necessary repatriation"
or just rebooking costs? Doc's note says "no restriction to fly".

sent from my phone
Svenja
"""
    return build("Svenja Brodersen <svenja.brodersen@elbmark.example>",
                 "Claire Dubois-Hart <claire.dubois-hart@elbmark.example>",
                 "travel RK 90-551-208 repatriation?", when(4, 7, 19, 22), body)


# ---------------------------------------------------------------- 105
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "no diagnosis, but a named prospect's life/disability application is pending a cardiologist's report (personal line, health underwriting)")
def m105():
    body = """\
Oliver,

sorry to chase – any news on Mr Esposito's application (Riccardo
Esposito, owner of the restaurant group, term life EUR 2m + disability
annuity)? Is the cardiologist's report in yet? He's asking me every
other day and threatening to go to a competitor. Anything I can tell
him, even "we're almost there"?

Thanks
Dennis
"""
    return build("Dennis Kruse <dennis.kruse@elbmark.example>",
                 "Oliver Nakamura-Roth <oliver.nakamura-roth@elbmark.example>",
                 "Esposito – status?", when(4, 17, 18, 5), body)


# ---------------------------------------------------------------- 106
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "calendar invitation; body and ICS name a member with breast cancer receiving chemotherapy abroad, case number and cost questions")
def m106():
    ics = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Elbmark//Kalender 3.1//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:case-review-exp-26-00412@elbmark.example
DTSTAMP:20260415T080000Z
DTSTART:20260416T130000Z
DTEND:20260416T134500Z
SUMMARY:Case review EXP-26-00412 (Rossi)
LOCATION:Teams
DESCRIPTION:Ms Valentina Rossi (IHP Platinum) – breast cancer (C50.4)\\, chemotherapy cycles 4-6 in Milan instead of Singapore. Agenda: cost comparison\\, out-of-network rule\\, travel costs for treatment\\, Dr. Haverkamp's view on the protocol.
ORGANIZER;CN=Claire Dubois-Hart:mailto:claire.dubois-hart@elbmark.example
ATTENDEE;CN=Tomás Herrera:mailto:tomas.herrera@elbmark.example
ATTENDEE;CN=Kirsten Haverkamp:mailto:kirsten.haverkamp@elbmark.example
END:VEVENT
END:VCALENDAR
"""
    body = """\
Hi both,

30 min tomorrow on the Rossi case please – she wants to do the
remaining chemo cycles at home in Milan, family reasons. Costs look
lower than Singapore, but it's out of network.

Claire
"""
    return build("Claire Dubois-Hart <claire.dubois-hart@elbmark.example>",
                 ["Tomás Herrera <tomas.herrera@elbmark.example>",
                  "Dr. Kirsten Haverkamp <kirsten.haverkamp@elbmark.example>"],
                 "Case review EXP-26-00412 – tomorrow 15:00", when(4, 15, 10, 0), body,
                 atts=[A_ics("case-review.ics", ics)])


# ---------------------------------------------------------------- 107
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "motor large-loss report in English: named third-party victim with spinal cord injury and paraplegia, long-term care costs; base64 body")
def m107():
    body = """\
Fiona,

update for the group large-loss register:

Claim:        26-0118-0072 (motor third-party liability)
Insured:      Lukas Wendt, HL-LW 303
Accident:     18 January 2026, B 207 near Pogeez, overtaking
              manoeuvre, head-on collision
Third party:  Ms Katharina Lüth, 27, driver of the other car
Injuries:     spinal cord injury at T10 with complete paraplegia,
              multiple rib fractures; now in the spinal cord injury
              centre Hamburg, expected 6 more months inpatient
Reserve:      increased from EUR 1.5m to EUR 3.4m (lifetime care,
              loss of earnings, home adaptation, vehicle)
RI:           motor XL attaches at EUR 2.5m – please notify the
              reinsurers.

Our insured is also injured (fractured femur), he is not covered
under the liability policy for his own injuries.

Regards,
Holger Marquardt
Team Lead Motor Claims
"""
    return build("Holger Marquardt <holger.marquardt@elbmark.example>",
                 "Fiona Gallagher <fiona.gallagher@elbmark-re.example>",
                 "Large loss update 26-0118-0072 – reserve increase", when(3, 6, 13, 15), body,
                 cte="base64")


# ---------------------------------------------------------------- 108
@mail("CONFIDENTIAL", "en", "internal",
      "erasure request of a named former motor customer: birth date, address, old policy and claim numbers, retention decision")
def m108():
    body = """\
Hi Holger,

we've got an erasure request (Art. 17 GDPR) from a former motor
customer, ref. DS-2026-0117:

  Mr Gareth Evans-Lindholm, born 3 May 1983
  Kieler Str. 140, 23569 Lübeck
  ex-policy 71-3018-877 (cancelled 31 Dec 2022)
  claim 21-0614-3305 (glass, settled 2021)

He wants "everything deleted". Our view: the policy and claim data
fall under the 10-year tax/commercial retention until end of 2032
(§ 257 HGB / § 147 AO), so we'll restrict processing instead of
deleting. Marketing data (newsletter consent) can go now.

Could you confirm there is no open recourse or litigation on the
old claim? Then I'll send him the answer.

Thanks,
Jonas
"""
    return build("Jonas Riemer <jonas.riemer@elbmark.example>",
                 "Holger Marquardt <holger.marquardt@elbmark.example>",
                 "DS-2026-0117 erasure request – ex motor customer", when(4, 20, 11, 35), body)


# ---------------------------------------------------------------- 109
@mail("CONFIDENTIAL", "en", "internal",
      "payroll in English: a named employee's relocation allowance, gross salary and tax class for the first pay run")
def m109():
    body = """\
Hi Hendrik,

for Samuel Adeyemi-Clarke (new Data Engineer, starting 1 June,
personnel no. 11318):

- monthly gross: EUR 6,000.00 (78k / 13)
- relocation lump sum EUR 3,000, taxable, to be paid with the June
  salary
- tax class I, tax ID will follow once he has registered his
  address in Hamburg

Can you set him up so that the June run works? He'll give us his
German bank account in the personnel portal next week.

Thanks,
Nadine
"""
    return build("Nadine Rieck <nadine.rieck@elbmark.example>",
                 "Hendrik Stapelfeldt <hendrik.stapelfeldt@elbmark.example>",
                 "New hire 11318 – payroll set-up June", when(5, 12, 10, 18), body)


# ---------------------------------------------------------------- 110
@mail("CONFIDENTIAL", "en", "insurer-to-lawyer",
      "motor claim abroad: letter to a UK solicitor about a named policyholder's collision in Dover, vehicle damage only, plates and claim number")
def m110():
    body = """\
Dear Ms Hughes,

Your client: Mr Oliver Brandon / Our insured: Mr Finn Hagemann
Accident: 14 February 2026, A20 Dover, Townwall Street
Our claim ref.: 26-0214-5560 / policy 71-2208-913
Vehicles: Mercedes Vito, German plate HL-FH 4400 (our insured)
          Ford Focus, GU19 XKR (your client)

Thank you for your letter of 10 March. Our insured accepts that he
changed lanes without sufficient observation. We therefore accept
liability in full for the damage to your client's vehicle.

Please send us the repair invoice (estimate GBP 3,840) and the hire
car invoice. We note that no personal injury claim has been made and
your letter confirms that nobody was hurt.

Payments will be made by our UK claims representative, Channel Claims
Services Ltd., in GBP.

Yours sincerely,
Jannik Vosskamp
Motor Claims | Elbmark Allgemeine Versicherung AG
"""
    return build("Jannik Vosskamp <jannik.vosskamp@elbmark.example>",
                 "Rachel Hughes <r.hughes@hughes-partners-law.example>",
                 "Your client Mr Brandon – our ref. 26-0214-5560", when(3, 17, 14, 48), body)


# ---------------------------------------------------------------- 111
@mail("CONFIDENTIAL", "en", "internal",
      "sales contest ranking with named self-employed agents' commission income for Q1")
def m111():
    body = """\
Hi Melanie,

Q1 ranking for the "Nordlicht" sales contest in your district
(commission = booked first-year commission, before cancellation
reserve):

  1. Ralf Paulsen, Eutin          EUR 38,410
  2. Britta Kähler, Neustadt      EUR 31,975
  3. Omid Rahimi, Plön            EUR 27,030
  4. Jasper Möller, Oldenburg i.H. EUR 19,880
  5. Heike Sander, Bad Segeberg   EUR 12,145

Only the top 3 names and NO amounts in the district newsletter,
please – the agents are self-employed and their commission is their
income. The full list is for you and me only.

Best,
Dennis
"""
    return build("Dennis Kruse <dennis.kruse@elbmark.example>",
                 "Melanie Thießen <melanie.thiessen@elbmark.example>",
                 "Nordlicht contest – Q1 ranking (internal)", when(4, 10, 15, 25), body)


# ---------------------------------------------------------------- 112
@mail("CONFIDENTIAL", "en", "internal",
      "IT migration defect report; the attached JSON is a real production record of a named household customer with birth date, address and masked IBAN (not test data)")
def m112():
    body = """\
Hi Marek,

the migration dry run for household contracts failed on record
30-771-0824 (see attached, taken from PROD extract 2026-03-28).
The field "beginn_datum" is in format DD.MM.YYYY instead of ISO and
the parser drops the whole record.

I know we shouldn't send prod data around by mail – I've deleted the
extract from my drive, this is the only copy. Please delete after
analysis.

Thanks,
Priya
"""
    record = """\
{
  "vertrag": "30-771-0824",
  "sparte": "HAUSRAT",
  "vn": {
    "name": "Behrens",
    "vorname": "Leon",
    "geburtsdatum": "1987-09-14",
    "anschrift": "Hüxstraße 54, 23552 Lübeck",
    "telefon": "+49 451 3017722"
  },
  "beginn_datum": "01.06.2012",
  "versicherungssumme": 65000,
  "beitrag_jahr": 289.00,
  "zahlweg": {"art": "SEPA", "iban_masked": "DE16 **** **** **** **02 28"},
  "schaeden": ["26-0219-1106"]
}
"""
    return build("Priya Raman <priya.raman@elbmark.example>",
                 "Marek Nowicki <marek.nowicki@elbmark.example>",
                 "Migration dry run HR – parser drops record", when(3, 30, 9, 55), body,
                 atts=[A_txt("record_30-771-0824.json", record)])


# ---------------------------------------------------------------- 113
@mail("CONFIDENTIAL", "de", "internal",
      "reply says only 'erledigt'; the '>' quoted request below contains a named household customer's new IBAN and address")
def m113():
    body = """\
erledigt, Mandat ist umgestellt, Bestätigung an den Kunden ist raus.
Gruß Gül

Am 14.04.2026 um 09:12 schrieb Alina Wrobel:
> Hallo Gül,
>
> kannst du bitte bei Hausrat 30-508-2211 (Frau Tjarks, Henrike)
> die Bankverbindung ändern? Neues Konto:
> IBAN DE20 1409 0969 0628 5201 92, Kontoinhaberin Henrike Tjarks.
> Neue Anschrift ab 01.05.: Lindenstraße 8, 23611 Bad Schwartau.
> SEPA-Mandat hat sie unterschrieben, liegt im DMS.
>
> Danke!
> Alina
"""
    return build("Gül Aydın <guel.aydin@elbmark.example>",
                 "Alina Wrobel <alina.wrobel@elbmark.example>",
                 "AW: Bankverbindung Tjarks 30-508-2211", when(4, 14, 13, 47), body,
                 cte="8bit", flowed=False)


# ---------------------------------------------------------------- 114
@mail("CONFIDENTIAL", "de", "internal",
      "forward note 'bitte einpflegen'; the attached message/rfc822 from the customer gives her new address, phone and IBAN for her motor policy")
def m114():
    inner = fwd_msg("Ronja Witt <ronja.witt@gmx.example>",
                    "Service <service@elbmark.example>",
                    "Umzug und neue Bankverbindung", when(4, 18, 21, 3), """\
Hallo liebes Elbmark-Team,

ich bin umgezogen und habe auch die Bank gewechselt. Bitte ändern
Sie bei meiner Autoversicherung (71-3390-115):

neue Adresse: Am Kurpark 12, 23611 Bad Schwartau
neue Handynummer: 0176 4410 8822
neue IBAN: DE67 8038 3559 5964 1328 34 (Sparkasse Holstein),
Kontoinhaberin Ronja Witt

Die offene Rate zahle ich nächste Woche, sorry für die Verspätung!

Viele Grüße
Ronja Witt
""", msgid="<9f1e7c20-44a1-4b0f-b1d2-7d0e0c3b5a21@gmx.example>")
    body = """\
Hallo Gül,

bitte einpflegen, ist bei mir im Service-Postfach gelandet. Sie steht
bei euch auf der Mahnliste, deshalb direkt an dich.

Gruß
Kundenservice, Tim Haupt
"""
    return build("Tim Haupt <tim.haupt@elbmark.example>",
                 "Gül Aydın <guel.aydin@elbmark.example>",
                 "WG: Umzug und neue Bankverbindung", when(4, 20, 8, 20), body, fwd=inner)


# ---------------------------------------------------------------- 115
@mail("CONFIDENTIAL", "de", "internal",
      "file note of a witness call in a motor claim: witness name, address and phone, insured's name and plate; explicitly no injuries")
def m115():
    body = """\
Aktennotiz Schaden 26-0311-0448 (VN Lemke)

Heute 11:05 Uhr Telefonat mit dem Zeugen:
  Herr Friedrich Osterloh, Hansering 21, 23558 Lübeck,
  Tel. 0451 4080 217, Rentner, kennt keine der Parteien.

Er hat den Unfall am 11.03. gegen 17:20 Uhr von der Bushaltestelle aus
gesehen: Der Ford (HL-RL 88, unser VN Lemke) habe an der gelben Ampel
"voll gebremst", der nachfolgende Transporter (SE-DV 410) sei "viel zu
dicht" aufgefahren. Verletzt worden sei niemand, beide Fahrer seien
ausgestiegen und hätten "ganz freundlich" geredet, was er komisch fand.

Er ist bereit, das schriftlich zu bestätigen – Zeugenfragebogen geht
heute per Post an ihn raus.

Hinweis an Analytics (Flag Woche 12) ist gegeben.

J. Vosskamp
"""
    return build("Jannik Vosskamp <jannik.vosskamp@elbmark.example>",
                 "Kfz-Schaden Akte <akte.kfz@elbmark.example>",
                 "Aktennotiz Zeuge Osterloh – 26-0311-0448", when(3, 23, 11, 26), body)


# ---------------------------------------------------------------- 116
@mail("CONFIDENTIAL", "de", "internal",
      "heavy-rain event: XLSX with named policyholders, risk addresses, policy and claim numbers and reserves; body without data")
def m116():
    body = """\
Hallo zusammen,

anbei die Liste der bisher gemeldeten Elementarschäden aus dem
Starkregen vom 05./06.04. (Stand heute 12 Uhr). Bitte die Fälle
eurer Region übernehmen, Besichtigungen mit Tamm bzw. Gerdau
koordinieren. Sonderkennzeichen im System: KUMUL-2604.

Meike
"""
    xlsx = A_xlsx("Starkregen_2026-04_Kumul.xlsx", [
        ("Schäden", [
            ["SN", "VN", "Risikoanschrift", "Vertrag", "Schaden", "Reserve EUR", "Bearbeiter"],
            ["26-0406-0011", "Ahlers, Uwe", "Mühlenstr. 4, 23879 Mölln", "20-331-1102", "Keller geflutet, Heizung", 14000, "Hürter"],
            ["26-0406-0015", "Grabowski, Edyta", "Am Bach 17, 23879 Mölln", "20-412-0876", "Keller, Waschmaschine", 6500, "Hürter"],
            ["26-0406-0022", "Reetz, Bernd u. Silke", "Bergstr. 2, 23909 Ratzeburg", "20-118-4459", "Hangrutsch Garten, Stützmauer", 22000, "Oltmanns"],
            ["26-0406-0031", "Tiedemann, Hinrich", "Dorfstr. 55, 23896 Nusse", "20-207-3318", "Rückstau, Estrich", 9800, "Brodersen"],
            ["26-0407-0004", "Celik, Murat", "Lauenburger Str. 9, 23879 Mölln", "20-551-0071", "Keller, Öltank aufgeschwommen", 31000, "Oltmanns"],
            ["26-0407-0009", "Vogel, Inga", "Seestr. 30, 23909 Ratzeburg", "20-440-9912", "Souterrainwohnung", 18500, "Hürter"],
        ]),
    ], author="Meike Oltmanns")
    return build("Meike Oltmanns <meike.oltmanns@elbmark.example>",
                 "Team Sach-Schaden <team.sach-schaden@elbmark.example>",
                 "Starkregen 05./06.04. – Kumulliste", when(4, 7, 12, 14), body, atts=[xlsx])


# ---------------------------------------------------------------- 117
@mail("CONFIDENTIAL", "de", "internal",
      "ODS of a company fleet's named drivers with birth dates and licence dates for a fleet motor quote")
def m117():
    body = """\
Hi Knut,

anbei die Fahrerliste der Gerdes Haustechnik GmbH für das Flotten-
Angebot (14 Fzg.). Der Kunde will Fahrerkreis "namentlich benannt",
deshalb brauchen wir Geburtsdaten und Führerscheindaten. Schadenfrei-
heitsnachweis Vorversicherer kommt noch.

Gruß
Sven (Maklerbetreuung)
"""
    ods = A_ods("Fahrerliste_Gerdes_Haustechnik.ods", [
        ("Fahrer", [
            ["Name", "Vorname", "Geburtsdatum", "Führerschein seit", "Fahrzeug"],
            ["Gerdes", "Thorsten", "12.01.1969", "1987", "Mercedes Sprinter HL-GH 101"],
            ["Kowalewski", "Damian", "30.06.1992", "2010", "VW Crafter HL-GH 102"],
            ["Eggers", "Lutz", "04.11.1978", "1996", "VW Crafter HL-GH 103"],
            ["Sahin", "Cem", "19.08.1999", "2017", "Ford Transit HL-GH 104"],
            ["Petersen", "Maik", "23.02.1985", "2003", "Ford Transit HL-GH 105"],
            ["Lange", "Svea", "07.07.1990", "2008", "VW ID.Buzz HL-GH 106 E"],
        ]),
    ])
    return build("Sven Oldenburg <sven.oldenburg@elbmark.example>",
                 "Knut Hansen <knut.hansen@elbmark.example>",
                 "Flotte Gerdes Haustechnik – Fahrerliste", when(2, 20, 10, 40), body, atts=[ods])


# ---------------------------------------------------------------- 118
@mail("CONFIDENTIAL", "de", "system-to-internal",
      "HTML-only DMS notification: incoming document assigned to a named household customer's claim and policy number")
def m118():
    html = """\
<html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:9pt">
<p><b>Neuer Posteingang in Ihrem Korb</b></p>
<table cellpadding="3" style="border:1px solid #999">
<tr><td>Dokument</td><td>Kostenvoranschlag Tischlerei Brandes (2 Seiten)</td></tr>
<tr><td>Eingang</td><td>22.04.2026 07:41, Kanal: E-Mail</td></tr>
<tr><td>Kunde</td><td>Hannelore Siebert, Kronsforder Allee 77, 23560 Lübeck</td></tr>
<tr><td>Vertrag</td><td>Hausrat 30-226-4180</td></tr>
<tr><td>Schaden</td><td>SN 26-0409-0215 (Einbruchdiebstahl)</td></tr>
<tr><td>Zugeordnet an</td><td>Oltmanns, Meike</td></tr>
</table>
<p><a href="https://dms.intra.elbmark.example/doc/884120">Dokument &ouml;ffnen</a></p>
<p style="color:gray">DocuFlow &ndash; automatische Benachrichtigung</p>
</body></html>
"""
    return build("DocuFlow <noreply-dms@elbmark.example>",
                 "Meike Oltmanns <meike.oltmanns@elbmark.example>",
                 "Posteingang: SN 26-0409-0215 Siebert", when(4, 22, 7, 42), html=html,
                 html_only=True, headers=[("Auto-Submitted", "auto-generated")])


# ---------------------------------------------------------------- 119
@mail("CONFIDENTIAL", "de", "internal",
      "dog-owner liability claim: named insured, neighbour's fence and car scratched by the dog, policy and claim numbers; no person hurt")
def m119():
    body = """\
Hey Bastian,

hab hier einen Tierhalter-HP-Fall, der eigentlich zu dir gehört,
kam aber bei mir rein:

VN Jasmin Hoffmeister, Tierhalterhaftpflicht 41-220-0913
(Hund: Rhodesian Ridgeback "Kito"). Am 29.03. ist Kito über den
Zaun des Nachbarn (Herr Günther Baasch, Am Wiesengrund 6, Stockelsdorf)
gesprungen, hat den Jägerzaun auf ca. 4 m umgedrückt und den neuen
Tesla des Nachbarn rundherum zerkratzt. Menschen/Tiere nicht verletzt.

KV Zaun 860 €, Lackierer schätzt 3.200 € fürs Auto. Schaden angelegt
unter SN 26-0330-2207, Bearbeiter aber noch ich. Übernimmst du?

Danke
Meike
"""
    return build("Meike Oltmanns <meike.oltmanns@elbmark.example>",
                 "Bastian Hürter <bastian.huerter@elbmark.example>",
                 "Tierhalter-HP Hoffmeister – übernimmst du?", when(3, 31, 16, 37), body)


# ---------------------------------------------------------------- 120
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "pet surgery insurance payout to a named customer: the dog's cruciate-ligament surgery, vet bill, IBAN (animal health, no human health data)")
def m120():
    body = """\
Sehr geehrter Herr Marx,

vielen Dank für die Einreichung der Rechnung der Tierklinik
Hansestadt vom 02.04.2026 für Ihre Hündin "Lotte" (Labrador,
Tier-OP-Versicherung 95-103-4471).

Die Operation (Kreuzbandriss hinten links, TPLO) ist versichert. Wir
erstatten:

  Rechnungsbetrag (GOT, 2-facher Satz)          2.864,30 €
  abzüglich Selbstbeteiligung 20 %               -572,86 €
  Erstattung                                    2.291,44 €

Die Überweisung erfolgt in den nächsten Tagen auf Ihr Konto
DE26 8050 8530 4127 3796 27. Die Nachbehandlung (Physiotherapie für
Lotte) ist im Tarif OP-Basis leider nicht enthalten.

Gute Besserung für Lotte!

Mit freundlichen Grüßen
Alina Wrobel
Elbmark Allgemeine Versicherung AG
"""
    return build("Alina Wrobel <alina.wrobel@elbmark.example>",
                 "Dietmar Marx <d.marx@t-online.example>",
                 "Ihre Tier-OP-Versicherung 95-103-4471 – Erstattung", when(4, 16, 14, 22), body)


# ---------------------------------------------------------------- 121
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "life claim: death of a named insured, cause of death from the death certificate (myocardial infarction), sum insured and beneficiary")
def m121():
    body = """\
Hallo Wiebke,

Todesfallmeldung zur LV-2009-220146, VP Hans-Peter Rathjen
(geb. 02.12.1958), verstorben am 28.03.2026 in Bad Oldesloe.

Eingegangen sind: Sterbeurkunde, Police im Original, Antrag der
Bezugsberechtigten (Ehefrau Gisela Rathjen) mit Kontoverbindung.
Todesbescheinigung (vertraulicher Teil) liegt ebenfalls vor:
Todesursache akuter Myokardinfarkt, natürlicher Tod.

Versicherungssumme 60.000 € + Überschussbeteiligung 14.380,22 €.
Vertrag läuft seit 2009 → keine Prüfung auf vorvertragliche
Anzeigepflicht mehr nötig (> 10 Jahre). Kein Unfall, also auch
keine Unfallzusatzversicherung.

Ich würde auszahlen, sobald die Erbschaftsteuer-Meldung ans Finanzamt
vorbereitet ist. Okay?

Gruß
Stefan Krohn
Leben-Leistung
"""
    return build("Stefan Krohn <stefan.krohn@elbmark.example>",
                 "Wiebke Jacobsen <wiebke.jacobsen@elbmark.example>",
                 "Todesfall LV-2009-220146 Rathjen", when(4, 13, 10, 2), body)


# ---------------------------------------------------------------- 122
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "long-term care: named insured with Alzheimer's dementia, care grade 3 per the assessor's report, care allowance payment")
def m122():
    body = """\
Hi Derya,

kannst du kurz gegenlesen, bevor ich die Leistung freigebe?

Pflegetagegeld PT 50, Vertrag 4474 1022 90, VP Elfriede Kock (84),
Antrag durch Tochter (Vorsorgevollmacht liegt vor).
Gutachten Medicproof vom 08.04.: Pflegegrad 3 (52,5 Punkte),
Hauptdiagnose Alzheimer-Demenz (G30.1/F00.1), dazu Herzinsuffizienz
NYHA II. Modul 2 (kognitive Fähigkeiten) 15 Punkte, Modul 4
(Selbstversorgung) 20 Punkte. Versorgt zu Hause durch Tochter +
ambulanter Pflegedienst, Tagespflege 2x/Woche.

Leistung ab Antragsmonat 03/2026: 50 € x 60 % (PG 3) = 30 € täglich.

Danke!
Annika
"""
    return build("Annika Schwertfeger <annika.schwertfeger@elbmark.example>",
                 "Derya Kaplan <derya.kaplan@elbmark.example>",
                 "PT Kock – kurz gegenlesen?", when(4, 14, 9, 14), body)


# ---------------------------------------------------------------- 123
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "no medical word, but a named person's life-insurance contract: change of beneficiary to her daughter, policy number and sum")
def m123():
    body = """\
Moin Stefan,

bitte Bezugsrechtsänderung durchführen:

LV-2014-615523, VN und VP Heike Martens
bisher: widerrufliches Bezugsrecht Ehemann Jörn Martens
neu:    Tochter Lina Martens (geb. 2003), widerruflich, zu 100 %
Grund laut Kundin: Scheidung läuft.

Die Änderungsmitteilung ist von Frau Martens unterschrieben
(Original per Post, liegt im DMS). Versicherungssumme 120.000 €
bei Tod. Bitte die Bestätigung NUR an die Kundin schicken, nicht an
die alte gemeinsame Adresse – neue Anschrift im Bestand hinterlegt.

Danke, Ralf (Agentur Eutin)
"""
    return build("Ralf Paulsen <ralf.paulsen@ad.elbmark.example>",
                 "Stefan Krohn <stefan.krohn@elbmark.example>",
                 "Bezugsrecht LV-2014-615523 Martens", when(3, 2, 17, 50), body)


# ---------------------------------------------------------------- 124
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "holiday hand-over whose body says only 'Übergabe anbei'; the ODT lists named BU claimants with diagnoses, assessments and deadlines")
def m124():
    body = """\
Hallo Stefan, Übergabe anbei (bin 20.–31.07. weg). Wichtigstes: Petersen
Frist 24.07.! Danke dir, Frauke
"""
    odt = A_odt("Uebergabe_BU_Lindemann_Juli.odt", [
        "# Übergabe BU-Leistung – Frauke Lindemann – Urlaub 20.07.–31.07.2026",
        "Petersen, BU-L 5521-09: BSV L4/L5 mit Fußheberparese, Dachdecker. Gutachten Dr. Brandhorst (Ortho) vom 30.06. bestätigt 80 % BU. Anerkenntnis vorbereitet, FRIST ggü. RA 24.07.!",
        "Tadić, BU-L 5530-14: Anpassungsstörung F43.2 – nervenärztliches Gutachten beauftragt (Dr. Schöning), Termin 28.07. Nichts tun, nur Eingang überwachen.",
        "Kruse, BU-L 5544-02 (nicht verwandt mit Vertrieb): Multiple Sklerose, schubförmig, seit 2024. Nachprüfung läuft, Fragebogen kam zurück, Arztbericht Neurologie fehlt noch. Erinnerung am 22.07.",
        "Akgül, BU-L 5561-30: Z.n. Mamma-Ca links, Chemo abgeschlossen 03/26, Reha beendet. Befristetes Anerkenntnis bis 31.12.2026 – keine Aktion.",
        "Vogt, BU-L 5570-11: V.a. Long-COVID / Fatigue (U09.9), Kunde schickt laufend E-Mails mit Befunden. Bitte nur freundlich Eingang bestätigen, Entscheidung erst nach GÄD.",
    ])
    return build("Frauke Lindemann <frauke.lindemann@elbmark.example>",
                 "Stefan Krohn <stefan.krohn@elbmark.example>",
                 "Übergabe Urlaub", when(7, 17, 16, 40), body, atts=[odt])


# ---------------------------------------------------------------- 125
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "payroll: sick-pay supplement for a named employee after six weeks of incapacity, with his salary and the statutory sick pay amount")
def m125():
    body = """\
Hallo Christiane,

Herr Iversen (PNr. 10355, Kundenservice) ist seit 09.02. durchgehend
arbeitsunfähig, die Entgeltfortzahlung endet am 22.03. Ab 23.03.
zahlen wir nach § 14 MTV den Krankengeldzuschuss:

  Nettoentgelt                       2.614,80 €
  Krankengeld der TK (lt. Bescheinigung, kalendertäglich 78,12 €
  → mtl. ca.)                        2.343,60 €
  Zuschuss mtl.                        271,20 €  (bis max. 26. Woche)

Die Entgeltbescheinigung an die Krankenkasse ist raus. Bitte kurz
bestätigen, dass bei ihm kein Ausschluss (Betriebszugehörigkeit
< 1 Jahr) greift – er ist laut Akte seit 2019 dabei, also passt das.

Gruß Hendrik
"""
    return build("Hendrik Stapelfeldt <hendrik.stapelfeldt@elbmark.example>",
                 "Christiane Möllendorf <christiane.moellendorf@elbmark.example>",
                 "Krankengeldzuschuss Iversen ab 23.03.", when(3, 18, 13, 3), body)


# ---------------------------------------------------------------- 126
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "IT ticket with real data: a named insured's cardiology letter is mis-filed in the DMS to another customer's file")
def m126():
    body = """\
Hallo Kevin,

wir haben einen Zuordnungsfehler im DMS, bitte dringend korrigieren
(ich darf das Dokument nicht selbst umhängen):

Dokument-ID 884017, Eingang 20.04., "Arztbrief Kardiologie Dr. Ahrens"
gehört zu Frau Renate Lüders, KV 4470 7731 20 (Vorhofflimmern,
Ablation geplant), ist aber in der Akte von Frau Renate Lüdtke,
KV 4471 3307 58, gelandet. Frau Lüdtke hat über das Kundenportal
Einsicht in ihre Akte – deshalb bitte SOFORT.

Datenschutz (Jonas) ist informiert.

Danke!
Derya
"""
    return build("Derya Kaplan <derya.kaplan@elbmark.example>",
                 "Kevin Albers <kevin.albers@elbmark.example>",
                 "DRINGEND: DMS Fehlzuordnung Dok 884017", when(4, 21, 8, 3), body,
                 cc="Jonas Riemer <jonas.riemer@elbmark.example>",
                 headers=[("Importance", "high"), ("X-Priority", "1")])


# ---------------------------------------------------------------- 127
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "field agent asks whether a named customer with a planned dental bridge and ongoing root-canal treatment can still take out dental cover")
def m127():
    body = """\
Hallo Innendienst KV,

Kundin Sabine Meyer-Dohm (hat bei uns schon Hausrat + PHV) will die
neue ZahnPlus 90. Problem: Ihr Zahnarzt hat ihr letzte Woche eine
Brücke 24–26 angeraten (26 fehlt seit 2024), und am 25 läuft gerade
eine Wurzelbehandlung.

Ich weiß, "angeratene Behandlung" = Ablehnung. Aber kann man den
Vertrag mit Ausschluss für die Brücke machen und der Rest ist
versichert? Sie ist 46 und hat sonst ein top Gebiss, sagt sie.

Danke + Gruß
Ralf Paulsen
"""
    return build("Ralf Paulsen <ralf.paulsen@ad.elbmark.example>",
                 "Antrag KV <antrag.kv@elbmark.example>",
                 "ZahnPlus Meyer-Dohm – geht das mit Ausschluss?", when(5, 5, 12, 12), body)


# ---------------------------------------------------------------- 128
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "genetic/family history: term-life applicant declares his mother has Huntington's disease; underwriting question on genetic testing rules")
def m128():
    body = """\
Oliver,

Antrag 2026-LV-121093, Dominik Reinke, 35, Risiko-LV 400.000 €
(Darlehensabsicherung Hauskauf).

Bei "Sonstiges" hat er freiwillig angegeben: Mutter an Chorea
Huntington erkrankt (Diagnose 2019), er selbst nicht getestet und
beschwerdefrei. Keine weiteren Angaben.

Nach GenDG dürfen wir keinen Test verlangen, und unter 300.000 €
auch keine Ergebnisse verwerten – hier sind wir drüber. Dürfen wir
die Familienanamnese als solche berücksichtigen? Und wenn ja, wie?
Ich hab sowas noch nie gehabt.

Ramona
"""
    return build("Ramona Tiedje <ramona.tiedje@elbmark.example>",
                 "Oliver Nakamura-Roth <oliver.nakamura-roth@elbmark.example>",
                 "Antrag Reinke – Familienanamnese Huntington", when(5, 7, 10, 21), body)


# ---------------------------------------------------------------- 129
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "ZIP of sample files for the audit; inside are a dentist's invoice PDF with tooth findings and a CSV of named insureds with treatments")
def m129():
    body = """\
Hallo Frau Petrović,

wie angefordert die Unterlagen zu den Zahn-Stichproben als ZIP
(Passwort bekommen Sie telefonisch – äh, das Tool hat leider keins
gesetzt. Bitte nicht weiterleiten).

Gruß
Annika Schwertfeger
"""
    inv = pdf_bytes("Zahnarztpraxis Dr. Jörg Wiechmann – Liquidation", [
        "Patientin: Marit Boysen, Holtenauer Str. 201, 24105 Kiel, geb. 19.07.1981",
        "Rechnung Nr. 2026-0418 vom 10.02.2026",
        "",
        "# Leistungen",
        "14.01.2026  GOZ 2197 adhäsive Befestigung, Zahn 46          2,3   16,82",
        "14.01.2026  GOZ 2120 Kompositfüllung mehrflächig, Zahn 46    3,5  190,42",
        "21.01.2026  GOZ 2410 Wurzelkanalaufbereitung, Zahn 36 (3 K.) 2,3  120,12",
        "21.01.2026  GOZ 2440 Füllung Wurzelkanal, Zahn 36 (3 K.)     2,3   76,47",
        "Befund: tiefe Karies 46, irreversible Pulpitis 36",
        "",
        "Gesamtbetrag 403,83 EUR. Begründung Faktor 3,5: erschwerte Trockenlegung.",
    ], author="Praxis Dr. Wiechmann")
    csvtext = """\
LF;Name;Vorname;Leistung;Betrag;erstattet
LF-Z 2025/017744;Boysen;Marit;Füllung + Wurzelbehandlung 36/46;403,83;323,06
LF-Z 2025/018102;Okonkwo;Adaeze;KFO Behandlungsabschnitt 3;1.210,00;968,00
LF-Z 2025/019030;Rasmussen;Kjell;Implantat 11 nach Frontzahntrauma;3.980,50;3.184,40
"""
    z = A_zip("IR-2026-03_Zahn_Stichprobe.zip", [
        ("Stichprobe/LF-Z_2025_017744_Rechnung.pdf", inv),
        ("Stichprobe/Uebersicht.csv", csv_bytes(csvtext)),
    ])
    return build("Annika Schwertfeger <annika.schwertfeger@elbmark.example>",
                 "Elena Petrović <elena.petrovic@elbmark.example>",
                 "Unterlagen Zahn-Stichprobe", when(4, 2, 11, 49), body, atts=[z])


# ---------------------------------------------------------------- 130
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "'FYI' forward; the attached message/rfc822 from a doctor's practice contains a named patient's lab values (HbA1c, kidney values)")
def m130():
    inner = fwd_msg("Praxis Dr. Adeyemi <praxis@hausarzt-adeyemi.example>",
                    "KV-Leistung <kv.leistung@elbmark.example>",
                    "Laborbefund Harms, Sönke – Ihre Anfrage", when(2, 10, 12, 40), """\
Sehr geehrte Damen und Herren,

wie gewünscht die Laborwerte unseres Patienten Sönke Harms
(geb. 17.02.1975) vom 03.02.2026:

HbA1c          7,9 %      (Ref. < 5,7)
Nüchternglukose 164 mg/dl
Kreatinin      1,4 mg/dl  (Ref. 0,7-1,2)
eGFR           58 ml/min
CRP            4 mg/l

Diagnosen: Diabetes mellitus Typ 2 (E11.9), chronische
Niereninsuffizienz Stadium 3a (N18.3). Der Befundbericht zu den
Rückenbeschwerden folgt per Post.

Mit freundlichen Grüßen
Praxisteam Dr. Adeyemi
""", msgid="<20260210124002.7781@hausarzt-adeyemi.example>")
    body = """\
FYI, kam per Mail rein statt übers Portal. Gehört zu LF-K 2026/002281
(KT Harms). Bitte in die Akte, ich hab die Praxis nochmal auf das
Portal hingewiesen.
D.
"""
    return build("Derya Kaplan <derya.kaplan@elbmark.example>",
                 "KV-Leistung Akte <akte.kv@elbmark.example>",
                 "WG: Laborbefund Harms, Sönke – Ihre Anfrage", when(2, 10, 14, 2), body, fwd=inner)


# ---------------------------------------------------------------- 131
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "team lead answers 'Passt, zahl aus'; the quoted Outlook message gives the named insured's hip replacement and sickness allowance period")
def m131():
    body = """\
Passt, zahl aus.
T.

________________________________
Von: Kaplan, Derya <derya.kaplan@elbmark.example>
Gesendet: Donnerstag, 2. April 2026 10:48
An: Bleeker, Torsten <torsten.bleeker@elbmark.example>
Betreff: KT Claasen-Ruge – Freigabe > 10 T€

Hallo Torsten,

KT-Fall LF-K 2026/006630, VN Ingrid Claasen-Ruge (selbständige
Friseurmeisterin), Tarif KTG 22, 150 €/Tag ab 22. Tag.
AU vom 19.01. bis 29.03.2026 wegen Hüft-TEP rechts (Coxarthrose),
anschließend AHB in Bad Schwartau, jetzt arbeitsfähig.
Leistungszeitraum 09.02.–29.03. = 49 Tage x 150 € = 7.350 €.
Zusammen mit der Krankenhausrechnung (5.980 € Zweibettzimmer +
Chefarzt) über 10 T€ → bitte Freigabe.

Danke, Derya
"""
    return build("Torsten Bleeker <torsten.bleeker@elbmark.example>",
                 "Derya Kaplan <derya.kaplan@elbmark.example>",
                 "AW: KT Claasen-Ruge – Freigabe > 10 T€", when(4, 2, 11, 3), body)


# ---------------------------------------------------------------- 132
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "BU litigation brief to the insurer's own lawyer: named plaintiff, expert findings on his shoulder and depression, disputed percentage")
def m132():
    body = """\
Sehr geehrter Herr Dr. Lanz,

in Sachen Gustav Nowak ./. Elbmark Lebensversicherung AG
(LG Lübeck, Az. 4 O 212/25) übersende ich wie besprochen die
Zusammenfassung für die Klageerwiderung:

1. Vertrag: BU-Rente 1.500 €/Monat, LV-2015-440219, Beruf bei
   Antragstellung Lagerist.
2. Geltend gemacht: BU seit 01.03.2025 wegen Rotatorenmanschetten-
   ruptur rechts (OP 04/2025) und einer depressiven Episode.
3. Unser Gutachten Dr. Brandhorst (Orthopädie, 11.11.2025): Heben über
   Kopf eingeschränkt, Tätigkeit als Lagerist zu 40 % beeinträchtigt.
   Psychiatrisches Zusatzgutachten Dr. Schöning (12.12.2025): leichte
   depressive Episode (F32.0), keine zusätzliche Einschränkung.
4. Der Kläger stützt sich auf ein Attest seines Hausarztes ("100 %
   arbeitsunfähig") und einen Reha-Entlassbericht mit
   Leistungsbild "unter 3 Stunden".
5. Streitpunkt ist außerdem die Verweisung auf eine Tätigkeit als
   Lagerverwalter (Umschulung 2020 abgebrochen).

Die Gutachten stelle ich Ihnen über den sicheren Datenraum bereit.
Frist für die Erwiderung ist der 12.05.

""" + SIG_LINDEMANN + "\n"
    return build("Frauke Lindemann <frauke.lindemann@elbmark.example>",
                 "Dr. Philipp Lanz <lanz@kanzlei-lanz.example>",
                 "Nowak ./. Elbmark – 4 O 212/25 – Zusammenfassung", when(4, 23, 16, 10), body)


# ---------------------------------------------------------------- 133
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "agent mails a named customer a disability offer with an exclusion for the spine 'wegen Ihrer Vorerkrankung' (prolapse 2022)")
def m133():
    body = """\
Hallo Herr Brix,

wie versprochen die Rückmeldung von der Risikoprüfung zu Ihrer BU:

Die Elbmark nimmt den Antrag an, allerdings mit einem Ausschluss:
Erkrankungen der Lendenwirbelsäule (wegen Ihres Bandscheibenvorfalls
L5/S1 von 2022 und der Physiotherapie bis 2024) sind nicht
mitversichert. Alles andere ist voll versichert, ohne Zuschlag.
BU-Rente 2.000 € mtl., Beitrag 96,40 € mtl., Endalter 67.

Wenn Sie in drei Jahren beschwerdefrei sind, können wir eine
Überprüfung des Ausschlusses beantragen.

Passt das für Sie? Dann schicke ich Ihnen die Unterlagen zur
Unterschrift.

Beste Grüße aus Eutin
Ralf Paulsen
Hauptagentur Elbmark
"""
    return build("Ralf Paulsen <ralf.paulsen@ad.elbmark.example>",
                 "Jonte Brix <jonte.brix@icloud.example>",
                 "Ihre BU – Rückmeldung Risikoprüfung", when(5, 4, 18, 30), body,
                 charset="utf-8", cte="8bit", flowed=True)


# ---------------------------------------------------------------- 134
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "dog-owner liability: the insured's dog bit a named neighbour's child; bite wound stitched, tetanus, A&E visit")
def m134():
    body = """\
Bastian, noch einer für dich, diesmal mit Personenschaden:

Tierhalter-HP 41-301-5528, VN Mirko Stein (Hund: Schäferhund-Mix).
Am 12.04. hat der Hund beim Spielen auf dem Grundstück das
Nachbarskind Mats Vollmer (7) in den linken Unterarm gebissen.
Notaufnahme Sana Eutin, Wunde genäht (4 Stiche), Tetanus-Auffrischung,
Antibiotikum. Laut Mutter (Frau Kerstin Vollmer) hat Mats jetzt
Angst vor Hunden und schläft schlecht, sie will "Schmerzensgeld und
eine Therapie".

SN 26-0413-0098 ist angelegt. Arztbericht haben wir noch nicht.

Meike
"""
    return build("Meike Oltmanns <meike.oltmanns@elbmark.example>",
                 "Bastian Hürter <bastian.huerter@elbmark.example>",
                 "Hundebiss Stein/Vollmer SN 26-0413-0098", when(4, 14, 15, 12), body)


# ---------------------------------------------------------------- 135
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "liability pain-and-suffering offer to the victim's lawyer: named elderly pedestrian, femoral neck fracture, hip prosthesis, short-term care")
def m135():
    body = """\
Sehr geehrte Frau Rechtsanwältin Strauch,

in der Sache Ihrer Mandantin Frau Ilse Marten ./. unseren
Versicherungsnehmer Herrn Matthias Quade (Privathaftpflicht
40-612-0338, unser Zeichen SN 26-0303-1187) danken wir für die
Übersendung der Behandlungsunterlagen.

Nach dem Entlassbericht des UKSH vom 14.03.2026 erlitt Ihre
Mandantin eine mediale Schenkelhalsfraktur rechts, die mit einer
zementierten Hüftendoprothese versorgt wurde; anschließend
Kurzzeitpflege bis 09.04. und ambulante Physiotherapie. Ihre
Mandantin ist nach Ihrem Schreiben weiterhin auf einen Rollator
angewiesen.

Wir bieten zur Abgeltung an:
  Schmerzensgeld                              12.000,00 €
  Kosten Kurzzeitpflege (Eigenanteil)          1.840,00 €
  Haushaltsführungsschaden 8 Wochen            2.240,00 €
  Fahrtkosten, Zuzahlungen                       312,60 €

Ein Zukunftsvorbehalt für materielle Schäden wird erklärt.

Mit freundlichen Grüßen
Bastian Hürter
Haftpflicht-Schaden, Elbmark Allgemeine Versicherung AG
"""
    return build("Bastian Hürter <bastian.huerter@elbmark.example>",
                 "RAin Jana Strauch <j.strauch@oevermann-strauch.example>",
                 "Marten ./. Quade – SN 26-0303-1187 – Angebot", when(4, 28, 10, 33), body)


# ---------------------------------------------------------------- 136
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "colleagues discuss 'Schaden 4711-22' by number: motor liability, injured pedestrian with femur fracture and her lawyer's claim")
def m136():
    body = """\
Hi Holger,

zu Schaden 4711-22 (der alte Nummernkreis aus dem Altsystem, neu
26-0122-4711): Die Anwältin der Fußgängerin hat sich gemeldet.

Frau Grace Okafor (34), beim Überqueren des Zebrastreifens in der
Fackenburger Allee von unserem VN (HL-TB 55) erfasst.
Oberschenkelschaftfraktur links, Marknagel, 9 Tage UKSH, danach
Reha, noch AU. Sie ist Pflegefachkraft und kann laut Anwältin
frühestens im Sommer wieder arbeiten.

Forderung: Schmerzensgeld 25.000 €, Verdienstausfall bisher
6.300 €, Haushaltsführungsschaden. Reserve steht bei 30 T€, ich
würde auf 60 T€ erhöhen. Einverstanden?

Svenja
"""
    return build("Svenja Brodersen <svenja.brodersen@elbmark.example>",
                 "Holger Marquardt <holger.marquardt@elbmark.example>",
                 "Schaden 4711-22 – Reserve erhöhen?", when(5, 6, 9, 40), body)


# ---------------------------------------------------------------- 137
@mail("CONFIDENTIAL", "de", "internal",
      "D&O underwriting: named managing director and shareholder of a GmbH with his private address, salary and a past insolvency")
def m137():
    body = """\
Hallo Knut,

D&O-Anfrage der Ostholstein Logistik GmbH, Makler Pearce. Ein paar
Punkte, die mir aufgefallen sind:

- Geschäftsführer und 60%-Gesellschafter: Herr Arne Kühl,
  Bredenbeker Weg 3, 23701 Eutin, Geschäftsführergehalt laut
  Jahresabschluss 186.000 € p.a.
- Herr Kühl war 2017–2019 GF der Kühl Spedition GmbH, die 2019
  Insolvenz angemeldet hat (Verfahren 2021 aufgehoben).
- Gewünschte VS 2 Mio. €, SB 10.000 €, Innenhaftung inkl.

Die Insolvenz steht nicht im Fragebogen, hab ich im Handelsregister
gefunden. Nachfragen oder gleich Ausschluss für Altgesellschaften?

Alina
"""
    return build("Alina Wrobel <alina.wrobel@elbmark.example>",
                 "Knut Hansen <knut.hansen@elbmark.example>",
                 "D&O Ostholstein Logistik – GF Kühl", when(3, 25, 13, 47), body)


# ---------------------------------------------------------------- 138
@mail("CONFIDENTIAL", "de", "internal",
      "cyber policy for a named self-employed tax adviser (natural person): premium, turnover and her IBAN for the direct debit")
def m138():
    body = """\
Hallo Vertragsservice,

bitte policieren:

VN: Dr. Eva Lindqvist-Brandt, Steuerberaterin (Einzelkanzlei),
Breite Straße 44, 23552 Lübeck
Produkt: Cyber Kompakt, VS 250.000 €, SB 1.000 €
Umsatz lt. Antrag: 410.000 € p.a., 4 Mitarbeitende
Beitrag: 1.118,60 € jährlich inkl. VersSt
Lastschrift von IBAN DE08 1264 0574 7890 5156 92 (Kontoinhaberin
Dr. Eva Lindqvist-Brandt), Mandat liegt bei.
Beginn 01.05.2026.

Risikofragen alle mit "ja" (MFA, Backups offline, Updates). Keine
Vorschäden.

Danke!
Knut
"""
    return build("Knut Hansen <knut.hansen@elbmark.example>",
                 "Vertragsservice Gewerbe <vertrag.gewerbe@elbmark.example>",
                 "Policierung Cyber Lindqvist-Brandt", when(4, 24, 15, 5), body)


# ---------------------------------------------------------------- 139
@mail("CONFIDENTIAL", "de", "internal",
      "motor cancellation after sale of the car: named seller and buyer, plate, VIN and policy number")
def m139():
    body = """\
Moin,

Kfz 71-4410-223, VN Gerrit Hamann: Fahrzeug (BMW 320d, HL-GH 990,
FIN WBA8E11030K471932) am 10.04. verkauft an Herrn Paul Neumeyer,
Ratzeburger Str. 12, Berger... äh Bargteheide. Kaufvertrag liegt vor.

Vertrag bitte zum 10.04. beenden (Veräußerung, § 95 VVG), Beitrag
anteilig erstatten. Der Käufer will den Vertrag NICHT übernehmen,
hat eigene Versicherung. SF-Klasse des VN (SF 17) bitte reservieren,
er kauft sich im Sommer was Neues.

Gruß Jannik
"""
    return build("Jannik Vosskamp <jannik.vosskamp@elbmark.example>",
                 "Kfz-Vertrag <kfz.vertrag@elbmark.example>",
                 "Veräußerung 71-4410-223 Hamann", when(4, 15, 8, 55), body)


# ---------------------------------------------------------------- 140
@mail("CONFIDENTIAL", "de", "internal",
      "fraud desk's HIS query result for a named motor claimant: birth date, address, earlier claims with other insurers")
def m140():
    body = """\
Hallo Holger,

HIS-Abfrage zu 26-0316-0902 (VN Kemal Aksoy, geb. 21.06.1990,
Schwartauer Allee 71, 23554 Lübeck) ergibt:

- 2 Kfz-Vorschäden bei anderen Versicherern (2023 Hagel, 2024
  Glas + Karosserie), beide Kasko, beide mit Gutachten desselben
  freien Sachverständigen
- Fahrzeug HL-KA 662 ist selbst nicht gemeldet

Das ist für sich noch kein Betrugsnachweis. Empfehlung: Nachbe-
sichtigung durch unseren Gutachter und Anforderung der Fotos vom
Vorschaden 2023. Bitte keine Meldung an HIS von uns, solange nichts
belegt ist.

Gruß
Henning Witt
Betrugsprävention
"""
    return build("Henning Witt <henning.witt@elbmark.example>",
                 "Holger Marquardt <holger.marquardt@elbmark.example>",
                 "HIS-Abfrage 26-0316-0902", when(3, 24, 14, 12), body)


# ---------------------------------------------------------------- 141
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "DPO in English about an incident: a named member's psychiatric report was e-mailed unencrypted to a wrong address")
def m141():
    body = """\
Claire,

thanks for reporting this so quickly. To document incident
DSV-2026-014 I need a few facts from you – please answer by reply
(internal mail is fine for this, it stays in-house):

What I have so far:
- On 27 April at 16:12 a case manager sent the psychiatric report
  on Mr Jonas Petersson (member EIH-40-24105, treatment for bipolar
  disorder, inpatient stay in Stockholm in March) by normal e-mail
  to "jonas.peterson@..." instead of "jonas.petersson@...".
- The wrong address belongs to a private person in Sweden, no reply
  so far; recall failed.

Questions:
1. Exactly which attachments went out (report only, or also the
   invoice with the diagnosis codes)?
2. Why was the secure mail portal not used?
3. Has Mr Petersson been informed yet? Please don't call him before
   we've agreed on the wording – I'd like to do the Art. 34
   notification with you.

Deadline for the authority: Thursday 16:12.

Dr. Sabine Ehlers
Data Protection Officer
"""
    return build("Dr. Sabine Ehlers <sabine.ehlers@elbmark.example>",
                 "Claire Dubois-Hart <claire.dubois-hart@elbmark.example>",
                 "DSV-2026-014 – facts needed today", when(4, 28, 9, 5), body)


# ---------------------------------------------------------------- 142
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "English acknowledgement of a disability claim to a named insured with multiple sclerosis: documents requested from neurologist")
def m142():
    body = """\
Dear Mr Kruse,

thank you for your claim for disability benefits under your
occupational disability policy LV-2018-771204, which we received
on 14 April 2026. Your claim reference is BU-L 5544-02.

You told us that you have been unable to work as a software tester
since 2 February 2026 because of a relapse of your multiple
sclerosis. To assess your claim we need:

1. the enclosed claim questionnaire, completed and signed;
2. reports from your neurologist (Dr. Friederike Maas, Hamburg)
   for the last three years, including MRI findings;
3. the discharge report from the Neurological Clinic Bad Segeberg
   (stay in March 2026);
4. your employment contract and a description of your typical
   working day.

If you prefer, you can upload the documents in our customer portal
instead of sending them by post. Please do not send medical reports
by ordinary e-mail.

We know this is a difficult time. If you have any questions, please
call me directly.

""" + SIG_LINDEMANN + "\n"
    return build("Frauke Lindemann <frauke.lindemann@elbmark.example>",
                 "Benjamin Kruse <ben.kruse@posteo.example>",
                 "Your disability claim BU-L 5544-02", when(4, 16, 10, 12), body)


# ---------------------------------------------------------------- 143
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "'can u check?' above an inline-forwarded member mail about pregnancy with gestational diabetes and a planned caesarean abroad")
def m143():
    body = """\
can u check? 10-month waiting period on her plan ends 1 June,
delivery is planned for 20 June – but complications from day one
since May? Not sure if GD counts.
T.

---------- Forwarded message ---------
From: Mei Lin Chow <meilin.chow@outlook.example>
Date: Mon, 27 Apr 2026 at 07:31
Subject: maternity cover question
To: <expat.claims@elbmark.example>

Hello,

I am 32 weeks pregnant and have been diagnosed with gestational
diabetes last week; I am now on insulin. My obstetrician at Gleneagles
Kuala Lumpur recommends a planned caesarean around 20 June because
the baby is quite big.

My policy is EIH-40-23987 (Gold). Will the birth and the insulin be
covered? The hospital asks for a guarantee of payment.

Thank you,
Mei Lin Chow
"""
    return build("Tomás Herrera <tomas.herrera@elbmark.example>",
                 "Claire Dubois-Hart <claire.dubois-hart@elbmark.example>",
                 "Fwd: maternity cover question", when(4, 27, 9, 18), body)


# ---------------------------------------------------------------- 144
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "multipart/alternative weekly high-cost claims list; text and HTML table name members with diagnoses, hospitals and amounts")
def m144():
    rows = [
        ("EXP-26-00377", "Nguyen, Minh Anh", "K35.8 appendicitis", "Hospital da Luz Lisboa", "9,840"),
        ("EXP-26-00412", "Rossi, Valentina", "C50.4 breast cancer, chemo", "IEO Milano", "31,200"),
        ("EXP-26-00318", "O'Connor, Liam", "A90 dengue fever", "Mount Faber Medical Centre", "10,420"),
        ("EXP-26-00429", "Iyer, Rahul", "I21.0 STEMI, 2 stents", "Mediclinic City Hospital Dubai", "46,750"),
    ]
    text = "Hi all,\n\nhigh-cost claims (> EUR 5,000) booked this week:\n\n"
    for r in rows:
        text += f"  {r[0]}  {r[1]:<20} {r[2]:<28} {r[3]:<32} EUR {r[4]}\n"
    text += "\nTotal EUR 98,210. Rossi and Iyer are reported to the reinsurer.\n\nClaire\n"
    html = ("<html><body style=\"font-family:Calibri,Arial\"><p>Hi all,</p>"
            "<p>high-cost claims (&gt; EUR 5,000) booked this week:</p>"
            "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">"
            "<tr><th>Claim</th><th>Member</th><th>Diagnosis</th><th>Provider</th><th>EUR</th></tr>")
    for r in rows:
        html += "<tr>" + "".join(f"<td>{c.replace('&', '&amp;')}</td>" for c in r) + "</tr>"
    html += ("</table><p>Total EUR 98,210. Rossi and Iyer are reported to the reinsurer.</p>"
             "<p>Claire</p></body></html>\n")
    return build("Claire Dubois-Hart <claire.dubois-hart@elbmark.example>",
                 ["EIH Team <eih-team@elbmark.example>", "Fiona Gallagher <fiona.gallagher@elbmark-re.example>"],
                 "High-cost claims week 17", when(4, 24, 15, 30), text, html=html)


# ---------------------------------------------------------------- 145
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "two-line note between colleagues about 'Kowalczyk' by surname: consultant dentist now approves implant 46 due to bone loss")
def m145():
    body = """\
Derya – Kowalczyk (LF-Z 2026/004471): Demirel hat nochmal draufgeschaut,
46 doch ok wg. Knochenabbau/Kippung 47, Lückenschluss nicht machbar.
Bitte Zusage auf beide Implantate anpassen, neuer Betrag 4.318,20 x 80 %.
A.
"""
    return build("Annika Schwertfeger <annika.schwertfeger@elbmark.example>",
                 "Derya Kaplan <derya.kaplan@elbmark.example>",
                 "Kowalczyk", when(4, 13, 8, 9), body)


# ---------------------------------------------------------------- 146
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "HR notes a named employee's severe-disability status (GdB 50) for extra leave and the representative; base64 body")
def m146():
    body = """\
Hallo Hendrik,

Frau Gül Aydın (PNr. 10640, Forderungsmanagement) hat uns heute den
Bescheid des Landesamts für soziale Dienste vorgelegt: anerkannte
Schwerbehinderung mit GdB 50, gültig ab 01.02.2026, unbefristet.

Bitte im System hinterlegen:
- Zusatzurlaub 5 Tage/Jahr (§ 208 SGB IX), für 2026 anteilig 5 Tage
  (ab Februar, aufgerundet)
- Merkmal für die Ausgleichsabgabe-Meldung
- Kündigungsschutz-Merkmal

Die Schwerbehindertenvertretung (Herr Lüth) ist informiert, Frau Aydın
ist einverstanden. Den Bescheid selbst nehmen wir nicht in die
Personalakte, nur den Vermerk.

Gruß
Nadine
"""
    return build("Nadine Rieck <nadine.rieck@elbmark.example>",
                 "Hendrik Stapelfeldt <hendrik.stapelfeldt@elbmark.example>",
                 "Schwerbehinderung – Zusatzurlaub PNr. 10640", when(3, 3, 14, 44), body,
                 charset="utf-8", cte="base64")


# ---------------------------------------------------------------- 147
@mail("CONFIDENTIAL", "en", "internal",
      "salary review proposal for three named team members with current and proposed annual salaries")
def m147():
    body = """\
Christiane,

my proposals for the 2026 salary review in Expat Claims (budget
3.5 % of team payroll):

  Tomás Herrera    EUR 58,500 -> 61,200 (+4.6 %)  took over the
                   Asia portfolio, excellent feedback
  Ayesha Malik     EUR 52,000 -> 53,600 (+3.1 %)
  Lena Wu          EUR 49,800 -> 51,300 (+3.0 %)  part-time 80 %,
                   amounts are full-time equivalent

Total +3.6 % – slightly above budget, I'd take the 0.1 % from my
own adjustment if needed.

Happy to discuss on Thursday.
Claire
"""
    return build("Claire Dubois-Hart <claire.dubois-hart@elbmark.example>",
                 "Christiane Möllendorf <christiane.moellendorf@elbmark.example>",
                 "Salary review 2026 – Expat Claims", when(5, 11, 17, 2), body)


# ---------------------------------------------------------------- 148
@mail("CONFIDENTIAL", "en", "internal",
      "access request to IT naming a household/buildings claim and the policyholders it concerns")
def m148():
    body = """\
Hi Marek,

please give Fiona Gallagher (Group Claims Analytics, external user
F.GALLAGHER-RE) read access to one claim file in the DMS for 30 days:

  SN 26-0311-4025 – fire, policyholders Henrik and Sanne Matthiesen,
  Plön (buildings 20-118-3306 + contents 30-118-3307)

Reason: the reinsurer's per-risk XL might be triggered after the
assessor's revised estimate (EUR 540k). Approval of the data owner
(me) is given with this mail; DPO informed that the file contains no
health data.

Thanks,
Meike
"""
    return build("Meike Oltmanns <meike.oltmanns@elbmark.example>",
                 "Marek Nowicki <marek.nowicki@elbmark.example>",
                 "Access request DMS – SN 26-0311-4025", when(3, 26, 11, 14), body)


# ---------------------------------------------------------------- 149
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "English motor claim settlement to a named customer: partial-cover windscreen claim, plate, policy and IBAN")
def m149():
    body = """\
Dear Mr Iyer,

thank you for your patience. We have settled your windscreen claim:

  Claim:      26-0403-0071 (stone chip, A1 near Reinfeld)
  Vehicle:    Tesla Model 3, HH-RI 2290
  Policy:     71-6014-330 (partial cover, no deductible for glass)
  Invoice:    AutoGlas Hanse GmbH, EUR 1,486.20

The garage has been paid directly, so there is nothing left for you
to pay. The calibration of the camera (EUR 189.00), which you paid
yourself, will be refunded to your account IBAN
DE04 9132 4567 8143 4729 37 within the next few days.

Glass claims do not affect your no-claims class.

Kind regards,
Jannik Vosskamp
Motor Claims | Elbmark Allgemeine Versicherung AG
"""
    return build("Jannik Vosskamp <jannik.vosskamp@elbmark.example>",
                 "Rahul Iyer <r.iyer@fastmail.example>",
                 "Your claim 26-0403-0071", when(4, 9, 9, 31), body)


# ---------------------------------------------------------------- 150
@mail("CONFIDENTIAL", "en", "internal",
      "complaint summary in English about a motor premium increase: named customer, policy, premium figures; no health data")
def m150():
    body = """\
Hi Holger,

for your information – complaint BM-2026-0455, received in English
via the website:

  Customer:  Ms Niamh Doherty, Hamburg
  Policy:    71-5520-880, VW ID.3, HH-ND 714
  Issue:     premium up from EUR 612 to EUR 798 (+30 %) at renewal
             1 April; she says nobody explained it and threatens to
             cancel

Cause (checked): new type class (+3) and regional class Hamburg
(+1), no claim. She moved from Lübeck to Hamburg in January.

I'll write to her with the explanation, unless you want to offer
anything. She's been a customer since 2019.

Lea
"""
    return build("Lea Carstensen <lea.carstensen@elbmark.example>",
                 "Holger Marquardt <holger.marquardt@elbmark.example>",
                 "BM-2026-0455 Doherty – motor premium", when(4, 8, 13, 25), body)


# ---------------------------------------------------------------- 151
@mail("CONFIDENTIAL", "en", "internal",
      "English hand-over: named household customer moving to Singapore, new address abroad, cancellation date and refund")
def m151():
    body = """\
Alina,

Mr Jonas Petersson (household 30-904-7702, liability 40-904-7703)
is moving to Singapore on 15 May for his job. He asked us to:

- cancel household + liability as of 15 May (moving abroad = special
  termination right under our terms),
- send the confirmation to his new address: 22 Holland Grove Road,
  #04-11, Singapore 278803,
- refund the unused premium (paid annually on 1 January, EUR 312.40)
  to his German account ending 0818, which he'll keep.

Could you take care of it? I'm off from tomorrow.
Svenja
"""
    return build("Svenja Brodersen <svenja.brodersen@elbmark.example>",
                 "Alina Wrobel <alina.wrobel@elbmark.example>",
                 "Petersson – moving abroad, cancel HH + liability", when(4, 30, 16, 50), body)


# ---------------------------------------------------------------- 152
@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "subrogation letter to a Dutch insurer: named insured, plates, accident in Utrecht, repair costs; no injuries")
def m152():
    body = """\
Dear Sir or Madam,

Our insured:    Ms Frieda Jansen, Plön (policy 71-0661-205)
Our vehicle:    Opel Corsa, PLÖ-FJ 3
Your insured:   Mr Sander de Wit, vehicle NL 47-KZT-9
Date/place:     2 March 2026, Utrecht, Biltstraat
Our reference:  26-0302-0558

Your insured reversed out of a parking space into our insured's
stationary vehicle. The police report (attached to our letter of
10 March) confirms this. No persons were injured.

We have indemnified our insured under her comprehensive cover and
claim reimbursement from you:

  repair costs (Autohaus Plön, invoice 11 March)    EUR 3,412.60
  loss of use, 5 days                               EUR   215.00
  total                                             EUR 3,627.60

Please pay within 30 days to our account as stated in our letterhead,
quoting our reference.

Yours faithfully,
Svenja Brodersen
Motor Claims – Recovery
Elbmark Allgemeine Versicherung AG
"""
    return build("Svenja Brodersen <svenja.brodersen@elbmark.example>",
                 "Claims Department <schade@hollandverzekeringen.example>",
                 "Recovery claim – your insured Mr de Wit – our ref. 26-0302-0558", when(3, 27, 11, 0), body)


# ---------------------------------------------------------------- 153
@mail("CONFIDENTIAL", "en", "internal",
      "travel cancellation because of job loss: named customer, booking value, policy; no health reason involved")
def m153():
    body = """\
Hi Svenja,

travel cancellation claim RK 90-214-552, Mr Lucas Ferreira:

He booked a 2-week trip to Recife (EUR 3,460 incl. flights) and had
to cancel on 20 March because his employer terminated his contract
for operational reasons on 16 March (notice attached to the claim).
Unemployment due to termination by the employer is a covered event
under our terms (clause 2.1 g), provided the job was held > 6 months
– he started in 2023, so fine.

Cancellation fee charged: 40 % = EUR 1,384. Deductible 20 % → we'd
pay EUR 1,107.20 to the IBAN in his claim form.

Can you approve? You're my back-up while Jannik is away.
Thanks, Meike
"""
    return build("Meike Oltmanns <meike.oltmanns@elbmark.example>",
                 "Svenja Brodersen <svenja.brodersen@elbmark.example>",
                 "RK 90-214-552 Ferreira – job loss cancellation", when(3, 30, 10, 2), body)


# ---------------------------------------------------------------- 154
@mail("CONFIDENTIAL", "de", "internal",
      "field agent passes on a named customer's new address, phone and e-mail for her motor and household policies")
def m154():
    body = """\
Hallo Kundenservice,

Adressänderung für Kundin Britta Hollmann, gilt ab 01.04.:

alt: Plöner Str. 18, 23701 Eutin
neu: Bahnhofstr. 3a, 23714 Malente
Tel. neu 04523 88 21 07, Handy bleibt 0151 2290 3318
E-Mail neu: britta.hollmann@web.example

Betrifft Kfz 71-3301-448 (EU-FH 21) und Hausrat 30-221-7719.
Für Hausrat bitte auch Versicherungsort ändern (Wohnfläche neu 92 m²,
vorher 78 m²) – Nachtrag an mich, ich bespreche die Summe mit ihr.

Danke
Ralf Paulsen
"""
    return build("Ralf Paulsen <ralf.paulsen@ad.elbmark.example>",
                 "Kundenservice <service@elbmark.example>",
                 "Adressänderung Hollmann ab 01.04.", when(3, 28, 9, 44), body)


# ---------------------------------------------------------------- 155
@mail("CONFIDENTIAL", "de", "internal",
      "collections: instalment agreement for a named motor customer with his stated net income and rent")
def m155():
    body = """\
Hi Patrick,

Telefonat heute mit Herrn Bruhn (Kfz 71-0882-746, Rückstand 702,90 €,
Mahnstufe 2): Er ist seit Januar in Kurzarbeit, verdient nach eigener
Aussage aktuell 1.850 € netto, Miete 780 €, zwei Kinder. Er bietet
Raten à 120 € ab 15.05. an, erste Rate sofort.

Nach unserer Richtlinie darf ich bis 6 Raten selbst genehmigen, das
wären hier 6 Raten à 117,15 €. Einverstanden? Dann setze ich die
Kündigungsandrohung aus.

Gül
"""
    return build("Gül Aydın <guel.aydin@elbmark.example>",
                 "Patrick Sönnichsen <patrick.soennichsen@elbmark.example>",
                 "Ratenzahlung Bruhn 71-0882-746", when(4, 29, 14, 5), body)


# ---------------------------------------------------------------- 156
@mail("CONFIDENTIAL", "de", "internal",
      "insolvency administrator's notice about a named customer's personal insolvency, court file number, affected non-personal policies")
def m156():
    body = """\
Hallo Patrick,

Post vom Insolvenzverwalter, bitte übernehmen:

Verbraucherinsolvenz Marcel Lüders, geb. 30.04.1988, Falkenstraße 9,
23564 Lübeck. AG Lübeck, Az. 63 IK 118/26, eröffnet am 01.04.2026.
Treuhänder: RA Jan-Hinnerk Voss.

Betroffene Verträge bei uns: Kfz 71-2204-516 und Privathaftpflicht
40-551-0283. Offene Forderung 388,50 € (Kfz-Beitrag 1. Quartal) –
bitte zur Tabelle anmelden. Die laufenden Verträge bleiben nach
Auskunft des Treuhänders bestehen, Beiträge zahlt der Schuldner aus
dem pfändungsfreien Betrag.

Schreiben liegt im DMS.
Gruß Tim
"""
    return build("Tim Haupt <tim.haupt@elbmark.example>",
                 "Patrick Sönnichsen <patrick.soennichsen@elbmark.example>",
                 "Insolvenz Lüders – Forderungsanmeldung", when(4, 10, 10, 41), body)


# ---------------------------------------------------------------- 157
@mail("CONFIDENTIAL", "de", "internal",
      "HR forwards an application; the attached CV PDF gives the named applicant's birth date, address, phone and career")
def m157():
    body = """\
Hallo Herr Marquardt,

eine interessante Bewerbung für die Stelle Sachbearbeitung Kfz-Schaden
(2026-009), Lebenslauf anbei. Passt aus meiner Sicht gut. Bitte bis
Freitag Bescheid, ob Sie sie zum Gespräch einladen möchten.

Viele Grüße
Nadine Rieck
"""
    pdf = A_pdf("Lebenslauf_Marta_Zielinska.pdf", "Lebenslauf – Marta Zielińska", [
        "Geboren am 27.09.1994 in Szczecin",
        "Anschrift: Glockengießerstraße 40, 23552 Lübeck",
        "Telefon: 0157 3302 1187   E-Mail: marta.zielinska@posteo.example",
        "",
        "# Berufserfahrung",
        "seit 04/2021  Schadensachbearbeiterin Kfz, Nordstern Versicherung, Hamburg",
        "              Regulierung Kasko und KH-Sachschäden, Regressbearbeitung",
        "2018-2021     Ausbildung Kauffrau für Versicherungen und Finanzen, Nordstern",
        "",
        "# Ausbildung",
        "2017          Abitur, Johanneum zu Lübeck",
        "",
        "# Kenntnisse",
        "Deutsch und Polnisch fließend, Englisch gut; MS Office; Audatex",
        "",
        "Lübeck, 18.03.2026",
    ], author="Marta Zielinska")
    return build("Nadine Rieck <nadine.rieck@elbmark.example>",
                 "Holger Marquardt <holger.marquardt@elbmark.example>",
                 "Bewerbung 2026-009 – Zielińska", when(3, 19, 15, 22), body, atts=[pdf])


# ---------------------------------------------------------------- 158
@mail("CONFIDENTIAL", "de", "internal",
      "payroll correction after a named employee's marriage: tax class change, gross salary, net back-payment")
def m158():
    body = """\
Hallo Nadine,

Frau Jana Schröder (PNr. 11190) heißt seit der Heirat am 14.02.
Jana Schröder-Albers, die neuen ELStAM sind da: Steuerklasse IV → III,
Freibeträge unverändert. Die Änderung wirkt rückwirkend ab
Februar, ich korrigiere Februar und März im April-Lauf
(Nachzahlung netto ca. 268 € je Monat, Brutto 3.960 € unverändert).

Bitte in der Personalakte Namen und Familienstand ändern und ihr
einen neuen Mitarbeiterausweis bestellen lassen.

Danke
Hendrik
"""
    return build("Hendrik Stapelfeldt <hendrik.stapelfeldt@elbmark.example>",
                 "Nadine Rieck <nadine.rieck@elbmark.example>",
                 "Steuerklassenwechsel PNr. 11190", when(3, 20, 9, 12), body)


# ---------------------------------------------------------------- 159
@mail("CONFIDENTIAL", "de", "internal",
      "liability claim for lost keys of a rented flat: named insured, landlord, claim number and locking-system costs")
def m159():
    body = """\
Moin Bastian,

Schlüsselverlust, PHV 40-229-1408, VN Kevin Dorn (Student),
SN 26-0324-0301. Er hat am 21.03. auf dem Weg von der Uni den
Schlüsselbund verloren, darauf Wohnungs- und Hausschlüssel der
Mietwohnung Hüxterdamm 12. Vermieterin (Frau Renate Stoltenberg)
verlangt den Austausch der kompletten Schließanlage: 2.980 € lt.
Angebot Schlüsseldienst Krull (18 Parteien).

Schlüsselverlust ist bei ihm mitversichert bis 3.000 €. Fundbüro
und Polizeimeldung liegen vor. Würdest du den Austausch gleich
freigeben oder erst 4 Wochen abwarten, ob der Bund auftaucht?

Meike
"""
    return build("Meike Oltmanns <meike.oltmanns@elbmark.example>",
                 "Bastian Hürter <bastian.huerter@elbmark.example>",
                 "Schlüsselverlust Dorn – Schließanlage", when(3, 25, 8, 52), body)


# ---------------------------------------------------------------- 160
@mail("CONFIDENTIAL", "de", "internal",
      "baggage theft claim from a holiday: named customer, items and values, policy number; no health content")
def m160():
    body = """\
Hallo Svenja,

Reisegepäck RG 90-338-104, Familie Sahin: Am 03.04. wurde in
Barcelona aus dem Mietwagen (Scheibe eingeschlagen) ein Koffer
gestohlen. Polizeibericht (Mossos d'Esquadra, auf Katalanisch…)
liegt vor.

Aufstellung Herr Cem Sahin:
  Koffer Samsonite (2022)             240 €
  Kleidung 2 Pers.                    900 €
  Kamera Sony Alpha 6400 (2021)     1.050 €
  Sonnenbrillen 2x                    310 €
  ---------------------------------------------
                                    2.500 €
Kamera ist Wertsache → nur bis 50 % der VS = 1.000 €. Zeitwertabzug
Kleidung 40 %. Komme auf 1.850 €. Ok für dich?

Jannik
"""
    return build("Jannik Vosskamp <jannik.vosskamp@elbmark.example>",
                 "Svenja Brodersen <svenja.brodersen@elbmark.example>",
                 "RG Sahin – Diebstahl Barcelona", when(4, 21, 11, 55), body)


# ---------------------------------------------------------------- 161
@mail("CONFIDENTIAL", "de", "insurer-to-assessor",
      "assessor instruction for a storm-damaged house: named owners, address, phone, policy and claim numbers")
def m161():
    body = """\
Sehr geehrter Herr Tamm,

wir beauftragen Sie mit der Besichtigung folgenden Sturmschadens:

  SN 26-0220-0417, Wohngebäude 20-331-7748
  VN: Eheleute Hauke und Birte Jürgensen
  Risiko: Am Deich 8, 25761 Büsum
  Erreichbar: Frau Jürgensen, 0160 9182 455 (ab 16 Uhr)
  Schaden: Sturm "Ylenia II" 19.02., Dach teilweise abgedeckt,
           Wassereintritt Dachgeschoss, Carport eingedrückt

Bitte Feststellung Umfang und Höhe, Prüfung auf Vorschäden
(Dach von 1978), Abgrenzung Sturm/Abnutzung. Notmaßnahmen
(Plane) hat der Dachdecker Rahlf erledigt – Rechnung 1.480 €
liegt vor.

Honorar nach Rahmenvereinbarung. Bericht bitte über das Portal.

Mit freundlichen Grüßen
Meike Oltmanns
Elbmark Allgemeine Versicherung AG
"""
    return build("Meike Oltmanns <meike.oltmanns@elbmark.example>",
                 "Sachverständigenbüro Tamm <auftrag@sv-tamm.example>",
                 "Auftrag SN 26-0220-0417 Jürgensen, Büsum", when(2, 23, 10, 5), body)


# ---------------------------------------------------------------- 162
@mail("CONFIDENTIAL", "de", "insurer-to-partner",
      "recourse under a sharing agreement with another insurer: named driver and insured, plates, payment amount; no injuries")
def m162():
    body = """\
Sehr geehrte Damen und Herren,

Ihr VN: Dennis Vogt, SE-DV 410, Ihr Zeichen KH-26-88140
Unser VN: Anja Wiechert, OD-AW 15, unser Zeichen 26-0314-1120
Schadentag: 09.03.2026, Parkplatz Famila, Bad Oldesloe

Ihr VN hat beim Ausparken das geparkte Fahrzeug unserer VN
beschädigt (Zeugin: Frau Heidi Brammer). Personen wurden nicht
verletzt. Wir haben unsere VN aus der Vollkasko entschädigt und
nehmen Sie nach § 86 VVG in Anspruch:

  Reparatur lt. Gutachten         4.118,30 €
  Gutachterkosten                   612,00 €
  Nutzungsausfall 4 Tage            172,00 €
  gesamt                          4.902,30 €

Wir bitten um Ausgleich binnen 4 Wochen.

Mit freundlichen Grüßen
Svenja Brodersen
Regress Kfz
"""
    return build("Svenja Brodersen <svenja.brodersen@elbmark.example>",
                 "Schaden KH <kh-schaden@nordstern-vers.example>",
                 "Regress – Ihr Zeichen KH-26-88140 / unser 26-0314-1120", when(4, 1, 14, 40), body)


# ---------------------------------------------------------------- 163
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "hurried reply to a named customer about a stolen e-bike: frame number, claim number, documents missing; no health content")
def m163():
    body = """\
Hallo Herr Behrens,

danke für Ihre Mail. Kurz zum Stand Ihres Schadens SN 26-0219-1106
(E-Bike Cube, Rahmennummer WC2281734):

Den Schlüssel des Schlosses haben wir bekommen, danke. Was noch fehlt,
ist die Stehlgutliste der Polizei mit dem Aktenzeichen – die
Anzeigebestätigung allein reicht leider nicht. Sobald die da ist,
prüfen wir neu. Ihre Beschwerde ist bei uns intern weitergegeben.

Viele Grüße
Meike Oltmanns
Sach-Schaden

Von meinem iPhone gesendet
"""
    return build("Meike Oltmanns <meike.oltmanns@elbmark.example>",
                 "Leon Behrens <leon.behrens@gmail.example>",
                 "AW: AW: Fahrrad gestohlen – warum abgelehnt???", when(4, 2, 20, 12), body)


# ---------------------------------------------------------------- 164
@mail("CONFIDENTIAL", "de", "internal",
      "commission statement PDF for a named self-employed agent: commission income, cancellation reserve and his IBAN")
def m164():
    body = """\
Hallo Herr Paulsen,

anbei Ihre Provisionsabrechnung März 2026. Auszahlung erfolgt am
10.04. Bei Fragen melden Sie sich gern.

Viele Grüße
Provisionsabrechnung
"""
    pdf = A_pdf("Provisionsabrechnung_2026-03_VM4410-227.pdf", "Provisionsabrechnung März 2026", [
        "Vermittler: Ralf Paulsen, Hauptagentur Eutin, VM-Nr. 4410-227 (Handelsvertreter § 84 HGB)",
        "Steuernummer 22/117/40331, umsatzsteuerfrei nach § 4 Nr. 11 UStG",
        "",
        "# Abschlussprovisionen",
        "Kfz (12 Verträge)                    1.284,00 EUR",
        "Wohngebäude/Hausrat (7)              1.932,50 EUR",
        "Leben/BU (2)                         6.840,00 EUR",
        "KV Zusatz (5)                          612,00 EUR",
        "",
        "# Bestandsprovisionen                 3.417,80 EUR",
        "Stornoreserve Einbehalt 10 %         -1.008,63 EUR",
        "Stornobelastung (1 Vertrag)            -480,00 EUR",
        "",
        "Auszahlungsbetrag                    12.597,67 EUR",
        "Überweisung auf IBAN DE10 6941 4719 2808 1806 03",
    ], author="Elbmark Provisionsabrechnung")
    return build("Provisionsabrechnung <provision@elbmark.example>",
                 "Ralf Paulsen <ralf.paulsen@ad.elbmark.example>",
                 "Ihre Provisionsabrechnung 03/2026", when(4, 6, 7, 15), body, atts=[pdf])


# ---------------------------------------------------------------- 165
@mail("CONFIDENTIAL", "de", "internal",
      "colleague asks about 'die Akte Jürgensen' by name: burglary in the household policy, stolen items, police file number")
def m165():
    body = """\
Hey Meike, kurze Frage zur Akte Jürgensen (Hausrat, nicht der Sturm
in Büsum, sondern Thore Jürgensen in Kiel, SN 26-0318-0772):

Einbruch am 16.03. über die Terrassentür, weg sind Laptop, Schmuck
der verstorbenen Mutter (laut Gutachten 6.400 €) und 800 € Bargeld.
Polizei Az. 1603-26-4471. Bargeld ist bei ihm nur bis 500 €
versichert, Schmuck bis 20 % der VS (65.000 € → 13.000 €), passt.

Die Terrassentür war laut Polizei "gekippt". Müssen wir da wegen
grober Fahrlässigkeit kürzen, oder hat er den Verzicht im Tarif?

Danke!
Svenja
"""
    return build("Svenja Brodersen <svenja.brodersen@elbmark.example>",
                 "Meike Oltmanns <meike.oltmanns@elbmark.example>",
                 "Akte Jürgensen – gekipptes Fenster", when(3, 19, 13, 33), body)


# ---------------------------------------------------------------- 166
@mail("CONFIDENTIAL", "de", "internal",
      "meeting invitation (ICS) for a recourse meeting about the Ahlers water damage with claim number and named insured family")
def m166():
    ics = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Elbmark//Kalender 3.1//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:regress-ahlers-26-0406-0011@elbmark.example
DTSTAMP:20260420T070000Z
DTSTART:20260423T080000Z
DTEND:20260423T090000Z
SUMMARY:Regressbesprechung SN 26-0406-0011 Ahlers (Rückstau Mölln)
LOCATION:Raum 3.14
DESCRIPTION:Familie Uwe und Petra Ahlers\\, Mühlenstr. 4\\, Mölln. Rückstauklappe fehlte trotz Bauauflage? Regress gegen Installateur Heinsohn GmbH prüfen. Reserve 14.000 EUR. Unterlagen: Gutachten Gerdau\\, Rechnung Heinsohn 2019.
ORGANIZER;CN=Bastian Hürter:mailto:bastian.huerter@elbmark.example
ATTENDEE;CN=Meike Oltmanns:mailto:meike.oltmanns@elbmark.example
ATTENDEE;CN=Timo Rehder:mailto:timo.rehder@elbmark.example
END:VEVENT
END:VCALENDAR
"""
    body = """\
Hi, Termin zur Regressfrage Ahlers, Unterlagen liegen im DMS.
Bastian
"""
    return build("Bastian Hürter <bastian.huerter@elbmark.example>",
                 ["Meike Oltmanns <meike.oltmanns@elbmark.example>",
                  "Timo Rehder <timo.rehder@elbmark.example>"],
                 "Regressbesprechung Ahlers 23.04. 10:00", when(4, 20, 9, 0), body,
                 atts=[A_ics("Regress_Ahlers.ics", ics)])


# ---------------------------------------------------------------- 167
@mail("NORMAL", "en", "internal",
      "trap: job advertisement for a medical underwriter (diagnoses, medical reports, disability, ICD-10 mentioned as skills); no person")
def m167():
    body = """\
Internal vacancy 2026-021 – please share with your networks

Medical Underwriter Life & Disability (m/f/d)
Lübeck or Hamburg, full-time or 80 %

What you'll do
- assess applications for life, critical illness and disability cover
  with pre-existing conditions
- read medical reports, lab results and specialist letters and turn
  them into clear underwriting decisions
- work closely with our company doctors and the reinsurer's medical
  officers
- help us build rules for our automated underwriting engine

What you bring
- a background as nurse, physician assistant, medical documentation
  specialist or similar – or several years of medical underwriting
- solid knowledge of medical terminology and ICD-10
- good English (our reinsurance partners write in English); German
  at least B2

Apply via the career portal by 30 April. Contact: Nadine Rieck, HR.
"""
    return build("HR <personal@elbmark.example>",
                 "All staff <alle@elbmark.example>",
                 "Vacancy: Medical Underwriter Life & Disability", when(4, 2, 9, 30), body)


# ---------------------------------------------------------------- 168
@mail("NORMAL", "en", "internal",
      "trap: IT steering minutes on encrypting medical reports and bank data in the document system; no person or case")
def m168():
    body = """\
Minutes – IT Steering Committee, 16 April 2026

Present: Menon (Security), Raman (Applications), Nowicki (IAM),
Dr. Ehlers (DPO), Quade (Audit, guest)

1. Encryption at rest in the DMS
   - Document classes "Arztbericht", "Gutachten", "Krankenhausrechnung"
     and "Antrag mit Gesundheitsfragen" will be stored in an encrypted
     partition with separate keys from Q3.
   - Bank documents (SEPA mandates) follow in Q4.
   - Decision: approved, budget EUR 180k.
2. Access reviews
   - Quarterly review of who can read health claims files; first run
     showed 23 users with access they no longer need (mostly team
     changes). Removed.
3. Secure mail gateway
   - Share of outbound mail with health content sent via the portal:
     97.8 % (target 99 %). Remaining cases mostly replies to customers
     who insist on normal mail – consent process to be clarified by DPO.
4. AOB: none.

Next meeting: 21 May.
Minutes: Priya Raman
"""
    return build("Priya Raman <priya.raman@elbmark.example>",
                 "IT Steering <it-steering@elbmark.example>",
                 "Minutes IT Steering 16 April", when(4, 17, 10, 44), body)


# ---------------------------------------------------------------- 169
@mail("NORMAL", "en", "internal",
      "trap: English out-of-office reply pointing to the medical claims and pre-authorisation mailboxes; no person's data")
def m169():
    body = """\
Thank you for your e-mail.

I am out of the office until Monday, 11 May, with no access to
e-mail.

For medical claims and invoices please write to
expat.claims@elbmark.example; for pre-authorisations of hospital
treatment call our 24/7 assistance line +49 40 3200 8800.
Please do not send medical reports to my personal mailbox.

Kind regards,
Claire Dubois-Hart
"""
    return build("Claire Dubois-Hart <claire.dubois-hart@elbmark.example>",
                 "Tomás Herrera <tomas.herrera@elbmark.example>",
                 "Automatic reply: weekly numbers", when(5, 4, 8, 2), body,
                 headers=[("Auto-Submitted", "auto-replied")])


# ---------------------------------------------------------------- 170
@mail("NORMAL", "en", "internal",
      "reminder to submit travel expense reports before the quarter closes; organisational")
def m170():
    body = """\
Dear colleagues,

Q1 closes on 10 April. Please submit all travel expense reports for
January to March in the expense tool by then, with receipts attached
as PDF or photo. Reports submitted later will be paid with the June
salary.

Reminder: hotel costs above EUR 150 per night need the approval of
your manager before booking.

Thanks,
Finance – Travel & Expenses
"""
    return build("Travel & Expenses <reisekosten@elbmark.example>",
                 "All staff <alle@elbmark.example>",
                 "Expense reports Q1 – deadline 10 April", when(3, 31, 9, 0), body)


# ---------------------------------------------------------------- 171
@mail("NORMAL", "en", "internal",
      "IT announcement of a collaboration-tool migration; no personal data")
def m171():
    body = """\
Hi all,

on the weekend of 30/31 May we move our team sites from the old
intranet wiki to the new collaboration platform.

- Pages are migrated automatically; attachments larger than 200 MB
  are not.
- The old wiki becomes read-only on 29 May at 18:00.
- Links in e-mails and documents will redirect for 12 months.

Training videos (10 minutes each) are on the landing page. If your
team has special pages (forms, macros), tell us by 15 May.

Best regards,
Kevin Albers
IT Service Desk
"""
    return build("Kevin Albers <kevin.albers@elbmark.example>",
                 "All staff <alle@elbmark.example>",
                 "Wiki migration 30/31 May", when(5, 5, 14, 10), body)


# ---------------------------------------------------------------- 172
@mail("NORMAL", "en", "internal",
      "trap: HR policy update on maternity protection, pregnancy notification and parental leave in general terms; no employee named")
def m172():
    body = """\
Dear managers,

we have updated our guideline "Family and Work" (intranet > HR >
Policies). The main changes:

- Pregnancy: employees are encouraged but not obliged to tell us
  early. Once HR is informed, we do the risk assessment of the
  workplace together with the manager – managers must keep the
  information confidential and not pass it on to the team.
- Maternity protection starts 6 weeks before the expected date of
  delivery. Doctor's notes on employment bans go to HR only.
- Parental leave: requests at least 7 weeks in advance; part-time
  work during parental leave (up to 32 hours) should be approved
  unless there are urgent business reasons.
- Miscarriage after the 13th week: new protection period under the
  amended Maternity Protection Act.

Questions: your HR business partner.

Christiane Möllendorf
HR
"""
    return build("Christiane Möllendorf <christiane.moellendorf@elbmark.example>",
                 "Managers <fk.alle@elbmark.example>",
                 "Updated guideline 'Family and Work'", when(5, 8, 11, 0), body)


# ---------------------------------------------------------------- 173
@mail("NORMAL", "en", "internal",
      "board office schedules a meeting with reinsurers; organisational only")
def m173():
    body = """\
Dear Conor, dear Fiona,

thank you for your flexibility. We confirm the annual partnership
meeting with Elbmark Re on

  Wednesday, 17 June 2026, 10:00–16:00
  Lübeck head office, board room (6th floor)

Attendees on our side: Dr. Asmussen, Mr Svensson, Ms Rossbach,
Mr Nakamura-Roth. Lunch will be served at 12:30. A hotel contingent
is reserved at the "Hotel an der Obertrave" for the night before;
please book by 20 May quoting "Elbmark".

An agenda will follow in early June.

Kind regards,
Carola von Bargen
Board Office
"""
    return build("Carola von Bargen <carola.vonbargen@elbmark.example>",
                 ["Conor Walsh <conor.walsh@elbmark-re.example>",
                  "Fiona Gallagher <fiona.gallagher@elbmark-re.example>"],
                 "Partnership meeting 17 June – confirmation", when(4, 30, 12, 20), body)


# ---------------------------------------------------------------- 174
@mail("NORMAL", "en", "internal",
      "trap: reinsurer's trend note on long COVID, mental-health disability claims and cancer survival forwarded with a comment; aggregates only")
def m174():
    body = """\
FYI – interesting read for the renewal. My summary below.

Oliver

> From the Elbmark Re Life & Health Insights, April 2026:
>
> * Long COVID (U09.9) now accounts for 2-3 % of new disability
>   claims in European portfolios, down from a peak of 5 % in 2023.
>   Recovery rates are higher than for other fatigue syndromes.
> * Mental health remains the fastest growing cause of disability
>   claims, especially in ages below 40; early intervention
>   programmes (case management within 8 weeks) reduce claim
>   duration by about 20 %.
> * Cancer: 5-year survival keeps improving (breast, prostate,
>   colorectal); critical illness pricing should reflect earlier
>   diagnosis through screening.
> * Obesity treatment with GLP-1 drugs: too early for mortality
>   effects; reinsurers do not yet give underwriting credits.
"""
    return build("Oliver Nakamura-Roth <oliver.nakamura-roth@elbmark.example>",
                 ["Anneke Rossbach <anneke.rossbach@elbmark.example>",
                  "Wiebke Jacobsen <wiebke.jacobsen@elbmark.example>"],
                 "FW: Life & Health Insights April 2026", when(4, 22, 18, 45), body)


# ---------------------------------------------------------------- 175
@mail("NORMAL", "en", "internal",
      "invitation to a quarterly all-hands meeting; no personal data")
def m175():
    body = """\
Dear colleagues,

you're invited to our Q2 Town Hall:

  Thursday, 25 June 2026, 15:00–16:00
  Canteen Lübeck + live stream for Hamburg and remote colleagues

Henning Asmussen and the board will talk about the half-year,
the new strategy "Elbmark 2030" and the results of the employee
survey. Send your questions in advance (anonymously, if you like)
via the form on the intranet.

Drinks afterwards on the terrace.

Board Office
"""
    return build("Board Office <vorstandsbuero@elbmark.example>",
                 "All staff <alle@elbmark.example>",
                 "Town Hall Q2 – 25 June", when(6, 8, 10, 0), body)


# ---------------------------------------------------------------- 176
@mail("NORMAL", "en", "internal",
      "trap: calendar invitation to a training on handling special categories of data (health, religion, union membership); no case")
def m176():
    ics = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Elbmark//Calendar 3.1//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:training-art9-20260519@elbmark.example
DTSTAMP:20260505T080000Z
DTSTART:20260519T110000Z
DTEND:20260519T123000Z
SUMMARY:Training: special categories of personal data (Art. 9 GDPR)
LOCATION:Teams
DESCRIPTION:Health data\\, genetic data\\, religion\\, trade-union membership in insurance processes: what counts\\, how to send it (portal\\, secure mail)\\, typical mistakes. Examples are invented. Trainer: Dr. S. Ehlers.
ORGANIZER;CN=Jonas Riemer:mailto:jonas.riemer@elbmark.example
ATTENDEE;CN=EIH Team;ROLE=REQ-PARTICIPANT:mailto:eih-team@elbmark.example
END:VEVENT
END:VCALENDAR
"""
    body = """\
Hi all,

as agreed with Claire, a 90-minute session for the Expat team in
English. Please accept the invite.

Jonas
"""
    return build("Jonas Riemer <jonas.riemer@elbmark.example>",
                 "EIH Team <eih-team@elbmark.example>",
                 "Invitation: Training special categories of data (19 May)", when(5, 5, 10, 0), body,
                 atts=[A_ics("training-art9.ics", ics)])


# ---------------------------------------------------------------- 177
@mail("NORMAL", "en", "insurer-to-supplier",
      "confirmation of a printer service appointment with a supplier; no personal data")
def m177():
    body = """\
Dear Mr Haldane,

thank you for your call. We confirm the service appointment for the
six production printers in our mail room:

  Tuesday, 12 May 2026, 07:00–11:00
  Travemünder Allee 120, Lübeck, delivery entrance B
  Contact on site: Sandra Pohl, +49 451 7090-1020

Your technicians will need to sign our visitor register. The mail
room is a restricted area; they will be accompanied at all times.

Kind regards,
Sandra Pohl
Facility Management, Elbmark Versicherung AG
"""
    return build("Sandra Pohl <sandra.pohl@elbmark.example>",
                 "Ian Haldane <i.haldane@printfleet-services.example>",
                 "Service appointment 12 May – confirmed", when(5, 4, 13, 30), body)


# ---------------------------------------------------------------- 178
@mail("NORMAL", "en", "internal",
      "lunch-and-learn invitation on spreadsheet automation; nothing personal")
def m178():
    body = """\
Hi everyone,

next Lunch & Learn: "Stop copy-pasting – Power Query for everyday
reports" with Lena Wu from Expat Claims.

  Wednesday, 20 May, 12:15–12:45, Teams (recording available)

Bring your lunch and your most annoying monthly report.

Cheers,
Learning & Development
"""
    return build("Learning & Development <weiterbildung@elbmark.example>",
                 "All staff <alle@elbmark.example>",
                 "Lunch & Learn 20 May: Power Query", when(5, 12, 9, 5), body)


# ---------------------------------------------------------------- 179
@mail("NORMAL", "en", "internal",
      "trap: IT bug report about uploads of doctors' invoices and hospital bills failing above 10 MB; no customer data in it")
def m179():
    body = """\
Hi Kevin,

since the release on Monday the customer portal rejects uploads of
doctors' invoices and hospital bills above 10 MB with "Upload failed
(413)". Before the release the limit was 25 MB. Customers with
multi-page scans (hospital bills are often 15-20 pages) can't submit
their claims. We've had 14 calls about it today.

Steps to reproduce: portal test account TEST-PORTAL-07 > "Submit
invoice" > any PDF > 10 MB (I used a blank 30-page scan).

Could you raise a P2 with the portal team?

Thanks,
Tomás
"""
    return build("Tomás Herrera <tomas.herrera@elbmark.example>",
                 "Kevin Albers <kevin.albers@elbmark.example>",
                 "Portal upload limit 10 MB – invoices rejected", when(5, 6, 16, 12), body)


# ---------------------------------------------------------------- 180
@mail("NORMAL", "en", "internal",
      "canteen notice in English for the Hamburg office (closed for renovation); organisational")
def m180():
    body = """\
Dear colleagues in Hamburg,

the canteen at Ballindamm will be closed from 1 to 12 June for
renovation. During this time you can use the canteen of our
neighbours at Ballindamm 13 (2nd floor) with your staff card – the
subsidy applies there as well.

Coffee machines on each floor remain in service.

Facility Management Hamburg
"""
    return build("Facility Management <facility@elbmark.example>",
                 "Staff Hamburg <alle.hamburg@elbmark.example>",
                 "Hamburg canteen closed 1–12 June", when(5, 20, 8, 30), body)


# ---------------------------------------------------------------- 181
@mail("NORMAL", "de", "internal",
      "reminder to enter summer holidays in the team calendar; organisational")
def m181():
    body = """\
Moin zusammen,

bitte tragt eure Sommerurlaube bis Freitag in den Teamkalender ein.
Regel wie immer: pro Woche mindestens 4 von 7 im Team anwesend, in
den Schulferien (SH: 09.07.–19.08.) max. 3 Wochen am Stück.

Wenn sich was überschneidet, klärt das bitte erst untereinander,
bevor ihr zu mir kommt. Danke!

Holger
"""
    return build("Holger Marquardt <holger.marquardt@elbmark.example>",
                 "Team Kfz-Schaden <team.kfz-schaden@elbmark.example>",
                 "Sommerurlaub eintragen bis Freitag", when(3, 9, 8, 15), body)


# ---------------------------------------------------------------- 182
@mail("NORMAL", "de", "internal",
      "invitation (ICS) to a district sales meeting for field agents; organisational, no customer data")
def m182():
    ics = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Elbmark//Kalender 3.1//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:bezirk-kiel-q2-2026@elbmark.example
DTSTAMP:20260414T080000Z
DTSTART:20260506T080000Z
DTEND:20260506T140000Z
SUMMARY:Bezirksmeeting Ostholstein/Kiel Q2
LOCATION:Hotel Seeblick\\, Malente
DESCRIPTION:Themen: Produktneuheiten ZahnPlus 90 und Wohngebäude 2026\\, Wettbewerb Nordlicht\\, Kfz-Wechselgeschäft Herbst\\, Digitalisierung Antragsstrecke. Mittagessen im Hotel.
ORGANIZER;CN=Melanie Thießen:mailto:melanie.thiessen@elbmark.example
ATTENDEE;CN=Außendienst Bezirk Kiel;ROLE=REQ-PARTICIPANT:mailto:ad.bezirk-kiel@elbmark.example
END:VEVENT
END:VCALENDAR
"""
    body = """\
Liebe Agenturinhaberinnen und -inhaber,

hiermit lade ich euch herzlich zum Bezirksmeeting Q2 nach Malente ein.
Bitte Termin bestätigen und Fahrgemeinschaften bilden – Parkplätze am
Hotel sind knapp.

Melanie Thießen
Bezirksdirektion Kiel
"""
    return build("Melanie Thießen <melanie.thiessen@elbmark.example>",
                 "Außendienst Bezirk Kiel <ad.bezirk-kiel@elbmark.example>",
                 "Einladung Bezirksmeeting 06.05. in Malente", when(4, 14, 10, 0), body,
                 atts=[A_ics("Bezirksmeeting_Q2.ics", ics)])


# ---------------------------------------------------------------- 183
@mail("NORMAL", "de", "internal",
      "trap: complaints desk introduces a new category 'Fehlversand Gesundheitsdaten' with handling steps; process only, no case")
def m183():
    body = """\
Hallo zusammen,

ab sofort gibt es im Beschwerdesystem die neue Kategorie
"Fehlversand / Datenschutz – Gesundheitsdaten". Bitte wählen, wenn
sich ein Kunde beschwert, weil er

- Arztberichte, Rechnungen oder Bescheide einer anderen Person
  bekommen hat, oder
- seine eigenen Gesundheitsdaten bei jemand anderem gelandet sind.

Ablauf:
1. Beschwerde erfassen, Kategorie wählen – das System informiert
   automatisch die Datenschutzkoordination.
2. Kunden bitten, fremde Unterlagen zurückzuschicken oder zu
   vernichten (Textbaustein DS-03).
3. Nichts inhaltlich zu den fremden Unterlagen sagen oder schreiben!
4. Die 72-Stunden-Frist läuft ab Kenntnis – also bitte sofort
   erfassen, nicht erst am nächsten Tag.

Danke!
Malte Feddersen
Leitung Beschwerdemanagement
"""
    return build("Malte Feddersen <malte.feddersen@elbmark.example>",
                 "Team Beschwerdemanagement <team.beschwerde@elbmark.example>",
                 "Neue Kategorie Fehlversand Gesundheitsdaten", when(4, 6, 9, 50), body)


# ---------------------------------------------------------------- 184
@mail("NORMAL", "de", "internal",
      "personnel announcement of a new sales director role; organisational, no private data")
def m184():
    body = """\
Liebe Kolleginnen und Kollegen,

Dennis Kruse übernimmt zum 1. Mai 2026 zusätzlich zur Vertriebs-
direktion Nord die Leitung des Maklervertriebs. Er folgt damit auf
Jens Reimann, der nach 31 Jahren bei der Elbmark in den Ruhestand
geht. Wir danken Herrn Reimann herzlich und wünschen Herrn Kruse
viel Erfolg.

Die Verabschiedung von Herrn Reimann findet am 29. April um 16 Uhr
im Foyer statt – alle sind herzlich eingeladen.

Der Vorstand
"""
    return build("Vorstand <vorstand@elbmark.example>",
                 "Alle Mitarbeitenden <alle@elbmark.example>",
                 "Personalie: Leitung Maklervertrieb", when(4, 20, 12, 0), body)


# ---------------------------------------------------------------- 185
@mail("NORMAL", "de", "internal",
      "short note that the coffee machine on the 4th floor is broken; nothing sensitive")
def m185():
    body = """\
kaffeemaschine 4.OG ist wieder kaputt (Fehler 8, Brühgruppe),
hab Haustechnik angerufen, kommen morgen. Bis dahin 3. OG nutzen ;)
Kevin
"""
    return build("Kevin Albers <kevin.albers@elbmark.example>",
                 "Flur 4. OG <flur4og@elbmark.example>",
                 "Kaffeemaschine 4.OG", when(3, 3, 10, 8), body)


# ---------------------------------------------------------------- 186
@mail("NORMAL", "de", "internal",
      "trap: ZIP of blank forms (consent to release from medical confidentiality, accident report) with empty fields; no person")
def m186():
    sbe = pdf_bytes("Einwilligung und Schweigepflichtentbindung (Formular SE-2026)", [
        "Versicherte Person: ______________________   geb.: ____________",
        "Vertragsnummer: ______________________",
        "",
        "Ich entbinde die nachfolgend genannten Ärztinnen und Ärzte, Krankenhäuser und",
        "Pflegeeinrichtungen von ihrer Schweigepflicht, soweit dies zur Prüfung des",
        "Leistungsfalles erforderlich ist:",
        "1. ____________________________________________",
        "2. ____________________________________________",
        "",
        "Ort, Datum: __________________   Unterschrift: __________________",
    ], author="Elbmark Formularwesen")
    ua = pdf_bytes("Unfallanzeige (Formular UA-2026)", [
        "Versicherte Person: ______________________   Vertrag: ____________",
        "Unfalltag/Uhrzeit: ___________   Unfallort: __________________________",
        "Hergang: ______________________________________________________________",
        "Verletzungen: _________________________________________________________",
        "Erstbehandelnder Arzt / Krankenhaus: __________________________________",
        "",
        "Bitte Arztberichte beifügen oder Schweigepflichtentbindung unterschreiben.",
    ], author="Elbmark Formularwesen")
    body = """\
Liebe Agenturen,

anbei die aktualisierten Blanko-Formulare (Stand 04/2026) als ZIP:
Schweigepflichtentbindung SE-2026 und Unfallanzeige UA-2026. Bitte
die alten Vordrucke aus 2023 nicht mehr verwenden und ausgefüllte
Formulare NICHT per Mail schicken, sondern im Vertriebsportal
hochladen.

Formularwesen / Vertriebsunterstützung
"""
    z = A_zip("Formulare_2026-04.zip", [("SE-2026_Schweigepflichtentbindung_blanko.pdf", sbe),
                                        ("UA-2026_Unfallanzeige_blanko.pdf", ua)])
    return build("Vertriebsunterstützung <vertriebsunterstuetzung@elbmark.example>",
                 "Außendienst <aussendienst@elbmark.example>",
                 "Neue Blanko-Formulare SE/UA 04/2026", when(4, 9, 7, 40), body, atts=[z])


# ---------------------------------------------------------------- 187
@mail("NORMAL", "de", "internal",
      "farewell drinks announcement for a leaving colleague; personnel announcement without private data")
def m187():
    body = """\
Liebe Kolleginnen und Kollegen aus dem Firmenkundenbereich,

Merle Dreyer verlässt uns Ende April nach fast neun Jahren und
wechselt nach Hamburg. Sie lädt am Donnerstag, 30.04., ab 15:30 Uhr
zu einem kleinen Umtrunk in die Teeküche im 5. OG ein.

Wer sich an einem Abschiedsgeschenk beteiligen möchte: Umschlag
liegt bei mir.

Knut
"""
    return build("Knut Hansen <knut.hansen@elbmark.example>",
                 "Firmenkunden <firmenkunden@elbmark.example>",
                 "Abschied Merle – Do 30.04. 15:30", when(4, 24, 11, 20), body)


# ---------------------------------------------------------------- 188
@mail("NORMAL", "de", "internal",
      "trap: CSV of outpatient benefits aggregated by GOÄ number (cases, amounts, factors) for tariff calculation; no person")
def m188():
    body = """\
Hallo Anneke,

hier wie gewünscht die Auswertung ambulante Leistungen 2025 nach
GOÄ-Ziffer (Top 12, alle Tarife, nur Fallzahlen und Beträge).

Gruß Torsten
"""
    csvtext = """\
GOAE;Bezeichnung;Anzahl Rechnungspositionen;Summe EUR;durchschn. Faktor
1;Beratung;412880;4.310.225,10;2,31
3;Eingehende Beratung;118304;2.893.117,45;2,42
5;Symptombezogene Untersuchung;301215;3.024.880,02;2,30
7;Vollständige Untersuchung Organsystem;95630;1.608.044,90;2,30
250;Blutentnahme;140221;381.401,12;1,80
410;Ultraschall erstes Organ;61044;1.003.233,80;2,30
651;EKG;38109;672.112,55;2,30
5700;MRT Schädel;4120;1.866.540,00;1,80
5729;MRT Wirbelsäule;6230;2.810.001,20;1,80
3550;Blutbild;177502;372.754,20;1,15
269;Akupunktur;22108;564.900,10;2,38
863;Psychotherapie Einzel;35510;4.102.227,80;2,30
"""
    return build("Torsten Bleeker <torsten.bleeker@elbmark.example>",
                 "Anneke Rossbach <anneke.rossbach@elbmark.example>",
                 "Auswertung GOÄ 2025 Top 12", when(2, 26, 14, 18), body,
                 atts=[A_csv("GOAE_Top12_2025.csv", csvtext, encoding="windows-1252",
                             subtype="vnd.ms-excel")])


# ---------------------------------------------------------------- 189
@mail("NORMAL", "de", "internal",
      "reminder to managers to hold the annual appraisal talks by end of June; organisational")
def m189():
    body = """\
Liebe Führungskräfte,

zur Erinnerung: Die Jahresgespräche 2026 (Zielvereinbarung und
Entwicklung) sollen bis 30.06. geführt und im Personalportal
dokumentiert sein. Stand heute sind 41 % erledigt.

Neu in diesem Jahr: Das Feld "Weiterbildungswunsch" ist Pflicht.
Leitfaden und Vorlage findet ihr im Intranet.

Viele Grüße
Christiane Möllendorf
"""
    return build("Christiane Möllendorf <christiane.moellendorf@elbmark.example>",
                 "Führungskräfte <fk.alle@elbmark.example>",
                 "Jahresgespräche bis 30.06.", when(5, 18, 9, 0), body)


# ---------------------------------------------------------------- 190
@mail("NORMAL", "de", "internal",
      "IT rollout of a new VPN client; organisational")
def m190():
    body = """\
Hallo zusammen,

in den nächsten zwei Wochen wird der neue VPN-Client automatisch auf
alle Notebooks verteilt (Abteilungen in alphabetischer Reihenfolge,
Start Montag mit "Außendienst" und "Beschwerdemanagement").

Was ihr merkt: einmal Neustart, danach neues Symbol in der Taskleiste,
Anmeldung wie bisher mit Token-App. Bitte das Notebook in der Woche
mindestens einmal im Büro oder per VPN verbinden, sonst kommt das
Update nicht an.

Probleme: Service Desk -4000.
Kevin
"""
    return build("Kevin Albers <kevin.albers@elbmark.example>",
                 "Alle Mitarbeitenden <alle@elbmark.example>",
                 "Neuer VPN-Client ab Montag", when(5, 7, 15, 0), body,
                 charset="iso-8859-1", cte="8bit")


# ---------------------------------------------------------------- 191
@mail("NORMAL", "de", "internal",
      "minutes of a district sales meeting with aggregated production figures per product; no customer or agent income")
def m191():
    body = """\
Protokoll Bezirksmeeting Ostholstein/Kiel, 06.05.2026, Malente

Anwesend: 17 Agenturen, Bezirksdirektion (Thießen), Produktmanagement
KV (Gast)

1. Produktion Q1 Bezirk gesamt (Vorjahr in Klammern)
   Kfz Neugeschäft           412 Verträge   (389)
   Wohngebäude/Hausrat       286            (301)
   Leben/BU                   44            (39)
   KV Zusatz                 118            (72) – Effekt ZahnPlus-Vorverkauf
2. ZahnPlus 90: Fragen zur Annahme bei laufender Behandlung –
   Antwort PM: keine Annahme, auch nicht mit Ausschluss.
3. Digitalisierung: ab Juli e-Signatur für alle Sachanträge.
4. Wettbewerb Nordlicht läuft bis 30.09.

Nächstes Meeting: 09.09. in Kiel.
Protokoll: M. Thießen
"""
    return build("Melanie Thießen <melanie.thiessen@elbmark.example>",
                 "Außendienst Bezirk Kiel <ad.bezirk-kiel@elbmark.example>",
                 "Protokoll Bezirksmeeting 06.05.", when(5, 8, 17, 5), body)


# ---------------------------------------------------------------- 192
@mail("NORMAL", "de", "internal",
      "trap: board circular announcing a guideline on health data, bank details and birth dates in e-mail; rules only, no person")
def m192():
    body = """\
Liebe Kolleginnen und Kollegen,

Vertrauen ist unser wichtigstes Kapital. Der Vorstand hat deshalb die
neue Leitlinie "Vertrauliche Daten in der E-Mail-Kommunikation"
beschlossen. Sie gilt ab 1. Juni für alle Mitarbeitenden und
Agenturen:

1. Gesundheitsdaten (Diagnosen, Arztberichte, Rechnungen von Ärzten,
   Krankenhäusern, Therapeuten) und alles aus Leben, Kranken und
   Unfall verlassen das Haus nur über das Secure-Mail-Gateway oder
   das Kundenportal.
2. Bankdaten, Geburtsdaten, Einkommensangaben und Vertragsdaten
   nur verschlüsselt (mindestens TLS, bei Privatpersonen Portal).
3. Auch intern gilt: so wenig wie möglich, nur an die, die es
   brauchen. Keine Fallbeschreibungen an große Verteiler.
4. Im Zweifel: Betreff mit [vertraulich] markieren.

Die Leitlinie im Wortlaut und eine Checkliste findet ihr im Intranet.

Dr. Henning Asmussen, Birte Kahl, Ole Svensson
"""
    return build("Vorstand <vorstand@elbmark.example>",
                 "Alle Mitarbeitenden <alle@elbmark.example>",
                 "Neue Leitlinie: Vertrauliche Daten in E-Mails", when(5, 15, 8, 0), body)


# ---------------------------------------------------------------- 193
@mail("NORMAL", "de", "internal",
      "clean-desk reminder from data protection after an office walk-through; findings in general terms only")
def m193():
    body = """\
Hallo zusammen,

bei unserem Rundgang am Freitagabend haben wir auf 11 Schreibtischen
offen liegende Kundenunterlagen gefunden, dazu 4 nicht gesperrte
Bildschirme und einen Schlüssel im Rollcontainer. Niemand bekommt
Ärger – aber bitte:

- Unterlagen abends in den abschließbaren Schrank,
- Bildschirm sperren (Windows + L), auch für "nur kurz Kaffee",
- Ausdrucke mit Kundendaten nicht im Drucker liegen lassen.

Danke!
Jonas Riemer, Datenschutzkoordination
"""
    return build("Jonas Riemer <jonas.riemer@elbmark.example>",
                 "Alle Mitarbeitenden Lübeck <alle.luebeck@elbmark.example>",
                 "Clean Desk – Ergebnis Rundgang", when(3, 16, 12, 5), body)


# ---------------------------------------------------------------- 194
@mail("NORMAL", "de", "internal",
      "trap: internal audit plan with topics like BU claims, care insurance, IBAN changes and medical consultant service; no case")
def m194():
    body = """\
Sehr geehrte Damen und Herren,

der Prüfungsplan 2026/2027 der Internen Revision ist vom Vorstand
genehmigt. Für Ihre Planung die Prüfungen mit Beteiligung Ihrer
Bereiche:

Q2/2026  Kfz-Schadenregulierung (IR-2026-05)
Q3/2026  BU-Leistungsprüfung inkl. Nachprüfung und Gutachtervergabe
Q3/2026  Änderungen von Bankverbindungen/IBAN und Auszahlungen an
         Dritte (Betrugsprävention)
Q4/2026  Pflegetagegeld – Einstufung Pflegegrad und Leistungsdauer
Q1/2027  Gesellschaftsärztlicher Dienst: Dokumentation der
         Stellungnahmen, Zugriffsrechte auf Gesundheitsdaten
Q1/2027  Entgeltabrechnung (Zugriffsrechte, Änderungen Stammdaten)

Die Ankündigung mit Prüfungsumfang erhalten Sie jeweils 4 Wochen
vorher.

Thomas Quade
Leiter Interne Revision
"""
    return build("Thomas Quade <thomas.quade@elbmark.example>",
                 "Bereichsleitungen <bereichsleitungen@elbmark.example>",
                 "Prüfungsplan 2026/2027", when(5, 11, 11, 30), body)


# ---------------------------------------------------------------- 195
@mail("NORMAL", "de", "internal",
      "department move to another floor with dates and packing instructions; organisational")
def m195():
    body = """\
Liebe Kolleginnen und Kollegen der Leistung KV,

der Umzug vom 3. ins 5. OG (Haus B) findet am Wochenende 13./14.06.
statt. Bitte bis Freitag, 12.06., 14 Uhr:

- Schreibtisch leeren, persönliche Sachen in die Umzugskisten
  (werden am 08.06. verteilt), Kisten mit Namen und neuer
  Raumnummer beschriften,
- Akten in die grauen Sicherheitsboxen (verplombt, Transport nur
  durch die Umzugsfirma mit Verpflichtungserklärung),
- Monitore und Docking-Stations bleiben stehen, IT baut um.

Am Montag, 15.06., geht es im 5. OG weiter. Sitzplan folgt.

Sandra Pohl, Facility Management
"""
    return build("Facility Management <facility@elbmark.example>",
                 "Team KV-Leistung <team.kv-leistung@elbmark.example>",
                 "Umzug Leistung KV ins 5. OG – 13./14.06.", when(5, 26, 10, 15), body)


# ---------------------------------------------------------------- 196
@mail("NORMAL", "de", "insurer-to-broker",
      "broker support explains to a brokerage firm how its firm administrator creates portal users; no customer data")
def m196():
    body = """\
Sehr geehrter Herr Pearce,

gern erkläre ich Ihnen, wie neue Kolleginnen und Kollegen Ihrer Firma
Zugang zum Elbmark-Maklerportal bekommen:

1. Ihr Makleradministrator (bei Ihnen Frau Lenz) meldet sich im Portal
   an und legt unter "Firma > Benutzer" den neuen Benutzer an.
2. Der neue Benutzer erhält eine E-Mail mit dem Link zur Registrierung;
   das Einmal-Passwort kommt getrennt per SMS.
3. Bestandsrechte (Einsicht in Kundendaten) vergibt der Administrator
   je Benutzer; standardmäßig sind sie aus.

Die elektronische Vermittlerpost kann Ihr MVP weiterhin über die
BiPRO-Schnittstelle abholen, daran ändert sich nichts.

Mit freundlichen Grüßen
Sven Oldenburg
Maklerbetreuung, Elbmark Versicherung AG
"""
    return build("Sven Oldenburg <sven.oldenburg@elbmark.example>",
                 "Gavin Pearce <g.pearce@northsea-brokers.example>",
                 "Portalzugang für neue Mitarbeitende", when(4, 28, 14, 55), body)


# ---------------------------------------------------------------- 197
@mail("NORMAL", "de", "internal",
      "invitation to celebrate a colleague's 25th service anniversary; personnel announcement without private data")
def m197():
    body = """\
Liebe Kolleginnen und Kollegen,

am 2. Juni ist Wiebke Jacobsen seit 25 Jahren bei der Elbmark –
angefangen als Auszubildende, heute leitet sie die Leben-Leistung.
Wir wollen das feiern: Dienstag, 2. Juni, 14 Uhr, Kantine
(Raumteiler hinten), mit Kuchen und ein paar Worten von Herrn
Svensson.

Bitte nichts verraten!

Das Team Leben-Leistung
"""
    return build("Stefan Krohn <stefan.krohn@elbmark.example>",
                 "Leben Lübeck <leben.luebeck@elbmark.example>",
                 "25 Jahre Wiebke – Überraschung am 2. Juni", when(5, 22, 13, 40), body)


# ---------------------------------------------------------------- 198
@mail("NORMAL", "de", "internal",
      "trap: daily sickness allowance durations by occupational group (aggregated, small groups merged) for product development")
def m198():
    body = """\
Hallo Produktentwicklung,

für die Neukalkulation KTG Selbständige hier die Leistungsdauern
2023–2025 (abgeschlossene Fälle, Gruppen < 20 Fälle zusammengefasst):

Berufsgruppe                 Fälle   Ø Tage   Median   Anteil > 90 Tage
Handwerk Bau                  612      58       31         14 %
Handwerk sonstige             488      49       27         11 %
Gesundheitsberufe (selbst.)   301      44       22         10 %
Freie Berufe Büro             944      37       18          8 %
Gastronomie/Handel            377      51       29         12 %
Sonstige (zusammengefasst)    203      46       24         10 %

Häufigste Ursachen: Rücken (M50–M54), psychische Erkrankungen
(F32/F43), Verletzungen (S-Kapitel). Details nach ICD-Kapitel gern
auf Nachfrage, dann aber nur auf Kapitel-Ebene.

Torsten Bleeker
"""
    return build("Torsten Bleeker <torsten.bleeker@elbmark.example>",
                 "Produktentwicklung KV <produkt.kv@elbmark.example>",
                 "KTG-Leistungsdauern nach Berufsgruppe", when(3, 4, 16, 28), body)


# ---------------------------------------------------------------- 199
@mail("NORMAL", "de", "insurer-to-supplier",
      "office supplies order to a stationery supplier; no personal data")
def m199():
    body = """\
Guten Tag Frau Rüter,

bitte liefern Sie gemäß Rahmenvertrag 2024-17 an unsere Poststelle
(Travemünder Allee 120, Anlieferung Tor B):

  40 x Kopierpapier A4 80 g (Karton à 2.500 Blatt)
  10 x Briefumschläge DIN lang mit Fenster (à 1.000)
   5 x Versandtaschen C4 haftklebend (à 250)
  20 x Ordner 8 cm, blau
   2 x Stempelkissen schwarz

Liefertermin bitte bis 17.04. Rechnung an kreditoren@elbmark.example
mit Bestellnummer B-2026-0412.

Vielen Dank und freundliche Grüße
Sandra Pohl
Facility Management
"""
    return build("Sandra Pohl <sandra.pohl@elbmark.example>",
                 "Bestellung Bürobedarf <bestellung@buero-rueter.example>",
                 "Bestellung B-2026-0412", when(4, 8, 11, 10), body)


# ---------------------------------------------------------------- 200
@mail("NORMAL", "de", "internal",
      "trap: the company doctor's out-of-office reply about expert opinions, medical reports and urgent underwriting; no person")
def m200():
    body = """\
Vielen Dank für Ihre Nachricht.

Ich bin vom 18.05. bis 29.05.2026 nicht im Haus.

Anfragen zu Stellungnahmen in der Leistungsprüfung (KV, BU, Unfall)
und Arztberichte zur Bewertung legen Sie bitte wie gewohnt im
GÄD-Korb im Leistungssystem ab; meine Vertretung, Herr Dr. Demirel,
sichtet den Korb täglich. Eilige Risikoprüfungen: bitte direkt an
Herrn Dr. Demirel (-4460).

Bitte senden Sie keine medizinischen Unterlagen an mein persönliches
Postfach.

Dr. med. Kirsten Haverkamp
Gesellschaftsärztlicher Dienst
"""
    return build("Dr. Kirsten Haverkamp <kirsten.haverkamp@elbmark.example>",
                 "Frauke Lindemann <frauke.lindemann@elbmark.example>",
                 "Abwesenheitsnotiz: AW: Rückfrage Stellungnahme", when(5, 18, 9, 12), body,
                 headers=[("Auto-Submitted", "auto-replied")])


# ==========================================================================
# build and check
# ==========================================================================


def _msgid(i, fn):
    h = hashlib.sha1(f"{NN}:{i}:{fn.__name__}".encode()).hexdigest()[:10]
    return f"<{h}.{i:03d}.d{NN}@mx.{D}>"


def _strip_inner_mime_version(msg):
    """Sub-parts created by the email package carry their own MIME-Version; real mailers
    put it only in the top-level header of a message (also of a forwarded one)."""
    if msg.get_content_type() == "message/rfc822":
        for inner in msg.get_payload():
            _strip_inner_mime_version(inner)
        return
    if msg.is_multipart():
        for sub in msg.get_payload():
            if "MIME-Version" in sub:
                del sub["MIME-Version"]
            _strip_inner_mime_version(sub)


def _boundaries(msg, tag):
    _strip_inner_mime_version(msg)
    k = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary(f"=_elbmark_{tag}_{k:02d}_{hashlib.md5(f'{tag}{k}'.encode()).hexdigest()[:12]}")


def render():
    """Returns (files: dict name->bytes, labels_tsv: bytes)."""
    order = list(range(len(MAILS)))
    random.Random(SEED).shuffle(order)
    files = {}
    rows = ["file\tlabel\tlang\tkind\treason"]
    for pos, idx in enumerate(order, start=1):
        spec = MAILS[idx]
        _CURRENT["msgid"] = _msgid(idx, spec["fn"])
        msg = spec["fn"]()
        _CURRENT["msgid"] = None
        _boundaries(msg, f"{NN}{idx:03d}")
        name = f"{PREFIX}-{pos:04d}.eml"
        files[name] = msg.as_bytes(policy=SMTP)
        rows.append("\t".join([name, spec["label"], spec["lang"], spec["kind"], spec["reason"]]))
    return files, ("\n".join(rows) + "\n").encode("utf-8")


def write():
    files, labels = render()
    out = HERE / "mails"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        if old.name not in files:
            old.unlink()
    for name, data in files.items():
        (out / name).write_bytes(data)
    (HERE / "labels.tsv").write_bytes(labels)
    print(f"wrote {len(files)} mails to {out}")


# ---- checks ---------------------------------------------------------------


def _check_attachment(name, data, stats, where):
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    stats[ext] += 1
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        assert any(ws.max_row > 0 for ws in wb.worksheets), where
    elif ext == "docx":
        import docx
        d = docx.Document(io.BytesIO(data))
        assert d.paragraphs or d.tables, where
    elif ext in ("ods", "odt"):
        from odf.opendocument import load
        load(io.BytesIO(data))
    elif ext == "pdf":
        from pypdf import PdfReader
        text = "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)
        assert text.strip(), f"{where}: empty PDF text"
    elif ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, where
        for info in z.infolist():
            _check_attachment(info.filename, z.read(info.filename), stats, f"{where}/{info.filename}")
    elif ext == "ics":
        t = data.decode("utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR"), where
    elif ext in ("csv", "txt", "log", "json", "xml"):
        assert data.strip(), where


def _check_msg(msg, stats, where, top=True):
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        ct = part.get_content_type()
        if part.is_multipart():
            if ct == "message/rfc822":
                stats["eml (forwarded)"] += 1
            continue
        fname = part.get_filename()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text" and not fname:
            cs = part.get_content_charset() or "us-ascii"
            payload.decode(cs)  # strict
            stats[f"body {ct} {cs}"] += 1
        elif fname:
            if part.get_content_maintype() == "text":
                payload.decode(part.get_content_charset() or "us-ascii")
            _check_attachment(fname, payload, stats, f"{where}:{fname}")


def check():
    files, labels = render()
    out = HERE / "mails"
    disk = sorted(p.name for p in out.glob("*.eml"))
    assert len(files) == 200, len(files)
    assert disk == sorted(files), "mails/ differs from a fresh build (file names)"
    for name, data in files.items():
        assert (out / name).read_bytes() == data, f"{name} differs from a fresh build"
    assert (HERE / "labels.tsv").read_bytes() == labels, "labels.tsv differs from a fresh build"
    # determinism: a second render gives the same bytes
    files2, labels2 = render()
    assert files2 == files and labels2 == labels, "build is not deterministic"

    ids = set()
    att = Counter()
    top = Counter()
    for name, data in sorted(files.items()):
        assert b"\n" not in data.replace(b"\r\n", b""), f"{name}: bare LF"
        assert b"\r" not in data.replace(b"\r\n", b""), f"{name}: bare CR"
        msg = BytesParser(policy=default).parsebytes(data)
        mid = msg["Message-ID"]
        assert mid and mid not in ids, f"{name}: Message-ID missing or duplicate"
        ids.add(mid)
        assert str(msg["Date"]).split()[3] == "2026", name
        top[msg.get_content_type()] += 1
        _check_msg(msg, att, name)

    rows = list(csv.DictReader(io.StringIO(labels.decode("utf-8")), delimiter="\t"))
    assert len(rows) == 200
    lab = Counter(r["label"] for r in rows)
    assert lab == {"NORMAL": 80, "CONFIDENTIAL": 60, "STRICTLY_CONFIDENTIAL": 60}, lab
    traps = [r for r in rows if r["reason"].startswith("trap:")]
    assert len(traps) >= 40, len(traps)
    assert all(r["label"] == "NORMAL" for r in rows if "trap:" in r["reason"]), "trap on non-NORMAL"
    langs = Counter(r["lang"] for r in rows)
    print("labels:", dict(lab))
    print("traps:", len(traps))
    print("languages:", dict(langs))
    ll = Counter((r["label"], r["lang"]) for r in rows)
    for l in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
        print(f"  {l:24s} de {ll[(l, 'de')]:3d}  en {ll[(l, 'en')]:3d}")
    kinds = Counter(r["kind"] for r in rows)
    print("kinds:")
    for k, n in kinds.most_common():
        per = Counter(r["label"] for r in rows if r["kind"] == k)
        print(f"  {k:28s} {n:3d}  N {per['NORMAL']:2d}  C {per['CONFIDENTIAL']:2d}  S {per['STRICTLY_CONFIDENTIAL']:2d}")
    print("top-level content types:", dict(top))
    print("parts / attachments:")
    for k, n in sorted(att.items()):
        print(f"  {k:40s} {n}")
    print("CHECK OK")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        check()
    else:
        write()
