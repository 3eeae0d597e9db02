#!/usr/bin/env python3
"""Corpus dev102 for Siegel: public authorities and courts in contact with a German insurer.

Every mail is written by hand in its own function m001 ... m150. The helpers below only
turn that content into MIME (fixed boundaries, dates and Message-IDs) or into attachment
files (PDF, DOCX, XLSX, ODT, ODS, ZIP). Standard library only, no network.

    python make_corpus.py          writes mails/d102-0001.eml ... mails/d102-0150.eml and labels.tsv
    python make_corpus.py --check  re-parses everything and validates it
"""
import csv
import hashlib
import io
import os
import re
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from html.parser import HTMLParser
from xml.etree import ElementTree
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'mails')
PREFIX = 'd102'
N, C, S = 'NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'
ZIP_TS = (2025, 1, 2, 8, 0, 0)

# ---------------------------------------------------------------- MIME helpers


def _tz(dt):
    # German local time: CEST from the last Sunday of March to the last Sunday of October
    def last_sunday(y, m):
        d = datetime(y, m + 1, 1) - timedelta(days=1) if m < 12 else datetime(y, 12, 31)
        return d - timedelta(days=(d.weekday() + 1) % 7)
    summer = last_sunday(dt.year, 3) <= dt < last_sunday(dt.year, 10)
    return timezone(timedelta(hours=2 if summer else 1))


def mail(frm, to, subject, body=None, date='02.01.2025 09:00', cc=None, html=None,
         html_only=False, atts=(), charset='utf-8', cte=None, flowed=False, headers=None,
         reply_to=None):
    """Build one message. atts: list of (filename, mime type, bytes | EmailMessage | str)."""
    m = EmailMessage(policy=policy.SMTP)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    if reply_to:
        m['Reply-To'] = reply_to
    m['Subject'] = subject
    dt = datetime.strptime(date, '%d.%m.%Y %H:%M')
    m['Date'] = format_datetime(dt.replace(tzinfo=_tz(dt)))
    for k, v in (headers or {}).items():
        m[k] = v
    m['MIME-Version'] = '1.0'
    if html_only:
        m.set_content(html, subtype='html', charset=charset, cte=cte)
    else:
        m.set_content(body, subtype='plain', charset=charset, cte=cte)
        if flowed:
            m.set_param('format', 'flowed')
        if html is not None:
            m.add_alternative(html, subtype='html', charset=charset)
    for fn, ctype, data in atts:
        params = {}
        if ';' in ctype:
            ctype, rest = ctype.split(';', 1)
            for kv in rest.split(';'):
                k, v = kv.strip().split('=', 1)
                params[k] = v
        maintype, subtype = ctype.split('/')
        if isinstance(data, EmailMessage):
            m.add_attachment(data)
            part = m.get_payload()[-1]
            if fn:
                part.set_param('filename', fn, header='Content-Disposition')
        elif isinstance(data, str):
            m.add_attachment(data, subtype=subtype, charset=params.pop('charset', 'utf-8'),
                             filename=fn, cte='quoted-printable')
            part = m.get_payload()[-1]
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
            part = m.get_payload()[-1]
        for k, v in params.items():
            part.set_param(k, v)
    return m


def text_att(fn, ctype, text, charset):
    """A text attachment in a legacy charset (e.g. CSV exported by Excel in windows-1252)."""
    return (fn, '%s; charset=%s' % (ctype, charset), text.encode(charset))


def rfc822(frm, to, subject, body, date, **kw):
    return mail(frm, to, subject, body, date=date, **kw)


def _finish(m, n):
    """Fixed Message-ID and fixed MIME boundaries."""
    h = hashlib.sha1(('%s-%04d' % (PREFIX, n)).encode()).hexdigest()[:16]
    m['Message-ID'] = '<%s.%s@mx.rheinauen.example>' % (h, '%04d' % n)
    i = 0
    for part in m.walk():  # walk() also descends into attached message/rfc822 parts
        if part.get_content_maintype() == 'multipart':
            part.set_boundary('----=_Part_%s_%04d_%d' % (PREFIX, n, i))
            i += 1
        if part.get_content_type() == 'message/rfc822':
            inner = part.get_payload()[0]
            if 'Message-ID' not in inner:
                dt = datetime.strptime(str(inner['Date'])[5:25], '%d %b %Y %H:%M:%S')
                inner['Message-ID'] = '<%s.%s@mail.sender.example>' % (
                    hashlib.sha1(('%s-%04d-inner' % (PREFIX, n)).encode()).hexdigest()[:20],
                    dt.strftime('%Y%m%d%H%M%S'))
    return m


# ---------------------------------------------------------------- attachment helpers


def _zip(members, compress_first=True):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED if (compress_first or i) else zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode('utf-8'))
    return buf.getvalue()


def zipf(members):
    return _zip(members)


def _pdf_str(s):
    b = s.encode('cp1252', 'replace')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def pdf(lines, title='Dokument'):
    """Simple text PDF (Helvetica, WinAnsi), 52 lines per page. '#' starts a bold line."""
    pages = [lines[i:i + 52] for i in range(0, max(len(lines), 1), 52)] or [[]]
    objs = []
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    kids = ' '.join('%d 0 R' % (5 + 2 * i) for i in range(len(pages)))
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, len(pages))).encode())
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
    for pg in pages:
        cs = [b'BT', b'/F1 10 Tf', b'50 800 Td', b'13 TL']
        for ln in pg:
            if ln.startswith('#'):
                cs.append(b'/F2 10 Tf (' + _pdf_str(ln[1:].strip()) + b") ' /F1 10 Tf")
            else:
                cs.append(b'(' + _pdf_str(ln) + b") '")
        cs.append(b'ET')
        stream = b'\n'.join(cs)
        pno = len(objs) + 1
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                     '/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>'
                     % (pno + 1)).encode())
        objs.append(b'<< /Length ' + str(len(stream)).encode() + b' >>\nstream\n' + stream + b'\nendstream')
    info_no = len(objs) + 1
    objs.append(b'<< /Title (' + _pdf_str(title) + b') /Producer (Rheinauen DMS) '
                b'/CreationDate (D:20250102080000+01\'00\') >>')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (
        len(objs) + 1, info_no, x)
    return bytes(out)


def _docx_par(p):
    if isinstance(p, (list, tuple)):  # a table: list of rows
        rows = []
        for r in p:
            cells = ''.join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                            % xesc(str(c)) for c in r)
            rows.append('<w:tr>%s</w:tr>' % cells)
        return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                '</w:tblPr>%s</w:tbl>' % ''.join(rows))
    bold = p.startswith('#')
    t = p[1:].strip() if bold else p
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(t))


def docx(paras):
    body = ''.join(_docx_par(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)])


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: list of (name, rows); numbers stay numbers, everything else is an inline string."""
    files = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for si, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = '%s%d' % (_col(ci), ri)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                elif v is None or v == '':
                    continue
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                                 % (ref, xesc(str(v))))
            xr.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
        files.append(('xl/worksheets/sheet%d.xml' % si,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      '<sheetData>%s</sheetData></worksheet>' % ''.join(xr)))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), si, si))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/'
                       '2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (si, si))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/'
                       'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % si)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>%s</sheets></workbook>' % ''.join(wb_sheets))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.sheet.main+xml"/>%s</Types>' % ''.join(ct_over))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '%s</Relationships>' % ''.join(wb_rels))
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                 ('xl/_rels/workbook.xml.rels', wbrels)] + files)


_ODF_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>'
                 '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                 'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                 'manifest:media-type="%s"/><manifest:file-entry manifest:full-path="content.xml" '
                 'manifest:media-type="text/xml"/></manifest:manifest>')
_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:office-value="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"')


def odt(paras):
    mt = 'application/vnd.oasis.opendocument.text'
    body = ''.join('<text:p>%s</text:p>' % xesc(p) for p in paras)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (_ODF_NS, body))
    return _zip([('mimetype', mt), ('META-INF/manifest.xml', _ODF_MANIFEST % mt),
                 ('content.xml', content)], compress_first=False)


def ods(name, rows):
    mt = 'application/vnd.oasis.opendocument.spreadsheet'
    xr = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)):
                cells.append('<table:table-cell office:value-type="float" office:value="%s">'
                             '<text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p>'
                             '</table:table-cell>' % xesc(str(v)))
        xr.append('<table:table-row>%s</table:table-row>' % ''.join(cells))
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s>'
               '<office:body><office:spreadsheet><table:table table:name="%s">%s</table:table>'
               '</office:spreadsheet></office:body></office:document-content>'
               % (_ODF_NS, xesc(name), ''.join(xr)))
    return _zip([('mimetype', mt), ('META-INF/manifest.xml', _ODF_MANIFEST % mt),
                 ('content.xml', content)], compress_first=False)


def csvtext(rows, sep=';'):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


PDF = 'application/pdf'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
ODT = 'application/vnd.oasis.opendocument.text'
ODS = 'application/vnd.oasis.opendocument.spreadsheet'
ZIP = 'application/zip'
CSV = 'text/csv'
ICS = 'text/calendar'
HTML = 'text/html'
TXT = 'text/plain'
EML = 'message/rfc822'

# ---------------------------------------------------------------- the mails


def m001():
    body = """Sehr geehrter Herr Kowalczyk,

vielen Dank für die Übersendung des Rentenbescheids der Deutschen Rentenversicherung
Rheinland vom 03.02.2025. Wir haben ihn zu Ihrer Leistungsakte genommen.

Bitte beachten Sie: Die Entscheidung der DRV über die Erwerbsminderungsrente ist für
unsere Leistungsprüfung nicht bindend. Maßgeblich sind allein die Bedingungen Ihrer
Berufsunfähigkeitsversicherung (Vertrag L 7.384.112.6), also ob Sie Ihren zuletzt
ausgeübten Beruf als Elektroinstallateur zu mindestens 50 % nicht mehr ausüben können.
Der Bescheid ist aber ein wichtiges Indiz, und wir fordern jetzt das Gutachten an, das
die DRV im Rentenverfahren eingeholt hat (Dr. Petersen, Bergheim). Dafür brauchen wir
die beiliegende Schweigepflichtentbindung gegenüber der DRV mit Ihrer Unterschrift.

Zu Ihrer Frage nach der Anrechnung: Die EM-Rente wird auf die BU-Rente nicht
angerechnet. Sie erhalten beide Leistungen nebeneinander, sobald wir anerkannt haben.

Mit freundlichen Grüßen

Kathrin Oberländer
Leistungsprüfung Berufsunfähigkeit
Rheinauen Lebensversicherung AG
Auenweg 12, 50679 Köln
Telefon 0221 4471-3318

-----Ursprüngliche Nachricht-----
Von: Dariusz Kowalczyk <d.kowalczyk@posteo-mail.example>
Gesendet: Dienstag, 11. Februar 2025 19:42
An: BU-Leistung <bu-leistung@rheinauen.example>
Betreff: Rentenbescheid DRV / Vertrag L 7.384.112.6

Hallo Frau Oberländer,

anbei wie besprochen der Bescheid von der Rentenversicherung. Ich bekomme jetzt volle
Erwerbsminderungsrente, befristet bis 31.08.2027, 1.184,36 EUR netto. Begründung ist
laut Bescheid die mittelgradige depressive Episode und der Zustand nach der zweiten
Bandscheiben-OP (L4/L5). Der Gutachter von der DRV hat gesagt ich kann unter 3 Stunden
täglich arbeiten.

Wird das jetzt von Ihrer Rente abgezogen? Meine Frau macht sich Sorgen wegen der
Hausraten.

Gruß
D. Kowalczyk
"""
    return (mail('Kathrin Oberländer <kathrin.oberlaender@rheinauen.example>',
                 'Dariusz Kowalczyk <d.kowalczyk@posteo-mail.example>',
                 'AW: Rentenbescheid DRV / Vertrag L 7.384.112.6', body, date='13.02.2025 10:17', cte='8bit'),
            S, 'de', 'insurer-to-customer',
            'BU claim: customer quotes DRV decision on full EM pension with depression and disc surgery')


def m002():
    body = """Liebe Kolleginnen und Kollegen der Drittschuldnerstelle und der Entgeltabrechnung,

zum 01.07.2025 ändern sich wieder die Pfändungsfreigrenzen für Arbeitseinkommen
(Pfändungsfreigrenzenbekanntmachung 2025, BGBl. 2025 I Nr. 110). Die wichtigsten Werte:

  unpfändbarer Grundbetrag monatlich ........ 1.555,00 EUR (bisher 1.491,75 EUR)
  Erhöhung für die 1. unterhaltsberechtigte Person ... 585,23 EUR
  Erhöhung für die 2. bis 5. Person je .............. 326,04 EUR
  Betrag, ab dem voll pfändbar ist ........... 4.766,99 EUR

Was ist zu tun?
1. Die neue Tabelle ist ab 01.07. im Abrechnungssystem hinterlegt (Change CHG-25-0612).
   Bitte bei allen laufenden Lohnpfändungen die Juli-Abrechnung stichprobenartig prüfen.
2. Für Pfändungen in Versicherungsleistungen (Rentenzahlungen aus Leben/BU) gilt
   § 850c ZPO entsprechend, soweit das Vollstreckungsgericht nichts anderes bestimmt hat.
   Die Leistungsabteilungen bekommen eine eigene Info.
3. Bei Pfändungen nach § 850d ZPO (Unterhalt) gilt weiter der vom Gericht im Beschluss
   festgesetzte notwendige Unterhalt – hier ändert sich durch die Bekanntmachung nichts.

Die aktualisierte Arbeitsanweisung AA-PF-03 liegt im Intranet unter
https://intranet.rheinauen.example/recht/pfaendung/AA-PF-03.pdf

Bei Fragen: Uwe Brinkhoff, Durchwahl -2290.

Viele Grüße
Uwe Brinkhoff
Rechtsabteilung – Drittschuldnerstelle
"""
    return (mail('Uwe Brinkhoff <uwe.brinkhoff@rheinauen.example>',
                 'Verteiler Drittschuldner <vt-drittschuldner@rheinauen.example>',
                 'Neue Pfändungsfreigrenzen ab 01.07.2025', body, date='17.06.2025 08:05',
                 cc='Entgeltabrechnung <entgelt@rheinauen.example>'),
            N, 'de', 'internal',
            'trap: circular on new statutory garnishment exemption amounts, no person')


def m003():
    body = """Amtsgericht Köln
- Vollstreckungsgericht -
Luxemburger Str. 101
50939 Köln

Per EGVP und vorab per E-Mail an die Geschäftsstelle

Ihr Zeichen: 287 M 4418/25
Unser Zeichen: DS-2025-01127 / Br

Drittschuldnererklärung nach § 840 Abs. 1 ZPO

Sehr geehrte Damen und Herren,

in der Zwangsvollstreckungssache

  Autohaus Sürth GmbH & Co. KG ./. Herrn Benedikt Hallmann, Kalker Hauptstr. 201, 51103 Köln

ist uns der Pfändungs- und Überweisungsbeschluss vom 14.04.2025 am 22.04.2025
zugestellt worden. Wir erklären:

1. Die Forderung wird anerkannt, soweit sie besteht. Der Schuldner hat bei uns eine
   Hausratversicherung (Vertrag HR 5520318). Aus dem Leitungswasserschaden vom
   02.03.2025 (Schaden-Nr. S-2025-0418873) steht noch eine Entschädigung von
   2.316,80 EUR zur Auszahlung an.
2. Wir sind bereit, diesen Betrag an die Gläubigerin zu zahlen, sobald die Frist des
   § 835 Abs. 3 Satz 2 ZPO nicht entgegensteht bzw. abgelaufen ist.
3. Andere Personen machen keine Ansprüche an die Forderung geltend.
4. Die Forderung ist nicht bereits für andere Gläubiger gepfändet.

Mit freundlichen Grüßen
Rheinauen Allgemeine Versicherung AG
i. A. Uwe Brinkhoff
Rechtsabteilung – Drittschuldnerstelle
Telefon 0221 4471-2290
"""
    return (mail('Drittschuldnerstelle Rheinauen <pfaendungen@rheinauen.example>',
                 'Geschäftsstelle 287 M <vollstreckung@ag-koeln.justiz-nrw.example>',
                 'Drittschuldnererklärung 287 M 4418/25 – Hallmann', body, date='29.04.2025 14:40'),
            C, 'de', 'insurer-to-court',
            'garnished household claim payment of a named debtor with policy and claim number')


def m004():
    body = """Dear Ms Whitfield,

Thank you for sending us the decision letter from the Department for Work and Pensions
dated 6 March 2025. I have added it to your income protection claim (policy
IP-2209-4471-03).

For our assessment I would like to clarify two points:

1. The letter awards the enhanced rate of the daily living component of Personal
   Independence Payment, scoring 12 points, mainly under descriptors 1e, 4c and 9b.
   The report from the Capita assessor mentions fatigue related to multiple sclerosis
   (relapsing-remitting, diagnosed 2021) and "episodes of low mood". Could you send us
   the full PA4 assessment report? The decision letter only lists the points.
2. You mention that your neurologist at the Walton Centre changed your medication to
   ocrelizumab in January. Please ask the clinic for a short letter confirming the
   treatment start date, as this falls inside the deferred period.

Please note that a DWP award does not automatically mean that the definition of
incapacity in your policy is met – we look at your own occupation as a secondary school
teacher. I will be in touch as soon as we have the documents.

Kind regards

Priya Raman
International Claims Desk
Rheinauen Lebensversicherung AG
Auenweg 12, 50679 Cologne, Germany
+49 221 4471-3542
"""
    return (mail('Priya Raman <priya.raman@rheinauen.example>',
                 'Helen Whitfield <helen.whitfield@brightmail.example>',
                 'Your income protection claim IP-2209-4471-03 – DWP decision', body,
                 date='12.03.2025 11:26'),
            S, 'en', 'insurer-to-customer',
            'income protection claim: UK PIP award, multiple sclerosis, medication')


def m005():
    html = """<html><body style="font-family:Georgia,serif;color:#222">
<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#0b3954;color:#fff;padding:18px">
<h1 style="margin:0;font-size:22px">Social Law Briefing &ndash; April 2025</h1>
<p style="margin:4px 0 0">Hartwig Lenz Rechtsanwälte PartG mbB &middot; Insurance &amp; Social Security Practice</p>
</td></tr>
<tr><td style="padding:18px">
<h2 style="font-size:18px">Federal Social Court: partial reduced earning capacity and the closed labour market</h2>
<p>In its judgment of 12 December 2024 (B 5 R 17/23 R) the Federal Social Court (BSG)
confirmed that a claimant who can still work between three and six hours a day is entitled
to a <em>full</em> pension for reduced earning capacity if no suitable part-time position is
available to them (&ldquo;Arbeitsmarktrente&rdquo;). The court clarified how the pension
insurance has to document the search for a &ldquo;Teilzeitarbeitsplatz&rdquo;.</p>
<p><strong>Why this matters for private insurers:</strong> occupational disability (BU)
policies are not bound by DRV decisions. Nevertheless, claimants increasingly submit full
EM pension decisions based on the closed labour market. Claims handlers should check
whether the DRV decision rests on medical grounds or on labour-market grounds.</p>
<h2 style="font-size:18px">Also in this issue</h2>
<ul>
<li>LSG Baden-W&uuml;rttemberg on the burden of proof in GdB proceedings</li>
<li>New procedural rules for electronic files at the social courts (&sect; 65a SGG)</li>
<li>Webinar on 22 May: garnishment of insurance benefits &ndash; &sect;&sect; 850b, 851c ZPO</li>
</ul>
<p style="font-size:12px;color:#666">You receive this briefing because you subscribed at
<a href="https://www.hartwig-lenz.example/briefing">hartwig-lenz.example</a>.
<a href="https://www.hartwig-lenz.example/unsubscribe?id=RV-4471">Unsubscribe</a></p>
</td></tr></table></body></html>"""
    text = """Social Law Briefing – April 2025
Hartwig Lenz Rechtsanwälte PartG mbB

Federal Social Court: partial reduced earning capacity and the closed labour market

In its judgment of 12 December 2024 (B 5 R 17/23 R) the BSG confirmed that a claimant who
can still work between three and six hours a day is entitled to a full pension for reduced
earning capacity if no suitable part-time position is available ("Arbeitsmarktrente").

Why this matters for private insurers: BU policies are not bound by DRV decisions.
Claims handlers should check whether a DRV decision rests on medical or labour-market grounds.

Also in this issue:
- LSG Baden-Württemberg on the burden of proof in GdB proceedings
- Electronic files at the social courts (§ 65a SGG)
- Webinar 22 May: garnishment of insurance benefits – §§ 850b, 851c ZPO

Unsubscribe: https://www.hartwig-lenz.example/unsubscribe?id=RV-4471
"""
    intro = """Kathrin, Benedikt – point 1 is worth a look for the BU team (DRV decisions based on
the closed labour market). Briefing below.

Felix

-----Original Message-----
From: Hartwig Lenz Rechtsanwälte <briefing@hartwig-lenz.example>
Sent: Tuesday, 8 April 2025 07:30
To: Rechtsabteilung <recht@rheinauen.example>
Subject: Social Law Briefing – April 2025: BSG on "Arbeitsmarktrente"

"""
    html = html.replace('<table width="640"', '<p style="font-family:Calibri,sans-serif">Kathrin, '
                        'Benedikt &ndash; point 1 is worth a look for the BU team (DRV decisions based '
                        'on the closed labour market). Briefing below.<br>Felix</p><hr>'
                        '<table width="640"', 1)
    m = mail('Dr. Felix Aschenbrenner <felix.aschenbrenner@rheinauen.example>',
             'Kathrin Oberländer <kathrin.oberlaender@rheinauen.example>, '
             'Benedikt Roos <benedikt.roos@rheinauen.example>',
             'FW: Social Law Briefing – April 2025: BSG on "Arbeitsmarktrente"', intro + text,
             html=html, date='08.04.2025 09:02')
    return (m, N, 'en', 'newsletter',
            'trap: law-firm newsletter on an anonymised social court judgment, EM pension and GdB terms')


def m006():
    body = """Jobcenter Köln
Team Leistungen 634
z. Hd. Herrn Okonkwo
Per E-Mail: Jobcenter-Koeln.Team634@jobcenter-ge.example

Ihr Schreiben vom 05.05.2025 – Auskunftsersuchen nach § 60 Abs. 1 SGB II
BG-Nummer 33204//0048817
Betreff: Frau Svenja Lückerath, geb. 19.09.1991

Sehr geehrter Herr Okonkwo,

auf Ihre Anfrage teilen wir mit:

Frau Lückerath ist bei uns Versicherungsnehmerin einer Privathaftpflichtversicherung
(Vertrag PH 3390127). Im Jahr 2025 haben wir aus diesem Vertrag eine Zahlung geleistet:

  Schaden-Nr.      S-2025-0207741 (beschädigtes Smartphone eines Dritten)
  Zahlungsdatum    14.03.2025
  Betrag           412,00 EUR
  Empfänger        nicht Frau Lückerath, sondern der Geschädigte (Direktzahlung)

Die Zahlung ist damit nicht an Ihre Leistungsempfängerin geflossen. Weitere Zahlungen
an Frau Lückerath gab es im angefragten Zeitraum 01.01.2025 bis 30.04.2025 nicht.
Eine Beitragserstattung ist nicht erfolgt; der Beitrag wird weiter per Lastschrift
vom Konto DE32 2673 8210 2997 8388 27 eingezogen.

Rückfragen gern unter der unten stehenden Durchwahl.

Mit freundlichen Grüßen
Mareike Wolters
Rechtsabteilung – Behördenanfragen
Rheinauen Allgemeine Versicherung AG
Telefon 0221 4471-2217
"""
    return (mail('Mareike Wolters <mareike.wolters@rheinauen.example>',
                 'Jobcenter Köln Team 634 <Jobcenter-Koeln.Team634@jobcenter-ge.example>',
                 'Ihr Auskunftsersuchen § 60 SGB II – BG 33204//0048817', body,
                 date='09.05.2025 13:02'),
            C, 'de', 'insurer-to-authority',
            'job centre § 60 SGB II request: named benefit recipient, birth date, liability payout, IBAN')


def m007():
    inner = """Staatsanwaltschaft Köln
Az.: 121 Js 482/25
Sachbearbeiter: StA Dr. Rennefeld

Ermittlungsverfahren gegen
1. Kemal Yıldırım, geb. 02.11.1988, wohnhaft Neusser Str. 412, 50733 Köln
2. Artur Schell, geb. 17.06.1979, wohnhaft Bergisch Gladbacher Str. 88, 51065 Köln
wegen gewerbsmäßigen Betruges (§ 263 Abs. 1, Abs. 3 Nr. 1 StGB) u. a.

Sehr geehrte Damen und Herren,

die Beschuldigten stehen im Verdacht, am 27.12.2024 auf der Industriestraße in
Köln-Niehl einen Verkehrsunfall bewusst herbeigeführt zu haben (sog. "Berliner
Modell"). Über Ihr Haus wurde der Schaden KH-2024-1183406 reguliert bzw. angemeldet.

Ich bitte um Übersendung in Kopie:
- der vollständigen Schadenakte einschließlich Gutachten, Fotos und Schriftverkehr,
- der Zahlungsnachweise (Empfängerkonten),
- etwaiger Vermerke Ihrer Betrugsabwehr zu Verbindungen zu weiteren Schadenfällen.

Die Anforderung erfolgt nach § 161 Abs. 1 StPO. Einer Beschlagnahme bedarf es nach
hiesiger Auffassung nicht, da Sie bereits Strafanzeige erstattet haben.

Frist: 30.05.2025
"""
    body = """Hallo Felix,

anbei das Ersuchen der StA Köln zu unserem Fall "Niehl" (unsere Strafanzeige vom
Januar). Die Akte ist vollständig, Zahlungen sind nur an den Gutachter und die
Werkstatt geflossen, an Schell nichts – die Regulierung ist seit Februar gestoppt.

Kannst du kurz bestätigen, dass wir nach § 161 StPO ohne Beschlagnahmebeschluss
herausgeben? Ich würde die Akte als PDF per beBPo an die StA schicken und die Verbindung
zu den zwei Fällen aus Leverkusen (KH-2024-0977120, KH-2025-0031558) in einem Vermerk
dazulegen.

Wortlaut des Ersuchens unten.

Gruß
Marco

Marco Giesen
Betrugsabwehr / SIU
Rheinauen Allgemeine Versicherung AG

---------- Ersuchen (Scan, per OCR übertragen) ----------
""" + inner
    return (mail('Marco Giesen <marco.giesen@rheinauen.example>',
                 'Dr. Felix Aschenbrenner <felix.aschenbrenner@rheinauen.example>',
                 'WG: StA Köln 121 Js 482/25 – Anforderung Schadenakte', body,
                 date='16.05.2025 15:48'),
            S, 'de', 'internal',
            'criminal investigation for fraud against named suspects with birth dates (offence data)')


def m008():
    body = """Liebe Kolleginnen und Kollegen,

das Gesundheitsamt der Stadt Köln hat uns mitgeteilt, dass bei der routinemäßigen
Untersuchung der Trinkwasser-Installation im Gebäude B (Auenweg 14) am 03.09. an zwei
Probenahmestellen der technische Maßnahmenwert für Legionellen überschritten wurde
(Strang 4, Duschen Sporttrakt EG: 1.400 KBE/100 ml; Teeküche 5. OG: 180 KBE/100 ml).

Nach § 51 Trinkwasserverordnung gilt bis auf Weiteres:
- Die Duschen im Sporttrakt sind gesperrt.
- In der Teeküche 5. OG wurde ein endständiger Filter montiert; Wasser zum Trinken und
  Kaffeekochen bitte weiterhin nur aus den Wasserspendern.
- Die Firma Aquatest Rheinland führt am 17.09. eine thermische Desinfektion durch.
  Zwischen 18 und 22 Uhr kann das Warmwasser im Gebäude B sehr heiß sein.

Eine Gesundheitsgefahr für Beschäftigte besteht nach Auskunft des Gesundheitsamts nicht,
solange keine Aerosole eingeatmet werden. Die Nachuntersuchung ist für Oktober geplant.

Rückfragen bitte an das Facility Management, Tel. -1100.

Ralf Engels
Facility Management
"""
    return (mail('Facility Management <facility@rheinauen.example>',
                 'Alle Mitarbeitenden Gebäude B <alle-gebaeude-b@rheinauen.example>',
                 'Info Gesundheitsamt: Legionellenbefund Gebäude B', body, date='11.09.2025 09:14'),
            N, 'de', 'internal',
            'trap: health authority finding on legionella in the office building, no person')


def m009():
    body = """Dear Mr Nowicki,

We refer to the garnishment order (zajęcie wierzytelności) of the Court Bailiff at the
District Court for Wrocław-Fabryczna, Komornik Sądowy Tomasz Nowicki, reference
Km 1877/24, served on us by post on 2 June 2025 together with a German translation.

The debtor, Mr Paweł Grzelak, born 04 July 1986, resident in Görlitz, holds a motor
insurance policy with us (policy KH 41 778205, vehicle GR-PG 186). There is a pending
comprehensive (Kasko) claim, our claim no. S-2025-0611903, for hail damage. The amount
assessed so far is EUR 1,870.00 less the deductible of EUR 300.00.

Please note the following before we can make any payment to your account:

1. A garnishment order issued by a Polish enforcement authority does not have direct
   effect in Germany unless it is issued under a procedure recognised in Germany.
   The European Account Preservation Order (Regulation (EU) 655/2014) applies only to
   bank accounts, not to insurance claims.
2. We therefore ask you to have the title recognised or to apply for a garnishment order
   at the competent German enforcement court (Amtsgericht Görlitz).

Until then we will pay the benefit to the policyholder as agreed in the policy. The
account you gave in your letter (PL04 7598 5441 3453 2526 1652 3652) has been noted on
file for a future payment if a German order is presented.

Yours sincerely

Uwe Brinkhoff
Legal Department – Garnishments
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Uwe Brinkhoff <uwe.brinkhoff@rheinauen.example>',
                 'Kancelaria Komornicza Wrocław <kancelaria@komornik-nowicki.example>',
                 'Your ref. Km 1877/24 – garnishment, debtor Paweł Grzelak', body,
                 date='10.06.2025 10:33'),
            C, 'en', 'insurer-to-authority',
            'foreign bailiff garnishment: named debtor, birth date, motor policy and claim')


def m010():
    body = """Sehr geehrte Frau Tenbrink,

vielen Dank für Ihre Mail und den Bescheid des Versorgungsamts (Kreis Mettmann, Amt für
Soziales, Az. 33-SB-118903) vom 28.04.2025, mit dem ein Grad der Behinderung von 40
festgestellt wurde.

Sie fragen, ob wir damit die Invalidität aus Ihrem Unfall vom 14.01.2024 (Sturz auf
Glatteis, Trümmerbruch des rechten Handgelenks) ebenfalls mit 40 % ansetzen. Das ist
leider nicht so einfach: Der GdB nach dem Schwerbehindertenrecht (SGB IX) und der
Invaliditätsgrad in der privaten Unfallversicherung werden nach unterschiedlichen
Maßstäben bemessen. Für den Verlust der Funktionsfähigkeit einer Hand gilt bei uns die
Gliedertaxe (Nr. 2.1.2.2.1 AUB 2020): Hand im Handgelenk 55 %, bei Teilverlust
der entsprechende Bruchteil.

Der Bescheid berücksichtigt außerdem Ihren Diabetes mellitus Typ 2 und die
Bewegungseinschränkung der Halswirbelsäule; beides ist nicht unfallbedingt und bleibt
bei uns außer Betracht.

Wir haben deshalb Herrn Dr. med. Hollenbach (Unfallchirurgie, Düsseldorf) mit einem
Gutachten zur Invalidität beauftragt. Die Praxis meldet sich wegen eines Termins bei
Ihnen. Bitte bringen Sie die Röntgenbilder und den OP-Bericht der Uniklinik mit.

Mit freundlichen Grüßen

Dominik Schaaf
Unfall-Leistung
Rheinauen Allgemeine Versicherung AG
Vertrag UV 6612049
"""
    return (mail('Dominik Schaaf <dominik.schaaf@rheinauen.example>',
                 'Gisela Tenbrink <gisela.tenbrink@t-online-mail.example>',
                 'Ihr Unfall vom 14.01.2024 – Bescheid Versorgungsamt (GdB 40)', body,
                 date='07.05.2025 16:21'),
            S, 'de', 'insurer-to-customer',
            'accident claim: GdB decision, wrist fracture, diabetes, invalidity assessment')


def m011():
    body = """Hi all,

heads-up for the change window on Saturday 15 March, 07:00-11:00 CET:

The software certificate of our special electronic authority mailbox (beBPo) expires on
21 March. Without it we cannot receive court mail via EGVP (Sozialgericht, Amtsgericht
enforcement courts, prosecutors). The new certificate has been issued by the Justiz CA;
thumbprint ends in ...9C:41:7E.

Steps (ticket CHG-2025-0314):
1. Stop the Governikus connector on egvp-gw01 / egvp-gw02.
2. Import the new PKCS#12 into the keystore (password in the vault, entry "beBPo-2025").
3. Re-register the SAFE-ID DE.Justiz.7f3a... with the new certificate in the
   Governikus admin console.
4. Send a test message from the test mailbox of the Justiz test environment and check
   the acknowledgement (eEB) comes back.

Incoming messages during the window are queued on the intermediary server and delivered
afterwards, so nothing gets lost. Legal (Mareike) knows about it.

Niklas

--
Niklas Hoefer
IT Infrastructure – Messaging
Rheinauen Versicherung AG
"""
    return (mail('Niklas Hoefer <niklas.hoefer@rheinauen.example>',
                 'IT Messaging Team <it-messaging@rheinauen.example>',
                 'beBPo / EGVP certificate renewal – Sat 15 March', body, date='10.03.2025 17:52',
                 cc='Mareike Wolters <mareike.wolters@rheinauen.example>'),
            N, 'en', 'internal', 'trap: IT change about the court mailbox certificate, no person data')


def m012():
    body = """Hallo Frau Lindemann,

danke für die Heiratsurkunde. Wir haben Ihren neuen Namen in beiden Verträgen
geändert:

  Hausratversicherung HR 5548810    jetzt: Julia Lindemann (vorher Julia Stöcker)
  Privathaftpflicht   PH 3412775    jetzt: Julia Lindemann, mitversichert: Jonas Lindemann

Ihr Mann ist ab dem 01.08.2025 in der Haftpflicht als Ehepartner beitragsfrei
mitversichert. Den Nachtrag zum Versicherungsschein schicken wir Ihnen per Post.

Eine Bitte noch: Die Bankverbindung läuft weiter auf Ihren alten Namen. Wenn Sie das
Konto umbenannt oder ein gemeinsames Konto eröffnet haben, schicken Sie uns bitte ein
neues SEPA-Mandat – das Formular finden Sie im Kundenportal.

Herzliche Glückwünsche zur Hochzeit!

Viele Grüße
Lena Marx
Kundenservice
Rheinauen Versicherung

> Von: Julia Lindemann <julia.lindemann@gmx-post.example>
> Gesendet: Montag, 4. August 2025 21:10
> Betreff: Namensänderung
>
> Hallo, wir haben am 26.07. geheiratet (Standesamt Bonn), Urkunde anbei. Ich heiße
> jetzt Lindemann, geb. Stöcker. Mein Mann Jonas (geb. 03.12.1990) soll mit in die
> Haftpflicht. Geht das rückwirkend?
> LG Julia
"""
    return (mail('Lena Marx <lena.marx@rheinauen.example>',
                 'Julia Lindemann <julia.lindemann@gmx-post.example>',
                 'AW: Namensänderung', body, date='06.08.2025 09:41'),
            C, 'de', 'insurer-to-customer',
            'name change after marriage: maiden name, spouse birth date, household and liability policies')


