#!/usr/bin/env python3
"""Generator for the dev61 mail corpus (Siegel).

Every mail is written by hand in its own function m001 ... m150. The helpers
below only turn that hand-written content into MIME (Python `email`,
policy=SMTP, CRLF) or into a file format (PDF, XLSX, ODS, DOCX, ODT, CSV, ZIP).
Output is deterministic: MIME boundaries, Message-IDs, ZIP timestamps and
document metadata are fixed.

    python make_corpus.py          # writes mails/d61-0001.eml ... and labels.tsv
    python make_corpus.py --check  # re-parses every file and validates counts
"""
import csv
import io
import os
import re
import sys
import zipfile
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP, default

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'mails')
N, C, S = 'NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'
EXPECTED = {N: 60, C: 45, S: 45}
FIXED_ZIP_DATE = (2026, 11, 2, 9, 0, 0)

# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------

def EM(frm, to, subject, date, body=None, *, cc=None, html=None, html_only=False,
       charset='utf-8', cte=None, flowed=False, atts=(), hdr=None, irt=None,
       mid=None, reply_to=None):
    """Build one EmailMessage from hand-written parts."""
    m = EmailMessage(policy=SMTP)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    if reply_to:
        m['Reply-To'] = reply_to
    m['Subject'] = subject
    m['Date'] = date
    if mid:
        m['Message-ID'] = mid
    if irt:
        m['In-Reply-To'] = irt
        m['References'] = irt
    for k, v in (hdr or {}).items():
        m[k] = v
    if html_only:
        m.set_content(html, subtype='html', charset=charset, cte=cte)
    else:
        m.set_content(body, charset=charset, cte=cte)
        if flowed:
            m.set_param('format', 'flowed')
        if html is not None:
            m.add_alternative(html, subtype='html', charset=charset, cte=cte)
    for a in atts:
        attach(m, *a)
    return m


def attach(m, filename, data, mimetype):
    maintype, subtype = mimetype.split('/', 1)
    if isinstance(data, EmailMessage):
        m.add_attachment(data, filename=filename)
    elif isinstance(data, str):
        m.add_attachment(data, subtype=subtype, filename=filename)
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)


def fix_boundaries(m, n):
    """Give every multipart (also inside forwarded mails) a fixed boundary."""
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == 'multipart':
            i += 1
            part.set_boundary('----=_Bh61_%04d_%d' % (n, i))

# --------------------------------------------------------------------------
# file-format helpers (content always comes from the calling mail function)
# --------------------------------------------------------------------------

def _renormalise_zip(raw):
    """Rewrite a ZIP with fixed timestamps so the output is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                # openpyxl stamps the save time into dcterms:modified
                data = re.sub(rb'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)',
                              rb'\g<1>2026-11-02T09:00:00Z\g<2>', data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DATE)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return buf.getvalue()


def zipb(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode('utf-8')
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def csvb(rows, enc='utf-8', sep=';'):
    s = io.StringIO()
    w = csv.writer(s, delimiter=sep, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(enc)


def xlsx(sheets, author='Brückenhaus Versicherung AG'):
    import datetime
    from openpyxl import Workbook
    wb = Workbook()
    first = True
    for name, rows in sheets.items():
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for r in rows:
            ws.append(list(r))
    fixed = datetime.datetime(2026, 11, 2, 9, 0, 0)
    wb.properties.creator = author
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.lastModifiedBy = author
    buf = io.BytesIO()
    wb.save(buf)
    return _renormalise_zip(buf.getvalue())


def _odf_cell(value):
    from odf.table import TableCell
    from odf.text import P
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        c = TableCell(valuetype='float', value=value)
    else:
        c = TableCell(valuetype='string')
    c.addElement(P(text=str(value)))
    return c


def ods(sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow
    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for r in rows:
            tr = TableRow()
            for v in r:
                tr.addElement(_odf_cell(v))
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    buf = io.BytesIO()
    doc.write(buf)
    return _renormalise_zip(buf.getvalue())


def odt(paragraphs):
    from odf.opendocument import OpenDocumentText
    from odf.text import P
    doc = OpenDocumentText()
    for p in paragraphs:
        doc.text.addElement(P(text=p))
    buf = io.BytesIO()
    doc.write(buf)
    return _renormalise_zip(buf.getvalue())


def docx(paragraphs, table=None, author='Brückenhaus Versicherung AG'):
    """paragraphs: list of str; a str starting with '# ' becomes a heading.
    table: optional list of rows, inserted after the paragraphs."""
    import datetime
    from docx import Document
    d = Document()
    for p in paragraphs:
        if p.startswith('# '):
            d.add_heading(p[2:], level=1)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for r in table:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    fixed = datetime.datetime(2026, 11, 2, 9, 0, 0)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return _renormalise_zip(buf.getvalue())


def pdf(lines, title='Dokument'):
    """Minimal text PDF (Helvetica, WinAnsiEncoding), 48 lines per page."""
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    pages = [lines[i:i + 48] for i in range(0, max(len(lines), 1), 48)] or [[]]
    objs = []
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    kids = ' '.join('%d 0 R' % (4 + 2 * i) for i in range(len(pages)))
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, len(pages))).encode())
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    for i, pl in enumerate(pages):
        content = 'BT /F1 10 Tf 14 TL 56 790 Td\n'
        for ln in pl:
            content += '(%s) Tj T*\n' % esc(ln)
        content += 'ET\n'
        cb = content.encode('cp1252')
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                     '/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>'
                     % (5 + 2 * i)).encode())
        objs.append(b'<< /Length %d >>\nstream\n' % len(cb) + cb + b'endstream')
    objs.append(('<< /Title (%s) /Producer (Brueckenhaus Druckstrasse) '
                 '/CreationDate (D:20261102090000+01\'00\') >>' % esc(title)).encode('cp1252'))
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for off in offsets:
        out += b'%010d 00000 n \n' % off
    out += (b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n'
            % (len(objs) + 1, len(objs), xref))
    return bytes(out)

# shorthand MIME types
T_PDF = 'application/pdf'
T_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
T_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
T_ODS = 'application/vnd.oasis.opendocument.spreadsheet'
T_ODT = 'application/vnd.oasis.opendocument.text'
T_CSV = 'text/csv'
T_XLSCSV = 'application/vnd.ms-excel'
T_ICS = 'text/calendar'
T_ZIP = 'application/zip'
T_BIN = 'application/octet-stream'
T_TXT = 'text/plain'
T_MSG = 'message/rfc822'

# --------------------------------------------------------------------------
# the mails
# --------------------------------------------------------------------------

def m001():
    body = """Sehr geehrter Herr Dr. Falkenrath,

in der Haftpflichtsache Ihrer Mandantin Frau Lieselotte Grabbe ./. unseren
Versicherungsnehmer Herrn Detlef Amsinck (Schaden-Nr. HP-26-0048213) kommen wir
auf Ihr Schreiben vom 14.10.2026 zurück.

Nach Auswertung des Entlassungsberichts des Kreisklinikums Reinhardswald-Süd
und des Gutachtens von Prof. Dannhauer gehen wir von folgenden Verletzungen aus:

- Claviculaschaftfraktur links (S42.02), operativ mit Plattenosteosynthese versorgt
- HWS-Distorsion (S13.4), konservativ behandelt
- Schürfwunden an beiden Unterarmen

Die Arbeitsunfähigkeit Ihrer Mandantin bestand vom 03.06. bis 18.08.2026.
Eine Metallentfernung ist für das Frühjahr 2027 geplant.

Zur Abgeltung des immateriellen Schadens bieten wir ein Schmerzensgeld in Höhe
von 6.500,00 EUR an. Hierauf haben wir bereits einen Vorschuss von 2.000,00 EUR
geleistet, so dass noch 4.500,00 EUR zur Zahlung offen stehen. Den
Haushaltsführungsschaden regulieren wir gesondert, sobald uns die Aufstellung
vorliegt.

Die Metallentfernung und etwaige Folgeschäden behalten wir uns ausdrücklich vor
(kein Abfindungsvergleich).

Mit freundlichen Grüßen

Jana Wendeborn
Schadenregulierung Haftpflicht / Personenschaden
Brückenhaus Versicherung AG
Ständeplatz 7, 34117 Kassel
Tel. 0561 7080-4412
"""
    m = EM('Jana Wendeborn <jana.wendeborn@brueckenhaus.example>',
           'Dr. Cornelius Falkenrath <c.falkenrath@ra-falkenrath.example>',
           'Ihr Zeichen 233/26 CF - Grabbe ./. Amsinck - HP-26-0048213',
           'Mon, 02 Nov 2026 10:14:03 +0100', body, cte='quoted-printable')
    return m, S, 'de', 'insurer-to-lawyer', 'injured cyclist: fractures with ICD codes, incapacity period, pain-and-suffering offer'


def m002():
    body = """Hallo zusammen,

zur Info vorab, bevor es morgen im Produktgremium besprochen wird: Mit den
AUB 2027 ändern wir die Gliedertaxe in Ziff. 2.1.2.2.1. Vorgesehene Werte:

  Arm im Schultergelenk ........ 70 % (bisher 70 %)
  Hand im Handgelenk ........... 60 % (bisher 55 %)
  Daumen ....................... 22 % (bisher 20 %)
  Zeigefinger .................. 12 % (bisher 10 %)
  Bein über der Mitte des Oberschenkels  70 %
  Fuß im Fußgelenk ............. 45 % (bisher 40 %)
  Auge ......................... 50 %
  Gehör auf einem Ohr .......... 30 %
  Geruchssinn / Geschmackssinn . 10 % / 5 %

Die verbesserte Gliedertaxe gilt nur für die Tarifvariante "Premium". Die
Kalkulation (Schadenbedarf +1,8 %) hat Jonas schon geprüft.

Bitte Rückmeldungen bis Donnerstag.

Viele Grüße
Kai Niemeyer
Produktmanagement Unfall
"""
    m = EM('Kai Niemeyer <kai.niemeyer@brueckenhaus.example>',
           'Produktgremium Unfall <pg-unfall@brueckenhaus.example>',
           'AUB 2027 - neue Gliedertaxe (Entwurf)',
           'Tue, 03 Nov 2026 08:02:47 +0100', body)
    return m, N, 'de', 'internal', 'trap: product conditions, body-part invalidity percentages, no person'


def m003():
    body = """Sehr geehrte Frau Pawlitzki,

vielen Dank für Ihre Schadenmeldung vom 28.10.2026.

Sie haben uns mitgeteilt, dass sich am 26.10.2026 in Ihrer Wohnung in der
Wilhelmshöher Allee 211, 34121 Kassel, der Schlauch der Waschmaschine gelöst hat
und Wasser in die darunterliegende Wohnung von Herrn Gerd Ostendorf gelaufen ist.
Verletzt wurde zum Glück niemand.

Ihr Schaden ist bei uns unter der Nummer PHV-S-2026-118402 zu Ihrem
Privathaftpflichtvertrag 71 448 902 erfasst. Wir haben den Sachverständigen
Herrn Pietsch gebeten, sich die Decke und den Laminatboden in der Wohnung von
Herrn Ostendorf anzusehen. Er wird sich direkt bei ihm melden.

Bitte geben Sie Herrn Ostendorf unsere Schadennummer weiter und bitten Sie ihn,
keine Reparaturaufträge zu vergeben, bevor der Sachverständige da war.

Mit freundlichen Grüßen

Henrik Lammers
Sachschaden Haftpflicht
Brückenhaus Versicherung AG
"""
    m = EM('Henrik Lammers <henrik.lammers@brueckenhaus.example>',
           'r.pawlitzki@posteo-mail.example',
           'Ihr Wasserschaden vom 26.10.2026 - Schaden-Nr. PHV-S-2026-118402',
           'Tue, 03 Nov 2026 11:40:12 +0100', body)
    return m, C, 'de', 'insurer-to-customer', 'liability water damage, named policyholder, address, policy and claim number; nobody hurt'


def m004():
    body = """Dear Mr Hollis,

Thank you for speaking with me on the phone yesterday. As promised, here is a
short summary of where we are with your claim.

Our policyholder, Mrs Sabine Runkel, has confirmed that her dog bit you on
17 September 2026 on the footpath along the Fulda in Kassel. You told me that
the bite to your left calf needed six stitches at the emergency department of
the Klinikum and that you then had a course of antibiotics (amoxicillin /
clavulanic acid) because the wound became infected. You also received a
tetanus booster.

To assess your claim for pain and suffering and your expenses, we need:

1. the discharge letter or treatment report from the emergency department
2. the invoice(s) for the treatment and the pharmacy receipts
3. your confirmation that we may ask your GP in Leeds for a short report
   (form enclosed in our letter of 29 October)

You can reply to this e-mail with scans or photos. Please quote our reference
HP-26-0051977.

Kind regards

Oliver Thornbury
Liability Claims - Bodily Injury
Brückenhaus Versicherung AG, Kassel, Germany
+49 561 7080-4470
"""
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Mr Hollis,</p>
<p>Thank you for speaking with me on the phone yesterday. As promised, here is a
short summary of where we are with your claim.</p>
<p>Our policyholder, Mrs Sabine Runkel, has confirmed that her dog bit you on
17 September 2026 on the footpath along the Fulda in Kassel. You told me that
the bite to your left calf needed six stitches at the emergency department of
the Klinikum and that you then had a course of antibiotics (amoxicillin /
clavulanic acid) because the wound became infected. You also received a
tetanus booster.</p>
<p>To assess your claim for pain and suffering and your expenses, we need:</p>
<ol>
<li>the discharge letter or treatment report from the emergency department</li>
<li>the invoice(s) for the treatment and the pharmacy receipts</li>
<li>your confirmation that we may ask your GP in Leeds for a short report
(form enclosed in our letter of 29 October)</li>
</ol>
<p>You can reply to this e-mail with scans or photos. Please quote our reference
<b>HP-26-0051977</b>.</p>
<p>Kind regards<br>Oliver Thornbury<br>Liability Claims - Bodily Injury<br>
Brückenhaus Versicherung AG, Kassel, Germany<br>+49 561 7080-4470</p>
</body></html>"""
    m = EM('Oliver Thornbury <oliver.thornbury@brueckenhaus.example>',
           'Matthew Hollis <matt.hollis@northmail.example>',
           'Your claim HP-26-0051977 - next steps',
           'Wed, 04 Nov 2026 09:21:55 +0100', body, html=html)
    return m, S, 'en', 'insurer-to-claimant', 'dog bite injury of named claimant: stitches, infection, antibiotics'


def m005():
    html = """<html><head><meta charset="utf-8"><title>Claims Insight</title></head>
<body style="font-family:Arial,sans-serif">
<h2>Claims Insight | Issue 11/2026</h2>
<h3>Slips, trips and falls: what our 2025 accident claims tell us</h3>
<p>Winter is coming, and with it the season of icy pavements. Our claims analysts
looked at all accident-insurance claims reported in 2025 where the cause was a fall
on ice or snow.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Injury (grouped)</th><th>Share of winter fall claims</th><th>Avg. invalidity degree</th><th>Avg. benefit (EUR)</th></tr>
<tr><td>Wrist / distal radius fractures</td><td>31 %</td><td>8.2 %</td><td>9,740</td></tr>
<tr><td>Ankle fractures</td><td>18 %</td><td>11.5 %</td><td>14,120</td></tr>
<tr><td>Hip / proximal femur fractures</td><td>9 %</td><td>24.0 %</td><td>41,300</td></tr>
<tr><td>Head injuries (concussion and worse)</td><td>7 %</td><td>6.1 %</td><td>12,880</td></tr>
<tr><td>Shoulder (incl. rotator cuff)</td><td>14 %</td><td>9.8 %</td><td>11,050</td></tr>
<tr><td>Other</td><td>21 %</td><td>3.4 %</td><td>2,310</td></tr>
</table>
<p>Customers aged 70 and over account for 38 % of the hip fractures. Good footwear,
gritting and a handrail still beat every insurance policy.</p>
<p style="font-size:9pt;color:#666">Brückenhaus Versicherung AG, Ständeplatz 7, 34117 Kassel.
You receive this newsletter because you subscribed on brueckenhaus.example.
<a href="https://brueckenhaus.example/newsletter/abmelden">Unsubscribe</a></p>
</body></html>"""
    m = EM('Brückenhaus Claims Insight <newsletter@brueckenhaus.example>',
           'subscribers@lists.brueckenhaus.example',
           'Claims Insight 11/2026: slips, trips and falls',
           'Wed, 04 Nov 2026 07:00:00 +0100', html=html, html_only=True)
    return m, N, 'en', 'newsletter', 'trap: aggregated fall-injury statistics in an HTML table, no person'


def m006():
    body = """Hi Ms Bergmann,

as discussed, attached is the list of the vehicles of Hollerbeck Logistik GmbH
that were damaged in the hailstorm in the depot in Baunatal on 21 October.
No drivers were in the vehicles at the time, so this is purely a fleet own-damage
claim under policy KF-3302118 (motor fleet, comprehensive).

Our assessor Mr Pietsch will inspect the trucks on 10/11 November. Could you
please ask your client's fleet manager, Mr Ralf Tegeler, to make the vehicle
papers available on site? His mobile according to the claim form is
0171 5520 814.

Best regards
Melek Aydın
Motor Claims / Fleet
Brückenhaus Versicherung AG
"""
    rows = [
        ['Plate', 'VIN', 'Model', 'Damage', 'Driver assigned'],
        ['KS-HL 402', 'WDB9634031L774512', 'Actros 1845', 'roof, windscreen', 'Tegeler, Ralf'],
        ['KS-HL 417', 'WDB9634031L781907', 'Actros 1845', 'roof, mirrors', 'Wunsch, Dariusz'],
        ['KS-HL 433', 'WMA06XZZ7KM823114', 'MAN TGX 18.470', 'bonnet, roof', 'Krüger, Timo'],
        ['KS-HL 51', 'WV1ZZZ7HZMH004412', 'VW Transporter', 'bonnet, roof, windscreen', 'pool'],
    ]
    m = EM('Melek Aydin <melek.aydin@brueckenhaus.example>',
           'Ines Bergmann <i.bergmann@finanzkontor-lahn.example>',
           'Hail damage Hollerbeck Logistik - KF-3302118 / KS-26-771204',
           'Wed, 04 Nov 2026 14:03:29 +0100', body,
           atts=[('Hagelschaden_Hollerbeck_Fahrzeuge.xlsx', xlsx({'Fahrzeuge': rows}), T_XLSX)])
    return m, C, 'en', 'insurer-to-broker', 'fleet hail claim, company policyholder with named contact and drivers, plates and VINs; nobody hurt'


def m007():
    body = """Hallo Miriam,

anbei das Gutachten von Frau Dr. Selbmann in der Sache UL 2026/031877 zur
Prüfung und Freigabe. Ich würde gern noch diese Woche abrechnen.

Danke & Gruß
Tobias
"""
    lines = [
        'Dr. med. Karin Selbmann - Fachärztin für Neurologie - Gutachterpraxis Kassel',
        'Neurologisches Gutachten zur Bemessung der Invalidität (AUB 2014)',
        '',
        'Versicherte Person: Frau Henrike Baltzer, geb. 12.05.1979',
        'Versicherungsschein: UV-4471 2093   Schaden-Nr.: UL 2026/031877',
        'Unfalltag: 09.01.2026 (Sturz mit dem Pferd, Reitanlage Dörnberg)',
        '',
        'Diagnosen:',
        '  S06.0 Gehirnerschütterung',
        '  S14.3 Verletzung des Plexus brachialis rechts (obere Plexusläsion C5/C6)',
        '',
        'Befund bei Untersuchung am 21.10.2026:',
        '  Kraftgrad M4 für Schulterabduktion und Ellenbeugung rechts,',
        '  Sensibilitätsminderung Dermatom C6 rechts, Reflexe seitengleich schwach.',
        '  Keine kognitiven Defizite. Patientin ist Rechtshänderin.',
        '',
        'Beurteilung:',
        '  Die unfallbedingte Funktionsbeeinträchtigung des rechten Armes bemesse ich',
        '  mit 3/10 Armwert. Ein Endzustand ist erreicht; eine wesentliche Besserung',
        '  ist nicht mehr zu erwarten. Vorschäden bestehen nicht.',
        '',
        'Invaliditätsgrad nach Gliedertaxe: 3/10 x 70 % = 21 %',
        '',
        'Kassel, 28.10.2026',
        'Dr. med. K. Selbmann',
    ]
    m = EM('Tobias Kranich <tobias.kranich@brueckenhaus.example>',
           'Dr. Miriam Oltmanns <miriam.oltmanns@brueckenhaus.example>',
           'Gutachten z. Prüfung',
           'Thu, 05 Nov 2026 08:47:10 +0100', body,
           atts=[('Gutachten_Selbmann_UL2026-031877.pdf',
                  pdf(lines, 'Neurologisches Gutachten'), T_PDF)])
    return m, S, 'de', 'internal', 'harmless body; neurological expert report with diagnoses and birth date only in the PDF'


def m008():
    body = """Liebe Kolleginnen und Kollegen,

ab sofort schreiben wir folgende Stelle aus (intern und extern, Veröffentlichung
auf brueckenhaus.example/karriere am Montag):

Sachbearbeiter/in Personenschaden (m/w/d) - Haftpflicht, Standort Kassel
Vollzeit oder Teilzeit ab 30 Std., unbefristet

Ihre Aufgaben
- Prüfung und Regulierung von Personenschäden aus der Privat- und
  Betriebshaftpflicht (Schmerzensgeld, Verdienstausfall, Haushaltsführungsschaden)
- Auswertung ärztlicher Berichte und medizinischer Gutachten
- Korrespondenz mit Anspruchstellern, Rechtsanwälten, Sozialversicherungsträgern
- Zusammenarbeit mit unserem Reha-Management

Ihr Profil
- Ausbildung zur/zum Kauffrau/-mann für Versicherungen und Finanzanlagen oder
  vergleichbare Qualifikation
- Kenntnisse der medizinischen Terminologie (ICD-10, gängige Verletzungsbilder)
  sind von Vorteil
- Sicherer Umgang mit § 253 BGB und der Schmerzensgeldrechtsprechung

Wir bieten 38-Stunden-Woche, mobiles Arbeiten, JobRad und eine betriebliche
Krankenversicherung.

Empfehlungen von Mitarbeitenden werden mit 1.500 EUR Prämie belohnt.

Nadine Brosch
Personalabteilung / Recruiting
"""
    m = EM('Nadine Brosch <nadine.brosch@brueckenhaus.example>',
           'Alle Mitarbeitenden Kassel <alle-kassel@brueckenhaus.example>',
           'Stellenausschreibung: Sachbearbeiter/in Personenschaden (m/w/d)',
           'Thu, 05 Nov 2026 09:30:00 +0100', body)
    return m, N, 'de', 'internal', 'trap: job ad naming ICD-10, injuries, pain and suffering; no person'


def m009():
    body = """Sehr geehrte Frau Ebeling,

vielen Dank für Ihr Schreiben vom 22.10.2026 (Ihr Az. 4/26-UV-18834/SE).

Wir bestätigen die Einstandspflicht unseres Versicherungsnehmers, der Firma
Gartenbau Rehbein, für den Unfall Ihres Versicherten Herrn Mirko Stanojević am
02.07.2026 auf der Baustelle Kirchditmold dem Grunde nach zu 100 %.

Nach dem uns vorliegenden D-Arzt-Bericht erlitt Herr Stanojević eine
Unterschenkelschaftfraktur rechts (S82.2) und eine Prellung des Beckens. Sie
teilen mit, dass Verletztengeld vom 16.08. bis voraussichtlich 31.12.2026
gezahlt wird und eine stufenweise Wiedereingliederung ab Januar geplant ist.

Wir rechnen nach dem Teilungsabkommen (TA BG/Haftpflicht) ab. Bitte übersenden
Sie uns die bezifferte Aufstellung der Heilbehandlungskosten und des
Verletztengeldes, sobald der Zeitraum abgeschlossen ist. Eine Vorschusszahlung
von 15.000 EUR haben wir heute angewiesen.

Mit freundlichen Grüßen

i. A. Anke Voßberg
Regress / Sozialversicherungsträger
Brückenhaus Versicherung AG
Schaden-Nr. BH-26-0039006
"""
    m = EM('Anke Vossberg <anke.vossberg@brueckenhaus.example>',
           'Sabine Ebeling <s.ebeling@bgvl.example>',
           'Ihr Az. 4/26-UV-18834/SE - Unfall Stanojević 02.07.2026',
           'Thu, 05 Nov 2026 13:16:44 +0100', body)
    return m, S, 'de', 'insurer-to-bg', 'workplace accident of named worker: fracture, injury allowance, reintegration'


def m010():
    body = """Sehr geehrter Herr Yıldırım,

wir regulieren den Schaden aus dem Verkehrsunfall vom 19.10.2026 auf dem
Parkplatz des Edeka-Marktes in Vellmar wie folgt. Unser Versicherungsnehmer hat
beim Ausparken Ihren Pkw (KS-EY 2204) an der Fahrertür gestreift. Personen
kamen nicht zu Schaden.

  Reparaturkosten lt. Gutachten Pietsch     1.912,40 EUR
  Wertminderung                               150,00 EUR
  Sachverständigenkosten                      486,71 EUR
  Kostenpauschale                              25,00 EUR
  -------------------------------------------------------
  Gesamt                                    2.574,11 EUR

Die Sachverständigenkosten zahlen wir direkt an das Büro Pietsch. Den Betrag von
2.087,40 EUR überweisen wir auf Ihr Konto

  DE83 2505 0180 0003 9281 74 (Emre Yıldırım)

Bitte prüfen Sie die Bankverbindung; wenn sie nicht stimmt, melden Sie sich bis
Freitag.

Mit freundlichen Grüßen
Melek Aydın
Kfz-Schaden
Brückenhaus Versicherung AG
Schaden-Nr. KS-26-770981
"""
    m = EM('Melek Aydin <melek.aydin@brueckenhaus.example>',
           'emre.yildirim@web-post.example',
           'Abrechnung Ihres Fahrzeugschadens KS-26-770981',
           'Thu, 05 Nov 2026 15:55:02 +0100', body, cte='quoted-printable')
    return m, C, 'de', 'insurer-to-claimant', 'motor third-party property claim: named claimant, plate, IBAN; nobody hurt'


def m011():
    body = """Moin,

die Kantine im 2. OG bleibt am Freitag, 13.11., wegen Umbau der Spülstraße
geschlossen. Als Ersatz gibt es ab 11:30 Uhr belegte Brötchen und Suppe im
Foyer, Bezahlung wie gewohnt mit dem Mitarbeiterausweis.

Schönes Wochenende schon mal
Bernd Wolkow
Haustechnik / Facility
"""
    m = EM('Bernd Wolkow <bernd.wolkow@brueckenhaus.example>',
           'Alle Mitarbeitenden Kassel <alle-kassel@brueckenhaus.example>',
           'Kantine Freitag geschlossen',
           'Fri, 06 Nov 2026 10:05:00 +0100', body, cte='8bit', flowed=True)
    return m, N, 'de', 'internal', 'canteen closed, organisational'


def m012():
    body = """Dear Mr Ashworth,

Thank you for agreeing to act as the orthopaedic expert in this matter. Please
find attached our letter of instruction together with the list of enclosed
records. The medical records themselves will follow by secure transfer.

We would be grateful to receive your report within eight weeks of the
examination. Your fee of GBP 1,450 plus disbursements is agreed.

Yours sincerely

Oliver Thornbury
Liability Claims - Bodily Injury
Brückenhaus Versicherung AG
"""
    doc = docx([
        '# Letter of instruction - orthopaedic report',
        'Claimant: Mr Rhys Pemberton, date of birth 04 March 1988',
        'Our reference: HP-26-0044650     Accident: 11 April 2026, Ferienpark Edersee (fall from a defective jetty)',
        'Injuries as reported: displaced fracture of the right tibial plateau (Schatzker II, ICD-10 S82.1), open reduction and internal fixation at Klinikum Bad Wildungen on 12 April 2026; subsequent physiotherapy in Cardiff.',
        'Please address the following questions:',
        '1. Diagnosis and the treatment received to date.',
        '2. Whether the claimant has reached maximum medical improvement.',
        '3. The risk of post-traumatic osteoarthritis of the right knee and the likely need for a total knee replacement, with timing.',
        '4. Capacity for work as a self-employed plasterer, past and future.',
        '5. Any pre-existing degenerative changes (the GP records mention knee pain in 2019).',
        'Enclosed records: discharge summary Klinikum Bad Wildungen; GP records 2016-2026; physiotherapy notes; X-ray and CT reports.',
    ], author='Oliver Thornbury')
    m = EM('Oliver Thornbury <oliver.thornbury@brueckenhaus.example>',
           'Mr David Ashworth FRCS <d.ashworth@ashworth-medicolegal.example>',
           'Instruction - our ref HP-26-0044650',
           'Fri, 06 Nov 2026 11:32:18 +0100', body,
           atts=[('Letter_of_instruction_HP-26-0044650.docx', doc, T_DOCX)])
    return m, S, 'en', 'insurer-to-expert', 'claimant name, DOB, fracture and surgery only in the DOCX instruction letter'


