#!/usr/bin/env python3
"""Generator for the Siegel development corpus dev48 (BU / Pflege claims department).

Every mail is written out by hand in its own function below (headers, body,
quotes, forwards and the content of each attachment). The helpers at the top
only turn hand-written content into MIME parts and office files.

    python3 make_corpus.py            # writes mails/ and labels.tsv
    python3 make_corpus.py --check    # rebuilds twice, compares, parses, opens attachments

Attachment libraries: openpyxl, python-docx, odfpy, fpdf2, pypdf, icalendar
(a venv such as /tmp/d48-venv).
"""
import csv
import datetime as dt
import io
import os
import random
import re
import sys
import tempfile
import zipfile
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP, default as POLICY_DEFAULT
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 48
RNG = random.Random(SEED)          # only used for the noise in scanned-looking images
FIXED_ZIP_TIME = (2026, 1, 2, 8, 0, 0)

# ---------------------------------------------------------------------------
# helpers: MIME
# ---------------------------------------------------------------------------

def new(frm, to, subject, date, mid, cc=None, extra=()):
    """A message with the hand-written headers of one mail, in this order."""
    m = EmailMessage(policy=SMTP)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    m['Date'] = date
    m['Message-ID'] = mid
    for k, v in extra:
        m[k] = v
    return m


def text(m, body, cs='utf-8', cte='quoted-printable', sub='plain', params=None):
    m.set_content(body, subtype=sub, charset=cs, cte=cte, params=params or {})
    return m


def html_alt(m, body, html, cs='utf-8', cte='quoted-printable'):
    m.set_content(body, charset=cs, cte=cte)
    m.add_alternative(html, subtype='html', charset=cs, cte=cte)
    return m


def attach(m, data, ctype, filename, charset=None):
    maintype, subtype = ctype.split('/')
    if isinstance(data, str):
        m.add_attachment(data, subtype=subtype, charset=charset or 'utf-8',
                         cte='quoted-printable' if maintype == 'text' else 'base64',
                         disposition='attachment', filename=filename)
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype,
                         disposition='attachment', filename=filename)
    return m


def attach_mail(m, inner):
    m.add_attachment(inner)
    return m


BSTYLES = [
    '----=_NextPart_000_{n:04d}_01DC{k}A7.3F2B9E10',
    '------------{n:04d}B{k}Z48XQ0T7RJ2MK9',
    'Apple-Mail=_48{n:04d}C1{k}-9E0F-4D3A-B7C2-66A1',
    '_{k}0_PR3P281MB{n:04d}48EURP281PROD_',
]


def fix_boundaries(m, n):
    style = BSTYLES[n % len(BSTYLES)]
    k = 0
    for part in m.walk():
        if part.get_content_maintype() == 'multipart':
            part.set_boundary(style.format(n=n, k=k))
            k += 1
    return m


# ---------------------------------------------------------------------------
# helpers: attachments built from hand-written content
# ---------------------------------------------------------------------------

def normalize_zip(data):
    """Re-pack an office file / zip with fixed timestamps so builds are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w') as dst:
        for info in src.infolist():
            raw = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                raw = re.sub(rb'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)',
                             rb'\g<1>2026-01-02T08:00:00Z\g<2>', raw)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = (zipfile.ZIP_STORED if info.filename == 'mimetype'
                                else zipfile.ZIP_DEFLATED)
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, raw)
    return out.getvalue()


def make_zip(members):
    """members: list of (name, bytes or str)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w') as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode('utf-8')
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


FIXED_DOC_TIME = dt.datetime(2026, 1, 2, 8, 0, 0)


def xlsx(sheets, author='Hellwarth'):
    """sheets: list of (title, rows)."""
    from openpyxl import Workbook
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DOC_TIME
    wb.properties.modified = FIXED_DOC_TIME
    b = io.BytesIO()
    wb.save(b)
    return normalize_zip(b.getvalue())


def docx(paragraphs, tables=(), author='Hellwarth'):
    """paragraphs: list of str (a str starting with '# ' becomes a heading);
    tables: list of row lists appended after the paragraphs."""
    import docx as _docx
    d = _docx.Document()
    for p in paragraphs:
        if p.startswith('# '):
            d.add_heading(p[2:], level=1)
        else:
            d.add_paragraph(p)
    for rows in tables:
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                t.cell(i, j).text = str(c)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DOC_TIME
    cp.modified = FIXED_DOC_TIME
    cp.revision = 1
    b = io.BytesIO()
    d.save(b)
    return normalize_zip(b.getvalue())


def _odf_reset():
    """odfpy keeps the namespaces it has seen in a class attribute shared by all
    documents; start every document from an empty table so output does not depend
    on what was built before."""
    from odf.element import Element
    Element.namespaces.clear()


def _odf_fix(doc):
    b = io.BytesIO()
    doc.save(b)
    return normalize_zip(b.getvalue())


def odt(paragraphs):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    _odf_reset()
    doc = OpenDocumentText()
    for p in paragraphs:
        if p.startswith('# '):
            doc.text.addElement(H(outlinelevel=1, text=p[2:]))
        else:
            doc.text.addElement(P(text=p))
    return _odf_fix(doc)


def ods(sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    _odf_reset()
    doc = OpenDocumentSpreadsheet()
    for title, rows in sheets:
        t = Table(name=title)
        for r in rows:
            tr = TableRow()
            for c in r:
                if isinstance(c, (int, float)) and not isinstance(c, bool):
                    tc = TableCell(valuetype='float', value=c)
                else:
                    tc = TableCell(valuetype='string')
                tc.addElement(P(text=str(c)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    return _odf_fix(doc)


def pdf(lines, title='Dokument', author='Hellwarth'):
    """A PDF with a text layer; lines are hand-written ('# ' = bold heading, '' = gap)."""
    from fpdf import FPDF
    p = FPDF(format='A4')
    p.set_creation_date(dt.datetime(2026, 1, 2, 8, 0, 0, tzinfo=dt.timezone.utc))
    p.set_title(title)
    p.set_author(author)
    p.set_producer('Hellwarth DocGen 4.2')
    p.set_creator('Hellwarth DocGen 4.2')
    p.add_page()
    p.set_auto_page_break(True, margin=15)
    for ln in lines:
        if ln.startswith('# '):
            p.set_font('Helvetica', 'B', 12)
            p.multi_cell(0, 7, ln[2:], new_x='LMARGIN', new_y='NEXT')
        elif ln == '':
            p.ln(4)
        else:
            p.set_font('Helvetica', '', 10)
            p.multi_cell(0, 5, ln, new_x='LMARGIN', new_y='NEXT')
    return bytes(p.output())


def scan_pdf(seed_note):
    """An image-only PDF (no text layer), like a phone scan. The grey noise comes from RNG."""
    from fpdf import FPDF
    import struct, zlib
    w, h = 60, 80
    raw = b''.join(b'\x00' + bytes(200 + RNG.randrange(50) for _ in range(w)) for _ in range(h))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    png = (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
           + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))
    p = FPDF(format='A4')
    p.set_creation_date(dt.datetime(2026, 1, 2, 8, 0, 0, tzinfo=dt.timezone.utc))
    p.set_producer('ScanApp ' + seed_note)
    p.add_page()
    p.image(io.BytesIO(png), x=10, y=10, w=190)
    return bytes(p.output())


# ---------------------------------------------------------------------------
# the mails
# ---------------------------------------------------------------------------

MAILS = []


def mail(label, lang, kind, reason):
    def deco(f):
        MAILS.append((f, label, lang, kind, reason))
        return f
    return deco


# ===========================================================================
# 0001 - 0025
# ===========================================================================

@mail('STRICTLY_CONFIDENTIAL', 'de', 'customer-to-insurer',
      'BU claimant in plain phone words: fall from the scaffold, back no longer carries him, doctor sees no improvement')
def m001():
    m = new('Dennis Kuhlmann <d.kuhlmann84@kabelmail.example>', 'leistung-bu@hellwarth.example',
            'frage wegen formular', 'Tue, 13 Jan 2026 21:47:12 +0100',
            '<C4E1A0F2-9D3B-4A8E-B1C7-0D2E4F6A8B10@kabelmail.example>',
            extra=[('X-Mailer', 'iPhone Mail (21F90)')])
    return text(m, """hallo,

ich hab den antrag bekommen aber weiß nicht was ich bei punkt 4 eintragen soll.
ich bin dachdecker und komm seit dem sturz vom gerüst im november nicht mehr die
leiter hoch, der rücken macht das einfach nicht mehr mit und der arzt meint das
wird auch nix mehr mit dem beruf. soll ich da alle ärzte eintragen oder nur den
hausarzt?? die vertragsnummer hab ich grad nicht zur hand, die BU läuft über die
firma (Dachbau Terwey)

gruß dennis kuhlmann

Von meinem iPhone gesendet
""", cte='8bit')


@mail('NORMAL', 'de', 'internal',
      'trap: monthly BU claims report with diagnosis groups, quotas and durations, aggregates only')
def m002():
    m = new('Oliver Szymanski <oliver.szymanski@hellwarth.example>',
            'Team Leistung BU <team-leistung-bu@hellwarth.example>',
            'Monatsreport Leistung BU Dezember 2025', 'Thu, 08 Jan 2026 10:05:33 +0100',
            '<7f3c2a91d0b84c5e9a1e0b5a@EXMB02.hellwarth.example>',
            cc='Paul Nieberding <paul.nieberding@hellwarth.example>',
            extra=[('X-MS-Has-Attach', 'yes')])
    text(m, """Hallo zusammen,

anbei der Monatsreport Dezember. Die wichtigsten Zahlen vorab:

- Neueingänge Leistungsanträge BU/BUZ: 214 (Vormonat 187)
- Entscheidungen: 198, davon Anerkenntnisse 141 (71 %), Ablehnungen 38, Vergleiche 19
- durchschnittliche Bearbeitungsdauer bis Entscheidung: 96 Tage (Ziel: 90)

Ursachen der anerkannten Fälle 2025 gesamt:
  Psychische Erkrankungen        36 %
  Muskel-Skelett / Rücken        22 %
  Krebserkrankungen              14 %
  Unfälle                         9 %
  Herz-Kreislauf                  8 %
  Nervensystem (u. a. MS)         7 %
  Sonstige                        4 %

Auffällig ist weiter der Anstieg bei den F-Diagnosen (Depression, Erschöpfung,
Angststörungen) in der Altersgruppe unter 40. Dazu machen wir im Februar eine
eigene Auswertung.

Viele Grüße
Oliver

--
Oliver Szymanski
Controlling Leistung Leben
Hellwarth Lebensversicherung AG
""")
    attach(m, xlsx([('Dezember 2025', [
        ('Kennzahl', 'Dez 2025', 'Nov 2025', 'Ziel'),
        ('Neueingänge BU/BUZ', 214, 187, None),
        ('Entscheidungen', 198, 176, None),
        ('Anerkenntnisquote', 0.71, 0.69, None),
        ('Bearbeitungsdauer (Tage)', 96, 101, 90),
        ('offene Fälle > 180 Tage', 57, 61, 40),
    ]), ('Ursachen 2025', [
        ('Ursachengruppe', 'Anteil'),
        ('Psychische Erkrankungen', 0.36), ('Muskel-Skelett / Rücken', 0.22),
        ('Krebserkrankungen', 0.14), ('Unfälle', 0.09), ('Herz-Kreislauf', 0.08),
        ('Nervensystem', 0.07), ('Sonstige', 0.04),
    ])], author='O. Szymanski'),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Monatsreport_BU_2025-12.xlsx')
    return m


@mail('CONFIDENTIAL', 'de', 'assessor-to-insurer',
      'freelance care assessor (sole trader) invoices her fees: private IBAN and tax number, no client named')
def m003():
    m = new('Petra Vogelsang <info@vogelsang-pflegegutachten.example>',
            'pflege-leistung@hellwarth.example',
            'Rechnung 2026-007 Begutachtungen Januar', 'Mon, 02 Feb 2026 08:12:40 +0100',
            '<a81f2c6e-1b0e-4f6a-9d52-8e7f3c1b2a90@vogelsang-pflegegutachten.example>',
            extra=[('User-Agent', 'Mozilla Thunderbird 128.6.0')])
    text(m, """Sehr geehrte Damen und Herren,

anbei meine Rechnung für Januar 2026.

12 Hausbesuche à 145,00 EUR          1.740,00 EUR
 3 Gutachten nach Aktenlage à 80,00     240,00 EUR
Fahrtkostenpauschale                    186,40 EUR
Summe                                 2.166,40 EUR

Die Aufstellung der Aktenzeichen habe ich wie immer im Gutachterportal
hochgeladen. Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf mein
Konto bei der Commerzbank:
IBAN DE58 3704 0044 9645 8488 63, Kontoinhaberin Petra Vogelsang
Steuernummer 337/5012/4418 - umsatzsteuerfrei nach § 4 Nr. 14 UStG.

Mit freundlichen Grüßen
Petra Vogelsang
Pflegefachkraft, freiberufliche Gutachterin
Hiltruper Landweg 23, 48165 Münster
""")
    attach(m, pdf(['# Rechnung 2026-007',
                   'Petra Vogelsang, Hiltruper Landweg 23, 48165 Münster',
                   'An: Hellwarth Lebensversicherung AG, Abteilung Leistung Pflege',
                   'Rechnungsdatum: 31.01.2026   Leistungszeitraum: 01.01.-31.01.2026', '',
                   '12 Hausbesuche a 145,00 EUR ..................... 1.740,00 EUR',
                   '3 Gutachten nach Aktenlage a 80,00 EUR ............ 240,00 EUR',
                   'Fahrtkostenpauschale (932 km a 0,20 EUR) ........... 186,40 EUR',
                   'Gesamtbetrag ..................................... 2.166,40 EUR', '',
                   'Umsatzsteuerfrei nach § 4 Nr. 14 UStG. Steuernummer 337/5012/4418',
                   'Bankverbindung: Commerzbank, IBAN DE58 3704 0044 9645 8488 63'],
                  title='Rechnung 2026-007', author='P. Vogelsang'),
           'application/pdf', 'Rechnung_2026-007.pdf')
    return m


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-reinsurer',
      'facultative case for the reinsurer: surgeon with initials and birth date, tremor, suspected Parkinson, benefit amount')
def m004():
    m = new('Claire Whitfield <claire.whitfield@hellwarth.example>',
            'David Okafor <d.okafor@northgate-re.example>',
            'Fac case 2026-BU-0117 - request for opinion', 'Wed, 28 Jan 2026 16:20:05 +0100',
            '<PR3P281MB0447A1C2E0F9B3D4@PR3P281MB0447.DEUP281.PROD.hellwarth.example>',
            extra=[('Content-Language', 'en-GB')])
    return text(m, """Dear David,

as discussed on the phone, here is the case we would like Northgate's view on
before we decide. It is above our retention, so your treaty terms require us to
consult you.

Claimant: M. E., born 03/04/1973, orthopaedic surgeon, self-employed in a joint
practice since 2008. Occupational disability cover EUR 4,000 per month until 67,
own-occupation wording, no exclusions.

Claim notified 12 December 2025. He reports a tremor of the right (dominant) hand
since spring 2025, worse under strain, and has stopped operating since October.
The treating neurologist suspects early Parkinson's disease; a DaTSCAN is
scheduled for February. Until then the diagnosis is "essential tremor vs.
idiopathic Parkinson syndrome". He still does consultations, roughly 40 % of his
former working time according to the practice schedule he sent us.

Our medical officer thinks a 50 % degree of disability is plausible today, but
wants the scan result before a final view. We are inclined to accept a temporary
recognition (zeitlich befristetes Anerkenntnis) for 12 months.

I can send the neurologist's letter and the practice schedule through the
secure exchange if you want to see them.

Kind regards
Claire

Claire Whitfield
Reinsurance & International Claims Liaison
Hellwarth Lebensversicherung AG, Münster
""")


@mail('NORMAL', 'de', 'newsletter',
      'trap: broker newsletter on the 2026 BU tariff: health questions, psychotherapy window, reintegration benefit, no person')
def m005():
    m = new('Hellwarth Vermittlerservice <vermittler-info@hellwarth.example>',
            'vermittler-verteiler@hellwarth.example',
            'Vermittler-Info 02/2026: Neue SBU-Generation ab 1. April',
            'Tue, 17 Feb 2026 07:30:00 +0100',
            '<newsletter.2026-02.vm@mailing.hellwarth.example>',
            extra=[('List-Unsubscribe', '<mailto:abmelden@mailing.hellwarth.example?subject=VM-Info>'),
                   ('Precedence', 'bulk')])
    plain = """Vermittler-Info 02/2026

Neue SBU-Generation "Hellwarth BU Plus 2026" ab 1. April

Das ist neu:
* Gesundheitsfragen vereinfacht: ambulante Behandlungen nur noch der letzten
  3 Jahre (bisher 5), stationäre Aufenthalte der letzten 5 Jahre.
* Psychotherapie: abgeschlossene Behandlungen, die länger als 3 Jahre zurück-
  liegen, müssen nicht mehr angegeben werden.
* Wiedereingliederungshilfe: einmalig bis zu 6 Monatsrenten, wenn die versicherte
  Person nach einer anerkannten BU in den Beruf zurückkehrt.
* Pflegeoption: Umstellung auf eine Pflegerente ohne erneute Gesundheitsprüfung.
* Verzicht auf abstrakte Verweisung bleibt, jetzt auch bei Selbständigen ohne
  Umorganisationsprüfung bis 10 Mitarbeiter.

Die neuen Antragsunterlagen und Berufsgruppenlisten finden Sie ab 16. März im
Vermittlerportal. Schulungstermine (online, 45 Minuten) am 10., 12. und 19. März.

Hellwarth Lebensversicherung AG - Vermittlerservice
Lindenallee 12, 48143 Münster | Vorstand: Dr. Henrike Pfaff (Vors.), Marc Ebbers
Sitz Münster, Amtsgericht Münster HRB 4811
Abmelden: antworten Sie mit "Abmelden" im Betreff.
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<h2>Vermittler-Info 02/2026</h2>
<h3>Neue SBU-Generation &bdquo;Hellwarth BU Plus 2026&ldquo; ab 1. April</h3>
<ul>
<li><b>Gesundheitsfragen vereinfacht:</b> ambulante Behandlungen nur noch der letzten 3 Jahre (bisher 5), station&auml;re Aufenthalte der letzten 5 Jahre.</li>
<li><b>Psychotherapie:</b> abgeschlossene Behandlungen, die l&auml;nger als 3 Jahre zur&uuml;ckliegen, m&uuml;ssen nicht mehr angegeben werden.</li>
<li><b>Wiedereingliederungshilfe:</b> einmalig bis zu 6 Monatsrenten bei R&uuml;ckkehr in den Beruf.</li>
<li><b>Pflegeoption:</b> Umstellung auf eine Pflegerente ohne erneute Gesundheitspr&uuml;fung.</li>
<li><b>Verzicht auf abstrakte Verweisung</b> bleibt, jetzt auch bei Selbst&auml;ndigen bis 10 Mitarbeiter.</li>
</ul>
<p>Neue Antragsunterlagen ab 16. M&auml;rz im Vermittlerportal. Schulungstermine am 10., 12. und 19. M&auml;rz.</p>
<p style="font-size:11px;color:#666">Hellwarth Lebensversicherung AG &middot; Lindenallee 12 &middot; 48143 M&uuml;nster &middot; HRB 4811</p>
</body></html>
"""
    return html_alt(m, plain, html)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
      'request for a medical report about a named patient with birth date, treatment since the fall, GOÄ fee')
def m006():
    m = new('Jonas Peschke <jonas.peschke@hellwarth.example>',
            'Praxis Dr. Lindner <praxis@praxis-lindner.example>',
            'Anforderung ärztlicher Bericht - Herr Dennis Kuhlmann', 'Mon, 26 Jan 2026 11:32:18 +0100',
            '<0c9d4e1f7a2b4c3d8e5f6a7b@EXMB01.hellwarth.example>')
    return text(m, """Sehr geehrter Herr Dr. Lindner,

Ihr Patient, Herr Dennis Kuhlmann, geb. 22.09.1984, Am Pulverschuppen 4,
48167 Münster, hat bei uns Leistungen aus seiner Berufsunfähigkeitsversicherung
beantragt. Eine Schweigepflichtentbindung vom 20.01.2026 liegt uns vor; eine
Kopie schicken wir Ihnen gern per Fax.

Wir bitten Sie um einen formlosen Bericht zu folgenden Punkten:

1. Seit wann behandeln Sie Herrn Kuhlmann wegen der Folgen des Sturzes vom
   November 2025?
2. Welche Diagnosen haben Sie gestellt (gern mit ICD-10)?
3. Welche Bewegungen und Tätigkeiten sind eingeschränkt (Heben, Überkopfarbeit,
   Leitern und Gerüste)?
4. Welche Behandlung ist geplant, und wie schätzen Sie die Aussichten auf eine
   Rückkehr in die Tätigkeit als Dachdecker ein?

Für den Bericht vergüten wir Ihnen die Nr. 75 GOÄ zum 2,3-fachen Satz zuzüglich
Porto. Bitte nennen Sie unser Zeichen BU-L 2026/0093.

Mit freundlichen Grüßen

Jonas Peschke
Leistungsprüfung Berufsunfähigkeit
Hellwarth Lebensversicherung AG | Lindenallee 12 | 48143 Münster
Telefon 0251 4811-2274
""")


@mail('CONFIDENTIAL', 'de', 'customer-to-insurer',
      'misdirected motor claim: parking damage, plate and motor policy number, nobody hurt')
def m007():
    m = new('Gisela Hoppe <gisela.hoppe@netzpost.example>', 'leistung-bu@hellwarth.example',
            'Schadensmeldung Parkplatz Edeka', 'Wed, 04 Feb 2026 17:03:51 +0100',
            '<1738684231.58817.gisela.hoppe@netzpost.example>')
    return text(m, """Sehr geehrte Damen und Herren,

ich habe heute beim Ausparken auf dem Parkplatz vom Edeka an der Wolbecker
Straße einen anderen Wagen gestreift. Hintere Stoßstange links bei dem anderen
Auto, bei mir nur ein Kratzer. Verletzt wurde niemand, der Fahrer war gar nicht
dabei, ich habe einen Zettel hinterlassen und ihn dann telefonisch erreicht.

Meine Daten:
Gisela Hoppe, Kanalstraße 51, 48147 Münster
Kfz-Versicherung Nr. KF-4471023, Kennzeichen MS-GH 512 (VW Golf)
Der andere Wagen: MS-TR 880, Halter Herr Tobias Rademacher, Tel. 0176 5512907

Ich hoffe, das ist die richtige Adresse, die stand auf dem letzten Brief von
Ihnen.

Mit freundlichen Grüßen
Gisela Hoppe
""", cs='iso-8859-1')


@mail('NORMAL', 'de', 'internal',
      'trap: IT maintenance notice naming medical reports, expert opinions and care assessments, no person')
def m008():
    m = new('IT-Betrieb <it-betrieb@hellwarth.example>', 'alle-leistung@hellwarth.example',
            'Wartungsfenster DMS "Leistungsakte" am Samstag, 07.03.',
            'Wed, 04 Mar 2026 14:00:00 +0100',
            '<itb-2026-0304-01@hellwarth.example>',
            extra=[('X-Priority', '3')])
    return text(m, """Liebe Kolleginnen und Kollegen,

am Samstag, 07.03.2026, von 06:00 bis ca. 14:00 Uhr wird das Dokumenten-
managementsystem "Leistungsakte" auf Version 11.2 aktualisiert.

In dieser Zeit
- können keine Arztberichte, Gutachten, Pflegegutachten und Entlassberichte
  in die Akten hochgeladen werden,
- pausiert die Scanstraße für die Posteingänge Pflege und BU (die Briefe werden
  am Montag ab 7 Uhr nachverarbeitet),
- ist der Gutachter-Upload im Portal gesperrt.

Bitte speichert nichts lokal zwischen. Für Rückfragen: Ticket an den Service
Desk, Kategorie "DMS".

Viele Grüße
Euer IT-Betrieb
""")


@mail('STRICTLY_CONFIDENTIAL', 'mixed', 'internal',
      'reinsurer answer on a named surgeon quoted in a mixed German/English forward: tremor, scan, degree of disability')
def m009():
    m = new('Claire Whitfield <claire.whitfield@hellwarth.example>',
            'Jonas Peschke <jonas.peschke@hellwarth.example>',
            'WG: Fac case 2026-BU-0117 - request for opinion', 'Mon, 09 Feb 2026 09:41:27 +0100',
            '<PR3P281MB0447B7D0C1E2F3A4@PR3P281MB0447.DEUP281.PROD.hellwarth.example>',
            cc='Dr. Ulrike Sandvoß <ulrike.sandvoss@hellwarth.example>')
    return text(m, """Hi Jonas,

anbei die Antwort von Northgate zu Herrn Eschweiler. Kurz: they agree with a
befristetes Anerkenntnis, aber sie wollen das Scan-Ergebnis sehen, bevor wir
über 12 Monate hinausgehen. Kannst du die Nachprüfung für Januar 2027 vormerken?

Danke & Gruß
Claire

-----Original Message-----
From: David Okafor <d.okafor@northgate-re.example>
Sent: Friday, 6 February 2026 17:12
To: Claire Whitfield <claire.whitfield@hellwarth.example>
Subject: RE: Fac case 2026-BU-0117 - request for opinion

Claire,

thanks for the clear summary. Our CMO has looked at it:

- With a tremor of the dominant hand an orthopaedic surgeon cannot operate
  safely; 50 % disability looks right to us as long as he still consults.
- "Essential tremor vs. Parkinson" makes a big difference for the outlook. If
  the DaTSCAN is normal, some improvement with beta blockers is possible.
- We support a time-limited acceptance for 12 months. Please send us the scan
  result and the neurologist's follow-up letter before any extension.

Best regards
David

David Okafor
Senior Claims Manager Life & Health, Northgate Re (London Branch)
""")


@mail('CONFIDENTIAL', 'de', 'internal',
      'HR tells a named employee her new monthly gross salary')
def m010():
    m = new('Personalabteilung <personal@hellwarth.example>',
            'Miriam Esch <miriam.esch@hellwarth.example>',
            'Ihre Gehaltsanpassung zum 01.04.2026', 'Fri, 20 Mar 2026 13:15:02 +0100',
            '<hr-4411-20260320@hellwarth.example>',
            extra=[('Sensitivity', 'Private')])
    return text(m, """Liebe Frau Esch,

nach dem erfolgreichen Abschluss Ihrer Einarbeitung in der Leistungsprüfung BU
werden Sie zum 01.04.2026 in die Tarifgruppe VI eingruppiert.

Ihr monatliches Bruttogehalt erhöht sich damit von 3.480,00 EUR auf
3.710,00 EUR. Die vermögenswirksamen Leistungen (40,00 EUR) bleiben unverändert.
Die Änderung wird mit der Abrechnung für April wirksam.

Die schriftliche Vertragsergänzung erhalten Sie in den nächsten Tagen per
Hauspost.

Herzliche Grüße
Anke Roloff
Personalreferentin
""")


@mail('NORMAL', 'de', 'internal', 'team breakfast invitation')
def m011():
    m = new('Katrin Oberländer <katrin.oberlaender@hellwarth.example>',
            'Team Leistung BU <team-leistung-bu@hellwarth.example>',
            'Frühstück am Freitag', 'Tue, 20 Jan 2026 15:48:10 +0100',
            '<5a6b7c8d9e0f4a1b2c3d4e5f@EXMB02.hellwarth.example>')
    return text(m, """Hallo ihr Lieben,

am Freitag gibt es um 9:30 in der Teeküche 3. OG Frühstück, weil wir den
Dezember-Rückstand tatsächlich abgebaut haben. Brötchen bringe ich mit, wer
mag, bringt Aufstrich oder Obst mit.

Katrin
""", cte='8bit')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'family-to-insurer',
      'daughter reports her mother fell, can no longer get out of bed alone, care service twice a day; care annuity contract')
def m012():
    m = new('Sabine Brüggemann <sabine.brueggemann@posthaus.example>', 'pflege-leistung@hellwarth.example',
            'Pflegetagegeld für meine Mutter', 'Thu, 15 Jan 2026 19:22:45 +0100',
            '<d2b8e4a0-3c6f-4e1d-a9b7-5f0c2e8d1a43@posthaus.example>')
    return text(m, """Guten Abend,

meine Mutter, Hildegard Brüggemann (Am Kiesweg 7, 48157 Münster), hat bei Ihnen
eine Pflegetagegeldversicherung, Vertragsnummer PT 2207113. Ich habe eine
Vorsorgevollmacht und kümmere mich um ihre Angelegenheiten.

Mama ist kurz vor Weihnachten in der Küche gestürzt und lag zwei Wochen im
Krankenhaus. Seitdem kommt sie allein nicht mehr aus dem Bett und auch nicht
zur Toilette, nachts ist sie oft durcheinander und weiß nicht, wo sie ist. Der
Pflegedienst kommt jetzt morgens und abends, tagsüber wechseln mein Bruder und
ich uns ab.

Was müssen wir tun, damit das Pflegetagegeld gezahlt wird? Die Pflegekasse hat
schon jemanden vom Medizinischen Dienst angekündigt. Reicht Ihnen dessen
Gutachten oder kommt von Ihnen noch jemand?

Viele Grüße
Sabine Brüggemann
0151 22847361
""")


@mail('NORMAL', 'de', 'internal',
      'trap: data-protection officer sends the blank consent / medical-secrecy release template with placeholders')
def m013():
    m = new('Lena Brockhoff <datenschutz@hellwarth.example>',
            'alle-leistung@hellwarth.example',
            'Neue Fassung Schweigepflichtentbindungserklärung (Vorlage)',
            'Tue, 27 Jan 2026 10:02:59 +0100',
            '<dsb-2026-003@hellwarth.example>')
    text(m, """Liebe Kolleginnen und Kollegen,

ab 01.02.2026 gilt die überarbeitete Einwilligungs- und Schweigepflicht-
entbindungserklärung nach dem aktualisierten GDV-Muster. Die Vorlage hängt an
und liegt ab morgen auch in der Textbausteinverwaltung.

Wichtig für die Leistungsprüfung:
- Die Erklärung wird je Leistungsfall eingeholt, nicht pauschal.
- Die versicherte Person kann wählen, ob wir jede Stelle (Arzt, Klinik,
  Pflegedienst, Rentenversicherung) vorher ankündigen.
- Verstorbene: Die Erben bzw. Bezugsberechtigten entscheiden, siehe Abschnitt 4.

Bei Fragen gern melden.

Lena Brockhoff
Datenschutzbeauftragte
""")
    attach(m, docx(['# Einwilligungs- und Schweigepflichtentbindungserklärung',
                    'Versicherte Person: «Vorname» «Nachname», geb. am «Geburtsdatum»',
                    'Versicherungsnummer: «Vertragsnummer»   Leistungsfall: «Aktenzeichen»',
                    'Ich entbinde die nachfolgend genannten Ärzte, Pflegepersonen und Bediensteten von '
                    'Krankenhäusern, sonstigen Krankenanstalten, Pflegeheimen, Pflegediensten, '
                    'Berufsgenossenschaften und Behörden von ihrer Schweigepflicht, soweit die '
                    'Hellwarth Lebensversicherung AG Angaben zur Prüfung der Leistungspflicht benötigt.',
                    'Stellen (Name, Anschrift): ______________________________',
                    '[ ] Ich möchte vor jeder Anfrage informiert werden.',
                    '[ ] Ich erteile die Einwilligung für die oben genannten Stellen insgesamt.',
                    'Ort, Datum, Unterschrift: ______________________________'],
                   author='L. Brockhoff'),
           'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
           'Vorlage_SEE_Leistung_2026.docx')
    return m


@mail('CONFIDENTIAL', 'en', 'broker-to-insurer',
      'sole-trader UK broker sends birth date, home address and bank account for his agency agreement')
def m014():
    m = new('James Hartley <james@hartley-insurance.example>',
            'Anja Terhorst <anja.terhorst@hellwarth.example>',
            'Agency agreement - my details', 'Thu, 12 Feb 2026 11:05:44 +0000',
            '<CAJh7Q2x9mK4Lp0vRt3uWb8sNe1YzD6fGk5=hA2@mail.hartley-insurance.example>',
            extra=[('Content-Language', 'en-GB')])
    return text(m, """Hi Anja,

as promised, the details you need for the agency agreement. I trade as a sole
trader (James Hartley Insurance Services), so everything is in my own name:

Full name: James Edward Hartley
Date of birth: 14 March 1979
Home address: 27 Larkspur Close, Harrogate HG2 8PW, United Kingdom
FCA reference: 604417
Bank: HSBC UK, account name J E Hartley
IBAN: GB85 MIDL 4005 1272 9133 04, BIC MIDLGB22

Commission statements can go to this address. Let me know if you need a copy of
my passport for your KYC.

Cheers,
James

--
James Hartley Insurance Services | Independent protection adviser
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'harmless body; PDF attachment recognises BU with diagnosis code, policy number and monthly benefit')
def m015():
    m = new('Hellwarth Leistung BU <leistung-bu@hellwarth.example>',
            'Markus Ostendorf <m.ostendorf@webmail-nord.example>',
            'Ihr Schreiben vom 11.03.2026', 'Wed, 11 Mar 2026 15:27:03 +0100',
            '<out-20260311-152703-8812@briefversand.hellwarth.example>')
    text(m, """Sehr geehrter Herr Ostendorf,

anbei erhalten Sie unser Schreiben vom heutigen Tag als PDF. Das Original geht
Ihnen zusätzlich per Post zu.

Mit freundlichen Grüßen
Ihre Hellwarth Lebensversicherung AG
""")
    attach(m, pdf(['Hellwarth Lebensversicherung AG - Leistung BU - Lindenallee 12 - 48143 Münster', '',
                   'Herrn Markus Ostendorf', 'Nordring 88', '48282 Emsdetten', '',
                   'Münster, 11.03.2026', 'Versicherungsnummer LV 3318842-07, Zeichen BU-L 2025/1187', '',
                   '# Anerkenntnis Ihrer Berufsunfähigkeit',
                   'Sehr geehrter Herr Ostendorf,',
                   'nach Prüfung aller Unterlagen erkennen wir unsere Leistungspflicht aus der '
                   'Berufsunfähigkeits-Zusatzversicherung ab dem 01.02.2026 an. Grundlage ist das '
                   'Gutachten von Frau Dr. Korkmaz vom 19.02.2026. Danach liegt bei Ihnen eine schwere '
                   'depressive Episode (ICD-10 F32.2) vor, die Sie voraussichtlich dauerhaft zu mehr '
                   'als 50 % daran hindert, Ihren Beruf als Projektleiter im Anlagenbau auszuüben.',
                   'Wir zahlen Ihnen ab 01.02.2026 eine monatliche Rente von 1.650,00 EUR und stellen Ihren '
                   'Vertrag ab diesem Zeitpunkt beitragsfrei. Die Nachzahlung für Februar und März '
                   '(3.300,00 EUR) überweisen wir in den nächsten Tagen.',
                   'Wir werden Ihre Berufsunfähigkeit in angemessenen Abständen nachprüfen.', '',
                   'Mit freundlichen Grüßen', 'Jonas Peschke, Leistungsprüfung BU'],
                  title='Anerkenntnis BU', author='Leistung BU'),
           'application/pdf', 'Schreiben_2026-03-11.pdf')
    return m


@mail('NORMAL', 'en', 'reinsurer-to-insurer',
      'trap: reinsurer webinar invitation on mental-health and long-COVID disability claims, with ICS, no person')
def m016():
    m = new('Northgate Re Events <events@northgate-re.example>',
            'claire.whitfield@hellwarth.example',
            'Invitation: Mental health in disability income - 2026 claims trends',
            'Tue, 10 Feb 2026 09:00:00 +0000',
            '<evt-5521.20260210@northgate-re.example>')
    text(m, """Dear Claire,

we would like to invite you to our client webinar

  Mental health in disability income: 2026 claims trends
  Thursday, 5 March 2026, 10:00-11:15 GMT (11:00-12:15 CET)

Topics:
- Depression, anxiety and burnout: incidence and recovery rates in the
  German, Austrian and UK markets 2019-2025
- Long COVID and ME/CFS: what three years of claims data tell us
- Assessing fluctuating conditions: functional capacity vs. diagnosis
- Return-to-work programmes: what works

Speakers: Dr. Fiona Marsh (Chief Medical Officer), Jan-Hendrik Voss (Head of
Claims DACH). The calendar invitation is attached.

Kind regards
Northgate Re Client Events
""")
    attach(m, """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Northgate Re//Events 3.1//EN\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:evt-5521@northgate-re.example\r
DTSTAMP:20260210T090000Z\r
DTSTART:20260305T100000Z\r
DTEND:20260305T111500Z\r
SUMMARY:Webinar: Mental health in disability income - 2026 claims trends\r
DESCRIPTION:Depression\\, anxiety and burnout incidence\\; long COVID and ME/CFS\\;\r
  fluctuating conditions\\; return-to-work programmes.\r
LOCATION:Online (link follows one day before)\r
ORGANIZER;CN=Northgate Re Events:mailto:events@northgate-re.example\r
ATTENDEE;CN=Claire Whitfield;RSVP=TRUE:mailto:claire.whitfield@hellwarth.example\r
END:VEVENT\r
END:VCALENDAR\r
""".encode('utf-8'), 'text/calendar', 'invite.ics')
    return m


@mail('CONFIDENTIAL', 'de', 'broker-to-insurer',
      'grey zone: BU quote request for a named prospect with birth date, occupation and income, no health data, no contract yet')
def m017():
    m = new('Rainer Weber <weber@finanzkontor-weber.example>',
            'Anja Terhorst <anja.terhorst@hellwarth.example>',
            'Angebot SBU Fendel', 'Mon, 02 Mar 2026 10:14:22 +0100',
            '<000301dcaa1f$5b2e8c70$118ba550$@finanzkontor-weber.example>',
            extra=[('X-Mailer', 'Microsoft Outlook 16.0')])
    return text(m, """Hallo Frau Terhorst,

bitte um ein Angebot SBU für eine Neukundin:

Laura Fendel, geb. 02.05.1996
Ergotherapeutin, angestellt, 100 % Praxis, keine Leitungsfunktion
Bruttojahreseinkommen 41.000 EUR
BU-Rente 1.500 EUR mtl., Endalter 67, Dynamik 3 %

Einmal mit und einmal ohne Beitragsdynamik bitte, und gern auch mit der neuen
Pflegeoption. Gesundheitsfragen gehen wir dann im nächsten Termin gemeinsam
durch.

Danke und Gruß
Rainer Weber
Finanzkontor Weber - Versicherungsmakler
Prinzipalmarkt 30, 48143 Münster
""", cs='windows-1252')


@mail('NORMAL', 'en', 'supplier-to-insurer', 'IT supplier announces an upgrade date and single sign-on change')
def m018():
    m = new('DataKern Customer Success <success@datakern.example>',
            'Fabian Kühr <fabian.kuehr@hellwarth.example>',
            'ClaimDesk 7.4 - upgrade slot confirmed', 'Thu, 19 Feb 2026 14:31:09 +0100',
            '<cs-88213-20260219@datakern.example>')
    return text(m, """Hi Fabian,

your upgrade slot for ClaimDesk 7.4 is confirmed:

  Production: Saturday 21 March 2026, 07:00-12:00 CET
  Test environment: already available from Monday 2 March

What changes for your users:
- Login moves to your Entra ID single sign-on; the old ClaimDesk passwords stop
  working after the upgrade.
- The document viewer opens in a separate tab.
- Export to CSV now respects the column selection.

Rollback plan and checklist are in the project space. Shout if anything is
unclear.

Best,
Marta Lindqvist
Customer Success Manager, DataKern Systems GmbH
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-family',
      'appointment for the care assessment of a named woman at home, ICS attachment names her; asks for medication plan')
