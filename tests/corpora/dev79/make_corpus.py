#!/usr/bin/env python3
"""Corpus dev79: special categories of personal data (GDPR Art. 9 / 10) in
ordinary insurance business.  All people, firms, numbers are invented.

    python make_corpus.py          -> mails/d79-0001.eml ... d79-0150.eml, labels.tsv
    python make_corpus.py --check  -> re-parse and validate everything

Standard library only, deterministic, no network.  Every mail is written by
hand in its own function m001 ... m150; the helpers below only turn that
content into MIME or into attachment files.
"""
import csv
import datetime as _dt
import email
import email.policy
import email.utils
import io
import os
import re
import sys
import zipfile
from email.message import EmailMessage
from xml.dom import minidom

SMTP = email.policy.SMTP
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'mails')
NN = '79'
TZ = _dt.timezone(_dt.timedelta(hours=1))
ZDATE = (2025, 1, 2, 8, 0, 0)

# ---------------------------------------------------------------- MIME helpers

def _date(i, shift=0):
    base = _dt.datetime(2025, 2, 3, 7, 41, tzinfo=TZ)
    d = base + _dt.timedelta(hours=i * 13 + shift, minutes=(i * 37) % 59)
    if d.month >= 4 and d.month <= 10:
        d = d.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=2)))
    return email.utils.format_datetime(d)


def mail(i, frm, to, subject, text=None, html=None, cc=None, atts=(),
         charset='utf-8', cte=None, flowed=False, extra=None, sub=0, date=None):
    """Build one message. atts: list of (filename, maintype/subtype, bytes)
    or EmailMessage for message/rfc822."""
    m = EmailMessage(policy=SMTP)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    if date:
        d = _dt.datetime(*date, tzinfo=_dt.timezone(_dt.timedelta(
            hours=2 if 4 <= date[1] <= 10 else 1)))
        m['Date'] = email.utils.format_datetime(d)
    else:
        m['Date'] = _date(i, sub)
    m['Message-ID'] = '<d%s.%04d.%d.%s@versicherer.example>' % (
        NN, i, sub, 'a7f3c%03d' % (i * 7 % 1000))
    for k, v in (extra or {}).items():
        m[k] = v
    params = {'format': 'flowed'} if flowed else None
    if text is not None:
        kw = {'charset': charset}
        if cte:
            kw['cte'] = cte
        if params:
            kw['params'] = params
        m.set_content(text, **kw)
        if html is not None:
            m.add_alternative(html, subtype='html')
    elif html is not None:
        kw = {'charset': charset}
        if cte:
            kw['cte'] = cte
        m.set_content(html, subtype='html', **kw)
    for a in atts:
        if isinstance(a, EmailMessage):
            m.add_attachment(a)
        else:
            fn, ctype, data = a
            mt, st = ctype.split('/')
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    k = 0
    for part in m.walk():
        if part.is_multipart() and part.get_content_maintype() == 'multipart':
            k += 1
            part.set_boundary('=_d%s_%04d_%d_%d' % (NN, i, sub, k))
    return m


def inner(i, frm, to, subject, text, sub=1, **kw):
    """A message to be forwarded as message/rfc822 (gets its own date)."""
    return mail(i, frm, to, subject, text, sub=-sub * 30, **kw)


# ------------------------------------------------------------ attachment files

def _zipbytes(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, ZDATE)
            zi.compress_type = (zipfile.ZIP_STORED if name == stored_first
                                else zipfile.ZIP_DEFLATED)
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def zipfile_(members):
    return _zipbytes(members)


def _x(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;')
            .replace('>', '&gt;').replace('"', '&quot;'))


def pdf(lines, title='Dokument'):
    """Simple text PDF (Helvetica, WinAnsi), 52 lines per page."""
    pages = [lines[k:k + 52] for k in range(0, max(len(lines), 1), 52)] or [[]]
    objs = []
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then page/content pairs
    kids = ' '.join('%d 0 R' % (5 + 2 * p) for p in range(n_pages))
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, n_pages)).encode())
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica '
                b'/Encoding /WinAnsiEncoding >>')
    objs.append(b'<< /Title (' + _pdfesc(title) + b') /Producer (Albrechtshof DMS 4.2) '
                b'/CreationDate (D:20250102080000+01\'00\') >>')
    for p, pl in enumerate(pages):
        s = [b'BT /F1 10 Tf 13 TL 56 790 Td']
        for ln in pl:
            s.append(b'(' + _pdfesc(ln) + b') Tj T*')
        s.append(b'ET')
        stream = b'\n'.join(s)
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                     '/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>'
                     % (6 + 2 * p)).encode())
        objs.append(b'<< /Length ' + str(len(stream)).encode() + b' >>\nstream\n'
                    + stream + b'\nendstream')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % n + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += (b'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n'
            % (len(objs) + 1, xref))
    return bytes(out)


def _pdfesc(s):
    b = s.encode('cp1252', 'replace')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def docx(paras, table=None):
    """paras: list of str (a leading '# ' makes a bold heading).
    table: optional list of rows appended after the paragraphs."""
    body = []
    for p in paras:
        if p.startswith('# '):
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s'
                        '</w:t></w:r></w:p>' % _x(p[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    if table:
        rows = []
        for r in table:
            cells = ''.join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r>'
                            '</w:p></w:tc>' % _x(str(c)) for c in r)
            rows.append('<w:tr>%s</w:tr>' % cells)
        body.append('<w:tbl>%s</w:tbl>' % ''.join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % ''.join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    return _zipbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels),
                      ('word/document.xml', doc)])


def _col(n):
    s = ''
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet='Tabelle1'):
    xr = []
    for ri, r in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(r):
            ref = '%s%d' % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, _x(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % ''.join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
              'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
          'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    return _zipbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels),
                      ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels),
                      ('xl/worksheets/sheet1.xml', ws)])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'office:version="1.2"')


def _odf(mime, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body>%s</office:body></office:document-content>' % (_ODF_NS, body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zipbytes([('mimetype', mime), ('META-INF/manifest.xml', manifest),
                      ('content.xml', content)], stored_first='mimetype')


def odt(paras):
    return _odf('application/vnd.oasis.opendocument.text',
                '<office:text>%s</office:text>'
                % ''.join('<text:p>%s</text:p>' % _x(p) for p in paras))


def ods(rows, sheet='Tabelle1'):
    tr = []
    for r in rows:
        cells = []
        for v in r:
            if isinstance(v, (int, float)):
                cells.append('<table:table-cell office:value-type="float" office:value="%s">'
                             '<text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p>'
                             '</table:table-cell>' % _x(str(v)))
        tr.append('<table:table-row>%s</table:table-row>' % ''.join(cells))
    return _odf('application/vnd.oasis.opendocument.spreadsheet',
                '<office:spreadsheet><table:table table:name="%s">%s</table:table>'
                '</office:spreadsheet>' % (_x(sheet), ''.join(tr)))


def csvb(rows, enc='utf-8', delim=';'):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(enc)


def ics(text):
    return text.strip('\n').replace('\n', '\r\n').encode('utf-8') + b'\r\n'


# MIME type shortcuts
PDF = 'application/pdf'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
ODT = 'application/vnd.oasis.opendocument.text'
ODS = 'application/vnd.oasis.opendocument.spreadsheet'
CSV = 'text/csv'
ICS = 'text/calendar'
ZIP = 'application/zip'
OCTET = 'application/octet-stream'
XLSCSV = 'application/vnd.ms-excel'

N, C, S = 'NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'


def R(msg, label, lang, kind, reason):
    return msg, label, lang, kind, reason

# ====================================================================== mails

SIG_KV = """
Mit freundlichen Grüßen

Sabine Ketteler
Leistungsabteilung Krankenversicherung

Albrechtshof Krankenversicherung AG
Am Weinberg 12 · 34117 Kassel
Telefon 0561 7709-4412 · Telefax 0561 7709-4499
leistung.kv@versicherer.example · www.albrechtshof.example

Vorstand: Dr. Irmgard Sölter (Vors.), Bernd Lohkamp, Petra Aschoff
Sitz Kassel · Registergericht Kassel HRB 99817
"""


def m001():
    text = """Sehr geehrte Frau Rautenberg,

vielen Dank für Ihren Antrag auf Kostenübernahme vom 28.01.2025 und den
beigefügten Bericht an den Gutachter (PTV 3) von Frau Dipl.-Psych. Elke Marwede.

Wir haben den Antrag geprüft und freuen uns, Ihnen mitteilen zu können:

  Versicherte Person:  Lena Rautenberg, geb. 14.09.1991
  Vertrag:             KV-4471.208.315, Tarif AMB-Plus 90
  Leistung:            ambulante Verhaltenstherapie (Kurzzeittherapie KZT 1 + 2)
  Diagnose lt. Antrag: F33.1 rezidivierende depressive Störung, gegenwärtig
                       mittelgradige Episode; F41.1 generalisierte Angststörung
  Zusage:              24 Sitzungen à 50 Minuten, Erstattung 90 % nach GOP

Die probatorischen Sitzungen (bisher 4) werden außerhalb des Kontingents
erstattet. Sollte nach der 24. Sitzung eine Umwandlung in eine
Langzeittherapie notwendig sein, senden Sie uns bitte rechtzeitig einen
Fortführungsantrag mit kurzem Verlaufsbericht. Der Bericht geht – wie Sie es
gewünscht haben – nur an unseren beratenden Gutachter und nicht in die
allgemeine Vertragsakte.

Bitte reichen Sie die Rechnungen der Praxis wie gewohnt über die App oder
per Post ein.
""" + SIG_KV
    m = mail(1, 'Sabine Ketteler <s.ketteler@versicherer.example>',
             'Lena Rautenberg <lena.rautenberg@mailbox.example>',
             'Ihre Anfrage vom 28.01.2025 – Kostenzusage Psychotherapie', text)
    return R(m, S, 'de', 'insurer-to-customer',
             'PKV cost approval for behavioural therapy, F33.1/F41.1, named insured with birth date')


def m002():
    text = """Hallo zusammen,

zur Info für CAB am Donnerstag: Change CHG0048812 "DLP-Regelwerk Mail-Gateway,
Wörterliste Art. 9 erweitert".

Die Fachbereiche Datenschutz und Compliance haben die Liste der Suchbegriffe
für die Markierung "Prüfung besondere Kategorien" ergänzt. Neu aufgenommen
(jeweils Wortstamm, case-insensitive):

  Gesundheit / Psyche:  depress*, psychotherap*, PTBS, Suizid*, Entzug*, Sucht*
  Genetik:              Gentest, BRCA, Genanalyse, Gendiagnostik*
  Biometrie:            Fingerabdruck*, Gesichtserkennung, Stimmprofil
  Herkunft / Religion:  Konfession, Kirchensteuer, ethnisch*
  Politik / Gewerksch.: Parteimitglied*, Gewerkschaftsmitglied*
  Strafrecht:           Strafbefehl, Vorstrafe*, Führungszeugnis, Ermittlungsverfahren

Ausnahmen wie bisher: Absender newsletter@ und presse@, sowie Mails mit
X-Albrechtshof-Template: public.

Testfälle liegen im Ticket (synthetische Texte, keine Echtdaten). Rollback:
alte Regel-Version 3.7 ist im Repository getaggt.

Gruß
Tobias Rennefeld
IT-Sicherheit / Mail & Collaboration
Albrechtshof Versicherungen
"""
    m = mail(2, 'Tobias Rennefeld <t.rennefeld@versicherer.example>',
             'cab-it@versicherer.example',
             'CHG0048812 – DLP Wörterliste besondere Kategorien (CAB 13.02.)', text)
    return R(m, N, 'de', 'internal',
             'trap: DLP keyword list full of Art. 9/10 words, no person concerned')


def m003():
    text = """Sehr geehrter Herr Kowalczyk,

wir bestätigen den Eingang Ihrer Schadenmeldung zum Einbruch in Ihre Wohnung
in der Lindenstraße 48, 34119 Kassel, in der Nacht vom 08. auf den 09.02.2025.

  Hausratversicherung:   HR-2209-554781
  Schadennummer:         S-2025-031877
  Polizeiliche Anzeige:  PP Nordhessen, Tagebuch-Nr. 0410-025-118374/25

Damit wir den Schaden regulieren können, benötigen wir noch:

1. die Stehlgutliste, die Sie der Polizei übergeben haben (Kopie genügt),
2. Kaufbelege oder Fotos für den Laptop und die Armbanduhr,
3. die Rechnung des Schlüsseldienstes für die provisorische Sicherung der Tür.

Unser Regulierer, Herr Brandhorst, meldet sich bei Ihnen, falls ein
Besichtigungstermin nötig ist. Die Kosten für das neue Türschloss können Sie
uns vorab schicken, die erstatten wir getrennt.

Mit freundlichen Grüßen

Aylin Demirtaş
Schadenservice Sach
Albrechtshof Allgemeine Versicherung AG
Telefon 0561 7709-2230
"""
    m = mail(3, 'Aylin Demirtas <a.demirtas@versicherer.example>',
             'Piotr Kowalczyk <p.kowalczyk@webpost.example>',
             'Ihr Einbruchschaden S-2025-031877', text, date=(2025, 2, 10, 10, 0))
    return R(m, C, 'de', 'insurer-to-customer',
             'household burglary claim, customer is the victim; police file no. is not Art. 10 data about him')


def m004():
    text = """Dear Mr Adeyemi,

Thank you for your email and the invoices from Dr. Caroline Hutchins.

I can confirm that outpatient psychiatric treatment is covered under your
plan (Albrechtshof Global Health, member no. GH-66120-03, module
"Outpatient Premium"). We have processed the following:

  14/01/2025  psychiatric consultation (initial, 60 min)    EUR 210.00
  28/01/2025  follow-up consultation (30 min)               EUR 120.00
  30/01/2025  pharmacy: sertraline 50 mg, 30 tablets        EUR  18.40

Reimbursement of EUR 348.40 will be paid to your account ending 4073 within
five working days.

Regarding your question about the psychotherapy sessions recommended by
Dr. Hutchins: these need pre-authorisation. Please ask the therapist to
complete the enclosed treatment plan form (diagnosis, number of sessions,
method). It can be sent directly to our medical team at
medical.review@versicherer.example if you prefer not to see it yourself.

Kind regards

Rebecca Thornbury
International Health Claims
Albrechtshof Krankenversicherung AG
+49 561 7709-4630


-----Original Message-----
From: Tunde Adeyemi <t.adeyemi@expatmail.example>
Sent: Monday, 3 February 2025 21:14
To: claims.international@versicherer.example
Subject: invoices + question

Hi, attached the bills from my psychiatrist. I was diagnosed with moderate
depression in January, the move to Kassel was harder than I thought. She
wants me to start CBT as well, is that paid? Thanks, Tunde
"""
    m = mail(4, 'Rebecca Thornbury <r.thornbury@versicherer.example>',
             'Tunde Adeyemi <t.adeyemi@expatmail.example>',
             'RE: invoices + question [GH-66120-03]', text)
    return R(m, S, 'en', 'insurer-to-customer',
             'expat health: psychiatric consultations, sertraline, depression in quoted customer mail')


def m005():
    text = """Dear colleagues,

as part of the annual compliance curriculum, all employees with access to
customer data must complete the e-learning module

   "DP-204: Special categories of personal data (Art. 9 and 10 GDPR)"

by 31 March 2025. The module takes about 40 minutes and covers:
- what counts as health, genetic and biometric data
- data revealing racial or ethnic origin, religious beliefs, political
  opinions, trade union membership, sex life or sexual orientation
- criminal convictions and offences (Art. 10 GDPR, § 51 BDSG does not apply to us)
- which legal bases we rely on (consent, § 213 VVG, Art. 9(2)(f))
- the do's and don'ts in claims notes and e-mail

A calendar block for the live Q&A session is attached. Managers receive a
completion report in April.

Best regards
Bastian Lüdecke
Data Protection Officer
Albrechtshof Versicherungen
"""
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Albrechtshof//Kalender//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:dp204-qa-20250312@versicherer.example
DTSTAMP:20250205T090000Z
DTSTART:20250312T130000Z
DTEND:20250312T140000Z
SUMMARY:Q&A DP-204 Special categories of personal data
LOCATION:Teams / Raum Fulda 2.14
DESCRIPTION:Open Q&A with the DPO. Bring questions\\, no case files.
END:VEVENT
END:VCALENDAR
""")
    m = mail(5, 'Bastian Lüdecke <datenschutz@versicherer.example>',
             'all-staff-claims@versicherer.example',
             'Mandatory e-learning DP-204: special categories of personal data',
             text, atts=[('DP-204-QA.ics', ICS, cal)])
    return R(m, N, 'en', 'internal',
             'trap: training invitation listing every Art. 9/10 category, no person')


def m006():
    text = """Sehr geehrter Herr Yılmaz,

wie telefonisch besprochen hat unser Sachverständiger, Herr Dipl.-Ing. Rolf
Gerdemann, einen Termin zur Besichtigung Ihres Fahrzeugs vorgeschlagen:

  Dienstag, 18.02.2025, 10:30 Uhr
  Autohaus Sommerfeld, Leipziger Str. 201, 34123 Kassel
  Fahrzeug: VW Touran, KS-HY 418
  Kfz-Vertrag KF 31-7780412, Schaden S-2025-029944 (Hagelschaden)

Da Ihr Vater Herr Hüseyin Yılmaz als Halter vor Ort sein möchte und lieber
Türkisch spricht, haben wir eine Dolmetscherin (Frau Sevim Aktaş) für den
Termin gebucht. Die Kosten übernehmen wir.

Bitte bringen Sie den Fahrzeugschein mit.

Mit freundlichen Grüßen
Ole Brandhorst
Kfz-Schaden
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(6, 'Ole Brandhorst <o.brandhorst@versicherer.example>',
             'Emre Yilmaz <emre.yilmaz@postfach.example>',
             'Besichtigungstermin Hagelschaden KS-HY 418', text)
    return R(m, C, 'de', 'insurer-to-customer',
             'motor claim with plate and policy; interpreter for preferred language is not ethnic-origin data')


def m007():
    text = """Vielfalt@Albrechtshof – Newsletter Juni 2025

Liebe Kolleginnen und Kollegen,

im Juni ist Pride Month – und wir sind dieses Jahr zum ersten Mal mit einem
eigenen Wagen beim CSD Kassel am 21. Juni dabei. Wer mitlaufen möchte:
Anmeldung bis 6. Juni über das Intranet (Formular "CSD 2025").

Außerdem in dieser Ausgabe:
* Unser Regenbogen-Netzwerk "albrechtshof queer" trifft sich jeden ersten
  Mittwoch im Monat, offen für alle, auch Allies. Kontakt: queer@versicherer.example
* Diversity-Tag am 27. Mai: Rückblick mit Fotos vom Workshop
  "Unconscious Bias in der Schadenregulierung"
* Neu im Intranet: Leitfaden geschlechtergerechte Sprache in Kundenbriefen
  (inkl. Anrede für Personen mit Geschlechtseintrag "divers")
* Umfrage-Ergebnis Vielfaltsbarometer: 78 % fühlen sich "so akzeptiert, wie
  ich bin" (Vorjahr 71 %). Teilnahme 1.412 Beschäftigte, anonym.

Euer Diversity-Team
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#7b2d8b">Vielfalt@Albrechtshof &ndash; Newsletter Juni 2025</h2>
<p>Liebe Kolleginnen und Kollegen,</p>
<p>im Juni ist <b>Pride Month</b> &ndash; und wir sind dieses Jahr zum ersten Mal mit einem
eigenen Wagen beim CSD Kassel am 21.&nbsp;Juni dabei. Wer mitlaufen m&ouml;chte:
Anmeldung bis 6.&nbsp;Juni &uuml;ber das Intranet (Formular &bdquo;CSD 2025&ldquo;).</p>
<h3>Au&szlig;erdem in dieser Ausgabe</h3>
<ul>
<li>Unser Regenbogen-Netzwerk &bdquo;albrechtshof queer&ldquo; trifft sich jeden ersten
Mittwoch im Monat, offen f&uuml;r alle, auch Allies. Kontakt:
<a href="mailto:queer@versicherer.example">queer@versicherer.example</a></li>
<li>Diversity-Tag am 27.&nbsp;Mai: R&uuml;ckblick mit Fotos vom Workshop
&bdquo;Unconscious Bias in der Schadenregulierung&ldquo;</li>
<li>Neu im Intranet: Leitfaden geschlechtergerechte Sprache in Kundenbriefen
(inkl. Anrede f&uuml;r Personen mit Geschlechtseintrag &bdquo;divers&ldquo;)</li>
<li>Umfrage-Ergebnis Vielfaltsbarometer: 78&nbsp;% f&uuml;hlen sich &bdquo;so akzeptiert, wie
ich bin&ldquo; (Vorjahr 71&nbsp;%). Teilnahme 1.412 Besch&auml;ftigte, anonym.</li>
</ul>
<p>Euer Diversity-Team</p>
</body></html>
"""
    m = mail(7, 'Diversity-Team <vielfalt@versicherer.example>',
             'alle-mitarbeitenden@versicherer.example',
             'Vielfalt@Albrechtshof – Pride Month, CSD und Vielfaltsbarometer',
             text, html=html, date=(2025, 5, 28, 10, 0))
    return R(m, N, 'de', 'newsletter',
             'trap: diversity newsletter (CSD, queer network, anonymous survey), no individual')


def m008():
    text = """Hallo Herr Tessendorf,

anbei mein Vermerk zur Akte, bitte bis Freitag gegenzeichnen. Das
Original-Gutachten liegt im DMS unter der Leistungsnummer.

Danke und Gruß
Henrike Vossberg
"""
    d = docx([
        '# Vermerk BU-Leistungsprüfung',
        'Leistungsfall: BU-L-2024-00871 · Vertrag LV 70 331 882-4 (SBU, Rente 1.500 EUR mtl.)',
        'Versicherte Person: Marco Heidbrink, geb. 02.03.1979, Industriemechaniker',
        'Ärztliche Stellungnahme (Gesellschaftsärztin Dr. H. Vossberg):',
        'Das psychiatrische Fachgutachten von Dr. med. Anselm Krautwurst vom 17.01.2025 '
        'beschreibt eine schwere depressive Episode ohne psychotische Symptome (F32.2) '
        'mit Erschöpfungssyndrom im Rahmen einer Anpassungsstörung (F43.2). Stationäre '
        'Behandlung Klinik am Habichtswald 09-11/2024, seither ambulante Psychotherapie '
        'und Medikation (Venlafaxin 150 mg).',
        'Die Leistungsfähigkeit im zuletzt ausgeübten Beruf ist nach Gutachten für '
        'mindestens 6 Monate auf unter 3 Stunden täglich gemindert. Grad der BU: 70 %.',
        'Empfehlung: befristetes Anerkenntnis bis 31.12.2025, Nachprüfung mit '
        'Verlaufsbericht der behandelnden Psychotherapeutin.',
    ])
    m = mail(8, 'Dr. Henrike Vossberg <h.vossberg@versicherer.example>',
             'Mirko Tessendorf <m.tessendorf@versicherer.example>',
             'Vermerk zur Akte', text,
             atts=[('Vermerk_BU-L-2024-00871.docx', DOCX, d)])
    return R(m, S, 'de', 'internal',
             'harmless body; DOCX holds BU assessment F32.2/F43.2 of named insured with birth date')


def m009():
    text = """PRESSEMITTEILUNG

Psychische Erkrankungen bleiben häufigste Ursache für Berufsunfähigkeit

Kassel, 11. Februar 2025 – Bei der Albrechtshof Lebensversicherung AG waren
im Jahr 2024 psychische Erkrankungen erneut der häufigste Grund für neu
anerkannte Berufsunfähigkeitsleistungen. Ihr Anteil stieg auf 37,4 Prozent
(2023: 35,1 Prozent). Es folgen Erkrankungen des Bewegungsapparats (21,0 %),
Krebserkrankungen (15,8 %) und Unfälle (8,2 %).

"Depressionen, Angst- und Belastungsstörungen treffen längst nicht mehr nur
Menschen in bestimmten Berufen", sagt Petra Aschoff, Vorständin für das
Lebensversicherungsgeschäft. "Wir setzen deshalb auf frühe Unterstützung:
Versicherte können seit Herbst ein kostenloses Coaching-Angebot nutzen,
bevor es zur Berufsunfähigkeit kommt."

Das Durchschnittsalter bei Eintritt der Berufsunfähigkeit wegen psychischer
Ursachen lag bei 44 Jahren. Die Auswertung beruht auf 2.318 anerkannten
Leistungsfällen.

Pressekontakt:
Jana Feldkamp, Unternehmenskommunikation
presse@versicherer.example · 0561 7709-1010
"""
    m = mail(9, 'Jana Feldkamp <presse@versicherer.example>',
             'verteiler-wirtschaftspresse@versicherer.example',
             'PM: Psychische Erkrankungen bleiben häufigste BU-Ursache', text, date=(2025, 2, 11, 9, 30))
    return R(m, N, 'de', 'newsletter',
             'trap: press release with aggregate BU cause statistics, no person')


def m010():
    text = """Sehr geehrte Frau Lamprecht,

vielen Dank für die Kopie Ihrer Eheurkunde. Wir haben Ihren Namen in allen
Verträgen geändert:

  bisher:  Kristina Osterloh
  neu:     Kristina Lamprecht, geb. Osterloh
  geboren: 22.07.1993

  Kfz-Versicherung    KF 31-6602287 (KS-KO 77)
  Hausratversicherung HR-2209-610044
  Privathaftpflicht   PH-5510-338901

Die Beiträge werden weiterhin vom bekannten Konto abgebucht. Neue
Versicherungsscheine erhalten Sie in den nächsten Tagen per Post. Möchten Sie
Ihren Mann in der Haftpflicht als Familienmitglied mitversichern? Dann
brauchen wir nur seinen Namen und sein Geburtsdatum.

Herzlichen Glückwunsch zur Hochzeit!

Freundliche Grüße
Frank Pützer
Kundenservice
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(10, 'Frank Pützer <kundenservice@versicherer.example>',
             'kristina.lamprecht@mailbox.example',
             'Namensänderung in Ihren Verträgen', text)
    return R(m, C, 'de', 'insurer-to-customer',
             'name change after marriage, maiden name, birth date, motor/household/liability contracts')


def m011():
    text = """Sehr geehrter Herr Kollege Bruckhaus,

in der Kfz-Haftpflichtsache

  unser Versicherungsnehmer: Dennis Wohlfahrt, Kfz-Vertrag KF 31-5518830
  Schaden-Nr.:              S-2024-118204 (Unfall vom 16.11.2024, B 83 Höhe Melsungen)

nehmen wir Bezug auf Ihr Schreiben vom 29.01.2025.

Wir haben den Geschädigten gegenüber reguliert (Fahrzeugschaden 14.860,00 EUR,
Schmerzensgeld der Beifahrerin 3.500,00 EUR). Nach der uns vorliegenden
Ermittlungsakte der Staatsanwaltschaft Kassel (Az. 3650 Js 41822/24) betrug
die Blutalkoholkonzentration Ihres Mandanten zum Unfallzeitpunkt 1,64 Promille.
Gegen ihn ist am 14.01.2025 ein Strafbefehl wegen fahrlässiger
Gefährdung des Straßenverkehrs (§ 315c Abs. 1 Nr. 1a, Abs. 3 StGB) ergangen,
der nach unserer Kenntnis rechtskräftig ist.

Damit liegt eine Obliegenheitsverletzung nach D.1.2 AKB vor. Wir nehmen
Ihren Mandanten gem. § 28 VVG i.V.m. D.3.3 AKB in Höhe von 5.000,00 EUR in
Regress und bitten um Ausgleich bis zum 14.03.2025 auf unser Konto bei der
Hessischen Landesbank.

Einer Ratenzahlung stehen wir grundsätzlich offen gegenüber.

Mit freundlichen kollegialen Grüßen

Katrin Oberschelp
Syndikusrechtsanwältin · Regress Kfz
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(11, 'Katrin Oberschelp <k.oberschelp@versicherer.example>',
             'RA Jens Bruckhaus <kanzlei@bruckhaus-recht.example>',
             'Ihr Mandant Wohlfahrt – Regress S-2024-118204', text)
    return R(m, S, 'de', 'insurer-to-lawyer',
             'criminal penalty order (§ 315c StGB) and blood alcohol of named insured (Art. 10 + health)')


def m012():
    text = """Liebe Kolleginnen und Kollegen im Antragsservice Leben,

kurze Erinnerung und Klarstellung, weil es in den letzten Wochen mehrfach
Rückfragen aus dem Vertrieb gab:

1. Wir verlangen bei Abschluss und Änderung KEINE genetischen Untersuchungen
   und fragen nicht nach Ergebnissen (§ 18 Abs. 1 GenDG).
2. Ausnahme nach § 18 Abs. 1 Satz 2 GenDG: Leistung über 300.000 EUR oder
   Jahresrente über 30.000 EUR. Auch dann verwenden wir Ergebnisse nur, wenn
   der Antragsteller sie von sich aus vorlegt bzw. auf Frage mitteilt. In der
   Praxis kommt das bei uns fast nie vor.
3. Vorerkrankungen und Erkrankungen, die bereits bestehen, sind weiterhin
   anzugeben, auch wenn sie genetisch bedingt sind (§ 18 Abs. 2 GenDG).
   Familienanamnese fragen wir in den Standard-Gesundheitsfragen nicht ab.
4. Wenn ein Vermittler trotzdem einen Befund mitschickt: nicht im DMS
   ablegen, Vorgang an Underwriting-Leitung, Löschung dokumentieren.

Das Kapitel 4.7 im Underwriting-Handbuch ist entsprechend aktualisiert
(Version 2025-02). Die Textbausteine TB-GEN-01 bis -03 für Antworten an
Vermittler liegen in der Bausteinbibliothek.

Viele Grüße
Natalia Berghoff
Leitung Underwriting Leben
"""
    m = mail(12, 'Natalia Berghoff <n.berghoff@versicherer.example>',
             'antragsservice-leben@versicherer.example',
             'Gendiagnostikgesetz – Umgang mit Gentests im Antrag (Handbuch 4.7)', text)
    return R(m, N, 'de', 'internal',
             'trap: underwriting rules on genetic tests under GenDG, no applicant')


def m013():
    text = """Hi Mark,

thanks for sending over the application for your client Ms Harriet Colquhoun
(term life, sum assured EUR 450,000, joint mortgage cover, application no.
AN-LV-2025-004412).

In the cover letter you mention that Ms Colquhoun tested positive for a
BRCA2 pathogenic variant in 2023 and had a risk-reducing bilateral
mastectomy in 2024, and you enclosed the lab report from the genetics clinic.

Two points:

1. Because the sum assured exceeds EUR 300,000, German law (Sec. 18 GenDG)
   would allow us to take a test result into account that the applicant
   chooses to disclose. We will not ask for any further genetic information.
2. The mastectomy itself and the follow-up are ordinary medical history and
   have to be answered in the health questions anyway. Please ask her to
   complete questions 4 and 7 of the form and to release her gynaecologist
   from confidentiality (form SE-12).

Realistically, after preventive surgery we would expect standard terms or a
small loading; I will let you know once the medical underwriter has looked at
it. We have not stored the lab report in the file yet.

Best,
Natalia Berghoff
Head of Life Underwriting
Albrechtshof Lebensversicherung AG
"""
    m = mail(13, 'Natalia Berghoff <n.berghoff@versicherer.example>',
             'Mark Ellery <m.ellery@ellery-partners.example>',
             'Application AN-LV-2025-004412 Colquhoun – genetic test report', text)
    return R(m, S, 'en', 'insurer-to-broker',
             'life application: named applicant BRCA2 genetic result and mastectomy')