def m013():
    body = """Dear Ms Lindqvist,

Please find attached the quarterly large-loss bordereau (Q3 2026) for the
casualty excess-of-loss treaty. As agreed in the treaty wording, bodily-injury
claims are reported without names; claimants are shown in age bands only and
regions with fewer than five claims are merged.

Total incurred for the eleven reported claims: EUR 14.72m, of which
EUR 9.1m relate to the two severe brain-injury cases already notified in Q1.

Best regards
Dr. Jonas Weidenbach
Actuarial / Reinsurance
Brückenhaus Versicherung AG
"""
    rows = [
        ['Claim ID (internal)', 'Line', 'Year of loss', 'Injury category', 'Claimant age band', 'Region', 'Paid EUR', 'Reserve EUR'],
        ['LL-01', 'General liability', 2021, 'Severe brain injury', '0-17', 'Hessen', 1120000, 3680000],
        ['LL-02', 'Motor liability', 2022, 'Severe brain injury', '18-29', 'Hessen', 980000, 3320000],
        ['LL-03', 'Motor liability', 2024, 'Spinal cord injury', '30-44', 'Niedersachsen/Thüringen', 410000, 1890000],
        ['LL-04', 'Motor liability', 2025, 'Multiple fractures', '45-59', 'Hessen', 220000, 640000],
        ['LL-05', 'Employers / BG recourse', 2025, 'Amputation upper limb', '30-44', 'Hessen', 150000, 420000],
        ['LL-06', 'General liability', 2025, 'Burns', '0-17', 'Other', 95000, 380000],
        ['LL-07', 'Motor liability', 2026, 'Fatal (dependency)', '45-59', 'Hessen', 60000, 510000],
        ['LL-08..LL-11', 'mixed', 2026, 'Fractures / other', 'mixed', 'mixed', 180000, 660000],
    ]
    m = EM('Dr. Jonas Weidenbach <jonas.weidenbach@brueckenhaus.example>',
           'Karin Lindqvist <karin.lindqvist@nordhafen-re.example>',
           'Casualty XL - large loss bordereau Q3 2026',
           'Fri, 06 Nov 2026 16:20:41 +0100', body,
           atts=[('LL_Bordereau_Q3_2026.xlsx', xlsx({'Q3 2026': rows}), T_XLSX)])
    return m, N, 'en', 'insurer-to-partner', 'trap: anonymised large-loss bordereau with injury categories and age bands'


def m014():
    body = """Sehr geehrte Frau Hessler,

zunächst möchten wir Ihnen und Ihrer Familie unser aufrichtiges Beileid zum Tod
Ihres Mannes aussprechen.

Aus der Unfallversicherung Ihres Mannes (Versicherungsschein UV-3318 7741) ist
eine Todesfallleistung von 25.000,00 EUR vereinbart. Nach dem Bericht der
Polizei und der Todesbescheinigung ist Herr Wolfgang Hessler am 14.10.2026 an
den Folgen eines schweren Schädel-Hirn-Traumas verstorben, das er bei dem Sturz
von der Leiter am 11.10.2026 erlitten hat. Der Unfallzusammenhang steht für uns
damit fest; eine Obduktion benötigen wir nicht.

Als Bezugsberechtigte ist im Vertrag "der Ehegatte" eingetragen. Wir können
die Leistung daher an Sie auszahlen, sobald uns vorliegen:

- eine Kopie der Sterbeurkunde
- eine Kopie Ihres Personalausweises
- Ihre Bankverbindung (gern auf dem beigefügten Formular)

Wenn Sie Fragen haben oder Hilfe beim Ausfüllen brauchen, rufen Sie mich gern
direkt an.

Mit freundlichen Grüßen

Tobias Kranich
Leistung Unfallversicherung
Brückenhaus Versicherung AG
Telefon 0561 7080-4321
"""
    m = EM('Tobias Kranich <tobias.kranich@brueckenhaus.example>',
           'Gudrun Hessler <gudrun.hessler@t-netz.example>',
           'Unfallversicherung Ihres Mannes - UV-3318 7741',
           'Mon, 09 Nov 2026 09:12:37 +0100', body)
    return m, S, 'de', 'insurer-to-relative', 'accident death benefit to widow: cause of death, beneficiary'


def m015():
    body = """Dear Ms Caldwell,

We are the liability insurer of Mr Frank Söllner, whose car was involved in a
rear-end collision on 23 October 2026 at about 5.40 pm at the junction
Friedrich-Ebert-Straße / Querallee in Kassel. According to the police report
you were waiting at the tram stop and saw what happened. Nobody was injured;
the dispute is only about who caused the damage to the two cars.

The other driver, Mr Lutz Behrendt (Opel Astra, KS-LB 771), says that Mr Söllner
(VW Golf, HR-FS 118) drove into him without braking. Mr Söllner says that the
Opel reversed. Could you tell us, in your own words:

- which car moved last before the collision?
- were the brake lights or reversing lights of the Opel on?
- did either driver say anything right after the accident?

A short e-mail is enough. Thank you very much for your help; we know that you
are under no obligation to answer.

Kind regards
Melek Aydın
Motor Claims, Brückenhaus Versicherung AG
Claim no. KS-26-771566
"""
    m = EM('Melek Aydin <melek.aydin@brueckenhaus.example>',
           'Emily Caldwell <emily.caldwell@uni-kassel-students.example>',
           'Witness request - accident 23 October 2026, Friedrich-Ebert-Straße',
           'Mon, 09 Nov 2026 11:48:20 +0100', body)
    return m, C, 'en', 'insurer-to-witness', 'named drivers, plates, named witness in a property-only motor claim'


def m016():
    body = """Hallo Team,

die neue Vorlage für die Anforderung des Invaliditätsnachweises (AUB-Frist 15
Monate) liegt jetzt in der Vorlagenbibliothek unter Unfall > Leistung >
IN_Anforderung_2027.docx. Anbei zur Ansicht. Bitte ab 01.12. nur noch diese
verwenden; die alte Vorlage mit der 21-Monats-Frist ist falsch und wird gelöscht.

Gruß Petra
"""
    doc = docx([
        '# Anforderung ärztlicher Invaliditätsnachweis',
        '«Anrede» «Vorname» «Nachname»',
        '«Straße» «Hausnummer»',
        '«PLZ» «Ort»',
        'Versicherungsschein: «VS-Nr»    Schaden-Nr.: «Schaden-Nr»    Unfalltag: «Unfalldatum»',
        '«Briefanrede»,',
        'damit wir eine Invaliditätsleistung prüfen können, muss die Invalidität innerhalb von 15 Monaten nach dem Unfall von einem Arzt schriftlich festgestellt und bei uns geltend gemacht werden.',
        'Die Frist endet in Ihrem Fall am «Fristende». Bitte lassen Sie das beiliegende Formular von Ihrer behandelnden Ärztin oder Ihrem behandelnden Arzt ausfüllen.',
        'Die Kosten für dieses Attest übernehmen wir bis zu «Betrag» EUR.',
        'Mit freundlichen Grüßen',
        '«Sachbearbeiter»',
    ], author='Petra Schimmel')
    m = EM('Petra Schimmel <petra.schimmel@brueckenhaus.example>',
           'Team Unfall-Leistung <unfall-leistung@brueckenhaus.example>',
           'Neue Vorlage Invaliditätsnachweis ab 01.12.',
           'Mon, 09 Nov 2026 14:00:09 +0100', body,
           atts=[('IN_Anforderung_2027.docx', doc, T_DOCX)])
    return m, N, 'de', 'internal', 'trap: letter template with «placeholders» about invalidity certificate'


def m017():
    body = """Sehr geehrte Frau Fenske,

wie telefonisch besprochen beauftragen wir Sie mit dem Reha-Management für
Herrn Jannik Vollmer (Schaden-Nr. HP-26-0031120). Die Eckdaten finden Sie in
der Tabelle unten. Die Schweigepflichtentbindung von Herrn Vollmer und seiner
Mutter als Betreuerin liegt vor und ist beigefügt per Post unterwegs.

Viele Grüße
Sven Hartl
Reha-Koordination
Brückenhaus Versicherung AG
"""
    html = """<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p>Sehr geehrte Frau Fenske,</p>
<p>wie telefonisch besprochen beauftragen wir Sie mit dem Reha-Management für
Herrn Jannik Vollmer (Schaden-Nr. HP-26-0031120). Die Eckdaten finden Sie in
der Tabelle unten.</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><td><b>Geschädigter</b></td><td>Jannik Vollmer, 23 J., Kfz-Mechatroniker-Azubi</td></tr>
<tr><td><b>Unfall</b></td><td>07.08.2026, Motorradunfall B 83, Fremdverschulden unseres VN</td></tr>
<tr><td><b>Diagnosen</b></td><td>Schädel-Hirn-Trauma III° (S06.21), Kontusionsblutung frontal li.,
Femurschaftfraktur re. (S72.3)</td></tr>
<tr><td><b>Aktuell</b></td><td>Neurologische Frühreha Phase C, Rehazentrum Hessisch Lichtenau, seit 22.09.</td></tr>
<tr><td><b>Probleme</b></td><td>Konzentration, Antrieb, Gedächtnis; Gehstrecke ca. 200 m mit Unterarmgehstützen</td></tr>
<tr><td><b>Ziele</b></td><td>Anschluss-Reha Phase D, Wohnsituation (Wohnung 3. OG ohne Aufzug), Ausbildung fortsetzen</td></tr>
<tr><td><b>Kontakt</b></td><td>Mutter Birgit Vollmer (gesetzl. Betreuerin), 0160 9912 0475</td></tr>
</table>
<p>Viele Grüße<br>Sven Hartl<br>Reha-Koordination<br>Brückenhaus Versicherung AG</p>
</body></html>"""
    m = EM('Sven Hartl <sven.hartl@brueckenhaus.example>',
           'Claudia Fenske <c.fenske@rehaplan-nordhessen.example>',
           'Auftrag Reha-Management HP-26-0031120',
           'Tue, 10 Nov 2026 08:33:51 +0100', body, html=html)
    return m, S, 'de', 'insurer-to-rehab', 'rehab assignment; brain injury diagnoses, rehab phase and guardian only in the HTML table'


def m018():
    body = """Dear Ms Pratt,

Re: Your client Mr Gareth Moody - accident 02/09/2026, A7 near Guxhagen
Our ref: KS-26-769402 / Green Card GB

Thank you for your letter of 20 October. We accept that our insured, driving
the lorry HEF-RT 390, changed lanes without due care and caused the collision
with your client's Land Rover Discovery (registration LK19 WZP). Your letter
confirms that your client and his passenger were not injured, so the claim is
limited to the vehicle damage and consequential losses.

We can agree:
- repair costs as per the German assessor's report: EUR 7,884.20
- towing from the motorway: EUR 412.00
- hotel in Melsungen for one night: EUR 129.00

We cannot agree the credit hire charges of GBP 6,240 for a replacement Range
Rover for 52 days. The vehicle was repairable within 9 working days; we offer
hire for 12 days at the rate of a comparable vehicle, i.e. EUR 1,140.

Kind regards
Oliver Thornbury
Motor & Liability Claims - International
Brückenhaus Versicherung AG
"""
    m = EM('Oliver Thornbury <oliver.thornbury@brueckenhaus.example>',
           'Imogen Pratt <imogen.pratt@hartwellbryce.example>',
           'RE: Moody v Brückenhaus - KS-26-769402',
           'Tue, 10 Nov 2026 10:11:09 +0100', body)
    return m, C, 'en', 'insurer-to-lawyer', 'motor property claim of named client, plates; explicitly no injuries'


def m019():
    body = """Hallo zusammen,

anbei das Protokoll unserer Teamrunde vom Dienstag. Bitte bis Freitag
Korrekturen an mich.

Gruß
Rainer
"""
    doc = odt([
        'Protokoll Teamrunde Haftpflicht-Personenschaden, 10.11.2026',
        'Teilnehmende: R. Pohlmann (Leitung), J. Wendeborn, O. Thornbury, A. Voßberg, P. Schimmel (Protokoll)',
        'TOP 1 Reservestand: Der Gesamtreservebestand Personenschaden liegt bei 48,2 Mio. EUR (+6 % ggü. Vorjahr). Treiber sind Pflegekosten bei schweren Hirnverletzungen und höhere Stundensätze für Pflegedienste.',
        'TOP 2 Schmerzensgeld-Trend: Die Gerichte im OLG-Bezirk Frankfurt sprechen bei HWS-Distorsionen Grad I weiterhin 500 bis 1.500 EUR zu; bei Polytrauma mit Dauerschaden deutlich über 100.000 EUR. Wir passen die interne Richtwerttabelle zum 01.01. an.',
        'TOP 3 Reha-Management: Die Quote der Fälle mit Reha-Management soll von 4 % auf 6 % steigen. Kriterien bleiben: SHT, Querschnitt, Amputation, schwere Polytraumen, lange AU bei jungen Geschädigten.',
        'TOP 4 Verschiedenes: Vertretung über Weihnachten ist geklärt (Liste im Teams-Kanal).',
    ])
    m = EM('Rainer Pohlmann <rainer.pohlmann@brueckenhaus.example>',
           'Team HP-Personenschaden <hp-personenschaden@brueckenhaus.example>',
           'Protokoll Teamrunde 10.11.',
           'Wed, 11 Nov 2026 17:02:26 +0100', body,
           atts=[('Protokoll_Teamrunde_2026-11-10.odt', doc, T_ODT)])
    return m, N, 'de', 'internal', 'trap: team minutes on reserves, injury types and pain-and-suffering trends, no case'


def m020():
    body = """Hi Oliver,

ja, passt so, gib die Zahlung frei. Die 12.000 Vorschuss sind angesichts des
Verlaufs vertretbar.

Gruß
Rainer

Rainer Pohlmann
Teamleitung Haftpflicht-Personenschaden
Brückenhaus Versicherung AG

-----Ursprüngliche Nachricht-----
Von: Oliver Thornbury
Gesendet: Mittwoch, 11. November 2026 15:40
An: Rainer Pohlmann
Betreff: Freigabe Vorschuss HP-26-0027715

Hallo Rainer,

ich bräuchte Deine Freigabe für einen weiteren Vorschuss von 12.000 EUR an
Frau Kerstin Maibaum (Auffahrunfall 14.03.2026, unser VN voll haftend).
Sie ist seit dem Unfall durchgehend arbeitsunfähig. Neben der HWS-Distorsion
hat der Psychiater jetzt eine posttraumatische Belastungsstörung (F43.1)
diagnostiziert; sie ist seit September in einer Traumatherapie und nimmt
Sertralin 100 mg. Die MdE wird vom Gutachter vorläufig mit 30 % eingeschätzt.
Verdienstausfall (Netto ca. 2.350 EUR/Monat) läuft seit Mai über den
Krankengeldbezug, die Differenz macht ihr Anwalt geltend.

Danke und Gruß
Oliver
"""
    m = EM('Rainer Pohlmann <rainer.pohlmann@brueckenhaus.example>',
           'Oliver Thornbury <oliver.thornbury@brueckenhaus.example>',
           'AW: Freigabe Vorschuss HP-26-0027715',
           'Wed, 11 Nov 2026 16:05:13 +0100', body)
    return m, S, 'de', 'internal', 'short approval; PTSD diagnosis F43.1, medication and incapacity only in the quoted message'


def m021():
    body = """PRESS RELEASE - for immediate release

Brückenhaus study: e-scooter accidents are getting more severe

Kassel, 12 November 2026. E-scooter riders insured with Brückenhaus reported
41 % more accident claims in the first nine months of 2026 than in the same
period last year. The analysis of 1,284 anonymised claims shows:

* Head and face injuries account for 29 % of all e-scooter claims; only 7 % of
  the injured riders wore a helmet.
* The most frequent single injury is a fracture of the wrist or forearm (22 %).
* Half of the accidents happened without any other road user involved, mostly
  because of kerbs, tram rails or wet leaves.
* Riders aged 18 to 24 are involved in almost every third claim.

"An accident insurance pays after the event. A helmet helps before it," says
Kai Niemeyer, head of accident products at Brückenhaus.

About Brückenhaus: Brückenhaus Versicherung AG is a regional composite insurer
based in Kassel with 640 employees.

Press contact: Lisa Marquardt, presse@brueckenhaus.example, +49 561 7080-1010
"""
    m = EM('Lisa Marquardt <presse@brueckenhaus.example>',
           'Newsdesk <newsdesk@hessen-wire.example>',
           'Press release: e-scooter accidents are getting more severe',
           'Thu, 12 Nov 2026 09:00:00 +0100', body)
    return m, N, 'en', 'insurer-to-press', 'trap: press release with aggregated injury statistics'


def m022():
    body = """Dear Mr Thanasak,

Thank you for sending the invoices from Bangkok Riverside Hospital. Attached is
our settlement statement for the claim of your employee Mr Florian Deckert under
the group accident policy of Aurum Solar Asia Ltd.
(policy GU-7710-0042, insured person no. 0117).

Mr Deckert was admitted on 30 September 2026 after the motorbike accident in
Chiang Mai and stayed for five nights. The hospital daily allowance and the
recovery benefit are calculated in the attached CSV. The costs of the air
ambulance are covered by his travel policy with another insurer, not by us.

Please let us know the account for payment: the policy terms allow payment to
the employer or directly to Mr Deckert.

Best regards
Oliver Thornbury
International Group Accident
Brückenhaus Versicherung AG
"""
    rows = [
        ['item', 'date', 'description', 'amount_THB', 'amount_EUR', 'benefit'],
        ['1', '2026-09-30', 'ER admission, CT head and neck, X-ray left clavicle', '48200', '1256.40', 'info only'],
        ['2', '2026-09-30', 'Diagnosis: fracture of left clavicle S42.0, concussion S06.0', '', '', ''],
        ['3', '2026-10-01', 'Surgery: ORIF left clavicle (plate)', '186500', '4861.31', 'info only'],
        ['4', '2026-09-30..2026-10-04', 'Inpatient stay 5 nights', '91000', '2372.00', 'hospital daily allowance 5 x 60 EUR = 300.00'],
        ['5', '', 'Recovery benefit (hospital stay > 3 nights)', '', '', '500.00'],
        ['', '', 'TOTAL BENEFIT', '', '', '800.00'],
    ]
    m = EM('Oliver Thornbury <oliver.thornbury@brueckenhaus.example>',
           'Somchai Thanasak <hr@aurumsolar-asia.example>',
           'Group accident GU-7710-0042 - insured no. 0117 - settlement',
           'Thu, 12 Nov 2026 11:27:45 +0100', body,
           atts=[('settlement_GU-7710-0042_0117.csv', csvb(rows, sep=','), T_CSV)])
    return m, S, 'en', 'insurer-to-company', 'group accident claim of named employee, hospital stay; diagnoses also in CSV'


def m023():
    body = """Dear Mr Okafor,

thanks for your message about the bicycle. To find your personal liability
policy I need one more detail, because we have two customers with your name in
Kassel: could you confirm your date of birth? The one in our system is
17/08/1990 and the address is Goethestraße 44, 34119 Kassel.

If that is correct, I will register the claim right away. From what you write,
you knocked over your neighbour's e-bike in the bike cellar on 8 November while
taking out your own, and the derailleur and the display are broken. Nobody was
hurt. Please send me the repair estimate from the bike shop and the name and
address of your neighbour.

Best regards
Henrik Lammers
Liability Claims (Property)
Brückenhaus Versicherung AG
"""
    m = EM('Henrik Lammers <henrik.lammers@brueckenhaus.example>',
           'Chinedu Okafor <c.okafor@mailbox-rhein.example>',
           'RE: damaged e-bike in the cellar',
           'Thu, 12 Nov 2026 14:51:30 +0100', body)
    return m, C, 'en', 'insurer-to-customer', 'named customer with birth date and address, liability property claim; nobody hurt'


def m024():
    body = """Liebe Kolleginnen und Kollegen,

am Samstag, 21.11.2026, von 06:00 bis ca. 14:00 Uhr wird das Schadensystem
SAPHIR auf die Version 9.4 aktualisiert. In dieser Zeit sind SAPHIR, der
Dokumenteneingang und die Zahlungsfreigabe nicht verfügbar. Der
Zahlungslauf am Samstag entfällt, Zahlungen gehen am Montag raus.

Neu in 9.4: schnellere Suche, Filter nach Sparte im Posteingang, neue
Sammelfreigabe für Teamleitungen.

Bei Problemen am Montag: Servicedesk, Durchwahl -2222.

IT-Betrieb Anwendungen
"""
    m = EM('IT-Betrieb <it-betrieb@brueckenhaus.example>',
           'Alle Mitarbeitenden <alle@brueckenhaus.example>',
           'Wartung SAPHIR am 21.11.2026',
           'Fri, 13 Nov 2026 08:15:00 +0100', body)
    return m, N, 'de', 'internal', 'IT maintenance announcement'


def m025():
    body = """Staatsanwaltschaft Nordwalden
z. Hd. Frau Staatsanwältin Dr. Rautenberg
per E-Mail

Ermittlungsverfahren gegen Herrn Marcel Dietzsch
wegen fahrlässiger Körperverletzung (§ 229 StGB)
Ihr Az.: 612 Js 10477/26
Unser Zeichen: HP-26-0049912

Sehr geehrte Frau Dr. Rautenberg,

wir sind der Kfz-Haftpflichtversicherer des Beschuldigten. Der Geschädigte,
Herr Paul Kettenbach, macht gegen uns Ansprüche aus dem Unfall vom 29.08.2026
geltend; er hat nach eigenen Angaben eine Beckenringfraktur und eine Milzruptur
erlitten und war drei Wochen stationär im Klinikum Kassel.

Zur Prüfung der Haftung bitten wir um Einsicht in die Ermittlungsakte,
insbesondere in die Verkehrsunfallanzeige, die Lichtbilder, die Zeugenaussagen
und das unfallanalytische Gutachten. Ein berechtigtes Interesse nach § 475 StPO
ergibt sich aus der Regulierungspflicht gegenüber dem Geschädigten. Die Kosten
der Aktenversendung übernehmen wir.

Mit freundlichen Grüßen
Jana Wendeborn
Brückenhaus Versicherung AG
"""
    m = EM('Jana Wendeborn <jana.wendeborn@brueckenhaus.example>',
           'Poststelle StA Nordwalden <poststelle@sta-nordwalden.justiz.example>',
           'Akteneinsicht 612 Js 10477/26',
           'Fri, 13 Nov 2026 10:40:22 +0100', body)
    return m, S, 'de', 'insurer-to-prosecutor', 'criminal proceedings against named driver; injuries of named victim'


def m026():
    body = """Sehr geehrter Herr Kühnemund,

wir haben den Wildschaden an Ihrem Fahrzeug (Skoda Octavia, WMZ-KK 63) vom
04.11.2026 auf der L 3236 bei Großalmerode geprüft. Laut Ihrer Schilderung und
der Wildunfallbescheinigung des Jagdpächters ist Ihnen ein Reh in die Front
gelaufen; Sie selbst blieben unverletzt.

Aus Ihrer Teilkaskoversicherung (Vertrag K 5521 0387) erstatten wir:

  Reparatur lt. Kostenvoranschlag Autohaus Bründel    2.348,90 EUR
  abzüglich Selbstbeteiligung Teilkasko                -150,00 EUR
  Auszahlung                                          2.198,90 EUR

Der Betrag wird in den nächsten Tagen auf Ihr Konto
DE20 4306 0967 0039 5518 20 überwiesen. Ihr Schadenfreiheitsrabatt bleibt
unverändert, da es sich um einen Teilkaskoschaden handelt.

Mit freundlichen Grüßen
Melek Aydin
Kfz-Schaden
Brückenhaus Versicherung AG
"""
    m = EM('Melek Aydin <melek.aydin@brueckenhaus.example>',
           'Klaus Kühnemund <k.kuehnemund@nordhessen-net.example>',
           'Wildschaden 04.11.2026 - Teilkasko K 5521 0387',
           'Fri, 13 Nov 2026 13:06:59 +0100', body, charset='windows-1252',
           cte='quoted-printable')
    return m, C, 'de', 'insurer-to-customer', 'deer collision, named customer, plate, contract and IBAN; driver unhurt (windows-1252)'


def m027():
    body = """Liebe Kolleginnen und Kollegen,

zum Abschluss der Datenschutz-Unterweisung bitten wir um Beantwortung des
kurzen Quiz im Lernportal bis 30.11. Vorab die Fragen zur Orientierung:

1. Ist die Diagnose "Schleudertrauma" in einer Schadenakte ein Gesundheitsdatum
   im Sinne von Art. 9 DSGVO?  (ja / nein)
2. Darf ein Arztbericht eines Geschädigten per unverschlüsselter E-Mail an
   einen Rechtsanwalt gehen?  (ja / nein / nur mit Einwilligung)
3. Ist die Information, dass jemand eine Unfallversicherung bei uns hat,
   vertraulich?  (ja / nein)
4. Eine IBAN eines Anspruchstellers steht in einer Mail an den Makler. Was tun?
5. Welche Angaben gehören nicht in den Betreff einer E-Mail?

Auflösung gibt es nach Abgabe direkt im Portal.

Dr. Friederike Stallbaum
Datenschutzbeauftragte
"""
    m = EM('Datenschutz <datenschutz@brueckenhaus.example>',
           'Alle Mitarbeitenden <alle@brueckenhaus.example>',
           'Datenschutz-Quiz 2026 - bitte bis 30.11. bearbeiten',
           'Mon, 16 Nov 2026 08:00:00 +0100', body)
    return m, N, 'de', 'internal', 'trap: data-protection quiz about diagnoses, IBANs, accident insurance; no person'


def m028():
    inner_body = """Dear Sirs,

LETTER OF CLAIM
Our client: Mrs Danielle Fairbrother, date of birth 22/11/1975
Your insured: Mr Heiko Brandauer
Accident: 18 July 2026, collision on the B 7 near Hessisch Lichtenau

We are instructed by the above-named in connection with injuries she sustained
as the front-seat passenger of a hire car that was struck by your insured's
vehicle.

Our client sustained a whiplash injury to the neck and lower back, a fractured
sternum and bruising across the chest from the seatbelt. Since her return to
the UK she has suffered flashbacks, poor sleep and avoidance of car travel. Her
GP referred her for CBT, and a provisional diagnosis of post-traumatic stress
disorder has been made.

Our client is employed as a primary school teacher and was unable to work for
eleven weeks. We will serve a schedule of special damages in due course.

Please confirm within 21 days whether liability is admitted.

Yours faithfully
Hartwell Bryce LLP
Ref: IP/FAI/0092-26
"""
    inner = EM('Imogen Pratt <imogen.pratt@hartwellbryce.example>',
               'claims@brueckenhaus.example',
               'Letter of Claim - Fairbrother v Brandauer',
               'Mon, 09 Nov 2026 17:22:04 +0000', inner_body)
    body = """Rainer,

FYI - see attached, new one from Hartwell Bryce. Motor liability, our VN
Brandauer. I'll open the file and send the acknowledgement today.

Oliver
"""
    m = EM('Oliver Thornbury <oliver.thornbury@brueckenhaus.example>',
           'Rainer Pohlmann <rainer.pohlmann@brueckenhaus.example>',
           'Fw: Letter of Claim',
           'Mon, 16 Nov 2026 09:31:40 +0100', body,
           atts=[('Letter of Claim - Fairbrother v Brandauer.eml', inner, T_MSG)])
    return m, S, 'en', 'lawyer', 'forwarded message/rfc822: injuries, PTSD, birth date of named claimant; body says only FYI'


def m029():
    body = """Ticket INC-2026-118774 - Priority 3

Summary: Upload of medical reports into claim file fails for PDFs > 20 MB

Description:
In SAPHIR (claims system), document upload via "Akte > Dokument hinzufügen"
fails with error "ERR_DMS_413 payload too large" when the PDF is larger than
20 MB. Affected are mainly scanned expert reports and hospital records with
images. Smaller files work. Reproduced with a 24 MB test PDF (lorem ipsum,
scanned at 600 dpi) on two workstations.

Workaround: compress PDF with the "Scan optimieren" profile before upload.

Assigned to: DMS team
Reporter: Petra Schimmel, Team Unfall-Leistung

-- 
Brückenhaus IT Service Desk | servicedesk@brueckenhaus.example | ext. 2222
"""
    m = EM('IT Service Desk <servicedesk@brueckenhaus.example>',
           'DMS Team <dms-team@brueckenhaus.example>',
           '[INC-2026-118774] Upload of medical reports fails > 20 MB',
           'Mon, 16 Nov 2026 10:02:11 +0100', body)
    return m, N, 'en', 'internal', 'trap: IT ticket about medical report uploads, no person data'


def m030():
    body = """Sehr geehrter Herr Scharnweber,

anbei erhalten Sie die Courtageabrechnung für Oktober 2026.

Courtage Sparte Haftpflicht/Sach:      1.874,30 EUR
Courtage Sparte Kfz:                     612,85 EUR
Stornohaftung (Rückbelastung):          -143,20 EUR
Auszahlungsbetrag:                     2.343,95 EUR

Die Überweisung erfolgt am 20.11.2026 auf Ihr hinterlegtes Konto
DE91 2004 1155 0201 3977 41 (Jörg Scharnweber, Versicherungsmakler).
Die Abrechnung erfolgt umsatzsteuerfrei nach § 4 Nr. 11 UStG; Ihre
Steuernummer 026 843 51207 ist hinterlegt.

Mit freundlichen Grüßen
Vermittlerservice
Brückenhaus Versicherung AG
"""
    m = EM('Vermittlerservice <vermittlerservice@brueckenhaus.example>',
           'Jörg Scharnweber <info@scharnweber-makler.example>',
           'Courtageabrechnung 10/2026 - Vermittler-Nr. 40 1187',
           'Mon, 16 Nov 2026 12:00:00 +0100', body)
    return m, C, 'de', 'insurer-to-broker', 'sole-trader broker: IBAN and tax number'


def m031():
    body = """Sehr geehrte Frau Hollerbeck,

Ihr Mitarbeiter Herr Sergej Wiebe wurde am 12.09.2026 bei einem Verkehrsunfall
verletzt, den unser Versicherungsnehmer verursacht hat. Herr Wiebe ist seitdem
wegen einer Sprunggelenksfraktur arbeitsunfähig krankgeschrieben und macht bei
uns seinen Verdienstausfall geltend. Er hat uns schriftlich erlaubt, die
erforderlichen Angaben bei Ihnen anzufragen (Einverständniserklärung anbei).

Bitte senden Sie uns:

1. eine Verdienstbescheinigung für die letzten drei Monate vor dem Unfall
   (brutto, netto, Spesen, Schichtzulagen),
2. eine Bestätigung, für welchen Zeitraum Sie Entgeltfortzahlung geleistet
   haben (nach unserer Rechnung 12.09. bis 23.10.2026),
3. die Angabe, ob Herr Wiebe als Berufskraftfahrer nach der Genesung wieder
   auf seinem bisherigen Arbeitsplatz eingesetzt werden kann.

Die Entgeltfortzahlung erstatten wir Ihnen aus übergegangenem Recht
(§ 6 EFZG); bitte fügen Sie dazu auch die Arbeitgeberanteile zur
Sozialversicherung bei.

Mit freundlichen Grüßen
Jana Wendeborn
Haftpflicht / Personenschaden
Brückenhaus Versicherung AG
Schaden-Nr. HP-26-0046031
"""
    m = EM('Jana Wendeborn <jana.wendeborn@brueckenhaus.example>',
           'Annette Hollerbeck <personal@hollerbeck-logistik.example>',
           'Verdienstausfall Herr Wiebe - Schaden HP-26-0046031',
           'Tue, 17 Nov 2026 09:44:02 +0100', body)
    return m, S, 'de', 'insurer-to-employer', 'employee injured (ankle fracture, sick leave) and earnings request to employer'


