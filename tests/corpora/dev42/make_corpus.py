#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel independent corpus dev42 (prefix d42-).

Fictitious small-business department of an invented insurer,
"Pfälzer Handwerk & Gewerbe Versicherung VVaG", Kaiserslautern
(domain phg-versicherung.example). Every mail below is written out by hand in
its own section; only the staff signatures and the legal footer are shared.

    python make_corpus.py          # writes mails/ and labels.tsv
    python make_corpus.py --check  # rebuilds twice, compares with disk, parses and opens everything

Needs: openpyxl python-docx odfpy fpdf2 pypdf (venv outside the project).
"""
import io
import os
import re
import sys
import csv
import random
import zipfile
import datetime as _dt
from email.message import EmailMessage
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d42"
DOMAIN = "phg-versicherung.example"
SEED = 42
FIXED_ZIP_TIME = (2026, 1, 5, 8, 30, 0)
FIXED_DT = _dt.datetime(2026, 1, 5, 8, 30, 0)
FIXED_DT_TZ = _dt.datetime(2026, 1, 5, 8, 30, 0, tzinfo=_dt.timezone.utc)

# ---------------------------------------------------------------- staff -----
STAFF = {
    "kettering": ('"Kettering, Sabine" <sabine.kettering@phg-versicherung.example>',
                  "Sabine Kettering\nSchadenregulierung Gewerbe Sach/Haftpflicht\nTel. 0631 3418-214"),
    "weisbrod": ('Jörg Weisbrod <joerg.weisbrod@phg-versicherung.example>',
                 "Jörg Weisbrod\nKundenbetreuung Handwerk & Gewerbe, Bezirk Westpfalz\nMobil 0171 5523 918"),
    "hoffstadt": ('"Melanie Hoffstadt" <melanie.hoffstadt@phg-versicherung.example>',
                  "Melanie Hoffstadt\nLeistung Unfall & Betriebliche Krankenversicherung\nTel. 0631 3418-377"),
    "brenneis": ('Tobias Brenneis <tobias.brenneis@phg-versicherung.example>',
                 "Tobias Brenneis\nBetriebliche Altersversorgung / Berufsunfähigkeit\nTel. 0631 3418-402"),
    "demir": ('"Demir, Aylin" <aylin.demir@phg-versicherung.example>',
              "Aylin Demir\nKfz-Flotten und Firmenwagen\nTel. 0631 3418-255"),
    "schowalter": ('Petra Schowalter <petra.schowalter@phg-versicherung.example>',
                   "Petra Schowalter\nBeitragsabrechnung Gewerbe\nTel. 0631 3418-130"),
    "lingenfelder": ('Marco Lingenfelder <marco.lingenfelder@phg-versicherung.example>',
                     "Marco Lingenfelder\nIT-Service & Cyber-Underwriting\nTel. 0631 3418-600"),
    "rech": ('"Claudia Rech" <claudia.rech@phg-versicherung.example>',
             "Claudia Rech\nRechtsschutz Firmenkunden - Schaden\nTel. 0631 3418-290"),
    "gebhardt": ('Stefan Gebhardt <stefan.gebhardt@phg-versicherung.example>',
                 "Stefan Gebhardt\nRisikoberatung & Schadenverhütung\nTel. 0631 3418-510"),
    "fauss": ('Nicole Fauß <nicole.fauss@phg-versicherung.example>',
              "Nicole Fauß\nMarketing & Verbandsarbeit\nTel. 0631 3418-720"),
    "leibrock": ('"Datenschutz PHG" <datenschutz@phg-versicherung.example>',
                 "Heike Leibrock\nDatenschutzbeauftragte"),
    "morgenstern": ('Lena Morgenstern <lena.morgenstern@phg-versicherung.example>',
                    "Lena Morgenstern\nInternational Desk / Commercial Lines\nPhone +49 631 3418-233"),
    "adam": ('Kai Adam <kai.adam@phg-versicherung.example>',
             "Kai Adam\nEinkauf & Gebäudemanagement\nTel. 0631 3418-150"),
    "wendel": ('"Dr. Ursula Wendel" <ursula.wendel@phg-versicherung.example>',
               "Dr. med. Ursula Wendel\nGesellschaftsärztin / Leistungsprüfung Personenversicherung"),
    "jung": ('Florian Jung <florian.jung@phg-versicherung.example>',
             "Florian Jung\nAusbildung & Personal\nTel. 0631 3418-160"),
}

FOOTER_DE = (
    "--\n"
    "Pfälzer Handwerk & Gewerbe Versicherung VVaG\n"
    "Barbarossaring 17, 67655 Kaiserslautern\n"
    "Vorstand: Gerhard Mattern (Vors.), Dr. Ines Roth | Vorsitzender des Aufsichtsrats: Werner Koob\n"
    "Sitz Kaiserslautern, Amtsgericht Kaiserslautern HRB 30917\n"
)
FOOTER_EN = (
    "--\n"
    "Pfälzer Handwerk & Gewerbe Versicherung VVaG (mutual insurance association)\n"
    "Barbarossaring 17, 67655 Kaiserslautern, Germany\n"
    "Management board: Gerhard Mattern (chair), Dr. Ines Roth | Local court Kaiserslautern HRB 30917\n"
)


def F(key):
    return STAFF[key][0]


def SIG(key, en=False):
    return "\n" + STAFF[key][1] + "\n\n" + (FOOTER_EN if en else FOOTER_DE)


# -------------------------------------------------------- attachments -----
def _normalize_zip(data):
    """Rewrite an office container with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    dst = zipfile.ZipFile(out, "w")
    for info in src.infolist():
        content = src.read(info.filename)
        if info.filename in ("docProps/core.xml", "meta.xml"):
            txt = content.decode("utf-8")
            txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                         r"\g<1>2026-01-05T08:30:00Z\3", txt)
            txt = re.sub(r"(<(meta:creation-date|dc:date)>)[^<]*(</)",
                         r"\g<1>2026-01-05T08:30:00\3", txt)
            content = txt.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
        zi.compress_type = info.compress_type
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, content)
    dst.close()
    return out.getvalue()


class Att:
    def __init__(self, filename, maintype, subtype, data, kind):
        self.filename, self.maintype, self.subtype, self.data, self.kind = filename, maintype, subtype, data, kind


def _latin(text):
    rep = {"€": "EUR", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'", "–": "-",
           "—": "-", "…": "...", "•": "-", "→": "->", "≥": ">=", "≤": "<=", "✓": "x", "\u00a0": " "}
    for a, b in rep.items():
        text = text.replace(a, b)
    return text.encode("latin-1", "replace").decode("latin-1")


def pdf(filename, text, title=None, octet=False):
    from fpdf import FPDF
    p = FPDF(format="A4")
    p.creation_date = FIXED_DT_TZ
    p.set_title(_latin(title or filename))
    p.set_author("Pfaelzer Handwerk & Gewerbe Versicherung VVaG")
    p.set_auto_page_break(True, 15)
    p.add_page()
    p.set_font("Helvetica", size=10)
    for line in _latin(text).split("\n"):
        if line.startswith("# "):
            p.set_font("Helvetica", "B", 13)
            p.multi_cell(0, 7, line[2:], new_x="LMARGIN", new_y="NEXT")
            p.set_font("Helvetica", size=10)
        elif line.strip() == "":
            p.ln(3)
        else:
            p.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    data = bytes(p.output())
    if octet:
        return Att(filename, "application", "octet-stream", data, "pdf")
    return Att(filename, "application", "pdf", data, "pdf")


def xlsx(filename, sheets):
    """sheets: list of (title, rows)"""
    from openpyxl import Workbook
    wb = Workbook()
    wb.properties.creator = "PHG"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for r in rows:
            ws.append(list(r))
    b = io.BytesIO()
    wb.save(b)
    return Att(filename, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               _normalize_zip(b.getvalue()), "xlsx")


def docx(filename, paragraphs, table=None):
    """paragraphs: list of str; '# ' prefix = heading. table: list of rows, inserted at the end."""
    import docx as _docx
    d = _docx.Document()
    cp = d.core_properties
    cp.author = "PHG"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "PHG"
    cp.revision = 1
    for para in paragraphs:
        if para.startswith("# "):
            d.add_heading(para[2:], level=1)
        else:
            d.add_paragraph(para)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    b = io.BytesIO()
    d.save(b)
    return Att(filename, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
               _normalize_zip(b.getvalue()), "docx")


def odt(filename, paragraphs):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    d = OpenDocumentText()
    for para in paragraphs:
        if para.startswith("# "):
            d.text.addElement(H(outlinelevel=1, text=para[2:]))
        else:
            d.text.addElement(P(text=para))
    b = io.BytesIO()
    d.save(b)
    return Att(filename, "application", "vnd.oasis.opendocument.text", _normalize_zip(b.getvalue()), "odt")


def ods(filename, rows, sheet="Tabelle1"):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    d = OpenDocumentSpreadsheet()
    t = Table(name=sheet)
    for r in rows:
        tr = TableRow()
        for v in r:
            if isinstance(v, (int, float)):
                tc = TableCell(valuetype="float", value=v)
            else:
                tc = TableCell(valuetype="string")
            tc.addElement(P(text=str(v)))
            tr.addElement(tc)
        t.addElement(tr)
    d.spreadsheet.addElement(t)
    b = io.BytesIO()
    d.save(b)
    return Att(filename, "application", "vnd.oasis.opendocument.spreadsheet", _normalize_zip(b.getvalue()), "ods")


def csvf(filename, text, encoding="utf-8", excel=False):
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(encoding)
    if excel:
        return Att(filename, "application", "vnd.ms-excel", data, "csv")
    return Att(filename, "text", "csv", data, "csv")


def txtf(filename, text, encoding="utf-8"):
    return Att(filename, "text", "plain", text.replace("\r\n", "\n").replace("\n", "\r\n").encode(encoding), "txt")


def ics(filename, text):
    return Att(filename, "text", "calendar", text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"), "ics")


def zipf(filename, members):
    out = io.BytesIO()
    z = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for a in members:
        zi = zipfile.ZipInfo(a.filename, date_time=FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, a.data)
    z.close()
    return Att(filename, "application", "zip", out.getvalue(), "zip")


def eml(filename, frm, to, subj, date, body, atts=(), mid=None, cc=None):
    """A forwarded message (message/rfc822)."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = _date(date)
    m["Message-ID"] = mid or "<fwd-%s@%s>" % (re.sub(r"\W", "", filename)[:20], "mail.example")
    m.set_content(body, cte="quoted-printable")
    for a in atts:
        m.add_attachment(a.data, maintype=a.maintype, subtype=a.subtype, filename=a.filename)
    return Att(filename, "message", "rfc822", m, "eml")


# --------------------------------------------------------------- mails -----
MAILS = []


def _date(s):
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    summer = _dt.datetime(2026, 3, 29, 2, 0) <= d < _dt.datetime(2026, 10, 25, 3, 0)
    tz = _dt.timezone(_dt.timedelta(hours=2 if summer else 1))
    return format_datetime(d.replace(tzinfo=tz))


def mail(n, label, lang, kind, reason, *, frm, to, subj, date, body=None, html=None,
         att=(), cc=None, charset="utf-8", cte="quoted-printable", flowed=False,
         reply=None, hdrs=None):
    MAILS.append(dict(n=n, label=label, lang=lang, kind=kind, reason=reason, frm=frm, to=to,
                      subj=subj, date=date, body=body, html=html, att=list(att), cc=cc,
                      charset=charset, cte=cte, flowed=flowed, reply=reply, hdrs=hdrs or {}))


def _set_boundaries(msg, n, rng, counter):
    if msg.get_content_type() == "message/rfc822":
        for p in msg.get_payload():
            _set_boundaries(p, n, rng, counter)
    elif msg.is_multipart():
        counter[0] += 1
        msg.set_boundary("=_phg_%04d_%d_%08x" % (n, counter[0], rng.getrandbits(32)))
        for p in msg.get_payload():
            _set_boundaries(p, n, rng, counter)


def build(m, rng):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subj"]
    msg["Date"] = _date(m["date"])
    msg["Message-ID"] = "<%s-%04d.%012x@%s>" % (PREFIX, m["n"], rng.getrandbits(48), DOMAIN)
    if m["reply"]:
        msg["In-Reply-To"] = m["reply"]
        msg["References"] = m["reply"]
    for k, v in m["hdrs"].items():
        msg[k] = v
    body, html = m["body"], m["html"]
    if body is not None:
        msg.set_content(body, charset=m["charset"], cte=m["cte"])
        if m["flowed"]:
            msg.set_param("format", "flowed")
        if html is not None:
            msg.add_alternative(html, subtype="html", cte="quoted-printable")
    else:
        msg.set_content(html, subtype="html", charset=m["charset"], cte=m["cte"])
    for a in m["att"]:
        if a.kind == "eml":
            msg.add_attachment(a.data, filename=a.filename)
        else:
            msg.add_attachment(a.data, maintype=a.maintype, subtype=a.subtype, filename=a.filename)
    _set_boundaries(msg, m["n"], rng, [0])
    return msg.as_bytes(policy=policy.SMTP)


# ============================================================== MAILS =====
# Each section below is one mail, written by hand.


# ---------------------------------------------------------------- d42-0001
mail(1, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "group accident claim of a bakery apprentice: second-degree burn of the forearm, T22.2, hospital stay, D-Arzt report requested",
     frm=F("hoffstadt"), to='"Bäckerei Zimmermann e.K." <buero@baeckerei-zimmermann.example>',
     subj="Ihr Unfallschaden U-2026-00318 - Auszubildende Lea Brunk", date="2026-01-08 09:14",
     body="""Sehr geehrter Herr Zimmermann,

vielen Dank für Ihre Unfallanzeige vom 5. Januar. Wir haben den Schaden unter der
Nummer U-2026-00318 zu Ihrer Gruppen-Unfallversicherung GU 44-018273 angelegt.

Nach Ihrer Schilderung hat sich Ihre Auszubildende, Frau Lea Brunk (geb. 17.09.2007),
am 2. Januar beim Herausziehen eines Blechs aus dem Etagenofen den rechten Unterarm
verbrannt. Laut dem beigefügten Bericht der Notaufnahme handelt es sich um eine
Verbrennung 2. Grades (T22.2), sie war vom 2. bis 6. Januar stationär in der
BG Klinik Ludwigshafen und ist seitdem arbeitsunfähig.

Damit wir das Krankenhaustagegeld und ggf. die Leistung für kosmetische Operationen
prüfen können, benötigen wir noch:

1. den Durchgangsarztbericht (liegt Ihnen über die BG vor, sonst bitte Frau Brunk fragen)
2. die Entlassungsbriefe der Klinik
3. eine von Frau Brunk unterschriebene Schweigepflichtentbindung (Formular anbei -
   bei Minderjährigen hätten wir auch die Eltern gebraucht, sie ist aber seit
   September volljährig)

Bitte senden Sie Arztunterlagen möglichst nicht per normaler E-Mail, sondern über
unser Kundenportal oder per Post.

Gute Besserung an Frau Brunk!

Mit freundlichen Grüßen
""" + SIG("hoffstadt"))

# ---------------------------------------------------------------- d42-0002
mail(2, "NORMAL", "de", "newsletter",
     "trap: trade-fair invitation mentioning accident insurance for apprentices and occupational health, ICS, no persons",
     frm='"PHG Veranstaltungen" <veranstaltungen@phg-versicherung.example>',
     to="undisclosed-recipients:;",
     subj="Einladung: Westpfalz-Handwerksmesse 2026 - besuchen Sie uns in Halle 3, Stand 3.114",
     date="2026-01-12 07:30",
     body="""Liebe Handwerksbetriebe, liebe Gewerbetreibende,

vom 6. bis 8. März 2026 findet in der Gartenschauhalle Kaiserslautern wieder die
Westpfalz-Handwerksmesse statt. Wir sind mit einem eigenen Stand dabei
(Halle 3, Stand 3.114) und freuen uns auf Ihren Besuch.

Unsere Themen in diesem Jahr:

 * Unfallversicherung für Auszubildende - was die Berufsgenossenschaft NICHT zahlt
 * Betriebliche Krankenversicherung (bKV) ab 15 EUR pro Mitarbeiter und Monat
 * Cyberschutz für Handwerksbetriebe und Praxen
 * Live-Vorführung: Löschdecke und Fettbrand in der Backstube (täglich 11 und 15 Uhr)

Am Samstag um 13 Uhr spricht Dr. Ursula Wendel über "Rücken, Haut und Gehör -
die häufigsten Berufskrankheiten im Handwerk und wie man vorbeugt".

Einen Termin für die Kalendereinladung finden Sie im Anhang. Freikarten erhalten
Sie über Ihren Kundenbetreuer oder an der Tageskasse gegen Vorlage dieser Mail.

Herzliche Grüße
Ihr Veranstaltungsteam der PHG

""" + FOOTER_DE,
     att=[ics("PHG_Handwerksmesse_2026.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//PHG Versicherung//Veranstaltungen//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:messe-2026-westpfalz@phg-versicherung.example
DTSTAMP:20260112T063000Z
DTSTART;VALUE=DATE:20260306
DTEND;VALUE=DATE:20260309
SUMMARY:Westpfalz-Handwerksmesse - PHG Stand 3.114
LOCATION:Gartenschauhalle Kaiserslautern, Halle 3
DESCRIPTION:Unfallversicherung für Azubis, bKV, Cyber. Vortrag Sa 13 Uhr.
END:VEVENT
END:VCALENDAR
""")])

# ---------------------------------------------------------------- d42-0003
mail(3, "CONFIDENTIAL", "de", "insurer-to-customer",
     "commercial liability claim of a sole-trader electrician: parquet damaged at a named customer's home, claim and policy number, nobody hurt",
     frm=F("kettering"), to="Markus Kuhn <info@elektro-kuhn-rockenhausen.example>",
     subj="Schaden BH-2026-01142 / Wasserschaden Parkett bei Familie Roth",
     date="2026-01-13 11:02",
     body="""Hallo Herr Kuhn,

kurze Rückmeldung zu Ihrem Anruf von heute Morgen.

Der Schaden ist unter BH-2026-01142 zu Ihrer Betriebshaftpflicht Nr. 21-338 904-7
angelegt. Wenn ich Sie richtig verstanden habe: Ihr Geselle hat beim Setzen der
Unterputzdose in der Küche von Familie Roth (Lauterstraße 9, 67806 Rockenhausen)
die Heizungsleitung angebohrt, das Wasser ist unter das Eichenparkett im Esszimmer
gelaufen. Verletzt wurde niemand.

Was ich jetzt brauche:
- Fotos vom Parkett und von der Bohrstelle
- die Rechnung des Heizungsbauers für die Notreparatur
- Name und Telefonnummer von Herrn oder Frau Roth, damit unser Sachverständiger
  einen Termin für die Feuchtemessung machen kann

Bitte sagen Sie Familie Roth, dass sie das Parkett nicht selbst herausreißen
sollen, bevor der Gutachter da war. Trocknungsgeräte sind ok.

Viele Grüße aus Kaiserslautern
""" + SIG("kettering"))

# ---------------------------------------------------------------- d42-0004
mail(4, "NORMAL", "en", "insurer-to-supplier",
     "trap: invoice query to a Dutch supplier of trade-fair banners, the supplier's company IBAN only",
     frm=F("adam"), to='"De Vries Promotie B.V." <facturen@devries-promotie.example>',
     subj="Invoice 2026-0087 - roll-up banners / wrong quantity",
     date="2026-01-14 14:40",
     body="""Dear Mr de Vries, dear accounts team,

thank you for the quick delivery of the roll-up banners for our stand at the
Westpfalz-Handwerksmesse.

Your invoice 2026-0087 of 9 January lists 14 banners (85 x 200 cm), but our
purchase order PO-4500018823 and the delivery note only show 12. Could you please
send a corrected invoice? The unit price of EUR 79.00 and the shipping flat rate
are fine.

For the record, we will pay to the account printed on your invoice,
NL04 RABO 4874 0802 33 (De Vries Promotie B.V.), within 30 days of the
corrected invoice as agreed. Please also add our VAT number DE 149 862 330 -
our auditors insist on it for intra-community supplies.

Best regards
""" + SIG("adam", en=True))