def m014():
    text = """Dear Mr Haverford,

thank you for your message. A fine for speeding (Bußgeldbescheid from the
Landkreis Kassel, 27 km/h over the limit, EUR 180 and one point in the
driving register in Flensburg) has no effect on your motor insurance premium
with us. We do not query the driving register, and your no-claims class
(SF 12) only changes when we pay a claim.

Your policy KF 31-9014476 (Tesla Model 3, KS-JH 2204) stays unchanged.

If you have further questions, just reply to this email.

Kind regards

Frank Pützer
Customer Service
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(14, 'Frank Pützer <kundenservice@versicherer.example>',
             'James Haverford <j.haverford@inbox.example>',
             'RE: speeding ticket - will my premium go up?', text)
    return R(m, C, 'en', 'insurer-to-customer',
             'motor policy of named customer; speeding fine is an administrative offence, not criminal')


def m015():
    text = """Liebe Kolleginnen und Kollegen,

der Speiseplan für KW 10 hängt im Intranet. Neu ab dieser Woche:

- an jedem Tag ein vegetarisches und ein veganes Gericht
- Gerichte ohne Schweinefleisch sind weiterhin mit "oS" gekennzeichnet,
  Halal-zertifiziertes Geflügel gibt es Dienstag und Donnerstag
- Allergenkennzeichnung nach LMIV steht unter jedem Gericht

Ramadan beginnt in diesem Jahr am 1. März. Wie im Vorjahr laden das
Diversity-Team und die Kantine am Donnerstag, 20. März, ab 18:15 Uhr zum
gemeinsamen Iftar (Fastenbrechen) in das Casino im Erdgeschoss ein. Alle
sind willkommen, ob fastend oder nicht. Bitte meldet euch bis 14. März an,
damit wir planen können.

Guten Appetit
Euer Betriebsrestaurant-Team
"""
    m = mail(15, 'Betriebsrestaurant <kantine@versicherer.example>',
             'alle-mitarbeitenden@versicherer.example',
             'Speiseplan KW 10 + Einladung zum Iftar am 20.03.', text,
             charset='iso-8859-1', date=(2025, 2, 27, 14, 0))
    return R(m, N, 'de', 'internal',
             'trap: canteen menu halal/oS and Iftar invitation, no person concerned')


def m016():
    fwd = """Hallo Jonas,

kam heute über das Kontaktformular rein, gehört zu euch (KT). Kunde hat
ausdrücklich gebeten, dass es vertraulich behandelt wird. Ich habe ihm
geantwortet, dass sich die Leistungsabteilung meldet.

Gruß Frank

---------- Weitergeleitete Nachricht ----------
Von: Kontaktformular <noreply@versicherer.example>
Datum: 10.02.2025 07:52
Betreff: Kontaktformular – Krankentagegeld

Name: Sven Hamacher
Vertragsnummer: KV-4471.330.902
E-Mail: s.hamacher@webpost.example
Telefon: 0176 55 204 881

Nachricht:
Guten Tag, ich bin seit 27.01. krankgeschrieben und ab Montag für 3 Wochen
zum qualifizierten Alkoholentzug in der Fachklinik Hoher Meißner, danach
geht es voraussichtlich direkt in die Entwöhnung (Reha, 12 Wochen). Mein
Hausarzt sagt, das Krankentagegeld läuft weiter, stimmt das? Die AU-
Bescheinigungen schicke ich per Post. Bitte nichts an meinen Arbeitgeber,
der weiß nur "Reha". Danke, S. Hamacher
"""
    m = mail(16, 'Frank Pützer <kundenservice@versicherer.example>',
             'Jonas Wiebking <j.wiebking@versicherer.example>',
             'WG: Kontaktformular – Krankentagegeld', fwd)
    return R(m, S, 'de', 'customer',
             'forwarded customer message: alcohol withdrawal and addiction rehab, daily sickness allowance')


def m017():
    text = """Hi all,

from 3 March we start the rollout of Windows Hello for Business in the
Kassel and Hamburg offices (wave 1: IT, Actuarial, Marketing).

What changes:
* You can sign in with facial recognition (IR camera) or fingerprint
  instead of typing your password. A PIN remains available as fallback.
* The biometric template is created and stored only on your device, in
  the TPM chip. It is never sent to the directory or to any server, and IT
  cannot read it. The works council agreement BV-IT-27 covers the rollout.
* Using biometrics is voluntary. If you do not want it, choose "PIN only"
  in the setup dialog - no justification needed.

Devices without an IR camera get an external camera on request (ServiceNow
catalogue item "Hello camera").

FAQ and a 3-minute video are on the intranet page "Sign-in without password".

Cheers
Workplace Services
"""
    html = """<html><body style="font-family:Segoe UI,Arial;font-size:11pt">
<p>Hi all,</p>
<p>from <b>3 March</b> we start the rollout of <b>Windows Hello for Business</b> in the
Kassel and Hamburg offices (wave 1: IT, Actuarial, Marketing).</p>
<p><b>What changes:</b></p>
<ul>
<li>You can sign in with facial recognition (IR camera) or fingerprint
instead of typing your password. A PIN remains available as fallback.</li>
<li>The biometric template is created and stored <i>only on your device</i>, in
the TPM chip. It is never sent to the directory or to any server, and IT
cannot read it. The works council agreement BV-IT-27 covers the rollout.</li>
<li>Using biometrics is voluntary. If you do not want it, choose &quot;PIN only&quot;
in the setup dialog &ndash; no justification needed.</li>
</ul>
<p>Devices without an IR camera get an external camera on request (ServiceNow
catalogue item &quot;Hello camera&quot;).</p>
<p>FAQ and a 3-minute video are on the intranet page &quot;Sign-in without password&quot;.</p>
<p>Cheers<br>Workplace Services</p>
</body></html>
"""
    m = mail(17, 'Workplace Services <workplace@versicherer.example>',
             'wave1-hello@versicherer.example',
             'Windows Hello for Business - rollout wave 1 from 3 March', text, html=html)
    return R(m, N, 'en', 'internal',
             'trap: biometric sign-in rollout announcement, no person\'s data')


def m018():
    text = """Guten Tag Robin Engelke,

vielen Dank für Ihren Hinweis. Sie haben recht, unsere Schreiben beginnen
bisher automatisch mit "Sehr geehrte Frau" oder "Sehr geehrter Herr".

Wir haben in Ihren Verträgen

  Hausratversicherung   HR-2209-587120
  Privathaftpflicht     PH-5510-402277

die Anrede auf "Guten Tag" mit vollem Namen umgestellt, wie Sie es
wünschen. Die Änderung gilt ab dem nächsten Schreiben; der
Versicherungsschein vom Januar wird nicht neu ausgestellt, außer Sie
möchten das.

Mit freundlichen Grüßen

Frank Pützer
Kundenservice
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(18, 'Frank Pützer <kundenservice@versicherer.example>',
             'Robin Engelke <r.engelke@mailbox.example>',
             'Anrede in Ihren Schreiben', text)
    return R(m, C, 'de', 'insurer-to-customer',
             'salutation preference without any statement on gender identity; household/liability contracts')


def m019():
    text = """Guten Tag Frau Brinkhoff,

vielen Dank für Ihre Nachricht und die Kopie der Bestätigung des
Standesamts Kassel über die Änderung von Geschlechtseintrag und Vornamen
nach dem Selbstbestimmungsgesetz vom 12.12.2024.

Wir haben Ihre Daten in allen Verträgen angepasst:

  bisheriger Vorname:     Tobias
  neuer Vorname:          Theresa
  Geschlechtseintrag:     weiblich (bisher männlich)
  Anrede:                 Frau

  Kfz-Versicherung        KF 31-4470913 (KS-TB 902)
  Hausratversicherung     HR-2209-501176
  Rechtsschutz            RS 55 109 338

Die neuen Versicherungsscheine und eine neue eVB-unabhängige
Versicherungsbestätigung für die Zulassungsstelle schicken wir Ihnen diese
Woche zu. Die alte Namensangabe bleibt, wie gesetzlich vorgesehen, nur in
der geschützten Historie; Mitarbeitende sehen sie im Vertragssystem nicht
mehr. Auf das Offenbarungsverbot nach § 13 SBGG haben wir unsere
Sachbearbeitung hingewiesen.

Mit freundlichen Grüßen

Ute Schmalenbach
Kundenservice – Sonderfälle
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(19, 'Ute Schmalenbach <u.schmalenbach@versicherer.example>',
             'Theresa Brinkhoff <t.brinkhoff@postfach.example>',
             'Änderung Vorname und Geschlechtseintrag – Ihre Verträge', text)
    return R(m, S, 'de', 'insurer-to-customer',
             'gender transition: old and new first name and gender entry of named customer (SBGG)')


def m020():
    text = """Sehr geehrte Damen und Herren,

bezugnehmend auf Ihr Angebot Nr. 2025-0117 vom 24.01.2025 bestellen wir:

  Pos. 1  12 Stk.  Fingerprint-Leser SecuGate FP-40 (Wandmontage, IP65)  à 389,00 EUR
  Pos. 2   2 Stk.  Enrolment-Station FP-E2 (USB)                        à 245,00 EUR
  Pos. 3   1 psch. Installation und Inbetriebnahme RZ Kassel, Rack-Räume
                   R-01 bis R-04, inkl. Anbindung Zutrittskontrolle     4.200,00 EUR
  Pos. 4   1 Stk.  Wartungsvertrag 36 Monate                            1.980,00 EUR/Jahr

Wichtig (Ziff. 5.3 unserer Ausschreibung): die Leser arbeiten im Modus
"Template on Card"; es werden keine Fingerabdruck-Templates im System oder
auf dem Server gespeichert. Bitte bestätigen Sie das noch einmal
schriftlich, die Bestätigung geht an unseren Datenschutzbeauftragten.

Lieferadresse: Albrechtshof Versicherungen, Rechenzentrum, Am Weinberg 14,
34117 Kassel, Warenannahme Tor 3.
Rechnung bitte mit Bestell-Nr. BEST-4500087731 an rechnungseingang@versicherer.example.

Mit freundlichen Grüßen
i.A. Tobias Rennefeld
IT-Sicherheit
"""
    m = mail(20, 'Tobias Rennefeld <t.rennefeld@versicherer.example>',
             'vertrieb@secugate-systems.example',
             'Bestellung BEST-4500087731 – Fingerprint-Zutrittskontrolle RZ', text)
    return R(m, N, 'de', 'insurer-to-supplier',
             'trap: purchase order for fingerprint readers, no biometric data of anyone')


def m021():
    text = """Dear Ms Okafor,

thank you for registering for VoiceID on our customer hotline.

Your voiceprint was enrolled successfully on 12 February 2025 at 14:06
from the number ending in 8821. From your next call, you can confirm your
identity by saying the passphrase "At Albrechtshof my voice is my password"
instead of answering security questions.

  Customer number:   K-88 20 4471
  Linked policies:   HR-2209-611930 (contents), PH-5510-417002 (liability)
  Voiceprint ID:     VP-7f31c0a2 (template stored by our processor
                     SpeechSure GmbH, Frankfurt data centre)
  Match threshold:   0.82 (standard)

You can withdraw your consent at any time; we will then delete the
voiceprint within 30 days. Just reply to this email or say "delete my
voiceprint" to the agent.

Kind regards
Customer Service Team
Albrechtshof Versicherungen
"""
    m = mail(21, 'Albrechtshof Kundenservice <service@versicherer.example>',
             'Grace Okafor <grace.okafor@inbox.example>',
             'Your VoiceID registration', text)
    return R(m, S, 'en', 'insurer-to-customer',
             'biometric voiceprint enrolled for identification of a named customer (Art. 9)')


def m022():
    text = """Hallo Aylin,

bitte einmal für die Bestandsübertragung anlegen, Courtagezusage liegt vor
(Vertriebsvereinbarung Nr. VV-3318). Maklervollmachten hat Herr Sauerland
im Portal hochgeladen.

Danke!
Lars

-------- Ursprüngliche Nachricht --------
Von: Jörg Sauerland <info@sauerland-versicherungsmakler.example>
Gesendet: Dienstag, 11. Februar 2025 16:40
An: maklerbetreuung@versicherer.example
Betreff: Bestandsübertragung Kunden Fa. Sauerland / Übernahme Bestand Kleine

Sehr geehrter Herr Quernheim,

wie besprochen übernehme ich zum 01.03. den Bestand meines Kollegen Klaus
Kleine (Ruhestand). Anbei die Liste der Kunden mit Verträgen bei Ihrem Haus,
Vollmachten im Portal. Bitte um kurze Bestätigung der Umschlüsselung.

Mit freundlichen Grüßen
Jörg Sauerland
Versicherungsmakler, Reg.-Nr. D-8K3F-ZR2QW-14
Sauerland Versicherungsmakler e.K., Marktplatz 3, 34497 Korbach
"""
    rows = [['Name', 'Vorname', 'Geburtsdatum', 'PLZ', 'Ort', 'Sparte', 'Vertragsnummer'],
            ['Hesse', 'Walter', '03.05.1958', '34497', 'Korbach', 'Kfz', 'KF 31-2208174'],
            ['Hesse', 'Walter', '03.05.1958', '34497', 'Korbach', 'Wohngebäude', 'WG-7781-200413'],
            ['Frölich', 'Annegret', '19.11.1964', '34454', 'Bad Arolsen', 'Hausrat', 'HR-2209-300882'],
            ['Schäfer', 'Dominik', '07.08.1987', '34508', 'Willingen', 'Kfz', 'KF 31-6610245'],
            ['Schäfer', 'Dominik', '07.08.1987', '34508', 'Willingen', 'Privathaftpflicht', 'PH-5510-120887'],
            ['Mogk', 'Ilse', '30.01.1949', '34497', 'Korbach', 'Hausrat', 'HR-2209-118340'],
            ['Tewes', 'Jannik', '12.12.1996', '34519', 'Diemelsee', 'Kfz', 'KF 31-7720931']]
    m = mail(22, 'Lars Quernheim <l.quernheim@versicherer.example>',
             'Aylin Demirtas <a.demirtas@versicherer.example>',
             'WG: Bestandsübertragung Kunden Fa. Sauerland / Übernahme Bestand Kleine', text,
             atts=[('Bestand_Kleine_Albrechtshof.csv', XLSCSV, csvb(rows, 'cp1252'))])
    return R(m, C, 'de', 'broker',
             'broker portfolio transfer list: names, birth dates, motor/household contracts (CSV, cp1252)')


def m023():
    text = """Liebe Kolleginnen und Kollegen,

ab Montag, 17. Februar, steht im Gebäude B, 3. OG, Raum B 3.08 ein "Raum
der Stille" zur Verfügung. Er ist für alle gedacht, die einen ruhigen Ort
für Gebet, Meditation oder einfach ein paar Minuten Pause suchen –
unabhängig von Religion oder Weltanschauung.

Ein paar Spielregeln:
- keine Buchung nötig, bitte maximal 20 Minuten
- Schuhe bitte im Vorraum ausziehen (Regal vorhanden)
- Gebetsteppiche, Meditationskissen und eine Qibla-Markierung sind
  vorhanden; bitte nach Gebrauch zurücklegen
- Handys lautlos

Die Idee kam aus der Mitarbeiterbefragung 2024. Danke an den Betriebsrat
und die Facility-Kolleg:innen für die schnelle Umsetzung.

Viele Grüße
Miriam Hasselbach
Personal & Organisation
"""
    m = mail(23, 'Miriam Hasselbach <m.hasselbach@versicherer.example>',
             'alle-mitarbeitenden@versicherer.example',
             'Neu: Raum der Stille in Gebäude B', text, date=(2025, 2, 14, 10, 0))
    return R(m, N, 'de', 'internal',
             'trap: quiet/prayer room announcement, religion mentioned with no person')


def m024():
    text = """Hallo Herr Quernheim,

unten die Nachricht der Lohnbuchhaltung von Fa. Gebr. Riemenschneider.
Die Liste ist für die Neuanmeldungen Entgeltumwandlung zum 01.04. (Direkt-
versicherung, Gruppenvertrag GV-bAV-0447). Ich habe die Leute im System
angelegt. Die Spalte "Konf." hätten die uns nicht schicken müssen – bitte
beim nächsten Gespräch mit der Personalabteilung ansprechen; ich habe die
Datei danach aus dem Postfach gelöscht.

Gruß
Natalia Berghoff

---

Von: Lohnbuchhaltung Riemenschneider <lohn@riemenschneider-metall.example>
Betreff: Neuanmeldungen bAV 04/2025

Sehr geehrte Damen und Herren,
anbei die Neuanmeldungen (Export aus unserem Lohnprogramm).
Mit freundlichen Grüßen
Gabi Freitag, Lohnbuchhaltung
"""
    rows = [['PersNr', 'Name', 'Vorname', 'Geb.-Datum', 'Eintritt', 'Steuerklasse', 'Konf.',
             'Brutto mtl.', 'Umwandlung mtl.', 'AG-Zuschuss 15%'],
            ['10442', 'Pavlović', 'Dragan', '1984-06-11', '2019-08-01', 'III', 'rk', 3840.00, 150.00, 22.50],
            ['10517', 'Iwanowa', 'Swetlana', '1990-02-27', '2021-03-15', 'I', '--', 2960.00, 100.00, 15.00],
            ['10603', 'Stöcker', 'Benedikt', '1997-10-03', '2022-09-01', 'I', 'ev', 3210.00, 248.00, 37.20],
            ['10655', 'Grünewald', 'Meike', '1981-12-19', '2023-01-01', 'V', 'ev', 2450.00, 80.00, 12.00],
            ['10690', 'Uysal', 'Cem', '1993-04-08', '2023-06-01', 'IV', '--', 3575.00, 150.00, 22.50]]
    m = mail(24, 'Natalia Berghoff <n.berghoff@versicherer.example>',
             'Lars Quernheim <l.quernheim@versicherer.example>',
             'WG: Neuanmeldungen bAV 04/2025 – Riemenschneider', text,
             atts=[('bAV_Neuanmeldungen_04-2025.xlsx', XLSX, xlsx(rows, 'Export'))])
    return R(m, S, 'de', 'company',
             'bAV direct insurance list (life) with salaries and church-tax denomination (religion) in XLSX')


def m025():
    text = """Dear Anneliese, dear Tom,

please find attached the agreed claims statistics for the disability
income quota share treaty (QS-DI-2019), underwriting years 2019-2024,
split by primary cause (ICD-10 chapter) and by incidence year.

A few remarks:
- Chapter V (mental and behavioural disorders) is again the largest group
  with 412 of 1,096 new claims (37.6 %). Average age at onset 44.
- Cells with fewer than 5 claims are merged into "other" as per
  clause 9.4 of the treaty.
- Reserve figures are as at 31/12/2024 and not yet audited.

We are happy to walk you through the figures in the treaty meeting on
18 March.

Best regards
Mirko Tessendorf
Disability Claims Management
Albrechtshof Lebensversicherung AG
"""
    rows = [['ICD-10 chapter', 'Description', '2019', '2020', '2021', '2022', '2023', '2024', 'Total', 'Share'],
            ['V', 'Mental and behavioural disorders', 52, 61, 66, 71, 78, 84, 412, '37.6%'],
            ['XIII', 'Musculoskeletal system', 38, 36, 40, 37, 39, 41, 231, '21.1%'],
            ['II', 'Neoplasms', 26, 28, 27, 30, 29, 31, 171, '15.6%'],
            ['XIX', 'Injury (accidents)', 15, 14, 16, 15, 17, 14, 91, '8.3%'],
            ['IX', 'Circulatory system', 12, 11, 13, 12, 14, 12, 74, '6.8%'],
            ['VI', 'Nervous system', 9, 10, 8, 11, 10, 12, 60, '5.5%'],
            ['other', 'merged (<5 per cell)', 8, 9, 10, 9, 10, 11, 57, '5.2%'],
            ['', 'Total', 160, 169, 180, 185, 197, 205, 1096, '100%']]
    m = mail(25, 'Mirko Tessendorf <m.tessendorf@versicherer.example>',
             'Anneliese Vorholt <a.vorholt@nordre.example>, Tom Brennan <t.brennan@nordre.example>',
             'QS-DI-2019 - claims statistics by cause 2019-2024', text,
             atts=[('QS-DI-2019_claims_by_cause_2024.xlsx', XLSX, xlsx(rows, 'by cause'))])
    return R(m, N, 'en', 'insurer-to-partner',
             'trap: aggregate disability claims by ICD chapter for reinsurer, small cells merged')


def m026():
    text = """Sehr geehrter Herr Lindqvist,

danke für Ihren Anruf und Ihre Mail. Sie müssen die Frage im
Schadenformular, ob Sie Mitglied einer Gewerkschaft sind, nicht
beantworten. Wir stellen sie nur, weil nach unseren Bedingungen (ARB 2021,
Ziffer 3.2.19) ein Rechtsschutz der Gewerkschaft vorgehen würde. Wenn Sie
dazu nichts angeben, prüfen wir Ihren Fall ganz normal.

Für Ihre Kündigungsschutzklage gegen die Hafenlogistik Nordhessen GmbH
(Kündigung vom 31.01.2025, Zugang 03.02.2025) erteilen wir hiermit
Deckungszusage für die erste Instanz vor dem Arbeitsgericht Kassel.

  Rechtsschutzvertrag:  RS 55 207 416
  Leistungsfall:        RS-L-2025-00942
  Selbstbeteiligung:    150 EUR

Ihr Anwalt, Herr RA Tim Osthoff, kann direkt mit uns abrechnen. Bitte
denken Sie an die Klagefrist von drei Wochen (§ 4 KSchG).

Mit freundlichen Grüßen

Katrin Oberschelp
Rechtsschutz-Leistung
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(26, 'Katrin Oberschelp <k.oberschelp@versicherer.example>',
             'Erik Lindqvist <e.lindqvist@webpost.example>',
             'Ihr Rechtsschutzfall RS-L-2025-00942 – Deckungszusage', text)
    return R(m, C, 'de', 'insurer-to-customer',
             'legal expenses cover for dismissal; customer declined the union question, no membership revealed')


def m027():
    text = """Hallo Katrin,

kannst du dir das bitte ansehen? Kunde hat heute angerufen und die Mail
hinterhergeschickt. Ich bin mir bei der Subsidiarität unsicher, die IG
Metall hat ja angeblich schon abgelehnt.

Danke, Frank

> Von: Mustafa Erdem <m.erdem@postfach.example>
> Gesendet: Mittwoch, 12. Februar 2025 19:03
> An: kundenservice@versicherer.example
> Betreff: Rechtsschutz RS 55 130 775 - Abmahnung
>
> Sehr geehrte Damen und Herren,
>
> wie am Telefon gesagt habe ich von meinem Arbeitgeber (Kasseler
> Waggonbau AG) eine Abmahnung bekommen wegen angeblicher Arbeitsverweigerung.
> Ich bin seit 2011 Mitglied der IG Metall und war auch bei der
> Rechtsberatung in der Geschäftsstelle, die sagen aber, dass sie
> Abmahnungen nur bei Vertrauensleuten übernehmen und ich soll mich an meine
> Rechtsschutzversicherung wenden. Ich will die Abmahnung aus der
> Personalakte haben. Können Sie das übernehmen? Ablehnung der IG Metall
> schicke ich nach sobald ich sie schriftlich habe.
>
> Mit freundlichen Grüßen
> Mustafa Erdem
> Heinrich-Schütz-Allee 118, 34134 Kassel
"""
    m = mail(27, 'Frank Pützer <kundenservice@versicherer.example>',
             'Katrin Oberschelp <k.oberschelp@versicherer.example>',
             'WG: Rechtsschutz RS 55 130 775 - Abmahnung', text)
    return R(m, S, 'de', 'customer',
             'quoted customer mail states IG Metall membership since 2011 (trade union, Art. 9)')


def m028():
    text = """WAHLAUSSCHREIBEN zur Betriebsratswahl 2026 – Vorinformation

Liebe Kolleginnen und Kollegen,

im Frühjahr 2026 finden die regelmäßigen Betriebsratswahlen statt. Der
Wahlvorstand für den Betrieb Kassel hat sich konstituiert und plant
folgenden Zeitrahmen:

  bis 15.01.2026   Erlass des Wahlausschreibens, Aushang Wählerliste
  bis 29.01.2026   Einreichung von Wahlvorschlägen (Listen) beim Wahlvorstand
  12.03.2026       Wahltag, 7:30–15:00 Uhr, Casino Gebäude A
  bis 05.03.2026   Anträge auf Briefwahl

Zu wählen sind 19 Betriebsratsmitglieder. Wahlvorschläge können von
Beschäftigten und von im Betrieb vertretenen Gewerkschaften eingereicht
werden. Das Geschlecht in der Minderheit muss mindestens entsprechend
seinem Anteil vertreten sein (§ 15 Abs. 2 BetrVG).

Fragen an: wahlvorstand@versicherer.example

Der Wahlvorstand
"""
    m = mail(28, 'Wahlvorstand Betrieb Kassel <wahlvorstand@versicherer.example>',
             'alle-mitarbeitenden@versicherer.example',
             'Vorinformation Betriebsratswahl 2026 – Termine', text)
    return R(m, N, 'de', 'internal',
             'trap: works council election timetable mentioning unions, no member named')


def m029():
    text = """Dear Dr Fairweather,

following our call this morning, here is a summary of where we stand on
your cyber claim.

  Policy:        CY-3302-001186 (Cyber Protect for Professionals)
  Claim no.:     S-2025-040127
  Incident:      ransomware on the practice server, detected 10/02/2025
  Insured:       Dr Eleanor Fairweather, psychotherapy practice (sole
                 practitioner), Friedrich-Ebert-Str. 77, 34119 Kassel

Our incident response partner (Cyberwacht GmbH) confirmed this afternoon
that the backup from 09/02 is intact and the practice software can be
restored by Thursday. Their forensic analysis so far shows no sign that
files were copied out before encryption, but the logs are incomplete.

Because your patient records are subject to professional secrecy, we
recommend that you notify the Hessian data protection authority within the
72 hours as a precaution (the deadline runs until Thursday 11:00). Our
panel lawyer, Ms Kühnemund, will call you today to help with the wording.
Her fees are covered under section B.3 of your policy.

Please do not pay the ransom demand. Keep the ransom note and the
attackers' email for the police report.

Kind regards
Holger Averdung
Cyber Claims
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(29, 'Holger Averdung <h.averdung@versicherer.example>',
             'Dr Eleanor Fairweather <praxis@fairweather-therapie.example>',
             'Your cyber claim S-2025-040127 - status and next steps', text, date=(2025, 2, 11, 16, 40))
    return R(m, C, 'en', 'insurer-to-customer',
             'cyber claim of sole-trader psychotherapist; patient records mentioned but no patient data')


def m030():
    text = """Guten Tag Herr Sandmeier,

Ihre Rechnungen vom 03.02.2025 haben wir erstattet:

  Versicherte Person: Niklas Sandmeier
  Vertrag:            KV-4471.512.008, Tarif AMB-Plus 80

  Praxis Dr. med. Farid Haddad (Infektiologie/HIV-Schwerpunkt)
    Quartalsuntersuchung PrEP, Laborkontrolle Kreatinin, HIV-Ag/Ak,
    Lues-, Chlamydien- und Gonokokken-Screening           186,42 EUR
  Apotheke am Königsplatz
    Emtricitabin/Tenofovirdisoproxil 200/245 mg, 90 St.     58,74 EUR

  Erstattung (80 %)                                       195,33 EUR

Die HIV-Präexpositionsprophylaxe ist in Ihrem Tarif als medizinisch
notwendige Vorsorgeleistung mitversichert. Einen Leistungsnachweis für die
Steuer finden Sie im Kundenportal.

Mit freundlichen Grüßen
Jonas Wiebking
Leistungsabteilung Krankenversicherung
Albrechtshof Krankenversicherung AG
"""
    m = mail(30, 'Jonas Wiebking <j.wiebking@versicherer.example>',
             'Niklas Sandmeier <n.sandmeier@mailbox.example>',
             'Erstattung Ihrer Rechnungen vom 03.02.2025', text, cte='quoted-printable')
    return R(m, S, 'de', 'insurer-to-customer',
             'PKV reimbursement for HIV PrEP and STI screening (sexual health) of named insured')


def m031():
    text = """Vertriebsinfo Rechtsschutz 02/2025

Strafrechtsschutz: Was Ihre Kunden wissen sollten

Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

immer wieder erreichen uns Fragen, wann der Strafrechtsschutz greift. Die
wichtigsten Punkte für Ihre Beratung:

* Vergehen: Versicherungsschutz, solange die Tat fahrlässig begangen wurde
  oder ein Vorsatzvorwurf sich nicht bestätigt (Rückforderung bei
  rechtskräftiger Verurteilung wegen Vorsatz).
* Verbrechen (Mindeststrafe ein Jahr): kein Versicherungsschutz, auch
  nicht bei Freispruch (Ausnahme: Baustein "Spezial-Straf-RS" für
  Firmenkunden).
* Verkehrsstrafsachen (z. B. fahrlässige Körperverletzung, Unfallflucht)
  sind im Verkehrs-Rechtsschutz enthalten; Trunkenheitsfahrten nur bis zur
  Verurteilung.
* Ordnungswidrigkeiten: Bußgeldverfahren sind versichert, Halt- und
  Parkverstöße nicht.

Neu ab 1. April: der Baustein "Straf-RS Plus" mit freier Anwaltswahl und
Honorarvereinbarungen bis zum dreifachen RVG-Satz. Prämie ab 2,90 EUR
monatlich. Die Produktunterlagen finden Sie im Maklerportal.

Ihr Team Maklerbetreuung Rechtsschutz
"""
    html = """<html><body style="font-family:Arial;font-size:10pt;color:#222">
<p style="color:#00506e;font-size:14pt"><b>Vertriebsinfo Rechtsschutz 02/2025</b></p>
<h3>Strafrechtsschutz: Was Ihre Kunden wissen sollten</h3>
<p>Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,</p>
<p>immer wieder erreichen uns Fragen, wann der Strafrechtsschutz greift. Die wichtigsten Punkte f&uuml;r Ihre Beratung:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Vorwurf</th><th>Versicherungsschutz</th></tr>
<tr><td>Vergehen</td><td>ja, solange fahrl&auml;ssig oder Vorsatzvorwurf nicht best&auml;tigt (R&uuml;ckforderung bei rechtskr&auml;ftiger Verurteilung wegen Vorsatz)</td></tr>
<tr><td>Verbrechen (Mindeststrafe ein Jahr)</td><td>nein, auch nicht bei Freispruch (Ausnahme: Baustein &bdquo;Spezial-Straf-RS&ldquo; f&uuml;r Firmenkunden)</td></tr>
<tr><td>Verkehrsstrafsachen</td><td>im Verkehrs-Rechtsschutz enthalten; Trunkenheitsfahrten nur bis zur Verurteilung</td></tr>
<tr><td>Ordnungswidrigkeiten</td><td>Bu&szlig;geldverfahren versichert, Halt- und Parkverst&ouml;&szlig;e nicht</td></tr>
</table>
<p>Neu ab 1.&nbsp;April: der Baustein <b>&bdquo;Straf-RS Plus&ldquo;</b> mit freier Anwaltswahl und
Honorarvereinbarungen bis zum dreifachen RVG-Satz. Pr&auml;mie ab 2,90&nbsp;EUR monatlich.
Die Produktunterlagen finden Sie im <a href="https://makler.albrechtshof.example/rs">Maklerportal</a>.</p>
<p>Ihr Team Maklerbetreuung Rechtsschutz</p>
</body></html>
"""
    m = mail(31, 'Maklerbetreuung Rechtsschutz <makler-rs@versicherer.example>',
             'vertriebspartner-rs@versicherer.example',
             'Vertriebsinfo Rechtsschutz 02/2025 – Strafrechtsschutz', text, html=html)
    return R(m, N, 'de', 'insurer-to-broker',
             'trap: product info on criminal-defence legal cover, no person')


def m032():
    text = """Sehr geehrte Frau Wendlandt,