def m032():
    body = """Hallo zusammen,

die Richtwerttabelle Schmerzensgeld ist aktualisiert (Stand 11/2026, Pfad
S:\\HP\\Richtwerte\\SG_Tabelle_2027.xlsx). Neu aufgenommen haben wir u. a. diese
veröffentlichten Entscheidungen:

- OLG Frankfurt, Urt. v. 12.03.2026: 52-jähriger Radfahrer, Oberschenkelfraktur,
  dauerhafte Gangstörung, 35.000 EUR
- LG Kassel, Urt. v. 04.06.2026: Kind (8 J.), Hundebiss im Gesicht mit Narbe,
  8.000 EUR
- OLG Celle, Urt. v. 21.01.2026: HWS-Distorsion Grad I, AU 3 Wochen, 900 EUR
- LG Fulda, Urt. v. 17.09.2026: Polytrauma, SHT, Pflegegrad 3, 280.000 EUR zzgl.
  monatliche Rente 450 EUR

Die Tabelle ist Orientierung, kein Automatismus. Abweichungen > 20 % bitte
weiterhin mit mir abstimmen.

Gruß Rainer
"""
    m = EM('Rainer Pohlmann <rainer.pohlmann@brueckenhaus.example>',
           'Team HP-Personenschaden <hp-personenschaden@brueckenhaus.example>',
           'Schmerzensgeld-Richtwerte aktualisiert',
           'Tue, 17 Nov 2026 11:05:38 +0100', body)
    return m, N, 'de', 'internal', 'trap: published anonymised court decisions with injuries and amounts'


def m033():
    body = """Sehr geehrter Herr Prof. Dannhauer,

vielen Dank für die Übernahme des unfallchirurgischen Gutachtens in der Sache
UL 2026/029540. Die Fragestellung und die Unterlagen finden Sie im
beigefügten ZIP-Archiv; das Passwort erhalten Sie wie üblich telefonisch.
Die Versicherte wird sich zur Terminvereinbarung direkt bei Ihrer Praxis
melden.

Mit freundlichen Grüßen
Tobias Kranich
Leistung Unfallversicherung
Brückenhaus Versicherung AG
"""
    auftrag = """Gutachtenauftrag - Unfallversicherung
Versicherte: Frau Ilka Brenneisen, geb. 03.02.1966, Hann. Münden
Schaden-Nr.: UL 2026/029540, Vertrag UV-4480 1175 (AUB 2014, Progression 350 %)
Unfall: 22.02.2026, Sturz auf Glatteis vor dem Haus

Fragen:
1. Welche Gesundheitsschädigungen sind durch den Unfall entstanden?
2. Ist eine dauerhafte Beeinträchtigung eingetreten? Bemessung nach Gliedertaxe.
3. Bestehen unfallunabhängige Vorerkrankungen (Mitwirkungsanteil)? Die
   Versicherte ist seit 2019 wegen Arthrose des rechten Handgelenks in
   Behandlung.
"""
    befund = """Arztbrief Klinik für Unfallchirurgie, Klinikum Hann. Münden, 24.02.2026
Diagnose: distale Radiusfraktur rechts, extraartikulär (S52.51), Fraktur des
Processus styloideus ulnae (S52.81)
Therapie: offene Reposition und palmare Plattenosteosynthese am 23.02.2026
Verlauf: komplikationslos, Entlassung am 25.02.2026
Procedere: Physiotherapie, Metallentfernung nicht zwingend
"""
    physio = """Praxis für Physiotherapie Lenz, Hann. Münden
Abschlussbericht 14.09.2026: 24 Behandlungen KG. Extension/Flexion re. 40-0-50
(li. 70-0-80). Faustschluss komplett, Kraft vermindert. Patientin klagt über
Belastungsschmerz beim Tragen.
"""
    z = zipb([('01_Auftrag_UL2026-029540.txt', auftrag),
              ('02_Arztbrief_Klinikum_2026-02-24.txt', befund),
              ('03_Physio_Abschlussbericht.txt', physio)])
    m = EM('Tobias Kranich <tobias.kranich@brueckenhaus.example>',
           'Praxis Prof. Dannhauer <sekretariat@gutachten-dannhauer.example>',
           'Gutachtenauftrag UL 2026/029540',
           'Tue, 17 Nov 2026 14:22:16 +0100', body,
           atts=[('UL2026-029540_Unterlagen.zip', z, T_ZIP)])
    return m, S, 'de', 'insurer-to-expert', 'accident claim expert instruction; diagnoses, birth date and prior illness inside the ZIP'


def m034():
    body = """Dear Ms Varga,

Your claim: damage to the parquet floor, Friedrich-Engels-Str. 9, flat 3 left
Policy: personal liability PHV 88 214 503 - claim PHV-S-2026-121077

Thank you for the photos and for the landlord's letter. We understand that,
when you moved out at the end of October, the parquet in the living room was
found to have deep scratches and water stains near the radiator. Your landlord,
Mr Dieter Possmann, is asking for EUR 3,900 for sanding and resealing the whole
floor.

Please note that personal liability insurance covers damage to rented rooms,
but not normal wear and tear. We have therefore asked an independent assessor
to look at the floor. He will contact Mr Possmann directly. You do not need to
be present.

We will write to you again once we have the report.

Kind regards
Henrik Lammers
Liability Claims (Property)
Brückenhaus Versicherung AG
"""
    m = EM('Henrik Lammers <henrik.lammers@brueckenhaus.example>',
           'Réka Varga <reka.varga@correo-mail.example>',
           'Your claim PHV-S-2026-121077 - parquet floor',
           'Wed, 18 Nov 2026 09:07:44 +0100', body)
    return m, C, 'en', 'insurer-to-customer', 'tenant liability property claim, named customer, landlord, address, policy no.'


def m035():
    body = """Hi Anna,

could you please register me for the "European Personal Injury Claims Forum"
in Vienna, 3-4 March 2027? Early-bird rate is EUR 890 until 15 December.
Cost centre 4470, approved by Rainer (see his mail below).

I'd travel by train on 2 March and need a hotel near the venue for two nights.

Thanks a lot!
Oliver

> Von: Rainer Pohlmann
> Gesendet: Dienstag, 17. November 2026 18:10
> Ok von mir, Budget ist da. R.
"""
    m = EM('Oliver Thornbury <oliver.thornbury@brueckenhaus.example>',
           'Anna Reisestelle <reisestelle@brueckenhaus.example>',
           'Registration PI Claims Forum Vienna 2027',
           'Wed, 18 Nov 2026 10:12:05 +0100', body)
    return m, N, 'en', 'internal', 'conference registration and travel'


def m036():
    body = """Sehr geehrte Frau Schäfer-Ilgen,

leider konnten wir den Beitrag für Ihre Privathaftpflichtversicherung
(Vertrag PHV 71 902 336) für den Zeitraum 01.10.2026 bis 30.09.2027 in Höhe
von 89,40 EUR nicht einziehen; Ihre Bank hat die Lastschrift mit dem Grund
"Konto erloschen" zurückgegeben.

Bitte überweisen Sie den Betrag zuzüglich 3,50 EUR Rücklastschriftgebühr bis
zum 04.12.2026 auf unser Konto bei der Commerzbank oder teilen Sie uns eine
neue Bankverbindung mit. Bitte beachten Sie: Wird der Erstbeitrag einer
Folgeperiode nicht gezahlt, besteht ab Fristablauf kein Versicherungsschutz
(§ 38 VVG).

Ihre Anschrift laut unseren Unterlagen: Am Rosenberg 3, 34346 Hann. Münden.

Mit freundlichen Grüßen
Ihr Kundenservice
Brückenhaus Versicherung AG
"""
    m = EM('Kundenservice <kundenservice@brueckenhaus.example>',
           'b.schaefer-ilgen@freenet-post.example',
           'Zahlungserinnerung Vertrag PHV 71 902 336',
           'Wed, 18 Nov 2026 11:30:00 +0100', body)
    return m, C, 'de', 'insurer-to-customer', 'liability premium arrears of named customer, address, contract'


def m037():
    body = """Sehr geehrte Frau Korkmaz,

in der Sache Ihres Mandanten Herrn Bastian Roloff ./. unseren VN (Unfall vom
30.09.2026, Holländische Straße, Sachschaden) nehmen wir zu Ihrer Forderung
Stellung. Verletzt wurde bei dem Unfall niemand, es geht nur um den Pkw
Ihres Mandanten (BMW 320d, KS-BR 5050).

Reparaturkosten und Gutachterkosten sind gezahlt. Den Nutzungsausfall für
21 Tage können wir nicht übernehmen. Die Reparaturdauer lt. Gutachten beträgt
6 Arbeitstage; die Verzögerung ist nach dem Schreiben der Werkstatt auf die
verspätete Auftragserteilung durch Ihren Mandanten zurückzuführen. Wir
zahlen 8 Tage à 59 EUR (Gruppe E) = 472,00 EUR.

Die Anwaltskosten erstatten wir nach einem Gegenstandswert von 5.612,30 EUR.

Mit freundlichen Grüßen
Melek Aydın
Kfz-Schaden, Brückenhaus Versicherung AG
Schaden-Nr. KS-26-770335
"""
    m = EM('Melek Aydin <melek.aydin@brueckenhaus.example>',
           'RAin Sibel Korkmaz <kanzlei@kanzlei-korkmaz.example>',
           'Roloff ./. Brückenhaus - Ihr Az. 311/26',
           'Wed, 18 Nov 2026 15:48:27 +0100', body)
    return m, C, 'de', 'insurer-to-lawyer', 'motor property claim of named client, plate; nobody hurt'


def m038():
    body = """Sehr geehrte Damen und Herren,

hiermit bestellen wir zur Lieferung an unsere Hauptverwaltung (Warenannahme
Tor 2, Ständeplatz 7, 34117 Kassel):

Pos. 1  12 x Betriebsverbandkasten DIN 13157, Art.-Nr. EH-13157-W
Pos. 2   6 x Nachfüllset DIN 13157, Art.-Nr. EH-NF-13157
Pos. 3   4 x Elektrodenpads Erwachsene für AED Lifepoint 3, Art.-Nr. LP3-PAD-A
Pos. 4   2 x Ersatzakku AED Lifepoint 3, Art.-Nr. LP3-BAT
Pos. 5   1 x Augenspülflasche 500 ml, Art.-Nr. EH-AS-500 (für die Poststelle)

Rahmenvertrag Nr. RV-2024-0815, Bestellnummer BE-26-04417.
Bitte Lieferschein mit Bestellnummer und Kostenstelle 9100 (Arbeitsschutz).

Mit freundlichen Grüßen
Bernd Wolkow
Facility Management / Arbeitssicherheit
Brückenhaus Versicherung AG
"""
    m = EM('Bernd Wolkow <bernd.wolkow@brueckenhaus.example>',
           'Bestellung <bestellung@medi-versand-fulda.example>',
           'Bestellung BE-26-04417 Erste Hilfe / AED',
           'Thu, 19 Nov 2026 08:20:13 +0100', body)
    return m, N, 'de', 'insurer-to-supplier', 'trap: purchase order first-aid kits and AED pads'


def m039():
    html = """<html><body>
<p>Dear Sir or Madam,</p>
<p>We are the motor liability insurer of the driver who caused the accident on
<b>26 September 2026</b> in which the cyclist named below was injured. He has
asked us to obtain his medical records directly from your hospital. His signed
authority is attached to our letter sent by post today.</p>
<table border="1" cellpadding="4" cellspacing="0" style="font-family:Arial;font-size:10pt">
<tr><th align="left">Patient</th><td>Mr Tomasz Kowalczyk</td></tr>
<tr><th align="left">Date of birth</th><td>1983-06-14</td></tr>
<tr><th align="left">Admission</th><td>26/09/2026 via emergency department</td></tr>
<tr><th align="left">Documents requested</th><td>Discharge summary, operation note (splenectomy),
CT reports, rehabilitation referral</td></tr>
<tr><th align="left">Our reference</th><td>HP-26-0047188</td></tr>
</table>
<p>We will of course pay your administration fee. Please send the records by
secure mail or by post, not by unencrypted e-mail.</p>
<p>Yours faithfully<br>Jana Wendeborn<br>Bodily Injury Claims<br>
Brückenhaus Versicherung AG, Kassel</p>
</body></html>"""
    m = EM('Jana Wendeborn <jana.wendeborn@brueckenhaus.example>',
           'Medical Records Office <records@st-brigid-hospital.example>',
           'Request for medical records - our ref HP-26-0047188',
           'Thu, 19 Nov 2026 10:55:30 +0100', html=html, html_only=True)
    return m, S, 'en', 'insurer-to-hospital', 'HTML-only table: named patient, birth date, splenectomy'


def m040():
    body = """Hello everyone,

here are my notes from Thursday's coding workshop for the new claims staff, as
promised. They'll go into the onboarding wiki next week.

ICD-10 chapter XIX (S00-T98) - injuries
- S codes are grouped by body region: S00-S09 head, S10-S19 neck,
  S20-S29 thorax, S30-S39 abdomen/lower back/pelvis ... S90-S99 ankle/foot.
- The 4th character says what kind of injury: .0 superficial, .2 fracture
  (in many blocks), .4 sprain, .7 multiple.
- ICD-10-GM adds 5th characters, e.g. S52.51 (distal radius, extension fracture).

Worked example (fictitious!):
  "Jane Doe, 45, slipped in a supermarket, wrist fracture, plaster cast for
  six weeks" -> S52.5- ; in the claims system you record the code in the
  injury field, not in the free text.

Common pitfalls: coding the mechanism (W01 fall on same level) instead of the
injury; forgetting the laterality suffix (R/L/B) used by German doctors.

Cheers
Dr. Miriam Oltmanns
"""
    m = EM('Dr. Miriam Oltmanns <miriam.oltmanns@brueckenhaus.example>',
           'New claims staff <onboarding-claims@brueckenhaus.example>',
           'Notes: ICD-10 injury coding workshop',
           'Thu, 19 Nov 2026 16:40:00 +0100', body)
    return m, N, 'en', 'internal', 'trap: ICD-10 training with a fictitious example person'


def m041():
    body = """Sehr geehrte Damen und Herren,

wir bitten um Übersendung einer Kopie der Verkehrsunfallanzeige zu folgendem
Unfall:

  Datum/Zeit: 06.11.2026, ca. 07:15 Uhr
  Ort: Kreuzung Leipziger Straße / Sandershäuser Straße, Kassel-Bettenhausen
  Beteiligte: Pkw KS-MM 1204 (Halterin Monika Matuschek, unsere VN)
              Lkw KB-T 6018 (Spedition Tölle, Korbach)
  Tagebuch-Nr. lt. Mitteilung der Beteiligten: 0611-2026-004382

Nach den uns vorliegenden Angaben ist es bei dem Unfall nur zu Sachschaden
gekommen. Wir benötigen die Anzeige zur Klärung der Haftungsfrage; die
Gebühr überweisen wir nach Rechnungsstellung.

Mit freundlichen Grüßen
Melek Aydın
Kfz-Schaden
Brückenhaus Versicherung AG, Schaden-Nr. KS-26-771890
"""
    m = EM('Melek Aydin <melek.aydin@brueckenhaus.example>',
           'Polizeirevier Ost <revier-ost.kassel@polizei-nordhessen.example>',
           'Anforderung Verkehrsunfallanzeige 0611-2026-004382',
           'Fri, 20 Nov 2026 09:03:41 +0100', body)
    return m, C, 'de', 'insurer-to-police', 'police report request: named keeper, plates; property only'


def m042():
    body = """Hallo Sven,

kannst Du Dir das bitte mal ansehen? Die Mutter hat sich direkt an mich
gewandt; ich glaube, wir sollten wegen der Zahnbehandlung früh mit ihr
sprechen. Vertrag ist die Kinderunfall von Familie Thiel, UV-K 2207 5518.

Danke
Tobias

---------- Weitergeleitete Nachricht ----------
Von: Franziska Thiel <franzi.thiel@heimnetz.example>
Datum: Do., 19. Nov. 2026 um 21:47
Betreff: Unfall von Lenni
An: tobias.kranich@brueckenhaus.example

Hallo Herr Kranich,

wie am Telefon besprochen schreibe ich Ihnen nochmal alles auf. Lenni (7) ist
am 13.11. in der Schule vom Klettergerüst gefallen und mit dem Gesicht auf die
Holzkante geschlagen. Die beiden oberen Schneidezähne sind abgebrochen (einer
bis zum Nerv) und er hat eine Platzwunde am Kinn, die in der Kinderchirurgie
genäht wurde. Die Zahnärztin sagt, der eine Zahn muss wahrscheinlich
wurzelbehandelt werden und später braucht er evtl. ein Implantat, wenn er
ausgewachsen ist.

Die Schule hat den Unfall an die Unfallkasse gemeldet, aber die Zahnärztin
meinte wir sollen es auch bei Ihnen melden wegen der Kinderunfallversicherung.
Was brauchen Sie von uns? Den Bericht von der Zahnärztin kann ich nächste
Woche schicken.

Er schläft im Moment schlecht und hat Angst wieder auf den Spielplatz zu gehen,
ist das normal?? Sorry, das gehört wohl nicht hierher.

Viele Grüße
Franziska Thiel
"""
    m = EM('Tobias Kranich <tobias.kranich@brueckenhaus.example>',
           'Sven Hartl <sven.hartl@brueckenhaus.example>',
           'WG: Unfall von Lenni',
           'Fri, 20 Nov 2026 08:12:09 +0100', body, cte='8bit', flowed=True)
    return m, S, 'de', 'relative', 'inline forward: child accident, broken teeth, stitches, anxiety'


def m043():
    body = """Liebe alle,

nach 31 Jahren bei Brückenhaus verabschiedet sich unsere Kollegin Ursula Menge
Ende November in den Ruhestand. Wir wollen sie am Donnerstag, 26.11., ab
15:00 Uhr in der Teeküche im 4. OG gebührend verabschieden. Für ein
Abschiedsgeschenk geht der Umschlag bei Petra rum (bis Mittwoch).

Wer einen Kuchen beisteuern möchte, trägt sich bitte in die Liste an der
Pinnwand ein.

Viele Grüße
Rainer
"""
    m = EM('Rainer Pohlmann <rainer.pohlmann@brueckenhaus.example>',
           'Abteilung Schaden Kassel <schaden-kassel@brueckenhaus.example>',
           'Abschied Ursula am 26.11.',
           'Fri, 20 Nov 2026 12:30:19 +0100', body)
    return m, N, 'de', 'internal', 'farewell of a colleague, organisational'


def m044():
    body = """Hallo zusammen,

Einladung zur Fallkonferenz, Details im Termin.

Sven
"""
    ics = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Brueckenhaus//Groupware 12//DE\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:fk-2026-11-27-0031120@brueckenhaus.example\r
DTSTAMP:20261120T101500Z\r
DTSTART;TZID=Europe/Berlin:20261127T100000\r
DTEND;TZID=Europe/Berlin:20261127T113000\r
SUMMARY:Fallkonferenz HP-26-0031120 Vollmer\r
LOCATION:Raum 4.12 / Teams\r
DESCRIPTION:Teilnehmer: Pohlmann\\, Wendeborn\\, Hartl\\, Fenske (RehaPlan)\\n\r
 Themen: Verlauf Phase-C-Reha Jannik Vollmer (SHT III\\, Femurfraktur)\\; \r
 neuropsychologischer Befund vom 16.11.\\; Übergang Phase D\\; Wohnungsumbau \r
 (3. OG ohne Aufzug)\\; Reserveanpassung Pflegekosten\\; Gespräch mit der Mutt\r
 er als Betreuerin.\r
ORGANIZER;CN=Sven Hartl:mailto:sven.hartl@brueckenhaus.example\r
ATTENDEE;CN=Rainer Pohlmann:mailto:rainer.pohlmann@brueckenhaus.example\r
ATTENDEE;CN=Jana Wendeborn:mailto:jana.wendeborn@brueckenhaus.example\r
ATTENDEE;CN=Claudia Fenske:mailto:c.fenske@rehaplan-nordhessen.example\r
END:VEVENT\r
END:VCALENDAR\r
"""
    m = EM('Sven Hartl <sven.hartl@brueckenhaus.example>',
           'Rainer Pohlmann <rainer.pohlmann@brueckenhaus.example>, '
           'Jana Wendeborn <jana.wendeborn@brueckenhaus.example>, '
           'Claudia Fenske <c.fenske@rehaplan-nordhessen.example>',
           'Einladung: Fallkonferenz 27.11.2026 10:00',
           'Fri, 20 Nov 2026 11:15:00 +0100', body,
           atts=[('einladung.ics', ics, 'text/calendar')])
    return m, S, 'de', 'insurer-to-rehab', 'body says only "details in the invite"; brain injury, fracture, rehab phase in the ICS'


def m045():
    body = """Dear Mr and Mrs Lindgren,

We are writing to you as the personal liability insurer of your neighbour,
Mr Carsten Fuhrmann, Am Lindenberg 12. He has told us that on Sunday,
15 November, a football kicked by his son went over the hedge and broke the
rear window of your car (Volvo V60, KS-AL 3321), which was parked in your
driveway. We are glad to hear that nobody was near the car at the time.

We will pay for the replacement of the window. Please send us:
- the invoice or estimate from your garage,
- the name of the account holder and the IBAN to which we should pay.

Our claim number is PHV-S-2026-122310.

Kind regards
Henrik Lammers
Liability Claims (Property)
Brückenhaus Versicherung AG
"""
    m = EM('Henrik Lammers <henrik.lammers@brueckenhaus.example>',
           'Anders Lindgren <anders.lindgren@nordpost.example>',
           'Broken rear window - claim PHV-S-2026-122310',
           'Mon, 23 Nov 2026 09:40:26 +0100', body)
    return m, C, 'en', 'insurer-to-claimant', 'neighbour property claim: named policyholder, address, plate; nobody hurt'


def m046():
    body = """Accident Plus - cover that keeps up with life

What is covered?
Accidents at home, at work, on holiday and during sport - around the clock and
worldwide. Accident Plus pays on top of statutory accident insurance, which
only covers accidents at work and on the way to work.

Benefits at a glance (tariff "Plus")
  Invalidity benefit      up to EUR 500,000 with 350 % progression
  Broken-bone benefit     EUR 1,000 for any fracture confirmed by X-ray
  Hospital daily allowance  EUR 50 per night, from the first night
  Rehabilitation allowance  EUR 5,000 after a hospital stay of 14 nights
  Cosmetic surgery        up to EUR 20,000
  Rescue costs            up to EUR 25,000 (incl. helicopter)
  Support services        home help, meals, shopping for up to 6 months

Also covered: infections from tick bites (Lyme disease, TBE), food poisoning of
children under 14, heart attack or stroke as a trigger of an accident, and
injuries when helping others.

Premium example: office worker, aged 35, invalidity sum EUR 150,000:
EUR 11.90 per month.

This is a summary only. The full terms (AUB 2027) apply.
Brückenhaus Versicherung AG | brueckenhaus.example/accident
"""
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<h2 style="color:#1b4d7a">Accident Plus - cover that keeps up with life</h2>
<p><b>What is covered?</b><br>Accidents at home, at work, on holiday and during sport - around the
clock and worldwide. Accident Plus pays on top of statutory accident insurance, which only covers
accidents at work and on the way to work.</p>
<table border="0" cellpadding="3">
<tr><td>Invalidity benefit</td><td>up to EUR 500,000 with 350 % progression</td></tr>
<tr><td>Broken-bone benefit</td><td>EUR 1,000 for any fracture confirmed by X-ray</td></tr>
<tr><td>Hospital daily allowance</td><td>EUR 50 per night, from the first night</td></tr>
<tr><td>Rehabilitation allowance</td><td>EUR 5,000 after a hospital stay of 14 nights</td></tr>
<tr><td>Cosmetic surgery</td><td>up to EUR 20,000</td></tr>
<tr><td>Rescue costs</td><td>up to EUR 25,000 (incl. helicopter)</td></tr>
<tr><td>Support services</td><td>home help, meals, shopping for up to 6 months</td></tr>
</table>
<p>Also covered: infections from tick bites (Lyme disease, TBE), food poisoning of children under 14,
heart attack or stroke as a trigger of an accident, and injuries when helping others.</p>
<p>Premium example: office worker, aged 35, invalidity sum EUR 150,000: <b>EUR 11.90 per month</b>.</p>
<p style="font-size:8pt">This is a summary only. The full terms (AUB 2027) apply.<br>
Brückenhaus Versicherung AG | brueckenhaus.example/accident</p>
</body></html>"""
    m = EM('Brückenhaus Sales Support <sales-support@brueckenhaus.example>',
           'Broker partners <maklerinfo@lists.brueckenhaus.example>',
           'New product sheet: Accident Plus (English version)',
           'Mon, 23 Nov 2026 10:00:00 +0100', body, html=html)
    return m, N, 'en', 'insurer-to-broker', 'trap: product sheet listing fractures, diseases, hospital allowance'


def m047():
    body = """Dear Ms Nakamura,

thank you for the X-ray report and the letter from the Orthopädie am
Königsplatz. We are pleased to confirm the broken-bone benefit under your
accident insurance Accident Plus (policy UV-5102 8830).

The report confirms a fracture of the fifth metatarsal of your right foot
(Jones fracture, S92.3), which you sustained when you missed a step at the
Kassel Hauptbahnhof on 2 November 2026. You were treated with a walking boot
for six weeks; no surgery was needed.

Benefit: broken-bone benefit EUR 1,000.00
Payment to: DE37 1009 0000 0019 2837 46 (Yuki Nakamura)
Value date: 26 November 2026

If you still have problems with your foot in a year's time, please let us know
- a claim for invalidity must be confirmed by a doctor within 15 months of the
accident.

Get well soon!
Tobias Kranich
Accident Claims
Brückenhaus Versicherung AG
"""
    m = EM('Tobias Kranich <tobias.kranich@brueckenhaus.example>',
           'Yuki Nakamura <yuki.nakamura@tokyo-post.example>',
           'Your accident claim UL 2026/034118 - broken-bone benefit',
           'Mon, 23 Nov 2026 14:17:52 +0100', body)
    return m, S, 'en', 'insurer-to-customer', 'accident benefit: fracture diagnosis, treatment, IBAN'


def m048():
    body = """Hallo Anke,

anbei wie besprochen die Liste der offenen Kfz-Regresse (nur Sachschäden,
keine Personenschäden dabei) für die Abstimmung mit der Ostmark Allgemeine
am Donnerstag. Die Quotenfälle sind gelb markiert bzw. in Spalte F.

Gruß
Melek
"""
    rows = [
        ['Schaden-Nr.', 'Unfalltag', 'Fahrer/Halter Gegner', 'Kennzeichen Gegner', 'Forderung EUR', 'Quote', 'Status'],
        ['KS-26-765012', '2026-03-14', 'Hans-Peter Wilke', 'ESW-HW 77', 4210.55, '100 %', 'Mahnung 2'],
        ['KS-26-766730', '2026-05-02', 'Nadine Krosch', 'EIC-NK 212', 1880.00, '50 %', 'Quote strittig'],
        ['KS-26-768117', '2026-06-21', 'Ostmark Logistik GmbH (Fahrer: Rico Peschel)', 'GTH-OL 904', 11350.20, '100 %', 'Gutachten angefordert'],
        ['KS-26-769954', '2026-08-30', 'Sabrina Lehmkuhl', 'NDH-SL 5', 960.00, '100 %', 'Zahlung zugesagt'],
    ]
    m = EM('Melek Aydin <melek.aydin@brueckenhaus.example>',
           'Anke Vossberg <anke.vossberg@brueckenhaus.example>',
           'Regressliste Ostmark für Donnerstag',
           'Tue, 24 Nov 2026 08:51:06 +0100', body,
           atts=[('Regresse_Ostmark_2026-11.xlsx', xlsx({'offen': rows}), T_XLSX)])
    return m, C, 'de', 'internal', 'recourse list with named opposing drivers and plates only in XLSX; property only'


def m049():
    body = """Hallo Kai,

wie gewünscht die Auswertung der abgeschlossenen Invaliditätsleistungen 2025
(ODS, eine Zeile je Körperregion). Die Fälle sind nur gezählt, keine
Einzeldaten; Zellen unter 5 Fällen habe ich mit "<5" ausgewiesen.

Viele Grüße
Jonas
"""
    rows = [
        ['Körperregion', 'Anzahl Fälle', 'Ø Invaliditätsgrad %', 'Median Leistung EUR', 'Anteil mit Progression %'],
        ['Hand/Finger', 412, 6.8, 5100, 12],
        ['Arm/Schulter', 377, 11.9, 9800, 21],
        ['Knie/Bein', 529, 12.4, 11200, 24],
        ['Fuß/Sprunggelenk', 288, 9.1, 7600, 17],
        ['Wirbelsäule', 164, 10.0, 8300, 19],
        ['Kopf/Sinnesorgane', 71, 14.7, 12900, 28],
        ['Polytrauma', '<5', '-', '-', '-'],
        ['Gesamt', 1845, 10.6, 8700, 20],
    ]
    m = EM('Dr. Jonas Weidenbach <jonas.weidenbach@brueckenhaus.example>',
           'Kai Niemeyer <kai.niemeyer@brueckenhaus.example>',
           'Auswertung Invaliditätsgrade 2025',
           'Tue, 24 Nov 2026 13:26:40 +0100', body,
           atts=[('Invaliditaet_2025_nach_Region.ods', ods({'2025': rows}), T_ODS)])
    return m, N, 'de', 'internal', 'trap: aggregated invalidity statistics by body region (ODS)'


