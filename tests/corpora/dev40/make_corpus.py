#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel independent development corpus dev40 (prefix d40).

Theme: public-sector and non-profit department of the invented insurer
"Kommunale Schutzgemeinschaft Mittelrhein VVaG", Koblenz
(ksm-versicherung.example). Every mail below is written out by hand in its
own section; the helpers only build MIME and file formats deterministically.

    python make_corpus.py            # write mails/ and labels.tsv
    python make_corpus.py --check    # rebuild twice, compare with disk, validate

All persons, organisations, numbers and addresses are fictitious.
"""
import csv
import hashlib
import io
import os
import re
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP, default as DEFAULT_POLICY

PREFIX = "d40"
SEED = 40  # generator seed; the content is hand-written, nothing is drawn at random
HERE = os.path.dirname(os.path.abspath(__file__))
DOM = "ksm-versicherung.example"
ZIP_TIME = (2026, 1, 2, 8, 0, 0)
OFFICE_TS = "2026-01-02T08:00:00Z"

# --------------------------------------------------------------------------
# helpers: dates, message ids, attachments
# --------------------------------------------------------------------------

def d(stamp):
    """'2026-03-04 09:12' -> RFC 5322 date with the German offset of that day."""
    dt = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    summer = datetime(2026, 3, 29, 2, 0) <= dt < datetime(2026, 10, 25, 3, 0)
    off = "+0200" if summer else "+0100"
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
              "Oct", "Nov", "Dec"]
    sec = int(hashlib.md5(stamp.encode()).hexdigest()[:4], 16) % 60
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (
        days[dt.weekday()], dt.day, months[dt.month - 1], dt.year, dt.hour,
        dt.minute, sec, off)


class Att:
    def __init__(self, name, data, maintype, subtype):
        self.name, self.data, self.maintype, self.subtype = name, data, maintype, subtype


def _normalize_zip(raw):
    """Rewrite an office/zip container with fixed times and fixed metadata stamps."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?",
                              OFFICE_TS.encode(), data)
            zi = zipfile.ZipInfo(info.filename, ZIP_TIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, data)
    return out.getvalue()


