#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the Siegel development corpus `dev27` (file prefix `d27-`).

Every mail of this corpus is written out below, by hand, one by one: headers,
body, quoted replies, forwards and the content of every attachment.  Only the
MIME plumbing (this first section) is shared.  All persons, companies, numbers
and addresses are fictitious.

    python make_corpus.py          # writes mails/ and labels.tsv
    python make_corpus.py --check  # parses every mail, opens every attachment,
                                   # compares labels.tsv with the generator, prints counts

Needs: openpyxl, python-docx, odfpy, fpdf2, pypdf.
"""
import csv
import datetime as dt
import hashlib
import io
import os
import random
import sys
import zipfile
from email import policy
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime

SMTP = policy.SMTP
HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d27"
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
FIXED_TS = dt.datetime(2026, 1, 2, 9, 0, 0)

# --------------------------------------------------------------------------
# MIME plumbing
# --------------------------------------------------------------------------

class Ctx:
    """Per-mail state: running counter for boundaries."""
    idx = 0
    bcount = 0
    bstyle = 0


def _h(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def _boundary():
    Ctx.bcount += 1
    key = _h(f"b{Ctx.idx}-{Ctx.bcount}")
    st = Ctx.bstyle
    if st == 0:
        return f"_00{Ctx.bcount}_{key[:8].upper()}{key[8:20].upper()}_"
    if st == 1:
        return f"------------{key[:24]}"
    if st == 2:
        return f"Apple-Mail={key[:8].upper()}-{key[8:12].upper()}-{key[12:16].upper()}-{key[16:28].upper()}"
    return f"=_d27_{key[:16]}"


def text(body, subtype="plain", charset="utf-8", cte=None, flowed=False):
    p = MIMEPart(policy=SMTP)
    params = {"format": "flowed"} if flowed else None
    if charset == "us-ascii":  # plain-ASCII mailers write plain dashes and quotes
        body = body.replace("–", "-").replace("’", "'").replace("“", '"').replace("”", '"')
    if cte is None:
        cte = "quoted-printable" if any(ord(c) > 127 for c in body) else "7bit"
    p.set_content(body, subtype=subtype, charset=charset, cte=cte, params=params)
    return p


def html(body, charset="utf-8", cte="quoted-printable"):
    return text(body, subtype="html", charset=charset, cte=cte)


def multi(subtype, *parts):
    p = MIMEPart(policy=SMTP)
    p["Content-Type"] = f'multipart/{subtype}; boundary="{_boundary()}"'
    for s in parts:
        p.attach(s)
    return p


def alt(plain_part, html_part):
    return multi("alternative", plain_part, html_part)


def mixed(*parts):
    return multi("mixed", *parts)


def attach_bytes(data, mtype, filename, disposition="attachment"):
    maintype, subtype = mtype.split("/")
    p = MIMEPart(policy=SMTP)
    p.set_content(data, maintype, subtype, disposition=disposition, filename=filename)
    return p


def attach_text(s, filename, subtype="plain", charset="utf-8", cte=None):
    p = MIMEPart(policy=SMTP)
    if cte is None:
        cte = "quoted-printable" if any(ord(c) > 127 for c in s) else "7bit"
    p.set_content(s, subtype=subtype, charset=charset, cte=cte,
                  disposition="attachment", filename=filename)
    return p


def attach_msg(m, filename=None):
    p = MIMEPart(policy=SMTP)
    p.set_content(m)
    if filename:
        p["Content-Disposition"] = f'attachment; filename="{filename}"'
    else:
        p["Content-Disposition"] = "attachment"
    return p


HEADER_ORDER = ["Return-Path", "Received", "From", "Sender", "Reply-To", "To", "Cc",
                "Subject", "Date", "Message-ID", "In-Reply-To", "References",
                "Thread-Topic", "Importance", "X-Priority", "Sensitivity",
                "X-Mailer", "User-Agent", "Organization", "Auto-Submitted",
                "List-Unsubscribe", "Precedence", "Content-Language"]


def _date(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    # Central European time: summer time from 29 March to 25 October 2026
    summer = dt.datetime(2026, 3, 29, 2) <= d < dt.datetime(2026, 10, 25, 3)
    tz = dt.timezone(dt.timedelta(hours=2 if summer else 1))
    return format_datetime(d.replace(tzinfo=tz))


def _mid(frm, subject):
    dom = frm.split("@")[-1].strip(" >").lower()
    k = _h(f"m{Ctx.idx}|{subject}")
    st = int(k[0], 16) % 4
    if st == 0:
        return f"<{k[:8].upper()}.{k[8:16].upper()}@{dom}>"
    if st == 1:
        return f"<{k[:12]}-{k[12:16]}-{k[16:20]}@{dom}>"
    if st == 2:
        return f"<CA+{k[:28]}@mail.{dom}>"
    return f"<{int(k[:10], 16)}.{k[10:18]}.JavaMail.mailsrv@{dom}>"


def envelope(body, frm, to, subject, date, cc=None, hdrs=None, mid=None):
    """Turn the body part into a complete message with the envelope headers."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = _date(date)
    msg["Message-ID"] = mid or _mid(frm, subject)
    for k, v in (hdrs or {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in body.items():
        msg[k] = v
    msg.set_payload(body._payload)  # raw payload (keeps 8bit text as it is)
    return msg


def inner(body, frm, to, subject, date, cc=None, hdrs=None):
    """A message that travels as message/rfc822 inside another one."""
    return envelope(body, frm, to, subject, date, cc=cc, hdrs=hdrs)


# --------------------------------------------------------------------------
# attachments: real files, deterministic
# --------------------------------------------------------------------------

ZIP_TS = (2026, 1, 2, 9, 0, 0)


def _fix_core(b):
    import re
    s = b.decode("utf-8")
    s = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", r"\g<1>2026-01-02T09:00:00Z\g<2>", s)
    return s.encode("utf-8")


def _renorm_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=ZIP_TS)
            ni.compress_type = info.compress_type
            ni.external_attr = 0o644 << 16
            ni.create_system = 0
            raw = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                raw = _fix_core(raw)
            z.writestr(ni, raw)
    return out.getvalue()


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            ni = zipfile.ZipInfo(name, date_time=ZIP_TS)
            ni.compress_type = zipfile.ZIP_DEFLATED
            ni.external_attr = 0o644 << 16
            ni.create_system = 0
            z.writestr(ni, data)
    return out.getvalue()


def xlsx(sheets, author="Versicherer"):
    """sheets: list of (title, rows); rows is a list of lists."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for r, row in enumerate(rows):
            ws.append(list(row))
            if r == 0:
                for c in ws[1]:
                    c.font = Font(bold=True)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS
    bio = io.BytesIO()
    wb.save(bio)
    return _renorm_zip(bio.getvalue())


def docx(paras, tables=(), author="Versicherer", title=None):
    """paras: list of str; a str starting with '# ' is a heading."""
    import docx as _docx
    d = _docx.Document()
    for p in paras:
        if p.startswith("# "):
            d.add_heading(p[2:], level=1)
        elif p.startswith("## "):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    for rows in tables:
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_TS
    cp.modified = FIXED_TS
    cp.last_printed = FIXED_TS
    cp.revision = 1
    if title:
        cp.title = title
    bio = io.BytesIO()
    d.save(bio)
    return _renorm_zip(bio.getvalue())


def _odf_finish(doc):
    from odf import meta, dc
    doc.meta.addElement(meta.CreationDate(text="2026-01-02T09:00:00"))
    doc.meta.addElement(dc.Date(text="2026-01-02T09:00:00"))
    bio = io.BytesIO()
    doc.write(bio)
    return _renorm_zip(bio.getvalue())


def ods(sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for title, rows in sheets:
        t = Table(name=title)
        for row in rows:
            tr = TableRow()
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    tc = TableCell(valuetype="float", value=v)
                else:
                    tc = TableCell(valuetype="string")
                tc.addElement(P(text=str(v)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    return _odf_finish(doc)


def odt(paras):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    doc = OpenDocumentText()
    for p in paras:
        if p.startswith("# "):
            doc.text.addElement(H(outlinelevel=1, text=p[2:]))
        else:
            doc.text.addElement(P(text=p))
    return _odf_finish(doc)


def _pdfsafe(ln):
    for a, b in (("€", "EUR"), ("–", "-"), ("—", "-"), ("„", '"'), ("“", '"'), ("”", '"'),
                 ("‚", "'"), ("‘", "'"), ("’", "'"), ("…", "..."), ("•", "-"), ("→", "->"),
                 ("ı", "i"), ("ł", "l"), ("ś", "s"), ("ğ", "g"), ("ş", "s"), ("≥", ">="), ("≤", "<=")):
        ln = ln.replace(a, b)
    return ln


def pdf(title, lines, author="Versicherer", size=10):
    """A one-column PDF with a real text layer. Lines starting with '# ' are bold."""
    from fpdf import FPDF
    p = FPDF(format="A4")
    p.set_creation_date(dt.datetime(2026, 1, 2, 9, 0, 0, tzinfo=dt.timezone.utc))
    p.set_author(author)
    p.set_title(title)
    p.set_creator("d27 corpus")
    p.set_producer("fpdf2")
    p.add_page()
    p.set_auto_page_break(True, margin=15)
    p.set_font("Helvetica", "B", size + 3)
    p.multi_cell(0, 7, _pdfsafe(title), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in lines:
        ln = _pdfsafe(ln)
        if ln.startswith("# "):
            p.set_font("Helvetica", "B", size + 1)
            p.multi_cell(0, 6, ln[2:], new_x="LMARGIN", new_y="NEXT")
        else:
            p.set_font("Helvetica", "", size)
            p.multi_cell(0, 5, ln if ln else " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def ics(uid, summary, start, end, location="", description="", organizer=None):
    def f(s):
        return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")
    desc = description.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Versicherer//Kalender//DE",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260102T090000Z",
             f"DTSTART;TZID=Europe/Berlin:{f(start)}", f"DTEND;TZID=Europe/Berlin:{f(end)}",
             f"SUMMARY:{summary}"]
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append(f"DESCRIPTION:{desc}")
    if organizer:
        lines.append(f"ORGANIZER:mailto:{organizer}")
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode("utf-8")


def csv_bytes(rows, encoding="utf-8", delimiter=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(encoding)


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODT = "application/vnd.oasis.opendocument.text"
PDF = "application/pdf"
ZIP = "application/zip"

# --------------------------------------------------------------------------
# registry of mails
# --------------------------------------------------------------------------

MAILS = []  # (label, lang, kind, reason, builder)


def mail(label, lang, kind, reason, bstyle=None):
    assert label in LABELS, label
    assert lang in ("de", "en")
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        MAILS.append((label, lang, kind, reason, bstyle, fn))
        return fn
    return deco


# ==========================================================================
# MAILS
# ==========================================================================
# --------------------------------------------------------------------------
# staff signatures of the (fictitious) insurer; the same person always signs
# the same way.  Everything else is written per mail.
# --------------------------------------------------------------------------

V = "versicherer.example"

FOOT_DE = """--
Versicherer AG · Kontorhausweg 7 · 20095 Hamburg
Vorstand: Dr. Annette Brückner (Vors.), Kai-Uwe Lembke, Sibel Arslan
Aufsichtsratsvorsitzender: Prof. Dr. Hartmut Eicke · Sitz Hamburg · HRB 000000 AG Hamburg
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""

FOOT_EN = """--
Versicherer AG · Kontorhausweg 7 · 20095 Hamburg · Germany
Management Board: Dr. Annette Brückner (Chair), Kai-Uwe Lembke, Sibel Arslan
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this message."""

SIG = {
    "hofstetter": """Mit freundlichen Grüßen

Miriam Hofstetter
Leistung Krankenversicherung – ambulant/Zahn
Telefon 040 8890-4412
miriam.hofstetter@versicherer.example""",
    "brandl": """Viele Grüße
Jonas Brandl
Leistung Kranken · Krankenhaus & Direktabrechnung
Versicherer AG | Tel. 040 8890-4478""",
    "quast": """Herzliche Grüße

Renate Quast
Pflegeversicherung · Pflegeberatung
Telefon 040 8890-4520 (Mo–Do 8–16 Uhr)""",
    "wenninger": """Mit freundlichen Grüßen

Tobias Wenninger
Leistung Lebensversicherung / Todesfallbearbeitung
Versicherer AG
Tel. +49 40 8890-3310 · Fax +49 40 8890-3399""",
    "roloff": """Freundliche Grüße
Annika Roloff
BU-Leistungsprüfung
Versicherer AG, Kontorhausweg 7, 20095 Hamburg
Telefon 040 8890-3544""",
    "vogt": """Dr. med. Helene Vogt
Gesellschaftsärztin / Ärztlicher Dienst
Versicherer AG – intern 3601""",
    "ostrowski": """Gruß
Sven Ostrowski
Risikoprüfung Leben/BU · App. 3620""",
    "maibach": """Mit freundlichen Grüßen

Kerstin Maibach
Leistung Unfallversicherung
Telefon 040 8890-3720""",
    "fitzgerald": """Kind regards,

Laura Fitzgerald-Kühn
International Health Service
Versicherer AG · Hamburg, Germany
Phone +49 40 8890-4700 · 24h assistance +49 40 8890-4799""",
    "okoro": """Best regards
Daniel Okoro
Assistance Coordinator – International Health Service
Versicherer AG | +49 40 8890-4799 (24/7)""",
    "sommer": """Freundliche Grüße aus Hamburg

Patrick Sommer
Kundenservice
Versicherer AG · Telefon 040 8890-0""",
    "aydin": """Viele Grüße
Elif Aydın
Kundenservice · Versicherer AG""",
    "tiedemann": """Mit freundlichen Grüßen

Bernd Tiedemann
Schaden Sach / Hausrat · Wohngebäude
Tel. 040 8890-2210""",
    "gruber": """Freundliche Grüße
Nadine Gruber
Kfz-Schaden · Versicherer AG
Tel. 040 8890-2350""",
    "fassbender": """Mit freundlichen Grüßen

Holger Faßbender
Rechtsschutz-Schaden
Versicherer AG""",
    "treiber": """Mit freundlichen Grüßen
Monika Treiber
Beitragsinkasso · Versicherer AG · Tel. 040 8890-1150""",
    "lorch": """Beste Grüße
Stefan Lorch
Maklerbetreuung Nord · Versicherer AG
Mobil 0171 0000 412""",
    "behrens": """Viele Grüße
Claudia Behrens
Personalabteilung / HR Services""",
    "hartwig": """Julia Hartwig
Unternehmenskommunikation
Versicherer AG · presse@versicherer.example""",
    "sandmann": """Dr. Ulrike Sandmann
Datenschutzbeauftragte der Versicherer AG
datenschutz@versicherer.example""",
    "platzek": """Ingo Platzek
Aktuariat Kranken · Versicherer AG""",
    "kamps": """Rüdiger Kamps
Facility Management""",
    "wolff": """Mit freundlichen Grüßen
Tanja Wolff
Einkauf / Zentrale Beschaffung
Versicherer AG · Tel. 040 8890-1720""",
    "koehler": """Sabrina Köhler
Versicherer Akademie – Fachschulungen Leistung""",
    "pietsch": """Claus Pietsch
Teamleitung BU-Leistung""",
}

# ---------------------------------------------------------------- strict, part A

@mail("STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer",
      "daughter writes for her mother: fall, can no longer manage stairs, needs help washing, asks about the care daily allowance under the mother's policy – health and care data, personal line")
def _():
    body = """Sehr geehrte Damen und Herren,

ich schreibe Ihnen im Auftrag meiner Mutter, Frau Gertrud Lammers (Ihre Vers.-Nr. 4 417 882 301), da sie selbst keinen Computer hat.

Meine Mutter ist Anfang Januar in ihrer Wohnung gestürzt und war danach zwei Wochen im Krankenhaus. Seit sie wieder zuhause ist, kommt sie die Treppe zu ihrem Schlafzimmer nicht mehr hoch und schläft jetzt im Wohnzimmer auf dem Sofa. Beim Waschen und Anziehen braucht sie morgens Hilfe, das machen im Moment mein Bruder und ich abwechselnd, aber das geht auf Dauer nicht, wir arbeiten beide.

Ihr Hausarzt meinte, wir sollen "einen Pflegegrad beantragen". Meine Mutter hat bei Ihnen ja neben der Krankenversicherung auch so eine Zusatzversicherung, wo es pro Tag Geld gibt, wenn man Pflege braucht (sie hat das 2011 abgeschlossen, glaube ich). Was müssen wir dafür tun? Muss da jemand von Ihnen vorbeikommen? Und gilt das dann rückwirkend ab dem Sturz?

Eine Vollmacht von meiner Mutter kann ich Ihnen gerne schicken, sie hat mir letztes Jahr eine Vorsorgevollmacht gegeben.

Vielen Dank und freundliche Grüße
Sabine Lammers-Otte
Tel. 0151 2288 0431
"""
    return envelope(text(body), "Sabine Lammers-Otte <s.lammers-otte@mein-postfach.example>",
                    f"pflege@{V}", "Pflegegeld für meine Mutter Gertrud Lammers", "2026-01-27 21:48")


@mail("STRICTLY_CONFIDENTIAL", "de", "doctor-to-insurer",
      "body only says 'Rechnung wie besprochen'; the PDF attachment is a GP invoice with GOÄ positions and diagnoses (ICD codes) of a named patient",
      bstyle=0)
def _():
    body = """Sehr geehrte Frau Hofstetter,

wie heute Vormittag telefonisch besprochen, anbei die Rechnungskopie für Herrn Bäumler. Das Original hat der Patient nach eigener Aussage verlegt.

Mit freundlichen Grüßen
i. A. Melanie Schöttle (MFA)

Hausarztpraxis Dr. med. Jörg Wiesner
Facharzt für Allgemeinmedizin
Bahnhofstraße 18 · 21640 Horneburg
Tel. 04163 0000 20 · Fax 04163 0000 29
"""
    att = pdf("Privatliquidation – Rechnungskopie", [
        "Hausarztpraxis Dr. med. Jörg Wiesner · Bahnhofstraße 18 · 21640 Horneburg",
        "",
        "Herrn Reinhold Bäumler, Lindenweg 4, 21640 Horneburg",
        "geb. 03.09.1957",
        "Rechnungsnummer: 2026-0183      Rechnungsdatum: 06.02.2026",
        "",
        "Diagnosen: I10.90 G Essentielle Hypertonie; E11.9 G Diabetes mellitus Typ 2; M54.16 G Lumbale Radikulopathie",
        "",
        "# Leistungen nach GOÄ",
        "14.01.2026  Nr. 1    Beratung                                      2,3-fach    10,72 EUR",
        "14.01.2026  Nr. 5    Symptombezogene Untersuchung                   2,3-fach    10,72 EUR",
        "14.01.2026  Nr. 3511 Untersuchung eines Körpermaterials (BZ)        1,15-fach    4,02 EUR",
        "21.01.2026  Nr. 1    Beratung                                      2,3-fach    10,72 EUR",
        "21.01.2026  Nr. 491  Infiltrationsanästhesie großer Nerven          2,3-fach    16,35 EUR",
        "21.01.2026  Nr. 267  Medikamentöse Infiltrationsbehandlung          2,3-fach    10,72 EUR",
        "04.02.2026  Nr. 3    Eingehende Beratung (> 10 Min.)                2,3-fach    20,11 EUR",
        "04.02.2026  Nr. 651  EKG in Ruhe                                   1,8-fach    26,64 EUR",
        "",
        "Rechnungsbetrag: 110,00 EUR",
        "Zahlbar innerhalb von 30 Tagen auf das Konto der Praxis bei der Sparkasse Stade-Altes Land.",
    ], author="Praxis Dr. Wiesner")
    return envelope(mixed(text(body), attach_bytes(att, PDF, "Rechnung_Baeumler_2026-0183.pdf")),
                    "Praxis Dr. Wiesner <praxis@dr-wiesner-horneburg.example>",
                    f"Miriam Hofstetter <miriam.hofstetter@{V}>",
                    "Rechnung wie besprochen", "2026-02-09 11:20")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "reimbursement letter for physiotherapy (Krankengymnastik, manual therapy) under the customer's health policy, with amounts and partial refusal")
def _():
    body = f"""Sehr geehrter Herr Demir,

vielen Dank für die Einreichung Ihrer Belege am 2. März. Wir haben die Rechnung der Praxis für Physiotherapie "Bewegungsraum Altona" über 6 x Krankengymnastik und 6 x Manuelle Therapie geprüft.

Das Ergebnis auf einen Blick:

  Rechnungsbetrag                    402,00 EUR
  davon erstattungsfähig             336,60 EUR
  Selbstbehalt 2026 (Rest)           -90,00 EUR
  Überweisung an Sie                 246,60 EUR

Warum nicht der volle Betrag? Ihr Tarif KOMPAKT 300 erstattet Heilmittel bis zu den Höchstbeträgen unseres Heilmittelverzeichnisses. Für die Manuelle Therapie hat die Praxis 38,00 EUR je Sitzung berechnet, erstattungsfähig sind 28,90 EUR. Den Unterschied von 9,10 EUR je Sitzung können wir leider nicht übernehmen. Sie können die Praxis gern darauf ansprechen – viele Praxen kennen die Sätze der privaten Versicherer und rechnen danach ab.

Der Betrag geht in den nächsten 3 Werktagen auf Ihr bekanntes Konto.

Noch ein Hinweis: Die Verordnung Ihrer Orthopädin gilt für 12 Behandlungen. Für eine weitere Verordnung brauchen wir keine neue Genehmigung, reichen Sie die Rechnungen einfach wieder ein.

{SIG['hofstetter']}

Versicherungsnummer: KV 3301-558-72 · Vorgang 26-0302-1187

{FOOT_DE}
"""
    return envelope(text(body), f"Miriam Hofstetter <miriam.hofstetter@{V}>",
                    "Kerem Demir <kerem.demir@web.example>",
                    "Ihre Rechnung Physiotherapie – Abrechnung vom 05.03.2026", "2026-03-05 14:02")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "short phone mail: tablets from the GP not reimbursed, prescription attached (PDF names medicine and dose) – medication of the customer, health policy")
def _():
    body = """Hallo,

die tabletten vom hausarzt sind nicht erstattet worden??? Auf der Abrechnung steht nur "Beleg fehlt". Das Rezept hab ich doch mitgeschickt. Hier nochmal als PDF.

Versicherungsnr steht drauf.

Gruß W. Kruse

Von meinem iPhone gesendet"""
    rezept = pdf("Privatrezept", [
        "Praxis Dr. med. Anke Feldhaus · Innere Medizin · Marktplatz 3 · 24103 Kiel",
        "",
        "Patient: Kruse, Werner      geb. 11.12.1961",
        "Kostenträger: Versicherer AG   Vers.-Nr.: 88 120 4471",
        "",
        "Rp.",
        "Ramipril 5 mg  N3  100 Tbl.   1-0-0",
        "Atorvastatin 20 mg  N3  100 Tbl.   0-0-1",
        "Metformin 1000 mg  N3  180 Tbl.   1-0-1",
        "",
        "Kiel, 19.05.2026                       Dr. A. Feldhaus",
        "Apothekenstempel: Förde-Apotheke Kiel, abgegeben 20.05.2026, Gesamt 87,43 EUR",
    ], author="Scan")
    return envelope(mixed(text(body, flowed=True, cte="8bit"), attach_bytes(rezept, PDF, "IMG_4471.pdf")),
                    "Werner Kruse <wkruse61@t-online.example>", f"leistung@{V}",
                    "Abrechnung", "2026-06-02 18:37",
                    hdrs={"X-Mailer": "iPhone Mail (21F90)"})


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "expat asks whether his pregnant wife's prenatal check-ups are covered under their international health plan (policy number given) – pregnancy, health line")
def _():
    body = """Hi there,

my wife Priya and I are both covered under your international plan (policy IHP-0092-7781, I'm the main policyholder). We just found out she is pregnant – roughly 9 weeks now, due date should be mid December.

Could you please let me know:

1. Are the prenatal check-ups and ultrasounds with her gynaecologist in Munich covered, and up to what amount?
2. Do we need pre-approval for the birth itself? We would like to go to the Klinikum near Schwabing if possible, private room if the plan pays for it.
3. Is there a waiting period for maternity? We joined in August last year, so I'm a bit worried.

Her doctor already asked for a "Kostenübernahme" for a blood test (some screening, I did not quite get the German name), she will send the bill separately.

Thanks a lot,
Arjun Mehta
+49 176 0000 3391
"""
    return envelope(text(body), "Arjun Mehta <arjun.mehta@gmail.example>",
                    f"international@{V}", "Maternity cover question – policy IHP-0092-7781",
                    "2026-06-11 08:15")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "reply to an expat on maternity cover: waiting period, pre-authorisation for delivery, quotes his mail about his wife's pregnancy – health line and pregnancy")
def _():
    body = f"""Dear Mr Mehta,

congratulations to you and your wife!

Thank you for your message. I have checked your plan (IHP Comfort, both of you insured since 1 August 2025):

- Prenatal care (check-ups, the standard ultrasounds and the usual blood tests) is covered at 100 % under outpatient benefits. The 8-month waiting period for maternity ended on 1 April 2026, so you are fine.
- The screening your wife's doctor mentioned is probably the NIPT ("Bluttest auf Trisomien"). It is covered when the doctor confirms it is medically indicated; please ask her to write one line about the indication on the invoice.
- For the delivery itself please send us a pre-authorisation request about 6 weeks before the due date. We then issue a guarantee of payment directly to the hospital. Private room: your plan covers a semi-private room (two-bed); the surcharge for a single room would be on you.

I have attached nothing today, but you will receive our maternity checklist in your portal mailbox this week.

{SIG['fitzgerald']}

> From: Arjun Mehta <arjun.mehta@gmail.example>
> Sent: Thursday, 11 June 2026 08:15
> Subject: Maternity cover question – policy IHP-0092-7781
>
> my wife Priya and I are both covered under your international plan
> (policy IHP-0092-7781, I'm the main policyholder). We just found out
> she is pregnant – roughly 9 weeks now, due date should be mid December.

{FOOT_EN}
"""
    return envelope(text(body), f"Laura Fitzgerald-Kühn <laura.fitzgerald-kuehn@{V}>",
                    "Arjun Mehta <arjun.mehta@gmail.example>",
                    "RE: Maternity cover question – policy IHP-0092-7781", "2026-06-12 10:41",
                    hdrs={"In-Reply-To": "<CA+7f21aa0c9e3d44b8b61c0e2f9a11d2@mail.gmail.example>"})


@mail("STRICTLY_CONFIDENTIAL", "de", "employer-to-insurer",
      "employer's HR answers a disability (BU) claim: employee off sick since March with his back, job description DOCX with working hours and physical demands")
def _():
    body = """Sehr geehrte Frau Roloff,

anbei wie gewünscht die Tätigkeitsbeschreibung für unseren Mitarbeiter Herrn Marcel Ziegenbein (Ihr Zeichen BU-L 26/0417).

Zur Ergänzung: Herr Ziegenbein ist seit dem 9. März durchgehend krankgeschrieben, wir haben seit dem 20. April keine Entgeltfortzahlung mehr geleistet, er bekommt jetzt Krankengeld. Er hat uns gesagt, dass es "mit dem Rücken" ist und er wohl nicht mehr schwer heben darf. Einen leidensgerechten Arbeitsplatz ohne Heben können wir im Lager ehrlich gesagt nicht anbieten, im Büro ist derzeit nichts frei.

Eine BEM-Einladung ist am 12. Mai rausgegangen, ein Gespräch hat noch nicht stattgefunden.

Bei Rückfragen erreichen Sie mich direkt unter 05121 0000-214.

Mit freundlichen Grüßen

Doris Pahlke
Personal
Nordlicht Logistik GmbH & Co. KG
Am Güterbahnhof 11
31135 Hildesheim
"""
    tb = docx([
        "# Tätigkeitsbeschreibung",
        "Mitarbeiter: Marcel Ziegenbein, geb. 27.02.1984, Personalnummer 40-1187",
        "Position: Lagerfachkraft / Kommissionierer, Vollzeit seit 01.09.2012",
        "Arbeitszeit: 39 Stunden/Woche im Zweischichtbetrieb (6–14 Uhr / 14–22 Uhr)",
        "## Tätigkeiten (Anteil an der Arbeitszeit)",
        "Kommissionieren von Paletten und Kartonware, Lasten regelmäßig 10–25 kg, einzelne Gebinde bis 30 kg – ca. 55 %",
        "Staplerfahren (Schubmaststapler), Einlagern in Regale bis 8 m – ca. 25 %",
        "Warenannahme, Sichtkontrolle, Scannen – ca. 15 %",
        "Sonstiges (Reinigung, Inventur) – ca. 5 %",
        "## Körperliche Anforderungen",
        "Überwiegend stehend und gehend, häufiges Bücken und Heben, Arbeiten in Zwangshaltung bei der Regalbedienung. Sitzanteil unter 20 %.",
        "Bruttomonatsentgelt 2025: 2.980 EUR zzgl. Schichtzulagen.",
        "Hildesheim, 18.05.2026 – Nordlicht Logistik GmbH & Co. KG, Personalabteilung",
    ], author="D. Pahlke")
    return envelope(mixed(text(body), attach_bytes(tb, DOCX, "Taetigkeitsbeschreibung_Ziegenbein.docx")),
                    "Doris Pahlke <d.pahlke@nordlicht-logistik.example>",
                    f"Annika Roloff <annika.roloff@{V}>",
                    "Ihr Zeichen BU-L 26/0417 – Tätigkeitsbeschreibung", "2026-05-19 09:03")


@mail("STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
      "lawyer's objection to the refusal of a disability (BU) pension: recurrent depression F33.1, psychiatric treatment, § 203 professional secrecy data")
def _():
    body = """Unser Zeichen: 112/26 HK/mw
Ihr Zeichen: BU-L 25/1893
Versicherungsnehmerin: Frau Jasmin Rehfeld
Vertrag: 5 520 917 04 (SBU)

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die Interessen von Frau Jasmin Rehfeld vertreten; Vollmacht liegt bei.

Mit Schreiben vom 14.01.2026 haben Sie die beantragten Leistungen aus der selbständigen Berufsunfähigkeitsversicherung abgelehnt, weil nach Ansicht Ihres Beratungsarztes eine Berufsunfähigkeit von mindestens 50 % nicht "hinreichend belegt" sei. Dem widersprechen wir.

Unsere Mandantin leidet an einer rezidivierenden depressiven Störung, gegenwärtig schwere Episode (ICD-10 F33.2), nachdem sie bereits 2023 wegen einer mittelgradigen Episode (F33.1) acht Wochen teilstationär behandelt worden war. Sie befindet sich seit Oktober 2025 in fachpsychiatrischer Behandlung bei Frau Dr. med. Kathrin Leubner und seit Dezember in ambulanter Verhaltenstherapie. Die zuletzt ausgeübte Tätigkeit als Filialleiterin eines Drogeriemarktes mit Personalverantwortung für 14 Mitarbeiter kann sie seit dem 02.09.2025 nicht mehr ausüben. Die Ihnen vorliegende Stellungnahme Ihres Beratungsarztes beruht ausschließlich auf Aktenlage; eine eigene Untersuchung hat nicht stattgefunden.

Wir fordern Sie auf, Ihre Entscheidung bis zum

                    06.03.2026

zu überprüfen und die vertraglichen Leistungen (monatliche Rente 1.450,00 EUR sowie Beitragsbefreiung) ab dem 01.10.2025 anzuerkennen. Hilfsweise regen wir eine Begutachtung durch einen unabhängigen Facharzt für Psychiatrie an.

Den fachärztlichen Befundbericht von Frau Dr. Leubner vom 03.02.2026 reichen wir nach Eingang der Schweigepflichtentbindung nach.

Mit freundlichen Grüßen

Henrike Kallweit
Rechtsanwältin
Fachanwältin für Versicherungsrecht

Kallweit & Poschmann Rechtsanwälte PartG mbB
Gänsemarkt 21 · 20354 Hamburg
"""
    return envelope(text(body, charset="iso-8859-1"),
                    "RAin Henrike Kallweit <kallweit@kallweit-poschmann.example>",
                    f"bu-leistung@{V}",
                    "Widerspruch – Jasmin Rehfeld – Ihr Zeichen BU-L 25/1893", "2026-02-10 16:44")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "underwriting note on a term-life application: blood pressure, BMI 31, sleep apnoea, proposed 25 % loading – health data of a named applicant")
def _():
    body = f"""Hallo Helene,

kannst du bitte kurz auf den Antrag Risiko-LV von Herrn Steffen Rauscher schauen (Antrag 7-2026-031145, VS 350.000 EUR, Laufzeit 25 J., Vermittler Agentur Kessler)?

Was ich habe:
- 47 J., 1,82 m / 103 kg -> BMI ca. 31
- Bluthochdruck seit 2021, eingestellt mit Candesartan 16 mg, letzte Werte laut Hausarzt 138/86
- Schlafapnoe, nutzt seit 2024 eine CPAP-Maske ("kommt gut zurecht")
- Nichtraucher seit 2019 (vorher 15 Zig./Tag)
- Vater mit 61 Herzinfarkt

Mein Vorschlag wäre 25 % Zuschlag und Annahme ohne Ausschluss. Oder willst du für die Apnoe noch den Bericht vom Schlaflabor sehen? Der Vermittler drängelt ein bisschen, Kunde braucht die Police für die Baufinanzierung bis Ende des Monats.

Danke dir!

{SIG['ostrowski']}
"""
    return envelope(text(body), f"Sven Ostrowski <sven.ostrowski@{V}>",
                    f"Dr. Helene Vogt <helene.vogt@{V}>",
                    "Kurze Einschätzung Antrag Rauscher (Risiko-LV)", "2026-03-17 10:26")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-applicant",
      "underwriting query to a BU applicant about a GP visit for 'exhaustion' declared in the health questions; asks for a doctor's report")
def _():
    body = f"""Sehr geehrte Frau Nowak,

vielen Dank für Ihren Antrag auf eine Berufsunfähigkeitsversicherung (Antragsnummer BU-A 26 004 812) vom 28. April.

Bei Frage 4 b der Gesundheitsfragen haben Sie angegeben, im Herbst 2024 "wegen Erschöpfung / Stress im Job" zwei Wochen krankgeschrieben gewesen zu sein. Damit wir Ihren Antrag abschließend prüfen können, brauchen wir dazu noch ein paar Angaben:

1. Welche Beschwerden hatten Sie genau (z. B. Schlafstörungen, Niedergeschlagenheit, Kopfschmerzen)?
2. Wurde eine Diagnose gestellt? Falls ja, welche?
3. Wurden Medikamente verordnet, oder wurde Ihnen eine Psychotherapie empfohlen bzw. haben Sie eine begonnen?
4. Sind Sie heute beschwerdefrei, und seit wann?

Am einfachsten ist es, wenn Ihr Hausarzt uns einen kurzen Bericht schickt. Den beigefügten Fragebogen kann er direkt ausfüllen; die Kosten des Berichts übernehmen wir. Alternativ können Sie die Fragen auch selbst beantworten und uns die Patientenakte (Auszug ab 2024) schicken.

Bitte antworten Sie über unser Kundenpostfach oder per Post – nicht per normaler E-Mail, da es um Gesundheitsangaben geht.

Mit freundlichen Grüßen

Sven Ostrowski
Risikoprüfung Leben/BU
Versicherer AG · Telefon 040 8890-3620

{FOOT_DE}
"""
    return envelope(text(body), f"Risikoprüfung Leben <risikopruefung-leben@{V}>",
                    "Katarzyna Nowak <k.nowak@posteo.example>",
                    "Ihr BU-Antrag BU-A 26 004 812 – Rückfrage zu den Gesundheitsangaben",
                    "2026-05-06 13:30")


@mail("STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer",
      "son reports his father's death (life insurance), 'fell asleep in the hospice after a long illness', death certificate PDF with cause of death, asks about the payout",
      bstyle=1)
def _():
    body = """Sehr geehrte Damen und Herren,

leider muss ich Ihnen mitteilen, dass mein Vater, Herr Friedhelm Austermann, am 22. Februar 2026 verstorben ist. Er ist nach langer Krankheit im Hospiz in Bielefeld friedlich eingeschlafen.

Mein Vater hatte bei Ihnen eine Lebensversicherung (Nr. L 1988/044 7712), soweit ich weiß ist meine Mutter als Bezugsberechtigte eingetragen. Meine Mutter ist 84 und tut sich mit dem Schriftverkehr schwer, deshalb kümmere ich mich darum.

Anbei:
- Sterbeurkunde (Kopie)
- Todesbescheinigung vom Hospiz, nichtvertraulicher Teil (mehr haben wir nicht bekommen)

Das Original des Versicherungsscheins suche ich noch, der ist irgendwo in seinen Ordnern. Reicht vorerst die Kopie von 1988?

Bitte teilen Sie mir mit, was Sie noch brauchen und auf welches Konto das Geld gehen soll – meine Mutter hat ein eigenes Konto bei der Volksbank.

Mit freundlichen Grüßen
Dirk Austermann
Schloßhofstraße 40
33615 Bielefeld
"""
    cert = pdf("Sterbeurkunde (Abschrift)", [
        "Standesamt Bielefeld  –  Registernummer S 0412/2026",
        "",
        "Friedhelm Karl Austermann",
        "geboren am 17. Juli 1939 in Gütersloh",
        "verstorben am 22. Februar 2026 um 04:10 Uhr in Bielefeld",
        "zuletzt wohnhaft: Am Sparrenberg 9, 33602 Bielefeld",
        "Familienstand: verheiratet mit Hannelore Austermann geb. Brüning",
        "",
        "# Anlage: Todesbescheinigung (Auszug, nichtvertraulicher Teil)",
        "Todesart: natürlicher Tod",
        "Angaben des Hospizes: Grunderkrankung metastasiertes Prostatakarzinom (C61), palliative Versorgung seit 12/2025",
        "",
        "Bielefeld, 24.02.2026 – Die Standesbeamtin",
    ], author="Scan")
    return envelope(mixed(text(body), attach_bytes(cert, PDF, "Sterbeurkunde_Austermann.pdf")),
                    "Dirk Austermann <dirk.austermann@freenet-mail.example>",
                    f"leben@{V}", "Todesfall Friedhelm Austermann – Lebensversicherung L 1988/044 7712",
                    "2026-03-02 19:55")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
      "life insurer confirms the death benefit to the widow (beneficiary) with amount, profit participation and her IBAN – life line, named deceased and beneficiary")
def _():
    body = f"""Sehr geehrte Frau Austermann,
sehr geehrter Herr Austermann,

wir haben alle Unterlagen zum Tod von Herrn Friedhelm Austermann erhalten. Nochmals unser herzliches Beileid.

Aus der Kapitallebensversicherung L 1988/044 7712 zahlen wir an Frau Hannelore Austermann als Bezugsberechtigte:

    Versicherungssumme                 30.677,51 EUR
    Schlussüberschussanteil             4.212,00 EUR
    verzinsliche Ansammlung             9.840,36 EUR
    ---------------------------------------------
    Auszahlung                         44.729,87 EUR

Überweisung am 20.03.2026 auf das Konto
IBAN DE82 5169 3679 1582 4854 22 (Kontoinhaberin Hannelore Austermann).

Die Leistung ist einkommensteuerfrei, weil der Vertrag vor 2005 geschlossen wurde und die Voraussetzungen erfüllt sind. Eine Meldung an das Finanzamt nach § 33 ErbStG geht wie vorgeschrieben heraus.

Den Original-Versicherungsschein brauchen wir nicht mehr; Sie können ihn behalten.

{SIG['wenninger']}

Vorgang LT-2026-0322

{FOOT_DE}
"""
    return envelope(text(body), f"Tobias Wenninger <tobias.wenninger@{V}>",
                    "Dirk Austermann <dirk.austermann@freenet-mail.example>",
                    "Auszahlung Lebensversicherung L 1988/044 7712", "2026-03-18 11:07")


@mail("STRICTLY_CONFIDENTIAL", "en", "hospital-to-insurer",
      "Spanish hospital's billing office asks for a guarantee of payment for a German tourist with a fractured hip after a fall, surgery planned, cost estimate")
def _():
    body = """Dear Sir or Madam,

Please find below a request for a Guarantee of Payment for a patient who states she is insured with your company.

Patient: Mrs. Ingrid Wolters-Pape
Date of birth: 04/10/1948
Nationality: German
Policy / card no.: RKV 60-118-4420 (travel health, card shown on admission)
Admitted: 14 April 2026, 22:40, via Emergency Department
Reason for admission: fall at hotel, right proximal femur fracture (S72.0)
Planned treatment: hemiarthroplasty, scheduled 16 April, estimated stay 6-8 days, then repatriation when fit to fly

Estimated costs: EUR 14,800.00 (surgery, prosthesis, ward, anaesthesia, imaging)
Deposit requested from patient's family until guarantee is received: EUR 3,000.00

Please send the Guarantee of Payment to this address or by fax to +34 971 000 412. Our medical team is available for a doctor-to-doctor call with your medical service (Dr. Ferrer, Traumatology).

Kind regards,

Marta Villalonga
International Patients Office / Billing
Clínica Mediterránea Son Verd
Palma de Mallorca
"""
    return envelope(text(body), "International Patients <intpatients@clinicasonverd.example>",
                    f"assistance@{V}", "GOP request – WOLTERS-PAPE Ingrid – adm. 14/04/2026",
                    "2026-04-15 09:12")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "assistance confirms cost coverage to a hospital in Mallorca for a named patient's hip fracture surgery, repatriation planned")
def _():
    body = f"""Dear Ms Villalonga,

with reference to your request of 15/04/2026 we confirm cost coverage for

  Patient:   Mrs Ingrid WOLTERS-PAPE, DOB 04.10.1948
  Policy:    RKV 60-118-4420 (annual travel health insurance, valid until 31/12/2026)
  Our ref.:  ASS-26-04-0917

for the medically necessary inpatient treatment of the right femoral neck fracture including hemiarthroplasty, up to EUR 16,000.00. Costs beyond this amount require our prior approval. Please do not charge the deposit to the family – if already paid, refund it against this guarantee.

Please send us the medical report after surgery and the discharge summary. Our medical service will arrange repatriation by stretcher on a scheduled flight to Hamburg, accompanied by a nurse, once your team confirms fitness to fly.

Invoices (itemised, in EUR) to: claims-abroad@versicherer.example, quoting ASS-26-04-0917.

{SIG['okoro']}
"""
    return envelope(text(body), f"Daniel Okoro <daniel.okoro@{V}>",
                    "International Patients <intpatients@clinicasonverd.example>",
                    "RE: GOP request – WOLTERS-PAPE Ingrid – adm. 14/04/2026 – our ref. ASS-26-04-0917",
                    "2026-04-15 12:48", cc=f"assistance@{V}")


@mail("STRICTLY_CONFIDENTIAL", "de", "care-service-to-insurer",
      "home care service sends its monthly invoice for a named client with care level 3; XLSX lists care modules (washing, wound care, medication) per day",
      bstyle=3)
def _():
    body = """Guten Tag,

anbei unsere Rechnung für März 2026 für Frau Hildegard Timmermann, Versichertennummer PPV 2207-3394-1, Pflegegrad 3. Die Leistungsnachweise mit den Unterschriften liegen im Original bei uns und können jederzeit eingesehen werden.

Die Abtretungserklärung liegt Ihnen seit Januar vor, bitte direkt an uns zahlen.

Freundliche Grüße
Anja Ruschmeyer
Pflegedienstleitung

Ambulanter Pflegedienst Lebensweg GmbH
Mühlenkamp 58 · 22303 Hamburg
IK 460000123
"""
    rows = [["Datum", "Leistungskomplex", "Beschreibung", "Anzahl", "Punkte", "Betrag EUR"]]
    for d in range(1, 32):
        day = f"{d:02d}.03.2026"
        rows.append([day, "LK 1", "Große Morgentoilette (Ganzkörperwäsche, An-/Auskleiden)", 1, 400, 25.64])
        if d % 2 == 1:
            rows.append([day, "LK 31", "Verbandwechsel Unterschenkel re. (Ulcus cruris)", 1, 0, 11.30])
        rows.append([day, "LK 27", "Medikamentengabe (Tabletten stellen / verabreichen)", 1, 0, 4.85])
    rows.append(["", "", "Summe März", "", "", round(31 * 25.64 + 16 * 11.30 + 31 * 4.85, 2)])
    rows.append(["", "", "abzgl. Pflegesachleistung PG 3 (gesetzlich/PPV)", "", "", -1497.00])
    x = xlsx([("Rechnung 03-2026", rows),
              ("Stammdaten", [["Feld", "Wert"], ["Klientin", "Hildegard Timmermann"],
                              ["geb.", "1936-05-30"], ["Anschrift", "Fuhlsbüttler Str. 260, 22307 Hamburg"],
                              ["Pflegegrad", "3 seit 01.11.2025"], ["Hausarzt", "Dr. Grützmacher, Barmbek"]])],
             author="Lebensweg Abrechnung")
    return envelope(mixed(text(body, charset="windows-1252"),
                          attach_bytes(x, XLSX, "RE_2026-03_Timmermann.xlsx")),
                    "Abrechnung Lebensweg <abrechnung@pflegedienst-lebensweg.example>",
                    f"pflege@{V}", "Rechnung 03/2026 Timmermann", "2026-04-03 15:20")

# ---------------------------------------------------------------- strict, part B

@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "care insurer tells a policyholder the result of the care assessment (care level 2), appointment details and what the daily allowance pays – care and health data")
def _():
    plain = f"""Sehr geehrter Herr Kaminski,

das Gutachten zu Ihrem Antrag auf Pflegeleistungen liegt uns jetzt vor. Die Gutachterin, Frau Petra Scholl von der PflegeGutachten Nord GmbH, hat Sie am 12. Februar zu Hause besucht.

Ergebnis: Pflegegrad 2 ab dem 1. Januar 2026 (Antragsmonat).

Die Gutachterin hat vor allem bei der Mobilität (Treppensteigen, Aufstehen aus dem Sessel) und bei der Selbstversorgung (Duschen, Anziehen der Kompressionsstrümpfe) Einschränkungen festgestellt, insgesamt 31,5 gewichtete Punkte. Das vollständige Gutachten schicken wir Ihnen per Post.

Was bedeutet das für Sie?
- Private Pflegepflichtversicherung: Pflegegeld 347 EUR monatlich, solange Ihre Frau Sie versorgt.
- Ihr Pflegetagegeld (Tarif PTG 50): 30 % von 50 EUR = 15 EUR je Tag, also 450 EUR im Monat.
- Entlastungsbetrag 131 EUR monatlich, z. B. für eine Haushaltshilfe.

Die Nachzahlung für Januar und Februar überweisen wir diese Woche.

Sind Sie mit dem Ergebnis nicht einverstanden, können Sie innerhalb von 4 Wochen widersprechen. Rufen Sie mich gern vorher an.

{SIG['quast']}
Versicherungsnummer PV 7731 0042 18
"""
    htmlb = f"""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrter Herr Kaminski,</p>
<p>das Gutachten zu Ihrem Antrag auf Pflegeleistungen liegt uns jetzt vor. Die Gutachterin, Frau Petra Scholl von der PflegeGutachten Nord GmbH, hat Sie am 12.&nbsp;Februar zu Hause besucht.</p>
<p><b>Ergebnis: Pflegegrad 2 ab dem 1. Januar 2026 (Antragsmonat).</b></p>
<p>Die Gutachterin hat vor allem bei der Mobilität (Treppensteigen, Aufstehen aus dem Sessel) und bei der Selbstversorgung (Duschen, Anziehen der Kompressionsstrümpfe) Einschränkungen festgestellt, insgesamt 31,5 gewichtete Punkte. Das vollständige Gutachten schicken wir Ihnen per Post.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Leistung</th><th>Betrag</th></tr>
<tr><td>Pflegegeld (Pflegepflichtversicherung)</td><td>347 EUR / Monat</td></tr>
<tr><td>Pflegetagegeld Tarif PTG 50 (30 %)</td><td>15 EUR / Tag</td></tr>
<tr><td>Entlastungsbetrag</td><td>131 EUR / Monat</td></tr>
</table>
<p>Die Nachzahlung für Januar und Februar überweisen wir diese Woche.</p>
<p>Sind Sie mit dem Ergebnis nicht einverstanden, können Sie innerhalb von 4&nbsp;Wochen widersprechen. Rufen Sie mich gern vorher an.</p>
<p>Herzliche Grüße<br>Renate Quast<br>Pflegeversicherung · Pflegeberatung<br>Telefon 040 8890-4520</p>
<p style="color:#777">Versicherungsnummer PV 7731 0042 18</p>
</body></html>"""
    return envelope(alt(text(plain), html(htmlb)), f"Renate Quast <renate.quast@{V}>",
                    "Zbigniew Kaminski <z.kaminski@outlook.example>",
                    "Ergebnis Ihrer Pflegebegutachtung", "2026-02-24 10:15")


@mail("STRICTLY_CONFIDENTIAL", "de", "rehab-to-insurer",
      "rehab clinic asks to extend a follow-up rehabilitation after knee replacement, short medical course, named patient")
def _():
    body = """Sehr geehrte Damen und Herren,

für unseren Patienten

  Herrn Klaus-Dieter Hünecke, geb. 19.01.1955
  Ihre Mitgliedsnr. / Vers.-Nr. 61-204477-0
  AHB seit 23.03.2026 (Kostenzusage vom 18.03.2026, 21 Tage)

beantragen wir eine Verlängerung um 7 Tage bis zum 20.04.2026.

Begründung: Zustand nach Knie-TEP rechts am 16.03.2026 (Klinikum Lüneburg). Der postoperative Verlauf wurde durch einen Wundinfekt mit Antibiose (Cefuroxim) bis 02.04. verzögert, daher konnte die Belastungssteigerung erst spät beginnen. Aktuell Flexion 85°, Extension 0-5-0, Gehstrecke mit zwei Unterarmgehstützen ca. 150 m. Treppensteigen im Nachstellschritt noch unsicher; der Patient lebt allein im 2. OG ohne Aufzug. Ziel der Verlängerung: Flexion > 100°, sicheres Treppensteigen, Gehen mit einer Stütze.

Der Tagessatz bleibt unverändert (189,00 EUR).

Für Rückfragen steht Ihnen die Stationsärztin Frau Dr. Aksoy zur Verfügung (Tel. 05851 0000-310).

Mit freundlichen Grüßen
i. A. Kerstin Bollmann
Patientenverwaltung / Kostenträgerkommunikation
Reha-Zentrum Heidesee · Fachklinik für Orthopädie
Am Kurpark 2 · 29456 Hitzacker
"""
    return envelope(text(body, charset="iso-8859-15"),
                    "Patientenverwaltung Heidesee <kostentraeger@reha-heidesee.example>",
                    f"krankenhaus@{V}", "Verlängerungsantrag AHB – Hünecke, K.-D. – 61-204477-0",
                    "2026-04-07 08:49")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "accident insurance claim by the customer: twisted ankle while jogging, torn ligament, splint, off work – injury and accident line",
      bstyle=1)
def _():
    body = """Hallo liebes Versicherer-Team,

ich möchte einen Unfall melden. Meine Unfallversicherung läuft über meinen Mann (Timo Brenneke), ich bin da mitversichert, Nummer ist UV-33 081 552.

Was passiert ist: Am Sonntag, 10.5., bin ich morgens im Stadtpark joggen gewesen und an einer Wurzel umgeknickt. Der Fuß ist sofort dick geworden, mein Mann hat mich in die Notaufnahme ins AK Altona gefahren. Röntgen: nichts gebrochen, aber im MRT am Dienstag kam dann raus, dass zwei Bänder am Außenknöchel gerissen sind. Ich hab jetzt so eine Schiene (Aircast), soll 6 Wochen nicht richtig belasten und bin bis auf weiteres krankgeschrieben.

Frage: Bekomme ich da was aus der Unfallversicherung? Ich hab gelesen es gibt Geld nur wenn was "dauerhaft" bleibt? Und zahlt ihr das Krankenhaustagegeld auch wenn ich nur ambulant war?

Den Bericht aus der Notaufnahme kann ich abfotografieren, wenn ihr den braucht.

Liebe Grüße
Jana Brenneke
"""
    return envelope(text(body, cte="8bit"), "Jana Brenneke <jana.brenneke@web.example>",
                    f"unfall@{V}", "Unfall beim Joggen - UV-33 081 552", "2026-05-14 22:06")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident insurer fixes the degree of permanent impairment (1/10 foot value) for a named customer and pays the disability benefit – accident line, injury details")
def _():
    body = f"""Sehr geehrte Frau Brenneke,

Dr. Holger Mertens hat Sie am 8. Dezember untersucht; das Gutachten liegt uns vor. Er bestätigt, dass nach der Außenbandruptur am rechten Sprunggelenk vom 10.05.2026 eine dauerhafte Instabilität mit Belastungsschmerz geblieben ist.

Die Beeinträchtigung bemisst er mit 1/10 Fußwert. Nach der Gliedertaxe Ihres Vertrags (Fuß im Fußgelenk = 40 %) ergibt das einen Invaliditätsgrad von 4 %.

Ihre Leistung:
Grundsumme 100.000 EUR x 4 % = 4.000,00 EUR
Eine Progression greift erst ab 25 % Invalidität und ist hier daher nicht zu berücksichtigen.

Das Geld überweisen wir auf das Konto, auf das wir auch die Gutachterkosten erstattet haben. Das Krankenhaustagegeld hatten wir bereits im Juni abgelehnt, da keine stationäre Behandlung stattgefunden hat.

Sie und wir können den Invaliditätsgrad bis zu drei Jahre nach dem Unfall jährlich neu bemessen lassen. Sollte sich Ihr Sprunggelenk verschlechtern, melden Sie sich bitte.

{SIG['maibach']}

Vertrag UV-33 081 552 · Schaden U-26-05-3381

{FOOT_DE}
"""
    return envelope(text(body), f"Kerstin Maibach <kerstin.maibach@{V}>",
                    "Jana Brenneke <jana.brenneke@web.example>",
                    "Ihre Unfallmeldung vom 14.05.2026 – Invaliditätsleistung",
                    "2026-12-15 09:30")


@mail("STRICTLY_CONFIDENTIAL", "en", "employer-to-insurer",
      "UK employer's HR reports an employee 'off work with his back' under the group income protection scheme; absence XLSX with sick days and GP fit notes")
def _():
    body = """Hello Claims team,

I'm writing about one of our members under the Group Income Protection policy GIP/UK/00412 (Harcourt Freight Services Ltd).

Gareth Pryce (employee no. 10774, DOB 02/08/1979, warehouse supervisor) has been off work with his back since 12 January. He's had two fit notes from his GP so far ("lumbar disc prolapse") and is waiting for an MRI on the NHS, he says possibly surgery. Our deferred period is 26 weeks, which would end on 13 July, so I wanted to give you a heads-up early as your guide suggests.

I've attached the absence log from our HR system. Salary details: basic 38,400 GBP p.a., no bonus.

Happy to set up a call with Gareth's line manager if that helps. Gareth has agreed that we pass this on to you.

Many thanks,
Rhian Morgan
HR Business Partner
Harcourt Freight Services Ltd, Unit 4 Severn Park, Bristol
"""
    rows = [["Employee", "From", "To", "Days", "Reason (fit note)", "Certified by"],
            ["Pryce, Gareth", "2026-01-12", "2026-02-08", 20, "Low back pain / sciatica", "GP Dr S. Okafor"],
            ["Pryce, Gareth", "2026-02-09", "2026-03-22", 30, "Lumbar disc prolapse L5/S1", "GP Dr S. Okafor"],
            ["Pryce, Gareth", "2026-03-23", "open", "", "Lumbar disc prolapse, awaiting MRI", "GP Dr S. Okafor"],
            ["", "", "", "", "", ""],
            ["Previous absences 2025", "2025-10-06", "2025-10-10", 5, "Back strain", "self-certified"]]
    x = xlsx([("Absence", rows)], author="Rhian Morgan")
    return envelope(mixed(text(body), attach_bytes(x, XLSX, "Pryce_absence_log.xlsx")),
                    "Rhian Morgan <rhian.morgan@harcourt-freight.example>",
                    f"group-claims@{V}", "Early notification – GIP/UK/00412 – G. Pryce",
                    "2026-03-27 14:33")


@mail("STRICTLY_CONFIDENTIAL", "de", "dentist-to-insurer",
      "dental practice sends a treatment and cost plan for implants; body names only the patient, the PDF holds tooth findings and GOZ positions")
def _():
    body = """Sehr geehrte Damen und Herren,

anbei der Heil- und Kostenplan für Frau Okafor zur Prüfung, mit der Bitte um eine kurze Rückmeldung an die Patientin und an uns.

Freundliche Grüße aus der Praxis
Team Zahnärzte am Wall
"""
    hkp = pdf("Heil- und Kostenplan (privat) - Implantatversorgung", [
        "Zahnärzte am Wall · Dr. med. dent. Tobias Reiners & Partner · Am Wall 112 · 28195 Bremen",
        "",
        "Patientin: Chiamaka Okafor, geb. 22.06.1983, Vers.-Nr. ZV 2031 446 7",
        "Datum: 02.07.2026",
        "",
        "# Befund",
        "36 fehlt (Extraktion 03/2026 nach Längsfraktur), 46 tief zerstört, nicht erhaltungswürdig",
        "Parodontaler Zustand: generalisierte leichte Parodontitis, behandelt 2025",
        "",
        "# Geplante Therapie",
        "Regio 36 und 46: je ein Implantat, Knochenaufbau regio 46 (GBR), Einzelkronen Vollkeramik",
        "",
        "# Honorar (GOZ, geschätzt)",
        "GOZ 9010 Implantatinsertion           2 x   3,5-fach    792,34 EUR",
        "GOZ 9100 Augmentation                 1 x   2,3-fach    317,46 EUR",
        "GOZ 2210 Vollkrone                    2 x   2,3-fach    487,56 EUR",
        "GOZ 0090 Intraorale Leitungsanästhesie 4 x  2,3-fach     34,92 EUR",
        "GOÄ 5000 DVT                          1 x   1,8-fach    113,70 EUR",
        "Material- und Laborkosten (geschätzt)                  2.410,00 EUR",
        "Implantatteile (2 x)                                    860,00 EUR",
        "",
        "Voraussichtliche Gesamtkosten: 5.015,98 EUR",
    ], author="Zahnaerzte am Wall")
    return envelope(mixed(text(body), attach_bytes(hkp, PDF, "HKP_Okafor_20260702.pdf")),
                    "Zahnärzte am Wall <verwaltung@zahnaerzte-am-wall.example>",
                    f"zahn@{V}", "HKP Okafor", "2026-07-02 17:12")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "reply to the dental cost plan: 60 % of the implant costs reimbursable under the named customer's dental tariff – dental treatment, health line")
def _():
    body = f"""Sehr geehrte Frau Okafor,

Ihr Zahnarzt hat uns den Heil- und Kostenplan vom 2. Juli für die beiden Implantate im Unterkiefer geschickt. Vielen Dank, dass Sie das vorher klären – so gibt es hinterher keine Überraschungen.

Ihr Zahnzusatztarif ZahnPlus 60 erstattet bei Zahnersatz einschließlich Implantaten 60 % der erstattungsfähigen Kosten. Für den vorliegenden Plan heißt das:

  voraussichtliche Kosten       5.015,98 EUR
  davon erstattungsfähig        4.871,98 EUR   (DVT nur zu 1,8-fach – passt)
  unsere Erstattung (60 %)      2.923,19 EUR
  Ihr Eigenanteil ca.           2.092,79 EUR

Die Zahnstaffel (Höchstbetrag in den ersten Versicherungsjahren) ist bei Ihnen seit dem 1. Mai 2026 abgelaufen, weil Ihr Vertrag dann vier Jahre besteht. Sie bekommen also die vollen 60 %.

Einen Punkt muss ich noch anmerken: Der Knochenaufbau ist erstattungsfähig, weil er für das Implantat regio 46 erforderlich ist. Reichen Sie nach der Behandlung bitte die Rechnungen mit den Laborbelegen ein.

{SIG['hofstetter']}

ZV 2031 446 7
"""
    return envelope(text(body), f"Miriam Hofstetter <miriam.hofstetter@{V}>",
                    "Chiamaka Okafor <chiamaka.okafor@posteo.example>",
                    "Ihr Heil- und Kostenplan – unsere Zusage", "2026-07-09 11:54",
                    cc="Zahnärzte am Wall <verwaltung@zahnaerzte-am-wall.example>")


@mail("STRICTLY_CONFIDENTIAL", "de", "pharmacy-to-insurer",
      "pharmacy asks about reimbursement of a semaglutide private prescription for a named customer, with dose and whether 'Abnehmspritze' is covered")
def _():
    body = """Guten Tag,

hier ist die Löwen-Apotheke in Lüneburg. Ihre Versicherte Frau Renate Sieverding (Versichertenkarte 08 117 443 9) hat heute ein Privatrezept über Wegovy 1,7 mg (4 Fertigpens) eingereicht und möchte vorab wissen, ob Sie das übernehmen, bevor sie knapp 300 Euro auslegt. Sie sagt, ihr Arzt hat es wegen des Gewichts und dem "Vorstufen-Zucker" verschrieben.

Wir haben gesagt, wir fragen mal nach, weil wir von anderen Kassen sehr unterschiedliche Antworten bekommen. Können Sie uns oder der Kundin kurz Bescheid geben? Sie hat uns erlaubt, bei Ihnen nachzufragen.

Die Packung legen wir solange zurück.

Mit freundlichen Grüßen
Apothekerin Friederike Lohse
Löwen-Apotheke am Sande
Am Sande 31, 21335 Lüneburg
Tel. 04131 0000 77
"""
    return envelope(text(body), "Löwen-Apotheke Lüneburg <info@loewen-apotheke-lg.example>",
                    f"leistung@{V}", "Rückfrage Rezept Frau Sieverding", "2026-08-18 11:02")


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "internal note at the international desk: customer still not fit for work after surgery, sickness allowance running out, asks colleague to check – health data of a named customer")
def _():
    body = f"""Hi Tomasz,

quick one before I go on leave: Mr Henrik Sørensen (IHP-0051-3390) called again this morning. Since the shoulder op in February he is still not able to work, his surgeon now says another 6-8 weeks of physio. His daily sickness allowance hits the 182-day maximum on 14 August.

He asked whether he can "switch" to something like a disability pension with us – he can't, he only has the health plan. But could you check whether the international plan has any extension clause for cases still in active treatment? I couldn't find one in the T&Cs 2024.

The latest certificate from Dr Albers (orthopaedic surgeon, Hamburg-Eppendorf) is in the file, scanned on 29 July.

Call him back on +49 160 0000 8812, he prefers mornings.

Thanks!
Laura
"""
    return envelope(text(body), f"Laura Fitzgerald-Kühn <laura.fitzgerald-kuehn@{V}>",
                    f"Tomasz Wieczorek <tomasz.wieczorek@{V}>",
                    "Sørensen – sickness allowance ending", "2026-07-31 16:22")


@mail("STRICTLY_CONFIDENTIAL", "en", "relative-to-insurer",
      "son writes for his father who lives in Portugal: since the stroke he can't dress himself, asks about the care benefit in his father's policy")
def _():
    body = """Dear Versicherer team,

I'm writing on behalf of my father, Mr. Robert Ashdown, who has a long-term care policy with you (number PT-7781-0062, he took it out while he was working in Hamburg in the 1990s). He has been retired in the Algarve since 2014.

Dad had a stroke at the end of March. He's home again now, but his left side is still weak. He can't dress himself anymore, needs help getting in and out of the shower and my stepmother is really struggling. He also gets confused in the evenings, which is new.

The local "centro de saúde" says he would qualify for home help, but we would need to pay privately. Does his policy pay anything when he lives abroad? And if yes, who assesses him – does someone have to come from Germany, or can a Portuguese doctor fill in a form?

I have power of attorney (in Portuguese and English), happy to send it.

Thanks very much for your help.

Best wishes,
Oliver Ashdown
Leeds, UK
+44 7700 900 412
"""
    return envelope(text(body), "Oliver Ashdown <oliver.ashdown@btmail.example>",
                    f"international@{V}", "My father's care policy PT-7781-0062", "2026-05-03 20:40")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "premium arrears reminder for a named customer's private health insurance – no medical word, but mail about the person's health contract",
      bstyle=2)
def _():
    body = f"""Sehr geehrter Herr Feddersen,

leider konnten wir die Beiträge für Ihre Krankenversicherung für die Monate Juli und August nicht abbuchen; Ihre Bank hat die Lastschriften zurückgegeben (Grund: "Konto erloschen").

Offen sind derzeit:

  Beitrag 07/2026     612,38 EUR
  Beitrag 08/2026     612,38 EUR
  Rücklastschriftgebühr   3,00 EUR
  ----------------------------------
  gesamt           1.227,76 EUR

Bitte überweisen Sie den Betrag bis zum 15. September 2026 oder teilen Sie uns Ihre neue Bankverbindung mit, dann buchen wir ab.

Bitte nehmen Sie das ernst: Bei einem Beitragsrückstand in der Krankenversicherung müssen wir nach § 193 Abs. 6 VVG nach zwei Monaten ein Mahnverfahren einleiten. Ihr Versicherungsschutz würde dann auf den Notlagentarif umgestellt, der nur noch akute Erkrankungen und Schmerzzustände abdeckt. Das möchten wir Ihnen gern ersparen.

Wenn Sie gerade in einer finanziell schwierigen Lage sind, sprechen Sie mich an – wir finden oft eine Lösung (Ratenzahlung, Wechsel in einen günstigeren Tarif).

{SIG['treiber']}

Vertrag KV 5512-099-40 · Kundennummer 1093 4471

{FOOT_DE}
"""
    return envelope(text(body), f"Beitragsinkasso <inkasso@{V}>",
                    "Lars Feddersen <lars.feddersen@mailbox.example>",
                    "Zahlungserinnerung Krankenversicherung KV 5512-099-40", "2026-08-27 07:45")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "change of address for a life insurance and a liability policy in one mail – the person's life contract makes it strictly confidential")
def _():
    body = """Sehr geehrte Damen und Herren,

wir sind umgezogen. Bitte ändern Sie die Anschrift für meine Verträge:

- Lebensversicherung 55.102.993
- Privathaftpflicht PH 40 771 202

alt: Wiesenstraße 3, 34117 Kassel
neu: Am Fasanenhof 12a, 34125 Kassel

Gilt ab 01.04.2026. Telefon bleibt gleich.

Danke und Gruß
Helmut Grabowski
"""
    return envelope(text(body), "Helmut Grabowski <h.grabowski@t-online.example>",
                    f"service@{V}", "Adressänderung", "2026-03-30 12:12")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "annual statement of a named expat's private pension (annuity) policy: surrender value, guaranteed annuity, PDF statement – life line")
def _():
    body = f"""Dear Ms Lindqvist,

please find attached the annual statement for your private pension policy RV 4410 2873 (Versicherer Rente Flex) as at 1 January 2026, in English as requested.

In short:
- Guaranteed monthly annuity from 1 March 2041: EUR 612.40
- Projected monthly annuity including bonuses (not guaranteed): EUR 845.10
- Surrender value today: EUR 38,204.77
- Your contribution: EUR 150.00 per month, paid by direct debit

You asked on the phone whether you can take the policy with you when you move back to Sweden. Yes – the contract continues as it is; we only need your new address and, if you keep paying by direct debit, a SEPA mandate for a euro account. Please note that Swedish tax rules may treat the later annuity differently; we cannot give tax advice.

{SIG['fitzgerald']}
"""
    st = pdf("Annual statement - private pension insurance RV 4410 2873", [
        "Policyholder and insured person: Ms Ebba Lindqvist, born 9 September 1976",
        "Address: Lehmweg 14, 20251 Hamburg",
        "Policy start: 01.03.2011   Annuity start: 01.03.2041   Tariff: Rente Flex 2011",
        "",
        "# Values as at 01.01.2026",
        "Contributions paid to date:                       EUR 26,700.00",
        "Guaranteed capital at annuity start:              EUR 168,420.00",
        "Guaranteed monthly annuity:                       EUR 612.40",
        "Projected monthly annuity incl. bonuses:          EUR 845.10",
        "Surrender value (incl. bonuses, after deductions): EUR 38,204.77",
        "Death benefit before annuity start: return of contributions to beneficiary (spouse: Mr Jonas Lindqvist)",
        "",
        "Direct debit from: SE account via SEPA mandate M-2011-44102 (DE account Hamburger Sparkasse, IBAN ending ...3104)",
    ], author="Versicherer Leben")
    return envelope(mixed(text(body), attach_bytes(st, PDF, "Statement_2026_RV44102873.pdf")),
                    f"Laura Fitzgerald-Kühn <laura.fitzgerald-kuehn@{V}>",
                    "Ebba Lindqvist <ebba.lindqvist@telia.example>",
                    "Your pension policy RV 4410 2873 – annual statement 2026", "2026-02-16 09:58")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "customer asks for the premium certificate of her health and care insurance for her tax return – mail about her own health contract, no medical word")
def _():
    body = """Guten Morgen,

ich bräuchte für meine Steuererklärung 2025 die Bescheinigung über die Beiträge zur Kranken- und Pflegeversicherung (also wieviel davon Basisabsicherung ist). Im Portal finde ich nur die von 2024.

Mein Mann und die beiden Kinder sind auch bei Ihnen versichert, bitte für alle, falls das getrennt ist.

Versicherungsnummer: 7 120 448 902

Danke!
Stefanie Quaas-Hollender
"""
    return envelope(text(body), "Stefanie Quaas-Hollender <quaas-hollender@gmx.example>",
                    f"service@{V}", "Beitragsbescheinigung 2025 für Steuer", "2026-02-04 07:31")

# ---------------------------------------------------------------- strict, part C

@mail("STRICTLY_CONFIDENTIAL", "en", "therapist-to-insurer",
      "psychotherapist applies for further sessions for a named patient, number of sessions and therapy type – mental health data and § 203 professional secrecy")
def _():
    body = """Dear colleagues at Versicherer,

I am writing regarding my patient Ms. Fiona McAllister (policy no. 3390-1182-55, born 1991), whom I have been treating since October 2025 in outpatient cognitive behavioural therapy.

The 25 sessions you approved in November will be used up by the end of this month. I am requesting approval for a further 20 sessions (extension, CBT individual, 50 minutes each) at the same fee (GOÄ 870, 2.3x).

In line with your procedure, my detailed report to your consulting psychotherapist is being sent by post today in a sealed envelope marked "Vertraulich – nur für den Gutachter". I am not including clinical details in this e-mail.

As Ms. McAllister's English is much better than her German, I would be grateful if correspondence to her could be in English.

Kind regards,

Dipl.-Psych. Annelie Strobach
Psychological Psychotherapist (behaviour therapy)
Private practice, Isestraße 71, 20149 Hamburg
Tel. +49 40 0000 5512
"""
    return envelope(text(body), "Annelie Strobach <praxis@psychotherapie-strobach.example>",
                    f"leistung@{V}", "Extension request – McAllister, F. – 3390-1182-55",
                    "2026-03-12 12:05")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "claims handler sends the consulting doctor a ZIP with the BU claim file (DOCX summary with diagnoses, medication, doctors) for an opinion",
      bstyle=1)
def _():
    body = f"""Liebe Frau Dr. Vogt,

anbei die Akte Bachmeier als ZIP, Bitte um beratungsärztliche Stellungnahme bis KW 24, wenn möglich.

Konkrete Fragen:
1. Ist die angegebene Einschränkung (nicht mehr als 3 Std. Bildschirmarbeit täglich) aus den vorliegenden Befunden nachvollziehbar?
2. Brauchen wir ein neurologisches Fachgutachten, oder reicht die Aktenlage?
3. Prognose: ist mit einer Besserung in den nächsten 6 Monaten zu rechnen (Stichwort befristetes Anerkenntnis)?

Die Zusammenfassung habe ich in der Word-Datei gemacht, die Scans der Arztberichte liegen im Unterordner.

{SIG['roloff']}
"""
    summary = docx([
        "# Zusammenfassung Leistungsfall BU-L 26/0233",
        "Versicherte Person: Thomas Bachmeier, geb. 1978-04-11, Softwareentwickler (angestellt, 100 % Bildschirmarbeit)",
        "Vertrag: SBU 4 881 203 11, BU-Rente 2.000 EUR mtl., Beginn 2014",
        "Angegebener Eintritt der BU: 15.01.2026",
        "## Vorgeschichte laut Antrag",
        "Schädel-Hirn-Trauma II° nach Fahrradsturz 11/2025 (ohne Helm), stationär 6 Tage Uniklinik, danach ambulant neurologisch.",
        "Seither: Kopfschmerzen bei Bildschirmarbeit, Konzentrationsstörungen, Lichtempfindlichkeit, Schwindel. Postkommotionelles Syndrom (F07.2) laut Neurologe Dr. Hempel.",
        "Medikation: Amitriptylin 25 mg zur Nacht, bei Bedarf Ibuprofen 600.",
        "Neuropsychologische Testung 03/2026: Aufmerksamkeit und Arbeitsgedächtnis unterdurchschnittlich.",
        "Stufenweise Wiedereingliederung 02/2026 nach 2 Wochen abgebrochen.",
        "## Behandler",
        "Dr. med. Uwe Hempel, Neurologie, München-Pasing; Hausärztin Dr. Sandra Loibl; Neuropsychologie Frau M.Sc. Kerner",
    ], author="A. Roloff")
    scan1 = pdf("Arztbrief Neurologie (Scan)", [
        "Dr. med. Uwe Hempel - Facharzt für Neurologie",
        "Betr.: Herrn Thomas Bachmeier, geb. 11.04.1978",
        "Diagnosen: Z. n. SHT II° (S06.0), Postkommotionelles Syndrom (F07.2), Spannungskopfschmerz (G44.2)",
        "Befund: neurologisch unauffällig, subjektiv deutliche Belastungsintoleranz.",
        "Empfehlung: Fortsetzung der AU, neuropsychologische Therapie, Reha-Antrag.",
    ], author="Scan")
    z = make_zip([("BU-L_26-0233/Zusammenfassung.docx", summary),
                  ("BU-L_26-0233/Arztberichte/2026-03-02_Hempel.pdf", scan1)])
    return envelope(mixed(text(body), attach_bytes(z, ZIP, "Akte_BU-L_26-0233.zip")),
                    f"Annika Roloff <annika.roloff@{V}>",
                    f"Dr. Helene Vogt <helene.vogt@{V}>",
                    "Bitte um Stellungnahme BU-L 26/0233", "2026-05-28 15:16")


@mail("STRICTLY_CONFIDENTIAL", "de", "supplier-to-insurer",
      "hearing-aid acoustician sends a cost estimate for two hearing aids for a named customer with audiogram values – health aids, health line")
def _():
    body = """Sehr geehrte Damen und Herren,

für Ihren Versicherten Herrn Erwin Schmalfuß (geb. 08.12.1944, Vers.-Nr. 40 227 118 3) übersenden wir den Kostenvoranschlag für eine beidseitige Hörgeräteversorgung. Die ohrenärztliche Verordnung von Dr. Kuhlmann (HNO, Celle) liegt bei uns vor.

Tonaudiogramm: beidseits Hochtonschwerhörigkeit, Hörverlust bei 2 kHz rechts 55 dB / links 60 dB, bei 4 kHz 70/75 dB. Sprachverstehen im Freiburger Test ohne Hörsystem 60 % bei 65 dB.

Getestet wurden drei Systeme in Vergleichsanpassung; Herr Schmalfuß kommt mit dem Modell "Clarion 7 RIC" (wiederaufladbar) am besten zurecht, vor allem wegen der Bedienung mit seiner Arthrose in den Fingern.

  2 x Hörsystem Clarion 7 RIC à 2.290,00 EUR        4.580,00 EUR
  2 x Otoplastik (Ex-Hörer-Schirmchen)                 0,00 EUR
  Ladestation                                        149,00 EUR
  Service-Pauschale 6 Jahre                          380,00 EUR
  gesamt                                           5.109,00 EUR

Wir bitten um Kostenzusage bzw. Mitteilung des Erstattungsbetrags an den Kunden und an uns.

Mit freundlichen Grüßen
Hörakustik Lindemann GmbH
Filiale Celle · Zöllnerstraße 22 · 29221 Celle
Hörakustikmeisterin Britta Lindemann
"""
    return envelope(text(body, charset="windows-1252"),
                    "Hörakustik Lindemann <celle@hoerakustik-lindemann.example>",
                    f"hilfsmittel@{V}", "KV Hörgeräte Schmalfuß", "2026-10-06 10:44")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "household claim for a stolen electric wheelchair from the basement – a household line, but the wheelchair reveals the customer's disability (health data)")
def _():
    body = """Sehr geehrter Herr Tiedemann,

wie am Telefon besprochen hier die schriftliche Schadenmeldung zu meiner Hausratversicherung HR 2 118 440 (Schaden-Nr. habe ich noch keine).

In der Nacht vom 21. auf den 22. Oktober wurde in unseren Kellerraum eingebrochen (Vorhängeschloss aufgebrochen). Gestohlen wurde mein Elektrorollstuhl, ein Meyra iChair MC3, den ich dort über Nacht lade, weil in der Wohnung kein Platz ist. Außerdem fehlt das Ladegerät und eine Werkzeugkiste meines Mannes.

Der Rollstuhl wurde 2023 angeschafft, Neupreis 8.900 Euro. Meine Krankenkasse hatte damals einen Teil bezahlt, den Rest (die Sonderausstattung mit Sitzkantelung und dem größeren Akku, 2.740 Euro) habe ich selbst bezahlt, die Rechnung lege ich bei.

Seit dem Diebstahl sitze ich im alten Faltrollstuhl und komme allein nicht mehr aus dem Haus, weil ich die Arme wegen der MS nicht so lange einsetzen kann. Ich wäre sehr dankbar, wenn es schnell ginge.

Die Anzeige bei der Polizei wurde am 22.10. aufgenommen, Vorgangsnummer 26/4481/HB-Ost.

Mit freundlichen Grüßen
Marion Ehlers
Hemelinger Heerstraße 90, 28309 Bremen
"""
    return envelope(text(body), "Marion Ehlers <marion.ehlers@posteo.example>",
                    f"Bernd Tiedemann <bernd.tiedemann@{V}>",
                    "Einbruch Keller - Diebstahl Rollstuhl - HR 2 118 440", "2026-10-23 09:17")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel health claim settled for a named customer: doctor's visit and antibiotics from a pharmacy in Bangkok, throat infection – health data")
def _():
    body = f"""Dear Mr Kowalczyk,

thank you for sending us your receipts from Thailand. We have settled your claim under your annual travel health insurance (policy RK 77-204-118, claim TR-26-02-1140):

  Bumrungrad Clinic, consultation 4 Feb 2026 (THB 2,400)        EUR 64.52
  Pharmacy, Sukhumvit Soi 11 – amoxicillin, throat lozenges,
  paracetamol (THB 890)                                          EUR 23.93
  Taxi to the clinic                                            not covered
  ---------------------------------------------------------------------
  Reimbursement                                                 EUR 88.45

We converted at the ECB rate on the date of treatment. The taxi fare is not a medical expense under your policy, sorry about that.

The amount will be transferred to your account ending in 0244 within the next few days.

We hope the tonsillitis is long gone and you enjoyed the rest of your trip!

{SIG['okoro']}
"""
    return envelope(text(body), f"Claims Abroad <claims-abroad@{V}>",
                    "Piotr Kowalczyk <piotr.kowalczyk@onet.example>",
                    "Your claim TR-26-02-1140 – settled", "2026-02-26 13:40")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "short question whether this month's disability pension has been paid – no medical words, but about the named person's BU contract (personal line)",
      bstyle=3)
def _():
    body = """Hallo Frau Roloff,

kurze Frage: ist die BU-Rente für April schon raus? Bei mir ist noch nichts auf dem Konto, sonst kam das immer am 1. Die Miete wird am 3. abgebucht...

Vertrag ist der 5 520 440 81.

Danke Ihnen
Sandra Öztürk

--
Gesendet mit der GMX Mail App"""
    return envelope(text(body, cte="8bit"), "Sandra Öztürk <sandra.oeztuerk@gmx.example>",
                    f"Annika Roloff <annika.roloff@{V}>", "Rente April", "2026-04-02 08:05")


@mail("STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
      "lawyer of a pedestrian hit by an insured car claims damages for pain and suffering: traumatic brain injury, hospital stay – motor liability line but health data of the injured person")
def _():
    body = """Ihr Versicherungsnehmer: Herr Jens Voßkamp, amtl. Kennzeichen OS-JV 318
Ihre Schaden-Nr.: K 26-0141-772
Unsere Mandantin: Frau Elena Petrović, geb. 14.03.1990

Sehr geehrte Damen und Herren,

wir nehmen Bezug auf Ihre Haftungsanerkennung vom 17.03.2026 und beziffern die Ansprüche unserer Mandantin vorläufig wie folgt.

Unsere Mandantin wurde am 26.02.2026 auf dem Fußgängerüberweg in der Johannisstraße von dem bei Ihnen versicherten Fahrzeug erfasst. Sie erlitt ein Schädel-Hirn-Trauma 1. Grades mit Kopfplatzwunde, eine Fraktur des linken Handgelenks (distale Radiusfraktur, operativ versorgt mit Plattenosteosynthese) sowie Prellungen am Becken. Sie war vom 26.02. bis 06.03.2026 im Klinikum Osnabrück stationär, anschließend bis 30.04.2026 arbeitsunfähig. Sie leidet bis heute unter Kopfschmerzen und Schlafstörungen; seit April ist sie wegen einer Anpassungsstörung in psychotherapeutischer Behandlung.

Wir machen geltend:
1. Schmerzensgeld, vorläufig                                  9.000,00 EUR
2. Verdienstausfall (netto, 26.02.–30.04., s. Anlage)           1.864,20 EUR
3. Zuzahlungen, Fahrtkosten zur Physiotherapie (42 km x 18)      226,80 EUR
4. Haushaltsführungsschaden 8 Wochen                           1.920,00 EUR
5. Sachschaden (Brille, Jacke, Mobiltelefon)                    612,00 EUR

Die Entlassungsberichte und die Verdienstbescheinigung des Arbeitgebers fügen wir bei. Wir bitten um Zahlung bis zum 30.06.2026.

Mit freundlichen Grüßen
Dr. Matthias Grotefend
Rechtsanwalt
Grotefend Verkehrsrecht · Lotter Straße 44 · 49078 Osnabrück
"""
    return envelope(text(body), "Kanzlei Grotefend <kanzlei@grotefend-verkehrsrecht.example>",
                    f"kfz-schaden@{V}", "K 26-0141-772 / Petrović ./. Voßkamp – Bezifferung",
                    "2026-06-08 17:26")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "body is a harmless receipt confirmation; only the quoted customer mail below says she is 'nach der Chemo' and sends hospital invoices – health data in the quote")
def _():
    body = f"""Liebe Frau Harms,

vielen Dank, die Unterlagen sind vollständig angekommen. Wir melden uns, sobald alles geprüft ist – in der Regel innerhalb von 10 Arbeitstagen.

{SIG['aydin']}

-----Ursprüngliche Nachricht-----
Von: Gesa Harms <gesa.harms@mailbox.example>
Gesendet: Montag, 9. März 2026 19:02
An: service@versicherer.example
Betreff: Rechnungen Jan/Feb

Hallo,

anbei die Rechnungen vom UKE und von der Onkologischen Praxis Dr. Siebert für Januar und Februar. Ich bin seit der letzten Chemo noch ziemlich k.o., deshalb so spät, Entschuldigung. Die Perücke hatte ich schon im Dezember eingereicht, da kam noch nichts.

Versicherungsnummer 2208 6631 04

Viele Grüße
Gesa Harms
"""
    return envelope(text(body), f"Elif Aydın <elif.aydin@{V}>",
                    "Gesa Harms <gesa.harms@mailbox.example>", "AW: Rechnungen Jan/Feb",
                    "2026-03-10 08:22")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "personalised reminder that the named customer's preventive check-up is due and that her plan pays it – mail about her health contract and her last check-up",
      bstyle=0)
def _():
    plain = """Dear Ms Hall,

our records show that your last preventive check-up under your health plan was on 3 March 2024.

Your plan (Versicherer Expat Premium, member no. EXP-2207-0419) pays one full check-up every two years, including blood tests, a skin cancer screening and, from the age of 45, a cardiovascular check. You are due again now.

Book an appointment with any doctor you like and send us the invoice - there is no excess for preventive care.

Stay healthy!
Your International Health Service team
"""
    htmlb = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;font-family:Helvetica,Arial,sans-serif;color:#1d2b36">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b5c7a;color:#fff;padding:18px 24px;font-size:20px">Versicherer · International Health Service</td></tr>
<tr><td style="padding:24px">
<p>Dear Ms Hall,</p>
<p>our records show that your last preventive check-up under your health plan was on <b>3 March 2024</b>.</p>
<p>Your plan (Versicherer Expat Premium, member no. EXP-2207-0419) pays one full check-up every two years, including blood tests, a skin cancer screening and, from the age of 45, a cardiovascular check. <b>You are due again now.</b></p>
<p>Book an appointment with any doctor you like and send us the invoice - there is no excess for preventive care.</p>
<p>Stay healthy!<br>Your International Health Service team</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#6b7b86">Versicherer AG · Kontorhausweg 7 · 20095 Hamburg · You receive this e-mail because you agreed to service messages about your plan.</td></tr></table>
</body></html>"""
    return envelope(alt(text(plain), html(htmlb)), f"International Health Service <ihs-noreply@{V}>",
                    "Rebecca Hall <rebecca.hall@icloud.example>",
                    "Rebecca, your check-up is due", "2026-05-20 07:00")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only claims statement: table of doctors, invoices and refunds (dermatologist, psychiatrist, pharmacy) for the named customer")
def _():
    htmlb = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p>Guten Tag Herr Lüdtke,</p>
<p>hier Ihre Leistungsabrechnung vom 21.09.2026 zu Vertrag <b>KV 1174-3382-09</b>:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:9.5pt">
<tr style="background:#e8eef3"><th>Beleg</th><th>Leistungserbringer</th><th>Behandlungszeitraum</th><th>Rechnungsbetrag</th><th>Erstattung</th><th>Hinweis</th></tr>
<tr><td>1</td><td>Dr. med. K. Albrecht, Dermatologie</td><td>04.08.2026</td><td>142,17 €</td><td>142,17 €</td><td></td></tr>
<tr><td>2</td><td>Dr. med. R. Yıldız, Psychiatrie und Psychotherapie</td><td>12.08.–09.09.2026</td><td>388,60 €</td><td>310,88 €</td><td>80 % gem. Tarif für Psychotherapie</td></tr>
<tr><td>3</td><td>Elbe-Apotheke, Sertralin 50 mg N2</td><td>14.08.2026</td><td>29,93 €</td><td>29,93 €</td><td></td></tr>
<tr><td>4</td><td>Elbe-Apotheke, Tretinoin-Creme (Rezeptur)</td><td>06.08.2026</td><td>38,40 €</td><td>0,00 €</td><td>kosmetische Indikation laut Rezept</td></tr>
<tr style="font-weight:bold"><td colspan="3">Summe</td><td>599,10 €</td><td>482,98 €</td><td></td></tr>
</table>
<p>Die Erstattung von 482,98 € überweisen wir auf Ihr Konto DE…7038.</p>
<p>Mit freundlichen Grüßen<br>Ihre Leistungsabteilung Kranken<br>Versicherer AG</p>
</body></html>"""
    return envelope(html(htmlb), f"Leistung Kranken <leistung@{V}>",
                    "Benjamin Lüdtke <b.luedtke@web.example>",
                    "Ihre Leistungsabrechnung vom 21.09.2026", "2026-09-21 06:30")


@mail("STRICTLY_CONFIDENTIAL", "en", "employer-to-insurer",
      "international employer enrols staff in the group health plan; CSV lists names, birth dates and dependants – health-line contract data of named persons")
def _():
    body = """Hi Stefan,

as discussed, attached is the list of new joiners for the group health plan (contract GK-2019-0044, Orbital Games GmbH). All of them start on 1 September, please enrol them from that date. The ones marked "family" want their dependants covered too.

Two of them (Diego and Mei) are coming from abroad and have no German social security yet – I understand that's fine for your plan?

Thanks,
Hanna

Hanna Virtanen | People & Culture | Orbital Games GmbH | Schanzenstraße 20, 20357 Hamburg
"""
    rows = [["last_name", "first_name", "date_of_birth", "start_date", "cover", "dependants", "salary_band"],
            ["Alvarez Rojas", "Diego", "1994-07-21", "2026-09-01", "family", "partner Lucia Ferreyra 1996-02-03; son Mateo 2023-11-30", "B3"],
            ["Chen", "Mei", "1998-01-09", "2026-09-01", "single", "", "B2"],
            ["Schulte", "Jannik", "1990-10-30", "2026-09-01", "single", "", "B4"],
            ["Abiodun", "Tolu", "1987-05-12", "2026-09-01", "family", "spouse Kemi Abiodun 1988-08-19", "C1"]]
    c = csv_bytes(rows, delimiter=",")
    return envelope(mixed(text(body), attach_bytes(c, "text/csv", "new_joiners_sept2026.csv")),
                    "Hanna Virtanen <hanna.virtanen@orbital-games.example>",
                    f"Stefan Lorch <stefan.lorch@{V}>",
                    "New joiners Sept – group health plan GK-2019-0044", "2026-08-12 11:25")


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "expat mother reports her son's playground accident at school (broken arm, cast) under the child accident policy – injury, accident line")
def _():
    body = """Hello,

I need to report an accident for my son under our children's accident insurance (policy KU 5102 7734).

Noah (7) fell off the climbing frame at his school (Grundschule Am Weiher) during the lunch break on Tuesday 22 September. His left forearm is broken in two places, he was operated on the same evening at the Kinderkrankenhaus Wilhelmstift (they put in two wires) and he stayed there two nights. Now he has a cast up to the elbow for at least 5 weeks.

The school said they reported it to their own accident insurer too – does that matter for our policy?

What do you need from me? I have the discharge letter (in German), the X-ray report and the bill for the extra bed for me in the hospital.

Thank you,
Claire Dubois-Lenz
"""
    return envelope(text(body), "Claire Dubois-Lenz <claire.dubois@orange.example>",
                    f"unfall@{V}", "Accident – my son Noah – KU 5102 7734", "2026-09-25 21:14")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "insurer asks a GP for a report on a named patient (birth date, diagnoses since 2021) in a BU claim, citing the release from confidentiality")
def _():
    body = f"""Sehr geehrte Frau Dr. Loibl,

Herr Thomas Bachmeier, geb. 11.04.1978, wohnhaft Agnes-Bernauer-Straße 88, 80687 München, hat bei uns Leistungen aus seiner Berufsunfähigkeitsversicherung beantragt. Er hat Sie mit der beigefügten Erklärung vom 20.05.2026 von der Schweigepflicht uns gegenüber entbunden.

Wir bitten Sie um einen kurzen ärztlichen Bericht zu folgenden Punkten:

1. Welche Erkrankungen haben Sie seit dem 01.01.2021 bei Herrn Bachmeier festgestellt?
2. Wie ist der Verlauf seit dem Fahrradsturz im November 2025? Welche Beschwerden schildert er, welche Befunde erheben Sie?
3. Welche Medikamente nimmt er, welche Überweisungen haben Sie ausgestellt?
4. Bestanden bereits vor November 2025 Kopfschmerzen oder Konzentrationsstörungen?

Für den Bericht vergüten wir Ihnen 59,95 EUR nach Nr. 75 GOÄ zuzüglich Auslagen. Bitte antworten Sie über unser SecureMail-Portal (den Link erhalten Sie gesondert) oder per Fax an 040 8890-3599.

Mit freundlichen Grüßen

Annika Roloff
BU-Leistungsprüfung
Versicherer AG · Telefon 040 8890-3544

Zeichen: BU-L 26/0233
"""
    return envelope(text(body), f"Annika Roloff <annika.roloff@{V}>",
                    "Praxis Dr. Loibl <praxis@hausarzt-loibl.example>",
                    "Anforderung ärztlicher Bericht – Bachmeier, Thomas – BU-L 26/0233",
                    "2026-05-21 09:40")


@mail("STRICTLY_CONFIDENTIAL", "de", "doctor-to-insurer",
      "GP answers with a findings report (DOCX: diagnoses, medication, referrals) and an invoice for GOÄ no. 75; body itself short")
def _():
    body = """Sehr geehrte Frau Roloff,

den angeforderten Bericht zu Herrn B. finden Sie anbei, ebenso unsere Rechnung.

Mit kollegialen Grüßen
Dr. med. Sandra Loibl
Fachärztin für Allgemeinmedizin
Landsberger Str. 301, 80687 München
"""
    bericht = docx([
        "# Ärztlicher Bericht",
        "Patient: Thomas Bachmeier, geb. 11.04.1978",
        "Ihr Zeichen: BU-L 26/0233",
        "1. Diagnosen seit 01.01.2021: Z. n. Bandscheibenprotrusion HWS (M50.2, 2022, konservativ, folgenlos); saisonale allergische Rhinitis (J30.1); seit 11/2025 Z. n. Schädel-Hirn-Trauma II° mit postkommotionellem Syndrom (F07.2).",
        "2. Verlauf: Seit dem Unfall klagt Herr B. über tägliche Kopfschmerzen, rasche Erschöpfbarkeit, Konzentrationsstörungen und Lichtempfindlichkeit. Bildschirmarbeit über 2–3 Stunden löst regelmäßig Kopfschmerzen und Übelkeit aus. Der Versuch der Wiedereingliederung im Februar 2026 musste abgebrochen werden.",
        "3. Medikation: Amitriptylin 25 mg 0-0-1, Ibuprofen 600 bei Bedarf. Überweisungen: Neurologie (Dr. Hempel), Neuropsychologie, Augenarzt (unauffällig).",
        "4. Vor 11/2025 keine Kopfschmerzen oder Konzentrationsstörungen dokumentiert.",
        "München, 03.06.2026",
    ], author="Praxis Loibl")
    rechnung = pdf("Rechnung Nr. 2026-441", [
        "Dr. med. Sandra Loibl, Landsberger Str. 301, 80687 München",
        "An: Versicherer AG, BU-Leistungsprüfung, Zeichen BU-L 26/0233",
        "Betr.: Bericht Thomas Bachmeier",
        "GOÄ Nr. 75 - Ausführlicher schriftlicher Krankheits- und Befundbericht     59,95 EUR",
        "Porto/Kopien                                                               4,20 EUR",
        "Gesamt                                                                    64,15 EUR",
    ], author="Praxis Loibl")
    return envelope(mixed(text(body), attach_bytes(bericht, DOCX, "Bericht_B_BU-L_26-0233.docx"),
                          attach_bytes(rechnung, PDF, "Rechnung_2026-441.pdf")),
                    "Praxis Dr. Loibl <praxis@hausarzt-loibl.example>",
                    f"Annika Roloff <annika.roloff@{V}>", "AW: Anforderung ärztlicher Bericht",
                    "2026-06-03 18:10")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-reinsurer",
      "facultative referral of a large life case to the reinsurer: applicant with type 1 diabetes, HbA1c, retinopathy status – health data of a named applicant")
def _():
    body = f"""Dear Sophie,

we'd like to offer you the following case for facultative acceptance:

Life assured: Mr Konstantin Brehm, male, DOB 17.05.1981, non-smoker
Occupation: managing director, engineering firm (office-based)
Cover: term life EUR 2,500,000, 20 years, level; plus our accelerated critical illness rider EUR 250,000
Our retention: EUR 750,000 (life), nil on CI

Medical:
- Type 1 diabetes since age 14, insulin pump since 2017, CGM
- HbA1c last 4 readings: 7.1 / 6.9 / 7.4 / 7.0 % (2024-2026)
- Background retinopathy, stable, last eye exam 01/2026, no laser treatment
- Microalbuminuria negative, eGFR 94
- BP 128/78 on ramipril 2.5 mg (nephroprotection)
- No hypoglycaemic episodes requiring third-party help in the last 5 years

Our own rating would be +100 % on life and decline on CI. Could you give us your terms, ideally by Friday? Full APS and lab reports via your secure upload, ref. FAC-2026-0117.

Best,
Sven

Sven Ostrowski | Life & Disability Underwriting | Versicherer AG | +49 40 8890-3620
"""
    return envelope(text(body), f"Sven Ostrowski <sven.ostrowski@{V}>",
                    "Sophie Marchetti <s.marchetti@nordic-re.example>",
                    "Fac referral FAC-2026-0117 – Brehm, T1D, EUR 2.5m", "2026-04-21 16:03")


@mail("STRICTLY_CONFIDENTIAL", "de", "hospital-to-insurer",
      "hospital billing office asks about direct billing of elective chief-physician treatment for a named private patient after a bowel operation")
def _():
    body = """Sehr geehrter Herr Brandl,

wir haben eine Rückfrage zur Direktabrechnung für folgenden Fall:

Patient: Herr Georg Pfannschmidt, geb. 1952
Klinikcard: 80276 000 4471 (Versicherer)
Aufenthalt: 02.11.–13.11.2026, Klinik für Allgemein- und Viszeralchirurgie
Hauptdiagnose K57.32 (Divertikulitis des Dickdarms), OPS 5-455.75 (laparoskopische Sigmaresektion)
DRG G18B

Der Patient hat bei Aufnahme die Wahlleistungsvereinbarung für Chefarztbehandlung und Einbettzimmer unterschrieben. Über Ihr Onlineportal wurde uns aber nur die Kostenübernahme für die allgemeinen Krankenhausleistungen und das Zweibettzimmer bestätigt. Ist das Einbettzimmer im Tarif nicht enthalten, oder fehlt da noch etwas? Dann müssten wir den Zuschlag dem Patienten direkt in Rechnung stellen.

Die Chefarztrechnung (Prof. Dr. Wenzlaff) geht wie üblich gesondert über unsere Privatärztliche Verrechnungsstelle.

Mit freundlichen Grüßen
Sandra Kowalke
Patientenabrechnung / Privatpatienten
Marienhospital Elbmarsch gGmbH
"""
    return envelope(text(body), "Patientenabrechnung Marienhospital <abrechnung@marienhospital-elbmarsch.example>",
                    f"Jonas Brandl <jonas.brandl@{V}>",
                    "Rückfrage Wahlleistung Pfannschmidt / Aufnahme 02.11.", "2026-11-16 10:37")

# ---------------------------------------------------------------- strict, part D

@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "angry complaint about a refused spa/rehab stay for the customer's wife 'since the stroke', mentions paralysis and speech therapy")
def _():
    body = """Sehr geehrte Damen und Herren,

Ihre Ablehnung der Kur für meine Frau vom 3. Juni ist eine Frechheit!!

Meine Frau Waltraud ist seit dem Schlaganfall im letzten Herbst rechts fast gelähmt, sie kann nur mit Mühe ein paar Schritte am Rollator gehen und spricht immer noch sehr schlecht, obwohl sie zweimal die Woche zur Logopädie geht. Der Neurologe sagt klar, dass eine stationäre Maßnahme jetzt das einzige ist, was noch was bringt. Und Sie schreiben "keine medizinische Notwendigkeit erkennbar"??? Hat sich überhaupt mal ein Arzt von Ihnen die Unterlagen angesehen?

Wir zahlen seit 1987 jeden Monat pünktlich unsere Beiträge, inzwischen fast 1.400 Euro für uns beide, und wenn man einmal was braucht, wird man abgewimmelt.

Ich erwarte, dass Sie die Entscheidung überprüfen. Sonst gehe ich zum Ombudsmann und zur Zeitung.

Hochachtungsvoll
Günter Wilkening
Vers.-Nr. 1987 / 22 041 / 3
"""
    return envelope(text(body, charset="iso-8859-1"), "Günter Wilkening <g.wilkening@t-online.example>",
                    f"beschwerde@{V}", "BESCHWERDE Ablehnung Kur meine Frau", "2026-06-06 23:51")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "BU follow-up review: insurer sends the named pensioner the completed review questionnaire (DOCX) with his current activity and health status for confirmation")
def _():
    body = f"""Sehr geehrter Herr Jankowski,

vielen Dank für das Telefonat am Dienstag. Wie besprochen habe ich Ihre Angaben zur Nachprüfung Ihrer Berufsunfähigkeitsrente in den Fragebogen übertragen. Bitte lesen Sie ihn durch, korrigieren Sie, was nicht stimmt, und schicken Sie ihn unterschrieben zurück (Scan reicht).

Zur Erinnerung: Eine Nachprüfung ist keine neue Leistungsprüfung. Wir schauen nur, ob sich seit unserem Anerkenntnis 2023 etwas wesentlich geändert hat. Ihre Rente läuft währenddessen unverändert weiter.

{SIG['pietsch']}
Versicherer AG · Telefon 040 8890-3540
"""
    fb = docx([
        "# Fragebogen zur Nachprüfung der Berufsunfähigkeit",
        "Vertrag BU 3 447 190 22 · Versicherte Person: Rafał Jankowski, geb. 05.11.1972",
        "Anerkannte BU seit 01.06.2023 (zuletzt ausgeübter Beruf: Dachdecker, selbständig)",
        "## 1. Derzeitige berufliche Tätigkeit",
        "Seit 03/2025 Teilzeit (20 Std./Woche) als Mitarbeiter im Fachhandel für Bedachungsbedarf, Beratung am Telefon und Theke, kein Heben über 10 kg. Bruttolohn 1.450 EUR monatlich.",
        "## 2. Gesundheitlicher Zustand",
        "Zustand nach Fersenbeinfraktur beidseits (Sturz vom Gerüst 2022), Arthrose im unteren Sprunggelenk links, Belastungsschmerz nach ca. 30 Minuten Stehen, Gehstrecke ca. 1 km. Keine Operation seit 2023. Einlagenversorgung, Schmerzmittel nur bei Bedarf (Diclofenac).",
        "## 3. Behandelnde Ärzte",
        "Dr. med. Frank Obermeier, Orthopädie, Recklinghausen (letzte Vorstellung 09/2026)",
        "## 4. Rehabilitationsmaßnahmen seit 2023",
        "Keine. Umschulung wurde von der Rentenversicherung 2024 abgelehnt.",
        "Ort, Datum, Unterschrift: ______________________",
    ], author="C. Pietsch")
    return envelope(mixed(text(body), attach_bytes(fb, DOCX, "Nachpruefung_BU_3447190222.docx")),
                    f"Claus Pietsch <claus.pietsch@{V}>",
                    "Rafał Jankowski <rafal.jankowski@wp.example>",
                    "Nachprüfung BU – Ihr Fragebogen zum Gegenlesen", "2026-10-15 14:20")


@mail("STRICTLY_CONFIDENTIAL", "en", "lawyer-to-insurer",
      "UK solicitor handling a deceased policyholder's estate asks about the life policy proceeds and the grant of probate – life line, named deceased, no cause of death")
def _():
    body = """Dear Sirs,

Re: The Estate of Mr Malcolm Ferguson-Reeve, deceased
Your policy number: LV 2004 / 881 0193

We act for the executors of the above-named, who died on 3 January 2026 at his home in Edinburgh. We understand that he held a life policy with you taken out while he was resident in Germany.

The Will names his daughters, Ms Isla Ferguson-Reeve and Mrs Catriona Baird, as executors and residuary beneficiaries. Our searches have not revealed any nomination of a beneficiary under the policy itself, but we should be grateful if you would confirm whether one exists.

Please also let us know:
1. the sum payable on death, including any bonuses, as at the date of death;
2. whether you will accept a Scottish Confirmation (the equivalent of a grant of probate) or require anything further, such as an apostille or a German Erbschein;
3. whether you require the original policy document – the executors have not been able to locate it.

We enclose a certified copy of the death certificate and of the Will. Please correspond with this office only.

Yours faithfully,

Fraser & Lennox LLP
Solicitors · 14 Queen Street, Edinburgh EH2 1JX
Ref: ALM/FERG/0042
"""
    return envelope(text(body), "Alasdair Munro <a.munro@fraserlennox.example>",
                    f"leben@{V}", "Estate of Malcolm Ferguson-Reeve – policy LV 2004 / 881 0193",
                    "2026-02-19 11:48")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "internal callback note: named customer called about a walking frame (Rollator) and her knee – medical aid and health data")
def _():
    body = """Hi Miriam,

Fr. Demir (Hatice, KV 2201-884-13) hat wieder angerufen wg. dem Rollator. Sie sagt das Sanitätshaus wartet auf unsere Zusage, Verordnung von Dr. Unger (Ortho) liegt angeblich seit 2 Wochen bei uns. Nach der Knie-OP kommt sie ohne nicht mal bis zum Bäcker.

Kannst du bitte zurückrufen? 0176 0000 2934, am besten nach 14 Uhr.

LG Patrick
"""
    return envelope(text(body), f"Patrick Sommer <patrick.sommer@{V}>",
                    f"Miriam Hofstetter <miriam.hofstetter@{V}>",
                    "Rückruf Fr. Demir - Rollator", "2026-04-14 11:03")


@mail("STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer",
      "daughter: 'Mama muss ins Heim' because of dementia, encloses the nursing-home invoice (care level 4), asks about the care daily allowance",
      bstyle=2)
def _():
    body = """Liebe Frau Quast,

danke nochmal für das nette Gespräch letzte Woche. Jetzt ist es leider so gekommen, wie wir befürchtet haben: Mama muss ins Heim. Es geht zuhause einfach nicht mehr, sie findet nachts nicht mehr ins Bett zurück und ist zweimal aus der Wohnung gelaufen. Der Neurologe hat die Demenz inzwischen als "mittelschwer" eingestuft.

Sie ist seit dem 1. August im Haus Abendsonne in Bad Segeberg (vollstationär). Die erste Rechnung hänge ich an, den Heimvertrag schicke ich Ihnen per Post. Der Eigenanteil liegt bei gut 2.900 Euro im Monat, das schafft ihre Rente allein nicht.

Ihre Pflegeversicherungsnummer ist PV 5531 8802 60, Pflegegrad 4 seit Juni.

Zahlen Sie das Pflegetagegeld jetzt in voller Höhe weiter, auch wenn sie im Heim ist? Und muss ich irgendwas neu beantragen?

Herzliche Grüße
Katrin Meinecke
(Tochter und Betreuerin von Ilse Meinecke)
"""
    rech = pdf("Haus Abendsonne - Rechnung August 2026", [
        "Haus Abendsonne Seniorenpflege GmbH · Kurhausstraße 18 · 23795 Bad Segeberg",
        "Bewohnerin: Frau Ilse Meinecke, geb. 30.03.1939, Zimmer 214, Wohnbereich Rosengarten (beschützt)",
        "Pflegegrad 4 · Einzug 01.08.2026",
        "",
        "Pflegesatz PG 4             31 Tage x 112,40 EUR     3.484,40 EUR",
        "Unterkunft                  31 Tage x  27,10 EUR       840,10 EUR",
        "Verpflegung                 31 Tage x  13,90 EUR       430,90 EUR",
        "Investitionskosten          31 Tage x  19,80 EUR       613,80 EUR",
        "Ausbildungsumlage           31 Tage x   4,10 EUR       127,10 EUR",
        "abzgl. Leistungsbetrag Pflegeversicherung PG 4        -1.855,00 EUR",
        "abzgl. Leistungszuschlag § 43c SGB XI (15 %)            -243,94 EUR",
        "Zu zahlen von der Bewohnerin                         2.918,36 EUR",
    ], author="Haus Abendsonne")
    return envelope(mixed(text(body), attach_bytes(rech, PDF, "Abendsonne_Rechnung_08-2026.pdf")),
                    "Katrin Meinecke <katrin.meinecke@mailbox.example>",
                    f"Renate Quast <renate.quast@{V}>", "Mama ist jetzt im Heim",
                    "2026-08-20 19:33")


@mail("STRICTLY_CONFIDENTIAL", "en", "care-service-to-insurer",
      "Austrian care home invoices care costs for a named expat resident with care level and medication charges – care and health data")
def _():
    body = """Dear Sir or Madam,

please find below our invoice for September 2026 for our resident Mr. William J. Harrington (your policy no. PTG-0733-5521, long-term care daily allowance). As agreed with his son, we send our invoices to you directly; the son has signed the assignment.

Resident: Mr. William James Harrington, born 12 Feb 1937
Room 108, nursing ward "Alpenblick"
Care level (Austrian Pflegegeldstufe): 5
Main reasons for care: Parkinson's disease, advanced; recurrent falls; needs assistance with all transfers

September 2026
  Nursing care and accommodation, 30 days x EUR 168.00     EUR 5,040.00
  Incontinence material                                    EUR 86.40
  Pharmacy (levodopa/carbidopa, co-payments)               EUR 41.20
  Hairdresser (private)                                    EUR 24.00
  Total                                                    EUR 5,191.60

Payment to: Seniorenresidenz Alpenblick GmbH, IBAN AT96 1904 3077 1257 3201

With kind regards,
Mag. Verena Stöckl
Administration · Seniorenresidenz Alpenblick, Kitzbühel
"""
    return envelope(text(body), "Verwaltung Alpenblick <verwaltung@residenz-alpenblick.example>",
                    f"international@{V}", "Invoice 09/2026 – Harrington, W. J.", "2026-10-02 10:10")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "mail room forwards a misdirected doctor's letter as message/rfc822; the forwarded mail carries a cardiology letter about a named customer",
      bstyle=0)
def _():
    orig_body = """Sehr geehrte Damen und Herren,

anbei der Arztbrief für Ihre Versicherte Frau Annegret Pöhlmann (geb. 02.02.1951, Vers.-Nr. 3317 204 55) zur Vorlage bei der Leistungsabteilung.

Diagnosen: Vorhofflimmern, paroxysmal (I48.0); Z. n. Kardioversion 14.04.2026; arterielle Hypertonie (I10.90)
Therapie: Apixaban 5 mg 1-0-1, Bisoprolol 2,5 mg 1-0-0
Empfehlung: Kontrolle in 3 Monaten mit Langzeit-EKG; bei erneuten Episoden Vorstellung zur Pulmonalvenenisolation.

Mit freundlichen Grüßen
Kardiologische Gemeinschaftspraxis Eppendorfer Baum
Dr. med. Frederik Kähler
"""
    inner_msg = inner(text(orig_body), "Kardiologie Eppendorfer Baum <info@kardiologie-eppendorfer-baum.example>",
                      f"posteingang@{V}", "Arztbrief Pöhlmann", "2026-04-22 16:02")
    body = """Hallo Leistung Kranken,

der ist bei uns im allgemeinen Posteingang gelandet, gehört wohl zu euch. Wir haben ihn bei uns gelöscht.

Gruß
Poststelle / Scan-Center, Team 2
"""
    return envelope(mixed(text(body), attach_msg(inner_msg, "Arztbrief Pöhlmann.eml")),
                    f"Scan-Center <scancenter@{V}>", f"leistung@{V}",
                    "WG: Arztbrief Pöhlmann (falsch zugestellt)", "2026-04-23 07:51")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "HR tells a team lead that a named employee is on sick leave until next week 'wegen der Bandscheibe' – health data of an employee")
def _():
    body = f"""Hallo Bernd,

zur Info für deine Einsatzplanung: Herr Kowalski hat heute eine Folgebescheinigung geschickt, er ist bis einschließlich Freitag nächster Woche krankgeschrieben. Er hat mir am Telefon gesagt, dass es wieder die Bandscheibe ist und er evtl. noch eine Spritzentherapie bekommt – das bitte nur für dich, nicht im Team verbreiten.

Sollte es länger als sechs Wochen am Stück werden (ab 20.04.), melde ich mich wegen BEM.

{SIG['behrens']}
Versicherer AG · Personal · Tel. 1802
"""
    return envelope(text(body), f"Claudia Behrens <claudia.behrens@{V}>",
                    f"Bernd Tiedemann <bernd.tiedemann@{V}>",
                    "Kowalski – AU verlängert", "2026-03-26 13:15",
                    hdrs={"Sensitivity": "Private"})


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "reply to an expat family: the children's vaccinations (MMR, meningococcal B, travel vaccines) are reimbursed under their health plan, per child")
def _():
    body = f"""Dear Mr and Mrs Tanaka,

thank you for your question about the vaccination invoices from Dr. Brüggemann's paediatric practice.

Good news: all vaccinations recommended by the German Standing Committee on Vaccination (STIKO) are covered at 100 % under your family's plan IHP-0088-2214, without excess. That includes the second MMR dose for Haruto and the meningococcal B vaccine for Yui.

The travel vaccines for your trip to Vietnam (hepatitis A and typhoid for both children) are also covered, because your plan includes travel vaccinations up to EUR 300 per person per year.

Total reimbursement: EUR 412.36 (Haruto EUR 176.18, Yui EUR 236.18). The money should be in your account within three working days.

{SIG['fitzgerald']}
"""
    return envelope(text(body), f"Laura Fitzgerald-Kühn <laura.fitzgerald-kuehn@{V}>",
                    "Kenji Tanaka <kenji.tanaka@docomo.example>",
                    "RE: Vaccination bills for Haruto and Yui", "2026-07-22 15:05")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "customer sends a follow-up sick note for the daily sickness allowance; body terse, the PDF sick note names the diagnosis code")
def _():
    body = """AU bis 30.4. anbei.

Gruß
M. Albers
KT 4410-7720-3"""
    au = pdf("Arbeitsunfähigkeitsbescheinigung - Folgebescheinigung", [
        "Ausfertigung zur Vorlage beim Versicherer",
        "Name, Vorname: Albers, Mirko          geb. am: 27.06.1986",
        "Versicherungsnummer: KT 4410-7720-3",
        "arbeitsunfähig seit: 03.03.2026",
        "voraussichtlich arbeitsunfähig bis einschließlich: 30.04.2026",
        "festgestellt am: 02.04.2026",
        "Diagnose: S83.53 G (Ruptur des vorderen Kreuzbandes rechts), Z. n. Kreuzbandplastik 17.03.2026",
        "",
        "Dr. med. Heiko Stamer, Orthopädie und Unfallchirurgie, Kiel",
    ], author="Scan")
    return envelope(mixed(text(body), attach_bytes(au, "application/octet-stream", "scan0042.pdf")),
                    "Mirko Albers <mirko.albers@web.example>", f"leistung@{V}",
                    "AU", "2026-04-02 20:14")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "mobile message: knee operated today, hospital wants a cost coverage confirmation – surgery and hospital stay of the named customer",
      bstyle=2)
def _():
    body = """Hallo,
bin heute morgen am Knie operiert worden (Meniskus, Klinik Dr. Guth in Hamburg), soll 2 Nächte bleiben. Die Verwaltung hier fragt nach Kostenzusage von Ihnen, sonst muss ich vorab zahlen?! Karte hab ich nicht dabei. Mein Name Torsten Willmann, geb 3.8.71, KV-Nummer weiß ich nicht auswendig.
Können Sie die anrufen? 040 0000 8810 Frau Petersen

Danke
T. Willmann
Gesendet von meinem Samsung Galaxy"""
    return envelope(text(body, cte="8bit"), "Torsten Willmann <t.willmann71@gmail.example>",
                    f"krankenhaus@{V}", "Dringend Kostenzusage Klinik", "2026-06-29 15:44")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "tariff change under § 204 VVG for a named customer: the new tariff's additional benefits need a health check, risk surcharge because of prior illnesses listed")
def _():
    body = f"""Sehr geehrte Frau Brink,

Sie möchten von Ihrem bisherigen Tarif VOLL 2008 in unseren Tarif VITAL 2024 wechseln. Den Wechsel können wir Ihnen anbieten; Ihre Alterungsrückstellung nehmen Sie vollständig mit.

Weil VITAL 2024 in einigen Punkten mehr leistet als Ihr bisheriger Tarif (z. B. 100 % statt 80 % bei Psychotherapie, Sehhilfen bis 400 EUR statt 200 EUR), dürfen wir für diese Mehrleistungen eine Gesundheitsprüfung durchführen. Nach Ihren Angaben im Wechselantrag:

- Hashimoto-Thyreoiditis, mit L-Thyroxin gut eingestellt
- Migräne mit 2–3 Attacken im Monat, Triptan bei Bedarf
- Psychotherapie (Angststörung) 2021/2022, abgeschlossen

ergibt sich ein Risikozuschlag von 42,80 EUR monatlich auf die Mehrleistung. Alternativ können Sie auf die Mehrleistungen verzichten ("Leistungsausschluss"), dann entfällt der Zuschlag.

Ihr Beitrag im neuen Tarif:
  mit Mehrleistung und Zuschlag         689,14 EUR
  ohne Mehrleistung (Ausschluss)        598,66 EUR
  bisher (VOLL 2008)                    731,02 EUR

Bitte teilen Sie uns bis 30.11.2026 mit, welche Variante Sie möchten. Der Wechsel gilt dann ab 01.01.2027.

{SIG['sommer']}

Versicherungsnummer KV 0812-4471-26
"""
    return envelope(text(body), f"Patrick Sommer <patrick.sommer@{V}>",
                    "Nicole Brink <nicole.brink@posteo.example>",
                    "Ihr Tarifwechsel nach § 204 VVG – unser Angebot", "2026-10-28 10:02")


@mail("STRICTLY_CONFIDENTIAL", "en", "clinic-to-insurer",
      "Dubai clinic asks for pre-authorisation of a lumbar MRI for a named member with sciatica symptoms – health data, international health plan")
def _():
    plain = """Dear Team,

Kindly find below a pre-authorisation request.

Member name: Mr. Faisal Rahimi
Member ID: IHP-0120-4455
DOB: 1985-12-02
Provider: Al Noor Spine & Joint Centre, Dubai Healthcare City
Requested service: MRI lumbar spine without contrast (CPT 72148)
Clinical indication: low back pain radiating to left leg for 6 weeks, numbness lateral foot, positive straight leg raise at 40 degrees; no improvement after NSAIDs and 8 sessions of physiotherapy
Provisional diagnosis: M54.17 lumbosacral radiculopathy; r/o disc herniation L5/S1
Estimated cost: AED 2,100

Please reply with approval number.

Regards,
Insurance Desk
Al Noor Spine & Joint Centre
"""
    htmlb = """<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Team,</p><p>Kindly find below a pre-authorisation request.</p>
<table style="border:1px solid #999;border-collapse:collapse" cellpadding="4">
<tr><td><b>Member name</b></td><td>Mr. Faisal Rahimi</td></tr>
<tr><td><b>Member ID</b></td><td>IHP-0120-4455</td></tr>
<tr><td><b>DOB</b></td><td>1985-12-02</td></tr>
<tr><td><b>Provider</b></td><td>Al Noor Spine &amp; Joint Centre, Dubai Healthcare City</td></tr>
<tr><td><b>Requested service</b></td><td>MRI lumbar spine without contrast (CPT 72148)</td></tr>
<tr><td><b>Clinical indication</b></td><td>low back pain radiating to left leg for 6 weeks, numbness lateral foot, positive straight leg raise at 40 degrees; no improvement after NSAIDs and 8 sessions of physiotherapy</td></tr>
<tr><td><b>Provisional diagnosis</b></td><td>M54.17 lumbosacral radiculopathy; r/o disc herniation L5/S1</td></tr>
<tr><td><b>Estimated cost</b></td><td>AED 2,100</td></tr></table>
<p>Please reply with approval number.</p><p>Regards,<br>Insurance Desk<br>Al Noor Spine &amp; Joint Centre</p></div>"""
    return envelope(alt(text(plain), html(htmlb)),
                    "Insurance Desk <insurance@alnoor-spine.example>", f"preauth@{V}",
                    "Pre-Auth Request // RAHIMI FAISAL // MRI L-Spine", "2026-09-08 06:12")


@mail("STRICTLY_CONFIDENTIAL", "de", "employer-to-insurer",
      "company reports an employee's injury at the company summer party under its group accident policy; the whole body is base64-encoded")
def _():
    body = """Sehr geehrte Damen und Herren,

hiermit melden wir einen Unfall aus unserer Gruppenunfallversicherung (Vertrag GU 80 112 7, Heinrich Fiedler Metallbau GmbH).

Verletzte Person: Herr Dominik Straub, geb. 14.10.1996, Schlosser
Unfalltag: 20.06.2026, ca. 17:30 Uhr, Betriebssommerfest auf dem Firmengelände
Hergang: Beim Tauziehen ist Herr Straub nach hinten gestürzt und mit dem Hinterkopf und der rechten Schulter auf den Asphalt geschlagen. Er war kurz benommen. Der Rettungsdienst brachte ihn ins Kreiskrankenhaus.
Verletzungen laut Herrn Straub: Gehirnerschütterung, Schultereckgelenksprengung rechts (Tossy III), wird am Mittwoch operiert.
Arbeitsunfähig seit: 22.06.2026

Eine Meldung an die Berufsgenossenschaft ist ebenfalls erfolgt.

Mit freundlichen Grüßen
Birgit Fiedler
Geschäftsführung
Heinrich Fiedler Metallbau GmbH · Industriestraße 7 · 72336 Balingen
"""
    return envelope(text(body, cte="base64"), "Birgit Fiedler <b.fiedler@fiedler-metallbau.example>",
                    f"unfall@{V}", "Unfallmeldung GU 80 112 7 - Straub", "2026-06-23 08:37")


@mail("STRICTLY_CONFIDENTIAL", "de", "undertaker-to-insurer",
      "undertaker asks for the payout of a funeral expenses (life) policy of a named deceased, with assignment and invoice")
def _():
    body = """Sehr geehrte Damen und Herren,

wir wurden von Frau Irmgard Scholten mit der Bestattung ihres Ehemanns beauftragt:

  Herr Wilhelm Scholten
  geb. 25.04.1938, verst. 11.11.2026 in Kleve
  Sterbegeldversicherung Nr. SG 0099-4410-7

Frau Scholten hat die Ansprüche aus der Sterbegeldversicherung in Höhe der Bestattungskosten an uns abgetreten (Abtretungserklärung anbei). Die Sterbeurkunde liegt ebenfalls bei.

Unsere Rechnung beläuft sich auf 5.870,00 EUR (Erdbestattung, Sarg Eiche, Überführung, Trauerfeier, Traueranzeige). Die Versicherungssumme beträgt nach Angaben von Frau Scholten 6.000,00 EUR. Einen etwaigen Restbetrag zahlen Sie bitte an Frau Scholten direkt.

Unsere Bankverbindung: Volksbank an der Niers, IBAN DE03 2176 5257 3433 1353 15.

Mit freundlichen Grüßen
Bestattungshaus Terhorst
Inh. Ludger Terhorst
Hagsche Straße 61 · 47533 Kleve
"""
    return envelope(text(body), "Bestattungshaus Terhorst <info@bestattungen-terhorst.example>",
                    f"leben@{V}", "Sterbegeld Scholten, Wilhelm - SG 0099-4410-7",
                    "2026-11-16 12:29")

# ---------------------------------------------------------------- confidential, part A

@mail("CONFIDENTIAL", "de", "doctor-to-insurer",
      "a GP in private practice (natural person) reports water damage to her practice contents insurance: policy number, address, no patient data – fact insured, non-personal line")
def _():
    body = """Sehr geehrte Damen und Herren,

in meiner Praxis ist am Wochenende ein Wasserschaden entstanden. Im Stockwerk darüber (Wohnung, Eigentümergemeinschaft Lerchenfeld 8) ist ein Eckventil an der Spüle abgerissen, das Wasser ist durch die Decke in mein Wartezimmer und den Anmeldebereich gelaufen. Bemerkt hat es meine Mitarbeiterin am Montagmorgen.

Betroffen sind nach erster Sichtung:
- Teppichboden Wartezimmer (ca. 28 m²) und Deckenplatten
- 12 Wartezimmerstühle (Polster durchnässt)
- Empfangstresen (Spanplatte aufgequollen)
- ein Drucker und das Kartenlesegerät an der Anmeldung
- zwei Kartons mit Prospekten und Formularen

Die Behandlungsräume sind trocken geblieben, die Sprechstunde läuft eingeschränkt weiter. Ein Trocknungsunternehmen ist bestellt.

Meine Praxis ist bei Ihnen über die Praxis-Inhaltsversicherung Nr. IV 6 204 115 versichert. Bitte teilen Sie mir mit, ob Sie einen Sachverständigen schicken und ob ich den Teppich schon entsorgen darf (Fotos sind gemacht).

Mit freundlichen Grüßen
Dr. med. Ulrike Brandhorst
Fachärztin für Innere Medizin
Lerchenfeld 8 · 22081 Hamburg
Tel. 040 0000 6610
"""
    return envelope(text(body), "Dr. Ulrike Brandhorst <praxis@brandhorst-innere.example>",
                    f"schaden-sach@{V}", "Wasserschaden Praxis – IV 6 204 115", "2026-01-19 08:51")


@mail("CONFIDENTIAL", "en", "therapist-to-insurer",
      "self-employed physiotherapist (natural person) changes the bank account for her professional liability premium – valid IBAN, policy number, no patient data")
def _():
    body = """Hello,

I'm a self-employed physiotherapist in Hamburg and have my professional liability insurance with you (policy BH 7 330 218, "Berufshaftpflicht Heilberufe"). I have moved my business account to a new bank. Could you please take the premium from this account from now on:

Account holder: Siobhan O'Reilly
IBAN: DE51 6062 4905 2551 3902 44
Bank: Stadtsparkasse (new account)

The old account at the Commerzbank will be closed at the end of May. Do you need a new SEPA mandate signed? If so, please send me the form, my German is okay but the bank forms are a nightmare :)

Thanks and best wishes,
Siobhan O'Reilly
Physiotherapie O'Reilly, Eppendorfer Weg 201, 20253 Hamburg
"""
    return envelope(text(body), "Siobhan O'Reilly <info@physio-oreilly.example>",
                    f"service@{V}", "New bank account – policy BH 7 330 218", "2026-04-28 12:30")


@mail("CONFIDENTIAL", "de", "pharmacy-to-insurer",
      "pharmacist (sole trader, e.K.) reports a burglary in her pharmacy under its contents policy; the narcotics safe is mentioned but no patient or health data – fact insured")
def _():
    body = """Sehr geehrte Damen und Herren,

in der Nacht von Samstag auf Sonntag (7./8. März) wurde in meine Apotheke eingebrochen. Die Täter haben die Glastür zum Hof eingeschlagen.

Entwendet wurden:
- Wechselgeld aus den beiden Kassen (ca. 640 EUR)
- ein Tablet aus dem Beratungsraum
- diverse Kosmetikprodukte aus der Freiwahl (Sonnenschutz, Pflegeserien; Liste folgt aus der Warenwirtschaft)

Der Betäubungsmittelschrank ist unversehrt, ebenso die Rezepturkasse. Die Polizei war vor Ort (Tagebuchnummer 0307/26/1144, Revier Harburg), die Anzeige liegt bei. Die Tür ist notverglast.

Versichert ist die Apotheke bei Ihnen über die Inhaltsversicherung Nr. GI-4471-02-88 (Versicherungsnehmerin: Antje Wendland e. K.). Bitte geben Sie mir Bescheid, welche Unterlagen Sie noch benötigen. Die Rechnung des Glasers reiche ich nach.

Mit freundlichen Grüßen
Antje Wendland
Apothekerin
Rathaus-Apotheke Harburg, Inh. Antje Wendland e. K.
"""
    return envelope(text(body), "Rathaus-Apotheke Harburg <info@rathaus-apotheke-harburg.example>",
                    f"schaden-sach@{V}", "Einbruch Apotheke – Vertrag GI-4471-02-88", "2026-03-09 07:58")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "customer changes the IBAN for household and liability premiums (valid IBAN, contract numbers) – bank data and fact insured, non-personal lines",
      bstyle=1)
def _():
    body = """Hallo,

bitte ab sofort für meine Hausrat (HR 3 551 209) und Haftpflicht (PH 3 551 210) folgende Kontoverbindung nehmen:

DE58 1240 3757 3022 6320 86
Kontoinhaberin: Melanie Grashoff

Das alte Konto bei der ING wird gekündigt.

Danke, Gruß
Melanie Grashoff
"""
    return envelope(text(body, cte="8bit", flowed=True), "Melanie Grashoff <m.grashoff@posteo.example>",
                    f"service@{V}", "neue Bankverbindung", "2026-02-11 20:22",
                    hdrs={"User-Agent": "Mozilla Thunderbird 128.5"})


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "expat asks to debit his car insurance from his UK account – IBAN (valid GB), motor policy number, registration plate")
def _():
    body = """Dear Sir/Madam,

I would like to change the account for my car insurance (policy KF 22 880 413, car HH-RB 4471).

Please debit the premium from now on from my UK account:
Name: Richard Blackwood
IBAN: GB14 NWBK 6016 1341 9268 19
BIC: NWBKGB2L

I know some German companies refuse foreign IBANs – I believe that's not allowed under SEPA, but please tell me if there is a problem.

Kind regards,
Richard Blackwood
"""
    return envelope(text(body), "Richard Blackwood <r.blackwood@btmail.example>",
                    f"service@{V}", "Car insurance KF 22 880 413 – bank details", "2026-05-12 09:18")


@mail("CONFIDENTIAL", "de", "relative-to-insurer",
      "son cancels his late mother's household insurance after her death, asks for a refund to his account – fact insured, IBAN; no cause of death or health data")
def _():
    body = """Sehr geehrte Damen und Herren,

meine Mutter, Frau Erika Wendt, ist am 2. Juli verstorben. Sie hatte bei Ihnen eine Hausratversicherung, Nummer HR 1 902 337. Die Wohnung in der Dorfstraße 14, 25421 Pinneberg, wird Ende August geräumt und an den Vermieter zurückgegeben.

Ich bitte daher darum, den Vertrag zum 31.08.2026 zu beenden. Eine Kopie der Sterbeurkunde und des Erbscheins schicke ich Ihnen mit der Post (ich bin Alleinerbe).

Bis zur Übergabe soll der Hausrat noch versichert bleiben, da noch Möbel in der Wohnung sind.

Sollten Beiträge zu viel bezahlt worden sein, überweisen Sie diese bitte auf mein Konto:
Jörg Wendt, IBAN DE80 4974 5181 2534 7740 15

Mit freundlichen Grüßen
Jörg Wendt
Rosenstraße 3, 22880 Wedel
"""
    return envelope(text(body), "Jörg Wendt <joerg.wendt@freenet-mail.example>",
                    f"service@{V}", "Kündigung Hausrat HR 1 902 337 wegen Todesfall", "2026-07-15 16:40")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor claim settlement for a parking dent, explicitly nobody hurt: claim number, plate, insured named – fact insured, non-personal line")
def _():
    body = f"""Hallo Herr Scheffler,

kurze Rückmeldung zu Ihrem Parkrempler vom 3. Februar auf dem Parkplatz am Elbe-Einkaufszentrum (Schaden-Nr. K 26-0203-119, Ihr Fahrzeug HH-MS 2207):

Die Gegenseite, Frau Albrecht, hat uns ihr Gutachten geschickt – 1.380 EUR für die hintere Stoßstange und den Parksensor. Da Sie uns den Hergang so bestätigt haben und zum Glück niemand verletzt wurde, regulieren wir das jetzt direkt mit ihr.

Für Sie bedeutet das: In der Kfz-Haftpflicht werden Sie zum 1. Januar von SF 9 auf SF 5 zurückgestuft. Wenn Sie den Schaden lieber selbst bezahlen möchten, um den Rabatt zu behalten, geht das innerhalb von 6 Monaten nach unserer Abrechnung – ich schicke Ihnen dann eine Vergleichsrechnung. Bei 1.380 EUR lohnt sich das ziemlich sicher.

{SIG['gruber']}
"""
    return envelope(text(body), f"Nadine Gruber <nadine.gruber@{V}>",
                    "Matthias Scheffler <m.scheffler@web.example>",
                    "Ihr Schaden K 26-0203-119 – Regulierung", "2026-02-23 14:11")


@mail("CONFIDENTIAL", "de", "lawyer-to-insurer",
      "lawyer asks the legal-expenses insurer for cover in an employment dispute (redundancy, no health reason); gross salary stated – income and fact insured")
def _():
    body = """Ihr Versicherungsnehmer: Herr Stefan Kuhnert
Rechtsschutzversicherung Nr. RS 44 710 893
Unser Zeichen: 0291/26

Sehr geehrte Damen und Herren,

wir vertreten Ihren Versicherungsnehmer in einer arbeitsrechtlichen Angelegenheit und bitten um Deckungszusage für die außergerichtliche und erstinstanzliche Tätigkeit.

Sachverhalt: Herr Kuhnert ist seit dem 01.04.2014 bei der Brinkhaus Verpackungstechnik GmbH als Vertriebsingenieur beschäftigt. Mit Schreiben vom 27.02.2026, zugegangen am 28.02.2026, kündigte die Arbeitgeberin das Arbeitsverhältnis ordentlich betriebsbedingt zum 30.06.2026 unter Hinweis auf die Schließung des Standorts Lübeck. Nach Auffassung unseres Mandanten ist die Sozialauswahl fehlerhaft; zwei jüngere Kollegen ohne Unterhaltspflichten werden weiterbeschäftigt.

Kündigungsschutzklage wird fristgerecht bis zum 20.03.2026 erhoben.

Gegenstandswert: drei Bruttomonatsgehälter à 5.450,00 EUR = 16.350,00 EUR.

Kündigungsschreiben und Arbeitsvertrag reichen wir per Post nach.

Mit freundlichen Grüßen
Pia Sternberg
Rechtsanwältin · Fachanwältin für Arbeitsrecht
Sternberg Arbeitsrecht · Breite Straße 6 · 23552 Lübeck
"""
    return envelope(text(body), "RAin Pia Sternberg <sternberg@sternberg-arbeitsrecht.example>",
                    f"rechtsschutz@{V}", "Deckungsanfrage Kuhnert / Brinkhaus – RS 44 710 893",
                    "2026-03-04 11:26")


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "expat sends payslip figures for a rent-deposit guarantee application: monthly net income, employer, birth date")
def _():
    body = """Hi,

for my application for the rent deposit guarantee (Mietkautionsbürgschaft, your reference MKB-26-01882) you asked for proof of income. Here are the figures from my last three payslips – I'll upload the PDFs in the portal tonight, the upload didn't work from my phone.

Employer: Lumen Pharma Analytics GmbH, Hamburg (permanent contract since Nov 2024, probation finished)
Gross salary: EUR 5,800 per month
Net pay: Jan EUR 3,512.40 / Feb EUR 3,512.40 / Mar EUR 3,498.77

Date of birth: 14 August 1992 (it's wrong in the form, it says 1993).

The landlord wants the guarantee by 15 April, is that realistic?

Thanks,
Aditi Rao
"""
    return envelope(text(body), "Aditi Rao <aditi.rao@proton.example>", f"kaution@{V}",
                    "MKB-26-01882 proof of income", "2026-04-02 22:48")


@mail("CONFIDENTIAL", "de", "broker-to-insurer",
      "broker asks for a family liability quote with names and birth dates of the family members – birth dates, no health data")
def _():
    body = """Hallo Herr Lorch,

ich hätte gern ein Angebot für eine Familien-Privathaftpflicht, Tarif Premium mit Forderungsausfall, Beginn 01.06.2026:

VN: Tobias Rehkopf, geb. 02.11.1985
Ehefrau: Sarah Rehkopf geb. Vogelsang, geb. 17.01.1987
Kinder: Ben (geb. 05.09.2015), Lotta (geb. 22.03.2019)
Anschrift: Kirchweg 4, 21217 Seevetal
Vorversicherung: Allgemeine Hanse, 2 Schäden in 5 Jahren (Brillenschaden 2022, Handy Bekannter 2024)

Zusatz: die Familie hat einen Hund (Labrador), der ist separat über Tierhalterhaftpflicht bei der Vorversicherung. Könnt ihr den auch gleich mit anbieten?

Danke & Grüße
Carsten Pfeiffer
Pfeiffer Versicherungsmakler e. K. · Harburger Ring 9 · 21073 Hamburg
"""
    return envelope(text(body), "Carsten Pfeiffer <pfeiffer@pfeiffer-makler.example>",
                    f"Stefan Lorch <stefan.lorch@{V}>", "Angebot PHV Familie Rehkopf",
                    "2026-05-06 10:19")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "pet health insurance settles the dog's cruciate ligament surgery; veterinary terms but animal health – fact the owner is insured, reimbursement to her account")
def _():
    body = f"""Liebe Frau Jacobsen,

wir hoffen, Balu geht es nach der Operation schon besser!

Die Rechnung der Tierklinik Norderstedt vom 12. Mai haben wir geprüft:

  Kreuzbandoperation (TPLO) hinten links, Narkose, Implantate    2.874,30 EUR
  Röntgen prä-/postoperativ                                       214,60 EUR
  Stationäre Unterbringung 2 Tage                                  96,00 EUR
  Schmerzmittel (Meloxicam) und Antibiotikum                       58,20 EUR
  ------------------------------------------------------------------------
  Rechnungsbetrag                                               3.243,10 EUR
  abzgl. Selbstbeteiligung 20 %                                  -648,62 EUR
  Erstattung                                                    2.594,48 EUR

Die Erstattung überweisen wir in den nächsten Tagen auf Ihr Konto bei der Haspa. Die Physiotherapie für Balu (Unterwasserlaufband) ist in Ihrem Tarif mit bis zu 300 EUR im Jahr ebenfalls versichert – reichen Sie die Belege einfach ein.

Gute Besserung an Balu!

{SIG['tiedemann']}
Tierkrankenversicherung TK 2 204 771 · Hund "Balu", Golden Retriever, Chip 276 0981 0000 4471
"""
    return envelope(text(body), f"Bernd Tiedemann <bernd.tiedemann@{V}>",
                    "Wiebke Jacobsen <wiebke.jacobsen@mailbox.example>",
                    "Erstattung Tierklinik – Balu", "2026-05-21 10:45")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "trip cancellation because the customer lost his job (redundancy) – travel cancellation policy number, booking, employer's letter; no health reason")
def _():
    body = """Sehr geehrte Damen und Herren,

leider muss ich unsere Reise nach Kreta (14.–28.07.2026, Buchungsnr. TUX-88124-06, Reisepreis 3.640 EUR für 2 Erwachsene und 1 Kind) stornieren.

Grund: Mein Arbeitgeber, die Hanseatische Druckerei Dreyer GmbH, hat mir am 30.04. betriebsbedingt gekündigt, weil der Betrieb Ende Juni schließt. Ich bin ab Juli arbeitslos und kann mir die Reise so nicht mehr leisten. Das Kündigungsschreiben kann ich Ihnen gerne schicken.

Ich habe eine Reiserücktrittsversicherung bei Ihnen mit dem Jahresvertrag RR 09 114 552, da ist "unerwartete Kündigung durch den Arbeitgeber" ja mit drin, soweit ich das gelesen habe.

Die Stornokosten laut Reiseveranstalter: 40 % = 1.456 EUR.

Mit freundlichen Grüßen
Andreas Klüver
"""
    return envelope(text(body, charset="windows-1252"), "Andreas Klüver <a.kluever@t-online.example>",
                    f"reise@{V}", "Storno Reise wegen Kündigung – RR 09 114 552", "2026-05-04 18:02")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "baggage claim settled for a named customer: suitcase lost on a flight, items and amount paid – fact insured, non-personal line")
def _():
    body = f"""Dear Ms Novak,

thank you for your patience. Your suitcase was unfortunately not found by the airline within the 21 days, so we have now settled your baggage claim (policy RG 55 019 337, claim GB-26-08-0412):

Items claimed: suitcase (Samsonite, 4 years old), clothing, shoes, toiletries, a hairdryer, a Kindle
Replacement value after deduction for age: EUR 1,146.00
Less airline compensation already received (Montreal Convention): EUR 600.00
Paid by us: EUR 546.00

The purchases you made at the airport on the day of arrival (EUR 212.40) were already reimbursed on 10 August.

The money is on its way to the account you gave us.

Kind regards,
Claims Travel
Versicherer AG
"""
    return envelope(text(body), f"Claims Travel <reise@{V}>",
                    "Katja Novak <katja.novak@seznam.example>",
                    "Your baggage claim GB-26-08-0412", "2026-08-28 11:15")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "confirmation of annual payment for a buildings policy with masked IBAN, policy number and insured address – fact insured, bank data (masked)")
def _():
    body = f"""Sehr geehrte Frau Ostendorf,
sehr geehrter Herr Ostendorf,

wie gewünscht haben wir die Zahlweise Ihrer Wohngebäudeversicherung WG 7 440 118 (Gebäude: Am Mühlenteich 17, 21465 Reinbek) ab dem 01.01.2027 auf jährlich umgestellt. Dadurch entfällt der Ratenzuschlag von 5 %.

Ihr neuer Jahresbeitrag: 1.184,60 EUR
Fälligkeit: 01.01.2027
Abbuchung von: IBAN DE** **** **** **** **21 08 (Kontoinhaber Heiko Ostendorf)

Den geänderten Versicherungsschein erhalten Sie per Post.

{SIG['sommer']}
"""
    return envelope(text(body), f"Patrick Sommer <patrick.sommer@{V}>",
                    "Heiko Ostendorf <heiko.ostendorf@gmx.example>",
                    "Ihre Wohngebäudeversicherung – jährliche Zahlweise", "2026-11-03 09:45")


@mail("CONFIDENTIAL", "de", "care-service-to-insurer",
      "home care service reports an accident with a company car driven by a named nurse on her round; explicitly nobody hurt, no client data – fleet claim with named driver")
def _():
    body = """Moin Frau Gruber,

Schadenmeldung für unsere Flotte (Vertrag KF-Flotte 88 20 114, Ambulanter Pflegedienst Lebensweg GmbH):

Fahrzeug: VW up!, HH-LW 1207
Fahrerin: Frau Dörte Hansen (Pflegefachkraft), Führerschein seit 2009
Datum/Uhrzeit: 11.02.2026, ca. 7:20 Uhr
Ort: Kreuzung Hebebrandstraße / Jahnring, Hamburg

Frau Hansen war auf ihrer Frühtour zwischen zwei Einsätzen. Ein Transporter (Kennzeichen SE-KM 884) hat beim Abbiegen die Vorfahrt genommen und unseren Wagen vorne links gestreift. Verletzt wurde niemand, die Polizei hat den Unfall aufgenommen. Der Fahrer des Transporters hat seine Schuld vor Ort eingeräumt.

Der up! ist fahrbereit, aber Kotflügel und Scheinwerfer sind kaputt. Wir brauchen das Auto dringend für die Touren – können wir direkt in die Werkstatt (Autohaus Pfeifer, Barmbek)?

Viele Grüße
Anja Ruschmeyer
Pflegedienstleitung
Ambulanter Pflegedienst Lebensweg GmbH
"""
    return envelope(text(body), "Anja Ruschmeyer <pdl@pflegedienst-lebensweg.example>",
                    f"kfz-schaden@{V}", "Unfall Flottenfahrzeug HH-LW 1207", "2026-02-11 12:03")

# ---------------------------------------------------------------- confidential, part B

@mail("CONFIDENTIAL", "de", "hospital-to-insurer",
      "hospital (company) reports under its liability policy that its car-park barrier damaged a visitor's car; visitor named with plate and IBAN – no patient or health data")
def _():
    body = """Sehr geehrte Damen und Herren,

wir melden einen Haftpflichtschaden aus unserer Betriebshaftpflichtversicherung (BHV 30 447 002, St. Annen-Klinikum Buxtehude gGmbH).

Am 18.03.2026 gegen 15:10 Uhr ist die Schranke an der Ausfahrt unseres Besucherparkhauses (Ebene 0) herabgefahren, obwohl das Fahrzeug einer Besucherin noch darunter stand. Ursache war nach Auskunft unseres Technikers eine verschmutzte Lichtschranke. Die Besucherin, Frau Melike Aydemir, Ahornweg 12, 21614 Buxtehude, war mit ihrem Pkw Opel Corsa, STD-MA 512, unterwegs. Dach und Windschutzscheibe sind beschädigt.

Frau Aydemir hat einen Kostenvoranschlag der Firma Autoglas Nord über 1.640,50 EUR vorgelegt und bittet um Zahlung auf ihr Konto
IBAN DE55 0507 3099 1475 1807 51.

Die Aufzeichnung der Videoüberwachung ist gesichert. Wir bitten um Regulierung direkt mit Frau Aydemir.

Mit freundlichen Grüßen
Hendrik Lüders
Technischer Dienst / Versicherungsangelegenheiten
St. Annen-Klinikum Buxtehude gGmbH
"""
    return envelope(text(body), "Hendrik Lüders <h.lueders@st-annen-klinikum.example>",
                    f"schaden-haftpflicht@{V}", "Schadenmeldung BHV 30 447 002 – Schranke Parkhaus",
                    "2026-03-19 10:22")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "customer says her birth date is wrong in the customer portal and gives the right one – birth date next to her name, no contract line named")
def _():
    body = """Guten Tag,

beim Login in Ihr Kundenportal ist mir aufgefallen, dass mein Geburtsdatum falsch hinterlegt ist. Dort steht 17.04.1968, richtig ist der 14.07.1968. Vermutlich ein Zahlendreher.

Bitte korrigieren Sie das, bevor es irgendwo Ärger gibt.

Freundliche Grüße
Annette Pospischil
Kundennummer 2 004 118 73
"""
    return envelope(text(body), "Annette Pospischil <a.pospischil@outlook.example>",
                    f"service@{V}", "Geburtsdatum falsch im Portal", "2026-01-14 17:09")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "apprentice applies for the youth liability tariff, states training allowance (income) and birth date")
def _():
    body = """hallo,

ich würde gern eine eigene haftpflicht abschließen, meine eltern sagen ich bin ab dem 25. geburtstag nicht mehr bei ihnen mit drin. Im Internet steht, es gibt bei euch einen Tarif für Azubis und Studenten der billiger ist.

Ich bin geboren am 09.12.2001, mache eine Ausbildung zum Elektroniker bei den Stadtwerken (3. Lehrjahr), Ausbildungsvergütung 1.180 Euro brutto. Brauchen Sie dafür einen Nachweis?

Wohne noch zuhause: Brunnenstraße 21, 24534 Neumünster.

Viele Grüße
Luca Brodersen
"""
    return envelope(text(body), "Luca Brodersen <luca.brodersen01@gmail.example>",
                    f"vertrieb@{V}", "Haftpflicht für Azubis", "2026-10-30 19:21")


@mail("CONFIDENTIAL", "en", "broker-to-insurer",
      "UK broker asks for the household policy documents of a client who lives in Berlin: name, address, policy number")
def _():
    body = """Dear colleagues,

we act as brokers for Mr and Mrs Dominic and Alice Whitfield, who have their household contents insurance with you (policy HR 8 772 014, address Choriner Straße 51, 10435 Berlin). Our letter of authority, signed by both, is attached to our portal upload of today.

Could you please send us:
- a copy of the current policy schedule and the T&Cs in force,
- the claims history for the last five years,
- confirmation of the current sum insured (we believe EUR 85,000).

The clients are reviewing their cover before an extension of their flat and would like us to compare options.

Many thanks,
Harriet Cole
Account Executive, Private Clients
Bramwell & Cole Insurance Brokers Ltd, London
"""
    return envelope(text(body), "Harriet Cole <h.cole@bramwellcole.example>",
                    f"makler@{V}", "Whitfield – household policy HR 8 772 014 – documents request",
                    "2026-06-17 13:37")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "individual premium adjustment of a named customer's buildings policy with index figures and policy number – fact insured, non-personal line",
      bstyle=2)
def _():
    body = f"""Sehr geehrter Herr Dahlmann,

zum 1. Januar 2027 passen wir die Versicherungssumme und den Beitrag Ihrer Wohngebäudeversicherung WG 3 118 902 an. Der Grund: Bauen ist erneut teurer geworden. Der Baupreisindex für Wohngebäude ist um 3,1 % gestiegen, der Tariflohnindex für das Baugewerbe um 4,4 %.

Für Ihr Haus (Lindenhof 3, 31515 Wunstorf) bedeutet das:

                          bisher         neu ab 01.01.2027
Gleitender Neuwertfaktor   23,41          24,17
Jahresbeitrag              942,18 EUR     973,06 EUR

Der Versicherungsschutz bleibt dabei vollständig erhalten – Ihr Haus ist weiterhin zum gleitenden Neuwert versichert, also zu dem Betrag, den der Wiederaufbau heute kosten würde.

Ein Kündigungsrecht besteht bei dieser Anpassung nicht, weil sich der Umfang des Schutzes nicht ändert. Fragen beantworte ich gern.

{SIG['tiedemann']}
"""
    return envelope(text(body), f"Bernd Tiedemann <bernd.tiedemann@{V}>",
                    "Volker Dahlmann <v.dahlmann@t-online.example>",
                    "Anpassung Ihrer Wohngebäudeversicherung zum 01.01.2027", "2026-11-20 08:30")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "glass breakage: cracked ceramic hob reported under the household glass cover, contract number and name")
def _():
    body = """Hallo zusammen,

unser Ceranfeld ist gestern gesprungen – mir ist beim Kochen der gusseiserne Topfdeckel drauf gefallen. Quer durch ein Kochfeld geht jetzt ein Riss, ich trau mich nicht mehr es anzumachen.

Wir haben Hausrat mit Glasversicherung bei Ihnen: 4 418 207 (auf meinen Mann Florian Bender).

Herd ist ein Bosch, ca. 6 Jahre alt. Fotos hab ich. Kann ich einfach einen Elektriker beauftragen oder müssen Sie vorher was freigeben?

Gruß
Svenja Bender
Tel. 0172 0000 4093
"""
    return envelope(text(body, cte="8bit"), "Svenja Bender <svenja.bender@web.example>",
                    f"schaden-sach@{V}", "Glasschaden Ceranfeld", "2026-09-03 07:40")


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "expat reports the theft of his e-bike: frame number, household policy number, police report number")
def _():
    body = """Hello,

my e-bike was stolen last night from the bike shed in our courtyard (Bremer Straße 58, 21073 Hamburg). The shed was locked, the bike was locked with an Abus Bordo folding lock to the rack. The lock is gone too.

Details:
- Riese & Müller Charger4 GT, bought March 2025 for EUR 5,299
- Frame number WRM 0441 7729 B
- Battery 625 Wh (was on the bike)

Police report filed online, reference 26/220871/HH-Harb.

I have household insurance with bicycle theft cover (HR 6 039 715, bikes covered up to EUR 6,000 I believe). What else do you need – the original invoice? I have it as a PDF from the shop.

Thanks,
Jonas Eriksen
"""
    return envelope(text(body), "Jonas Eriksen <jonas.eriksen@gmail.example>",
                    f"schaden-sach@{V}", "Stolen e-bike – HR 6 039 715", "2026-07-07 07:55")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "insurer sends an expat the electronic insurance confirmation number (eVB) for registering her car, with her name, address and car data")
def _():
    body = f"""Dear Ms Haddad,

here is your electronic insurance confirmation (eVB) for registering your car:

    eVB number:  K7X 4MP 2Q9
    Valid until: 14 October 2026
    Insured:     Ms Layla Haddad, Mühlenkamp 33, 22303 Hamburg
    Vehicle:     Toyota Yaris Hybrid, VIN VNKKL3D3X0A441207
    Cover:       third-party liability + comprehensive (Vollkasko, excess EUR 300), no-claims class SF 3

Just give the eVB number to the registration office (Landesbetrieb Verkehr) together with your passport, residence permit, the vehicle documents and a SEPA mandate for the vehicle tax. Your policy starts on the day of registration.

{SIG['aydin']}
"""
    return envelope(text(body), f"Elif Aydın <elif.aydin@{V}>",
                    "Layla Haddad <layla.haddad@hotmail.example>",
                    "Your eVB for the car registration", "2026-09-14 16:05")


@mail("CONFIDENTIAL", "de", "internal",
      "HR payroll corrects a named employee's salary after a pay-group change, gross figures – income of an identifiable person")
def _():
    body = f"""Hallo Frau Maaß,

bei Herrn Yannick Oltmanns (PNr. 41187, Kundenservice) ist die Höhergruppierung von Tarifgruppe 5 nach 6 zum 01.05. in der Mai-Abrechnung nicht berücksichtigt worden.

Bitte mit der Juni-Abrechnung korrigieren:
- Grundgehalt bisher 3.612,00 EUR, neu 3.941,00 EUR brutto
- Nachzahlung Mai: 329,00 EUR brutto
- VL und Fahrtkostenzuschuss unverändert

Den Änderungsbogen habe ich im Personalsystem abgelegt (Workflow 2026-0611).

{SIG['behrens']}
"""
    return envelope(text(body), f"Claudia Behrens <claudia.behrens@{V}>",
                    f"Doreen Maaß <doreen.maass@{V}>", "Korrektur Gehalt Oltmanns ab Juni",
                    "2026-06-04 11:40")


@mail("CONFIDENTIAL", "de", "internal",
      "HR forwards an applicant's CV for a claims-handler job in health insurance; the CV has her birth date and salary expectation, no health data",
      bstyle=3)
def _():
    body = f"""Hallo Jonas,

hier die Bewerbung, über die wir heute gesprochen haben – für die Stelle Sachbearbeitung Leistung Kranken (Krankenhaus/Direktabrechnung). Sie ist MFA mit 8 Jahren Praxis in einer chirurgischen Gemeinschaftspraxis, kennt GOÄ rauf und runter. Gehaltsvorstellung liegt etwas über unserem Band, aber verhandelbar.

Wenn du sie sehen willst, schlage ich den 24. oder 26. Juni vor.

{SIG['behrens']}
"""
    cv = docx([
        "# Lebenslauf",
        "Nadine Kröger",
        "geboren am 12.09.1990 in Stade",
        "Schwarzer Weg 18, 21680 Stade · nadine.kroeger@mailbox.example · 0160 0000 7731",
        "## Berufserfahrung",
        "seit 04/2018  Medizinische Fachangestellte, Chirurgische Gemeinschaftspraxis am Hafen, Stade – Privatabrechnung (GOÄ), Terminmanagement, Ausbildung von Azubis",
        "08/2013–03/2018  Medizinische Fachangestellte, Hausarztpraxis Dr. Meyerhoff, Horneburg",
        "## Ausbildung",
        "2010–2013  Ausbildung zur MFA, Abschluss mit 1,6",
        "## Weiterbildung",
        "2021  Fachwirtin im Gesundheits- und Sozialwesen (IHK)",
        "## Gehaltsvorstellung",
        "48.000 EUR brutto jährlich, frühestmöglicher Eintritt 01.10.2026",
    ], author="N. Kroeger")
    return envelope(mixed(text(body), attach_bytes(cv, DOCX, "Lebenslauf_Nadine_Kroeger.docx")),
                    f"Claudia Behrens <claudia.behrens@{V}>", f"Jonas Brandl <jonas.brandl@{V}>",
                    "Bewerbung Sachbearbeitung Leistung KH – N. Kröger", "2026-06-15 16:48")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "legal-expenses insurer confirms cover for a neighbour dispute about a hedge: policy number, names of the customer and neighbour")
def _():
    body = f"""Sehr geehrte Frau Hinrichsen,

vielen Dank für Ihre Schilderung. Für die Auseinandersetzung mit Ihrem Nachbarn, Herrn Ulrich Behncke (Grundstück Am Redder 9), wegen der Thujahecke an der gemeinsamen Grenze bestätigen wir Ihnen Rechtsschutz aus Ihrem Vertrag RS 61 002 478 im Baustein Grundstückseigentum und Miete.

Die Deckung umfasst zunächst:
- die außergerichtliche Tätigkeit eines Rechtsanwalts Ihrer Wahl,
- das in Schleswig-Holstein vorgeschriebene Schlichtungsverfahren vor der Schiedsperson.

Ihre Selbstbeteiligung beträgt 150 EUR. Sollte es zu einer Klage kommen, melden Sie sich bitte vorher noch einmal bei uns.

Unser Tipp: Viele Nachbarstreitigkeiten lassen sich mit einer Mediation beilegen; die Kosten übernehmen wir ohne Selbstbeteiligung.

{SIG['fassbender']}

Schaden-Nr. RS-26-0811-3307
"""
    return envelope(text(body), f"Holger Faßbender <holger.fassbender@{V}>",
                    "Ute Hinrichsen <ute.hinrichsen@gmx.example>",
                    "Deckungszusage – Ihre Anfrage wegen der Hecke", "2026-08-11 13:20")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "legal-expenses cover for a rent reduction dispute: tenant's name, flat address, rent and policy number – fact insured")
def _():
    body = f"""Guten Tag Herr Çelik,

für Ihre Mietminderung wegen des Schimmels im Schlafzimmer Ihrer Wohnung (Osterstraße 112, 20259 Hamburg) und die Auseinandersetzung mit Ihrer Vermieterin, der Nordwest Immobilien Verwaltungs GmbH, erteilen wir Deckungsschutz aus Ihrer Rechtsschutzversicherung RS 27 440 119 (Baustein Wohnungsmietrecht).

Versichert ist die Wahrnehmung Ihrer rechtlichen Interessen außergerichtlich und vor dem Amtsgericht. Streitwert nach Ihren Angaben: Minderung 20 % der Bruttomiete von 1.140 EUR für 9 Monate = 2.052 EUR.

Sie haben Rechtsanwalt Dr. Körner beauftragt; die Deckungszusage schicken wir ihm direkt.

{SIG['fassbender']}
"""
    htmlb = f"""<html><body style="font-family:Arial;font-size:10pt">
<p>Guten Tag Herr Çelik,</p>
<p>für Ihre Mietminderung wegen des Schimmels im Schlafzimmer Ihrer Wohnung (Osterstraße 112, 20259 Hamburg) und die Auseinandersetzung mit Ihrer Vermieterin, der Nordwest Immobilien Verwaltungs GmbH, erteilen wir Deckungsschutz aus Ihrer Rechtsschutzversicherung <b>RS 27 440 119</b> (Baustein Wohnungsmietrecht).</p>
<p>Versichert ist die Wahrnehmung Ihrer rechtlichen Interessen außergerichtlich und vor dem Amtsgericht. Streitwert nach Ihren Angaben: Minderung 20&nbsp;% der Bruttomiete von 1.140&nbsp;EUR für 9 Monate = 2.052&nbsp;EUR.</p>
<p>Sie haben Rechtsanwalt Dr. Körner beauftragt; die Deckungszusage schicken wir ihm direkt.</p>
<p>Mit freundlichen Grüßen<br><br>Holger Faßbender<br>Rechtsschutz-Schaden<br>Versicherer AG</p>
</body></html>"""
    return envelope(alt(text(body), html(htmlb)), f"Holger Faßbender <holger.fassbender@{V}>",
                    "Emre Çelik <emre.celik@web.example>", "Deckungszusage Mietrecht RS 27 440 119",
                    "2026-02-02 15:55")


@mail("CONFIDENTIAL", "en", "lawyer-to-insurer",
      "English solicitor claims against an insured German driver after a minor collision in Dover with no injuries: plates, policy, client name")
def _():
    body = """Dear Sirs,

Our client: Mr Peter Hollis
Your insured: Ms Franziska Lorenz, vehicle registration OH-FL 731 (German plates)
Date of accident: 2 August 2026, Dover Eastern Docks, lane 7

We are instructed by Mr Hollis in respect of a collision at the ferry check-in when your insured reversed into the front of our client's stationary Land Rover Discovery (registration KM19 XTP). Fortunately no one was injured.

Your insured accepted responsibility at the scene and gave our client her insurance details (green card, policy KF 71 330 082).

Our client's losses are:
- repair costs per the enclosed estimate: GBP 2,318.40
- hire of a replacement vehicle, 9 days: GBP 612.00
- loss of use / inconvenience: GBP 150.00

Please confirm within 21 days that you accept liability.

Yours faithfully,
Whitcombe Partners LLP
Motor Claims Department, Canterbury
Ref: PH/MC/26-1188
"""
    return envelope(text(body), "Motor Claims <motorclaims@whitcombe.example>",
                    f"kfz-schaden@{V}", "Hollis v Lorenz – your policy KF 71 330 082 – our ref PH/MC/26-1188",
                    "2026-08-19 12:01")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "elderly customer moves in with her daughter because the house became too big; asks to move the household insurance – addresses, contract number; no health reason given")
def _():
    body = """Sehr geehrte Damen und Herren,

ich ziehe zum 1. Oktober zu meiner Tochter nach Lüneburg. Das Haus in Bardowick ist mir seit dem Tod meines Mannes einfach zu groß geworden, und der Garten macht zu viel Arbeit. Ich bekomme bei meiner Tochter eine eigene kleine Wohnung im Erdgeschoss (ca. 55 qm) mit eigenem Eingang.

Meine Hausratversicherung (Nr. 08 112 447) soll bitte mit umziehen. Neue Anschrift: Reichenbachstraße 7, 21335 Lüneburg.

Da ich viel weniger Möbel mitnehme, kann die Versicherungssumme sicher heruntergesetzt werden? Bisher sind es 75.000 Euro.

Das Haus selbst wird verkauft, der Notartermin ist am 20. Oktober. Was passiert dann mit der Gebäudeversicherung?

Mit freundlichen Grüßen
Hannelore Timm
Im Winkel 2, 21357 Bardowick
Telefon 04131 0000 218
"""
    return envelope(text(body, charset="iso-8859-1"), "Hannelore Timm <h.timm@t-online.example>",
                    f"service@{V}", "Umzug Hausratversicherung", "2026-09-01 10:02")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "payment reminder for a named customer's motor premium with policy number and plate – fact insured, non-personal line")
def _():
    body = f"""Sehr geehrter Herr Rudnik,

für Ihre Kfz-Versicherung KF 40 117 558 (Fahrzeug PI-SR 88) ist der Jahresbeitrag 2026 in Höhe von 684,20 EUR noch offen. Die Abbuchung am 02.01.2026 ist fehlgeschlagen.

Bitte überweisen Sie den Betrag innerhalb von zwei Wochen. Wenn Sie nicht zahlen, sind wir nach § 37 VVG bei einem Schaden leistungsfrei und müssen der Zulassungsstelle melden, dass kein Versicherungsschutz besteht.

Unsere Bankverbindung steht auf der Beitragsrechnung; bitte geben Sie als Verwendungszweck Ihre Vertragsnummer an.

{SIG['treiber']}
"""
    return envelope(text(body), f"Beitragsinkasso <inkasso@{V}>",
                    "Sebastian Rudnik <s.rudnik@freenet-mail.example>",
                    "Zahlungserinnerung Kfz-Versicherung KF 40 117 558", "2026-01-20 06:55")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "mother reports that her 8-year-old broke the neighbour's window; child's name and birth date, liability policy number")
def _():
    body = """Hallo,

mein Sohn Jonas (geb. 03.05.2018) hat heute Nachmittag beim Fußballspielen im Garten den Ball durch das Küchenfenster unserer Nachbarn geschossen. Doppelverglasung, die äußere Scheibe ist kaputt. Nachbarn: Familie Grotjahn, Birkenallee 15.

Wir haben Familienhaftpflicht bei Ihnen, Nummer PH 5 880 214. Ich weiß, Kinder unter 7 sind oft nicht haftbar, aber Jonas ist ja schon 8, also zahlt das die Versicherung oder?

Die Nachbarn holen einen Kostenvoranschlag ein.

Grüße
Kristina Heitmann
Birkenallee 13, 25451 Quickborn
"""
    return envelope(text(body), "Kristina Heitmann <kristina.heitmann@gmx.example>",
                    f"schaden-haftpflicht@{V}", "Fenster Nachbar kaputt", "2026-05-27 18:22")


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "expat moving to the Netherlands asks for a no-claims certificate for his car insurance: policy, plate, no-claims class, new address")
def _():
    body = """Dear Versicherer,

I'm moving to Utrecht for work at the end of the month and will sell my car here. A Dutch insurer has asked me for a "no-claims certificate" (schadevrijheidsverklaring) in English.

Policy: KF 19 204 776
Car: Skoda Octavia, HH-TV 2019 (sold on 25 July)
Insured since: 1 March 2019, no claims at all, currently SF 7 as far as I know

Could you please cancel the policy from the date of sale and send me a confirmation of my claim-free years in English to my new address:

Tim van der Berg
Oudegracht 221-B
3511 NH Utrecht, Netherlands

Thank you!
Tim
"""
    return envelope(text(body), "Tim van der Berg <tim.vdberg@ziggo.example>",
                    f"service@{V}", "No-claims certificate in English + cancellation",
                    "2026-07-08 12:44")


@mail("CONFIDENTIAL", "de", "broker-to-insurer",
      "broker sends a portfolio transfer list (XLSX) of private customers with birth dates and property/motor contracts – no personal lines")
def _():
    body = """Sehr geehrter Herr Lorch,

wie angekündigt übernehmen wir zum 01.07.2026 den Bestand des Kollegen Heinz-Werner Mattfeldt (Ruhestand). In der Anlage die Liste der Verträge bei Ihnen, die auf uns als Betreuer umgeschlüsselt werden sollen. Maklervollmachten der Kunden liegen vor und gehen Ihnen per Post zu.

Die Liste enthält nur die Sachverträge, die auf uns umgeschlüsselt werden sollen.

Mit freundlichen Grüßen
Ivonne Behrmann
Behrmann & Söhne Versicherungsmakler GmbH
Vermittlerregister D-0000-ABCDE-12
"""
    rows = [["Kunde", "Geburtsdatum", "PLZ/Ort", "Sparte", "Vertragsnummer", "Jahresbeitrag EUR"],
            ["Reimers, Jürgen", "1959-02-14", "25335 Elmshorn", "Wohngebäude", "WG 2 114 009", 1112.40],
            ["Reimers, Jürgen", "1959-02-14", "25335 Elmshorn", "Hausrat", "HR 2 114 010", 188.50],
            ["Sauerbier, Petra", "1971-07-30", "25336 Klein Nordende", "Kfz", "KF 33 018 221", 742.18],
            ["Sauerbier, Petra", "1971-07-30", "25336 Klein Nordende", "Privathaftpflicht", "PH 3 018 222", 79.90],
            ["Tesch, Olaf", "1966-11-02", "25337 Kölln-Reisiek", "Rechtsschutz", "RS 18 440 071", 398.00],
            ["Dümmel, Christa", "1948-04-19", "25335 Elmshorn", "Hausrat", "HR 1 009 338", 142.00],
            ["Kubitzki, Marek", "1988-12-24", "25358 Horst", "Kfz", "KF 50 112 784", 1020.66]]
    x = xlsx([("Bestand Mattfeldt", rows)], author="I. Behrmann")
    return envelope(mixed(text(body), attach_bytes(x, XLSX, "Bestandsuebertragung_Mattfeldt_Sach.xlsx")),
                    "Ivonne Behrmann <behrmann@behrmann-soehne.example>",
                    f"Stefan Lorch <stefan.lorch@{V}>", "Bestandsübertragung Mattfeldt – Sachverträge",
                    "2026-06-10 09:34")


@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "insurer instructs a lawyer to pursue recourse against an upstairs tenant after water damage at the insured's flat; names, addresses, claim and amounts")
def _():
    body = f"""Sehr geehrter Herr Rechtsanwalt Feldkamp,

wir beauftragen Sie mit der Geltendmachung unseres Regressanspruchs in folgender Sache:

Unsere Versicherungsnehmerin: Frau Gisela Marquardt, Hausrat HR 5 204 887, Wohnung 1. OG links, Beethovenstraße 40, 22083 Hamburg
Schaden-Nr.: HR-25-11-2201
Anspruchsgegner: Herr Kevin Lorenzen, Wohnung 2. OG links, gleiche Anschrift

Am 14.11.2025 lief aus der Waschmaschine von Herrn Lorenzen Wasser aus, weil der Zulaufschlauch nicht fest angeschlossen war (Feststellung des Installateurs Fa. Brügmann). Wir haben unserer Versicherungsnehmerin für beschädigte Möbel, einen Teppich und Elektrogeräte 6.418,50 EUR gezahlt. Der Anspruch ist gemäß § 86 VVG auf uns übergegangen.

Herr Lorenzen ist nach eigenen Angaben nicht haftpflichtversichert und hat auf unser Schreiben vom 12.01.2026 nicht reagiert.

Die Schadenakte (Gutachten, Zahlungsnachweise, Fotos) erhalten Sie über unser Portal. Bitte stimmen Sie weitere Schritte über 2.000 EUR Kostenrisiko vorher mit uns ab.

{SIG['tiedemann']}
"""
    return envelope(text(body), f"Bernd Tiedemann <bernd.tiedemann@{V}>",
                    "RA Jan Feldkamp <feldkamp@kanzlei-feldkamp.example>",
                    "Regress HR-25-11-2201 Marquardt ./. Lorenzen", "2026-02-17 09:05")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "pet insurance reimburses a cat's dental extraction (vet terms); animal health, the owner's contract and payout – fact insured")
def _():
    body = f"""Dear Mr Okonkwo,

we've processed the invoice from Kleintierpraxis Dr. Sommerfeld for Mango's dental treatment on 3 November:

  Anaesthesia and monitoring                      EUR 186.40
  Dental X-rays                                   EUR 94.20
  Extraction of 3 teeth (FORL lesions)            EUR 241.80
  Pain relief (buprenorphine, meloxicam)          EUR 38.60
  Total                                           EUR 561.00
  Your plan (Cat Care Plus, 80 %)                 EUR 448.80

The payment is on its way to your account. We hope Mango is back to eating properly!

Policy: TK 2 881 047 – cat "Mango", British Shorthair, microchip 276 0981 0000 9912

{SIG['tiedemann']}
"""
    return envelope(text(body), f"Bernd Tiedemann <bernd.tiedemann@{V}>",
                    "Chidi Okonkwo <chidi.okonkwo@gmail.example>", "Mango's dental invoice",
                    "2026-11-12 14:30")


@mail("CONFIDENTIAL", "de", "craftsman-to-insurer",
      "plumber invoices the repair of a burst pipe at a named policyholder's house, with claim number and address")
def _():
    body = """Sehr geehrte Damen und Herren,

anbei unsere Rechnung zum Leitungswasserschaden bei Ihrem Versicherungsnehmer Herrn Frank Pohlmann, Moorweg 22, 21423 Winsen (Ihre Schaden-Nr. WG-26-01-0774). Der VN hat uns den Anspruch abgetreten, bitte direkt an uns überweisen.

Leistungen 23.–27.01.2026: Ortung der Leckage (Thermografie), Öffnen der Wand im Hauswirtschaftsraum, Austausch Kupferleitung 1,8 m, Druckprüfung, Verschließen der Wand.

Netto 1.486,00 EUR, MwSt. 282,34 EUR, gesamt 1.768,34 EUR.

Trocknung läuft noch über die Fa. Trockenbau Winsen, deren Rechnung kommt separat.

Mit freundlichen Grüßen
Sanitär Meyer GmbH
Heizung · Sanitär · Notdienst
Luhdorfer Str. 8, 21423 Winsen (Luhe)
"""
    rech = pdf("Rechnung 26-0118", [
        "Sanitär Meyer GmbH · Luhdorfer Str. 8 · 21423 Winsen (Luhe)",
        "Rechnungsempfänger: Versicherer AG, Schaden Sach (Abtretung VN Frank Pohlmann)",
        "Objekt: Moorweg 22, 21423 Winsen · Schaden-Nr. WG-26-01-0774",
        "Pos. 1  Leckageortung Thermografie pauschal       290,00 EUR",
        "Pos. 2  Wandöffnung/-verschluss 4 h x 62 EUR       248,00 EUR",
        "Pos. 3  Kupferrohr 22 mm, Fittings, Material       214,00 EUR",
        "Pos. 4  Monteur + Helfer 10 h                       734,00 EUR",
        "Netto 1.486,00 EUR · MwSt 19 % 282,34 EUR · Gesamt 1.768,34 EUR",
        "Bankverbindung: Sparkasse Harburg-Buxtehude (Firmenkonto)",
    ], author="Sanitaer Meyer")
    return envelope(mixed(text(body), attach_bytes(rech, PDF, "RE_26-0118_Pohlmann.pdf")),
                    "Sanitär Meyer <buero@sanitaer-meyer-winsen.example>",
                    f"schaden-sach@{V}", "Rechnung 26-0118 / Schaden WG-26-01-0774",
                    "2026-01-30 14:12")


@mail("CONFIDENTIAL", "de", "assessor-to-insurer",
      "motor assessor sends his report (PDF) for a hail-damaged car: owner name, VIN, plate, repair costs; invites to an inspection (ICS)")
def _():
    body = """Sehr geehrte Frau Gruber,

anbei das Gutachten zum Hagelschaden am Fahrzeug von Herrn Bülent Yılmaz (Teilkasko, Schaden-Nr. K 26-0622-415). Das Fahrzeug ist reparaturwürdig, Reparatur mit Ausbeultechnik (PDR) empfohlen.

Für die Nachbesichtigung nach der Reparatur habe ich einen Termin eingestellt, die Einladung hängt an.

Mit freundlichen Grüßen
Dipl.-Ing. (FH) Marcus Petersen
Kfz-Sachverständigenbüro Petersen · Rellingen
"""
    gut = pdf("Gutachten Nr. 26-1187 - Hagelschaden", [
        "Auftraggeber: Versicherer AG, Kfz-Schaden, Schaden-Nr. K 26-0622-415",
        "Halter/VN: Bülent Yılmaz, Tangstedter Landstraße 80, 22415 Hamburg",
        "Fahrzeug: BMW 320d Touring, EZ 04/2021, FIN WBA8J310X0A772418, amtl. Kz. HH-BY 2104",
        "Laufleistung: 71.480 km",
        "Besichtigung: 25.06.2026, Hamburg-Langenhorn",
        "# Schadenbeschreibung",
        "Hagelschlag vom 22.06.2026: ca. 140 Dellen Dach, Motorhaube, Heckklappe; Panoramadach unbeschädigt.",
        "# Kalkulation",
        "Ausbeulen ohne Lackieren (PDR) 3.960,00 EUR; Demontage Dachhimmel 420,00 EUR; Nebenkosten 180,00 EUR",
        "Reparaturkosten netto 4.560,00 EUR · Wertminderung: keine",
        "Wiederbeschaffungswert 27.500,00 EUR",
    ], author="SV Petersen")
    cal = ics("nb-26-1187@sv-petersen.example", "Nachbesichtigung BMW HH-BY 2104 (K 26-0622-415)",
              "2026-07-16 10:00", "2026-07-16 10:30", "Dellen-Doc Hamburg, Schnackenburgallee 160",
              "Nachbesichtigung nach PDR-Reparatur, Fahrzeug Yilmaz", organizer="petersen@sv-petersen.example")
    return envelope(mixed(text(body), attach_bytes(gut, PDF, "Gutachten_26-1187.pdf"),
                          attach_bytes(cal, "text/calendar", "Nachbesichtigung.ics")),
                    "SV Petersen <petersen@sv-petersen.example>",
                    f"Nadine Gruber <nadine.gruber@{V}>", "Gutachten 26-1187 / K 26-0622-415",
                    "2026-06-26 17:45")

# ---------------------------------------------------------------- confidential, part C

@mail("CONFIDENTIAL", "de", "hospital-to-insurer",
      "hospital HR asks for confirmation of the professional liability insurance of an employed physician (natural person) – her birth date and policy, no patient data")
def _():
    body = """Sehr geehrte Damen und Herren,

Frau Dr. med. Leonie Abendroth, geb. 28.01.1989, tritt zum 01.03.2026 als Oberärztin in unsere Klinik für Anästhesiologie ein. Sie hat angegeben, bei Ihnen eine eigene Berufshaftpflichtversicherung für Ärzte zu unterhalten (Vertrag BHÄ 2 771 403), die auch Notarzteinsätze und Gefälligkeitshandlungen außerhalb des Dienstes abdeckt.

Für unsere Personalakte benötigen wir eine kurze Bestätigung über das Bestehen des Vertrags, die Deckungssummen und die Laufzeit. Frau Dr. Abendroth ist mit der Auskunft an uns einverstanden (Erklärung anbei).

Mit freundlichen Grüßen
Ramona Tietjen
Personalabteilung – Ärztlicher Dienst
Klinikum Hansepark gGmbH
"""
    return envelope(text(body), "Ramona Tietjen <personal@klinikum-hansepark.example>",
                    f"service@{V}", "Bestätigung Berufshaftpflicht Dr. Abendroth", "2026-02-12 13:50")


@mail("CONFIDENTIAL", "en", "insurer-to-applicant",
      "underwriting asks an applicant for home insurance for his date of birth and previous claims, quoting his application data")
def _():
    body = f"""Dear Mr Fontaine,

thank you for applying online for our home contents insurance (application HR-A 26 118 407, flat at Kastanienallee 19, 10435 Berlin, 92 m², sum insured EUR 70,000).

Before we can issue the policy, we need two more details:

1. Your date of birth – the field was left empty in the online form (it determines whether our "50plus" discount applies).
2. Any claims under a previous household policy in the last five years: date, what happened and the amount paid. You ticked "yes" but gave no details.

You can simply reply to this e-mail.

Kind regards,
Home Insurance Underwriting
Versicherer AG
"""
    return envelope(text(body), f"Underwriting Sach <underwriting-sach@{V}>",
                    "Mathieu Fontaine <mathieu.fontaine@free.example>",
                    "Your application HR-A 26 118 407 – two questions", "2026-03-23 10:20")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "customer changes the account holder for her premiums; the IBAN she types has a typo (invalid check digits) – still bank data of a named person with contract number",
      bstyle=1)
def _():
    body = """Guten Tag,

mein Mann und ich haben jetzt ein gemeinsames Konto. Bitte buchen Sie die Beiträge für unsere Kfz-Versicherung (KF 28 117 604) und die Hausrat (HR 2 117 605) ab dem nächsten Monat von dort ab:

Kontoinhaber: Jana und Michael Rößler
IBAN: DE22 3436 7102 1778 2228 57
Bank: Volksbank Mittelhessen

Das alte Konto auf meinen Namen läuft noch bis Ende März.

Viele Grüße
Jana Rößler
"""
    return envelope(text(body), "Jana Rößler <jana.roessler@web.example>", f"service@{V}",
                    "Kontoänderung", "2026-02-26 21:05")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "insurer refunds an overpaid household premium to a named customer's IBAN (valid) with contract number")
def _():
    body = f"""Sehr geehrter Herr Kaya,

bei Ihrer Hausratversicherung HR 7 204 119 haben Sie im Januar den Jahresbeitrag doppelt überwiesen (einmal per Dauerauftrag, einmal durch unsere Lastschrift). Den zu viel gezahlten Betrag von 164,90 EUR überweisen wir Ihnen zurück auf das Konto

IBAN DE39 3193 4650 0382 1750 38
Kontoinhaber: Murat Kaya

Bitte löschen Sie den Dauerauftrag, damit das im nächsten Jahr nicht wieder passiert – die Lastschrift läuft ja automatisch.

{SIG['treiber']}
"""
    return envelope(text(body), f"Monika Treiber <monika.treiber@{V}>",
                    "Murat Kaya <murat.kaya@gmx.example>", "Rückzahlung doppelter Beitrag HR 7 204 119",
                    "2026-02-05 11:30")


@mail("CONFIDENTIAL", "de", "doctor-to-insurer",
      "a self-employed gynaecologist reports her ultrasound machine broken by a power surge under her electronics policy – medical device, no patient data")
def _():
    body = """Sehr geehrte Damen und Herren,

am Dienstagabend gab es bei uns im Gewerbehof einen Stromausfall mit anschließender Überspannung (Blitzeinschlag in der Nähe, laut Netzbetreiber). Seitdem startet unser Ultraschallgerät (GE Voluson E8, Baujahr 2019) nicht mehr, die Hauptplatine ist laut Servicetechniker defekt. Ein Reparaturangebot über 11.240,00 EUR netto liegt vor.

Das Gerät ist bei Ihnen über die Elektronikversicherung EL 9 300 712 versichert (Versicherungsnehmerin: Dr. med. Katharina Wiedemann, Frauenärztin).

Bis zur Reparatur haben wir ein Leihgerät vom Händler, 380 EUR pro Woche. Sind die Mietkosten mitversichert?

Über eine schnelle Freigabe der Reparatur wäre ich sehr dankbar, die Terminlage ist eng.

Mit freundlichen Grüßen
Katharina Wiedemann
Frauenarztpraxis Dr. Wiedemann
Gewerbehof Süd, Am Stadtrand 9, 23556 Lübeck
"""
    return envelope(text(body), "Dr. Katharina Wiedemann <praxis@frauenarzt-wiedemann.example>",
                    f"schaden-technik@{V}", "Schaden Ultraschallgerät – EL 9 300 712",
                    "2026-07-23 07:15")


@mail("CONFIDENTIAL", "en", "therapist-to-insurer",
      "self-employed speech therapist asks for a liability insurance certificate for a therapists' network, giving her date of birth and policy number – no patient data")
def _():
    body = """Hello,

I run a small speech and language therapy practice in Kiel and my professional indemnity insurance is with you (policy BH 7 902 214).

I'm joining a regional network of therapists (Therapienetz Kiel e.V.), and they need a certificate of insurance showing the cover amounts and that the policy is valid for 2026. The network also asks that the certificate shows my full name and date of birth, so:

Name: Eilidh MacPherson-Jensen
Date of birth: 30 November 1984
Practice: Logopädie MacPherson-Jensen, Holtenauer Straße 88, 24105 Kiel

English or German is fine. Thank you very much!

Best,
Eilidh
"""
    return envelope(text(body), "Eilidh MacPherson-Jensen <praxis@logo-macpherson.example>",
                    f"service@{V}", "Certificate of insurance BH 7 902 214", "2026-01-08 09:12")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "medical assistant lost the practice's master key; claim under her personal liability policy – employer is a doctor's office, but no health data")
def _():
    body = """Hallo,

mir ist etwas ziemlich Dummes passiert: Ich arbeite als MFA in einer Hausarztpraxis und habe am Freitag auf dem Heimweg meinen Schlüsselbund verloren, da war der Generalschlüssel für die Praxis mit dran (Schließanlage für Praxis + Hauseingang + Keller). Ich hab im Fundbüro nachgefragt, nichts.

Meine Chefin sagt, die Schließanlage muss jetzt komplett getauscht werden, der Vermieter hat schon einen Kostenvoranschlag geholt: 3.870 Euro.

Ich habe bei Ihnen eine Privathaftpflicht (PH 6 620 418), laut meinen Unterlagen sind "Schlüssel beruflich" bis 10.000 Euro mitversichert. Stimmt das? Und an wen zahlen Sie dann?

Meine Chefin heißt Dr. Bettina Rohwer, Praxis Rohwer, Holstenstraße 100, 22767 Hamburg.

Danke & Gruß
Lena Marquardt
"""
    return envelope(text(body), "Lena Marquardt <lena.marquardt@mailbox.example>",
                    f"schaden-haftpflicht@{V}", "Schlüsselverlust Arbeit - PH 6 620 418",
                    "2026-11-09 17:31")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "insurer confirms a storm damage claim and schedules an assessor visit (ICS): customer name, address, claim number")
def _():
    body = f"""Sehr geehrte Frau Petersen-Lund,

vielen Dank für Ihre Schadenmeldung zum Sturm "Xenia" vom 9. Februar. Für Ihr Haus (Deichstraße 4, 25761 Büsum, Wohngebäude WG 6 118 430) haben wir die Schaden-Nr. WG-26-02-1980 vergeben.

Da mehrere Dachziegel fehlen und die Dachrinne abgerissen ist, schicken wir einen Sachverständigen vorbei: Herr Olaf Struve kommt am Donnerstag, 19. Februar, zwischen 10 und 11 Uhr. Der Termin hängt als Kalendereintrag an. Bitte halten Sie die Rechnung des Dachdeckers für die Notabdeckung bereit – die Kosten übernehmen wir.

{SIG['tiedemann']}
"""
    cal = ics("wg-26-02-1980@versicherer.example", "Besichtigung Sturmschaden WG-26-02-1980",
              "2026-02-19 10:00", "2026-02-19 11:00", "Deichstraße 4, 25761 Büsum",
              "Sachverständiger Olaf Struve, Besichtigung Dach", organizer=f"schaden-sach@{V}")
    return envelope(mixed(text(body), attach_bytes(cal, "text/calendar", "Besichtigung.ics")),
                    f"Bernd Tiedemann <bernd.tiedemann@{V}>",
                    "Inken Petersen-Lund <inken.pl@t-online.example>",
                    "Ihr Sturmschaden WG-26-02-1980 – Besichtigungstermin", "2026-02-13 12:18")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "confirmation that a named customer's motor policy ends on the day the car was sold, with refund amount – fact insured")
def _():
    body = f"""Dear Mr Sandoval,

thank you for letting us know that you sold your car (VW Golf, HH-JS 4410) on 30 June 2026. Your motor policy KF 60 224 117 therefore ended on that day.

You had paid the premium for the whole year. We will refund the unused part for 1 July to 31 December, EUR 318.42, to the account from which we collected the premium.

Your no-claims class (SF 4) stays on record for seven years, so if you buy a car again you can continue with it.

{SIG['aydin']}
"""
    return envelope(text(body), f"Elif Aydın <elif.aydin@{V}>",
                    "Javier Sandoval <javier.sandoval@gmail.example>",
                    "Your car insurance KF 60 224 117 – end of policy", "2026-07-06 10:51")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "application confirmation for household insurance with the customer's birth date, address and sum insured",
      bstyle=2)
def _():
    body = f"""Guten Tag Frau Wiechmann,

herzlich willkommen bei der Versicherer! Ihr Antrag auf eine Hausratversicherung ist bei uns eingegangen. Bitte prüfen Sie Ihre Angaben:

  Name:               Franziska Wiechmann
  Geburtsdatum:       21.06.1995
  Anschrift:          Hofweg 66, 22085 Hamburg
  Wohnfläche:         61 m²
  Versicherungssumme: 40.260 EUR (660 EUR/m², Unterversicherungsverzicht)
  Fahrraddiebstahl:   ja, bis 2.000 EUR
  Beginn:             01.04.2026
  Jahresbeitrag:      118,40 EUR

Stimmt etwas nicht? Dann antworten Sie einfach auf diese E-Mail. Ihren Versicherungsschein (Nr. HR 9 014 277) erhalten Sie in den nächsten Tagen in Ihrem Kundenportal.

{SIG['sommer']}
"""
    return envelope(text(body), f"Kundenservice <service@{V}>",
                    "Franziska Wiechmann <f.wiechmann@posteo.example>",
                    "Ihr Antrag Hausrat – bitte Angaben prüfen", "2026-03-25 08:02")


@mail("CONFIDENTIAL", "de", "internal",
      "collections team sends a CSV of returned direct debits (motor, household, liability) with names and IBANs to the service team")
def _():
    body = f"""Hallo zusammen,

anbei die Rücklastschriften aus dem Lauf vom 2. März (nur Sach/Kfz, die Personensparten laufen über das Inkasso Kranken/Leben). Bitte die Kunden anschreiben bzw. anrufen, wo eine Telefonnummer im System ist. Bei "Konto erloschen" bitte neue Bankverbindung erfragen.

Danke!
{SIG['treiber']}
"""
    rows = [["Vertrag", "Sparte", "Kunde", "IBAN", "Betrag", "Rückgabegrund"],
            ["KF 22 018 447", "Kfz", "Stoltenberg, Maik", "DE03873832528071840449", "64,10", "MD06 Widerspruch"],
            ["HR 4 118 902", "Hausrat", "Adamczyk, Ewa", "DE19164858325311243792", "15,80", "AC04 Konto erloschen"],
            ["PH 2 901 337", "Haftpflicht", "Behrens-Wulf, Tanja", "DE58945175411451589441", "7,25", "AM04 Deckung"],
            ["KF 51 330 118", "Kfz", "Hoffmann, Dennis", "DE13278533387538982334", "92,44", "AM04 Deckung"],
            ["WG 3 402 771", "Wohngebäude", "Quandt, Reinhard", "DE56123900369918529760", "104,30", "MS03 sonstige"]]
    c = csv_bytes(rows, encoding="windows-1252")
    return envelope(mixed(text(body), attach_bytes(c, "application/vnd.ms-excel", "Ruecklastschriften_2026-03-02.csv")),
                    f"Monika Treiber <monika.treiber@{V}>", f"kundenservice-team@{V}",
                    "Rücklastschriften Lauf 02.03. – Sach/Kfz", "2026-03-03 08:40")


@mail("CONFIDENTIAL", "en", "bank-to-insurer",
      "Irish bank notifies that a direct debit of a named expat for his car insurance was returned; IBAN and mandate reference")
def _():
    body = """Notification of returned SEPA Direct Debit

Creditor: Versicherer AG, Creditor ID DE00ZZZ00000000000
Debtor name: CONNOLLY SEAN P
Debtor IBAN: IE84AIBK93115260715678
Mandate reference: KF-40772219-01
End-to-end ID: KF40772219/2026-09
Amount: EUR 71.35
Collection date: 01/09/2026
Return reason: AC06 – Account blocked

This is an automatically generated message from AIB Business Banking – Creditor Services. Please do not reply to this address.
"""
    return envelope(text(body), "AIB Creditor Services <sdd-returns@aib-business.example>",
                    f"inkasso@{V}", "SDD return notification – KF-40772219-01", "2026-09-03 04:12",
                    hdrs={"Auto-Submitted": "auto-generated"})


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "after the divorce the customer asks to remove his ex-wife from the family liability and household contracts – names, contract numbers, new address of the ex-wife")
def _():
    body = """Sehr geehrte Damen und Herren,

meine Ehe mit Frau Daniela Krüger ist seit dem 10.03.2026 rechtskräftig geschieden. Meine Ex-Frau ist bereits im letzten Jahr ausgezogen (neue Anschrift: Parkallee 3, 23879 Mölln).

Bitte stellen Sie meine Privathaftpflicht PH 4 009 215 vom Familien- auf den Single-Tarif um, die Kinder leben bei ihrer Mutter. Die Hausrat HR 4 009 216 bleibt bei mir, die Wohnung auch.

Meine Ex-Frau kümmert sich selbst um eine eigene Versicherung.

Mit freundlichen Grüßen
Rainer Krüger
Am Schulsee 11, 23879 Mölln
"""
    return envelope(text(body), "Rainer Krüger <rainer.krueger@t-online.example>",
                    f"service@{V}", "Änderung nach Scheidung", "2026-03-27 20:18")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "insurer sends the landlord's requested confirmation that the customer has liability insurance (PDF with name, address, policy) – fact insured")
def _():
    body = f"""Hallo Frau Rasmussen,

wie gewünscht hier die Versicherungsbestätigung für Ihre neue Vermieterin. Sie können das PDF einfach weiterleiten.

{SIG['aydin']}
"""
    best = pdf("Versicherungsbestätigung", [
        "Versicherer AG · Kontorhausweg 7 · 20095 Hamburg",
        "",
        "Hiermit bestätigen wir, dass",
        "Frau Sophie Rasmussen, Kirchenallee 22, 20099 Hamburg,",
        "bei uns eine Privathaftpflichtversicherung unterhält:",
        "Vertragsnummer: PH 8 220 514",
        "Versicherungsbeginn: 01.09.2023, Vertrag ungekündigt",
        "Deckungssumme: 20.000.000 EUR pauschal für Personen-, Sach- und Vermögensschäden",
        "Mitversichert: Mietsachschäden an Wohnräumen bis 1.000.000 EUR",
        "Der Beitrag ist bezahlt.",
        "Hamburg, 04.05.2026 – Versicherer AG, Kundenservice",
    ])
    return envelope(mixed(text(body), attach_bytes(best, PDF, "Versicherungsbestaetigung_PH8220514.pdf")),
                    f"Elif Aydın <elif.aydin@{V}>", "Sophie Rasmussen <sophie.rasmussen@gmx.example>",
                    "Ihre Versicherungsbestätigung für die Vermieterin", "2026-05-04 15:02")


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "expat returning to Canada cancels household and liability insurance, gives forwarding address and account for refunds")
def _():
    body = """Hi,

after six great years in Hamburg my family and I are moving back to Toronto on 28 August. I'd like to cancel:

- household insurance HR 5 550 918
- personal liability PH 5 550 919

both as of 31 August 2026. Our flat (Isestraße 14) will be handed over to the landlord on 29 August.

Please send any letters to our new address:
Megan & Daniel Whitaker
58 Glengrove Ave W, Toronto ON M4R 1N5, Canada

Any refund can go to our German account, which we'll keep open for a while (same as for the debits).

Thanks for everything!
Megan Whitaker
"""
    return envelope(text(body), "Megan Whitaker <megan.whitaker@rogers.example>",
                    f"service@{V}", "Cancellation – moving back to Canada", "2026-07-27 13:13")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "legal-expenses insurer covers a speeding-fine defence (administrative offence, no criminal matter): name, date, measured speed, policy")
def _():
    body = f"""Sehr geehrter Herr Wegener,

für Ihr Bußgeldverfahren wegen der Geschwindigkeitsüberschreitung am 18.04.2026 auf der A 7 bei Quickborn (gemessen 152 km/h bei erlaubten 100 km/h, Bußgeldbescheid des Kreises Pinneberg über 480 EUR, 2 Punkte, 1 Monat Fahrverbot) besteht Versicherungsschutz aus Ihrer Verkehrsrechtsschutzversicherung VRS 33 012 447.

Wir übernehmen die Kosten Ihres Verteidigers, der Akteneinsicht und eines etwaigen Sachverständigengutachtens zur Messung. Bußgeld und Punkte selbst sind naturgemäß nicht versichert.

Ihr Anwalt, Herr Tjarks, erhält eine Kopie dieser Zusage.

{SIG['fassbender']}
"""
    return envelope(text(body), f"Holger Faßbender <holger.fassbender@{V}>",
                    "Jens Wegener <jens.wegener@web.example>",
                    "Kostenzusage Bußgeldverfahren – VRS 33 012 447", "2026-06-01 11:09",
                    cc="RA Tjarks <tjarks@verkehrsrecht-tjarks.example>")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "father wants his 18-year-old son added as a driver to the motor policy, with birth date and licence date")
def _():
    body = """Moin,

unser Sohn hat jetzt seinen Führerschein (bestanden am 14.08.2026, vorher begleitetes Fahren ab 17). Bitte tragen Sie ihn als Fahrer in unsere Kfz-Versicherung KF 19 440 281 ein:

Finn Lüttjohann, geb. 02.06.2008

Was kostet das ungefähr mehr im Jahr? Er fährt nur am Wochenende, sonst hat er das Rad.

Danke
Dirk Lüttjohann
"""
    return envelope(text(body), "Dirk Lüttjohann <dirk.luettjohann@gmx.example>",
                    f"service@{V}", "Fahrer hinzufügen", "2026-08-17 07:28")


@mail("CONFIDENTIAL", "en", "applicant-to-insurer",
      "self-employed psychotherapist answers cyber-insurance application questions (number of digital files, backup) – she is a natural person applicant with turnover; no patient data")
def _():
    body = """Dear Underwriting team,

here are my answers to the additional questions for the cyber policy (quote CY-26-0412):

1. Legal form: sole practitioner (I'm a psychological psychotherapist, practice registered in my own name, Dr. Miriam Castellano-Beck)
2. Annual turnover 2025: approx. EUR 142,000
3. Number of client records stored digitally: about 340 (practice software "PsyDoc", hosted by the vendor in Germany, encrypted)
4. Backups: daily, automated, to the vendor's second data centre; weekly offline copy on an encrypted external drive kept in a safe
5. Multi-factor authentication: yes, for the practice software and e-mail
6. Staff: one part-time receptionist, no admin rights
7. Previous incidents: none (one phishing e-mail in 2024, not clicked)

If anything else is needed, please let me know. I'd like the policy to start on 1 June.

Kind regards,
Miriam Castellano-Beck
"""
    return envelope(text(body), "Dr. Miriam Castellano-Beck <praxis@castellano-beck.example>",
                    f"underwriting-firmen@{V}", "Cyber quote CY-26-0412 – answers", "2026-05-18 18:40")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "reminder for an unpaid dog-owner liability premium: customer name, policy number, amount – fact insured")
def _():
    body = f"""Sehr geehrte Frau Lemke,

der Beitrag für Ihre Hundehalter-Haftpflichtversicherung TH 1 227 904 (Hund "Kalle", Mischling) über 89,90 EUR für das Versicherungsjahr ab 01.03.2026 ist noch nicht bei uns eingegangen.

Bitte überweisen Sie den Betrag bis zum 10.04.2026. Als Hundehalterin in Niedersachsen sind Sie zur Haftpflichtversicherung verpflichtet; ohne Zahlung müssten wir den Schutz nach § 38 VVG beenden und dies der Gemeinde mitteilen.

{SIG['treiber']}
"""
    return envelope(text(body), f"Beitragsinkasso <inkasso@{V}>",
                    "Carola Lemke <carola.lemke@freenet-mail.example>",
                    "Zahlungserinnerung Hundehalter-Haftpflicht TH 1 227 904", "2026-03-20 06:40")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "customer reports her name change after marriage with maiden name, for motor and household contracts")
def _():
    body = """Sehr geehrte Damen und Herren,

ich habe im Mai geheiratet und heiße jetzt Schwarzkopf (geb. Ahrens). Bitte ändern Sie den Namen in meinen Verträgen:

- Kfz KF 44 209 118 (Fahrzeug OD-AA 120)
- Hausrat HR 4 209 119

Vorname bleibt Alina. Die Anschrift ändert sich nicht. Eine Kopie der Heiratsurkunde kann ich Ihnen schicken, falls nötig.

Viele Grüße
Alina Schwarzkopf
"""
    return envelope(text(body), "Alina Schwarzkopf <alina.ahrens@web.example>",
                    f"service@{V}", "Namensänderung nach Heirat", "2026-06-22 12:47")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "reply to an expat: his birth date in the motor policy has been corrected, old and new date quoted – birth date, fact insured",
      bstyle=0)
def _():
    body = f"""Dear Mr Nakamura-Schulz,

thank you for pointing this out. We have corrected your date of birth in your car insurance KF 31 880 229 from 07/11/1979 to 11 July 1979 – it had been entered in the US format by mistake when you took out the policy.

This has no effect on your premium. An updated policy schedule is available in your customer portal.

{SIG['aydin']}

> -----Original Message-----
> From: Ken Nakamura-Schulz
> Sent: Monday, 9 March 2026 21:14
> To: service@versicherer.example
> Subject: wrong date of birth
>
> Hi, my policy schedule says I was born on 7 November 1979. I was born on
> 11 July 1979. Please fix. Policy KF 31 880 229.
> Thanks, Ken
"""
    return envelope(text(body), f"Elif Aydın <elif.aydin@{V}>",
                    "Ken Nakamura-Schulz <ken.ns@gmail.example>", "RE: wrong date of birth",
                    "2026-03-10 09:36")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "private house builder applies for builder's liability: name, birth date, plot address, construction sum")
def _():
    body = """Hallo,

wir bauen ab Mai ein Einfamilienhaus und brauchen eine Bauherrenhaftpflicht. Unser Architekt sagt, das muss vor dem ersten Spatenstich stehen.

Bauherren: Kai Hennings (geb. 30.10.1987) und Marie Hennings (geb. 04.04.1989)
Grundstück: Neubaugebiet Vogelsang, Flurstück 118/7, Am Fuchsbau 12, 21614 Buxtehude
Bausumme: ca. 420.000 EUR
Bauweise: Massivhaus, schlüsselfertig über Bauträger Nordhaus GmbH, Eigenleistung nur Malerarbeiten
Baubeginn: 04.05.2026, geplante Fertigstellung Frühjahr 2027

Bitte schicken Sie uns ein Angebot, gern auch für die Bauleistungsversicherung.

Gruß
Kai Hennings
"""
    return envelope(text(body), "Kai Hennings <kai.hennings@posteo.example>",
                    f"vertrieb@{V}", "Anfrage Bauherrenhaftpflicht", "2026-03-14 10:55")


@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "commission statement for a sole-trader broker (natural person): his IBAN and tax number, commission amounts – income and bank data",
      bstyle=3)
def _():
    body = f"""Dear Mr Haverkamp,

please find attached your commission statement for Q2 2026 (ODS, as your software prefers). The total of EUR 4,812.66 will be paid on 15 July to

   Account holder: Gerrit Haverkamp
   IBAN: DE88 1468 2089 3109 0219 79
   Tax number: 21/118/04472 (small-business rule § 19 UStG not applied)

Please check the cancellations in line 9 – the customer terminated within the first year, so part of the commission is clawed back.

{SIG['lorch']}
"""
    rows = [["No.", "Policy", "Line", "Type", "Premium basis EUR", "Rate", "Commission EUR"],
            [1, "HR 9 014 277", "Household", "new business", 118.40, "20 %", 23.68],
            [2, "KF 60 118 302", "Motor", "new business", 812.00, "8 %", 64.96],
            [3, "WG 7 440 512", "Buildings", "new business", 1422.00, "20 %", 284.40],
            [4, "RS 18 990 112", "Legal expenses", "new business", 396.00, "25 %", 99.00],
            [5, "PH 9 210 047", "Liability", "new business", 79.90, "25 %", 19.98],
            [6, "various", "all non-life", "renewal commission", 38240.00, "10 %", 3824.00],
            [7, "GI 7 004 118", "Commercial contents", "new business", 1660.00, "25 %", 415.00],
            [8, "KF 60 220 019", "Motor", "new business", 640.00, "8 %", 51.20],
            [9, "HR 9 010 884", "Household", "cancellation year 1", -168.00, "20 %", -33.60],
            [10, "BH 7 930 004", "Prof. liability", "new business", 256.16, "25 %", 64.04],
            ["", "", "", "", "", "Total", 4812.66]]
    o = ods([("Q2-2026", rows)])
    return envelope(mixed(text(body), attach_bytes(o, ODS, "commission_Q2-2026_Haverkamp.ods")),
                    f"Stefan Lorch <stefan.lorch@{V}>", "Gerrit Haverkamp <g.haverkamp@haverkamp-versicherungen.example>",
                    "Commission statement Q2 2026", "2026-07-03 15:30")

# ---------------------------------------------------------------- normal, part A (mostly traps)

@mail("NORMAL", "de", "newsletter",
      "trap: customer newsletter on flu vaccination and what the health tariffs pay for vaccinations in general – no person, no contract",
      bstyle=0)
def _():
    plain = """Liebe Kundin, lieber Kunde,

die Grippesaison steht vor der Tür. Die Ständige Impfkommission empfiehlt die jährliche Grippeschutzimpfung allen ab 60 Jahren, Schwangeren, chronisch Kranken sowie Beschäftigten in Pflege und Medizin. Der beste Zeitpunkt ist Oktober bis Mitte Dezember.

Was zahlt Ihre Versicherung?
- In allen Krankenvollversicherungstarifen: Schutzimpfungen nach STIKO-Empfehlung zu 100 %, ohne Selbstbehalt.
- In den Ambulant-Zusatztarifen: bis zu 150 Euro im Jahr für Impfungen, auch für Reiseimpfungen.

So einfach geht's: Impfung beim Hausarzt oder in vielen Apotheken, Rechnung fotografieren und in der App einreichen.

Bleiben Sie gesund!
Ihr Team der Versicherer

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: https://www.versicherer.example/newsletter/abmelden
"""
    htmlb = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Grippeschutz</title></head>
<body style="margin:0;background:#f3f5f7;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#00507d;color:#fff;padding:20px;font-size:22px">Versicherer Gesundheitsbrief · Oktober 2026</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:1.5">
<p>Liebe Kundin, lieber Kunde,</p>
<p>die Grippesaison steht vor der Tür. Die Ständige Impfkommission empfiehlt die jährliche <b>Grippeschutzimpfung</b> allen ab 60 Jahren, Schwangeren, chronisch Kranken sowie Beschäftigten in Pflege und Medizin. Der beste Zeitpunkt ist Oktober bis Mitte Dezember.</p>
<h3 style="color:#00507d">Was zahlt Ihre Versicherung?</h3>
<ul><li>In allen Krankenvollversicherungstarifen: Schutzimpfungen nach STIKO-Empfehlung zu 100&nbsp;%, ohne Selbstbehalt.</li>
<li>In den Ambulant-Zusatztarifen: bis zu 150&nbsp;Euro im Jahr für Impfungen, auch für Reiseimpfungen.</li></ul>
<p><b>So einfach geht's:</b> Impfung beim Hausarzt oder in vielen Apotheken, Rechnung fotografieren und in der App einreichen.</p>
<p>Bleiben Sie gesund!<br>Ihr Team der Versicherer</p></td></tr>
<tr><td style="padding:14px 20px;font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href="https://www.versicherer.example/newsletter/abmelden">Abmelden</a></td></tr>
</table></body></html>"""
    return envelope(alt(text(plain), html(htmlb)), f"Versicherer Gesundheitsbrief <newsletter@{V}>",
                    "Newsletter-Empfänger <undisclosed-recipients:;>", "Grippeschutz: Jetzt ist die richtige Zeit",
                    "2026-10-06 07:30",
                    hdrs={"List-Unsubscribe": "<https://www.versicherer.example/newsletter/abmelden>",
                          "Precedence": "bulk"})


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: product information for brokers on the new disability (BU) tariff generation, simplified health questions, no customer")
def _():
    body = f"""Liebe Partnerinnen und Partner,

ab dem 1. Juli bieten wir die neue Generation unserer Berufsunfähigkeitsversicherung an: BU Aktiv 2026. Die wichtigsten Neuerungen im Überblick – Details in der angehängten Produktinformation:

- Vereinfachte Gesundheitsfragen für Azubis, Studierende und Berufseinsteiger bis 30 Jahre: nur noch 5 Fragen, Abfragezeitraum 3 Jahre ambulant / 5 Jahre stationär.
- Psychische Erkrankungen: Abfrage nur noch nach Behandlungen durch Psychiater oder Psychotherapeuten, nicht mehr nach hausärztlicher Beratung.
- Nachversicherungsgarantie ohne erneute Gesundheitsprüfung bei Heirat, Geburt, Gehaltssprung über 10 % und Immobilienerwerb.
- AU-Klausel: 6 Monate Leistung bei ärztlich bescheinigter Arbeitsunfähigkeit, bis zu 24 Monate insgesamt.
- Neue Berufsgruppeneinstufung für Pflegeberufe und Handwerk.

Schulungstermine (online, je 60 Minuten) folgen in der nächsten Maklerpost.

{SIG['lorch']}
"""
    pi = pdf("Produktinformation BU Aktiv 2026 (für Vermittler)", [
        "# Zielgruppen",
        "Angestellte, Selbständige, Beamtenanwärter, Azubis und Studierende ab 15 Jahren.",
        "# Gesundheitsprüfung",
        "Standardfragen: 10 Fragen, Abfragezeitraum 5 Jahre ambulant / 10 Jahre stationär.",
        "Vereinfachte Fragen bis Eintrittsalter 30: 5 Fragen, 3/5 Jahre. Keine Abfrage von Größe und Gewicht bis BU-Rente 1.500 EUR.",
        "Risikovoranfrage anonymisiert über das Maklerportal, Antwort in der Regel in 48 Stunden.",
        "# Leistungsmerkmale",
        "Verzicht auf abstrakte Verweisung; Leistung ab 50 % BU; rückwirkende Leistung bis 3 Jahre bei verspäteter Meldung;",
        "AU-Klausel 6/24 Monate; Pflegerente optional; Dynamik 3 % oder 5 %.",
        "# Vergütung",
        "Abschlussprovision 40 Promille der Beitragssumme, max. 35 Jahre; Bestandsprovision 2 %.",
        "Stand: Juni 2026. Diese Information ersetzt nicht die Versicherungsbedingungen.",
    ])
    return envelope(mixed(text(body), attach_bytes(pi, PDF, "PI_BU_Aktiv_2026.pdf")),
                    f"Maklerbetreuung <maklerbetreuung@{V}>", f"maklerpost-verteiler@{V}",
                    "Neu ab 01.07.: BU Aktiv 2026", "2026-06-09 09:00")


@mail("NORMAL", "de", "internal",
      "trap: communications draft explaining the general 2027 health premium increase (rising hospital costs, trigger factor) – no individual customer")
def _():
    body = f"""Hallo Ingo,

anbei mein Entwurf für die Fragen & Antworten zur Beitragsanpassung KV 2027 für die Website und das Servicecenter. Kannst du die Zahlen bitte fachlich prüfen, bevor es an den Treuhänder und die Rechtsabteilung geht?

---

Warum steigen die Beiträge 2027?
Die Leistungsausgaben in der Krankenversicherung sind deutlich stärker gestiegen als kalkuliert – vor allem für Krankenhausbehandlungen (+9,4 %), Arzneimittel (+7,1 %) und Heilmittel wie Physiotherapie (+11,8 %). Wenn die tatsächlichen Ausgaben die kalkulierten um mehr als 10 % übersteigen (der sogenannte auslösende Faktor), müssen wir die Beiträge nach dem Gesetz überprüfen.

Betrifft das alle Tarife?
Nein. In rund 60 % der Tarife bleiben die Beiträge stabil. Wo angepasst wird, liegt die Erhöhung im Schnitt bei 8,7 %.

Kann ich etwas tun?
Ja: Ein Tarifwechsel nach § 204 VVG, ein höherer Selbstbehalt oder der Verzicht auf einzelne Leistungen können den Beitrag senken. Unser Servicecenter berät Sie.

Wird meine Gesundheit dabei neu geprüft?
Nur, wenn Sie in einen Tarif mit höheren Leistungen wechseln – und dann nur für die Mehrleistung.

---

Danke & Gruß
{SIG['hartwig']}
"""
    return envelope(text(body), f"Julia Hartwig <julia.hartwig@{V}>",
                    f"Ingo Platzek <ingo.platzek@{V}>", "Entwurf Q&A Beitragsanpassung KV 2027",
                    "2026-09-15 14:27")


@mail("NORMAL", "de", "internal",
      "trap: training invitation for claims staff on GOÄ billing (factors, analogue billing, typical errors) with an ICS – no patient")
def _():
    body = f"""Liebe Kolleginnen und Kollegen der Leistung Kranken,

die GOÄ bleibt uns ja noch eine Weile erhalten. Deshalb bieten wir im März eine Auffrischung an:

"GOÄ in der Praxis – Steigerungsfaktoren, Analogabrechnung, typische Fehler"
Referent: Dr. med. Martin Seelig (externer Abrechnungsexperte)
Dienstag, 17. März 2026, 9:00–12:30 Uhr, Raum 4.12 und per Teams

Inhalte:
- Wann ist ein Faktor über 2,3 begründet – und welche Begründungen reichen nicht ("erhöhter Zeitaufwand")?
- Analogbewertungen nach § 6 Abs. 2 GOÄ: Beispiele aus der Orthopädie und der Schmerztherapie
- Zielleistungsprinzip: Was ist bei Operationen eigenständig abrechenbar?
- Laborleistungen (Abschnitt M) und die häufigsten Doppelabrechnungen
- Aktuelles zur GOÄneu

Bitte bringt gern anonymisierte Beispielrechnungen mit (Namen und Geburtsdaten schwärzen!).

Anmeldung über die Akademie-Seite im Intranet, max. 24 Plätze.

{SIG['koehler']}
"""
    cal = ics("goae-2026-03-17@akademie.versicherer.example", "Schulung: GOÄ in der Praxis",
              "2026-03-17 09:00", "2026-03-17 12:30", "Raum 4.12 / Microsoft Teams",
              "Referent Dr. med. Martin Seelig. Bitte nur anonymisierte Beispielrechnungen mitbringen.",
              organizer=f"akademie@{V}")
    return envelope(mixed(text(body), attach_bytes(cal, "text/calendar", "GOAE-Schulung.ics")),
                    f"Versicherer Akademie <akademie@{V}>", f"leistung-kranken-alle@{V}",
                    "Einladung: GOÄ-Auffrischung am 17.03.", "2026-02-16 10:05")


@mail("NORMAL", "de", "internal",
      "trap: IT ticket – the scanner in the claims mail room is broken and 'Arztrechnungen' pile up; log file attached, no patient data",
      bstyle=1)
def _():
    body = """Ticket INC0418812 – Priorität 2 (hoch)

Kurzbeschreibung: Hochleistungsscanner Posteingangsstraße Leistung Kranken (SCN-HH-04) bricht bei Stapeln > 50 Blatt ab

Beschreibung (erfasst von: Poststelle, Team 2):
Seit dem Update heute Nacht bricht der Scanner nach ca. 50 Blatt mit "Feeder jam / Error 0x4C" ab, obwohl kein Papierstau vorliegt. Es stauen sich inzwischen ca. 3.000 Belege (überwiegend Arztrechnungen, Rezepte, Krankenhausrechnungen). Ausweichgerät SCN-HH-02 ist nur für 20 Blatt/Min ausgelegt. Wenn das bis morgen nicht läuft, reißen wir die 5-Tage-Frist für die Erstattung.

Log aus der Scan-Software hängt an.

Bitte Rückruf an Durchwahl 1410.
"""
    log = """2026-04-21 02:14:07 INFO  Firmware update 4.2.1 -> 4.3.0 applied (SCN-HH-04)
2026-04-21 06:58:12 INFO  Batch KR-20260421-001 started, profile "Leistung_KV_Farbe_300dpi"
2026-04-21 06:58:49 INFO  Sheets fed: 50
2026-04-21 06:58:50 ERROR Feeder jam detected (0x4C) - sensor PF2 high
2026-04-21 06:59:31 WARN  Operator cleared jam, no paper found in path
2026-04-21 07:02:03 INFO  Batch KR-20260421-002 started
2026-04-21 07:02:40 INFO  Sheets fed: 51
2026-04-21 07:02:40 ERROR Feeder jam detected (0x4C) - sensor PF2 high
2026-04-21 07:05:17 INFO  Profile switched to "Leistung_KV_SW_200dpi"
2026-04-21 07:05:55 ERROR Feeder jam detected (0x4C) - sensor PF2 high
"""
    return envelope(mixed(text(body), attach_text(log, "scanlog_SCN-HH-04_20260421.log", charset="us-ascii")),
                    f"IT-Servicedesk <servicedesk@{V}>", f"it-arbeitsplatz-2nd-level@{V}",
                    "[INC0418812] Scanner Posteingang Leistung Kranken bricht ab", "2026-04-21 07:31")


@mail("NORMAL", "de", "internal",
      "trap: quarterly health-claims statistics by ICD chapter and benefit type (XLSX), aggregated, small cells suppressed – no person")
def _():
    body = f"""Hallo zusammen,

anbei die Leistungsstatistik KV für das 1. Quartal 2026. Wie vereinbart sind Zellen mit weniger als 10 Fällen unterdrückt ("<10").

Auffällig:
- Kapitel F (psychische Störungen) weiter deutlich über Vorjahr, +14 % Leistungsausgaben.
- Kapitel M (Muskel-Skelett) stabil, aber die Heilmittelkosten je Fall steigen.
- Onkologie (Kapitel C): zwei Großschäden über 250 TEUR im Quartal, daher der Sprung.

Bitte nicht außerhalb des Verteilers weitergeben.

Viele Grüße
{SIG['platzek']}
"""
    rows = [["ICD-Kapitel", "Bezeichnung", "Fälle Q1/2026", "Leistung TEUR", "Veränderung Vj."],
            ["A-B", "Infektionen", 4120, 1210, "-3 %"],
            ["C-D", "Neubildungen", 1882, 9840, "+11 %"],
            ["E", "Stoffwechsel", 3315, 2190, "+6 %"],
            ["F", "Psychische Störungen", 2740, 5120, "+14 %"],
            ["I", "Kreislaufsystem", 3904, 6480, "+4 %"],
            ["J", "Atmungssystem", 6110, 1940, "-8 %"],
            ["K", "Verdauungssystem", 2988, 3760, "+2 %"],
            ["M", "Muskel-Skelett-System", 7212, 8930, "+1 %"],
            ["O", "Schwangerschaft", 612, 2210, "+5 %"],
            ["U", "Sonderzwecke", "<10", "<10", "-"],
            ["", "Summe", 32983, 41680, "+5 %"]]
    x = xlsx([("Q1-2026", rows)], author="Aktuariat Kranken")
    return envelope(mixed(text(body), attach_bytes(x, XLSX, "Leistungsstatistik_KV_Q1_2026.xlsx")),
                    f"Ingo Platzek <ingo.platzek@{V}>", f"leitungskreis-kranken@{V}",
                    "Leistungsstatistik KV Q1/2026", "2026-04-29 16:10")


@mail("NORMAL", "de", "insurer-to-jobboard",
      "trap: job advertisement for nurses / medical assistants as claims examiners – health words, no applicant")
def _():
    htmlb = """<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<h2 style="color:#00507d">Vom Krankenbett an den Schreibtisch? Wir suchen Verstärkung!</h2>
<p><b>Sachbearbeiter/in Leistungsprüfung Krankenversicherung (m/w/d)</b><br>Hamburg · Vollzeit oder Teilzeit ab 25 Std. · unbefristet</p>
<p>Sie sind <b>Medizinische Fachangestellte, Pflegefachkraft, Physiotherapeut/in oder Zahnmedizinische Fachangestellte</b> und möchten Ihr Wissen einmal anders einsetzen? Bei uns prüfen Sie Arzt-, Zahnarzt- und Krankenhausrechnungen, beurteilen Heil- und Kostenpläne und beraten unsere Kundinnen und Kunden am Telefon.</p>
<h3>Das bringen Sie mit</h3>
<ul><li>abgeschlossene Ausbildung in einem medizinischen Beruf</li><li>Kenntnisse der GOÄ oder GOZ sind ein Plus</li><li>Freude an Zahlen und am Kontakt mit Menschen</li></ul>
<h3>Das bieten wir</h3>
<ul><li>geregelte Arbeitszeiten – keine Schicht- und Wochenenddienste</li><li>38-Stunden-Woche, 30 Tage Urlaub, Homeoffice bis 60 %</li><li>6 Monate Einarbeitung mit Patin oder Pate</li><li>betriebliche Krankenversicherung und Jobrad</li></ul>
<p>Jetzt bewerben: <a href="https://karriere.versicherer.example/stelle/2026-LK-07">karriere.versicherer.example</a> · Kennziffer 2026-LK-07</p>
</body></html>"""
    return envelope(html(htmlb), f"Versicherer Karriere <karriere@{V}>", f"stellenmarkt@jobs-nord.example",
                    "Stellenanzeige 2026-LK-07 zur Veröffentlichung", "2026-02-03 11:00")


@mail("NORMAL", "en", "internal",
      "trap: invitation to the employee health day on back health (screenings offered on site) for international staff – no individual health data")
def _():
    body = f"""Dear colleagues,

on Thursday, 23 April, our Health Day takes place in the atrium – this year's topic: "Strong back, clear head".

What's on:
- 09:00–15:00 Back check with the physiotherapists of Bewegungsraum Altona (10-minute slots, results only for you)
- 10:00 and 13:00 Talk: "Sitting is the new smoking? What really helps at the desk" (in German, slides in English)
- 11:30 Short yoga session for beginners (bring comfortable clothes)
- all day: blood pressure and blood sugar measurement by our company medical service – anonymous, nothing is recorded
- Ergonomics corner: how to set up your chair and screen

Sign up for the back check slots in the intranet booking tool. Health Day counts as working time.

Stay well,
Corporate Health Management
Versicherer AG
"""
    return envelope(text(body, charset="us-ascii", cte="7bit") if all(ord(c) < 128 for c in body) else text(body),
                    f"Corporate Health <gesundheitsmanagement@{V}>", f"all-staff-hamburg@{V}",
                    "Health Day on 23 April – Strong back, clear head", "2026-04-08 08:45")


@mail("NORMAL", "en", "hospital-to-insurer",
      "trap: a private hospital group announces its new company bank account for all invoices – company IBAN, no patient")
def _():
    body = """Dear Sir or Madam,

please note that with effect from 1 July 2026 all payments to Hanse Clinics Group GmbH and its hospitals (Hanse Klinik Alster, Hanse Klinik Elbe, Hanse Reha Timmendorf) must be made to our new company account:

Account holder: Hanse Clinics Group GmbH
Bank: Commerzbank Hamburg
IBAN: DE62 4241 6346 0735 4221 08
BIC: COBADEFFXXX

Payments to the old account will be forwarded until 31 December 2026. Please update your master data. This change is also confirmed by letter signed by our CFO; if you receive any e-mail asking you to pay to a different account, please call us first (+49 40 0000 9900) – fraud attempts are unfortunately frequent.

Kind regards,
Accounts Receivable
Hanse Clinics Group GmbH
"""
    return envelope(text(body), "Accounts Receivable <ar@hanse-clinics.example>",
                    f"kreditoren@{V}", "Change of bank details – Hanse Clinics Group", "2026-06-02 10:00")


@mail("NORMAL", "de", "rehab-to-insurer",
      "trap: rehab clinic's marketing offer of a new orthopaedic rehab concept and a cooperation – health words, no patient")
def _():
    body = """Sehr geehrte Damen und Herren,

die Fachklinik Seeblick in Bad Malente hat ihr Konzept für die orthopädische Anschlussheilbehandlung überarbeitet. Nach Knie- und Hüft-Endoprothesen bieten wir jetzt ein "Reha-Plus"-Programm an:

- 21 Tage stationär, danach 6 Wochen digitale Nachsorge per App mit wöchentlichem Video-Termin
- Aufnahme bereits ab dem 5. postoperativen Tag
- Einzelzimmer-Standard für Privatversicherte, Begleitperson möglich
- Rückkehr an den Arbeitsplatz im Schnitt 11 Tage früher als in unserer Vergleichsgruppe (interne Auswertung 2025, n = 412)

Gern würden wir Ihnen das Konzept in einem 30-minütigen Termin vorstellen und über eine Kooperationsvereinbarung mit Tagessatz-Pauschale sprechen.

Mit freundlichen Grüßen
Hauke Schlichting
Leitung Belegungsmanagement & Kostenträger
Fachklinik Seeblick GmbH · Seestraße 40 · 23714 Bad Malente
"""
    return envelope(text(body), "Hauke Schlichting <h.schlichting@fachklinik-seeblick.example>",
                    f"einkauf-leistung@{V}", "Reha-Plus nach Endoprothetik – Kooperationsangebot",
                    "2026-05-11 11:35")


@mail("NORMAL", "en", "reinsurer-to-insurer",
      "trap: reinsurer invites to a webinar on new mortality and disability tables and long-COVID claims trends – no person")
def _():
    plain = """Dear clients and friends,

You are invited to our webinar

  "DAV 2026 tables, long COVID and the future of disability claims"
  Tuesday, 12 May 2026, 14:00–15:30 CEST

Our speakers:
- Dr. Ines Hollmann, Chief Medical Officer Life & Health, on post-viral syndromes and ME/CFS in disability claims
- Jakob Varga, Head of Biometric Research, on the new mortality tables and what they mean for pricing
- A panel with two primary insurers on claims management for mental health conditions

Registration: https://events.nordic-re.example/webinar-0512

Kind regards,
Nordic Re – Client Events
"""
    htmlb = """<html><body style="font-family:Georgia,serif;font-size:14px">
<p>Dear clients and friends,</p><p>You are invited to our webinar</p>
<p style="font-size:18px;color:#1b3a57"><b>"DAV 2026 tables, long COVID and the future of disability claims"</b><br>Tuesday, 12 May 2026, 14:00–15:30 CEST</p>
<ul><li>Dr. Ines Hollmann, Chief Medical Officer Life &amp; Health, on post-viral syndromes and ME/CFS in disability claims</li>
<li>Jakob Varga, Head of Biometric Research, on the new mortality tables and what they mean for pricing</li>
<li>A panel with two primary insurers on claims management for mental health conditions</li></ul>
<p><a href="https://events.nordic-re.example/webinar-0512">Register here</a></p>
<p>Kind regards,<br>Nordic Re – Client Events</p></body></html>"""
    return envelope(alt(text(plain), html(htmlb)), "Nordic Re Events <events@nordic-re.example>",
                    f"sven.ostrowski@{V}", "Invitation: DAV 2026 tables, long COVID and disability claims",
                    "2026-04-14 09:00")


@mail("NORMAL", "de", "internal",
      "trap: template of a rejection letter with «placeholders» for name, diagnosis and tariff (DOCX) – no real person")
def _():
    body = f"""Hallo Team,

anbei die überarbeitete Textvorlage "Ablehnung – fehlende medizinische Notwendigkeit" für das Korrespondenzsystem. Die Rechtsabteilung hat die Formulierung zum Widerspruchsrecht und zum Ombudsmann angepasst. Bitte ab 1. Juni nur noch diese Version verwenden (Textbaustein LK-ABL-07 v3).

Die Platzhalter in «» werden vom System befüllt.

{SIG['hofstetter']}
"""
    d = docx([
        "# Textbaustein LK-ABL-07 v3 – Ablehnung mangels medizinischer Notwendigkeit",
        "«Anrede» «Titel» «Nachname»,",
        "vielen Dank für Ihre Rechnung vom «Rechnungsdatum» über «Betrag» EUR für «Leistungsbeschreibung».",
        "Wir haben die Unterlagen durch unseren Beratungsarzt prüfen lassen. Nach den vorliegenden Befunden zur Diagnose «Diagnose_Text» («ICD») ist die Behandlung «Behandlung» medizinisch nicht notwendig im Sinne von § 1 Abs. 2 der Musterbedingungen (MB/KK), weil «Begründung_Beratungsarzt».",
        "Deshalb können wir aus Ihrem Tarif «Tarif» keine Leistung erbringen.",
        "Sind Sie mit unserer Entscheidung nicht einverstanden? Dann schicken Sie uns gern weitere ärztliche Unterlagen. Sie können sich auch an den Ombudsmann Private Kranken- und Pflegeversicherung wenden.",
        "Mit freundlichen Grüßen «Sachbearbeiter» «Abteilung»",
    ], author="Leistung Kranken")
    return envelope(mixed(text(body), attach_bytes(d, DOCX, "LK-ABL-07_v3.docx")),
                    f"Miriam Hofstetter <miriam.hofstetter@{V}>", f"leistung-kranken-alle@{V}",
                    "Neue Textvorlage LK-ABL-07 v3", "2026-05-26 12:00")


@mail("NORMAL", "de", "internal",
      "trap: data-protection quiz 'Was sind Gesundheitsdaten?' with fictitious examples (Max Mustermann) – no real person",
      bstyle=2)
def _():
    body = f"""Liebe Kolleginnen und Kollegen,

zum Europäischen Datenschutztag ein kleines Quiz. Welche der folgenden Angaben sind Gesundheitsdaten im Sinne von Art. 9 DSGVO? (Auflösung nächste Woche im Intranet.)

1. "Max Mustermann (fiktiv) trägt eine Brille mit -3,5 Dioptrien."
2. "Erika Musterfrau (fiktiv) hat 2025 zwölf Physiotherapie-Rechnungen eingereicht."
3. "Der Kunde Muster-123 ist seit 2019 Nichtraucher."
4. "Unsere Abteilung hatte im März eine Krankenquote von 6,2 %."
5. "Frau Beispiel (fiktiv) hat einen Schwerbehindertenausweis, GdB 50."
6. "Der Tarif ZahnPlus 60 erstattet 60 % für Implantate."

Kleiner Tipp: Es kommt nicht darauf an, ob ein medizinisches Fachwort vorkommt, sondern ob sich aus der Angabe etwas über die Gesundheit einer bestimmten Person ableiten lässt.

Und bitte: Im echten Leben gehören solche Angaben nie in eine unverschlüsselte E-Mail nach draußen.

{SIG['sandmann']}
"""
    return envelope(text(body), f"Datenschutz <datenschutz@{V}>", f"alle-mitarbeitenden@{V}",
                    "Datenschutz-Quiz: Was sind Gesundheitsdaten?", "2026-01-28 08:00")


@mail("NORMAL", "en", "supplier-to-insurer",
      "trap: software vendor's release notes for the claims system: OCR for medical invoices now reads GOÄ codes and ICD-10 fields – no patient")
def _():
    body = """Hello Versicherer team,

Release 8.4 of ClaimFlow Health is available on your test environment from today. Production rollout is planned for 9 June (maintenance window 20:00–23:00).

Highlights:
- OCR for medical invoices: GOÄ/GOZ position numbers, factors and amounts are now extracted with 97.8 % field accuracy (benchmark on 20,000 anonymised invoices).
- New field "ICD-10-GM" on the invoice line; multiple codes per invoice supported, including the suffixes G, V, Z, A.
- Hospital invoices: DRG and OPS codes recognised; automatic check against the base rate of the federal state.
- Pharmacy receipts: PZN recognition, link to the price database.
- Dental: HKP comparison – planned vs. billed positions side by side.
- Fixed: rounding issue when the factor has three decimals (ticket CF-11872).

The full release notes and the data protection impact notes are in the customer portal.

Best regards,
Product Management
ClaimFlow Software GmbH, Leipzig
"""
    return envelope(text(body), "ClaimFlow Product Management <releases@claimflow.example>",
                    f"it-leistungssysteme@{V}", "ClaimFlow Health 8.4 – release notes", "2026-05-19 15:02")


@mail("NORMAL", "de", "newsletter",
      "trap: customer information on the e-prescription for privately insured people – prescriptions and pharmacies in general, no person")
def _():
    body = """Das E-Rezept für Privatversicherte: So funktioniert es

Liebe Kundinnen und Kunden,

immer mehr Arztpraxen stellen Rezepte elektronisch aus – auch für Privatversicherte. Was heißt das für Sie?

1. Sie brauchen die App Ihrer Versicherung mit einer "GesundheitsID". Die richten Sie einmalig mit Ihrem Personalausweis ein.
2. Ihr Arzt stellt das Rezept aus, es landet direkt in der App.
3. In der Apotheke zeigen Sie den Rezeptcode vor oder lösen das Rezept in der App bei einer Versandapotheke ein.
4. Die Quittung der Apotheke kommt ebenfalls digital in die App – Sie können sie mit zwei Klicks zur Erstattung einreichen.

Kein Smartphone? Kein Problem: Ihre Praxis kann Ihnen das Rezept weiterhin auf Papier ausdrucken.

Fragen beantwortet unser Service unter 040 8890-0.

Ihre Versicherer
"""
    return envelope(text(body), f"Versicherer Kundeninfo <kundeninfo@{V}>", f"kundeninfo-verteiler@{V}",
                    "Neu: Das E-Rezept für Privatversicherte", "2026-03-02 07:00",
                    hdrs={"Precedence": "bulk"})


@mail("NORMAL", "de", "internal",
      "trap: a named colleague is absent today without any reason given; organisational note only")
def _():
    body = """Hallo zusammen,

Kollegin Weber fällt heute aus. Ihre Termine übernimmt Herr Yilmaz, die Rückrufe von gestern bitte über das Teampostfach.

Danke & schönen Tag
Jonas
"""
    return envelope(text(body), f"Jonas Brandl <jonas.brandl@{V}>", f"team-krankenhaus@{V}",
                    "heute", "2026-01-12 07:48")


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for first-aid kits, defibrillator pads and maintenance of the AEDs in the insurer's buildings – no person")
def _():
    body = f"""Sehr geehrter Herr Kranich,

wir bestellen hiermit gemäß Ihrem Angebot A-26-0331 vom 12.03.2026:

Pos. 1  20 x Betriebsverbandkasten DIN 13157, gefüllt           à 38,90 EUR
Pos. 2  12 x Nachfüllset DIN 13157                              à 21,40 EUR
Pos. 3   6 x Elektroden-Set AED (Erwachsene)                    à 64,00 EUR
Pos. 4   2 x Elektroden-Set AED (Kinder)                        à 71,50 EUR
Pos. 5   6 x Wartung/Sicherheitstechnische Kontrolle AED        à 89,00 EUR
Pos. 6   1 x Augenspülstation für das Labor im Kellergeschoss     112,00 EUR

Lieferung bitte an: Versicherer AG, Warenannahme, Kontorhausweg 7, 20095 Hamburg, Tor 2.
Die Wartung der Defibrillatoren bitte mit Herrn Kamps (Facility, Durchwahl 1190) abstimmen.

Bestellnummer: BE-2026-01184 – bitte auf der Rechnung angeben.

{SIG['wolff']}
"""
    return envelope(text(body), f"Tanja Wolff <tanja.wolff@{V}>",
                    "Medizintechnik Kranich <vertrieb@kranich-medizintechnik.example>",
                    "Bestellung BE-2026-01184 – Erste Hilfe / AED", "2026-03-16 13:21")


@mail("NORMAL", "en", "insurer-to-press",
      "trap: press release on health and care benefits paid in 2025, aggregated figures only (PDF) – no person")
def _():
    body = f"""Dear journalists,

please find attached our press release on the 2025 health insurance results. The German version went out this morning; this is the English version for international media.

Key figures:
- Benefits paid in health and long-term care insurance: EUR 1.24 bn (+6.8 %)
- Of which hospital treatment: EUR 412 m; outpatient: EUR 398 m; dental: EUR 141 m
- Claims processed digitally within 5 working days: 87 %
- Customers in full private health insurance: 412,000

Interview requests to our CEO, Dr. Annette Brückner, via press@versicherer.example.

{SIG['hartwig']}
"""
    pr = pdf("Press release: Versicherer paid EUR 1.24 bn in health benefits in 2025", [
        "Hamburg, 24 March 2026",
        "Versicherer AG paid EUR 1.24 bn in benefits to its health and long-term care insurance customers in 2025, 6.8 % more than in the previous year.",
        "The strongest growth came from psychotherapy (+17 %), physiotherapy and other remedies (+12 %) and specialty drugs (+9 %).",
        "\"Our customers expect us to be fast and fair when they are ill\", said CEO Dr. Annette Brückner. \"87 % of claims are now settled digitally within five working days.\"",
        "The company insures 412,000 people in full private health insurance and around 1.1 million people with supplementary health and care policies.",
        "About Versicherer: Versicherer AG is a Hamburg-based insurance group (life, health, property and casualty).",
        "Press contact: Julia Hartwig, press@versicherer.example",
    ])
    return envelope(mixed(text(body), attach_bytes(pr, PDF, "PR_2026-03-24_health_results_EN.pdf")),
                    f"Julia Hartwig <presse@{V}>", "press-list-international@versicherer.example",
                    "Press release: EUR 1.24 bn in health benefits paid in 2025", "2026-03-24 11:00")


@mail("NORMAL", "de", "internal",
      "trap: draft of a customer brochure on care reform and care levels (ODT), general explanation – no person")
def _():
    body = f"""Hallo Julia,

anbei mein Textentwurf für die neue Broschüre "Pflege verstehen". Ich habe versucht, ohne Fachchinesisch auszukommen. Kannst du das ins Layout geben? Die Beträge sind Stand 2026.

{SIG['quast']}
"""
    o = odt([
        "# Pflege verstehen – was Sie wissen sollten",
        "Pflegebedürftig ist, wer wegen gesundheitlicher Einschränkungen im Alltag dauerhaft Hilfe braucht – zum Beispiel beim Waschen, Anziehen, Essen oder beim Gehen. Das kann nach einem Sturz, einem Schlaganfall oder schleichend im Alter passieren.",
        "# Die fünf Pflegegrade",
        "Eine Gutachterin oder ein Gutachter besucht Sie zu Hause und schaut sich sechs Bereiche an: Mobilität, geistige Fähigkeiten, Verhalten, Selbstversorgung, Umgang mit Krankheit und Therapie, Alltag und soziale Kontakte. Daraus ergibt sich ein Punktwert und der Pflegegrad 1 bis 5.",
        "# Was zahlt die Pflegeversicherung?",
        "Pflegegeld bei Pflege durch Angehörige: 347 EUR (PG 2) bis 990 EUR (PG 5) im Monat. Sachleistungen für einen Pflegedienst: 796 EUR bis 2.299 EUR. Dazu Entlastungsbetrag, Hilfsmittel und Zuschüsse für den Umbau der Wohnung.",
        "# Warum eine Pflegezusatzversicherung?",
        "Die gesetzlichen Leistungen decken nur einen Teil der Kosten. Im Pflegeheim bleibt oft ein Eigenanteil von 2.500 bis 3.000 EUR im Monat. Ein Pflegetagegeld schließt diese Lücke.",
        "# So beantragen Sie Leistungen",
        "Ein Anruf genügt. Unsere Pflegeberatung hilft beim Antrag und kommt auf Wunsch zu Ihnen nach Hause.",
    ])
    return envelope(mixed(text(body), attach_bytes(o, ODT, "Broschuere_Pflege_verstehen_Entwurf.odt")),
                    f"Renate Quast <renate.quast@{V}>", f"Julia Hartwig <julia.hartwig@{V}>",
                    "Text Broschüre Pflege verstehen", "2026-02-10 15:40")


@mail("NORMAL", "de", "internal",
      "trap: anonymised training case on a disability claim (fictional roofer, slipped disc, 70 % BU) – no identifiable person")
def _():
    body = f"""Liebe neue Kolleginnen und Kollegen,

für den Workshop am Donnerstag bitte den folgenden Fall vorbereiten. Er ist aus mehreren echten Fällen zusammengesetzt und vollständig verfremdet – Namen, Orte und Daten sind erfunden.

Fall A
Ein 54-jähriger selbständiger Dachdecker mit zwei Angestellten meldet Berufsunfähigkeit. Nach einem Bandscheibenvorfall L4/L5 mit Operation kann er nicht mehr auf Dächer steigen und keine Lasten über 10 kg heben. Er arbeitet bisher ca. 60 % auf der Baustelle, 25 % im Büro (Angebote, Abrechnung), 15 % beim Kunden (Beratung, Aufmaß).

Fragen:
1. Wie ermitteln Sie den BU-Grad bei einem Selbständigen? Welche Rolle spielt die Umorganisation des Betriebs?
2. Welche Unterlagen fordern Sie an (Tätigkeitsbeschreibung, Befunde, betriebswirtschaftliche Zahlen)?
3. Ist bei einer Umorganisation ein BU-Grad von 70 % plausibel?

Bringt eure Lösungsskizze mit, wir besprechen sie in Gruppen.

{SIG['pietsch']}
"""
    return envelope(text(body), f"Claus Pietsch <claus.pietsch@{V}>", f"trainees-bu-2026@{V}",
                    "Workshop Donnerstag – Fall A (anonymisiert)", "2026-09-21 16:15")


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: updated list of direct-billing network clinics in Dubai and Abu Dhabi (companies only) sent to the assistance partner")
def _():
    body = f"""Hi Rania,

as promised, here is the updated list of our direct-billing providers in the UAE for your assistance desk. Changes since March are marked.

  Al Noor Spine & Joint Centre, Dubai Healthcare City – orthopaedics, MRI (NEW)
  Mediclinic-style Jumeirah Family Clinic, Dubai – GP, paediatrics
  Gulf Coast Hospital, Abu Dhabi – inpatient, maternity, emergency
  Marina Dental Studio, Dubai Marina – dental (direct billing up to AED 5,000)
  Desert Rose Physiotherapy, Al Barsha – physiotherapy (REMOVED from 1 July, contract ended)

Pre-authorisation remains mandatory for all inpatient stays, MRI/CT and any treatment above AED 3,500.

Thanks,
Daniel

{SIG['okoro']}
"""
    return envelope(text(body), f"Daniel Okoro <daniel.okoro@{V}>",
                    "Rania Khoury <rania.khoury@gulfassist.example>",
                    "UAE direct-billing network – update July", "2026-06-30 12:10")


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: fee agreement with a medical-opinion company (GmbH) for consulting-doctor reports – prices per report type, no patient")
def _():
    body = f"""Sehr geehrte Frau Dr. Ahlers,

vielen Dank für das konstruktive Gespräch. Wie besprochen fassen wir die Vergütung für beratungsärztliche Stellungnahmen ab 01.04.2026 zusammen (Vertrag Nr. RV-2024-017 mit der MedGutachten Nord GmbH, Anlage 2 neu):

  Stellungnahme nach Aktenlage, einfach (Leistung Kranken)      85,00 EUR
  Stellungnahme nach Aktenlage, komplex (BU, Pflege)           180,00 EUR
  Fachärztliches Gutachten mit Untersuchung (BU)               890,00 EUR
  Zuschlag psychiatrisches Zusatzgutachten                     450,00 EUR
  Telefonische Fallbesprechung je angefangene 15 Minuten        40,00 EUR

Bearbeitungszeit: einfach 5, komplex 10 Arbeitstage. Die Übermittlung der Akten erfolgt weiterhin ausschließlich über den gesicherten Datenraum, nie per E-Mail.

Bitte bestätigen Sie kurz, dann geht Ihnen die unterschriebene Anlage per Post zu.

{SIG['wolff']}
"""
    return envelope(text(body), f"Tanja Wolff <tanja.wolff@{V}>",
                    "Dr. Sabine Ahlers <ahlers@medgutachten-nord.example>",
                    "Vergütung Stellungnahmen ab 01.04.2026 – Anlage 2", "2026-03-06 10:48")


@mail("NORMAL", "de", "system-notification",
      "trap: portal notification 'new message in your mailbox' from the secure-mail portal – no content, no contract, no health data")
def _():
    body = """Guten Tag,

in Ihrem Postfach im Versicherer SecureMail-Portal liegt eine neue Nachricht für Sie.

Bitte melden Sie sich an, um sie zu lesen:
https://securemail.versicherer.example/

Die Nachricht wird 90 Tage nach Eingang automatisch gelöscht. Sie können sie vorher herunterladen.

Dies ist eine automatisch erzeugte Benachrichtigung. Bitte antworten Sie nicht auf diese E-Mail.

Versicherer AG · Kontorhausweg 7 · 20095 Hamburg
"""
    return envelope(text(body), f"Versicherer SecureMail <noreply@securemail.{V}>",
                    "gudrun.hellwig@web.example", "Neue Nachricht in Ihrem SecureMail-Postfach",
                    "2026-08-05 14:02", hdrs={"Auto-Submitted": "auto-generated"})


@mail("NORMAL", "en", "auto-reply",
      "trap: out-of-office reply of a medical underwriter naming the stand-in for urgent underwriting questions – no case data")
def _():
    body = """Thank you for your e-mail. I am out of the office until Monday, 17 August, with limited access to e-mail.

For urgent medical underwriting questions (life, disability, critical illness) please contact my colleague Dr. Helene Vogt (helene.vogt@versicherer.example, +49 40 8890-3601) or the team mailbox risikopruefung-leben@versicherer.example.

Please do not send medical reports to my personal mailbox - use the secure upload in the broker portal.

Best regards
Sven Ostrowski
"""
    return envelope(text(body, charset="us-ascii", cte="7bit"), f"Sven Ostrowski <sven.ostrowski@{V}>",
                    "Sophie Marchetti <s.marchetti@nordic-re.example>",
                    "Automatic reply: Fac referral FAC-2026-0188", "2026-08-04 09:14",
                    hdrs={"Auto-Submitted": "auto-replied"})


@mail("NORMAL", "de", "internal",
      "trap: programme of the employee health day with blood pressure check and skin cancer screening stand – no individual results")
def _():
    plain = f"""Liebe Kolleginnen und Kollegen,

am 10. September findet in der Kantine unser Gesundheitstag statt. Das Programm:

09:00  Blutdruck- und Blutzuckermessung am Stand des Betriebsärztlichen Dienstes (anonym)
10:00  Hautkrebs-Screening mit der Dermatologin Dr. Feyza Ates (Anmeldung erforderlich, 15-Minuten-Slots)
11:00  Vortrag "Schlaf gut! Was gegen nächtliches Grübeln hilft"
12:00  Gesunde Mittagspause: Bowl-Buffet
13:30  Augen-Check am Bildschirmarbeitsplatz
14:30  Stressbewältigung – Kurzworkshop der Techniker-Betriebsberatung

Die Ergebnisse der Messungen erhaltet nur ihr selbst, es wird nichts gespeichert oder an die Personalabteilung gegeben.

Euer Team Betriebliches Gesundheitsmanagement
"""
    htmlb = plain.replace("\n\n", "</p><p>").replace("\n", "<br>")
    htmlb = f"<html><body style=\"font-family:Calibri,Arial\"><p>{htmlb}</p></body></html>"
    return envelope(alt(text(plain), html(htmlb)), f"BGM <gesundheitsmanagement@{V}>",
                    f"alle-mitarbeitenden@{V}", "Gesundheitstag am 10.09. – Programm",
                    "2026-08-26 09:00")


@mail("NORMAL", "de", "internal",
      "trap: aggregated statistics of care levels and care benefits in the portfolio (ODS) – numbers only, no person")
def _():
    body = f"""Hallo Renate,

für deinen Vortrag beim Vertriebsmeeting hier die Pflegestatistik Stand 30.06.2026 (Bestand private Pflegepflicht und Pflegetagegeld). Keine Einzelfälle, nur Summen.

Gruß
{SIG['platzek']}
"""
    rows = [["Pflegegrad", "Leistungsempfänger PPV", "davon ambulant", "davon stationär", "Ø Alter", "Leistung H1 TEUR"],
            ["PG 1", 1840, 1840, 0, 79.2, 1450],
            ["PG 2", 4210, 3890, 320, 81.0, 9620],
            ["PG 3", 3120, 2460, 660, 82.4, 14880],
            ["PG 4", 1650, 980, 670, 83.1, 12140],
            ["PG 5", 610, 290, 320, 80.7, 6030],
            ["Summe", 11430, 9460, 1970, 81.5, 44120]]
    o = ods([("Pflege 2026-06", rows)])
    return envelope(mixed(text(body), attach_bytes(o, ODS, "Pflegestatistik_2026-06.ods")),
                    f"Ingo Platzek <ingo.platzek@{V}>", f"Renate Quast <renate.quast@{V}>",
                    "Pflegestatistik H1", "2026-07-14 11:11")


@mail("NORMAL", "en", "insurer-to-jobboard",
      "trap: job advert for a Medical Claims Specialist for the international desk – medical words, no applicant")
def _():
    body = """Job title: Medical Claims Specialist - International Health (m/f/d)
Location: Hamburg (hybrid, up to 3 days remote)
Reference: 2026-IHS-03

About the role
You review medical invoices and pre-authorisation requests from hospitals and clinics worldwide, talk to doctors and patients in English (and ideally a second language), and make sure our expat customers get the right treatment quickly.

Your tasks
- Assess inpatient and outpatient claims against policy terms and medical necessity
- Handle pre-authorisations for surgery, MRI/CT, maternity and cancer treatment
- Work with our consulting physicians and assistance partners
- Spot over-billing and negotiate with providers

Your profile
- Background as a nurse, medical assistant, paramedic or in health insurance claims
- Fluent English; Arabic, Spanish or French an advantage
- Knowledge of ICD-10 and CPT coding

Apply at careers.versicherer.example quoting 2026-IHS-03.
"""
    return envelope(text(body, charset="us-ascii", cte="7bit"), f"Versicherer Careers <karriere@{V}>",
                    "postings@expat-jobs.example", "New posting: Medical Claims Specialist (2026-IHS-03)",
                    "2026-02-17 10:30")


@mail("NORMAL", "de", "supplier-to-insurer",
      "trap: offer for certified destruction of old claims files and medical records (shredding, security level P-5) – no person")
def _():
    body = """Sehr geehrte Frau Wolff,

vielen Dank für Ihre Anfrage. Für die Vernichtung der Altakten aus dem Archiv Leistung Kranken/Leben bieten wir Ihnen an:

- Abholung in verschlossenen Sicherheitsbehältern (240 l), Verplombung vor Ort
- Vernichtung nach DIN 66399, Schutzklasse 3, Sicherheitsstufe P-5 (geeignet für Gesundheitsdaten und Daten nach § 203 StGB)
- Vernichtungsprotokoll mit Plombennummern, Fotodokumentation auf Wunsch
- Geschätzte Menge laut Ihrer Angabe: ca. 48 lfd. Meter = 36 Behälter

Preis: 18,50 EUR je Behälter zzgl. Anfahrt 45,00 EUR, zzgl. MwSt.
Termin: frühestens KW 19.

Einen Auftragsverarbeitungsvertrag nach Art. 28 DSGVO legen wir bei Beauftragung vor.

Mit freundlichen Grüßen
Akten-Sicher Nord GmbH
Vertrieb · Gudrun Matthiesen
"""
    return envelope(text(body, charset="iso-8859-1"), "Akten-Sicher Nord <vertrieb@akten-sicher-nord.example>",
                    f"Tanja Wolff <tanja.wolff@{V}>", "Angebot 2026-118 Aktenvernichtung P-5",
                    "2026-04-24 13:55")

# ---------------------------------------------------------------- normal, part B (traps)

@mail("NORMAL", "de", "internal",
      "trap: meeting agenda of health claims and medical service on the hospital direct-billing process – process topics, no case")
def _():
    body = f"""Hallo zusammen,

für unseren Jour fixe Leistung Kranken / Ärztlicher Dienst am Mittwoch, 14 Uhr, Raum 3.07, schlage ich folgende Tagesordnung vor:

1. Krankenhaus-Direktabrechnung: Durchlaufzeit der Kostenübernahmen (Ziel 24 h, Ist 41 h im Mai)
2. Welche DRGs sollen künftig automatisch freigegeben werden? Vorschlag: alle mit Verweildauer unter der unteren Grenzverweildauer und ohne Wahlleistungen
3. Verlängerungsanträge Reha: neue Checkliste des Ärztlichen Dienstes (Entwurf Dr. Vogt)
4. Stichproben Prüfdienstleister – Ergebnisse Q1
5. Verschiedenes

Bitte keine Einzelfälle mit Namen in die Agenda oder das Protokoll schreiben. Wenn ihr einen Fall besprechen wollt, bringt ihn mit der Schadennummer mit.

Gruß
Jonas
"""
    return envelope(text(body), f"Jonas Brandl <jonas.brandl@{V}>",
                    f"jf-leistung-aerztlicher-dienst@{V}", "Agenda Jour fixe Mittwoch", "2026-06-08 17:02")


@mail("NORMAL", "de", "doctor-to-insurer",
      "trap: a medical practice informs all insurers about its move and holiday closure – business information of the practice, no patient")
def _():
    body = """Sehr geehrte Damen und Herren,

wir möchten Sie darüber informieren, dass die Orthopädische Praxis Dr. Lambrecht & Kollegen zum 1. Juli umzieht.

Neue Anschrift ab 01.07.2026:
Orthopädie am Stadtpark
Dr. med. Jens Lambrecht, Dr. med. Sina Wolters, Dr. med. Aylin Koç
Stadtparkallee 12 (Ärztehaus, 2. OG, barrierefrei)
22303 Hamburg
Telefon und Fax bleiben unverändert.

Vom 22.06. bis 30.06.2026 bleibt die Praxis wegen des Umzugs geschlossen. Vertretung: Praxis Dr. Harms, Winterhuder Marktplatz 6.

Bitte passen Sie Ihre Stammdaten für Anfragen und Berichtsanforderungen an.

Mit freundlichen Grüßen
Das Praxisteam
"""
    return envelope(text(body), "Orthopädie am Stadtpark <info@orthopaedie-stadtpark.example>",
                    f"posteingang@{V}", "Praxisumzug zum 01.07.2026", "2026-05-29 12:15")


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: glossary of German-English health insurance terms for the translation agency (pre-existing condition, hospital daily allowance) – no person")
def _():
    body = f"""Dear Ms Whitmore,

as agreed, here is our glossary for the translation of the new international policy wording. Please use these terms consistently; where you have doubts, ask rather than paraphrase.

  Vorerkrankung                   pre-existing condition
  Wartezeit                       waiting period
  Krankenhaustagegeld             hospital daily allowance (hospital cash)
  Krankentagegeld                 daily sickness allowance
  Heilmittel                      remedies (physiotherapy, speech therapy, occupational therapy)
  Hilfsmittel                     medical aids and appliances
  Zahnersatz                      dental prosthetics
  Kostenvoranschlag / HKP         treatment and cost plan
  Selbstbehalt                    deductible (not "excess" – we use "deductible" throughout)
  Pflegebedürftigkeit             need for long-term care
  Pflegegrad                      care level (not "care grade")
  Schweigepflichtentbindung       release from medical confidentiality
  medizinisch notwendig           medically necessary
  Rücktransport                   repatriation

Delivery of the first 40 pages by 30 April would be perfect.

{SIG['fitzgerald']}
"""
    return envelope(text(body), f"Laura Fitzgerald-Kühn <laura.fitzgerald-kuehn@{V}>",
                    "Clare Whitmore <clare@lingua-bridge.example>",
                    "Glossary for the IHP policy wording", "2026-04-09 14:48")


@mail("NORMAL", "de", "internal",
      "trap: complaints statistics of health claims by reason, anonymous counts only – no person")
def _():
    body = f"""Hallo Claus, hallo Miriam,

zur Vorbereitung der Vorstandsvorlage die Beschwerdestatistik Leistung Kranken für das 1. Halbjahr:

  Beschwerdegrund                                  Anzahl   Vj.
  Dauer der Bearbeitung                              214    288
  Ablehnung medizinische Notwendigkeit               131    119
  Kürzung nach GOÄ-Höchstsatz / Faktor                 97     90
  Heil- und Hilfsmittel (Höchstbeträge)                64     41
  Zahnersatz / Zahnstaffel                             58     62
  Beitragsrückerstattung                               22     35
  Sonstiges                                            49     53
  Summe                                               635    688

Ombudsmann-Verfahren: 18 (Vj. 24), davon 5 zu unseren Lasten entschieden.

Die deutliche Zunahme bei den Heilmitteln hängt mit dem neuen Heilmittelverzeichnis zusammen – da sollten wir die Kundeninformation verbessern.

Viele Grüße
Beschwerdemanagement
"""
    return envelope(text(body), f"Beschwerdemanagement <beschwerde@{V}>",
                    f"Claus Pietsch <claus.pietsch@{V}>, Miriam Hofstetter <miriam.hofstetter@{V}>",
                    "Beschwerdestatistik Leistung Kranken H1/2026", "2026-07-09 10:20")


@mail("NORMAL", "de", "internal",
      "trap: ICD-10-GM 2026 update note with the code mapping table for the claims system (ZIP with CSV and TXT) – codes only, no person",
      bstyle=3)
def _():
    body = f"""Hallo IT-Leistungssysteme,

zum 01.01.2026 gilt die neue ICD-10-GM-Version. Für die Regelwerke in ClaimFlow brauchen wir die Überleitung der geänderten Codes. Anbei das Paket mit

- mapping_icd10gm_2025_2026.csv (alt -> neu, nur geänderte Codes)
- hinweise.txt (fachliche Anmerkungen des Ärztlichen Dienstes)

Bitte bis Ende Januar in die Test-Umgebung einspielen.

{SIG['vogt']}
"""
    mapping = csv_bytes([["code_alt", "code_neu", "titel_neu", "regel"],
                         ["U07.3", "U07.3", "Post-COVID-19-Zustand, nicht näher bezeichnet", "unverändert, Hinweistext angepasst"],
                         ["F90.0", "F90.0", "Einfache Aktivitäts- und Aufmerksamkeitsstörung", "Leistungsregel ADHS Erwachsene prüfen"],
                         ["G93.3", "G93.30", "Chronisches Fatigue-Syndrom [CFS], nicht näher bezeichnet", "neu 5-stellig"],
                         ["G93.3", "G93.31", "Postvirales Fatigue-Syndrom", "neu 5-stellig"],
                         ["E66.0", "E66.00", "Adipositas durch übermäßige Kalorienzufuhr, BMI < 35", "Gewichtsklassen neu"]])
    hinweise = """Hinweise Ärztlicher Dienst zur ICD-10-GM 2026

- Die Aufteilung von G93.3 betrifft v. a. BU- und KT-Fälle; Altbestände nicht umschlüsseln.
- Bei E66 bitte die automatische Leistungsregel für Adipositaschirurgie an die neuen 5-Steller anpassen.
- Keine Echtfälle in Testdaten verwenden – nur synthetische Daten aus dem Testdatengenerator.
"""
    z = make_zip([("icd2026/mapping_icd10gm_2025_2026.csv", mapping),
                  ("icd2026/hinweise.txt", hinweise.encode("utf-8"))])
    return envelope(mixed(text(body), attach_bytes(z, ZIP, "icd10gm_2026_update.zip")),
                    f"Dr. Helene Vogt <helene.vogt@{V}>", f"it-leistungssysteme@{V}",
                    "ICD-10-GM 2026 – Mapping für ClaimFlow", "2026-01-07 11:30")


@mail("NORMAL", "en", "newsletter",
      "trap: broker newsletter on critical illness cover extended to 60 conditions (cancer, heart attack, stroke) – product marketing, no person")
def _():
    plain = """Versicherer Broker News – September 2026

Critical illness cover: now 60 conditions

From 1 October our critical illness policy "Vital Protect" pays a lump sum for 60 defined conditions – up from 48. New are, among others:
- early-stage cancers (partial payment of 25 %)
- multiple sclerosis with persistent symptoms
- severe rheumatoid arthritis
- loss of independent existence
- severe long COVID with loss of working capacity for 12 months

Also new: children are co-insured free of charge for 20 % of the sum insured.

Simplified underwriting up to EUR 150,000: 7 health questions, no medical examination.

Sales material and a comparison table are available in the broker portal.

Your Versicherer Broker Team
"""
    htmlb = """<html><body style="font-family:Arial;font-size:13px">
<h2 style="color:#0b5c7a">Critical illness cover: now 60 conditions</h2>
<p>From 1 October our critical illness policy <b>"Vital Protect"</b> pays a lump sum for 60 defined conditions – up from 48. New are, among others:</p>
<ul><li>early-stage cancers (partial payment of 25&nbsp;%)</li><li>multiple sclerosis with persistent symptoms</li><li>severe rheumatoid arthritis</li><li>loss of independent existence</li><li>severe long COVID with loss of working capacity for 12 months</li></ul>
<p>Also new: children are co-insured free of charge for 20&nbsp;% of the sum insured.</p>
<p>Simplified underwriting up to EUR 150,000: 7 health questions, no medical examination.</p>
<p>Sales material and a comparison table are available in the broker portal.</p>
<p>Your Versicherer Broker Team</p></body></html>"""
    return envelope(alt(text(plain), html(htmlb)), f"Versicherer Broker News <brokernews@{V}>",
                    "broker-news-en@lists.versicherer.example", "Broker News: critical illness now covers 60 conditions",
                    "2026-09-01 08:00", hdrs={"Precedence": "bulk"})


@mail("NORMAL", "de", "internal",
      "trap: canteen's 'healthy week' menu with lactose-free and gluten-free options – no person")
def _():
    body = """Liebe Gäste,

nächste Woche ist "Gesunde Woche" im Betriebsrestaurant:

Montag     Linsen-Dal mit Basmatireis (vegan, glutenfrei)
Dienstag   Ofenlachs mit Kräuterkartoffeln und Gurkensalat (laktosefrei)
Mittwoch   Vollkorn-Pasta mit Tomaten-Zucchini-Sugo (vegan)
Donnerstag Hähnchenbrust, Ofengemüse, Quinoa (glutenfrei, laktosefrei)
Freitag    Buddha-Bowl zum Selbstzusammenstellen

Allergene stehen wie immer an der Ausgabe. Wer wegen einer Unverträglichkeit Fragen hat, spricht bitte direkt unser Küchenteam an.

Guten Appetit!
Ihr Team vom Betriebsrestaurant
"""
    return envelope(text(body), f"Betriebsrestaurant <kantine@{V}>", f"alle-mitarbeitenden@{V}",
                    "Speiseplan KW 38 – Gesunde Woche", "2026-09-11 13:00")


@mail("NORMAL", "de", "supplier-to-insurer",
      "trap: occupational health service offers flu shots for the insurer's staff with sign-up link – no individual")
def _():
    body = """Sehr geehrte Damen und Herren,

auch in diesem Jahr bieten wir als Ihr betriebsärztlicher Dienst die Grippeschutzimpfung für Ihre Beschäftigten an:

Termine: 20., 21. und 27. Oktober, jeweils 8:30–13:00 Uhr, Sanitätsraum EG (Kontorhausweg 7)
Impfstoff: quadrivalenter Influenza-Impfstoff, Saison 2026/27
Kosten: übernimmt der Arbeitgeber (Rahmenvertrag)

Die Anmeldung erfolgt über das Buchungsportal: https://impfen.arbeitsmedizin-hanse.example/versicherer
Bitte Impfpass mitbringen. Die Impfaufklärung erfolgt vor Ort; Daten der Geimpften erhält der Arbeitgeber nicht.

Für Mitarbeitende im Homeoffice bieten wir zusätzlich Termine in unserem Zentrum in der Mönckebergstraße an.

Mit freundlichen Grüßen
Arbeitsmedizin Hanse GmbH
Betriebsärztlicher Dienst
"""
    return envelope(text(body), "Arbeitsmedizin Hanse <service@arbeitsmedizin-hanse.example>",
                    f"personal@{V}", "Grippeschutzimpfung 2026 für Ihre Beschäftigten", "2026-09-17 09:40")


@mail("NORMAL", "en", "auditor-to-insurer",
      "trap: external auditors announce how they will sample health and life claims on site – method only, no case data")
def _():
    body = """Dear Mr Platzek,

as part of the audit of the 2026 financial statements we will test the claims reserves in health and life insurance. To prepare, please note:

1. We will select a random sample of about 60 settled health claims and 25 life/disability claims from your claims listing on site (week 46). We do not need any case data in advance.
2. The files will be inspected on your premises only; we will not take copies of medical documents. Our working papers will contain claim numbers and amounts, but no names or diagnoses.
3. Please provide a read-only user for the claims system and a room without through traffic.
4. For the IBNR reserve we need the run-off triangles by accident year (aggregated) by 31 October.

Our team: Karin Holtz (manager), Felix Adomeit, Ama Mensah.

Kind regards,
Karin Holtz
Audit Financial Services
Baltic Audit Partners GmbH WPG
"""
    return envelope(text(body), "Karin Holtz <karin.holtz@baltic-audit.example>",
                    f"Ingo Platzek <ingo.platzek@{V}>", "Audit 2026 – claims reserves, sampling approach",
                    "2026-09-29 11:55")


@mail("NORMAL", "de", "partner-to-insurer",
      "trap: hospital association invites insurers to a workshop on electronic direct billing – health-care topic, no patient")
def _():
    body = """Sehr geehrte Damen und Herren,

die Hamburgische Krankenhausgesellschaft lädt Sie herzlich zum Workshop

"Direktabrechnung mit der PKV – digital, schnell, fehlerarm"
Montag, 16. November 2026, 10:00–15:00 Uhr
Haus der Krankenhäuser, Burchardstraße 19, Hamburg

ein. Themen: elektronische Kostenübernahme, Übermittlung der Rechnungsdaten nach § 301 SGB V analog, Umgang mit Wahlleistungen, Erfahrungen aus dem Pilotprojekt mit drei Versicherern.

Zielgruppe: Patientenverwaltungen der Kliniken, Leistungsabteilungen der Versicherer.

Anmeldung bis 30.10. unter veranstaltungen@hkgev.example.

Mit freundlichen Grüßen
Geschäftsstelle der Hamburgischen Krankenhausgesellschaft
"""
    return envelope(text(body), "HKG Veranstaltungen <veranstaltungen@hkgev.example>",
                    f"Jonas Brandl <jonas.brandl@{V}>", "Einladung Workshop Direktabrechnung PKV 16.11.",
                    "2026-10-05 10:00")


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: draft cooperation contract with an online pharmacy (companies) on e-prescription redemption and discounts – no patient")
def _():
    body = f"""Sehr geehrter Herr Dr. Kessler,

anbei unsere Anmerkungen zum Entwurf der Kooperationsvereinbarung zwischen der Versicherer AG und der MedVersand Apotheke GmbH:

§ 2 Leistungen: Die Einlösung von E-Rezepten unserer Versicherten über Ihre App ist freiwillig; wir werden unsere Kundinnen und Kunden nicht zur Nutzung verpflichten.
§ 4 Rabatte: 3 % auf rezeptfreie Arzneimittel sind in Ordnung; Rabatte auf verschreibungspflichtige Arzneimittel sind wegen der Arzneimittelpreisverordnung zu streichen.
§ 6 Datenschutz: Eine Übermittlung von Verordnungsdaten an uns findet nur auf Veranlassung der Versicherten über die Erstattungsfunktion statt. Eine Auswertung von Medikationsdaten für Werbezwecke schließen wir aus.
§ 9 Laufzeit: 2 Jahre, danach jährlich kündbar.

Gern besprechen wir das in einem Termin mit unserer Rechtsabteilung.

Mit freundlichen Grüßen
Tanja Wolff
Einkauf / Kooperationen
"""
    return envelope(text(body), f"Tanja Wolff <tanja.wolff@{V}>",
                    "Dr. Florian Kessler <f.kessler@medversand-apotheke.example>",
                    "Kooperationsvereinbarung E-Rezept – unsere Anmerkungen", "2026-07-28 16:20")


@mail("NORMAL", "en", "internal",
      "trap: IT security warns staff about phishing mails titled 'Your medical claim' – no real person or claim")
def _():
    body = """IT Security Notice – please read

Since this morning, phishing e-mails are circulating with subjects like

   "Your medical claim #44871 was rejected"
   "Outstanding hospital invoice – action required"
   "Ihre Arztrechnung liegt zur Freigabe bereit"

They claim to come from "Claims Department" and contain a link to a fake login page or a ZIP file "invoice.zip". Do NOT open the attachment and do NOT enter your password.

If you clicked: disconnect the network cable / Wi-Fi and call the IT service desk immediately on extension 5000.

Report suspicious mails with the "Report phishing" button in Outlook.

Thank you,
IT Security Team
"""
    return envelope(text(body), f"IT Security <it-security@{V}>", f"all-staff@{V}",
                    "[Security] Phishing wave: fake 'medical claim' e-mails", "2026-05-07 10:12",
                    hdrs={"Importance": "high", "X-Priority": "1"})


@mail("NORMAL", "de", "internal",
      "trap: synthetic test case for the claims system with 'Erika Musterfrau (fiktiv)', diagnosis J06.9 and a test IBAN – fictitious person")
def _():
    body = f"""Hallo Marco,

für den Regressionstest der Erstattungsregeln bitte folgenden Testfall in der T2-Umgebung anlegen (alles synthetisch aus dem Testdatengenerator, kein Echtfall):

Versicherte Person: Erika Musterfrau (fiktiv), geb. 01.01.1970
Vertrag: TEST-KV-000-0001, Tarif KOMPAKT 300
Beleg 1: Hausarzt, GOÄ 1, 5, 3511, Diagnose J06.9 (akuter Infekt der oberen Atemwege), 48,26 EUR
Beleg 2: Apotheke, Ibuprofen 400, 6,98 EUR
Erstattungskonto: DE02 1203 0000 0000 2020 51 (Test-IBAN aus dem Handbuch)

Erwartetes Ergebnis: Beleg 1 voll erstattet, Beleg 2 abgelehnt (nicht verschreibungspflichtig, Tarifbedingung § 4 Abs. 3).

Danke!
{SIG['hofstetter']}
"""
    return envelope(text(body), f"Miriam Hofstetter <miriam.hofstetter@{V}>",
                    f"Marco Fiore <marco.fiore@{V}>", "Testfall T2 Erstattungsregel § 4 Abs. 3",
                    "2026-02-25 09:17")


@mail("NORMAL", "de", "internal",
      "trap: heat-protection tips for staff (drink, circulation, elderly relatives) – general health advice, no person")
def _():
    body = f"""Liebe Kolleginnen und Kollegen,

für die nächsten Tage sind über 33 Grad angesagt. Ein paar Hinweise:

- Trinkt regelmäßig, auch ohne Durst – Wasserspender gibt es auf jeder Etage, die Kantine gibt kostenlos Wasser aus.
- Wer zu Kreislaufproblemen neigt oder Blutdruckmedikamente nimmt, sollte besonders aufpassen; bei Schwindel bitte hinsetzen und Ersthelfer rufen.
- Die Gleitzeit-Kernzeit ist bis Freitag aufgehoben, ihr könnt früher anfangen und früher gehen.
- Homeoffice ist an Hitzetagen ausdrücklich erwünscht, wo es dienstlich geht.
- Denkt an ältere Angehörige und Nachbarn – ein kurzer Anruf kann viel helfen.

Bleibt cool!
{SIG['kamps']}
"""
    return envelope(text(body), f"Rüdiger Kamps <ruediger.kamps@{V}>", f"alle-mitarbeitenden@{V}",
                    "Hitze – bitte auf euch achten", "2026-07-01 08:05")


@mail("NORMAL", "de", "internal",
      "trap: call statistics of the care-advice hotline by topic (CSV) – counts only, no caller")
def _():
    body = f"""Hallo Renate,

hier die Auswertung der Pflegeberatungs-Hotline für das 3. Quartal (CSV aus der Telefonanlage, nur Zählwerte). Die Wartezeit ist deutlich besser geworden seit die zweite Kollegin dabei ist.

Gruß
Patrick
"""
    rows = [["Monat", "Anrufe", "angenommen", "Ø Wartezeit s", "Thema Antrag Pflegegrad", "Thema Heim/Kosten", "Thema Hilfsmittel", "Thema Sonstiges"],
            ["2026-07", 1412, 1288, 94, 512, 281, 198, 297],
            ["2026-08", 1298, 1230, 61, 466, 270, 211, 283],
            ["2026-09", 1530, 1478, 48, 590, 322, 240, 326]]
    c = csv_bytes(rows)
    return envelope(mixed(text(body), attach_bytes(c, "text/csv", "hotline_pflege_Q3_2026.csv")),
                    f"Patrick Sommer <patrick.sommer@{V}>", f"Renate Quast <renate.quast@{V}>",
                    "Hotline Pflege Q3", "2026-10-07 12:33")


@mail("NORMAL", "en", "internal",
      "trap: actuarial memo on morbidity assumptions for the disability portfolio (incidence rates by age band and cause) – aggregated, no person")
def _():
    body = f"""To: Pricing Committee Life & Disability
From: Actuarial Function
Re: Review of morbidity assumptions – disability income portfolio

Summary
Our experience study 2021-2025 (exposure 1.84 m policy years) shows incidence rates at 93 % of the current pricing basis overall, but with clear shifts by cause:

  Cause of disability          Share 2016-20   Share 2021-25   A/E 2021-25
  Mental and behavioural           31 %            38 %           112 %
  Musculoskeletal                  22 %            19 %            86 %
  Cancer                           15 %            14 %            91 %
  Cardiovascular                    8 %             7 %            84 %
  Neurological                      7 %             8 %           101 %
  Other                            17 %            14 %            79 %

Age band 25-34 shows the strongest increase in mental-health-related claims (A/E 131 %).

Recommendation
- Keep overall incidence basis; introduce a cause-specific loading for mental health in occupations with high stress exposure.
- Strengthen early intervention (case management within 8 weeks of notification).
- Re-assess termination rates in 2027, when the new DAV tables are published.

Figures are aggregated; no cell below 50 claims.

Ingo Platzek (for the Actuarial Function)
"""
    return envelope(text(body), f"Ingo Platzek <ingo.platzek@{V}>", f"pricing-committee-ld@{V}",
                    "Memo: morbidity assumptions DI portfolio", "2026-06-18 17:40")


@mail("NORMAL", "de", "supplier-to-insurer",
      "trap: monthly report of the hospital-bill review provider with aggregated savings by hospital type – no patient")
def _():
    body = """Sehr geehrter Herr Brandl,

anbei die Kennzahlen der Krankenhausrechnungsprüfung für September 2026:

  geprüfte Rechnungen:                 2.184
  davon mit Beanstandung:                 412 (18,9 %)
  beanstandetes Volumen:          1.148.300 EUR
  durchgesetzte Korrekturen:        806.200 EUR

Häufigste Beanstandungen:
1. Kodierung der Nebendiagnosen (erhöhter Schweregrad ohne Dokumentation)   38 %
2. Überschreitung der oberen Grenzverweildauer ohne Begründung                24 %
3. Wahlleistungen ohne gültige Vereinbarung                                 17 %
4. Doppelabrechnung Implantate / Sachkosten                                  11 %
5. Sonstiges                                                                 10 %

Nach Krankenhaustyp liegt die Beanstandungsquote bei Universitätskliniken bei 14 %, bei Privatkliniken bei 26 %.

Die Falllisten mit Einzelnachweisen stehen wie vereinbart nur im gesicherten Datenraum zur Verfügung.

Mit freundlichen Grüßen
Clara Neumeister
Key Account Management
RechnungsCheck Klinik GmbH
"""
    return envelope(text(body), "Clara Neumeister <c.neumeister@rechnungscheck-klinik.example>",
                    f"Jonas Brandl <jonas.brandl@{V}>", "Monatsreport Krankenhausrechnungsprüfung 09/2026",
                    "2026-10-12 09:05")


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: blank form 'release from medical confidentiality' (DOCX with empty fields) for brokers – no person filled in")
def _():
    body = f"""Hallo zusammen,

einige von euch haben nach der aktuellen Fassung unserer Schweigepflichtentbindungserklärung gefragt. Anbei das Formular (Stand 04/2026) als Word-Datei zum Ausdrucken. Bitte nur diese Fassung verwenden, ältere Versionen können wir nicht mehr akzeptieren.

Wichtig: Ausgefüllte Erklärungen bitte nicht per E-Mail zurückschicken, sondern über das Maklerportal hochladen oder per Post.

{SIG['lorch']}
"""
    d = docx([
        "# Einwilligung und Schweigepflichtentbindungserklärung",
        "für die Erhebung, Speicherung und Nutzung von Gesundheitsdaten und weiterer nach § 203 StGB geschützter Daten",
        "Name, Vorname der versicherten Person: ________________________________",
        "Geburtsdatum: ____.____.________     Vertrags-/Antragsnummer: ______________",
        "1. Ich willige ein, dass die Versicherer AG die von mir in diesem Antrag und künftig mitgeteilten Gesundheitsdaten erhebt, speichert und nutzt, soweit dies zur Antragsprüfung sowie zur Begründung, Durchführung oder Beendigung des Versicherungsvertrags erforderlich ist.",
        "2. Ich entbinde die Ärzte, Zahnärzte, Psychotherapeuten, Krankenhäuser, Pflegeeinrichtungen sowie Behörden, die mich in den letzten ______ Jahren untersucht, beraten oder behandelt haben, von ihrer Schweigepflicht  [ ] generell  [ ] nur im Einzelfall nach vorheriger Information.",
        "3. Weitergabe an Rückversicherer und Gutachter: [ ] ja  [ ] nein",
        "Ort, Datum: ____________________   Unterschrift: ______________________________",
    ], author="Versicherer AG")
    return envelope(mixed(text(body), attach_bytes(d, DOCX, "Schweigepflichtentbindung_Formular_2026-04.docx")),
                    f"Stefan Lorch <stefan.lorch@{V}>", f"maklerpost-verteiler@{V}",
                    "Formular Schweigepflichtentbindung – aktuelle Fassung", "2026-04-20 14:00")


@mail("NORMAL", "en", "partner-to-insurer",
      "trap: call for papers of an insurance medicine congress (cancer survivors, mental health in disability) – no person")
def _():
    body = """Dear colleagues,

The 14th European Congress of Insurance Medicine will take place in Lisbon from 22 to 24 April 2027.

Call for abstracts – topics:
- Return to work after cancer: what do the data show for disability insurance?
- Mental health claims: assessment, early intervention, prognosis
- Genetic testing and underwriting – legal frameworks in Europe
- Post-viral syndromes: evidence for functional assessment
- AI in medical underwriting: opportunities and bias

Abstracts (max. 300 words) by 15 December 2026 via https://eucim2027.example/abstracts

We look forward to your contributions.

The Scientific Committee
European Association of Insurance Medicine
"""
    return envelope(text(body, charset="us-ascii", cte="7bit"), "EUCIM 2027 <congress@eucim2027.example>",
                    f"aerztlicher-dienst@{V}", "Call for abstracts – European Congress of Insurance Medicine 2027",
                    "2026-10-20 08:30")


@mail("NORMAL", "de", "internal",
      "trap: intranet news on the new process for rehab applications (checklist, deadlines) – process only, no case")
def _():
    htmlb = """<html><body style="font-family:Segoe UI,Arial;font-size:11pt">
<h2>Neu ab 1. März: Reha-Anträge schneller entscheiden</h2>
<p>Anschlussheilbehandlungen nach Operationen müssen oft innerhalb weniger Tage starten. Damit unsere Kundinnen und Kunden nicht warten, gilt ab 1.&nbsp;März ein neuer Ablauf:</p>
<ol><li>Anträge der Krankenhaus-Sozialdienste gehen direkt ins Teampostfach <i>reha@</i>.</li>
<li>Standardfälle (Endoprothetik, Bandscheiben-OP, Herz-OP) entscheidet die Sachbearbeitung anhand der neuen Checkliste selbst – ohne Beratungsarzt.</li>
<li>Entscheidung innerhalb von 2 Arbeitstagen, bei Verlängerungsanträgen innerhalb von 1 Arbeitstag.</li>
<li>Nur Sonderfälle (psychosomatische Reha, Wiederholung innerhalb von 4 Jahren) gehen an den Ärztlichen Dienst.</li></ol>
<p>Die Checkliste findet ihr im Handbuch Leistung unter Kapitel 7.3.</p>
<p style="color:#666">Redaktion Intranet · Leistung Kranken</p>
</body></html>"""
    return envelope(html(htmlb), f"Intranet-Redaktion <intranet@{V}>", f"leistung-kranken-alle@{V}",
                    "Intranet: Neuer Ablauf für Reha-Anträge", "2026-02-20 12:00")


@mail("NORMAL", "de", "internal",
      "trap: sales contest ranking for supplementary care insurance by agency number – business figures, no customer")
def _():
    body = """Moin zusammen,

Zwischenstand unseres Verkaufswettbewerbs "Pflege-Vorsorge 2026" (Stand 31.05.):

Platz  Agentur-Nr.   Verträge Pflegetagegeld   Monatsbeitrag neu
1      HH-0412              48                   2.914 EUR
2      SH-0088              41                   2.530 EUR
3      NDS-0213             37                   2.288 EUR
4      HH-0107              33                   1.974 EUR
5      HB-0031              29                   1.702 EUR

Noch vier Wochen! Die Top 3 fahren im September zum Vertriebsforum nach Lissabon.

Tipp aus der Agentur HH-0412: Bei Beratungsgesprächen zur Altersvorsorge immer auch den Pflegefall ansprechen – die meisten Kunden unterschätzen die Eigenanteile im Heim.

Vertriebssteuerung Nord
"""
    return envelope(text(body), f"Vertriebssteuerung Nord <vertriebssteuerung-nord@{V}>",
                    f"agenturen-nord@{V}", "Zwischenstand Wettbewerb Pflege-Vorsorge", "2026-06-02 08:10")


@mail("NORMAL", "en", "internal",
      "trap: English version of the product sheet for the long-term care daily allowance for review – product text, no person")
def _():
    body = f"""Hi Renate,

here's my English translation of the product sheet "Pflegetagegeld PTG" for our expat customers. Could you check that I got the care terms right? I marked my doubts with [?].

---
Long-term care daily allowance (PTG)

What is covered?
If you need long-term care, we pay you a fixed daily amount – regardless of your actual costs. You decide how to use the money: for a care service, for a relative who looks after you, or for a care home.

How much?
You choose the daily amount (EUR 10 to EUR 150). We pay a percentage depending on your care level:
care level 1: 10 % | 2: 30 % | 3: 50 % | 4: 80 % | 5: 100 %

When does it start?
From the first day the care level is confirmed by the assessor. No waiting period in case of an accident. [?]

Premium waiver
From care level 3 you no longer pay premiums for this policy.
---

Thanks!
Laura
"""
    return envelope(text(body), f"Laura Fitzgerald-Kühn <laura.fitzgerald-kuehn@{V}>",
                    f"Renate Quast <renate.quast@{V}>", "PTG product sheet in English – please check",
                    "2026-03-11 11:50")


@mail("NORMAL", "de", "prospect-to-insurer",
      "trap: prospect asks in general whether dental supplementary insurance pays for bleaching and professional cleaning – no personal health data, not a customer")
def _():
    body = """Hallo,

ich überlege, eine Zahnzusatzversicherung abzuschließen. Zwei Fragen vorab:

1. Zahlt so eine Versicherung auch Bleaching, oder ist das reine Kosmetik?
2. Wie oft im Jahr wird die professionelle Zahnreinigung bezahlt, und gibt es da eine Wartezeit?

Auf Ihrer Website finde ich dazu nichts Eindeutiges.

Danke und Gruß
Tobias
"""
    return envelope(text(body), "Tobias R. <tobi.r@mailbox.example>", f"info@{V}",
                    "Frage Zahnzusatz", "2026-04-16 20:41")


@mail("NORMAL", "de", "insurer-to-prospect",
      "trap: general answer to a prospect about dental supplementary cover (bleaching not covered, cleaning twice a year, waiting periods) – no personal data")
def _():
    body = f"""Hallo Tobias,

vielen Dank für Ihr Interesse an unserer Zahnzusatzversicherung.

1. Bleaching ist eine rein kosmetische Behandlung und in keinem unserer Tarife versichert.
2. Die professionelle Zahnreinigung zahlen wir in den Tarifen ZahnPlus 60 und ZahnPlus 90 bis zu 150 Euro im Jahr – unabhängig davon, wie oft Sie gehen. Eine Wartezeit gibt es dafür nicht.

Für Zahnersatz gilt keine Wartezeit, aber in den ersten vier Versicherungsjahren eine Leistungsobergrenze (Zahnstaffel). Laufende oder schon angeratene Behandlungen sind nicht versichert.

Den Beitrag können Sie auf unserer Website in zwei Minuten ausrechnen: www.versicherer.example/zahn

{SIG['sommer']}
"""
    return envelope(text(body), f"Patrick Sommer <patrick.sommer@{V}>",
                    "Tobias R. <tobi.r@mailbox.example>", "AW: Frage Zahnzusatz", "2026-04-17 10:12")


@mail("NORMAL", "en", "prospect-to-insurer",
      "trap: prospect planning a move to Germany asks which health plans exist for his family – no health details, not yet a customer")
def _():
    body = """Hello,

my family (two adults, two kids aged 6 and 9) will probably move from Singapore to Hamburg next spring – I'll be working for a shipping company as a salaried employee, my wife is self-employed (graphic design).

Could you tell me:
- whether we would be able to take out private health insurance with you, or whether we have to join the public system first;
- roughly what a family plan would cost;
- whether you offer English-speaking service and English policy documents.

We're just starting to plan, so general information is fine at this point.

Thanks a lot,
Wei Ling & Marcus
"""
    return envelope(text(body, charset="us-ascii", cte="7bit"), "Marcus Tan <marcus.tan@singnet.example>",
                    f"international@{V}", "Moving to Hamburg – health insurance options?", "2026-10-19 03:22")


@mail("NORMAL", "de", "internal",
      "trap: IT ticket – the health-claims team mailbox is full and rules fail; technical only, no mail content")
def _():
    body = """Hi Servicedesk,

das Funktionspostfach leistung-kranken@ meldet seit heute früh "Postfach fast voll (49,6 GB von 50 GB)". Die Regel, die Arztrechnungen mit Anhang automatisch in den Ordner "Posteingang Scan" verschiebt, läuft seit gestern nicht mehr, alles bleibt im Posteingang liegen.

Könnt ihr das Postfach vergrößern oder die Archivierungsrichtlinie (älter als 90 Tage) aktivieren? Und bitte die Regel prüfen.

Danke
Jonas Brandl
Leistung Kranken, Durchwahl 4478
"""
    return envelope(text(body), f"Jonas Brandl <jonas.brandl@{V}>", f"servicedesk@{V}",
                    "Postfach leistung-kranken voll / Regel läuft nicht", "2026-03-31 08:20")


@mail("NORMAL", "de", "internal",
      "trap: facility report on water damage in the company doctor's room of the insurer's own building – rooms and furniture, no person")
def _():
    body = f"""Hallo zusammen,

zur Info: Im Raum des Betriebsärztlichen Dienstes (EG, Raum 0.14) ist heute Nacht eine Heizungsleitung undicht geworden. Betroffen sind der Fußboden, der Unterschrank der Liege und ein Aktenschrank (verschlossen, von außen nass, innen nach erster Sicht trocken).

Die Sprechstunde des Betriebsarztes am Donnerstag findet deshalb im Raum 1.05 statt. Die Trocknung dauert ca. eine Woche.

Der Schaden läuft über unsere eigene Gebäudeversicherung, ich kümmere mich.

{SIG['kamps']}
"""
    return envelope(text(body), f"Rüdiger Kamps <ruediger.kamps@{V}>",
                    f"facility-info@{V}", "Wasserschaden Raum 0.14 (Betriebsarzt)", "2026-12-01 07:35")


@mail("NORMAL", "de", "internal",
      "trap: HR announces a mental health awareness week with talks on burnout and depression, anonymous counselling – no individual")
def _():
    body = f"""Liebe Kolleginnen und Kollegen,

vom 12. bis 16. Oktober findet unsere Aktionswoche "Psyche stärken" statt. Psychische Erkrankungen wie Depressionen oder Burnout betreffen jede und jeden – auch in unserem Haus. Wir wollen darüber offen sprechen.

Programm:
- Mo, 12:00: Vortrag "Wenn die Batterie leer ist – Burnout erkennen" (Dr. Jana Steffens, Psychiaterin)
- Mi, 16:00: Workshop "Gut abschalten nach Feierabend"
- Do, 12:00: Erfahrungsbericht eines Führungskräfte-Coaches
- die ganze Woche: anonyme Kurzberatung durch unseren externen Mitarbeiter-Beratungsdienst, Telefon 0800 000 4477 (kostenlos, der Arbeitgeber erfährt nichts)

Führungskräfte bitten wir, ihren Teams die Teilnahme während der Arbeitszeit zu ermöglichen.

{SIG['behrens']}
"""
    return envelope(text(body), f"Claudia Behrens <claudia.behrens@{V}>", f"alle-mitarbeitenden@{V}",
                    "Aktionswoche Psyche stärken 12.–16.10.", "2026-09-28 10:00")

# ---------------------------------------------------------------- normal, part C (everyday mail)

@mail("NORMAL", "de", "customer-to-insurer",
      "everyday question about opening hours of the service centre on a bridge day – no personal or contract data")
def _():
    body = """Hallo,

haben Sie am Freitag nach Himmelfahrt (15.5.) geöffnet? Ich wollte eigentlich persönlich in der Geschäftsstelle in Altona vorbeikommen.

Gruß
R. Kowalewski
"""
    return envelope(text(body), "R. Kowalewski <r.kowalewski@web.example>", f"service@{V}",
                    "Öffnungszeiten Brückentag", "2026-05-11 12:40")


@mail("NORMAL", "de", "insurer-to-customer",
      "reply with the opening hours on the bridge day, quoting the question – no personal or contract data",
      bstyle=1)
def _():
    body = f"""Hallo Herr Kowalewski,

ja, am Freitag, 15. Mai, ist unsere Geschäftsstelle in Altona von 9 bis 13 Uhr geöffnet. Am Nachmittag erreichen Sie uns telefonisch bis 16 Uhr.

Viele Grüße
Elif Aydın
Kundenservice

Am 11.05.2026 um 12:40 schrieb R. Kowalewski:
> Hallo,
>
> haben Sie am Freitag nach Himmelfahrt (15.5.) geöffnet? Ich wollte
> eigentlich persönlich in der Geschäftsstelle in Altona vorbeikommen.
>
> Gruß
> R. Kowalewski
"""
    return envelope(text(body, cte="8bit", flowed=True), f"Elif Aydın <elif.aydin@{V}>",
                    "R. Kowalewski <r.kowalewski@web.example>", "Re: Öffnungszeiten Brückentag",
                    "2026-05-11 14:02", hdrs={"User-Agent": "Mozilla Thunderbird 128.4"})


@mail("NORMAL", "en", "customer-to-insurer",
      "user reports that the customer portal login page breaks in Firefox – technical, no contract or personal data")
def _():
    body = """Hi,

just FYI – the login page of your customer portal doesn't work in Firefox 131 on Linux. After entering the e-mail address the "Next" button does nothing. Works in Chromium. Console says "TypeError: crypto.randomUUID is not a function" (maybe because the page is loaded over http first?).

Cheers,
Sam
"""
    return envelope(text(body, charset="us-ascii", cte="7bit"), "Sam Okafor <sam@okafor-dev.example>",
                    f"webmaster@{V}", "Portal login broken in Firefox", "2026-11-02 22:10")


@mail("NORMAL", "de", "internal",
      "office mail: coffee machine on the 4th floor is broken – nothing personal")
def _():
    body = """Hallo 4. OG,

die Kaffeemaschine in der Teeküche zeigt "Entkalken – Fehler 8" und geht nicht mehr. Techniker kommt laut Facility erst Donnerstag. Bis dahin bitte die Maschine im 3. OG nutzen (oder Tee trinken 😉).

Grüße
Patrick
"""
    return envelope(text(body), f"Patrick Sommer <patrick.sommer@{V}>", f"etage4@{V}",
                    "Kaffeemaschine kaputt", "2026-01-21 09:31")


@mail("NORMAL", "de", "internal",
      "facility mail: underground car park closed for maintenance, new parking arrangement – no personal data")
def _():
    body = f"""Liebe Kolleginnen und Kollegen,

die Tiefgarage wird vom 3. bis 7. August wegen der Sanierung der Entwässerungsrinnen komplett gesperrt. In dieser Zeit stehen 60 Ersatzstellplätze im Parkhaus "Am Kontorhaus" (Einfahrt Brandstwiete) zur Verfügung. Die Zufahrt funktioniert mit Ihrem normalen Mitarbeiterausweis.

Schwerbehindertenparkplätze und E-Ladeplätze gibt es dort ebenfalls (Ebene 1). Bitte nutzen Sie, wenn möglich, Rad oder ÖPNV.

{SIG['kamps']}
"""
    return envelope(text(body), f"Facility Management <facility@{V}>", f"alle-mitarbeitenden@{V}",
                    "Tiefgarage 03.–07.08. gesperrt", "2026-07-20 13:45")


@mail("NORMAL", "de", "supplier-to-insurer",
      "print shop confirms delivery date of letter paper and envelopes – company data only")
def _():
    body = """Sehr geehrte Frau Wolff,

Ihre Bestellung 2026-0419 (50.000 Briefbogen Versicherer, 80 g, 4c; 30.000 Fensterumschläge DIN lang, Haftklebung) ist fertig produziert. Auslieferung am Dienstag, 28. April, zwischen 7 und 10 Uhr an Tor 2. Es sind 14 Paletten, bitte einen Hubwagen bereithalten.

Die Rechnung folgt separat.

Mit freundlichen Grüßen
Druckhaus Elbufer GmbH
Auftragsabwicklung
"""
    return envelope(text(body, charset="windows-1252"), "Druckhaus Elbufer <auftrag@druckhaus-elbufer.example>",
                    f"Tanja Wolff <tanja.wolff@{V}>", "Liefertermin Auftrag 2026-0419", "2026-04-23 15:12")


@mail("NORMAL", "en", "internal",
      "IT announces a server maintenance window – technical, no personal data")
def _():
    body = """Planned maintenance

When: Saturday, 21 March 2026, 06:00-14:00 CET
Affected: customer portal, broker portal, SecureMail portal, claims system (read-only from 06:00), e-mail gateway (mail will be queued, not lost)

Reason: operating system upgrade of the database cluster and certificate renewal on the load balancers.

No action required. Status page: https://status.versicherer.example

IT Operations
"""
    return envelope(text(body, charset="us-ascii", cte="7bit"), f"IT Operations <it-operations@{V}>",
                    f"all-staff@{V}", "Planned maintenance Sat 21 March", "2026-03-17 16:00")


@mail("NORMAL", "de", "internal",
      "invitation to the summer party with an ICS – nothing personal", bstyle=0)
def _():
    body = """Liebe Kolleginnen und Kollegen,

endlich wieder Sommerfest! Am Freitag, 26. Juni, ab 16 Uhr auf der Dachterrasse und im Innenhof. Es gibt Grill (auch vegetarisch/vegan), eine Band aus dem eigenen Haus ("Die Schadenregulierer") und für die Kinder eine Hüpfburg.

Bitte tragt euch bis 12. Juni in die Liste im Intranet ein, damit die Kantine planen kann.

Euer Festkomitee
"""
    cal = ics("sommerfest-2026@versicherer.example", "Sommerfest Versicherer", "2026-06-26 16:00",
              "2026-06-26 23:00", "Dachterrasse / Innenhof Kontorhausweg 7", "Grill, Band, Hüpfburg",
              organizer=f"festkomitee@{V}")
    return envelope(mixed(text(body), attach_bytes(cal, "text/calendar", "Sommerfest.ics")),
                    f"Festkomitee <festkomitee@{V}>", f"alle-mitarbeitenden@{V}", "Sommerfest 26.06.!",
                    "2026-05-27 11:00")


@mail("NORMAL", "de", "internal",
      "farewell of a colleague retiring after 38 years – organisational, no birth date or other personal data")
def _():
    body = """Liebe Kolleginnen und Kollegen,

nach 38 Jahren bei der Versicherer geht unser Kollege Hans-Peter Rademacher Ende Februar in den wohlverdienten Ruhestand. Angefangen hat er 1988 als Azubi in der Kfz-Schadenregulierung, zuletzt hat er unser Team Großschaden geleitet.

Wir verabschieden ihn am Donnerstag, 26. Februar, um 15 Uhr in der Kantine. Für ein Abschiedsgeschenk geht ein Umschlag rum (Raum 2.18).

Viele Grüße
Team Großschaden
"""
    return envelope(text(body), f"Team Großschaden <grossschaden@{V}>", f"alle-mitarbeitenden@{V}",
                    "Abschied Hans-Peter Rademacher", "2026-02-16 10:30")


@mail("NORMAL", "en", "supplier-to-insurer",
      "trap: translation agency invoice with the agency's (company) IBAN – business data only, no natural person's data")
def _():
    body = """Dear Ms Wolff,

please find below our invoice for the translation of the International Health Plan policy wording (German > English, 62 pages).

Invoice no.: LB-2026-0388
Order: BE-2026-00912
Words: 24,180 x EUR 0.14 = EUR 3,385.20
Terminology work (glossary): EUR 240.00
Net: EUR 3,625.20, VAT 19 %: EUR 688.79, total EUR 4,313.99

Payment within 30 days to:
Lingua Bridge Translations GmbH
IBAN DE25 7211 6703 8100 8518 85

Thank you for the pleasant cooperation.

Kind regards,
Accounts – Lingua Bridge Translations GmbH, Munich
"""
    return envelope(text(body), "Lingua Bridge Accounts <accounts@lingua-bridge.example>",
                    f"kreditoren@{V}", "Invoice LB-2026-0388", "2026-05-15 09:20")


@mail("NORMAL", "de", "insurer-to-customer",
      "reply with the insurer's postal address for letters – no personal or contract data")
def _():
    body = f"""Guten Tag,

Ihre Unterlagen können Sie gern per Post an folgende Anschrift schicken:

Versicherer AG
Posteingang
20079 Hamburg

Die Anschrift mit dem Postfach ist schneller als die Hausanschrift, weil die Post direkt in unsere Scanstelle geht.

{SIG['sommer']}
"""
    return envelope(text(body), f"Patrick Sommer <patrick.sommer@{V}>",
                    "m.tews@gmx.example", "AW: Postanschrift?", "2026-06-15 08:47")


@mail("NORMAL", "de", "internal",
      "marketing announces that the raffle at the trade fair is drawn; winners are informed directly, none named")
def _():
    body = """Hallo zusammen,

das Gewinnspiel vom Stand auf der "Du und Deine Welt" ist ausgelost. 1.842 Teilnahmekarten, die drei E-Bikes und 20 Picknickdecken sind vergeben. Die Gewinnerinnen und Gewinner werden von der Agentur direkt benachrichtigt; Namen veröffentlichen wir nicht.

Die Teilnahmekarten werden nach der Benachrichtigung vernichtet, die Einwilligungen für den Newsletter (412 Stück) liegen im CRM.

Danke an alle Standbetreuer!
Marketing
"""
    return envelope(text(body), f"Marketing <marketing@{V}>", f"vertrieb-hamburg@{V}",
                    "Gewinnspiel Messe ausgelost", "2026-09-02 14:14")


@mail("NORMAL", "en", "spam",
      "unsolicited recruiter mail – no personal or customer data")
def _():
    body = """Hi there,

I hope this message finds you well! I'm reaching out because we have several senior Java developers (10+ years, insurance domain, German B2) available immediately for contract or permanent roles.

Would you have 15 minutes this week for a quick call to discuss your hiring needs for 2026?

Best,
Jordan
Talent Partner | NextWave Tech Staffing
"""
    return envelope(text(body, charset="us-ascii", cte="7bit"), "Jordan Blake <jordan@nextwave-staffing.example>",
                    f"info@{V}", "Quick question about your IT hiring plans", "2026-01-29 16:44")


@mail("NORMAL", "de", "customer-to-insurer",
      "complaint about the hotline's hold music and waiting time – no contract, no personal data")
def _():
    body = """Sehr geehrte Damen und Herren,

ich habe heute 23 Minuten in Ihrer Warteschleife verbracht. Dass man warten muss, verstehe ich ja. Aber müssen es wirklich immer dieselben acht Takte Panflöte sein? Und die Ansage "Der nächste freie Mitarbeiter ist gleich für Sie da" nach 20 Minuten ist ein schlechter Witz.

Vielleicht könnten Sie einen Rückrufservice anbieten, wie andere Firmen auch.

Mit freundlichen Grüßen
Ein genervter Anrufer
"""
    return envelope(text(body, charset="iso-8859-1"), "a.gerdes@freenet-mail.example",
                    f"feedback@{V}", "Ihre Warteschleife", "2026-08-10 17:55")


@mail("NORMAL", "de", "internal",
      "department move to the 3rd floor with a seating plan (XLSX) listing desk numbers and teams – organisational data only")
def _():
    body = f"""Liebe Kolleginnen und Kollegen der Leistung Kranken,

am Wochenende 17./18. Oktober zieht unsere Abteilung vom 5. ins 3. Obergeschoss. Bitte packt eure Sachen bis Freitag, 14 Uhr, in die Umzugskisten (werden am Mittwoch verteilt) und beschriftet sie mit der neuen Platznummer aus dem Sitzplan.

Aktenschränke werden verschlossen transportiert – bitte abschließen und Schlüssel bei mir abgeben.

{SIG['kamps']}
"""
    rows = [["Platz", "Team", "Raum", "Bemerkung"],
            ["3.01-01 bis 3.01-08", "Ambulant/Zahn", "3.01", "Fensterseite"],
            ["3.02-01 bis 3.02-06", "Krankenhaus/Direktabrechnung", "3.02", ""],
            ["3.03-01 bis 3.03-04", "Hilfsmittel/Heilmittel", "3.03", ""],
            ["3.04-01 bis 3.04-05", "Pflege", "3.04", "mit Besprechungsecke"],
            ["3.07", "Besprechungsraum", "3.07", "Jour fixe"],
            ["3.08-01 bis 3.08-10", "Desksharing", "3.08", "buchbar"]]
    x = xlsx([("Sitzplan 3. OG", rows)], author="Facility")
    return envelope(mixed(text(body), attach_bytes(x, XLSX, "Sitzplan_3OG_Leistung.xlsx")),
                    f"Rüdiger Kamps <ruediger.kamps@{V}>", f"leistung-kranken-alle@{V}",
                    "Umzug ins 3. OG am 17./18.10.", "2026-10-01 11:25")


@mail("NORMAL", "de", "partner-to-insurer",
      "webinar invitation on qualified electronic signatures for insurers – no personal data")
def _():
    body = """Guten Tag,

viele Versicherer stellen gerade Anträge und Schadenmeldungen auf digitale Unterschrift um. In unserem kostenlosen Webinar zeigen wir:

- wann eine einfache, fortgeschrittene oder qualifizierte elektronische Signatur nötig ist
- wie die Signatur mit dem Online-Ausweis funktioniert
- welche Anforderungen die BaFin an die Dokumentation stellt

Termin: Mittwoch, 4. März 2026, 11:00–12:00 Uhr
Anmeldung: https://webinar.signflow.example/versicherungen

Viele Grüße
Ihr SignFlow-Team
"""
    return envelope(text(body), "SignFlow Events <events@signflow.example>", f"digitalisierung@{V}",
                    "Webinar: E-Signaturen in der Versicherung", "2026-02-11 08:00",
                    hdrs={"Precedence": "bulk"})


@mail("NORMAL", "de", "internal",
      "works council informs about the new flexitime agreement – collective, no individual data")
def _():
    body = """Liebe Kolleginnen und Kollegen,

die neue Betriebsvereinbarung zur Arbeitszeit ist unterschrieben und gilt ab 1. April:

- Gleitzeitrahmen 6:30 bis 20:00 Uhr, keine Kernzeit mehr
- Zeitkonto bis +60 / -20 Stunden
- Mobiles Arbeiten bis zu 60 % der Arbeitszeit, Teams regeln die Präsenztage selbst
- Neu: Recht auf Nichterreichbarkeit nach 19 Uhr und am Wochenende

Den vollständigen Text findet ihr im Intranet unter "Betriebsrat". Fragen gern in unserer Sprechstunde dienstags 12–13 Uhr.

Euer Betriebsrat
"""
    return envelope(text(body), f"Betriebsrat <betriebsrat@{V}>", f"alle-mitarbeitenden@{V}",
                    "BV Arbeitszeit unterschrieben", "2026-03-05 12:30")


@mail("NORMAL", "de", "customer-to-insurer",
      "thank-you note for friendly staff at the service counter – no contract, no personal data")
def _():
    body = """Hallo,

ich möchte mich einfach mal bedanken: Die junge Frau an Ihrem Schalter in der Geschäftsstelle Wandsbek war gestern so geduldig und freundlich, obwohl ich mit meinen Fragen bestimmt die dritte Nervensäge des Tages war. Das erlebt man heute selten.

Geben Sie das bitte weiter!

Viele Grüße
Margot Dreyer
"""
    return envelope(text(body), "Margot Dreyer <margot.dreyer@t-online.example>", f"feedback@{V}",
                    "Lob", "2026-11-25 10:14")


@mail("NORMAL", "en", "system-notification",
      "automatic answer to a certificate request with the insurer's S/MIME certificate (PEM) – no personal data")
def _():
    body = """This is an automatic answer to your certificate request.

Attached is the S/MIME certificate for the address international@versicherer.example. Import it into your mail program to send us encrypted e-mail.

Fingerprint (SHA-256): 4A:1C:77:90:E2:5B:0D:3F:88:16:A9:C4:2E:71:5D:B0:93:6F:0A:E8:44:2D:19:CB:7E:60:35:F1:D2:8A:09:B4
Valid until: 2028-01-31

Versicherer AG - Certificate Service
"""
    import base64 as _b64
    blob = b"".join(hashlib.sha256(f"d27-cert-{i}".encode()).digest() for i in range(40))
    b64 = _b64.b64encode(blob).decode()
    pem = "-----BEGIN CERTIFICATE-----\n" + "\n".join(b64[i:i + 64] for i in range(0, len(b64), 64)) + \
          "\n-----END CERTIFICATE-----\n"
    return envelope(mixed(text(body, charset="us-ascii", cte="7bit"),
                          attach_bytes(pem.encode("ascii"), "application/x-pem-file", "international_versicherer_example.pem")),
                    f"Certificate Service <zertifikat@{V}>", "it-security@harcourt-freight.example",
                    "Re: [ZERTIFIKAT]", "2026-03-30 09:01", hdrs={"Auto-Submitted": "auto-replied"})


@mail("NORMAL", "de", "system-notification",
      "one-time password for a new portal account – credential only, no personal or contract data")
def _():
    body = """Guten Tag,

für Sie wurde ein Zugang zum Versicherer SecureMail-Portal eingerichtet.

Ihr Einmal-Passwort lautet:  hT7q-Wm2x-9LpK

Den Link zur Registrierung erhalten Sie mit einer separaten E-Mail. Das Einmal-Passwort ist 7 Tage gültig.

Aus Sicherheitsgründen werden unsere Mitarbeitenden Sie niemals nach Ihrem Passwort fragen.

Versicherer AG · SecureMail
"""
    return envelope(text(body), f"Versicherer SecureMail <noreply@securemail.{V}>",
                    "praxis@hausarzt-loibl.example", "Ihr Einmal-Passwort für das SecureMail-Portal",
                    "2026-05-21 09:41", hdrs={"Auto-Submitted": "auto-generated"})


@mail("NORMAL", "en", "newsletter",
      "investor relations newsletter (HTML only) with group results – company figures only")
def _():
    htmlb = """<html><body style="font-family:Arial;font-size:13px;color:#222">
<h2 style="color:#1b3a57">Versicherer Group – Half-year results 2026</h2>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td>Gross written premiums</td><td style="text-align:right">EUR 3.82 bn (+5.1 %)</td></tr>
<tr><td>Combined ratio P&amp;C</td><td style="text-align:right">93.4 % (H1 2025: 95.0 %)</td></tr>
<tr><td>Net income</td><td style="text-align:right">EUR 214 m (+12 %)</td></tr>
<tr><td>Solvency II ratio</td><td style="text-align:right">208 %</td></tr>
</table>
<p>The full interim report and the webcast of the analyst call are available at <a href="https://ir.versicherer.example">ir.versicherer.example</a>.</p>
<p style="font-size:11px;color:#777">You receive this newsletter because you subscribed to Versicherer Investor Relations news. Unsubscribe at any time on our website.</p>
</body></html>"""
    return envelope(html(htmlb), f"Versicherer Investor Relations <ir@{V}>", "ir-subscribers@lists.versicherer.example",
                    "Half-year results 2026", "2026-08-06 07:00", hdrs={"Precedence": "bulk"})


@mail("NORMAL", "de", "internal",
      "Christmas party invitation with ICS – nothing personal")
def _():
    body = """Ho ho ho,

unsere Weihnachtsfeier findet am Freitag, 11. Dezember, ab 18 Uhr im Alten Zollhaus (Speicherstadt) statt. Wichteln: Geschenk bis 10 Euro mitbringen.

Anmeldung bis 20.11. im Intranet.

Euer Festkomitee
"""
    cal = ics("xmas-2026@versicherer.example", "Weihnachtsfeier Versicherer", "2026-12-11 18:00",
              "2026-12-12 00:30", "Altes Zollhaus, Speicherstadt", "Wichteln bis 10 EUR",
              organizer=f"festkomitee@{V}")
    return envelope(mixed(text(body), attach_bytes(cal, "text/calendar", "Weihnachtsfeier.ics")),
                    f"Festkomitee <festkomitee@{V}>", f"alle-mitarbeitenden@{V}",
                    "Weihnachtsfeier 11.12.", "2026-11-05 12:00")


@mail("NORMAL", "en", "internal",
      "project meeting notes on the secure-mail gateway rollout (portal, TLS partners, certificates) – project topics, no personal data",
      bstyle=2)
def _():
    body = """Secure mail rollout – meeting notes, 14 Jan 2026

Present: IT Security, Data Protection, Customer Service, Claims Health, Broker Management

1. Portal go-live: pilot with the international desk from 2 February; notification mails in German and English.
2. TLS partner domains: list of 140 broker and hospital domains to be checked for DANE/MTA-STS by end of January (owner: IT Security).
3. Consent for TLS-only delivery of health data: form text agreed with Data Protection; stored in CRM per address.
4. Certificate harvesting: signed incoming mail from brokers should register certificates automatically; test with two broker firms.
5. Open question: how to handle replies from customers who reply to the notification mail instead of using the portal -> Customer Service proposes an auto-reply with instructions.

Next meeting: 28 Jan, 10:00.
"""
    return envelope(text(body, charset="us-ascii", cte="7bit"), f"Marco Fiore <marco.fiore@{V}>",
                    f"project-securemail@{V}", "Notes: secure mail rollout 14 Jan", "2026-01-14 15:30")


@mail("NORMAL", "en", "broker-to-insurer",
      "broker firm announces its office closure over the holidays – company information only")
def _():
    body = """Dear partners,

our office will be closed from 24 December 2026 to 1 January 2027. From 4 January we're back for you as usual.

In urgent cases (claims) our on-call service is available at +49 40 0000 1212.

Season's greetings from the whole team at Hanseatic Cover Brokers!
"""
    return envelope(text(body, charset="us-ascii", cte="7bit"), "Hanseatic Cover Brokers <office@hanseatic-cover.example>",
                    f"makler@{V}", "Holiday closure 24 Dec - 1 Jan", "2026-12-14 09:00")


# ==========================================================================
# build, write, check
# ==========================================================================

def build_all():
    built = []
    for i, (label, lang, kind, reason, bstyle, fn) in enumerate(MAILS):
        Ctx.idx = i
        Ctx.bcount = 0
        Ctx.bstyle = (i % 4) if bstyle is None else bstyle
        msg = fn()
        built.append((label, lang, kind, reason, msg.as_bytes(policy=SMTP)))
    order = list(range(len(built)))
    random.Random(27).shuffle(order)
    result = []
    for n, j in enumerate(order, 1):
        label, lang, kind, reason, data = built[j]
        result.append((f"{PREFIX}-{n:04d}.eml", label, lang, kind, reason, data))
    return result


def labels_tsv(result):
    lines = ["file\tlabel\tlang\tkind\treason"]
    for fname, label, lang, kind, reason, _ in result:
        lines.append(f"{fname}\t{label}\t{lang}\t{kind}\t{reason}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def write():
    result = build_all()
    mdir = os.path.join(HERE, "mails")
    os.makedirs(mdir, exist_ok=True)
    for f in os.listdir(mdir):
        if f.endswith(".eml"):
            os.remove(os.path.join(mdir, f))
    for fname, *_rest, data in result:
        with open(os.path.join(mdir, fname), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(labels_tsv(result))
    print(f"wrote {len(result)} mails")


def _open_attachment(name, ctype, data, stats, where):
    import openpyxl
    low = (name or "").lower()
    if low.endswith(".xlsx") or ctype == XLSX:
        wb = openpyxl.load_workbook(io.BytesIO(data))
        assert any(ws.max_row >= 1 for ws in wb.worksheets), where
        stats["xlsx"] = stats.get("xlsx", 0) + 1
    elif low.endswith(".docx") or ctype == DOCX:
        import docx as _docx
        d = _docx.Document(io.BytesIO(data))
        assert d.paragraphs or d.tables, where
        stats["docx"] = stats.get("docx", 0) + 1
    elif low.endswith(".ods") or low.endswith(".odt") or ctype in (ODS, ODT):
        from odf.opendocument import load
        from odf import teletype, text as otext, table as otable
        doc = load(io.BytesIO(data))
        content = doc.spreadsheet if low.endswith(".ods") or ctype == ODS else doc.text
        assert content is not None, where
        key = "ods" if (low.endswith(".ods") or ctype == ODS) else "odt"
        stats[key] = stats.get(key, 0) + 1
    elif low.endswith(".pdf") or ctype == PDF:
        from pypdf import PdfReader
        r = PdfReader(io.BytesIO(data))
        txt = "".join(pg.extract_text() or "" for pg in r.pages)
        assert txt.strip(), f"{where}: empty PDF text layer"
        stats["pdf"] = stats.get("pdf", 0) + 1
    elif low.endswith(".zip") or ctype == ZIP:
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, where
        for member in z.namelist():
            _open_attachment(member, "", z.read(member), stats, where + ":" + member)
        stats["zip"] = stats.get("zip", 0) + 1
    elif low.endswith(".ics") or ctype == "text/calendar":
        s = data.decode("utf-8")
        assert "BEGIN:VCALENDAR" in s and "END:VCALENDAR" in s, where
        stats["ics"] = stats.get("ics", 0) + 1
    elif low.endswith(".csv") or ctype in ("text/csv", "application/vnd.ms-excel"):
        assert data, where
        stats["csv"] = stats.get("csv", 0) + 1
    elif low.endswith(".txt") or low.endswith(".log") or ctype == "text/plain":
        assert data, where
        stats["txt"] = stats.get("txt", 0) + 1
    elif low.endswith(".pem") or ctype == "application/x-pem-file":
        s = data.decode("ascii")
        assert "-----BEGIN CERTIFICATE-----" in s and "-----END CERTIFICATE-----" in s, where
        stats["pem"] = stats.get("pem", 0) + 1
    else:
        raise AssertionError(f"{where}: unknown attachment {name} {ctype}")


def _walk(part, stats, where, depth=0):
    """Recursive walk; depth counts message/rfc822 levels."""
    assert not part.defects, f"{where}: defects {part.defects}"
    ctype = part.get_content_type()
    if ctype == "message/rfc822":
        stats["rfc822"] = stats.get("rfc822", 0) + 1
        inner_msg = part.get_payload()[0]
        _walk(inner_msg, stats, where + ">rfc822", depth + 1)
        return
    if part.is_multipart():
        for sub in part.iter_parts():
            _walk(sub, stats, where, depth)
        return
    fname = part.get_filename()
    disp = part.get_content_disposition()
    if disp == "attachment" or fname:
        data = part.get_payload(decode=True)
        if ctype.startswith("text/") and ctype != "text/calendar":
            part.get_content()  # must decode with its declared charset
        _open_attachment(fname, ctype, data, stats, where)
        return
    if ctype.startswith("text/"):
        cs = part.get_content_charset() or "us-ascii"
        raw = part.get_payload(decode=True)
        raw.decode(cs)  # strict: the declared charset must fit
        s = part.get_content()
        assert s.strip(), f"{where}: empty text part"
        if depth == 0:
            stats.setdefault("charset", {}).setdefault(cs, 0)
            stats["charset"][cs] += 1
            cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
            stats.setdefault("cte", {}).setdefault(cte, 0)
            stats["cte"][cte] += 1
        return
    data = part.get_payload(decode=True)
    _open_attachment(fname, ctype, data, stats, where)


def check():
    from email.parser import BytesParser
    from email.utils import parsedate_to_datetime
    result = build_all()
    assert len(result) == 200, len(result)
    mdir = os.path.join(HERE, "mails")
    on_disk = sorted(f for f in os.listdir(mdir) if f.endswith(".eml"))
    assert on_disk == [r[0] for r in result], "mail files differ from generator"
    with open(os.path.join(HERE, "labels.tsv"), "rb") as fh:
        assert fh.read() == labels_tsv(result), "labels.tsv differs from generator"
    mids = set()
    stats = {}
    tops = {}
    counts = {}
    kinds = {}
    traps = 0
    for fname, label, lang, kind, reason, data in result:
        with open(os.path.join(mdir, fname), "rb") as fh:
            disk = fh.read()
        assert disk == data, f"{fname}: file differs from generator (not byte-identical)"
        assert b"\n" not in data.replace(b"\r\n", b""), f"{fname}: bare LF"
        msg = BytesParser(policy=policy.default).parsebytes(data)
        assert not msg.defects, f"{fname}: {msg.defects}"
        mid = msg["Message-ID"]
        assert mid and mid not in mids, f"{fname}: Message-ID {mid}"
        mids.add(mid)
        assert parsedate_to_datetime(msg["Date"]).year == 2026, fname
        assert msg["From"] and msg["To"] and msg["Subject"] is not None, fname
        tops[msg.get_content_type()] = tops.get(msg.get_content_type(), 0) + 1
        _walk(msg, stats, fname)
        counts[(label, lang)] = counts.get((label, lang), 0) + 1
        kinds.setdefault(kind, {}).setdefault(label, 0)
        kinds[kind][label] += 1
        if label == "NORMAL" and reason.startswith("trap:"):
            traps += 1
        if reason.startswith("trap:"):
            assert label == "NORMAL", f"{fname}: trap but not NORMAL"
    print("label                   de   en  total")
    tot = {"de": 0, "en": 0}
    per_label = {}
    for lab in LABELS:
        de = counts.get((lab, "de"), 0)
        en = counts.get((lab, "en"), 0)
        tot["de"] += de
        tot["en"] += en
        per_label[lab] = de + en
        print(f"{lab:22s} {de:4d} {en:4d} {de + en:6d}")
    print(f"{'total':22s} {tot['de']:4d} {tot['en']:4d} {tot['de'] + tot['en']:6d}")
    print(f"traps among NORMAL: {traps}")
    print("top-level types:", dict(sorted(tops.items())))
    print("charsets of main text parts:", dict(sorted(stats.pop("charset", {}).items())))
    print("transfer encodings of main text parts:", dict(sorted(stats.pop("cte", {}).items())))
    print("attachments opened:", dict(sorted(stats.items())))
    print("kinds:")
    for k in sorted(kinds):
        v = kinds[k]
        print(f"  {k:32s} " + "  ".join(f"{lab[:6]}={v.get(lab, 0)}" for lab in LABELS))
    assert per_label == {"NORMAL": 80, "CONFIDENTIAL": 60, "STRICTLY_CONFIDENTIAL": 60}, per_label
    assert traps >= 40
    print("check OK")
    return per_label


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        write()