def m019():
    m = new('Mehmet Aydın <mehmet.aydin@hellwarth.example>',
            'Sabine Brüggemann <sabine.brueggemann@posthaus.example>',
            'AW: Pflegetagegeld für meine Mutter', 'Tue, 20 Jan 2026 09:55:31 +0100',
            '<9e8d7c6b5a4f4e3d2c1b0a99@EXMB01.hellwarth.example>',
            extra=[('In-Reply-To', '<d2b8e4a0-3c6f-4e1d-a9b7-5f0c2e8d1a43@posthaus.example>'),
                   ('References', '<d2b8e4a0-3c6f-4e1d-a9b7-5f0c2e8d1a43@posthaus.example>')])
    text(m, """Sehr geehrte Frau Brüggemann,

vielen Dank für Ihre Nachricht. Wir haben für Ihre Mutter eine Begutachtung
zu Hause vereinbart: Frau Petra Vogelsang kommt am Dienstag, 03.02.2026,
um 10:00 Uhr. Die Einladung für Ihren Kalender hängt an.

Bitte halten Sie nach Möglichkeit bereit:
- den aktuellen Medikamentenplan,
- den Entlassbericht des Krankenhauses,
- die Pflegedokumentation des Pflegedienstes (die letzten zwei Wochen).

Das Gutachten des Medizinischen Dienstes können Sie uns gern zusätzlich
schicken, sobald es vorliegt. Die Vorsorgevollmacht haben wir erhalten.

Mit freundlichen Grüßen
Mehmet Aydın
Leistung Pflege
Hellwarth Lebensversicherung AG
""")
    attach(m, """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
METHOD:PUBLISH\r
BEGIN:VEVENT\r
UID:040000008200E00074C5B7101A82E00800000000B0A1C2D3E4F5A6B7@hellwarth.example\r
DTSTAMP:20260120T085531Z\r
DTSTART;TZID=W. Europe Standard Time:20260203T100000\r
DTEND;TZID=W. Europe Standard Time:20260203T113000\r
SUMMARY:Begutachtung Pflegebedürftigkeit Frau Hildegard Brüggemann\r
LOCATION:Am Kiesweg 7\\, 48157 Münster\r
DESCRIPTION:Gutachterin: Petra Vogelsang. Vertrag PT 2207113. Bitte Medikament\r
 enplan und Entlassbericht bereithalten.\r
END:VEVENT\r
END:VCALENDAR\r
""".encode('utf-8'), 'text/calendar', 'Begutachtung_03-02-2026.ics')
    return m


@mail('NORMAL', 'de', 'internal',
      'trap: training agenda on mental illness in BU claims with ICD chapter F and diagnosis names, no person')
def m020():
    m = new('Dr. Ulrike Sandvoß <ulrike.sandvoss@hellwarth.example>',
            'Team Leistung BU <team-leistung-bu@hellwarth.example>',
            'Schulung "Psychische Erkrankungen in der BU-Leistungsprüfung" am 24.02.',
            'Mon, 02 Feb 2026 08:47:15 +0100',
            '<3f2e1d0c9b8a4f7e6d5c4b3a@EXMB03.hellwarth.example>')
    return text(m, """Liebe Kolleginnen und Kollegen,

wie angekündigt hier die Agenda für unsere Schulung am Dienstag, 24.02.,
9:00-12:30 Uhr, Raum Aasee (2. OG) und per Teams:

1. ICD-10-GM Kapitel F im Überblick: F32/F33 (depressive Episoden und
   rezidivierende Störungen), F41 (Angststörungen), F43 (Belastungs- und
   Anpassungsstörungen), F45 (somatoforme Störungen)
2. "Burnout" ist keine Diagnose - was steht eigentlich im Attest?
3. Was sagt ein psychiatrisches Gutachten über die Leistungsfähigkeit im Beruf?
   Beschwerdevalidierung, Konsistenz, Tagesablauf
4. Typische Fehler in Anfragen an Psychotherapeutinnen und -therapeuten
5. Übungsfälle (anonymisiert) in Kleingruppen

Bitte bringt einen eigenen Fall mit, bei dem ihr unsicher wart - ohne Namen.

Viele Grüße
Ulrike Sandvoß
Gesellschaftsärztin
""")


@mail('CONFIDENTIAL', 'de', 'customer-to-insurer',
      'misdirected household claim: burglary, home address, household policy number, police reference, nobody hurt')
def m021():
    m = new('Thomas Reinholz <t.reinholz@mailbox-online.example>', 'leistung-bu@hellwarth.example',
            'Einbruch - Hausrat', 'Sun, 22 Feb 2026 12:40:03 +0100',
            '<8b7a6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d@mailbox-online.example>')
    return text(m, """Guten Tag,

bei uns wurde am Freitagabend eingebrochen, während wir beim Essen waren.
Hausratversicherung Nr. HR-2290441, Wohnung Gartenstraße 18, 48147 Münster.

Gestohlen wurden ein Laptop (Lenovo, ca. 2 Jahre alt), eine Kamera, der
Schmuck meiner Frau und ca. 300 EUR Bargeld. Die Balkontür wurde aufgehebelt.
Niemand war zu Hause, es ist also keinem etwas passiert.

Anzeige bei der Polizei Münster ist erstattet, Tagebuchnummer 2026-018843.
Brauchen Sie die Kaufbelege im Original?

Thomas Reinholz
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'lawyer-to-insurer',
      'lawyer objects to a BU rejection: named client, recurrent depression, 14 months unable to work, criticises the expert')
def m022():
    m = new('RAin Sabine Roth <roth@roth-partner.example>', 'leistung-bu@hellwarth.example',
            'Widerspruch - Ihr Zeichen BU-L 2025/0874 - Frank Ostermeier',
            'Thu, 05 Feb 2026 16:44:20 +0100',
            '<20260205164420.RA-0412@roth-partner.example>')
    return text(m, """Sehr geehrte Damen und Herren,

in obiger Angelegenheit zeigen wir an, dass uns Herr Frank Ostermeier,
Sentmaringer Weg 40, 48151 Münster, mit der Wahrnehmung seiner Interessen
beauftragt hat. Eine auf uns lautende Vollmacht liegt bei.

Namens und im Auftrag unseres Mandanten widersprechen wir Ihrer Entscheidung
vom 12.01.2026, mit der Sie Leistungen aus der Berufsunfähigkeitsversicherung
Nr. LV 2907714 abgelehnt haben.

Unser Mandant leidet seit 2024 an einer rezidivierenden depressiven Störung mit
ausgeprägten Schlafstörungen und Konzentrationsverlust. Er ist seit nunmehr
14 Monaten durchgehend arbeitsunfähig und befindet sich seit August 2025 in
wöchentlicher psychotherapeutischer Behandlung. Zwei stationäre Aufenthalte
(zuletzt Oktober 2025) haben keine nachhaltige Besserung gebracht.

Das von Ihnen eingeholte Gutachten beruht auf einer einzigen Untersuchung von
rund 40 Minuten und setzt sich mit den Befunden der behandelnden Fachärztin
nicht auseinander. Die dort angenommene "Restleistungsfähigkeit von sechs
Stunden" als Vertriebsleiter ist nicht nachvollziehbar.

Wir fordern Sie auf, Ihre Entscheidung bis zum 05.03.2026 zu überprüfen und die
Leistungspflicht anzuerkennen.

Mit freundlichen Grüßen
Sabine Roth
Rechtsanwältin, Fachanwältin für Versicherungsrecht
Roth & Partner Rechtsanwälte mbB, Hafenweg 26, 48155 Münster
""")


@mail('NORMAL', 'de', 'internal', 'out-of-office auto-reply of a colleague, no reason given')
def m023():
    m = new('Birte Hollenkamp <birte.hollenkamp@hellwarth.example>',
            'Jonas Peschke <jonas.peschke@hellwarth.example>',
            'Automatische Antwort: Reha-Plan Rückfrage', 'Mon, 09 Feb 2026 10:02:11 +0100',
            '<ar-5d1e9b0c@EXMB02.hellwarth.example>',
            extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
    return text(m, """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 16.02.2026 nicht im Büro und lese meine E-Mails in
dieser Zeit nicht. In dringenden Fällen wenden Sie sich bitte an
reha-management@hellwarth.example oder 0251 4811-2290.

Birte Hollenkamp
Reha- und Wiedereingliederungsmanagement
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'broker-to-insurer',
      'broker asks about the status of a named client\'s BU claim; no medical word, but a specific person\'s life claim')
def m024():
    m = new('Nina Kranich <n.kranich@albers-kranich.example>', 'leistung-bu@hellwarth.example',
            'Sachstand Leistungsfall Demir', 'Tue, 10 Mar 2026 08:58:37 +0100',
            '<AM9P191MB1338C0FFEE11@AM9P191MB1338.EURP191.albers-kranich.example>')
    return text(m, """Sehr geehrte Damen und Herren,

wie ist der Stand im Leistungsfall unseres Kunden Herrn Yusuf Demir,
Vertrag BV 5501287? Herr Demir hat nach unserer Kenntnis alle Unterlagen im
Januar eingereicht und seitdem nichts mehr gehört. Er ruft inzwischen jede
Woche bei uns an, weil das Krankengeld im April ausläuft.

Für eine kurze Rückmeldung wären wir dankbar.

Mit freundlichen Grüßen
Nina Kranich
Albers & Kranich Versicherungsmakler GmbH
Geschäftsführer: Jörg Albers, Nina Kranich | HRB 9920 AG Osnabrück
""")


@mail('NORMAL', 'en', 'insurer-to-reinsurer',
      'trap: BU incidence by ICD chapter for the reinsurer, aggregated with small cells merged, XLSX attached')
def m025():
    m = new('Claire Whitfield <claire.whitfield@hellwarth.example>',
            'David Okafor <d.okafor@northgate-re.example>',
            'Treaty data 2025: incidence by ICD chapter', 'Thu, 16 Apr 2026 14:08:51 +0200',
            '<PR3P281MB0447C3D4E5F6A7B8@PR3P281MB0447.DEUP281.PROD.hellwarth.example>')
    text(m, """Hi David,

please find attached the annual treaty data for 2025: new BU claims and
acceptances by ICD-10 chapter and age band. Cells with fewer than five claims
are merged into "other", as agreed in the data-sharing annex.

Headline: chapter F (mental and behavioural disorders) is 36 % of accepted
claims, up from 31 % in 2023; chapter C (neoplasms) is stable at 14 %.

Best,
Claire
""")
    attach(m, xlsx([('Incidence 2025', [
        ('ICD-10 chapter', 'Age band', 'Claims notified', 'Claims accepted', 'Exposure (years)', 'Incidence per mille'),
        ('F Mental and behavioural', '<40', 61, 44, 58210, 0.76),
        ('F Mental and behavioural', '40-54', 58, 41, 71044, 0.58),
        ('F Mental and behavioural', '55+', 21, 16, 24980, 0.64),
        ('M Musculoskeletal', '<40', 17, 11, 58210, 0.19),
        ('M Musculoskeletal', '40-54', 33, 24, 71044, 0.34),
        ('M Musculoskeletal', '55+', 26, 19, 24980, 0.76),
        ('C Neoplasms', 'all ages', 39, 33, 154234, 0.21),
        ('I Circulatory', 'all ages', 22, 18, 154234, 0.12),
        ('G Nervous system', 'all ages', 19, 15, 154234, 0.10),
        ('S/T Injury', 'all ages', 27, 21, 154234, 0.14),
        ('other (merged)', 'all ages', 14, 10, 154234, 0.06),
    ])], author='C. Whitfield'),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Hellwarth_treaty_data_2025.xlsx')
    return m


# ===========================================================================
# 0026 - 0050
# ===========================================================================

@mail('CONFIDENTIAL', 'en', 'internal',
      'HR sends payroll the birth date, salary and relocation allowance of a new colleague from Dublin')
def m026():
    m = new('Anke Roloff <anke.roloff@hellwarth.example>',
            'Entgeltabrechnung <payroll@hellwarth.example>',
            'New starter 1 May - Siobhan Gallagher', 'Wed, 15 Apr 2026 11:20:40 +0200',
            '<hr-4502-20260415@hellwarth.example>')
    return text(m, """Hi both,

Siobhan starts on 1 May in International Claims (Claire's team). As she does not
read German yet, please send her payroll letters in English.

Name: Siobhan Mary Gallagher
Date of birth: 22/06/1988
Address from 25 April: Hammer Straße 131, 48153 Münster
Annual salary: EUR 68,500 gross, paid in 13 instalments
Relocation allowance: EUR 5,000 (one-off, with the May salary)
Tax class: I, German tax ID to follow (she registers on 28 April)

Bank details come directly from her via the onboarding form.

Thanks,
Anke

Anke Roloff | HR Business Partner | Hellwarth Lebensversicherung AG
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'customer-to-insurer',
      'recognised BU claimant asks whether he may help in a bike shop two hours a day; his therapist recommends it')
def m027():
    m = new('Markus Ostendorf <m.ostendorf@webmail-nord.example>', 'leistung-bu@hellwarth.example',
            'AW: Ihr Schreiben vom 11.03.2026', 'Sun, 22 Mar 2026 20:13:05 +0100',
            '<f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b@webmail-nord.example>',
            extra=[('In-Reply-To', '<out-20260311-152703-8812@briefversand.hellwarth.example>')])
    return text(m, """Hallo Herr Peschke,

erst mal danke für das Schreiben, das hat mir eine große Last genommen.

Ich habe eine Frage, bevor ich etwas falsch mache: Mein Schwager hat einen
Fahrradladen in Emsdetten und hat gefragt, ob ich ihm ab Mai vormittags zwei
Stunden in der Werkstatt helfen will, als Minijob. Meine Therapeutin meint, so
eine feste Struktur könnte mir guttun, solange es keinen Druck gibt.

Verliere ich dann die Rente? Muss ich Ihnen das melden?

Viele Grüße
Markus Ostendorf

> Sehr geehrter Herr Ostendorf,
>
> anbei erhalten Sie unser Schreiben vom heutigen Tag als PDF. Das Original geht
> Ihnen zusätzlich per Post zu.
""", cte='8bit', params={'format': 'flowed'})


@mail('NORMAL', 'de', 'insurer-to-supplier',
      'trap: purchase order for shredding old BU and care files "with health data", company to company')
def m028():
    m = new('Einkauf Hellwarth <einkauf@hellwarth.example>',
            'Auftragsannahme <auftrag@aktenfrei-muensterland.example>',
            'Bestellung 4500118273 - Aktenvernichtung Leistung BU/Pflege',
            'Mon, 16 Feb 2026 09:05:12 +0100',
            '<po-4500118273@einkauf.hellwarth.example>')
    return text(m, """Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag RV-2024-031:

Pos. 1  Abholung und Vernichtung von Papierakten, Schutzklasse 3,
        Sicherheitsstufe P-4 nach DIN 66399, ca. 2,4 t
        (Altakten Leistung BU und Pflege, Aufbewahrungsfrist abgelaufen,
        enthalten Arztberichte, Gutachten und Gesundheitsdaten)
Pos. 2  Bereitstellung von 20 verschlossenen Sicherheitsbehältern à 240 l
Pos. 3  Vernichtungsprotokoll mit Zertifikat je Behälter

Abholung: Dienstag, 03.03.2026, ab 7:00 Uhr, Anlieferzone Lindenallee 12.
Ansprechpartner vor Ort: Herr Ralf Büscher, Haustechnik, 0251 4811-1050.

Bitte bestätigen Sie den Auftrag. Der Vertrag zur Auftragsverarbeitung vom
12.04.2024 gilt unverändert.

Mit freundlichen Grüßen
Kathrin Meinert
Zentraler Einkauf, Hellwarth Lebensversicherung AG
""")


@mail('NORMAL', 'en', 'internal', 'lunch booking for the reinsurer visit')
def m029():
    m = new('Claire Whitfield <claire.whitfield@hellwarth.example>',
            'Empfang <empfang@hellwarth.example>',
            'Northgate visit 23 April - lunch for 6', 'Fri, 10 Apr 2026 10:31:00 +0200',
            '<PR3P281MB0447D5E6F7A8B9C0@PR3P281MB0447.DEUP281.PROD.hellwarth.example>')
    return text(m, """Hi,

could you book lunch for six people in the small casino room on Thursday
23 April, 12:30? Two of our guests are vegetarian. We will need the room until
about 14:00. Cost centre 4711-320.

Thank you!
Claire
""", cte='7bit')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'insurer answers the lawyer: keeps the rejection, discusses expert opinion on depression and remaining working capacity')
def m030():
    m = new('Sven Dahlmann <sven.dahlmann@hellwarth.example>', 'RAin Sabine Roth <roth@roth-partner.example>',
            'Ihr Zeichen RA-0412 / unser Zeichen BU-L 2025/0874 - Ostermeier',
            'Tue, 03 Mar 2026 14:52:36 +0100',
            '<1a2b3c4d5e6f4a7b8c9d0e1f@EXMB03.hellwarth.example>')
    return text(m, """Sehr geehrte Frau Rechtsanwältin Roth,

vielen Dank für Ihr Schreiben vom 05.02.2026 und die Vollmacht.

Wir haben den Fall Ihres Mandanten nochmals vollständig geprüft. Das Gutachten
von Herrn Prof. Dr. Wessling stützt sich nicht nur auf die Untersuchung vom
18.11.2025, sondern auf die gesamte Akte, einschließlich der Berichte der
behandelnden Fachärztin und der beiden Klinikentlassberichte. Der Gutachter
kommt nachvollziehbar zu dem Ergebnis, dass die depressive Symptomatik unter
der laufenden Therapie gebessert ist und Herr Ostermeier seine Tätigkeit als
Vertriebsleiter mit zeitlichen Einschränkungen zu mehr als 50 % ausüben kann.

Um Ihren Einwänden Rechnung zu tragen, bieten wir eine weitere Begutachtung
durch eine Psychiaterin an, die Ihr Mandant aus einer Liste von drei Namen
selbst auswählen kann. Die Kosten tragen wir. Bis dahin bleibt es bei unserer
Entscheidung vom 12.01.2026.

Mit freundlichen Grüßen
Sven Dahlmann
Syndikusrechtsanwalt, Recht und Beschwerdemanagement Leben
Hellwarth Lebensversicherung AG
""")


@mail('CONFIDENTIAL', 'de', 'internal',
      'harmless body; XLSX attachment lists named employees with their bonus amounts (income)')
def m031():
    m = new('Paul Nieberding <paul.nieberding@hellwarth.example>',
            'Anke Roloff <anke.roloff@hellwarth.example>',
            'Freigabe Liste', 'Fri, 27 Feb 2026 17:45:09 +0100',
            '<8c7b6a5f4e3d4c2b1a0f9e8d@EXMB02.hellwarth.example>')
    text(m, """Hallo Anke,

anbei die Liste wie besprochen, von mir freigegeben.

Gruß Paul
""")
    attach(m, xlsx([('Bonus 2025', [
        ('Personalnr.', 'Name', 'Team', 'Zielerreichung', 'Bonus brutto EUR'),
        ('10442', 'Katrin Oberländer', 'Leistung BU', '112 %', 6240),
        ('10871', 'Jonas Peschke', 'Leistung BU', '104 %', 3120),
        ('11023', 'Mehmet Aydın', 'Leistung Pflege', '108 %', 2980),
        ('10655', 'Birte Hollenkamp', 'Reha-Management', '100 %', 2750),
        ('11302', 'Miriam Esch', 'Leistung BU', '95 %', 1480),
        ('10218', 'Tanja Wrede', 'Risikoprüfung', '110 %', 3560),
    ])], author='P. Nieberding'),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Bonus_2025_final.xlsx')
    return m


@mail('NORMAL', 'de', 'internal',
      'trap: note on the ICD-10-GM 2026 update with codes for post-COVID, ME/CFS and depression, no person')
def m032():
    m = new('Dr. Ulrike Sandvoß <ulrike.sandvoss@hellwarth.example>',
            'alle-leistung@hellwarth.example',
            'ICD-10-GM 2026 - was sich für uns ändert', 'Wed, 07 Jan 2026 13:12:44 +0100',
            '<2b3c4d5e6f7a4b8c9d0e1f2a@EXMB03.hellwarth.example>')
    return text(m, """Liebe Kolleginnen und Kollegen,

seit 01.01.2026 verschlüsseln Ärztinnen und Kliniken nach der ICD-10-GM
Version 2026. Für unsere Akten sind vor allem drei Punkte wichtig:

1. Post-COVID: U09.9! bleibt Sekundärschlüssel; die eigentliche Einschränkung
   steht im Primärkode, z. B. G93.3 (Chronisches Fatigue-Syndrom) oder F06.7.
   Bitte nicht allein nach U09.9 suchen.
2. Depressive Episoden: Die Zusatzkennzeichen G (gesichert), V (Verdacht),
   Z (Zustand nach) und A (ausgeschlossen) werden in den AU-Bescheinigungen
   jetzt durchgehend mitgedruckt. "F32.1 V" ist also keine gesicherte Diagnose.
3. Rücken: M51.2 und M54.4/M54.5 werden weiter gern unspezifisch verwendet;
   für die Prüfung zählt der Funktionsbefund, nicht der Kode.

Die Kurzübersicht liegt im Wiki unter Leistung > Medizin > ICD.

Viele Grüße
Ulrike Sandvoß
""")


@mail('STRICTLY_CONFIDENTIAL', 'en', 'family-to-insurer',
      'husband writes for his wife: chemotherapy for breast cancer since January, policy number, power of attorney')
def m033():
    m = new('Robert Brooks <rob.brooks@fastpost-mail.example>', 'leistung-bu@hellwarth.example',
            'Claim for my wife - policy LV 4410236', 'Sat, 07 Feb 2026 22:05:51 +0100',
            '<CAK9r4Vx2pQ7mN1sTb8wYe3Zu6Lc0Fd5Gh9=Jk2@mail.fastpost-mail.example>')
    return text(m, """Dear Sir or Madam,

I am writing on behalf of my wife, Anna Keller-Brooks, who holds an occupational
disability policy with you (LV 4410236). I am sorry that I write in English; my
German is not good enough for this.

Anna was diagnosed with breast cancer in December and has been having
chemotherapy since 8 January, every three weeks. She is a primary school
teacher and has not been able to work since Christmas. Her oncologist says
there will be an operation and radiotherapy after the chemo, so she will be off
for most of this year at least.

She is too exhausted to deal with forms at the moment. I hold a lasting power
of attorney (attached to my next email as a scan). Could you please send the
claim forms to me, and tell me which medical reports you need?

Our address: Roxeler Straße 212, 48161 Münster. My phone: 0160 4471932.

Many thanks,
Robert Brooks
""")


@mail('CONFIDENTIAL', 'de', 'customer-to-insurer',
      'misdirected private liability claim: son broke the neighbour\'s window, policy number, nobody hurt')
def m034():
    m = new('Melanie Tönnies <melli.toennies@kabelmail.example>', 'leistung-bu@hellwarth.example',
            'Fensterscheibe Nachbar', 'Sat, 14 Mar 2026 16:32:07 +0100',
            '<5E0D2C1B-8A7F-4E6D-9C5B-4A3F2E1D0C9B@kabelmail.example>',
            extra=[('X-Mailer', 'iPad Mail (21D61)')])
    return text(m, """Hallo,

mein Sohn (12) hat heute beim Fußballspielen im Garten die Wohnzimmerscheibe
von unseren Nachbarn eingeschossen. Verletzt ist zum Glück keiner. Die Nachbarn
heißen Kemper, Drosselweg 9, 48163 Münster.

Wir haben bei Ihnen die Privathaftpflicht PH-7781120. Wie geht es jetzt weiter,
der Glaser kommt am Montag?

Melanie Tönnies
Drosselweg 11, 48163 Münster

Von meinem iPad gesendet
""", cte='8bit')


@mail('NORMAL', 'de', 'internal',
      'trap: anonymised training case (nurse, herniated disc, 47) with explicit note that names and data were removed')
def m035():
    m = new('Birte Hollenkamp <birte.hollenkamp@hellwarth.example>',
            'Team Leistung BU <team-leistung-bu@hellwarth.example>',
            'Übungsfall 3 für Donnerstag (anonymisiert)', 'Tue, 24 Feb 2026 15:10:27 +0100',
            '<4d5e6f7a8b9c4d0e1f2a3b4c@EXMB02.hellwarth.example>')
    return text(m, """Hallo zusammen,

für die Fallwerkstatt am Donnerstag hier Übungsfall 3. Namen, Orte und Daten
sind entfernt bzw. verändert, der Fall ist aus mehreren Akten zusammengesetzt.

Fall 3 - "Pflegefachkraft, 47 Jahre"
- Tätigkeit: stationäre Altenpflege, Vollzeit, Schichtdienst, ca. 60 % der
  Arbeitszeit körperliche Pflege (Lagern, Transfers, Körperpflege)
- Bandscheibenvorfall L4/5 mit Operation, danach 6 Wochen Reha
- Reha-Entlassung: "leichte bis mittelschwere Tätigkeiten 6 Stunden und mehr,
  ohne Heben über 10 kg"
- Arbeitgeber bietet eine Stelle in der Pflegedokumentation an (Teilzeit)

Fragen:
1. Liegt BU im bisherigen Beruf vor? Wie prüft ihr die 50 %?
2. Welche Rolle spielt das Stellenangebot (konkrete Verweisung)?
3. Welche Wiedereingliederungsleistungen könnten wir anbieten?

Bis Donnerstag!
Birte
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'care-service-to-insurer',
      'harmless body; CSV attachment is a named client\'s care log: basic care, medication, wound dressing per day')
def m036():
    m = new('Pflegedienst Lichtblick <abrechnung@pflegedienst-lichtblick.example>',
            'pflege-leistung@hellwarth.example',
            'Leistungsnachweis Januar', 'Tue, 03 Feb 2026 12:01:48 +0100',
            '<20260203120148.77123@pflegedienst-lichtblick.example>')
    text(m, """Sehr geehrte Damen und Herren,

anbei wie telefonisch besprochen der Leistungsnachweis für Januar.

Freundliche Grüße
Doris Kampmann
Pflegedienstleitung
Ambulanter Pflegedienst Lichtblick GmbH, Wolbecker Str. 210, 48155 Münster
IK 461234567 | HRB 15520 AG Münster
""")
    attach(m, """Klient;Geb.;Datum;Einsatz;Leistung;Dauer Min;Kürzel
Brüggemann, Hildegard;04.11.1941;02.01.2026;Früh;Große Morgentoilette, Transfer Bett-Rollstuhl;45;DK
Brüggemann, Hildegard;04.11.1941;02.01.2026;Früh;Medikamentengabe nach Plan (Ramipril, Donepezil);10;DK
Brüggemann, Hildegard;04.11.1941;02.01.2026;Abend;Inkontinenzversorgung, Lagerung;30;SW
Brüggemann, Hildegard;04.11.1941;03.01.2026;Früh;Große Morgentoilette, Transfer Bett-Rollstuhl;45;MB
Brüggemann, Hildegard;04.11.1941;03.01.2026;Früh;Verbandwechsel Unterschenkel rechts;15;MB
Brüggemann, Hildegard;04.11.1941;03.01.2026;Abend;Inkontinenzversorgung, Lagerung;30;SW
Brüggemann, Hildegard;04.11.1941;04.01.2026;Früh;Große Morgentoilette, Transfer Bett-Rollstuhl;45;DK
Brüggemann, Hildegard;04.11.1941;04.01.2026;Abend;Medikamentengabe, Blutzuckermessung;15;SW
""", 'text/csv', 'Leistungsnachweis_2026-01.csv', charset='windows-1252')
    return m


@mail('NORMAL', 'de', 'insurer-to-supplier', 'catering order for a training day')
def m037():
    m = new('Katrin Oberländer <katrin.oberlaender@hellwarth.example>',
            'bestellung@kantine-lindenhof.example',
            'Catering Schulungstag 24.02.', 'Thu, 12 Feb 2026 10:48:13 +0100',
            '<6f7a8b9c0d1e4f2a3b4c5d6e@EXMB02.hellwarth.example>')
    return text(m, """Guten Tag Frau Wessels,

für unseren Schulungstag am Dienstag, 24.02., bräuchten wir für 22 Personen:

- 9:00 Kaffee, Tee, Wasser
- 10:30 Obst und belegte Brötchen (davon 6 vegetarisch, 2 vegan)
- 12:30 Mittagsbuffet wie beim letzten Mal

Raum Aasee, 2. OG. Kostenstelle 4711-310.

Danke und viele Grüße
Katrin Oberländer
""")


@mail('CONFIDENTIAL', 'de', 'applicant-to-insurer',
      'job application for a claims-assessor post: salary expectation in the body, birth date and address in the DOCX CV')
def m038():
    m = new('Lukas Brandhorst <lukas.brandhorst@mailbox-online.example>',
            'karriere@hellwarth.example',
            'Bewerbung Leistungsprüfer/in BU (m/w/d) - Kennziffer 2026-014',
            'Sun, 01 Mar 2026 18:26:40 +0100',
            '<3c2b1a09-f8e7-4d6c-b5a4-938271605f4e@mailbox-online.example>')
    text(m, """Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich auf Ihre Stelle als Leistungsprüfer BU (Kennziffer
2026-014). Seit 2021 arbeite ich als Kaufmann für Versicherungen und Finanzen
in der Schadenabteilung eines Sachversicherers und möchte in die Personen-
versicherung wechseln.

Meine Gehaltsvorstellung liegt bei 52.000 EUR brutto im Jahr; derzeit verdiene
ich 47.500 EUR. Ich kann zum 01.06.2026 anfangen.

Lebenslauf und Zeugnisse hänge ich an.

Mit freundlichen Grüßen
Lukas Brandhorst
""")
    attach(m, docx(['# Lebenslauf',
                    'Lukas Brandhorst',
                    'geboren am 17.07.1997 in Rheine',
                    'Anschrift: Von-Esmarch-Straße 58, 48149 Münster',
                    'Telefon: 0157 33481206',
                    '# Beruflicher Werdegang',
                    'seit 08/2021  Sachbearbeiter Schaden Hausrat/Wohngebäude, Rhenania Sach AG, Köln',
                    '08/2018-07/2021  Ausbildung Kaufmann für Versicherungen und Finanzen',
                    '# Ausbildung',
                    '2018  Abitur, Gymnasium Dionysianum Rheine',
                    '# Kenntnisse',
                    'MS Office, SAP FS-CD Grundkenntnisse, Englisch gut, Niederländisch Grundkenntnisse'],
                   author='Lukas Brandhorst'),
           'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
           'Lebenslauf_Brandhorst.docx')
    return m


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'medical officer\'s view on a named woman\'s care claim: care level, dementia, benefit percentage')
def m039():
    m = new('Dr. Ulrike Sandvoß <ulrike.sandvoss@hellwarth.example>',
            'Mehmet Aydın <mehmet.aydin@hellwarth.example>',
            'AW: PT 2207113 Brüggemann - Gutachten Vogelsang', 'Thu, 12 Feb 2026 11:37:02 +0100',
            '<5e6f7a8b9c0d4e1f2a3b4c5d@EXMB03.hellwarth.example>',
            extra=[('In-Reply-To', '<7a8b9c0d1e2f4a3b4c5d6e7f@EXMB01.hellwarth.example>')])
    return text(m, """Hallo Mehmet,

ich habe mir das Gutachten von Frau Vogelsang und den MD-Bescheid angesehen.
Beides passt zusammen: Pflegegrad 4 ab 01.01.2026, die Einschränkungen bei
Mobilität und Selbstversorgung sind gut beschrieben. Dazu kommt die
Gedächtnisstörung, die im Entlassbericht als beginnende gemischte Demenz
(Alzheimer und vaskulär) eingeordnet wird - die nächtliche Desorientierung
passt dazu.

Nach Tarif PT 2 sind das 100 % des vereinbarten Pflegetagegeldes bei
häuslicher Pflege. Aus meiner Sicht kannst du anerkennen. Eine Nachprüfung
würde ich frühestens in zwei Jahren ansetzen; eine Besserung ist nicht zu
erwarten.

Gruß
Ulrike
""")


@mail('NORMAL', 'en', 'supplier-to-insurer',
      'trap: vendor pitch for OCR that extracts diagnoses, ICD codes and medication from medical letters, no person')