def xlsx(name, sheets, author="KSM Kommunal"):
    from openpyxl import Workbook
    wb = Workbook()
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime(2026, 1, 2, 8, 0, 0)
    wb.properties.modified = datetime(2026, 1, 2, 8, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return Att(name, _normalize_zip(buf.getvalue()), "application",
               "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def docx(name, items, author="KSM Kommunal"):
    """items: str paragraphs; '# ' heading; ('table', rows)."""
    from docx import Document
    doc = Document()
    for it in items:
        if isinstance(it, tuple) and it[0] == "table":
            rows = it[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
        elif it.startswith("# "):
            doc.add_heading(it[2:], level=1)
        else:
            doc.add_paragraph(it)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime(2026, 1, 2, 8, 0, 0)
    cp.modified = datetime(2026, 1, 2, 8, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return Att(name, _normalize_zip(buf.getvalue()), "application",
               "vnd.openxmlformats-officedocument.wordprocessingml.document")


def _odf_warmup():
    """odfpy accumulates namespace declarations in module state while elements
    are created; build one throwaway text and spreadsheet document first so
    every real document is written with the same, complete namespace set."""
    if _CUR.get("odf_warm"):
        return
    _CUR["odf_warm"] = True
    odt("warmup.odt", ["x", "# y"])
    ods("warmup.ods", [("x", 1)])


def odt(name, paras):
    _odf_warmup()
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
    return Att(name, _normalize_zip(buf.getvalue()), "application",
               "vnd.oasis.opendocument.text")


def ods(name, rows, sheet="Tabelle1"):
    _odf_warmup()
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    t = Table(name=sheet)
    for r in rows:
        tr = TableRow()
        for c in r:
            if isinstance(c, (int, float)):
                tc = TableCell(valuetype="float", value=c)
            else:
                tc = TableCell(valuetype="string")
            tc.addElement(P(text=str(c)))
            tr.addElement(tc)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    buf = io.BytesIO()
    doc.write(buf)
    return Att(name, _normalize_zip(buf.getvalue()), "application",
               "vnd.oasis.opendocument.spreadsheet")


_PDF_MAP = {"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"',
            "‚": "'", "‘": "'", "’": "'", "…": "...", "→": "->", "•": "-",
            "☐": "[ ]", "☒": "[x]", "≥": ">=", "≤": "<="}


def pdf(name, text, title=None):
    from fpdf import FPDF
    def clean(s):
        for k, v in _PDF_MAP.items():
            s = s.replace(k, v)
        return s.encode("latin-1", "replace").decode("latin-1")
    p = FPDF()
    p.set_creation_date(datetime(2026, 1, 2, 8, 0, 0, tzinfo=timezone.utc))
    p.set_producer("KSM Dokumentenservice")
    p.set_creator("KSM Dokumentenservice")
    p.add_page()
    if title:
        p.set_font("Helvetica", "B", 13)
        p.multi_cell(0, 7, clean(title), new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
    p.set_font("Helvetica", size=10)
    for line in text.strip("\n").split("\n"):
        p.multi_cell(0, 5, clean(line) if line else " ", new_x="LMARGIN", new_y="NEXT")
    return Att(name, bytes(p.output()), "application", "pdf")


def csvf(name, rows, sep=";", enc="utf-8"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return Att(name, buf.getvalue().encode(enc), "text", "csv")


def txt(name, text, enc="utf-8"):
    return Att(name, text.replace("\r\n", "\n").replace("\n", "\r\n").encode(enc),
               "text", "plain")


def ics(name, text):
    return Att(name, text.strip("\n").replace("\n", "\r\n").encode("utf-8") + b"\r\n",
               "text", "calendar")


def zipf(name, members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for m in members:
            zi = zipfile.ZipInfo(m.name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, m.data)
    return Att(name, out.getvalue(), "application", "zip")


# --------------------------------------------------------------------------
# message builder
# --------------------------------------------------------------------------
_CUR = {"n": 0, "inner": 0}


def _addrs(s):
    """'Name <a@b>, Other <c@d>' -> Address objects, so names with dots get quoted."""
    from email.headerregistry import Address
    from email.utils import getaddresses
    return tuple(Address(display_name=n, addr_spec=a) for n, a in getaddresses([s]))


def _compose(frm, to, subj, date, body=None, html=None, cc=None, atts=(),
             reply_to=None, headers=(), mid=None, irt=None):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = _addrs(frm)
    msg["To"] = _addrs(to)
    if cc:
        msg["Cc"] = _addrs(cc)
    if reply_to:
        msg["Reply-To"] = _addrs(reply_to)
    msg["Subject"] = subj
    msg["Date"] = d(date)
    msg["Message-ID"] = mid
    if irt:
        msg["In-Reply-To"] = irt
        msg["References"] = irt
    for k, v in headers:
        msg[k] = v
    if body is not None and html is not None:
        msg.set_content(body)
        msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
    for a in atts:
        if isinstance(a, EmailMessage):
            msg.add_attachment(a)
        else:
            msg.add_attachment(a.data, maintype=a.maintype, subtype=a.subtype,
                               filename=a.name)
    return msg


def inner(frm, to, subj, date, body=None, html=None, cc=None, atts=()):
    """A message that is forwarded as message/rfc822 attachment."""
    _CUR["inner"] += 1
    h = hashlib.sha1(("%s-%d-%d" % (PREFIX, _CUR["n"], _CUR["inner"])).encode()).hexdigest()[:10]
    mid = "<%s.%s@%s>" % (date.replace("-", "").replace(" ", "").replace(":", ""), h,
                          frm.split("@")[-1].rstrip(">"))
    return _compose(frm, to, subj, date, body, html, cc, atts, mid=mid)


def build(frm, to, subj, date, body=None, html=None, cc=None, atts=(),
          reply_to=None, headers=(), irt=None):
    n = _CUR["n"]
    h = hashlib.sha1(("%s-%d-%d" % (PREFIX, SEED, n)).encode()).hexdigest()
    mid = "<%s.%s@mx1.%s>" % (date.replace("-", "").replace(" ", "").replace(":", ""),
                              h[:12], DOM)
    return _compose(frm, to, subj, date, body, html, cc, atts, reply_to, headers,
                    mid=mid, irt=irt)


def _finish(msg, n):
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            h = hashlib.sha1(("b-%s-%d-%d" % (PREFIX, n, i)).encode()).hexdigest()[:16]
            part.set_boundary("----=_KSM_%04d_%d_%s" % (n, i, h))
    return msg.as_bytes(policy=SMTP)


MAILS = []


def mail(label, lang, kind, reason):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
    assert lang in ("de", "en")
    def deco(f):
        MAILS.append((f, label, lang, kind, reason))
        return f
    return deco


# staff of KSM (all invented)
BRENNER = "Dr. Ulrike Brenner <ulrike.brenner@ksm-versicherung.example>"
THELEN = "Markus Thelen <markus.thelen@ksm-versicherung.example>"
KETTENBACH = "Sabine Kettenbach <sabine.kettenbach@ksm-versicherung.example>"
PUETZ = "Jörg Pütz <joerg.puetz@ksm-versicherung.example>"
DEMIRTAS = "Aylin Demirtas <aylin.demirtas@ksm-versicherung.example>"
MAURER = "Henrik Maurer <henrik.maurer@ksm-versicherung.example>"
LOOS = "Petra Loos <petra.loos@ksm-versicherung.example>"
SCHERER = "Tobias Scherer <tobias.scherer@ksm-versicherung.example>"
WEIDENBACH = "Carina Weidenbach <carina.weidenbach@ksm-versicherung.example>"
OSTERMANN = "Nils Ostermann <nils.ostermann@ksm-versicherung.example>"
HOELZER = "Renate Hölzer <renate.hoelzer@ksm-versicherung.example>"
KLASEN = "Daniel Klasen <daniel.klasen@ksm-versicherung.example>"
SEIBEL = "Miriam Seibel <miriam.seibel@ksm-versicherung.example>"
RUEDELL = "Fabian Rüdell <fabian.ruedell@ksm-versicherung.example>"
FRENSCH = "Julia Frensch <julia.frensch@ksm-versicherung.example>"
BACKES = "Stefan Backes <stefan.backes@ksm-versicherung.example>"
UNFALL = "KSM Unfall-Leistung <unfall-leistung@ksm-versicherung.example>"
SCHADEN = "KSM Schadenservice Kommunal <schaden-kommunal@ksm-versicherung.example>"
NEWS = "KSM Kommunal-Newsletter <newsletter@ksm-versicherung.example>"
SERVICEDESK = "KSM IT-Servicedesk <it-servicedesk@ksm-versicherung.example>"
VEREIN = "KSM Vereinsservice <vereinsservice@ksm-versicherung.example>"

# ==========================================================================
# mails 1-25
# ==========================================================================

@mail("NORMAL", "de", "insurer→municipality", "trap: public council minutes on re-tendering insurance, council members named in official role")
def _():
    return build(RUEDELL, "Hauptamt Lahnstein <hauptamt@lahnstein-stadt.example>",
        "AW: Auszug Niederschrift HFA 14.01.2026 – TOP 7 Versicherungsausschreibung",
        "2026-01-19 10:42",
        body="""Sehr geehrter Herr Kaltenbach,

vielen Dank für den Auszug aus der Niederschrift. Wir haben zur Kenntnis genommen,
dass der Haupt- und Finanzausschuss die Neuausschreibung der Sach- und
Haftpflichtversicherungen zum 01.01.2027 beschlossen hat (einstimmig, bei einer
Enthaltung).

Selbstverständlich beteiligen wir uns gern am Verfahren. Für die
Bedarfsermittlung wäre uns eine Liste der Liegenschaften mit Baujahr und
Versicherungssumme hilfreich, sobald das Leistungsverzeichnis steht.

Mit freundlichen Grüßen
Fabian Rüdell
Vertrieb Kommunen
Kommunale Schutzgemeinschaft Mittelrhein VVaG
Rheinzollstraße 12, 56068 Koblenz

-----Ursprüngliche Nachricht-----
Von: Kaltenbach, Dirk
Gesendet: Freitag, 16. Januar 2026 13:05
Betreff: Auszug Niederschrift HFA 14.01.2026 – TOP 7

anbei wie besprochen der öffentliche Teil, TOP 7.
""",
        atts=[pdf("Niederschrift_HFA_2026-01-14_TOP7.pdf", """
Stadt Lahnstein - Niederschrift über die 31. Sitzung des Haupt- und Finanzausschusses
Sitzungstag: 14.01.2026, Beginn 17:00 Uhr, Ratssaal
Vorsitz: Bürgermeister Lothar Wienecke
Anwesend: Ratsmitglieder Anke Steffens (CDU), Rüdiger Haas (SPD), Dr. Ilse Moog (Grüne),
Bernd Kowalczyk (FWG), Sandra Petri (FDP) u. a. laut Anwesenheitsliste

TOP 7 - Neuausschreibung der kommunalen Versicherungen ab 01.01.2027
Die Verwaltung erläutert, dass die Verträge für Gebäude-, Inhalts-, Kommunalhaftpflicht-
und Kfz-Versicherung zum 31.12.2026 auslaufen. Das Gesamtvolumen beträgt derzeit ca.
412.000 EUR Jahresbeitrag. Eine EU-weite Ausschreibung ist erforderlich.
Ratsmitglied Haas fragt nach den Erfahrungen mit dem bisherigen Versicherer. Die
Verwaltung berichtet, dass die Schadenregulierung zufriedenstellend verlaufen sei.
Beschluss: Der Ausschuss empfiehlt dem Stadtrat die Durchführung einer europaweiten
Ausschreibung in vier Losen. Abstimmung: 10 Ja, 0 Nein, 1 Enthaltung.
""", title="Auszug aus der Niederschrift - öffentlicher Teil")])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→school", "pupil named with wrist fracture, school accident supplementary insurance claim")
def _():
    return build(THELEN, "Sekretariat GS Boppard <sekretariat@gs-boppard.example>",
        "Schüler-Zusatzunfallversicherung – Leon Weber, Klasse 3b, Unfall vom 21.01.",
        "2026-01-23 08:55",
        body="""Guten Morgen Frau Grebel,

danke für die schnelle Meldung. Damit wir den Unfall von Leon Weber (Klasse 3b)
aus der Schüler-Zusatzunfallversicherung der Verbandsgemeinde bearbeiten können,
brauche ich noch zwei Dinge:

1. den Bericht der Notaufnahme des Heilig-Geist-Hospitals Bingen – laut Ihrer
   Meldung wurde dort eine distale Radiusfraktur links festgestellt und ein
   Gips angelegt
2. den Namen und die Anschrift der Erziehungsberechtigten, damit wir das
   Invaliditätsformular direkt an die Eltern schicken können

Den Vorgang führen wir unter der Nummer SZ-2026-00117. Die Meldung an die
Unfallkasse Rheinland-Pfalz läuft wie immer getrennt über Sie.

Viele Grüße
Markus Thelen
Unfall Kommunal / Schulen
""")


@mail("CONFIDENTIAL", "de", "insurer→municipality", "building yard fleet claim, named driver and plate, nobody hurt")
def _():
    return build(PUETZ, "Bauhof VG Vallendar <bauhof@vg-vallendar.example>",
        "Kfz-Schaden KO-VG 214 (Unimog) – Ihre Meldung vom 02.02.",
        "2026-02-03 14:17",
        cc="Ordnungsamt VG Vallendar <ordnungsamt@vg-vallendar.example>",
        body="""Hallo Herr Mies,

Ihre Schadenmeldung ist angekommen, Aktenzeichen KF-26-004471.

Zusammengefasst: Ihr Mitarbeiter Timo Brückner ist am 30.01. beim
Winterdienst mit dem Unimog (KO-VG 214, FIN WDB4052231V198344) in der
Hillscheider Straße gegen den geparkten Pkw mit dem Kennzeichen KO-RT 882
gerutscht. Personen wurden nicht verletzt.

Der Halter des Pkw, Herr Ralf Thees, hat sich bereits bei uns gemeldet. Wir
regulieren den Fremdschaden direkt. Für die Vollkasko am Unimog brauche ich
noch den Kostenvoranschlag der Werkstatt und Fotos vom Frontschild.

Gruß aus Koblenz
Jörg Pütz
Kfz-Flotten Kommunal
""")


@mail("NORMAL", "en", "insurer→twin town", "trap: general cover information for a twin-town exchange, no persons, no contract data")
def _():
    return build(RUEDELL, "Comité de jumelage <jumelage@saint-aubin-loire.example>",
        "Insurance for the twinning visit in May – what is covered",
        "2026-02-04 16:30",
        cc="Partnerschaftsverein Boppard <info@partnerschaft-boppard.example>",
        body="""Dear Madame Leclerc,

the twinning association in Boppard asked me to explain briefly which insurance
applies when your delegation visits from 14 to 17 May.

* Liability: the town of Boppard holds a municipal liability policy with us. It
  covers official events organised by the town, e.g. the reception in the town
  hall and the guided tour of the vineyards.
* Accident: guests are not automatically covered by any accident insurance on
  our side. Please check the cover of your own commune or ask participants to
  travel with their own accident and travel health insurance (EHIC card).
* Private activities (evening programme in host families) are covered by the
  hosts' private liability insurance, if they have one.

If you plan a sports tournament or a bus trip organised by your committee, let
me know and I can send an offer for a short-term event policy.

Kind regards
Fabian Rüdell
Public Sector Sales
Kommunale Schutzgemeinschaft Mittelrhein VVaG, Koblenz
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer→youth camp", "international youth camp participant with anaphylactic reaction, hospital stay, named")
def _():
    return build(KLASEN, "Camp leadership <leitung@jugendcamp-loreley.example>",
        "Claim JC-2026-031 – Kacper Nowak, hospital admission 29 July",
        "2026-07-31 11:20",
        body="""Dear Ms Hartung,

thank you for your call yesterday evening. I have opened claim JC-2026-031
under the group accident and travel-health policy of the International Youth
Camp Loreley 2026.

As I understood:
- participant Kacper Nowak (16, from Wrocław) was stung by a wasp during the
  canoe tour on 29 July and developed an anaphylactic reaction,
- your first-aider administered his own adrenaline auto-injector,
- the ambulance took him to Gemeinschaftsklinikum Mittelrhein, Kemperhof,
  where he stayed one night for observation.

Please send me the discharge letter and the ambulance bill when you have them.
His parents do not need to pay anything in advance; the hospital may invoice us
directly quoting JC-2026-031. Could you also confirm whether his mother will
travel to Koblenz? Travel costs of a parent are covered up to EUR 1,500.

Best wishes, and I hope he is back in the camp already
Daniel Klasen
Accident Claims, KSM
""")


@mail("NORMAL", "de", "insurer→municipality", "trap: premium table per inhabitant for municipal liability, no persons")
def _():
    return build(RUEDELL, "Kämmerei VG Rhein-Mosel <kaemmerei@vg-rhein-mosel.example>",
        "Beitragsübersicht Kommunalhaftpflicht 2027 je Einwohner",
        "2026-02-06 09:03",
        body="""Sehr geehrte Frau Jost,

wie am Telefon besprochen schicke ich Ihnen unsere Staffel für die
Kommunalhaftpflicht 2027. Die Beiträge gelten je Einwohner (Stichtag
Statistisches Landesamt 30.06.2025) und verstehen sich zzgl. Versicherungsteuer.

Die Ortsgemeinden Ihrer VG liegen alle in den ersten beiden Klassen; für die
VG selbst gilt die Klasse bis 25.000 Einwohner.

Freundliche Grüße
Fabian Rüdell
""",
        atts=[xlsx("Beitragsstaffel_KHV_2027.xlsx", [
            ("Staffel", [
                ("Einwohnerklasse", "Deckungssumme pauschal", "Beitrag je EW netto", "Mindestbeitrag"),
                ("bis 2.500", "5 Mio. EUR", 0.92, 450),
                ("2.501 - 10.000", "5 Mio. EUR", 0.84, 2300),
                ("10.001 - 25.000", "10 Mio. EUR", 0.79, 8400),
                ("25.001 - 50.000", "10 Mio. EUR", 0.74, 19800),
                ("über 50.000", "15 Mio. EUR", "auf Anfrage", ""),
            ]),
            ("Zuschläge", [
                ("Baustein", "Zuschlag"),
                ("Abwasserbeseitigung", "+0,11 EUR/EW"),
                ("Freibad / Hallenbad je Bad", "+640 EUR"),
                ("Kita in eigener Trägerschaft je Einrichtung", "+95 EUR"),
            ])])])


@mail("CONFIDENTIAL", "de", "insurer→club", "club D&O renewal naming board members with contract number")
def _():
    return build(SCHERER, "Vorstand TuS Rhens <vorstand@tus-rhens1912.example>",
        "Vermögensschaden-Haftpflicht für den Vorstand – Verlängerung VH-40-778120",
        "2026-02-09 15:48",
        body="""Hallo Herr Sauerborn,

Ihr Vertrag VH-40-778120 (D&O / Vermögensschadenhaftpflicht für
Vereinsvorstände) läuft am 31.03. aus. Für die Verlängerung habe ich folgende
versicherte Personen aus dem Vereinsregisterauszug übernommen:

  1. Vorsitzender: Heinz-Peter Sauerborn
  2. Stellv. Vorsitzende: Melanie Kröber
  3. Schatzmeister: Oliver Dietz
  4. Jugendwart: Kevin Laux

Falls sich bei der Jahreshauptversammlung am 13.03. etwas ändert, geben Sie
mir bitte Bescheid. Die Versicherungssumme bleibt bei 250.000 EUR, der Beitrag
bei 186,00 EUR jährlich.

Sportliche Grüße
Tobias Scherer
D&O und Vermögensschaden
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→fire brigade", "volunteer firefighter with cruciate ligament tear during drill, accident claim")
def _():
    return build(KLASEN, "Wehrführung FF Spay <wehrfuehrer@ff-spay.example>",
        "Unfall bei der Übung 07.02. – Kamerad Lukas Heß",
        "2026-02-12 17:22",
        body="""Moin Herr Fuchs,

erstmal gute Besserung an Lukas Heß! Ich habe mir die Unfallanzeige
angeschaut. Beim Aufbau der Steckleiter umgeknickt, MRT im
Brüderkrankenhaus am 10.02.: vordere Kreuzbandruptur rechts mit
Innenmeniskusläsion, OP geplant für den 24.02.

Primär ist hier die Unfallkasse zuständig (Dienstunfall im Feuerwehrdienst).
Die Zusatz-Unfallversicherung der Ortsgemeinde für die Feuerwehrangehörigen
zahlt zusätzlich das Krankenhaustagegeld (20 EUR/Tag) und ggf. die
Invaliditätsleistung. Dafür brauche ich vom Kameraden:
- Entbindung von der Schweigepflicht (Formular hängt nicht an, schicke ich ihm
  per Post an die Privatadresse)
- später den OP-Bericht

Aktenzeichen: GU-FW-2026-0042

Beste Grüße
Daniel Klasen
""")


@mail("NORMAL", "de", "newsletter", "trap: HTML-only prevention campaign newsletter about school routes, statistics only")
def _():
    return build(NEWS, "Verteiler Schulen und Kitas <verteiler-schulen@ksm-versicherung.example>",
        "KSM Kommunal-Info 02/2026: Aktion „Sicher zur Schule“ startet",
        "2026-02-16 07:30",
        html="""<html><body style="font-family:Arial,sans-serif">
<h2>Aktion &bdquo;Sicher zur Schule&ldquo; 2026</h2>
<p>Liebe Schulleitungen, liebe Kita-Teams,</p>
<p>im vergangenen Schuljahr wurden in unserem Geschäftsgebiet <b>1.284 Schulwegunfälle</b>
gemeldet &ndash; 9&nbsp;% weniger als im Vorjahr. Über die Hälfte betraf Kinder auf dem
Fahrrad oder Roller, jeder fünfte Unfall passierte in den ersten drei Wochen nach den
Sommerferien.</p>
<ul>
<li>Kostenloses Aktionspaket: Warnwesten in Kindergröße, Reflektorsticker, Plakate</li>
<li>Elternabend-Vortrag &bdquo;Schulwegplan&ldquo; durch unsere Präventionsberaterin</li>
<li>Malwettbewerb für Klassen 1&ndash;4, Preisgeld 300&nbsp;EUR für die Klassenkasse</li>
</ul>
<p>Bestellung bis 20.03. unter <a href="https://www.ksm-versicherung.example/praevention">ksm-versicherung.example/praevention</a>.</p>
<p style="font-size:smaller">Sie erhalten diese Nachricht als Ansprechpartner einer versicherten Einrichtung.
Abmelden: Antwort mit &bdquo;Abmelden&ldquo;.</p>
</body></html>""")


@mail("CONFIDENTIAL", "en", "insurer→club", "expat coach named as driver of club minibus, motor claim, nobody hurt")
def _():
    return build(PUETZ, "Declan Murphy <coach.u16@bc-neuwied-eagles.example>",
        "Minibus NR-BC 16 – bollard damage on 14 February",
        "2026-02-17 12:05",
        cc="Geschäftsstelle BC Neuwied Eagles <info@bc-neuwied-eagles.example>",
        body="""Hi Declan,

thanks for your mail and the photos. Don't worry, that happens more often than
you'd think with the Sprinter.

I have logged the damage under claim KF-26-005102 (policy KF-40-118204, BC
Neuwied Eagles e.V.). As far as I understand, you were driving the U16 team
back from the away game in Andernach, scraped the bollard at the sports hall
car park and nobody was injured. The town of Andernach will probably send us
an invoice for the bollard - that goes to the club's motor liability, no
excess.

For the damage to the bus itself (right rear door) the club has comprehensive
cover with EUR 300 excess. Could you fill in the driver section of the form I
attached? Your German driving licence number is enough, no need to send a copy
of your Irish one.

Cheers
Jörg Pütz
Motor Fleet, KSM Koblenz
""",
        atts=[pdf("Schadenanzeige_Kfz_Fahrerangaben.pdf", """
Schadenanzeige Kfz - Angaben zum Fahrer / Driver details
Schaden-Nr. / Claim no.: KF-26-005102
Versicherungsnehmer / Policyholder: BC Neuwied Eagles e.V.
Kennzeichen / Plate: NR-BC 16

Name des Fahrers / Driver name: ______________________
Führerschein-Nr. / Licence no.: ______________________
Datum, Unterschrift / Date, signature: ______________________
""", title="Schadenanzeige Kfz")])


@mail("NORMAL", "de", "internal", "trap: tender deadlines and lots, no persons")
def _():
    return build(BACKES, "Team Vertrieb Kommunen <vertrieb-kommunal@ksm-versicherung.example>",
        "Ausschreibung Kreis MYK – Lose, Fristen, wer macht was",
        "2026-02-18 08:12",
        body="""Moin zusammen,

die Vergabeunterlagen des Landkreises Mayen-Koblenz sind auf der
Vergabeplattform veröffentlicht (Vergabe-Nr. 2026-0098-VO). Überblick:

Los 1  Gebäude/Inhalt (87 Liegenschaften)     -> Sabine
Los 2  Haftpflicht inkl. Schulträger            -> Fabian
Los 3  Kfz (142 Fahrzeuge, davon 31 Feuerwehr) -> Jörg
Los 4  Elektronik / Cyber                       -> Henrik

Bieterfragen bis 06.03., 12:00 Uhr
Angebotsfrist 27.03., 10:00 Uhr (elektronisch, Textform reicht nicht!)
Zuschlagsfrist 30.06.

Die Schadenstatistik (5 Jahre) liegt im Bieterbereich, ich lege sie in
den Teams-Ordner. Kickoff Mittwoch 10 Uhr, Raum Ehrenbreitstein.

Stefan
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→day-care", "child named with bite injury treated by paediatrician, day-care accident")
def _():
    return build(THELEN, "Kita Regenbogen Bendorf <leitung@kita-regenbogen-bendorf.example>",
        "Re: Bissverletzung Mia Schäfer – was brauchen wir",
        "2026-02-19 13:40",
        body="""Liebe Frau Nickenig,

zu Ihrer Frage: ja, das läuft über die Kinder-Gruppenunfallversicherung der
Stadt Bendorf, die Sie als Träger für alle Kita-Kinder abgeschlossen hat.

Für Mia Schäfer (4 Jahre, Gruppe Sonnenblumen) brauche ich bitte
- die Rechnung bzw. den Befund der Kinderärztin Dr. Hofmann (Wunde am
  linken Unterarm, Tetanus-Auffrischung, Antibiotikum wegen Rötung)
- eine kurze Schilderung, wie es passiert ist. Den Namen des anderen Kindes
  brauchen wir NICHT, bitte lassen Sie ihn weg.

Die Eltern können sich auch direkt an mich wenden, Durchwahl 0261 98770-214.

Herzliche Grüße
Markus Thelen

> Am 18.02.2026 um 16:02 schrieb Kita Regenbogen:
> Hallo Herr Thelen, heute wurde Mia in der Freispielzeit von einem anderen
> Kind in den Arm gebissen, die Mutter war mit ihr direkt bei der Kinderärztin.
> Müssen wir das melden? LG Anja Nickenig
""")


@mail("CONFIDENTIAL", "de", "insurer→municipality", "town hall water damage claim with named municipal contact and claim number")
def _():
    return build(KETTENBACH, "Kerstin Adolph <k.adolph@vg-vallendar.example>",
        "Leitungswasserschaden Rathaus Vallendar, 2. OG – SK-26-01893",
        "2026-02-20 10:26",
        body="""Sehr geehrte Frau Adolph,

vielen Dank für die Fotos. Der Gutachter, Herr Dipl.-Ing. Menne vom
Sachverständigenbüro Rheinblick, kommt am Dienstag, 24.02., um 9:30 Uhr und
meldet sich beim Empfang.

Bitte lassen Sie die Trocknungsgeräte bis dahin laufen und heben Sie die
defekte Verpressmuffe auf. Die Kosten der Leckageortung (Rechnung der Firma
Wassertechnik Loos GmbH, 1.142,40 EUR) übernehmen wir aus der
Gebäudeversicherung, Vertrag GV-40-201177.

Mit freundlichen Grüßen
Sabine Kettenbach
Schadenservice Kommunal
""")


@mail("NORMAL", "en", "IT ticket", "trap: IT outage notice for the portal, no persons")
def _():
    return build(SERVICEDESK, "All staff Koblenz <alle-koblenz@ksm-versicherung.example>",
        "[INC-884213] Secure portal maintenance Saturday 28 Feb, 06:00-10:00",
        "2026-02-24 17:55",
        body="""Hello all,

our external partner for the secure mail portal will patch the portal cluster on
Saturday, 28 February, 06:00-10:00 CET.

Impact:
- customers, clubs and municipalities cannot log in to the portal mailbox
- outgoing mail flagged as confidential will be queued and delivered after the
  window (no action needed)
- notification mails may arrive with a delay of up to 4 hours

If you expect urgent secure mail on Saturday (e.g. on-call claims), please use
the phone. Questions: ticket INC-884213 or ext. 4400.

Regards
IT Service Desk
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→hospital", "harmless body; attachment holds patient malpractice claim with diagnosis")
def _():
    return build(SEIBEL, "Rechtsabteilung Klinikum Mayen <recht@klinikum-mayen.example>",
        "Ihr Schreiben vom 18.02. – Az. KH-H-2026-009",
        "2026-02-25 11:11",
        body="""Sehr geehrte Frau Dr. Kurz,

anbei unsere Stellungnahme zu dem o. g. Vorgang zur Weitergabe an Ihren
Ärztlichen Direktor. Die Rückmeldung des Chefarztes benötigen wir bis
Mitte März.

Mit freundlichen Grüßen
Miriam Seibel
Heilwesen-Haftpflicht / Kommunale Krankenhäuser
""",
        atts=[pdf("Stellungnahme_KH-H-2026-009.pdf", """
Betreff: Anspruchsschreiben RA Dr. Voigt für Herrn Gerhard Lenz, geb. 03.11.1957
Unser Zeichen: KH-H-2026-009 / Krankenhaus-Haftpflicht Klinikum Mayen

Sachverhalt laut Anspruchsschreiben:
Herr Lenz stellte sich am 09.10.2025 mit Thoraxschmerz in der Notaufnahme vor. Nach
unauffälligem EKG wurde er mit der Diagnose Interkostalneuralgie (M79.2) entlassen.
Am 11.10.2025 erfolgte die Aufnahme im Bundeswehrzentralkrankenhaus mit einem
Hinterwandinfarkt (I21.1). Der Anwalt macht geltend, die Troponin-Kontrolle nach drei
Stunden sei unterblieben.

Wir bitten um:
1. vollständige Behandlungsunterlagen der Notaufnahme vom 09.10.2025
2. Stellungnahme des diensthabenden Arztes und des Chefarztes Innere Medizin
3. Angabe, ob eine Schweigepflichtentbindung des Patienten vorliegt
""", title="Kommunale Schutzgemeinschaft Mittelrhein VVaG - Stellungnahme")])


@mail("NORMAL", "de", "insurer→club", "trap: blank accident report template with placeholders")
def _():
    return build(VEREIN, "Geschäftsstelle SV Kobern-Gondorf <gs@sv-kobern-gondorf.example>",
        "Vorlage Unfallmeldung Sportunfall (Word)",
        "2026-02-26 09:45",
        body="""Hallo Frau Ternes,

wie gewünscht die bearbeitbare Vorlage für Unfallmeldungen. Bitte die
Platzhalter in eckigen Klammern ersetzen und das ausgefüllte Formular NICHT
per normaler E-Mail schicken, sondern über unser Portal hochladen oder per Post.

Viele Grüße
Ihr KSM Vereinsservice
""",
        atts=[docx("Vorlage_Unfallmeldung_Sportunfall.docx", [
            "# Unfallmeldung Sportunfall – Vereins-Gruppenunfallversicherung",
            "Verein: [Name des Vereins]   Vertragsnummer: [GU-40-XXXXXX]",
            "Verletzte Person: [Vorname Nachname], geb. [TT.MM.JJJJ]",
            "Anschrift: [Straße Hausnummer], [PLZ Ort]",
            "Unfalltag / Uhrzeit: [TT.MM.JJJJ] / [hh:mm]   Sportart: [z. B. Fußball]",
            "Unfallhergang: [kurze Schilderung]",
            "Art der Verletzung: [z. B. Prellung, Bruch – so genau wie möglich]",
            "Erstbehandelnder Arzt / Krankenhaus: [Name, Ort]",
            ("table", [("Zeuge", "Telefon"), ("[Name]", "[Nummer]"), ("[Name]", "[Nummer]")]),
            "Ort, Datum: [Ort], [Datum]        Unterschrift Vorstand: ____________________",
        ])])


@mail("CONFIDENTIAL", "de", "insurer→club", "club member list with birth dates quoted back, liability premium context")
def _():
    return build(DEMIRTAS, "Schriftführer MGV Eintracht Urbar <schriftfuehrer@mgv-urbar.example>",
        "AW: Mitgliederliste für die Vereinshaftpflicht",
        "2026-03-02 10:02",
        body="""Hallo Herr Wirges,

vielen Dank, aber für die Vereinshaftpflicht brauchen wir keine
Mitgliederliste – nur die Anzahl der Mitglieder zum 01.01. (laut Ihrer
Liste 47, davon 38 aktive Sänger). Ich habe die Liste bei uns gelöscht und
den Beitrag mit 47 Mitgliedern berechnet: 64,00 EUR.

Bitte schicken Sie solche Listen künftig nicht mehr unverschlüsselt, da
stehen Geburtsdaten und Adressen drin.

Viele Grüße
Aylin Demirtas
Vereinsservice

-----Ursprüngliche Nachricht-----
Von: Wirges, Manfred
Gesendet: Samstag, 28. Februar 2026 19:41
Betreff: Mitgliederliste für die Vereinshaftpflicht

Hallo, anbei wie jedes Jahr die Liste, hier die ersten Zeilen:
Adams, Werner, geb. 12.04.1949, Hauptstr. 4, Urbar, aktiv
Bell, Thomas, geb. 30.09.1971, Am Rheinblick 11, Urbar, aktiv
Canz, Hubert, geb. 02.02.1943, Lindenweg 2, Urbar, passiv
... (47 Einträge)
Gruß Manfred Wirges
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer→club", "expat coach with Achilles tendon rupture, club group accident claim")
def _():
    return build(KLASEN, "Sarah Whitfield <sarah.whitfield@mailbox.example>",
        "Your accident on 28 February – group accident cover of TV Lahnstein",
        "2026-03-04 15:33",
        cc="TV Lahnstein 1862 e.V. <geschaeftsstelle@tv-lahnstein.example>",
        body="""Dear Ms Whitfield,

the club forwarded your accident report to us. I'm sorry to hear about your
injury - a complete rupture of the left Achilles tendon while demonstrating a
drill to your volleyball juniors is really bad luck.

As head coach you are insured under the club's group accident policy
GU-40-330871 (coaches and volunteers). The policy pays:
- a daily hospital allowance of EUR 25 (your stay at St. Elisabeth Mayen,
  2-5 March, counts),
- a lump sum for the surgical repair (EUR 500),
- an invalidity benefit if a permanent impairment remains after 12 months.

Please send us the surgery report and the discharge letter. If it is easier for
you, you can write in English; our medical adviser reads English reports.

Get well soon!
Daniel Klasen
Accident Claims
""")


@mail("NORMAL", "de", "insurer→municipality", "trap: aggregated school accident statistics per school type, no persons")
def _():
    return build(WEIDENBACH, "Schulamt Kreis Ahrweiler <schulamt@kreis-ahrweiler.example>",
        "Auswertung Schulunfälle Schuljahr 2024/25",
        "2026-03-05 11:48",
        body="""Sehr geehrter Herr Mohr,

anbei die gewünschte Auswertung für die Schulen in Ihrer Trägerschaft.
Kleine Fallzahlen (unter 5) haben wir zusammengefasst, damit keine
Rückschlüsse auf einzelne Kinder möglich sind.

Auffällig ist der Anstieg bei Unfällen im Sportunterricht an den
Realschulen plus (Ballsportarten, v. a. Sprunggelenk). Wir bieten dazu
gern eine Fortbildung für Sportlehrkräfte an.

Freundliche Grüße
Carina Weidenbach
Prävention
""",
        atts=[xlsx("Schulunfaelle_2024-25_Kreis_AW.xlsx", [
            ("Schulart", [
                ("Schulart", "Schüler gesamt", "Unfälle", "je 1.000 Schüler", "davon Sportunterricht", "davon Pause"),
                ("Grundschule", 6410, 212, 33.1, 61, 118),
                ("Realschule plus", 3120, 143, 45.8, 79, 41),
                ("Gymnasium", 2870, 88, 30.7, 47, 25),
                ("Förderschule / BBS (zusammengefasst)", 1980, 37, 18.7, 11, 14),
            ]),
            ("Verletzungsart", [
                ("Art", "Anteil"),
                ("Prellung / Zerrung", "54 %"), ("Fraktur", "17 %"),
                ("Wunde", "15 %"), ("Zahnschaden", "6 %"), ("Sonstiges", "8 %"),
            ])])])


@mail("CONFIDENTIAL", "de", "insurer→municipality", "city festival event liability claim of named visitor, property only")
def _():
    return build(LOOS, "Stadtmarketing Andernach <feste@andernach-marketing.example>",
        "Altstadtfest – Schaden Herr Yilmaz (Handy), VA-26-0211",
        "2026-08-18 09:36",
        body="""Hallo Frau Blum,

zum Schadenfall vom Altstadtfest (Veranstaltungshaftpflicht VA-40-552018):
Herr Emre Yilmaz, Breite Straße 27, Andernach, gibt an, dass am 15.08. gegen
22 Uhr ein Wimpel der Girlande am Marktplatz abgerissen ist und ihm das
Smartphone aus der Hand geschlagen hat. Verletzt wurde niemand, das Display
ist gebrochen. Er verlangt 389 EUR (Reparaturkostenvoranschlag liegt vor).

Können Sie mir sagen, welche Firma die Girlanden montiert hat? Dann prüfe ich,
ob wir beim Dienstleister Regress nehmen.

Gruß
Petra Loos
Veranstaltungen
""")


@mail("NORMAL", "de", "job ad", "trap: job advertisement for claims handler, no persons")
def _():
    return build(HOELZER, "Stellenportal <jobs@ksm-versicherung.example>",
        "Freigabe Stellenanzeige: Sachbearbeiter Kommunalschaden (m/w/d)",
        "2026-03-06 13:00",
        body="""Hallo,

bitte folgende Anzeige ab Montag online stellen (Karriereseite, Stepstone,
Arbeitsagentur). Laufzeit 6 Wochen.

---
Sachbearbeiter (m/w/d) Schaden Kommunal – Vollzeit/Teilzeit, Koblenz

Wir sind der Versicherer von über 600 Städten, Gemeinden, Schulen, Kitas und
Vereinen zwischen Westerwald und Hunsrück. Du regulierst Gebäude-,
Haftpflicht- und Kfz-Schäden unserer kommunalen Mitglieder, besichtigst
gelegentlich vor Ort und arbeitest eng mit Gutachtern zusammen.

Du bringst mit: Ausbildung Kaufmann/-frau für Versicherungen und Finanzen oder
vergleichbar, Freude am Telefon, Führerschein Klasse B.

Wir bieten: TV-V-ähnliche Vergütung, 30 Tage Urlaub, mobiles Arbeiten bis
60 %, Jobrad, Kantine mit Rheinblick.

Ansprechpartnerin: Renate Hölzer, Personal, bewerbung@ksm-versicherung.example
---

Danke!
Renate Hölzer
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→charity", "elderly volunteer at food bank with femoral neck fracture, named, volunteer accident cover")
def _():
    return build(THELEN, "Caritasverband Koblenz – Ehrenamt <ehrenamt@caritas-ko.example>",
        "Ehrenamtsversicherung – Sturz Frau Gertrud Mallmann, Tafel Lützel",
        "2026-03-09 10:15",
        body="""Sehr geehrter Herr Kreuzberg,

die Meldung zum Sturz von Frau Gertrud Mallmann (78) bei der Lebensmittelausgabe
am 03.03. haben wir erhalten. Nach Ihrer Schilderung ist sie auf dem nassen
Boden im Lager ausgerutscht; im Marienhof wurde eine Schenkelhalsfraktur rechts
diagnostiziert und eine Hüftprothese eingesetzt. Anschließend geht sie in die
Anschlussheilbehandlung nach Bad Ems.

Frau Mallmann ist über den Sammelvertrag des Landes für Ehrenamtliche und
ergänzend über Ihren Vertrag GU-40-204455 versichert. Bitte geben Sie ihr das
beiliegende Formular zur Schweigepflichtentbindung – gern hilft ihr auch
jemand aus dem Team beim Ausfüllen.

Alles Gute für Frau Mallmann!
Markus Thelen
""")


@mail("CONFIDENTIAL", "en", "insurer→municipality", "cyber incident of a town administration, named contacts and policy number, no citizen data")
def _():
    return build(MAURER, "Incident Response <ir-team@veiligdigitaal.example>",
        "Cyber policy CY-40-009314 – VG Maifeld ransomware, scope of engagement",
        "2026-03-10 19:02",
        cc="Andreas Schüller <it-leitung@vg-maifeld.example>",
        body="""Dear Mr de Vries,

as discussed on the phone: KSM confirms cost cover for your forensic
engagement for our policyholder Verbandsgemeinde Maifeld under cyber policy
CY-40-009314, initially up to EUR 40,000 (incident response sublimit).

Contacts on the customer side:
- Andreas Schüller, head of IT (cc)
- Birgit Hommen, data protection officer, +49 2654 9400-117

Scope for the first 72 hours: containment, identification of the initial
access (the customer suspects the VPN appliance), preservation of logs, and a
first assessment whether personal data of residents was exfiltrated. Please do
not contact the attackers without our written consent.

Daily status to me and Mr Schüller by 18:00, please.

Regards
Henrik Maurer
Cyber Underwriting & Claims
""")


@mail("NORMAL", "de", "internal", "trap: team organisation, colleague absent without reason")
def _():
    return build(BRENNER, "Abteilung Kommunal & Vereine <abt-kommunal@ksm-versicherung.example>",
        "Teamrunde Donnerstag + Frühlingsfest",
        "2026-03-11 08:05",
        body="""Guten Morgen zusammen,

kurze Orga-Punkte:

- Die Teamrunde am Donnerstag ziehen wir auf 9:00 vor, weil ich um 11 Uhr beim
  Kommunalen Arbeitgeberverband sein muss.
- Daniel ist bis einschließlich Freitag nicht da; Vertretung Unfall-Leistung
  macht Markus.
- Frühlingsfest der Abteilung: Freitag, 27.03., ab 15 Uhr auf der Terrasse.
  Petra sammelt 10 EUR pro Person ein, Grillgut kommt vom Metzger Hoffmann.
- Bitte bis Monatsende die Urlaubsplanung Sommer in den Kalender eintragen.

Danke und einen guten Tag
Ulrike
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal", "harmless body; forwarded camp leader report of child with asthma attack")
def _():
    fw = inner("Lagerleitung Zeltlager <zeltlager@kjg-mayen.example>",
        "Markus Thelen <markus.thelen@ksm-versicherung.example>",
        "Zeltlager Hunsrück – Notfall Paul Esch", "2026-07-24 22:48",
        body="""Hallo Herr Thelen,

kurze Info wie gewünscht: heute Nachmittag hatte Paul Esch (11) bei der
Nachtwanderung-Vorbereitung einen schweren Asthmaanfall. Sein Notfallspray hat
nicht gereicht, der Notarzt hat ihn ins Krankenhaus Simmern gebracht. Dort
bleibt er bis morgen, Sauerstoff und Kortison. Die Eltern sind informiert und
holen ihn ab.

Wir haben leider keinen Unfall, aber die Rettungsdienstrechnung wird wohl
kommen. Läuft das über die Freizeitversicherung?

Viele Grüße
Jana Reif, Lagerleitung KjG Mayen
""")
    return build(THELEN, UNFALL.replace("KSM Unfall-Leistung", "Unfall-Leistung"),
        "WG: Zeltlager Hunsrück", "2026-07-27 08:20",
        body="""Zuständigkeitshalber – bitte als Freizeit-Reisekrankenfall anlegen, nicht
als Unfall. Vertrag FZ-40-071166. Danke, Markus
""", atts=[fw])
# ==========================================================================
# mails 26-50
# ==========================================================================

@mail("NORMAL", "de", "insurer→municipality", "trap: council draft resolution with premium per pupil, ODT, no persons")
def _():
    return build(RUEDELL, "Ortsbürgermeister Dieblich <buergermeister@dieblich.example>",
        "Beschlussvorlage Schüler-Zusatzversicherung – Entwurf für Ihre Ratssitzung",
        "2026-03-12 14:20",
        body="""Sehr geehrter Herr Ortsbürgermeister,

wie zugesagt ein Formulierungsvorschlag für die Beschlussvorlage. Sie können
ihn gern in Ihr Ratsinformationssystem übernehmen und anpassen.

Beste Grüße aus Koblenz
Fabian Rüdell
""",
        atts=[odt("Beschlussvorlage_Schueler-Zusatzversicherung.odt", [
            "# Beschlussvorlage Nr. 2026/014 – Ortsgemeinderat Dieblich",
            "Betreff: Beitritt zur Schüler-Zusatzunfallversicherung der KSM",
            "Sachverhalt: Die gesetzliche Schülerunfallversicherung deckt Heilbehandlung und Rente, jedoch keine Zahnersatz-Mehrkosten, Brillenschäden oder Kapitalleistungen bei Invalidität. Die KSM bietet Schulträgern eine Zusatzversicherung zu einem Jahresbeitrag von 1,80 EUR je Schülerin und Schüler an.",
            "Finanzielle Auswirkungen: Bei 164 Schülerinnen und Schülern der Grundschule Dieblich ergeben sich Kosten von 295,20 EUR jährlich (Haushaltsstelle 2110.5410).",
            "Beschlussvorschlag: Der Ortsgemeinderat beschließt den Beitritt zum 01.08.2026 für die Dauer von zunächst drei Schuljahren.",
            "Abstimmungsergebnis: ___ Ja  ___ Nein  ___ Enthaltungen",
        ])])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→hospital", "patient fall from bed with dementia and hip fracture, liability claim")
def _():
    return build(SEIBEL, "Qualitätsmanagement St. Josef Neuwied <qm@stjosef-neuwied.example>",
        "Sturzereignis Station 4B – Frau Hildegard Rams, Ihre Meldung vom 10.03.",
        "2026-03-13 09:58",
        body="""Sehr geehrter Herr Dr. Pelzer,

danke für die offene Meldung. Zum Vorgang KH-H-2026-014:

Frau Hildegard Rams, 84, mit bekannter mittelgradiger Alzheimer-Demenz, ist
in der Nacht vom 07. auf den 08.03. trotz Sturzrisiko-Einstufung „hoch“ aus
dem Bett gestürzt. Das Bettgitter war laut Pflegedokumentation nicht
hochgezogen, weil keine richterliche Genehmigung für freiheitsentziehende
Maßnahmen vorlag. Ergebnis: pertrochantäre Femurfraktur links, Versorgung
mit Gamma-Nagel am 08.03.

Die Tochter (Betreuerin) hat über einen Anwalt Ansprüche angekündigt. Bitte
schicken Sie uns:
- Sturzprotokoll und Pflegedokumentation 05.–08.03.
- Ergebnis der Sturzrisikoerfassung bei Aufnahme
- Dienstplan der Nacht (nur Qualifikation, keine Namen nötig)

Bitte über das Portal, nicht per Mail.

Mit freundlichen Grüßen
Miriam Seibel
""")


@mail("CONFIDENTIAL", "de", "insurer→school", "pupil named as cause of broken window, recourse against parents' liability insurer, no injury")
def _():
    return build(KETTENBACH, "Hausmeister IGS Koblenz <hausmeister@igs-koblenz.example>",
        "Glasbruch Turnhalle – Regress bei der Privathaftpflicht der Eltern",
        "2026-03-16 12:31",
        body="""Hallo Herr Dommermuth,

danke, das Foto reicht. Ich habe den Schaden unter SK-26-02417 aufgenommen
(Glasversicherung Schulzentrum, Vertrag GV-40-201302).

Laut Klassenbuch-Eintrag hat Noah Krämer (7c) in der großen Pause
vom 12.03. den Ball gegen das Oberlicht geschossen. Verletzt wurde niemand.
Die Eltern haben eine Privathaftpflicht bei der Rheinischen Provinzial,
Schadennummer dort 2026-PH-778312. Wir zahlen erst die Glaserrechnung
(1.960,35 EUR) und holen uns das Geld dann dort zurück.

Die Schule muss nichts weiter tun.

Gruß
Sabine Kettenbach
""")


@mail("NORMAL", "en", "insurer→youth camp", "trap: camp programme and general insurance notes for international participants, no persons")
def _():
    return build(WEIDENBACH, "Partner organisations <partners@jugendcamp-loreley.example>",
        "International Youth Camp Loreley 2026 – safety briefing and what to pack",
        "2026-06-15 10:00",
        body="""Dear partner organisations,

the camp (26 July - 8 August, Loreley plateau) is almost full: 96 young people
from Poland, France, Ukraine, the Netherlands and Germany. As insurer of the
camp we would like to share a few safety points for your group leaders:

1. Swimming in the Rhine is forbidden. Swimming only in the outdoor pool in
   St. Goarshausen with lifeguards present.
2. Every participant needs a signed parental consent and their EHIC card or
   private travel health insurance. The camp's group accident policy covers
   accidents only, not illness.
3. Medication: please list it on the health form that goes directly to the camp
   nurse in a sealed envelope - do NOT email health forms to us or the camp
   office.
4. Hiking shoes, rain jacket, refillable bottle, sun cream, a torch.

Emergency number during the camp: +49 6771 9300-80 (24/7).

See you on the Loreley!
Carina Weidenbach
Prevention team, KSM
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer→twin town", "twin-town football player named with concussion, event accident claim")
def _():
    return build(KLASEN, "Kingsbridge Town Council <twinning@kingsbridge-council.example>",
        "Friendship tournament 23 May – injury of Oliver Grant",
        "2026-05-27 14:44",
        body="""Dear Mr Pennington,

following your call: the friendship tournament in Boppard was insured by the
town under our event accident policy VU-40-060512, which also covers guest
players.

We have registered the injury of Oliver Grant (U14 squad) as claim
VU-26-0019. According to the tournament doctor he collided with the goalkeeper,
lost consciousness for about a minute and was taken to Heilig-Geist-Hospital
Boppard with a concussion; a CT scan was normal and he was discharged the next
morning.

Could his parents send us the hospital's discharge summary and any bills they
receive in the UK for follow-up appointments? We reimburse treatment costs not
covered by the NHS up to EUR 2,000 and pay a flat EUR 150 for the hospital night.

Kind regards
Daniel Klasen
""")


@mail("CONFIDENTIAL", "de", "insurer→club", "refund to treasurer's private IBAN (natural person), club contract")
def _():
    return build(VEREIN, "Oliver Dietz <o.dietz@web-mail.example>",
        "Beitragserstattung TuS Rhens – Bankverbindung",
        "2026-03-18 11:07",
        body="""Hallo Herr Dietz,

für die Erstattung des doppelt abgebuchten Beitrags (Vereinshaftpflicht
VH-40-778121, 2 x 412,00 EUR am 02.03.) haben Sie uns Ihr privates Konto
genannt, weil das Vereinskonto gerade umgestellt wird:

Kontoinhaber: Oliver Dietz
IBAN: DE53 5776 2265 2251 4453 41

Bitte bestätigen Sie kurz, dass der Verein damit einverstanden ist (Mail vom
Vorsitzenden genügt). Dann überweisen wir die 412,00 EUR innerhalb von
3 Werktagen.

Freundliche Grüße
Aylin Demirtas
""")


@mail("NORMAL", "de", "purchase order", "trap: purchase order for high-visibility vests, supplier GmbH bank account")
def _():
    return build(WEIDENBACH, "Vertrieb Textil Kröll GmbH <auftrag@kroell-textil.example>",
        "Bestellung 4500018832 – Kinderwarnwesten Aktion Sicher zur Schule",
        "2026-03-19 09:14",
        body="""Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Ihrem Angebot AN-26-0311 vom 09.03.:

Pos 1  3.000 Stk  Warnweste Kinder EN 1150, gelb, Gr. S/M, Druck „KSM – Sicher
                  zur Schule“ einseitig                    à 1,38 EUR
Pos 2  5.000 Stk  Reflektor-Sticker Rund 50 mm             à 0,21 EUR
Pos 3  1 x       Druckvorlage / Klischee                   pauschal 95,00 EUR

Liefertermin: KW 16, frei Haus an KSM, Rheinzollstraße 12, Warenannahme Tor 2.
Zahlung 30 Tage netto auf Ihr Konto laut Rechnung. Ihre Rechnungsangaben
(Kröll Textil GmbH, IBAN DE15 5707 0024 9803 9456 38) haben wir im
Kreditorenstamm hinterlegt.

Bitte Bestellnummer 4500018832 auf allen Papieren angeben.

Mit freundlichen Grüßen
Carina Weidenbach
Prävention / Einkauf
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→charity", "altar servers' pilgrimage list with allergies, medication and parish membership in attachment")
def _():
    return build(LOOS, "Pfarrbüro St. Kastor <pfarrbuero@st-kastor-ko.example>",
        "Romfahrt der Messdiener – Gruppenversicherung",
        "2026-03-20 16:05",
        body="""Liebe Frau Gorges,

vielen Dank für die Teilnehmerliste. Ich habe die Gruppen-Reiseversicherung
(Reisekranken, Unfall, Gepäck) für 31 Personen vom 26.10. bis 02.11. eingedeckt,
Vertrag RG-40-100488. Die Liste hänge ich Ihnen zur Kontrolle nochmals an –
bitte prüfen Sie die markierten Zeilen.

Herzliche Grüße
Petra Loos
""",
        atts=[xlsx("Romfahrt2026_Teilnehmer_geprueft.xlsx", [
            ("Teilnehmer", [
                ("Name", "Vorname", "geb.", "Pfarrei", "Konfession", "Allergien / Medikamente", "Prüfvermerk"),
                ("Bermel", "Jonas", "14.05.2011", "St. Kastor", "röm.-kath.", "Erdnussallergie, Notfallset", ""),
                ("Fuchs", "Lea", "02.09.2010", "St. Kastor", "röm.-kath.", "–", ""),
                ("Ahmadi", "Sina", "27.01.2012", "Liebfrauen", "evang.", "Asthma, Salbutamol", "Konfession bitte prüfen, Teilnahme ok?"),
                ("Kerber", "Tim", "11.11.2009", "St. Kastor", "röm.-kath.", "Typ-1-Diabetes, Insulinpumpe", "Kühltasche Insulin"),
                ("Pfarrer Dr. Lenzen", "Bernhard", "", "St. Kastor", "", "–", "Begleitung"),
            ])])])


@mail("NORMAL", "de", "IT ticket", "trap: scanner ticket, no persons' data")
def _():
    return build(SERVICEDESK, "Daniel Klasen <daniel.klasen@ksm-versicherung.example>",
        "[INC-884577] Scan-to-Mail 3. OG geht nicht – gelöst",
        "2026-03-23 15:40",
        body="""Hallo Herr Klasen,

Ihr Ticket INC-884577 „Multifunktionsgerät MFP-3OG-Ost schickt keine Scans“
wurde gelöst.

Ursache: Nach dem Zertifikatswechsel am SMTP-Relay hatte das Gerät noch das
alte Root-Zertifikat. Wir haben Firmware 4.12 eingespielt und das Zertifikat
erneuert. Testscan an Ihr Postfach ist um 15:32 Uhr angekommen.

Hinweis: Scans mit Unfallakten bitte weiterhin nur in den Ordner
\\\\fs02\\scan\\leistung und nicht an externe Adressen.

Falls das Problem erneut auftritt, antworten Sie einfach auf diese Mail.

Ihr IT-Servicedesk
""")


@mail("CONFIDENTIAL", "en", "insurer→club", "confirmation of cover for expat coach with birth date for residence permit")
def _():
    return build(VEREIN, "Brandon Keller <b.keller@koblenz-royals.example>",
        "Confirmation of insurance for your residence permit",
        "2026-03-24 10:22",
        body="""Dear Mr Keller,

as requested, please find below the wording you can hand in at the foreigners'
authority (Ausländerbehörde Koblenz). The signed PDF follows by post.

---
Versicherungsbestätigung / Confirmation of insurance

Mr Brandon Keller, born 17 June 1994 in Omaha, Nebraska (USA), residing at
Moselweißer Straße 61, 56073 Koblenz, is head coach of Koblenz Royals
Baseball & Softball e.V. In this capacity he is covered under the club's
general liability policy VH-40-779002 with KSM.

This confirmation does not replace health insurance.
---

Best regards
KSM Club Service
""")


@mail("NORMAL", "de", "insurer→municipality", "trap: invitation to members' meeting of the mutual insurer, agenda only")
def _():
    return build(BRENNER, "Mitglieder Kommunal <mitglieder@ksm-versicherung.example>",
        "Einladung zur Mitgliedervertreterversammlung am 18. Juni 2026",
        "2026-04-07 08:00",
        body="""Sehr geehrte Damen und Herren,

als Versicherungsverein auf Gegenseitigkeit laden wir die gewählten
Mitgliedervertreter der Städte, Gemeinden und Landkreise herzlich ein:

Donnerstag, 18. Juni 2026, 10:00 Uhr
Kurfürstliches Schloss Koblenz, Spiegelsaal

Tagesordnung
1. Bericht des Vorstands über das Geschäftsjahr 2025
2. Bericht des Aufsichtsrats
3. Feststellung des Jahresabschlusses, Beitragsrückerstattung 2025 (Vorschlag:
   8 % der Haftpflichtbeiträge)
4. Entlastung von Vorstand und Aufsichtsrat
5. Wahl des Abschlussprüfers
6. Satzungsänderung § 11 (digitale Teilnahme)

Anmeldung bitte bis 29. Mai über das Mitgliederportal.

Mit freundlichen Grüßen
Dr. Ulrike Brenner
Bereichsleiterin Kommunal & Vereine
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→fire brigade", "body harmless; ZIP holds youth fire brigade child burn injury report")
def _():
    return build(THELEN, "Jugendfeuerwehrwart VG Weißenthurm <jfw@vg-weissenthurm.example>",
        "Ihre Unterlagen – zurück mit Anmerkungen",
        "2026-06-02 18:10",
        body="""Hallo Herr Bach,

anbei Ihre Unterlagen gezippt zurück, meine Anmerkungen stehen in der
Textdatei. Bitte bis Freitag ergänzen.

Gruß Markus Thelen
""",
        atts=[zipf("JF_Zeltlager_Unterlagen.zip", [
            txt("Anmerkungen_KSM.txt", """Anmerkungen zur Unfallmeldung JF-2026-07 (Jugendfeuerwehr-Zeltlager Nettersheim)

- Verletzter: Finn Lohner, 13 J., JF Kettig
- Hergang lt. Meldung: beim Nachlegen am Lagerfeuer mit Spiritus nachgeholfen,
  Stichflamme, Verbrennung 2. Grades an rechter Hand und Unterarm (ca. 3 % KOF)
- Behandlung: Notarzt, Verbrennungszentrum Uniklinik Köln-Merheim, 4 Tage stationär
FEHLT: Arztbericht Merheim, Angabe wer den Spiritus ausgegeben hat (Aufsicht!),
Einverständnis der Eltern zur Anforderung der Klinikunterlagen.
"""),
            pdf("Unfallmeldung_JF-2026-07.pdf", """
Jugendfeuerwehr VG Weißenthurm - Unfallmeldung
Name: Lohner, Finn   geb. 19.04.2013   JF Kettig
Unfalltag: 30.05.2026, ca. 21:15 Uhr, Zeltlager Nettersheim
Verletzung: Verbrennung Grad 2a/2b rechte Hand, Unterarm
Erstversorgung: Kühlung, Notarzt, Transport Köln-Merheim
Gemeldet von: Jugendfeuerwehrwart Stefan Bach
""", title="Unfallmeldung Jugendfeuerwehr")])])


@mail("CONFIDENTIAL", "de", "insurer→municipality", "fleet list with assigned named drivers and plates in attachment")
def _():
    return build(PUETZ, "Fuhrpark Stadt Mayen <fuhrpark@mayen-stadt.example>",
        "Fuhrparkliste Bauhof – Abgleich für Verlängerung KF-40-117700",
        "2026-04-08 13:27",
        body="""Hallo Frau Nett,

im Anhang die Liste, wie sie bei uns im Vertrag steht. Bitte ergänzen Sie die
neuen Fahrzeuge (zwei E-Transporter?) und markieren Sie, was abgemeldet ist.
Die Spalte „fester Fahrer“ brauchen wir nur für die Fahrzeuge mit
Einzelfahrer-Nachlass.

Danke!
Jörg Pütz
""",
        atts=[xlsx("Fuhrpark_Bauhof_Mayen_Stand_2026-04.xlsx", [
            ("Fahrzeuge", [
                ("Kennzeichen", "Fahrzeug", "FIN", "Tarif", "fester Fahrer", "Schadenfreiheit"),
                ("MY-BH 101", "MB Unimog U 423", "WDB4374141V2218839", "Vollkasko SB 1000", "Jürgen Gilles", "SF 12"),
                ("MY-BH 104", "Fendt 211 Vario", "FENDT211VARIO93311", "Teilkasko", "", "SF 6"),
                ("MY-BH 110", "VW Crafter Pritsche", "WV1ZZZSYZL9025517", "Vollkasko SB 500", "Dragan Petrović", "SF 9"),
                ("MY-BH 112", "Multicar M31", "WMU31C0000L106621", "Teilkasko", "", "SF 3"),
                ("MY-BH 120", "Kehrmaschine Bucher CityCat", "BUCHER2020CC5004", "Vollkasko SB 1000", "Sven Engel", "SF 4"),
            ])])])


@mail("NORMAL", "de", "insurer→service provider", "trap: roof storm damage at the insurer's own branch office, roofer company")
def _():
    return build(OSTERMANN, "Dachdeckerei Brohl GmbH <info@dachdeckerei-brohl.example>",
        "Sturmschaden Dach Geschäftsstelle Rheinzollstraße – Auftrag",
        "2026-02-11 07:48",
        body="""Guten Morgen Herr Brohl,

nach dem Sturm heute Nacht fehlen auf der Nordseite unseres Gebäudes
Rheinzollstraße 12 etwa 20 Schieferplatten, im Treppenhaus 4. OG tropft es.
Bitte kommen Sie so schnell wie möglich für eine Notabdichtung. Zufahrt über
den Hof, Schlüssel beim Empfang, Ansprechpartner vor Ort Hausmeister Herr
Kühn, 0261 98770-100.

Das Angebot für die endgültige Reparatur bitte an facility@ksm-versicherung.example.

Danke und Gruß
Nils Ostermann
Facility / IT-Infrastruktur
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→club", "club treasurer named with penal order for embezzlement, D&O claim")
def _():
    return build(SCHERER, "Rechtsanwalt Dr. Fell <kanzlei@fell-recht.example>",
        "D&O-Vorgang KV Eintracht Polch – Herr Rolf Hennes / Strafbefehl",
        "2026-04-09 16:51",
        body="""Sehr geehrter Herr Dr. Fell,

zu Ihrem Schreiben im Auftrag des Karnevalsvereins Eintracht Polch e.V.:

Nach Ihren Unterlagen hat das Amtsgericht Mayen gegen den früheren
Schatzmeister Rolf Hennes am 12.03.2026 einen Strafbefehl wegen Untreue in
14 Fällen (§ 266 StGB) erlassen, 120 Tagessätze; der Strafbefehl ist
rechtskräftig. Der Verein verlangt von Herrn Hennes 23.480 EUR zurück.

Die Vermögensschadenhaftpflicht VH-40-776540 deckt vorsätzliche
Pflichtverletzungen nicht (Ziffer 5.1 AVB). Wir prüfen jedoch, ob die übrigen
Vorstandsmitglieder wegen mangelnder Kassenprüfung in Anspruch genommen werden
und insoweit Deckung besteht. Bitte übersenden Sie die Prüfberichte der
Kassenprüfer 2022–2025.

Mit freundlichen Grüßen
Tobias Scherer
""")


@mail("NORMAL", "en", "insurer→municipality", "trap: conference invitation of European municipal insurers, speakers named in public role")
def _():
    return build(BRENNER, "EMIF Secretariat <secretariat@emif-network.example>",
        "Re: EMIF Annual Forum Lyon – KSM session confirmed",
        "2026-04-13 12:12",
        body="""Dear Ms Laurent,

thank you, we are happy to confirm our session at the EMIF Annual Forum in
Lyon on 8 October:

Title: "Cyber cover for small municipalities - lessons from 40 claims"
Speakers: Dr. Ulrike Brenner (KSM) and Henrik Maurer (KSM)
Format: 25 minutes plus Q&A, slides in English
Technical needs: HDMI, one handheld microphone

We will also bring two colleagues to the workshop on climate risks for public
buildings. Please send the hotel booking code when available.

Best regards
Ulrike Brenner
Kommunale Schutzgemeinschaft Mittelrhein VVaG
""")


@mail("CONFIDENTIAL", "de", "insurer→municipality", "cyber phishing claim naming the employee whose account was compromised")
def _():
    return build(MAURER, "IT-Leitung Stadt Bendorf <it@bendorf-stadt.example>",
        "Cyber-Schaden CY-26-0007 – kompromittiertes Postfach",
        "2026-04-14 10:40",
        body="""Hallo Herr Zimmer,

kurze Zusammenfassung unseres Telefonats für die Akte (Cyber-Police
CY-40-009287, Stadt Bendorf):

- 09.04., 08:12 Uhr: Frau Melanie Kurth (Bürgerbüro) hat auf den Link in einer
  gefälschten „Microsoft 365 Passwort abgelaufen“-Mail geklickt und ihre
  Zugangsdaten eingegeben.
- 09.04. bis 10.04.: aus ihrem Postfach gingen ca. 2.300 Phishing-Mails an
  externe Adressen. Eine Weiterleitungsregel wurde angelegt.
- 10.04., 14:00 Uhr: Konto gesperrt, MFA erzwungen.

Nach bisheriger Prüfung waren im Postfach keine Bürgerdaten abrufbar, die
über Terminanfragen hinausgehen. Die Kosten des IT-Dienstleisters (bisher
3.870 EUR) tragen wir. Für die Meldung an den LfDI haben Sie noch bis morgen
Zeit – brauchen Sie dafür unseren Anwalt?

Gruß
Henrik Maurer
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→municipality", "child near-drowning at municipal pool with resuscitation, liability claim")
def _():
    return build(KETTENBACH, "Bäderbetriebe Neuwied <baeder@neuwied-stadtwerke.example>",
        "Vorfall Deichwelle 18.04. – Haftpflichtvorgang KH-26-0388",
        "2026-04-21 08:33",
        body="""Sehr geehrter Herr Krupp,

wir haben den Vorfall im Hallenbad Deichwelle als vorsorglichen
Haftpflichtvorgang angelegt (Kommunalhaftpflicht KH-40-100931).

Soweit bekannt: Elias Brandt, 6 Jahre, wurde am 18.04. gegen 15:40 Uhr
leblos im Nichtschwimmerbecken entdeckt, der Schwimmmeister begann sofort mit
der Reanimation. Das Kind wurde in das Kemperhof Koblenz, Kinderintensivstation,
gebracht und ist nach Auskunft der Eltern inzwischen ohne erkennbare
neurologische Schäden entlassen worden.

Bitte sichern Sie
- die Aufsichtsdienstpläne und Beckenaufsichtsbücher vom 18.04.
- die Videoaufzeichnung des Eingangsbereichs (keine Beckenkamera, richtig?)
- die Namen der Ersthelfer

Eine Schuldanerkenntnis bitte nicht abgeben. Die Eltern haben bisher keine
Ansprüche gestellt.

Mit freundlichen Grüßen
Sabine Kettenbach
""")


@mail("NORMAL", "de", "insurer→municipality", "trap: risk assessment checklist template for a city festival, placeholders only")
def _():
    return build(LOOS, "Ordnungsamt Boppard <ordnungsamt@boppard-stadt.example>",
        "Muster Gefährdungsbeurteilung für Ihr Weinfest",
        "2026-04-22 14:02",
        body="""Hallo Herr Gilles,

hier unsere Musterchecklist zur Gefährdungsbeurteilung für Stadtfeste. Sie
ersetzt kein Sicherheitskonzept nach der Versammlungsstättenverordnung, hilft
aber bei kleineren Festen.

Gruß Petra Loos
""",
        atts=[docx("Muster_Gefaehrdungsbeurteilung_Stadtfest.docx", [
            "# Gefährdungsbeurteilung Veranstaltung",
            "Veranstaltung: [Name]   Datum: [TT.MM.JJJJ]   Erwartete Besucher: [Anzahl]",
            "Verantwortliche Person: [Name, Funktion, Mobilnummer]",
            ("table", [
                ("Gefährdung", "Maßnahme", "Verantwortlich", "erledigt"),
                ("Gedränge an Engstellen", "Absperrgitter, Einbahnführung", "[Name]", "☐"),
                ("Unwetter / Sturm", "Wetterwarnung abonnieren, Räumungsplan", "[Name]", "☐"),
                ("Stromversorgung Stände", "FI-Schutz, Prüfprotokoll E-Check", "[Name]", "☐"),
                ("Glasbruch", "Mehrwegbecher, Pfandsystem", "[Name]", "☐"),
                ("Jugendschutz", "Bändchen, Kontrollen am Ausschank", "[Name]", "☐"),
            ]),
            "Sanitätsdienst: [Organisation], Stärke nach Maurer-Schema: [Zahl]",
        ])])


@mail("CONFIDENTIAL", "de", "insurer→municipality", "sole-trader musician named with equipment damage at city festival, claim")
def _():
    return build(LOOS, "Jan-Erik Bollig <booking@janerikbollig-musik.example>",
        "Regenschaden an Ihrer Technik – Rheinuferfest Lahnstein",
        "2026-07-07 11:19",
        cc="Kulturamt Lahnstein <kultur@lahnstein-stadt.example>",
        body="""Hallo Herr Bollig,

die Stadt Lahnstein hat uns Ihren Schaden als Veranstalterhaftpflicht
(VA-40-552144) gemeldet. Sie schreiben, dass am 04.07. das Bühnendach
der Stadt undicht war und Ihr Mischpult (Allen & Heath SQ-5) sowie zwei
Funkstrecken durch Regenwasser beschädigt wurden.

Wir brauchen:
- Kaufbelege oder Zeitwertnachweis der Geräte
- Bericht Ihrer Werkstatt (Reparatur möglich? Kosten?)
- Ihre Steuernummer bzw. Angabe, ob Sie vorsteuerabzugsberechtigt sind

Schadennummer: VA-26-0240

Freundliche Grüße
Petra Loos
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer→hospital", "locum anaesthetist and named patient with dental damage during intubation, liability")
def _():
    return build(SEIBEL, "Dr Aoife Brennan <a.brennan@klinikum-mayen.example>",
        "Your statement – dental injury during intubation (KH-H-2026-021)",
        "2026-04-23 09:09",
        cc="Rechtsabteilung Klinikum Mayen <recht@klinikum-mayen.example>",
        body="""Dear Dr Brennan,

thank you for agreeing to give a statement in English. As the hospital's
professional liability insurer we handle the claim of Mrs Renate Schuh,
aged 67, who was operated on on 2 April (laparoscopic cholecystectomy).

Mrs Schuh claims that during intubation her upper left central incisor
(crown, tooth 21) was broken and that she was not informed beforehand about
the risk of dental damage. Her dentist estimates EUR 1,850 for a new crown.

Could you please describe:
1. the airway assessment before induction (Mallampati, dental status),
2. how the intubation went (laryngoscope type, number of attempts),
3. whether the damage was documented and the patient told post-operatively.

Please do not attach patient records to an ordinary e-mail - use the secure
portal link I will send separately.

Kind regards
Miriam Seibel
Medical Liability
""")


@mail("NORMAL", "de", "internal", "trap: management report with loss ratios of municipal fleet business, aggregates only")
def _():
    return build(PUETZ, "Dr. Ulrike Brenner <ulrike.brenner@ksm-versicherung.example>",
        "Kfz Kommunal – Schadenquoten 2025 für die Vorstandsvorlage",
        "2026-04-24 17:31",
        body="""Hallo Ulrike,

hier die Zahlen für die Vorlage (Stand Buchungsschluss 31.03.):

                     Fahrzeuge  Beitrag T€  Schaden T€  SQ
Bauhof/Verwaltung        2.911      4.120       3.052    74 %
Feuerwehr                1.274      1.388       1.149    83 %
Schulbusse (kommunal)       86        402         145    36 %
Summe                    4.271      5.910       4.346    74 %

Treiber bei der Feuerwehr sind zwei Totalschäden (HLF in Kastellaun,
Rüstwagen in Emmelshausen). Ohne diese läge die SQ bei 61 %.
Vorschlag: Beitragsanpassung Feuerwehr +6 %, Rest unverändert.

Gruß Jörg
""")


@mail("CONFIDENTIAL", "en", "insurer→youth camp", "participant list with birth dates for baggage and liability cover, no health data")
def _():
    return build(LOOS, "Stichting Jeugduitwisseling <groep@jeugduitwisseling-utrecht.example>",
        "Your group list for the Loreley camp – baggage and liability cover",
        "2026-07-10 13:56",
        body="""Dear Ms van Dijk,

thank you for the list of your group (12 participants, 2 leaders). I have
added them to the camp's baggage and liability policy RG-40-100512. Please
check names and dates of birth in the attached file; the insurer needs them to
identify the insured persons in case of a claim.

Health forms stay with your group leaders and the camp nurse - please don't
send them to us.

Kind regards
Petra Loos
""",
        atts=[csvf("Utrecht_group_Loreley2026.csv", [
            ("surname", "first_name", "date_of_birth", "nationality", "role"),
            ("de Boer", "Sem", "2009-03-14", "NL", "participant"),
            ("Jansen", "Fleur", "2010-07-29", "NL", "participant"),
            ("El Idrissi", "Yassin", "2009-11-02", "NL", "participant"),
            ("Visser", "Noor", "2010-01-18", "NL", "participant"),
            ("Bakker", "Daan", "2009-05-23", "NL", "participant"),
            ("van Dijk", "Marieke", "1988-12-06", "NL", "leader"),
        ])])


@mail("NORMAL", "de", "insurer→municipality", "trap: minutes of prevention advisory board, members named in professional role")
def _():
    return build(WEIDENBACH, "Präventionsbeirat <praeventionsbeirat@ksm-versicherung.example>",
        "Protokoll Präventionsbeirat 29.04.2026",
        "2026-05-04 10:30",
        body="""Liebe Mitglieder des Präventionsbeirats,

anbei das Protokoll unserer Frühjahrssitzung. Korrekturen bitte bis 15.05.

Teilnehmende: Carina Weidenbach (KSM, Leitung), Prof. Dr. Hans Quirin
(Hochschule Koblenz, Sportwissenschaft), Kreisbrandinspekteur Achim Löhr,
Susanne Becker-Ohm (Landeselternbeirat), Polizeihauptkommissar Yusuf Aydin
(Verkehrsprävention)

Ergebnisse:
1. Kampagne „Sicher zur Schule“ – 412 Schulen haben das Aktionspaket bestellt.
2. Neues Modul „Feuerwehr-Fitness“: Pilot in 6 Wehren ab Herbst, Auswertung
   nur anonymisiert.
3. Vorschlag Prof. Quirin: Aufwärmprogramm „11+ Kids“ für Fußballvereine
   verpflichtend in die Vereinsprämie einpreisen – wird geprüft.
4. Nächste Sitzung: 07.10.2026, 14 Uhr.

Beste Grüße
Carina Weidenbach
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→day-care", "child named with epilepsy, day-care asks about cover for seizures")
def _():
    return build(THELEN, "Kita St. Martin Urmitz <kita-stmartin@urmitz.example>",
        "AW: Frage zu Anfällen – Emil Schwarz",
        "2026-05-05 12:48",
        body="""Liebe Frau Lorenz,

gute Frage. Kurz gesagt:

- Ein epileptischer Anfall selbst ist kein Unfall im Sinne der
  Gruppenunfallversicherung (Krankheit). Verletzt sich Emil aber bei einem
  Sturz während eines Anfalls, ist das mitversichert – die Klausel zu
  „Krampfanfällen“ ist in Ihrem Vertrag GU-40-205510 eingeschlossen.
- Die Gabe des Notfallmedikaments (Buccolam) durch Ihre Erzieherinnen ist
  über die Betriebshaftpflicht des Trägers abgedeckt, wenn es eine
  schriftliche ärztliche Anweisung und eine Einweisung gibt.

Dass Emil ab September eine Integrationskraft bekommt, ändert am
Versicherungsschutz nichts.

Herzliche Grüße
Markus Thelen

> Von: Kita St. Martin
> Emil Schwarz (3) aus der Gruppe Igel hat laut Neurologen eine
> Rolando-Epilepsie. Sind wir versichert, wenn etwas passiert?
""")
# ==========================================================================
# mails 51-75
# ==========================================================================

@mail("NORMAL", "en", "insurer→twin town", "trap: Christmas market stall rules and general liability requirements, no persons")
def _():
    return build(LOOS, "Mairie Saint-Aubin – Relations internationales <international@saint-aubin-loire.example>",
        "Christmas market Boppard – stall for Saint-Aubin, insurance questions",
        "2026-10-05 15:15",
        body="""Dear Mr Garnier,

good news: the town of Boppard has reserved stall no. 14 for Saint-Aubin at the
Christmas market (27 Nov - 21 Dec). Regarding insurance:

- Your stall is covered by the town's event liability as long as it is run by
  volunteers of the twinning committee and you sell wine, cheese and crafts.
- Gas heaters are not allowed; electric heaters only with a CE mark.
- Goods stored in the stall overnight are NOT insured. Please take valuables
  to the hotel.

Opening hours and the set-up plan will follow from the market office.

Best regards
Petra Loos
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→parent", "pupil's knocked-out incisor, dentist treatment plan, supplementary school cover")
def _():
    return build(THELEN, "Familie Arnold <j.arnold@familienpost.example>",
        "Zahnunfall Ihrer Tochter Lina – Heil- und Kostenplan",
        "2026-05-06 16:20",
        body="""Sehr geehrte Frau Arnold,

die Grundschule Mülheim-Kärlich hat uns den Unfall Ihrer Tochter Lina
(Sturz vom Klettergerüst am 27.04.) gemeldet. Der Schneidezahn 11 wurde
laut Zahnärztin Dr. Kessler komplett ausgeschlagen und replantiert; eine
Wurzelbehandlung ist eingeleitet.

Die gesetzliche Unfallkasse übernimmt die Behandlung. Aus der
Schüler-Zusatzversicherung (SZ-2026-00164) erstatten wir zusätzlich die
Mehrkosten für ein späteres Implantat nach Wachstumsabschluss bis 5.000 EUR.
Bitte schicken Sie uns dafür jetzt schon den Heil- und Kostenplan, damit wir
den Fall offenhalten können.

Freundliche Grüße
Markus Thelen
""")


@mail("CONFIDENTIAL", "de", "insurer→municipality", "burglary in municipal gym, named caretaker contact and claim number")
def _():
    return build(KETTENBACH, "Friedhelm Jung <hausmeister@vg-kastellaun.example>",
        "Einbruch Sporthalle Kastellaun – SK-26-03102",
        "2026-05-07 10:55",
        body="""Hallo Herr Jung,

danke für den Anruf. Ich habe den Einbruch in die Sporthalle (Nacht zum
05.05.) unter SK-26-03102 angelegt, Inhaltsversicherung VG Kastellaun
IV-40-300120. Gestohlen wurden laut Ihrer Liste: Beamer, zwei
Bluetooth-Boxen, Kasse des Hallenkiosks (ca. 180 EUR).

Wir brauchen noch das polizeiliche Aktenzeichen und die Stehlgutliste, die
Sie der Polizei gegeben haben. Die Tür soll bitte Ihr Schlosser reparieren,
Rechnung direkt an uns.

Gruß Sabine Kettenbach
""")


@mail("NORMAL", "de", "IT ticket", "trap: S/MIME certificate renewal notice, technical only")
def _():
    return build(SERVICEDESK, "Abteilung Kommunal & Vereine <abt-kommunal@ksm-versicherung.example>",
        "Zertifikatserneuerung Funktionspostfächer am 12.05.",
        "2026-05-08 09:00",
        body="""Hallo zusammen,

am Dienstag, 12.05., erneuern wir die S/MIME-Zertifikate der
Funktionspostfächer unfall-leistung@, schaden-kommunal@ und vereinsservice@.

Was bedeutet das für Sie?
- Verschlüsselte Mails, die vor dem 12.05. eingegangen sind, bleiben lesbar.
- Partner mit Gateway-Verschlüsselung (Kreisverwaltungen, Klinikum) erhalten
  das neue Zertifikat automatisch.
- Wer einzelnen Vereinen unser Zertifikat manuell geschickt hat, sollte es nach
  dem 12.05. erneut schicken. Download: Intranet > IT > Zertifikate.

Ihr IT-Servicedesk
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer→club", "expat futsal coach named, heart attack not covered as accident")
def _():
    return build(KLASEN, "Rafael Moreira <rafa.moreira@futsal-koblenz.example>",
        "Your claim under the club's group accident policy",
        "2026-05-11 14:02",
        body="""Dear Mr Moreira,

first of all, I am glad to hear from the club that you are recovering well.

I have looked at the documents from Evangelisches Stift St. Martin: on 19 April
you collapsed during the training session and were diagnosed with an acute
myocardial infarction; you received two stents. I understand this was a very
frightening experience.

Unfortunately the club's group accident policy GU-40-331540 only pays for
accidents, i.e. a sudden external event that injures the body. A heart attack
is an illness, even if it happens during sport. We therefore cannot pay the
hospital allowance or the lump sum. Your statutory health insurance covers the
treatment.

If you want, I can explain this by phone as well.

Kind regards
Daniel Klasen
""")


@mail("CONFIDENTIAL", "en", "insurer→twin town", "town minibus damaged a named resident's car abroad, nobody hurt")
def _():
    return build(PUETZ, "Kingsbridge Town Council <twinning@kingsbridge-council.example>",
        "Minibus of the town of Boppard – parking damage in Kingsbridge",
        "2026-06-03 11:45",
        body="""Dear Mr Pennington,

thank you for passing on the note from Mrs Margaret Holloway. During the
twinning visit the town's minibus (SIM-BO 20), driven by our policyholder's
employee Mr Kai Dreesen, touched her parked Vauxhall Corsa (registration
KB19 XTR) at Fore Street on 30 May. Nobody was hurt.

KSM is the motor insurer of the town of Boppard (policy KF-40-117810). Our
claims representative in the UK, Crawley & Finch Ltd, will contact Mrs
Holloway directly; reference KF-26-006318. Could you give her this reference
and our apologies?

Kind regards
Jörg Pütz
""")


@mail("NORMAL", "de", "insurer→fire brigade", "trap: aggregated fire brigade accident statistics PDF, no persons")
def _():
    return build(WEIDENBACH, "Kreisfeuerwehrverband MYK <info@kfv-myk.example>",
        "Unfallgeschehen Feuerwehr 2025 – Zahlen für Ihre Delegiertenversammlung",
        "2026-05-12 08:40",
        body="""Hallo Herr Löhr,

wie gewünscht die Zahlen zum Unfallgeschehen in den Wehren Ihres Kreises
aus unserer Zusatz-Unfallversicherung, als PDF zum Zeigen. Einzelfälle
sind nicht erkennbar.

Beste Grüße
Carina Weidenbach
""",
        atts=[pdf("Feuerwehrunfaelle_MYK_2025.pdf", """
Zusatz-Unfallversicherung Feuerwehr - Landkreis Mayen-Koblenz - Jahr 2025

Versicherte Einsatzkräfte: 3.812 (davon Jugendfeuerwehr 604)
Gemeldete Unfälle: 97 (Vorjahr 108)

Nach Tätigkeit:        Einsatz 38 | Übung 41 | Sport/Dienstsport 12 | Wege 6
Nach Körperregion:     Knie 22 | Sprunggelenk 17 | Hand/Finger 19 | Rücken 14 | sonstige 25
Ausfalltage gesamt:    1.406 (Median 9 Tage)
Gezahlte Leistungen:   212.400 EUR

Empfehlung: Aufwärmen vor dem Dienstsport, Schnittschutz bei Motorsägenarbeit.
""", title="Unfallgeschehen Feuerwehr 2025")])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→hospital", "MRSA outbreak on neonatal ward with named infants and birth dates")
def _():
    return build(SEIBEL, "Krankenhaushygiene Klinikum Idar-Oberstein <hygiene@klinikum-io.example>",
        "MRSA-Häufung Neonatologie – vorsorgliche Haftpflichtmeldung",
        "2026-05-13 19:26",
        body="""Sehr geehrte Frau Dr. Wengert,

vielen Dank für die vorsorgliche Meldung nach § 6 IfSG, die Sie uns in
Kopie geschickt haben. Wir legen den Vorgang KH-H-2026-027 an.

Betroffen sind nach Ihrer Aufstellung drei Frühgeborene:
- Ben K., geb. 21.04.2026, 29+3 SSW, MRSA-Besiedlung, keine Infektion
- Mila O., geb. 28.04.2026, 31+0 SSW, MRSA-Sepsis, Vancomycin-Therapie
- Zwilling Jonah S., geb. 02.05.2026, Besiedlung

Bitte halten Sie uns über den Verlauf bei Mila O. auf dem Laufenden und
schicken Sie uns den Bericht des Gesundheitsamts, sobald er vorliegt.
Gegenüber den Eltern bitte keine Aussagen zur Haftung.

Mit freundlichen Grüßen
Miriam Seibel
""")


@mail("CONFIDENTIAL", "de", "insurer→club", "fire in shooting club house, named chairman and claim, nobody hurt")
def _():
    return build(KETTENBACH, "1. Vorsitzender SSV Hubertus Ochtendung <vorsitz@ssv-hubertus.example>",
        "Brand im Vereinsheim – Schaden SK-26-03390",
        "2026-05-18 07:58",
        body="""Guten Morgen Herr Hommen,

das tut mir leid, was für ein Wochenende. Gut, dass niemand im Gebäude war.

Zur Gebäude- und Inhaltsversicherung des Vereins (GV-40-204011): Der
Brandursachenermittler der Kripo gibt den Brandort voraussichtlich Mittwoch
frei. Danach kommt unser Gutachter, Herr Kern. Bitte bis dahin nichts
entsorgen, auch nicht die Reste der Kühltheke.

Die Waffen und Munition lagen laut Ihrer Aussage im Tresor im Keller – der
Tresor ist unversehrt? Dann bitte die Waffenbehörde informieren.

Gruß Sabine Kettenbach
""")


@mail("NORMAL", "de", "insurer→municipality", "trap: public tender bidder Q&A, no persons")
def _():
    return build(BACKES, "Vergabestelle Kreis MYK <vergabe@kreis-myk.example>",
        "Bieterfragen zu Vergabe-Nr. 2026-0098-VO (Los 2 und 3)",
        "2026-03-04 11:34",
        body="""Sehr geehrte Damen und Herren,

zu den Vergabeunterlagen haben wir folgende Fragen:

Los 2 (Haftpflicht)
1. Ist die Haftpflicht aus dem Betrieb der Rettungswache Polch mit zu
   versichern oder liegt diese beim DRK?
2. Bitte teilen Sie die Schadenhistorie Schulen/Schulbusse getrennt mit.

Los 3 (Kfz)
3. Die Fahrzeugliste enthält 9 Fahrzeuge ohne Erstzulassungsdatum. Sollen wir
   von Baujahr vor 2010 ausgehen?
4. Ist für Feuerwehrfahrzeuge eine Vollkasko mit 2.500 EUR SB zulässig
   (Nebenangebot)?

Mit freundlichen Grüßen
Stefan Backes
Kommunale Schutzgemeinschaft Mittelrhein VVaG
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→parent", "HTML-only payout letter for child's permanent impairment after bike accident")
def _():
    return build(UNFALL, "Sandra und Michael Pauly <pauly.familie@postfach.example>",
        "Leistungsabrechnung Schüler-Zusatzversicherung – Ihr Sohn Jakob",
        "2026-05-20 13:10",
        html="""<html><body style="font-family:Calibri,Arial">
<p>Sehr geehrte Frau Pauly, sehr geehrter Herr Pauly,</p>
<p>das ärztliche Gutachten von Dr. med. Reuter (Orthopädie, Koblenz) zum Schulwegunfall Ihres
Sohnes Jakob Pauly am 14.11.2024 liegt uns vor. Nach der Unterschenkelfraktur links mit
Wachstumsfugenbeteiligung verbleibt eine Beinlängendifferenz von 1,5 cm und eine
Bewegungseinschränkung im oberen Sprunggelenk.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Invaliditätsgrad (1/7 Beinwert)</td><td>10 %</td></tr>
<tr><td>Grundsumme</td><td>50.000,00 EUR</td></tr>
<tr><td>Invaliditätsleistung</td><td><b>5.000,00 EUR</b></td></tr>
<tr><td>Auszahlung auf Konto</td><td>DE70 5776 1591 2854 2272 34</td></tr>
</table>
<p>Vertrag: SZ-40-000811 (Verbandsgemeinde Weißenthurm), Schaden SZ-2024-00917</p>
<p>Mit freundlichen Grüßen<br>Ihre KSM Unfall-Leistung</p>
</body></html>""")


@mail("NORMAL", "en", "job ad", "trap: English job ad for a data analyst, no persons")
def _():
    return build(HOELZER, "Careers <jobs@ksm-versicherung.example>",
        "Job posting (EN) – Data Analyst Municipal Risk (m/f/d)",
        "2026-05-21 10:10",
        body="""Hi team,

please publish the English version on LinkedIn and the EURES portal as well.

---
Data Analyst Municipal Risk (m/f/d), Koblenz or remote within Germany

KSM insures more than 600 towns, schools, day-care centres and clubs in the
Middle Rhine region. You will build dashboards on claims trends (flooding,
cyber, school accidents), support our prevention team with aggregated
statistics and help municipalities benchmark their risks.

You have: SQL, Python or R, solid statistics, German at B1 level or the wish to
learn it (we pay the course).
We offer: 38.5-hour week, flexible hours, 30 days of leave, company pension.

Contact: Renate Hölzer, HR, jobs@ksm-versicherung.example
---

Thanks
Renate
""")


@mail("CONFIDENTIAL", "de", "insurer→citizen", "named citizen's car damaged by pothole, municipal liability claim, no injury")
def _():
    return build(KETTENBACH, "Walter Pörtner <w.poertner@online-post.example>",
        "Ihr Schaden an der K 82 – Kommunalhaftpflicht Ortsgemeinde Kobern",
        "2026-05-22 09:25",
        body="""Sehr geehrter Herr Pörtner,

die Ortsgemeinde Kobern-Gondorf hat uns Ihr Schreiben weitergeleitet. Sie
schildern, dass Sie am 02.05. mit Ihrem Skoda Octavia (MYK-WP 57) in der
Ortsdurchfahrt in ein ca. 12 cm tiefes Schlagloch gefahren sind; Felge und
Reifen vorne rechts wurden beschädigt (Rechnung Autohaus Klöckner 614,80 EUR).

Die Gemeinde hatte die Stelle am 28.04. kontrolliert und ein Warnschild
aufgestellt. Wir prüfen daher noch, ob eine Verletzung der
Verkehrssicherungspflicht vorliegt. Bitte schicken Sie uns Fotos der
Schadenstelle, falls vorhanden.

Aktenzeichen: KH-26-0457

Mit freundlichen Grüßen
Sabine Kettenbach
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer→youth camp", "Ukrainian participant named with trauma-related crisis and psychological care")
def _():
    return build(KLASEN, "Camp leadership <leitung@jugendcamp-loreley.example>",
        "Re: Dmytro – costs of the psychologist",
        "2026-08-03 17:40",
        body="""Dear Ms Hartung,

thanks for the update on Dmytro Kovalenko. I understand that he had a severe
panic attack during the fireworks on Saturday, and that the camp's
psychologist and later the child and adolescent psychiatry in Koblenz
diagnosed an acute stress reaction against the background of his war
experiences (he is from Kharkiv).

This is not an accident, so the group accident policy does not apply. But the
camp's travel health cover RG-40-100512 pays for acute medical and
psychological treatment of foreign participants. The outpatient visit and the
three crisis sessions can be invoiced to us. Please ask the therapist to
write "Jugendcamp Loreley, RG-40-100512" on the invoice.

Please also tell his guardian in Kharkiv that no costs will fall on the family.

Best
Daniel
""")


@mail("NORMAL", "de", "newsletter", "trap: sun protection tips for day-care centres with webinar invitation ICS")
def _():
    return build(NEWS, "Kita-Träger Verteiler <verteiler-kita@ksm-versicherung.example>",
        "Sonnenschutz in der Kita – Webinar am 10. Juni",
        "2026-05-26 07:45",
        body="""Liebe Kita-Leitungen, liebe Träger,

die UV-Saison hat begonnen. Unsere Tipps in Kürze:
- Mittagszeit (11–15 Uhr) möglichst im Schatten spielen
- Sonnencreme LSF 30+ mit schriftlicher Einwilligung der Eltern
- Sonnensegel: bei Wind über 40 km/h einholen (Sturmschäden sind sonst nicht
  versichert, wenn die Herstellervorgaben missachtet werden)

Im Webinar am 10. Juni erklärt eine Kinderärztin, worauf es ankommt.
Den Termin finden Sie im Anhang.

Ihr Präventionsteam der KSM
""",
        atts=[ics("Webinar_Sonnenschutz_Kita.ics", """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//KSM Versicherung//Praevention//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-sonnenschutz-2026@ksm-versicherung.example
DTSTAMP:20260526T054500Z
DTSTART:20260610T130000Z
DTEND:20260610T140000Z
SUMMARY:KSM-Webinar Sonnenschutz in der Kita
LOCATION:Online (Link folgt am Vortag)
DESCRIPTION:Kostenloses Webinar fuer Kita-Teams und Traeger.
END:VEVENT
END:VCALENDAR
""")])


@mail("CONFIDENTIAL", "de", "insurer→club", "member's private IBAN on SEPA mandate forwarded by club, returned")
def _():
    return build(DEMIRTAS, "Kassierer Förderverein Freibad Nastätten <kasse@foerderverein-freibad.example>",
        "Irrläufer: SEPA-Mandat eines Mitglieds",
        "2026-05-27 14:48",
        body="""Hallo Herr Rössel,

bei Ihrer Mail mit dem Versicherungsnachweis für das Sommerfest war als
zweiter Anhang offenbar versehentlich das SEPA-Lastschriftmandat eines
Ihrer Mitglieder dabei:

  Kontoinhaberin: Brigitte Heimann, Römerstraße 3, 56355 Nastätten
  IBAN DE05 5706 0000 7568 7711 97, Mitgliedsbeitrag 24 EUR jährlich

Wir haben den Anhang gelöscht und nicht weiterverarbeitet. Bitte prüfen
Sie, ob noch andere Empfänger die Mail bekommen haben.

Ihr Nachweis für die Veranstaltungshaftpflicht ist in Ordnung, die
Bestätigung kommt morgen.

Viele Grüße
Aylin Demirtas
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→fire brigade", "firefighter named with PTSD after fatal road accident, rehab and accident benefit")
def _():
    return build(KLASEN, "Wehrleitung VG Cochem <wehrleitung@vg-cochem.example>",
        "PSNV-Nachsorge Kamerad Dennis Thönnes",
        "2026-05-28 12:05",
        body="""Sehr geehrter Herr Wagner,

danke für Ihren ausführlichen Bericht. Nach dem Einsatz am 14.03. auf der
B 49 (eingeklemmte Fahrerin, verstorben) hat Dennis Thönnes laut Attest der
Traumaambulanz Andernach eine posttraumatische Belastungsstörung (F43.1)
entwickelt und ist seit 21.03. arbeitsunfähig. Ab 08.06. beginnt eine
stationäre Reha in der Klinik am Hainberg.

Psychische Reaktionen auf einen Einsatz sind in Ihrer
Feuerwehr-Zusatzversicherung (GU-40-206633) ausdrücklich mitversichert.
Wir zahlen das Tagegeld ab dem 43. Tag sowie den Reha-Zuschuss von
1.000 EUR. Bitte lassen Sie ihn das Formular zur Schweigepflichtentbindung
unterschreiben.

Mit kameradschaftlichen Grüßen
Daniel Klasen
""")


@mail("NORMAL", "de", "insurer→municipality", "trap: invoice letter template with mail-merge placeholders")
def _():
    return build(RUEDELL, "Team Bestand Kommunal <bestand-kommunal@ksm-versicherung.example>",
        "Neue Vorlage Beitragsrechnung 2027 – bitte ab Oktober verwenden",
        "2026-06-01 11:00",
        body="""Hallo zusammen,

die Rechtsabteilung hat die Vorlage für die Beitragsrechnungen 2027
freigegeben. Text für den Serienbrief:

---
{{Anrede}} {{Titel}} {{Nachname}},
{{Gemeinde_Name}}, {{Strasse}}, {{PLZ}} {{Ort}}

Beitragsrechnung 2027 zu Vertrag {{Vertragsnummer}}

Versicherungsnehmer: {{Gemeinde_Name}}
Einwohner (Stichtag 30.06.2026): {{Einwohnerzahl}}
Beitrag netto: {{Beitrag_netto}} EUR zzgl. {{VSt_Satz}} % Versicherungsteuer
Fälligkeit: {{Faelligkeit}}

Bitte überweisen Sie unter Angabe von {{Rechnungsnummer}} auf unser Konto
IBAN {{KSM_IBAN}} oder erteilen Sie uns ein SEPA-Firmenlastschriftmandat.
---

Die Platzhalter werden aus dem Bestandssystem gefüllt. Bitte keine
Freitextänderungen ohne Rücksprache.

Fabian
""")


@mail("CONFIDENTIAL", "en", "insurer→club", "named board members of an international school association with D&O policy number")
def _():
    return build(SCHERER, "Board ISK e.V. <board@intschool-koblenz.example>",
        "D&O cover for the new board of International School Koblenz e.V.",
        "2026-06-02 16:36",
        body="""Dear Ms Okafor,

congratulations on your election as chair. I have updated the directors' and
officers' liability policy VH-40-780115 of International School Koblenz e.V.
with the new board:

- Chair: Dr. Chiamaka Okafor
- Vice chair: Thomas Reinhardt
- Treasurer: Priya Raman
- Secretary: Lukas Beck

The outgoing members (Mr Miller and Ms Sato) stay covered for claims arising
from their term (run-off). Limit EUR 500,000, annual premium EUR 640.

Please let me know if the school's managing director should be included as
well - that costs EUR 95 more.

Kind regards
Tobias Scherer
""")


@mail("NORMAL", "de", "insurer→municipality", "trap: benchmark of claims cost per inhabitant across towns, aggregates")
def _():
    return build(RUEDELL, "Bürgermeister Verbandsgemeinden <bm-runde@ksm-versicherung.example>",
        "Ihr Benchmark 2025: Schadenaufwand je Einwohner",
        "2026-06-04 08:20",
        body="""Sehr geehrte Damen und Herren Bürgermeister,

wie in der Bürgermeisterdienstbesprechung angekündigt, erhalten Sie den
Benchmark 2025. Jede Kommune findet ihren Wert im Vergleich zum Median
ihrer Größenklasse.

Ein Hinweis vorab: Große Einzelschäden (z. B. Starkregen Juli 2025 in
Ahrbrück) verzerren den Wert. Wir haben sie im zweiten Blatt herausgerechnet.

Mit freundlichen Grüßen
Fabian Rüdell
""",
        atts=[ods("Benchmark_Schadenaufwand_2025.ods", [
            ("Kommune", "Einwohner", "Schadenaufwand EUR", "EUR je EW", "Median Größenklasse"),
            ("VG Rhein-Mosel", 22140, 188300, 8.51, 7.90),
            ("VG Vallendar", 16820, 97410, 5.79, 7.90),
            ("Stadt Bendorf", 17390, 203880, 11.72, 7.90),
            ("VG Maifeld", 24660, 151020, 6.12, 7.90),
            ("Stadt Lahnstein", 18010, 132100, 7.33, 7.90),
            ("VG Kastellaun", 15210, 88930, 5.85, 7.90),
        ], sheet="Benchmark")])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→club", "body harmless; ODS member list for sports accident insurance with birth dates")
def _():
    return build(VEREIN, "Geschäftsstelle SV Kobern-Gondorf <gs@sv-kobern-gondorf.example>",
        "Ihre Liste zurück – bitte ergänzen",
        "2026-06-05 15:05",
        body="""Hallo Frau Ternes,

in der angehängten Datei fehlen bei vier Personen noch Angaben.
Bitte ergänzen und über das Portal zurückschicken.

Danke!
KSM Vereinsservice
""",
        atts=[ods("SV_KG_Gruppenunfall_Meldeliste_2026.ods", [
            ("Meldeliste Sport-Gruppenunfallversicherung GU-40-332007 – SV Kobern-Gondorf 1921 e.V.", "", "", "", ""),
            ("Name", "Vorname", "geb.", "Abteilung", "Hinweis KSM"),
            ("Ternes", "Marco", "09.02.1984", "Fußball Trainer", ""),
            ("Engel", "Sophie", "", "Turnen Jugend", "Geburtsdatum fehlt"),
            ("Kohns", "Leonie", "17.08.2014", "Turnen Jugend", ""),
            ("Weber", "Jannik", "22.12.2012", "Fußball D-Jugend", "Vorschaden Knie gemeldet? (Meniskus 2025)"),
            ("Peifer", "Ralf", "", "Tischtennis", "Geburtsdatum fehlt"),
            ("Wolf", "Emma", "03.03.2016", "Fußball E-Jugend", ""),
        ], sheet="Meldeliste")])


@mail("CONFIDENTIAL", "de", "insurer→fire brigade", "fire engine collision on emergency run, named driver and other party, nobody hurt")
def _():
    return build(PUETZ, "Wehrführer FF Mülheim-Kärlich <wehrfuehrer@ff-mk.example>",
        "Unfall HLF 20 bei Einsatzfahrt – KF-26-006901",
        "2026-06-08 13:50",
        body="""Hallo Herr Schmitz,

den Unfall vom 06.06. haben wir aufgenommen. Laut Ihrer Schilderung ist
Maschinistin Julia Reuter mit dem HLF 20 (MYK-FW 1120) mit Sonderrechten bei
Rot über die Kreuzung Kapellenstraße gefahren, die Pkw-Fahrerin Frau Ines
Wagner (KO-IW 312) hat das Martinshorn zu spät gehört. Verletzt wurde
niemand, beide Fahrzeuge fahrbereit.

Wir klären die Haftungsquote mit dem Versicherer von Frau Wagner. Bitte
schicken Sie uns die Einsatzdokumentation mit Uhrzeit der Alarmierung und
die Namen der Zeugen aus der Fahrzeugbesatzung.

Gruß Jörg Pütz
""")


@mail("NORMAL", "en", "internal", "trap: phishing warning to staff, English version")
def _():
    return build(SERVICEDESK, "All staff <alle@ksm-versicherung.example>",
        "Warning: fake 'council invoice' e-mails in circulation",
        "2026-06-09 09:30",
        body="""Dear colleagues,

since this morning several colleagues have received e-mails that look like an
invoice from a town council ("Rechnung Stadtverwaltung – Zahlung fällig"),
with a ZIP file named Rechnung_2026_06.zip.

Do not open the attachment. Real municipalities send invoices only via
XRechnung or the portal. If you opened it already, unplug the network cable
and call ext. 4400 immediately.

Please report suspicious mail with the "Report phishing" button in Outlook.

IT Security
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→charity", "home care patient named with pressure ulcer, nursing service liability claim")
def _():
    return build(SEIBEL, "Diakoniestation Rhein-Lahn <pdl@diakonie-rheinlahn.example>",
        "Haftpflichtvorgang Dekubitus – Herr Erwin Klöckner",
        "2026-06-10 11:47",
        body="""Sehr geehrte Frau Sattler,

der Sohn von Herrn Erwin Klöckner (89, Pflegegrad 4, versorgt von Ihrer
Station seit 2023) macht über die Verbraucherzentrale Schmerzensgeld
geltend. Er trägt vor, dass sich bei seinem Vater zwischen Februar und
April ein Dekubitus Grad 3 am Sakrum (L89.2) entwickelt habe, weil die
Lagerungsintervalle nicht eingehalten worden seien. Herr Klöckner lag
anschließend drei Wochen im Krankenhaus Lahnstein.

Wir prüfen den Fall unter der Betriebshaftpflicht BH-40-410022. Bitte
schicken Sie uns über das Portal:
- Pflegeplanung und Lagerungsprotokolle 01.02.–30.04.
- Wunddokumentation inkl. Fotos
- ärztliche Verordnungen (Wechseldruckmatratze?)

Mit freundlichen Grüßen
Miriam Seibel
""")


@mail("NORMAL", "de", "press", "trap: draft press release on premium refund, quotes by board member")
def _():
    return build(BRENNER, "Unternehmenskommunikation <presse@ksm-versicherung.example>",
        "Entwurf PM Beitragsrückerstattung – bitte freigeben",
        "2026-06-19 15:22",
        body="""Liebe Kolleginnen,

mein Vorschlag für die Pressemitteilung nach der Mitgliedervertreterversammlung:

---
Koblenz, 19. Juni 2026. Die Kommunale Schutzgemeinschaft Mittelrhein VVaG
erstattet ihren Mitgliedern für das Geschäftsjahr 2025 insgesamt 3,4 Mio.
Euro. Das hat die Mitgliedervertreterversammlung am Donnerstag beschlossen.
Städte, Gemeinden und Landkreise erhalten 8 Prozent ihrer
Haftpflichtbeiträge zurück.

„Weniger Schäden in Schulen und Kitas und eine erfolgreiche Prävention bei
den Feuerwehren kommen direkt den Kommunen zugute“, sagte Vorstandsmitglied
Dr. Ulrike Brenner.
---

Bitte bis Montag 12 Uhr Rückmeldung.
Ulrike
""")
# ==========================================================================
# mails 76-100
# ==========================================================================

@mail("NORMAL", "en", "insurer→twin town", "trap: English summary of a public council decision on the partnership, no personal data")
def _():
    return build(RUEDELL, "Kingsbridge Town Council <twinning@kingsbridge-council.example>",
        "Boppard council renews twinning agreement – short summary",
        "2026-06-22 10:05",
        body="""Dear Mr Pennington,

as promised, an English summary of last Thursday's council meeting in Boppard
(public part, item 5):

- The council unanimously renewed the twinning agreement for another ten years.
- A budget of EUR 12,000 per year is available for youth exchanges, of which
  EUR 900 is reserved for insurance (group accident and liability for visiting
  groups).
- The next official visit to Kingsbridge is planned for September 2027.

The minutes will be published on the town's website in German. KSM remains the
insurer for the exchange programmes; a new policy schedule will follow in
January.

Best regards
Fabian Rüdell
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→club", "short reply; quoted history names child with collarbone fracture at training")
def _():
    return build(VEREIN, "Jugendleitung TV Güls <jugend@tv-guels.example>",
        "AW: AW: Unfall Training Dienstag",
        "2026-06-23 08:41",
        body="""Danke, ist angekommen und erledigt. Schadennummer GU-26-1188.

Viele Grüße
KSM Vereinsservice

-----Ursprüngliche Nachricht-----
Von: Jugendleitung TV Güls
Gesendet: Montag, 22. Juni 2026 21:17
Betreff: AW: Unfall Training Dienstag

Hallo, hier noch die fehlenden Angaben: Ben Hartmann, geb. 08.10.2015,
Mattenweg 4, 56072 Koblenz. Er ist beim Bodenturnen vom Kasten gefallen,
im Brüderkrankenhaus wurde ein Schlüsselbeinbruch rechts festgestellt,
Rucksackverband für 3 Wochen. Trainerin war Jessica Lenz.

> Bitte Geburtsdatum und Anschrift des Kindes nachreichen.
""")


@mail("CONFIDENTIAL", "de", "insurer→citizen", "named citizen's car hit by falling branch in municipal park, nobody hurt")
def _():
    return build(KETTENBACH, "Dr. Helga Simonis <helga.simonis@freenet-mail.example>",
        "Astbruch am Parkplatz Schängelpark – Ihr Fahrzeug",
        "2026-06-24 12:13",
        body="""Sehr geehrte Frau Dr. Simonis,

wir sind der Haftpflichtversicherer der Stadt und bearbeiten Ihren Schaden
vom 19.06. (Astbruch einer Platane auf Ihren BMW 318i, KO-HS 1960).
Erfreulicherweise wurde niemand verletzt.

Die letzte Baumkontrolle fand am 11.03. statt, ohne Befund. Wir haben
dennoch einen Baumgutachter beauftragt. Bitte senden Sie uns den
Kostenvoranschlag der Werkstatt; Ihre Kaskoversicherung müssen Sie nicht
in Anspruch nehmen.

Unser Zeichen: KH-26-0533

Mit freundlichen Grüßen
Sabine Kettenbach
""")


@mail("NORMAL", "de", "insurer→day-care", "trap: general answer on cover for outings with handcart, no child named")
def _():
    return build(THELEN, "Kita Zwergenland Weitersburg <kita@weitersburg.example>",
        "Re: Ausflug mit dem Bollerwagen – sind wir versichert?",
        "2026-06-25 09:50",
        body="""Liebe Frau Kaiser,

ja, Ausflüge im Rahmen des Kita-Alltags sind versichert:

1. Die Kinder sind über die gesetzliche Unfallversicherung (Unfallkasse) und
   zusätzlich über die Kinder-Gruppenunfallversicherung der Gemeinde geschützt
   – auch auf dem Weg zum Spielplatz oder in den Wald.
2. Das Personal ist bei Aufsichtspflichtverletzungen über die
   Kommunalhaftpflicht der Gemeinde abgesichert.
3. Der Bollerwagen selbst ist über die Inhaltsversicherung mitversichert,
   wenn er gestohlen wird – aber nur bei Einbruch, nicht auf dem Spielplatz.

Tipp: Bei mehr als 10 Kindern bitte mindestens zwei Betreuungskräfte, und
Kinder unter 3 Jahren nur angeschnallt im Wagen.

Herzliche Grüße
Markus Thelen
""")


@mail("CONFIDENTIAL", "en", "insurer→club", "expat ice hockey coach named with annual salary for payroll-based premium")
def _():
    return build(SCHERER, "EHC Neuwied Geschäftsstelle <office@ehc-neuwied.example>",
        "Payroll declaration 2026 – question about your head coach",
        "2026-06-29 14:27",
        body="""Dear Ms Becker,

thank you for the payroll declaration for the club's liability and employer's
liability policy BH-40-412900. One question before I can issue the invoice:

You listed head coach Mr Jean-Luc Tremblay with a gross annual salary of
EUR 54,000 plus a flat-rate apartment allowance of EUR 9,600. Last year the
declaration showed EUR 38,400 for the coaching position. Is Mr Tremblay
employed full-time now, or is part of the amount paid by the ice hockey
league? Only salaries paid by the club count for the premium.

Kind regards
Tobias Scherer
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer→hospital", "US tourist patient named given penicillin despite documented allergy, liability")
def _():
    return build(SEIBEL, "Patient Relations GK Mittelrhein <patientrelations@gk-mittelrhein.example>",
        "Medication incident – Mr Gary Whitaker (KH-H-2026-033)",
        "2026-07-01 10:32",
        body="""Dear Ms Hoffmann,

thank you for the early notification. I have opened file KH-H-2026-033.

Mr Gary Whitaker, 71, a tourist from Ohio on a Rhine cruise, was admitted on
24 June with pneumonia. Although his penicillin allergy was recorded on
admission, he received ampicillin/sulbactam on the ward on 25 June and
developed generalised urticaria and bronchospasm; he was transferred to ICU
for 36 hours and has since recovered.

His daughter has asked for a written explanation and mentioned a US attorney.
Please do not send any admission of liability. I would suggest a joint
meeting with the head of internal medicine. Could you send me, via the
portal, the medication chart, the allergy documentation and the incident
report from your CIRS?

Kind regards
Miriam Seibel
""")


@mail("NORMAL", "de", "insurer→municipality", "trap: notice of tender award to another bidder, no persons")
def _():
    return build(BACKES, "Team Vertrieb Kommunen <vertrieb-kommunal@ksm-versicherung.example>",
        "WG: Information nach § 134 GWB – Los 4 nicht an uns",
        "2026-07-02 16:05",
        body="""Leider: Los 4 (Elektronik/Cyber) Kreis MYK geht an einen Mitbewerber.
Begründung der Vergabestelle: Preis 61 zu 54 Punkte. Die Lose 1–3 sind
noch offen, Entscheidung bis 15.07.

Henrik, können wir uns nächste Woche die Bewertungsmatrix zusammen
anschauen? Frist für eine Rüge wäre der 12.07., ich sehe aber keinen Grund.

Stefan

-------- Weitergeleitete Nachricht --------
Von: Vergabestelle Kreis MYK
Betreff: Information nach § 134 GWB, Vergabe-Nr. 2026-0098-VO, Los 4

Sehr geehrte Damen und Herren, wir beabsichtigen, den Zuschlag für Los 4
frühestens am 13.07.2026 auf das Angebot eines anderen Bieters zu
erteilen. Ihr Angebot belegt Rang 2. ...
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→day-care", "attachment: day-care first-aid log with several named children's injuries")
def _():
    return build(THELEN, "Kita Regenbogen Bendorf <leitung@kita-regenbogen-bendorf.example>",
        "Verbandbuch 1. Halbjahr – meine Rückfragen",
        "2026-07-06 13:18",
        body="""Liebe Frau Nickenig,

danke für den Auszug aus dem Verbandbuch. Zwei Einträge sollten wir als
Unfall melden (siehe Spalte „KSM“), der Rest bleibt im Verbandbuch.

Bitte denken Sie daran: Verbandbuch-Auszüge nur übers Portal.

Herzliche Grüße
Markus Thelen
""",
        atts=[xlsx("Verbandbuch_Kita_Regenbogen_2026-H1.xlsx", [
            ("Verbandbuch", [
                ("Datum", "Kind", "Gruppe", "Verletzung", "Maßnahme", "KSM"),
                ("14.01.2026", "Lotta Brenner", "Sonnenblumen", "Schürfwunde Knie", "Pflaster", ""),
                ("03.02.2026", "Karim Haddad", "Igel", "Platzwunde Stirn", "Kühlung, Eltern → Kinderarzt, 2 Stiche", "melden"),
                ("18.02.2026", "Mia Schäfer", "Sonnenblumen", "Bisswunde Unterarm", "gemeldet SZ-2026-00121", "erledigt"),
                ("09.04.2026", "Paul Weiß", "Füchse", "Nasenbluten nach Sturz", "Kühlung", ""),
                ("27.05.2026", "Hannah Kurz", "Füchse", "Verdacht Fingerfraktur (Tür)", "Eltern → Notaufnahme, Gips", "melden"),
            ])])])


@mail("CONFIDENTIAL", "de", "insurer→municipality", "employee's private car damaged by stone chip from municipal mower, named with plate")
def _():
    return build(KETTENBACH, "Bauhofleiter Stadt Lahnstein <bauhof@lahnstein-stadt.example>",
        "Steinschlag beim Mähen – Pkw von Herrn Scholl",
        "2026-07-07 10:01",
        body="""Hallo Herr Kilian,

zum Schaden beim Böschungsmähen an der B 42 (03.07.): Der
Steinschlag hat die Heckscheibe des privaten Pkw Ihres Mitarbeiters
Marcel Scholl (EMS-MS 808) beschädigt, der am Straßenrand geparkt war.
Personen kamen nicht zu Schaden.

Da Herr Scholl als Mitarbeiter der Stadt geschädigt ist, regulieren wir
über die Kommunalhaftpflicht (KH-40-100877) als Sachschaden eines Dritten.
Aktenzeichen KH-26-0561. Er soll uns bitte die Rechnung der Glaserei
direkt schicken.

Gruß Sabine Kettenbach
""")


@mail("NORMAL", "en", "newsletter", "trap: English safe-cycling prevention mail to an international school, no persons")
def _():
    return build(WEIDENBACH, "International School Koblenz <office@intschool-koblenz.example>",
        "Safe cycling week – materials for your primary classes",
        "2026-07-08 09:12",
        body="""Dear colleagues at ISK,

as agreed with your head of primary, here is what we can offer for the safe
cycling week after the summer holidays:

- Bike check station with two mechanics from our partner workshop (free)
- Helmet fitting session; 60 loan helmets in sizes S-M
- Worksheets in English and German: "Seeing and being seen", "Right of way"
- A short talk for parents on German traffic rules (useful for families who
  have just moved here)

Last year, 38 % of reported school accidents in our area involving children
aged 8-10 happened on bikes or scooters. Let us know which dates suit you.

Best wishes
Carina Weidenbach
Prevention, KSM
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→fire brigade", "named firefighter with insulin-dependent diabetes, accident cover question")
def _():
    return build(KLASEN, "Wehrführer FF Brodenbach <wf@ff-brodenbach.example>",
        "Re: Versicherungsschutz bei Vorerkrankung – Kamerad Tobias Mertes",
        "2026-07-09 16:44",
        body="""Hallo Herr Kaspari,

kurze Antwort auf Ihre Frage: Ja, Tobias Mertes ist trotz seines
insulinpflichtigen Typ-1-Diabetes voll über die Feuerwehr-Zusatzversicherung
der Ortsgemeinde versichert. Es gibt keine Gesundheitsprüfung für einzelne
Kameraden.

Ausnahme: Verursacht eine Unterzuckerung einen Unfall (z. B. Bewusstlosigkeit
auf der Leiter), gilt die „Bewusstseinsstörung“-Klausel. Die ist in Ihrem
Vertrag aber eingeschlossen, soweit die Störung nicht durch Alkohol kam.

Dass der Betriebsarzt ihn nach der G26-Untersuchung nur eingeschränkt für
Atemschutz freigegeben hat, betrifft seine Einsatzplanung, nicht die
Versicherung.

Gruß
Daniel Klasen
""")


@mail("CONFIDENTIAL", "de", "insurer→municipality", "insurance certificate of a sole-trader festival caterer with address and policy")
def _():
    return build(LOOS, "Festbüro Weinfest Winningen <festbuero@winningen.example>",
        "Nachweis Haftpflicht Festwirt – Anforderung",
        "2026-07-13 11:26",
        body="""Hallo Frau Hautt,

für die Zulassung des Festwirts zum Moselfest brauchen Sie den
Haftpflichtnachweis. Herr Klaus Löwenstein ist bei uns mit seinem
Gastronomiebetrieb (Einzelunternehmen „Löwensteins Weinstube“, Fährstraße 9,
56333 Winningen) versichert:

Betriebshaftpflicht BH-40-415367, Deckung 5 Mio. EUR pauschal, Beitrag
bezahlt bis 31.12.2026, einschließlich Festzeltbetrieb und Ausschank.

Herr Löwenstein hat uns erlaubt, Ihnen das zu bestätigen. Die förmliche
Bescheinigung hängt an.

Gruß Petra Loos
""",
        atts=[pdf("Versicherungsbestaetigung_BH-40-415367.pdf", """
Versicherungsbestätigung

Versicherungsnehmer: Klaus Löwenstein, e.K. "Löwensteins Weinstube",
Fährstraße 9, 56333 Winningen
Vertrag: Betriebshaftpflicht BH-40-415367
Versicherungszeitraum: 01.01.2026 - 31.12.2026
Deckungssumme: 5.000.000 EUR pauschal für Personen- und Sachschäden
Eingeschlossen: Ausschank auf Festen und Märkten, Festzeltbetrieb

Koblenz, 13.07.2026 - Kommunale Schutzgemeinschaft Mittelrhein VVaG
""", title="Versicherungsbestätigung")])


@mail("NORMAL", "de", "internal", "trap: data protection training with placeholder person Max Mustermann")
def _():
    return build(FRENSCH, "Abteilung Kommunal & Vereine <abt-kommunal@ksm-versicherung.example>",
        "Datenschutz-Kurzschulung: Wann verschlüsseln?",
        "2026-07-14 08:30",
        body="""Liebe Kolleginnen und Kollegen,

nach einigen Rückfragen hier noch einmal die Faustregeln mit Beispielen
(alle Personen erfunden):

1. „Max Mustermann, geb. 01.01.1970, Vertrag 12345678“ → vertraulich,
   also Portal oder verschlüsselte Mail.
2. „Erika Musterfrau, Kreuzbandriss nach Sportunfall“ → Gesundheitsdaten,
   streng vertraulich. Niemals unverschlüsselt.
3. „Die Gemeinde Musterdorf hat 2.400 Einwohner und zahlt 0,92 EUR je
   Einwohner“ → normal, darf per normaler Mail raus.
4. Unfallstatistik einer Schule mit Fallzahlen unter 5 → zusammenfassen,
   sonst erkennt man einzelne Kinder.

Bei Zweifeln: lieber einmal den Betreff mit [vertraulich] markieren oder
mich fragen.

Julia Frensch
Datenschutzbeauftragte
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal", "harmless body; forwarded patient complaint letter with diagnosis as rfc822")
def _():
    fw = inner("Beschwerdemanagement Klinikum Mayen <beschwerde@klinikum-mayen.example>",
        "Miriam Seibel <miriam.seibel@ksm-versicherung.example>",
        "Beschwerde Frau Yvonne Kratz – zur Kenntnis", "2026-07-15 09:02",
        body="""Sehr geehrte Frau Seibel,

zur Information und ggf. Anlage eines Vorgangs leiten wir die Beschwerde
von Frau Yvonne Kratz weiter (Auszug):

„Ich wurde am 02.07. in Ihrer Gynäkologie an einer Eierstockzyste operiert.
Seitdem habe ich starke Schmerzen, und bei der Nachuntersuchung bei meiner
Frauenärztin wurde eine Verletzung der Blase festgestellt, die nicht
erkannt worden war. Ich musste erneut operiert werden und trage jetzt
einen Katheter. Ich erwarte eine Erklärung und Schmerzensgeld.“

Mit freundlichen Grüßen
Beschwerdemanagement
""")
    return build(SEIBEL, "Dr. Ulrike Brenner <ulrike.brenner@ksm-versicherung.example>",
        "WG: Beschwerde – zur Kenntnis",
        "2026-07-15 09:40",
        body="""Ulrike, zur Kenntnis, könnte größer werden. Ich lege an.
Miriam
""", atts=[fw])


@mail("CONFIDENTIAL", "en", "insurer→service provider", "cyber breach sample record of named resident with date of birth, vendor incident")
def _():
    return build(MAURER, "Security Team <security@civicsoft-cloud.example>",
        "Dog tax register exposure – VG Rhein-Mosel (our policy CY-40-009355)",
        "2026-07-16 18:20",
        cc="Datenschutz VG Rhein-Mosel <datenschutz@vg-rhein-mosel.example>",
        body="""Dear Ms Lindqvist,

as cyber insurer of Verbandsgemeinde Rhein-Mosel we need more detail on the
misconfigured storage bucket you reported on 14 July.

The customer checked one of the exported files. A typical record reads:
"Hundesteuer; Kurt Emmerich; born 22.05.1961; Moselstraße 40, 56332 Dieblich;
1 dog; tax EUR 72". According to your log the bucket held 1,214 such records
and was publicly readable for 9 days.

Please confirm in writing:
1. whether any access from outside your own IP ranges took place,
2. whether bank details for direct debit were stored in the same bucket,
3. the date from which you can provide the full access logs.

The customer must decide about notifying the residents by Friday.

Regards
Henrik Maurer
""")


@mail("NORMAL", "de", "purchase order", "trap: print order for flyers at a printing GmbH")
def _():
    return build(WEIDENBACH, "Druckerei Görres GmbH <auftrag@druck-goerres.example>",
        "Auftrag Flyer „Ehrenamt sicher versichert“",
        "2026-07-17 13:13",
        body="""Hallo Herr Görres,

wir geben das Angebot 26-1147 frei:

- Flyer DIN lang, 6-seitig Wickelfalz, 4/4-farbig, 135 g Bilderdruck matt
- Auflage 8.000 Stück
- Preis laut Angebot 689,00 EUR netto inkl. Versand an eine Adresse

Die Druckdaten (PDF/X-4) kommen morgen von unserer Agentur. Lieferung bitte
bis 14.08., Rechnung an KSM, Kostenstelle 4120 Prävention.

Danke und Gruß
Carina Weidenbach
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→municipality", "HR list of named employees for business-travel accident insurance, accident line")
def _():
    return build(THELEN, "Personalamt VG Maifeld <personal@vg-maifeld.example>",
        "Dienstreise-Unfallversicherung – Ihre Meldeliste",
        "2026-07-20 10:48",
        body="""Sehr geehrte Frau Hommen,

Ihre Liste der Beschäftigten mit regelmäßigen Dienstreisen haben wir in den
Vertrag GU-40-207714 übernommen. Rückfragen zu drei Einträgen:

  Nr. 7  Stefan Alsbach, geb. 11.08.1979 – Summe 100.000 / 200.000 EUR?
  Nr. 12 Nadine Fries, geb. 30.04.1990 – in Elternzeit bis 02/2027,
         bleibt sie mitversichert?
  Nr. 15 Heribert Wolff, geb. 06.01.1962 – laut Liste ab 01.09. in
         Altersteilzeit (Freistellungsphase), dann bitte austragen

Die übrigen 19 Personen sind ab 01.08. versichert.

Mit freundlichen Grüßen
Markus Thelen
""")


@mail("CONFIDENTIAL", "de", "insurer→club", "club board named in wrongful-dismissal claim by former employee with salary")
def _():
    return build(SCHERER, "Vorstand Reitverein Maifeld <vorstand@rv-maifeld.example>",
        "Klage Frau Jasmin Dötsch – D&O-Meldung",
        "2026-07-21 15:30",
        body="""Sehr geehrte Frau Kalter,

die Kündigungsschutzklage der früheren Stallmeisterin Frau Jasmin Dötsch
(Arbeitsgericht Koblenz, Az. 4 Ca 1187/26) haben wir als vorsorgliche
Meldung unter VH-40-781205 aufgenommen.

Frau Dötsch verlangt neben der Weiterbeschäftigung eine Abfindung von
9 Bruttomonatsgehältern à 2.950 EUR. Da sich die Klage gegen den Verein
richtet und nicht gegen Sie persönlich als Vorstand, ist die D&O
grundsätzlich nicht betroffen. Sobald Ansprüche gegen einzelne
Vorstandsmitglieder erhoben werden (z. B. wegen fehlender Anhörung des
Betriebsrats), melden Sie sich bitte sofort.

Mit freundlichen Grüßen
Tobias Scherer
""")


@mail("NORMAL", "en", "insurer→service provider", "trap: meeting agenda with incident response firm, no personal data")
def _():
    return build(MAURER, "Incident Response <ir-team@veiligdigitaal.example>",
        "Lessons learned session – agenda for 28 July",
        "2026-07-22 11:11",
        body="""Hi Pieter,

for our lessons-learned session on Tuesday (10:00-11:30, Teams) I suggest:

1. Timeline of the last three municipal incidents (anonymised)
2. What slowed containment: missing asset lists, no offline backups
3. Minimum controls we will require from 2027 for municipal cyber policies:
   MFA for all remote access, EDR on servers, tested offline backup
4. Pricing of your retainer for small municipalities (< 20,000 inhabitants)
5. Joint webinar for municipal IT heads in autumn

Please bring your slide on the typical attack paths - the one with the VPN
appliance was very clear.

Cheers
Henrik
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→municipality", "child named with Lyme disease after tick bite at municipal holiday camp")
def _():
    return build(KLASEN, "Stadtjugendpflege Andernach <jugendpflege@andernach-stadt.example>",
        "Ferienfreizeit Eifel – Zeckenstich Lara Schmitz",
        "2026-08-11 14:55",
        body="""Hallo Herr Stein,

danke für die Nachmeldung. Lara Schmitz (10) hatte nach der Freizeit in
Gerolstein (20.–31.07.) eine Wanderröte am Oberschenkel; die Kinderärztin
hat eine Borreliose festgestellt und behandelt sie drei Wochen mit
Amoxicillin.

Infektionen durch Zeckenstich sind in der Freizeit-Unfallversicherung der
Stadt (FZ-40-071190) ausdrücklich mitversichert. Aktuell fällt keine
Leistung an; wir legen den Fall unter FZ-26-0071 an, falls später
Folgeschäden auftreten (Gelenke, Neuroborreliose).

Die Eltern sollen bitte die Befunde aufheben.

Gruß Daniel Klasen
""")


@mail("NORMAL", "de", "press", "trap: newspaper article on leaking gym roof, public information")
def _():
    return build(KETTENBACH, "Sabine Kettenbach <sabine.kettenbach@ksm-versicherung.example>",
        "Presse: Turnhallendach Mülheim-Kärlich",
        "2026-08-12 07:40",
        body="""Zur Ablage im Vorgang SK-26-02990, Artikel aus der Rhein-Zeitung von heute:

„Eimer statt Basketball: In der Sporthalle am Schulzentrum tropft es seit
Wochen durchs Dach. Die Stadt hat den Schaden ihrer Versicherung gemeldet,
ein Gutachter war bereits vor Ort. Laut Bauamtsleiter soll die Halle nach
den Sommerferien wieder nutzbar sein. Bis dahin weichen die Vereine in die
Halle der Realschule plus aus.“

Unsere Stellungnahme an die Redaktion war: kein Kommentar zu laufenden
Schadenfällen.
""")


@mail("CONFIDENTIAL", "de", "insurer→charity", "church organ water damage, named sexton contact and claim number")
def _():
    return build(KETTENBACH, "Küster Peter Boos <kuester@ev-kirche-bendorf.example>",
        "Wasserschaden an der Orgel – SK-26-04122",
        "2026-08-14 10:20",
        body="""Hallo Herr Boos,

danke für die Fotos. Die Orgel ist über die Inhaltsversicherung der
Evangelischen Kirchengemeinde Bendorf (IV-40-300455) mitversichert,
Kunstgegenstände bis 250.000 EUR.

Der Orgelbauer Oberlinger soll bitte ein Gutachten machen, bevor getrocknet
wird. Die Kosten übernehmen wir. Ihr Pfarrer Herr Dr. Heß hat den Auftrag
schon unterschrieben, sagt mir das Gemeindebüro.

Gruß
Sabine Kettenbach
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer→parent", "British parent about son's broken arm at day-care, accident benefit")
def _():
    return build(THELEN, "Emma Clarke <emma.clarke@letterbox.example>",
        "Re: Oscar's arm – what happens next",
        "2026-08-17 12:34",
        body="""Dear Mrs Clarke,

thank you for writing - and of course you can write to me in English.

The day-care centre (Kita Sonnenhügel, Vallendar) reported that Oscar fell
from the slide on 10 August and broke his left forearm (both bones, closed
fracture). He was treated at the Kemperhof children's department with a
reduction under short anaesthesia and a cast for five weeks.

Treatment costs are paid by the statutory accident insurance (Unfallkasse),
so your health insurer will not be charged. In addition, the municipality has
a group accident policy for all children (GU-40-205600). From it we pay you a
flat EUR 250 for the fracture and EUR 20 per day for his two days in hospital.
Please send me your bank details through the secure link I will e-mail
separately.

I hope Oscar is back on the slide soon.

Best regards
Markus Thelen
""")


@mail("NORMAL", "de", "insurer→club", "trap: seminar invitation for club boards on volunteer liability, ICS")
def _():
    return build(VEREIN, "Vereinsvorstände Verteiler <vorstaende@ksm-versicherung.example>",
        "Seminar „Haftung im Ehrenamt“ – 26. September in Mayen",
        "2026-08-18 08:00",
        body="""Liebe Vereinsvorstände,

wer haftet, wenn beim Vereinsfest etwas passiert? Was darf der Kassenwart,
und wann greift die D&O? Diese Fragen beantworten wir im kostenlosen
Seminar:

Samstag, 26. September 2026, 10–14 Uhr
Genovevaburg Mayen, Rittersaal

Referenten: RA Dr. Thomas Fell (Vereinsrecht) und Tobias Scherer (KSM)
Inklusive Mittagsimbiss. Anmeldung per Antwort auf diese Mail.

Ihr KSM Vereinsservice
""",
        atts=[ics("Seminar_Haftung_Ehrenamt.ics", """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//KSM Versicherung//Vereinsservice//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:seminar-haftung-ehrenamt-2026@ksm-versicherung.example
DTSTAMP:20260818T060000Z
DTSTART:20260926T080000Z
DTEND:20260926T120000Z
SUMMARY:Seminar Haftung im Ehrenamt
LOCATION:Genovevaburg Mayen\\, Rittersaal
END:VEVENT
END:VCALENDAR
""")])


@mail("CONFIDENTIAL", "de", "insurer→municipality", "school bus wildlife collision, named driver, nobody hurt")
def _():
    return build(PUETZ, "Schulverwaltung VG Kastellaun <schule@vg-kastellaun.example>",
        "Wildunfall Schulbus SIM-KS 55 – KF-26-007744",
        "2026-09-14 09:05",
        body="""Hallo Frau Bender,

kurz zum Wildunfall vom Freitag: Ihr Fahrer Herr Günter Molz hat auf der
L 108 zwischen Gödenroth und Kastellaun ein Reh erfasst. Die 14 Kinder im
Bus sind laut Polizeibericht alle unverletzt, der Bus hat einen Schaden an
der Frontmaske (ca. 3.400 EUR).

Das läuft über die Teilkasko (KF-40-118800), keine Rückstufung. Wir
brauchen noch die Wildunfallbescheinigung des Jagdpächters.

Gruß Jörg Pütz
""")
# ==========================================================================
# mails 101-125
# ==========================================================================

@mail("NORMAL", "de", "insurer→municipality", "trap: district council minutes on cyber insurance, public part, PDF")
def _():
    return build(MAURER, "Büro Landrat Rhein-Hunsrück <kreistag@rhein-hunsrueck.example>",
        "Danke für den Auszug Kreistag – Cyberversicherung",
        "2026-09-15 13:32",
        body="""Sehr geehrte Frau Born,

herzlichen Dank für den Protokollauszug. Schön, dass der Kreistag der
Cyberversicherung zugestimmt hat. Die Police schicken wir nach Eingang des
unterschriebenen Antrags.

Mit freundlichen Grüßen
Henrik Maurer
""",
        atts=[pdf("Kreistag_RHK_2026-09-07_Auszug_TOP12.pdf", """
Niederschrift über die öffentliche Sitzung des Kreistags Rhein-Hunsrück am 07.09.2026

TOP 12: Abschluss einer Cyberversicherung für die Kreisverwaltung
Berichterstatter: Kreisbeigeordneter Manfred Stoll
Die Verwaltung legt drei Angebote vor. Das wirtschaftlichste Angebot der Kommunalen
Schutzgemeinschaft Mittelrhein VVaG umfasst 1,5 Mio. EUR Versicherungssumme, eine
Selbstbeteiligung von 10.000 EUR und einen Jahresbeitrag von 18.900 EUR.
Kreistagsmitglied Eva Hammes fragt nach Auflagen zur IT-Sicherheit. Antwort der
Verwaltung: Mehrfaktor-Authentifizierung und Offline-Sicherung sind Voraussetzung und
bereits umgesetzt.
Beschluss: einstimmig angenommen.
""", title="Kreistag Rhein-Hunsrück - Auszug")])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer→twin town", "Polish exchange pupil named with appendicitis surgery, travel health cover")
def _():
    return build(KLASEN, "Koordynator wymiany <exchange@lo2-wroclaw.example>",
        "Exchange pupil Zuzanna Wiśniewska – appendectomy, costs covered",
        "2026-09-22 10:27",
        cc="Gymnasium auf der Karthause <austausch@gym-karthause.example>",
        body="""Dear Mr Kowalski,

Zuzanna Wiśniewska, one of your pupils on the exchange in Koblenz, was
admitted to the Kemperhof on Sunday night with acute appendicitis and had a
laparoscopic appendectomy on Monday morning. She is doing well and should be
discharged on Thursday. Her host family has been with her.

The exchange is insured under the travel health policy of the city of Koblenz
(RG-40-100530). All hospital costs are billed to us directly; her parents
don't need to do anything. If her mother wants to travel to Koblenz, we
reimburse the train or bus ticket.

Please pass on our best wishes.

Kind regards
Daniel Klasen
""")


@mail("CONFIDENTIAL", "de", "insurer→club", "theft of club minibus, named chairman, plate, VIN")
def _():
    return build(PUETZ, "Vorsitzender DJK Plaidt <vorsitz@djk-plaidt.example>",
        "Diebstahl Vereinsbus – Unterlagen",
        "2026-09-23 15:50",
        body="""Hallo Herr Rausch,

so ein Ärger. Für die Teilkasko (KF-40-118912) brauche ich:

- die Anzeigebestätigung der Polizei Andernach
- beide Fahrzeugschlüssel (bitte per Einschreiben)
- Fahrzeugbrief / Zulassungsbescheinigung Teil II im Original
- Angabe, wer den Bus zuletzt gefahren hat – laut Ihrer Mail Ihr
  Jugendtrainer Herr Mario Fuchs am 19.09. abends

Fahrzeug: Ford Transit Kombi, MYK-DJ 9, FIN WF0XXXTTGXKU84215.
Nach 4 Wochen ohne Wiederauffinden zahlen wir den Wiederbeschaffungswert.

Gruß Jörg Pütz
""")


@mail("NORMAL", "de", "insurer→school", "trap: premium options table for supplementary school accident cover per pupil")
def _():
    return build(RUEDELL, "Schulverwaltungsamt Neuwied <schulverwaltung@neuwied-stadt.example>",
        "Angebot Schüler-Zusatzversicherung – drei Varianten",
        "2026-09-24 11:17",
        body="""Sehr geehrter Herr Dr. Lauer,

wie besprochen drei Varianten für die 23 Schulen in Ihrer Trägerschaft.
Die Beiträge gelten je Schülerin/Schüler und Schuljahr.

Freundliche Grüße
Fabian Rüdell
""",
        atts=[xlsx("Angebot_SZ_Neuwied_Varianten.xlsx", [
            ("Varianten", [
                ("Leistung", "Basis", "Komfort", "Premium"),
                ("Invaliditätsgrundsumme EUR", 30000, 50000, 100000),
                ("Progression", "keine", "225 %", "350 %"),
                ("Zahnersatz je Unfall EUR", 2500, 5000, 7500),
                ("Brillenschäden EUR", 150, 300, 300),
                ("Krankenhaustagegeld EUR", 0, 15, 25),
                ("Beitrag je Schüler EUR", 1.20, 1.80, 2.95),
                ("Beitrag gesamt bei 11.480 Schülern EUR", 13776.00, 20664.00, 33866.00),
            ])])])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→hospital", "named nurse with needle-stick injury and HIV post-exposure prophylaxis")
def _():
    return build(KLASEN, "Betriebsärztlicher Dienst Klinikum Mayen <bad@klinikum-mayen.example>",
        "Nadelstichverletzung Pflegekraft – Gruppenunfall Personal",
        "2026-09-25 08:44",
        body="""Sehr geehrte Frau Dr. Anheier,

zu Ihrer Meldung: Frau Kübra Aslan, Gesundheits- und Krankenpflegerin auf der
Intensivstation, hat sich am 21.09. an einer Kanüle eines Patienten mit
bekannter HIV-Infektion und Hepatitis C gestochen. Sie haben sofort eine
HIV-Postexpositionsprophylaxe eingeleitet; die Kontrollserologie steht nach
6 Wochen, 3 und 6 Monaten an.

Über die Gruppenunfallversicherung für das Personal (GU-40-208021) ist die
Infektion durch Nadelstich ausdrücklich versichert. Solange keine
Serokonversion eintritt, fällt keine Leistung an; wir halten den Vorgang
aber offen (GU-26-2210). Bitte melden Sie uns das Ergebnis der
6-Monats-Kontrolle – ein einfaches „negativ“ genügt.

Mit freundlichen Grüßen
Daniel Klasen
""")


@mail("CONFIDENTIAL", "en", "insurer→club", "expat handball coach's private car damaged by club goal frame, liability claim, nobody hurt")
def _():
    return build(KETTENBACH, "Pablo Ortega <p.ortega@hsg-rhein.example>",
        "Your car at the sports ground – claim KH-26-0801",
        "2026-09-28 13:08",
        body="""Dear Mr Ortega,

the club HSG Rhein-Mosel e.V. has notified us of the damage to your car
(Seat Leon, registration KO-PO 77). As I understand it, on 24 September a
mobile handball goal that had not been anchored was blown over by the wind
and hit the driver's door. Nobody was hurt.

We are the club's liability insurer (BH-40-413377) and will pay the repair.
Please send us the invoice or a quote from a workshop, and tell us whether you
are entitled to deduct VAT (only relevant if the car is used for a business).

Kind regards
Sabine Kettenbach
""")


@mail("NORMAL", "en", "insurer→municipality", "trap: call for English-speaking volunteers at city festival with insurance note")
def _():
    return build(LOOS, "Integrationsbüro Koblenz <integration@koblenz-stadt.example>",
        "Volunteers for the 'Rhein in Flammen' info stands – insurance text",
        "2026-04-28 10:40",
        body="""Dear Ms Nadeem,

here is the short insurance paragraph for your English call for volunteers:

"All volunteers at the city's information stands are insured by the city
of Koblenz: liability insurance in case you accidentally damage something or
injure someone, and accident insurance for injuries during your shift and on
the way there and back. You don't need your own insurance for this. Please
register with the integration office so that your shift is documented."

If you need it in Arabic or Ukrainian as well, our translation service can
help within a week.

Best regards
Petra Loos
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→school", "body with initials only; docx attachment names pupil with concussion in PE")
def _():
    return build(THELEN, "Schulleitung Realschule plus Mayen <schulleitung@rsplus-mayen.example>",
        "Unfall im Sportunterricht 29.09. (J. K., 8b)",
        "2026-10-01 11:56",
        body="""Sehr geehrte Frau Oberstudienrätin Weis,

im Anhang mein Gesprächsvermerk mit Ihrer Sportlehrkraft. Bitte lesen Sie
ihn gegen und schicken ihn mir unterschrieben zurück, am besten über das
Portal.

Mit freundlichen Grüßen
Markus Thelen
""",
        atts=[docx("Vermerk_Sportunfall_2026-09-29.docx", [
            "# Gesprächsvermerk – Sportunfall Realschule plus Mayen",
            "Verletzter Schüler: Jonas Kremer, Klasse 8b, geb. 15.02.2012",
            "Gesprächspartnerin: Sportlehrerin Frau Anna Rausch, 30.09.2026, telefonisch",
            "Hergang: Beim Völkerball prallte Jonas mit dem Kopf gegen die Hallenwand. Er war kurz benommen, erbrach sich zweimal. Rettungsdienst, Aufnahme St. Elisabeth Mayen.",
            "Diagnose laut Elternauskunft: Commotio cerebri (S06.0), eine Nacht Überwachung, CT unauffällig. Sportbefreiung für 2 Wochen.",
            "Aufsicht: Lehrkraft war in der Halle anwesend; Wandpolster an der Stirnseite fehlt seit der Sanierung (Schulträger informiert).",
            "Schaden-Nr.: SZ-2026-00402",
        ])])


@mail("CONFIDENTIAL", "de", "insurer→municipality", "cyber incident at day-care fee office; sample records with parents' household income")
def _():
    return build(MAURER, "Datenschutz VG Weißenthurm <datenschutz@vg-weissenthurm.example>",
        "Cyber-Schaden Kita-Beitragsstelle – betroffene Datenarten",
        "2026-10-02 17:05",
        body="""Sehr geehrte Frau Thiel,

nach dem Befund des Forensikers waren auf dem verschlüsselten Fileserver
auch die Anträge auf Beitragsermäßigung der Kita-Beitragsstelle gespeichert.
Ihr Mitarbeiter hat uns zur Einschätzung zwei Beispieldatensätze geschickt:

  Familie Nadine und Sascha Hein, Urmitz: Haushaltseinkommen 2025
  brutto 41.200 EUR, Ermäßigung 50 %
  Familie Olga Petrenko, Weißenthurm: Haushaltseinkommen 18.900 EUR,
  Beitragsbefreiung

Einkommensdaten sind kein besonderes Kategorie-Datum, aber eine Meldung an den
LfDI halten wir trotzdem für nötig (Art. 33 DSGVO). Die Kosten für die
Benachrichtigung der ca. 430 Familien übernimmt die Cyberversicherung
CY-40-009402.

Mit freundlichen Grüßen
Henrik Maurer
""")


@mail("NORMAL", "de", "insurer→club", "trap: portal first-login instructions with placeholder one-time password")
def _():
    return build(VEREIN, "Geschäftsstelle TV Güls <info@tv-guels.example>",
        "Ihr Zugang zum KSM-Vereinsportal – so geht die Erstanmeldung",
        "2026-10-05 09:21",
        body="""Hallo,

für Ihren Verein wurde ein Zugang zum sicheren Vereinsportal eingerichtet.
So melden Sie sich an:

1. Rufen Sie https://portal.ksm-versicherung.example auf.
2. Benutzername: Ihre Vereinsnummer (steht auf der Beitragsrechnung).
3. Das Einmal-Passwort bekommen Sie per Post, NICHT per Mail
   (Format: XXXX-XXXX-XXXX).
4. Beim ersten Login legen Sie ein eigenes Passwort und eine
   Sicherheitsfrage fest.

Im Portal können Sie Unfallmeldungen hochladen, Nachweise abrufen und uns
verschlüsselt schreiben. Fragen? 0261 98770-300.

Ihr KSM Vereinsservice
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→charity", "church day-care staff list with denomination (religion) and named staff")
def _():
    return build(LOOS, "Verwaltung Kita-Zweckverband St. Matthias <verwaltung@kita-stmatthias.example>",
        "Ihre Personalliste – bitte ohne Konfession",
        "2026-10-06 14:14",
        body="""Sehr geehrter Herr Lauer,

für die Gruppen-Unfallversicherung des Personals brauchen wir nur Name,
Geburtsdatum und Einrichtung. Ihre Liste enthält zusätzlich die
Konfession und den Kirchenaustritt – das sind Angaben zur Religion, die wir
nicht verarbeiten dürfen. Ich zitiere nur die betroffenen Zeilen, damit
Sie wissen, welche Spalte gemeint ist:

  Kerstin Feld, geb. 03.06.1985, Kita St. Matthias, rk
  Aleyna Çelik, geb. 21.11.1996, Kita Arche Noah, ohne / islam.
  Sebastian Reif, geb. 17.09.1978, Kita St. Matthias, Kirchenaustritt 2024

Bitte schicken Sie uns die Liste ohne die Spalte neu. Die alte Datei haben
wir gelöscht.

Mit freundlichen Grüßen
Petra Loos
""")


@mail("CONFIDENTIAL", "de", "insurer→citizen", "carnival float damaged named owner's house wall, nobody hurt")
def _():
    return build(LOOS, "Anneliese Gräf <a.graef@t-post.example>",
        "Ihr Schaden beim Rosenmontagszug Mülheim-Kärlich",
        "2026-02-20 10:35",
        body="""Sehr geehrte Frau Gräf,

die Stadt hat uns Ihren Brief weitergegeben. Wir sind der
Veranstaltungshaftpflichtversicherer des Rosenmontagszuges
(VA-40-552030).

Sie schildern, dass der Festwagen der KG Rot-Weiß beim Abbiegen in die
Kurfürstenstraße die Fassade Ihres Hauses Nr. 14 gestreift hat (Putz,
Fensterbank). Verletzt wurde zum Glück niemand. Ein Maler soll sich den
Schaden ansehen und ein Angebot machen – das schicken Sie bitte an uns,
Zeichen VA-26-0098.

Mit freundlichen Grüßen
Petra Loos
""")


@mail("NORMAL", "de", "insurer→municipality", "trap: playground accident analysis for a town, aggregated")
def _():
    return build(WEIDENBACH, "Grünflächenamt Koblenz <gruenflaechen@koblenz-stadt.example>",
        "Auswertung Spielplatzunfälle 2021–2025",
        "2026-10-07 12:00",
        body="""Sehr geehrter Herr Hilger,

hier die Auswertung aller Haftpflichtmeldungen zu städtischen
Spielplätzen (ohne Namen, ohne Einzelfallangaben):

Jahr   Meldungen  davon Fallhöhe  davon Holzsplitter  Zahlungen EUR
2021      14            8                 2                 9.410
2022      11            6                 3                 4.020
2023      17           10                 1                21.770
2024       9            5                 2                 3.380
2025      12            7                 0                 6.150

Auffällig: Fast die Hälfte der Fallhöhen-Unfälle betrifft Kletternetze mit
Fallschutz aus Rindenmulch, der nicht nachgefüllt war. Wir empfehlen
Fallschutzplatten oder Sand (mind. 30 cm) bei den Anlagen Moselweiß und
Rauental.

Beste Grüße
Carina Weidenbach
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer→patient", "Dutch patient named with missed scaphoid fracture, hospital liability")
def _():
    return build(SEIBEL, "Ruud Vermeulen <ruud.vermeulen@post-nl.example>",
        "Your complaint about the emergency department in Boppard",
        "2026-10-08 15:42",
        body="""Dear Mr Vermeulen,

we are the liability insurer of Heilig-Geist-Hospital Boppard. The hospital
forwarded your letter of 28 September.

You describe that after a fall with your bicycle on the Rhine cycle path on
3 August you were examined in the emergency department, an X-ray of the right
wrist was taken and you were told it was a sprain. Back in Utrecht, a CT scan
on 19 August showed a fracture of the scaphoid bone, which now requires
surgery with a screw and a bone graft.

We will ask the hospital for the X-ray images and an independent radiologist
for an opinion. Please send us the CT report and the surgery report from the
UMC Utrecht, and tell us whether you were off work and for how long. Your
file number is KH-H-2026-041.

Kind regards
Miriam Seibel
""")


@mail("CONFIDENTIAL", "en", "insurer→youth camp", "lost baggage of named participant with passport number, no health data")
def _():
    return build(LOOS, "Camp office <buero@jugendcamp-loreley.example>",
        "Baggage claim – Chloé Martin",
        "2026-08-05 10:55",
        body="""Hello Lukas,

for the baggage claim of Chloé Martin (participant from Nevers) I need the
following before I can pay:

- the Property Irregularity Report from the bus company (FlixBus, 26 July,
  Paris-Koblenz) - her reference is KBLFX26-0731
- a list of the lost items with approximate prices; she wrote EUR 540 in
  total, including a phone charger and a jacket
- a copy of the new passport (old one: 22FR84416, lost with the bag), only
  the page with the number, please

Compensation goes to her mother's French account; I'll ask for the details
through the portal.

Thanks
Petra
""")


@mail("NORMAL", "de", "job ad", "trap: apprenticeship ad, no persons")
def _():
    return build(HOELZER, "Ausbildung <ausbildung@ksm-versicherung.example>",
        "Ausbildungsstart 2027 – Anzeige für Schulen",
        "2026-10-09 08:15",
        body="""Liebe Kolleginnen,

die Anzeige für die Berufsorientierungsmessen und Schulen ist fertig:

„Ausbildung zur Kauffrau / zum Kaufmann für Versicherungen und Finanzen
(m/w/d) bei der KSM in Koblenz – Start 01.08.2027.
Du willst wissen, wie man ein Rathaus versichert oder was passiert, wenn
beim Stadtfest der Strom ausfällt? Bei uns lernst du Versicherung für
Städte, Schulen, Kitas und Vereine. Vergütung: 1.150 / 1.240 / 1.330 EUR.
Bewirb dich bis 31.12. mit Lebenslauf und letztem Zeugnis.“

Bitte an die Schulen im Verteiler „Berufsorientierung“ schicken.

Renate
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→club", "youth coach named with conviction entry in extended police certificate")
def _():
    return build(SCHERER, "Vorsitzende Schwimmverein Lahnstein <vorsitz@sv-lahnstein.example>",
        "Re: Führungszeugnis unseres neuen Trainers – Versicherung?",
        "2026-10-12 18:20",
        body="""Sehr geehrte Frau Dr. Ackermann,

danke für Ihr Vertrauen. Zu Ihrer Frage:

Im erweiterten Führungszeugnis von Herrn Patrick Haller ist eine
Verurteilung wegen Körperverletzung (§ 223 StGB) aus 2019 eingetragen,
Geldstrafe 60 Tagessätze. Das ist keine Straftat nach § 72a SGB VIII, er ist
also nicht automatisch von der Jugendarbeit ausgeschlossen.

Versicherungsrechtlich gilt: Ihre Vereinshaftpflicht deckt keine
vorsätzlichen Taten des Trainers. Für den Verein bleibt aber der Schutz, falls
er wegen mangelnder Auswahl in Anspruch genommen wird. Die Entscheidung, ob
Sie ihn einsetzen, liegt beim Vorstand; dokumentieren Sie bitte die
Abwägung im Vorstandsprotokoll (nicht die Details des Eintrags).

Bitte schicken Sie solche Informationen künftig nur verschlüsselt.

Mit freundlichen Grüßen
Tobias Scherer
""")


@mail("NORMAL", "de", "insurer→day-care", "trap: parent letter template after a day-care accident, placeholders only")
def _():
    return build(THELEN, "Kita-Träger Verteiler <verteiler-kita@ksm-versicherung.example>",
        "Vorlage Elterninformation nach einem Unfall in der Kita",
        "2026-10-13 10:00",
        body="""Liebe Kita-Leitungen,

viele haben nach einer Vorlage gefragt, was Eltern nach einem Unfall
bekommen sollen. Hier ein Text zum Anpassen:

---
Liebe Eltern von [Vorname des Kindes],

heute, am [Datum], hat sich [Vorname] in unserer Einrichtung verletzt:
[kurze Beschreibung]. Wir haben [Erste-Hilfe-Maßnahme].

Ihr Kind ist über die gesetzliche Unfallversicherung versichert. Bitte sagen
Sie dem Arzt, dass es sich um einen Kita-Unfall handelt, und geben Sie als
Unfallversicherungsträger die Unfallkasse Rheinland-Pfalz an. Zusätzliche
Leistungen aus der Gruppenunfallversicherung des Trägers ([Vertragsnummer])
erhalten Sie auf Antrag.

Ansprechpartnerin in der Kita: [Name], Telefon [Nummer]
---

Herzliche Grüße
Markus Thelen
""")


@mail("NORMAL", "de", "insurer→municipality", "trap: municipality's own bank account for premium direct debit (legal entity)")
def _():
    return build(RUEDELL, "Stadtkasse Lahnstein <stadtkasse@lahnstein-stadt.example>",
        "Neue Bankverbindung der Stadtkasse – Lastschrift ab Januar",
        "2026-10-14 11:40",
        body="""Sehr geehrte Frau Bruchhäuser,

vielen Dank für die Mitteilung. Wir haben die neue Bankverbindung der
Stadtkasse für die Beitragslastschrift ab 01.01.2027 hinterlegt:

Kontoinhaber: Stadt Lahnstein – Stadtkasse
IBAN: DE34 3704 0044 0558 8049 05
Gläubiger-ID der KSM: DE98ZZZ00000987654
Mandatsreferenz: KSM-KOM-LAHN-0001

Das Firmenlastschriftmandat bitte unterschrieben an uns zurück, per Post
oder gescannt – beides ist in Ordnung.

Mit freundlichen Grüßen
Fabian Rüdell
""")


@mail("CONFIDENTIAL", "de", "insurer→fire brigade", "volunteer firefighter's private car damaged on way to emergency, named with plate")
def _():
    return build(PUETZ, "Wehrführer FF Spay <wehrfuehrer@ff-spay.example>",
        "Schaden am Privat-Pkw auf der Alarmfahrt – Kamerad Nico Reuter",
        "2026-10-16 09:10",
        body="""Hallo Herr Fuchs,

Schäden an Privatfahrzeugen auf dem Weg zum Einsatz ersetzt die Gemeinde
nach § 13 LBKG; wir regulieren das über die Zusatzdeckung „Eigenschäden
Feuerwehrangehöriger“ (KF-40-119044).

Nico Reuter ist am 12.10. mit seinem VW Golf (MYK-NR 112) bei der
Alarmierung zum Brand in der Mainzer Straße an einer Bordsteinkante
hängengeblieben (Spurstange, Felge). Verletzt hat er sich nicht. Bitte
bestätigen Sie mir die Alarmierung (Uhrzeit laut Leitstelle) und schicken
Sie die Werkstattrechnung. Seine Vollkasko muss er nicht nehmen.

Gruß Jörg Pütz
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→youth camp", "text+HTML: child named fell from bunk bed with concussion and CT")
def _():
    return build(KLASEN, "Freizeitleitung Stadtjugendring Neuwied <freizeit@sjr-neuwied.example>",
        "Sturz aus dem Etagenbett – Emma Lindner",
        "2026-08-06 20:12",
        body="""Hallo Frau Moos,

danke für den Anruf. Zusammengefasst: Emma Lindner (9) ist in der Nacht aus
dem oberen Etagenbett gefallen, war kurz bewusstlos und hat sich erbrochen.
Klinikum Wittlich: CT ohne Blutung, Gehirnerschütterung, 2 Nächte
Überwachung. Die Eltern holen sie am Samstag ab.

Freizeit-Unfallversicherung FZ-40-071201, Fall FZ-26-0083. Bitte schicken
Sie mir den Entlassbericht, sobald er da ist. Und bitte prüfen, ob an den
Etagenbetten Rausfallschutz montiert ist.

Daniel Klasen
""",
        html="""<html><body><p>Hallo Frau Moos,</p>
<p>danke für den Anruf. Zusammengefasst: <b>Emma Lindner (9)</b> ist in der Nacht aus dem oberen
Etagenbett gefallen, war kurz bewusstlos und hat sich erbrochen. Klinikum Wittlich: CT ohne Blutung,
<b>Gehirnerschütterung</b>, 2 Nächte Überwachung. Die Eltern holen sie am Samstag ab.</p>
<p>Freizeit-Unfallversicherung FZ-40-071201, Fall FZ-26-0083. Bitte schicken Sie mir den Entlassbericht,
sobald er da ist. Und bitte prüfen, ob an den Etagenbetten Rausfallschutz montiert ist.</p>
<p>Daniel Klasen</p></body></html>""")


@mail("NORMAL", "en", "insurer→twin town", "trap: photo consent form template for exchange with placeholders")
def _():
    return build(WEIDENBACH, "Comité de jumelage <jumelage@saint-aubin-loire.example>",
        "Photo consent form for the youth exchange (template)",
        "2026-10-19 14:25",
        body="""Dear Madame Leclerc,

as promised, the bilingual template for photo consent. Please fill in the
placeholders for each participant locally and keep the signed forms in
Saint-Aubin - we do not need copies.

Kind regards
Carina Weidenbach
""",
        atts=[docx("Photo_consent_template_EN_FR.docx", [
            "# Photo and video consent / Autorisation photo et vidéo",
            "Participant: [first name] [surname]   Date of birth: [DD/MM/YYYY]",
            "Parent or guardian: [name]",
            "I agree that photos showing my child may be used for: [ ] the twinning website  [ ] the local newspaper  [ ] internal photo album only",
            "Consent can be withdrawn at any time by e-mail to [address of the committee].",
            "Place, date: [place], [date]     Signature: ____________________",
        ])])


@mail("CONFIDENTIAL", "de", "insurer→citizen", "named runner's bicycle damaged by city run barrier, nobody hurt")
def _():
    return build(LOOS, "Katharina Meurer <k.meurer@mailfach.example>",
        "Beschädigtes Fahrrad beim Koblenzer Stadtlauf",
        "2026-10-20 16:16",
        body="""Sehr geehrte Frau Meurer,

als Versicherer des Stadtlaufs (Veranstaltungshaftpflicht VA-40-552210)
bearbeiten wir Ihren Schaden. Nach Ihrer Schilderung hat ein Mitarbeiter des
Aufbauteams am 11.10. ein Absperrgitter gegen Ihr angeschlossenes E-Bike
(Cube Kathmandu) fallen lassen; Schaltwerk und Display sind defekt. Verletzt
wurde niemand.

Bitte schicken Sie uns die Rechnung der Fahrradwerkstatt und ein Foto des
Typenschilds. Aktenzeichen VA-26-0402.

Mit freundlichen Grüßen
Petra Loos
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→hospital", "PDF: arbitration board expert opinion on named patient's nerve damage")
def _():
    return build(SEIBEL, "Rechtsabteilung St. Josef Neuwied <recht@stjosef-neuwied.example>",
        "Gutachten Schlichtungsstelle – Ihre Stellungnahme bis 15.11.",
        "2026-10-21 09:48",
        body="""Sehr geehrte Frau Ries,

die Schlichtungsstelle für Arzthaftpflichtfragen hat das Gutachten
übersandt (Anlage). Bitte leiten Sie es an den Chefarzt der Chirurgie weiter.
Aus unserer Sicht ist der Befund eindeutig; wir möchten dem Vergleichsweg
zustimmen.

Mit freundlichen Grüßen
Miriam Seibel
""",
        atts=[pdf("Schlichtungsgutachten_KH-H-2025-117.pdf", """
Schlichtungsstelle für Arzthaftpflichtfragen - Gutachten
Antragstellerin: Petra Lichter, geb. 14.07.1969, Neuwied
Antragsgegner: St. Josef Krankenhaus Neuwied, Chirurgische Klinik

Behandlung: Schilddrüsenresektion beidseits am 12.03.2025 wegen Struma nodosa (E04.2).
Postoperativ Heiserkeit; laryngoskopisch Parese des N. laryngeus recurrens links.
Ein intraoperatives Neuromonitoring wurde nicht eingesetzt, obwohl es in der Klinik
verfügbar war.

Bewertung: Der Verzicht auf das Neuromonitoring bei beidseitiger Resektion entspricht
nicht dem fachärztlichen Standard. Die dauerhafte Stimmbandlähmung ist mit
überwiegender Wahrscheinlichkeit auf diesen Fehler zurückzuführen.
Ergebnis: Behandlungsfehler bejaht.
""", title="Gutachten Schlichtungsstelle")])


@mail("CONFIDENTIAL", "en", "insurer→club", "premiums paid from treasurer's private IBAN (natural person), international club")
def _():
    return build(VEREIN, "Treasurer Koblenz International Club <treasurer@kic-koblenz.example>",
        "Premium payments from a private account",
        "2026-10-22 12:02",
        body="""Dear Mr Okonkwo,

thank you for paying the club's liability premium (VH-40-781770). We noticed
that the last three payments came from your private account:

  Account holder: Emeka Okonkwo
  IBAN: DE11 5776 1591 9458 4460 39

That is fine for us, but please note that any refund would go back to the
account that paid. If the club opens its own account, just send us a SEPA
mandate for the new account and we'll switch to direct debit.

Kind regards
KSM Club Service
""")
# ==========================================================================
# mails 126-150
# ==========================================================================

@mail("NORMAL", "en", "IT ticket", "trap: MFA rollout notice for portal users, no persons")
def _():
    return build(SERVICEDESK, "Portal users – partner organisations <portal-info@ksm-versicherung.example>",
        "Secure portal: two-factor login from 1 December",
        "2026-10-26 09:00",
        body="""Dear portal users,

from 1 December 2026 the KSM secure portal will require a second factor at
login. You can choose between an authenticator app (recommended) and a code
by SMS.

What you need to do:
1. Log in as usual before 30 November.
2. Open "My account" > "Security" and follow the set-up wizard.
3. Print the recovery codes and keep them in a safe place.

Municipal IT departments that use gateway encryption with us are not affected.

Questions: +49 261 98770-4400, Mon-Fri 8-17.

KSM IT Service Desk
""")


@mail("NORMAL", "de", "newsletter", "trap: heavy-rain hazard map newsletter for municipalities, no persons")
def _():
    return build(NEWS, "Bauämter Verteiler <verteiler-bauamt@ksm-versicherung.example>",
        "Starkregen-Gefahrenkarten: Was Ihre Kommune jetzt tun kann",
        "2026-10-27 07:30",
        html="""<html><body>
<h3>Starkregen: Schäden an kommunalen Gebäuden verdreifacht</h3>
<p>2021 bis 2025 haben wir <b>41,7 Mio. EUR</b> für Elementarschäden an Rathäusern, Schulen,
Kitas und Sporthallen gezahlt. 70&nbsp;% der Schäden entstanden durch Wasser, das über
Lichtschächte und Tiefgaragen eindrang &ndash; nicht durch Flüsse.</p>
<ol>
<li>Starkregen-Gefahrenkarte des Landes für Ihre Liegenschaften prüfen</li>
<li>Rückstauklappen jährlich warten lassen</li>
<li>Server und Archive nicht im Keller</li>
</ol>
<p>Zuschuss: Für bauliche Vorsorge zahlt die KSM bis zu 5.000&nbsp;EUR je Liegenschaft
(Antrag über das Mitgliederportal).</p>
</body></html>""")


@mail("CONFIDENTIAL", "de", "insurer→day-care", "flooded day-care basement, named head of day-care and claim number")
def _():
    return build(KETTENBACH, "Leitung Kita Pusteblume Rhens <kita-pusteblume@rhens.example>",
        "Keller unter Wasser – Elementarschaden SK-26-04870",
        "2026-10-28 12:40",
        body="""Liebe Frau Marx,

nach dem Starkregen gestern habe ich den Schaden unter SK-26-04870 angelegt
(Gebäude und Inhalt Stadt Rhens, Elementardeckung inklusive).
Das Trocknungsunternehmen kommt morgen um 8 Uhr, bitte lassen Sie Herrn
Pohl vom Bauhof aufschließen.

Was im Keller stand (Turnmatten, Bastelmaterial, Waschmaschine), bitte
fotografieren und auflisten, aber erst nach unserer Freigabe entsorgen.
Der Kita-Betrieb im Erdgeschoss kann laut Bauamt weiterlaufen.

Viele Grüße
Sabine Kettenbach
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer→parent", "American parent, son's dental injury at club training, club accident cover")
def _():
    return build(KLASEN, "Jennifer Hayes <jen.hayes@maildrop.example>",
        "Ethan's front teeth – claim GU-26-2301",
        "2026-10-29 16:03",
        body="""Dear Ms Hayes,

thank you for the dentist's report. Ethan (12) was hit by a hockey stick
during training at Rot-Weiss Koblenz on 17 October; two upper front teeth
(11 and 21) were fractured, one with pulp exposure, and the dentist performed
a partial root canal treatment and composite build-ups.

Ethan is insured under the club's group accident policy GU-40-332870 as a
member. The policy pays dental treatment after an accident up to EUR 5,000
per tooth, where your health insurance does not pay. As you are privately
insured with an American plan, please first ask them for their decision and
send us their statement of benefits.

Kind regards
Daniel Klasen
""")


@mail("NORMAL", "de", "internal", "trap: draft framework contract for sports clubs group accident cover, no persons")
def _():
    return build(RUEDELL, "Dr. Ulrike Brenner <ulrike.brenner@ksm-versicherung.example>",
        "Rahmenvertrag Sportbund Rheinland – mein Entwurf Eckpunkte",
        "2026-10-30 11:22",
        body="""Hallo Ulrike,

die Eckpunkte für das Gespräch mit dem Sportbund am Dienstag:

- Sportversicherung für alle Mitglieder der ca. 2.900 Vereine, Beitrag
  über den Sportbund (pauschal 0,94 EUR je Mitglied und Jahr)
- Unfall: Invalidität 30.000 EUR, Tod 5.000 EUR, Krankenhaustagegeld ab
  Tag 1 mit 10 EUR
- Haftpflicht: 10 Mio. EUR pauschal, inkl. Vereinsheime bis 500 qm
- D&O für Vorstände als Option, 45 EUR je Verein
- Laufzeit 5 Jahre, Schadenquote-Klausel (Anpassung bei SQ > 85 %)

Wettbewerber dürften bei 0,89–0,99 EUR liegen. Ich würde mit 0,94 starten.

Fabian
""")


@mail("CONFIDENTIAL", "en", "insurer→twin town", "French brass band association as policyholder with named contact, event cover")
def _():
    return build(LOOS, "Harmonie de Saint-Aubin <contact@harmonie-saint-aubin.example>",
        "Your performance at the Boppard wine festival – cover note",
        "2026-08-20 10:10",
        body="""Dear Mr Chevalier,

I have issued the short-term liability cover for your association for the
wine festival (cover note VA-40-552301, 4-7 September), as requested by
the town of Boppard:

Policyholder: Harmonie de Saint-Aubin (association loi 1901), contact
Mr Bernard Chevalier, 12 rue des Tanneurs, Saint-Aubin-sur-Loire
Insured: 34 musicians, instruments transport on the town's trailer
Premium: EUR 85.00, already paid by the town's twinning budget

Instruments themselves are not covered by liability insurance; if you want
cover for damage or theft, I can offer an instrument policy for EUR 60.

Kind regards
Petra Loos
""")


@mail("NORMAL", "de", "IT ticket", "trap: mailbox quota ticket, no personal data")
def _():
    return build(SERVICEDESK, "Petra Loos <petra.loos@ksm-versicherung.example>",
        "[INC-886120] Postfach fast voll",
        "2026-11-02 08:05",
        body="""Hallo Frau Loos,

Ihr Postfach ist zu 96 % belegt (49,1 von 50 GB). Ab 100 % können Sie
keine Mails mehr senden.

Tipps:
- Große Anhänge aus „Gesendete Elemente“ löschen (Filter: > 5 MB)
- Vorgangsunterlagen gehören ins DMS, nicht ins Postfach
- Archivierung aktivieren: Datei > Tools > Postfach aufräumen

Wenn Sie eine Erweiterung brauchen, bitte die Freigabe Ihrer
Führungskraft per Antwort auf dieses Ticket.

Ihr IT-Servicedesk
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→club", "member with pacemaker named, cardiac rehab sports group cover")
def _():
    return build(VEREIN, "Abteilungsleitung Herzsport VfL Bad Ems <herzsport@vfl-badems.example>",
        "Re: Neues Mitglied mit Herzschrittmacher",
        "2026-11-03 13:37",
        body="""Hallo Frau Dr. Kunz,

ja, Herr Alfons Weyand kann in Ihrer Herzsportgruppe mitmachen und ist dann
über die Sportversicherung des Vereins versichert – auch mit seinem
Herzschrittmacher und nach dem Bypass im Frühjahr.

Nicht versichert sind allerdings Herzinfarkt oder Rhythmusstörungen selbst
(Krankheit, kein Unfall). Stürzt er beim Training, weil ihm schwindelig wird,
ist der Sturz mitversichert.

Die ärztliche Verordnung für Rehasport (Muster 56) brauchen wir nicht, die
bleibt bei Ihnen.

Viele Grüße
KSM Vereinsservice
""")


@mail("CONFIDENTIAL", "de", "insurer→municipality", "mayor named as driver of official car, parking damage, nobody hurt")
def _():
    return build(PUETZ, "Vorzimmer Bürgermeister VG Cochem <vorzimmer@vg-cochem.example>",
        "Parkschaden Dienstwagen COC-VG 1",
        "2026-11-04 10:50",
        body="""Hallo Frau Kaufmann,

danke für die Info. Ich habe den Parkrempler aufgenommen: Bürgermeister
Wolfgang Lambertz hat am 02.11. beim Ausparken am Kreishaus Cochem mit dem
Dienstwagen (COC-VG 1, Skoda Superb) den Audi A4 von Herrn Jens Kettig
(COC-JK 44) am Kotflügel berührt. Niemand wurde verletzt.

Haftpflicht: Herr Kettig bekommt von uns ein Schreiben, Schadennummer
KF-26-008815. Der Dienstwagen hat nur einen Kratzer – lohnt sich die Kasko
bei 500 EUR SB nicht.

Gruß Jörg Pütz
""")


@mail("NORMAL", "en", "newsletter", "trap: lantern parade safety tips for international families, no persons")
def _():
    return build(NEWS, "International families mailing list <intl-families@ksm-versicherung.example>",
        "St. Martin's lantern parades – a short safety guide",
        "2026-11-05 07:45",
        body="""Dear families,

in November, children in German day-care centres and schools walk with
lanterns through the streets to celebrate St. Martin. If this is your first
time, some tips from our prevention team:

- Use LED lanterns instead of candles - most kitas insist on it anyway.
- Reflective clothing: parades take place after dark.
- The bonfire at the end is supervised by the volunteer fire brigade; keep
  small children at least 5 metres away.
- Parades organised by a kita or school are insured through the
  municipality. You don't need extra insurance.

Enjoy the singing - "Laterne, Laterne" will be stuck in your head for weeks.

KSM prevention team
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→widow", "death benefit to widow of volunteer firefighter who died in flood operation")
def _():
    return build(KLASEN, "Monika Heinz <monika.heinz@heimnetz.example>",
        "Leistung aus der Feuerwehr-Unfallversicherung für Ihren Mann",
        "2026-11-09 11:00",
        body="""Sehr geehrte Frau Heinz,

zunächst möchte ich Ihnen und Ihrer Familie unser tief empfundenes Beileid
aussprechen.

Ihr Mann, Oberbrandmeister Rainer Heinz, ist am 18.10. beim
Hochwassereinsatz in Treis-Karden ums Leben gekommen. Laut dem Bericht
der Rechtsmedizin Mainz war die Todesursache Ertrinken nach einem Sturz
in die Mosel; eine Vorerkrankung spielte keine Rolle.

Aus der Feuerwehr-Zusatzunfallversicherung der Verbandsgemeinde
(GU-40-206633) zahlen wir Ihnen die Todesfallleistung von 60.000 EUR sowie
die Bestattungskostenpauschale von 5.000 EUR. Bitte nennen Sie uns über den
beiliegenden Brief ein Konto; die Sterbeurkunde haben wir von der
Verbandsgemeinde erhalten.

Wenn Sie Fragen haben, rufen Sie mich gern direkt an: 0261 98770-231.

In stiller Anteilnahme
Daniel Klasen
""")


@mail("CONFIDENTIAL", "de", "insurer→club", "list of paid coaches with individual fees for payroll-based premium")
def _():
    return build(SCHERER, "Kassenwart TuS Weitersburg <kasse@tus-weitersburg.example>",
        "Entgeltmeldung Übungsleiter 2026",
        "2026-11-10 15:20",
        body="""Hallo Herr Mallmann,

danke für die Entgeltmeldung für die Betriebshaftpflicht (BH-40-413910).
Zur Kontrolle die Summen, die ich übernommen habe:

  Sandra Klöckner   Turnen Kinder     Übungsleiterpauschale 3.000 EUR
  Miroslav Kostić   Fußball Herren    Minijob 6.372 EUR
  Felix Nauroth     Tischtennis       Ehrenamtspauschale 840 EUR
  Jana Hommer       Fitness/Yoga      Honorar 4.250 EUR (selbstständig)

Frau Hommer rechnet als Selbstständige ab – bitte prüfen, ob sie eine eigene
Berufshaftpflicht hat. Ihr Honorar zählt dann nicht zur Beitragsgrundlage.

Gruß Tobias Scherer
""")


@mail("NORMAL", "de", "insurer→municipality", "trap: blank building damage claim form with placeholders, PDF")
def _():
    return build(SCHADEN, "Gebäudemanagement Kommunen <verteiler-gebaeude@ksm-versicherung.example>",
        "Neues Formular Gebäudeschaden – bitte ab sofort verwenden",
        "2026-11-11 09:30",
        body="""Sehr geehrte Damen und Herren,

anbei das überarbeitete Formular für Gebäudeschäden. Neu ist der Abschnitt
zu Photovoltaik-Anlagen. Sie können es am PC ausfüllen.

Ihr Schadenservice Kommunal
""",
        atts=[pdf("Formular_Gebaeudeschaden_2026.pdf", """
Schadenanzeige Gebäude / Inhalt - Kommunen

Versicherungsnehmer: ______________________  Vertrags-Nr.: GV-40-______
Liegenschaft (Bezeichnung, Anschrift): ______________________
Schadentag: __.__.____    Schadenursache:  [ ] Leitungswasser  [ ] Sturm/Hagel
[ ] Feuer  [ ] Elementar  [ ] Einbruch/Vandalismus  [ ] PV-Anlage
Beschreibung: ________________________________________________
Geschätzte Schadenhöhe: ________ EUR
Ansprechpartner vor Ort (Name, Telefon): ______________________
Polizeiliches Aktenzeichen (bei Einbruch/Vandalismus): ______________
Ort, Datum, Unterschrift: ______________________
""", title="Schadenanzeige Gebäude")])


@mail("CONFIDENTIAL", "en", "insurer→service provider", "sole-trader IT forensic freelancer's invoice with tax number and private IBAN")
def _():
    return build(MAURER, "Arjun Mehta <arjun@mehta-forensics.example>",
        "Your invoice 2026-031 – VG Maifeld",
        "2026-11-12 14:18",
        body="""Hi Arjun,

thanks for the quick work at VG Maifeld. Accounting needs two corrections on
invoice 2026-031 before we can pay the EUR 6,840:

1. The invoice must show your tax number; you wrote it in the e-mail
   (22/187/40915) but not on the invoice itself.
2. The bank account on the invoice is in your private name (Arjun Mehta,
   DE33 3704 0044 4132 6948 45) - that's fine, but it must match the payee
   in our vendor master. Please confirm once in writing.

Please send the corrected invoice as PDF; accounting will pay within 14 days.

Cheers
Henrik
""")


@mail("NORMAL", "de", "insurer→fire brigade", "trap: general premium adjustment notice for fire brigade vehicles")
def _():
    return build(PUETZ, "Wehrleitungen Verteiler <verteiler-wehrleitung@ksm-versicherung.example>",
        "Beitragsanpassung Feuerwehrfahrzeuge 2027",
        "2026-11-13 08:10",
        body="""Sehr geehrte Wehrleitungen,

wegen gestiegener Reparaturkosten (Ersatzteile Aufbauten +18 % seit 2024)
passen wir die Kasko-Beiträge für Feuerwehrfahrzeuge zum 01.01.2027 an:

- Löschfahrzeuge (LF/HLF/TLF): +6 %
- Drehleitern: +4 %
- MTF/ELW: unverändert
- Anhänger: unverändert

Haftpflicht bleibt gleich. Die Träger erhalten die Rechnungen im Dezember.
Tipp: Mit Fahrsicherheitstraining für Maschinisten (gefördert mit 120 EUR je
Teilnehmer) sinkt der Beitrag der Wehr um 3 %.

Jörg Pütz
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→school", "pupil named with ADHD medication missed on class trip, liability question")
def _():
    return build(THELEN, "Klassenlehrer 6a IGS Koblenz <6a@igs-koblenz.example>",
        "Klassenfahrt Bacharach – Medikament von Luca vergessen",
        "2026-11-16 12:25",
        body="""Hallo Herr Dietrich,

danke für Ihre ehrliche Schilderung. Luca Wendling hat drei Tage sein
Methylphenidat (Medikinet) nicht bekommen, weil die Dose im Schulbus
liegen geblieben ist. Die Mutter schreibt, er habe seitdem Schlafprobleme
und sei sehr unruhig, der Kinderpsychiater habe die Dosis neu eingestellt.

Aus Sicht der Haftpflicht des Schulträgers: Ein Gesundheitsschaden müsste
konkret nachgewiesen werden. Wir schreiben die Mutter an und bitten um
einen Bericht des Arztes. Bitte geben Sie gegenüber der Familie keine
Erklärungen zur Haftung ab, gern aber ein Bedauern.

Vorgangsnummer KH-26-1011.

Gruß Markus Thelen
""")


@mail("NORMAL", "en", "insurer→club", "trap: generic answer to expat coach about volunteer insurance, no contract or personal data")
def _():
    return build(VEREIN, "Liam O'Sullivan <liam.osullivan@posteo-mail.example>",
        "Re: Do I need my own insurance as a volunteer coach?",
        "2026-11-17 10:45",
        body="""Dear Mr O'Sullivan,

good question, and one we get a lot from coaches who have just moved to
Germany.

In short: if you coach for a club that is a member of the Sportbund, you are
usually covered through the club's sports insurance (accident and liability)
while you are training or travelling with the team. You don't need to take out
anything yourself for that.

What is NOT covered: your private life (a private liability policy -
"Privathaftpflicht" - costs about EUR 60-90 a year and is very common in
Germany) and illness (health insurance is compulsory anyway).

Ask the club's board which insurer they use; they can give you a short
confirmation.

Best regards
KSM Club Service
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→citizen", "citizen's glasses broken by town hall door (visual aid), liability claim")
def _():
    return build(KETTENBACH, "Ingrid Zerwas <i.zerwas@rheinmail.example>",
        "Ihre Brille – Automatiktür Rathaus Boppard",
        "2026-11-18 09:34",
        body="""Sehr geehrte Frau Zerwas,

die Stadt Boppard hat uns Ihren Schaden gemeldet. Am 09.11. hat sich die
automatische Schiebetür am Bürgerbüro zu früh geschlossen und Sie an der
Schulter gestreift; Ihre Gleitsichtbrille fiel zu Boden und ist gebrochen.
Laut Ihrem Optiker brauchen Sie wegen Ihres grauen Stars links eine
Sonderanfertigung (Rechnung 1.186 EUR).

Die Tür wurde zuletzt im August gewartet. Wir übernehmen die Kosten der
Brille aus der Kommunalhaftpflicht (KH-40-100805), Aktenzeichen KH-26-1024.
Bitte nennen Sie uns Ihre Bankverbindung über das beigefügte Formular.

Mit freundlichen Grüßen
Sabine Kettenbach
""")


@mail("NORMAL", "de", "insurer→fire brigade", "trap: anonymised results of a fitness pilot in fire brigades")
def _():
    return build(WEIDENBACH, "Kreisfeuerwehrverband MYK <info@kfv-myk.example>",
        "Pilot „Feuerwehr-Fitness“ – Zwischenergebnis",
        "2026-11-19 14:00",
        body="""Hallo Herr Löhr,

das Zwischenergebnis aus den sechs Pilotwehren (nur aggregiert, keine
Einzeldaten):

- 118 Teilnehmende, Altersdurchschnitt 37 Jahre
- Teilnahmequote am wöchentlichen Dienstsport: 61 % (vorher 22 %)
- Dienstsportunfälle: 2 statt 7 im Vergleichszeitraum
- Zufriedenheit: 4,4 von 5

Wir würden das Programm ab 2027 für alle Wehren im Kreis anbieten und mit
1.500 EUR je Wehr für Geräte fördern. Können wir das bei der
Kreisausbilderversammlung vorstellen?

Beste Grüße
Carina Weidenbach
""")


@mail("CONFIDENTIAL", "en", "insurer→youth camp", "named camp leader damaged rental van, nobody hurt")
def _():
    return build(PUETZ, "Camp office <buero@jugendcamp-loreley.example>",
        "Rental van damage – deductible question",
        "2026-08-10 11:30",
        body="""Hello Lukas,

regarding the rental van (Europcar, KO-EC 4471): your team leader Mr Tomasz
Zieliński reversed into a stone wall at the Loreley car park on 8 August.
Nobody was hurt; the rear bumper and a tail light are broken.

The rental company charges the EUR 1,000 deductible to the camp. The camp's
policy RG-40-100512 includes rental-car excess cover, so we reimburse it.
Please send me the damage report signed by Mr Zieliński and the rental
company's invoice. Our reference: RG-26-0140.

Cheers
Jörg
""")


@mail("NORMAL", "de", "insurer→municipality", "trap: invitation to annual review meeting with agenda")
def _():
    return build(RUEDELL, "Büroleitung VG Rhein-Mosel <bueroleitung@vg-rhein-mosel.example>",
        "Jahresgespräch 2026 – Terminvorschlag und Themen",
        "2026-11-20 10:30",
        body="""Sehr geehrte Frau Jost,

für unser Jahresgespräch schlage ich Donnerstag, 10.12., 14 Uhr, bei Ihnen in
Kobern-Gondorf vor. Themen aus meiner Sicht:

1. Schadenverlauf 2026 (Gesamtübersicht, keine Einzelfälle)
2. Neubau Kita Lehmen: Bauleistungsversicherung und Feuerrohbau
3. Cyber: Ergebnis des Sicherheits-Checks vom September
4. Beitragsrückerstattung und Haushaltsplanung 2027

Falls Herr Bürgermeister Dötsch dazukommen möchte, gern.

Mit freundlichen Grüßen
Fabian Rüdell
""")


@mail("CONFIDENTIAL", "de", "insurer→school", "teacher named with stolen personal laptop from staff room, contents insurance claim")
def _():
    return build(KETTENBACH, "Sekretariat Gymnasium Lahnstein <sekretariat@gym-lahnstein.example>",
        "Diebstahl Lehrerzimmer – Laptop von Herrn Dr. Kessler",
        "2026-11-23 13:15",
        body="""Hallo Frau Ohlig,

zum Diebstahl aus dem Lehrerzimmer (18.11.): Der private Laptop von
Herrn Dr. Matthias Kessler (Lenovo ThinkPad, gekauft 2024 für 1.299 EUR)
ist über die Inhaltsversicherung des Schulträgers nur mitversichert, wenn
er dienstlich genutzt wurde und eingebrochen wurde. Laut Polizei
(Az. 2026-LA-04418) gab es keine Einbruchspuren, die Tür war offen.

Dann greift leider nur eine private Hausratversicherung von Herrn
Dr. Kessler (Außenversicherung). Können Sie ihm das weitergeben?
Vorgang SK-26-05201.

Gruß Sabine Kettenbach
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer→family", "family of deceased patient, cause of death sepsis, hospital liability")
def _():
    return build(SEIBEL, "Daniel Foster <d.foster@uk-mail.example>",
        "Your mother's treatment at Klinikum Mayen",
        "2026-11-24 15:55",
        body="""Dear Mr Foster,

please accept our condolences on the death of your mother, Mrs Eleanor Foster.

As the liability insurer of Klinikum Mayen, we have received your letter. You
state that your mother, 79, was admitted on 2 October with a urinary tract
infection, that the signs of sepsis (fever, low blood pressure, confusion)
were not acted upon for almost a day, and that she died of septic shock on
5 October. The death certificate lists urosepsis as the cause of death.

We have asked the hospital for the complete records and the statements of
the doctors involved. An independent specialist in internal medicine will
review them. This usually takes three to four months; I will keep you
informed. Your reference is KH-H-2026-052.

With sincere sympathy
Miriam Seibel
""")


@mail("NORMAL", "en", "internal", "trap: summary of EU tender notice, no persons")
def _():
    return build(BACKES, "Team Vertrieb Kommunen <vertrieb-kommunal@ksm-versicherung.example>",
        "TED notice: insurance services for Trier-Saarburg district (EN summary)",
        "2026-11-25 08:25",
        body="""Hi all,

for our English-speaking colleagues, a summary of the TED notice published
today:

Contracting authority: Landkreis Trier-Saarburg
Object: insurance services 2027-2031, 5 lots (property, liability, motor,
group accident for volunteers, cyber)
Estimated value: EUR 3.1 million over 5 years
Procedure: open procedure, electronic submission only
Deadline for questions: 14 December, deadline for bids: 12 January 2027

Lot 4 (group accident for volunteers, approx. 6,300 insured persons) fits us
perfectly. Lots 1 and 5 too, if we find capacity. Go/no-go on Friday.

Stefan
""")


@mail("CONFIDENTIAL", "de", "insurer→municipality", "named cashiers with birth dates for fidelity insurance")
def _():
    return build(SCHERER, "Kämmerei VG Kastellaun <kaemmerei@vg-kastellaun.example>",
        "Vertrauensschadenversicherung – Kassenpersonal",
        "2026-11-26 11:05",
        body="""Sehr geehrter Herr Lorenz,

für die namentliche Vertrauensschadenversicherung der Verbandskasse
(VS-40-500218) haben wir folgende Personen erfasst:

  Karin Bersch, geb. 04.03.1968, Kassenverwalterin
  Timo Wagner, geb. 19.10.1991, Stellvertreter
  Ayşe Kaya, geb. 27.07.1987, Vollstreckung

Ab 2027 können wir auf die Namensliste verzichten und die gesamte
Verwaltung pauschal versichern (Mehrbeitrag 140 EUR). Dann müssten Sie uns
bei Personalwechsel nicht mehr informieren.

Mit freundlichen Grüßen
Tobias Scherer
""")
# ==========================================================================
# mails 151-175
# ==========================================================================

@mail("NORMAL", "en", "insurer→youth camp", "trap: camp final report with aggregated incident counts, nobody identifiable")
def _():
    return build(WEIDENBACH, "Partner organisations <partners@jugendcamp-loreley.example>",
        "Loreley camp 2026 – thank you and a few numbers",
        "2026-08-24 09:30",
        body="""Dear partners,

the International Youth Camp Loreley 2026 is over - thank you all! A few
numbers from the insurer's side:

- 96 participants, 14 group leaders, 13 days
- 11 first-aid cases (mostly blisters, insect bites, scratches)
- a small number of hospital visits, all participants fully recovered
- 2 baggage claims, 1 rental-car claim
- 0 liability claims by neighbours (a first!)

What worked: the swimming rules, the night-time quiet hours, and the
emergency phone. What we'd like to improve for 2027: more shade on the
plateau, and a clearer check-in of medication at arrival.

Photos (with consent) will be on the camp website next week.

Carina Weidenbach
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→municipality", "body harmless; ZIP holds first-aid service log with named festival patients")
def _():
    return build(LOOS, "Ordnungsamt Boppard <ordnungsamt@boppard-stadt.example>",
        "Unterlagen Weinfest – Rücksendung",
        "2026-09-10 14:40",
        body="""Hallo Herr Gilles,

anbei gezippt die Unterlagen zurück, die Sie uns versehentlich geschickt
haben. Wir brauchen vom Sanitätsdienst nur die Zahl der Einsätze, nicht die
Protokolle. Bei uns ist nichts gespeichert.

Gruß Petra Loos
""",
        atts=[zipf("Weinfest_Boppard_SanD.zip", [
            csvf("SanD_Einsatzprotokoll_Weinfest.csv", [
                ("Datum", "Uhrzeit", "Name", "Alter", "Befund", "Maßnahme"),
                ("05.09.2026", "21:14", "Lisa Rittel", "19", "Alkoholintoxikation, somnolent", "RTW Heilig-Geist"),
                ("05.09.2026", "22:40", "Hans-Jürgen Alt", "63", "Synkope, Diabetiker, BZ 48", "Glukose i.v., RTW"),
                ("06.09.2026", "17:05", "Mehmet Doğan", "34", "Schnittwunde Hand (Glas)", "Wundversorgung, Steri-Strip"),
                ("06.09.2026", "23:30", "Jannis Kohl", "16", "Alkohol, Jugendschutz, Eltern informiert", "Übergabe an Eltern"),
            ]),
            txt("Hinweis.txt", "Einsatzstatistik gesamt: 27 Hilfeleistungen, 4 Transporte.\n"),
        ])])


@mail("CONFIDENTIAL", "de", "insurer→citizen", "resident's basement flooded by sewer backflow, municipal sewage liability, named")
def _():
    return build(KETTENBACH, "Stefan und Martina Hoß <hoss.familie@rhein-net.example>",
        "Rückstau aus dem Kanal – Ihr Keller in der Bachstraße",
        "2026-11-27 10:10",
        body="""Sehr geehrte Frau Hoß, sehr geehrter Herr Hoß,

wir sind der Haftpflichtversicherer der Verbandsgemeindewerke Rhein-Mosel
(Abwasserbeseitigung, KH-40-100936). Ihr Schreiben zum Rückstau am 27.10.
in Ihr Haus Bachstraße 8, Alken, liegt uns vor.

Für eine Haftung der Werke ist entscheidend, ob in Ihrem Haus eine
funktionsfähige Rückstausicherung eingebaut war (Satzung § 14). Bitte
schicken Sie uns ein Foto der Rückstauklappe und die letzte Wartungsrechnung.
Ihre Wohngebäudeversicherung (laut Ihrer Angabe bei der Allianz) sollten Sie
parallel informieren.

Aktenzeichen KH-26-1077

Mit freundlichen Grüßen
Sabine Kettenbach
""")


@mail("NORMAL", "de", "insurer→municipality", "trap: council minutes on insuring a new day-care building")
def _():
    return build(KETTENBACH, "Ortsgemeinde Lehmen <og-lehmen@vg-rhein-mosel.example>",
        "Kita-Neubau – Ihr Ratsbeschluss",
        "2026-11-30 09:15",
        body="""Sehr geehrter Herr Ortsbürgermeister Kohlhaas,

danke für den Auszug aus der Niederschrift vom 24.11. („Der Rat beschließt
einstimmig, die Bauleistungsversicherung und die Feuerrohbauversicherung für
den Neubau der Kita Lehmen bei der KSM abzuschließen. Baukosten 3,2 Mio. EUR.“).

Die Verträge beginnen mit dem Baubeginn; bitte nennen Sie uns den Termin,
sobald die Baugenehmigung vorliegt. Beiträge laut Angebot: Bauleistung
2.240 EUR einmalig, Feuerrohbau beitragsfrei bis zur Fertigstellung.

Mit freundlichen Grüßen
Sabine Kettenbach
""")


@mail("CONFIDENTIAL", "en", "insurer→twin town", "British teacher's private bank details for reimbursement, named")
def _():
    return build(LOOS, "Rachel Hughes <r.hughes@kingsbridge-academy.example>",
        "Reimbursement of the cancelled coach – your bank details",
        "2026-12-01 13:40",
        body="""Dear Ms Hughes,

thank you for your patience. The cancellation costs of the coach for your
pupils' exchange visit (GBP 1,140, you paid it privately in advance) are
covered under the town of Boppard's group travel policy RG-40-100601.

To make the transfer, we have noted the account you gave us:

  Account holder: Rachel Hughes
  Bank: Lloyds, sort code 30-94-57, account no. 41938811

Please confirm that this is correct, as we cannot reverse an international
transfer. Payment will be made in GBP within ten days. Reference RG-26-0188.

Kind regards
Petra Loos
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer→volunteer", "Syrian festival volunteer named with hand laceration and stitches, volunteer accident cover")
def _():
    return build(THELEN, "Ahmad Al-Khatib <ahmad.alkhatib@mailnet.example>",
        "Your injury at the city festival – volunteer insurance",
        "2026-08-27 11:05",
        cc="Integrationsbüro Koblenz <integration@koblenz-stadt.example>",
        body="""Dear Mr Al-Khatib,

the integration office told us that you cut your left hand on a broken glass
while helping at the information stand of "Rhein in Flammen" on 8 August.
At the Kemperhof the wound was stitched (6 stitches) and a tendon injury was
ruled out; you were unable to work in your job at the bakery for 10 days.

As a registered volunteer of the city you are insured under the city's
volunteer accident policy GU-40-208300. You will receive EUR 100 for the
outpatient treatment. If you have costs that nobody else paid (e.g.
prescription fees, taxi to the hospital), send us the receipts. We can
write to you in Arabic if that is easier.

Kind regards
Markus Thelen
""")


@mail("NORMAL", "de", "IT ticket", "trap: release notes of claims system, fictitious test data")
def _():
    return build(OSTERMANN, "Anwender KOMSYS <komsys-anwender@ksm-versicherung.example>",
        "KOMSYS Release 26.4 – was ist neu",
        "2026-12-02 16:30",
        body="""Hallo zusammen,

am Wochenende geht KOMSYS 26.4 live. Neu:

- Schadenanlage aus dem Vereinsportal: Upload-Dokumente landen direkt in der
  Akte (keine Mailweiterleitung mehr nötig)
- Pflichtfeld „Personen verletzt? ja/nein“ bei Kfz und Haftpflicht – bei „ja“
  wird der Vorgang automatisch als streng vertraulich markiert
- Testmandant: Die Beispielakte „Gemeinde Musterhausen / Testperson
  Erika Muster, geb. 01.01.1900“ bitte nicht löschen, die brauchen wir für
  Schulungen

Bekannter Fehler: Bei Umlauten im Ortsnamen bricht der PDF-Export
gelegentlich ab. Fix kommt mit 26.4.1.

Nils
""")


@mail("CONFIDENTIAL", "de", "insurer→club", "sole-trader tenant of club house named with liability policy")
def _():
    return build(SCHERER, "Vorstand FC Urmitz <vorstand@fc-urmitz.example>",
        "Pächter Vereinsgaststätte – Haftpflichtnachweis",
        "2026-12-03 10:25",
        body="""Hallo Herr Schäfer,

Ihr neuer Pächter der Vereinsgaststätte, Herr Dimitrios Papadakis
(Einzelunternehmer, „Taverna am Sportplatz“), ist seit 01.11. bei uns
betriebshaftpflichtversichert (BH-40-416002, Deckung 3 Mio. EUR). Er hat uns
gebeten, Ihnen das zu bestätigen.

Wichtig: Seine Police deckt Schäden an den gepachteten Räumen
(Mietsachschäden) bis 300.000 EUR. Der Pachtvertrag verlangt 500.000 EUR –
Herr Papadakis sollte aufstocken. Ich habe ihm das parallel geschrieben.

Gruß Tobias Scherer
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→day-care", "child named with nut allergy and emergency adrenaline, day-care cover")
def _():
    return build(THELEN, "Kita Arche Noah Bendorf <arche-noah@bendorf-kitas.example>",
        "Re: Notfallset für Finja – sind wir abgesichert?",
        "2026-12-04 14:30",
        body="""Liebe Frau Stiehl,

ja. Wenn Ihre Fachkräfte Finja Bauer im Notfall den Adrenalin-Autoinjektor
(Jext 150) geben, sind sie über die Haftpflicht des Trägers abgesichert –
auch wenn es im Nachhinein gar keine anaphylaktische Reaktion war.

Voraussetzungen:
1. schriftliche Anweisung der Kinderärztin mit Dosierung (liegt laut Ihnen
   vor, Erdnuss- und Haselnussallergie, Schweregrad III)
2. Einweisung des Teams durch die Eltern oder die Ärztin, dokumentiert
3. Notfallplan gut sichtbar in der Gruppe „Schmetterlinge“

Und bitte immer sofort 112 rufen.

Herzliche Grüße
Markus Thelen
""")


@mail("NORMAL", "de", "insurer→club", "trap: sports accident statistics per discipline for the sports federation")
def _():
    return build(WEIDENBACH, "Sportbund Rheinland Referat Sportentwicklung <sportentwicklung@sportbund-rheinland.example>",
        "Unfallstatistik Vereinssport 2025 nach Sportarten",
        "2026-12-07 11:11",
        body="""Sehr geehrter Herr Ewertz,

anbei die Zahlen für Ihren Jahresbericht. Sportarten mit weniger als
20 Meldungen sind unter „Sonstige“ zusammengefasst.

Beste Grüße
Carina Weidenbach
""",
        atts=[xlsx("Unfallstatistik_Vereinssport_2025.xlsx", [
            ("Sportarten", [
                ("Sportart", "Mitglieder", "Unfälle", "je 1.000 Mitglieder", "häufigste Verletzung"),
                ("Fußball", 212400, 3120, 14.7, "Sprunggelenk"),
                ("Handball", 31800, 742, 23.3, "Finger/Hand"),
                ("Turnen", 164200, 988, 6.0, "Handgelenk"),
                ("Reiten", 22300, 301, 13.5, "Schulter/Schlüsselbein"),
                ("Basketball", 9800, 166, 16.9, "Sprunggelenk"),
                ("Sonstige", 118900, 611, 5.1, "–"),
            ])])])


@mail("NORMAL", "en", "newsletter", "trap: invitation to climate risk conference for twin towns")
def _():
    return build(NEWS, "Twin town partners <twin-partners@ksm-versicherung.example>",
        "Save the date: 'Rivers, heat, storms' – climate risk day in Koblenz, 11 March 2027",
        "2026-12-08 08:00",
        html="""<html><body>
<p>Dear partners in our twin towns,</p>
<p>on <b>11 March 2027</b> KSM invites mayors, building officers and emergency planners from
Koblenz, Boppard, Lahnstein and their twin towns to a one-day conference on climate risks
for public buildings.</p>
<ul><li>Flood protection on the Rhine and Moselle &ndash; lessons since 2021</li>
<li>Heat action plans for schools and day-care centres</li>
<li>Insurance of municipal buildings: what still works, what will change</li></ul>
<p>Venue: Rhein-Mosel-Halle, Koblenz. Simultaneous interpretation German/English/French.
Registration opens in January.</p>
</body></html>""")


@mail("CONFIDENTIAL", "de", "insurer→municipality", "cyber extortion with leaked HR sample: named employees, birth dates, pay grades")
def _():
    return build(MAURER, "Hauptamt Stadt Mayen <hauptamt@mayen-stadt.example>",
        "[vertraulich] Erpressung – veröffentlichte Probe der Personaldaten",
        "2026-12-09 19:45",
        body="""Sehr geehrter Herr Dr. Schwickert,

die Angreifer haben auf ihrer Leak-Seite eine „Probe“ mit 20 Datensätzen
aus dem Personalverwaltungssystem veröffentlicht. Der Forensiker hat sie
gesichert. Drei Beispiele, damit Sie die Tragweite einschätzen können:

  Claudia Nett, geb. 11.05.1976, Entgeltgruppe EG 9b, Stufe 5
  Jürgen Gilles, geb. 02.12.1969, EG 5, Stufe 6
  Bastian Reif, geb. 23.08.1995, Beamter A 10

Nach dem bisherigen Stand sind keine Krankmeldungen oder
Gesundheitsdaten in der Probe enthalten. Wir empfehlen, alle Beschäftigten
morgen früh zu informieren. Die Kosten für Anwalt und Krisenkommunikation
trägt die Cyberversicherung CY-40-009460.

Mit freundlichen Grüßen
Henrik Maurer
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→municipality", "building yard worker named with chainsaw leg laceration, staff accident cover")
def _():
    return build(KLASEN, "Personalamt Stadt Lahnstein <personal@lahnstein-stadt.example>",
        "Unfall Bauhof – Herr Udo Kalter, Gruppenunfall Personal",
        "2026-12-10 10:40",
        body="""Sehr geehrte Frau Kreuter,

danke für die Unfallanzeige. Herr Udo Kalter hat sich am 03.12. beim
Baumschnitt an der Allerheiligenbergstraße mit der Motorsäge in den linken
Oberschenkel geschnitten; die Schnittschutzhose war laut Meldung nicht
vollständig geschlossen. Im Katholischen Klinikum wurden Muskel und eine
oberflächliche Vene genäht, 4 Tage stationär.

Die BG/Unfallkasse ist vorrangig zuständig. Aus der
Gruppenunfallversicherung der Stadt (GU-40-208122) zahlen wir
Krankenhaustagegeld (4 x 30 EUR) und – falls eine Bewegungseinschränkung
bleibt – Invalidität. Bitte leiten Sie ihm das Formular weiter.

Mit freundlichen Grüßen
Daniel Klasen
""")


@mail("NORMAL", "de", "purchase order", "trap: order of defibrillators for sports halls, supplier GmbH")
def _():
    return build(WEIDENBACH, "Medizintechnik Rheinland GmbH <vertrieb@mt-rheinland.example>",
        "Bestellung 4500019410 – 12 AED für Sporthallen",
        "2026-12-11 09:00",
        body="""Sehr geehrte Damen und Herren,

im Rahmen unseres Förderprogramms „Herzsicher im Verein“ bestellen wir:

12 x AED Defibrillator, halbautomatisch, mit Wandkasten und Alarm,
inklusive Einweisung vor Ort, à 1.390,00 EUR netto

Lieferadressen: siehe Anlage der Bestellung im Lieferantenportal (Sporthallen
in 12 Gemeinden, Ansprechpartner jeweils der Hallenwart).
Wartungsvertrag bitte getrennt anbieten.

Mit freundlichen Grüßen
Carina Weidenbach
""")


@mail("CONFIDENTIAL", "en", "insurer→school", "stolen tablets at international school, named IT teacher contact and claim")
def _():
    return build(KETTENBACH, "Mr Daniel Pryce <d.pryce@intschool-koblenz.example>",
        "Stolen iPads – claim SK-26-05540",
        "2026-12-14 12:20",
        body="""Dear Mr Pryce,

thank you for the police report (reference 2026-KO-11872). I have registered
the burglary of 24 iPads from the ICT room of International School Koblenz
e.V. as claim SK-26-05540 under the school's electronics policy EL-40-600715.

Please send:
- the purchase invoice or the asset register entry for the iPads,
- confirmation that they were locked in the charging cabinet,
- whether the devices can be traced via MDM (serial numbers would help).

As the school's IT coordinator you are our contact for this claim; please let
me know if someone else from the board should be copied.

Kind regards
Sabine Kettenbach
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer→lawyer", "Irish lawyer about named child's birth injury at municipal hospital")
def _():
    return build(SEIBEL, "Siobhan Kelly Solicitors <office@kelly-solicitors.example>",
        "Your clients Mr and Mrs Byrne – birth at Klinikum Idar-Oberstein",
        "2026-12-15 16:10",
        body="""Dear Ms Kelly,

we confirm receipt of your letter of claim on behalf of Mr Conor and Mrs Aisling
Byrne and their daughter Niamh Byrne, born 14 March 2026 at Klinikum
Idar-Oberstein, where Mr Byrne was stationed with the US Army at Baumholder.

You allege that the CTG showed pathological decelerations for more than an
hour before an emergency caesarean section was performed and that Niamh
suffered hypoxic-ischaemic encephalopathy with subsequent cerebral palsy.

We are the hospital's liability insurer. We will obtain the obstetric records
and an expert opinion. Please provide the signed release of confidentiality
by both parents and the current paediatric neurology reports. Our reference:
KH-H-2026-058.

Yours sincerely
Miriam Seibel
""")


@mail("NORMAL", "de", "insurer→municipality", "trap: house rules template for a community hall, placeholders")
def _():
    return build(LOOS, "Verwaltung Bürgerhaus Urbar <buergerhaus@urbar.example>",
        "Muster-Hausordnung Bürgerhaus – zum Anpassen",
        "2026-12-16 10:05",
        body="""Hallo Frau Wirges,

wie besprochen unsere Muster-Hausordnung, als ODT zum Bearbeiten.

Gruß Petra Loos
""",
        atts=[odt("Muster_Hausordnung_Buergerhaus.odt", [
            "# Hausordnung für das Bürgerhaus [Name der Gemeinde]",
            "§ 1 Geltung: Die Hausordnung gilt für alle Nutzer des Bürgerhauses [Anschrift].",
            "§ 2 Verantwortliche Person: Der Mieter benennt eine volljährige verantwortliche Person: [Name, Mobilnummer].",
            "§ 3 Höchstzahl der Besucher: [Zahl] Personen im großen Saal.",
            "§ 4 Fluchtwege sind freizuhalten; Dekoration nur schwer entflammbar (B1).",
            "§ 5 Haftung: Der Mieter haftet für Schäden, die während der Mietzeit entstehen. Eine Veranstalterhaftpflicht wird empfohlen.",
            "§ 6 Schlüsselübergabe: [Datum, Uhrzeit] bei [Name des Hausmeisters].",
        ])])


@mail("CONFIDENTIAL", "de", "insurer→municipality", "volunteer citizen-bus drivers listed with birth dates and licence class")
def _():
    return build(PUETZ, "Bürgerbusverein Maifeld e.V. <fahrdienst@buergerbus-maifeld.example>",
        "Fahrerliste Bürgerbus – für die Kfz-Versicherung",
        "2026-12-17 13:45",
        body="""Hallo Herr Schäfer,

danke für die aktualisierte Fahrerliste für den Bürgerbus (MYK-BB 8,
Vertrag KF-40-119210). Bei zwei Fahrern fehlt die Angabe zur
Führerscheinklasse D1 bzw. dem Personenbeförderungsschein:

  Helmut Zils, geb. 15.01.1953, Klasse B, P-Schein bis 03/2027
  Gisela Kirch, geb. 08.06.1958, Klasse C1 – P-Schein?
  Rolf Dötsch, geb. 30.10.1949, Klasse B – P-Schein?

Fahrer ab 75 Jahren brauchen nach Ihrer Vereinssatzung eine Fahrprobe; Herr
Dötsch wird im Oktober 77. Das ist versicherungsrechtlich kein Problem,
aber bitte dokumentieren.

Gruß Jörg Pütz
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→school", "short forward; forwarded teacher report of pupil's ankle fracture on class trip")
def _():
    fw = inner("Frau Lydia Kempf <l.kempf@gym-karthause.example>",
        "Markus Thelen <markus.thelen@ksm-versicherung.example>",
        "Unfall Abschlussfahrt Berlin – Nele Hartwig 10c", "2026-06-18 21:30",
        body="""Sehr geehrter Herr Thelen,

auf unserer Abschlussfahrt ist heute Nele Hartwig (10c) beim Verlassen der
U-Bahn umgeknickt. Im Vivantes-Klinikum Friedrichshain wurde eine
Außenknöchelfraktur (Weber B) festgestellt, sie soll morgen operiert werden.
Die Mutter reist heute Nacht an, Nele fährt nicht mit uns zurück.

Übernimmt die Schülerversicherung die Rückfahrt mit der Mutter und die
Stornokosten für die restlichen Programmpunkte?

Mit freundlichen Grüßen
Lydia Kempf, Klassenleitung 10c
""")
    return build(THELEN, "Sekretariat Gymnasium auf der Karthause <sekretariat@gym-karthause.example>",
        "WG: Abschlussfahrt Berlin",
        "2026-06-19 08:05",
        body="""Hallo Frau Pick,

zur Info für die Schulleitung, s. unten. Ich rufe Frau Kempf heute an.
Rücktransport und Stornokosten übernehmen wir.

Gruß Markus Thelen
""", atts=[fw])


@mail("NORMAL", "de", "internal", "trap: department Christmas party organisation")
def _():
    return build(BRENNER, "Abteilung Kommunal & Vereine <abt-kommunal@ksm-versicherung.example>",
        "Weihnachtsfeier 18.12. – letzte Infos",
        "2026-12-14 15:00",
        body="""Liebe alle,

unsere Weihnachtsfeier findet am Freitag, 18.12., ab 17 Uhr im Weinhaus
Hubertus statt. Wer vegetarisch oder vegan isst, sagt bitte Petra Bescheid –
bisher haben sich 23 Kolleginnen und Kollegen angemeldet.

Wichteln: Geschenk bis 10 EUR, bitte bis Mittwoch ins Regal bei Aylin.
Henrik und Nils sind an dem Tag auf der Schulung in Mainz und kommen später.

Ich freue mich auf einen schönen Abend!
Ulrike
""")


@mail("NORMAL", "en", "press", "trap: answer to a journalist with aggregated flood loss figures")
def _():
    return build(BRENNER, "Tom Whitmore <t.whitmore@european-insurance-review.example>",
        "Re: Article on municipal flood losses in Germany",
        "2026-12-15 11:30",
        body="""Dear Mr Whitmore,

thank you for your questions. You may quote me as follows:

"Since 2021, flood and heavy-rain losses have become the largest single item
in our property claims for municipalities. Between 2021 and 2025 we paid
EUR 41.7 million for damage to town halls, schools, day-care centres and
sports halls, about three times as much as in the five years before. Prevention
pays off: municipalities that took part in our backflow-valve programme had
60 percent lower losses."

Unfortunately we cannot comment on individual municipalities or claims.

Best regards
Dr. Ulrike Brenner
Head of Public Sector & Non-Profit, KSM
""")


@mail("CONFIDENTIAL", "de", "insurer→citizen", "gravestone fell onto neighbouring grave, named grave holder, cemetery liability")
def _():
    return build(KETTENBACH, "Elfriede Schmitz <e.schmitz@mosel-post.example>",
        "Umgestürzter Grabstein Friedhof Güls – Ihr Schaden",
        "2026-12-18 09:50",
        body="""Sehr geehrte Frau Schmitz,

die Friedhofsverwaltung der Stadt Koblenz hat uns gemeldet, dass am 10.12.
der Grabstein des Nachbargrabs (Reihe 14, Nr. 22) auf die Grabstätte Ihrer
Familie (Reihe 14, Nr. 23) gefallen ist und die Einfassung sowie eine
Bronzelaterne beschädigt hat.

Die Standsicherheit der Grabmale liegt grundsätzlich beim
Nutzungsberechtigten des umgestürzten Steins; die Stadt haftet nur, wenn
sie die jährliche Prüfung versäumt hat. Wir prüfen das Protokoll der
Standsicherheitsprüfung vom Mai. Bitte schicken Sie uns in der Zwischenzeit
das Angebot Ihres Steinmetzes. Zeichen KH-26-1130.

Mit freundlichen Grüßen
Sabine Kettenbach
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer→twin town", "French chaperone named with epilepsy asks about cover on exchange")
def _():
    return build(KLASEN, "Sophie Marchand <s.marchand@college-saint-aubin.example>",
        "Re: my epilepsy and the insurance for the exchange",
        "2026-12-21 10:15",
        body="""Dear Ms Marchand,

thank you for telling us in confidence. To your question: yes, you can
accompany the pupils to Boppard in February.

The travel health cover of the exchange (RG-40-100601) also pays if you need
treatment because of your epilepsy, for example after a seizure - pre-existing
conditions are included for chaperones as long as the trip is not made for
treatment. If you are injured in a fall caused by a seizure, that counts as an
accident as well.

Please carry your medication (you mentioned levetiracetam) in your hand
luggage with the doctor's letter. No need to inform us in advance of anything
else.

Kind regards
Daniel Klasen
""")


@mail("NORMAL", "de", "insurer→municipality", "trap: cyber premium table per inhabitant, no persons")
def _():
    return build(MAURER, "Kämmerei VG Cochem <kaemmerei@vg-cochem.example>",
        "Cyber-Tarif 2027 für Kommunen",
        "2026-12-22 14:05",
        body="""Sehr geehrter Herr Gietzen,

hier wie gewünscht die Tarifstaffel Cyber 2027 (Beitrag netto je Jahr):

Einwohner        VS 500 T€   VS 1 Mio.   VS 2 Mio.   SB
bis 10.000        3.400       4.900       7.300      2.500
10.001-25.000     6.100       8.800      12.700      5.000
25.001-50.000     9.900      13.600      19.800     10.000

Voraussetzungen: MFA für Fernzugriffe, Offline-Backup mit Wiederherstelltest,
Patchmanagement. Für die VG Cochem (ca. 24.000 EW) läge die Variante 1 Mio.
bei 8.800 EUR.

Mit freundlichen Grüßen
Henrik Maurer
""")


@mail("CONFIDENTIAL", "de", "insurer→citizen", "named resident's car damaged by road-salt spreader, nobody hurt")
def _():
    return build(PUETZ, "Dieter Engelmann <d.engelmann@webpost.example>",
        "Lackschaden durch Streufahrzeug – Ihr Pkw KO-DE 2204",
        "2026-12-28 11:35",
        body="""Sehr geehrter Herr Engelmann,

Sie schreiben, dass am 19.12. das Streufahrzeug des Bauhofs Vallendar
(KO-VG 219) beim Streuen in der Meerstraße Splitt gegen Ihren geparkten
Mercedes C 200 (KO-DE 2204) geschleudert hat, Lackschäden an Tür und
Kotflügel. Verletzt wurde niemand.

Wir sind Kfz-Haftpflichtversicherer des Streufahrzeugs (KF-40-117750).
Bitte schicken Sie uns Fotos und ein Gutachten bzw. einen
Kostenvoranschlag. Schadennummer KF-26-009902.

Mit freundlichen Grüßen
Jörg Pütz
""")
# ==========================================================================
# mails 176-200
# ==========================================================================

@mail("NORMAL", "en", "insurer→twin town", "trap: how-to for opening secure portal messages, no personal data")
def _():
    return build(SERVICEDESK, "Comité de jumelage <jumelage@saint-aubin-loire.example>",
        "How to open a secure message from KSM",
        "2026-12-29 08:15",
        body="""Dear Madame Leclerc,

you will soon receive a notification e-mail titled "New secure message from
KSM". It contains no content, only a link. Here is how to read the message:

1. Click the link or go to https://portal.ksm-versicherung.example.
2. The first time, enter your e-mail address and the one-time password we
   send you by text message.
3. Choose your own password. You can then read, reply and download
   attachments.
4. Messages are kept for 90 days.

You can also reply securely from the portal. Please do not answer the
notification e-mail itself - that mailbox is not read.

KSM IT Service Desk
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→hospital", "doctor's letter with diagnosis sent to wrong recipient, named patient")
def _():
    return build(MAURER, "Datenschutz GK Mittelrhein <datenschutz@gk-mittelrhein.example>",
        "Fehlversand Arztbrief – Einschätzung Cyber/Haftpflicht",
        "2026-12-29 10:20",
        body="""Sehr geehrter Herr Görgen,

zum Fehlversand vom 22.12.: Der Entlassbrief von Frau Sabine Weiler
(Onkologie, Diagnose Mammakarzinom links, C50.4, Chemotherapie-Schema EC)
wurde per Fax an eine Hausarztpraxis in Lahnstein statt an die Praxis
Dr. Weiler-Groß in Lahnstein gesendet. Die Empfängerpraxis hat den Brief
vernichtet und das schriftlich bestätigt.

Das ist eine Datenpanne mit Gesundheitsdaten; Meldung an den LfDI ist
erfolgt, die Patientin wurde informiert. Für den Fall, dass Frau Weiler
Schmerzensgeld nach Art. 82 DSGVO verlangt, ist das über die
Krankenhaus-Haftpflicht KH-40-700120 gedeckt. Aktenzeichen KH-H-2026-063.

Mit freundlichen Grüßen
Henrik Maurer
""")


@mail("CONFIDENTIAL", "de", "insurer→club", "salute cannon at shooting festival damaged named neighbour's roof, nobody hurt")
def _():
    return build(LOOS, "Schützenbruderschaft St. Sebastianus Kettig <brudermeister@schuetzen-kettig.example>",
        "Böllerschuss Schützenfest – Dachschaden bei Familie Kohns",
        "2026-07-23 14:05",
        body="""Hallo Herr Brudermeister Alsbach,

zum Schaden beim Schützenfest (Veranstaltungshaftpflicht VA-40-552255):
Beim Böllerschießen am 19.07. hat ein glimmender Pfropfen das Carportdach
von Herrn Bernd Kohns, Kirchstraße 31, beschädigt (Doppelstegplatte
geschmolzen). Es wurde niemand verletzt.

Wir übernehmen den Schaden. Herr Kohns soll uns bitte das Angebot seines
Dachdeckers schicken. Bitte nennen Sie mir noch den Namen des verantwortlichen
Böllerschützen mit Erlaubnis nach § 27 SprengG – nur für die Akte.

Gruß Petra Loos
VA-26-0317
""")


@mail("NORMAL", "de", "internal", "trap: product development paper for a volunteer bundle, no persons")
def _():
    return build(BRENNER, "Vorstand <vorstand@ksm-versicherung.example>",
        "Vorlage Produktentwicklung „Ehrenamtspaket 2027“",
        "2026-12-30 10:00",
        body="""Sehr geehrte Kollegen im Vorstand,

zur Sitzung am 12.01. lege ich das Konzept für das Ehrenamtspaket vor:

Zielgruppe: Kommunen, die ihre Ehrenamtlichen über das Landes-Sammelvertrag
hinaus absichern wollen (Helferkreise, Seniorenbegleiter, Lesepaten).

Bausteine: Unfall (Invalidität 50.000 EUR, Tod 10.000 EUR), Haftpflicht
(nachrangig, 5 Mio. EUR), Sachschäden am privaten Eigentum der
Ehrenamtlichen bis 1.500 EUR, Rechtsschutz für Strafverfahren bei
ehrenamtlicher Tätigkeit.

Preis: 1,10 EUR je Einwohner, Mindestbeitrag 300 EUR.
Erwartung: 80 Kommunen im ersten Jahr, Schadenquote 55 %.

Mit freundlichen Grüßen
Ulrike Brenner
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer→school", "Australian exchange teacher named with wrist fracture, staff accident cover")
def _():
    return build(KLASEN, "Ms Hannah Kirby <h.kirby@gym-lahnstein.example>",
        "Your fall in the school yard – accident insurance",
        "2026-12-30 13:25",
        body="""Dear Ms Kirby,

the school office told us about your fall on the icy school yard on
16 December. According to the accident report you broke your right wrist
(distal radius fracture) and had surgery with a plate at the Katholisches
Klinikum Koblenz on 17 December.

As an exchange teacher employed by the state, your treatment is covered by
the statutory accident insurance. In addition, the school authority has a
group accident policy for all staff at its schools (GU-40-208450), which pays
EUR 30 per day in hospital and a lump sum of EUR 400 for the operation. If you
still have reduced mobility after a year, an invalidity benefit may follow.

Please send us the discharge letter, in English or German.

Wishing you a quick recovery
Daniel Klasen
""")


@mail("CONFIDENTIAL", "en", "insurer→twin town", "host family list with birth dates and addresses for exchange cover")
def _():
    return build(LOOS, "Kingsbridge Town Council <twinning@kingsbridge-council.example>",
        "Host families Boppard – list for your risk assessment",
        "2026-12-31 10:40",
        body="""Dear Mr Pennington,

for your safeguarding and risk assessment, the town of Boppard agreed that we
may share the list of host families for the February visit. All adults are
covered under the exchange liability policy VA-40-552400.

  Anja and Markus Reuter, born 12.03.1981 / 27.11.1979, Mühltal 7, Boppard
  Claudia Wendt, born 05.07.1975, Rheinallee 31, Boppard-Bad Salzig
  Jochen Bamberger, born 21.01.1968, Oberstraße 112, Boppard

Please delete the list after the visit. Enhanced background checks for the
adults are handled by the town, not by us.

Best regards
Petra Loos
""")


@mail("NORMAL", "de", "insurer→municipality", "trap: event liability premium table by number of visitors")
def _():
    return build(LOOS, "Kulturamt Lahnstein <kultur@lahnstein-stadt.example>",
        "Tarif Veranstaltungshaftpflicht 2027",
        "2026-12-07 09:10",
        body="""Hallo Herr Dr. Kolb,

für Ihre Haushaltsplanung die Beiträge 2027 (netto je Veranstaltungstag):

Besucher je Tag     Deckung 5 Mio.   Deckung 10 Mio.
bis 500                 45 EUR           58 EUR
501 – 2.000             78 EUR           99 EUR
2.001 – 10.000         165 EUR          210 EUR
10.001 – 30.000        340 EUR          430 EUR
über 30.000          auf Anfrage

Zuschläge: Feuerwerk +25 %, Fahrgeschäfte +15 %, Tiere +10 %.
Mehrtägige Feste ab dem 4. Tag: 50 % Rabatt.

Gruß Petra Loos
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→day-care", "HTML-only online accident report confirmation with child's diagnosis")
def _():
    return build(UNFALL, "Kita Sonnenhügel Vallendar <sonnenhuegel@vallendar-kitas.example>",
        "Eingangsbestätigung Ihrer Online-Unfallmeldung GU-26-2514",
        "2026-12-08 11:48",
        html="""<html><body style="font-family:Arial">
<p>Vielen Dank, Ihre Unfallmeldung ist eingegangen.</p>
<table cellpadding="3">
<tr><td>Meldungsnummer</td><td>GU-26-2514</td></tr>
<tr><td>Vertrag</td><td>GU-40-205600 (Kinder-Gruppenunfall Stadt Vallendar)</td></tr>
<tr><td>Kind</td><td>Yusuf Aydın, geb. 14.09.2021</td></tr>
<tr><td>Unfalltag</td><td>04.12.2026, 10:20 Uhr, Turnraum</td></tr>
<tr><td>Verletzung</td><td>Ellenbogenluxation rechts (Radiusköpfchen-Subluxation, &bdquo;Nurse-Elbow&ldquo;), reponiert in der Kinderarztpraxis</td></tr>
<tr><td>Gemeldet von</td><td>Kita-Leitung Frau Schüller</td></tr>
</table>
<p>Diese Nachricht wurde automatisch erzeugt. Bitte antworten Sie nicht.</p>
</body></html>""")


@mail("NORMAL", "en", "insurer→twin town", "trap: minutes of twin-town steering group, named officials, no sensitive data")
def _():
    return build(RUEDELL, "Twinning steering group <steering@twinning-boppard.example>",
        "Minutes – steering group meeting 3 December (online)",
        "2026-12-04 16:00",
        body="""Dear all,

minutes of our online meeting:

Present: Fabian Rüdell (KSM), Geoffrey Pennington (Kingsbridge), Hélène
Leclerc (Saint-Aubin), Ute Bremm (town of Boppard)

1. Exchange programme 2027: three youth visits, one choir visit, one sports
   tournament. Budget approved by all three councils.
2. Insurance: KSM will issue one combined policy for all visits to Boppard;
   visits abroad are insured by the host town. Draft wording by end of January.
3. Safeguarding: each town keeps its own vetting records; no personal data to
   be sent by normal e-mail.
4. Next meeting: 4 March, 17:00 CET.

Fabian
""")


@mail("CONFIDENTIAL", "de", "insurer→school", "school support association D&O with named board members and contract")
def _():
    return build(SCHERER, "Förderverein Grundschule Boppard <foerderverein@gs-boppard.example>",
        "Vorstands-D&O für den Förderverein – Angebot angenommen",
        "2026-11-30 15:45",
        body="""Liebe Frau Pies,

danke für die Annahme. Die Vermögensschadenhaftpflicht für den Vorstand des
Fördervereins der Grundschule Boppard e.V. läuft ab 01.12. unter
VH-40-782001. Versicherte Personen laut Vorstandsbeschluss:

  Vorsitzende: Christina Pies
  Stellvertreter: Dr. Uwe Nöthen
  Kassiererin: Sevgi Arslan

Deckung 100.000 EUR, Jahresbeitrag 98 EUR, erstmals fällig am 01.12.
Die Police schicke ich per Post an Ihre Privatadresse, wie gewünscht.

Viele Grüße
Tobias Scherer
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→youth camp", "body neutral; xlsx lists named children with salmonella infection at camp")
def _():
    return build(KLASEN, "Freizeitleitung Stadtjugendring Neuwied <freizeit@sjr-neuwied.example>",
        "Liste Gesundheitsamt – unsere Rückfragen",
        "2026-08-14 09:55",
        body="""Hallo Frau Moos,

anbei die Liste, wie sie uns vom Gesundheitsamt zugeleitet wurde, mit
meinen Rückfragen in der letzten Spalte. Bitte über das Portal zurück.

Daniel Klasen
""",
        atts=[xlsx("Freizeit_Wittlich_Erkrankungen.xlsx", [
            ("Liste", [
                ("Name", "Alter", "Erkrankungsbeginn", "Befund", "stationär", "Rückfrage KSM"),
                ("Leon Kaiser", 11, "09.08.2026", "Salmonella Enteritidis, Stuhlprobe positiv", "nein", ""),
                ("Mara Eich", 10, "09.08.2026", "Gastroenteritis, Exsikkose", "ja, 2 Tage Wittlich", "Rechnung Klinik?"),
                ("Tim Brück", 12, "10.08.2026", "Salmonella Enteritidis", "nein", ""),
                ("Zoe Adam", 9, "10.08.2026", "Gastroenteritis", "ja, 1 Tag", "Rettungsdienst?"),
            ])])])


@mail("NORMAL", "de", "newsletter", "trap: cyber webinar invitation for municipal IT, ICS")
def _():
    return build(NEWS, "IT-Leitungen Kommunen <verteiler-it@ksm-versicherung.example>",
        "Webinar: Notfallplan Ransomware für Verwaltungen – 21. Januar",
        "2026-12-09 07:30",
        body="""Sehr geehrte IT-Verantwortliche,

40 Cyber-Schäden in Kommunen haben wir inzwischen begleitet. Was wir daraus
gelernt haben, zeigen wir im Webinar am 21. Januar 2027 (10–11:30 Uhr):

- Die ersten 4 Stunden: wer entscheidet, wer ruft wen an?
- Offline-Backup: warum „offline“ wirklich offline heißen muss
- Meldepflichten: LfDI, BSI, Bürgerinnen und Bürger

Referenten: Henrik Maurer (KSM) und Pieter de Vries (Incident Response).
Die Einladung liegt als Kalenderdatei bei.

Ihre KSM
""",
        atts=[ics("Webinar_Ransomware_Kommunen.ics", """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//KSM Versicherung//Cyber//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-ransomware-2027@ksm-versicherung.example
DTSTAMP:20261209T063000Z
DTSTART:20270121T090000Z
DTEND:20270121T103000Z
SUMMARY:KSM-Webinar Notfallplan Ransomware
LOCATION:Online
END:VEVENT
END:VCALENDAR
""")])


@mail("CONFIDENTIAL", "en", "insurer→club", "Japanese judo coach's private IBAN for refund of tournament fee cover")
def _():
    return build(VEREIN, "Kenji Watanabe <k.watanabe@judo-koblenz.example>",
        "Refund of the cancelled tournament – account confirmation",
        "2026-11-16 12:50",
        body="""Dear Mr Watanabe,

the club's event cancellation policy (VA-40-552370) covers the entry fees you
paid in advance for the cancelled Rhine Judo Cup, EUR 480 in total. As you
paid them from your own account, we will refund them to you:

  Account holder: Kenji Watanabe
  IBAN: DE04 5706 0000 1346 2384 81

Please confirm that the club agrees (a short mail from the board is enough)
and that the account is correct. Reference VA-26-0455.

Kind regards
KSM Club Service
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer→hospital", "patient named under involuntary psychiatric admission, restraint incident, liability")
def _():
    return build(SEIBEL, "Dr Marek Nowicki <m.nowicki@klinikum-andernach.example>",
        "Restraint incident on ward P2 – statement requested (KH-H-2026-066)",
        "2026-12-10 14:35",
        body="""Dear Dr Nowicki,

thank you for agreeing to answer in English. We are handling a claim by the
guardian of Mr Andrei Popescu, 28, who was admitted to your psychiatric ward
P2 on 3 November under the state mental health act (PsychKG) with an acute
psychotic episode (F23.1).

During a five-point restraint on 5 November he suffered a fracture of the
left fifth metacarpal. The guardian alleges that the restraint was not
ordered by a judge in time and that the fracture was noticed only two days
later.

Please describe: the order for the restraint (time, judge's approval),
the 1:1 observation during the restraint, and when the hand was examined.
Please upload the documentation to the portal; do not reply with records by
e-mail.

Kind regards
Miriam Seibel
""")


@mail("NORMAL", "de", "internal", "trap: rejection letter template with placeholders for diagnosis")
def _():
    return build(KLASEN, "Team Unfall-Leistung <team-unfall@ksm-versicherung.example>",
        "Textbaustein Ablehnung „Krankheit statt Unfall“ – neue Fassung",
        "2026-12-11 08:40",
        body="""Hallo zusammen,

die Rechtsabteilung hat den Textbaustein überarbeitet. Bitte ab sofort nur
noch diese Fassung verwenden:

---
Sehr geehrte/r [Anrede] [Nachname],

wir haben die Unterlagen zum Ereignis vom [Datum] geprüft. Nach dem Bericht
von [Arzt/Klinik] liegt bei [Vorname des Versicherten] die Diagnose
[Diagnose] vor. Diese ist nach unseren Unterlagen nicht durch ein plötzlich
von außen auf den Körper wirkendes Ereignis entstanden, sondern durch
[innere Ursache]. Es handelt sich daher nicht um einen Unfall im Sinne von
Ziffer 1.3 der Bedingungen.

Wenn Sie weitere Unterlagen haben, die das Gegenteil belegen, schicken Sie
sie uns bitte bis [Frist].
---

Bitte Diagnosen nie im Betreff nennen.
Daniel
""")


@mail("CONFIDENTIAL", "de", "insurer→charity", "food bank van crash with named volunteer driver, nobody hurt")
def _():
    return build(PUETZ, "Tafel Andernach e.V. <kontakt@tafel-andernach.example>",
        "Unfall Kühltransporter MYK-TA 300",
        "2026-12-14 16:22",
        body="""Hallo Frau Schwarz,

danke für die Meldung. Ihr ehrenamtlicher Fahrer, Herr Werner Gemmel, ist
am 11.12. beim Abholen im Edeka-Markt Weißenthurm mit dem Kühltransporter
(MYK-TA 300) gegen die Laderampe gestoßen. Niemand wurde verletzt; das
Kühlaggregat ist aber beschädigt.

Das läuft über die Vollkasko (KF-40-119330, SB 500 EUR). Die Kühlware
(ca. 300 EUR) ist leider nicht versichert. Schadennummer KF-26-009655.
Wir brauchen den Kostenvoranschlag der Kältetechnik-Firma.

Gruß Jörg Pütz
""")


@mail("NORMAL", "en", "insurer→club", "trap: blank member-count declaration template CSV for international clubs")
def _():
    return build(VEREIN, "International clubs mailing list <intl-clubs@ksm-versicherung.example>",
        "Annual member count 2027 – template (English)",
        "2026-12-16 09:00",
        body="""Dear club boards,

every year we need the number of members on 1 January to calculate your
liability premium. We need numbers only - please do not send us member lists
with names or dates of birth.

Fill in the attached template and upload it to the club portal by
31 January 2027.

Thank you!
KSM Club Service
""",
        atts=[csvf("member_count_template_2027.csv", [
            ("club_name", "club_number", "members_total", "members_under_18", "active_coaches", "contact_email"),
            ("<name of club>", "<VH-40-......>", "<number>", "<number>", "<number>", "<club e-mail>"),
        ])])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→fire brigade", "firefighter named with carbon monoxide poisoning and hyperbaric treatment")
def _():
    return build(KLASEN, "Wehrleitung VG Vallendar <wehrleitung@vg-vallendar.example>",
        "CO-Vergiftung bei Einsatz Hillscheid – Kamerad Florian Stein",
        "2026-12-17 17:10",
        body="""Hallo Herr Reichert,

zum Einsatz am 13.12. (Kellerbrand Hillscheid): Florian Stein hatte nach
dem Innenangriff Kopfschmerzen und Übelkeit, der CO-Hb-Wert lag bei 18 %.
Er wurde in der Druckkammer des Bundeswehrzentralkrankenhauses hyperbar
behandelt und ist seit gestern wieder zu Hause, noch krankgeschrieben.

Das ist ein Einsatzunfall; wir nehmen ihn in der Feuerwehr-Zusatzversicherung
(GU-40-206710) auf, Fall GU-26-2601. Bitte prüfen Sie auch den
Atemschutzüberwachungsbogen – wenn die Maske undicht war, sollte das
Gerät zur Prüfung.

Gruß Daniel Klasen
""")


@mail("NORMAL", "de", "newsletter", "trap: annual review newsletter, text and HTML, aggregate figures only")
def _():
    return build(NEWS, "Mitglieder Kommunal <mitglieder@ksm-versicherung.example>",
        "KSM Kommunal-Info 12/2026: Unser Jahr in Zahlen",
        "2026-12-18 07:30",
        body="""KSM Kommunal-Info 12/2026

Unser Jahr in Zahlen:
- 612 Städte, Gemeinden und Landkreise als Mitglieder
- 2.430 versicherte Vereine, 1.118 Schulen und Kitas
- 9.870 gemeldete Schäden, davon 61 % in 14 Tagen reguliert
- 412 Schulen bei „Sicher zur Schule“, 8.000 Warnwesten verteilt
- 12 Defibrillatoren für Sporthallen gefördert

Frohe Weihnachten und ein gutes Jahr 2027!
Ihre Kommunale Schutzgemeinschaft Mittelrhein
""",
        html="""<html><body><h2>Unser Jahr in Zahlen</h2>
<ul><li>612 Städte, Gemeinden und Landkreise als Mitglieder</li>
<li>2.430 versicherte Vereine, 1.118 Schulen und Kitas</li>
<li>9.870 gemeldete Schäden, davon 61&nbsp;% in 14 Tagen reguliert</li>
<li>412 Schulen bei &bdquo;Sicher zur Schule&ldquo;, 8.000 Warnwesten verteilt</li>
<li>12 Defibrillatoren für Sporthallen gefördert</li></ul>
<p>Frohe Weihnachten und ein gutes Jahr 2027!<br>Ihre Kommunale Schutzgemeinschaft Mittelrhein</p>
</body></html>""")


@mail("CONFIDENTIAL", "de", "insurer→citizen", "burst municipal water pipe flooded named neighbour's garage, nobody hurt")
def _():
    return build(KETTENBACH, "Harald Bersch <h.bersch@kabelpost.example>",
        "Rohrbruch Wasserleitung Hauptstraße – Ihre Garage",
        "2026-12-21 11:55",
        body="""Sehr geehrter Herr Bersch,

die Verbandsgemeindewerke Maifeld haben uns den Rohrbruch der
Versorgungsleitung vom 16.12. gemeldet. Das Wasser ist in Ihre Garage
(Hauptstraße 45, Polch) gelaufen; beschädigt sind laut Ihrer Liste ein
Rasenmäher, Winterreifen und Kartons mit Weihnachtsdekoration. Verletzt
wurde niemand.

Für Rohrbrüche der öffentlichen Leitung haften die Werke verschuldensunabhängig
(§ 2 HPflG). Wir übernehmen den Schaden aus der Haftpflicht KH-40-100960.
Bitte nennen Sie uns Alter und Kaufpreis der Gegenstände.

Aktenzeichen KH-26-1171

Mit freundlichen Grüßen
Sabine Kettenbach
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer→parent", "camp participant named with heat exhaustion and IV fluids, camp health cover")
def _():
    return build(KLASEN, "Agnieszka Nowak <a.nowak@poczta-mail.example>",
        "Your daughter Maja – treatment at the camp",
        "2026-07-30 19:20",
        body="""Dear Mrs Nowak,

the camp leadership asked me to write to you directly. Your daughter Maja
(14) felt dizzy and vomited during the hike on the Rheinsteig today; the camp
doctor diagnosed heat exhaustion with dehydration. She received intravenous
fluids in the outpatient department of the hospital in St. Goarshausen and
is back in the camp, resting in the shade.

There are no costs for you. The camp's travel health policy RG-40-100512
pays the treatment directly. If you have questions, you can call me tomorrow
from 8:00 on +49 261 98770-231.

Kind regards
Daniel Klasen
""")


@mail("NORMAL", "en", "insurer→municipality", "trap: thank-you event invitation for volunteers, no persons")
def _():
    return build(WEIDENBACH, "Integrationsbüro Koblenz <integration@koblenz-stadt.example>",
        "Volunteers' thank-you evening – English invitation text",
        "2026-11-18 13:00",
        body="""Dear Ms Nadeem,

here is the English text for the invitation, as promised:

"Thank you for your time! The city of Koblenz and KSM invite all volunteers
of this year's festivals, the food banks and the language cafés to a
thank-you evening on Friday, 4 December, 18:00, at the Forum Confluentes.
Food, music and a short quiz about Koblenz. Families welcome. Please register
by 27 November at the integration office."

We'll cover the catering as part of our volunteer programme.

Best
Carina
""")


@mail("CONFIDENTIAL", "de", "insurer→club", "club guard dog injured named visitor's dog, vet bill (animal health)")
def _():
    return build(KETTENBACH, "Rita Jung <rita.jung@familie-jung.example>",
        "Vorfall auf dem Hundeplatz – Tierarztrechnung für Ihre Hündin",
        "2026-12-22 10:05",
        body="""Sehr geehrte Frau Jung,

der Verein für Deutsche Schäferhunde OG Mülheim-Kärlich e.V. hat uns als
Haftpflichtversicherer (BH-40-414470) Ihren Schaden gemeldet: Am 05.12.
hat sich der Vereinshund „Arko“ beim Training losgerissen und Ihre
Labradorhündin Bella gebissen. Die Tierklinik Dr. Hoff hat eine Bisswunde
an der Schulter genäht und Antibiotika verordnet (Rechnung 486,30 EUR).
Sie selbst wurden nicht verletzt.

Wir übernehmen die Tierarztkosten vollständig. Bitte nennen Sie uns Ihre
Bankverbindung über das beigefügte Formular. Zeichen BH-26-0730.

Mit freundlichen Grüßen
Sabine Kettenbach
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer→club", "renewal of a specific club's group accident contract (personal line) with claims by injury type")
def _():
    return build(VEREIN, "Vorstand TV Lahnstein 1862 e.V. <vorstand@tv-lahnstein.example>",
        "Verlängerung Gruppenunfallversicherung GU-40-330871 zum 01.01.2027",
        "2026-12-23 09:30",
        body="""Sehr geehrter Herr Nink,

Ihre Gruppenunfallversicherung für Trainer, Übungsleiter und Helfer
(GU-40-330871) verlängert sich zum 01.01.2027 um ein Jahr. Der Beitrag
bleibt bei 7,20 EUR je versicherter Person (62 Personen = 446,40 EUR).

Schadenverlauf 2026: zwei Leistungsfälle – eine Achillessehnenruptur
(Volleyball, Trainerin) und eine Handgelenksfraktur (Helfer beim
Hallenaufbau), Leistungen zusammen 2.140 EUR.

Bitte melden Sie uns Änderungen im Trainerteam über das Vereinsportal.

Mit freundlichen Grüßen
Ihr KSM Vereinsservice
""")


@mail("NORMAL", "de", "internal", "trap: prevention calendar 2027, dates only")
def _():
    return build(WEIDENBACH, "Abteilung Kommunal & Vereine <abt-kommunal@ksm-versicherung.example>",
        "Präventionskalender 2027",
        "2026-12-23 14:45",
        body="""Hallo zusammen,

damit ihr bei Kundenterminen Bescheid wisst, die festen Termine 2027:

21.01.  Webinar Ransomware (Henrik)
11.03.  Klimarisiko-Tag mit den Partnerstädten, Rhein-Mosel-Halle
20.03.  Bestellschluss „Sicher zur Schule“
Mai     Fahrsicherheitstrainings Maschinisten (6 Termine, Nürburgring)
10.06.  Webinar Sonnenschutz Kita
Juli    Jugendcamp Loreley (Prävention vor Ort)
26.09.  Seminar Haftung im Ehrenamt, Mayen
07.10.  Präventionsbeirat

Frohe Feiertage!
Carina
""")

# --------------------------------------------------------------------------
# rendering and checks
# --------------------------------------------------------------------------

def render_all():
    out = {}
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, (f, label, lang, kind, reason) in enumerate(MAILS, 1):
        _CUR["n"] = i
        _CUR["inner"] = 0
        msg = f()
        name = "%s-%04d.eml" % (PREFIX, i)
        out["mails/" + name] = _finish(msg, i)
        assert "\t" not in reason and "\n" not in reason
        rows.append("\t".join([name, label, lang, kind, reason]))
    out["labels.tsv"] = ("\n".join(rows) + "\n").encode("utf-8")
    return out


def _check_attachment(name, data, problems, where):
    low = name.lower()
    try:
        if low.endswith(".xlsx"):
            from openpyxl import load_workbook
            load_workbook(io.BytesIO(data))
        elif low.endswith(".docx"):
            from docx import Document
            Document(io.BytesIO(data))
        elif low.endswith((".odt", ".ods")):
            from odf.opendocument import load
            load(io.BytesIO(data))
        elif low.endswith(".pdf"):
            from pypdf import PdfReader
            txt_ = "".join(pg.extract_text() or "" for pg in PdfReader(io.BytesIO(data)).pages)
            if not txt_.strip():
                problems.append("%s: %s has no text layer" % (where, name))
        elif low.endswith(".zip"):
            z = zipfile.ZipFile(io.BytesIO(data))
            if z.testzip() is not None:
                problems.append("%s: %s corrupt" % (where, name))
            for zi in z.infolist():
                _check_attachment(zi.filename, z.read(zi.filename), problems, where + "/" + name)
        elif low.endswith(".csv"):
            try:
                s = data.decode("utf-8")
            except UnicodeDecodeError:
                s = data.decode("cp1252")
            list(csv.reader(io.StringIO(s), delimiter=";"))
        elif low.endswith(".ics"):
            s = data.decode("utf-8")
            if not s.startswith("BEGIN:VCALENDAR") or "END:VCALENDAR" not in s:
                problems.append("%s: %s bad ics" % (where, name))
        elif low.endswith(".txt"):
            data.decode("utf-8")
        elif low.endswith(".eml"):
            _check_msg(message_from_bytes(data, policy=DEFAULT_POLICY), problems, where + "/" + name)
        else:
            problems.append("%s: unknown attachment type %s" % (where, name))
    except Exception as e:  # noqa
        problems.append("%s: %s does not open: %r" % (where, name, e))


def _check_msg(msg, problems, where):
    for part in msg.walk():
        if part.defects:
            problems.append("%s: defects %r" % (where, part.defects))
        for k, v in part.items():
            if getattr(v, "defects", None):
                problems.append("%s: header %s defects %r" % (where, k, v.defects))
        if part.get_content_type() == "message/rfc822":
            continue
        fn = part.get_filename()
        if fn:
            _check_attachment(fn, part.get_payload(decode=True), problems, where)
        elif part.get_content_maintype() == "text":
            part.get_content()


def check():
    a = render_all()
    b = render_all()
    problems = []
    if a != b:
        problems.append("two builds differ")
    for k, v in a.items():
        p = os.path.join(HERE, k)
        if not os.path.exists(p) or open(p, "rb").read() != v:
            problems.append("disk differs: " + k)
    on_disk = sorted(os.listdir(os.path.join(HERE, "mails")))
    if on_disk != sorted(k[6:] for k in a if k.startswith("mails/")):
        problems.append("unexpected files in mails/")
    for k, v in sorted(a.items()):
        if not k.startswith("mails/"):
            continue
        if re.search(rb"(?<!\r)\n", v):
            problems.append(k + ": bare LF")
        if any(len(line) > 998 for line in v.split(b"\r\n")):
            problems.append(k + ": line over 998 octets")
        msg = message_from_bytes(v, policy=DEFAULT_POLICY)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                problems.append("%s: missing %s" % (k, h))
        if not str(msg["From"]).lower().rstrip(">").endswith("@" + DOM):
            problems.append(k + ": sender not from " + DOM)
        _check_msg(msg, problems, k)
    n = len([k for k in a if k.startswith("mails/")])
    for p in problems:
        print("PROBLEM", p)
    print("%d mails checked, %d problems" % (n, len(problems)))
    return not problems


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    out = render_all()
    os.makedirs(os.path.join(HERE, "mails"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "mails")):
        if "mails/" + f not in out:
            os.remove(os.path.join(HERE, "mails", f))
    for k, v in out.items():
        with open(os.path.join(HERE, k), "wb") as fh:
            fh.write(v)
    counts = {}
    for _, label, lang, _, _ in MAILS:
        counts[(label, lang)] = counts.get((label, lang), 0) + 1
    print(len(MAILS), "mails written", sorted(counts.items()))


if __name__ == "__main__":
    main()