def m013():
    gutachten = pdf([
        '#Dr. med. Ursula Krämer-Hoff',
        'Fachärztin für Orthopädie und Unfallchirurgie, Sozialmedizin',
        'Gutachten zur Berufsunfähigkeit im Auftrag der Rheinauen Lebensversicherung AG',
        '',
        'Versicherte Person: Stefan Ebbinghaus, geb. 21.05.1971',
        'Vertrag: L 7.219.554.0   Beruf: Dachdeckermeister (selbständig, 3 Mitarbeiter)',
        'Untersuchung am 18.09.2024 in der Praxis, Zeitaufwand 2,5 Stunden',
        '',
        '#Diagnosen',
        '1. Fortgeschrittene Gonarthrose beidseits, rechts betont (M17.0 G)',
        '2. Chronisches lumbales Schmerzsyndrom bei Osteochondrose L4-S1 (M42.16 G)',
        '3. Zustand nach Rotatorenmanschettenruptur rechts, operiert 03/2023 (M75.1 Z)',
        '',
        '#Beurteilung',
        'Tätigkeiten auf dem Dach, Steigen auf Leitern und Gerüste sowie Tragen von Lasten',
        'über 10 kg sind dauerhaft nicht mehr zumutbar. Der Anteil dieser Tätigkeiten am',
        'Berufsbild des Versicherten liegt nach der Tätigkeitsbeschreibung bei ca. 65 %.',
        'Büro- und Kalkulationstätigkeiten (ca. 35 %) sind weiterhin vollschichtig möglich.',
        'Eine Umorganisation des Betriebs erscheint nur begrenzt möglich.',
        '',
        'Ergebnis: Berufsunfähigkeit in Höhe von 60 % seit 01.06.2024, voraussichtlich dauerhaft.',
        '',
        'Köln, 02.10.2024   Dr. med. U. Krämer-Hoff',
    ], 'Gutachten Ebbinghaus')
    sve = pdf([
        '#Erklärung zur Entbindung von der Schweigepflicht',
        'gegenüber dem Sozialgericht Köln im Verfahren S 18 R 1234/24',
        '',
        'Ich, Stefan Ebbinghaus, geb. 21.05.1971, Vorgebirgsstr. 33, 50389 Wesseling,',
        'entbinde die Rheinauen Lebensversicherung AG von der Schweigepflicht und willige ein,',
        'dass sie dem Sozialgericht Köln die zu meiner Berufsunfähigkeitsversicherung',
        'L 7.219.554.0 eingeholten ärztlichen Gutachten und Berichte übermittelt.',
        '',
        'Wesseling, 27.01.2025      gez. Stefan Ebbinghaus',
    ], 'Schweigepflichtentbindung')
    z = zipf([('S_18_R_1234-24/01_Schweigepflichtentbindung_Ebbinghaus.pdf', sve),
              ('S_18_R_1234-24/02_Gutachten_Kraemer-Hoff_2024-10-02.pdf', gutachten)])
    body = """Sozialgericht Köln
An den Bertha-von-Suttner-Platz 1
50667 Köln

Az.: S 18 R 1234/24
In dem Rechtsstreit Ebbinghaus ./. Deutsche Rentenversicherung Rheinland

Sehr geehrte Frau Vorsitzende,

mit Verfügung vom 20.01.2025 haben Sie uns um Übersendung der in unserem Haus zu dem
Kläger eingeholten medizinischen Unterlagen gebeten. Die Schweigepflichtentbindung des
Klägers liegt uns vor und ist beigefügt.

Anliegend übersenden wir das orthopädische Gutachten vom 02.10.2024. Weitere Gutachten
oder Befundberichte wurden von uns nicht eingeholt. Wir weisen darauf hin, dass das
Gutachten zu der Frage der Berufsunfähigkeit nach unseren Versicherungsbedingungen
erstellt wurde und nicht zu der Frage des zeitlichen Leistungsvermögens auf dem
allgemeinen Arbeitsmarkt.

Der Versand erfolgt zusätzlich über das beBPo.

Mit freundlichen Grüßen
Rheinauen Lebensversicherung AG
Rechtsabteilung
i. A. Dr. Felix Aschenbrenner, Syndikusrechtsanwalt
"""
    return (mail('Dr. Felix Aschenbrenner <felix.aschenbrenner@rheinauen.example>',
                 'Sozialgericht Köln <poststelle@sg-koeln.justiz-nrw.example>',
                 'S 18 R 1234/24 – Übersendung medizinischer Unterlagen', body,
                 date='04.02.2025 11:09',
                 atts=[('S_18_R_1234-24_Unterlagen.zip', ZIP, z)]),
            S, 'de', 'insurer-to-court',
            'social court case: BU medical report with ICD codes only inside the ZIP attachment')


def m014():
    rows = [
        ['Rentenzugänge wegen verminderter Erwerbsfähigkeit nach Diagnosehauptgruppen', '', '', ''],
        ['Quelle: DRV Bund, Statistik Rentenzugang 2024, eigene Zusammenstellung Aktuariat', '', '', ''],
        ['Diagnosegruppe (ICD-10 Kapitel)', 'Zugänge 2023', 'Zugänge 2024', 'Anteil 2024'],
        ['Psychische und Verhaltensstörungen (F00-F99)', 72318, 73902, '42,1 %'],
        ['Neubildungen (C00-D48)', 22540, 22987, '13,1 %'],
        ['Muskel-Skelett-System (M00-M99)', 19803, 19115, '10,9 %'],
        ['Nervensystem (G00-G99)', 12044, 12410, '7,1 %'],
        ['Kreislaufsystem (I00-I99)', 11520, 11288, '6,4 %'],
        ['Sonstige', 35121, 35801, '20,4 %'],
        ['Summe', 173346, 175503, '100,0 %'],
    ]
    rows2 = [['Alter bei Zugang', 'Männer', 'Frauen'],
             ['unter 40', 9120, 8870], ['40-49', 18205, 19330], ['50-54', 21602, 22415],
             ['55-59', 33118, 34207], ['60+', 4188, 4448]]
    x = xlsx([('Diagnosegruppen', rows), ('Altersgruppen', rows2)])
    body = """Hallo Thomas,

wie besprochen die Zugangszahlen der DRV zur EM-Rente nach Diagnosegruppen, als
Vergleich für unsere BU-Leistungsursachen im Jahresbericht an den Rückversicherer.
Die Werte 2024 sind vorläufig (Stand Statistikband Juli 2025), Summen können wegen
Rundungen in den Anteilen leicht abweichen.

Auffällig: psychische Erkrankungen weiter über 40 %, bei uns im BU-Bestand nur ca. 33 %.
Das dürfte am Berufsmix liegen (wenig Pflege- und Sozialberufe).

Grüße
Jana

Jana Wimmershoff
Aktuariat Leben / Biometrie
"""
    return (mail('Jana Wimmershoff <jana.wimmershoff@rheinauen.example>',
                 'Thomas Wibbeling <thomas.wibbeling@rheinauen.example>',
                 'DRV-Statistik EM-Rentenzugänge nach Diagnosen 2024', body, date='22.07.2025 14:05',
                 atts=[('EM-Zugaenge_Diagnosegruppen_2024.xlsx', XLSX, x)]),
            N, 'de', 'internal', 'trap: published DRV aggregate statistics by diagnosis group and age band')


def m015():
    body = """Hi Uwe,

quick one – I'm covering for Tobias this week. We received the attached Austrian document
for one of our Austrian-resident motor customers and I'm not sure whether we have to pay
to the court or to the customer. It's in German but legal German, so I'd rather ask :-)

Kunde: Florian Angerer, Innsbruck, Kfz-Vertrag KH 41 902316, Kennzeichen I-482 FA
Schaden: S-2025-0733018 (Parkschaden, Reparatur 3.140,50 EUR, freigegeben)

Aus dem Dokument (Bezirksgericht Innsbruck, 12 E 914/25t):
"Zur Hereinbringung der vollstreckbaren Forderung von EUR 5.880,- samt Anhang wird der
betreibenden Partei Tiroler Leasing GmbH wider die verpflichtete Partei Florian Angerer,
geb. 30.11.1982, die Exekution durch Pfändung der der verpflichteten Partei gegen die
Drittschuldnerin Rheinauen Allgemeine Versicherung AG zustehenden Forderung aus dem
Versicherungsvertrag bewilligt. Der Drittschuldnerin wird verboten, an die verpflichtete
Partei zu zahlen."

So: do we freeze the payment? Is an Austrian court order valid for us in Cologne?
The workshop in Innsbruck is chasing us for the money.

Thanks!
Priya
"""
    return (mail('Priya Raman <priya.raman@rheinauen.example>',
                 'Uwe Brinkhoff <uwe.brinkhoff@rheinauen.example>',
                 'Austrian court order – Angerer – freeze payment?', body, date='24.07.2025 12:30'),
            C, 'mixed', 'internal',
            'Austrian garnishment order: named debtor with birth date, motor policy and claim')


def m016():
    body = """Dear Mr van der Velde,

thank you for sending the UWV decision on your WIA benefit (beslissing dated
18 February 2025) and the English summary of the insurance physician's report.

As we understand it, the UWV assessed you as 35-80 % unable to work ("gedeeltelijk
arbeidsongeschikt", WGA) after the heart attack in November 2023 and the subsequent
bypass surgery at the Radboudumc in Nijmegen. The report mentions persisting angina on
exertion, a reduced ejection fraction of 40 % and an adjustment disorder.

For your occupational disability policy with us (BU policy L 7.401.226.9, insured
occupation: logistics team leader, warehouse in Emmerich) we need:

1. the full "verzekeringsarts" report (rapport arbeidsdeskundige included), in Dutch –
   we will have it translated at our cost;
2. the discharge letter of the cardiac rehabilitation programme;
3. a description of your working day before November 2023 (our questionnaire is
   attached to our letter of 2 April).

As you live in Kleve and your health insurer is a German one, please also let us know
whether the German pension insurance (DRV) has been involved – cross-border workers
sometimes receive benefits from both countries.

Kind regards

Kathrin Oberländer
Occupational Disability Claims
Rheinauen Lebensversicherung AG
"""
    return (mail('Kathrin Oberländer <kathrin.oberlaender@rheinauen.example>',
                 'Maarten van der Velde <m.vandervelde@ziggo-mail.example>',
                 'BU claim L 7.401.226.9 – UWV decision', body, date='03.04.2025 09:58'),
            S, 'en', 'insurer-to-customer',
            'cross-border BU claim: Dutch UWV disability decision, heart attack, surgery')


def m017():
    d = docx([
        '#Rheinauen Versicherungsgruppe – Drittschuldnerstelle',
        'Vorlage DS-01 (Stand 06/2025) – nur über das Vorlagensystem verwenden',
        '',
        '«Gericht»',
        '- Vollstreckungsgericht -',
        '«Anschrift_Gericht»',
        '',
        'Ihr Zeichen: «Aktenzeichen»      Unser Zeichen: «DS-Nummer» / «Kürzel»',
        '',
        '#Drittschuldnererklärung nach § 840 Abs. 1 ZPO',
        'In der Zwangsvollstreckungssache «Gläubiger» ./. «Schuldner» ist uns der Pfändungs- und '
        'Überweisungsbeschluss vom «Datum_PfÜB» am «Datum_Zustellung» zugestellt worden.',
        [['Frage nach § 840 ZPO', 'Antwort (Textbaustein wählen)'],
         ['1. Anerkennung der Forderung / Zahlungsbereitschaft', '«TB_840_1»'],
         ['2. Ansprüche anderer Personen', '«TB_840_2»'],
         ['3. Pfändung für andere Gläubiger', '«TB_840_3»'],
         ['4. Pfändung nach § 907 ZPO (P-Konto)', 'entfällt (kein Kreditinstitut)'],
         ['5. Unpfändbarkeit nach § 850b ZPO (BU-/Unfallrente)', '«TB_850b»']],
        '',
        'Hinweis: Bei Verträgen der Personenversicherung (Leben, BU, Unfall, Kranken) keine '
        'Gesundheitsangaben in die Erklärung aufnehmen. Es genügt die Angabe, ob eine '
        'Rentenleistung läuft und ob sie nach § 850b ZPO bedingt pfändbar ist.',
        '',
        'Mit freundlichen Grüßen',
        '«Gesellschaft»',
        'i. A. «Sachbearbeiter»',
    ])
    body = """Hallo zusammen,

anbei die überarbeitete Vorlage DS-01 für die Drittschuldnererklärungen. Neu sind die
Zeile zu § 850b ZPO und der Hinweis, dass wir in der Personenversicherung keine
Gesundheitsangaben in die Erklärung schreiben (Anlass war die Beschwerde im Frühjahr).

Die Vorlage wird am Montag ins Vorlagensystem übernommen; bis dahin bitte die alte
Fassung nicht mehr aus dem Laufwerk kopieren.

VG
Uwe
"""
    return (mail('Uwe Brinkhoff <uwe.brinkhoff@rheinauen.example>',
                 'Verteiler Drittschuldner <vt-drittschuldner@rheinauen.example>',
                 'Neue Vorlage DS-01 Drittschuldnererklärung', body, date='26.06.2025 16:44',
                 atts=[('Vorlage_DS-01_Drittschuldnererklaerung_2025-06.docx', DOCX, d)]),
            N, 'de', 'internal', 'trap: blank garnishment declaration template with «placeholders»')


def m018():
    body = """Sehr geehrte Frau Obergerichtsvollzieherin Stratmann,

Ihre Benachrichtigung nach § 845 ZPO (Vorpfändung) vom 18.08.2025, DR II 884/25, ist
am 20.08.2025 bei uns eingegangen.

Schuldner: Herr Leon Brückner, Dürener Str. 118, 50931 Köln
Gläubigerin: Creditreform-Inkasso Mittelrhein GmbH

Herr Brückner hat bei uns eine Kfz-Versicherung mit Vollkasko (Vertrag KH 41 665092,
amtl. Kennzeichen K-LB 7712). Aus dem Kaskoschaden vom 02.08.2025 (Schaden-Nr.
S-2025-0802214) ist eine Entschädigung von voraussichtlich 4.905,00 EUR abzüglich
500,00 EUR Selbstbeteiligung offen. Das Fahrzeug ist finanziert; der Sicherungsschein
liegt bei der Santander Consumer Bank. Nach den Bedingungen des Sicherungsscheins
leisten wir vorrangig an die Bank, soweit es sich um einen Totalschaden handelt. Ob ein
Totalschaden vorliegt, steht noch nicht fest.

Wir werden bis zum Ablauf der Monatsfrist des § 845 Abs. 2 ZPO nicht an den Schuldner
zahlen. Eine förmliche Drittschuldnererklärung geben wir ab, sobald uns der
Pfändungs- und Überweisungsbeschluss zugestellt ist.

Mit freundlichen Grüßen
Uwe Brinkhoff
Drittschuldnerstelle
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Uwe Brinkhoff <uwe.brinkhoff@rheinauen.example>',
                 'OGV Stratmann <dgvz.stratmann@gv-koeln.example>',
                 'DR II 884/25 – Vorpfändung Brückner', body, date='22.08.2025 11:15'),
            C, 'de', 'insurer-to-bailiff',
            'preliminary garnishment by bailiff: named debtor, motor policy, plate, claim amount')


def m019():
    body = """Sehr geehrte Frau Petzold,

mein aufrichtiges Beileid zum Tod Ihres Mannes.

Sie sind in der Risikolebensversicherung Ihres Mannes (Vertrag L 5.118.402.7,
Versicherungssumme 150.000 EUR) als Bezugsberechtigte eingetragen. Damit wir die
Leistung auszahlen können, benötigen wir noch folgende Unterlagen:

1. eine Sterbeurkunde im Original oder als beglaubigte Kopie – diese erhalten Sie beim
   Standesamt Leverkusen, das den Sterbefall beurkundet hat;
2. ein ärztliches Zeugnis über die Todesursache (unser Formular L-217 liegt bei;
   es kann vom Hausarzt Ihres Mannes, Dr. Brenner, oder von der Klinik ausgefüllt werden,
   in der er behandelt wurde);
3. den Versicherungsschein im Original, falls vorhanden.

Sie haben am Telefon erwähnt, dass Ihr Mann nach dem Herzinfarkt im Juni noch in der
Reha-Klinik in Bad Salzuflen war. Da der Vertrag erst im März 2023 abgeschlossen wurde,
also weniger als drei Jahre vor dem Tod, müssen wir auch die Behandlungsunterlagen aus
der Zeit vor Vertragsabschluss einsehen. Das ist ein Routineverfahren. Dafür bitten wir
Sie als Erbin um Ihre Unterschrift auf der beiliegenden Schweigepflichtentbindung.

Wenn Sie Fragen haben, erreichen Sie mich direkt unter 0221 4471-3120.

Mit freundlichen Grüßen

Annegret Pohl
Leistung Leben – Todesfall
Rheinauen Lebensversicherung AG
"""
    return (mail('Annegret Pohl <annegret.pohl@rheinauen.example>',
                 'Marion Petzold <marion.petzold@web-mail.example>',
                 'Risikolebensversicherung L 5.118.402.7 – Ihre Unterlagen', body,
                 date='19.09.2025 10:02', cte='8bit'),
            S, 'de', 'insurer-to-customer',
            'death claim in term life: death certificate, cause of death, heart attack, rehab')


def m020():
    body = """We're hiring: Paralegal (m/f/d) – Official Requests & Garnishments
Rheinauen Versicherung AG, Legal Department, Cologne – full-time or 30 h/week

Every year our Legal Department answers around 9,000 requests from public authorities
and courts: enforcement courts and bailiffs, job centres, social courts, the German
pension insurance, public prosecutors, registry offices and foreign authorities. You will
join a team of eight that makes sure each request gets a correct, timely and lawful
answer.

What you will do
- check garnishment orders and prepare third-party debtor declarations (§ 840 ZPO)
- answer requests from job centres, social welfare offices and the pension insurance
- prepare the transfer of files to courts and prosecutors together with our lawyers
- handle cross-border requests, many of them in English

What you bring
- training as a Rechtsanwaltsfachangestellte/r, Justizfachangestellte/r or similar
- good German and English, a calm and precise way of working
- ideally experience with EGVP/beBPo

What we offer: hybrid working, 30 days of leave, company pension scheme, JobRad.

Apply by 31 October via https://karriere.rheinauen.example/jobs/4471-paralegal
Contact: Mareike Wolters, +49 221 4471-2217
"""
    return (mail('Rheinauen Karriere <karriere@rheinauen.example>',
                 'Jobportal Rheinland <stellen@jobportal-rheinland.example>',
                 'Stellenanzeige: Paralegal (m/f/d) Official Requests & Garnishments', body,
                 date='01.10.2025 08:00'),
            N, 'en', 'insurer-to-partner', 'trap: job advert mentioning garnishments, job centres, prosecutors')


def m021():
    body = """Direction générale des Finances publiques
Service des impôts des particuliers de Strasbourg
Attn: Mme Claire Hoffmann, comptable public

Your reference: ATD n° 2025-67-0048812 (avis à tiers détenteur of 12 May 2025)
Taxpayer: M. Julien Marchal, born 14/03/1979, 8 rue des Orfèvres, 67000 Strasbourg

Dear Madam,

We acknowledge receipt of your third-party holder notice (avis à tiers détenteur) sent
to our Cologne office by registered mail and received on 20 May 2025.

Mr Marchal worked in Kehl until 2024 and still holds a household contents policy with
Rheinauen Allgemeine Versicherung AG (policy HR 5571046, insured address in Kehl). There
is one open claim (burglary of a cellar compartment, claim no. S-2025-0300471); the
indemnity has been fixed at EUR 1,265.00. No other sums are owed to Mr Marchal.

An administrative garnishment notice of the French tax administration cannot be
enforced directly against a debtor company in Germany. Mutual assistance for the
recovery of tax claims within the EU (Directive 2010/24/EU) goes through the German
competent authority, i.e. the Bundeszentralamt für Steuern, which would forward a
uniform instrument to the local tax office. We will therefore not pay to your account
FR65 8520 1933 0672 8219 8929 706 on the basis of the ATD alone, but we will keep the
amount blocked for six weeks so that a request can be made through the proper channel.

Yours faithfully

Mareike Wolters
Legal Department – Official Requests
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Mareike Wolters <mareike.wolters@rheinauen.example>',
                 'SIP Strasbourg <sip.strasbourg@dgfip-finances.example>',
                 'ATD 2025-67-0048812 – Marchal – reply of third-party holder', body,
                 date='27.05.2025 15:20'),
            C, 'en', 'insurer-to-authority',
            'French tax garnishment: named taxpayer, birth date, household policy, claim, IBAN')


def m022():
    body = """Liebe Frau Kühn,

wie heute Morgen telefonisch besprochen – vertraulich, bitte nicht weiterleiten:

Das Gesundheitsamt Köln (Abteilung Infektionsschutz, Frau Dr. Lüdtke) hat mich heute
informiert, dass bei unserem Mitarbeiter Herrn Andreas Vossberg (Kfz-Schaden, Team 3,
Gebäude A, 3. OG) eine offene, ansteckungsfähige Lungentuberkulose festgestellt wurde.
Herr Vossberg ist seit dem 08.10. im Krankenhaus Merheim in Behandlung und wird
voraussichtlich mehrere Wochen ausfallen.

Das Gesundheitsamt führt eine Umgebungsuntersuchung nach § 25 IfSG durch und braucht
von uns bis Freitag eine Liste der engen Kontaktpersonen der letzten drei Monate
(gleiches Büro, gemeinsame Besprechungen über insgesamt mehr als 8 Stunden). Nach meiner
Einschätzung betrifft das etwa 12 Personen aus Team 3 und die zwei Kollegen aus dem
Nachbarbüro.

Ich schlage vor:
1. Sie stellen die Liste aus der Raumbelegung und dem Kalender zusammen (Name,
   Geburtsdatum, private Telefonnummer) und schicken sie verschlüsselt direkt an mich.
2. Die Kontaktpersonen informiere ich persönlich; das Gesundheitsamt bietet einen
   Interferon-Gamma-Test (IGRA) acht Wochen nach dem letzten Kontakt an, die Blutentnahme
   kann bei uns im betriebsärztlichen Dienst erfolgen.
3. Gegenüber dem Team bitte keine Diagnose nennen, nur "längere Abwesenheit".

Herzliche Grüße
Dr. med. Sabine Kortmann
Betriebsärztin
Betriebsärztlicher Dienst Rheinauen
"""
    return (mail('Dr. Sabine Kortmann <sabine.kortmann@rheinauen.example>',
                 'Bettina Kühn <bettina.kuehn@rheinauen.example>',
                 'Vertraulich: Anfrage Gesundheitsamt – Umgebungsuntersuchung Team 3', body,
                 date='14.10.2025 13:37'),
            S, 'de', 'internal',
            'health authority contact tracing: named employee with open tuberculosis')


def m023():
    body = """Rechtsprechungsübersicht Personenversicherung – 2. Quartal 2025
(Rechtsabteilung, nur für den internen Gebrauch)

1. BGH, Urt. v. 26.03.2025 – IV ZR 101/24 (Berufsunfähigkeit, abstrakte Verweisung)
   Ein Versicherer, der in älteren Bedingungswerken die abstrakte Verweisung
   vorbehalten hat, muss bei der Verweisung auch die bisherige Lebensstellung
   berücksichtigen; ein Einkommensverlust von mehr als 20 % ist in der Regel nicht mehr
   zumutbar. Keine Änderung unserer Praxis, da wir seit 2008 auf die abstrakte
   Verweisung verzichten.

2. OLG Hamm, Beschl. v. 14.02.2025 – 20 U 188/24 (BU, Bindungswirkung Rentenbescheid)
   Ein Bescheid der DRV über eine volle Erwerbsminderungsrente ersetzt nicht den Nachweis
   der bedingungsgemäßen Berufsunfähigkeit; er kann aber im Rahmen der Beweiswürdigung
   herangezogen werden. Das deckt sich mit unserer Linie.

3. LSG Nordrhein-Westfalen, Urt. v. 05.03.2025 – L 13 SB 211/23 (GdB-Feststellung)
   Der GdB ist kein Prozentsatz der Leistungsminderung; eine Übernahme in
   privatrechtliche Verträge (z. B. Unfall-Invalidität) scheidet aus.

4. BGH, Beschl. v. 08.05.2025 – VII ZB 32/24 (Pfändung Lebensversicherung)
   Das Kündigungsrecht des Versicherungsnehmers geht mit der Pfändung und Überweisung des
   Anspruchs auf den Rückkaufswert auf den Gläubiger über; ein Widerspruch des
   Bezugsberechtigten nach § 170 VVG bleibt möglich.

Ansprechpartner: Dr. Felix Aschenbrenner (-2201)
"""
    return (mail('Rechtsabteilung <recht@rheinauen.example>',
                 'Leitung Leistung Leben/Kranken/Unfall <ltg-leistung@rheinauen.example>',
                 'Rechtsprechungsübersicht Personenversicherung Q2/2025', body,
                 date='07.07.2025 09:30'),
            N, 'de', 'internal', 'trap: case-law digest on BU, EM pension, GdB and garnishment, no parties')


def m024():
    body = """Hallo Herr Reusch,

die Melderegisterauskunft für den Fall mit dem Beitragsrückstand ist da (Stadt Bergisch
Gladbach, Bürgerbüro, einfache Melderegisterauskunft nach § 44 BMG, Gebühr 10 EUR,
Kostenstelle 4410):

  Versicherungsnehmer: Sebastian Ohlig, geb. 08.07.1994
  Vertrag: KH 41 718833 (VW Golf, GL-SO 994)
  alte Anschrift: Hauptstr. 201, 51465 Bergisch Gladbach   -> verzogen am 31.05.2025
  neue Anschrift: Lützenkirchener Str. 12a, 51381 Leverkusen

Offen sind die Beiträge für Juni bis August, zusammen 287,40 EUR. Die qualifizierte
Mahnung nach § 38 VVG ist an die alte Adresse gegangen und zurückgekommen ("Empfänger
unbekannt verzogen") – sie muss also an die neue Anschrift noch einmal raus, sonst
läuft die Frist nicht.

Die Anzeige an die Zulassungsstelle stelle ich zurück, bis die neue Frist abgelaufen
ist.

Gruß
Emre Karaca
Beitragsinkasso Komposit
"""
    return (mail('Emre Karaca <emre.karaca@rheinauen.example>',
                 'Tobias Reusch <tobias.reusch@rheinauen.example>',
                 'Melderegisterauskunft Ohlig – neue Anschrift', body, date='04.09.2025 10:12'),
            C, 'de', 'internal',
            'registry office address lookup: named policyholder, birth date, motor policy, arrears')


def m025():
    body = """Dear Mr Ashworth,

Your client: Mr Oliver Bramley
Our accident policy: UV 6630188 (individual accident insurance, incl. daily hospital benefit)
Accident: 9 February 2025, St. Anton am Arlberg, Austria

Thank you for your letter of 2 May and for the documents you obtained from the Austrian
authorities.

We have now reviewed:
- the report of the Landespolizeidirektion Tirol, Alpinpolizei (GZ: PAD/25/00318844),
  according to which your client collided with another skier on the Valluga run and
  was flown by helicopter to Innsbruck University Hospital;
- the discharge report of the hospital (9 to 21 February): fracture of the tibial
  plateau on the left (Schatzker type V), osteosynthesis with plate and screws on
  10 February, rupture of the anterior cruciate ligament, concussion without findings
  in the cranial CT.

We confirm cover under the policy. The daily hospital benefit of EUR 50 for 13 days
(EUR 650.00) will be paid to the account given in the claim form this week. The
question of permanent impairment (invalidity) can only be assessed when the healing
process is complete, at the latest 15 months after the accident. We will contact your
client for a medical examination in spring 2026.

Regarding the other skier: the police report names a German citizen from Munich. If your
client intends to claim damages from him, please note that this is not covered by the
accident policy; your client may want to check his legal expenses insurance.

Yours sincerely

Dominik Schaaf
Accident Claims
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Dominik Schaaf <dominik.schaaf@rheinauen.example>',
                 'Richard Ashworth <r.ashworth@ashworth-pike-solicitors.example>',
                 'Your client Oliver Bramley – ski accident 9 February 2025', body,
                 date='14.05.2025 12:48'),
            S, 'en', 'insurer-to-lawyer',
            'accident insurance: Austrian police report, tibial plateau fracture, hospital stay')


def m026():
    ics = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Rheinauen//Outlook Export//DE\r
METHOD:REQUEST\r
BEGIN:VTIMEZONE\r
TZID:Europe/Berlin\r
BEGIN:STANDARD\r
DTSTART:19701025T030000\r
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:19700329T020000\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:schulung-behoerden-2025-11@rheinauen.example\r
DTSTAMP:20251006T080000Z\r
DTSTART;TZID=Europe/Berlin:20251112T100000\r
DTEND;TZID=Europe/Berlin:20251112T120000\r
SUMMARY:Schulung: Auskunftsersuchen von Behörden richtig beantworten\r
LOCATION:Teams / Raum A 2.14\r
ORGANIZER;CN=Mareike Wolters:mailto:mareike.wolters@rheinauen.example\r
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Leistung Leben:mailto:leistung-leben@rheinauen.example\r
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Leistung Kranken:mailto:leistung-kranken@rheinauen.example\r
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Schaden Komposit:mailto:schaden-komposit@rheinauen.example\r
DESCRIPTION:Inhalte: Polizei\\, Staatsanwaltschaft (§§ 161\\, 95 StPO)\\, Jobcenter (§ 60\r
  SGB II)\\, Sozialamt\\, DRV und Sozialgerichte\\, Versorgungsämter. Wann brauchen wir\r
  eine Schweigepflichtentbindung? Was darf telefonisch beantwortet werden? Fallbeispiele\r
  mit fiktiven Daten.\r
END:VEVENT\r
END:VCALENDAR\r
"""
    body = """Liebe Kolleginnen und Kollegen aus den Leistungs- und Schadenabteilungen,

es kommen immer mehr Anfragen von Behörden direkt bei Ihnen an statt bei uns. Deshalb
bieten wir eine zweistündige Schulung an:

  Mittwoch, 12.11.2025, 10:00–12:00 Uhr, Teams oder Raum A 2.14

Themen:
- Wer darf was fragen? Polizei und StA, Jobcenter, Sozialamt, DRV, Sozialgericht,
  Versorgungsamt, ausländische Behörden
- Schweigepflicht nach § 203 StGB und Art. 9 DSGVO: wann reicht eine gesetzliche
  Grundlage, wann brauchen wir die Einwilligung der versicherten Person?
- Weiterleitung an die Rechtsabteilung: Postfach behoerdenanfragen@rheinauen.example

Die Einladung hängt an. Bitte nehmen Sie an, damit wir planen können.

Viele Grüße
Mareike Wolters
"""
    return (mail('Mareike Wolters <mareike.wolters@rheinauen.example>',
                 'Leistung und Schaden <leistung-schaden-alle@rheinauen.example>',
                 'Einladung: Schulung Auskunftsersuchen von Behörden (12.11.)', body,
                 date='06.10.2025 10:05',
                 atts=[('Schulung_Behoerdenanfragen.ics', 'text/calendar; method=REQUEST', ics)]),
            N, 'de', 'internal', 'trap: training invitation on authority requests and medical secrecy')


def m027():
    body = """Jobcenter Rhein-Sieg
Geschäftsstelle Troisdorf
Team 521
Kölner Str. 96
53840 Troisdorf

Ihr Zeichen: 52105//0087241 – Ersuchen vom 11.03.2025
Unser Zeichen: BA-2025-00873 / Wo

Auskunft nach § 60 Abs. 2 SGB II
Leistungsberechtigter: Herr Ralf Dünnwald, geb. 23.01.1969

Sehr geehrte Damen und Herren,

Herr Dünnwald ist Versicherungsnehmer und versicherte Person folgender Verträge bei der
Rheinauen Lebensversicherung AG:

1. Private Rentenversicherung, Vertrag L 6.204.118.3, Beginn 01.12.2004,
   Rentenbeginn 01.12.2034
   Rückkaufswert zum 01.04.2025: 18.442,17 EUR
   (davon Überschussbeteiligung 2.311,60 EUR)
   Ein Verwertungsausschluss nach § 168 Abs. 3 VVG ist nicht vereinbart.
   Beitragsfrei gestellt seit 01.08.2024.

2. Basisrente ("Rürup"), Vertrag L 6.880.530.1, Beginn 01.01.2016
   Deckungskapital zum 01.04.2025: 9.806,40 EUR
   Nach § 10 Abs. 1 Nr. 2 b EStG nicht kapitalisierbar, nicht beleihbar, nicht
   übertragbar; eine Verwertung vor Rentenbeginn ist ausgeschlossen.

Eine Risikoabsicherung (BU-Zusatzversicherung) besteht zu keinem der Verträge.

Mit freundlichen Grüßen
Rheinauen Lebensversicherung AG
i. A. Mareike Wolters
"""
    return (mail('Mareike Wolters <mareike.wolters@rheinauen.example>',
                 'Jobcenter Rhein-Sieg Team 521 <jobcenter-rhein-sieg.team521@jobcenter-ge.example>',
                 'Auskunft § 60 SGB II – 52105//0087241 – Dünnwald', body, date='19.03.2025 14:14'),
            S, 'de', 'insurer-to-authority',
            'job centre asset check: surrender values of a named person\'s life and pension contracts')


def m028():
    body = """Finanzamt Köln-Porz
Vollstreckungsstelle
z. Hd. Frau Steuerobersekretärin Wallraf

Ihre Pfändungs- und Einziehungsverfügung vom 03.06.2025
Steuernummer 216/5012/3377 – Vollstreckungsschuldner: Herr Marcel Rodenkirchen

Sehr geehrte Frau Wallraf,

Ihre Verfügung nach § 309 AO ist am 05.06.2025 bei uns eingegangen. Unsere Erklärung
nach § 316 AO:

1. Gegenüber dem Vollstreckungsschuldner besteht aus seiner zum 31.05.2025 gekündigten
   Kfz-Versicherung (Vertrag KH 41 550974, amtl. Kennzeichen K-MR 2207) ein Guthaben
   aus nicht verbrauchtem Beitrag von 214,63 EUR. Wir erkennen die Forderung an und
   zahlen nach Ablauf der Sperrfrist auf Ihr Konto bei der Bundesbank.
2. Weitere Forderungen des Schuldners gegen uns bestehen nicht.
3. Pfändungen anderer Gläubiger liegen nicht vor.

Die bisher hinterlegte Bankverbindung des Schuldners (DE52 3193 4628 9745 7878 36)
haben wir für Erstattungen gesperrt.

Mit freundlichen Grüßen
Uwe Brinkhoff
Drittschuldnerstelle
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Uwe Brinkhoff <uwe.brinkhoff@rheinauen.example>',
                 'Finanzamt Köln-Porz Vollstreckung <vollstreckung.porz@finanzamt-nrw.example>',
                 'St.-Nr. 216/5012/3377 – Drittschuldnererklärung § 316 AO', body,
                 date='12.06.2025 09:27'),
            C, 'de', 'insurer-to-authority',
            'tax office garnishment: named taxpayer, tax number, motor refund, IBAN')


def m029():
    body = """Cross-border requests – quick reference for claims staff (v3, June 2025)

Under Regulation (EC) 883/2004 and 987/2009 the social security institutions of the EU/EEA
and Switzerland exchange data through the EESSI system using Structured Electronic
Documents (SEDs). Private insurers are not part of EESSI. You will nevertheless see these
forms quoted in customer mail, because customers forward what their pension or health
institution sent them. The ones you are most likely to meet:

  P5000  Insurance periods in other member states (pension)
  P6000  Notification of decision (pension) – the summary of decisions of all countries
  P2200  Claim for invalidity pension
  S1     Registration for healthcare cover (former E 106/E 121)
  S2     Entitlement to scheduled treatment (former E 112)
  DA1    Entitlement to healthcare under the accident insurance schemes
  A1     Certificate of applicable legislation (posted workers)

Rules of thumb
- A foreign social security decision is never binding on our policies (BU, IP, accident),
  just like a DRV decision.
- Foreign authorities have no right to information from us unless German law gives one.
  Send every foreign request to the Legal Department (official-requests@rheinauen.example)
  before you answer, even if it looks routine.
- Translations: use the framework contract with Lingua Rheinland (order form in the intranet).

Questions: International Claims Desk, Priya Raman
"""
    return (mail('Priya Raman <priya.raman@rheinauen.example>',
                 'Claims International Network <claims-intl@rheinauen.example>',
                 'Quick reference: EU social security forms (SEDs) in claims', body,
                 date='30.06.2025 16:10'),
            N, 'en', 'internal', 'trap: reference list of EU social security forms, no case')


def m030():
    body = """Sehr geehrte Frau Rechtsanwältin Bajramović,

in der Sache Ihrer Mandantin

  Frau Angelika Scheuermann, Rechtsschutzversicherung RS 8804127 (Privat-, Berufs- und
  Verkehrsrechtsschutz inkl. Sozialgerichtsrechtsschutz), unser Schaden-Nr. RS-2025-04471

erteilen wir Deckungszusage für das Klageverfahren vor dem Sozialgericht Düsseldorf
gegen den Kreis Mettmann wegen Feststellung eines GdB von 50 (bisher festgestellt: 30).