def m040():
    m = new('Tom Reichert <tom.reichert@parsewell-ai.example>',
            'fabian.kuehr@hellwarth.example',
            'Reading discharge letters automatically - 20 min demo?',
            'Tue, 21 Apr 2026 08:44:19 +0200',
            '<0101019a2b3c4d5e-6f7a8b9c-0d1e-4f2a-3b4c-5d6e7f8a9b0c-000000@mail.parsewell-ai.example>')
    return text(m, """Hi Fabian,

we met briefly at the InsurTech Day in Cologne. ParseWell MedDocs reads
scanned medical documents - discharge letters, specialist reports, rehab
reports, care assessments - and returns structured data:

- diagnoses with ICD-10-GM codes and certainty markers (G/V/Z/A)
- medication with active ingredient, dose and PZN
- dates of hospital stays and periods of incapacity for work
- functional statements ("can work 3-6 hours", "no lifting over 10 kg")

Disability insurers in Germany and Austria use it to cut the time to a first
medical view from days to minutes. Processing runs in our Frankfurt data
centre, ISO 27001, data processing agreement under Art. 28 GDPR available.

Would a 20-minute demo with synthetic documents work for you next week?

Best regards
Tom Reichert
Account Executive DACH, ParseWell AI GmbH
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'hospital-to-insurer',
      'rehab clinic sends the discharge report of a named insured: lumbar disc herniation with nerve root pain, working capacity')
def m041():
    m = new('Sozialdienst Rehaklinik Tecklenbrunn <sozialdienst@rehaklinik-tecklenbrunn.example>',
            'leistung-bu@hellwarth.example',
            'Reha-Entlassungsbericht Herr Demir (Ihr Zeichen BU-L 2026/0031)',
            'Thu, 26 Mar 2026 10:15:33 +0100',
            '<rk-sd-20260326-0044@rehaklinik-tecklenbrunn.example>')
    text(m, """Sehr geehrte Damen und Herren,

auf Ihre Anfrage vom 02.03.2026 und mit Einverständnis des Patienten senden wir
Ihnen anbei den ärztlichen Entlassungsbericht von Herrn Yusuf Demir,
geb. 09.12.1979, über die stationäre medizinische Rehabilitation vom
10.02. bis 10.03.2026.

Mit freundlichen Grüßen
i. A. Carina Lohmöller
Sozialdienst
Rehaklinik Tecklenbrunn GmbH - Fachklinik für Orthopädie und Psychosomatik
""")
    attach(m, pdf(['# Rehaklinik Tecklenbrunn - Ärztlicher Entlassungsbericht',
                   'Patient: Yusuf Demir, geb. 09.12.1979, Rheiner Landstraße 14, 49477 Ibbenbüren',
                   'Aufenthalt: 10.02.2026 - 10.03.2026 (stationär)', '',
                   '# Diagnosen',
                   '1. M51.1 G Lumbaler Bandscheibenvorfall L5/S1 mit Radikulopathie links',
                   '2. M54.4 G Lumboischialgie, chronifiziert',
                   '3. F43.2 G Anpassungsstörung',
                   '4. E66.0 Adipositas Grad I', '',
                   '# Verlauf',
                   'Unter Physiotherapie, medizinischer Trainingstherapie und Schmerzbewältigungsgruppe '
                   'leichte Besserung. Gehstrecke bei Entlassung ca. 800 m. Fußheberschwäche links '
                   'rückläufig (KG 4/5). Medikation bei Entlassung: Ibuprofen 600 mg bei Bedarf, '
                   'Pregabalin 75 mg 1-0-1.', '',
                   '# Sozialmedizinische Beurteilung',
                   'Letzte berufliche Tätigkeit als Lagerist mit schwerem Heben: unter 3 Stunden täglich.',
                   'Leichte bis mittelschwere Tätigkeiten im Wechsel von Sitzen, Stehen und Gehen: '
                   '6 Stunden und mehr. Empfehlung: Leistungen zur Teilhabe am Arbeitsleben prüfen.', '',
                   'Dr. med. Friederike Auel, Chefärztin Orthopädie'],
                  title='Entlassungsbericht Demir', author='Rehaklinik Tecklenbrunn'),
           'application/pdf', 'Entlassungsbericht_Demir_2026-03.pdf')
    return m


@mail('CONFIDENTIAL', 'en', 'customer-to-insurer',
      'misdirected bicycle claim from an English-speaking customer: e-bike stolen from garage, household policy number')
def m042():
    m = new('Pieter van Loon <pvanloon@netzpost.example>', 'leistung-bu@hellwarth.example',
            'stolen e-bike', 'Mon, 11 May 2026 07:52:20 +0200',
            '<a9b8c7d6-e5f4-4321-8fed-cba987654321@netzpost.example>')
    return text(m, """Hello,

sorry to write in English. My e-bike (Gazelle Ultimate C380, frame number
GZ48-771203, bought April 2024 for EUR 3,299) was stolen from our shared
garage at Nienbergstraße 3, 48161 Münster, during the night from Saturday to
Sunday. The lock was cut.

I have home contents insurance with you including bicycle theft, policy
HR-3320158. The police report number is 2026-041177.

What do you need from me? I have the receipt and photos of the bike.

Regards,
Pieter van Loon
""")


@mail('NORMAL', 'de', 'internal', 'office move: pack boxes by Thursday')
def m043():
    m = new('Haustechnik <haustechnik@hellwarth.example>', 'team-leistung-bu@hellwarth.example',
            'Umzug 3. OG - Kisten bis Donnerstag packen', 'Mon, 13 Apr 2026 07:58:02 +0200',
            '<ht-2026-0413-2@hellwarth.example>')
    return text(m, """Hallo zusammen,

der Umzug eurer Abteilung in den Neubau (Flügel C, 3. OG) findet am Freitag,
17.04., statt. Bitte

- packt eure Kisten bis Donnerstag 16 Uhr und beschriftet sie mit Raum- und
  Platznummer (Aufkleber liegen in der Teeküche),
- lasst Monitore und Dockingstations stehen, die baut die IT um,
- leert eure Rollcontainer nicht, die werden verschlossen transportiert.

Am Montag ist alles wieder da. Schlüssel für die neuen Schränke gibt es ab
8 Uhr am Empfang C.

Grüße
Ralf Büscher, Haustechnik
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'premium waiver confirmation for a named woman\'s life contract "because of the accepted benefit case", no medical word')
def m044():
    m = new('Hellwarth Vertragsservice Leben <vertragsservice@hellwarth.example>',
            'Monika Sänger <monika.saenger@posthaus.example>',
            'Ihr Vertrag LV 2650319 - Beitragsbefreiung', 'Fri, 17 Apr 2026 10:09:40 +0200',
            '<vs-20260417-100940-5531@hellwarth.example>')
    return text(m, """Sehr geehrte Frau Sänger,

aufgrund des anerkannten Leistungsfalls führen wir Ihren Vertrag
LV 2650319 ab 01.05.2026 beitragsfrei weiter. Die Lastschrift von Ihrem Konto
endet mit dem Beitrag für April. Der Versicherungsschutz bleibt in voller Höhe
bestehen, und die Überschussbeteiligung läuft weiter.

Eine Übersicht der Vertragswerte nach der Umstellung senden wir Ihnen mit der
jährlichen Standmitteilung.

Mit freundlichen Grüßen
Ihr Vertragsservice Leben
Hellwarth Lebensversicherung AG
""")


@mail('NORMAL', 'de', 'newsletter',
      'trap: assessment company newsletter on ME/CFS guideline, psychiatric expertise and care-level assessment, no person')
def m045():
    m = new('MedAssess Gutachten <newsletter@medassess-gutachten.example>',
            'leistung-bu@hellwarth.example',
            'MedAssess Fachbrief 1/2026: ME/CFS, Post-COVID und Leistungsfähigkeit',
            'Wed, 28 Jan 2026 06:15:00 +0100',
            '<fachbrief-2026-1.4418@news.medassess-gutachten.example>',
            extra=[('List-Unsubscribe', '<https://news.medassess-gutachten.example/abmelden?l=fb>'),
                   ('Precedence', 'bulk')])
    plain = """MedAssess Fachbrief 1/2026

1. ME/CFS und Post-COVID in der Begutachtung
Die neue Leitlinie empfiehlt, Belastungsintoleranz (PEM) über mehrere Tage zu
dokumentieren, statt sie aus einer einzelnen Untersuchung abzuleiten. Wir
bieten ab März zweitägige Funktionsuntersuchungen mit Aktometrie an.

2. Psychiatrische Gutachten: Beschwerdevalidierung
Testverfahren allein belegen keine Aggravation. Unsere Gutachterinnen und
Gutachter ordnen Testergebnisse künftig immer in Aktenlage und Verlauf ein.

3. Pflegebegutachtung: Zeitaufwand vs. Pflegegrad
Für Pflegetagegeld-Tarife mit ADL-Punkten erstellen wir auf Wunsch parallel
eine Einschätzung nach dem NBA-Modul-System.

Termine: Online-Seminar "Gutachten lesen für Leistungsprüfer" am 18.03.2026.

MedAssess Gutachten GmbH, Kaiserstraße 44, 44135 Dortmund
Geschäftsführer Dr. med. Harald Stiens, HRB 30412 AG Dortmund
Abmelden: https://news.medassess-gutachten.example/abmelden
"""
    html = """<html><body>
<h1 style="font-size:18px">MedAssess Fachbrief 1/2026</h1>
<h2 style="font-size:15px">1. ME/CFS und Post-COVID in der Begutachtung</h2>
<p>Die neue Leitlinie empfiehlt, Belastungsintoleranz (PEM) &uuml;ber mehrere Tage zu dokumentieren. Ab M&auml;rz zweit&auml;gige Funktionsuntersuchungen mit Aktometrie.</p>
<h2 style="font-size:15px">2. Psychiatrische Gutachten: Beschwerdevalidierung</h2>
<p>Testverfahren allein belegen keine Aggravation.</p>
<h2 style="font-size:15px">3. Pflegebegutachtung: Zeitaufwand vs. Pflegegrad</h2>
<p>F&uuml;r Pflegetagegeld-Tarife mit ADL-Punkten parallel eine Einsch&auml;tzung nach dem NBA-Modul-System.</p>
<p><small>MedAssess Gutachten GmbH &middot; Kaiserstra&szlig;e 44 &middot; 44135 Dortmund &middot; <a href="https://news.medassess-gutachten.example/abmelden">Abmelden</a></small></p>
</body></html>
"""
    return html_alt(m, plain, html)


@mail('CONFIDENTIAL', 'de', 'internal',
      'staff travel-expense claim with the employee\'s private IBAN')
def m046():
    m = new('Jonas Peschke <jonas.peschke@hellwarth.example>',
            'Reisekosten <reisekosten@hellwarth.example>',
            'Reisekostenabrechnung Fortbildung Hamburg 09.-10.03.', 'Thu, 12 Mar 2026 16:21:55 +0100',
            '<7b8c9d0e1f2a4b3c4d5e6f7a@EXMB01.hellwarth.example>')
    return text(m, """Hallo,

anbei meine Abrechnung für die Fortbildung "Berufsunfähigkeit aktuell" in
Hamburg (Genehmigung von Frau Oberländer liegt vor):

Bahn 2. Klasse Münster-Hamburg und zurück   119,80 EUR
Hotel 1 Nacht (ohne Frühstück)              104,00 EUR
Verpflegungsmehraufwand 2 x 14 EUR           28,00 EUR
Summe                                       251,80 EUR

Bitte auf mein neues Konto überweisen, das alte habe ich aufgelöst:
Jonas Peschke, IBAN DE96 3005 0110 8108 0633 92

Belege gebe ich morgen in die Hauspost.

Danke und Gruß
Jonas
""")


@mail('STRICTLY_CONFIDENTIAL', 'en', 'broker-to-insurer',
      'UK broker asks about a named client\'s claim and mentions her multiple sclerosis relapse')
def m047():
    m = new('James Hartley <james@hartley-insurance.example>', 'claire.whitfield@hellwarth.example',
            'Fiona Blackwood - where are we?', 'Tue, 24 Mar 2026 12:40:18 +0000',
            '<CAJh7Q2x9mK4Lp0vRt3uWb8sNe1YzD6fGk5=hB7@mail.hartley-insurance.example>')
    return text(m, """Hi Claire,

could you let me know where we are with Fiona Blackwood's claim (policy
LV 5120448)? She had another MS relapse in February, spent a week in hospital
in Leeds and is now on a new medication. She is really worried about the
money, as her employer's sick pay ended in March.

Her neurologist at St James's said he sent his report to you on 3 March.
Anything missing from our side?

Thanks,
James
""")


@mail('NORMAL', 'de', 'insurer-to-prospect',
      'trap: generic product information on long-term care cover to a prospect: care levels, dementia, no contract, no health data')
def m048():
    m = new('Hellwarth Kundenservice <kundenservice@hellwarth.example>',
            'Herbert Lammers <h.lammers@webmail-nord.example>',
            'AW: Info Pflegeversicherung', 'Wed, 06 May 2026 14:26:09 +0200',
            '<ks-20260506-142609-0912@hellwarth.example>',
            extra=[('In-Reply-To', '<2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b@webmail-nord.example>')])
    return text(m, """Sehr geehrter Herr Lammers,

vielen Dank für Ihr Interesse an unserer Pflegevorsorge. Gern beantworten wir
Ihre allgemeinen Fragen:

- Die gesetzliche Pflegeversicherung zahlt je nach Pflegegrad (1 bis 5) feste
  Beträge, die die tatsächlichen Kosten meist nicht decken, insbesondere bei
  einem Pflegeheim.
- Unsere Pflegerente "Hellwarth PflegePlus" zahlt eine monatliche Rente ab
  Pflegegrad 2, gestaffelt nach Pflegegrad; bei Pflegegrad 5 die volle Rente.
- Demenz ist mitversichert; maßgeblich ist allein der Pflegegrad.
- Es gibt eine Gesundheitsprüfung mit wenigen Fragen; bis Alter 60 ist ein
  Abschluss meist problemlos möglich.

Unsere Produktbroschüre finden Sie unter hellwarth.example/pflege. Ein
persönliches Angebot erstellt Ihnen gern unser Vertriebspartner in Ihrer Nähe.

Mit freundlichen Grüßen
Ihr Hellwarth Kundenservice

> Guten Tag, ich möchte mich mal allgemein über Pflegezusatzversicherungen
> informieren, was zahlt so was eigentlich? Gruß H. Lammers
""")


@mail('CONFIDENTIAL', 'de', 'lawyer-to-insurer',
      'wage garnishment order against an employee of the insurer: name, birth date, debt amount; employer declaration requested')
def m049():
    m = new('Kanzlei Möllenbeck Inkasso <forderungen@moellenbeck-inkasso.example>',
            'personal@hellwarth.example',
            'Pfändungs- und Überweisungsbeschluss - Drittschuldnererklärung Strothmann',
            'Mon, 18 May 2026 09:11:45 +0200',
            '<pfueb-88123-20260518@moellenbeck-inkasso.example>')
    return text(m, """Sehr geehrte Damen und Herren,

in der Zwangsvollstreckungssache Autohaus Berning GmbH ./. Kevin Strothmann,
geb. 11.08.1991, wohnhaft Zum Kleihügel 5, 48159 Münster, ist Ihnen als
Drittschuldnerin der Pfändungs- und Überweisungsbeschluss des Amtsgerichts
Münster vom 06.05.2026 (Az. 12 M 1417/26) am 12.05.2026 zugestellt worden.

Gepfändet ist das Arbeitseinkommen des Schuldners bei Ihnen. Die Forderung
beträgt einschließlich Zinsen und Kosten 6.482,37 EUR.

Wir bitten Sie, uns binnen zwei Wochen die Drittschuldnererklärung nach
§ 840 ZPO abzugeben, insbesondere ob und in welcher Höhe Sie die Forderung
anerkennen und ob andere Pfändungen vorliegen.

Mit freundlichen Grüßen
Möllenbeck Inkasso Rechtsanwaltsgesellschaft mbH
""")


@mail('NORMAL', 'en', 'internal',
      'trap: actuarial draft of BU incidence and recovery assumptions by age and occupational class, no person')
def m050():
    m = new('Dr. Sebastian Ueffing <sebastian.ueffing@hellwarth.example>',
            'Tanja Wrede <tanja.wrede@hellwarth.example>',
            'Draft assumptions BU 2027 - incidence and recovery', 'Thu, 04 Jun 2026 17:02:31 +0200',
            '<9d0e1f2a3b4c4d5e6f7a8b9c@EXMB04.hellwarth.example>',
            cc='Paul Nieberding <paul.nieberding@hellwarth.example>')
    return text(m, """Hi Tanja,

for Monday, here is the short version of the draft assumptions for the 2027
tariff (full note in the actuarial share):

Incidence (per mille, occupational class 1 / 2 / 3 / 4):
  age 30:   0.9 /  1.4 /  2.3 /  3.8
  age 40:   1.6 /  2.5 /  3.9 /  6.1
  age 50:   3.4 /  5.2 /  7.8 / 11.9
  age 60:   7.9 / 11.1 / 15.6 / 22.4

Recovery (reactivation) in the first two claim years is about 18 % overall,
but only 9 % for mental disorders and 31 % for injuries. That is why the
reintegration benefit costs less than feared: it mostly helps the injury and
back cases that would recover anyway, and shortens them.

Our own experience 2019-2025 is now credible for classes 1-3; class 4 still
leans on the DAV table with a 15 % loading.

Let's go through the open points with Paul on Monday.

Sebastian
""")


# ===========================================================================
# 0051 - 0075
# ===========================================================================

@mail('STRICTLY_CONFIDENTIAL', 'de', 'authority-to-insurer',
      'job centre asks for the BU pension payments of a named person for a benefit calculation')
def m051():
    m = new('Jobcenter Münster - Team 612 <jobcenter-muenster.team612@jobcenter-ge.example>',
            'leistung-bu@hellwarth.example',
            'Auskunftsersuchen nach § 60 SGB II - BG-Nr. 36102//0048817',
            'Wed, 22 Apr 2026 13:40:27 +0200',
            '<JC612-20260422-134027-0931@jobcenter-ge.example>')
    return text(m, """Sehr geehrte Damen und Herren,

Frau Daniela Pohlmann, geb. 30.11.1982, wohnhaft Hansaring 71, 48155 Münster,
bezieht Leistungen nach dem SGB II. Nach ihren Angaben erhält sie von Ihnen
eine monatliche Rente aus einer privaten Berufsunfähigkeitsversicherung.

Wir bitten Sie gemäß § 60 SGB II um folgende Auskünfte:
1. Höhe der monatlichen Zahlungen seit 01.01.2026 (brutto/netto),
2. Beginn und voraussichtliche Dauer der Zahlungen,
3. Zahlungsweg (Kontoverbindung).

Bitte antworten Sie bis zum 13.05.2026 unter Angabe der BG-Nummer.

Mit freundlichen Grüßen
Im Auftrag
Yvonne Hemsing
Jobcenter Münster, Leistungsteam 612
""")


@mail('NORMAL', 'en', 'internal', 'welcome note for a new colleague, start date and desk only')
def m052():
    m = new('Claire Whitfield <claire.whitfield@hellwarth.example>',
            'International Claims <intl-claims@hellwarth.example>',
            'Welcome Siobhan!', 'Mon, 04 May 2026 08:30:12 +0200',
            '<PR3P281MB0447E7F8A9B0C1D2@PR3P281MB0447.DEUP281.PROD.hellwarth.example>')
    return text(m, """Hi all,

please give a warm welcome to Siobhan, who joined us today from Dublin. She
will look after our UK and Irish broker business and the reinsurance
reporting. Siobhan sits next to Jonas in C 3.14 - do drop by and say hello.

Coffee and cake at 15:00 in the kitchen!

Claire
""", cte='7bit')


@mail('CONFIDENTIAL', 'mixed', 'internal',
      'new colleague sends payroll her IBAN, tax ID and social insurance number in English with German form labels')
def m053():
    m = new('Siobhan Gallagher <siobhan.gallagher@hellwarth.example>',
            'Entgeltabrechnung <payroll@hellwarth.example>',
            'Personalfragebogen - missing fields', 'Tue, 05 May 2026 11:14:50 +0200',
            '<PR3P281MB0612A0B1C2D3E4F5@PR3P281MB0612.DEUP281.PROD.hellwarth.example>')
    return text(m, """Hello,

sorry, my Personalfragebogen was incomplete. Here are the missing fields:

Bankverbindung / bank: Sparkasse Münsterland Ost
IBAN: DE12 4405 0199 6234 1992 22
Steuer-ID: 47 103 285 916
Sozialversicherungsnummer: 12 220688 G 504 (assigned last week)

Could you confirm that the relocation allowance is paid with the May salary?

Thank you - danke!
Siobhan
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'body only asks for a look at question 7; the forwarded broker mail (message/rfc822) holds a named applicant\'s health answers')
def m054():
    inner = new('Rainer Weber <weber@finanzkontor-weber.example>',
                'Tanja Wrede <tanja.wrede@hellwarth.example>',
                'Antrag SBU Fendel - Gesundheitsfragen', 'Thu, 19 Mar 2026 09:02:11 +0100',
                '<000401dcb77a$1c2d3e40$4f5a6b70$@finanzkontor-weber.example>',
                extra=[('X-Mailer', 'Microsoft Outlook 16.0')])
    text(inner, """Hallo Frau Wrede,

zum Antrag von Frau Laura Fendel (geb. 02.05.1996) die Erläuterungen zu den
Gesundheitsfragen, die im Antrag keinen Platz hatten:

Frage 3 (ambulante Behandlungen): 2024 Physiotherapie wegen Verspannungen im
Nacken, 6 Termine, beschwerdefrei.
Frage 7 (psychische Beschwerden): 2023 ambulante Psychotherapie wegen
Prüfungsangst im Examen, 12 Sitzungen, abgeschlossen, keine Medikamente.
Frage 9 (Krankenhaus): 2019 Blinddarm-OP, folgenlos.

Größe 1,68 m, Gewicht 61 kg.

Gruß Rainer Weber
""", cs='windows-1252')
    m = new('Tanja Wrede <tanja.wrede@hellwarth.example>',
            'Dr. Ulrike Sandvoß <ulrike.sandvoss@hellwarth.example>',
            'WG: Antrag SBU Fendel', 'Thu, 19 Mar 2026 10:47:33 +0100',
            '<0e1f2a3b4c5d4e6f7a8b9c0d@EXMB04.hellwarth.example>')
    text(m, """Hallo Ulrike,

kannst du bitte mal auf Frage 7 schauen? Ich würde normal annehmen, bin mir
aber nicht sicher, ob wir nach der neuen Annahmerichtlinie noch einen Fragebogen
brauchen.

Danke
Tanja
""")
    attach_mail(m, inner)
    return m


@mail('NORMAL', 'de', 'system-to-customer', 'portal notification "new message in your mailbox", no content, no name')
def m055():
    m = new('Hellwarth Kundenportal <noreply@portal.hellwarth.example>',
            'dennis.kuhlmann84@kabelmail.example',
            'Neue Nachricht in Ihrem Postfach', 'Fri, 06 Mar 2026 06:02:00 +0100',
            '<portal-notify-20260306-060200-88412@portal.hellwarth.example>',
            extra=[('Auto-Submitted', 'auto-generated')])
    return text(m, """Guten Tag,

in Ihrem persönlichen Postfach im Hellwarth Kundenportal liegt eine neue
Nachricht für Sie bereit.

Melden Sie sich an unter https://portal.hellwarth.example, um sie zu lesen.

Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte. Bitte antworten Sie
nicht auf diese E-Mail.

Ihre Hellwarth Versicherungen
""", cte='quoted-printable')


@mail('CONFIDENTIAL', 'en', 'customer-to-insurer',
      'travel cancellation because of redundancy, no health content: booking, policy number, employer letter')
def m056():
    m = new('Oliver Grant <ol.grant@fastpost-mail.example>', 'reise-schaden@hellwarth.example',
            'Trip cancellation - job loss - policy RV-8823017', 'Thu, 28 May 2026 19:31:22 +0200',
            '<CAM3kP8s1qW5nL9xVb2tYf7Zr4Hd6Jg0Ke3=Lm4@mail.fastpost-mail.example>',
            extra=[('X-Forwarded-To', 'reise-schaden@hellwarth.example'),
                   ('X-Original-To', 'leistung-bu@hellwarth.example')])
    return text(m, """Hello,

I need to cancel our family holiday to Crete (4-18 July, booked with
SonnenTours, booking no. ST-2026-448121, total EUR 4,860) because I was made
redundant. My employer, Halvorsen Logistics GmbH in Greven, gave notice on
22 May with effect from 30 June; the letter is attached to my next email.

We have your annual travel cancellation cover, policy RV-8823017, for myself,
my wife Emma and our two children.

Please tell me what else you need. The cancellation fee right now is 40 %.

Oliver Grant
Kardinal-von-Galen-Ring 19, 48149 Münster
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'customer-to-insurer',
      'review questionnaire answered in plain words: back at work 20 hours, doctor says increase slowly; named contract')
def m057():
    m = new('Daniela Pohlmann <dani.pohlmann@posthaus.example>', 'leistung-bu@hellwarth.example',
            'Ihr Fragebogen zur Nachprüfung LV 1190584', 'Mon, 27 Apr 2026 21:10:45 +0200',
            '<8a9b0c1d-2e3f-4a5b-8c7d-6e5f4a3b2c1d@posthaus.example>')
    return text(m, """Sehr geehrte Damen und Herren,

zu Ihrem Fragebogen vom 10.04. kurz vorab per Mail, das Formular schicke ich
noch mit der Post:

Ja, ich arbeite seit dem 01.03. wieder, und zwar 20 Stunden in der Woche als
Bürokauffrau bei meinem alten Arbeitgeber, aber nur noch im Innendienst und
nicht mehr im Lager. Meine Ärztin sagt, ich soll langsam steigern, aber nicht
vor dem Herbst auf mehr als 25 Stunden gehen. Die Termine bei ihr sind jetzt
nur noch alle zwei Monate.

Ich weiß, dass das die Rente betrifft. Ich will nichts falsch machen und
lieber alles offen sagen.

Mit freundlichen Grüßen
Daniela Pohlmann
""")


@mail('NORMAL', 'de', 'internal',
      'trap: care-claims statistics by care level with dementia share and average age, ODS attached, aggregates only')
def m058():
    m = new('Oliver Szymanski <oliver.szymanski@hellwarth.example>',
            'Mehmet Aydın <mehmet.aydin@hellwarth.example>',
            'Auswertung Pflege Q1/2026', 'Tue, 14 Apr 2026 09:26:08 +0200',
            '<4f5a6b7c8d9e4f0a1b2c3d4e@EXMB02.hellwarth.example>',
            cc='Paul Nieberding <paul.nieberding@hellwarth.example>')
    text(m, """Hallo Mehmet,

anbei die Q1-Auswertung Pflege als ODS (euer Team hat ja kein Excel mehr auf
den Thin Clients).

Kurz: 312 laufende Leistungsfälle, 41 neue im Quartal. Der Anteil mit
demenzieller Erkrankung als Hauptursache liegt bei 44 %, Durchschnittsalter bei
Leistungsbeginn 81,3 Jahre. Pflegegrad 3 ist mit 36 % am häufigsten.

Gruß Oliver
""")
    attach(m, ods([('Bestand Q1', [
        ('Pflegegrad', 'laufende Fälle', 'davon häuslich', 'davon stationär', 'Ø Alter'),
        ('PG 2', 58, 49, 9, 79.4),
        ('PG 3', 112, 81, 31, 80.8),
        ('PG 4', 96, 52, 44, 82.5),
        ('PG 5', 46, 14, 32, 83.9),
        ('gesamt', 312, 196, 116, 81.3),
    ]), ('Ursachen', [
        ('Hauptursache', 'Anteil'),
        ('Demenz', 0.44), ('Schlaganfall', 0.17), ('Sturz/Fraktur', 0.12),
        ('Parkinson', 0.07), ('Krebs', 0.06), ('sonstige', 0.14),
    ])]), 'application/vnd.oasis.opendocument.spreadsheet', 'Pflege_Q1_2026.ods')
    return m


@mail('CONFIDENTIAL', 'de', 'broker-to-insurer',
      'sole-trader broker changes his commission account and home address: IBAN of a natural person')
def m059():
    m = new('Rainer Weber <weber@finanzkontor-weber.example>',
            'Provisionsabrechnung <provision@hellwarth.example>',
            'Neue Bankverbindung für Courtage ab Juni', 'Fri, 22 May 2026 15:03:38 +0200',
            '<000501dcea06$7a8b9c00$0d1e2f30$@finanzkontor-weber.example>',
            extra=[('X-Mailer', 'Microsoft Outlook 16.0')])
    return text(m, """Sehr geehrte Damen und Herren,

bitte überweisen Sie meine Courtage ab der Juni-Abrechnung auf folgendes Konto:

Kontoinhaber: Rainer Weber
IBAN: DE39 5001 0517 9895 8769 28
BIC: INGDDEFFXXX

Meine Geschäftsadresse bleibt gleich; privat bin ich umgezogen nach
Kiesekampweg 7, 48157 Münster. Vermittlernummer 100-4471, Register-Nr.
D-W-148-TZ5E-61.

Mit freundlichen Grüßen
Rainer Weber
Finanzkontor Weber - Versicherungsmakler (Einzelunternehmen)
""", cs='windows-1252')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'doctor-to-insurer',
      'Dutch cardiologist reports on a named cross-border commuter: dilated cardiomyopathy, ejection fraction, ICD device')
def m060():
    m = new('Dr. E. Brouwer <e.brouwer@hartcentrum-twente.example>', 'leistung-bu@hellwarth.example',
            'Medical report Mr H. Tiemann (your ref BU-L 2026/0158)', 'Wed, 13 May 2026 16:55:02 +0200',
            '<HC-TW-20260513-165502-3310@hartcentrum-twente.example>')
    return text(m, """Dear colleagues,

with the patient's written consent I reply to your request of 24 April.

Patient: Mr Hendrik Tiemann, born 1971-02-17, Gronau (Germany), employed as a
maintenance technician in Enschede.

Diagnosis: dilated cardiomyopathy (ICD-10 I42.0), first diagnosed November
2025 after a syncope at work. Left ventricular ejection fraction 30 % on
echocardiography in January and 33 % in April. An ICD (implantable
cardioverter-defibrillator) was implanted on 9 December 2025.

Treatment: sacubitril/valsartan 49/51 mg twice daily, bisoprolol 5 mg,
spironolactone 25 mg, dapagliflozin 10 mg.

Functional capacity: NYHA class II-III. He should not climb ladders, work at
heights or near strong electromagnetic fields, and should avoid heavy lifting.
In my opinion he cannot return to his former work as a maintenance technician;
light desk work part-time may be possible in six months.

Yours sincerely,
Dr. Els Brouwer, cardiologist
Hartcentrum Twente, Enschede (NL)
""")


@mail('NORMAL', 'de', 'internal', 'recurring team meeting invitation with ICS, agenda without persons')
def m061():
    m = new('Mehmet Aydın <mehmet.aydin@hellwarth.example>', 'team-pflege@hellwarth.example',
            'Jour fixe Leistung Pflege (14-tägig)', 'Mon, 12 Jan 2026 08:15:40 +0100',
            '<1c2d3e4f5a6b4c7d8e9f0a1b@EXMB01.hellwarth.example>')
    text(m, """Hallo zusammen,

ab sofort treffen wir uns alle zwei Wochen dienstags 10:00-10:45 im Raum
Kastanie oder per Teams. Themen: Rückstände, Urlaubsplanung, Neuigkeiten aus
IT und Produkt. Einladung anbei.

Mehmet
""")
    attach(m, """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:040000008200E00074C5B7101A82E0080000000011AA22BB33CC44DD@hellwarth.example\r
DTSTAMP:20260112T071540Z\r
DTSTART;TZID=W. Europe Standard Time:20260113T100000\r
DTEND;TZID=W. Europe Standard Time:20260113T104500\r
RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU\r
SUMMARY:Jour fixe Leistung Pflege\r
LOCATION:Raum Kastanie / Teams\r
ORGANIZER;CN=Mehmet Aydın:mailto:mehmet.aydin@hellwarth.example\r
END:VEVENT\r
END:VCALENDAR\r
""".encode('utf-8'), 'text/calendar', 'JourFixe_Pflege.ics')
    return m


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-hospital',
      'insurer asks a hospital for the discharge letter of a named patient after a stroke, for a care annuity')
def m062():
    m = new('Mehmet Aydın <mehmet.aydin@hellwarth.example>',
            'Patientenverwaltung Clemens-Hospital <archiv@clemenshospital-ms.example>',
            'Anforderung Entlassbericht - Herr Gerhard Wiesmann, geb. 14.03.1948',
            'Wed, 27 May 2026 10:44:16 +0200',
            '<2d3e4f5a6b7c4d8e9f0a1b2c@EXMB01.hellwarth.example>')
    return text(m, """Sehr geehrte Damen und Herren,

Herr Gerhard Wiesmann, geb. 14.03.1948, Mauritz-Lindenweg 60, 48145 Münster,
wurde vom 02.04. bis 21.04.2026 in Ihrer Klinik für Neurologie (Stroke Unit)
behandelt. Er hat bei uns Leistungen aus seiner Pflegerentenversicherung
beantragt.

Mit beiliegender Schweigepflichtentbindung (per Fax an 0251 976-2001 gesendet)
bitten wir um Übersendung des Entlassberichts und, falls vorhanden, des
Berichts der Frührehabilitation.

Die Kosten erstatten wir nach Rechnung.

Mit freundlichen Grüßen
Mehmet Aydın
Leistung Pflege, Hellwarth Lebensversicherung AG
Telefon 0251 4811-2318, Fax 0251 4811-2399
""")


@mail('NORMAL', 'en', 'newsletter',
      'trap: industry newsletter with UK protection claims statistics by cause (cancer, mental health), no person')
def m063():
    m = new('Protection Insights <news@protection-insights.example>',
            'claire.whitfield@hellwarth.example',
            'Protection Insights #112: 2025 claims paid - cancer still No. 1',
            'Wed, 20 May 2026 07:00:00 +0200',
            '<pi-112-9f2c@news.protection-insights.example>',
            extra=[('List-Unsubscribe', '<https://protection-insights.example/unsub?id=cw8841>'),
                   ('Precedence', 'bulk')])
    return text(m, """PROTECTION INSIGHTS #112

2025 CLAIMS PAID: CANCER STILL NO. 1
UK insurers paid 98.1 % of all protection claims in 2025. For income
protection, the leading causes were:
  mental health          24 %
  musculoskeletal        21 %
  cancer                 15 %
  neurological            9 %
For critical illness, cancer accounted for 64 % of claims (breast cancer
alone 22 %), heart attack 8 % and stroke 6 %.

LONG COVID: THE NUMBERS FLATTEN
New income protection claims citing long COVID fell for the second year.

RETURN TO WORK
Early intervention (physio, talking therapy) within six weeks doubled the
share of claimants back at work after a year.

You receive this newsletter because you subscribed at protection-insights.example.
Unsubscribe: https://protection-insights.example/unsub?id=cw8841
""")


@mail('CONFIDENTIAL', 'de', 'applicant-to-insurer',
      'harmless body; ODT questionnaire of a new trainee carries birth date, tax ID, social insurance number and IBAN')
def m064():
    m = new('Emily Schürmann <emily.schuermann@kabelmail.example>', 'personal@hellwarth.example',
            'Personalfragebogen Ausbildung', 'Thu, 16 Jul 2026 20:48:31 +0200',
            '<6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d@kabelmail.example>')
    text(m, """Hallo Frau Roloff,

anbei der ausgefüllte Personalfragebogen für meinen Ausbildungsbeginn am
01.08. Das Abschlusszeugnis reiche ich nach, sobald ich es habe.

Viele Grüße
Emily Schürmann
""")
    attach(m, odt(['# Personalfragebogen',
                   'Name, Vorname: Schürmann, Emily',
                   'Geburtsdatum: 2007-09-03   Geburtsort: Warendorf',
                   'Anschrift: Freckenhorster Straße 22, 48231 Warendorf',
                   'Steuer-Identifikationsnummer: 83 447 120 935',
                   'Sozialversicherungsnummer: 28 030907 S 011',
                   'Bankverbindung: IBAN DE58 3705 0198 0447 0130 07, Sparkasse KölnBonn',
                   'Ausbildungsberuf: Kauffrau für Versicherungen und Finanzen',
                   'Beginn: 01.08.2026, Ausbildungsvergütung 1. Jahr: 1.180 EUR brutto']),
           'application/vnd.oasis.opendocument.text', 'Personalfragebogen_Schuermann.odt')
    return m


@mail('STRICTLY_CONFIDENTIAL', 'mixed', 'family-to-insurer',
      'daughter writing half German, half English: mother moved into a nursing home, cannot walk, forgets things; care contract')
def m065():
    m = new('Karen Harms-Whitley <karen.whitley@fastpost-mail.example>', 'pflege-leistung@hellwarth.example',
            'Meine Mutter Ingrid Harms - Pflegeheim', 'Sun, 07 Jun 2026 11:02:26 +0200',
            '<CAN7vX3t8rE2mQ6yWc1uZg4As9Jf5Kh0Lb7=Np2@mail.fastpost-mail.example>')
    return text(m, """Hallo,

sorry, my German is not so good, I live in Bristol since 20 years. Meine
Mutter Ingrid Harms, Pflegerente Vertrag PR 3305127, ist seit dem 18. Mai im
Seniorenzentrum Kastanienhof in Münster-Gievenbeck.

She can't walk anymore after the hip fracture in April and she forgets
things all the time, she did not recognise me last weekend. The home says
the MD will come for the Pflegegrad in June.

What do I need to send you? I have her Vollmacht (Vorsorgevollmacht) and can
scan it. Is it possible to do this by email, I am only in Germany every
few weeks.

Many thanks / vielen Dank
Karen Harms-Whitley
""")


@mail('NORMAL', 'de', 'insurer-to-broker',
      'trap: broker FAQ "what to do in a BU claim" with document checklist and medical terms, no person')
def m066():
    m = new('Anja Terhorst <anja.terhorst@hellwarth.example>',
            'Nina Kranich <n.kranich@albers-kranich.example>',
            'Leitfaden "Leistungsfall BU" für Ihre Kunden', 'Tue, 17 Mar 2026 11:30:52 +0100',
            '<3e4f5a6b7c8d4e9f0a1b2c3d@EXMB04.hellwarth.example>',
            extra=[('In-Reply-To', '<AM9P191MB1338C0FFEE11@AM9P191MB1338.EURP191.albers-kranich.example>')])
    return text(m, """Hallo Frau Kranich,

wie am Telefon versprochen unser Leitfaden, den Sie gern an Kunden weitergeben
können, bevor sie einen Leistungsantrag stellen:

1. Früh melden - schon wenn absehbar ist, dass die Arbeitsunfähigkeit länger
   als sechs Monate dauert, nicht erst nach dem Krankengeld.
2. Berufsbild beschreiben: ein typischer Arbeitstag mit Stunden je Tätigkeit.
   Das ist wichtiger als jede Diagnose.
3. Ärzte und Kliniken vollständig nennen (Hausarzt, Fachärzte, Psycho-
   therapeutinnen, Reha). Fehlende Adressen verzögern am meisten.
4. Vorhandene Unterlagen beilegen: AU-Bescheinigungen, Befundberichte,
   Entlassberichte, Bescheide der Rentenversicherung.
5. Schweigepflichtentbindung unterschreiben - oder Einzelermächtigung wählen.

Viele Grüße
Anja Terhorst
Vermittlerbetreuung Leben
""")