def m050():
    body = """Dear Mr Abernethy,

Re: Estate of the late Mr Callum Reid / dependency claim
Our ref: HP-26-0022904

Thank you for the schedule of loss received on 16 November. We have now
considered the claims of Mrs Fiona Reid and the two children, Isla (9) and
Euan (6).

Liability is not in dispute: Mr Reid was struck by our insured's van at the
pedestrian crossing on Obere Königsstraße on 3 March 2026 and died in hospital
the following day from his head injuries. The post-mortem confirmed that the
death was caused by the injuries (no contribution from the blood alcohol
reading of 0.3 per mille).

On the dependency claim, we accept Mr Reid's net annual earnings of
EUR 61,400 as a senior engineer but not the assumed promotion in 2028. Our
offer, including funeral expenses of EUR 9,870 and a bereavement payment of
EUR 15,000 for each of the three dependants under § 844(3) BGB, is
EUR 486,000 in full and final settlement. A breakdown follows by secure post.

Yours sincerely
Rainer Pohlmann
Head of Bodily Injury Claims
Brückenhaus Versicherung AG
"""
    m = EM('Rainer Pohlmann <rainer.pohlmann@brueckenhaus.example>',
           'Alasdair Abernethy <a.abernethy@macleod-abernethy.example>',
           'Reid - dependency claim - without prejudice offer',
           'Wed, 25 Nov 2026 11:02:34 +0100', body)
    return m, S, 'en', 'insurer-to-lawyer', 'fatal accident: cause of death, post-mortem, earnings of named deceased and dependants'


def m051():
    body = """Guten Tag,

in Ihrem Brückenhaus-Schadenportal liegt eine neue Nachricht für Sie bereit.

Bitte melden Sie sich unter https://portal.brueckenhaus.example an, um die
Nachricht zu lesen. Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte
zu Ihrem Schaden, keine Diagnosen und keine Zahlungsdaten.

Sie haben Ihr Passwort vergessen? Nutzen Sie "Passwort zurücksetzen" und
beantworten Sie Ihre Sicherheitsfrage.

Dies ist eine automatisch erzeugte Benachrichtigung. Bitte antworten Sie nicht
auf diese E-Mail.

Brückenhaus Versicherung AG
"""
    m = EM('Brückenhaus Schadenportal <no-reply@portal.brueckenhaus.example>',
           'v.tiedemann@gmx-mail.example',
           'Neue Nachricht in Ihrem Schadenportal',
           'Wed, 25 Nov 2026 12:00:03 +0100', body)
    return m, N, 'de', 'insurer-to-customer', 'trap: portal notification without content'


def m052():
    body = """Dear Mrs Whitfield,

I am handling the claim against your dog liability policy (policy THV 44 017 628)
for the incident of 6 November. According to your neighbour, Mrs Edeltraud
Simonis, your dog Buster got through the garden fence and bit her cat Minka in
the hind leg. The vet treated the wound under sedation and kept Minka in for
one night.

Mrs Simonis has sent us the vet's invoice from Tierarztpraxis Am Brasselsberg
for EUR 412.36 (wound care, antibiotics, follow-up check). This falls under
your policy. Unless you tell us by 2 December that you see things differently,
we will pay the invoice directly to Mrs Simonis.

Kind regards
Henrik Lammers
Liability Claims (Property)
Brückenhaus Versicherung AG
Claim no. THV-S-2026-004417
"""
    m = EM('Henrik Lammers <henrik.lammers@brueckenhaus.example>',
           'Joanne Whitfield <jo.whitfield@postbox-uk.example>',
           'Claim THV-S-2026-004417 - Mrs Simonis\' cat',
           'Wed, 25 Nov 2026 15:36:11 +0100', body)
    return m, C, 'en', 'insurer-to-customer', 'dog liability: named customer and neighbour, animal injury (grey zone: animal health -> confidential)'


def m053():
    body = """Sehr geehrter Herr Lohberger,

wie am Telefon besprochen, senden wir Ihnen die Abfindungserklärung zu Ihrem
Unfall vom 03.04.2026 (Schaden-Nr. HP-26-0018874). Bitte lesen Sie sie in Ruhe
durch.

Grundlage des Vergleichs: Sie haben bei dem Auffahrunfall eine
HWS-Distorsion Grad II (S13.4) und eine Prellung des Brustkorbs erlitten und
waren sechs Wochen arbeitsunfähig. Die Physiotherapie ist abgeschlossen; nach
dem Bericht Ihres Orthopäden Dr. Lüdtke bestehen keine Dauerfolgen.

Abfindungsbetrag (Schmerzensgeld, Haushaltsführungsschaden, Fahrtkosten,
Zuzahlungen, alle übrigen materiellen und immateriellen Ansprüche):

    4.800,00 EUR

Mit Zahlung dieses Betrages sind alle Ansprüche aus dem Unfall abgegolten,
auch solche, die heute noch nicht vorhersehbar sind. Bitte unterschreiben Sie
die Erklärung nur, wenn Sie damit einverstanden sind, und senden Sie sie an
uns zurück. Der Betrag geht dann auf das Konto DE40 2905 0101 0130 9588 24.

Mit freundlichen Grüßen
Jana Wendeborn
Brückenhaus Versicherung AG
"""
    m = EM('Jana Wendeborn <jana.wendeborn@brueckenhaus.example>',
           'Markus Lohberger <m.lohberger@kasselnet.example>',
           'Abfindungserklärung HP-26-0018874',
           'Thu, 26 Nov 2026 09:15:48 +0100', body, cte='base64')
    return m, S, 'de', 'insurer-to-claimant', 'base64-encoded body: whiplash diagnosis, incapacity, settlement and IBAN'


def m054():
    body = """Dear Mr Haddad,

thank you for the invoice no. LT-2026-1187 of 20 November for the translation
of the medical expert report (Arabic > German, 14 standard pages) in
one of our claims files. We will pay the amount of EUR 823.20 (incl. VAT)
within 14 days to the account stated on your invoice:

  LinguaTrans Übersetzungsdienste GmbH
  IBAN DE72 7602 6000 0660 1423 97

Please note for future orders: do not mention any claimant names or file
contents on the invoice itself, only our order number (here PO-HP-26-0992).

Kind regards
Petra Schimmel
Team Assistant Claims
Brückenhaus Versicherung AG
"""
    m = EM('Petra Schimmel <petra.schimmel@brueckenhaus.example>',
           'Karim Haddad <accounts@linguatrans.example>',
           'Invoice LT-2026-1187 / PO-HP-26-0992',
           'Thu, 26 Nov 2026 10:41:02 +0100', body)
    return m, N, 'en', 'insurer-to-supplier', 'trap: company IBAN of a translation supplier, medical report mentioned without any person'


def m055():
    body = """Hi Mr O'Donnell,

sorry to hear about your bike! Here's a quick summary of your claim.

Policy: motorcycle comprehensive, K 6610 2274
Vehicle: Triumph Tiger 900, plate KS-DO 90, VIN SMTE05BF4LT990137
Incident: 14 November 2026, 18:20, B 251 near Ippinghausen - a wild boar ran
into the road; you braked, the bike went down at low speed. You told me you
weren't hurt apart from a scratched helmet, and you rode home.

The hunting tenant confirmed the wild-animal collision. Our assessor will look
at the bike at Motorrad Kern in Wolfhagen on Monday. Damage to your helmet and
jacket is not covered under motor insurance, I'm afraid.

Cheers
Melek Aydın
Motor Claims, Brückenhaus Versicherung AG
"""
    m = EM('Melek Aydin <melek.aydin@brueckenhaus.example>',
           "Sean O'Donnell <sean.odonnell@irishpost.example>",
           'Your motorcycle claim KS-26-772044',
           'Thu, 26 Nov 2026 14:08:29 +0100', body)
    return m, C, 'en', 'insurer-to-customer', 'motorcycle wild-animal claim: contract, plate, VIN; rider unhurt'


def m056():
    body = """Sehr geehrter Herr Grunwald,

zu Ihrem Regressschreiben vom 10.11.2026 (Ihr Zeichen RG-26-3317) übersenden
wir Ihnen unsere Prüfung der Aufstellung als CSV-Datei. Die Positionen 7 und
11 können wir nach Teilungsabkommen nicht anerkennen, die Begründung steht in
der letzten Spalte.

Mit freundlichen Grüßen
Anke Voßberg
Regress / Sozialversicherungsträger
Brückenhaus Versicherung AG
"""
    rows = [
        ['Pos', 'Datum', 'Versicherter', 'Leistungsart', 'Leistungserbringer', 'Betrag EUR', 'anerkannt', 'Bemerkung'],
        ['1', '24.06.2026', 'Nowak, Bartosz', 'Erstversorgung D-Arzt', 'Unfallklinik Kassel', '312,45', 'ja', ''],
        ['2', '24.06.2026', 'Nowak, Bartosz', 'Stationär 24.06.-03.07. (Amputation Endglied D2/D3 re.)', 'Unfallklinik Kassel', '8.944,10', 'ja', ''],
        ['3', '04.07.2026', 'Nowak, Bartosz', 'Handchirurgische Nachbehandlung', 'Handzentrum Nordhessen', '1.207,80', 'ja', ''],
        ['4', '07/2026-09/2026', 'Nowak, Bartosz', 'Ergotherapie 30 Einheiten', 'Ergo Lenz', '1.860,00', 'ja', ''],
        ['5', '07/2026-10/2026', 'Nowak, Bartosz', 'Verletztengeld', 'BGVL', '9.102,66', 'ja', ''],
        ['6', '09/2026', 'Nowak, Bartosz', 'Psychotherapeutische Intervention (5 Sitzungen)', 'Praxis Dr. Semmler', '540,00', 'ja', ''],
        ['7', '10/2026', 'Nowak, Bartosz', 'Hautarztbehandlung Ekzem', 'Dr. Ahlers', '188,30', 'nein', 'kein Unfallbezug'],
        ['11', '10/2026', 'Nowak, Bartosz', 'Verwaltungskostenpauschale 10 %', 'BGVL', '2.215,33', 'nein', 'im TA nicht vorgesehen'],
    ]
    m = EM('Anke Vossberg <anke.vossberg@brueckenhaus.example>',
           'Michael Grunwald <m.grunwald@bgvl.example>',
           'Ihr Zeichen RG-26-3317 - unsere Prüfung',
           'Fri, 27 Nov 2026 09:33:17 +0100', body,
           atts=[('Pruefung_RG-26-3317.csv', csvb(rows, enc='cp1252'), T_XLSCSV)])
    return m, S, 'de', 'insurer-to-bg', 'harmless body; injured worker name, amputation, therapies only in the windows-1252 CSV'


def m057():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 11.12.2026 nicht im Büro und lese meine E-Mails
nicht. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen (insbesondere bei Personenschäden mit laufendem
Krankenhausaufenthalt oder Reha-Bedarf) wenden Sie sich bitte an meine
Kollegin Jana Wendeborn, 0561 7080-4412, oder an das Teamsekretariat,
hp-personenschaden@brueckenhaus.example.

Mit freundlichen Grüßen
Oliver Thornbury
"""
    m = EM('Oliver Thornbury <oliver.thornbury@brueckenhaus.example>',
           'c.falkenrath@ra-falkenrath.example',
           'Abwesenheitsnotiz: AW: Ihr Schreiben vom 25.11.2026',
           'Fri, 27 Nov 2026 16:55:12 +0100', body,
           hdr={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'})
    return m, N, 'de', 'insurer-to-lawyer', 'trap: out-of-office mentioning hospital stays and rehab in general'


def m058():
    body = """Rainer,

I need your sign-off to increase the reserve on this one before the year-end
close. Short version:

- Claimant: Mr Levent Arslan, 31, scaffolder, fall from our insured's
  defective scaffold on 19 May 2026.
- Complete paraplegia below T12 (ASIA A) confirmed at 6 months by the spinal
  unit in Bad Wildungen. Wheelchair user, neurogenic bladder, pressure sore in
  October which delayed discharge.
- Discharged home 12 November; flat being adapted, care plan: 4 h/day
  assistance, lifelong.
- Loss of earnings: pre-accident net approx. EUR 2,900/month, no realistic
  return to his trade.

Proposed reserve: EUR 2.4m (currently EUR 650k). Breakdown in the file, tab
"Reserve 11/26".

Thanks
Oliver
"""
    m = EM('Oliver Thornbury <oliver.thornbury@brueckenhaus.example>',
           'Rainer Pohlmann <rainer.pohlmann@brueckenhaus.example>',
           'Reserve increase HP-26-0019330 - T12 paraplegia',
           'Mon, 30 Nov 2026 08:06:44 +0100', body)
    return m, S, 'en', 'internal', 'diagnosis already in the subject; paraplegia, care needs, earnings of named claimant'


def m059():
    body = """Hallo Herr Scharnweber,

zu Ihrer Anfrage wegen Ihres Kunden Herrn Ewald Küster (Haus- und
Grundbesitzerhaftpflicht HuG 20 553 871, Objekt Lindenallee 5, Baunatal):

Die Dachlawine vom 18.11. hat den Pkw der Mieterin im Erdgeschoss beschädigt
(Dach und Windschutzscheibe eines Seat Ibiza, KS-JM 884). Personen waren nicht
in der Nähe. Wir haben den Schaden unter PHV-S-2026-123004 angelegt und prüfen
gerade, ob Herr Küster seine Räum- und Sicherungspflicht erfüllt hat. Dafür
brauchen wir noch Fotos des Daches und die Info, ob Schneefanggitter montiert
sind.

Können Sie das bei Ihrem Kunden anfragen? Danke!

Viele Grüße
Henrik Lammers
Brückenhaus Versicherung AG
"""
    m = EM('Henrik Lammers <henrik.lammers@brueckenhaus.example>',
           'Jörg Scharnweber <info@scharnweber-makler.example>',
           'AW: Schaden Küster / Dachlawine',
           'Mon, 30 Nov 2026 11:20:37 +0100', body)
    return m, C, 'de', 'insurer-to-broker', 'property liability claim: named customer, contract, address, plate; nobody hurt'


def m060():
    body = """Liebe neue Kolleginnen und Kollegen,

für unsere Einarbeitungswoche hier die Fallstudie für Mittwoch. Der Fall ist
aus mehreren echten Fällen zusammengesetzt und vollständig anonymisiert -
Namen, Orte und Daten sind erfunden.

Fallstudie 3: "Der Sturz vom Gerüst"
Ein 34-jähriger Dachdecker stürzt auf einer Baustelle aus ca. 4 m Höhe, weil
ein Gerüstbelag nicht gesichert war. Gerüstbauer ist unser VN (Betriebs-
haftpflicht). Der Verletzte erleidet eine Tibiakopffraktur links und eine
Kompressionsfraktur LWK 1. Die BG zahlt Verletztengeld und nimmt uns in
Regress; der Verletzte verlangt zusätzlich Schmerzensgeld.

Aufgaben:
1. Welche Ansprüche gehen auf die BG über, welche bleiben beim Verletzten?
2. Greift das Haftungsprivileg nach §§ 104 ff. SGB VII? (Stichwort:
   gemeinsame Betriebsstätte)
3. Welche Unterlagen fordern Sie an, und von wem?
4. Ab wann denken Sie an Reha-Management?

Bitte vorbereiten, wir besprechen in Gruppen.

Dr. Miriam Oltmanns
"""
    m = EM('Dr. Miriam Oltmanns <miriam.oltmanns@brueckenhaus.example>',
           'Einarbeitung Schaden <onboarding-claims@brueckenhaus.example>',
           'Fallstudie 3 für Mittwoch',
           'Mon, 30 Nov 2026 14:45:00 +0100', body)
    return m, N, 'de', 'internal', 'trap: anonymised composite case study with fractures'


def m061():
    body = """Sehr geehrter Herr Brinkhoff,

Sie haben am 21.10.2026 gegen 16:30 Uhr den Unfall an der Fußgängerampel
Kölnische Straße / Annastraße beobachtet und sich freundlicherweise bei der
Polizei als Zeuge gemeldet. Wir sind der Haftpflichtversicherer des beteiligten
Radfahrers.

Die Fußgängerin, Frau Renate Hülsmann (78), ist bei dem Zusammenstoß gestürzt
und hat sich eine Kopfplatzwunde und einen Bruch des linken Handgelenks
zugezogen; sie war mehrere Tage im Krankenhaus. Für die Frage, wer den Unfall
verursacht hat, ist entscheidend, welche Farbe die Fußgängerampel zeigte, als
Frau Hülsmann die Straße betrat.

Wir wären Ihnen dankbar, wenn Sie den beigefügten Zeugenfragebogen ausfüllen
oder uns Ihre Beobachtungen formlos schildern könnten. Ihre Auslagen (Porto,
Fahrtkosten) erstatten wir selbstverständlich.

Mit freundlichen Grüßen
Jana Wendeborn
Brückenhaus Versicherung AG
Schaden-Nr. HP-26-0050267
"""
    m = EM('Jana Wendeborn <jana.wendeborn@brueckenhaus.example>',
           'Frank Brinkhoff <frank.brinkhoff@kabelmail.example>',
           'Zeugenanfrage Unfall 21.10.2026 Kölnische Straße',
           'Tue, 01 Dec 2026 09:28:56 +0100', body)
    return m, S, 'de', 'insurer-to-witness', 'witness letter names injured pedestrian with age, wound, fracture, hospital stay'


def m062():
    body = """Dear colleagues,

Motor claim - your insured Mr Piet van Dijken, our insured Mrs Carola Wendt
Accident: 29 October 2026, A 44 service area Rhynern, Germany
Your ref: NLM-26-88213 / our ref: KS-26-771012

We refer to your e-mail of 12 November. Both drivers state that they reversed
out of parking spaces at the same time and collided; no independent witnesses.
There were no injuries. We propose a 50/50 split:

  Damage to Mrs Wendt's Audi A4 (KS-CW 1971):   EUR 3,420.00
  Damage to Mr van Dijken's Kia Ceed (NL 21-XKP-7): EUR 2,880.00

Each insurer pays 50 % of the other vehicle's damage, i.e. we pay EUR 1,440.00
to your insured and you pay EUR 1,710.00 to ours. Please confirm, and let us
know whether payment should go to you or directly to Mr van Dijken.

Kind regards
Melek Aydın
Motor Claims, Brückenhaus Versicherung AG
"""
    m = EM('Melek Aydin <melek.aydin@brueckenhaus.example>',
           'Claims Motor <claims.motor@noordland-verzekeringen.example>',
           'KS-26-771012 / NLM-26-88213 - proposal 50/50',
           'Tue, 01 Dec 2026 13:02:21 +0100', body)
    return m, C, 'en', 'insurer-to-partner', 'motor property claim between insurers: named drivers, plates; no injuries'


def m063():
    body = """Hi all,

minutes from today's DPIA workshop "medical documents in SAPHIR 9.4":

Attendees: F. Stallbaum (DPO), M. Oltmanns, R. Pohlmann, IT security (2),
DMS team (1).

1. Scope: storage of medical reports, expert opinions and hospital records
   in claim files (accident, liability bodily injury, motor bodily injury).
2. Risks identified: (a) medical documents visible to property-claims staff
   via global search; (b) OCR text of medical reports indexed in full-text
   search; (c) e-mail export of whole files to lawyers without encryption.
3. Measures: role-based document class "MED" visible only to bodily-injury
   roles; OCR index of class MED excluded from global search; export of class
   MED only via secure mail / portal.
4. Residual risk: medium -> low after measures. Decision by DPO: acceptable.
5. Next review: Q3 2027.

No personal data was used in the workshop; test files were synthetic.

Friederike
"""
    m = EM('Dr. Friederike Stallbaum <datenschutz@brueckenhaus.example>',
           'DPIA SAPHIR <dpia-saphir@brueckenhaus.example>',
           'Minutes DPIA workshop - medical documents in SAPHIR',
           'Wed, 02 Dec 2026 17:10:33 +0100', body)
    return m, N, 'en', 'internal', 'trap: DPIA minutes about medical reports, no person'


def m064():
    body = """Hallo Petra,

kannst Du die Vorlage bitte noch ins Vorlagensystem übernehmen? Text unten,
die Felder in spitzen Klammern werden aus SAPHIR gefüllt.

------------------------------------------------------------
Jährliche Bescheinigung über die Unfallrente <Jahr>

<Anrede> <Titel> <Vorname> <Nachname>
<Straße>, <PLZ> <Ort>

Vertrag: <Vertragsnummer>     Leistungsfall: <Schadennummer>

Aus Ihrer Unfallversicherung haben Sie im Kalenderjahr <Jahr> eine
Unfallrente erhalten:

   Monatliche Rente:      <Rentenbetrag> EUR
   Zahlungsmonate:        <Anzahl>
   Summe:                 <Jahressumme> EUR

Die Rente wurde auf das Konto <IBAN_maskiert> gezahlt. Private Unfallrenten
sind in der Regel nicht einkommensteuerpflichtig; bitte wenden Sie sich im
Zweifel an Ihre steuerliche Beratung.

Bitte bestätigen Sie uns bis <Frist> mit dem beiliegenden Lebensnachweis,
dass die versicherte Person lebt.
------------------------------------------------------------

Danke!
Tobias
"""
    m = EM('Tobias Kranich <tobias.kranich@brueckenhaus.example>',
           'Petra Schimmel <petra.schimmel@brueckenhaus.example>',
           'Vorlage Jahresbescheinigung Unfallrente',
           'Thu, 03 Dec 2026 08:39:15 +0100', body)
    return m, N, 'de', 'internal', 'trap: accident-pension certificate template with <placeholders>'


def m065():
    body = """Sehr geehrter Herr Demirci,

vielen Dank für die Mitteilung Ihrer neuen Anschrift. Bevor wir sie in Ihren
Verträgen ändern, bitten wir um eine kurze Bestätigung, da die Mitteilung per
E-Mail von einer uns nicht bekannten Adresse kam:

  Name:           Hakan Demirci
  Geburtsdatum:   1984-09-27
  Alte Anschrift: Weserstraße 18, 34125 Kassel
  Neue Anschrift: Im Druseltal 41, 34131 Kassel (ab 01.12.2026)
  Verträge:       Privathaftpflicht PHV 71 661 045, Hausrat HR 30 118 264

Bitte antworten Sie von der bei uns hinterlegten E-Mail-Adresse oder rufen Sie
uns an (0561 7080-0).

Mit freundlichen Grüßen
Ihr Kundenservice
Brückenhaus Versicherung AG
"""
    m = EM('Kundenservice <kundenservice@brueckenhaus.example>',
           'h.demirci84@mailbox-hessen.example',
           'Ihre Adressänderung - bitte bestätigen',
           'Thu, 03 Dec 2026 10:14:27 +0100', body)
    return m, C, 'de', 'insurer-to-customer', 'birth date, addresses and non-personal-line contracts of named customer'


def m066():
    body = """Hallo zusammen,

ab Januar werden die Stellplätze in der Tiefgarage neu vergeben. Wer einen
Platz möchte, trägt sich bitte bis 15.12. im Intranet unter "Service >
Parken" ein. Vorrang haben wie bisher Schwerbehinderte (Nachweis bei der
Personalabteilung), Fahrgemeinschaften und Kolleginnen/Kollegen mit
Rufbereitschaft. Die Gebühr bleibt bei 25 EUR im Monat.

E-Ladeplätze: 8 Plätze, Vergabe rotierend.

Bernd Wolkow
Facility
"""
    m = EM('Bernd Wolkow <bernd.wolkow@brueckenhaus.example>',
           'Alle Mitarbeitenden Kassel <alle-kassel@brueckenhaus.example>',
           'Tiefgarage: Neuvergabe der Stellplätze 2027',
           'Thu, 03 Dec 2026 12:02:49 +0100', body)
    return m, N, 'de', 'internal', 'trap: parking allocation mentioning severely disabled staff in general'


def m067():
    body = """Dear Claudia,

please find attached the return-to-work plan as agreed with the employer and
the claimant's GP. Could you check section 4 (hours per week) before we send
it to the employer on Monday?

Many thanks
Sven

Sven Hartl
Rehabilitation Coordination
Brückenhaus Versicherung AG
"""
    doc = docx([
        '# Return-to-work plan',
        'Claimant: Mr Piotr Kowalczyk-Brandt    Claim: HP-26-0040015    Employer: Tischlerei Engst, Kaufungen',
        '1. Background: Crush injury of the left hand on 3 June 2026 (caught in a machine at a customer site, our insured\'s machine was not secured). Fractures of metacarpals II-IV (S62.3), flexor tendon repair, skin graft.',
        '2. Current status (GP and hand surgeon, 20 Nov 2026): grip strength 45 % of the right hand, reduced sensation index finger, scar tenderness. Mild depressive symptoms, under treatment with the GP.',
        '3. Work: joiner, right-handed. No use of circular saw and planer for the time being.',
        '4. Graduated return: weeks 1-2: 4 h/day, workshop tasks only; weeks 3-4: 6 h/day; from week 5: full time if the hand surgeon agrees.',
        '5. Costs: wage subsidy to employer for the reduced hours paid by Brückenhaus; ergotherapy twice a week continues.',
        '6. Review: 15 January 2027 with claimant, employer, case manager.',
    ], author='Sven Hartl')
    m = EM('Sven Hartl <sven.hartl@brueckenhaus.example>',
           'Claudia Fenske <c.fenske@rehaplan-nordhessen.example>',
           'RTW plan for review',
           'Fri, 04 Dec 2026 15:22:10 +0100', body,
           atts=[('RTW_plan_draft_v2.docx', doc, T_DOCX)])
    return m, S, 'en', 'insurer-to-rehab', 'harmless body; hand injury, depression and work plan only in the DOCX'


def m068():
    body = """Sehr geehrte Frau Korkmaz,

in der Sache Ihrer Mandantin Frau Yvonne Gerstenberger (Unfall vom
16.10.2026, reiner Sachschaden, Ihr Az. 298/26) zu den Mietwagenkosten:

Ihre Mandantin hat für 11 Tage einen Mietwagen der Klasse 7 zum Unfallersatz-
tarif angemietet (Rechnung Autovermietung Fulda-Ring über 2.046,15 EUR). Ihr
eigenes Fahrzeug (Opel Insignia, HR-YG 300) gehört in Klasse 6. Wir erstatten
nach Fraunhofer/Schwacke-Mittelwert Klasse 6 abzüglich 10 % ersparter
Eigenaufwendungen:

   11 Tage x 78,40 EUR = 862,40 EUR, abzgl. 86,24 EUR = 776,16 EUR

Den Restbetrag halten wir nicht für erforderlich im Sinne von § 249 BGB.
Ihre Mandantin wurde über die Kosten nicht aufgeklärt; das geht zu Lasten des
Vermieters, nicht von uns.

Mit freundlichen Grüßen
Melek Aydın
Kfz-Schaden, Brückenhaus Versicherung AG
KS-26-770756
"""
    m = EM('Melek Aydin <melek.aydin@brueckenhaus.example>',
           'RAin Sibel Korkmaz <kanzlei@kanzlei-korkmaz.example>',
           'Gerstenberger ./. Brückenhaus - Mietwagenkosten',
           'Mon, 07 Dec 2026 09:11:39 +0100', body)
    return m, C, 'de', 'insurer-to-lawyer', 'hire-car dispute: named client, plate; property only'


def m069():
    body = """PRESS RELEASE

Brückenhaus paid more for permanent disabilities after accidents in 2026

Kassel, 7 December 2026. Brückenhaus Versicherung AG expects to pay around
EUR 38 million in invalidity benefits from private accident insurance in 2026,
about 9 % more than last year. The number of invalidity claims remained almost
unchanged (approx. 1,900), but the average degree of invalidity rose from
10.6 % to 11.8 %.

The reasons: more serious accidents with e-bikes and pedelecs among the over
60s, and more claims with progression, where the benefit rises
disproportionately for high degrees of invalidity. Knee and shoulder injuries
remain the most frequent cause of permanent impairment.

Claims are settled on average 74 days after the medical report is received.

Press contact: Lisa Marquardt, presse@brueckenhaus.example
"""
    m = EM('Lisa Marquardt <presse@brueckenhaus.example>',
           'Press list EN <press-en@lists.brueckenhaus.example>',
           'Press release: invalidity benefits 2026',
           'Mon, 07 Dec 2026 10:00:00 +0100', body)
    return m, N, 'en', 'insurer-to-press', 'trap: press release with aggregated invalidity figures'


def m070():
    body = """Hallo Rainer,

bitte einmal die Freigabe für den Schmerzensgeldvorschuss in der Sache
HP-26-0042557:

Geschädigte: Frau Marlies Döring, 64 J.
Unfall: 08.09.2026, Sturz über eine nicht gesicherte Kabeltrommel vor der
Baustelle unseres VN (Elektro Schäfer GmbH).
Verletzungen: mediale Schenkelhalsfraktur links (S72.00), Versorgung mit
Hüft-TEP am 09.09.; Anschlussheilbehandlung in Bad Sooden-Allendorf bis
14.10. Seitdem Gehstock, Treppensteigen nur mit Geländer.
Vorerkrankung: Osteoporose (unter Alendronsäure), vom Gutachter als
mitwirkend bewertet, aber nicht haftungsrelevant.

Vorschlag: Vorschuss 10.000 EUR, Haftung 100 %.

Danke und Gruß
Jana
"""
    m = EM('Jana Wendeborn <jana.wendeborn@brueckenhaus.example>',
           'Rainer Pohlmann <rainer.pohlmann@brueckenhaus.example>',
           'Freigabe Vorschuss Schmerzensgeld HP-26-0042557',
           'Mon, 07 Dec 2026 13:47:52 +0100', body, charset='iso-8859-1',
           cte='quoted-printable')
    return m, S, 'de', 'internal', 'internal approval: hip fracture, hip replacement, osteoporosis of named claimant (iso-8859-1 QP)'


def m071():
    body = """Hi Oliver,