Aus dem Widerspruchsbescheid vom 12.03.2025, den Sie uns übersandt haben, ergibt sich,
dass das Versorgungsamt die rezidivierende depressive Störung mit einem Einzel-GdB von
20 und die Polyneuropathie der Beine mit 20 bewertet und die chronische Bronchitis
unberücksichtigt gelassen hat. Die Erfolgsaussichten sehen wir als ausreichend an.

Die Zusage umfasst die gesetzlichen Gebühren der ersten Instanz. Für ein Gutachten nach
§ 109 SGG auf Antrag Ihrer Mandantin übernehmen wir die Kosten bis 3.000 EUR, bitte
informieren Sie uns vor Antragstellung.

Die Selbstbeteiligung von 150 EUR ist von Ihrer Mandantin zu tragen.

Mit freundlichen Grüßen
Oliver Brandt
Rechtsschutz-Schaden
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Oliver Brandt <oliver.brandt@rheinauen.example>',
                 'RAin Bajramović <kanzlei@bajramovic-sozialrecht.example>',
                 'Deckungszusage RS-2025-04471 – Scheuermann ./. Kreis Mettmann (GdB)', body,
                 date='25.03.2025 11:52'),
            S, 'de', 'insurer-to-lawyer',
            'legal expenses cover for a GdB lawsuit: depression, polyneuropathy of a named client')


def m031():
    body = """Zur Info – Pressemitteilung des SG Köln von heute, falls jemand danach gefragt wird.
Für uns interessant: die Verfahrensdauer im Rentenrecht, weil viele BU-Kunden parallel
gegen die DRV klagen und wir dann auf das Urteil warten.

F.

-------- Weitergeleitete Nachricht --------
Betreff: Pressemitteilung 03/2025 – Geschäftsentwicklung 2024
Datum: Mon, 10 Feb 2025 11:00:12 +0100
Von: Pressestelle Sozialgericht Köln <pressestelle@sg-koeln.justiz-nrw.example>

Sozialgericht Köln: Eingänge 2024 leicht rückläufig – Verfahren im Schwerbehinderten-
recht nehmen zu

Beim Sozialgericht Köln sind im Jahr 2024 insgesamt 11.284 Klagen und 1.402 Anträge im
einstweiligen Rechtsschutz eingegangen (2023: 11.617 bzw. 1.388). Erledigt wurden
11.903 Klageverfahren. Die durchschnittliche Verfahrensdauer betrug 14,1 Monate.

Die meisten neuen Verfahren betrafen wie in den Vorjahren die Grundsicherung für
Arbeitsuchende (3.102), gefolgt vom Schwerbehindertenrecht (1.988, +9 %), der
gesetzlichen Krankenversicherung (1.710) und der Rentenversicherung (1.645). In
Rentenverfahren, insbesondere wegen Erwerbsminderung, lag die Verfahrensdauer mit
durchschnittlich 19,6 Monaten deutlich höher, weil häufig medizinische Gutachten
eingeholt werden müssen.

Präsidentin des Sozialgerichts: "Die Zunahme im Schwerbehindertenrecht führen wir auch
auf die neue Versorgungsmedizin-Verordnung zurück."

Pressesprecher: Richter am Sozialgericht Dr. Tillmann
"""
    return (mail('Dr. Felix Aschenbrenner <felix.aschenbrenner@rheinauen.example>',
                 'Team Recht Personenversicherung <recht-pv@rheinauen.example>',
                 'WG: Pressemitteilung 03/2025 – Geschäftsentwicklung 2024', body,
                 date='10.02.2025 13:18'),
            N, 'de', 'internal', 'trap: forwarded social court press release with caseload statistics')


def m032():
    rows = [['case_id', 'entity', 'line', 'debtor_name', 'creditor', 'court_ref', 'served',
             'amount_garnished_eur', 'paid_eur', 'declaration_sent', 'days', 'finding']]
    rows += [
        ['DS-2025-00412', 'RAV', 'household', 'Hallmann, Benedikt', 'Autohaus Sürth GmbH & Co. KG',
         '287 M 4418/25', '2025-04-22', '2316.80', '0.00', '2025-04-29', '7', 'ok'],
        ['DS-2025-00438', 'RAV', 'motor', 'Brückner, Leon', 'Creditreform-Inkasso Mittelrhein GmbH',
         'DR II 884/25', '2025-08-20', '4405.00', '0.00', 'n/a (preliminary)', '2', 'ok'],
        ['DS-2025-00451', 'RAV', 'motor', 'Rodenkirchen, Marcel', 'Finanzamt Köln-Porz',
         '216/5012/3377', '2025-06-05', '214.63', '214.63', '2025-06-12', '7', 'ok'],
        ['DS-2025-00502', 'RAV', 'liability', 'Sarıkaya, Derya', 'Stadtwerke Hürth AöR',
         '64 M 902/25', '2025-05-13', '780.00', '780.00', '2025-05-30', '17',
         'late: > 14 days, § 840 ZPO deadline missed'],
        ['DS-2025-00517', 'RAV', 'household', 'Kleinjohann, Peter', 'Vodafone West GmbH c/o Inkasso',
         '14 M 3310/25', '2025-06-02', '95.10', '0.00', '2025-06-06', '4',
         'paid to debtor after service – recovery started'],
        ['DS-2025-00533', 'RAV', 'legal expenses', 'Ünlü, Cem', 'Amtsgericht Bonn (Gerichtskasse)',
         '23 M 1177/25', '2025-06-11', '412.50', '412.50', '2025-06-16', '5', 'ok'],
    ]
    body = """Hi Uwe, hi Mareike,

as announced in the kick-off, here is the sample we drew for the audit "Handling of
third-party debtor obligations – non-life" (audit plan item GA-2025-07). Six cases from
Q2, all from the Allgemeine (RAV); life and health cases were excluded on purpose and
will be covered in a separate review with the DPO.

Two findings so far (see column "finding"):
- DS-2025-00502: declaration sent after 17 days.
- DS-2025-00517: indemnity of EUR 95.10 paid to the debtor three days after service of
  the order; recovery letter sent, not yet repaid.

Could you send us the full files for these two by Friday? The draft report will go to
the Legal Director on 15 September.

Best regards
Sophie Lindqvist
Group Audit
Rheinauen Versicherungsgruppe
"""
    return (mail('Sophie Lindqvist <sophie.lindqvist@rheinauen.example>',
                 'Uwe Brinkhoff <uwe.brinkhoff@rheinauen.example>',
                 'GA-2025-07 garnishments – audit sample Q2', body, date='28.08.2025 17:03',
                 cc='Mareike Wolters <mareike.wolters@rheinauen.example>',
                 atts=[('GA-2025-07_sample_Q2.csv', 'text/csv; charset=utf-8', csvtext(rows, ','))]),
            C, 'en', 'internal',
            'audit sample CSV: named debtors of garnishments in non-life lines, amounts')


def m033():
    body = """Hallo Timo,

für die September-Abrechnung bitte eine neue Lohnpfändung anlegen:

  Personalnummer: 104 772
  Mitarbeiterin:  Nadine Esser, Kundenservice Köln
  Beschluss:      AG Bergheim, 14 M 2281/25, PfÜB vom 21.08.2025, zugestellt 26.08.2025
  Gläubiger:      Targo Inkasso GmbH, Forderung 6.418,22 EUR zzgl. Zinsen und Kosten
  Rang:           2 (Rang 1: Unterhaltspfändung Jugendamt Bergheim, läuft seit 2023)

Frau Esser hat zwei unterhaltsberechtigte Kinder. Bruttogehalt 3.480 EUR, netto im
August 2.256,19 EUR; nach der neuen Tabelle pfändbar für Rang 2 damit voraussichtlich
0,00 EUR, weil die Unterhaltspfändung vorgeht. Bitte trotzdem anlegen und die
Drittschuldnererklärung (Frist 09.09.) an mich zur Unterschrift.

Frau Esser weiß Bescheid, ich habe heute mit ihr gesprochen.

Danke und Gruß
Bettina

Bettina Kühn
Personalabteilung – Entgelt
"""
    return (mail('Bettina Kühn <bettina.kuehn@rheinauen.example>',
                 'Timo Hackenbroich <timo.hackenbroich@rheinauen.example>',
                 'Neue Lohnpfändung PNr. 104772 – Frist 09.09.', body, date='29.08.2025 08:51'),
            C, 'de', 'internal',
            'garnishment of own employee salary: name, debts, net pay, maintenance order')


def m034():
    body = """IT Security Warning – fake e-mails from "public prosecutors"

Since Monday we have seen a wave of phishing e-mails that claim to come from German
public prosecutors' offices ("Staatsanwaltschaft Köln – Ermittlungsverfahren gegen Sie")
or from the "Bundeskriminalamt". They are sent to personal and to function mailboxes.

Typical signs:
- sender addresses like staatsanwaltschaft-koeln@secure-justiz.example or similar
  look-alike domains;
- an attached ZIP or a link to "view the case file" (Akteneinsicht);
- urgency: "respond within 24 hours or an arrest warrant will be issued".

Real authorities contact us by letter, via EGVP/beBPo or by e-mail to the Legal
Department; they never send files as ZIP links and never ask for passwords.

What to do: do not open attachments or links. Use the "Report phishing" button in
Outlook. If you have already clicked, call the IT service desk at -5555 immediately.

Information Security Office
Rheinauen Versicherungsgruppe
"""
    return (mail('Information Security <infosec@rheinauen.example>',
                 'All staff <alle@rheinauen.example>',
                 'Security warning: phishing mails posing as public prosecutors', body,
                 date='05.03.2025 12:00'),
            N, 'en', 'internal', 'trap: phishing warning quoting fake prosecutor mails')


def m035():
    body = """Amtsgericht Düsseldorf
- Vollstreckungsgericht -
Werdener Str. 1
40227 Düsseldorf

Az.: 660 M 5127/25
Unser Zeichen: DS-2025-00781 / Br

Drittschuldnererklärung nach § 840 Abs. 1 ZPO
Gläubigerin: Sparkasse Hilden-Ratingen-Velbert
Schuldner: Herr Christoph Pütz, Am Bruchhaus 9, 40885 Ratingen

Sehr geehrte Damen und Herren,

den Pfändungs- und Überweisungsbeschluss vom 07.07.2025 haben wir am 11.07.2025 erhalten.

1. Der Schuldner erhält von uns aus der Berufsunfähigkeitsversicherung L 7.288.905.2
   seit dem 01.02.2023 eine monatliche Berufsunfähigkeitsrente von 1.650,00 EUR sowie die
   Beitragsbefreiung. Die Leistung ist bis zum 31.01.2026 befristet anerkannt; danach
   findet eine Nachprüfung statt.
2. Die Rente ist eine Rente wegen Körper- oder Gesundheitsverletzung im Sinne des
   § 850b Abs. 1 Nr. 1 ZPO und damit nur bedingt pfändbar. Der vorgelegte Beschluss ist
   ein Blankettbeschluss ohne Entscheidung nach § 850b Abs. 2 ZPO. Wir erkennen die
   Forderung daher derzeit nicht als begründet an und zahlen weiter an den Schuldner.
3. Weitere Pfändungen liegen nicht vor. Ansprüche Dritter sind uns nicht bekannt.

Mit freundlichen Grüßen
Rheinauen Lebensversicherung AG
i. A. Uwe Brinkhoff
"""
    return (mail('Drittschuldnerstelle Rheinauen <pfaendungen@rheinauen.example>',
                 'Amtsgericht Düsseldorf Vollstreckung <vollstreckung@ag-duesseldorf.justiz-nrw.example>',
                 '660 M 5127/25 – Drittschuldnererklärung (Pütz)', body, date='18.07.2025 10:40'),
            S, 'de', 'insurer-to-court',
            'garnishment of a named person\'s running BU pension (health-related pension)')


def m036():
    body = """Hallo zusammen,

für die Beitrags- und Leistungsberechnungen 2025 die neuen Sozialversicherungs-
Rechengrößen (Sozialversicherungsrechengrößen-Verordnung 2025), einheitlich Ost/West:

                                                   monatlich      jährlich
Beitragsbemessungsgrenze RV/ALV                   8.050 EUR     96.600 EUR
Beitragsbemessungsgrenze KV/PV                    5.512,50 EUR  66.150 EUR
Versicherungspflichtgrenze KV (JAEG)              6.150 EUR     73.800 EUR
Bezugsgröße                                       3.745 EUR     44.940 EUR
Vorläufiges Durchschnittsentgelt RV                             50.493 EUR

Relevanz für uns:
- PKV-Neugeschäft Angestellte: Wechsel erst oberhalb der JAEG von 73.800 EUR.
- bAV: steuerfreier Höchstbetrag § 3 Nr. 63 EStG = 8 % der BBG RV = 7.728 EUR,
  sozialversicherungsfrei 4 % = 3.864 EUR.
- BU-Angemessenheit: Die Zuverdienstgrenzen bei voller EM-Rente betragen 2025
  19.661,25 EUR jährlich – wird in der Leistungsprüfung für Hinweise an Kunden gebraucht.

Die Werte sind in den Rechenkernen seit 01.01. hinterlegt.

Grüße aus dem Aktuariat
Thomas Wibbeling
"""
    return (mail('Thomas Wibbeling <thomas.wibbeling@rheinauen.example>',
                 'Vertrieb und Produkt <vertrieb-produkt@rheinauen.example>',
                 'Sozialversicherungs-Rechengrößen 2025', body, date='08.01.2025 15:55'),
            N, 'de', 'internal', 'trap: statutory income thresholds and contribution ceilings, no person')


def m037():
    body = """Instituto Nacional de la Seguridad Social
Dirección Provincial de Alicante
Equipo de Valoración de Incapacidades (EVI)
Attn: Dña. Mercedes Lloret Pascual

Your reference: EVI/03/2025/011847
Insured person: Ms Brigitte Hausmann, NIE Y-4418271-K, residing in Jávea (Alicante)

Dear Ms Lloret Pascual,

We have received your letter of 3 June 2025, in which you ask us to send you "all
medical reports held by the German insurer" for the assessment of Ms Hausmann's
application for a permanent incapacity pension (incapacidad permanente).

We can confirm that Ms Hausmann is insured with us under an occupational disability
policy and that we have been paying a disability annuity since 2022. We are, however,
bound by German professional secrecy (section 203 of the German Criminal Code) and by
Article 9 GDPR. We can therefore only send medical documents with the written consent
of Ms Hausmann or on the basis of a request under Regulation (EC) 987/2009 via the
German liaison body (Deutsche Rentenversicherung Bund).

We have today written to Ms Hausmann asking whether she agrees to the transfer of the
psychiatric and neurological reports from 2021 and 2022. Once we have her consent, we
will send the documents in German with a certified English translation.

Yours sincerely

Priya Raman
International Claims Desk
Rheinauen Lebensversicherung AG
"""
    return (mail('Priya Raman <priya.raman@rheinauen.example>',
                 'INSS Alicante EVI <evi.alicante@seg-social.example>',
                 'EVI/03/2025/011847 – Ms Brigitte Hausmann – request for medical reports', body,
                 date='16.06.2025 14:22'),
            S, 'en', 'insurer-to-authority',
            'foreign disability authority: confirms named person receives BU annuity, psychiatric reports')


def m038():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22.04.2025 nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet.

Anfragen von Gerichten, Staatsanwaltschaften, Jobcentern und anderen Behörden richten
Sie bitte an behoerdenanfragen@rheinauen.example. Pfändungs- und Überweisungsbeschlüsse
sowie Vorpfändungen bitte ausschließlich an pfaendungen@rheinauen.example oder über das
beBPo der Rheinauen Versicherung AG.

In dringenden Fällen erreichen Sie die Rechtsabteilung unter 0221 4471-2200.

Mit freundlichen Grüßen
Mareike Wolters
Rechtsabteilung – Behördenanfragen
"""
    return (mail('Mareike Wolters <mareike.wolters@rheinauen.example>',
                 'Staatsanwaltschaft Bonn <poststelle@sta-bonn.justiz-nrw.example>',
                 'Abwesenheitsnotiz: AW: 430 Js 1181/25', body, date='14.04.2025 08:02',
                 headers={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'}),
            N, 'de', 'insurer-to-authority', 'trap: out-of-office reply to a prosecutor, no content')


def m039():
    body = """Straßenverkehrsamt Rhein-Erft-Kreis
Zulassungsstelle
Willy-Brandt-Platz 1
50126 Bergheim

Anzeige nach § 25 Abs. 1 FZV – Nichtbestehen / Beendigung des Versicherungsverhältnisses
(elektronische Meldung über GDV-Dienste, hier Kopie zur Nachverfolgung)

Versicherungsnehmer:   Herr Yannick Froitzheim, Zehnthofstr. 7, 50169 Kerpen
Amtl. Kennzeichen:     BM-YF 312
FIN:                   WVWZZZAUZHW118470
eVB-Nummer (Erstzul.): K8R4T2Q
Versicherungsschein:   KH 41 803117
Beendigung:            zum 14.09.2025 (Rücktritt wegen Nichtzahlung des Erstbeitrags, § 37 VVG)

Die Meldung ist am 15.09.2025 um 06:12 Uhr an das Fahrzeugregister gegangen
(Quittung GDV-DL 2025-09-15-004418). Wir bitten um Einleitung der Maßnahmen nach
§ 25 Abs. 4 FZV (Außerbetriebsetzung), sofern keine neue Versicherungsbestätigung
eingeht.

Kfz-Bestand
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Kfz-Bestand Rheinauen <kfz-bestand@rheinauen.example>',
                 'Zulassungsstelle Rhein-Erft <zulassung@rhein-erft-kreis.example>',
                 'Anzeige § 25 FZV – BM-YF 312 – Froitzheim', body, date='15.09.2025 07:30'),
            C, 'de', 'insurer-to-authority',
            'vehicle registration office notice: named policyholder, plate, VIN, no cover')


def m040():
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>New secure message</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1b">
<table width="600" cellpadding="16" style="border:1px solid #d0d7de">
<tr><td style="background:#00594f;color:#ffffff;font-size:18px">Rheinauen SecureMail</td></tr>
<tr><td>
<p>Dear customer,</p>
<p>you have received a new secure message in your Rheinauen mailbox.</p>
<p>For your protection the message itself is not attached to this e-mail. Please log in to read it:</p>
<p><a href="https://securemail.rheinauen.example/inbox" style="background:#00594f;color:#fff;padding:8px 14px;text-decoration:none">Open my secure mailbox</a></p>
<p>The message will be kept for 90 days.</p>
<p style="font-size:12px;color:#666">This is an automatically generated notification. Please do not reply.
Rheinauen Versicherung AG, Auenweg 12, 50679 Köln</p>
</td></tr></table></body></html>"""
    return (mail('Rheinauen SecureMail <no-reply@securemail.rheinauen.example>',
                 'helen.whitfield@brightmail.example',
                 'You have a new secure message', html=html, html_only=True,
                 date='12.03.2025 11:27', headers={'Auto-Submitted': 'auto-generated'}),
            N, 'en', 'insurer-to-customer', 'trap: portal notification without content')


def m041():
    q = [['Requests from public authorities and courts – Rheinauen group', '', '', '', '', ''],
         ['Request type', 'Q1 2025', 'Q2 2025', 'Q3 2025', 'Avg. days to answer Q3', 'SLA met Q3'],
         ['Garnishment orders incl. preliminary (PfÜB, § 845 ZPO, § 309 AO)', 1412, 1388, 1450, 5.2, '96 %'],
         ['Job centres / social welfare offices (§ 60 SGB II, § 117 SGB XII)', 604, 577, 631, 8.9, '88 %'],
         ['Police and public prosecutors (§§ 161, 95 StPO)', 188, 203, 176, 11.4, '81 %'],
         ['Social courts and pension insurance (with consent)', 97, 112, 104, 16.0, '74 %'],
         ['Registry offices, probate courts, guardianship courts', 83, 91, 88, 6.7, '93 %'],
         ['Foreign authorities', 22, 31, 27, 23.5, '59 %'],
         ['Total', 2406, 2402, 2476, '', '']]
    x = xlsx([('Q1-Q3 2025', q)])
    body = """Dear Board members,

ahead of the Legal & Compliance committee on 23 October please find attached the
quarterly figures on requests from public authorities and courts.

Key points:
- Volumes are stable at roughly 2,400 requests per quarter.
- Foreign authorities remain the weak spot (59 % within SLA). Most delays come from
  translations and from checking whether a legal basis exists at all. We propose a
  framework contract with a second translation agency.
- Requests from prosecutors dropped slightly after the new intake mailbox went live;
  answer times are still above target because files often have to be pseudonymised
  before release.

No data breaches were reported in connection with these requests in Q3.

Kind regards
Dr. Felix Aschenbrenner
Head of Legal – Insurance Law
"""
    return (mail('Dr. Felix Aschenbrenner <felix.aschenbrenner@rheinauen.example>',
                 'Board Office <vorstandsbuero@rheinauen.example>',
                 'L&C committee 23 Oct – KPIs official requests Q1-Q3', body, date='15.10.2025 18:20',
                 atts=[('KPI_official_requests_2025_Q1-Q3.xlsx', XLSX, x)]),
            N, 'en', 'internal', 'trap: KPI table of authority requests and garnishments, counts only')


def m042():
    d = csvtext([
        ['testfall', 'beschreibung', 'schuldner', 'geburtsdatum', 'vertrag', 'sparte', 'iban_glaeubiger',
         'erwartet'],
        ['TF-PF-001', 'Blankettbeschluss BU-Rente -> Ablehnung § 850b', 'Max Mustermann (fiktiv)',
         '01.01.1970', 'L 0.000.000.1', 'BU', 'DE89 3704 0044 0532 0130 00', 'Erklärung ohne Anerkennung'],
        ['TF-PF-002', 'PfÜB Hausrat-Entschädigung -> Sperre + Zahlung an Gläubiger',
         'Erika Mustermann (fiktiv)', '12.08.1964', 'HR 0000001', 'Hausrat',
         'DE89 3704 0044 0532 0130 00', 'Sperrvermerk, Zahlung nach 4 Wochen'],
        ['TF-PF-003', 'Vorpfändung ohne PfÜB nach 1 Monat -> Sperre aufheben', 'Max Mustermann (fiktiv)',
         '01.01.1970', 'KH 00 000001', 'Kfz', '', 'Sperre endet automatisch'],
        ['TF-PF-004', 'Ausländischer Titel (PL) -> Weiterleitung Rechtsabteilung',
         'Jan Kowalski (fiktiv)', '01.01.1980', 'KH 00 000002', 'Kfz', '', 'Workflow RA-Prüfung'],
    ])
    body = """Hallo Niklas,

für den Regressionstest des neuen Pfändungsmoduls (Release 25.3) anbei die Testfälle
aus der Fachabteilung. Alle Personen sind fiktiv, die IBAN ist die bekannte
Beispiel-IBAN aus der Bundesbank-Doku. Bitte nicht mit Echtdaten aus der Produktion
auffüllen, die Testumgebung ist nicht für Personenversicherungsdaten freigegeben.

Besonders wichtig ist TF-PF-001: Bei BU-Renten darf das System keine automatische
Anerkennung erzeugen.

Gruß
Uwe
"""
    return (mail('Uwe Brinkhoff <uwe.brinkhoff@rheinauen.example>',
                 'Niklas Hoefer <niklas.hoefer@rheinauen.example>',
                 'Testfälle Pfändungsmodul R25.3', body, date='02.09.2025 13:10',
                 atts=[('Testfaelle_Pfaendung_R25-3.csv', 'text/csv; charset=utf-8', d)]),
            N, 'de', 'internal', 'trap: test cases with fictitious Mustermann debtors and published example IBAN')


def m043():
    body = """Dear Mr Delgado,

thank you for your e-mail and for the copy of the Notice of Award from the U.S. Social
Security Administration (Office of Disability Operations, Baltimore), dated
January 14, 2025.

We note that the SSA found you disabled under its rules as of March 2, 2024 and that
you receive Social Security Disability Insurance benefits of USD 2,184.00 per month.
The notice refers to the medical evidence from Dr. Karen Whitlock, Mayo Clinic Arizona,
regarding your Parkinson's disease and the deep brain stimulation performed in
September 2024.

As you know, your occupational disability policy with us (policy L 7.350.771.4) dates
from your time as an engineer with our corporate client in Stuttgart. The SSA award is
helpful evidence, but our decision depends on whether you are at least 50 % unable to
work in your last occupation as a process engineer. To complete our assessment please
send us:

- the neurologist's reports since your diagnosis in 2022 (UPDRS scores if available),
- the operation report of the DBS procedure,
- a list of your current medication (we understand levodopa/carbidopa and rasagiline).

You may upload the documents to your secure mailbox. Please do not send them by
ordinary e-mail.

Kind regards

Kathrin Oberländer
Occupational Disability Claims
Rheinauen Lebensversicherung AG
"""
    return (mail('Kathrin Oberländer <kathrin.oberlaender@rheinauen.example>',
                 'Ricardo Delgado <rdelgado@desertmail.example>',
                 'Your BU claim L 7.350.771.4 – SSA Notice of Award', body, date='21.02.2025 17:12'),
            S, 'en', 'insurer-to-customer', 'BU claim: US SSDI award, Parkinson\'s disease, DBS, medication')


def m044():
    body = """Minutes – Data Protection Jour Fixe, 3 April 2025
Present: J. Lamprecht (DPO), F. Aschenbrenner, M. Wolters (Legal), M. Giesen (SIU),
N. Hoefer (IT), H. Vos (Compliance)

1. Requests from police and prosecutors
   - Since January all requests are logged in the new register (ticket type "BEH").
     68 requests in Q1; in 9 cases the requesting officer gave no legal basis. Legal will
     ask back in these cases instead of answering.
   - Telephone requests: no answers by phone, not even "yes, this person is our customer".
     Callback via the switchboard number of the authority only.
   - Decision: health data from personal lines are released to prosecutors only on a
     seizure order (§ 94/98 StPO) or with the consent of the person concerned; SIU may
     submit a criminal complaint with the minimum data needed.

2. Job centres
   - Standard letter for § 60 SGB II updated; it now asks the job centre to confirm that
     the person concerned was informed.

3. Transfer channel
   - Courts and prosecutors: beBPo only. E-mail to justice domains only with TLS enforced
     and never for medical documents. IT confirms the domain list is complete.

4. AOB – DPIA for the new garnishment module: draft by end of May (IT + Legal).

Next meeting: 8 May 2025
Minutes: Henrike Vos
"""
    return (mail('Henrike Vos <henrike.vos@rheinauen.example>',
                 'DP Jour Fixe <dp-jourfixe@rheinauen.example>',
                 'Minutes DP Jour Fixe 3 April 2025', body, date='04.04.2025 09:45'),
            N, 'en', 'internal', 'trap: data protection minutes on police and job centre requests, no cases')


def m045():
    body = """Dear PC Hargreaves,

Your reference: WYP-13/58121/25 (West Yorkshire Police, Roads Policing Unit)
Vehicle: German registration D-KT 4408, BMW 320d Touring

Thank you for your e-mail of 18 July. We confirm that the vehicle above was insured with
Rheinauen Allgemeine Versicherung AG on 12 July 2025 under motor policy KH 41 694280.
The policy includes third-party liability cover for the whole of Europe (green card
valid, card no. D/118/41694280).

Policyholder and registered keeper: Mr Kai Tönnies, Grafenberger Allee 277, 40237
Düsseldorf, Germany.

We have opened claim file S-2025-0715562 for the collision at the Armley Gyratory in
Leeds. According to your message, two vehicles were damaged and nobody was injured.
Third parties may contact our UK claims representative, Brookfield Claims Services Ltd,
Leeds (claims@brookfield-claims.example), quoting our claim number.

Please note that we can only pass on further personal data of our policyholder on the
basis of a formal request under the applicable UK/EU legal framework.

Kind regards

Tobias Reusch
Motor Claims
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Tobias Reusch <tobias.reusch@rheinauen.example>',
                 'PC D. Hargreaves <d.hargreaves@westyorkshire-police.example>',
                 'Your ref WYP-13/58121/25 – D-KT 4408 – insurance details', body,
                 date='21.07.2025 10:56'),
            C, 'en', 'insurer-to-authority',
            'UK police: named policyholder with address, motor policy, claim, nobody injured')


def m046():
    body = """Hallo liebe Neue im Team Unfall-Leistung,

wie versprochen noch ein Nachtrag zu unserer Einarbeitung am Dienstag. Viele Kunden
schicken uns ihren Schwerbehindertenbescheid und fragen, warum wir "weniger" anerkennen.
Hier zur Orientierung ein paar Werte aus der Versorgungsmedizin-Verordnung (Anlage zu
§ 2 VersMedV, Teil B) im Vergleich zur Gliedertaxe – bitte nicht als Umrechnungstabelle
verwenden!

  Funktionseinschränkung                         GdB (VersMedV)     Gliedertaxe AUB
  Verlust eines Daumens                          25                 20 %
  Verlust einer Hand                             50                 55 %
  Versteifung Handgelenk, günstige Stellung      20                 Bruchteil Handwert
  Verlust eines Beins im Oberschenkel            70-80              70 %
  Taubheit beidseits                             100                60 %
  Verlust eines Auges                            25-30              50 %

Der GdB bildet die Auswirkungen auf die Teilhabe in allen Lebensbereichen ab und
berücksichtigt alle Gesundheitsstörungen, egal ob unfallbedingt oder nicht. Die
Gliedertaxe bemisst nur die unfallbedingte Funktionsbeeinträchtigung eines Körperteils.

Fragen gern an mich.

Dominik
"""
    return (mail('Dominik Schaaf <dominik.schaaf@rheinauen.example>',
                 'Team Unfall-Leistung <unfall-leistung@rheinauen.example>',
                 'Nachtrag Einarbeitung: GdB vs. Gliedertaxe', body, date='16.01.2025 16:35'),
            N, 'de', 'internal', 'trap: training table GdB values vs. accident dismemberment scale, no person')


def m047():
    body = """Sehr geehrter Herr Rechtsanwalt Wiemers,

vielen Dank für die Übersendung Ihres Betreuerausweises. Das Amtsgericht Brühl –
Betreuungsgericht – hat Sie mit Beschluss vom 02.06.2025 (Az. 51 XVII 188/25) zum
rechtlichen Betreuer von Frau Hildegard Neffgen, geb. 09.04.1938, bestellt; der
Aufgabenkreis umfasst Vermögenssorge, Gesundheitssorge und Vertretung gegenüber
Versicherungen.

Wir haben in der Krankheitskostenvollversicherung (K 20-558913) und der privaten
Pflegepflichtversicherung (PPV 20-558913) Folgendes geändert:

- Korrespondenz ab sofort an Ihre Kanzlei, Bahnhofstr. 14, 50321 Brühl
- Erstattungen weiterhin auf das Konto von Frau Neffgen
  (DE37 3399 8928 5806 1724 18), da Sie die Kontovollmacht haben

Zu Ihren Fragen:
1. Für den Umzug in das Seniorenzentrum St. Ursula zum 01.07.2025 zahlen wir aus der
   PPV bei Pflegegrad 4 den Leistungsbetrag für vollstationäre Pflege von 1.855 EUR
   monatlich direkt an die Einrichtung, sobald uns der Heimvertrag vorliegt.
2. Der Antrag auf Höherstufung in Pflegegrad 5 ist an Medicproof weitergeleitet; der
   Gutachter meldet sich bei der Einrichtung. Bitte legen Sie den Entlassungsbericht der
   Gerontopsychiatrie (Demenz vom Alzheimer-Typ, fortgeschritten) bei, soweit vorhanden.
3. Die Beitragsrückstände aus April und Mai (2 x 412,37 EUR) haben wir gestundet.

Mit freundlichen Grüßen
Sevgi Aydın
Leistung Kranken / Pflege
Rheinauen Krankenversicherung AG
"""
    return (mail('Sevgi Aydın <sevgi.aydin@rheinauen.example>',
                 'RA Jörg Wiemers <kanzlei@wiemers-betreuungsrecht.example>',
                 'Betreuung Hildegard Neffgen – K 20-558913 / PPV', body, date='12.06.2025 11:03'),
            S, 'de', 'insurer-to-lawyer',
            'guardianship court appointment: care level, dementia, health insurance of named person')


def m048():
    inner = """<div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Dear colleagues,</p>
<p>we are pleased to invite you to the <b>European Forum on Insurers and Public Authorities 2025</b>
on <b>20&ndash;21 November 2025</b> in Brussels (Square Meeting Centre) and online.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #999">
<tr style="background:#e8eef5"><th align="left">Session</th><th align="left">Speakers</th></tr>
<tr><td>E-evidence Regulation: production orders to insurers from 2026</td><td>European Commission, DG JUST</td></tr>
<tr><td>Cross-border garnishment of insurance claims &ndash; where are the gaps?</td><td>Prof. Dr. A. Merkt, Univ. of Trier</td></tr>
<tr><td>Disability benefits and private income protection: data exchange without EESSI</td><td>Insurance Europe working group</td></tr>
<tr><td>Health data requests from authorities under Art. 9 GDPR &ndash; panel</td><td>EDPB secretariat, national DPAs</td></tr>
</table>
<p>Early bird fee EUR 690 until 30 September. Register at
<a href="https://events.insurance-forum.example/epa2025">events.insurance-forum.example/epa2025</a>.</p>
<p>Kind regards<br>The Forum team</p>
</div>"""
    text = """Dear colleagues,

we are pleased to invite you to the European Forum on Insurers and Public Authorities 2025
on 20-21 November 2025 in Brussels (Square Meeting Centre) and online.

Sessions:
- E-evidence Regulation: production orders to insurers from 2026
- Cross-border garnishment of insurance claims – where are the gaps?
- Disability benefits and private income protection: data exchange without EESSI
- Health data requests from authorities under Art. 9 GDPR – panel

Early bird fee EUR 690 until 30 September.
Register at https://events.insurance-forum.example/epa2025

Kind regards
The Forum team
"""
    body = """FYI – might be worth sending one of us, the garnishment and e-evidence sessions are
spot on. Budget would come from the Legal training pot.

Mareike

-----Original Message-----
From: Forum team <events@insurance-forum.example>
Sent: Tuesday, 2 September 2025 09:00
Subject: Invitation: European Forum on Insurers and Public Authorities 2025

""" + text
    return (mail('Mareike Wolters <mareike.wolters@rheinauen.example>',
                 'Dr. Felix Aschenbrenner <felix.aschenbrenner@rheinauen.example>',
                 'FW: Invitation: European Forum on Insurers and Public Authorities 2025', body,
                 html='<html><body><p>FYI &ndash; might be worth sending one of us, the garnishment and '
                      'e-evidence sessions are spot on. Budget would come from the Legal training pot.</p>'
                      '<p>Mareike</p><hr><p><b>From:</b> Forum team &lt;events@insurance-forum.example&gt;<br>'
                      '<b>Subject:</b> Invitation: European Forum on Insurers and Public Authorities 2025</p>'
                      + inner + '</body></html>',
                 date='02.09.2025 11:41'),
            N, 'en', 'internal', 'trap: conference invitation on authorities, garnishment and health data')


def m049():
    body = """Hallo Frau Maibach,

kurze Rückmeldung zum Online-Mahnantrag von gestern: Das Zentrale Mahngericht
Hagen hat den Mahnbescheid erlassen.

  Geschäftsnummer:   25-4418702-0-1
  Antragsgegner:     Herr Dennis Kalkbrenner, Im Mühlenfeld 3, 53879 Euskirchen
  Forderung:         Kfz-Haftpflicht-Folgebeiträge 01-06/2025, Vertrag KH 41 620185
                     = 538,20 EUR zzgl. Mahnkosten 12,00 EUR und Zinsen seit 15.07.2025
  Zustellung:        am 19.08.2025 (Zustellungsnachricht liegt vor)

Die Widerspruchsfrist läuft bis 02.09.2025. Wenn kein Widerspruch kommt, beantrage ich
den Vollstreckungsbescheid. Im Bestand ist der Vertrag seit 30.06. wegen Prämienverzug
gekündigt, die Meldung an die Zulassungsstelle ist raus.

Gruß
Emre Karaca
Beitragsinkasso Komposit
"""
    return (mail('Emre Karaca <emre.karaca@rheinauen.example>',
                 'Anja Maibach <anja.maibach@rheinauen.example>',
                 'Mahnbescheid erlassen – Kalkbrenner KH 41 620185', body, date='21.08.2025 15:05'),
            C, 'de', 'internal', 'court payment order against a named policyholder, motor premium arrears')