@mail('CONFIDENTIAL', 'de', 'internal',
      'HR drafts the garnishment declaration: named employee\'s net pay and seizable amount')
def m067():
    m = new('Anke Roloff <anke.roloff@hellwarth.example>', 'Sven Dahlmann <sven.dahlmann@hellwarth.example>',
            'Drittschuldnererklärung Strothmann - bitte kurz drüberschauen',
            'Tue, 19 May 2026 14:06:13 +0200',
            '<hr-4519-20260519@hellwarth.example>',
            extra=[('Sensitivity', 'Private')])
    return text(m, """Hallo Sven,

kannst du bitte kurz auf meinen Entwurf schauen, bevor er rausgeht?

"Wir erkennen die gepfändete Forderung als begründet an und sind zur Zahlung
bereit. Herr Kevin Strothmann ist bei uns seit 01.09.2019 unbefristet
beschäftigt. Sein Nettoeinkommen beträgt derzeit 2.410,86 EUR monatlich; er ist
einem Kind zum Unterhalt verpflichtet. Der pfändbare Betrag beläuft sich nach
der Tabelle zu § 850c ZPO auf 312,45 EUR monatlich. Weitere Pfändungen liegen
nicht vor, eine Abtretung an die Sparkasse Münsterland Ost vom 03.2024 ist
vorrangig."

Danke!
Anke
""")


@mail('NORMAL', 'en', 'supplier-to-insurer',
      'trap: software licence invoice of a GmbH with the company IBAN, no natural person')
def m068():
    m = new('DataKern Billing <billing@datakern.example>', 'kreditoren@hellwarth.example',
            'Invoice DK-2026-00417 - ClaimDesk licences Q2', 'Wed, 01 Apr 2026 06:30:00 +0200',
            '<inv-DK-2026-00417@billing.datakern.example>')
    text(m, """Dear Sir or Madam,

please find attached invoice DK-2026-00417 for ClaimDesk named-user licences,
Q2 2026 (85 users x EUR 62.00 = EUR 5,270.00 plus 19 % VAT = EUR 6,271.30).

Payment within 30 days to
DataKern Systems GmbH, Commerzbank Düsseldorf
IBAN DE55 7015 0000 0865 7171 95, BIC COBADEFFXXX
VAT ID DE318844102

Kind regards
DataKern Systems GmbH - Accounts Receivable
Speditionstraße 21, 40221 Düsseldorf | HRB 88410 AG Düsseldorf
""")
    attach(m, pdf(['# DataKern Systems GmbH - Invoice DK-2026-00417',
                   'Bill to: Hellwarth Lebensversicherung AG, Kreditorenbuchhaltung, Lindenallee 12, 48143 Münster',
                   'Invoice date: 01.04.2026   Period: 01.04.2026 - 30.06.2026', '',
                   'ClaimDesk named-user licence, 85 x 62.00 EUR ........ 5,270.00 EUR',
                   'VAT 19 % ............................................ 1,001.30 EUR',
                   'Total ............................................... 6,271.30 EUR', '',
                   'IBAN DE55 7015 0000 0865 7171 95 - BIC COBADEFFXXX - VAT ID DE318844102'],
                  title='Invoice DK-2026-00417', author='DataKern Billing'),
           'application/pdf', 'DK-2026-00417.pdf')
    return m


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-assessor',
      'insurer commissions a second psychiatric expertise for a named claimant, with history and questions')
def m069():
    m = new('Sven Dahlmann <sven.dahlmann@hellwarth.example>',
            'Auftragsannahme MedAssess <auftrag@medassess-gutachten.example>',
            'Gutachtenauftrag BU-L 2025/0874 (psychiatrisch, Zweitgutachten)',
            'Mon, 30 Mar 2026 09:18:27 +0200',
            '<4f5a6b7c8d9e4f0a1b2c3d4f@EXMB03.hellwarth.example>')
    return text(m, """Sehr geehrte Damen und Herren,

wir beauftragen Sie mit einem psychiatrischen Gutachten zur Berufsunfähigkeit.
Der Versicherte hat Frau Dr. med. Svenja Rüther aus Ihrer Liste ausgewählt.

Versicherter: Frank Ostermeier, geb. 08.06.1976, Sentmaringer Weg 40,
48151 Münster, Tel. über seine Anwältin RAin Roth (Roth & Partner).

Zur Vorgeschichte: rezidivierende depressive Störung seit 2024, zwei
stationäre Aufenthalte 2025, seit August 2025 ambulante Psychotherapie.
Vorgutachten Prof. Dr. Wessling vom 18.11.2025 (Leistungsfähigkeit über 50 %)
ist streitig.

Fragen:
1. Welche Gesundheitsstörungen liegen vor (ICD-10)?
2. Welche konkreten Funktionseinschränkungen bestehen für die Tätigkeit als
   Vertriebsleiter (Führung von 12 Mitarbeitern, 40 % Reisetätigkeit)?
3. Seit wann und in welchem Umfang besteht eine Einschränkung von mindestens
   50 %? Ist eine Besserung in absehbarer Zeit zu erwarten?
4. Wie bewerten Sie die Abweichung zum Vorgutachten?

Die Akte stellen wir Ihnen über das Gutachterportal bereit.

Mit freundlichen Grüßen
Sven Dahlmann
""")


@mail('NORMAL', 'de', 'internal',
      'trap: department meeting minutes with backlog figures and a team sick-leave rate, no named person or reason')
def m070():
    m = new('Miriam Esch <miriam.esch@hellwarth.example>', 'team-leistung-bu@hellwarth.example',
            'Protokoll Abteilungsrunde 05.05.2026', 'Wed, 06 May 2026 12:19:48 +0200',
            '<5a6b7c8d9e0f4a1b2c3d4e5a@EXMB02.hellwarth.example>')
    text(m, """Hallo zusammen,

anbei das Protokoll der Abteilungsrunde von gestern (Protokoll: Miriam).

TOP 1 Rückstände: 57 Fälle über 180 Tage (Ziel 40). Ursache vor allem
ausstehende Arztberichte und Gutachten; Erinnerungen künftig nach 21 statt
28 Tagen.
TOP 2 Krankenstand im Team im April 7,8 % (Vorjahr 6,1 %). Paul bittet um
Rückmeldung, wenn die Arbeitslast zu hoch ist. Vertretungsplan bleibt.
TOP 3 Pilot "Telefonisches Erstgespräch" bei neuen Leistungsfällen: erste
Erfahrungen gut, Kundinnen und Kunden schildern ihre Beschwerden am Telefon
offener. Gesprächsleitfaden wird überarbeitet.
TOP 4 Verschiedenes: Sommerfest am 26.06.

Miriam
""")
    attach(m, docx(['# Protokoll Abteilungsrunde Leistung BU, 05.05.2026',
                    'Teilnehmende: 14 Personen, Leitung Paul Nieberding',
                    'TOP 1 Rückstände: 57 Fälle über 180 Tage. Maßnahme: Erinnerungen an Ärzte nach 21 Tagen.',
                    'TOP 2 Krankenstand April 7,8 %. Vertretungsplan bleibt bestehen.',
                    'TOP 3 Pilot telefonisches Erstgespräch: positiv, Leitfaden wird überarbeitet (Verantwortlich: Katrin).',
                    'TOP 4 Sommerfest 26.06.2026'], author='M. Esch'),
           'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
           'Protokoll_2026-05-05.docx')
    return m


@mail('CONFIDENTIAL', 'en', 'internal',
      'EU Blue Card support for a new hire: passport number, birth date and salary')
def m071():
    m = new('Anke Roloff <anke.roloff@hellwarth.example>',
            'Global Mobility <mobility@relocate-partners.example>',
            'Blue Card application - Arjun Mehta', 'Tue, 09 Jun 2026 10:02:37 +0200',
            '<hr-4533-20260609@hellwarth.example>')
    return text(m, """Dear Ms Fischer,

as agreed, please prepare the EU Blue Card application for our new IT
business analyst (claims systems):

Name: Arjun Mehta
Date of birth: 04 July 1991, Pune (India)
Passport: Z4471093, valid until 2033
Position: Business Analyst Claims IT, permanent, start 1 September 2026
Annual gross salary: EUR 61,200
Degree: B.Tech Computer Engineering, University of Pune (ANABIN H+)

The signed employment contract and the job description follow via your
upload portal. Please keep me in copy with the Ausländerbehörde.

Best regards
Anke Roloff
HR Business Partner, Hellwarth Lebensversicherung AG
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'reply says only "erledigt"; the quoted mail names the insured and an MRI finding of a vertebral fracture')
def m072():
    m = new('Miriam Esch <miriam.esch@hellwarth.example>', 'Jonas Peschke <jonas.peschke@hellwarth.example>',
            'AW: bitte ablegen', 'Thu, 05 Feb 2026 15:02:09 +0100',
            '<6b7c8d9e0f1a4b2c3d4e5f6b@EXMB02.hellwarth.example>',
            extra=[('In-Reply-To', '<7c8d9e0f1a2b4c3d4e5f6a7c@EXMB01.hellwarth.example>')])
    return text(m, """erledigt :-)

Miriam

-----Ursprüngliche Nachricht-----
Von: Jonas Peschke <jonas.peschke@hellwarth.example>
Gesendet: Donnerstag, 5. Februar 2026 13:48
An: Miriam Esch <miriam.esch@hellwarth.example>
Betreff: bitte ablegen

Hi Miriam,

kannst du den MRT-Befund, der heute per Fax von Dr. Lindner kam, in die Akte
Kuhlmann (BU-L 2026/0093) legen? Stabile Kompressionsfraktur LWK 1, dazu
Bandscheibenvorwölbung L4/5. Ich schreibe ihm dann wegen der Leiterarbeit.

Danke!
Jonas
""")


@mail('NORMAL', 'de', 'system-to-insurer', 'password expiry reminder from the directory service')
def m073():
    m = new('Verzeichnisdienst <noreply-iam@hellwarth.example>', 'miriam.esch@hellwarth.example',
            'Ihr Kennwort läuft in 7 Tagen ab', 'Mon, 22 Jun 2026 06:00:03 +0200',
            '<iam-expiry-20260622-060003-10302@hellwarth.example>',
            extra=[('Auto-Submitted', 'auto-generated')])
    return text(m, """Hallo Miriam Esch,

Ihr Windows-Kennwort läuft am 29.06.2026 ab. Bitte ändern Sie es rechtzeitig
über Strg+Alt+Entf > Kennwort ändern oder im Self-Service-Portal.

Wir fragen Sie nie per E-Mail nach Ihrem Kennwort.

IT-Service Desk, Durchwahl 4444
""")


@mail('CONFIDENTIAL', 'de', 'customer-to-insurer',
      'customer asks to debit household and liability premiums from a new account: IBAN, policy numbers')
def m074():
    m = new('Thomas Reinholz <t.reinholz@mailbox-online.example>', 'leistung-bu@hellwarth.example',
            'neue Bankverbindung', 'Tue, 07 Jul 2026 08:12:19 +0200',
            '<2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e@mailbox-online.example>')
    return text(m, """Guten Morgen,

bitte buchen Sie ab August die Beiträge für meine Hausrat- (HR-2290441) und
Haftpflichtversicherung (PH-6610937) von meinem neuen Konto ab:

Thomas Reinholz
IBAN DE72 2004 1133 5838 3593 85

Das alte Konto bei der Volksbank wird Ende Juli gekündigt. Ein neues SEPA-
Mandat unterschreibe ich gern, schicken Sie es mir einfach zu.

Gruß
Thomas Reinholz
""")


@mail('NORMAL', 'mixed', 'internal',
      'trap: German-English glossary of claims and medical terms for the translation office, no person')
def m075():
    m = new('Claire Whitfield <claire.whitfield@hellwarth.example>',
            'Übersetzungsbüro LinguaRhein <projekte@linguarhein.example>',
            'Glossar BU/Pflege DE-EN für unsere Korrespondenz', 'Fri, 26 Jun 2026 13:36:22 +0200',
            '<PR3P281MB0447F9A0B1C2D3E4@PR3P281MB0447.DEUP281.PROD.hellwarth.example>')
    text(m, """Hallo Frau Petersen,

as discussed, here is our glossary for the English letters. Bitte verwenden
Sie künftig genau diese Begriffe, auch in den Arztanfragen.

Thanks a lot!
Claire
""")
    attach(m, """Deutsch;English;Hinweis
Berufsunfähigkeit (BU);occupational disability;not "invalidity"
Berufsunfähigkeits-Zusatzversicherung (BUZ);occupational disability rider;
Leistungsantrag;benefit claim;
Anerkenntnis;acceptance of liability;befristet = time-limited
abstrakte Verweisung;any-occupation clause;we waive it
Nachprüfung;review of continuing disability;
Pflegegrad;care level (1-5);German statutory scale
Pflegetagegeld;daily long-term care benefit;
Schweigepflichtentbindung;medical confidentiality waiver / consent;
Befundbericht;medical report;
Entlassbericht;discharge letter;
Arbeitsunfähigkeit;incapacity for work (sick leave);not the same as BU
Wiedereingliederung;gradual return to work;"Hamburg model"
Gutachten;independent medical examination report;
""", 'text/csv', 'Glossar_BU_Pflege_DE-EN.csv')
    return m


# ===========================================================================
# 0076 - 0100
# ===========================================================================

@mail('STRICTLY_CONFIDENTIAL', 'de', 'company-to-insurer',
      'employer describes the named insured\'s job for his BU claim and mentions his sick leave since October')
def m076():
    m = new('Personal Halvorsen Logistics <personal@halvorsen-logistics.example>',
            'leistung-bu@hellwarth.example',
            'Ihre Anfrage Tätigkeitsbeschreibung Herr Y. Demir', 'Fri, 06 Feb 2026 13:27:45 +0100',
            '<HLV-HR-20260206-132745@halvorsen-logistics.example>')
    return text(m, """Sehr geehrte Damen und Herren,

mit Einverständnis unseres Mitarbeiters Herrn Yusuf Demir beantworten wir Ihre
Fragen vom 28.01.2026:

- beschäftigt seit 01.03.2011 als Lagerist/Kommissionierer, Vollzeit 40 h,
  Schichtdienst (Früh/Spät)
- Tätigkeiten: Kommissionieren mit Handscanner ca. 50 %, Be- und Entladen von
  Lkw ca. 25 % (Kartons bis 25 kg), Staplerfahren ca. 20 %, Sonstiges 5 %
- leichtere Tätigkeiten: Ein Arbeitsplatz in der Warenannahme (überwiegend
  sitzend, Dateneingabe) wird frühestens im Herbst frei.

Herr Demir ist seit dem 14.10.2025 durchgehend arbeitsunfähig. Die
Lohnfortzahlung endete am 24.11.2025.

Mit freundlichen Grüßen
Ines Kortenkamp
Personalabteilung, Halvorsen Logistics GmbH, Greven
""")


@mail('NORMAL', 'en', 'internal',
      'trap: migration test cases with fictitious persons, ICD codes and the published example IBAN, CSV attached')
def m077():
    m = new('Fabian Kühr <fabian.kuehr@hellwarth.example>',
            'ClaimDesk Migration <claimdesk-migration@hellwarth.example>',
            'Test cases for wave 2 (synthetic data only)', 'Mon, 23 Mar 2026 16:40:12 +0100',
            '<6c7d8e9f0a1b4c2d3e4f5a6c@EXMB04.hellwarth.example>')
    text(m, """Hi all,

attached are the 12 synthetic test cases for migration wave 2 (BU claims and
care annuities). All persons are fictitious ("Max Mustermann", "Erika
Musterfrau" etc.), the IBAN is the published example IBAN, and the ICD codes
are chosen to test the code validator, not from real files.

Please do NOT copy real claims into the test system - the DPO will check.

Expected results are in column H. Cases 7 and 11 should be rejected by the
validator (invalid ICD suffix, end date before start date).

Fabian
""")
    attach(m, """Testfall;Name;Geburtsdatum;Vertrag;Diagnose ICD;Beginn;Ende;Erwartung;IBAN
T01;Max Mustermann (fiktiv);01.01.1980;TEST-BU-0001;M51.1 G;01.02.2026;;angelegt;DE89 3704 0044 0532 0130 00
T02;Erika Musterfrau (fiktiv);12.08.1975;TEST-BU-0002;F32.1 G;15.01.2026;;angelegt;DE89 3704 0044 0532 0130 00
T03;Max Mustermann (fiktiv);01.01.1980;TEST-PF-0003;G30.1 G;01.03.2026;;angelegt;DE89 3704 0044 0532 0130 00
T07;Testperson Sieben (fiktiv);07.07.1977;TEST-BU-0007;F32.1 X;01.02.2026;;Fehler Suffix;DE89 3704 0044 0532 0130 00
T11;Testperson Elf (fiktiv);11.11.1961;TEST-PF-0011;I63.5 G;01.04.2026;01.03.2026;Fehler Datum;DE89 3704 0044 0532 0130 00
""", 'text/csv', 'testcases_wave2.csv')
    return m


@mail('CONFIDENTIAL', 'en', 'customer-to-insurer',
      'pet insurance: a named customer\'s dog had surgery, vet bill and policy number (animal health, no human health)')
def m078():
    m = new('Hannah Cole <hannah.cole@fastpost-mail.example>', 'leistung-bu@hellwarth.example',
            'Vet bill for Bruno - pet policy TK-5530218', 'Sat, 18 Apr 2026 09:48:36 +0200',
            '<CAP2wY6u0sF4nR8zXd3vAh5Bt1Kg7Li9Mc4=Qr6@mail.fastpost-mail.example>')
    return text(m, """Hello,

I'm not sure this is the right address - your app sent me here.

Our dog Bruno (Labrador, 6 years) had to have surgery on Tuesday after he
swallowed part of a toy. The vet bill from Tierklinik Hiltrup is EUR 1,846.20.
We have pet health cover with you, policy TK-5530218.

Please reimburse to my account: Hannah Cole, IBAN DE55 4405 0199 6098 4309 43.

Thanks,
Hannah Cole
Hiltruper Straße 280, 48167 Münster
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'insurer asks a named claimant for a consent form naming her psychotherapist and her panic attacks')
def m079():
    m = new('Jonas Peschke <jonas.peschke@hellwarth.example>',
            'Stefanie Kortmann <s.kortmann@webmail-nord.example>',
            'Ihr Leistungsantrag - fehlende Erklärung', 'Wed, 15 Apr 2026 10:37:58 +0200',
            '<8e9f0a1b2c3d4e5f6a7b8c9e@EXMB01.hellwarth.example>')
    return text(m, """Sehr geehrte Frau Kortmann,

vielen Dank für Ihren Leistungsantrag vom 30.03.2026. Sie schreiben, dass Sie
seit Herbst wegen der Panikattacken nicht mehr im Kundenverkehr arbeiten können
und seit Januar bei Herrn Dipl.-Psych. Malte Brink in Behandlung sind.

Damit wir Herrn Brink um einen Bericht bitten dürfen, brauchen wir Ihre
Schweigepflichtentbindung für ihn. Das Formular hängt an unserem Brief, der
heute per Post rausgeht. Sie können es auch unterschreiben, fotografieren und
an diese Adresse schicken.

Wenn Sie lieber möchten, dass wir Sie vor jeder Anfrage einzeln fragen, kreuzen
Sie das bitte auf dem Formular an.

Mit freundlichen Grüßen
Jonas Peschke
Leistungsprüfung BU, Hellwarth Lebensversicherung AG
""")


@mail('NORMAL', 'de', 'internal', 'colleague is away this week, cover arranged, no reason given')
def m080():
    m = new('Katrin Oberländer <katrin.oberlaender@hellwarth.example>',
            'team-leistung-bu@hellwarth.example',
            'Vertretung diese Woche', 'Mon, 20 Apr 2026 08:05:27 +0200',
            '<9f0a1b2c3d4e4f5a6b7c8d9f@EXMB02.hellwarth.example>')
    return text(m, """Moin zusammen,

Jonas fällt diese Woche aus. Seine Fälle übernimmt Miriam, die dringenden
Rückrufe bitte über mich. Sein Postfach wird umgeleitet.

Danke euch!
Katrin
""")


@mail('CONFIDENTIAL', 'de', 'internal',
      'team birthday list with full birth dates next to names')
def m081():
    m = new('Miriam Esch <miriam.esch@hellwarth.example>', 'team-leistung-bu@hellwarth.example',
            'Geburtstagsliste 2026 (bitte prüfen)', 'Wed, 14 Jan 2026 12:48:03 +0100',
            '<0a1b2c3d4e5f4a6b7c8d9e0a@EXMB02.hellwarth.example>')
    return text(m, """Hallo zusammen,

für die Kaffeekasse und den Teamkalender hier die Geburtstagsliste. Wer nicht
drauf sein möchte, sagt mir bitte bis Freitag Bescheid, dann nehme ich ihn/sie
raus.

Katrin Oberländer     03.02.1979
Jonas Peschke         27.05.1990
Mehmet Aydın          11.09.1986
Birte Hollenkamp      19.03.1983
Miriam Esch           08.12.1999
Sven Dahlmann         30.07.1975
Tanja Wrede           15.10.1988

Miriam
""")


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-family',
      'insurer replies in English to the husband: forms for his wife, oncologist report, chemotherapy, policy number')
def m082():
    m = new('Claire Whitfield <claire.whitfield@hellwarth.example>',
            'Robert Brooks <rob.brooks@fastpost-mail.example>',
            'RE: Claim for my wife - policy LV 4410236', 'Tue, 10 Feb 2026 15:12:44 +0100',
            '<PR3P281MB0447A2B3C4D5E6F7@PR3P281MB0447.DEUP281.PROD.hellwarth.example>',
            extra=[('In-Reply-To', '<CAK9r4Vx2pQ7mN1sTb8wYe3Zu6Lc0Fd5Gh9=Jk2@mail.fastpost-mail.example>')])
    return text(m, """Dear Mr Brooks,

thank you for your message, and I am very sorry to hear about your wife's
illness. Please don't worry about writing in English - I will look after
Mrs Keller-Brooks' claim personally.

I have posted the claim forms to you today. To keep things simple for your
wife, we only need:

1. the claim form (pages 1-4), signed by her or by you under the power of
   attorney,
2. a short report from her oncologist about the diagnosis and the planned
   treatment (chemotherapy, surgery, radiotherapy) - we will request it
   directly if she signs the consent on page 4,
3. a description of her work as a teacher (the school can help).

We will pay the consultant's fee for the report. If anything is difficult,
just call me on +49 251 4811-2281.

Kind regards
Claire Whitfield
Hellwarth Lebensversicherung AG
""")


@mail('NORMAL', 'de', 'system-to-broker',
      'trap: broker portal registration with a one-time password, no customer data')
def m083():
    m = new('Hellwarth Vermittlerportal <noreply@vermittler.hellwarth.example>',
            'n.kranich@albers-kranich.example',
            'Ihr Zugang zum Vermittlerportal - Initialpasswort', 'Thu, 07 May 2026 09:00:14 +0200',
            '<vp-reg-20260507-090014-4471@vermittler.hellwarth.example>',
            extra=[('Auto-Submitted', 'auto-generated')])
    return text(m, """Guten Tag Frau Kranich,

Ihr Makleradministrator hat für Sie einen Zugang zum Hellwarth Vermittlerportal
angelegt.

Benutzername: NKRANICH-ALBK
Initialpasswort: 7hK#p2Lm-Qz9w

Das Initialpasswort ist 72 Stunden gültig. Bei der ersten Anmeldung werden Sie
aufgefordert, ein eigenes Passwort und eine Sicherheitsfrage festzulegen.

https://vermittler.hellwarth.example

Ihr Hellwarth Vermittlerservice
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'therapist-to-insurer',
      'base64-encoded body: psychotherapist reports on a named patient\'s adjustment disorder and panic attacks')
def m084():
    m = new('Malte Brink <praxis@psychotherapie-brink.example>', 'jonas.peschke@hellwarth.example',
            'Bericht Frau Kortmann', 'Tue, 12 May 2026 18:20:31 +0200',
            '<pb-2026-05-12-1820@psychotherapie-brink.example>',
            extra=[('User-Agent', 'Roundcube Webmail/1.6.9')])
    return text(m, """Sehr geehrter Herr Peschke,

auf Ihre Anfrage vom 22.04.2026 und mit Schweigepflichtentbindung von
Frau Stefanie Kortmann, geb. 19.01.1987, berichte ich:

Frau Kortmann ist seit dem 08.01.2026 in meiner Behandlung (Verhaltenstherapie,
bisher 14 Sitzungen). Diagnosen: Panikstörung (F41.0 G) und Anpassungsstörung
nach Trennung und Arbeitsplatzkonflikt (F43.2 G).

Die Panikattacken treten vor allem in Situationen mit vielen Menschen und unter
Zeitdruck auf, drei- bis viermal pro Woche, mit Herzrasen, Atemnot und
Todesangst. Die Tätigkeit am Bankschalter ist derzeit nicht möglich; eine
Tätigkeit im Backoffice ohne Publikumsverkehr halte ich für zumutbar.

Prognose: bei Fortsetzung der Therapie gut, Besserung in 6 bis 12 Monaten
wahrscheinlich. Eine medikamentöse Behandlung (Sertralin 50 mg) hat der
Hausarzt im März begonnen.

Meine Rechnung nach GOP folgt mit der Post.

Mit freundlichen Grüßen
Malte Brink
Psychologischer Psychotherapeut
""", cte='base64')


@mail('CONFIDENTIAL', 'de', 'customer-to-insurer',
      'motor no-claims transfer from father to daughter: both birth dates, plate and policy number')
def m085():
    m = new('Bernd Overbeck <bernd.overbeck@netzpost.example>', 'kfz-service@hellwarth.example',
            'Übertragung Schadenfreiheitsrabatt auf meine Tochter', 'Mon, 08 Jun 2026 19:44:02 +0200',
            '<1718132642.61230.bernd.overbeck@netzpost.example>')
    return text(m, """Sehr geehrte Damen und Herren,

ich möchte meinen Schadenfreiheitsrabatt (SF 24) aus dem Vertrag KF-3019952
auf meine Tochter übertragen. Ich fahre seit Mai nicht mehr selbst Auto, den
Wagen (Opel Corsa, MS-BO 1107) übernimmt sie.

Übertragender: Bernd Overbeck, geb. 21.06.1950, Gasselstiege 30, 48159 Münster
Übernehmende: Julia Overbeck, geb. 09.04.2001, gleiche Adresse, Führerschein
seit 2019

Die unterschriebene Übertragungserklärung schicke ich mit der Post.

Mit freundlichen Grüßen
Bernd Overbeck
""", cs='iso-8859-1')


@mail('NORMAL', 'en', 'internal',
      'trap: staff course on mental-health first aid, depression and suicide-risk words, no person')
def m086():
    m = new('Betriebliches Gesundheitsmanagement <bgm@hellwarth.example>',
            'all-staff-ms@hellwarth.example',
            'Mental Health First Aid course - places available (EN/DE)', 'Thu, 09 Jul 2026 10:00:00 +0200',
            '<bgm-2026-07-mhfa@hellwarth.example>')
    return text(m, """Dear colleagues,

we have 12 more places in our two-day Mental Health First Aid course
(in English, with German material) on 15-16 September.

You will learn to:
- recognise early signs of depression, anxiety, burnout and addiction in
  colleagues,
- talk about suicidal thoughts without fear and know where to get help,
- support someone in a panic attack,
- look after your own mental health in a demanding job.

The course is led by certified MHFA instructors and counts as working time.
Register in the learning portal (course code BGM-MHFA-26-2). No personal
health information is asked for or recorded.

Your Workplace Health Team
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'harmless body; XLSX lists named BU claimants with diagnosis groups and the reason their files are delayed')
def m087():
    m = new('Katrin Oberländer <katrin.oberlaender@hellwarth.example>',
            'Paul Nieberding <paul.nieberding@hellwarth.example>',
            'Liste für Mittwoch', 'Mon, 11 May 2026 17:51:20 +0200',
            '<1b2c3d4e5f6a4b7c8d9e0f1b@EXMB02.hellwarth.example>')
    text(m, """Hallo Paul,

hier die Liste für Mittwoch, sortiert nach Alter der Fälle.

Gruß
Katrin
""")
    attach(m, xlsx([('über 180 Tage', [
        ('Zeichen', 'Versicherte Person', 'Geb.', 'Eingang', 'Ursache', 'offen wegen'),
        ('BU-L 2025/0874', 'Frank Ostermeier', '08.06.1976', '2025-06-30', 'Depression, rezidivierend', 'Zweitgutachten Dr. Rüther'),
        ('BU-L 2025/0912', 'Sandra Wolters', '22.02.1981', '2025-07-14', 'Long COVID / Fatigue', 'Funktionsuntersuchung MedAssess'),
        ('BU-L 2025/0955', 'Ralf Jürgensmeier', '05.10.1968', '2025-08-01', 'Herzinsuffizienz', 'Bericht Kardiologe fehlt'),
        ('BU-L 2025/1003', 'Aylin Şahin', '17.04.1990', '2025-08-19', 'Bandscheibe HWS', 'Arbeitgeberauskunft fehlt'),
        ('BU-L 2025/1041', 'Uwe Schnieder', '29.12.1963', '2025-09-02', 'Alkoholabhängigkeit, Entzug', 'Reha-Bericht abwarten'),
    ])], author='K. Oberländer'),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Altfaelle_180.xlsx')
    return m


@mail('CONFIDENTIAL', 'de', 'supplier-to-insurer',
      'freelance translator (sole trader) invoices translations by file number only: private IBAN and tax number')
def m088():
    m = new('Ana Petrović <ana.petrovic@uebersetzungen-petrovic.example>',
            'kreditoren@hellwarth.example',
            'Rechnung 26-031', 'Fri, 29 May 2026 11:31:07 +0200',
            '<b7c6d5e4-f3a2-4b1c-9d0e-8f7a6b5c4d3e@uebersetzungen-petrovic.example>')
    return text(m, """Sehr geehrte Damen und Herren,

für die im Mai erledigten Übersetzungen (Kroatisch/Serbisch -> Deutsch) stelle
ich in Rechnung:

Auftrag BU-L 2026/0207   14 Normseiten à 1,55 EUR/Zeile     1.302,00 EUR
Auftrag PF 2026/0088      3 Normseiten                        279,00 EUR
Beglaubigungen              2 x 5,00                           10,00 EUR
Zwischensumme                                              1.591,00 EUR
zzgl. 19 % USt.                                              302,29 EUR
Gesamt                                                     1.893,29 EUR

Bitte überweisen an: Ana Petrović, IBAN DE19 3602 0041 2707 5750 01
Steuernummer 336/5091/7730, USt-IdNr. DE341227718

Mit freundlichen Grüßen
Ana Petrović
Öffentlich bestellte und beeidigte Übersetzerin, Bochum
""")


@mail('NORMAL', 'en', 'internal', 'treaty renewal timeline, no persons')
def m089():
    m = new('Claire Whitfield <claire.whitfield@hellwarth.example>',
            'Paul Nieberding <paul.nieberding@hellwarth.example>',
            'Treaty renewal 2027 - timeline', 'Tue, 30 Jun 2026 09:12:05 +0200',
            '<PR3P281MB0447B3C4D5E6F7A8@PR3P281MB0447.DEUP281.PROD.hellwarth.example>',
            cc='Dr. Sebastian Ueffing <sebastian.ueffing@hellwarth.example>')
    return text(m, """Hi Paul,

proposed timeline for the 2027 BU quota share renewal:

- 31 July: experience data to Northgate and the two followers
- early September: pricing call
- 30 September: firm order terms
- 15 November: signing

Sebastian will lead on the pricing side; I'll coordinate the data and the
claims audit in October. Can we fix the internal kick-off for next Thursday?

Claire
""", cte='7bit')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-broker',
      'insurer tells the UK broker what is missing in a named client\'s MS claim: hospital discharge, relapse, medication')
def m090():
    m = new('Claire Whitfield <claire.whitfield@hellwarth.example>',
            'James Hartley <james@hartley-insurance.example>',
            'RE: Fiona Blackwood - where are we?', 'Wed, 25 Mar 2026 11:06:40 +0100',
            '<PR3P281MB0447C4D5E6F7A8B9@PR3P281MB0447.DEUP281.PROD.hellwarth.example>',
            extra=[('In-Reply-To', '<CAJh7Q2x9mK4Lp0vRt3uWb8sNe1YzD6fGk5=hB7@mail.hartley-insurance.example>')])
    return text(m, """Hi James,

we received the neurologist's report on 6 March - thank you. It confirms
relapsing-remitting MS with two relapses in the last twelve months and the
switch to ocrelizumab.

What we still need is the discharge summary from Leeds General Infirmary for
the February admission. Mrs Blackwood signed the consent, so we have written
to the hospital ourselves, but a copy from her would speed things up.

As soon as we have it, our medical officer will look at the file. I expect a
decision within three weeks after that.

Best regards
Claire
""")


@mail('NORMAL', 'de', 'internal',
      'trap: job advert draft for nurses as care assessors: geriatrics, wound care, dementia, no person')
def m091():
    m = new('Mehmet Aydın <mehmet.aydin@hellwarth.example>', 'karriere@hellwarth.example',
            'Stellenanzeige Pflegefachkraft Innendienst - Entwurf', 'Fri, 24 Apr 2026 13:58:41 +0200',
            '<2c3d4e5f6a7b4c8d9e0f1a2c@EXMB01.hellwarth.example>')
    return text(m, """Hallo Recruiting-Team,

hier mein Entwurf für die Anzeige, bitte ins übliche Layout bringen:

Pflegefachkraft (m/w/d) als Pflegeexpertin/Pflegeexperte im Innendienst
Leistung Pflege - Münster - Vollzeit oder Teilzeit (ab 30 h)

Ihre Aufgaben:
- Sie beurteilen Pflegegutachten, Pflegedokumentationen und Entlassberichte
- Sie schätzen Pflegegrade und ADL-Punkte nach Aktenlage ein
- Sie beraten Angehörige am Telefon zu Hilfsmitteln, Wohnraumanpassung und
  Entlastungsangeboten bei Demenz

Ihr Profil:
- examinierte Pflegefachkraft, mehrere Jahre Erfahrung in Geriatrie oder
  ambulanter Pflege
- Kenntnisse im Wundmanagement und in der Begutachtung (NBA) von Vorteil
- Freude an Schreibtischarbeit - kein Schichtdienst, keine Wochenenden

Danke!
Mehmet
""")


@mail('CONFIDENTIAL', 'en', 'broker-to-insurer',
      'UK broker renews a named client\'s boat insurance: home address, boat, policy number')