here is the blank English medical authority form as a PDF, as approved by
legal. Please use this one from now on for UK and Irish claimants; the old Word
version had the wrong data-protection wording.

Best,
Friederike
"""
    lines = [
        'Brückenhaus Versicherung AG - Authority to release medical information',
        '',
        'Claimant name: ____________________________   Date of birth: ___/___/______',
        'Address: ____________________________________________________________',
        'Claim reference: ____________________',
        '',
        'I authorise the doctors, hospitals, therapists and other health professionals',
        'named below to release to Brückenhaus Versicherung AG, Kassel, Germany, and to',
        'the medical experts instructed by it, copies of my medical records relating to:',
        '  [ ] the injuries sustained in the accident on ___/___/______',
        '  [ ] my medical history for the period of five years before that accident',
        '',
        'Health professionals: _______________________________________________',
        '',
        'I understand that this information is health data. It will be used only to',
        'assess my claim and will be transferred securely. I can withdraw this authority',
        'at any time for the future by writing to datenschutz@brueckenhaus.example.',
        '',
        'Signature: __________________________   Date: ___/___/______',
    ]
    m = EM('Dr. Friederike Stallbaum <datenschutz@brueckenhaus.example>',
           'Oliver Thornbury <oliver.thornbury@brueckenhaus.example>',
           'Blank medical authority form (EN)',
           'Tue, 08 Dec 2026 09:05:20 +0100', body,
           atts=[('Medical_authority_EN_blank.pdf', pdf(lines, 'Medical authority (blank)'), T_PDF)])
    return m, N, 'en', 'internal', 'trap: blank medical authority form (PDF) with empty fields'


def m072():
    body = """Dear Mr and Mrs Brennan,

thank you for reporting the incident. To sum up what you told us: on
29 November your son Liam (8) was riding his kick scooter on the pavement in
Heinrich-Schütz-Allee and lost control; the scooter scraped along the side of
a parked car, a grey Mercedes C-Class (KS-RT 4410) belonging to Mr Rüdiger
Tamm. Liam fell but was fine, and nobody else was involved.

Children under ten are usually not liable for damage in accidents with motor
vehicles (§ 828(2) BGB), but the German courts do not apply this exception when
a child damages a parked car. Liam may therefore be liable, and there is also
the question whether you as parents fulfilled your duty of supervision. Your
family liability policy (PHV 71 803 229) covers both questions, and we will
deal with Mr Tamm directly.

Please send us the photos you took and Mr Tamm's contact details.

Best regards
Henrik Lammers
Liability Claims (Property)
Brückenhaus Versicherung AG
"""
    m = EM('Henrik Lammers <henrik.lammers@brueckenhaus.example>',
           'Siobhan Brennan <siobhan.brennan@eiremail.example>',
           'Scooter incident 29 November - PHV-S-2026-123511',
           'Tue, 08 Dec 2026 11:31:04 +0100', body)
    return m, C, 'en', 'insurer-to-customer', 'liability property claim: named family, child, plate, contract; child "was fine" (no injury)'


def m073():
    body = """Dr. Ruhland,

could you give me your view on the e-mail below from the claimant before I
reply? I'm not sure whether the new back problems can still be attributed to
the accident, or whether we need an additional orthopaedic opinion.

Thanks,
Oliver

-------- Forwarded Message --------
Subject: Re: your claim HP-26-0036652
Date: Sun, 6 Dec 2026 22:13:40 +0000
From: Gemma Rowntree <gemma.rowntree@webmail-uk.example>
To: Oliver Thornbury <oliver.thornbury@brueckenhaus.example>

Hi Oliver,

Sorry for the late reply, it's been a rough couple of weeks. The physio in
Sheffield has finished the 12 sessions you paid for, my neck is a lot better
but now my lower back is really bad, shooting pain down my left leg at night.
My GP thinks it might be a disc and has sent me for an MRI on the 18th. I'm
back on naproxen and codeine which makes me sleepy so I can't drive to work.

Honestly I never had back problems before the crash in Hamburg. Will you
cover the MRI and more physio? And I've had to take another 9 days off
(sick note attached to my last email).

Thanks
Gemma

Sent from my iPhone
"""
    m = EM('Oliver Thornbury <oliver.thornbury@brueckenhaus.example>',
           'Dr. med. Stefan Ruhland <beratungsarzt@brueckenhaus.example>',
           'Fwd: Re: your claim HP-26-0036652',
           'Tue, 08 Dec 2026 14:20:07 +0100', body)
    return m, S, 'en', 'claimant', 'inline forward of claimant mail: back pain, MRI, medication, sick leave'


def m074():
    body = """Hallo zusammen,

kurze Zusammenfassung des Rundschreibens der Berufsgenossenschaft Verkehr und
Lager Mitte (BGVL) vom 01.12.2026, relevant für unsere Regressabteilung und
für die Beratung gewerblicher Kunden:

- Neuer Gefahrtarif ab 01.01.2027: Gefahrklasse Lager/Umschlag sinkt von 5,9
  auf 5,4, Kurierdienste steigen von 7,2 auf 7,8.
- Die BGVL meldete 2025 rund 41.000 meldepflichtige Arbeitsunfälle und
  2.800 Wegeunfälle, davon 37 tödlich (Vorjahr 42).
- Schwerpunkte der Prävention 2027: Stolpern/Rutschen an Laderampen und
  Absturz von Ladebordwänden.
- Teilungsabkommen: Die BGVL kündigt das TA mit Wirkung zum 31.12.2027 und
  bietet Neuverhandlung an; Limit soll von 65.000 auf 90.000 EUR steigen.

Ich stimme mich mit Anke wegen der TA-Verhandlung ab.

Viele Grüße
Rainer
"""
    m = EM('Rainer Pohlmann <rainer.pohlmann@brueckenhaus.example>',
           'Team Regress <regress@brueckenhaus.example>',
           'BGVL-Rundschreiben 12/2026 - Zusammenfassung',
           'Wed, 09 Dec 2026 08:55:31 +0100', body)
    return m, N, 'de', 'internal', 'trap: BG circular with accident and fatality counts, no person'


def m075():
    body = """Sehr geehrte Frau Ott,

Ihr Glasschaden ist erledigt: Die Firma Scheibenprofi Kassel hat die
Windschutzscheibe Ihres Ford Focus (KS-SO 212) am 07.12. getauscht und direkt
mit uns abgerechnet. Aus Ihrer Teilkasko (Vertrag K 5530 6198) haben wir
724,30 EUR übernommen, abzüglich Ihrer Selbstbeteiligung von 150,00 EUR,
die die Werkstatt direkt bei Ihnen kassiert hat.

Eine Rückstufung erfolgt nicht.

Mit freundlichen Grüßen
Ihr Kfz-Service
Brückenhaus Versicherung AG
Schaden-Nr. KG-26-090114
"""
    m = EM('Kfz-Service <kfz-service@brueckenhaus.example>',
           'sabine.ott@t-netz.example',
           'Glasschaden KG-26-090114 abgeschlossen',
           'Wed, 09 Dec 2026 10:21:45 +0100', body)
    return m, C, 'de', 'insurer-to-customer', 'windscreen claim: named customer, plate, contract'


def m076():
    body = """Sehr geehrter Herr Prof. Dannhauer,

in der Sache UL 2026/027302 (Versicherter Herr Gunnar Mattheis) liegt uns Ihr
Gutachten vom 12.11.2026 vor. Vielen Dank.

Sie bemessen die Invalidität am linken Knie mit 2/7 Beinwert und stützen dies
u. a. auf den MRT-Befund vom 02.10.2026 (Korbhenkelriss Innenmeniskus,
M23.2; Knorpelschaden Grad III medialer Femurkondylus). Der Versicherte hat
jedoch angegeben, bereits 2021 wegen einer Meniskusläsion am selben Knie
arthroskopiert worden zu sein.

Wir bitten um ergänzende Stellungnahme:
1. Ist der Korbhenkelriss unfallbedingt oder degenerativ vorbestehend?
2. In welchem Umfang haben Krankheiten oder Gebrechen an der
   Gesundheitsschädigung mitgewirkt (Ziff. 3 AUB)? Bitte in Prozent.
3. Ändert sich dadurch die Bemessung des Invaliditätsgrades?

Den OP-Bericht von 2021 reichen wir nach, sobald er vorliegt.

Mit freundlichen Grüßen
Tobias Kranich
Leistung Unfallversicherung
Brückenhaus Versicherung AG
"""
    m = EM('Tobias Kranich <tobias.kranich@brueckenhaus.example>',
           'Praxis Prof. Dannhauer <sekretariat@gutachten-dannhauer.example>',
           'Ergänzende Stellungnahme UL 2026/027302',
           'Thu, 10 Dec 2026 09:30:12 +0100', body)
    return m, S, 'de', 'insurer-to-expert', 'accident claim: meniscus tear ICD M23.2, prior surgery of named insured'


def m077():
    body = """Liebe Kolleginnen und Kollegen, dear colleagues,

unsere Weihnachtsfeier findet am Freitag, 18.12.2026, ab 18:00 Uhr im
Restaurant "Zum Lindenwirt" in Kassel-Wilhelmshöhe statt. Die Einladung
(Kalendereintrag) hängt an.

Our Christmas party is on Friday, 18 December, from 6 pm at "Zum Lindenwirt"
restaurant. Please accept or decline the calendar invitation by 11 December
so we can tell the restaurant how many vegetarian and vegan meals to prepare.

Frohe Weihnachten / Merry Christmas
Petra
"""
    ics = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Brueckenhaus//Groupware 12//DE\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:xmas-2026-schaden@brueckenhaus.example\r
DTSTAMP:20261210T080000Z\r
DTSTART;TZID=Europe/Berlin:20261218T180000\r
DTEND;TZID=Europe/Berlin:20261218T233000\r
SUMMARY:Weihnachtsfeier Abteilung Schaden / Christmas party\r
LOCATION:Restaurant Zum Lindenwirt\\, Kassel-Wilhelmshöhe\r
DESCRIPTION:Menüwahl bitte bis 11.12. an Petra. Shuttle ab Ständeplatz 17:30.\r
ORGANIZER;CN=Petra Schimmel:mailto:petra.schimmel@brueckenhaus.example\r
END:VEVENT\r
END:VCALENDAR\r
"""
    m = EM('Petra Schimmel <petra.schimmel@brueckenhaus.example>',
           'Abteilung Schaden Kassel <schaden-kassel@brueckenhaus.example>',
           'Weihnachtsfeier 18.12. / Christmas party',
           'Thu, 10 Dec 2026 09:00:00 +0100', body,
           atts=[('Weihnachtsfeier.ics', ics, T_ICS)])
    return m, N, 'mixed', 'internal', 'Christmas party invitation with ICS, bilingual'


def m078():
    body = """Dear partners,

As several of you asked how we classify occupations in accident insurance,
here is a short guide. The class determines the premium; it is based on the
occupation only, not on the health of the insured person.

Class A (office and similar): clerk, teacher, software developer, doctor
(non-surgical), pharmacist, architect without site work.

Class B (manual / physical work): electrician, roofer, scaffolder, carpenter,
nurse, paramedic, farmer, chef, professional driver.

Special risks (ask underwriting): professional athletes, stunt performers,
explosives handlers, divers, pilots, security staff carrying weapons.

Class B premiums are roughly 1.8 times class A. If an insured person changes
occupation, the policyholder must tell us; a change from A to B without
notice can reduce the benefit in proportion to the premium (section 6 AUB).

Questions? Your broker support team: maklerbetreuung@brueckenhaus.example
"""
    m = EM('Maklerbetreuung <maklerbetreuung@brueckenhaus.example>',
           'Broker partners <maklerinfo@lists.brueckenhaus.example>',
           'Guide: occupational classes in accident insurance',
           'Thu, 10 Dec 2026 11:00:00 +0100', body)
    return m, N, 'en', 'insurer-to-broker', 'trap: generic guide to accident-insurance occupation classes'


def m079():
    body = """Sehr geehrte Damen und Herren,

unser Versicherungsnehmer Herr Dominik Rauschenberg hat am 28.11.2026 Anzeige
wegen einer Unfallflucht erstattet (Vorgangsnummer lt. seiner Mitteilung
ST/0823419/2026). Sein Pkw (Mazda CX-5, KS-DR 7070) wurde zwischen 9 und
13 Uhr auf dem Parkplatz am Auestadion an der Heckklappe beschädigt; der
Verursacher ist unbekannt. Personen wurden nicht verletzt.

Wir wären dankbar für eine kurze Mitteilung, ob die Ermittlungen einen
Verursacher ergeben haben (Kennzeichen oder Versicherer genügt), damit wir
ggf. Regress nehmen können. Andernfalls regulieren wir aus der Vollkasko.

Mit freundlichen Grüßen
Melek Aydın
Kfz-Schaden, Brückenhaus Versicherung AG, Schaden-Nr. KS-26-772390
"""
    m = EM('Melek Aydin <melek.aydin@brueckenhaus.example>',
           'Polizeirevier Süd-West <revier-suedwest.kassel@polizei-nordhessen.example>',
           'Vorgang ST/0823419/2026 - Unfallflucht Auestadion',
           'Fri, 11 Dec 2026 08:44:58 +0100', body)
    return m, C, 'de', 'insurer-to-police', 'hit-and-run against our named customer by unknown driver, plate; nobody hurt'


def m080():
    body = """Rainer, das Angebot für die Medizin-Schulung. Preis ok? Termin wäre März.
Miriam

-----Original Message-----
From: Marc Eisold <m.eisold@medlearn-seminars.example>
Sent: Thursday, 10 December 2026 16:02
To: Dr. Miriam Oltmanns
Subject: Proposal "Medicine for claims handlers"

Dear Dr. Oltmanns,

Following our call, here is our proposal for the in-house course "Medicine for
claims handlers" (2 days, up to 14 participants, Kassel).

Day 1 - The injured body
- Fractures: classification (AO), healing times, typical complications
  (non-union, CRPS, post-traumatic arthritis)
- Soft-tissue injuries: whiplash (Quebec grades), ligament ruptures, rotator
  cuff tears - trauma or degeneration?
- Traumatic brain injury: from concussion to severe TBI; GCS explained

Day 2 - Reading medical documents
- Discharge letters, operation notes, MRI reports: what matters for the claim
- ICD-10 and OPS codes in practice
- Psychological consequences: adjustment disorder, PTSD, chronic pain
- Case exercises with fictitious, fully invented files

Trainer: Dr. med. Henrike Solms (trauma surgeon, 15 years as expert witness)
Fee: EUR 4,900 plus VAT and travel expenses.

Best regards
Marc Eisold
MedLearn Seminars GmbH
"""
    m = EM('Dr. Miriam Oltmanns <miriam.oltmanns@brueckenhaus.example>',
           'Rainer Pohlmann <rainer.pohlmann@brueckenhaus.example>',
           'Fw: Proposal "Medicine for claims handlers"',
           'Fri, 11 Dec 2026 10:33:03 +0100', body)
    return m, N, 'mixed', 'supplier', 'trap: forwarded training offer listing injuries, PTSD, ICD codes; no person'


def m081():
    body = """Sehr geehrter Herr Tönnies,

als gerichtlich bestellter Betreuer von Frau Hildegard Wagenknecht
(Betreuungsgericht Kassel, Az. 74 XVII 318/25) erhalten Sie heute unsere
Abrechnung aus der Unfallversicherung Ihrer Betreuten (UV-3307 2215).

Frau Wagenknecht ist am 17.06.2026 im Pflegeheim Am Bergpark aus dem Bett
gestürzt und hat sich eine pertrochantäre Femurfraktur rechts zugezogen. Nach
dem Gutachten von Dr. Kessemeier ist eine Invalidität von 5/10 Beinwert
(= 35 %) verblieben. Die vorbestehende Demenz und die Osteoporose wurden mit
einem Mitwirkungsanteil von 40 % berücksichtigt.

  Versicherungssumme Invalidität       60.000,00 EUR
  35 % Invalidität                     21.000,00 EUR
  abzüglich Mitwirkung 40 %            -8.400,00 EUR
  Invaliditätsleistung                 12.600,00 EUR
  Krankenhaustagegeld 12 Tage à 25 EUR    300,00 EUR
  Gesamt                               12.900,00 EUR

Die Zahlung erfolgt auf das Betreuungskonto DE72 2605 0001 0380 0451 72.

Mit freundlichen Grüßen
Tobias Kranich
Leistung Unfallversicherung, Brückenhaus Versicherung AG
"""
    m = EM('Tobias Kranich <tobias.kranich@brueckenhaus.example>',
           'Bernd Tönnies <b.toennies@berufsbetreuer-kassel.example>',
           'Abrechnung Unfallversicherung Frau Wagenknecht - UV-3307 2215',
           'Mon, 14 Dec 2026 09:17:40 +0100', body)
    return m, S, 'de', 'insurer-to-guardian', 'legal guardian: fracture, dementia, invalidity, IBAN of named insured'


def m082():
    body = """Hallo Herr Pietsch,

bitte begutachten Sie folgendes Fahrzeug (Haftpflichtschaden, unser VN ist
voll eintrittspflichtig, keine Personenschäden):

  Anspruchstellerin: Frau Elke Sonnenschein, Mühlenweg 7, 34260 Kaufungen,
                     Tel. 05605 91 22 07
  Fahrzeug:          VW Polo, KS-ES 1957, Erstzulassung 03/2019
  Schaden:           Seitenschaden rechts, Spiegel abgerissen
  Standort:          Autohaus Bründel, Kaufungen (Termin nach Absprache)

Bitte Reparaturkosten, Wertminderung und Wiederbeschaffungswert ermitteln und
das Gutachten nur an uns senden.

Danke und Gruß
Melek Aydın
Kfz-Schaden, KS-26-772533
"""
    m = EM('Melek Aydin <melek.aydin@brueckenhaus.example>',
           'SV-Büro Pietsch <auftrag@sv-pietsch.example>',
           'Gutachtenauftrag KS-26-772533 Sonnenschein',
           'Mon, 14 Dec 2026 11:02:31 +0100', body)
    return m, C, 'de', 'insurer-to-assessor', 'vehicle assessor order: named claimant, address, phone, plate; no injuries'


def m083():
    body = """Hi Kai, hi Miriam,

attached are the frequency and severity figures by age band that you asked
for (accident portfolio, claims years 2023-2025, all tariffs). Exposure is in
policy years. No individual data - the smallest cell has 212 claims.

Two things stand out: frequency for 70+ is up 14 % over three years, and the
average invalidity degree for 60-69 is now almost twice that of 30-39. I'd
suggest we look at age-banded pricing for the 2028 tariff.

Jonas
"""
    rows = [
        ['Age band', 'Exposure (policy yrs)', 'Claims', 'Frequency per 1,000', 'Avg invalidity %', 'Avg claim EUR'],
        ['0-17', 182400, 3311, 18.2, 5.9, 2140],
        ['18-29', 96100, 1702, 17.7, 7.4, 3380],
        ['30-39', 121800, 1620, 13.3, 8.1, 4010],
        ['40-49', 138500, 1969, 14.2, 9.5, 4870],
        ['50-59', 150200, 2612, 17.4, 11.8, 6120],
        ['60-69', 112700, 2455, 21.8, 15.6, 7450],
        ['70+', 61300, 1934, 31.5, 17.2, 8030],
    ]
    m = EM('Dr. Jonas Weidenbach <jonas.weidenbach@brueckenhaus.example>',
           'Kai Niemeyer <kai.niemeyer@brueckenhaus.example>, Dr. Miriam Oltmanns <miriam.oltmanns@brueckenhaus.example>',
           'Accident portfolio - frequency/severity by age band',
           'Mon, 14 Dec 2026 15:48:12 +0100', body,
           atts=[('accident_freq_sev_2023-2025.xlsx', xlsx({'by age band': rows}), T_XLSX)])
    return m, N, 'en', 'internal', 'trap: aggregated actuarial frequency/severity by age band (XLSX)'


def m084():
    body = """Dear Ms Pratt,

Pemberton v Brückenhaus - our ref HP-26-0044650

Further to your schedule of 25 November, please find attached our
counter-schedule. We look forward to your comments.

Yours sincerely
Oliver Thornbury
Brückenhaus Versicherung AG
"""
    rows_a = [
        ['Head of loss', 'Claimant (GBP)', 'Defendant (GBP)', 'Comment'],
        ['General damages (PSLA): tibial plateau fracture, ORIF, residual knee pain', 42000, 30000, 'JC Guidelines 7(M)(b)(ii); no TKR yet'],
        ['Past loss of earnings (self-employed plasterer, 16 weeks)', 14880, 11200, 'Tax returns 2023-2025 show net GBP 36,400 p.a.'],
        ['Future loss of earnings (Blamire award)', 60000, 15000, 'Claimant back at work since 09/2026'],
        ['Future TKR (private, at age 55)', 18500, 9250, '50 % risk per our expert'],
        ['Physiotherapy and gym', 2310, 2310, 'agreed'],
        ['Care and assistance (wife, 6 weeks)', 3150, 1890, '21 h/week not evidenced'],
        ['Travel to hospital appointments', 640, 640, 'agreed'],
    ]
    m = EM('Oliver Thornbury <oliver.thornbury@brueckenhaus.example>',
           'Imogen Pratt <imogen.pratt@hartwellbryce.example>',
           'Pemberton v Brückenhaus - counter-schedule',
           'Tue, 15 Dec 2026 10:24:55 +0100', body,
           atts=[('Counter-schedule_Pemberton.xlsx', xlsx({'Counter-schedule': rows_a}), T_XLSX)])
    return m, S, 'en', 'insurer-to-lawyer', 'body names only the case; fracture, surgery, earnings only in the XLSX'


def m085():
    body = """Sehr geehrte Frau Gökçe,

wir sind der Haftpflichtversicherer Ihres Nachbarn, Herrn Wilfried Bödeker
(Haus- und Grundbesitzerhaftpflicht). Beim Sturm am 02.12.2026 ist eine
Fichte von seinem Grundstück auf Ihren Carport gestürzt. Verletzt wurde
niemand.

Unser Angebot zur Regulierung:

Zimmerei Aschoff, Angebot vom 09.12.   3.480,00 EUR
Entsorgung Baum                         420,00 EUR
Gesamt                                3.900,00 EUR

Auszahlung auf Ihr Konto DE60 6005 0101 0811 2364 57.

Mit freundlichen Grüßen
Henrik Lammers
Brückenhaus Versicherung AG
Schaden-Nr. HuG-S-2026-002218
"""
    html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Sehr geehrte Frau Gökçe,</p>
<p>wir sind der Haftpflichtversicherer Ihres Nachbarn, Herrn Wilfried Bödeker
(Haus- und Grundbesitzerhaftpflicht). Beim Sturm am 02.12.2026 ist eine
Fichte von seinem Grundstück auf Ihren Carport gestürzt. Verletzt wurde niemand.</p>
<p>Unser Angebot zur Regulierung:</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><td>Zimmerei Aschoff, Angebot vom 09.12.</td><td align="right">3.480,00 EUR</td></tr>
<tr><td>Entsorgung Baum</td><td align="right">420,00 EUR</td></tr>
<tr><td><b>Gesamt</b></td><td align="right"><b>3.900,00 EUR</b></td></tr>
</table>
<p>Auszahlung auf Ihr Konto DE60 6005 0101 0811 2364 57.</p>
<p>Mit freundlichen Grüßen<br>Henrik Lammers<br>Brückenhaus Versicherung AG<br>
Schaden-Nr. HuG-S-2026-002218</p>
</body></html>"""
    m = EM('Henrik Lammers <henrik.lammers@brueckenhaus.example>',
           'Aylin Gökçe <aylin.goekce@familie-goekce.example>',
           'Sturmschaden Carport - HuG-S-2026-002218',
           'Tue, 15 Dec 2026 13:39:02 +0100', body, html=html)
    return m, C, 'de', 'insurer-to-claimant', 'neighbour property claim with IBAN and named insured; nobody hurt'


def m086():
    body = """Intranet news - 15 December 2026

New partner for rehabilitation management

From 1 January 2027 Brückenhaus will work with RehaPlan Nordhessen GmbH as a
second provider of rehabilitation management for seriously injured claimants
in liability and accident insurance. RehaPlan has 14 case managers, most of
them with a background in nursing or occupational therapy.

Why does this matter? Early rehabilitation helps injured people get back to
their lives and jobs sooner. Studies show that every euro spent on
rehabilitation management saves around three euros in later costs.

Criteria for referral remain unchanged: brain injury, spinal cord injury,
amputation, severe burns, polytrauma, and long sick leave of younger
claimants. Referrals go through Sven Hartl (Reha-Koordination).
"""
    html = """<html><body style="font-family:Segoe UI,Arial">
<h3>New partner for rehabilitation management</h3>
<p><i>Intranet news - 15 December 2026</i></p>
<p>From 1 January 2027 Brückenhaus will work with <b>RehaPlan Nordhessen GmbH</b> as a second
provider of rehabilitation management for seriously injured claimants in liability and accident
insurance. RehaPlan has 14 case managers, most of them with a background in nursing or
occupational therapy.</p>
<p>Why does this matter? Early rehabilitation helps injured people get back to their lives and
jobs sooner. Studies show that every euro spent on rehabilitation management saves around three
euros in later costs.</p>
<p>Criteria for referral remain unchanged: brain injury, spinal cord injury, amputation, severe
burns, polytrauma, and long sick leave of younger claimants. Referrals go through Sven Hartl
(Reha-Koordination).</p>
</body></html>"""
    m = EM('Intranet-Redaktion <intranet@brueckenhaus.example>',
           'Alle Mitarbeitenden <alle@brueckenhaus.example>',
           'Intranet news: new rehabilitation management partner',
           'Tue, 15 Dec 2026 16:00:00 +0100', body, html=html)
    return m, N, 'en', 'internal', 'trap: intranet news listing injury categories for rehab referral, no person'


def m087():
    body = """Sehr geehrte Damen und Herren,

in dem Strafverfahren gegen Herrn Marcel Dietzsch (Ihr Az. 612 Js 10477/26,
fahrlässige Körperverletzung zum Nachteil von Herrn Paul Kettenbach) hatten
wir Akteneinsicht erhalten; vielen Dank nochmals.

Wir bitten um Mitteilung, ob das Verfahren inzwischen abgeschlossen ist.
Nach Angaben des Geschädigten-Anwalts ist gegen Herrn Dietzsch ein Strafbefehl
über 60 Tagessätze zu je 45 EUR ergangen, der rechtskräftig sein soll. Für die
Haftungsquote im Zivilverfahren benötigen wir eine Kopie des rechtskräftigen
Strafbefehls.

Mit freundlichen Grüßen
Jana Wendeborn
Brückenhaus Versicherung AG, HP-26-0049912
"""
    m = EM('Jana Wendeborn <jana.wendeborn@brueckenhaus.example>',
           'Poststelle StA Nordwalden <poststelle@sta-nordwalden.justiz.example>',
           '612 Js 10477/26 - Verfahrensausgang',
           'Wed, 16 Dec 2026 09:06:14 +0100', body)
    return m, S, 'de', 'insurer-to-prosecutor', 'criminal penalty order against named person for bodily injury'


def m088():
    body = """Sehr geehrter Herr Engst,

zum Schaden an Ihrem Firmenfahrzeug (Ford Transit Custom, KS-TE 450, Vertrag
Kfz-Flotte KF-3304207 der Tischlerei Engst e. K.) benötigen wir noch eine
Bestätigung von Ihnen als Halter:

Laut Schadenanzeige fuhr am 10.12.2026 Ihr Mitarbeiter Herr Kevin Rautenstrauch
das Fahrzeug und hat beim Rangieren auf dem Hof eines Kunden in Lohfelden ein
Hoftor gestreift. Verletzt wurde niemand.

Bitte bestätigen Sie, dass Herr Rautenstrauch zur Nutzung des Fahrzeugs
berechtigt war und eine gültige Fahrerlaubnis der Klasse B besitzt
(Führerscheinkontrolle gem. Ihrer Fuhrparkrichtlinie). Den Schaden am Tor
regulieren wir direkt mit dem Kunden.

Mit freundlichen Grüßen
Melek Aydın
Kfz-Flotte / Schaden
Brückenhaus Versicherung AG
"""
    m = EM('Melek Aydin <melek.aydin@brueckenhaus.example>',
           'Tischlerei Engst <info@tischlerei-engst.example>',
           'Schaden 10.12.2026 - KS-TE 450',
           'Wed, 16 Dec 2026 11:20:38 +0100', body)
    return m, C, 'de', 'insurer-to-company', 'sole-trader company fleet claim, named employee driver, plate; nobody hurt'


def m089():
    body = """Hi zusammen,

bitte tragt Eure Urlaubswünsche für das 1. Halbjahr 2027 bis 08.01. in die
Teamliste ein. Bisher sieht es so aus:

  Jana        15.02.-26.02.
  Oliver      29.03.-09.04. (Ostern)
  Anke        17.05.-28.05.
  Tobias      noch offen
  Petra       06.04.-10.04.

Wichtig: In jeder Woche müssen mindestens zwei Personen mit Regulierungs-
vollmacht Personenschaden da sein. Überschneidungen kläre ich dann mit Euch.

Rainer
"""
    m = EM('Rainer Pohlmann <rainer.pohlmann@brueckenhaus.example>',
           'Team HP-Personenschaden <hp-personenschaden@brueckenhaus.example>',
           'Urlaubsplanung 1. HJ 2027',
           'Wed, 16 Dec 2026 14:12:09 +0100', body)
    return m, N, 'de', 'internal', 'team holiday planning, names without reasons'


def m090():
    body = """Hi Sven,

fyi the offer from CareBridge for standard care packages after discharge, to
compare with what we pay today. Prices look ok to me.

Packages (per week):
- Basic: 7 h personal care (washing, dressing), 2 h household - EUR 395
- TBI support: 14 h including supervision and cognitive activation,
  coordination with neuropsychology - EUR 890
- Spinal: 21 h including transfers, bowel/bladder management, pressure-sore
  prevention, 24/7 on-call - EUR 1,460
