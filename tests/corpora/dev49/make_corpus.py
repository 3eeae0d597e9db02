#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the Siegel mail corpus dev49 (commercial lines underwriter theme).

Every mail is written out by hand in its own section below (headers, body,
quotes, forwards and the content of every attachment).  The helpers at the top
only turn that hand-written content into MIME parts and office files.

    python3 make_corpus.py            # writes mails/ and labels.tsv next to this file
    python3 make_corpus.py --check    # rebuilds twice, compares, parses, opens attachments

Needs openpyxl, python-docx, odfpy (only for --check), fpdf2 and pypdf.
"""
import argparse
import csv
import datetime
import io
import os
import random
import re
import shutil
import sys
import tempfile
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

NN = 49
SEED = 49
HERE = os.path.dirname(os.path.abspath(__file__))
BERLIN = ZoneInfo("Europe/Berlin")
FIXED = datetime.datetime(2026, 1, 2, 8, 0, 0)
ZIPTIME = (2026, 1, 2, 8, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
MAILS = []


def mail(label, lang, kind, reason):
    """Register the hand-written mail below with its label row."""
    assert label in LABELS and lang in ("de", "en", "mixed")
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        MAILS.append(dict(key=fn.__name__, label=label, lang=lang, kind=kind,
                          reason=reason, fn=fn))
        return fn
    return deco


# ---------------------------------------------------------------- MIME helpers

def when(stamp):
    """'2026-03-30 09:14[:ss]' local Hamburg time -> RFC 5322 date with CET/CEST offset."""
    fmt = "%Y-%m-%d %H:%M:%S" if stamp.count(":") == 2 else "%Y-%m-%d %H:%M"
    dt = datetime.datetime.strptime(stamp, fmt).replace(tzinfo=BERLIN)
    return format_datetime(dt)


def new(frm, to, subject, date, mid, cc=None, headers=()):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = when(date)
    m["Message-ID"] = mid
    for k, v in headers:
        m[k] = v
    return m


def text(m, body, cte="quoted-printable", charset="utf-8", subtype="plain", flowed=False):
    m.set_content(body, subtype=subtype, charset=charset, cte=cte)
    if flowed:
        m.set_param("format", "flowed")


def alt(m, plain, html, cte="quoted-printable", charset="utf-8"):
    m.set_content(plain, charset=charset, cte=cte)
    m.add_alternative(html, subtype="html", charset=charset, cte=cte)


def attach_bytes(m, data, ctype, filename):
    maintype, subtype = ctype.split("/")
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)


def attach_text(m, content, subtype, filename, charset="utf-8", cte="base64", params=None):
    m.add_attachment(content, subtype=subtype, charset=charset, cte=cte,
                     filename=filename, params=params)


def attach_mail(m, inner):
    m.add_attachment(inner)


def finalize(m, key):
    n = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_%d_%s.%d" % (NN, key, n))
            n += 1
    return m


# ---------------------------------------------------------- attachment helpers

def normzip(data):
    """Rewrite a zip container with fixed timestamps (office files, archives)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2026-01-02T08:00:00Z\g<2>", blob)
            ni = zipfile.ZipInfo(info.filename, date_time=ZIPTIME)
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            ni.create_system = 0
            zout.writestr(ni, blob)
    return out.getvalue()


def xlsx(sheets):
    """sheets: list of (title, rows); rows are lists of cell values."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(list(row))
    wb.properties.creator = "Elbwerk"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    return normzip(buf.getvalue())


def docx(blocks, author="Elbwerk Versicherung AG"):
    """blocks: strings (paragraphs), ('h', text) headings, ('t', rows) tables."""
    import docx as _docx
    doc = _docx.Document()
    for b in blocks:
        if isinstance(b, str):
            doc.add_paragraph(b)
        elif b[0] == "h":
            doc.add_heading(b[1], level=1)
        elif b[0] == "t":
            rows = b[1]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    table.cell(r, c).text = str(val)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return normzip(buf.getvalue())


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')


def _odf_package(mimetype, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s office:version="1.2">'
               '<office:body>%s</office:body></office:document-content>' % (ODF_NS, body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        zi = zipfile.ZipInfo("mimetype", date_time=ZIPTIME)
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, mimetype)
        for name, data in (("content.xml", content), ("META-INF/manifest.xml", manifest)):
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return out.getvalue()


def odt(paragraphs):
    body = "".join("<text:p>%s</text:p>" % escape(p) for p in paragraphs)
    return _odf_package("application/vnd.oasis.opendocument.text",
                        "<office:text>%s</office:text>" % body)


def ods(sheets):
    parts = []
    for title, rows in sheets:
        trs = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s">'
                                 '<text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string">'
                                 '<text:p>%s</text:p></table:table-cell>' % escape(str(v)))
            trs.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        parts.append('<table:table table:name="%s">%s</table:table>'
                     % (escape(title), "".join(trs)))
    return _odf_package("application/vnd.oasis.opendocument.spreadsheet",
                        "<office:spreadsheet>%s</office:spreadsheet>" % "".join(parts))


def pdf(paragraphs, title="", size=10):
    """PDF with a text layer; paragraphs are strings, '' gives a blank line."""
    from fpdf import FPDF
    doc = FPDF()
    doc.set_creation_date(FIXED.replace(tzinfo=datetime.timezone.utc))
    doc.set_producer("Elbwerk DMS 4.2")
    if title:
        doc.set_title(title)
    doc.add_font("DejaVu", "", FONT)
    doc.add_page()
    doc.set_font("DejaVu", size=size)
    for p in paragraphs:
        doc.multi_cell(0, 5, p if p else " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(doc.output())


def zipped(members):
    """members: list of (name, bytes or str)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return out.getvalue()


# ======================================================================= MAILS

# --------------------------------------------------------------------- m001
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "sole trader (e.K.) electrician named as policyholder with turnover and liability quote")
def m001():
    m = new("Katrin Albers <katrin.albers@elbwerk-versicherung.example>",
            "Torben Oltmanns <t.oltmanns@brandt-oltmanns.example>",
            "Angebot Betriebshaftpflicht – Elektro Brügmann e.K., Stade",
            "2026-02-11 10:42", "<k001.20260211104207.ka@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Oltmanns,

wie besprochen das Angebot für Ihren Kunden Jens Brügmann (Elektro Brügmann e.K.,
Harsefelder Straße 41, 21680 Stade):

Betriebshaftpflicht Elektroinstallation, Handwerk
- Deckungssumme 5 Mio. EUR pauschal Personen-/Sach-/Vermögensschäden
- Jahresumsatz lt. Fragebogen: 612.000 EUR (Vorjahr 548.000 EUR)
- 4 Mitarbeiter, davon 1 Auszubildender
- Bearbeitungsschäden und Tätigkeitsschäden bis 250.000 EUR
- Photovoltaik-Montage mitversichert, Dachbegehung eingeschlossen
- SB 500 EUR je Schaden

Jahresnettobeitrag 1.486,00 EUR zzgl. VersSt.

Die Vorschadenfrage hat Herr Brügmann mit "1 Schaden 2024, Leitungsschaden beim
Kunden, ca. 3.800 EUR" beantwortet – das ist für uns in Ordnung.

Bindefrist bis 13.03.2026. Bei Annahme bitte den unterschriebenen Antrag über das
Maklerportal hochladen.

Viele Grüße
Katrin Albers
Underwriting Firmenkunden Sach/Haftpflicht
Elbwerk Versicherung AG | Kehrwieder-Allee 12 | 20457 Hamburg
Tel. +49 40 3318-2214
""")
    return m


# --------------------------------------------------------------------- m002
@mail("NORMAL", "de", "internal",
      "trap: aggregated workplace-injury statistics by trade (fractures, burns, amputations) with no person")
def m002():
    m = new("Ole Rasmussen <ole.rasmussen@elbwerk-versicherung.example>",
            "UW Kollektiv Unfall <uw-kollektiv@elbwerk-versicherung.example>",
            "Auswertung Gruppenunfall Handwerk 2021-2025",
            "2026-01-19 08:55", "<k002.8f31c2@elbwerk-versicherung.example>")
    text(m, """\
Moin zusammen,

für die Tarifrunde 2027 anbei die Kurzfassung der Schadenauswertung Gruppenunfall
im Segment Handwerk (Bestand 2021–2025, 1.143 Verträge, ca. 9.800 versicherte
Personen p.a.):

Verletzungsart (Anteil an Leistungsfällen)
  Frakturen obere Extremität      27 %
  Frakturen untere Extremität     19 %
  Schnitt-/Stichverletzungen      14 %
  Distorsionen Knie/Sprunggelenk  13 %
  Verbrennungen/Verätzungen        6 %
  Amputationen (Finger/Zehen)      3 %
  sonstige                        18 %

Schadenursache Top 3: Sturz von Leiter/Gerüst, Maschinen (Kreissäge, Fräse),
Verkehrsunfall auf Betriebsweg.

Durchschnittlicher Invaliditätsgrad 11,4 %, Median 5 %.
Leistungsfälle mit Invalidität > 50 %: 7 (zu klein für eine eigene Zeile, daher
nicht nach Gewerk aufgeschlüsselt).

Schadenquote Segment: 2021 58 %, 2022 61 %, 2023 66 %, 2024 71 %, 2025 69 %.

Vorschlag: Gefahrengruppe B für Dachdecker und Zimmerer um 8 % anheben, Elektro
und Sanitär unverändert. Lasst uns das am Donnerstag im Jour fixe besprechen.

Gruß
Ole
""", cte="8bit")
    return m


# --------------------------------------------------------------------- m003
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "named employee of a timber company, partial finger amputation at a saw, group accident claim")
def m003():
    m = new("Sabine Wendt <sabine.wendt@elbwerk-versicherung.example>",
            "Svenja Kruse <s.kruse@brandt-oltmanns.example>",
            "GU 4471-0028 Holzbau Petersen GmbH – Leistungsfall Dombrowski",
            "2026-03-04 14:17", "<k003.0304.sw@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Frau Kruse,

vielen Dank für die Unfallmeldung zum Gruppenunfallvertrag der Holzbau Petersen GmbH.

Betroffen ist der Mitarbeiter Herr Marcel Dombrowski (Zimmerer, im Betrieb seit
2019). Laut dem Durchgangsarztbericht vom 24.02.2026 hat er sich an der
Formatkreissäge den rechten Zeigefinger im Endglied abgetrennt, zusätzlich eine
Beugesehnenverletzung am Mittelfinger. Er wurde im BG Klinikum Hamburg operiert
und ist voraussichtlich bis Ende April arbeitsunfähig.

Für die Prüfung der Invaliditätsleistung benötigen wir:
1. den Entlassungsbericht des BG Klinikums,
2. die Schweigepflichtentbindung von Herrn Dombrowski (Formular anbei im Portal),
3. Angaben, ob Herr Dombrowski Rechts- oder Linkshänder ist.

Das Krankenhaustagegeld (3 Tage stationär) zahlen wir bereits jetzt aus. Über die
Invalidität entscheiden wir frühestens nach Abschluss der Heilbehandlung; nach
der Gliedertaxe kommt für den Verlust des Zeigefinger-Endglieds ein Teilwert in
Betracht.

Mit freundlichen Grüßen
Sabine Wendt
Kollektiv-Leistung Unfall
Elbwerk Versicherung AG
""")
    return m


# --------------------------------------------------------------------- m004
@mail("NORMAL", "en", "insurer-to-reinsurer",
      "trap: property cat XL renewal with aggregated loss ratios and a portfolio XLSX, company data only")
def m004():
    m = new("Ole Rasmussen <ole.rasmussen@elbwerk-versicherung.example>",
            "Astrid Kjaer <astrid.kjaer@balticre.example>",
            "Elbwerk Property Cat XL 2027 – renewal submission",
            "2026-09-14 16:20", "<k004.catxl2027@elbwerk-versicherung.example>",
            cc="Thomas Avery <t.avery@kingsbridge-re.example>")
    text(m, """\
Dear Astrid,

please find attached our renewal information for the Property Catastrophe Excess of
Loss programme 2027 (three layers, EUR 60m xs 15m in total).

Headlines:
- Gross written premium commercial property 2025: EUR 184.6m (+7.2 %)
- Total sums insured in force 30.06.2026: EUR 71.3bn, of which 38 % in Hamburg,
  Schleswig-Holstein and Lower Saxony coastal zones (CRESTA 20-27)
- Largest single risk: cold-storage logistics park, PML EUR 42m (co-insured, our
  share 35 %)
- Cat events 2025: windstorm "Ylenia II" (EUR 9.4m gross), hail Osnabrueck
  (EUR 6.1m gross); no recovery under the programme
- Agriculture portfolio grew by 11 % following the new MGA arrangement

The exposure file (sheet "Exposure") and the as-if loss table (sheet "Losses")
are in the workbook. Modelled AAL is provided separately by our broker.

We would appreciate your indication by 16 October.

Kind regards
Ole Rasmussen
Head of Reinsurance
Elbwerk Versicherung AG, Hamburg
""")
    attach_bytes(m, xlsx([
        ("Exposure", [
            ["CRESTA", "Region", "Risks", "TSI EUR m", "Share commercial %"],
            [20, "Hamburg", 4120, 11840, 64],
            [21, "Schleswig-Holstein West", 2310, 5210, 41],
            [22, "Schleswig-Holstein Ost", 2890, 6022, 47],
            [26, "Niedersachsen Nord", 3455, 7730, 52],
            [27, "Bremen/Weser-Ems", 2980, 6480, 58],
            ["other", "rest of Germany", 9870, 34018, 39],
        ]),
        ("Losses", [
            ["Year", "Event", "Gross EUR m", "Indexed EUR m"],
            [2018, "Friederike", 14.2, 18.9],
            [2022, "Ylenia/Zeynep", 21.7, 25.3],
            [2023, "Hail Emsland", 7.8, 8.6],
            [2025, "Ylenia II", 9.4, 9.6],
            [2025, "Hail Osnabrueck", 6.1, 6.2],
        ]),
    ]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Elbwerk_CatXL_2027_submission.xlsx")
    return m


# --------------------------------------------------------------------- m005
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "subject only: named employee with a broken leg on a building site under a group accident contract; body says only documents follow")
def m005():
    m = new("Sabine Wendt <sabine.wendt@elbwerk-versicherung.example>",
            "Nadine Grote <nadine.grote@elbwerk-versicherung.example>",
            "Unfall Hr. Lüdtke – Beinbruch Baustelle Elmshorn (GU 4471-0032)",
            "2026-03-09 17:48", "<k005.ng.0309@elbwerk-versicherung.example>")
    text(m, """\
Unterlagen folgen morgen, bitte schon mal Akte anlegen.

Gruß Sabine
""", cte="8bit")
    return m


# --------------------------------------------------------------------- m006
@mail("NORMAL", "de", "newsletter",
      "trap: product newsletter for group accident (Invalidität, Gliedertaxe, Krankenhaustagegeld, Reha) without any person")
def m006():
    m = new("Elbwerk Maklerservice <newsletter@elbwerk-versicherung.example>",
            "Maklerverteiler Nord <makler-nord@lists.elbwerk-versicherung.example>",
            "Neu: Firmen-Unfallschutz plus – mehr Leistung für Ihre Gewerbekunden",
            "2026-04-21 07:30", "<k006.nl.2026-04@lists.elbwerk-versicherung.example>",
            headers=(("List-Unsubscribe", "<mailto:abmelden@lists.elbwerk-versicherung.example>"),))
    alt(m, """\
Firmen-Unfallschutz plus – ab 1. Mai 2026

Die Gruppenunfallversicherung für Betriebe ab 3 Mitarbeitenden:

* Invaliditätsleistung mit Progression bis 500 %
* verbesserte Gliedertaxe: Verlust eines Daumens 25 %, Zeigefinger 15 %
* Krankenhaustagegeld bis 100 EUR pro Tag, ab dem ersten Tag
* Reha-Management: Organisation von Physiotherapie, Umbau von Wohnung und
  Arbeitsplatz, psychologische Erstbetreuung nach schweren Arbeitsunfällen
* Infektionen durch Zeckenbiss (FSME, Borreliose) mitversichert
* Bergungskosten und kosmetische Operationen bis 25.000 EUR

Beitragsbeispiel: Tischlerei, 8 Mitarbeitende, Gefahrengruppe B,
Invalidität 100.000 EUR: ab 64 EUR je Person und Jahr.

Webinar "Gruppenunfall richtig beraten": 12. Mai 2026, 10:00 Uhr.
Anmeldung im Maklerportal unter Veranstaltungen.

Elbwerk Versicherung AG · Kehrwieder-Allee 12 · 20457 Hamburg
Sie erhalten diesen Newsletter als registrierter Vertriebspartner.
""", """\
<html><body style="font-family:Arial,sans-serif">
<h2>Firmen-Unfallschutz plus &ndash; ab 1. Mai 2026</h2>
<p>Die Gruppenunfallversicherung f&uuml;r Betriebe ab 3 Mitarbeitenden:</p>
<ul>
<li>Invalidit&auml;tsleistung mit Progression bis 500&nbsp;%</li>
<li>verbesserte Gliedertaxe: Verlust eines Daumens 25&nbsp;%, Zeigefinger 15&nbsp;%</li>
<li>Krankenhaustagegeld bis 100&nbsp;EUR pro Tag, ab dem ersten Tag</li>
<li>Reha-Management: Organisation von Physiotherapie, Umbau von Wohnung und
Arbeitsplatz, psychologische Erstbetreuung nach schweren Arbeitsunf&auml;llen</li>
<li>Infektionen durch Zeckenbiss (FSME, Borreliose) mitversichert</li>
<li>Bergungskosten und kosmetische Operationen bis 25.000&nbsp;EUR</li>
</ul>
<p><b>Beitragsbeispiel:</b> Tischlerei, 8 Mitarbeitende, Gefahrengruppe B,
Invalidit&auml;t 100.000&nbsp;EUR: ab 64&nbsp;EUR je Person und Jahr.</p>
<p>Webinar &bdquo;Gruppenunfall richtig beraten&ldquo;: 12. Mai 2026, 10:00 Uhr.</p>
<p style="font-size:11px;color:#777">Elbwerk Versicherung AG &middot; Kehrwieder-Allee 12
&middot; 20457 Hamburg<br>Sie erhalten diesen Newsletter als registrierter Vertriebspartner.</p>
</body></html>
""")
    return m


# --------------------------------------------------------------------- m007
@mail("CONFIDENTIAL", "en", "insurer-to-mga",
      "attachment-only: MGA bordereau CSV naming IT freelancers with home towns, revenue and premium; body harmless")
def m007():
    m = new("Miriam Okafor <miriam.okafor@elbwerk-versicherung.example>",
            "Emma Lindholm <emma.lindholm@hafenkontor-uw.example>",
            "RE: Bordereau March 2026 – PI freelancers",
            "2026-04-08 11:03", "<k007.bdx0326.mo@elbwerk-versicherung.example>")
    text(m, """\
Hi Emma,

thanks for the March bordereau. Two queries, marked in column "EW_query" in the
file I'm sending back:

- rows 4 and 9: revenue above the EUR 250k limit of the binder, please confirm
  that you referred these to us before binding (I can't find the referral)
- row 7: inception date lies before the proposal date

Everything else reconciles with the premium statement (EUR 14,382.50 net).

Best
Miriam
""")
    attach_text(m, """\
Policy;Insured;Town;Profession;Revenue_2025_EUR;Limit_EUR;Inception;Net_premium_EUR;EW_query
HK-PI-26-0311;Tomasz Wierzbicki;Hamburg;Backend developer;182000;1000000;01.03.2026;1240,00;
HK-PI-26-0312;Lena Brockmann;Kiel;UX consultant;96500;500000;01.03.2026;610,00;
HK-PI-26-0313;Dr. Arne Feldhusen;Lübeck;SAP consultant;268000;2000000;05.03.2026;2310,00;revenue > 250k - referral?
HK-PI-26-0314;Maja Ilić;Bremen;Data engineer;141000;1000000;05.03.2026;1020,00;
HK-PI-26-0315;Benedikt Sauer;Hannover;Scrum master;118000;500000;10.03.2026;745,00;
HK-PI-26-0316;Yusuf Aksoy;Hamburg;IT security consultant;203000;2000000;03.03.2026;2480,00;inception before proposal (12.03.)
HK-PI-26-0317;Carola Pfeiffer;Oldenburg;Technical writer;54000;250000;15.03.2026;390,00;
HK-PI-26-0318;Henrik Dahl;Flensburg;Cloud architect;291500;2000000;15.03.2026;2655,00;revenue > 250k - referral?
HK-PI-26-0319;Sophie Reinholz;Hamburg;Frontend developer;88000;500000;20.03.2026;560,00;
""", "csv", "bordereau_2026-03_EW_queries.csv")
    return m


# --------------------------------------------------------------------- m008
@mail("NORMAL", "de", "internal",
      "trap: job advert for a medical malpractice underwriter (Ärzte, Kliniken, Behandlungsfehler) with no person")
def m008():
    m = new("Personalabteilung <personal@elbwerk-versicherung.example>",
            "Alle Mitarbeitenden <alle@elbwerk-versicherung.example>",
            "Interne Stellenausschreibung: Underwriter Heilwesen-Haftpflicht (m/w/d)",
            "2026-05-06 09:00", "<k008.job.heilwesen@elbwerk-versicherung.example>")
    text(m, """\
Liebe Kolleginnen und Kollegen,

für unser Team Underwriting Heilwesen suchen wir zum nächstmöglichen Zeitpunkt
eine/n Underwriter Heilwesen-Haftpflicht (m/w/d), Vollzeit oder Teilzeit (ab 30 Std.).

Ihre Aufgaben
- Zeichnung von Berufshaftpflichtrisiken für niedergelassene Ärztinnen und Ärzte,
  Zahnarztpraxen, MVZ, Pflegedienste, Hebammen und Physiotherapiepraxen
- Prüfung von Krankenhaus- und Klinikrisiken gemeinsam mit der Risikotechnik
- Bewertung von Vorschäden (Behandlungsfehler, Aufklärungsfehler, Befunderhebungsfehler)
- Abstimmung mit der Rückversicherung bei Großrisiken

Ihr Profil
- Ausbildung Kaufmann/-frau für Versicherungen und Finanzanlagen oder Studium
- idealerweise Erfahrung in der Haftpflicht oder im Gesundheitswesen
- sichere Englischkenntnisse für die Arbeit mit Lloyd's-Brokern

Ansprechpartnerin ist Frau Ines Hollmann, Personalreferentin, Tel. -2109.
Bewerbungen bitte bis 29.05.2026 über das Intranet (Karriere > Interne Stellen).

Ihre Personalabteilung
""")
    return m


# --------------------------------------------------------------------- m009
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-reinsurer",
      "large-loss advice to reinsurer naming two injured employees with burn injuries and ICU stay")
def m009():
    m = new("Ole Rasmussen <ole.rasmussen@elbwerk-versicherung.example>",
            "Thomas Avery <t.avery@kingsbridge-re.example>",
            "Large loss advice – Stader Spezialchemie GmbH, explosion 02 June 2026",
            "2026-06-05 12:31", "<k009.llA26-014@elbwerk-versicherung.example>")
    text(m, """\
Dear Thomas,

as required under clause 9 of the casualty treaty we give notice of a potential
large loss:

Insured: Stader Spezialchemie GmbH, Stade (general and environmental liability,
our share 100 %; property is placed elsewhere)
Date of loss: 02 June 2026, approx. 06:40
Circumstances: explosion of a solvent recovery unit during restart after
maintenance. Fire brigade on site for 9 hours.

Bodily injury:
- Mr Dariusz Nowicki, contractor's fitter (employed by Rohrbau Küster GmbH),
  second- and third-degree burns to approx. 30 % of body surface, currently in
  the burns ICU of the Unfallkrankenhaus Boberg, induced coma
- Ms Helga Timmermann, shift supervisor of the insured, smoke inhalation and
  burns to both hands, discharged after 4 days

Third-party property damage to the neighbouring tank farm is being surveyed.

Initial reserve: EUR 3.2m (bodily injury EUR 1.9m, property EUR 0.9m, costs
EUR 0.4m). The claim against the insured will mainly come from the contractor's
employee through the statutory accident insurer's recourse.

We will update you once the expert report is available.

Best regards
Ole Rasmussen
""")
    return m


# --------------------------------------------------------------------- m010
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "fleet claim of a transport company naming the driver and plate, explicitly nobody hurt")
def m010():
    m = new("Tobias Klink <tobias.klink@elbwerk-versicherung.example>",
            "Felix Morgenroth <f.morgenroth@morgenroth-ib.example>",
            "Flotte Spedition Karstens – Schaden 26-FL-00871 (STD-KA 418)",
            "2026-01-27 15:06", "<k010.fl00871@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Morgenroth,

zum Schaden vom 22.01.2026 an der Zugmaschine STD-KA 418 (Sattelzug, Halter
Spedition Karstens GmbH & Co. KG):

Der Fahrer, Herr Mirko Stanić, ist laut Schadenanzeige auf dem Betriebshof in
Buxtehude beim Rangieren gegen eine Laderampe der Firma Lindemann Logistik
gefahren. Verletzt wurde niemand. Schaden an der Rampe ca. 11.500 EUR, am eigenen
Fahrzeug Kotflügel und Scheinwerfer rechts, Kostenvoranschlag 4.280 EUR.

Haftpflicht: Wir regulieren den Rampenschaden direkt mit Lindemann.
Kasko: SB 2.500 EUR je Schaden gemäß Flottenvertrag.

Können Sie bitte bei Herrn Karstens nachfragen, ob Herr Stanić eine
Fahrerunterweisung für das Rangieren an Rampen erhalten hat? Das ist der dritte
Rampenschaden seit Oktober, wir müssten sonst über die SB für Rangierschäden
reden.

Beste Grüße
Tobias Klink
Kraftfahrt Flotten
""")
    return m


# --------------------------------------------------------------------- m011
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: blank injury-claim form DOCX with placeholders for name, birth date and diagnosis")
def m011():
    m = new("Claudia Reuter <claudia.reuter@elbwerk-versicherung.example>",
            "Rainer Kessler <info@kessler-assekuranz.example>",
            "AW: Formular Personenschaden Betriebshaftpflicht",
            "2026-02-02 13:12", "<k011.form.ph@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Kessler,

anbei das aktuelle Formular "Schadenanzeige Personenschaden" für die
Betriebshaftpflicht, Stand 01/2026. Die grauen Felder sind Platzhalter und
werden vom Kunden ausgefüllt.

Bitte beachten: Das Formular nicht mit Arztberichten zusammen per normaler
E-Mail zurücksenden, sondern über das Maklerportal hochladen.

Freundliche Grüße
Claudia Reuter
Maklerbetreuung Nord

> Von: Rainer Kessler
> Gesendet: Montag, 2. Februar 2026 11:40
> Betreff: Formular Personenschaden Betriebshaftpflicht
>
> Moin Frau Reuter, haben Sie mir mal das aktuelle Formular für
> Personenschäden? Mein altes ist von 2019.
> Gruß R. Kessler
""")
    attach_bytes(m, docx([
        ("h", "Schadenanzeige Personenschaden – Betriebshaftpflicht"),
        "Versicherungsschein-Nr.: «Vertragsnummer»",
        "Versicherungsnehmer: «Firma / Name VN»",
        "Schadentag und Uhrzeit: «TT.MM.JJJJ hh:mm»    Schadenort: «Ort»",
        ("h", "Angaben zur verletzten Person"),
        ("t", [["Feld", "Eintrag"],
               ["Name, Vorname", "«Name Verletzte/r»"],
               ["Geburtsdatum", "«TT.MM.JJJJ»"],
               ["Anschrift", "«Straße, PLZ Ort»"],
               ["Art der Verletzung / Diagnose", "«Diagnose lt. Arzt»"],
               ["Behandelnder Arzt / Krankenhaus", "«Name, Anschrift»"],
               ["Krankenkasse", "«Kasse»"]]),
        ("h", "Schilderung des Hergangs"),
        "«Freitext – bitte so genau wie möglich, ggf. Skizze beifügen»",
        "Zeugen: «Name, Anschrift»",
        "Ich entbinde die behandelnden Ärzte von der Schweigepflicht: «Unterschrift Verletzte/r»",
        "Ort, Datum, Unterschrift Versicherungsnehmer: «…»",
    ]), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Schadenanzeige_Personenschaden_BHV_2026-01.docx")
    return m


# --------------------------------------------------------------------- m012
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "medical malpractice claim against an orthopaedic practice: named patient, postoperative infection, ICD code")
def m012():
    m = new("Dr. Jonas Wiebe <jonas.wiebe@elbwerk-versicherung.example>",
            "RA Dr. Constanze Riedel <riedel@riedel-partner-medizinrecht.example>",
            "Heilwesen-HV 8820-4417 Dr. Brandes / Anspruch Kühl – Mandatierung",
            "2026-05-19 10:05", "<k012.hw.8820-4417@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Frau Dr. Riedel,

wir bitten Sie, unseren Versicherungsnehmer Dr. med. Hauke Brandes (orthopädische
Privatpraxis, Lüneburg) gegen die Ansprüche von Frau Doris Kühl zu vertreten.

Sachverhalt nach unserem Kenntnisstand:
Frau Kühl (67) wurde am 14.10.2025 ambulant am linken Knie arthroskopiert
(Meniskusteilresektion). Am 5. postoperativen Tag stellte sie sich mit Fieber und
Gelenkerguss vor; Dr. Brandes punktierte und verordnete Cefuroxim oral. Erst
nach weiteren vier Tagen erfolgte die Einweisung ins Klinikum Lüneburg, dort
Diagnose eines Gelenkempyems (T84.5 / M00.96), zwei Spülungen, 17 Tage stationär.
Sie macht geltend, die Einweisung sei zu spät erfolgt; es bestehe eine dauerhafte
Bewegungseinschränkung.

Der Anwalt von Frau Kühl fordert 35.000 EUR Schmerzensgeld zzgl.
Haushaltsführungsschaden. Die Patientenakte und das MDK-Gutachten der
Krankenkasse stellen wir Ihnen über unseren Datenraum bereit.

Bitte prüfen Sie vor allem die Frage des Befunderhebungsfehlers.

Mit freundlichen Grüßen
Dr. Jonas Wiebe
Underwriting & Schaden Heilwesen
Elbwerk Versicherung AG
""")
    return m


# --------------------------------------------------------------------- m013
@mail("NORMAL", "en", "internal",
      "out-of-office auto-reply of an underwriter")
def m013():
    m = new("Miriam Okafor <miriam.okafor@elbwerk-versicherung.example>",
            "Jan-Hendrik Voss <jan-hendrik.voss@elbwerk-versicherung.example>",
            "Automatic reply: D&O renewals Q3",
            "2026-07-20 08:12", "<k013.oof.mo@elbwerk-versicherung.example>",
            headers=(("Auto-Submitted", "auto-replied"),))
    text(m, """\
Thank you for your message. I am out of the office until 3 August 2026 with
limited access to e-mail.

For urgent D&O and cyber matters please contact Jan-Hendrik Voss
(jan-hendrik.voss@elbwerk-versicherung.example, +49 40 3318-2231).

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 2. August 2026
nicht im Büro.

Miriam Okafor
Financial Lines Underwriting
""")
    return m


# --------------------------------------------------------------------- m014
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "GP (natural person) as policyholder of practice contents insurance with SEPA mandate and IBAN; no health content")
def m014():
    m = new("Elbwerk Beitragsservice <beitragsservice@elbwerk-versicherung.example>",
            "Dr. med. Anke Vollmer <praxis@hausarzt-vollmer.example>",
            "Ihr Vertrag 3300-781-552 Praxis-Inhaltsversicherung – SEPA-Lastschrift",
            "2026-01-08 06:15", "<k014.sepa.3300781552@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Frau Dr. Vollmer,

vielen Dank für die Erteilung des SEPA-Lastschriftmandats zu Ihrer
Praxis-Inhaltsversicherung (Hausarztpraxis, Am Markt 7, 25421 Pinneberg).

Mandatsreferenz: EW3300781552-01
Gläubiger-ID: DE77ZZZ00000912345
Kontoinhaberin: Anke Vollmer
IBAN: DE87 2105 0170 0671 3601 35
Fälligkeit: jährlich zum 01.02., erstmals 01.02.2026
Betrag: 873,46 EUR (inkl. 19 % Versicherungsteuer)

Versichert sind Praxiseinrichtung und medizinisch-technische Geräte (u.a.
Ultraschallgerät, EKG, Spirometer) zum Neuwert von 185.000 EUR sowie
Ertragsausfall nach Sachschaden bis 12 Monate.

Mit freundlichen Grüßen
Ihr Elbwerk Beitragsservice

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Adresse.
""")
    return m


# --------------------------------------------------------------------- m015
@mail("NORMAL", "de", "internal",
      "trap: underwriting committee minutes on a clinic building, a care-home operator and a pharma risk, companies only")
def m015():
    m = new("Nadine Grote <nadine.grote@elbwerk-versicherung.example>",
            "Zeichnungsausschuss <zeichnungsausschuss@elbwerk-versicherung.example>",
            "Protokoll Zeichnungsausschuss 07/2026",
            "2026-07-16 16:40", "<k015.za07@elbwerk-versicherung.example>")
    text(m, """\
Protokoll der Sitzung des Zeichnungsausschusses vom 15.07.2026
Teilnehmende: Dr. Wiebe, Albers, Voss, Rasmussen, Haack (Risikotechnik), Grote (Protokoll)

TOP 1 – Klinikum Am Deich gGmbH, Neubau OP-Zentrum (Bauleistung + Montage)
Bausumme 48 Mio. EUR, Bauzeit 30 Monate, 6 OP-Säle, Intensivstation mit 24 Betten,
MRT und zwei Linearbeschleuniger für die Strahlentherapie. Risikotechnik sieht
Kumul bei Inbetriebnahme der Medizintechnik. Beschluss: Zeichnung mit 40 %
Führungsanteil, Mitversicherer bis 60 % suchen; SB 50.000 EUR für Medizintechnik.

TOP 2 – Pflegeheimbetreiber Lebensabend Nord GmbH, Betriebshaftpflicht
14 Einrichtungen, 1.260 Pflegeplätze. Schadenverlauf 5 Jahre: 23 Personenschäden
(überwiegend Stürze von Bewohnern), Schadenquote 84 %. Beschluss: Verlängerung nur
mit Sturzprävention-Audit und Beitragserhöhung 18 %.

TOP 3 – Nordpharm Arzneimittel GmbH, Produkthaftpflicht inkl. Pharma-Haftung nach AMG
Antrag auf Erhöhung der Deckung auf 120 Mio. EUR (Insulinpens, Generika Onkologie).
Beschluss: zurückgestellt bis Vorlage des Rückrufkonzepts.

TOP 4 – Verschiedenes
Nächste Sitzung: 19.08.2026.

gez. Grote
""")
    return m


# --------------------------------------------------------------------- m016
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "D&O: criminal investigation against a named managing director for delayed insolvency filing")
def m016():
    m = new("Jan-Hendrik Voss <jan-hendrik.voss@elbwerk-versicherung.example>",
            "Felix Morgenroth <f.morgenroth@morgenroth-ib.example>",
            "D&O 5100-233-019 Nordmetall Profiltechnik GmbH i.L. – Kostenzusage Strafverteidigung",
            "2026-06-23 11:55", "<k016.do.5100233019@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrter Herr Morgenroth,

wir bestätigen den Eingang Ihrer Meldung vom 18.06.2026.

Nach dem Schreiben der Staatsanwaltschaft Hamburg (Az. 5501 Js 1182/26) ist gegen
den früheren Geschäftsführer, Herrn Karl-Heinz Mevissen, ein Ermittlungsverfahren
wegen des Verdachts der Insolvenzverschleppung (§ 15a InsO) und des Vorenthaltens
von Arbeitsentgelt (§ 266a StGB) eingeleitet worden. Am 11.06.2026 fand eine
Durchsuchung seiner Privatwohnung in Wedel statt.

Im Rahmen des Strafrechtsschutz-Bausteins (Ziffer A-6 der Bedingungen) erteilen wir
eine Kostenzusage für die Verteidigung durch RA Dr. Hollerbach bis zunächst
25.000 EUR, Stundensatz maximal 350 EUR. Die Zusage steht unter dem Vorbehalt,
dass keine vorsätzliche Pflichtverletzung rechtskräftig festgestellt wird; in
diesem Fall sind die Kosten zurückzuzahlen.

Bitte leiten Sie uns die Ermittlungsakte weiter, sobald Akteneinsicht gewährt wurde.

Mit freundlichen Grüßen
Jan-Hendrik Voss
Financial Lines
""")
    return m


# --------------------------------------------------------------------- m017
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "hail claim of a named farmer (natural person) with field plots, payout amount and IBAN")
def m017():
    m = new("Henning Stöver <henning.stoever@elbwerk-versicherung.example>",
            "Hinrich Tammen <tammen.hof@landpost.example>",
            "Hagelschaden 26-AG-01144 – Abrechnung",
            "2026-07-02 09:21", "<k017.hagel01144@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrter Herr Tammen,

die Abschätzung Ihrer Winterweizen- und Rapsflächen nach dem Hagelunwetter vom
14.06.2026 ist abgeschlossen. Unser Sachverständiger Herr Lohmöller hat folgende
Schäden festgestellt:

Gemarkung Wanna, Flur 3, Flurstück 112/4: Winterweizen 18,4 ha, Schaden 34 %
Gemarkung Wanna, Flur 3, Flurstück 118: Raps 9,2 ha, Schaden 21 %
Gemarkung Ihlienworth, Flur 7, Flurstück 40: Winterweizen 12,0 ha, Schaden 12 %

Entschädigung nach Abzug des Selbstbehalts (8 %): 21.748,60 EUR

Die Zahlung geht in den nächsten Tagen auf Ihr bei uns hinterlegtes Konto
DE72 2305 0101 4266 8291 97 (Sparkasse). Bitte prüfen Sie die Bankverbindung,
da Sie im Frühjahr einen Kontowechsel angekündigt hatten.

Mit freundlichen Grüßen
Henning Stöver
Agrar-Schaden
Elbwerk Versicherung AG
""")
    return m


# --------------------------------------------------------------------- m018
@mail("NORMAL", "en", "internal",
      "trap: forwarded D&O market newsletter about criminal proceedings against directors, generic")
def m018():
    m = new("Jan-Hendrik Voss <jan-hendrik.voss@elbwerk-versicherung.example>",
            "Financial Lines Team <financial-lines@elbwerk-versicherung.example>",
            "FW: D&O Market Pulse – Q2 2026",
            "2026-07-07 08:44", "<k018.fwd.dopulse@elbwerk-versicherung.example>")
    text(m, """\
FYI – section 3 is relevant for our Side A pricing discussion.

JH

---------- Forwarded message ----------
From: Harcourt Lane Insights <insights@harcourtlane.example>
Date: Mon, 6 Jul 2026 17:02 +0100
Subject: D&O Market Pulse – Q2 2026

1. Rates
Primary D&O rates in Germany were flat to -5 % in Q2; excess layers saw
continued softening. Capacity remains abundant outside of listed life sciences.

2. Insolvency-driven claims
Claims under section 15b InsO (payments after insolvency maturity) remain the
largest source of D&O losses for German mid-caps. Average defence costs per
matter rose to EUR 410k.

3. Criminal proceedings against directors
Investigations for tax evasion, embezzlement and breach of trust (section 266
StGB) are increasingly opened alongside civil claims. Insurers report that 31 %
of D&O notifications in 2025 involved a parallel criminal investigation, up from
19 % in 2021. Cost advancement clauses and the definition of "final
adjudication" deserve attention at renewal.

4. Cyber and D&O
Boards face scrutiny after ransomware events; NIS2 implementation adds personal
liability for management bodies.

You receive this briefing as a client of Harcourt Lane Ltd, Lloyd's broker.
""")
    return m


# --------------------------------------------------------------------- m019
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "risk survey note: sole-trader master baker only partly working since his stroke, succession unclear")
def m019():
    m = new("Friederike Haack <friederike.haack@elbwerk-versicherung.example>",
            "Katrin Albers <katrin.albers@elbwerk-versicherung.example>",
            "Besichtigung Bäckerei Gerdes, Buxtehude – Kurznotiz",
            "2026-03-18 18:02", "<k019.rt.gerdes@elbwerk-versicherung.example>")
    text(m, """\
Hallo Katrin,

war heute in Buxtehude bei der Bäckerei Gerdes (Einzelunternehmen, Inhaber
Bäckermeister Wilfried Gerdes). Kurz vorab, Bericht folgt:

- Backstube: Etagenöfen gasbefeuert, Abluft zuletzt 2023 gereinigt -> Auflage
- Fettbackgerät ohne Löschdecke, kein Fettbrandlöscher -> Auflage
- Lager Mehl: Staubexplosionsschutz okay
- Elektro: E-Check fehlt seit 2022

Was mich mehr beschäftigt: Herr Gerdes hatte im Herbst einen Schlaganfall, ist
rechtsseitig noch eingeschränkt und steht nur noch stundenweise in der Backstube.
Den Betrieb führt faktisch die Tochter, die aber (noch) keine Meisterin ist. Er
sprach selbst davon, dass er "vielleicht noch zwei Jahre" macht.

Für die Ertragsausfall-Deckung ist das relevant, weil bei Ausfall des Inhabers
niemand die Backstube verantwortlich führen kann. Würde ich beim Underwriting ansprechen.

Gruß
Friederike
""", cte="8bit", flowed=True)
    return m


# --------------------------------------------------------------------- m020
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for first-aid kits, burn dressings and AED pads for the insurer's offices")
def m020():
    m = new("Einkauf <einkauf@elbwerk-versicherung.example>",
            "Vertrieb <bestellung@medisafe-betriebsbedarf.example>",
            "Bestellung 4500018832 – Erste-Hilfe-Material Standorte Hamburg/Hannover",
            "2026-02-24 10:30", "<k020.po4500018832@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag RV-2024-07:

Pos. Art.-Nr.   Bezeichnung                                   Menge  EP netto
10   EH-13157   Verbandkasten DIN 13157, Wandhalterung          14    38,90
20   EH-13169   Verbandkasten DIN 13169 (groß)                   3    64,50
30   BW-0450    Brandwunden-Verbandtuch 40x60 cm                20     6,20
40   AED-P2     AED-Elektroden Erwachsene, passend Lifepak CR2    6    54,00
50   AED-PK     AED-Elektroden Kinder                            2    59,00
60   AUG-500    Augenspülflasche 500 ml                          8     7,40
70   HDS-100    Händedesinfektion 100 ml                        60     2,15

Lieferung bitte aufgeteilt:
- Pos. 10, 30, 40, 60, 70 (Hälfte): Kehrwieder-Allee 12, 20457 Hamburg, Warenannahme UG
- Pos. 20, 50, 70 (Hälfte): Aegidientorplatz 3, 30159 Hannover

Rechnung bitte mit Bestellnummer an rechnungseingang@elbwerk-versicherung.example.

Mit freundlichen Grüßen
Stefanie Brodersen
Einkauf / Facility Management
Elbwerk Versicherung AG
""")
    return m


# --------------------------------------------------------------------- m021
@mail("CONFIDENTIAL", "mixed", "insurer-to-broker",
      "D&O submission review naming board members with roles, ages and service contracts; no health or criminal content")
def m021():
    m = new("Miriam Okafor <miriam.okafor@elbwerk-versicherung.example>",
            "James Whitcombe <james.whitcombe@harcourtlane.example>",
            "Vortex Medtech AG – D&O primary EUR 15m – our questions",
            "2026-10-06 14:50", "<k021.vortex.do@elbwerk-versicherung.example>",
            cc="Jan-Hendrik Voss <jan-hendrik.voss@elbwerk-versicherung.example>")
    text(m, """\
Dear James,

thank you for the submission for Vortex Medtech AG (Kiel). Before we quote the
primary layer we need clarification on the management board:

- Dr. Lukas Henningsen (CEO, 52), contract until 2029 – fine.
- Ms Franziska Oberdorf (CFO, 44), joined 01.04.2026 from Baltic Diagnostics
  AG. Please confirm she is not named in the pending securities claim against
  Baltic Diagnostics, where she was Head of Investor Relations.
- Mr Pieter de Vries (COO, 58), according to the Handelsregister also managing
  director of two subsidiaries in NL – are those entities to be insured as
  outside directorships?

Supervisory board: Prof. Dr. Ute Kammerer (chair), Dr. Reinhold Abt,
Sina Marquardt (employee representative).

Auf Deutsch für die Akte: Der Vorstand erhält laut Geschäftsbericht eine
Festvergütung von zusammen 1,9 Mio. EUR; die variable Vergütung hängt an der
FDA-Zulassung des Katheter-Systems. Wir brauchen das D&O-Questionnaire mit
Unterschrift von Frau Oberdorf.

Kind regards / Viele Grüße
Miriam Okafor
""")
    return m


# --------------------------------------------------------------------- m022
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "hard: named new employees added to a group accident contract with start dates, no medical word")
def m022():
    m = new("Kollektiv Unfall Bestand <kollektiv-bestand@elbwerk-versicherung.example>",
            "Svenja Kruse <s.kruse@brandt-oltmanns.example>",
            "Nachmeldung zur Gruppenunfallversicherung 4471-0028",
            "2026-05-04 09:37", "<k022.gu.nachmeldung@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Frau Kruse,

wir haben die Nachmeldung der Holzbau Petersen GmbH zur namentlichen
Gruppenunfallversicherung 4471-0028 verarbeitet:

Herr Jannik Oelkers, Zimmerer, versichert ab 01.05.2026, Gefahrengruppe B,
Invalidität 150.000 EUR / Progression 350 %, Unfallrente 1.000 EUR
Frau Merle Hinsch, Bürokauffrau, versichert ab 01.05.2026, Gefahrengruppe A,
Invalidität 100.000 EUR / Progression 225 %

Abgang: Herr Kevin Rudolph zum 30.04.2026 (Ende des Arbeitsverhältnisses).

Der anteilige Mehrbeitrag von 211,40 EUR wird mit der nächsten Beitragsrechnung
erhoben. Den aktualisierten Nachtrag finden Sie im Maklerportal.

Mit freundlichen Grüßen
Ihr Team Kollektiv Unfall
""")
    return m


# --------------------------------------------------------------------- m023
@mail("NORMAL", "de", "internal",
      "colleague absent this week without a reason, organisational only")
def m023():
    m = new("Katrin Albers <katrin.albers@elbwerk-versicherung.example>",
            "Team UW Sach/HV <uw-sach-hv@elbwerk-versicherung.example>",
            "Vertretung diese Woche",
            "2026-03-23 07:58", "<k023.vertretung@elbwerk-versicherung.example>")
    text(m, """\
Moin,

Frau Tietjen fällt diese Woche leider aus. Ihre Anfragen aus dem Postfach
Gewerbe-Nord übernehmen bis Freitag:

Mo/Di: Marco
Mi: ich
Do/Fr: Leonie

Der Termin mit Brandt & Oltmanns am Mittwoch bleibt, ich gehe hin.

Danke euch!
Katrin
""", charset="iso-8859-1", cte="quoted-printable")
    return m


# --------------------------------------------------------------------- m024
@mail("CONFIDENTIAL", "de", "broker",
      "broker text forwarded: sole-trader joiner's machinery breakdown with his name and policy number, nobody injured")
def m024():
    m = new("Dirk Pahl <dirk.pahl@elbwerk-versicherung.example>",
            "Schaden Technik <schaden-technik@elbwerk-versicherung.example>",
            "WG: Maschinenbruch Formatkreissäge – Tischlerei Olsen, Vertrag 6200-114-870",
            "2026-02-17 12:09", "<k024.wg.olsen@elbwerk-versicherung.example>")
    text(m, """\
Bitte anlegen und Gutachter Technik beauftragen. Danke, Dirk

-----Ursprüngliche Nachricht-----
Von: Rainer Kessler <info@kessler-assekuranz.example>
Gesendet: Dienstag, 17. Februar 2026 11:26
An: Schaden Gewerbe <schaden.gewerbe@elbwerk-versicherung.example>
Betreff: Maschinenbruch Formatkreissäge – Tischlerei Olsen

Sehr geehrte Damen und Herren,

mein Kunde Sven Olsen (Tischlerei Olsen, Einzelunternehmen, Dorfstraße 9,
21709 Himmelpforten) meldet einen Maschinenbruch:

Die Formatkreissäge Altendorf F45 (Bj. 2017) ist am 16.02. beim Besäumen mit einem
Lagerschaden im Sägeaggregat ausgefallen, Welle und Vorritzer beschädigt. Es ist
niemand zu Schaden gekommen, die Maschine hat sich selbst abgeschaltet.

Kostenvoranschlag Fa. Holzmaschinen Ruge: 6.940 EUR netto. Herr Olsen braucht die
Säge dringend für einen Küchenauftrag, kann er die Reparatur schon freigeben?

Versicherungsvertrag Maschinenversicherung 6200-114-870.

Mit freundlichen Grüßen
Rainer Kessler
Kessler Assekuranz e.K. – Ihr Versicherungsmakler in Lüneburg
""")
    return m


# --------------------------------------------------------------------- m025
@mail("NORMAL", "en", "insurer-to-mga",
      "trap: cyber binder guideline listing excluded classes (hospitals, labs, patient data processors), no person")
def m025():
    m = new("Jan-Hendrik Voss <jan-hendrik.voss@elbwerk-versicherung.example>",
            "Nils Jaspersen <nils.jaspersen@hafenkontor-uw.example>",
            "Cyber SME binder 2027 – updated underwriting guidelines",
            "2026-11-03 15:25", "<k025.cyber.binder27@elbwerk-versicherung.example>")
    text(m, """\
Hi Nils,

as discussed, these are the changes to the cyber SME binding authority for 2027.
The signed addendum will follow via DocuSign.

Eligible: companies and freelancers domiciled in Germany, turnover up to EUR 25m,
limit up to EUR 2m.

Referral (no binding without our written approval):
- medical practices and MVZ with more than 10 physicians
- pharmacies with online mail-order business
- tax advisers and law firms with more than 30 professionals

Excluded classes:
- hospitals, clinics, rehabilitation centres and care homes
- medical laboratories and radiology networks
- any insured processing health data of more than 100,000 data subjects
  (e.g. health apps, telemedicine platforms, billing centres for physicians)
- payment processors, crypto exchanges, critical infrastructure operators

Minimum security requirements stay unchanged (MFA for remote access and e-mail,
offline backups tested at least twice a year, EDR on all endpoints).

Commission remains at 22.5 %, profit commission as per schedule 4.

Best
Jan-Hendrik
""")
    return m


# --------------------------------------------------------------------- m026
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "key-person life cover for a named CEO with medical underwriting results (blood pressure, HbA1c, rating)")
def m026():
    m = new("Aylin Demir <aylin.demir@elbwerk-versicherung.example>",
            "Priya Raman <priya.raman@harcourtlane.example>",
            "Key person cover Lindqvist Software GmbH – underwriting decision",
            "2026-04-14 15:33", "<k026.keyman.lindqvist@elbwerk-versicherung.example>")
    text(m, """\
Dear Priya,

our medical underwriting for the key person term life cover (EUR 2.5m, 10 years)
on Mr Erik Lindqvist, managing director of Lindqvist Software GmbH, is complete.

Findings from the examination at Dr. Schuhmacher on 2 April:
- blood pressure 158/96 (repeat 152/94), currently no medication
- BMI 31.8
- HbA1c 6.2 % (pre-diabetic range), fasting glucose 118 mg/dl
- resting ECG unremarkable, smoker until 2019

Decision: acceptance with an extra premium of +75 %, reviewable after 24 months
if blood pressure is treated and HbA1c stays below 6.0 %. Annual premium
EUR 9,860 instead of EUR 5,630. The company remains policyholder and
beneficiary.

Please note that the GP report dated 27 March mentions an echocardiography
recommendation; if this has been done we would like to see the result, it may
improve the rating.

Kind regards
Aylin Demir
Group Life & Health Underwriting
Elbwerk Versicherung AG
""")
    return m


# --------------------------------------------------------------------- m027
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: certificate of insurance for a GmbH with policy number and sums, no natural person of the policyholder")
def m027():
    m = new("Katrin Albers <katrin.albers@elbwerk-versicherung.example>",
            "Torben Oltmanns <t.oltmanns@brandt-oltmanns.example>",
            "Versicherungsbestätigung Kältetechnik Nord GmbH für Ausschreibung",
            "2026-03-26 11:18", "<k027.vb.kaeltenord@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Oltmanns,

für die Ausschreibung des Universitätsklinikums bestätigen wir Folgendes, gern
können Sie den Text 1:1 weitergeben:

"Die Kältetechnik Nord GmbH, Billstraße 88, 20539 Hamburg, unterhält bei der
Elbwerk Versicherung AG unter der Vertragsnummer 7730-402-118 eine Betriebs- und
Umwelthaftpflichtversicherung. Deckungssummen: 10 Mio. EUR pauschal für Personen-
und Sachschäden, 1 Mio. EUR für Vermögensschäden, zweifach maximiert pro
Versicherungsjahr. Mitversichert sind Tätigkeitsschäden an Kälte- und
Klimaanlagen in Krankenhäusern, Laboren und Rechenzentren. Der Vertrag läuft bis
01.01.2027 und verlängert sich jeweils um ein Jahr. Die Prämie für das laufende
Versicherungsjahr ist bezahlt."

Eine unterschriebene PDF-Fassung stelle ich Ihnen ins Portal.

Viele Grüße
Katrin Albers
""")
    return m


# --------------------------------------------------------------------- m028
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "sole-trader hairdresser named with turnover and profit for business-interruption quote; no health content")
def m028():
    m = new("Katrin Albers <katrin.albers@elbwerk-versicherung.example>",
            "Rainer Kessler <info@kessler-assekuranz.example>",
            "Angebot Inhalt + Ertragsausfall Haarwerk Kowalski",
            "2026-02-05 16:04", "<k028.haarwerk@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Kessler,

für Frau Nina Kowalski (Haarwerk Nina Kowalski, Am Sande 21, 21335 Lüneburg)
haben wir das Angebot fertig:

Inhaltsversicherung (Feuer, Einbruchdiebstahl, Leitungswasser, Sturm/Hagel,
Elementar), Versicherungssumme 68.000 EUR
Ertragsausfall nach Sachschaden, Haftzeit 12 Monate

Zugrunde gelegt haben wir die eingereichte EÜR 2025:
Umsatz 214.300 EUR, Wareneinsatz 31.900 EUR, Personalkosten (2 Angestellte,
1 Azubi) 96.400 EUR, Gewinn 41.250 EUR.
Versicherter Betriebsgewinn + fortlaufende Kosten: 162.000 EUR

Jahresbeitrag 688,20 EUR inkl. VersSt.

Den Baustein "Betriebsschließung/Ausfall der Inhaberin" bieten wir separat an,
dafür bräuchten wir aber den Gesundheitsfragebogen von Frau Kowalski.

Viele Grüße
Katrin Albers
""")
    return m


# --------------------------------------------------------------------- m029
@mail("NORMAL", "en", "internal",
      "trap: phishing-awareness training with fictitious Max Mustermann and the published example IBAN")
def m029():
    m = new("IT Security <it-security@elbwerk-versicherung.example>",
            "All staff <alle@elbwerk-versicherung.example>",
            "Security awareness: spot the fake 'change of bank details' mail",
            "2026-06-10 10:00", "<k029.sec.awareness@elbwerk-versicherung.example>")
    text(m, """\
Dear colleagues,

this month's awareness example (all names fictitious). Fraudsters impersonate a
broker and ask us to change the bank account for claim payments:

  From: "Max Mustermann" <m.mustermann@makler-musterrnann.example>
  Subject: Neue Bankverbindung für Schadenzahlungen
  "Bitte überweisen Sie ab sofort alle Schadenzahlungen für meine Kunden auf
   IBAN DE89 3704 0044 0532 0130 00 (Musterbank). Dringend, Kunde wartet!"

Red flags:
1. Look-alike domain ("musterrnann" with rn instead of m)
2. Urgency and pressure
3. A bank change requested by e-mail only; we require the signed form
4. The IBAN above is the well-known example IBAN from banking documentation

What to do: never change payment details on the basis of an e-mail. Forward
suspicious mails with the button "Report phishing" in Outlook.

Your IT Security team
""")
    return m


# --------------------------------------------------------------------- m030
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "fleet recourse: named employee driver with a penal order for drunk driving (criminal conviction)")
def m030():
    m = new("Tobias Klink <tobias.klink@elbwerk-versicherung.example>",
            "Regress Kraftfahrt <regress-kf@elbwerk-versicherung.example>",
            "Regressprüfung 26-FL-01390 – Trunkenheitsfahrt",
            "2026-05-28 13:47", "<k030.regress01390@elbwerk-versicherung.example>")
    text(m, """\
Hallo Regress-Team,

bitte Regressprüfung gegen den Fahrer im Schaden 26-FL-01390
(Flottenvertrag Gebäudereinigung Blank & Sauber GmbH, Fahrzeug HH-BS 2207).

Der Mitarbeiter, Herr Patrick Lemke, hat am 14.03.2026 gegen 23:30 Uhr mit dem
Firmenwagen in Hamburg-Billstedt zwei geparkte Pkw beschädigt. Laut beigezogener
Ermittlungsakte lag die BAK bei 1,68 Promille. Das Amtsgericht Hamburg-St. Georg
hat am 07.05.2026 einen Strafbefehl erlassen (§ 316 StGB, 60 Tagessätze,
Entziehung der Fahrerlaubnis, Sperrfrist 11 Monate); der Strafbefehl ist
rechtskräftig.

Haftpflichtzahlungen bisher: 14.870 EUR. Regress gegen den Fahrer nach D.2.1 AKB
bis 5.000 EUR; die Firma hatte von der Fahrt nach eigener Aussage nichts gewusst
(Privatfahrt nach Dienstschluss).

Akte ist im System freigegeben.

Gruß
Tobias
""", cte="8bit")
    return m


# --------------------------------------------------------------------- m031
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "IT freelancer (natural person) renewal with home address, declared revenue, premium and date of birth")
def m031():
    m = new("Hafenkontor Service for Elbwerk <service@elbwerk-versicherung.example>",
            "Tomasz Wierzbicki <tomasz@wierzbicki-dev.example>",
            "Your professional indemnity policy HK-PI-25-0140 – renewal 2027",
            "2026-11-16 08:00", "<k031.renewal.hkpi250140@elbwerk-versicherung.example>")
    text(m, """\
Dear Mr Wierzbicki,

your professional indemnity and cyber policy for IT freelancers is due for
renewal on 1 January 2027. Based on the data we hold:

Policyholder: Tomasz Wierzbicki, born 22/06/1988
Address: Schanzenstraße 117, 20357 Hamburg
Activity: backend development, cloud migration (AWS), no medical software
Declared revenue 2026: EUR 182,000
Limit: EUR 1,000,000 per claim, twice per year
Premium 2027: EUR 1,295.00 net (2026: EUR 1,240.00)

If your revenue for 2026 will exceed EUR 250,000 or your activity has changed,
please let us know by 15 December, otherwise the policy renews automatically.

Kind regards
Elbwerk Versicherung AG, in cooperation with Hafenkontor Underwriting GmbH
""")
    return m


# --------------------------------------------------------------------- m032
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: order for certified shredding of old claim files 'incl. medical reports', no content")
def m032():
    m = new("Facility Management <facility@elbwerk-versicherung.example>",
            "Disposition <dispo@aktensicher-nord.example>",
            "Auftrag Aktenvernichtung Schutzklasse 3 – Archiv UG",
            "2026-08-03 09:12", "<k032.shred.0803@elbwerk-versicherung.example>")
    text(m, """\
Guten Tag,

wir beauftragen die Vernichtung von Archivbeständen gemäß Rahmenvertrag:

- ca. 240 Archivkartons Schadenakten Gewerbe und Kollektiv-Unfall der Jahrgänge
  2011–2015 (Aufbewahrungsfrist abgelaufen), enthalten u.a. Arztberichte,
  Gutachten und Lohnunterlagen
- Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399
- Abholung in verschlossenen Behältern, Vernichtungsnachweis mit Protokoll

Termin: Dienstag, 18.08.2026 ab 7:00 Uhr, Zufahrt über Tor 2.
Ansprechpartner vor Ort: Hausmeister Herr Kruse, Tel. -1100.

Mit freundlichen Grüßen
Facility Management
Elbwerk Versicherung AG
""")
    return m


# --------------------------------------------------------------------- m033
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "tax adviser's professional liability claim exposing a named client's tax affairs and voluntary disclosure (§ 203 secrets)")
def m033():
    m = new("Dirk Pahl <dirk.pahl@elbwerk-versicherung.example>",
            "Felix Morgenroth <f.morgenroth@morgenroth-ib.example>",
            "VSH 9140-006-231 StB Hamann – Schadenfall Mandant Brettschneider",
            "2026-09-09 10:26", "<k033.vsh.hamann@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrter Herr Morgenroth,

zum Schadenfall Ihres Kunden, Steuerberater Dipl.-Kfm. Rüdiger Hamann (Einzelkanzlei,
Uelzen), haben wir die Unterlagen gesichtet.

Der Mandant, Herr Olaf Brettschneider (Autohändler), hatte Herrn Hamann im Juni
2025 mitgeteilt, dass in den Jahren 2019–2021 Provisionen aus Gebrauchtwagenexporten
von rund 240.000 EUR nicht erklärt wurden. Herr Hamann hat daraufhin eine
Selbstanzeige nach § 371 AO vorbereitet, diese aber erst nach Bekanntgabe der
Prüfungsanordnung des Finanzamts Lüneburg eingereicht. Die Selbstanzeige ist damit
gesperrt; gegen Herrn Brettschneider läuft ein Steuerstrafverfahren.

Herr Brettschneider verlangt von Herrn Hamann Ersatz der Hinterziehungszinsen
(ca. 38.000 EUR), der Strafverteidigerkosten und einer erwarteten Geldauflage.

Unsere vorläufige Einschätzung: Fristversäumnis liegt vor; eine Geldstrafe oder
Geldauflage ist aber nicht ersatzfähig. Wir bitten um Übersendung der Handakte
(nur über das Portal) und der Korrespondenz mit dem Mandanten.

Mit freundlichen Grüßen
Dirk Pahl
Schaden Vermögensschadenhaftpflicht
""")
    return m


# --------------------------------------------------------------------- m034
@mail("NORMAL", "de", "newsletter",
      "trap: HTML-only client newsletter for medical practices on cyber attacks and patient data, generic")
def m034():
    m = new("Elbwerk Kundenmagazin <magazin@elbwerk-versicherung.example>",
            "Praxiskunden <praxiskunden@lists.elbwerk-versicherung.example>",
            "Praxis aktuell 3/2026: Wenn die Praxis-IT verschlüsselt ist",
            "2026-09-22 06:45", "<k034.praxisaktuell.0326@lists.elbwerk-versicherung.example>")
    text(m, """\
<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:13px">
<h1 style="color:#00507a">Praxis aktuell 3/2026</h1>
<h2>Wenn die Praxis-IT verschl&uuml;sselt ist</h2>
<p>Arztpraxen geh&ouml;ren zu den h&auml;ufigsten Zielen von Ransomware. Patientendaten,
Befunde und Abrechnungsdaten sind f&uuml;r Erpresser besonders wertvoll, und ohne
Praxisverwaltungssystem steht der Betrieb oft tagelang still.</p>
<h3>Die f&uuml;nf wichtigsten Schutzma&szlig;nahmen</h3>
<ol>
<li>Zwei-Faktor-Anmeldung f&uuml;r Fernwartung und E-Mail</li>
<li>Offline-Backup des Praxisverwaltungssystems, Wiederherstellung regelm&auml;&szlig;ig testen</li>
<li>Updates f&uuml;r Konnektor, Kartenterminals und Ger&auml;te (z.B. Ultraschall, R&ouml;ntgen) einspielen</li>
<li>Keine privaten E-Mails am Empfangstresen</li>
<li>Notfallplan: Wer informiert Patientinnen und Patienten, wer die Datenschutzbeh&ouml;rde (72 Stunden!)?</li>
</ol>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Leistung Cyber-Police Praxis</th><th>Basis</th><th>Komfort</th></tr>
<tr><td>Forensik und IT-Wiederherstellung</td><td>50.000 &euro;</td><td>250.000 &euro;</td></tr>
<tr><td>Betriebsunterbrechung</td><td>14 Tage</td><td>90 Tage</td></tr>
<tr><td>Benachrichtigung Betroffener</td><td>ja</td><td>ja</td></tr>
</table>
<p>Ihre Ansprechpartnerin: Ihre Maklerin oder Ihr Makler.</p>
<p style="font-size:10px;color:#888">Elbwerk Versicherung AG, Kehrwieder-Allee 12, 20457 Hamburg.
Abmelden: <a href="https://www.elbwerk-versicherung.example/abmelden">hier</a>.</p>
</body></html>
""", subtype="html")
    return m


# --------------------------------------------------------------------- m035
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "attachment-only: driver list of a care service's fleet with names, birth dates and licence data; no health content")
def m035():
    m = new("Tobias Klink <tobias.klink@elbwerk-versicherung.example>",
            "Svenja Kruse <s.kruse@brandt-oltmanns.example>",
            "Flotte Pflegedienst Lebenswert – Fahrerliste zur Prüfung",
            "2026-02-19 14:40", "<k035.fahrerliste.lw@elbwerk-versicherung.example>")
    text(m, """\
Hallo Frau Kruse,

anbei die Fahrerliste, wie wir sie vom Kunden erhalten haben, mit meinen
Anmerkungen in Spalte G. Bei zwei Fahrerinnen fehlt das Datum der
Führerscheinkontrolle; für den Fahrerschutz-Rabatt brauchen wir die halbjährliche
Kontrolle dokumentiert.

Die Kleinwagenflotte (23 Fahrzeuge) wird ab 01.04. auf den Tarif Sozialdienste
umgestellt, Beitragsvorschlag folgt.

Viele Grüße
Tobias Klink
""")
    attach_bytes(m, xlsx([
        ("Fahrer", [
            ["Name", "Vorname", "Geburtsdatum", "FS-Klasse", "FS seit", "letzte Kontrolle", "Anmerkung EW"],
            ["Yilmaz", "Derya", "1991-04-17", "B", "2009", "2026-01-12", ""],
            ["Hoffmann", "Claudia", "1968-10-02", "B, BE", "1986", "2026-01-12", ""],
            ["Schröder", "Bianca", "1984-07-29", "B", "2003", "", "Kontrolle fehlt"],
            ["Nguyen", "Thi Lan", "1995-12-05", "B", "2016", "2026-01-14", ""],
            ["Petersen", "Jörg", "1972-03-11", "B, C1", "1990", "2026-01-14", ""],
            ["Wolff", "Anna-Lena", "2001-08-23", "B", "2019", "", "Kontrolle fehlt; Fahranfängerin?"],
            ["Kaczmarek", "Piotr", "1979-05-30", "B", "1998", "2026-01-12", ""],
        ]),
    ]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Fahrerliste_Lebenswert_2026.xlsx")
    return m


# --------------------------------------------------------------------- m036
@mail("NORMAL", "en", "insurer-to-broker",
      "scheduling renewal meetings in London, business contacts only")
def m036():
    m = new("Ole Rasmussen <ole.rasmussen@elbwerk-versicherung.example>",
            "James Whitcombe <james.whitcombe@harcourtlane.example>",
            "London visit 24-25 Nov",
            "2026-10-28 17:22", "<k036.london.visit@elbwerk-versicherung.example>")
    text(m, """\
Hi James,

Miriam and I will be in London on 24 and 25 November. Could we have
- Tue 24th, 14:00: marine cargo facility review
- Wed 25th, 10:00: D&O/cyber lineslip renewal
at your Lime Street office? Happy to join the Lloyd's dinner on Tuesday evening
if the invitation still stands.

We are staying at the hotel on Great Tower Street, so any place in the City
works.

Cheers
Ole

Sent from my phone
""", cte="7bit", charset="us-ascii")
    return m


# --------------------------------------------------------------------- m037
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "freelance midwife's liability claim: birth complication with named mother and child's nerve injury")
def m037():
    m = new("Dr. Jonas Wiebe <jonas.wiebe@elbwerk-versicherung.example>",
            "Imke Steffens <hebamme.steffens@posteo-mail.example>",
            "Ihre Berufshaftpflicht 8820-5102 – Anspruchsschreiben Familie Rehder",
            "2026-08-12 11:40", "<k037.hebamme.rehder@elbwerk-versicherung.example>")
    text(m, """\
Liebe Frau Steffens,

wie telefonisch besprochen hat uns das Anspruchsschreiben der Kanzlei Lorenzen
im Namen von Frau Janina Rehder und ihrem Sohn Mats (geb. 03.11.2025) erreicht.

Vorgeworfen wird Ihnen, dass Sie bei der Hausgeburt am 03.11.2025 die
Schulterdystokie zu spät erkannt und die Verlegung in die Klinik nicht rechtzeitig
veranlasst hätten. Bei Mats wurde im Kinderkrankenhaus eine obere Plexusparese
rechts (Erb'sche Lähmung, P14.0) festgestellt; er ist seither in
physiotherapeutischer Behandlung, eine Nervenoperation wird erwogen.

Bitte schicken Sie uns:
- Ihre vollständige Geburtsdokumentation einschließlich Partogramm
- Ihre Stellungnahme zum zeitlichen Ablauf
- die Kontaktdaten der Zweithebamme

Bitte geben Sie gegenüber der Familie oder der Kanzlei keine Erklärungen zur
Haftung ab, das übernehmen wir. Wir haben Frau RA Dr. Riedel mit Ihrer
Vertretung beauftragt.

Herzliche Grüße
Dr. Jonas Wiebe
Schaden Heilwesen
""")
    return m


# --------------------------------------------------------------------- m038
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "only in the quote: farmer's new bank account for claim payments; reply says only 'erledigt'")
def m038():
    m = new("Henning Stöver <henning.stoever@elbwerk-versicherung.example>",
            "Hauke Thiessen <h.thiessen@agrar-assekuranz-nord.example>",
            "AW: Bankverbindung Hof Ahlers",
            "2026-05-12 08:17", "<k038.aw.ahlers.bank@elbwerk-versicherung.example>")
    text(m, """\
Danke, ist erledigt.

Gruß H. Stöver

> Am 11.05.2026 um 17:52 schrieb Hauke Thiessen <h.thiessen@agrar-assekuranz-nord.example>:
>
> Moin Herr Stöver,
>
> Gesa und Bernd Ahlers (Ahlers GbR, Milchviehbetrieb, Hauptstraße 4,
> 27616 Beverstedt) haben ihr Konto gewechselt. Bitte die Entschädigung aus dem
> Sturmschaden am Boxenlaufstall (Vertrag AAN-LW-0092) auf das neue Konto:
>
> Kontoinhaber: Bernd Ahlers
> IBAN DE94 2005 0550 7478 8098 90
>
> Das SEPA-Mandat für die Beiträge ändern wir gleich mit, das unterschriebene
> Formular kommt per Post.
>
> Gruß
> Hauke Thiessen
> Agrar Assekuranz Nord GmbH
""", cte="8bit")
    return m


# --------------------------------------------------------------------- m039
@mail("NORMAL", "de", "internal",
      "trap: anonymised training case of a roofer's fall (age, injuries, invalidity) with no name, firm or place")
def m039():
    m = new("Sabine Wendt <sabine.wendt@elbwerk-versicherung.example>",
            "Azubis 2025 <azubis@elbwerk-versicherung.example>",
            "Übungsfall Gruppenunfall für Donnerstag",
            "2026-04-27 15:10", "<k039.uebungsfall@elbwerk-versicherung.example>")
    text(m, """\
Hallo ihr Lieben,

für den Workshop am Donnerstag bitte diesen (anonymisierten und abgewandelten)
Fall vorbereiten:

Ein 48-jähriger Dachdecker stürzt bei Arbeiten an einem Flachdach durch eine
Lichtkuppel ca. 5 m tief. Diagnosen: Fersenbeinfraktur beidseits, Fraktur des
1. Lendenwirbelkörpers ohne neurologische Ausfälle. Nach 14 Monaten bleibt eine
Gangstörung; der Gutachter schätzt die Funktionsbeeinträchtigung beider Füße
auf je 2/7 Fußwert, die Wirbelsäule außerhalb der Gliedertaxe auf 10 %.

Fragen:
1. Wie hoch ist der Invaliditätsgrad nach den AUB 2020?
2. Welche Leistung ergibt sich bei 150.000 EUR Grundsumme und Progression 350 %?
3. Besteht Anspruch auf Unfallrente (ab 50 %)?
4. Was ändert sich, wenn ein Vorschaden am linken Fuß (1/10 Fußwert) bekannt ist?

Lösungen gibt es am Donnerstag. Taschenrechner mitbringen!

Sabine
""")
    return m


# --------------------------------------------------------------------- m040
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-mga",
      "farm accident: named farmer's wife injured on a quad bike, hospital stay and fractures")
def m040():
    m = new("Henning Stöver <henning.stoever@elbwerk-versicherung.example>",
            "Hauke Thiessen <h.thiessen@agrar-assekuranz-nord.example>",
            "Farm accident cover AAN-UF-0331 – claim Mrs Meyerhoff",
            "2026-10-19 13:55", "<k040.quad.meyerhoff@elbwerk-versicherung.example>",
            cc="Reinsurance desk <rueckversicherung@elbwerk-versicherung.example>")
    text(m, """\
Hello Hauke,

sorry for writing in English – I'm copying in our Danish reinsurance colleague who
reviews the farm accident facility.

Claim under the farm family accident cover AAN-UF-0331 (Meyerhoff, Hof Lindenhorst,
Hambergen): Mrs Karin Meyerhoff overturned with the quad bike on 9 October while
checking fences. She suffered a fractured pelvis and three broken ribs and was
treated at Klinikum Bremen-Ost for 11 days; she is now in inpatient rehab in
Bad Zwischenahn.

Benefits due now: hospital daily allowance (11 days x EUR 50), recovery
allowance EUR 1,500. The farm help allowance ("Betriebshilfe") is also covered –
please send the invoice of the machinery ring for the replacement worker.

Invalidity can only be assessed after rehab. Please ask the family for the
discharge letter and the rehab report.

Best regards
Henning
""")
    return m


# --------------------------------------------------------------------- m041
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: commission agreement with a broker GmbH including the firm's IBAN and register data (company bank data)")
def m041():
    m = new("Vertriebsverwaltung <vertriebsverwaltung@elbwerk-versicherung.example>",
            "Brandt & Oltmanns Versicherungsmakler GmbH <verwaltung@brandt-oltmanns.example>",
            "Courtagevereinbarung 2026 – Gegenzeichnung",
            "2026-01-14 12:00", "<k041.courtage.bo@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Damen und Herren,

anbei erhalten Sie die gegengezeichnete Courtagevereinbarung 2026 zurück.
Folgende Stammdaten haben wir hinterlegt:

Vermittler: Brandt & Oltmanns Versicherungsmakler GmbH
Registernummer: D-W3KQ-7T21A-58 (IHK Bremen)
Handelsregister: Amtsgericht Bremen HRB 31877
USt-IdNr.: entfällt (§ 4 Nr. 11 UStG)
Courtagekonto: Brandt & Oltmanns Versicherungsmakler GmbH
IBAN DE16 2406 0300 8913 0569 98

Courtagesätze Firmenkunden: Sach 17,5 %, Haftpflicht 15 %, Flotte 7,5 %,
Gruppenunfall 20 %, Financial Lines 15 %.
Abrechnung monatlich über die elektronische Vermittlerpost.

Mit freundlichen Grüßen
Vertriebsverwaltung
Elbwerk Versicherung AG
""")
    return m


# --------------------------------------------------------------------- m042
@mail("CONFIDENTIAL", "mixed", "insurer-to-coinsurer",
      "co-insurance loss advice for a bakery chain GmbH with named operations manager and mobile number")
def m042():
    m = new("Dirk Pahl <dirk.pahl@elbwerk-versicherung.example>",
            "Schaden Mitversicherung <mitversicherung@weserstrom-vers.example>",
            "Führungsmeldung / lead advice: Brandschaden Backhaus Jessen GmbH, 12.02.2026",
            "2026-02-13 10:45", "<k042.lead.jessen@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Damen und Herren, dear colleagues,

als führender Versicherer (Anteil 50 %, Weserstrom 30 %, Nordic Mutual 20 %) melden
wir einen Schaden zur Police 1100-880-417 (Feuer/BU):

Versicherungsnehmerin: Backhaus Jessen GmbH, Produktionsstätte Rendsburg
Schadentag: 12.02.2026, Brand in der Fritteuse der Berlinerstraße, Übergriff auf
Dachisolierung. Feuerwehr konnte Ausbreitung auf Lager verhindern.
Personenschäden: keine.

Erste Schätzung Gebäude 380.000 EUR, Technik 260.000 EUR, BU (ca. 6 Wochen
Produktionsausfall, Lohnfertigung bei Fremdbäckerei) 420.000 EUR.

Contact on site: Mr Bastian Groth, Betriebsleiter, mobile +49 171 5538204
(please coordinate any site visit through us).

Loss adjuster: Crawley & Partner Sachverständige, Hamburg.
Reserve 100 %: EUR 1.06m; your share will be advised with the first payment request.

Mit freundlichen Grüßen / kind regards
Dirk Pahl
""")
    return m


# --------------------------------------------------------------------- m043
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "employer-sponsored group health: named employee's psychotherapy invoice partly declined")
def m043():
    m = new("Elbwerk bKV-Leistungsservice <bkv-leistung@elbwerk-versicherung.example>",
            "Jonas Petersen <jonas.petersen@mail-nord.example>",
            "Ihre Einreichung vom 02.06.2026 – Gruppenvertrag Lindqvist Software GmbH",
            "2026-06-09 07:05", "<k043.bkv.petersen@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrter Herr Petersen,

vielen Dank für Ihre Einreichung über die App. Zu Ihrer betrieblichen
Krankenversicherung (Gruppenvertrag Ihres Arbeitgebers, Baustein Gesundheitsbudget
600 EUR/Jahr) haben wir wie folgt abgerechnet:

Rechnung Praxis für Psychotherapie Dipl.-Psych. Annika Horn, 4 Sitzungen
probatorisch (GOP 870), 18.04.–23.05.2026: 402,16 EUR
erstattet: 0,00 EUR

Heilpraktikerrechnung Osteopathie, 2 Behandlungen: 180,00 EUR
erstattet: 180,00 EUR

Begründung: Psychotherapie ist im Gesundheitsbudget nicht versichert; erstattungsfähig
sind Vorsorge, Sehhilfen, Heilpraktiker und Zahnprophylaxe. Bitte reichen Sie die
Psychotherapierechnung bei Ihrer gesetzlichen Krankenkasse ein.

Ihr Arbeitgeber erhält über diese Abrechnung keine Informationen.

Freundliche Grüße
Ihr bKV-Leistungsservice
""")
    return m


# --------------------------------------------------------------------- m044
@mail("NORMAL", "en", "newsletter",
      "trap: reinsurer market newsletter on pandemic exclusions and hospitalisation rates, generic")
def m044():
    m = new("Ole Rasmussen <ole.rasmussen@elbwerk-versicherung.example>",
            "Reinsurance team <rueckversicherung@elbwerk-versicherung.example>",
            "FW: Baltic Re Outlook – Communicable disease in accident and health treaties",
            "2026-03-12 09:30", "<k044.fw.balticre.outlook@elbwerk-versicherung.example>")
    text(m, """\
For Thursday's treaty workshop. Ole

-----Original Message-----
From: Baltic Re Outlook <outlook@balticre.example>
Sent: Wednesday, March 11, 2026 4:15 PM
Subject: Communicable disease in accident and health treaties

Baltic Re Outlook – March 2026

Since 2020 most European accident and health treaties contain a communicable
disease exclusion with carve-backs. Our portfolio analysis (42 cedents, 2021–2025):

- Group accident: infection-related claims (e.g. tick-borne encephalitis,
  tetanus after injury) represent 0.7 % of incurred losses.
- Hospital cash covers: hospitalisation rates peaked at 9.1 per 1,000 insured in
  Q1/2021 and have normalised at 4.3 per 1,000.
- Group health (employer-sponsored): utilisation of vision and dental budgets rose
  by 14 %; mental-health benefits are the fastest-growing category.

Recommendation for 2027: keep the exclusion for event covers, remove it from
group accident per-risk treaties where the carve-back already covers infections
through injuries.

Baltic Re SE – this newsletter is intended for clients and partners.
""")
    return m


# --------------------------------------------------------------------- m045
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "cancellation after loss of a sole-trader painter's liability policy with his name and prior claims")
def m045():
    m = new("Schaden Gewerbe <schaden.gewerbe@elbwerk-versicherung.example>",
            "Serkan Kaya <info@malerbetrieb-kaya.example>",
            "Kündigung im Schadenfall – Betriebshaftpflicht 7730-559-204",
            "2026-06-30 14:00", "<k045.kuendigung.kaya@elbwerk-versicherung.example>",
            cc="Rainer Kessler <info@kessler-assekuranz.example>")
    text(m, """\
Sehr geehrter Herr Kaya,

nach Regulierung des Schadens vom 03.04.2026 (Farbschaden an der Fassade des
Objekts Vögelser Straße 12, Lüneburg, Zahlung 8.750 EUR) kündigen wir Ihre
Betriebshaftpflichtversicherung Malerbetrieb Serkan Kaya gemäß § 111 VVG und
Ziffer 19 AHB mit einer Frist von einem Monat zum 31.07.2026.

Hintergrund ist der Schadenverlauf seit Vertragsbeginn:
- 09/2023 Lackschaden an Pkw Kunde (1.240 EUR)
- 02/2024 Überstreichen eines Parketts (3.980 EUR)
- 11/2025 beschädigte Fenstergriffe/Dichtungen (610 EUR)
- 04/2026 Fassade (8.750 EUR)

Bitte sorgen Sie rechtzeitig für Anschlussversicherungsschutz; Ihr Makler
Herr Kessler ist in Kopie.

Mit freundlichen Grüßen
Elbwerk Versicherung AG
Schaden Gewerbe
""")
    return m


# --------------------------------------------------------------------- m046
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "attachment-only: list of named insured persons with birth dates in a group accident contract; body harmless")
def m046():
    m = new("Kollektiv Unfall Bestand <kollektiv-bestand@elbwerk-versicherung.example>",
            "Felix Morgenroth <f.morgenroth@morgenroth-ib.example>",
            "Vertrag 4471-0107 – Stand 01.07.2026",
            "2026-07-03 10:02", "<k046.gu4471-0107.liste@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrter Herr Morgenroth,

wie gewünscht erhalten Sie anbei den aktuellen Stand zum Vertrag 4471-0107
(Nordkran GmbH) für Ihre Jahresbesprechung mit dem Kunden.

Mit freundlichen Grüßen
Ihr Team Kollektiv Unfall
""")
    attach_bytes(m, xlsx([
        ("Personen", [
            ["Pers.-Nr.", "Name", "Vorname", "geb.", "Tätigkeit", "GG", "Invalidität EUR", "Progression", "Tod EUR"],
            [1001, "Behrens", "Gisela", "1970-02-14", "Kranführerin", "B", 150000, "350 %", 20000],
            [1002, "Carstens", "Uwe", "1966-09-30", "Monteur", "B", 150000, "350 %", 20000],
            [1004, "Dräger", "Malte", "1989-01-07", "Monteur", "B", 150000, "350 %", 20000],
            [1007, "Ekinci", "Murat", "1993-06-21", "Schlosser", "B", 150000, "350 %", 20000],
            [1009, "Fiedler", "Sandra", "1981-11-11", "Disponentin", "A", 100000, "225 %", 20000],
            [1012, "Gundlach", "Thomas", "1975-04-02", "Geschäftsführer", "A", 250000, "350 %", 50000],
            [1015, "Hansen", "Lukas", "2004-03-19", "Azubi Mechatronik", "B", 100000, "350 %", 10000],
        ]),
    ]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "GU_4471-0107_Personen_2026-07.xlsx")
    return m


# --------------------------------------------------------------------- m047
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: broker circular with the new limb-value table (Gliedertaxe) and progression table, no person")
def m047():
    m = new("Claudia Reuter <claudia.reuter@elbwerk-versicherung.example>",
            "Maklerverteiler Nord <makler-nord@lists.elbwerk-versicherung.example>",
            "Maklerinfo 07/2026: Neue Gliedertaxe Gruppenunfall ab 01.01.2027",
            "2026-09-01 10:00", "<k047.maklerinfo0726@lists.elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

ab 01.01.2027 gilt für alle neuen Gruppenunfallverträge (Tarif GU 2027) die
verbesserte Gliedertaxe. Bestandsverträge stellen wir zur Hauptfälligkeit
automatisch um (Besserstellung, kein Antrag nötig).

Gliedertaxe bei Verlust oder völliger Funktionsunfähigkeit   alt    neu
  Arm                                                         70 %   75 %
  Hand                                                        55 %   60 %
  Daumen                                                      20 %   25 %
  Zeigefinger                                                 10 %   15 %
  anderer Finger                                               5 %    8 %
  Bein über der Mitte des Oberschenkels                       70 %   75 %
  Fuß                                                         40 %   50 %
  Auge                                                        50 %   55 %
  Gehör auf einem Ohr                                         30 %   35 %
  Geruchssinn / Geschmackssinn                                10 %   10 %

Progression 350 %: ab 25 % Invalidität steigend, bei 100 % Invalidität
3,5-fache Grundsumme.

Fragen beantwortet Ihre Maklerbetreuung.

Mit freundlichen Grüßen
Claudia Reuter
Maklerbetreuung Nord
""")
    return m


# --------------------------------------------------------------------- m048
@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "fleet theft: named sales rep's company car with plate, VIN and police reference, no injury")
def m048():
    m = new("Tobias Klink <tobias.klink@elbwerk-versicherung.example>",
            "Priya Raman <priya.raman@harcourtlane.example>",
            "Fleet Vortex Medtech – theft of KI-VM 330E",
            "2026-11-24 09:48", "<k048.theft.kivm330e@elbwerk-versicherung.example>")
    text(m, """\
Dear Priya,

we acknowledge the theft notification for the fleet policy 8500-220-061
(Vortex Medtech AG):

Vehicle: BMW 330e Touring, KI-VM 330E, VIN WBA31AH0X0FK58213
User: Mr Sebastian Thorwald, sales representative, who parked the car
overnight in front of his home in Kronshagen (Eichkoppelweg). Theft noticed on
20 November, 06:30. Police reference: Kiel PR Kronshagen, 26-1120-0447.

Open points:
- both keys (Mr Thorwald has sent one; the second is said to be with fleet
  management in Kiel)
- whether the sales samples in the boot (demo catheters, not sterile) were
  company property – they are not covered under motor own damage

We will wait the statutory one month before settling the total loss on the
replacement value basis (approx. EUR 41,500 less deductible EUR 1,000).

Kind regards
Tobias Klink
""")
    return m


# --------------------------------------------------------------------- m049
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "shop liability claim: named customer slipped in a supermarket, wrist fracture and surgery")
def m049():
    m = new("Dirk Pahl <dirk.pahl@elbwerk-versicherung.example>",
            "Torben Oltmanns <t.oltmanns@brandt-oltmanns.example>",
            "BHV Nahkauf Wilms OHG – Sturz Kundin 26-HV-02218",
            "2026-10-05 15:30", "<k049.hv02218.wilms@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Oltmanns,

zum Sturz im Markt Nahkauf Wilms in Achim am 17.09.2026:

Die Kundin, Frau Edith Schwarz (78), ist im Gang Molkereiprodukte auf
ausgelaufenem Joghurt ausgerutscht. Distale Radiusfraktur links, am 18.09. im
Krankenhaus Verden mit Plattenosteosynthese versorgt, danach Kurzzeitpflege, da
sie allein lebt und sich nicht selbst versorgen konnte.

Ihre Tochter macht Ansprüche geltend: Schmerzensgeld, Kosten der Kurzzeitpflege
(ca. 2.100 EUR), Haushaltshilfe.

Haftung: Laut Marktleitung wurde der Gang zuletzt 40 Minuten vor dem Sturz
kontrolliert, ein Kontrollplan existiert, ist aber für den Tag nicht
abgezeichnet. Wir werden die Haftung dem Grunde nach wohl anerkennen müssen.

Bitte lassen Sie uns die Videoaufzeichnung (falls noch vorhanden) und die
Zeugenaussage der Kassiererin zukommen.

Grüße
Dirk Pahl
""")
    return m


# --------------------------------------------------------------------- m050
@mail("NORMAL", "de", "internal",
      "underwriting authority matrix update, organisational")
def m050():
    m = new("Katrin Albers <katrin.albers@elbwerk-versicherung.example>",
            "UW Firmen <uw-firmen@elbwerk-versicherung.example>",
            "Zeichnungsvollmachten ab 01.04.2026",
            "2026-03-27 12:15", "<k050.vollmachten@elbwerk-versicherung.example>")
    text(m, """\
Hallo zusammen,

der Vorstand hat die neuen Zeichnungsvollmachten freigegeben (gilt ab 01.04.):

Stufe   Sach (VS je Risiko)   Haftpflicht (DS)   Flotte (Fahrzeuge)   Cyber (Limit)
UW 1    5 Mio. EUR            3 Mio. EUR         25                   0,5 Mio. EUR
UW 2    20 Mio. EUR           10 Mio. EUR        100                  2 Mio. EUR
UW 3    75 Mio. EUR           25 Mio. EUR        unbegrenzt           5 Mio. EUR
darüber: Zeichnungsausschuss

Neu: Heilwesen-Haftpflicht für Kliniken nur noch ab Stufe 3, Biogasanlagen nur
mit Besichtigungsbericht der Risikotechnik.

Die Zuordnung der Personen zu den Stufen steht im Intranet unter UW > Vollmachten.

Katrin
""")
    return m


# --------------------------------------------------------------------- m051
@mail("NORMAL", "en", "insurer-to-broker",
      "trap: co-insurance slip for a logistics group's property (sums insured, shares, sprinklers), company data only")
def m051():
    m = new("Katrin Albers <katrin.albers@elbwerk-versicherung.example>",
            "Laura Sienkiewicz <l.sienkiewicz@morgenroth-ib.example>",
            "RE: Elbe Cold Storage GmbH – property programme 2027, our line",
            "2026-10-21 17:05", "<k051.ecs.line27@elbwerk-versicherung.example>")
    text(m, """\
Dear Laura,

we confirm our participation in the 2027 property programme of Elbe Cold Storage
GmbH as follows:

Elbwerk line: 35 % as leader (2026: 40 %)
Followers as per your slip: Weserstrom Versicherung AG 25 %, Nordic Mutual 20 %,
Vierlande Versicherung AG 20 %
Total sum insured: EUR 312m (buildings EUR 148m, machinery/refrigeration
EUR 96m, stock EUR 68m), BI EUR 54m / 18 months
Locations: Hamburg-Altenwerder (deep-freeze high-bay warehouse, ammonia
refrigeration plant), Bremerhaven, Rostock
Deductible: EUR 250,000 each and every loss, BI 3 days
Rate: 0.98 per mille (buildings/contents), 1.35 per mille BI

Subjects:
- ESFR sprinkler upgrade in Bremerhaven hall 3 to be completed by 30.06.2027
- annual thermographic survey of the main switchboards
- ammonia leak detection to be linked to the fire alarm centre

Our line is valid until 15 December 2026.

Best regards
Katrin Albers
Elbwerk Versicherung AG
""")
    return m


# --------------------------------------------------------------------- m052
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "dentist (natural person) as policyholder: electronics claim for an X-ray unit, no patient data")
def m052():
    m = new("Schaden Technik <schaden-technik@elbwerk-versicherung.example>",
            "Zahnarztpraxis Dr. Feddersen <verwaltung@zahnarzt-feddersen.example>",
            "Elektronikversicherung 6300-217-903 – DVT-Gerät, Schaden vom 08.09.2026",
            "2026-09-15 10:50", "<k052.dvt.feddersen@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrter Herr Dr. Feddersen,

zu Ihrem Schaden am digitalen Volumentomographen (Planmeca, Seriennr.
PV7-114562) in Ihrer Praxis, Große Straße 33, 24937 Flensburg:

Der Techniker des Herstellers hat einen Überspannungsschaden an der
Röntgenröhre und am Generator festgestellt (vermutlich Blitzeinschlag in der
Nacht zum 08.09.). Reparaturkosten laut Angebot 23.480 EUR netto; Neuwert 92.000 EUR.

Der Schaden ist nach Teil A Ziffer 1 der Elektronikversicherung (Überspannung)
versichert. Abzüglich Ihrer Selbstbeteiligung von 1.000 EUR erstatten wir
22.480 EUR direkt an die Fa. Dental-Technik Nord, sobald Sie uns die
Reparaturfreigabe bestätigen. Mehrkosten für die Überweisung Ihrer Patientinnen
und Patienten an eine Röntgenpraxis sind über den Baustein Mehrkosten bis
5.000 EUR versichert – bitte senden Sie uns dafür nur die Anzahl der Überweisungen
und die Rechnungssumme, keine Patientendaten.

Mit freundlichen Grüßen
Schaden Technik
Elbwerk Versicherung AG
""")
    return m


# --------------------------------------------------------------------- m053
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "cyber claim of a GP partnership: forensic report PDF lists exfiltrated patient records with diagnoses")
def m053():
    m = new("Jan-Hendrik Voss <jan-hendrik.voss@elbwerk-versicherung.example>",
            "James Whitcombe <james.whitcombe@harcourtlane.example>",
            "Cyber claim 26-CY-0077 – Gemeinschaftspraxis Dr. Ahrens & Dr. Sommer – forensic findings",
            "2026-08-27 18:10", "<k053.cy0077.forensic@elbwerk-versicherung.example>")
    text(m, """\
Dear James,

the interim forensic report of NordSec Forensics on the ransomware incident at the
GP partnership Dr. Ahrens & Dr. Sommer (Eckernförde) is attached, as requested by
the Lloyd's following market.

In short: initial access via a compromised remote maintenance account of the
practice software vendor; data exfiltrated on 11 August before encryption. The
sample published on the leak site contains patient records, see section 4 of the
report. The practice has notified the data protection authority of
Schleswig-Holstein and is notifying affected patients with our breach coach.

Reserve: EUR 310,000 (forensics EUR 48k, restoration EUR 65k, notification and
call centre EUR 37k, BI EUR 40k, third-party claims EUR 120k).

Please treat the report as strictly confidential and do not forward it beyond
the claims teams of the following insurers.

Kind regards
Jan-Hendrik Voss
""")
    attach_bytes(m, pdf([
        "NordSec Forensics GmbH – Interim Report IR-2026-0811",
        "Client: Gemeinschaftspraxis Dr. med. Frauke Ahrens & Dr. med. Lars Sommer, Eckernförde",
        "Prepared for: Elbwerk Versicherung AG, claim 26-CY-0077",
        "",
        "1. Timeline",
        "04.08.2026 first login of vendor account 'pvs-support' from an unknown IP (Romania).",
        "11.08.2026 02:14-03:40 transfer of 6.2 GB via rclone to a cloud storage provider.",
        "11.08.2026 04:05 encryption of the practice server and two workstations (LockBit variant).",
        "",
        "2. Affected systems: practice management server, document archive, backup NAS (online).",
        "3. Containment: vendor access disabled, passwords reset, restore from offline tape of 02.08.",
        "",
        "4. Data published on the leak site (sample of 25 records, excerpt)",
        "- Hartmut Claussen, born 14.02.1951: type 2 diabetes (E11.9), HbA1c 8.4 %, insulin since 2024",
        "- Lea Marquardt, born 30.07.1996: depressive episode (F32.1), sertraline 50 mg",
        "- Jürgen Voß, born 03.12.1962: hepatitis C (B18.2), referral to hepatology",
        "- Aylin Sarı, born 19.05.2001: pregnancy 12th week, referral to gynaecology",
        "- further 21 records with lab results and referral letters",
        "",
        "5. Estimated affected patients: approx. 4,900 (full practice database).",
        "6. Recommendation: notification of all affected patients (Art. 34 GDPR).",
    ], title="NordSec interim report IR-2026-0811"), "application/pdf",
        "NordSec_IR-2026-0811_interim.pdf")
    return m


# --------------------------------------------------------------------- m054
@mail("NORMAL", "de", "internal",
      "trap: IT ticket about a scanner that fails on 'Arztberichte' in the medical-liability claims team, no content")
def m054():
    m = new("IT-Servicedesk <servicedesk@elbwerk-versicherung.example>",
            "Nadine Grote <nadine.grote@elbwerk-versicherung.example>",
            "[Ticket INC-2026-044871] Scanner 3.OG druckt/scannt Arztberichte nur schwarz",
            "2026-04-02 13:26", "<k054.inc044871@servicedesk.elbwerk-versicherung.example>",
            headers=(("Auto-Submitted", "auto-generated"),))
    text(m, """\
Hallo Frau Grote,

Ihr Ticket wurde aktualisiert.

Ticket:       INC-2026-044871
Betreff:      Scanner 3.OG druckt/scannt Arztberichte nur schwarz
Kategorie:    Hardware > Multifunktionsgerät
Standort:     Hamburg, 3. OG, Raum 3.14 (Schaden Heilwesen)
Status:       In Bearbeitung
Priorität:    3 - Normal

Kommentar des Bearbeiters (L. Beekmann):
Die farbigen Anlagen zu Arztberichten und Röntgenbildern werden schwarz
gescannt, weil das Scanprofil "Schaden-Heilwesen" auf "Text/SW" steht. Ich
stelle das Profil morgen früh auf "Farbe/Graustufen auto" um. Bitte bis dahin
das Profil "Standard Farbe" verwenden und die Dateien manuell in die E-Akte
ziehen.

Sie können auf diese E-Mail antworten, um einen Kommentar hinzuzufügen.
IT-Servicedesk Elbwerk
""")
    return m


# --------------------------------------------------------------------- m055
@mail("NORMAL", "en", "internal",
      "trap: quarterly large-loss list XLSX by company and cause (fire, explosion, ransomware at a lab), no persons")
def m055():
    m = new("Ole Rasmussen <ole.rasmussen@elbwerk-versicherung.example>",
            "Management Board Office <vorstandsbuero@elbwerk-versicherung.example>",
            "Large losses Q2 2026 (> EUR 500k)",
            "2026-07-09 11:11", "<k055.ll.q2@elbwerk-versicherung.example>")
    text(m, """\
Dear all,

attached the large-loss list for Q2 2026 for the board meeting. Seven losses above
EUR 500k gross, total EUR 14.9m gross / EUR 8.2m net of reinsurance.

Two remarks:
- The chemical plant explosion in Stade is booked with the initial reserve; the
  bodily injury part may develop.
- The ransomware loss at the laboratory group is the largest cyber loss we have
  had so far; the cyber quota share takes 60 %.

Regards
Ole
""")
    attach_bytes(m, xlsx([
        ("Q2 2026", [
            ["Claim", "Insured (company)", "Line", "Date of loss", "Cause", "Gross EUR", "Net EUR"],
            ["26-SA-00412", "Sägewerk Ostholstein GmbH", "Property/BI", "2026-04-03", "fire in planing hall", 3100000, 1250000],
            ["26-HV-01706", "Stader Spezialchemie GmbH", "Liability", "2026-06-02", "explosion solvent recovery", 3200000, 1500000],
            ["26-CY-0051", "LaborVerbund Nord GmbH", "Cyber", "2026-05-17", "ransomware, BI 9 days", 2450000, 980000],
            ["26-SA-00588", "Elbe Cold Storage GmbH", "Property", "2026-05-22", "ammonia leak, stock spoilage", 1880000, 1880000],
            ["26-TR-0093", "Spedition Karstens GmbH & Co. KG", "Cargo", "2026-04-28", "theft of trailer (electronics)", 1240000, 1240000],
            ["26-SA-00603", "Backhaus Jessen GmbH", "Property/BI", "2026-02-12", "fryer fire (reserve increased)", 1060000, 530000],
            ["26-EN-0022", "Windpark Wesermarsch GmbH & Co. KG", "Engineering", "2026-06-19", "gearbox failure WTG 4", 1960000, 800000],
        ]),
    ]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Large_losses_Q2_2026.xlsx")
    return m


# --------------------------------------------------------------------- m056
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "sole-trader roofer's liability claim: named neighbour's car with plate damaged by falling tiles, nobody hurt")
def m056():
    m = new("Dirk Pahl <dirk.pahl@elbwerk-versicherung.example>",
            "Rainer Kessler <info@kessler-assekuranz.example>",
            "BHV 7730-118-042 Dachdeckerei Hilmers e.K. – Schaden Pohl",
            "2026-04-16 09:03", "<k056.hilmers.pohl@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Kessler,

zum Schaden Ihres Kunden Uwe Hilmers (Dachdeckerei Hilmers e.K., Adendorf):

Bei der Neueindeckung des Hauses Lindenweg 6 in Adendorf sind am 09.04. bei
Sturmböen mehrere Dachziegel vom Gerüst gefallen und auf den Pkw der Nachbarin,
Frau Regine Pohl (Lindenweg 8), gestürzt. Fahrzeug: VW Golf, LG-RP 612.
Verletzt wurde niemand, Frau Pohl war nicht im Fahrzeug.

Schaden laut Gutachten: Dach und Motorhaube, 5.860 EUR zzgl. Nutzungsausfall
(6 Tage x 43 EUR) und Gutachterkosten 612 EUR.

Haftung sehen wir als gegeben an (ungesicherte Ziegel auf dem Gerüst). Wir
regulieren direkt mit Frau Pohl; die SB von Herrn Hilmers (250 EUR) fordern wir
bei ihm an.

Viele Grüße
Dirk Pahl
""")
    return m


# --------------------------------------------------------------------- m057
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "employment practices claim: dismissed employee alleges dismissal because of trade-union membership and works-council candidacy")
def m057():
    m = new("Jan-Hendrik Voss <jan-hendrik.voss@elbwerk-versicherung.example>",
            "Dr. Petra Husmann <p.husmann@nordkran.example>",
            "Managerhaftpflicht/EPL 5100-312-077 – Klage Ekinci ./. Nordkran GmbH",
            "2026-09-30 16:22", "<k057.epl.ekinci@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Frau Dr. Husmann,

vielen Dank für die Übersendung der Klageschrift vor dem Arbeitsgericht Hamburg
(Az. 21 Ca 418/26). Wir haben den Fall unter dem Baustein Employment Practices
Liability aufgenommen.

Herr Murat Ekinci trägt vor, die Kündigung vom 30.06.2026 sei ausschließlich
erfolgt, weil er seit Frühjahr Mitglied der IG Metall sei, im Betrieb für eine
Gewerkschaftsliste zur Betriebsratswahl kandidiert und Kollegen geworben habe.
Er beruft sich auf eine Äußerung des Werkstattleiters Herrn Gundlach ("Gewerkschafter
brauchen wir hier nicht") und verlangt Weiterbeschäftigung sowie eine
Entschädigung nach AGG und § 823 BGB.

Wir übernehmen die Abwehrkosten; als Verteidiger schlagen wir Kanzlei
Brinkmann Arbeitsrecht vor. Bitte senden Sie uns die Personalakte von Herrn
Ekinci und eine Stellungnahme von Herrn Gundlach ausschließlich über den
gesicherten Upload-Link.

Mit freundlichen Grüßen
Jan-Hendrik Voss
Financial Lines
""")
    return m


# --------------------------------------------------------------------- m058
@mail("NORMAL", "de", "internal",
      "trap: data-protection FAQ for commercial claims staff on health data of injured third parties, generic")
def m058():
    m = new("Petra Lüders (Datenschutz) <datenschutz@elbwerk-versicherung.example>",
            "Schaden Gewerbe <schaden.gewerbe@elbwerk-versicherung.example>",
            "FAQ: Gesundheitsdaten in Haftpflicht- und Gruppenunfallschäden",
            "2026-02-09 14:00", "<k058.dsb.faq@elbwerk-versicherung.example>")
    text(m, """\
Liebe Kolleginnen und Kollegen,

nach der Schulung kamen viele Fragen. Hier die wichtigsten Antworten:

1. Dürfen wir Arztberichte einer verletzten Person per E-Mail an den Makler schicken?
   Nein, nicht unverschlüsselt. Gesundheitsdaten (Diagnosen, Befunde, Rechnungen
   von Ärzten und Krankenhäusern, Reha-Berichte) gehen nur über das Portal oder
   verschlüsselt raus.

2. Braucht es eine Schweigepflichtentbindung, wenn der Geschädigte nicht unser
   Kunde ist?
   Ja. Ohne Einwilligung der verletzten Person holen wir keine Auskünfte bei
   behandelnden Ärzten ein.

3. Ist die Information "Mitarbeiter X hatte einen Arbeitsunfall" schon ein
   Gesundheitsdatum?
   Ja, sobald eine Verletzung oder Behandlung erkennbar ist. Auch der Vertrag
   einer namentlich versicherten Person in der Gruppenunfall gehört in die
   höchste Schutzstufe.

4. Und Statistiken?
   Aggregierte Auswertungen ohne Namen und mit ausreichend großen Gruppen sind
   unkritisch.

5. Firmendaten (Umsatz einer GmbH, Lohnsumme)?
   Keine personenbezogenen Daten, solange keine Einzelperson erkennbar ist. Bei
   Einzelunternehmern sieht das anders aus.

Bei Fragen: datenschutz@elbwerk-versicherung.example

Petra Lüders
Datenschutzbeauftragte
""")
    return m


# --------------------------------------------------------------------- m059
@mail("CONFIDENTIAL", "mixed", "insurer-to-broker",
      "KYC/sanctions screening of a client's beneficial owner: name, date of birth, nationality, shareholding")
def m059():
    m = new("Compliance <compliance@elbwerk-versicherung.example>",
            "Laura Sienkiewicz <l.sienkiewicz@morgenroth-ib.example>",
            "Sanktionslisten-Prüfung / sanctions screening – Baltica Trading GmbH",
            "2026-05-20 12:40", "<k059.kyc.baltica@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Frau Sienkiewicz,

vor Policierung der Transportversicherung für die Baltica Trading GmbH (Lübeck)
hat unser Sanktionslisten-Screening einen Treffer mit niedriger Ähnlichkeit
ergeben. Wirtschaftlich Berechtigter laut Transparenzregister:

Name: Andrejs Kalniņš
Date of birth: 04 July 1971
Nationality: Latvian, residence Lübeck since 2009
Shareholding: 76 %

The hit concerns a person with a similar name on the EU list (born 1969, Riga).
Could you please ask the client for a copy of Mr Kalniņš' passport (photo page only)
so that we can close the false positive? Until then we cannot bind cover.

Mit freundlichen Grüßen / kind regards
Compliance Office
Elbwerk Versicherung AG
""")
    return m


# --------------------------------------------------------------------- m060
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "haulage company: named driver's heart attack at the wheel, hospital treatment, fleet and group accident claims")
def m060():
    m = new("Sabine Wendt <sabine.wendt@elbwerk-versicherung.example>",
            "Felix Morgenroth <f.morgenroth@morgenroth-ib.example>",
            "Spedition Karstens – Unfall A1 Fahrer Thiel (Flotte + GU)",
            "2026-08-18 10:14", "<k060.karstens.thiel@elbwerk-versicherung.example>",
            cc="Tobias Klink <tobias.klink@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrter Herr Morgenroth,

zum Unfall des Sattelzugs STD-KA 431 am 12.08.2026 auf der A1 bei Hollenstedt:

Nach dem Bericht der Autobahnpolizei und den Angaben der Ehefrau erlitt der Fahrer,
Herr Gerd Thiel (61), am Steuer einen Herzinfarkt, der Lkw kam nach rechts ab und
durchbrach die Schutzplanke. Herr Thiel wurde reanimiert, im Herzzentrum
Harburg mit drei Stents versorgt und liegt noch auf der Intensivstation.

Für die Gruppenunfallversicherung ist zu prüfen, ob ein Unfall im Sinne der AUB
vorliegt oder ob der Infarkt als Krankheit die Ursache war (Ausschluss
Bewusstseinsstörung, Ziffer 5.1.1). Dazu benötigen wir den Entlassungsbericht und
eine Schweigepflichtentbindung.

Die Kraftfahrt-Kollegen regulieren den Schaden an Schutzplanke und Ladung
(Kollege Klink in Kopie). Weitere Personen wurden nicht verletzt.

Mit freundlichen Grüßen
Sabine Wendt
""")
    return m


# --------------------------------------------------------------------- m061
@mail("NORMAL", "en", "insurer-to-reinsurer",
      "trap: facultative submission for a pharma manufacturer's product liability (insulin pens, oncology generics, recalls), company data")
def m061():
    m = new("Ole Rasmussen <ole.rasmussen@elbwerk-versicherung.example>",
            "Thomas Avery <t.avery@kingsbridge-re.example>",
            "Facultative request – Nordpharm Arzneimittel GmbH, product liability EUR 120m",
            "2026-08-06 14:28", "<k061.fac.nordpharm@elbwerk-versicherung.example>")
    text(m, """\
Dear Thomas,

we are looking for facultative support on the following risk:

Insured: Nordpharm Arzneimittel GmbH, Hamburg (generic manufacturer, 640 employees)
Cover: product liability incl. pharmaceutical liability under the German
Medicines Act (AMG) and clinical trials outside the EU excluded
Limit requested: EUR 120m (our net retention EUR 20m, treaty capacity EUR 50m)
Layer offered: EUR 50m xs EUR 70m
Turnover 2025: EUR 412m, of which 38 % oncology generics, 21 % insulin pen
devices (contract manufacturing), 41 % OTC analgesics and antihistamines

Recall history: 2022 voluntary recall of one batch of ibuprofen 400 mg
(packaging misprint), 2024 recall of insulin pen needles (lot 24-117, risk of
bent cannula), no bodily injury claims reported. Pharmacovigilance system audited
by the BfArM in 2025 without major findings.

The underwriting committee will only approve the increase with reinsurance
support. Full submission pack available in our data room.

Best regards
Ole
""")
    return m


# --------------------------------------------------------------------- m062
@mail("CONFIDENTIAL", "de", "internal",
      "phone-typed internal request for a sole-trader roofer's policy by name and policy number")
def m062():
    m = new("Marco Dittmer <marco.dittmer@elbwerk-versicherung.example>",
            "Leonie Brandt <leonie.brandt@elbwerk-versicherung.example>",
            "police hilmers",
            "2026-04-16 18:41", "<k062.iphone.md.0416@elbwerk-versicherung.example>")
    text(m, """\
hi leonie, kannst du mir die police 7730-118-042 vom dachdecker hilmers nochmal
als pdf schicken? makler kessler braucht die für den schaden pohl morgen früh,
ich hab sie nicht auf dem handy. danke!!

Von meinem iPhone gesendet
""", cte="8bit")
    return m


# --------------------------------------------------------------------- m063
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "D&O notice of circumstances: a named CFO resigned because of a cancer diagnosis")
def m063():
    m = new("Miriam Okafor <miriam.okafor@elbwerk-versicherung.example>",
            "James Whitcombe <james.whitcombe@harcourtlane.example>",
            "Vortex Medtech AG – notice of circumstances / CFO change",
            "2026-12-02 12:07", "<k063.vortex.noc@elbwerk-versicherung.example>")
    text(m, """\
Dear James,

thank you for the notice of circumstances dated 27 November.

We understand that Ms Franziska Oberdorf stepped down as CFO with effect from
30 November because she was diagnosed with breast cancer in October and will
undergo chemotherapy and surgery over the coming months. The company has
appointed Mr Pieter de Vries as interim CFO.

The notice also mentions that the Q3 figures published on 12 November had to be
corrected and that a shareholder association has announced it will examine
claims. We accept the notice as a circumstance under section 6.2 of the policy;
any later claim arising from the Q3 correction will be deemed made in the 2026
policy period.

Ms Oberdorf's health is relevant for us only insofar as she may not be available
as a witness. We ask you not to circulate the medical details further.

Kind regards
Miriam Okafor
Financial Lines Underwriting
""")
    return m


# --------------------------------------------------------------------- m064
@mail("NORMAL", "de", "insurer-to-broker",
      "broker forum invitation with an ICS calendar attachment")
def m064():
    m = new("Elbwerk Veranstaltungen <events@elbwerk-versicherung.example>",
            "Rainer Kessler <info@kessler-assekuranz.example>",
            "Einladung: Elbwerk Maklerforum Gewerbe 2026 am 17. September",
            "2026-07-28 09:00", "<k064.maklerforum.kessler@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrter Herr Kessler,

wir laden Sie herzlich zum Elbwerk Maklerforum Gewerbe 2026 ein.

Donnerstag, 17. September 2026, 13:00 bis 18:00 Uhr, anschließend Abendessen
Elbwerk Versicherung AG, Kehrwieder-Allee 12, Hamburg, Konferenzebene 7

Programm
- Marktlage Firmen-Sach und Betriebshaftpflicht
- Cyber für Handwerk und Freiberufler: was die Kunden wirklich brauchen
- Gruppenunfall und bKV als Arbeitgeberleistung
- Praxisbericht Risikotechnik: Brandschutz in landwirtschaftlichen Betrieben

Die Teilnahme wird mit 3 Stunden Weiterbildungszeit (IDD) bestätigt.
Den Kalendereintrag finden Sie im Anhang. Bitte melden Sie sich bis
31. August im Maklerportal an.

Mit freundlichen Grüßen
Ihr Veranstaltungsteam
""")
    attach_text(m, """\
BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Elbwerk Versicherung AG//Events//DE\r
METHOD:PUBLISH\r
BEGIN:VEVENT\r
UID:maklerforum-gewerbe-2026@elbwerk-versicherung.example\r
DTSTAMP:20260728T070000Z\r
DTSTART;TZID=Europe/Berlin:20260917T130000\r
DTEND;TZID=Europe/Berlin:20260917T180000\r
SUMMARY:Elbwerk Maklerforum Gewerbe 2026\r
LOCATION:Elbwerk Versicherung AG\\, Kehrwieder-Allee 12\\, 20457 Hamburg\\, Ebene 7\r
DESCRIPTION:Marktlage Firmen-Sach\\, Cyber für Handwerk\\, Gruppenunfall und bKV\\, Risikotechnik Landwirtschaft\r
END:VEVENT\r
END:VCALENDAR\r
""", "calendar", "Maklerforum_Gewerbe_2026.ics", cte="quoted-printable",
        params={"method": "PUBLISH"})
    return m


# --------------------------------------------------------------------- m065
@mail("CONFIDENTIAL", "de", "insurer-to-assessor",
      "assessor instruction: private landlord (natural person) insured, water damage, tenant names and insured address")
def m065():
    m = new("Schaden Gewerbe <schaden.gewerbe@elbwerk-versicherung.example>",
            "Sachverständigenbüro Lohmann <auftrag@sv-lohmann.example>",
            "Gutachterauftrag 26-LW-03317 – Leitungswasser, Mehrfamilienhaus Winsen",
            "2026-01-29 11:35", "<k065.sv.lohmann.03317@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrter Herr Lohmann,

wir beauftragen Sie mit der Schadenfeststellung:

Versicherungsnehmer: Herr Klaus-Dieter Marwede (privater Vermieter), Wohn- und
Geschäftsgebäudeversicherung 2100-644-071
Risikoort: Rathausstraße 14, 21423 Winsen (Luhe), 6 Wohnungen, EG Ladenlokal
(vermietet an Blumen Ebeling)
Schaden: Bruch einer Warmwasserleitung im 2. OG am 24.01.2026, Durchfeuchtung
der Wohnungen 2. OG links (Mieter: Familie Okonkwo) und 1. OG links (Mieterin
Frau Renate Stolze) sowie Decke im Ladenlokal.

Bitte prüfen Sie insbesondere:
- Ursache (Frost? Materialermüdung? Leitung wurde 2019 teilweise erneuert)
- Trocknungsbedarf und Mietausfall (Wohnung 2. OG derzeit unbewohnbar?)
- Zustand der Leitungen im übrigen Gebäude (Vorschaden 2023 im Keller)

Kontakt zur Besichtigung über Herrn Marwede, Tel. 04171 668213.

Mit freundlichen Grüßen
Schaden Gewerbe
Elbwerk Versicherung AG
""")
    return m


# --------------------------------------------------------------------- m066
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "water damage in a GP practice destroyed paper records; named patients with ongoing treatments listed (§ 203 data)")
def m066():
    m = new("Dirk Pahl <dirk.pahl@elbwerk-versicherung.example>",
            "Torben Oltmanns <t.oltmanns@brandt-oltmanns.example>",
            "Praxis Dr. Vollmer – Leitungswasser, Wiederherstellung Patientenakten",
            "2026-03-02 16:58", "<k066.vollmer.akten@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Oltmanns,

zum Leitungswasserschaden in der Praxis Dr. Vollmer (Pinneberg) vom 25.02.:

Die Kosten für die Wiederherstellung von Akten sind bis 10.000 EUR versichert.
Frau Dr. Vollmer hat uns leider nicht nur die Anzahl, sondern eine Liste der
betroffenen Karteikarten geschickt, die nicht digital gesichert waren. Ich
übernehme hier nur, was wir für die Kostenprüfung brauchen, und bitte Sie, ihr
zu sagen, dass wir künftig nur Anzahl und Aufwand benötigen:

- 9 Karteikarten Diabetes-DMP (u.a. Herr Bernd Wiechers, Frau Anneliese Dohrn)
- 3 Patientinnen in laufender Tumornachsorge (Frau Kerstin Ulrich nach
  Mamma-Ca, Befunde der Onkologie nur in Papierform)
- 1 Substitutionspatient (Herr Dennis Fock), Unterlagen BtM-Dokumentation

Rekonstruktion durch Anforderung der Fremdbefunde: geschätzt 38 Stunden MFA-Zeit
à 32 EUR = 1.216 EUR zzgl. Porto/Kopierkosten. Das erstatten wir.

Gruß
Dirk Pahl
""")
    return m


# --------------------------------------------------------------------- m067
@mail("NORMAL", "de", "internal",
      "trap: sickness-absence rates per department of the insurer (aggregated, small teams merged)")
def m067():
    m = new("Personalcontrolling <personalcontrolling@elbwerk-versicherung.example>",
            "Bereichsleitungen <bereichsleitungen@elbwerk-versicherung.example>",
            "Fehlzeitenbericht 1. Halbjahr 2026",
            "2026-07-24 13:00", "<k067.fehlzeiten.h1@elbwerk-versicherung.example>")
    text(m, """\
Liebe Bereichsleitungen,

anbei die Kennzahlen zur Arbeitsunfähigkeit im 1. Halbjahr 2026 (Quelle:
Zeiterfassung, ohne Diagnosen; Teams unter 10 Personen sind mit dem
Nachbarbereich zusammengefasst):

Bereich                                   Köpfe   AU-Quote   Ø Tage je Fall
Underwriting Firmen (inkl. Risikotechnik)   64      4,1 %      5,8
Schaden Gewerbe/Technik                      58      5,6 %      7,2
Kollektiv Personen (Unfall, bKV)             31      6,3 %      8,9
Financial Lines + Rückversicherung           22      2,9 %      4,1
Vertrieb/Maklerbetreuung                     47      3,8 %      5,0
IT/Betrieb/Facility                          71      4,7 %      6,4
Gesamt                                      293      4,8 %      6,5

Langzeiterkrankungen (> 6 Wochen) fließen ein, werden aber nicht separat
ausgewiesen. Angebote des BEM und der Betriebsärztin stehen allen offen.

Personalcontrolling
""")
    return m


# --------------------------------------------------------------------- m068
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "freelance photographer's equipment policy in arrears: returned direct debit with his IBAN and bank charges")
def m068():
    m = new("Elbwerk Beitragsservice <beitragsservice@elbwerk-versicherung.example>",
            "Jasper Quint <jasper@quint-fotografie.example>",
            "Returned direct debit – camera equipment policy 6400-093-118",
            "2026-04-07 06:20", "<k068.rls.quint@elbwerk-versicherung.example>")
    text(m, """\
Dear Mr Quint,

unfortunately the direct debit for your equipment insurance (photo and video
equipment, freelance photography) could not be collected:

Amount: EUR 412.80 (annual premium 2026/27)
Account: Jasper Quint, IBAN DE59 2005 0550 1685 8815 71
Return reason: MD06 – refund requested by payer
Bank charges: EUR 3.50

Please transfer EUR 416.30 within two weeks to our account stated on the
invoice, quoting 6400-093-118. If the premium is not paid, we will be free of
liability for losses occurring after the deadline (section 37 VVG).

If you no longer want the policy, please contact your broker.

Kind regards
Elbwerk Premium Service
This message was generated automatically.
""")
    return m


# --------------------------------------------------------------------- m069
@mail("STRICTLY_CONFIDENTIAL", "de", "company",
      "HR text forwarded: employer asks about a named employee's pregnancy and benefits in the group health plan")
def m069():
    m = new("Aylin Demir <aylin.demir@elbwerk-versicherung.example>",
            "bKV-Leistungsservice <bkv-leistung@elbwerk-versicherung.example>",
            "WG: Frage zur bKV – Mitarbeiterin in Elternzeit",
            "2026-06-17 15:45", "<k069.wg.bkv.hr@elbwerk-versicherung.example>")
    text(m, """\
Liebe Kollegen, bitte direkt an Frau Rieck antworten – aber bitte ohne
Einzelheiten zur Schwangerschaft, das hätte die Personalabteilung gar nicht
erfahren sollen. Danke, Aylin

-----Ursprüngliche Nachricht-----
Von: Sandra Meins <personal@lindqvist-software.example>
Gesendet: Mittwoch, 17. Juni 2026 14:12
An: Aylin Demir <aylin.demir@elbwerk-versicherung.example>
Betreff: Frage zur bKV – Mitarbeiterin in Elternzeit

Hallo Frau Demir,

unsere Mitarbeiterin Frau Johanna Rieck (Personalnr. 20417) ist in der 24. Woche
schwanger, es ist eine Risikoschwangerschaft und sie ist seit Mai im
Beschäftigungsverbot. Ab Oktober geht sie in Elternzeit.

Zwei Fragen:
1. Bleibt sie während der Elternzeit in der bKV versichert, auch wenn wir kein
   Gehalt zahlen?
2. Werden die Kosten für die Hebammen-Rufbereitschaft und die zusätzlichen
   Ultraschalluntersuchungen aus dem Gesundheitsbudget bezahlt? Sie hat schon
   Rechnungen über ca. 480 EUR.

Viele Grüße
Sandra Meins
Personal, Lindqvist Software GmbH
""")
    return m


# --------------------------------------------------------------------- m070
@mail("NORMAL", "en", "internal",
      "maintenance notice for the broker portal and the secure mail gateway")
def m070():
    m = new("IT Operations <it-operations@elbwerk-versicherung.example>",
            "All staff <alle@elbwerk-versicherung.example>",
            "Planned maintenance: broker portal and secure mail, Sat 14 Feb 2026",
            "2026-02-10 16:00", "<k070.maint.0214@elbwerk-versicherung.example>")
    text(m, """\
Dear colleagues,

on Saturday, 14 February 2026, from 06:00 to 12:00 CET the following services
will be unavailable:

- broker portal (including electronic broker post and BiPRO interfaces)
- secure mail portal for customers
- DMS upload for claims

Mail to external recipients will be queued and delivered after the
maintenance window. Internal mail is not affected.

Please inform brokers who ask. A banner is already displayed in the portal.

IT Operations
""", cte="7bit", charset="us-ascii")
    return m


# --------------------------------------------------------------------- m071
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "change of owner of a kiosk run as sole proprietorship: new owner's name, birth date and private address")
def m071():
    m = new("Katrin Albers <katrin.albers@elbwerk-versicherung.example>",
            "Rainer Kessler <info@kessler-assekuranz.example>",
            "Inhaberwechsel Kiosk am Stint – Vertrag 3300-402-716",
            "2026-08-25 11:22", "<k071.kiosk.stint@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Kessler,

danke für die Mitteilung zum Inhaberwechsel. Den Inhalts- und
Betriebshaftpflichtvertrag für den Kiosk am Stint (Am Stintmarkt 3, Lüneburg)
stellen wir zum 01.09.2026 auf den neuen Inhaber um:

bisher: Herr Heinz Grabowski (Einzelunternehmen, Geschäftsaufgabe)
neu: Herr Dimitrios Papadakis, geb. 09.01.1986,
wohnhaft Bardowicker Straße 27, 21335 Lüneburg
Gewerbeanmeldung vom 18.08.2026 liegt vor.

Der Beitrag bleibt unverändert (612,40 EUR p.a.). Für das Lastschriftmandat
brauchen wir noch die Bankverbindung von Herrn Papadakis; bitte über das Portal
hochladen, nicht per Mail.

Viele Grüße
Katrin Albers
""")
    return m


# --------------------------------------------------------------------- m072
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: blank cyber risk questionnaire (ODT) asking whether health data are processed; no client data")
def m072():
    m = new("Jan-Hendrik Voss <jan-hendrik.voss@elbwerk-versicherung.example>",
            "Torben Oltmanns <t.oltmanns@brandt-oltmanns.example>",
            "Cyber-Fragebogen für Praxen und Kanzleien (neu)",
            "2026-05-13 08:50", "<k072.cyberfb.neu@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Oltmanns,

wie gewünscht der neue Kurzfragebogen für Heilberufe und Kanzleien bis 2 Mio.
EUR Umsatz. Bitte nur den Fragebogen zurückschicken, keine Patienten- oder
Mandantenunterlagen.

Gruß
Jan-Hendrik Voss
""")
    attach_bytes(m, odt([
        "Elbwerk Cyber-Schutz – Kurzfragebogen Heilberufe und Kanzleien (Stand 05/2026)",
        "1. Name/Firma der Praxis oder Kanzlei: ______________________",
        "2. Anzahl Berufsträger: ___   Mitarbeitende: ___   Jahresumsatz: ______ EUR",
        "3. Verarbeiten Sie Gesundheitsdaten (Befunde, Diagnosen, Abrechnungsdaten)? ja / nein",
        "4. Anzahl der gespeicherten Patienten- bzw. Mandantendatensätze: ______",
        "5. Ist die Fernwartung des Praxis-/Kanzleisystems mit Zwei-Faktor-Anmeldung geschützt? ja / nein",
        "6. Wird mindestens wöchentlich ein Backup erstellt, das vom Netzwerk getrennt aufbewahrt wird? ja / nein",
        "7. Gab es in den letzten 5 Jahren Cybervorfälle oder Datenschutzverletzungen? ja / nein – wenn ja, bitte beschreiben",
        "8. Gewünschte Versicherungssumme: 250.000 / 500.000 / 1 Mio. / 2 Mio. EUR",
        "Ort, Datum, Unterschrift: ______________________",
    ]), "application/vnd.oasis.opendocument.text", "Cyber_Kurzfragebogen_Heilberufe_Kanzleien.odt")
    return m


# --------------------------------------------------------------------- m073
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "sole-trader roofer's slipped disc and inability to work: business policies suspended at his request")
def m073():
    m = new("Katrin Albers <katrin.albers@elbwerk-versicherung.example>",
            "Uwe Hilmers <info@dachdeckerei-hilmers.example>",
            "Ruheversicherung für Ihre Betriebsverträge",
            "2026-11-10 14:36", "<k073.ruhe.hilmers@elbwerk-versicherung.example>",
            cc="Rainer Kessler <info@kessler-assekuranz.example>")
    text(m, """\
Sehr geehrter Herr Hilmers,

es tut uns leid zu hören, dass Sie nach dem Bandscheibenvorfall (L4/L5) und der
Operation im Oktober voraussichtlich bis Ende März nicht auf dem Dach arbeiten
dürfen und der Betrieb so lange ruht.

Wie gewünscht stellen wir Ihre Betriebshaftpflicht 7730-118-042 und die
Inhaltsversicherung für die Werkstatt ab 01.11.2026 auf Ruheversicherung um:
- Betriebshaftpflicht: nur noch Haus- und Grundbesitzer-Risiko der Werkstatt,
  keine Tätigkeit auf Baustellen
- Inhalt: Feuer und Einbruchdiebstahl bleiben bestehen
- Beitrag während der Ruhezeit: 30 % des bisherigen Beitrags

Bitte melden Sie sich, sobald Ihre Ärzte Ihnen die Wiederaufnahme der Arbeit
erlauben, dann stellen wir zum Folgemonat wieder um. Einen ärztlichen Nachweis
brauchen wir dafür nicht.

Gute Besserung und freundliche Grüße
Katrin Albers
""")
    return m


# --------------------------------------------------------------------- m074
@mail("CONFIDENTIAL", "en", "insurer-to-lawyer",
      "craftsman's liability claim: named British homeowner's damaged parquet, contractor named, nobody hurt")
def m074():
    m = new("Dirk Pahl <dirk.pahl@elbwerk-versicherung.example>",
            "Charlotte Beaumont <c.beaumont@beaumont-legal.example>",
            "Your client Mr Gareth Holloway – parquet damage Blankenese, our ref 26-HV-01455",
            "2026-06-11 11:48", "<k074.holloway.parquet@elbwerk-versicherung.example>")
    text(m, """\
Dear Ms Beaumont,

thank you for your letter of 2 June on behalf of Mr Gareth Holloway regarding
the damage at his house, Elbchaussee 402, 22609 Hamburg.

We are the liability insurers of Mr Henrik Jessen, who trades as "Parkett Jessen"
(sole proprietor). Our insured sanded and oiled the oak parquet in the ground
floor in April 2026; your client reports dark stains and a sticky surface in
the living and dining rooms (approx. 74 m²).

Our expert inspected the floor on 28 May. In his view the oil was applied too
thickly and not polished off, which would be a defect of our insured's own work
(not covered under liability insurance) – but the damage to the skirting boards
and the built-in bookcase (approx. EUR 3,900) is a consequential loss that we
will cover.

Nobody was hurt, and we understand the family could continue to live in the house.

We propose to pay EUR 3,900 for the consequential damage; the rework of the
parquet itself is a matter between your client and Mr Jessen.

Yours sincerely
Dirk Pahl
Commercial Claims, Elbwerk Versicherung AG
""")
    return m


# --------------------------------------------------------------------- m075
@mail("NORMAL", "de", "internal",
      "trap: flu vaccination campaign by the company doctor for staff, generic")
def m075():
    m = new("Betriebsärztlicher Dienst <betriebsarzt@elbwerk-versicherung.example>",
            "Alle Mitarbeitenden Hamburg <alle-hamburg@elbwerk-versicherung.example>",
            "Grippeschutzimpfung 2026 – Termine",
            "2026-10-01 08:30", "<k075.grippe2026@elbwerk-versicherung.example>")
    text(m, """\
Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet der betriebsärztliche Dienst die Grippeschutzimpfung an
(Vierfach-Impfstoff, Saison 2026/27). Auf Wunsch ist auch die Auffrischung gegen
Tetanus/Diphtherie möglich.

Termine: 14., 15. und 21. Oktober, jeweils 9–12 Uhr und 13–15 Uhr,
Raum 3.12 (Betriebsarzt), 3. OG.

Bitte bringen Sie Ihren Impfpass mit und buchen Sie einen Termin im Intranet
(Gesundheit > Impfungen). Die Impfung ist kostenlos, die Zeit gilt als
Arbeitszeit. Angaben zu Ihrer Impfung werden nur in Ihrer Gesundheitsakte beim
Betriebsarzt dokumentiert, nicht in der Personalakte.

Bleiben Sie gesund!
Dr. med. Helga Rump, Betriebsärztin
""")
    return m


# --------------------------------------------------------------------- m076
@mail("NORMAL", "en", "insurer-to-mga",
      "trap: bordereau file specification with column names for birth date and IBAN and a fictitious example row")
def m076():
    m = new("Miriam Okafor <miriam.okafor@elbwerk-versicherung.example>",
            "Emma Lindholm <emma.lindholm@hafenkontor-uw.example>",
            "Bordereau specification v3.1 (valid from April 2026)",
            "2026-03-16 10:20", "<k076.bdxspec31@elbwerk-versicherung.example>")
    text(m, """\
Hi Emma,

attached the bordereau specification v3.1 with an empty template. Changes to v3.0:
- new column "DOB" (required for natural persons only, format YYYY-MM-DD)
- new column "IBAN_masked" – please send only the last four digits from now on
- semicolon as separator, UTF-8 without BOM

The example row uses our usual test person; please delete it before you start
filling the sheet.

Thanks
Miriam
""")
    attach_text(m, """\
Policy;Insured;Legal_form;DOB;Street;ZIP;Town;Profession;Revenue_EUR;Limit_EUR;Inception;Expiry;Net_premium_EUR;IBAN_masked;Referral_ref
TEST-0001;Max Mustermann (fiktiv);natural person;1970-01-01;Musterstraße 1;12345;Musterstadt;Testberuf;100000;1000000;2026-04-01;2027-03-31;999,00;DE** **** **** **** **00 00;
""", "csv", "bordereau_template_v3.1.csv")
    return m


# --------------------------------------------------------------------- m077
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "farmer's animal-owner liability: named farmer's horse kicked a parked car, nobody hurt")
def m077():
    m = new("Henning Stöver <henning.stoever@elbwerk-versicherung.example>",
            "Gesa Ahlers <ahlers-hof@landpost.example>",
            "Tierhalterhaftpflicht AAN-TH-0092 – Schaden am Pkw Brüning",
            "2026-06-02 10:33", "<k077.pferd.bruening@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Frau Ahlers,

vielen Dank für Ihre Schadenmeldung. Wir haben den Sachverhalt so verstanden:

Ihre Stute "Fiona" (Hannoveraner, 14 Jahre) hat am 27.05.2026 beim Verladen auf
dem Hof in Beverstedt ausgeschlagen und den dort geparkten Pkw von Herrn Malte
Brüning (Hufschmied, CUX-MB 88) an der Fahrertür getroffen. Menschen wurden
nicht verletzt, auch das Pferd ist unversehrt.

Herr Brüning hat einen Kostenvoranschlag über 2.140 EUR eingereicht. Die Haftung
als Tierhalterin ergibt sich aus § 833 BGB; wir prüfen noch, ob Herr Brüning als
Hufschmied die Tiergefahr selbst übernommen hat (er stand zum Zeitpunkt des
Ausschlagens nicht am Pferd, daher wohl nicht).

Wir melden uns nach Eingang des Gutachtens.

Mit freundlichen Grüßen
Henning Stöver
Agrar-Schaden
""")
    return m


# --------------------------------------------------------------------- m078
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "fidelity claim: named employee's embezzlement, criminal complaint and confession")
def m078():
    m = new("Jan-Hendrik Voss <jan-hendrik.voss@elbwerk-versicherung.example>",
            "Svenja Kruse <s.kruse@brandt-oltmanns.example>",
            "Vertrauensschadenversicherung 5300-041-118 – Schaden Feinkost Rademacher",
            "2026-03-31 12:52", "<k078.vsv.rademacher@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Frau Kruse,

zur Meldung der Feinkost Rademacher GmbH vom 20.03.2026:

Die langjährige Buchhalterin, Frau Sabine Kettler, hat nach den Feststellungen
des Wirtschaftsprüfers zwischen 2021 und 2025 in 63 Fällen Lieferantenrechnungen
fingiert und die Beträge auf ein Konto ihres Lebensgefährten überwiesen.
Schaden nach aktuellem Stand 287.430 EUR. Frau Kettler hat die Taten in einem
Gespräch mit der Geschäftsführung am 12.03. eingeräumt; sie wurde fristlos
gekündigt. Die Strafanzeige wegen Untreue (§ 266 StGB) ist bei der
Staatsanwaltschaft Hannover gestellt (Az. 1421 Js 22871/26).

Für die Regulierung brauchen wir:
1. den Bericht des Wirtschaftsprüfers mit der Einzelaufstellung,
2. eine Kopie der Strafanzeige,
3. Angaben zu Rückzahlungen oder Vermögenswerten von Frau Kettler
   (Schuldanerkenntnis?).

Die Kosten des Wirtschaftsprüfers (Schadenermittlungskosten) sind bis
25.000 EUR mitversichert.

Mit freundlichen Grüßen
Jan-Hendrik Voss
""")
    return m


# --------------------------------------------------------------------- m079
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: fleet quote with plates and VINs of a haulage company's trucks (company vehicles, no driver named)")
def m079():
    m = new("Tobias Klink <tobias.klink@elbwerk-versicherung.example>",
            "Felix Morgenroth <f.morgenroth@morgenroth-ib.example>",
            "Flottenangebot 2027 Spedition Karstens GmbH & Co. KG",
            "2026-10-27 13:13", "<k079.flotte27.karstens@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Morgenroth,

anbei unser Angebot zur Flottenverlängerung 2027. Grundlage ist die
Fahrzeugliste vom 15.10. (42 Einheiten, Auszug Zugmaschinen im Anhang).

- Haftpflicht 100 Mio. EUR pauschal, je Person 15 Mio. EUR
- Vollkasko Zugmaschinen SB 2.500 EUR, Auflieger Teilkasko SB 500 EUR
- Rangierschäden: SB 5.000 EUR (neu, wegen Schadenverlauf)
- Beitrag 2027: 318.400 EUR netto (2026: 296.900 EUR)

Schadenquote 3 Jahre: 84 %. Ohne die neue Rangier-SB wären es +14 %.

Gruß
Tobias Klink
""")
    attach_bytes(m, xlsx([
        ("Zugmaschinen", [
            ["Kennzeichen", "Hersteller/Typ", "FIN", "EZ", "Neuwert EUR", "Deckung"],
            ["STD-KA 401", "MAN TGX 18.510", "WMA06XZZ7NP183344", "2022-03", 128000, "VK"],
            ["STD-KA 404", "MAN TGX 18.510", "WMA06XZZ0NP184102", "2022-05", 128000, "VK"],
            ["STD-KA 411", "Mercedes Actros 1848", "WDB9634031L998765", "2023-01", 134500, "VK"],
            ["STD-KA 418", "Mercedes Actros 1848", "WDB9634031L999102", "2023-02", 134500, "VK"],
            ["STD-KA 425", "Volvo FH 500", "YV2RT40A5RB551420", "2024-06", 141000, "VK"],
            ["STD-KA 431", "Volvo FH 500", "YV2RT40A7RB551873", "2024-07", 141000, "VK"],
            ["STD-KA 440", "Scania R 450", "YS2R4X20005531207", "2025-09", 139800, "VK"],
        ]),
    ]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Karstens_Flotte_2027_Zugmaschinen.xlsx")
    return m


# --------------------------------------------------------------------- m080
@mail("CONFIDENTIAL", "en", "insurer-to-mga",
      "attachment-only: farm bordereau XLSX with farmers' names, addresses and premiums; body harmless")
def m080():
    m = new("Henning Stöver <henning.stoever@elbwerk-versicherung.example>",
            "Hauke Thiessen <h.thiessen@agrar-assekuranz-nord.example>",
            "Q1 bordereau – reconciled",
            "2026-04-20 15:15", "<k080.aan.q1bdx@elbwerk-versicherung.example>")
    text(m, """\
Hello Hauke,

Q1 reconciled, see the attached file. Premium per bordereau EUR 48,912.30, per
bank statement EUR 48,912.30. No open items.

Our Danish colleague asked whether you could switch to the English column
headers from Q2 – the reinsurer reads the file directly.

Regards
Henning
""")
    attach_bytes(m, xlsx([
        ("Q1 2026", [
            ["Policy", "Policyholder", "Address", "Type", "Sum insured EUR", "Premium EUR"],
            ["AAN-LW-0088", "Hinrich Tammen", "Osterende 12, 21776 Wanna", "arable, buildings", 1450000, 3120.50],
            ["AAN-LW-0092", "Ahlers GbR (Gesa und Bernd Ahlers)", "Hauptstraße 4, 27616 Beverstedt", "dairy, buildings+livestock", 2380000, 6984.00],
            ["AAN-LW-0101", "Jens-Ove Carstensen", "Deichweg 3, 25899 Dagebüll", "sheep, buildings", 640000, 1410.80],
            ["AAN-LW-0107", "Hof Lindenhorst, Karin und Arne Meyerhoff", "Lindenhorst 1, 27729 Hambergen", "pigs, biogas 250 kW", 3920000, 14220.00],
            ["AAN-LW-0113", "Biohof Sielmann GmbH", "Alte Dorfstraße 9, 29587 Natendorf", "organic vegetables", 1180000, 2950.00],
            ["AAN-LW-0120", "Frauke Ehlers", "Moorweg 22, 21769 Lamstedt", "horse boarding", 890000, 2114.00],
        ]),
    ]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "AAN_bordereau_Q1_2026_reconciled.xlsx")
    return m


# --------------------------------------------------------------------- m081
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "employment practices claim: named employee alleges dismissal because of her multiple sclerosis")
def m081():
    m = new("Miriam Okafor <miriam.okafor@elbwerk-versicherung.example>",
            "Priya Raman <priya.raman@harcourtlane.example>",
            "EPL claim – Lindqvist Software GmbH / Ms Hanna Voigt",
            "2026-10-13 10:40", "<k081.epl.voigt@elbwerk-versicherung.example>")
    text(m, """\
Dear Priya,

we have reviewed the claim notified by Lindqvist Software GmbH under the D&O/EPL
policy 5100-408-220.

Ms Hanna Voigt, a senior developer, was dismissed during her probation period
extension on 31 August. She alleges that the dismissal followed immediately after
she informed her team lead that she had been diagnosed with multiple sclerosis
and would need a reduced schedule during a relapse-treatment phase
(cortisone infusions). She claims compensation under the German General Equal
Treatment Act (disability) of three monthly salaries and damages for loss of
income.

We confirm cover for defence costs subject to the EPL retention of EUR 10,000.
Panel counsel: Brinkmann Arbeitsrecht, Hamburg.

Please remind the insured that Ms Voigt's medical information must not be shared
beyond the people handling the case, and that internal e-mails discussing her
illness may become evidence.

Kind regards
Miriam Okafor
""")
    return m


# --------------------------------------------------------------------- m082
@mail("NORMAL", "mixed", "internal",
      "trap: co-insurance accounting for a sawmill GmbH fire, 'no injuries', company data only")
def m082():
    m = new("Ole Rasmussen <ole.rasmussen@elbwerk-versicherung.example>",
            "Abrechnung Mitversicherung <mitvers-abrechnung@elbwerk-versicherung.example>",
            "Sägewerk Ostholstein GmbH – cash call co-insurers / Abrechnung",
            "2026-05-06 16:02", "<k082.cashcall.saegewerk@elbwerk-versicherung.example>")
    text(m, """\
Hallo zusammen,

for the fire at Sägewerk Ostholstein GmbH (03.04.2026, Hobelhalle) we have paid
the first advance of EUR 1.2m to the insured. Bitte die cash calls an die
Mitversicherer rausschicken:

Weserstrom Versicherung AG   25 %   EUR 300,000
Vierlande Versicherung AG    15 %   EUR 180,000
Elbwerk (lead)               60 %   EUR 720,000

Reserve 100 % bleibt bei EUR 3.1m (building EUR 1.4m, machinery EUR 0.9m,
BI EUR 0.8m). No injuries, Feuerwehr hat Ausbreitung aufs Rundholzlager
verhindert. Ursache laut Brandermittler: Funkenflug aus der Absauganlage.

Treaty recovery: per-risk XL attaches at EUR 2.5m (our share), so nothing
to recover yet.

Danke
Ole
""")
    return m


# --------------------------------------------------------------------- m083
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "renewal of a sole-practitioner tax adviser's professional liability with his fee income (income of a natural person)")
def m083():
    m = new("Dirk Pahl <dirk.pahl@elbwerk-versicherung.example>",
            "Felix Morgenroth <f.morgenroth@morgenroth-ib.example>",
            "VSH 9140-006-231 StB Hamann – Verlängerung 2027",
            "2026-11-19 09:25", "<k083.vsh.hamann.27@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Morgenroth,

zur Verlängerung der Vermögensschadenhaftpflicht von Herrn Rüdiger Hamann
(Steuerberater, Einzelkanzlei Uelzen):

Honorarumsatz 2025 laut Erklärung: 486.000 EUR (2024: 451.000 EUR)
Angestellte Berufsträger: 1, Fachangestellte: 5
Versicherungssumme: 1 Mio. EUR je Verstoß, 4-fach maximiert
Selbstbehalt: 2.500 EUR

Wegen des laufenden Schadens aus 2025/26 (Reserve 95.000 EUR) können wir nur mit
einem Beitragszuschlag von 25 % verlängern: 5.940 EUR statt 4.752 EUR netto.
Alternativ Selbstbehalt 10.000 EUR ohne Zuschlag.

Viele Grüße
Dirk Pahl
""")
    return m


# --------------------------------------------------------------------- m084
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "only in the quoted reply: group accident claim with employee's diagnosis; new text says only 'passt, danke'")
def m084():
    m = new("Nadine Grote <nadine.grote@elbwerk-versicherung.example>",
            "Sabine Wendt <sabine.wendt@elbwerk-versicherung.example>",
            "AW: GU 4471-0032 Lüdtke – Zahlungsfreigabe",
            "2026-04-15 09:02", "<k084.aw.luedtke.freigabe@elbwerk-versicherung.example>")
    text(m, """\
passt, danke!

Nadine

-----Ursprüngliche Nachricht-----
Von: Sabine Wendt
Gesendet: Dienstag, 14. April 2026 17:30
An: Nadine Grote
Betreff: GU 4471-0032 Lüdtke – Zahlungsfreigabe

Hallo Nadine,

bitte die Zahlung im Fall Lüdtke freigeben (Vier-Augen-Prinzip):

Versicherte Person: Herr Frank Lüdtke, Betonbauer bei Nordkran GmbH
Unfall 09.03.2026 Baustelle Elmshorn, Sturz von der Schalung
Diagnose lt. Entlassungsbericht Regio Klinikum Elmshorn: Unterschenkelschaftfraktur
rechts (S82.21), Marknagelung am 10.03., stationär bis 17.03.
Krankenhaustagegeld 8 Tage x 50 EUR = 400 EUR
Genesungsgeld 8 Tage x 50 EUR = 400 EUR
Zahlung an Herrn Lüdtke, Konto laut Akte

Danke dir!
Sabine
""")
    return m


# --------------------------------------------------------------------- m085
@mail("NORMAL", "de", "newsletter",
      "trap: press release on a study of fire causes on farms (statistics, livestock deaths, no person)")
def m085():
    m = new("Unternehmenskommunikation <presse@elbwerk-versicherung.example>",
            "Presseverteiler <presse-verteiler@lists.elbwerk-versicherung.example>",
            "Pressemitteilung: Elbwerk-Studie zu Brandursachen in landwirtschaftlichen Betrieben",
            "2026-03-04 10:00", "<k085.pm.brandstudie@lists.elbwerk-versicherung.example>")
    alt(m, """\
PRESSEMITTEILUNG

Hamburg, 4. März 2026 – Jeder dritte Großbrand auf einem Bauernhof geht auf
elektrische Defekte zurück. Das zeigt eine Auswertung von 1.870 Brandschäden aus
den Jahren 2016 bis 2025, die die Elbwerk Versicherung AG heute vorstellt.

Die wichtigsten Ergebnisse:
- 34 % elektrische Ursachen (Verteiler, Verlängerungskabel, Heizlampen in Ställen)
- 18 % Selbstentzündung von Heu und Stroh
- 12 % Brandstiftung
- 9 % Biogas- und Photovoltaikanlagen
- durchschnittlicher Schaden: 286.000 EUR, bei Stallbränden mit Tierverlusten
  über 500.000 EUR

"Ein jährlicher E-Check und Wärmebildkameras in Heulagern verhindern die meisten
dieser Brände", sagt Friederike Haack, Leiterin Risikotechnik bei Elbwerk.

Über Elbwerk: Die Elbwerk Versicherung AG mit Sitz in Hamburg ist auf
Gewerbe-, Industrie- und Agrarversicherungen spezialisiert.

Pressekontakt: Unternehmenskommunikation, presse@elbwerk-versicherung.example
""", """\
<html><body>
<p><b>PRESSEMITTEILUNG</b></p>
<p>Hamburg, 4. M&auml;rz 2026 &ndash; Jeder dritte Gro&szlig;brand auf einem Bauernhof geht auf
elektrische Defekte zur&uuml;ck. Das zeigt eine Auswertung von 1.870 Brandsch&auml;den aus
den Jahren 2016 bis 2025, die die Elbwerk Versicherung AG heute vorstellt.</p>
<ul>
<li>34&nbsp;% elektrische Ursachen (Verteiler, Verl&auml;ngerungskabel, Heizlampen in St&auml;llen)</li>
<li>18&nbsp;% Selbstentz&uuml;ndung von Heu und Stroh</li>
<li>12&nbsp;% Brandstiftung</li>
<li>9&nbsp;% Biogas- und Photovoltaikanlagen</li>
<li>durchschnittlicher Schaden: 286.000&nbsp;EUR, bei Stallbr&auml;nden mit Tierverlusten &uuml;ber 500.000&nbsp;EUR</li>
</ul>
<p>&bdquo;Ein j&auml;hrlicher E-Check und W&auml;rmebildkameras in Heulagern verhindern die meisten
dieser Br&auml;nde&ldquo;, sagt Friederike Haack, Leiterin Risikotechnik bei Elbwerk.</p>
<p>Pressekontakt: Unternehmenskommunikation, presse@elbwerk-versicherung.example</p>
</body></html>
""")
    return m


# --------------------------------------------------------------------- m086
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "attachment-only: payroll list (ODS) with named employees' gross salaries for the liability premium basis")
def m086():
    m = new("Katrin Albers <katrin.albers@elbwerk-versicherung.example>",
            "Svenja Kruse <s.kruse@brandt-oltmanns.example>",
            "AW: Beitragsabrechnung BHV 2025 Gebäudereinigung Blank & Sauber",
            "2026-02-26 15:41", "<k086.lohnliste.bs@elbwerk-versicherung.example>")
    text(m, """\
Hallo Frau Kruse,

danke für die Unterlagen. Die Beitragsabrechnung 2025 erfolgt nach der Lohnsumme;
der Kunde hat uns allerdings die komplette Lohnliste geschickt statt nur der Summe.
Ich schicke sie Ihnen mit meinen Markierungen zurück (zwei Positionen sind
Minijobs in der Verwaltung und gehören nicht in die Lohnsumme Reinigung).

Bitte sagen Sie dem Kunden, dass künftig die Summe je Tätigkeitsbereich reicht.

Viele Grüße
Katrin Albers
""")
    attach_bytes(m, ods([
        ("Lohnliste 2025", [
            ["Name", "Tätigkeit", "Bruttolohn 2025 EUR", "Bemerkung EW"],
            ["Aksoy, Emine", "Unterhaltsreinigung", 27840, ""],
            ["Berisha, Arben", "Glasreinigung", 34210, ""],
            ["Dobrowolski, Ewa", "Unterhaltsreinigung", 26115, ""],
            ["Hartmann, Sven", "Objektleiter", 48900, ""],
            ["Jovanović, Ana", "Unterhaltsreinigung", 25390, ""],
            ["Lemke, Patrick", "Fahrer/Glasreinigung", 31750, ""],
            ["Möller, Katja", "Verwaltung (Minijob)", 6240, "nicht Reinigung"],
            ["Osei, Kwame", "Sonderreinigung", 33480, ""],
            ["Weber, Inge", "Buchhaltung (Minijob)", 6240, "nicht Reinigung"],
            ["Summe Reinigung", "", 227685, ""],
        ]),
    ]), "application/vnd.oasis.opendocument.spreadsheet", "Lohnliste_2025_BlankSauber_EW.ods")
    return m


# --------------------------------------------------------------------- m087
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-coinsurer",
      "hard: co-insurer's share of a group accident death benefit for a named employee, no medical word")
def m087():
    m = new("Sabine Wendt <sabine.wendt@elbwerk-versicherung.example>",
            "Claims Co-insurance <coins.claims@nordic-mutual.example>",
            "Group accident 4471-0140 Elbe Cold Storage – payment Mr Halvorsen, your 40 % share",
            "2026-09-03 11:20", "<k087.gu.halvorsen.coins@elbwerk-versicherung.example>")
    text(m, """\
Dear colleagues,

as leading insurer of the group accident policy 4471-0140 (Elbe Cold Storage GmbH)
we inform you that we have settled the claim for Mr Kristian Halvorsen
(warehouse shift manager, Bremerhaven site, date of event 02 July 2026):

Death benefit: EUR 60,000, paid on 01 September 2026 to the beneficiary named
in the enrolment form, Ms Ingrid Halvorsen.
Your share (40 %): EUR 24,000

Please transfer your share to our co-insurance account within 14 days, quoting
"4471-0140 / Halvorsen". The file is available for inspection at our offices.

Kind regards
Sabine Wendt
Group Accident Claims, Elbwerk Versicherung AG
""")
    return m


# --------------------------------------------------------------------- m088
@mail("NORMAL", "en", "insurer-to-broker",
      "trap: cyber incident response panel (forensic firms, breach coaches, hotline numbers), company data")
def m088():
    m = new("Jan-Hendrik Voss <jan-hendrik.voss@elbwerk-versicherung.example>",
            "Laura Sienkiewicz <l.sienkiewicz@morgenroth-ib.example>",
            "Cyber incident response panel 2026",
            "2026-01-22 14:44", "<k088.ir.panel@elbwerk-versicherung.example>")
    text(m, """\
Hi Laura,

as requested, our incident response panel for 2026, for your clients' emergency
plans. All providers can be engaged directly via the 24/7 hotline; costs are
covered under the first-response module without deductible for the first 48 hours.

24/7 hotline: +49 40 3318-9111 (in English and German)

Forensics / IT recovery
- NordSec Forensics GmbH, Hamburg
- Castell Incident Response AG, Frankfurt
Breach coach / data protection law
- Riedel & Partner, Hamburg (also medical sector)
- Whitfield Kroll LLP, Düsseldorf office
Crisis PR
- Hansa Kommunikation GmbH
Negotiation (ransom) – only after consultation with us
- SafeHarbour Negotiations Ltd

Please note: practices and firms subject to professional secrecy (doctors,
lawyers, tax advisers) should call the hotline before informing their
clients or patients.

Best
Jan-Hendrik
""")
    return m


# --------------------------------------------------------------------- m089
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "burglary at a farm shop owned by a named farmer: police reference, stolen cash and items, payout")
def m089():
    m = new("Schaden Gewerbe <schaden.gewerbe@elbwerk-versicherung.example>",
            "Frauke Ehlers <hofladen@ehlers-lamstedt.example>",
            "Einbruch Hofladen – Ihr Schaden 26-ED-00713",
            "2026-02-20 10:10", "<k089.ed00713.ehlers@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Frau Ehlers,

zu dem Einbruch in Ihren Hofladen (Moorweg 22, Lamstedt) in der Nacht zum
06.02.2026 liegt uns die polizeiliche Ermittlungsakte vor (PK Hemmoor,
Vorgangsnr. 260206-0118). Die Ermittlungen wurden eingestellt, Täter unbekannt.

Abrechnung:
- Bargeld aus der Kasse (Wechselgeld und Tageseinnahme): 1.340,00 EUR,
  versichert bis 1.500 EUR
- Kühltruhe Inhalt (Fleisch aus eigener Schlachtung): 860,00 EUR
- Kassensystem und Tablet: 1.210,00 EUR (Zeitwert)
- Reparatur Tür und Fenster: 1.985,00 EUR
Summe: 5.395,00 EUR abzüglich Selbstbeteiligung 250,00 EUR = 5.145,00 EUR

Die Zahlung erfolgt auf Ihr Konto bei der Kreissparkasse Stade.

Mit freundlichen Grüßen
Schaden Gewerbe
""")
    return m


# --------------------------------------------------------------------- m090
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "daycare liability: named child injured by a broken playground device, laceration and concussion")
def m090():
    m = new("Dirk Pahl <dirk.pahl@elbwerk-versicherung.example>",
            "Torben Oltmanns <t.oltmanns@brandt-oltmanns.example>",
            "BHV Kita Sonnenkamp gGmbH – Unfall Spielgerät 26-HV-01980",
            "2026-08-31 14:20", "<k090.kita.sonnenkamp@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Oltmanns,

zum Unfall in der Kita Sonnenkamp (Bremen-Horn) vom 21.08.2026:

Die Holzplattform des Kletterturms ist gebrochen, weil zwei Bohlen morsch waren.
Der vierjährige Ben Albrecht stürzte ca. 1,5 m auf den Sandboden, Platzwunde an
der Stirn (genäht) und Gehirnerschütterung, eine Nacht zur Beobachtung im
Klinikum Bremen-Mitte. Laut Mutter hat er seitdem nachts Albträume.

Der Unfall ist bei der Unfallkasse als Kita-Unfall gemeldet; Schmerzensgeld ist
dort nicht abgedeckt, daher erwarten wir Ansprüche der Eltern gegen die Kita
(Verkehrssicherungspflicht). Die letzte Spielplatzprüfung nach DIN EN 1176 war
im März 2025 – also überfällig.

Bitte die Prüfprotokolle und die Unfallmeldung der Kita an uns.

Gruß
Dirk Pahl
""")
    return m


# --------------------------------------------------------------------- m091
@mail("NORMAL", "de", "internal",
      "team outing announcement")
def m091():
    m = new("Leonie Brandt <leonie.brandt@elbwerk-versicherung.example>",
            "Team UW Sach/HV <uw-sach-hv@elbwerk-versicherung.example>",
            "Teamausflug 26.06. – Kanutour auf der Alster",
            "2026-06-08 12:30", "<k091.ausflug.alster@elbwerk-versicherung.example>")
    text(m, """\
Hallo ihr,

unser Teamausflug steht: Freitag, 26.06., Treffpunkt 14:00 Uhr am Bootsverleih
Goldfischteich (Winterhude). 2 Stunden Kanutour, danach Grillen im Biergarten.

Bitte tragt euch bis 18.06. in die Liste im Teams-Kanal ein und sagt, ob ihr
vegetarisch esst. Wer nicht paddeln mag, kommt einfach um 16:30 Uhr zum Grillen.

Wetter-Plan B: Minigolf in der Halle.

Liebe Grüße
Leonie
""", cte="8bit", flowed=True)
    return m


# --------------------------------------------------------------------- m092
@mail("CONFIDENTIAL", "mixed", "insurer-to-broker",
      "D&O: company claims against a named former managing director, his severance and salary figures; no criminal or health content")
def m092():
    m = new("Miriam Okafor <miriam.okafor@elbwerk-versicherung.example>",
            "Felix Morgenroth <f.morgenroth@morgenroth-ib.example>",
            "D&O 5100-198-344 Hafenbau Technik GmbH – Innenhaftung Dr. Klaasen",
            "2026-07-29 17:15", "<k092.do.klaasen@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrter Herr Morgenroth,

zur Anspruchserhebung der Hafenbau Technik GmbH gegen ihren früheren
Geschäftsführer Dr. Wolfram Klaasen:

Die Gesellschaft wirft ihm vor, 2024 ohne Zustimmung des Beirats einen
Festpreisvertrag für die Kaimauer Cuxhaven abgeschlossen zu haben (Verlust
2,7 Mio. EUR). Dr. Klaasen wurde im März 2026 abberufen; laut
Aufhebungsvertrag erhielt er eine Abfindung von 420.000 EUR, sein Jahresfixgehalt
lag zuletzt bei 285.000 EUR. Die Gesellschaft will gegen die noch offene
Abfindungsrate von 140.000 EUR aufrechnen.

We accept the notification as a claim under the policy (Innenhaftung covered,
no insured-vs-insured exclusion). Defence counsel for Dr. Klaasen:
Kanzlei Tormählen, rate capped at EUR 380/hour.

Bitte weisen Sie die Gesellschaft darauf hin, dass ein Vergleich unserer
Zustimmung bedarf.

Mit freundlichen Grüßen / kind regards
Miriam Okafor
""")
    return m


# --------------------------------------------------------------------- m093
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
      "statutory accident insurer's recourse: named worker injured by a forklift, injuries and treatment costs")
def m093():
    m = new("Dirk Pahl <dirk.pahl@elbwerk-versicherung.example>",
            "BG Verkehr, Regress <regress@bg-verkehr-nord.example>",
            "Ihr Regress Az. 3.41/26-08812 – Versicherter Herr Łukasz Zieliński / Elbe Cold Storage GmbH",
            "2026-10-08 09:44", "<k093.bg.zielinski@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Damen und Herren,

als Haftpflichtversicherer der Elbe Cold Storage GmbH bestätigen wir den Eingang
Ihres Regressschreibens vom 28.09.2026.

Ihr Versicherter, Herr Łukasz Zieliński (Leiharbeitnehmer der Fa. Personal Plus,
eingesetzt im Tiefkühllager Altenwerder), wurde am 11.05.2026 von einem
rückwärtsfahrenden Gabelstapler unserer Versicherungsnehmerin erfasst. Laut Ihren
Unterlagen: Trümmerfraktur des linken Sprunggelenks, Weichteilverletzung,
drei Operationen, stationäre Behandlung im BG Klinikum Hamburg bis 26.06.,
anschließend BGSW-Reha.

Ihre bisherigen Aufwendungen: Heilbehandlung 48.760 EUR, Verletztengeld 11.930 EUR.

Nach § 110 SGB VII setzt Ihr Regress grobe Fahrlässigkeit voraus. Der Fahrer hatte
einen Staplerschein, das Warnsignal funktionierte. Bitte übersenden Sie uns die
Unfalluntersuchung Ihres Aufsichtsdienstes, bevor wir zur Haftung Stellung nehmen.

Mit freundlichen Grüßen
Dirk Pahl
Schaden Haftpflicht Gewerbe
""")
    return m


# --------------------------------------------------------------------- m094
@mail("NORMAL", "de", "insurer-to-lawyer",
      "framework agreement on fees with a panel law firm, no case data")
def m094():
    m = new("Leitung Schaden <schaden-leitung@elbwerk-versicherung.example>",
            "Kanzlei Brinkmann Arbeitsrecht <kanzlei@brinkmann-arbeitsrecht.example>",
            "Rahmenvereinbarung Vergütung 2027",
            "2026-11-26 16:30", "<k094.rv.brinkmann27@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrter Herr Dr. Brinkmann,

wir schlagen für 2027 folgende Konditionen für die Mandate aus unseren
D&O- und EPL-Verträgen vor:

- Partner: 340 EUR/Std. (2026: 320 EUR)
- Associates: 240 EUR/Std. (2026: 225 EUR)
- Reisezeit: 50 %
- Abrechnung im 6-Minuten-Takt, Reporting nach unseren Litigation Guidelines
  spätestens 30 Tage nach Mandatierung und dann quartalsweise

Die Vereinbarung soll ab 01.01.2027 für neue Mandate gelten. Bitte geben Sie uns
bis 15.12. Bescheid, ob Sie einverstanden sind; den Vertragsentwurf schicken wir
dann zur Unterschrift.

Mit freundlichen Grüßen
Dr. Christian Asmussen
Leitung Schaden
Elbwerk Versicherung AG
""")
    return m


# --------------------------------------------------------------------- m095
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "windows-1252 reminder: sole-trader nursery owner's unpaid premium with amount and consequences")
def m095():
    m = new("Elbwerk Beitragsservice <beitragsservice@elbwerk-versicherung.example>",
            "Gärtnerei Friedrichsen <info@gaertnerei-friedrichsen.example>",
            "Zahlungserinnerung – Vertrag 3300-611-489 Gärtnerei Friedrichsen",
            "2026-05-18 06:30", "<k095.mahnung.friedrichsen@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrter Herr Friedrichsen,

leider konnten wir für Ihre Gewächshaus- und Inhaltsversicherung
(Gärtnerei Friedrichsen, Inh. Hauke Friedrichsen, Ostermoor 7, 25541 Brunsbüttel)
noch keinen Zahlungseingang feststellen:

Folgebeitrag fällig am 01.04.2026:  2.318,60 €
Mahngebühr:                             5,00 €
offener Betrag:                     2.323,60 €

Bitte überweisen Sie den Betrag innerhalb von zwei Wochen. Nach Ablauf dieser
Frist besteht für Schäden kein Versicherungsschutz mehr (§ 38 VVG), und wir
können den Vertrag kündigen.

Falls Sie bereits gezahlt haben, betrachten Sie dieses Schreiben bitte als
gegenstandslos.

Mit freundlichen Grüßen
Elbwerk Beitragsservice
""", charset="windows-1252")
    return m


# --------------------------------------------------------------------- m096
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "product liability: named consumer hospitalised with salmonella poisoning after eating the insured's product")
def m096():
    m = new("Dirk Pahl <dirk.pahl@elbwerk-versicherung.example>",
            "Svenja Kruse <s.kruse@brandt-oltmanns.example>",
            "Produkthaftpflicht Feinkost Rademacher – Anspruch Heitmann",
            "2026-07-21 10:37", "<k096.pfh.heitmann@elbwerk-versicherung.example>")
    text(m, """\
Hallo Frau Kruse,

zum Anspruch gegen die Feinkost Rademacher GmbH:

Herr Volker Heitmann (54, Oldenburg) hat am 03.07.2026 Geflügelsalat der
Charge 26-181 gegessen und ist am Folgetag mit Fieber, blutigem Durchfall und
Exsikkose ins Klinikum Oldenburg eingeliefert worden. Im Stuhl wurde Salmonella
Enteritidis nachgewiesen (A02.0), gleicher Serotyp wie in der Rückstellprobe
des Herstellers laut Lebensmittelüberwachung. Er lag sechs Tage stationär, davon
zwei auf der Intensivstation wegen akuten Nierenversagens, und ist bis heute
arbeitsunfähig.

Gefordert werden Schmerzensgeld 12.000 EUR und Verdienstausfall (selbständiger
Dachdecker). Die Kausalität ist gut belegt; wir werden dem Grunde nach anerkennen.

Zwei weitere Erkrankte sind dem Gesundheitsamt bekannt, aber noch ohne Anspruch.

Gruß
Dirk Pahl
""")
    return m


# --------------------------------------------------------------------- m097
@mail("NORMAL", "en", "insurer-to-reinsurer",
      "treaty wording question on the hours clause, no risk or person data")
def m097():
    m = new("Ole Rasmussen <ole.rasmussen@elbwerk-versicherung.example>",
            "Astrid Kjaer <astrid.kjaer@balticre.example>",
            "Hours clause – proposed wording 2027",
            "2026-10-02 09:18", "<k097.hours.clause@elbwerk-versicherung.example>")
    text(m, """\
Dear Astrid,

one more point on the 2027 cat wording. We would like to align the hours clause
with the market standard:

- windstorm: 72 consecutive hours (unchanged)
- hail: 72 hours instead of 48 hours, because the 2025 hail events in Lower
  Saxony came in two waves within 60 hours
- flood: 168 hours, with the reinsured's right to choose the start
- earthquake: 72 hours

Could you let us know whether Baltic Re can accept the hail extension without a
price adjustment? The modelled impact is below 1 % of the layer premium
according to our broker.

Best regards
Ole
""")
    return m


# --------------------------------------------------------------------- m098
@mail("CONFIDENTIAL", "en", "broker",
      "forwarded broker mail (message/rfc822): IT freelancer's application with date of birth, income and IBAN")
def m098():
    m = new("Miriam Okafor <miriam.okafor@elbwerk-versicherung.example>",
            "Nils Jaspersen <nils.jaspersen@hafenkontor-uw.example>",
            "FW: New client Lena Brockmann – please bind under the binder",
            "2026-02-03 12:26", "<k098.fw.brockmann@elbwerk-versicherung.example>")
    text(m, """\
Hi Nils,

this came to us directly by mistake; it belongs to your binder. Please bind and
include it in the February bordereau. Original mail attached.

Miriam
""")
    inner = new("Svenja Kruse <s.kruse@brandt-oltmanns.example>",
                "Financial Lines <financial-lines@elbwerk-versicherung.example>",
                "Neuantrag IT-Haftpflicht Lena Brockmann",
                "2026-02-03 09:58", "<BO-20260203-0958-331@brandt-oltmanns.example>")
    text(inner, """\
Guten Morgen,

bitte policieren Sie für unsere Kundin:

Lena Brockmann, geb. 14.03.1990
Holtenauer Straße 201, 24105 Kiel
UX-Beraterin, freiberuflich seit 2021
Umsatz 2025: 96.500 EUR, Gewinn lt. Steuerbescheid ca. 71.000 EUR
gewünschte Deckung: 500.000 EUR, Beginn 01.03.2026
Lastschrift: IBAN DE03 2905 0101 1890 5585 99 (Lena Brockmann)

Vorschäden: keine.

Viele Grüße
Svenja Kruse
Brandt & Oltmanns Versicherungsmakler GmbH
""")
    attach_mail(m, inner)
    return m


# --------------------------------------------------------------------- m099
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "GP's practice-interruption insurance: claim for her own depressive episode with ICD code and incapacity")
def m099():
    m = new("Schaden Gewerbe <schaden.gewerbe@elbwerk-versicherung.example>",
            "Dr. med. Anke Vollmer <praxis@hausarzt-vollmer.example>",
            "Praxisausfallversicherung 3300-781-553 – Ihre Leistungsanmeldung",
            "2026-11-04 13:15", "<k099.pav.vollmer@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Frau Dr. Vollmer,

wir bestätigen Ihre Leistungsanmeldung aus der Praxisausfallversicherung.

Laut dem Attest Ihres behandelnden Psychiaters, Dr. Kolbe, sind Sie seit dem
12.10.2026 wegen einer mittelgradigen depressiven Episode (F32.1) vollständig
arbeitsunfähig; eine stationäre Behandlung in der Klinik Wittenbeck ist ab
16.11. geplant.

Versichert sind die fortlaufenden Praxiskosten von 780 EUR pro Arbeitstag nach
einer Karenzzeit von 21 Tagen. Die Leistung beginnt damit am 02.11.2026. Bitte
reichen Sie uns alle vier Wochen eine Folgebescheinigung ein. Die Kosten
Ihrer Praxisvertretung (Dr. Hinz) sind bis zur Höhe der versicherten
Tagesleistung erstattungsfähig.

Wir wünschen Ihnen gute Besserung.

Mit freundlichen Grüßen
Schaden Gewerbe, Team Ertragsausfall
""")
    return m


# --------------------------------------------------------------------- m100
@mail("NORMAL", "de", "internal",
      "trap: committee paper on a veterinary clinic GmbH's liability (anaesthesia, X-ray, animals), company only")
def m100():
    m = new("Dr. Jonas Wiebe <jonas.wiebe@elbwerk-versicherung.example>",
            "Zeichnungsausschuss <zeichnungsausschuss@elbwerk-versicherung.example>",
            "Vorlage ZA 08/2026: Tierklinik Geestland GmbH",
            "2026-08-13 17:20", "<k100.za.tierklinik@elbwerk-versicherung.example>")
    text(m, """\
Vorlage für den Zeichnungsausschuss am 19.08.2026

Risiko: Tierklinik Geestland GmbH, Bremerhaven (Kleintiere und Pferde,
24-h-Notdienst, 11 Tierärztinnen/Tierärzte, 34 weitere Mitarbeitende)

Beantragt: Betriebs- und Berufshaftpflicht 5 Mio. EUR, Inhalt inkl.
Medizintechnik (CT, digitales Röntgen, Inhalationsnarkose, Pferde-OP mit
Aufwachbox) 2,4 Mio. EUR, Ertragsausfall 12 Monate.

Schadenverlauf Vorversicherer 5 Jahre: 9 Schäden, 212.000 EUR, darunter
Narkosezwischenfall Pferd (Wert 85.000 EUR), Verletzung einer Pferdebesitzerin beim
Führen in der Klinik (durch Vorversicherer reguliert), Röntgengerät
Überspannung.

Einschätzung: Pferdeklinik ist der Treiber; Kleintierbereich unauffällig.
Empfehlung: Zeichnung mit SB 2.500 EUR für Tierschäden, Ausschluss
Deckhengst-/Zuchtrisiken, Beitrag 38.900 EUR netto.

Dr. Jonas Wiebe
""")
    return m


# --------------------------------------------------------------------- m101
@mail("NORMAL", "de", "insurer-to-supplier",
      "framework order with a loss-adjusting firm: fee schedule and service levels, no case data")
def m101():
    m = new("Leitung Schaden <schaden-leitung@elbwerk-versicherung.example>",
            "Crawley & Partner Sachverständige <zentrale@crawley-partner.example>",
            "Rahmenauftrag Schadenregulierung Gewerbe 2026–2028",
            "2026-01-06 11:00", "<k101.rahmen.crawley@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Damen und Herren,

wir bestätigen den Rahmenauftrag für die Jahre 2026 bis 2028:

Leistung: Schadenfeststellung Sach/BU/Technik ab 25.000 EUR Schadenhöhe,
Großschäden ab 500.000 EUR mit Teamleitung
Erstkontakt mit dem Versicherungsnehmer: innerhalb 24 Stunden
Erster Bericht: innerhalb 5 Arbeitstagen
Honorar: Stundensätze lt. Anlage 2 (Sachverständiger 145 EUR, Senior 175 EUR),
Fahrtkosten 0,65 EUR/km
Berichte ausschließlich über das Gutachterportal, nicht per E-Mail

Ansprechpartner bei uns bleibt Herr Pahl (Schaden Gewerbe).

Mit freundlichen Grüßen
Dr. Christian Asmussen
Leitung Schaden
""")
    return m


# --------------------------------------------------------------------- m102
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "attachment-only: occupational-health findings of named employees (hearing loss, skin findings) sent for group accident underwriting")
def m102():
    m = new("Aylin Demir <aylin.demir@elbwerk-versicherung.example>",
            "Svenja Kruse <s.kruse@brandt-oltmanns.example>",
            "AW: Unterlagen Gruppenunfall Neuantrag Metallbau Wendland",
            "2026-05-26 13:44", "<k102.metallbau.wendland@elbwerk-versicherung.example>")
    text(m, """\
Hallo Frau Kruse,

die Unterlagen, die die Metallbau Wendland KG zum Neuantrag mitgeschickt hat,
sende ich Ihnen zurück – wir benötigen sie für die Gruppenunfallversicherung nicht
und möchten sie auch nicht in der Akte haben. Bitte geben Sie sie an den Kunden
zurück und lassen Sie sie bei sich löschen.

Für das Angebot reichen Anzahl der Mitarbeitenden je Tätigkeit und die gewünschten
Summen.

Viele Grüße
Aylin Demir
""")
    attach_bytes(m, odt([
        "Arbeitsmedizinischer Dienst Nord – Vorsorgebescheinigungen (Auszug), Metallbau Wendland KG",
        "Untersuchungstag: 14.04.2026, Betriebsarzt Dr. med. Fritz Kerner",
        "Dirk Wendland, geb. 02.02.1969: Lärm G20 – beginnende Lärmschwerhörigkeit beidseits (H83.3), Gehörschutz-Otoplastik empfohlen; Nachuntersuchung in 12 Monaten.",
        "Marvin Teske, geb. 17.08.1994: Schweißrauche G39 – keine Bedenken.",
        "Holger Brandt, geb. 26.11.1961: Lärm G20 – Hörverlust 40 dB bei 4 kHz, Hörgeräteversorgung eingeleitet; Hautbefund Hände (Kontaktekzem, L25.9), Hautschutzplan.",
        "Sergej Wolkow, geb. 09.05.1987: Fahr-, Steuer-, Überwachungstätigkeit G25 – Sehschärfe ausreichend mit Brille; Blutdruck erhöht, Hausarzt empfohlen.",
        "Hinweis: Die Bescheinigungen enthalten nur das Ergebnis der Vorsorge und sind für den Arbeitgeber bestimmt.",
    ]), "application/vnd.oasis.opendocument.text", "Vorsorge_Wendland_2026.odt")
    return m


# --------------------------------------------------------------------- m103
@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "cyber claim of a law partnership naming the partners and ransom demand; no client data disclosed")
def m103():
    m = new("Jan-Hendrik Voss <jan-hendrik.voss@elbwerk-versicherung.example>",
            "James Whitcombe <james.whitcombe@harcourtlane.example>",
            "Cyber 26-CY-0092 – Lorenzen Gerdau Partnerschaft mbB – first notice",
            "2026-10-26 08:40", "<k103.cy0092.lorenzen@elbwerk-versicherung.example>")
    text(m, """\
Dear James,

first notice for the following market on the cyber policy of Lorenzen Gerdau
Rechtsanwälte Partnerschaft mbB, Oldenburg (7 partners):

On Saturday 24 October the firm's file server was encrypted. The managing
partner, Dr. Henning Lorenzen, called our hotline at 07:10 on Sunday; partner
Ms Meike Gerdau is coordinating with NordSec Forensics on site. A ransom note
demands USD 180,000 in Monero. There is no evidence of exfiltration so far; the
firm's document management system runs in an external data centre and appears
unaffected.

We have engaged Riedel & Partner as breach coach. Under the professional secrecy
rules the firm will only notify clients if exfiltration is confirmed.

Initial reserve EUR 120,000. No ransom payment will be made without the consent
of all insurers.

Kind regards
Jan-Hendrik Voss
""")
    return m


# --------------------------------------------------------------------- m104
@mail("NORMAL", "en", "internal",
      "trap: MGA audit summary (files reviewed, missing signatures, claims handling times), no person data")
def m104():
    m = new("Miriam Okafor <miriam.okafor@elbwerk-versicherung.example>",
            "Financial Lines Team <financial-lines@elbwerk-versicherung.example>",
            "Hafenkontor audit 2026 – summary",
            "2026-06-26 17:00", "<k104.hk.audit@elbwerk-versicherung.example>")
    text(m, """\
Hi all,

summary of the on-site audit at Hafenkontor Underwriting (23–24 June):

Underwriting
- 60 files reviewed (random sample), 57 fully compliant
- 2 files without signed proposal form (bound on the basis of an e-mail)
- 1 file bound above the revenue limit without referral
Claims
- 18 claims files reviewed; average time to first contact 1.6 days
- reserves adequate in 16 of 18 files, two under-reserved (total EUR 42k)
Data protection / IT
- bordereaux are still sent as unencrypted spreadsheets – to be switched to our
  SFTP by 30 September
- client files stored on a shared drive without access logging – action plan
  requested

Overall rating: satisfactory. Follow-up review in Q1 2027.

Miriam
""")
    return m


# --------------------------------------------------------------------- m105
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-mga",
      "fatal tractor accident of a named farmer: cause of death and death benefit under the farm accident cover")
def m105():
    m = new("Henning Stöver <henning.stoever@elbwerk-versicherung.example>",
            "Hauke Thiessen <h.thiessen@agrar-assekuranz-nord.example>",
            "Todesfall Jens-Ove Carstensen – Unfallversicherung AAN-UF-0101",
            "2026-09-17 15:02", "<k105.tod.carstensen@elbwerk-versicherung.example>")
    text(m, """\
Moin Herr Thiessen,

es tut mir leid, dass wir uns aus diesem Anlass schreiben. Zum Tod von Herrn
Jens-Ove Carstensen (Schafhalter, Dagebüll) am 08.09.2026:

Nach dem Polizeibericht ist Herr Carstensen mit dem Traktor am Deich umgekippt;
die Obduktion ergab als Todesursache ein schweres Thoraxtrauma. Der
Blutalkoholwert war negativ; Hinweise auf eine vorausgegangene Erkrankung
(z. B. Herzinfarkt) haben sich nicht ergeben.

Damit liegt ein Unfalltod vor. Leistung aus AAN-UF-0101: Todesfallsumme 50.000 EUR.
Bezugsberechtigt ist laut Vertrag die Ehefrau, Frau Wiebke Carstensen. Wir
brauchen von ihr:
- Sterbeurkunde (Kopie genügt),
- Bankverbindung,
- Erbschein nur, falls sie nicht mehr bezugsberechtigt sein sollte (getrennt lebend?).

Die Betriebshilfe für die Schafherde läuft über den Maschinenring weiter.

Gruß
Henning Stöver
""")
    return m


# --------------------------------------------------------------------- m106
@mail("NORMAL", "de", "insurer-to-broker",
      "market information on fleet premium adjustments 2027, no client data")
def m106():
    m = new("Claudia Reuter <claudia.reuter@elbwerk-versicherung.example>",
            "Maklerverteiler Nord <makler-nord@lists.elbwerk-versicherung.example>",
            "Maklerinfo 09/2026: Beitragsanpassung Flotte 2027",
            "2026-09-24 10:00", "<k106.maklerinfo0926@lists.elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

die Schadenaufwendungen in der Kraftfahrt-Flotte sind 2025 erneut gestiegen:
Ersatzteile +9 %, Werkstattstundensätze +7 %, Mietwagen +5 %. Wir passen die
Flottenbeiträge zur Hauptfälligkeit 01.01.2027 daher wie folgt an:

- Pkw-Flotten: Haftpflicht +4 %, Kasko +8 %
- Lkw über 7,5 t: Haftpflicht +6 %, Kasko +9 %
- Lieferwagen (Handwerk): Haftpflicht +3 %, Kasko +7 %
- Flotten mit Schadenquote unter 60 %: Anpassung halbiert

Die individuellen Verlängerungsangebote erhalten Sie bis 31. Oktober über die
Vermittlerpost.

Mit freundlichen Grüßen
Claudia Reuter
""")
    return m


# --------------------------------------------------------------------- m107
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "builder's liability quote for a named private person building a house, with plot address and building sum")
def m107():
    m = new("Katrin Albers <katrin.albers@elbwerk-versicherung.example>",
            "Rainer Kessler <info@kessler-assekuranz.example>",
            "Bauherrenhaftpflicht + Bauleistung Eheleute Brandes, Reppenstedt",
            "2026-03-10 09:51", "<k107.bauherr.brandes@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Kessler,

für Ihre Kunden Ole und Maren Brandes (wohnhaft Bei der Ratsmühle 8, Lüneburg):

Bauvorhaben: Einfamilienhaus mit Einliegerwohnung, Am Sonnenhang 17,
21391 Reppenstedt, Baubeginn 01.04.2026, Bauzeit ca. 14 Monate
Bausumme: 560.000 EUR, Eigenleistungen ca. 40.000 EUR (Innenausbau)
Finanzierung über die Sparkasse Lüneburg (Bank verlangt Bauleistungsversicherung)

Bauherrenhaftpflicht (DS 5 Mio. EUR): 148,00 EUR einmalig
Bauleistungsversicherung inkl. Diebstahl eingebauter Teile, SB 250 EUR: 1.064,00 EUR
Bauhelfer-Unfallschutz bieten wir nicht an – die Helfer sind über die BG BAU
anzumelden.

Viele Grüße
Katrin Albers
""")
    return m


# --------------------------------------------------------------------- m108
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "business travel accident: named employee medically evacuated from Brazil after a road accident, injuries and costs")
def m108():
    m = new("Sabine Wendt <sabine.wendt@elbwerk-versicherung.example>",
            "Priya Raman <priya.raman@harcourtlane.example>",
            "Business travel accident cover Vortex Medtech – Mr Rafael Moreira",
            "2026-05-07 19:12", "<k108.travel.moreira@elbwerk-versicherung.example>")
    text(m, """\
Dear Priya,

update on Mr Rafael Moreira (field application specialist, Vortex Medtech AG)
under the group business travel accident and assistance cover 4480-0012:

Mr Moreira was injured as a passenger in a taxi collision in São Paulo on
29 April. He sustained a fracture of the cervical vertebra C6 without spinal cord
injury and a ruptured spleen, which was removed on the day of the accident at
Hospital Santa Catarina. Our assistance partner organised an air ambulance
transfer to Hamburg on 5 May; he is now at the BG Klinikum for further treatment
of the neck fracture (halo fixation).

Costs so far: hospital São Paulo EUR 38,400, air ambulance EUR 71,200 – both
paid directly under the assistance module. Accident benefits (hospital daily
allowance, possible invalidity) will follow once treatment is completed.

His wife travelled to Brazil; her travel costs (EUR 2,860) are covered as
"visit of a close relative".

Kind regards
Sabine Wendt
""")
    return m


# --------------------------------------------------------------------- m109
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: aggregated group-health claims analysis for a pharma company by benefit type, small cells merged")
def m109():
    m = new("Aylin Demir <aylin.demir@elbwerk-versicherung.example>",
            "Laura Sienkiewicz <l.sienkiewicz@morgenroth-ib.example>",
            "bKV Nordpharm – Jahresauswertung 2025 für das Kundengespräch",
            "2026-03-19 11:30", "<k109.bkv.nordpharm.auswertung@elbwerk-versicherung.example>")
    text(m, """\
Hallo Frau Sienkiewicz,

für Ihr Jahresgespräch mit der Nordpharm Arzneimittel GmbH die anonymisierte
Auswertung der betrieblichen Krankenversicherung 2025 (604 versicherte
Mitarbeitende, Budgettarif 900 EUR):

Leistungsart                 Anteil Ausgaben   Nutzerquote
Zahnersatz/Zahnprophylaxe          34 %            41 %
Sehhilfen (Brillen/Kontaktlinsen)  21 %            29 %
Heilpraktiker/Osteopathie          17 %            15 %
Vorsorgeuntersuchungen             11 %            22 %
Arznei- und Hilfsmittel             9 %            12 %
sonstige (zusammengefasst)          8 %             9 %

Ausschöpfung des Budgets: Ø 46 %; Schadenquote 71 %.
Leistungsarten mit weniger als 10 Nutzern sind unter "sonstige" zusammengefasst,
damit keine Rückschlüsse auf Einzelpersonen möglich sind.

Empfehlung: Budget beibehalten, Facharzt-Terminservice als Zusatzleistung anbieten.

Viele Grüße
Aylin Demir
""")
    return m


# --------------------------------------------------------------------- m110
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "fine-art transit/exhibition policy of a sole-trader art dealer: private address, artworks and values")
def m110():
    m = new("Transport & Kunst <kunst@elbwerk-versicherung.example>",
            "Viktoria Aurich <galerie@aurich-kunsthandel.example>",
            "Ausstellungsversicherung „Nordlicht“ – Versicherungsschein 6600-030-451",
            "2026-04-29 16:25", "<k110.kunst.aurich@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Frau Aurich,

anbei die Eckdaten Ihrer Nagel-zu-Nagel-Versicherung für die Ausstellung
„Nordlicht – Malerei der Künstlerkolonie Ekensund“:

Versicherungsnehmerin: Viktoria Aurich, Kunsthandel (Einzelunternehmen)
Geschäfts- und Lageradresse: Lange Reihe 71, 20099 Hamburg
Lagerung nach Ausstellungsende: Privatwohnung der Versicherungsnehmerin,
Heilwigstraße 40, 20249 Hamburg (Tresorraum, VdS-Klasse III)
Laufzeit: 05.05.–30.06.2026 inkl. Transporte (Spedition Hasenkamp)

Werke (Auszug): Jacob Alberts „Halligwiese“ 48.000 EUR; Hans Peter Feddersen
„Marschlandschaft“ 36.000 EUR; Alexander Eckener „Ekensund am Abend“ 22.000 EUR;
weitere 14 Werke lt. Liste, Gesamtsumme 318.000 EUR.

Beitrag: 1.590,00 EUR zzgl. VersSt. Bitte prüfen Sie die Liste und bestätigen Sie
die Wertangaben schriftlich.

Mit freundlichen Grüßen
Elbwerk Versicherung AG, Transport & Kunst
""")
    return m


# --------------------------------------------------------------------- m111
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only benefit statement of group health with a table of a named employee's treatments")
def m111():
    m = new("Elbwerk bKV-Leistungsservice <bkv-leistung@elbwerk-versicherung.example>",
            "Merle Hinsch <merle.hinsch@mail-nord.example>",
            "Ihre Leistungsabrechnung – betriebliche Krankenversicherung",
            "2026-08-20 07:40", "<k111.bkv.hinsch@elbwerk-versicherung.example>")
    text(m, """\
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrte Frau Hinsch,</p>
<p>wir haben Ihre Einreichung vom 12.08.2026 zur betrieblichen Krankenversicherung
(Gruppenvertrag Holzbau Petersen GmbH, Tarif bKV Budget 600) abgerechnet:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Datum</th><th>Leistungserbringer</th><th>Leistung</th><th>Betrag</th><th>erstattet</th></tr>
<tr><td>02.07.2026</td><td>Augenoptik Lüttge</td><td>Gleitsichtbrille, Sph. -3,25 / -2,75</td><td>689,00 &euro;</td><td>300,00 &euro;</td></tr>
<tr><td>15.07.2026</td><td>Dr. med. dent. Kühnel</td><td>Professionelle Zahnreinigung</td><td>112,00 &euro;</td><td>112,00 &euro;</td></tr>
<tr><td>29.07.2026</td><td>Dr. med. Sandra Vogt, Gyn&auml;kologie</td><td>Ultraschall Mamma (IGeL), Kontrolle nach Zyste</td><td>62,40 &euro;</td><td>62,40 &euro;</td></tr>
</table>
<p>Verbleibendes Budget 2026: 125,60 &euro;.</p>
<p>Ihr Arbeitgeber erh&auml;lt keine Informationen zu Ihren Einreichungen.</p>
<p>Freundliche Gr&uuml;&szlig;e<br>Ihr bKV-Leistungsservice</p>
</body></html>
""", subtype="html")
    return m


# --------------------------------------------------------------------- m112
@mail("NORMAL", "en", "newsletter",
      "trap: forwarded safety newsletter on heat stress at work (symptoms, first aid), generic")
def m112():
    m = new("Friederike Haack <friederike.haack@elbwerk-versicherung.example>",
            "Risk Engineering <risikotechnik@elbwerk-versicherung.example>",
            "FW: Heat stress on construction sites – Safety Brief July",
            "2026-07-01 08:05", "<k112.fw.heat@elbwerk-versicherung.example>")
    text(m, """\
Useful for the roofer and scaffolder clients – maybe we add it to the risk
survey checklist. F.

> From: EU-OSHA Safety Brief <brief@safety-brief.example>
> Subject: Heat stress on construction sites
>
> Heat stress is a growing occupational hazard. Warning signs include headache,
> dizziness, muscle cramps, nausea and confusion; heat stroke (body temperature
> above 40 °C) is a medical emergency.
>
> Employers should:
> - plan heavy work for the early morning
> - provide shade, drinking water and rest breaks
> - train supervisors to recognise symptoms
> - adapt personal protective equipment
>
> First aid: move the person to a cool place, cool with water, call the
> emergency number if consciousness is impaired.
>
> Statistics: in 2025, heat-related incidents on EU construction sites rose by
> 23 % compared with the 2015–2024 average.
""", cte="8bit")
    return m


# --------------------------------------------------------------------- m113
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "glass breakage at a boutique run by a named sole trader (e.K.): shop window, payout to her")
def m113():
    m = new("Schaden Gewerbe <schaden.gewerbe@elbwerk-versicherung.example>",
            "Rainer Kessler <info@kessler-assekuranz.example>",
            "Glasbruch Schaufenster – Modehaus Lena Wichmann e.K., Schaden 26-GL-00287",
            "2026-01-12 14:05", "<k113.glas.wichmann@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrter Herr Kessler,

zum Glasbruch bei Ihrer Kundin Frau Lena Wichmann (Modehaus Lena Wichmann e.K.,
Bäckerstraße 9, Lüneburg), Vertrag Gewerbe-Glas 3300-202-660:

In der Silvesternacht wurde die Schaufensterscheibe (Isolierglas 3,20 x 2,40 m)
durch einen Feuerwerkskörper beschädigt. Notverglasung am 01.01.: 486,00 EUR;
Neuverglasung Glaserei Schoon: 3.912,00 EUR; Beschriftung neu: 340,00 EUR.

Wir erstatten 4.738,00 EUR ohne Selbstbeteiligung. Da Frau Wichmann die
Rechnungen bereits bezahlt hat, überweisen wir an sie.

Mit freundlichen Grüßen
Schaden Gewerbe
""")
    return m


# --------------------------------------------------------------------- m114
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-mga",
      "iso-8859-1 mail: seasonal farm worker named with rib fractures in the farm group accident cover")
def m114():
    m = new("Henning Stöver <henning.stoever@elbwerk-versicherung.example>",
            "Hauke Thiessen <h.thiessen@agrar-assekuranz-nord.example>",
            "AAN-UF-0107 Hof Lindenhorst - Unfall Saisonkraft",
            "2026-08-04 11:58", "<k114.saison.lindenhorst@elbwerk-versicherung.example>")
    text(m, """\
Moin Herr Thiessen,

die Meldung von Hof Lindenhorst zur Gruppenunfall für Saisonkräfte habe ich
erhalten. Damit wir die Leistung prüfen können, fasse ich kurz zusammen:

Verletzter: Herr Bogdan Popescu, rumänischer Erntehelfer, beschäftigt vom 01.07.
bis 30.09.2026
Unfall: 28.07.2026, Sturz von der Ladefläche eines Anhängers beim Strohladen
Verletzungen: Rippenserienfraktur links (4.-6. Rippe), Pneumothorax, drei Tage
Krankenhaus Bremerhaven-Reinkenheide, Thoraxdrainage
Er möchte nach der Entlassung nach Hause nach Rumänien fahren.

Bitte klären Sie mit Familie Meyerhoff die Heimatanschrift und eine
Bankverbindung von Herrn Popescu. Den Krankenhausbericht fordern wir mit seiner
Einwilligung selbst an (rumänische Fassung der Schweigepflichtentbindung ist
im Portal).

Gruß
Henning Stöver
""", charset="iso-8859-1", cte="8bit")
    return m


# --------------------------------------------------------------------- m115
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: group accident quote on aggregate data only (headcount per risk class), no insured person or client contact named")
def m115():
    m = new("Aylin Demir <aylin.demir@elbwerk-versicherung.example>",
            "Torben Oltmanns <t.oltmanns@brandt-oltmanns.example>",
            "Angebot Gruppenunfall (Pauschalversicherung) Kältetechnik Nord GmbH",
            "2026-02-12 10:15", "<k115.gu.kaeltenord.angebot@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Oltmanns,

für die Kältetechnik Nord GmbH unser Angebot zur Gruppenunfallversicherung als
Pauschalversicherung (ohne Namensnennung):

Versicherte Personen: alle Mitarbeitenden laut Lohnbuchhaltung, derzeit 38
- davon 29 Monteure (Gefahrengruppe B)
- davon 9 kaufmännisch (Gefahrengruppe A)
Versicherungsumfang: 24-Stunden-Deckung, weltweit
Invalidität 100.000 EUR mit Progression 350 %
Unfalltod 20.000 EUR
Krankenhaustagegeld 30 EUR, Genesungsgeld 30 EUR
Bergungskosten 10.000 EUR, kosmetische Operationen 10.000 EUR

Jahresbeitrag: 4.674,00 EUR zzgl. VersSt. Jährliche Meldung der Kopfzahl zum
01.01., eine Namensliste ist nicht erforderlich.

Viele Grüße
Aylin Demir
""")
    return m


# --------------------------------------------------------------------- m116
@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "attachment-only: cyber policy schedule PDF for a GmbH naming its IT contact and managing director; body harmless")
def m116():
    m = new("Financial Lines Service <fl-service@elbwerk-versicherung.example>",
            "Lindqvist Software GmbH <office@lindqvist-software.example>",
            "Your policy documents 5200-117-045",
            "2026-01-02 09:00", "<k116.cyber.schedule.lqs@elbwerk-versicherung.example>")
    text(m, """\
Dear Sir or Madam,

please find attached your policy schedule. The general terms and conditions are
available in the customer portal.

Kind regards
Elbwerk Financial Lines Service
""")
    attach_bytes(m, pdf([
        "Elbwerk Versicherung AG – Cyber Protect Business",
        "Policy schedule no. 5200-117-045, effective 01.01.2026 – 01.01.2027",
        "",
        "Policyholder: Lindqvist Software GmbH, Sandtorkai 38, 20457 Hamburg",
        "Managing director: Erik Lindqvist",
        "Emergency contact (IT): Mr Daniel Hörmann, Head of IT, mobile +49 160 9923114, d.hoermann@lindqvist-software.example",
        "Deputy contact: Ms Sandra Meins, HR & Office, +49 40 5559021",
        "",
        "Limit: EUR 3,000,000 aggregate; sublimit business interruption EUR 1,000,000",
        "Waiting period BI: 8 hours; deductible EUR 5,000",
        "Annual premium: EUR 11,480.00 plus insurance tax",
        "Broker: Harcourt Lane Ltd, London",
        "",
        "Special conditions: MFA for all remote access; immutable backups; annual phishing training.",
    ], title="Policy schedule 5200-117-045"), "application/pdf", "Policy_schedule_5200-117-045.pdf")
    return m


# --------------------------------------------------------------------- m117
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-reinsurer",
      "facultative key-person life submission: named managing director discloses a predictive genetic test (Huntington)")
def m117():
    m = new("Aylin Demir <aylin.demir@elbwerk-versicherung.example>",
            "Life Facultative <life.fac@balticre.example>",
            "Fac request – key person term life EUR 1.8m, Hafenbau Technik GmbH",
            "2026-06-04 14:33", "<k117.fac.life.hafenbau@elbwerk-versicherung.example>")
    text(m, """\
Dear colleagues,

we request facultative support for the following key person cover (sum at risk
above our retention of EUR 750,000):

Policyholder/beneficiary: Hafenbau Technik GmbH, Cuxhaven
Life insured: Mr Torsten Wilkens, managing director, age 46, non-smoker
Sum insured: EUR 1,800,000, term 12 years

Medical evidence: examination and bloods normal, BMI 24.

Disclosure under section 18 of the Genetic Diagnostics Act (sum above
EUR 300,000): Mr Wilkens underwent a predictive genetic test in 2021 after his
father was diagnosed with Huntington's disease. The result showed 41 CAG repeats
in the HTT gene (full-penetrance range). He is currently asymptomatic; the
neurologist's report from March 2026 shows no motor signs.

Our proposal: decline for the full term, or offer a 5-year term with a heavy
extra mortality. We would appreciate your view and your capacity.

Kind regards
Aylin Demir
Group Life & Health Underwriting
""")
    return m


# --------------------------------------------------------------------- m118
@mail("NORMAL", "de", "internal",
      "holiday planning with colleagues' names and dates, organisational")
def m118():
    m = new("Dirk Pahl <dirk.pahl@elbwerk-versicherung.example>",
            "Team Schaden Gewerbe <schaden-gewerbe-team@elbwerk-versicherung.example>",
            "Urlaubsplanung Sommer 2026 – bitte prüfen",
            "2026-04-09 08:20", "<k118.urlaub.sommer@elbwerk-versicherung.example>")
    text(m, """\
Moin zusammen,

so sieht die Sommerplanung aus, bitte bis Freitag Einwände melden:

KW 27–29   Jana, Mehmet
KW 30–32   ich, Birte
KW 33–34   Stefan
KW 35–36   Janine, Torge

In jeder Woche müssen mindestens vier Leute im Büro sein, wegen der
Großschadensaison (Hagel/Sturm). Die Rufbereitschaft am Wochenende bleibt wie
gehabt im Wechsel.

Danke
Dirk
""", cte="8bit")
    return m


# --------------------------------------------------------------------- m119
@mail("CONFIDENTIAL", "de", "internal",
      "credit check of a sole-trader applicant with negative payment entries and score")
def m119():
    m = new("Forderungsmanagement <forderungsmanagement@elbwerk-versicherung.example>",
            "Katrin Albers <katrin.albers@elbwerk-versicherung.example>",
            "Bonitätsprüfung Antrag 2026-AN-08813 (Kfz-Werkstatt Demir)",
            "2026-05-08 11:47", "<k119.bonitaet.demir@elbwerk-versicherung.example>")
    text(m, """\
Hallo Katrin,

die Bonitätsauskunft zum Antrag der Kfz-Werkstatt Cem Demir (Einzelunternehmen,
Harburger Ring 40, Hamburg) ist da:

Bonitätsindex 412 (erhöhtes Risiko)
Negativmerkmale:
- 2024 Mahnbescheid über 4.870 EUR (Teilebelieferung), erledigt 2025
- 2025 Haftbefehl zur Abgabe der Vermögensauskunft, aufgehoben nach Zahlung
- laufendes Inkasso eines Leasinggebers über 11.200 EUR
Zahlungsweise bisher: überwiegend nach 60+ Tagen

Empfehlung: Annahme nur mit jährlicher Zahlweise im Voraus oder Lastschrift,
keine Ratenzahlung.

Gruß
Forderungsmanagement
""")
    return m


# --------------------------------------------------------------------- m120
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "inside a ZIP: accident report and clinic note of a named warehouse employee; body harmless")
def m120():
    m = new("Sabine Wendt <sabine.wendt@elbwerk-versicherung.example>",
            "Laura Sienkiewicz <l.sienkiewicz@morgenroth-ib.example>",
            "Unterlagen zum Vorgang GU 4471-0140/26-07",
            "2026-07-23 16:16", "<k120.zip.gu0140@elbwerk-versicherung.example>")
    text(m, """\
Hallo Frau Sienkiewicz,

wie am Telefon besprochen die Unterlagen zum Vorgang als ZIP. Das Kennwort
schicke ich Ihnen per SMS (leider hat der Virenscanner das verschlüsselte Archiv
abgelehnt, daher diesmal ohne Kennwort – bitte nicht weiterleiten).

Viele Grüße
Sabine Wendt
""")
    attach_bytes(m, zipped([
        ("Unfallanzeige_Ruhnke.txt", """\
UNFALLANZEIGE (Kopie Arbeitgeber)
Unternehmen: Elbe Cold Storage GmbH, Standort Hamburg-Altenwerder
Versicherte Person: Ruhnke, Stefanie, geb. 12.09.1990, Kommissioniererin
Unfalltag: 06.07.2026, 14:25 Uhr, Tiefkühlzone -24 °C, Gang 14
Hergang: Beim Absteigen von der Kommissionierleiter auf vereister Stufe
ausgerutscht, mit dem rechten Knie auf die Kante geschlagen.
Verletzung: Knie rechts, Schwellung, konnte nicht mehr auftreten.
Erstbehandlung: D-Arzt Dr. Lange, Harburg; Überweisung Asklepios Klinik Harburg
Arbeit eingestellt: ja
"""),
        ("Kurzbericht_Klinik.txt", """\
Asklepios Klinik Harburg – Unfallchirurgie – Kurzbericht
Patientin: Stefanie Ruhnke, 12.09.1990
Diagnose: Patellafraktur rechts, Querfraktur, disloziert (S82.0)
Therapie: offene Reposition und Zuggurtungsosteosynthese am 07.07.2026
Verlauf: komplikationslos, Entlassung 10.07.2026 mit Orthese 0-0-90
AU voraussichtlich 10-12 Wochen, Physiotherapie 2x/Woche
"""),
    ]), "application/zip", "GU_0140_26-07.zip")
    return m


# --------------------------------------------------------------------- m121
@mail("NORMAL", "en", "insurer-to-supplier",
      "ticket with the mail-gateway vendor about renewing the domain certificate, no personal data")
def m121():
    m = new("Lars Beekmann <lars.beekmann@elbwerk-versicherung.example>",
            "Support <support@mailgate-solutions.example>",
            "RE: [Case 118274] Domain certificate renewal elbwerk-versicherung.example",
            "2026-09-28 10:52", "<k121.case118274@elbwerk-versicherung.example>")
    text(m, """\
Hello support team,

thanks for the quick answer. To confirm the steps for the renewal of our S/MIME
domain certificate (expires 31 October 2026):

1. We generate the new key pair on the appliance (RSA 3072).
2. The CSR goes to our CA; we import the issued certificate and the chain.
3. Partners with gateway-to-gateway encryption receive the new public
   certificate by mail; the old one stays valid until expiry.

Question: can both certificates be published in parallel in the LDAP directory
during the overlap, so that partners' gateways pick up the new one
automatically?

Best regards
Lars Beekmann
IT Infrastructure, Elbwerk Versicherung AG
""")
    return m


# --------------------------------------------------------------------- m122
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "base64 body: premium refund to a physiotherapist (sole trader) with her IBAN after reducing the sum insured")
def m122():
    m = new("Elbwerk Beitragsservice <beitragsservice@elbwerk-versicherung.example>",
            "Mareike Lorenz <praxis@physio-lorenz.example>",
            "Beitragserstattung Vertrag 3300-517-209",
            "2026-07-14 06:10", "<k122.erstattung.lorenz@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Frau Lorenz,

nach der Herabsetzung der Versicherungssumme Ihrer Praxis-Inhaltsversicherung
(Physiotherapiepraxis Mareike Lorenz, Wandsbeker Chaussee 112, Hamburg) von
95.000 EUR auf 70.000 EUR zum 01.07.2026 erstatten wir Ihnen den
zu viel gezahlten Beitrag:

Erstattung: 84,27 EUR
Empfängerin: Mareike Lorenz
IBAN: DE46 2305 0101 2173 6687 02

Die Gutschrift erfolgt in den nächsten 3 bis 5 Bankarbeitstagen.

Mit freundlichen Grüßen
Elbwerk Beitragsservice
""", cte="base64")
    return m


# --------------------------------------------------------------------- m123
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "clinical-trial insurance: named study participant's serious adverse event (liver injury) reported to the insurer")
def m123():
    m = new("Dr. Jonas Wiebe <jonas.wiebe@elbwerk-versicherung.example>",
            "Dr. Katja Reimers <k.reimers@nordstudien-cro.example>",
            "Probandenversicherung 8900-0044 Studie NP-ONC-203 – Meldung SAE",
            "2026-10-15 12:25", "<k123.proband.sae@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Frau Dr. Reimers,

vielen Dank für die Meldung des schwerwiegenden unerwünschten Ereignisses in der
Studie NP-ONC-203 (Prüfzentrum Universitätsklinikum Kiel).

Wir halten fest: Die Probandin, Frau Gabriele Wittkowski (Patienten-ID 203-014),
entwickelte in Zyklus 3 einen Anstieg der Leberwerte (ALT > 10-fach ULN) mit
Ikterus; sie wurde vom 22.09. bis 04.10.2026 stationär behandelt, die
Studienmedikation wurde dauerhaft abgesetzt. Der Prüfarzt bewertet den
Zusammenhang mit dem Prüfpräparat als "wahrscheinlich".

Nach § 40 AMG besteht Versicherungsschutz für Gesundheitsschäden durch die
klinische Prüfung. Bitte informieren Sie Frau Wittkowski darüber, dass sie
Ansprüche direkt bei uns anmelden kann, und senden Sie uns den CIOMS-Bericht
pseudonymisiert – die Klarnamen-Zuordnung bleibt beim Prüfzentrum.

Mit freundlichen Grüßen
Dr. Jonas Wiebe
""")
    return m


# --------------------------------------------------------------------- m124
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: generic FAQ for brokers on what group accident covers (heart attack, slipped disc, occupational diseases), no person")
def m124():
    m = new("Claudia Reuter <claudia.reuter@elbwerk-versicherung.example>",
            "Svenja Kruse <s.kruse@brandt-oltmanns.example>",
            "AW: Kundenfragen Gruppenunfall – was ist versichert?",
            "2026-06-15 14:48", "<k124.faq.gu@elbwerk-versicherung.example>")
    text(m, """\
Hallo Frau Kruse,

gern, hier die Antworten für Ihre Kundenveranstaltung – ganz allgemein:

Ist ein Herzinfarkt am Arbeitsplatz versichert?
  In der Regel nicht, denn er ist eine Krankheit und kein Unfall. Versichert
  sind aber Unfallfolgen, wenn ein Infarkt z. B. einen Sturz verursacht – mit
  Abzug für die Mitwirkung der Krankheit.

Bandscheibenvorfall beim Heben?
  Nur, wenn ein Unfallereignis die überwiegende Ursache ist; bei Verschleiß
  nicht. Unsere AUB 2020 regeln das in Ziffer 5.2.1.

Berufskrankheiten (z. B. Lärmschwerhörigkeit, Hauterkrankungen)?
  Nicht versichert – dafür ist die gesetzliche Unfallversicherung zuständig.

Psychische Folgen nach einem Unfall?
  Ausgeschlossen, außer sie beruhen auf einer organischen Hirnschädigung.
  Unser Reha-Management bietet aber psychologische Erstbetreuung an.

Zeckenbiss?
  FSME und Borreliose sind im Tarif Plus mitversichert.

Viele Grüße
Claudia Reuter
""")
    return m


# --------------------------------------------------------------------- m125
@mail("CONFIDENTIAL", "mixed", "insurer-to-broker",
      "certificate of insurance for an IT freelancer (natural person) with policy number and home address, text and HTML")
def m125():
    m = new("Hafenkontor Service for Elbwerk <service@elbwerk-versicherung.example>",
            "Svenja Kruse <s.kruse@brandt-oltmanns.example>",
            "Versicherungsbestätigung / Certificate of insurance – Maja Ilić",
            "2026-05-27 13:03", "<k125.certificate.ilic@elbwerk-versicherung.example>")
    alt(m, """\
Sehr geehrte Frau Kruse,

wie angefordert die zweisprachige Versicherungsbestätigung für Ihre Kundin zur
Vorlage beim Projektkunden:

Versicherungsbestätigung / Certificate of insurance
Versicherungsnehmerin / Insured: Maja Ilić, Data Engineer (freelance),
Osterstraße 31, 28199 Bremen
Vertrag / Policy no.: HK-PI-26-0314
Deckung / Cover: IT-Haftpflicht inkl. Vermögensschäden / professional indemnity
Versicherungssumme / Limit: EUR 1,000,000 je Schadenfall / per claim
Laufzeit / Period: 05.03.2026 – 05.03.2027
Der Beitrag ist bezahlt. / The premium has been paid.

Mit freundlichen Grüßen / Kind regards
Elbwerk Versicherung AG in Zusammenarbeit mit Hafenkontor Underwriting GmbH
""", """\
<html><body style="font-family:Calibri,Arial,sans-serif">
<p>Sehr geehrte Frau Kruse,</p>
<p>wie angefordert die zweisprachige Versicherungsbest&auml;tigung f&uuml;r Ihre Kundin zur
Vorlage beim Projektkunden:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td colspan="2"><b>Versicherungsbest&auml;tigung / Certificate of insurance</b></td></tr>
<tr><td>Versicherungsnehmerin / Insured</td><td>Maja Ili&#263;, Data Engineer (freelance), Osterstra&szlig;e 31, 28199 Bremen</td></tr>
<tr><td>Vertrag / Policy no.</td><td>HK-PI-26-0314</td></tr>
<tr><td>Deckung / Cover</td><td>IT-Haftpflicht inkl. Verm&ouml;genssch&auml;den / professional indemnity</td></tr>
<tr><td>Versicherungssumme / Limit</td><td>EUR 1,000,000 je Schadenfall / per claim</td></tr>
<tr><td>Laufzeit / Period</td><td>05.03.2026 &ndash; 05.03.2027</td></tr>
</table>
<p>Der Beitrag ist bezahlt. / The premium has been paid.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en / Kind regards<br>
Elbwerk Versicherung AG in Zusammenarbeit mit Hafenkontor Underwriting GmbH</p>
</body></html>
""")
    return m


# --------------------------------------------------------------------- m126
@mail("NORMAL", "en", "internal",
      "minutes of a quarterly business review with an MGA (premium volumes, loss ratios, targets)")
def m126():
    m = new("Miriam Okafor <miriam.okafor@elbwerk-versicherung.example>",
            "Financial Lines Team <financial-lines@elbwerk-versicherung.example>",
            "Minutes QBR Hafenkontor Q3 2026",
            "2026-10-09 15:30", "<k126.qbr.hk.q3@elbwerk-versicherung.example>",
            cc="Nils Jaspersen <nils.jaspersen@hafenkontor-uw.example>")
    text(m, """\
Minutes – Quarterly Business Review Hafenkontor Underwriting, 08 October 2026
Participants: N. Jaspersen, E. Lindholm (Hafenkontor); M. Okafor, J.-H. Voss (Elbwerk)

1. Production
   GWP YTD EUR 3.41m (plan EUR 3.2m); 2,214 policies in force (PI freelancers
   1,630; cyber SME 584). New business mainly IT consulting and architects.
2. Loss ratio
   PI: 38 % (incurred), cyber: 61 % after the two ransomware losses in Q2.
3. Underwriting actions
   - cyber: MFA check to be documented in the bordereau (new column)
   - PI: revenue limit stays at EUR 250k, referrals above
4. Audit follow-up
   SFTP for bordereaux live since 28 September – closed.
5. Targets 2027
   GWP EUR 4.6m, cyber share max. 30 %.

Next QBR: 14 January 2027, Hamburg.
""")
    return m


# --------------------------------------------------------------------- m127
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "reply chain: new text harmless, quoted mails name a farmer, his storm-damaged barn, policy number and amount")
def m127():
    m = new("Henning Stöver <henning.stoever@elbwerk-versicherung.example>",
            "Hauke Thiessen <h.thiessen@agrar-assekuranz-nord.example>",
            "AW: AW: Sturmschaden Scheune Tammen",
            "2026-02-24 08:36", "<k127.aw.aw.tammen@elbwerk-versicherung.example>")
    text(m, """\
Moin, Gutachter kommt Dienstag um 10, passt das?

Gruß Stöver

> -----Ursprüngliche Nachricht-----
> Von: Hauke Thiessen
> Gesendet: Montag, 23. Februar 2026 16:02
> Betreff: AW: Sturmschaden Scheune Tammen
>
> Moin Herr Stöver, ja, Herr Tammen ist jeden Vormittag auf dem Hof. Er bittet um
> Abschlag, weil der Dachdecker 8.000 EUR Vorkasse will.
>
>> -----Ursprüngliche Nachricht-----
>> Von: Henning Stöver
>> Gesendet: Montag, 23. Februar 2026 09:15
>> Betreff: Sturmschaden Scheune Tammen
>>
>> Hallo Herr Thiessen,
>> zum Sturmschaden vom 19.02. an der Maschinenscheune von Herrn Hinrich Tammen
>> (AAN-LW-0088, Osterende 12, Wanna): Laut Fotos ist ein Drittel der
>> Dacheindeckung abgedeckt, Schätzung Herr Tammen 26.000 EUR. Wir schicken
>> einen Gutachter. Ist er vormittags erreichbar?
""", cte="8bit")
    return m


# --------------------------------------------------------------------- m128
@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-broker",
      "small-company group health underwriting: health questionnaire results of named employees in an XLSX, body mixes languages")
def m128():
    m = new("Aylin Demir <aylin.demir@elbwerk-versicherung.example>",
            "Priya Raman <priya.raman@harcourtlane.example>",
            "bKV Kleinbetrieb Nordlicht Design Studio – Risikoprüfung / underwriting result",
            "2026-03-05 12:22", "<k128.bkv.nordlicht.uw@elbwerk-versicherung.example>")
    text(m, """\
Dear Priya,

since the Nordlicht Design Studio has only 7 employees, the group health plan
requires simplified health questions for each person (unter 10 Mitarbeitenden
keine Annahme ohne Gesundheitsfragen). Result per person is in the attached file.

In short: 5 employees accepted as standard, one with an exclusion for dental
prosthetics (planned treatment), one with a waiting period of 8 months for the
vision budget. Please let the employer know only the overall result ("all
employees accepted"), not the individual details.

Viele Grüße / kind regards
Aylin Demir
""")
    attach_bytes(m, xlsx([
        ("Risikoprüfung", [
            ["Name", "geb.", "Frage 1 laufende Behandlung", "Frage 2 geplante Zahnbehandlung", "Frage 3 Sehhilfe", "Ergebnis"],
            ["Aurelia Brandt", "1992-05-04", "nein", "nein", "ja, -1,5 dpt", "normal"],
            ["Tim Ostermann", "1988-12-19", "nein", "nein", "nein", "normal"],
            ["Nele Fischer", "1996-02-27", "nein", "ja, Brücke 36-37 geplant (HKP liegt vor)", "nein", "Ausschluss Zahnersatz 36-37"],
            ["Kerem Aydın", "1990-07-08", "ja, Physiotherapie nach Kreuzbandplastik", "nein", "nein", "normal"],
            ["Lotte Jansen", "1985-09-15", "nein", "nein", "ja, Keratokonus, Kontaktlinsen", "Wartezeit Sehhilfen 8 Monate"],
            ["Paul Wegner", "1979-03-30", "nein", "nein", "ja, Gleitsicht", "normal"],
            ["Ida Sommerfeld", "2000-10-01", "nein", "nein", "nein", "normal"],
        ]),
    ]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "bKV_Nordlicht_Risikopruefung.xlsx")
    return m


# --------------------------------------------------------------------- m129
@mail("NORMAL", "de", "insurer-to-company",
      "trap: invitation to a first-aid seminar for client companies (bleeding, burns, resuscitation), generic")
def m129():
    m = new("Elbwerk Risikotechnik <risikotechnik@elbwerk-versicherung.example>",
            "Gewerbekunden Nord <gewerbekunden@lists.elbwerk-versicherung.example>",
            "Einladung: Erste Hilfe im Betrieb – Auffrischungskurs für Ersthelfer",
            "2026-02-16 09:00", "<k129.ersthelfer.kurs@lists.elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Damen und Herren,

als Service für unsere Gewerbekunden bieten wir gemeinsam mit dem
Arbeiter-Samariter-Bund wieder Auffrischungskurse für betriebliche
Ersthelferinnen und Ersthelfer an (9 Unterrichtseinheiten, anerkannt von der
gesetzlichen Unfallversicherung).

Inhalte:
- Eigenschutz und Notruf
- Stillen starker Blutungen, Wundversorgung, Amputationsverletzungen
- Verbrennungen, Verätzungen, Stromunfälle
- Herz-Lungen-Wiederbelebung und Einsatz des AED
- Schlaganfall und Herzinfarkt erkennen
- Besonderheiten in Werkstatt, Lager und Landwirtschaft

Termine: 12.03., 16.04., 21.05.2026 in Hamburg, Lüneburg und Stade.
Kosten: für Elbwerk-Kunden übernehmen wir 50 % der Kursgebühr.

Anmeldung formlos an risikotechnik@elbwerk-versicherung.example

Mit freundlichen Grüßen
Ihre Elbwerk Risikotechnik
""")
    return m


# --------------------------------------------------------------------- m130
@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "personal Side A D&O for a named independent director with private address and disclosed private assets")
def m130():
    m = new("Miriam Okafor <miriam.okafor@elbwerk-versicherung.example>",
            "James Whitcombe <james.whitcombe@harcourtlane.example>",
            "Personal Side A cover – Prof. Dr. Ute Kammerer",
            "2026-10-20 11:05", "<k130.sidea.kammerer@elbwerk-versicherung.example>")
    text(m, """\
Dear James,

regarding the personal Side A D&O policy for Prof. Dr. Ute Kammerer
(chair of the supervisory board of Vortex Medtech AG and two further mandates):

We can offer EUR 5m excess of the corporate programmes, premium EUR 7,900.
For the application we need her signature on the declaration and we note the
information she provided:

Private address: Düsternbrooker Weg 64, 24105 Kiel
Other mandates: Baltic Diagnostics AG (supervisory board), Stiftung Meereswissen
(board of trustees, unpaid)
Private assets as stated: owner-occupied house approx. EUR 1.4m, securities
approx. EUR 2.1m, no liabilities; annual board fees EUR 142,000 in total.

As the cover is personal, the premium will be invoiced to her and cannot be
paid by Vortex Medtech.

Kind regards
Miriam
""")
    return m


# --------------------------------------------------------------------- m131
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "fatal fall of a named carpenter from a roof, group accident death benefit and beneficiaries")
def m131():
    m = new("Sabine Wendt <sabine.wendt@elbwerk-versicherung.example>",
            "Svenja Kruse <s.kruse@brandt-oltmanns.example>",
            "GU 4471-0061 Zimmerei Jansen GmbH – tödlicher Arbeitsunfall",
            "2026-11-12 10:48", "<k131.gu.jansen.tod@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Frau Kruse,

mit großem Bedauern haben wir die Nachricht vom Tod des Zimmerers Herrn
Florian Rasch (34) erhalten. Nach der Unfallanzeige stürzte er am 03.11.2026 beim
Richten eines Dachstuhls in Tostedt aus ca. 7 m Höhe, weil eine
Absturzsicherung fehlte; er erlag noch an der Unfallstelle seinen schweren
Kopfverletzungen.

Aus der namentlichen Gruppenunfallversicherung 4471-0061 ist die Todesfallsumme
von 30.000 EUR fällig. Eine Bezugsberechtigung ist nicht erklärt; die Leistung
steht daher den Erben zu. Nach Auskunft des Arbeitgebers hinterlässt Herr Rasch
seine Lebensgefährtin und eine Tochter (6 Jahre). Wir benötigen:
- Sterbeurkunde
- Erbschein bzw. Nachweis der gesetzlichen Vertretung der Tochter
- Bankverbindung des Nachlasses

Die Berufsgenossenschaft und die Staatsanwaltschaft ermitteln wegen der
fehlenden Absturzsicherung; das berührt unsere Leistung nicht.

Mit freundlichen Grüßen
Sabine Wendt
""")
    return m


# --------------------------------------------------------------------- m132
@mail("NORMAL", "de", "insurer-to-broker",
      "notification mail: new documents in the electronic broker post, no content")
def m132():
    m = new("Elbwerk Vermittlerpost <vermittlerpost@elbwerk-versicherung.example>",
            "Rainer Kessler <info@kessler-assekuranz.example>",
            "Neue Dokumente in Ihrer Vermittlerpost",
            "2026-06-01 05:02", "<k132.vpost.20260601.kessler@elbwerk-versicherung.example>",
            headers=(("Auto-Submitted", "auto-generated"),))
    text(m, """\
Guten Tag,

in Ihrer elektronischen Vermittlerpost liegen 7 neue Dokumente für Sie bereit
(Eingang 01.06.2026, 05:00 Uhr).

Sie finden die Dokumente nach der Anmeldung im Maklerportal unter
Postfach > Vermittlerpost. Ihr Maklerverwaltungsprogramm kann die Dokumente
auch automatisch über die BiPRO-Schnittstelle abholen.

Aus Datenschutzgründen enthalten diese Benachrichtigungen keine Inhalte.

Ihr Elbwerk Maklerservice
Diese E-Mail wurde automatisch versandt.
""", cte="8bit")
    return m


# --------------------------------------------------------------------- m133
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "ZIP with photo notes and a repair estimate for a sole trader's van (owner named, plate), nobody hurt")
def m133():
    m = new("Tobias Klink <tobias.klink@elbwerk-versicherung.example>",
            "Torben Oltmanns <t.oltmanns@brandt-oltmanns.example>",
            "Kasko Transporter STD-EB 77 – Unterlagen",
            "2026-09-08 13:31", "<k133.zip.brugmann.kasko@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Oltmanns,

anbei die Unterlagen zum Kaskoschaden am Transporter Ihres Kunden als ZIP; der
Kostenvoranschlag ist aus unserer Sicht plausibel. Freigabe ist erteilt.

Gruß
Tobias Klink
""")
    attach_bytes(m, zipped([
        ("Schadenbeschreibung.txt", """\
Kaskoschaden 26-KF-04412
Versicherungsnehmer: Jens Brügmann, Elektro Brügmann e.K., Harsefelder Straße 41, 21680 Stade
Fahrzeug: Ford Transit Custom, STD-EB 77, FIN WF0YXXTTGYNL40218
Schadentag: 31.08.2026, Parkplatz Baumarkt Stade
Hergang: Beim Ausparken gegen einen Betonpoller gestoßen (Fahrer: Herr Brügmann selbst).
Personen: niemand verletzt. Kein Fremdschaden.
Fotos: IMG_2211 bis IMG_2219 (Heck links, Stoßfänger, Rückleuchte)
"""),
        ("Kostenvoranschlag_Autohaus_Stade.txt", """\
Autohaus Elbe-Stade GmbH – Kostenvoranschlag KV-26-3318
Kunde: Jens Brügmann, Stade
Fahrzeug: Ford Transit Custom, STD-EB 77
Stoßfänger hinten erneuern         612,40 EUR
Rückleuchte links                  288,10 EUR
Seitenwand hinten links richten    540,00 EUR
Lackierung                         890,00 EUR
Summe netto                      2.330,50 EUR
"""),
    ]), "application/zip", "Kasko_STD-EB77_Unterlagen.zip")
    return m


# --------------------------------------------------------------------- m134
@mail("NORMAL", "mixed", "internal",
      "trap: DPIA meeting minutes for the group health portal listing data categories (diagnoses, ICD-10, invoices), no person")
def m134():
    m = new("Petra Lüders (Datenschutz) <datenschutz@elbwerk-versicherung.example>",
            "Projekt bKV-Portal <projekt-bkv-portal@elbwerk-versicherung.example>",
            "DSFA bKV-Portal – Protokoll Workshop 2 / DPIA minutes",
            "2026-04-24 17:10", "<k134.dsfa.bkvportal@elbwerk-versicherung.example>")
    text(m, """\
Protokoll DSFA-Workshop 2 – bKV-Portal (Upload von Rechnungen durch Mitarbeitende)
Teilnehmende: Lüders (DSB), Demir (Fachbereich), Beekmann (IT), external
consultant from the app vendor (English-speaking, therefore partly in English)

1. Verarbeitete Datenkategorien
   - Stammdaten der versicherten Mitarbeitenden (Name, Geburtsdatum, Personalnummer)
   - Gesundheitsdaten: Rechnungen von Ärzten, Zahnärzten, Heilpraktikern,
     Diagnosen und ICD-10-Codes auf Rechnungen, Verordnungen, Sehstärken
   - Bankverbindung für Erstattungen
2. Risks identified / Risiken
   - employer could learn about an employee's treatments -> strict separation,
     employer only receives aggregated reports with minimum group size 10
   - OCR of invoices stores full text incl. diagnoses -> retention 6 years only in
     the claims system, app cache deleted after upload
   - push notifications must not contain amounts or provider names
3. Maßnahmen
   - Ende-zu-Ende-Verschlüsselung des Uploads, Hosting in Frankfurt
   - Zugriff im Fachbereich nur für Leistungsbearbeitung
4. Next steps: pen test in May, final DPIA sign-off in June.

P. Lüders
""")
    return m


# --------------------------------------------------------------------- m135
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "cyber data breach at a cleaning company: leaked sick notes of named employees with diagnoses")
def m135():
    m = new("Jan-Hendrik Voss <jan-hendrik.voss@elbwerk-versicherung.example>",
            "Svenja Kruse <s.kruse@brandt-oltmanns.example>",
            "Cyber 26-CY-0104 Blank & Sauber GmbH – Umfang des Datenabflusses",
            "2026-11-18 15:49", "<k135.cy0104.au@elbwerk-versicherung.example>")
    text(m, """\
Hallo Frau Kruse,

die Forensik hat den Umfang des Datenabflusses bei der Gebäudereinigung Blank &
Sauber GmbH bestätigt: Aus dem E-Mail-Postfach der Personalabteilung wurden
ca. 1.900 Mails abgezogen, darunter eingescannte Arbeitsunfähigkeitsbescheinigungen
der Papierzeit vor der eAU. Auf der Leak-Seite sind als "Beweis" veröffentlicht:

- AU von Frau Emine Aksoy, Diagnose M54.5 (Kreuzschmerz), 3 Wochen
- AU von Herrn Kwame Osei, Diagnose F43.2 (Anpassungsstörung), 6 Wochen
- Wiedereingliederungsplan von Frau Ewa Dobrowolski nach Knie-OP
- Schwerbehindertenausweis (Kopie) eines Mitarbeiters, GdB 50

Die Gesellschaft muss die Betroffenen nach Art. 34 DSGVO benachrichtigen; der
Breach Coach (Riedel & Partner) bereitet die Schreiben vor. Kosten dafür und für
ein Callcenter übernehmen wir aus dem Baustein Benachrichtigungskosten.

Bitte achten Sie darauf, dass diese Liste nicht an weitere Personen beim Kunden
geht – die Geschäftsführung bekommt nur die Anzahl der Betroffenen.

Gruß
Jan-Hendrik Voss
""")
    return m


# --------------------------------------------------------------------- m136
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "machinery breakdown of a farm couple's biogas CHP unit: names, policy, costs and payout, no health content")
def m136():
    m = new("Schaden Technik <schaden-technik@elbwerk-versicherung.example>",
            "Karin und Arne Meyerhoff <biogas@hof-lindenhorst.example>",
            "Maschinenbruch BHKW – Ihr Schaden 26-MB-00931",
            "2026-12-01 10:20", "<k136.bhkw.meyerhoff@elbwerk-versicherung.example>",
            cc="Hauke Thiessen <h.thiessen@agrar-assekuranz-nord.example>")
    text(m, """\
Sehr geehrte Frau Meyerhoff, sehr geehrter Herr Meyerhoff,

zum Motorschaden am Blockheizkraftwerk Ihrer Biogasanlage (250 kW,
Hof Lindenhorst, Hambergen), Vertrag AAN-MB-0107:

Laut Gutachten Ing.-Büro Wessels ist ein Pleuellagerschaden durch
Schmierölmangel eingetreten; die Ölstandsüberwachung war defekt. Wartung
nach Herstellervorgabe ist nachgewiesen.

Reparatur (Austauschmotor):          118.400,00 EUR
Ertragsausfall 23 Tage (Einspeisung): 41.860,00 EUR
abzüglich Selbstbeteiligung:          -5.000,00 EUR
Entschädigung:                       155.260,00 EUR

Eine Abschlagszahlung von 80.000 EUR haben Sie am 12.11. erhalten; den Rest
überweisen wir diese Woche.

Mit freundlichen Grüßen
Schaden Technik
""")
    return m


# --------------------------------------------------------------------- m137
@mail("NORMAL", "en", "insurer-to-broker",
      "portal account creation notice: initial password sent by post, no content")
def m137():
    m = new("Elbwerk Broker Portal <maklerportal@elbwerk-versicherung.example>",
            "Priya Raman <priya.raman@harcourtlane.example>",
            "Your Elbwerk broker portal account",
            "2026-01-20 09:41", "<k137.portal.account.raman@elbwerk-versicherung.example>",
            headers=(("Auto-Submitted", "auto-generated"),))
    text(m, """\
Dear Ms Raman,

your firm administrator at Harcourt Lane Ltd has created a user account for you
in the Elbwerk broker portal.

User name: p.raman.harcourtlane
Your one-time password will be sent to you by letter to your office address.
On first login you will be asked to set a new password and a security question.

Portfolio rights: Financial Lines and Group Life & Health (as assigned by your
firm administrator).

If you did not expect this message, please contact
maklerportal@elbwerk-versicherung.example.

Elbwerk Versicherung AG
""")
    return m


# --------------------------------------------------------------------- m138
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "risk survey of a care-home operator naming residents with falls, fractures and dementia")
def m138():
    m = new("Friederike Haack <friederike.haack@elbwerk-versicherung.example>",
            "Laura Sienkiewicz <l.sienkiewicz@morgenroth-ib.example>",
            "Risk survey Lebensabend Nord GmbH – Haus Deichblick",
            "2026-08-28 16:45", "<k138.survey.deichblick@elbwerk-versicherung.example>")
    text(m, """\
Dear Laura,

my survey notes from Haus Deichblick (Lebensabend Nord GmbH, Cuxhaven, 96 beds)
as requested by the underwriting committee. I had to look at the incident
reports, which unfortunately name residents; please do not pass them on.

Falls in the last 12 months: 31, of which 6 with injuries. The most serious:
- Mr Herbert Ollmann (89, advanced dementia) – femoral neck fracture after a fall
  from bed at night; bed rails had been removed following a court order, no low
  bed or sensor mat was provided
- Mrs Irmgard Sievers (84) – fall in the bathroom, wrist fracture; call bell out
  of reach
- Mrs Liselotte Brandt (91) – two falls within a week after a change of her
  sedative medication

Positive: fall-prevention concept exists, staff training twice a year.
Negative: night staffing 2 carers for 48 residents on the dementia floor; sensor
mats only on request of relatives.

Recommendation: renewal subject to sensor mats/low beds for all residents with
a fall risk score above 3 and a medication review after each fall.

Kind regards
Friederike Haack
Risk Engineering
""")
    return m


# --------------------------------------------------------------------- m139
@mail("NORMAL", "de", "internal",
      "trap: synthetic test claim in the test system with a fictitious person, fake diagnosis code and example IBAN")
def m139():
    m = new("Lars Beekmann <lars.beekmann@elbwerk-versicherung.example>",
            "Projekt Leistungssystem <projekt-leistung@elbwerk-versicherung.example>",
            "Testfall TF-GU-017 in der Testumgebung angelegt",
            "2026-05-15 14:27", "<k139.testfall.tfgu017@elbwerk-versicherung.example>")
    text(m, """\
Hallo zusammen,

für den Regressionstest der Gruppenunfall-Leistungsstrecke habe ich in der
Testumgebung (T2) folgenden synthetischen Fall angelegt:

Testfall:            TF-GU-017
Vertrag:             TEST-4471-9999 (Testfirma Muster GmbH)
Versicherte Person:  Erika Musterfrau (fiktiv), geb. 01.01.1980
Diagnose (Testwert): S82.6 – nur zur Prüfung der ICD-Plausibilisierung
Krankenhaustage:     7
Auszahlungskonto:    DE02 1203 0000 0000 2020 51 (öffentliches Beispiel-IBAN
                     aus Bankdokumentationen, erzeugt in T2 keine Zahlung)

Erwartetes Ergebnis: Krankenhaustagegeld 7 x 50 EUR, Freigabe über
Vier-Augen-Workflow, Schreiben an die versicherte Person im Druckarchiv T2.

Bitte keine echten Daten in T2 einspielen!

Gruß
Lars
""")
    return m


# --------------------------------------------------------------------- m140
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "key-loss claim of a sole-trader caretaker service: owner named, customer's lock system replaced, nobody hurt")
def m140():
    m = new("Dirk Pahl <dirk.pahl@elbwerk-versicherung.example>",
            "Rainer Kessler <info@kessler-assekuranz.example>",
            "Schlüsselverlust – Hausmeisterservice Bartels, BHV 7730-640-218",
            "2026-03-13 12:02", "<k140.schluessel.bartels@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Kessler,

zum Schlüsselverlust Ihres Kunden Norbert Bartels (Hausmeisterservice Bartels,
Einzelunternehmen, Winsen):

Herr Bartels hat am 02.03. den Generalschlüssel der Wohnanlage Am Kiefernweg 2–8
(Hausverwaltung Dorn & Co.) verloren. Die Verwaltung hat die Schließanlage
vorsorglich getauscht: 64 Zylinder, 212 Schlüssel, Rechnung 9.870 EUR.

Versichert ist der Verlust fremder Schlüssel bis 20.000 EUR, SB 500 EUR. Wir
zahlen 9.370 EUR an die Hausverwaltung. Herr Bartels muss die SB direkt mit der
Verwaltung ausgleichen.

Viele Grüße
Dirk Pahl
""")
    return m


# --------------------------------------------------------------------- m141
@mail("NORMAL", "de", "insurer-to-association",
      "comments to the insurance association on draft cyber model conditions, no personal data")
def m141():
    m = new("Jan-Hendrik Voss <jan-hendrik.voss@elbwerk-versicherung.example>",
            "Arbeitskreis Cyber <ak-cyber@versichererverband.example>",
            "Stellungnahme Elbwerk zum Entwurf AVB Cyber 2027",
            "2026-06-18 11:35", "<k141.stellungnahme.avb.cyber@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Damen und Herren,

zum Entwurf der unverbindlichen Musterbedingungen AVB Cyber 2027 nehmen wir wie
folgt Stellung:

1. Kriegsausschluss (A1-17.3): Die Unterscheidung zwischen staatlich
   zurechenbaren Angriffen und gewöhnlicher Cyberkriminalität sollte an
   objektive Kriterien geknüpft werden; die Beweislast sollte beim Versicherer
   liegen.
2. Lösegeldzahlungen: Wir regen einen klarstellenden Hinweis auf Sanktionsrecht an.
3. Obliegenheiten: Die Pflicht zur Mehr-Faktor-Authentifizierung sollte als
   Risikoausschluss mit Kausalitätsgegenbeweis formuliert werden.
4. Freiberufler mit Schweigepflicht: Die Kosten der Benachrichtigung sollten
   ausdrücklich auch die berufsrechtlich gebotene Information von Mandanten und
   Patienten umfassen.

Für Rückfragen stehen wir gern zur Verfügung.

Mit freundlichen Grüßen
Jan-Hendrik Voss
Elbwerk Versicherung AG, Financial Lines
""")
    return m


# --------------------------------------------------------------------- m142
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "employment practices claim: named trainee alleges rejection because of her headscarf (religion)")
def m142():
    m = new("Miriam Okafor <miriam.okafor@elbwerk-versicherung.example>",
            "Autohaus Elbe-Stade GmbH, Geschäftsführung <gf@autohaus-elbe-stade.example>",
            "EPL 5100-377-502 – AGG-Klage Frau Yıldız",
            "2026-09-10 09:15", "<k142.epl.yildiz@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Damen und Herren,

wir bestätigen den Eingang der Klage von Frau Elif Yıldız vor dem Arbeitsgericht
Stade auf Entschädigung nach § 15 AGG.

Frau Yıldız hatte sich um einen Ausbildungsplatz als Automobilkauffrau beworben.
Sie trägt vor, der Verkaufsleiter habe ihr im Vorstellungsgespräch gesagt, mit
Kopftuch könne sie nicht im Verkaufsraum arbeiten, weil "die Kundschaft das nicht
möchte"; zwei Tage später erhielt sie die Absage. Sie ist Muslimin und trägt das
Kopftuch aus religiösen Gründen. Gefordert werden drei Monatsvergütungen.

Die Abwehrkosten übernehmen wir im Rahmen der EPL-Deckung. Bitte veranlassen Sie,
dass der Verkaufsleiter keine weiteren Erklärungen gegenüber Frau Yıldız abgibt,
und schicken Sie uns seine schriftliche Stellungnahme sowie die Unterlagen aller
Bewerbungen auf diese Stelle.

Mit freundlichen Grüßen
Miriam Okafor
Financial Lines
""")
    return m


# --------------------------------------------------------------------- m143
@mail("NORMAL", "en", "newsletter",
      "sprinkler standards newsletter from a risk engineering firm, technical only")
def m143():
    m = new("Friederike Haack <friederike.haack@elbwerk-versicherung.example>",
            "Risk Engineering <risikotechnik@elbwerk-versicherung.example>",
            "FW: FireTech Update – new ESFR guidance for cold storage",
            "2026-11-05 08:15", "<k143.fw.firetech@elbwerk-versicherung.example>")
    text(m, """\
Relevant for Elbe Cold Storage (Bremerhaven hall 3). F.

-------- Forwarded Message --------
Subject: FireTech Update – new ESFR guidance for cold storage
Date: Wed, 4 Nov 2026 16:40:12 +0100
From: FireTech Engineering Newsletter <news@firetech-eng.example>

- Revised guidance for ESFR sprinklers in freezer warehouses: dry-pipe systems
  with nitrogen inerting now accepted up to 12 m storage height.
- Lithium-ion battery storage: separate fire compartments above 50 kWh.
- Thermography: annual survey of switchboards recommended for all warehouses
  with refrigeration plant.
- Webinar 19 November: "Ammonia refrigeration – fire and toxic release scenarios".

FireTech Engineering GmbH – unsubscribe via the link in your profile.
""")
    return m


# --------------------------------------------------------------------- m144
@mail("CONFIDENTIAL", "mixed", "insurer-to-coinsurer",
      "cargo claim of a sole-trader tea importer (natural person) with his name and claim amount, German/English")
def m144():
    m = new("Transport & Kunst <kunst@elbwerk-versicherung.example>",
            "Marine Claims <marine.claims@harbourline-syndicate.example>",
            "Cargo open cover 6600-118-204 – Brodersen Teehandel – wet damage container MSKU 4471186",
            "2026-03-24 13:40", "<k144.cargo.brodersen@elbwerk-versicherung.example>")
    text(m, """\
Dear colleagues,

as leader (60 %) of the open cover of Mr Jasper Brodersen, trading as
"Brodersen Teehandel e.K." (Hamburg), we advise the following claim:

Shipment: 412 cartons of Darjeeling and Assam tea, Kolkata – Hamburg,
container MSKU 4471186, vessel "Maersk Kalmar", arrival 11.03.2026
Damage: condensation/wet damage, 96 cartons affected, tea mouldy
Survey: Hamburger Havariekommissariat, report dated 18.03.2026
Claim amount: EUR 27,840 (invoice value + 10 %)

Der Versicherungsnehmer hat die Ware fristgerecht gerügt; der Regress gegen die
Reederei ist eingeleitet. Your share (40 %): EUR 11,136.

Mit freundlichen Grüßen / kind regards
Elbwerk Versicherung AG, Transport & Kunst
""")
    return m


# --------------------------------------------------------------------- m145
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "dentist's liability: named patient's failed implants, nerve damage and treatment history, internal reserve note")
def m145():
    m = new("Dr. Jonas Wiebe <jonas.wiebe@elbwerk-versicherung.example>",
            "Schaden Heilwesen <schaden-heilwesen@elbwerk-versicherung.example>",
            "Reservenerhöhung 26-HW-00318 Dr. Feddersen / Patient Lüthje",
            "2026-06-25 17:35", "<k145.reserve.luethje@elbwerk-versicherung.example>")
    text(m, """\
Hallo Team,

bitte die Reserve im Fall Dr. Feddersen (Zahnarzt, Flensburg) / Herr Matthias
Lüthje von 15.000 auf 42.000 EUR erhöhen.

Stand: Bei Herrn Lüthje wurden im Februar 2025 zwei Implantate regio 36/37
gesetzt. Das Implantat 37 wurde nach dem Privatgutachten zu tief gesetzt und
hat den Nervus alveolaris inferior verletzt; seitdem besteht eine Hypästhesie der
Unterlippe und des Kinns links (S04.3), laut Neurologe wahrscheinlich dauerhaft.
Beide Implantate mussten im Oktober 2025 in der MKG-Chirurgie des UKSH Kiel
explantiert werden, Knochenaufbau ist geplant.

Die Aufklärung ist dokumentiert, aber ohne Hinweis auf das Nervrisiko beim
geringen Knochenangebot. Realistisch: Schmerzensgeld 15–20 TEUR plus Kosten der
Neuversorgung ca. 14 TEUR plus Anwaltskosten.

Jonas
""")
    return m


# --------------------------------------------------------------------- m146
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: risk survey appointment for a GmbH's premises with an ICS invite (company address only)")
def m146():
    m = new("Friederike Haack <friederike.haack@elbwerk-versicherung.example>",
            "Laura Sienkiewicz <l.sienkiewicz@morgenroth-ib.example>",
            "Terminbestätigung Risikobesichtigung Nordpharm, 14.04.2026",
            "2026-03-30 10:05", "<k146.termin.nordpharm@elbwerk-versicherung.example>")
    text(m, """\
Hallo Frau Sienkiewicz,

hiermit bestätige ich die Risikobesichtigung bei der Nordpharm Arzneimittel GmbH:

Dienstag, 14.04.2026, 9:00–13:00 Uhr, Werk Hamburg-Bahrenfeld
Schwerpunkte: Reinraumproduktion, Lösungsmittellager, Sprinkler- und
Gaslöschanlagen, Rückrufmanagement.

Bitte sorgen Sie dafür, dass die Werkleitung und die Fachkraft für
Arbeitssicherheit anwesend sind; Sicherheitsschuhe bringe ich mit.
Kalendereintrag anbei.

Viele Grüße
Friederike Haack
Risikotechnik
""")
    attach_text(m, """\
BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
METHOD:REQUEST\r
BEGIN:VTIMEZONE\r
TZID:W. Europe Standard Time\r
BEGIN:STANDARD\r
DTSTART:16011028T030000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010325T020000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:040000008200E00074C5B7101A82E00800000000B0A1C2D3E4F5@elbwerk\r
DTSTAMP:20260330T080500Z\r
DTSTART;TZID=W. Europe Standard Time:20260414T090000\r
DTEND;TZID=W. Europe Standard Time:20260414T130000\r
SUMMARY:Risikobesichtigung Nordpharm Arzneimittel GmbH\r
LOCATION:Nordpharm Werk Hamburg-Bahrenfeld\\, Schnackenburgallee 190\\, 22525 Hamburg\r
ORGANIZER;CN=Friederike Haack:mailto:friederike.haack@elbwerk-versicherung.example\r
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Laura Sienkiewicz:mailto:l.sienkiewicz@morgenroth-ib.example\r
END:VEVENT\r
END:VCALENDAR\r
""", "calendar", "Risikobesichtigung_Nordpharm.ics", cte="base64", params={"method": "REQUEST"})
    return m


# --------------------------------------------------------------------- m147
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "small fleet of a sole-trader nursery: owner named with plates and premiums")
def m147():
    m = new("Tobias Klink <tobias.klink@elbwerk-versicherung.example>",
            "Rainer Kessler <info@kessler-assekuranz.example>",
            "Kleinflotte Gärtnerei Friedrichsen – Umstellung auf Flottentarif",
            "2026-10-30 11:10", "<k147.kleinflotte.friedrichsen@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Kessler,

für Herrn Hauke Friedrichsen (Gärtnerei Friedrichsen, Einzelunternehmen,
Brunsbüttel) können wir die Fahrzeuge ab 01.01.2027 in einen Kleinflottenvertrag
übernehmen. Die Schadenfreiheitsklassen entfallen dann.

HEI-HF 110  Mercedes Sprinter (Pritsche)   HP + VK    1.184 EUR
HEI-HF 220  VW Caddy                       HP + TK      512 EUR
HEI-HF 330  Fendt 211 Vario (Zugmaschine)  HP           238 EUR
HEI-F 4711  privater Pkw VW Tiguan         HP + VK      896 EUR (Privat-Pkw nur auf Wunsch)
Summe                                                  2.830 EUR

Der private Tiguan kann nur mitversichert werden, wenn er überwiegend betrieblich
genutzt wird – bitte mit Herrn Friedrichsen klären.

Gruß
Tobias Klink
""")
    return m


# --------------------------------------------------------------------- m148
@mail("NORMAL", "en", "internal",
      "reinsurance accounting query about a treaty statement, no risk or person data")
def m148():
    m = new("Reinsurance accounting <rv-abrechnung@elbwerk-versicherung.example>",
            "Ole Rasmussen <ole.rasmussen@elbwerk-versicherung.example>",
            "Q2 statement Kingsbridge Re – difference EUR 1,243.50",
            "2026-08-11 14:02", "<k148.rvabr.q2.diff@elbwerk-versicherung.example>")
    text(m, """\
Hi Ole,

Kingsbridge Re's Q2 statement for the casualty quota share shows a balance of
EUR 212,418.20 in our favour; our account shows EUR 213,661.70. The difference
of EUR 1,243.50 is the reinstatement premium on the per-risk XL, which they have
booked to the QS account by mistake.

Shall I ask Thomas Avery's back office to rebook, or do you want to settle net?

Thanks
Annika
Reinsurance Accounting
""", cte="7bit", charset="us-ascii")
    return m


# --------------------------------------------------------------------- m149
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "invalidity decision under a group accident policy to the named employee, with medical report PDF")
def m149():
    m = new("Kollektiv-Leistung Unfall <kollektiv-leistung@elbwerk-versicherung.example>",
            "Marcel Dombrowski <m.dombrowski@mail-nord.example>",
            "Ihre Invaliditätsleistung aus der Gruppenunfallversicherung",
            "2026-10-22 10:30", "<k149.invaliditaet.dombrowski@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrter Herr Dombrowski,

nach Abschluss Ihrer Behandlung haben wir das Gutachten von Dr. Hesse erhalten
(Kopie anbei). Auf dieser Grundlage entscheiden wir über die Invaliditätsleistung
aus dem Gruppenunfallvertrag Ihres Arbeitgebers:

Verlust des Zeigefinger-Endglieds rechts: 1/3 des Zeigefingerwerts (15 %) = 5 %
Funktionsbeeinträchtigung Mittelfinger rechts: 2/10 des Fingerwerts (8 %) = 1,6 %
Invaliditätsgrad gesamt: 6,6 %
Leistung: 6,6 % von 150.000 EUR = 9.900,00 EUR

Die Zahlung erfolgt auf Ihr Konto. Sie haben das Recht, die Invalidität innerhalb
von drei Jahren nach dem Unfall neu bemessen zu lassen.

Mit freundlichen Grüßen
Kollektiv-Leistung Unfall
Elbwerk Versicherung AG
""")
    attach_bytes(m, pdf([
        "Dr. med. Carsten Hesse – Facharzt für Handchirurgie – Gutachten",
        "Auftraggeber: Elbwerk Versicherung AG, GU 4471-0028",
        "Versicherte Person: Marcel Dombrowski, geb. 17.06.1993",
        "Unfall vom 24.02.2026 (Formatkreissäge)",
        "",
        "Befund am 06.10.2026: Zustand nach Amputation des Endglieds D2 rechts auf Höhe des DIP-Gelenks,",
        "Stumpf gut gepolstert, leichte Hyperästhesie. D3 rechts: Zustand nach Beugesehnennaht (Zone II),",
        "Streckdefizit PIP 20°, Faustschluss komplett, grobe Kraft rechts 38 kg (links 46 kg).",
        "",
        "Bewertung: Verlust des Endglieds D2 = 1/3 Zeigefingerwert; Funktionsbeeinträchtigung D3 = 2/10 Fingerwert.",
        "Unfallunabhängige Vorerkrankungen: keine. Dauerzustand erreicht.",
        "",
        "Hamburg, 08.10.2026, Dr. med. C. Hesse",
    ], title="Gutachten Dombrowski"), "application/pdf", "Gutachten_Dr_Hesse_2026-10-08.pdf")
    return m


# --------------------------------------------------------------------- m150
@mail("NORMAL", "de", "internal",
      "trap: coding note on the ICD-10-GM 2027 update for medical-liability claims statistics, codes without any person")
def m150():
    m = new("Dr. Jonas Wiebe <jonas.wiebe@elbwerk-versicherung.example>",
            "Schaden Heilwesen <schaden-heilwesen@elbwerk-versicherung.example>",
            "ICD-10-GM 2027 – was sich für unsere Schadenstatistik ändert",
            "2026-12-09 09:40", "<k150.icd2027@elbwerk-versicherung.example>")
    text(m, """\
Hallo zusammen,

das BfArM hat die ICD-10-GM 2027 veröffentlicht. Für die Kodierung in unserer
Heilwesen-Schadenstatistik (Feld "Folgediagnose") bitte ab 01.01.2027 beachten:

- T81.4 (Infektion nach einem Eingriff) wird weiter unterteilt; bitte die
  fünfstelligen Codes T81.40–T81.43 verwenden
- U07.1 (COVID-19) bleibt erhalten, Kodierung nur bei Schadenbezug
- neue Schlüsselnummern für Komplikationen durch Implantate (T84.-, T85.-)
- Zusatzkennzeichen G/V/Z/A im Statistikfeld weglassen

Die Mapping-Tabelle für die Berichte an den Rückversicherer passe ich an; die
Jahresauswertung 2026 wird noch nach der alten Version erstellt.

Bei Fragen gern melden.
Jonas
""")
    return m


# --------------------------------------------------------------------- m151
@mail("NORMAL", "de", "insurer-to-supplier",
      "print order for business cards of new underwriters")
def m151():
    m = new("Nadine Grote <nadine.grote@elbwerk-versicherung.example>",
            "Auftragsannahme <auftrag@druckerei-hansedruck.example>",
            "Visitenkarten – 3 neue Mitarbeitende UW Firmen",
            "2026-04-01 10:44", "<k151.visitenkarten@elbwerk-versicherung.example>")
    text(m, """\
Guten Tag,

bitte je 250 Visitenkarten nach unserem Layout "Elbwerk 2025" für:

1. Marco Dittmer, Underwriter Firmenkunden Sach/Haftpflicht, Tel. -2217
2. Leonie Brandt, Underwriterin Firmenkunden Sach/Haftpflicht, Tel. -2219
3. Torge Hansen, Schadenregulierer Gewerbe, Tel. -2340

Alle mit Adresse Kehrwieder-Allee 12, 20457 Hamburg, E-Mail nach Schema
vorname.nachname@elbwerk-versicherung.example. Bitte Korrekturabzug vorab als PDF.

Lieferung an Poststelle, Kostenstelle 4120.

Danke und Gruß
Nadine Grote
Assistenz Underwriting
""")
    return m


# --------------------------------------------------------------------- m152
@mail("STRICTLY_CONFIDENTIAL", "en", "company",
      "forwarded HR mail (message/rfc822): named employee's ski accident with knee injury under the group accident policy")
def m152():
    m = new("Sabine Wendt <sabine.wendt@elbwerk-versicherung.example>",
            "Kollektiv-Leistung Unfall <kollektiv-leistung@elbwerk-versicherung.example>",
            "FW: Accident notification – Vortex Medtech employee",
            "2026-02-23 11:50", "<k152.fw.vortex.ski@elbwerk-versicherung.example>")
    text(m, """\
Bitte als neuen Leistungsfall zum Vertrag 4471-0155 anlegen, die HR-Mail hängt an.
Schweigepflichtentbindung fehlt noch.

Sabine
""", cte="8bit")
    inner = new("Sandra Ohlsen <hr@vortex-medtech.example>",
                "Sabine Wendt <sabine.wendt@elbwerk-versicherung.example>",
                "Accident notification – group accident policy 4471-0155",
                "2026-02-23 09:12", "<HR-VM-2026-0223-01@vortex-medtech.example>")
    text(inner, """\
Dear Ms Wendt,

we would like to notify an accident under our group accident policy (24-hour
cover):

Employee: Mr Niklas Baumgärtner, regulatory affairs manager, employee no. 3381
Date: 14 February 2026, ski holiday in Saalbach (Austria)
What happened: fall on the slope, twisted his right knee
Injury: rupture of the anterior cruciate ligament and medial meniscus tear,
operated on 17 February at the Sportklinik Hamburg; on crutches for 6 weeks

He will send the hospital report himself. Please contact him directly at
niklas.baumgaertner@vortex-medtech.example.

Best regards
Sandra Ohlsen
HR Business Partner, Vortex Medtech AG
""")
    attach_mail(m, inner)
    return m


# --------------------------------------------------------------------- m153
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "sole-trader vet's practice: theft of an ultrasound unit, owner named with payout; animals only")
def m153():
    m = new("Schaden Gewerbe <schaden.gewerbe@elbwerk-versicherung.example>",
            "Torben Oltmanns <t.oltmanns@brandt-oltmanns.example>",
            "Einbruchdiebstahl Tierarztpraxis Dr. Bohlen – 26-ED-01184",
            "2026-05-22 15:27", "<k153.ed.bohlen@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrter Herr Oltmanns,

zum Einbruch in die Kleintierpraxis Ihrer Kundin Dr. med. vet. Silke Bohlen
(Einzelpraxis, Am Wall 14, Verden) am 09.05.2026:

Entwendet wurden ein tragbares Ultraschallgerät (Neuwert 18.900 EUR), ein
Laptop und die Kasse mit 420 EUR. Die Tiere in der Station (zwei Katzen nach
Operation) blieben unversehrt. Polizei Verden, Tagebuchnr. 0511/26.

Entschädigung nach Abzug SB 500 EUR: 20.180 EUR. Da die Praxis-Software auf dem
Laptop verschlüsselt war, sehen wir keinen Cyber-Fall; Frau Dr. Bohlen sollte
trotzdem prüfen, ob eine Meldung an die Datenschutzbehörde nötig ist
(Halterdaten der Tierbesitzer).

Mit freundlichen Grüßen
Schaden Gewerbe
""")
    return m


# --------------------------------------------------------------------- m154
@mail("NORMAL", "en", "insurer-to-broker",
      "lineslip renewal terms with a Lloyd's broker (capacity, commission), no risk or person data")
def m154():
    m = new("Jan-Hendrik Voss <jan-hendrik.voss@elbwerk-versicherung.example>",
            "James Whitcombe <james.whitcombe@harcourtlane.example>",
            "D&O/cyber lineslip 2027 – our terms",
            "2026-11-27 16:55", "<k154.lineslip27@elbwerk-versicherung.example>")
    text(m, """\
Dear James,

following our meeting on Wednesday, our terms for the 2027 lineslip:

- capacity: up to EUR 10m per risk for D&O, EUR 5m for cyber
- maximum line 25 % on any one risk as follower, 40 % as leader
- brokerage: 17.5 % (unchanged), no profit commission
- excluded: US-listed companies, crypto, financial institutions with a
  banking licence, hospitals
- referral for listed life sciences companies

Please send the draft slip by 10 December; we aim to sign before Christmas.

Best regards
Jan-Hendrik
""")
    return m


# --------------------------------------------------------------------- m155
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "fleet: named employee driver convicted of leaving the scene of an accident (§ 142 StGB)")
def m155():
    m = new("Tobias Klink <tobias.klink@elbwerk-versicherung.example>",
            "Felix Morgenroth <f.morgenroth@morgenroth-ib.example>",
            "Flotte Karstens – Unfallflucht STD-KA 404, Leistungsfreiheit",
            "2026-09-21 10:06", "<k155.unfallflucht.404@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Morgenroth,

zum Schaden 26-FL-02113 (Sattelzug STD-KA 404, Spedition Karstens):

Der Fahrer, Herr Andrzej Kowal, hat am 12.05.2026 auf dem Rastplatz
Stillhorn beim Rangieren einen geparkten Wohnwagen beschädigt und ist
weitergefahren. Das Amtsgericht Hamburg-Harburg hat ihn am 02.09.2026 wegen
unerlaubten Entfernens vom Unfallort (§ 142 StGB) zu einer Geldstrafe von
40 Tagessätzen verurteilt und ein Fahrverbot von drei Monaten verhängt; das Urteil
ist rechtskräftig.

Den Schaden am Wohnwagen (7.340 EUR) haben wir reguliert. Wegen der
Obliegenheitsverletzung nehmen wir Herrn Kowal in Regress (bis 2.500 EUR nach
E.2.6 AKB). Gegenüber der Spedition machen wir keinen Regress geltend.

Bitte informieren Sie die Spedition; das Fahrverbot betrifft die Einsatzplanung.

Gruß
Tobias Klink
""")
    return m


# --------------------------------------------------------------------- m156
@mail("NORMAL", "de", "internal",
      "office move notice, organisational")
def m156():
    m = new("Facility Management <facility@elbwerk-versicherung.example>",
            "Alle Mitarbeitenden Hamburg <alle-hamburg@elbwerk-versicherung.example>",
            "Umzug Schaden Gewerbe in die 5. Etage am 20./21.11.",
            "2026-11-13 13:00", "<k156.umzug.5og@elbwerk-versicherung.example>")
    text(m, """\
Liebe Kolleginnen und Kollegen,

am Freitag, 20.11., ab 14 Uhr und Samstag, 21.11., zieht die Abteilung Schaden
Gewerbe/Technik von der 3. in die 5. Etage (Räume 5.01–5.18).

- Bitte packt eure Schreibtische bis Freitag 13 Uhr in die bereitgestellten
  Kisten, beschriftet mit Raumnummer.
- Rechner, Monitore und Telefone baut die IT ab und wieder auf.
- Aktenschränke mit Schadenakten bleiben verschlossen und werden von der
  Umzugsfirma verplombt transportiert.

Ab Montag, 23.11., ist die Abteilung unter den bekannten Durchwahlen in der
5. Etage erreichbar.

Euer Facility Management
""", charset="windows-1252")
    return m


# --------------------------------------------------------------------- m157
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "IT freelancer's professional indemnity claim: named freelancer, his client's damages claim for project delay")
def m157():
    m = new("Hafenkontor Claims for Elbwerk <claims@elbwerk-versicherung.example>",
            "Henrik Dahl <henrik@dahl-cloud.example>",
            "Claim HK-CL-26-0048 – Förde Logistik GmbH vs. Henrik Dahl",
            "2026-07-16 10:14", "<k157.claim.dahl@elbwerk-versicherung.example>")
    text(m, """\
Dear Mr Dahl,

we have received the letter from Förde Logistik GmbH claiming EUR 146,000 from
you. They allege that the migration of their warehouse management system to
the cloud, for which you were the lead architect, was delivered eleven weeks late
and that a faulty configuration of the database replication caused a
two-day outage in May 2026 (lost revenue and penalty payments to their customers).

Your professional indemnity policy HK-PI-26-0318 (limit EUR 2m) responds to
this claim, subject to the deductible of EUR 2,500. Delay alone is only covered
if it results from a professional error; we will examine this.

Please do not admit liability and do not enter into settlement talks. Send us
your contract with Förde Logistik, the project plan, change requests and your
correspondence about the outage. We have appointed Riedel & Partner to
represent you.

Kind regards
Claims Team, Elbwerk Versicherung AG / Hafenkontor Underwriting
""")
    return m


# --------------------------------------------------------------------- m158
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: D&O model wording excerpt on criminal defence costs and knowing breach of duty, generic")
def m158():
    m = new("Miriam Okafor <miriam.okafor@elbwerk-versicherung.example>",
            "Felix Morgenroth <f.morgenroth@morgenroth-ib.example>",
            "AW: Formulierung Strafrechtsschutz in der D&O",
            "2026-03-03 12:48", "<k158.do.strafrechtsschutz@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Morgenroth,

hier der Wortlaut aus unseren D&O-Bedingungen 2026, den Sie für Ihren
Bedingungsvergleich angefragt hatten:

"A-6 Strafrechtsschutz
Der Versicherer übernimmt die Kosten der Verteidigung einer versicherten Person in
einem Ermittlungs- oder Strafverfahren wegen eines Vergehens, das ihr im
Zusammenhang mit ihrer Organtätigkeit vorgeworfen wird. Bei Verbrechen besteht
Versicherungsschutz nur, wenn die versicherte Person rechtskräftig freigesprochen
oder das Verfahren ohne Auflage eingestellt wird.

B-3.1 Wissentliche Pflichtverletzung
Ausgeschlossen sind Ansprüche wegen wissentlicher Pflichtverletzung. Bis zur
rechtskräftigen Feststellung werden die Abwehrkosten vorgeleistet; sie sind
zurückzuzahlen, wenn die wissentliche Pflichtverletzung festgestellt wird."

Geldstrafen, Geldbußen und Auflagen sind nicht versichert.

Viele Grüße
Miriam Okafor
""")
    return m


# --------------------------------------------------------------------- m159
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "physiotherapist's liability: named patient with a second-degree burn from a hot mud pack")
def m159():
    m = new("Schaden Heilwesen <schaden-heilwesen@elbwerk-versicherung.example>",
            "Mareike Lorenz <praxis@physio-lorenz.example>",
            "Ihre Berufshaftpflicht – Anspruch von Herrn Schöning",
            "2026-02-06 11:22", "<k159.fango.schoening@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Frau Lorenz,

Herr Werner Schöning hat sich schriftlich an uns gewandt. Er wurde am 22.01.2026
in Ihrer Praxis wegen chronischer Nackenschmerzen mit einer Fangopackung
behandelt und erlitt dabei eine Verbrennung zweiten Grades am Nacken und an der
rechten Schulter (ca. 8 x 12 cm). Laut Attest seines Hausarztes war eine
Wundbehandlung über vier Wochen nötig; es bleibt voraussichtlich eine
Narbe. Herr Schöning ist Diabetiker und gibt an, die Hitze wegen einer
Polyneuropathie nicht rechtzeitig gespürt zu haben.

Bitte schildern Sie uns:
- die Temperatur der Packung und wie sie gemessen wurde,
- ob in der Anamnese der Diabetes und die Empfindungsstörung bekannt waren,
- wer die Behandlung durchgeführt und die Haut kontrolliert hat.

Bitte antworten Sie über den sicheren Upload-Link, nicht per E-Mail.

Mit freundlichen Grüßen
Schaden Heilwesen
""")
    return m


# --------------------------------------------------------------------- m160
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "farmer's environmental liability: slurry overflow into a named neighbour's fish pond, fish died, no person hurt")
def m160():
    m = new("Henning Stöver <henning.stoever@elbwerk-versicherung.example>",
            "Hauke Thiessen <h.thiessen@agrar-assekuranz-nord.example>",
            "Umwelthaftpflicht AAN-UH-0092 – Gülle im Teich Wöhlke",
            "2026-04-03 14:50", "<k160.guelle.woehlke@elbwerk-versicherung.example>")
    text(m, """\
Moin Herr Thiessen,

zum Schaden bei Ahlers GbR: Beim Befüllen des Güllefasses am 28.03. ist der
Schieber undicht gewesen, ca. 6 m³ Gülle liefen über den Graben in den
Fischteich des Nachbarn, Herrn Detlef Wöhlke (Hauptstraße 6, Beverstedt).
Etwa 300 Karpfen und Schleie sind verendet. Menschen kamen nicht zu Schaden,
die Untere Wasserbehörde war vor Ort.

Herr Wöhlke fordert:
- Fischbesatz 2.400 EUR
- Entschlammung und Wasseraustausch 6.800 EUR (Angebot Teichbau Röhrs)

Die Haftung von Herrn Ahlers ist klar (§ 89 WHG). Wir zahlen nach Vorlage der
Rechnungen direkt an Herrn Wöhlke. Bitte Kopie des Berichts der Wasserbehörde
besorgen.

Gruß
Henning Stöver
""")
    return m


# --------------------------------------------------------------------- m161
@mail("NORMAL", "mixed", "insurer-to-reinsurer",
      "trap: hail accumulation control aggregated by postcode region for the reinsurer, no farmer named")
def m161():
    m = new("Ole Rasmussen <ole.rasmussen@elbwerk-versicherung.example>",
            "Astrid Kjaer <astrid.kjaer@balticre.example>",
            "Hagel-Kumul Landwirtschaft / hail accumulation 2026",
            "2026-04-30 12:12", "<k161.hagelkumul@elbwerk-versicherung.example>")
    text(m, """\
Dear Astrid,

as agreed, the hail accumulation of our crop and farm buildings portfolio by
2-digit postcode region (Stand / as at 30.04.2026):

PLZ-Region   Betriebe/farms   Crop SI EUR m   Buildings SI EUR m
21           214              38.2            211.4
24           186              29.7            174.9
25           241              44.1            236.0
27           298              52.6            301.7
29           133              21.3            118.2
others       402              61.9            356.5
Total        1,474            247.8           1,398.7

Largest single-farm crop SI: EUR 1.9m (region 27). No region exceeds the
accumulation limit of EUR 60m crop sum insured.

Beste Grüße / best regards
Ole
""")
    return m


# --------------------------------------------------------------------- m162
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "subject only: named sales rep's whiplash injury after a rear-end collision in a company car; body says only 'see DMS'")
def m162():
    m = new("Tobias Klink <tobias.klink@elbwerk-versicherung.example>",
            "Sabine Wendt <sabine.wendt@elbwerk-versicherung.example>",
            "Mr Thorwald (Vortex fleet) – whiplash after rear-end collision, group accident too?",
            "2026-12-07 17:05", "<k162.thorwald.subject@elbwerk-versicherung.example>")
    text(m, """\
see DMS, file 26-FL-03390. thx

T.
""", cte="7bit", charset="us-ascii")
    return m


# --------------------------------------------------------------------- m163
@mail("CONFIDENTIAL", "de", "internal",
      "underwriting decline of a named freelance architect because of prior claims and turnover")
def m163():
    m = new("Marco Dittmer <marco.dittmer@elbwerk-versicherung.example>",
            "Katrin Albers <katrin.albers@elbwerk-versicherung.example>",
            "Ablehnung Antrag Architekt Kühnemann – bitte gegenzeichnen",
            "2026-08-07 16:30", "<k163.ablehnung.kuehnemann@elbwerk-versicherung.example>")
    text(m, """\
Hallo Katrin,

ich würde den Antrag von Dipl.-Ing. Jörg Kühnemann (freier Architekt,
Einzelbüro, Stade) auf Berufshaftpflicht ablehnen:

- Honorarumsatz 2025: 188.000 EUR
- drei Vorschäden beim Vorversicherer in 5 Jahren, u. a. fehlerhafte
  Abdichtungsplanung Tiefgarage (Zahlung 212.000 EUR, 2023)
- Vorversicherer hat zum 31.12.2025 gekündigt
- beantragt: Deckung 3 Mio. EUR Personen / 1 Mio. EUR sonstige Schäden

Alternative wäre nur ein Angebot mit SB 10.000 EUR und Ausschluss
Abdichtung/Bauwerksabdichtung, das wird der Makler aber kaum annehmen.

Bitte kurz gegenzeichnen, dann schreibe ich dem Makler.

Marco
""")
    return m


# --------------------------------------------------------------------- m164
@mail("NORMAL", "de", "insurer-to-broker",
      "request for tender documents of a municipal utility (company), no personal data")
def m164():
    m = new("Katrin Albers <katrin.albers@elbwerk-versicherung.example>",
            "Laura Sienkiewicz <l.sienkiewicz@morgenroth-ib.example>",
            "Ausschreibung Stadtwerke Elmshorn – Sach/BU und Haftpflicht",
            "2026-06-22 09:58", "<k164.ausschreibung.swe@elbwerk-versicherung.example>")
    text(m, """\
Hallo Frau Sienkiewicz,

wir möchten uns an der Ausschreibung der Stadtwerke Elmshorn beteiligen
(Los 1 Sach/BU, Los 2 Haftpflicht). Für die Kalkulation fehlen uns noch:

- Werteermittlung der Heizkraftwerke und des Wasserwerks (Gutachten 2024?)
- Schadenverlauf 10 Jahre, getrennt nach Sparten
- Angaben zu Fernwärmenetz und Gasnetz (Länge, Alter)
- Brandschutzkonzept des neuen Batteriespeichers

Die Abgabefrist 31.07. ist knapp; können Sie eine Fristverlängerung bis 14.08.
anfragen?

Viele Grüße
Katrin Albers
""")
    return m


# --------------------------------------------------------------------- m165
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "rehab management: rehabilitation report DOCX of a named employee under a group accident policy")
def m165():
    m = new("Sabine Wendt <sabine.wendt@elbwerk-versicherung.example>",
            "Felix Morgenroth <f.morgenroth@morgenroth-ib.example>",
            "Reha-Management GU 4471-0032 – Zwischenbericht",
            "2026-05-29 12:40", "<k165.reha.luedtke@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrter Herr Morgenroth,

wie mit Herrn Lüdtke vereinbart erhalten Sie den Zwischenbericht unseres
Reha-Dienstleisters zur Information des Arbeitgebers über die geplante
Wiedereingliederung. Bitte geben Sie an die Nordkran GmbH nur Abschnitt 4
(Arbeitsplatz) weiter.

Mit freundlichen Grüßen
Sabine Wendt
""")
    attach_bytes(m, docx([
        ("h", "RehaPlan Nord – Zwischenbericht Reha-Management"),
        "Auftraggeber: Elbwerk Versicherung AG, Gruppenunfall 4471-0032",
        "Versicherte Person: Frank Lüdtke, Betonbauer, Nordkran GmbH",
        ("h", "1. Medizinischer Verlauf"),
        "Unterschenkelschaftfraktur rechts, Marknagelung 10.03.2026. Röntgenkontrolle 8. Woche: zunehmende Konsolidierung. Belastung schmerzadaptiert bis Vollbelastung freigegeben.",
        ("h", "2. Therapie"),
        "Ambulante Physiotherapie 3x/Woche, medizinische Trainingstherapie, Lymphdrainage bei Schwellneigung. Schmerzmedikation: Ibuprofen 600 mg bei Bedarf.",
        ("h", "3. Psychosoziale Situation"),
        "Herr Lüdtke berichtet von Schlafstörungen und Angst vor Arbeiten in der Höhe; Vermittlung an eine Traumaambulanz (BG) wurde angeboten und angenommen.",
        ("h", "4. Arbeitsplatz / Wiedereingliederung"),
        "Stufenweise Wiedereingliederung ab 15.06.2026 geplant (4 Std./Tag, zunächst ohne Gerüstarbeiten), Vollzeit voraussichtlich ab 01.08.2026.",
        ("t", [["Woche", "Stunden/Tag", "Tätigkeit"],
               ["1–2", "4", "Werkstatt, Schalungsbau am Boden"],
               ["3–4", "6", "Baustelle ebenerdig"],
               ["ab 5", "8", "volle Tätigkeit inkl. Gerüst nach ärztlicher Freigabe"]]),
    ], author="RehaPlan Nord GmbH"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Zwischenbericht_Reha_Luedtke.docx")
    return m


# --------------------------------------------------------------------- m166
@mail("NORMAL", "en", "internal",
      "trap: IT security warning about fake 'doctor's invoice' attachments, no real invoice or patient")
def m166():
    m = new("IT Security <it-security@elbwerk-versicherung.example>",
            "All staff <alle@elbwerk-versicherung.example>",
            "Warning: fake 'Arztrechnung' mails with malicious attachments",
            "2026-09-02 11:30", "<k166.sec.arztrechnung@elbwerk-versicherung.example>")
    text(m, """\
Dear colleagues,

since this morning we have been receiving mails with subjects such as
"Arztrechnung Nr. 2026-4481 – bitte erstatten" or "Medical report for your claim",
with a ZIP file containing a .lnk or .js file. They are sent to the claims
mailboxes in particular.

Do not open these attachments. Real invoices and medical reports reach us via
the portal or as PDF, never as ZIP with scripts.

The mail gateway now blocks the known variants; if you have already opened such
an attachment, disconnect your computer from the network and call the service
desk (-4000) immediately.

IT Security
""")
    return m


# --------------------------------------------------------------------- m167
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "builders' risk claim of a named private couple: theft of installed windows from their building site")
def m167():
    m = new("Schaden Gewerbe <schaden.gewerbe@elbwerk-versicherung.example>",
            "Rainer Kessler <info@kessler-assekuranz.example>",
            "Bauleistung Brandes, Reppenstedt – Diebstahl Fenster 26-BL-00214",
            "2026-09-03 09:26", "<k167.bauleistung.brandes@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrter Herr Kessler,

zum Diebstahl auf der Baustelle von Ole und Maren Brandes (Am Sonnenhang 17,
Reppenstedt) in der Nacht zum 24.08.2026:

Entwendet wurden vier bereits eingebaute Kunststofffenster und eine Terrassentür
(Hersteller Schüco, Lieferung Fensterbau Meiners). Polizei Lüneburg,
Aktenzeichen 2608-240-0331. Schaden lt. Rechnung Meiners: 7.860 EUR inkl.
Wiedereinbau, dazu Reparatur Mauerwerk 640 EUR.

Diebstahl eingebauter Teile ist versichert. Wir zahlen 8.250 EUR (nach SB 250 EUR)
an die Eheleute Brandes. Die Bank als Sicherungsgläubigerin hat der Zahlung
zugestimmt.

Mit freundlichen Grüßen
Schaden Gewerbe
""")
    return m


# --------------------------------------------------------------------- m168
@mail("NORMAL", "de", "insurer-to-company",
      "trap: security confirmation to a GmbH's financing bank with policy number, sums and bank name (company data only)")
def m168():
    m = new("Katrin Albers <katrin.albers@elbwerk-versicherung.example>",
            "Firmenkundenbetreuung <firmenkunden@foerdebank-nord.example>",
            "Sicherungsbestätigung Gebäudeversicherung Holzbau Petersen GmbH",
            "2026-02-27 14:15", "<k168.sicherungsschein.petersen@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Damen und Herren,

wie von Ihnen angefordert bestätigen wir:

Für das Betriebsgrundstück der Holzbau Petersen GmbH, Gewerbering 7,
21614 Buxtehude (Zimmereihalle, Abbundhalle, Bürogebäude) besteht unter der
Vertragsnummer 1100-310-077 eine Feuer-, Sturm- und Leitungswasserversicherung
zum gleitenden Neuwert, Versicherungssumme 1914: 312.000 Mark (Wert 2026
ca. 7,9 Mio. EUR). Der Beitrag ist bis 31.12.2026 bezahlt.

Wir haben Ihr Institut als Sicherungsgläubigerin (Grundschuld) vermerkt und
werden Sie über Zahlungsverzug, Kündigung oder Änderungen des Vertrags
unterrichten. Entschädigungen über 50.000 EUR zahlen wir nur mit Ihrer
Zustimmung aus.

Mit freundlichen Grüßen
Elbwerk Versicherung AG
Underwriting Firmenkunden
""")
    return m


# --------------------------------------------------------------------- m169
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "sole-trader hairdresser's closure cover: her emergency operation and hospital stay as the reason for the claim")
def m169():
    m = new("Schaden Gewerbe <schaden.gewerbe@elbwerk-versicherung.example>",
            "Nina Kowalski <salon@haarwerk-kowalski.example>",
            "Betriebsausfall durch Krankheit der Inhaberin – Ihr Schaden 26-BA-00077",
            "2026-09-25 11:05", "<k169.betriebsausfall.kowalski@elbwerk-versicherung.example>",
            cc="Rainer Kessler <info@kessler-assekuranz.example>")
    text(m, """\
Sehr geehrte Frau Kowalski,

wir hoffen, es geht Ihnen wieder besser. Die Unterlagen zu Ihrem Betriebsausfall
liegen vollständig vor:

Laut Entlassungsbericht des Städtischen Klinikums Lüneburg wurden Sie am
28.08.2026 mit einer perforierten Blinddarmentzündung notfallmäßig operiert;
wegen einer Bauchfellentzündung lagen Sie bis 09.09. stationär und waren danach
bis 20.09. arbeitsunfähig. Der Salon blieb vom 28.08. bis 20.09. geschlossen,
da keine Vertretung mit Meisterbrief zur Verfügung stand.

Versicherte Tagesentschädigung: 410 EUR pro Öffnungstag
Schließtage (Di–Sa) nach Karenz von 3 Tagen: 16
Entschädigung: 6.560,00 EUR

Der Betrag wird in den nächsten Tagen überwiesen.

Mit freundlichen Grüßen
Schaden Gewerbe, Team Ertragsausfall
""")
    return m


# --------------------------------------------------------------------- m170
@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "fleet: administrative speeding fine of a named employee driver (no criminal offence), plate")
def m170():
    m = new("Tobias Klink <tobias.klink@elbwerk-versicherung.example>",
            "Priya Raman <priya.raman@harcourtlane.example>",
            "Vortex fleet – speeding notice KI-VM 212",
            "2026-06-16 14:22", "<k170.speeding.vortex@elbwerk-versicherung.example>")
    text(m, """\
Dear Priya,

a speeding notice addressed to us as the vehicle's insurer landed on my desk by
mistake. For your client's fleet manager:

Vehicle: KI-VM 212 (Audi A6 Avant, Vortex Medtech AG fleet)
Driver according to the photo and the company's statement: Mr Jonas Krüger,
key account manager
Offence: 38 km/h over the limit outside built-up areas, A7 near Neumünster,
03 May 2026
Fine notice of the Kiel district authority: EUR 320, 2 points, one month
driving ban

This is an administrative matter and does not affect the insurance cover. We
have sent the original notice back to the authority with the company's address.

Kind regards
Tobias Klink
""")
    return m


# --------------------------------------------------------------------- m171
@mail("NORMAL", "de", "newsletter",
      "broker newsletter on digital processes (BiPRO, e-signature), no personal data")
def m171():
    m = new("Elbwerk Maklerservice <newsletter@elbwerk-versicherung.example>",
            "Maklerverteiler Nord <makler-nord@lists.elbwerk-versicherung.example>",
            "Makler-Update Digital 04/2026",
            "2026-10-14 07:30", "<k171.makler.digital.0426@lists.elbwerk-versicherung.example>",
            headers=(("List-Unsubscribe", "<mailto:abmelden@lists.elbwerk-versicherung.example>"),))
    text(m, """\
Makler-Update Digital 04/2026

1. BiPRO 430.4: Ab November stellen wir alle Dokumente der Sparte Gewerbe-Sach
   auch als strukturierte GDV-Daten bereit.
2. E-Signatur: Anträge bis 1 Mio. EUR Versicherungssumme können jetzt per
   fortgeschrittener elektronischer Signatur unterschrieben werden.
3. Schadenmeldung online: Das Formular für Kfz-Flottenschäden ist jetzt auch
   auf Englisch verfügbar.
4. Sicherer Dokumentenaustausch: Bitte nutzen Sie für Unterlagen mit
   Gesundheits- oder Bankdaten Ihrer Kunden ausschließlich den Upload im
   Maklerportal.

Fragen? maklerservice@elbwerk-versicherung.example

Elbwerk Versicherung AG · Kehrwieder-Allee 12 · 20457 Hamburg
""")
    return m


# --------------------------------------------------------------------- m172
@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-reinsurer",
      "large-loss advice for a company-outing bus crash with a CSV of named injured employees and injuries")
def m172():
    m = new("Ole Rasmussen <ole.rasmussen@elbwerk-versicherung.example>",
            "Astrid Kjaer <astrid.kjaer@balticre.example>",
            "Event notification group accident – bus accident A7, 19.06.2026",
            "2026-06-24 09:40", "<k172.bus.a7.event@elbwerk-versicherung.example>")
    text(m, """\
Dear Astrid,

under the group accident catastrophe cover (event XL, EUR 5m xs EUR 1m) we notify
a potential event: On 19 June a coach carrying 41 employees of Lindqvist
Software GmbH to their summer event overturned on the A7 near Soltau. All
employees are insured under our group accident policy 4471-0122 (24-hour cover).

Stand heute: 1 Todesfall, 6 Schwerverletzte, 14 Leichtverletzte. The attached
list of the injured insured persons is for your claims team only.

Estimated gross incurred: EUR 1.6–2.4m (death benefit, invalidity with
progression, hospital daily allowance). We will update monthly.

Kind regards / Viele Grüße
Ole Rasmussen
""")
    attach_text(m, """\
Name;Alter;Verletzung;Krankenhaus;Status
Karlsson, Mia;29;Polytrauma, Beckenfraktur, Milzruptur;Klinikum Lüneburg;Intensivstation
Petersen, Jonas;34;Wirbelkörperfraktur BWK 12, inkomplette Querschnittsymptomatik;BG Klinikum Hamburg;stationär
Rohde, Finn;41;offene Unterschenkelfraktur links;Heidekreis-Klinikum Soltau;stationär
Sommer, Julia;26;Schädel-Hirn-Trauma II. Grades;UKE Hamburg;Intensivstation
Uçar, Deniz;38;Rippenserienfraktur, Pneumothorax;Heidekreis-Klinikum Soltau;stationär
Vogel, Hannes;52;Armamputation rechts;BG Klinikum Hamburg;stationär
Wiese, Tobias;45;verstorben an der Unfallstelle;–;Todesfall
""", "csv", "verletzte_personen_4471-0122.csv",
        charset="windows-1252")
    return m


# --------------------------------------------------------------------- m173
@mail("CONFIDENTIAL", "mixed", "insurer-to-mga",
      "MGA referral for a named freelance architect with turnover and prior claim, German/English")
def m173():
    m = new("Miriam Okafor <miriam.okafor@elbwerk-versicherung.example>",
            "Nils Jaspersen <nils.jaspersen@hafenkontor-uw.example>",
            "Referral HK-REF-26-117 – Sophie Reinholz",
            "2026-07-07 13:18", "<k173.referral.reinholz@elbwerk-versicherung.example>")
    text(m, """\
Hi Nils,

zu eurem Referral: Frau Sophie Reinholz (frontend developer, freelance, Hamburg)
wants to increase her limit from EUR 500k to EUR 2m because her new client, a
bank, requires it.

Facts from your referral:
- Umsatz 2025: 88.000 EUR, expected 2026: 140.000 EUR (new bank project)
- one claim in 2024: accessibility defects in a web shop, paid EUR 9,800
- no cyber incidents

We agree to EUR 2m with a deductible of EUR 2,500 and the financial institutions
endorsement (no cover for losses from trading systems). Premium EUR 1,380 net.

Bitte im Bordereau mit Referral-Nummer kennzeichnen.

Miriam
""")
    return m


# --------------------------------------------------------------------- m174
@mail("NORMAL", "en", "insurer-to-broker",
      "declinature of a company risk (fireworks warehouse), no personal data")
def m174():
    m = new("Katrin Albers <katrin.albers@elbwerk-versicherung.example>",
            "James Whitcombe <james.whitcombe@harcourtlane.example>",
            "RE: Pyro Nord Vertriebs GmbH – property",
            "2026-08-19 10:32", "<k174.decline.pyronord@elbwerk-versicherung.example>")
    text(m, """\
Dear James,

thank you for thinking of us, but we have to decline the property risk of
Pyro Nord Vertriebs GmbH (fireworks wholesale, storage of class F2/F3 articles
up to 80 t NEM). Explosives storage is outside our underwriting guidelines,
regardless of the fire protection measures.

We would be happy to look at their liability and fleet business.

Kind regards
Katrin
""")
    return m


# --------------------------------------------------------------------- m175
@mail("NORMAL", "de", "internal",
      "trap: training announcement 'medical basics for claims handlers' (fractures, ICD, medical reports), no person")
def m175():
    m = new("Personalentwicklung <personalentwicklung@elbwerk-versicherung.example>",
            "Schaden Gewerbe <schaden.gewerbe@elbwerk-versicherung.example>",
            "Seminar: Medizinisches Grundwissen für die Schadenbearbeitung (Haftpflicht/Unfall)",
            "2026-01-26 10:00", "<k175.seminar.medizin@elbwerk-versicherung.example>")
    text(m, """\
Liebe Kolleginnen und Kollegen,

für Schadenbearbeiterinnen und -bearbeiter aus Haftpflicht und Gruppenunfall
bieten wir ein zweitägiges Seminar an:

Inhalte
- Anatomie des Bewegungsapparats, typische Frakturen und ihre Versorgung
  (Osteosynthese, Marknagel, Endoprothese)
- Schädel-Hirn-Trauma, HWS-Distorsion ("Schleudertrauma"): was ist belegbar?
- Arztberichte lesen: D-Arzt-Bericht, Entlassungsbericht, OP-Bericht
- ICD-10-GM und OPS verstehen, Gutachtenaufträge richtig formulieren
- Datenschutz beim Umgang mit Gesundheitsdaten

Referent: Dr. med. Gerrit Albers, Unfallchirurg und Gutachter
Termin: 03./04.03.2026, Schulungsraum 2, 9–16 Uhr
Anmeldung im Lernportal bis 15.02.

Eure Personalentwicklung
""")
    return m


# --------------------------------------------------------------------- m176
@mail("NORMAL", "de", "insurer-to-broker",
      "underwriting guideline update for biogas plants and livestock barns, no client data")
def m176():
    m = new("Henning Stöver <henning.stoever@elbwerk-versicherung.example>",
            "Hauke Thiessen <h.thiessen@agrar-assekuranz-nord.example>",
            "Zeichnungsrichtlinie Agrar 2027 – Biogas und Stallanlagen",
            "2026-11-02 09:30", "<k176.zr.agrar27@elbwerk-versicherung.example>")
    text(m, """\
Moin Herr Thiessen,

für die Zeichnungsvollmacht 2027 gelten folgende Änderungen:

Biogasanlagen
- Zeichnung bis 500 kW el. nur mit Besichtigungsbericht (nicht älter als 3 Jahre)
- BHKW-Maschinenbruch: SB mindestens 5.000 EUR, Ertragsausfall max. 90 Tage
- Gasspeicher mit Doppelmembran: Sturmklausel nach VdS 3471

Stallanlagen
- Schweine- und Geflügelställe über 2.000 Tierplätze: Referral
- Elektroanlage: E-Check alle 2 Jahre als Obliegenheit
- Tierverluste durch Brand: Entschädigung nach Marktwert, Entsorgungskosten
  bis 25.000 EUR

Photovoltaik auf Stalldächern: Leistungsgrenze 750 kWp ohne Referral.

Die neue Vollmacht schicke ich Ihnen Ende November zur Unterschrift.

Gruß
Henning Stöver
""")
    return m


# --------------------------------------------------------------------- m177
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "commission statement for a sole-trader broker (e.K.) with his personal IBAN and tax number")
def m177():
    m = new("Vertriebsverwaltung <vertriebsverwaltung@elbwerk-versicherung.example>",
            "Rainer Kessler <info@kessler-assekuranz.example>",
            "Courtageabrechnung 10/2026 – Kessler Assekuranz e.K.",
            "2026-11-05 08:00", "<k177.courtage.kessler.1026@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrter Herr Kessler,

Ihre Courtageabrechnung für Oktober 2026:

Abschlusscourtage Firmen-Sach/HV        2.184,60 EUR
Bestandscourtage                        1.907,35 EUR
Stornohaftung (Malerbetrieb Kaya)        -142,80 EUR
Auszahlung                              3.949,15 EUR

Die Auszahlung erfolgt auf Ihr Konto:
Kontoinhaber: Rainer Kessler
IBAN DE38 2075 0000 4963 4888 23
Steuernummer: 33/127/04418 (Finanzamt Lüneburg)

Courtage ist nach § 4 Nr. 11 UStG umsatzsteuerfrei.

Mit freundlichen Grüßen
Vertriebsverwaltung
Elbwerk Versicherung AG
""", cte="base64")
    return m


# --------------------------------------------------------------------- m178
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "international group health for a posted employee: named employee's asthma as pre-existing condition with exclusion")
def m178():
    m = new("Aylin Demir <aylin.demir@elbwerk-versicherung.example>",
            "Priya Raman <priya.raman@harcourtlane.example>",
            "Expat health plan Vortex Medtech – enrolment Ms Carla Jensen (Boston posting)",
            "2026-01-28 13:20", "<k178.expat.jensen@elbwerk-versicherung.example>")
    text(m, """\
Dear Priya,

Ms Carla Jensen's enrolment in the international group health plan for posted
employees (Vortex Medtech AG, posting to Boston from 01 March 2026) is complete.

Based on her medical declaration she has had allergic asthma since childhood
(J45.0), treated with a budesonide/formoterol inhaler, no hospital admission in
the last five years. Given US treatment costs we apply:
- cover for asthma medication and routine specialist visits: included
- inpatient treatment for asthma exacerbations: covered after a 6-month
  moratorium
- no premium loading

Her spouse and child are enrolled without medical underwriting as the group has
more than 20 posted employees.

Membership cards will be sent to her Boston address by our assistance partner.

Kind regards
Aylin
""")
    return m


# --------------------------------------------------------------------- m179
@mail("NORMAL", "en", "internal",
      "personnel announcement of a new colleague, organisational")
def m179():
    m = new("Ole Rasmussen <ole.rasmussen@elbwerk-versicherung.example>",
            "Reinsurance team <rueckversicherung@elbwerk-versicherung.example>",
            "Welcome Henrik Sørensen",
            "2026-02-27 09:05", "<k179.welcome.hs@elbwerk-versicherung.example>")
    text(m, """\
Dear all,

please welcome Henrik Sørensen, who joins our reinsurance team on 2 March as
Senior Reinsurance Analyst. Henrik comes from a Copenhagen reinsurance broker and
will look after our property and agriculture treaties and the MGA facilities.

He will sit in room 6.04; his extension is -2250. Henrik speaks Danish and
English and is improving his German – feel free to help him practise!

Lunch on Monday at 12:30 in the canteen, all welcome.

Ole
""")
    return m


# --------------------------------------------------------------------- m180
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "social-engineering loss of a sole-practitioner tax adviser: his firm account, fraud amount and payout; no client secrets")
def m180():
    m = new("Jan-Hendrik Voss <jan-hendrik.voss@elbwerk-versicherung.example>",
            "Felix Morgenroth <f.morgenroth@morgenroth-ib.example>",
            "Cyber 26-CY-0088 StB Hamann – Fake-Rechnung, Deckungszusage",
            "2026-10-01 12:10", "<k180.cy0088.hamann@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Morgenroth,

zum Schaden von Herrn Rüdiger Hamann (Steuerberater, Einzelkanzlei Uelzen):

Nach dem Bericht der Forensik war das E-Mail-Konto des IT-Dienstleisters der
Kanzlei kompromittiert. Die Angreifer schickten eine echt aussehende Rechnung
mit geänderter Bankverbindung; Herr Hamann überwies am 15.09. von seinem
Kanzleikonto bei der Volksbank Uelzen 18.400 EUR auf ein Konto in Litauen.
Die Bank konnte nur 2.150 EUR zurückholen.

Mandantendaten waren nicht betroffen; das Kanzleisystem wurde nicht angegriffen.

Der Baustein "Social Engineering" ist bis 25.000 EUR versichert, SB 1.000 EUR.
Entschädigung: 15.250 EUR, Zahlung auf das Kanzleikonto.

Gruß
Jan-Hendrik Voss
""")
    return m


# --------------------------------------------------------------------- m181
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "short internal note: named crane operator paraplegic after an accident, goodwill payment to be checked")
def m181():
    m = new("Sabine Wendt <sabine.wendt@elbwerk-versicherung.example>",
            "Dr. Christian Asmussen <christian.asmussen@elbwerk-versicherung.example>",
            "Kulanz Behrens?",
            "2026-11-30 16:52", "<k181.kulanz.behrens@elbwerk-versicherung.example>")
    text(m, """\
Hallo Christian,

kurze Frage vorab, bevor ich die Vorlage schreibe: Die Kollegin von Fa. Nordkran,
Frau Behrens, ist seit ihrem Unfall im Juli querschnittsgelähmt (Th10, komplett).
Der Unfall passierte auf dem Heimweg mit dem E-Bike, 20 Minuten nach
Versicherungsende, weil die Firma ihren Vertrag zum 01.07. auf die
Pauschalversicherung umgestellt und sie dabei versehentlich nicht mitgemeldet
hat. Formal kein Versicherungsschutz.

Der Makler bittet um Kulanz. Ich fände eine Zahlung in Höhe der
Invaliditätssumme (150.000 EUR, ohne Progression) vertretbar. Siehst du das auch so?

Sabine
""", cte="8bit")
    return m


# --------------------------------------------------------------------- m182
@mail("NORMAL", "de", "insurer-to-broker",
      "missing signature on a GmbH's application form, no personal data")
def m182():
    m = new("Leonie Brandt <leonie.brandt@elbwerk-versicherung.example>",
            "Torben Oltmanns <t.oltmanns@brandt-oltmanns.example>",
            "Antrag Kältetechnik Nord GmbH – Unterschrift fehlt",
            "2026-12-03 10:40", "<k182.unterschrift.fehlt@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Oltmanns,

beim Antrag zur Erweiterung der Betriebshaftpflicht der Kältetechnik Nord GmbH
fehlt auf Seite 4 die Unterschrift und der Firmenstempel unter den
Obliegenheiten. Können Sie die Seite nachreichen? Der Antrag liegt bis dahin
auf Wiedervorlage; die vorläufige Deckung läuft bis 31.12.

Danke und viele Grüße
Leonie Brandt
Underwriting Firmenkunden
""")
    return m


# --------------------------------------------------------------------- m183
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "IT security consultant (natural person): backdating question with his revenue and prior project incident, no health content")
def m183():
    m = new("Hafenkontor Service for Elbwerk <service@elbwerk-versicherung.example>",
            "Yusuf Aksoy <yusuf@aksoy-security.example>",
            "Your PI/cyber policy HK-PI-26-0316 – inception date",
            "2026-04-10 09:45", "<k183.aksoy.inception@elbwerk-versicherung.example>")
    text(m, """\
Dear Mr Aksoy,

your policy was issued with an inception date of 3 March 2026, but your signed
proposal is dated 12 March 2026. We can only backdate the cover if you confirm
that between 3 and 12 March you were not aware of any circumstance that could
lead to a claim.

We also note from your proposal:
- revenue 2025: EUR 203,000 (penetration testing and ISO 27001 consulting)
- one incident in 2025: a client's production server restarted during a
  penetration test; no claim was made

Please confirm by e-mail that no claim has been made and no further incidents
occurred between 3 and 12 March. Otherwise the inception date will be changed to
12 March and we will refund EUR 61.20.

Kind regards
Elbwerk Versicherung AG in cooperation with Hafenkontor Underwriting GmbH
""")
    return m


# --------------------------------------------------------------------- m184
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "hard: named employee designates a beneficiary in a group accident policy, no medical word")
def m184():
    m = new("Kollektiv Unfall Bestand <kollektiv-bestand@elbwerk-versicherung.example>",
            "Malte Dräger <malte.draeger@mail-nord.example>",
            "Bestätigung Ihrer Bezugsrechtsbestimmung – Gruppenunfall 4471-0107",
            "2026-05-11 08:25", "<k184.bezugsrecht.draeger@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrter Herr Dräger,

wir bestätigen den Eingang Ihrer Erklärung vom 04.05.2026 zur
Gruppenunfallversicherung Ihres Arbeitgebers (Nordkran GmbH, Vertrag 4471-0107,
Ihre Personennummer 1004).

Für die Todesfallleistung von 20.000 EUR gilt ab sofort folgendes Bezugsrecht:
Frau Jana Wölk, geb. 21.10.1991 (Lebensgefährtin), zu 100 %,
ersatzweise Ihre gesetzlichen Erben.

Ihr Arbeitgeber wird über Ihre Bezugsrechtsbestimmung nicht informiert. Sie
können sie jederzeit ändern.

Mit freundlichen Grüßen
Kollektiv Unfall Bestand
Elbwerk Versicherung AG
""")
    return m


# --------------------------------------------------------------------- m185
@mail("NORMAL", "mixed", "internal",
      "onboarding checklist for a new MGA (SFTP, portal users, reporting), no personal data")
def m185():
    m = new("Miriam Okafor <miriam.okafor@elbwerk-versicherung.example>",
            "Lars Beekmann <lars.beekmann@elbwerk-versicherung.example>",
            "Onboarding Agrar Assekuranz Nord – IT checklist",
            "2026-01-13 14:05", "<k185.onboarding.aan@elbwerk-versicherung.example>",
            cc="Henning Stöver <henning.stoever@elbwerk-versicherung.example>")
    text(m, """\
Hi Lars,

for the MGA onboarding (Agrar Assekuranz Nord GmbH, Start 01.02.) we need from IT:

1. SFTP-Zugang for monthly bordereaux (one technical user, key-based)
2. Portal: firm account "AAN" with one firm administrator; portfolio rights only
   for the AAN-* contracts
3. Domain certificate exchange for gateway-to-gateway encryption
   (agrar-assekuranz-nord.example) – their IT contact is in the ticket
4. Claims upload folder in the DMS
5. Access for Henning to the reinsurance reporting view

Können wir das bis 27.01. schaffen? Ticket ist CHG-2026-0114.

Thanks
Miriam
""")
    return m


# --------------------------------------------------------------------- m186
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "premium adjustment for a sole-trader electrician based on his declared turnover for 2026")
def m186():
    m = new("Katrin Albers <katrin.albers@elbwerk-versicherung.example>",
            "Torben Oltmanns <t.oltmanns@brandt-oltmanns.example>",
            "Umsatzmeldung 2026 Elektro Brügmann – Beitragsregulierung",
            "2026-12-14 11:20", "<k186.umsatz.bruegmann@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Oltmanns,

Herr Brügmann hat seinen Umsatz für 2026 gemeldet: 701.000 EUR (vorläufig
angesetzt waren 612.000 EUR). Daraus ergibt sich für die Betriebshaftpflicht
7730-402-551 eine Nachberechnung von 216,40 EUR netto; der vorläufige Beitrag
für 2027 steigt auf 1.702,20 EUR netto.

Die Beitragsrechnung geht direkt an Herrn Brügmann, die Lastschrift erfolgt wie
gewohnt zum 01.02.

Viele Grüße
Katrin Albers
""")
    return m


# --------------------------------------------------------------------- m187
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "doctor's liability application: named physician discloses past licence suspension and addiction treatment")
def m187():
    m = new("Dr. Jonas Wiebe <jonas.wiebe@elbwerk-versicherung.example>",
            "Torben Oltmanns <t.oltmanns@brandt-oltmanns.example>",
            "Antrag Berufshaftpflicht Dr. Kellermann – Rückfragen",
            "2026-07-08 14:55", "<k187.antrag.kellermann@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Oltmanns,

zum Antrag von Herrn Dr. med. Stefan Kellermann (Anästhesist, künftig
Praxisgemeinschaft für ambulante Narkosen in Stade):

Er hat in der Antragsfrage 9 offen angegeben, dass seine Approbation 2022 für
14 Monate ruhte, nachdem er wegen einer Opioidabhängigkeit (Eigenentnahme von
Fentanyl in der Klinik) eine stationäre Entwöhnung in der Oberbergklinik gemacht
hat. Seit 2023 ist er abstinent und nimmt an einem Monitoringprogramm der
Ärztekammer mit Urinkontrollen teil.

Wir können uns eine Zeichnung vorstellen, wenn er uns:
- den Bescheid der Approbationsbehörde über das Wiederaufleben,
- die Bestätigung der Ärztekammer über die Teilnahme am Monitoring (aktuell)
zur Verfügung stellt. Bitte alles über das Portal, nicht per Mail.

Gruß
Jonas Wiebe
""")
    return m


# --------------------------------------------------------------------- m188
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: letter template (ODT) for declining a group accident claim with «placeholders» for name and diagnosis")
def m188():
    m = new("Claudia Reuter <claudia.reuter@elbwerk-versicherung.example>",
            "Svenja Kruse <s.kruse@brandt-oltmanns.example>",
            "Musterschreiben Leistungsablehnung für Ihre Schulung",
            "2026-10-16 15:05", "<k188.muster.ablehnung@elbwerk-versicherung.example>")
    text(m, """\
Hallo Frau Kruse,

für Ihre interne Schulung wie gewünscht unsere Textvorlage für eine Ablehnung in
der Gruppenunfallversicherung. Die Platzhalter werden im System automatisch
befüllt; die Vorlage enthält keine Kundendaten.

Viele Grüße
Claudia Reuter
""")
    attach_bytes(m, odt([
        "Elbwerk Versicherung AG – Vorlage GU-ABL-03 (Stand 2026)",
        "«Anrede» «Vorname» «Nachname»",
        "«Straße» «PLZ» «Ort»",
        "Gruppenunfallversicherung «Vertragsnummer» – Ihr Unfall vom «Unfalldatum»",
        "«Anrede_lang»,",
        "wir haben Ihre Unterlagen sorgfältig geprüft. Nach dem Bericht von «Arzt/Klinik» vom «Berichtsdatum» liegt bei Ihnen «Diagnose» vor.",
        "Versicherungsschutz besteht nur für Gesundheitsschäden durch einen Unfall (Ziffer 1.3 AUB). Die festgestellten Beschwerden beruhen nach ärztlicher Einschätzung überwiegend auf «Ursache, z. B. degenerativen Veränderungen».",
        "Eine Leistung aus der Gruppenunfallversicherung können wir daher leider nicht erbringen.",
        "Sie können diese Entscheidung durch einen unabhängigen Gutachter überprüfen lassen oder sich an den Versicherungsombudsmann wenden.",
        "Mit freundlichen Grüßen «Sachbearbeiter»",
    ]), "application/vnd.oasis.opendocument.text", "Vorlage_GU-ABL-03.odt")
    return m


# --------------------------------------------------------------------- m189
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "no-claims class transfer for a craftsman's van: named owner, birth date and driving history")
def m189():
    m = new("Kraftfahrt Service <kraftfahrt@elbwerk-versicherung.example>",
            "Serkan Kaya <info@malerbetrieb-kaya.example>",
            "SF-Übertragung auf Ihren Firmentransporter LG-SK 314",
            "2026-03-17 07:45", "<k189.sf.kaya@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrter Herr Kaya,

Sie möchten den Schadenfreiheitsrabatt Ihres bisherigen Pkw auf den
Firmentransporter Ihres Malerbetriebs übertragen. Wir haben Folgendes
geprüft:

Versicherungsnehmer: Serkan Kaya, geb. 11.08.1983
Führerschein Klasse B seit 06/2001
bisheriger Pkw: LG-SK 1983, SF 12 (Vorversicherer Hansa Direkt)
neues Fahrzeug: VW Crafter, LG-SK 314, gewerbliche Nutzung
Übertragung: SF 12 Haftpflicht / SF 12 Vollkasko, gültig ab 01.04.2026

Beitrag Haftpflicht + Vollkasko (SB 500 EUR): 1.146,80 EUR jährlich.

Der Vorversicherer hat die Schadenfreiheit bestätigt. Die eVB-Nummer für die
Zulassung lautet AK4T9QX.

Mit freundlichen Grüßen
Kraftfahrt Service
""", charset="windows-1252", cte="8bit")
    return m


# --------------------------------------------------------------------- m190
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "follow-up on the chemical plant explosion: named contractor's amputation, skin grafts and reserve")
def m190():
    m = new("Dirk Pahl <dirk.pahl@elbwerk-versicherung.example>",
            "Felix Morgenroth <f.morgenroth@morgenroth-ib.example>",
            "Stader Spezialchemie – claim update (English version for the Lloyd's excess layer)",
            "2026-09-29 16:10", "<k190.stader.update@elbwerk-versicherung.example>")
    text(m, """\
Dear Mr Morgenroth,

as requested, an English update for the excess layer insurers:

Mr Dariusz Nowicki (contractor's fitter) was discharged from the burns unit of the
Unfallkrankenhaus Boberg on 14 September after 104 days. He underwent eleven
operations with skin grafts; his left forearm had to be amputated below the
elbow in July due to a deep infection. He now faces long-term rehabilitation and
will not be able to return to his job as a fitter.

Ms Helga Timmermann has recovered fully and returned to work.

The statutory accident insurer (BG RCI) has announced a recourse claim; the
claimant's lawyer has additionally claimed pain and suffering of EUR 250,000.
Liability of our insured is likely because the restart procedure did not follow
the written permit-to-work.

Revised reserve: EUR 4.1m (bodily injury EUR 2.8m).

Kind regards
Dirk Pahl
""")
    return m


# --------------------------------------------------------------------- m191
@mail("NORMAL", "en", "insurer-to-reinsurer",
      "confirmation of treaty signing and slip references, no risk or person data")
def m191():
    m = new("Ole Rasmussen <ole.rasmussen@elbwerk-versicherung.example>",
            "Thomas Avery <t.avery@kingsbridge-re.example>",
            "Signed: Casualty QS and per-risk XL 2027",
            "2026-12-18 12:00", "<k191.signed.2027@elbwerk-versicherung.example>")
    text(m, """\
Dear Thomas,

we confirm receipt of the signed contracts:

- Casualty Quota Share 2027, 30 %, your line 12.5 %
- Property Per-Risk XL 2027, EUR 7.5m xs EUR 2.5m, your line 20 %

The countersigned copies will follow through the placement platform.
Thank you for your support this year – and merry Christmas to the whole team.

Best regards
Ole
""")
    return m


# --------------------------------------------------------------------- m192
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "attachment-only: ODS renewal list of a broker's sole-trader clients with names, policy numbers and premiums")
def m192():
    m = new("Claudia Reuter <claudia.reuter@elbwerk-versicherung.example>",
            "Rainer Kessler <info@kessler-assekuranz.example>",
            "Ihre Verlängerungsliste 01.01.2027",
            "2026-10-12 09:10", "<k192.verlaengerung.kessler@elbwerk-versicherung.example>")
    text(m, """\
Hallo Herr Kessler,

anbei die Liste Ihrer Verträge mit Hauptfälligkeit 01.01.2027 und die
vorgesehenen Anpassungen. Wenn Sie zu einzelnen Verträgen sprechen möchten,
rufen Sie mich gern an.

Viele Grüße
Claudia Reuter
""")
    attach_bytes(m, ods([
        ("Verlaengerung 2027", [
            ["Vertrag", "Versicherungsnehmer", "Sparte", "Beitrag 2026 EUR", "Beitrag 2027 EUR", "Anmerkung"],
            ["7730-118-042", "Uwe Hilmers, Dachdeckerei Hilmers e.K.", "BHV", 1320.00, 1386.00, "derzeit Ruheversicherung"],
            ["6200-114-870", "Sven Olsen, Tischlerei Olsen", "Maschinen", 940.00, 970.00, ""],
            ["3300-202-660", "Lena Wichmann, Modehaus Lena Wichmann e.K.", "Glas/Inhalt", 780.00, 790.00, ""],
            ["3300-402-716", "Dimitrios Papadakis, Kiosk am Stint", "Inhalt/BHV", 612.40, 612.40, ""],
            ["7730-640-218", "Norbert Bartels, Hausmeisterservice", "BHV", 455.00, 498.00, "Schlüsselschaden 2026"],
            ["3300-611-489", "Hauke Friedrichsen, Gärtnerei Friedrichsen", "Gewächshaus", 2318.60, 2410.00, "Zahlungsverzug 2026"],
        ]),
    ]), "application/vnd.oasis.opendocument.spreadsheet", "Verlaengerung_2027_Kessler.ods")
    return m


# --------------------------------------------------------------------- m193
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "attachment-only: PDF copy of a group accident decline letter with a named employee's slipped disc; body harmless")
def m193():
    m = new("Kollektiv-Leistung Unfall <kollektiv-leistung@elbwerk-versicherung.example>",
            "Felix Morgenroth <f.morgenroth@morgenroth-ib.example>",
            "Kopie unseres Schreibens vom 02.12.2026",
            "2026-12-02 14:30", "<k193.kopie.ablehnung.carstens@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrter Herr Morgenroth,

zur Kenntnisnahme erhalten Sie die Kopie unseres heutigen Schreibens.

Mit freundlichen Grüßen
Kollektiv-Leistung Unfall
""")
    attach_bytes(m, pdf([
        "Elbwerk Versicherung AG · Kollektiv-Leistung Unfall · Kehrwieder-Allee 12 · 20457 Hamburg",
        "",
        "Herrn Uwe Carstens",
        "Lohstraße 5, 25421 Pinneberg",
        "",
        "Hamburg, 02.12.2026",
        "Gruppenunfallversicherung 4471-0107 (Nordkran GmbH) – Ihr Ereignis vom 16.09.2026",
        "",
        "Sehr geehrter Herr Carstens,",
        "Sie haben uns gemeldet, dass Sie beim Anheben eines Kettengehänges plötzlich starke Rückenschmerzen bekamen.",
        "Laut MRT-Befund der Radiologie Pinneberg vom 22.09.2026 liegt ein Bandscheibenvorfall L5/S1 (M51.1) vor;",
        "der Befund beschreibt zudem ausgeprägte degenerative Veränderungen der Lendenwirbelsäule.",
        "Nach Ziffer 5.2.1 AUB sind Schäden an Bandscheiben nur versichert, wenn ein Unfall die überwiegende Ursache ist.",
        "Nach Einschätzung unseres beratenden Arztes ist das Heben eines Kettengehänges kein Unfallereignis.",
        "Eine Leistung können wir daher leider nicht erbringen.",
        "",
        "Mit freundlichen Grüßen",
        "Kollektiv-Leistung Unfall",
    ], title="Schreiben GU 4471-0107"), "application/pdf", "Kopie_Schreiben_2026-12-02.pdf")
    return m


# --------------------------------------------------------------------- m194
@mail("NORMAL", "de", "insurer-to-customer",
      "auto-reply of the commercial claims mailbox, no content")
def m194():
    m = new("Schaden Gewerbe <schaden.gewerbe@elbwerk-versicherung.example>",
            "Backhaus Jessen GmbH <verwaltung@backhaus-jessen.example>",
            "Eingangsbestätigung: Ihre Nachricht an Schaden Gewerbe",
            "2026-02-17 20:14", "<k194.autoreply.schaden@elbwerk-versicherung.example>",
            headers=(("Auto-Submitted", "auto-replied"),))
    text(m, """\
Guten Tag,

vielen Dank für Ihre Nachricht. Sie ist bei der Elbwerk Versicherung AG,
Schaden Gewerbe, eingegangen und wird in der Regel innerhalb von zwei
Arbeitstagen bearbeitet.

Bitte senden Sie Arztberichte, Rechnungen mit Bankverbindung oder andere
vertrauliche Unterlagen nicht per E-Mail, sondern über unseren sicheren Upload:
https://upload.elbwerk-versicherung.example

Bei Notfällen (z. B. Brand, Wasserschaden mit Betriebsstillstand) erreichen Sie
unsere Schadenhotline rund um die Uhr unter 040 3318-9000.

Ihr Elbwerk Schadenservice
Diese Nachricht wurde automatisch erstellt.
""")
    return m


# --------------------------------------------------------------------- m195
@mail("CONFIDENTIAL", "mixed", "insurer-to-broker",
      "warranty & indemnity insurance: named individual sellers of a GmbH with purchase-price shares, German/English")
def m195():
    m = new("Miriam Okafor <miriam.okafor@elbwerk-versicherung.example>",
            "James Whitcombe <james.whitcombe@harcourtlane.example>",
            "W&I – Projekt Möwe (Kältetechnik Nord GmbH) – sellers' details",
            "2026-08-21 18:02", "<k195.wi.moewe@elbwerk-versicherung.example>")
    text(m, """\
Dear James,

for the W&I policy on Project Möwe (sale of 100 % of Kältetechnik Nord GmbH to
Nordic Climate Holding AB) we have now received the sellers' details. Die
Verkäufer sind natürliche Personen, the policy will name them as sellers:

- Dipl.-Ing. Reinhard Voigt, 58 %, Kaufpreisanteil EUR 8.7m
- Susanne Voigt-Albers, 30 %, Kaufpreisanteil EUR 4.5m
- Kai Lindemann (managing director), 12 %, Kaufpreisanteil EUR 1.8m plus
  earn-out up to EUR 0.6m

Knowledge group for the warranties: R. Voigt and K. Lindemann. Please send the
signed no-claims declarations of both before signing.

Limit EUR 3m (20 % of EV), retention 0.5 % of EV. Premium 1.1 % rate on line.

Mit freundlichen Grüßen / kind regards
Miriam
""")
    return m


# --------------------------------------------------------------------- m196
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "fleet accident: named driver with whiplash and concussion in hospital, other party's car damaged")
def m196():
    m = new("Tobias Klink <tobias.klink@elbwerk-versicherung.example>",
            "Svenja Kruse <s.kruse@brandt-oltmanns.example>",
            "Flotte Blank & Sauber – Auffahrunfall HH-BS 2210",
            "2026-01-21 12:36", "<k196.auffahr.oezdemir@elbwerk-versicherung.example>")
    text(m, """\
Hallo Frau Kruse,

zum Unfall vom 16.01.2026 mit dem Firmenwagen HH-BS 2210 der Gebäudereinigung
Blank & Sauber:

Die Mitarbeiterin des Kunden ist an einer roten Ampel in Hamburg-Wandsbek auf
einen stehenden Pkw aufgefahren (Eigenverschulden). Der Fahrer des anderen
Fahrzeugs, Herr Emre Özdemir, wurde mit Verdacht auf HWS-Distorsion und
Gehirnerschütterung ins AK Wandsbek gebracht, eine Nacht stationär, danach zwei
Wochen krankgeschrieben. Sein Anwalt fordert Schmerzensgeld und
Verdienstausfall.

Sachschaden am Pkw Özdemir (Toyota Corolla, HH-EO 808): 6.120 EUR.
Firmenwagen: Vollkasko, KV 3.480 EUR.

Bitte die Schadenanzeige der Fahrerin unterschrieben nachreichen.

Gruß
Tobias Klink
""")
    return m


# --------------------------------------------------------------------- m197
@mail("NORMAL", "de", "insurer-to-broker",
      "appointment coordination for the annual broker review meeting")
def m197():
    m = new("Claudia Reuter <claudia.reuter@elbwerk-versicherung.example>",
            "Svenja Kruse <s.kruse@brandt-oltmanns.example>",
            "Jahresgespräch 2026 – Terminvorschläge",
            "2026-11-09 11:55", "<k197.jahresgespraech@elbwerk-versicherung.example>")
    text(m, """\
Hallo Frau Kruse,

für unser Jahresgespräch mit Ihnen und Herrn Oltmanns schlage ich vor:

- Dienstag, 01.12., 10:00 Uhr
- Donnerstag, 03.12., 14:00 Uhr
- Montag, 07.12., 9:30 Uhr

Gern bei Ihnen in Bremen. Themen von unserer Seite: Produktion 2026, Ziele 2027,
digitale Vermittlerpost, Schulungswünsche Ihres Teams.

Viele Grüße
Claudia Reuter
""")
    return m


# --------------------------------------------------------------------- m198
@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "loss run for a sole-trader farm (natural person) requested by the London market, with owner name and claims")
def m198():
    m = new("Henning Stöver <henning.stoever@elbwerk-versicherung.example>",
            "James Whitcombe <james.whitcombe@harcourtlane.example>",
            "Loss run – Frauke Ehlers, horse boarding farm, Lamstedt",
            "2026-11-23 10:25", "<k198.lossrun.ehlers@elbwerk-versicherung.example>")
    text(m, """\
Dear James,

with the consent of our policyholder, the loss run you requested for the
liability quote of your Lloyd's syndicate (horse boarding and riding lessons):

Policyholder: Ms Frauke Ehlers (sole proprietor), Moorweg 22, 21769 Lamstedt
Policy: AAN-LW-0120 (farm buildings, contents, farm shop), since 2021

2022  storm, roof of the riding hall          EUR 14,200
2024  lightning, electrical installation      EUR 3,950
2026  burglary, farm shop                     EUR 5,145
Liability claims with us: none (her liability cover is with another insurer)

Total incurred 5 years: EUR 23,295; premium 5 years: EUR 10,480.

Kind regards
Henning Stöver
""")
    return m


# --------------------------------------------------------------------- m199
@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-coinsurer",
      "hospital liability co-insurance: birth injury with hypoxic brain damage of a named child, large reserve")
def m199():
    m = new("Dr. Jonas Wiebe <jonas.wiebe@elbwerk-versicherung.example>",
            "Haftpflicht-Schaden <hv-schaden@weserstrom-vers.example>",
            "Klinikum Am Deich gGmbH – Geburtsschaden / birth injury claim 26-HW-00502",
            "2026-12-10 15:40", "<k199.geburtsschaden.deich@elbwerk-versicherung.example>",
            cc="Ole Rasmussen <ole.rasmussen@elbwerk-versicherung.example>")
    text(m, """\
Sehr geehrte Damen und Herren, dear colleagues,

als führender Versicherer der Betriebshaftpflicht des Klinikums Am Deich
(Anteil Elbwerk 50 %, Weserstrom 30 %, Vierlande 20 %) melden wir einen
Großschaden:

Kind: Leon Hartwig, geboren am 17.10.2026 in der Frauenklinik des Klinikums
Mutter: Frau Svenja Hartwig
Vorwurf: verspätete Notsectio trotz pathologischem CTG über 40 Minuten;
das Kind kam mit schwerer Asphyxie zur Welt (Nabelschnur-pH 6,85), hypoxisch-
ischämische Enzephalopathie Grad III, Kühlungstherapie auf der Neonatologie
des UKE. Nach MRT ist eine schwere bleibende Behinderung zu erwarten.

The hospital's internal review confirms a delay in calling the senior physician.
Initial reserve 100 %: EUR 5.5m (lifelong care, loss of earnings, damages).
Please note our reinsurers are informed (cc).

Mit freundlichen Grüßen / kind regards
Dr. Jonas Wiebe
Schaden Heilwesen
""")
    return m


# --------------------------------------------------------------------- m200
@mail("NORMAL", "de", "internal",
      "Christmas party invitation")
def m200():
    m = new("Betriebsrat und Geschäftsleitung <feier@elbwerk-versicherung.example>",
            "Alle Mitarbeitenden Hamburg <alle-hamburg@elbwerk-versicherung.example>",
            "Einladung zur Weihnachtsfeier am 11. Dezember",
            "2026-11-20 12:00", "<k200.weihnachtsfeier@elbwerk-versicherung.example>")
    text(m, """\
Liebe Kolleginnen und Kollegen,

wir laden euch herzlich zur Weihnachtsfeier ein:

Freitag, 11. Dezember 2026, ab 18:00 Uhr
Hafenspeicher Kehrwieder, Saal Elbblick (5 Minuten zu Fuß vom Büro)

Es gibt ein Buffet (auch vegan und glutenfrei), Musik von der Band
"Die Policen" aus der IT und die Verleihung des Elbwerk-Teampreises.

Bitte meldet euch bis 1. Dezember im Intranet an.

Wir freuen uns auf euch!
Betriebsrat und Geschäftsleitung
""")
    return m


# ================================================================ build/check

def build(outdir):
    """Write mails/ and labels.tsv into outdir; file numbers come from a seeded shuffle."""
    order = list(range(len(MAILS)))
    random.Random(SEED).shuffle(order)
    mdir = os.path.join(outdir, "mails")
    os.makedirs(mdir, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, idx in enumerate(order, 1):
        spec = MAILS[idx]
        msg = finalize(spec["fn"](), spec["key"])
        name = "d%02d-%04d.eml" % (NN, i)
        with open(os.path.join(mdir, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        rows.append("\t".join((name, spec["label"], spec["lang"], spec["kind"], spec["reason"])))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")


def _tree(root):
    files = {}
    for base, _dirs, names in os.walk(root):
        for n in names:
            p = os.path.join(base, n)
            with open(p, "rb") as fh:
                files[os.path.relpath(p, root)] = fh.read()
    return files


def _open_attachment(fname, data, problems, where):
    low = fname.lower()
    try:
        if low.endswith(".xlsx"):
            import openpyxl
            wb = openpyxl.load_workbook(io.BytesIO(data))
            assert any(ws.max_row > 0 for ws in wb.worksheets)
        elif low.endswith(".docx"):
            import docx as _docx
            d = _docx.Document(io.BytesIO(data))
            assert d.paragraphs or d.tables
        elif low.endswith(".odt") or low.endswith(".ods"):
            from odf.opendocument import load
            from odf import teletype, text as odftext
            doc = load(io.BytesIO(data))
            assert any(teletype.extractText(p) for p in doc.getElementsByType(odftext.P))
        elif low.endswith(".pdf"):
            from pypdf import PdfReader
            r = PdfReader(io.BytesIO(data))
            assert "".join(pg.extract_text() for pg in r.pages).strip()
        elif low.endswith(".zip"):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None
            for info in z.infolist():
                _open_attachment(info.filename, z.read(info.filename), problems,
                                 where + "!" + info.filename)
        elif low.endswith(".csv"):
            try:
                txt = data.decode("utf-8")
            except UnicodeDecodeError:
                txt = data.decode("cp1252")
            rows = list(csv.reader(io.StringIO(txt), delimiter=";"))
            assert len(rows) > 1 and all(len(r) == len(rows[0]) for r in rows if r)
        elif low.endswith(".ics"):
            s = data.decode("utf-8")
            assert s.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in s
        elif low.endswith(".txt") or low.endswith(".log"):
            data.decode("utf-8")
        elif low.endswith(".eml"):
            inner = BytesParser(policy=policy.default).parsebytes(data)
            assert inner["From"]
        else:
            problems.append("%s: no opener for %s" % (where, fname))
    except Exception as exc:  # report and go on
        problems.append("%s: cannot open %s: %r" % (where, fname, exc))


def check():
    problems = []
    with tempfile.TemporaryDirectory() as t1, tempfile.TemporaryDirectory() as t2:
        build(t1)
        build(t2)
        a, b = _tree(t1), _tree(t2)
        if a != b:
            problems.append("two builds differ: %s" % sorted(k for k in a if a.get(k) != b.get(k))[:5])
        here = {k: v for k, v in _tree(HERE).items()
                if k.startswith("mails" + os.sep) or k == "labels.tsv"}
        if here != a:
            diff = sorted(set(here) ^ set(a)) + sorted(k for k in a if k in here and here[k] != a[k])
            problems.append("files on disk differ from a fresh build: %s" % diff[:5])
    mdir = os.path.join(HERE, "mails")
    names = sorted(os.listdir(mdir))
    if len(names) != 200:
        problems.append("expected 200 mails, found %d" % len(names))
    mids = {}
    n_att = 0
    for name in names:
        with open(os.path.join(mdir, name), "rb") as fh:
            raw = fh.read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            problems.append("%s: bare LF or CR" % name)
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                problems.append("%s: line over 998 octets" % name)
                break
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        mid = msg["Message-ID"]
        if not mid or mid in mids:
            problems.append("%s: missing or duplicate Message-ID %s" % (name, mid))
        mids[mid] = name
        dt = parsedate_to_datetime(msg["Date"])
        if dt.year != 2026 or dt.utcoffset() != dt.astimezone(BERLIN).utcoffset():
            problems.append("%s: bad date %s" % (name, msg["Date"]))
        for k in ("From", "To", "Subject"):
            if msg[k] is None:
                problems.append("%s: no %s" % (name, k))
        for part in msg.walk():
            if part.defects:
                problems.append("%s: MIME defects %r" % (name, part.defects))
            ctype = part.get_content_type()
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset("us-ascii")
                try:
                    part.get_payload(decode=True).decode(cs)
                except (UnicodeDecodeError, LookupError) as exc:
                    problems.append("%s: text part does not decode as %s: %s" % (name, cs, exc))
            fname = part.get_filename()
            if ctype == "message/rfc822":
                n_att += 1
                inner = part.get_payload()[0]
                idt = parsedate_to_datetime(inner["Date"])
                if idt.year != 2026:
                    problems.append("%s: forwarded mail not dated 2026" % name)
            elif fname and not part.is_multipart():
                n_att += 1
                _open_attachment(fname, part.get_payload(decode=True), problems, name)
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    assert lines[-1] == ""
    rows = [ln.split("\t") for ln in lines[1:-1]]
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        problems.append("labels.tsv: bad header")
    counts = {lab: 0 for lab in LABELS}
    traps = 0
    for r in rows:
        if len(r) != 5 or r[1] not in LABELS or r[2] not in ("de", "en", "mixed") or not r[4]:
            problems.append("labels.tsv: bad row %r" % (r,))
            continue
        counts[r[1]] += 1
        if r[1] == "NORMAL" and r[4].startswith("trap:"):
            traps += 1
        if r[1] != "NORMAL" and r[4].startswith("trap:"):
            problems.append("labels.tsv: trap reason on a sensitive mail %s" % r[0])
    if [r[0] for r in rows] != names:
        problems.append("labels.tsv rows do not match mails/")
    if counts != {"NORMAL": 80, "CONFIDENTIAL": 60, "STRICTLY_CONFIDENTIAL": 60}:
        problems.append("label counts %r" % counts)
    langs = {}
    for r in rows:
        langs[r[2]] = langs.get(r[2], 0) + 1
    print("mails: %d, attachments opened: %d, labels: %s, traps: %d, lang: %s"
          % (len(names), n_att, counts, traps, langs))
    for p in problems:
        print("PROBLEM:", p)
    print("check OK" if not problems else "check FAILED (%d problems)" % len(problems))
    return 0 if not problems else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="rebuild twice, compare and validate")
    args = ap.parse_args()
    keys = [m["key"] for m in MAILS]
    assert len(keys) == len(set(keys)) == 200, (len(keys), len(set(keys)))
    if args.check:
        sys.exit(check())
    if os.path.isdir(os.path.join(HERE, "mails")):
        shutil.rmtree(os.path.join(HERE, "mails"))
    build(HERE)
    print("wrote %d mails to %s" % (len(MAILS), os.path.join(HERE, "mails")))


if __name__ == "__main__":
    main()