def m092():
    m = new('James Hartley <james@hartley-insurance.example>', 'sach-international@hellwarth.example',
            'Renewal - yacht policy YA-7702114 - Mr Gerrit Lansing', 'Mon, 13 Jul 2026 10:27:51 +0100',
            '<CAJh7Q2x9mK4Lp0vRt3uWb8sNe1YzD6fGk5=hC3@mail.hartley-insurance.example>')
    return text(m, """Hello,

my client Mr Gerrit Lansing, 4 Quay Cottages, Whitby YO22 4BT, would like to
renew his yacht policy YA-7702114 on the same terms from 1 August.

Vessel: "Marlijn", Bavaria 34 Cruiser, built 2012, hull no. BAV34C-1207
Mooring: Whitby Marina, summer cruising North Sea incl. Dutch and German coast
Agreed value: EUR 78,000, no claims in the last three years

He has added a new liferaft and AIS transponder (receipts attached to my next
mail). Could you send the renewal terms by Friday?

Thanks,
James Hartley
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'care-service-to-insurer',
      'care home reports the death of a named resident after pneumonia; care annuity contract ends')
def m093():
    m = new('Verwaltung Seniorenzentrum Kastanienhof <verwaltung@kastanienhof-pflege.example>',
            'pflege-leistung@hellwarth.example',
            'Sterbefall Frau Ingrid Harms', 'Mon, 17 Aug 2026 09:03:22 +0200',
            '<kh-vw-20260817-0903@kastanienhof-pflege.example>')
    return text(m, """Sehr geehrte Damen und Herren,

im Auftrag der Tochter, Frau Karen Harms-Whitley, teilen wir Ihnen mit, dass
unsere Bewohnerin Frau Ingrid Harms, geb. 26.01.1939, am 15.08.2026 in unserem
Haus verstorben ist. Sie ist nach einer Lungenentzündung in der vergangenen
Woche friedlich eingeschlafen.

Die Sterbeurkunde reicht die Tochter nach. Bitte richten Sie Rückfragen zur
Pflegerente (Vertrag PR 3305127) an Frau Harms-Whitley.

Mit freundlichen Grüßen
Marion Lütke-Entrup
Heimverwaltung, Seniorenzentrum Kastanienhof gGmbH
""")


@mail('NORMAL', 'de', 'internal',
      'trap: internal fee table for doctors\' reports (GOÄ numbers and amounts), no person')
def m094():
    m = new('Katrin Oberländer <katrin.oberlaender@hellwarth.example>',
            'alle-leistung@hellwarth.example',
            'Honorare für Arztberichte ab 01.07.', 'Tue, 23 Jun 2026 11:44:29 +0200',
            '<3d4e5f6a7b8c4d9e0f1a2b3d@EXMB02.hellwarth.example>')
    return text(m, """Liebe Kolleginnen und Kollegen,

ab 01.07. gelten für ärztliche Berichte diese Honorare (brutto, je Bericht):

GOÄ Nr. 75 (ausführlicher Befundbericht), 2,3-fach      17,43 EUR
GOÄ Nr. 80 (schriftliche gutachtliche Äußerung)          40,22 EUR
GOÄ Nr. 85 (Gutachten mit Aktenstudium), je Std.        66,93 EUR
Kopien von Befunden je Seite                              0,50 EUR
Pauschale Psychotherapeutinnen/-therapeuten (Bericht)    60,00 EUR

Bitte bei Anfragen an Psychiaterinnen und Neurologen den ausführlichen Bericht
nach Nr. 80 anbieten; die Rücklaufquote ist dann deutlich besser.

Katrin
""")


@mail('CONFIDENTIAL', 'de', 'internal',
      'monthly taxable benefit of a named manager\'s company car (list price, 1 % rule) for payroll')
def m095():
    m = new('Fuhrpark <fuhrpark@hellwarth.example>', 'payroll@hellwarth.example',
            'Dienstwagen Nieberding - geldwerter Vorteil ab Juli', 'Wed, 01 Jul 2026 13:22:18 +0200',
            '<fp-2026-0701-07@hellwarth.example>')
    return text(m, """Hallo,

Herr Paul Nieberding (Personalnr. 10107) erhält ab 01.07.2026 einen neuen
Dienstwagen (Skoda Enyaq 85, vollelektrisch, MS-HW 4107).

Bruttolistenpreis: 52.400 EUR
Versteuerung nach 1%-Regelung, Elektrofahrzeug: 0,25 % -> 131,00 EUR/Monat
Entfernung Wohnung-Arbeit 18 km: 0,03 % x 0,25 -> 70,74 EUR/Monat
geldwerter Vorteil gesamt: 201,74 EUR/Monat

Der alte Wagen (MS-HW 2210) geht am 30.06. zurück.

Gruß
Fuhrparkmanagement
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'lawyer-to-insurer',
      'trade-union legal service represents "our member" in a BU claim: union membership plus the claim and a back condition')
def m096():
    m = new('DGB Rechtsschutz Büro Münster <muenster@dgb-rechtsschutz-ms.example>',
            'leistung-bu@hellwarth.example',
            'Unser Mitglied Aylin Şahin - Ihr Zeichen BU-L 2025/1003', 'Thu, 25 Jun 2026 10:18:03 +0200',
            '<rs-ms-2026-0625-1018@dgb-rechtsschutz-ms.example>')
    return text(m, """Sehr geehrte Damen und Herren,

wir vertreten unser Mitglied Frau Aylin Şahin, Mitglied der Gewerkschaft
ver.di seit 2012, in der Angelegenheit ihres Leistungsantrags vom 19.08.2025.

Seit fast zehn Monaten warten Sie auf eine Auskunft des Arbeitgebers. Frau
Şahin kann wegen ihrer Halswirbelsäule seit über einem Jahr nicht mehr als
Zahnmedizinische Fachangestellte arbeiten; die Behandlung hat daran nichts
geändert. Die Tätigkeitsbeschreibung fügen wir nunmehr selbst bei.

Wir bitten um Entscheidung bis zum 31.07.2026.

Mit freundlichen Grüßen
Torsten Hagedorn
Rechtssekretär
""")


@mail('NORMAL', 'de', 'supplier-to-insurer', 'delivery notice for office supplies')
def m097():
    m = new('Versand Bürowelt Nord <versand@buerowelt-nord.example>', 'einkauf@hellwarth.example',
            'Lieferavis zu Ihrer Bestellung 4500119022', 'Thu, 02 Jul 2026 07:15:44 +0200',
            '<lav-4500119022-01@buerowelt-nord.example>',
            extra=[('Auto-Submitted', 'auto-generated')])
    return text(m, """Sehr geehrte Damen und Herren,

Ihre Bestellung 4500119022 wird morgen zwischen 8 und 12 Uhr geliefert:

 40 x Hängeregistratur A4 grün
 10 x Ordner 8 cm blau
  5 x Laminiertaschen A4 (100 St.)
  2 x Tischaufsteller

Sendungsnummer 00340434188201779221.

Ihr Team von Bürowelt Nord
""")


@mail('CONFIDENTIAL', 'mixed', 'customer-to-insurer',
      'rental-car excess claim from holiday in Portugal, English with German phrases: policy number, no health content')
def m098():
    m = new('Lisa Brenninkmeyer <lisa.brenni@kabelmail.example>', 'reise-schaden@hellwarth.example',
            'Mietwagen Selbstbeteiligung - claim', 'Sat, 22 Aug 2026 23:12:40 +0200',
            '<7D2C1B0A-9F8E-4D7C-B6A5-4F3E2D1C0B9A@kabelmail.example>',
            extra=[('X-Mailer', 'iPhone Mail (22A3354)')])
    return text(m, """Hallo zusammen,

sorry for the mix, my partner is writing with me. Wir hatten in Portugal einen
Mietwagen bei AutoSol Faro (Vertrag AS-55120973) und beim Einparken in Lagos a
bollard scratched the rear door. Nobody was hurt, only the car.

AutoSol hat 950 EUR von der Kaution einbehalten. We have your travel package
with rental excess cover, Versicherungsnummer RV-7104485.

Welche Unterlagen brauchen Sie? We have the damage report, photos and the
credit card statement.

Liebe Grüße / best
Lisa Brenninkmeyer & Tom Adeyemi

Von meinem iPhone gesendet
""", cte='8bit')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'system-to-customer',
      'HTML-only payment overview of a named person\'s BU pension with amounts and contract; no medical word')
def m099():
    m = new('Hellwarth Kundenportal <noreply@portal.hellwarth.example>',
            'Markus Ostendorf <m.ostendorf@webmail-nord.example>',
            'Ihre Zahlungsübersicht', 'Fri, 03 Jul 2026 06:05:00 +0200',
            '<portal-pay-20260703-060500-31188@portal.hellwarth.example>',
            extra=[('Auto-Submitted', 'auto-generated')])
    return text(m, """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Zahlungsübersicht</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Guten Tag Herr Ostendorf,</p>
<p>hier Ihre Zahlungsübersicht zum Vertrag <b>LV 3318842-07</b> (Berufsunfähigkeits-Zusatzversicherung):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Monat</th><th>Leistung</th><th>Betrag</th><th>Konto</th></tr>
<tr><td>02/2026</td><td>Rente (Nachzahlung)</td><td>1.650,00 EUR</td><td>DE** **** **** **** **46 12</td></tr>
<tr><td>03/2026</td><td>Rente (Nachzahlung)</td><td>1.650,00 EUR</td><td>DE** **** **** **** **46 12</td></tr>
<tr><td>04/2026</td><td>Rente</td><td>1.650,00 EUR</td><td>DE** **** **** **** **46 12</td></tr>
<tr><td>05/2026</td><td>Rente</td><td>1.650,00 EUR</td><td>DE** **** **** **** **46 12</td></tr>
<tr><td>06/2026</td><td>Rente</td><td>1.650,00 EUR</td><td>DE** **** **** **** **46 12</td></tr>
<tr><td>07/2026</td><td>Rente</td><td>1.650,00 EUR</td><td>DE** **** **** **** **46 12</td></tr>
</table>
<p>Ihr Vertrag ist beitragsfrei gestellt. Die nächste Zahlung erfolgt am 01.08.2026.</p>
<p>Ihre Hellwarth Lebensversicherung AG</p>
</body></html>
""", sub='html')


@mail('NORMAL', 'en', 'internal',
      'trap: top-10 BU reserves for the board with age bands and causes only, no names or numbers of persons')
def m100():
    m = new('Oliver Szymanski <oliver.szymanski@hellwarth.example>',
            'Claire Whitfield <claire.whitfield@hellwarth.example>',
            'Large claims list for the treaty meeting (anonymised)', 'Wed, 15 Jul 2026 14:37:10 +0200',
            '<6a7b8c9d0e1f4a2b3c4d5e6a@EXMB02.hellwarth.example>')
    return text(m, """Hi Claire,

here is the anonymised large-claims list for the treaty meeting. No names, no
policy numbers, ages in five-year bands, causes at chapter level - as agreed
with Lena.

Rank  Age band  Occupation group        Cause (ICD chapter)    Reserve EUR
 1    45-49     physician               G nervous system        1,412,000
 2    40-44     engineer                F mental                1,186,000
 3    50-54     managing director       C neoplasms               964,000
 4    35-39     pilot                   F mental                  918,000
 5    45-49     dentist                 M musculoskeletal         877,000
 6    50-54     lawyer                  I circulatory             702,000
 7    30-34     IT consultant           F mental                  688,000
 8    55-59     architect               C neoplasms               512,000
 9    40-44     pharmacist              G nervous system          497,000
10    45-49     sales manager           F mental                  455,000

Oliver
""")


# ===========================================================================
# 0101 - 0125
# ===========================================================================

@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'household claim settlement to a named customer: claim number, amount and his IBAN, nobody hurt')
def m101():
    m = new('Hellwarth Schadenservice Sach <schaden-sach@hellwarth.example>',
            'Thomas Reinholz <t.reinholz@mailbox-online.example>',
            'Ihr Einbruchschaden HS-2026-04471', 'Tue, 17 Mar 2026 14:05:31 +0100',
            '<ss-20260317-140531-2271@hellwarth.example>',
            extra=[('In-Reply-To', '<8b7a6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d@mailbox-online.example>')])
    return text(m, """Sehr geehrter Herr Reinholz,

Ihre Nachricht an die Abteilung Leistung BU wurde an uns weitergeleitet. Zu
Ihrem Einbruchschaden vom 20.02.2026 (Hausratversicherung HR-2290441,
Schadennummer HS-2026-04471) haben wir die Kaufbelege geprüft:

Laptop (Zeitwert nach Neuwertklausel: Neuwert)    1.049,00 EUR
Kamera                                              689,00 EUR
Schmuck (Wertsachengrenze beachtet)               1.500,00 EUR
Bargeld (Höchstgrenze 1.000 EUR)                    300,00 EUR
Reparatur Balkontür                                 412,80 EUR
Gesamt                                            3.950,80 EUR

Den Betrag überweisen wir in den nächsten Tagen auf Ihr Konto
DE72 2004 1133 5838 3593 85. Eine Selbstbeteiligung ist nicht vereinbart.

Mit freundlichen Grüßen
Ihr Schadenservice Sach
Hellwarth Allgemeine Versicherung AG
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'body invites a named woman to a two-day exam "because of her ongoing exhaustion"; DOCX letter gives dates and long COVID')
def m102():
    m = new('Katrin Oberländer <katrin.oberlaender@hellwarth.example>',
            'Sandra Wolters <sandra.wolters@posthaus.example>',
            'Einladung Funktionsuntersuchung', 'Wed, 20 May 2026 10:22:45 +0200',
            '<4e5f6a7b8c9d4e0f1a2b3c4e@EXMB02.hellwarth.example>')
    text(m, """Sehr geehrte Frau Wolters,

wie heute früh am Telefon besprochen, möchten wir Ihre anhaltende Erschöpfung
nicht nur aus einer einzelnen Untersuchung beurteilen lassen. Die Einladung zu
der zweitägigen Untersuchung hängt an. Fahrt- und Übernachtungskosten für Sie
und eine Begleitperson übernehmen wir.

Mit freundlichen Grüßen
Katrin Oberländer
Teamleitung Leistung BU
""")
    attach(m, docx(['Hellwarth Lebensversicherung AG, Leistung BU, Lindenallee 12, 48143 Münster',
                    'Frau Sandra Wolters, Gievenbecker Reihe 12, 48161 Münster',
                    'Zeichen BU-L 2025/0912, Vertrag LV 4019376',
                    '# Einladung zur Funktionsuntersuchung',
                    'Sehr geehrte Frau Wolters,',
                    'zur Prüfung Ihres Leistungsantrags wegen der Folgen Ihrer COVID-19-Erkrankung '
                    '(Post-COVID-Syndrom mit Belastungsintoleranz, Ihre Hausärztin kodiert G93.3 und U09.9) '
                    'haben wir die MedAssess Gutachten GmbH mit einer zweitägigen Funktionsuntersuchung beauftragt.',
                    'Termin: Dienstag, 16.06.2026, 9:00 Uhr, und Mittwoch, 17.06.2026, 9:00 Uhr, '
                    'MedAssess, Kaiserstraße 44, Dortmund. Ruhepausen sind jederzeit möglich.',
                    'Bitte bringen Sie Ihren Medikamentenplan, Ihr Aktivitätstagebuch und den Bericht der '
                    'Post-COVID-Ambulanz der Uniklinik mit.',
                    'Mit freundlichen Grüßen', 'Katrin Oberländer'], author='K. Oberländer'),
           'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
           'Einladung_Funktionsuntersuchung.docx')
    return m


@mail('NORMAL', 'de', 'internal',
      'trap: rejection letter template with «placeholders» for diagnosis, treatment and dates, no real person')
def m103():
    m = new('Sven Dahlmann <sven.dahlmann@hellwarth.example>', 'team-leistung-bu@hellwarth.example',
            'Neuer Textbaustein "Rücktritt wegen Anzeigepflichtverletzung"', 'Thu, 02 Apr 2026 16:11:30 +0200',
            '<5f6a7b8c9d0e4f1a2b3c4d5f@EXMB03.hellwarth.example>')
    return text(m, """Hallo zusammen,

nach dem BGH-Urteil vom Herbst haben wir den Baustein überarbeitet. Er ist ab
Montag in der Textverwaltung (TB-BU-117). Bitte nur nach Freigabe durch mich
oder Katrin verwenden.

---
Sehr geehrte«r» «Anrede» «Nachname»,

bei Antragstellung am «Antragsdatum» haben Sie die Frage «Fragennummer» nach
«Frageinhalt» verneint. Tatsächlich wurden Sie von «Behandler» in der Zeit
von «Beginn» bis «Ende» wegen «Diagnose» behandelt. Bei Kenntnis dieser
Umstände hätten wir den Vertrag «nicht / nur mit Ausschluss für ...»
abgeschlossen.

Wir treten daher nach § 19 Abs. 2 VVG vom Vertrag «Vertragsnummer» zurück.
---

Fragen gern an mich.
Sven
""")


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker',
      'agency set up for a sole-trader broker: agency number and his personal bank account for commission')
def m104():
    m = new('Anja Terhorst <anja.terhorst@hellwarth.example>',
            'James Hartley <james@hartley-insurance.example>',
            'RE: Agency agreement - my details', 'Fri, 20 Feb 2026 10:48:09 +0100',
            '<7a8b9c0d1e2f4a3b4c5d6e7a@EXMB04.hellwarth.example>',
            extra=[('In-Reply-To', '<CAJh7Q2x9mK4Lp0vRt3uWb8sNe1YzD6fGk5=hA2@mail.hartley-insurance.example>')])
    return text(m, """Hi James,

all set: your agency number is 100-5120. We will pay commission monthly, in
EUR, to

  J E Hartley, HSBC UK, IBAN GB85 MIDL 4005 1272 9133 04

Your date of birth and FCA reference are stored for the broker register check.
We do not need your passport - the FCA register extract is enough.

Portal access follows in a separate e-mail.

Best regards
Anja
""")


@mail('STRICTLY_CONFIDENTIAL', 'en', 'reinsurer-to-insurer',
      'reinsurer claims audit comments on named claimants: long COVID, heart failure, alcohol dependence and reserves')
def m105():
    m = new('David Okafor <d.okafor@northgate-re.example>',
            'Claire Whitfield <claire.whitfield@hellwarth.example>',
            'Claims audit October - file comments', 'Fri, 23 Oct 2026 16:40:12 +0100',
            '<NG-LH-20261023-1640-771@northgate-re.example>')
    return text(m, """Claire,

thanks again for hosting us. Our comments on the sampled files before the
written report:

- 2025/0912 Wolters: acceptance for long COVID well documented after the
  two-day functional exam. Reserve adequate. Please diary a review in 12
  months; recovery rates for post-viral fatigue are not zero.
- 2025/0955 Jürgensmeier: heart failure with EF 35 %, accepted. We would have
  asked for the cardiopulmonary exercise test before accepting, but fine.
- 2025/1041 Schnieder: alcohol dependence, rehab completed in June, now
  abstinent. Exclusion for self-inflicted causes does not apply under your
  wording - agree. Follow-up in 6 months is sensible.
- 2026/0117 Eschweiler: DaTSCAN positive, Parkinson's confirmed. Move from
  time-limited to permanent acceptance is justified.

No findings on process. Report by mid-November.

David
""")


@mail('NORMAL', 'en', 'supplier-to-insurer', 'incident resolved notice from the IT supplier, no data involved')
def m106():
    m = new('DataKern Service Desk <servicedesk@datakern.example>', 'it-betrieb@hellwarth.example',
            '[Resolved] INC-0044817 ClaimDesk slow response times', 'Tue, 28 Apr 2026 17:02:44 +0200',
            '<INC-0044817-resolved@servicedesk.datakern.example>',
            extra=[('Auto-Submitted', 'auto-generated')])
    return text(m, """Incident INC-0044817 has been resolved.

Summary: Slow response times in ClaimDesk between 13:10 and 15:45 CEST.
Cause: a database index rebuild was started outside the maintenance window.
Resolution: job stopped, index rebuild rescheduled for Saturday 02 May 02:00.
No data was lost or exposed.

If the problem persists, reply to this message within 5 working days to reopen
the incident.

DataKern Service Desk
""", cte='7bit')


@mail('CONFIDENTIAL', 'de', 'doctor-to-insurer',
      'freelance doctor returns his assessor framework contract: private address, IBAN and tax number, no patient')
def m107():
    m = new('Dr. med. Jens Albrecht <j.albrecht@gutachten-albrecht.example>',
            'Katrin Oberländer <katrin.oberlaender@hellwarth.example>',
            'Gutachtervertrag unterschrieben zurück', 'Mon, 26 Jan 2026 19:34:56 +0100',
            '<1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5c@gutachten-albrecht.example>')
    return text(m, """Sehr geehrte Frau Oberländer,

anbei der unterschriebene Rahmenvertrag für orthopädische Gutachten als Scan,
das Original geht per Post raus. Für Ihre Stammdaten:

Dr. med. Jens Albrecht, Facharzt für Orthopädie und Unfallchirurgie
Privatanschrift (Rechnungsanschrift): Zumsandestraße 9, 48145 Münster
Bankverbindung: Jens Albrecht, IBAN DE04 3806 0186 8638 2686 92
Steuernummer 337/5218/0664 (Gutachten sind umsatzsteuerpflichtig)

Ich kann ab März zwei Begutachtungen pro Woche übernehmen, bevorzugt
donnerstags.

Mit freundlichen Grüßen
Jens Albrecht
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-care-service',
      'insurer asks a care service for the care records of a named man after his stroke')
def m108():
    m = new('Mehmet Aydın <mehmet.aydin@hellwarth.example>',
            'Pflegedienst Lichtblick <abrechnung@pflegedienst-lichtblick.example>',
            'Pflegedokumentation Herr Wiesmann', 'Tue, 09 Jun 2026 11:15:22 +0200',
            '<8b9c0d1e2f3a4b5c6d7e8f9b@EXMB01.hellwarth.example>')
    return text(m, """Sehr geehrte Frau Kampmann,

Sie versorgen seit Ende April Herrn Gerhard Wiesmann, Mauritz-Lindenweg 60,
nach seinem Schlaganfall. Er hat bei uns eine Pflegerente beantragt und uns
erlaubt, bei Ihnen nachzufragen (Schweigepflichtentbindung anbei als Fax).

Bitte senden Sie uns
- die Pflegeplanung und die Leistungsnachweise Mai,
- Ihre Einschätzung, wobei Herr Wiesmann Hilfe braucht (Waschen, Anziehen,
  Essen, Toilette, Gehen) und ob er nachts Hilfe braucht.

Die Kosten der Auskunft erstatten wir pauschal mit 40 EUR.

Mit freundlichen Grüßen
Mehmet Aydın
Leistung Pflege
""")


@mail('NORMAL', 'de', 'association-to-insurer',
      'trap: association circular on the annual care-annuity statistics: field list with care level, cause, age band, no person')
def m109():
    m = new('GDV Statistik <statistik@gdv-verband.example>', 'meldewesen@hellwarth.example',
            'Rundschreiben 0914/2026 - Pflegerentenstatistik 2025, Datenlieferung',
            'Mon, 09 Mar 2026 08:30:00 +0100',
            '<rs-0914-2026@gdv-verband.example>')
    return text(m, """Sehr geehrte Damen und Herren,

für die Verbandsstatistik Pflegerenten- und Pflegetagegeldversicherung 2025
bitten wir um Datenlieferung bis 30.04.2026 über das Meldeportal.

Zu liefern sind ausschließlich aggregierte Werte je Tarifgruppe:
- Bestand und Neuzugänge an Leistungsfällen nach Pflegegrad (2 bis 5)
- Leistungsursache (Demenz, Schlaganfall, Krebs, Sturz/Fraktur, Parkinson,
  sonstige neurologische, sonstige)
- Altersgruppen bei Leistungsbeginn (unter 60, 60-69, 70-79, 80-89, 90+)
- Abgänge durch Tod, Reaktivierung, Vertragsende

Zellen mit weniger als drei Fällen sind zusammenzufassen. Personenbezogene
Daten sind nicht zu übermitteln.

Mit freundlichen Grüßen
Abteilung Statistik
""")


@mail('CONFIDENTIAL', 'en', 'internal',
      'salary benchmark for a vacancy quoting a named external candidate\'s current salary')
def m110():
    m = new('Claire Whitfield <claire.whitfield@hellwarth.example>',
            'Anke Roloff <anke.roloff@hellwarth.example>',
            'Offer for the medical underwriter role', 'Thu, 18 Jun 2026 12:04:33 +0200',
            '<PR3P281MB0447D5E6F7A8B9C1@PR3P281MB0447.DEUP281.PROD.hellwarth.example>')
    return text(m, """Hi Anke,

we'd like to make an offer to Dr. Katharina Vossberg for the medical
underwriter role. She currently earns EUR 94,000 plus a 10 % bonus at her
reinsurer and told us she would not move for less than EUR 100,000 fixed.

Our band tops out at 98,000. Could we bridge the gap with a sign-on bonus of
EUR 6,000 and the company car, or do we need Paul's approval for an
exception?

She can start on 1 October at the earliest.

Thanks
Claire
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'customer-to-insurer',
      'claimant writes from his phone that he cannot make the expert appointment, cannot get out of bed in the mornings')
def m111():
    m = new('Frank Ostermeier <frank.ostermeier@mailbox-online.example>', 'leistung-bu@hellwarth.example',
            'termin 21.4.', 'Sun, 19 Apr 2026 06:41:17 +0200',
            '<9C8B7A6F-5E4D-4C3B-A291-8F7E6D5C4B3A@mailbox-online.example>',
            extra=[('X-Mailer', 'iPhone Mail (21F90)')])
    return text(m, """guten morgen,

ich schaff den termin bei frau dr rüther am dienstag nicht. ich komm seit ostern
morgens kaum aus dem bett, die neuen tabletten machen mich total platt und ich
kann nicht allein nach dortmund fahren. meine frau muss arbeiten.

kann man den verschieben oder kann die ärztin hierher kommen? frau roth weiß
bescheid.

f. ostermeier

Von meinem iPhone gesendet
""", cte='8bit')


@mail('NORMAL', 'en', 'newsletter',
      'trap: care-sector newsletter on dementia care costs and nursing-home fees, no person')
def m112():
    m = new('CareMarket Weekly <weekly@caremarket-news.example>', 'mehmet.aydin@hellwarth.example',
            'CareMarket Weekly: dementia care costs up 9 % - what it means for LTC insurers',
            'Fri, 11 Sep 2026 06:00:00 +0200',
            '<cmw-2026-37-a1@caremarket-news.example>',
            extra=[('List-Unsubscribe', '<https://caremarket-news.example/u/mAyd>'),
                   ('Precedence', 'bulk')])
    plain = """CAREMARKET WEEKLY - 11 September 2026

Dementia care costs up 9 %
The average own contribution for a nursing-home place in Germany rose to
EUR 3,180 per month in the first year of residence. Residents with advanced
dementia (care level 4-5) pay the most, because of specialised units.

Home care: shortage of nurses drives prices
Outpatient care services raised their hourly rates by 6-11 %. 24-hour live-in
care from Eastern European agencies now costs EUR 3,000-3,800 per month.

What it means for private long-term care insurers
Daily-allowance products lose real value quickly; several insurers are adding
inflation options and lump sums for home adaptations (stairlifts, walk-in
showers).

Unsubscribe: https://caremarket-news.example/u/mAyd
"""
    html = """<html><body>
<h2>CareMarket Weekly &ndash; 11 September 2026</h2>
<h3>Dementia care costs up 9&nbsp;%</h3>
<p>The average own contribution for a nursing-home place rose to EUR 3,180 per month. Residents with advanced dementia (care level 4&ndash;5) pay the most.</p>
<h3>Home care: shortage of nurses drives prices</h3>
<p>Outpatient services raised hourly rates by 6&ndash;11&nbsp;%. Live-in care now costs EUR 3,000&ndash;3,800 per month.</p>
<h3>What it means for private LTC insurers</h3>
<p>Daily-allowance products lose real value quickly; inflation options and lump sums for stairlifts and walk-in showers are spreading.</p>
<p><a href="https://caremarket-news.example/u/mAyd">Unsubscribe</a></p>
</body></html>
"""
    return html_alt(m, plain, html)


@mail('CONFIDENTIAL', 'de', 'company-to-insurer',
      'care-service company reports a van accident with a named driver, fleet policy, nobody hurt, no client mentioned')
def m113():
    m = new('Doris Kampmann <d.kampmann@pflegedienst-lichtblick.example>', 'kfz-schaden@hellwarth.example',
            'Unfall Dienstwagen MS-LB 214', 'Thu, 19 Nov 2026 15:48:02 +0100',
            '<20261119154802.88340@pflegedienst-lichtblick.example>')
    return text(m, """Sehr geehrte Damen und Herren,

unsere Mitarbeiterin Frau Natalia Kowalczyk ist heute um 13:20 Uhr auf dem Weg
zurück zur Zentrale an der Kreuzung Wolbecker Straße / Hohenzollernring beim
Abbiegen mit einem Radfahrer-Anhänger zusammengestoßen. Es ist niemand verletzt
worden, der Anhänger ist verbeult, an unserem Wagen ist der Kotflügel
eingedrückt.

Fahrzeug: VW Up, MS-LB 214, Flottenvertrag KF-F-20418
Fahrerin: Natalia Kowalczyk, Führerschein seit 2015
Unfallgegner: Herr Lars Tebbe, Tel. 0176 20318854

Die Polizei war nicht vor Ort. Fotos sende ich separat.

Mit freundlichen Grüßen
Doris Kampmann
Ambulanter Pflegedienst Lichtblick GmbH
""")


@mail('STRICTLY_CONFIDENTIAL', 'mixed', 'internal',
      'German-English chat about a named teacher\'s claim: oncologist report, hormone-sensitive tumour, operation date')
def m114():
    m = new('Siobhan Gallagher <siobhan.gallagher@hellwarth.example>',
            'Jonas Peschke <jonas.peschke@hellwarth.example>',
            'Keller-Brooks - oncology report in', 'Tue, 19 May 2026 15:27:40 +0200',
            '<PR3P281MB0612B1C2D3E4F5A6@PR3P281MB0612.DEUP281.PROD.hellwarth.example>')
    return text(m, """Hi Jonas,

the oncologist report for Anna Keller-Brooks came in today. Kurz
zusammengefasst, damit du es für die Fallbesprechung hast:

- Tumor ist hormonabhängig, HER2 negativ, Chemo planmäßig beendet
- OP (brusterhaltend) am 2. Juni, danach 5 Wochen Bestrahlung
- then 5 years of antihormonal therapy; the doctor expects her back at school
  part-time from spring 2027 at the earliest

Claire says we can accept until at least March 2027. Kannst du den
Anerkenntnis-Entwurf machen? I'll do the English cover letter to the husband.

Danke!
Siobhan
""")


@mail('NORMAL', 'de', 'internal', 'summer party registration')
def m115():
    m = new('Betriebsrat Hellwarth <betriebsrat@hellwarth.example>', 'alle-ms@hellwarth.example',
            'Sommerfest 26.06. - Anmeldung bis 12.06.', 'Mon, 01 Jun 2026 09:00:00 +0200',
            '<br-2026-06-01-sf@hellwarth.example>')
    return text(m, """Liebe Kolleginnen und Kollegen,

unser Sommerfest findet am Freitag, 26.06., ab 15 Uhr im Innenhof statt.
Es gibt Grill, Salate (auch vegan), eine Kinderecke und ab 19 Uhr Live-Musik
von "Die Prämienzahler".

Bitte meldet euch bis 12.06. im Intranet an, damit wir planen können. Bei
Regen ziehen wir in die Kantine um.

Euer Betriebsrat
""")


@mail('CONFIDENTIAL', 'de', 'customer-to-insurer',
      'legal-expenses request in a tenancy dispute: named customer, landlord, policy number, no health content')
def m116():
    m = new('Jana Wübbeling <jana.wuebbeling@netzpost.example>', 'rechtsschutz@hellwarth.example',
            'Deckungsanfrage Mietrecht - RS-4410872', 'Wed, 14 Oct 2026 18:22:09 +0200',
            '<1760458929.22871.jana.wuebbeling@netzpost.example>')
    return text(m, """Sehr geehrte Damen und Herren,

mein Vermieter, die Hausverwaltung Terlinden & Söhne, verlangt für 2025 eine
Nebenkostennachzahlung von 1.488,60 EUR. Aus meiner Sicht sind die Hausmeister-
und Gartenpflegekosten doppelt abgerechnet. Ich möchte mich dazu anwaltlich
beraten lassen und ggf. widersprechen.

Rechtsschutzversicherung RS-4410872 (Privat, Beruf, Wohnen)
Mietwohnung: Scharnhorststraße 41, 48151 Münster, Mieterin seit 2018

Können Sie mir bestätigen, dass die Kosten übernommen werden? Anwalt wäre
Herr RA Engberding.

Mit freundlichen Grüßen
Jana Wübbeling
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-authority',
      'insurer answers the job centre: a named woman\'s BU pension amount, start date and payee account')
def m117():
    m = new('Jonas Peschke <jonas.peschke@hellwarth.example>',
            'Jobcenter Münster - Team 612 <jobcenter-muenster.team612@jobcenter-ge.example>',
            'AW: Auskunftsersuchen nach § 60 SGB II - BG-Nr. 36102//0048817',
            'Mon, 04 May 2026 11:49:18 +0200',
            '<9c0d1e2f3a4b4c5d6e7f8a9c@EXMB01.hellwarth.example>',
            extra=[('In-Reply-To', '<JC612-20260422-134027-0931@jobcenter-ge.example>')])
    return text(m, """Sehr geehrte Frau Hemsing,

zu Ihrem Auskunftsersuchen vom 22.04.2026 betreffend Frau Daniela Pohlmann,
geb. 30.11.1982:

1. Wir zahlen aus dem Vertrag LV 1190584 seit 01.09.2025 eine monatliche Rente
   von 1.120,00 EUR. Die Rente unterliegt als Leibrente nur mit dem
   Ertragsanteil der Einkommensteuer; Abzüge nehmen wir nicht vor.
2. Die Leistung ist zunächst bis 31.08.2027 befristet anerkannt; derzeit läuft
   eine Nachprüfung.
3. Die Zahlung erfolgt auf das Konto der Versicherten, IBAN
   DE59 2505 0180 7786 7926 70.

Mit freundlichen Grüßen
Jonas Peschke
Leistungsprüfung BU, Hellwarth Lebensversicherung AG
""")


@mail('NORMAL', 'de', 'insurer-to-prospect',
      'trap: generic data-protection notice on how health data are processed in claims, sent to a prospect, no contract')
def m118():
    m = new('Datenschutz Hellwarth <datenschutz@hellwarth.example>',
            'Carsten Beulmann <c.beulmann@webmail-nord.example>',
            'AW: Was passiert mit meinen Gesundheitsdaten?', 'Tue, 16 Jun 2026 09:33:27 +0200',
            '<dsb-2026-071@hellwarth.example>',
            extra=[('In-Reply-To', '<4a5b6c7d-8e9f-4a0b-1c2d-3e4f5a6b7c8d@webmail-nord.example>')])
    return text(m, """Sehr geehrter Herr Beulmann,

vielen Dank für Ihre Frage vor einem möglichen Vertragsabschluss. Ganz
allgemein gilt bei uns:

- Gesundheitsdaten (z. B. Angaben in Gesundheitsfragen, Arztberichte,
  Gutachten) sind besondere Kategorien personenbezogener Daten nach Art. 9
  DSGVO. Wir verarbeiten sie nur mit Ihrer Einwilligung bzw.
  Schweigepflichtentbindung.
- Zugriff haben nur die Risikoprüfung, die Leistungsprüfung und unsere
  Gesellschaftsärzte; Rückversicherer erhalten Daten nur, wenn es für die
  Prüfung nötig ist, möglichst pseudonymisiert.
- Nach Vertragsende löschen wir Gesundheitsdaten, sobald gesetzliche
  Aufbewahrungsfristen abgelaufen sind.

Unser Merkblatt zur Datenverarbeitung finden Sie unter
hellwarth.example/datenschutz. Angaben zu Ihrer Person haben wir bisher keine.

Mit freundlichen Grüßen
Lena Brockhoff
Datenschutzbeauftragte
""")


@mail('CONFIDENTIAL', 'en', 'authority-to-insurer',
      'UK speed-camera notice for a named employee driving a pool car: fine, no criminal matter')