- Night sitting add-on: EUR 38 per night

All packages include a care coordinator visit every two weeks and a written
report to the insurer. Minimum term 4 weeks.

Oliver
"""
    m = EM('Oliver Thornbury <oliver.thornbury@brueckenhaus.example>',
           'Sven Hartl <sven.hartl@brueckenhaus.example>',
           'Fw: TBI / spinal care packages - CareBridge offer',
           'Thu, 17 Dec 2026 08:48:51 +0100', body)
    return m, N, 'en', 'internal', 'trap: care-package price list (TBI, spinal) with no person; subject looks medical'


def m091():
    body = """Dear Mr de Groot,

Thank you for your e-mail and the photos. We are the liability insurer of the
driver who opened her car door in front of you on 4 December in the
Friedrich-Ebert-Straße. We are glad to read that you managed to stop in time
and were not hurt; only your bicycle hit the door.

We accept the claim for the repair of your bicycle (Gazelle Ultimate C380):

  front wheel, fork and mudguard, Fietsenmaker Bakker, quote 4 Dec: EUR 612.50

We will transfer EUR 612.50 to NL53 INGB 0006 5739 20 (J. de Groot) within the
next five working days.

Kind regards
Henrik Lammers
Liability Claims (Property)
Brückenhaus Versicherung AG
Claim KS-26-772611
"""
    m = EM('Henrik Lammers <henrik.lammers@brueckenhaus.example>',
           'Jeroen de Groot <jeroen.degroot@fietspost.example>',
           'Your bicycle - claim KS-26-772611',
           'Thu, 17 Dec 2026 10:31:27 +0100', body)
    return m, C, 'en', 'insurer-to-claimant', 'cyclist property claim, named claimant, Dutch IBAN; not hurt'


def m092():
    body = """Thank you for your e-mail.

I am out of the office until 4 January 2027 with no access to e-mail.
For urgent bodily injury matters, including hospital or rehabilitation
questions, please contact hp-personenschaden@brueckenhaus.example or call
+49 561 7080-4400.

Happy holidays!
Oliver Thornbury
"""
    m = EM('Oliver Thornbury <oliver.thornbury@brueckenhaus.example>',
           'imogen.pratt@hartwellbryce.example',
           'Automatic reply: counter-schedule',
           'Mon, 21 Dec 2026 09:01:44 +0100', body,
           hdr={'Auto-Submitted': 'auto-replied'})
    return m, N, 'en', 'insurer-to-lawyer', 'trap: out-of-office mentioning bodily injury and rehab in general'


def m093():
    body = """Sehr geehrter Herr Quandt,

nach dem Schadenfall vom 05.09.2026 (UL 2026/030994), den wir mit Schreiben vom
30.11.2026 abschließend reguliert haben, kündigen wir Ihre Unfallversicherung
UV-4412 6650 gemäß Ziff. 10.3 AUB zum Ablauf eines Monats nach Zugang dieses
Schreibens, also zum 21.01.2027.

Grund ist die Häufung der Leistungsfälle: Es handelt sich um den dritten
Leistungsfall innerhalb von 26 Monaten.

Den anteiligen Beitrag für die Zeit nach dem 21.01.2027 erstatten wir Ihnen.
Ihre Kinderunfallversicherung für Ihre Tochter ist von der Kündigung nicht
betroffen.

Mit freundlichen Grüßen
Brückenhaus Versicherung AG
Vertragsservice Unfall
"""
    m = EM('Vertragsservice Unfall <vertrag-unfall@brueckenhaus.example>',
           'Heiko Quandt <baeckerei.quandt@landpost.example>',
           'Kündigung Ihrer Unfallversicherung UV-4412 6650',
           'Mon, 21 Dec 2026 10:45:00 +0100', body, charset='windows-1252',
           cte='quoted-printable')
    return m, S, 'de', 'insurer-to-customer', 'accident contract terminated after claims of named person, no medical word (personal line; windows-1252)'


def m094():
    body = """Sehr geehrte Frau Lorenz,

unser Versicherungsnehmer, Herr Tim Büchsenschütz, hat uns gemeldet, dass er am
08.12.2026 im Café "Kaffeebohne" in der Friedrich-Ebert-Straße beim Aufstehen
an Ihren Tisch gestoßen ist und dabei ein Latte macchiato über Ihr Notebook
(Lenovo ThinkPad T14, gekauft 2024) gelaufen ist. Das Gerät startet seitdem
nicht mehr.

Aus seiner Privathaftpflicht ersetzen wir den Zeitwert bzw. die
Reparaturkosten. Bitte senden Sie uns:

- den Kaufbeleg,
- den Kostenvoranschlag oder die Bestätigung der Werkstatt, dass eine
  Reparatur nicht lohnt,
- Ihre Bankverbindung.

Ihre Daten auf dem Gerät sind nicht Gegenstand der Versicherung; für eine
Datenrettung können wir leider nichts zahlen.

Mit freundlichen Grüßen
Henrik Lammers
Brückenhaus Versicherung AG
Schaden-Nr. PHV-S-2026-124007
"""
    m = EM('Henrik Lammers <henrik.lammers@brueckenhaus.example>',
           'Carolin Lorenz <carolin.lorenz@studmail-kassel.example>',
           'Ihr Notebook - Schaden PHV-S-2026-124007',
           'Mon, 21 Dec 2026 13:15:22 +0100', body)
    return m, C, 'de', 'insurer-to-claimant', 'liability property claim: named insured and claimant, claim number'


def m095():
    body = """Datenschutz-FAQ Schaden - Stand Dezember 2026

F: Darf ich einem Rechtsanwalt einen Arztbericht seines Mandanten per E-Mail
   schicken?
A: Nur verschlüsselt (Secure Mail / Portal). Arztberichte, Gutachten und
   Diagnosen sind Gesundheitsdaten (Art. 9 DSGVO) und unterliegen zusätzlich
   § 203 StGB.

F: Der Geschädigte schickt uns selbst seinen Entlassungsbericht unverschlüsselt.
   Darf ich unverschlüsselt antworten?
A: Nein, nicht mit Gesundheitsdaten. Antworten Sie über das Portal oder holen
   Sie seine Einwilligung für TLS-Versand ein.

F: Ist ein Kfz-Kennzeichen ein personenbezogenes Datum?
A: Ja, wenn der Halter bestimmbar ist. Bei Sachschäden: vertraulich, TLS genügt.

F: Darf ich in den Betreff "Schaden Müller - Schädel-Hirn-Trauma" schreiben?
A: Nein. Im Betreff nur Schadennummer, keine Diagnosen, möglichst keine Namen.

F: Gilt das auch für anonymisierte Statistiken?
A: Nein. Auswertungen ohne Personenbezug sind nicht vertraulich.

Fragen: datenschutz@brueckenhaus.example
"""
    m = EM('Datenschutz <datenschutz@brueckenhaus.example>',
           'Abteilung Schaden Kassel <schaden-kassel@brueckenhaus.example>',
           'Datenschutz-FAQ Schaden (aktualisiert)',
           'Tue, 22 Dec 2026 08:30:00 +0100', body)
    return m, N, 'de', 'internal', 'trap: data-protection FAQ with diagnosis example and a placeholder surname'


def m096():
    inner_body = """Sehr geehrte Damen und Herren,

anbei wie angefordert der Entlassungsbericht unserer Patientin. Die
Schweigepflichtentbindung lag uns vor.

Kreisklinikum Reinhardswald-Süd - Klinik für Unfall- und Wiederherstellungs-
chirurgie

Patientin: Dagmar Fleischhauer, geb. 19.07.1958
Stationär: 14.10.2026 - 29.10.2026

Diagnosen:
- Polytrauma nach Pkw-Unfall (Frontalkollision) am 14.10.2026
- Sternumfraktur (S22.2)
- Rippenserienfraktur 4.-7. Rippe links mit Hämatopneumothorax (S22.4, S27.2)
- Offene Unterarmfraktur rechts Grad II (S52.4)
- Diabetes mellitus Typ 2 (E11.9), vorbestehend

Therapie: Thoraxdrainage links, Osteosynthese Unterarm (ORIF) am 15.10.,
Wundrevision am 20.10., Insulineinstellung.
Entlassung in die Anschlussheilbehandlung (Klinik Werra-Meißner).

Mit freundlichen Grüßen
Dr. med. A. Hardekopf, Oberarzt
"""
    inner = EM('Sekretariat Unfallchirurgie <unfallchirurgie@klinikum-reinhardswald.example>',
               'personenschaden@brueckenhaus.example',
               'Ihre Anfrage HP-26-0049561',
               'Wed, 16 Dec 2026 11:47:22 +0100', inner_body)
    body = """Hallo Herr Dr. Ruhland,

anbei zur Info die Antwort der Klinik. Ich bräuchte von Ihnen eine
Einschätzung zur voraussichtlichen AU-Dauer und zur Frage, ob der Diabetes
die Heilung verzögert.

Viele Grüße
Jana Wendeborn
"""
    m = EM('Jana Wendeborn <jana.wendeborn@brueckenhaus.example>',
           'Dr. med. Stefan Ruhland <beratungsarzt@brueckenhaus.example>',
           'WG: Ihre Anfrage HP-26-0049561',
           'Tue, 22 Dec 2026 10:09:37 +0100', body,
           atts=[('Ihre Anfrage HP-26-0049561.eml', inner, T_MSG)])
    return m, S, 'de', 'hospital', 'discharge report with diagnoses and birth date inside the forwarded message/rfc822'


def m097():
    body = """Dear Mr Wiśniewski,

thank you for your e-mail of 14 December. We have now received the assessor's
report for your van (Fiat Ducato, plate PO 7K218, VIN ZFA25000002K31876),
damaged on 2 December 2026 on the A 7 car park Kassel-Nord when our insured's
lorry reversed into it. As you confirmed, you were in the cab but nobody was
injured.

Our settlement:
  repair costs (report Pietsch, net)      EUR 4,166.00
  loss of use, 5 days                     EUR   295.00
  general expenses                        EUR    25.00
  total                                   EUR 4,486.00

We will transfer the amount to the account you gave us:
PL61 1090 1014 0000 0712 1981 2874 (Krzysztof Wiśniewski).

Kind regards
Melek Aydın
Motor Claims, Brückenhaus Versicherung AG
Claim KS-26-772499
"""
    m = EM('Melek Aydin <melek.aydin@brueckenhaus.example>',
           'Krzysztof Wiśniewski <k.wisniewski@poczta-pl.example>',
           'Settlement of your claim KS-26-772499',
           'Tue, 22 Dec 2026 14:30:11 +0100', body)
    return m, C, 'en', 'insurer-to-claimant', 'motor property settlement with plate, VIN and Polish IBAN; nobody injured'


def m098():
    body = """Hi zusammen,

für die Abnahme der neuen Auszahlungsstrecke (SAPHIR 9.4, Modul Zahlung) hier
die Testfälle als CSV. Alle Personen sind fiktiv, die IBANs sind die
offiziellen Beispiel-IBANs aus der Bankendokumentation bzw. bewusst ungültig.

Bitte nur in der Testumgebung T2 verwenden.

Gruß
Team Testmanagement
"""
    rows = [
        ['Testfall', 'Name', 'Geburtsdatum', 'Sparte', 'Schaden', 'IBAN', 'Betrag', 'Erwartung'],
        ['TF-01', 'Max Mustermann (fiktiv)', '01.01.1970', 'Unfall', 'Knochenbruchleistung (Testdiagnose S52.5)', 'DE89370400440532013000', '1000,00', 'Zahlung OK'],
        ['TF-02', 'Erika Musterfrau (fiktiv)', '12.08.1964', 'Haftpflicht', 'Sachschaden', 'DE89 3704 0044 0532 0130 00', '250,00', 'Zahlung OK'],
        ['TF-03', 'Testperson Ungültig (fiktiv)', '31.02.1990', 'Kfz', 'Glasschaden', 'DE00123456780000000000', '99,99', 'Abweisung Prüfziffer'],
        ['TF-04', 'Max Mustermann (fiktiv)', '01.01.1970', 'Unfall', 'Invalidität 20 % (fiktiv)', 'DE89370400440532013000', '30000,00', 'Vier-Augen-Freigabe'],
    ]
    m = EM('Testmanagement <testmanagement@brueckenhaus.example>',
           'Fachbereich Schaden Abnahme <abnahme-schaden@brueckenhaus.example>',
           'Testfälle Auszahlungsstrecke SAPHIR 9.4',
           'Wed, 23 Dec 2026 09:12:00 +0100', body,
           atts=[('Testfaelle_Zahlung_T2.csv', csvb(rows), T_CSV)])
    return m, N, 'de', 'internal', 'trap: synthetic test cases (Max Mustermann fiktiv) with published example IBAN and test diagnosis'


def m099():
    body = """Sehr geehrte Frau Fenske,

wir bestätigen die Kostenübernahme für die in Ihrem Bericht vom 15.12.2026
vorgeschlagenen Maßnahmen für Herrn Levent Arslan (HP-26-0019330):

1. Aktivrollstuhl (Leichtgewicht, Sitzbreite 42) einschl. Anpassung,
   Angebot Sanitätshaus Rolling 6.840 EUR, soweit nicht von der Krankenkasse
   übernommen
2. Umbau des Badezimmers (bodengleiche Dusche, unterfahrbares Waschbecken,
   Haltegriffe), Angebot Sanitär Kühn 14.200 EUR
3. Treppenlift bzw. Umzug: bitte zunächst mit der Wohnungsbaugesellschaft
   klären, ob eine Erdgeschosswohnung frei wird
4. Pflegedienst 4 Std./Tag bis 31.03.2027, danach Überprüfung
5. Urologische Anbindung (Blasenmanagement) in der Ambulanz Bad Wildungen

Die Rechnungen bitte direkt an uns mit Verweis auf die Schadennummer.

Mit freundlichen Grüßen
Sven Hartl
Reha-Koordination, Brückenhaus Versicherung AG
"""
    m = EM('Sven Hartl <sven.hartl@brueckenhaus.example>',
           'Claudia Fenske <c.fenske@rehaplan-nordhessen.example>',
           'Kostenübernahme Hilfsmittel/Umbau HP-26-0019330',
           'Wed, 23 Dec 2026 11:58:06 +0100', body)
    return m, S, 'de', 'insurer-to-rehab', 'wheelchair, bathroom conversion, nursing care, bladder management for named claimant'


def m100():
    body = """Hello all,

between 11 and 22 January 2027 every laptop will receive the new VPN client
(GlobalConnect 6). The update installs automatically overnight; please leave
your laptop switched on and connected to the docking station on the night
announced for your department (see the list on the intranet).

After the update you sign in with your Brückenhaus account and confirm the
push notification in the Authenticator app as before.

Questions: IT Service Desk, ext. 2222.

IT Infrastructure
"""
    m = EM('IT Infrastructure <it-infra@brueckenhaus.example>',
           'All staff <alle@brueckenhaus.example>',
           'New VPN client rollout in January',
           'Wed, 23 Dec 2026 15:00:00 +0100', body)
    return m, N, 'en', 'internal', 'IT announcement'


def m101():
    body = """Hi team,

ski season is starting, so a quick reminder for the hotline and sales
colleagues on what our accident policies do and don't cover on the slopes:

- Skiing and snowboarding accidents on marked pistes and off-piste are
  covered worldwide. Ski racing with a licence is excluded.
- Typical claims: knee ligament ruptures (ACL), shoulder dislocations, wrist
  fractures, head injuries. Heart attacks while skiing are only covered if
  they cause an accident, not the heart attack itself.
- Helicopter rescue from the mountain is covered up to EUR 25,000 (tariff
  Plus) - it is NOT covered by statutory health insurance in Austria or
  Switzerland in many cases.
- Medical treatment abroad is a matter for travel health insurance, not
  accident insurance.

Suggested cross-selling line: "Do you have travel health cover for your ski
trip?"

Kai
"""
    m = EM('Kai Niemeyer <kai.niemeyer@brueckenhaus.example>',
           'Hotline and Sales <vertrieb-hotline@brueckenhaus.example>',
           'Ski season: what accident cover pays on the slopes',
           'Mon, 04 Jan 2027 08:40:00 +0100', body)
    return m, N, 'en', 'internal', 'trap: product reminder on ski injuries and rescue costs, no person'


def m102():
    body = """Sehr geehrter Herr Rehbein,

vielen Dank für Ihre Unterlagen zur Neuberechnung Ihrer Betriebshaftpflicht
(Vertrag BHV 60 227 114, Gartenbau Rehbein, Inhaber Lars Rehbein).

Beitragsgrundlage ist die Jahreslohnsumme bzw. der Umsatz. Ihre Angaben für
2026:

  Umsatz netto                         412.800 EUR
  Lohnsumme (3 Angestellte, 1 Azubi)   131.450 EUR
  Unternehmerlohn lt. Ihrer Angabe      58.000 EUR

Daraus ergibt sich ab 01.01.2027 ein Jahresbeitrag von 1.486,20 EUR zzgl.
Versicherungsteuer (bisher 1.312,00 EUR). Der Beitrag wird wie bisher
vierteljährlich von Ihrem Konto DE94 6415 0020 0472 6903 15 abgebucht.

Mit freundlichen Grüßen
Vertragsservice Gewerbe
Brückenhaus Versicherung AG
"""
    m = EM('Vertragsservice Gewerbe <gewerbe@brueckenhaus.example>',
           'Lars Rehbein <info@gartenbau-rehbein.example>',
           'Beitragsberechnung 2027 - BHV 60 227 114',
           'Mon, 04 Jan 2027 10:22:35 +0100', body)
    return m, C, 'de', 'insurer-to-customer', 'sole trader: turnover, own income, IBAN, liability contract'


def m103():
    body = """Hallo zusammen,

im Treppenhaus West (zwischen EG und 1. OG) ist der Bodenbelag an der
Stufenkante lose und bei Nässe sehr rutschig. Es ist zum Glück noch niemand
gestürzt, aber zwei Kolleginnen sind heute früh fast ausgerutscht.

Ich habe die Stufen mit Warnband abgesperrt; bitte bis zur Reparatur (Firma
Bodenbau Koch, Donnerstag) das Treppenhaus Ost oder den Aufzug benutzen.

Arbeitsschutz-Hinweis: Unfälle auf dem Betriebsgelände bitte immer sofort
an die Haustechnik und an die Personalabteilung melden (Verbandbuch!).

Bernd Wolkow
Haustechnik
"""
    m = EM('Bernd Wolkow <bernd.wolkow@brueckenhaus.example>',
           'Alle Mitarbeitenden Kassel <alle-kassel@brueckenhaus.example>',
           'Treppenhaus West gesperrt - Rutschgefahr',
           'Tue, 05 Jan 2027 07:52:18 +0100', body)
    return m, N, 'de', 'internal', 'trap: slip hazard in own building, nobody injured'


def m104():
    body = """Liebe Kolleginnen und Kollegen,

im Rahmen der Schulung "Betrugserkennung Personenschaden" am 20.01. arbeiten
wir mit folgenden Indikatoren. Bitte vorab durchlesen.

Typische Auffälligkeiten (keine Beweise!):
- Unfall ohne Zeugen kurz nach Vertragsabschluss oder Summenerhöhung
- Mehrere Unfallversicherungen bei verschiedenen Gesellschaften
- Verletzungsbild passt nicht zum Unfallhergang (z. B. beidseitige
  Meniskusschäden nach einfachem Stolpern)
- Auffallend schneller Anwaltskontakt, standardisierte Attestformulierungen
- Häufung von HWS-Beschwerden bei Auffahrunfällen mit geringer
  Geschwindigkeitsänderung (unter 10 km/h)
- Arzt oder Physiotherapeut taucht in auffällig vielen Akten auf

Wichtig: Ein Indikator allein ist kein Verdacht. Verdachtsfälle gehen an die
Abteilung Spezialschaden, nicht an den Kunden.

Dr. Miriam Oltmanns
"""
    m = EM('Dr. Miriam Oltmanns <miriam.oltmanns@brueckenhaus.example>',
           'Team Unfall-Leistung <unfall-leistung@brueckenhaus.example>',
           'Vorbereitung Schulung Betrugserkennung',
           'Tue, 05 Jan 2027 13:10:40 +0100', body)
    return m, N, 'de', 'internal', 'trap: fraud red-flag training listing injuries, no person'


def m105():
    body = """Hallo Anke,

die Kollegen von Noordland haben uns ihre Liste der offenen Sachschaden-
Regresse geschickt (englisch, siehe CSV). Kannst Du die mit unserer Liste
abgleichen? Bei allen Fällen waren keine Personen verletzt, laut Noordland.

Thanks & Gruß
Melek
"""
    rows = [
        ['their_ref', 'our_ref', 'date_of_loss', 'their_insured', 'our_insured', 'plate_their', 'plate_our', 'amount_EUR', 'status'],
        ['NLM-26-80114', 'KS-26-766102', '2026-05-19', 'Marijke Hoekstra', 'Uwe Saalfeld', 'NL 52-GHT-9', 'KS-US 404', '2140.00', 'open'],
        ['NLM-26-84290', 'KS-26-768840', '2026-07-27', 'Bram Visser', 'Katja Reimold', 'NL J-774-SR', 'WIZ-KR 12', '880.50', 'disputed'],
        ['NLM-26-88213', 'KS-26-771012', '2026-10-29', 'Piet van Dijken', 'Carola Wendt', 'NL 21-XKP-7', 'KS-CW 1971', '1710.00', 'agreed 50/50'],
    ]
    m = EM('Melek Aydin <melek.aydin@brueckenhaus.example>',
           'Anke Vossberg <anke.vossberg@brueckenhaus.example>',
           'Noordland Regresse - Abgleich',
           'Wed, 06 Jan 2027 09:03:33 +0100', body,
           atts=[('noordland_open_recoveries.csv', csvb(rows, sep=','), T_CSV)])
    return m, C, 'mixed', 'internal', 'German body, English CSV: named drivers and plates, property only'


def m106():
    body = """Sehr geehrter Herr Dr. Falkenrath,

vielen Dank für Ihre Rückmeldung. Wir bleiben bei unserer Einschätzung eines
Mitverschuldens Ihres Mandanten von 30 %: Er hat die Fahrbahn nach den
Feststellungen in der Ermittlungsakte bei Rot und abseits des Überwegs
betreten. Ein höheres Schmerzensgeld als 21.000 EUR (30.000 EUR abzgl. 30 %)
können wir daher nicht anbieten.

Mit freundlichen Grüßen
Jana Wendeborn
Brückenhaus Versicherung AG

> Am 05.01.2027 schrieb Dr. Cornelius Falkenrath:
>
> Sehr geehrte Frau Wendeborn,
>
> in Sachen Wolfram Deichsel ./. Ihren VN (HP-26-0038870) weise ich den
> Mitverschuldenseinwand zurück. Mein Mandant hat bei dem Unfall eine
> instabile Beckenringfraktur (Typ C, S32.8) und eine Harnröhrenverletzung
> erlitten. Er war zehn Wochen stationär, ist bis heute auf Gehstützen
> angewiesen und leidet an einer erektilen Dysfunktion, die nach Auskunft
> des Urologen dauerhaft bleiben wird. Angesichts dieser Folgen halte ich
> ein Schmerzensgeld von mindestens 45.000 EUR für angemessen.
>
> Mit freundlichen Grüßen
> Dr. Falkenrath
> Rechtsanwalt
"""
    m = EM('Jana Wendeborn <jana.wendeborn@brueckenhaus.example>',
           'Dr. Cornelius Falkenrath <c.falkenrath@ra-falkenrath.example>',
           'AW: Deichsel ./. Brückenhaus',
           'Thu, 07 Jan 2027 10:44:19 +0100', body)
    return m, S, 'de', 'insurer-to-lawyer', 'reply on contributory negligence; pelvic fracture and sexual dysfunction mainly in the quoted lawyer text'


def m107():
    body = """Dear colleagues,

we have written a short guideline for the first contact with relatives of
seriously injured or deceased claimants. Key points:

1. Call, don't write, if at all possible. Introduce yourself and explain why
   the insurer of the other party is calling.
2. Do not discuss fault in the first call. Say what we can do now: advance
   payments, travel costs for visits to hospital, help with childcare.
3. Never ask for medical details on the phone with a relative unless they
   are the legal representative. Medical information comes with consent and
   by secure channel.
4. Offer rehabilitation management early, even before liability is clear.
5. For fatal accidents: condolences first; explain funeral costs and
   bereavement payments (§ 844 BGB) only when the family is ready.
6. Write down what you promised and follow up within 48 hours.

The guideline is in the manual, chapter 7.4.

Rainer Pohlmann
"""
    m = EM('Rainer Pohlmann <rainer.pohlmann@brueckenhaus.example>',
           'Team HP-Personenschaden <hp-personenschaden@brueckenhaus.example>',
           'Guideline: first contact with relatives of seriously injured claimants',
           'Thu, 07 Jan 2027 15:30:00 +0100', body)
    return m, N, 'en', 'internal', 'trap: guideline about injured and deceased claimants, no person'


def m108():
    body = """Sehr geehrte Frau Wenzel,

Sie haben am 29.12.2026 gegen 15 Uhr vor dem Schuhgeschäft "Schrittmacher" in
der Oberen Königsstraße beobachtet, wie ein Junge mit einem Fußball das
Schaufenster getroffen hat. Die Inhaberin, Frau Beate Rothfuchs, hat Sie uns
als Zeugin genannt. Verletzt wurde niemand.

Unser Versicherungsnehmer, Herr Arne Kellermann, ist der Vater des Jungen.
Es geht nur um die Frage, ob der Ball absichtlich oder versehentlich gegen
die Scheibe geschossen wurde und ob ein Erwachsener dabei war.

Wären Sie so freundlich, uns kurz zu schreiben, was Sie gesehen haben?

Mit freundlichen Grüßen
Henrik Lammers
Brückenhaus Versicherung AG, Schaden-Nr. PHV-S-2027-000214
"""
    m = EM('Henrik Lammers <henrik.lammers@brueckenhaus.example>',
           'Doris Wenzel <doris.wenzel@seniorennetz.example>',
           'Ihre Beobachtung am 29.12.2026 - Obere Königsstraße',
           'Fri, 08 Jan 2027 09:14:50 +0100', body)
    return m, C, 'de', 'insurer-to-witness', 'witness letter: named insured, shop owner and witness in a property claim; nobody hurt'


def m109():
    body = """We're hiring: Rehabilitation Case Manager (f/m/d), Kassel or remote

Brückenhaus Versicherung AG is looking for an experienced case manager to
support seriously injured people after road, work and leisure accidents.

What you'll do
- Visit injured people in hospital, rehab clinics and at home
- Coordinate doctors, therapists, employers, the statutory accident
  insurers (Berufsgenossenschaften) and health insurers
- Plan aids, home adaptations and graduated return to work
- Report to our claims handlers - without losing sight of the person

What you bring
- Qualification as a nurse, occupational therapist or physiotherapist,
  ideally with experience in neurology or trauma care
- Certified case management (DGCC) or willingness to obtain it
- Driving licence; German C1, English is a plus

Apply by 31 January 2027 via brueckenhaus.example/careers (ref. RM-2027-02).
"""
    m = EM('Recruiting <karriere@brueckenhaus.example>',
           'Job board <jobs@pflege-stellenmarkt.example>',
           'Job posting: Rehabilitation Case Manager (RM-2027-02)',
           'Fri, 08 Jan 2027 11:00:00 +0100', body)
    return m, N, 'en', 'insurer-to-partner', 'trap: job ad for rehab case manager (nursing, neurology, trauma)'


def m110():
    body = """Dear Mr Ellison,

Re: Ms Gemma Rowntree - employee of Ellison Print Ltd, Sheffield
Our ref: HP-26-0036652

We are the liability insurer of the driver responsible for the road accident in
Hamburg on 22 August 2026 in which your employee Ms Rowntree was injured. She
has given us written consent (copy attached to our letter of 10 January) to
ask you for the following information:

1. her gross and net pay for the 13 weeks before the accident;
2. the periods of sickness absence since the accident, with the reason stated
   on each fit note (we understand: neck injury, later lower back pain);
3. any statutory or company sick pay you paid, so that we can reimburse it;
4. whether her role as a print finisher involves lifting, and whether any
   adjustments have been made since her return.

Please send the information by secure e-mail or post, marked confidential.

Yours sincerely
Oliver Thornbury
Bodily Injury Claims
Brückenhaus Versicherung AG
"""
    m = EM('Oliver Thornbury <oliver.thornbury@brueckenhaus.example>',
           'Richard Ellison <r.ellison@ellisonprint.example>',
           'Ms G. Rowntree - request for employment information',
           'Mon, 11 Jan 2027 10:20:43 +0100', body)
    return m, S, 'en', 'insurer-to-employer', 'named injured employee: neck/back injury, sickness absence, pay'


def m111():
    body = """Hallo Herr Strack,

kurze Info von unterwegs: Ihre Vollkasko übernimmt den Parkschaden am
Skoda (KS-MS 2311) abzüglich 300 EUR SB. Da der Verursacher unbekannt ist
und niemand verletzt wurde, brauchen wir nur noch die Rechnung der
Werkstatt. Eine Rückstufung von SF 14 auf SF 10 ist leider nicht zu
vermeiden, es sei denn Sie zahlen den Schaden selbst (dann melden Sie sich
binnen 6 Monaten).

Gruß Melek Aydın
Brückenhaus Kfz-Schaden, KS-27-000188

Von meinem iPhone gesendet
"""
    m = EM('Melek Aydin <melek.aydin@brueckenhaus.example>',
           'Marius Strack <m.strack@hessenmail.example>',
           'Re: Parkschaden',
           'Mon, 11 Jan 2027 17:48:02 +0100', body)
    return m, C, 'de', 'insurer-to-customer', 'hit-and-run car-park damage: named customer, plate, no-claims class; nobody hurt'


def m112():
    body = """Hallo Frau Kersting,

bitte für die Abteilung Schaden (Kostenstelle 4400) bestellen:

