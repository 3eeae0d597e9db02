#!/usr/bin/env python3
"""Generator for the Siegel development corpus dev45.

Theme: the insurer as an employer and an organisation (HR, payroll, recruiting,
sick notes and return-to-work talks, works council, company doctor,
occupational safety, IT service desk, facility management, procurement,
finance, internal audit, data protection officer, board office) and the
places where these touch customers.

Every mail below is written out by hand in its own function.  The helpers at
the top only assemble MIME (Python's ``email`` package, policy SMTP, CRLF),
format dates, and build attachments with their libraries in a reproducible
way (fixed timestamps inside ZIP based formats, fixed PDF creation dates).

Usage:
    python make_corpus.py           # writes mails/ and labels.tsv
    python make_corpus.py --check   # rebuilds twice, compares byte for byte,
                                    # parses every mail and opens every attachment

Attachment libraries: openpyxl, python-docx, odfpy, fpdf2, pypdf.
All persons, companies, addresses, numbers and domains are invented.
"""
import argparse
import copy
import datetime as _dt
import io
import random
import re
import sys
import tempfile
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

SEED = 45
NN = "45"
HERE = Path(__file__).resolve().parent
BERLIN = ZoneInfo("Europe/Berlin")
INS = "nordlicht-versicherung.example"

# --------------------------------------------------------------------------
# small helpers (no content is generated here)
# --------------------------------------------------------------------------

R = random.Random(SEED)          # re-seeded at the start of every build
MAILS = []                       # builder functions, in writing order


def mail(fn):
    MAILS.append(fn)
    return fn