wir kommen zurück auf den Unfall Ihres Mannes, Herrn Gerhard Wendlandt, vom
04.10.2024 (Sturz von der Leiter, Beckenringfraktur und Milzruptur).

  Unfallversicherung:  UV 40 118 276, versicherte Person Gerhard Wendlandt
  Leistungsfall:       UV-L-2024-03317

Im Entlassbericht des Klinikums Kassel wird ausgeführt, dass Ihr Mann als
Zeuge Jehovas die Gabe von Fremdblut abgelehnt hat und deshalb statt einer
sofortigen Splenektomie zunächst konservativ behandelt wurde. Sie haben uns
gefragt, ob sich das auf die Invaliditätsleistung auswirkt.

Dazu können wir Sie beruhigen: Die Entscheidung über eine Bluttransfusion
ist eine höchstpersönliche Entscheidung, die Ihr Mann aus Glaubensgründen
treffen durfte. Wir werden die Invalidität nach dem tatsächlichen
Heilverlauf bemessen und keinen Abzug wegen "unterlassener
Schadenminderung" vornehmen. Die Bemessung erfolgt nach Ablauf eines
Jahres; wir beauftragen dafür im Oktober einen unfallchirurgischen
Gutachter.

Das Krankenhaustagegeld für 23 Tage (2.300,00 EUR) haben wir bereits
überwiesen.

Mit freundlichen Grüßen

Mirko Tessendorf
Unfall-Leistung
Albrechtshof Versicherung AG
"""
    m = mail(32, 'Mirko Tessendorf <m.tessendorf@versicherer.example>',
             'Ingrid Wendlandt <ingrid.wendlandt@webpost.example>',
             'Unfall Ihres Mannes – UV-L-2024-03317', text)
    return R(m, S, 'de', 'insurer-to-customer',
             'accident claim: injuries and refusal of blood transfusion as Jehovah\'s Witness (religion + health)')


def m033():
    text = """Hallo Frau Hübenthal,

Ihr E-Bike (Riese & Müller Charger4, Rahmennummer WRM-4420-18873) ist ja
leider immer noch nicht aufgetaucht. Die Polizei hat das Verfahren gegen
Unbekannt eingestellt, das Schreiben der Staatsanwaltschaft haben wir
erhalten.

Wir zahlen deshalb jetzt den Neuwert abzüglich Selbstbeteiligung:

  Fahrradversicherung:  FR-1187-220914
  Schaden:              S-2025-012260
  Neuwert lt. Rechnung  5.299,00 EUR
  Selbstbeteiligung      -150,00 EUR
  Auszahlung            5.149,00 EUR

Das Geld überweisen wir auf Ihr Konto DE48 4300 3227 2123 8266 55.
Falls das Rad doch noch gefunden wird, melden Sie sich bitte bei uns.

Viele Grüße aus Kassel
Aylin Demirtaş
Schadenservice Sach
"""
    m = mail(33, 'Aylin Demirtas <a.demirtas@versicherer.example>',
             'maren.huebenthal@mailbox.example',
             'Ihr gestohlenes E-Bike – Regulierung', text, flowed=True)
    return R(m, C, 'de', 'insurer-to-customer',
             'bike theft claim with IBAN; criminal case is against unknown thief, not about the customer')


def m034():
    text = """Hi team,

attached are the slides for Thursday's fraud awareness session (SIU
basics, 90 min). The case study on slides 9-14 is fictitious and was
built from several closed files; names, places and numbers are invented.
Please don't add real claim numbers when you present it in your units.

Learning goals:
1. recognise red flags in household and motor claims
2. know when to involve the SIU and when not to (no "fishing")
3. understand what we may store about suspected fraud and for how long
   (Art. 10 GDPR, our deletion policy SIU-07)

See you Thursday
Holger
"""
    p = pdf([
        'SIU Fraud Awareness - Basics (internal training, v3.1)',
        '',
        'Slide 9 - Case study "The Hamburg kitchen" (FICTITIOUS)',
        'Policyholder: "John Sample", 41, contents insurance since 2021',
        'Claim: water damage, new fitted kitchen EUR 28,400 destroyed',
        'Red flags: invoice from a company registered 3 weeks earlier;',
        '  photos show a different tiled floor; claimant pushes for fast payment',
        '',
        'Slide 11 - What happened next',
        'SIU asks the kitchen supplier for the order confirmation -> none exists.',
        'Public prosecutor opens proceedings for attempted fraud (Sec. 263 StGB).',
        '"John Sample" receives a penalty order of 120 daily rates.',
        '',
        'Slide 13 - What may we store?',
        '- suspicion + facts -> SIU case file, access restricted',
        '- outcome of criminal proceedings only where needed for the claim',
        '- delete SIU file 5 years after closure (SIU-07), HIS report per code',
        '',
        'Slide 14 - Discussion',
        'Which red flags would you have spotted at first notification?',
    ], title='SIU Fraud Awareness Basics')
    m = mail(34, 'Holger Averdung <h.averdung@versicherer.example>',
             'claims-teamleads@versicherer.example',
             'Slides for fraud awareness session (Thu)', text,
             atts=[('SIU_Fraud_Awareness_v3.1.pdf', PDF, p)])
    return R(m, N, 'en', 'internal',
             'trap: fraud training with fictitious "John Sample" penalty order, no real person')


def m035():
    text = """Dear Ms Mensah-Becker,

thank you for your letter of 3 February, which our Chief Executive passed
on to me. I am very sorry that you felt treated unfairly.

You wrote that, during the phone call with our claims handler on
28 January about your car (policy KF 31-8830127, claim S-2025-008811), you
were asked twice whether the vehicle "was really yours", and that you
believe this happened "because I am a Black woman with an accent". You also
said that your neighbour, who is white, had the same hail damage and was
paid within a week.

We take this allegation very seriously. I have listened to the call
recording together with our team leader and the data protection officer.
The questions about ownership were asked because the vehicle is registered
to your leasing company, but the tone of the conversation did not meet our
standards, and the handler should have explained why he was asking. We have
discussed this with him and he will attend our anti-discrimination training
in March.

Your claim has now been settled: EUR 3,412.60 was paid on 10 February.

If you are not satisfied with this answer, you can contact the Insurance
Ombudsman (Versicherungsombudsmann e.V.) free of charge.

Yours sincerely

Ute Schmalenbach
Complaints Management
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(35, 'Ute Schmalenbach <beschwerde@versicherer.example>',
             'Abena Mensah-Becker <abena.mb@inbox.example>',
             'Your complaint of 3 February 2025 - claim S-2025-008811', text)
    return R(m, S, 'en', 'insurer-to-customer',
             'complaint of racial discrimination: named customer describes her ethnic origin/skin colour')


def m036():
    text = """Hallo Herr Dr. Lüdecke,

anbei die Kurzfassung der DSFA für das Projekt "VoiceID Kundenhotline" zur
Freigabe im Datenschutz-Board am 04.03. Die Langfassung mit den
Risikoworkshops liegt im Projektlaufwerk.

Wesentliche Punkte aus meiner Sicht:
- Rechtsgrundlage ausschließlich ausdrückliche Einwilligung (Art. 9 Abs. 2
  lit. a DSGVO), Opt-in im IVR, Alternative ohne Biometrie bleibt.
- Auftragsverarbeiter SpeechSure GmbH, Speicherung nur in Frankfurt,
  Templates nicht rückrechenbar.
- Restrisiko "Deepfake-Stimme" bewertet als mittel, Maßnahme: Liveness-
  Detection + Schwelle 0,82 + Zweitfaktor bei Auszahlungsänderungen.

Viele Grüße
Ramona Eckhardt
Projektleitung Kundenservice-Digitalisierung
"""
    p = pdf([
        'Datenschutz-Folgenabschätzung (Art. 35 DSGVO) - Kurzfassung',
        'Projekt: VoiceID Kundenhotline   Version 0.9   Stand 14.02.2025',
        '',
        '1. Beschreibung der Verarbeitung',
        'Stimmbiometrische Verifikation von Anrufenden an der Kundenhotline.',
        'Aus einer Referenzaufnahme (3 x Passphrase) wird ein Stimmprofil',
        '(Template) erzeugt; bei späteren Anrufen Abgleich 1:1.',
        '',
        '2. Datenkategorien',
        'Biometrische Daten zur eindeutigen Identifizierung (Art. 9 Abs. 1 DSGVO),',
        'Kundennummer, Telefonnummer, Zeitstempel, Match-Score.',
        '',
        '3. Betroffene: Kundinnen und Kunden, die eingewilligt haben (Prognose',
        '   Jahr 1: ca. 40.000). Keine Beschäftigtendaten.',
        '',
        '4. Risiken (Auszug)               Eintritt   Schwere   Bewertung',
        '   Unbefugter Zugriff auf Templates  gering     hoch      mittel',
        '   Überwindung durch Deepfake        mittel     hoch      mittel',
        '   Zweckänderung (Emotionserkennung) gering     hoch      gering',
        '',
        '5. Ergebnis: Risiko nach Maßnahmen vertretbar, keine Konsultation',
        '   der Aufsichtsbehörde nach Art. 36 DSGVO erforderlich.',
    ], title='DSFA VoiceID Kurzfassung')
    m = mail(36, 'Ramona Eckhardt <r.eckhardt@versicherer.example>',
             'Dr. Bastian Lüdecke <datenschutz@versicherer.example>',
             'DSFA VoiceID – Kurzfassung zur Freigabe', text,
             atts=[('DSFA_VoiceID_Kurzfassung_v0.9.pdf', PDF, p)])
    return R(m, N, 'de', 'internal',
             'trap: DPIA summary for voice biometrics project, only aggregate prognosis')


def m037():
    text = """Sehr geehrter Herr Aufderheide,

Ihr Fahrzeug (Audi A4 Avant, KS-MA 3110) ist nach dem Unfall vom
21.01.2025 wirtschaftlicher Totalschaden. Die Regulierung über Ihre
Vollkaskoversicherung (KF 31-3306718, Schaden S-2025-006650) ist
abgeschlossen; den Wiederbeschaffungswert abzüglich Restwert und
Selbstbeteiligung haben wir Ihnen am 12.02. überwiesen.

Wir informieren Sie nach Art. 14 DSGVO darüber, dass wir das Fahrzeug
(Fahrzeug-Identifizierungsnummer WAUZZZF4XKA118342) an das Hinweis- und
Informationssystem der Versicherungswirtschaft (HIS) gemeldet haben. Das
ist bei Totalschäden üblich und dient dazu, zu erkennen, wenn ein bereits
regulierter Schaden später noch einmal gemeldet wird. Ein Vorwurf gegen
Sie ist damit nicht verbunden. Betreiber ist die informa HIS GmbH; Ihre
Rechte (Auskunft, Berichtigung) können Sie dort oder bei uns geltend
machen. Die Meldung wird nach vier Jahren gelöscht.

Mit freundlichen Grüßen
Ole Brandhorst
Kfz-Schaden
"""
    m = mail(37, 'Ole Brandhorst <o.brandhorst@versicherer.example>',
             'Matthias Aufderheide <m.aufderheide@postfach.example>',
             'Totalschaden KS-MA 3110 – Information nach Art. 14 DSGVO (HIS)', text)
    return R(m, C, 'de', 'insurer-to-customer',
             'motor total loss, VIN and plate; HIS notice expressly without any accusation (not Art. 10)')


def m038():
    text = """Vermerk Schadenakte S-2025-021405 – bitte an Regulierung Kasko weiter

VN: Hartmut Brösel, Teilkasko KF 31-2290518, VW Passat KS-HB 66

Telefonat mit dem VN heute 09:40. Der VN ist Stadtverordneter der Partei
"Bürgerbündnis Nordhessen" und war am Samstag, 08.02., Redner auf einer
Kundgebung gegen die geplante Flüchtlingsunterkunft am Lossepark.
Sein Fahrzeug stand in der Nähe und wurde während der Gegendemonstration
zerkratzt, zwei Reifen zerstochen, Parole auf der Motorhaube ("Nazis
raus"). Anzeige ist erstattet, laut VN ermittelt der Staatsschutz.

Schaden lt. Kostenvoranschlag Autohaus Wiegand: 4.870 EUR netto.
Vandalismus ist über Teilkasko nicht gedeckt, nur über Vollkasko. VN
wurde informiert, ist sehr aufgebracht und kündigt Beschwerde an ("Sie
regulieren nicht, weil Ihnen meine Meinung nicht passt").

Bitte Ablehnungsschreiben neutral formulieren, Politik NICHT erwähnen.

i.A. Frank Pützer, Kundenservice Telefonie
"""
    m = mail(38, 'Frank Pützer <kundenservice@versicherer.example>',
             'regulierung-kasko@versicherer.example',
             'Vermerk S-2025-021405 Brösel – Vandalismus', text)
    return R(m, S, 'de', 'internal',
             'claim note reveals named customer\'s party office and political activity (Art. 9 political opinions)')


def m039():
    text = """Hello everyone,

Mental Health Awareness Week starts on Monday. A quick reminder of what we
offer:

* Our trained Mental Health First Aiders are there to listen and to point
  you to the right help. They are not therapists and do not keep records.
  This year's team in Kassel: Stefanie Kaltwasser (Finance), Daniel Ruppert
  (IT), Aleksandra Nowak (Claims). In Hamburg: Jens Oetjen (Sales).
* The Employee Assistance Programme (EAP) by Lebenswege Beratung is free,
  anonymous and available 24/7: 0800 555 0199. Your manager does not find
  out that you called.
* Lunch & Learn on Wednesday, 12:00, Casino: "Stress, sleep and screens"
  with a psychologist from the EAP. Sandwiches provided.

Take care of yourselves - and of each other.

Miriam Hasselbach
HR & Organisation
"""
    m = mail(39, 'Miriam Hasselbach <m.hasselbach@versicherer.example>',
             'all-staff@versicherer.example',
             'Mental Health Awareness Week: support available', text)
    return R(m, N, 'en', 'internal',
             'trap: named Mental Health First Aiders in their organisational role, no health data')


def m040():
    text = """Sehr geehrte Eheleute Fahrenholz,

vielen Dank für die Fotos. An der Giebelwand Ihres Hauses in der
Wolfsanger Straße 12 wurde in der Nacht zum 15.02. großflächig eine
politische Parole gesprüht. Graffiti-Schäden sind in Ihrer
Wohngebäudeversicherung (WG-7781-310552, Baustein "Graffiti Plus") bis
5.000 EUR je Schadenfall versichert.

  Schadennummer:   S-2025-027733
  Selbstbehalt:    250 EUR

Bitte beauftragen Sie einen Fachbetrieb für die Entfernung (z. B. mit
Anti-Graffiti-Beschichtung) und schicken Sie uns die Rechnung. Die
Strafanzeige gegen Unbekannt haben Sie bereits erstattet, das Aktenzeichen
(ST/0415-025-220871/25) haben wir notiert.

Mit freundlichen Grüßen
Aylin Demirtaş
Schadenservice Sach
"""
    m = mail(40, 'Aylin Demirtas <a.demirtas@versicherer.example>',
             'fahrenholz.kassel@mailbox.example',
             'Graffiti an Ihrem Haus – Schaden S-2025-027733', text)
    return R(m, C, 'de', 'insurer-to-customer',
             'buildings claim; political slogan by unknown vandals says nothing about the insured\'s opinion')


def m041():
    text = """Sehr geehrte Frau Pohlmann-Ruiz,

die Rechnungen für Ihren Sohn Mateo haben wir erstattet (100 % Tarif
KiKV-Start, Vertrag KV-4471.601.377). Die ADHS-Diagnose des
Kinder- und Jugendpsychiaters bleibt natürlich in der Leistungsakte, an
Ihren Arbeitgeber geht nichts.

Zu Ihrer Frage unten: Ja, Ergotherapie wird bei ärztlicher Verordnung
erstattet, auch das neurofeedback-gestützte Training, sofern es als
Ergotherapie abgerechnet wird. Methylphenidat ist als Arzneimittel
ebenfalls versichert.

Freundliche Grüße
Jonas Wiebking
Leistungsabteilung Krankenversicherung

-----Ursprüngliche Nachricht-----
Von: Carmen Pohlmann-Ruiz <carmen.pr@webpost.example>
Gesendet: Donnerstag, 13. Februar 2025 22:17
An: leistung.kv@versicherer.example
Betreff: Rechnungen Mateo

hallo, anbei die rechnungen von dr. Lessing (KJP) für mateo, er hat im
januar die diagnose ADHS kombinierter typ bekommen (F90.0). der arzt
empfiehlt ergotherapie 20x und evtl medikinet. wird ergo bezahlt? mateo ist
8. danke!! C. Pohlmann-Ruiz
"""
    m = mail(41, 'Jonas Wiebking <j.wiebking@versicherer.example>',
             'Carmen Pohlmann-Ruiz <carmen.pr@webpost.example>',
             'AW: Rechnungen Mateo', text)
    return R(m, S, 'de', 'insurer-to-customer',
             'PKV: child ADHD diagnosis F90.0, occupational therapy, methylphenidate')


def m042():
    text = """Dear partners,

several of you asked for our standard census template for group health
(bKV) and group income protection quotes. Attached is version 2025-1.

Please note:
* We only need: employee ID (your own pseudonym is fine), year of birth,
  gender as in payroll (m/f/d), postcode, salary band, occupation class.
* Do NOT send names, full birth dates, health information, nationality,
  religion/church tax or union membership. We delete files that contain
  such columns and ask you to resend.
* Row 2 is an example ("Jane Example") - delete it before sending.

Census files go to groupquotes@versicherer.example, ideally password
protected with the password by phone.

Kind regards
Lars Quernheim
Broker Relations - Employee Benefits
"""
    rows = [['Employee ID', 'Year of birth', 'Gender (m/f/d)', 'Postcode', 'Salary band',
             'Occupation class', 'Dependants covered (Y/N)'],
            ['EXAMPLE-001 (Jane Example - delete this row)', 1985, 'f', '34117', 'B (40-60k)', '1 office', 'N']]
    m = mail(42, 'Lars Quernheim <l.quernheim@versicherer.example>',
             'eb-partners@versicherer.example',
             'Census template group health / group income protection 2025-1', text,
             atts=[('Census_Template_2025-1.xlsx', XLSX, xlsx(rows, 'Census'))])
    return R(m, N, 'en', 'insurer-to-broker',
             'trap: blank census template forbidding religion/union/health columns, placeholder row')


def m043():
    text = """Dear Colin,

as discussed this morning, a precautionary notice under the D&O programme
for Brackwede Solar Components AG:

  Policy:          DO-2024-0871 (primary layer EUR 10m, your excess layer
                   EUR 15m xs 10m)
  Insured person:  Mr Florian Gehrmann, CFO since 2021
  Circumstance:    On 12 February 2025 the Public Prosecutor's Office in
                   Bielefeld (Az. 216 Js 1147/24) searched the company's
                   premises and Mr Gehrmann's home. He is under
                   investigation for suspected subsidy fraud (Sec. 264 StGB)
                   and breach of trust (Sec. 266 StGB) in connection with
                   EU innovation grants of approx. EUR 6.2m. The supervisory
                   board has suspended him with immediate effect.

Mr Gehrmann has instructed Dr. Carolin Stüve (Stüve Strafverteidigung)
and requested advancement of defence costs under clause A-4. We intend to
grant this subject to the usual reservation of rights (repayment in case
of a final conviction for intentional misconduct). Her fee proposal
(EUR 450/h, estimated EUR 180k for the investigation phase) is attached to
the notice in the portal.

No civil claim has been made against the D&Os yet, but the company has
retained a law firm to examine claims against Mr Gehrmann.

Please treat this information as strictly confidential.

Best regards
Holger Averdung
Financial Lines Claims
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(43, 'Holger Averdung <h.averdung@versicherer.example>',
             'Colin Marsh <c.marsh@harbourline-re.example>',
             'Precautionary notice DO-2024-0871 Brackwede Solar - CFO investigation', text)
    return R(m, S, 'en', 'insurer-to-partner',
             'D&O notice: criminal investigation and search against a named CFO (Art. 10)')


def m044():
    text = """Hi Mr Pfannkuch,

thanks for the submission for Wachschutz Kurhessen GmbH (your client,
managing director Mr Oliver Brandt). Before we can quote the fleet policy
(38 vehicles, mainly VW Caddy and Skoda Octavia, patrol service) I need a
few more things:

1. the loss record for the last five years from the current insurer
   (Rheinkreuz Versicherung, policy no. 4477-FL-2019),
2. the vehicle list with plates and first registration dates as Excel,
3. confirmation of the driver policy you mentioned: minimum age 23,
   licence held for at least 3 years, and "a clean police certificate
   (Führungszeugnis) for all patrol staff, checked at hiring" - we do not
   need the certificates themselves, just the company's written policy.

Rate indication so far: approx. EUR 690 per vehicle per year for third-
party liability plus comprehensive with EUR 1,000 deductible. Mr Brandt's
mobile number would help for the risk visit.

Best regards
Lars Quernheim
Commercial Motor Underwriting
"""
    m = mail(44, 'Lars Quernheim <l.quernheim@versicherer.example>',
             'Rüdiger Pfannkuch <r.pfannkuch@pfannkuch-assekuranz.example>',
             'Fleet quote Wachschutz Kurhessen GmbH - outstanding information', text)
    return R(m, C, 'en', 'insurer-to-broker',
             'commercial fleet quote with named MD; police certificate only as a generic hiring policy')


def m045():
    text = """Guten Tag Frau Schieweck,

vielen Dank für Ihr Interesse an unserer privaten Krankenversicherung.
Gerne beantworte ich Ihre Frage allgemein:

In unseren Vollversicherungstarifen ist ambulante Psychotherapie bei
approbierten Psychotherapeutinnen und Psychotherapeuten sowie bei
Fachärzten versichert:

  Tarif AMB-Basis 70:  bis 20 Sitzungen je Kalenderjahr, 70 %
  Tarif AMB-Plus 80:   bis 30 Sitzungen je Kalenderjahr, 80 %
  Tarif AMB-Plus 90:   bis 50 Sitzungen je Kalenderjahr, 90 %,
                       Zusage durch Gutachterverfahren für mehr Sitzungen

Im Antrag fragen wir nach psychotherapeutischen Behandlungen der letzten
fünf Jahre. Wie sich das auf eine Annahme auswirkt, hängt vom Einzelfall
ab; eine anonyme Risikovoranfrage kann Ihr Vermittler oder unsere
Beratung für Sie stellen, ohne dass Ihr Name übermittelt wird.

Unsere Produktbroschüre finden Sie unter www.albrechtshof.example/pkv.

Freundliche Grüße
Vertriebsservice Krankenversicherung
Albrechtshof Krankenversicherung AG
"""
    m = mail(45, 'Vertriebsservice KV <vertrieb.kv@versicherer.example>',
             'Johanna Schieweck <jo.schieweck@mailbox.example>',
             'Ihre Frage zur Psychotherapie in der PKV', text)
    return R(m, N, 'de', 'insurer-to-customer',
             'trap: prospect gets generic tariff information on psychotherapy, no own health or contract data')


def m046():
    text = """Hallo Herr Averdung,

anbei die Schadenmeldung unserer Kundin, weitergeleitet vom Makler. Bitte
als neuen Vertrauensschaden anlegen.

Gruß Lars

---------- Forwarded message ---------
From: Dr. Ulrike Hasenpflug <u.hasenpflug@hasenpflug-steuerberatung.example>
Date: Fri, 14 Feb 2025 at 11:22
Subject: Schadenanzeige Vertrauensschadenversicherung VS-0992-114

Sehr geehrte Damen und Herren,

hiermit zeigen wir einen Schaden aus der Vertrauensschadenversicherung
VS-0992-114 an.

Unsere langjährige Buchhalterin, Frau Sabine Kroll (geb. 11.04.1972,
beschäftigt seit 2009), hat nach unseren bisherigen Feststellungen
zwischen März 2021 und Dezember 2024 in 63 Fällen Mandantenzahlungen
auf ein eigenes Konto umgeleitet (DE82 5148 0736 5036 8531 22). Der
bisher festgestellte Schaden beträgt 187.340,55 EUR. Frau Kroll hat die
Taten bei einem Gespräch am 07.02. eingeräumt und wurde fristlos
gekündigt. Strafanzeige wegen Untreue und Urkundenfälschung wurde am
10.02.2025 bei der Staatsanwaltschaft Kassel erstattet.

Die Prüfung durch unseren Wirtschaftsprüfer läuft noch. Wir bitten um
Bestätigung des Eingangs und Mitteilung der weiteren Schritte.

Mit freundlichen Grüßen
Dr. Ulrike Hasenpflug
Steuerberaterin
"""
    m = mail(46, 'Lars Quernheim <l.quernheim@versicherer.example>',
             'Holger Averdung <h.averdung@versicherer.example>',
             'Fwd: Schadenanzeige Vertrauensschadenversicherung VS-0992-114', text)
    return R(m, S, 'de', 'company',
             'fidelity claim: named employee admitted embezzlement, criminal complaint filed (Art. 10)')


def m047():
    text = """Hi all,

attached is the D&I dashboard for Q4/2024 as presented to the Executive
Board. Figures are headcount-based, Germany only, and aggregated so that
no group below 10 people is shown.

Key points:
- women in leadership: 31.2 % (target 2026: 35 %)
- employees with "divers" gender entry: shown as "<10" only
- 41 nationalities (self-reported in HR system, not ethnic origin - we do
  not collect ethnic origin)
- 9.8 % of employees with a recognised severe disability (legal quota 5 %)

Please do not forward outside the D&I council.

Thanks
Jasmin Rehbein
People Analytics
"""
    rows = [['Indicator', 'Q4/2023', 'Q4/2024', 'Target 2026'],
            ['Headcount Germany', 3118, 3204, ''],
            ['Women total', '54.1%', '54.6%', ''],
            ['Women in leadership', '29.4%', '31.2%', '35%'],
            ['Gender entry divers', '<10', '<10', ''],
            ['Nationalities (count)', 38, 41, ''],
            ['Severe disability', '9.5%', '9.8%', '>=5%'],
            ['Age <30', '14.0%', '14.9%', ''],
            ['Age 50+', '39.2%', '38.6%', '']]
    m = mail(47, 'Jasmin Rehbein <j.rehbein@versicherer.example>',
             'di-council@versicherer.example',
             'D&I dashboard Q4/2024', text,
             atts=[('DI_Dashboard_Q4-2024.ods', ODS, ods(rows, 'Q4'))])
    return R(m, N, 'en', 'internal',
             'trap: aggregated diversity KPIs (nationality, gender entry, disability), no individual')


def m048():
    text = """Sehr geehrte Frau Degenhardt,

gern nehmen wir Ihre Ehefrau, Frau Julia Degenhardt, geb. Rosenthal, ab
dem 01.03.2025 in Ihre Privathaftpflichtversicherung auf. Da Sie bereits den
Familientarif haben, ändert sich der Beitrag nicht.

  Privathaftpflicht:   PH-5510-388194
  Hausrat:             HR-2209-590731 (Wohnung Goethestraße 31, Kassel)
  mitversichert ab 01.03.2025: Julia Degenhardt, geb. 03.06.1990

In der Hausratversicherung sind alle Personen, die mit Ihnen in häuslicher
Gemeinschaft leben, automatisch mitversichert. Wegen des Umzugs Ihrer Frau
erhöht sich aber vielleicht der Wert Ihres Hausrats – wir empfehlen, die
Versicherungssumme (derzeit 52.000 EUR) zu prüfen.

Herzliche Grüße
Frank Pützer
Kundenservice
"""
    m = mail(48, 'Frank Pützer <kundenservice@versicherer.example>',
             'Svenja Degenhardt <svenja.degenhardt@postfach.example>',
             'Mitversicherung Ihrer Ehefrau', text)
    return R(m, C, 'de', 'insurer-to-customer',
             'spouse added to liability/household with birth date; marital status alone treated as not Art. 9')


def m049():
    text = """Sehr geehrter Herr Jankowski,

vielen Dank für Ihre Unterlagen zur Anbindung als gebundener Vermittler
(§ 34d Abs. 7 GewO) an die Albrechtshof Versicherungen.

Bei der Zuverlässigkeitsprüfung haben wir festgestellt, dass das von
Ihnen vorgelegte Führungszeugnis (Belegart O, ausgestellt 20.01.2025)
folgenden Eintrag enthält:

  Amtsgericht Fulda, Urteil vom 05.09.2019, rechtskräftig seit 13.09.2019
  Betrug (§ 263 Abs. 1 StGB), Geldstrafe 90 Tagessätze zu je 40 EUR

Nach § 34d Abs. 5 Nr. 1 GewO i.V.m. unseren Anbindungsrichtlinien ist eine
Verurteilung wegen eines Vermögensdelikts in den letzten fünf Jahren in
der Regel ein Ausschlussgrund. Bevor wir entscheiden, geben wir Ihnen
Gelegenheit, bis zum 10.03.2025 Stellung zu nehmen.

Das Führungszeugnis selbst haben wir nach Prüfung vernichtet; in Ihrer
Vermittlerakte ist nur das Ergebnis vermerkt.

Mit freundlichen Grüßen

Lars Quernheim
Vertriebspartnermanagement
Albrechtshof Versicherungen
"""
    m = mail(49, 'Lars Quernheim <l.quernheim@versicherer.example>',
             'Marek Jankowski <m.jankowski@jankowski-finanz.example>',
             'Ihre Anbindung als Vermittler – Zuverlässigkeitsprüfung', text)
    return R(m, S, 'de', 'insurer-to-broker',
             'broker applicant\'s criminal record entry (fraud conviction) from Führungszeugnis (Art. 10)')


def m050():
    text = """Liebe Kolleginnen und Kollegen,

damit bei der Planung von Terminen, Kundenveranstaltungen und Team-Events
niemand übergangen wird, haben wir wieder den interkulturellen Kalender
zusammengestellt. Die wichtigsten Daten bis Ostern hängen als ICS an, den
ganzen Jahreskalender gibt es im Intranet.

Bitte beachtet: Wer an religiösen Feiertagen frei nehmen möchte, kann das
über den normalen Urlaubsantrag tun. Einen Grund müsst ihr nicht angeben.

Viele Grüße
Diversity-Team
"""
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Albrechtshof//Interkultureller Kalender//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:ik-2025-01@versicherer.example
DTSTAMP:20250201T080000Z
DTSTART;VALUE=DATE:20250301
DTEND;VALUE=DATE:20250302
SUMMARY:Beginn Ramadan (islamisch)
END:VEVENT
BEGIN:VEVENT
UID:ik-2025-02@versicherer.example
DTSTAMP:20250201T080000Z
DTSTART;VALUE=DATE:20250314
DTEND;VALUE=DATE:20250315
SUMMARY:Holi (hinduistisch) / Purim (jüdisch)
END:VEVENT
BEGIN:VEVENT
UID:ik-2025-03@versicherer.example
DTSTAMP:20250201T080000Z
DTSTART;VALUE=DATE:20250330
DTEND;VALUE=DATE:20250331
SUMMARY:Eid al-Fitr / Ramadan Bayramı (islamisch)
END:VEVENT
BEGIN:VEVENT
UID:ik-2025-04@versicherer.example
DTSTAMP:20250201T080000Z
DTSTART;VALUE=DATE:20250413
DTEND;VALUE=DATE:20250421
SUMMARY:Pessach (jüdisch)
END:VEVENT
BEGIN:VEVENT
UID:ik-2025-05@versicherer.example
DTSTAMP:20250201T080000Z
DTSTART;VALUE=DATE:20250420
DTEND;VALUE=DATE:20250421
SUMMARY:Ostern (christlich, west- und ostkirchlich)
END:VEVENT
END:VCALENDAR
""")
    m = mail(50, 'Diversity-Team <vielfalt@versicherer.example>',
             'fuehrungskraefte@versicherer.example',
             'Interkultureller Kalender 2025', text,
             atts=[('Interkultureller_Kalender_bis_Ostern_2025.ics', ICS, cal)])
    return R(m, N, 'de', 'internal',
             'trap: intercultural calendar of religious holidays, no person')