# ---------------------------------------------------------------- d42-0005
mail(5, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "public liability claim at a foreign-owned restaurant: guest slipped, distal radius fracture S52.5, surgery, claim letter from guest's lawyer",
     frm=F("morgenstern"), to='"Siobhan O\'Doherty" <siobhan@copperkettle-kl.example>',
     cc=F("kettering"),
     subj="Your liability claim HP-2026-00207 - Mrs Schnell's fall on 28 December",
     date="2026-01-15 10:21",
     body="""Dear Ms O'Doherty,

thank you for calling us back yesterday. As promised, here is a summary in English
of where we stand with the claim under your business liability policy
BH 21-402 771-3 (The Copper Kettle, Marktstraße 21, Kaiserslautern).

What we know so far:
- On 28 December at about 9.30 pm your guest Mrs Renate Schnell slipped on the
  wet floor between the bar and the toilets.
- According to the letter from her lawyer (Kanzlei Berg, attached in German) she
  suffered a fracture of the left distal radius (ICD S52.5), was operated on at
  the Westpfalz-Klinikum on 29 December (plate osteosynthesis) and stayed there
  for four nights. She is a hairdresser and claims loss of earnings for at least
  eight weeks plus pain and suffering.

What we need from you:
1. The names of the staff on duty and whether the "wet floor" sign was put up.
2. Your cleaning log for that evening, if you keep one.
3. Any CCTV footage - please do not delete it.

Please do not discuss liability with Mrs Schnell or her lawyer directly; simply
refer them to us. We will handle the correspondence in German.

If anything is unclear, I am happy to go through it on the phone again.

Kind regards
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0006
mail(6, "NORMAL", "de", "internal",
     "trap: bKV premium table per headcount and budget tier, no persons, health vocabulary (Zahnersatz, Sehhilfen)",
     frm=F("hoffstadt"), to='"Vertrieb Gewerbe" <vertrieb-gewerbe@phg-versicherung.example>',
     subj="bKV-Budgettarife 2026 - Beitragstabelle nach Kopfzahl", date="2026-01-15 16:05",
     body="""Hallo zusammen,

wie in der Vertriebsrunde versprochen, anbei die neue Beitragstabelle für die
bKV-Budgettarife "PHG Gesundheitsbudget" 300 / 600 / 900 ab 01.04.2026.

Wichtig für die Beratung:
- keine Gesundheitsprüfung ab 5 versicherten Mitarbeitern
- Beitrag ist pro Kopf und Monat, unabhängig vom Alter
- Familienangehörige nur mit Gesundheitsfragen (das bitte NICHT versprechen)
- Bausteine: Zahnersatz, Sehhilfen, Heilpraktiker, Vorsorge, Hörgeräte

Rabattstaffel gilt ab 20 bzw. 50 Köpfen, siehe zweites Blatt.

Gruß Melanie
""" + SIG("hoffstadt"),
     att=[xlsx("bKV_Budgettarife_2026.xlsx", [
         ("Beiträge", [
             ["Tarif", "Jahresbudget EUR", "Beitrag p. Kopf/Monat EUR", "Wartezeit"],
             ["Gesundheitsbudget 300", 300, 14.90, "keine"],
             ["Gesundheitsbudget 600", 600, 27.40, "keine"],
             ["Gesundheitsbudget 900", 900, 39.80, "keine"],
         ]),
         ("Rabatt nach Kopfzahl", [
             ["Versicherte Mitarbeiter", "Nachlass"],
             ["5 - 19", "0 %"],
             ["20 - 49", "5 %"],
             ["50 - 199", "8 %"],
             ["ab 200", "individuell"],
         ]),
     ])])

# ---------------------------------------------------------------- d42-0007
mail(7, "CONFIDENTIAL", "de", "insurer-to-company",
     "payroll-based premium declaration for commercial liability of a roofing GmbH: contract number, declared payroll, named contact",
     frm=F("schowalter"), to='"Ralf Schäfer" <r.schaefer@schaefer-dach-landstuhl.example>',
     subj="Lohnsummenmeldung 2025 - Betriebshaftpflicht 21-117 550-2",
     date="2026-01-19 08:47",
     body="""Sehr geehrter Herr Schäfer,

vielen Dank für die Lohnsummenmeldung für das Jahr 2025, die uns am 16.01. erreicht hat.

Sie haben folgende Werte gemeldet:
  Bruttolohnsumme gewerbliche Arbeitnehmer:  1.284.600 EUR
  Bruttolohnsumme Angestellte (Büro):           212.300 EUR
  Umsatz Subunternehmer:                        96.000 EUR

Gegenüber der Vorauszahlung (Basis 1.150.000 EUR) ergibt sich eine Nachberechnung
von 1.482,17 EUR für die Betriebshaftpflicht Nr. 21-117 550-2 der
Schäfer & Söhne Dachdeckerei GmbH. Die Nachberechnung wird mit der nächsten
Lastschrift am 01.02.2026 eingezogen; die Vorauszahlung für 2026 passen wir auf
die neue Lohnsumme an.

Falls Sie die Abrechnung im Detail sehen möchten, schicke ich Ihnen gern die
Beitragsrechnung als PDF.

Freundliche Grüße
""" + SIG("schowalter"))

# ---------------------------------------------------------------- d42-0008
mail(8, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "sole trader's own disability (BU) claim: carpenter, herniated disc M51.1, profit figures from EÜR, medical reports requested",
     frm=F("brenneis"), to="Thomas Lauer <thomas.lauer@schreinerei-lauer.example>",
     subj="Ihr Antrag auf BU-Rente, Vertrag BU 70-228 419", date="2026-01-20 13:30",
     cte="8bit", flowed=True,
     body="""Guten Tag Herr Lauer,

danke für das Telefonat und für den ausgefüllten Leistungsantrag.
Ich fasse zusammen, was ich verstanden habe:

Sie sind seit Oktober 2025 wegen eines Bandscheibenvorfalls L4/L5
(Diagnose laut Orthopäde: M51.1) krankgeschrieben, nach der
Operation im November ist die Beinschwäche links nicht ganz
zurückgegangen. Schwere Platten heben und Überkopfarbeiten sind
laut Ihrem Arzt auf Dauer nicht mehr möglich.

Für die Prüfung der Berufsunfähigkeit brauchen wir von Ihnen:

- Tätigkeitsbeschreibung vor Eintritt der Erkrankung (Formular
  "Beruf selbstständig", Stunden pro Woche je Tätigkeit)
- die Einnahmen-Überschuss-Rechnungen 2023 und 2024. In Ihrem
  Antrag steht für 2024 ein Gewinn von 48.300 EUR, für 2023
  51.950 EUR - bitte die Belege vom Steuerberater beilegen
- OP-Bericht, Entlassbericht Reha Bad Dürkheim, aktuellen
  Befund des Neurochirurgen
- Angaben, ob und wie Sie den Betrieb umorganisieren könnten
  (Sie haben einen Gesellen und einen Azubi)

Die Umorganisation wird bei Selbstständigen immer geprüft, das
ist keine Misstrauensfrage.

Ich melde mich, sobald die Unterlagen da sind.

Beste Grüße
Tobias Brenneis
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0009
mail(9, "NORMAL", "de", "newsletter",
     "trap: prevention leaflet on skin protection for hairdressers (contact eczema, gloves), generic, PDF",
     frm=F("gebhardt"), to='"Friseurbetriebe Westpfalz" <verteiler-friseure@phg-versicherung.example>',
     subj="Prävention: Hautschutz im Friseursalon - Merkblatt zum Aushängen",
     date="2026-01-21 10:00",
     body="""Liebe Salonbetreiberinnen und Salonbetreiber,

Hauterkrankungen sind im Friseurhandwerk nach wie vor der häufigste Grund, den
Beruf aufzugeben. Wir haben mit der Innung ein einseitiges Merkblatt zum Aushängen
im Personalraum erstellt (PDF anbei).

Kurz gesagt:
- Handschuhe beim Färben, Blondieren, Dauerwellen und beim Haarewaschen
- Hautschutzcreme vor der Arbeit, Pflegecreme nach der Arbeit
- Bei Rötung, Juckreiz oder Rissen: früh zum Hautarzt, Hautarztverfahren der BGW nutzen

Weitere Exemplare schicken wir Ihnen gern in gedruckter Form.

Viele Grüße
Stefan Gebhardt
Risikoberatung & Schadenverhütung
""" + "\n" + FOOTER_DE,
     att=[pdf("Merkblatt_Hautschutz_Friseure.pdf", """# Hautschutz im Friseursalon
Merkblatt der PHG Versicherung und der Friseur-Innung Westpfalz (Stand 01/2026)

Warum? Feuchtarbeit und Inhaltsstoffe von Farben (z. B. p-Phenylendiamin) und
Blondiermitteln können ein Kontaktekzem auslösen. Eine allergische Reaktion
bleibt oft ein Leben lang.

1. Vor der Arbeit: Hautschutzcreme auftragen, auch zwischen den Fingern.
2. Beim Färben, Blondieren und Waschen: puderfreie Nitril-Handschuhe tragen.
3. Handschuhe nicht länger als nötig tragen - Baumwoll-Unterziehhandschuhe helfen.
4. Nach der Arbeit: Hände gründlich trocknen, Pflegecreme verwenden.
5. Erste Anzeichen (Rötung, Schuppung, Juckreiz): Hautarzt aufsuchen,
   Hautarztbericht an die BGW - das ist kostenlos und sichert den Arbeitsplatz.

Ansprechpartner: Risikoberatung PHG, Tel. 0631 3418-510""")])

# ---------------------------------------------------------------- d42-0010
mail(10, "CONFIDENTIAL", "de", "insurer-to-company",
     "fleet motor claim: van of a construction GmbH hit a gate, plate, named driver, nobody hurt",
     frm=F("demir"), to='"Fuhrpark Hörner Bau" <fuhrpark@hoerner-bau.example>',
     subj="AW: Schaden Transporter KL-HB 412 - Tor Baustelle Enkenbach",
     date="2026-01-21 15:12", reply="<fp-2026-0119-01@hoerner-bau.example>",
     body="""Hallo Frau Reis,

danke, Schadenmeldung ist angekommen, Schadennummer KF-2026-00481
(Flottenvertrag 40-771 200, Fahrzeug 17 von 38).

Nur zur Bestätigung: Herr Sven Marx ist beim Rangieren rückwärts gegen das
Schiebetor der Baustelle Hauptstraße 44 in Enkenbach gefahren, am Tor ist ein
Pfosten verbogen, am Transporter die Hecktür eingedrückt. Personen wurden nicht
verletzt, Polizei war nicht vor Ort.

Für die Haftpflichtseite brauche ich noch den Namen des Eigentümers des Tors
(Bauherr oder Zaunverleih?). Die Hecktür läuft über Ihre Vollkasko mit 500 EUR SB.

Grüße
Aylin Demir

> Von: Fuhrpark Hörner Bau
> Gesendet: Montag, 19. Januar 2026 16:40
> Betreff: Schaden Transporter KL-HB 412 - Tor Baustelle Enkenbach
>
> Hallo Frau Demir, anbei die Schadenmeldung von heute, Fahrer war Sven Marx.
> Fotos kommen morgen. Gruß Tanja Reis
""" + SIG("demir"))

# ---------------------------------------------------------------- d42-0011
mail(11, "STRICTLY_CONFIDENTIAL", "de", "internal",
     "medical officer's internal assessment of a roofing apprentice's fall: calcaneus fracture S92.0, disability degree per Gliedertaxe",
     frm=F("wendel"), to=F("hoffstadt"),
     subj="Stellungnahme U-2025-04410 Kessler, Tim (Dachdeckerei Schäfer)",
     date="2026-01-22 17:55",
     body="""Liebe Frau Hoffstadt,

ich habe mir die Unterlagen zu Herrn Kessler angesehen (Azubi 2. Lehrjahr, Sturz
von der Leiter am 14.08.2025, ca. 3,5 m).

Befunde:
- Fersenbeinfraktur rechts (S92.0), operativ versorgt 15.08.2025, Westpfalz-Klinikum
- Distorsion linkes Handgelenk, folgenlos ausgeheilt
- Nachuntersuchung 12.01.2026 (Dr. Herzog, D-Arzt): Restbeschwerden beim Gehen auf
  unebenem Grund, Subtalargelenk endgradig eingeschränkt, beginnende Arthrose

Vorschlag: Invalidität nach Gliedertaxe "Fuß" mit 2/10 Fußwert ansetzen. Bei
Fußwert 40 % ergibt das 8 % Invalidität. Die Erstbemessung ist noch nicht
endgültig - ich würde die Neubemessung nach 3 Jahren ausdrücklich vorbehalten,
da sich die Arthrose verschlechtern kann.

Ob er den Beruf Dachdecker weiter ausüben kann, ist für die Unfallversicherung
nicht entscheidend, aber das Ausbildungsverhältnis sollte sich die Kollegin in der
Kundenbetreuung anschauen.

Herzliche Grüße
""" + SIG("wendel"))

# ---------------------------------------------------------------- d42-0012
mail(12, "NORMAL", "de", "internal",
     "trap: IT ticket about the scanner for doctors' reports in the bKV claims team, no claim data",
     frm='"PHG IT-Service" <it-service@phg-versicherung.example>', to=F("hoffstadt"),
     subj="[Ticket #INC-0048812] Scanner Leistung bKV (Arztrechnungen) zieht Blätter schief ein",
     date="2026-01-23 08:05",
     body="""Hallo Frau Hoffstadt,

Ihr Ticket wurde bearbeitet.

Problem:  Dokumentenscanner Fujitsu fi-7160 (Raum 2.14, Team Leistung bKV) zieht
          beim Stapelscan von Arztrechnungen und Rezepten Blätter schräg ein,
          OCR erkennt dann die GOÄ-Ziffern nicht.
Ursache:  Einzugsrolle abgenutzt (ca. 410.000 Seiten).
Lösung:   Rollenkit getauscht, Treiber auf 3.0.2 aktualisiert, Testscan mit
          20 Leerseiten ok.

Bitte melden Sie sich, falls das Problem erneut auftritt. Das Ticket wird in
5 Werktagen automatisch geschlossen.

Ihr IT-Service
Marco Lingenfelder
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0013
mail(13, "CONFIDENTIAL", "en", "insurer-to-customer",
     "offer for an expat IT freelancer: professional indemnity and cyber, his turnover and date of birth",
     frm=F("morgenstern"), to="Rahul Menon <rahul@menon-consulting.example>",
     subj="Your quote: professional indemnity + cyber for Menon Consulting",
     date="2026-01-26 11:48",
     body="""Hi Rahul,

great talking to you on Friday. As discussed, here is your quote. I have based it
on the figures you gave me:

  Name:               Rahul Menon, sole trader (Freiberufler), IT consulting
  Date of birth:      14 March 1988
  Turnover 2025:      EUR 96,400 (expected 2026: approx. EUR 110,000)
  Main client:        a Frankfurt bank (about 70 % of turnover) - noted for the risk assessment

Professional indemnity (Vermögensschaden-Haftpflicht), sum insured EUR 500,000,
deductible EUR 1,000: EUR 612.00 per year incl. 19 % insurance tax.
Cyber add-on (data restoration, business interruption 14 days, ransomware):
EUR 189.00 per year.

If you want to go ahead, just reply "yes" and send me a copy of your
Gewerbeanmeldung or your tax office letter with the tax number. I will then send
you the policy documents - in German, I'm afraid, but I'm happy to translate
anything that is unclear.

Best,
Lena
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0014
mail(14, "NORMAL", "en", "insurer-to-partner",
     "trap: agenda for reinsurance treaty meeting, portfolio loss ratios of group accident and bKV, aggregates only",
     frm=F("morgenstern"), to='"Julian Hart" <j.hart@rheinre.example>',
     cc="Gerhard Mattern <gerhard.mattern@phg-versicherung.example>",
     subj="Agenda - treaty renewal meeting 11 Feb, Kaiserslautern",
     date="2026-01-27 09:15",
     body="""Dear Julian,

please find below the agenda for our meeting on 11 February (10:00-15:00, our
head office, room "Lauter").

1. Welcome, results 2025 (G. Mattern)
2. Group accident portfolio: 1,140 company contracts, 9,870 insured persons,
   loss ratio 2025 at 61 % (2024: 58 %). Two large losses above EUR 250k,
   both falls from height in roofing firms.
3. bKV: portfolio growth +34 %, claims ratio 72 %, mainly dental and glasses.
4. Cyber for practices and craftsmen: frequency 2.1 %, average loss EUR 18,300.
5. Structure 2027: quota share vs. surplus for commercial property
6. Lunch at "Spinnrädl"

I will send the loss bordereaux (aggregated, no claimant data) one week in
advance via the data room.

Kind regards
Lena
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0015
mail(15, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "harmless body, bKV enrolment list only in the XLSX attachment: employees' names, birth dates, tariff (health contract of named persons)",
     frm=F("hoffstadt"), to='"Personalabteilung Autohaus Brill" <personal@autohaus-brill.example>',
     subj="bKV Autohaus Brill - Anmeldeliste zum 01.02.", date="2026-01-27 14:20",
     body="""Hallo Frau Sommer,

anbei wie besprochen die Anmeldeliste mit dem Stand aus unserem System.
Bitte prüfen Sie, ob alle Eintritte zum 01.02. drin sind, und geben Sie mir
kurz Bescheid.

Danke und Gruß
""" + SIG("hoffstadt"),
     att=[xlsx("Anmeldeliste_bKV_Brill_0201.xlsx", [
         ("Anmeldung", [
             ["Vertrag", "Personalnr.", "Name", "Vorname", "Geburtsdatum", "Tarif", "Beginn"],
             ["KB 88-104 233", "1007", "Haag", "Jessica", "03.05.1991", "Gesundheitsbudget 600", "01.02.2026"],
             ["KB 88-104 233", "1012", "Ölmez", "Cem", "21.11.1985", "Gesundheitsbudget 600", "01.02.2026"],
             ["KB 88-104 233", "1019", "Brill", "Heiko", "07.07.1969", "Gesundheitsbudget 900", "01.02.2026"],
             ["KB 88-104 233", "1023", "Wagner", "Lukas", "30.01.2004", "Gesundheitsbudget 600", "01.02.2026"],
             ["KB 88-104 233", "1031", "Schreiber", "Anna-Lena", "12.09.1998", "Gesundheitsbudget 600", "01.02.2026"],
         ])])])

# ---------------------------------------------------------------- d42-0016
mail(16, "CONFIDENTIAL", "de", "insurer-to-customer",
     "winery: storm damage to barn roof and hail in vineyard, owner named, policy numbers, no persons hurt",
     frm=F("kettering"), to="Julia Lind <julia@weingut-ackermann-lind.example>",
     subj="Sturm- und Hagelschaden vom 17.01. - Weingut Ackermann-Lind",
     date="2026-01-28 09:40",
     body="""Liebe Frau Lind,

vielen Dank für die Fotos. Ich habe zwei Schäden angelegt, weil es zwei Verträge sind:

1. Gebäude (Vertrag GB 30-551 018): Scheune Weinstraße 112, Bad Dürkheim -
   Dacheindeckung auf ca. 40 m² abgedeckt. Schadennummer GS-2026-00733.
   Der Dachdecker darf sofort notsichern, bitte die Rechnung aufheben.

2. Ertragsausfall/Hagel Rebflächen (Vertrag HV 31-020 447): Lage
   "Dürkheimer Spielberg", ca. 1,2 ha. Im Januar sind keine Trauben dran, deshalb
   wird unser Hagelsachverständiger vor allem Holzschäden an den Bögen und am
   Drahtrahmen ansehen. Schadennummer HS-2026-00019.

Herr Bernd Eymael (Sachverständiger) meldet sich diese Woche zur Terminabsprache
direkt bei Ihnen.

Schöne Grüße nach Bad Dürkheim
""" + SIG("kettering"))

# ---------------------------------------------------------------- d42-0017
mail(17, "NORMAL", "de", "insurer-to-broker",
     "trap: broker newsletter with new commercial liability rates per trade and payroll, fictitious sample firm",
     frm='"PHG Maklerservice" <maklerservice@phg-versicherung.example>',
     to='"Maklerverteiler Gewerbe" <maklerverteiler@phg-versicherung.example>',
     subj="Maklerinfo 02/2026: neue Beitragssätze Betriebshaftpflicht nach Gewerken",
     date="2026-01-29 12:00",
     html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<h2 style="color:#7a1f1f">Maklerinfo 02/2026</h2>
<p>Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,</p>
<p>zum 01.04.2026 passen wir die Beitragssätze der Betriebshaftpflicht für
lohnsummenabhängige Gewerke an. Bestandsverträge werden zur Hauptfälligkeit umgestellt.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Gewerk</th><th>Promille der Lohnsumme</th><th>Mindestbeitrag</th></tr>
<tr><td>Dachdecker</td><td>4,80</td><td>620 EUR</td></tr>
<tr><td>Elektroinstallation</td><td>2,10</td><td>340 EUR</td></tr>
<tr><td>Bäcker/Konditor</td><td>1,35</td><td>290 EUR</td></tr>
<tr><td>Friseur</td><td>1,10</td><td>210 EUR</td></tr>
<tr><td>Schreiner</td><td>2,60</td><td>360 EUR</td></tr>
</table>
<p><b>Rechenbeispiel</b> (fiktiver Musterbetrieb): Schreinerei mit 6 Mitarbeitern,
Lohnsumme 240.000 EUR &rarr; 240 &times; 2,60 = 624 EUR netto.</p>
<p>Die vollständige Tabelle finden Sie im Maklerportal unter Downloads &gt; Gewerbe.</p>
<p>Ihr Maklerservice der PHG<br>Tel. 0631 3418-800</p>
<hr><p style="font-size:10px">Pfälzer Handwerk &amp; Gewerbe Versicherung VVaG, Barbarossaring 17,
67655 Kaiserslautern. Sie erhalten diese Mail als registrierter Vertriebspartner.</p>
</body></html>
""")

# ---------------------------------------------------------------- d42-0018
mail(18, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
     "medical malpractice claim against a GP practice: named patient, alleged missed thrombosis I80.2, request for records (§ 203)",
     frm=F("kettering"), to='"Praxis Dres. Frey" <praxis@hausarzt-frey-landstuhl.example>',
     subj="Haftpflichtanspruch Frau Gisela Baumann - Ihre Berufshaftpflicht 22-090 118-4",
     date="2026-01-29 15:33",
     body="""Sehr geehrter Herr Dr. Frey,

uns liegt das Anspruchsschreiben von Rechtsanwalt Dreher für Ihre Patientin
Frau Gisela Baumann (geb. 02.06.1954) vor. Es wird behauptet, bei den Vorstellungen
am 3. und 10. November 2025 seien die Schwellung und die Schmerzen im linken
Unterschenkel als Muskelzerrung gedeutet worden; am 14. November wurde in der
Notaufnahme eine tiefe Beinvenenthrombose (I80.2) mit Lungenembolie festgestellt,
Frau Baumann lag fünf Tage auf der Intensivstation.

Bevor wir Stellung nehmen, benötigen wir von Ihnen:
- eine Kopie der vollständigen Behandlungsdokumentation ab 01.10.2025
  (Karteikarte, Laborwerte, ggf. D-Dimer)
- Ihre eigene Schilderung der beiden Termine
- die Information, ob Ihre Praxismitarbeiterinnen Kontakt zu Frau Baumann hatten

Bitte geben Sie gegenüber der Patientin oder dem Anwalt kein Schuldanerkenntnis
ab. Die Schweigepflichtentbindung von Frau Baumann liegt dem Anwaltsschreiben bei,
Sie dürfen uns die Unterlagen also übermitteln - bitte per Post oder über das
Portal, nicht unverschlüsselt per Mail.

Mit freundlichen Grüßen
""" + SIG("kettering"))

# ---------------------------------------------------------------- d42-0019
mail(19, "NORMAL", "de", "insurer-to-supplier",
     "trap: burst pipe in the insurer's own building, physiotherapy tenant's treatment rooms closed, order to plumber, no patient or insured data",
     frm=F("adam"), to='"Sanitär Rohr & Co. GmbH" <auftrag@rohr-und-co.example>',
     cc='"Praxis Rückenwerk" <info@rueckenwerk-kl.example>',
     subj="Auftrag: Rohrbruch EG Barbarossaring 17 (Physiotherapiepraxis) - bitte heute noch",
     date="2026-01-30 07:52",
     body="""Guten Morgen Herr Rohr,

in unserem Verwaltungsgebäude Barbarossaring 17 ist heute Nacht im Erdgeschoss
eine Kaltwasserleitung in der Wand zwischen Behandlungsraum 2 und 3 der
Physiotherapiepraxis "Rückenwerk" (unsere Mieterin) geplatzt. Der Haupthahn ist
zu, der Boden steht ca. 1 cm unter Wasser, Fango-Raum und Umkleide sind auch betroffen.

Bitte kommen Sie heute so früh wie möglich, Leitung orten und reparieren,
Trocknung anschließen. Auftragsnummer Einkauf: 4500019044, Kostenstelle 8100
(Gebäude). Ansprechpartner vor Ort: Hausmeister Herr Klein, 0170 2210 557.

Die Praxis sagt die Termine für heute und morgen ab - Frau Albers (cc) braucht
nur eine kurze Einschätzung, wann die Räume wieder nutzbar sind.

Danke!
""" + SIG("adam"))

# ---------------------------------------------------------------- d42-0020
mail(20, "CONFIDENTIAL", "de", "insurer-to-customer",
     "body only confirms, the sole-trader hairdresser's new IBAN is only in the quoted reply",
     frm=F("schowalter"), to="Sandra Becker <sandra@haarwerk-kusel.example>",
     subj="AW: neue Bankverbindung", date="2026-02-02 10:11",
     reply="<7731a.sb@haarwerk-kusel.example>",
     body="""Hallo Frau Becker,

erledigt - ab der Abbuchung zum 01.03. nehmen wir das neue Konto. Das neue
SEPA-Mandat haben wir unter der alten Mandatsreferenz weitergeführt, Sie müssen
nichts mehr unterschreiben.

Viele Grüße
Petra Schowalter

-----Ursprüngliche Nachricht-----
Von: Sandra Becker <sandra@haarwerk-kusel.example>
Gesendet: Freitag, 30. Januar 2026 19:02
An: Beitragsabrechnung Gewerbe
Betreff: neue Bankverbindung

Hallo,
ich hab die bank gewechselt, bitte ab sofort für alle meine Verträge
(Inhalt Salon + Betriebshaftpflicht, Nr 21-552 307-0) von diesem Konto abbuchen:

Sandra Becker
Sparkasse Kusel
DE86 5405 1550 0940 0429 55

danke und lg Sandra Becker, Haarwerk Kusel
""" + SIG("schowalter"))

# ---------------------------------------------------------------- d42-0021
mail(21, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
     "Dutch supplier's driver injured at a policyholder's premises: concussion and ankle sprain, liability claim, medical certificate requested",
     frm=F("morgenstern"), to='"Pieter Jansen" <p.jansen@devries-promotie.example>',
     cc='"Metzgerei Gerlach" <kontakt@metzgerei-gerlach.example>',
     subj="Your accident at Metzgerei Gerlach, 26 January - liability claim HP-2026-00298",
     date="2026-02-03 14:05",
     body="""Dear Mr Jansen,

we are the liability insurer of Metzgerei Gerlach, Otterbach. Mr Gerlach has
reported that on 26 January you slipped on the icy loading ramp behind the shop
while delivering display material, fell backwards and hit your head.

We understand from him that you were taken to the hospital in Kaiserslautern,
where a mild concussion and a sprained right ankle were diagnosed, and that you
stayed overnight for observation. We are sorry to hear that and hope you are
recovering well.

To assess your claim for damages we need:
 - the discharge letter from the hospital and any report from your GP in Utrecht
 - a certificate of incapacity for work, if you were off work
 - details of any costs you had to pay yourself (taxi, medication, travel home)

Please send medical documents by post to the address below or ask us for an
upload link; please do not send them by ordinary e-mail.

Claim number: HP-2026-00298

Yours sincerely
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0022
mail(22, "NORMAL", "de", "insurer-to-partner",
     "trap: questions on a tender for group accident insurance of a guild's apprentices, specification DOCX with benefit amounts, no persons",
     frm=F("weisbrod"), to='"Kreishandwerkerschaft Westpfalz" <vergabe@kh-westpfalz.example>',
     subj="Ausschreibung GU-Azubi 2026 - Bieterfragen PHG", date="2026-02-04 16:30",
     body="""Sehr geehrte Damen und Herren,

wir bedanken uns für die Zusendung der Ausschreibungsunterlagen
"Gruppenunfallversicherung für Auszubildende der Mitgliedsbetriebe" und
beabsichtigen, ein Angebot abzugeben.

Vorab drei Bieterfragen (auch im beigefügten Formblatt):
1. Ist die Zahl von ca. 1.850 Auszubildenden eine Stichtagszahl oder ein
   Jahresdurchschnitt?
2. Sollen Unfälle auf dem Weg zur Berufsschule mitversichert sein, obwohl dafür
   bereits die gesetzliche Unfallversicherung eintritt?
3. Wird eine Schadenstatistik der letzten 5 Jahre (anonymisiert) zur Verfügung gestellt?

Mit freundlichen Grüßen
""" + SIG("weisbrod"),
     att=[docx("Bieterfragen_PHG_GU-Azubi_2026.docx", [
         "# Bieterfragen zur Ausschreibung GU-Azubi 2026",
         "Bieter: Pfälzer Handwerk & Gewerbe Versicherung VVaG, Kaiserslautern",
         "Leistungsverzeichnis laut Vergabeunterlagen (zur Bestätigung):",
     ], table=[
         ["Leistungsart", "Versicherungssumme", "Bemerkung"],
         ["Invalidität (Grundsumme)", "100.000 EUR", "Progression 350 %"],
         ["Todesfall", "10.000 EUR", ""],
         ["Krankenhaustagegeld", "20 EUR", "ab 1. Tag"],
         ["Kosmetische Operationen", "5.000 EUR", ""],
         ["Bergungskosten", "10.000 EUR", ""],
         ["Frage 1", "Stichtag oder Durchschnitt?", "ca. 1.850 Azubis"],
         ["Frage 2", "Schulweg einschließen?", ""],
         ["Frage 3", "Schadenstatistik 5 Jahre?", "anonymisiert"],
     ])])

# ---------------------------------------------------------------- d42-0023
mail(23, "CONFIDENTIAL", "de", "insurer-to-customer",
     "employer's legal expenses: dismissal dispute of a restaurant's cook, named employee and monthly salary, no health reason",
     frm=F("rech"), to="Werner Stuppy <gasthaus.linde@t-netz.example>",
     subj="Rechtsschutz RS 50-330 128 - Kündigungsschutzklage Herr Damir Kovač",
     date="2026-02-05 11:20",
     body="""Sehr geehrter Herr Stuppy,

wir bestätigen Ihnen Deckungsschutz aus Ihrer Firmen-Rechtsschutzversicherung
(Arbeitgeber-Rechtsschutz) für die Kündigungsschutzklage Ihres ehemaligen Kochs,
Herrn Damir Kovač, beim Arbeitsgericht Kaiserslautern (Az. 3 Ca 118/26).

Grundlage laut Ihrer Mitteilung: verhaltensbedingte Kündigung vom 15.12.2025
nach zwei Abmahnungen wegen wiederholter Verspätung; Bruttomonatsgehalt zuletzt
2.850 EUR, Betriebszugehörigkeit seit März 2021. Der Streitwert wird sich
voraussichtlich auf drei Bruttomonatsgehälter belaufen (8.550 EUR).

Ihre Anwältin Frau Rechtsanwältin Klein kann direkt mit uns abrechnen. Die
Selbstbeteiligung beträgt 250 EUR.

Mit freundlichen Grüßen
""" + SIG("rech"))

# ---------------------------------------------------------------- d42-0024
mail(24, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "HTML-only bKV benefit statement for a named employee: glasses and dental cleaning reimbursed, table",
     frm='"PHG bKV-Leistung" <bkv-leistung@phg-versicherung.example>',
     to="Jessica Haag <jessi.haag@web-post.example>",
     subj="Ihre Leistungsabrechnung bKV vom 06.02.2026", date="2026-02-06 06:10",
     html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:12px">
<p>Sehr geehrte Frau Haag,</p>
<p>wir haben Ihre eingereichten Belege zur betrieblichen Krankenversicherung Ihres
Arbeitgebers (Autohaus Brill GmbH, Vertrag KB 88-104 233) abgerechnet:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Datum</th><th>Leistung</th><th>Rechnungsbetrag</th><th>Erstattung</th></tr>
<tr><td>14.01.2026</td><td>Gleitsichtbrille, Optik Henrich (Sph. -2,25 / -2,50, Add. 1,00)</td><td>489,00 EUR</td><td>300,00 EUR</td></tr>
<tr><td>22.01.2026</td><td>Professionelle Zahnreinigung, Dr. M. Yilmaz</td><td>112,40 EUR</td><td>112,40 EUR</td></tr>
</table>
<p>Die Erstattung von <b>412,40 EUR</b> überweisen wir in den nächsten Tagen auf Ihr
bekanntes Konto. Ihr verbleibendes Jahresbudget 2026: 187,60 EUR.</p>
<p>Freundliche Grüße<br>Ihr Team bKV-Leistung<br>Pfälzer Handwerk &amp; Gewerbe Versicherung VVaG</p>
</body></html>
""")

# ---------------------------------------------------------------- d42-0025
mail(25, "NORMAL", "de", "internal",
     "trap: vacation handover for the bKV claims mailbox, colleague named without reason, no cases",
     frm=F("hoffstadt"), to='"Team Leistung Unfall/bKV" <team-leistung-uk@phg-versicherung.example>',
     subj="Urlaubsvertretung 09.-20.02. - Postfach bkv-leistung", date="2026-02-06 16:45",
     body="""Hallo ihr Lieben,

ich bin vom 9. bis 20. Februar im Urlaub (Skifahren im Allgäu, endlich!).

Vertretung:
- Postfach bkv-leistung: Jana (Zahn und Brillen), Dominik (alles andere)
- Gruppenunfall: Dominik, bei Invaliditätsfragen bitte direkt Dr. Wendel
- Die Wiedervorlagen bis 13.02. habe ich schon abgearbeitet.

Die offene Frage zur neuen Scanner-Schnittstelle liegt bei der IT (Ticket INC-0048812).

Bis bald
Melanie
""")

# ---------------------------------------------------------------- d42-0026
mail(26, "CONFIDENTIAL", "en", "insurer-to-customer",
     "business interruption after a kitchen fire at a foreign-owned restaurant: owner named, policy and claim number, daily turnover figures, nobody hurt",
     frm=F("morgenstern"), to='"Siobhan O\'Doherty" <siobhan@copperkettle-kl.example>',
     cc='"Declan O\'Doherty" <declan@copperkettle-kl.example>',
     subj="Kitchen fire 7 Feb - contents and business interruption claim IB-2026-00112",
     date="2026-02-09 09:02",
     body="""Dear Siobhan, dear Declan,

I'm sorry to hear about Saturday night. Good to know that nobody was hurt and
that the fire brigade kept the damage to the kitchen.

I have opened claim IB-2026-00112 under your contents and business interruption
policy IB 25-118 006-1. Our loss adjuster, Mr Achim Weber, will visit you on
Wednesday at 10 am to look at the extraction hood, the fryers and the cold room.

For the business interruption part we will compare your takings with the same
weeks of last year. From the figures you sent me:

  average net takings per day, February 2025:   EUR 2,310
  average net takings per day, January 2026:    EUR 2,180
  staff wages continue (9 employees):           approx. EUR 14,600 per month

Please keep all receipts for the cleaning company and the hired mobile kitchen -
those are "extra expenses" and covered as well. Could you also send me the
cashbook extract for February 2025 as a PDF?

Talk soon,
Lena
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0027
mail(27, "NORMAL", "de", "internal",
     "trap: quarterly KPI report of commercial claims with counts of bodily-injury claims, aggregates only",
     frm=F("kettering"), to='"Leitung Schaden" <leitung-schaden@phg-versicherung.example>',
     subj="Kennzahlen Schaden Gewerbe Q4/2025", date="2026-02-09 13:40",
     body="""Hallo Herr Zapp,

hier die Kennzahlen für Q4/2025, Tabelle im Anhang (CSV für Ihre Auswertung).

Auffällig:
- Durchlaufzeit Sachschäden gut (Median 11 Tage), Personenschäden weiter zäh
  (Median 74 Tage, v. a. wegen Arztberichten und Anwaltsschreiben)
- 3 Großschäden > 100 TEUR, alle Brand (Bäckerei, Schreinerei, Hotelküche)
- Beschwerdequote 0,8 %

Beste Grüße
Sabine Kettering
""",
     att=[csvf("KPI_Schaden_Gewerbe_Q4_2025.csv", """Sparte;Anzahl neu;davon Personenschaden;Median Tage bis Abschluss;Aufwand TEUR
Betriebshaftpflicht;412;61;38;2140
Inhalt/BU;288;0;14;3985
Gebaeude;197;0;12;1620
Kfz-Flotte;356;18;21;1410
Cyber;23;0;47;402
Rechtsschutz Firmen;141;0;90;388
""", encoding="windows-1252", excel=True)])

# ---------------------------------------------------------------- d42-0028
mail(28, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
     "dental malpractice claim: named patient alleges nerve damage after wisdom-tooth extraction, paraesthesia, GOZ positions, records requested",
     frm=F("kettering"), to='"Zahnarztpraxis Dr. Yilmaz" <praxis@zahnarzt-yilmaz.example>',
     subj="Anspruch Herr Benedikt Faller - Berufshaftpflicht 22-104 877-0",
     date="2026-02-10 10:10",
     body="""Sehr geehrte Frau Dr. Yilmaz,

wie telefonisch besprochen, hat Herr Benedikt Faller über seinen Anwalt Ansprüche
angemeldet. Er trägt vor, dass nach der operativen Entfernung des unteren
Weisheitszahns 48 am 21.10.2025 (GOZ 3030/3045) ein dauerhaftes Taubheitsgefühl
der rechten Unterlippe und des Kinns zurückgeblieben sei (Schädigung des Nervus
alveolaris inferior). Eine MKG-Chirurgin habe im Dezember eine Parästhesie
bestätigt. Er verlangt Schmerzensgeld in Höhe von 15.000 EUR.

Wir brauchen für die Prüfung:
- Ihre Behandlungsdokumentation inkl. OPG und DVT vom 07.10.2025
- den unterschriebenen Aufklärungsbogen
- Ihren OP-Bericht und die Angaben zur Nachkontrolle

Der Aufklärungsbogen ist hier der Knackpunkt. Bitte schicken Sie alles über das
PHG-Portal (Upload-Link folgt separat).

Freundliche Grüße
""" + SIG("kettering"))

# ---------------------------------------------------------------- d42-0029
mail(29, "NORMAL", "en", "insurer-to-supplier",
     "trap: IT ticket to the portal vendor about failed uploads of medical reports over 20 MB, no case data",
     frm=F("lingenfelder"), to='"Kestrel Portal Support" <support@kestrel-portal.example>',
     subj="RE: [KPS-22871] Upload of PDF medical reports fails above 20 MB",
     date="2026-02-10 15:58",
     body="""Hi Aoife,

thanks for the quick reply. I can now reproduce it on our staging system as well:

- upload of a scanned PDF with 23.4 MB (test file, 60 blank pages with a
  watermark "TEST - Arztbericht") -> HTTP 413 after ~40 s
- same file zipped (19.8 MB) -> works
- production logs show 31 failed uploads last week, all in the customer area
  "Unfall / bKV - Belege einreichen"

Our reverse proxy allows 50 MB, so the limit must come from your upload service.
Could you raise it to 50 MB and send us the config change for our change log?

The log extract (no customer data, only request IDs and sizes) is attached.

Cheers
Marco
""" + SIG("lingenfelder", en=True),
     att=[txtf("upload_413_extract.log", """2026-02-03T08:14:22Z req=7f3a1c size=24117882 path=/upload/belege status=413 dur=41.2s
2026-02-03T09:02:51Z req=7f3b08 size=21003310 path=/upload/belege status=413 dur=38.9s
2026-02-04T13:47:10Z req=7f4d91 size=22887004 path=/upload/belege status=413 dur=40.3s
2026-02-05T07:55:37Z req=7f55e2 size=20971612 path=/upload/belege status=413 dur=36.0s
2026-02-09T16:21:04Z req=801aa7 size=30560118 path=/upload/belege status=413 dur=44.8s
""")])

# ---------------------------------------------------------------- d42-0030
mail(30, "CONFIDENTIAL", "de", "insurer-to-customer",
     "burglary at a hairdresser (sole trader): contents claim, stolen equipment and cash, police file number, owner named",
     frm=F("kettering"), to="Sandra Becker <sandra@haarwerk-kusel.example>",
     subj="Einbruch im Salon - Schaden IS-2026-00391", date="2026-02-11 08:33",
     body="""Liebe Frau Becker,

so ein Schreck am Montagmorgen - gut, dass niemand im Laden war.

Ich habe den Einbruchdiebstahl zu Ihrer Inhaltsversicherung 21-552 307-0 unter
IS-2026-00391 aufgenommen. Laut Ihrer Liste fehlen:

  3 Profi-Haartrockner Parlux            je   189 EUR
  1 Glätteisen GHD                             229 EUR
  Pflegeprodukte aus dem Verkaufsregal ca.     640 EUR
  Bargeld aus der Kasse (Wechselgeld)          180 EUR

Dazu kommt die aufgehebelte Hintertür. Das Aktenzeichen der Polizei Kusel
(ST/0142118/2026) habe ich notiert. Bargeld ist bei Ihnen bis 500 EUR
mitversichert, wenn es über Nacht in der verschlossenen Kasse war - das war es
laut Ihrer Schilderung.

Bitte reichen Sie noch die Kaufbelege bzw. Fotos der Geräte nach.

Herzliche Grüße
""" + SIG("kettering"))

# ---------------------------------------------------------------- d42-0031
mail(31, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "hairdresser's liability claim: named client with chemical scalp burn after bleaching, dermatologist's findings, pain and suffering",
     frm=F("kettering"), to="Sandra Becker <sandra@haarwerk-kusel.example>",
     subj="Haftpflichtschaden Frau Ruppert - Ihre Stellungnahme bitte",
     date="2026-02-12 14:17",
     body="""Hallo Frau Becker,

jetzt kommt leider noch etwas anderes: Frau Melissa Ruppert hat uns (über ihren
Mann) den Bericht ihrer Hautärztin geschickt. Nach dem Blondieren in Ihrem Salon am
24.01. hatte sie am Hinterkopf eine Verätzung der Kopfhaut mit Blasenbildung
(Verbrennung/Verätzung 2. Grades, ca. 4 x 6 cm), sie wurde mit Cortisoncreme und
einem Antibiotikum behandelt. Die Ärztin schreibt, an einer Stelle könnte eine
kahle Narbe bleiben.

Frau Ruppert verlangt 3.000 EUR Schmerzensgeld und die Kosten für eine
Perücke/Haarteil.

Bitte schreiben Sie mir:
- welches Produkt und welches Oxidationsmittel (Prozent!) verwendet wurde
- wie lange es eingewirkt hat und ob sie über Brennen geklagt hat
- ob vorher ein Allergietest/Strähnentest gemacht wurde

Schadennummer: BH-2026-01377, Betriebshaftpflicht 21-552 307-0.

Viele Grüße
""" + SIG("kettering"))

# ---------------------------------------------------------------- d42-0032
mail(32, "NORMAL", "de", "internal",
     "trap: review of a letter template for payroll declarations with «placeholders» only",
     frm=F("schowalter"), to='"Vorlagenredaktion" <vorlagen@phg-versicherung.example>',
     subj="Vorlage BA-117 Erinnerung Lohnsummenmeldung - bitte freigeben",
     date="2026-02-12 16:02",
     body="""Hallo Frau Lenz,

bitte die überarbeitete Vorlage freigeben, die alte Fassung nannte noch die
Frist "31.03." fest, jetzt kommt sie aus dem Feld.

----- Vorlage BA-117 (Stand 02/2026) -----

«Firmenname»
«Ansprechpartner_Anrede» «Ansprechpartner_Name»
«Straße»
«PLZ» «Ort»

Ihre Betriebshaftpflichtversicherung Nr. «Vertragsnummer»
Erinnerung: Meldung der Lohnsumme «Meldejahr»

«Briefanrede»,

die Beiträge Ihrer Betriebshaftpflicht richten sich nach der Bruttolohnsumme.
Bitte melden Sie uns die Lohnsumme «Meldejahr» bis zum «Frist» über das
Kundenportal oder mit dem beigefügten Formular.

Erhalten wir bis dahin keine Meldung, müssen wir nach § «AVB_Paragraf» der
Bedingungen die Lohnsumme schätzen und um «Schätzaufschlag» % erhöhen.

Mit freundlichen Grüßen
«Sachbearbeiter»
-----------------------------------------

Danke, Petra
""")

# ---------------------------------------------------------------- d42-0033
mail(33, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "personal accident claim of an expat IT freelancer: fractured collarbone S42.0 after a bike fall, surgery, daily hospital allowance",
     frm=F("morgenstern"), to="Rahul Menon <rahul@menon-consulting.example>",
     subj="RE: bike accident - your accident policy UV 60-771 034", date="2026-02-13 09:26",
     reply="<CAF2x9@mail.menon-consulting.example>",
     body="""Hi Rahul,

oh no - get well soon! Thanks for letting me know so quickly.

I have registered the accident under your personal accident policy UV 60-771 034
(claim U-2026-00502). From your mail: fall from your bike on black ice on
11 February, fracture of the right collarbone (clavicle, S42.0), operated the
next day at the Westpfalz-Klinikum with a plate, discharged on 13 February.

What you get:
- daily hospital allowance EUR 50 for 2 nights = EUR 100
- "Gipsgeld"/minor injury lump sum EUR 500, because of the fracture
- if anything remains permanently restricted after a year, disability benefit -
  we'll look at that later

Please send us the discharge letter and the surgeon's report (upload link below,
not by e-mail, please). You don't need to translate them.

Also: your sickness-related loss of income as a freelancer is NOT covered by the
accident policy - but you mentioned you have income protection with another
company, so please check with them.

All the best,
Lena
""" + SIG("morgenstern", en=True) + """
Upload link: https://portal.phg-versicherung.example/upload/U-2026-00502
""")

# ---------------------------------------------------------------- d42-0034
mail(34, "CONFIDENTIAL", "de", "insurer-to-broker",
     "policy schedule of a family-run hotel sent to its broker: owners named, sums insured, contract numbers (PDF)",
     frm=F("weisbrod"), to='"Hauck Versicherungsmakler GmbH" <bestand@hauck-makler.example>',
     subj="Nachtrag Hotel Zum Pfälzer Hof / Emrich - Versicherungsscheine", date="2026-02-16 10:44",
     body="""Hallo Herr Hauck,

anbei der Nachtrag für Ihre Kunden, Eheleute Karin und Michael Emrich (Hotel Zum
Pfälzer Hof, Bad Dürkheim). Die Erhöhung der Versicherungssumme Inhalt nach dem
Umbau der Gaststube ist zum 01.02. eingearbeitet.

Bitte lassen Sie den Kunden das Original zukommen, Ihre Courtage läuft wie gehabt.

Gruß
Jörg Weisbrod
""" + SIG("weisbrod"),
     att=[pdf("Nachtrag_Emrich_Pfaelzer_Hof.pdf", """# Nachtrag zum Versicherungsschein
Versicherungsnehmer: Karin und Michael Emrich GbR, Hotel Zum Pfälzer Hof
Kurgartenstraße 4, 67098 Bad Dürkheim
Vermittler: Hauck Versicherungsmakler GmbH, Vermittlernr. 8803-112

Vertrag IB 25-087 331-5 (Inhalt / Betriebsunterbrechung)
Versicherungssumme Inhalt neu ab 01.02.2026: 485.000 EUR (bisher 410.000 EUR)
Betriebsunterbrechung: Haftzeit 12 Monate, Versicherungssumme 720.000 EUR
Jahresbeitrag neu: 3.214,80 EUR inkl. Versicherungsteuer

Vertrag BH 21-301 904-9 (Betriebshaftpflicht Hotel/Gaststätte)
unverändert, Deckungssumme 5 Mio. EUR pauschal

Kaiserslautern, 16.02.2026""")])

# ---------------------------------------------------------------- d42-0035
mail(35, "NORMAL", "de", "newsletter",
     "trap: roofers' guild circular forwarded to customers, fall statistics and an anonymised apprentice accident",
     frm=F("gebhardt"), to='"Dachdeckerbetriebe" <verteiler-dachdecker@phg-versicherung.example>',
     subj="WG: Rundschreiben 1/2026 der Dachdecker-Innung Westpfalz - Absturzunfälle",
     date="2026-02-16 14:00",
     body="""Liebe Kunden aus dem Dachdeckerhandwerk,

die Innung hat uns gebeten, ihr Rundschreiben weiterzugeben. Wir schließen uns
dem Appell an: Jeder zweite schwere Unfall in unserem Bestand ist ein Absturz.

Stefan Gebhardt, PHG Risikoberatung

---------- Weitergeleitete Nachricht ----------
Von: Dachdecker-Innung Westpfalz <info@dachdecker-innung-westpfalz.example>
Datum: 12.02.2026
Betreff: Rundschreiben 1/2026

Liebe Kolleginnen und Kollegen,

2025 hat die BG BAU in Rheinland-Pfalz 212 meldepflichtige Absturzunfälle im
Dachdeckerhandwerk registriert, 3 davon tödlich. Ein Fall aus unserem Bezirk, mit
Einverständnis des Betriebs anonymisiert: Ein Auszubildender im 2. Lehrjahr stieg
ohne Sicherung auf eine nicht gesicherte Anlegeleiter, die Leiter rutschte weg.
Folge: mehrere Monate Ausfall.

Deshalb:
- Leitern nur bis 2 m Standhöhe für Arbeiten, sonst Gerüst oder Hubarbeitsbühne
- Unterweisung der Azubis dokumentieren
- Innungsseminar "Absturzsicherung" am 14.03. in Landstuhl, Anmeldung bis 01.03.

Mit kollegialen Grüßen
Obermeister Harald Wenz
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0036
mail(36, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "company pension (bAV direct insurance, life line) for a named employee: salary conversion amount, policy number",
     frm=F("brenneis"), to="Markus Kuhn <info@elektro-kuhn-rockenhausen.example>",
     subj="Direktversicherung für Ihren Mitarbeiter Herrn Yannick Seel", date="2026-02-17 11:05",
     body="""Hallo Herr Kuhn,

die Direktversicherung für Ihren Gesellen Herrn Yannick Seel ist policiert:

  Vertrag:               LV 80-442 019 (Direktversicherung, § 3 Nr. 63 EStG)
  Versicherte Person:    Yannick Seel, geb. 09.04.1999
  Beginn:                01.03.2026
  Entgeltumwandlung:     150,00 EUR monatlich
  Arbeitgeberzuschuss:   22,50 EUR (15 %)
  garantierte Rente:     187,40 EUR monatlich ab 01.05.2066

Bitte den Betrag ab der Märzabrechnung über die Lohnbuchhaltung einbehalten und
zusammen mit dem Zuschuss monatlich überweisen. Den Versicherungsschein für Herrn
Seel schicke ich Ihnen per Post, er sollte ihn gut aufheben.

Grüße
Tobias Brenneis
""" + SIG("brenneis"))

# ---------------------------------------------------------------- d42-0037
mail(37, "CONFIDENTIAL", "de", "insurer-to-customer",
     "eVB number and vehicle data for a physiotherapist's (sole trader) new company car",
     frm=F("demir"), to="Jan Petri <jan@physio-bewegungsraum.example>",
     subj="eVB für Ihren neuen Praxiswagen", date="2026-02-17 15:27",
     body="""Hallo Herr Petri,

hier Ihre eVB-Nummer für die Zulassung:  K7 M3 PQ9

Fahrzeug:        VW ID.3 Pro, FIN WVWZZZE1ZRP041872
Halter:          Jan Petri, Physiotherapie Bewegungsraum, Trierer Str. 12, 66869 Kusel
Wunschkennzeichen laut Ihrer Mail: KUS-JP 88
Tarif:           Firmenwagen, Haftpflicht + Vollkasko 300/150, SF 7 übernommen vom Caddy

Die alte Versicherung für den Caddy (KUS-BR 412) läuft weiter, bis Sie ihn
abmelden - geben Sie mir dann bitte kurz Bescheid.

Gute Fahrt!
Aylin Demir
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0038
mail(38, "NORMAL", "en", "newsletter",
     "trap: English info mailing for foreign business owners about insurance basics, statutory accident insurance and bKV explained, no persons",
     frm='"PHG International Desk" <international@phg-versicherung.example>',
     to='"International business owners" <intl-newsletter@phg-versicherung.example>',
     subj="Running a business in the Palatinate? Your insurance checklist (English edition)",
     date="2026-02-18 08:00",
     body="""Dear business owners,

many of you came to Germany from abroad and opened a restaurant, a shop, a studio
or an IT consultancy here. German insurance rules can be confusing, so here is a
short checklist.

1. Statutory accident insurance (Berufsgenossenschaft): compulsory for every
   employer. It pays for work accidents of your staff - but not for you as the
   owner, unless you join voluntarily.
2. Business liability (Betriebshaftpflicht): not compulsory for most trades, but
   landlords and customers usually ask for it. A guest who slips in your
   restaurant can easily cost six figures.
3. Contents and business interruption: covers your equipment and lost profit
   after a fire, storm or burglary.
4. Company health insurance (bKV): a popular benefit for hiring staff. Your
   employees get e.g. money for glasses and dental treatment. No medical
   questions from 5 employees.
5. Disability insurance for yourself: as a self-employed person you get almost
   nothing from the state if you can no longer work.

Questions? Our International Desk answers in English, Dutch, French and Turkish.
Phone +49 631 3418-233, international@phg-versicherung.example

Unsubscribe: reply with "unsubscribe".

""" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0039
mail(39, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
     "lawyer's professional indemnity claim: missed appeal deadline in a named client's maintenance case, client's income and illness (§ 203 data)",
     frm=F("kettering"), to='"Dr. Christine Hartung" <hartung@kanzlei-hartung-nguyen.example>',
     subj="Ihre Schadenmeldung VH-2026-00044 (Mandantin Frau P.)", date="2026-02-18 12:12",
     body="""Sehr geehrte Frau Dr. Hartung,

vielen Dank für Ihre offene Schadenmeldung zu Ihrer Vermögensschaden-
Haftpflichtversicherung (VH 23-002 615-8).

Zusammengefasst: Die Beschwerdefrist gegen den Unterhaltsbeschluss des
Amtsgerichts Kaiserslautern (Az. 2 F 311/25) im Verfahren Ihrer Mandantin
Frau Nadine Pfaff wurde am 09.01.2026 versäumt, weil die Frist im Kanzleikalender
falsch eingetragen war. Nach Ihrer Einschätzung hätte die Beschwerde gute Aussichten
gehabt, weil der Antragsgegner ein Einkommen von ca. 5.400 EUR netto verschwiegen
hat und die Erwerbsunfähigkeit Ihrer Mandantin (rezidivierende depressive Störung,
derzeit in Behandlung) vom Gericht nicht berücksichtigt wurde.

Wir prüfen jetzt,
1. ob ein Wiedereinsetzungsantrag noch Aussicht hat (Sie hatten ihn am 16.01. gestellt),
2. wie hoch der Unterhaltsschaden Ihrer Mandantin wäre.

Bitte schicken Sie uns den Beschluss, Ihre Beschwerdebegründung im Entwurf und den
Wiedereinsetzungsantrag. Bitte keine Kontakte zur Mandantin über die Haftungsfrage
ohne Abstimmung mit uns.

Mit freundlichen Grüßen
""" + SIG("kettering"))

# ---------------------------------------------------------------- d42-0040
mail(40, "CONFIDENTIAL", "de", "insurer-to-customer",
     "farm liability: escaped cow hit a car, driver unhurt, cow put down by vet (animal health), farmer named, claim number",
     frm=F("kettering"), to='"Hofgut Dörr" <hofgut.doerr@landpost.example>',
     subj="Kuh auf der L 401 - Tierhalterhaftpflicht Schaden LH-2026-00077",
     date="2026-02-19 09:48",
     cte="8bit", charset="iso-8859-1",
     body="""Guten Morgen Herr Dörr,

danke für Ihren Anruf. Ich habe den Schaden vom 17.02. aufgenommen:

- Vertrag: Landwirtschaftliche Betriebshaftpflicht LH 24-006 512-3
- Eine Ihrer Färsen ist durch den beschädigten Weidezaun auf die L 401 zwischen
  Winnweiler und Imsbach gelaufen und wurde von einem Pkw erfasst.
- Die Fahrerin, Frau Ilona Petry, blieb laut Polizeibericht unverletzt, ihr Skoda
  (KIB-IP 23) hat Front- und Motorhaubenschaden.
- Die Färse musste vom Tierarzt Dr. Kolb eingeschläfert werden (Beckenbruch).

Die Fahrerin bzw. ihre Kaskoversicherung wird sich bei uns melden. Für das Tier
selbst gibt es aus der Haftpflicht nichts - falls Sie eine Tierversicherung
haben, melden Sie es dort.

Bitte schicken Sie mir noch Fotos vom Zaun und die Rechnung des Tierarztes.

Viele Grüße
Sabine Kettering
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0041
mail(41, "NORMAL", "de", "internal",
     "trap: product committee minutes on cyber for medical practices, mentions patient data, § 203 StGB and ransomware statistics, no persons",
     frm=F("lingenfelder"), to='"Produktausschuss Gewerbe" <produktausschuss@phg-versicherung.example>',
     subj="Protokoll Produktausschuss 17.02.2026 - Cyber Praxen",
     date="2026-02-19 17:20",
     att=[docx("Protokoll_PA_2026-02-17.docx", [
         "# Protokoll Produktausschuss Gewerbe, 17.02.2026",
         "Teilnehmer: Herr Zapp (Vorsitz), Frau Kettering, Herr Lingenfelder, Herr Weisbrod, Frau Leibrock (DSB, TOP 2)",
         "TOP 1: Schadenerfahrung Cyber Praxen 2025. 9 Schäden bei Arzt-, Zahnarzt- und Physiopraxen, davon 6 Ransomware, 2 Fehlversand, 1 gestohlener Laptop. Durchschnittsaufwand 21.400 EUR, Haupttreiber IT-Forensik und Benachrichtigung der Patienten nach Art. 34 DSGVO.",
         "TOP 2: Patientendaten unterliegen § 203 StGB. Frau Leibrock weist darauf hin, dass Schadenmeldungen von Praxen keine Patientenlisten enthalten sollen; die Forensik-Dienstleister sollen nur Anzahl und Kategorien betroffener Datensätze melden.",
         "TOP 3: Beschluss: Pflichtbaustein Offline-Backup für Praxen ab 01.07.2026; Prämiennachlass 10 % bei Nachweis einer zertifizierten Praxis-IT (TI-Konnektor-Wartung).",
         "TOP 4: Verschiedenes. Nächste Sitzung 21.04.2026.",
         "Protokoll: M. Lingenfelder",
     ])],
     body="""Hallo zusammen,

anbei das Protokoll vom Dienstag. Korrekturen bitte bis Freitag, dann geht es an
den Vorstand.

Gruß
Marco
""")

# ---------------------------------------------------------------- d42-0042
mail(42, "STRICTLY_CONFIDENTIAL", "de", "company",
     "butcher's mail forwarded as message/rfc822: employee's fingertip amputation at the band saw, group accident claim; staff body harmless",
     frm=F("weisbrod"), to=F("hoffstadt"),
     subj="WG: Unfall bei uns heute", date="2026-02-20 13:15",
     body="""Hallo Melanie,

Herr Gerlach hat mir das direkt geschickt statt an die Schadenabteilung. Kannst
du das bitte übernehmen? Ist die Gruppenunfall 44-020 615.

Danke, Jörg
""",
     att=[eml("Unfall bei uns heute.eml", '"Metzgerei Gerlach" <kontakt@metzgerei-gerlach.example>',
              F("weisbrod"), "Unfall bei uns heute", "2026-02-20 11:52",
              """Hallo Herr Weisbrod,

heute morgen hat sich unser Mitarbeiter Sascha Klinger (34) an der Knochensäge
verletzt, die Kuppe vom linken Zeigefinger ist ab. Er wurde mit dem RTW ins
Westpfalz-Klinikum gebracht, die haben gesagt replantieren geht nicht mehr,
wird heute noch operiert (Stumpfversorgung).

Die BG ist informiert. Was müssen wir für die Unfallversicherung machen, die wir
bei Ihnen für die Mitarbeiter haben? Er ist Linkshänder, falls das wichtig ist.

Gruß
Bernd Gerlach
Metzgerei Gerlach, Hauptstraße 3, 67731 Otterbach
""", mid="<20260220115201.4411@metzgerei-gerlach.example>")])

# ---------------------------------------------------------------- d42-0043
mail(43, "CONFIDENTIAL", "en", "insurer-to-partner",
     "recourse letter to a Dutch supplier's liability insurer: display stand fell on a car, our policyholder (sole-trader optician) named, claim number, nobody hurt",
     frm=F("morgenstern"), to='"Claims Dept. Zeeland Assurantiën N.V." <claims@zeeland-assurantien.example>',
     cc='"De Vries Promotie B.V." <info@devries-promotie.example>',
     subj="Recourse claim - our ref. BH-2026-01590 / your insured De Vries Promotie B.V.",
     date="2026-02-23 10:30",
     body="""Dear Sir or Madam,

we are the liability insurer of Mr Frank Henrich, trading as Optik Henrich e.K.,
Schillerplatz 2, 67655 Kaiserslautern (policy BH 21-409 663-1).

On 30 January 2026 an outdoor display stand supplied by your insured, De Vries
Promotie B.V., Utrecht, collapsed in a gust of wind in front of Mr Henrich's shop
and fell onto a parked car (Mercedes C-Class, KL-AS 711, owner Mrs Astrid Seibel).
Nobody was injured. We have paid the repair costs of EUR 3,866.40 to Mrs Seibel.

The expert report (attached to our letter by post) shows that the welded base
plate of the stand broke at a seam that was only spot-welded, contrary to the
product specification. We therefore hold your insured liable under the product
liability rules and ask you to reimburse EUR 3,866.40 within 4 weeks to our
account DE48 6705 0505 0479 1633 27, reference BH-2026-01590.

Yours faithfully
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0044
mail(44, "NORMAL", "de", "insurer-to-supplier",
     "trap: purchase order for first-aid kits, burn dressings and an AED for the insurer's training centre",
     frm=F("adam"), to='"Medi-Versand Süd GmbH" <bestellung@mediversand-sued.example>',
     subj="Bestellung 4500019120 - Erste-Hilfe-Material Schulungszentrum",
     date="2026-02-23 14:02",
     body="""Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Ihrem Angebot AN-26-0311 vom 18.02.2026:

Pos  Menge  Artikel                                            Einzelpreis
10   6      Verbandkasten DIN 13157, Wandhalterung              34,90 EUR
20   2      Verbandkasten DIN 13169 (groß)                      58,50 EUR
30   10     Brandwunden-Gelkompresse 10 x 10 cm                  6,20 EUR
40   1      AED Defibrillator "LifePoint Pro" inkl. Wandkasten 1.390,00 EUR
50   2      Ersatz-Elektrodenpads Erwachsene                    49,00 EUR
60   1      Augenspülflasche 500 ml, 2er-Set                    18,40 EUR

Lieferadresse: PHG Schulungszentrum, Barbarossaring 19, 67655 Kaiserslautern,
Anlieferung Mo-Fr 8-15 Uhr, Ansprechpartner Herr Klein.

Rechnung bitte mit Bestellnummer an rechnungseingang@phg-versicherung.example.

Mit freundlichen Grüßen
""" + SIG("adam"))

# ---------------------------------------------------------------- d42-0045
mail(45, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "base64-encoded body: seasonal harvest worker at a winery injured his hand in the harvester, tendon injury, group accident claim",
     frm=F("hoffstadt"), to="Julia Lind <julia@weingut-ackermann-lind.example>",
     subj="Unfall Herr Nowak - Gruppenunfallversicherung", date="2026-02-24 08:55",
     cte="base64",
     body="""Liebe Frau Lind,

danke für die Nachmeldung des Unfalls aus der Lese 2025. Ich habe ihn zur
Gruppenunfallversicherung Saisonkräfte GU 44-031 877 unter U-2026-00611 angelegt.

Herr Marek Nowak (geb. 23.02.1979, Saisonarbeitskraft aus Polen) ist am
02.10.2025 mit der rechten Hand in das Förderband des Traubenvollernters geraten.
Laut Entlassbericht des Krankenhauses Bad Dürkheim: Durchtrennung der
Beugesehnen von Mittel- und Ringfinger rechts (S66.0), Sehnennaht, 6 Wochen
Schiene, danach Handtherapie. Er ist seit November wieder in Polen.

Eine bleibende Beugeeinschränkung ist möglich. Die Invalidität kann frühestens
ein Jahr nach dem Unfall festgestellt werden; Frist zur ärztlichen Feststellung
sind 21 Monate - also bis Juli 2027.

Könnten Sie uns seine aktuelle Anschrift in Polen und eine Telefonnummer geben?
Wir schreiben ihn dann auf Polnisch an.

Viele Grüße
""" + SIG("hoffstadt"))

# ---------------------------------------------------------------- d42-0046
mail(46, "NORMAL", "en", "insurer-to-partner",
     "trap: anonymised large-loss list for the reinsurer with trade, region, injury type in bands, no names (ODS)",
     frm=F("morgenstern"), to='"Julian Hart" <j.hart@rheinre.example>',
     subj="Large losses 2025 > EUR 100k - commercial and group accident (anonymised)",
     date="2026-02-24 16:40",
     body="""Dear Julian,

as agreed for the renewal, the list of large losses 2025 above EUR 100k. Claimant
data has been removed; ages are given in 10-year bands and regions only at
district level.

Please note the two group accident cases (roofing, falls from height) - both
reserves are still open because the disability assessment takes 12-36 months.

Kind regards
Lena
""" + SIG("morgenstern", en=True),
     att=[ods("PHG_large_losses_2025.ods", [
         ["No", "Line", "Trade", "District", "Cause", "Injury/damage type", "Age band", "Incurred EUR"],
         [1, "Contents/BI", "Bakery", "Kaiserslautern", "Fire (oven)", "Property + BI", "-", 412000],
         [2, "Contents/BI", "Joinery", "Kusel", "Fire (dust extraction)", "Property + BI", "-", 288500],
         [3, "Group accident", "Roofing", "Kaiserslautern", "Fall from height", "Multiple fractures", "20-29", 265000],
         [4, "Group accident", "Roofing", "Südwestpfalz", "Fall from height", "Spinal injury", "40-49", 540000],
         [5, "Liability", "Electrical", "Donnersberg", "Fire after installation", "Third-party property", "-", 178300],
         [6, "Cyber", "Dental practice", "Kaiserslautern", "Ransomware", "Forensics, BI", "-", 104900],
         [7, "Liability", "Restaurant", "Bad Dürkheim", "Food poisoning (group)", "Bodily injury, several guests", "mixed", 121000],
     ], sheet="Large losses")])

# ---------------------------------------------------------------- d42-0047
mail(47, "CONFIDENTIAL", "de", "insurer-to-customer",
     "electronics insurance at a physiotherapy practice: ultrasound device destroyed by a surge, owner named, no patient data",
     frm=F("kettering"), to="Jan Petri <jan@physio-bewegungsraum.example>",
     subj="Überspannungsschaden Ultraschallgerät - Elektronikversicherung EL 27-118 300",
     date="2026-02-25 11:11",
     body="""Hallo Herr Petri,

zu Ihrer Meldung vom Montag: Der Blitzeinschlag in der Nacht zum 21.02. hat laut
dem Techniker von MedTec Saar das Kombigerät (Ultraschall/Reizstrom,
Baujahr 2021, Seriennummer CT-2021-55817) und den Praxisrouter zerstört.

Beides ist in Ihrer Elektronikversicherung EL 27-118 300 versichert. Wir zahlen
beim Ultraschallgerät den Neuwert abzüglich 150 EUR Selbstbeteiligung, also nach
Kostenvoranschlag 4.690 EUR, beim Router 129 EUR.

Bitte schicken Sie uns die Rechnung, sobald das Ersatzgerät geliefert ist. Den
Betrag überweisen wir dann auf Ihr Geschäftskonto bei der VR-Bank Westpfalz.

Ausgefallene Behandlungen sind über die Elektronikversicherung leider nicht
abgedeckt.

Viele Grüße
Sabine Kettering
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0048
mail(48, "STRICTLY_CONFIDENTIAL", "de", "internal",
     "internal question to the medical officer with an inline-forwarded bKV claim: naturopath/osteopathy invoice with diagnosis M54.5 of a named employee",
     frm=F("hoffstadt"), to=F("wendel"),
     subj="Frage Heilpraktikerrechnung bKV - Herr Ölmez", date="2026-02-25 14:36",
     body="""Hallo Frau Dr. Wendel,

kurze Frage: Die unten weitergeleitete Rechnung (bKV Autohaus Brill) listet 8x
Osteopathie à 95 EUR bei einer Heilpraktikerin. Der Tarif zahlt Heilpraktiker nach
GebüH. Können wir die Osteopathie-Sitzungen analog Ziffer 20.1/20.2 ansetzen oder
ist das zu großzügig?

Danke!
Melanie

---------- Weitergeleitete Nachricht ----------
Von: Cem Ölmez <cem.oelmez@mailbox-pfalz.example>
Datum: Di., 24. Feb. 2026 um 21:14
Betreff: Rechnung Heilpraktiker
An: bkv-leistung@phg-versicherung.example

Guten Abend,
anbei meine Rechnung von Frau Schwab (Heilpraktikerin). Diagnose laut Rechnung:
"chronische Lumbalgie (M54.5), muskuläre Dysbalance, Z. n. Bandscheibenprotrusion".
Behandlung 8x Osteopathie zwischen 05.01. und 20.02.2026, gesamt 760 EUR.
Ich arbeite beim Autohaus Brill, Personalnummer 1012.
Viele Grüße Cem Ölmez
""")

# ---------------------------------------------------------------- d42-0049
mail(49, "NORMAL", "en", "insurer-to-partner",
     "trap: S/MIME certificate exchange with the reinsurer, mentions confidential data and encryption, no content",
     frm=F("lingenfelder"), to='"Rhein Re IT Security" <pki@rheinre.example>',
     subj="Domain certificate phg-versicherung.example - renewed, please update",
     date="2026-02-26 09:03",
     body="""Hello,

our S/MIME domain certificate for phg-versicherung.example has been renewed
(valid from 2026-02-25 to 2028-02-24). Please import the attached public
certificate into your gateway so that confidential mail from our claims and
underwriting teams continues to be encrypted end-to-end between our domains.

Fingerprint (SHA-256):
5C:1E:87:0A:4D:92:F3:61:8B:2E:07:CC:14:9A:55:E0:3B:71:D6:08:A9:42:6F:1D:E3:90:2B:77:C4:05:18:AA

Old certificate serial 4F:A2:19:... will be revoked on 15 March.

Regards
Marco Lingenfelder
IT-Service PHG
""",
     att=[txtf("phg-versicherung.example_domain_2026.pem", """-----BEGIN CERTIFICATE-----
MIIDqTCCApGgAwIBAgIUT3UXb2PqZ2x0aGVyZS1pcy1uby1yZWFsLWNlcnQwDQYJ
KoZIhvcNAQELBQAwUTELMAkGA1UEBhMCREUxEzARBgNVBAgMClJoZWlubGFuZC1Q
ZmFsejEtMCsGA1UECgwkUGZhZWx6ZXIgSGFuZHdlcmsgVW5kIEdld2VyYmUgVlZh
RzAeFw0yNjAyMjUwMDAwMDBaFw0yODAyMjQyMzU5NTlaMFExCzAJBgNVBAYTAkRF
MRMwEQYDVQQIDApSaGVpbmxhbmQtUGZhbHoxLTArBgNVBAoMJFBmYWVsemVyIEhh
bmR3ZXJrIFVuZCBHZXdlcmJlIFZWYUcwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAw
-----END CERTIFICATE-----
""")])

# ---------------------------------------------------------------- d42-0050
mail(50, "CONFIDENTIAL", "de", "insurer-to-customer",
     "premium reminder to a freelance photographer (natural person): returned direct debit, contract number, amount, bank name",
     frm=F("schowalter"), to="Miriam Staab <mail@miriam-staab-fotografie.example>",
     subj="Zahlungserinnerung - Elektronikversicherung EL 27-140 552", date="2026-02-26 10:20",
     body="""Sehr geehrte Frau Staab,

die Lastschrift für den Jahresbeitrag Ihrer Elektronikversicherung (Kamera-
ausrüstung, EL 27-140 552) über 286,90 EUR wurde von Ihrer Bank (Sparda-Bank,
Konto endet auf ...4471) am 18.02.2026 mit dem Grund "Widerspruch" zurückgegeben.
Die Rücklastschriftgebühr der Bank beträgt 3,50 EUR.

Bitte überweisen Sie 290,40 EUR bis zum 12.03.2026 auf unser Konto bei der
Sparkasse Kaiserslautern, Verwendungszweck EL 27-140 552. Wenn Sie lieber wieder
per Lastschrift zahlen möchten, rufen Sie mich kurz an.

Sollte sich Ihre Zahlung mit dieser Mail überschnitten haben, betrachten Sie sie
bitte als gegenstandslos.

Mit freundlichen Grüßen
""" + SIG("schowalter"))

# ---------------------------------------------------------------- d42-0051
mail(51, "NORMAL", "de", "internal",
     "trap: data-protection FAQ about sending doctors' reports, ICD codes and salary lists by e-mail, no real persons",
     frm=F("leibrock"), to='"Alle Mitarbeitenden" <alle@phg-versicherung.example>',
     subj="Datenschutz-FAQ: Was darf per E-Mail raus? (Teil 3: Gewerbe und Personenversicherung)",
     date="2026-02-27 08:15",
     body="""Liebe Kolleginnen und Kollegen,

in den letzten Wochen kamen viele Fragen, deshalb hier die wichtigsten Antworten.

1. Darf ich einem Firmenkunden den Arztbericht eines verletzten Mitarbeiters
   schicken?
   Nein. Gesundheitsdaten (Diagnosen, ICD-Codes wie "S82.6", Arztberichte,
   AU-Bescheinigungen) gehen nur an die betroffene Person selbst oder mit deren
   Einwilligung - und nur über einen sicheren Weg (Portal, S/MIME).

2. Der Kunde schickt mir von sich aus eine Lohnliste mit Namen. Darf ich antworten?
   Ja, aber die Liste nicht zurückschicken oder weiterleiten. Gehälter sind
   vertrauliche Daten.

3. Ist eine Beitragstabelle mit "Zahnersatz" und "Brille" ein Problem?
   Nein, solange keine einzelne Person drinsteht.

4. Ich schreibe einen Fall für die Schulung auf. Reicht es, den Namen wegzulassen?
   Nicht immer. Beruf + Ort + Datum + Verletzung können jemanden erkennbar machen.
   Bitte Altersgruppen und Regionen grob angeben.

5. Was ist mit Anwälten, Ärzten, Steuerberatern als Kunden?
   Alles, was ihre Mandanten oder Patienten betrifft, ist Berufsgeheimnis
   (§ 203 StGB) und damit streng vertraulich.

Fragen gern an datenschutz@phg-versicherung.example oder Durchwahl -199.

Heike Leibrock
Datenschutzbeauftragte
""")

# ---------------------------------------------------------------- d42-0052
mail(52, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "restaurant liability: named guest's anaphylactic reaction to nuts, emergency treatment, adrenaline, allergy history",
     frm=F("morgenstern"), to='"Siobhan O\'Doherty" <siobhan@copperkettle-kl.example>',
     subj="New claim HP-2026-00331 - allergic reaction of Mr Kaltenbach on 20 February",
     date="2026-03-02 09:40",
     body="""Dear Siobhan,

here we go again, I'm afraid - but this one is more serious than the fall.

Mr Torsten Kaltenbach's wife wrote to us. According to her letter and the
emergency doctor's report:
- Mr Kaltenbach has a known severe peanut allergy and told the waiter so when
  ordering the "Beef & Guinness Pie".
- About 20 minutes later he developed swelling of the lips and throat and
  difficulty breathing (anaphylactic shock, grade III). He used his own adrenaline
  pen; the emergency doctor gave a second dose and cortisone.
- He spent one night in the intensive care unit of the Westpfalz-Klinikum.

The claim is for pain and suffering and two weeks of loss of earnings.

Please let me have by Friday:
1. the recipe and the allergen list for the pie and its sauce that evening
2. whether the order note in the till system shows "no peanuts"
3. the name of the waiter and the chef on duty

You are insured under policy BH 21-402 771-3; the deductible is EUR 250.

Best regards
Lena
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0053
mail(53, "NORMAL", "en", "insurer-to-supplier",
     "trap: request for a translation quote for policy wordings (accident, bKV, liability), no personal data",
     frm=F("morgenstern"), to='"LinguaPfalz Translations" <quotes@linguapfalz.example>',
     subj="Quote request: English translation of policy wordings (approx. 64 pages)",
     date="2026-03-02 13:18",
     body="""Hello Ms Carter,

we would like a quote for translating the following German documents into English
(British English preferred, Word format, our glossary will be provided):

- General conditions for group accident insurance (AUB-G 2026), 22 pages
- Company health insurance, budget tariffs (AVB bKV 2026), 14 pages
- Commercial liability conditions (AHB/BBR Gastgewerbe), 28 pages

The texts contain terms such as "Invalidität", "Gliedertaxe",
"Krankenhaustagegeld" and "Heilbehandlung" - please make sure the translator is
familiar with insurance and medical terminology.

Deadline would be 30 April 2026. Please include a price for a second review
(four-eyes principle).

Kind regards
Lena Morgenstern
""" + "\n" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0054
mail(54, "CONFIDENTIAL", "de", "insurer-to-doctor",
     "cyber claim at a dental practice (ransomware): practice owner named, policy and claim number, only the number of affected records, no individual patient data",
     frm=F("lingenfelder"), to='"Dr. Meral Yilmaz" <praxis@zahnarzt-yilmaz.example>',
     cc=F("kettering"),
     subj="Cyberschaden CY-2026-00021 - nächste Schritte", date="2026-03-03 08:02",
     body="""Sehr geehrte Frau Dr. Yilmaz,

danke für das Gespräch heute um 7 Uhr - gut, dass Sie so schnell angerufen haben.

Stand:
- Ihr Praxisserver und zwei Behandlungs-PCs sind seit Montagnacht verschlüsselt
  (Ransomware "Akira" laut Erpresserschreiben). Der TI-Konnektor ist nicht betroffen.
- Der Dienstleister IT-Forensik Rheinpfalz ist beauftragt (Kostenübernahme bestätigt,
  Cyberversicherung CY 29-004 118-2, Selbstbehalt 1.000 EUR).
- Nach erster Schätzung könnten bis zu ca. 3.800 Patientendatensätze betroffen sein.
  Ob Daten abgeflossen sind, klärt die Forensik bis Donnerstag.

Bitte zahlen Sie kein Lösegeld und nehmen Sie keinen Kontakt zu den Erpressern auf.
Die Meldung an die Datenschutzaufsicht (72 Stunden!) bereiten wir gemeinsam mit
unserer Kanzlei vor - Sie müssen nur unterschreiben.

Bis Sie wieder arbeiten können: Termine auf Papier, Abrechnung nachholen. Die
Betriebsunterbrechung ist ab dem 3. Tag versichert.

Mit freundlichen Grüßen
Marco Lingenfelder
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0055
mail(55, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
     "harmless body; ZIP with the forensic provider's CSV of affected patients (names, birth dates, diagnoses/treatments) and a report",
     frm=F("lingenfelder"), to='"Dr. Meral Yilmaz" <praxis@zahnarzt-yilmaz.example>',
     subj="CY-2026-00021 Unterlagen Forensik", date="2026-03-06 17:44",
     body="""Hallo Frau Dr. Yilmaz,

im Anhang das Paket der Forensik für die Benachrichtigung nach Art. 34 DSGVO
(Passwort wie telefonisch besprochen kommt per SMS). Bitte nicht weiterleiten.

Gruß
M. Lingenfelder
""",
     att=[zipf("CY-2026-00021_Forensik.zip", [
         pdf("Kurzbericht_Forensik.pdf", """# Kurzbericht IT-Forensik Rheinpfalz - Fall CY-2026-00021
Praxis Dr. Meral Yilmaz, Kaiserslautern
Ergebnis: Exfiltration von ca. 1,2 GB aus dem Verzeichnis der Praxissoftware nachgewiesen
(Zeitraum 01.03.2026 22:14 - 02.03.2026 01:38). Betroffen sind Stammdaten, Befunde und
Behandlungsplaene von 3.412 Patientinnen und Patienten. Auszug der besonders sensiblen
Faelle in der CSV-Datei (Behandlungen mit Allgemeinerkrankungen in der Anamnese)."""),
         csvf("betroffene_Patienten_Auszug.csv", """Patient;Geburtsdatum;Anamnese;Behandlung 2025/2026
Annemarie Kunz;12.04.1948;Marcumar (Vorhofflimmern I48.9);Extraktion 36, 37
Jürgen Welsch;03.11.1961;Diabetes mellitus Typ 2 (E11.9);Parodontitistherapie
Sophie Hammer;27.08.2012;-;Kieferorthopädische Überweisung
Okan Aydin;19.01.1977;HIV-positiv unter ART;Implantat 46
Ruth Blaumeiser;30.06.1939;Bisphosphonat-Therapie (Osteoporose M81.0);Prothese OK
""")])])

# ---------------------------------------------------------------- d42-0056
mail(56, "NORMAL", "de", "newsletter",
     "trap: hospitality newsletter on grease fires and kitchen hood cleaning, burns mentioned generically",
     frm='"PHG Gastro-Brief" <gastro-brief@phg-versicherung.example>',
     to='"Gastronomie Kunden" <verteiler-gastro@phg-versicherung.example>',
     subj="Gastro-Brief März 2026: Fettbrand - die unterschätzte Gefahr in der Küche",
     date="2026-03-04 07:00",
     body="""Liebe Gastronominnen und Gastronomen,

über ein Drittel der Brandschäden in Restaurantküchen in unserem Bestand beginnt
in der Abzugshaube. Fett sammelt sich in Filtern und Kanälen - ein Funke von der
Fritteuse genügt.

Das können Sie tun:
* Fettfilter wöchentlich reinigen, Abluftkanal jährlich durch einen Fachbetrieb
  (VDI 2052) - Nachweis aufheben, wir fragen danach!
* Fettbrandlöscher (Klasse F) griffbereit, Löschdecke neben der Fritteuse
* NIE Wasser auf brennendes Fett - Verbrennungen dritten Grades sind die Folge
* Mitarbeitende jährlich unterweisen, auch Aushilfen

Rabatt: Betriebe mit automatischer Löschanlage über der Kochzeile erhalten
15 % Nachlass auf die Inhalts- und BU-Versicherung.

Veranstaltungstipp: Löschtraining mit der Berufsfeuerwehr Kaiserslautern am
25. März, 15 Uhr, kostenlos für PHG-Kunden. Anmeldung per Antwortmail.

Ihr Gastro-Team der PHG

""" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0057
mail(57, "CONFIDENTIAL", "en", "insurer-to-customer",
     "expat freelancer's policy issued: policy numbers, his IBAN for direct debit and tax number, no health data",
     frm=F("morgenstern"), to="Rahul Menon <rahul@menon-consulting.example>",
     subj="Welcome! Your policies VH 23-018 224-6 and CY 29-011 305-0", date="2026-03-04 15:12",
     body="""Hi Rahul,

your professional indemnity and cyber policies are now in force from 1 March 2026.
The policy documents will arrive by post this week (German, with my English
summary sheet on top).

For your records, the details we have on file:

  Policyholder:       Rahul Menon, IT consulting, Pirmasenser Str. 40, 67655 Kaiserslautern
  Tax number:         19/207/41883 (Finanzamt Kaiserslautern)
  Direct debit from:  DE26 5405 1550 8964 3340 18 (your account at Kreissparkasse)
  Mandate reference:  PHG-VH-0223344
  First premium:      EUR 801.00, collected on 15 March 2026

If any of this is wrong, please tell me before 12 March.

Cheers
Lena
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0058
mail(58, "NORMAL", "de", "newsletter",
     "trap: storm warning mass mail to all business customers, generic advice, no contract data",
     frm='"PHG Kundenservice" <service@phg-versicherung.example>',
     to="undisclosed-recipients:;",
     subj="Unwetterwarnung: Sturmtief \"Ylva\" erreicht die Pfalz - so schützen Sie Ihren Betrieb",
     date="2026-03-05 12:30",
     body="""Sehr geehrte Kundinnen und Kunden,

der Deutsche Wetterdienst warnt für Donnerstagabend bis Freitagmittag vor
orkanartigen Böen bis 110 km/h in der Westpfalz und an der Weinstraße.

Bitte jetzt:
- Gerüste, Container, Baustellenschilder und Werbeaufsteller sichern
- Markisen einfahren, Terrassenmöbel und Sonnenschirme reinnehmen
- Fahrzeuge nicht unter Bäumen abstellen
- Dachrinnen und Abläufe frei machen (Starkregen möglich)

Wenn doch etwas passiert: Fotos machen, Schaden möglichst begrenzen und online
melden unter www.phg-versicherung.example/schaden oder 0631 3418-0 (24 h).

Bleiben Sie sicher!
Ihr Kundenservice der PHG

""" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0059
mail(59, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "underwriting decision on a sole-trader hairdresser's disability application: exclusion for allergic contact dermatitis L23.5, history of skin treatment",
     frm=F("brenneis"), to="Sandra Becker <sandra@haarwerk-kusel.example>",
     subj="Ihr Antrag Berufsunfähigkeitsversicherung - unser Angebot mit Ausschluss",
     date="2026-03-05 16:50",
     body="""Liebe Frau Becker,

wir haben Ihren Antrag auf eine selbstständige Berufsunfähigkeitsversicherung
(BU-Rente 1.500 EUR monatlich, Endalter 67) geprüft.

Aus Ihren Gesundheitsangaben und dem Bericht Ihrer Hautärztin geht hervor, dass
2022 und 2024 ein allergisches Kontaktekzem an beiden Händen (L23.5) behandelt
wurde, mit Sensibilisierung gegen p-Phenylendiamin laut Epikutantest. Für eine
Friseurmeisterin ist das ein erhöhtes Risiko.

Wir können Ihnen den Vertrag deshalb nur mit folgender Klausel anbieten:
"Kein Versicherungsschutz für Berufsunfähigkeit infolge von Erkrankungen der Haut
an Händen und Unterarmen einschließlich allergischer Reaktionen."

Der Beitrag bleibt bei 94,30 EUR monatlich. Alternativ prüfen wir nach drei
beschwerdefreien Jahren gern, ob der Ausschluss entfallen kann.

Bitte sagen Sie mir, ob Sie das Angebot annehmen möchten - es gilt 6 Wochen.

Herzliche Grüße
""" + SIG("brenneis"))

# ---------------------------------------------------------------- d42-0060
mail(60, "NORMAL", "de", "internal",
     "trap: job advertisement for a claims handler in accident and bKV (medical vocabulary, no persons)",
     frm=F("jung"), to='"Führungskräfte" <fuehrungskraefte@phg-versicherung.example>',
     subj="Stellenausschreibung Sachbearbeitung Leistung Unfall/bKV - bitte streuen",
     date="2026-03-06 09:30",
     body="""Liebe Führungskräfte,

die folgende Stelle geht morgen intern und extern raus. Wer jemanden kennt: gern
weitersagen, wir zahlen die übliche Empfehlungsprämie.

--------------------------------------------------------------
Sachbearbeiterin / Sachbearbeiter Leistung Unfall & bKV (m/w/d)
Vollzeit oder Teilzeit (ab 30 Std.), Kaiserslautern, unbefristet

Ihre Aufgaben:
- Prüfung von Leistungsanträgen aus der Gruppenunfallversicherung und der
  betrieblichen Krankenversicherung (Arztrechnungen, Heilpraktiker, Zahnersatz,
  Brillen, Krankenhaustagegeld)
- Bearbeitung von Invaliditätsfällen zusammen mit unserer Gesellschaftsärztin
- Kontakt zu Firmenkunden, Versicherten, Ärzten und Kliniken

Ihr Profil:
- Ausbildung als Kauffrau/Kaufmann für Versicherungen und Finanzanlagen oder
  als Medizinische Fachangestellte mit Versicherungserfahrung
- Kenntnisse in GOÄ/GOZ und medizinischer Terminologie von Vorteil

Wir bieten: 38-Stunden-Woche, mobiles Arbeiten, bKV und bAV für alle Mitarbeitenden,
JobRad, Kantine.
--------------------------------------------------------------

Viele Grüße
""" + SIG("jung"))

# ---------------------------------------------------------------- d42-0061
mail(61, "CONFIDENTIAL", "de", "insurer-to-customer",
     "glass breakage at an optician's shop (sole trader): vandalism, policy and claim number, police reference",
     frm=F("kettering"), to="Frank Henrich <frank@optik-henrich.example>",
     subj="Glasbruch Schaufenster - GL-2026-00158", date="2026-03-09 10:05",
     body="""Hallo Herr Henrich,

schon wieder Pech mit Ihrem Schaufenster - erst der Aufsteller, jetzt Vandalismus.

Ich habe den Glasbruch vom Samstagmorgen zur Glasversicherung GL 26-330 147-5
unter GL-2026-00158 angelegt. Die Glaserei Fuhrmann darf die Scheibe
(Verbundsicherheitsglas, 2,40 x 1,80 m) ersetzen, der Kostenvoranschlag über
1.942 EUR ist in Ordnung, die Notverglasung übernehmen wir auch.

Die Anzeige bei der Polizei (Vorgangsnummer 0311-2026-002871) brauchen wir für
den Regress, falls der Täter ermittelt wird.

Grüße
Sabine Kettering
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0062
mail(62, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
     "company pension (bAV, life line) for a leaving employee of a US-owned IT firm: vested benefit statement, salary, birth date",
     frm=F("brenneis"), to='"HR Brightline Software" <hr@brightline-software.example>',
     subj="Vested pension rights - Ms Hannah Wolff leaving on 31 March",
     date="2026-03-09 14:22",
     body="""Dear Ms Price,

as requested, here is the statement for Ms Hannah Wolff, who leaves Brightline
Software GmbH on 31 March 2026. Please pass it on to her together with the
German form (sent by post).

  Employee:                Hannah Wolff, born 18 August 1990
  Contract:                direct insurance LV 80-417 302 (deferred compensation)
  Start of contract:       1 July 2019
  Monthly contribution:    EUR 280 (EUR 240 salary conversion + EUR 40 employer top-up)
  Gross salary (basis):    EUR 6,150 per month
  Vested surrender value:  EUR 22,418.77 as of 31 March 2026
  Guaranteed pension:      EUR 312.60 per month from age 67

Ms Wolff can either continue the contract privately, transfer it to her new
employer (transfer agreement), or make it premium-free. Because the contributions
were fully vested from the start (deferred compensation), no vesting period applies.

Please ask her to tell us within three months which option she chooses.

Kind regards
Tobias Brenneis
""" + SIG("brenneis", en=True))

# ---------------------------------------------------------------- d42-0063
mail(63, "NORMAL", "de", "insurer-to-supplier",
     "trap: catering order for the craftsmen's day with allergen and diet counts, no persons",
     frm=F("fauss"), to='"Landmetzgerei & Partyservice Kurz" <party@kurz-catering.example>',
     subj="Auftrag Catering PHG-Handwerkertag 27.03.", date="2026-03-10 11:30",
     body="""Hallo Frau Kurz,

wir bestätigen Ihr Angebot 26-044 für den PHG-Handwerkertag am 27. März:

- 140 Personen, Stehempfang ab 17 Uhr, warmes Buffet 18:30 Uhr
- Pfälzer Buffet wie besprochen (Saumagen, Bratwurst, Dampfnudeln mit Weinsoße)
- davon 12 vegetarisch, 4 vegan, 3 glutenfrei, 1 ohne Nüsse (Allergie) - bitte
  Allergenkennzeichnung an jedem Gericht
- Getränke stellt das Weingut Ackermann-Lind direkt

Anlieferung: Halle des Kolpinghauses Kaiserslautern, ab 15 Uhr.
Rechnung an: PHG, Abt. Marketing, Kostenstelle 7200, Bestellnr. 4500019231.

Viele Grüße
Nicole Fauß
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0064
mail(64, "CONFIDENTIAL", "de", "insurer-to-company",
     "harmless body; fleet schedule XLSX with plates, VINs, named drivers and their birth dates (fleet contract of a GmbH)",
     frm=F("demir"), to='"Fuhrpark Hörner Bau" <fuhrpark@hoerner-bau.example>',
     subj="Flottenliste Stand 01.03.2026 zur Kontrolle", date="2026-03-10 15:45",
     body="""Hallo Frau Reis,

anbei die Fahrzeugliste zu Ihrem Flottenvertrag, wie jedes Quartal zur Kontrolle.
Bitte Abweichungen markieren und zurückschicken.

Danke und Gruß
Aylin Demir
""" + "\n" + FOOTER_DE,
     att=[xlsx("Flottenliste_Hoerner_2026-03.xlsx", [
         ("Fahrzeuge", [
             ["Nr", "Kennzeichen", "Fahrzeug", "FIN", "Hauptfahrer", "Geb.-Datum Fahrer", "Deckung"],
             [1, "KL-HB 401", "MAN TGE 3.180", "WMA03VUY9M9012447", "Sven Marx", "11.06.1987", "VK 500"],
             [2, "KL-HB 402", "VW Crafter", "WV1ZZZSYZN9031856", "Dragan Ilić", "02.12.1979", "VK 500"],
             [3, "KL-HB 405", "Mercedes Arocs Kipper", "WDB9634031L998221", "Gerd Hörner", "27.03.1961", "VK 1000"],
             [4, "KL-HB 412", "Ford Transit", "WF0XXXTTGXNA51273", "Sven Marx", "11.06.1987", "VK 500"],
             [5, "KL-HB 420", "BMW 530e (GF)", "WBA21EF010CK33914", "Tobias Hörner", "15.10.1990", "VK 300"],
         ])])])

# ---------------------------------------------------------------- d42-0065
mail(65, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "fleet accident with injured employee and third party: whiplash S13.4, sick notes, named persons",
     frm=F("demir"), to='"Fuhrpark Hörner Bau" <fuhrpark@hoerner-bau.example>',
     cc=F("hoffstadt"),
     subj="KF-2026-00702 Auffahrunfall B 270 - Personenschaden", date="2026-03-11 09:20",
     body="""Hallo Frau Reis,

zum Unfall vom 06.03. auf der B 270 (Ihr Crafter KL-HB 402, Fahrer Herr Dragan Ilić,
ist einem Opel Corsa aufgefahren):

- Herr Ilić hat laut Durchgangsarzt eine HWS-Distorsion (S13.4) und eine Prellung
  des Brustbeins durch den Gurt. Er ist bis 20.03. krankgeschrieben. Das läuft für
  ihn über die BG; aus Ihrer Gruppenunfall kommt ggf. das Krankenhaustagegeld,
  falls er stationär war - war er? Frau Hoffstadt ist in cc.
- Die Fahrerin des Corsa, Frau Lea Kämmerer, macht über ihre Anwältin ebenfalls
  ein HWS-Trauma geltend, außerdem Schmerzensgeld und Haushaltsführungsschaden.
  Das regulieren wir über Ihre Kfz-Haftpflicht.

Bitte schicken Sie mir die Unfallschilderung von Herrn Ilić schriftlich und die
Namen der Zeugen, die auf dem Polizeiprotokoll stehen.

Danke
Aylin Demir
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0066
mail(66, "NORMAL", "en", "newsletter",
     "trap: webinar invitation on cyber risks for medical and dental practices, mentions patient records and ransomware, no persons",
     frm='"PHG International Desk" <international@phg-versicherung.example>',
     to='"International business owners" <intl-newsletter@phg-versicherung.example>',
     subj="Webinar 16 April: Ransomware in medical practices - what really happens",
     date="2026-03-11 07:45",
     html="""<html><body style="font-family:Georgia,serif">
<p>Dear doctors, dentists and therapists,</p>
<p>patient records are the most valuable data a criminal can steal. In 2025 we handled
nine ransomware cases in practices in the Palatinate alone.</p>
<p>In our free <b>English-language webinar</b> (16 April, 6 pm, 45 minutes), our IT
expert Marco Lingenfelder and data protection lawyer Dr. Eva Sutter explain:</p>
<ul>
<li>how attackers get into practice networks</li>
<li>what you must report to the data protection authority within 72 hours</li>
<li>why professional secrecy (&sect; 203 German Criminal Code) makes it even more serious</li>
<li>what a cyber policy pays &ndash; and what it doesn't</li>
</ul>
<p><a href="https://events.phg-versicherung.example/cyber-practices">Register here</a></p>
<p>PHG International Desk</p>
</body></html>
""")

# ---------------------------------------------------------------- d42-0067
mail(67, "NORMAL", "de", "internal",
     "trap: data-protection quiz with fictitious example cases and answers (diagnoses, salaries), no real persons",
     frm=F("leibrock"), to='"Alle Mitarbeitenden" <alle@phg-versicherung.example>',
     subj="Datenschutz-Quiz März - mitmachen und Kinogutschein gewinnen",
     date="2026-03-12 10:00",
     body="""Liebe Kolleginnen und Kollegen,

hier das Quiz zum Monat. Einfach die Buchstaben bis 20.03. an datenschutz@ schicken.

1. Eine Bäckerei schickt eine Liste ihrer Azubis mit Geburtsdaten für die
   Gruppenunfall. Welche Kategorie?
   a) normal  b) vertraulich  c) streng vertraulich

2. Ein Mail an einen Makler: "Beispiel: Musterbetrieb GmbH, 12 Mitarbeiter,
   Lohnsumme 480.000 EUR" - welche Kategorie?
   a) normal  b) vertraulich  c) streng vertraulich

3. "Max Mustermann (fiktiv), Diagnose S82.6" in einer Schulungsfolie?
   a) normal  b) vertraulich  c) streng vertraulich

4. Die IBAN eines selbstständigen Fotografen?
   a) normal  b) vertraulich  c) streng vertraulich

Auflösung im April-Newsletter. (Kleiner Tipp: Es kommt bei Frage 1 auf die
Sparte an.)

Viel Spaß!
Heike Leibrock
""")

# ---------------------------------------------------------------- d42-0068
mail(68, "CONFIDENTIAL", "de", "insurer-to-customer",
     "legal expenses for a sole-trader bookshop in a commercial lease dispute: rent arrears, named owner and landlord, amounts",
     frm=F("rech"), to="Gabriele Vogelsang <buchladen.vogelsang@pfalz-mail.example>",
     subj="Ihr Rechtsschutzfall RS-2026-00388 - Gewerbemietvertrag", date="2026-03-12 14:48",
     body="""Sehr geehrte Frau Vogelsang,

für die Auseinandersetzung mit Ihrer Vermieterin, der Erbengemeinschaft Lorenz,
über die Mietminderung wegen des Wasserschadens im Lager bestätigen wir Ihnen
Kostenschutz aus dem Gewerbe-Mietrechtsschutz (RS 50-342 016).

Nach Ihren Angaben haben Sie die Miete (1.200 EUR monatlich zzgl. NK) für
Dezember bis Februar um je 40 % gemindert; die Vermieterin fordert 1.440 EUR
nach und droht mit fristloser Kündigung.

Kostenschutz besteht für die außergerichtliche Vertretung und, falls nötig, die
erste Instanz. Selbstbeteiligung 150 EUR. Bitte beauftragen Sie einen Anwalt
Ihrer Wahl oder lassen Sie sich von uns einen empfehlen.

Mit freundlichen Grüßen
""" + SIG("rech"))

# ---------------------------------------------------------------- d42-0069
mail(69, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "employer's legal expenses: dismissal of a hotel housekeeper due to long illness, sick days, reintegration, doctor's prognosis (text and HTML)",
     frm=F("rech"), to='"Michael Emrich" <m.emrich@pfaelzer-hof-badduerkheim.example>',
     subj="Rechtsschutz - geplante krankheitsbedingte Kündigung Frau Aleksandra Mazur",
     date="2026-03-13 11:00",
     body="""Sehr geehrter Herr Emrich,

Sie haben angefragt, ob wir Kosten übernehmen, wenn Sie Ihrer Hausdame
Frau Aleksandra Mazur krankheitsbedingt kündigen.

Vorab: Für die Beratung vor einer Kündigung besteht im Arbeitgeber-Rechtsschutz
Kostenschutz erst, wenn ein Rechtsverstoß behauptet wird. Wir übernehmen aber eine
Erstberatung (bis 250 EUR).

Zu den Fakten aus Ihrer Mail:
- 2024: 61 Krankheitstage, 2025: 94 Krankheitstage
- Wiedereingliederung nach Bandscheiben-OP im Sommer 2025 abgebrochen
- laut Attest der Hausärztin vom Januar "auf absehbare Zeit keine Arbeiten mit
  Heben über 10 kg und Bücken"

Eine krankheitsbedingte Kündigung setzt eine negative Prognose, erhebliche
betriebliche Beeinträchtigung und eine Interessenabwägung voraus - und ein
betriebliches Eingliederungsmanagement (BEM). Bitte lassen Sie sich dazu beraten,
bevor Sie kündigen.

Mit freundlichen Grüßen
Claudia Rech
""" + "\n" + FOOTER_DE,
     html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrter Herr Emrich,</p>
<p>Sie haben angefragt, ob wir Kosten übernehmen, wenn Sie Ihrer Hausdame
Frau Aleksandra Mazur krankheitsbedingt kündigen.</p>
<p>Vorab: Für die Beratung vor einer Kündigung besteht im Arbeitgeber-Rechtsschutz
Kostenschutz erst, wenn ein Rechtsverstoß behauptet wird. Wir übernehmen aber eine
Erstberatung (bis 250 EUR).</p>
<p>Zu den Fakten aus Ihrer Mail:</p>
<ul><li>2024: 61 Krankheitstage, 2025: 94 Krankheitstage</li>
<li>Wiedereingliederung nach Bandscheiben-OP im Sommer 2025 abgebrochen</li>
<li>laut Attest der Hausärztin vom Januar &bdquo;auf absehbare Zeit keine Arbeiten mit
Heben über 10 kg und Bücken&ldquo;</li></ul>
<p>Eine krankheitsbedingte Kündigung setzt eine negative Prognose, erhebliche
betriebliche Beeinträchtigung und eine Interessenabwägung voraus &ndash; und ein
betriebliches Eingliederungsmanagement (BEM). Bitte lassen Sie sich dazu beraten,
bevor Sie kündigen.</p>
<p>Mit freundlichen Grüßen<br>Claudia Rech</p>
</body></html>
""")

# ---------------------------------------------------------------- d42-0070
mail(70, "NORMAL", "de", "insurer-to-broker",
     "trap: anonymised statistics of apprentices' accidents per trade for a broker, rates and injury types, no persons",
     frm=F("weisbrod"), to='"Jürgen Hauck" <j.hauck@hauck-makler.example>',
     subj="AW: Zahlen Azubi-Unfälle für Ihren Vortrag bei der Innung", date="2026-03-16 13:02",
     reply="<a71c.jh@hauck-makler.example>",
     body="""Hallo Herr Hauck,

gerne, hier die Zahlen aus unserem Gruppenunfall-Bestand 2021-2025 (nur Azubis,
anonymisiert, Sie dürfen sie im Vortrag nennen):

Gewerk          Azubi-Jahre   Unfälle   je 1.000   häufigste Verletzung
Dachdecker          1.410        58       41,1    Frakturen nach Sturz
Bäcker/Konditor       980        37       37,8    Verbrennungen Hand/Arm
Elektro             2.240        49       21,9    Schnittverletzungen, Stromschlag
Friseur             1.120        12       10,7    Schnittverletzungen
Kfz-Mechatronik     1.860        44       23,7    Quetschungen Hand

Durchschnittliche Leistung je Fall: 3.940 EUR, Invaliditätsfälle 9 %.

Viel Erfolg beim Vortrag!
Jörg Weisbrod

> Hallo Herr Weisbrod, haben Sie für meinen Vortrag bei der Kreishandwerkerschaft
> ein paar Zahlen zu Unfällen von Azubis? Gerne nach Gewerk. Danke, J. Hauck
""" + SIG("weisbrod"))

# ---------------------------------------------------------------- d42-0071
mail(71, "CONFIDENTIAL", "en", "insurer-to-customer",
     "certificate of liability cover for a restaurant's landlord: owners named, policy number, sums insured",
     frm=F("morgenstern"), to='"Declan O\'Doherty" <declan@copperkettle-kl.example>',
     subj="Certificate of insurance for your landlord (Stadtwerke Immobilien)",
     date="2026-03-16 16:25",
     body="""Hi Declan,

here is the confirmation your landlord asked for. I've written it in German
because it's for Stadtwerke Immobilien GmbH; the English version is below.

----
Versicherungsbestätigung
Hiermit bestätigen wir, dass Frau Siobhan O'Doherty und Herr Declan O'Doherty,
Betreiber des Restaurants "The Copper Kettle", Marktstraße 21, 67655 Kaiserslautern,
bei uns eine Betriebshaftpflichtversicherung unter der Nr. BH 21-402 771-3 unterhalten.
Deckungssummen: 5.000.000 EUR pauschal für Personen- und Sachschäden, Mietsachschäden
an Gebäuden 1.000.000 EUR. Der Vertrag ist ungekündigt, der Beitrag bezahlt.
----
(English: Siobhan and Declan O'Doherty hold business liability insurance with us,
policy BH 21-402 771-3, EUR 5m combined single limit, EUR 1m for damage to rented
premises; the policy is in force and paid.)

Cheers
Lena
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0072
mail(72, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "farmer's own accident insurance: attacked by a bull, rib fractures S22.4, pneumothorax, hospital stay, benefits",
     frm=F("hoffstadt"), to='"Hofgut Dörr" <hofgut.doerr@landpost.example>',
     subj="Ihre Unfallversicherung UV 60-312 870 - Unfall im Stall am 09.03.",
     date="2026-03-17 08:44",
     body="""Sehr geehrter Herr Dörr,

Ihre Frau hat uns gestern angerufen - wir wünschen Ihnen von Herzen gute Besserung!

Wir haben den Unfall vom 09.03. in Ihrer Einzel-Unfallversicherung aufgenommen
(Schaden U-2026-00744). Laut Ihrer Frau hat Sie der Zuchtbulle beim Umtreiben
gegen die Stallwand gedrückt; im Westpfalz-Klinikum wurden Rippenserienfrakturen
rechts (S22.4) und ein Pneumothorax festgestellt, Sie lagen mit Thoraxdrainage
zwei Tage auf der Intensivstation.

Leistungen nach Ihrem Vertrag:
- Krankenhaustagegeld 40 EUR je Tag (bitte Entlassungsbericht schicken)
- Genesungsgeld in gleicher Höhe für die gleiche Zahl von Tagen
- Unfall-Soforthilfe 1.000 EUR bei Intensivbehandlung - zahlen wir sofort aus

Bitte melden Sie uns, ob Sie für die Zeit Ihres Ausfalls eine Betriebshilfe
brauchen; die ist in Ihrem Tarif bis 3.000 EUR mitversichert.

Mit freundlichen Grüßen
""" + SIG("hoffstadt"))

# ---------------------------------------------------------------- d42-0073
mail(73, "NORMAL", "en", "internal",
     "trap: bilingual out-of-office reply naming a colleague as deputy, no reason, no cases",
     frm=F("morgenstern"), to=F("weisbrod"),
     subj="Automatic reply: Messe-Nachbereitung / Termin International Desk",
     date="2026-03-18 07:02", hdrs={"Auto-Submitted": "auto-replied"},
     body="""Thank you for your message. I am out of the office until 27 March 2026 with
limited access to e-mail. For urgent matters please contact my colleague
Sabine Kettering (sabine.kettering@phg-versicherung.example, +49 631 3418-214).

Vielen Dank für Ihre Nachricht. Ich bin bis zum 27.03.2026 nicht im Büro.
In dringenden Fällen wenden Sie sich bitte an Sabine Kettering.

Lena Morgenstern
""")

# ---------------------------------------------------------------- d42-0074
mail(74, "NORMAL", "de", "insurer-to-customer",
     "trap: portal registration mail with a one-time activation code, no contract or personal data beyond the address",
     frm='"PHG Kundenportal" <noreply-portal@phg-versicherung.example>',
     to="info@gaertnerei-blum.example",
     subj="Ihr Aktivierungscode für das PHG-Kundenportal", date="2026-03-18 11:37",
     body="""Guten Tag,

Sie haben sich soeben im PHG-Kundenportal registriert. Bitte geben Sie den
folgenden Aktivierungscode innerhalb von 24 Stunden auf der Registrierungsseite ein:

    7Q4-KX9-2MB

Der Code kann nur einmal verwendet werden. Anschließend legen Sie Ihr eigenes
Passwort und eine Sicherheitsfrage fest.

Sie haben sich nicht registriert? Dann ignorieren Sie diese E-Mail bitte;
es wird kein Konto angelegt.

Ihr PHG-Kundenportal
(Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht darauf.)
""")

# ---------------------------------------------------------------- d42-0075
mail(75, "CONFIDENTIAL", "de", "insurer-to-customer",
     "hotel keeper's liability: named guest's luggage stolen from a room, claim number, value of items, nobody hurt",
     frm=F("kettering"), to='"Karin Emrich" <k.emrich@pfaelzer-hof-badduerkheim.example>',
     subj="Gastwirtshaftung - Diebstahl Zimmer 14, Gast Dr. Armin Roos", date="2026-03-19 10:12",
     body="""Liebe Frau Emrich,

danke für die Meldung. Zur Betriebshaftpflicht BH 21-301 904-9 angelegt als
BH-2026-01811.

Ihr Gast, Herr Dr. Armin Roos aus Stuttgart, gibt an, dass am 14.03. aus dem
nicht aufgebrochenen Zimmer 14 ein Laptop (MacBook Pro, 2.899 EUR), eine Uhr
(Tissot, ca. 650 EUR) und 300 EUR Bargeld verschwunden sind. Er hatte den
Zimmersafe nicht benutzt.

Nach § 702 BGB haften Sie als Gastwirt auch ohne Verschulden, allerdings nur bis
zum Hundertfachen des Zimmerpreises (hier 129 EUR x 100 = 12.900 EUR), für
Geld und Wertsachen nur bis 800 EUR, wenn sie nicht in Verwahrung gegeben wurden.

Bitte schicken Sie mir: Anzeige bei der Polizei (Aktenzeichen), die Liste, wer an
dem Tag Schlüsselkarten für Zimmer 14 hatte, und die Zimmerrechnung.

Grüße aus Kaiserslautern
Sabine Kettering
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0076
mail(76, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "bKV benefit statement for an American employee of an IT firm: dental crown, GOZ positions, root canal history",
     frm='"PHG bKV-Leistung" <bkv-leistung@phg-versicherung.example>',
     to="Jennifer Alvarez <jen.alvarez@brightline-software.example>",
     subj="Your company health insurance claim - dental crown tooth 26",
     date="2026-03-19 14:30",
     body="""Dear Ms Alvarez,

thank you for submitting your dentist's invoice under the company health insurance
of Brightline Software GmbH (contract KB 88-120 771). As you asked us to write in
English, here is our statement:

  Dentist:            Dr. Stefan Hallmann, Kaiserslautern
  Treatment:          ceramic crown on tooth 26 after root canal treatment
                      (GOZ 2210, 2197, 5170; laboratory costs EUR 412.60)
  Invoice total:      EUR 1,138.44
  Statutory insurer (TK) paid: EUR 421.96 (fixed subsidy)
  Your remaining share:        EUR 716.48
  Reimbursed by us:            EUR 600.00 (annual budget 600 reached)

The amount will be transferred to your bank account within five working days.
Your budget for 2026 is now used up; it will be renewed on 1 January 2027.

Kind regards
Your bKV claims team
Pfälzer Handwerk & Gewerbe Versicherung VVaG
""")

# ---------------------------------------------------------------- d42-0077
mail(77, "NORMAL", "en", "insurer-to-supplier",
     "trap: order of water-leak sensors from a Dutch supplier for a prevention campaign, company data only",
     frm=F("gebhardt"), to='"AquaAlert B.V." <sales@aquaalert.example>',
     subj="Order: 500 WiFi water-leak sensors for our customer campaign", date="2026-03-20 10:15",
     body="""Dear Mr Bakker,

following our call, we would like to order:

  500 x AquaAlert Mini W2 (WiFi, battery, app-based alarm) at EUR 17.90
  500 x German quick-start guide (printed, your template)
  delivery to: PHG Versicherung, Warenannahme, Barbarossaring 19, 67655 Kaiserslautern
  delivery date: by 20 April 2026

We will give the sensors free of charge to bakeries, butchers and restaurants
with cold rooms and to doctors' and dental practices - those are the customers
where a leaking pipe causes the largest business interruption losses.

Please confirm that the app does not store any personal data outside the EU and
send us your data processing statement; our data protection officer needs it.

Best regards
Stefan Gebhardt
""" + "\n" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0078
mail(78, "CONFIDENTIAL", "en", "insurer-to-customer",
     "business interruption settlement to a restaurant run by two named owners: amounts and their business IBAN, nobody hurt",
     frm=F("morgenstern"), to='"Siobhan O\'Doherty" <siobhan@copperkettle-kl.example>',
     cc='"Declan O\'Doherty" <declan@copperkettle-kl.example>',
     subj="IB-2026-00112 - settlement of your fire claim", date="2026-03-27 15:55",
     body="""Dear Siobhan, dear Declan,

I'm back in the office and happy to close your kitchen fire claim with good news.

  Contents (hood, 2 fryers, cold room compressor):      EUR 18,742.00
  Cleaning and smoke removal:                           EUR  4,310.50
  Business interruption, 7 Feb - 6 Mar (28 days):       EUR 39,120.00
  Extra expenses (mobile kitchen rental):               EUR  3,480.00
  less deductible                                      -EUR    500.00
  Total                                                 EUR 65,152.50

The payment goes out tomorrow to your business account
DE60 5105 0015 2586 6507 56 (O'Doherty GbR - The Copper Kettle).

Please sign and return the attached discharge form (German "Abfindungserklärung").
If you disagree with any item, just call me.

Best regards
Lena
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0079
mail(79, "NORMAL", "de", "internal",
     "trap: calendar invitation for the weekly large-claims round, agenda without names, ICS",
     frm=F("kettering"), to='"Schadenrunde Gewerbe" <schadenrunde@phg-versicherung.example>',
     subj="Einladung: Großschadenrunde KW 14", date="2026-03-27 16:30",
     body="""Hallo zusammen,

Einladung zur Großschadenrunde am Dienstag, 31.03., 9:00-10:30, Raum Lauter.

Themen:
1. Brand Schreinerei (Reserve erhöhen?)
2. Personenschäden Gastronomie - Stand der Verhandlungen
3. Cyber Praxis - Forensikkosten
4. Regressquote Q1

Fallakten bitte NICHT ausdrucken, wir schauen gemeinsam ins System.

Sabine
""",
     att=[ics("Grossschadenrunde_KW14.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//PHG Versicherung//Outlook//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:gsr-2026-kw14@phg-versicherung.example
DTSTAMP:20260327T153000Z
DTSTART;TZID=Europe/Berlin:20260331T090000
DTEND;TZID=Europe/Berlin:20260331T103000
SUMMARY:Großschadenrunde Gewerbe KW 14
LOCATION:Raum Lauter, Barbarossaring 17
ORGANIZER;CN=Sabine Kettering:mailto:sabine.kettering@phg-versicherung.example
END:VEVENT
END:VCALENDAR
""")])

# ---------------------------------------------------------------- d42-0080
mail(80, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "benefit letter to the injured bakery apprentice herself: hospital allowance, scar, follow-up treatment",
     frm=F("hoffstadt"), to="Lea Brunk <lea.brunk07@freemail-pfalz.example>",
     subj="Ihre Leistung aus der Gruppenunfallversicherung (Bäckerei Zimmermann)",
     date="2026-03-30 09:10",
     body="""Liebe Frau Brunk,

Ihr Chef hat uns Ihre E-Mail-Adresse gegeben - wir schreiben Ihnen direkt, weil
es um Ihre eigenen Leistungen geht.

Nach Ihrem Unfall vom 2. Januar (Verbrennung 2. Grades am rechten Unterarm) haben
wir aus der Gruppenunfallversicherung Ihres Ausbildungsbetriebs bezahlt:

- Krankenhaustagegeld für 4 Tage (BG Klinik Ludwigshafen):   4 x 30 EUR = 120 EUR
- Sofortleistung bei Verbrennung ab 2. Grad:                              500 EUR

Der Betrag von 620 EUR geht an Ihr Konto bei der Kreissparkasse.

Laut dem letzten Bericht Ihrer Ärztin bleibt eine ca. 8 cm lange Narbe. Falls Sie
später eine kosmetische Behandlung (z. B. Laser) machen lassen möchten: Die
Versicherung übernimmt bis zu 5.000 EUR, wenn die Behandlung innerhalb von drei
Jahren nach dem Unfall stattfindet. Bitte vorher Kostenvoranschlag schicken.

Alles Gute für die Zwischenprüfung!
""" + SIG("hoffstadt"))

# ---------------------------------------------------------------- d42-0081
mail(81, "CONFIDENTIAL", "de", "insurer-to-customer",
     "payroll declaration reminder with estimated payroll to a sole-trader electrician, contract number, surcharge",
     frm=F("schowalter"), to="Markus Kuhn <info@elektro-kuhn-rockenhausen.example>",
     subj="2. Erinnerung: Lohnsumme 2025 für Ihre Betriebshaftpflicht 21-338 904-7",
     date="2026-03-31 08:20",
     body="""Sehr geehrter Herr Kuhn,

leider liegt uns Ihre Lohnsummenmeldung 2025 noch nicht vor.

Wenn wir bis zum 15.04.2026 nichts von Ihnen hören, müssen wir die Lohnsumme
schätzen. Wir würden dann von der Vorjahresmeldung (186.400 EUR für 3 Gesellen
und 1 Azubi) ausgehen und nach den Bedingungen 10 % aufschlagen, also
205.040 EUR. Das ergäbe eine Nachberechnung von rund 39 EUR.

Am einfachsten geht die Meldung im Kundenportal unter "Verträge > Meldungen",
das dauert zwei Minuten.

Freundliche Grüße
Petra Schowalter
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0082
mail(82, "NORMAL", "de", "internal",
     "trap: internal forward of a public tender notice for a municipality's insurance, public document, no persons",
     frm=F("weisbrod"), to='"Vertrieb Gewerbe" <vertrieb-gewerbe@phg-versicherung.example>',
     subj="Ausschreibung VG Otterbach-Otterberg: Versicherungen Bauhof/Kitas - machen wir mit?",
     date="2026-03-31 13:45",
     body="""Hallo zusammen,

auf dem Vergabeportal RLP ist folgende Bekanntmachung erschienen. Lose 2 und 3
passen zu uns. Bitte bis Freitag Rückmeldung, ob wir Kapazität haben.

Jörg

--- Auszug Bekanntmachung ---
Öffentlicher Auftraggeber: Verbandsgemeindeverwaltung Otterbach-Otterberg
Verfahren: Offenes Verfahren nach UVgO, Vergabenummer VG-OO-2026-017
Gegenstand:
  Los 1: Kommunale Haftpflichtversicherung
  Los 2: Gebäude- und Inhaltsversicherung (27 Objekte, Gesamtversicherungssumme
         ca. 48 Mio. EUR, u. a. Bauhof, 6 Kitas, 2 Dorfgemeinschaftshäuser)
  Los 3: Kfz-Flotte (41 Fahrzeuge inkl. Feuerwehr)
  Los 4: Gruppenunfallversicherung Ehrenamt
Vertragsbeginn: 01.01.2027, Laufzeit 5 Jahre
Angebotsfrist: 22.05.2026, 12:00 Uhr
Unterlagen: vergabe.rlp.example, Bieterfragen bis 30.04.2026
---
""")

# ---------------------------------------------------------------- d42-0083
mail(83, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-third-party",
     "settlement offer to the injured Dutch delivery driver: concussion, sick leave, pain and suffering, his private IBAN",
     frm=F("morgenstern"), to='"Pieter Jansen" <p.jansen@devries-promotie.example>',
     subj="HP-2026-00298 - settlement offer", date="2026-04-01 11:30",
     body="""Dear Mr Jansen,

thank you for sending the documents. From the discharge letter of the
Westpfalz-Klinikum and your GP's certificate we understand that:

- you suffered a mild traumatic brain injury (concussion, S06.0) and a sprain of
  the right ankle (S93.4),
- you were unable to work from 26 January to 15 February 2026,
- you had headaches for several weeks and physiotherapy for the ankle (6 sessions).

Our policyholder's liability is not in dispute, because the ramp had not been
gritted. We offer:

  pain and suffering:                  EUR 1,500.00
  loss of earnings (net, per your payslips): EUR 1,912.40
  physiotherapy co-payment and travel: EUR   236.80
  total:                               EUR 3,649.20

If you accept, we will pay to the account you gave us, NL57 INGB 1967 3025 54
(P. Jansen), within 10 days of receiving the signed acceptance.

Yours sincerely
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0084
mail(84, "NORMAL", "de", "internal",
     "trap: sickness absence rates of the insurer's own departments, aggregates only, HR report",
     frm=F("jung"), to='"Führungskräfte" <fuehrungskraefte@phg-versicherung.example>',
     subj="Gesundheitsbericht 2025 - Fehlzeiten nach Bereichen", date="2026-04-01 15:00",
     body="""Liebe Führungskräfte,

anbei die Fehlzeitenquoten 2025 aus der Personalstatistik (Bereiche unter 10
Personen sind zusammengefasst, damit niemand erkennbar ist).

Bereich                          Köpfe   Quote 2025   Quote 2024
Schaden Gewerbe                    42       5,8 %        6,1 %
Leistung Unfall/bKV                18       7,2 %        5,4 %
Vertrieb/Kundenbetreuung           35       4,1 %        4,3 %
Beitrag/Bestand                    27       6,0 %        6,6 %
IT, Einkauf, Gebäude, Personal     31       3,9 %        4,2 %
gesamt                            153       5,4 %        5,5 %

Häufigste Gründe laut Krankenkassenreport (anonym, alle Versicherten):
Atemwegserkrankungen, Muskel-Skelett, psychische Belastungen.

Wir starten im Mai das Angebot "Bewegte Pause" und erweitern die bKV um
Mental-Health-Coaching.

Florian Jung
""")

# ---------------------------------------------------------------- d42-0085
mail(85, "CONFIDENTIAL", "de", "insurer-to-customer",
     "fire in a sole-trader joinery's dust extraction: contents and BI claim, owner named, sums, nobody hurt",
     frm=F("kettering"), to="Thomas Lauer <thomas.lauer@schreinerei-lauer.example>",
     subj="Brand Absauganlage - Schaden IS-2026-00912", date="2026-04-02 09:30",
     body="""Hallo Herr Lauer,

zuerst: gut, dass der Brand nachts war und niemand in der Werkstatt.

Zur Inhalts- und Betriebsunterbrechungsversicherung IB 25-201 447-0 habe ich den
Schaden vom 31.03. unter IS-2026-00912 angelegt. Laut Feuerwehr hat ein Funke aus
der Formatkreissäge die Späneabsaugung in Brand gesetzt. Zerstört bzw. beschädigt:

  Absauganlage (Silo und Filter)           ca. 28.000 EUR
  Formatkreissäge Altendorf F45            ca. 21.500 EUR
  Holzvorrat (Eiche, Nussbaum)             ca.  9.800 EUR
  Rußreinigung Halle                       ca.  6.000 EUR

Der Sachverständige Herr Weber kommt am Montag. Für die BU: Ihr Geselle kann an
der Kantenanleimmaschine weiterarbeiten? Dann ist der Ausfall nur teilweise.

Viele Grüße
Sabine Kettering
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0086
mail(86, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "BU benefit granted to the sole-trader joiner: disability degree, herniated disc, monthly pension, premium waiver",
     frm=F("brenneis"), to="Thomas Lauer <thomas.lauer@schreinerei-lauer.example>",
     subj="Entscheidung zu Ihrem BU-Antrag - Vertrag BU 70-228 419", date="2026-04-03 10:40",
     cte="8bit", flowed=True,
     body="""Guten Tag Herr Lauer,

ich habe gute Nachrichten, gerade in dieser Woche mit dem Brand
kann ich mir vorstellen, dass Sie die brauchen.

Nach Prüfung der Unterlagen (Gutachten Dr. Kastner vom 12.03.,
OP- und Rehabericht, Tätigkeitsbeschreibung) erkennen wir Ihre
Berufsunfähigkeit ab dem 01.10.2025 an. Der Gutachter bestätigt,
dass Sie nach dem Bandscheibenvorfall L4/L5 mit verbliebener
Fußheberschwäche links die körperlichen Schreinerarbeiten, die
vorher ca. 70 % Ihrer Arbeitszeit ausmachten, nicht mehr
ausüben können. Eine zumutbare Umorganisation ist in einem
2-Mann-Betrieb nicht möglich.

Leistungen:
- BU-Rente 1.800 EUR monatlich, rückwirkend ab 01.10.2025
  (Nachzahlung für 6 Monate: 10.800 EUR)
- Beitragsbefreiung ab 01.10.2025, zu viel gezahlte Beiträge
  (6 x 118,20 EUR) erstatten wir
- Anerkenntnis unbefristet; wir fragen aber alle zwei Jahre
  nach dem Gesundheitszustand

Alles Gute - auch für den Wiederaufbau der Werkstatt.
Tobias Brenneis

""" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0087
mail(87, "NORMAL", "en", "insurer-to-partner",
     "trap: draft press release on a prevention partnership with a Dutch sensor maker, water damage statistics in practices and bakeries",
     frm=F("fauss"), to='"AquaAlert B.V. - Marketing" <marketing@aquaalert.example>',
     subj="Draft press release - please approve your quote by Wednesday", date="2026-04-06 11:05",
     body="""Dear Femke,

please find below the English version of our press release. The German version
goes to the local papers on 15 April. Could you approve your CEO's quote?

---
Kaiserslautern / Utrecht, 15 April 2026

PHG and AquaAlert give 500 leak sensors to small businesses

Water damage is the most frequent property loss for small businesses in the
Palatinate. In 2025 PHG handled 312 water claims from bakeries, butchers,
restaurants, hotels, and doctors' and dental practices, with an average cost of
EUR 11,800 - not counting lost business when a practice has to close for days.

"A sensor for 18 euros can save a bakery a week of production," says Stefan
Gebhardt, head of risk prevention at PHG. "[Quote AquaAlert CEO]," says Joost
Bakker, CEO of AquaAlert B.V.

Businesses insured with PHG can request a free sensor from 20 April.
---

Thanks!
Nicole
""" + "\n" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0088
mail(88, "CONFIDENTIAL", "de", "insurer-to-company",
     "speeding fine with a fleet car: named employee driver, offence details (administrative, not criminal), plate",
     frm=F("demir"), to='"Fuhrpark Hörner Bau" <fuhrpark@hoerner-bau.example>',
     subj="WG: Anhörungsbogen Geschwindigkeitsüberschreitung KL-HB 420", date="2026-04-07 14:14",
     body="""Hallo Frau Reis,

die Bußgeldstelle hat den Anhörungsbogen an uns als Versicherer geschickt statt an
Sie als Halterin. Ich leite das hier weiter - bitte direkt mit der Bußgeldstelle
klären, für die Versicherung hat das keine Folgen.

Inhalt: Fahrzeug KL-HB 420 (BMW 530e), 24.03.2026, 17:48 Uhr, A 6 km 612,
Fahrtrichtung Mannheim, zulässig 100 km/h, gemessen 131 km/h (nach Toleranz 127).
Laut Ihrem Fahrtenbuch fuhr Herr Tobias Hörner. Regelsatz 128 EUR, 1 Punkt.

Grüße
Aylin Demir
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0089
mail(89, "NORMAL", "de", "newsletter",
     "trap: prevention leaflet for wineries on harvest machines and fermentation gas CO2, fatality statistics generic, PDF",
     frm=F("gebhardt"), to='"Weingüter und Winzergenossenschaften" <verteiler-wein@phg-versicherung.example>',
     subj="Vor der Saison: Sicherheit im Herbst - Merkblatt Gärgase und Vollernter",
     date="2026-04-08 08:00",
     body="""Liebe Winzerinnen und Winzer,

noch ist es ruhig im Keller - der beste Zeitpunkt, um die Unterweisung für die
Lese vorzubereiten. Unser Merkblatt (PDF) fasst die zwei größten Gefahren zusammen.

Mit herbstlichen Grüßen im Frühling
Stefan Gebhardt
""" + "\n" + FOOTER_DE,
     att=[pdf("Merkblatt_Sicherheit_Weinlese.pdf", """# Sicherheit im Herbst - Merkblatt für Weingüter
1. Gärgase (Kohlendioxid)
CO2 ist schwerer als Luft, unsichtbar und geruchlos. Schon ab 8 Vol.-% drohen
Bewusstlosigkeit und Tod. Jedes Jahr sterben in Deutschland Menschen in Gärkellern.
- CO2-Warngerät verwenden, Keller vor dem Betreten lüften
- Nie allein in Tanks oder Gruben steigen, Rettung nur mit Atemschutz

2. Traubenvollernter und Förderbänder
Typische Verletzungen: Hand- und Fingerverletzungen an Förderschnecken,
Quetschungen beim Rangieren.
- Maschine vor Reinigung und Störungsbeseitigung immer abschalten
- Saisonkräfte in ihrer Sprache unterweisen (Vorlagen auf Polnisch und Rumänisch
  bei der PHG erhältlich)

3. Gruppenunfallversicherung für Saisonkräfte: schon ab 2 EUR pro Person und Woche.
Rückfragen: Risikoberatung PHG, 0631 3418-510""")])

# ---------------------------------------------------------------- d42-0090
mail(90, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "harmless body; ZIP with group accident premium declaration: CSV of insured bakery staff with names, birth dates, job (accident line)",
     frm=F("schowalter"), to='"Bäckerei Zimmermann e.K." <buero@baeckerei-zimmermann.example>',
     subj="Beitragsmeldung GU 44-018273 - Rückfrage", date="2026-04-08 10:50",
     body="""Hallo Herr Zimmermann,

in Ihrer Meldung fehlen bei zwei Personen die Tätigkeitsangaben. Ich habe die
Datei ergänzt, so weit ich konnte, bitte die gelb markierten Zeilen prüfen
(Datei im ZIP, wie Ihr Steuerbüro sie geschickt hat).

Gruß
Petra Schowalter
""" + "\n" + FOOTER_DE,
     att=[zipf("Meldung_GU_2026_Zimmermann.zip", [
         csvf("Versichertenliste_GU_2026.csv", """Name;Vorname;Geburtsdatum;Taetigkeit;Gefahrengruppe;Beginn
Zimmermann;Klaus;14.02.1968;Inhaber/Baecker;B;01.01.2022
Zimmermann;Ute;30.07.1970;Verkauf;A;01.01.2022
Brunk;Lea;17.09.2007;Auszubildende Baeckerin;B;01.09.2024
Hartmann;Jens;05.05.1983;Baeckergeselle;B;01.01.2022
Özdemir;Selin;22.10.1996;Verkauf;?;01.03.2026
Fuchs;Manfred;11.01.1961;Fahrer Auslieferung;?;01.01.2022
""", encoding="windows-1252")])])

# ---------------------------------------------------------------- d42-0091
mail(91, "NORMAL", "en", "insurer-to-prospect",
     "trap: generic answer to a prospect (yoga teacher) about liability cover, no contract, no personal data beyond her name",
     frm=F("morgenstern"), to="Olivia Grant <hello@olivia-grant-yoga.example>",
     subj="RE: Insurance for my yoga classes?", date="2026-04-09 09:20",
     reply="<CAG77olivia@mail.example>",
     body="""Dear Ms Grant,

thank you for your enquiry. Here is some general information - no commitment.

For yoga teachers we recommend:
1. Professional and public liability: if a participant is injured because of an
   instruction you gave, or you damage the studio you rent. Typical cover
   EUR 3m, from approx. EUR 95 per year for a self-employed teacher.
2. Disability insurance for yourself: depends on your age and health; we would
   need an application with health questions.
3. Equipment/contents: mats, blocks, sound system - usually not worth it
   under EUR 2,000.

If you'd like a quote, I need your approximate annual income from teaching, the
number of classes per week and whether you also teach outdoors or online.

Kind regards
Lena Morgenstern

> Hi, I'm a Canadian yoga teacher, just moved to Kaiserslautern and starting
> classes in a studio downtown. What insurance do I need? Thanks, Olivia
""" + "\n" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0092
mail(92, "CONFIDENTIAL", "de", "insurer-to-customer",
     "new-business confirmation for a sole-trader nursery: owner's birth date, tax ID, contract number",
     frm=F("weisbrod"), to='"Gärtnerei Blum" <info@gaertnerei-blum.example>',
     subj="Ihr Antrag Betriebshaftpflicht + Inhalt - Eingangsbestätigung", date="2026-04-09 14:25",
     body="""Hallo Frau Blum,

danke für den unterschriebenen Antrag. Ich habe ihn heute eingereicht. Bitte
prüfen Sie noch einmal die Daten, die ich aus Ihrem Formular übernommen habe:

  Versicherungsnehmerin:  Renate Blum, Gärtnerei Blum (Einzelunternehmen)
  geboren am:             08.12.1972
  Anschrift:              Am Rosenhang 3, 67697 Otterberg
  Steuer-ID:              47 118 203 665
  Verträge:               Betriebshaftpflicht BH 21-455 812-6,
                          Inhalt/Glas Gewächshäuser IB 25-233 019-4
  Beginn:                 01.05.2026

Zahlweise jährlich per Lastschrift; das Mandat liegt vor.

Die Versicherungsscheine kommen in etwa zwei Wochen. Ihr Portalzugang ist ja
schon aktiv.

Schöne Grüße
Jörg Weisbrod
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0093
mail(93, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
     "criminal defence cover: site manager accused of negligent bodily harm after the apprentice's fall, injuries named (criminal proceedings + health)",
     frm=F("rech"), to='"RA Dr. Jens Koob" <koob@strafrecht-koob.example>',
     subj="Deckungszusage Strafrechtsschutz - Herr Ralf Schäfer, Az. 6084 Js 2217/25",
     date="2026-04-10 10:00",
     body="""Sehr geehrter Herr Dr. Koob,

für die Verteidigung Ihres Mandanten Herrn Ralf Schäfer, Geschäftsführer der
Schäfer & Söhne Dachdeckerei GmbH, im Ermittlungsverfahren der Staatsanwaltschaft
Zweibrücken wegen fahrlässiger Körperverletzung (Az. 6084 Js 2217/25) erteilen wir
Deckungszusage aus dem Spezial-Straf-Rechtsschutz der Firma (RS 50-301 009).

Gegenstand ist der Sturz des Auszubildenden Tim Kessler am 14.08.2025 von einer
ungesicherten Anlegeleiter. Nach der Ermittlungsakte erlitt Herr Kessler eine
Fersenbeinfraktur rechts und eine Handgelenksverletzung; die BG BAU geht von
einer dauerhaften Funktionseinschränkung aus.

Die Deckung umfasst Ihr Honorar nach Vergütungsvereinbarung bis 300 EUR/Std.,
höchstens 15.000 EUR im Ermittlungsverfahren. Bei einer Verurteilung wegen
Vorsatzes entfällt der Schutz rückwirkend - das ist bei Fahrlässigkeitsdelikten
aber nicht zu erwarten.

Mit freundlichen Grüßen
""" + SIG("rech"))

# ---------------------------------------------------------------- d42-0094
mail(94, "NORMAL", "de", "internal",
     "trap: anonymised training case on a butcher's band-saw accident with a fictitious person 'Herr M. (fiktiv)'",
     frm=F("hoffstadt"), to='"Azubis und Trainees" <azubis@phg-versicherung.example>',
     subj="Schulung Do.: Fallbeispiel Gruppenunfall - bitte vorbereiten", date="2026-04-13 12:00",
     body="""Hallo zusammen,

für die Schulung am Donnerstag lest bitte das folgende (erfundene) Fallbeispiel
und beantwortet die drei Fragen.

FALL: Herr M. (fiktiv), 30-39 Jahre, Fleischer in einem kleinen Betrieb in der
Westpfalz, verletzt sich an der Bandsäge. Verlust des Endglieds des linken
Zeigefingers. Der Betrieb hat eine Gruppenunfallversicherung mit 50.000 EUR
Grundsumme, Progression 225 %.

1. Welcher Gliedertaxe-Wert gilt für den Verlust eines Zeigefinger-Endglieds?
   (Tipp: Zeigefinger 10 %, Endglied = Hälfte)
2. Spielt es eine Rolle, dass er Linkshänder ist?
3. Wann frühestens können wir die Invalidität abschließend bemessen?

Die Lösung besprechen wir gemeinsam.

Melanie Hoffstadt
""")

# ---------------------------------------------------------------- d42-0095
mail(95, "CONFIDENTIAL", "en", "insurer-to-company",
     "cyber claim (business e-mail compromise) at a US-owned IT firm: named managing director, amount paid to fraudsters, policy number",
     frm=F("lingenfelder"), to='"Mark Delaney" <mark.delaney@brightline-software.example>',
     subj="Cyber claim CY-2026-00047 - fake supplier invoice", date="2026-04-14 09:35",
     body="""Dear Mr Delaney,

thank you for the call this morning. Summary of what we know:

- On 8 April your accounts assistant received an e-mail that appeared to come
  from your hosting provider, announcing a new bank account. It was sent from a
  look-alike domain.
- On 10 April EUR 18,400.00 was paid to a Lithuanian account. Your bank has
  requested a recall, so far without success.
- Your Microsoft 365 admin account (yours, m.delaney@) shows logins from Nigeria
  and Romania between 2 and 9 April, so the attacker was probably reading your
  mailbox.

Your cyber policy CY 29-009 742-5 covers "social engineering / fake president"
losses up to EUR 25,000 with a 10 % deductible, provided the payment instruction
was not verified by phone. We need:
1. the fake e-mail as .eml file (not forwarded, please export)
2. the bank statement and the recall request
3. the police report (Anzeige) reference

Our forensic partner will contact you today to secure the 365 logs.

Kind regards
Marco Lingenfelder
""" + "\n" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0096
mail(96, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "legal expenses advice: salon owner's inline-forwarded question about dismissing a pregnant apprentice, pregnancy week and employment ban",
     frm=F("rech"), to="Sandra Becker <sandra@haarwerk-kusel.example>",
     subj="AW: Frage wegen Kündigung Azubi", date="2026-04-14 15:40",
     body="""Liebe Frau Becker,

kurz vorweg: Eine Kündigung ist in Ihrer Situation nicht möglich. Nach § 17
Mutterschutzgesetz ist die Kündigung einer Schwangeren unzulässig, auch in der
Probezeit und auch bei Auszubildenden. Das gilt ab dem Moment, in dem Sie von der
Schwangerschaft wissen (oder sie Ihnen innerhalb von zwei Wochen mitgeteilt wird).

Das Beschäftigungsverbot wegen der Haarfarben ist richtig. Ihre Kosten bekommen
Sie über die U2-Umlage von der Krankenkasse erstattet - da hilft Ihnen Ihr
Steuerbüro.

Einen Rechtsschutzfall legen wir deshalb nicht an; diese Auskunft ist kostenlos.

Viele Grüße
Claudia Rech

-------- Original-Nachricht --------
Von: Sandra Becker <sandra@haarwerk-kusel.example>
An: rechtsschutz@phg-versicherung.example
Datum: 13.04.2026 22:10
Betreff: Frage wegen Kündigung Azubi

hallo, meine Auszubildende Chiara Lenhard (seit 01.02. bei mir, Probezeit bis
Ende Mai) hat mir heute gesagt dass sie schwanger ist, 9. Woche. Die Frauenärztin
hat ein Beschäftigungsverbot für Arbeiten mit Farben und Chemie ausgestellt, damit
kann ich sie im Salon eigentlich gar nicht einsetzen. Kann ich ihr in der
Probezeit kündigen? Habe ja Rechtsschutz bei Ihnen.
Sandra Becker
""" + SIG("rech"))

# ---------------------------------------------------------------- d42-0097
mail(97, "NORMAL", "de", "internal",
     "trap: check of a loss adjuster firm's invoice, claim numbers only, the firm's company IBAN",
     frm=F("kettering"), to='"Rechnungsprüfung" <rechnungspruefung@phg-versicherung.example>',
     subj="Freigabe Sammelrechnung SV-Büro Weber März 2026", date="2026-04-15 11:10",
     body="""Hallo Rechnungsprüfung,

die Sammelrechnung 2026-031 des Sachverständigenbüros Weber & Partner GmbH ist
sachlich richtig, bitte zahlen.

Positionen (nur unsere Schadennummern):
  IB-2026-00112   Besichtigung + Gutachten     1.480,00 EUR
  IS-2026-00912   Besichtigung, Zwischenbericht   890,00 EUR
  GS-2026-00733   Kurzgutachten                  420,00 EUR
  Fahrtkosten pauschal                            186,00 EUR
  netto 2.976,00 EUR, zzgl. USt 565,44 EUR = 3.541,44 EUR

Bankverbindung laut Rechnung: Weber & Partner Sachverständige GmbH,
DE35 6705 0505 0241 2516 61.

Danke, Sabine Kettering
""")

# ---------------------------------------------------------------- d42-0098
mail(98, "CONFIDENTIAL", "en", "insurer-to-customer",
     "buildings claim for a campsite run by a Dutch couple (natural persons): storm damage to the sanitary block, policy and claim number",
     frm=F("morgenstern"), to='"Bram Visser" <bram@camping-gelterswoog.example>',
     cc='"Anouk Visser" <anouk@camping-gelterswoog.example>',
     subj="Storm damage sanitary block - claim GS-2026-01044", date="2026-04-16 10:02",
     body="""Dear Bram, dear Anouk,

thanks for the photos - the roof of the sanitary block looks bad, but at least
the tree missed the mobile homes.

I've registered the damage from the storm on 13 April under your buildings
policy GB 30-602 115 (Campingplatz am Gelterswoog, owners Bram and Anouk Visser)
as claim GS-2026-01044.

- Removal of the fallen beech: covered (clearing costs up to EUR 10,000)
- Roof of the sanitary block (approx. 60 m² of trapezoidal sheet): covered,
  new-for-old
- Damaged fence: covered, because it is listed as an outdoor installation

Please get two quotes from roofers. If guests have to use the mobile toilet
units in the meantime, keep the rental invoice - that is covered as extra
expenses for up to 3 months.

Met vriendelijke groet,
Lena
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0099
mail(99, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "campsite liability: named child guest broke her forearm on the playground, cast, X-ray, parents' claim",
     frm=F("morgenstern"), to='"Bram Visser" <bram@camping-gelterswoog.example>',
     subj="Playground accident - Emma Schuster (8) - liability claim HP-2026-00612",
     date="2026-04-20 14:48",
     body="""Dear Bram,

the parents of the girl who fell from the climbing frame on Easter Monday have
written to us through their insurer.

According to the X-ray report of the children's hospital in Kaiserslautern,
Emma Schuster (8) has a greenstick fracture of the left forearm (S52.3); she
wears a cast for five weeks and cannot take part in school sports until June.
The parents say that one of the wooden rungs was broken and had not been
repaired although they had pointed it out the day before.

Please send me:
- your playground inspection records (the weekly visual checks and the
  annual inspection according to DIN EN 1176)
- the name of the staff member the parents spoke to, if known
- photos of the climbing frame as it is now

Please close the frame until it has been repaired, if you haven't already.

Best regards
Lena
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0100
mail(100, "NORMAL", "de", "internal",
     "trap: phishing warning with an example lure about a doctor's invoice and a salary statement, no real data",
     frm=F("lingenfelder"), to='"Alle Mitarbeitenden" <alle@phg-versicherung.example>',
     subj="Achtung Phishing: gefälschte \"Arztrechnung\" und \"Gehaltsabrechnung\" im Umlauf",
     date="2026-04-21 08:30",
     body="""Liebe Kolleginnen und Kollegen,

seit heute früh gehen zwei Phishing-Wellen an unsere Postfächer:

1. Betreff "Ihre Arztrechnung Nr. 44871 - Zahlungserinnerung", Absender angeblich
   eine "Privatärztliche Verrechnungsstelle". Anhang "Rechnung.html" fragt nach
   Ihrem Microsoft-Passwort.

2. Betreff "Ihre Gehaltsabrechnung März - Korrektur", Absender angeblich
   personal@phg-versicherung.example (gefälscht!), Link auf eine Seite
   "phg-versicherung-hr.example".

Bitte nicht klicken, nicht antworten, sondern über den Button "Phishing melden"
in Outlook weiterleiten. Wer schon geklickt hat: sofort bei uns melden (-600),
das ist keine Schande.

Echte Arztrechnungen von Kunden kommen nur über das Portal oder per Post, und
Gehaltsabrechnungen stehen ausschließlich im Personalportal.

Euer IT-Service
Marco Lingenfelder
""")

# ---------------------------------------------------------------- d42-0101
mail(101, "NORMAL", "de", "newsletter",
     "trap: bakers' guild newsletter on flour-dust allergy (baker's asthma) prevention, generic health vocabulary",
     frm=F("gebhardt"), to='"Bäckereien und Konditoreien" <verteiler-baecker@phg-versicherung.example>',
     subj="WG: Innungsbrief Bäcker Pfalz 04/2026 - Mehlstaub und Bäckerasthma",
     date="2026-04-22 07:40",
     body="""Liebe Bäckermeisterinnen und Bäckermeister,

zur Info der aktuelle Innungsbrief - das Thema Mehlstaub betrifft Ihre
Betriebshaftpflicht zwar nicht, Ihre Mitarbeitenden aber sehr.

Stefan Gebhardt

> Innungsbrief 04/2026 - Bäcker-Innung Pfalz
>
> Bäckerasthma ist seit Jahren die häufigste anerkannte Berufskrankheit im
> Lebensmittelhandwerk. Die Sensibilisierung gegen Weizen- und Roggenmehl und
> gegen Enzyme (Alpha-Amylase) entwickelt sich oft über Jahre. Erste Anzeichen:
> Fließschnupfen, Niesen, gerötete Augen während der Arbeit, später Husten und
> Atemnot.
>
> Tipps: Mehl nicht werfen ("Mehlstauben"), Trennmittel statt Streumehl,
> Absaugung an der Knetmaschine, staubarme Mehle. Die arbeitsmedizinische
> Vorsorge ist für Beschäftigte mit Mehlstaubbelastung Pflicht - bitte
> dokumentieren.
>
> Termine: Obermeistertagung 12.05., Azubi-Freisprechung 04.07. in Neustadt.

""" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0102
mail(102, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "disability benefit letter to the injured roofing apprentice: 8 % invalidity after calcaneus fracture, payout, reassessment",
     frm=F("hoffstadt"), to="Tim Kessler <tim.kessler2005@freemail-pfalz.example>",
     subj="Invaliditätsleistung aus der Gruppenunfallversicherung - Unfall vom 14.08.2025",
     date="2026-04-22 11:15",
     body="""Hallo Herr Kessler,

wir haben die Invalidität nach Ihrem Sturz von der Leiter jetzt erstmals bemessen.

Grundlage sind das Gutachten von Dr. Herzog vom 12.01.2026 und die Stellungnahme
unserer Gesellschaftsärztin. Wegen der Bewegungseinschränkung im rechten
Sprunggelenk nach dem Fersenbeinbruch setzen wir 2/10 des Fußwerts an:

   Fußwert nach Gliedertaxe           40 %
   davon 2/10                          8 % Invalidität
   Grundsumme Gruppenunfall      100.000 EUR
   Invaliditätsleistung            8.000 EUR

Da die Arthrose sich verschlechtern kann, haben Sie und wir das Recht, die
Invalidität bis zu drei Jahre nach dem Unfall neu bemessen zu lassen. Denken
Sie daran, wenn die Beschwerden zunehmen.

Das Geld überweisen wir in den nächsten Tagen auf Ihr Konto. Ihr Arbeitgeber
bekommt eine Kopie dieses Schreibens ohne medizinische Angaben.

Alles Gute!
""" + SIG("hoffstadt"))

# ---------------------------------------------------------------- d42-0103
mail(103, "CONFIDENTIAL", "en", "insurer-to-customer",
     "HTML-only confirmation of an expat freelancer's new address and new IBAN for his policies",
     frm=F("morgenstern"), to="Rahul Menon <rahul@menon-consulting.example>",
     subj="Your new address and bank details - confirmed", date="2026-04-23 09:05",
     html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Hi Rahul,</p>
<p>congratulations on the new flat! I've updated your policies
(VH 23-018 224-6, CY 29-011 305-0, UV 60-771 034):</p>
<table border="0" cellpadding="3" style="border:1px solid #999">
<tr><td><b>New address</b></td><td>Fackelstraße 11, 67655 Kaiserslautern (from 1 May 2026)</td></tr>
<tr><td><b>New account</b></td><td>DE10 5425 0010 7935 9278 91 (Rahul Menon, Sparkasse S&uuml;dwestpfalz)</td></tr>
<tr><td><b>Mandate</b></td><td>PHG-VH-0223344 (unchanged reference)</td></tr>
</table>
<p>The next direct debit on 1 June will be taken from the new account.</p>
<p>Cheers,<br>Lena</p>
<p style="color:#777;font-size:8pt">Pf&auml;lzer Handwerk &amp; Gewerbe Versicherung VVaG, Barbarossaring 17, 67655 Kaiserslautern</p>
</body></html>
""")

# ---------------------------------------------------------------- d42-0104
mail(104, "NORMAL", "en", "insurer-to-supplier",
     "trap: maintenance window agreed with the portal vendor, customers cannot upload medical certificates during downtime, no data",
     frm=F("lingenfelder"), to='"Kestrel Portal Support" <support@kestrel-portal.example>',
     subj="Maintenance window 9 May 22:00-02:00 CEST - confirmed", date="2026-04-23 16:30",
     body="""Hi Aoife,

confirmed: upgrade of the customer portal to release 5.4 on Saturday 9 May,
22:00-02:00 CEST.

On our side:
- banner on the portal from 4 May ("Uploads of invoices, medical certificates
  and claim photos are not possible on 9 May from 10 pm")
- our broker API (MVP) will return 503 with Retry-After
- rollback decision at 01:15 at the latest

Please send the final runbook and the new upload limit (50 MB) config by Wednesday.

Thanks
Marco
""" + "\n" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0105
mail(105, "CONFIDENTIAL", "de", "insurer-to-customer",
     "butcher's cold-room failure: spoiled goods, owner named, policy and claim number, no persons hurt",
     frm=F("kettering"), to='"Metzgerei Gerlach" <kontakt@metzgerei-gerlach.example>',
     subj="Kühlraum-Ausfall 25.04. - Verderb von Kühlgut, Schaden IS-2026-01233",
     date="2026-04-27 10:25",
     body="""Hallo Herr Gerlach,

ärgerlich, gerade vor dem Grillwochenende. Zu Ihrer Inhaltsversicherung mit
Baustein "Verderb von Kühlgut" (IB 25-144 620-8) habe ich den Schaden angelegt.

Nach Ihrer Aufstellung:
  Schweinehälften, Rinderviertel             2.980 EUR (Einkaufspreis)
  Wurstwaren und Aufschnitt                  1.140 EUR
  Entsorgung über Tierkörperbeseitigung        210 EUR

Versichert ist Verderb durch Ausfall der Kühlanlage infolge eines technischen
Defekts - laut Kältetechniker war der Verdichter durchgebrannt, das passt. Die
Reparatur selbst (1.870 EUR) ist über die Elektronik-/Maschinenversicherung
nicht gedeckt, weil der Verdichter nicht mitversichert ist.

Bitte schicken Sie mir die Entsorgungsbescheinigung und den Technikerbericht.
Selbstbeteiligung 250 EUR.

Grüße
Sabine Kettering
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0106
mail(106, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "hotel liability: salmonella outbreak at a wedding, guest list with symptoms and hospital stays only in the XLSX",
     frm=F("kettering"), to='"Michael Emrich" <m.emrich@pfaelzer-hof-badduerkheim.example>',
     subj="Hochzeit 18.04. - Anspruchsschreiben der Gäste, Liste anbei", date="2026-04-28 14:00",
     body="""Hallo Herr Emrich,

das Gesundheitsamt hat die Untersuchung abgeschlossen und die Salmonellen im
Tiramisu bestätigt. Inzwischen haben sich 11 Gäste bei uns gemeldet.

Ich habe die Ansprüche in der Tabelle zusammengestellt, bitte gleichen Sie sie mit
Ihrer Gästeliste ab und melden Sie, ob jemand fehlt oder doppelt ist. Die Datei
bitte vertraulich behandeln und nicht an das Brautpaar weitergeben.

Betriebshaftpflicht BH 21-301 904-9, Sammelschaden BH-2026-02410.

Grüße
Sabine Kettering
""" + "\n" + FOOTER_DE,
     att=[xlsx("Ansprueche_Hochzeit_2026-04-18.xlsx", [
         ("Ansprüche", [
             ["Nr", "Name", "Alter", "Beschwerden", "ärztl. Behandlung", "stationär", "Forderung EUR"],
             [1, "Heike Sommer", 54, "Durchfall, Fieber 39,5", "Hausarzt, Salmonellen-Nachweis (A02.0)", "nein", 800],
             [2, "Rüdiger Sommer", 57, "Durchfall, Erbrechen, Dehydratation", "Notaufnahme KH Bad Dürkheim", "3 Tage", 2500],
             [3, "Mia Sommer", 6, "Durchfall, Fieber", "Kinderärztin", "nein", 1000],
             [4, "Gertrud Wiesel", 81, "Dehydratation, Nierenversagen akut", "Intensivstation", "9 Tage", 12000],
             [5, "Jonas Keller", 31, "Durchfall", "keine", "nein", 300],
             [6, "Lara Keller", 29, "Durchfall, schwanger 24. SSW", "Gynäkologin, Kontrolle", "1 Tag", 1500],
             [7, "Tarek Haddad", 44, "Durchfall, Fieber", "Hausarzt", "nein", 600],
         ])])])

# ---------------------------------------------------------------- d42-0107
mail(107, "NORMAL", "de", "insurer-to-partner",
     "trap: minutes of a joint apprentice-safety working group with the chamber of crafts (ODT), aggregated accident numbers only",
     frm=F("gebhardt"), to='"Handwerkskammer der Pfalz - Ausbildung" <ausbildung@hwk-pfalz.example>',
     subj="Protokoll AK Azubi-Sicherheit vom 21.04.", date="2026-04-28 16:20",
     body="""Sehr geehrte Frau Dr. Kiefer,

anbei das Protokoll unserer Sitzung. Ich habe die Unfallzahlen wie besprochen nur
aggregiert aufgenommen.

Freundliche Grüße
Stefan Gebhardt
""" + "\n" + FOOTER_DE,
     att=[odt("Protokoll_AK_Azubi-Sicherheit_2026-04-21.odt", [
         "# Arbeitskreis Azubi-Sicherheit - Protokoll 21.04.2026",
         "Teilnehmende: HWK der Pfalz (Dr. Kiefer, Herr Nagel), Kreishandwerkerschaft Westpfalz (Herr Wenz), PHG (Herr Gebhardt), BG BAU (Frau Roos).",
         "1. Zahlen: Im Bestand der PHG 2025 insgesamt 214 Unfälle von Auszubildenden, davon 31 mit Krankenhausaufenthalt und 6 mit dauerhafter Invalidität. Schwerpunkte: Stürze (Dachdecker, Zimmerer), Verbrennungen (Bäcker), Handverletzungen (Metzger, Kfz).",
         "2. Kampagne 'Sicher durchs erste Lehrjahr': Plakate für Berufsschulen, Kurzvideos auf Deutsch, Türkisch, Arabisch und Ukrainisch.",
         "3. Die BG BAU bietet ab Herbst kostenlose Absturzsicherungs-Trainings für Betriebe mit Azubis an.",
         "4. Nächster Termin: 30.06.2026, HWK Kaiserslautern.",
     ])])

# ---------------------------------------------------------------- d42-0108
mail(108, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "group accident claim of an employee of a US-owned IT firm: knee ligament tear S83.5 after falling on office stairs, MRI, surgery",
     frm=F("hoffstadt"), to="Tom Fischer <tom.fischer@brightline-software.example>",
     cc='"HR Brightline Software" <hr@brightline-software.example>',
     subj="Your accident on 14 April - group accident insurance GU 44-052 310",
     date="2026-04-29 10:40",
     body="""Dear Mr Fischer,

your employer has reported that you fell on the stairs in the office on
14 April. (Your HR colleague is copied only for the organisational part; the
medical details below are for you.)

From the documents you sent:
- MRI of 17 April: complete tear of the anterior cruciate ligament of the right
  knee (S83.5) and a small tear of the medial meniscus
- surgery planned for 12 May at the Westpfalz-Klinikum (ACL reconstruction)

Under the group accident policy you are entitled to:
- daily hospital allowance EUR 25 per night
- a lump sum of EUR 1,000 for ligament surgery ("Sofortleistung")
- disability benefit, if the knee remains restricted after one year

Please send us the surgery report and the discharge letter after your operation,
ideally through the upload link in the letter we sent you by post.

Good luck with the surgery!

Melanie Hoffstadt
Accident & company health insurance claims
""" + "\n" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0109
mail(109, "NORMAL", "de", "newsletter",
     "trap: mass mail about the index-based premium adjustment for all commercial customers, no individual contract",
     frm='"PHG Kundenservice" <service@phg-versicherung.example>',
     to="undisclosed-recipients:;",
     subj="Information zur Beitragsanpassung 2026 in der Inhalts- und Gebäudeversicherung",
     date="2026-04-30 08:00",
     body="""Sehr geehrte Kundin, sehr geehrter Kunde,

die Baupreise sind 2025 erneut gestiegen. Damit Ihre Versicherungssumme auch im
Schadenfall ausreicht, passen wir - wie in Ihren Bedingungen vereinbart - die
Beiträge der gleitenden Neuwertversicherung an den Baupreisindex an.

- Baupreisindex für Wohngebäude (Statistisches Bundesamt): +3,4 %
- Tariflohnindex für das Baugewerbe: +4,1 %
- Anpassungsfaktor 2026: 23,12 (Vorjahr 22,36)

Ihre individuelle Beitragsrechnung erhalten Sie mit der nächsten
Jahresabrechnung. Ein Sonderkündigungsrecht besteht bei indexbedingter
Anpassung nicht.

Fragen? Ihr Kundenbetreuer hilft gern weiter.

Ihr Kundenservice der PHG

""" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0110
mail(110, "CONFIDENTIAL", "de", "insurer-to-lawyer",
     "cyber claim at a law firm (phishing, mailbox compromised): partner named, policy and claim number, no client data",
     frm=F("lingenfelder"), to='"Dr. Christine Hartung" <hartung@kanzlei-hartung-nguyen.example>',
     subj="Cyberschaden CY-2026-00058 - kompromittiertes Postfach", date="2026-04-30 13:10",
     body="""Sehr geehrte Frau Dr. Hartung,

vielen Dank für die schnelle Meldung. Zusammenfassung:

- Das Postfach Ihrer Kollegin Rechtsanwältin Thu Nguyen wurde nach einer
  Phishing-Mail ("DocuSign - Vergütungsvereinbarung") am 27.04. übernommen.
- Die Angreifer haben Weiterleitungsregeln angelegt; ob Mandantenpost
  abgeflossen ist, wird gerade geprüft.
- Versicherungsschutz aus Ihrer Cyberpolice CY 29-010 553-7 (Kanzlei
  Hartung & Nguyen Rechtsanwälte PartG mbB) ist bestätigt, Forensik und
  Rechtsberatung zur Meldepflicht werden übernommen.

Bitte schicken Sie uns KEINE Mandantennamen oder Akteninhalte per E-Mail. Die
Forensik ermittelt die betroffenen Mandate selbst und übergibt Ihnen die Liste
verschlüsselt. Die Meldung an die Rechtsanwaltskammer und die Aufsichtsbehörde
stimmen wir mit Ihnen ab.

Mit freundlichen Grüßen
Marco Lingenfelder
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0111
mail(111, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
     "attachment-only: forensic list of affected client matters of a law firm (divorce, criminal defence, insolvency) with client names (§ 203)",
     frm=F("lingenfelder"), to='"Dr. Christine Hartung" <hartung@kanzlei-hartung-nguyen.example>',
     subj="CY-2026-00058 - Ergebnis Forensik (Dokument)", date="2026-05-05 18:02",
     body="""Sehr geehrte Frau Dr. Hartung,

wie angekündigt das Ergebnisdokument der Forensik. Kennwort kommt separat.

Mit freundlichen Grüßen
M. Lingenfelder
""",
     att=[docx("Forensik_Ergebnis_CY-2026-00058.docx", [
         "# Ergebnis der forensischen Analyse",
         "Mandant: Kanzlei Hartung & Nguyen Rechtsanwälte PartG mbB, Kaiserslautern",
         "Zeitraum der Kompromittierung: 27.04.2026 09:12 bis 29.04.2026 16:40. Über Weiterleitungsregeln wurden 143 E-Mails an eine externe Adresse gesendet.",
         "Betroffene Mandate (E-Mails mit Anhängen weitergeleitet):",
     ], table=[
         ["Mandant", "Sachgebiet", "Inhalt der abgeflossenen Mails"],
         ["Nadine Pfaff", "Familienrecht (Unterhalt)", "Beschluss, Attest Psychiaterin"],
         ["Kevin Rauch", "Strafrecht (BtM-Verfahren)", "Anklageschrift, Vorstrafenauszug"],
         ["Sabine und Uwe Metzler", "Scheidung", "Vermögensaufstellung, Gehaltsnachweise"],
         ["Bäckerei Hild GmbH", "Insolvenzrecht", "Liquiditätsplanung"],
         ["Dragana Kostić", "Arbeitsrecht", "Kündigung, Krankmeldungen"],
     ])])

# ---------------------------------------------------------------- d42-0112
mail(112, "NORMAL", "de", "internal",
     "trap: ICD-10-GM 2026 update note for accident and bKV claims handlers, codes without persons",
     frm=F("wendel"), to='"Team Leistung Unfall/bKV" <team-leistung-uk@phg-versicherung.example>',
     subj="ICD-10-GM 2026: was sich für uns ändert", date="2026-05-06 09:00",
     body="""Liebe Kolleginnen und Kollegen,

seit 01.01.2026 gilt die ICD-10-GM Version 2026. Für unsere Sparten relevant:

- Neue Schlüssel für Folgen von Verletzungen: genauere Unterteilung bei
  T90-T98 (z. B. Folgen von Frakturen der unteren Extremität)
- Post-COVID: U09.9! bleibt, neue Zusatzkennzeichen
- Verbrennungen T20-T25: keine Änderung, bitte weiterhin Grad UND Ausdehnung
  aus dem Bericht übernehmen
- Neu als Zusatzkennzeichen: "G" gesichert, "V" Verdacht, "Z" Zustand nach,
  "A" ausgeschlossen - bei "V" und "A" bitte keine Leistung auf Diagnose stützen!

Im Schadensystem werden alte Codes automatisch gemappt. Fragen gern an mich.

Dr. Ursula Wendel
""")

# ---------------------------------------------------------------- d42-0113
mail(113, "CONFIDENTIAL", "en", "insurer-to-customer",
     "premium invoice to a campsite run by a Dutch couple (natural persons): their private Dutch IBAN for direct debit",
     frm=F("schowalter"), to='"Anouk Visser" <anouk@camping-gelterswoog.example>',
     subj="Direct debit from your Dutch account - SEPA mandate", date="2026-05-06 11:45",
     body="""Dear Mrs Visser,

thank you for the signed SEPA mandate. From now on we will collect the premiums
for your campsite policies (GB 30-602 115, BH 21-611 208-4) from:

  Account holder:  A. Visser-de Boer and B. Visser
  IBAN:            NL49 RABO 0312 8845 07
  BIC:             RABONL2U
  Mandate ref.:    PHG-GB-0602115

Next collection: 1 June 2026, EUR 2,416.30 (annual premium, buildings and
liability). We announce each collection at least 5 days in advance.

Kind regards
Petra Schowalter
Premium accounts, commercial lines
""" + "\n" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0114
mail(114, "NORMAL", "de", "insurer-to-supplier",
     "trap: print order for an apprentices' safety booklet, proof text about burns and falls, no persons",
     frm=F("fauss"), to='"Druckerei Hollerith KG" <auftrag@druckerei-hollerith.example>',
     subj="Druckauftrag \"Sicher durchs erste Lehrjahr\" - Freigabe Korrektur 2",
     date="2026-05-07 10:30",
     body="""Hallo Herr Hollerith,

Korrektur 2 ist freigegeben, mit zwei kleinen Änderungen:

S. 4: "Verbrennungen 2. Grades bilden Blasen" (statt "Brandblasen entstehen
      immer") - Hinweis unserer Ärztin
S. 9: Notrufnummer bitte fett: 112

Auflage: 5.000 Stück, A6, 16 Seiten, 4/4-farbig, Rückstichheftung, Papier
Recycling 150 g. Lieferung in 20 Kartons à 250 an die Kreishandwerkerschaft
Westpfalz, Rest an uns.

Bestellnummer 4500019507, Kostenstelle 7200.

Danke und Gruß
Nicole Fauß
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0115
mail(115, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "physiotherapy practice liability: named patient burned by a hot pack, diabetic neuropathy, wound care",
     frm=F("kettering"), to="Jan Petri <jan@physio-bewegungsraum.example>",
     subj="Anspruch Frau Irmgard Scholl - Verbrennung Fangopackung", date="2026-05-08 08:50",
     body="""Hallo Herr Petri,

leider jetzt doch ein Haftpflichtfall. Der Sohn von Frau Irmgard Scholl (76) hat
uns geschrieben:

Nach der Fangopackung am 22.04. in Ihrer Praxis hatte Frau Scholl eine
Verbrennung 2. Grades am unteren Rücken (ca. 10 x 15 cm). Sie hat eine diabetische
Polyneuropathie und hat die Hitze deshalb nicht richtig gespürt. Die Wunde wird
seit drei Wochen vom ambulanten Pflegedienst versorgt, der Hausarzt hat einen
Antibiotikum verordnet, weil sie sich entzündet hat.

Fragen an Sie bzw. Ihre Mitarbeiterin:
- War bekannt, dass Frau Scholl Diabetikerin mit Neuropathie ist (Anamnesebogen)?
- Welche Temperatur hatte die Packung, wie lange lag sie?
- Wurde zwischendurch nachgesehen?

Berufshaftpflicht 22-118 402-2, Schaden BH-2026-02566.

Viele Grüße
Sabine Kettering
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0116
mail(116, "NORMAL", "en", "internal",
     "trap: quarterly report of the international desk with customer counts by nationality and line, aggregates only",
     frm=F("morgenstern"), to='"Dr. Ines Roth" <ines.roth@phg-versicherung.example>',
     subj="International Desk - Q1/2026 report", date="2026-05-08 15:15",
     body="""Dear Dr. Roth,

short report for Q1:

- English-language customer contacts: 412 (Q4: 355)
- New contracts: 37 (liability 14, contents/BI 9, cyber 6, accident 5, bKV 3)
- Customers by origin (businesses with foreign owners, approx.): US 58,
  UK/Ireland 31, Netherlands 24, Turkey 61, Italy 19, Poland 17, other 40
- Claims handled in English: 23, two with bodily injury (both restaurants)
- Complaints: 1 (delay in translation of a settlement letter)

Proposal for Q3: Turkish-speaking claims hotline two afternoons a week, and a
Dutch version of the campsite/hospitality leaflet.

Best regards
Lena Morgenstern
""")

# ---------------------------------------------------------------- d42-0117
mail(117, "CONFIDENTIAL", "de", "insurer-to-company",
     "motor trade liability: customer's car damaged on the lift in a GmbH's workshop, customer named, plate, nobody hurt",
     frm=F("kettering"), to='"Heiko Brill" <h.brill@autohaus-brill.example>',
     subj="Kfz-Handel/Handwerk-Haftpflicht - Schaden am Kundenfahrzeug KL-RM 904",
     date="2026-05-11 11:35",
     body="""Hallo Herr Brill,

zum Schaden vom 06.05. in Ihrer Werkstatt (Kfz-Handel- und Handwerksversicherung
KH 28-004 991-0, Schaden KH-2026-00331):

Beim Anheben auf der Hebebühne ist der Audi A4 Ihres Kunden, Herrn Rainer
Mohr (KL-RM 904), seitlich abgerutscht und auf den Werkzeugwagen gekippt.
Schaden an Schweller, Tür hinten rechts und Seitenwand laut Ihrem eigenen
Kostenvoranschlag 5.820 EUR netto. Verletzt wurde niemand.

Da Sie das Fahrzeug selbst reparieren: Wir zahlen nach KV abzüglich Ihres
Gewinnanteils (Selbstkosten), das sind nach unserer Prüfung 4.710 EUR, minus
500 EUR Selbstbeteiligung. Nutzungsausfall bzw. Mietwagen für Herrn Mohr
übernehmen wir für die Reparaturdauer (max. 5 Tage).

Grüße
Sabine Kettering
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0118
mail(118, "STRICTLY_CONFIDENTIAL", "de", "internal",
     "harmless top reply; the quoted question contains a named employee's hearing-aid claim with audiogram and tinnitus (bKV)",
     frm=F("wendel"), to=F("hoffstadt"),
     subj="AW: Hörgeräte bKV Herr Fuchs - medizinisch notwendig?", date="2026-05-11 17:05",
     reply="<bkv-2026-0511-mh@phg-versicherung.example>",
     body="""Ja, aus meiner Sicht eindeutig notwendig. Bitte nach Tarif zahlen.
UW

-----Ursprüngliche Nachricht-----
Von: Hoffstadt, Melanie
Gesendet: Montag, 11. Mai 2026 14:22
An: Wendel, Ursula Dr.
Betreff: Hörgeräte bKV Herr Fuchs - medizinisch notwendig?

Liebe Frau Dr. Wendel,

Herr Manfred Fuchs (Fahrer bei Bäckerei Zimmermann, bKV über den Arbeitgeber)
reicht eine Rechnung für zwei Hörgeräte ein (Eigenanteil 2.480 EUR). Laut
HNO-Bericht: beidseitige Innenohrschwerhörigkeit (H90.3), Hörverlust bei 4 kHz
rechts 55 dB, links 60 dB, dazu Tinnitus links seit 2023. Die Krankenkasse hat den
Festbetrag gezahlt.

Tarif Gesundheitsbudget 900 zahlt Hörgeräte nur bei "medizinischer Notwendigkeit
nach HNO-Verordnung". Reicht der Bericht?

Danke, Melanie
""")

# ---------------------------------------------------------------- d42-0119
mail(119, "NORMAL", "de", "insurer-to-broker",
     "trap: amendment to the commission agreement for bKV and group accident, rates only, addressed to all broker firms",
     frm='"PHG Maklerservice" <maklerservice@phg-versicherung.example>',
     to='"Maklerverteiler Gewerbe" <maklerverteiler@phg-versicherung.example>',
     subj="Nachtrag Courtagevereinbarung: bKV und Gruppenunfall ab 01.07.2026",
     date="2026-05-12 09:30",
     body="""Sehr geehrte Vertriebspartner,

zum 01.07.2026 ändern wir die Courtage für Firmenkollektivverträge:

  bKV Budgettarife:           Abschluss 3,0 Monatsbeiträge (bisher 2,5),
                              Bestandscourtage 2,5 % (unverändert)
  Gruppenunfall:              Abschluss 15 % des Jahresbeitrags,
                              Bestand 10 %
  bAV Direktversicherung:     unverändert 25 Promille der Beitragssumme

Stornohaftung: 24 Monate (bKV), 12 Monate (Gruppenunfall).

Den Nachtrag zur Unterschrift finden Sie im Maklerportal. Ohne Rücksendung
gilt die bisherige Vereinbarung weiter.

Ihr Maklerservice der PHG

""" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0120
mail(120, "CONFIDENTIAL", "de", "insurer-to-customer",
     "theft of a sole-trader bakery's delivery van: plate, VIN, owner named, claim number",
     frm=F("demir"), to='"Bäckerei Zimmermann e.K." <buero@baeckerei-zimmermann.example>',
     subj="Diebstahl Lieferwagen KL-BZ 77 - Schaden KF-2026-01188", date="2026-05-12 14:20",
     body="""Guten Tag Herr Zimmermann,

das ist ja ärgerlich - und das um 3 Uhr morgens vor der Backstube.

Ich habe den Diebstahl Ihres Lieferwagens (Renault Master, KL-BZ 77,
FIN VF1MA000566812355) zu Ihrer Teilkasko angelegt: KF-2026-01188.

Wie es weitergeht:
1. Bitte beide Schlüssel an uns schicken (Einschreiben) - wichtig!
2. Die Anzeige liegt vor (PI Kaiserslautern 2, Az. 0112/26/0418).
3. Wenn das Fahrzeug nach einem Monat nicht gefunden ist, zahlen wir den
   Wiederbeschaffungswert. Der Sachverständige schätzt ihn auf ca. 21.000 EUR.
4. Einen Mietwagen zahlt die Teilkasko leider nicht.

Viele Grüße
Aylin Demir
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0121
mail(121, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "death of a car dealer's employee: bAV death benefit to the widow, cause of death (heart attack), beneficiary, policy numbers",
     frm=F("brenneis"), to='"Personalabteilung Autohaus Brill" <personal@autohaus-brill.example>',
     subj="Tod Ihres Mitarbeiters Herrn Lukas Wagner - Direktversicherung LV 80-398 115",
     date="2026-05-13 10:05",
     body="""Sehr geehrte Frau Sommer,

wir sind sehr betroffen von der Nachricht über den Tod von Herrn Lukas Wagner.

Zur Direktversicherung (LV 80-398 115), die Sie für Herrn Wagner abgeschlossen
haben:
- Laut Sterbeurkunde und Todesbescheinigung ist Herr Wagner am 02.05.2026 im
  Alter von 22 Jahren an einem plötzlichen Herztod (Myokarditis, I40.9) verstorben.
- Bezugsberechtigt für die Todesfallleistung ist nach der Vertragsregelung der
  Ehepartner bzw. eingetragene Lebenspartner, sonst die Kinder, sonst die Erben.
  Herr Wagner war nach Ihren Unterlagen nicht verheiratet; wir benötigen daher
  einen Erbschein oder ein eröffnetes Testament.
- Die Todesfallleistung beträgt das vorhandene Vertragsguthaben von 4.862,11 EUR.

Seine bKV (KB 88-104 233) endet mit dem Todestag; der Beitrag für Mai wird
anteilig erstattet.

Bitte richten Sie der Familie unser Beileid aus.

Mit freundlichen Grüßen
""" + SIG("brenneis"))

# ---------------------------------------------------------------- d42-0122
mail(122, "NORMAL", "de", "internal",
     "trap: review of a blank confidentiality-release form (Schweigepflichtentbindung) with placeholders",
     frm=F("leibrock"), to=F("hoffstadt"), cc=F("kettering"),
     subj="Neue Schweigepflichtentbindung Unfall/Haftpflicht - Entwurf zur Durchsicht",
     date="2026-05-13 15:40",
     body="""Hallo Melanie, hallo Sabine,

anbei der Entwurf der neuen Formulare (Text unten). Bitte bis Monatsende
kommentieren.

-----
Einwilligung und Schweigepflichtentbindung

Ich, [Vorname Name], geboren am [TT.MM.JJJJ], entbinde die mich behandelnden
Ärztinnen und Ärzte, Krankenhäuser und Therapeuten, insbesondere
[Name/Anschrift der Ärztin/Klinik], von der Schweigepflicht gegenüber der
Pfälzer Handwerk & Gewerbe Versicherung VVaG, soweit es um die Prüfung des
Schadenfalls [Schadennummer] geht.

[ ] Ich möchte vor jeder Anforderung einzeln gefragt werden.
[ ] Ich willige ein, dass die Versicherung die Unterlagen direkt anfordert.

Diese Einwilligung kann ich jederzeit widerrufen.

[Ort, Datum]                      [Unterschrift]
-----

Heike
""")

# ---------------------------------------------------------------- d42-0123
mail(123, "CONFIDENTIAL", "en", "insurer-to-customer",
     "new liability policy for a Canadian yoga teacher (sole trader): birth date, income from teaching, policy number",
     frm=F("morgenstern"), to="Olivia Grant <hello@olivia-grant-yoga.example>",
     subj="Your liability policy BH 21-622 040-1 - welcome", date="2026-05-14 10:10",
     body="""Dear Olivia,

welcome to PHG! Your professional and public liability policy starts on
15 May 2026. Please check the data we used:

  Policyholder:      Olivia Grant, yoga teacher (self-employed)
  Date of birth:     4 July 1992
  Address:           Schneiderstraße 7, 67655 Kaiserslautern
  Expected income from teaching 2026: approx. EUR 28,000
  Activities:        studio classes, outdoor classes in the Volkspark, online
  Sum insured:       EUR 3,000,000, deductible EUR 0
  Annual premium:    EUR 104.72

Please let me know within two weeks if anything is wrong. The German policy
documents will be sent to you by post.

Namaste - and all the best for the new studio!
Lena
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0124
mail(124, "NORMAL", "en", "insurer-to-partner",
     "trap: data processing agreement questions to a Dutch sensor vendor, lists data categories in general, no persons",
     frm=F("leibrock"), to='"AquaAlert B.V. - Privacy" <privacy@aquaalert.example>',
     subj="Data processing agreement - questions before signature", date="2026-05-14 14:45",
     body="""Dear Ms van Dijk,

before we sign the data processing agreement for the leak sensor app, a few
questions from our side:

1. Which personal data does the app process? We understand: name and e-mail of
   the business user, device location (address), alarm history. Please confirm
   that no health data or data about employees is processed - some of our
   customers are doctors' and dental practices.
2. Where are the servers? You mention Frankfurt and Amsterdam; please confirm
   there is no transfer outside the EU (support tools, analytics).
3. Sub-processors: please send the current list.
4. Deletion: after how many days are alarm histories deleted?

Once we have your answers, our legal team can sign within a week.

Kind regards
Heike Leibrock
Data Protection Officer
""" + "\n" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0125
mail(125, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "restaurant liability: named child guest scalded by hot tea, burns of chest and arm, burns unit, parents' claim",
     frm=F("morgenstern"), to='"Siobhan O\'Doherty" <siobhan@copperkettle-kl.example>',
     subj="Claim HP-2026-00781 - scald injury of Noah Brandt (4)", date="2026-05-15 09:25",
     body="""Dear Siobhan,

I'm sorry to bother you with yet another claim. The parents of little Noah
Brandt (4) have contacted us.

According to their lawyer, on 2 May a waitress put a pot of hot tea on the table
within the child's reach; Noah pulled it over. The report of the burns unit at
the BG Klinik Ludwigshafen lists second-degree scalds on the chest and the left
upper arm (about 6 % of body surface, T21.2 and T22.2), three days as an
inpatient and dressing changes under short anaesthesia. Scarring is possible.

This claim will probably be in the range of EUR 8,000-15,000 for pain and
suffering, depending on the scars. The parents' possible contributory negligence
(supervision of the child) will be part of our assessment.

Please send me the waitress's written account and tell me whether there is a
house rule about hot drinks at tables with small children.

Best regards
Lena
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0126
mail(126, "NORMAL", "de", "insurer-to-supplier",
     "trap: order of wine gift boxes for the customer event from a winery, delivery and invoice details only, no insurance data",
     frm=F("fauss"), to='"Weingut Ackermann-Lind - Verkauf" <verkauf@weingut-ackermann-lind.example>',
     subj="Bestellung Weinpräsente Sommerfest 2026", date="2026-05-18 10:00",
     body="""Hallo Frau Lind, hallo Verkaufsteam,

für unser Kundensommerfest bestellen wir:

  120 Präsentkartons "Pfälzer Duo" (Riesling trocken + Spätburgunder), à 24,90 EUR
  Beschriftung der Grußkarte: "Danke für Ihr Vertrauen - Ihre PHG"
  Lieferung bis 26.06. an: PHG, Warenannahme, Barbarossaring 19

Dazu für den Ausschank am 03.07.: 60 Flaschen Secco, 48 Riesling, 36 Rosé,
Rücknahme nicht geöffneter Flaschen wie besprochen.

Rechnung bitte an Marketing, Bestellnummer 4500019688.

Viele Grüße
Nicole Fauß
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0127
mail(127, "CONFIDENTIAL", "de", "insurer-to-customer",
     "hail/storm settlement for a sole-trader winery: amounts per contract, owner named, payment to her account (masked)",
     frm=F("kettering"), to="Julia Lind <julia@weingut-ackermann-lind.example>",
     subj="Abrechnung GS-2026-00733 und HS-2026-00019", date="2026-05-18 15:30",
     body="""Liebe Frau Lind,

ich kann beide Schäden vom Januar abschließen:

Gebäude (Scheune):
  Dachdeckerrechnung Notsicherung               1.240,00 EUR
  Neueindeckung 40 m², Lattung                  6.980,00 EUR
  abzgl. SB                                      -250,00 EUR
  Zahlung                                       7.970,00 EUR

Hagel/Rebanlage "Dürkheimer Spielberg":
  Holzschaden und Drahtrahmen laut Gutachten Eymael   3.415,00 EUR
  keine SB (Ertragsschadentarif)
  Zahlung                                       3.415,00 EUR

Beide Beträge überweisen wir auf Ihr Geschäftskonto (IBAN endet auf ...3560).
Und vielen Dank für die Secco-Probe beim letzten Termin!

Herzliche Grüße
Sabine Kettering
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0128
mail(128, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "bKV check-up benefit for a named employee with a suspicious skin finding (suspected melanoma), windows-1252 text",
     frm='"PHG bKV-Leistung" <bkv-leistung@phg-versicherung.example>',
     to="Anna-Lena Schreiber <annalena.schreiber@mailbox-pfalz.example>",
     subj="Erstattung Hautkrebs-Screening und Folgebehandlung", date="2026-05-19 08:30",
     charset="windows-1252", cte="quoted-printable",
     body="""Sehr geehrte Frau Schreiber,

vielen Dank für Ihre Belege zur betrieblichen Krankenversicherung Ihres
Arbeitgebers (Autohaus Brill GmbH).

Wir erstatten:
- Hautkrebs-Screening mit Auflichtmikroskopie (Dermatologie Dr. Haupt),
  GOÄ 750, 612: 68,42 EUR
- Exzision des auffälligen Muttermals am linken Schulterblatt mit
  histologischer Untersuchung (Verdacht auf malignes Melanom, D22.5 V / C43.5 V):
  Eigenanteil 146,90 EUR

Beides ist im Budget enthalten. Wir drücken Ihnen die Daumen für den
histologischen Befund. Falls eine Nachresektion nötig wird, reichen Sie die
Rechnung einfach wieder ein.

Freundliche Grüße
Ihr Team bKV-Leistung
Pfälzer Handwerk & Gewerbe Versicherung VVaG
""")

# ---------------------------------------------------------------- d42-0129
mail(129, "NORMAL", "en", "newsletter",
     "trap: English hospitality newsletter on Legionella in showers of campsites and hotels, generic illness description",
     frm='"PHG International Desk" <international@phg-versicherung.example>',
     to='"Hospitality customers (EN)" <intl-hospitality@phg-versicherung.example>',
     subj="Before the season: Legionella in showers - a liability risk you can avoid",
     date="2026-05-19 07:00",
     body="""Dear campsite, hotel and guesthouse owners,

when showers and pipes are not used over the winter, Legionella bacteria can
multiply in warm water. Guests who inhale contaminated spray can develop
Legionnaires' disease, a serious pneumonia that is especially dangerous for
older people and smokers. For you as the operator this is a liability risk.

What you should do before opening:
- flush all showers and taps with hot water (at least 70 °C) for 3 minutes
- keep hot water at 60 °C at the boiler outlet
- have the drinking water tested by an accredited lab every three years if you
  have a large system (German Drinking Water Ordinance)
- keep the lab reports - we will ask for them in case of a claim

Questions? Call our risk prevention team (German/English) on +49 631 3418-510.

PHG International Desk

""" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0130
mail(130, "CONFIDENTIAL", "en", "insurer-to-broker",
     "policy confirmation to a UK broker for a British-owned tea room (owner a natural person): policy numbers, premiums, sums insured",
     frm=F("morgenstern"), to='"Thames Commercial Brokers Ltd" <placements@thames-commercial.example>',
     subj="Harper's Tea Room, Kaiserslautern - cover bound", date="2026-05-20 11:50",
     body="""Dear Oliver,

further to your instructions of 14 May we confirm that cover is bound for your
client:

  Insured:          Emily Harper, trading as "Harper's Tea Room",
                    Fruchthallstraße 3, 67655 Kaiserslautern
  Business liability  BH 21-630 118-7   EUR 3m CSL        premium EUR   412.00
  Contents / BI       IB 25-277 504-2   EUR 85,000 / BI 6 months   EUR 691.40
  Glass               GL 26-402 009-0   shop front         EUR    98.20
  Inception:        1 June 2026, annual, premiums incl. 19 % insurance tax

The German policy documents will follow by post to Ms Harper directly, with a
copy to you. Commission as per our terms of business (15 %).

Kind regards
Lena Morgenstern
International Desk
""" + "\n" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0131
mail(131, "NORMAL", "de", "internal",
     "trap: staff outing invitation to a wine tasting at a customer's winery, allergy/dietary requests asked generally",
     frm='"Betriebsrat PHG" <betriebsrat@phg-versicherung.example>',
     to='"Alle Mitarbeitenden" <alle@phg-versicherung.example>',
     subj="Betriebsausflug 12. Juni: Weinwanderung Bad Dürkheim", date="2026-05-20 13:00",
     body="""Liebe Kolleginnen und Kollegen,

unser Betriebsausflug führt uns dieses Jahr an die Weinstraße:

  Freitag, 12. Juni 2026
  13:00 Abfahrt Bus ab Barbarossaring
  14:00 Weinwanderung (ca. 6 km, gut zu gehen) ab Wurstmarktplatz
  16:30 Weinprobe im Weingut Ackermann-Lind
  19:00 Abendessen im Hotel Zum Pfälzer Hof
  22:30 Rückfahrt

Für alle, die keinen Alkohol trinken möchten, gibt es Traubensaft und Secco
alkoholfrei. Besondere Essenswünsche (vegetarisch, vegan, Allergien) bitte bei
der Anmeldung angeben - wir geben sie nur anonym an die Küche weiter.

Anmeldung bis 29. Mai im Intranet.

Euer Betriebsrat
""")

# ---------------------------------------------------------------- d42-0132
mail(132, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "sole-trader electrician's own accident insurance: electric shock, cardiac monitoring overnight, burn marks on the hand",
     frm=F("hoffstadt"), to="Markus Kuhn <info@elektro-kuhn-rockenhausen.example>",
     subj="Ihr Unfall vom 15.05. - Unfallversicherung UV 60-344 102", date="2026-05-21 09:40",
     body="""Hallo Herr Kuhn,

Ihre Frau hat mir gesagt, dass es Ihnen wieder besser geht - zum Glück!

Ich habe den Stromunfall in Ihrer privaten Unfallversicherung aufgenommen
(U-2026-01422). Nach dem Bericht des Westpfalz-Klinikums:
- Stromschlag 400 V beim Arbeiten an einer Unterverteilung (Durchströmung
  rechte Hand - linker Fuß)
- Strommarken an der rechten Hand (Verbrennung 2. Grades, T23.2)
- Herzrhythmusstörung (Vorhofflimmern), Überwachung über Nacht auf der
  Intermediate Care, am nächsten Morgen spontan in Sinusrhythmus

Leistungen: Krankenhaustagegeld (1 Tag, 50 EUR) und Genesungsgeld. Falls die
Hand dauerhaft Beschwerden macht, prüfen wir nach einem Jahr die Invalidität.

Und bitte - beim nächsten Mal freischalten und gegen Wiedereinschalten sichern ;-)

Viele Grüße
Melanie Hoffstadt
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0133
mail(133, "CONFIDENTIAL", "de", "insurer-to-doctor",
     "business interruption of a dental practice after water damage from the flat above: owner named, closure days, revenue figures, no patient data",
     frm=F("kettering"), to='"Dr. Meral Yilmaz" <praxis@zahnarzt-yilmaz.example>',
     subj="Wasserschaden aus der Wohnung über der Praxis - Betriebsunterbrechung",
     date="2026-05-21 14:55",
     body="""Sehr geehrte Frau Dr. Yilmaz,

Sie haben wirklich kein Glück in diesem Jahr. Zum Wasserschaden vom 16.05.
(Waschmaschinenschlauch in der Wohnung im 2. OG):

- Die Schäden an Decke und Wänden Ihrer Praxisräume trägt der Gebäudeversicherer
  des Eigentümers; Ihre Einrichtung (zwei Behandlungsstühle nass, Röntgenraum
  Decke) läuft über Ihre Praxisinhaltsversicherung IB 25-290 118-3, Schaden
  IS-2026-01502.
- Betriebsunterbrechung: Die Praxis war vom 18. bis 22.05. geschlossen. Nach Ihren
  Zahlen (Honorarumsatz 2025: 1,12 Mio. EUR, 226 Praxistage) ergibt sich ein
  Tagesumsatz von rund 4.960 EUR; davon ziehen wir ersparte Kosten
  (Material, Labor) ab.

Für die BU-Berechnung benötige ich nur die Umsätze der Vergleichswochen aus Ihrer
Abrechnungssoftware (Summen, keine Patientenlisten!).

Mit freundlichen Grüßen
Sabine Kettering
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0134
mail(134, "NORMAL", "de", "insurer-to-tenant",
     "trap: building damage in the insurer's own building, letter to the tenant physiotherapy GmbH about drying and reopening, no patient or insured data",
     frm=F("adam"), to='"Rückenwerk Physiotherapie GmbH" <info@rueckenwerk-kl.example>',
     subj="Ihre Praxisräume EG - Trocknung abgeschlossen, Wiedereröffnung ab 26.05.",
     date="2026-05-22 09:15",
     body="""Sehr geehrte Frau Albers,

gute Nachrichten aus der Gebäudeverwaltung: Die Trocknung nach dem Rohrbruch vom
Januar ist abgeschlossen, die Messwerte liegen überall unter 2 % CM.

- Behandlungsräume 2 und 3: Estrich getrocknet, neuer Vinylboden verlegt
- Fango-Raum: Fliesen erneuert, Abdichtung geprüft
- Umkleide: neue Spinde geliefert

Die Räume können Sie ab Dienstag, 26.05., wieder nutzen. Die Mietminderung für
Februar bis Mai (50 % für die betroffene Fläche) ist mit der Mai-Abrechnung
verrechnet.

Die Handwerker kommen am Montag noch einmal für die Sockelleisten (ca. 2 Std.).

Freundliche Grüße
Kai Adam
Einkauf & Gebäudemanagement
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0135
mail(135, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "yoga teacher's liability: named participant claims a herniated disc aggravated in class, MRI, sick leave",
     frm=F("morgenstern"), to="Olivia Grant <hello@olivia-grant-yoga.example>",
     subj="Claim against you by Mr Dennis Hauck - please comment", date="2026-05-26 10:35",
     body="""Dear Olivia,

I'm afraid you'll get your first claim letter - don't worry, that's what the
insurance is for.

Mr Dennis Hauck, who attended your outdoor class on 18 May, says that you
pushed his back down during a forward bend ("hands-on adjustment"). He felt a
sharp pain and has since had pain radiating into his left leg. His MRI of
21 May shows a herniated disc L5/S1 (M51.1); his orthopaedist writes that a
degenerative pre-damage existed. He is on sick leave and claims pain and
suffering and loss of earnings.

Please send me, in English is fine:
- your account of the class and of the adjustment
- whether he filled in your health questionnaire (and what he wrote)
- names of other participants who could be witnesses

Do not reply to Mr Hauck yourself; refer him to us (claim HP-2026-00912).

Best,
Lena
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0136
mail(136, "CONFIDENTIAL", "de", "insurer-to-customer",
     "photographer (sole trader): camera equipment stolen from her car at a wedding shoot, plate, items and values, claim number",
     frm=F("kettering"), to="Miriam Staab <mail@miriam-staab-fotografie.example>",
     subj="Diebstahl Kameraausrüstung aus Pkw - EL-2026-00240", date="2026-05-26 15:02",
     body="""Hallo Frau Staab,

oh je, mitten in der Hochzeitssaison. Zur Elektronikversicherung EL 27-140 552
(die Zahlung aus dem Februar ist übrigens angekommen, also alles gut) habe ich
den Schaden EL-2026-00240 angelegt.

Laut Ihrer Meldung wurde am 23.05. zwischen 14 und 17 Uhr Ihr Kombi (KL-MS 330)
auf dem Parkplatz des Schlosshotels Kirchheimbolanden aufgebrochen, gestohlen
wurden:

  Sony Alpha 1 Gehäuse                  6.499 EUR
  Objektiv 24-70 mm f/2.8 GM II         2.399 EUR
  Blitz + 2 Akkus                          640 EUR

Diebstahl aus dem Kfz ist versichert, wenn das Fahrzeug verschlossen war und die
Ausrüstung nicht sichtbar im Kofferraum lag, tagsüber auch ohne Zeitbegrenzung.
Bitte schicken Sie mir die Polizeianzeige und die Kaufbelege.

Viele Grüße
Sabine Kettering
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0137
mail(137, "NORMAL", "de", "insurer-to-customer",
     "trap: content-free portal notification 'new document in your mailbox', no subject matter",
     frm='"PHG Kundenportal" <noreply-portal@phg-versicherung.example>',
     to="kontakt@metzgerei-gerlach.example",
     subj="Neue Nachricht in Ihrem PHG-Postfach", date="2026-05-27 06:02",
     body="""Guten Tag,

in Ihrem persönlichen Postfach im PHG-Kundenportal liegt eine neue Nachricht
für Sie bereit.

Aus Sicherheitsgründen versenden wir den Inhalt nicht per E-Mail. Bitte melden
Sie sich unter https://portal.phg-versicherung.example an, um die Nachricht zu
lesen.

Ihr PHG-Kundenportal

Diese E-Mail wurde automatisch erzeugt. Antworten an diese Adresse werden nicht
gelesen.
""")

# ---------------------------------------------------------------- d42-0138
mail(138, "STRICTLY_CONFIDENTIAL", "de", "lawyer",
     "lawyer's claim letter forwarded as message/rfc822 to a medical expert: third party's whiplash injury, neurological findings; staff body is only the order",
     frm=F("demir"), to='"Dr. med. Heinz Albrecht" <gutachten@albrecht-gutachten.example>',
     subj="Gutachtenauftrag KF-2026-00702 - Anspruchsschreiben anbei", date="2026-05-27 10:20",
     body="""Sehr geehrter Herr Dr. Albrecht,

wir beauftragen Sie mit einem interdisziplinären (biomechanisch-orthopädischen)
Gutachten. Die Anwaltsschreiben mit den ärztlichen Unterlagen finden Sie in der
angehängten Nachricht. Vergütung nach unserer Rahmenvereinbarung.

Mit freundlichen Grüßen
Aylin Demir
""" + "\n" + FOOTER_DE,
     att=[eml("Anspruchsschreiben_RA_Bender_Kaemmerer.eml",
              '"Kanzlei Bender" <info@kanzlei-bender-kl.example>', F("demir"),
              "Ihr Versicherungsnehmer Hörner Bau GmbH / Unfall 06.03.2026 - unsere Mandantin Lea Kämmerer",
              "2026-05-19 16:40",
              """Sehr geehrte Frau Demir,

namens unserer Mandantin, Frau Lea Kämmerer, geb. 09.02.1994, machen wir
folgende Ansprüche aus dem Verkehrsunfall vom 06.03.2026 geltend.

Unsere Mandantin erlitt bei dem Heckaufprall eine HWS-Distorsion Grad II nach
Quebec Task Force (S13.4) mit Nackenschmerzen, Kopfschmerzen und Schwindel.
Die Neurologin Dr. Sauer stellte am 02.04.2026 zusätzlich Parästhesien im
rechten Arm fest (Verdacht auf Nervenwurzelreizung C6). Unsere Mandantin war
bis 24.04.2026 arbeitsunfähig und befindet sich weiterhin in Physiotherapie
(bislang 18 Einheiten).

Wir fordern:
- Schmerzensgeld: 4.500 EUR
- Verdienstausfall (netto): 2.318,40 EUR
- Haushaltsführungsschaden: 1.260,00 EUR
- Zuzahlungen und Fahrtkosten: 312,75 EUR

Die Arztberichte liegen bei (Kopie). Wir bitten um Zahlung bis 10.06.2026.

Mit freundlichen Grüßen
Bender, Rechtsanwalt
""", mid="<bender-2026-0519-kaemmerer@kanzlei-bender-kl.example>")])

# ---------------------------------------------------------------- d42-0139
mail(139, "NORMAL", "en", "insurer-to-supplier",
     "trap: framework order for playground inspections at customers' campsites from a Dutch inspection firm, generic injury risks",
     frm=F("gebhardt"), to='"SpeelVeilig Inspecties B.V." <info@speelveilig.example>',
     subj="Framework agreement 2026 - playground inspections (DIN EN 1176)",
     date="2026-05-28 11:00",
     body="""Dear Mr Hendriks,

as discussed in Utrecht, we would like to offer our hospitality customers
(campsites, hotels with play areas, family restaurants) a discounted annual
playground inspection according to DIN EN 1176/1177.

Our proposal:
- flat fee EUR 180 per site up to 6 play items, EUR 15 per additional item
- inspection report in German within 10 days, with photos and priority list
- customers book directly with you using the code PHG-2026; we pay a subsidy
  of EUR 50 per inspection against your monthly list (site name and date only)

Falls from climbing frames and broken rungs are the most frequent cause of
children's injuries in our liability claims, so we are keen to start before
the summer holidays.

Draft framework agreement attached to follow by Friday.

Kind regards
Stefan Gebhardt
""" + "\n" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0140
mail(140, "CONFIDENTIAL", "en", "insurer-to-customer",
     "campsite liability: a guest's car damaged by a falling branch, guest named, plate, nobody hurt",
     frm=F("morgenstern"), to='"Bram Visser" <bram@camping-gelterswoog.example>',
     subj="Fallen branch on pitch 42 - claim HP-2026-00955", date="2026-05-29 09:50",
     body="""Hi Bram,

thanks for reporting the incident right away. I've opened claim HP-2026-00955
under your liability policy BH 21-611 208-4.

As I understand it: in the night of 27 May a large branch of the oak next to
pitch 42 broke off and fell onto the car of your guest Mr Jürgen Paulus
(VW Touran, MZ-JP 561). The roof and windscreen are dented/broken. Nobody was
in the car and nobody was hurt.

Whether you are liable depends on whether the tree was inspected regularly.
Please send me:
- your tree inspection log (or the last report of the tree surgeon)
- photos of the break point
- Mr Paulus's contact details, if he agrees - otherwise he can contact us
  directly with the claim number

Cheers,
Lena
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0141
mail(141, "NORMAL", "de", "insurer-to-supplier",
     "trap: order for certified shredding of old claim files incl. doctors' reports (DIN 66399), no content of files",
     frm=F("adam"), to='"Aktenvernichtung Westpfalz GmbH" <service@akten-westpfalz.example>',
     subj="Auftrag Vernichtung Altakten Schaden/Leistung (Sicherheitsstufe P-5)",
     date="2026-06-01 08:40",
     body="""Sehr geehrte Damen und Herren,

wir beauftragen Sie gemäß Rahmenvertrag mit der Vernichtung von Altakten, deren
Aufbewahrungsfrist abgelaufen ist:

- ca. 180 Archivkartons aus dem Keller Barbarossaring 17
  (Schadenakten Gewerbe bis 2015, Leistungsakten Unfall/bKV bis 2015 mit
  Arztberichten, Rechnungen und Gutachten)
- Sicherheitsstufe P-5 / Schutzklasse 3 nach DIN 66399
- Abholung in verschlossenen Sicherheitsbehältern, Vernichtung im Werk,
  Vernichtungsprotokoll je Behälter

Termin: Mittwoch, 10.06., ab 7:30 Uhr. Ansprechpartner Herr Klein.
Bestellnummer 4500019801.

Die Auftragsverarbeitungsvereinbarung von 2024 gilt weiter.

Mit freundlichen Grüßen
Kai Adam
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0142
mail(142, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
     "practice interruption insurance of a sole dentist: her own breast cancer C50.9, chemotherapy, sick days, daily benefit",
     frm=F("brenneis"), to='"Dr. Meral Yilmaz" <m.yilmaz.privat@pfalz-mail.example>',
     subj="Ihre Praxisausfallversicherung PA 34-008 217 - Leistungszusage",
     date="2026-06-02 11:20",
     body="""Sehr geehrte Frau Dr. Yilmaz,

zuerst: Wir wünschen Ihnen viel Kraft für die nächsten Monate.

Ich schreibe an Ihre private Adresse, wie Sie es gewünscht haben, damit Ihr
Praxisteam die Unterlagen nicht sieht.

Nach dem Bericht des Brustzentrums Westpfalz (Mammakarzinom links, C50.9,
brusterhaltende Operation am 12.05., adjuvante Chemotherapie ab 08.06. für
voraussichtlich 18 Wochen) besteht Arbeitsunfähigkeit ab dem 11.05.2026.

Aus der Praxisausfallversicherung zahlen wir nach Ablauf der Karenzzeit von
14 Tagen ab dem 25.05.2026 die vereinbarte Tagesleistung von 1.200 EUR für
jeden Tag, an dem die Praxis wegen Ihrer Arbeitsunfähigkeit geschlossen ist
oder nur durch eine Vertretung weitergeführt wird (dann anteilig die
Vertretungskosten). Bitte schicken Sie uns alle vier Wochen eine aktuelle
AU-Bescheinigung.

Mit herzlichen Grüßen
Tobias Brenneis
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0143
mail(143, "CONFIDENTIAL", "de", "insurer-to-customer",
     "legal expenses of a hotel run by a couple (GbR of natural persons) against a supplier: defective dishwasher, contract and amounts",
     frm=F("rech"), to='"Karin Emrich" <k.emrich@pfaelzer-hof-badduerkheim.example>',
     subj="Rechtsschutz RS-2026-00904 - Streit mit Gastro-Technik Sauer GmbH",
     date="2026-06-02 14:30",
     body="""Sehr geehrte Frau Emrich,

für die Auseinandersetzung mit der Gastro-Technik Sauer GmbH wegen der
Haubenspülmaschine bestätigen wir Kostenschutz aus Ihrem Firmen-Vertrags-
Rechtsschutz (RS 50-355 731, Emrich GbR).

Sachverhalt nach Ihren Unterlagen: Kauf am 12.11.2025 für 8.940 EUR brutto,
seit Januar fünf Ausfälle, zwei Nachbesserungsversuche gescheitert. Sie möchten
vom Vertrag zurücktreten und die Kosten für die Miet-Spülmaschine (bisher
1.150 EUR) ersetzt bekommen.

Kostenschutz besteht für Ihren Anwalt außergerichtlich und in der ersten
Instanz, Selbstbeteiligung 250 EUR. Der Streitwert liegt bei ca. 10.100 EUR.

Mit freundlichen Grüßen
Claudia Rech
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0144
mail(144, "NORMAL", "de", "newsletter",
     "trap: invitation to a training day of the crafts association, programme mentions occupational diseases and first aid, no persons",
     frm=F("fauss"), to='"Handwerksbetriebe Westpfalz" <verteiler-handwerk@phg-versicherung.example>',
     subj="Einladung: Tag der Ausbildung am 20. Juni - mit PHG-Erste-Hilfe-Parcours",
     date="2026-06-03 07:30",
     body="""Liebe Ausbildungsbetriebe,

die Kreishandwerkerschaft Westpfalz lädt zum "Tag der Ausbildung" ein, und wir
sind als Partner dabei.

Samstag, 20. Juni 2026, 10-16 Uhr, Berufsbildende Schule I Kaiserslautern

Programm (Auszug):
10:30  "Lärm, Staub, Chemie - Berufskrankheiten, die man vermeiden kann"
       (Betriebsärztin Dr. Noll)
11:30  PHG-Erste-Hilfe-Parcours: Schnittwunde, Verbrennung, Sturz von der
       Leiter - was tun in den ersten 5 Minuten?
13:00  Azubi-Speeddating für Betriebe mit offenen Stellen
14:30  Podium: "Psychische Gesundheit von Azubis - wie Betriebe unterstützen"

Eintritt frei, Anmeldung für Betriebe mit Stand über die Kreishandwerkerschaft.

Viele Grüße
Nicole Fauß
Marketing & Verbandsarbeit

""" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0145
mail(145, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "invalidity benefit letter to the butcher's employee: loss of the index fingertip, 5 % invalidity, payout",
     frm=F("hoffstadt"), to="Sascha Klinger <sascha.klinger@freemail-pfalz.example>",
     subj="Ihre Unfallleistung - Gruppenunfallversicherung Metzgerei Gerlach",
     date="2026-06-04 10:00",
     body="""Guten Tag Herr Klinger,

nach Ihrem Arbeitsunfall vom 20.02.2026 (Verlust des Endglieds am linken
Zeigefinger) haben wir die Leistungen aus der Gruppenunfallversicherung Ihres
Arbeitgebers geprüft. Der Abschlussbericht der Handchirurgie vom 28.05. liegt vor;
die Stumpfverhältnisse sind stabil, das Mittelglied ist frei beweglich.

  Gliedertaxe Zeigefinger                   10 %
  Verlust des Endglieds = 1/2                5 % Invalidität
  Grundsumme                            50.000 EUR
  Invaliditätsleistung                   2.500 EUR
  Krankenhaustagegeld (2 Tage à 20 EUR)     40 EUR

Dass Sie Linkshänder sind, ändert nach den Bedingungen an der Gliedertaxe
nichts - das hatten Sie gefragt.

Die Auszahlung erfolgt in den nächsten Tagen.

Mit freundlichen Grüßen
Melanie Hoffstadt
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0146
mail(146, "NORMAL", "de", "insurer-to-broker",
     "trap: blank accident report template (XLSX) with column headers and a 'Max Mustermann (Beispiel)' row for brokers",
     frm='"PHG Maklerservice" <maklerservice@phg-versicherung.example>',
     to='"Maklerverteiler Gewerbe" <maklerverteiler@phg-versicherung.example>',
     subj="Neue Vorlage: Sammel-Unfallmeldung Gruppenunfall (Excel)", date="2026-06-04 14:00",
     body="""Sehr geehrte Vertriebspartner,

auf vielfachen Wunsch gibt es ab sofort eine Excel-Vorlage für Sammel-
Unfallmeldungen aus Gruppenunfallverträgen (z. B. für Betriebe mit vielen
kleinen Unfällen). Bitte die Beispielzeile vor dem Ausfüllen löschen und die
ausgefüllte Datei nur über das Maklerportal hochladen - nicht per E-Mail.

Ihr Maklerservice
""",
     att=[xlsx("Vorlage_Sammel-Unfallmeldung_GU.xlsx", [
         ("Meldung", [
             ["Vertragsnummer", "Name", "Vorname", "Geburtsdatum", "Unfalltag", "Unfallort",
              "Hergang", "Verletzung", "Arzt/Klinik", "arbeitsunfähig ab"],
             ["GU 44-000000", "Mustermann (Beispiel)", "Max", "TT.MM.JJJJ", "TT.MM.JJJJ", "[Ort]",
              "[kurze Beschreibung]", "[laut Arztbericht]", "[Name]", "TT.MM.JJJJ"],
         ]),
         ("Hinweise", [
             ["Bitte nur über das Maklerportal hochladen."],
             ["Arztberichte nicht einfügen, sondern separat über das Portal einreichen."],
         ]),
     ])])

# ---------------------------------------------------------------- d42-0147
mail(147, "CONFIDENTIAL", "de", "insurer-to-customer",
     "qualified premium reminder (§ 38 VVG) to a sole-trader innkeeper: contract, arrears, loss of cover warning",
     frm=F("schowalter"), to="Werner Stuppy <gasthaus.linde@t-netz.example>",
     subj="Qualifizierte Mahnung - Inhaltsversicherung IB 25-160 283-9", date="2026-06-05 09:00",
     body="""Sehr geehrter Herr Stuppy,

der Folgebeitrag für Ihre Inhalts- und Betriebsunterbrechungsversicherung
IB 25-160 283-9 (Gasthaus Zur Linde, Hauptstraße 14, 67685 Weilerbach) ist seit
dem 01.05.2026 fällig und noch nicht bezahlt:

  Beitrag 2. Halbjahr 2026       1.184,60 EUR
  Mahngebühr                         5,00 EUR
  offen                          1.189,60 EUR

Bitte zahlen Sie den Betrag bis zum 19.06.2026. Nach § 38 VVG weisen wir Sie darauf
hin: Tritt nach Ablauf dieser Frist ein Schaden ein und sind Sie dann noch mit der
Zahlung im Verzug, sind wir nicht zur Leistung verpflichtet. Außerdem können wir
den Vertrag dann fristlos kündigen.

Wenn Sie gerade einen finanziellen Engpass haben, rufen Sie mich bitte an - eine
Ratenzahlung ist möglich.

Mit freundlichen Grüßen
""" + SIG("schowalter"))

# ---------------------------------------------------------------- d42-0148
mail(148, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
     "bKV family extension for an employee of a US-owned firm: health questions answered for her child, type 1 diabetes E10.9, risk surcharge",
     frm=F("hoffstadt"), to='"HR Brightline Software" <hr@brightline-software.example>',
     cc="Jennifer Alvarez <jen.alvarez@brightline-software.example>",
     subj="bKV family extension - Ms Alvarez's son", date="2026-06-08 13:30",
     body="""Dear Ms Price, dear Ms Alvarez,

Ms Alvarez asked us to reply to both of you (her written consent is on file).

Ms Alvarez applied to add her son Mateo Alvarez (born 11 March 2015) to the
company health insurance at her own cost. In the health questions she stated
that Mateo has type 1 diabetes (E10.9), diagnosed in 2022, treated with an
insulin pump and a glucose sensor, no hospital stays in the last two years.

We can accept Mateo with a risk surcharge of 30 % on the family tariff
(EUR 21.90 instead of EUR 16.85 per month). Costs directly related to the
diabetes are covered within the budget like any other treatment.

Ms Alvarez, please confirm by reply whether you accept. The surcharge will be
deducted from your salary by Brightline together with the regular contribution.

Kind regards
Melanie Hoffstadt
""" + "\n" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0149
mail(149, "NORMAL", "en", "newsletter",
     "trap: invitation to an expat business meetup sponsored by the insurer, speaker topics on health insurance and pensions in general",
     frm=F("morgenstern"), to='"International business owners" <intl-newsletter@phg-versicherung.example>',
     subj="You're invited: Pfalz Expat Business Meetup, 25 June, Kaiserslautern",
     date="2026-06-09 08:15",
     body="""Dear international entrepreneurs,

join us for the summer edition of the Pfalz Expat Business Meetup:

  Thursday, 25 June 2026, 6.30 pm
  Rooftop terrace, Pfaff-Quartier, Kaiserslautern

18:45  "Public or private health insurance when you're self-employed?"
       - a neutral overview (no sales pitch, promised)
19:15  "Your pension in Germany: Rürup, company pension and what happens if you
       move back home"
19:45  Networking with drinks and snacks (a Copper Kettle & Harper's Tea Room
       co-production)

Free of charge; please register by 20 June at
https://events.phg-versicherung.example/expat-meetup

See you there!
Lena Morgenstern
International Desk

""" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0150
mail(150, "CONFIDENTIAL", "en", "insurer-to-customer",
     "renewal offer for a restaurant run by two named owners: turnover, wages and headcount, claims history, new premium",
     frm=F("morgenstern"), to='"Siobhan O\'Doherty" <siobhan@copperkettle-kl.example>',
     cc='"Declan O\'Doherty" <declan@copperkettle-kl.example>',
     subj="Your renewal 1 August - The Copper Kettle", date="2026-06-10 10:40",
     body="""Dear Siobhan, dear Declan,

your policies renew on 1 August. I have to be honest: after this year's claims
(fall, kitchen fire, allergy, scald) our underwriters wanted a much larger
increase. I have negotiated the following:

  Basis (from your figures):  turnover 2025 EUR 812,000; wages EUR 176,000;
                              12 employees incl. 5 part-time
  Business liability          EUR 1,380 (was EUR 960), deductible EUR 500
  Contents / BI               EUR 2,940 (was EUR 2,610), condition: hood cleaning
                              every 6 months with certificate
  Claims paid/reserved 2025/26: approx. EUR 96,000

The offer is valid until 10 July. If you'd like to discuss ways to reduce the
premium (higher deductible, staff allergen training), let's meet - coffee is
on me this time.

Best,
Lena
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0151
mail(151, "NORMAL", "de", "internal",
     "trap: customer satisfaction survey results for commercial claims, NPS by line incl. bodily-injury claims, aggregates only",
     frm=F("kettering"), to='"Leitung Schaden" <leitung-schaden@phg-versicherung.example>',
     subj="Kundenzufriedenheit Schaden Gewerbe H1/2026 - Ergebnisse", date="2026-06-11 09:10",
     body="""Hallo Herr Zapp,

die Ergebnisse der Befragung (Rücklauf 31 %, 388 Antworten) sind da:

Sparte / Schadenart            NPS    Zufriedenheit Dauer   "würde weiterempfehlen"
Sachschäden Inhalt/Gebäude     +41    78 %                  82 %
Haftpflicht ohne Personen      +22    64 %                  71 %
Haftpflicht mit Personenschaden -8    39 %                  52 %
Kfz-Flotte                     +17    69 %                  70 %
Cyber                          +35    72 %                  80 %

Freitextkommentare (anonymisiert) zu Personenschäden drehen sich fast nur um
die Dauer ("warten seit Monaten auf Entscheidung zum Schmerzensgeld").

Vorschlag: Für Personenschäden einen festen Ansprechpartner und eine
Zwischennachricht alle 4 Wochen.

Gruß
Sabine Kettering
""")

# ---------------------------------------------------------------- d42-0152
mail(152, "CONFIDENTIAL", "de", "insurer-to-company",
     "roofing GmbH liability: rain entered a client's attic after a tarp blew off, named clients and address, nobody hurt",
     frm=F("kettering"), to='"Ralf Schäfer" <r.schaefer@schaefer-dach-landstuhl.example>',
     subj="Wasserschaden Dachgeschoss Familie Weller - BH-2026-03012", date="2026-06-11 15:40",
     body="""Hallo Herr Schäfer,

Familie Weller (Am Kirchberg 6, 66849 Landstuhl) hat sich bei uns gemeldet:
Während der Neueindeckung ist in der Nacht zum 08.06. die Abdeckplane
weggeweht, beim Gewitter lief Wasser ins Dachgeschoss. Betroffen sind das
Kinderzimmer (Laminat, Gipskarton, ein Kleiderschrank) und die Dämmung.
Verletzt wurde niemand.

Das ist ein klassischer Fall für Ihre Betriebshaftpflicht 21-117 550-2. Bitte
schildern Sie mir kurz, wie die Plane befestigt war und wer am Freitag die
Baustelle verlassen hat.

Unser Sachverständiger kommt am Montag, Herr Weller ist informiert.

Grüße
Sabine Kettering
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0153
mail(153, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "body says only 'AW: Beleg'; scanned statement as application/octet-stream PDF: bKV physiotherapy invoice with diagnosis of a named employee",
     frm='"PHG bKV-Leistung" <bkv-leistung@phg-versicherung.example>',
     to="Cem Ölmez <cem.oelmez@mailbox-pfalz.example>",
     subj="AW: Beleg", date="2026-06-12 07:55",
     body="""Hallo Herr Ölmez,

anbei wie gewünscht die Abrechnung als PDF.

Gruß
bKV-Leistung
""",
     att=[pdf("scan_20260612_0755.pdf", """# Leistungsabrechnung bKV
Versicherte Person: Cem Ölmez, geb. 21.11.1985, Autohaus Brill GmbH, KB 88-104 233
Rechnung Praxis Rückenwerk Physiotherapie vom 02.06.2026
Verordnung: 6 x Krankengymnastik, 6 x Wärmetherapie
Diagnose laut Verordnung: Lumbalgie bei Bandscheibenprotrusion L4/L5 (M51.2)
Rechnungsbetrag: 214,80 EUR
Erstattet aus Gesundheitsbudget 600: 214,80 EUR
Restbudget 2026: 0,00 EUR (Osteopathie im Februar bereits angerechnet)""",
               title="Scan", octet=True)])

# ---------------------------------------------------------------- d42-0154
mail(154, "NORMAL", "en", "insurer-to-partner",
     "trap: notes of a call with the reinsurer on cyber pricing for practices, frequencies and severities only",
     frm=F("lingenfelder"), to='"Julian Hart" <j.hart@rheinre.example>',
     cc=F("morgenstern"),
     subj="Notes - cyber pricing call 11 June", date="2026-06-12 11:30",
     body="""Hi Julian,

thanks for the call. My notes:

1. Frequency 2025 for medical/dental practices: 3.4 % (9 of 265 policies),
   craftsmen 1.2 %, hospitality 1.9 %.
2. Severity: median EUR 14,200, mean EUR 21,400; driver is forensics plus
   notification of patients under Art. 34 GDPR.
3. Rhein Re wants a sub-limit of EUR 50k for "notification and call centre"
   costs per loss for practices - we think EUR 75k is more realistic for a
   practice with 5,000+ patient files.
4. Offline backup as mandatory condition from 1 July: agreed.
5. Next step: we send the exposure list (policy count and sums insured per
   segment, no names) by 30 June.

Best
Marco
""" + "\n" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0155
mail(155, "CONFIDENTIAL", "en", "insurer-to-customer",
     "expat freelancer's cyber claim: laptop with client data stolen on a train, encrypted, policy and claim number, no health data",
     frm=F("lingenfelder"), to="Rahul Menon <rahul@menon-consulting.example>",
     subj="Cyber claim CY-2026-00093 - stolen laptop", date="2026-06-15 09:45",
     body="""Hi Rahul,

Lena passed your message to me since it's a cyber case (policy CY 29-011 305-0,
claim CY-2026-00093).

What I understood: your work laptop was stolen from the luggage rack on the
ICE to Frankfurt on 12 June. It contained source code and test data of your
bank client, but the disk was BitLocker-encrypted and the device was locked.

Good news: with full-disk encryption and no sign of access, this is most likely
not a notifiable data breach. We cover:
- replacement of the laptop (it's covered as "IT hardware" up to EUR 3,000)
- 3 hours of our forensic partner to document the encryption status for your
  client's compliance team

Please send me the police report number and the BitLocker recovery key ID
(just the ID, not the key!).

Marco
""" + "\n" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0156
mail(156, "NORMAL", "de", "insurer-to-prospect",
     "trap: bKV offer to a prospect GmbH with premium per headcount and budget tiers, no employee data, no existing contract",
     frm=F("weisbrod"), to='"Andreas Roos" <a.roos@kfz-technik-roos.example>',
     subj="Ihr Angebot betriebliche Krankenversicherung für 14 Mitarbeiter",
     date="2026-06-15 14:10",
     body="""Hallo Herr Roos,

danke für das nette Gespräch auf dem Tag der Ausbildung. Wie versprochen das
Angebot für Ihre Firma (Kfz-Technik Roos GmbH, 14 Mitarbeitende):

  Gesundheitsbudget 300:  14 x 14,90 EUR = 208,60 EUR monatlich
  Gesundheitsbudget 600:  14 x 27,40 EUR = 383,60 EUR monatlich
  Gesundheitsbudget 900:  14 x 39,80 EUR = 557,20 EUR monatlich

Der Beitrag ist bis 50 EUR pro Monat und Mitarbeiter als Sachbezug lohnsteuer-
und sozialversicherungsfrei. Keine Gesundheitsfragen, keine Wartezeiten.

Die Mitarbeiter können das Budget frei für Zahnersatz, Brillen, Heilpraktiker,
Vorsorge und Hörgeräte nutzen. Für die Anmeldung brauche ich später nur eine
Liste mit Namen und Geburtsdaten - bitte die dann aber übers Portal, nicht per Mail.

Beste Grüße
Jörg Weisbrod
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0157
mail(157, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "disability application of a sole-trader butcher: underwriting questions on hypertension, BMI, sleep apnoea",
     frm=F("brenneis"), to='"Bernd Gerlach" <kontakt@metzgerei-gerlach.example>',
     subj="Ihr BU-Antrag - Rückfragen zu Ihren Gesundheitsangaben", date="2026-06-16 10:25",
     body="""Guten Tag Herr Gerlach,

vielen Dank für Ihren Antrag auf eine Berufsunfähigkeitsversicherung. Bevor
wir entscheiden können, habe ich ein paar Rückfragen zu Ihren Angaben:

1. Bluthochdruck seit 2019: Welche Medikamente nehmen Sie (Name, Dosis)? Wie
   waren die letzten drei gemessenen Werte?
2. Sie haben 1,78 m und 112 kg angegeben. Hat Ihr Arzt Ihnen eine
   Gewichtsreduktion empfohlen oder wurden Blutzucker/Blutfette auffällig
   gemessen?
3. "Schlaflabor 2024" - wurde eine Schlafapnoe festgestellt? Nutzen Sie ein
   CPAP-Gerät und kommen Sie damit zurecht?
4. Rückenschmerzen 2023 (6 Wochen krankgeschrieben): Diagnose? Sind Sie seitdem
   beschwerdefrei?

Am einfachsten ist ein kurzer Bericht Ihres Hausarztes; die Kosten dafür
übernehmen wir. Bitte schicken Sie ihn per Post oder über das Portal.

Viele Grüße
Tobias Brenneis
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0158
mail(158, "NORMAL", "de", "internal",
     "trap: change notice for a new document template 'Arztanfrage' in the DMS with placeholder fields",
     frm=F("lingenfelder"), to='"Team Leistung Unfall/bKV" <team-leistung-uk@phg-versicherung.example>',
     subj="Change CHG-2026-0212: neue DMS-Vorlage \"Arztanfrage Unfall\" ab 22.06.",
     date="2026-06-16 16:00",
     body="""Hallo zusammen,

ab Montag, 22.06., steht im DMS die neue Vorlage "Arztanfrage Unfall (U-17)"
zur Verfügung. Die alte Vorlage U-12 wird deaktiviert.

Neu:
- Feld {{Schweigepflichtentbindung_Datum}} ist Pflicht - ohne Datum lässt sich
  die Anfrage nicht erzeugen
- Fragenkatalog wählbar: {{Fragen_Fraktur}}, {{Fragen_Verbrennung}},
  {{Fragen_Wirbelsaeule}}, {{Fragen_Hand}}
- Versand nur noch per Post oder KIM (Ärzte) - der Button "E-Mail" ist entfernt

Testfall im Schulungsmandanten: "Erika Musterfrau (Testperson)", Schaden
U-9999-00001.

Bei Problemen Ticket an IT-Service.

Marco
""")

# ---------------------------------------------------------------- d42-0159
mail(159, "CONFIDENTIAL", "de", "insurer-to-customer",
     "storm damage to a sole-trader nursery's greenhouse glass: owner named, contract and claim number, amounts",
     frm=F("kettering"), to='"Gärtnerei Blum" <info@gaertnerei-blum.example>',
     subj="Hagelschaden Gewächshaus - GL-2026-00410", date="2026-06-17 10:05",
     body="""Liebe Frau Blum,

das war ein heftiges Gewitter am Sonntag. Ich habe den Schaden zu Ihrer
Inhalts- und Glasversicherung IB 25-233 019-4 (gerade erst seit Mai bei uns -
gut, dass Sie da schon umgestellt hatten) angelegt: GL-2026-00410.

Nach Ihren Fotos sind im Gewächshaus 2 etwa 60 Scheiben Gartenbauglas
(4 mm, 73 x 143 cm) zerbrochen, dazu Pflanzenschäden bei den Geranien und
Tomatenjungpflanzen.

- Glas: Ersatz nach Rechnung des Glasers, Notabdeckung mit Folie auch
- Pflanzen: versichert als Vorräte zum Herstellungspreis, bitte eine Liste mit
  Stückzahl und Ihren Kosten je Sorte

Viele Grüße
Sabine Kettering
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0160
mail(160, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "tea room liability: named guest with coeliac disease claims gluten exposure from 'gluten-free' scones, gastroenterologist report",
     frm=F("morgenstern"), to="Emily Harper <emily@harpers-tearoom.example>",
     cc='"Thames Commercial Brokers Ltd" <placements@thames-commercial.example>',
     subj="Claim HP-2026-01044 - Mrs Weidmann, gluten-free scones", date="2026-06-18 11:15",
     body="""Dear Emily,

your first claim, I'm afraid (your broker is copied, as agreed).

Mrs Carola Weidmann has coeliac disease (K90.0) - she says she told you so when
she ordered. On 6 June she ate two scones from your "gluten-free" range. She had
severe abdominal pain, diarrhoea and vomiting the same evening, and her
gastroenterologist's letter says her tissue transglutaminase antibodies rose
sharply in the follow-up blood test, "consistent with significant gluten
exposure". She was on sick leave for 9 days.

She claims pain and suffering and loss of earnings (about EUR 1,400).

Please send me:
- the recipe and the supplier of the gluten-free flour (batch number if possible)
- how you separate gluten-free baking in your kitchen
- your allergen information sheet as displayed on 6 June

Kind regards
Lena
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0161
mail(161, "NORMAL", "en", "insurer-to-supplier",
     "trap: penetration test summary of the customer portal with vulnerability counts, upload area for medical documents named, no personal data",
     frm=F("lingenfelder"), to='"Redpoint Security - Project Team" <projects@redpoint-sec.example>',
     subj="RE: Pentest PHG portal - management summary, retest dates", date="2026-06-18 16:20",
     body="""Hi Sam,

thanks for the management summary. Confirming the figures for our board memo:

  critical: 0
  high:     2  (IDOR on /upload/belege - document IDs guessable; missing rate
              limit on password reset)
  medium:   5
  low:      9

The IDOR finding is our priority because the upload area is where customers
submit invoices, doctors' reports and claim photos. Your test accounts only
contained dummy files ("Testbeleg.pdf"), so no real customer data was accessed -
please confirm that in the final report as well.

Retest: 6-7 July. Please send the final report encrypted.

Marco
""" + "\n" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0162
mail(162, "CONFIDENTIAL", "de", "insurer-to-broker",
     "claims status for a broker's client (hotel GbR of a named couple): claim numbers, amounts, only property and liability without injuries",
     frm=F("kettering"), to='"Jürgen Hauck" <j.hauck@hauck-makler.example>',
     subj="AW: Schadenübersicht Emrich für Jahresgespräch", date="2026-06-19 09:30",
     reply="<b2201.jh@hauck-makler.example>",
     body="""Hallo Herr Hauck,

gern, hier die Sachschäden Ihrer Kunden Karin und Michael Emrich (Hotel Zum
Pfälzer Hof) der letzten 3 Jahre. Den Personenschaden von der Hochzeit im April
lasse ich bewusst weg, dazu sprechen wir lieber persönlich.

Schaden          Datum       Sparte        Ursache                 Zahlung/Reserve
IS-2024-00811    03.07.24    Inhalt        Leitungswasser Keller        3.912 EUR
BH-2025-01230    17.02.25    Haftpflicht   Mantel eines Gastes beschädigt 280 EUR
GS-2025-00544    22.06.25    Gebäude       Sturm, Dachfenster           1.760 EUR
BH-2026-01811    14.03.26    Haftpflicht   Diebstahl Gästezimmer        offen 4.100 EUR

Gruß
Sabine Kettering

> Hallo Frau Kettering, ich habe am 25.06. das Jahresgespräch mit den Emrichs.
> Können Sie mir eine Schadenübersicht schicken? Danke, J. Hauck
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0163
mail(163, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "nursery owner's own accident insurance: anaphylaxis after a wasp sting, emergency treatment, benefit declined (not an accident under AUB)",
     frm=F("hoffstadt"), to="Renate Blum <info@gaertnerei-blum.example>",
     subj="Ihre Unfallmeldung vom 15.06. - Wespenstich", date="2026-06-19 14:00",
     body="""Liebe Frau Blum,

zuerst: Gut, dass der Rettungsdienst so schnell bei Ihnen war.

Sie haben uns den Wespenstich beim Umtopfen am 13.06. gemeldet. Laut Notarzt-
protokoll und Entlassbericht hatten Sie eine allergische Reaktion Grad III
(anaphylaktischer Schock, T63.4) mit Kreislaufstillstand-Gefahr, Behandlung mit
Adrenalin und Cortison, eine Nacht auf der Intensivstation in Kaiserslautern.

Leider muss ich Ihnen mitteilen, dass wir aus Ihrer Unfallversicherung keine
Leistung erbringen können: Nach Ziffer 5.2.4 der Bedingungen sind
Infektionen und allergische Reaktionen durch Insektenstiche keine Unfallfolge
im Sinne des Vertrags. Ihr Tarif enthält den Zusatzbaustein "Insektenstiche"
nicht.

Ich weiß, dass das enttäuschend ist. Den Baustein können Sie ab sofort für
2,10 EUR monatlich einschließen - für künftige Fälle. Ihre Allergologin wird
Ihnen sicher auch eine Hyposensibilisierung empfehlen.

Herzliche Grüße
Melanie Hoffstadt
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0164
mail(164, "NORMAL", "de", "newsletter",
     "trap: customer magazine teaser (text and HTML) on cyber checks, back-friendly workplaces and company pensions, no persons",
     frm='"PHG Kundenmagazin" <magazin@phg-versicherung.example>',
     to='"Gewerbekunden" <verteiler-gewerbe@phg-versicherung.example>',
     subj="PHG aktuell Sommer 2026: Cyber-Check, Rückenfit im Handwerk, bAV für Azubis",
     date="2026-06-22 07:00",
     body="""PHG aktuell - Sommer 2026

1. Cyber-Check in 15 Minuten: Unser Online-Fragebogen zeigt, wo Ihr Betrieb
   verwundbar ist. Mit Rabatt-Gutschein.
2. Rückenfit im Handwerk: Physiotherapeut Jan Petri zeigt fünf Übungen für die
   Mittagspause - als Poster zum Download.
3. bAV schon für Azubis? Warum sich 20 EUR im Monat lohnen und was der
   Arbeitgeberzuschuss bringt.
4. Termine: Löschtraining, Tag der Ausbildung, Expat-Meetup.

Online lesen: https://www.phg-versicherung.example/magazin/2026-sommer
Abmelden: https://www.phg-versicherung.example/abmelden
""",
     html="""<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#7a1f1f">PHG aktuell &ndash; Sommer 2026</h1>
<h3>1. Cyber-Check in 15 Minuten</h3><p>Unser Online-Fragebogen zeigt, wo Ihr Betrieb verwundbar ist. Mit Rabatt-Gutschein.</p>
<h3>2. Rückenfit im Handwerk</h3><p>Physiotherapeut Jan Petri zeigt fünf Übungen für die Mittagspause &ndash; als Poster zum Download.</p>
<h3>3. bAV schon für Azubis?</h3><p>Warum sich 20 EUR im Monat lohnen und was der Arbeitgeberzuschuss bringt.</p>
<h3>4. Termine</h3><p>Löschtraining, Tag der Ausbildung, Expat-Meetup.</p>
<p><a href="https://www.phg-versicherung.example/magazin/2026-sommer">Online lesen</a> |
<a href="https://www.phg-versicherung.example/abmelden">Abmelden</a></p>
</body></html>
""")

# ---------------------------------------------------------------- d42-0165
mail(165, "CONFIDENTIAL", "en", "insurer-to-customer",
     "cyber claim at a campsite run by a Dutch couple: booking system breach, guests' names, addresses and card data affected, no health data",
     frm=F("lingenfelder"), to='"Bram Visser" <bram@camping-gelterswoog.example>',
     cc='"Anouk Visser" <anouk@camping-gelterswoog.example>',
     subj="Cyber claim CY-2026-00101 - booking system", date="2026-06-23 10:10",
     body="""Dear Mr and Mrs Visser,

summary of this morning's call about your cyber policy CY 29-014 660-3:

- Your booking software provider informed you on 21 June that an attacker had
  access to its database between 2 and 19 June.
- Affected for your campsite: about 1,150 bookings from 2024-2026 with guests'
  names, addresses, e-mail addresses, licence plates and, for 212 bookings,
  the last four digits of credit cards. No passport scans are stored.
- As controller you must notify the data protection authority (Rhineland-
  Palatinate) within 72 hours - our lawyers will prepare the notification
  today for your signature.

Covered: legal advice, notification letters to guests (German, Dutch, English),
and a call centre if needed.

Please don't send us the guest list by e-mail; the forensic team will get it
directly from the software provider.

Marco Lingenfelder
""" + "\n" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0166
mail(166, "NORMAL", "de", "insurer-to-supplier",
     "trap: framework order for telephone interpreters (Turkish, Polish, Arabic) for claims calls incl. medical topics, no cases",
     frm=F("adam"), to='"DolmetschTelefon Süd GmbH" <vertrieb@dolmetschtelefon-sued.example>',
     subj="Rahmenvertrag Telefondolmetschen 2026/27 - Zuschlag", date="2026-06-24 11:00",
     body="""Sehr geehrte Frau Ayhan,

wir freuen uns, Ihnen den Zuschlag für den Rahmenvertrag Telefondolmetschen
(Ausschreibung EK-2026-09) zu erteilen.

Eckdaten:
- Sprachen: Türkisch, Polnisch, Arabisch, Rumänisch, Ukrainisch, Russisch
- Einsatz: Schadenmeldungen und Leistungsgespräche, auch mit medizinischen
  Inhalten (Verletzungen, Behandlungen) - daher Verpflichtung aller Dolmetscher
  auf Vertraulichkeit und Einsatz nur ohne Gesprächsaufzeichnung
- Preis: 1,45 EUR/Minute, Mindestabrechnung 5 Minuten
- Laufzeit: 01.07.2026-30.06.2027, Verlängerungsoption 1 Jahr

Die Auftragsverarbeitungsvereinbarung und die Verpflichtung nach § 203 Abs. 4
StGB schicken wir Ihnen zur Unterschrift per Post.

Mit freundlichen Grüßen
Kai Adam
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0167
mail(167, "STRICTLY_CONFIDENTIAL", "de", "internal",
     "HTML-only weekly report of open bodily-injury claims with names, injuries and reserves for the claims manager",
     frm=F("kettering"), to='"Leitung Schaden" <leitung-schaden@phg-versicherung.example>',
     subj="Wochenbericht offene Personenschäden KW 26", date="2026-06-26 15:30",
     html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hallo Herr Zapp,</p>
<p>hier die offenen Personenschäden über 5.000 EUR Reserve, Stand Freitag:</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Schaden</th><th>VN</th><th>Geschädigte/r</th><th>Verletzung</th><th>Reserve</th><th>Stand</th></tr>
<tr><td>HP-2026-00207</td><td>Copper Kettle</td><td>Renate Schnell</td><td>Radiusfraktur li., OP</td><td>18.000</td><td>Vergleich angeboten</td></tr>
<tr><td>HP-2026-00331</td><td>Copper Kettle</td><td>Torsten Kaltenbach</td><td>Anaphylaxie, Intensiv</td><td>9.000</td><td>Gutachten Allergologie</td></tr>
<tr><td>BH-2026-02410</td><td>Emrich GbR</td><td>11 Hochzeitsgäste</td><td>Salmonellose, 1x Nierenversagen</td><td>45.000</td><td>Einzelprüfung</td></tr>
<tr><td>KF-2026-00702</td><td>Hörner Bau</td><td>Lea Kämmerer</td><td>HWS Grad II, Parästhesien</td><td>8.500</td><td>Gutachten beauftragt</td></tr>
<tr><td>HP-2026-00612</td><td>Camping Visser</td><td>Emma Schuster (8)</td><td>Unterarmfraktur</td><td>6.000</td><td>Prüfprotokolle angefordert</td></tr>
</table>
<p>Gruß<br>Sabine Kettering</p>
</body></html>
""")

# ---------------------------------------------------------------- d42-0168
mail(168, "CONFIDENTIAL", "de", "insurer-to-customer",
     "annual premium statement for a sole-trader hairdresser with her business IBAN (text and HTML alternative)",
     frm=F("schowalter"), to="Sandra Becker <sandra@haarwerk-kusel.example>",
     subj="Ihre Beitragsübersicht 2. Halbjahr 2026", date="2026-06-29 08:00",
     body="""Sehr geehrte Frau Becker,

hier Ihre Beitragsübersicht für das 2. Halbjahr 2026:

  Inhaltsversicherung Salon + Betriebshaftpflicht 21-552 307-0    318,40 EUR
  Berufsunfähigkeitsversicherung                                   (gesondert, siehe BU-Vertrag)
  Rechtsschutz Firma                                               142,10 EUR
  gesamt                                                           460,50 EUR

Abbuchung am 01.07.2026 von Ihrem Konto DE86 5405 1550 0940 0429 55.

Mit freundlichen Grüßen
Petra Schowalter
""",
     html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrte Frau Becker,</p>
<p>hier Ihre Beitragsübersicht für das 2. Halbjahr 2026:</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><td>Inhaltsversicherung Salon + Betriebshaftpflicht 21-552 307-0</td><td align="right">318,40 EUR</td></tr>
<tr><td>Berufsunfähigkeitsversicherung</td><td align="right">gesondert, siehe BU-Vertrag</td></tr>
<tr><td>Rechtsschutz Firma</td><td align="right">142,10 EUR</td></tr>
<tr><td><b>gesamt</b></td><td align="right"><b>460,50 EUR</b></td></tr>
</table>
<p>Abbuchung am 01.07.2026 von Ihrem Konto DE86 5405 1550 0940 0429 55.</p>
<p>Mit freundlichen Grüßen<br>Petra Schowalter</p>
</body></html>
""")

# ---------------------------------------------------------------- d42-0169
mail(169, "NORMAL", "en", "internal",
     "trap: visitor registration for a reinsurer delegation, business contacts' names only",
     frm=F("morgenstern"), to='"Empfang" <empfang@phg-versicherung.example>',
     subj="Visitors 2 July - Rhein Re delegation (4 persons)", date="2026-06-30 10:00",
     body="""Hi reception team,

on Thursday, 2 July, we expect four visitors from Rhein Re (treaty
underwriting), arriving about 9:30:

  Julian Hart
  Dr. Miriam Okafor
  Stefan Vogt
  Chloe Bernard

Please prepare visitor badges, reserve 3 parking spaces in the courtyard and
book room "Lauter" from 10:00 to 16:00 with lunch for 8 (one vegetarian).
WiFi guest access for the day would be great.

Thanks!
Lena
""")

# ---------------------------------------------------------------- d42-0170
mail(170, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "underwriting decision for the butcher's disability cover: surcharge for hypertension and obstructive sleep apnoea",
     frm=F("brenneis"), to='"Bernd Gerlach" <kontakt@metzgerei-gerlach.example>',
     subj="Ihr BU-Antrag - Annahme mit Beitragszuschlag", date="2026-07-01 11:40",
     body="""Guten Tag Herr Gerlach,

vielen Dank für den Bericht Ihres Hausarztes. Die Prüfung ist abgeschlossen.

Befunde laut Bericht: arterielle Hypertonie (I10.90), gut eingestellt mit
Ramipril 5 mg und Amlodipin 5 mg; obstruktive Schlafapnoe (G47.31) mit
CPAP-Therapie, gute Compliance; BMI 35,3. Die Rückenschmerzen 2023 waren eine
Lumbalgie ohne Bandscheibenbeteiligung und sind ausgeheilt.

Wir können Ihnen den Vertrag wie beantragt anbieten (BU-Rente 2.000 EUR,
Endalter 65), allerdings mit einem Risikozuschlag von 25 % auf den Beitrag:
132,40 EUR statt 105,90 EUR monatlich. Einen Ausschluss vereinbaren wir nicht.

Wenn Sie in zwei Jahren einen BMI unter 30 nachweisen, prüfen wir den
Zuschlag gern erneut.

Viele Grüße
Tobias Brenneis
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0171
mail(171, "NORMAL", "de", "internal",
     "trap: training slides on checking payroll declarations with a fictitious company and employees A/B/C with invented salaries",
     frm=F("schowalter"), to='"Team Beitrag" <team-beitrag@phg-versicherung.example>',
     subj="Schulung Lohnsummenprüfung - Folien für Mittwoch", date="2026-07-01 15:10",
     body="""Hallo Team,

für die Schulung am Mittwoch anbei die Folien (PDF). Alle Beispiele sind erfunden.

Petra
""",
     att=[pdf("Schulung_Lohnsummenpruefung.pdf", """# Lohnsummenmeldungen richtig prüfen
Beispielbetrieb: Musterbau GmbH (fiktiv), Betriebshaftpflicht Nr. 21-000 000-0

Folie 1: Was gehört zur Lohnsumme?
Bruttolöhne und -gehälter inkl. Sonderzahlungen, ohne Arbeitgeberanteile zur SV.
Aushilfen und Minijobber zählen mit. Auszubildende nach Bedingungen mit 50 %.

Folie 2: Beispielrechnung (erfundene Werte)
Mitarbeiter A (Geselle):    42.000 EUR
Mitarbeiter B (Geselle):    39.500 EUR
Mitarbeiter C (Azubi):      11.400 EUR -> zählt mit 5.700 EUR
Büro (Teilzeit):            18.000 EUR
Lohnsumme gesamt:          105.200 EUR

Folie 3: Plausibilität
Lohnsumme je Kopf unter 20.000 EUR bei Vollzeit? Nachfragen!
Abweichung zum Vorjahr über 25 %? Nachfragen!

Folie 4: Datenschutz
Kunden schicken manchmal Lohnlisten mit Namen. Diese nicht weiterleiten,
nur die Summe übernehmen, Liste im DMS als "vertraulich" ablegen.""")])

# ---------------------------------------------------------------- d42-0172
mail(172, "CONFIDENTIAL", "en", "insurer-to-customer",
     "yoga teacher's equipment cover: her quoted mail gives an IBAN with a typo (invalid checksum), staff asks for correction",
     frm=F("schowalter"), to="Olivia Grant <hello@olivia-grant-yoga.example>",
     subj="RE: bank details for the studio equipment cover", date="2026-07-02 09:20",
     reply="<CAG91olivia@mail.example>",
     body="""Dear Ms Grant,

thank you. Unfortunately our system rejects the IBAN you sent - the check
digits don't match, so there is probably a typo (maybe in the last two digits?).
Could you please copy it directly from your online banking and send it again?
The equipment cover (IB 25-301 772-8, sum insured EUR 6,500) is already
active; only the first premium of EUR 58.30 is still open.

Kind regards
Petra Schowalter
Premium accounts, commercial lines

> From: Olivia Grant <hello@olivia-grant-yoga.example>
> Sent: 1 July 2026 21:47
> Subject: bank details for the studio equipment cover
>
> Hi, here are my bank details for the new equipment insurance:
> Olivia Grant, Sparkasse
> DE30 5505 0120 3734 6164 58
> Thanks! Olivia
""" + "\n" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0173
mail(173, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "group accident: no invalidity for the construction employee's whiplash injury due to degenerative changes, medical reasoning",
     frm=F("hoffstadt"), to='"Fuhrpark Hörner Bau" <fuhrpark@hoerner-bau.example>',
     cc="Dragan Ilić <dragan.ilic@mailbox-pfalz.example>",
     subj="Gruppenunfall 44-029 774 - Herr Ilić, Unfall 06.03.2026", date="2026-07-03 10:30",
     body="""Sehr geehrte Frau Reis, sehr geehrter Herr Ilić,

Herr Ilić hat uns gebeten, Sie beide zu informieren.

Nach dem Gutachten von Dr. Albrecht vom 22.06. bestehen bei Herrn Ilić
weiterhin Nackenschmerzen mit Bewegungseinschränkung der Halswirbelsäule.
Das MRT zeigt aber ausgeprägte degenerative Veränderungen (Osteochondrose
C5/C6, M50.3), die schon vor dem Unfall bestanden. Die unfallbedingte
HWS-Distorsion (S13.4) ist nach Einschätzung des Gutachters folgenlos
ausgeheilt.

Eine Invaliditätsleistung können wir deshalb nicht erbringen. Das bereits
gezahlte Krankenhaustagegeld (1 Tag) bleibt davon unberührt.

Herr Ilić, wenn Sie mit der Entscheidung nicht einverstanden sind, können Sie
innerhalb von sechs Monaten ein Ärzteverfahren verlangen oder sich an den
Versicherungsombudsmann wenden.

Mit freundlichen Grüßen
Melanie Hoffstadt
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0174
mail(174, "NORMAL", "de", "newsletter",
     "trap: invitation of the mutual association's members' assembly, agenda with annual figures, no individual data",
     frm='"PHG Vorstand" <vorstand@phg-versicherung.example>',
     to='"Mitgliedervertreter" <mitgliedervertreter@phg-versicherung.example>',
     subj="Einladung zur ordentlichen Mitgliedervertreterversammlung am 18. September 2026",
     date="2026-07-06 08:00",
     body="""Sehr geehrte Mitgliedervertreterinnen und Mitgliedervertreter,

gemäß § 14 der Satzung laden wir Sie zur ordentlichen Mitgliedervertreter-
versammlung der Pfälzer Handwerk & Gewerbe Versicherung VVaG ein:

  Freitag, 18. September 2026, 15:00 Uhr
  Fruchthalle Kaiserslautern, Großer Saal

Tagesordnung
1. Bericht des Vorstands über das Geschäftsjahr 2025
   (Beitragseinnahmen 148,2 Mio. EUR, Schadenquote 68,4 %)
2. Bericht des Aufsichtsrats
3. Feststellung des Jahresabschlusses, Überschussverwendung
   (Beitragsrückerstattung an Mitglieder 4,1 Mio. EUR)
4. Entlastung von Vorstand und Aufsichtsrat
5. Wahlen zum Aufsichtsrat
6. Satzungsänderung § 9 (digitale Teilnahme)
7. Verschiedenes

Der Geschäftsbericht steht ab 1. September online.

Mit freundlichen Grüßen
Gerhard Mattern, Dr. Ines Roth
Vorstand

""" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0175
mail(175, "CONFIDENTIAL", "de", "insurer-to-lawyer",
     "burst pipe in a law firm's office: files damaged, partner named, contract and claim number, deliberately no client data",
     frm=F("kettering"), to='"Dr. Christine Hartung" <hartung@kanzlei-hartung-nguyen.example>',
     subj="Leitungswasserschaden Kanzlei - IS-2026-02133", date="2026-07-07 13:20",
     body="""Sehr geehrte Frau Dr. Hartung,

zum Leitungswasserschaden vom Wochenende in Ihrem Aktenraum (Büroinhaltsversicherung
IB 25-199 046-1, Schaden IS-2026-02133):

- Nass geworden sind laut Ihrer Meldung ca. 40 laufende Meter Papierakten im
  unteren Regalbereich. Die Gefriertrocknung durch die Firma Belfor ist
  freigegeben, die Kosten übernehmen wir (Wiederherstellung von Akten).
- Bitte schicken Sie uns KEINE Aktenverzeichnisse mit Mandantennamen. Für die
  Abrechnung genügt die Anzahl der Akten bzw. laufende Meter und Belfors
  Auftragsbestätigung.
- Der Teppichboden und zwei Rollcontainer werden nach Kostenvoranschlag ersetzt.

Mit freundlichen Grüßen
Sabine Kettering
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0176
mail(176, "NORMAL", "en", "insurer-to-supplier",
     "trap: payment advice to the Dutch banner supplier, company IBAN and invoice numbers only",
     frm=F("adam"), to='"De Vries Promotie B.V." <facturen@devries-promotie.example>',
     subj="Payment advice - corrected invoice 2026-0087-C", date="2026-07-08 09:00",
     body="""Dear accounts team,

we have today paid your corrected invoice 2026-0087-C (12 roll-up banners,
EUR 1,128.40 incl. shipping, reverse charge) to

  De Vries Promotie B.V.
  NL04 RABO 4874 0802 33

Reference: PO-4500018823. We have also ordered 6 further banners for the
autumn fairs under PO-4500020017 - please invoice those separately.

Regarding your question about the display stand in Kaiserslautern: that is
handled by our claims department and your liability insurer, so please do not
include it in any invoice correspondence.

Best regards
Kai Adam
""" + "\n" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0177
mail(177, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "expat freelancer's accident claim follow-up: plate removal surgery, restricted shoulder movement, physiotherapy",
     frm=F("morgenstern"), to="Rahul Menon <rahul@menon-consulting.example>",
     subj="RE: plate removal - accident claim U-2026-00502", date="2026-07-09 10:30",
     reply="<CAF7q1@mail.menon-consulting.example>",
     body="""Hi Rahul,

glad to hear the bone has healed. Regarding your questions:

1. The plate removal on 28 July (day surgery) is a consequence of the accident,
   so we pay the daily hospital allowance if you stay overnight - for day
   surgery there's no allowance, sorry.
2. You wrote that lifting your right arm above shoulder height still hurts and
   that your physiotherapist measured 150° instead of 180° abduction. That's
   exactly what we'll look at for a possible disability benefit - but only
   after 11 February 2027 (one year after the accident). Please keep the
   physio reports.
3. The 20 physiotherapy sessions are paid by your health insurer; the accident
   policy doesn't reimburse treatment costs.

Good luck on the 28th!
Lena
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0178
mail(178, "CONFIDENTIAL", "en", "insurer-to-customer",
     "burglary at a British owner's tea room (sole trader): contents claim, stolen items and cash, police reference, nobody hurt",
     frm=F("morgenstern"), to="Emily Harper <emily@harpers-tearoom.example>",
     subj="Break-in at the tea room - claim IS-2026-02290", date="2026-07-10 11:05",
     body="""Dear Emily,

what a week - first the scones, now a break-in. I'm glad you weren't there.

Claim IS-2026-02290 under your contents policy IB 25-277 504-2:
- back door forced in the night of 8/9 July (police ref. 0311-2026-019944)
- stolen: espresso machine (La Marzocco, bought 2024 for EUR 4,900), the tip jar
  (approx. EUR 120) and 14 boxes of loose-leaf tea
- damage to the door and frame

Your policy pays the replacement value of the machine, cash up to EUR 500 if it
was locked away - the tip jar on the counter unfortunately isn't covered.

Please send me the invoice for the machine and the carpenter's quote for the
door.

Best,
Lena
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0179
mail(179, "NORMAL", "de", "internal",
     "trap: internal announcement of winning the guild's apprentice group accident tender, numbers and benefits only",
     frm=F("weisbrod"), to='"Alle Mitarbeitenden" <alle@phg-versicherung.example>',
     subj="Zuschlag! Gruppenunfall für 1.850 Azubis der Kreishandwerkerschaft",
     date="2026-07-10 16:00",
     body="""Liebe Kolleginnen und Kollegen,

wir haben den Zuschlag für die Gruppenunfallversicherung der Auszubildenden in
den Mitgliedsbetrieben der Kreishandwerkerschaft Westpfalz erhalten!

- ca. 1.850 versicherte Azubis in 640 Betrieben
- Beginn 01.09.2026, Laufzeit 3 Jahre
- Invaliditätsgrundsumme 100.000 EUR mit Progression 350 %,
  Krankenhaustagegeld, kosmetische OPs, Bergungskosten

Danke an alle, die an der Ausschreibung mitgearbeitet haben - besonders an das
Team Leistung für die Kalkulation der Schadenerwartung und an Stefan für das
Präventionskonzept.

Die Betriebe melden ihre Azubis ab August über das Portal. Bitte keine
Anmeldelisten per Mail annehmen, sondern freundlich aufs Portal verweisen.

Sekt gibt es am Freitag um 15 Uhr in der Kantine!
Jörg
""")

# ---------------------------------------------------------------- d42-0180
mail(180, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "harmless body; ZIP with an electrician apprentice's D-doctor report (wrist fracture after scaffold fall) and an invoice list",
     frm=F("hoffstadt"), to="Markus Kuhn <info@elektro-kuhn-rockenhausen.example>",
     subj="Unterlagen zur Unfallmeldung Azubi - bitte prüfen", date="2026-07-13 08:45",
     body="""Hallo Herr Kuhn,

anbei die Unterlagen, die uns zum Unfall Ihres Azubis vorliegen. Sie hatten
gefragt, was wir schon haben - bitte prüfen, ob etwas fehlt (Passwort wie immer).

Gruß
Melanie Hoffstadt
""" + "\n" + FOOTER_DE,
     att=[zipf("U-2026-01788_Unterlagen.zip", [
         pdf("D-Arzt-Bericht_Ritter.pdf", """# Durchgangsarztbericht (Auszug, Kopie)
Versicherter: Jonas Ritter, geb. 02.03.2008, Auszubildender Elektroniker
Arbeitgeber: Elektro Kuhn, Inh. Markus Kuhn, Rockenhausen
Unfalltag: 07.07.2026, 10:40 Uhr, Sturz vom Rollgerüst (ca. 1,80 m) auf Baustelle
Befund: Schwellung und Druckschmerz distaler Unterarm rechts, Röntgen:
distale Radiusfraktur rechts, nicht disloziert (S52.50)
Therapie: Unterarmgips für 5 Wochen, Analgesie mit Ibuprofen 600 mg
Arbeitsunfähig voraussichtlich bis 14.08.2026
Dr. med. K. Herzog, Durchgangsarzt, Kaiserslautern"""),
         csvf("Belege_U-2026-01788.csv", """Datum;Beleg;Betrag
07.07.2026;Notaufnahme Westpfalz-Klinikum (an BG);0,00
09.07.2026;Apotheke Zuzahlung Ibuprofen;5,00
14.07.2026;Taxi Kontrolle Gips;23,40
""")])])

# ---------------------------------------------------------------- d42-0181
mail(181, "NORMAL", "de", "newsletter",
     "trap: prevention leaflet for medical and dental practices on water damage, generic building damage at practices, no persons",
     frm=F("gebhardt"), to='"Arzt- und Zahnarztpraxen" <verteiler-praxen@phg-versicherung.example>',
     subj="Praxis-Tipp: Wasserschäden - warum ein Rohrbruch Ihre Praxis eine Woche kostet",
     date="2026-07-14 07:30",
     body="""Liebe Praxisinhaberinnen und Praxisinhaber,

in den letzten zwölf Monaten haben wir 41 Wasserschäden in Arzt-, Zahnarzt- und
Physiotherapiepraxen reguliert. Im Schnitt blieb eine betroffene Praxis 5,5
Tage geschlossen; besonders teuer sind Schäden an Behandlungseinheiten,
Röntgentechnik und Sterilisationsräumen.

Unsere Tipps:
- Wasserstopp-Ventil an Sterilisator, Thermodesinfektor und Behandlungseinheiten
- Leckagesensoren unter Spülen und im Technikraum (für PHG-Kunden kostenlos,
  solange der Vorrat reicht)
- Hauptwasserhahn über Nacht und am Wochenende schließen (Zeitschaltventil)
- Papierakten nicht auf dem Boden lagern

Für Praxen in Mietobjekten: Klären Sie mit dem Vermieter, wer für die
Leitungen zuständig ist, und prüfen Sie, ob Ihre Betriebsunterbrechung auch
bei Schäden aus Nachbarwohnungen zahlt.

Ihre PHG-Risikoberatung

""" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0182
mail(182, "CONFIDENTIAL", "de", "insurer-to-company",
     "theft of an excavator from a construction GmbH's site: machine data, contact person named, claim number",
     frm=F("kettering"), to='"Gerd Hörner" <g.hoerner@hoerner-bau.example>',
     subj="Diebstahl Minibagger Baustelle Kusel - Maschinenversicherung MV 33-018 402",
     date="2026-07-15 10:30",
     body="""Sehr geehrter Herr Hörner,

zum Diebstahl in der Nacht zum 13.07. auf der Baustelle Neubaugebiet
"Am Remigiusberg", Kusel, habe ich den Schaden MS-2026-00287 angelegt.

Gestohlen: Minibagger Kubota KX030-4, Baujahr 2021, Seriennummer 31118,
mit Tieflöffel und Grabenräumlöffel. Der Bagger war laut Ihrer Meldung mit
Wegfahrsperre gesichert und auf dem umzäunten Lagerplatz abgestellt.

Versichert ist der Zeitwert; unser Sachverständiger schätzt ihn auf ca.
29.500 EUR. Bitte reichen Sie die Anzeige (Polizei Kusel) und die beiden
Schlüssel ein. Falls der GPS-Tracker noch Daten liefert, geben Sie diese bitte
direkt an die Polizei.

Mit freundlichen Grüßen
Sabine Kettering
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0183
mail(183, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "hotelier's own accident insurance: fall down the cellar stairs, femoral neck fracture S72.0, hip replacement, rehab",
     frm=F("hoffstadt"), to='"Michael Emrich" <m.emrich@pfaelzer-hof-badduerkheim.example>',
     subj="Ihre Unfallversicherung UV 60-388 214 - Sturz am 02.07.", date="2026-07-16 09:10",
     body="""Sehr geehrter Herr Emrich,

Ihre Frau hat uns den Unfall gemeldet - wir wünschen Ihnen gute Besserung!

Wir haben den Sturz auf der Kellertreppe des Hotels am 02.07. unter
U-2026-01893 aufgenommen. Nach dem Entlassbericht des Krankenhauses Bad
Dürkheim:
- Schenkelhalsfraktur rechts (S72.0), Versorgung mit Hüft-Totalendoprothese
  am 03.07.
- stationär bis 10.07., anschließend Anschlussheilbehandlung in der
  Reha-Klinik Bad Bergzabern (voraussichtlich bis 31.07.)

Leistungen:
- Krankenhaustagegeld 50 EUR x 8 Tage = 400 EUR
- Reha-Tagegeld nach Ihrem Tarif 30 EUR je Tag
- Unfall-Soforthilfe bei Oberschenkelhalsbruch: 2.000 EUR
- Invalidität: nach einem Jahr zu prüfen; bei einer Endoprothese wird in der
  Regel mindestens ein Teilwert des Beines angesetzt

Bitte schicken Sie uns den Reha-Entlassbericht, sobald er vorliegt.

Mit freundlichen Grüßen
Melanie Hoffstadt
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0184
mail(184, "NORMAL", "en", "newsletter",
     "trap: English summer-heat tips for restaurant kitchens, heat stroke symptoms and first aid described generically",
     frm='"PHG International Desk" <international@phg-versicherung.example>',
     to='"Hospitality customers (EN)" <intl-hospitality@phg-versicherung.example>',
     subj="Heatwave ahead: protect your kitchen staff (and your cold room)",
     date="2026-07-17 07:15",
     body="""Dear restaurant and café owners,

the weather service expects temperatures above 35 °C next week. In a kitchen
that can mean 45 °C at the stove.

For your staff:
- Offer free drinks and extra breaks; schedule prep work for the morning.
- Know the signs of heat exhaustion and heat stroke: headache, dizziness,
  nausea, confusion, hot dry skin. Heat stroke is an emergency - call 112,
  cool the person down, don't give them anything to drink if they are confused.
- Young workers and apprentices under 18 have special protection rules.

For your business:
- Cold rooms and freezers work harder - check the door seals and clean the
  condenser. Spoiled food after a compressor failure is only covered if you
  have the "spoilage" add-on.
- Keep the cold-room temperature log; we will ask for it after a claim.

Stay cool!
PHG International Desk

""" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0185
mail(185, "CONFIDENTIAL", "de", "insurer-to-customer",
     "attachment-only: a butcher's payroll declaration as ODS with named employees and their annual salaries (commercial liability)",
     frm=F("schowalter"), to='"Metzgerei Gerlach" <kontakt@metzgerei-gerlach.example>',
     subj="Ihre Lohnsummenmeldung - Rückfrage zur Tabelle", date="2026-07-20 10:00",
     body="""Hallo Herr Gerlach,

danke für die Meldung. Die Tabelle Ihres Steuerbüros ist angekommen, ich habe
sie mit meiner Rückfrage zurückgeschickt (Kommentar in Zeile 7). Die Summe für
die Betriebshaftpflicht übernehme ich, sobald das geklärt ist.

Gruß
Petra Schowalter
""" + "\n" + FOOTER_DE,
     att=[ods("Lohnsumme_2025_Metzgerei_Gerlach.ods", [
         ["Name", "Funktion", "Brutto 2025 EUR", "Bemerkung"],
         ["Sascha Klinger", "Fleischer", 38412.00, ""],
         ["Petra Gerlach", "Verkauf (Ehefrau)", 24000.00, "mitarbeitende Ehefrau"],
         ["Anja Wolf", "Verkauf", 29880.50, ""],
         ["Yusuf Demirci", "Fleischer", 36750.00, ""],
         ["Leonie Haas", "Auszubildende", 11640.00, "zählt zu 50 %"],
         ["Summe", "", 140682.50, "Rückfrage PHG: Aushilfen (Minijob) fehlen?"],
     ], sheet="Lohnsumme 2025")])

# ---------------------------------------------------------------- d42-0186
mail(186, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
     "attachment-only: bAV (life line) list for a US-owned IT firm with employees' names, birth dates, salary conversion and policy numbers",
     frm=F("brenneis"), to='"HR Brightline Software" <hr@brightline-software.example>',
     subj="Company pension - annual reconciliation 2026", date="2026-07-21 11:30",
     body="""Dear Ms Price,

please find attached the annual reconciliation of the direct insurance
contracts. Could you compare the monthly amounts with your payroll and let me
know about any differences by 15 August?

Kind regards
Tobias Brenneis
""" + SIG("brenneis", en=True),
     att=[xlsx("Brightline_bAV_reconciliation_2026.xlsx", [
         ("Contracts", [
             ["Policy", "Employee", "Date of birth", "Start", "Salary conversion EUR/month",
              "Employer top-up EUR", "Status"],
             ["LV 80-417 302", "Hannah Wolff", "18.08.1990", "01.07.2019", 240, 40, "left 31.03.2026 - premium-free"],
             ["LV 80-420 115", "Tom Fischer", "29.01.1994", "01.01.2021", 150, 22.5, "active"],
             ["LV 80-431 906", "Jennifer Alvarez", "06.10.1987", "01.04.2022", 302, 45.3, "active"],
             ["LV 80-440 227", "Mark Delaney", "13.05.1979", "01.01.2023", 604, 0, "active (managing director)"],
             ["LV 80-455 018", "Priya Natarajan", "22.12.1996", "01.02.2026", 100, 15, "active"],
         ])])])

# ---------------------------------------------------------------- d42-0187
mail(187, "NORMAL", "de", "internal",
     "trap: summer on-call roster for the claims hotline, staff names and internal phone numbers only",
     frm=F("kettering"), to='"Schaden Gewerbe" <schaden-gewerbe@phg-versicherung.example>',
     subj="Rufbereitschaft Schaden-Hotline Juli/August", date="2026-07-22 12:00",
     body="""Hallo zusammen,

hier der Plan für die Rufbereitschaft (Wochenenden und Feiertage, 8-20 Uhr).
Tauschen bitte selbst organisieren und mir Bescheid geben.

KW 30  Kettering       -214 / Diensthandy 0151 4410 2201
KW 31  Demir           -255
KW 32  Morgenstern     -233 (auch EN)
KW 33  Rech            -290
KW 34  Weisbrod        -mobil
KW 35  Kettering       -214

Bei Großschäden (Brand, Personenschaden mit Krankenhaus) immer zusätzlich die
Leitung informieren. Die Notfall-Checkliste liegt im Teams-Kanal.

Danke!
Sabine
""")

# ---------------------------------------------------------------- d42-0188
mail(188, "CONFIDENTIAL", "en", "insurer-to-customer",
     "expat freelancer's professional indemnity claim: client alleges a software bug caused a loss, amounts, policy number",
     frm=F("kettering"), to="Rahul Menon <rahul@menon-consulting.example>",
     cc=F("morgenstern"),
     subj="Professional indemnity claim VH-2026-00139 - claim letter from your client",
     date="2026-07-23 14:10",
     body="""Dear Mr Menon,

my colleague Lena Morgenstern is on holiday, so I am handling this claim under
your professional indemnity policy VH 23-018 224-6 (in English, as you prefer).

Your client, Kurpfalz Finanz AG, claims that a faulty interest-rate rounding
routine in the reporting module you delivered in April caused wrong reports to
the regulator and EUR 41,800 in external audit and correction costs. They
threaten to withhold your invoices for May and June (EUR 18,900).

Please:
1. do not acknowledge liability or promise payment
2. send us the contract / statement of work and the acceptance protocol
3. describe briefly what the bug was and when it was fixed

We will answer the client on your behalf.

Kind regards
Sabine Kettering
""" + SIG("kettering", en=True).replace(STAFF["kettering"][1], "Sabine Kettering\nCommercial claims - property & liability\nPhone +49 631 3418-214"))

# ---------------------------------------------------------------- d42-0189
mail(189, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "innkeeper's group accident claim for his cook: scald burns from a tipped stock pot, hospital, skin graft; the innkeeper's report is quoted",
     frm=F("hoffstadt"), to="Werner Stuppy <gasthaus.linde@t-netz.example>",
     subj="AW: Unfall in der Küche - Gruppenunfall GU 44-036 190", date="2026-07-24 09:35",
     reply="<linde-20260722@t-netz.example>", charset="iso-8859-1", cte="quoted-printable",
     body="""Guten Tag Herr Stuppy,

danke für die schnelle Meldung. Ich habe den Unfall unter U-2026-02015 angelegt
und melde mich bei Herrn Brandl direkt wegen der Unterlagen. Die
Beitragsrückstände sind übrigens ausgeglichen - der Versicherungsschutz
besteht also.

Gute Besserung an Ihren Koch!
Melanie Hoffstadt

Werner Stuppy schrieb am 22.07.2026 um 23:05:
> Hallo,
> unser Koch Florian Brandl (seit 1. Mai neu bei uns) ist heute abend der
> grosse Suppentopf umgekippt, Bruehe ueber beide Unterschenkel. Er ist mit
> dem Krankenwagen in die BG Klinik Ludwigshafen, die sagen Verbrennung
> 2. und teilweise 3. Grades, er muss eine Hauttransplantation bekommen und
> bleibt mind. 2 Wochen drin.
> Die BG ist informiert. Was brauchen Sie von uns?
> Gruss W. Stuppy, Gasthaus Zur Linde
""")

# ---------------------------------------------------------------- d42-0190
mail(190, "NORMAL", "de", "insurer-to-partner",
     "trap: answer to an insurance association survey with aggregated cyber and bodily-injury claim counts, no persons",
     frm=F("lingenfelder"), to='"Verband der Regionalversicherer - Statistik" <statistik@vdr-versicherer.example>',
     subj="Umfrage Cyber-Schäden KMU 2025 - Antwort PHG", date="2026-07-27 10:00",
     body="""Sehr geehrte Damen und Herren,

anbei unsere Angaben zur Umfrage "Cyber-Schäden bei KMU 2025":

  Cyber-Verträge KMU am 31.12.2025:     2.184
  gemeldete Schäden:                         46
  davon Ransomware:                          19
  davon Social Engineering/Fake Invoice:     14
  davon Datenschutzverletzung mit
    Benachrichtigung Betroffener:            11 (dabei 6 Heilberufe)
  Schadenaufwand gesamt:                  0,98 Mio. EUR
  Größter Einzelschaden:                  104.900 EUR (Zahnarztpraxis, Ransomware)

Einzelfalldaten und Kundennamen geben wir wie besprochen nicht weiter.

Mit freundlichen Grüßen
Marco Lingenfelder
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0191
mail(191, "CONFIDENTIAL", "de", "insurer-to-customer",
     "sole-trader electrician's company van accident in a car park, plates and other driver named, nobody hurt",
     frm=F("demir"), to="Markus Kuhn <info@elektro-kuhn-rockenhausen.example>",
     subj="Parkplatzrempler KIB-EK 310 - KF-2026-02044", date="2026-07-28 11:50",
     body="""Hallo Herr Kuhn,

ein Unfall, bei dem niemand verletzt wurde - das ist bei Ihnen diesmal die gute
Nachricht.

Ihr Geselle Herr Yannick Seel ist mit Ihrem Caddy (KIB-EK 310) beim Ausparken
am Baumarkt Rockenhausen gegen den geparkten Mini von Frau Sabrina Hill
(KIB-SH 77) gestoßen. Schaden am Mini: Stoßfänger und Kotflügel hinten links,
Gutachten 2.640 EUR. Am Caddy nur Kratzer.

Wir regulieren den Schaden von Frau Hill aus Ihrer Kfz-Haftpflicht (KF 41-220 870).
Ihr Schadenfreiheitsrabatt wird zum 01.01. zurückgestuft - außer Sie erstatten
uns die 2.640 EUR innerhalb von sechs Monaten selbst. Dann bleibt Ihr Rabatt.

Grüße
Aylin Demir
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0192
mail(192, "STRICTLY_CONFIDENTIAL", "de", "internal",
     "internal note with a DOCX: cost estimate for laser treatment of the bakery apprentice's burn scar, dermatologist findings",
     frm=F("hoffstadt"), to=F("wendel"),
     subj="Kostenvoranschlag kosmetische Behandlung - U-2026-00318", date="2026-07-29 14:15",
     body="""Liebe Frau Dr. Wendel,

zu U-2026-00318 ist der Kostenvoranschlag der Hautklinik gekommen (Anhang).
Ist das aus Ihrer Sicht eine "kosmetische Operation" im Sinne der AUB, oder
Heilbehandlung, die vorrangig die BG zahlen müsste?

Danke!
Melanie
""",
     att=[docx("KV_Laserbehandlung_Brunk.docx", [
         "# Kostenvoranschlag - Hautklinik am Westpfalz-Klinikum",
         "Patientin: Lea Brunk, geb. 17.09.2007",
         "Befund: hypertrophe Verbrennungsnarbe rechter Unterarm beugeseitig, ca. 8 x 3 cm, gerötet, leichte Spannung bei Streckung des Handgelenks (Z. n. Verbrennung 2. Grades 01/2026, L91.0).",
         "Geplante Behandlung: fraktionierte CO2-Laserbehandlung, 4 Sitzungen im Abstand von 6-8 Wochen, zusätzlich Silikongel und Kompressionsbandage.",
     ], table=[
         ["Position", "Anzahl", "Betrag EUR"],
         ["CO2-Laser fraktioniert (GOÄ analog 2885)", "4", "1.480,00"],
         ["Lokalanästhesie", "4", "96,00"],
         ["Silikongel/Kompression", "1", "184,50"],
         ["Summe", "", "1.760,50"],
     ])])

# ---------------------------------------------------------------- d42-0193
mail(193, "NORMAL", "en", "insurer-to-partner",
     "trap: campaign results sent to the Dutch sensor partner, aggregate numbers of sensors and prevented water damage",
     frm=F("gebhardt"), to='"AquaAlert B.V." <sales@aquaalert.example>',
     subj="Campaign results after 3 months - 412 sensors active", date="2026-07-30 09:20",
     body="""Dear Joost,

a first summary of our joint campaign:

- 500 sensors shipped, 412 activated by customers (82 %)
- by trade: bakeries/butchers 131, restaurants/hotels 118, medical and dental
  practices 97, other 66
- 9 real alarms, in 7 cases the customer stopped the water within an hour;
  our estimate of prevented damage: EUR 60,000-80,000
- app complaints: 14, mostly WiFi range in cellars

We would like to extend the campaign to 1,000 sensors in 2027, including a
version with a GSM module for cellars. Could you send us a price indication?

Best regards
Stefan
""" + "\n" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0194
mail(194, "CONFIDENTIAL", "de", "insurer-to-customer",
     "eVB for a sole-trader winery's new tractor: owner named, vehicle ID, insurance details",
     frm=F("demir"), to="Julia Lind <julia@weingut-ackermann-lind.example>",
     subj="eVB für Ihren neuen Schmalspurschlepper", date="2026-07-31 10:15",
     body="""Liebe Frau Lind,

hier die eVB-Nummer für die Zulassung des neuen Schleppers:  R4 T8 WK2

  Fahrzeug:    Fendt 211 V Vario, FIN WFE211V00M1029384
  Halterin:    Julia Lind, Weingut Ackermann-Lind, Weinstraße 112, 67098 Bad Dürkheim
  Kennzeichen: grün (land-/forstwirtschaftlich, steuerbefreit)
  Deckung:     Haftpflicht 100 Mio. EUR, Teilkasko 500 EUR SB

Der alte Schlepper (DÜW-JL 4) bleibt bis zur Abmeldung versichert.

Gute Lese!
Aylin Demir
""" + "\n" + FOOTER_DE)

# ---------------------------------------------------------------- d42-0195
mail(195, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "attachment-only: seasonal workers list for the winery's group accident insurance (accident line) with names, birth dates, nationality",
     frm=F("schowalter"), to="Julia Lind <julia@weingut-ackermann-lind.example>",
     subj="GU Saisonkräfte Lese 2026 - Ihre Liste zurück mit Beitrag", date="2026-08-03 08:30",
     body="""Liebe Frau Lind,

anbei Ihre Liste zurück, ergänzt um den Beitrag je Person für die Lese 2026
(Gruppenunfallversicherung Saisonkräfte). Bitte vor Lesebeginn noch einmal
bestätigen.

Viele Grüße
Petra Schowalter
""" + "\n" + FOOTER_DE,
     att=[csvf("Saisonkraefte_Lese_2026_Lind.csv", """Name;Vorname;Geburtsdatum;Staatsangehoerigkeit;Einsatz von;bis;Beitrag EUR
Nowak;Marek;23.02.1979;PL;07.09.2026;17.10.2026;12,00
Nowak;Agnieszka;14.06.1982;PL;07.09.2026;17.10.2026;12,00
Popescu;Ionut;30.11.1990;RO;14.09.2026;17.10.2026;10,00
Lind;Tobias;02.04.2004;DE;07.09.2026;31.10.2026;14,00
Kovalenko;Oksana;19.08.1975;UA;21.09.2026;10.10.2026;6,00
""", encoding="windows-1252", excel=True)])

# ---------------------------------------------------------------- d42-0196
mail(196, "NORMAL", "de", "insurer-to-customer",
     "trap: automatic receipt confirmation of the claims mailbox, no content of the received mail",
     frm='"PHG Schadenservice" <schaden@phg-versicherung.example>',
     to="info@gaertnerei-blum.example",
     subj="Eingangsbestätigung Ihrer Nachricht", date="2026-08-04 06:45",
     cte="7bit",
     body="""Guten Tag,

vielen Dank fuer Ihre Nachricht an den PHG-Schadenservice. Sie ist heute
eingegangen und wird innerhalb von zwei Werktagen bearbeitet.

Bitte senden Sie Arztberichte, Rechnungen mit Diagnosen oder andere
Gesundheitsunterlagen nicht per E-Mail, sondern ueber das Kundenportal
(https://portal.phg-versicherung.example) oder per Post.

Bei Notfaellen (Brand, Wasser, Einbruch) erreichen Sie uns rund um die Uhr
unter 0631 3418-0.

Ihr PHG-Schadenservice
(automatisch erzeugte Nachricht)
""")

# ---------------------------------------------------------------- d42-0197
mail(197, "CONFIDENTIAL", "en", "insurer-to-customer",
     "campsite owners (natural persons) asked for their tax number for an insurance tax question; their tax number and VAT ID quoted",
     frm=F("schowalter"), to='"Anouk Visser" <anouk@camping-gelterswoog.example>',
     subj="RE: insurance tax on our invoice?", date="2026-08-05 13:40",
     reply="<visser-0804@camping-gelterswoog.example>",
     body="""Dear Mrs Visser,

no, insurance tax (19 %) is not VAT and you cannot deduct it as input tax -
your tax adviser will confirm that. So the numbers on our invoice are correct.

I have stored the tax data you sent us for the campsite partnership:
  Steuernummer 19/264/30851, USt-IdNr. DE 318 204 577
They will appear on future premium invoices as requested.

Kind regards
Petra Schowalter

> Hello, on your invoice for buildings and liability (GB 30-602 115 /
> BH 21-611 208-4) there is 19 % tax - can we deduct this? Please also put
> our tax number 19/264/30851 and VAT ID DE 318 204 577 on the invoices.
> Thanks, Anouk Visser
""" + "\n" + FOOTER_EN)

# ---------------------------------------------------------------- d42-0198
mail(198, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "campsite owner's own accident insurance: chainsaw cut to the thigh, vascular surgery, hospital days",
     frm=F("morgenstern"), to='"Bram Visser" <bram@camping-gelterswoog.example>',
     subj="Your accident policy UV 60-402 551 - chainsaw accident on 1 August",
     date="2026-08-06 10:05",
     body="""Dear Bram,

Anouk called me - what a shock, and thank goodness the neighbour was there
with the tourniquet.

I've registered your accident under your personal accident policy UV 60-402 551
(claim U-2026-02140). From the discharge letter of the Westpfalz-Klinikum:
- deep cut wound on the left thigh from the chainsaw while cutting up the
  fallen oak, injury to a branch of the femoral artery (S75.0)
- emergency vascular surgery on 1 August, blood transfusion (2 units)
- in hospital until 5 August, walking with crutches for about 4 weeks

Benefits: daily hospital allowance EUR 40 x 5 days, convalescence allowance
for the same period, and - if there is permanent nerve damage or weakness -
disability benefit after one year.

Please take care; and next time, let the tree surgeon do it.

Lena
""" + SIG("morgenstern", en=True))

# ---------------------------------------------------------------- d42-0199
mail(199, "NORMAL", "de", "internal",
     "trap: prevention planning 2027 as ODS with campaigns, budgets and target groups (practices, apprentices), no persons",
     frm=F("gebhardt"), to='"Leitung Schaden" <leitung-schaden@phg-versicherung.example>',
     cc=F("fauss"),
     subj="Präventionsplanung 2027 - Entwurf zur Budgetrunde", date="2026-08-07 15:00",
     body="""Hallo Herr Zapp,

anbei der Entwurf der Präventionsplanung 2027 für die Budgetrunde am 14.08.
Schwerpunkte: Azubi-Sicherheit (neuer Gruppenvertrag!), Wasser in Praxen,
Küchenbrand.

Gruß
Stefan Gebhardt
""",
     att=[ods("Praeventionsplanung_2027.ods", [
         ["Maßnahme", "Zielgruppe", "Zeitraum", "Budget EUR", "Erwarteter Effekt"],
         ["Leckagesensoren 1.000 Stück", "Praxen, Bäckereien, Gastronomie", "Q1-Q2", 19000, "-20 % Wasserschaden-Aufwand"],
         ["Absturz-Training mit BG BAU", "Dachdecker, Zimmerer (Azubis)", "Q2", 12500, "-15 % Sturzunfälle Azubis"],
         ["Löschtraining Fettbrand", "Gastronomie, Hotels", "Q1, Q3", 6000, "-10 % Küchenbrände"],
         ["Hautschutz-Aktion", "Friseure", "Q2", 4200, "weniger BU-Fälle Haut"],
         ["Cyber-Check + Backup-Zuschuss", "Arzt-/Zahnarztpraxen, Kanzleien", "ganzjährig", 15000, "-25 % Ransomware-Aufwand"],
         ["Summe", "", "", 56700, ""],
     ], sheet="Planung 2027")])

# ---------------------------------------------------------------- d42-0200
mail(200, "CONFIDENTIAL", "de", "insurer-to-customer",
     "legal expenses for a sole-trader hairdresser: unpaid invoice of a named client, amount, case number",
     frm=F("rech"), to="Sandra Becker <sandra@haarwerk-kusel.example>",
     subj="Rechtsschutz RS-2026-01377 - offene Rechnung Frau Diehl", date="2026-08-10 10:45",
     body="""Liebe Frau Becker,

diesmal eine einfache Sache: Für die Forderung gegen Ihre Kundin Frau Monika
Diehl (Brautstyling und Hochsteckfrisuren für 5 Personen am 13.06., Rechnung
Nr. 2026-118 über 685 EUR, trotz zwei Mahnungen nicht bezahlt) besteht
Kostenschutz aus Ihrem Firmen-Rechtsschutz (Forderungsmanagement).

Sie können das gerichtliche Mahnverfahren selbst beantragen (online unter
www.online-mahnantrag.de) - die Gerichtskosten von 36 EUR erstatten wir. Wenn
Frau Diehl widerspricht, beauftragen Sie bitte einen Anwalt; dann greift die
Selbstbeteiligung von 150 EUR.

Viele Grüße
Claudia Rech
""" + "\n" + FOOTER_DE)


# ============================================================ OUTPUT ======
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")


def build_all():
    rng = random.Random(SEED)
    out = {}
    for m in sorted(MAILS, key=lambda x: x["n"]):
        out["%s-%04d.eml" % (PREFIX, m["n"])] = build(m, rng)
    return out


def labels_tsv():
    lines = ["file\tlabel\tlang\tkind\treason"]
    for m in sorted(MAILS, key=lambda x: x["n"]):
        for f in ("label", "lang", "kind", "reason"):
            assert "\t" not in m[f] and "\n" not in m[f], (m["n"], f)
        lines.append("%s-%04d.eml\t%s\t%s\t%s\t%s" % (PREFIX, m["n"], m["label"], m["lang"], m["kind"], m["reason"]))
    return ("\n".join(lines) + "\n").encode("utf-8")


def write():
    os.makedirs(os.path.join(HERE, "mails"), exist_ok=True)
    for name, data in build_all().items():
        with open(os.path.join(HERE, "mails", name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(labels_tsv())
    print("wrote %d mails" % len(MAILS))


def _iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _check_attachment(name, ctype, data, stats, where):
    low = name.lower()
    if low.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        assert any(ws.max_row > 0 for ws in wb.worksheets), where
        stats["xlsx"] += 1
    elif low.endswith(".docx"):
        import docx as _docx
        d = _docx.Document(io.BytesIO(data))
        assert d.paragraphs or d.tables, where
        stats["docx"] += 1
    elif low.endswith(".odt") or low.endswith(".ods"):
        from odf.opendocument import load
        load(io.BytesIO(data))
        stats[low[-3:]] += 1
    elif low.endswith(".pdf"):
        from pypdf import PdfReader
        txt = "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)
        assert txt.strip(), where + " empty PDF text layer"
        stats["pdf"] += 1
    elif low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, where
        stats["zip"] += 1
        for info in z.infolist():
            _check_attachment(info.filename, None, z.read(info.filename), stats, where + "/" + info.filename)
    elif low.endswith(".ics"):
        t = data.decode("utf-8")
        assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t, where
        stats["ics"] += 1
    elif low.endswith(".csv"):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            data.decode("windows-1252")
        stats["csv"] += 1
    elif low.endswith((".txt", ".log", ".pem")):
        data.decode("utf-8")
        stats["txt"] += 1
    else:
        raise AssertionError("unknown attachment type " + where)


def _walk_check(part, stats, where):
    ctype = part.get_content_type()
    assert not part.defects, (where, part.defects)
    if ctype == "message/rfc822":
        inner = part.get_content()
        stats["eml"] += 1
        _walk_check(inner, stats, where + "/rfc822")
        return
    if part.is_multipart():
        for i, p in enumerate(part.iter_parts()):
            _walk_check(p, stats, "%s/%d" % (where, i))
        return
    fn = part.get_filename()
    if fn:
        _check_attachment(fn, ctype, part.get_payload(decode=True), stats, where + ":" + fn)
    elif part.get_content_maintype() == "text":
        part.get_content()  # decodes with declared charset
        stats["text_" + part.get_content_subtype()] += 1
    else:
        raise AssertionError("unexpected part " + where + " " + ctype)


def check():
    import collections
    a = build_all()
    b = build_all()
    assert a == b, "rebuild is not deterministic"
    tsv = labels_tsv()
    with open(os.path.join(HERE, "labels.tsv"), "rb") as fh:
        assert fh.read() == tsv, "labels.tsv differs from generator"
    on_disk = sorted(os.listdir(os.path.join(HERE, "mails")))
    assert on_disk == sorted(a), "mail files on disk differ from generator"
    nums = sorted(m["n"] for m in MAILS)
    assert nums == list(range(1, len(MAILS) + 1)), "numbering has gaps/duplicates"
    stats = collections.Counter()
    dist = collections.Counter()
    mids = set()
    top = collections.Counter()
    iban_bad = []
    for m in MAILS:
        assert m["label"] in LABELS, m["n"]
        dist[(m["label"], m["lang"])] += 1
    for name, data in sorted(a.items()):
        with open(os.path.join(HERE, "mails", name), "rb") as fh:
            assert fh.read() == data, name + " differs on disk"
        assert b"\n" not in data.replace(b"\r\n", b""), name + " bare LF"
        assert b"\r" not in data.replace(b"\r\n", b""), name + " bare CR"
        for line in data.split(b"\r\n"):
            assert len(line) <= 998, name + " line > 998"
        msg = BytesParser(policy=policy.default).parsebytes(data)
        assert msg["Message-ID"] not in mids, name + " dup Message-ID"
        mids.add(msg["Message-ID"])
        assert msg["Date"].datetime.year == 2026, name
        top[msg.get_content_type()] += 1
        _walk_check(msg, stats, name)
        # IBAN checksum report over all decoded text
        text = []
        for p in msg.walk():
            if p.get_content_maintype() == "text" and not p.get_filename():
                text.append(p.get_content())
        for ib in re.findall(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b", "\n".join(text)):
            stats["iban_found"] += 1
            if not _iban_ok(ib):
                iban_bad.append((name, ib))
    print("mails:", len(a))
    for lab in LABELS:
        print("  %-22s de=%3d en=%3d" % (lab, dist[(lab, "de")], dist[(lab, "en")]))
    print("top-level types:", dict(top))
    print("parts/attachments:", dict(stats))
    print("IBANs failing checksum (only deliberate ones expected):", iban_bad)
    print("CHECK OK")


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        write()