def m050():
    body = """Fallbeispiel für die Schulung "BU und gesetzliche Rente" am 27.05. (anonymisiert,
Details verändert – bitte in den Folien so übernehmen)

Fall A
Versicherter, 52 Jahre, Dachdecker, BU-Rente 1.500 EUR monatlich. Die DRV bewilligt eine
Rente wegen teilweiser Erwerbsminderung, weil er noch 3 bis unter 6 Stunden täglich leichte
Tätigkeiten ausüben kann. Wir haben die BU anerkannt (Berufsunfähigkeit 80 %).

Frage 1: Muss der Kunde uns die EM-Rente melden? (Nein, keine Anrechnung; aber
Mitwirkungsobliegenheit bei Nachprüfung.)
Frage 2: Darf die DRV unsere Gutachten anfordern? (Nur mit Einwilligung des Versicherten.)

Fall B
Versicherte, 38 Jahre, Erzieherin, beantragt BU-Leistung. Die DRV lehnt die EM-Rente ab
(Leistungsvermögen 6 Stunden und mehr auf dem allgemeinen Arbeitsmarkt).

Frage: Bedeutet die Ablehnung der DRV, dass auch keine BU vorliegt? (Nein – die DRV
prüft den allgemeinen Arbeitsmarkt, wir den konkreten Beruf in seiner konkreten
Ausgestaltung.)

Lösungen bitte erst nach der Gruppenarbeit zeigen.
"""
    return (mail('Kathrin Oberländer <kathrin.oberlaender@rheinauen.example>',
                 'Schulungsteam Leben <schulung-leben@rheinauen.example>',
                 'Fallbeispiele BU/EM-Rente für Schulung 27.05.', body, date='13.05.2025 12:15',
                 cte='8bit'),
            N, 'de', 'internal', 'trap: anonymised training case studies, ages only, no identifiable person')


def m051():
    body = """Hi Sevgi,

we need your help with an unusual one. Our Irish correspondent firm has forwarded an
order of the Circuit Court (Dublin Circuit, Record No. 2024/04418) in the personal injury
action Brennan v. Clonmore Leisure Ltd. The plaintiff, Ms Siobhán Brennan (DOB
22/06/1984), is insured with us under our expat health plan (policy K 31-200744, Global
Care Plus) since she moved to Dublin with her German employer in 2022.

The order directs "the health insurer of the plaintiff" to produce within 28 days all
records of treatment paid since 1 January 2023, in particular:
- the invoices of the Beacon Hospital for the arthroscopy of the right knee
  (March 2024) and the physiotherapy sessions,
- the psychiatric outpatient treatment (post-traumatic stress disorder) paid since
  June 2024.

Ms Brennan's solicitors have sent us a signed authority for release, so we do have her
consent, and I see no reason not to comply. Could you please pull the claims history
(invoices, amounts, treatment dates) for the period and send it to me via the Legal
share, not by e-mail? I'll have it certified and sent to Dublin by courier.

Thanks a lot
Felix

Dr. Felix Aschenbrenner
Legal Department
"""
    return (mail('Dr. Felix Aschenbrenner <felix.aschenbrenner@rheinauen.example>',
                 'Sevgi Aydın <sevgi.aydin@rheinauen.example>',
                 'Irish court order – Brennan – claims history needed', body, date='08.07.2025 16:25'),
            S, 'en', 'internal', 'Irish court order for health claims file: knee surgery, PTSD of a named insured')


def m052():
    body = """Dear Ms Okafor,

thank you for the registration certificate (Anmeldebestätigung) from the Bürgeramt
Köln-Ehrenfeld. We have updated your household contents policy:

  Policy:           HR 5590427 (Home Contents Comfort)
  New address:      Venloer Str. 341, 4th floor left, 50823 Köln
  Move date:        1 October 2025
  Living space:     74 m² (previously 58 m²)
  New premium:      EUR 11.62 per month from 1 October (previously EUR 9.14)

During the move (30 September to 2 October) both flats were insured. The sum insured
has been adjusted automatically to the new living space, so there is no
underinsurance.

Please note: your bicycle cover (e-bike Riese & Müller, frame no. WSB2284417) stays
in force; if you keep the bike in the new shared bicycle room, it needs to be locked
to a fixed object.

The new policy schedule is in your online mailbox.

Kind regards
Lena Marx
Customer Service
Rheinauen Versicherung
"""
    return (mail('Lena Marx <lena.marx@rheinauen.example>',
                 'Adaeze Okafor <adaeze.okafor@mailbox-eu.example>',
                 'Your move – household policy HR 5590427 updated', body, date='03.10.2025 14:46'),
            C, 'en', 'insurer-to-customer', 'household policy of a named customer with new home address from registration certificate')


def m053():
    body = """Hallo Felix, hi Priya,

kurzer Stand zur E-Evidence-Verordnung (EU) 2023/1543, weil das Thema im Forum im
November kommt:

- Anwendbar ab 18.08.2026. Betrifft "service providers" im Sinne der Verordnung, also
  electronic communication services, domain registries, hosting etc. Wir als
  Versicherer sind *nicht* direkt erfasst – also keine European Production Orders
  direkt an uns.
- Aber: our IT service provider (RheinCloud GmbH) is in scope for the data it hosts for us.
  Theoretically a prosecutor in another member state could ask them for content data.
  Unser Auftragsverarbeitungsvertrag muss regeln, dass sie uns informieren, soweit das
  erlaubt ist (Art. 11 Abs. 1 – "enterprises" get notified in some cases).
- Action: Priya, could you check with the Irish and Austrian branches whether they have
  other hosting providers? Ich schreibe den AV-Nachtrag mit Jens.

Nothing urgent, just so we don't forget.

VG / best
Mareike
"""
    return (mail('Mareike Wolters <mareike.wolters@rheinauen.example>',
                 'Dr. Felix Aschenbrenner <felix.aschenbrenner@rheinauen.example>, '
                 'Priya Raman <priya.raman@rheinauen.example>',
                 'E-Evidence-VO – kurzer Stand / short update', body, date='18.09.2025 10:20'),
            N, 'mixed', 'internal', 'trap: legal update on EU e-evidence regulation, no person')


def m054():
    body = """Sehr geehrter Herr Notar Dr. Hesselmann,

in der Nachlasssache nach Herrn Wilfried Overbeck, verstorben am 28.02.2025 in
Remscheid (Amtsgericht Remscheid – Nachlassgericht – Az. 7 VI 211/25), danken wir für
die Übersendung der beglaubigten Abschrift des Erbscheins und des Eröffnungsprotokolls.

Herr Overbeck hatte bei uns zwei Verträge:

1. Kapitallebensversicherung L 3.771.048.2: Für den Todesfall war kein Bezugsberechtigter
   benannt. Die Leistung von 42.318,77 EUR (Versicherungssumme zzgl. Überschüsse) fällt
   daher in den Nachlass und wird an die Erbengemeinschaft laut Erbschein
   (Frau Ingrid Overbeck zu 1/2, Herr Jan Overbeck und Frau Kerstin Blum zu je 1/4)
   gezahlt. Bitte teilen Sie uns ein gemeinsames Konto der Erbengemeinschaft oder Ihr
   Anderkonto mit.

2. Sterbegeldversicherung L 9.022.116.0: Bezugsberechtigt ist Frau Ingrid Overbeck. Die
   Leistung von 6.000 EUR ist am 20.03.2025 an sie ausgezahlt worden.

Die Todesursache (Lungenkarzinom, laut Todesbescheinigung) hat keinen Einfluss auf die
Leistung, da beide Verträge seit mehr als drei Jahren bestehen.

Mit freundlichen Grüßen
Annegret Pohl
Leistung Leben – Todesfall
Rheinauen Lebensversicherung AG
"""
    return (mail('Annegret Pohl <annegret.pohl@rheinauen.example>',
                 'Notariat Dr. Hesselmann <notariat@hesselmann-notare.example>',
                 'Nachlass Wilfried Overbeck – 7 VI 211/25 – Lebensversicherungen', body,
                 date='09.04.2025 13:30'),
            S, 'de', 'insurer-to-lawyer', 'probate: life insurance payout to named heirs, cause of death')


def m055():
    body = """PRESS RELEASE

Rheinauen speeds up occupational disability claims with digital pension decisions

Cologne, 24 June 2025 – Rheinauen Lebensversicherung AG will accept pension decisions
of the German statutory pension insurance (DRV) in digital form from 1 July 2025.
Customers who claim occupational disability (BU) benefits and have already received a
decision on a reduced earning capacity pension can upload it in the Rheinauen app. The
insurer expects this to shorten the average processing time of a BU claim by two to
three weeks.

"Many of our customers go through two procedures at the same time – with the pension
insurance and with us," says Dr. Carola Imhoff, member of the Board responsible for
claims. "We want them to have to send us each document only once."

The DRV decision remains one piece of evidence among several: private occupational
disability insurance assesses the customer's last occupation, while the statutory pension
looks at the general labour market.

In 2024 Rheinauen paid occupational disability benefits of EUR 218 million to around
11,400 customers.

Press contact: Judith Kammerer, presse@rheinauen.example, +49 221 4471-1040
"""
    return (mail('Presse Rheinauen <presse@rheinauen.example>',
                 'Presseverteiler Wirtschaft <presseverteiler@rheinauen.example>',
                 'Press release: Rheinauen speeds up BU claims with digital pension decisions', body,
                 date='24.06.2025 10:00'),
            N, 'en', 'newsletter', 'trap: press release on BU claims and pension decisions, aggregates only')


def m056():
    body = """Kreis Euskirchen
Der Landrat – Waffenbehörde
Jülicher Ring 32
53879 Euskirchen

Ihr Zeichen: 32.3-WBK-0418/25

Versicherungsbestätigung nach § 17 Abs. 1 Nr. 4 BJagdG

Sehr geehrte Damen und Herren,

hiermit bestätigen wir, dass für

  Herrn Hubertus Lammersdorf, geb. 11.11.1961, Zum Steinbruch 4, 53894 Mechernich

bei der Rheinauen Allgemeine Versicherung AG eine Jagdhaftpflichtversicherung
(Vertrag JH 7104582) besteht.

  Versicherungsdauer:    01.04.2025 bis 01.04.2026, verlängert sich jährlich
  Deckungssummen:        5.000.000 EUR pauschal für Personen- und Sachschäden
  Waffenbesitz:          eingeschlossen, auch für Waffen im Ausland (EU)

Die Versicherung entspricht den Mindestdeckungssummen des § 17 BJagdG. Eine
Beendigung des Versicherungsverhältnisses zeigen wir Ihnen unverzüglich an.

Mit freundlichen Grüßen
Rheinauen Allgemeine Versicherung AG
Haftpflicht-Betrieb
"""
    return (mail('Haftpflicht-Betrieb <haftpflicht@rheinauen.example>',
                 'Waffenbehörde Kreis Euskirchen <waffenbehoerde@kreis-euskirchen.example>',
                 'Versicherungsbestätigung Jagdhaftpflicht – Lammersdorf – 32.3-WBK-0418/25', body,
                 date='28.03.2025 09:08'),
            C, 'de', 'insurer-to-authority', 'hunting liability confirmation to weapons authority: name, birth date, address')


def m057():
    body = """Agentur für Arbeit Bonn
Operativer Service – Team Arbeitslosengeld
Villemombler Str. 101
53123 Bonn

Ihre Anfrage vom 24.07.2025 nach § 315 Abs. 1 SGB III
Kundennummer 318D114502

Sehr geehrte Damen und Herren,

zu Ihrer Kundin Frau Elif Demirtaş, geb. 07.05.1987, teilen wir mit:

Frau Demirtaş ist bei der Rheinauen Krankenversicherung AG im Tarif KT 43
(Krankentagegeld ab dem 43. Tag, 95 EUR kalendertäglich) versichert. Wir haben
Krankentagegeld für folgenden Zeitraum gezahlt:

  18.02.2025 bis 30.06.2025  (133 Tage x 95 EUR = 12.635,00 EUR)

Die Arbeitsunfähigkeit endete nach der letzten uns vorliegenden Bescheinigung am
30.06.2025. Seit dem 01.07.2025 zahlen wir kein Krankentagegeld mehr, weil nach dem
Ende des Arbeitsverhältnisses zum 30.06.2025 die Versicherungsfähigkeit im Tarif KT 43
entfallen ist. Der Vertrag wird auf Antrag als Anwartschaft fortgeführt.

Angaben zu Diagnosen enthält diese Auskunft bewusst nicht; diese sind für die
Bemessung des Arbeitslosengeldes nicht erforderlich.

Mit freundlichen Grüßen
Rheinauen Krankenversicherung AG
Leistung Krankentagegeld
i. A. Sevgi Aydın
"""
    return (mail('Sevgi Aydın <sevgi.aydin@rheinauen.example>',
                 'Agentur für Arbeit Bonn <bonn.operativer-service@arbeitsagentur.example>',
                 'Auskunft § 315 SGB III – Kd.-Nr. 318D114502', body, date='31.07.2025 12:41'),
            S, 'de', 'insurer-to-authority',
            'employment agency request: named person\'s sickness daily allowance periods (health insurance)')


def m058():
    body = """Hallo Herr Dr. Rüther,

zur Freigabe: unsere Anzeige nach § 163 Abs. 2 SGB IX an die Agentur für Arbeit für das
Kalenderjahr 2024 (Frist 31.03.2025). Zusammenfassung:

  Jahresdurchschnitt Arbeitsplätze (§ 156 SGB IX)           2.831
  davon Pflichtarbeitsplätze (5 %)                             141
  besetzt mit schwerbehinderten und gleichgestellten
  Menschen (Jahresdurchschnitt, inkl. Mehrfachanrechnung)     122,5
  Beschäftigungsquote                                        4,33 %
  Ausgleichsabgabe (Quote 3 % bis unter 5 %)
  18,5 unbesetzte Pflichtarbeitsplätze x 12 Monate x 140 EUR  31.080 EUR

Das Verzeichnis der schwerbehinderten Beschäftigten (§ 163 Abs. 1) geht wie jedes Jahr
nicht per E-Mail, sondern über IW-Elan direkt an die Agentur; es liegt nur bei mir und
der Schwerbehindertenvertretung.

Die Ausgleichsabgabe ist bis 31.03. an das LVR-Inklusionsamt zu zahlen. Zum Vergleich:
2023 waren es 36.540 EUR, die Quote ist also leicht gestiegen.

Freundliche Grüße
Bettina Kühn
Personalabteilung
"""
    return (mail('Bettina Kühn <bettina.kuehn@rheinauen.example>',
                 'Dr. Martin Rüther <martin.ruether@rheinauen.example>',
                 'Anzeige § 163 SGB IX / Ausgleichsabgabe 2024 – Freigabe', body,
                 date='10.03.2025 14:28'),
            N, 'de', 'internal', 'trap: employer disability quota report with aggregate numbers only')


def m059():
    body = """Dear Dr. Fairbanks,

thank you for forwarding the decision (Verfügung) of the IV-Stelle Basel-Stadt dated
12 May 2025, which grants you a three-quarter disability pension under the Swiss
invalidity insurance (IV degree 62 %) from 1 November 2024, and for your English
summary.

As the decision is in German, let me confirm the key points I have taken from it:
- the IV relies on the report of the MEDAS Nordwestschweiz (polydisciplinary
  assessment: rheumatology, psychiatry, internal medicine) of February 2025;
- diagnoses with an effect on working capacity: fibromyalgia and chronic pain
  syndrome, recurrent depressive disorder, currently moderate episode;
- residual working capacity in an adapted activity: 40 %.

Your occupational disability policy with us (L 7.412.668.3) was taken out while you
were working in Freiburg; it covers your occupation as a research chemist in the
pharmaceutical industry. We will now ask our medical adviser to review the MEDAS
report. Could you please send the complete report (about 60 pages), not only the
summary? Please use the secure upload link we sent you on 20 May.

Kind regards
Kathrin Oberländer
Occupational Disability Claims
Rheinauen Lebensversicherung AG
"""
    return (mail('Kathrin Oberländer <kathrin.oberlaender@rheinauen.example>',
                 'Dr. Emma Fairbanks <emma.fairbanks@swissmail.example>',
                 'BU claim L 7.412.668.3 – IV decision Basel-Stadt', body, date='26.05.2025 15:02'),
            S, 'en', 'insurer-to-customer', 'BU claim: Swiss IV disability decision with diagnoses')


def m060():
    body = """Sehr geehrter Herr Rechtsanwalt Kremers,

in dem Insolvenzverfahren über das Vermögen von Frau Tanja Schwirtz, Amtsgericht Köln
– Insolvenzgericht – Az. 73 IK 1402/25, danken wir für die Mitteilung Ihrer Bestellung
zum Insolvenzverwalter.

Frau Schwirtz unterhält bei uns folgende Verträge:

  Hausratversicherung   HR 5512906   Jahresbeitrag 96,40 EUR, bezahlt bis 31.12.2025
  Privathaftpflicht     PH 3377815   Jahresbeitrag 71,20 EUR, bezahlt bis 31.12.2025
  Rechtsschutz          RS 8810433   gekündigt zum 31.08.2025, Beitragsguthaben 48,33 EUR

Das Beitragsguthaben aus der Rechtsschutzversicherung werden wir auf das von Ihnen
angegebene Insolvenz-Anderkonto (DE88 4632 6321 1712 4220 32) überweisen.

Hausrat und Haftpflicht führen wir unverändert fort, sofern Sie nicht die Erfüllung
nach § 103 InsO ablehnen. Offene Schäden gibt es nicht.

Mit freundlichen Grüßen
Oliver Brandt
Sach- und Haftpflicht-Betrieb
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Oliver Brandt <oliver.brandt@rheinauen.example>',
                 'RA Kremers Insolvenzverwaltung <insolvenz@kremers-partner.example>',
                 '73 IK 1402/25 – Schwirtz – Versicherungsverträge', body, date='08.09.2025 11:11'),
            C, 'de', 'insurer-to-lawyer', 'insolvency of a named customer: non-life policies, refund, trustee IBAN')


def m061():
    body = """Hallo ihr Lieben,

unsere Mareike heiratet am Freitag, 6. Juni, im Standesamt Köln (Historisches Rathaus)!
Wir sammeln für ein Geschenk – Umschlag liegt bis Mittwoch bei mir im Büro A 2.09,
wer mag, wirft etwas ein. Die Karte zum Unterschreiben liegt daneben.

Bitte nichts verraten :-)

Liebe Grüße
Jasmin
"""
    return (mail('Jasmin Blaschke <jasmin.blaschke@rheinauen.example>',
                 'Team Recht <team-recht@rheinauen.example>',
                 'Psst – Hochzeit Mareike', body, date='02.06.2025 09:12'),
            N, 'de', 'internal', 'trap: colleague wedding at the registry office, organisational')


def m062():
    order = pdf([
        '#Rheinauen Versicherung AG – Einkauf',
        'Purchase order PO-2025-11872',
        '',
        'Supplier: Lingua Rheinland GmbH, Translation & Interpreting, Aachener Str. 40, 50674 Köln',
        'Framework agreement: RV-2024-031 (translations for Legal and Claims)',
        '',
        '#Scope',
        'Certified translations (sworn translator) of official documents received from foreign',
        'authorities and courts: Polish, Spanish, Dutch, French, Czech, Italian <-> German/English.',
        'Estimated volume Q4 2025: 180 standard pages.',
        '',
        '#Prices',
        'Standard page (1,500 characters incl. spaces), certified: EUR 1.95 per line / EUR 48.75 per page',
        'Express surcharge (48 h): 50 %',
        'Confidentiality: DPA (Art. 28 GDPR) and secrecy undertaking under § 203 (4) StGB signed 12/2024',
        '',
        'Invoice to: Rheinauen Versicherung AG, Kreditorenbuchhaltung, Auenweg 12, 50679 Köln',
        'Cost centre 4120 (Legal Department)',
    ], 'PO-2025-11872')
    body = """Dear Ms Cremer,

please find attached our purchase order for the certified translations in Q4 under the
framework agreement. As discussed, documents will be uploaded to your secure file
exchange only; please do not send translations back by e-mail but through the same
platform.

Kind regards
Procurement Team
Rheinauen Versicherung AG
"""
    return (mail('Einkauf Rheinauen <einkauf@rheinauen.example>',
                 'Anna Cremer <a.cremer@lingua-rheinland.example>',
                 'PO-2025-11872 – certified translations Q4', body, date='25.09.2025 13:33',
                 atts=[('PO-2025-11872.pdf', PDF, order)]),
            N, 'en', 'insurer-to-supplier', 'trap: purchase order for translating official documents, company data only')


def m063():
    inner = rfc822('Nicole Bäumer <nicole.baeumer@freenet-post.example>',
                   'Unfall-Leistung <unfall-leistung@rheinauen.example>',
                   'Unfallmeldung UV 6650731 – Überfall am Bahnhof',
                   """Sehr geehrte Damen und Herren,

ich möchte einen Unfall aus meiner Unfallversicherung (UV 6650731) melden. Ich wurde am
Samstag, 22.03.2025 gegen 23:30 Uhr am Bahnhof Köln-Mülheim von zwei Männern
angegriffen, die mir die Handtasche wegnehmen wollten. Einer hat mich gestoßen und ich
bin auf der Treppe gestürzt.

Verletzungen laut Notaufnahme (Ev. Krankenhaus Mülheim): Jochbeinfraktur links,
Platzwunde an der Stirn (genäht), Prellung der rechten Schulter. Ich war drei Tage
stationär, am 28.03. wurde das Jochbein operiert. Seitdem habe ich Taubheitsgefühle
im Gesicht und kann nachts kaum schlafen, mein Hausarzt hat mich zu einer
Traumatherapeutin überwiesen.

Anzeige habe ich bei der Polizei Köln erstattet, Vorgangsnummer 250322-2341-K14.
Die Kripo hat mich als Zeugin vernommen und gesagt, dass ich einen Antrag nach dem
Opferentschädigungsrecht beim LVR stellen kann.

Bekomme ich Krankenhaustagegeld und Schmerzensgeld von Ihnen?

Mit freundlichen Grüßen
Nicole Bäumer
Berliner Str. 77, 51063 Köln
""", date='30.03.2025 20:14')
    body = """Hallo Dominik,

übernimmst du bitte? Kam über das allgemeine Postfach rein, Original anbei.
Ich habe ihr schon geschrieben, dass es kein Schmerzensgeld gibt.

Danke
Lena
"""
    return (mail('Lena Marx <lena.marx@rheinauen.example>',
                 'Dominik Schaaf <dominik.schaaf@rheinauen.example>',
                 'WG: Unfallmeldung UV 6650731', body, date='31.03.2025 08:22',
                 atts=[('Unfallmeldung UV 6650731 – Überfall am Bahnhof.eml', EML, inner)]),
            S, 'de', 'internal',
            'harmless body; forwarded message/rfc822: assault victim\'s injuries, surgery, trauma therapy')


def m064():
    body = """Sehr geehrter Herr Quadflieg,

vielen Dank für Ihre Nachricht und die Kopie des Bußgeldbescheids des Kreises Viersen
vom 10.02.2025 (Az. 54.3-OW-118.275/25).

Sie schreiben, dass Sie den Unfall vom 23.01.2025 auf der B 7 in Kaldenkirchen nicht
verschuldet haben und der Bußgeldbescheid (Vorwurf: Unterschreiten des erforderlichen
Abstands, 75 EUR, 1 Punkt) deshalb falsch ist. Für die Regulierung in der
Kfz-Haftpflichtversicherung (Vertrag KH 41 673310, Schaden-Nr. S-2025-0123880) ist der
Bußgeldbescheid nicht bindend. Wir prüfen die Haftung selbst anhand der Unfallskizze,
der Fotos und der Zeugenaussagen. Verletzt wurde laut Polizeibericht niemand.

Ob Sie gegen den Bescheid Einspruch einlegen, entscheiden Sie selbst; die Frist beträgt
zwei Wochen ab Zustellung. Ihre Verkehrsrechtsschutzversicherung bei uns (RS 8820514)
würde die Kosten eines Anwalts für den Einspruch übernehmen.

Mit freundlichen Grüßen
Tobias Reusch
Kfz-Schaden
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Tobias Reusch <tobias.reusch@rheinauen.example>',
                 'Heinz-Peter Quadflieg <hp.quadflieg@arcor-mail.example>',
                 'Ihr Schaden S-2025-0123880 – Bußgeldbescheid', body, date='17.02.2025 10:44',
                 charset='iso-8859-1', cte='quoted-printable'),
            C, 'de', 'insurer-to-customer',
            'administrative traffic fine of a named customer, motor claim, nobody injured')


def m065():
    body = """Ticket INC-2025-088413 – Priority 3 – Assigned to: Document Capture Team

Short description: Scan routing: letters from social courts land in the wrong queue

Description (reported by M. Wolters, Legal):
Since the OCR template update on 3 March, letters from social courts ("Sozialgericht
... Az. S xx R/SB/KR ...") are classified as "customer correspondence – health" and
routed to the health claims queue instead of the Legal Department's court-mail queue.
Health claims staff then have to forward them manually. In the last two weeks this
happened with about 40 letters. Deadlines set by the courts are at risk.

Expected: document class "court mail" for all senders containing "Sozialgericht",
"Landessozialgericht", "Amtsgericht", "Landgericht", "Staatsanwaltschaft".

Workaround: Legal checks the health claims queue twice a day.

Update 19/03 (Capture Team): root cause found – the new keyword rule "Krankenversicherung"
has a higher priority than the sender rule. Fix in test, deploy planned for 21/03.
"""
    return (mail('IT Service Desk <servicedesk@rheinauen.example>',
                 'Mareike Wolters <mareike.wolters@rheinauen.example>',
                 '[INC-2025-088413] Scan routing: social court letters in wrong queue', body,
                 date='19.03.2025 16:02'),
            N, 'en', 'internal', 'trap: IT ticket about routing of court letters, no case content')


def m066():
    body = """Staatsanwaltschaft Wuppertal
z. Hd. Frau Staatsanwältin Demir
Az.: 20 UJs 318/25 (Todesermittlungsverfahren)

Ihr Ersuchen vom 02.06.2025 – Verstorbener: Herr Sven Kürten, geb. 15.09.1976,
zuletzt wohnhaft Hatzfelder Str. 63, 42281 Wuppertal, verstorben am 17.05.2025

Sehr geehrte Frau Demir,

Sie bitten um Auskunft, ob und in welcher Höhe für den Verstorbenen Lebensversicherungen
bestehen und wer bezugsberechtigt ist. Wir teilen mit:

1. Risikolebensversicherung L 5.240.811.0, Beginn 01.11.2024,
   Versicherungssumme 400.000 EUR.
   Bezugsberechtigt: Frau Daniela Kürten (Ehefrau), eingesetzt am 14.02.2025
   (zuvor: die Mutter des Verstorbenen, Frau Renate Kürten).
2. Weitere Verträge bestehen nicht.

Die Leistung wurde von Frau Kürten am 26.05.2025 beantragt und ist noch nicht
ausgezahlt. Da der Tod innerhalb der ersten drei Versicherungsjahre eingetreten ist,
prüfen wir die Angaben zum Gesundheitszustand bei Antragstellung; zudem ist der
Leistungsausschluss bei Selbsttötung in den ersten drei Jahren (§ 161 VVG) zu prüfen.
Angesichts Ihres Verfahrens stellen wir die Auszahlung bis zu Ihrer Mitteilung über den
Ausgang zurück.

Die Antragsunterlagen einschließlich der Gesundheitsfragen übersenden wir auf Grundlage
des Beschlusses des AG Wuppertal vom 05.06.2025 (Beschlagnahme) gesondert über das
beBPo.

Mit freundlichen Grüßen
Rheinauen Lebensversicherung AG
Rechtsabteilung
Dr. Felix Aschenbrenner
"""
    return (mail('Dr. Felix Aschenbrenner <felix.aschenbrenner@rheinauen.example>',
                 'Staatsanwaltschaft Wuppertal <poststelle@sta-wuppertal.justiz-nrw.example>',
                 '20 UJs 318/25 – Auskunft Lebensversicherung Kürten', body, date='10.06.2025 17:40'),
            S, 'de', 'insurer-to-prosecutor',
            'death investigation: life policy, beneficiary change, possible suicide of a named person')


def m067():
    body = """Dear Ms Castellano,

Re: Subpoena Duces Tecum, Superior Court of New Jersey, Law Division, Essex County,
Docket No. ESX-L-004418-25 – Hoboken Harbor Logistics LLC v. Meridian Freight Inc.

Thank you for sending us a courtesy copy of the subpoena. As a German company without a
place of business in the United States, Rheinauen Allgemeine Versicherung AG is not
subject to the subpoena power of the New Jersey courts. Requests for evidence located in
Germany must be made under the Hague Evidence Convention through the Central Authority
(Oberlandesgericht / Ministry of Justice of North Rhine-Westphalia). We also point out
Germany's reservation under Article 23 of the Convention regarding pre-trial discovery
of documents.

Without prejudice, and with the consent of our insured, we confirm the following:
- Our policyholder Rhenus Maschinenbau GmbH, Neuss, held a cargo policy (open cover
  TR 2290114) at the time of the shipment.
- The claim for the damaged CNC milling machine (B/L MSCU 7781204, arrival Port Newark
  11 November 2024) was registered under claim no. TR-2024-00887 and settled at
  EUR 184,250.00 on 3 March 2025.
- Our contact at the insured was its logistics manager, Mr Stefan Wirtz
  (+49 2131 55 810-42); he has agreed to be contacted by you.

Yours sincerely
Oliver Brandt
Marine Cargo Claims
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Oliver Brandt <oliver.brandt@rheinauen.example>',
                 'Gina Castellano <gcastellano@castellano-reyes-law.example>',
                 'Subpoena ESX-L-004418-25 – Rheinauen cargo claim TR-2024-00887', body,
                 date='14.04.2025 18:05'),
            C, 'en', 'insurer-to-lawyer',
            'US subpoena: company cargo policy and claim with named contact person')


def m068():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:13px">
<h2 style="color:#00594f">Datenschutz-Quiz im Oktober: Behördenanfragen</h2>
<p>Testen Sie Ihr Wissen! Unter allen richtigen Einsendungen bis 31.10. verlosen wir drei
Gutscheine für die Kantine.</p>
<ol>
<li><b>Ein Polizeibeamter ruft an und fragt, ob Herr X bei uns krankenversichert ist. Was tun Sie?</b><br>
a) Ich bestätige es, die Polizei darf das wissen.<br>
b) Ich gebe keine Auskunft am Telefon und verweise auf eine schriftliche Anfrage an die Rechtsabteilung.<br>
c) Ich nenne nur die Vertragsnummer.</li>
<li><b>Das Jobcenter fragt nach dem Rückkaufswert einer Lebensversicherung. Rechtsgrundlage?</b><br>
a) &sect; 60 SGB II &nbsp; b) &sect; 161 StPO &nbsp; c) keine, nur mit Einwilligung</li>
<li><b>Darf eine Drittschuldnererklärung zu einer BU-Rente die Diagnose enthalten?</b><br>
a) Ja, damit das Gericht die Pfändbarkeit pr&uuml;fen kann &nbsp; b) Nein</li>
<li><b>Eine ausl&auml;ndische Sozialversicherung bittet um &auml;rztliche Gutachten. Was brauchen wir?</b><br>
a) nichts &nbsp; b) Einwilligung der versicherten Person oder eine deutsche Rechtsgrundlage</li>
</ol>
<p>Antworten an <a href="mailto:datenschutz@rheinauen.example">datenschutz@rheinauen.example</a>.
Aufl&ouml;sung im November-Newsletter.</p>
<p>Ihr Datenschutzteam &ndash; Jens Lamprecht</p>
</body></html>"""
    return (mail('Datenschutz Rheinauen <datenschutz@rheinauen.example>',
                 'Alle Mitarbeitenden <alle@rheinauen.example>',
                 'Datenschutz-Quiz Oktober: Behördenanfragen', html=html, html_only=True,
                 date='01.10.2025 07:45'),
            N, 'de', 'internal', 'trap: HTML quiz on authority requests with placeholder persons "Herr X"')


def m069():
    body = """Dear Mr Ferreira,

wie telefonisch angekündigt, the formal claim notification under our BU quota share
treaty (Treaty no. RL-QS-2019-04, cession 40 %):

Cedant policy:       L 7.318.240.5
Insured:             Holger Mertens, born 1974-02-18, master baker (self-employed)
Sum insured:         BU annuity EUR 2,400 per month, premium waiver, until age 67
Date of onset:       01.10.2024
Reserve (gross):     EUR 498,300; your share EUR 199,320

Claim details: Das Leistungsgutachten (Dr. Wendland, Pneumologie) bestätigt ein
berufsbedingtes Asthma bronchiale (baker's asthma, sensitisation to wheat flour and
alpha-amylase), FEV1 58 % of predicted despite triple therapy. The German statutory
accident insurer (BG Nahrungsmittel und Gastgewerbe) has recognised an occupational
disease (BK 4301) and the DRV has granted a partial EM pension. We recognised 100 % BU
from 01.10.2024; die Nachprüfung ist für 2027 vorgesehen.

Documents (assessment, BG decision, DRV decision) are on the treaty portal under the
cedant reference. Bitte bestätigen Sie den Eingang.

Best regards / Viele Grüße
Kathrin Oberländer
BU-Leistung – Rückversicherungsmeldungen
"""
    return (mail('Kathrin Oberländer <kathrin.oberlaender@rheinauen.example>',
                 'Paulo Ferreira <paulo.ferreira@atlantic-re.example>',
                 'Claim notification RL-QS-2019-04 – L 7.318.240.5', body, date='12.02.2025 09:15'),
            S, 'mixed', 'insurer-to-partner',
            'reinsurer claim notice: named BU insured, birth date, occupational asthma, BG and DRV decisions')


def m070():
    body = """GDV-Rundschreiben 0871/2025 – kurze Zusammenfassung für die Fachbereiche

Thema: Auskunftsersuchen der Jobcenter nach § 60 SGB II – aktualisierte Hinweise

Der GDV hat seine Hinweise aus 2019 aktualisiert. Wesentliche Punkte:

1. § 60 Abs. 2 SGB II verpflichtet uns zur Auskunft über Guthaben und Vermögen
   (z. B. Rückkaufswerte), wenn das Jobcenter darlegt, dass die Auskunft für die
   Leistungsgewährung erforderlich ist. Pauschale Sammelanfragen ("alle Verträge aller
   Mitglieder der Bedarfsgemeinschaft") sind auf das Erforderliche zu beschränken.
2. Gesundheitsdaten (Diagnosen, Leistungsgründe in der BU, Krankentagegeld-Diagnosen)
   sind grundsätzlich nicht Gegenstand der Auskunft. Anzugeben sind nur Zahlbeträge und
   Zeiträume.
3. Telefonische Auskünfte sind nicht zu erteilen.
4. Die betroffene Person ist durch das Jobcenter zu informieren; eine eigene
   Benachrichtigung durch den Versicherer ist nicht erforderlich, aber zulässig.
5. Neu: Musterantwort für Fälle, in denen kein Vertrag besteht ("Negativauskunft").

Die Musterschreiben stehen im GDV-Extranet bereit
(https://extranet.gdv.example/rundschreiben/0871-2025). Unsere Standardbriefe werden bis
Ende Juli angepasst.

Rechtsabteilung, M. Wolters
"""
    return (mail('Mareike Wolters <mareike.wolters@rheinauen.example>',
                 'Leistung Leben <leistung-leben@rheinauen.example>',
                 'GDV-Rundschreiben 0871/2025: Jobcenter-Anfragen', body, date='03.07.2025 11:30',
                 cc='Leistung Kranken <leistung-kranken@rheinauen.example>'),
            N, 'de', 'internal', 'trap: summary of an association circular on job centre requests')


def m071():
    body = """Internal Revenue Service
Attn: Revenue Officer Marcus T. Bell
International Collection, Philadelphia Campus
Notice of Levy (Form 668-A(ICS)), serial no. 2025-PHL-0418873

Taxpayer: Jonathan R. Pierce, SSN ***-**-4471
Address on levy: Lindenthalgürtel 60, 50935 Köln, Germany

Dear Mr Bell,

Rheinauen Allgemeine Versicherung AG, Cologne, received the above Notice of Levy by
ordinary mail on 18 August 2025.

We confirm that Mr Pierce is our policyholder under a household contents policy
(HR 5602215) and that a water damage claim (S-2025-0688410) is currently being settled;
the indemnity amounts to EUR 3,907.50.

We are a German company without a branch, agency or assets in the United States. A
Notice of Levy under 26 U.S.C. § 6332 has no effect on claims that are governed by
German law and payable in Germany, and the Germany–US tax treaty does not provide for
assistance in the collection of US taxes in Germany. For the avoidance of doubt: we will
not honour the levy and will pay the
indemnity to Mr Pierce's German account as provided in the policy, unless a German
enforcement title is served on us.

Yours sincerely
Mareike Wolters
Legal Department – Official Requests
"""
    return (mail('Mareike Wolters <mareike.wolters@rheinauen.example>',
                 'Marcus T. Bell <marcus.t.bell@irs-intl-collection.example>',
                 'Notice of Levy 2025-PHL-0418873 – Jonathan R. Pierce', body, date='27.08.2025 16:08'),
            C, 'en', 'insurer-to-authority', 'US tax levy: named taxpayer, household policy, claim amount')