def m119():
    m = new('Notices <notices@northyorks-safetycamera.example>', 'fuhrpark@hellwarth.example',
            'Notice of Intended Prosecution - vehicle MS-HW 3301 - named driver response received',
            'Thu, 08 Oct 2026 10:05:47 +0100',
            '<NIP-2026-118842-ack@northyorks-safetycamera.example>')
    return text(m, """Dear Sir/Madam,

Thank you for your response to the Notice of Intended Prosecution for vehicle
MS-HW 3301 (hire vehicle registered to Hellwarth Lebensversicherung AG).

You have named the driver as:
  Ms Claire Whitfield, date of birth 09/11/1981,
  c/o Lindenallee 12, 48143 Münster, Germany

Offence: 38 mph in a 30 mph limit, A171 Whitby, 14 September 2026, 16:22.

A conditional offer of a fixed penalty (GBP 100) will be sent to the named
driver. No further action is required from the vehicle keeper.

North Yorkshire Safety Camera Partnership
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'customer-to-insurer',
      'body says only "hier die Unterlagen"; the ZIP holds a named woman\'s outpatient-clinic letter (PDF) and her list of doctors')
def m120():
    m = new('Sandra Wolters <sandra.wolters@posthaus.example>', 'leistung-bu@hellwarth.example',
            'Unterlagen', 'Sun, 31 May 2026 17:03:58 +0200',
            '<c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f@posthaus.example>')
    text(m, """Hallo Frau Oberländer,

hier die Unterlagen, die Sie haben wollten.

Gruß S. Wolters
""")
    letter = pdf(['# Universitätsklinikum - Post-COVID-Ambulanz',
                  'Patientin: Sandra Wolters, geb. 22.02.1981',
                  'Vorstellung am 12.05.2026', '',
                  'Diagnosen: Post-COVID-Syndrom (U09.9) mit Belastungsintoleranz / ME/CFS (G93.3), '
                  'orthostatische Intoleranz (POTS), Konzentrationsstörungen.',
                  'Bell-Score 30. Nach Belastung über 30 Minuten Zustandsverschlechterung über 2-3 Tage.',
                  'Empfehlung: Pacing, Kompressionsstrümpfe, Ivabradin 2,5 mg 1-0-1. '
                  'Eine Tätigkeit als Erzieherin in Vollzeit ist derzeit nicht möglich.', '',
                  'Dr. med. Leonie Wiegand, Oberärztin'], title='Arztbrief', author='UKM Ambulanz')
    doctors = """Meine Ärzte (Stand Mai 2026)
Hausärztin: Dr. Birgit Hölscher, Roxeler Str. 5, Münster (seit 2010)
Post-COVID-Ambulanz Uniklinik, Dr. Wiegand (seit 11/2024)
Kardiologie: Dr. Frerichs, Ludgeriplatz 3 (Kipptisch-Untersuchung 2025)
Psychosomatik: keine
Reha: Klinik Bergfrieden, 09/2025, abgebrochen nach 10 Tagen wegen Verschlechterung
"""
    attach(m, make_zip([('Arztbrief_Ambulanz_Mai.pdf', letter), ('meine_Aerzte.txt', doctors)]),
           'application/zip', 'Unterlagen_Wolters.zip')
    return m


@mail('NORMAL', 'de', 'insurer-to-supplier',
      'trap: purchase order for defibrillator pads and first-aid kits for the building, no person')
def m121():
    m = new('Arbeitssicherheit Hellwarth <arbeitssicherheit@hellwarth.example>',
            'bestellung@medisan-handel.example',
            'Bestellung AED-Elektroden und Verbandkästen', 'Mon, 12 Oct 2026 10:41:16 +0200',
            '<as-2026-1012-03@hellwarth.example>')
    return text(m, """Sehr geehrte Damen und Herren,

für unsere Gebäude Lindenallee 12 und 14 bestellen wir:

 6 x Elektroden-Pads Erwachsene für AED Typ CardioLife 300 (Ablauf 10/2026)
 2 x Elektroden-Pads Kinder für denselben Typ
12 x Betriebsverbandkasten DIN 13157
 4 x Augenspülflasche 500 ml
 2 x Notfall-Beatmungsmaske

Lieferung an: Hellwarth Lebensversicherung AG, Warenannahme, Lindenallee 12,
48143 München - Entschuldigung: 48143 Münster.

Mit freundlichen Grüßen
Ulrich Besten
Fachkraft für Arbeitssicherheit
""")


@mail('CONFIDENTIAL', 'de', 'internal',
      'overtime payout for named care-team members with hours and gross amounts')
def m122():
    m = new('Mehmet Aydın <mehmet.aydin@hellwarth.example>', 'payroll@hellwarth.example',
            'Auszahlung Überstunden Q3 Team Pflege', 'Fri, 02 Oct 2026 14:26:51 +0200',
            '<0d1e2f3a4b5c4d6e7f8a9b0d@EXMB01.hellwarth.example>',
            cc='Paul Nieberding <paul.nieberding@hellwarth.example>')
    return text(m, """Hallo,

mit Freigabe von Herrn Nieberding bitte mit der Oktober-Abrechnung auszahlen:

Personalnr.  Name                 Stunden  Betrag brutto
11023        Mehmet Aydın          22,5    1.016,55 EUR
11187        Larissa Börger        31,0    1.198,46 EUR
11240        Hakan Yıldız          18,0      661,32 EUR
11305        Petra Schulze-Wierling 12,5     538,75 EUR

Die restlichen Stunden werden abgefeiert.

Danke
Mehmet
""")


@mail('NORMAL', 'en', 'internal', 'collaboration-tool outage resolved, no data')
def m123():
    m = new('IT Service Desk <servicedesk@hellwarth.example>', 'all-staff-ms@hellwarth.example',
            'Teams outage resolved', 'Wed, 04 Nov 2026 11:12:30 +0100',
            '<sd-2026-1104-teams@hellwarth.example>')
    return text(m, """Dear colleagues,

the outage of Microsoft Teams chat and meetings this morning (08:40-10:55) has
been resolved. The cause was a certificate that had expired on the conference
gateway; it has been renewed and monitoring extended.

Please restart Teams if you still see "We couldn't connect".

IT Service Desk - ext. 4444
""", cte='7bit')


@mail('NORMAL', 'de', 'insurer-to-broker', 'invitation to the broker day, generic programme')
def m124():
    m = new('Hellwarth Vermittlerservice <vermittler-info@hellwarth.example>',
            'vermittler-verteiler@hellwarth.example',
            'Einladung Maklertag Münster 2026', 'Thu, 03 Sep 2026 08:00:00 +0200',
            '<vm-maklertag-2026@mailing.hellwarth.example>',
            extra=[('Precedence', 'bulk')])
    return text(m, """Sehr geehrte Damen und Herren,

wir laden Sie herzlich zum Hellwarth Maklertag am Donnerstag, 22. Oktober
2026, 10-16 Uhr, in die Halle Münsterland ein.

Programm:
- Keynote: "Beratung in Zeiten von KI" (Prof. Dr. Annette Lücke)
- Workshops: Einkommensabsicherung für Selbständige, Fondspolice 2027,
  Digitale Antragsstrecke
- Get-together mit Westfälischem Buffet

Die Teilnahme wird mit 5 Stunden IDD-Weiterbildung bescheinigt. Anmeldung im
Vermittlerportal bis 09.10.

Ihr Hellwarth Vermittlerservice
""")


@mail('CONFIDENTIAL', 'de', 'insurer-to-applicant',
      'job offer to a named applicant with annual salary and start date')
def m125():
    m = new('Anke Roloff <anke.roloff@hellwarth.example>',
            'Lukas Brandhorst <lukas.brandhorst@mailbox-online.example>',
            'Ihre Bewerbung - unser Angebot', 'Tue, 07 Apr 2026 16:02:37 +0200',
            '<hr-4488-20260407@hellwarth.example>',
            extra=[('In-Reply-To', '<3c2b1a09-f8e7-4d6c-b5a4-938271605f4e@mailbox-online.example>')])
    return text(m, """Sehr geehrter Herr Brandhorst,

vielen Dank für die guten Gespräche. Wir freuen uns, Ihnen die Stelle als
Leistungsprüfer BU ab 01.06.2026 anbieten zu können:

- unbefristet, 38 Stunden/Woche, Tarifgruppe V
- Jahresgehalt 50.500 EUR brutto (13 Gehälter) zzgl. variabler Vergütung bis
  zu 8 %
- 30 Tage Urlaub, Jobticket, mobiles Arbeiten bis zu 3 Tage/Woche

Bitte geben Sie uns bis zum 17.04. Bescheid. Den Vertrag schicken wir Ihnen
nach Ihrer Zusage per Post.

Mit freundlichen Grüßen
Anke Roloff
Personal, Hellwarth Lebensversicherung AG
""")


# ===========================================================================
# 0126 - 0150
# ===========================================================================

@mail('CONFIDENTIAL', 'de', 'customer-to-insurer',
      'electronics insurance: named customer\'s smartphone display broken, IMEI and policy number, no injury')
def m126():
    m = new('Kevin Gröne <kevin.groene@kabelmail.example>', 'leistung-bu@hellwarth.example',
            'handy kaputt', 'Sat, 09 May 2026 14:18:44 +0200',
            '<A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D@kabelmail.example>',
            extra=[('X-Mailer', 'iPhone Mail (21F90)')])
    return text(m, """hi, mir ist das handy runtergefallen, display komplett gesplittert. hab bei
euch die elektronikversicherung EL-2207745. iPhone 15, IMEI 356789104422871.
wo schick ich das hin? oder kann ich in den laden am prinzipalmarkt?

kevin gröne, sonnenstraße 62, 48143 münster
""", cte='8bit')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'reintegration offer to a named claimant: retraining because he may no longer lift heavy loads after rehab')
def m127():
    m = new('Birte Hollenkamp <birte.hollenkamp@hellwarth.example>',
            'Yusuf Demir <yusuf.demir@netzpost.example>',
            'Ihre berufliche Zukunft - unser Angebot', 'Tue, 14 Apr 2026 13:31:05 +0200',
            '<1f2a3b4c5d6e4f7a8b9c0d1f@EXMB02.hellwarth.example>')
    return text(m, """Sehr geehrter Herr Demir,

nach dem Bericht der Rehaklinik dürfen Sie dauerhaft nicht mehr schwer heben
und tragen. In Ihrem bisherigen Beruf als Lagerist ist das kaum möglich - das
sehen wir genauso wie Sie.

Unabhängig von unserer Entscheidung über die BU-Rente möchten wir Ihnen eine
Umschulung zur Fachkraft für Lagerlogistik mit Schwerpunkt Disposition
anbieten (überwiegend Bürotätigkeit, 18 Monate, Bildungszentrum Greven). Ihr
Arbeitgeber hat signalisiert, dass er Sie danach in der Warenannahme
einsetzen würde. Die Kosten und einen Zuschuss zum Lebensunterhalt würden wir
übernehmen.

Ich rufe Sie nächste Woche an, um in Ruhe darüber zu sprechen. Die Entscheidung
liegt ganz bei Ihnen.

Mit freundlichen Grüßen
Birte Hollenkamp
Reha- und Wiedereingliederungsmanagement
Telefon 0251 4811-2290
""")


@mail('NORMAL', 'de', 'internal',
      'trap: workplace-health report with sick-leave rates per department, aggregate only')
def m128():
    m = new('Betriebliches Gesundheitsmanagement <bgm@hellwarth.example>',
            'Führungskräfte <fuehrungskraefte@hellwarth.example>',
            'Gesundheitsbericht 2025 - Krankenquoten je Bereich', 'Thu, 26 Feb 2026 10:15:00 +0100',
            '<bgm-2026-02-gb@hellwarth.example>')
    text(m, """Liebe Führungskräfte,

anbei der Gesundheitsbericht 2025. Die Zahlen stammen aus der Zeiterfassung
und den Daten der Krankenkassen (AOK, TK, BARMER), nur für Bereiche mit mehr
als 20 Beschäftigten.

Krankenquote gesamt 5,9 % (Vorjahr 6,2 %). Häufigste Ursachen laut Kassen:
Atemwegserkrankungen, Muskel-Skelett-Erkrankungen, psychische Erkrankungen.
Die Arbeitsunfähigkeitstage wegen psychischer Erkrankungen sind um 11 %
gestiegen.

Angebote 2026: Rückenfit, Resilienztraining, Sprechstunde Betriebsärztin.

Ihr BGM-Team
""")
    attach(m, xlsx([('Krankenquote 2025', [
        ('Bereich', 'Beschäftigte', 'Krankenquote', 'Anteil Langzeit >6 Wo.'),
        ('Leistung Leben (BU, Pflege, Tod)', 64, 0.069, 0.31),
        ('Vertrag und Kundenservice', 118, 0.071, 0.28),
        ('Vertrieb Innendienst', 52, 0.048, 0.19),
        ('IT', 89, 0.041, 0.22),
        ('Aktuariat und Controlling', 33, 0.032, 0.15),
        ('Stab und Verwaltung', 41, 0.055, 0.24),
    ])], author='BGM'),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Gesundheitsbericht_2025.xlsx')
    return m


@mail('CONFIDENTIAL', 'en', 'customer-to-insurer',
      'customer sends his Dutch IBAN for the bicycle theft payout, claim number, no health content')
def m129():
    m = new('Pieter van Loon <pvanloon@netzpost.example>',
            'Hellwarth Schadenservice Sach <schaden-sach@hellwarth.example>',
            'Re: Ihr Fahrraddiebstahl HS-2026-07712', 'Thu, 21 May 2026 08:17:33 +0200',
            '<b1c2d3e4-f5a6-4789-8abc-def012345678@netzpost.example>',
            extra=[('In-Reply-To', '<ss-20260519-101422-4410@hellwarth.example>')])
    return text(m, """Hello,

thank you for the quick answer. Please pay the EUR 2,640 to my Dutch account,
I still have it from before we moved:

P. J. van Loon, Rabobank, IBAN NL94 RABO 0318 4666 29

Claim HS-2026-07712. The original receipt is in the post.

Kind regards
Pieter van Loon
""")


@mail('NORMAL', 'de', 'internal', 'car park closed for construction work')
def m130():
    m = new('Haustechnik <haustechnik@hellwarth.example>', 'alle-ms@hellwarth.example',
            'Tiefgarage Ebene -2 gesperrt 15.-19.06.', 'Wed, 10 Jun 2026 14:40:19 +0200',
            '<ht-2026-0610-1@hellwarth.example>')
    return text(m, """Liebe Kolleginnen und Kollegen,

wegen Beschichtungsarbeiten ist die Ebene -2 der Tiefgarage vom 15. bis
19.06. gesperrt. Bitte nutzt in dieser Zeit den Parkplatz P3 an der
Lindenallee (Zufahrt mit dem Mitarbeiterausweis). Die Ladesäulen auf
Ebene -1 bleiben in Betrieb.

Danke für euer Verständnis
Haustechnik
""")


@mail('STRICTLY_CONFIDENTIAL', 'en', 'hospital-to-insurer',
      'harmless body; PDF discharge summary of a named UK patient: MS relapse, steroids, new medication')
def m131():
    m = new('Medical Records <medical.records@leeds-teachinghospitals.example>',
            'claire.whitfield@hellwarth.example',
            'Your request ref. BU-L 2026/0061', 'Thu, 02 Apr 2026 14:51:09 +0100',
            '<LTH-MR-20260402-145109-2291@leeds-teachinghospitals.example>')
    text(m, """Dear Ms Whitfield,

Please find attached the document you requested, released with the patient's
signed consent.

Kind regards
Medical Records Department
Leeds General Infirmary
""")
    attach(m, pdf(['# Leeds General Infirmary - Discharge Summary',
                   'Patient: Fiona Blackwood   DOB: 1984-11-30   NHS no.: 485 777 3456',
                   'Admitted: 09/02/2026   Discharged: 16/02/2026   Ward: Neurology 28', '',
                   'Diagnosis: Relapse of relapsing-remitting multiple sclerosis (G35) - left optic '
                   'neuritis and right-sided weakness.',
                   'Treatment: IV methylprednisolone 1 g daily for 3 days. MRI brain: two new '
                   'enhancing lesions. Disease-modifying therapy switched from dimethyl fumarate '
                   'to ocrelizumab (first infusion planned March 2026).',
                   'On discharge: walking with a stick, EDSS 4.0. Fatigue severe.',
                   'Follow-up: MS clinic in 6 weeks; occupational therapy referral.', '',
                   'Dr. Priya Raman, Consultant Neurologist'],
                  title='Discharge Summary', author='LGI Medical Records'),
           'application/pdf', 'discharge_summary.pdf')
    return m


@mail('NORMAL', 'en', 'supplier-to-insurer',
      'trap: translation agency quote for a family guide on dementia and care levels, no person')
def m132():
    m = new('LinguaRhein Projects <projekte@linguarhein.example>',
            'Claire Whitfield <claire.whitfield@hellwarth.example>',
            'Quote Q-2026-0311: "Living with dementia" guide EN/TR/PL', 'Mon, 13 Jul 2026 12:05:51 +0200',
            '<lr-q-2026-0311@linguarhein.example>')
    return text(m, """Dear Claire,

thank you for your enquiry. For the family guide "Leben mit Demenz - was
Angehörige wissen müssen" (24 pages, approx. 7,800 words) we quote:

  English   EUR 1,170.00
  Turkish   EUR 1,248.00
  Polish    EUR 1,209.00
  DTP (all three languages, InDesign)   EUR 540.00
  Total net EUR 4,167.00

The text covers care levels 1-5, the MD assessment, respite care, day care,
legal guardianship and the benefits of your long-term care products. Our
medical translators will use your glossary. Delivery: 12 working days.

Best regards
Maren Petersen
Project Management, LinguaRhein Übersetzungen GmbH
""")


@mail('CONFIDENTIAL', 'de', 'internal',
      'harmless body; DOCX draft reference letter for a leaving employee with her birth date and salary group')
def m133():
    m = new('Anke Roloff <anke.roloff@hellwarth.example>',
            'Paul Nieberding <paul.nieberding@hellwarth.example>',
            'Zeugnisentwurf zur Abstimmung', 'Wed, 28 Oct 2026 15:18:24 +0100',
            '<hr-4601-20261028@hellwarth.example>')
    text(m, """Hallo Paul,

anbei der Entwurf, bitte bis Freitag Rückmeldung.

Viele Grüße
Anke
""")
    attach(m, docx(['# Arbeitszeugnis',
                    'Frau Tanja Wrede, geboren am 15.10.1988 in Bielefeld, war vom 01.04.2014 bis zum '
                    '31.12.2026 in unserem Unternehmen beschäftigt, zuletzt als Risikoprüferin Leben '
                    '(Tarifgruppe VIII).',
                    'Frau Wrede prüfte Anträge auf Lebens-, Berufsunfähigkeits- und Pflegeversicherungen '
                    'und entschied eigenständig bis zu einer versicherten BU-Rente von 3.000 EUR monatlich.',
                    'Sie erledigte die ihr übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit.',
                    'Frau Wrede verlässt unser Unternehmen auf eigenen Wunsch. Wir bedauern dies sehr und '
                    'wünschen ihr für die Zukunft alles Gute.',
                    'Münster, 31.12.2026'], author='A. Roloff'),
           'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
           'Zeugnis_Wrede_Entwurf.docx')
    return m


@mail('NORMAL', 'de', 'internal', 'holiday planning request for the next year')
def m134():
    m = new('Katrin Oberländer <katrin.oberlaender@hellwarth.example>',
            'team-leistung-bu@hellwarth.example',
            'Urlaubsplanung 2027', 'Mon, 16 Nov 2026 09:27:50 +0100',
            '<2a3b4c5d6e7f4a8b9c0d1e2a@EXMB02.hellwarth.example>')
    return text(m, """Hallo zusammen,

bitte tragt eure Urlaubswünsche für 2027 bis 11.12. in die Teamliste auf
SharePoint ein. Wie immer: In den Sommerferien NRW (19.07.-31.08.) sollten
nicht mehr als drei von uns gleichzeitig weg sein, und zwischen den Jahren
brauchen wir eine Mindestbesetzung von vier.

Danke!
Katrin
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'harmless body; DOCX case-conference minutes on a named claimant\'s alcohol dependence, detox and relapse risk')
def m135():
    m = new('Birte Hollenkamp <birte.hollenkamp@hellwarth.example>',
            'Katrin Oberländer <katrin.oberlaender@hellwarth.example>',
            'Protokoll Fallkonferenz 14.07.', 'Wed, 15 Jul 2026 08:44:02 +0200',
            '<3b4c5d6e7f8a4b9c0d1e2f3b@EXMB02.hellwarth.example>',
            cc='Dr. Ulrike Sandvoß <ulrike.sandvoss@hellwarth.example>')
    text(m, """Hallo Katrin,

anbei das Protokoll von gestern. Ulrike, bitte Punkt 3 prüfen.

Birte
""")
    attach(m, docx(['# Fallkonferenz BU-L 2025/1041 - 14.07.2026',
                    'Teilnehmende: K. Oberländer, Dr. U. Sandvoß, B. Hollenkamp, J. Peschke',
                    '1. Sachstand: Herr Uwe Schnieder, geb. 29.12.1963, Elektromeister, Alkoholabhängigkeit '
                    '(F10.2), qualifizierter Entzug 03/2026, Entwöhnungsbehandlung Fachklinik Haus Ems '
                    '04-06/2026 regulär beendet. Seitdem abstinent laut Selbsthilfegruppe und Hausarzt '
                    '(CDT-Werte unauffällig).',
                    '2. Berufliche Situation: Betrieb ruht seit 10/2025. Elektroarbeiten unter Spannung und auf '
                    'Leitern derzeit wegen Polyneuropathie der Beine (G62.1) nicht möglich.',
                    '3. Medizinische Bewertung: Rückfallrisiko im ersten Jahr hoch; Polyneuropathie '
                    'teilweise rückbildungsfähig. Empfehlung Dr. Sandvoß: befristetes Anerkenntnis 12 Monate.',
                    '4. Reha-Management: Angebot Unterstützung bei Betriebsübergabe an den Gesellen prüfen.',
                    '5. Nächste Schritte: Entwurf Anerkenntnis (JP) bis 24.07.; Nachprüfung 07/2027.'],
                   author='B. Hollenkamp'),
           'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
           'Fallkonferenz_2026-07-14.docx')
    return m


@mail('NORMAL', 'de', 'internal',
      'trap: DPIA minutes on automated reading of medical documents: categories of health data, no person')
def m136():
    m = new('Lena Brockhoff <datenschutz@hellwarth.example>',
            'Fabian Kühr <fabian.kuehr@hellwarth.example>',
            'DSFA "Automatische Auswertung medizinischer Unterlagen" - Protokoll Workshop 1',
            'Fri, 29 May 2026 12:52:14 +0200',
            '<dsb-2026-064@hellwarth.example>',
            cc='Katrin Oberländer <katrin.oberlaender@hellwarth.example>')
    return text(m, """Hallo Fabian,

hier meine Notizen aus dem ersten DSFA-Workshop:

Verarbeitung: OCR und Textextraktion aus Arztberichten, Entlassberichten,
Gutachten und Pflegedokumentationen im Leistungsfall BU und Pflege.
Datenkategorien: Diagnosen (ICD-10), Medikation, Klinikaufenthalte, AU-Zeiten,
psychotherapeutische Behandlungen, Suchterkrankungen, genetische Befunde
(selten, z. B. Chorea Huntington in der Familie).
Betroffene: Versicherte, Angehörige (Pflege), Ärztinnen und Ärzte.

Risiken: Fehlextraktion führt zu falscher Entscheidung; Übermaß an
Daten (alles wird extrahiert, nicht nur das Nötige); Zugriff des Anbieters.
Maßnahmen (Entwurf): Extraktion nur der Felder aus dem Prüfschema, Mensch
entscheidet immer, Verarbeitung in der EU, Löschung der Rohdaten nach 30 Tagen.

Nächster Workshop mit dem Betriebsrat am 12.06.

Lena
""")


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'no-claims transfer confirmed to a named daughter: her birth date, plate, new premium')
def m137():
    m = new('Hellwarth Kfz-Service <kfz-service@hellwarth.example>',
            'Julia Overbeck <julia.overbeck@netzpost.example>',
            'Ihr Kfz-Vertrag KF-3019952 - Übertragung SF-Klasse', 'Wed, 17 Jun 2026 11:07:55 +0200',
            '<kfz-20260617-110755-7713@hellwarth.example>',
            cc='bernd.overbeck@netzpost.example')
    return text(m, """Sehr geehrte Frau Overbeck,

die Übertragung des Schadenfreiheitsrabatts von Herrn Bernd Overbeck auf Sie
ist abgeschlossen. Ab 01.07.2026 sind Sie Versicherungsnehmerin:

Vertrag KF-3019952, Opel Corsa, MS-BO 1107
Versicherungsnehmerin: Julia Overbeck, geb. 09.04.2001
SF-Klasse Haftpflicht: SF 6 (übertragbar waren 6 Jahre entsprechend Ihrer
Führerscheindauer), Vollkasko SF 6
Jahresbeitrag neu: 612,40 EUR (bisher 398,10 EUR)

Der Beitrag wird weiter von dem bekannten Konto abgebucht, bis Sie uns ein
eigenes Mandat geben.

Mit freundlichen Grüßen
Ihr Kfz-Service
Hellwarth Allgemeine Versicherung AG
""")


@mail('NORMAL', 'en', 'newsletter', 'event newsletter for an insurtech conference, no sensitive content')
def m138():
    m = new('InsurTech Day <hello@insurtechday.example>', 'fabian.kuehr@hellwarth.example',
            'Save the date: InsurTech Day Cologne, 21 April 2027', 'Tue, 24 Nov 2026 09:30:00 +0100',
            '<itd-std-2027@insurtechday.example>',
            extra=[('List-Unsubscribe', '<https://insurtechday.example/unsub>'), ('Precedence', 'bulk')])
    return text(m, """Save the date!

InsurTech Day Cologne - 21 April 2027 - Rheinhallen

Three stages, 60 start-ups, 1,200 decision makers from insurance and
technology. Early-bird tickets are available until 31 January.

Call for speakers is open until 15 December.

See you in Cologne!
The InsurTech Day team

Unsubscribe: https://insurtechday.example/unsub
""", cte='7bit')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'after the second expert opinion the insurer accepts the named client\'s BU claim: severe depression, back payment')
def m139():
    m = new('Sven Dahlmann <sven.dahlmann@hellwarth.example>', 'RAin Sabine Roth <roth@roth-partner.example>',
            'BU-L 2025/0874 Ostermeier - Ergebnis Zweitgutachten', 'Mon, 10 Aug 2026 10:33:41 +0200',
            '<4c5d6e7f8a9b4c0d1e2f3a4c@EXMB03.hellwarth.example>')
    return text(m, """Sehr geehrte Frau Rechtsanwältin Roth,

das Gutachten von Frau Dr. Rüther liegt vor. Sie stellt eine schwere
depressive Episode im Rahmen einer rezidivierenden Störung fest, mit deutlicher
Antriebsstörung und Einschränkung der Konzentration, und hält Ihren
Mandanten seit November 2025 für zu mindestens 70 % außerstande, als
Vertriebsleiter zu arbeiten. Eine Besserung erwartet sie frühestens nach
einem weiteren stationären Aufenthalt.

Wir erkennen unsere Leistungspflicht daher ab 01.11.2025 an. Die Nachzahlung
von 9 Monatsrenten à 2.200 EUR (19.800 EUR) sowie die Erstattung der
Beiträge seit November überweisen wir auf das uns bekannte Konto Ihres
Mandanten. Ihre Gebührenrechnung nach RVG übernehmen wir.

Mit freundlichen Grüßen
Sven Dahlmann
""")


@mail('NORMAL', 'de', 'internal',
      'trap: data-protection quiz about sending medical reports and diagnoses by e-mail, no person')
def m140():
    m = new('Lena Brockhoff <datenschutz@hellwarth.example>', 'alle-leistung@hellwarth.example',
            'Datenschutz-Quiz im September: 5 Fragen, 5 Minuten', 'Tue, 01 Sep 2026 08:05:00 +0200',
            '<dsb-2026-088@hellwarth.example>')
    return text(m, """Liebe Kolleginnen und Kollegen,

testet euch selbst! Auflösung nächste Woche im Intranet.

1. Ein Makler bittet per Mail um den Arztbericht seines Kunden. Darf ich ihn
   als PDF-Anhang schicken? (a) ja (b) nur verschlüsselt und nur mit
   Einwilligung des Kunden (c) nie
2. Eine Tochter ruft an und fragt nach dem Pflegegrad ihres Vaters. Was prüfe
   ich zuerst?
3. Darf die Diagnose (z. B. "F32.1") im Betreff einer internen Mail stehen?
4. Wie lange bewahren wir Gutachten nach Ende eines Leistungsfalls auf?
5. Ein Gutachter schickt ein Gutachten an die falsche Adresse. Was ist zu tun
   und bis wann?

Unter allen richtigen Antworten verlosen wir drei Kinogutscheine.

Lena
""")


@mail('CONFIDENTIAL', 'en', 'internal',
      'salary confirmation for a named new hire\'s flat application: gross salary and start date')
def m141():
    m = new('Anke Roloff <anke.roloff@hellwarth.example>',
            'Arjun Mehta <arjun.mehta@hellwarth.example>',
            'Salary confirmation for your landlord', 'Fri, 11 Sep 2026 13:47:10 +0200',
            '<hr-4577-20260911@hellwarth.example>')
    text(m, """Hi Arjun,

as requested, attached is the salary confirmation for the landlord
(Wohnungsbau Aasee eG). It states your gross salary and that your contract is
permanent and not in probation for termination purposes beyond 6 months.

Good luck with the flat!
Anke
""")
    attach(m, pdf(['# Gehaltsbescheinigung / Salary confirmation',
                   'Hellwarth Lebensversicherung AG, Personal, Lindenallee 12, 48143 Münster', '',
                   'Herr Arjun Mehta, geb. 04.07.1991, ist seit dem 01.09.2026 unbefristet bei uns als '
                   'Business Analyst Claims IT beschäftigt.',
                   'Monatliches Bruttogehalt: 5.100,00 EUR (Jahresbrutto 61.200,00 EUR).',
                   'Das Arbeitsverhältnis ist ungekündigt.', '',
                   'Münster, 11.09.2026', 'i. A. Anke Roloff, HR Business Partner'],
                  title='Gehaltsbescheinigung', author='HR'),
           'application/pdf', 'Gehaltsbescheinigung_Mehta.pdf')
    return m


@mail('NORMAL', 'de', 'system-to-insurer', 'multifunction printer notification: print job ready')
def m142():
    m = new('MFP-3OG-C <mfp-3og-c@hellwarth.example>', 'jonas.peschke@hellwarth.example',
            'Druckauftrag bereit', 'Thu, 26 Nov 2026 10:14:03 +0100',
            '<mfp3ogc-20261126-101403-551@hellwarth.example>',
            extra=[('Auto-Submitted', 'auto-generated')])
    return text(m, """Ihr Druckauftrag "Dokument1" (3 Seiten) liegt am Gerät MFP-3OG-C bereit.
Bitte melden Sie sich mit Ihrem Mitarbeiterausweis an. Nicht abgeholte
Aufträge werden nach 24 Stunden gelöscht.
""", cs='iso-8859-1', cte='quoted-printable')


@mail('STRICTLY_CONFIDENTIAL', 'mixed', 'family-to-insurer',
      'husband writes half English, half German: his wife\'s operation went well, radiotherapy, thanks for the acceptance')
def m143():
    m = new('Robert Brooks <rob.brooks@fastpost-mail.example>', 'Siobhan Gallagher <siobhan.gallagher@hellwarth.example>',
            'Anna - danke / thank you', 'Sat, 13 Jun 2026 10:56:29 +0200',
            '<CAK9r4Vx2pQ7mN1sTb8wYe3Zu6Lc0Fd5Gh9=Jm8@mail.fastpost-mail.example>')
    return text(m, """Dear Siobhan,

vielen Dank für Ihren Brief und die Zahlung - it arrived on Thursday and it
takes a big worry off our shoulders.

Anna hat die OP am 2. Juni gut überstanden, the surgeon says the margins are
clear. Die Bestrahlung beginnt am 29. Juni, five days a week at the
Uniklinik. She is tired but in good spirits, and she already talks about
going back to school.

We will send the radiotherapy report when we get it.

Herzliche Grüße, warm regards
Robert
""")


@mail('NORMAL', 'en', 'insurer-to-broker',
      'trap: English product sheet on BU cover for expats: health questions, exclusions, waiting times, no person')
def m144():
    m = new('Anja Terhorst <anja.terhorst@hellwarth.example>',
            'James Hartley <james@hartley-insurance.example>',
            'Product sheet: BU Plus for expatriates', 'Wed, 16 Sep 2026 09:22:48 +0200',
            '<5d6e7f8a9b0c4d1e2f3a4b5d@EXMB04.hellwarth.example>')
    return text(m, """Hi James,

as promised, the key points of BU Plus for clients who live in the UK but work
for German employers:

- Health questions: 3 years outpatient, 5 years inpatient, psychotherapy
  3 years; questions available in English, answers binding in English.
- Typical outcomes: back pain without treatment in the last 3 years ->
  standard; treated depression -> often exclusion or loading; diabetes type 1
  -> individual decision.
- No waiting time; benefit from the month the disability starts (6-month
  prognosis or 6 months' duration).
- Medical examinations abroad: we accept reports from UK consultants; costs
  are ours.
- Exclusions: war, intentional self-harm within 3 years, nuclear events.

Questionnaires for back, psyche and diabetes are attached in the portal.

Best
Anja
""")


@mail('CONFIDENTIAL', 'de', 'customer-to-insurer',
      'buildings insurance storm damage: named owner, address, policy number, roofer quote, nobody hurt')
def m145():
    m = new('Heinz-Werner Lütkehaus <hw.luetkehaus@mailbox-online.example>', 'leistung-bu@hellwarth.example',
            'Sturmschaden Dach', 'Fri, 20 Feb 2026 08:12:33 +0100',
            '<5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1e@mailbox-online.example>')
    return text(m, """Guten Morgen,

der Sturm in der Nacht auf Donnerstag hat bei uns etwa 20 Dachziegel
heruntergerissen, und die Regenrinne hängt lose. Es regnet in den Dachboden.
Verletzt wurde niemand.

Wohngebäudeversicherung WG-1185309
Haus: Telgter Straße 140, 48157 Münster, Eigentümer Heinz-Werner und
Gertrud Lütkehaus

Der Dachdecker Terwey kann Montag kommen und hat 2.380 EUR veranschlagt. Darf
ich den beauftragen? Fotos habe ich gemacht.

Ich hoffe, die Mail ist bei Ihnen richtig, die Adresse stand auf der
Beitragsrechnung.

Heinz-Werner Lütkehaus
""", cs='windows-1252')


@mail('NORMAL', 'en', 'internal', 'travel booking for a conference, names only')
def m146():
    m = new('Claire Whitfield <claire.whitfield@hellwarth.example>', 'reisestelle@hellwarth.example',
            'Booking: IDI conference Vienna, 8-9 October', 'Thu, 20 Aug 2026 16:20:17 +0200',
            '<PR3P281MB0447E6F7A8B9C0D2@PR3P281MB0447.DEUP281.PROD.hellwarth.example>')
    return text(m, """Hello,

please book for Siobhan Gallagher and me:

- Flights Münster/Osnabrück - Vienna, out 7 Oct evening, back 9 Oct after 17:00
- Hotel near the conference venue (Austria Center), 2 single rooms, 2 nights
- Conference fee is already paid by the department

Approval by Paul Nieberding attached. Cost centre 4711-320.

Thanks!
Claire
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'customer-to-insurer',
      'claimant forwards inline the pension fund\'s decision granting him full reduced-earning-capacity pension')
def m147():
    m = new('Hendrik Tiemann <h.tiemann@grensnet.example>', 'leistung-bu@hellwarth.example',
            'WG: Bescheid Rentenversicherung', 'Mon, 14 Sep 2026 19:08:52 +0200',
            '<3f4e5d6c-7b8a-4c9d-9e0f-1a2b3c4d5e7f@grensnet.example>')
    return text(m, """Sehr geehrte Damen und Herren,

anbei der Bescheid der Rentenversicherung zur Kenntnis, den Text habe ich aus
dem Portal kopiert. Das Original schicke ich per Post.

Mit freundlichen Grüßen
Hendrik Tiemann

---------- Weitergeleitete Nachricht ----------
Von: Deutsche Rentenversicherung Westfalen <postfach@drv-westfalen.example>
Datum: 10.09.2026
Betreff: Rentenbescheid - Versicherungsnummer 65 170271 T 013

Sehr geehrter Herr Tiemann,

auf Ihren Antrag vom 12.01.2026 bewilligen wir Ihnen Rente wegen voller
Erwerbsminderung auf Zeit für die Zeit vom 01.07.2026 bis 30.06.2029.

Die medizinischen Voraussetzungen liegen vor: Nach den Feststellungen unseres
Sozialmedizinischen Dienstes können Sie wegen Ihrer Herzerkrankung
(Kardiomyopathie mit eingeschränkter Pumpfunktion, implantierter Defibrillator)
auf dem allgemeinen Arbeitsmarkt weniger als drei Stunden täglich tätig sein.

Die monatliche Rente beträgt ab 01.07.2026 1.287,44 EUR brutto.
""")


@mail('NORMAL', 'de', 'insurer-to-customer', 'service-centre holiday opening hours, general answer')
def m148():
    m = new('Hellwarth Kundenservice <kundenservice@hellwarth.example>',
            'Ingeborg Thiemann <i.thiemann@posthaus.example>',
            'AW: Erreichbarkeit zwischen den Feiertagen', 'Mon, 21 Dec 2026 10:02:19 +0100',
            '<ks-20261221-100219-1120@hellwarth.example>')
    return text(m, """Sehr geehrte Frau Thiemann,

vielen Dank für Ihre Nachricht. Zwischen den Feiertagen ist unser
Servicecenter so erreichbar:

28.-30.12.  8-18 Uhr
31.12.      8-13 Uhr
02.01.      8-16 Uhr

Am 24.12., 25.12., 26.12. und 01.01. bleibt das Servicecenter geschlossen.
Nachrichten über das Kundenportal bearbeiten wir ab dem nächsten Werktag.

Wir wünschen Ihnen schöne Feiertage!
Ihr Hellwarth Kundenservice
""")


@mail('CONFIDENTIAL', 'mixed', 'customer-to-insurer',
      'Dutch-German customer asks about legal-expenses cover for a German speeding fine in English and German: named driver, plate, policy')
def m149():
    m = new('Maarten de Groot <maarten.degroot@grensnet.example>', 'rechtsschutz@hellwarth.example',
            'Bußgeldbescheid - legal cover RS-5502981?', 'Tue, 06 Oct 2026 21:33:07 +0200',
            '<9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5e@grensnet.example>')
    return text(m, """Hallo,

ich habe einen Bußgeldbescheid vom Kreis Borken bekommen: 31 km/h zu schnell
außerorts on the B54 near Gronau, 17 August, with my car EN-MG 450. The fine is
EUR 260, one point in Flensburg and a one-month driving ban (Fahrverbot).

I need my licence for work (I drive to Enschede every day), so I want a lawyer
to check the measurement. Is this covered by my Verkehrsrechtsschutz
RS-5502981?

Vielen Dank / thanks
Maarten de Groot
Bahnhofstraße 18, 48599 Gronau
""")


@mail('CONFIDENTIAL', 'de', 'lawyer-to-insurer',
      'lawyer takes on a named client\'s tenancy dispute: claim number, fee advance, no health content')
def m150():
    m = new('RA Till Engberding <kanzlei@ra-engberding.example>', 'rechtsschutz@hellwarth.example',
            'Mandat Wübbeling ./. Terlinden & Söhne - Ihre Schadennr. RS-S-2026-8812',
            'Thu, 22 Oct 2026 12:10:54 +0200',
            '<20261022121054.RAE-2291@ra-engberding.example>')
    return text(m, """Sehr geehrte Damen und Herren,

ich zeige an, dass mich Frau Jana Wübbeling, Scharnhorststraße 41,
48151 Münster, in der mietrechtlichen Angelegenheit gegen die Hausverwaltung
Terlinden & Söhne mandatiert hat. Für Ihre Deckungszusage vom 16.10.2026 danke
ich.

Die Nebenkostenabrechnung 2025 enthält nach meiner Prüfung Doppelpositionen
von insgesamt 612,40 EUR. Ich habe die Vermieterin zur Korrektur aufgefordert.

Ich bitte um einen Vorschuss nach § 9 RVG in Höhe von 334,75 EUR auf das
Kanzleikonto (Rechnung anbei folgt per Post).

Mit freundlichen Grüßen
Till Engberding
Rechtsanwalt
""")


# ===========================================================================
# 0151 - 0175
# ===========================================================================

@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'body says only "zur Info, Akte ist aktualisiert"; the subject names the man, his care level and the annuity percentage')
def m151():
    m = new('Mehmet Aydın <mehmet.aydin@hellwarth.example>', 'Dr. Ulrike Sandvoß <ulrike.sandvoss@hellwarth.example>',
            'Wiesmann PG 4 ab 01.05. - Pflegerente 100 %', 'Thu, 25 Jun 2026 16:48:12 +0200',
            '<6e7f8a9b0c1d4e2f3a4b5c6e@EXMB01.hellwarth.example>')
    return text(m, """Hallo Ulrike,

zur Info, Akte ist aktualisiert.

Gruß
Mehmet
""", cte='8bit')


@mail('NORMAL', 'en', 'reinsurer-to-insurer',
      'trap: reinsurer underwriting-manual update with ratings for depression, anxiety, back pain and diabetes, no person')
def m152():
    m = new('Northgate Re Underwriting <uw-manual@northgate-re.example>',
            'tanja.wrede@hellwarth.example',
            'NUM 2026.2 - updated mental health and musculoskeletal ratings',
            'Tue, 07 Jul 2026 09:15:00 +0100',
            '<num-2026-2-release@northgate-re.example>')
    return text(m, """Dear client,

version 2026.2 of the Northgate Underwriting Manual (NUM) is now live in the
portal. Main changes for disability income:

Depression, single episode, fully recovered > 2 years, no medication:
  standard (previously +50 % or exclusion)
Depression, recurrent, treated in the last 2 years: decline or mental health
  exclusion
Generalised anxiety disorder, mild, psychotherapy only: +50 % or exclusion
Non-specific low back pain, no time off work in 3 years: standard
Lumbar disc surgery, symptom-free > 1 year: exclusion for the spine, review
  after 5 years
Type 2 diabetes, HbA1c < 7.0 %, no complications: +25 % to +75 %

Training sessions: 14 and 21 July, 10:00 BST. Please cascade to your
underwriting team.

Northgate Re - Life & Health Underwriting
""")


@mail('CONFIDENTIAL', 'de', 'internal',
      'body only asks for an account; the subject carries the named new hire\'s birth date and staff number')
def m153():
    m = new('Anke Roloff <anke.roloff@hellwarth.example>', 'IT Service Desk <servicedesk@hellwarth.example>',
            'Zugang anlegen: Lukas Brandhorst, geb. 17.07.1997, PNr 11420, Start 01.06.',
            'Wed, 20 May 2026 09:04:48 +0200',
            '<hr-4521-20260520@hellwarth.example>')
    return text(m, """Hallo Service Desk,

bitte bis 01.06. anlegen, Rolle "Leistungsprüfung BU Standard" wie bei
Miriam Esch. Danke!

Anke
""")


@mail('NORMAL', 'de', 'internal', 'Christmas party planning')
def m154():
    m = new('Miriam Esch <miriam.esch@hellwarth.example>', 'team-leistung-bu@hellwarth.example',
            'Weihnachtsfeier - Doodle', 'Tue, 27 Oct 2026 13:05:30 +0100',
            '<7f8a9b0c1d2e4f3a4b5c6d7f@EXMB02.hellwarth.example>')
    return text(m, """Hallo zusammen,

Paul hat das Budget freigegeben! Bitte tragt euch bis Freitag in den Doodle
ein: 4., 10. oder 11. Dezember. Vorschläge: Bowling am Hafen oder Kochkurs in
der Markthalle. Ich buche dann.

Miriam
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'doctor-to-insurer',
      'practice auto-reply; subject and quoted request name the patient, only the quote holds the Parkinson diagnosis and medication')