- 20 Pakete Kopierpapier A4, 80 g, Recycling
- 10 Ordner breit, blau
- 5 Packungen Haftnotizen gelb 76x76
- 2 Whiteboard-Marker-Sets
- 1 Etikettendrucker-Band 12 mm schwarz/weiß

Lieferung bitte ins 4. OG, Raum 4.03.

Danke und Gruß
Petra Schimmel
"""
    m = EM('Petra Schimmel <petra.schimmel@brueckenhaus.example>',
           'Einkauf <einkauf@brueckenhaus.example>',
           'Büromaterial Abt. Schaden',
           'Tue, 12 Jan 2027 08:30:00 +0100', body)
    return m, N, 'de', 'internal', 'office supplies order'


def m113():
    body = """Liebe Frau Ritter,

danke für Ihre Nachricht. Ich habe mir die Akte Ihrer Mutter angesehen: Die
Krankenhaustagegeld-Zahlung ist gestern rausgegangen, und für das Gutachten
warten wir noch auf den Termin. Ich melde mich, sobald es Neuigkeiten gibt.

Viele Grüße
Tobias Kranich
Leistung Unfallversicherung
Brückenhaus Versicherung AG

-----Ursprüngliche Nachricht-----
Von: Kathrin Ritter <kathrin.ritter@familienpost.example>
Gesendet: Montag, 11. Januar 2027 20:05
An: Tobias Kranich
Betreff: Unfallversicherung meiner Mutter

Hallo Herr Kranich,

ich schreibe Ihnen im Auftrag meiner Mutter, Gisela Ritter (geb. 02.04.1941),
Vertrag UV-2998 4410, die Vollmacht haben Sie ja. Mama ist am 20.11. im
Pflegeheim gestürzt und hat sich den Oberarm gebrochen (subkapitale
Humerusfraktur), sie war 9 Tage im Elisabeth-Krankenhaus. Seitdem kann sie
den Arm kaum heben und braucht beim Anziehen Hilfe, der Pflegegrad soll von 2
auf 3 erhöht werden.

Wann kommt das Krankenhaustagegeld? Und wie läuft das mit der Invalidität?

Danke!
Kathrin Ritter
"""
    m = EM('Tobias Kranich <tobias.kranich@brueckenhaus.example>',
           'Kathrin Ritter <kathrin.ritter@familienpost.example>',
           'AW: Unfallversicherung meiner Mutter',
           'Tue, 12 Jan 2027 09:51:16 +0100', body)
    return m, S, 'de', 'insurer-to-relative', 'reply to daughter; fracture, hospital stay, care level, birth date mostly in the quoted mail'


def m114():
    body = """Hi Ms Bergmann,

quick update on your client's claim (Mr Hartmut Völker, private liability
PHV 71 225 690, claim PHV-S-2026-123870):

Mr Völker reversed his car out of his driveway on 9 December and knocked down
two fence panels and a post belonging to his neighbour, Mrs Ilse Brandt. No
one was hurt. As the damage was caused by the use of his car, it falls under
motor liability, not private liability; we have therefore transferred the
claim to his motor policy
K 5518 7720 (also with us). The neighbour will be paid from there, and the
no-claims class will be affected unless Mr Völker buys the claim back.

Quote from the fencing company: EUR 1,184.00. I'll confirm once paid.

Best regards
Henrik Lammers
Brückenhaus Versicherung AG
"""
    m = EM('Henrik Lammers <henrik.lammers@brueckenhaus.example>',
           'Ines Bergmann <i.bergmann@finanzkontor-lahn.example>',
           'Völker - fence claim (moved to motor)',
           'Tue, 12 Jan 2027 11:37:29 +0100', body)
    return m, C, 'en', 'insurer-to-broker', 'named client and neighbour, liability and motor contracts; no one hurt'


def m115():
    body = """Hallo Rainer,

anbei die KPI-Auswertung Personenschaden Q4/2026 für das Management-Reporting.
Highlights:

- Durchlaufzeit Erstkontakt: Median 2,1 Arbeitstage (Ziel 3)
- Anteil Fälle mit Reha-Management: 5,2 % (Ziel 6 %)
- Abschlussquote ohne Gericht: 94,8 %
- Beschwerden: 7 (Vorquartal 11), davon 2 berechtigt

Gruß
Petra
"""
    rows = [
        ['KPI', 'Q1/2026', 'Q2/2026', 'Q3/2026', 'Q4/2026', 'Ziel'],
        ['Neue Personenschäden', 412, 398, 455, 431, ''],
        ['Median Tage bis Erstkontakt', 2.8, 2.5, 2.3, 2.1, 3],
        ['Median Tage bis Schmerzensgeldangebot', 96, 91, 88, 84, 90],
        ['Anteil Reha-Management %', 3.9, 4.4, 4.8, 5.2, 6],
        ['Anteil Klageverfahren %', 5.9, 5.5, 5.3, 5.2, 5],
        ['Beschwerden', 9, 12, 11, 7, ''],
    ]
    m = EM('Petra Schimmel <petra.schimmel@brueckenhaus.example>',
           'Rainer Pohlmann <rainer.pohlmann@brueckenhaus.example>',
           'KPI Personenschaden Q4/2026',
           'Wed, 13 Jan 2027 08:15:27 +0100', body,
           atts=[('KPI_Personenschaden_Q4_2026.xlsx', xlsx({'KPI': rows}), T_XLSX)])
    return m, N, 'de', 'internal', 'trap: KPI report on bodily-injury claims, aggregated'


def m116():
    body = """Sehr geehrte Frau Grabbe,

wie mit Ihrem Anwalt, Herrn Dr. Falkenrath, abgestimmt, senden wir Ihnen
unsere Abrechnung des Haushaltsführungsschadens direkt zur Kenntnis. Ihr
Anwalt erhält eine Kopie.

Mit freundlichen Grüßen
Jana Wendeborn
Brückenhaus Versicherung AG
"""
    doc = odt([
        'Abrechnung Haushaltsführungsschaden - Schaden-Nr. HP-26-0048213',
        'Geschädigte: Lieselotte Grabbe, Kassel; 2-Personen-Haushalt, 110 m², Garten',
        'Verletzungsbedingte Einschränkung (lt. Gutachten Prof. Dannhauer, Claviculafraktur links, Plattenosteosynthese):',
        '03.06.-18.08.2026: 100 % (Arm in Schlinge, keine Haushaltstätigkeit möglich)',
        '19.08.-30.09.2026: 50 %',
        '01.10.-31.12.2026: 20 % (Überkopfarbeiten, schweres Heben)',
        'Zeitbedarf ohne Unfall: 28 Std./Woche (Tabelle Schulz-Borck/Pardey)',
        'Stundensatz: 12,50 EUR (Nettolohn einer Ersatzkraft)',
        'Berechnung: 11 Wochen x 28 Std. x 100 % = 308 Std.; 6 Wochen x 28 Std. x 50 % = 84 Std.; 13 Wochen x 28 Std. x 20 % = 72,8 Std.',
        'Summe: 464,8 Std. x 12,50 EUR = 5.810,00 EUR',
        'Auszahlung auf das Anderkonto von RA Dr. Falkenrath.',
    ])
    m = EM('Jana Wendeborn <jana.wendeborn@brueckenhaus.example>',
           'Lieselotte Grabbe <l.grabbe@t-netz.example>',
           'Ihre Abrechnung',
           'Wed, 13 Jan 2027 14:02:58 +0100', body,
           cc='Dr. Cornelius Falkenrath <c.falkenrath@ra-falkenrath.example>',
           atts=[('Abrechnung_HHF_HP-26-0048213.odt', doc, T_ODT)])
    return m, S, 'de', 'insurer-to-claimant', 'harmless body; injury, surgery and impairment periods only in the ODT'


def m117():
    body = """Sehr geehrter Herr Rechtsanwalt Lüttgens,

in der Angelegenheit Ihres Mandanten Herrn Frieder Wallbrecht (Eigentümer des
Hauses Tannenweg 22, Fuldabrück) ./. Sanitär Kühn GmbH, unsere
Versicherungsnehmerin, nehmen wir Stellung:

Unstreitig hat ein Monteur unserer VN am 17.11.2026 beim Setzen eines Dübels
eine Wasserleitung angebohrt. Das Wasser ist in die Wand und den
Estrich des Erdgeschosses gelaufen. Personen kamen nicht zu Schaden.

Wir übernehmen:
- Leckageortung und Trocknung (Firma Trockenbau Nord, Rechnung 4.912,50 EUR)
- Estrich- und Malerarbeiten lt. Gutachten Sachverständiger Heise: 9.330,00 EUR
- Mehrkosten Strom für die Trocknungsgeräte: 286,00 EUR

Den geltend gemachten Mietausfall für die Einliegerwohnung können wir erst
prüfen, wenn uns der Mietvertrag und die Mitteilung des Mieters vorliegen.

Mit freundlichen Grüßen
Henrik Lammers
Haftpflicht-Sachschaden
Brückenhaus Versicherung AG, BHV-S-2026-007731
"""
    m = EM('Henrik Lammers <henrik.lammers@brueckenhaus.example>',
           'RA Jens Lüttgens <kanzlei@luettgens-recht.example>',
           'Wallbrecht ./. Sanitär Kühn GmbH - BHV-S-2026-007731',
           'Thu, 14 Jan 2027 10:05:17 +0100', body)
    return m, C, 'de', 'insurer-to-lawyer', 'commercial liability property claim: named homeowner, address; nobody hurt'


def m118():
    body = """Dear Karin,

for your underwriting seminar in February, here are three anonymised case
digests as agreed. Names, dates and places have been removed or changed;
ages are given in bands. Please do not combine them with the bordereau data.

Case A - Claimant male, 40-49, motorcyclist. Collision with a turning car.
Severe traumatic brain injury; after 14 months able to live at home with
daily support, not able to work. Settlement: capitalised care and loss of
earnings, total in the range EUR 2-3m.

Case B - Claimant female, 60-69, pedestrian. Hip fracture after being hit by
a cyclist (our insured). Hip replacement; good recovery. Settlement below
EUR 40k including household-management loss.

Case C - Claimant child, 5-9. Dog bite to the face, scarring. Two
reconstructive operations so far, psychological support. Reserve kept open
until age 18 for possible scar revision.

Best,
Rainer
"""
    m = EM('Rainer Pohlmann <rainer.pohlmann@brueckenhaus.example>',
           'Karin Lindqvist <karin.lindqvist@nordhafen-re.example>',
           'Anonymised case digests for your seminar',
           'Fri, 15 Jan 2027 09:48:00 +0100', body)
    return m, N, 'en', 'insurer-to-partner', 'trap: anonymised case digests with injuries, age bands only'


def m119():
    body = """Dear Dr Hoffmann-Reyes,

Thank you for agreeing to see the claimant. I attach the appointment as a
calendar file so that your secretary can add it directly. Records will follow
by secure transfer.

Kind regards
Oliver Thornbury
Brückenhaus Versicherung AG
"""
    ics = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Brueckenhaus//Groupware 12//EN\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:np-assessment-20270204-0031120@brueckenhaus.example\r
DTSTAMP:20270115T120000Z\r
DTSTART;TZID=Europe/Berlin:20270204T090000\r
DTEND;TZID=Europe/Berlin:20270204T150000\r
SUMMARY:Neuropsychological assessment - Jannik Vollmer (HP-26-0031120)\r
LOCATION:Praxis Dr. Hoffmann-Reyes\\, Wilhelmsstraße 3\\, Kassel\r
DESCRIPTION:Claimant: Jannik Vollmer\\, DOB 11/05/2003. Severe TBI 08/20\r
 26 (S06.21)\\, frontal contusion. Questions: attention\\, memory\r
 \\, executive function\\, fitness to resume apprenticeship. Mother (legal guar\r
 dian) will accompany him. Please allow breaks - fatigue after 45 min.\r
ORGANIZER;CN=Oliver Thornbury:mailto:oliver.thornbury@brueckenhaus.example\r
ATTENDEE;CN=Dr Lucia Hoffmann-Reyes:mailto:praxis@np-hoffmann-reyes.example\r
END:VEVENT\r
END:VCALENDAR\r
"""
    m = EM('Oliver Thornbury <oliver.thornbury@brueckenhaus.example>',
           'Dr Lucia Hoffmann-Reyes <praxis@np-hoffmann-reyes.example>',
           'Appointment 4 February',
           'Fri, 15 Jan 2027 13:05:41 +0100', body,
           atts=[('appointment.ics', ics, T_ICS)])
    return m, S, 'en', 'insurer-to-expert', 'harmless body; claimant name, DOB, brain injury in the ICS invitation'


def m120():
    body = """Hallo,

ich möchte den Konferenzraum 4.12 für Dienstag, 26.01., 13-15 Uhr buchen
(Teamrunde HP-Personenschaden, 9 Personen, Beamer und Teams-Kamera).

Danke
Petra Schimmel
"""
    m = EM('Petra Schimmel <petra.schimmel@brueckenhaus.example>',
           'Raumbuchung <raumbuchung@brueckenhaus.example>',
           'Raum 4.12 am 26.01.',
           'Mon, 18 Jan 2027 08:02:11 +0100', body)
    return m, N, 'de', 'internal', 'room booking'


def m121():
    body = """Dear Ms Fairweather,

thank you for reporting the loss of your keys. I've registered the claim under
your personal liability policy PHV 71 990 512 (claim PHV-S-2027-000388).

As I understand it, you lost the key ring with the front-door key and flat key
of Herkulesstraße 14, 34119 Kassel, on 16 January, probably on the bus. The
building has a central locking system, and the property manager, Hausverwaltung
Grimme, is asking you to pay for replacing the cylinders of the whole system
(estimate EUR 3,740).

Your policy covers the loss of keys to rented property including central
locking systems up to EUR 20,000, with an excess of EUR 150. Before the
cylinders are replaced, please send us the written estimate and confirm that
you have reported the loss to the Fundbüro.

Kind regards
Henrik Lammers
Brückenhaus Versicherung AG
"""
    m = EM('Henrik Lammers <henrik.lammers@brueckenhaus.example>',
           'Harriet Fairweather <h.fairweather@cottage-mail.example>',
           'Lost keys - claim PHV-S-2027-000388',
           'Mon, 18 Jan 2027 11:29:50 +0100', body)
    return m, C, 'en', 'insurer-to-customer', 'lost keys: named customer, address, policy and claim numbers'


def m122():
    body = """Sehr geehrter Herr Mattheis,

nach Eingang der ergänzenden Stellungnahme von Prof. Dannhauer können wir Ihre
Invaliditätsleistung abrechnen (UL 2026/027302, Vertrag UV-4402 8716).

Bemessung linkes Knie: 2/7 Beinwert = 20 % Invalidität (Gliedertaxe 70 %).
Mitwirkung vorbestehender Meniskusschaden: 25 %.

  Grundsumme 100.000 EUR x 20 %            20.000,00 EUR
  Abzug Mitwirkung 25 %                    -5.000,00 EUR
  Invaliditätsleistung                     15.000,00 EUR
  (Progression greift erst ab 25 % Invalidität)

Die Zahlung geht auf Ihr bekanntes Konto DE** **** **** **** **45 33.
Falls sich Ihr Zustand innerhalb von drei Jahren nach dem Unfall noch
verschlechtert, können Sie eine Neubemessung verlangen.

Mit freundlichen Grüßen
Tobias Kranich
Brückenhaus Versicherung AG
"""
    m = EM('Tobias Kranich <tobias.kranich@brueckenhaus.example>',
           'Gunnar Mattheis <g.mattheis@kasselnet.example>',
           'Abrechnung Invaliditätsleistung UL 2026/027302',
           'Tue, 19 Jan 2027 09:40:06 +0100', body)
    return m, S, 'de', 'insurer-to-customer', 'invalidity benefit: knee impairment, prior meniscus damage; masked IBAN'


def m123():
    body = """Dear colleagues,

our company doctor, Dr. Weigand, offers free flu and COVID-19 booster
vaccinations again this winter:

  Wednesday 27 January, 9:00-15:00, medical room 0.14
  Thursday 28 January, 9:00-13:00, medical room 0.14

Please book a 10-minute slot in the intranet (Service > Betriebsarzt). Bring
your vaccination card if you have one. Vaccinations are voluntary; whether you
take part is not recorded anywhere except by the company doctor.

If you have a fever on the day, please stay at home and book another slot.

HR / Occupational Health
"""
    m = EM('Betriebsärztlicher Dienst <betriebsarzt@brueckenhaus.example>',
           'All staff <alle@brueckenhaus.example>',
           'Flu and COVID-19 vaccination at work - book your slot',
           'Tue, 19 Jan 2027 12:00:00 +0100', body)
    return m, N, 'en', 'internal', 'trap: staff vaccination offer, no person'


def m124():
    body = """Dear Mr Okonjo,

we are the motor liability insurer of the car (Hertz rental, KS-HZ 8810) that
you were driving when it touched the parked van of Bäckerei Quandt in
Vellmar on 12 January 2027. Thank you for confirming on the phone that you
were alone in the car and that nobody was hurt.

The rental company has passed your details to us: Mr Daniel Okonjo,
London, UK driving licence no. OKONJ802156DA9LM. The damage to the van
(rear door, EUR 1,960) will be paid by us. Under your rental agreement you
may have to pay an excess of EUR 950 to Hertz; this is a matter between you
and the rental company.

Please send us a short written description of what happened, ideally with a
sketch.

Kind regards
Melek Aydın
Motor Claims, Brückenhaus Versicherung AG
Claim KS-27-000241
"""
    m = EM('Melek Aydin <melek.aydin@brueckenhaus.example>',
           'Daniel Okonjo <d.okonjo@londonmail.example>',
           'Rental car accident 12 January - KS-27-000241',
           'Wed, 20 Jan 2027 10:14:37 +0100', body)
    return m, C, 'en', 'insurer-to-driver', 'named driver with licence number, rental plate; nobody hurt'


def m125():
    body = """Hallo Rainer,

zur Info, bevor wir am Donnerstag über die Reserve sprechen - der Anwalt
legt nach, siehe unten. Ich würde ein psychiatrisches Gutachten beauftragen.

Jana

---------- Weitergeleitete Nachricht ----------
Von: RAin Sibel Korkmaz <kanzlei@kanzlei-korkmaz.example>
Datum: 19.01.2027 16:22
Betreff: Kerstin Maibaum ./. Brückenhaus, HP-26-0027715
An: Jana Wendeborn <jana.wendeborn@brueckenhaus.example>

Sehr geehrte Frau Wendeborn,

ich vertrete nunmehr Frau Maibaum; Vollmacht anbei. Ich übersende den
Bericht der Traumatherapeutin vom 12.01.2027. Danach leidet meine Mandantin
unverändert an einer posttraumatischen Belastungsstörung mit Panikattacken
beim Autofahren, Schlafstörungen und einer mittelgradigen depressiven
Episode (F32.1). Eine stationäre psychosomatische Behandlung in der Klinik am
Hainberg ist ab März vorgesehen. Ihre Tätigkeit als Disponentin kann sie
derzeit nicht ausüben; der Arbeitgeber hat eine Kündigung in Aussicht
gestellt.

Ich beziffere den Verdienstausfall bis 31.12.2026 auf 9.842,17 EUR und bitte
um einen weiteren Vorschuss von 15.000 EUR bis zum 05.02.2027.

Mit freundlichen Grüßen
Korkmaz
Rechtsanwältin
"""
    m = EM('Jana Wendeborn <jana.wendeborn@brueckenhaus.example>',
           'Rainer Pohlmann <rainer.pohlmann@brueckenhaus.example>',
           'WG: Kerstin Maibaum ./. Brückenhaus, HP-26-0027715',
           'Wed, 20 Jan 2027 08:31:05 +0100', body)
    return m, S, 'de', 'lawyer', 'inline forward of lawyer letter: PTSD, depression F32.1, planned inpatient treatment, earnings'


def m126():
    body = """Broker Briefing | January 2027

E-bikes and pedelecs: what your clients should know

1. Pedelecs up to 25 km/h count as bicycles: accidents are covered by
   private accident insurance and damage to others by private liability.
2. S-pedelecs (up to 45 km/h) need a number plate and motor liability
   insurance. Our private liability does NOT cover them.
3. Riders over 60 have the highest injury severity in our portfolio: hip and
   head injuries dominate. Suggest invalidity sums of at least EUR 200,000
   with progression for this age group.
4. Accident Plus now includes a EUR 2,000 "e-bike package" for rescue,
   transport home and rehabilitation sports after a covered accident.

Sales materials and a one-page flyer are available in the broker portal.

Brückenhaus Broker Services
"""
    m = EM('Brückenhaus Broker Services <maklerbetreuung@brueckenhaus.example>',
           'Broker partners <maklerinfo@lists.brueckenhaus.example>',
           'Broker Briefing: e-bikes and accident cover',
           'Thu, 21 Jan 2027 07:30:00 +0100', body)
    return m, N, 'en', 'newsletter', 'trap: broker newsletter about injuries and cover, no client'


def m127():
    body = """Sehr geehrte Frau Bauerfeind,

Sie hatten nachgefragt, ob sich ein Rückkauf des Schadens vom 04.10.2026
lohnt (Auffahrschaden an der Ampel, nur Blechschaden, Schaden-Nr.
KS-26-769977).

Wir haben an die Gegenseite 1.840,00 EUR gezahlt. Ohne Rückkauf wird Ihr
Vertrag K 5507 3321 (Pkw KS-AB 612) in der Haftpflicht von SF 9 (35 %) auf
SF 4 (50 %) zurückgestuft. Bei Ihrem Jahresbeitrag von derzeit 418,00 EUR
bedeutet das über die nächsten Jahre Mehrkosten von rund 1.100 EUR.

Ein Rückkauf lohnt sich also eher nicht. Wenn Sie trotzdem zurückkaufen
möchten, überweisen Sie bitte 1.840,00 EUR innerhalb von sechs Monaten nach
unserer Mitteilung.

Mit freundlichen Grüßen
Kfz-Service
Brückenhaus Versicherung AG
"""
    m = EM('Kfz-Service <kfz-service@brueckenhaus.example>',
           'andrea.bauerfeind@mailbox-hessen.example',
           'Rückkauf Schaden KS-26-769977',
           'Thu, 21 Jan 2027 09:55:44 +0100', body)
    return m, C, 'de', 'insurer-to-customer', 'named customer, motor contract, plate, premium, no-claims class; property only'


def m128():
    body = """Hi Rainer, hi Miriam,

summary of the internal audit of bodily-injury and accident claim files
(sample of 60 closed files, Q3/Q4 2026). Figures only, no file references.

Findings
- 57 of 60 files had a signed medical consent before medical records were
  requested (95 %). 3 files: consent obtained later.
- 9 files: medical reports sent to lawyers by unencrypted e-mail (15 %) -
  all before the secure-mail rollout in October.
- 4 files: reserve not reviewed within 6 months.
- 2 files: advance payment above authority limit without second approval.

Recommendations: reminder on secure mail (done via FAQ), SAPHIR workflow
check for consent before "request records" task, quarterly reserve review
report per handler.

Audit team
"""
    m = EM('Interne Revision <revision@brueckenhaus.example>',
           'Rainer Pohlmann <rainer.pohlmann@brueckenhaus.example>, Dr. Miriam Oltmanns <miriam.oltmanns@brueckenhaus.example>',
           'Audit summary: bodily injury / accident claim files 2026',
           'Thu, 21 Jan 2027 15:22:10 +0100', body)
    return m, N, 'en', 'internal', 'trap: audit summary on medical consents and reports, counts only'


def m129():
    body = """Hallo zusammen,

die Rechtsabteilung hat die Musterabfindungserklärung Personenschaden
überarbeitet (Vorbehalt für Zukunftsschäden jetzt als Ankreuzoption). Anbei
die Word-Vorlage. Bitte nur noch diese Fassung verwenden.

Gruß
Rainer
"""
    doc = docx([
        '# Abfindungserklärung',
        'Anspruchsteller/in: [NAME], geb. [GEBURTSDATUM], [ANSCHRIFT]',
        'Schaden-Nr.: [SCHADENNUMMER]   Schadentag: [DATUM]   Versicherungsnehmer: [VN]',
        'Gegen Zahlung eines Betrages von [BETRAG] EUR erkläre ich mich wegen aller Ansprüche aus dem oben genannten Schadenereignis für abgefunden.',
        '[ ] Die Abfindung umfasst auch alle zukünftigen, heute noch nicht vorhersehbaren Schäden (materiell und immateriell).',
        '[ ] Vorbehalten bleiben: [VORBEHALT, z. B. materielle Zukunftsschäden aus der Verletzung ...]',
        'Ansprüche, die auf Sozialversicherungsträger, Arbeitgeber oder sonstige Dritte übergegangen sind, werden von dieser Erklärung nicht erfasst.',
        'Auszahlung auf das Konto: IBAN [IBAN], Kontoinhaber/in [KONTOINHABER]',
        '[ORT], den [DATUM]            Unterschrift: ____________________',
    ], author='Rechtsabteilung')
    m = EM('Rainer Pohlmann <rainer.pohlmann@brueckenhaus.example>',
           'Team HP-Personenschaden <hp-personenschaden@brueckenhaus.example>',
           'Neue Musterabfindungserklärung',
           'Fri, 22 Jan 2027 10:10:10 +0100', body,
           atts=[('Muster_Abfindungserklaerung_2027.docx', doc, T_DOCX)])
    return m, N, 'de', 'internal', 'trap: settlement template with [placeholders] for name, birth date, IBAN'


def m130():
    body = """anbei der angeforderte Scan.

MfG
A. Voßberg
"""
    lines = [
        'Unfallanzeige (Kopie) - eingegangen bei Brückenhaus Versicherung AG am 11.01.2027',
        'Unternehmen: Metallbau Siebert GmbH, Niestetal (VN Betriebshaftpflicht BHV 60 301 882)',
        'Verletzte Person: Dennis Hoppe, geb. 28.10.1994, Schlosser, Leiharbeitnehmer der Fa. Zeitwerk Personal',
        'Unfalltag: 06.01.2027, 10:40 Uhr, Halle 2, Abkantpresse',
        'Hergang: Beim Einlegen eines Blechs löste die Presse aus, obwohl die Lichtschranke',
        'nach Angaben des Verletzten aktiv war. Die rechte Hand wurde eingeklemmt.',
        'Verletzung: Quetschverletzung rechte Hand, traumatische Amputation Zeigefinger (D2)',
        'im Mittelgelenk, offene Fraktur Mittelfinger. Versorgung Unfallklinik Kassel (D-Arzt).',
        'Arbeitsunfähig: ja, voraussichtlich mehr als 3 Tage',
        'Zuständige BG des Verleihers: BGVL, Az. 4/27-UV-00213',
    ]
    m = EM('Anke Vossberg <anke.vossberg@brueckenhaus.example>',
           'Sabine Ebeling <s.ebeling@bgvl.example>',
           'AW: Beleg',
           'Fri, 22 Jan 2027 13:44:09 +0100', body,
           atts=[('Scan_20270122_134102.pdf', pdf(lines, 'Scan'), T_BIN)])
    return m, S, 'de', 'insurer-to-bg', 'body "AW: Beleg"; worker amputation and birth date in a PDF sent as octet-stream'


def m131():
    body = """Dear Mr Kessler,

Your claim: damaged e-scooter (Voi rental), 15 January 2027
Policy: personal liability PHV 71 577 301

Thank you for your e-mail. You wrote that you parked the rental e-scooter
correctly, but it fell over in the wind and the handlebar and display broke,
and the rental company is now charging you EUR 480. Nobody was hurt and no
other property was damaged.

Unfortunately this is not covered by your personal liability insurance:
damage to rented movable property and to motor vehicles (e-scooters count
as motor vehicles under German law) is excluded. You may want to check
whether your rental agreement includes damage protection.

Sorry we can't help this time.

Kind regards
Henrik Lammers
Brückenhaus Versicherung AG
"""
    m = EM('Henrik Lammers <henrik.lammers@brueckenhaus.example>',
           'Tobias Kessler <tobi.kessler@studi-mail.example>',
           'Your e-scooter claim - PHV 71 577 301',
           'Mon, 25 Jan 2027 09:20:16 +0100', body)
    return m, C, 'en', 'insurer-to-customer', 'claim declined: named customer, policy number; nobody hurt'


def m132():
    body = """Hi everyone,

the Kassel Charity Run is on 9 May 2027 and we want to beat last year's team
of 38 runners! Every kilometre our team runs, Brückenhaus donates EUR 5 to
the children's hospice in Kassel.

Sign up by 28 February on the intranet. Distances: 5 km, 10 km, or the 2 km
walk. Team shirts in all sizes, and there will be pizza afterwards.

Training group: Tuesdays 17:30 from the main entrance, all levels welcome.

See you on the track!
Lisa (Communications)
"""
    m = EM('Lisa Marquardt <lisa.marquardt@brueckenhaus.example>',
           'All staff <alle@brueckenhaus.example>',
           'Join the Brückenhaus team at the Kassel Charity Run',
           'Mon, 25 Jan 2027 12:00:00 +0100', body)
    return m, N, 'en', 'internal', 'staff charity run'


def m133():
    body = """Liebe Eltern,

Kinder sind ständig in Bewegung - und manchmal geht dabei ein Zahn zu Bruch.
Mit dem neuen Baustein "Zahn-Plus" zur Kinderunfallversicherung sind Sie
abgesichert:

- Zahnersatz nach einem Unfall (Krone, Brücke, Implantat) bis 10.000 EUR,
  auch wenn die Behandlung erst nach dem 18. Geburtstag erfolgt
- Wurzelbehandlung und Schienung nach Zahnunfall
- Kieferorthopädische Behandlung nach einem Unfall bis 3.000 EUR
- Kosmetische Operationen nach Unfällen bis 20.000 EUR

Wussten Sie schon? Etwa jedes dritte Kind hat bis zum Ende der Schulzeit
einen Zahnunfall. Am häufigsten betroffen sind die oberen Schneidezähne.

Beitrag: ab 2,40 EUR im Monat zusätzlich.
Jetzt informieren: brueckenhaus.example/kinderunfall

Brückenhaus Versicherung AG, Ständeplatz 7, 34117 Kassel
Abmelden: brueckenhaus.example/newsletter/abmelden
"""
    m = EM('Brückenhaus Familie <newsletter@brueckenhaus.example>',
           'familie@lists.brueckenhaus.example',
           'Neu: Zahn-Plus für die Kinderunfallversicherung',
           'Tue, 26 Jan 2027 07:00:00 +0100', body)
    return m, N, 'de', 'newsletter', 'trap: product newsletter on children\'s dental accidents, no person'