def m072():
    text = """Rheinauen Vorsorge-Brief | Juli 2025

Die gesetzliche Rente steigt – reicht das?

Zum 1. Juli 2025 sind die gesetzlichen Renten um 3,74 % gestiegen. Wer bisher 1.200 Euro
Rente bekommen hat, erhält jetzt rund 45 Euro mehr im Monat. Das klingt gut, aber die
Versorgungslücke bleibt: Eine Durchschnittsverdienerin mit 45 Beitragsjahren erhält
nur etwa 48 % ihres letzten Bruttoeinkommens als Rente.

Was passiert bei Erwerbsminderung?
Wer aus gesundheitlichen Gründen weniger als drei Stunden täglich arbeiten kann, erhält
eine volle Erwerbsminderungsrente – im Durchschnitt derzeit rund 1.000 Euro. Wer noch
mehr als sechs Stunden arbeiten kann, bekommt nichts, egal in welchem Beruf. Eine private
Berufsunfähigkeitsversicherung schließt diese Lücke.

Ihre Renteninformation lesen
Ab 27 Jahren schickt die Deutsche Rentenversicherung jedes Jahr eine Renteninformation.
Unser Rentenlücken-Rechner hilft beim Lesen: https://www.rheinauen.example/rentenrechner

Sie möchten den Brief nicht mehr erhalten? https://www.rheinauen.example/abmelden
"""
    html = """<html><body style="margin:0;background:#f3f5f4">
<table width="600" align="center" style="background:#fff;font-family:Arial,sans-serif;font-size:15px;color:#1d1d1b">
<tr><td style="padding:20px;background:#00594f;color:#fff"><b>Rheinauen Vorsorge-Brief</b> | Juli 2025</td></tr>
<tr><td style="padding:20px">
<h1 style="font-size:22px">Die gesetzliche Rente steigt &ndash; reicht das?</h1>
<p>Zum 1. Juli 2025 sind die gesetzlichen Renten um <b>3,74 %</b> gestiegen. Wer bisher 1.200 Euro Rente
bekommen hat, erh&auml;lt jetzt rund 45 Euro mehr im Monat. Das klingt gut, aber die Versorgungsl&uuml;cke bleibt.</p>
<h2 style="font-size:18px">Was passiert bei Erwerbsminderung?</h2>
<p>Wer aus gesundheitlichen Gr&uuml;nden weniger als drei Stunden t&auml;glich arbeiten kann, erh&auml;lt eine volle
Erwerbsminderungsrente &ndash; im Durchschnitt derzeit rund 1.000 Euro. Eine private Berufsunf&auml;higkeitsversicherung
schlie&szlig;t diese L&uuml;cke.</p>
<p><a href="https://www.rheinauen.example/rentenrechner">Zum Rentenl&uuml;cken-Rechner</a></p>
<p style="font-size:11px;color:#777"><a href="https://www.rheinauen.example/abmelden">Abmelden</a></p>
</td></tr></table></body></html>"""
    return (mail('Rheinauen Vorsorge-Brief <newsletter@rheinauen.example>',
                 'newsletter-empfaenger@rheinauen.example',
                 'Rentenanpassung 2025: Was bedeutet das für Sie?', text, html=html,
                 date='08.07.2025 06:30',
                 headers={'List-Unsubscribe': '<https://www.rheinauen.example/abmelden>'}),
            N, 'de', 'newsletter', 'trap: customer newsletter on pension increase and EM pension, generic')


def m073():
    body = """Dear Ms Akande,

Inquest touching the death of Mr Graham Lowther (date of death 4 January 2025)
Your reference: SC/2025/0047 – HM Senior Coroner for the Area of Cumbria

Thank you for your letter of 20 May requesting information from Rheinauen
Lebensversicherung AG for the purposes of the inquest.

Mr Lowther, who lived in Germany from 2016 until his return to Carlisle in 2023, held a
term life policy with us (L 5.201.377.8, sum assured EUR 250,000). His widow, Mrs Alison
Lowther, has claimed the benefit. She has also given us her written consent as personal
representative to share the underwriting information with you.

In the application dated 12 March 2019, Mr Lowther answered "no" to the questions on
treatment for mental health conditions and on alcohol consumption above 21 units per
week. The medical records we have since received from his German GP show a diagnosis of
alcohol dependence (F10.2) in 2017 and a two-week inpatient detoxification at the LVR
Klinik Köln in October 2017. The post-mortem report you kindly shared refers to acute
alcohol intoxication combined with a fall.

Our claim decision is suspended until the conclusion of the inquest. We have enclosed
certified copies of the application and of the GP records (18 pages) in the sealed
envelope sent by courier today.

Yours sincerely
Annegret Pohl
Life Claims – Death Benefits
Rheinauen Lebensversicherung AG
"""
    return (mail('Annegret Pohl <annegret.pohl@rheinauen.example>',
                 'Coroner\'s Office Cumbria <coroners.officers@cumbria-coroner.example>',
                 'Your ref SC/2025/0047 – inquest Graham Lowther', body, date='03.06.2025 15:27'),
            S, 'en', 'insurer-to-authority', 'coroner inquest: deceased\'s alcohol dependence, ICD code, cause of death')


def m074():
    body = """Amtsgericht Bonn
- Zwangsversteigerungsabteilung -
Wilhelmstr. 23
53111 Bonn

Az.: 21 K 44/24
Zwangsversteigerung des im Grundbuch von Beuel Blatt 8817 eingetragenen Grundbesitzes
(Einfamilienhaus Königswinterer Str. 402, 53227 Bonn)
Eigentümer: Eheleute Carsten und Melanie Drossart

Sehr geehrte Damen und Herren,

auf Ihre Anfrage vom 14.04.2025 teilen wir mit:

Für das Objekt besteht bei uns eine Wohngebäudeversicherung (Vertrag WG 2218440,
Versicherungsnehmer: Carsten Drossart) gegen Feuer, Leitungswasser, Sturm/Hagel und
Elementargefahren, gleitender Neuwert, Versicherungssumme 1914: 24.800 Mark.

Der Vertrag besteht ungekündigt. Die Beiträge sind seit dem 01.01.2025 rückständig
(1.218,90 EUR); eine Zahlungsaufforderung nach § 38 VVG ist am 12.03.2025 ergangen.
Wir weisen darauf hin, dass die Sparkasse KölnBonn als Grundpfandgläubigerin ihr
Grundpfandrecht bei uns angemeldet hat (§ 94 VVG); Leistungsfreiheit wegen
Prämienverzugs tritt ihr gegenüber erst einen Monat nach Mitteilung ein.

Ein Schaden ist im Zeitraum der letzten fünf Jahre nicht gemeldet worden.

Mit dem Zuschlag geht die Versicherung nach §§ 95, 99 VVG auf den Erwerber über.

Mit freundlichen Grüßen
Rheinauen Allgemeine Versicherung AG
Sach-Betrieb, i. A. Oliver Brandt
"""
    return (mail('Oliver Brandt <oliver.brandt@rheinauen.example>',
                 'AG Bonn Zwangsversteigerung <zvg@ag-bonn.justiz-nrw.example>',
                 '21 K 44/24 – Wohngebäudeversicherung Drossart', body, date='23.04.2025 10:58'),
            C, 'de', 'insurer-to-court', 'foreclosure: named owners, building policy, premium arrears')


def m075():
    o = ods('Disability benefits', [
        ['OECD / national statistics – disability benefit recipients, % of population aged 20-64', '', ''],
        ['Country', 'Recipiency rate 2019', 'Recipiency rate 2023'],
        ['Germany (EM pension)', 4.1, 4.0],
        ['Netherlands (WIA/WAO/Wajong)', 6.5, 6.8],
        ['Sweden (sickness compensation)', 4.9, 4.1],
        ['Switzerland (IV)', 4.2, 4.2],
        ['United Kingdom (ESA/UC LCWRA, PIP excluded)', 6.9, 7.6],
        ['Spain (incapacidad permanente)', 3.2, 3.4],
        ['Notes: rounded, provisional for 2023, sources differ in definitions', '', ''],
    ])
    body = """Hi Thomas,

as promised, the cross-country table for the pricing note on our expat income protection
product. I've put it in ODS because the reinsurer's template is LibreOffice-based.

The UK figure is the one to watch – it rose by 0.7 points since 2019, mainly mental
health. The Dutch figure is not comparable one to one (WIA starts after two years of
employer-paid sickness).

Cheers
Jana
"""
    return (mail('Jana Wimmershoff <jana.wimmershoff@rheinauen.example>',
                 'Thomas Wibbeling <thomas.wibbeling@rheinauen.example>',
                 'Disability benefit recipiency rates – country table', body, date='05.08.2025 11:47',
                 atts=[('disability_benefit_rates_2019_2023.ods', ODS, o)]),
            N, 'en', 'internal', 'trap: country statistics on disability benefit recipients in ODS')


def m076():
    leist = pdf([
        '#Rheinauen Krankenversicherung AG – Leistungsauszug',
        'Versicherte Person: Petra Wollersheim, geb. 27.08.1966, Vertrag K 20-612077',
        'Zeitraum: 01.01.2023 bis 30.04.2025 – erstellt für: Stadt Leverkusen, Fachbereich Soziales',
        '(Feststellungsverfahren nach SGB IX, Az. 50-SB-2025-3381) mit Einwilligung vom 02.05.2025',
        '',
        'Datum       Leistungserbringer                          Diagnose lt. Rechnung        Betrag EUR',
        '14.02.2023  Dr. med. A. Yilmaz, Rheumatologie            M05.80 seropos. rheumat. Arthritis   312,44',
        '03.05.2023  Apotheke am Wiesdorfer Platz                 Adalimumab 40 mg, 6 St.            4.872,10',
        '21.09.2023  Klinikum Leverkusen, Orthopädie              M05.87 Handgelenk, Synovialektomie 6.914,83',
        '10.10.2023  Praxis für Ergotherapie Rüttgers             Ergotherapie 10x                     480,00',
        '08.01.2024  Dr. med. A. Yilmaz, Rheumatologie            M05.80, Methotrexat-Umstellung       287,16',
        '17.06.2024  Dr. med. K. Osei, Kardiologie                I25.13 KHK, Belastungs-EKG           198,70',
        '19.03.2025  Ev. Krankenhaus Leverkusen, Kardiologie      I21.4 NSTEMI, PCI mit Stent        9.822,41',
        '',
        'Summe erstattet: 22.887,64 EUR',
    ], 'Leistungsauszug Wollersheim')
    body = """Stadt Leverkusen
Fachbereich Soziales – Schwerbehindertenangelegenheiten
z. Hd. Herrn Nowak

Ihr Zeichen: 50-SB-2025-3381

Sehr geehrter Herr Nowak,

auf Ihre Anfrage vom 22.04.2025 und nach Vorlage der Einwilligungserklärung der
Antragstellerin übersenden wir den Leistungsauszug unserer Versicherten für den
angefragten Zeitraum (Anlage). Befundberichte liegen uns nicht vor; bitte wenden Sie
sich hierzu an die behandelnden Ärzte.

Mit freundlichen Grüßen
Sevgi Aydın
Rheinauen Krankenversicherung AG
"""
    return (mail('Sevgi Aydın <sevgi.aydin@rheinauen.example>',
                 'FB Soziales Leverkusen <schwerbehindertenrecht@stadt-leverkusen.example>',
                 'Ihr Zeichen 50-SB-2025-3381', body, date='06.05.2025 14:19',
                 atts=[('Leistungsauszug_50-SB-2025-3381.pdf', PDF, leist)]),
            S, 'de', 'insurer-to-authority',
            'disability office: body only references the file; PDF lists diagnoses, drugs, hospital stays')


def m077():
    form = pdf([
        '#Einwilligung und Schweigepflichtentbindung',
        '#für die Übermittlung an Behörden und Gerichte',
        '',
        'Ich, ______________________________ (Name, Vorname), geb. ____________,',
        'Vertragsnummer ____________________,',
        '',
        'willige ein, dass die Rheinauen Krankenversicherung AG / Rheinauen Lebensversicherung AG',
        '[ ] dem Sozialgericht ______________________, Az. ______________',
        '[ ] der Deutschen Rentenversicherung _____________________',
        '[ ] dem Versorgungsamt / der Stadt / dem Kreis ____________________, Az. ___________',
        '[ ] der folgenden ausländischen Stelle: ___________________________',
        'folgende Unterlagen übermittelt:',
        '[ ] Leistungsauszug (Rechnungen mit Diagnosen)   [ ] ärztliche Gutachten',
        '[ ] Antragsunterlagen einschließlich Gesundheitsfragen   [ ] Sonstiges: ___________',
        '',
        'Ich entbinde insoweit die Mitarbeitenden der Gesellschaft von der Schweigepflicht (§ 203 StGB).',
        'Die Einwilligung ist freiwillig und kann jederzeit für die Zukunft widerrufen werden.',
        '',
        'Ort, Datum ____________________      Unterschrift ______________________________',
        '',
        'Formular RV-SE-07 (Stand 03/2025)',
    ], 'Formular RV-SE-07')
    body = """Hallo zusammen,

das neue Formular RV-SE-07 (Einwilligung/Schweigepflichtentbindung für Behörden und
Gerichte) ist freigegeben. Bitte ab sofort nur noch dieses verwenden, wenn Kundinnen
und Kunden uns bitten, Unterlagen an ein Sozialgericht, die DRV oder das Versorgungsamt
zu schicken. Das alte Formular SE-03 deckte Behörden nicht ausdrücklich ab.

Leere Vorlage im Anhang, im Dokumentensystem unter "Formulare Leistung".

Grüße
Jens Lamprecht
Datenschutzbeauftragter
"""
    return (mail('Jens Lamprecht <jens.lamprecht@rheinauen.example>',
                 'Kundenservice <kundenservice-team@rheinauen.example>',
                 'Neues Formular RV-SE-07 Schweigepflichtentbindung Behörden', body,
                 date='19.03.2025 09:00',
                 atts=[('RV-SE-07_Schweigepflichtentbindung_Behoerden.pdf', PDF, form)]),
            N, 'de', 'internal', 'trap: blank consent and secrecy release form for authorities')


def m078():
    body = """Stadt Düren
Ordnungsamt – Hundeangelegenheiten
Kaiserplatz 2-4
52349 Düren

Versicherungsnachweis nach § 5 Abs. 5 LHundG NRW

Sehr geehrte Damen und Herren,

wir bestätigen, dass für den Hund

  Rasse:       American Staffordshire Terrier (Hund bestimmter Rasse, § 3 LHundG NRW)
  Name:        "Kira", Chip-Nr. 276098106612047, gewölft 03/2022

eine Hundehalterhaftpflichtversicherung besteht:

  Versicherungsnehmerin: Frau Jacqueline Mertes, Schoellerstr. 88, 52351 Düren
  Vertrag:               TH 4418307
  Beginn:                01.05.2025, Laufzeit 1 Jahr mit Verlängerung
  Deckungssumme:         3.000.000 EUR pauschal für Personen- und Sachschäden

Die Mindestversicherungssumme von 500.000 EUR für Personenschäden und 250.000 EUR
für sonstige Schäden ist damit erfüllt. Die Beendigung oder Kündigung des Vertrages
zeigen wir Ihnen an (§ 117 Abs. 2 VVG).

Mit freundlichen Grüßen
Rheinauen Allgemeine Versicherung AG
Haftpflicht-Betrieb
"""
    return (mail('Haftpflicht-Betrieb <haftpflicht@rheinauen.example>',
                 'Ordnungsamt Düren <hunde@dueren.example>',
                 'Versicherungsnachweis LHundG – Mertes / TH 4418307', body, date='30.04.2025 12:12'),
            C, 'de', 'insurer-to-authority', 'dog liability certificate to public order office: named holder, address, policy')


def m079():
    cert = pdf([
        '#Rheinauen Krankenversicherung AG',
        '#Versicherungsbestätigung / Certificate of Health Insurance',
        '(zur Vorlage bei der Ausländerbehörde / for the immigration authority)',
        '',
        'Versicherte Person / insured person: Arjun Venkataraman, geb./born 02.09.1993',
        'Staatsangehörigkeit / nationality: indisch / Indian',
        'Anschrift / address: Weißenburgstr. 21, 50670 Köln',
        'Vertrag / policy: K 20-640392, Tarif KV-Komfort 1 (ambulant, stationär, Zahn)',
        'Versicherungsbeginn / start: 01.03.2025  –  unbefristet / open-ended',
        '',
        'Der Versicherungsschutz entspricht § 193 Abs. 3 VVG (Krankheitskostenvollversicherung',
        'ohne Leistungsausschlüsse für akute Erkrankungen, Selbstbehalt 600 EUR p. a.).',
        'Pflegepflichtversicherung besteht (PPV 20-640392).',
        '',
        'Köln, 14.08.2025        Rheinauen Krankenversicherung AG – Bestandsservice',
    ], 'Versicherungsbestaetigung Venkataraman')
    body = """Dear Mr Venkataraman,

as requested, please find attached the bilingual certificate of health insurance for
your appointment at the Ausländerbehörde Köln (Blue Card renewal) on 21 August.

The immigration office usually accepts the certificate in electronic form; if they ask
for a stamped original, please let me know and we will send one by post.

Best regards
Lena Marx
Customer Service
Rheinauen Krankenversicherung AG
"""
    return (mail('Lena Marx <lena.marx@rheinauen.example>',
                 'Arjun Venkataraman <arjun.v@inboxmail.example>',
                 'Your health insurance certificate for the Ausländerbehörde', body,
                 date='14.08.2025 15:31',
                 atts=[('Versicherungsbestaetigung_K20-640392.pdf', PDF, cert)]),
            S, 'en', 'insurer-to-customer',
            'health insurance certificate for immigration office: named insured, birth date, health policy')


def m080():
    body = """Liebe Kolleginnen und Kollegen,

die Sozialgerichtsbarkeit NRW stellt bis Ende 2025 vollständig auf die elektronische
Akte um. Ab 01.11.2025 nehmen folgende Gerichte Schriftsätze nur noch elektronisch an
(§ 65d SGG gilt für uns als Behörde ohnehin):

  Sozialgericht Köln          ab 01.11.2025
  Sozialgericht Düsseldorf    ab 01.11.2025
  Sozialgericht Aachen        ab 01.12.2025
  LSG NRW, Essen              bereits seit 01.07.2025

Die Gerichte haben ihre EGVP-Adressen (SAFE-IDs) nicht geändert. Die bisher genutzten
E-Mail-Adressen der Geschäftsstellen dürfen für Schriftsätze nicht mehr verwendet
werden, auch nicht "vorab per E-Mail".

Bitte Schriftsätze und Anlagen an Sozialgerichte immer über das Postausgangsmodul
"beBPo Recht" versenden. Bei Fragen: Team Recht Personenversicherung.

Viele Grüße
Dr. Felix Aschenbrenner
"""
    return (mail('Dr. Felix Aschenbrenner <felix.aschenbrenner@rheinauen.example>',
                 'Leistung Leben <leistung-leben@rheinauen.example>',
                 'Sozialgerichte NRW: nur noch elektronische Schriftsätze', body,
                 date='22.10.2025 08:44',
                 cc='Leistung Kranken <leistung-kranken@rheinauen.example>'),
            N, 'de', 'internal', 'trap: notice on social courts switching to electronic files, no case')


def m081():
    body = """Dear Mr Horák,

Your reference: 118 EX 04471/25 – Exekutorský úřad Praha 6, soudní exekutor
JUDr. Vít Horák
Obligor (povinný): Mr Tomáš Beneš, born 11 January 1990

We acknowledge receipt of your order of 3 September 2025 (exekuční příkaz k přikázání
pohledávky) together with the German translation by a sworn translator.

Mr Beneš holds a motor insurance policy with us for a vehicle registered in Germany
(policy KH 41 751904, registration DD-TB 1101) which he uses while working as an
engineer in Dresden. On 20 August 2025 he reported a glass breakage (windscreen,
claim no. S-2025-0820117). The windscreen was replaced by Carglass Dresden and we paid
the workshop directly (EUR 1,046.60). No sums are therefore payable to Mr Beneš.

Independently of the above, we note that the order of a Czech court executor would only
be effective against us after a declaration of enforceability or if issued under an
instrument of the Brussels Ia Regulation; the executor's order itself is not such an
instrument.

Please address any further correspondence to our Legal Department
(official-requests@rheinauen.example). Your account CZ09 3543 7752 3491 6655 9494 has
been recorded in the file.

Yours sincerely
Uwe Brinkhoff
Legal Department – Garnishments
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Uwe Brinkhoff <uwe.brinkhoff@rheinauen.example>',
                 'Exekutorský úřad Praha 6 <podatelna@exekutor-horak.example>',
                 '118 EX 04471/25 – Tomáš Beneš – third-party debtor statement', body,
                 date='15.09.2025 13:50'),
            C, 'en', 'insurer-to-authority', 'Czech court executor: named obligor with birth date, motor policy, claim')


def m082():
    body = """BG Verkehr
Bezirksverwaltung Hamburg – Reha/Leistung
Ottenser Hauptstr. 54
22765 Hamburg

Erstattungsanspruch nach § 104 SGB X analog / Anmeldung
Versicherter: Herr Piotr Zieliński, geb. 30.04.1982, Berufskraftfahrer
Arbeitgeber: Spedition Hoevelmann GmbH, Köln
Unfalltag: 04.02.2025 (Sturz von der Ladefläche beim Entladen, Betriebsgelände
Fa. Metro, Köln-Marsdorf)
Ihr Az.: 5 25 04471 8

Sehr geehrte Damen und Herren,

Herr Zieliński ist bei uns privat krankenversichert (Vertrag K 20-590318). Nach den uns
vorliegenden Rechnungen wurde er nach dem Unfall im St. Elisabeth-Krankenhaus
Hohenlind behandelt:

  04.02.-11.02.2025  stationär, Calcaneusfraktur rechts (S92.0), operative Versorgung
                     mit Plattenosteosynthese am 05.02.2025              11.284,36 EUR
  Februar-April      Physiotherapie, 24 Einheiten                          1.152,00 EUR
  März 2025          Unterarmgehstützen, Orthese                             238,90 EUR

Der Durchgangsarzt hat den Unfall als Arbeitsunfall gemeldet. Für Behandlungen nach
einem Arbeitsunfall ist die gesetzliche Unfallversicherung vorrangig zuständig. Wir
bitten um Bestätigung, dass Sie den Unfall als Arbeitsunfall anerkennen, und melden
unseren Erstattungsanspruch in Höhe von 12.675,26 EUR an. Kopien der Rechnungen
senden wir Ihnen auf Anforderung über das Behördenpostfach.

Mit freundlichen Grüßen
Sevgi Aydın
Leistung Kranken – Regress
Rheinauen Krankenversicherung AG
"""
    return (mail('Sevgi Aydın <sevgi.aydin@rheinauen.example>',
                 'BG Verkehr Hamburg <reha.hamburg@bg-verkehr.example>',
                 'Erstattungsanspruch Az. 5 25 04471 8 – Zieliński', body, date='12.05.2025 10:10'),
            S, 'de', 'insurer-to-authority',
            'statutory accident insurer: named insured, calcaneus fracture, surgery, treatment costs')


def m083():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GarnishIQ//Demo Scheduler 4.2//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:demo-2025-0522-rheinauen@garnishiq.example
DTSTAMP:20250512T091500Z
DTSTART:20250522T120000Z
DTEND:20250522T131500Z
SUMMARY:GarnishIQ product demo – automated third-party debtor declarations
LOCATION:https://meet.garnishiq.example/j/884413
ORGANIZER;CN=Tom Elling:mailto:tom.elling@garnishiq.example
ATTENDEE;CN=Uwe Brinkhoff:mailto:uwe.brinkhoff@rheinauen.example
ATTENDEE;CN=Niklas Hoefer:mailto:niklas.hoefer@rheinauen.example
DESCRIPTION:Agenda: OCR of garnishment orders (PfÜB\\, Vorpfändung\\, § 309 AO)\\,
  automatic matching to policies\\, drafting of § 840 ZPO declarations\\, EGVP
  integration\\, audit trail. Demo data only.
END:VEVENT
END:VCALENDAR
"""
    body = """Niklas, passt dir der Termin? Ich habe schon zugesagt. Einladung hängt an.
Uwe

-----Original Message-----
From: Tom Elling <tom.elling@garnishiq.example>
Sent: Monday, 12 May 2025 11:15
To: Uwe Brinkhoff; Niklas Hoefer
Subject: Invitation: GarnishIQ demo 22 May, 14:00 CEST

Hi Uwe, hi Niklas,

thanks for your interest in GarnishIQ. As agreed on the phone, here is the invitation for
a 75-minute online demo on 22 May at 14:00 CEST. We will show the full flow from the
scanned order to the signed declaration using demo data only – no need to prepare
anything on your side.

If you would like to test with your own anonymised samples afterwards, we can set up a
sandbox under an NDA.

Best regards
Tom Elling
Account Executive DACH
GarnishIQ B.V., Amsterdam
"""
    return (mail('Uwe Brinkhoff <uwe.brinkhoff@rheinauen.example>',
                 'Niklas Hoefer <niklas.hoefer@rheinauen.example>',
                 'WG: Invitation: GarnishIQ demo 22 May, 14:00 CEST', body, date='12.05.2025 11:48',
                 atts=[('invite.ics', 'text/calendar; method=REQUEST', ics)]),
            N, 'en', 'supplier', 'trap: forwarded vendor demo invitation for garnishment software')


def m084():
    x = xlsx([('Stehlgutliste', [
        ['Stehlgutliste zum Einbruch vom 14.11.2024 – Kölner Str. 210, 40227 Düsseldorf (EG rechts)'],
        ['Versicherungsnehmer: Ahmad Rahimi, Hausrat HR 5533019, Schaden S-2024-1114052'],
        ['Nr.', 'Gegenstand', 'Hersteller/Modell', 'Seriennummer', 'Kaufjahr', 'Neuwert EUR'],
        [1, 'Notebook', 'Lenovo ThinkPad T14 Gen 4', 'PF4K2Z11', 2023, 1349],
        [2, 'Smartphone', 'Samsung Galaxy S23', 'IMEI 352118407711203', 2023, 899],
        [3, 'Spielkonsole', 'Sony PlayStation 5', 'E-0441-18822037', 2022, 549],
        [4, 'Armbanduhr', 'Tissot PRX Automatic', 'T137.407.11.041.00 / J2210448', 2021, 725],
        [5, 'Goldkette 585', 'Juwelier Zeitz, Düsseldorf', '-', 2019, 1180],
        [6, 'Bargeld', '-', '-', '-', 620],
        ['', 'Summe', '', '', '', 5322],
    ])])
    body = """Staatsanwaltschaft Düsseldorf
Az.: 80 UJs 2231/24 (Einbruchdiebstahl z. N. Rahimi, Täter unbekannt)

Sehr geehrte Damen und Herren,

Sie baten im Rahmen der Ermittlungen um die bei uns eingereichte Stehlgutliste mit
Seriennummern, um beschlagnahmte Gegenstände aus einem anderen Verfahren zuordnen zu
können. Der Geschädigte hat sich damit einverstanden erklärt. Die Liste ist beigefügt.

Sollten Gegenstände aufgefunden werden, bitten wir um Mitteilung: Wir haben den Schaden
bereits reguliert (4.702,00 EUR nach Abzug der Bargeld-Entschädigungsgrenze), aufgefundene
Sachen gehen daher nach § 13 VHB auf uns über bzw. sind zurückzuzahlen.

Mit freundlichen Grüßen
Oliver Brandt
Sach-Schaden
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Oliver Brandt <oliver.brandt@rheinauen.example>',
                 'Staatsanwaltschaft Düsseldorf <poststelle@sta-duesseldorf.justiz-nrw.example>',
                 '80 UJs 2231/24 – Stehlgutliste', body, date='06.02.2025 14:55',
                 atts=[('Stehlgutliste_S-2024-1114052.xlsx', XLSX, x)]),
            C, 'de', 'insurer-to-prosecutor',
            'burglary victim (not suspect): named customer, household policy, stolen items list in XLSX')


def m085():
    x = xlsx([('Visa certificates', [
        ['Incoming travel health insurance – certificates issued for Schengen visa applications, batch 2025-06-B'],
        ['Certificate', 'Surname', 'Given names', 'Date of birth', 'Passport no.', 'Cover from',
         'Cover to', 'Sum insured EUR', 'Pre-existing condition declared'],
        ['IT-25-060411', 'ADEYEMI', 'Folake Grace', '1961-03-09', 'B01884721', '2025-07-01', '2025-09-28',
         30000, 'hypertension, stable on amlodipine'],
        ['IT-25-060412', 'ADEYEMI', 'Olumide', '1958-11-22', 'B01884730', '2025-07-01', '2025-09-28',
         30000, 'type 2 diabetes (metformin); excluded'],
        ['IT-25-060415', 'NGUYEN', 'Thi Lan', '1990-05-14', 'C7718842', '2025-06-20', '2025-07-20',
         30000, 'none'],
        ['IT-25-060419', 'KHAN', 'Imran', '1979-08-01', 'AB4418870', '2025-06-25', '2025-08-24',
         50000, 'none'],
    ])])
    body = """Dear colleagues,

as agreed, please find attached the list of certificates issued last week for visa
applications at your Consular Section. The applicants have consented to the exchange.

Kind regards
Incoming Travel Insurance Team
Rheinauen Krankenversicherung AG
"""
    return (mail('Incoming Travel Team <incoming-travel@rheinauen.example>',
                 'Consular Section Visa Unit <visa.unit@consulate-lagos.example>',
                 'Batch 2025-06-B', body, date='27.06.2025 12:00',
                 atts=[('certificates_2025-06-B.xlsx', XLSX, x)]),
            S, 'en', 'insurer-to-authority',
            'harmless body; XLSX: travel health insureds with birth dates, passports, pre-existing conditions')


def m086():
    body = """Sehr geehrter Herr Kessler,

hiermit beauftragen wir die Abholung und Vernichtung von Akten aus dem Archiv der
Rechtsabteilung (Raum U1.12, Gebäude A):

  Menge:            ca. 62 Archivkartons (Behördenanfragen und Drittschuldnerakten
                    2017/2018, Aufbewahrungsfrist abgelaufen)
  Schutzklasse:     3 (besonders sensible Daten), Sicherheitsstufe P-5 nach DIN 66399
  Abholung:         Mittwoch, 12.03.2025, ab 7:30 Uhr, Zufahrt über Tor 2
  Verfahren:        verschlossene Sicherheitsbehälter, Vernichtung im Werk Frechen
                    unter Aufsicht, Vernichtungsprotokoll mit Fotodokumentation

Bitte zwei Mitarbeiter und einen Rollwagen mitbringen; der Lastenaufzug ist reserviert.
Ansprechpartner vor Ort ist Herr Engels (Facility Management, 0221 4471-1100).

Die Abrechnung erfolgt über Rahmenvertrag RV-2022-118, Kostenstelle 4120.

Mit freundlichen Grüßen
Jasmin Blaschke
Rechtsabteilung – Sekretariat
"""
    return (mail('Jasmin Blaschke <jasmin.blaschke@rheinauen.example>',
                 'Kessler Datenschutz-Service <auftrag@kessler-aktenvernichtung.example>',
                 'Auftrag Aktenvernichtung 12.03.2025 – Rechtsabteilung', body, date='04.03.2025 10:25'),
            N, 'de', 'insurer-to-supplier', 'trap: shredding order for old garnishment files, no content')


def m087():
    body = """Sehr geehrter Herr Schwengers,

vielen Dank für die Unterlagen zu Ihrer Anbindung als Versicherungsmakler.

Folgendes liegt uns vor und ist in Ordnung:
- Erlaubnis nach § 34d Abs. 1 GewO der IHK Mittlerer Niederrhein vom 14.01.2025
- Eintragung im Vermittlerregister: D-2FK9-LX4TQ-83
- Berufshaftpflichtversicherung (Deckungssumme 1.300.380 EUR / 1.924.560 EUR)
- Führungszeugnis (Belegart O, ausgestellt vom Bundesamt für Justiz am 20.12.2024):
  "Inhalt: keine Eintragung"
- Auszug aus dem Gewerbezentralregister: keine Eintragung

Für die Courtage-Abrechnung haben wir hinterlegt:

  Kontoinhaber:   Frank Schwengers, Finanz- und Versicherungsmakler (Einzelunternehmen)
  IBAN:           DE18 2796 7158 2773 2049 48
  Steuernummer:   102/5177/0844 (Finanzamt Mönchengladbach)
  Geburtsdatum:   06.10.1977 (für die Vermittlerdatenbank)
  Umsatzsteuer:   steuerfrei nach § 4 Nr. 11 UStG

Die Zugangsdaten zum Maklerportal bekommen Sie in getrennter Post.

Mit freundlichen Grüßen
Carina Pütz
Maklerbetreuung / Vermittleranbindung
Rheinauen Versicherung AG
"""
    return (mail('Carina Pütz <carina.puetz@rheinauen.example>',
                 'Frank Schwengers <info@schwengers-finanz.example>',
                 'Ihre Anbindung als Makler – Unterlagen vollständig', body, date='21.01.2025 11:40'),
            C, 'de', 'insurer-to-broker',
            'sole-trader broker: IBAN, tax number, birth date; empty criminal record (no conviction data)')


def m088():
    body = """Stadt Bergisch Gladbach
Fachbereich Soziales – Hilfe zur Pflege
z. Hd. Frau Hombach

Ihre Überleitungsanzeige nach § 93 SGB XII vom 18.03.2025
Leistungsberechtigte: Frau Irmgard Wipperfürth, geb. 05.06.1941
Aktenzeichen: 50-HzP-0811/25

Sehr geehrte Frau Hombach,

die Überleitungsanzeige ist bei uns am 21.03.2025 eingegangen. Frau Wipperfürth ist
bei uns in einer Pflegetagegeldversicherung (Tarif PTG, Vertrag PT 3104418) versichert.

Nach dem Gutachten des Medicproof-Gutachters vom 10.02.2025 liegt seit dem
01.02.2025 Pflegegrad 4 vor (Hauptdiagnosen laut Gutachten: vaskuläre Demenz,
Zustand nach Apoplex mit Hemiparese links). Das Pflegetagegeld beträgt bei Pflegegrad 4
und vollstationärer Pflege 40 EUR täglich, also 1.200 EUR für einen 30-Tage-Monat.

Ab dem Zugang der Überleitungsanzeige leisten wir das Pflegetagegeld an Sie, zunächst
ab 01.04.2025, auf das angegebene Konto der Stadtkasse. Die Beträge für Februar und
März (2 x 1.200 EUR abzüglich bereits erfolgter Zahlung an die Tochter als Betreuerin)
wurden bereits ausgezahlt.

Mit freundlichen Grüßen
Sevgi Aydın
Leistung Pflege
Rheinauen Krankenversicherung AG
"""
    return (mail('Sevgi Aydın <sevgi.aydin@rheinauen.example>',
                 'Hilfe zur Pflege Bergisch Gladbach <hilfe-zur-pflege@bergischgladbach.example>',
                 '50-HzP-0811/25 – Überleitung Pflegetagegeld Wipperfürth', body,
                 date='27.03.2025 09:48'),
            S, 'de', 'insurer-to-authority',
            'social welfare transfer of care allowance: care level 4, dementia, stroke of named person')


def m089():
    body = """FAQ – "The police / an authority is on the phone" (Customer Service, v2)

Q: A police officer calls and asks whether a certain person is insured with us. May I say
   yes or no?
A: No. Even the fact that someone is our customer is personal data, and for health, life
   and accident insurance it is covered by professional secrecy. Ask for a written
   request to official-requests@rheinauen.example or via beBPo and give the officer the
   Legal Department's number (+49 221 4471-2200).

Q: The caller says it is urgent – a person is missing / in danger.
A: Put the call through to the Legal Department's emergency line (-2299). Legal decides
   whether § 34 StGB (necessity) applies. Do not decide yourself.

Q: A job centre asks by e-mail for the surrender value of a policy.
A: Forward the e-mail unanswered to official-requests@. Do not reply "we are checking".

Q: A bailiff is at reception with a garnishment order.
A: Accept the document, note date and time of service on the envelope and bring it
   to Legal immediately. Service time matters for the ranking of creditors.