def m155():
    m = new('Neurologische Praxis Dr. Hasenkamp <praxis@neurologie-hasenkamp.example>',
            'Jonas Peschke <jonas.peschke@hellwarth.example>',
            'Abwesenheitsnotiz: Anfrage Befundbericht Herr Dr. Matthias Eschweiler',
            'Mon, 27 Jul 2026 08:01:15 +0200',
            '<ar-nh-20260727-0801@neurologie-hasenkamp.example>',
            extra=[('Auto-Submitted', 'auto-replied')])
    return text(m, """Unsere Praxis ist vom 27.07. bis 14.08.2026 wegen Urlaub geschlossen.
Vertretung: Praxis Dr. Nüßing, Ludgeristraße 50, Tel. 0251 538870.
Ihre Nachricht wird nach unserer Rückkehr bearbeitet.

> Sehr geehrte Frau Dr. Hasenkamp,
>
> Ihr Patient Herr Dr. Matthias Eschweiler, geb. 03.04.1973, bezieht von uns
> eine befristete BU-Rente. Der DaTSCAN vom Februar hat nach seinen Angaben
> den Verdacht auf ein idiopathisches Parkinson-Syndrom bestätigt. Bitte
> senden Sie uns einen kurzen Bericht zum Verlauf unter der Therapie mit
> Levodopa und zur Frage, ob eine operative Tätigkeit dauerhaft
> ausgeschlossen ist.
>
> Mit freundlichen Grüßen
> Jonas Peschke, Hellwarth Lebensversicherung AG
""")


@mail('CONFIDENTIAL', 'en', 'internal',
      'employee asks to be reimbursed to her private account for a business trip she paid by private card: IBAN')
def m156():
    m = new('Claire Whitfield <claire.whitfield@hellwarth.example>', 'reisekosten@hellwarth.example',
            'Expenses UK trip 13-16 Sept - private card', 'Mon, 21 Sep 2026 10:44:59 +0200',
            '<PR3P281MB0447F7A8B9C0D1E3@PR3P281MB0447.DEUP281.PROD.hellwarth.example>')
    return text(m, """Hello,

my company card was blocked during the broker visits in Yorkshire, so I paid
the hire car and two hotel nights privately (GBP 612.40 = EUR 709.18, receipts
in the internal post).

Please reimburse to my private account:
Claire Whitfield, IBAN DE94 6005 0101 6806 2663 31

Thanks!
Claire
""")


@mail('NORMAL', 'de', 'internal',
      'trap: blank care-diary template for relatives (ODT) with columns for help with washing, toilet, medication')
def m157():
    m = new('Mehmet Aydın <mehmet.aydin@hellwarth.example>', 'team-pflege@hellwarth.example',
            'Neue Vorlage Pflegetagebuch für Angehörige', 'Wed, 08 Apr 2026 14:20:37 +0200',
            '<8a9b0c1d2e3f4a4b5c6d7e8a@EXMB01.hellwarth.example>')
    text(m, """Hallo zusammen,

die neue Vorlage für das Pflegetagebuch ist fertig und wird ab sofort mit der
Eingangsbestätigung an Angehörige verschickt. Bitte die alte Version aus euren
lokalen Ordnern löschen.

Mehmet
""")
    attach(m, odt(['# Pflegetagebuch',
                   'Name der gepflegten Person: ____________________   Vertrag: __________',
                   'Bitte tragen Sie eine Woche lang jeden Tag ein, wobei Sie helfen und wie lange.',
                   'Datum | Uhrzeit | Hilfe bei (Waschen, Duschen, Anziehen, Essen, Trinken, Toilette, '
                   'Inkontinenz, Aufstehen, Gehen, Treppe, Medikamente, Orientierung, Nachtruhe) | Dauer in Minuten | wer hat geholfen',
                   '____ | ____ | ______________________________ | ____ | ________',
                   '____ | ____ | ______________________________ | ____ | ________',
                   'Besonderheiten (z. B. Stürze, Unruhe in der Nacht, Weglauftendenz): ______________',
                   'Unterschrift der pflegenden Person: ______________']),
           'application/vnd.oasis.opendocument.text', 'Vorlage_Pflegetagebuch_2026.odt')
    return m


@mail('STRICTLY_CONFIDENTIAL', 'de', 'family-to-insurer',
      'son sends his father\'s filled-in care diary (ODS): help with toilet, washing, night-time confusion after a stroke')
def m158():
    m = new('Christoph Wiesmann <c.wiesmann@kabelmail.example>', 'pflege-leistung@hellwarth.example',
            'Pflegetagebuch Vater', 'Sun, 17 May 2026 21:15:04 +0200',
            '<2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e8f@kabelmail.example>')
    text(m, """Guten Abend Herr Aydın,

anbei das Pflegetagebuch für meinen Vater, Gerhard Wiesmann, für die letzte
Woche. Ich habe es am Computer ausgefüllt, ich hoffe, das ist in Ordnung.

Viele Grüße
Christoph Wiesmann
""")
    attach(m, ods([('Woche 11.-17.05.', [
        ('Datum', 'Uhrzeit', 'Hilfe bei', 'Minuten', 'wer'),
        ('11.05.2026', '07:00', 'Aufstehen, Toilette, Waschen am Waschbecken, Anziehen (rechte Seite gelähmt)', 50, 'Ehefrau'),
        ('11.05.2026', '12:00', 'Essen klein schneiden, Trinken erinnern', 20, 'Ehefrau'),
        ('11.05.2026', '02:30', 'nachts unruhig, wollte "zur Arbeit", zurück ins Bett begleitet', 25, 'Christoph'),
        ('12.05.2026', '07:00', 'Aufstehen, Toilette, Duschen mit Duschstuhl, Anziehen', 60, 'Pflegedienst'),
        ('12.05.2026', '18:00', 'Medikamente richten (Blutverdünner), Abendtoilette', 25, 'Ehefrau'),
        ('13.05.2026', '09:00', 'Gehen mit Rollator zum Arzt, Treppe nur mit zwei Personen', 90, 'Christoph'),
    ])]), 'application/vnd.oasis.opendocument.spreadsheet', 'Pflegetagebuch_Wiesmann_KW20.ods')
    return m


@mail('NORMAL', 'en', 'internal',
      'trap: claims-audit plan with sampling criteria (mental disorders, long COVID, addiction), no file or person named')
def m159():
    m = new('Internal Audit <internal.audit@hellwarth.example>',
            'Katrin Oberländer <katrin.oberlaender@hellwarth.example>',
            'Audit plan: BU claims decisions 2026 (scope and sample)', 'Mon, 03 Aug 2026 11:00:12 +0200',
            '<ia-2026-bu-plan@hellwarth.example>')
    return text(m, """Dear Katrin,

as announced in the annual plan, we will audit BU claims decisions in
September. Scope and sampling:

- population: all decisions 01/2025-06/2026 (approx. 2,300)
- random sample of 60 files, plus a targeted sample of 25 files where the
  main cause is a mental disorder, post-COVID or an addiction, as these carry
  the highest judgement risk
- criteria: documentation of the medical assessment, four-eyes principle
  above EUR 2,000 monthly benefit, time to decision, communication with the
  claimant
- data protection: auditors see the files in read-only mode; no extracts with
  names or diagnoses leave the claims system; the report contains file counts
  only

Kick-off: 7 September, 10:00.

Best regards
Internal Audit
""")


@mail('CONFIDENTIAL', 'mixed', 'internal',
      'German-English note that a sole-trader broker\'s commission bounced, quoting his IBAN')
def m160():
    m = new('Siobhan Gallagher <siobhan.gallagher@hellwarth.example>',
            'Anja Terhorst <anja.terhorst@hellwarth.example>',
            'Courtage Hartley - Rücklastschrift', 'Thu, 06 Aug 2026 15:39:21 +0200',
            '<PR3P281MB0612C2D3E4F5A6B7@PR3P281MB0612.DEUP281.PROD.hellwarth.example>')
    return text(m, """Hi Anja,

die Juli-Courtage für James Hartley (Agentur 100-5120) ist zurückgekommen -
the bank says "account name mismatch". Wir haben J E Hartley, IBAN
GB85 MIDL 4005 1272 9133 04 hinterlegt, but his HSBC account is apparently in
the name "James Edward Hartley".

Soll ich ihn anschreiben, or do you want to call him? Betrag: 1,842.17 EUR.

Danke!
Siobhan
""")


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'acceptance letter to a named UK claimant: MS with relapses, monthly benefit and back payment')
def m161():
    m = new('Claire Whitfield <claire.whitfield@hellwarth.example>',
            'Fiona Blackwood <fiona.blackwood@fastpost-mail.example>',
            'Your claim under policy LV 5120448 - our decision', 'Thu, 30 Apr 2026 12:15:44 +0200',
            '<PR3P281MB0447A8B9C0D1E2F4@PR3P281MB0447.DEUP281.PROD.hellwarth.example>',
            cc='James Hartley <james@hartley-insurance.example>')
    return text(m, """Dear Ms Blackwood,

I am pleased to tell you that we accept your claim for occupational disability
benefit under policy LV 5120448.

Based on the reports of your neurologist and of Leeds General Infirmary, your
multiple sclerosis with the relapses in 2025 and February 2026, the fatigue
and the weakness of your right side prevent you from working as a
physiotherapist for more than 50 % of your former working time. This is
expected to last for at least six months.

We will pay a monthly benefit of EUR 2,400 from 1 January 2026 and waive your
premiums from the same date. The back payment for January to April
(EUR 9,600) will reach your account within five working days.

We will review your situation in spring 2027 and will write to you in good
time. If your health improves or you start working again, please let us know.

With best wishes
Claire Whitfield
Hellwarth Lebensversicherung AG
""")


@mail('NORMAL', 'en', 'supplier-to-insurer', 'cloud provider planned maintenance notice, no data')
def m162():
    m = new('Nimbus Cloud Notifications <no-reply@nimbus-cloud.example>', 'it-betrieb@hellwarth.example',
            'Planned maintenance: EU-Central storage, 14 Nov 02:00-04:00 UTC',
            'Mon, 09 Nov 2026 18:00:00 +0100',
            '<maint-euc-2026-1114@notify.nimbus-cloud.example>',
            extra=[('Auto-Submitted', 'auto-generated')])
    return text(m, """Planned maintenance

Service: Object Storage, region EU-Central
Window: Saturday 14 November 2026, 02:00-04:00 UTC
Impact: write requests may be retried; reads are not affected
Action required: none

Subscription: HWL-PROD-07
""", cte='7bit')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-broker',
      'underwriting decision for a named applicant sent to the broker: accepted with an exclusion for the cervical spine')
def m163():
    m = new('Tanja Wrede <tanja.wrede@hellwarth.example>', 'Rainer Weber <weber@finanzkontor-weber.example>',
            'Antrag SBU Fendel - Annahmeentscheidung', 'Wed, 25 Mar 2026 14:12:09 +0100',
            '<9b0c1d2e3f4a4b5c6d7e8f9b@EXMB04.hellwarth.example>',
            extra=[('In-Reply-To', '<000401dcb77a$1c2d3e40$4f5a6b70$@finanzkontor-weber.example>')])
    return text(m, """Hallo Herr Weber,

zum Antrag von Frau Laura Fendel können wir wie folgt annehmen:

- Die Psychotherapie 2023 wegen Prüfungsangst ist abgeschlossen und führt nach
  der neuen Richtlinie zu keiner Einschränkung.
- Wegen der Behandlung der Halswirbelsäule 2024 vereinbaren wir eine
  Leistungsausschlussklausel für Erkrankungen der Halswirbelsäule und deren
  Folgen. Eine Überprüfung der Klausel ist nach drei beschwerdefreien Jahren
  auf Antrag möglich.
- Beitrag unverändert laut Angebot (78,14 EUR monatlich).

Bitte lassen Sie sich die Klausel von Frau Fendel unterschreiben, dann
policieren wir.

Viele Grüße
Tanja Wrede
Risikoprüfung Leben
""")


@mail('NORMAL', 'de', 'newsletter',
      'trap: customer magazine teaser on back training, burnout prevention and care for parents, no person')
def m164():
    m = new('Hellwarth Kundenmagazin <magazin@mailing.hellwarth.example>',
            'kunden-newsletter@mailing.hellwarth.example',
            'Hellwarth Magazin 3/2026: Gesund im Job - Rücken, Kopf und Herz',
            'Thu, 10 Sep 2026 07:00:00 +0200',
            '<magazin-2026-3@mailing.hellwarth.example>',
            extra=[('List-Unsubscribe', '<mailto:abmelden@mailing.hellwarth.example?subject=Magazin>'),
                   ('Precedence', 'bulk')])
    plain = """Hellwarth Magazin 3/2026

Rückenschmerzen? Die fünf besten Übungen fürs Büro
Acht von zehn Erwachsenen haben einmal im Leben Rückenschmerzen. Eine
Physiotherapeutin zeigt, was wirklich hilft.

Wenn der Kopf nicht mehr will
Erschöpfung, Schlafstörungen, Gereiztheit: So erkennen Sie die Warnzeichen
eines Burnouts und holen sich rechtzeitig Hilfe.

Plötzlich pflegebedürftig - was tun, wenn die Eltern Hilfe brauchen?
Pflegegrad beantragen, Pflegedienst finden, Pflegezeit nehmen: unsere
Checkliste für Angehörige.

Wissen Sie, was Ihre Arbeitskraft wert ist? Mit 30 Jahren und 3.000 EUR netto
verdienen Sie bis zur Rente über 1,3 Millionen Euro.

Abmelden: abmelden@mailing.hellwarth.example
"""
    html = """<html><body style="font-family:Georgia,serif">
<h1>Hellwarth Magazin 3/2026</h1>
<h2>R&uuml;ckenschmerzen? Die f&uuml;nf besten &Uuml;bungen f&uuml;rs B&uuml;ro</h2>
<p>Acht von zehn Erwachsenen haben einmal im Leben R&uuml;ckenschmerzen.</p>
<h2>Wenn der Kopf nicht mehr will</h2>
<p>Ersch&ouml;pfung, Schlafst&ouml;rungen, Gereiztheit: die Warnzeichen eines Burnouts.</p>
<h2>Pl&ouml;tzlich pflegebed&uuml;rftig &ndash; was tun, wenn die Eltern Hilfe brauchen?</h2>
<p>Pflegegrad beantragen, Pflegedienst finden, Pflegezeit nehmen: unsere Checkliste f&uuml;r Angeh&ouml;rige.</p>
<p><small><a href="mailto:abmelden@mailing.hellwarth.example">Abmelden</a></small></p>
</body></html>
"""
    return html_alt(m, plain, html)


@mail('CONFIDENTIAL', 'de', 'customer-to-insurer',
      'dog-owner liability: the insured dog bit the neighbour\'s dog (animal injury only), vet bill, policy number')
def m165():
    m = new('Renate Holtkötter <renate.holtkoetter@posthaus.example>', 'leistung-bu@hellwarth.example',
            'Hundehaftpflicht - Beißerei', 'Tue, 16 Jun 2026 18:45:27 +0200',
            '<4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b9@posthaus.example>')
    return text(m, """Sehr geehrte Damen und Herren,

mein Hund Ole (Schäferhund-Mischling) hat gestern Abend im Park am Aasee den
Dackel von Frau Meinert gebissen. Dem Dackel musste eine Wunde am Hals genäht
werden, Tierarztrechnung 384,50 EUR. Menschen sind nicht verletzt worden.

Tierhalterhaftpflicht TH-3301874
Meine Anschrift: Annette-Allee 21, 48149 Münster
Geschädigte: Frau Hildegard Meinert, Himmelreichallee 8, 48149 Münster

Bitte melden Sie sich bei Frau Meinert wegen der Rechnung.

Mit freundlichen Grüßen
Renate Holtkötter
""")


@mail('CONFIDENTIAL', 'de', 'supplier-to-insurer',
      'sole-trader physiotherapist invoices the staff back-training course: private IBAN and tax number, no participant')
def m166():
    m = new('Jule Hemker <kontakt@bewegt-hemker.example>', 'bgm@hellwarth.example',
            'Rechnung Rückenfit Kurs Frühjahr', 'Fri, 26 Jun 2026 12:31:48 +0200',
            '<e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8c0@bewegt-hemker.example>')
    return text(m, """Hallo liebes BGM-Team,

anbei die Rechnung für den Kurs "Rückenfit am Arbeitsplatz" (10 Termine à
60 Minuten, 12 Teilnehmende, 02.04.-25.06.2026):

10 x 95,00 EUR = 950,00 EUR
umsatzsteuerfrei nach § 4 Nr. 14 UStG (Heilberuf)

Bitte überweist auf mein Geschäftskonto, das auf meinen Namen läuft:
Jule Hemker, IBAN DE14100900002921081161
Steuernummer 336/5230/1187

Im Herbst gern wieder!
Jule Hemker
Physiotherapeutin, Einzelunternehmen "bewegt"
""")


@mail('NORMAL', 'de', 'internal', 'coffee machine on the second floor is broken')
def m167():
    m = new('Jonas Peschke <jonas.peschke@hellwarth.example>', 'team-leistung-bu@hellwarth.example',
            'Kaffeemaschine 2. OG', 'Wed, 18 Mar 2026 08:02:40 +0100',
            '<0c1d2e3f4a5b4c6d7e8f9a0c@EXMB01.hellwarth.example>')
    return text(m, """kaffeemaschine im 2. OG ist wieder kaputt (Fehler 8, Brühgruppe). Hab's der
Haustechnik gemeldet. Bis dahin bitte die im 3. OG nehmen.

Jonas
""", cte='8bit')


@mail('CONFIDENTIAL', 'en', 'customer-to-insurer',
      'named UK customer reports his dinghy stolen from the marina: yacht policy number, no injury')
def m168():
    m = new('Gerrit Lansing <g.lansing@whitby-mail.example>', 'sach-international@hellwarth.example',
            'Claim - tender stolen - YA-7702114', 'Sun, 20 Sep 2026 17:20:51 +0100',
            '<8f9e0d1c-2b3a-4c5d-8e7f-6a5b4c3d2e1f@whitby-mail.example>')
    return text(m, """Dear Sirs,

the tender of my yacht "Marlijn" (Zodiac Cadet 270 with a Tohatsu 5 hp
outboard, serial no. 3F2-48813) was stolen from the pontoon at Whitby Marina
in the night of 18/19 September. The padlock was cut. No one was hurt and the
yacht itself is undamaged.

Policy YA-7702114. Reported to North Yorkshire Police, crime reference
12260188431. Replacement value approx. GBP 2,900.

Please advise how to proceed.

Gerrit Lansing
4 Quay Cottages, Whitby YO22 4BT
""")


@mail('STRICTLY_CONFIDENTIAL', 'mixed', 'internal',
      'short mixed-language FYI; the attached forwarded mail (message/rfc822) has a named woman\'s radiotherapy report')
def m169():
    inner = new('Robert Brooks <rob.brooks@fastpost-mail.example>',
                'Siobhan Gallagher <siobhan.gallagher@hellwarth.example>',
                'Anna - radiotherapy finished', 'Fri, 21 Aug 2026 19:40:02 +0200',
                '<CAK9r4Vx2pQ7mN1sTb8wYe3Zu6Lc0Fd5Gh9=Jq1@mail.fastpost-mail.example>')
    text(inner, """Dear Siobhan,

Anna finished her radiotherapy on 4 August. The report from the Uniklinik
says 25 sessions to the left breast plus boost, skin reaction grade 1,
no complications. She started on letrozole 2.5 mg daily and has some joint
pain from it.

Her oncologist suggests a gradual return to school from February 2027, with
6 lessons a week at first (Hamburg model).

Best wishes
Robert
""")
    m = new('Siobhan Gallagher <siobhan.gallagher@hellwarth.example>',
            'Jonas Peschke <jonas.peschke@hellwarth.example>',
            'FYI - Brooks', 'Mon, 24 Aug 2026 09:12:36 +0200',
            '<PR3P281MB0612D3E4F5A6B7C8@PR3P281MB0612.DEUP281.PROD.hellwarth.example>')
    text(m, """Hi Jonas,

FYI, see attached - bitte zur Akte und Wiedervorlage Januar für die
Wiedereingliederung. Birte weiß Bescheid.

Siobhan
""")
    attach_mail(m, inner)
    return m


@mail('NORMAL', 'de', 'insurer-to-supplier',
      'trap: framework contract with a care-advice network GmbH: prices per home visit by care level, company IBAN')
def m170():
    m = new('Einkauf Hellwarth <einkauf@hellwarth.example>',
            'Vertrieb PflegeLotsen <vertrieb@pflegelotsen-netz.example>',
            'Rahmenvertrag Pflegeberatung 2027 - finale Fassung', 'Fri, 20 Nov 2026 11:26:03 +0100',
            '<po-rv-2026-044@einkauf.hellwarth.example>')
    return text(m, """Sehr geehrte Frau Schöppner,

anbei bzw. nachfolgend die abgestimmten Eckpunkte für den Rahmenvertrag
Pflegeberatung ab 01.01.2027:

- telefonische Erstberatung für Angehörige: 35 EUR pauschal
- Beratungsbesuch zu Hause bei Pflegegrad 2-3: 85 EUR, bei Pflegegrad 4-5:
  110 EUR (inkl. Wohnraumcheck Sturzgefahr, Hilfsmittelberatung)
- Schulung pflegender Angehöriger zu Demenz (Gruppe bis 8): 420 EUR
- Reaktionszeit: Rückruf innerhalb eines Werktags

Zahlungen an PflegeLotsen Netzwerk GmbH, Sparkasse Münsterland Ost,
IBAN DE92 6605 0101 0579 4325 72 (laut Ihrem Schreiben vom 12.11.).

Die Vereinbarung zur Auftragsverarbeitung (Art. 28 DSGVO) unterschreiben wir
gemeinsam mit dem Vertrag.

Mit freundlichen Grüßen
Kathrin Meinert
Zentraler Einkauf
""")


@mail('CONFIDENTIAL', 'de', 'internal',
      'named employee asks for a salary advance with amount and repayment from his pay')
def m171():
    m = new('Hakan Yıldız <hakan.yildiz@hellwarth.example>', 'Anke Roloff <anke.roloff@hellwarth.example>',
            'Gehaltsvorschuss', 'Tue, 10 Nov 2026 12:44:01 +0100',
            '<1d2e3f4a5b6c4d7e8f9a0b1d@EXMB01.hellwarth.example>',
            extra=[('Sensitivity', 'Private')])
    return text(m, """Hallo Frau Roloff,

mein Auto hatte einen Motorschaden und die Reparatur kostet 2.300 EUR. Wäre ein
Gehaltsvorschuss von 1.500 EUR möglich? Zurückzahlen würde ich ihn in sechs
Raten à 250 EUR von meinem Nettogehalt (ca. 2.480 EUR), ab Dezember.

Herr Aydın weiß Bescheid und ist einverstanden.

Viele Grüße
Hakan Yıldız
Leistung Pflege, PNr 11240
""")


@mail('NORMAL', 'en', 'internal',
      'trap: research protocol with a university on long-COVID claim outcomes, pseudonymised aggregate data only')
def m172():
    m = new('Dr. Ulrike Sandvoß <ulrike.sandvoss@hellwarth.example>',
            'Claire Whitfield <claire.whitfield@hellwarth.example>',
            'Long COVID study with Uni Münster - protocol draft', 'Wed, 30 Sep 2026 16:07:22 +0200',
            '<2e3f4a5b6c7d4e8f9a0b1c2e@EXMB03.hellwarth.example>')
    return text(m, """Hi Claire,

here is the short version of the protocol draft for the joint study with the
Institute of Epidemiology. Northgate asked for it for their research fund.

Question: how many BU claimants with post-COVID/ME-CFS return to work within
24 months, and what predicts it (age, occupation group, duration before claim,
rehab, graded activity vs. pacing)?
Data: all post-COVID claims 2022-2026 (approx. 140), pseudonymised by our
trust centre before transfer; no names, dates of birth or policy numbers;
occupation at group level; results only as aggregates with n >= 5.
Ethics: vote of the university ethics committee requested; DPIA by Lena.
Timeline: data transfer Q1 2027, paper end of 2027.

Could you forward it to David?

Ulrike
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'family-to-insurer',
      'reply "AW: Beleg" with a scanned receipt (octet-stream, no text layer); the quote asks for the receipt for her mother\'s walker')
def m173():
    m = new('Sabine Brüggemann <sabine.brueggemann@posthaus.example>', 'Mehmet Aydın <mehmet.aydin@hellwarth.example>',
            'AW: Beleg', 'Mon, 23 Feb 2026 07:58:44 +0100',
            '<f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f@posthaus.example>',
            extra=[('In-Reply-To', '<3a4b5c6d7e8f4a9b0c1d2e3a@EXMB01.hellwarth.example>')])
    text(m, """Anbei

Sabine Brüggemann

-----Ursprüngliche Nachricht-----
Von: Mehmet Aydın <mehmet.aydin@hellwarth.example>
Gesendet: Freitag, 20. Februar 2026 14:10
An: Sabine Brüggemann
Betreff: Beleg

Sehr geehrte Frau Brüggemann,

für die Erstattung des Rollators und des Toilettenstuhls Ihrer Mutter aus dem
Hilfsmittelbaustein des Tarifs PT 2 brauchen wir noch die Rechnung des
Sanitätshauses. Ein Foto reicht.

Mit freundlichen Grüßen
Mehmet Aydın
""")
    attach(m, scan_pdf('m173'), 'application/octet-stream', 'scan_20260223_0757.pdf')
    return m


@mail('NORMAL', 'de', 'internal', 'staff meeting invitation')
def m174():
    m = new('Vorstandsbüro <vorstandsbuero@hellwarth.example>', 'alle-ms@hellwarth.example',
            'Einladung Mitarbeiterversammlung 03.12.', 'Tue, 17 Nov 2026 08:30:00 +0100',
            '<vb-2026-11-mav@hellwarth.example>')
    return text(m, """Liebe Kolleginnen und Kollegen,

der Vorstand lädt herzlich zur Mitarbeiterversammlung am Donnerstag, 03.12.,
14:00-15:30 Uhr, in die Kantine ein (Übertragung per Teams).

Themen: Geschäftsjahr 2026, Strategie 2030, neue Arbeitszeitregelung,
Fragen aus der Belegschaft (vorab anonym über das Intranet möglich).

Dr. Henrike Pfaff
Vorsitzende des Vorstands
""")


@mail('CONFIDENTIAL', 'en', 'broker-to-insurer',
      'UK broker asks for home insurance on a German holiday flat for a named client: birth date, address, no health')
def m175():
    m = new('James Hartley <james@hartley-insurance.example>', 'sach-international@hellwarth.example',
            'Quote request - holiday flat Norderney - Mrs Eleanor Pryce', 'Tue, 27 Oct 2026 11:50:36 +0000',
            '<CAJh7Q2x9mK4Lp0vRt3uWb8sNe1YzD6fGk5=hD9@mail.hartley-insurance.example>')
    return text(m, """Hello,

could you quote buildings and contents cover for a holiday flat my client has
inherited on Norderney?

Client: Mrs Eleanor Pryce, born 02 February 1958, 11 Abbey Terrace,
Harrogate HG1 2RT
Property: Kaiserstraße 7, flat 3, 26548 Norderney, 68 m², built 1974,
let to holiday guests about 20 weeks a year
Sum insured contents: EUR 25,000

She pays by direct debit from a UK account; let me know if that is a problem.

Thanks,
James
""")


# ===========================================================================
# 0176 - 0200
# ===========================================================================

@mail('STRICTLY_CONFIDENTIAL', 'de', 'assessor-to-insurer',
      'body says only "Gutachten anbei"; the ODT summary gives a named woman\'s post-COVID findings and working capacity')
def m176():
    m = new('Auftragsannahme MedAssess <auftrag@medassess-gutachten.example>',
            'Katrin Oberländer <katrin.oberlaender@hellwarth.example>',
            'Ihr Auftrag BU-L 2025/0912 - Gutachten anbei', 'Fri, 03 Jul 2026 14:22:10 +0200',
            '<ma-2026-07-03-0912@medassess-gutachten.example>')
    text(m, """Sehr geehrte Frau Oberländer,

das Gutachten zu Ihrem Auftrag vom 20.05.2026 hängt an (Zusammenfassung; das
vollständige Gutachten liegt im Gutachterportal).

Mit freundlichen Grüßen
MedAssess Gutachten GmbH - Auftragsmanagement
""")
    attach(m, odt(['# Zusammenfassung Gutachten BU-L 2025/0912',
                   'Probandin: Sandra Wolters, geb. 22.02.1981, Erzieherin (Vollzeit, Kita mit 80 Kindern)',
                   'Untersuchung: 16. und 17.06.2026, MedAssess Dortmund, Gutachter Dr. med. Tobias Brenner '
                   '(Innere Medizin, Sozialmedizin)',
                   'Befunde: Post-COVID-Syndrom mit Belastungsintoleranz (G93.3, U09.9). Am zweiten Tag '
                   'deutlicher Leistungsabfall im Handkraft- und Konzentrationstest gegenüber Tag 1 '
                   '(reproduzierbar), Herzfrequenzanstieg im Stehtest 38/min (POTS bestätigt). '
                   'Keine Hinweise auf Aggravation.',
                   'Beurteilung: Die Tätigkeit als Erzieherin ist seit 07/2025 zu mehr als 50 % nicht '
                   'möglich. Eine leichte Tätigkeit unter 3 Stunden täglich mit freier Pauseneinteilung wäre '
                   'denkbar. Besserung innerhalb von 12 Monaten möglich, aber ungewiss.',
                   'Empfehlung: Nachuntersuchung in 12 Monaten.']),
           'application/vnd.oasis.opendocument.text', 'Zusammenfassung_BU-L_2025-0912.odt')
    return m


@mail('NORMAL', 'de', 'internal',
      'trap: press-release draft with total BU benefits paid and causes (mental illness, cancer), no person')
def m177():
    m = new('Unternehmenskommunikation <presse@hellwarth.example>',
            'Paul Nieberding <paul.nieberding@hellwarth.example>',
            'Entwurf PM "BU-Leistungen 2025" - bitte Freigabe bis Mittwoch',
            'Mon, 23 Feb 2026 11:18:37 +0100',
            '<pr-2026-007-entwurf@hellwarth.example>')
    return text(m, """Hallo Herr Nieberding,

hier der Entwurf, die Zahlen sind von Herrn Szymanski geprüft.

---
Hellwarth zahlt 2025 über 180 Millionen Euro an berufsunfähige Kundinnen und
Kunden

Münster, 02.03.2026 - Die Hellwarth Lebensversicherung AG hat 2025 rund
183 Millionen Euro an Renten und Beitragsbefreiungen aus Berufsunfähigkeits-
versicherungen geleistet, 7 % mehr als im Vorjahr. Mehr als 9.400 Menschen
erhielten eine BU-Rente. 71 % der Leistungsanträge wurden anerkannt.

Häufigste Ursache sind psychische Erkrankungen wie Depressionen und
Angststörungen (36 %), gefolgt von Erkrankungen des Bewegungsapparats (22 %)
und Krebserkrankungen (14 %). "Jeder dritte Leistungsfall hat heute eine
psychische Ursache - oft bei Menschen unter 40", sagt Paul Nieberding,
Leiter Leistung Leben.
---

Viele Grüße
Carolin Veltrup
""")


@mail('CONFIDENTIAL', 'de', 'internal',
      'employer loan for a named employee: amount, interest, repayment from salary and his IBAN')
def m178():
    m = new('Entgeltabrechnung <payroll@hellwarth.example>', 'Hakan Yıldız <hakan.yildiz@hellwarth.example>',
            'Ihr Gehaltsvorschuss - Auszahlung', 'Fri, 13 Nov 2026 10:06:40 +0100',
            '<pay-2026-11-13-11240@hellwarth.example>',
            extra=[('Sensitivity', 'Private')])
    return text(m, """Hallo Herr Yıldız,

Ihr Gehaltsvorschuss über 1.500,00 EUR ist genehmigt und wird am 16.11.2026
auf Ihr hinterlegtes Gehaltskonto DE28 3005 0110 5064 8680 96 überwiesen.

Die Rückzahlung erfolgt zinsfrei in sechs Raten zu 250,00 EUR, einbehalten vom
Nettogehalt ab der Dezemberabrechnung.

Viele Grüße
Entgeltabrechnung
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'review result ends a named woman\'s BU pension because she is back at work; personal-line contract, health course')
def m179():
    m = new('Jonas Peschke <jonas.peschke@hellwarth.example>',
            'Daniela Pohlmann <dani.pohlmann@posthaus.example>',
            'Ergebnis der Nachprüfung LV 1190584', 'Thu, 22 Oct 2026 15:40:05 +0200',
            '<3f4a5b6c7d8e4f9a0b1c2d3f@EXMB01.hellwarth.example>')
    return text(m, """Sehr geehrte Frau Pohlmann,

vielen Dank für Ihre offenen Angaben und den Bericht Ihrer Ärztin.

Sie arbeiten seit September 28 Stunden in der Woche im Innendienst, und Ihre
Ärztin bestätigt, dass sich die Beschwerden in Knie und Hüfte nach der
Operation so weit gebessert haben, dass Sie Ihre Tätigkeit als Bürokauffrau
ohne Lagerarbeit wieder überwiegend ausüben können. Damit liegt eine
Berufsunfähigkeit von mindestens 50 % nicht mehr vor.

Wir stellen unsere Leistungen daher mit Ablauf des dritten Monats nach Zugang
dieses Schreibens ein, also zum 31.01.2027. Ab 01.02.2027 zahlen Sie wieder
Beiträge; der Versicherungsschutz besteht unverändert weiter.

Falls Sie mit dieser Entscheidung nicht einverstanden sind, können Sie sich
an uns oder an den Versicherungsombudsmann wenden.

Mit freundlichen Grüßen
Jonas Peschke
""")