def m051():
    rep = pdf([
        'Dr. med. Imke Sörensen',
        'Fachärztin für Psychiatrie und Psychotherapie',
        'Wilhelmshöher Allee 240, 34119 Kassel',
        '',
        'Befundbericht für die Albrechtshof Lebensversicherung AG',
        'Ihr Zeichen: BU-L-2025-00133   Patient: Daniel Fitzgerald-Hahn, geb. 26.08.1985',
        '',
        'Diagnosen:',
        '  F43.1 Posttraumatische Belastungsstörung (nach Arbeitsunfall 06/2024,',
        '        Rettungseinsatz als Notfallsanitäter mit tödlich verletztem Kind)',
        '  F32.1 mittelgradige depressive Episode',
        '  F10.1 schädlicher Gebrauch von Alkohol (zur Selbstmedikation), abstinent seit 11/2024',
        '',
        'Behandlung: seit 08/2024 in meiner Behandlung, traumafokussierte Therapie (EMDR),',
        '  Sertralin 100 mg, Prazosin 2 mg zur Nacht. Tagesklinik 10-12/2024.',
        '',
        'Befund: wach, orientiert; Intrusionen und Albträume fast täglich, ausgeprägtes',
        '  Vermeidungsverhalten bei Sirenen und Blaulicht, Konzentration deutlich gemindert.',
        '  Keine akute Suizidalität.',
        '',
        'Beurteilung: Eine Rückkehr in den Rettungsdienst ist auf absehbare Zeit',
        '  (mindestens 12 Monate) nicht möglich. Eine Tätigkeit ohne Einsatzbezug ist',
        '  perspektivisch denkbar.',
        '',
        'Kassel, 05.02.2025   gez. Dr. I. Sörensen',
    ], title='Befundbericht')
    inn = inner(51, 'Praxis Dr. Sörensen <praxis@soerensen-psychiatrie.example>',
                'bu-leistung@versicherer.example',
                'Befundbericht Ihr Zeichen BU-L-2025-00133',
                'Sehr geehrte Damen und Herren,\n\nanbei der angeforderte Befundbericht.\n'
                'Rechnung nach GOÄ Nr. 85 folgt separat.\n\nMit freundlichen Grüßen\n'
                'Praxis Dr. Sörensen\n',
                atts=[('Befundbericht_BU-L-2025-00133.pdf', PDF, rep)])
    text = """Dear Dr Whitcombe,

as agreed, I forward the treating psychiatrist's report for the claim we
discussed on Tuesday (ref. BU-L-2025-00133). It is in German; the key
passages are on page 1. We would appreciate your opinion on the expected
duration and whether a return to a non-operational role is realistic,
by 7 March if possible.

Thanks and best regards
Dr. Henrike Vossberg
Chief Medical Officer's office
Albrechtshof Lebensversicherung AG
"""
    m = mail(51, 'Dr. Henrike Vossberg <h.vossberg@versicherer.example>',
             'Dr Alan Whitcombe <a.whitcombe@medopinion.example>',
             'FW: Befundbericht Ihr Zeichen BU-L-2025-00133', text, atts=[inn])
    return R(m, S, 'en', 'doctor',
             'forwarded message/rfc822 with PDF: PTSD, depression, alcohol misuse of named claimant')


def m052():
    text = """Dear Mr Castellanos,

thank you for choosing our rent deposit guarantee. To issue the guarantee
certificate for your landlord (Wohnbau Kassel-Nord eG, flat at
Ihringshäuser Str. 54) we need to verify your identity under the Money
Laundering Act (GwG).

Please upload via the link in your customer area:
- a copy of the photo page of your passport (Spanish passport is fine),
- your registration certificate (Meldebescheinigung),
- your last three salary slips (net income so far stated: EUR 3,150).

Application no.: KB-2025-00418, guarantee amount EUR 2,640.00.

We only use the passport copy to check your identity; it is not used for
automated face recognition and is deleted five years after the end of the
contract, as required by law.

Kind regards
Customer Service - Rent Deposit Guarantee
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(52, 'Albrechtshof Kundenservice <service@versicherer.example>',
             'Diego Castellanos <diego.castellanos@inbox.example>',
             'Your rent deposit guarantee KB-2025-00418 - documents needed', text)
    return R(m, C, 'en', 'insurer-to-customer',
             'rent deposit guarantee: income, passport copy for KYC (photo not processed as biometric)')


def m053():
    text = """Dear Sir or Madam,

Albrechtshof Versicherungen invites you to take part in a request for
proposal (RFP-2025-014) for a speaker verification solution for our
customer service hotline (approx. 2.1 million calls per year).

Key requirements (full list in the attached RFP pack, section 3):
* text-dependent and text-independent verification, German and English,
  Turkish and Russian desirable
* presentation attack detection (replay, synthetic voice), certified or
  tested against ISO/IEC 30107-3
* hosting in the EU, template storage encrypted, no re-use of templates
  or recordings for training other customers' models
* explicit opt-in flow in the IVR, deletion of a template within 24 hours
  of withdrawal of consent
* no emotion recognition, no age or gender estimation

Timeline: questions by 7 March, proposals by 28 March 2025, vendor
presentations in week 16.

Please confirm your participation to procurement@versicherer.example.

Kind regards
Ramona Eckhardt
Project Lead Customer Service Digitalisation
"""
    m = mail(53, 'Ramona Eckhardt <r.eckhardt@versicherer.example>',
             'bids@vocalis-secure.example, tenders@speechsure.example',
             'RFP-2025-014 speaker verification for customer hotline', text)
    return R(m, N, 'en', 'insurer-to-supplier',
             'trap: RFP for voice biometrics, requirements only, no person')


def m054():
    text = """Dear Mr O'Rourke,

thank you for being so open with us on the phone yesterday, and I am sorry
to hear what you have been going through.

I have put a payment holiday on your contents and personal liability
policies (HR-2209-624110, PH-5510-431286) for the months March to May
2025. Cover continues unchanged during that time. The three premiums
(EUR 31.80 in total) will be spread over the following nine months.

You mentioned that you are in treatment for your gambling addiction with
the outpatient addiction service of Diakonie Kassel, that your bank
account is currently managed together with the debt counselling service,
and that you would like us to write to you only by email. I have noted
the email preference in your file. The details of your treatment are not
stored in our systems.

If it would help, we can also send future letters to the debt counselling
service (Schuldnerberatung Kassel-Mitte) - just send us a short
authorisation.

Best wishes
Frank Pützer
Customer Service
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(54, 'Frank Pützer <kundenservice@versicherer.example>',
             "Sean O'Rourke <sean.orourke@expatmail.example>",
             'Payment holiday on your policies', text)
    return R(m, S, 'en', 'insurer-to-customer',
             'household/liability payment holiday revealing the customer\'s gambling addiction treatment')


def m055():
    text = """Hi Ms Lindenau,

thanks for the photos and the repair estimate. The fingerprint sensor on
your Samsung Galaxy S23 stopped working after the phone fell into the
bathtub - that is liquid damage and covered under your electronics policy.

  Policy:      EL-4410-077123
  Claim:       S-2025-033598
  Device:      Samsung Galaxy S23, IMEI 352094118827316
  Repair:      display unit incl. fingerprint sensor, EUR 289.00
  Excess:      EUR 50.00

Please have the phone repaired at Handyklinik Königsplatz (our partner
workshop) - they bill us directly, you only pay the excess.

Cheers
Electronics Claims Team
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(55, 'Electronics Claims <elektronik-schaden@versicherer.example>',
             'Nora Lindenau <nora.lindenau@mailbox.example>',
             'Your claim S-2025-033598 - fingerprint sensor', text)
    return R(m, C, 'en', 'insurer-to-customer',
             'electronics claim with IMEI; "fingerprint sensor" is a phone part, no biometric data')


def m056():
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Albrechtshof Insights</title></head>
<body style="font-family:Georgia,serif;max-width:640px;margin:auto">
<p style="font-size:11px;color:#888">Albrechtshof Insights &middot; March 2025 &middot;
<a href="https://www.albrechtshof.example/newsletter/view/2025-03">view in browser</a></p>
<h1>Genetic tests and insurance: what can we ask?</h1>
<p>More and more people use consumer DNA tests or are offered genetic testing by their doctor.
A question we hear often: <i>&ldquo;Do I have to tell my insurer?&rdquo;</i></p>
<h2>The short answer</h2>
<p>In Germany, the Genetic Diagnostics Act (GenDG) says that an insurer may neither ask you
to take a genetic test nor ask for the results of tests you have already had. That applies
to health, disability and most life insurance.</p>
<h2>The exception</h2>
<p>For life, disability, and long-term-care annuity policies with a benefit of more than
EUR&nbsp;300,000 or an annual pension of more than EUR&nbsp;30,000, results of tests you
already had may be requested. At Albrechtshof we do not ask for them even then.</p>
<h2>What you still have to tell us</h2>
<p>Illnesses and symptoms you already have, even if they have a genetic cause.
A diagnosis is not a genetic test result.</p>
<p style="background:#f2f2f2;padding:8px">Questions? Our advisers are available Monday to
Friday, 8am&ndash;6pm: <a href="mailto:beratung@versicherer.example">beratung@versicherer.example</a></p>
<p style="font-size:10px;color:#888">You are receiving this newsletter because you subscribed on
albrechtshof.example. <a href="https://www.albrechtshof.example/newsletter/unsubscribe">Unsubscribe</a>.
Albrechtshof Versicherungen, Am Weinberg 12, 34117 Kassel, Germany.</p>
</body></html>
"""
    m = mail(56, 'Albrechtshof Insights <newsletter@versicherer.example>',
             'subscribers-en@versicherer.example',
             'Genetic tests and insurance: what can we ask?', html=html)
    return R(m, N, 'en', 'newsletter',
             'trap: HTML-only customer newsletter about genetic tests, no person')


def m057():
    text = """Dear Mr Achterberg,

thank you for returning the signed change of beneficiary form.

We have updated your term life policy LV 70 412 009-1 (sum assured
EUR 250,000) as follows, effective 17 February 2025:

  Life assured:          Hendrik Achterberg, born 09/12/1977
  Revocable beneficiary: Mr Samuel Achterberg-Ngata (your husband),
                         born 21/04/1981, 100 %
  Previous beneficiary:  "spouse or registered partner at the time of death"
                         (unnamed)

Naming your husband explicitly avoids any questions at the time of a
claim, as you suggested. We also note that your husband will continue to
pay the premiums from the joint account.

A new policy schedule will follow by post.

Kind regards
Natalia Berghoff
Life Customer Service
Albrechtshof Lebensversicherung AG
"""
    m = mail(57, 'Life Customer Service <leben-service@versicherer.example>',
             'Hendrik Achterberg <h.achterberg@inbox.example>',
             'Change of beneficiary - LV 70 412 009-1', text)
    return R(m, S, 'en', 'insurer-to-customer',
             'life policy beneficiary change (personal line), same-sex spouse reveals sexual orientation')