Q: A customer sends us their pension or disability decision and asks us to forward it
   to "the court".
A: Only with the signed form RV-SE-07. Never forward by plain e-mail.

Updated 11 April 2025 – Legal Department / Customer Service Training
"""
    return (mail('CS Training <cs-training@rheinauen.example>',
                 'Customer Service International <cs-international@rheinauen.example>',
                 'FAQ update: calls from police and authorities', body, date='11.04.2025 14:00'),
            N, 'en', 'internal', 'trap: FAQ on handling police and authority calls, no person')


def m090():
    b = """Sehr geehrte Damen und Herren,

anbei wie gewünscht der Bescheid der Deutschen Rentenversicherung Knappschaft-Bahn-See
über meine medizinische Rehabilitation. Ich bin vom 02.09. bis 30.09.2025 in der
MEDIAN Klinik Bad Salzuflen (Psychosomatik), Aufnahme wegen Burnout und
Angststörung mit Panikattacken, wie im Attest von Dr. Hövelmann beschrieben.

Während der Reha zahlt die DRV Übergangsgeld, deshalb bitte das Krankentagegeld für
diese Zeit aussetzen und ab 01.10. wieder zahlen, falls ich dann noch
arbeitsunfähig bin.

Versicherungsnummer bei der DRV: 53 120587 K 017
Ihr Vertrag: K 20-577204 (Krankentagegeld)

Mit freundlichen Grüßen
Kerstin Lohmar
"""
    body = """Hallo Sevgi,

Kundin schreibt per Kontaktformular, bitte Tagegeld ab 02.09. aussetzen. Text unten.

Gruß Lena

--- Kontaktformular, eingegangen 26.08.2025 18:03 ---
Name: Kerstin Lohmar
E-Mail: kerstin.lohmar@mail-de.example
Vertragsnummer: K 20-577204
Nachricht:
""" + b
    return (mail('Lena Marx <lena.marx@rheinauen.example>',
                 'Sevgi Aydın <sevgi.aydin@rheinauen.example>',
                 'Kontaktformular Lohmar K 20-577204', body, date='27.08.2025 08:14', cte='base64'),
            S, 'de', 'customer',
            'base64 body: customer\'s DRV rehab decision, burnout, anxiety disorder, pension number')


def m091():
    rows = [['Monat', 'Eingangskanal', 'Art der Anfrage', 'Anzahl', 'davon fristgerecht', 'Ø Bearbeitungstage'],
            ['04/2025', 'Post', 'Pfändungs- und Überweisungsbeschluss', 301, 297, 4.8],
            ['04/2025', 'beBPo', 'Pfändungs- und Überweisungsbeschluss', 162, 162, 2.1],
            ['04/2025', 'Post', 'Jobcenter § 60 SGB II', 148, 131, 9.2],
            ['04/2025', 'E-Mail', 'Polizei/Staatsanwaltschaft', 41, 33, 12.5],
            ['04/2025', 'beBPo', 'Sozialgericht/LSG', 38, 29, 15.8],
            ['05/2025', 'Post', 'Pfändungs- und Überweisungsbeschluss', 288, 281, 5.0],
            ['05/2025', 'beBPo', 'Pfändungs- und Überweisungsbeschluss', 171, 171, 2.0],
            ['05/2025', 'Post', 'Jobcenter § 60 SGB II', 155, 138, 8.7],
            ['05/2025', 'E-Mail', 'Polizei/Staatsanwaltschaft', 47, 40, 10.9],
            ['05/2025', 'beBPo', 'Sozialgericht/LSG', 35, 27, 17.1],
            ['06/2025', 'Post', 'Pfändungs- und Überweisungsbeschluss', 279, 276, 4.6],
            ['06/2025', 'beBPo', 'Pfändungs- und Überweisungsbeschluss', 187, 186, 2.2],
            ['06/2025', 'Post', 'Jobcenter § 60 SGB II', 139, 127, 8.1],
            ['06/2025', 'E-Mail', 'Polizei/Staatsanwaltschaft', 38, 31, 11.7],
            ['06/2025', 'beBPo', 'Sozialgericht/LSG', 39, 30, 16.4]]
    body = """Hallo Felix,

anbei die Monatsauswertung Q2 aus dem Ticketsystem (Export aus Excel, deshalb
Semikolon und ANSI). Nur Zählwerte, keine Einzelfälle. Für den Quartalsbericht an den
Vorstand nehme ich die Summen.

Gruß
Mareike
"""
    txt = csvtext([[str(c).replace('.', ',') if isinstance(c, float) else c for c in r] for r in rows])
    return (mail('Mareike Wolters <mareike.wolters@rheinauen.example>',
                 'Dr. Felix Aschenbrenner <felix.aschenbrenner@rheinauen.example>',
                 'Auswertung Behördenanfragen Q2', body, date='04.07.2025 12:03',
                 atts=[text_att('Behoerdenanfragen_Q2_2025.csv', 'application/vnd.ms-excel', txt,
                                'windows-1252')]),
            N, 'de', 'internal', 'trap: monthly counts of garnishments and authority requests, windows-1252 CSV')


def m092():
    body = """Hi Uwe,

noch so ein Fall aus dem Ausland, this time Switzerland. Could you have a look before I
reply? Der Kunde wohnt in Basel und pendelt nach Weil am Rhein.

Betreibungsamt Basel-Stadt, Pfändungsurkunde Gruppe Nr. 25-118804:
  Schuldner: Herr Luca Brändli, geb. 19.12.1985, Feldbergstrasse 71, 4057 Basel
  Gläubiger: Steuerverwaltung Basel-Stadt (Staats- und Gemeindesteuern 2022/2023,
             CHF 8'412.70)
  Gepfändet: "Forderung des Schuldners gegen die Rheinauen Allgemeine Versicherung AG,
             Köln, aus Kaskoversicherung, Schaden vom 03.06.2025"

Our data: Kfz-Vertrag KH 41 788230, car registered in Lörrach (LÖ-LB 85), Teilkasko,
Schaden S-2025-0603447 (Marderbiss, Kabelbaum), Werkstattrechnung 1.388,20 EUR,
noch nicht bezahlt. The customer wants the money paid to his Swiss account
(CH-Konto hinterlegt).

My guess: a Swiss Pfändungsurkunde has no effect in Germany (Lugano Convention only for
court judgments, not for Betreibungsamt measures?) and we can pay as usual. Right?

Thanks
Priya
"""
    return (mail('Priya Raman <priya.raman@rheinauen.example>',
                 'Uwe Brinkhoff <uwe.brinkhoff@rheinauen.example>',
                 'Betreibungsamt Basel – Brändli – pay or not?', body, date='18.07.2025 09:36'),
            C, 'mixed', 'internal', 'Swiss debt enforcement: named debtor with birth date, tax debt, motor claim')


def m093():
    body = """Welcome to the Rheinauen broker portal

A user account has been created for you by your firm administrator.

  User name:           k.lambert.0418
  One-time password:   Tq7#mW2k-Rf9x

The one-time password is valid for 72 hours. When you log in for the first time you will
be asked to choose your own password and to set up two-factor authentication with an
authenticator app.

Log in at https://makler.rheinauen.example

If you did not expect this e-mail, please contact broker support at
+49 221 4471-4000 (Mon–Fri 8:00–18:00).

This is an automatically generated message.
Rheinauen Versicherung AG
"""
    return (mail('Rheinauen Maklerportal <no-reply@makler.rheinauen.example>',
                 'k.lambert@lambert-insurance-brokers.example',
                 'Your access to the Rheinauen broker portal', body, date='07.04.2025 16:22',
                 headers={'Auto-Submitted': 'auto-generated'}),
            N, 'en', 'insurer-to-broker', 'trap: one-time password mail for a broker portal account')


def m094():
    body = """Polizeipräsidium Köln
Verkehrskommissariat 2 – Verkehrsunfallfluchten
z. Hd. POK Schumacher
Ihr Zeichen: VU-Flucht 250611-1812-K22

Sehr geehrter Herr Schumacher,

auf Ihre schriftliche Anfrage vom 12.06.2025 nach § 163 StPO teilen wir mit:

Das Fahrzeug mit dem amtlichen Kennzeichen K-XT 5150 (Ford Transit Custom, weiß) ist bei
uns haftpflichtversichert:

  Versicherungsnehmer:  Herr Erkan Tosun, Trockenbau Tosun (Einzelunternehmen),
                        Stammstr. 44, 50823 Köln
  Vertrag:              KH 41 822615
  Versicherungsbeginn:  01.02.2024

Weitere Angaben, insbesondere zum Fahrer am 11.06.2025, liegen uns nicht vor. Ein
Schaden zu diesem Datum ist von unserem Versicherungsnehmer bislang nicht gemeldet
worden. Wir haben vorsorglich eine Schadenakte angelegt (S-2025-0611873); die
Geschädigte (Fahrerin des beschädigten Pkw, nach Ihrer Mitteilung unverletzt) kann sich
unter dieser Nummer an uns wenden.

Mit freundlichen Grüßen
Tobias Reusch
Kfz-Schaden
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Tobias Reusch <tobias.reusch@rheinauen.example>',
                 'VK 2 Polizei Köln <vk2.koeln@polizei-nrw.example>',
                 'VU-Flucht 250611-1812-K22 – Halter-/Versicherungsauskunft K-XT 5150', body,
                 date='13.06.2025 11:02'),
            C, 'de', 'insurer-to-police',
            'police hit-and-run inquiry: named sole-trader policyholder, plate, motor policy, nobody hurt')


def m095():
    body = """Kathrin – forwarding the customer's message below for your file (IP claim, Irish
resident). She asks whether she needs to tell us about the DSP decision – I said yes.
Over to you.
Priya

---------- Forwarded message ---------
From: Aoife Gallagher <aoife.gallagher@eircom-mail.example>
Date: Mon, 17 Mar 2025 at 21:44
Subject: Invalidity Pension – my policy IP-2211-0087-01
To: International Claims <claims-intl@rheinauen.example>

Hi,

Just to let you know the Department of Social Protection has awarded me Invalidity
Pension from 6 March 2025 (weekly rate €254.50, PPSN 7718422TA – letter attached). The
Medical Assessor's report says I'm "permanently incapable of work" because of the
rheumatoid arthritis in both hands and feet, and they mention the two hand operations
(MCP joint replacements) at Cappagh last year.

I'm still taking methotrexate and the biologic injections (Humira), and I've been
referred to the pain clinic at St Vincent's.

Does this affect my income protection payments from you? My employer in Frankfurt
still pays the top-up until June.

Thanks,
Aoife
"""
    return (mail('Priya Raman <priya.raman@rheinauen.example>',
                 'Kathrin Oberländer <kathrin.oberlaender@rheinauen.example>',
                 'Fwd: Invalidity Pension – my policy IP-2211-0087-01', body, date='18.03.2025 09:05'),
            S, 'en', 'customer',
            'forwarded customer mail: Irish invalidity pension, rheumatoid arthritis, surgery, medication')


def m096():
    body = """Sehr geehrte Mitglieder des Arbeitskreises "Behördenanfragen und Zwangsvollstreckung",

hiermit lade ich zur nächsten Sitzung ein:

  Donnerstag, 13. November 2025, 10:00 bis 15:30 Uhr
  GDV, Wilhelmstraße 43/43G, Berlin, Raum 4.12 – Teilnahme auch per Webex möglich

Tagesordnung
1. Begrüßung, Protokoll der Sitzung vom 15.05.2025
2. Pfändungsfreigrenzen 2025 – Erfahrungen mit der Umstellung
3. Elektronische Zustellung von PfÜB über EGVP – Stand der Gespräche mit der Justiz
4. Jobcenter-Anfragen: Umsetzung des Rundschreibens 0871/2025
5. Auskunftsersuchen ausländischer Behörden – Musterantworten (Vorschlag AG International)
6. Verschiedenes

Bitte melden Sie sich bis 31.10. über das Extranet an. Themenvorschläge für TOP 6
gern vorab per E-Mail.

Mit freundlichen Grüßen
Dr. Kathrin Ebeling
Abteilung Recht, Gesamtverband der Deutschen Versicherungswirtschaft
"""
    fwd = """Felix, Uwe – wer von euch fährt? Ich kann am 13.11. nicht.
M.

-----Ursprüngliche Nachricht-----
Von: Dr. Kathrin Ebeling <k.ebeling@gdv.example>
Gesendet: Montag, 6. Oktober 2025 14:12
An: AK Behördenanfragen <ak-behoerden@gdv.example>
Betreff: Einladung AK Behördenanfragen und Zwangsvollstreckung, 13.11.2025

""" + body
    return (mail('Mareike Wolters <mareike.wolters@rheinauen.example>',
                 'Dr. Felix Aschenbrenner <felix.aschenbrenner@rheinauen.example>, '
                 'Uwe Brinkhoff <uwe.brinkhoff@rheinauen.example>',
                 'WG: Einladung AK Behördenanfragen und Zwangsvollstreckung, 13.11.2025', fwd,
                 date='06.10.2025 15:01'),
            N, 'de', 'internal', 'trap: association working-group invitation on garnishment topics')


def m097():
    body = """Hallo Frau Ott,

ich leite Ihnen die Nachricht von Herrn Sieberath weiter, weil es um die Zahlweise und
die Beitragshöhe seiner Verträge geht. Bitte melden Sie sich direkt bei ihm.

Gruß
Lena Marx

> Sehr geehrte Damen und Herren,
>
> ich bin seit 1. Mai in Altersrente. Laut Bescheid der Deutschen Rentenversicherung
> Rheinland vom 11.03.2025 bekomme ich 1.612,48 EUR brutto, nach Abzug KV/PV
> 1.434,20 EUR, das ist deutlich weniger als vorher mein Gehalt bei den Stadtwerken
> (ca. 3.900 EUR brutto). Rentenversicherungsnummer 42 250359 S 008.
>
> Ich möchte deshalb meine Verträge umstellen:
>  - Hausrat HR 5498113: von jährlich auf monatlich
>  - Wohngebäude WG 2207721: ebenfalls monatlich, und bitte prüfen, ob die
>    Elementarversicherung noch nötig ist (wir wohnen nicht am Wasser)
>  - Kfz KH 41 455902: zweites Auto (Kennzeichen SU-WS 59) wird zum 30.06. abgemeldet
>
> Abbuchung bitte weiter vom Konto DE02 3430 7379 3341 2672 04.
>
> Mit freundlichen Grüßen
> Werner Sieberath
> Siegburg
"""
    return (mail('Lena Marx <lena.marx@rheinauen.example>',
                 'Sabine Ott <sabine.ott@rheinauen.example>',
                 'WG: Umstellung meiner Verträge – Rentenbeginn', body, date='05.05.2025 13:27', cte='8bit'),
            C, 'de', 'customer',
            'quoted customer mail: old-age pension amount, former salary, pension number, IBAN, non-life policies')


def m098():
    body = """Sehr geehrter Herr Hülsmann,

wir kommen zurück auf den Unfall vom 31.12.2024 in Frechen, bei dem Sie mit Ihrem
Fahrzeug (BM-DH 440, Vertrag KH 41 590771) gegen einen geparkten Pkw und eine
Gartenmauer gefahren sind. Wir haben die Schäden der Geschädigten mit insgesamt
8.914,52 EUR reguliert.

Die Staatsanwaltschaft Köln hat uns auf Anfrage Akteneinsicht gewährt. Aus dem
rechtskräftigen Strafbefehl des Amtsgerichts Kerpen vom 12.03.2025 (Az. 48 Cs 122/25)
ergibt sich, dass Sie wegen fahrlässiger Trunkenheit im Verkehr (§ 316 StGB) zu einer
Geldstrafe von 40 Tagessätzen verurteilt wurden; die Blutprobe ergab eine
Blutalkoholkonzentration von 1,48 Promille. Ihre Fahrerlaubnis wurde entzogen.

Das Fahren unter Alkoholeinfluss ist nach D.1.2 AKB eine Obliegenheitsverletzung. Wir
sind deshalb gegenüber Ihnen bis zu einem Betrag von 5.000 EUR leistungsfrei und
nehmen Sie in dieser Höhe in Regress (§ 28 VVG, § 5 KfzPflVV).

Bitte überweisen Sie 5.000,00 EUR bis zum 15.05.2025 unter Angabe der Schaden-Nr.
S-2024-1231908. Eine Ratenzahlung ist nach Absprache möglich.

Mit freundlichen Grüßen
Tobias Reusch
Kfz-Schaden – Regress
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Tobias Reusch <tobias.reusch@rheinauen.example>',
                 'Dennis Hülsmann <dennis.huelsmann@online-mail.example>',
                 'Regress S-2024-1231908 – Strafbefehl AG Kerpen', body, date='15.04.2025 10:30'),
            S, 'de', 'insurer-to-customer',
            'motor recourse based on a criminal penalty order for drunk driving (conviction data)')


def m099():
    body = """Stand-up Team Behördenanfragen – Mo 24.02., 9:15 / notes

- Backlog: 214 offene Vorgänge (Vorwoche 238). Foreign requests: 9 open, 3 overdue.
- Pfändungen: Scan-Rückstand aus der Poststelle abgebaut, ab heute wieder tagesaktuell.
- Jobcenter: neues Musterschreiben ist live, bitte nur noch Vorlage JC-04 nutzen.
- Priya: two Dutch requests (UWV) need translation – order placed, ETA Thursday.
- Uwe ist Mi/Do auf dem GDV-Termin, Vertretung Pfändungspostfach: Timo.
- IT: beBPo connector was down Saturday 2-4 a.m., no messages lost (checked).
- Reminder: audit GA-2025-07 kick-off on 3 March, 10:00, room A 2.14.

Nächster Stand-up Mittwoch.
"""
    return (mail('Mareike Wolters <mareike.wolters@rheinauen.example>',
                 'Team Behördenanfragen <team-behoerden@rheinauen.example>',
                 'Stand-up notes 24.02.', body, date='24.02.2025 09:41'),
            N, 'mixed', 'internal', 'trap: team stand-up notes with counts and absences only')


def m100():
    body = """Zakład Ubezpieczeń Społecznych
Oddział w Opolu
Attn: Ms Agnieszka Wróbel, Benefits Department

Your reference: 160000/61/2025/00418-ZWR
Insured person: Mr Grzegorz Mazur, PESEL 82071404419

Dear Ms Wróbel,

Thank you for your request of 12 August 2025 (English translation received). You ask
whether Mr Mazur received benefits from a German insurer in connection with the accident
of 19 May 2025, because this may affect the accident benefits paid by ZUS.

With the written consent of Mr Mazur (dated 28 August 2025), we can inform you as
follows:

- Mr Mazur was insured under a group accident policy taken out by his German employer,
  Agrarhof Lindemann GbR, for seasonal workers (group policy GUV 8804411).
- On 19 May 2025 he suffered a crush injury of the left hand in a vegetable washing
  machine, with traumatic amputation of the index finger at the middle joint and a
  fracture of the middle finger. He was treated at the Klinikum Lüneburg (19-23 May).
- We paid a lump sum for permanent impairment of EUR 2,800.00 (index finger, partial
  loss, 5 % of the sum insured of EUR 56,000) and hospital daily benefit of
  EUR 100.00 on 4 August 2025.

No periodic payments are being made.

Yours sincerely
Dominik Schaaf
Accident Claims
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Dominik Schaaf <dominik.schaaf@rheinauen.example>',
                 'ZUS Oddział Opole <swiadczenia.opole@zus-gov.example>',
                 'Your ref 160000/61/2025/00418-ZWR – Grzegorz Mazur', body, date='02.09.2025 12:36'),
            S, 'en', 'insurer-to-authority',
            'Polish social insurer: named worker\'s hand injury, finger amputation, accident benefits')


def m101():
    body = """Maître Delvaux,

Your reference: D/25/1187 – Étude Delvaux & Lemaire, huissiers de justice, Liège
Attachment by way of third-party holder (saisie-arrêt exécution) of 4 July 2025
Debtor: Mr Kevin Vandenberghe, born 22 February 1992, residing in Eupen

We acknowledge receipt of the writ served on our Belgian claims representative on
9 July 2025 and forwarded to us in Cologne.

Mr Vandenberghe is insured with us under a private liability policy (PH 3460188) taken
out while he lived in Aachen. Our only obligation in connection with him concerns claim
no. S-2025-0511204 (water damage caused by him to the flat below in Aachen). The
indemnity is owed to the injured third party, not to Mr Vandenberghe, and has already
been paid to the landlord, Aachener Wohnungsbau eG. We therefore hold no sums for the
debtor.

For completeness: a garnishment of a liability insurance claim could not in any event
deprive the injured party of its direct right to payment (section 108 of the German
Insurance Contract Act).

We would be grateful if you could close your file with regard to our company.

Yours faithfully
Uwe Brinkhoff
Legal Department – Garnishments
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Uwe Brinkhoff <uwe.brinkhoff@rheinauen.example>',
                 'Étude Delvaux & Lemaire <etude@delvaux-lemaire-huissiers.example>',
                 'D/25/1187 – saisie-arrêt – Vandenberghe – third-party holder declaration', body,
                 date='21.07.2025 15:37'),
            C, 'en', 'insurer-to-bailiff', 'Belgian bailiff attachment: named debtor with birth date, liability policy and claim')


def m102():
    body = """Hallo zusammen,

kurze Vertretungsübersicht für die Sommerferien, damit keine Frist liegen bleibt:

  Pfändungspostfach (pfaendungen@)         Uwe 14.07.–01.08. weg  -> Timo, dann Jasmin
  Behördenanfragen (behoerdenanfragen@)    Mareike 28.07.–15.08. weg -> Felix
  Sozialgerichte / LSG                     Felix 18.08.–29.08. weg -> Mareike
  Ausländische Anfragen                    Priya durchgehend da

Fristenkalender bitte jeden Morgen um 9 Uhr prüfen (Outlook-Kalender "Fristen Recht").
Wenn eine Frist von einem Gericht nicht zu halten ist: Verlängerungsantrag rechtzeitig
über beBPo, nicht per Mail.

Danke und schöne Ferien!
Jasmin
"""
    return (mail('Jasmin Blaschke <jasmin.blaschke@rheinauen.example>',
                 'Team Recht <team-recht@rheinauen.example>',
                 'Vertretung Sommerferien – Postfächer und Fristen', body, date='30.06.2025 15:20'),
            N, 'de', 'internal', 'trap: holiday cover plan for garnishment and authority mailboxes')


def m103():
    body = """Justice de Paix de Luxembourg
Greffe civil
Attn: Greffier en chef

Case no. 2025/JPL/04418 – Hôtel Belle Vue S.à r.l. v. Ms Sandra Kückelhaus
Our ref.: PH-2025-00877 (private liability, policy PH 3398024)

Your Honour,

Rheinauen Allgemeine Versicherung AG is the private liability insurer of the defendant,
Ms Sandra Kückelhaus, resident in Trier, Germany. We refer to the summons for the hearing
on 14 October 2025 concerning the damage to a hotel room (water damage caused by a
bathtub left running on 3 May 2025; no persons were injured).

We inform the court that we have accepted cover and have offered the claimant
EUR 6,420.00 in full and final settlement, based on the report of the loss adjuster
(Cabinet Schmit, Luxembourg). The claimant's counsel has indicated that the offer will be
accepted. We therefore expect the claim to be withdrawn before the hearing and will
confirm this to the court as soon as the payment has been made.

Ms Kückelhaus will be represented by Maître Anne Feltgen, Luxembourg, instructed by us.

Respectfully submitted
Oliver Brandt
Liability Claims
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Oliver Brandt <oliver.brandt@rheinauen.example>',
                 'Greffe Justice de Paix <greffe.jpl@justice-lu.example>',
                 '2025/JPL/04418 – Hôtel Belle Vue v. Kückelhaus – information from the insurer', body,
                 date='30.09.2025 10:14'),
            C, 'en', 'insurer-to-court', 'foreign court: named defendant with liability policy, property damage, nobody injured')


def m104():
    body = """Dear Mr de Graaf,

thank you for your request of 2 October. Our mail gateway supports S/MIME encryption
with your organisation on a domain basis.

- Our domain certificate for rheinauen.example is attached to this mail as part of the
  signature (issued by D-TRUST, valid until 14 March 2027). You may import it into your
  gateway from this signed mail.
- For incoming mail we accept your domain certificate for uwv-intl.example issued by
  your CA; please send us a signed test mail to secure-test@rheinauen.example.
- Fallback: if a mail cannot be encrypted, our gateway will deliver it through our
  SecureMail portal and the recipient will receive a notification.

Once the test mail has arrived, I will confirm and we can switch to enforced encryption
for all mail between our domains.

Kind regards
Niklas Hoefer
IT Infrastructure – Messaging
Rheinauen Versicherung AG
"""
    return (mail('Niklas Hoefer <niklas.hoefer@rheinauen.example>',
                 'Jeroen de Graaf <jeroen.degraaf@uwv-intl.example>',
                 'RE: Secure e-mail between UWV International and Rheinauen', body,
                 date='06.10.2025 14:08'),
            N, 'en', 'insurer-to-partner', 'trap: certificate exchange with a foreign authority, technical only')


def m105():
    body = """Amtsgericht Siegburg
- Familiengericht -
Neue Poststr. 16
53721 Siegburg

Az.: 316 F 188/25 – Scheidungssache Marx-Vollmer ./. Vollmer
Auskunft zum Versorgungsausgleich (§ 220 FamFG)

Sehr geehrte Damen und Herren,

zu dem Antragsgegner, Herrn Dirk Vollmer, geb. 04.03.1979, erteilen wir die Auskunft
für die Ehezeit 01.06.2011 bis 31.05.2025:

Anrecht: Betriebliche Altersversorgung, Direktversicherung Vertrag L 8.112.604.9
(Versorgungsträger: Rheinauen Lebensversicherung AG, Arbeitgeber: Siegwerk Druck GmbH)

  Ehezeitanteil als Kapitalwert zum 31.05.2025:          21.804,40 EUR
  Ausgleichswert (Hälfte, abzüglich Teilungskosten
  von 250,00 EUR je Ehegatte):                           10.652,20 EUR
  Korrespondierender Kapitalwert:                        10.652,20 EUR

Wir schlagen die interne Teilung vor (§ 10 VersAusglG). Für die ausgleichsberechtigte
Person, Frau Stefanie Marx-Vollmer, geb. 17.10.1981, würde ein eigenständiger Vertrag
in unserem Tarif "Rheinauen Rente Klassik" eingerichtet. Die Teilungsordnung fügen wir
über das beBPo bei.

Die Berufsunfähigkeits-Zusatzversicherung zu diesem Vertrag ist als reines
Risikoanrecht nicht auszugleichen.

Mit freundlichen Grüßen
Rheinauen Lebensversicherung AG
Versorgungsausgleich
"""
    return (mail('Versorgungsausgleich Rheinauen <versorgungsausgleich@rheinauen.example>',
                 'AG Siegburg Familiengericht <familiengericht@ag-siegburg.justiz-nrw.example>',
                 '316 F 188/25 – Auskunft Versorgungsausgleich', body, date='26.08.2025 10:02'),
            S, 'de', 'insurer-to-court',
            'divorce pension split: named spouses, birth dates, life (bAV) contract values')


def m106():
    body = """Sehr geehrte Frau Grieshaber,

vielen Dank für die Übersendung des Kostenfestsetzungsbeschlusses des Amtsgerichts
Köln vom 02.09.2025 (Az. 208 C 311/24) in Ihrem Mietrechtsstreit gegen die
Hausverwaltung Ringmann GmbH wegen der Mietminderung (Schimmel im Bad der Mietwohnung
Subbelrather Str. 118).

Ihre Rechtsschutzversicherung (RS 8792210, Mietrechtsschutz) übernimmt:

  eigene Anwaltskosten (RA Steinbüchel) laut Rechnung       1.287,65 EUR
  Gerichtskosten (Vorschuss)                                  438,00 EUR
  abzüglich Selbstbeteiligung                                -150,00 EUR
  Zahlung an Sie bzw. an die Kanzlei                        1.575,65 EUR

Da Sie den Rechtsstreit zu 70 % gewonnen haben, muss die Gegenseite laut Beschluss
1.102,34 EUR an Sie erstatten. Dieser Anspruch geht nach § 86 VVG in Höhe unserer
Zahlung auf uns über. Bitte leiten Sie eingehende Zahlungen der Gegenseite an uns
weiter, Schaden-Nr. RS-2024-03318.

Mit freundlichen Grüßen
Oliver Brandt
Rechtsschutz-Schaden
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Oliver Brandt <oliver.brandt@rheinauen.example>',
                 'Ulrike Grieshaber <u.grieshaber@netcologne-mail.example>',
                 'Ihr Rechtsschutzfall RS-2024-03318 – Kostenfestsetzung', body, date='11.09.2025 16:16',
                 flowed=True),
            C, 'de', 'insurer-to-customer', 'legal expenses tenancy case: named customer, address, costs order')


def m107():
    text = """Guten Tag,

in Ihrem Rheinauen-Postfach liegt eine neue Nachricht für Sie.

Aus Sicherheitsgründen senden wir den Inhalt nicht per E-Mail. Bitte melden Sie sich an:
https://securemail.rheinauen.example/posteingang

Die Nachricht steht 90 Tage zur Verfügung.

Dies ist eine automatisch erzeugte Benachrichtigung. Bitte antworten Sie nicht auf diese E-Mail.

Rheinauen Versicherung AG · Auenweg 12 · 50679 Köln
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Guten Tag,</p><p>in Ihrem Rheinauen-Postfach liegt eine <b>neue Nachricht</b> f&uuml;r Sie.</p>
<p>Aus Sicherheitsgr&uuml;nden senden wir den Inhalt nicht per E-Mail.</p>
<p><a href="https://securemail.rheinauen.example/posteingang">Jetzt anmelden</a></p>
<p style="font-size:11px;color:#777">Automatisch erzeugte Benachrichtigung &middot; Rheinauen Versicherung AG &middot; Auenweg 12 &middot; 50679 K&ouml;ln</p>
</body></html>"""
    return (mail('Rheinauen SecureMail <no-reply@securemail.rheinauen.example>',
                 'kerstin.lohmar@mail-de.example',
                 'Neue Nachricht in Ihrem Rheinauen-Postfach', text, html=html,
                 date='28.08.2025 10:05', headers={'Auto-Submitted': 'auto-generated'}),
            N, 'de', 'insurer-to-customer', 'trap: portal notification, no content')


def m108():
    body = """Hi Uwe,

could you give me a steer on how to answer the broker below? The client is one of
Lambert's, motor and household with us. I don't want to say more than we're allowed to.

Thanks, Priya

> From: Karen Lambert <k.lambert@lambert-insurance-brokers.example>
> Sent: 09 October 2025 17:20
> To: Broker Support International
> Subject: Client Matthew Keane – garnishment?
>
> Hello,
>
> my client Matthew Keane (motor KH 41 840371, household HR 5614402, both through our
> agency) tells me that his car claim payment of EUR 2,310 (claim S-2025-0902274,
> theft of the catalytic converter) has been "frozen because of a court order". He
> says he has a dispute with his former landlord in Bonn who got a judgment for unpaid
> rent of about EUR 4,000 against him last year.
>
> Can you confirm whether there is a garnishment order, from which court, and when the
> money will be released? He is quite upset and says he needs the car for work.
>
> Kind regards
> Karen Lambert
> Lambert Insurance Brokers, Düsseldorf
"""
    return (mail('Priya Raman <priya.raman@rheinauen.example>',
                 'Uwe Brinkhoff <uwe.brinkhoff@rheinauen.example>',
                 'FW: Client Matthew Keane – garnishment?', body, date='10.10.2025 08:57'),
            C, 'en', 'broker', 'quoted broker mail: named client, policies, claim, rent debt judgment')


def m109():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000A0F3B4C1D2E3F4
DTSTAMP:20250915T071200Z
DTSTART;TZID=W. Europe Standard Time:20251028T103000
DTEND;TZID=W. Europe Standard Time:20251028T123000
SUMMARY:LSG NRW Termin L 8 R 512/23 – Ebbinghaus ./. DRV Rheinland (wir als Zeugen)
LOCATION:Landessozialgericht NRW, Zweigertstr. 54, Essen, Saal 2
DESCRIPTION:Mündliche Verhandlung mit Beweisaufnahme. Geladen: Dr. Krämer-Hoff
  (Gutachterin, Gonarthrose/LWS-Gutachten 2024) und K. Oberländer als Zeugin zur
  BU-Anerkennung 60 % ab 06/2024. Aussagegenehmigung liegt vor, Schweigepflichtentbindung
  des Klägers vom 27.01.2025 mitnehmen. Akte L 7.219.554.0 in Kopie (Papier).
ORGANIZER;CN=Felix Aschenbrenner:mailto:felix.aschenbrenner@rheinauen.example
ATTENDEE;CN=Kathrin Oberländer:mailto:kathrin.oberlaender@rheinauen.example
BEGIN:VALARM
TRIGGER:-P1D
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    body = """Hallo Kathrin,

Termin zur Info, Details im Eintrag. Wir fahren zusammen, Abfahrt 9:15 Uhr Tor 1.

Felix
"""
    return (mail('Dr. Felix Aschenbrenner <felix.aschenbrenner@rheinauen.example>',
                 'Kathrin Oberländer <kathrin.oberlaender@rheinauen.example>',
                 'Einladung: LSG Essen 28.10.', body, date='15.09.2025 09:12',
                 atts=[('invite.ics', 'text/calendar; method=REQUEST', ics)]),
            S, 'de', 'internal',
            'harmless body; ICS: appellate social court hearing of a named BU insured, diagnoses')


def m110():
    body = """Summary – DPIA "Garnishment module R25.3" (draft 0.9, for the DP Jour Fixe)

Processing: automated capture of garnishment orders (PfÜB, preliminary garnishments,
tax office and customs orders), matching to policies and claims in all lines,
drafting of third-party debtor declarations.

Data categories: identification and contact data of debtors and creditors, policy and
claim data, payment data. For personal lines (life, BU, accident, health) the module
will see that a person is insured and whether a pension is running; it must NOT import
medical data. Technical control: the connector to the life/health claims systems
only exposes the fields "benefit type", "amount", "start", "end", "§ 850b flag".

Main risks and measures
1. Wrong match (namesakes) -> declaration for the wrong person. Measure: match on
   name + date of birth + address, manual check below score 0.95.
2. Over-disclosure in declarations. Measure: text blocks only, free text field
   limited to 300 characters and reviewed by Legal.
3. Access by claims staff to garnishments of colleagues (employees as debtors).
   Measure: employee garnishments stay in the HR payroll system, not in the module.

Residual risk: low to medium. Consultation of the supervisory authority not required.

Next steps: sign-off by the DPO, then go-live 1 October.
"""
    return (mail('Henrike Vos <henrike.vos@rheinauen.example>',
                 'Jens Lamprecht <jens.lamprecht@rheinauen.example>',
                 'DPIA garnishment module – summary for sign-off', body, date='29.08.2025 13:48',
                 cc='Niklas Hoefer <niklas.hoefer@rheinauen.example>'),
            N, 'en', 'internal', 'trap: DPIA summary for garnishment software, categories only')


def m111():
    body = """Hauptzollamt Köln
Vollstreckungsstelle
Postfach 10 11 55
50451 Köln

Pfändungs- und Einziehungsverfügung vom 28.01.2025, Geschäftszeichen V 4100 B – 1187/25
Vollstreckungsschuldner: Herr Ömer Çelik, Frankfurter Str. 540, 51145 Köln
Rückstand: Kraftfahrzeugsteuer 2023/2024 für K-OC 1903, 612,00 EUR zzgl. Säumniszuschläge

Sehr geehrte Damen und Herren,

wir geben folgende Drittschuldnererklärung nach § 316 AO ab:

1. Der Schuldner hat bei uns für das Fahrzeug K-OC 1903 eine Kfz-Haftpflicht- und
   Teilkaskoversicherung (Vertrag KH 41 602881). Aus einem Glasbruchschaden vom
   09.01.2025 (S-2025-0109233) steht eine Entschädigung von 742,10 EUR aus. Die Werkstatt
   hat keine Abtretung vorgelegt.
2. Wir erkennen die Forderung in Höhe von 742,10 EUR als bestehend an und werden nach
   Ablauf von vier Wochen ab Zustellung den gepfändeten Betrag von 684,50 EUR an die
   Bundeskasse überweisen; den Restbetrag erhält der Schuldner.
3. Pfändungen anderer Gläubiger liegen nicht vor.