@mail('NORMAL', 'en', 'internal', 'asks a colleague to cover a call')
def m180():
    m = new('Claire Whitfield <claire.whitfield@hellwarth.example>',
            'Siobhan Gallagher <siobhan.gallagher@hellwarth.example>',
            'Thursday call', 'Tue, 08 Dec 2026 17:32:05 +0100',
            '<PR3P281MB0447B9C0D1E2F3A5@PR3P281MB0447.DEUP281.PROD.hellwarth.example>')
    return text(m, """Hi Siobhan,

could you take the Thursday call with Northgate (10:00)? I'm stuck in the
budget meeting. Agenda is just the renewal timetable, nothing to prepare.

Thanks a million!
C.
""", cte='7bit')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'broker-to-insurer',
      'UK broker discloses a named applicant\'s family history of Huntington\'s disease and her negative predictive gene test')
def m181():
    m = new('James Hartley <james@hartley-insurance.example>', 'tanja.wrede@hellwarth.example',
            'Application Ms Harriet Cole - additional information', 'Mon, 02 Nov 2026 14:05:18 +0000',
            '<CAJh7Q2x9mK4Lp0vRt3uWb8sNe1YzD6fGk5=hE4@mail.hartley-insurance.example>')
    return text(m, """Hi Tanja,

regarding the BU Plus application of Ms Harriet Cole (born 1992-05-14, dental
hygienist, Harrogate): she wants to be completely open with you, although she
knows German law may not require it.

Her father was diagnosed with Huntington's disease in 2019. Harriet had a
predictive genetic test at St James's in Leeds in 2021; the result was
negative (CAG repeat 19/21, normal range). She had six counselling sessions
around the test, nothing since.

She has no symptoms and no other medical history. Will this affect her
application? I have the genetics letter if you need it.

Thanks,
James
""")


@mail('NORMAL', 'de', 'broker-to-insurer',
      'trap: anonymous risk pre-inquiry from a broker: age, job and back surgery, no name or identifying data')
def m182():
    m = new('Nina Kranich <n.kranich@albers-kranich.example>', 'risikovoranfrage@hellwarth.example',
            'Anonyme Risikovoranfrage SBU', 'Wed, 09 Sep 2026 11:41:57 +0200',
            '<AM9P191MB1338D00D22@AM9P191MB1338.EURP191.albers-kranich.example>')
    return text(m, """Sehr geehrte Damen und Herren,

bitte um anonyme Risikovoranfrage, ohne Namen - wir möchten erst wissen, ob
sich ein Antrag lohnt:

Kunde, 34 Jahre, Tischler (Geselle), 100 % Werkstatt und Montage
Bandscheibenvorfall L5/S1 2022, operiert, danach Reha, seit 2023 beschwerdefrei,
keine Behandlungen mehr, voll arbeitsfähig
Sonst gesund, Nichtraucher
Gewünschte BU-Rente 1.800 EUR, Endalter 67

Mit Ausschluss Wirbelsäule machbar? Oder Zuschlag?

Mit freundlichen Grüßen
Nina Kranich
Albers & Kranich Versicherungsmakler GmbH
""")


@mail('CONFIDENTIAL', 'de', 'customer-to-insurer',
      'address change for household and liability policies with birth date for identification and moving date')
def m183():
    m = new('Melanie Tönnies <melli.toennies@kabelmail.example>', 'kundenservice@hellwarth.example',
            'Umzug', 'Fri, 27 Nov 2026 20:02:41 +0100',
            '<B0A9F8E7-D6C5-4B4A-9392-8170F6E5D4C3@kabelmail.example>',
            extra=[('X-Mailer', 'iPad Mail (21D61)')])
    return text(m, """Hallo,

wir ziehen zum 15.12. um. Bitte für die Privathaftpflicht PH-7781120 und die
Hausrat HR-5507318 die neue Adresse eintragen:

Melanie Tönnies, geb. 12.03.1985
neu: Mecklenbecker Straße 302, 48163 Münster (Reihenhaus, 112 qm)
alt: Drosselweg 11, 48163 Münster

Muss die Hausrat wegen der größeren Wohnfläche angepasst werden?

Gruß
Melanie Tönnies
""", cte='8bit')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-family',
      'condolence letter to the daughter: care annuity ends with the mother\'s death, final payment and refund')
def m184():
    m = new('Mehmet Aydın <mehmet.aydin@hellwarth.example>',
            'Karen Harms-Whitley <karen.whitley@fastpost-mail.example>',
            'Your mother\'s care annuity PR 3305127', 'Wed, 26 Aug 2026 10:22:33 +0200',
            '<4a5b6c7d8e9f4a0b1c2d3e4a@EXMB01.hellwarth.example>')
    return text(m, """Dear Ms Harms-Whitley,

please accept our sincere condolences on the death of your mother, Mrs Ingrid
Harms. The care home informed us on 17 August.

Your mother received the care annuity from care level 4 since June. With her
death on 15 August the annuity ends. We will pay the annuity for August in
full (EUR 1,500) and refund the unused part of the annual premium
(EUR 214.60) to her account, which now belongs to the estate.

We only need a copy of the death certificate. You can send it by e-mail. There
is no death benefit under this policy.

If you have any questions, I am happy to help - in English or German.

With kind regards
Mehmet Aydın
Long-term Care Benefits, Hellwarth Lebensversicherung AG
""")


@mail('NORMAL', 'en', 'internal',
      'trap: IT ticket about failing uploads of discharge letters and medical reports over 20 MB, no person or file')
def m185():
    m = new('ServiceNow <servicenow@hellwarth.example>', 'fabian.kuehr@hellwarth.example',
            'INC0081234 assigned to you: Upload of discharge letters > 20 MB fails in customer portal',
            'Thu, 01 Oct 2026 09:14:27 +0200',
            '<INC0081234.assign@servicenow.hellwarth.example>',
            extra=[('Auto-Submitted', 'auto-generated')])
    return text(m, """Incident INC0081234 has been assigned to you.

Short description: Upload of discharge letters > 20 MB fails in customer portal
Category: Customer portal / Document upload
Priority: 3 - Moderate
Caller: Katrin Oberländer (Leistung BU)

Description:
Several customers report that uploading scanned medical documents (discharge
letters, rehab reports, specialist reports) fails with "Error 413" if the PDF
is larger than 20 MB. Smaller files work. Customers then send the documents by
ordinary e-mail instead, which we want to avoid. Please raise the limit to
50 MB or compress on the client side.

No personal data attached to this ticket.
""")


@mail('CONFIDENTIAL', 'mixed', 'internal',
      'new colleague tells payroll in English and German about her marriage, new surname, tax class and tax ID')
def m186():
    m = new('Siobhan Gallagher <siobhan.gallagher@hellwarth.example>',
            'Entgeltabrechnung <payroll@hellwarth.example>',
            'Namensänderung und Steuerklasse', 'Mon, 05 Oct 2026 12:33:18 +0200',
            '<PR3P281MB0612E4F5A6B7C8D9@PR3P281MB0612.DEUP281.PROD.hellwarth.example>')
    return text(m, """Hallo,

I got married on 26 September - my new name is Siobhan Gallagher-Kemper
(Heiratsurkunde attached to the HR form). My husband and I have chosen
Steuerklasse III for me and V for him from October.

Steuer-ID (unchanged): 47 103 285 916
New address: Kanalstraße 160, 48147 Münster

Could you update my payslip from the October payroll? Vielen Dank!

Siobhan
""")


@mail('NORMAL', 'de', 'insurer-to-broker', 'new contact person for brokers from November')
def m187():
    m = new('Anja Terhorst <anja.terhorst@hellwarth.example>', 'Nina Kranich <n.kranich@albers-kranich.example>',
            'Neue Ansprechpartnerin ab 01.11.', 'Thu, 15 Oct 2026 15:03:27 +0200',
            '<5b6c7d8e9f0a4b1c2d3e4f5b@EXMB04.hellwarth.example>')
    return text(m, """Hallo Frau Kranich,

ab 01.11. übernimmt meine Kollegin Svenja Brinkhege die Betreuung Ihres Hauses
(0251 4811-2471, svenja.brinkhege@hellwarth.example). Ich wechsle intern in die
Produktentwicklung und bleibe Ihnen bei Tarifthemen erhalten.

Vielen Dank für die schöne Zusammenarbeit!
Anja Terhorst
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'broker-to-insurer',
      'broker forwards inline her client\'s mail: exhausted, sleepless, on sick leave, asks if BU applies')
def m188():
    m = new('Nina Kranich <n.kranich@albers-kranich.example>', 'leistung-bu@hellwarth.example',
            'WG: BU?', 'Mon, 16 Nov 2026 09:47:02 +0100',
            '<AM9P191MB1338E11E33@AM9P191MB1338.EURP191.albers-kranich.example>')
    return text(m, """Sehr geehrte Damen und Herren,

unten die Nachricht unseres Kunden Herrn Tobias Lammerding (Vertrag
BV 6610042). Bitte senden Sie ihm die Unterlagen für einen Leistungsantrag
direkt zu; wir haben ihm erklärt, wie es weitergeht.

Mit freundlichen Grüßen
Nina Kranich

-------- Weitergeleitete Nachricht --------
Betreff: BU?
Datum: Sat, 14 Nov 2026 23:18:40 +0100
Von: Tobias Lammerding <t.lammerding@mailbox-online.example>
An: Nina Kranich <n.kranich@albers-kranich.example>

Hallo Frau Kranich,

ich bin seit September krankgeschrieben. Ich schlafe kaum noch, kann mich an
nichts konzentrieren und fange an zu zittern, sobald ich ans Büro denke. Meine
Hausärztin hat mich an eine Psychiaterin überwiesen, aber der erste Termin ist
erst im Januar. Als Steuerberater mit 60 Mandanten geht gerade gar nichts.

Zahlt da meine BU? Ich weiß nicht, wie lange das noch dauert.

Tobias Lammerding
""")


@mail('NORMAL', 'de', 'internal',
      'trap: blank review questionnaire (PDF) with «placeholders» for name, doctors, treatments and current work')
def m189():
    m = new('Katrin Oberländer <katrin.oberlaender@hellwarth.example>', 'team-leistung-bu@hellwarth.example',
            'Fragebogen Nachprüfung - neue Version 2026', 'Tue, 10 Mar 2026 13:27:40 +0100',
            '<6c7d8e9f0a1b4c2d3e4f5a6d@EXMB02.hellwarth.example>')
    text(m, """Hallo zusammen,

die neue Version des Nachprüfungsfragebogens (kürzer, verständlicher) ist
freigegeben. Das PDF hängt an, in der Korrespondenz ist sie als Vorlage
NP-2026 hinterlegt.

Katrin
""")
    attach(m, pdf(['# Fragebogen zur Nachprüfung Ihrer Berufsunfähigkeit',
                   'Versicherte Person: «Vorname» «Nachname»   Vertrag: «Vertragsnummer»',
                   '', '1. Arbeiten Sie derzeit? [ ] nein  [ ] ja, als ____________, ____ Stunden pro Woche',
                   '2. Welche Ärztinnen, Ärzte oder Therapeuten haben Sie in den letzten 12 Monaten behandelt? '
                   '(Name, Anschrift, Fachrichtung, wegen welcher Beschwerden)',
                   '3. Waren Sie in den letzten 12 Monaten im Krankenhaus oder in einer Reha? Wo, wann, weshalb?',
                   '4. Welche Medikamente nehmen Sie regelmäßig?',
                   '5. Wie hat sich Ihr Gesundheitszustand seit der letzten Prüfung verändert?',
                   '', 'Ort, Datum, Unterschrift: ____________________'],
                  title='Fragebogen Nachprüfung NP-2026', author='Leistung BU'),
           'application/pdf', 'Fragebogen_Nachpruefung_NP-2026.pdf')
    return m


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'storm-damage payout to a named homeowner: buildings policy, amount and his IBAN, nobody hurt')
def m190():
    m = new('Hellwarth Schadenservice Sach <schaden-sach@hellwarth.example>',
            'Heinz-Werner Lütkehaus <hw.luetkehaus@mailbox-online.example>',
            'Sturmschaden WG-1185309 - Regulierung', 'Tue, 10 Mar 2026 10:50:16 +0100',
            '<ss-20260310-105016-3318@hellwarth.example>')
    return text(m, """Sehr geehrter Herr Lütkehaus,

vielen Dank für die Rechnung der Dachdeckerei Terwey. Für den Sturmschaden
vom 19.02.2026 an Ihrem Haus Telgter Straße 140 (Wohngebäudeversicherung
WG-1185309, Schadennummer HS-2026-02290) erstatten wir:

Dachdeckerarbeiten laut Rechnung       2.296,50 EUR
Regenrinne                               184,20 EUR
abzüglich Selbstbeteiligung             -250,00 EUR
Auszahlung                             2.230,70 EUR

Überweisung auf Ihr Konto DE13 2505 0180 7250 3778 72 innerhalb der nächsten
Tage.

Mit freundlichen Grüßen
Ihr Schadenservice Sach
""")


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'body only mentions the payment run; ZIP with CSV lists named BU and care-annuity recipients, IBANs and amounts')
def m191():
    m = new('Leistungsbuchhaltung <leistungsbuchhaltung@hellwarth.example>',
            'Treasury <treasury@hellwarth.example>',
            'Zahllauf Oktober - Freigabe', 'Tue, 29 Sep 2026 15:02:44 +0200',
            '<lb-zahllauf-2026-10@hellwarth.example>')
    text(m, """Hallo Treasury,

anbei die Datei für den Zahllauf 01.10. zur Freigabe (Auszug Nachzahlungen
und Neuzugänge, 4 Positionen, Summe 31.187,20 EUR). Der Regelzahllauf kommt wie
immer über die Schnittstelle.

Gruß
Leistungsbuchhaltung
""")
    csv_text = """Vertrag;Empfaenger;Leistungsart;Zeitraum;Betrag;IBAN
LV 2907714;Frank Ostermeier;BU-Rente Nachzahlung;11/2025-09/2026;21.983,40;DE31 3704 0044 1062 9726 44
LV 4019376;Sandra Wolters;BU-Rente Nachzahlung;07/2025-09/2026;6.600,00;DE21 3705 0198 2186 4514 29
PR 4410983;Gerhard Wiesmann;Pflegerente PG 4;05/2026-09/2026;1.950,00;DE36 2004 1133 4704 0162 31
LV 1190584;Daniela Pohlmann;BU-Rente;10/2026;653,80;DE59 2505 0180 7786 7926 70
"""
    attach(m, make_zip([('Zahllauf_2026-10-01.csv', csv_text.encode('windows-1252'))]),
           'application/zip', 'Zahllauf_2026-10-01.zip')
    return m


@mail('NORMAL', 'en', 'newsletter', 'software vendor product newsletter, no sensitive content')
def m192():
    m = new('DataKern News <news@datakern.example>', 'fabian.kuehr@hellwarth.example',
            'DataKern Quarterly: ClaimDesk 8 roadmap', 'Wed, 07 Oct 2026 08:00:00 +0200',
            '<dk-quarterly-2026-q4@news.datakern.example>',
            extra=[('List-Unsubscribe', '<https://datakern.example/newsletter/unsub>'), ('Precedence', 'bulk')])
    return text(m, """DataKern Quarterly - Q4/2026

ClaimDesk 8 roadmap
- new workflow designer (drag and drop)
- REST API v3 with OpenAPI 3.1 specification
- dark mode (finally!)

User group meeting: 19 November, Düsseldorf. Register in the customer portal.

Unsubscribe: https://datakern.example/newsletter/unsub
""")


@mail('CONFIDENTIAL', 'en', 'customer-to-insurer',
      'baggage-loss claim from a named customer: travel policy, airline reference, contents, no health content')
def m193():
    m = new('Oliver Grant <ol.grant@fastpost-mail.example>', 'reise-schaden@hellwarth.example',
            'Lost suitcase - policy RV-8823017', 'Mon, 19 Oct 2026 20:17:56 +0200',
            '<CAM3kP8s1qW5nL9xVb2tYf7Zr4Hd6Jg0Ke3=Lp8@mail.fastpost-mail.example>')
    return text(m, """Hello,

on our autumn trip (flight Münster/Osnabrück - Palma, 10 October) one suitcase
did not arrive and has now been declared lost by the airline (property
irregularity report PMIXY48811). It contained mostly my wife's clothes, a
child's tablet and shoes - list with estimated values attached to my next mail,
about EUR 1,350 in total.

The airline has offered EUR 600. Policy RV-8823017 (annual travel insurance
incl. baggage).

Regards
Oliver Grant
""")


@mail('NORMAL', 'de', 'hospital-to-insurer', 'rehab clinic announces a new contact person in its social service')
def m194():
    m = new('Sozialdienst Rehaklinik Tecklenbrunn <sozialdienst@rehaklinik-tecklenbrunn.example>',
            'leistung-bu@hellwarth.example',
            'Neue Ansprechpartnerin Sozialdienst', 'Mon, 05 Oct 2026 09:30:12 +0200',
            '<rk-sd-20261005-0002@rehaklinik-tecklenbrunn.example>')
    return text(m, """Sehr geehrte Damen und Herren,

ab sofort ist Frau Judith Overesch Ihre Ansprechpartnerin im Sozialdienst
(Telefon 05482 901-240, sozialdienst@rehaklinik-tecklenbrunn.example). Frau
Lohmöller ist in den Ruhestand gegangen.

Mit freundlichen Grüßen
Rehaklinik Tecklenbrunn GmbH
""")


@mail('NORMAL', 'de', 'internal',
      'trap: monthly care-claims report with an HTML table of care levels, dementia share and decisions, aggregates only')
def m195():
    m = new('Oliver Szymanski <oliver.szymanski@hellwarth.example>',
            'Team Pflege <team-pflege@hellwarth.example>',
            'Monatsbericht Pflege Oktober', 'Wed, 04 Nov 2026 10:12:50 +0100',
            '<7d8e9f0a1b2c4d3e4f5a6b7e@EXMB02.hellwarth.example>')
    plain = """Hallo zusammen,

der Monatsbericht Oktober (Details in der Tabelle, HTML-Ansicht):

Neue Anträge 17, Anerkenntnisse 14, Ablehnungen 2 (Pflegegrad 1 nicht
versichert), offen 23. Demenz als Hauptursache bei 8 der 14 Anerkenntnisse.
Durchschnittliche Bearbeitungszeit 24 Tage.

Oliver
"""
    html = """<html><body style="font-family:Calibri,sans-serif">
<p>Hallo zusammen,</p>
<p>der Monatsbericht Oktober:</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Kennzahl</th><th>Okt</th><th>Sep</th></tr>
<tr><td>Neue Leistungsanträge</td><td>17</td><td>21</td></tr>
<tr><td>Anerkenntnisse</td><td>14</td><td>16</td></tr>
<tr><td>davon Pflegegrad 2 / 3 / 4 / 5</td><td>3 / 6 / 4 / 1</td><td>5 / 5 / 4 / 2</td></tr>
<tr><td>davon Hauptursache Demenz</td><td>8</td><td>7</td></tr>
<tr><td>Ablehnungen (PG 1 nicht versichert)</td><td>2</td><td>3</td></tr>
<tr><td>offene Fälle</td><td>23</td><td>20</td></tr>
<tr><td>&Oslash; Bearbeitungszeit (Tage)</td><td>24</td><td>27</td></tr>
</table>
<p>Oliver</p>
</body></html>
"""
    return html_alt(m, plain, html)


@mail('CONFIDENTIAL', 'de', 'internal',
      'harmless body; XLSX of broker training hours lists named brokers with their birth dates')
def m196():
    m = new('Hellwarth Vermittlerakademie <akademie@hellwarth.example>',
            'Anja Terhorst <anja.terhorst@hellwarth.example>',
            'Teilnehmerliste Maklertag für IDD-Bescheinigungen', 'Mon, 26 Oct 2026 14:47:33 +0100',
            '<akad-2026-10-26-01@hellwarth.example>')
    text(m, """Hallo Anja,

anbei die Liste für die Bescheinigungen, bitte einmal gegenprüfen.

Danke
Vermittlerakademie
""")
    attach(m, xlsx([('Teilnehmende', [
        ('Name', 'Vorname', 'Geburtsdatum', 'Registernummer', 'Firma', 'Stunden'),
        ('Weber', 'Rainer', '1968-04-22', 'D-W-148-TZ5E-61', 'Finanzkontor Weber', 5),
        ('Kranich', 'Nina', '1979-09-03', 'D-2K7P-QX41R-22', 'Albers & Kranich', 5),
        ('Albers', 'Jörg', '1964-12-11', 'D-2K7P-LM09T-18', 'Albers & Kranich', 5),
        ('Hüsing', 'Marlies', '1985-06-30', 'D-Q1RS-AB72K-40', 'Hüsing Finanzplanung', 3),
        ('Demirtaş', 'Emre', '1991-01-17', 'D-88TT-KU4L0-05', 'Demirtaş Versicherungsbüro', 5),
    ])], author='Akademie'),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Maklertag_2026_Teilnehmende.xlsx')
    return m


@mail('NORMAL', 'de', 'insurer-to-company',
      'trap: generic leaflet for employers on graded return to work after long illness, no person')
def m197():
    m = new('Birte Hollenkamp <birte.hollenkamp@hellwarth.example>',
            'Personal Halvorsen Logistics <personal@halvorsen-logistics.example>',
            'Merkblatt stufenweise Wiedereingliederung', 'Thu, 12 Nov 2026 11:05:09 +0100',
            '<8e9f0a1b2c3d4e4f5a6b7c8f@EXMB02.hellwarth.example>')
    return text(m, """Sehr geehrte Frau Kortenkamp,

wie auf der Personalleiter-Tagung besprochen, hier unser allgemeines Merkblatt
für Arbeitgeber:

Stufenweise Wiedereingliederung ("Hamburger Modell")
- Nach längerer Arbeitsunfähigkeit (z. B. nach Operation, Krebserkrankung oder
  psychischer Erkrankung) steigt die Person schrittweise wieder ein, etwa
  2 - 4 - 6 Stunden täglich über 6 bis 12 Wochen.
- Der Stufenplan wird von der behandelnden Ärztin erstellt; die Person bleibt
  währenddessen arbeitsunfähig und erhält Kranken- oder Übergangsgeld.
- Unsere BU-Kundinnen und -Kunden erhalten in dieser Zeit die BU-Rente weiter;
  zusätzlich zahlen wir auf Antrag eine Wiedereingliederungshilfe.
- Wichtig für Sie: Ein Stufenplan ist freiwillig und kann jederzeit angepasst
  werden.

Für konkrete Fälle sprechen Sie uns bitte nur mit Einverständnis Ihrer
Mitarbeitenden an.

Mit freundlichen Grüßen
Birte Hollenkamp
""")


@mail('NORMAL', 'de', 'internal', 'Christmas greetings from the head of department')
def m198():
    m = new('Paul Nieberding <paul.nieberding@hellwarth.example>', 'alle-leistung@hellwarth.example',
            'Danke für 2026', 'Fri, 18 Dec 2026 14:30:41 +0100',
            '<9f0a1b2c3d4e4f5a6b7c8d9a@EXMB02.hellwarth.example>')
    return text(m, """Liebe Kolleginnen und Kollegen,

ein bewegtes Jahr geht zu Ende: neuer Tarif, Umzug in Flügel C, ClaimDesk 7.4
und ein Rückstand, den wir gemeinsam fast halbiert haben. Danke für euren
Einsatz und die Geduld miteinander.

Ich wünsche euch und euren Familien frohe Weihnachten und einen guten Start
in 2027!

Paul
""")


@mail('CONFIDENTIAL', 'de', 'customer-to-insurer',
      'private liability: named customer scratched a parked car with his bicycle, policy number, nobody hurt')
def m199():
    m = new('Kevin Gröne <kevin.groene@kabelmail.example>', 'kundenservice@hellwarth.example',
            'haftpflicht fahrrad vs auto', 'Thu, 03 Dec 2026 18:06:29 +0100',
            '<C3D4E5F6-A7B8-4C9D-8E0F-1A2B3C4D5E7A@kabelmail.example>',
            extra=[('X-Mailer', 'iPhone Mail (22B83)')])
    return text(m, """hallo, bin heute mit dem rad auf dem glatten kopfsteinpflaster weggerutscht
und gegen einen geparkten audi (MS-AK 7020) geknallt, tür hat ne delle und
kratzer. mir ist nix passiert, dem auto halt schon. halterin ist frau anja
kötter, telefon hab ich. meine privathaftpflicht ist PH-9018832.

kevin gröne
""", cte='8bit')


@mail('CONFIDENTIAL', 'de', 'internal',
      'head of department approves a named team leader\'s salary increase with the new monthly amount')
def m200():
    m = new('Paul Nieberding <paul.nieberding@hellwarth.example>', 'Anke Roloff <anke.roloff@hellwarth.example>',
            'Gehaltsanpassung Oberländer 01.01.2027', 'Mon, 14 Dec 2026 16:55:03 +0100',
            '<0a1b2c3d4e5f4a6b7c8d9e0b@EXMB02.hellwarth.example>',
            extra=[('Sensitivity', 'Confidential')])
    return text(m, """Hallo Anke,

wie im Jahresgespräch besprochen, gebe ich die Anpassung für Katrin
Oberländer frei: ab 01.01.2027 außertariflich 6.150 EUR brutto monatlich
(bisher 5.780 EUR), Zielbonus unverändert 15 %.

Bitte bereite das Schreiben vor, ich übergebe es ihr persönlich.

Danke
Paul
""")


# ===========================================================================
# build and check
# ===========================================================================

LONDON_DOMAINS = ('hartley-insurance.example', 'northgate-re.example', 'northyorks-safetycamera.example',
                  'leeds-teachinghospitals.example', 'whitby-mail.example',
                  'ukclaims-partners.example', 'stmarys-harrogate.example')
INTENDED_BAD_IBANS = set()   # no deliberate typo in this corpus


def build(outdir):
    RNG.seed(SEED)
    os.makedirs(os.path.join(outdir, 'mails'), exist_ok=True)
    rows = []
    for i, (f, label, lang, kind, reason) in enumerate(MAILS, start=1):
        assert f.__name__ == 'm%03d' % i, (f.__name__, i)
        m = f()
        fix_boundaries(m, i)
        data = m.as_bytes(policy=SMTP)
        name = 'd48-%04d.eml' % i
        with open(os.path.join(outdir, 'mails', name), 'wb') as fh:
            fh.write(data)
        assert '\t' not in reason and '\n' not in reason
        rows.append((name, label, lang, kind, reason))
    with open(os.path.join(outdir, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('file\tlabel\tlang\tkind\treason\n')
        for r in rows:
            fh.write('\t'.join(r) + '\n')
    return rows


def _iban_ok(s):
    s = s.replace(' ', '').upper()
    t = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in t)) % 97 == 1


IBAN_RE = re.compile(r'\b([A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){3,7}(?: ?[A-Za-z0-9]{1,3})?)\b')


def _attachment_text(name, ctype, data, problems, where):
    """Open an attachment with its library; return its text for further checks."""
    low = name.lower()
    out = ''
    try:
        if low.endswith('.xlsx'):
            import openpyxl
            wb = openpyxl.load_workbook(io.BytesIO(data))
            for ws in wb.worksheets:
                for row in ws.iter_rows(values_only=True):
                    out += ' '.join('' if c is None else str(c) for c in row) + '\n'
        elif low.endswith('.docx'):
            import docx as _docx
            d = _docx.Document(io.BytesIO(data))
            out = '\n'.join(p.text for p in d.paragraphs)
            for t in d.tables:
                for r in t.rows:
                    out += '\n' + ' '.join(c.text for c in r.cells)
        elif low.endswith('.odt') or low.endswith('.ods'):
            from odf.opendocument import load
            from odf import teletype
            from odf.text import P
            doc = load(io.BytesIO(data))
            out = '\n'.join(teletype.extractText(p) for p in doc.getElementsByType(P))
        elif low.endswith('.pdf'):
            from pypdf import PdfReader
            r = PdfReader(io.BytesIO(data))
            out = '\n'.join((pg.extract_text() or '') for pg in r.pages)
            if not out.strip() and 'scan' not in low:
                problems.append('%s: PDF %s has no text layer' % (where, name))
        elif low.endswith('.zip'):
            z = zipfile.ZipFile(io.BytesIO(data))
            bad = z.testzip()
            if bad:
                problems.append('%s: zip member %s corrupt' % (where, bad))
            for zi in z.infolist():
                out += _attachment_text(zi.filename, '', z.read(zi.filename), problems,
                                        where + '/' + name) + '\n'
        elif low.endswith('.ics'):
            import icalendar
            cal = icalendar.Calendar.from_ical(data)
            out = data.decode('utf-8')
            if not list(cal.walk('VEVENT')) and not list(cal.walk('VTODO')):
                problems.append('%s: ICS %s without event' % (where, name))
        elif low.endswith('.csv'):
            for enc in ('utf-8', 'windows-1252'):
                try:
                    txt = data.decode(enc)
                    break
                except UnicodeDecodeError:
                    continue
            rows = list(csv.reader(io.StringIO(txt), delimiter=';'))
            if not rows:
                problems.append('%s: empty CSV %s' % (where, name))
            out = txt
        elif low.endswith('.txt') or low.endswith('.log') or low.endswith('.pem'):
            out = data.decode('utf-8')
        elif low.endswith('.eml'):
            inner = message_from_bytes(data, policy=POLICY_DEFAULT)
            out = _check_message(inner, problems, where + '/' + name)
        else:
            problems.append('%s: attachment %s of unknown kind' % (where, name))
    except Exception as e:  # noqa
        problems.append('%s: cannot open %s: %r' % (where, name, e))
    return out


def _check_message(msg, problems, where):
    """Defects, charsets, attachments of one (possibly inner) message; returns all text."""
    alltext = str(msg.get('Subject', '')) + '\n'
    for part in msg.walk():
        if part.defects:
            problems.append('%s: defects %r' % (where, part.defects))
        if part.get_param('boundary') and part.get_content_maintype() != 'multipart':
            problems.append('%s: boundary on a %s part' % (where, part.get_content_type()))
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = part.get_filename()
        if ctype == 'message/rfc822':
            continue
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == 'text' and not fname:
            cs = part.get_content_charset() or 'us-ascii'
            try:
                alltext += payload.decode(cs) + '\n'
            except (UnicodeDecodeError, LookupError) as e:
                problems.append('%s: text part does not decode as %s: %r' % (where, cs, e))
        elif fname:
            if part.get_content_maintype() == 'text' and not fname.lower().endswith('.ics'):
                cs = part.get_content_charset() or 'us-ascii'
                try:
                    payload.decode(cs)
                except (UnicodeDecodeError, LookupError) as e:
                    problems.append('%s: attachment %s does not decode as %s' % (where, fname, cs))
            alltext += _attachment_text(fname, ctype, payload, problems, where) + '\n'
        else:
            problems.append('%s: part %s without filename' % (where, ctype))
    # forwarded messages: walk() already descended into them; check their headers
    return alltext


def check():
    import filecmp
    from zoneinfo import ZoneInfo
    problems = []
    mdir = os.path.join(HERE, 'mails')
    with tempfile.TemporaryDirectory() as t1, tempfile.TemporaryDirectory() as t2:
        build(t1)
        build(t2)
        for name in sorted(os.listdir(os.path.join(t1, 'mails'))) + ['../labels.tsv']:
            a = open(os.path.join(t1, 'mails', name), 'rb').read()
            b = open(os.path.join(t2, 'mails', name), 'rb').read()
            c_path = os.path.join(mdir, name)
            c = open(c_path, 'rb').read() if os.path.exists(c_path) else None
            if a != b:
                problems.append('%s: two builds differ' % name)
            if a != c:
                problems.append('%s: differs from the file on disk' % name)
        if sorted(os.listdir(os.path.join(t1, 'mails'))) != sorted(os.listdir(mdir)):
            problems.append('mails/ holds other files than the build')
    rows = list(csv.reader(open(os.path.join(HERE, 'labels.tsv'), encoding='utf-8'),
                           delimiter='\t'))
    if rows[0] != ['file', 'label', 'lang', 'kind', 'reason']:
        problems.append('labels.tsv header')
    rows = rows[1:]
    count = {}
    traps = 0
    for r in rows:
        if len(r) != 5:
            problems.append('labels.tsv row %r' % r)
            continue
        count[r[1]] = count.get(r[1], 0) + 1
        if r[1] not in ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'):
            problems.append('bad label %r' % r)
        if r[2] not in ('de', 'en', 'mixed'):
            problems.append('bad lang %r' % r)
        if r[1] == 'NORMAL' and r[4].startswith('trap:'):
            traps += 1
        if r[1] != 'NORMAL' and r[4].startswith('trap:'):
            problems.append('trap reason on a sensitive mail %s' % r[0])
    want = {'NORMAL': 80, 'CONFIDENTIAL': 60, 'STRICTLY_CONFIDENTIAL': 60}
    if count != want:
        problems.append('label counts %r, want %r' % (count, want))
    if len(rows) != 200:
        problems.append('%d rows, want 200' % len(rows))
    mids = {}
    ibans_seen = 0
    berlin, london = ZoneInfo('Europe/Berlin'), ZoneInfo('Europe/London')
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    for r in rows:
        name = r[0]
        raw = open(os.path.join(mdir, name), 'rb').read()
        if re.search(rb'(?<!\r)\n', raw):
            problems.append('%s: bare LF' % name)
        if re.search(rb'\r(?!\n)', raw):
            problems.append('%s: bare CR' % name)
        for ln in raw.split(b'\r\n'):
            if len(ln) > 998:
                problems.append('%s: line over 998 octets' % name)
                break
        msg = message_from_bytes(raw, policy=POLICY_DEFAULT)
        mid = msg['Message-ID']
        if not mid or mid in mids:
            problems.append('%s: missing or duplicate Message-ID %s' % (name, mid))
        mids[mid] = name
        d = str(msg['Date'])
        when = parsedate_to_datetime(d)
        if when.year != 2026:
            problems.append('%s: date not in 2026' % name)
        if not d.startswith(days[when.weekday()]):
            problems.append('%s: weekday wrong in %s' % (name, d))
        frm = str(msg['From'])
        ok = when.utcoffset() == when.astimezone(berlin).utcoffset()
        if any(x in frm for x in LONDON_DOMAINS):
            ok = ok or when.utcoffset() == when.astimezone(london).utcoffset()
        if not ok:
            problems.append('%s: offset of %s wrong for the sender' % (name, d))
        alltext = _check_message(msg, problems, name)
        for mt in IBAN_RE.finditer(alltext):
            cand = mt.group(1)
            flat = cand.replace(' ', '')
            if not re.match(r'^(DE\d{20}|AT\d{18}|GB\d{2}[A-Z]{4}\d{14}|CH\d{19}|NL\d{2}[A-Z]{4}\d{10}|FR\d{25}|LU\d{18})$',
                            flat.upper()):
                continue
            ibans_seen += 1
            if not _iban_ok(flat) and flat.upper() not in INTENDED_BAD_IBANS:
                problems.append('%s: IBAN %s fails the checksum' % (name, cand))
    for p in problems:
        print('PROBLEM', p)
    langs = {}
    for r in rows:
        langs[r[2]] = langs.get(r[2], 0) + 1
    print('mails: %d, labels: %s, traps: %d, langs: %s, IBANs checked: %d'
          % (len(rows), count, traps, langs, ibans_seen))
    print('check', 'FAILED' if problems else 'OK')
    return not problems


if __name__ == '__main__':
    if '--check' in sys.argv:
        sys.exit(0 if check() else 1)
    rows = build(HERE)
    print('wrote %d mails' % len(rows))