def m134():
    body = """Sehr geehrte Frau Mag. Pichler, dear Ms Pichler,

Ihr Zeichen / your ref: TIR-26-55120 - unser Zeichen / our ref: KS-27-000077

Betreff: Parkschaden in Sölden, 28.12.2026 / parking damage in Sölden

Wie telefonisch besprochen fasse ich auf Deutsch zusammen und füge die
englische Version für Ihren Kunden bei, der kein Deutsch spricht:

DE: Unser VN, Herr Holger Kasimir (Pkw KS-HK 918), hat beim Einparken vor dem
Hotel Alpenrose den Mietwagen Ihres Versicherungsnehmers, Mr Daniel
Whitcombe (Tiroler Kennzeichen IL-745 KX), am Kotflügel beschädigt. Es wurde
niemand verletzt. Wir regulieren den Schaden zu 100 %.

EN: Our policyholder, Mr Holger Kasimir, damaged the front wing of the hire car
driven by your client, Mr Daniel Whitcombe, while parking in front of the
Hotel Alpenrose. Nobody was injured. We accept liability in full and will pay
the repair costs (EUR 1,366.80 per the Austrian workshop estimate) directly to
the rental company.

Mit freundlichen Grüßen / kind regards
Melek Aydın
Brückenhaus Versicherung AG
"""
    m = EM('Melek Aydin <melek.aydin@brueckenhaus.example>',
           'Mag. Verena Pichler <v.pichler@tiroler-allgemeine.example>',
           'KS-27-000077 / TIR-26-55120 - Sölden',
           'Tue, 26 Jan 2027 10:46:31 +0100', body)
    return m, C, 'mixed', 'insurer-to-partner', 'bilingual: named insured and other driver, plates; nobody injured'


def m135():
    body = """Hallo Jonas,

Nordhafen Re hat bei der Treaty-Renewal folgende Einschätzung geschickt, die
wir im Pricing-Meeting diskutieren sollten. Originaltext:

  "Across our German casualty portfolio we observe a 7-9 % annual increase in
  the average cost of severe bodily-injury claims (brain injury, spinal cord
  injury, multiple amputations) since 2022, driven mainly by care costs and
  longer life expectancy of the injured. Claims above EUR 5m have doubled in
  frequency. We therefore propose to raise the XL retention from EUR 1.5m to
  EUR 2.0m and to increase the rate by 6 %."

Unsere eigenen Zahlen (anonymisiert, siehe Bordereau Q3) zeigen eher +5 %.
Können wir bis Mittwoch eine Gegenrechnung machen?

Gruß
Rainer
"""
    m = EM('Rainer Pohlmann <rainer.pohlmann@brueckenhaus.example>',
           'Dr. Jonas Weidenbach <jonas.weidenbach@brueckenhaus.example>',
           'Renewal Nordhafen Re - severity trend',
           'Wed, 27 Jan 2027 08:58:20 +0100', body)
    return m, N, 'mixed', 'internal', 'trap: German mail quoting English reinsurer severity trends, aggregated'


def m136():
    body = """Sehr geehrter Herr Rechtsanwalt Brandt, dear Mr Brandt,

thank you for translating your client's statement - I'll reply in English as
well so that you can forward this to Ms Alvarez directly.

Ihre Mandantin, Frau Sofia Alvarez (US-Staatsangehörige, Austauschstudentin),
wurde am 11.12.2026 auf dem Zebrastreifen an der Holländischen Straße von
unserem VN angefahren. / Your client was hit by our insured's car on the
zebra crossing on 11 December 2026.

Liability is accepted in full. We have received the discharge summary from
Klinikum Kassel: fracture of the left fibula (S82.4) and a concussion, two
nights in hospital. She has now returned to Austin, Texas, for further
treatment.

Regarding her US medical bills: please send us the itemised invoices. We
will pay reasonable treatment costs in the US to the extent they are
necessary because of the accident; her US health insurer may have a recourse
claim against us.

Als Vorschuss auf das Schmerzensgeld zahlen wir 3.000 EUR auf Ihr Anderkonto.

Mit freundlichen Grüßen / kind regards
Jana Wendeborn
Brückenhaus Versicherung AG, HP-26-0051402
"""
    m = EM('Jana Wendeborn <jana.wendeborn@brueckenhaus.example>',
           'RA Matthias Brandt <brandt@verkehrsrecht-brandt.example>',
           'Alvarez ./. Brückenhaus - HP-26-0051402',
           'Wed, 27 Jan 2027 11:15:40 +0100', body)
    return m, S, 'mixed', 'insurer-to-lawyer', 'bilingual: fracture, concussion, hospital stay of named US student'


def m137():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrter Herr Tegeler,</p>
<p>zu den drei Schäden Ihrer Flotte aus dem Dezember (Vertrag KF-3302118,
Hollerbeck Logistik GmbH) hier der Stand. Bei keinem der Schäden wurden Personen verletzt.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde6f0"><th>Kennzeichen</th><th>Fahrer</th><th>Datum</th><th>Schaden</th><th>Sparte</th><th>Zahlung</th></tr>
<tr><td>KS-HL 417</td><td>Dariusz Wunsch</td><td>03.12.2026</td><td>Rampe Lager Lohfelden touchiert</td><td>Vollkasko (SB 1.000 EUR)</td><td>1.310,00 EUR</td></tr>
<tr><td>KS-HL 433</td><td>Timo Krüger</td><td>09.12.2026</td><td>Spiegel, Gegenverkehr B 83, Gegner unbekannt</td><td>Vollkasko (SB 1.000 EUR)</td><td>0,00 EUR (unter SB)</td></tr>
<tr><td>KS-HL 51</td><td>Marvin Oelschläger</td><td>21.12.2026</td><td>Auffahrunfall Kassel-Wilhelmshöhe</td><td>Haftpflicht</td><td>3.880,00 EUR an Gegner</td></tr>
</table>
<p>Die Schadenquote Ihrer Flotte liegt für 2026 bei 87 %. Wir sollten im Februar über
Maßnahmen (Fahrertraining, Rangierkameras) sprechen.</p>
<p>Mit freundlichen Grüßen<br>Melek Aydın<br>Kfz-Flotte, Brückenhaus Versicherung AG</p>
</body></html>"""
    m = EM('Melek Aydin <melek.aydin@brueckenhaus.example>',
           'Ralf Tegeler <fuhrpark@hollerbeck-logistik.example>',
           'Flottenschäden Dezember - KF-3302118',
           'Thu, 28 Jan 2027 09:32:57 +0100', html=html, html_only=True)
    return m, C, 'de', 'insurer-to-company', 'HTML-only table: company fleet, named contact and drivers, plates; nobody injured'


def m138():
    body = """Sehr geehrte Damen und Herren,

bezugnehmend auf die Verkehrsunfallanzeige zum Unfall vom 15.01.2027 auf der
K 12 bei Fuldatal-Ihringshausen bitten wir um ergänzende Auskünfte.

Beteiligt waren unser VN, Herr Reinhard Zehnpfund (Pkw KS-RZ 63), und der
Radfahrer Herr Nils Ahrens (17). Herr Ahrens wurde nach unseren Informationen
mit einem Hubschrauber in die Unfallklinik geflogen und liegt mit schweren
Kopfverletzungen weiterhin auf der Intensivstation.

Für die Einleitung des Reha-Managements und die Haftungsprüfung benötigen wir:
- die Angabe, ob der Radfahrer einen Helm trug,
- das Ergebnis der Blutprobe unseres VN,
- die Lichtbildmappe und die Unfallskizze.

Mit freundlichen Grüßen
Jana Wendeborn
Brückenhaus Versicherung AG, HP-27-0000412
"""
    m = EM('Jana Wendeborn <jana.wendeborn@brueckenhaus.example>',
           'Verkehrsunfallaufnahme <vu-team@polizei-nordhessen.example>',
           'VU 15.01.2027 K 12 Ihringshausen - Anfrage',
           'Thu, 28 Jan 2027 14:10:02 +0100', body)
    return m, S, 'de', 'insurer-to-police', 'named teenage cyclist with severe head injuries in intensive care; blood test of named driver'


def m139():
    inner_body = """Hello,

as promised, my statement about the accident on 3 January near Edersee.

I was driving behind the motorbike for about 2 km. The car (a dark blue Audi,
Kassel plates) came out of the parking area without stopping. The motorcyclist
braked hard, the bike slid and he hit the side of the car. He was lying on the
road and could not move his legs; he said his back hurt very badly. I called
112. His name, I found out later from the police, is Mr Wolf-Dieter Brück.
Blood was coming from under his helmet, and the paramedics put a neck brace on
him before the helicopter came.

The driver of the Audi said "I didn't see him".

Kind regards
Hannah Schofield
(Witness, tourist from Bristol)
"""
    inner = EM('Hannah Schofield <hannah.schofield@bristolmail.example>',
               'Oliver Thornbury <oliver.thornbury@brueckenhaus.example>',
               'Witness statement - motorbike accident 3 January',
               'Sun, 24 Jan 2027 19:02:44 +0000', inner_body)
    body = """Jana,

the witness statement for your Edersee file - she wrote to me because of the
English. Forwarding as attachment.

Oliver
"""
    m = EM('Oliver Thornbury <oliver.thornbury@brueckenhaus.example>',
           'Jana Wendeborn <jana.wendeborn@brueckenhaus.example>',
           'Fw: Witness statement',
           'Fri, 29 Jan 2027 08:20:15 +0100', body,
           atts=[('Witness statement - motorbike accident 3 January.eml', inner, T_MSG)])
    return m, S, 'en', 'witness', 'forwarded message/rfc822: witness describes named motorcyclist\'s injuries'


def m140():
    body = """Dear Ms Adeyemi,

thank you for your message from Lisbon. I've opened a claim under your
personal liability policy (PHV 71 640 209) for the TV in your holiday
apartment: claim PHV-S-2027-000519.

You wrote that on 20 January you knocked the television off its stand while
hanging up washing, and the screen cracked. Nobody was hurt. Your host,
Sr. Rui Carvalho, has asked for EUR 650 via the booking platform.

Please send us:
- the host's message and any invoice or proof of the TV's price/age,
- whether the platform has already charged your deposit.

Damage to rented holiday homes and their contents is covered under your
policy, with an excess of EUR 150.

Kind regards
Henrik Lammers
Brückenhaus Versicherung AG
"""
    m = EM('Henrik Lammers <henrik.lammers@brueckenhaus.example>',
           'Funmi Adeyemi <funmi.adeyemi@mailbox-rhein.example>',
           'Holiday apartment TV - PHV-S-2027-000519',
           'Fri, 29 Jan 2027 10:47:33 +0100', body)
    return m, C, 'en', 'insurer-to-customer', 'liability property claim abroad: named customer and host, policy no.; nobody hurt'


def m141():
    body = """Hallo zusammen,

kurze Erinnerung: Anträge für ein JobRad im Frühjahr müssen bis 15.02. über
das Portal eingereicht sein. Leasing über 36 Monate, Gehaltsumwandlung, die
Versicherung ist inklusive. Fahrradhändler in Kassel: siehe Partnerliste.

Bei Fragen: Nadine Brosch, Durchwahl -1304.

Personalabteilung
"""
    m = EM('Personalabteilung <personal@brueckenhaus.example>',
           'Alle Mitarbeitenden Kassel <alle-kassel@brueckenhaus.example>',
           'Erinnerung JobRad Frühjahr 2027',
           'Mon, 01 Feb 2027 08:05:00 +0100', body, charset='iso-8859-1', cte='8bit')
    return m, N, 'de', 'internal', 'HR reminder bicycle leasing'


def m142():
    body = """Sehr geehrte Frau Ilgner,

vielen Dank für Ihre Mitteilung, dass Sie seit 01.01.2027 nicht mehr als
Verwaltungsangestellte, sondern als Rettungssanitäterin beim DRK-Kreisverband
tätig sind.

Für Ihre Unfallversicherung UV-4477 3019 bedeutet das einen Wechsel von
Gefahrengruppe A in Gefahrengruppe B. Bei gleichem Beitrag (14,80 EUR
monatlich) verringern sich die Versicherungssummen:

                      bisher        neu (ab 01.01.2027)
  Invalidität     120.000 EUR       72.000 EUR
  Todesfall        10.000 EUR        6.000 EUR

Alternativ können Sie die bisherigen Summen behalten; der Beitrag steigt dann
auf 24,60 EUR monatlich. Bitte teilen Sie uns bis 28.02. mit, welche Variante
Sie wünschen.

Mit freundlichen Grüßen
Vertragsservice Unfall
Brückenhaus Versicherung AG
"""
    m = EM('Vertragsservice Unfall <vertrag-unfall@brueckenhaus.example>',
           'Melanie Ilgner <m.ilgner@nordhessen-net.example>',
           '[vertraulich] Berufswechsel - Ihre Unfallversicherung UV-4477 3019',
           'Mon, 01 Feb 2027 10:30:00 +0100', body)
    return m, S, 'de', 'insurer-to-customer', 'accident contract change of named person; tag says only [vertraulich] but personal line wins'


def m143():
    body = """Dear Mr Verbeek, sehr geehrter Herr Verbeek,

Uw kenmerk / your ref: VB/2026/4471 - unser Zeichen: PHV-S-2026-122904

Thank you for your letter on behalf of Mrs Anouk Meijer. I am answering in
English as agreed, with the key points in German for your file.

Our policyholder, Mr Florian Hasselbach, was staying at your client's holiday
cottage in Zeeland in October 2026. You claim EUR 5,870 for a damaged
kitchen worktop and oven door. Nobody was injured.

- We accept the oven door (EUR 690, invoice Keukenservice Goes).
- The worktop was already 14 years old; we offer its time value of EUR 1,100
  instead of the new price of EUR 5,180.

Zusammenfassung: Backofentür 690 EUR anerkannt; Arbeitsplatte nur Zeitwert
1.100 EUR; insgesamt 1.790 EUR zahlbar an Ihre Mandantin nach Mitteilung der
Bankverbindung.

Kind regards / Mit freundlichen Grüßen
Henrik Lammers
Brückenhaus Versicherung AG
"""
    m = EM('Henrik Lammers <henrik.lammers@brueckenhaus.example>',
           'Mr Sander Verbeek <s.verbeek@advocaten-zeeland.example>',
           'Meijer / Hasselbach - PHV-S-2026-122904',
           'Tue, 02 Feb 2027 09:12:41 +0100', body)
    return m, C, 'mixed', 'insurer-to-lawyer', 'bilingual liability property claim: named claimant and insured; nobody injured'


def m144():
    body = """Hallo Rainer,

zur Info der Abschlussvermerk zum Datenschutzvorfall DSV-2027-003 (für die
Teamrunde, bitte ohne weitere Details weitergeben):

- Was: Ein medizinisches Gutachten aus einem Personenschaden wurde per
  Secure Mail an eine falsche Kanzlei geschickt (Verwechslung bei der
  Adressauswahl, zwei Kanzleien mit ähnlichem Namen).
- Reaktion: Die Kanzlei hat das Dokument am selben Tag gelöscht und dies
  schriftlich bestätigt. Die betroffene Person wurde informiert.
- Bewertung: Risiko für die betroffene Person gering, keine Meldung an die
  Aufsichtsbehörde erforderlich (Art. 33 Abs. 1 DSGVO), Dokumentation im
  Vorfallregister.
- Maßnahme: Adressauswahl in SAPHIR zeigt künftig Ort und Aktenzeichen der
  Kanzlei an.

Viele Grüße
Friederike Stallbaum
Datenschutzbeauftragte
"""
    m = EM('Dr. Friederike Stallbaum <datenschutz@brueckenhaus.example>',
           'Rainer Pohlmann <rainer.pohlmann@brueckenhaus.example>',
           'Abschluss DSV-2027-003',
           'Tue, 02 Feb 2027 14:25:00 +0100', body)
    return m, N, 'de', 'internal', 'trap: data-breach closing note about a medical report, no identifiable person'


def m145():
    body = """Dear Ms Pratt,

Your IT team asked for our S/MIME details so that your firm can send us
encrypted e-mail.

Brückenhaus uses a domain certificate for brueckenhaus.example, issued by
"Example Trust Services CA 3". You can download the public certificate from
https://brueckenhaus.example/securemail/brueckenhaus-domain.pem

SHA-256 fingerprint:
 4C:1A:9E:77:0B:D2:35:8F:61:A4:C0:19:EE:72:5B:93:
 08:D6:4F:3E:A1:7C:92:B5:60:2D:E8:14:F3:0A:6B:C7

Valid until 30 September 2028. If your gateway cannot handle S/MIME, we can
set up a mailbox in our SecureMail portal for your firm instead.

Kind regards
Brückenhaus SecureMail Team
"""
    m = EM('SecureMail Team <securemail@brueckenhaus.example>',
           'Imogen Pratt <imogen.pratt@hartwellbryce.example>',
           'S/MIME certificate for brueckenhaus.example',
           'Wed, 03 Feb 2027 09:00:00 +0100', body)
    return m, N, 'en', 'insurer-to-lawyer', 'certificate information, no personal data'


def m146():
    body = """Sehr geehrter Herr Lindenau,

wir haben Ihre neue Bankverbindung für Ihre Verträge bei uns gespeichert:

  Kontoinhaber: Frank Lindenau
  IBAN:         DE87810532720006642091
  Bank:         Sparkasse Magdeburg
  gültig ab:    01.03.2027

Betroffen sind Ihre Privathaftpflicht (PHV 71 118 742) und Ihre Hausrat-
versicherung (HR 30 552 907). Auch die noch offene Zahlung aus Ihrem
Glasschaden (HR-S-2027-000096) überweisen wir auf dieses Konto.

Falls Sie diese Änderung nicht veranlasst haben, rufen Sie uns bitte sofort
an: 0561 7080-0.

Mit freundlichen Grüßen
Ihr Kundenservice
Brückenhaus Versicherung AG
"""
    m = EM('Kundenservice <kundenservice@brueckenhaus.example>',
           'frank.lindenau@elbpost.example',
           'Bestätigung Ihrer neuen Bankverbindung',
           'Wed, 03 Feb 2027 11:41:18 +0100', body, cte='quoted-printable')
    return m, C, 'de', 'insurer-to-customer', 'new IBAN (ungrouped) of named customer with contract numbers'


def m147():
    body = """Liebe Mitglieder des Arbeitsschutzausschusses,

anbei das Kurzprotokoll der Sitzung vom 02.02.2027.

1. Unfallgeschehen 2026 (Hauptverwaltung Kassel): 3 Wegeunfälle (2 Stürze
   bei Glätte, 1 Radunfall), 1 Arbeitsunfall (Sturz auf der Treppe),
   insgesamt 41 Ausfalltage. Alle Fälle wurden der BG gemeldet. Namen werden
   im Ausschuss nicht genannt.
2. Treppenhaus West: Bodenbelag an den Stufenkanten erneuert, Antirutsch-
   streifen angebracht.
3. Ersthelfer: 38 ausgebildete Ersthelferinnen und Ersthelfer (Soll 32).
   Nächster Auffrischungskurs am 17.03.
4. AED: Beide Geräte geprüft, neue Pads geliefert.
5. Gefährdungsbeurteilung psychische Belastung: Befragung im April.

Nächste Sitzung: 04.05.2027.

Bernd Wolkow, Fachkraft für Arbeitssicherheit
"""
    m = EM('Bernd Wolkow <bernd.wolkow@brueckenhaus.example>',
           'ASA Mitglieder <asa@brueckenhaus.example>',
           'Protokoll Arbeitsschutzausschuss 02.02.2027',
           'Thu, 04 Feb 2027 08:30:00 +0100', body)
    return m, N, 'de', 'internal', 'trap: safety committee minutes with aggregated staff accidents, no names'


def m148():
    body = """Dear Ms Barzani,

I am the claims handler for the liability insurer of Restaurant Zum
Lindenwirt. I am very sorry about what happened to your daughter Leyla on
18 December 2026, when a waiter spilled a pot of hot tea over her at your
table.

From the discharge letter of the paediatric burns unit at Klinikum Kassel we
understand that Leyla (4) suffered second-degree scalds (partial thickness)
to her left shoulder and upper arm, about 4 % of her body surface, treated
with skin substitute dressings under anaesthesia. She was in hospital for six
days. The doctors expect some scarring and recommend compression garments
for twelve months.

Our insured accepts responsibility. As a first step we will make an interim
payment of EUR 5,000 for pain and suffering, and we will pay the travel,
parking and co-payment costs you listed. Scar treatment and any later
operation are reserved.

Could you please let us know the IBAN of the account to which we should pay?

Yours sincerely
Jana Wendeborn
Brückenhaus Versicherung AG
Claim BHV-P-2026-000871
"""
    m = EM('Jana Wendeborn <jana.wendeborn@brueckenhaus.example>',
           'Rojin Barzani <rojin.barzani@famil-mail.example>',
           'Leyla - interim payment',
           'Thu, 04 Feb 2027 13:37:21 +0100', body, cte='base64')
    return m, S, 'en', 'insurer-to-relative', 'base64 body: child scald injury: burns, anaesthesia, hospital stay, scarring'


def m149():
    body = """Sehr geehrter Herr Ochs,

anbei unsere Abrechnung zum wirtschaftlichen Totalschaden Ihres Fahrzeugs
aus dem Unfall vom 19.01.2027 (Schaden-Nr. KS-27-000302). Bitte prüfen Sie
die Angaben und melden Sie sich, wenn etwas nicht stimmt.

Mit freundlichen Grüßen
Kfz-Service
Brückenhaus Versicherung AG
"""
    lines = [
        'Brückenhaus Versicherung AG - Kfz-Schaden',
        'Abrechnung Totalschaden - Schaden-Nr. KS-27-000302',
        '',
        'Versicherungsnehmer: Rüdiger Ochs, Brunnenweg 2, 34359 Reinhardshagen',
        'Vertrag: K 5541 0062 (Vollkasko, SB 500 EUR)',
        'Fahrzeug: Opel Zafira, KS-RO 404, FIN W0V0ZAF7XF1000562',
        'Schaden: Abkommen von der Fahrbahn bei Glätte, Leitplanke, keine Verletzten',
        '',
        'Wiederbeschaffungswert lt. Gutachten       7.900,00 EUR',
        'abzüglich Restwert (Höchstgebot Autoverwertung Nord)  -1.650,00 EUR',
        'abzüglich Selbstbeteiligung                  -500,00 EUR',
        'Auszahlung                                 5.750,00 EUR',
        '',
        'Überweisung an: Rüdiger Ochs, IBAN DE92 3506 0190 0069 0145 28',
        'Der Restwertkäufer holt das Fahrzeug nach Terminabsprache ab.',
    ]
    m = EM('Kfz-Service <kfz-service@brueckenhaus.example>',
           'r.ochs@landpost.example',
           'Ihre Abrechnung KS-27-000302',
           'Fri, 05 Feb 2027 09:58:04 +0100', body,
           atts=[('Abrechnung_KS-27-000302.pdf', pdf(lines, 'Abrechnung Totalschaden'), T_PDF)])
    return m, C, 'de', 'insurer-to-customer', 'total-loss settlement; address, plate, VIN and IBAN only in the PDF; nobody hurt'


def m150():
    body = """Hallo Team, hi all,

nach dem anstrengenden Jahresabschluss lade ich Euch zum Teamessen ein:
Freitag, 19.02., 19 Uhr, Trattoria "Da Lucia", Friedrich-Ebert-Straße.

Oliver, I booked a table for 10 - the restaurant has vegetarian options
and a small wine list, so everybody should be happy.

Bitte kurz zu- oder absagen bis Mittwoch.

Rainer
"""
    m = EM('Rainer Pohlmann <rainer.pohlmann@brueckenhaus.example>',
           'Team HP-Personenschaden <hp-personenschaden@brueckenhaus.example>',
           'Teamessen 19.02. / team dinner',
           'Mon, 08 Feb 2027 16:05:12 +0100', body)
    return m, N, 'mixed', 'internal', 'team dinner invitation'


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------

MAILS = [globals()['m%03d' % i] for i in range(1, 151)]


def build_all():
    out = []
    for n, fn in enumerate(MAILS, 1):
        m, label, lang, kind, reason = fn()
        if 'Message-ID' not in m:
            m['Message-ID'] = '<d61-%04d.%s@brueckenhaus.example>' % (n, fn.__name__)
        if 'MIME-Version' not in m:
            m['MIME-Version'] = '1.0'
        fix_boundaries(m, n)
        raw = m.as_bytes(policy=SMTP)
        out.append(('d61-%04d.eml' % n, raw, label, lang, kind, reason))
    return out


def write():
    os.makedirs(OUT, exist_ok=True)
    rows = build_all()
    for name, raw, *_ in rows:
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(raw)
    with open(os.path.join(HERE, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('file\tlabel\tlang\tkind\treason\n')
        for name, _raw, label, lang, kind, reason in rows:
            f.write('\t'.join([name, label, lang, kind, reason]) + '\n')
    print('wrote %d mails to %s' % (len(rows), OUT))


IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b')
KNOWN_INVALID = {'DE00123456780000000000'}


def iban_ok(s):
    s = s.replace(' ', '')
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


def texts_of(msg):
    """Yield decoded text of all text parts, nested mails and text-like attachments."""
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == 'message/rfc822':
            continue  # walk() descends into it
        payload = part.get_payload(decode=True) or b''
        if ct.startswith('text/') or ct == T_XLSCSV:
            cs = part.get_content_charset() or 'utf-8'
            try:
                yield payload.decode(cs)
            except (LookupError, UnicodeDecodeError):
                yield payload.decode('cp1252', 'replace')
        elif ct == T_PDF or payload.startswith(b'%PDF'):
            yield payload.decode('cp1252', 'replace')
        elif ct == T_ZIP:
            z = zipfile.ZipFile(io.BytesIO(payload))
            for n in z.namelist():
                yield z.read(n).decode('utf-8', 'replace')


def check():
    errors = []
    fresh = {name: raw for name, raw, *_ in build_all()}
    with open(os.path.join(HERE, 'labels.tsv'), encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines[0] != 'file\tlabel\tlang\tkind\treason':
        errors.append('bad labels header')
    rows = [l.split('\t') for l in lines[1:] if l]
    counts, langs, traps = {}, {}, 0
    names = set()
    for r in rows:
        if len(r) != 5:
            errors.append('bad row %r' % r)
            continue
        name, label, lang, kind, reason = r
        names.add(name)
        counts[label] = counts.get(label, 0) + 1
        langs[(label, lang)] = langs.get((label, lang), 0) + 1
        if label == N and reason.startswith('trap:'):
            traps += 1
        if label != N and reason.startswith('trap:'):
            errors.append('%s: trap prefix on non-NORMAL' % name)
        if lang not in ('de', 'en', 'mixed'):
            errors.append('%s: bad lang' % name)
        path = os.path.join(OUT, name)
        if not os.path.exists(path):
            errors.append('%s missing' % name)
            continue
        raw = open(path, 'rb').read()
        if raw != fresh.get(name):
            errors.append('%s differs from a fresh build (not deterministic?)' % name)
        if re.search(rb'(?<!\r)\n', raw):
            errors.append('%s: bare LF' % name)
        msg = message_from_bytes(raw, policy=default)
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            if not msg[h]:
                errors.append('%s: missing %s' % (name, h))
        for h in ('From', 'To', 'Cc'):
            for a in (msg.get_all(h) or []):
                for addr in a.addresses:
                    if not addr.domain.endswith('.example'):
                        errors.append('%s: non-.example address %s' % (name, addr))
        for part in msg.walk():
            fn = part.get_filename()
            if not fn:
                continue
            data = part.get_payload(decode=True)
            if fn.endswith(('.xlsx', '.docx', '.ods', '.odt', '.zip')):
                try:
                    zipfile.ZipFile(io.BytesIO(data)).testzip()
                except Exception as e:  # noqa
                    errors.append('%s: broken %s (%s)' % (name, fn, e))
            if fn.endswith('.xlsx'):
                import openpyxl
                openpyxl.load_workbook(io.BytesIO(data))
            if fn.endswith('.docx'):
                import docx as _d
                _d.Document(io.BytesIO(data))
            if fn.endswith('.pdf') and not data.startswith(b'%PDF'):
                errors.append('%s: %s is not a PDF' % (name, fn))
        for t in texts_of(msg):
            for cand in IBAN_RE.findall(t):
                c = cand.replace(' ', '')
                if len(c) < 15 or c in KNOWN_INVALID or not c[2:4].isdigit():
                    continue
                if c[:2] not in ('DE', 'AT', 'NL', 'PL', 'GB'):
                    continue
                if not iban_ok(c):
                    errors.append('%s: IBAN checksum fails: %s' % (name, cand))
    if len(rows) != 150 or names != set(fresh):
        errors.append('expected 150 mails, labels has %d' % len(rows))
    for k, v in EXPECTED.items():
        if counts.get(k) != v:
            errors.append('count %s = %s, expected %d' % (k, counts.get(k), v))
    if traps < 40:
        errors.append('only %d traps' % traps)
    print('labels:', counts)
    print('traps among NORMAL:', traps)
    for lab in (N, C, S):
        print('  %-22s de=%-3d en=%-3d mixed=%d' % (lab, langs.get((lab, 'de'), 0),
              langs.get((lab, 'en'), 0), langs.get((lab, 'mixed'), 0)))
    if errors:
        print('CHECK FAILED')
        for e in errors:
            print('  -', e)
        return 1
    print('CHECK OK: %d mails parsed, counts, addresses, attachments, IBANs, CRLF and determinism verified' % len(rows))
    return 0


if __name__ == '__main__':
    if '--check' in sys.argv:
        sys.exit(check())
    write()