Mit freundlichen Grüßen
Rheinauen Allgemeine Versicherung AG
Drittschuldnerstelle – Timo Hackenbroich
"""
    return (mail('Drittschuldnerstelle Rheinauen <pfaendungen@rheinauen.example>',
                 'HZA Köln Vollstreckung <vollstreckung.hza-koeln@zoll-bund.example>',
                 'V 4100 B – 1187/25 – Drittschuldnererklärung Çelik', body, date='04.02.2025 11:49'),
            C, 'de', 'insurer-to-authority', 'customs garnishment for car tax: named debtor, plate, motor claim payout')


def m112():
    body = """Hallo Felix,

heute ist per Gerichtsvollzieher (Zustellung an die Poststelle 10:40 Uhr) eine Klage
eingegangen:

  Landgericht Köln, 4. Kammer für Handelssachen, Az. 84 O 112/25
  DocuFlow Systems GmbH, Hamburg ./. Rheinauen Versicherung AG
  Streitwert: 186.400 EUR (restliche Lizenzgebühren aus dem gekündigten Scan-Vertrag
  2021-2024 und Schadensersatz)
  Frist zur Verteidigungsanzeige: 2 Wochen (bis 02.06.2025), Klageerwiderung 4 Wochen
  danach

Die Klage liegt eingescannt im Fristenordner. Ich habe Einkauf (Herrn Sauer) und die
IT-Leitung informiert, weil es um die Abnahmeprotokolle von 2022 geht.

Soll ich die Kanzlei Hartwig Lenz vorab informieren?

Gruß
Jasmin
"""
    return (mail('Jasmin Blaschke <jasmin.blaschke@rheinauen.example>',
                 'Dr. Felix Aschenbrenner <felix.aschenbrenner@rheinauen.example>',
                 'Zustellung Klage LG Köln 84 O 112/25 – DocuFlow', body, date='19.05.2025 11:22'),
            N, 'de', 'internal', 'trap: lawsuit served by bailiff between two companies, no natural person')


def m113():
    body = """Dear Ms Lindqvist-Adebayo,

thank you for your e-mail and the decision from Försäkringskassan dated 3 April 2025
granting you sickness compensation (sjukersättning) at 50 % from 1 May 2025.

To update your income protection claim (policy IP-2301-0553-02, benefit period to age
65), we have noted:

- Försäkringskassan considers your working capacity permanently reduced by half on the
  basis of the certificate from the Karolinska University Hospital (post-COVID
  condition with chronic fatigue and postural orthostatic tachycardia syndrome, POTS);
- you currently work 50 % as an HR business partner for your Swedish employer.

Under your policy, benefit for partial incapacity is paid proportionally to the loss of
earnings. Please send us your salary statements for April to June 2025 and confirmation
from your employer of the reduced hours. Once we have these, we will recalculate the
monthly benefit from 1 May. We will continue to pay the full benefit until then.

Kind regards
Priya Raman
International Claims Desk
Rheinauen Lebensversicherung AG
"""
    return (mail('Priya Raman <priya.raman@rheinauen.example>',
                 'Maria Lindqvist-Adebayo <maria.lindqvist.adebayo@telia-mail.example>',
                 'Your income protection claim IP-2301-0553-02 – Försäkringskassan decision', body,
                 date='05.05.2025 10:20'),
            S, 'en', 'insurer-to-customer', 'income protection claim: Swedish sickness compensation, post-COVID, POTS')


def m114():
    body = """Sąd Rejonowy w Zgorzelcu
II Wydział Karny / Wydział Cywilny
Attn: Court Registry

Your reference: I C 442/25 (request of 30 May 2025 for confirmation of insurance)

Dear Sir or Madam,

We confirm that the passenger car with the German registration number LÖB-HK 221
(Škoda Octavia Combi) was insured with Rheinauen Allgemeine Versicherung AG for motor
third-party liability on 22 March 2025 under policy KH 41 719455.

Policyholder: Mr Hendrik Krahl, Görlitz, Germany.
The cover includes Poland (green card D/118/41719455).

The accident of 22 March 2025 at the roundabout on ul. Łużycka in Zgorzelec is
registered with us under claim no. S-2025-0322418. According to the Polish police
report, only material damage occurred. We are in contact with the claimant's insurer,
PZU S.A., and have acknowledged liability at 50 %.

Yours faithfully
Tobias Reusch
Motor Claims
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Tobias Reusch <tobias.reusch@rheinauen.example>',
                 'Sąd Rejonowy Zgorzelec <biuro.podawcze@zgorzelec-sr.example>',
                 'I C 442/25 – confirmation of insurance LÖB-HK 221', body, date='06.06.2025 09:31'),
            C, 'en', 'insurer-to-court', 'Polish court: named policyholder, plate, motor policy and claim, material damage only')


def m115():
    body = """Hallo zusammen,

für die Antwortbriefe an Kundinnen und Kunden, die uns ihren Rentenbescheid schicken,
gibt es jetzt einen neuen Textbaustein (TB-L-118). Bitte nicht frei formulieren, sondern
den Baustein nehmen und die Platzhalter füllen:

---
Sehr geehrte(r) «Anrede» «Nachname»,

vielen Dank für die Übersendung des Bescheids der «Rentenversicherungsträger» vom
«Bescheiddatum». Wir haben ihn zu Ihrer Leistungsakte «Vertragsnummer» genommen.

Die Entscheidung der gesetzlichen Rentenversicherung ist für unsere Leistungsprüfung
nicht bindend. Maßgeblich sind die Bedingungen Ihrer Berufsunfähigkeitsversicherung.
Der Bescheid ist für uns dennoch ein wichtiger Hinweis. «Optional: Wir fordern das
Gutachten an, das im Rentenverfahren eingeholt wurde. Dafür benötigen wir die
beiliegende Schweigepflichtentbindung.»

Eine Anrechnung der gesetzlichen Rente auf Ihre BU-Rente erfolgt nicht.
---

Wichtig: In den Brief keine Diagnosen aus dem Rentenbescheid übernehmen, auch wenn der
Kunde sie in seiner Mail nennt.

Viele Grüße
Kathrin Oberländer
"""
    return (mail('Kathrin Oberländer <kathrin.oberlaender@rheinauen.example>',
                 'Team BU-Leistung <bu-leistung-team@rheinauen.example>',
                 'Neuer Textbaustein TB-L-118 (Rentenbescheid erhalten)', body, date='20.02.2025 14:10'),
            N, 'de', 'internal', 'trap: letter template with «placeholders» about pension decisions')


def m116():
    body = """Hallo Kathrin,

zur Akte Dr. Tenhagen (L 7.266.019.8, BU mit Dienstunfähigkeitsklausel, Studienrätin
am Gymnasium in Brühl): Die Versicherte hat heute die Zurruhesetzungsverfügung der
Bezirksregierung Köln vom 22.04.2025 geschickt. Inhalt kurz:

- Versetzung in den Ruhestand wegen dauernder Dienstunfähigkeit nach § 26 BeamtStG
  mit Ablauf des 31.05.2025.
- Grundlage ist das amtsärztliche Gutachten des Gesundheitsamts Rhein-Erft-Kreis
  (Dr. Sieverding) vom 14.03.2025: rezidivierende depressive Störung, gegenwärtig
  schwere Episode (F33.2), ausgeprägte Erschöpfung; eine Rückkehr in den Schuldienst
  innerhalb von sechs Monaten sei nicht zu erwarten, eine Verwendung in einer anderen
  Laufbahn (§ 26 Abs. 2 BeamtStG) ebenfalls nicht.

Nach unserer DU-Klausel gilt die Versicherte damit als berufsunfähig, wenn sie wegen
allgemeiner Dienstunfähigkeit entlassen oder in den Ruhestand versetzt wird – das ist
hier der Fall. Ich würde die Leistung ab 01.06.2025 anerkennen (BU-Rente 1.200 EUR,
Beitragsbefreiung) und Nachprüfung in 24 Monaten vormerken. Einverstanden?

Gruß
Benedikt Roos
BU-Leistung
"""
    return (mail('Benedikt Roos <benedikt.roos@rheinauen.example>',
                 'Kathrin Oberländer <kathrin.oberlaender@rheinauen.example>',
                 'L 7.266.019.8 – Zurruhesetzung / DU-Klausel', body, date='07.05.2025 15:58', cte='8bit'),
            S, 'de', 'internal',
            'civil servant retired for incapacity: public health officer report, severe depression F33.2')


def m117():
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222;max-width:620px">
<p style="color:#00594f;font-size:12px">EXPAT LIFE IN GERMANY &middot; Rheinauen International newsletter &middot; Autumn 2025</p>
<h1 style="font-size:24px">Letters from the authorities: what they mean and what to do</h1>
<p>Living in Germany means receiving official letters &ndash; many of them with a deadline.
Here is our short guide.</p>
<h3>Rentenversicherung (pension insurance)</h3>
<p>Once a year you receive a <i>Renteninformation</i>. It is not a decision, just a forecast. A
<i>Rentenbescheid</i> is a decision and can be challenged by <i>Widerspruch</i> within one month.</p>
<h3>Versorgungsamt (disability office)</h3>
<p>If you have a chronic illness you can apply for a <i>Grad der Behinderung</i>. A GdB of 50 or more
gives you a <i>Schwerbehindertenausweis</i>, extra leave and tax benefits. Your private insurance
benefits do not depend on it.</p>
<h3>Standesamt (registry office)</h3>
<p>Births, marriages and deaths are registered here. Let us know about name changes so that your
policies stay up to date &ndash; just upload the certificate in the Rheinauen app.</p>
<h3>Gerichtsvollzieher (bailiff)</h3>
<p>A bailiff's letter is serious. Do not ignore it &ndash; contact a debt counselling service
(<i>Schuldnerberatung</i>); the service is free of charge in most cities.</p>
<p style="font-size:12px;color:#777">Rheinauen Versicherung AG &middot;
<a href="https://www.rheinauen.example/en/unsubscribe">unsubscribe</a></p>
</body></html>"""
    return (mail('Rheinauen International <international-news@rheinauen.example>',
                 'expat-newsletter@rheinauen.example',
                 'Expat Life in Germany – letters from the authorities explained', html=html,
                 html_only=True, date='23.09.2025 07:00',
                 headers={'List-Unsubscribe': '<https://www.rheinauen.example/en/unsubscribe>'}),
            N, 'en', 'newsletter', 'trap: expat newsletter explaining pension, disability, registry and bailiff letters')


def m118():
    body = """Sehr geehrte Frau Küppers,

mein Beileid zum Tod Ihrer Mutter.

Sie haben uns die Sterbeurkunde des Standesamts Solingen (Registernummer S 412/2025)
und den Erbschein übersandt und bitten darum, die Hausratversicherung Ihrer Mutter,
Frau Gertrud Küppers (Vertrag HR 5409771, Wohnung Kölner Str. 19, 42651 Solingen),
zu beenden.

Nach den Bedingungen endet die Hausratversicherung spätestens zwei Monate nach dem Tod
der Versicherungsnehmerin, wenn nicht ein Erbe die Wohnung übernimmt. Der Vertrag endet
daher zum 30.06.2025. Bis dahin bleibt der Hausrat in der Wohnung versichert, also auch
während der Wohnungsauflösung.

Den anteiligen Beitrag für die zweite Jahreshälfte (43,80 EUR) erstatten wir an die
Erbengemeinschaft. Bitte teilen Sie uns mit, auf welches Konto wir überweisen sollen;
laut Erbschein sind Sie und Ihr Bruder Herr Ralf Küppers Erben zu je 1/2.

Mit freundlichen Grüßen
Lena Marx
Kundenservice
Rheinauen Versicherung
"""
    return (mail('Lena Marx <lena.marx@rheinauen.example>',
                 'Beate Küppers <beate.kueppers@gmx-post.example>',
                 'Hausratversicherung Ihrer Mutter – HR 5409771', body, date='14.05.2025 11:06',
                 charset='windows-1252', cte='8bit'),
            C, 'de', 'insurer-to-customer',
            'heirs end household policy of deceased: death (no cause), heirs, address, refund')


def m119():
    body = """Sehr geehrter Herr Polizeihauptkommissar Brenig,

vielen Dank für Ihre Anfrage für die Verkehrsunfallprävention des Rhein-Sieg-Kreises.
Gern unterstützen wir Ihre Kampagne "Sicher durch den Winter" mit Zahlen aus unserem
Kfz-Bestand. Alle Werte beziehen sich auf Schäden mit Unfallort im Rhein-Sieg-Kreis und
sind anonymisiert:

  Schadenmeldungen Wildunfall, Okt.-März 2023/24:         412
  Schadenmeldungen Wildunfall, Okt.-März 2024/25:         447
  davon zwischen 17 und 20 Uhr:                            58 %
  häufigste Straßen: L 333, B 56, K 29 (Anteil zusammen 22 %)
  durchschnittlicher Schaden je Wildunfall:                3.180 EUR
  Glätteunfälle ohne Fremdbeteiligung, Winter 2024/25:     131

Personenbezogene Daten enthalten diese Zahlen nicht. Sie dürfen die Werte mit der
Quellenangabe "Rheinauen Versicherung" in Ihren Materialien verwenden.

Mit freundlichen Grüßen
Tobias Reusch
Kfz-Schaden / Schadenstatistik
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Tobias Reusch <tobias.reusch@rheinauen.example>',
                 'PHK Brenig <verkehrsunfallpraevention@polizei-rsk.example>',
                 'Ihre Anfrage: Zahlen Wildunfälle für die Präventionskampagne', body,
                 date='16.10.2025 14:40'),
            N, 'de', 'insurer-to-police', 'trap: aggregate accident statistics for police prevention campaign')


def m120():
    body = """Dear Mr Haddad,

as requested for your job centre (Jobcenter Köln, application for Bürgergeld), we
confirm the premiums for your insurance policies with us:

  Motor third-party liability, VW Polo K-RH 4410, policy KH 41 833209
      premium 2025: EUR 486.20 per year (EUR 40.52 per month)
  Private liability, policy PH 3481150
      premium 2025: EUR 64.90 per year

The premiums are collected by direct debit from your account ending in ...3327.
The job centre can deduct the motor liability premium from income; the private
liability premium is usually covered by the flat-rate allowance of EUR 30 per month.

The confirmation is also attached as a stamped PDF in your secure mailbox, which the
job centre accepts.

Kind regards
Lena Marx
Customer Service
Rheinauen Versicherung
"""
    return (mail('Lena Marx <lena.marx@rheinauen.example>',
                 'Rami Haddad <rami.haddad@postbox-mail.example>',
                 'Premium confirmation for the Jobcenter', body, date='03.02.2025 13:13'),
            C, 'en', 'insurer-to-customer',
            'premium confirmation for a named benefit applicant: motor and liability policies, plate')


def m121():
    body = """Staatsanwaltschaft Bonn
Zentralstelle für die Bekämpfung von Abrechnungsbetrug im Gesundheitswesen

Strafanzeige und Strafantrag

Sehr geehrte Damen und Herren,

hiermit erstatten wir Strafanzeige wegen Betruges (§ 263 StGB) und Urkundenfälschung
(§ 267 StGB) gegen

  Herrn Maximilian Brauckmann, geb. 12.12.1985, Heerstr. 51, 53111 Bonn,

sowie gegen Unbekannt.

Sachverhalt: Herr Brauckmann ist bei der Rheinauen Krankenversicherung AG
vollversichert (Vertrag K 20-503311). Zwischen März 2024 und Februar 2025 hat er über
die Rechnungs-App 23 Arztrechnungen einer angeblichen "Privatpraxis für Orthopädie
Dr. med. R. Falkenberg, Bad Godesberg" über insgesamt 18.422,60 EUR eingereicht
(Stoßwellentherapie, Infiltrationen an der LWS, MRT-Befundungen). Die Praxis existiert
unter der Anschrift nicht; eine Ärztin oder ein Arzt dieses Namens ist bei der
Ärztekammer Nordrhein nicht gemeldet. Die Rechnungen tragen die Bankverbindung
DE84 7350 1405 7802 3363 65, deren Inhaber nach unseren Feststellungen Herr Brauckmann
selbst ist. Tatsächlich belegt sind nur zwei Behandlungen beim Hausarzt wegen
Rückenschmerzen (M54.5) im Mai 2024.

Erstattet wurden bisher 14.980,30 EUR. Die Übersicht der Rechnungen und die Ergebnisse
unserer Prüfung übersenden wir über das beBPo.

Mit freundlichen Grüßen
Rheinauen Krankenversicherung AG
Betrugsabwehr – Marco Giesen
Rechtsabteilung – Dr. Felix Aschenbrenner
"""
    return (mail('Marco Giesen <marco.giesen@rheinauen.example>',
                 'StA Bonn Zentralstelle <zentralstelle-gesundheit@sta-bonn.justiz-nrw.example>',
                 'Strafanzeige – Abrechnungsbetrug PKV – Brauckmann', body, date='17.03.2025 14:26',
                 cc='Dr. Felix Aschenbrenner <felix.aschenbrenner@rheinauen.example>'),
            S, 'de', 'insurer-to-prosecutor',
            'criminal complaint against named health insured: fake invoices, back pain ICD, IBAN')


def m122():
    body = """Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet der betriebsärztliche Dienst die Grippeschutzimpfung an:

  Di 21.10. und Mi 22.10., jeweils 8:00–12:30 Uhr, Gebäude A, Raum E.05
  Do 23.10., 13:00–15:30 Uhr, Standort Düsseldorf, Raum 1.12

Verwendet wird der von der STIKO empfohlene quadrivalente Impfstoff der Saison
2025/26. Die Impfung ist freiwillig und kostenlos. Bitte bringen Sie Ihren Impfpass mit
und buchen Sie einen Termin im Intranet (Buchungstool "Gesundheit").

Das Gesundheitsamt Köln weist darauf hin, dass für Beschäftigte ab 60 Jahren zusätzlich
die Impfung gegen Pneumokokken und RSV empfohlen wird – das können wir am selben
Termin nicht anbieten, bitte sprechen Sie dazu Ihre Hausärztin oder Ihren Hausarzt an.

Bleiben Sie gesund!
Ihr betriebsärztlicher Dienst
Dr. med. Sabine Kortmann
"""
    return (mail('Betriebsärztlicher Dienst <betriebsarzt@rheinauen.example>',
                 'Alle Mitarbeitenden <alle@rheinauen.example>',
                 'Grippeschutzimpfung 2025 – Termine', body, date='29.09.2025 08:30'),
            N, 'de', 'internal', 'trap: flu vaccination offer to all staff, no individual')


def m123():
    body = """Hi Tobias,

our customer sent the Italian police report by e-mail; I translated the relevant
part for you (see below). The original PDF is in the claim file. He asks when the
other side's insurer will pay.

Policy: KH 41 798102, Audi A4 Avant, BN-GM 718
Claim: S-2025-0814390
Policyholder: Giovanni Mancuso, Bonn

From: Giovanni Mancuso <g.mancuso@libero-mail.example>
Sent: 18 August 2025 22:05
Subject: incidente Rimini / claim S-2025-0814390

Dear Sirs, here is the "verbale di incidente stradale" of the Polizia Locale di Rimini
(prot. n. 2025/PL/118834). My translation of the important part:

"On 14/08/2025 at 16:40, in Viale Regina Elena, the vehicle BN-GM 718 (D), driven by
the owner Mancuso Giovanni, born in Bonn on 30/01/1978, stationary at the traffic light,
was hit in the rear by the vehicle FT 884 KL (I), driven by R. M., insured with
Assicurazioni Adriatica S.p.A. No persons were injured. The driver of FT 884 KL
admitted fault."

The repair estimate from the Audi dealer in Rimini is EUR 3,460. I am back in Germany
now. Do I need to do anything else?

Grazie,
Giovanni Mancuso
"""
    return (mail('Priya Raman <priya.raman@rheinauen.example>',
                 'Tobias Reusch <tobias.reusch@rheinauen.example>',
                 'Rimini accident – police report translated – S-2025-0814390', body,
                 date='19.08.2025 10:02'),
            C, 'en', 'customer',
            'customer mail quoted: Italian police report, name and birth date, motor policy, no injuries')


def m124():
    body = """Hi Annegret, hi Sevgi,

heads-up on a sensitive case that touches both of you.

Our customer Mr Daniel Whitmore (health insurance K 31-200918, expat plan; term life
L 5.260.441.2), a British national who worked for us... sorry, for our corporate client
Northbridge Engineering in Düsseldorf, had a severe traumatic brain injury in a cycling
accident in Manchester on 2 March 2025. He was treated at Salford Royal (neurosurgery,
decompressive craniectomy) and is now in a neurorehabilitation unit in Leeds.

The Court of Protection (England & Wales) has appointed his sister, Ms Rachel
Whitmore, as his property and affairs deputy (order no. 14418872, dated 30 June 2025).
She asks us to
1. send all correspondence on both policies to her (c/o Harrow & Finch Solicitors,
   Leeds),
2. continue paying the rehab invoices under the health plan directly to the provider,
3. confirm whether the life policy has a terminal illness or waiver of premium benefit.

Legal has checked the order; it is sufficient for us to deal with her. I have updated
the correspondence address. Please treat all medical details via the secure portal
only.

Felix
"""
    return (mail('Dr. Felix Aschenbrenner <felix.aschenbrenner@rheinauen.example>',
                 'Annegret Pohl <annegret.pohl@rheinauen.example>, Sevgi Aydın <sevgi.aydin@rheinauen.example>',
                 'Court of Protection deputy – Whitmore – health and life policies', body,
                 date='11.07.2025 17:20'),
            S, 'en', 'internal', 'UK court deputyship: named insured with traumatic brain injury, health and life policies')


def m125():
    body = """EUROPEAN ENFORCEMENT WATCH – Issue 42, May 2025
A newsletter of Lex Transnational Publishing

IN THIS ISSUE
1. Poland: new electronic service of garnishment orders by court bailiffs (e-Komornik)
   from 1 July 2025 – what third-party debtors abroad need to know
2. France: the "saisie administrative à tiers détenteur" and foreign insurers –
   Conseil d'État confirms territorial limits
3. Germany: Federal Court of Justice on the garnishability of occupational disability
   annuities (§ 850b ZPO) – blanket orders are not enough
4. Czech Republic: reform of the court executor system postponed again
5. Statistics corner: 1.2 million cross-border enforcement cases in the EU in 2024
   (estimate), 61 % concerning consumer debt

Read the full issue online:
https://www.lex-transnational.example/eew/42

You receive this newsletter as a subscriber of Lex Transnational.
Manage your subscription: https://www.lex-transnational.example/account
"""
    fwd = """Priya, Uwe – item 1 (e-Komornik) will change how Polish orders reach us. Item 3 is
the BGH decision we already cite in our declarations.
M.

-------- Forwarded Message --------
From: European Enforcement Watch <newsletter@lex-transnational.example>
Date: 20.05.2025 06:00
To: Legal Department <recht@rheinauen.example>
Subject: European Enforcement Watch #42 – e-Komornik, SATD, § 850b ZPO

""" + body
    return (mail('Mareike Wolters <mareike.wolters@rheinauen.example>',
                 'Priya Raman <priya.raman@rheinauen.example>, Uwe Brinkhoff <uwe.brinkhoff@rheinauen.example>',
                 'Fwd: European Enforcement Watch #42 – e-Komornik, SATD, § 850b ZPO', fwd,
                 date='20.05.2025 08:34'),
            N, 'en', 'newsletter', 'trap: legal newsletter on cross-border garnishment, no person')


def m126():
    body = """Hallo Herr Reusch,

Herr Schlömer hat angerufen und die unten stehende Mail geschickt. Er möchte die
Kfz-Beiträge stunden lassen. Können Sie das entscheiden? Ich habe ihm gesagt, dass wir
uns bis Freitag melden.

Gruß
Lena Marx

---

Von: Marco Schlömer <marco.schloemer@freemail-de.example>
Gesendet: Dienstag, 11. Februar 2025 08:17
An: service@rheinauen.example
Betreff: Beitrag Auto - bitte Stundung

Guten Tag,

ich bin seit Dezember arbeitslos und bekomme jetzt Bürgergeld. Bescheid vom Jobcenter
Rhein-Erft vom 03.02.2025 hab ich angehängt, da steht drin 563 EUR Regelbedarf plus
Miete, BG-Nr. 51203//0044182. Das Jobcenter zieht die Kfz-Haftpflicht vom Einkommen ab,
aber das Geld kommt erst im März.

Kann ich die Rate für Februar und März (Vertrag KH 41 644017, Auto BM-MS 88) später
zahlen? Die Lastschrift vom Konto DE25 4124 8111 3212 6362 57 bitte diesmal nicht
einziehen, sonst geht das Konto ins Minus.

Danke
Marco Schlömer
"""
    return (mail('Lena Marx <lena.marx@rheinauen.example>',
                 'Tobias Reusch <tobias.reusch@rheinauen.example>',
                 'WG: Beitrag Auto - bitte Stundung', body, date='11.02.2025 12:40', cte='8bit'),
            C, 'de', 'customer',
            'quoted customer mail: citizen\'s income benefit, job centre number, motor policy, IBAN')


def m127():
    body = """Zentrale Zulagenstelle für Altersvermögen (ZfA)
bei der Deutschen Rentenversicherung Bund
10868 Berlin

Anbieternummer 7104-418
Meldung "Schädliche Verwendung / Tod des Zulageberechtigten"

Sehr geehrte Damen und Herren,

wir haben Ihnen im Datensatzverfahren am 22.07.2025 die Auszahlung des Altersvorsorge-
vermögens im Todesfall gemeldet. Da die Meldung mit Fehlerkennzeichen zurückkam, hier
vorab die Angaben zur Klärung:

  Zulageberechtigter:       Herr Frank Schmitz-Odenthal
  Zulagenummer:             180569S007141
  Geburtsdatum:             18.05.1969
  Sterbedatum:              26.05.2025 (Sterbeurkunde Standesamt Köln, Reg.-Nr. S 3318/2025)
  Vertrag:                  Riester-Rentenversicherung L 6.710.225.4
  Altersvorsorgevermögen:   27.411,08 EUR
  davon Zulagen:            3.814,00 EUR (Grund- und Kinderzulagen 2008-2024)
  Empfängerin:              Frau Petra Schmitz-Odenthal (Ehefrau), keine Übertragung
                            auf einen eigenen Altersvorsorgevertrag

Da keine Übertragung auf einen Vertrag der Ehegattin erfolgt, liegt eine schädliche
Verwendung vor; die Zulagen werden zurückgefordert und von uns einbehalten. Bitte teilen
Sie uns mit, ob die Zulage 2024 (Antrag vom 03.02.2025) noch festgesetzt wird.

Mit freundlichen Grüßen
Rheinauen Lebensversicherung AG
Riester-Service
"""
    return (mail('Riester-Service Rheinauen <riester@rheinauen.example>',
                 'ZfA Anbieterbetreuung <anbieter@zfa-drv.example>',
                 'Anbieter 7104-418 – Todesfall Schmitz-Odenthal – Fehlerkennzeichen', body,
                 date='29.07.2025 09:24'),
            S, 'de', 'insurer-to-authority',
            'pension subsidy office: death of a named person, Riester life contract, birth date, heir')


def m128():
    body = """Hi Priya, hier wie versprochen unser kleines Glossar für das International Desk.
Gern ergänzen – it's in the team wiki too.

  Amtsgericht – Vollstreckungsgericht ..... local court – enforcement court
  Pfändungs- und Überweisungsbeschluss ...... garnishment and transfer order (PfÜB)
  Vorpfändung (§ 845 ZPO) ................... preliminary garnishment notice
  Drittschuldnererklärung (§ 840 ZPO) ....... third-party debtor declaration
  Gerichtsvollzieher ........................ court bailiff (DGVZ)
  Jobcenter / Bürgergeld .................... job centre / citizen's income (basic benefit)
  Erwerbsminderungsrente .................... reduced earning capacity pension
  Grad der Behinderung (GdB) ................ degree of disability (0-100)
  Schwerbehindertenausweis .................. severely disabled person's ID card (GdB 50+)
  Versorgungsamt ............................ disability assessment office
  Standesamt ................................ registry office (births, marriages, deaths)
  Nachlassgericht / Erbschein ............... probate court / certificate of inheritance
  Betreuungsgericht / Betreuer .............. guardianship court / legal guardian
  Staatsanwaltschaft ........................ public prosecutor's office
  Schweigepflichtentbindung ................. release from medical secrecy (consent)

Viele Grüße / cheers
Mareike
"""
    return (mail('Mareike Wolters <mareike.wolters@rheinauen.example>',
                 'Priya Raman <priya.raman@rheinauen.example>',
                 'Glossar Behördendeutsch – English', body, date='13.01.2025 16:47'),
            N, 'mixed', 'internal', 'trap: German-English glossary of authority terms')


def m129():
    body = """Hallo Frau Weyer,

danke für die Diebstahlanzeige. Wir haben den Schaden aufgenommen:

  Vertrag:        Fahrradversicherung FR 1044872 (E-Bike-Vollschutz)
  Schaden-Nr.:    S-2025-0517302
  Fahrrad:        Cube Kathmandu Hybrid Pro 750, Rahmennr. WCB5512083, gekauft 04/2024
                  für 3.899 EUR
  Diebstahl:      16.05.2025 zwischen 18:30 und 21:15 Uhr, Fahrradständer vor dem
                  Kino Odeon, Severinstr. 81, Köln, mit Faltschloss angeschlossen
  Polizei:        Anzeige bei der Polizei Köln, Tagebuchnummer 250516-2118-K11

Wir brauchen noch:
1. beide Schlüssel des Faltschlosses (bitte per Einschreiben),
2. die Kaufrechnung des Fahrrads und des Schlosses,
3. Ihre Bestätigung, dass das Fahrrad nicht wieder aufgetaucht ist, nach vier Wochen.

Die Entschädigung (Neuwert abzüglich 10 % Selbstbeteiligung) überweisen wir dann auf
Ihr bekanntes Konto.

Viele Grüße
Oliver Brandt
Sach-Schaden
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Oliver Brandt <oliver.brandt@rheinauen.example>',
                 'Sandra Weyer <sandra.weyer@web-mail.example>',
                 'Ihr Fahrraddiebstahl – S-2025-0517302', body, date='20.05.2025 12:50'),
            C, 'de', 'insurer-to-customer', 'bicycle theft with police report number: named customer, policy, claim')


def m130():
    body = """Liebe Führungskräfte,

zur Info: Unser Kollege Herr Thorsten Bungarten (Kfz-Schaden) ist für die Amtsperiode
2024–2028 als Schöffe am Landgericht Köln gewählt worden. Schöffen sind ehrenamtliche
Richter; die Freistellung für Sitzungstage ist gesetzlich vorgeschrieben (§ 45 Abs. 1a
DRiG), das Gehalt läuft weiter, die Verdienstausfallentschädigung des Gerichts wird mit
uns verrechnet.

Herr Bungarten bekommt die Sitzungstermine jeweils zum Jahresbeginn; bitte planen
Sie im Team Kfz-Schaden dafür ca. 12 Tage im Jahr ein. Die Termine für 2025 trägt er
selbst in den Teamkalender ein.

Wenn weitere Mitarbeitende als Schöffen oder ehrenamtliche Richter an Sozial- oder
Arbeitsgerichten tätig werden, melden Sie das bitte der Personalabteilung.

Viele Grüße
Bettina Kühn
Personalabteilung
"""
    return (mail('Bettina Kühn <bettina.kuehn@rheinauen.example>',
                 'Führungskräfte Schaden <fk-schaden@rheinauen.example>',
                 'Info: Freistellung für Schöffendienst', body, date='09.01.2025 10:10'),
            N, 'de', 'internal', 'trap: colleague serving as lay judge, organisational only')


def m131():
    body = """Dear Ms Bakker,

Re: Rechtbank Limburg, zaak-/rolnummer C/03/338418 / FA RK 25-1102
Divorce of Mr Thomas Jansen-Reuter and Ms Lotte Jansen

Thank you for your letter on behalf of Ms Jansen. You ask for information on the
pension and life policies of your client's husband for the division under Dutch law
(Wet verevening pensioenrechten bij scheiding).

With the consent of Mr Jansen-Reuter, who has confirmed it to us in writing, we can
provide the following:

1. Private pension insurance L 6.381.907.2 (policyholder and insured person
   Mr Thomas Jansen-Reuter, born 09/11/1980), started 1 January 2012. Surrender value
   as at 31 March 2025: EUR 38,116.45; value accrued during the marriage
   (1 June 2014 to 31 March 2025): EUR 31,902.10.
2. Term life insurance L 5.290.118.6, sum assured EUR 300,000, beneficiary: Ms Lotte
   Jansen. This policy has no surrender value. Please note that Mr Jansen-Reuter was
   accepted with a premium loading because of his heart condition (hypertrophic
   cardiomyopathy, ICD I42.1); a change of insured person is not possible.

A German-law pension split (Versorgungsausgleich) will not be carried out by us, as the
divorce is pronounced by a Dutch court. If the court orders a payment, please send us
the final decision with an apostille.

Yours sincerely
Versorgungsausgleich / Pension Splitting Team
Rheinauen Lebensversicherung AG
"""
    return (mail('Versorgungsausgleich Rheinauen <versorgungsausgleich@rheinauen.example>',
                 'mr. Femke Bakker <f.bakker@bakker-familierecht.example>',
                 'C/03/338418 – Jansen-Reuter / Jansen – policy information', body,
                 date='17.04.2025 14:58'),
            S, 'en', 'insurer-to-lawyer',
            'Dutch divorce: named spouses, life and pension policy values, heart condition underwriting')


def m132():
    body = """Amtsgericht Leverkusen
Gerichtsstr. 9
51379 Leverkusen

Az.: 26 C 118/25

In dem Rechtsstreit
  Frau Claudia Hensen, Quettinger Str. 40, 51381 Leverkusen – Klägerin –
gegen
  1. Herrn Michael Steinhauer, Bergische Landstr. 7, 51375 Leverkusen – Beklagter zu 1 –
  2. Rheinauen Allgemeine Versicherung AG – Beklagte zu 2 –

zeigen wir an, dass wir uns für beide Beklagten gegen die Klage verteidigen werden. Der
Beklagte zu 1 ist bei der Beklagten zu 2 kfz-haftpflichtversichert (KH 41 692044).

Wir beantragen, die Klage abzuweisen.

Begründung (vorläufig): Die Klägerin verlangt Ersatz des Sachschadens aus dem
Verkehrsunfall vom 08.11.2024 auf dem Parkplatz des Rewe-Marktes, Opladener Str. 92
(Reparaturkosten 4.118,30 EUR, Nutzungsausfall 9 Tage x 59 EUR). Personen wurden
nicht verletzt. Der Beklagte zu 1 ist rückwärts aus einer Parkbucht ausgeparkt, als die
Klägerin mit unangepasster Geschwindigkeit die Fahrgasse befuhr. Auf Parkplätzen gilt
das Gebot gegenseitiger Rücksichtnahme; wir halten eine Haftungsquote von 50:50 für
angemessen und haben 2.059,15 EUR bereits gezahlt.

Rheinauen Allgemeine Versicherung AG
Kfz-Schaden – Prozessabteilung
Ass. jur. Tobias Reusch
"""
    return (mail('Tobias Reusch <tobias.reusch@rheinauen.example>',
                 'AG Leverkusen Geschäftsstelle 26 <gst26@ag-leverkusen.justiz-nrw.example>',
                 '26 C 118/25 – Hensen ./. Steinhauer u. a. – Verteidigungsanzeige', body,
                 date='03.04.2025 16:41'),
            C, 'de', 'insurer-to-court', 'civil court motor liability case: named parties, addresses, policy, property damage only')


def m133():
    body = """Records retention schedule – Legal Department (extract, approved 1 Feb 2025)

Record type                                           Retention        Legal basis / reason
Garnishment files (order, declaration, payments)      6 years after    § 257 HGB, § 147 AO
                                                      last payment
Requests from job centres / welfare offices           3 years          limitation (§ 195 BGB)
Requests from police / prosecutors incl. released     10 years         defence of legal
files (copies)                                                         claims
Social court proceedings (copies of submissions)      10 years after   defence of legal
                                                      final decision   claims
Foreign authority requests and translations           6 years          as garnishment files
Registry office certificates received (copies)        with the policy  policy record

Deletion runs: quarterly, documented in the deletion log (tool "RetentionManager").
Paper originals go to secure shredding (class P-5) via the Legal Department secretariat.