def m058():
    text = """Thank you for your message. I am out of the office until 14 March,
attending the European Conference on Behavioural Health & Disability
Management in Berlin, with limited access to email.

For urgent disability claims matters please contact
bu-leistung@versicherer.example or call +49 561 7709-3300.

Best regards
Mirko Tessendorf
"""
    m = mail(58, 'Mirko Tessendorf <m.tessendorf@versicherer.example>',
             'Colin Marsh <c.marsh@harbourline-re.example>',
             'Automatic reply: QS-DI-2019 treaty meeting agenda', text,
             extra={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'})
    return R(m, N, 'en', 'internal',
             'trap: out-of-office naming a behavioural health conference')


def m059():
    text = """Hello,

as requested for the renewal of fleet policy FL-2022-3307, please find
attached our current list of drivers authorised to use company vehicles.
Two new drivers since last year (rows 7 and 8).

Best regards
Melanie Goertz
Fleet Management
Fulda Express Logistik GmbH
Tel. +49 661 90 88 12
"""
    rows = [['Driver', 'Date of birth', 'Licence no.', 'Classes', 'Licence since', 'Vehicle'],
            ['Andreas Möller', '1971-03-09', 'B072K9T4411', 'B, C, CE', '1990', 'FD-XL 101'],
            ['Katarzyna Zielińska', '1988-11-25', 'J5530LQ2287', 'B, C1', '2007', 'FD-XL 104'],
            ['Tomasz Nowicki', '1992-07-14', 'F18X0WW9921', 'B, C, CE', '2011', 'FD-XL 107'],
            ['Jens Kohlhaas', '1966-01-30', 'B0199MR7700', 'B, C, CE', '1985', 'FD-XL 110'],
            ['Ralf Eisenach', '1979-05-05', 'K73LZ10X855', 'B', '1997', 'FD-XL 12'],
            ['Yusuf Kaya', '1995-09-18', 'A94T2PP0146', 'B, C', '2014', 'FD-XL 115'],
            ['Lukas Dreier', '2001-04-02', 'H61ZK8W3312', 'B, C', '2020', 'FD-XL 118'],
            ['Nadine Schober', '1998-12-12', 'M02QW7N5580', 'B, C1E', '2017', 'FD-XL 119']]
    m = mail(59, 'Ole Brandhorst <o.brandhorst@versicherer.example>',
             'Lars Quernheim <l.quernheim@versicherer.example>',
             'FW: Driver list FL-2022-3307 renewal', 'Lars, for the renewal - driver list below/attached.\nOle\n\n' + text,
             atts=[('drivers_FL-2022-3307.csv', CSV, csvb(rows, 'utf-8', ','))])
    return R(m, C, 'en', 'company',
             'fleet driver list with birth dates and licence numbers (CSV)')


def m060():
    text = """Liebe Kolleginnen,

Anspruchsschreiben in der PHV-Sache Bräutigam, bitte Schadenakte anlegen.
Ich habe den VN schon angerufen, er bestreitet nicht, dass er der Urheber
des Posts ist, meint aber, "das wusste doch sowieso jeder". Deckung
(Persönlichkeitsrechtsverletzung, ggf. Vorsatzausschluss) müssen wir
prüfen.

VG Katrin Oberschelp

-----Ursprüngliche Nachricht-----
Von: RAin Dr. Hanna Liebig <liebig@liebig-medienrecht.example>
Gesendet: Montag, 17. Februar 2025 10:05
An: schaden-haftpflicht@versicherer.example
Betreff: Ihr VN Kevin Bräutigam, PH-5510-290377 – Geltendmachung von Ansprüchen

Sehr geehrte Damen und Herren,

wir vertreten Herrn Marcel Dittmar, Kassel. Ihr Versicherungsnehmer, Herr
Kevin Bräutigam, hat am 02.01.2025 in einer WhatsApp-Gruppe des
Sportvereins TSV Wehlheiden mit 143 Mitgliedern sowie auf Instagram ein
Foto unseres Mandanten mit seinem Lebensgefährten veröffentlicht und dazu
geschrieben, unser Mandant sei "endlich als schwul geoutet". Unser Mandant
hatte seine Homosexualität bis dahin weder im Verein noch am Arbeitsplatz
offengelegt. Er leidet seitdem unter erheblichen Schlafstörungen und ist
seit 20.01.2025 in psychotherapeutischer Behandlung.

Wir machen eine Geldentschädigung wegen schwerwiegender Verletzung des
allgemeinen Persönlichkeitsrechts in Höhe von 8.000 EUR sowie
vorgerichtliche Anwaltskosten von 887,03 EUR geltend und bitten um
Bestätigung Ihrer Eintrittspflicht bis 17.03.2025.

Mit freundlichen Grüßen
Dr. Hanna Liebig, Rechtsanwältin
"""
    m = mail(60, 'Katrin Oberschelp <k.oberschelp@versicherer.example>',
             'schaden-haftpflicht@versicherer.example',
             'WG: Ihr VN Kevin Bräutigam, PH-5510-290377 – Geltendmachung von Ansprüchen', text)
    return R(m, S, 'de', 'lawyer',
             'liability claim: third party outed as gay, now in psychotherapy (sexual orientation + health)')


def m061():
    text = """Pricing committee - legal note (not legal advice for external use)

Question from the motor pricing team (ticket PRC-318): can we use the
"name origin" score offered by a data vendor as a rating factor in the
new telematics tariff?

Short answer: no.

1. Sec. 19 and 20 AGG prohibit less favourable treatment in private
   insurance on grounds of race or ethnic origin, without any actuarial
   exception (unlike age and disability). A score that estimates ethnic
   origin from first and last names is a proxy for exactly that
   characteristic.
2. Processing such an estimate would also be processing data revealing
   ethnic origin under Art. 9(1) GDPR. None of the Art. 9(2) exceptions
   fits a pricing purpose.
3. Nationality is a separate characteristic, but BaFin has made clear in
   its 2021 supervisory statement that nationality must not be used where
   it serves as a proxy for ethnicity.
4. The vendor's marketing claim that the score is "anonymous" does not
   help: it is applied to identifiable policyholders.

Recommendation: reject the data item, document the decision in the model
governance file, and inform the vendor. The pricing team is free to test
the other telematics variables (night driving share, harsh braking).

Dr. Bastian Lüdecke / Katrin Oberschelp
Data Protection & Legal
"""
    m = mail(61, 'Katrin Oberschelp <k.oberschelp@versicherer.example>',
             'pricing-committee@versicherer.example',
             'PRC-318 name-origin score as rating factor - legal note', text)
    return R(m, N, 'en', 'internal',
             'trap: legal memo on ethnic-origin proxies in pricing, no individual')


def m062():
    text = """Dear Ms Whitaker,

as requested on 3 February under Art. 15 GDPR, please find attached a
copy of the personal data we hold about you in connection with your motor
and household contracts. The ZIP file is encrypted; the password will be
sent to your mobile number ending in 47 by text message.

The archive contains:
- data_overview.csv: master data and contract data
- information.pdf: purposes, recipients, storage periods, your rights

We did not find any data about you in our claims systems other than the
glass claim from 2023, which is included.

Kind regards
Data Protection Team
Albrechtshof Versicherungen
"""
    rows = [['Category', 'Field', 'Value'],
            ['Master data', 'Name', 'Charlotte Whitaker'],
            ['Master data', 'Date of birth', '1986-03-17'],
            ['Master data', 'Address', 'Kölnische Str. 92, 34119 Kassel'],
            ['Master data', 'Email', 'c.whitaker@inbox.example'],
            ['Bank', 'IBAN', 'DE33 1887 9631 1507 2853 64'],
            ['Contract', 'Motor', 'KF 31-7115032, Mini Cooper KS-CW 86, SF 9'],
            ['Contract', 'Household', 'HR-2209-640018, sum insured EUR 45,000'],
            ['Claim', 'S-2023-118470', 'windscreen replacement, EUR 612.00, closed']]
    info = pdf(['Information under Art. 15 GDPR',
                'Controller: Albrechtshof Allgemeine Versicherung AG, Am Weinberg 12, 34117 Kassel',
                'Purposes: contract administration, claims, legal retention',
                'Recipients: reinsurers (aggregated), IT service providers, HIS (if applicable)',
                'Retention: 10 years after contract end (HGB/AO)',
                'Your rights: rectification, erasure, restriction, objection, complaint to the DPA'],
               title='Art. 15 information')
    z = zipfile_([('data_overview.csv', csvb(rows, 'utf-8', ',')), ('information.pdf', info)])
    m = mail(62, 'Datenschutz <datenschutz@versicherer.example>',
             'Charlotte Whitaker <c.whitaker@inbox.example>',
             'Your data access request (Art. 15 GDPR) - ref. DSA-2025-0087', text,
             atts=[('DSA-2025-0087_Whitaker.zip', ZIP, z)])
    return R(m, C, 'en', 'insurer-to-customer',
             'access request answer: birth date, IBAN, motor/household contracts inside a ZIP')


def m063():
    text = """Dear Mr Haddadi,

thank you for your letter regarding your endowment policy LV 70 228 519-3.

You explained that, as a practising Muslim, you no longer wish to receive
interest (riba) and asked whether the guaranteed interest and the surplus
participation can be removed from your policy, or whether you should
surrender it.

Unfortunately, we cannot change the calculation basis of an existing
policy: the guaranteed interest rate of 1.75 % is part of the contract
terms. Your options are:

1. Surrender: current surrender value EUR 18,422.16 (as at 01/03/2025),
   which includes EUR 3,908.40 of credited interest and surplus. You may
   of course donate that portion, as you mentioned.
2. Paid-up policy: premiums stop, the policy continues without new
   contributions.
3. Transfer to our partner's Takaful-compliant savings plan (offered by
   NurInvest Takaful AG); we would pay out the surrender value to that
   provider. Please note this is a different product with different risks.

Please let us know which option you prefer; there is no deadline.

Kind regards
Life Customer Service
Albrechtshof Lebensversicherung AG
"""
    m = mail(63, 'Life Customer Service <leben-service@versicherer.example>',
             'Karim Haddadi <k.haddadi@postfach.example>',
             'Your endowment policy LV 70 228 519-3 - interest and surrender options', text)
    return R(m, S, 'en', 'insurer-to-customer',
             'life policy (personal line) of named customer who states his religion as reason for surrender')


def m064():
    text = """Hi Kai,

scope for the pentest of the new face-match module in the online
onboarding (ticket SEC-2291), as agreed in the kick-off:

In scope
- API gateway /onboarding/v2/selfie and /onboarding/v2/match (staging)
- liveness check bypass attempts (printed photo, screen replay, 3D mask)
- template storage in the staging database (encryption at rest, key
  handling), log files for leakage of images or scores
- role model: support users must not see selfies

Out of scope
- production systems, real customer data (staging uses synthetic faces
  generated by the vendor; no employee photos please)
- the vendor's own cloud (separate audit report available)

Test window: 10-21 March, reporting by 4 April. Please use the VPN
profile "pentest-ext" and the accounts in the password safe.

Thanks
Tobias Rennefeld
IT Security
"""
    m = mail(64, 'Tobias Rennefeld <t.rennefeld@versicherer.example>',
             'Kai Lorenzen <k.lorenzen@redpoint-security.example>',
             'SEC-2291 pentest scope face-match module', text)
    return R(m, N, 'en', 'insurer-to-supplier',
             'trap: pentest scope for facial matching with synthetic faces only')


def m065():
    text = """Sehr geehrter Herr Kavanagh, dear Mr Kavanagh,

willkommen bei Albrechtshof! Ihre Hausratversicherung ist abgeschlossen.
Welcome to Albrechtshof - your contents insurance is now in force.

  Versicherungsnummer / policy no.:   HR-2209-651207
  Versicherungsort / insured address: Friedrich-Engels-Str. 9, 34117 Kassel
  Versicherungssumme / sum insured:   EUR 38.000
  Beginn / start:                     01.03.2025
  Beitrag / premium:                  EUR 9,84 monatlich / per month
  Abbuchung / direct debit:           IBAN DE90 **** **** **** **40 73

Die Vertragsunterlagen sind nur auf Deutsch rechtsverbindlich; eine
englische Lesefassung finden Sie im Kundenportal.
The German documents are legally binding; an English courtesy translation
is available in the customer portal.

Bei Fragen / questions: +49 561 7709-2000 (Mo-Fr 8-18 Uhr)

Ihr Albrechtshof-Team / your Albrechtshof team
"""
    m = mail(65, 'Albrechtshof Kundenservice <service@versicherer.example>',
             'Declan Kavanagh <d.kavanagh@expatmail.example>',
             'Willkommen / Welcome – HR-2209-651207', text, date=(2025, 2, 24, 8, 50))
    return R(m, C, 'mixed', 'insurer-to-customer',
             'bilingual welcome mail: household policy, insured address, masked IBAN')


def m066():
    text = """Hi Rebecca,

forwarding this from the HR team at Valtro Pharma (group life and group
income protection, scheme GL-0318). Could you update the member record
and confirm to them directly? Please make sure the old name does not
appear on the new certificate.

Thanks, Lars

From: Priya Raman <p.raman@valtro-pharma.example>
Sent: 18 February 2025 09:47
To: Lars Quernheim
Subject: GL-0318 - member data change (confidential)

Dear Lars,

one of our employees covered under the group life and income protection
scheme has legally changed their first name and gender marker following
gender transition, and has asked us to update all benefit providers.

  Member no.:     GL-0318-00264
  Previous name:  Michael Jonathan Harker
  New name:       Mia Jonathan Harker
  Gender marker:  female (previously male)
  Date of birth:  22/10/1990 (unchanged)
  Salary for cover: EUR 71,500 (unchanged)

Mia has also asked whether the planned surgery and the associated sick
leave in the summer could affect her income protection cover. I told her
I would check with you - could you let me know how absence for
gender-affirming surgery is treated under the scheme?

Many thanks,
Priya
HR Business Partner, Valtro Pharma GmbH
"""
    m = mail(66, 'Lars Quernheim <l.quernheim@versicherer.example>',
             'Rebecca Thornbury <r.thornbury@versicherer.example>',
             'FW: GL-0318 - member data change (confidential)', text)
    return R(m, S, 'en', 'company',
             'HR mail on group life member: gender transition, old/new name, planned surgery')


def m067():
    text = """Liebe Datenschutzkoordinatorinnen und -koordinatoren,

anbei die überarbeitete Konzernrichtlinie "Umgang mit besonderen
Kategorien personenbezogener Daten" (KR-DS-09, Version 3.0). Sie tritt am
1. April in Kraft und ersetzt die Version 2.4.

Wichtigste Änderungen:
- neuer Abschnitt zu biometrischen Daten (VoiceID, Video-Ident)
- Klarstellung zu Daten über Straftaten im SIU-Prozess
- Mailregeln: Gesundheits- und Art.-9-Daten nur verschlüsselt bzw. über
  das Portal, keine Diagnosen im Betreff

Bitte stellt die Richtlinie in euren Bereichen vor und bestätigt die
Kenntnisnahme bis 31.03. im Richtlinienportal.

Viele Grüße
Bastian Lüdecke
Konzerndatenschutzbeauftragter
"""
    d = docx([
        '# KR-DS-09 Umgang mit besonderen Kategorien personenbezogener Daten (Version 3.0)',
        '1. Geltungsbereich: alle Gesellschaften der Albrechtshof Versicherungsgruppe.',
        '2. Begriffe: Besondere Kategorien sind Daten, aus denen die rassische und ethnische '
        'Herkunft, politische Meinungen, religiöse oder weltanschauliche Überzeugungen oder die '
        'Gewerkschaftszugehörigkeit hervorgehen, genetische Daten, biometrische Daten zur '
        'eindeutigen Identifizierung, Gesundheitsdaten sowie Daten zum Sexualleben oder zur '
        'sexuellen Orientierung (Art. 9 Abs. 1 DSGVO). Daten über strafrechtliche Verurteilungen '
        'und Straftaten regelt Art. 10 DSGVO.',
        '3. Grundsatz: Wir erheben solche Daten nur, wenn sie für den Vertrag oder den '
        'Leistungsfall erforderlich sind und eine Rechtsgrundlage besteht (insbesondere '
        'Einwilligung, § 213 VVG, Art. 9 Abs. 2 lit. f DSGVO).',
        '4. Vermerke: In Schadenvermerken dürfen keine Angaben zu Herkunft, Religion, '
        'politischer Betätigung oder sexueller Orientierung stehen, wenn sie für die '
        'Regulierung nicht erforderlich sind. Beispiel: nicht "Kunde ist Muslim", sondern '
        '"Kunde wünscht Termin nicht am Freitagmittag".',
        '5. E-Mail: Versand nur über das Gateway mit Klassifizierung "streng vertraulich".',
        '6. Biometrie: Nutzung nur mit ausdrücklicher Einwilligung; immer ein Verfahren ohne '
        'Biometrie anbieten.',
        '7. Straftaten: Verdachtsdaten nur im SIU-System; Löschung nach SIU-07.',
    ])
    m = mail(67, 'Bastian Lüdecke <datenschutz@versicherer.example>',
             'ds-koordinatoren@versicherer.example',
             'KR-DS-09 Version 3.0 – besondere Kategorien personenbezogener Daten', text,
             atts=[('KR-DS-09_v3.0.docx', DOCX, d)])
    return R(m, N, 'de', 'internal',
             'trap: group policy on Art. 9/10 data with generic examples, DOCX')


def m068():
    text = """Dear Mr and Mrs Pemberton,

we are sorry that your suitcase did not arrive in Lisbon. Under your
annual travel policy (RE-6620-118402) we cover:

- emergency purchases while the baggage was delayed (receipts totalling
  EUR 214.30 for clothing and toiletries, 22-24 January) - paid;
- the suitcase itself, now that the airline (TAP) has confirmed it as
  permanently lost on 14 February. Please send us the airline's final
  settlement letter; we pay the difference between the value of the
  contents (your list: EUR 1,860.00) and what the airline pays under the
  Montreal Convention.

Claim number: S-2025-010077. Payment goes to the account you gave us
(IBAN ending 5952).

Kind regards
Travel Claims
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(68, 'Travel Claims <reise-schaden@versicherer.example>',
             'Gillian Pemberton <g.pemberton@inbox.example>',
             'Your baggage claim S-2025-010077', text)
    return R(m, C, 'en', 'insurer-to-customer',
             'travel baggage claim without medical content, policy and claim numbers')


def m069():
    text = """Dear Mr Dubois,

thank you for sending the letter from the Kassel police. We confirm cover
under the traffic section of your legal expenses policy RS 55 301 660 for
your defence in the criminal investigation for negligent bodily injury
(Sec. 229 StGB) following the collision on 30 January on the Fulda cycle
path.

According to the police letter, the pedestrian, Mrs Renate Kümmel (79),
suffered a fractured wrist and a head wound, and was treated at the
Elisabeth hospital. You have been summoned as an accused person and have
the right to remain silent - please do not make a statement before you
have spoken to a lawyer.

  Claim no.:    RS-L-2025-01138
  Cover:        defence costs incl. inspection of the file by your lawyer,
                statutory fees (RVG), excess EUR 150
  Lawyer:       free choice; on request we can recommend a specialist in
                traffic criminal law in Kassel

Note: if you were convicted of an intentional offence, we would have to
reclaim the costs. For negligence that is not the case.

Your personal liability insurer will deal separately with Mrs Kümmel's
damages claim.

Kind regards
Katrin Oberschelp
Legal Expenses Claims
"""
    m = mail(69, 'Katrin Oberschelp <k.oberschelp@versicherer.example>',
             'Antoine Dubois <a.dubois@postfach.example>',
             'Your legal expenses claim RS-L-2025-01138 - criminal defence cover', text)
    return R(m, S, 'en', 'insurer-to-customer',
             'named customer accused in criminal proceedings (Sec. 229 StGB); injuries of named victim')


def m070():
    text = """Data classification FAQ - new entries (February 2025)

Q: Is a customer's photo "biometric data"?
A: Not automatically. A photo becomes biometric data in the sense of
   Art. 4(14) GDPR only when it is processed with specific technical means
   that allow unique identification, e.g. face matching in video-ident.
   A passport copy in a KYC file is personal data (confidential), but not
   a special category - unless we run it through the face-match module.

Q: A customer mentions his religion in a complaint. Do we have to delete it?
A: No, but do not copy it into notes where it is not needed. The mail
   itself is strictly confidential and must be sent encrypted.

Q: Is "smoker/non-smoker" health data?
A: In a life or health application: yes.

Q: Is a speeding fine a criminal offence under Art. 10 GDPR?
A: Administrative offences (Ordnungswidrigkeiten) are treated by most
   authorities as not covered by Art. 10, but keep them confidential.
   Drink-driving convictions under Sec. 316 StGB are covered.

Q: A colleague has a rainbow flag in her email signature. Is that data
   about her sexual orientation?
A: No. It expresses support, nothing more. Do not draw conclusions.

Send further questions to datenschutz@versicherer.example.
"""
    m = mail(70, 'Datenschutz <datenschutz@versicherer.example>',
             'all-staff@versicherer.example',
             'Data classification FAQ - new entries', text)
    return R(m, N, 'en', 'internal',
             'trap: FAQ on photos, religion, smoker status, fines - generic answers, no person')


def m071():
    text = """Hallo Frau Schmalenbach,

danke für den Hinweis aus der Beschwerde. Ich habe mir die Schadenakte
angesehen und muss Ihnen leider recht geben.

Akte S-2024-140218 (Hausrat, Leitungswasser, VN Dragomir Stojanović,
Vertrag HR-2209-471903). Im Besichtigungsvermerk des externen
Regulierers vom 12.12.2024 steht wörtlich:

  "Familie sind Roma, Großfamilie mit 9 Personen in 3-Zimmer-Wohnung,
  angegebener Hausrat (2 Fernseher, Waschtrockner) erscheint unplausibel,
  Vorsicht bei Belegen."

Die Angabe zur ethnischen Zugehörigkeit ist für die Regulierung ohne jede
Bedeutung und darf nicht in der Akte stehen, und die Schlussfolgerung ist
diskriminierend. Ich bitte:

1. den Satz aus dem Vermerk zu schwärzen und die geschwärzte Fassung
   abzulegen (Original an mich, ich dokumentiere den Vorgang),
2. den Regulierer (Sachverständigenbüro Lemmerhirt) schriftlich
   abzumahnen; Entwurf schicke ich bis Freitag,
3. den Schaden ohne Rücksicht auf den Vermerk neu zu prüfen.

Dem Kunden sollten wir offen sagen, dass der Vermerk nicht in Ordnung war.

Viele Grüße
Dr. Bastian Lüdecke
Datenschutzbeauftragter
"""
    m = mail(71, 'Dr. Bastian Lüdecke <datenschutz@versicherer.example>',
             'Ute Schmalenbach <u.schmalenbach@versicherer.example>',
             'Beschwerde Stojanović – Vermerk in S-2024-140218', text)
    return R(m, S, 'de', 'internal',
             'claim note stating a named family\'s ethnic origin (Roma), quoted by the DPO')


def m072():
    text = """Hallo Herr Rothenbücher,

gern tragen wir Ihren Sohn für das begleitete Fahren ab 17 als Fahrer ein:

  Kfz-Vertrag:       KF 31-5902714 (Skoda Fabia, KS-RR 517)
  zusätzlicher Fahrer: Linus Rothenbücher, geb. 08.05.2008
  Prüfbescheinigung BF17 vom 14.02.2025
  Begleitpersonen:   Sie und Ihre Frau (eingetragen in der Prüfbescheinigung)

Der Beitrag erhöht sich ab 01.04.2025 um 27,40 EUR monatlich
(Fahreralter unter 23). Wenn Linus 18 wird und die Fahrerlaubnis ohne
Begleitung erhält, melden Sie sich bitte kurz – dann prüfen wir, ob ein
Zweitwagenvertrag für ihn günstiger ist.

Gute und sichere Fahrt!

Frank Pützer
Kundenservice Kfz
"""
    m = mail(72, 'Frank Pützer <kundenservice@versicherer.example>',
             'Reinhard Rothenbücher <r.rothenbuecher@webpost.example>',
             'Begleitetes Fahren – Linus als Fahrer eingetragen', text)
    return R(m, C, 'de', 'insurer-to-customer',
             'motor contract: adds a named minor driver with birth date, premium change')


def m073():
    text = """Hallo zusammen,

zur Abstimmung im Arbeitskreis Löschkonzept am 06.03. hier der Entwurf
für die Datenart "Führungszeugnisse / Zuverlässigkeitsnachweise":

  Datenart:         Führungszeugnis (Belegart N und O), Auskünfte aus dem
                    Gewerbezentralregister
  Herkunft:         Bewerbungen (Beschäftigte mit Zugriff auf
                    Zahlungsverkehr), Vermittleranbindung nach § 34d GewO
  Zweck:            Zuverlässigkeitsprüfung
  Speicherort:      keine Ablage des Dokuments; nur Vermerk "eingesehen am
                    / Ergebnis unauffällig bzw. Prüfung Fachbereich"
  Löschfrist:       Dokument sofort nach Einsichtnahme vernichten bzw.
                    zurückgeben; Vermerk mit Personal-/Vermittlerakte
  Rechtsgrundlage:  Art. 10 DSGVO i.V.m. § 26 BDSG (Beschäftigte),
                    § 34d Abs. 5 GewO (Vermittler)
  Verantwortlich:   HR bzw. Vertriebspartnermanagement

Bitte bis Montag Rückmeldung, ob das mit der Praxis in euren Bereichen
übereinstimmt. Besonders interessiert mich, ob irgendwo noch Kopien in
Outlook-Ordnern liegen.

Gruß
Dr. Bastian Lüdecke
"""
    m = mail(73, 'Dr. Bastian Lüdecke <datenschutz@versicherer.example>',
             'ak-loeschkonzept@versicherer.example',
             'Löschkonzept – Entwurf Datenart Führungszeugnisse', text, date=(2025, 2, 27, 9, 30))
    return R(m, N, 'de', 'internal',
             'trap: deletion concept for criminal record certificates, no person')


def m074():
    text = """Sehr geehrte Frau Vogelsang,

Ihre Rechnung des Instituts für Humangenetik Marburg vom 22.01.2025 haben
wir geprüft.

  Versicherte Person:  Edith Vogelsang, geb. 16.02.1962
  Vertrag:             KV-4471.118.664, Tarif AMB-Plus 90
  Leistung:            pharmakogenetische Untersuchung CYP2D6/CYP2C19
                       (Genotypisierung) vor Einstellung auf
                       Tamoxifen, Rechnungsbetrag 412,18 EUR

Ergebnis laut beigefügtem Befund: CYP2D6 *4/*4, "Poor Metabolizer". Die
Untersuchung war medizinisch notwendig, da Ihr Onkologe daraufhin eine
Umstellung auf einen Aromatasehemmer empfohlen hat. Wir erstatten 90 %,
also 370,96 EUR.

Zur Sicherheit: Dieser Befund wird ausschließlich in Ihrer Leistungsakte
der Krankenversicherung gespeichert. Er wird nicht für andere Verträge,
etwa eine Lebensversicherung, verwendet (§ 18 GenDG).

Mit freundlichen Grüßen
Sabine Ketteler
Leistungsabteilung Krankenversicherung
"""
    m = mail(74, 'Sabine Ketteler <s.ketteler@versicherer.example>',
             'Edith Vogelsang <e.vogelsang@postfach.example>',
             'Ihre Rechnung Humangenetik vom 22.01.2025', text, charset='windows-1252')
    return R(m, S, 'de', 'insurer-to-customer',
             'genetic test result (CYP2D6 genotype) and cancer therapy of named insured, windows-1252')


def m075():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial">
<p>Hallo zusammen,</p>
<p>hier wie versprochen die Auflösung zum Quiz aus der Datenschutz-Schulung
&bdquo;Besondere Kategorien&ldquo; vom Dienstag. Alle Personen in den Fällen sind erfunden.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde"><th>#</th><th>Fall</th><th>Besondere Kategorie?</th><th>Begründung</th></tr>
<tr><td>1</td><td>&bdquo;Frau Muster bittet um Rückruf nicht am Freitag wegen des Freitagsgebets.&ldquo;</td>
<td>ja (Religion)</td><td>Religiöse Überzeugung geht klar hervor.</td></tr>
<tr><td>2</td><td>&bdquo;Herr Beispiel spricht nur Polnisch.&ldquo;</td>
<td>nein</td><td>Sprache ist keine ethnische Herkunft.</td></tr>
<tr><td>3</td><td>&bdquo;VN ist Mitglied bei ver.di, Rechtsschutz über Gewerkschaft vorrangig.&ldquo;</td>
<td>ja (Gewerkschaft)</td><td>Art. 9 Abs. 1 DSGVO.</td></tr>
<tr><td>4</td><td>Bußgeldbescheid 25 km/h zu schnell</td>
<td>nein</td><td>Ordnungswidrigkeit, aber vertraulich.</td></tr>
<tr><td>5</td><td>Strafbefehl wegen Trunkenheit im Verkehr</td>
<td>ja (Art. 10)</td><td>Strafrechtliche Verurteilung.</td></tr>
<tr><td>6</td><td>Selfie-Abgleich beim Video-Ident</td>
<td>ja (Biometrie)</td><td>Technische Verarbeitung zur eindeutigen Identifizierung.</td></tr>
<tr><td>7</td><td>Kundin nennt &bdquo;meine Frau&ldquo; als Mitversicherte</td>
<td>umstritten</td><td>Diskussion in der Schulung, bitte Leitfaden S.&nbsp;12 beachten.</td></tr>
</table>
<p>Die Folien liegen im Lernportal. Viel Spaß beim Nachlesen!</p>
<p>Viele Grüße<br>Bastian Lüdecke</p>
</body></html>
"""
    m = mail(75, 'Bastian Lüdecke <datenschutz@versicherer.example>',
             'schulung-ds-feb25@versicherer.example',
             'Auflösung Quiz "Besondere Kategorien"', html=html)
    return R(m, N, 'de', 'internal',
             'trap: HTML-only quiz with fictitious cases on Art. 9/10, no real person')


def m076():
    text = """Sehr geehrte Frau Kaminski,

leider konnten wir den Beitrag für Ihre Hausratversicherung HR-2209-577309
für den Monat Februar (12,60 EUR) nicht einziehen. Ihre Bank hat die
Lastschrift mit dem Hinweis "Konto erloschen" zurückgegeben.

Bitte überweisen Sie den Betrag zuzüglich Rücklastschriftgebühr (3,00 EUR)
bis zum 31.03.2025 auf unser Konto oder teilen Sie uns Ihre neue
Bankverbindung mit. Bisher hinterlegt war:

  IBAN DE65 3691 6610 7412 1848 51

Wenn Sie uns eine neue IBAN nennen, ziehen wir künftig davon ein.

Mit freundlichen Grüßen
Beitragsservice
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(76, 'Beitragsservice <beitrag@versicherer.example>',
             'Monika Kaminski <m.kaminski@mailbox.example>',
             'Rücklastschrift – Hausratversicherung HR-2209-577309', text)
    return R(m, C, 'de', 'insurer-to-customer',
             'premium arrears in household insurance with IBAN')


def m077():
    text = """Sehr geehrter Herr Stolzenberg,

wir bestätigen die Umwandlung Ihrer Kfz-Versicherung in eine
Ruheversicherung ab dem 20.02.2025.

  Kfz-Vertrag:  KF 31-6640288, BMW 118i, KS-PS 1980
  Grund lt. Ihrer Mitteilung: vorläufige Entziehung der Fahrerlaubnis
  (§ 111a StPO) nach der Verkehrskontrolle vom 25.01.2025 wegen Fahrens
  unter Einfluss von Cannabis (THC-Wert 9,8 ng/ml) und Amphetamin

Während der Ruheversicherung bleibt Ihr Schadenfreiheitsrabatt erhalten
und das abgemeldete Fahrzeug ist in der Garage gegen Brand, Diebstahl und
Sturm versichert. Sie zahlen 4,90 EUR monatlich.

Sie schreiben, dass eine MPU auf Sie zukommt und Sie schon mit einem
Abstinenzprogramm (Urinkontrollen über 12 Monate) begonnen haben. Wenn Sie
die Fahrerlaubnis wieder erhalten, reicht ein kurzer Anruf: Wir
reaktivieren den Vertrag mit Ihrer alten SF-Klasse.

Mit freundlichen Grüßen
Ole Brandhorst
Kfz-Vertrag
"""
    m = mail(77, 'Ole Brandhorst <o.brandhorst@versicherer.example>',
             'Patrick Stolzenberg <p.stolzenberg@webpost.example>',
             'Ruheversicherung KS-PS 1980', text)
    return R(m, S, 'de', 'insurer-to-customer',
             'motor: licence seized for drug driving (THC/amphetamine), abstinence programme - Art. 10 + health')


def m078():
    text = """Liebe Kolleginnen und Kollegen,

die Tarifverhandlungen für das private Versicherungsgewerbe zwischen dem
Arbeitgeberverband und ver.di sowie DHV sind abgeschlossen. Für uns als
tarifgebundenes Unternehmen gilt ab sofort:

  * 4,0 % mehr Gehalt ab 01.09.2025, weitere 2,6 % ab 01.09.2026
  * Inflationsausgleich: 500 EUR einmalig mit dem April-Gehalt
  * Auszubildende: +120 EUR monatlich ab 01.09.2025
  * Laufzeit bis 31.08.2027

Die Erhöhung wird automatisch umgesetzt, ihr müsst nichts tun. Außertarif-
lich Beschäftigte erhalten eine gesonderte Information von ihrer
Führungskraft.

Viele Grüße
Personal & Organisation
"""
    m = mail(78, 'Personal & Organisation <personal@versicherer.example>',
             'alle-mitarbeitenden@versicherer.example',
             'Tarifabschluss Versicherungsgewerbe 2025', text)
    return R(m, N, 'de', 'internal',
             'trap: collective pay agreement with ver.di named, no member concerned')


def m079():
    text = """Sehr geehrter Herr Bernstein,

vielen Dank für Ihren Rückruf. Sie haben erklärt, dass Sie als
praktizierender Jude am Schabbat (Freitagabend bis Samstagabend) keine
Termine wahrnehmen und auch kein Telefon benutzen, und dass in der
kommenden Woche außerdem Purim ist.

Unser Sachverständiger für den Leitungswasserschaden in Ihrer Wohnung
(Hausrat HR-2209-499218, Schaden S-2025-025561) kommt deshalb nicht wie
ursprünglich geplant am Samstag, sondern am

  Montag, 17.03.2025, zwischen 9 und 11 Uhr,

Hupfeldstraße 22, 2. OG. Die Trocknungsgeräte bleiben bis dahin in Betrieb.
Bitte halten Sie die Rechnung für das beschädigte Parkett bereit.

Mit freundlichen Grüßen
Aylin Demirtaş
Schadenservice Sach
"""
    m = mail(79, 'Aylin Demirtas <a.demirtas@versicherer.example>',
             'David Bernstein <d.bernstein@mailbox.example>',
             'Ihr Wasserschaden – neuer Termin Sachverständiger', text, date=(2025, 3, 6, 11, 20))
    return R(m, S, 'de', 'insurer-to-customer',
             'household claim where the customer\'s religious practice (Jewish, Shabbat) is recorded')


def m080():
    text = """Hallo Frau Oberschelp,

anbei/unten die Daten für den Rechtsschutz-Antrag unseres Kunden,
Berufsgruppentarif "Öffentlicher Dienst". Bitte um Policierung zum 01.04.

Kunde:          Stefan Marquardt
geb.:           27.09.1983
Anschrift:      Am Rehberg 4, 34346 Hann. Münden
Beruf:          Polizeibeamter (Polizeikommissar), Land Hessen
Familienstand:  verheiratet, 2 Kinder (mitversichert)
Bausteine:      Privat, Beruf, Verkehr, Wohnen (Mieter)
SB:             250 EUR
Vorversicherung: keine, keine Vorschäden
Zahlweise:      jährlich, Lastschrift
IBAN:           DE92 7458 7971 3512 0467 02

Antrag mit Unterschrift geht per Post. Danke!

Beste Grüße
Tanja Wollenhaupt
Wollenhaupt Finanz & Versicherung
(gebundene Vermittlerin der Albrechtshof Versicherungen)
"""
    m = mail(80, 'Lars Quernheim <l.quernheim@versicherer.example>',
             'Katrin Oberschelp <k.oberschelp@versicherer.example>',
             'WG: Antrag Rechtsschutz Marquardt', 'Katrin, zur Policierung.\nLars\n\n' + text)
    return R(m, C, 'de', 'broker',
             'legal expenses application: birth date, occupation, IBAN; police officer is a job, not Art. 10')


def m081():
    text = """INC0772104 – Laufwerk R:\\Rechtsschutz\\Strafsachen nicht erreichbar

Kurzbeschreibung: Seit dem Patchday gestern Abend bekommen 14 Nutzer der
Abteilung Rechtsschutz-Leistung beim Öffnen von
R:\\Rechtsschutz\\Strafsachen und R:\\Rechtsschutz\\OWi "Zugriff verweigert".
Andere Ordner (Arbeitsrecht, Verkehr) funktionieren.

Analyse 2nd Level: Die AD-Gruppe GG-RS-Straf-RW wurde durch das
Bereinigungsskript fälschlich geleert (Gruppe war als "verwaist"
markiert, weil der Owner ausgeschieden ist).

Maßnahme: Mitglieder aus dem Backup der Gruppe vom 17.02. wiederhergestellt,
neuer Owner: Teamleitung RS-Leistung. Nutzer müssen sich einmal ab- und
anmelden.

Bitte Ticket schließen, falls bei euch alles wieder läuft.

Viele Grüße
IT-Servicedesk, 2nd Level Fileservices
"""
    m = mail(81, 'IT-Servicedesk <servicedesk@versicherer.example>',
             'teamleitung-rs-leistung@versicherer.example',
             'INC0772104 gelöst – Zugriff auf Ordner Strafsachen', text)
    return R(m, N, 'de', 'internal',
             'trap: IT ticket about a "Strafsachen" folder, no case content')


def m082():
    text = """Dear Ms Johansson,

here is your electronic insurance confirmation (eVB) for registering your
car in Kassel:

  eVB number:      K7Q2M4R
  Vehicle:         Volvo XC40, VIN YV1XZ78V8L2301745
  Policyholder:    Linnea Johansson, born 02/02/1989
  Address:         Ludwig-Mond-Str. 61, 34121 Kassel
  Cover:           third-party liability + comprehensive (EUR 500 excess)
  Start:           on the day of registration

We have accepted your Swedish no-claims confirmation from Folksam
(12 claim-free years). That gives you class SF 12 with us.

Once the car is registered, the registration office sends us the plate
number automatically; your policy schedule follows about a week later.

Kind regards
Motor Customer Service
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(82, 'Kfz-Kundenservice <kfz-service@versicherer.example>',
             'Linnea Johansson <linnea.johansson@inbox.example>',
             'Your eVB for the registration of your Volvo XC40', text)
    return R(m, C, 'en', 'insurer-to-customer',
             'motor eVB with birth date, VIN and address; foreign no-claims record is not ethnic data')


def m083():
    text = """Sehr geehrter Herr Reinecke,

vielen Dank für Ihr Schreiben als gesetzlicher Betreuer von Frau Gisela
Marx (Bestellungsurkunde liegt uns jetzt vor). Ihr Schreiben habe ich zur
Sicherheit noch einmal als Anlage beigefügt, damit Sie sehen, worauf wir
uns beziehen.

Zum Schaden in der Wohnung Ihrer Betreuten (Hausrat HR-2209-318762,
Schaden S-2025-019920):

Ein Ausschluss wegen Vorsatz kommt nicht in Betracht, wenn die Schäden,
wie Sie schreiben, in einem Zustand entstanden sind, in dem der Sohn die
Folgen seines Handelns nicht erkennen konnte. Der Sohn ist zudem nicht
Versicherungsnehmer. Wir regulieren daher den beschädigten Hausrat nach
Vorlage der Liste. Die Glasschäden (Fenster) melden Sie bitte dem
Vermieter bzw. dessen Gebäudeversicherer.

Mit freundlichen Grüßen
Aylin Demirtaş
Schadenservice Sach
"""
    brief = odt([
        'Carsten Reinecke, Berufsbetreuer, Königstor 18, 34117 Kassel',
        'An die Albrechtshof Allgemeine Versicherung AG, Schadenservice',
        'Betreff: Hausratversicherung HR-2209-318762, Frau Gisela Marx, geb. 30.06.1951',
        'Sehr geehrte Damen und Herren,',
        'ich bin seit 03.02.2025 für Frau Marx in den Bereichen Vermögenssorge und '
        'Behördenangelegenheiten bestellt (AG Kassel, Az. 773 XVII 214/25).',
        'Am 26.01.2025 hat der bei Frau Marx lebende Sohn, Herr Thomas Marx (44), in einer '
        'akuten psychotischen Episode bei bekannter paranoider Schizophrenie (nach Absetzen '
        'seiner Medikation) die Wohnungseinrichtung weitgehend zerstört: Fernseher, '
        'Glasvitrine, Geschirr, Fenster im Wohnzimmer. Er wurde noch am selben Tag nach PsychKHG '
        'in die Vitos Klinik Kassel eingewiesen und befindet sich dort weiterhin stationär.',
        'Frau Marx selbst ist nach dem Vorfall dement-bedingt nicht in der Lage, die Liste zu '
        'erstellen; ich habe sie mit der Nachbarin aufgenommen (Anlage).',
        'Mit freundlichen Grüßen, C. Reinecke',
    ])
    m = mail(83, 'Aylin Demirtas <a.demirtas@versicherer.example>',
             'Carsten Reinecke <betreuung@reinecke-betreuung.example>',
             'Schaden S-2025-019920 – Ihre Betreute Frau Marx', text,
             atts=[('Schreiben_Betreuer_2025-02-05.odt', ODT, brief)])
    return R(m, S, 'de', 'insurer-to-customer',
             'body vague; ODT letter names son\'s psychotic episode/schizophrenia and mother\'s dementia')


def m084():
    text = """Sehr geehrte Damen und Herren,

anbei die Nachtragspolice für die Gebäudeversicherung der
Ev.-luth. Kirchengemeinde St. Nikolai Kassel-Kirchditmold:

  Vertrag:         WG-GEM-0092-117
  Versicherungsort: Kirche St. Nikolai, Gemeindehaus und Pfarrhaus,
                   Kirchditmolder Str. 1–3
  Änderung:        Aufnahme der neuen Photovoltaikanlage auf dem
                   Gemeindehaus (29,6 kWp), Versicherungssumme +48.000 EUR
  Mehrbeitrag:     112,30 EUR jährlich ab 01.04.2025

Die Orgel bleibt wie bisher über die separate Musikinstrumenten-
versicherung versichert. Bitte leiten Sie die Police an den
Kirchenvorstand und das Kirchenkreisamt weiter.

Mit freundlichen Grüßen
Firmenkunden Sach
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(84, 'Firmenkunden Sach <firmenkunden@versicherer.example>',
             'Gemeindebüro St. Nikolai <gemeindebuero@st-nikolai-kirchditmold.example>',
             'Nachtrag Gebäudeversicherung WG-GEM-0092-117 – PV-Anlage', text)
    return R(m, N, 'de', 'insurer-to-customer',
             'trap: buildings policy of a parish (legal entity), no natural person named')


def m085():
    text = """Sehr geehrte Damen und Herren,

wir melden einen Leitungswasserschaden im Objekt Tischbeinstraße 40,
34121 Kassel (Ihre Gebäudeversicherung WG-7781-099230, VN:
Erbengemeinschaft Hellwig, vertreten durch uns als Verwalterin).

Am 16.02.2025 ist in der Wohnung 2. OG links (Mieter: Herr Jan-Ole
Behrens) der Anschlussschlauch der Spülmaschine geplatzt. Wasser ist in
die darunterliegende Wohnung 1. OG links (Mieterin: Frau Agnieszka
Wróbel) durchgelaufen; dort sind Decke und Laminat im Flur betroffen.

Die Fa. Trocknungstechnik Kassel ist vor Ort, Messprotokoll folgt.
Beide Mieter sind informiert und mit einer Besichtigung einverstanden;
Erreichbarkeit Herr Behrens 0171 4418822, Frau Wróbel 0157 33901277.

Mit freundlichen Grüßen
Dana Stiebing
Hausverwaltung Stiebing & Partner GmbH
Friedrichsplatz 7, 34117 Kassel
"""
    m = mail(85, 'Aylin Demirtas <a.demirtas@versicherer.example>',
             'Regulierer Nord <regulierer-nord@versicherer.example>',
             'WG: Leitungswasserschaden Tischbeinstraße 40',
             'Bitte Besichtigung einplanen, Schadennummer S-2025-030415.\nAylin\n\n' + text, date=(2025, 2, 17, 9, 5))
    return R(m, C, 'de', 'company',
             'building water damage; named tenants with phone numbers, policy number')


def m086():
    text = """Sehr geehrter Herr Quernheim,

eine kurze Frage zu unserer betrieblichen Krankenversicherung (bKV,
Gruppenvertrag GV-bKV-0215, Budgettarif 600 EUR):

Unser Mitarbeiter Herr Florian Aschenbrenner (PersNr. 2087) ist seit
Januar in einer stationären Entwöhnungsbehandlung wegen Alkohol- und
Medikamentenabhängigkeit in der Fachklinik Fredeburg. Die Reha zahlt die
Rentenversicherung. Er möchte wissen, ob er die Zuzahlungen und die
danach geplante ambulante Nachsorge (Suchtberatung, Selbsthilfegruppe)
über das bKV-Budget abrechnen kann.

Außerdem: Er ist ab 01.04. voraussichtlich im Hamburger Modell
(stufenweise Wiedereingliederung). Läuft die bKV in dieser Zeit normal
weiter?

Herr Aschenbrenner ist damit einverstanden, dass ich für ihn anfrage.

Viele Grüße
Corinna Wallbaum
Personalabteilung, Gebr. Kemper Bau GmbH
"""
    m = mail(86, 'Lars Quernheim <l.quernheim@versicherer.example>',
             'bkv-leistung@versicherer.example',
             'WG: Frage bKV GV-bKV-0215 – Mitarbeiter Aschenbrenner', text)
    return R(m, S, 'de', 'company',
             'HR mail on group health: named employee in addiction rehabilitation (alcohol/medication)')


def m087():
    text = """Liebe Kolleginnen und Kollegen aus der Korrespondenz,

ab März gilt die neue Sprachregelung für Kundenschreiben (Leitfaden
"Klar und respektvoll", Kapitel 5):

1. Anrede nach dem im Vertragssystem gespeicherten Geschlechtseintrag:
   männlich -> "Sehr geehrter Herr ...", weiblich -> "Sehr geehrte Frau ...",
   divers / ohne Eintrag / Anredewunsch "neutral" -> "Guten Tag Vorname
   Nachname".
2. Wenn eine Kundin oder ein Kunde einen neuen Vornamen mitteilt, nie den
   früheren Namen in Schreiben oder Betreffzeilen verwenden.
3. Keine Mutmaßungen über Geschlecht anhand des Vornamens; im Zweifel
   neutrale Anrede.
4. Bei Ehepaaren nicht "Herr und Frau" voreinstellen, sondern beide Namen
   ausschreiben.

Die Textbausteine im Korrespondenzsystem sind angepasst (Variable
«ANREDE_NEUTRAL»). Fragen gern an das Team Kundenkommunikation.

Viele Grüße
Jana Feldkamp
"""
    m = mail(87, 'Jana Feldkamp <j.feldkamp@versicherer.example>',
             'korrespondenz-alle@versicherer.example',
             'Sprachregelung Anrede und Geschlechtseintrag ab März', text, date=(2025, 2, 24, 10, 0))
    return R(m, N, 'de', 'internal',
             'trap: style guide on gender entries and new first names, no person')


def m088():
    text = """Dear Mr Okonkwo-Richter,

thank you for letting us know that you have sold your motorcycle (Honda
CB650R, plate KS-OR 65) to Mr Milan Horvat on 15 February 2025.

Your policy KF 31-8801293 ended on that day. The buyer's insurance takes
over from the date of sale; we have passed the buyer's details from the
sales contract (Milan Horvat, born 04/11/1998, Baunatal) to the vehicle
registration office as required.

You will receive a refund of the unused premium of EUR 146.12 to your
account ending 4453 within two weeks. Your no-claims class (SF 5) is
saved for five years if you buy another motorcycle.

Kind regards
Motor Customer Service
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(88, 'Kfz-Kundenservice <kfz-service@versicherer.example>',
             'Chidi Okonkwo-Richter <c.okonkwo-richter@webpost.example>',
             'Sale of your motorcycle KS-OR 65', text)
    return R(m, C, 'en', 'insurer-to-customer',
             'motor sale: buyer\'s name and birth date, refund, policy data')


def m089():
    text = """Sehr geehrte Frau Dipl.-Psych. Marwede,

Ihre Patientin, Frau Lena Rautenberg, geb. 14.09.1991 (Vertrag
KV-4471.208.315), hat einen Antrag auf Umwandlung der Kurzzeittherapie in
eine Langzeittherapie (weitere 36 Sitzungen Verhaltenstherapie) gestellt.
Eine Schweigepflichtentbindung für Rückfragen an Sie liegt uns vor.

Unser beratender Gutachter bittet um folgende Ergänzungen zu Ihrem
Bericht vom 11.02.2025:

1. Wie hat sich die depressive Symptomatik (BDI-II zu Beginn 31) seit
   Beginn der Therapie entwickelt? Aktueller Wert?
2. Sie erwähnen "wiederholte passive Todeswünsche" im Herbst 2024. Ist die
   Patientin inzwischen stabil, und besteht eine psychiatrische
   Mitbehandlung (Medikation)?
3. Welche Therapieziele sollen in der Langzeittherapie noch erreicht
   werden, die in 24 Sitzungen nicht erreichbar waren?

Bitte senden Sie die Antwort in einem verschlossenen Umschlag mit dem
Vermerk "Gutachter – persönlich" oder über unser Praxisportal.

Mit freundlichen Grüßen
Sabine Ketteler
Leistungsabteilung Krankenversicherung
"""
    m = mail(89, 'Sabine Ketteler <s.ketteler@versicherer.example>',
             'Praxis Marwede <praxis@marwede-psychotherapie.example>',
             'Ihre Patientin L. Rautenberg – Rückfragen zum Fortführungsantrag', text)
    return R(m, S, 'de', 'insurer-to-therapist',
             'query to psychotherapist about named patient: depression score, passive death wishes')


def m090():
    text = """PRESSEMITTEILUNG

Albrechtshof-Stiftung fördert Suchtberatung für junge Erwachsene in
Nordhessen mit 120.000 Euro

Kassel, 24. Februar 2025 – Die Albrechtshof-Stiftung unterstützt das
Projekt "Klartext 18+" der Suchtberatungsstellen in Kassel, Fulda und
Korbach über drei Jahre mit insgesamt 120.000 Euro. Das Projekt bietet
jungen Menschen zwischen 18 und 27 Jahren anonyme Online-Beratung zu
Alkohol, Cannabis, Glücksspiel und Gaming an.

"Viele junge Erwachsene gehen mit ihren Sorgen nicht in eine
Beratungsstelle, aber sie chatten", sagt Dr. Irmgard Sölter,
Vorstandsvorsitzende der Albrechtshof Versicherungen und Kuratoriumsvorsitzende
der Stiftung. Im ersten Jahr sollen mindestens 800 Beratungen stattfinden.

Über die Albrechtshof-Stiftung: gegründet 1998, fördert Projekte in den
Bereichen Prävention, Bildung und Ehrenamt in Hessen.

Pressekontakt: Jana Feldkamp, presse@versicherer.example
"""
    m = mail(90, 'Jana Feldkamp <presse@versicherer.example>',
             'verteiler-regionalpresse@versicherer.example',
             'PM: Albrechtshof-Stiftung fördert Suchtberatung "Klartext 18+"', text, date=(2025, 2, 24, 10, 0))
    return R(m, N, 'de', 'newsletter',
             'trap: press release on addiction counselling funding, no individual')


def m091():
    text = """Dear Ms Hoffmeister,

please find below our answers to section C of the BaFin market survey on
the use of artificial intelligence (ref. VA 11-Q 2025/0041), which you
asked us to submit by email in addition to the portal upload.

C.1 Do you use AI systems for biometric categorisation of natural persons
    (e.g. inferring ethnicity, religion, political opinion or sexual
    orientation from images or voice)?
    -> No. We do not use and do not plan to use such systems.

C.2 Do you use emotion recognition in customer contact?
    -> No. The planned speaker verification (go-live 2026) is contractually
       limited to 1:1 identity verification; emotion and attribute
       analysis is excluded.

C.3 Do you use biometric identification?
    -> Yes, 1:1 face matching in the online identification for life
       insurance (video-ident via an external provider, since 2022), with
       explicit consent. Approx. 6,300 identifications in 2024.

C.4 Do you use special categories of personal data to train models?
    -> Health data for claims triage in private health insurance
       (pseudonymised, in-house), documented in DPIA DSFA-2023-07.

Kind regards
Dr. Bastian Lüdecke
Group Data Protection Officer
Albrechtshof Versicherungen
"""
    m = mail(91, 'Dr. Bastian Lüdecke <datenschutz@versicherer.example>',
             'Sabine Hoffmeister <sabine.hoffmeister@bafin-survey.example>',
             'VA 11-Q 2025/0041 - answers section C (biometrics / special categories)', text)
    return R(m, N, 'en', 'insurer-to-partner',
             'trap: supervisory survey answers on biometrics and special categories, aggregate only')


def m092():
    text = """Hi Mrs Hargreaves,

thanks for reporting the broken window. As I understand it, your son
Oliver (12) kicked a football against the kitchen window of your
neighbour, Mr Bernd Sauer, Am Fasanenhof 8, on 19 February. Nobody was
hurt.

Your personal liability policy PH-5510-455820 covers damage caused by
children in your household, regardless of their age, under the family
tariff.

  Claim no.:  S-2025-035514
  Estimate:   Glaserei Hock, EUR 684.25 (double glazing)

Mr Sauer can send the invoice directly to us; we pay him directly. No
excess applies.

Best regards
Liability Claims
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(92, 'Haftpflicht-Schaden <schaden-haftpflicht@versicherer.example>',
             'Emma Hargreaves <emma.hargreaves@inbox.example>',
             'Broken window - claim S-2025-035514', text, flowed=True)
    return R(m, C, 'en', 'insurer-to-customer',
             'liability claim naming child and neighbour, nobody hurt')


def m093():
    text = """Hello Ivana,

we need your help with a failed identification from last week. The
customer has complained twice and is now threatening to cancel.

  Process:          online application motor (not life), step "selfie-ident"
  Transaction ID:   IDV-20250214-00871233
  Customer:         Mr Bülent Aydoğan, born 12/07/1976
  Application:      AN-KF-2025-011982
  Result:           REJECTED - face match score 0.41 (threshold 0.70),
                    liveness score 0.93 (passed)
  Document:         German ID card, issued 2016

The customer says the ID photo is nine years old and he has since lost a
lot of weight and grown a beard. Our support staff cannot see the images
(correctly). Could you:

1. have a human reviewer in your team compare selfie and ID photo, as
   provided for in section 4.2 of our processing agreement, and
2. tell us whether the threshold is applied differently for older ID
   documents.

Please delete the biometric templates of both attempts after the review,
and confirm the deletion.

Thanks
Ramona Eckhardt
Customer Service Digitalisation
"""
    m = mail(93, 'Ramona Eckhardt <r.eckhardt@versicherer.example>',
             'Ivana Petrović <i.petrovic@identicheck.example>',
             'Failed selfie-ident IDV-20250214-00871233 - manual review', text, date=(2025, 2, 21, 14, 10))
    return R(m, S, 'en', 'insurer-to-supplier',
             'biometric face match of a named customer with scores and template deletion (Art. 9)')


def m094():
    text = """Albrechtshof Health News - February

Five small habits for your mental health

1. Move every day - a 20-minute walk counts.
2. Keep a regular sleep rhythm, also at weekends.
3. Talk about it: with friends, family or a professional.
4. Limit news and social media in the evening.
5. Know where to get help: your GP, a psychotherapist, or the
   TelefonSeelsorge (0800 111 0 111, free and anonymous, 24/7).

Did you know? Customers with our health insurance can book up to five
online coaching sessions per year without any application.

Read more: https://www.albrechtshof.example/gesundheit/psyche

You receive this newsletter because you subscribed to Albrechtshof Health
News. Unsubscribe: https://www.albrechtshof.example/newsletter/unsubscribe
"""
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h2 style="color:#1f6f5c">Albrechtshof Health News &ndash; February</h2>
<h3>Five small habits for your mental health</h3>
<ol>
<li>Move every day &ndash; a 20-minute walk counts.</li>
<li>Keep a regular sleep rhythm, also at weekends.</li>
<li>Talk about it: with friends, family or a professional.</li>
<li>Limit news and social media in the evening.</li>
<li>Know where to get help: your GP, a psychotherapist, or the TelefonSeelsorge
(0800&nbsp;111&nbsp;0&nbsp;111, free and anonymous, 24/7).</li>
</ol>
<p><b>Did you know?</b> Customers with our health insurance can book up to five online
coaching sessions per year without any application.</p>
<p><a href="https://www.albrechtshof.example/gesundheit/psyche">Read more</a></p>
<p style="font-size:10px;color:#999">You receive this newsletter because you subscribed to
Albrechtshof Health News. <a href="https://www.albrechtshof.example/newsletter/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    m = mail(94, 'Albrechtshof Health News <newsletter@versicherer.example>',
             'subscribers-health-en@versicherer.example',
             'Five small habits for your mental health', text, html=html, date=(2025, 2, 18, 7, 0))
    return R(m, N, 'en', 'newsletter',
             'trap: mental-health tips newsletter to all subscribers')


def m095():
    text = """Dear Fiona,

thank you for the renewal submission for Nordhessische Maschinenbau
Holding AG. Before we finalise terms for the D&O renewal (DO-2023-0412,
limit EUR 5m, expiry 31 March 2025), a few points:

1. Board changes: we note that Dr. Wolfgang Eickhoff (CEO) and Ms Birgit
   Schaumann (CFO) continue, and that Mr Tobias Reuß joined the
   management board as COO on 1 January. Please send his CV.
2. The declaration confirms that no claims, no regulatory proceedings and
   no criminal or administrative investigations are pending or
   threatened against any insured person. Please have it signed by the
   CEO (the draft is unsigned).
3. Financials: revenue EUR 212m, equity ratio 38 % - no concerns.

Indicative renewal premium: EUR 18,900 (expiring EUR 17,400), same
retention. Terms are valid until 21 March.

Best regards
Holger Averdung
Financial Lines Underwriting
"""
    m = mail(95, 'Holger Averdung <h.averdung@versicherer.example>',
             'Fiona Gallagher <f.gallagher@ridgeway-brokers.example>',
             'D&O renewal Nordhessische Maschinenbau Holding AG - DO-2023-0412', text, date=(2025, 3, 10, 11, 0))
    return R(m, C, 'en', 'insurer-to-broker',
             'D&O renewal with named directors; declaration of no proceedings, nothing criminal about anyone')


def m096():
    text = """Hi all,

for the underwriting guideline review, here is the analysis you asked for
on politically or ideologically motivated property damage in our
commercial and residential portfolio (buildings and contents, 2020-2024).

Method: claims flagged by handlers with the cause code 74
("vandalism - motive stated by police") and matched against the police
reference. Counts only, no policy or claim numbers.

  Year   claims   of which graffiti   arson   avg. loss EUR
  2020      38           21             2        3,410
  2021      44           26             3        4,020
  2022      41           22             1        3,180
  2023      57           35             4        5,760
  2024      72           41             6        7,940

Most affected risk groups: party offices (listed as "association
premises"), places of worship, refugee accommodation, and private homes
of local politicians (not separately identifiable in our data).

Recommendation: no change to rates; add a question on CCTV/security for
association premises above EUR 500k sum insured.

Best
Jasmin Rehbein
Portfolio Analytics
"""
    m = mail(96, 'Jasmin Rehbein <j.rehbein@versicherer.example>',
             'uw-guidelines-property@versicherer.example',
             'Analysis: politically motivated property damage 2020-2024', text)
    return R(m, N, 'en', 'internal',
             'trap: aggregate statistics on politically motivated vandalism, no policyholder identifiable')


def m097():
    text = """Hi Bastian,

can you take a look at this before anyone opens the file? The broker
forwarded the US parent's benefits census for the group health quote.
It contains a column "Race/Ethnicity (EEO-1)" and a column "Veteran
status". I have not imported it into the quote tool. I assume we ask the
broker to resend without those columns and delete this one?

Lars

-----Original Message-----
From: Brandon Keefe <b.keefe@atlantic-benefits.example>
Sent: 20 February 2025 17:31
To: groupquotes@versicherer.example
Subject: Census - Corvane Diagnostics GmbH (Kassel site) - group health quote

Hi team,
please find the census for the 42 German employees of Corvane
Diagnostics. It's the standard export from the parent's HRIS, hope that
works. Effective date 1 May.
Brandon
"""
    rows = [['Employee ID', 'Last name', 'First name', 'DOB', 'Gender', 'Race/Ethnicity (EEO-1)',
             'Veteran status', 'Annual salary EUR', 'Dependants'],
            ['CD-0101', 'Hartung', 'Silke', '1979-04-12', 'F', 'White', 'N', 84000, 2],
            ['CD-0107', 'Nguyen', 'Thi Mai', '1991-08-30', 'F', 'Asian', 'N', 61500, 0],
            ['CD-0112', 'Adebayo', 'Samuel', '1986-01-19', 'M', 'Black or African American', 'N', 72000, 3],
            ['CD-0118', 'Moreno', 'Lucía', '1993-11-05', 'F', 'Hispanic or Latino', 'N', 58000, 0],
            ['CD-0125', 'Berger', 'Tim', '1988-06-22', 'M', 'White', 'Y', 66000, 1],
            ['CD-0131', 'Al-Sayed', 'Omar', '1995-02-14', 'M', 'Two or more races', 'N', 54500, 0]]
    m = mail(97, 'Lars Quernheim <l.quernheim@versicherer.example>',
             'Dr. Bastian Lüdecke <datenschutz@versicherer.example>',
             'FW: Census - Corvane Diagnostics GmbH - ethnicity column?', text,
             atts=[('Corvane_census_DE_2025.xlsx', XLSX, xlsx(rows, 'Census'))], date=(2025, 2, 21, 9, 30))
    return R(m, S, 'en', 'broker',
             'group health census XLSX with race/ethnicity column per named employee (Art. 9)')


def m098():
    text = """Dear Mr Whelan,

please collect the following for certified destruction (DIN 66399,
protection class 3, security level P-4):

  Location:   Archive basement, building A, room U-112
  Content:    174 archive boxes "BU-Leistung / Gutachten Psychiatrie und
              Neurologie", file years 2008-2013 (retention period expired
              31/12/2024, release no. ARCH-2025-009)
  Also:       6 boxes of old training binders (no personal data)

Collection window: 10 or 11 March, 7:00-12:00. Please bring locked
containers; our staff will be present during loading. We need the
certificate of destruction with box count for our records.

Order no.: BEST-4500088102

Kind regards
Facility Management
Albrechtshof Versicherungen
"""
    m = mail(98, 'Facility Management <facility@versicherer.example>',
             'Liam Whelan <l.whelan@securshred.example>',
             'Order BEST-4500088102 - destruction of archive boxes', text, date=(2025, 2, 27, 10, 0))
    return R(m, N, 'en', 'insurer-to-supplier',
             'trap: shredding order for boxes of psychiatric reports, no content or person')


def m099():
    text = """Hello Mr Lambert,

danke für Ihre Schadenmeldung – I'll answer in English as you asked, the
German terms are in brackets for your records.

Your daughter collided with a parked car while cycling on 12 February
(Radunfall). Nobody was injured, only the car's door was scratched.

  Privathaftpflicht (personal liability): PH-5510-460071
  Schadennummer (claim no.):              S-2025-036207
  Geschädigter (third party):             Herr Wilfried Lotz,
                                          Opel Astra KS-WL 339

We pay the repair directly to Mr Lotz according to the estimate
(Kostenvoranschlag) of EUR 790.00. Your daughter's bike (Fahrrad) is not
covered by the liability policy; if it was damaged, please check your
household insurance (Hausratversicherung).

Mit freundlichen Grüßen / kind regards
Haftpflicht-Schaden
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(99, 'Haftpflicht-Schaden <schaden-haftpflicht@versicherer.example>',
             'Olivier Lambert <o.lambert@postfach.example>',
             'Ihr Haftpflichtschaden / your liability claim S-2025-036207', text)
    return R(m, C, 'mixed', 'insurer-to-customer',
             'bilingual liability claim, named third party and plate, nobody injured')


def m100():
    text = """Sehr geehrter Herr Pfeiffer,

vielen Dank für Ihren Antrag auf eine Vermögensschaden-Haftpflicht für
ehrenamtliche Mandatsträger. Wir haben den Vertrag wie beantragt
policiert:

  Versicherungsnehmer:  Wolf-Dieter Pfeiffer, geb. 17.01.1960
  Mandat:               Stadtverordneter der Stadt Baunatal,
                        Fraktion "Neue Mitte Hessen", stellv.
                        Fraktionsvorsitzender; Mitglied im Haupt- und
                        Finanzausschuss
  Vertrag:              VH-MAN-2025-0317
  Versicherungssumme:   250.000 EUR je Verstoß
  Beitrag:              118,00 EUR jährlich

Versichert sind Vermögensschäden, für die Sie bei Ihrer Tätigkeit in der
Stadtverordnetenversammlung und den Ausschüssen in Anspruch genommen
werden (etwa durch eine fehlerhafte Abstimmung über Vergaben). Nicht
versichert sind Tätigkeiten für den Parteivorstand selbst; dafür hat die
Partei ggf. eine eigene Vereins-Haftpflicht.

Mit freundlichen Grüßen
Firmenkunden Haftpflicht
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(100, 'Firmenkunden Haftpflicht <firmenkunden@versicherer.example>',
             'Wolf-Dieter Pfeiffer <wd.pfeiffer@mailbox.example>',
             'Ihre Mandatsträger-Haftpflicht VH-MAN-2025-0317', text)
    return R(m, S, 'de', 'insurer-to-customer',
             'grey: liability policy naming the customer\'s party faction role (political opinion) with birth date')


def m101():
    text = """Liebe Kolleginnen und Kollegen,

die Betriebliche Suchthilfe bietet ab März wieder eine offene Sprechstunde
an – für alle, die sich Sorgen um den eigenen Konsum machen, um
Angehörige oder um Kolleginnen und Kollegen.

  jeden Dienstag 12:00–14:00 Uhr
  Gebäude C, Raum C 0.04 (separater Eingang vom Innenhof)
  oder telefonisch unter der Durchwahl -5151

Die Gespräche sind vertraulich. Die Suchtkrankenhelferinnen und -helfer
unterliegen der Schweigepflicht nach der Betriebsvereinbarung "Sucht am
Arbeitsplatz" (BV 14) und geben nichts an Führungskräfte oder die
Personalabteilung weiter, auch nicht, dass jemand da war.

Für Führungskräfte gibt es am 26.03. einen Workshop "Auffälligkeiten
ansprechen – aber wie?" (Anmeldung über das Lernportal).

Euer Team Betriebliche Sozialberatung
"""
    m = mail(101, 'Betriebliche Sozialberatung <sozialberatung@versicherer.example>',
             'alle-mitarbeitenden@versicherer.example',
             'Offene Sprechstunde der Betrieblichen Suchthilfe', text, date=(2025, 2, 26, 8, 30))
    return R(m, N, 'de', 'internal',
             'trap: addiction counselling office hours for staff, nobody concerned')


def m102():
    text = """Sehr geehrte Frau Wichmann, sehr geehrter Herr Wichmann,

vielen Dank für Ihren Antrag. Ihre Bauherrenhaftpflichtversicherung ist
policiert:

  Vertrag:          BH-3003-221871
  Bauvorhaben:      Einfamilienhaus mit Einliegerwohnung,
                    Flurstück 118/4, Am Kirchberg, 34292 Ahnatal
  Bausumme:         520.000 EUR (Eigenleistungsanteil bis 40.000 EUR)
  Laufzeit:         01.03.2025 bis Bauende, längstens 24 Monate
  Einmalbeitrag:    286,00 EUR, Abbuchung von IBAN DE13 6128 8067 4751 7542 19

Bitte denken Sie auch an eine Wohngebäudeversicherung mit
Feuerrohbauversicherung – die ist während der Bauzeit beitragsfrei, wenn
Sie den Vertrag jetzt abschließen. Ein Angebot liegt bei.

Viel Erfolg mit dem Bau!

Freundliche Grüße
Privatkunden Haftpflicht
Albrechtshof Allgemeine Versicherung AG
"""
    off = pdf(['Angebot Wohngebäudeversicherung inkl. Feuerrohbau',
               'für: Eheleute Wichmann, Am Kirchberg, 34292 Ahnatal',
               'Wohnfläche 168 m², Baujahr 2025, Massivbau, Bauartklasse I',
               'Gefahren: Feuer, Leitungswasser, Sturm/Hagel, Elementar (ZÜRS 1)',
               'Jahresbeitrag ab Bezugsfertigkeit: 612,40 EUR',
               'Feuerrohbau: bis 12 Monate beitragsfrei'], title='Angebot WG')
    m = mail(102, 'Privatkunden Haftpflicht <haftpflicht-privat@versicherer.example>',
             'familie.wichmann@webpost.example',
             'Ihre Bauherrenhaftpflicht BH-3003-221871', text,
             atts=[('Angebot_Wohngebaeude_Wichmann.pdf', PDF, off)], date=(2025, 2, 25, 11, 0))
    return R(m, C, 'de', 'insurer-to-customer',
             'builder\'s liability policy with IBAN and building plot of named couple')


def m103():
    text = """Hallo zusammen,

anbei die aktualisierte Liste unseres Gutachterpools für
Fachgutachten Psychiatrie / Psychosomatik / Neurologie (Stand 02/2025).
Neu aufgenommen: Dr. Lorenz (Göttingen), ausgeschieden: Prof. Dr. Kämmerer
(Ruhestand).

Bitte bei Beauftragung weiterhin die Rotationsregel beachten (max. 8
Aufträge pro Gutachter und Quartal) und die Honorarvereinbarung 2025
zugrunde legen.

Gruß
Mirko Tessendorf
"""
    rows = [['Fachgebiet', 'Gutachter/in', 'Praxis/Institut', 'Ort', 'Sprachen', 'Wartezeit (Wochen)', 'Honorar Standardgutachten EUR'],
            ['Psychiatrie', 'Dr. med. Anselm Krautwurst', 'Praxis am Ständeplatz', 'Kassel', 'de', 6, 1450],
            ['Psychiatrie', 'Dr. med. Imke Sörensen', 'Praxis Wilhelmshöhe', 'Kassel', 'de, en', 8, 1450],
            ['Psychosomatik', 'Dr. med. Vera Lorenz', 'Gutachteninstitut Leinetal', 'Göttingen', 'de, en, ru', 5, 1600],
            ['Neurologie/Psychiatrie', 'Prof. Dr. med. Hakan Öztürk', 'MVZ Neurozentrum', 'Marburg', 'de, tr', 10, 1800],
            ['Psychiatrie', 'Dr. med. Gregor Sandvoss', 'Praxis Sandvoss', 'Fulda', 'de', 4, 1400]]
    m = mail(103, 'Mirko Tessendorf <m.tessendorf@versicherer.example>',
             'bu-leistung-team@versicherer.example',
             'Gutachterpool Psychiatrie/Psychosomatik – Stand 02/2025', text,
             atts=[('Gutachterpool_Psych_2025-02.xlsx', XLSX, xlsx(rows, 'Pool'))])
    return R(m, N, 'de', 'internal',
             'trap: list of psychiatric assessors in their professional role, no patient')


def m104():
    text = """Sehr geehrter Herr Dr. Krautwurst,

wie telefonisch vereinbart beauftragen wir Sie mit einem psychiatrischen
Fachgutachten (Nachprüfung) in der Berufsunfähigkeitssache
BU-L-2024-00871. Die Terminbestätigung für Ihren Kalender hängt an.

Fragestellung und Unterlagen (Vorgutachten vom 17.01.2025, Entlassbericht,
Verlaufsbericht der Therapeutin) gehen Ihnen heute über das
Gutachterportal zu.

Mit freundlichen Grüßen
Mirko Tessendorf
BU-Leistung
"""
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Albrechtshof//Gutachtersteuerung//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:gut-bu-l-2024-00871-2@versicherer.example
DTSTAMP:20250224T101500Z
DTSTART:20250409T080000Z
DTEND:20250409T110000Z
SUMMARY:Psychiatr. Nachuntersuchung Marco Heidbrink (geb. 02.03.1979) - BU-L-2024-00871
LOCATION:Praxis am Ständeplatz\\, Ständeplatz 9\\, 34117 Kassel
DESCRIPTION:Nachprüfung schwere depressive Episode F32.2\\, Anpassungsstörung F43.2. Proband bringt Medikationsplan mit (Venlafaxin). Dolmetscher nicht erforderlich.
ORGANIZER;CN=Mirko Tessendorf:mailto:m.tessendorf@versicherer.example
ATTENDEE;CN=Dr. Anselm Krautwurst;ROLE=REQ-PARTICIPANT:mailto:gutachten@krautwurst-psychiatrie.example
END:VEVENT
END:VCALENDAR
""")
    m = mail(104, 'Mirko Tessendorf <m.tessendorf@versicherer.example>',
             'Dr. Anselm Krautwurst <gutachten@krautwurst-psychiatrie.example>',
             'Gutachtenauftrag BU-L-2024-00871 – Terminbestätigung', text,
             atts=[('Termin_BU-L-2024-00871.ics', ICS, cal)], date=(2025, 2, 24, 11, 15))
    return R(m, S, 'de', 'insurer-to-doctor',
             'harmless body; ICS names insured, birth date and diagnoses F32.2/F43.2')


def m105():
    text = """Stellenausschreibung – bitte auf den Karriereseiten und bei den
Jobportalen veröffentlichen (Kennziffer 2025-031)

Sachbearbeiter*in Betrugsabwehr (SIU) Sach/Kfz – Vollzeit/Teilzeit, Kassel

Ihre Aufgaben
- Prüfung auffälliger Schadenfälle, Zusammenarbeit mit Polizei und
  Staatsanwaltschaft
- Auswertung von Hinweisen aus dem Hinweis- und Informationssystem (HIS)
- Schulung der Schadenabteilungen zu Betrugsindikatoren

Ihr Profil
- abgeschlossene Ausbildung als Kaufmann/-frau für Versicherungen und
  Finanzanlagen oder Polizeivollzugsdienst
- sicherer Umgang mit Datenschutz und strafprozessualen Grundlagen
- Vorlage eines aktuellen polizeilichen Führungszeugnisses vor
  Vertragsbeginn

Wir schätzen Vielfalt und freuen uns über alle Bewerbungen – unabhängig
von Geschlecht, Nationalität, ethnischer und sozialer Herkunft, Religion
und Weltanschauung, Behinderung, Alter sowie sexueller Orientierung und
Identität. Schwerbehinderte Menschen werden bei gleicher Eignung
bevorzugt berücksichtigt.

Kontakt: Miriam Hasselbach, karriere@versicherer.example
"""
    m = mail(105, 'Miriam Hasselbach <m.hasselbach@versicherer.example>',
             'recruiting-team@versicherer.example',
             'Stellenausschreibung 2025-031 SIU – bitte veröffentlichen', text)
    return R(m, N, 'de', 'internal',
             'trap: job ad with criminal-record requirement and AGG diversity statement, no applicant')


def m106():
    text = """Hallo Frau Eschenbach,

die Rechnungen für Bella haben wir geprüft:

  Tierkrankenversicherung:  TK-2201-085514 (Hund, Australian Shepherd,
                            geb. 2021, Chip-Nr. 276098106554127)
  Tierärztliche Verhaltenspraxis Dr. Anja Kupfer:
    Erstgespräch Verhaltenstherapie, Diagnose generalisierte
    Angststörung / Geräuschangst, Trainingsplan      178,50 EUR
  Medikament Sileo (Dexmedetomidin) 3 ml               64,20 EUR

Verhaltenstherapie ist in Ihrem Tarif "Tier-Premium" bis 500 EUR im Jahr
versichert; das Medikament sowieso. Wir erstatten 242,70 EUR abzüglich
20 % Selbstbeteiligung = 194,16 EUR auf Ihr Konto.

Alles Gute für Bella und ein ruhiges Silvester im nächsten Jahr!

Ihr Team Tierversicherung
"""
    m = mail(106, 'Tierversicherung <tier@versicherer.example>',
             'Sophie Eschenbach <s.eschenbach@mailbox.example>',
             'Erstattung Rechnungen Bella', text)
    return R(m, C, 'de', 'insurer-to-customer',
             'pet health: dog\'s anxiety disorder and behavioural therapy (animal health = confidential)')


def m107():
    text = """Einladung zum Makler-Webinar

"Haftung im Ehrenamt: die neue Mandatsträger-Haftpflicht"
Donnerstag, 27. März 2025, 10:00–10:45 Uhr

Rund 150.000 Menschen in Deutschland sind ehrenamtlich in Kommunal-
parlamenten aktiv – in Stadt- und Gemeinderäten, Kreistagen und
Ortsbeiräten. Viele wissen nicht, dass sie bei Pflichtverletzungen
persönlich haften können, etwa bei rechtswidrigen Beschlüssen über
Vergaben oder Bebauungspläne.

Im Webinar stellen wir die neue Vermögensschaden-Haftpflicht für
Mandatsträger vor:
* Versicherungssummen 100.000 bis 500.000 EUR
* unabhängig von Partei oder Wählergemeinschaft
* Beitrag ab 89 EUR jährlich, keine Gesundheits- oder Bonitätsfragen

Referent: Lars Quernheim, Maklerbetreuung Firmenkunden.
Anmeldung: https://makler.albrechtshof.example/webinare

Ihre Maklerbetreuung
"""
    m = mail(107, 'Maklerbetreuung <maklerbetreuung@versicherer.example>',
             'maklerverteiler-hessen@versicherer.example',
             'Webinar: Mandatsträger-Haftpflicht für Kommunalpolitiker', text, date=(2025, 3, 3, 9, 0))
    return R(m, N, 'de', 'insurer-to-broker',
             'trap: product webinar for local politicians\' liability cover, no person')


def m108():
    text = """Sehr geehrter Herr Falkenhagen,

vielen Dank für Ihren Antrag auf eine Risikolebensversicherung
(Antragsnummer AN-LV-2025-004977, Versicherungssumme 200.000 EUR,
Laufzeit 25 Jahre, Absicherung Immobilienkredit).

Im Antrag haben Sie bei Frage 2 "Nichtraucher seit 2023" angekreuzt und
bei Frage 9 angegeben, dass Sie "gelegentlich Cannabis (legal)"
konsumieren. Damit wir den richtigen Tarif ermitteln können, bitten wir
noch um folgende Angaben:

1. Bis wann genau haben Sie Zigaretten geraucht, und wie viele pro Tag?
   Rauchen Sie E-Zigaretten oder nutzen Sie Nikotinersatz?
2. Wie oft konsumieren Sie Cannabis (Tage pro Monat), in welcher Form
   (Rauchen, Vaporizer, Esswaren), und wurde Ihnen Cannabis ärztlich
   verordnet?
3. Sie geben einen Alkoholkonsum von "ca. 15 Bier pro Woche" an. Wurde
   Ihnen jemals ärztlich geraten, weniger zu trinken, oder wurden
   Leberwerte als auffällig festgestellt?

Für Cannabiskonsum ohne ärztliche Verordnung gilt bei uns der
Rauchertarif. Bitte antworten Sie über den sicheren Upload im
Antragsportal.

Mit freundlichen Grüßen
Antragsservice Leben
Albrechtshof Lebensversicherung AG
"""
    m = mail(108, 'Antragsservice Leben <antrag-leben@versicherer.example>',
             'Niels Falkenhagen <n.falkenhagen@webpost.example>',
             'Ihr Antrag AN-LV-2025-004977 – Rückfragen', text)
    return R(m, S, 'de', 'insurer-to-customer',
             'life application: smoking, cannabis and alcohol consumption of named applicant')


def m109():
    text = """InsurTech Hessen Forum 2025 – Programm / Programme
Kassel, Kongress Palais, 8. Mai 2025

09:00  Begrüßung / Welcome – Dr. Irmgard Sölter, Albrechtshof Versicherungen
09:20  Keynote (EN): "Biometrics in insurance: identity yes, inference no"
       Prof. Dr. Miriam Achterfeld, Universität Kassel
10:10  Panel (DE): Stimme, Gesicht, Fingerabdruck – wie viel Biometrie
       verträgt die Kundenbeziehung?
       mit Vertreter:innen von zwei Versicherern, der Verbraucherzentrale
       Hessen und dem HBDI
11:15  Workshop A (EN): Liveness detection and deepfakes
       Workshop B (DE): Art. 9 DSGVO im Schadenprozess – Praxisfälle
       (anonymisiert)
12:30  Lunch / Mittagessen
13:30  Pitch session: 6 start-ups (Claims automation, Underwriting AI)
15:00  Ende / Close

Anmeldung / registration: https://forum.insurtech-hessen.example/2025
Teilnahme kostenfrei / free of charge, limited seats.
"""
    m = mail(109, 'Jana Feldkamp <presse@versicherer.example>',
             'partnerverteiler@versicherer.example',
             'Programm InsurTech Hessen Forum 2025 / programme', text)
    return R(m, N, 'mixed', 'newsletter',
             'trap: bilingual conference agenda on biometrics and Art. 9, no person')


def m110():
    text = """Sehr geehrter Herr Brückner,

zu Ihrem Streit mit Ihrem Nachbarn, Herrn Klaus-Peter Ruhnau, über die
Thujahecke an der Grundstücksgrenze (Höhe ca. 3,80 m, Schattenwurf auf
Ihre Terrasse) erteilen wir Deckung für die außergerichtliche
Interessenwahrnehmung:

  Rechtsschutzvertrag:   RS 55 188 042 (Baustein Wohnen/Eigentum)
  Leistungsfall:         RS-L-2025-01402
  Selbstbeteiligung:     300 EUR

Bitte beachten Sie, dass in Hessen vor einer Klage ein
Schlichtungsverfahren bei der Schiedsperson vorgeschrieben ist (§ 1
HSchlichtG). Die Kosten dafür übernehmen wir ebenfalls.

Ihr Anwalt kann uns die Rechnung direkt schicken.

Mit freundlichen Grüßen
Rechtsschutz-Leistung
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(110, 'Rechtsschutz-Leistung <rs-leistung@versicherer.example>',
             'Henning Brückner <h.brueckner@postfach.example>',
             'Deckungszusage RS-L-2025-01402 Nachbarstreit', text)
    return R(m, C, 'de', 'insurer-to-customer',
             'legal expenses cover for neighbour dispute, named parties and contract')


def m111():
    text = """Dear Ms Brandauer,

thank you for the annual report of the Employee Assistance Programme for
2024 and for the renewal proposal.

We are happy to renew the EAP contract (no. EAP-2022-07) for another two
years on the terms offered (EUR 19.50 per employee per year, 3,204
employees). The reporting format works well for us: usage by topic and
quarter only, and nothing where fewer than 10 cases would be shown.

For the record, the figures we will present to the works council:
  - 412 first contacts (12.9 % utilisation, previous year 11.4 %)
  - topics: work/stress 34 %, family/relationships 27 %, mental health
    19 %, addiction 6 %, finances/debt 8 %, other 6 %
  - average 3.1 sessions per case

Could you send the signed contract to procurement@versicherer.example by
the end of March?

Kind regards
Miriam Hasselbach
HR & Organisation
"""
    m = mail(111, 'Miriam Hasselbach <m.hasselbach@versicherer.example>',
             'Katja Brandauer <k.brandauer@lebenswege-beratung.example>',
             'EAP-2022-07 renewal and 2024 report', text, date=(2025, 3, 4, 10, 0))
    return R(m, N, 'en', 'insurer-to-supplier',
             'trap: EAP contract renewal with aggregated usage by topic, no individual')


def m112():
    text = """Dear Mrs Benali,

please accept our sincere condolences on the death of your father.

We have reviewed your trip cancellation and interruption claim under the
annual travel policy RE-6620-131177:

  Insured persons:  Nadia Benali and her daughters Yasmin and Lina
  Claim no.:        S-2025-024409
  Event:            death of Mr Abdelkader Benali (insured person's father)
                    on 11 February 2025 in Oujda, Morocco, following a
                    stroke (death certificate and hospital letter received)

Because your father was buried the following day in accordance with
Islamic custom, you had to book last-minute flights to Morocco and could
not take your booked skiing holiday in Austria (15-22 February). We
cover:

  - cancellation costs of the skiing holiday (hotel, ski school)   EUR 1,936.00
  - we do not cover the flights to Oujda themselves, as the policy
    does not include travel to a funeral; however, our assistance
    partner's fee for arranging them is waived.

Payment will be made within five working days.

With kind regards
Travel Claims
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(112, 'Travel Claims <reise-schaden@versicherer.example>',
             'Nadia Benali <nadia.benali@inbox.example>',
             'Your travel claim S-2025-024409', text)
    return R(m, S, 'en', 'insurer-to-customer',
             'travel cancellation: cause of death of named relative and Islamic burial (health + religion)')


def m113():
    text = """Dear Mr Sørensen,

we have received the police report about the burglary at your home on
9 February and the list of stolen jewellery.

  Policy:       HR-2209-503349 (contents, valuables extension)
  Claim no.:    S-2025-026015
  Police ref.:  0410-025-121902/25 (burglary by unknown persons)

For the items on your list we need valuations or purchase receipts. For
the gold necklace inherited from your grandmother a description and a
photo are enough; our jewellery expert will estimate the value. Please
note that valuables in the home are covered up to 20 % of the sum insured
(EUR 14,000) unless they were in a locked safe.

Kind regards
Aylin Demirtaş
Property Claims
"""
    m = mail(113, 'Aylin Demirtas <a.demirtas@versicherer.example>',
             'Mikkel Sørensen <m.sorensen@postfach.example>',
             'Burglary - claim S-2025-026015', text)
    return R(m, C, 'en', 'insurer-to-customer',
             'burglary claim; customer is the victim of a crime by unknown persons')


def m114():
    text = """Liebe Führungskräfte,

im Herbst finden Landtags- und Kommunalwahlen statt. Aus gegebenem Anlass
erinnern wir an die Konzernrichtlinie KR-COM-03 "Politische Neutralität
und Parteispenden":

1. Die Albrechtshof Versicherungen spenden nicht an politische Parteien,
   Wählergemeinschaften, Mandatsträger oder parteinahe Organisationen.
   Auch Sponsoring von Parteiveranstaltungen ist ausgeschlossen.
2. Vertreterinnen und Vertreter von Parteien dürfen unsere Räume nicht für
   Wahlkampfveranstaltungen nutzen. Gespräche mit Abgeordneten im Rahmen
   der Interessenvertretung sind über das Lobbyregister zu melden.
3. Die politische Betätigung unserer Beschäftigten ist Privatsache. Bitte
   fragt nicht danach und führt keine Listen darüber – auch nicht im
   Zusammenhang mit Freistellungen für kommunale Mandate (dafür genügt die
   Bescheinigung der Gemeinde).
4. Werbematerial von Parteien wird in den Gebäuden nicht verteilt.

Bei Fragen: compliance@versicherer.example

Viele Grüße
Compliance
"""
    m = mail(114, 'Compliance <compliance@versicherer.example>',
             'fuehrungskraefte@versicherer.example',
             'Erinnerung: Politische Neutralität und Parteispenden (KR-COM-03)', text)
    return R(m, N, 'de', 'internal',
             'trap: political neutrality policy, parties and mandates mentioned with no person')


def m115():
    text = """Sehr geehrter Herr Rosenkranz,

der Sturm "Gisela" hat am 14.02.2025 an Ihrem Haus in der Dorfstraße 7,
34379 Calden, Dachziegel abgedeckt und die Regenrinne beschädigt.

  Wohngebäudeversicherung:  WG-7781-281604
  Schadennummer:            S-2025-023874
  Windstärke am Schadenort: 9 Bft (Bestätigung Deutscher Wetterdienst)

Die Rechnung der Dachdeckerei Ulbrich über 2.348,61 EUR erstatten wir
vollständig; eine Selbstbeteiligung ist in Ihrem Vertrag nicht vereinbart.
Die Zahlung geht an:

  Kontoinhaber: Jürgen Rosenkranz
  IBAN:         DE31 2057 5683 3876 7294 71

Mit freundlichen Grüßen
Regulierung Sach
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(115, 'Regulierung Sach <regulierung-sach@versicherer.example>',
             'Jürgen Rosenkranz <j.rosenkranz@mailbox.example>',
             'Sturmschaden S-2025-023874 – Zahlung', text, charset='iso-8859-1')
    return R(m, C, 'de', 'insurer-to-customer',
             'storm claim payment with IBAN and insured address')


def m116():
    text = """Sehr geehrter Herr Çelik,

vielen Dank für Ihre Schadenmeldung als 1. Vorsitzender des Vereins
Türkisch-Islamische Gemeinde Baunatal e.V.

  Glasversicherung:   GL-0450-330118 (Vereinsräume und Gebetsraum,
                      Friedrich-Ebert-Allee 102, 34225 Baunatal)
  Schadennummer:      S-2025-028830

Sie schreiben, dass in der Nacht zum 14.02.2025 (Freitag) zwei Fensterscheiben des
Gebetsraums mit Steinen eingeworfen wurden, kurz vor dem Freitagsgebet,
und dass der Staatsschutz wegen eines möglichen islamfeindlichen
Hintergrunds ermittelt. Sie selbst hätten die Scherben entfernt, bevor
die Gemeindemitglieder zum Gebet kamen.

Die Neuverglasung durch die Glaserei Bode (Kostenvoranschlag 1.640,00 EUR)
können Sie sofort beauftragen; die Rechnung zahlen wir direkt. Für die
Notverglasung haben wir bereits 210,00 EUR auf das Vereinskonto
überwiesen.

Ihre Handynummer haben wir für Rückfragen des Glasers weitergegeben.

Mit freundlichen Grüßen
Firmenkunden Sach
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(116, 'Firmenkunden Sach <firmenkunden@versicherer.example>',
             'Mehmet Çelik <m.celik@tig-baunatal.example>',
             'Glasschaden Gebetsraum – S-2025-028830', text, date=(2025, 2, 17, 10, 10))
    return R(m, S, 'de', 'insurer-to-customer',
             'grey: glass claim of a mosque association; named chairman reveals his religious affiliation')


def m117():
    text = """Dear colleagues,

for the annual complaints report to BaFin (reporting year 2024) please
find the breakdown by topic below. The figures are final.

  Topic                                        Life   Health   P&C    Total
  Claims settlement (amount, duration)          212     684    1,902  2,798
  Contract administration                       301     244      655  1,200
  Premium adjustment                             12     318      140    470
  Advice / mis-selling                           88      41       67    196
  Data protection (incl. access requests)        19      33       48    100
  Alleged discrimination (AGG)                    1       4        7     12
  Other                                          45      52      118    215
  Total                                         678   1,376    2,937  4,991

The 12 AGG complaints concerned age (5), ethnic origin (4), disability
(2) and gender (1). All were reviewed by the complaints board; in two cases
the complaint was upheld in part.

Ute Schmalenbach
Complaints Management
"""
    m = mail(117, 'Ute Schmalenbach <beschwerde@versicherer.example>',
             'beschwerde-reporting@versicherer.example',
             'Complaints statistics 2024 for BaFin', text)
    return R(m, N, 'en', 'internal',
             'trap: complaint counts incl. alleged ethnic discrimination, aggregate only')


def m118():
    text = """Hi Mr Blackwood,

thanks for the photos. On two of them you are standing in front of the
damaged garage door, which is fine - we only need the pictures to see
the extent of the damage, and we do not use them for anything else.

  Policy:   WG-7781-315590 (buildings)
  Claim:    S-2025-037118
  Damage:   garage door dented by a reversing delivery van (DPD),
            20 February 2025; nobody hurt

As the van driver's insurer is liable, we will settle your claim first
and then recover the money from them. Please send us the driver's
details from the accident report (name, plate number) if you have them.

Best regards
Property Claims
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(118, 'Regulierung Sach <regulierung-sach@versicherer.example>',
             'Simon Blackwood <s.blackwood@inbox.example>',
             'Your photos - claim S-2025-037118', text)
    return R(m, C, 'en', 'insurer-to-customer',
             'buildings claim; customer\'s photos show him but are not biometric processing')


def m119():
    text = """Liebe Kolleginnen und Kollegen in der Schadenregulierung,

wir laden euch herzlich zur Pflichtschulung "AGG in der Schadenpraxis"
ein (90 Minuten, online). Hintergrund sind mehrere Beschwerden im letzten
Jahr, in denen Kundinnen und Kunden sich wegen ihrer Herkunft oder ihres
Namens benachteiligt fühlten.

Inhalte:
- Was das Allgemeine Gleichbehandlungsgesetz im Massengeschäft verlangt
- Warum Formulierungen wie "typisch für ..." in Vermerken nichts zu suchen
  haben
- Umgang mit Sprachbarrieren: Dolmetscher ja, Rückschlüsse nein
- Übung mit anonymisierten Vermerken aus der Praxis

Termine (bitte einen wählen): 11.03., 13.03. oder 18.03., jeweils
14:00–15:30 Uhr. Anmeldung über das Lernportal, Kurs AGG-SCH-01.

Viele Grüße
Personal & Organisation / Compliance
"""
    m = mail(119, 'Personal & Organisation <personal@versicherer.example>',
             'schaden-alle@versicherer.example',
             'Pflichtschulung "AGG in der Schadenpraxis"', text, date=(2025, 2, 24, 14, 0))
    return R(m, N, 'de', 'internal',
             'trap: anti-discrimination training invitation, no individual case')


def m120():
    text = """Hallo Frau Wiegand,

danke für die Weiterleitung der Anfrage Ihrer Kundin. Frau Stellmacher
hat uns telefonisch bestätigt, dass wir Ihnen antworten dürfen. Unsere
Antwort an sie finden Sie unten; bitte verfolgen Sie den Antrag erst nach
Rücksprache mit ihr weiter.

Mit freundlichen Grüßen
Natalia Berghoff
Underwriting Leben

---- Unsere Antwort an Frau Stellmacher ----

Sehr geehrte Frau Stellmacher,

Sie müssen uns weder sagen, ob Sie einen Gentest auf Chorea Huntington
machen lassen, noch das Ergebnis mitteilen. Bei einer BU-Rente von
1.800 EUR monatlich (21.600 EUR jährlich) dürfen wir nach § 18 GenDG
nicht danach fragen. Auch dass Ihr Vater an Huntington erkrankt ist,
müssen Sie nicht angeben; Familienanamnese fragen wir nicht ab.

Anzugeben sind nur eigene Beschwerden und Behandlungen. Die von Ihnen
beschriebenen Konzentrationsprobleme, wegen derer Sie im letzten Herbst
beim Neurologen waren, fallen darunter (Frage 5).

---- Anfrage der Kundin vom 21.02.2025 ----

> Guten Tag, meine Maklerin Frau Wiegand hat mir zur BU geraten. Mein Vater
> hat Huntington (diagnostiziert 2022), ich habe ein 50%-Risiko. Ich
> überlege, den Test zu machen, habe aber Angst, dass ich dann keine BU mehr
> bekomme. Muss ich das angeben? Im Herbst war ich wegen
> Konzentrationsproblemen beim Neurologen, der hat aber nichts gefunden.
> Viele Grüße, Marie Stellmacher
"""
    m = mail(120, 'Natalia Berghoff <n.berghoff@versicherer.example>',
             'Sabine Wiegand <s.wiegand@wiegand-makler.example>',
             'Ihre Kundin M. Stellmacher – Anfrage BU / Gendiagnostik', text)
    return R(m, S, 'de', 'insurer-to-broker',
             'BU prospect: father\'s Huntington\'s disease, her genetic risk and neurology visit')


def m121():
    text = """Hallo Frau Lüttich,

kurze Rückmeldung zu Ihrem Parkschaden: Ihr Fahrzeug (Ford Kuga,
KS-AL 2290) wurde am 18.02.2025 auf dem Parkplatz des Globus-Markts in
Lohfelden angefahren, der Verursacher ist geflüchtet. Verletzt wurde
niemand. Die Polizei hat die Anzeige wegen unerlaubten Entfernens vom
Unfallort gegen Unbekannt aufgenommen (Vorgangsnr. 0410-025-124477/25).

Da der Verursacher nicht ermittelt ist, regulieren wir über Ihre
Vollkasko:

  Kfz-Vertrag:        KF 31-4188260
  Schaden:            S-2025-034402
  Reparatur lt. KV:   2.960,40 EUR, SB 300 EUR
  SF-Klasse:          Rückstufung von SF 14 auf SF 7 ab 01.01.2026

Wird der Verursacher doch noch gefunden, holen wir uns das Geld von ihm
zurück und Ihre Rückstufung wird aufgehoben. Alternativ können Sie den
Schaden selbst bezahlen, dann bleibt es bei SF 14 – sagen Sie uns einfach
Bescheid.

Viele Grüße
Ole Brandhorst
Kfz-Schaden
"""
    m = mail(121, 'Ole Brandhorst <o.brandhorst@versicherer.example>',
             'Anja Lüttich <anja.luettich@webpost.example>',
             'Parkschaden KS-AL 2290 – Unfallflucht', text)
    return R(m, C, 'de', 'insurer-to-customer',
             'motor hit-and-run; customer is victim, offender unknown, nobody hurt')


def m122():
    text = """Dear Mr Haidari,

thank you for your quote for translating our customer information leaflets.
We would like to go ahead with the following:

  Source (German)                              Target languages          Words
  Leaflet "Your claim - step by step" (P&C)    Turkish, Arabic, Russian,  1,840
                                               Ukrainian, Polish
  Leaflet "Health insurance for newcomers"     Arabic, Ukrainian, Farsi,  2,260
                                               English
  Consent form "Release from confidentiality"  Turkish, Arabic, Russian,    920
  (§ 213 VVG) - legal review by your          Ukrainian, Polish, English
  certified legal translator required

Please use our terminology database (access sent separately) and keep
the layout files in InDesign format. Delivery by 11 April.

Purchase order number follows from procurement.

Kind regards
Jana Feldkamp
Customer Communications
"""
    m = mail(122, 'Jana Feldkamp <j.feldkamp@versicherer.example>',
             'Reza Haidari <r.haidari@lingua-bridge.example>',
             'Translation of customer leaflets - order confirmation', text, date=(2025, 3, 5, 10, 30))
    return R(m, N, 'en', 'insurer-to-supplier',
             'trap: translation order for customer leaflets into migrant languages, no person')


def m123():
    text = """Hallo zusammen,

für die neue Version der Risikoprüfungsrichtlinie BU/Risikoleben hier die
abgestimmte Tabelle zu Suchterkrankungen (Kap. 7.3). Bitte bis 07.03.
Rückmeldung, dann geht sie an den Rückversicherer zur Freigabe.

Kap. 7.3 Alkohol, Drogen, Medikamente (Auszug, Entwurf)

  Konstellation                                   BU              Risikoleben
  Alkoholkonsum < 14 Standardgetränke/Woche,      normal          normal
    keine Behandlung
  schädlicher Gebrauch (F10.1), keine Folge-      +50 % / Ausschl. +50 %
    schäden, abstinent < 2 Jahre                  psych. Erkr.
  Abhängigkeit (F10.2), Entwöhnung abgeschlossen, Rückstellung    +75 %
    abstinent 2-5 Jahre
  Abhängigkeit, abstinent > 5 Jahre, Leberwerte   +50 %           normal bis +25 %
    normal
  Cannabis gelegentlich, nicht verordnet          normal,         Rauchertarif
                                                  Raucherzuschlag
  Opioid-Substitution                             Ablehnung       Ablehnung
  Glücksspielstörung (F63.0) in Behandlung        Rückstellung    normal

Die Werte gelten für Antragsteller ohne weitere psychische Diagnosen;
bei Komorbidität immer Einzelfallprüfung durch die Gesellschaftsärztin.

Gruß
Natalia Berghoff
"""
    m = mail(123, 'Natalia Berghoff <n.berghoff@versicherer.example>',
             'underwriting-leben@versicherer.example',
             'Risikoprüfungsrichtlinie Kap. 7.3 Suchterkrankungen – Entwurf', text, date=(2025, 2, 27, 16, 0))
    return R(m, N, 'de', 'internal',
             'trap: underwriting rules for addiction with ICD codes, no applicant')


def m124():
    text = """Dear Mr Forsyth,

we are sorry to hear that you lost your job. Unexpected redundancy is an
insured reason for cancellation under your trip cancellation policy.

  Policy:          RE-6620-140388 (single trip)
  Trip:            Madeira, 12-26 April 2025, booked 14 November 2024
  Claim:           S-2025-039002
  Documents:       letter of termination from Kasseler Druckhaus GmbH of
                   18 February 2025 (operational reasons, effective
                   31 May 2025) - received

Please cancel the trip with the tour operator now: the cancellation fee
is currently 25 % (EUR 1,117.50) and rises to 40 % from 15 March. Send us
the operator's cancellation invoice and we will reimburse it, minus the
excess of 20 %.

Kind regards
Travel Claims
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(124, 'Travel Claims <reise-schaden@versicherer.example>',
             'Ewan Forsyth <e.forsyth@expatmail.example>',
             'Trip cancellation after redundancy - S-2025-039002', text, date=(2025, 2, 25, 9, 45))
    return R(m, C, 'en', 'insurer-to-customer',
             'travel cancellation for job loss, no medical content')


def m125():
    text = """Hallo Herr Tessendorf,

anbei die Beitrittsmeldungen zum Gruppen-Unfallvertrag der
Verwaltungsstelle Nordhessen (GUV-1188, Freizeit-Unfallschutz für
Mitglieder, Beitrag im Mitgliedsbeitrag enthalten) für das 1. Quartal.
Die ZIP enthält wie immer die Meldeliste und das Begleitschreiben. Bitte
die Zugänge zum 01.04. einbuchen.

Passwort wie vereinbart per Telefon.

Gruß
Uwe Seebach
Mitgliederverwaltung
"""
    rows = [['Mitgliedsnr.', 'Name', 'Vorname', 'Geburtsdatum', 'Eintritt Gewerkschaft',
             'Betrieb', 'Versicherungsbeginn', 'Beitragsgruppe'],
            ['NH-448201', 'Krüger', 'Sandra', '1988-09-02', '2025-01-07', 'Klinikum Kassel', '2025-04-01', 'B3'],
            ['NH-448215', 'Osmani', 'Burim', '1979-12-11', '2025-01-14', 'KVG Kassel', '2025-04-01', 'B4'],
            ['NH-448233', 'Friedrich', 'Lea', '2001-03-28', '2025-01-22', 'Stadtverwaltung Vellmar', '2025-04-01', 'B1'],
            ['NH-448240', 'Wendel', 'Harald', '1966-07-19', '2025-02-03', 'DHL Hub Kassel', '2025-04-01', 'B4'],
            ['NH-448262', 'Cichocka', 'Agata', '1994-05-05', '2025-02-17', 'Kita Regenbogen Baunatal', '2025-04-01', 'B2']]
    letter = docx(['Verwaltungsstelle Nordhessen',
                   'Beitrittsmeldungen zum Gruppen-Unfallvertrag GUV-1188, 1. Quartal 2025',
                   'Anzahl Zugänge: 5, Abgänge: 0 (Austritte werden gesondert gemeldet).',
                   'Versichert: Unfälle in der Freizeit, Invaliditätsgrundsumme 5.000 EUR, '
                   'Todesfall 2.500 EUR, für Mitglieder mit Beitragsgruppe ab B1.'])
    z = zipfile_([('Meldeliste_GUV-1188_Q1-2025.csv', csvb(rows, 'utf-8')),
                  ('Begleitschreiben_Q1-2025.docx', letter)])
    m = mail(125, 'Mirko Tessendorf <m.tessendorf@versicherer.example>',
             'Vertragsverwaltung Unfall <vv-unfall@versicherer.example>',
             'WG: Beitrittsmeldungen GUV-1188 Q1/2025',
             'Bitte einbuchen, Mail der Gewerkschaft unten.\nMirko\n\n' + text,
             atts=[('GUV-1188_Q1-2025.zip', ZIP, z)], date=(2025, 3, 10, 9, 0))
    return R(m, S, 'de', 'company',
             'ZIP: union member list for group accident cover (union membership + accident line, birth dates)')


def m126():
    text = """Liebe Kolleginnen und Kollegen,

zum 1. April übernimmt Herr Emeka Okonkwo die Teamleitung Kfz-Schaden
Süd. Herr Okonkwo ist seit 2016 bei uns, zuletzt als Spezialist für
Großschäden und Regress. Er folgt auf Frau Gudrun Möller, die in den
Ruhestand geht – an dieser Stelle schon einmal herzlichen Dank für 38
Jahre bei Albrechtshof!

Die Verabschiedung von Frau Möller feiern wir am 28. März ab 15 Uhr im
Casino. Wer sich an einem Geschenk beteiligen möchte: Umschlag liegt bei
Frau Ahlers, Raum A 2.17.

Viele Grüße
Dr. Stefan Rehkopf
Bereichsleitung Kfz
"""
    m = mail(126, 'Dr. Stefan Rehkopf <s.rehkopf@versicherer.example>',
             'kfz-schaden-alle@versicherer.example',
             'Personalie: neue Teamleitung Kfz-Schaden Süd', text, date=(2025, 3, 6, 12, 0))
    return R(m, N, 'de', 'internal',
             'trap: personnel announcement; a foreign-sounding name is not ethnic-origin data')


def m127():
    text = """Dear Mr Verhoeven,

thank you for notifying the loss under the cargo open cover
TR-OC-2023-0177 of Verhoeven Transport B.V.

  Claim no.:   S-2025-033910
  Shipment:    18 pallets consumer electronics (laptops), Kassel-Venlo,
               invoice value EUR 214,600
  Event:       trailer NL-82-BXV broken into at the Autohof Rhynern
               rest area (A2) during the driver's statutory rest,
               night of 13/14 February; 11 pallets stolen
  Police:      Polizei Hamm, ref. 2025-0214-0087

Your driver, Mr Ruud de Groot, says the trailer was locked but the
parking area was not secured. Please send us:
1. the driver's statement and tachograph data for the rest period,
2. the CMR consignment note and the loading list,
3. your company's security instructions for drivers.

Our surveyor, Mr Tjaden, will contact you to inspect the trailer.

Kind regards
Transport Claims
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(127, 'Transport-Schaden <transport-schaden@versicherer.example>',
             'Jeroen Verhoeven <j.verhoeven@verhoeven-transport.example>',
             'Cargo theft - claim S-2025-033910', text)
    return R(m, C, 'en', 'insurer-to-customer',
             'cargo theft claim with named contact and driver; theft by unknown persons')


def m128():
    text = """Dear partners,

from 1 May our critical illness product "Albrechtshof Severe Illness Plus"
is available in a new version. Highlights for your advice:

* 54 covered conditions, including early-stage cancer (25 % advance),
  multiple sclerosis, Parkinson's disease and Huntington's disease
  (once diagnosed by a neurologist).
* Mental illness: benefit for severe depression or schizophrenia with
  inpatient treatment of at least 6 weeks (new).
* No genetic questions. As before, we neither ask for genetic tests nor
  for family history - in line with the German Genetic Diagnostics Act.
* Simplified health questions (5 questions, 5-year look-back) for sums
  insured up to EUR 150,000.

Product brochure, terms and a one-page broker summary are available in
the broker portal from 22 April.

Kind regards
Broker Relations Life
Albrechtshof Lebensversicherung AG
"""
    m = mail(128, 'Maklerbetreuung Leben <makler-leben@versicherer.example>',
             'vertriebspartner-leben@versicherer.example',
             'New: Severe Illness Plus from 1 May', text)
    return R(m, N, 'en', 'insurer-to-broker',
             'trap: critical illness product info naming diseases and genetic questions, no person')


def m129():
    text = """Sehr geehrte Frau Lindemann-Sauer,

vielen Dank für die Rückmeldung zur Beitragsanpassung Ihrer
Berufshaftpflicht als Heilpraktikerin.

  Vertrag:               BHP-HP-0331-20871
  Tätigkeiten lt. Antrag: klassische Homöopathie, Akupunktur,
                          Heilpraktikerin für Psychotherapie (HeilprG)
  Jahresumsatz 2024:     lt. Ihrer Angabe 61.400 EUR
  neuer Jahresbeitrag:   488,70 EUR (bisher 452,20 EUR)

Da Ihr Umsatz unter 75.000 EUR liegt, bleibt es bei der Umsatzklasse 2;
die Anpassung ergibt sich nur aus der Tarifanpassung zum 01.04.
Infusionstherapien sind wie besprochen weiterhin nicht versichert –
bitte melden Sie sich, wenn Sie diese anbieten möchten.

Mit freundlichen Grüßen
Firmenkunden Haftpflicht
"""
    m = mail(129, 'Firmenkunden Haftpflicht <firmenkunden@versicherer.example>',
             'Praxis Lindemann-Sauer <praxis@lindemann-naturheilkunde.example>',
             'Ihre Berufshaftpflicht BHP-HP-0331-20871 – Beitragsanpassung', text)
    return R(m, C, 'de', 'insurer-to-customer',
             'professional liability of sole-trader naturopath with turnover; therapy words, no patient')


def m130():
    text = """SIU-Vermerk (nur intern, nicht in die allgemeine Schadenakte)

Fall:        SIU-2025-0061
Schaden:     S-2025-015507, Hausrat HR-2209-602244, Brand in Küche am 28.01.2025
VN:          Sascha Krombach, geb. 03.11.1985, Ahnatal
Schadenhöhe: geltend gemacht 41.880 EUR

Verdachtsmomente:
1. Vertrag erst am 02.01.2025 abgeschlossen, Versicherungssumme 80.000 EUR
   bei 2-Zimmer-Wohnung.
2. Brandursachenermittler (Dr. Kahlert) findet Brandbeschleuniger-Spuren
   (Benzin) an zwei Stellen.
3. VN ist laut Auskunft der StA Kassel bereits 2019 wegen
   Versicherungsbetrugs (§ 265 StGB, Kfz) zu einer Bewährungsstrafe von
   8 Monaten verurteilt worden; diese Vorstrafe hat er im Antrag
   (Frage 11, Vorversicherungen/Kündigungen) nicht angegeben.
4. Die StA Kassel hat ein Ermittlungsverfahren wegen Brandstiftung und
   versuchten Betrugs eingeleitet (Az. 2460 Js 8814/25).

Empfehlung: Zahlung zurückstellen, Akteneinsicht über Rechtsabteilung,
Anfechtung wegen arglistiger Täuschung prüfen.

H. Averdung, SIU
"""
    m = mail(130, 'Holger Averdung <h.averdung@versicherer.example>',
             'Rechtsabteilung <recht@versicherer.example>',
             'SIU-2025-0061', text, cte='base64')
    return R(m, S, 'de', 'internal',
             'base64 body: previous conviction and current arson/fraud investigation of named insured (Art. 10)')


def m131():
    text = """Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

unsere Sterbegeldversicherung "Albrechtshof Abschied" bietet ab dem
1. April zwei neue Optionen, nach denen viele Kundinnen und Kunden fragen:

1. Überführung ins Ausland: Übernahme der Kosten für die Überführung des
   Verstorbenen in ein anderes Land bis 12.000 EUR, inkl. Organisation
   durch unseren Assistance-Partner. Besonders gefragt bei Kundinnen und
   Kunden mit Familie in der Türkei, auf dem Balkan oder in Osteuropa.
2. Bestattung nach religiösem Ritus: Der Assistance-Partner vermittelt auf
   Wunsch Bestatter mit Erfahrung in muslimischen, jüdischen und
   orthodoxen Bestattungen, einschließlich schneller Beisetzung
   innerhalb von 24 Stunden.

Beitragsbeispiel: Eintrittsalter 55, Sterbegeld 8.000 EUR, Option
Überführung: 24,10 EUR monatlich.

Keine Gesundheitsfragen, Wartezeit 3 Jahre (bei Unfalltod sofort).

Ihre Maklerbetreuung Leben
"""
    m = mail(131, 'Maklerbetreuung Leben <makler-leben@versicherer.example>',
             'vertriebspartner-leben@versicherer.example',
             'Sterbegeld: neue Optionen Überführung und religiöse Bestattung', text, date=(2025, 3, 12, 9, 0))
    return R(m, N, 'de', 'insurer-to-broker',
             'trap: funeral product info mentioning religions and repatriation, no customer')


def m132():
    text = """Hello Ms Delgado-Price, Guten Tag Frau Delgado-Price,

we have updated your address in your contracts / wir haben Ihre Anschrift
in Ihren Verträgen geändert:

  alt / old:   Goethestraße 118, 34119 Kassel
  neu / new:   Am Lindenberg 3a, 34132 Kassel (ab / from 01.03.2025)

  Hausrat / contents:          HR-2209-655012
  Privathaftpflicht / liability: PH-5510-470318
  Fahrrad / bicycle:           FR-1187-240601

Your contents sum insured stays at EUR 60,000; the new flat is in the
same tariff zone, so the premium does not change.
Als US-Staatsbürgerin mit Wohnsitz in Deutschland brauchen Sie für die
Verträge keine weiteren Nachweise – die FATCA-Selbstauskunft betrifft nur
Lebens- und Rentenversicherungen.

Kind regards / Freundliche Grüße
Kundenservice
"""
    m = mail(132, 'Albrechtshof Kundenservice <service@versicherer.example>',
             'Hannah Delgado-Price <h.delgado-price@inbox.example>',
             'Address change / Adressänderung', text, date=(2025, 2, 26, 15, 0))
    return R(m, C, 'mixed', 'insurer-to-customer',
             'bilingual address change in household/liability contracts; nationality is not Art. 9')


def m133():
    text = """Hi all,

as promised in the Actuarial & Underwriting jour fixe, a short summary of
the literature review on epigenetic "biological age" clocks (DNA
methylation) and their possible use in life underwriting.

1. Evidence: the newer clocks (GrimAge2, DunedinPACE) predict all-cause
   mortality better than chronological age in several cohort studies
   (hazard ratios ~1.1-1.3 per SD). Effect sizes shrink when smoking,
   BMI and blood pressure are controlled for.
2. Legal: a methylation test is a genetic examination in the sense of
   Sec. 3 GenDG? Opinions differ; the prevailing view in the literature
   is that it analyses genetic material and is therefore covered by
   Sec. 18 GenDG. We could not require it.
3. Ethics / reputation: high risk, low benefit. No German insurer uses it;
   two US carriers ran pilots with volunteers.

Recommendation: no pilot. Watch the topic; revisit in 2027.

References and the full 14-page review are on the actuarial SharePoint.

Best
Dr. Konstantin Weil
Actuarial Research
"""
    m = mail(133, 'Dr. Konstantin Weil <k.weil@versicherer.example>',
             'actuarial-uw-jf@versicherer.example',
             'Literature review: epigenetic clocks in life underwriting', text)
    return R(m, N, 'en', 'internal',
             'trap: research summary on epigenetic tests, no person')


def m134():
    text = """Dear Andrea,

following our call, a short written summary for the fit & proper file -
please keep it within HR and Legal.

Employee:     Ms Katharina Ebeling, claims handler, Motor Claims North,
              employed since 01/06/2018, personnel no. 41177
Information:  On 19 February Ms Ebeling informed her team leader that on
              4 February the Kassel local court convicted her of
              embezzlement (Sec. 246 StGB) and issued a fine of 60 daily
              rates of EUR 45. The case concerned funds of her former
              sports club, where she was treasurer; it is unrelated to
              her work here. The judgment became final on 12 February.
Assessment:   Her role includes payment authority up to EUR 15,000.
              Under our policy HR-SEC-04, a final conviction for a
              property offence requires a review of payment authorities.

Proposed steps:
1. temporarily reduce her payment authority to the four-eyes limit
   (EUR 2,500) with immediate effect;
2. interview with Ms Ebeling, works council member present if she wishes;
3. decision on further measures by 14 March.

Please also check whether our fidelity insurer needs to be informed.

Best regards
Miriam Hasselbach
Head of HR Services
"""
    m = mail(134, 'Miriam Hasselbach <m.hasselbach@versicherer.example>',
             'Andrea Lohse <a.lohse@versicherer.example>',
             'Fit & proper - personnel no. 41177', text, date=(2025, 2, 20, 17, 30))
    return R(m, S, 'en', 'internal',
             'HR: named employee\'s criminal conviction for embezzlement (Art. 10)')


def m135():
    text = """Hallo Ole,

Kulanzanfrage zu S-2025-029117 (VN Birgit Seelhorst, Kfz KF 31-7003552,
Opel Corsa KS-BS 450):

Wildunfall am 06.02. auf der L 3214, Reh. Die Wildschadenbescheinigung
des Jagdpächters fehlt, weil die VN das Tier nicht gefunden hat. Haare
und Blutspuren am Stoßfänger sind auf den Fotos zu sehen, der Gutachter
hält das Schadenbild für plausibel. Schaden 3.110 EUR.

Kundin ist seit 1998 bei uns, 5 Verträge, schadenfrei bis auf Glas 2019.
Ich würde ohne Bescheinigung regulieren. Okay für dich?

Danke
Timo Reinhardt
Kfz-Schaden Team Nord
"""
    m = mail(135, 'Timo Reinhardt <t.reinhardt@versicherer.example>',
             'Ole Brandhorst <o.brandhorst@versicherer.example>',
             'Kulanz S-2025-029117 Wildunfall ohne Bescheinigung', text)
    return R(m, C, 'de', 'internal',
             'internal motor claim discussion with named customer, policy and plate')


def m136():
    text = """Protokoll Treffen der Datenschutzkoordinatoren, 25.02.2025, 10–12 Uhr

Teilnehmende: 14 Koordinatorinnen und Koordinatoren, DSB, IT-Sicherheit
Protokoll: R. Eckhardt

TOP 1 Meldungen nach Art. 33 DSGVO im Q4
  3 Meldungen: Fehlversand eines Arztberichts (Kranken), Brief an alte
  Adresse (Leben), Laptopverlust (verschlüsselt, keine Meldung an
  Aufsicht nötig). Alle abgeschlossen.

TOP 2 Mail-Klassifizierung
  Erfahrungen mit dem Gateway: Mails mit Begriffen wie "Schwangerschaft",
  "HIV" oder "Gewerkschaft" werden auch dann hochgestuft, wenn es um
  Produktinformationen geht. Bitte Beispiele (ohne Kundendaten!) an die
  IT-Sicherheit schicken, damit die Regeln nachgeschärft werden können.

TOP 3 Art.-9-Inventur
  Bis 30.04. sollen alle Bereiche ihre Verarbeitungen mit besonderen
  Kategorien im Verzeichnis der Verarbeitungstätigkeiten markieren.
  Offen: Rechtsschutz (Gewerkschaftsfrage), HR (Kirchensteuermerkmal).

TOP 4 Verschiedenes
  Nächstes Treffen: 27.05.2025.
"""
    m = mail(136, 'Ramona Eckhardt <r.eckhardt@versicherer.example>',
             'ds-koordinatoren@versicherer.example',
             'Protokoll DS-Koordinatoren 25.02.2025', text, date=(2025, 2, 26, 9, 0))
    return R(m, N, 'de', 'internal',
             'trap: data-protection minutes listing sensitive terms and incident types, no person')


def m137():
    text = """Dear Mr Raghunathan,

thank you for your message. For your motor policy KF 31-9320188 (Hyundai
Ioniq 5, KS-VR 812) we calculate the driver discount on the basis of
when you first obtained a driving licence, not where.

We have therefore recorded:

  Driver:                   Vikram Raghunathan, born 19/03/1987
  First licence:            Tamil Nadu, India, 2006
  German licence:           converted on 12/02/2025 (Kassel licensing
                            office), licence no. B1720XK4410
  Driving experience used:  18 years

The premium is reduced from the next due date by EUR 23.60 per month. A
new policy schedule will follow by post.

Kind regards
Motor Customer Service
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(137, 'Kfz-Kundenservice <kfz-service@versicherer.example>',
             'Vikram Raghunathan <v.raghunathan@inbox.example>',
             'Your driving licence conversion - policy KF 31-9320188', text)
    return R(m, C, 'en', 'insurer-to-customer',
             'motor policy with birth date and licence data; place of first licence is not ethnic origin')


def m138():
    text = """Guten Tag / Hello,

in Ihrem Albrechtshof-Postfach liegt eine neue Nachricht für Sie.
There is a new message for you in your Albrechtshof secure mailbox.

Bitte melden Sie sich an / please log in:
https://postfach.albrechtshof.example

Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte.
For security reasons this email contains no content.

Ihr Albrechtshof-Kundenservice / your Albrechtshof customer service

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht.
This message was generated automatically. Please do not reply.
"""
    m = mail(138, 'Albrechtshof SecureMail <no-reply@versicherer.example>',
             'n.sandmeier@mailbox.example',
             'Neue Nachricht in Ihrem Postfach / New message in your mailbox', text)
    return R(m, N, 'mixed', 'insurer-to-customer',
             'trap: portal notification without content')


def m139():
    text = """Hallo Katrin,

bitte Deckung prüfen, Anwalt wartet. Ist wahrscheinlich Standard
(Arbeitsrecht, Abfindungsverhandlung).

Danke, Frank

-----Ursprüngliche Nachricht-----
Von: RA Malte Hinrichs <hinrichs@arbeitsrecht-hinrichs.example>
Gesendet: Dienstag, 25. Februar 2025 11:12
An: rs-leistung@versicherer.example
Betreff: Deckungsanfrage – Mandantin Jessica Kuhlmann, RS 55 240 918

Sehr geehrte Damen und Herren,

namens und in Vollmacht unserer Mandantin bitten wir um Deckungszusage
für die außergerichtliche Vertretung gegenüber ihrer Arbeitgeberin
(Nordhessische Wohnungsbau AG) sowie ggf. ein Klageverfahren. Den
Sachverhalt entnehmen Sie bitte der unten stehenden Schilderung unserer
Mandantin, die wir mit ihrem Einverständnis weiterleiten.

Mit freundlichen Grüßen
Hinrichs, Rechtsanwalt

> -----Ursprüngliche Nachricht-----
> Von: Jessica Kuhlmann <jessi.kuhlmann@webpost.example>
> Gesendet: Sonntag, 23. Februar 2025 21:40
> An: hinrichs@arbeitsrecht-hinrichs.example
> Betreff: Meine Situation
>
> Hallo Herr Hinrichs,
>
> wie besprochen hier alles nochmal schriftlich. Seit meinem Wechsel in
> die Abteilung Vermietung im Juni 2024 werde ich von meinem Teamleiter
> systematisch schikaniert (Mails mit Beleidigungen habe ich gesichert,
> siehe Anhang). Ich bin seit 14.10.2024 krankgeschrieben, mein Hausarzt
> hat mich zu einer Psychotherapeutin überwiesen, die Diagnose lautet
> Anpassungsstörung mit depressiver Reaktion (F43.21), außerdem habe ich
> Schlafstörungen und Panikattacken auf dem Weg zur Arbeit. Ich nehme
> seit Dezember Escitalopram. Die Firma hat mir jetzt einen
> Aufhebungsvertrag angeboten, 3 Monatsgehälter. Ich will da nicht mehr
> hin, aber ich will auch nicht einfach so gehen.
>
> Viele Grüße
> Jessica Kuhlmann
"""
    m = mail(139, 'Frank Pützer <kundenservice@versicherer.example>',
             'Katrin Oberschelp <k.oberschelp@versicherer.example>',
             'WG: Deckungsanfrage – Mandantin Jessica Kuhlmann, RS 55 240 918', text, date=(2025, 2, 25, 15, 20))
    return R(m, S, 'de', 'customer',
             'harmless top; deep in the quoted chain: adjustment disorder F43.21, psychotherapy, antidepressant')


def m140():
    text = """Albrechtshof App - release notes version 5.4 (iOS / Android)

New
* Log in with Face ID, Touch ID or Android fingerprint unlock. The app
  only receives a yes/no answer from your phone's operating system; your
  face or fingerprint data never leave your device and we never see them.
* Upload documents for health claims directly from the camera, with
  automatic edge detection.
* Dark mode.

Improved
* Faster loading of the policy overview.
* Accessibility: better screen-reader labels in the claims wizard.

Fixed
* Push notifications were sometimes shown twice on Android 14.

Available from 10 March in the App Store and Google Play.

Albrechtshof Digital Team
"""
    m = mail(140, 'Albrechtshof Digital <digital@versicherer.example>',
             'app-beta-testers@versicherer.example',
             'Release notes app 5.4 - biometric login', text, date=(2025, 3, 3, 16, 0))
    return R(m, N, 'en', 'insurer-to-customer',
             'trap: app release notes on device-side biometric login, no personal data')


def m141():
    text = """Sehr geehrte Frau Drescher,

wir haben Ihren Widerspruch gegen die Nutzung Ihrer Daten für Werbung
(Art. 21 Abs. 2 DSGVO) vom 24.02.2025 umgesetzt.

  Kundennummer:   K-41 09 2288
  Verträge:       Hausrat HR-2209-412907, Wohngebäude WG-7781-190233
  Sperre:         Werbung per Post, E-Mail und Telefon, auch durch
                  unsere Vertriebspartner, ab sofort

Informationen zu Ihren bestehenden Verträgen (z. B. Beitragsrechnungen,
Änderungen der Bedingungen) erhalten Sie weiterhin.

Sie hatten gefragt, woher der Vertreter Ihre Telefonnummer hatte: Sie
stammte aus Ihrem Hausratantrag von 2017. Wir haben die Nummer auf Ihren
Wunsch gelöscht.

Mit freundlichen Grüßen
Datenschutz-Team
Albrechtshof Versicherungen
"""
    m = mail(141, 'Datenschutz <datenschutz@versicherer.example>',
             'Ilona Drescher <i.drescher@postfach.example>',
             'Ihr Widerspruch gegen Werbung – umgesetzt', text, date=(2025, 2, 28, 10, 0))
    return R(m, C, 'de', 'insurer-to-customer',
             'marketing objection with customer number and household/buildings contracts')


def m142():
    text = """Liebe Kolleginnen und Kollegen,

zur Info: Der Gesundheitsausschuss des Bundestags führt am 19. März eine
öffentliche Anhörung zum Entwurf einer Änderung des
Gendiagnostikgesetzes durch (u. a. Regelungen zur Genomsequenzierung im
Neugeborenen-Screening und zu Direct-to-Consumer-Tests).

Der Branchenverband hat uns gebeten, bis 07.03. Anmerkungen zur
Stellungnahme beizusteuern. Unsere Position (abgestimmt mit Leben und
Kranken):

1. Wir unterstützen, dass Versicherer weiterhin keine Gentests verlangen
   und keine Ergebnisse erfragen dürfen.
2. Die Wertgrenze von 300.000 EUR (§ 18 Abs. 1 S. 2 GenDG) sollte
   beibehalten und nicht abgesenkt werden.
3. Für DTC-Tests sollte klargestellt werden, dass auch deren Ergebnisse
   unter § 18 fallen.

Der Entwurf unserer Anmerkungen liegt im Teams-Kanal "Public Affairs".

Viele Grüße
Public Affairs
"""
    m = mail(142, 'Public Affairs <public-affairs@versicherer.example>',
             'fachbereiche-leben-kranken@versicherer.example',
             'Anhörung GenDG-Novelle – Beitrag zur Verbandsstellungnahme', text, date=(2025, 2, 27, 11, 0))
    return R(m, N, 'de', 'internal',
             'trap: public-affairs note on genetic diagnostics law, no person')


def m143():
    text = """Dear Mr Whitfield,

thank you for the documents for your rent loss insurance (landlord
package) for the flat at Kurt-Schumacher-Str. 25, 34117 Kassel, which you
let as a private landlord.

  Policy:              ML-2200-041187
  Monthly rent (cold): EUR 940.00 (tenancy agreement of 01/09/2023)
  Claim:               S-2025-031190 - tenant stopped paying in
                       December; eviction proceedings filed at Kassel
                       local court on 10 February

Under the policy we pay the lost rent for up to 12 months once the
eviction claim has been filed, minus the first month's rent as excess.
So far: January and February 2025 = EUR 1,880.00, less EUR 940.00 excess
= EUR 940.00 payable now to your account ending 8166.

Please keep us informed of the court date. Your lawyer's fees are not
covered by this policy; check whether your legal expenses insurance
covers landlord disputes.

Kind regards
Property Claims
Albrechtshof Allgemeine Versicherung AG
"""
    m = mail(143, 'Regulierung Sach <regulierung-sach@versicherer.example>',
             'Graham Whitfield <g.whitfield@inbox.example>',
             'Rent loss claim S-2025-031190', text)
    return R(m, C, 'en', 'insurer-to-customer',
             'private landlord\'s rental income and claim, account ending')


def m144():
    text = """Hi Colin,

on the wording for the 2026 renewal of the D&O excess treaty, our
comments on your proposed clause 12 ("Criminal acts exclusion"):

- We can accept the exclusion of fines and penalties imposed in
  criminal proceedings, as this is uninsurable under German law anyway.
- We cannot accept excluding defence costs for insured persons who are
  only suspected of an offence. Advancement of defence costs until a
  final judgment is market standard in Germany and is in our primary
  wording (clause A-4).
- The "final adjudication" trigger should refer to a final (non-
  appealable) judgment, not to "a finding in any proceedings".

Proposed text is in the attached mark-up (track changes). Happy to
discuss on the call next week.

Best
Holger
"""
    d = docx(['# Clause 12 - Criminal acts exclusion (Albrechtshof mark-up, 26 Feb 2025)',
              '12.1 The Reinsurer shall not be liable for fines, penalties or punitive damages '
              'imposed on an Insured Person in criminal or administrative proceedings.',
              '12.2 The Reinsurer shall follow the Reinsured in advancing defence costs until '
              'a final, non-appealable judgment establishes that the Insured Person committed '
              'a wilful criminal act; thereafter, advanced costs are repayable.',
              '[deleted: "or where an Insured Person is under investigation for any offence"]'])
    m = mail(144, 'Holger Averdung <h.averdung@versicherer.example>',
             'Colin Marsh <c.marsh@harbourline-re.example>',
             'D&O excess treaty 2026 - clause 12 criminal acts exclusion', text,
             atts=[('Clause12_markup_Albrechtshof.docx', DOCX, d)], date=(2025, 2, 26, 17, 0))
    return R(m, N, 'en', 'insurer-to-partner',
             'trap: reinsurance wording on criminal acts exclusion, no insured person')


def m145():
    text = """Hi Mr Calloway, hallo Herr Calloway,

thanks for your honest email - I'll answer in English and put the key
terms in German for your files.

You told us that you were convicted of driving under the influence (DUI)
in Travis County, Texas, in 2019 (misdemeanor, 0.11 BAC, probation for
12 months, licence suspended for 90 days), and you asked whether that
matters for your German car insurance.

Short answer: no. We do not ask about criminal records or foreign
traffic offences (Vorstrafen / Verkehrsverstöße im Ausland) when you
take out motor insurance, and we will not use this information. We have
not saved your email in your policy file.

Your offer (Angebot) for the VW Golf stays as it is:

  Angebot / quote:       AG-KF-2025-020114
  Kunde / customer:      Bradley Calloway, geb. / born 28.06.1990
  Haftpflicht + Vollkasko (third party + comprehensive), SB 500 EUR
  Beitrag / premium:     EUR 71.30 monatlich / per month (SF 1/2, as a
                         new driver in Germany)

Viele Grüße / best regards
Frank Pützer
Kfz-Kundenservice
"""
    m = mail(145, 'Frank Pützer <kundenservice@versicherer.example>',
             'Bradley Calloway <b.calloway@expatmail.example>',
             'Re: question about my record / Frage zu Vorstrafe', text)
    return R(m, S, 'mixed', 'insurer-to-customer',
             'bilingual motor quote restating the customer\'s DUI conviction and blood alcohol (Art. 10)')


def m146():
    text = """Liebe Kolleginnen und Kollegen,

danke an alle, die an der Mitarbeitendenbefragung "Albrechtshof
Puls 2024" teilgenommen haben – 2.418 von 3.204, also 75,5 %!

Erstmals konnten freiwillige Angaben zu Diversity-Merkmalen gemacht
werden. Die Auswertung erfolgte durch das externe Institut; wir erhalten
nur Ergebnisse für Gruppen ab 15 Personen.

Einige Ergebnisse:
- "Ich kann bei der Arbeit so sein, wie ich bin": 76 % Zustimmung
  insgesamt; bei Beschäftigten, die sich als LGBTQ+ beschreiben
  (4,1 % der Antwortenden), 63 %.
- Beschäftigte mit Migrationsgeschichte (22 %) fühlen sich bei
  Beförderungen seltener fair behandelt (54 % vs. 68 %).
- 31 % der Beschäftigten mit Kindern unter 12 wünschen sich mehr
  Flexibilität bei Arbeitszeiten.

Der Vorstand wird die Ergebnisse in der Betriebsversammlung am 02.04.
vorstellen; die Bereiche erhalten ihre eigenen Berichte (nur ab 15
Antworten) im März.

Personal & Organisation
"""
    m = mail(146, 'Personal & Organisation <personal@versicherer.example>',
             'alle-mitarbeitenden@versicherer.example',
             'Ergebnisse Mitarbeitendenbefragung Puls 2024', text, date=(2025, 2, 28, 13, 0))
    return R(m, N, 'de', 'internal',
             'trap: survey results on LGBTQ+ and migration background, aggregated groups >= 15')


def m147():
    text = """Sehr geehrter Herr Wettlaufer,

Sie haben am 21.02.2025 den Generalschlüssel Ihres Arbeitgebers
(Kasseler Stadtwerke, Schließanlage Verwaltungsgebäude Königstor)
verloren. Der Verlust fremder Schlüssel ist in Ihrer
Privathaftpflichtversicherung mitversichert.

  Privathaftpflicht:   PH-5510-377615
  Schadennummer:       S-2025-038840
  Höchstentschädigung: 50.000 EUR (Schlüsselverlust beruflich)

Bitte reichen Sie uns ein:
1. die Bestätigung Ihres Arbeitgebers über die Aushändigung des
   Schlüssels und den Verlust,
2. die Verlustanzeige bei der Polizei oder dem Fundbüro,
3. den Kostenvoranschlag für den Austausch der Schließanlage.

Bitte erkennen Sie gegenüber Ihrem Arbeitgeber keine Forderung an, bevor
wir geprüft haben.

Mit freundlichen Grüßen
Haftpflicht-Schaden
"""
    m = mail(147, 'Haftpflicht-Schaden <schaden-haftpflicht@versicherer.example>',
             'Bernd Wettlaufer <b.wettlaufer@webpost.example>',
             'Schlüsselverlust – S-2025-038840', text)
    return R(m, C, 'de', 'insurer-to-customer',
             'liability claim for lost employer key, named employer and policy')


def m148():
    text = """Hallo zusammen,

der überarbeitete Textbaustein für Regressschreiben nach Trunkenheits-
oder Drogenfahrt ist freigegeben (TB-KF-REG-07, Version 2025-02). Bitte ab
sofort nur noch diesen verwenden; die alte Fassung wird am 15.03.
gesperrt.

Wichtig: keine Blutalkohol- oder Wirkstoffwerte in den Betreff, und
das Schreiben immer als "streng vertraulich" versenden.

-------- Textbaustein TB-KF-REG-07 --------
«ANREDE» «NAME»,

in der Kfz-Haftpflichtschadensache «SCHADENNUMMER» (Unfall vom
«UNFALLDATUM») haben wir an Geschädigte «REGULIERTER_BETRAG» EUR gezahlt.
Nach den uns vorliegenden Ermittlungsunterlagen haben Sie das Fahrzeug
infolge des Genusses alkoholischer Getränke oder anderer berauschender
Mittel nicht sicher führen können (D.1.2 AKB). Wir nehmen Sie daher
gemäß D.3.3 AKB in Höhe von «REGRESSBETRAG» EUR in Anspruch.

Bitte zahlen Sie bis «FRIST» auf das Konto «KONTO_ALBRECHTSHOF».
--------------------------------------------

Gruß
Katrin Oberschelp
"""
    m = mail(148, 'Katrin Oberschelp <k.oberschelp@versicherer.example>',
             'regress-kfz@versicherer.example',
             'Textbaustein TB-KF-REG-07 Regress Trunkenheit – freigegeben', text, date=(2025, 3, 3, 8, 30))
    return R(m, N, 'de', 'internal',
             'trap: drink-driving recourse template with «placeholders», no person')


def m149():
    text = """Sehr geehrte Frau Kollegin Aslan,

in der Unfallsache Ihres Mandanten, Herrn Henrik Möbius, gegen unseren
Versicherungsnehmer

  Schaden-Nr.:     S-2025-013346
  Unfall:          27.01.2025, Kassel, Kreuzung Holländische Str./
                   Weserspitze, Auffahrunfall, keine Personenschäden
  Ihr Mandant:     Mercedes C 200, KS-HM 1207

erkennen wir die Haftung zu 100 % an. Wir regulieren auf Grundlage des
Gutachtens des Sachverständigenbüros Pfaff:

  Reparaturkosten netto       6.412,80 EUR
  Wertminderung                 700,00 EUR
  Gutachterkosten               986,41 EUR
  Mietwagen 8 Tage (Gr. 6)    1.064,00 EUR (statt geltend gemacht 1.392,00)
  Kostenpauschale                25,00 EUR
  Ihre Gebühren (1,3 + Auslagen)  nach RVG

Die Kürzung der Mietwagenkosten ergibt sich aus der Fraunhofer-Liste.
Die Zahlung geht auf das Anderkonto Ihrer Kanzlei.

Mit freundlichen kollegialen Grüßen
Kfz-Haftpflicht-Schaden
"""
    m = mail(149, 'Kfz-Haftpflicht <kfz-haftpflicht@versicherer.example>',
             'RAin Derya Aslan <aslan@kanzlei-aslan.example>',
             'Ihr Mandant Möbius – S-2025-013346', text)
    return R(m, C, 'de', 'insurer-to-lawyer',
             'motor liability settlement with named claimant and plate, no injuries')


def m150():
    text = """Hi all,

invitation for the kick-off of the Art. 9 data inventory (see minutes of
the DP coordinators' meeting). Goal: every department marks its
processing activities involving special categories in the record of
processing activities by 30 April.

Please bring: your department's list of processing activities and
a rough idea where health, biometric, genetic data, union membership,
religion (church tax) or criminal-offence data occur. No case files,
no examples with real names.

Calendar invite attached.

Ramona
"""
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Albrechtshof//Kalender//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:art9-inventur-kickoff-20250311@versicherer.example
DTSTAMP:20250226T120000Z
DTSTART:20250311T090000Z
DTEND:20250311T100000Z
SUMMARY:Kick-off Art. 9 data inventory (RoPA)
LOCATION:Teams
ORGANIZER;CN=Ramona Eckhardt:mailto:r.eckhardt@versicherer.example
DESCRIPTION:Inventory of processing with special categories. No personal data in the meeting.
END:VEVENT
END:VCALENDAR
""")
    m = mail(150, 'Ramona Eckhardt <r.eckhardt@versicherer.example>',
             'ds-koordinatoren@versicherer.example',
             'Kick-off Art. 9 data inventory - 11 March', text,
             atts=[('Kickoff_Art9_inventory.ics', ICS, cal)], date=(2025, 2, 26, 12, 30))
    return R(m, N, 'en', 'internal',
             'trap: meeting invite for special-categories inventory, no person')


# ====================================================================== main

COUNT = 150
EXPECT = {N: 60, C: 45, S: 45}
# deliberately invalid IBANs (customer typos), checked to be *invalid*
INVALID_OK = {}


def build():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith('d%s-' % NN) and f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i in range(1, COUNT + 1):
        msg, label, lang, kind, reason = globals()['m%03d' % i]()
        assert label in (N, C, S), i
        assert lang in ('de', 'en', 'mixed'), i
        assert '\t' not in reason and '\n' not in reason, i
        name = 'd%s-%04d.eml' % (NN, i)
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(msg.as_bytes(policy=SMTP))
        rows.append((name, label, lang, kind, reason))
    with open(os.path.join(HERE, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('file\tlabel\tlang\tkind\treason\n')
        for r in rows:
            fh.write('\t'.join(r) + '\n')
    print('wrote %d mails' % len(rows))


# ---------------------------------------------------------------- checking

IBAN_LEN = {'DE': 22, 'AT': 20, 'CH': 21, 'NL': 18, 'FR': 27, 'GB': 22, 'IT': 27,
            'ES': 24, 'LU': 20, 'BE': 16, 'PL': 28, 'DK': 18, 'IE': 22}
IBAN_RE = re.compile(r'(?<![A-Za-z0-9])([A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9*xX•]{4}){2,7}'
                     r'(?:[ ]?[A-Za-z0-9]{1,3})?)(?![A-Za-z0-9])')
MAIL_RE = re.compile(r'[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)')
URL_RE = re.compile(r'(?:https?://|www\.)([A-Za-z0-9.-]+)')


def iban_ok(s):
    s = s.replace(' ', '').upper()
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


def _strip_xml(b):
    minidom.parseString(b)  # must be well-formed
    return re.sub(r'<[^>]+>', ' ', b.decode('utf-8'))


def _pdf_text(b):
    assert b.startswith(b'%PDF-'), 'no PDF header'
    assert b.rstrip().endswith(b'%%EOF'), 'no %%EOF'
    sx = int(re.search(rb'startxref\s+(\d+)', b).group(1))
    assert b[sx:sx + 4] == b'xref', 'bad startxref'
    offs = re.findall(rb'(\d{10}) 00000 n', b[sx:])
    for k, o in enumerate(offs, 1):
        assert b[int(o):].startswith(b'%d 0 obj' % k), 'bad xref offset'
    out = []
    for m in re.finditer(rb'\(((?:\\.|[^\\)])*)\) Tj', b):
        t = re.sub(rb'\\(.)', rb'\1', m.group(1))
        out.append(t.decode('cp1252'))
    return '\n'.join(out)


def _att_text(name, data):
    ext = name.lower().rsplit('.', 1)[-1]
    if ext == 'pdf':
        return _pdf_text(data)
    if ext in ('docx', 'xlsx', 'odt', 'ods', 'zip'):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, 'bad zip member'
        texts = []
        for zi in z.infolist():
            assert zi.date_time == ZDATE, 'zip timestamp not fixed'
            d = z.read(zi)
            if ext == 'zip':
                texts.append(_att_text(zi.filename, d))
            elif zi.filename.endswith('.xml') or zi.filename.endswith('.rels'):
                texts.append(_strip_xml(d))
        if ext in ('odt', 'ods'):
            assert z.namelist()[0] == 'mimetype'
        return '\n'.join(texts)
    if ext == 'ics':
        t = data.decode('utf-8')
        assert t.startswith('BEGIN:VCALENDAR') and 'END:VCALENDAR' in t, 'bad ics'
        return t
    if ext == 'eml':
        return _msg_text(email.message_from_bytes(data, policy=email.policy.default))
    for enc in ('utf-8', 'cp1252'):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    raise AssertionError('undecodable attachment ' + name)


def _msg_text(msg):
    out = []
    for part in msg.walk():
        for h in ('From', 'To', 'Cc', 'Subject', 'Reply-To'):
            if part.get(h):
                out.append(str(part.get(h)))
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fn = part.get_filename()
        if ctype.startswith('text/') and not fn:
            out.append(part.get_content())
        else:
            data = part.get_payload(decode=True)
            assert data, 'empty attachment'
            out.append(_att_text(fn or 'x.bin', data))
    return '\n'.join(out)


def check():
    errs = []
    with open(os.path.join(HERE, 'labels.tsv'), encoding='utf-8') as fh:
        lines = fh.read().split('\n')
    assert lines[0] == 'file\tlabel\tlang\tkind\treason', 'bad header'
    rows = [l.split('\t') for l in lines[1:] if l]
    if len(rows) != COUNT:
        errs.append('labels.tsv has %d rows' % len(rows))
    cnt = {}
    langs = {}
    for r in rows:
        if len(r) != 5 or not all(r):
            errs.append('bad row %r' % (r,))
            continue
        cnt[r[1]] = cnt.get(r[1], 0) + 1
        langs[(r[1], r[2])] = langs.get((r[1], r[2]), 0) + 1
        if r[1] == N and r[4].startswith('trap:') is False and 'trap' in r[4][:6]:
            errs.append('trap reason format %s' % r[0])
    if cnt != EXPECT:
        errs.append('label counts %r' % cnt)
    names = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
    if names != ['d%s-%04d.eml' % (NN, i) for i in range(1, COUNT + 1)]:
        errs.append('mail file set differs')
    if [r[0] for r in rows] != names:
        errs.append('labels.tsv order/file names differ')
    n_att = n_iban = 0
    for name in names:
        raw = open(os.path.join(OUT, name), 'rb').read()
        if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
            errs.append('%s: not CRLF' % name)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
            if not msg.get(h):
                errs.append('%s: missing %s' % (name, h))
        try:
            email.utils.parsedate_to_datetime(msg['Date'])
        except Exception:
            errs.append('%s: bad Date' % name)
        for line in raw.split(b'\r\n'):
            if len(line) > 998:
                errs.append('%s: line too long' % name)
                break
        try:
            text = _msg_text(msg)
        except Exception as e:  # attachment does not open
            errs.append('%s: %s' % (name, e))
            continue
        n_att += sum(1 for p in msg.walk() if p.get_filename())
        for d in MAIL_RE.findall(text) + URL_RE.findall(text):
            d = d.rstrip('.').lower()
            if not d.endswith('.example'):
                errs.append('%s: non-.example domain %s' % (name, d))
        for m in IBAN_RE.finditer(text):
            s = m.group(1)
            cc = s[:2].upper()
            flat = s.replace(' ', '')
            if cc not in IBAN_LEN or not re.match(r'^[A-Za-z]{2}\d{2}\d', flat):
                continue
            if re.search(r'[*xX•]', flat[4:]):
                continue  # masked
            if len(flat) != IBAN_LEN[cc]:
                continue
            n_iban += 1
            if INVALID_OK.get(name) == flat.upper():
                if iban_ok(flat):
                    errs.append('%s: intended-invalid IBAN is valid' % name)
            elif not iban_ok(flat):
                errs.append('%s: IBAN checksum %s' % (name, s))
    print('checked %d mails, %d attachments, %d IBANs' % (len(names), n_att, n_iban))
    print('labels: ' + ', '.join('%s %d' % (k, cnt.get(k, 0)) for k in (N, C, S)))
    for lab in (N, C, S):
        print('  %-22s de %2d  en %2d  mixed %2d' % (lab, langs.get((lab, 'de'), 0),
              langs.get((lab, 'en'), 0), langs.get((lab, 'mixed'), 0)))
    if errs:
        print('ERRORS:')
        for e in errs:
            print('  ' + e)
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    if '--check' in sys.argv[1:]:
        sys.exit(check())
    build()