def dt(s):
    """'2026-03-02 08:14:05' (Berlin local time) -> RFC 5322 date with CET/CEST offset."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=BERLIN)
    return format_datetime(d)


def _hex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def _alnum(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def mid(domain=INS, style="outlook"):
    """Deterministic Message-ID in the style of a mail client or system."""
    if style == "outlook":
        return "<%s%s@%s>" % (_alnum(4), _hex(28), domain)
    if style == "tb":
        return "<%s-%s-%s-%s-%s@%s>" % (_hex(8), _hex(4), _hex(4), _hex(4), _hex(12), domain)
    if style == "phone":
        return "<%s.%s@%s>" % (_alnum(10), _hex(6), domain)
    if style == "system":
        return "<%d.%s.JavaMail.svc@%s>" % (R.randint(10**9, 10**10 - 1), _hex(8), domain)
    raise ValueError(style)


def new(frm, to, subject, date, *, cc=None, msgid=None, irt=None, refs=None,
        reply_to=None, headers=None, mid_style="outlook"):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = dt(date)
    if msgid is None:
        dom = re.search(r"@([^>\s]+)", frm).group(1)
        msgid = mid(dom, mid_style)
    m["Message-ID"] = msgid
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in (headers or []):
        m[k] = v
    m["MIME-Version"] = "1.0"
    return m


def body(m, text, *, charset="utf-8", cte="quoted-printable", flowed=False):
    text = text.lstrip("\n")
    m.set_content(text, charset=charset, cte=cte)
    if flowed:
        m.set_param("format", "flowed")


def html_only(m, html, *, charset="utf-8", cte="quoted-printable"):
    m.set_content(html.lstrip("\n"), subtype="html", charset=charset, cte=cte)


def alt(m, text, html, *, charset="utf-8"):
    m.set_content(text.lstrip("\n"), charset=charset, cte="quoted-printable")
    m.add_alternative(html.lstrip("\n"), subtype="html", charset=charset, cte="quoted-printable")


def attach_text(m, text, subtype, filename, *, charset="utf-8", cte="quoted-printable"):
    m.add_attachment(text.lstrip("\n"), subtype=subtype, charset=charset, cte=cte,
                     filename=filename)


def attach_bytes(m, data, maintype, subtype, filename, params=None):
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename,
                     params=params or {})


def attach_msg(m, inner):
    m.add_attachment(inner)


MIME_XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
MIME_DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
MIME_ODT = ("application", "vnd.oasis.opendocument.text")
MIME_ODS = ("application", "vnd.oasis.opendocument.spreadsheet")
MIME_PDF = ("application", "pdf")
MIME_ZIP = ("application", "zip")


def fix_zip(data, when):
    """Rewrite a ZIP based document with fixed member timestamps and core dates."""
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            raw = src.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                txt = raw.decode("utf-8")
                txt = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", r"\g<1>%s\2" % stamp, txt)
                txt = re.sub(r"(<meta:creation-date>)[^<]*(<)", r"\g<1>%s\2" % stamp[:-1], txt)
                txt = re.sub(r"(<dc:date>)[^<]*(<)", r"\g<1>%s\2" % stamp[:-1], txt)
                raw = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            dst.writestr(zi, raw)
    return out.getvalue()


def make_zip(members, when):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def xlsx(sheets, when, creator="Nordlicht Versicherung"):
    """sheets: list of (title, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(list(row))
    d = _dt.datetime(*when)
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = d
    wb.properties.modified = d
    buf = io.BytesIO()
    wb.save(buf)
    return fix_zip(buf.getvalue(), when)


def docx(blocks, when, author="Nordlicht Versicherung"):
    """blocks: list of str (paragraph), ('h', str) heading, or ('t', rows) table."""
    import docx as _docx
    doc = _docx.Document()
    for b in blocks:
        if isinstance(b, str):
            doc.add_paragraph(b)
        elif b[0] == "h":
            doc.add_heading(b[1], level=1)
        elif b[0] == "t":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
    d = _dt.datetime(*when)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = d
    cp.modified = d
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return fix_zip(buf.getvalue(), when)


def _odf_reset():
    """odfpy keeps the namespaces seen so far in a class attribute shared by all
    documents of a process; clear it so every document is written the same way."""
    from odf.element import Element
    Element.namespaces.clear()


def odt(paragraphs, when):
    _odf_reset()
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    doc = OpenDocumentText()
    for p in paragraphs:
        if isinstance(p, tuple):
            doc.text.addElement(H(outlinelevel=1, text=p[1]))
        else:
            doc.text.addElement(P(text=p))
    buf = io.BytesIO()
    doc.write(buf)
    return fix_zip(buf.getvalue(), when)


def ods(sheets, when):
    _odf_reset()
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for title, rows in sheets:
        t = Table(name=title)
        for row in rows:
            tr = TableRow()
            for cell in row:
                if isinstance(cell, (int, float)) and not isinstance(cell, bool):
                    tc = TableCell(valuetype="float", value=cell)
                else:
                    tc = TableCell(valuetype="string")
                tc.addElement(P(text=str(cell)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    buf = io.BytesIO()
    doc.write(buf)
    return fix_zip(buf.getvalue(), when)


_PDF_MAP = {"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"', "\u201d": '"',
            "\u201a": "'", "\u2018": "'", "\u2019": "'", "\u20ac": "EUR", "\u2026": "...",
            "\u2022": "-"}


def pdf(lines, when, title="Dokument", author="Nordlicht Versicherung"):
    """lines: list of str; a line starting with '# ' is printed bold."""
    from fpdf import FPDF
    doc = FPDF()
    doc.set_creation_date(_dt.datetime(*when, tzinfo=_dt.timezone.utc))
    doc.set_title(title)
    doc.set_author(author)
    doc.set_creator("Nordlicht DMS")
    doc.set_producer("Nordlicht DMS")
    doc.add_page()
    for line in lines:
        line = "".join(_PDF_MAP.get(c, c) for c in line)
        if line.startswith("# "):
            doc.set_font("Helvetica", "B", 12)
            line = line[2:]
        else:
            doc.set_font("Helvetica", "", 10)
        doc.multi_cell(0, 5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(doc.output())


SIG_BASE = """
Nordlicht Versicherungsgruppe
Weserufer 12 · 28217 Bremen
www.nordlicht-versicherung.example
"""


FOOT_AG = """
--
Nordlicht Versicherung AG · Sitz Bremen · Amtsgericht Bremen HRB 70412
Vorstand: Dr. Christoph Overbeck (Vors.), Anja Seidel, Peter Hamann, Dr. Ines Rademacher
Vorsitzender des Aufsichtsrats: Prof. Dr. Gerd Wilkens
"""

# ==========================================================================
# NORMAL
# ==========================================================================


@mail
def n01():
    m = new("Entgeltabrechnung <entgelt@nordlicht-versicherung.example>",
            "alle-mitarbeitenden-bremen@nordlicht-versicherung.example",
            "Entgeltabrechnung März 2026 – Auszahlungstermin und neue Rechengrößen",
            "2026-03-16 10:02:11")
    body(m, """
Liebe Kolleginnen und Kollegen,

die Entgelte für März 2026 werden am Freitag, 27.03.2026, ausgezahlt. Die
Abrechnungen stehen wie gewohnt ab dem 25.03. im Mitarbeiterportal unter
„Meine Dokumente" bereit.

Zur Erinnerung die Rechengrößen der Sozialversicherung für 2026, die seit
Januar in den Abrechnungen berücksichtigt werden:

  Beitragsbemessungsgrenze Kranken-/Pflegeversicherung: 5.812,50 € mtl.
  Beitragsbemessungsgrenze Renten-/Arbeitslosenversicherung: 8.450,00 € mtl.
  Versicherungspflichtgrenze (JAEG): 77.400 € jährlich
  Geringfügigkeitsgrenze: 603 € mtl.

Wer mit dem Jahresentgelt 2026 die Versicherungspflichtgrenze voraussichtlich
überschreitet, bekommt von uns gesondert Post. Bitte schickt uns keine
Gehaltsnachweise per Mail, sondern nutzt das Upload-Fach im Portal.

Bei Fragen zur eigenen Abrechnung erreicht ihr uns unter Durchwahl -4410
(Mo–Do 9–15 Uhr).

Viele Grüße
Euer Team Entgeltabrechnung
""")
    return "NORMAL", "de", "internal", "trap: payroll date and social-security thresholds, income figures belong to nobody", m


@mail
def n02():
    m = new("PayLogic Insights <newsletter@paylogic-software.example>",
            "jonas.albers@nordlicht-versicherung.example",
            "Payroll Brief 03/2026: sick pay, maternity leave reimbursement and the new thresholds",
            "2026-03-04 07:30:00", mid_style="system",
            headers=[("List-Unsubscribe", "<https://paylogic-software.example/unsub?u=8812>"),
                     ("Precedence", "bulk")])
    alt(m, """
PAYROLL BRIEF 03/2026 – for payroll professionals in Germany

1) Continued pay during sickness: what changes with eAU
Since the electronic sick note became mandatory, employers retrieve the
incapacity data from the statutory health insurer. Our March release adds an
automatic reminder when the six-week period of continued pay ends and sick
pay from the health fund begins.

2) U1/U2 reimbursement
Refunds for sick pay (U1) and maternity protection (U2) can now be requested
directly from the absence calendar. Typical processing time at the funds is
5 to 10 working days.

3) Thresholds 2026 at a glance
Contribution ceiling health/care: EUR 5,812.50 per month
Contribution ceiling pension/unemployment: EUR 8,450.00 per month
Mini-job limit: EUR 603

Webinar: "Long-term sickness and payroll – a practical walkthrough",
24 March 2026, 10:00–11:00 CET. Register in the customer portal.

You receive this newsletter because you are a registered PayLogic user.
PayLogic Software GmbH, Am Speicher 4, 20457 Hamburg, HRB 188213
""", """
<html><body style="font-family:Arial,sans-serif">
<h2>Payroll Brief 03/2026</h2>
<h3>1) Continued pay during sickness: what changes with eAU</h3>
<p>Since the electronic sick note became mandatory, employers retrieve the incapacity
data from the statutory health insurer. Our March release adds an automatic reminder
when the six-week period of continued pay ends and sick pay from the health fund begins.</p>
<h3>2) U1/U2 reimbursement</h3>
<p>Refunds for sick pay (U1) and maternity protection (U2) can now be requested directly
from the absence calendar. Typical processing time at the funds is 5 to 10 working days.</p>
<h3>3) Thresholds 2026 at a glance</h3>
<table border="1" cellpadding="4">
<tr><td>Contribution ceiling health/care</td><td>EUR 5,812.50 / month</td></tr>
<tr><td>Contribution ceiling pension/unemployment</td><td>EUR 8,450.00 / month</td></tr>
<tr><td>Mini-job limit</td><td>EUR 603</td></tr>
</table>
<p><b>Webinar:</b> "Long-term sickness and payroll – a practical walkthrough",
24 March 2026, 10:00–11:00 CET.</p>
<p style="font-size:small">PayLogic Software GmbH, Am Speicher 4, 20457 Hamburg, HRB 188213 ·
<a href="https://paylogic-software.example/unsub?u=8812">Unsubscribe</a></p>
</body></html>
""")
    return "NORMAL", "en", "newsletter", "trap: vendor newsletter on sick pay, maternity refunds and thresholds, no person", m


@mail
def n03():
    m = new("Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "Team Schaden Kfz Süd <kfz-sued@nordlicht-versicherung.example>",
            "Vertretung diese Woche",
            "2026-02-09 08:12:40")
    body(m, """
Moin zusammen,

Herr Özdemir fällt diese Woche aus. Seine Vorgänge übernimmt bis
einschließlich Freitag Frau Janßen, die Telefonweiterleitung ist schon
eingerichtet. Bitte keine Rückfragen an ihn direkt schicken.

Danke euch!
Katrin

Katrin Behrendt
HR Business Partner Schaden/Unfall
Nordlicht Versicherung AG
Tel. 0421 5590-4127
""")
    return "NORMAL", "de", "internal", "colleague absent this week, no reason given, only a stand-in arrangement", m


@mail
def n04():
    m = new("Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "Ralf Wiechmann <ralf.wiechmann@nordlicht-versicherung.example>",
            "Entwurf Einladungsschreiben BEM (Vorlage) – bitte um Abstimmung mit dem BR",
            "2026-01-20 14:31:09",
            cc="Dr. Hannah Petersen <hannah.petersen@nordlicht-versicherung.example>")
    m_text = """
Hallo Ralf,

wie in der letzten Sitzung vereinbart, anbei der überarbeitete Entwurf
unseres Einladungsschreibens zum Betrieblichen Eingliederungsmanagement.
Die Datenschutzhinweise hat Frau Dr. Petersen schon gegengelesen.

Ich habe eure Anmerkungen übernommen (Hinweis auf Freiwilligkeit steht jetzt
ganz oben, Vertrauensperson frei wählbar). Wenn ihr einverstanden seid, geht
die Vorlage ab Februar in das Dokumentensystem.

Viele Grüße
Katrin
"""
    body(m, m_text)
    attach_bytes(m, docx([
        ("h", "Einladung zum Betrieblichen Eingliederungsmanagement (BEM)"),
        "«Anrede» «Vorname» «Nachname»",
        "«Straße Hausnummer»",
        "«PLZ» «Ort»",
        "Bremen, «Datum»",
        "«Anrede_Brief» «Nachname»,",
        "die Teilnahme am BEM ist freiwillig. Sie entscheiden, ob und in welchem Umfang "
        "Sie mitwirken möchten, und Sie können das Verfahren jederzeit beenden.",
        "Sie waren in den vergangenen zwölf Monaten insgesamt «AU-Tage» Arbeitstage "
        "arbeitsunfähig. Nach § 167 Abs. 2 SGB IX bieten wir Ihnen deshalb Gespräche an, "
        "in denen wir gemeinsam klären, wie eine erneute Arbeitsunfähigkeit vermieden "
        "und Ihr Arbeitsplatz erhalten werden kann.",
        "Sie können eine Person Ihres Vertrauens, ein Mitglied des Betriebsrats und – "
        "falls zutreffend – die Schwerbehindertenvertretung hinzuziehen.",
        "Diagnosen müssen Sie uns nicht mitteilen. Angaben, die Sie freiwillig machen, "
        "werden getrennt von der Personalakte in einer BEM-Akte aufbewahrt und drei Jahre "
        "nach Abschluss des Verfahrens gelöscht.",
        "Bitte teilen Sie uns bis zum «Antwortfrist» mit, ob Sie das Angebot annehmen.",
        "Mit freundlichen Grüßen",
        "«Unterzeichner»",
    ], (2026, 1, 20, 14, 0, 0)), *MIME_DOCX, "Vorlage_BEM_Einladung_v3.docx")
    return "NORMAL", "de", "internal", "trap: BEM invitation template with placeholders only («AU-Tage», «Nachname»)", m


@mail
def n05():
    m = new("People & Culture <people@nordlicht-versicherung.example>",
            "Leadership Circle <fuehrungskraefte@nordlicht-versicherung.example>",
            "Return-to-work (BEM) – FAQ for managers, English version",
            "2026-04-14 16:45:00")
    body(m, """
Dear managers,

several of you asked for an English version of our return-to-work FAQ for
colleagues in the international teams. Here it is; the German original on the
intranet remains the binding text.

Q: When do I have to offer BEM?
A: When an employee has been unable to work for more than six weeks within the
last twelve months, continuously or in total. HR sends the invitation; you will
get a note that an invitation has gone out, but not the number of sick days.

Q: May I ask my employee what illness they have?
A: No. You may ask how the team can support the return, e.g. adapted working
hours, a different workstation, or a graded return ("Hamburger Modell"). Any
medical details stay with the employee, the company doctor and, if the employee
agrees, the BEM team.

Q: The employee tells me about a diagnosis anyway. What do I do?
A: Do not write it down, do not forward it, do not mention it in team meetings.
Refer the employee to the BEM team.

Q: Can an employee refuse BEM?
A: Yes. Participation is voluntary and a refusal must not lead to any
disadvantage.

Q: Who pays for equipment such as a special chair or software?
A: Facility Management (standard ergonomic equipment) or HR (individual
solutions, sometimes with funding by the pension insurance or the
Integrationsamt).

Kind regards
People & Culture
""")
    return "NORMAL", "en", "internal", "trap: generic return-to-work FAQ about sick days, diagnoses and graded return, no person", m


@mail
def n06():
    m = new("Thomas Kruse <thomas.kruse@nordlicht-versicherung.example>",
            "Team Vertrieb Innendienst <vertrieb-id@nordlicht-versicherung.example>",
            "Termine Angebotsvorsorge Bildschirmarbeit am 12.05.",
            "2026-04-28 09:20:33")
    body(m, """
Hallo zusammen,

die Betriebsärztin ist am Dienstag, 12.05., wieder im Haus (Raum 0.18 neben
der Poststelle). Die Angebotsvorsorge Bildschirmarbeit ist freiwillig und wird
allen Kolleginnen und Kollegen mit Bildschirmarbeitsplatz alle drei Jahre
angeboten. Für euer Team sind folgende Zeiten reserviert:

  08:30  Lennart Bischoff
  08:50  Olga Schäfer
  09:10  Deniz Arslan
  09:30  Petra Ahlers
  09:50  Marco Feldhaus

Wer den Termin nicht wahrnehmen möchte oder tauschen will, meldet sich bitte
bis Donnerstag bei mir. Ergebnisse erfährt nur ihr selbst; ich bekomme von
der Ärztin lediglich die Rückmeldung, dass das Angebot gemacht wurde.

Gruß
Thomas Kruse
Fachkraft für Arbeitssicherheit
""")
    return "NORMAL", "de", "internal", "trap: routine screen-work check-up slots offered to a whole team, names and times only, no findings", m


@mail
def n07():
    m = new("Betriebsärztlicher Dienst <betriebsarzt@nordlicht-versicherung.example>",
            "alle-mitarbeitenden-bremen@nordlicht-versicherung.example",
            "Grippeschutzimpfung 2026/27 – Termine ab 13. Oktober",
            "2026-09-29 11:05:12")
    alt(m, """
Liebe Kolleginnen und Kollegen,

auch in diesem Herbst bietet unser betriebsärztlicher Dienst (ArbeitsMed Nord)
eine kostenlose Grippeschutzimpfung an.

Wann: 13., 14. und 20. Oktober 2026, jeweils 9:00–12:30 Uhr
Wo: Sanitätsraum, Gebäude A, Erdgeschoss

Verwendet wird ein quadrivalenter Totimpfstoff nach Empfehlung der STIKO.
Häufige Nebenwirkungen sind Rötung und Schwellung an der Einstichstelle,
gelegentlich Abgeschlagenheit oder leichtes Fieber für ein bis zwei Tage.
Wer eine bekannte Allergie gegen Hühnereiweiß hat oder gerade einen akuten
Infekt mit Fieber, spricht bitte vorab mit der Ärztin.

Bitte bringt euren Impfpass mit, falls vorhanden. Die Anmeldung läuft über
das Buchungstool im Intranet („Gesundheit & Soziales" > „Impfaktion").
Die Teilnahme wird nicht an Vorgesetzte oder die Personalabteilung gemeldet.

Bleibt gesund!
Euer betriebsärztlicher Dienst
""", """
<html><body>
<p>Liebe Kolleginnen und Kollegen,</p>
<p>auch in diesem Herbst bietet unser betriebsärztlicher Dienst (ArbeitsMed Nord)
eine <b>kostenlose Grippeschutzimpfung</b> an.</p>
<ul>
<li><b>Wann:</b> 13., 14. und 20. Oktober 2026, jeweils 9:00–12:30 Uhr</li>
<li><b>Wo:</b> Sanitätsraum, Gebäude A, Erdgeschoss</li>
</ul>
<p>Verwendet wird ein quadrivalenter Totimpfstoff nach Empfehlung der STIKO.
Häufige Nebenwirkungen sind Rötung und Schwellung an der Einstichstelle,
gelegentlich Abgeschlagenheit oder leichtes Fieber für ein bis zwei Tage.
Wer eine bekannte Allergie gegen Hühnereiweiß hat oder gerade einen akuten
Infekt mit Fieber, spricht bitte vorab mit der Ärztin.</p>
<p>Bitte bringt euren Impfpass mit. Die Anmeldung läuft über das Buchungstool im
Intranet. Die Teilnahme wird nicht an Vorgesetzte oder die Personalabteilung gemeldet.</p>
<p>Bleibt gesund!<br>Euer betriebsärztlicher Dienst</p>
</body></html>
""")
    return "NORMAL", "de", "internal", "trap: flu vaccination campaign with side effects and allergy hint, addressed to all staff", m


@mail
def n08():
    m = new("Bernd Lüders <bernd.lueders@nordlicht-versicherung.example>",
            "Claudia Reimers <claudia.reimers@nordlicht-versicherung.example>",
            "Bedarfsmeldung Steh-Sitz-Tische 4. OG Gebäude B",
            "2026-02-17 13:48:27")
    body(m, """
Hallo Claudia,

für die Neubelegung des 4. OG (Gebäude B, Umzug Leistung Kranken ambulant im
Mai) brauchen wir:

- 40 elektrisch höhenverstellbare Schreibtische 160 x 80, Memory-Funktion
- 40 Bürodrehstühle mit Synchronmechanik und verstellbarer Lordosenstütze
- 12 Monitorarme (Doppel)
- 6 Fußstützen

Hintergrund: Laut Gefährdungsbeurteilung sind Rückenbeschwerden durch
langes Sitzen der häufigste Punkt in den Mitarbeiterbefragungen; der ASA hat
beschlossen, neue Etagen nur noch mit Steh-Sitz-Tischen auszustatten.

Rahmenvertrag mit Büromöbel Hansa läuft noch bis 31.12., bitte darüber
abrufen. Liefertermin spätestens KW 18.

Danke und Gruß
Bernd

Bernd Lüders · Facility Management · Nordlicht Versicherung AG
""")
    return "NORMAL", "de", "internal", "trap: furniture order justified with back pain prevention, no individual", m


@mail
def n09():
    m = new("Thomas Kruse <thomas.kruse@nordlicht-versicherung.example>",
            "ASA-Verteiler <asa@nordlicht-versicherung.example>",
            "Protokoll ASA-Sitzung 1/2026",
            "2026-03-12 15:22:05")
    body(m, """
Guten Tag,

anbei das Protokoll der Sitzung des Arbeitsschutzausschusses vom 05.03.2026.
Korrekturen bitte bis 20.03. an mich, danach gilt es als genehmigt.

Die Unfallzahlen sind wie immer zusammengefasst; Einzelfälle besprechen wir
nur in der nicht-öffentlichen Runde mit Betriebsarzt und Personal.

Mit freundlichen Grüßen
Thomas Kruse
Fachkraft für Arbeitssicherheit
Nordlicht Versicherung AG
""")
    attach_bytes(m, docx([
        ("h", "Protokoll Arbeitsschutzausschuss 1/2026"),
        "Datum: 05.03.2026, 10:00–12:15 Uhr, Raum A 2.04",
        "Teilnehmende: Herr Hamann (Arbeitgeber), Herr Kruse (Sifa), Frau Dr. Brandt "
        "(Betriebsärztin), Herr Wiechmann und Frau Okafor (Betriebsrat), Frau Pohl (SBV), "
        "Herr Lüders (Facility), 3 Sicherheitsbeauftragte",
        ("h", "TOP 1 Unfallgeschehen 2025"),
        ("t", [["Kategorie", "2024", "2025"],
               ["meldepflichtige Arbeitsunfälle", "5", "7"],
               ["davon Wegeunfälle", "3", "4"],
               ["Stolper-/Sturzunfälle im Gebäude", "1", "2"],
               ["Ausfalltage gesamt", "61", "88"],
               ["Eintragungen Verbandbuch", "23", "19"]]),
        "Die Zunahme der Ausfalltage geht im Wesentlichen auf einen einzelnen längeren "
        "Wegeunfall zurück. Sturzschwerpunkt bleibt Treppenhaus B bei Nässe.",
        ("h", "TOP 2 Gefährdungsbeurteilung psychische Belastung"),
        "Die Befragung 2025 hatte 71 % Rücklauf. Auffällig: Arbeitsverdichtung in der "
        "Leistungsabteilung Kranken und im Kundenservice. Maßnahmen werden in Workshops "
        "erarbeitet (Federführung Personal).",
        ("h", "TOP 3 Erste Hilfe"),
        "Ersthelferquote 11,2 % (Soll 10 %). Zwei neue AED werden in Gebäude B angeschafft.",
        ("h", "TOP 4 Verschiedenes"),
        "Grippeschutzimpfung im Oktober wie im Vorjahr. Nächste Sitzung: 04.06.2026.",
    ], (2026, 3, 12, 15, 0, 0)), *MIME_DOCX, "Protokoll_ASA_2026-1.docx")
    return "NORMAL", "de", "internal", "trap: safety committee minutes with accident counts and lost days, aggregates only", m


@mail
def n10():
    m = new("Sicherheitsbeauftragte Geb. A <sicherheit-a@nordlicht-versicherung.example>",
            "Thomas Kruse <thomas.kruse@nordlicht-versicherung.example>",
            "Beinaheunfall 4. OG – Kabelkanal",
            "2026-06-03 09:41:16", mid_style="phone")
    body(m, """
hallo thomas,
kurze meldung: im flur 4.OG vor raum A4.11 liegt seit dem umbau ein
verlängerungskabel quer über den gang, jemand ist heute früh fast drüber
gefallen, zum glück nix passiert. hab das kabel provisorisch abgeklebt.
kannst du facility bitte einen kabelkanal bestellen lassen?
gruß sandra

Von meinem iPhone gesendet
""", cte="8bit", flowed=True)
    return "NORMAL", "de", "internal", "near-miss report, nobody hurt, no person named as injured", m


@mail
def n11():
    m = new("Thomas Kruse <thomas.kruse@nordlicht-versicherung.example>",
            "Anmeldung DRK Bildungswerk <kurse@drk-bildung-bremen.example>",
            "Anmeldung Erste-Hilfe-Fortbildung 21.05.2026 – Nordlicht Versicherung",
            "2026-04-07 10:15:44")
    body(m, """
Sehr geehrte Damen und Herren,

hiermit melden wir folgende Beschäftigte zur Erste-Hilfe-Fortbildung
(9 UE) am 21.05.2026 in Ihren Räumen in der Hastedter Heerstraße an:

 1. Sandra Vogelsang
 2. Hauke Dierks
 3. Fatma Kılıç
 4. Jan-Ole Petersen
 5. Birte Wendelken
 6. Mustafa Acar

Die Kosten werden über die VBG abgerechnet (Mitgliedsnummer unseres
Unternehmens: 412 88 3017). Eine Teilnahmebestätigung senden Sie bitte
direkt an mich.

Mit freundlichen Grüßen
Thomas Kruse
Fachkraft für Arbeitssicherheit
Nordlicht Versicherung AG · Weserufer 12 · 28217 Bremen
""")
    return "NORMAL", "de", "insurer-to-supplier", "trap: first-aider training registration, names only, no health data", m


@mail
def n12():
    m = new("Facility Management <facility@nordlicht-versicherung.example>",
            "All staff Building B <gebaeude-b@nordlicht-versicherung.example>",
            "Fire drill Building B – Thursday 18 June, approx. 10:30",
            "2026-06-15 08:00:00")
    body(m, """
Dear colleagues,

(deutsche Version siehe Intranet)

On Thursday, 18 June 2026, at approximately 10:30 we will hold the annual
evacuation drill in Building B. When the alarm sounds:

- leave your desk immediately, do not use the lifts
- follow the green signs to assembly point 3 (car park, north side)
- floor wardens check toilets and meeting rooms and report to the
  evacuation officer at the assembly point

Colleagues with reduced mobility, or anyone who might need help on the
stairs (temporarily, e.g. after an injury), please let us know in advance
by replying to this mail. We will assign a buddy and, if needed, use the
evacuation chair on your floor. We do not ask for reasons and do not keep
a list after the drill.

The drill will take about 20 minutes. Customer calls will be redirected to
the Hamburg service centre during that time.

Thank you,
Facility Management
""")
    return "NORMAL", "en", "internal", "fire drill notice mentioning reduced mobility and injuries in general", m


@mail
def n13():
    m = new("Claudia Reimers <claudia.reimers@nordlicht-versicherung.example>",
            "Vertrieb <auftrag@medisafe-handel.example>",
            "Bestellung 4500018734 – AED und Erste-Hilfe-Material",
            "2026-03-24 11:27:50")
    body(m, """
Sehr geehrte Damen und Herren,

gemäß Ihrem Angebot AN-2026-0412 vom 18.03.2026 bestellen wir:

Pos. 1  2 St.  Defibrillator (AED) Vollautomat inkl. Wandkasten mit Alarm
Pos. 2  4 St.  Elektroden-Pads Erwachsene (Ersatz)
Pos. 3  2 St.  Elektroden-Pads Kinder
Pos. 4  8 St.  Verbandkasten DIN 13157, Wandhalterung
Pos. 5  3 St.  Nachfüllset DIN 13157
Pos. 6  1 St.  Einweisung AED vor Ort (bis 15 Personen)

Gesamt netto 4.386,00 EUR zzgl. USt.
Lieferanschrift: Nordlicht Versicherung AG, Warenannahme Tor 2,
Weserufer 12, 28217 Bremen. Ansprechpartner vor Ort: Herr Lüders,
Tel. 0421 5590-1180.

Rechnung bitte ausschließlich elektronisch an
rechnungseingang@nordlicht-versicherung.example unter Angabe der
Bestellnummer.

Mit freundlichen Grüßen
Claudia Reimers
Einkauf
""" + FOOT_AG)
    return "NORMAL", "de", "insurer-to-supplier", "trap: purchase order for defibrillators and first-aid kits", m


@mail
def n14():
    m = new("Bernd Lüders <bernd.lueders@nordlicht-versicherung.example>",
            "gebaeude-a@nordlicht-versicherung.example",
            "Teeküche 2. OG Gebäude A gesperrt",
            "2026-11-05 07:52:18")
    body(m, """
Guten Morgen,

in der Teeküche 2. OG ist heute Nacht der Zulauf der Spülmaschine undicht
geworden. Der Boden ist nass, der Installateur kommt gegen 10 Uhr.
Bitte bis auf Weiteres die Teeküche im 3. OG nutzen.

Danke für euer Verständnis
Bernd Lüders
Facility Management
""")
    return "NORMAL", "de", "internal", "building notice about a leaking dishwasher, no person", m


@mail
def n15():
    m = new("Melanie Sturm <melanie.sturm@nordlicht-versicherung.example>",
            "Stellenportal Redaktion <anzeigen@jobportal-nord.example>",
            "Anzeigenauftrag: Sachbearbeiter Leistungsprüfung Krankenversicherung (m/w/d)",
            "2026-01-13 09:33:02")
    body(m, """
Hallo Frau Kaminski,

bitte schalten Sie die folgende Anzeige ab Montag für 30 Tage
(Paket „Regional Plus", Bremen/Oldenburg). Logo wie beim letzten Mal.

--------------------------------------------------------------------
Sachbearbeiter Leistungsprüfung Krankenversicherung (m/w/d)
Nordlicht Krankenversicherung AG, Bremen, Vollzeit/Teilzeit, unbefristet

Ihre Aufgaben
- Prüfung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ/GOZ
  und den Tarifbedingungen
- Bearbeitung von Heil- und Kostenplänen, Hilfsmitteln und
  Krankentagegeld
- Rückfragen bei Ärzten, Kliniken und Gutachtern

Ihr Profil
- Ausbildung zur/zum Kaufmann/-frau für Versicherungen und Finanzanlagen
  oder medizinische Fachangestellte/r mit Interesse an Versicherung
- Kenntnisse der ICD-10-Verschlüsselung und der medizinischen
  Fachsprache von Vorteil

Wir bieten
- Vergütung nach Tarifvertrag private Versicherungswirtschaft,
  Gehaltsgruppe 5–6 (ca. 3.900 bis 4.700 € brutto monatlich, 14 Gehälter)
- 30 Tage Urlaub, mobiles Arbeiten bis 60 %, Jobrad
- betriebliche Krankenversicherung und Zuschuss zur Altersvorsorge

Bewerbung bis 15.02.2026 über karriere.nordlicht-versicherung.example
Kennziffer KV-2026-07. Schwerbehinderte Bewerberinnen und Bewerber werden
bei gleicher Eignung bevorzugt berücksichtigt.
--------------------------------------------------------------------

Rechnung bitte an die Personalabteilung, Kostenstelle 4100.

Viele Grüße
Melanie Sturm
Recruiting · Nordlicht Versicherungsgruppe
""")
    return "NORMAL", "de", "insurer-to-supplier", "trap: job advert with ICD-10, GOÄ, Krankentagegeld and a salary range", m


@mail
def n16():
    m = new("Melanie Sturm <melanie.sturm@nordlicht-versicherung.example>",
            "Graham Whitfield <graham.whitfield@nordlicht-versicherung.example>",
            "Interview slots – Data Engineer (Claims Analytics)",
            "2026-05-06 12:10:31")
    body(m, """
Hi Graham,

here are the slots for the second round next Wednesday (13 May), all in
room B3.07 or on video if the candidate prefers:

  10:00–11:00  Ms Priya Raman (video, currently in Leeds)
  11:30–12:30  Mr Tobias Frerichs
  14:00–15:00  Ms Aleksandra Nowak

Please send me your questions for the case study by Monday so I can
forward the task to the candidates 48 hours in advance. Jens from the
works council will join the afternoon slot.

Thanks!
Melanie
""")
    return "NORMAL", "en", "internal", "interview schedule with candidate names and times only", m


@mail
def n17():
    m = new("Melanie Sturm <melanie.sturm@nordlicht-versicherung.example>",
            "Lea Hinrichs <lea.hinrichs@nordlicht-versicherung.example>",
            "Textbaustein Absage nach Vorstellungsgespräch (neu)",
            "2026-02-26 17:02:55")
    body(m, """
Hi Lea,

bitte ab sofort diesen Baustein für Absagen nach dem Gespräch nehmen (der
alte klang zu sehr nach Formbrief). Die Felder in «» füllt das ATS selbst.

----
Betreff: Ihre Bewerbung als «Stellentitel» (Kennziffer «Kennziffer»)

«Anrede» «Nachname»,

vielen Dank für das offene Gespräch am «Gesprächsdatum» und die Zeit, die
Sie sich für uns genommen haben. Wir haben uns die Entscheidung nicht leicht
gemacht, uns am Ende aber für eine andere Kandidatin bzw. einen anderen
Kandidaten entschieden, deren/dessen Erfahrung noch etwas besser zu den
Anforderungen passt.

Ihre Unterlagen löschen wir sechs Monate nach Abschluss des Verfahrens, es
sei denn, Sie haben der Aufnahme in unseren Talentpool zugestimmt.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
«Recruiter_Name»
----

Danke dir!
Melanie
""")
    return "NORMAL", "de", "internal", "trap: rejection letter text block with placeholders", m


@mail
def n18():
    m = new("TalentBridge Europe <insights@talentbridge.example>",
            "melanie.sturm@nordlicht-versicherung.example",
            "Wellbeing benefits candidates ask for in 2026 (mental health days, therapy budgets, …)",
            "2026-02-11 06:15:00", mid_style="system",
            headers=[("List-Unsubscribe", "<mailto:unsubscribe@talentbridge.example>")])
    html_only(m, """
<html><body>
<h1>TalentBridge Insights – February 2026</h1>
<p>Our survey of 4,200 job seekers in insurance and banking shows that wellbeing
benefits now rank third after salary and remote work.</p>
<ol>
<li><b>Mental health days</b> – 38&nbsp;% would prefer an employer offering extra days
off without a sick note.</li>
<li><b>Therapy budgets</b> – access to psychotherapy or coaching within two weeks,
paid by the employer, is valued especially by under-35s.</li>
<li><b>Company health insurance</b> – top-ups for glasses, dental treatment and
check-ups are mentioned by 41&nbsp;%.</li>
<li><b>Menopause and fertility support</b> – still rare in Germany, but growing fast
in UK and Dutch job ads.</li>
</ol>
<p>Download the full report (PDF, 22 pages) in your TalentBridge account.</p>
<p style="font-size:11px;color:#777">TalentBridge Europe B.V., Keizersgracht 1, Amsterdam.
You receive this because you subscribed to TalentBridge Insights.</p>
</body></html>
""")
    return "NORMAL", "en", "newsletter", "trap: HTML-only recruiting newsletter about therapy budgets, fertility and dental benefits", m


@mail
def n19():
    m = new("Lea Hinrichs <lea.hinrichs@nordlicht-versicherung.example>",
            "Onboarding Juni <onboarding-2026-06@nordlicht-versicherung.example>",
            "Welcome Day 1 June / Ablauf erster Arbeitstag",
            "2026-05-27 14:20:00")
    body(m, """
Hallo und herzlich willkommen bei Nordlicht! / Welcome to Nordlicht!

Ablauf Montag, 1. Juni 2026 / Agenda Monday, 1 June 2026:

 09:00  Empfang Foyer Gebäude A, Ausgabe Ausweis / badge pick-up
 09:30  Begrüßung durch Peter Hamann (Vorstand Personal)
 10:15  IT-Einweisung, Laptop-Ausgabe / IT onboarding, laptop hand-over
 11:30  Datenschutz & Informationssicherheit (Pflichtschulung)
 12:30  Mittagessen im Casino / lunch in the canteen
 13:30  Betriebsrat und Schwerbehindertenvertretung stellen sich vor
 14:15  Hausrundgang inkl. Sanitätsraum, Ruheraum, Fitnessraum
 15:00  Abholung durch eure Teams / your teams pick you up

Bitte bringt mit / please bring: Personalausweis oder Pass, falls noch
nicht geschehen die unterschriebene Datenschutzerklärung.

Bis Montag!
Lea Hinrichs, Recruiting & Onboarding
""")
    return "NORMAL", "mixed", "internal", "onboarding day agenda in German and English", m


@mail
def n20():
    m = new("Betriebsrat Nordlicht <betriebsrat@nordlicht-versicherung.example>",
            "alle-mitarbeitenden-bremen@nordlicht-versicherung.example",
            "BR-Info 2/2026: Mobiles Arbeiten, Gesundheitstag, Suchtprävention",
            "2026-04-22 12:00:00")
    body(m, """
BR-INFO 2/2026

1. Betriebsvereinbarung Mobiles Arbeiten
Die Verhandlungen sind abgeschlossen. Ab 1. Juli gilt: bis zu 60 % mobil,
Kernteamtage regelt jedes Team selbst, Zuschuss für Bildschirm und Stuhl
einmalig 350 €.

2. Gesundheitstag am 10. Juni
Rückenscreening, Hautkrebs-Screening durch eine Dermatologin, Blutdruck- und
Blutzuckermessung, Vortrag „Schlaf und Schichtarbeit". Alle Angebote sind
anonym, Ergebnisse bekommt nur ihr.

3. Suchtprävention
Die neue Betriebsvereinbarung zum Umgang mit Alkohol, Medikamenten und
anderen Suchtmitteln ist unterschrieben. Kern ist ein Stufenplan, der auf
Hilfe statt Strafe setzt. Ansprechpersonen (Suchtkrankenhelfer): im Intranet.

4. Sprechstunde
Dienstags 13–15 Uhr, Raum A 0.09, oder nach Vereinbarung.

Euer Betriebsrat
""")
    return "NORMAL", "de", "internal", "trap: works council newsletter on skin cancer screening, addiction prevention, no person", m


@mail
def n21():
    m = new("Wahlvorstand Betriebsratswahl <wahlvorstand@nordlicht-versicherung.example>",
            "alle-mitarbeitenden-bremen@nordlicht-versicherung.example",
            "Wahlausschreiben zur Wahl der Schwerbehindertenvertretung 2026",
            "2026-09-14 08:30:00")
    body(m, """
Wahlausschreiben

zur Wahl der Vertrauensperson der schwerbehinderten Menschen und ihrer
stellvertretenden Mitglieder im Betrieb Bremen der Nordlicht
Versicherungsgruppe

1. Die Wahl findet am Donnerstag, 12. November 2026, von 8:00 bis 15:00 Uhr
   im Raum A 0.09 statt. Briefwahl ist auf Antrag möglich.

2. Wahlberechtigt sind alle im Betrieb beschäftigten schwerbehinderten und
   ihnen gleichgestellten behinderten Menschen. Wählbar sind alle nicht nur
   vorübergehend Beschäftigten, die am Wahltag das 18. Lebensjahr vollendet
   haben und dem Betrieb seit mindestens sechs Monaten angehören; eine eigene
   Schwerbehinderung ist für die Wählbarkeit nicht erforderlich.

3. Die Liste der Wahlberechtigten liegt bis zum Wahltag beim Wahlvorstand
   zur Einsicht aus. Sie wird aus Datenschutzgründen nicht ausgehängt und
   nicht per Mail verschickt. Einsprüche gegen die Liste sind bis zum
   28.09.2026 schriftlich beim Wahlvorstand einzulegen.

4. Wahlvorschläge können bis zum 12.10.2026 beim Wahlvorstand eingereicht
   werden.

Der Wahlvorstand
""")
    return "NORMAL", "de", "internal", "trap: election notice of the disabled employees' representative, no individual named", m


@mail
def n22():
    m = new("EWC Secretariat <ewc@nordlicht-versicherung.example>",
            "EWC Members <ewc-members@nordlicht-versicherung.example>",
            "European Works Council – agenda plenary meeting 23/24 September 2026",
            "2026-09-01 10:00:00")
    body(m, """
Dear members of the European Works Council,

please find below the draft agenda for our plenary meeting in Bremen.
Interpretation will be provided in German, English, Polish and Dutch.

Wednesday, 23 September (preparatory meeting, employee side only)
  14:00  Welcome and adoption of the agenda
  14:30  Report of the select committee
  15:30  Workforce data 2025: headcount, sickness absence rate per country,
         turnover, training days
  17:00  Preparation of questions to central management

Thursday, 24 September (joint meeting with central management)
  09:00  Economic and financial situation of the group
  10:30  Transfer of claims handling for travel health from Gdańsk to Lisbon
  12:30  Lunch
  13:30  Occupational health and safety: psychosocial risks, lone working
  15:00  AOB, date of next meeting

Travel and hotel bookings are handled by the secretariat. Please send me
any dietary requirements or accessibility needs by 10 September.

Best regards
Hendrik Voss
EWC Secretariat
""")
    return "NORMAL", "en", "internal", "trap: European works council agenda with sickness absence rates and health and safety items", m


@mail
def n23():
    m = new("Aylin Demir <aylin.demir@nordlicht-versicherung.example>",
            "Buchhaltung Weser Facility <buchhaltung@weser-facility.example>",
            "Zahlungsavis 2026-KW14 / Ihre Rechnungen März",
            "2026-04-02 15:40:08")
    body(m, """
Sehr geehrte Damen und Herren,

wir haben heute folgende Rechnungen zur Zahlung angewiesen:

  RE-2026-0311   Unterhaltsreinigung Gebäude A, März        14.820,00 EUR
  RE-2026-0312   Unterhaltsreinigung Gebäude B, März        11.305,50 EUR
  RE-2026-0340   Sonderreinigung Sanitätsraum/Ruheraum         640,00 EUR
  abzgl. 2 % Skonto                                            -535,31 EUR
  Zahlbetrag                                                26.230,19 EUR

Empfängerkonto laut Stammdaten: Weser Facility Services GmbH,
IBAN DE56 2915 0071 0435 0963 80, Verwendungszweck „KW14-NL".

Bitte beachten Sie, dass wir ab 1. Mai nur noch E-Rechnungen im Format
XRechnung oder ZUGFeRD annehmen können.

Mit freundlichen Grüßen
Aylin Demir
Kreditorenbuchhaltung
Nordlicht Versicherung AG
""")
    return "NORMAL", "de", "insurer-to-supplier", "trap: payment advice with a GmbH supplier's IBAN (company account)", m


@mail
def n24():
    m = new("Holger Brinkmann <holger.brinkmann@nordlicht-versicherung.example>",
            "Finance Team <rewe-team@nordlicht-versicherung.example>",
            "Month-end close June 2026 – timetable and accruals",
            "2026-06-22 09:05:43")
    body(m, """
Hi all,

timetable for the June close (half-year, so the auditors will look at
everything twice):

  WD-2  Fri 26 Jun  cut-off supplier invoices, GR/IR clearing
  WD+1  Wed 1 Jul   payroll journal from HR (incl. bonus accrual H1)
  WD+2  Thu 2 Jul   claims reserves health/life/P&C from actuarial
  WD+3  Fri 3 Jul   accruals: unused holidays, overtime, long-service
                    awards, provision for pre-retirement part-time
  WD+5  Tue 7 Jul   IFRS 17 run, group reporting package
  WD+7  Thu 9 Jul   review with CFO

For the holiday accrual please use the headcount file from HR, not last
year's average. Sick-leave related items (continued pay, U1 refunds) stay
in personnel expenses, no separate accrual.

Thanks,
Holger
""")
    return "NORMAL", "en", "internal", "trap: month-end close timetable mentioning payroll, bonus, sick-leave items, no person", m


@mail
def n25():
    m = new("Anja Seidel <anja.seidel@nordlicht-versicherung.example>",
            "Vorstand <vorstand@nordlicht-versicherung.example>",
            "Vorab: Eckdaten Jahresabschluss 2025 Nordlicht Kranken",
            "2026-02-24 19:12:37")
    body(m, """
Liebe Kollegen,

vorab für die Sitzung am Donnerstag die wichtigsten Zahlen der Nordlicht
Krankenversicherung AG (vorläufig, noch nicht testiert):

- gebuchte Bruttobeiträge 1.412 Mio. € (+5,8 %)
- Versicherungsleistungen 1.036 Mio. €, Schadenquote 78,9 %
- Rückstellung für noch nicht abgewickelte Versicherungsfälle 512 Mio. €
- Alterungsrückstellung 9,84 Mrd. €
- RfB-Zuführung 96 Mio. €
- Leistungsausgaben je Vollversicherten +7,1 %, Treiber stationär und
  Arzneimittel (hochpreisige Onkologika)
- Beitragsanpassung 2027 voraussichtlich in den Kompakttarifen nötig

Die Lebens- und Sachgesellschaften folgen morgen.

Beste Grüße
Anja
""")
    return "NORMAL", "de", "internal", "trap: health insurer's annual figures and claims ratios, aggregates only", m


@mail
def n26():
    m = new("Holger Brinkmann <holger.brinkmann@nordlicht-versicherung.example>",
            "Julia Farnsworth <julia.farnsworth@harborfinch-audit.example>",
            "RE: PBC list interim audit 2026 – payroll and HR items",
            "2026-09-08 11:18:02",
            irt="<HF.PBC.2026.0907.1@harborfinch-audit.example>")
    body(m, """
Hi Julia,

thanks for the list. Owners and dates for the payroll/HR block:

  P-01  Payroll journals Jan–Aug, reconciled to GL        HR payroll, 18 Sep
  P-02  Headcount movement report (joiners/leavers)       HR controlling, 18 Sep
  P-03  Sample of 25 personnel files (your selection)     only on site, 29 Sep
  P-04  Bonus accrual calculation H1                      Finance, 18 Sep
  P-05  Pension obligation report (actuary)               Finance, 25 Sep
  P-06  Access rights review payroll system               IT, 25 Sep

As in previous years, personnel files and payslips can only be inspected
on site in the HR meeting room; we will not send them by e-mail. For P-03
please give us the personnel numbers of your sample one week ahead.

Best regards
Holger

> From: Julia Farnsworth
> Sent: Monday, 7 September 2026 17:41
> Subject: PBC list interim audit 2026
>
> Dear Holger, attached please find our PBC list for the interim audit.
> Could you assign owners and target dates? Many thanks, Julia
""")
    return "NORMAL", "en", "insurer-to-auditor", "auditors' document request list for payroll and personnel files, no data sent", m


@mail
def n27():
    m = new("HR Controlling <hr-controlling@nordlicht-versicherung.example>",
            "Dr. Frieder Haas <frieder.haas@nordlicht-versicherung.example>",
            "Kostenstellenbericht HR Q1/2026 – budget vs. actual",
            "2026-04-15 08:44:19")
    body(m, """
Hallo Herr Dr. Haas,

hier die Kurzfassung für Q1 (Details im Cockpit):

Kostenstelle              Budget Q1    Ist Q1     Abw.
4100 Personal allgemein     412 T€     398 T€     -3 %
4110 Recruiting             138 T€     171 T€    +24 %   (Headhunter IT)
4120 Aus- und Weiterbildung 205 T€     162 T€    -21 %
4130 Betriebliches Gesund-   64 T€      58 T€     -9 %
     heitsmanagement
4140 Betriebsarzt/Sifa       41 T€      41 T€      0 %

Overall we are slightly below budget. The recruiting overrun is explained
by two executive searches (IT security, actuarial). Forecast for the full
year unchanged.

Viele Grüße
Simone Hartwig
HR Controlling
""")
    return "NORMAL", "mixed", "internal", "HR cost centre report, budget figures only", m


@mail
def n28():
    m = new("Dr. Matthias Vogt <matthias.vogt@nordlicht-versicherung.example>",
            "Prüfungsausschuss <pruefungsausschuss@nordlicht-versicherung.example>",
            "Revisionsplan 2026 (Entwurf) zur Sitzung am 03.12.",
            "2026-11-19 16:30:00")
    body(m, """
Sehr geehrte Damen und Herren,

anbei der Entwurf des risikoorientierten Prüfungsplans 2026/27 zur Kenntnis
und Beschlussfassung:

 Nr.  Prüfungsfeld                                          Risiko  PT
 1    Leistungsbearbeitung Kranken: Arzneimittel, Hilfsmittel hoch    60
 2    Betrugsprävention Krankentagegeld / BU-Leistungen      hoch    45
 3    Entgeltabrechnung inkl. Sonderzahlungen, Pfändungen    mittel  35
 4    Berechtigungen auf Gesundheitsdaten im Bestandssystem  hoch    30
 5    Auslagerung Betriebsarzt / Arbeitsmedizin              niedrig 10
 6    Reisekosten und Bewirtung Vorstand                     mittel  15
 7    Umsetzung DORA – IKT-Drittparteien                      hoch    40
 8    Beschwerdemanagement (BaFin-Rundschreiben)             mittel  20

Summe 255 Prüfertage, Kapazität 270.

Mit freundlichen Grüßen
Dr. Matthias Vogt
Leiter Konzernrevision
""")
    return "NORMAL", "de", "internal", "trap: audit plan naming health data, sick pay fraud and garnishments as audit areas", m


@mail
def n29():
    m = new("Stefanie Lange <stefanie.lange@nordlicht-versicherung.example>",
            "Group Audit <group-audit@nordlicht-holding.example>",
            "Audit report 2026-07 Payroll – executive summary",
            "2026-07-30 13:11:45")
    body(m, """
Dear colleagues,

for your group consolidation, the executive summary of our payroll audit:

Overall rating: satisfactory with findings (2 medium, 3 low).

M1  Changes to bank details in the payroll system were accepted from
    e-mails without call-back verification in 4 of 40 sampled cases.
    Recommendation: mandatory call-back or self-service only.
M2  Sick-pay supplement (Krankengeldzuschuss) was calculated manually in
    a spreadsheet; two calculation errors (EUR 112 and EUR 37).
    Recommendation: use the standard payroll module.
L1  Leavers' access to the HR portal removed after 9 days on average
    (target 1 day).
L2  Documentation of garnishment priority incomplete in 1 case.
L3  Four-eyes check of one-off payments not evidenced for Q1.

Management has accepted all findings; due dates between 30 Sep and
31 Dec 2026. The full report is available in the audit tool.

Kind regards
Stefanie Lange
Konzernrevision / Internal Audit
""")
    return "NORMAL", "en", "internal", "trap: audit summary on bank-detail changes and sick-pay errors, no employee identifiable", m


@mail
def n30():
    m = new("Datenschutz Nordlicht <datenschutz@nordlicht-versicherung.example>",
            "Leistung Kranken alle <lk-alle@nordlicht-versicherung.example>",
            "Pflichtschulung Datenschutz 2026 – Unterlagen und Übungsfall",
            "2026-03-03 09:00:00")
    body(m, """
Liebe Kolleginnen und Kollegen,

vielen Dank für die rege Teilnahme an der Präsenzschulung. Hier der
Übungsfall zum Nachlesen. Alle Angaben sind frei erfunden.

Übungsfall „Max Mustermann (fiktiv)"
Herr Max Mustermann, geb. 01.01.1970, Musterstraße 1, 12345 Musterstadt,
Versicherungsnummer KV 000-000000-0, reicht eine Rechnung seines Orthopäden
ein (Diagnose M54.5 Kreuzschmerz, 6 x Krankengymnastik). Seine Ehefrau
Erika Mustermann ruft an und möchte wissen, ob die Rechnung schon bezahlt ist.

Fragen:
1. Darf Frau Mustermann Auskunft erhalten? (Lösung: nein, nur mit
   Vollmacht bzw. Schweigepflichtentbindung des Versicherten)
2. Darf die Rechnung per unverschlüsselter Mail an Herrn Mustermann
   gehen? (Lösung: nur mit Einwilligung, sonst Postfach im Portal)
3. Welche Datenkategorie liegt vor? (Lösung: Gesundheitsdaten, Art. 9
   DSGVO, zusätzlich § 203 StGB)

Die Folien findet ihr im Lernportal. Der Test muss bis 31.03. abgeschlossen
sein.

Viele Grüße
Dr. Hannah Petersen
Datenschutzbeauftragte
""")
    return "NORMAL", "de", "internal", "trap: data-protection training case with fictitious Max Mustermann, birth date and diagnosis", m


@mail
def n31():
    m = new("Dr. Hannah Petersen <hannah.petersen@nordlicht-versicherung.example>",
            "Poststelle LfDI <office@datenschutz-bremen.example>",
            "Meldung nach Art. 33 DSGVO – Ihr Az. 33-412/2026 – Nachtrag",
            "2026-05-19 17:26:40")
    body(m, """
Sehr geehrte Damen und Herren,

zu unserer Erstmeldung vom 15.05.2026 (Ihr Aktenzeichen 33-412/2026)
ergänzen wir wie angekündigt:

1. Art des Vorfalls: Ein Sammelbrief zur Beitragsanpassung wurde wegen
   eines Fehlers in der Druckstraße bei einem Teil der Sendungen mit einer
   fremden zweiten Seite kuvertiert.

2. Betroffene: nach Abschluss der Auswertung 338 Versicherungsnehmer der
   Krankheitskostenvollversicherung; Empfänger einer fremden Seite: 338.

3. Datenkategorien: Name, Anschrift, Versicherungsnummer, Tarifbezeichnung,
   Monatsbeitrag; in 41 Fällen zusätzlich ein Risikozuschlag ohne Angabe
   des Grundes. Diagnosen oder Leistungsdaten waren nicht enthalten.

4. Maßnahmen: Stopp der Druckstraße am 14.05., Benachrichtigung aller
   Betroffenen nach Art. 34 DSGVO am 18.05., Bitte um Rücksendung bzw.
   Vernichtung der fremden Seiten (bisher 212 Rückläufer), Vier-Augen-Prüfung
   bei Änderungen der Kuvertierlogik.

Eine Liste der betroffenen Personen stellen wir Ihnen bei Bedarf über
unseren gesicherten Austausch zur Verfügung.

Mit freundlichen Grüßen
Dr. Hannah Petersen
Datenschutzbeauftragte der Nordlicht Versicherungsgruppe
""")
    return "NORMAL", "de", "insurer-to-authority", "trap: breach notification to the DPA with counts and categories, no affected person named", m


@mail
def n32():
    m = new("Dr. Hannah Petersen <hannah.petersen@nordlicht-versicherung.example>",
            "Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "VVT-Eintrag „Betriebliches Eingliederungsmanagement\" – bitte prüfen",
            "2026-01-27 11:52:13")
    body(m, """
Hallo Frau Behrendt,

für das Verzeichnis der Verarbeitungstätigkeiten habe ich den Eintrag zum
BEM neu gefasst. Bitte prüfen Sie insbesondere die Löschfristen.

Bezeichnung:      Betriebliches Eingliederungsmanagement (BEM)
Verantwortlich:   Nordlicht Versicherung AG, Personal
Zweck:            Überwindung von Arbeitsunfähigkeit, Vorbeugung erneuter
                  Arbeitsunfähigkeit, Erhalt des Arbeitsplatzes
                  (§ 167 Abs. 2 SGB IX)
Rechtsgrundlage:  Art. 6 Abs. 1 lit. c, Art. 9 Abs. 2 lit. b und h DSGVO,
                  § 26 Abs. 3 BDSG; freiwillige Angaben: Einwilligung
Betroffene:       Beschäftigte mit mehr als sechs Wochen AU in 12 Monaten
Datenkategorien:  Stammdaten, AU-Zeiträume, Angaben zu Einschränkungen und
                  Maßnahmen, ggf. freiwillig mitgeteilte Diagnosen,
                  Stellungnahmen Betriebsarzt
Empfänger:        BEM-Team (Personal, BR, ggf. SBV), Betriebsarzt;
                  Führungskraft nur Ergebnis der Maßnahmen
Löschung:         3 Jahre nach Abschluss; Einladungsschreiben und
                  Ablehnung in der Personalakte bis Austritt + 3 Jahre
TOMs:             getrennte BEM-Akte, Zugriff nur BEM-Team, Verschlüsselung

Danke und viele Grüße
Hannah Petersen
""")
    return "NORMAL", "de", "internal", "trap: record of processing activities for BEM listing diagnoses and sick periods as categories", m


@mail
def n33():
    m = new("Dr. Hannah Petersen <hannah.petersen@nordlicht-versicherung.example>",
            "HR Cloud Project <hrcloud-projekt@nordlicht-versicherung.example>",
            "DPIA HR cloud suite – summary of results",
            "2026-06-10 14:05:55")
    body(m, """
Dear project team,

the data protection impact assessment for the new HR cloud suite is
complete. Summary:

Scope: core HR, payroll interface, absence management, recruiting,
learning. Data subjects: approx. 3,100 employees, former employees and
applicants.

High-risk data: bank details, salary, tax and social security data;
absence reasons (sickness, child sickness, maternity protection);
severe-disability status; trade union dues where deducted; church tax
attribute.

Key measures agreed:
- absence type "sickness" visible to line managers only as "absent"
- severe-disability, union and church attributes restricted to payroll
- hosting in EU data centres only; no support access from third countries
- encryption at rest with customer-managed keys
- deletion concept implemented before go-live

Residual risk: acceptable. Works council consultation on the
co-determination agreement is still open.

Best regards
Hannah Petersen
Data Protection Officer
""")
    return "NORMAL", "en", "internal", "trap: DPIA summary listing sickness, disability, union and church attributes as categories", m


@mail
def n34():
    m = new("IT-Sicherheit <it-security@nordlicht-versicherung.example>",
            "alle-mitarbeitenden@nordlicht-versicherung.example",
            "Achtung Phishing: „Ihre Gehaltsabrechnung steht bereit\"",
            "2026-07-08 10:33:21")
    body(m, """
Liebe Kolleginnen und Kollegen,

seit heute Morgen erreichen uns Mails mit dem Betreff „Ihre
Gehaltsabrechnung Juni 2026 steht bereit" bzw. „Korrektur
Lohnsteuerbescheinigung". Absender ist angeblich „Personalabteilung
Nordlicht", tatsächlich kommen sie von einer fremden Domain.

Der Link führt auf eine gefälschte Anmeldeseite, die euer Passwort und die
Bankverbindung abfragt („zur Bestätigung Ihrer IBAN").

Bitte
- nicht klicken, nichts eingeben,
- die Mail über den Button „Phishing melden" in Outlook melden,
- falls ihr schon Daten eingegeben habt: sofort den Service Desk anrufen
  (Durchwahl -7777).

Unsere echten Abrechnungen kommen nie per Mail, sondern nur im
Mitarbeiterportal, und niemand von uns fragt per Mail nach eurer IBAN.

Eure IT-Sicherheit
""")
    return "NORMAL", "de", "internal", "trap: phishing warning about fake payslip mails asking for IBAN", m


@mail
def n35():
    m = new("Service Desk <servicedesk@nordlicht-versicherung.example>",
            "Olga Schäfer <olga.schaefer@nordlicht-versicherung.example>",
            "[SD-2026-048812] Password reset completed",
            "2026-01-07 08:03:11", mid_style="system",
            headers=[("Auto-Submitted", "auto-generated")])
    body(m, """
Hello Olga Schäfer,

your request SD-2026-048812 "Password reset Windows account" has been
resolved.

A temporary password was given to you by phone. You will be asked to change
it at your next login. If you did not request this reset, contact the
Service Desk immediately at +49 421 5590-7777.

This is an automated message from the Nordlicht Service Desk (Gdańsk).
Please do not reply to this e-mail.
""", cte="8bit")
    return "NORMAL", "en", "system-notification", "service desk password-reset notification", m


@mail
def n36():
    m = new("Service Desk <servicedesk@nordlicht-versicherung.example>",
            "Sven Claassen <sven.claassen@nordlicht-versicherung.example>",
            "[SD-2026-051237] Scanstraße 2 zieht Arztrechnungen schief ein",
            "2026-02-02 13:47:02", mid_style="system",
            headers=[("Auto-Submitted", "auto-generated")])
    body(m, """
Ticket SD-2026-051237 wurde aktualisiert.

Kategorie:   Hardware > Scanner > Posteingangsscanner
Priorität:   2 – hoch
Melder:      Sven Claassen (Leistung Kranken ambulant)
Beschreibung (Melder):
  Seit Freitag zieht Scanstraße 2 im Posteingang Kranken die Arzt- und
  Zahnarztrechnungen schief ein, bei dünnem Papier (Rezepte,
  Apothekenquittungen) gibt es Papierstau. Die OCR erkennt dadurch
  GOÄ-Ziffern und Diagnosen nicht mehr, alles landet in der manuellen
  Nachbearbeitung. Rückstau ca. 1.800 Belege.

Neuer Kommentar (Nina Hoffmann, 2nd Level):
  Techniker von DocuScan ist für morgen 8 Uhr bestellt. Bis dahin bitte
  Scanstraße 1 und 3 nutzen, dünne Belege mit Trägerfolie.

Status: In Bearbeitung
""")
    return "NORMAL", "de", "system-notification", "trap: scanner ticket about doctors' invoices and diagnoses in OCR, no patient", m


@mail
def n37():
    m = new("Microsoft Exchange <postmaster@nordlicht-versicherung.example>",
            "Graham Whitfield <graham.whitfield@nordlicht-versicherung.example>",
            "Your mailbox is almost full",
            "2026-08-19 06:00:04", mid_style="system",
            headers=[("Auto-Submitted", "auto-generated")])
    body(m, """
Your mailbox is almost full.

Mailbox size: 48.7 GB of 50 GB

When your mailbox is full you will not be able to send mail. Delete items
you no longer need, empty the Deleted Items folder, or move old mail to
the archive. Attachments from customers must be filed in the DMS and
deleted from the mailbox (see policy IT-07).
""", cte="7bit")
    return "NORMAL", "en", "system-notification", "mailbox quota warning", m


@mail
def n38():
    m = new("Pascal Yilmaz <pascal.yilmaz@nordlicht-versicherung.example>",
            "Team Beschwerdemanagement <beschwerde@nordlicht-versicherung.example>",
            "Laptop exchange next week – your slots",
            "2026-03-26 15:16:10")
    body(m, """
Hi team,

your new laptops are ready. Please bring the old device, charger and
docking key to the IT shop (A 0.21) at your slot:

  Mon 30.03.  09:00  Tobias Rehder
  Mon 30.03.  09:30  Nadine Grünewald
  Mon 30.03.  10:00  Ömer Tekin
  Tue 31.03.  09:00  Kirsten Hollmann
  Tue 31.03.  09:30  Lisa Ahrens

Takes about 30 minutes, your OneDrive will sync automatically. Save local
files first!

Cheers
Pascal, IT Client Services
""")
    return "NORMAL", "en", "internal", "laptop exchange slots with staff names", m


@mail
def n39():
    m = new("Change Management <change@nordlicht-versicherung.example>",
            "CAB <cab@nordlicht-versicherung.example>",
            "CHG0041187 genehmigt: Migration Leistungsarchiv KV (Arztberichte, Gutachten) auf neuen Storage",
            "2026-10-08 18:20:45", mid_style="system")
    body(m, """
Change CHG0041187 wurde vom CAB genehmigt.

Titel:      Migration Leistungsarchiv Krankenversicherung auf Storage-Cluster B
Inhalt:     ca. 41 Mio. Dokumente (Arztberichte, Krankenhausentlassungsberichte,
            Gutachten, Rezepte, Heil- und Kostenpläne), 212 TB
Fenster:    Sa 24.10.2026 20:00 – So 25.10.2026 14:00
            (Achtung: Zeitumstellung in der Nacht, Fenster verlängert sich
            um eine Stunde)
Risiko:     mittel; Rückfallebene: alter Storage bleibt 30 Tage read-only
Auswirkung: Leistungsarchiv KV im Fenster nicht verfügbar, Posteingang
            läuft in die Warteschlange
Verantw.:   Infrastruktur / Storage, Fachseite Leistung Kranken

Datenschutz: Daten bleiben im eigenen Rechenzentrum, Verschlüsselung
at rest bleibt aktiv, keine Kopie auf Testsysteme.
""")
    return "NORMAL", "de", "system-notification", "trap: change notice on migrating the medical-reports archive, system data only", m


@mail
def n40():
    m = new("Claudia Reimers <claudia.reimers@nordlicht-versicherung.example>",
            "Vertrieb Weser Facility <vertrieb@weser-facility.example>",
            "Rahmenvertrag Unterhaltsreinigung 2027–2029 – Vertragsentwurf",
            "2026-10-20 10:11:37")
    body(m, """
Sehr geehrter Herr Thielemann,

anbei unsere Anmerkungen zum Vertragsentwurf, damit wir den Vertrag bis
Ende November zeichnen können:

§ 3   Leistungsumfang: bitte die Sonderreinigung Sanitätsraum, Ruheraum und
      Stillzimmer (wöchentlich, Flächendesinfektion) als eigene Position.
§ 7   Vertraulichkeit: Ihr Personal darf Akten, Bildschirme und Post auf den
      Schreibtischen nicht berühren; Papierkörbe in den Leistungsabteilungen
      bleiben unberührt (Datenschutztonnen leert der Aktenvernichter).
§ 9   Vergütung: 26.480 € netto monatlich, Preisgleitklausel nach
      Tariflohn Gebäudereinigung.
§ 12  Zahlung: 30 Tage netto auf Ihr Geschäftskonto Weser Facility
      Services GmbH, IBAN DE56 2915 0071 0435 0963 80.

Mit freundlichen Grüßen
Claudia Reimers
Einkauf · Nordlicht Versicherung AG
""")
    return "NORMAL", "de", "insurer-to-supplier", "trap: cleaning contract draft with a GmbH's IBAN and confidentiality clause", m


@mail
def n41():
    m = new("Casino Nordlicht <casino@nordlicht-versicherung.example>",
            "alle-mitarbeitenden-bremen@nordlicht-versicherung.example",
            "Speiseplan KW 11 (09.–13.03.)",
            "2026-03-06 12:30:00")
    body(m, """
Speiseplan KW 11

Montag     Linsen-Dal mit Basmatireis (vegan, glutenfrei)
           Hähnchenbrust, Kräuterrahm, Bandnudeln (A, C, G)
Dienstag   Grünkohl mit Pinkel und Bratkartoffeln (I, L)
           Gemüsebratling, Joghurtdip (A, G, vegetarisch)
Mittwoch   Seelachs in Senfsoße, Salzkartoffeln (D, G, J)
           Ofengemüse mit Feta (G, vegetarisch)
Donnerstag Chili sin Carne (vegan, glutenfrei, laktosefrei)
Freitag    Fischbrötchen-Tag; Kartoffelsuppe (I, laktosefrei)

Allergene: A Gluten, C Ei, D Fisch, G Milch/Laktose, I Sellerie,
J Senf, L Schwefeldioxid. Wer wegen einer Zöliakie oder anderen
Unverträglichkeit regelmäßig ein angepasstes Essen braucht, spricht bitte
einfach das Küchenteam an.

Guten Appetit!
Euer Casino-Team
""")
    return "NORMAL", "de", "internal", "canteen menu with allergens, coeliac disease mentioned in general", m


@mail
def n42():
    m = new("Claudia Reimers <claudia.reimers@nordlicht-versicherung.example>",
            "Disposition Aktenex <dispo@aktenex-nord.example>",
            "Abholung Datenschutzbehälter Leistung Kranken / Leben – Sondertermin",
            "2026-12-01 08:58:10")
    body(m, """
Guten Morgen Frau Yildirim,

wegen des Jahresendes haben die Leistungsabteilungen Kranken und Leben
deutlich mehr Material zur Vernichtung als üblich (Papierbelege nach dem
Scannen: Arztrechnungen, Rezepte, Gutachten, Krankenhausberichte,
BU-Fragebögen). Wir benötigen zusätzlich zur regulären Leerung:

- 24 Datenschutzbehälter 240 l, Sicherheitsstufe P-4 / Schutzklasse 3
- Abholung am 17.12.2026 ab 7:00 Uhr, Warenannahme Tor 2
- Vernichtungsprotokoll je Behälter wie vertraglich vereinbart

Die Behälter müssen bis zur Abholung verschlossen bleiben und dürfen nicht
zwischengelagert werden. Bitte bestätigen Sie den Termin kurz.

Mit freundlichen Grüßen
Claudia Reimers
Einkauf
""")
    return "NORMAL", "de", "insurer-to-supplier", "trap: shredding order for doctors' invoices and hospital reports, no patient", m


@mail
def n43():
    m = new("LiftService Nord <service@liftservice-nord.example>",
            "Bernd Lüders <bernd.lueders@nordlicht-versicherung.example>",
            "Maintenance report – Lift 2 Building A (order 77-3318)",
            "2026-08-12 16:40:02")
    body(m, """
Dear Mr Lüders,

our technician completed the scheduled maintenance of lift 2 (Building A,
serial no. KL-4410-88) today.

Findings:
- door rollers worn on floors 3 and 4, replaced
- emergency call system tested, connection to control centre OK
- levelling accuracy within tolerance (±5 mm)
- next statutory inspection (ZÜS) due 03/2027

No restrictions on operation. The invoice follows separately.

Kind regards
Marek Kowalski
Service Technician, LiftService Nord GmbH
""")
    return "NORMAL", "en", "supplier-to-insurer", "lift maintenance report", m


@mail
def n44():
    m = new("Bernd Lüders <bernd.lueders@nordlicht-versicherung.example>",
            "Dr. med. Ulrike Brandt <u.brandt@arbeitsmed-nord.example>",
            "Umbau Sanitätsraum / Ruheraum – Ihre Anforderungen",
            "2026-07-14 10:22:48")
    body(m, """
Sehr geehrte Frau Dr. Brandt,

im Herbst bauen wir den Sanitätsraum im EG Gebäude A um und legen ihn mit
dem Ruheraum zusammen. Nach ASR A4.3 planen wir bisher:

- Liege mit Kopfteilverstellung, Sichtschutz, abschließbarer
  Medikamentenschrank (nur Erste-Hilfe-Material, keine Arzneimittel)
- Waschbecken mit Armhebelarmatur, Desinfektionsspender
- separater Ruheraum mit zwei Liegen, z. B. für Kolleginnen in der
  Schwangerschaft oder bei Migräne
- AED an der Außenwand, Notruf

Fehlt aus Ihrer Sicht etwas für Ihre Sprechstunden (Impfungen,
Vorsorgeuntersuchungen, Sehtests)? Ihre Rückmeldung bis Ende Juli wäre
prima.

Mit freundlichen Grüßen
Bernd Lüders
Facility Management
""")
    return "NORMAL", "de", "insurer-to-doctor", "trap: first-aid room renovation mentioning pregnancy, migraine and vaccinations in general", m


@mail
def n45():
    m = new("Claudia Reimers <claudia.reimers@nordlicht-versicherung.example>",
            "bids@occuhealth-partners.example",
            "RFP 2026-14: Occupational health services for Nordlicht Insurance Group",
            "2026-05-11 09:00:00",
            cc="Thomas Kruse <thomas.kruse@nordlicht-versicherung.example>")
    body(m, """
Dear Sir or Madam,

Nordlicht Insurance Group invites you to submit a proposal for
occupational health services (company doctor) for its sites in Bremen,
Hamburg and Hanover (approx. 3,100 employees) from 1 January 2027.

Scope of services:
- statutory occupational medical care under ArbMedVV (screen work,
  night work, driving activities)
- advice on risk assessments, BEM and graded return to work
- flu vaccination campaigns and travel vaccinations for business travel
- participation in the safety committee (4 meetings per year)
- health days and ergonomic workplace inspections

Requirements: physicians specialised in occupational medicine, German
language skills (C1), data processing exclusively within the EU, medical
records kept separately from the employer.

Deadline for questions: 25 May 2026. Deadline for proposals: 15 June
2026, via our e-procurement portal only.

Kind regards
Claudia Reimers
Procurement, Nordlicht Versicherung AG
""")
    return "NORMAL", "en", "insurer-to-supplier", "trap: tender for occupational health services with vaccinations and BEM in scope", m


@mail
def n46():
    m = new("Claudia Reimers <claudia.reimers@nordlicht-versicherung.example>",
            "Bestellung Bürowelt <bestellung@buerowelt-bremen.example>",
            "Bestellung 4500019102",
            "2026-01-21 14:02:33")
    body(m, """
Guten Tag,

bitte liefern Sie zu Rahmenvertrag RV-2024-08:

  50 Pck.  Kopierpapier A4 80 g, Recycling, 500 Bl.
  20 St.   Ordner breit, blau
  10 St.   Whiteboard-Marker-Set
   4 St.   Flipchartblock kariert
   2 St.   Laminiergerät A3

Lieferung an Poststelle Gebäude A. Rechnung mit Bestellnummer an
rechnungseingang@nordlicht-versicherung.example.

Danke!
Claudia Reimers, Einkauf
""", charset="iso-8859-1", cte="8bit")
    return "NORMAL", "de", "insurer-to-supplier", "office supplies purchase order", m


@mail
def n47():
    m = new("Claudia Reimers <claudia.reimers@nordlicht-versicherung.example>",
            "Vertragsmanagement PayLogic <vertrag@paylogic-software.example>",
            "AV-Vertrag Entgeltabrechnung – Anlage 1 (Datenkategorien) abgestimmt",
            "2026-02-05 16:18:29",
            cc="Dr. Hannah Petersen <hannah.petersen@nordlicht-versicherung.example>")
    body(m, """
Sehr geehrte Frau Lorenz,

unsere Datenschutzbeauftragte hat Anlage 1 des Auftragsverarbeitungs-
vertrags freigegeben. Die abgestimmte Fassung:

Anlage 1 – Gegenstand, Art und Zweck der Verarbeitung
Kategorien betroffener Personen: Beschäftigte, Auszubildende,
Praktikanten, Betriebsrentner, Hinterbliebene.
Kategorien personenbezogener Daten: Stammdaten (Name, Anschrift,
Geburtsdatum), Bankverbindung, Steuer-ID und Steuermerkmale einschließlich
Religionszugehörigkeit für die Kirchensteuer, Sozialversicherungsnummer,
Krankenkasse, Entgelt- und Zeitdaten, Fehlzeiten mit Art der Abwesenheit
(z. B. Arbeitsunfähigkeit, Mutterschutz), Schwerbehinderung,
Pfändungen, Gewerkschaftsbeiträge bei Einbehalt.
Besondere Kategorien nach Art. 9 DSGVO: ja (siehe oben).

Bitte lassen Sie uns den Vertrag zur Unterschrift über DocuSign zukommen.

Mit freundlichen Grüßen
Claudia Reimers
Einkauf
""")
    return "NORMAL", "de", "insurer-to-supplier", "trap: data processing agreement listing religion, sickness, disability, union dues as categories", m


@mail
def n48():
    m = new("Accounts Receivable <ar@cleardesk-solutions.example>",
            "Kreditoren <kreditoren@nordlicht-versicherung.example>",
            "Supplier onboarding form – ClearDesk Solutions Ltd",
            "2026-04-20 11:45:10")
    body(m, """
Dear Accounts Payable team,

as requested, our supplier master data:

Company name:     ClearDesk Solutions Ltd
Registered office: 14 Harbour Road, Belfast BT3 9DT, United Kingdom
Company no.:      NI 681204
VAT ID:           GB 412 7788 90
Bank:             Ulster Commercial Bank, Belfast
IBAN:             GB33 BUKB 2020 1555 5555 55
SWIFT/BIC:        BUKBGB22
Payment terms:    30 days net
Contact:          accounts@cleardesk-solutions.example

Please use our purchase order number on all remittances.

Kind regards
Accounts Receivable
ClearDesk Solutions Ltd
""")
    return "NORMAL", "en", "supplier-to-insurer", "trap: supplier master data with a limited company's bank account", m


@mail
def n49():
    m = new("Marlene Graf <marlene.graf@nordlicht-versicherung.example>",
            "Vorstand <vorstand@nordlicht-versicherung.example>",
            "Tagesordnung Vorstandssitzung 12.03.2026",
            "2026-03-09 17:05:00",
            cc="Generalbevollmächtigte <gbv@nordlicht-versicherung.example>")
    body(m, """
Sehr geehrte Damen und Herren,

anbei die Tagesordnung für die Vorstandssitzung am Donnerstag, 12.03.2026,
9:00 Uhr, Vorstandsetage Raum V.01.

 1. Protokoll der Sitzung vom 26.02.2026
 2. Jahresabschluss 2025 der Einzelgesellschaften (Frau Seidel)
 3. Produkteinführung Pflegetagegeld „Pflege Plus" zum 01.07. (Dr. Rademacher)
 4. Personalbericht: Krankenquote 2025 (5,9 %), Fluktuation,
    Altersstruktur (Herr Hamann)
 5. Beschwerdebericht Q4/2025 inkl. BaFin-Beschwerden (Herr Dr. Overbeck)
 6. Betriebsvereinbarung Mobiles Arbeiten – Zustimmung
 7. Verschiedenes

Die Unterlagen stehen ab morgen 12 Uhr im Board-Portal.

Mit freundlichen Grüßen
Marlene Graf
Vorstandsbüro
""")
    return "NORMAL", "de", "internal", "trap: board agenda with sickness rate and long-term care product, no person data", m


@mail
def n50():
    m = new("Corporate Communications <presse@nordlicht-versicherung.example>",
            "Investor Relations <ir@nordlicht-versicherung.example>",
            "Final: press release annual report 2025 (EN) – embargo 26 March, 07:00",
            "2026-03-25 18:33:12")
    body(m, """
EMBARGO: 26 March 2026, 07:00 CET

Nordlicht Insurance Group publishes annual report 2025

Bremen – Nordlicht Insurance Group grew gross written premiums by 4.9 %
to EUR 3.21 billion in 2025. Net income rose to EUR 187 million.

Health: premiums +5.8 %, claims ratio 78.9 %.
Life: new business APE EUR 212 million, stable surrender rates.
P&C: combined ratio 96.4 % despite storm losses in the fourth quarter.

Total remuneration of the Executive Board amounted to EUR 4.6 million
(2024: EUR 4.4 million), of which 38 % variable. Details are disclosed in
the remuneration report, which forms part of the annual report.

The workforce grew to 3,108 employees (2024: 3,042). The sickness absence
rate was 5.9 %.

Contact: Corporate Communications, presse@nordlicht-versicherung.example
""")
    return "NORMAL", "en", "internal", "trap: press release with aggregate board remuneration and sickness rate", m


@mail
def n51():
    m = new("Marlene Graf <marlene.graf@nordlicht-versicherung.example>",
            "Fahrdienst <fahrdienst@nordlicht-versicherung.example>",
            "Fahrten Dr. Overbeck KW 17",
            "2026-04-17 14:09:51")
    body(m, """
Hallo Herr Kuhlmann,

die Fahrten für Herrn Dr. Overbeck nächste Woche:

Mo 20.04.  06:45 ab Wohnung -> Flughafen Bremen (Flug nach München 08:05)
Di 21.04.  19:30 Flughafen Bremen Ankunft LH 2102 -> Wohnung
Do 23.04.  11:30 Weserufer -> Handelskammer Bremen, Rückfahrt ca. 15:00
Fr 24.04.  keine Fahrten

Danke und ein schönes Wochenende!
Marlene Graf
Vorstandsbüro
""")
    return "NORMAL", "de", "internal", "board member's car schedule, organisational", m


@mail
def n52():
    m = new("Birte Wendelken <birte.wendelken@nordlicht-versicherung.example>",
            "Team Kundenservice Leben <ks-leben@nordlicht-versicherung.example>",
            "Geburtstage im April 🎂",
            "2026-03-31 16:02:27")
    body(m, """
Hallo ihr Lieben,

im April haben gleich drei von uns Geburtstag:

  07.04.  Jasper
  15.04.  Hülya
  28.04.  Renate

Wir feiern wie immer gesammelt am Donnerstag, 30.04., um 15 Uhr in der
Teeküche. Wer Kuchen backen mag, trägt sich bitte in die Liste an der
Pinnwand ein. Für das Geschenk sammle ich bis 24.04. je 3 € ein.

Liebe Grüße
Birte
""")
    return "NORMAL", "de", "internal", "trap: team birthday reminder with day and month only, no year", m


@mail
def n53():
    m = new("Peter Hamann <peter.hamann@nordlicht-versicherung.example>",
            "alle-mitarbeitenden@nordlicht-versicherung.example",
            "Wir trauern um Hans-Georg Tiedemann",
            "2026-01-29 11:00:00")
    body(m, """
Liebe Kolleginnen und Kollegen,

mit großer Betroffenheit haben wir erfahren, dass unser langjähriger
Kollege

Hans-Georg Tiedemann

am 25. Januar 2026 im Alter von 61 Jahren verstorben ist.

Herr Tiedemann war 34 Jahre bei Nordlicht tätig, zuletzt als Gruppenleiter
in der Vertragsabteilung Sach. Viele von uns haben ihn als geduldigen
Ausbilder und hilfsbereiten Kollegen kennengelernt, der für jede Frage
Zeit hatte.

Unser Mitgefühl gilt seiner Frau und seinen beiden Töchtern.

Die Trauerfeier findet auf Wunsch der Familie im engsten Kreis statt. Ein
Kondolenzbuch liegt bis zum 6. Februar im Foyer von Gebäude A aus.

Im Namen des Vorstands und des Betriebsrats
Peter Hamann
""")
    return "NORMAL", "de", "internal", "obituary of a colleague without any cause of death or illness", m


@mail
def n54():
    m = new("Holger Brinkmann <holger.brinkmann@nordlicht-versicherung.example>",
            "Jan Piepenbrink <jan.piepenbrink@steuerberatung-piepenbrink.example>",
            "Automatische Antwort: Unterlagen Verrechnungspreise",
            "2026-08-03 09:14:22",
            headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    body(m, """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 21.08.2026 im Urlaub und lese meine Mails in
dieser Zeit nicht. In dringenden Fällen wenden Sie sich bitte an Frau Aylin
Demir (aylin.demir@nordlicht-versicherung.example, Tel. 0421 5590-3312).

Thank you for your message. I am on annual leave until 21 August 2026.

Holger Brinkmann
Leiter Rechnungswesen
""")
    return "NORMAL", "de", "insurer-to-partner", "out-of-office for annual leave", m


@mail
def n55():
    m = new("Personal Bremen <personal@nordlicht-versicherung.example>",
            "Führungskräfte Bremen <fuehrungskraefte@nordlicht-versicherung.example>",
            "Dienstjubiläen 2. Halbjahr 2026",
            "2026-06-26 10:40:00")
    body(m, """
Liebe Führungskräfte,

im zweiten Halbjahr feiern folgende Kolleginnen und Kollegen ein
Dienstjubiläum. Bitte denkt an eine Würdigung im Team; die
Jubiläumsfeier mit dem Vorstand findet am 19.11. statt.

40 Jahre
  Renate Kuhlmann, Kundenservice Leben (01.08.)
  Dieter Osterloh, Rechenzentrum (01.10.)
25 Jahre
  Anke Mehrtens, Vertrieb Innendienst (01.07.)
  Stefan Rosebrock, Schaden Kfz (01.09.)
  Yvonne Brüning, Leistung Kranken stationär (15.09.)
10 Jahre
  Kai-Uwe Helms, IT Anwendungsentwicklung (01.07.)
  Svetlana Morozova, Rechnungswesen (01.10.)

Die Jubiläumsgratifikation wird automatisch mit dem Entgelt im
Jubiläumsmonat ausgezahlt.

Viele Grüße
Personal Bremen
""")
    return "NORMAL", "de", "internal", "service anniversary list with entry dates, bonus mentioned without amounts", m


@mail
def n56():
    m = new("HR Controlling <hr-controlling@nordlicht-versicherung.example>",
            "Betriebsrat Nordlicht <betriebsrat@nordlicht-versicherung.example>",
            "Bericht zur Gleichstellung und Entgeltgleichheit 2025 (Entwurf)",
            "2026-05-05 13:25:00")
    body(m, """
Hallo zusammen,

vorab die Kernzahlen für den Bericht nach § 21 EntgTranspG, Basis
Tarifbeschäftigte Vollzeitäquivalent, Stichtag 31.12.2025:

Gehaltsgruppe   Frauen   Männer   Median F   Median M   Differenz
TG 4              212       96    3.612 €    3.640 €     -0,8 %
TG 5              388      201    3.985 €    4.030 €     -1,1 %
TG 6              301      255    4.471 €    4.520 €     -1,1 %
TG 7              164      190    5.010 €    5.115 €     -2,1 %
TG 8 und AT*      118      207    6.930 €    7.480 €     -7,4 %

* TG 8 und AT zusammengefasst, da einzelne AT-Gruppen weniger als sechs
  Personen umfassen.

Unbereinigte Lücke gesamt: 9,8 %; bereinigt um Gruppe und Stufe 1,9 %.

Beste Grüße
Simone Hartwig
HR Controlling
""")
    return "NORMAL", "de", "internal", "trap: gender pay report with median salaries per grade, small groups merged", m


@mail
def n57():
    m = new("Personal Bremen <personal@nordlicht-versicherung.example>",
            "alle-mitarbeitenden@nordlicht-versicherung.example",
            "Tariferhöhung zum 1. September 2026 – neue Gehaltstabelle",
            "2026-08-20 09:00:00")
    body(m, """
Liebe Kolleginnen und Kollegen,

nach dem Tarifabschluss für die private Versicherungswirtschaft steigen
die Tarifgehälter zum 1. September 2026 um 3,4 %. Die Auszubildenden-
vergütungen steigen um 90 € monatlich. Die neue Tabelle (Auszug, Monat,
Vollzeit, Endstufe):

  Gehaltsgruppe 3   3.284 €
  Gehaltsgruppe 4   3.641 €
  Gehaltsgruppe 5   4.058 €
  Gehaltsgruppe 6   4.602 €
  Gehaltsgruppe 7   5.197 €
  Gehaltsgruppe 8   5.868 €

Die Erhöhung wird automatisch mit der Septemberabrechnung umgesetzt. Für
außertarifliche Beschäftigte gilt die Gehaltsrunde im Frühjahr.

Personal Bremen
""")
    return "NORMAL", "de", "internal", "trap: collective-agreement pay table, no individual salary", m


@mail
def n58():
    m = new("Finanzamt Bremen-Ost <poststelle.lst@finanzamt-bremen.example>",
            "Holger Brinkmann <holger.brinkmann@nordlicht-versicherung.example>",
            "Prüfungsanordnung Lohnsteuer-Außenprüfung Nordlicht Versicherung AG",
            "2026-02-12 10:16:37")
    body(m, """
Sehr geehrte Damen und Herren,

vorab per E-Mail übersenden wir Ihnen die Ankündigung einer
Lohnsteuer-Außenprüfung nach § 42f EStG. Die förmliche Prüfungsanordnung
geht Ihnen mit der Post zu.

Steuernummer: 60/172/04118
Prüfungszeitraum: 01.01.2022 – 31.12.2025
Beginn: Montag, 13.04.2026, 9:00 Uhr, in Ihren Geschäftsräumen
Prüferin: Frau Regierungsrätin Anneke Dreyer

Schwerpunkte: Sachbezüge (Dienstwagen, Jobrad, Mahlzeiten),
Reisekosten, Pauschalversteuerung von Betriebsveranstaltungen.

Bitte stellen Sie einen Arbeitsplatz und einen Lesezugriff auf das
Lohnkonto (Datenträgerüberlassung nach § 147 Abs. 6 AO) zur Verfügung.

Mit freundlichen Grüßen
Im Auftrag
Dreyer
""")
    return "NORMAL", "de", "authority-to-insurer", "tax office announces payroll tax audit of the company", m


@mail
def n59():
    m = new("Client Reporting <reporting@mindway-eap.example>",
            "Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "Nordlicht – EAP utilisation report H1 2026 (anonymised)",
            "2026-07-21 08:00:00")
    body(m, """
Dear Ms Behrendt,

please find the anonymised utilisation figures of the Employee Assistance
Programme for H1 2026. In line with our contract, categories with fewer
than 5 cases are reported as "other".

Contacts total: 146 (H1 2025: 121)
Utilisation rate: 4.7 % of eligible employees

Topics:
  Work-related stress, conflicts        38 %
  Anxiety / low mood                     24 %
  Family and relationships              17 %
  Care for relatives                     9 %
  Financial / legal questions            7 %
  Other (incl. addiction, bereavement)   5 %

Average number of counselling sessions: 3.2
Referrals to psychotherapy or specialist services: 19

We recommend another manager training on recognising stress signals.

Kind regards
MindWay EAP Services
""")
    return "NORMAL", "en", "supplier-to-insurer", "trap: anonymised EAP statistics on anxiety, addiction and therapy referrals", m


@mail
def n60():
    m = new("Ralf Wiechmann <ralf.wiechmann@nordlicht-versicherung.example>",
            "Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "AW: BV Suchtprävention – Stufenplan § 5",
            "2026-02-03 12:44:09",
            irt="<NLVA7f3e19c2a04b4d10b7e6a0c55d1e2f88@nordlicht-versicherung.example>")
    body(m, """
Hallo Katrin,

zu § 5 (Stufenplan) unser Vorschlag:

Stufe 1: vertrauliches Gespräch Führungskraft – Beschäftigte/r, Hinweis auf
interne und externe Hilfeangebote, keine Aktennotiz in der Personalakte.
Stufe 2: Gespräch mit Personal und Suchtkrankenhelfer, Aufforderung zur
Beratung, Notiz in gesonderter Akte.
Stufe 3: Auflage einer Therapie oder Entgiftung, Angebot der Freistellung
für eine stationäre Maßnahme.
Stufe 4 und 5 wie euer Entwurf.

Wichtig ist uns: Rückfälle während einer laufenden Therapie führen nicht
automatisch in die nächste Stufe. Und die Tilgung nach zwei Jahren ohne
Auffälligkeiten muss drin bleiben.

Gruß
Ralf

> Von: Katrin Behrendt
> Gesendet: Montag, 2. Februar 2026 16:10
> Betreff: BV Suchtprävention – Stufenplan § 5
>
> Hallo Ralf, anbei unser Entwurf für den Stufenplan. Können wir das am
> Donnerstag abschließen? Gruß Katrin
""")
    return "NORMAL", "de", "internal", "trap: works agreement on addiction prevention (therapy, detox), no individual case", m


@mail
def n61():
    m = new("Tobias Rehder <tobias.rehder@nordlicht-versicherung.example>",
            "Marlene Graf <marlene.graf@nordlicht-versicherung.example>",
            "Beschwerdebericht Q1/2026 für die Vorstandsvorlage / complaints report Q1",
            "2026-04-09 17:48:30")
    body(m, """
Hallo Frau Graf,

hier die Zahlen für die Vorlage. Die englische Fassung für die Holding
folgt unten.

Beschwerden Q1/2026 nach Sparte (Vorjahr)
  Krankenvoll / Zusatz          412  (377)   Hauptthemen: Beitragsanpassung,
                                              Hilfsmittel, Zahnersatz
  Leben / BU                    131  (149)   Rückkaufswerte, BU-Leistungsprüfung
  Unfall                         38   (41)   Invaliditätsgrad
  Kfz                           205  (188)   Regulierungsdauer
  Hausrat / Wohngebäude         164  (102)   Sturmschäden Februar
  davon über BaFin               27   (22)
  davon über Ombudsmann          19   (24)
Durchschnittliche Bearbeitungszeit: 9,3 Arbeitstage (Ziel 10)

English summary for the holding:
Complaints Q1/2026: 950 (Q1/2025: 857). Increase mainly in household
and buildings (February storms) and in health (premium adjustment
letters). 27 complaints were received via the regulator. Average
handling time 9.3 working days.

Viele Grüße
Tobias Rehder
Beschwerdemanagement
""")
    return "NORMAL", "mixed", "internal", "trap: complaint statistics per line incl. health, BU and dental topics, no customer", m


@mail
def n62():
    m = new("BGM Nordlicht <gesundheit@nordlicht-versicherung.example>",
            "alle-mitarbeitenden-bremen@nordlicht-versicherung.example",
            "Programm Gesundheitstag 10. Juni – jetzt Zeitfenster buchen",
            "2026-05-28 13:00:00")
    alt(m, """
Gesundheitstag am Mittwoch, 10. Juni 2026, Casino und Foyer Gebäude A

09:00–15:00  Rückenscreening mit Wirbelsäulenvermessung (Physio-Team Weser)
09:00–13:00  Hautkrebs-Screening (Dermatologin, nur mit Buchung)
10:00–14:00  Blutdruck, Blutzucker, Cholesterin (Schnelltest)
11:00        Vortrag: „Wenn die Seele streikt – Burnout erkennen"
13:30        Vortrag: „Gesund schlafen"
ganztags     Augentest am Bildschirm, Ernährungsberatung, Smoothie-Bar

Alle Messungen sind freiwillig und anonym. Die Ergebnisse bekommt ihr
direkt ausgedruckt mit; Nordlicht erhält nur die Zahl der Teilnehmenden.
Buchung im Intranet unter „Gesundheitstag".

Euer BGM-Team
""", """
<html><body>
<h2>Gesundheitstag am Mittwoch, 10. Juni 2026</h2>
<table border="1" cellpadding="3">
<tr><td>09:00–15:00</td><td>Rückenscreening mit Wirbelsäulenvermessung</td></tr>
<tr><td>09:00–13:00</td><td>Hautkrebs-Screening (nur mit Buchung)</td></tr>
<tr><td>10:00–14:00</td><td>Blutdruck, Blutzucker, Cholesterin</td></tr>
<tr><td>11:00</td><td>Vortrag: „Wenn die Seele streikt – Burnout erkennen"</td></tr>
<tr><td>13:30</td><td>Vortrag: „Gesund schlafen"</td></tr>
<tr><td>ganztags</td><td>Augentest, Ernährungsberatung, Smoothie-Bar</td></tr>
</table>
<p>Alle Messungen sind freiwillig und anonym. Nordlicht erhält nur die Zahl der Teilnehmenden.</p>
<p>Euer BGM-Team</p>
</body></html>
""")
    return "NORMAL", "de", "internal", "trap: health day programme with screenings and burnout talk", m


@mail
def n63():
    m = new("Sozialberatung <sozialberatung@nordlicht-versicherung.example>",
            "alle-mitarbeitenden-bremen@nordlicht-versicherung.example",
            "Blutspende im Haus am 8. Juli",
            "2026-06-29 11:11:11")
    body(m, """
Liebe Kolleginnen und Kollegen,

der Blutspendedienst kommt am Mittwoch, 8. Juli, von 10 bis 15 Uhr ins
Casino. Spenden dürfen alle Gesunden zwischen 18 und 68 Jahren (Erstspende
bis 64). Bitte bringt euren Personalausweis mit und trinkt vorher
ausreichend.

Nicht spenden solltet ihr u. a. nach einer Tätowierung in den letzten
vier Monaten, bei einer aktuellen Erkältung oder nach einer
Zahnbehandlung am selben Tag. Die Ärztin vor Ort klärt alles Weitere im
vertraulichen Gespräch.

Die Zeit gilt als Arbeitszeit. Für alle Spender gibt es einen Imbiss.

Eure Sozialberatung
""")
    return "NORMAL", "de", "internal", "trap: blood donation drive with exclusion criteria, no person", m


@mail
def n64():
    m = new("People & Culture <people@nordlicht-versicherung.example>",
            "Employees Hamburg <mitarbeitende-hamburg@nordlicht-versicherung.example>",
            "New for you from 1 July: company health benefit (bKV)",
            "2026-06-02 09:30:00")
    body(m, """
Dear colleagues,

from 1 July 2026 every employee with a permanent contract receives our
company health benefit "Nordlicht Vital" – paid by the employer, no health
questions, no waiting periods.

What is covered (budget EUR 600 per calendar year):
- glasses and contact lenses
- professional dental cleaning and fillings
- alternative practitioners and osteopathy
- preventive check-ups and vaccinations
- plus: private hospital room after an accident

How it works: submit your receipts in the Nordlicht Vital app. Claims are
processed by Nordlicht Krankenversicherung AG; your employer does not see
what you submit.

The benefit is a taxable non-cash benefit within the monthly EUR 50
threshold. Family members can be added at your own cost.

Questions? vital@nordlicht-versicherung.example

People & Culture
""")
    return "NORMAL", "en", "internal", "trap: company health benefit product information for all staff", m


@mail
def n65():
    m = new("HR-Portal <noreply-hr@nordlicht-versicherung.example>",
            "Fatma Kılıç <fatma.kilic@nordlicht-versicherung.example>",
            "Ihr Urlaubsantrag wurde genehmigt",
            "2026-06-11 14:22:03", mid_style="system",
            headers=[("Auto-Submitted", "auto-generated")])
    html_only(m, """
<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d0d7de">
<tr><td style="background:#00457c;color:#fff;padding:12px 16px"><b>Nordlicht HR-Portal</b></td></tr>
<tr><td style="padding:16px">
<p>Hallo Fatma Kılıç,</p>
<p>Ihr Antrag wurde von Ihrer Führungskraft <b>genehmigt</b>.</p>
<table cellpadding="4">
<tr><td>Art:</td><td>Erholungsurlaub</td></tr>
<tr><td>Zeitraum:</td><td>27.07.2026 – 14.08.2026 (15 Arbeitstage)</td></tr>
<tr><td>Resturlaub 2026 nach Genehmigung:</td><td>9 Tage</td></tr>
</table>
<p style="color:#6a737d;font-size:12px">Diese Nachricht wurde automatisch erzeugt.</p>
</td></tr></table>
</body></html>
""")
    return "NORMAL", "de", "system-notification", "HR portal: annual leave approved", m


@mail
def n66():
    m = new("Kirsten Hollmann <kirsten.hollmann@nordlicht-versicherung.example>",
            "Ömer Tekin <oemer.tekin@nordlicht-versicherung.example>",
            "Einladung: Jahresgespräch 2026",
            "2026-10-27 09:12:40")
    body(m, """
Hallo Ömer,

wie besprochen unser Jahresgespräch – Einladung anbei. Bitte schau dir
vorher den Gesprächsleitfaden im Intranet an und bring gern deine Ideen
für Weiterbildungen mit.

Viele Grüße
Kirsten
""")
    attach_text(m, """
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Kirsten Hollmann:mailto:kirsten.hollmann@nordlicht-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Ömer Tekin:mailto:oemer.tekin@nordlicht-versicherung.example
SUMMARY:Jahresgespräch 2026 Ömer / Kirsten
DTSTART;TZID=W. Europe Standard Time:20261110T100000
DTEND;TZID=W. Europe Standard Time:20261110T113000
LOCATION:B2.14 (kleiner Besprechungsraum)
UID:040000008200E00074C5B7101A82E00800000000A0F1C3E2D4E5DC01000000000000000010000000
DTSTAMP:20261027T081240Z
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "calendar", "invite.ics")
    return "NORMAL", "de", "internal", "calendar invitation to an annual appraisal talk, no content", m


@mail
def n67():
    m = new("VBG Newsletter <newsletter@vbg-info.example>",
            "thomas.kruse@nordlicht-versicherung.example",
            "VBG-Newsletter Mai: Psychische Belastung im Kundenkontakt, Wegeunfälle mit dem E-Scooter",
            "2026-05-14 06:30:00", mid_style="system",
            headers=[("List-Unsubscribe", "<https://vbg-info.example/abmelden>")])
    body(m, """
VBG-NEWSLETTER 05/2026

Psychische Belastung im Kundenkontakt
Beschäftigte in Callcentern und im Schadenservice erleben häufig
aggressive Kundinnen und Kunden. Unsere neue Handlungshilfe zeigt, wie
Unternehmen die Gefährdungsbeurteilung um Gewalt- und Bedrohungssituationen
erweitern und welche Nachsorge nach belastenden Ereignissen hilft
(kollegiale Erstbetreuung, psychologische Akutintervention).

Wegeunfälle mit E-Scootern
Die Zahl der gemeldeten Wegeunfälle mit E-Scootern hat sich seit 2022
verdreifacht. Häufigste Verletzungen: Kopf, Handgelenk, Sprunggelenk.
Tipps für Ihre Unterweisung finden Sie im Medienportal.

Seminare im Juni
- Sicherheitsbeauftragte Grundlagen, Hamburg
- Gesund führen, online

Sie erhalten diesen Newsletter als Ansprechperson eines Mitgliedsunternehmens.
""", cte="8bit")
    return "NORMAL", "de", "newsletter", "trap: accident insurer newsletter on psychological strain and injuries, no person", m


@mail
def n68():
    m = new("Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "Team Leads Claims <teamleads-claims@nordlicht-versicherung.example>",
            "Mental Health First Aid training – two places per department",
            "2026-09-10 11:20:00")
    body(m, """
Hi all,

we are training Mental Health First Aiders again this autumn. The
two-day course (22/23 October, in English, run by MHFA Germany) teaches
how to recognise signs of depression, anxiety, psychosis or substance
misuse in colleagues, how to start a conversation and where to refer
people for professional help.

Mental Health First Aiders are not therapists and do not keep notes about
the colleagues they talk to.

Each department can nominate two volunteers. Please send names by
30 September.

Thanks,
Katrin
""")
    return "NORMAL", "en", "internal", "trap: mental health first aid training invitation naming depression, psychosis", m


@mail
def n69():
    m = new("Compliance <compliance@nordlicht-versicherung.example>",
            "Einkauf alle <einkauf@nordlicht-versicherung.example>",
            "Erinnerung: Geschenke und Einladungen vor Weihnachten",
            "2026-12-02 08:30:00")
    body(m, """
Liebe Kolleginnen und Kollegen im Einkauf,

in den nächsten Wochen erreichen uns wieder Präsentkörbe, Einladungen und
Gutscheine von Lieferanten. Zur Erinnerung:

- Geschenke bis 35 € Wert dürfen angenommen werden, darüber nur nach
  Freigabe durch Compliance.
- Einladungen zu Veranstaltungen sind vorab im Geschenkeregister
  einzutragen.
- Bargeld und Gutscheine sind immer abzulehnen.

Fragen gern an compliance@nordlicht-versicherung.example.

Compliance
""")
    return "NORMAL", "de", "internal", "compliance reminder on gifts", m


@mail
def n70():
    m = new("Facility Management <facility@nordlicht-versicherung.example>",
            "Parkplatznutzer <parkplatz@nordlicht-versicherung.example>",
            "Sanierung Tiefgarage Ebene -2 ab 15.06.",
            "2026-06-01 12:00:00")
    body(m, """
Hallo zusammen,

ab 15.06. wird die Ebene -2 der Tiefgarage für ca. sechs Wochen saniert.
Ersatzstellplätze gibt es auf dem Parkplatz Nord (Zufahrt über die
Stephanikirchweide). Die Behindertenparkplätze und die Ladesäulen auf
Ebene -1 bleiben unverändert nutzbar.

Wer einen festen Stellplatz auf -2 hat, bekommt diese Woche eine neue
Zuweisung per Hauspost.

Facility Management
""")
    return "NORMAL", "de", "internal", "garage renovation notice, disabled parking mentioned generally", m


@mail
def n71():
    m = new("Melanie Sturm <melanie.sturm@nordlicht-versicherung.example>",
            "Priya Raman <priya.raman@mailbox-uk.example>",
            "Your interview with Nordlicht on 13 May",
            "2026-05-07 10:02:48")
    body(m, """
Dear Ms Raman,

thank you for your interest in the Data Engineer position. I am happy to
confirm your second interview on Wednesday, 13 May 2026, 10:00–11:00 CEST,
via video call. You will receive a Teams link the day before.

You will speak with Graham Whitfield (Head of Claims Analytics) and me.
About 48 hours before the interview we will send you a short case study.

If you need any adjustments for the interview, just let me know.

Kind regards
Melanie Sturm
Recruiting, Nordlicht Insurance Group
""")
    return "NORMAL", "en", "insurer-to-applicant", "interview confirmation to an applicant, logistics only", m


@mail
def n72():
    m = new("Thomas Kruse <thomas.kruse@nordlicht-versicherung.example>",
            "Betriebsrat Nordlicht <betriebsrat@nordlicht-versicherung.example>",
            "Ergebnisse Befragung psychische Belastung 2025 nach Bereichen",
            "2026-01-15 15:35:00")
    body(m, """
Hallo Ralf, hallo Sabine,

anbei die Auswertung nach Bereichen wie vereinbart. Bereiche mit weniger
als zehn Antworten sind zum jeweiligen Oberbereich zusammengefasst, damit
keine Rückschlüsse auf Einzelne möglich sind.

Gruß
Thomas
""")
    attach_bytes(m, xlsx([
        ("Auswertung", [
            ("Bereich", "Antworten", "Arbeitsintensität (1-5)", "Handlungsspielraum (1-5)",
             "Soziale Unterstützung (1-5)", "Anteil erschöpft %"),
            ("Leistung Kranken", 188, 3.9, 2.8, 3.6, 31),
            ("Leistung Leben/BU", 74, 3.5, 3.1, 3.8, 22),
            ("Kundenservice", 142, 4.1, 2.4, 3.3, 36),
            ("Schaden Kfz/Sach", 121, 3.6, 3.0, 3.7, 24),
            ("IT", 97, 3.2, 3.7, 3.9, 15),
            ("Stab/Verwaltung (zusammengefasst)", 63, 3.0, 3.5, 3.8, 14),
        ]),
        ("Hinweise", [
            ("Methode: COPSOQ-Kurzfragebogen, Rücklauf 71 %",),
            ("Bereiche < 10 Antworten zusammengefasst (Vorstandsbüro, Revision, Datenschutz)",),
        ]),
    ], (2026, 1, 15, 15, 0, 0)), *MIME_XLSX, "Psych_GBU_2025_Bereiche.xlsx")
    return "NORMAL", "de", "internal", "trap: psychological strain survey by department, small units merged", m


@mail
def n73():
    m = new("HR Controlling <hr-controlling@nordlicht-versicherung.example>",
            "Führungskräfte Bremen <fuehrungskraefte@nordlicht-versicherung.example>",
            "Krankenquote 2025 nach Bereichen",
            "2026-02-19 10:05:00")
    body(m, """
Liebe Führungskräfte,

die Krankenquoten 2025 (Anteil AU-Tage an Soll-Arbeitstagen) nach
Bereichen. Bereiche unter 15 Beschäftigten sind zusammengefasst.

  Leistung Kranken          6,8 %
  Leistung Leben/BU         5,1 %
  Kundenservice             7,4 %
  Schaden Kfz/Sach          5,6 %
  Vertrieb Innendienst      4,9 %
  IT                        3,8 %
  Zentralbereiche (zus.)    4,2 %
  Gesamt                    5,9 %  (2024: 5,6 %)

Kurzzeiterkrankungen (1–3 Tage) machen 38 % der Fälle, aber nur 11 % der
Tage aus. Bitte nutzt die Zahlen für das Gespräch im Team, nicht für
Rückfragen bei einzelnen Kolleginnen und Kollegen.

HR Controlling
""")
    return "NORMAL", "de", "internal", "trap: sickness absence rates by department, small units merged", m


@mail
def n74():
    m = new("Kai-Uwe Helms <kai-uwe.helms@nordlicht-versicherung.example>",
            "HR Cloud Project <hrcloud-projekt@nordlicht-versicherung.example>",
            "Testdaten Migration Entgelt – synthetic test set v2",
            "2026-06-18 17:20:11")
    body(m, """
Hi all,

anbei der synthetische Testdatensatz für den Migrationstest am Montag.
Alle Personen sind erfunden (Musterdaten), die IBAN ist die bekannte
Beispiel-IBAN aus der Bankendokumentation. Please do NOT load any
production extracts into the test tenant – the DPIA only covers synthetic
data there.

Cheers
Kai-Uwe
""")
    attach_text(m, """
pers_nr;nachname;vorname;geburtsdatum;steuer_id;iban;brutto;abwesenheit
T0001;Mustermann;Max;01.01.1970;00000000000;DE89370400440532013000;4500,00;KRANK 02.03.-06.03.
T0002;Mustermann;Erika;12.08.1984;00000000000;DE89370400440532013000;5200,00;MUTTERSCHUTZ ab 01.04.
T0003;Musterfrau;Testa;31.12.1999;00000000000;DE89370400440532013000;2900,00;
T0004;Beispiel;Bert;29.02.1988;00000000000;DE89370400440532013000;6100,00;KIND_KRANK 10.03.
""", "csv", "testdaten_entgelt_synthetisch_v2.csv")
    return "NORMAL", "mixed", "internal", "trap: synthetic HR test data, Mustermann persons, published example IBAN, placeholder tax IDs", m


@mail
def n75():
    m = new("IT Operations <it-ops@nordlicht-versicherung.example>",
            "alle-mitarbeitenden@nordlicht-versicherung.example",
            "RESOLVED: VPN outage this morning",
            "2026-11-24 10:41:00")
    body(m, """
Dear colleagues,

the VPN outage between 07:10 and 09:55 has been resolved. Cause was an
expired certificate on one of the two gateways; the failover did not take
over as planned. We have renewed the certificate and will test the
failover again on Saturday.

If you still cannot connect, please restart your laptop. Otherwise call
the Service Desk at -7777.

We apologise for the inconvenience.
IT Operations
""")
    return "NORMAL", "en", "internal", "VPN outage resolution notice", m


@mail
def n76():
    m = new("Security Desk <empfang@nordlicht-versicherung.example>",
            "Ömer Tekin <oemer.tekin@nordlicht-versicherung.example>",
            "Your lost badge – replacement ready",
            "2026-01-14 13:30:00")
    body(m, """
Hello Mr Tekin,

your lost access badge (no. 10-4471) has been blocked. Your replacement is
ready for collection at the reception desk in Building A (Mon–Fri,
7:00–18:00). Please bring photo ID.

As per policy, a fee of EUR 15 applies for the second replacement within
12 months; it will be offset via travel expenses, not deducted from your
salary.

Best regards
Security Desk
""")
    return "NORMAL", "en", "internal", "replacement access badge notice", m


@mail
def n77():
    m = new("People & Culture <people@nordlicht-versicherung.example>",
            "International staff <international@nordlicht-versicherung.example>",
            "Reminder: how to report sickness absence in Germany",
            "2026-01-08 09:00:00")
    body(m, """
Dear colleagues,

a short reminder for everyone who joined us from abroad:

1. If you are ill, tell your manager before your shift starts (phone or
   message). You do not need to say what is wrong with you.
2. From the fourth calendar day you need a doctor's certificate. Your
   doctor sends it electronically to your statutory health insurer; we
   retrieve it from there. Privately insured colleagues still hand in the
   paper certificate to HR (not to the manager).
3. If your child is ill, you can take child sickness days. Please inform
   HR and ask your doctor for the form for the health insurer.
4. Continued pay: up to six weeks per illness. After that you receive sick
   pay from your health insurer.

Questions: people@nordlicht-versicherung.example

People & Culture
""")
    return "NORMAL", "en", "internal", "trap: general guide on reporting sickness, sick notes and child sickness days", m


@mail
def n78():
    m = new("Bernd Lüders <bernd.lueders@nordlicht-versicherung.example>",
            "Claudia Reimers <claudia.reimers@nordlicht-versicherung.example>",
            "Kaffeevollautomaten – Leasing läuft aus",
            "2026-07-27 14:44:44")
    body(m, """
Hi Claudia,

das Leasing für die 14 Kaffeevollautomaten endet am 30.09. Die Geräte in
Gebäude B machen ständig Ärger (Brühgruppe). Können wir eine Ausschreibung
für neue Geräte mit Festwasseranschluss starten? Verbrauch aktuell ca.
1.900 Tassen pro Tag.

Gruß Bernd
""")
    return "NORMAL", "de", "internal", "coffee machine leasing question", m


@mail
def n79():
    m = new("Gisela Pohl <gisela.pohl@nordlicht-versicherung.example>",
            "Führungskräfte Bremen <fuehrungskraefte@nordlicht-versicherung.example>",
            "Inklusionsvereinbarung 2026–2028 unterzeichnet",
            "2026-03-18 14:15:00")
    body(m, """
Liebe Führungskräfte,

die neue Inklusionsvereinbarung ist von Vorstand, Betriebsrat und
Schwerbehindertenvertretung unterzeichnet. Die wichtigsten Punkte:

- Ziel-Beschäftigungsquote 6 % (aktuell 5,2 %)
- bei Stellenbesetzungen wird die SBV frühzeitig beteiligt; schwerbehinderte
  Bewerberinnen und Bewerber werden zum Gespräch eingeladen, sofern sie
  nicht offensichtlich ungeeignet sind
- Budget für Arbeitsplatzanpassungen (Screenreader, Braillezeilen,
  höhenverstellbare Tische, Hörverstärker) zentral bei Personal
- Führungskräfteschulung „Behinderung und Leistung" verpflichtend bis 2027

Eine Schwerbehinderung muss niemand im Team offenlegen. Wenn euch jemand
anspricht, verweist bitte auf mich.

Gisela Pohl
Vertrauensperson der schwerbehinderten Menschen
""")
    return "NORMAL", "de", "internal", "trap: inclusion agreement on disability, assistive devices, no person", m


@mail
def n80():
    m = new("Marlene Graf <marlene.graf@nordlicht-versicherung.example>",
            "Vorstandsassistenzen <vorstandsassistenz@nordlicht-versicherung.example>",
            "Vorlagen-Template Board papers / Sitzungsvorlage – final version",
            "2026-01-12 11:30:00")
    body(m, """
Liebe Kolleginnen, dear colleagues,

ab sofort bitte nur noch diese Gliederung für Vorstandsvorlagen verwenden
(the English version applies to papers for the holding board):

  1. Beschlussvorschlag / proposed resolution
  2. Sachverhalt / background
  3. Risiken und Alternativen / risks and alternatives
  4. Kosten und Budget / costs
  5. Beteiligte Bereiche / consulted units (Compliance, Datenschutz,
     Betriebsrat falls mitbestimmungspflichtig)
  6. Anlagen / annexes

Personal- und Gesundheitsdaten einzelner Beschäftigter oder Kunden gehören
nicht in Vorlagen; falls unvermeidbar, bitte als gesonderte vertrauliche
Anlage über das Board-Portal, never by e-mail.

Danke und viele Grüße
Marlene Graf
""")
    return "NORMAL", "mixed", "internal", "board paper template instructions", m


# ==========================================================================
# CONFIDENTIAL
# ==========================================================================


@mail
def c01():
    m = new("Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "Jonas Albers <jonas.albers@nordlicht-versicherung.example>",
            "Höhergruppierung Wessels zum 01.04.",
            "2026-03-18 11:06:52")
    body(m, """
Hallo Jonas,

der Betriebsrat hat zugestimmt, damit kann die Änderung für Tanja Wessels
(Pers.-Nr. 104 227, Schaden Sach) in die Märzabrechnung für April:

  bisher: TG 6 / 11. Berufsjahr   4.451 €
  neu:    TG 7 / 11. Berufsjahr   4.870 €
  zzgl. Verantwortungszulage Teamkoordination 150 € (befristet bis 31.03.2027)

Die Zulage bitte als eigene Lohnart, damit sie zum Fristende automatisch
rausfällt. Schreiben an Frau Wessels geht morgen raus.

Danke!
Katrin
""")
    return "CONFIDENTIAL", "de", "internal", "named employee's old and new monthly salary and allowance", m


@mail
def c02():
    m = new("Kevin Lorenzen <k.lorenzen76@freemail-nord.example>",
            "entgelt@nordlicht-versicherung.example",
            "neue bankverbindung",
            "2026-05-22 21:43:10", mid_style="phone")
    body(m, """
hallo liebes entgelt team,
ich hab die bank gewechselt, bitte ab juni das gehalt auf das neue konto:

DE22 2912 1731 0249 0718 55
kontoinhaber kevin lorenzen

das alte konto bei der sparkasse wird ende juni gelöscht. im portal komm
ich grad nicht rein (passwort abgelaufen) deswegen per mail, sorry.

lg kevin lorenzen, kundenservice kfz, pers nr 118 604

Gesendet von meinem Galaxy
""", cte="8bit")
    return "CONFIDENTIAL", "de", "employee-to-insurer", "employee sends new salary account (IBAN) from a private address", m


@mail
def c03():
    m = new("Miriam Kowalczyk <miriam.kowalczyk@nordlicht-versicherung.example>",
            "Diego Fernández Ruiz <diego.fernandez@nordlicht-versicherung.example>",
            "RE: February payslip – why is my net lower?",
            "2026-03-05 10:27:14",
            irt="<CAF3k9x2mQ@nordlicht-versicherung.example>")
    body(m, """
Hi Diego,

no mistake, the difference comes from the one-off relocation payment in
January which moved you into a higher tax bracket for that month only, and
from the car benefit starting in February. Your February figures:

  Gross salary                        5,650.00
  Non-cash benefit company car          412.00
  Gross total                         6,062.00
  Income tax (class 1)               -1,167.41
  Solidarity surcharge                    0.00
  Health insurance incl. add-on        -517.32
  Long-term care insurance             -105.41
  Pension insurance                    -563.77
  Unemployment insurance                -78.81
  Deduction car benefit                -412.00
  Net pay                             3,217.28

In March your net will be around EUR 3,215 again. The figures are also
in the portal under "My documents".

Best regards
Miriam Kowalczyk
Payroll
""")
    return "CONFIDENTIAL", "en", "internal", "named employee's full February pay breakdown (gross, tax, net)", m


@mail
def c04():
    m = new("Stefan Rosebrock <stefan.rosebrock@nordlicht-versicherung.example>",
            "Jonas Albers <jonas.albers@nordlicht-versicherung.example>",
            "Sonderzahlung Team Kfz",
            "2026-04-28 16:55:03",
            cc="Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>")
    body(m, """
Hallo Herr Albers,

anbei wie besprochen. Bitte mit der Mai-Abrechnung.

Gruß
Rosebrock
""")
    attach_bytes(m, xlsx([
        ("Sonderzahlung", [
            ("Pers.-Nr.", "Name", "Vorname", "Zielerreichung %", "Sonderzahlung EUR"),
            (109114, "Tekin", "Ömer", 112, 2240),
            (111920, "Janßen", "Wiebke", 104, 2080),
            (104870, "Özdemir", "Cem", 97, 1455),
            (117002, "Grünewald", "Nadine", 121, 2420),
            (118604, "Lorenzen", "Kevin", 88, 880),
            (120331, "Behrens", "Lukas", 100, 1500),
        ]),
    ], (2026, 4, 28, 16, 0, 0), creator="S. Rosebrock"), *MIME_XLSX, "SZ_2026_Kfz_Sued.xlsx")
    return "CONFIDENTIAL", "de", "internal", "body says only 'anbei'; XLSX lists bonus amounts per named employee", m


@mail
def c05():
    m = new("Jonas Albers <jonas.albers@nordlicht-versicherung.example>",
            "Kanzlei Möhlmann & Partner <forderungen@moehlmann-partner.example>",
            "Drittschuldnererklärung nach § 840 ZPO – Ihr Az. 2026/0418-MK",
            "2026-02-20 13:30:48")
    body(m, """
Sehr geehrte Damen und Herren,

in der Zwangsvollstreckungssache Ihres Mandanten Autohaus Ritter GmbH
gegen Herrn Marcel Kowalski, Delmestraße 41, 28199 Bremen, geben wir zum
Pfändungs- und Überweisungsbeschluss des Amtsgerichts Bremen vom
09.02.2026 (Az. 245 M 1187/26) folgende Erklärung ab:

1. Wir erkennen die Forderung des Schuldners auf Arbeitseinkommen als
   begründet an und sind zur Zahlung des pfändbaren Betrages bereit.
2. Das monatliche Nettoeinkommen beträgt derzeit ca. 2.310 €. Der
   Schuldner ist gegenüber einem Kind unterhaltspflichtig.
3. Es bestehen vorrangige Pfändungen: eine Pfändung des Finanzamts
   Bremen vom 14.11.2025 über restlich 1.862,40 €.
4. Pfändbare Beträge werden nach Erledigung der Vorpfändung an Sie
   überwiesen, voraussichtlich ab der Abrechnung April 2026.

Mit freundlichen Grüßen
Jonas Albers
Entgeltabrechnung
Nordlicht Versicherung AG
""")
    return "CONFIDENTIAL", "de", "insurer-to-lawyer", "garnishment: employee's net income, maintenance duty and prior seizure", m


@mail
def c06():
    m = new("Jonas Albers <jonas.albers@nordlicht-versicherung.example>",
            "Fuhrpark <fuhrpark@nordlicht-versicherung.example>",
            "geldwerter Vorteil Dienstwagen Heitmann / company car benefit",
            "2026-01-09 09:48:36")
    body(m, """
Hallo Herr Brück,

für die Abrechnung brauche ich noch die Bestätigung zum neuen Dienstwagen
von Herrn Sören Heitmann (Vertriebsdirektion Nord):

  Fahrzeug: Škoda Superb Combi iV, HB-NL 2214
  Bruttolistenpreis inkl. Sonderausstattung: 52.400 €
  Plug-in-Hybrid -> halbe Bemessungsgrundlage: 26.200 €
  1 % Privatnutzung: 262,00 € / Monat
  0,03 % x 38 km Entfernung Wohnung–Tätigkeitsstätte: 298,68 € / Monat
  Summe geldwerter Vorteil: 560,68 € / Monat ab Januar

Herr Heitmann hatte mich gebeten, ihm das auch auf Englisch zu erklären,
because his wife handles their tax return: the monthly taxable benefit of
EUR 560.68 is added to his gross salary of EUR 8,950 and taxed with it.

Passt der Listenpreis so?

Viele Grüße
Jonas Albers
""")
    return "CONFIDENTIAL", "mixed", "internal", "named employee's company car benefit and gross salary", m


@mail
def c07():
    m = new("Wiebke Janßen <wiebke.janssen@web-post.example>",
            "personal@nordlicht-versicherung.example",
            "Antrag auf Elternzeit",
            "2026-02-16 20:05:41", mid_style="tb")
    body(m, """
Sehr geehrte Damen und Herren,

hiermit beantrage ich Elternzeit für meinen Sohn Hannes Janßen, geboren
am 02.02.2026, für die Zeit vom 30.03.2026 bis zum 01.02.2027.

Während der Elternzeit möchte ich ab dem 01.09.2026 in Teilzeit mit
20 Wochenstunden arbeiten (Mo–Do vormittags), wenn das im Team möglich ist.

Die Geburtsurkunde reiche ich per Post nach.

Mit freundlichen Grüßen
Wiebke Janßen
Schaden Kfz Süd, Pers.-Nr. 111 920
""", cte="8bit", flowed=True)
    return "CONFIDENTIAL", "de", "employee-to-insurer", "parental leave request with child's full birth date (no health content)", m


@mail
def c08():
    m = new("Jana Wittkowski <jana.wittkowski@post-online.example>",
            "bewerbung@nordlicht-versicherung.example",
            "Bewerbung als Sachbearbeiterin Leistungsprüfung KV – Kennziffer KV-2026-07",
            "2026-02-08 18:22:17")
    body(m, """
Sehr geehrte Frau Sturm,

anbei sende ich Ihnen meine Bewerbungsunterlagen für die ausgeschriebene
Stelle. Ich freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Jana Wittkowski
""")
    attach_bytes(m, pdf([
        "# Lebenslauf",
        "Jana Wittkowski",
        "Lindenstraße 7, 27749 Delmenhorst",
        "Telefon 0176 55520431",
        "geboren am 17.06.1994 in Oldenburg",
        "",
        "# Berufserfahrung",
        "seit 08/2019  Medizinische Fachangestellte, Orthopädische Gemeinschaftspraxis Dr. Holst, Delmenhorst",
        "              Abrechnung nach GOÄ und EBM, Terminmanagement, Praxis-EDV",
        "2016 - 2019   Ausbildung zur Medizinischen Fachangestellten, ebenda",
        "",
        "# Weiterbildung",
        "2023  Fachwirtin im Gesundheits- und Sozialwesen (IHK), berufsbegleitend",
        "",
        "# Sonstiges",
        "Gehaltsvorstellung: 46.000 EUR brutto jährlich",
        "Kündigungsfrist: 6 Wochen zum Quartalsende",
        "",
        "Delmenhorst, 08.02.2026",
    ], (2026, 2, 8, 17, 0, 0), title="Lebenslauf Jana Wittkowski", author="Jana Wittkowski"),
        *MIME_PDF, "Lebenslauf_Wittkowski.pdf")
    return "CONFIDENTIAL", "de", "applicant-to-insurer", "body harmless; CV PDF holds birth date and salary expectation", m


@mail
def c09():
    m = new("Luca Bianchi <luca.bianchi@inbox-it.example>",
            "careers@nordlicht-versicherung.example",
            "Application – Senior Actuary (Life), ref. LV-2026-03",
            "2026-03-30 07:51:29")
    body(m, """
Dear Sir or Madam,

I would like to apply for the Senior Actuary position in your life
insurance division. I am a fully qualified actuary (Istituto Italiano degli
Attuari, 2017) and have spent the last six years in pricing and
Solvency II reporting at a mid-sized Italian life insurer in Trieste.

My German is at B2 level and I am taking a C1 course this spring.

Regarding the package: I currently earn EUR 74,500 gross per year plus a
bonus of up to 15 %. For a move to Bremen I would expect a fixed salary of
around EUR 88,000 and support with relocation.

I am available for an interview by video at any time and could start on
1 August 2026.

Kind regards
Luca Bianchi
""")
    return "CONFIDENTIAL", "en", "applicant-to-insurer", "applicant states current salary and expected salary", m


@mail
def c10():
    m = new("Melanie Sturm <melanie.sturm@nordlicht-versicherung.example>",
            "Tobias Frerichs <tobias.frerichs@mailhaus.example>",
            "Ihr Vertragsangebot – Data Engineer Claims Analytics",
            "2026-05-20 15:12:09")
    body(m, """
Hallo Herr Frerichs,

wie heute am Telefon besprochen, freuen wir uns sehr, Ihnen die Stelle
anbieten zu können. Den Vertragsentwurf finden Sie im Anhang. Wenn Sie
einverstanden sind, schicken Sie uns bitte zwei unterschriebene Exemplare
per Post, eines bekommen Sie gegengezeichnet zurück.

Bei Fragen rufen Sie mich gern an.

Viele Grüße
Melanie Sturm
Recruiting · Nordlicht Versicherungsgruppe
Tel. 0421 5590-4150
""")
    attach_bytes(m, docx([
        ("h", "Arbeitsvertrag (Entwurf)"),
        "zwischen der Nordlicht Versicherung AG, Weserufer 12, 28217 Bremen (Arbeitgeberin)",
        "und Herrn Tobias Frerichs, Am Dobben 88, 28203 Bremen (Arbeitnehmer)",
        "§ 1 Beginn und Tätigkeit: Das Arbeitsverhältnis beginnt am 01.07.2026. Herr Frerichs "
        "wird als Data Engineer im Bereich Claims Analytics eingestellt.",
        "§ 2 Probezeit: sechs Monate.",
        "§ 3 Vergütung: Herr Frerichs erhält ein außertarifliches Jahreszielgehalt von 71.500 EUR "
        "brutto, zahlbar in 12 gleichen Monatsraten zu je 5.541,67 EUR sowie einer variablen "
        "Vergütung von bis zu 4.000 EUR nach Zielerreichung.",
        "§ 4 Arbeitszeit: 38 Stunden wöchentlich, mobiles Arbeiten nach Betriebsvereinbarung.",
        "§ 5 Urlaub: 30 Arbeitstage.",
        "§ 6 Betriebliche Altersversorgung: nach der Versorgungsordnung 2019.",
        "Bremen, den ____________        ________________________",
    ], (2026, 5, 20, 15, 0, 0)), *MIME_DOCX, "Vertragsentwurf_Frerichs.docx")
    return "CONFIDENTIAL", "de", "insurer-to-applicant", "offer letter; DOCX with the candidate's annual salary and address", m


@mail
def c11():
    m = new("Oliver Grant <oliver.grant@northstar-search.example>",
            "Dr. Frieder Haas <frieder.haas@nordlicht-versicherung.example>",
            "Kandidat CISO – Profil Herr M. / shortlist",
            "2026-02-25 08:14:56")
    body(m, """
Dear Dr Haas,

wie besprochen vorab der Kurzprofil-Auszug zu unserem Favoriten; the full
report follows on Friday.

Candidate: Martin Schäfermeyer, currently Head of Information Security
at a Hamburg-based reinsurer (since 2019), previously Big-4 cyber advisory.

Current package (as disclosed by the candidate):
  base salary            EUR 148,000
  short-term bonus        target 20 %, paid 2025: EUR 26,500
  company car             yes (BMW i5), private use
  pension                 employer-funded, 6 % of base

Expectations: base EUR 165,000 – 170,000, bonus target 25 %, notice
period 6 months to quarter end; his current employer may release him
earlier.

Er ist verheiratet, zwei Kinder, wohnt in Stade; ein Umzug nach Bremen
ist nicht geplant, 3 Tage Präsenz pro Woche wären ok.

Best regards
Oliver Grant
Partner, Northstar Executive Search
""")
    return "CONFIDENTIAL", "mixed", "recruiter-to-insurer", "headhunter discloses a named candidate's salary, bonus and expectations", m


@mail
def c12():
    m = new("Lea Hinrichs <lea.hinrichs@nordlicht-versicherung.example>",
            "Miriam Kowalczyk <miriam.kowalczyk@nordlicht-versicherung.example>",
            "Personalfragebogen Neueinstellung Juni – Osterkamp",
            "2026-05-26 12:40:18")
    body(m, """
Hallo Miriam,

hier der ausgefüllte Personalfragebogen von Frau Osterkamp für die Anlage im
Abrechnungssystem (Eintritt 01.06.). Original liegt in der Personalakte.

LG Lea
""")
    attach_bytes(m, xlsx([
        ("Personalfragebogen", [
            ("Feld", "Angabe"),
            ("Name, Vorname", "Osterkamp, Neele"),
            ("Geburtsname", "Lüschen"),
            ("Geburtsdatum", "11.10.1991"),
            ("Geburtsort", "Brake"),
            ("Anschrift", "Bürgermeister-Smidt-Str. 19, 27568 Bremerhaven"),
            ("Staatsangehörigkeit", "deutsch"),
            ("Familienstand", "verheiratet"),
            ("Steuer-ID", "64872910030"),
            ("Steuerklasse", "4"),
            ("Sozialversicherungsnummer", "53111091L581"),
            ("Gesetzliche Krankenkasse (Einzugsstelle)", "Weser-Ems BKK"),
            ("IBAN", "DE59 2805 0117 7567 8913 06"),
            ("Eintritt", "01.06.2026"),
            ("Tätigkeit", "Sachbearbeiterin Vertrieb Innendienst"),
            ("Gehaltsgruppe", "TG 5 / 4. Berufsjahr"),
        ]),
    ], (2026, 5, 26, 12, 0, 0), creator="L. Hinrichs"), *MIME_XLSX, "Personalfragebogen_Osterkamp.xlsx")
    return "CONFIDENTIAL", "de", "internal", "personnel form in XLSX: birth date, tax ID, social security no., IBAN; statutory health fund only as payroll field", m


@mail
def c13():
    m = new("Lea Hinrichs <lea.hinrichs@nordlicht-versicherung.example>",
            "Global Mobility <mobility@nordlicht-holding.example>",
            "A1 certificate for assignment to Madrid – data for the application",
            "2026-08-25 10:03:30")
    body(m, """
Hi Carmen,

for the A1 application (posting to our Madrid branch from 1 October to
31 March) here are the data of the employee:

  Name:                Lukas Behrens
  Date of birth:       22 August 1984
  Place of birth:      Bremerhaven
  Nationality:         German
  Social security no.: 18220884B120
  Employer:            Nordlicht Versicherung AG, Bremen
  Place of work ES:    Calle de Alcalá 212, 28028 Madrid
  Salary during assignment: unchanged, paid in Germany (EUR 5,120/month)

Could you also check whether he needs to register with the Spanish tax
office if the assignment is extended beyond 183 days?

Thanks,
Lea
""")
    return "CONFIDENTIAL", "en", "internal", "posting application with birth date, social security number and salary", m


@mail
def c14():
    m = new("Personal Bremen <personal@nordlicht-versicherung.example>",
            "Betriebsrat Nordlicht <betriebsrat@nordlicht-versicherung.example>",
            "Anhörung nach § 99 BetrVG – Einstellung und Eingruppierung Frerichs",
            "2026-05-27 09:30:00")
    body(m, """
Sehr geehrter Herr Wiechmann,

wir beabsichtigen folgende personelle Maßnahme und bitten um Zustimmung:

Maßnahme:        Einstellung und Eingruppierung
Name:            Tobias Frerichs
Eintritt:        01.07.2026, unbefristet, Probezeit 6 Monate
Stelle:          Data Engineer, Claims Analytics (Stellen-Nr. 4711-22)
Eingruppierung:  außertariflich, Jahreszielgehalt 71.500 € zzgl. bis zu
                 4.000 € variabel
Begründung AT:   Marktlage Data Engineering; Vergleichsgehalt TG 8 Endstufe
                 (70.416 € p. a.) wird überschritten

Weitere Bewerbungen: 14, davon zwei in der zweiten Runde (Unterlagen
liegen im Personalbüro zur Einsicht aus).

Mit freundlichen Grüßen
Katrin Behrendt
Personal
""")
    return "CONFIDENTIAL", "de", "internal", "works council consultation with a named new hire's annual salary", m


@mail
def c15():
    m = new("Graham Whitfield <graham.whitfield@nordlicht-versicherung.example>",
            "Travel Expenses <reisekosten@nordlicht-versicherung.example>",
            "Expense claim – London conference, 3–5 June",
            "2026-06-09 19:02:44")
    body(m, """
Hello,

attached is my expense claim for the Insurance Analytics Summit in London.
Receipts are uploaded in the travel tool under trip no. TR-2026-1187.
Please reimburse to my private account, the details are in the file
(my salary account changed last month, so the old one in the system is
closed).

Thanks,
Graham
""")
    attach_text(m, """
Name,Graham Whitfield
Personnel no.,112408
Trip,TR-2026-1187 London 03.06.-05.06.2026
Account holder,Graham Whitfield
IBAN,DE06 2805 0117 5539 3644 34
Date,Item,Amount EUR
2026-06-03,Flight BRE-LHR-BRE,412.60
2026-06-03,Heathrow Express,29.90
2026-06-03,Hotel 2 nights (no breakfast),468.00
2026-06-04,Taxi venue,18.40
2026-06-05,Per diem UK 3 days,152.00
,Total,1080.90
""", "csv", "expenses_TR-2026-1187.csv")
    return "CONFIDENTIAL", "en", "internal", "expense claim; CSV attachment holds employee's private IBAN", m


@mail
def c16():
    m = new("Svenja Lohmann Training & Coaching <kontakt@lohmann-coaching.example>",
            "rechnungseingang@nordlicht-versicherung.example",
            "Rechnung 2026-031 Führungskräftetraining",
            "2026-04-30 16:17:20")
    body(m, """
Sehr geehrte Damen und Herren,

für das Training „Gesund führen" am 21. und 22.04.2026 (2 Gruppen à 10
Teilnehmende) berechne ich:

  2 Trainingstage à 1.650,00 €                   3.300,00 €
  Fahrtkosten Hamburg–Bremen, 2 x 118 km x 0,30 €   70,80 €
  Netto                                          3.370,80 €
  USt. 19 %                                        640,45 €
  Gesamt                                         4.011,25 €

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf mein Konto:
Svenja Lohmann, IBAN DE51 2916 2394 6184 2232 24
Steuernummer 42/118/03391, Finanzamt Hamburg-Altona

Rechnungsanschrift: Nordlicht Versicherung AG, Personalentwicklung,
Bestellnummer 4500018611.

Svenja Lohmann
Training & Coaching (Einzelunternehmen)
Eppendorfer Weg 204, 20253 Hamburg
""")
    return "CONFIDENTIAL", "de", "supplier-to-insurer", "sole-trader trainer's invoice with private IBAN and tax number", m


@mail
def c17():
    m = new("Aylin Demir <aylin.demir@nordlicht-versicherung.example>",
            "Heike Brüning <heike.bruening@mail-weser.example>",
            "Erstattung Beitragsguthaben Kfz-Versicherung KF-4418-220931",
            "2026-03-11 10:49:01")
    body(m, """
Sehr geehrte Frau Brüning,

nach der Abmeldung Ihres Fahrzeugs HB-HB 417 zum 28.02.2026 ergibt sich
für Ihre Kfz-Versicherung KF-4418-220931 ein Beitragsguthaben von
186,44 €.

Wir haben den Betrag heute auf Ihr Konto
IBAN DE03 2519 0088 6639 8674 07
überwiesen. Er wird Ihnen in den nächsten zwei bis drei Bankarbeitstagen
gutgeschrieben.

Ihren Schadenfreiheitsrabatt (SF 14) reservieren wir sieben Jahre für Sie.

Mit freundlichen Grüßen
Aylin Demir
Beitragsbuchhaltung
Nordlicht Versicherung AG
""" + FOOT_AG)
    return "CONFIDENTIAL", "de", "insurer-to-customer", "motor premium refund naming the customer, policy number, plate and IBAN", m


@mail
def c18():
    m = new("Renate Kuhlmann <renate.kuhlmann@nordlicht-versicherung.example>",
            "Jonas Albers <jonas.albers@nordlicht-versicherung.example>",
            "Bitte um Abschlag",
            "2026-09-14 08:05:19")
    body(m, """
Lieber Herr Albers,

mir ist es etwas unangenehm, aber ich muss Sie um einen Abschlag auf mein
Septembergehalt bitten. Die Waschmaschine und der Kühlschrank sind in der
gleichen Woche kaputt gegangen und mein Dispo ist ausgeschöpft. Wären
800 € möglich? Von meinen 3.420 € brutto bleiben ja etwa 2.250 € netto,
das würde dann Ende des Monats verrechnet.

Vielen Dank und bitte vertraulich behandeln!
Renate Kuhlmann
Kundenservice Leben
""", charset="windows-1252")
    return "CONFIDENTIAL", "de", "internal", "employee asks for salary advance stating gross and net pay and overdraft", m


@mail
def c19():
    m = new("Holger Brinkmann <holger.brinkmann@nordlicht-versicherung.example>",
            "Julia Farnsworth <julia.farnsworth@harborfinch-audit.example>",
            "P-01 sample – as agreed via secure exchange? / sample attached",
            "2026-09-29 17:58:33")
    body(m, """
Julia,

our secure data room is down until tomorrow, so as discussed on the
phone I am sending the payroll sample (10 items) as an encrypted
spreadsheet; the password comes by text message.

Holger
""")
    attach_bytes(m, xlsx([
        ("Sample P-01", [
            ("Item", "Pers. no.", "Name", "Grade", "Gross Aug 2026", "Net Aug 2026", "IBAN"),
            (1, 101337, "Mehrtens, Anke", "TG 6", 4451.00, 2790.12, "DE84 2916 2394 8892 3639 81"),
            (2, 104227, "Wessels, Tanja", "TG 7", 5020.00, 3114.80, "DE70 2805 0117 7351 3064 04"),
            (3, 106512, "Helms, Kai-Uwe", "AT", 6850.00, 4011.27, "DE89 2916 2394 0757 0992 15"),
            (4, 108877, "Morozova, Svetlana", "TG 5", 3925.00, 2509.40, "DE45 4405 0199 3173 4757 60"),
            (5, 109114, "Tekin, Ömer", "TG 5", 3941.00, 2519.66, "DE32 2916 2394 4727 0627 94"),
            (6, 112408, "Whitfield, Graham", "AT", 8700.00, 5034.90, "DE06 2805 0117 5539 3644 34"),
            (7, 113590, "Hollmann, Kirsten", "TG 8", 5675.00, 3391.18, "DE48 2145 2017 7085 4275 52"),
            (8, 117002, "Grünewald, Nadine", "TG 4", 3521.00, 2298.10, "DE60 2519 0088 4904 8195 24"),
            (9, 118604, "Lorenzen, Kevin", "TG 4", 3520.00, 2311.78, "DE22 2912 1731 0249 0718 55"),
            (10, 120331, "Behrens, Lukas", "TG 6", 5120.00, 3150.66, "DE13 2915 0071 6128 5674 44"),
        ]),
    ], (2026, 9, 29, 17, 0, 0), creator="H. Brinkmann"), *MIME_XLSX, "P-01_sample_Aug2026.xlsx")
    return "CONFIDENTIAL", "en", "insurer-to-auditor", "body harmless; XLSX with names, salaries and IBANs of ten employees", m


@mail
def c20():
    m = new("Stefanie Lange <stefanie.lange@nordlicht-versicherung.example>",
            "Dr. Matthias Vogt <matthias.vogt@nordlicht-versicherung.example>",
            "Stichprobe Hausrat/Wohngebäude Sturm „Jolanda\" – Auffälligkeiten",
            "2026-05-06 14:36:02")
    body(m, """
Hallo Matthias,

aus der Stichprobe (60 Schäden) sind fünf Fälle auffällig, siehe Tabelle.
Ich würde die morgen mit Herrn Rosebrock durchgehen.

Stefanie
""")
    attach_bytes(m, xlsx([
        ("Auffällig", [
            ("Schaden-Nr.", "Versicherungsnehmer", "Risikoanschrift", "Sparte", "Zahlung EUR",
             "Feststellung"),
            ("SH-26-004418", "Dirk Hasselmann", "Am Wall 77, 28195 Bremen", "Wohngebäude",
             18400, "Dachschaden ohne Gutachten über Zeichnungsgrenze reguliert"),
            ("SH-26-004502", "Monika Pleuß", "Huchtinger Heerstr. 12, 28259 Bremen", "Hausrat",
             6230, "Neuwertrechnung für Laptop ohne Beleg"),
            ("SH-26-004977", "Jörg und Sabine Kuck", "Achterdiek 40, 28359 Bremen", "Wohngebäude",
             27150, "Zahlung an Handwerker statt VN, Abtretung fehlt"),
            ("SH-26-005120", "Ilona Schwarting", "Vegesacker Str. 3, 28219 Bremen", "Hausrat",
             2980, "Doppelzahlung, Rückforderung offen"),
            ("SH-26-005388", "Benedikt Ahrens", "Lilienthaler Str. 118, 28215 Bremen", "Wohngebäude",
             11600, "Vorschaden 2024 nicht abgeglichen"),
        ]),
    ], (2026, 5, 6, 14, 0, 0), creator="S. Lange"), *MIME_XLSX, "Stichprobe_Jolanda_auffaellig.xlsx")
    return "CONFIDENTIAL", "de", "internal", "audit sample: XLSX with named policyholders, addresses, claim numbers and payments in property lines", m


@mail
def c21():
    m = new("Stefanie Lange <stefanie.lange@nordlicht-versicherung.example>",
            "Jonas Albers <jonas.albers@nordlicht-versicherung.example>",
            "Prüfung Entgelt: doppelte Auszahlung Leistungsprämie 2025",
            "2026-07-02 11:21:45",
            cc="Dr. Matthias Vogt <matthias.vogt@nordlicht-versicherung.example>")
    body(m, """
Hallo Herr Albers,

bei der Prüfung der Einmalzahlungen sind uns drei Fälle aufgefallen, in
denen die Leistungsprämie 2025 im März und erneut im April ausgezahlt
wurde:

  Pers.-Nr. 103 118  Heiko Stolte        1.850,00 € (März und April)
  Pers.-Nr. 107 745  Annika Freese       2.300,00 € (März und April)
  Pers.-Nr. 115 062  Bastian Lührs       1.400,00 € (März und April)

Ursache scheint der manuelle Nachlauf nach dem Systemabbruch am 27.03. zu
sein. Bitte prüfen Sie, ob die Rückforderung über die Juli-Abrechnung
laufen kann, und informieren Sie die drei Beschäftigten vorher.

Viele Grüße
Stefanie Lange
Konzernrevision
""")
    return "CONFIDENTIAL", "de", "internal", "audit finding with bonus amounts paid twice to three named employees", m


@mail
def c22():
    m = new("Gerd Ostendorf <gerd.ostendorf@tonline-mail.example>",
            "datenschutz@nordlicht-versicherung.example",
            "Auskunft nach Art. 15 DSGVO",
            "2026-04-03 22:14:37")
    body(m, """
Sehr geehrte Damen und Herren,

ich bitte um vollständige Auskunft über alle zu meiner Person
gespeicherten Daten nach Art. 15 DSGVO, insbesondere auch darüber, an wen
Sie meine Daten weitergegeben haben (Auskunfteien? HIS?).

Zur Identifikation:
Gerd Ostendorf, geb. 04.11.1957
Rembertistraße 21, 28203 Bremen
Hausratversicherung Nr. HR-2210-447103
Privathaftpflicht Nr. PH-2210-447104

Hintergrund: nach meinem Fahrraddiebstahl im Februar wurde mir bei einer
anderen Gesellschaft der Abschluss verweigert, angeblich wegen eines
Eintrags. Ich möchte wissen, was da über mich gespeichert ist.

Bitte antworten Sie schriftlich an meine Postanschrift.

Gerd Ostendorf
""")
    return "CONFIDENTIAL", "de", "customer-to-insurer", "access request with birth date and household/liability policy numbers", m


@mail
def c23():
    m = new("Melanie Pfeiffer <m.pfeiffer@posteo-mail.example>",
            "personal@nordlicht-versicherung.example",
            "Kopie meiner Personalakte",
            "2026-10-12 19:40:52", mid_style="tb")
    body(m, """
Guten Abend,

ich war bis zum 31.03.2026 bei Ihnen in der Vertragsabteilung Sach
beschäftigt (Personalnummer 098 341) und bitte um eine Kopie meiner
vollständigen Personalakte einschließlich aller Abmahnungen und
Beurteilungen nach Art. 15 Abs. 3 DSGVO.

Zur Identifikation: Melanie Pfeiffer, geboren 27.05.1979, letzte Anschrift
bei Ihnen: Hemelinger Bahnhofstr. 9, 28309 Bremen. Inzwischen wohne ich
in Verden, Anschrift siehe unten.

Bitte senden Sie mir auch die Lohnsteuerbescheinigung 2026 noch einmal
zu, die erste ist wohl an die alte Adresse gegangen.

Mit freundlichen Grüßen
Melanie Pfeiffer
Große Straße 61, 27283 Verden
""", cte="8bit", flowed=True)
    return "CONFIDENTIAL", "de", "employee-to-insurer", "former employee requests personnel file, giving birth date and personnel number", m


@mail
def c24():
    m = new("Miriam Kowalczyk <miriam.kowalczyk@nordlicht-versicherung.example>",
            "Dr. Hannah Petersen <hannah.petersen@nordlicht-versicherung.example>",
            "Datenpanne: Abrechnungen an falschen Verteiler / payslips sent to wrong list",
            "2026-11-27 16:48:20",
            cc="Dr. Frieder Haas <frieder.haas@nordlicht-versicherung.example>")
    body(m, """
Liebe Frau Dr. Petersen,

ich muss einen Vorfall melden. Beim Versand der Nachberechnungen November
ist die Sammelmail mit den Korrekturbeträgen statt an die zwölf
Betroffenen an den Verteiler „vertrieb-id@" (ca. 45 Personen) gegangen.
Der Text enthielt pro Person Name und Korrekturbetrag netto:

  Anke Mehrtens +112,40 · Marco Feldhaus +98,15 · Olga Schäfer +98,15
  Deniz Arslan +131,02 · Lennart Bischoff +87,60 · Sandra Vogelsang
  +112,40 · Ilka Brede +64,18 · Jan-Ole Petersen +98,15 · Birte
  Wendelken +131,02 · Karsten Meyerhoff +87,60 · Thorben Kück +64,18 ·
  Mustafa Acar +112,40

I already asked the recipients to delete the mail (recall failed for
external forwards? – no, all internal). Two colleagues confirmed deletion
so far. Bitte sagen Sie mir, ob wir das melden müssen.

Viele Grüße
Miriam Kowalczyk
Entgeltabrechnung
""")
    return "CONFIDENTIAL", "mixed", "internal", "incident report repeating twelve named employees' net pay corrections", m


@mail
def c25():
    m = new("Service Desk <servicedesk@nordlicht-versicherung.example>",
            "HR Systems 2nd Level <hr-systems@nordlicht-versicherung.example>",
            "[SD-2026-077410] HR portal shows old bank account – escalated",
            "2026-06-16 09:37:15", mid_style="system")
    body(m, """
Ticket SD-2026-077410 has been assigned to your group.

Caller:       Nadine Grünewald (Complaints Management), ext. 3318
Category:     Application > HR portal > Personal data
Priority:     3 – medium

Description (caller):
  In the HR portal my bank details still show the old account
  DE60 2519 0088 4904 8195 24 although I changed it on 2 June to
  DE11 2519 0088 5825 3119 94. The confirmation mail said "saved".
  I am worried my June salary goes to the old account, which is closed.

Notes 1st level (Nina Hoffmann):
  Change request visible in workflow, status "pending approval payroll"
  since 02.06. Please check and push before payroll cut-off (18.06.).
""")
    return "CONFIDENTIAL", "en", "internal", "service desk ticket with an employee's old and new IBAN", m


@mail
def c26():
    m = new("Casino Nordlicht <casino@nordlicht-versicherung.example>",
            "Kreditoren <kreditoren@nordlicht-versicherung.example>",
            "Neue Lastschriftmandate Casino-Karte Mai",
            "2026-05-04 10:10:10")
    body(m, """
Hallo zusammen,

anbei das neue Mandat für die automatische Aufladung der Casino-Karte.
Bitte im System hinterlegen, Aufladung wie immer am 1. Werktag.

Danke, Casino-Team
""")
    attach_bytes(m, pdf([
        "# SEPA-Lastschriftmandat",
        "Zahlungsempfänger: Nordlicht Versicherung AG, Casino, Weserufer 12, 28217 Bremen",
        "Gläubiger-Identifikationsnummer: DE41ZZZ00000817264",
        "Mandatsreferenz: CASINO-119877",
        "",
        "Ich ermächtige die Nordlicht Versicherung AG, Zahlungen von meinem Konto mittels "
        "Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von der "
        "Nordlicht Versicherung AG auf mein Konto gezogenen Lastschriften einzulösen.",
        "",
        "Kontoinhaber: Thorben Kück",
        "Anschrift: Osterdeich 140, 28205 Bremen",
        "IBAN: DE98 2805 0117 1968 1950 64",
        "Betrag: monatliche Aufladung 60,00 EUR",
        "",
        "Bremen, 30.04.2026   Unterschrift: T. Kück",
    ], (2026, 4, 30, 12, 0, 0), title="SEPA-Mandat CASINO-119877"), *MIME_PDF, "Mandat_CASINO-119877.pdf")
    return "CONFIDENTIAL", "de", "internal", "body harmless; PDF direct-debit mandate with an employee's IBAN and address", m


@mail
def c27():
    m = new("Schlüsseldienst Uwe Rathjen <info@rathjen-schluessel.example>",
            "rechnungseingang@nordlicht-versicherung.example",
            "Rechnung 26-0188 Notöffnung Archivraum",
            "2026-02-27 12:02:40")
    body(m, """
Moin,

anbei die Rechnung für die Notöffnung am 24.02. (Archiv UG, Schließzylinder
getauscht, 12 Schlüssel nachgefertigt):

Anfahrt Stadtgebiet              45,00
Notöffnung ohne Beschädigung     89,00
Profilzylinder Sicherheitsklasse 3 x 138,00 = 414,00
Schlüssel 12 x 14,50             174,00
netto                           722,00
USt 19 %                        137,18
Summe                           859,18 EUR

Bitte zahlen auf mein Konto: Uwe Rathjen, DE28 2605 0221 5821 8608 96
St.-Nr. 71/244/19902

Gruß
Uwe Rathjen
Schlüsseldienst Rathjen (Inh. Uwe Rathjen), Gröpelinger Heerstr. 301, 28237 Bremen
""", charset="windows-1252")
    return "CONFIDENTIAL", "de", "supplier-to-insurer", "sole-trader locksmith's invoice with personal IBAN and tax number", m


@mail
def c28():
    m = new("Marlene Graf <marlene.graf@nordlicht-versicherung.example>",
            "Tobias Rehder <tobias.rehder@nordlicht-versicherung.example>",
            "WG: Beschwerde an Herrn Dr. Overbeck – Leitungswasserschaden Wohngebäude",
            "2026-02-10 12:40:00")
    body(m, """
Hallo Herr Rehder,

bitte übernehmen Sie; Herr Dr. Overbeck möchte bis Freitag einen
Antwortentwurf sehen.

Viele Grüße
Marlene Graf
Vorstandsbüro

-----Ursprüngliche Nachricht-----
Von: Friedhelm Knoop <f.knoop@knoop-familie.example>
Gesendet: Montag, 9. Februar 2026 21:17
An: vorstand@nordlicht-versicherung.example
Betreff: Seit 11 Wochen keine Regulierung!!

Sehr geehrter Herr Dr. Overbeck,

ich wende mich direkt an Sie, weil Ihre Schadenabteilung nicht reagiert.
Am 20.11.2025 ist in unserem Haus (Wohngebäudeversicherung WG-3301-118752,
Weidenweg 4, 28865 Lilienthal) ein Rohr in der Küchenwand geplatzt. Der
Gutachter war am 02.12. da, seitdem höre ich nichts. Der Trocknungsbetrieb
will jetzt 4.870 € Abschlag von mir, und meine Frau und ich wohnen mit
zwei Kindern seit Wochen ohne Küche.

Schadennummer ist SW-25-118752-03. Ich erwarte bis Ende der Woche eine
Zahlung, sonst gehe ich zum Ombudsmann und zur Presse.

Friedhelm Knoop
""")
    return "CONFIDENTIAL", "de", "customer", "complaint to the CEO forwarded: named customer, buildings policy, claim number, address", m


@mail
def c29():
    m = new("Anja Seidel <anja.seidel@nordlicht-versicherung.example>",
            "Marlene Graf <marlene.graf@nordlicht-versicherung.example>",
            "Vergütungsbericht 2025 – Entwurf Tabelle Einzelbezüge (nicht weiterleiten)",
            "2026-02-18 20:31:09")
    body(m, """
Liebe Frau Graf,

bitte die Tabelle für die Präsidialausschusssitzung vorbereiten. Die Zahlen
sind noch nicht vom Aufsichtsrat beschlossen und dürfen bis zur
Veröffentlichung niemand außerhalb des Ausschusses sehen.

                         fix       STI 2025   LTI-Zuteilung  Versorgung
Dr. C. Overbeck (Vors.)  780.000   312.000    260.000        156.000
A. Seidel                540.000   205.200    180.000        108.000
P. Hamann                510.000   183.600    170.000        102.000
Dr. I. Rademacher        510.000   214.200    170.000         97.000

Die Sonderzahlung an Herrn Hamann für die Tarifverhandlungen (40.000)
soll getrennt ausgewiesen werden.

Danke und Gruß
Anja Seidel
""")
    return "CONFIDENTIAL", "de", "internal", "unpublished individual board remuneration per named member", m


@mail
def c30():
    m = new("Tobias Rehder <tobias.rehder@nordlicht-versicherung.example>",
            "Andrea Sommerfeld <andrea.sommerfeld@kabelpost.example>",
            "Ihr Schreiben an unseren Vorstand – Kfz-Schaden KS-26-031447",
            "2026-03-20 11:15:30")
    body(m, """
Sehr geehrte Frau Sommerfeld,

Herr Dr. Overbeck hat mich gebeten, Ihnen auf Ihr Schreiben vom 13. März
zu antworten.

Sie haben völlig recht: Die Regulierung Ihres Haftpflichtschadens vom
14.01.2026 (unser Versicherungsnehmer ist rückwärts aus einer Parklücke
in Ihren VW Polo, HB-AS 908, gefahren) hat zu lange gedauert. Wir haben
den Schaden heute abschließend reguliert:

  Reparaturkosten laut Gutachten     3.412,60 €
  Wertminderung                        350,00 €
  Nutzungsausfall 6 Tage x 43 €        258,00 €
  Kostenpauschale                       25,00 €
  Gesamt                             4.045,60 €

Der Betrag geht auf das von Ihnen angegebene Konto. Die Gutachterkosten
haben wir direkt mit dem Sachverständigenbüro abgerechnet. Niemand wurde
bei dem Unfall verletzt, daher entfällt ein Schmerzensgeld.

Für die Verzögerung bitte ich Sie um Entschuldigung.

Mit freundlichen Grüßen
Tobias Rehder
Beschwerdemanagement im Auftrag des Vorstands
""" + FOOT_AG)
    return "CONFIDENTIAL", "de", "insurer-to-customer", "board-office reply on a named third party's motor claim with plate and amounts, nobody hurt", m


@mail
def c31():
    m = new("Mitarbeiterversicherung <ma-versicherung@nordlicht-versicherung.example>",
            "Ilka Brede <ilka.brede@nordlicht-versicherung.example>",
            "Ihr Mitarbeitervertrag Hausrat – Policierung",
            "2026-01-26 13:13:13")
    body(m, """
Liebe Frau Brede,

Ihr Antrag auf eine Hausratversicherung zum Mitarbeitertarif ist
policiert:

  Vertragsnummer:      HR-2601-551208
  Versicherungsort:    Feldstraße 33, 28203 Bremen
  Versicherungssumme:  58.000 € (Unterversicherungsverzicht)
  Einschluss:          Fahrraddiebstahl bis 2.000 €, Elementar
  Jahresbeitrag:       96,40 € nach 25 % Mitarbeiterrabatt
  Zahlweise:           jährlich per Lastschrift vom Gehaltskonto

Der Versicherungsschein geht Ihnen per Hauspost zu. Bitte beachten Sie,
dass der Rabatt bei Ende des Arbeitsverhältnisses entfällt.

Viele Grüße
Ihr Team Mitarbeiterversicherung
""")
    return "CONFIDENTIAL", "de", "internal", "employee's own household policy: number, insured address, premium", m


@mail
def c32():
    m = new("Sandra Vogelsang <sandra.vogelsang@nordlicht-versicherung.example>",
            "Birte Wendelken <birte.wendelken@nordlicht-versicherung.example>",
            "AW: Geburtstagsliste fürs neue Jahr?",
            "2026-01-05 08:47:30",
            irt="<NLX1a9e0d7b55f24c2f8e113aa07c9a5d66@nordlicht-versicherung.example>")
    body(m, """
Hi Birte,

hab die alte Liste aus dem Teamordner exportiert, ist aber mit Jahrgang –
bitte vor dem Aushängen die Jahreszahlen rausnehmen, das muss ja nicht
jeder sehen ;-)

Sandra

> Hast du noch die Geburtstagsliste vom letzten Jahr? LG Birte
""")
    attach_text(m, """
Name;Vorname;Geburtstag
Kuhlmann;Renate;28.04.1961
Wendelken;Birte;19.09.1988
Vogelsang;Sandra;02.12.1975
Yıldız;Hülya;15.04.1993
Carstens;Jasper;07.04.1990
Brede;Ilka;23.06.1983
Meyerhoff;Karsten;11.01.1969
""", "csv", "Geburtstage_Team_KS_Leben.csv", charset="utf-8")
    return "CONFIDENTIAL", "de", "internal", "body harmless; CSV with full birth dates of named colleagues", m


@mail
def c33():
    m = new("Dr. Frieder Haas <frieder.haas@nordlicht-versicherung.example>",
            "Jörg Lammers <joerg.lammers@privatmail-nord.example>",
            "Aufhebungsvertrag – Entwurf zur Durchsicht mit Ihrem Anwalt",
            "2026-06-24 18:20:44")
    body(m, """
Sehr geehrter Herr Lammers,

wie in unserem Gespräch am Montag vereinbart, erhalten Sie den Entwurf
des Aufhebungsvertrags an Ihre private Adresse, damit Sie ihn in Ruhe mit
Ihrem Rechtsanwalt besprechen können. Das Angebot gilt bis 10.07.2026.

Mit freundlichen Grüßen
Dr. Frieder Haas
Leiter Personal
""")
    attach_bytes(m, docx([
        ("h", "Aufhebungsvertrag (Entwurf)"),
        "zwischen der Nordlicht Versicherung AG und Herrn Jörg Lammers, Pers.-Nr. 087 115",
        "1. Das Arbeitsverhältnis endet auf Veranlassung der Arbeitgeberin aus betrieblichen "
        "Gründen (Wegfall der Abteilung Vertragsservice Altbestand) mit Ablauf des 31.12.2026.",
        "2. Herr Lammers wird ab dem 01.10.2026 unter Fortzahlung der Bezüge unwiderruflich "
        "freigestellt; Resturlaub wird angerechnet.",
        "3. Herr Lammers erhält für den Verlust des Arbeitsplatzes eine Abfindung in Höhe von "
        "95.390 EUR brutto (0,6 Monatsgehälter je Beschäftigungsjahr bei 26 Jahren und einem "
        "Monatsgehalt von 5.868 EUR = 91.540 EUR, zzgl. Aufstockung 3.850 EUR), fällig mit der "
        "letzten Abrechnung.",
        "4. Die Anwartschaft auf betriebliche Altersversorgung (Direktzusage) bleibt "
        "unverfallbar erhalten.",
        "5. Herr Lammers erhält ein wohlwollendes qualifiziertes Zeugnis mit der Note gut.",
        "6. Die Parteien sind sich einig, dass damit alle Ansprüche erledigt sind.",
    ], (2026, 6, 24, 18, 0, 0)), *MIME_DOCX, "Aufhebungsvertrag_Lammers_Entwurf.docx")
    return "CONFIDENTIAL", "de", "insurer-to-employee", "termination agreement DOCX with severance and monthly salary", m


@mail
def c34():
    m = new("Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "Kirsten Hollmann <kirsten.hollmann@nordlicht-versicherung.example>",
            "Zeugnisentwurf Pfeiffer – bitte Tätigkeitsbeschreibung ergänzen",
            "2026-03-23 14:02:14")
    body(m, """
Hallo Kirsten,

hier mein Entwurf für das Endzeugnis von Frau Pfeiffer. Kannst du die
Aufgaben im zweiten Absatz ergänzen und mir bis Donnerstag zurückgeben?

----
ARBEITSZEUGNIS

Frau Melanie Pfeiffer, geboren am 27.05.1979 in Achim, war vom 01.08.2003
bis zum 31.03.2026 in unserem Unternehmen beschäftigt, zuletzt als
Sachbearbeiterin in der Vertragsabteilung Sach.

[Aufgaben – bitte ergänzen]

Frau Pfeiffer verfügt über ein umfassendes Fachwissen, das sie stets
sicher und zielgerichtet einsetzte. Sie erledigte die ihr übertragenen
Aufgaben stets zu unserer vollen Zufriedenheit. ...

Frau Pfeiffer verlässt uns auf eigenen Wunsch. Wir danken ihr für die
langjährige Zusammenarbeit und wünschen ihr für ihre berufliche und
private Zukunft alles Gute.
----

Danke!
Katrin
""")
    return "CONFIDENTIAL", "de", "internal", "reference letter draft with the former employee's birth date", m


@mail
def c35():
    m = new("Betriebsrente Nordlicht <betriebsrente@nordlicht-versicherung.example>",
            "Hermann Gerdes <hermann.gerdes@seniorennetz.example>",
            "Anpassung Ihrer Betriebsrente zum 01.07.2026",
            "2026-06-05 10:00:00")
    body(m, """
Sehr geehrter Herr Gerdes,

nach § 16 BetrAVG prüfen wir alle drei Jahre die Anpassung der laufenden
Betriebsrenten. Zum 01.07.2026 erhöht sich Ihre Betriebsrente aus der
Versorgungszusage der Nordlicht Versicherung AG um 6,2 %:

  bisherige Betriebsrente monatlich (brutto)    1.284,50 €
  neue Betriebsrente ab 01.07.2026 (brutto)     1.364,14 €

Von der Betriebsrente werden wie bisher Lohnsteuer nach Ihren ELStAM sowie
die Beiträge zur Kranken- und Pflegeversicherung der Rentner abgeführt.
Die Zahlung erfolgt wie gewohnt zum Monatsende auf Ihr Konto bei der
Bremischen Volksbank.

Mit freundlichen Grüßen
Ihre Betriebsrentenabteilung
""")
    return "CONFIDENTIAL", "de", "insurer-to-employee", "retired employee's company pension amount (income) from a direct pension promise", m


@mail
def c36():
    m = new("Ingrid Tiedemann <ingrid.tiedemann@web-post.example>",
            "betriebsrente@nordlicht-versicherung.example",
            "Witwenrente – Hans-Georg Tiedemann",
            "2026-02-09 15:33:04", mid_style="tb")
    body(m, """
Sehr geehrte Damen und Herren,

mein Mann Hans-Georg Tiedemann (Personalnummer 061 204) ist am 25. Januar
verstorben. Wie mir Frau Behrendt am Telefon sagte, steht mir aus seiner
Versorgungszusage eine Witwenrente zu.

Die Sterbeurkunde und unsere Heiratsurkunde lege ich als Scan bei (per
Post kommen die beglaubigten Kopien). Ich bin am 14.09.1966 geboren.
Bitte überweisen Sie die Rente auf mein Konto:

Ingrid Tiedemann
IBAN DE79 4405 0199 6490 8767 97

Das gemeinsame Konto wird aufgelöst. Das letzte Gehalt meines Mannes für
Januar ist noch auf das alte Konto gegangen, das ist in Ordnung.

Mit freundlichen Grüßen
Ingrid Tiedemann
""", cte="8bit")
    return "CONFIDENTIAL", "de", "relative-to-insurer", "widow's pension claim with her birth date and IBAN; death without cause", m


@mail
def c37():
    m = new("Personal Bremen <personal@nordlicht-versicherung.example>",
            "Anke Mehrtens <anke.mehrtens@nordlicht-versicherung.example>",
            "Ihre Anfrage nach § 10 Entgelttransparenzgesetz",
            "2026-06-30 09:15:00")
    alt(m, """
Sehr geehrte Frau Mehrtens,

auf Ihre Anfrage vom 04.05.2026 teilen wir Ihnen Folgendes mit:

Vergleichstätigkeit: Gruppenleitung Vertrieb Innendienst, TG 6,
Vergleichsgruppe: Beschäftigte des anderen Geschlechts mit gleicher
Tätigkeit (9 Personen)

                                   Ihr Entgelt     Median Vergleichsgruppe
Monatliches Bruttogrundentgelt     4.451,00 €      4.520,00 €
Zulagen (Gruppenleitung)             180,00 €        180,00 €
Jahressonderzahlung 2025           5.936,00 €      6.028,00 €

Die Differenz im Grundentgelt erklärt sich durch die Stufenzuordnung
(Berufsjahre). Wir prüfen gern mit Ihnen, ob anrechenbare Vorbeschäftigungs-
zeiten fehlen.

Mit freundlichen Grüßen
Personal Bremen
""", """
<html><body style="font-family:Calibri,Arial,sans-serif">
<p>Sehr geehrte Frau Mehrtens,</p>
<p>auf Ihre Anfrage vom 04.05.2026 teilen wir Ihnen Folgendes mit:</p>
<p>Vergleichstätigkeit: Gruppenleitung Vertrieb Innendienst, TG 6<br>
Vergleichsgruppe: Beschäftigte des anderen Geschlechts mit gleicher Tätigkeit (9 Personen)</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th></th><th>Ihr Entgelt</th><th>Median Vergleichsgruppe</th></tr>
<tr><td>Monatliches Bruttogrundentgelt</td><td>4.451,00 €</td><td>4.520,00 €</td></tr>
<tr><td>Zulagen (Gruppenleitung)</td><td>180,00 €</td><td>180,00 €</td></tr>
<tr><td>Jahressonderzahlung 2025</td><td>5.936,00 €</td><td>6.028,00 €</td></tr>
</table>
<p>Die Differenz im Grundentgelt erklärt sich durch die Stufenzuordnung (Berufsjahre).
Wir prüfen gern mit Ihnen, ob anrechenbare Vorbeschäftigungszeiten fehlen.</p>
<p>Mit freundlichen Grüßen<br>Personal Bremen</p>
</body></html>
""")
    return "CONFIDENTIAL", "de", "insurer-to-employee", "pay transparency answer with the employee's own salary and bonus", m


@mail
def c38():
    m = new("Jonas Albers <jonas.albers@nordlicht-versicherung.example>",
            "Aylin Demir <aylin.demir@nordlicht-versicherung.example>",
            "Arbeitgeberdarlehen Feldhaus – Auszahlung",
            "2026-08-06 13:51:17")
    body(m, """
Hallo Aylin,

der Vorstand hat das Arbeitgeberdarlehen für Herrn Marco Feldhaus
genehmigt. Bitte auszahlen:

  Darlehensbetrag:  15.000,00 €
  Zins:             1,5 % p. a. (über 1.000 € Freigrenze, Zinsvorteil
                    wird als geldwerter Vorteil versteuert)
  Tilgung:          250,00 € monatlich über die Entgeltabrechnung ab 09/2026
  Empfänger:        Marco Feldhaus, IBAN DE66 2005 0650 0989 9613 94

Der unterschriebene Darlehensvertrag liegt in der Personalakte.

Danke
Jonas
""")
    return "CONFIDENTIAL", "de", "internal", "employer loan to a named employee with IBAN and salary deductions", m


@mail
def c39():
    m = new("Lea Hinrichs <lea.hinrichs@nordlicht-versicherung.example>",
            "German Consulate Visa Section <visa@consulate-mumbai.example>",
            "Invitation letter for business visa – Mr Arjun Mehta",
            "2026-09-03 11:41:06")
    body(m, """
Dear Sir or Madam,

Nordlicht Versicherung AG, Bremen, hereby invites

  Mr Arjun Mehta
  born 9 January 1999 in Pune, India
  passport no. Z7731845, valid until 14 March 2033

to Bremen from 5 to 16 October 2026 for onboarding and training at our
headquarters in connection with his employment contract with our
subsidiary Nordlicht Tech Services Pvt. Ltd. (monthly salary INR 162,000).

We will bear all costs of travel, accommodation and health insurance
during the stay.

Yours faithfully
Lea Hinrichs
HR, Nordlicht Versicherung AG
""")
    return "CONFIDENTIAL", "en", "insurer-to-authority", "visa invitation with birth date, passport number and salary", m


@mail
def c40():
    m = new("Fuhrpark <fuhrpark@nordlicht-versicherung.example>",
            "Schaden Kfz Flotte <kfz-flotte@nordlicht-versicherung.example>",
            "Schadenmeldung Dienstwagen HB-NL 2214 / company car damage",
            "2026-10-19 08:22:56")
    body(m, """
Moin zusammen,

Schadenmeldung für unseren eigenen Flottenvertrag FL-0001-NL:

Fahrzeug:      Škoda Superb Combi, HB-NL 2214
Fahrer:        Sören Heitmann, Vertriebsdirektion Nord
Datum/Ort:     16.10.2026, ca. 17:40, A27 Anschlussstelle Bremen-Vahr
Hergang:       Auffahrunfall im Stau, Heitmann ist auf einen Transporter
               aufgefahren (Bremen-Kennzeichen HB-TR 6610). Polizei vor Ort.
Personenschaden: keiner, beide Fahrer unverletzt.
Schaden:       Frontschaden, Fahrzeug nicht fahrbereit, steht bei Autohaus
               Ritter.

Sören asked me to add: the other driver accepted it was a chain reaction,
witness details are on the police report (Vorgangsnr. 26/114 228).

Gruß
Frank Brück, Fuhrpark
""")
    return "CONFIDENTIAL", "mixed", "internal", "company fleet claim: named driver, plates, accident, nobody hurt", m


@mail
def c41():
    m = new("Fuhrpark <fuhrpark@nordlicht-versicherung.example>",
            "Kai-Uwe Helms <kai-uwe.helms@nordlicht-versicherung.example>",
            "Anhörungsbogen Geschwindigkeitsverstoß Poolfahrzeug HB-NL 3307",
            "2026-07-09 10:30:41")
    body(m, """
Hallo Herr Helms,

laut Fahrtenbuch waren Sie am 22.06.2026 mit dem Poolfahrzeug HB-NL 3307
unterwegs. Von der Bußgeldstelle Niedersachsen kam ein Anhörungsbogen:

  Tatzeit:   22.06.2026, 14:12 Uhr
  Tatort:    B 75 Delmenhorst, Höhe Stickgraser Damm
  Verstoß:   zulässige Geschwindigkeit 70 km/h, gemessen 94 km/h
             (nach Toleranzabzug 91 km/h), 21 km/h zu schnell
  Regelsatz: 115 € Bußgeld, 1 Punkt

Wir müssen die Fahrerdaten innerhalb einer Woche melden. Bitte bestätigen
Sie kurz, dass Sie gefahren sind; den Bogen mit Ihren Personalien füllen
wir dann aus. Das Bußgeld tragen nach der Dienstwagenrichtlinie Sie selbst.

Gruß
Frank Brück, Fuhrpark
""")
    return "CONFIDENTIAL", "de", "internal", "administrative speeding fine of a named employee driver (no criminal offence)", m


@mail
def c42():
    m = new("Travel Office <travel@nordlicht-versicherung.example>",
            "Corporate Desk <corporate@hansa-travel.example>",
            "Booking request – group trip Lisbon 14–16 October",
            "2026-09-21 15:02:10")
    body(m, """
Dear colleagues,

please book flights BRE–LIS–BRE (via FRA or MUC, economy, flexible fares)
and 2 nights at the Hotel Avenida Lisboa for the following travellers.
Airlines require date of birth for the API data:

  1. Graham Whitfield     born 03.07.1981   LH Miles & More 992 004 118 771
  2. Aleksandra Nowak     born 19.02.1993   no frequent flyer
  3. Tobias Frerichs      born 21.01.1991   LH Miles & More 992 001 447 250
  4. Priya Raman          born 12.11.1988   BA Exec Club 41882207

Invoice to cost centre 6120 (Claims Analytics), as always via our
company credit card on file.

Thank you!
Travel Office
Nordlicht Versicherung AG
""")
    return "CONFIDENTIAL", "en", "insurer-to-supplier", "travel booking with four employees' birth dates and frequent-flyer numbers", m


@mail
def c43():
    m = new("Claudia Reimers <claudia.reimers@nordlicht-versicherung.example>",
            "Personal Recht <personal-recht@nordlicht-versicherung.example>",
            "Statusprüfung freie Mitarbeiter IT – Herr Dombrowski",
            "2026-03-27 09:43:55")
    body(m, """
Hallo Frau Dr. Schmitz,

für die Statusprüfung (Scheinselbständigkeit) von Herrn Piotr Dombrowski,
freiberuflicher SAP-HR-Berater, hier die Zahlen aus dem Einkauf:

  Honorar Nordlicht 2025:         118.400 € netto (148 Tage à 800 €)
  laut seiner Auskunft Gesamtumsatz 2025: ca. 131.000 €
  -> Anteil Nordlicht ca. 90 %
  Arbeitsort: überwiegend bei uns vor Ort, eigener Laptop
  Weitere Auftraggeber 2025: einer (Stadtwerke, 12 Tage)

Die Verlängerung bis 31.12.2026 liegt auf meinem Tisch. Sollen wir vorher
ein Statusfeststellungsverfahren bei der DRV beantragen?

Viele Grüße
Claudia Reimers
""")
    return "CONFIDENTIAL", "de", "internal", "freelancer's income from the insurer and total turnover (natural person)", m


@mail
def c44():
    m = new("Jonas Albers <jonas.albers@nordlicht-versicherung.example>",
            "Lars Ehlers <lars.ehlers@gmx-nord.example>",
            "Überzahlung Entgelt April 2026 – Rückforderung",
            "2026-05-18 11:10:26")
    body(m, """
Sehr geehrter Herr Ehlers,

Sie sind zum 15.04.2026 bei uns ausgeschieden. Durch eine verspätete
Austrittsmeldung wurde Ihnen das Aprilgehalt noch vollständig
überwiesen. Überzahlt wurden:

  Bruttoentgelt 16.04.–30.04.2026           1.983,00 €
  davon netto an Sie ausgezahlt             1.244,71 €

Wir bitten Sie, den Nettobetrag von 1.244,71 € bis zum 15.06.2026 auf
unser Konto zu überweisen:

  Nordlicht Versicherung AG, IBAN DE54 2907 0050 0122 4400 00
  Verwendungszweck: Rückforderung 100 872 Ehlers

Die zu viel abgeführten Steuern und Sozialversicherungsbeiträge
korrigieren wir selbst. Eine Ratenzahlung ist nach Absprache möglich.

Mit freundlichen Grüßen
Jonas Albers
Entgeltabrechnung
""")
    return "CONFIDENTIAL", "de", "insurer-to-employee", "salary overpayment reclaim to a former employee with gross and net amounts", m


@mail
def c45():
    m = new("Sven Claassen <sven.claassen@nordlicht-versicherung.example>",
            "Datenschutz Nordlicht <datenschutz@nordlicht-versicherung.example>",
            "Fehlversand Mahnlauf Kfz – betroffene Kunden / affected customers",
            "2026-08-27 17:36:08")
    body(m, """
Hallo Frau Dr. Petersen,

wie telefonisch besprochen: Beim gestrigen Mahnlauf Kfz wurden 23
Zahlungserinnerungen per E-Mail an die Adresse des jeweils vorherigen
Kunden in der Liste geschickt (Sortierfehler im Export). Die Liste der
betroffenen Kunden hängt an. Inhalt der Mails: Name, Vertragsnummer,
Kennzeichen, offener Betrag.

The IT team (Gdańsk) has fixed the export job and confirmed no other
runs were affected. Shall we inform the customers today?

Gruß
Sven Claassen
Beitragsservice Kfz
""")
    attach_text(m, """
vertrag;name;kennzeichen;offen_eur;empfaenger_falsch
KF-4418-301177;Björn Sander;HB-BS 1201;214,60;kunde vorher
KF-4418-301259;Maria Tsakiris;OHZ-MT 88;97,33;kunde vorher
KF-4418-301342;Ralf Hemken;DEL-RH 414;388,10;kunde vorher
KF-4418-301588;Anja Wolters;HB-AW 7;156,02;kunde vorher
KF-4418-301603;Jens Cordes;VER-JC 220;61,90;kunde vorher
KF-4418-301799;Elif Kaya;HB-EK 3030;442,18;kunde vorher
""", "csv", "betroffene_mahnlauf_2026-08-26.csv")
    return "CONFIDENTIAL", "mixed", "internal", "misdirected dunning: CSV of named motor customers with policy numbers, plates, arrears", m


@mail
def c46():
    m = new("Christa Wübbenhorst <c.wuebbenhorst@mailwelt.example>",
            "service@nordlicht-versicherung.example",
            "Kündigung und Löschung meiner Daten",
            "2026-10-30 10:04:51", mid_style="tb")
    body(m, """
Sehr geehrte Damen und Herren,

hiermit kündige ich meine Glasversicherung Nr. GL-1904-228761 zum
nächstmöglichen Zeitpunkt und bitte um Löschung meiner Daten, sobald
keine Aufbewahrungspflicht mehr besteht.

Bitte buchen Sie ab sofort nichts mehr von meinem Konto
DE40 2805 0117 8711 3306 55 ab. Ein eventuelles Guthaben überweisen Sie
bitte dorthin.

Christa Wübbenhorst
Am Hexenberg 2, 27711 Osterholz-Scharmbeck
""", cte="8bit")
    return "CONFIDENTIAL", "de", "customer-to-insurer", "cancellation and deletion request with glass policy number and IBAN", m


@mail
def c47():
    m = new("Versicherungsombudsmann e.V. <beschwerde@ombudsmann-vers.example>",
            "Marlene Graf <marlene.graf@nordlicht-versicherung.example>",
            "Beschwerde Frau Petra Rosenthal – Ihr Zeichen RS-24-009981 – Unser Az. 2026-041877",
            "2026-04-15 09:51:33")
    body(m, """
Sehr geehrte Damen und Herren,

bei uns ist eine Beschwerde von Frau Petra Rosenthal, Kurfürstenallee 54,
28211 Bremen, eingegangen. Sie ist bei Ihnen rechtsschutzversichert
(Vertrag RS-24-009981, Privat-, Berufs- und Verkehrsrechtsschutz).

Frau Rosenthal trägt vor, Sie hätten die Deckung für eine
mietrechtliche Auseinandersetzung (Eigenbedarfskündigung ihres Vermieters
vom 12.01.2026) wegen Vorvertraglichkeit abgelehnt. Sie meint, der
Streit sei erst mit der Kündigung entstanden.

Wir bitten Sie um Stellungnahme bis 13.05.2026 und um Übersendung der
Deckungskorrespondenz. Die Beschwerdeführerin hat in die Weitergabe ihrer
Daten eingewilligt.

Mit freundlichen Grüßen
Schlichtungsstelle
Versicherungsombudsmann e. V.
""")
    return "CONFIDENTIAL", "de", "ombudsman-to-insurer", "ombudsman complaint naming a legal-expenses customer with policy and address", m


@mail
def c48():
    m = new("Lea Hinrichs <lea.hinrichs@nordlicht-versicherung.example>",
            "Miriam Kowalczyk <miriam.kowalczyk@nordlicht-versicherung.example>",
            "Relocation allowance Bianchi – gross-up",
            "2026-07-14 12:12:12")
    body(m, """
Hi Miriam,

Luca Bianchi (Senior Actuary, starts 1 August) signed. His contract
includes a relocation package:

  one-off relocation allowance      EUR 8,000 net
  temporary housing (3 months)      EUR 1,450/month, paid to landlord
  annual fixed salary               EUR 86,000 (12 instalments)

Can you calculate the gross-up for the EUR 8,000 net with the August
payroll? He will be tax class 1, no church tax, statutory health insurance
(he chose the Weser-Ems BKK).

Thanks!
Lea
""")
    return "CONFIDENTIAL", "en", "internal", "new hire's relocation allowance and annual salary", m


@mail
def c49():
    m = new("Miriam Kowalczyk <miriam.kowalczyk@nordlicht-versicherung.example>",
            "Jonas Albers <jonas.albers@nordlicht-versicherung.example>",
            "ELStAM-Änderungsliste März",
            "2026-03-02 08:31:07")
    body(m, """
Moin Jonas,

die ELStAM-Änderungsliste für März ist da, 4 Fälle, alle ohne Rückfragen
übernommen:

  104 870  Özdemir, Cem       StKl 1 -> 3   Steuer-ID 83165704918   ab 01.02.
  109 114  Tekin, Ömer        Kinderfreibetrag 0 -> 1,0              ab 01.01.
  112 408  Whitfield, Graham  StKl 1 -> 4   Steuer-ID 23756094080   ab 01.03.
  117 002  Grünewald, Nadine  Freibetrag 1.800 € jährl. (Fahrtkosten) ab 01.03.

Rückrechnung für Februar bei Özdemir läuft automatisch.

Gruß Miriam
""")
    return "CONFIDENTIAL", "de", "internal", "tax ID numbers and tax class changes of named employees", m


@mail
def c50():
    m = new("Kirsten Hollmann <kirsten.hollmann@nordlicht-versicherung.example>",
            "Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "Gehalt Carstens ab 01.10. jetzt 4.340 brutto – so ok?",
            "2026-09-22 17:49:03", mid_style="phone")
    body(m, """
passt das so? dann geb ich ihm morgen bescheid
K.
""", cte="8bit")
    return "CONFIDENTIAL", "de", "internal", "named employee's new gross salary only in the subject", m


@mail
def c51():
    m = new("Graham Whitfield <graham.whitfield@nordlicht-versicherung.example>",
            "Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "Salary review 2026 – my proposals",
            "2026-02-27 18:04:26")
    body(m, """
Hi Katrin,

here are my proposals for the team. Budget is 4.5 %; I went a bit over
for Aleksandra because of the retention risk we discussed.

Best
Graham
""")
    attach_bytes(m, ods([
        ("Proposal", [
            ("Name", "Current base EUR", "Proposed %", "New base EUR", "Comment"),
            ("Kai-Uwe Helms", 82200, 3.5, 85077, "solid"),
            ("Aleksandra Nowak", 64800, 8.0, 69984, "retention, external offer"),
            ("Felix Brandes", 61200, 4.0, 63648, ""),
            ("Ilyas Rahimi", 58900, 3.0, 60667, "joined 2025"),
            ("Johanna Kettler", 71400, 4.5, 74613, ""),
        ]),
    ], (2026, 2, 27, 18, 0, 0)), *MIME_ODS, "salary_review_claims_analytics.ods")
    return "CONFIDENTIAL", "en", "internal", "body harmless; ODS with current and proposed salaries of named team members", m


@mail
def c52():
    m = new("Jonas Albers <jonas.albers@nordlicht-versicherung.example>",
            "Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "AW: Herr Yilmaz – Kontoänderung",
            "2026-04-21 10:02:33",
            irt="<NLB8d2f4e6a11c9470b93c0e5f2a7d18c44@nordlicht-versicherung.example>")
    body(m, """
erledigt, ist ab April drin.

Jonas

-----Ursprüngliche Nachricht-----
Von: Katrin Behrendt
Gesendet: Dienstag, 21. April 2026 09:12
An: Jonas Albers
Betreff: Herr Yilmaz – Kontoänderung

Hallo Jonas,

Pascal Yilmaz hat mich im Flur angesprochen, er hat seit März ein
Gemeinschaftskonto mit seiner Frau und möchte das Gehalt dorthin:
Pascal und Derya Yilmaz, DE73 2915 0071 4315 0535 88.
Die Änderung im Portal klappt bei ihm nicht (Ticket läuft).
Kannst du das direkt eintragen?

Danke, Katrin
""")
    return "CONFIDENTIAL", "de", "internal", "reply says only 'erledigt'; quoted mail holds an employee's new IBAN", m


@mail
def c53():
    m = new("Obergerichtsvollzieher Krüger <dgv.krueger@justiz-bremen.example>",
            "entgelt@nordlicht-versicherung.example",
            "Vorpfändung § 845 ZPO – Schuldner Jörg Wilkens, geb. 08.12.1985",
            "2026-10-06 13:27:18")
    body(m, """
Sehr geehrte Damen und Herren,

im Auftrag der Gläubigerin Nordwest Inkasso GmbH stelle ich Ihnen als
Drittschuldnerin die Benachrichtigung über die bevorstehende Pfändung
(Vorpfändung) zu.

Schuldner: Jörg Wilkens, geb. 08.12.1985, Waller Heerstraße 190,
28219 Bremen
Forderung: 6.418,22 € nebst Zinsen und Kosten
Gepfändet werden die Ansprüche des Schuldners auf Zahlung des gesamten
gegenwärtigen und künftigen Arbeitseinkommens.

Es wird Ihnen verboten, an den Schuldner zu zahlen, soweit das
Arbeitseinkommen pfändbar ist. Der Pfändungsbeschluss wird innerhalb
eines Monats zugestellt. Die Originalzustellung erfolgt zusätzlich per Post.

Krüger
Obergerichtsvollzieher
""")
    return "CONFIDENTIAL", "de", "authority-to-insurer", "pre-garnishment of a named employee's wages with birth date and debt", m


@mail
def c54():
    m = new("Lea Hinrichs <lea.hinrichs@nordlicht-versicherung.example>",
            "Miriam Kowalczyk <miriam.kowalczyk@nordlicht-versicherung.example>",
            "Praktikumsvergütung Sommer / summer interns",
            "2026-07-01 09:00:52")
    body(m, """
Hi Miriam,

anbei die Stammdaten der Sommerpraktikant:innen (Pflichtpraktikum, daher
sozialversicherungsfrei) as a zip, like last year. Bitte ab Juli anlegen.

Danke!
Lea
""")
    attach_bytes(m, make_zip([
        ("praktikanten_sommer_2026.csv", """name;hochschule;zeitraum;verguetung_mtl;iban
Merle Hashemi;Hochschule Bremen;01.07.-30.09.;1.200,00;DE84 2005 0650 6679 7777 58
Jonathan Voigt;Universität Bremen;01.07.-31.08.;1.200,00;DE30 4405 0199 7387 1716 47
Zoe van der Berg;Jacobs University;15.07.-15.10.;1.200,00;DE28 4306 0967 2234 1348 69
""".replace("\n", "\r\n").encode("utf-8")),
        ("liesmich.txt", "Pflichtpraktika laut Studienordnung, Nachweise in der Personalakte.\r\n".encode("utf-8")),
    ], (2026, 7, 1, 8, 55, 0)), *MIME_ZIP, "praktikanten_2026.zip")
    return "CONFIDENTIAL", "mixed", "internal", "ZIP with CSV of interns' stipends and IBANs", m


@mail
def c55():
    m = new("Lea Hinrichs <lea.hinrichs@nordlicht-versicherung.example>",
            "Personalakte Scan <personalakte@nordlicht-versicherung.example>",
            "Führungszeugnis Behrens, Lukas – zur Akte",
            "2026-06-08 14:27:40")
    body(m, """
Bitte zur Personalakte 120 331 nehmen:

Führungszeugnis (Belegart N) für Lukas Behrens, geb. 22.08.1984 in
Bremerhaven, ausgestellt am 29.05.2026 vom Bundesamt für Justiz.
Inhalt: „Inhalt: Keine Eintragung".

Hintergrund: Vorlage für die Zeichnungsvollmacht Schadenregulierung bis
50.000 €. Original an Herrn Behrens zurückgegeben.

Lea Hinrichs
""")
    return "CONFIDENTIAL", "de", "internal", "clean certificate of good conduct with the employee's birth date and place", m


@mail
def c56():
    m = new("Marlene Graf <marlene.graf@nordlicht-versicherung.example>",
            "Schaden Kfz <kfz-schaden@nordlicht-versicherung.example>",
            "FW: Letter to your CEO – my car claim",
            "2026-11-09 09:25:06")
    body(m, """
Bitte Stellungnahme bis Mittwoch an das Vorstandsbüro. Danke, M. Graf

-------- Forwarded Message --------
From: Daniel Okonkwo <d.okonkwo@mailspace-uk.example>
Date: Sat, 7 Nov 2026 14:02:11 +0100
To: vorstand@nordlicht-versicherung.example
Subject: Letter to your CEO – my car claim

Dear Dr Overbeck,

I have been your customer for three years (motor policy KF-4418-287730,
Toyota Corolla, HB-DO 515). My car was stolen from outside my flat in
Findorff on 2 September. It is now more than two months and your claims
team keeps asking for the second key, which I have sent twice by
registered post (tracking RR 442 118 903 DE).

I need the settlement to buy a new car – I commute to Oldenburg every day.
Please make sure that claim KD-26-077214 is paid.

Yours sincerely
Daniel Okonkwo
Hemmstraße 38, 28215 Bremen
""")
    return "CONFIDENTIAL", "en", "customer", "forwarded complaint: named motor customer, policy and claim numbers, address", m


@mail
def c57():
    m = new("Aylin Demir <aylin.demir@nordlicht-versicherung.example>",
            "Beitragsservice Sach <beitrag-sach@nordlicht-versicherung.example>",
            "Rücklastschriften 03.08. – bitte Mahnstufe prüfen",
            "2026-08-04 11:40:20")
    body(m, """
Hallo zusammen,

aus dem Einzug vom 03.08. sind drei Lastschriften zurückgekommen:

  WG-3301-204418  Manfred Eilers      Wohngebäude   412,80 €
                  DE49 2519 0088 2082 4719 29   Grund: Konto erloschen
  HR-2210-390227  Sabrina Nolte       Hausrat        8,60 €
                  DE83 2605 0221 9150 4811 57   Grund: mangelnde Deckung
  PH-2210-402118  Thomas Wittenberg   Haftpflicht   61,20 €
                  DE84 2915 0071 4173 7390 37   Grund: Widerspruch

Die Rücklastschriftgebühren (je 3,50 €) sind gebucht. Bitte Kunden
anschreiben.

Aylin
""")
    return "CONFIDENTIAL", "de", "internal", "returned direct debits: named property customers, policy numbers, IBANs, reasons", m


@mail
def c58():
    m = new("HR Portal <noreply-hr@nordlicht-versicherung.example>",
            "Aleksandra Nowak <aleksandra.nowak@nordlicht-versicherung.example>",
            "Your payslip for October 2026 is available",
            "2026-10-26 05:30:00", mid_style="system",
            headers=[("Auto-Submitted", "auto-generated")])
    alt(m, """
Hello Aleksandra Nowak,

your payslip for October 2026 is now available in the HR portal.

Payment date:   30.10.2026
Net amount:     EUR 3,488.07
Paid to:        account ending ...8196

Log in to view the full document: https://hr.nordlicht-versicherung.example/payslips

This is an automated message. Please do not reply.
""", """
<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Hello Aleksandra Nowak,</p>
<p>your payslip for <b>October 2026</b> is now available in the HR portal.</p>
<table cellpadding="4">
<tr><td>Payment date:</td><td>30.10.2026</td></tr>
<tr><td>Net amount:</td><td><b>EUR 3,488.07</b></td></tr>
<tr><td>Paid to:</td><td>account ending ...8196</td></tr>
</table>
<p><a href="https://hr.nordlicht-versicherung.example/payslips">View payslip</a></p>
<p style="color:#6a737d;font-size:12px">This is an automated message. Please do not reply.</p>
</body></html>
""")
    return "CONFIDENTIAL", "en", "system-notification", "automated payslip notice showing the employee's net pay", m


@mail
def c59():
    m = new("Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "Deniz Arslan <deniz.arslan@nordlicht-versicherung.example>",
            "Ihre Nebentätigkeit – Genehmigung",
            "2026-01-22 15:47:02")
    body(m, """
Hallo Herr Arslan,

Ihre Nebentätigkeit als Dozent für Versicherungsrecht an der
Verwaltungs- und Wirtschaftsakademie Bremen ist genehmigt. Laut Ihrem
Antrag umfasst sie ca. 4 Stunden pro Woche im Semester, Vergütung
ca. 520 € monatlich (Honorar 65 € je Unterrichtseinheit).

Bitte beachten Sie:
- keine Tätigkeit während der Arbeitszeit,
- keine Beratung von Kundinnen und Kunden oder Vermittlern,
- Höchstarbeitszeit nach ArbZG gilt für beide Tätigkeiten zusammen.

Viele Grüße
Katrin Behrendt
""")
    return "CONFIDENTIAL", "de", "internal", "approval of a named employee's side job with its income", m


@mail
def c60():
    m = new("Dr. Frieder Haas <frieder.haas@nordlicht-versicherung.example>",
            "Compensation Committee <praesidialausschuss@nordlicht-versicherung.example>",
            "LTI grant 2026 – senior leadership (below board)",
            "2026-04-01 18:18:18")
    body(m, """
Dear members of the committee,

for approval at the next meeting, the proposed Long-Term Incentive grants
2026 for the senior leadership (target amounts in EUR, 4-year performance
period):

  Sören Heitmann      Sales Director North       45,000
  Graham Whitfield    Head of Claims Analytics   38,000
  Dr. Matthias Vogt   Head of Group Audit        32,000
  Holger Brinkmann    Head of Accounting         30,000
  Kirsten Hollmann    Head of Customer Service   28,000

Total 173,000 against a budget of 180,000. Individual base salaries are in
the board portal.

Kind regards
Frieder Haas
""")
    return "CONFIDENTIAL", "en", "internal", "incentive grant amounts for named managers", m


# ==========================================================================
# STRICTLY_CONFIDENTIAL
# ==========================================================================


@mail
def s01():
    m = new("Miriam Kowalczyk <miriam.kowalczyk@nordlicht-versicherung.example>",
            "Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "Lindner – Ende Entgeltfortzahlung",
            "2026-03-04 09:12:51")
    body(m, """
Hallo Katrin,

kurz zur Info, damit du nicht überrascht bist, wenn sie anruft: Bei Frau
Svenja Lindner (Pers.-Nr. 110 562) endet die Entgeltfortzahlung am
12.03.2026. Sie ist seit dem 29.01. durchgehend arbeitsunfähig, die
Folgebescheinigungen kommen regelmäßig über die eAU.

Ab 13.03. bekommt sie Krankengeld von ihrer Kasse; ich schicke heute die
Entgeltbescheinigung elektronisch raus. Den tariflichen Zuschuss zum
Krankengeld rechnen wir ab März mit ab.

Sechs Wochen sind damit erreicht – BEM-Angebot wäre dann fällig.

Gruß
Miriam
""")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "named employee continuously unfit for work, sick pay from health fund, no diagnosis", m


@mail
def s02():
    m = new("Jonas Albers <jonas.albers@nordlicht-versicherung.example>",
            "Miriam Kowalczyk <miriam.kowalczyk@nordlicht-versicherung.example>",
            "Sauer – ELStAM-Änderung",
            "2026-02-23 14:40:09")
    body(m, """
Hi Miriam,

bei Dominik Sauer (108 302) kam heute die ELStAM-Änderung: Merkmal
Kirchensteuer „rk" entfällt ab 01.02.2026, Steuerklasse bleibt 3. Er hat
mich vorhin noch gefragt, ob die Kirche davon was mitbekommt – hab ihm
gesagt, dass das über das Standesamt läuft und nicht über uns.

Bitte Februar nachrechnen, die einbehaltene Kirchensteuer (38,71 €) geht
mit der März-Abrechnung zurück.

Gruß
Jonas
""")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "named employee's Catholic church membership ending (religion) via tax attribute", m


@mail
def s03():
    m = new("bAV-Service <bav@nordlicht-versicherung.example>",
            "Jonas Albers <jonas.albers@nordlicht-versicherung.example>",
            "Entgeltumwandlung Direktversicherung Kück – Vertrag angelegt",
            "2026-04-09 10:45:33")
    body(m, """
Hallo Herr Albers,

für Herrn Thorben Kück ist die Direktversicherung bei der Nordlicht
Lebensversicherung AG angelegt:

  Vertragsnummer:   LV-7712-0048815
  Tarif:            NL Rente bAV Klassik, Rentenbeginn 01.06.2058
  Umwandlungsbetrag: 150,00 € monatlich ab 05/2026
  Arbeitgeberzuschuss 15 %: 22,50 € monatlich
  Bezugsrecht:      im Todesfall vor Rentenbeginn die Ehefrau

Bitte den Umwandlungsbetrag und den Zuschuss ab der Mai-Abrechnung
berücksichtigen (steuer- und SV-frei nach § 3 Nr. 63 EStG).

Viele Grüße
bAV-Service
""")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "named employee's life-insurance direct insurance contract with beneficiary", m


@mail
def s04():
    m = new("Hülya Yıldız <huelya.yildiz@handypost.example>",
            "Birte Wendelken <birte.wendelken@nordlicht-versicherung.example>",
            "bin die woche raus",
            "2026-11-16 06:48:12", mid_style="phone")
    body(m, """
guten morgen birte,
die kleine hat scharlach, der kinderarzt hat sie bis freitag
krankgeschrieben und ich muss zuhause bleiben. die bescheinigung fürs
kinderkrankengeld lade ich nachher im portal hoch. kannst du bitte meine
termine heute umlegen?
danke dir, hülya
""", cte="8bit", flowed=True)
    return "STRICTLY_CONFIDENTIAL", "de", "employee-to-insurer", "employee reports her child's scarlet fever and child sick days from her phone", m


@mail
def s05():
    m = new("Kirsten Hollmann <kirsten.hollmann@nordlicht-versicherung.example>",
            "Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "Frau Albrecht – schon wieder",
            "2026-05-11 08:40:17")
    body(m, """
Hallo Katrin,

Frau Renke Albrecht aus meinem Team hat sich heute
früh wieder für drei Tage abgemeldet. Das ist jetzt das fünfte Mal seit
Januar, immer montags oder freitags, zusammen 17 Tage. Im Team wird
langsam gemurrt.

Ich will ihr nichts unterstellen, sie wirkte zuletzt wirklich erschöpft.
Sollen wir ein Gespräch anbieten? Oder zählt das schon fürs BEM?

Gruß
Kirsten
""")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "manager reports a named employee's repeated sick days and exhaustion", m


@mail
def s06():
    m = new("Personal Bremen <personal@nordlicht-versicherung.example>",
            "Heiko Stolte <heiko.stolte@heimnetz-post.example>",
            "Unser Schreiben vom 20.05.2026",
            "2026-05-20 11:30:00")
    body(m, """
Sehr geehrter Herr Stolte,

wie telefonisch angekündigt, erhalten Sie unser Schreiben vorab per Mail
an Ihre private Adresse. Das Original geht Ihnen per Post zu.

Mit freundlichen Grüßen
Katrin Behrendt
Personal
""")
    attach_bytes(m, docx([
        ("h", "Angebot eines Betrieblichen Eingliederungsmanagements"),
        "Herrn Heiko Stolte, Hermann-Böse-Str. 12, 28209 Bremen",
        "Bremen, 20.05.2026",
        "Sehr geehrter Herr Stolte,",
        "Sie waren in den vergangenen zwölf Monaten an insgesamt 51 Arbeitstagen "
        "arbeitsunfähig erkrankt (zuletzt seit dem 02.03.2026 ununterbrochen). Wir "
        "möchten Ihnen deshalb ein Betriebliches Eingliederungsmanagement anbieten.",
        "Ihre Teilnahme ist freiwillig. Gemeinsam wollen wir klären, wie Ihre "
        "Arbeitsunfähigkeit überwunden und einer erneuten Erkrankung vorgebeugt "
        "werden kann. Sie hatten im Telefonat erwähnt, dass nach der Operation an der "
        "Schulter eine Reha in Bad Zwischenahn geplant ist; gern berücksichtigen wir "
        "die Empfehlungen der Reha-Klinik für Ihren Arbeitsplatz.",
        "Bitte teilen Sie uns bis zum 05.06.2026 mit, ob Sie das Angebot annehmen.",
        "Mit freundlichen Grüßen",
        "Katrin Behrendt, Personal",
    ], (2026, 5, 20, 11, 0, 0)), *MIME_DOCX, "Schreiben_2026-05-20.docx")
    return "STRICTLY_CONFIDENTIAL", "de", "insurer-to-employee", "body harmless; DOCX BEM offer with sick days, shoulder surgery and rehab", m


@mail
def s07():
    m = new("Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "BEM-Team <bem-team@nordlicht-versicherung.example>",
            "Protokoll BEM-Gespräch 2 – L.",
            "2026-04-16 16:20:45")
    body(m, """
Hallo zusammen,

anbei das Protokoll unseres zweiten Gesprächs, von Frau Lindner gelesen
und freigegeben. Bitte nur im BEM-Ordner ablegen, nicht in der
Personalakte.

Katrin
""")
    attach_bytes(m, odt([
        ("h", "BEM – Protokoll 2. Gespräch"),
        "Datum: 15.04.2026, Teilnehmende: Frau Svenja Lindner, Frau Behrendt (Personal), "
        "Frau Okafor (Betriebsrat), auf Wunsch von Frau Lindner ohne Führungskraft.",
        "Frau Lindner berichtet, dass sie seit Januar wegen einer Erschöpfungsdepression in "
        "ambulanter psychotherapeutischer Behandlung ist und seit Februar ein Antidepressivum "
        "nimmt. Schlaf und Konzentration bessern sich langsam.",
        "Ihre behandelnde Ärztin empfiehlt eine stufenweise Wiedereingliederung ab 04.05.2026: "
        "zwei Wochen 3 Stunden täglich, zwei Wochen 5 Stunden, danach volle Arbeitszeit.",
        "Vereinbarte Maßnahmen: keine Telefonspitzen in den ersten vier Wochen, fester "
        "Einzelarbeitsplatz im ruhigen Bereich, wöchentliches Kurzgespräch mit Frau Behrendt.",
        "Nächster Termin: 20.05.2026.",
    ], (2026, 4, 16, 16, 0, 0)), *MIME_ODT, "BEM_Protokoll_2.odt")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "ODT minutes of a return-to-work talk: depression, therapy, antidepressant", m


@mail
def s08():
    m = new("Graham Whitfield <graham.whitfield@nordlicht-versicherung.example>",
            "People & Culture <people@nordlicht-versicherung.example>",
            "Felix back from Monday – a few adjustments needed",
            "2026-02-25 17:31:50")
    body(m, """
Hi,

Felix Brandes will be back on Monday after his knee operation (torn
cruciate ligament from a skiing fall, he told the whole team himself). He will be on crutches
for another three weeks and cannot drive.

Could we:
- give him a desk on the ground floor near the lift for those weeks,
- approve taxi rides home–office (roughly EUR 25 each way),
- let him work from home Wednesdays to Fridays while he still has
  physiotherapy three times a week?

Thanks,
Graham
""")
    return "STRICTLY_CONFIDENTIAL", "en", "internal", "manager describes named employee's knee surgery, crutches and physiotherapy", m


@mail
def s09():
    m = new("Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "Dr. med. Ulrike Brandt <u.brandt@arbeitsmed-nord.example>",
            "Bitte um Arbeitsplatzbegehung – Frau Kaya, Kundenservice",
            "2026-01-29 10:52:06")
    body(m, """
Sehr geehrte Frau Dr. Brandt,

Frau Elif Kaya (Kundenservice Kfz, Arbeitsplatz B1.22) hat uns ihr
Einverständnis gegeben, Sie einzubeziehen. Sie leidet seit dem Herbst an
einer Sehnenscheidenentzündung im rechten Handgelenk, die nach ihren
Angaben beim Arbeiten mit der Maus immer wieder aufflammt; sie war
deswegen im Dezember zwei Wochen krankgeschrieben.

Könnten Sie sich ihren Arbeitsplatz ansehen und uns sagen, welche
Hilfsmittel (vertikale Maus, Spracheingabe, andere Tastatur) sinnvoll
sind? Frau Kaya ist dienstags und donnerstags im Büro.

Mit freundlichen Grüßen
Katrin Behrendt
Personal
""")
    return "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor", "HR asks company doctor about a named employee's tendon inflammation and sick leave", m


@mail
def s10():
    m = new("Jana Meinke <j.meinke@arbeitsmed-nord.example>",
            "Personal Bremen <personal@nordlicht-versicherung.example>",
            "Bescheinigung Bildschirmarbeitsplatzbrille – Herr Arslan",
            "2026-05-13 15:04:29")
    body(m, """
Sehr geehrte Damen und Herren,

nach der Angebotsvorsorge Bildschirmarbeit am 12.05.2026 bestätigt Frau
Dr. Brandt mit Einverständnis von Herrn Deniz Arslan, dass für seine
Tätigkeit eine spezielle Sehhilfe für den Bildschirmarbeitsplatz
erforderlich ist (Arbeitsplatzbrille für den Zwischenbereich, normale
Gleitsichtbrille nicht ausreichend).

Die Kosten für die Grundausstattung trägt nach ArbMedVV der Arbeitgeber.
Herr Arslan reicht den Kostenvoranschlag seines Optikers direkt bei Ihnen
ein.

Mit freundlichen Grüßen
Jana Meinke
Praxisassistenz, ArbeitsMed Nord GmbH
""")
    return "STRICTLY_CONFIDENTIAL", "de", "doctor-to-insurer", "company doctor confirms a named employee needs special glasses (visual aid)", m


@mail
def s11():
    m = new("Betriebsärztlicher Dienst <betriebsarzt@nordlicht-versicherung.example>",
            "Dr. med. Ulrike Brandt <u.brandt@arbeitsmed-nord.example>",
            "Impfliste 13.10. / vaccination list",
            "2026-10-12 16:55:00")
    body(m, """
Liebe Frau Dr. Brandt,

anbei die Liste für morgen; the English comments are from colleagues of
the international team who filled in the form in English. Drei
Anmeldungen habe ich mit Hinweis markiert.

Viele Grüße
Jana
""")
    attach_bytes(m, xlsx([
        ("13.10.", [
            ("Uhrzeit", "Name", "Abteilung", "Impfung", "Hinweis / remark"),
            ("09:00", "Renate Kuhlmann", "KS Leben", "Influenza + Pneumokokken", "Marcumar – bitte feinere Nadel"),
            ("09:10", "Graham Whitfield", "Claims Analytics", "Influenza", ""),
            ("09:20", "Hülya Yıldız", "KS Leben", "Influenza", "schwanger 22. SSW, Gyn. einverstanden"),
            ("09:30", "Dieter Osterloh", "Rechenzentrum", "Influenza", ""),
            ("09:40", "Priya Raman", "Claims Analytics", "Influenza", "egg allergy (mild) – please check"),
            ("09:50", "Stefan Rosebrock", "Schaden Kfz", "Influenza", ""),
        ]),
    ], (2026, 10, 12, 16, 0, 0), creator="J. Meinke"), *MIME_XLSX, "Impfliste_2026-10-13.xlsx")
    return "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-doctor", "vaccination list with named staff, anticoagulant, pregnancy and allergy remarks", m


@mail
def s12():
    m = new("Personal Bremen <personal@nordlicht-versicherung.example>",
            "Johanna Kettler <johanna.kettler@nordlicht-versicherung.example>",
            "Ihre Schutzfristen nach dem Mutterschutzgesetz",
            "2026-04-22 13:05:10")
    body(m, """
Liebe Frau Kettler,

vielen Dank für die Vorlage der Bescheinigung Ihrer Frauenärztin und
herzlichen Glückwunsch! Ausgehend vom voraussichtlichen Entbindungstermin
am 14.07.2026 ergeben sich folgende Fristen:

  Beginn der Schutzfrist vor der Entbindung:   02.06.2026
  Ende der Schutzfrist (8 Wochen nach dem tatsächlichen Entbindungstag,
  bei Zwillingen 12 Wochen – bitte sagen Sie uns Bescheid, falls sich
  etwas ändert)

Ihr letzter Arbeitstag ist damit Montag, 01.06.2026. Den Zuschuss zum
Mutterschaftsgeld zahlen wir automatisch; Ihre Krankenkasse erhält die
Entgeltbescheinigung von uns. Wir haben die Aufsichtsbehörde über Ihre
Schwangerschaft informiert, wie es das Gesetz vorsieht.

Alles Gute für die nächsten Wochen!
Personal Bremen
""")
    return "STRICTLY_CONFIDENTIAL", "de", "insurer-to-employee", "maternity protection: named employee's pregnancy and due date", m


@mail
def s13():
    m = new("Thomas Kruse <thomas.kruse@nordlicht-versicherung.example>",
            "Kirsten Hollmann <kirsten.hollmann@nordlicht-versicherung.example>",
            "Gefährdungsbeurteilung Mutterschutz – Arbeitsplatz B1.19",
            "2026-09-08 12:25:37",
            cc="Personal Bremen <personal@nordlicht-versicherung.example>")
    body(m, """
Hallo Frau Hollmann,

ich habe mit Frau Yıldız heute ihren Arbeitsplatz angesehen
(anlassbezogene Gefährdungsbeurteilung nach § 10 MuSchG). Ergebnis:

- Bildschirmarbeit: unbedenklich, Pausen alle 60 Minuten
- Spätdienst bis 20 Uhr: ab sofort nicht mehr einplanen (nach 20 Uhr
  ohnehin unzulässig, sie ist aber bei längeren Schichten stark erschöpft)
- Kundenbesuche im Außendienst: entfallen bis zum Mutterschutz
- Ruheraum im EG steht ihr jederzeit zur Verfügung

Ein Beschäftigungsverbot ist nicht erforderlich. Die Dokumentation liegt
bei mir und bei Personal.

Gruß
Thomas Kruse
Fachkraft für Arbeitssicherheit
""")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "maternity risk assessment for a named pregnant employee", m


@mail
def s14():
    m = new("Gisela Pohl <gisela.pohl@nordlicht-versicherung.example>",
            "Personal Bremen <personal@nordlicht-versicherung.example>",
            "Zusatzurlaub Herr Osterloh",
            "2026-02-04 09:33:21")
    body(m, """
Liebe Kolleginnen und Kollegen,

Herr Dieter Osterloh (Rechenzentrum) hat mir heute den Bescheid des
Versorgungsamts vom 26.01.2026 gezeigt: GdB 50, unbefristet. Er ist
einverstanden, dass ich euch das weitergebe.

Bitte im System ab 2026 den Zusatzurlaub nach § 208 SGB IX (5 Tage)
hinterlegen und für 2026 anteilig ab Antragstellung im Oktober 2025
prüfen. Eine Kopie des Ausweises bringt er morgen vorbei.

Danke und Gruß
Gisela Pohl
Schwerbehindertenvertretung
""")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "named employee's recognised degree of disability (GdB 50) and extra leave", m


@mail
def s15():
    m = new("Bernd Lüders <bernd.lueders@nordlicht-versicherung.example>",
            "Facility Management <facility@nordlicht-versicherung.example>",
            "Stellplatz -1/04 ab sofort für Herrn Meyerhoff",
            "2026-06-12 11:11:48")
    body(m, """
Hallo Team,

bitte den Behindertenstellplatz -1/04 ab Montag fest Herrn Karsten
Meyerhoff (Kundenservice Leben) zuweisen und das Schild mit seinem
Kennzeichen HB-KM 1969 anbringen. Er hat seit der Amputation im Frühjahr
das Merkzeichen aG im Ausweis und kann die Strecke vom Parkplatz Nord
nicht laufen.

Parkausweis-Kopie liegt bei mir im Schrank.

Gruß
Bernd
""")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "facility mail reveals a named employee's amputation and disability marker", m


@mail
def s16():
    m = new("Kirsten Hollmann <kirsten.hollmann@nordlicht-versicherung.example>",
            "Bernd Lüders <bernd.lueders@nordlicht-versicherung.example>",
            "Stehpult für Frau Kuhlmann bitte vorziehen",
            "2026-03-02 13:45:18")
    body(m, """
Hallo Herr Lüders,

Frau Kuhlmann kommt am 16.03. nach ihrem Bandscheibenvorfall zurück und
darf laut ihrem Orthopäden in den ersten Monaten nicht länger als eine
Stunde am Stück sitzen. Das Attest liegt bei Personal.

Können Sie ihr einen elektrisch höhenverstellbaren Tisch und einen
Stehhocker aus der Bestellung fürs 4. OG vorziehen? Ihr Platz ist B1.17.

Vielen Dank!
Kirsten Hollmann
Leitung Kundenservice
""", charset="iso-8859-1")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "furniture request revealing a named employee's slipped disc and doctor's restriction", m


@mail
def s17():
    m = new("Thomas Kruse <thomas.kruse@nordlicht-versicherung.example>",
            "VBG Bezirksverwaltung Bremen <unfallanzeige@vbg-info.example>",
            "Unfallanzeige Nordlicht Versicherung AG, Mitglieds-Nr. 412 88 3017",
            "2026-01-22 14:18:02")
    body(m, """
Sehr geehrte Damen und Herren,

anbei die Unfallanzeige zum Arbeitsunfall vom 19.01.2026.

Mit freundlichen Grüßen
Thomas Kruse
Fachkraft für Arbeitssicherheit
Nordlicht Versicherung AG
""")
    attach_bytes(m, pdf([
        "# Unfallanzeige",
        "Unternehmen: Nordlicht Versicherung AG, Weserufer 12, 28217 Bremen",
        "Mitgliedsnummer: 412 88 3017",
        "",
        "Versicherte Person: Olga Schäfer, geb. 03.07.1996",
        "Anschrift: Kornstraße 77, 28201 Bremen",
        "Beschäftigt als: Sachbearbeiterin Vertrieb Innendienst, seit 01.09.2019",
        "Krankenkasse: Weser-Ems BKK",
        "",
        "Unfallzeitpunkt: 19.01.2026, 07:52 Uhr; Arbeitszeitbeginn 07:45 Uhr",
        "Unfallort: Treppenhaus B, zwischen EG und 1. OG",
        "Hergang: Die Versicherte rutschte auf den nassen Treppenstufen aus (Regen, Schmutzfangmatte "
        "fehlte) und fing sich mit der rechten Hand ab.",
        "Verletzte Körperteile: rechtes Handgelenk",
        "Art der Verletzung: distale Radiusfraktur rechts, Versorgung mit Gips",
        "Erstbehandlung: Durchgangsarzt Dr. Lohse, Klinikum Bremen-Mitte, 19.01.2026",
        "Arbeit eingestellt: sofort; voraussichtlich arbeitsunfähig bis 20.02.2026",
        "",
        "Augenzeuge: Mustafa Acar",
        "Bremen, 22.01.2026  T. Kruse (Sifa) / R. Wiechmann (Betriebsrat)",
    ], (2026, 1, 22, 14, 0, 0), title="Unfallanzeige 2026-01-19"), *MIME_PDF, "Unfallanzeige_2026-01-19.pdf")
    return "STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority", "PDF accident report: named employee, birth date, wrist fracture, doctor", m


@mail
def s18():
    m = new("Sandra Vogelsang <sandra.vogelsang@nordlicht-versicherung.example>",
            "Thomas Kruse <thomas.kruse@nordlicht-versicherung.example>",
            "Verbandbuch Eintrag 2026/07",
            "2026-07-07 15:26:44", mid_style="phone")
    body(m, """
Hallo Thomas,

für deine Unterlagen, Eintrag ins Verbandbuch Geb. A von heute:

Nr. 2026/07 – 07.07.2026, 14:05 Uhr, Poststelle EG
Verletzter: Malte Jürgens (Poststelle)
Hergang: beim Öffnen eines Paketbands mit dem Cutter abgerutscht
Verletzung: ca. 2 cm Schnitt am linken Daumenballen, blutete stark
Erste Hilfe: Druckverband, danach Pflasterstrip; Tetanus-Impfung laut
Herrn Jürgens aktuell (2022)
Ersthelferin: Sandra Vogelsang
Zeuge: Kevin Lorenzen

Er hat weitergearbeitet, kein Arztbesuch.

LG Sandra
""")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "first-aid log entry: named employee's cut wound and tetanus status", m


@mail
def s19():
    m = new("Kirsten Hollmann <kirsten.hollmann@nordlicht-versicherung.example>",
            "People & Culture <people@nordlicht-versicherung.example>",
            "Incident on the 3rd floor today – Ilyas",
            "2026-09-17 13:02:30")
    body(m, """
Hi,

just so you are informed: Ilyas Rahimi from Claims Analytics collapsed at
his desk at about 11:15 today. Colleagues called 112, two first aiders
looked after him until the ambulance came; he was conscious but very
pale and said he had had chest pain since the morning. They took him to
the Klinikum Links der Weser (cardiology).

His partner has been informed by Graham. I'll let you know when we
hear more. Please treat this confidentially – the team knows he went to
hospital, not more.

Kirsten
""")
    return "STRICTLY_CONFIDENTIAL", "en", "internal", "named employee collapsed with chest pain, taken to cardiology", m


@mail
def s20():
    m = new("Lea Hinrichs <lea.hinrichs@nordlicht-versicherung.example>",
            "Melanie Sturm <melanie.sturm@nordlicht-versicherung.example>",
            "Notizen Gespräch Teamleitung Kundenservice – Frau Kettner",
            "2026-03-12 17:44:10")
    body(m, """
Hi Melanie,

meine Notizen zum Gespräch heute mit Frau Sabine Kettner:

- fachlich sehr stark, 12 Jahre Kundenservice Versicherung, davon 4 als
  stellv. Teamleitung
- Lücke im Lebenslauf 2023: hat offen erzählt, dass sie nach einer
  schweren depressiven Episode ein halbes Jahr krankgeschrieben war und
  eine Tagesklinik besucht hat; inzwischen stabil, „kenne meine
  Warnsignale"
- Gehaltsvorstellung 58 T€
- Eindruck: reflektiert, gute Beispiele für Konfliktgespräche

Ich weiß, dass wir das mit der Depression eigentlich nicht notieren
dürfen – soll ich den Punkt aus den Notizen im ATS rausnehmen?

Lea
""")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "interview notes recording a named applicant's past depression and day clinic", m


@mail
def s21():
    m = new("Marek Zielinski <marek.zielinski@netpost-bremen.example>",
            "bewerbung@nordlicht-versicherung.example",
            "Bewerbung Sachbearbeiter Leistungsprüfung KV (KV-2026-07)",
            "2026-02-11 12:09:14", mid_style="tb")
    body(m, """
Sehr geehrte Frau Sturm,

mit großem Interesse habe ich Ihre Anzeige gelesen. Ich bin ausgebildeter
Kaufmann für Versicherungen und Finanzen und arbeite seit fünf Jahren in
der Leistungsabteilung eines Krankenversicherers in Hannover.

Ich möchte offen sein: Ich habe eine Schwerbehinderung mit einem GdB von
60 (Multiple Sklerose, schubförmig, seit drei Jahren stabil unter
Therapie). Im Arbeitsalltag bin ich kaum eingeschränkt; ich brauche
lediglich die Möglichkeit, an zwei Tagen pro Woche mobil zu arbeiten und
alle vier Wochen einen Vormittag für die Infusion frei zu nehmen. Ich
bitte darum, die Schwerbehindertenvertretung am Verfahren zu beteiligen.

Meinen Lebenslauf und Zeugnisse reiche ich über Ihr Bewerbungsportal ein.

Mit freundlichen Grüßen
Marek Zielinski
""", cte="8bit", flowed=True)
    return "STRICTLY_CONFIDENTIAL", "de", "applicant-to-insurer", "applicant discloses severe disability with multiple sclerosis and infusion therapy", m


@mail
def s22():
    m = new("Lea Hinrichs <lea.hinrichs@nordlicht-versicherung.example>",
            "Miriam Kowalczyk <miriam.kowalczyk@nordlicht-versicherung.example>",
            "Neueinstellung Bianchi – Nachtrag Krankenversicherung",
            "2026-07-28 10:33:26")
    body(m, """
Hi Miriam,

Planänderung bei Herrn Bianchi: Er bleibt doch nicht in der gesetzlichen
Kasse, sondern hat sich bei unserer Nordlicht Kranken privat versichert
(über der JAEG). Er hat die Bescheinigung für den Arbeitgeberzuschuss
heute geschickt:

  Versicherer:       Nordlicht Krankenversicherung AG
  Versicherungsnr.:  KV 418-2260913-1
  Tarife:            Komfort 300 (SB 300 €), Zahn 90, KT 43 (Krankentagegeld
                     ab 43. Tag, 120 €/Tag), PVN
  Monatsbeitrag KV:  548,12 €, davon Krankentagegeld 41,80 €
  Monatsbeitrag PV:   64,28 €
  Zuschlag:          Risikozuschlag 18 % im Tarif Komfort

Bitte den AG-Zuschuss ab August mit anlegen (max. Höchstzuschuss).

Danke!
Lea
""")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "new hire's private health insurance contract with tariffs and a risk surcharge", m


@mail
def s23():
    m = new("Melanie Sturm <melanie.sturm@nordlicht-versicherung.example>",
            "Dr. Frieder Haas <frieder.haas@nordlicht-versicherung.example>",
            "Führungszeugnis Kandidat Schadenregulierung – Eintrag",
            "2026-08-18 16:12:55")
    body(m, """
Hallo Herr Dr. Haas,

das Führungszeugnis von Herrn Ronny Stahlberg (vorgesehen als Regulierer
mit Zahlungsvollmacht bis 25.000 €) ist heute gekommen und enthält einen
Eintrag:

  Amtsgericht Osnabrück, Urteil vom 14.03.2022
  Betrug in zwei Fällen (§ 263 StGB)
  Geldstrafe 90 Tagessätze zu je 40 €

Herr Stahlberg hatte das im Gespräch nicht erwähnt. Bei einer Stelle mit
Zahlungsvollmacht sehe ich das kritisch. Wollen wir ihn noch einmal
anhören oder das Angebot zurückziehen?

Viele Grüße
Melanie Sturm
""")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "applicant's criminal conviction for fraud from a certificate of conduct", m


@mail
def s24():
    m = new("Personal Bremen <personal@nordlicht-versicherung.example>",
            "Betriebsrat Nordlicht <betriebsrat@nordlicht-versicherung.example>",
            "Anhörung nach § 102 BetrVG – Herr L.",
            "2026-10-01 09:00:00")
    body(m, """
Sehr geehrter Herr Wiechmann,

anliegend erhalten Sie die Anhörung zur beabsichtigten ordentlichen
Kündigung. Die Wochenfrist beginnt mit Zugang dieser Mail.

Mit freundlichen Grüßen
Dr. Frieder Haas
Leiter Personal
""")
    attach_bytes(m, docx([
        ("h", "Anhörung des Betriebsrats nach § 102 BetrVG"),
        "Beschäftigter: Bastian Lührs, geb. 18.02.1977, verheiratet, zwei unterhaltsberechtigte "
        "Kinder, beschäftigt seit 01.04.2008 als Sachbearbeiter Schaden Sach, TG 6.",
        "Beabsichtigte Maßnahme: ordentliche personenbedingte (krankheitsbedingte) Kündigung "
        "zum 30.04.2027.",
        ("t", [["Jahr", "AU-Tage", "Fälle", "Entgeltfortzahlung EUR"],
               ["2023", "48", "9", "9.812"],
               ["2024", "61", "11", "12.690"],
               ["2025", "73", "8", "15.430"],
               ["2026 (bis 30.09.)", "58", "6", "12.210"]]),
        "Herr Lührs hat im BEM-Gespräch am 12.06.2026 angegeben, an einer chronischen "
        "Darmerkrankung (Morbus Crohn) zu leiden; eine Besserung sei nach Auskunft seines "
        "Gastroenterologen nicht absehbar. Eine leidensgerechte Umsetzung ist geprüft, ein "
        "freier Heimarbeitsplatz steht nicht zur Verfügung.",
        "Negative Prognose: Nach den Fehlzeiten der letzten drei Jahre und der Art der "
        "Erkrankung ist auch künftig mit Ausfallzeiten von mehr als sechs Wochen jährlich "
        "zu rechnen.",
    ], (2026, 10, 1, 9, 0, 0)), *MIME_DOCX, "Anhoerung_102_Luehrs.docx")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "DOCX dismissal hearing: sick days per year and Crohn's disease of named employee", m


@mail
def s25():
    m = new("Miriam Kowalczyk <miriam.kowalczyk@nordlicht-versicherung.example>",
            "Jonas Albers <jonas.albers@nordlicht-versicherung.example>",
            "Neuer Abzug ab Juni – Okafor",
            "2026-05-19 14:02:37")
    body(m, """
Hallo Jonas,

Sabine Okafor hat das Formular für den Beitragseinzug über die
Abrechnung abgegeben: Mitgliedsbeitrag ver.di, 1 % vom Bruttoentgelt,
aktuell 46,20 € monatlich, Überweisung an ver.di Bundesverwaltung,
Mitgliedsnummer 1-0088-417735.

Ich lege die Lohnart 8410 an. Sie möchte nicht, dass der Abzug auf der
Abrechnung im Klartext steht – geht bei uns nicht, oder?

Gruß
Miriam
""")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "payroll deduction reveals a named employee's trade union membership", m


@mail
def s26():
    m = new("Sabine Okafor <sabine.okafor@nordlicht-versicherung.example>",
            "Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "WG: Bitte um Hilfe",
            "2026-06-02 10:17:45")
    body(m, """
Hallo Katrin,

ich leite dir das mit Einverständnis von Herrn Tekin weiter. Können wir
diese Woche zu dritt sprechen? Ich halte das für dringend.

Sabine
Betriebsrat

> Von: Ömer Tekin
> Gesendet: Montag, 1. Juni 2026 22:41
> An: Sabine Okafor
> Betreff: Bitte um Hilfe
>
> Liebe Frau Okafor,
>
> ich weiß nicht mehr weiter. Seit dem Teamwechsel im Februar werde ich
> von zwei Kollegen systematisch ausgegrenzt, Mails werden an mir vorbei
> geschickt und im Meeting wird über mich gelacht. Ich schlafe kaum noch,
> habe ständig Magenschmerzen und bin seit drei Wochen bei einer
> Psychotherapeutin in Behandlung. Meine Hausärztin wollte mich schon
> krankschreiben, aber ich will nicht, dass die gewinnen.
>
> Können Sie mir helfen?
> Ömer Tekin
""")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "forward whose quoted mail describes a named employee's psychotherapy and symptoms", m


@mail
def s27():
    m = new("Sven Claassen <sven.claassen@nordlicht-versicherung.example>",
            "Aylin Demir <aylin.demir@nordlicht-versicherung.example>",
            "Kulanzbuchung KV 418-1177302 – bitte auf Konto 6140",
            "2026-09-15 11:44:21")
    body(m, """
Hallo Frau Demir,

bitte die Zahlung von heute an Frau Margret Höpken (KV 418-1177302) nicht
auf das Leistungskonto, sondern auf das Kulanzkonto 6140 buchen:

  1.200,00 € Kulanz für die implantatgetragene Brücke Regio 35–37
  (Heil- und Kostenplan Dr. Freese vom 02.06.2026), Tarif Zahn 70 sieht
  Implantate erst nach 3 Jahren Wartezeit vor, Vorstand Kranken hat
  die Kulanz wegen der Beschwerde am 10.09. genehmigt.

Danke
Sven Claassen
Leistung Kranken ambulant
""")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "accounting booking of a goodwill payment for a named customer's dental implant", m


@mail
def s28():
    m = new("Dr. Matthias Vogt <matthias.vogt@nordlicht-versicherung.example>",
            "Peter Hamann <peter.hamann@nordlicht-versicherung.example>",
            "Sonderprüfung Schaden Kfz – Ergebnis und Strafanzeige",
            "2026-11-12 19:05:40",
            cc="Dr. Frieder Haas <frieder.haas@nordlicht-versicherung.example>")
    body(m, """
Sehr geehrter Herr Hamann,

die Sonderprüfung ist abgeschlossen. Ergebnis in Kürze:

Herr Stefan Rosebrock hat zwischen März 2024 und September 2026 in
31 Kfz-Schäden fingierte Gutachterrechnungen eines nicht existierenden
Sachverständigenbüros freigegeben. Die Zahlungen von insgesamt 86.412 €
gingen auf ein Konto, das auf seine Lebensgefährtin lautet. Herr
Rosebrock hat die Taten im Gespräch am 10.11. im Beisein von Herrn
Wiechmann eingeräumt.

Wie mit Ihnen abgestimmt, hat unsere Rechtsabteilung heute Strafanzeige
wegen Untreue und Betrugs bei der Staatsanwaltschaft Bremen erstattet.
Die außerordentliche Kündigung ist vorbereitet (Anhörung BR morgen).
Die Vertrauensschadenversicherung ist informiert.

Mit freundlichen Grüßen
Dr. Matthias Vogt
Leiter Konzernrevision
""")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "internal audit: named employee's embezzlement and criminal complaint", m


@mail
def s29():
    m = new("Stefanie Lange <stefanie.lange@nordlicht-versicherung.example>",
            "Group Audit <group-audit@nordlicht-holding.example>",
            "Audit 2026-09 health claims – sample for your review",
            "2026-09-24 10:48:19")
    body(m, """
Dear colleagues,

as requested for the quality review, the ten sample items from our health
claims audit (high-cost medicines). The file is on the group SFTP as
well; this copy is only for Jeroen as he cannot reach the SFTP from
Rotterdam.

Kind regards
Stefanie
""")
    attach_text(m, """
item;policy;insured;born;invoice_date;provider;item_text;amount_eur;finding
1;KV 418-2014471;Horst Ellerbrock;1951-03-08;2026-02-11;Apotheke am Markt;Xarelto 20mg N3;312.40;ok
2;KV 418-1983306;Ursula Tammen;1946-10-22;2026-02-19;Onkologische Praxis Dr. Rühl;Letrozol, Ribociclib (Kisqali) 3 Zyklen;8412.77;ok
3;KV 418-2200185;Pia Santjer;1989-06-30;2026-03-02;Kinderwunschzentrum Weser;IVF Zyklus 2, Gonal-f;3190.00;tariff limit exceeded
4;KV 418-1745590;Karl-Heinz Dunker;1958-12-01;2026-03-05;Apotheke Vahr;Ozempic 1mg (no diabetes on file);482.15;medical necessity unclear
5;KV 418-2118770;Lena Stührenberg;1997-04-14;2026-03-18;Praxis Dr. Maas (Psychiatrie);Elvanse 50mg;188.60;ok
""", "csv", "sample_health_claims_2026-09.csv", charset="windows-1252")
    return "STRICTLY_CONFIDENTIAL", "en", "internal", "CSV sample of named health customers with birth dates, medicines and treatments", m


@mail
def s30():
    m = new("Dr. Hannah Petersen <hannah.petersen@nordlicht-versicherung.example>",
            "Poststelle LfDI <office@datenschutz-bremen.example>",
            "Ihr Az. 33-412/2026 – angeforderte Liste der Betroffenen (41 Fälle Risikozuschlag)",
            "2026-05-28 15:10:02")
    body(m, """
Sehr geehrte Frau Reinecke,

wie von Ihnen mit Schreiben vom 26.05. angefordert, übersenden wir die
Liste der 41 Personen, bei denen die fehlkuvertierte Seite einen
Risikozuschlag auswies. Unser gesicherter Austausch war für Ihre Behörde
leider nicht erreichbar; die Datei ist mit dem telefonisch übermittelten
Kennwort geschützt.

Mit freundlichen Grüßen
Dr. Hannah Petersen
Datenschutzbeauftragte
""")
    attach_bytes(m, xlsx([
        ("Betroffene Zuschlag", [
            ("Lfd.", "Versicherungsnehmer", "Anschrift", "Vers.-Nr.", "Tarif", "Zuschlag",
             "Grund laut Antrag (intern)"),
            (1, "Gesa Hinrichsen", "Bgm.-Spitta-Allee 8, 28329 Bremen", "KV 418-2270114", "Komfort 600", "25 %", "Asthma bronchiale"),
            (2, "Frank Lübben", "Marktstr. 2, 26954 Nordenham", "KV 418-2270288", "Komfort 300", "40 %", "Z. n. Herzinfarkt 2019"),
            (3, "Nermin Aydın", "Kattenturmer Heerstr. 71, 28277 Bremen", "KV 418-2271032", "Basis Plus", "15 %", "Adipositas BMI 34"),
            (4, "Tjark Bollmann", "Am Deich 14, 27570 Bremerhaven", "KV 418-2271555", "Komfort 300", "30 %", "Bandscheibenvorfall L4/L5"),
            ("...", "(37 weitere Zeilen im Blatt 2)", "", "", "", "", ""),
        ]),
    ], (2026, 5, 28, 15, 0, 0), creator="H. Petersen"), *MIME_XLSX, "Az_33-412_Betroffene_Zuschlag.xlsx")
    return "STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority", "breach follow-up to DPA: XLSX of named health customers with surcharge reasons", m


@mail
def s31():
    m = new("Yvonne Brüning <yvonne.bruening@nordlicht-versicherung.example>",
            "Datenschutz Nordlicht <datenschutz@nordlicht-versicherung.example>",
            "Fehlversand – bitte um Rückruf",
            "2026-08-05 16:22:09")
    body(m, """
Hallo,

mir ist heute ein Fehler passiert: Ich habe den Entlassungsbericht eines
Versicherten an den falschen Makler geschickt (Versicherungsbüro Harms
statt Versicherungskontor Harms & Sohn). Das Büro Harms hat sich sofort
gemeldet und bestätigt, dass die Mail gelöscht ist. Hier die Mail, die
rausgegangen ist:

---------- Weitergeleitete Nachricht ----------
Von: Yvonne Brüning <yvonne.bruening@nordlicht-versicherung.example>
Datum: Mi., 5. Aug. 2026 um 14:03
Betreff: Ihr Kunde Herr Wolfgang Struckmeyer, KV 418-1650227
An: info@versicherungsbuero-harms.example

Sehr geehrter Herr Harms,

wie gewünscht erhalten Sie zur Klärung der Krankenhaustagegeld-Leistung
den Entlassungsbericht der Paracelsus-Klinik Bremen für Ihren Kunden:
stationärer Aufenthalt 14.07.–24.07.2026, Hüft-TEP links bei Coxarthrose,
komplikationsloser Verlauf, Anschlussheilbehandlung ab 28.07. in
Bad Bevensen. Wir zahlen 10 Tage Krankenhaustagegeld à 50 €.

Mit freundlichen Grüßen
Yvonne Brüning
Leistung Kranken stationär
---------- Ende der weitergeleiteten Nachricht ----------

Was muss ich jetzt tun?
Yvonne Brüning
""")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "incident report with inline forward of a named insured's hospital discharge details", m


@mail
def s32():
    m = new("Margaret Olsen <margaret.olsen@fjordmail.example>",
            "privacy@nordlicht-versicherung.example",
            "Subject access request – life policy and underwriting file",
            "2026-01-19 09:27:43")
    body(m, """
Dear Data Protection Officer,

under Article 15 GDPR I request a copy of all personal data you hold
about me, in particular the complete underwriting file for my term life
policy LV-7712-0031968 (taken out in 2021 when I still lived in Bremen)
and any medical reports or GP questionnaires you obtained at the time.

I understand from my broker that my policy was issued with an exclusion
for "mental health related causes of death". I was never told why, and I
want to see the information on which this decision was based.

Identification: Margaret Olsen, born 14 February 1979, now living at
Storgata 21, 0184 Oslo, Norway.

Please send the data electronically in a secure way.

Yours faithfully
Margaret Olsen
""")
    return "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer", "access request about a life policy's underwriting file and mental-health exclusion", m


@mail
def s33():
    m = new("Dr. Hannah Petersen <hannah.petersen@nordlicht-versicherung.example>",
            "Dr. Frieder Haas <frieder.haas@nordlicht-versicherung.example>",
            "Beschwerde einer Beschäftigten – Offenlegung Diagnose im Teammeeting",
            "2026-07-22 12:50:37")
    body(m, """
Lieber Herr Dr. Haas,

ich muss Sie über eine Beschwerde informieren. Frau Aleksandra Nowak
(Claims Analytics) hat sich an mich gewandt: In der Teamrunde am 20.07.
habe ihr Vorgesetzter erklärt, sie sei „wegen Long Covid nur
eingeschränkt belastbar" und könne deshalb das Projekt nicht
übernehmen. Diese Information hatte sie nur im BEM-Gespräch genannt.

She also forwarded me a chat message in which the manager wrote to a
colleague "her fatigue thing again". That is a clear breach of the
confidentiality of BEM data.

Ich schlage vor, dass wir den Vorfall intern als Datenschutzverletzung
dokumentieren, mit der Führungskraft ein Gespräch führen und Frau Nowak
schriftlich antworten. Eine Meldung an die Aufsicht halte ich nach
Abwägung für nicht erforderlich.

Viele Grüße
Hannah Petersen
""")
    return "STRICTLY_CONFIDENTIAL", "mixed", "internal", "DPO reports a named employee's Long Covid disclosed by her manager", m


@mail
def s34():
    m = new("Service Desk <servicedesk@nordlicht-versicherung.example>",
            "Application Support KV <appsupport-kv@nordlicht-versicherung.example>",
            "[SD-2026-090112] Error when releasing payment in LEA-KV",
            "2026-10-14 11:18:50", mid_style="system")
    body(m, """
Ticket SD-2026-090112 has been assigned to your group.

Caller:    Yvonne Brüning (Health claims inpatient), ext. 2264
Category:  Application > LEA-KV > Payment release
Priority:  2 – high

Description (caller, copied error text):
  Fehler beim Freigeben der Zahlung:
  ORA-20117: Leistungsfall LF-26-0877412 gesperrt
  Versicherte: Helga Oltmanns, geb. 02.05.1940, KV 418-0902245
  Position 3: Pflegeheim Haus am Weserdeich, vollstationäre Pflege PG 4,
  Diagnose F03 (Demenz, nicht näher bezeichnet), Zeitraum 09/2026
  -> Betrag 1.845,00 übersteigt Restbudget Tarif PT 90

Notes 1st level (Pascal Yilmaz):
  Caller says this happens for all care-home invoices since the release
  on Monday. Screenshot attached in the ticket tool.
""")
    return "STRICTLY_CONFIDENTIAL", "en", "internal", "IT ticket whose pasted error shows a named insured's dementia diagnosis and care level", m


@mail
def s35():
    m = new("Johanna Kettler <johanna.kettler@nordlicht-versicherung.example>",
            "Service Desk <servicedesk@nordlicht-versicherung.example>",
            "Request: dictation software",
            "2026-03-10 08:55:17")
    body(m, """
Hello Service Desk,

I would like to request dictation software (e.g. Dragon Professional) and
a headset. I have a chronic tendon problem in both forearms (diagnosed as
RSI / epicondylitis) and my physiotherapist and the company doctor both
recommend reducing typing as much as possible. Frau Behrendt from HR has
approved the costs, cost centre 6120.

Could you install it before my return from sick leave on 23 March?

Thanks,
Johanna Kettler
""")
    return "STRICTLY_CONFIDENTIAL", "en", "internal", "software request explaining the employee's chronic tendon condition and sick leave", m


@mail
def s36():
    m = new("Nadine Grünewald <nadine.gruenewald@nordlicht-versicherung.example>",
            "Facility Management <facility@nordlicht-versicherung.example>",
            "Stillzimmer – Schlüssel?",
            "2026-02-02 07:58:33")
    body(m, """
Guten Morgen,

ich bin seit heute aus der Elternzeit zurück und stille meinen Sohn noch.
Ich muss zweimal am Tag abpumpen und bräuchte dafür einen abschließbaren
Raum mit Kühlschrank. Ist das Stillzimmer im EG Gebäude A schon frei
nutzbar, und wo bekomme ich den Schlüssel?

Meine Stillpausen habe ich mit Frau Hollmann abgesprochen.

Danke!
Nadine Grünewald
""")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "named employee states she is breastfeeding (maternity protection)", m


@mail
def s37():
    m = new("Marlene Graf <marlene.graf@nordlicht-versicherung.example>",
            "Dr. Ines Rademacher <ines.rademacher@nordlicht-versicherung.example>",
            "WG: Brief an Herrn Dr. Overbeck – bitte Chefsache",
            "2026-06-08 09:02:11",
            cc="Tobias Rehder <tobias.rehder@nordlicht-versicherung.example>")
    body(m, """
Liebe Frau Dr. Rademacher,

Herr Dr. Overbeck bittet Sie, sich persönlich um diesen Fall zu kümmern,
und möchte heute Abend einen Stand.

Viele Grüße
Marlene Graf

-----Ursprüngliche Nachricht-----
Von: Bernd Kapitzke <bernd.kapitzke@familie-kapitzke.example>
Gesendet: Samstag, 6. Juni 2026 23:14
An: vorstand@nordlicht-versicherung.example
Betreff: Meine Frau braucht diese Behandlung JETZT

Sehr geehrter Herr Dr. Overbeck,

meine Frau Anja Kapitzke ist seit 2004 bei Ihnen krankenversichert
(KV 418-0771904). Sie hat Bauchspeicheldrüsenkrebs mit Lebermetastasen.
Die Uniklinik Hamburg-Eppendorf will sie in eine Therapie mit einem
neuen Antikörper aufnehmen, die Ihre Leistungsabteilung als
„nicht medizinisch notwendig" abgelehnt hat.

Die Ärzte sagen, dass jede Woche zählt. Wir können die 38.000 € nicht
vorstrecken. Ich bitte Sie als Mensch: Sehen Sie sich diesen Fall an.

Bernd Kapitzke
""")
    return "STRICTLY_CONFIDENTIAL", "de", "customer", "complaint to the CEO forwarded: named insured's pancreatic cancer and refused therapy", m


@mail
def s38():
    m = new("Marlene Graf <marlene.graf@nordlicht-versicherung.example>",
            "Vorstandsassistenzen <vorstandsassistenz@nordlicht-versicherung.example>",
            "Termine Dr. Overbeck bis Ende April absagen",
            "2026-03-23 08:10:42")
    body(m, """
Liebe Kolleginnen,

nur für euch und nicht weitergeben: Herr Dr. Overbeck wird morgen im
Herzzentrum operiert (Bypass, geplant, nach dem Befund aus der
Vorsorgeuntersuchung). Danach folgt eine Anschlussreha, insgesamt ist er
bis voraussichtlich 30.04. nicht im Haus. Frau Seidel übernimmt die
Vertretung im Vorsitz.

Nach außen bitte nur: „Herr Dr. Overbeck ist bis Ende April nicht
erreichbar." Alle Termine bis 30.04. bitte absagen bzw. an Frau Seidel
umlegen.

Danke!
Marlene
""", cte="base64")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "board office reveals the CEO's bypass surgery and rehab", m


@mail
def s39():
    m = new("Marlene Graf <marlene.graf@nordlicht-versicherung.example>",
            "Travel Health Claims <reise-kv@nordlicht-versicherung.example>",
            "FW: Complaint to the Board – repatriation from Crete",
            "2026-08-24 10:14:58")
    body(m, """
Please prepare a statement for the board by Thursday. Thank you.
Marlene Graf, Board Office

-------- Forwarded Message --------
From: Thomas Becker-Hale <t.beckerhale@britmail.example>
Date: Sat, 22 Aug 2026 18:40:03 +0200
To: vorstand@nordlicht-versicherung.example
Subject: Complaint – repatriation refused

Dear Members of the Board,

my father, Walter Becker (travel health policy RK-5502-118304), suffered
a stroke on 9 August while on holiday in Chania. He has been in the
Venizelio hospital with paralysis of his right side ever since. Your
assistance service refused an air ambulance to Bremen because the local
doctors called him "fit to travel by scheduled flight with escort",
which is absurd – he cannot sit for more than an hour.

We have now paid EUR 21,400 for a private air ambulance ourselves. I
expect you to reimburse this and to explain in writing why the medical
advice of your own doctor was ignored.

Thomas Becker-Hale
""")
    return "STRICTLY_CONFIDENTIAL", "en", "customer", "forwarded complaint: named insured's stroke, paralysis and repatriation", m


@mail
def s40():
    m = new("Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "Leistung Unfall <unfall-leistung@nordlicht-versicherung.example>",
            "Gruppenunfall Mitarbeitende – Meldung Skiunfall Brandes / group accident claim",
            "2026-02-16 14:30:05")
    body(m, """
Hallo Kolleginnen und Kollegen,

für unseren eigenen Gruppenunfallvertrag GU-0001-NL (alle Beschäftigten,
24 Stunden) melde ich einen Unfall:

  Versicherte Person: Felix Brandes, Claims Analytics, geb. 30.09.1990
  Unfalltag/-ort:     07.02.2026, Skigebiet Saalbach (Österreich)
  Hergang:            Sturz auf vereister Piste
  Verletzung:         Ruptur des vorderen Kreuzbands rechts,
                      Innenmeniskusriss; OP am 12.02. in Zell am See
  Behandelnde Klinik: Tauernklinikum Zell am See

Felix asked me to add that he will send the surgery report in English
once he gets it from the hospital. Bitte Schadennummer an mich, ich gebe
sie an ihn weiter.

Viele Grüße
Katrin Behrendt
""")
    return "STRICTLY_CONFIDENTIAL", "mixed", "internal", "group accident claim for a named employee: ligament rupture and surgery", m


@mail
def s41():
    m = new("People & Culture <people@nordlicht-versicherung.example>",
            "Nordlicht Vital Service <vital@nordlicht-versicherung.example>",
            "Meldeliste Juli Hamburg",
            "2026-06-30 16:40:00")
    body(m, """
Hallo Vital-Team,

anbei die Meldeliste für den Start am 01.07. (Standort Hamburg). Bitte
wie besprochen Versicherungsnummern vergeben und die Willkommenspost an
die Privatadressen schicken.

Danke!
People & Culture
""")
    attach_bytes(m, xlsx([
        ("Meldung 07-2026", [
            ("Pers.-Nr.", "Name", "Vorname", "Geburtsdatum", "Privatanschrift", "Tarif",
             "mitversicherte Person (eigene Kosten)"),
            (130114, "Dreyer", "Malte", "1985-11-03", "Eppendorfer Landstr. 61, 20249 Hamburg",
             "Vital 600 AG", ""),
            (130287, "Sørensen", "Liv", "1992-05-27", "Bahrenfelder Str. 140, 22765 Hamburg",
             "Vital 600 AG", "Tochter Ida, 2019-08-14"),
            (130355, "Petrović", "Ana", "1979-01-30", "Wandsbeker Chaussee 12, 22089 Hamburg",
             "Vital 600 AG", "Ehemann Dragan, 1977-06-02"),
            (130412, "Hoffmann", "Jens", "1968-09-19", "Am Sood 7, 22848 Norderstedt",
             "Vital 600 AG", ""),
        ]),
    ], (2026, 6, 30, 16, 0, 0)), *MIME_XLSX, "Meldeliste_Vital_HH_2026-07.xlsx")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "body harmless; XLSX enrols named employees and relatives in the company health insurance", m


@mail
def s42():
    m = new("Kirsten Hollmann <kirsten.hollmann@nordlicht-versicherung.example>",
            "Team Kundenservice <kundenservice-alle@nordlicht-versicherung.example>",
            "Traurige Nachricht",
            "2026-10-05 08:30:12")
    body(m, """
Liebe Kolleginnen und Kollegen,

ich muss euch eine sehr traurige Nachricht überbringen. Unsere Kollegin
Renke Albrecht ist am Freitag nach langer, schwerer Krankheit im
Hospiz Brücke in Bremen-Horn gestorben. Sie wurde 47 Jahre alt.

Viele von euch wussten, dass sie seit dem Frühjahr gegen den Krebs
gekämpft hat; bis zuletzt hat sie gehofft, noch einmal zu uns
zurückzukommen.

Die Trauerfeier ist am Freitag, 16.10., um 13 Uhr in der Kapelle auf dem
Riensberger Friedhof. Wer teilnehmen möchte, bekommt dafür frei. Eine
Karte für die Familie liegt bei mir im Büro.

Kirsten
""")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "colleague's death announced with cancer, long illness and hospice", m


@mail
def s43():
    m = new("Tobias Rehder <tobias.rehder@nordlicht-versicherung.example>",
            "Versicherungsombudsmann e.V. <beschwerde@ombudsmann-vers.example>",
            "Abwesenheitsnotiz: Ihr Az. 2026-041877",
            "2026-05-04 09:01:22",
            headers=[("Auto-Submitted", "auto-replied")])
    body(m, """
Sehr geehrte Damen und Herren,

ich bin nach einer Operation krankheitsbedingt voraussichtlich bis zum
29.05.2026 abwesend. Ihre Nachricht wird nicht weitergeleitet.

In Beschwerdeangelegenheiten wenden Sie sich bitte an
beschwerde@nordlicht-versicherung.example oder Frau Nadine Grünewald
(Tel. 0421 5590-3318).

Mit freundlichen Grüßen
Tobias Rehder
Beschwerdemanagement
""")
    return "STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner", "out-of-office telling an external body the sender is off sick after an operation", m


@mail
def s44():
    m = new("Kirsten Hollmann <kirsten.hollmann@nordlicht-versicherung.example>",
            "Simone Hartwig <simone.hartwig@nordlicht-versicherung.example>",
            "Time account export March – Customer Service",
            "2026-04-02 12:15:40")
    body(m, """
Hi Simone,

here is the export you asked for (time accounts March, my team). I have
not changed anything.

Kirsten
""")
    attach_bytes(m, xlsx([
        ("March 2026", [
            ("Name", "Target h", "Actual h", "Balance h", "Absence codes (U=leave, K=sick, KK=child sick)"),
            ("Albrecht, Renke", 160, 96, -2.5, "K 02.-06.03., K 23.-24.03."),
            ("Brede, Ilka", 128, 131.5, 3.5, ""),
            ("Carstens, Jasper", 160, 138, 0, "U 16.-18.03."),
            ("Kuhlmann, Renate", 160, 64, 0, "K 01.-13.03. (Wiedereingl. ab 16.03.)"),
            ("Meyerhoff, Karsten", 160, 0, 0, "K ganzer Monat"),
            ("Wendelken, Birte", 120, 124, 4, ""),
            ("Yıldız, Hülya", 120, 104, -1, "KK 09.-10.03."),
        ]),
    ], (2026, 4, 2, 12, 0, 0), creator="K. Hollmann"), *MIME_XLSX, "time_accounts_2026-03_KS.xlsx")
    return "STRICTLY_CONFIDENTIAL", "en", "internal", "body harmless; XLSX time accounts with sick and child-sick days per named employee", m


@mail
def s45():
    m = new("Lea Hinrichs <lea.hinrichs@nordlicht-versicherung.example>",
            "International Health <international-kv@nordlicht-versicherung.example>",
            "Expat cover for Lukas Behrens (Madrid) – pre-existing condition",
            "2026-09-02 15:55:20")
    body(m, """
Dear colleagues,

Lukas Behrens will be posted to Madrid from 1 October to 31 March. He
needs the international health plan "Global Care Expat" on top of his
statutory cover (A1 certificate applied for).

In the health questionnaire he declared type 1 diabetes since 2009,
treated with an insulin pump (Omnipod), HbA1c 6.8 % at the last check,
no complications. He asked whether the pump supplies (sensors, pods)
can be delivered to Madrid or whether he has to buy them locally and
claim them back.

Could you confirm cover without exclusion and let me know the premium
for cost centre 4100?

Thanks,
Lea
""")
    return "STRICTLY_CONFIDENTIAL", "en", "internal", "posted employee's health insurance with declared type 1 diabetes and insulin pump", m


@mail
def s46():
    m = new("Dr. med. Ulrike Brandt <u.brandt@arbeitsmed-nord.example>",
            "Thomas Kruse <thomas.kruse@nordlicht-versicherung.example>",
            "Vorsorge Lärm Druckzentrum – Rückmeldung mit Einwilligung",
            "2026-11-18 13:30:00")
    body(m, """
Sehr geehrter Herr Kruse,

die Pflichtvorsorge Lärm für die Beschäftigten des Druck- und
Kuvertierzentrums ist abgeschlossen. Grundsätzlich erhalten Sie von mir
nur die Vorsorgebescheinigungen. In zwei Fällen haben mich die
Beschäftigten ausdrücklich gebeten, Ihnen das Ergebnis mitzuteilen, damit
technische Maßnahmen geprüft werden:

- Herr Jürgen Wessel: beginnende beidseitige Hochtonschwerhörigkeit
  (Senke bei 4 kHz, 35 dB), Gehörschutz mit Otoplastik empfohlen
- Frau Monika Trapp: Tinnitus rechts seit dem Sommer, Arbeitsplatz an
  Kuvertiermaschine 3 sollte gewechselt werden

Bei allen übrigen Untersuchten bestehen keine Bedenken.

Mit freundlichen Grüßen
Dr. med. Ulrike Brandt
Fachärztin für Arbeitsmedizin, ArbeitsMed Nord GmbH
""")
    return "STRICTLY_CONFIDENTIAL", "de", "doctor-to-insurer", "company doctor reports hearing loss and tinnitus of named employees", m


@mail
def s47():
    m = new("Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "Jörg Lammers <joerg.lammers@nordlicht-versicherung.example>",
            "Gesprächsnotiz Stufe 2 – zu Ihrer Kenntnis",
            "2026-03-17 16:02:44",
            cc="Suchtkrankenhelfer <suchthilfe@nordlicht-versicherung.example>")
    body(m, """
Hallo Herr Lammers,

wie im Gespräch heute zugesagt, die Notiz zu unserem Gespräch nach
Stufe 2 der Betriebsvereinbarung Suchtprävention (nur in der gesonderten
Akte, nicht in der Personalakte):

- Anlass: am 09.03. und 12.03. Alkoholgeruch und verwaschene Sprache im
  Büro, von zwei Kollegen unabhängig gemeldet
- Sie haben eingeräumt, seit der Trennung im Herbst regelmäßig und
  zu viel zu trinken
- Vereinbarung: Termin bei der Suchtberatungsstelle der AWO bis 31.03.,
  Nachweis an Herrn Kahle (Suchtkrankenhelfer); Gespräch Stufe 2 wird
  nach 8 Wochen überprüft
- Sie können jederzeit eine Freistellung für eine Entgiftung in Anspruch
  nehmen.

Wir wünschen Ihnen viel Kraft.
Katrin Behrendt
""")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "addiction-prevention talk note about a named employee's alcohol problem", m


@mail
def s48():
    m = new("Fuhrpark <fuhrpark@nordlicht-versicherung.example>",
            "Personal Bremen <personal@nordlicht-versicherung.example>",
            "Dienstwagen Heitmann einziehen",
            "2026-12-07 09:44:01")
    body(m, """
Hallo,

Herr Sören Heitmann hat mich heute früh angerufen: Ihm ist am Samstag
nach einer Weihnachtsfeier die Fahrerlaubnis vorläufig entzogen worden
(Polizeikontrolle, 1,4 Promille, Blutprobe im Klinikum Ost). Ihm droht
ein Strafverfahren wegen Trunkenheit im Verkehr.

Er darf den Dienstwagen HB-NL 2214 bis auf Weiteres nicht fahren. Ich
hole das Fahrzeug morgen ab; für die Kundenbesuche braucht er einen
Fahrer oder Bahncard. Bitte klären, wie wir arbeitsrechtlich weiter
vorgehen.

Gruß
Frank Brück, Fuhrpark
""")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "named employee's drunk-driving offence, blood test and licence withdrawal", m


@mail
def s49():
    m = new("Forderungsmanagement <forderungen@nordlicht-versicherung.example>",
            "Leistung Kranken Vollversicherung <lk-voll@nordlicht-versicherung.example>",
            "Ruhen der Leistungen – Beitragsrückstand KV 418-1356620",
            "2026-07-16 10:20:30")
    body(m, """
Hallo zusammen,

für die Versicherungsnehmerin Frau Dilara Şahin, KV 418-1356620, besteht
ein Beitragsrückstand von 2.184,60 € (Februar bis Juli). Das Mahnverfahren
nach § 193 Abs. 6 VVG ist durchlaufen; ab 01.08.2026 ruht der Vertrag,
sie wird in den Notlagentarif umgestellt.

Bitte beachten: Im Notlagentarif werden nur noch Aufwendungen für akute
Erkrankungen, Schmerzzustände sowie Schwangerschaft und Mutterschaft
erstattet. Laut Leistungsakte läuft bei ihr gerade eine Schwangerschaft
(Entbindungstermin Oktober) – diese Kosten bleiben also gedeckt.

Viele Grüße
Forderungsmanagement
""")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "health policy premium arrears of a named customer with her pregnancy", m


@mail
def s50():
    m = new("Aylin Demir <aylin.demir@nordlicht-versicherung.example>",
            "Buchhaltung Klinikum <debitoren@klinikum-weserland.example>",
            "Zahlungsavis Direktabrechnung – 3 Patienten",
            "2026-04-29 14:03:17")
    body(m, """
Sehr geehrte Damen und Herren,

im Rahmen der Direktabrechnung (Klinik-Card) haben wir heute überwiesen:

  Rg.-Nr. 26-114220  Patient Heinrich Voßberg, KV 418-0655031
                     Aufnahme 02.03.–16.03.2026, DRG I47B
                     (Endoprothese Knie)                     11.402,18 €
  Rg.-Nr. 26-114687  Patientin Elke Ranft, KV 418-1499218
                     Aufnahme 09.03.–11.03.2026, DRG G24C    3.288,40 €
  Rg.-Nr. 26-115012  Patient Milan Novák, KV 418-2310071
                     Wahlleistung Einbettzimmer, 6 Tage      1.020,00 €

Gesamt 15.710,58 € auf Ihr Konto bei der Sparkasse Bremen.

Mit freundlichen Grüßen
Aylin Demir
Kreditorenbuchhaltung
""")
    return "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital", "payment advice to a hospital with named patients, stays and DRG codes", m


@mail
def s51():
    m = new("Marlene Graf <marlene.graf@nordlicht-versicherung.example>",
            "Kundenservice Leben <ks-leben@nordlicht-versicherung.example>",
            "WG: Rückkaufswert – Brief an den Vorstand",
            "2026-01-14 11:48:03")
    body(m, """
Hallo Frau Kuhlmann,

bitte klären und einen Antwortentwurf an mich. Danke!
Marlene Graf, Vorstandsbüro

-----Ursprüngliche Nachricht-----
Von: Ewald Schnakenberg <e.schnakenberg@rentnerpost.example>
Gesendet: Sonntag, 11. Januar 2026 17:20
An: vorstand@nordlicht-versicherung.example
Betreff: Rückkaufswert meiner Lebensversicherung

Sehr geehrte Damen und Herren Vorstände,

ich habe 1998 bei Ihnen eine Kapitallebensversicherung abgeschlossen
(LV-7712-0002874) und 28 Jahre lang jeden Monat 102,26 € eingezahlt,
zusammen über 34.000 €. Jetzt, wo ich das Geld für den Umbau unseres
Bades brauche, wollen Sie mir beim Rückkauf nur 31.870 € auszahlen.

Wo ist mein Geld geblieben? Ich erwarte eine nachvollziehbare Aufstellung.

Ewald Schnakenberg
""")
    return "STRICTLY_CONFIDENTIAL", "de", "customer", "forwarded complaint about a named customer's life policy and surrender value", m


@mail
def s52():
    m = new("BaFin Verbraucherbeschwerden <beschwerden@bafin-aufsicht.example>",
            "Beschwerdemanagement <beschwerde@nordlicht-versicherung.example>",
            "VBS 2026/118447 – Beschwerde Herr Dr. Jürgen Möllenkamp",
            "2026-03-31 10:05:00")
    body(m, """
Sehr geehrte Damen und Herren,

Herr Dr. Jürgen Möllenkamp, Schwachhauser Heerstraße 301, 28211 Bremen,
hat sich über Ihr Unternehmen beschwert. Er ist bei Ihnen
krankheitskostenvollversichert (KV 418-0512877) und beanstandet die
Beitragserhöhung zum 01.01.2026 um 23 %. Er trägt vor, er sei 71 Jahre
alt, chronisch herzkrank und könne wegen seiner Vorerkrankungen nicht
mehr wechseln; ein Tarifwechsel nach § 204 VVG sei ihm nicht angeboten
worden.

Wir bitten Sie, die Angelegenheit zu prüfen, dem Beschwerdeführer
innerhalb eines Monats zu antworten und uns eine Kopie Ihrer Antwort zu
übersenden.

Mit freundlichen Grüßen
Im Auftrag
Bundesanstalt für Finanzdienstleistungsaufsicht
Referat Verbraucherbeschwerden
""")
    return "STRICTLY_CONFIDENTIAL", "de", "authority-to-insurer", "regulator forwards complaint of a named health policyholder with heart disease", m


@mail
def s53():
    m = new("HR Portal <noreply-hr@nordlicht-versicherung.example>",
            "Graham Whitfield <graham.whitfield@nordlicht-versicherung.example>",
            "Absence recorded for your team member",
            "2026-09-18 06:12:44", mid_style="system",
            headers=[("Auto-Submitted", "auto-generated")])
    html_only(m, """
<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d0d7de">
<tr><td style="background:#00457c;color:#fff;padding:12px 16px"><b>Nordlicht HR Portal</b></td></tr>
<tr><td style="padding:16px">
<p>Hello Graham Whitfield,</p>
<p>an absence has been recorded for a member of your team.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Employee:</td><td>Ilyas Rahimi</td></tr>
<tr><td>Type:</td><td>Incapacity for work (eAU received)</td></tr>
<tr><td>From:</td><td>17.09.2026</td></tr>
<tr><td>Expected to:</td><td>02.10.2026</td></tr>
<tr><td>Follow-up:</td><td>hospital stay reported by the health insurer</td></tr>
</table>
<p>Please plan a stand-in. Details are not visible to line managers.</p>
<p style="color:#6a737d;font-size:12px">This message was generated automatically.</p>
</td></tr></table>
</body></html>
""")
    return "STRICTLY_CONFIDENTIAL", "en", "system-notification", "HTML-only HR system mail tells a manager of a named employee's sick leave and hospital stay", m


@mail
def s54():
    m = new("Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "Sabine Okafor <sabine.okafor@nordlicht-versicherung.example>",
            "Einladung: BEM Erstgespräch Lührs",
            "2026-06-03 15:40:00")
    body(m, """
Hi Sabine, see invite. Raum ist gebucht.
Katrin
""")
    attach_text(m, """
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN=Katrin Behrendt:mailto:katrin.behrendt@nordlicht-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sabine Okafor:mailto:sabine.okafor@nordlicht-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Bastian Lührs:mailto:bastian.luehrs@nordlicht-versicherung.example
SUMMARY:BEM Erstgespräch Bastian Lührs (73 AU-Tage 2025)
DESCRIPTION:Bitte Verlauf seit Januar mitbringen. Herr Lührs möchte über
  Heimarbeit wegen seiner Darmerkrankung sprechen.
DTSTART:20260612T080000Z
DTEND:20260612T090000Z
LOCATION:A 0.09 (BR-Büro)
UID:040000008200E00074C5B7101A82E0080000000020A6F3B1E9F4DC01000000000000000010000000
DTSTAMP:20260603T134000Z
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "calendar", "invite.ics")
    return "STRICTLY_CONFIDENTIAL", "mixed", "internal", "return-to-work invite; ICS has sick days and bowel disease of named employee", m


@mail
def s55():
    m = new("Stefan Rosebrock <stefan.rosebrock@nordlicht-versicherung.example>",
            "Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "AU Behrens bis 20.03. – Folgebescheinigung Orthopäde",
            "2026-03-09 08:02:55", mid_style="phone")
    body(m, """
siehe betreff. vertretung ist geregelt.
gruß s.r.
""", cte="8bit")
    return "STRICTLY_CONFIDENTIAL", "de", "internal", "subject-only: named employee's sick note extended by an orthopaedist", m


@mail
def s56():
    m = new("Hinweisgeberstelle <hinweise@nordlicht-versicherung.example>",
            "Compliance <compliance@nordlicht-versicherung.example>",
            "Hinweis HG-2026-014 – neu eingegangen / new report",
            "2026-10-21 09:15:33", mid_style="system")
    body(m, """
Neuer Hinweis im Hinweisgebersystem (anonym eingereicht, Sprache: EN)
New report received (anonymous, language: EN)

Kategorie: Korruption / Bestechlichkeit

Text des Hinweisgebers (unverändert):
  I work for a supplier of Nordlicht. Since 2024 the buyer Mr Henning
  Klaasen from your procurement department has been asking our sales
  manager for "commission" of 3 % on every order for IT hardware, paid in
  cash or as vouchers. In return our offers are preferred even when they
  are more expensive. I have copies of two WhatsApp messages from him and
  can upload them. Please protect my identity.

Eingangsbestätigung an den Hinweisgeber wurde automatisch versendet. Frist
für die Rückmeldung nach § 17 HinSchG: 3 Monate.
""")
    return "STRICTLY_CONFIDENTIAL", "mixed", "internal", "whistleblower report accusing a named employee of taking bribes (alleged offence)", m


@mail
def s57():
    m = new("HR Controlling <hr-controlling@nordlicht-versicherung.example>",
            "Bernd Lüders <bernd.lueders@nordlicht-versicherung.example>",
            "Fehlzeiten Facility Q3 / absence figures Q3 for your area",
            "2026-10-08 10:30:10")
    body(m, """
Hallo Herr Lüders,

wie gewünscht die Fehlzeiten Q3 für Ihren Bereich; da Sie die Zahlen für
die Personalbemessung brauchen, ausnahmsweise nicht zusammengefasst:

  Hausmeisterei (4 MA)            AU-Tage 11   Quote 4,3 %
  Poststelle (5 MA)               AU-Tage 19   Quote 5,9 %
  Empfang Gebäude B (1 MA)        AU-Tage 34   Quote 52 %
    (davon Krankenhausaufenthalt laut eAU 12 Tage)
  Fahrdienst (2 MA)               AU-Tage 0    Quote 0 %

Please keep in mind that the reception figure relates to one person
only; bitte nicht im Team zeigen.

HR Controlling
""")
    return "STRICTLY_CONFIDENTIAL", "mixed", "internal", "absence table whose one-person cell reveals the receptionist's sick days and hospital stay", m


@mail
def s58():
    m = new("Priya Raman <priya.raman@nordlicht-versicherung.example>",
            "Graham Whitfield <graham.whitfield@nordlicht-versicherung.example>",
            "Next few months",
            "2026-11-20 18:47:31")
    body(m, """
Hi Graham,

I wanted to tell you personally before the paperwork reaches HR. The
biopsy last week confirmed what they suspected, and I start my first
cycle at the oncology day clinic at Klinikum Mitte on Monday. The plan is
six cycles every three weeks, then we'll see about surgery.

I'd like to keep working on the days between cycles as far as I can,
mostly from home. Could we talk tomorrow about how to hand over the
reserving project? Please don't share details with the team yet – I'll
tell them myself when I'm ready.

Thanks for being so understanding.
Priya
""")
    return "STRICTLY_CONFIDENTIAL", "en", "internal", "employee tells her manager about biopsy result and chemotherapy cycles", m


@mail
def s59():
    m = new("Entgeltabrechnung <entgelt@nordlicht-versicherung.example>",
            "Svenja Lindner <svenja.lindner@mail-privat-nord.example>",
            "Ihre Abrechnung April 2026 (Korrektur)",
            "2026-05-06 10:02:17")
    body(m, """
Liebe Frau Lindner,

wie telefonisch besprochen, erhalten Sie die korrigierte Abrechnung für
April an Ihre private Adresse, da Sie derzeit keinen Zugriff auf das
Mitarbeiterportal haben.

Viele Grüße
Ihr Team Entgeltabrechnung
""")
    attach_bytes(m, pdf([
        "# Entgeltabrechnung April 2026 (Korrektur)",
        "Nordlicht Versicherung AG - Personalnummer 110 562 - Svenja Lindner",
        "Steuerklasse 1 - Steuer-ID 63504728922",
        "",
        "Krankengeldzuschuss tarifl. (01.04.-30.04.)       412,37",
        "  (Krankengeld zahlt die Krankenkasse; stufenweise Wiedereingliederung ab 04.05.2026)",
        "",
        "AU-Tage 2026 kumuliert: 92 (seit 29.01.2026)",
        "Gesamtbrutto                                      412,37",
        "Lohnsteuer                                        -18,25",
        "Auszahlungsbetrag                                 394,12",
        "Überweisung an IBAN DE91 4405 0199 5639 7078 86",
    ], (2026, 5, 6, 10, 0, 0), title="Entgeltabrechnung 04-2026"), "application", "octet-stream", "Abrechnung_2026-04_110562.pdf")
    return "STRICTLY_CONFIDENTIAL", "de", "insurer-to-employee", "body harmless; PDF payslip with sick-pay supplement, sick days, graded return, IBAN", m


@mail
def s60():
    m = new("Stefan Rosebrock <stefan.rosebrock@nordlicht-versicherung.example>",
            "Katrin Behrendt <katrin.behrendt@nordlicht-versicherung.example>",
            "WG: morgen / tomorrow",
            "2026-01-13 07:41:09")
    body(m, """
Moin Katrin,

zur Info, siehe unten (Anhang). Er hat mich gebeten, das an HR zu geben,
weil er die eAU-Sache noch nicht versteht. Kannst du ihm erklären, wie das
bei uns läuft?

Gruß Stefan
""")
    inner = new("Lukas Behrens <lukas.behrens@nordlicht-versicherung.example>",
                "Stefan Rosebrock <stefan.rosebrock@nordlicht-versicherung.example>",
                "morgen / tomorrow",
                "2026-01-12 21:55:40", mid_style="phone")
    body(inner, """
Hi Stefan,

sorry for the English, ich bin zu müde zum Tippen. I was at the
emergency room tonight with kidney stones, they gave me strong painkillers
and I have to come back on Wednesday for an ultrasound. Der Arzt hat mich
bis Freitag krankgeschrieben. Could you tell the team and move my
appointment with the assessor?

Lukas
""", cte="8bit")
    attach_msg(m, inner)
    return "STRICTLY_CONFIDENTIAL", "mixed", "internal", "forward with attached message/rfc822: named employee's kidney stones and sick note", m


# ==========================================================================
# build and check
# ==========================================================================

EXPECTED = {"NORMAL": 80, "CONFIDENTIAL": 60, "STRICTLY_CONFIDENTIAL": 60}
FIXED_TIME = (2026, 1, 1, 0, 0, 0)


def _boundary():
    style = R.choice(["outlook", "tb", "apple", "java"])
    if style == "outlook":
        return "_%03d_%s%s_" % (R.randint(0, 9), _alnum(16), "NORDLICHT")
    if style == "tb":
        return "------------%s" % _alnum(24)
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (_hex(8).upper(), _hex(4).upper(), _hex(4).upper(),
                                               _hex(4).upper(), _hex(12).upper())
    return "----=_Part_%d_%d.%d" % (R.randint(1000, 99999), R.randint(10**8, 10**9), R.randint(10**12, 10**13))


def build():
    """Return [(filename, label, lang, kind, reason, bytes)] in file order."""
    R.seed(SEED)
    built = []
    for fn in MAILS:
        label, lang, kind, reason, m = fn()
        inner_roots = [p.get_payload(0) for p in m.walk()
                       if p.get_content_type() == "message/rfc822"]
        for part in m.walk():
            if part.get_content_maintype() == "multipart":
                part.set_boundary(_boundary())
            if part is not m and not any(part is r for r in inner_roots):
                del part["MIME-Version"]
        data = m.as_bytes(policy=policy.SMTP)
        built.append((fn.__name__, label, lang, kind, reason, data))
    order = list(range(len(built)))
    random.Random(SEED).shuffle(order)
    out = []
    for pos, idx in enumerate(order, 1):
        _name, label, lang, kind, reason, data = built[idx]
        out.append(("d%s-%04d.eml" % (NN, pos), label, lang, kind, reason, data))
    return out


def labels_tsv(rows):
    lines = ["file\tlabel\tlang\tkind\treason"]
    for fname, label, lang, kind, reason, _ in rows:
        for v in (label, lang, kind, reason):
            assert "\t" not in v and "\n" not in v, (fname, v)
        lines.append("\t".join((fname, label, lang, kind, reason)))
    return ("\n".join(lines) + "\n").encode("utf-8")


def write(target):
    rows = build()
    mdir = target / "mails"
    mdir.mkdir(parents=True, exist_ok=True)
    for old in mdir.glob("*.eml"):
        old.unlink()
    for fname, *_rest, data in rows:
        (mdir / fname).write_bytes(data)
    (target / "labels.tsv").write_bytes(labels_tsv(rows))
    return rows


def _berlin_offset_hours(d_utc):
    """Independent CET/CEST rule for 2026: CEST from 29 Mar 01:00 UTC to 25 Oct 01:00 UTC."""
    start = _dt.datetime(2026, 3, 29, 1, 0, tzinfo=_dt.timezone.utc)
    end = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=_dt.timezone.utc)
    return 2 if start <= d_utc < end else 1


def _open_attachment(name, data, ctype, problems, where):
    import openpyxl
    import docx as _docx
    import pypdf
    from odf.opendocument import load as odf_load
    ext = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    try:
        if ext == "xlsx":
            wb = openpyxl.load_workbook(io.BytesIO(data))
            assert any(ws.max_row > 0 for ws in wb.worksheets)
        elif ext == "docx":
            d = _docx.Document(io.BytesIO(data))
            assert d.paragraphs or d.tables
        elif ext in ("odt", "ods"):
            odf_load(io.BytesIO(data))
        elif ext == "pdf":
            rd = pypdf.PdfReader(io.BytesIO(data))
            txt = "".join(p.extract_text() or "" for p in rd.pages)
            assert txt.strip(), "PDF without text layer"
        elif ext == "zip":
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None
            for info in z.infolist():
                _open_attachment(info.filename, z.read(info.filename), "", problems,
                                 where + "!" + info.filename)
        elif ext in ("csv", "txt", "ics", "log"):
            enc = "utf-8"
            m = re.search(r"charset=\"?([\w-]+)", ctype or "")
            if m:
                enc = m.group(1)
            text = data.decode(enc)
            if ext == "ics":
                assert text.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in text
        elif ext == "eml":
            _check_message(BytesParser(policy=policy.default).parsebytes(data), problems, where)
        else:
            problems.append("%s: unknown attachment type %s" % (where, name))
    except Exception as e:  # noqa: BLE001
        problems.append("%s: cannot open %s: %r" % (where, name, e))


def _check_message(msg, problems, where):
    for part in msg.walk():
        for d in part.defects:
            problems.append("%s: MIME defect %r" % (where, d))
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        if ctype == "message/rfc822":
            continue
        fname = part.get_filename()
        if ctype.startswith("text/") and not fname:
            try:
                part.get_content()
            except Exception as e:  # noqa: BLE001
                problems.append("%s: text part does not decode: %r" % (where, e))
        elif fname:
            payload = part.get_payload(decode=True)
            _open_attachment(fname, payload, str(part.get("Content-Type", "")), problems,
                             where + ":" + fname)
        else:
            problems.append("%s: unnamed non-text part %s" % (where, ctype))
    # attached messages: walk() above already visits their parts


def check():
    problems = []
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        ra = write(Path(a))
        write(Path(b))
        for sub in ("labels.tsv",):
            pa, pb, ph = Path(a) / sub, Path(b) / sub, HERE / sub
            if pa.read_bytes() != pb.read_bytes():
                problems.append("%s differs between two builds" % sub)
            if not ph.exists() or ph.read_bytes() != pa.read_bytes():
                problems.append("%s differs from the written file" % sub)
        names = sorted(p.name for p in (HERE / "mails").glob("*.eml"))
        if names != [r[0] for r in ra]:
            problems.append("mails/ does not hold exactly the built files")
        for r in ra:
            fa = (Path(a) / "mails" / r[0]).read_bytes()
            fb = (Path(b) / "mails" / r[0]).read_bytes()
            fh = HERE / "mails" / r[0]
            if fa != fb:
                problems.append("%s differs between two builds" % r[0])
            if not fh.exists() or fh.read_bytes() != fa:
                problems.append("%s differs from the written file" % r[0])
    ids = {}
    counts = {}
    for fname, label, lang, kind, reason, data in ra:
        counts[label] = counts.get(label, 0) + 1
        if lang not in ("de", "en", "mixed"):
            problems.append("%s: bad lang %s" % (fname, lang))
        if b"\r\n" not in data:
            problems.append("%s: no CRLF" % fname)
        for line in data.split(b"\r\n"):
            if b"\r" in line or b"\n" in line:
                problems.append("%s: bare CR or LF" % fname)
                break
            if len(line) > 998:
                problems.append("%s: line longer than 998 octets" % fname)
                break
        msg = BytesParser(policy=policy.default).parsebytes(data)
        mid_ = msg["Message-ID"]
        if not mid_:
            problems.append("%s: no Message-ID" % fname)
        elif mid_ in ids:
            problems.append("%s: Message-ID also in %s" % (fname, ids[mid_]))
        else:
            ids[mid_] = fname
        for part in msg.walk():
            if part.get_content_type() == "message/rfc822":
                inner = part.get_content()
                if inner["Message-ID"] in ids:
                    problems.append("%s: inner Message-ID repeats" % fname)
                ids[inner["Message-ID"]] = fname + "(inner)"
        try:
            d = parsedate_to_datetime(msg["Date"])
            if d.year != 2026:
                problems.append("%s: date not in 2026" % fname)
            off = d.utcoffset().total_seconds() / 3600
            if off != _berlin_offset_hours(d.astimezone(_dt.timezone.utc)):
                problems.append("%s: wrong CET/CEST offset %s" % (fname, msg["Date"]))
        except Exception as e:  # noqa: BLE001
            problems.append("%s: bad Date: %r" % (fname, e))
        _check_message(msg, problems, fname)
    if counts != EXPECTED:
        problems.append("label counts %r, expected %r" % (counts, EXPECTED))
    if len(ra) != 200:
        problems.append("%d mails, expected 200" % len(ra))
    for p in problems:
        print("PROBLEM:", p)
    print("checked %d mails: %s" % (len(ra), ", ".join("%s %d" % kv for kv in sorted(counts.items()))))
    return not problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="rebuild twice, compare, parse and open everything")
    args = ap.parse_args()
    if args.check:
        sys.exit(0 if check() else 1)
    rows = write(HERE)
    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    print("wrote %d mails: %s" % (len(rows), ", ".join("%s %d" % kv for kv in sorted(counts.items()))))


if __name__ == "__main__":
    main()