Questions: Henrike Vos (Compliance)
"""
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Retention schedule Legal</title></head>
<body><h1>Records retention schedule &ndash; Legal Department</h1>
<p>Approved 1 February 2025 by the Compliance Committee.</p>
<table border="1" cellpadding="4">
<tr><th>Record type</th><th>Retention</th><th>Legal basis / reason</th></tr>
<tr><td>Garnishment files (order, declaration, payments)</td><td>6 years after last payment</td><td>&sect; 257 HGB, &sect; 147 AO</td></tr>
<tr><td>Requests from job centres / welfare offices</td><td>3 years</td><td>limitation (&sect; 195 BGB)</td></tr>
<tr><td>Requests from police / prosecutors incl. released files</td><td>10 years</td><td>defence of legal claims</td></tr>
<tr><td>Social court proceedings (copies of submissions)</td><td>10 years after final decision</td><td>defence of legal claims</td></tr>
<tr><td>Foreign authority requests and translations</td><td>6 years</td><td>as garnishment files</td></tr>
<tr><td>Registry office certificates received (copies)</td><td>with the policy</td><td>policy record</td></tr>
</table></body></html>
"""
    return (mail('Henrike Vos <henrike.vos@rheinauen.example>',
                 'Legal Department <recht@rheinauen.example>',
                 'Retention schedule Legal – approved version', body, date='03.02.2025 11:30',
                 atts=[('retention_schedule_legal_2025.html', HTML, html)]),
            N, 'en', 'internal', 'trap: retention schedule for garnishment and authority files')


def m134():
    body = """Sergeant Aoife Duggan
An Garda Síochána, Roads Policing Unit, Galway
Your reference: PULSE 25331187

Dear Sergeant Duggan,

We confirm that the motorhome Hymer B-MC T 680, German registration MK-FH 2204, was
insured with Rheinauen Allgemeine Versicherung AG for motor third-party liability on
4 August 2025 (policy KH 41 733560, green card D/118/41733560, valid for Ireland).

Policyholder: Mr Frank Hüsgen, Iserlohn, Germany.

We have registered the collision with a stone wall and a parked van on the N59 near
Clifden on 4 August 2025 under claim no. S-2025-0804471. As stated in your e-mail, no
persons were injured. Our correspondent in Ireland, Dublin Claims Agency Ltd, will
handle the third-party property damage; the owner of the van and the owner of the wall
may contact them quoting our claim number.

Yours sincerely
Tobias Reusch
Motor Claims
Rheinauen Allgemeine Versicherung AG
"""
    return (mail('Tobias Reusch <tobias.reusch@rheinauen.example>',
                 'Sgt A. Duggan <galway.roadspolicing@garda.example>',
                 'PULSE 25331187 – MK-FH 2204 – confirmation of insurance', body,
                 date='06.08.2025 10:11'),
            C, 'en', 'insurer-to-authority', 'Irish police: named policyholder, plate, policy, claim, no injuries')


def m135():
    doc = odt([
        'Cross-border garnishments 2024/2025 – case list for the GDV working group "International"',
        'Prepared by the International Desk, Rheinauen. Internal – do not forward outside the WG.',
        '',
        '1. PL – Komornik Wrocław, Km 1877/24 – debtor Paweł Grzelak (b. 04.07.1986) – motor claim '
        'EUR 1,570 – not recognised, referred to AG Görlitz.',
        '2. FR – DGFiP Strasbourg, ATD 2025-67-0048812 – debtor Julien Marchal (b. 14.03.1979) – '
        'household claim EUR 1,265 – blocked 6 weeks, no request via BZSt received.',
        '3. AT – BG Innsbruck, 12 E 914/25t – debtor Florian Angerer (b. 30.11.1982) – motor claim '
        'EUR 3,140.50 – recognised under Brussels Ia after exequatur-free enforcement check, paid to court.',
        '4. CZ – Exekutor Praha 6, 118 EX 04471/25 – debtor Tomáš Beneš (b. 11.01.1990) – no sums owed.',
        '5. CH – Betreibungsamt Basel-Stadt, 25-118804 – debtor Luca Brändli (b. 19.12.1985) – motor '
        'claim EUR 1,388.20 – no effect in Germany, paid to customer.',
        '6. BE – Huissiers Delvaux & Lemaire, D/25/1187 – debtor Kevin Vandenberghe (b. 22.02.1992) – '
        'liability claim, indemnity owed to injured party.',
        '7. US – IRS Notice of Levy 2025-PHL-0418873 – taxpayer Jonathan R. Pierce – household claim '
        'EUR 3,907.50 – not honoured.',
        '',
        'Observation: none of the foreign instruments except the Austrian court order had effect in '
        'Germany. Proposal for the WG: common model answer in English.',
    ])
    body = """Hi Mareike,

for the GDV working group on 13 November – here is the case list you asked for. I
left the names in so that you can find the files; please anonymise before it goes to
the WG (I'd replace names with PL-1, FR-1 etc.).

Priya
"""
    return (mail('Priya Raman <priya.raman@rheinauen.example>',
                 'Mareike Wolters <mareike.wolters@rheinauen.example>',
                 'Case list cross-border garnishments for GDV WG', body, date='20.10.2025 12:25',
                 atts=[('cross-border_garnishments_2024-2025.odt', ODT, doc)]),
            C, 'en', 'internal', 'ODT attachment: named foreign garnishment debtors with birth dates and claims')


def m136():
    body = """Liebe Kolleginnen und Kollegen im Kundenservice,

immer wieder rufen Kundinnen und Kunden an, weil ihr Konto gepfändet ist und sie
fürchten, dass unsere Lastschrift nicht mehr eingelöst wird. Ein paar Eckpunkte zum
Pfändungsschutzkonto (P-Konto, § 850k und §§ 899 ff. ZPO), damit Sie richtig
informieren können:

- Jede Person kann ihr Girokonto in ein P-Konto umwandeln lassen. Der monatliche
  Grundfreibetrag (seit 01.07.2025: 1.555,00 EUR) bleibt auch bei einer Pfändung frei.
- Lastschriften werden vom P-Konto weiter ausgeführt, solange das Guthaben im Rahmen
  des Freibetrags reicht.
- Höhere Freibeträge (Unterhaltspflichten, Kindergeld) gibt es mit einer Bescheinigung
  der Schuldnerberatung, des Arbeitgebers oder der Familienkasse.
- Wir als Versicherer haben mit dem P-Konto nichts zu tun – bitte keine Rechtsberatung
  geben, sondern auf die Schuldnerberatung der Verbraucherzentrale verweisen.

Wichtig: Die Frage, ob ein Kunde eine Pfändung hat, gehört nicht in die Kundennotiz.

Viele Grüße
Uwe Brinkhoff
"""
    return (mail('Uwe Brinkhoff <uwe.brinkhoff@rheinauen.example>',
                 'Kundenservice <kundenservice-team@rheinauen.example>',
                 'Info: Pfändungsschutzkonto – was wir Kunden sagen können', body,
                 date='10.07.2025 09:05'),
            N, 'de', 'internal', 'trap: general information on protected accounts, no customer')


def m137():
    body = """Dear Mr O'Sullivan,

thank you for your application for occupational disability insurance (application no.
A-2025-77410, insured occupation: software architect, BU annuity EUR 2,000 per month)
and for telling us openly about your Schwerbehindertenausweis.

From the decision of the Versorgungsamt (Stadt Köln, 12 November 2023) you sent us, a
degree of disability (GdB) of 40 was determined for diabetes mellitus type 1 with
insulin pump therapy and for a moderate hearing loss on the left. A GdB is not an
obstacle to insurance as such. For our risk assessment we need:

1. the last two reports of your diabetologist with HbA1c values for 2024 and 2025
   and information on any hypoglycaemias requiring third-party help;
2. confirmation from your ophthalmologist that there is no diabetic retinopathy;
3. the audiogram from your ENT specialist.

Based on what we know so far, we expect to be able to offer cover with a premium
loading of 25 % and an exclusion for hearing impairment. We will confirm this once we
have the reports.

Kind regards
Underwriting Life & Disability
Rheinauen Lebensversicherung AG
Marie-Luise Breuer
"""
    return (mail('Marie-Luise Breuer <marie-luise.breuer@rheinauen.example>',
                 "Cian O'Sullivan <cian.osullivan@protonmail-eu.example>",
                 'Your BU application A-2025-77410 – GdB decision', body, date='24.04.2025 11:18'),
            S, 'en', 'insurer-to-applicant', 'BU underwriting: GdB decision, type 1 diabetes, hearing loss, loading')


def m138():
    body = """Finanzamt Bergheim
Veranlagungsbezirk 2 (Gewerbetreibende)
z. Hd. Herrn Steueramtmann Lenzen

Ihr Auskunftsersuchen nach § 93 AO vom 04.03.2025
Steuerpflichtiger: Herr Norbert Fassbender, Elektromeister, Einzelunternehmen
Steuernummer 203/5029/1184

Sehr geehrter Herr Lenzen,

Sie bitten um Auskunft über die in den Jahren 2022 bis 2024 von Herrn Fassbender
gezahlten Beiträge zur Betriebshaftpflicht- und Inhaltsversicherung sowie über
geleistete Entschädigungen. Wir teilen mit:

  Vertrag BH 6021447 (Betriebshaftpflicht Elektrohandwerk)
     Beiträge 2022: 1.184,20 EUR / 2023: 1.242,90 EUR / 2024: 1.301,55 EUR
  Vertrag GI 4410982 (Geschäftsinhaltsversicherung, Werkstatt Zülpicher Str. 18)
     Beiträge 2022: 612,00 EUR / 2023: 640,80 EUR / 2024: 671,40 EUR
     Entschädigung 2023: 14.880,00 EUR (Einbruchdiebstahl Werkzeug, S-2023-0902117),
     gezahlt am 19.12.2023 auf das Geschäftskonto DE53 7307 0148 0076 0737 63

Weitere Zahlungen an den Steuerpflichtigen erfolgten nicht.

Mit freundlichen Grüßen
Rheinauen Allgemeine Versicherung AG
Firmenkunden-Betrieb, i. A. Oliver Brandt
"""
    return (mail('Oliver Brandt <oliver.brandt@rheinauen.example>',
                 'Finanzamt Bergheim <poststelle.bergheim@finanzamt-nrw.example>',
                 'Auskunft § 93 AO – St.-Nr. 203/5029/1184 – Fassbender', body, date='18.03.2025 15:32'),
            C, 'de', 'insurer-to-authority', 'tax office request: sole trader, tax number, premiums, claim payment, IBAN')


def m139():
    body = """Sehr geehrter Herr Rechtsanwalt Dr. Feldhoff,

in der Zwangsvollstreckungssache Ihrer Mandantin, der Volksbank Erft eG, gegen Herrn
Bernd Klapperich (AG Bergheim, 14 M 1920/25) bestätigen wir den Eingang Ihrer
Kündigung vom 05.09.2025.

Mit dem Pfändungs- und Überweisungsbeschluss ist das Kündigungsrecht aus der
Kapitallebensversicherung L 3.884.102.5 auf Ihre Mandantin übergegangen. Der Vertrag
ist damit zum 30.09.2025 gekündigt.

  Rückkaufswert zum 30.09.2025:            24.188,73 EUR
  abzüglich Kapitalertragsteuer und Soli
  (vorläufig, Ertragsanteil):               - 1.102,40 EUR
  Auszahlungsbetrag:                        23.086,33 EUR

Die Ehefrau des Schuldners, Frau Monika Klapperich, ist als widerruflich
Bezugsberechtigte eingetragen. Wir haben sie über ihr Eintrittsrecht nach § 170 VVG
informiert; sie kann innerhalb eines Monats mit Zustimmung des Schuldners in den
Vertrag eintreten, indem sie den Gläubiger bis zur Höhe des Rückkaufswerts befriedigt.
Die Frist läuft bis 10.10.2025. Erst danach zahlen wir an Ihre Mandantin.

Mit freundlichen Grüßen
Uwe Brinkhoff
Drittschuldnerstelle
Rheinauen Lebensversicherung AG
"""
    return (mail('Uwe Brinkhoff <uwe.brinkhoff@rheinauen.example>',
                 'RA Dr. Feldhoff <zwangsvollstreckung@feldhoff-kanzlei.example>',
                 '14 M 1920/25 – Klapperich – Kündigung Lebensversicherung', body,
                 date='10.09.2025 11:58'),
            S, 'de', 'insurer-to-lawyer', 'garnished endowment life policy of a named debtor, surrender value, spouse beneficiary')


def m140():
    body = """Hi team,

please give a warm welcome to Dr. Jonas Weidenfeld, who joins the Occupational
Disability Claims team on 1 September as senior medical claims consultant. Jonas spent
the last eight years at the German statutory pension insurance (DRV Rheinland), where
he worked in the socio-medical service and, most recently, as team lead for reduced
earning capacity assessments. He knows the DRV side of our customers' parallel
procedures better than anyone, so please use him!

Jonas will sit in A 4.11 next to Kathrin. Join us for coffee and cake on Monday at
10:30 in the 4th floor kitchen.

Best
Claudia
Head of Life & Disability Claims
"""
    return (mail('Claudia Heimbach <claudia.heimbach@rheinauen.example>',
                 'Claims Life & Disability <claims-life@rheinauen.example>',
                 'Welcome Jonas Weidenfeld – joining from DRV', body, date='29.08.2025 15:30'),
            N, 'en', 'internal', 'trap: personnel announcement of a new colleague from the pension insurance')


def m141():
    body = """Auszug aus dem Tätigkeitsbericht des Datenschutzbeauftragten 2024
(Kapitel 5 "Übermittlungen an Behörden und Gerichte") – Entwurf zur Abstimmung

Im Berichtsjahr sind 9.344 Ersuchen von Behörden und Gerichten eingegangen (2023: 8.915).
Davon betrafen 1.106 die Personenversicherung (Leben, BU, Kranken, Pflege, Unfall).

Bei 37 Ersuchen wurde die Auskunft ganz oder teilweise verweigert, überwiegend weil
Gesundheitsdaten ohne Einwilligung oder Beschlagnahmebeschluss angefordert wurden
(Polizei: 14, ausländische Behörden: 11, Jobcenter: 8, sonstige: 4).

Datenschutzvorfälle im Zusammenhang mit Behördenanfragen: 3.
- Fehlversand einer Drittschuldnererklärung an ein falsches Vollstreckungsgericht
  (keine Gesundheitsdaten, kein Meldeerfordernis).
- Versand eines Leistungsauszugs per unverschlüsselter E-Mail an ein Versorgungsamt
  (Meldung an die LDI NRW nach Art. 33 DSGVO erfolgt, Betroffene informiert).
- Verlust eines Briefes an ein Sozialgericht auf dem Postweg (Risiko als gering bewertet).

Maßnahmen: Schulungen (5 Termine, 212 Teilnehmende), Formular RV-SE-07, Umstellung der
Gerichtskommunikation auf das beBPo.

Bitte Rückmeldung bis 14.03. – Jens Lamprecht
"""
    return (mail('Jens Lamprecht <jens.lamprecht@rheinauen.example>',
                 'Dr. Felix Aschenbrenner <felix.aschenbrenner@rheinauen.example>',
                 'Tätigkeitsbericht DSB 2024 – Kapitel 5 Entwurf', body, date='06.03.2025 17:05'),
            N, 'de', 'internal', 'trap: DPO annual report excerpt with counts and anonymous incidents')


def m142():
    body = """Dear Ms Rautio,

thank you for letting us know that you are leaving Germany, and for the deregistration
certificate (Abmeldebestätigung) from the Bürgeramt Bonn showing that you moved out of
Kaiserstraße 126, 53113 Bonn on 30 June 2025, new address in Tampere, Finland.

We have cancelled your policies as follows:

  Household contents HR 5587214      ends 30 June 2025 (move abroad, special right)
  Private liability PH 3455901        ends 30 June 2025 at your request
  Motor KH 41 811730 (BN-AR 305)      ends on the day the car is deregistered or
                                       re-registered in Finland; please send us the
                                       deregistration or the Finnish registration

Premiums paid in advance for the period after 30 June (EUR 58.70) will be refunded to
your German account, which you said will remain open until the end of the year
(IBAN ending 7863).

Good luck with your new job in Tampere!

Kind regards
Lena Marx
Customer Service
Rheinauen Versicherung
"""
    return (mail('Lena Marx <lena.marx@rheinauen.example>',
                 'Sanna Rautio <sanna.rautio@kolumbus-mail.example>',
                 'Your move to Finland – policies cancelled', body, date='02.07.2025 16:44'),
            C, 'en', 'insurer-to-customer', 'deregistration certificate: named customer, old and new address, non-life policies')


def m143():
    body = """Dear Ms Okonjo-Brandt, dear Mr Brandt,

congratulations on the birth of your son Elias on 11 September 2025.

We have received the birth certificate from the Standesamt Köln and the registration
form. Elias is insured in our health plan from birth without a health check and without
waiting periods (child enrolment within two months of birth, § 198 VVG):

  Insured person: Elias Brandt, born 11.09.2025
  Policy:         K 20-658804 (child tariff KV-Komfort K, same level of cover as his mother)
  Premium:        EUR 162.34 per month incl. long-term care insurance, from 1 September 2025

Regarding the invoices from the University Hospital Cologne that you sent: we note that
Elias was born at 31+4 weeks and was treated in the neonatal intensive care unit from
11 to 29 September (respiratory distress syndrome, CPAP ventilation, phototherapy for
jaundice). These costs are covered in full under the child's own policy. The invoice
of EUR 48,912.60 will be paid directly to the hospital.

We wish you all the best for your little family.

Kind regards
Sevgi Aydın
Health Claims
Rheinauen Krankenversicherung AG
"""
    return (mail('Sevgi Aydın <sevgi.aydin@rheinauen.example>',
                 'Ngozi Okonjo-Brandt <ngozi.okonjo-brandt@family-mail.example>',
                 'Elias – health insurance from birth and NICU invoice', body, date='07.10.2025 14:12',
                 cc='Jan Brandt <jan.brandt@family-mail.example>'),
            S, 'en', 'insurer-to-customer', 'newborn enrolment with birth certificate: premature birth, NICU treatment')


def m144():
    body = """Hallo zusammen,

für unseren Poolwagen K-RV 2201 (Skoda Superb, Fuhrpark) ist ein Anhörungsbogen der
Bußgeldstelle der Stadt Bonn gekommen: Geschwindigkeitsüberschreitung am 04.06.2025
um 14:12 Uhr auf der Reuterstraße, 16 km/h zu schnell innerorts (Verwarnungsgeld 70 EUR,
kein Punkt).

Laut Fahrtenbuch war der Wagen an dem Tag für einen Termin beim Sozialgericht Bonn
gebucht, der Eintrag ist aber unleserlich. Wer an dem Tag mit dem Wagen unterwegs war,
melde sich bitte bis Freitag direkt bei mir – ich fülle den Bogen dann mit Ihnen aus.
Das Verwarnungsgeld trägt nach der Fuhrparkrichtlinie der Fahrer bzw. die Fahrerin.

Danke und Gruß
Ralf Engels
Facility Management / Fuhrpark
"""
    return (mail('Ralf Engels <ralf.engels@rheinauen.example>',
                 'Nutzer Poolfahrzeuge <poolfahrzeuge@rheinauen.example>',
                 'Anhörungsbogen Poolwagen K-RV 2201 – wer ist gefahren?', body, date='16.06.2025 10:37'),
            N, 'de', 'internal', 'trap: speeding notice for a company pool car, driver unknown')


def m145():
    body = """Hallo Team Kasko,

bitte anlegen, Kunde hat per Mail gemeldet (unten). Polizeiliche Anzeige liegt vor.

Gruß
Lena

-----Ursprüngliche Nachricht-----
Von: Andreas Nießen <a.niessen@t-online-mail.example>
Gesendet: Montag, 24. März 2025 07:12
An: service@rheinauen.example
Betreff: Auto gestohlen!!! KH 41 708254

Guten morgen,

unser Auto ist heute nacht vor dem Haus geklaut worden (Toyota RAV4 Hybrid, DN-AN 612,
weiss, Baujahr 2022). Ich war gleich bei der Polizei in Düren, Vorgangsnummer
ST/0188412/2025, die haben es sofort zur Fahndung ausgeschrieben. Beide Schlüssel
habe ich noch, die liegen bei uns im Flur.

Was muss ich jetzt machen? Wir brauchen dringend ein Auto, meine Frau muss jeden
Tag nach Aachen zur Arbeit. Zahlt die Versicherung einen Mietwagen?

Adresse: Am Ellernbusch 14, 52355 Düren
Tel 0170 5512094

Gruss Andreas Nießen
"""
    return (mail('Lena Marx <lena.marx@rheinauen.example>',
                 'Kasko-Schaden <kasko@rheinauen.example>',
                 'WG: Auto gestohlen!!! KH 41 708254', body, date='24.03.2025 08:05'),
            C, 'de', 'customer', 'quoted customer mail: car theft with police number, plate, address, motor policy')


def m146():
    body = """Hallo Felix,

kurze Einschätzung zum Gutachten im Verfahren LG Köln 26 O 241/23 (Lützenkirchen ./.
Rheinauen Leben, BU-Vertrag L 7.240.337.1), das heute vom Gericht kam:

Der gerichtliche Sachverständige Prof. Dr. Ahrens (Psychiatrie, Uniklinik Bonn) kommt zu
dem Ergebnis, dass beim Kläger seit Oktober 2022 eine bipolare affektive Störung mit
gegenwärtig mittelgradiger depressiver Episode (F31.3) vorliegt, zusätzlich eine
Alkoholabhängigkeit, seit 14 Monaten abstinent (F10.21). Die Tätigkeit als Filialleiter
im Einzelhandel (Personalverantwortung für 22 Mitarbeitende, Schichtplanung,
Kundenkontakt) sei zu mindestens 50 % seit 01.10.2022 nicht mehr möglich.

Unsere Ablehnung stützte sich auf das Gutachten Dr. Meurer, der eine rezidivierende
depressive Störung, leichte Episode, gesehen hatte. Das gerichtliche Gutachten ist
sorgfältig und setzt sich mit Meurer auseinander. Ich sehe wenig Chancen.

Vorschlag: Anerkenntnis ab 01.10.2022 mit Nachzahlung (31 Monate x 1.350 EUR =
41.850 EUR zzgl. Zinsen) und Vergleichsgespräch über die Kosten. Die anwaltliche
Vertretung (Kanzlei Beumers) würde ich vorab anrufen.

Gruß
Kathrin
"""
    return (mail('Kathrin Oberländer <kathrin.oberlaender@rheinauen.example>',
                 'Dr. Felix Aschenbrenner <felix.aschenbrenner@rheinauen.example>',
                 'LG Köln 26 O 241/23 – Gerichtsgutachten eingegangen', body, date='12.05.2025 17:48', cte='8bit'),
            S, 'de', 'internal', 'court expert report in BU lawsuit: bipolar disorder, alcohol dependence')


def m147():
    body = """Thank you for your e-mail.

I am out of the office until Monday, 8 September 2025, with limited access to e-mail.

For urgent matters concerning cross-border claims please contact
claims-intl@rheinauen.example or call +49 221 4471-3500.

Requests from foreign authorities and courts should be sent to
official-requests@rheinauen.example.

Kind regards
Priya Raman
International Claims Desk
"""
    return (mail('Priya Raman <priya.raman@rheinauen.example>',
                 'Agnieszka Wróbel <swiadczenia.opole@zus-gov.example>',
                 'Automatic reply: Your ref 160000/61/2025/00418-ZWR', body, date='03.09.2025 07:58',
                 headers={'Auto-Submitted': 'auto-replied'}),
            N, 'en', 'insurer-to-authority', 'trap: out-of-office reply to a foreign authority, no content')


def m148():
    body = """Dear Henrike,

for the breach register, please log the following incident (ref. DPI-2025-031) –
I have assessed it as notifiable and will notify the LDI NRW today, within 72 hours.

What happened: On 22 September a claims handler in Health Claims answered a job centre
request (§ 60 SGB II) regarding our insured Mr Alexander Kowalewski (health policy
K 20-611408). By mistake she attached the full benefit statement instead of the
one-page payment overview. The statement lists all invoices since 2023 with diagnoses,
including his inpatient treatment at the LVR-Klinik Bonn for paranoid schizophrenia
(F20.0) and the prescriptions for olanzapine and clozapine. It went unencrypted by
e-mail to the job centre's team mailbox.

Measures so far: the job centre confirmed deletion of the e-mail and the attachment in
writing on 24 September. Mr Kowalewski will be informed by letter (Art. 34 GDPR)
by Health Claims together with me; the letter is in draft. The handler has been
re-briefed; the template for job centre replies now blocks attachments from the
benefit system.

Risk: high (special category data, mental health, disclosed to an authority that
decides on his benefits).

Jens
"""
    return (mail('Jens Lamprecht <jens.lamprecht@rheinauen.example>',
                 'Henrike Vos <henrike.vos@rheinauen.example>',
                 'DPI-2025-031 – data breach, job centre – for the register', body,
                 date='24.09.2025 12:14'),
            S, 'en', 'internal', 'data breach record: named insured, schizophrenia diagnosis and medication')


def m149():
    body = """Hallo zusammen,

das Jobcenter Köln hat seine Funktionspostfächer umgestellt. Ab 01.04.2025 gelten für
Rückfragen zu Auskunftsersuchen nach § 60 SGB II nur noch diese Adressen:

  Standort Innenstadt/Ehrenfeld    Jobcenter-Koeln.Auskunft-Mitte@jobcenter-ge.example
  Standort Kalk/Mülheim            Jobcenter-Koeln.Auskunft-Rechtsrheinisch@jobcenter-ge.example
  Standort Porz/Rodenkirchen       Jobcenter-Koeln.Auskunft-Sued@jobcenter-ge.example
  Standort Chorweiler/Nippes       Jobcenter-Koeln.Auskunft-Nord@jobcenter-ge.example

Die alten Team-Postfächer (Team 6xx) werden noch bis 30.06. weitergeleitet. Wichtig:
Antworten mit Vertragsdaten bitte weiterhin nur per Post oder über die verschlüsselte
Verbindung (Gateway erzwingt TLS für jobcenter-ge.example), nie an private Adressen von
Mitarbeitenden des Jobcenters.

Die Liste ist im Adressbuch "Behörden" aktualisiert.

Gruß
Mareike
"""
    return (mail('Mareike Wolters <mareike.wolters@rheinauen.example>',
                 'Team Behördenanfragen <team-behoerden@rheinauen.example>',
                 'Neue Postfächer Jobcenter Köln ab 01.04.', body, date='27.03.2025 10:48'),
            N, 'de', 'internal', 'trap: new job centre mailbox addresses, no person')


def m150():
    body = """Anmeldebestätigung

Sehr geehrte Frau Blaschke,

vielen Dank für Ihre Anmeldung zum Webinar

  "Pfändung von Versicherungsleistungen: §§ 850b, 850c, 851c ZPO in der Praxis"
  Dienstag, 18. November 2025, 09:30–12:30 Uhr (online)
  Referent: Dipl.-Rechtspfleger (FH) Thomas Overhoff, Amtsgericht Dortmund

Teilnehmende: Jasmin Blaschke, Timo Hackenbroich (Rheinauen Versicherung AG)
Teilnahmegebühr: 2 x 249,00 EUR zzgl. USt., Rechnung folgt an die Firmenanschrift.

Den Zugangslink erhalten Sie drei Tage vor dem Termin. Die Teilnahmebescheinigung
(3 Zeitstunden, anerkennungsfähig für die Fortbildung nach § 15 FAO bei
Rechtsanwältinnen und Rechtsanwälten) wird im Anschluss per E-Mail versandt.

Mit freundlichen Grüßen
Ihr Team der Akademie Vollstreckungsrecht
"""
    fwd = """Zur Info für den Fortbildungskalender – wir sind angemeldet.
Jasmin

-------- Weitergeleitete Nachricht --------
Von: Akademie Vollstreckungsrecht <anmeldung@akademie-vollstreckung.example>
Betreff: Anmeldebestätigung Webinar 18.11.2025

""" + body
    return (mail('Jasmin Blaschke <jasmin.blaschke@rheinauen.example>',
                 'Personalentwicklung <personalentwicklung@rheinauen.example>',
                 'WG: Anmeldebestätigung Webinar 18.11.2025', fwd, date='13.10.2025 13:22'),
            N, 'de', 'internal', 'trap: webinar registration on garnishment of insurance benefits')


# ---------------------------------------------------------------- build and check

MAILS = [globals()['m%03d' % i] for i in range(1, 151) if ('m%03d' % i) in globals()]
LABELS = (N, C, S)
LANGS = ('de', 'en', 'mixed')


def build():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for i, fn in enumerate(MAILS, 1):
        m, label, lang, kind, reason = fn()
        assert fn.__name__ == 'm%03d' % i, fn.__name__
        _finish(m, i)
        name = '%s-%04d.eml' % (PREFIX, i)
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(m.as_bytes(policy=policy.SMTP))
        rows.append((name, label, lang, kind, reason))
    with open(os.path.join(HERE, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('file\tlabel\tlang\tkind\treason\n')
        for r in rows:
            assert all('\t' not in x and '\n' not in x for x in r), r
            f.write('\t'.join(r) + '\n')
    print('wrote %d mails to %s' % (len(rows), OUT))


EMAIL_RE = re.compile(r'[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)')
URL_RE = re.compile(r'(?:https?|ftp)://([A-Za-z0-9.-]+)', re.I)
WWW_RE = re.compile(r'(?<![\w./@-])(www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)', re.I)
IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b')
IBAN_LEN = {'DE': 22, 'AT': 20, 'PL': 28, 'NL': 18, 'FR': 27, 'GB': 22, 'ES': 24, 'CZ': 24,
            'IT': 27, 'IE': 22, 'CH': 21, 'BE': 16, 'LU': 20}


def iban_ok(s):
    s = s.replace(' ', '')
    n = int(''.join(str(int(c, 36)) for c in s[4:] + s[:4]))
    return n % 97 == 1


class _HP(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text = []

    def handle_data(self, d):
        self.text.append(d)


def _att_text(name, data, ctype):
    """Open an attachment and return its text; raises if it does not open."""
    low = (name or '').lower()
    if low.endswith('.pdf') or ctype == 'application/pdf':
        assert data.startswith(b'%PDF-') and data.rstrip().endswith(b'%%EOF'), name
        assert b'xref' in data and b'trailer' in data, name
        x = int(data[data.rindex(b'startxref') + 9:].split()[0])
        assert data[x:x + 4] == b'xref', name
        parts = re.findall(rb'\(((?:\\.|[^\\)])*)\)', data)
        return '\n'.join(p.replace(b'\\(', b'(').replace(b'\\)', b')').replace(b'\\\\', b'\\')
                         .decode('cp1252') for p in parts)
    if low.endswith(('.docx', '.xlsx', '.odt', '.ods', '.zip')):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, name
        out = []
        for zi in z.infolist():
            assert zi.date_time == ZIP_TS, (name, zi.filename)
            inner = z.read(zi)
            if zi.filename.endswith('.xml') or zi.filename.endswith('.rels'):
                ElementTree.fromstring(inner)
                out.append(re.sub(r'<[^>]+>', ' ', inner.decode('utf-8')))
            elif zi.filename == 'mimetype':
                assert inner.startswith(b'application/vnd.oasis'), name
                assert z.infolist()[0].filename == 'mimetype'
                assert zi.compress_type == zipfile.ZIP_STORED
            else:
                out.append(_att_text(zi.filename, inner, ''))
        if low.endswith('.docx'):
            assert 'word/document.xml' in z.namelist()
        if low.endswith('.xlsx'):
            assert 'xl/workbook.xml' in z.namelist()
        return '\n'.join(out)
    if low.endswith('.ics'):
        t = data.decode('utf-8')
        assert t.lstrip().startswith('BEGIN:VCALENDAR') and 'END:VCALENDAR' in t, name
        assert 'BEGIN:VEVENT' in t and 'DTSTART' in t, name
        return t
    if low.endswith(('.html', '.htm')):
        hp = _HP()
        hp.feed(data.decode('utf-8'))
        return ' '.join(hp.text)
    if low.endswith(('.csv', '.txt', '.log', '.xml', '.json')):
        for enc in ('utf-8', 'cp1252'):
            try:
                t = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        if low.endswith('.csv'):
            rows = list(csv.reader(io.StringIO(t), delimiter=';' if t.count(';') > t.count(',') else ','))
            assert len(rows) >= 2 and all(len(r) == len(rows[0]) for r in rows if r), name
        if low.endswith('.xml'):
            ElementTree.fromstring(data)
        return t
    raise AssertionError('unknown attachment type: %r' % name)


def _texts(msg, where, out, atts):
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if ct == 'message/rfc822':
            assert part.get_param('boundary') is None, where + ': boundary on message/rfc822'
            inner = part.get_content()
            assert inner['From'] and inner['Subject'], where
            atts.append((where, 'message/rfc822'))
            for h in ('From', 'To', 'Cc', 'Subject'):
                if inner[h]:
                    out.append(str(inner[h]))
            _texts(inner, where + '>rfc822', out, atts)
            continue
        if fn:
            data = part.get_payload(decode=True)
            out.append(_att_text(fn, data, ct))
            atts.append((where, fn))
        elif ct in ('text/plain', 'text/html'):
            t = part.get_content()
            if ct == 'text/html':
                hp = _HP()
                hp.feed(t)
                out.append(t)
            else:
                out.append(t)
        else:
            raise AssertionError('%s: unexpected part %s' % (where, ct))


def check():
    errors = []
    files = sorted(os.listdir(OUT))
    expect = ['%s-%04d.eml' % (PREFIX, i) for i in range(1, 151)]
    if files != expect:
        errors.append('file list differs: %d files' % len(files))
    with open(os.path.join(HERE, 'labels.tsv'), encoding='utf-8') as f:
        lines = f.read().split('\n')
    assert lines[0] == 'file\tlabel\tlang\tkind\treason', lines[0]
    rows = [l.split('\t') for l in lines[1:] if l]
    counts, langs, traps = {}, {}, 0
    for r in rows:
        if len(r) != 5 or r[1] not in LABELS or r[2] not in LANGS or not r[3] or not r[4]:
            errors.append('bad label row %r' % r)
            continue
        counts[r[1]] = counts.get(r[1], 0) + 1
        langs[(r[1], r[2])] = langs.get((r[1], r[2]), 0) + 1
        if r[4].startswith('trap:'):
            traps += 1
            if r[1] != N:
                errors.append('%s: trap not NORMAL' % r[0])
    if [r[0] for r in rows] != expect:
        errors.append('labels.tsv rows do not match the files')
    if counts != {N: 60, C: 45, S: 45}:
        errors.append('label counts %r' % counts)
    natt = 0
    for name in expect:
        path = os.path.join(OUT, name)
        if not os.path.exists(path):
            continue
        raw = open(path, 'rb').read()
        if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
            errors.append('%s: line ends are not CRLF' % name)
        if any(len(l) > 998 for l in raw.split(b'\r\n')):
            errors.append('%s: line longer than 998 octets' % name)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
            if not msg[h]:
                errors.append('%s: header %s missing' % (name, h))
        if not msg['From'].addresses[0].domain.endswith('rheinauen.example'):
            errors.append('%s: not sent from the insurer domain' % name)
        if msg.defects:
            errors.append('%s: defects %r' % (name, msg.defects))
        texts, atts = [], []
        try:
            _texts(msg, name, texts, atts)
        except Exception as e:  # noqa
            errors.append('%s: %s: %s' % (name, type(e).__name__, e))
            continue
        natt += len(atts)
        hdrs = ' '.join(str(msg[h]) for h in ('From', 'To', 'Cc', 'Reply-To', 'List-Unsubscribe')
                        if msg[h])
        alltext = hdrs + '\n' + '\n'.join(texts)
        for d in EMAIL_RE.findall(alltext) + URL_RE.findall(alltext) + WWW_RE.findall(alltext):
            if not d.lower().rstrip('.').endswith('.example'):
                errors.append('%s: non-.example domain %s' % (name, d))
        for ib in IBAN_RE.findall(alltext):
            cc = ib[:2]
            if cc not in IBAN_LEN:
                continue
            if len(ib.replace(' ', '')) != IBAN_LEN[cc] or not iban_ok(ib):
                errors.append('%s: invalid IBAN %s' % (name, ib))
    print('files: %d, label rows: %d, attachments opened: %d' % (len(files), len(rows), natt))
    print('labels: ' + ', '.join('%s %d' % (k, counts.get(k, 0)) for k in LABELS))
    for k in LABELS:
        print('  %-22s ' % k + ' '.join('%s %d' % (l, langs.get((k, l), 0)) for l in LANGS))
    print('traps (NORMAL with "trap:"): %d' % traps)
    if errors:
        print('CHECK FAILED (%d problems)' % len(errors))
        for e in errors:
            print('  ' + e)
        return 1
    print('CHECK OK')
    return 0


if __name__ == '__main__':
    if '--check' in sys.argv[1:]:
        sys.exit(check())
    build()
