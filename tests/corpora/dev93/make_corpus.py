#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus dev93 for Siegel: 150 hand-written, fictitious outgoing mails of the
(invented) Brückenstein Versicherung AG, theme: motor insurance with the driver
in focus.  Deterministic, standard library only, Python 3.8+.

    python make_corpus.py           writes mails/d93-0001.eml ... and labels.tsv
    python make_corpus.py --check   re-parses everything and validates it

All content lives in the functions m001 ... m150.  The helpers below only turn
that content into MIME or into attachment files (PDF, DOCX, XLSX, ODT, ODS, ZIP).
"""
import datetime
import io
import os
import re
import sys
import zipfile
from xml.dom import minidom
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import SMTP, default
from email.utils import format_datetime

NN = 93
SEED = 93
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'mails')
DOM = 'brueckenstein.example'
ZIPTIME = (2025, 1, 2, 9, 30, 0)
N_MAILS = 150
WANT = {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}

# --------------------------------------------------------------------------
# MIME helpers (no content in here)
# --------------------------------------------------------------------------

def crlf(text):
    return text.replace('\r\n', '\n').replace('\n', '\r\n')


class Att(object):
    """An attachment: filename, content (bytes or str) and optional type."""
    def __init__(self, filename, content, ctype=None, charset='utf-8'):
        self.filename = filename
        self.content = content
        self.ctype = ctype
        self.charset = charset


_TYPES = {
    'pdf': 'application/pdf',
    'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'odt': 'application/vnd.oasis.opendocument.text',
    'ods': 'application/vnd.oasis.opendocument.spreadsheet',
    'zip': 'application/zip',
    'csv': 'text/csv',
    'ics': 'text/calendar',
    'txt': 'text/plain',
    'html': 'text/html',
    'htm': 'text/html',
    'eml': 'message/rfc822',
}


def _add_att(msg, a):
    ext = a.filename.rsplit('.', 1)[-1].lower()
    ctype = a.ctype or _TYPES.get(ext, 'application/octet-stream')
    maintype, subtype = ctype.split('/')
    if isinstance(a.content, EmailMessage):
        msg.add_attachment(a.content, filename=a.filename)
    elif maintype == 'text':
        text = a.content
        if ext == 'ics':
            text = crlf(text)
        extra = {}
        if ext == 'ics':
            extra['params'] = {'method': 'REQUEST'}
        msg.add_attachment(text, subtype=subtype, charset=a.charset,
                           filename=a.filename, **extra)
    else:
        msg.add_attachment(a.content, maintype=maintype, subtype=subtype,
                           filename=a.filename)


def M(frm, to, subject, body=None, cc=None, html=None, html_only=False,
      att=(), charset='utf-8', cte=None, flowed=False, headers=(),
      date=None, msgid=None):
    """Build one message from hand-written parts."""
    msg = EmailMessage(policy=SMTP)
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subject
    if date:
        msg['Date'] = date
    if msgid:
        msg['Message-ID'] = msgid
    for k, v in headers:
        msg[k] = v
    if html_only:
        msg.set_content(html, subtype='html', charset=charset,
                        cte=cte or 'quoted-printable')
    else:
        if cte is None:
            cte = 'quoted-printable' if charset != 'utf-8' else '8bit'
        msg.set_content(body, charset=charset, cte=cte)
        if flowed:
            msg.set_param('format', 'flowed')
        if html:
            msg.add_alternative(html, subtype='html', cte='quoted-printable')
    for a in att:
        _add_att(msg, a)
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    return msg


def _fix_boundaries(msg, n, prefix='b'):
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart':
            i += 1
            part.set_boundary('=_d%02d_%04d_%s%d' % (NN, n, prefix, i))


def _date(n):
    base = datetime.datetime(2025, 1, 13, 7, 41)
    d = base + datetime.timedelta(hours=17 * n, minutes=(n * 37) % 53)
    if d.hour < 7:
        d += datetime.timedelta(hours=7)
    off = 2 if datetime.datetime(2025, 3, 30) <= d < datetime.datetime(2025, 10, 26) else 1
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


# --------------------------------------------------------------------------
# attachment file helpers (no content in here)
# --------------------------------------------------------------------------

def _pdf_esc(s):
    b = s.encode('cp1252', 'replace')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def pdf(lines, per_page=52):
    """Minimal PDF 1.4, Helvetica/WinAnsi, one text line per list entry."""
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = []
    npages = len(pages)
    # 1 catalog, 2 pages, 3 font, then (page, content) pairs
    kids = ' '.join('%d 0 R' % (4 + 2 * i) for i in range(npages))
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, npages)).encode())
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    for i, pl in enumerate(pages):
        stream = [b'BT /F1 10 Tf 13 TL 56 790 Td']
        for ln in pl:
            if ln.startswith('# '):
                stream.append(b'/F1 13 Tf (' + _pdf_esc(ln[2:]) + b') Tj T* /F1 10 Tf')
            else:
                stream.append(b'(' + _pdf_esc(ln) + b') Tj T*')
        stream.append(b'ET')
        data = b'\n'.join(stream)
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                     '/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>'
                     % (5 + 2 * i)).encode())
        objs.append(b'<< /Length ' + str(len(data)).encode() + b' >>\nstream\n'
                    + data + b'\nendstream')
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for k, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(('%d 0 obj\n' % k).encode() + o + b'\nendobj\n')
    x = out.tell()
    out.write(('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode())
    for o in offs:
        out.write(('%010d 00000 n \n' % o).encode())
    out.write(('trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n'
               % (len(objs) + 1, x)).encode())
    return out.getvalue()


def _x(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;')
            .replace('>', '&gt;').replace('"', '&quot;'))


def _zip(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = (zipfile.ZIP_STORED if name == 'mimetype'
                                else zipfile.ZIP_DEFLATED)
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def zipf(members):
    """ZIP archive from (name, bytes-or-str) pairs."""
    return _zip(members)


def docx(paras):
    body = []
    for p in paras:
        if p.startswith('# '):
            body.append('<w:p><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr>'
                        '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % ''.join(body))
    return _zip([
        ('[Content_Types].xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ('_rels/.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ('word/document.xml', doc),
    ])


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet='Tabelle1'):
    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (_col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, _x(v)))
        xr.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % ''.join(xr))
    return _zip([
        ('[Content_Types].xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', ws),
    ])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'office:version="1.2"')


def _odf(mime, content):
    return _zip([
        ('mimetype', mime),
        ('META-INF/manifest.xml',
         '<?xml version="1.0" encoding="UTF-8"?>\n'
         '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
         '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
         '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
         '</manifest:manifest>' % mime),
        ('content.xml', content),
    ])


def odt(paras):
    ps = ''.join('<text:p>%s</text:p>' % _x(p.lstrip('# ')) for p in paras)
    return _odf('application/vnd.oasis.opendocument.text',
                '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
                '<office:body><office:text>%s</office:text></office:body>'
                '</office:document-content>' % (_ODF_NS, ps))


def ods(rows, sheet='Tabelle1'):
    trs = []
    for row in rows:
        tcs = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                tcs.append('<table:table-cell office:value-type="float" office:value="%s">'
                           '<text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                tcs.append('<table:table-cell office:value-type="string"><text:p>%s</text:p>'
                           '</table:table-cell>' % _x(v))
        trs.append('<table:table-row>%s</table:table-row>' % ''.join(tcs))
    return _odf('application/vnd.oasis.opendocument.spreadsheet',
                '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
                '<office:body><office:spreadsheet><table:table table:name="%s">%s</table:table>'
                '</office:spreadsheet></office:body></office:document-content>'
                % (_ODF_NS, _x(sheet), ''.join(trs)))


# ==========================================================================
# the mails
# ==========================================================================

def m001():
    body = """Hallo zusammen,

anbei die Auswertung FahrFair (Telematik-Tarif) für Q4/2024. Kurz die Highlights:

- aktive Verträge mit App-Kopplung: 18.412 (+9 % ggü. Q3)
- Ø Fahrscore gesamt: 81,3 (Q3: 80,7)
- Anteil Fahrten zwischen 23 und 5 Uhr: 6,1 %, bei den 18-21-Jährigen 14,8 %
- starke Bremsmanöver je 100 km: 0,42 (Fahranfänger 0,77)
- Bonus-Stufe "Gold" (>= 85 Punkte): 41 % der Verträge

Die Schadenfrequenz in der Gruppe mit Score < 60 liegt weiterhin rund 2,3-mal über
der Gruppe >= 85. Details nach Altersband und Fahrzeugklasse im Blatt.

Zellen mit weniger als 20 Verträgen haben wir wie immer zusammengefasst.

Viele Grüße
Ravi Sharma
Telematik Data Analytics
Brückenstein Versicherung AG
"""
    x = xlsx([
        ['Altersband', 'Verträge', 'Ø Score', 'Nachtanteil %', 'Bremsungen/100 km', 'Schadenfrequenz ‰'],
        ['18-21', 3104, 72.4, 14.8, 0.77, 121],
        ['22-25', 2988, 76.9, 9.2, 0.58, 88],
        ['26-39', 5871, 82.6, 4.9, 0.38, 61],
        ['40-59', 4903, 85.1, 3.1, 0.29, 49],
        ['60+', 1546, 84.0, 1.2, 0.31, 57],
        ['gesamt', 18412, 81.3, 6.1, 0.42, 70],
    ], sheet='Q4_2024')
    return ('NORMAL', 'de', 'internal',
            'trap: aggregated telematics score and night-driving statistics by age band, no person',
            M('Ravi Sharma <ravi.sharma@brueckenstein.example>',
              'Kfz-Produktmanagement <kfz-produkt@brueckenstein.example>',
              'FahrFair Auswertung Q4/2024',
              body, cc='Daniel Brettschneider <daniel.brettschneider@brueckenstein.example>',
              att=[Att('FahrFair_Q4_2024_Altersbaender.xlsx', x)]))


def m002():
    body = """Sehr geehrter Herr Kowalczyk,

vielen Dank für Ihren Anruf heute Vormittag. Wie besprochen bestätige ich Ihnen,
dass wir den Kfz-Haftpflicht- und Vollkaskovertrag KH-4471-2290-18 für Ihren
VW Golf (BN-KW 418) wieder aufnehmen, sobald die Fahrerlaubnis neu erteilt ist.

Ihr MPU-Gutachten der VerkehrsMed Begutachtung GmbH vom 12.02.2025 haben wir
erhalten. Die Gutachterin kommt zu dem Ergebnis, dass nach der Trunkenheitsfahrt
im Mai 2023 (BAK 1,72 Promille) ein stabiler Alkoholverzicht von 14 Monaten
durch sechs EtG-Haaranalysen belegt ist und keine Wiederholungsgefahr mehr
angenommen wird. Damit ist für uns die Voraussetzung erfüllt, die wir in der
Regressvereinbarung vom 04.09.2023 festgehalten haben.

Zur Regressforderung: Von den vereinbarten 5.000,00 EUR sind bisher 3.600,00 EUR
gezahlt. Die Raten von 200,00 EUR laufen unverändert weiter.

Eine Einstufung in SF 1/2 ist leider nicht möglich, der Vertrag startet nach
Wiederinkraftsetzung in der Klasse M. Den neuen Beitrag schicke ich Ihnen mit
dem Nachtrag.

Mit freundlichen Grüßen

Jens Hartkopf
Regress Kfz
Brückenstein Versicherung AG
Rheinuferstraße 40, 50678 Köln
Tel. 0221 555 3140
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
            'named customer: MPU result, BAK after drunk driving, alcohol abstinence tests, recourse instalments',
            M('Jens Hartkopf <jens.hartkopf@brueckenstein.example>',
              'Piotr Kowalczyk <p.kowalczyk@webpost.example>',
              'Ihr Vertrag KH-4471-2290-18 - MPU-Gutachten und Wiederinkraftsetzung',
              body,
              date='Fri, 14 Feb 2025 10:12:00 +0100'))


def m003():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="640" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#0b4f6c;color:#fff;padding:16px;font-size:20px">Sicher unterwegs &ndash; Ihr Brückenstein-Newsletter M&auml;rz</td></tr>
<tr><td style="padding:16px">
<h2>Karneval, Kater, Führerschein weg?</h2>
<p>Jedes Jahr verlieren rund um die tollen Tage tausende Menschen ihren Führerschein.
Dabei reicht ein Blick auf die Regeln:</p>
<ul>
<li><b>0,0 Promille</b> in der Probezeit und für alle unter 21.</li>
<li>Ab <b>0,3 Promille</b> drohen bei Ausfallerscheinungen oder Unfall Strafverfahren und Entzug der Fahrerlaubnis.</li>
<li><b>0,5 Promille</b>: 500 Euro Bußgeld, 2 Punkte, 1 Monat Fahrverbot &ndash; beim ersten Mal.</li>
<li>Ab <b>1,1 Promille</b> gilt man als absolut fahruntüchtig. Ab 1,6 Promille ordnet die Führerscheinstelle in der Regel eine MPU an.</li>
</ul>
<p>Und der Restalkohol? Der Körper baut pro Stunde nur etwa 0,1 bis 0,15 Promille ab.
Wer bis drei Uhr feiert, ist um acht oft noch nicht nüchtern.</p>
<h3>Was zahlt die Versicherung?</h3>
<p>Schäden anderer reguliert Ihre Kfz-Haftpflicht auch nach einer Trunkenheitsfahrt &ndash;
sie kann aber bis zu 5.000 Euro von Ihnen zurückfordern. In der Kasko kann die Leistung
je nach Schwere des Verschuldens gekürzt werden, bis auf null.</p>
<p><a href="https://www.brueckenstein.example/sicher-unterwegs/alkohol">Mehr lesen</a> |
<a href="https://www.brueckenstein.example/fahrfair">FahrFair: bis zu 30 % sparen</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:16px">Sie erhalten diesen Newsletter, weil Sie ihn bestellt haben.
<a href="https://www.brueckenstein.example/newsletter/abmelden">Abmelden</a> &middot; Brückenstein Versicherung AG, Rheinuferstraße 40, 50678 Köln</td></tr>
</table></body></html>"""
    text = """Sicher unterwegs - Ihr Brückenstein-Newsletter März

Karneval, Kater, Führerschein weg?

- 0,0 Promille in der Probezeit und für alle unter 21.
- Ab 0,3 Promille drohen bei Ausfallerscheinungen oder Unfall Strafverfahren und Entzug der Fahrerlaubnis.
- 0,5 Promille: 500 Euro Bußgeld, 2 Punkte, 1 Monat Fahrverbot - beim ersten Mal.
- Ab 1,1 Promille gilt man als absolut fahruntüchtig. Ab 1,6 Promille ordnet die
  Führerscheinstelle in der Regel eine MPU an.

Restalkohol: Der Körper baut pro Stunde nur etwa 0,1 bis 0,15 Promille ab.

Was zahlt die Versicherung? Schäden anderer reguliert Ihre Kfz-Haftpflicht auch nach
einer Trunkenheitsfahrt - sie kann aber bis zu 5.000 Euro von Ihnen zurückfordern.

Mehr lesen: https://www.brueckenstein.example/sicher-unterwegs/alkohol
Abmelden: https://www.brueckenstein.example/newsletter/abmelden
"""
    return ('NORMAL', 'de', 'newsletter',
            'trap: road-safety newsletter on alcohol limits, MPU and recourse, no person',
            M('Brückenstein Sicher unterwegs <newsletter@brueckenstein.example>',
              'newsletter-empfaenger@brueckenstein.example',
              'Karneval, Kater, Führerschein weg? | Sicher unterwegs 03/2025',
              text, html=html, cte='quoted-printable',
              date='Mon, 24 Feb 2025 07:30:00 +0100'))


def m004():
    body = """Hi Emily,

quick follow-up on the claim for our client Mr. Daniel Okonkwo-Reyes (policy
KF-7734-0021, Audi A4 Avant, plate F-DR 2204). The car was hit while parked in
the Mainz underground garage on 27 Jan; nobody in it, nobody hurt. Garage CCTV
shows a white Transit van reversing into the front bumper, the van's plate is
partly readable (MZ-?? 81).

He's got the quote from Autohaus Kessler: 2,318.40 EUR incl. VAT. He wants to
claim under his Vollkasko but asks whether it'll affect his no-claims class if
the van driver is traced later. Could you let me know?

Cheers,
Mark
--
Mark Fenwick
Fleet Risk Partners GmbH | Insurance brokers
Taunusanlage 9, 60329 Frankfurt
+49 69 5550 7730
"""
    return ('CONFIDENTIAL', 'en', 'broker',
            'broker names client with policy number and plate, parking damage, nobody hurt',
            M('Emily Carter <emily.carter@brueckenstein.example>',
              'Tobias Wendler <tobias.wendler@brueckenstein.example>',
              'Fwd: Parking damage - Okonkwo-Reyes KF-7734-0021',
              'Tobias, can you take this one? Thx, Emily\n\n-------- Forwarded Message --------\n'
              'From: Mark Fenwick <m.fenwick@fleetrisk-partners.example>\n'
              'Subject: Parking damage - Okonkwo-Reyes KF-7734-0021\n\n' + body,
              date='Wed, 29 Jan 2025 11:05:00 +0100'))


def m005():
    body = """Moin,

kurze Info aus der Werkstattsteuerung: ab 01.04. gelten im Partnernetz Nord die
neuen Verrechnungssätze (siehe CSV). Bitte ab dann in den Freigaben verwenden,
alte Sätze nur noch für Aufträge mit Annahmedatum vor dem 01.04.

Gruß
Uwe Sandkühler
Schadensteuerung / Partnerwerkstätten
"""
    csvt = """Betrieb;PLZ;Mechanik AW-Satz EUR;Karosserie AW-Satz EUR;Lack AW-Satz EUR;Lackmaterial % ;Verbringung EUR;Hol-/Bringservice
Karosserie & Lack Brenner GmbH;24103;14,20;15,10;16,40;38;0;ja
Autoservice Petersen OHG;24937;13,60;14,40;15,90;36;85,00;ja
Lackzentrum Unterelbe GmbH;21680;13,90;14,90;16,10;40;0;nein
KFZ-Technik Hinrichs GmbH;26122;13,10;14,00;15,20;35;95,00;ja
Smart Repair Nord GmbH;28199;12,80;13,60;14,70;32;0;ja
"""
    return ('NORMAL', 'de', 'internal',
            'trap: workshop labour-rate price list of partner body shops (companies only)',
            M('Uwe Sandkühler <uwe.sandkuehler@brueckenstein.example>',
              'Kfz-Schaden Team Nord <kfz-schaden-nord@brueckenstein.example>',
              'Neue Verrechnungssätze Partnerwerkstätten Nord ab 01.04.',
              body, att=[Att('Verrechnungssaetze_Nord_2025-04.csv', csvt, charset='windows-1252')]))


def m006():
    body = """Sehr geehrte Frau Dr. Brandl,

wir regulieren als Kfz-Haftpflichtversicherer einen Verkehrsunfall vom 18.01.2025 in
Bergisch Gladbach. Unser Versicherungsnehmer, Herr Gerhard Plümacher
(geb. 02.06.1941), hat beim Linksabbiegen einen entgegenkommenden Radfahrer
übersehen. Herr Plümacher hat uns eine Schweigepflichtentbindung erteilt (Kopie
anbei) und angegeben, dass Sie ihn seit 2019 wegen eines Glaukoms (H40.1)
behandeln und im Herbst eine Verschlechterung des Gesichtsfelds links festgestellt
haben.

Für die Prüfung, ob eine Obliegenheitsverletzung vorliegt, bitten wir um einen kurzen
augenärztlichen Befundbericht:

1. Visus beidseits mit Korrektur zum Zeitpunkt der letzten Untersuchung vor dem Unfall,
2. Ergebnis der letzten Perimetrie (Datum, Ausfälle),
3. ob Sie Herrn Plümacher auf Bedenken hinsichtlich der Fahreignung nach
   Anlage 6 FeV hingewiesen haben.

Die Kosten für den Bericht übernehmen wir nach GOÄ Nr. 75. Bitte senden Sie die
Unterlagen über unser SecureMail-Portal oder per Post an die unten stehende Anschrift.

Mit freundlichen Grüßen
Frank Ostermeier
Personenschaden / Großschaden Kfz
Brückenstein Versicherung AG
Schaden-Nr. KS-2025-0118-3342
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
            'named elderly driver: glaucoma ICD H40.1, visual field loss, request for ophthalmology report',
            M('Frank Ostermeier <frank.ostermeier@brueckenstein.example>',
              'Praxis Dr. Brandl <praxis@augen-brandl.example>',
              'Befundanforderung Schaden KS-2025-0118-3342 / Ihr Patient G. Plümacher',
              body,
              date='Thu, 30 Jan 2025 09:40:00 +0100'))


def m007():
    body = """Dear all,

please find below the weekly operations summary for the Brückenstein FahrFair
integration (week 6).

  Trips ingested ............ 1,284,339
  Trips rejected (GPS gap) ..     3,102  (0.24 %)
  Median processing latency .      41 s
  API availability ..........   99.97 %
  App crashes (Android) .....       212  -> fix in 4.2.1 (BT pairing on Pixel 8)
  Crash detection alerts ....        17  (all handled by the FNOL desk, no open items)

Planned maintenance: Sat 15 Feb, 02:00-03:30 CET, scoring service only.
No action needed on your side.

Kind regards
Hollie Brennan
Service Delivery Manager
DriveSense Analytics Ltd, Leeds
"""
    return ('NORMAL', 'en', 'company',
            'trap: telematics vendor weekly ops report, counts only (crash alerts as number)',
            M('Daniel Brettschneider <daniel.brettschneider@brueckenstein.example>',
              'Telematik Team <telematik@brueckenstein.example>',
              'FW: DriveSense weekly ops summary - week 6',
              'zur Info, nichts zu tun.\n\nDaniel\n\n> From: Hollie Brennan <hollie.brennan@drivesense.example>\n'
              '> Sent: Monday, 10 February 2025 09:02\n> Subject: DriveSense weekly ops summary - week 6\n>\n'
              + ''.join('> ' + l + '\n' if l else '>\n' for l in body.split('\n')),
              date='Mon, 10 Feb 2025 09:45:00 +0100'))


def m008():
    body = """Hallo Frau Lüdecke,

meine Tochter Jule hat jetzt den Führerschein (BF17 seit letztem Sommer, seit
dem 18. Geburtstag ganz normal). Sie soll ab nächster Woche den Polo mitfahren.
Jule Marie Kirchhoff, geb. 23.01.2007, Führerschein Klasse B seit 23.01.2025.

Der Polo läuft unter der Vertragsnummer KH-2209-7712-05, Kennzeichen SU-JK 77.
Was kostet das, und lohnt sich für sie der FahrFair-Tarif mit der App?

Danke und Gruß
Andrea Kirchhoff
Siegburg
"""
    return ('CONFIDENTIAL', 'de', 'customer',
            'customer adds daughter as young driver: name, birth date, licence date, policy and plate',
            M('Sabine Lüdecke <sabine.luedecke@brueckenstein.example>',
              'Kfz-Vertrag Tarifierung <kfz-tarif@brueckenstein.example>',
              'WG: Fahrerin hinzufügen Polo KH-2209-7712-05',
              'Bitte einmal mit und ohne FahrFair rechnen, ich rufe die Kundin morgen an.\nSL\n\n'
              '-----Ursprüngliche Nachricht-----\nVon: Andrea Kirchhoff <a.kirchhoff@familie-kirchhoff.example>\n'
              'Gesendet: Mittwoch, 22. Januar 2025 21:47\nAn: Kundenservice Kfz <kfz-service@brueckenstein.example>\n'
              'Betreff: Fahrerin hinzufügen\n\n' + body,
              date='Thu, 23 Jan 2025 08:20:00 +0100'))


def m009():
    body = """Guten Tag,

gemäß unserem Rahmenvertrag bestellen wir:

Pos. 1  Atemalkohol-Testgerät "AlcoCheck Pro 3" (elektrochemischer Sensor)   40 Stk
Pos. 2  Einweg-Mundstücke, einzeln verpackt                                  2.000 Stk
Pos. 3  Kalibrierservice nach 12 Monaten                                     40 x

Lieferung an: Brückenstein Versicherung AG, Kfz-Prävention, Rheinuferstraße 40,
50678 Köln, Anlieferung Tor 3. Die Geräte werden im Rahmen unserer Fuhrpark-
Präventionstage an Flottenkunden verliehen.

Bestell-Nr. 4500193377, Kostenstelle 6140. Bitte Auftragsbestätigung an
einkauf@brueckenstein.example.

Mit freundlichen Grüßen
Nadine Gerlach
Einkauf
"""
    return ('NORMAL', 'de', 'insurer-to-supplier',
            'trap: purchase order for breathalysers and mouthpieces for prevention days',
            M('Nadine Gerlach <nadine.gerlach@brueckenstein.example>',
              'Vertrieb <vertrieb@promille-tech.example>',
              'Bestellung 4500193377 Atemalkohol-Testgeräte',
              body))


def m010():
    body = """Sehr geehrter Herr Wilms,

vielen Dank für die Meldung. Zur Ordnung in unseren Unterlagen fasse ich zusammen:

Ihr Mitarbeiter Herr Sven Alberding (Fahrer des Sprinters HB-HL 3307, Flottenvertrag
FL-0087-HEG) hat am 03.02.2025 auf der A1 bei Oyten einen Auffahrunfall verursacht.
Laut Polizei wurde bei ihm ein Drogenvortest positiv auf THC getestet, die Blutprobe
ergab 3,8 ng/ml THC im Serum. Gegen Herrn Alberding läuft ein Ermittlungsverfahren
nach § 316 StGB; die Fahrerlaubnisbehörde hat ein Fahreignungsgutachten angekündigt.

Den Schaden des Unfallgegners regulieren wir. Ob wir gegenüber Herrn Alberding
persönlich Regress nehmen (§ 5 KfzPflVV, max. 5.000 EUR), prüfen wir, sobald die
Ermittlungsakte vorliegt. Gegenüber der Hegemann Logistik GmbH als Versicherungs-
nehmerin sehen wir nach derzeitigem Stand keinen Regress, sofern Sie nachweisen
können, dass Ihnen der Cannabiskonsum nicht bekannt war.

Bitte setzen Sie Herrn Alberding bis zur Klärung nicht mehr als Fahrer ein und
informieren Sie uns, falls die Fahrerlaubnis vorläufig entzogen wird.

Mit freundlichen Grüßen
Melanie Okafor
Teamleitung Kfz-Schaden Flotte
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
            'fleet driver named: positive THC blood test, criminal investigation § 316 StGB, possible recourse',
            M('Melanie Okafor <melanie.okafor@brueckenstein.example>',
              'Carsten Wilms <c.wilms@hegemann-logistik.example>',
              'Schaden FL-0087-HEG / HB-HL 3307 vom 03.02.2025',
              body, cc='regress@brueckenstein.example',
              date='Fri, 07 Feb 2025 14:30:00 +0100'))


def m011():
    body = """Hi Ravi,

re the threshold change we discussed: from model v7.3 the harsh-braking trigger
moves from 0.35 g to 0.32 g sustained for >= 400 ms, and cornering from 0.40 g to
0.38 g. Backtest on the 2023/24 German book (anonymised, 9.7m trips):

  Gini (claims frequency)    0.318 -> 0.331
  events per 100 km           0.39 -> 0.46
  share of drivers losing a score band: 3.4 %

We'd like to switch on 1 April. Your call on whether the score re-basing should
be communicated to policyholders beforehand.

Best
Tom Ashdown
Data Science, DriveSense Analytics
"""
    return ('NORMAL', 'en', 'company',
            'trap: telematics model recalibration with anonymised backtest figures',
            M('Ravi Sharma <ravi.sharma@brueckenstein.example>',
              'Daniel Brettschneider <daniel.brettschneider@brueckenstein.example>',
              'FW: v7.3 thresholds',
              'Daniel, for the product committee. I think we should announce it in the app.\n\n'
              '---------- Forwarded message ---------\nFrom: Tom Ashdown <tom.ashdown@drivesense.example>\n'
              'Date: Thu, 13 Feb 2025 at 16:20\nSubject: v7.3 thresholds\nTo: Ravi Sharma <ravi.sharma@brueckenstein.example>\n\n'
              + body,
              date='Fri, 14 Feb 2025 08:55:00 +0100'))


def m012():
    body = """Sehr geehrter Herr Demir,

zu Ihrem Schaden vom 14.01.2025 (Wildunfall, L 284 zwischen Much und Neunkirchen)
haben wir die Wildunfallbescheinigung des Jagdpächters erhalten. Die Reparatur
Ihres Skoda Octavia (SU-MD 1903) in der Werkstatt KFZ-Meisterbetrieb Yilmaz ist
freigegeben; die Werkstatt rechnet direkt mit uns ab.

Von den Kosten von 3.940,12 EUR ziehen wir Ihre Selbstbeteiligung in der
Teilkasko von 150,00 EUR ab. Den Betrag überweisen Sie bitte direkt an die
Werkstatt. Ihre Schadenfreiheitsklasse bleibt unverändert.

Freundliche Grüße
Tobias Wendler
Kfz-Schaden
Brückenstein Versicherung AG
Schaden-Nr. KS-2025-0114-0912 | Vertrag KH-3301-4410-22
"""
    return ('CONFIDENTIAL', 'de', 'insurer-to-customer',
            'named customer, deer collision claim, plate, policy and claim number, no injury',
            M('Tobias Wendler <tobias.wendler@brueckenstein.example>',
              'Murat Demir <murat.demir@mailbox-rhein.example>',
              'Ihr Wildschaden KS-2025-0114-0912', body))


def m013():
    body = """Liebe Kolleginnen und Kollegen,

der BGH hat mit Urteil vom 22.01.2025 (IV ZR 118/23 - fiktiv zusammengefasst für
unsere Schulung) seine Linie zur Leistungskürzung in der Kasko bei absoluter
Fahruntüchtigkeit bestätigt:

* Bei BAK ab 1,1 Promille ist eine Kürzung auf null regelmäßig zulässig, es bleibt
  aber eine Einzelfallabwägung (§ 81 Abs. 2 VVG).
* Bei relativer Fahruntüchtigkeit (0,3 bis 1,09 Promille) muss der Versicherer die
  alkoholbedingte Ausfallerscheinung und die Kausalität beweisen.
* Nachtrunk-Behauptungen sind vom VN substantiiert darzulegen.

Für die Kfz-Haftpflicht bleibt es bei der Regressgrenze von 5.000 EUR (§ 5 Abs. 3
KfzPflVV) je Obliegenheitsverletzung vor Eintritt des Versicherungsfalls.

Unsere Musterschreiben R-12 und R-14 werden bis Ende Februar angepasst.

Viele Grüße
Dr. Henrike Salm
Recht & Compliance Schaden
"""
    return ('NORMAL', 'de', 'internal',
            'trap: legal update on drunk-driving case law and recourse limits, no person',
            M('Dr. Henrike Salm <henrike.salm@brueckenstein.example>',
              'Kfz-Schaden alle <kfz-schaden-alle@brueckenstein.example>',
              'Rechtsprechungsticker: Kaskokürzung bei absoluter Fahruntüchtigkeit',
              body, flowed=True))


def m014():
    body = """Dear Ms Carter,

We act for Mrs Fiona Gallagher of 14 Heron Close, Reading, who was injured on
2 December 2024 when your insured's vehicle (German registration K-BV 6612, driver
Mr Lukas Brandtner) collided with the rear of her Ford Fiesta on the A33 near
Reading.

Our client attended the Royal Berkshire emergency department on the same evening
and was diagnosed with a whiplash-associated disorder (WAD grade II) and a
non-displaced fracture of the left distal radius sustained when she braced
against the steering wheel. She was in a cast for six weeks and has since
undergone eight sessions of physiotherapy. She reports ongoing neck pain and
difficulty sleeping and has been referred to a consultant orthopaedic surgeon.

She was unable to work as a dental nurse from 2 December 2024 to 3 February 2025;
her net loss of earnings is GBP 3,480.

We enclose the medical report of Mr A. Chaudhry FRCS (Orth) dated 20 January 2025.
Please confirm within 21 days whether liability is admitted under the Green Card
system, failing which we are instructed to issue proceedings.

Yours sincerely
Rebecca Lane
Whitcombe Lane Solicitors LLP
Ref: RL/GAL/2291
"""
    return ('STRICTLY_CONFIDENTIAL', 'en', 'lawyer',
            'UK solicitor: named claimant injured (WAD II, radius fracture), physiotherapy, loss of earnings',
            M('Emily Carter <emily.carter@brueckenstein.example>',
              'Frank Ostermeier <frank.ostermeier@brueckenstein.example>',
              'FW: Your insured K-BV 6612 / our client Mrs F. Gallagher',
              'Frank, personal injury from the UK for your team, reserve proposal to follow.\n'
              'Green Card file GC-UK-2024-0771.\nEmily\n\n'
              '-----Original Message-----\nFrom: Rebecca Lane <r.lane@whitcombe-lane.example>\n'
              'Sent: 06 February 2025 11:14\nTo: International Claims <intl-claims@brueckenstein.example>\n'
              'Subject: Your insured K-BV 6612 / our client Mrs F. Gallagher\n\n' + body,
              date='Thu, 06 Feb 2025 15:20:00 +0100'))


def m015():
    body = """Hallo Herr Rambach,

eine kurze Frage für einen Kunden am Telefon: Wie ist das bei Vorführwagen, wenn
ein Interessent bei der Probefahrt einen Schaden baut? Läuft das über unsere
Händlerpolice oder über die Kfz-Versicherung des Kunden?

Gruß aus Hürth
Ralf Pohl
Verkaufsberater, Autohaus Kessler GmbH
"""
    reply = """Hallo Herr Pohl,

Probefahrten mit Vorführwagen und mit roten Kennzeichen laufen grundsätzlich über
die Händler-Sammelpolice (Kfz-Handel und -Handwerk), nicht über die Versicherung
des Interessenten. Haftpflichtschäden Dritter sind darüber gedeckt; Schäden am
Vorführwagen selbst nur, wenn der Vollkasko-Baustein vereinbart ist.

Tipp: Lassen Sie sich vor der Probefahrt den Führerschein zeigen und die
Probefahrtvereinbarung unterschreiben, die Vorlage finden Sie im Händlerportal
unter Downloads.

Viele Grüße
Peter Rambach
Vertrieb Autohäuser
Brückenstein Versicherung AG

"""
    return ('NORMAL', 'de', 'insurer-to-company',
            'trap: dealer asks generic question about test drives, product answer, no customer or contract data',
            M('Peter Rambach <peter.rambach@brueckenstein.example>',
              'Ralf Pohl <r.pohl@autohaus-kessler.example>',
              'AW: Frage Probefahrt Vorführwagen',
              reply + 'Am 05.02.2025 um 10:31 schrieb Ralf Pohl:\n'
              + ''.join('> ' + l + '\n' if l else '>\n' for l in body.split('\n')),
              date='Wed, 05 Feb 2025 11:02:00 +0100'))

def m016():
    body = """Dear Mr Haddad,

thank you for your message of 9 February. You asked us to explain the harsh
braking events that lowered your FahrFair score for January from 84 to 71.

We have checked the trip data recorded by the app for your policy KF-5120-8834
(Tesla Model 3, F-NH 9021). Three events account for almost the entire drop:

  Date        Time   Location (approx.)               Speed   Decel.
  14 Jan 2025 07:52  Hanauer Landstr. / Ostbahnhof    48 km/h 0.51 g
  21 Jan 2025 18:09  A661 exit Frankfurt-Eckenheim    71 km/h 0.44 g
  29 Jan 2025 08:03  Friedberger Landstr. 212         39 km/h 0.47 g

You wrote that on 21 January a car cut in front of you. We can accept this as
a defensive manoeuvre and have removed the event; your January score is now 78,
which keeps you in the Silver bonus band (15 % discount from the next due date).

The other two events remain. If you believe the phone was not mounted firmly,
please check the holder; loose phones can produce false readings. We have also
added a note to your file so that the recalculation is visible to colleagues.

Kind regards
Lisa Marquardt
Customer Service Motor / FahrFair
Brückenstein Versicherung AG
"""
    return ('CONFIDENTIAL', 'en', 'insurer-to-customer',
            'named customer: telematics trip events with time and location, policy and plate, score change',
            M('Lisa Marquardt <lisa.marquardt@brueckenstein.example>',
              'Nabil Haddad <nabil.haddad@mailbox-main.example>',
              'Your FahrFair score for January - policy KF-5120-8834', body,
              date='Wed, 12 Feb 2025 10:30:00 +0100'))


def m017():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Brueckenstein//Outlook Export//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:schulung-regress-2025-03@brueckenstein.example
DTSTAMP:20250210T080000Z
DTSTART;TZID=Europe/Berlin:20250312T090000
DTEND;TZID=Europe/Berlin:20250312T123000
SUMMARY:Schulung Regress Kfz: Alkohol\\, Drogen\\, Fahren ohne Fahrerlaubnis
LOCATION:Köln\\, Raum 4.12 und Teams
DESCRIPTION:Inhalte: Obliegenheiten nach D.1 AKB\\, Regressgrenzen KfzPflVV\\,
 Beweisfragen bei Nachtrunk\\, Ratenvereinbarungen\\, Musterschreiben R-12/R-14.
 Referent: Jens Hartkopf.
ORGANIZER;CN=Jens Hartkopf:mailto:jens.hartkopf@brueckenstein.example
ATTENDEE;CN=Kfz-Schaden alle;RSVP=TRUE:mailto:kfz-schaden-alle@brueckenstein.example
END:VEVENT
END:VCALENDAR
"""
    body = """Hallo zusammen,

hier die Einladung zur Regress-Schulung. Bitte bringt gern eigene (anonymisierte!)
Fälle mit, keine Akten ausdrucken.

Jens
"""
    return ('NORMAL', 'de', 'internal',
            'trap: training invitation on recourse for alcohol/drugs, ICS, no case data',
            M('Jens Hartkopf <jens.hartkopf@brueckenstein.example>',
              'Kfz-Schaden alle <kfz-schaden-alle@brueckenstein.example>',
              'Einladung: Schulung Regress Kfz am 12.03.',
              body, att=[Att('Schulung_Regress_Kfz.ics', ics)],
              date='Mon, 10 Feb 2025 09:00:00 +0100'))


def m018():
    body = """Sehr geehrte Damen und Herren,

in der Verkehrsunfallsache

    Schneider ./. Brückenstein Versicherung AG
    Ihr Zeichen: KS-2025-0127-4471, Ihr VN: Herr Jonas Ebeling, B-JE 2201

zeigen wir an, dass uns Frau Tanja Schneider, Am Weidenbach 7, 53757 Sankt Augustin,
mit der Wahrnehmung ihrer Interessen beauftragt hat. Vollmacht anbei.

Ihr Versicherungsnehmer ist am 27.01.2025 gegen 17:40 Uhr auf der Frankfurter Straße
in Sankt Augustin beim Abbiegen auf den Parkplatz des Einkaufszentrums auf das
ordnungsgemäß wartende Fahrzeug unserer Mandantin (Mazda CX-5, SU-TS 514) aufgefahren.
Personen wurden nicht verletzt. Die Haftung dürfte dem Grunde nach unstreitig sein.

Wir machen geltend:

  Reparaturkosten netto lt. Gutachten Ing.-Büro Stahl      4.812,30 EUR
  Wertminderung                                             400,00 EUR
  Sachverständigenkosten                                    792,17 EUR
  Nutzungsausfall 9 Tage x 59,00 EUR                        531,00 EUR
  Kostenpauschale                                            25,00 EUR
  -----------------------------------------------------------------------
  gesamt                                                  6.560,47 EUR

zzgl. Rechtsanwaltsgebühren nach RVG (1,3 Geschäftsgebühr aus 6.560,47 EUR)
in Höhe von 627,13 EUR.

Wir bitten um Zahlung bis zum 24.02.2025 auf unser Kanzleikonto bei der
Kreissparkasse Köln.

Mit freundlichen Grüßen
Dr. Imke Albers
Rechtsanwältin, Fachanwältin für Verkehrsrecht
Roth & Albers Rechtsanwälte PartGmbB
"""
    return ('CONFIDENTIAL', 'de', 'lawyer',
            'claimant lawyer: named insured and claimant, plates, property damage only, no injury',
            M('Tobias Wendler <tobias.wendler@brueckenstein.example>',
              'Kfz-Schaden Zahlungsfreigabe <kfz-freigabe@brueckenstein.example>',
              'WG: Schneider ./. Brückenstein - KS-2025-0127-4471',
              'Gutachten liegt vor, Wertminderung ok, Nutzungsausfall Gruppe passt. Bitte Freigabe 6.560,47 + RA-Kosten.\n\n'
              '---- Weitergeleitete Nachricht ----\nVon: Kanzlei Roth & Albers <kanzlei@roth-albers.example>\n'
              'Datum: 10.02.2025 14:02\n\n' + body,
              date='Tue, 11 Feb 2025 09:15:00 +0100'))


def m019():
    body = """Hi all,

reminder that the Q1 underwriting committee will look at the young-driver
relativities. Short version of the actuarial note (full deck on the team drive):

  Age 18-20: claim frequency 2.4x the portfolio average, severity +18 %
  Age 21-24: 1.7x / +9 %
  With telematics (score >= 80 after 6 months): 18-20 drops to 1.5x
  Accompanied driving (BF17) history: -11 % frequency in first two years

Proposal: keep the age loading but let FahrFair earn back up to 30 % after six
months instead of twelve. Impact on written premium: -0.6 %, expected loss ratio
neutral within the confidence band.

Aylin
"""
    return ('NORMAL', 'en', 'internal',
            'trap: actuarial relativities for young drivers, portfolio level only',
            M('Aylin Demirci <aylin.demirci@brueckenstein.example>',
              'UW Committee Motor <uw-committee-motor@brueckenstein.example>',
              'Q1 UW committee - young driver relativities', body))


def m020():
    body = """Sehr geehrter Herr Brettschneider,

wie telefonisch besprochen übersende ich Ihnen die Bescheinigung meiner
Neurologin. Ich hatte am 28.12. einen ersten epileptischen Anfall (Grand mal) zu
Hause, bin seitdem auf Levetiracetam eingestellt und darf laut Ärztin mindestens
6 Monate nicht fahren. Ich möchte daher die FahrFair-App pausieren, damit mir
keine "Null-Fahrten-Monate" den Score kaputt machen, und fragen, ob ich den
Vertrag für den Golf (K-RS 3318) ruhen lassen kann. Mein Mann fährt den Wagen
ab und zu, er ist aber nicht als Fahrer eingetragen.

Viele Grüße
Rebecca Sauerborn
Vertragsnummer KH-6602-1187-30
"""
    att_pdf = pdf([
        '# Neurologische Praxis Dr. med. Lorenz Heidkamp',
        'Facharzt für Neurologie - Aachener Straße 212 - 50931 Köln',
        '',
        'Ärztliche Bescheinigung zur Vorlage beim Kfz-Versicherer',
        '',
        'Patientin: Rebecca Sauerborn, geb. 09.07.1988',
        'Diagnose: erstmaliger generalisierter tonisch-klonischer Anfall (G40.6)',
        'am 28.12.2024; EEG mit Zeichen erhöhter zerebraler Erregbarkeit.',
        'Therapie: Levetiracetam 2 x 500 mg.',
        '',
        'Nach den Begutachtungsleitlinien zur Kraftfahreignung (Kap. 3.9.6) ist',
        'die Fahreignung für Gruppe 1 bis zu einer anfallsfreien Zeit von 6 Monaten',
        'nicht gegeben. Wiedervorstellung mit EEG Ende Juni 2025.',
        '',
        'Köln, 20.01.2025',
        'Dr. med. L. Heidkamp',
    ])
    return ('STRICTLY_CONFIDENTIAL', 'de', 'customer',
            'customer with epileptic seizure G40.6, medication, driving not permitted; doctor certificate PDF',
            M('Daniel Brettschneider <daniel.brettschneider@brueckenstein.example>',
              'Kfz-Vertrag Tarifierung <kfz-tarif@brueckenstein.example>',
              'WG: Pausieren FahrFair / Ruheversicherung KH-6602-1187-30',
              'Hallo Team, bitte Ruheversicherung ab 01.02. prüfen (Mann nicht eingetragen, '
              'Fahrerkreis!). App-Pause habe ich gesetzt. Bescheinigung nur für die Akte.\nDaniel\n\n'
              '-----Ursprüngliche Nachricht-----\nVon: Rebecca Sauerborn <rebecca.sauerborn@post-koeln.example>\n'
              'Betreff: Pausieren FahrFair\n\n' + body,
              att=[Att('Bescheinigung_Heidkamp.pdf', att_pdf)]))


def m021():
    body = """Hallo Herr Sandkühler,

anbei unser Kostenvoranschlag für das Fahrzeug Ihrer Kundin. Wir bitten um
Reparaturfreigabe, das Fahrzeug steht bei uns auf dem Hof.

Mit freundlichen Grüßen
Emre Yilmaz
KFZ-Meisterbetrieb Yilmaz, Siegburg
"""
    kv = pdf([
        '# KFZ-Meisterbetrieb Yilmaz - Kostenvoranschlag Nr. KV-25-0217',
        'Kunde: Frau Heike Lorscheid, Kaiserstraße 18, 53721 Siegburg',
        'Fahrzeug: Opel Corsa F, FIN W0V1PXXXXMR123456 (FIN geschwärzt), Kennzeichen SU-HL 402',
        'Versicherer: Brückenstein Versicherung AG, Schaden-Nr. KS-2025-0203-1176',
        '',
        'Pos  Arbeit / Teil                                  Menge   Betrag EUR',
        '01   Stoßfänger hinten aus- und einbauen            1,2 h      104,40',
        '02   Stoßfängerverkleidung hinten (OE 39223451)     1 St       318,90',
        '03   Heckklappe instandsetzen                       2,5 h      217,50',
        '04   Lackierung Stoßfänger + Heckklappe, Stufe 3    4,8 h      456,00',
        '05   Lackmaterial 36 %                                         164,16',
        '06   Einparkhilfe kalibrieren                       0,5 h       43,50',
        '',
        '     Summe netto                                            1.304,46',
        '     MwSt. 19 %                                               247,85',
        '     Gesamt                                                 1.552,31',
    ])
    return ('CONFIDENTIAL', 'de', 'company',
            'workshop estimate (PDF only) with named customer, address, plate and claim number',
            M('Uwe Sandkühler <uwe.sandkuehler@brueckenstein.example>',
              'Tobias Wendler <tobias.wendler@brueckenstein.example>',
              'WG: KV Lorscheid / Freigabe',
              'Tobias, KV passt zum Partnersatz, kannst du freigeben?\n\n' + body,
              att=[Att('KV-25-0217.pdf', kv)],
              date='Tue, 04 Feb 2025 16:10:00 +0100'))


def m022():
    body = """Hello,

I am out of the office until 24 February with limited access to e-mail.
For urgent motor claims please contact intl-claims@brueckenstein.example
or call +49 221 555 3100.

Emily Carter
"""
    return ('NORMAL', 'en', 'insurer-to-customer',
            'trap: out-of-office reply',
            M('Emily Carter <emily.carter@brueckenstein.example>',
              'm.fenwick@fleetrisk-partners.example',
              'Automatic reply: Portfolio meeting next week', body,
              headers=[('Auto-Submitted', 'auto-replied')],
              date='Wed, 12 Feb 2025 13:00:00 +0100'))


def m023():
    body = """Sehr geehrter Herr Faßbender,

nach Abschluss des Strafverfahrens vor dem Amtsgericht Bonn (Az. 712 Cs 448/24)
liegt uns der rechtskräftige Strafbefehl vor. Sie wurden wegen fahrlässiger
Gefährdung des Straßenverkehrs infolge Alkoholgenusses (§ 315c Abs. 1 Nr. 1a,
Abs. 3 StGB) zu 60 Tagessätzen verurteilt; die Fahrerlaubnis wurde entzogen,
Sperrfrist 11 Monate. Die Blutprobe vom 16.08.2024, 01:35 Uhr, ergab eine BAK
von 1,38 Promille.

Wir haben den Schaden der Geschädigten (Sachschaden am geparkten Fahrzeug und
Gartenmauer) mit insgesamt 11.284,60 EUR reguliert. Da Sie das Fahrzeug in
alkoholbedingt fahruntüchtigem Zustand geführt haben, sind wir nach D.1.2 AKB in
Verbindung mit § 5 Abs. 3 KfzPflVV in Höhe von 5.000,00 EUR leistungsfrei.

Wir fordern Sie daher auf, diesen Betrag bis zum 31.03.2025 zu erstatten.
Sollte Ihnen eine Zahlung in einem Betrag nicht möglich sein, bieten wir Ihnen
eine Ratenzahlung an. Das Formular für die Selbstauskunft liegt bei.

Ihre Vollkasko-Leistung für den eigenen Wagen hatten wir mit Schreiben vom
02.10.2024 bereits abgelehnt.

Mit freundlichen Grüßen
Jens Hartkopf
Regress Kfz

Schaden-Nr. KS-2024-0816-2205 | Vertrag KH-1184-2207-11
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
            'recourse letter: criminal conviction § 315c StGB, BAK 1.38, licence withdrawn',
            M('Jens Hartkopf <jens.hartkopf@brueckenstein.example>',
              'Holger Faßbender <holger.fassbender@netzpost.example>',
              'Regressforderung Schaden KS-2024-0816-2205',
              body, charset='iso-8859-1'))


def m024():
    body = """Sehr geehrte Damen und Herren,

für unseren Kunden Herrn Malte Jürgensen, Lindenallee 4, 50259 Pulheim, geb. 11.10.1996,
benötigen wir eine eVB für die Zulassung am Freitag:

  Fahrzeug:   Cupra Formentor VZ 1.5 eTSI, Neuwagen
  FIN:        VSSZZZKMZRR402118
  Halter:     Malte Jürgensen
  Wunschkz.:  BM-MJ 96
  Vorversicherer: Westfalia Direkt AG (Vertrag läuft bis 28.02.), SF 7

Bitte die eVB-Nummer wie immer an zulassung@autohaus-kessler.example.

Danke und Gruß
Svenja Thelen
Zulassungsdienst, Autohaus Kessler GmbH
"""
    reply = """Hallo Frau Thelen,

eVB-Nummer: B7K4Q2M für Herrn Jürgensen, gültig bis 14.03.2025.
Der Vorvertrag muss gekündigt sein; die SF-Übernahme klären wir direkt mit dem
Vorversicherer.

Viele Grüße
Autohaus-Service
Brückenstein Versicherung AG

"""
    return ('CONFIDENTIAL', 'de', 'insurer-to-company',
            'dealer eVB request: named buyer with birth date, address, VIN, issued eVB',
            M('Autohaus-Service <autohaus-service@brueckenstein.example>',
              'Svenja Thelen <zulassung@autohaus-kessler.example>',
              'AW: eVB Neuzulassung Jürgensen',
              reply + '-----Ursprüngliche Nachricht-----\n' + body))


def m025():
    body = """Hi Team,

ticket INC-88412 from the app store reviews: the FahrFair app (Android 14, v4.1.8)
crashes when the user revokes "precise location" while a trip is being recorded.
Reproducible on our test devices with the test account qa.fahrer07@brueckenstein.example.
Stack trace attached in Jira, no customer data involved.

Priority P2, DriveSense has confirmed the bug and a fix is planned for 4.2.1.

Marco Tillmanns
IT Digital Channels
"""
    return ('NORMAL', 'en', 'internal',
            'trap: IT ticket about telematics app crash with test account',
            M('Marco Tillmanns <marco.tillmanns@brueckenstein.example>',
              'Telematik Team <telematik@brueckenstein.example>',
              'INC-88412 FahrFair app crash on location permission change', body))


def m026():
    body = """Dear Lisa,

thanks for calling back. As discussed, here is what happened. Sorry it's long.

On Saturday evening (8 Feb) I drove home from my sister's in Düren. Around 23:15 on
the B264 I suddenly felt shaky and sweaty and couldn't focus. I have type 1
diabetes (since I was 12) and use an insulin pump. My CGM alarm went off but I
thought I could make it the last 10 km. I don't remember much after the roundabout.
The car went into the ditch and hit a road sign. The police and ambulance came, my
blood sugar was 38 mg/dl. They gave me glucose and took me to the hospital in Düren
overnight, no injuries except a bruised shoulder.

The police took my driving licence and said the authority will probably want a
medical report. My diabetologist, Dr. Kaya, says I should get a new sensor with
a better low alarm and do a hypoglycaemia awareness training.

What does that mean for my car insurance? The car (Hyundai Kona, DN-SW 88) is
probably a write-off. My policy number is KH-7001-3395-44.

Best wishes
Sarah Whitfield
"""
    return ('STRICTLY_CONFIDENTIAL', 'en', 'customer',
            'customer: accident during hypoglycaemia, type 1 diabetes, insulin pump, hospital, licence seized',
            M('Lisa Marquardt <lisa.marquardt@brueckenstein.example>',
              'Frank Ostermeier <frank.ostermeier@brueckenstein.example>',
              'FW: Accident 8 Feb - KH-7001-3395-44',
              'Frank, Kasko-Totalschaden, Fahrtüchtigkeit/Obliegenheit bitte prüfen. '
              'Kundin hat sich sehr offen geäußert, bitte sensibel.\nLisa\n\n'
              '-----Original Message-----\nFrom: Sarah Whitfield <sarah.whitfield@mail-dueren.example>\n'
              'Sent: Sunday, 9 February 2025 20:33\nSubject: Accident 8 Feb\n\n' + body,
              date='Mon, 10 Feb 2025 09:05:00 +0100'))


def m027():
    body = """Sehr geehrte Damen und Herren,

Sie haben ein neues Dokument in Ihrem Brückenstein SecureMail-Postfach.

Bitte melden Sie sich unter https://securemail.brueckenstein.example an, um die
Nachricht zu lesen. Aus Sicherheitsgründen enthält diese Benachrichtigung keine
Inhalte.

Ihre Brückenstein Versicherung AG

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.
"""
    return ('NORMAL', 'de', 'insurer-to-customer',
            'trap: secure portal notification without content',
            M('SecureMail <noreply-securemail@brueckenstein.example>',
              'praxis@augen-brandl.example',
              'Neue Nachricht in Ihrem SecureMail-Postfach', body))


def m028():
    rows = [
        ['Pers.-Nr.', 'Name', 'Vorname', 'Geburtsdatum', 'FS-Klassen', 'FS gültig bis', 'letzte FS-Kontrolle', 'Fahrzeug', 'Kennzeichen'],
        ['10422', 'Alberding', 'Sven', '14.05.1989', 'B, C1, C, CE', '30.06.2027', '06.01.2025', 'Sprinter 316', 'HB-HL 3307'],
        ['10517', 'Osterloh', 'Nadine', '02.11.1994', 'B, C1', '31.08.2029', '06.01.2025', 'Sprinter 316', 'HB-HL 3312'],
        ['10588', 'Wróbel', 'Marek', '19.03.1978', 'B, C, CE', '15.02.2026', '07.01.2025', 'Actros 1845', 'HB-HL 4410'],
        ['10601', 'Kuhlmann', 'Jan-Hendrik', '27.07.2001', 'B', '-', '07.01.2025', 'Caddy', 'HB-HL 219'],
        ['10634', 'Behrens', 'Gesa', '08.12.1983', 'B, BE', '-', '08.01.2025', 'Passat Variant', 'HB-HL 120'],
        ['10702', 'Yıldız', 'Serkan', '30.04.1991', 'B, C, CE', '12.10.2028', '08.01.2025', 'Actros 1845', 'HB-HL 4415'],
    ]
    body = """Hallo Frau Demirci,

wie gewünscht die aktuelle Fahrerliste zur Flottenverlängerung. Die
Führerscheinkontrollen sind alle im Januar gelaufen, keine Auffälligkeiten.

Gruß
Carsten Wilms
Fuhrparkleitung, Hegemann Logistik GmbH, Bremen
"""
    return ('CONFIDENTIAL', 'de', 'company',
            'fleet driver list XLSX: names, birth dates, licence classes, vehicles (harmless body)',
            M('Aylin Demirci <aylin.demirci@brueckenstein.example>',
              'Flotten-Underwriting <flotte-uw@brueckenstein.example>',
              'WG: Fahrerliste Hegemann zur Verlängerung FL-0087-HEG',
              'zur Akte.\n\n----- Weitergeleitet -----\nVon: Carsten Wilms <c.wilms@hegemann-logistik.example>\n\n' + body,
              att=[Att('Fahrerliste_Hegemann_2025-01.xlsx', xlsx(rows, 'Fahrer'))]))


def m029():
    body = """Liebe Kolleginnen und Kollegen,

zur Info: Die Bundesanstalt für Straßenwesen hat die Begutachtungsleitlinien zur
Kraftfahreignung in einigen Kapiteln überarbeitet. Für unsere Schadenprüfung
relevant (Zusammenfassung, keine Rechtsberatung):

- Epilepsie (Kap. 3.9.6): nach erstmaligem unprovoziertem Anfall Gruppe 1 in der
  Regel 6 Monate Fahrpause; bei Epilepsie 1 Jahr Anfallsfreiheit.
- Diabetes (Kap. 3.5): Fahreignung bei guter Einstellung gegeben; nach
  wiederholter schwerer Hypoglykämie im Wachzustand zunächst nicht.
- Sehvermögen (Anlage 6 FeV): Gruppe 1 Tagessehschärfe mind. 0,5 binokular,
  Gesichtsfeld horizontal mind. 120 Grad.
- Tagesschläfrigkeit / Schlafapnoe (Kap. 3.11.2): nach erfolgreicher Therapie
  wieder gegeben.

Wichtig für uns: Eine fehlende Fahreignung ist nicht automatisch eine
Obliegenheitsverletzung nach AKB. Bitte in solchen Fällen immer mit der
Teamleitung abstimmen, bevor gekürzt oder regressiert wird.

Gruß
Melanie Okafor
"""
    return ('NORMAL', 'de', 'internal',
            'trap: summary of driving-fitness guidelines (epilepsy, diabetes, eyesight), no person',
            M('Melanie Okafor <melanie.okafor@brueckenstein.example>',
              'Kfz-Schaden alle <kfz-schaden-alle@brueckenstein.example>',
              'Info: Begutachtungsleitlinien Kraftfahreignung - was heißt das für uns?',
              body))


def m030():
    body = """Dear Mr van Dijk,

thank you for reporting the accident of your employee on 11 February. To
complete the claim we confirm the following details:

  Policyholder:  Greenline Facility Services B.V., fleet policy FL-0412-GRN
  Vehicle:       Renault Kangoo E-Tech, NL plate V-482-KT
  Driver:        Mr Joris Hoekstra
  Place:         Düsseldorf, Königsallee / Bahnstraße, 11 Feb 2025, 10:20
  Damage:        rear bumper and tailgate of third-party BMW X3 (D-AK 7731);
                 own vehicle front bumper. Nobody was injured.

Liability lies with your driver (rear-end collision). We will settle the third
party's claim directly; the Kangoo may be repaired at a partner workshop in
Venlo. Please send us the invoice once it's done.

Met vriendelijke groet / kind regards
Emily Carter
International Claims
Brückenstein Versicherung AG
"""
    return ('CONFIDENTIAL', 'en', 'insurer-to-company',
            'fleet claim with named driver and plates, company policyholder contact, nobody injured',
            M('Emily Carter <emily.carter@brueckenstein.example>',
              'Pieter van Dijk <p.vandijk@greenline-fs.example>',
              'Claim KS-2025-0211-5508 - Kangoo V-482-KT', body,
              date='Wed, 12 Feb 2025 10:00:00 +0100'))

def m031():
    body = """Hi Emily,

sorry for the late notice, it's been a chaotic week here. One of our pool cars,
the Skoda Enyaq (M-AS 4410, fleet policy FL-0533-ALD), was involved in an accident
on Monday morning in Unterföhring. Our colleague Thomas Reindl (senior developer,
58) suffered a heart attack while driving, the car rolled across the junction at
low speed and hit a parked delivery van. A passer-by pulled him out and started
CPR until the ambulance arrived. He had a stent placed at the Klinikum Bogenhausen
and is now in the cardiac ward, his wife says he'll probably go to rehab in March.

Damage: front of the Enyaq, side of the van (company Kurierdienst Heller). No one
else was hurt.

What do you need from us? I have the police report number and the van owner's
details. Also, Thomas will obviously not drive for a while - should we take him
off the named-driver list for the pool cars?

Best
Jessica Moore
Office & Fleet Manager
Aldana Software GmbH, Munich
"""
    return ('STRICTLY_CONFIDENTIAL', 'en', 'company',
            'fleet manager reports named employee driver: heart attack at the wheel, stent, cardiac ward, rehab',
            M('Emily Carter <emily.carter@brueckenstein.example>',
              'Kfz-Schaden Flotte <kfz-schaden-flotte@brueckenstein.example>',
              'FW: Accident pool car M-AS 4410',
              'New claim FL-0533-ALD, please open. Medical details only for the file, '
              'not for the van owner.\n\n> From: Jessica Moore <j.moore@aldana-software.example>\n>\n'
              + ''.join('> ' + l + '\n' if l else '>\n' for l in body.split('\n'))))


def m032():
    body = """We're hiring: Motor Claims Handler (m/f/d), International Desk - Cologne

Brückenstein Versicherung AG handles more than 90,000 motor claims a year. Our
International Desk looks after accidents of our policyholders abroad and of foreign
drivers in Germany, working with Green Card bureaux and correspondents in 30
countries.

What you will do
- handle property and bodily-injury claims from first notice to settlement
- instruct vehicle damage assessors, workshops and solicitors abroad
- assess liability under foreign law together with our legal team
- recover costs from foreign insurers and, where the policy allows, from drivers

What you bring
- training as an insurance specialist or a degree in law/business
- fluent English and German; Dutch, Polish or French a plus
- a driving licence (class B) - you'll sometimes visit workshops

Apply by 15 March at https://karriere.brueckenstein.example/jobs/4471
Contact: Nicole Haberland, Recruiting, +49 221 555 1020
"""
    return ('NORMAL', 'en', 'insurer-to-partner',
            'trap: job advertisement for motor claims handler',
            M('Nicole Haberland <nicole.haberland@brueckenstein.example>',
              'Jobs <jobs@insurance-careers.example>',
              'Job posting: Motor Claims Handler International Desk (ref 4471)', body))


def m033():
    body = """Sehr geehrte Frau Lüdecke,

meine Oma, Frau Hildegard Mertens (geb. 17.09.1938), gibt ihr Auto ab und möchte
mir ihren Schadenfreiheitsrabatt übertragen. Ich habe den Wagen in den letzten
drei Jahren regelmäßig gefahren (sie hat mich damals als Fahrer eintragen lassen).

Ihr Vertrag: KH-0771-2031-09, SF 35, Toyota Yaris BN-HM 38
Ich: Niklas Mertens, geb. 04.06.2001, Führerschein seit 2019
Mein neues Auto: Seat Ibiza, zugelassen auf mich ab 01.03.

Das unterschriebene Übertragungsformular von meiner Oma und mir hänge ich als
Foto an. Wie viele Jahre kann ich übernehmen?

Viele Grüße
Niklas Mertens
"""
    reply = """Hallo Herr Mertens,

vielen Dank, die Erklärung liegt vollständig vor. Übertragen werden kann nur der
Schadenverlauf, den Sie selbst hätten erreichen können: Sie haben den Führerschein
seit 2019, daher übernehmen wir höchstens SF 5 (die übrigen Jahre verfallen). Für
Ihren Ibiza ergibt sich damit ab 01.03. die Klasse SF 5 statt SF 0.

Der Vertrag Ihrer Großmutter wird zum 28.02. beendet; sie erhält eine Abrechnung
über den zu viel gezahlten Beitrag.

Freundliche Grüße
Sabine Lüdecke
Kfz-Vertrag

"""
    return ('CONFIDENTIAL', 'de', 'insurer-to-customer',
            'no-claims bonus transfer grandmother to grandson: names, birth dates, policy, plate',
            M('Sabine Lüdecke <sabine.luedecke@brueckenstein.example>',
              'Niklas Mertens <niklas.mertens@studmail-bonn.example>',
              'AW: SF-Übertragung von meiner Oma',
              reply + 'Am 18.02.2025 um 22:05 schrieb Niklas Mertens:\n'
              + ''.join('> ' + l + '\n' if l else '>\n' for l in body.split('\n')),
              flowed=True,
              date='Wed, 19 Feb 2025 08:40:00 +0100'))


def m034():
    body = """Hallo Frau Dr. Albers,

in der Sache unseres VN Herrn Kevin Pauly (Schaden KS-2024-1107-3391) erbitten wir
Ihre Einschätzung vor einer Regressentscheidung.

Sachverhalt: Herr Pauly hat am 07.11.2024 gegen 2:10 Uhr in Troisdorf beim Ausparken
einen geparkten Audi beschädigt (Schaden ca. 3.900 EUR) und ist weitergefahren. Eine
Zeugin hat das Kennzeichen notiert. Die Staatsanwaltschaft Bonn führt ein
Ermittlungsverfahren wegen unerlaubten Entfernens vom Unfallort (§ 142 StGB),
Az. 410 Js 2231/24. Herr Pauly hat sich erst zwei Tage später bei der Polizei
gemeldet und gibt an, den Anstoß nicht bemerkt zu haben. Laut Vermerk der Polizei
roch er bei der Vernehmung nach Alkohol; eine Blutprobe wurde wegen des Zeitablaufs
nicht mehr angeordnet.

Fragen:
1. Reicht der Vortrag "nicht bemerkt" bei einem Anstoß dieser Größenordnung, um die
   Aufklärungsobliegenheit (E.1.1.3 AKB) als nicht verletzt anzusehen?
2. Regress bis 2.500 EUR (Obliegenheitsverletzung nach Eintritt des Versicherungsfalls)
   vertretbar, oder erst Ausgang des Strafverfahrens abwarten?

Die Ermittlungsakte liegt uns über Akteneinsicht vor und geht Ihnen per
SecureMail zu.

Viele Grüße
Jens Hartkopf
Regress Kfz
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
            'named insured: criminal investigation for hit-and-run § 142 StGB, alcohol suspicion, recourse question to lawyer',
            M('Jens Hartkopf <jens.hartkopf@brueckenstein.example>',
              'Dr. Imke Albers <albers@roth-albers.example>',
              'Mandat Brückenstein / Pauly - Regressprüfung § 142 StGB', body))


def m035():
    body = """PRESSEMITTEILUNG

Brückenstein: Fahranfänger sparen mit FahrFair bis zu 30 Prozent

Köln, 24. Februar 2025. Die Brückenstein Versicherung AG senkt ab 1. April die
Einstiegshürde für junge Fahrerinnen und Fahrer: Wer den Telematik-Tarif FahrFair
nutzt, kann schon nach sechs Monaten statt bisher zwölf bis zu 30 Prozent Rabatt
auf die Kfz-Haftpflicht und Kasko erreichen.

"Junge Menschen fahren nicht per se schlechter - aber sie fahren öfter nachts und
haben weniger Erfahrung. Mit FahrFair belohnen wir, wer vorausschauend fährt",
sagt Daniel Brettschneider, Produktmanager Telematik.

Die App wertet Beschleunigung, Bremsen, Kurvenverhalten, Geschwindigkeit und
Uhrzeit aus. Standortdaten werden nach 90 Tagen gelöscht; an die Schadenabteilung
gehen Fahrdaten nur bei einem gemeldeten Unfall und mit Einwilligung.

In einer Auswertung von rund 18.000 Verträgen lag die Schadenhäufigkeit in der
besten Score-Gruppe um mehr als die Hälfte unter der schlechtesten.

Pressekontakt: Julia Neuhaus, presse@brueckenstein.example, 0221 555 1001
"""
    return ('NORMAL', 'de', 'insurer-to-partner',
            'trap: press release on telematics tariff for young drivers',
            M('Julia Neuhaus <julia.neuhaus@brueckenstein.example>',
              'Redaktionsverteiler Wirtschaft <presseverteiler@brueckenstein.example>',
              'PM: Fahranfänger sparen mit FahrFair bis zu 30 Prozent', body,
              date='Mon, 24 Feb 2025 10:00:00 +0100'))


def m036():
    body = """Dear Mr Lindqvist,

we are sorry to hear that your car was stolen. We have registered the theft under
claim number KS-2025-0219-6620 (policy KF-3318-5590, Volvo XC60 B4, plate
K-EL 2407, VIN YV1UZL1V1P1123456).

To process the claim we need:
1. the police report (you gave us the case number 0219-K-24417/25 of the Cologne
   police, PI Ehrenfeld) - please also send the written confirmation,
2. all keys including the spare key by registered mail,
3. the registration certificate part II (Zulassungsbescheinigung Teil II),
4. your bank details for the payout, ideally via our secure portal.

The insurer usually waits one month before paying a theft claim, in case the
vehicle is recovered. Your comprehensive cover pays the replacement value; your
deductible of EUR 300 applies.

Kind regards
Tobias Wendler
Motor Claims
"""
    return ('CONFIDENTIAL', 'en', 'insurer-to-customer',
            'named customer car theft: claim, policy, plate, VIN, police case number',
            M('Tobias Wendler <tobias.wendler@brueckenstein.example>',
              'Erik Lindqvist <erik.lindqvist@nordic-mail.example>',
              'Theft of your Volvo XC60 - claim KS-2025-0219-6620', body,
              date='Thu, 20 Feb 2025 09:30:00 +0100'))


def m037():
    body = """Dear Aylin,

before we issue the policy for Mr. Bradley Sutton I need a decision from UW.
He moved from Austin, Texas, to Düsseldorf in January (relocation with his
employer, BMW X5 leased privately). In the application he ticked "no" for
convictions, but in the call with our broker colleague he said he had a DWI
conviction in Travis County in 2021 (0.11 BAC), completed 12 months probation and
an alcohol education program, licence reinstated 2022. He says "no" because he
thought only German convictions count.

Questions:
- do we accept at all, and with what loading?
- do we need to correct the application (misrepresentation) or just note it?
- his US licence: conversion to German licence not yet done, he has 6 months.

I'd like to get back to the broker by Friday.

Thanks
Emily
"""
    return ('STRICTLY_CONFIDENTIAL', 'en', 'internal',
            'named applicant: US drunk-driving conviction, probation, alcohol education programme',
            M('Emily Carter <emily.carter@brueckenstein.example>',
              'Aylin Demirci <aylin.demirci@brueckenstein.example>',
              'UW referral: Bradley Sutton - prior DWI conviction (US)', body))


def m038():
    body = """Protokoll Jour fixe Brückenstein / DriveSense, 20.02.2025 (Teams)

Teilnehmer: D. Brettschneider, R. Sharma, M. Tillmanns (BV); H. Brennan,
T. Ashdown (DriveSense)

1. Release 4.2.1
   - Fix Android location crash (INC-88412) -> rollout 03.03., staged 10/50/100 %
   - "Trip tagging: passenger / driver" moves to 4.3 - DriveSense to send UX mock-ups
2. Data retention
   - GPS raw points: 90 days, aggregated trip: 3 years - confirmed in DPA annex 2
   - Tom: "we can't shorten raw retention below 30 days because of the crash
     reconstruction use case" -> ok for us
3. Score v7.3 (harsh braking threshold 0.32 g)
   - go-live 01.04. agreed; in-app message in DE/EN, draft by BV marketing
4. Crash detection / FNOL
   - false positive rate Jan: 11 of 17 alerts (phone dropped, speed bumps)
   - action: DriveSense to add 5 s confirmation window before calling the FNOL desk
5. AOB: next meeting 20.03., 10:00 CET

Action items
  [BV]  in-app text v7.3 (Hannah P.)         due 14.03.
  [DS]  UX mock-ups trip tagging              due 07.03.
  [DS]  FNOL confirmation window spec          due 07.03.
"""
    return ('NORMAL', 'mixed', 'internal',
            'trap: DE/EN meeting minutes with telematics vendor, retention and crash-alert statistics only',
            M('Ravi Sharma <ravi.sharma@brueckenstein.example>',
              'Daniel Brettschneider <daniel.brettschneider@brueckenstein.example>, '
              'Marco Tillmanns <marco.tillmanns@brueckenstein.example>',
              'Protokoll Jour fixe DriveSense 20.02.', body,
              cc='Hollie Brennan <hollie.brennan@drivesense.example>, Tom Ashdown <tom.ashdown@drivesense.example>',
              date='Fri, 21 Feb 2025 10:00:00 +0100'))


def m039():
    body = """Sehr geehrte Frau Nowak,

wir bestätigen die Änderung Ihrer Bankverbindung für den Kfz-Vertrag
KH-5540-1102-63 (Fiat 500, K-EN 615). Ab der Fälligkeit am 01.04.2025 buchen wir
den Beitrag von folgendem Konto ab:

  Kontoinhaberin: Ewa Nowak
  IBAN:           DE15 3806 0186 4711 0826 50
  Mandatsreferenz: BV-KH5540110263-02

Das alte SEPA-Mandat für das Konto bei der Sparkasse KölnBonn haben wir
gelöscht. Der Vierteljahresbeitrag beträgt unverändert 112,43 EUR.

Mit freundlichen Grüßen
Ihr Kundenservice Kfz
Brückenstein Versicherung AG
"""
    return ('CONFIDENTIAL', 'de', 'insurer-to-customer',
            'bank details change: named customer, IBAN, mandate reference, policy and plate',
            M('Kundenservice Kfz <kfz-service@brueckenstein.example>',
              'Ewa Nowak <ewa.nowak@posteo-like.example>',
              'Ihre neue Bankverbindung - Vertrag KH-5540-1102-63', body))


def m040():
    body = """Aktenvermerk Regress - KS-2025-0104-0073 (VN/Fahrer: Dennis Kröger, geb. 21.08.1999)

Stand 24.02.2025, Bearb. Hartkopf

Unfall: 04.01.2025, 03:25 Uhr, Niederkassel-Lülsdorf, Alleinunfall gegen Baum,
Beifahrer (Bruder Tim Kröger) leicht verletzt (Platzwunde Stirn, ambulant versorgt).
Fremdschaden: Baum/Straßenbegleitgrün Rhein-Sieg-Kreis 2.180 EUR, Leitpfosten.

Blutentnahme 04:40 Uhr, BAK 0,94 Promille (Mittelwert aus 4 Analysen).
Rückrechnung nach Widmark auf Tatzeit (1:15 h, ohne Resorptionsphase nach
Trinkende ca. 01:30 Uhr lt. Aussage; Abbau 0,1 Promille/h) -> 0,94 + 0,1 x 1,25 -
(1. h nach Trinkende nicht rückrechnen) = ca. 1,01 Promille. Damit relative, keine
absolute Fahruntüchtigkeit. Ausfallerscheinungen lt. Polizeibericht: Schlangenlinien,
verwaschene Sprache, Abkommen von der Fahrbahn in leichter Rechtskurve ohne
Fremdeinwirkung -> alkoholtypischer Fahrfehler m. E. belegbar.

Strafverfahren: Strafbefehl § 316 StGB beantragt, Fahrerlaubnis vorläufig entzogen
(§ 111a StPO).

Vorschlag:
- Kasko (Eigenschaden 14.900 EUR, Totalschaden Golf GTI): Kürzung 100 %
- KH: Regress Fremdschaden 2.180 EUR + Beifahrer-Personenschaden (bisher 640 EUR)
  = 2.820 EUR, unter Grenze 5.000 EUR
- Ratenangebot 150 EUR/Monat, VN ist Auszubildender (Ausbildungsvergütung ca. 1.100 EUR netto)

Freigabe TL erbeten.
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'internal',
            'recourse file note: named driver with birth date, BAK back-calculation, criminal order, passenger injury, income',
            M('Jens Hartkopf <jens.hartkopf@brueckenstein.example>',
              'Melanie Okafor <melanie.okafor@brueckenstein.example>',
              'Freigabe Regress Kröger KS-2025-0104-0073', body,
              date='Mon, 24 Feb 2025 16:45:00 +0100'))


def m041():
    text = """Your driving data and FahrFair - questions and answers

What does the app record?
Acceleration, braking, cornering, speed in relation to the speed limit, time of
day and phone use while driving. GPS positions are used to calculate the route
and the speed limit.

Who can see my trips?
You can see them in the app. Our pricing system only receives your monthly score.
Claims staff only see trip data if you report an accident and agree.

How long is data kept?
Raw GPS points: 90 days. Trip summaries: 3 years. Scores: for the duration of the
contract plus the statutory retention periods.

Can I switch it off?
Yes, at any time. Your discount then reverts to the standard tariff from the next
due date.

More: https://www.brueckenstein.example/fahrfair/datenschutz
"""
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h2>Your driving data and FahrFair &ndash; questions and answers</h2>
<h4>What does the app record?</h4>
<p>Acceleration, braking, cornering, speed in relation to the speed limit, time of day and phone use while driving.
GPS positions are used to calculate the route and the speed limit.</p>
<h4>Who can see my trips?</h4>
<p>You can see them in the app. Our pricing system only receives your monthly score. Claims staff only see
trip data if you report an accident and agree.</p>
<h4>How long is data kept?</h4>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Data</th><th>Retention</th></tr>
<tr><td>Raw GPS points</td><td>90 days</td></tr>
<tr><td>Trip summaries</td><td>3 years</td></tr>
<tr><td>Scores</td><td>contract term + statutory periods</td></tr>
</table>
<h4>Can I switch it off?</h4>
<p>Yes, at any time. Your discount then reverts to the standard tariff from the next due date.</p>
<p><a href="https://www.brueckenstein.example/fahrfair/datenschutz">More on data protection</a></p>
</body></html>"""
    return ('NORMAL', 'en', 'newsletter',
            'trap: generic data-protection FAQ about telematics data',
            M('FahrFair <fahrfair@brueckenstein.example>',
              'fahrfair-en-list@brueckenstein.example',
              'FahrFair: your driving data explained', text, html=html))


def m042():
    body = """Hi Lisa,

please add the following colleague as an authorised driver for our pool cars
(fleet policy FL-0533-ALD) from 1 March:

  Name:            Priya Raghunathan
  Date of birth:   03/11/1990
  Licence:         Indian licence converted, German licence class B issued
                   12/2024, no. J010000ABC12 (Landratsamt München)
  Cars:            all three pool cars (M-AS 4410, M-AS 4411, M-AS 4412)

She has done the licence check with me today. Please confirm.

Thanks!
Jessica Moore
Aldana Software GmbH
"""
    reply = """Hi Jessica,

done - Ms Raghunathan is on the driver list from 1 March 2025. Note that drivers
with less than three years of licence in the EU get a young-driver excess of
EUR 500 in comprehensive. Updated schedule follows by post.

Lisa Marquardt

"""
    return ('CONFIDENTIAL', 'en', 'insurer-to-company',
            'fleet: named driver added with date of birth and licence number, company contact',
            M('Lisa Marquardt <lisa.marquardt@brueckenstein.example>',
              'Jessica Moore <j.moore@aldana-software.example>',
              'RE: New driver pool cars FL-0533-ALD',
              reply + '-----Original Message-----\n' + body))


def m043():
    body = """Sehr geehrte Damen und Herren,

im Auftrag meines Klienten, Herrn Stefan Hüsgen, geb. 29.04.1981, bestätige ich
die Teilnahme an einer verkehrspsychologischen Maßnahme zur Vorbereitung auf die
medizinisch-psychologische Untersuchung (Fragestellung Alkohol, Erstauffälligkeit
mit 1,82 Promille im Juli 2023).

Herr Hüsgen hat von Oktober 2023 bis Februar 2025 an 14 Einzelsitzungen
teilgenommen. Er hat die Entstehung seines früheren Trinkverhaltens (regelmäßiger
Konsum von 4-6 Bier an Wochentagen, Trinken zur Stressbewältigung) nachvollziehbar
aufgearbeitet und lebt seit dem 01.09.2023 abstinent. Die Abstinenz ist durch ein
forensisch anerkanntes Kontrollprogramm belegt (6 Urin-EtG-Screenings, alle
negativ, < 0,1 mg/l; zuletzt Haaranalyse 3 cm, EtG < 3 pg/mg).

Aus verkehrspsychologischer Sicht ist eine stabile Verhaltensänderung eingetreten.

Mit freundlichen Grüßen
Dipl.-Psych. Katharina Wendt
Verkehrspsychologische Praxis, Bonn
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'therapist',
            'traffic psychologist certificate: named client, MPU preparation, drinking history, EtG abstinence tests',
            M('Sabine Lüdecke <sabine.luedecke@brueckenstein.example>',
              'Jens Hartkopf <jens.hartkopf@brueckenstein.example>',
              'WG: Bescheinigung Hüsgen - für Regress-Ratenvereinbarung?',
              'Jens, Herr Hüsgen hat das an den Kundenservice geschickt, weil er auf eine '
              'Stundung hofft. Gehört wohl in deine Akte.\n\n-------- Original-Nachricht --------\n'
              'Von: Praxis Wendt <praxis@verkehrspsychologie-wendt.example>\n\n' + body,
              date='Mon, 17 Feb 2025 09:00:00 +0100'))


def m044():
    paras = [
        '# Musterschreiben R-12: Regress Kfz-Haftpflicht bei Trunkenheitsfahrt',
        'Brückenstein Versicherung AG · Regress Kfz · 50678 Köln',
        '«Anrede» «Vorname» «Nachname»',
        '«Straße» «Hausnummer»',
        '«PLZ» «Ort»',
        'Schaden-Nr. «Schadennummer» · Vertrag «Vertragsnummer»',
        'Regressforderung nach § 5 Abs. 3 KfzPflVV',
        '«Anrede_lang»,',
        'am «Unfalldatum» haben Sie das Fahrzeug mit dem Kennzeichen «Kennzeichen» geführt. '
        'Die Blutprobe ergab eine BAK von «BAK» Promille.',
        'Wir haben die Ansprüche der Geschädigten in Höhe von «Regulierungsbetrag» EUR reguliert. '
        'Nach D.1.2 AKB sind wir Ihnen gegenüber bis zu einem Betrag von 5.000 EUR leistungsfrei.',
        'Wir bitten Sie, «Regressbetrag» EUR bis zum «Frist» zu erstatten. Ratenzahlung ist nach Vorlage der Selbstauskunft möglich.',
        'Mit freundlichen Grüßen',
        '«Sachbearbeiter»',
    ]
    body = """Hallo Jens,

anbei die überarbeitete Fassung R-12 nach dem Rechtsprechungsticker. Änderungen:
Hinweis auf Ratenzahlung nach oben, neuer Satz zur Kaskoentscheidung entfällt
(kommt in eigenes Schreiben R-14). Bitte bis Freitag freigeben, dann stelle ich sie
in die Textbausteinverwaltung.

Viele Grüße
Dr. Henrike Salm
"""
    return ('NORMAL', 'de', 'internal',
            'trap: recourse letter template for drunk driving with placeholders only (DOCX)',
            M('Dr. Henrike Salm <henrike.salm@brueckenstein.example>',
              'Jens Hartkopf <jens.hartkopf@brueckenstein.example>',
              'Musterschreiben R-12 überarbeitet', body,
              att=[Att('R-12_Regress_Trunkenheit_v2025-02.docx', docx(paras))]))


def m045():
    body = """Dear Mr Abernethy,

we hope you are recovering well. On 22 February at 19:48 your FahrFair app
detected a severe impact on the L333 near Wesseling and, as you did not respond
within 30 seconds, our emergency desk alerted the rescue services. Your wife told
us on the phone that you were taken to the Universitätsklinikum Bonn with
broken ribs and a concussion and that you were kept in for four nights.

We have opened claim KS-2025-0222-7015 under your policy KF-2209-6644 (Mazda CX-30,
SU-GA 1022). There is no need to deal with anything while you are in recovery.
When you feel up to it, we would like to ask you:

- whether another vehicle was involved (the data shows a sharp swerve to the
  right about 2 seconds before the impact),
- whether you agree that we use the trip data from the app for the claim,
- whether you would like us to cover the costs of a private accident insurance
  claim check - you also have our accident policy UV-7710-2208.

Your car is at the towing yard of Abschleppdienst Kremer in Wesseling.

With best wishes for your recovery
Lisa Marquardt
FNOL Desk Motor
"""
    return ('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
            'telematics crash alert: named customer hospitalised with rib fractures and concussion; accident policy',
            M('Lisa Marquardt <lisa.marquardt@brueckenstein.example>',
              'Graham Abernethy <g.abernethy@highland-mail.example>',
              'Your accident on 22 February - claim KS-2025-0222-7015', body,
              date='Thu, 27 Feb 2025 11:00:00 +0100'))


def m046():
    body = """Sehr geehrter Herr Schäfer-Lenz,

trotz unserer Zahlungserinnerung vom 03.02.2025 ist der Folgebeitrag für Ihre
Kfz-Versicherung noch nicht bei uns eingegangen.

  Vertrag:        KH-8802-4419-71
  Fahrzeug:       Ford Transit Custom, GL-SL 717
  offener Betrag: 486,20 EUR (Halbjahresbeitrag 01.02.-31.07.2025)
  zzgl. Mahnkosten: 5,00 EUR

Bitte zahlen Sie den Betrag innerhalb von zwei Wochen nach Zugang dieses
Schreibens. Nach Ablauf der Frist sind wir bei Eintritt eines Schadens von der
Leistung frei und können den Vertrag fristlos kündigen (§ 38 VVG). Eine
Kündigung wird der Zulassungsstelle gemeldet, was zur Stilllegung des Fahrzeugs
führen kann.

Falls Sie inzwischen gezahlt haben, betrachten Sie dieses Schreiben bitte als
gegenstandslos.

Brückenstein Versicherung AG
Beitragsbuchhaltung Kfz
"""
    return ('CONFIDENTIAL', 'de', 'insurer-to-customer',
            'qualified premium reminder § 38 VVG: named customer, policy, plate, amount',
            M('Beitragsbuchhaltung Kfz <kfz-inkasso@brueckenstein.example>',
              'Jörg Schäfer-Lenz <info@schaefer-lenz-malerbetrieb.example>',
              'Qualifizierte Mahnung Vertrag KH-8802-4419-71', body,
              charset='windows-1252'))


def m047():
    body = """Dear colleagues,

Circular 2025/03 of the Council of Bureaux (extract for member companies):

1. From 1 April 2025 the electronic Green Card (PDF, black-and-white print) is
   accepted in all member countries. Insurers must ensure the card can be
   verified via the QR code.
2. Handling bureaux are reminded that claims notified under Article 3 of the
   Internal Regulations must be acknowledged within 10 working days.
3. Updated contact list of correspondents for Moldova and Montenegro attached to
   the member area.

For Brückenstein: Emily's team will update the Green Card template; IT ticket
CHG-2291 is open.

Kind regards
Stefan Brauer
International Motor / Green Card Coordinator
"""
    return ('NORMAL', 'en', 'internal',
            'trap: Green Card bureau circular, procedural only',
            M('Stefan Brauer <stefan.brauer@brueckenstein.example>',
              'International Claims <intl-claims@brueckenstein.example>',
              'CoB circular 2025/03 - e-Green Card from 1 April', body))


def m048():
    body = """Hallo Frau Okafor,

für die Reserveüberprüfung Q1 die Kurzfassung zum Personenschaden Bachmann:

Geschädigter: Lars Bachmann, 34, Motorradfahrer, von unserem VN (Herr Rüdiger Esch,
Kleintransporter K-RE 5012) beim Abbiegen übersehen, 29.09.2024, Köln-Porz.
Haftung 100 % bei uns.

Verletzungen: Berstungsfraktur BWK 11 (S22.06) mit inkompletter Querschnittlähmung
ab Th11 (G82.02), Oberschenkelfraktur rechts, Milzruptur (Splenektomie). Nach
Akutbehandlung Uniklinik Köln seit Dezember in der BG Unfallklinik (Querschnitt-
zentrum). Prognose lt. Reha-Bericht vom 10.02.: Rollstuhl dauerhaft, Gehfähigkeit
mit Orthesen kurze Strecken möglich, Blasen-/Mastdarmstörung.

Herr Bachmann war Elektroniker (Bruttojahresverdienst 2023: 52.300 EUR), eine
Rückkehr in den Beruf ist ausgeschlossen.

Reserve bisher 1,2 Mio. EUR; Vorschlag neu 2,85 Mio. EUR (Haushaltsführung,
behindertengerechter Umbau Wohnung + Kfz, Pflegemehrbedarf, Verdienstausfall
bis 67, Schmerzensgeld 250.000 EUR). Meldung an Rückversicherer (XL ab 1 Mio.)
ist raus.

Gruß
Frank Ostermeier
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'internal',
            'large bodily-injury claim: named claimant paraplegia, ICD codes, rehab, income, reserve',
            M('Frank Ostermeier <frank.ostermeier@brueckenstein.example>',
              'Melanie Okafor <melanie.okafor@brueckenstein.example>',
              'Reserve Q1 - KS-2024-0929-1180 Bachmann', body))


def m049():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 07.03.2025 nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet. In dringenden Schadenfällen wenden Sie sich bitte an
kfz-schaden@brueckenstein.example oder 0221 555 3000.

Mit freundlichen Grüßen
Tobias Wendler
"""
    return ('NORMAL', 'de', 'insurer-to-customer',
            'trap: out-of-office reply',
            M('Tobias Wendler <tobias.wendler@brueckenstein.example>',
              'kanzlei@roth-albers.example',
              'Abwesenheitsnotiz: AW: Terminabstimmung', body,
              headers=[('Auto-Submitted', 'auto-replied')],
              date='Fri, 28 Feb 2025 08:00:00 +0100'))


def m050():
    body = """Dear Ms Okafor-Bright,

in response to your request under Article 15 GDPR of 3 February 2025 we enclose
a copy of the personal data we process in connection with your FahrFair motor
policy KF-6120-0093 (VW ID.3, K-OB 330).

The file "trips.csv" contains all trip summaries from the last 90 days (raw GPS
points are not stored beyond 90 days; older trips are included as summaries only).
Your contract data, payment history and correspondence will follow by post,
as we cannot send them unencrypted.

Purposes: premium calculation (score), claims handling with your consent.
Recipients: DriveSense Analytics Ltd (processor, UK, adequacy decision).

If you have questions, please contact our data protection officer at
datenschutz@brueckenstein.example.

Kind regards
Katrin Vogelsang
Data Protection Office
"""
    csvt = """trip_id,start_local,end_local,start_area,end_area,km,max_speed_kmh,harsh_brakes,phone_use_s,night
T-0093-8812,2025-01-06 07:41,2025-01-06 08:09,Köln-Sülz,Köln-Deutz,11.4,72,0,0,0
T-0093-8813,2025-01-06 17:22,2025-01-06 17:58,Köln-Deutz,Köln-Sülz,12.0,68,1,14,0
T-0093-8851,2025-01-11 10:03,2025-01-11 11:20,Köln-Sülz,Bad Honnef,41.7,134,0,0,0
T-0093-8852,2025-01-11 22:47,2025-01-11 23:51,Bad Honnef,Köln-Sülz,42.2,127,0,0,1
T-0093-8907,2025-01-20 07:38,2025-01-20 08:12,Köln-Sülz,Köln-Deutz,11.6,61,0,0,0
T-0093-8960,2025-01-27 18:30,2025-01-27 18:49,Köln-Sülz,Köln-Lindenthal,5.3,49,0,31,0
"""
    return ('CONFIDENTIAL', 'en', 'insurer-to-customer',
            'GDPR access response: named customer telematics trips with places and times (CSV), policy and plate',
            M('Katrin Vogelsang <katrin.vogelsang@brueckenstein.example>',
              'Adaeze Okafor-Bright <adaeze.ob@mailhub-koeln.example>',
              'Your access request - FahrFair policy KF-6120-0093', body,
              att=[Att('trips.csv', csvt)]))

def m051():
    body = """Hallo Frank,

kannst du dir den zweiten Greenline-Fall ansehen? Diesmal mit Personenschaden beim
eigenen Fahrer, Auszug aus der Mail von Pieter unten. Fahrerschutz ist in der
Flottenpolice FL-0412-GRN mitversichert, also landet das bei euch.

Danke, Emily

> From: Pieter van Dijk <p.vandijk@greenline-fs.example>
> Sent: Tuesday, 4 March 2025 08:57
>
> Dear Emily,
>
> bad news again, I'm afraid. Yesterday our driver Bram de Wit (born 14-07-1997)
> skidded on black ice near Kleve with the Kangoo V-517-KT and hit the crash
> barrier. He was taken to the St.-Antonius-Hospital in Kleve: broken left
> collarbone, operated this morning (plate and screws), and a mild concussion.
> The doctors say he will be on sick leave for 6-8 weeks. No other vehicle involved.
>
> He is insured under the Fahrerschutz, correct? His net salary is about EUR 2,650
> per month, our HR will send a statement.
>
> Groeten,
> Pieter
"""
    return ('STRICTLY_CONFIDENTIAL', 'mixed', 'company',
            'German note over English quote: named fleet driver with birth date, collarbone fracture surgery, concussion, salary',
            M('Emily Carter <emily.carter@brueckenstein.example>',
              'Frank Ostermeier <frank.ostermeier@brueckenstein.example>',
              'Fahrerschutz Greenline - de Wit / V-517-KT', body,
              date='Tue, 04 Mar 2025 13:10:00 +0100'))


def m052():
    body = """Dear Sir or Madam,

Purchase order 4500194021 (framework agreement BV-DS-2023-07)

  Item 1  OBD-II telematics dongle "DS-Link 3" (BLE, 4G fallback)   500 units
  Item 2  Pre-paid data plan, 36 months, EU roaming                 500 units
  Item 3  Returns handling / refurbishment                           as required

Delivery: Brückenstein Versicherung AG, Logistics Centre, Gate 2, Industriestraße 8,
51149 Cologne, by 31 March 2025. Please quote the PO number on all documents.
Invoices to invoices@brueckenstein.example (PDF only).

The dongles are intended for the FahrFair fleet pilot (customers without smartphones).

Best regards
Nadine Gerlach
Procurement
"""
    return ('NORMAL', 'en', 'insurer-to-supplier',
            'trap: purchase order for telematics dongles',
            M('Nadine Gerlach <nadine.gerlach@brueckenstein.example>',
              'Orders <orders@drivesense.example>',
              'PO 4500194021 - OBD-II dongles DS-Link 3', body))


def m053():
    body = """Guten Abend,

mein Sohn Leon (geb. 30.05.2006, Führerschein seit 11/2024, ist bei uns als
Fahrer eingetragen) hatte heute einen Unfall mit unserem Auto. Er ist auf dem
Parkplatz vom Rewe in Hennef beim Rückwärtsausparken gegen einen Mercedes
gefahren. Passiert ist niemandem was, nur Blechschaden. Die Fahrerin vom Mercedes
(Kennzeichen SU-WK 2290) hat ihre Daten da gelassen, Polizei war nicht da.

Unser Auto: Opel Astra, SU-BR 631, Vertrag KH-4408-0017-52.
An unserem Auto ist nur die Heckstoßstange verkratzt, das machen wir selbst.

Was muss ich jetzt tun? Wird das teuer für uns (Hochstufung)?

Mit freundlichen Grüßen
Martina Brückner
"""
    reply = """Guten Morgen Frau Brückner,

danke für die schnelle Meldung. Wir haben den Schaden unter KS-2025-0305-2214
angelegt und melden uns bei der Halterin des Mercedes. Zur Hochstufung: Wenn der
Schaden klein bleibt, können Sie ihn innerhalb von sechs Monaten nach unserer
Abrechnung an uns zurückzahlen, dann bleibt Ihre SF-Klasse erhalten. Wir schicken
Ihnen dazu nach der Regulierung ein Schreiben.

Viele Grüße
Tobias Wendler

"""
    return ('CONFIDENTIAL', 'de', 'insurer-to-customer',
            'young driver son with birth date, parking accident, plates, policy, nobody hurt',
            M('Tobias Wendler <tobias.wendler@brueckenstein.example>',
              'Martina Brückner <m.brueckner@hennef-online.example>',
              'AW: Unfall mit unserem Astra',
              reply + '-----Ursprüngliche Nachricht-----\nVon: Martina Brückner\nGesendet: Mittwoch, 5. März 2025 19:12\n\n'
              + body,
              date='Thu, 06 Mar 2025 08:05:00 +0100'))


def m054():
    body = """Dear Ms Demirci,

following our call, here is the information for your review of the rear-end
collision of 19 February (HGV HB-HL 4410, claim KS-2025-0219-3018).

Our driver Mr Marek Wróbel was examined by our occupational physician after the
incident. Dr. Frerichs found moderate obstructive sleep apnoea (AHI 24/h) in the
sleep laboratory and suspects that daytime sleepiness contributed to the accident
(Mr Wróbel reported a "short nod" just before). He was fitted with a CPAP device on
28 February. According to the guidelines he may return to driving once the therapy
is shown to be effective, expected in about four weeks; until then he works in the
warehouse.

We would like to know whether this has consequences for the fleet contract or
for Mr Wróbel personally. He has been with us for 11 years without any claim.

Kind regards
Carsten Wilms
Head of Fleet, Hegemann Logistik GmbH
"""
    return ('STRICTLY_CONFIDENTIAL', 'en', 'company',
            'fleet: named HGV driver with obstructive sleep apnoea, CPAP, occupational physician findings',
            M('Aylin Demirci <aylin.demirci@brueckenstein.example>',
              'Melanie Okafor <melanie.okafor@brueckenstein.example>',
              'FW: Mr Wróbel / KS-2025-0219-3018',
              'Melanie, Herr Wilms schreibt diesmal auf Englisch (neuer Geschäftsführer liest mit). '
              'Wie gehen wir mit der Schlafapnoe um? Ich sehe keine Obliegenheitsverletzung der VN.\n\n'
              'From: Carsten Wilms <c.wilms@hegemann-logistik.example>\n\n' + body,
              date='Mon, 03 Mar 2025 10:20:00 +0100'))


def m055():
    body = """Hallo Frau Vogelsang,

anbei die Zusammenfassung der DSFA für FahrFair 4.x zur Vorlage im Datenschutz-
Jour-fixe. Änderungen gegenüber der Version 3.x:

Verarbeitungen
- Fahrverhalten (Beschleunigung, Bremsen, Kurven, Geschwindigkeit, Handynutzung)
- Standortdaten (GPS, 1 Hz) zur Geschwindigkeitsbegrenzung und Routenlänge
- NEU: Unfallerkennung mit automatischer Alarmierung (Art. 6 Abs. 1 lit. d DSGVO,
  lebenswichtige Interessen)
- NEU: Kennzeichnung "Beifahrer-Fahrt" durch den Nutzer

Risiken (Restrisiko nach Maßnahmen)
- Bewegungsprofile / Rückschluss auf Wohnort, Arbeitsplatz: mittel -> gering
  (Pseudonymisierung, 90 Tage Rohdaten)
- Nutzung durch Schadenabteilung ohne Einwilligung: hoch -> gering (technische
  Sperre, Freigabe nur mit Einwilligungsflag)
- Gesundheitsdaten: bei Unfallerkennung werden keine Vitaldaten erhoben; Angaben
  des Kunden im Notruf landen in der FNOL-Akte (dort Schutzklasse 3)

Ergebnis: Verarbeitung zulässig, keine Konsultation der Aufsichtsbehörde nach
Art. 36 DSGVO erforderlich.

Viele Grüße
Daniel Brettschneider
"""
    return ('NORMAL', 'de', 'internal',
            'trap: DPIA summary for the telematics app (categories, risks), no person',
            M('Daniel Brettschneider <daniel.brettschneider@brueckenstein.example>',
              'Katrin Vogelsang <katrin.vogelsang@brueckenstein.example>',
              'DSFA FahrFair 4.x - Zusammenfassung', body))


def m056():
    body = """Hello Brückenstein team,

as agreed in our framework contract (subscription fleet policy FL-0701-SUB), please
add the following subscribers as drivers from 10 March. All have passed our
licence and ID check in the app.

  Subscriber no.  Name               Date of birth   Licence since   Car
  S-22871         Maximilian Roth    1999-02-17      2017-06         Polestar 2, B-SU 2871E
  S-22874         Chiara Bellini     1993-09-02      2011-10         VW ID.4, B-SU 2874E
  S-22880         Johannes Ebert     2003-12-29      2022-01         Fiat 500e, B-SU 2880E
  S-22881         Wei Zhang          1987-04-11      2006-08         Tesla Model Y, B-SU 2881E

Mr Ebert is under 23, so the young-driver surcharge applies as per Annex 3.

Please confirm by return.

Kind regards
Ole Kristiansen
Insurance Operations, Abo-Auto Mobility GmbH, Berlin
"""
    return ('CONFIDENTIAL', 'en', 'company',
            'car subscription company: named drivers with dates of birth, licence dates and plates',
            M('Lisa Marquardt <lisa.marquardt@brueckenstein.example>',
              'Flotten-Vertrag <flotte-vertrag@brueckenstein.example>',
              'FW: New subscribers from 10 March - FL-0701-SUB',
              'Bitte einpflegen, Zuschlag für Ebert nicht vergessen.\nLisa\n\n'
              '-----Original Message-----\nFrom: Ole Kristiansen <ops@abo-auto.example>\n\n' + body))


def m057():
    body = """Hallo Frank,

unten der Entlassbericht, den uns die Eltern über ihren Anwalt geschickt haben
(Auszug, abgetippt aus dem PDF). Das ist der Schulweg-Unfall in Troisdorf, unser
VN Herr Albrecht hat das Kind am Zebrastreifen erfasst.

Gruß
Tobias

---------- Weitergeleitete Nachricht ----------
Von: Kanzlei Brehm <kanzlei@brehm-verkehrsrecht.example>
Datum: 06.03.2025
Betreff: Unser Mandant Finn Kessler, geb. 12.08.2016 / Ihr VN Albrecht

Sehr geehrte Damen und Herren,

anliegend der Entlassbericht der Kinderklinik:

"Aufnahme 13.02.2025 über den Rettungsdienst nach Verkehrsunfall als Fußgänger.
Diagnosen: Unterschenkelschaftfraktur rechts (S82.21), Commotio cerebri (S06.0),
multiple Schürfwunden. Therapie: geschlossene Reposition und elastisch stabile
intramedulläre Nagelung (ESIN) am 13.02., Oberschenkelgips für 4 Wochen.
Entlassung am 19.02.2025 in gutem Allgemeinzustand. Kontrolle in der Unfall-
chirurgischen Ambulanz in 2 Wochen; Metallentfernung nach ca. 6 Monaten geplant.
Der Junge zeigt nächtliche Albträume, wir empfehlen eine kinderpsychologische
Vorstellung."

Wir bitten um eine Vorschusszahlung auf das Schmerzensgeld in Höhe von
5.000 EUR.

Mit freundlichen Grüßen
RA Jonas Brehm
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'lawyer',
            'injured child pedestrian: birth date, fractures, concussion, hospital discharge report in inline forward',
            M('Tobias Wendler <tobias.wendler@brueckenstein.example>',
              'Frank Ostermeier <frank.ostermeier@brueckenstein.example>',
              'WG: Unser Mandant Finn Kessler / Ihr VN Albrecht', body,
              date='Fri, 07 Mar 2025 09:30:00 +0100'))


def m058():
    body = """Case study 4 - "The Saturday night trip" (training material, anonymised)

A policyholder (male, early twenties, licence for 14 months) borrows his parents'
car to drive friends home from a club at about 3 a.m. On a country road he loses
control in a bend at roughly 90 km/h (limit 70), the car leaves the road and hits
a tree. Two passengers are injured. A blood sample is taken two hours later.

Questions for discussion
1. Which obligations under the motor policy (AKB) may have been breached?
   Think about alcohol, the named-driver clause and speeding.
2. Under which conditions can the insurer take recourse against the driver in
   third-party liability? What is the cap?
3. How does the analysis change if the blood alcohol level is 0.4 per mille
   vs 1.2 per mille?
4. The parents are the policyholders. Can the insurer take recourse against them?
5. What would the telematics data tell you, and may you use it?

Facts, names, places and dates are invented or changed. Do not attempt to match
this case to a real file.

Model answers in the trainer version only.
"""
    return ('NORMAL', 'en', 'internal',
            'trap: anonymised training case study on drunk driving and recourse',
            M('Melanie Okafor <melanie.okafor@brueckenstein.example>',
              'Trainees Claims <trainees-claims@brueckenstein.example>',
              'Training week: case study 4 (please read before Thursday)', body))


def m059():
    body = """Sehr geehrter Herr Hennes,

bei der Bearbeitung des Schadens vom 22.02.2025 (KS-2025-0222-1402) haben wir
festgestellt, dass Ihr Fahrzeug (BMW 320d, K-HH 1960) zum Unfallzeitpunkt von
Herrn Luca Hennes gefahren wurde. Laut Polizeibericht ist Herr Luca Hennes am
04.10.2003 geboren, also 21 Jahre alt.

Ihr Vertrag KH-2206-9035-17 ist mit dem Fahrerkreis "nur Versicherungsnehmer und
Partner, alle Fahrer ab 25 Jahren" abgeschlossen. Nach K.4 AKB ist deshalb der
Beitrag für den zutreffenden Fahrerkreis rückwirkend ab Versicherungsbeginn
(01.01.2024) neu zu berechnen; zusätzlich fällt die vereinbarte Vertragsstrafe in
Höhe eines Jahresbeitrags an.

  Beitrag bisher (Jahresbeitrag)              684,00 EUR
  Beitrag Fahrerkreis "ab 18 Jahren"        1.296,00 EUR
  Nachberechnung 01.01.2024 - 31.03.2025      765,00 EUR
  Vertragsstrafe                            1.296,00 EUR

Den Schaden des Unfallgegners regulieren wir. Bitte teilen Sie uns bis zum
31.03.2025 mit, ob Herr Luca Hennes künftig als Fahrer eingetragen werden soll.

Mit freundlichen Grüßen
Sabine Lüdecke
Kfz-Vertrag
"""
    return ('CONFIDENTIAL', 'de', 'insurer-to-customer',
            'named driver outside agreed driver age group: birth date, policy, premium recalculation and penalty',
            M('Sabine Lüdecke <sabine.luedecke@brueckenstein.example>',
              'Heinz Hennes <heinz.hennes@rheinpost.example>',
              'Ihr Vertrag KH-2206-9035-17 - Fahrerkreis / Nachberechnung', body))


def m060():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hi Frank,</p>
<p>as requested, the open bodily-injury claims from the international desk with reserves above EUR 50k.
Diagnoses as per the latest medical evidence on file.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde"><th>Claim</th><th>Claimant</th><th>Country</th><th>Injury (ICD-10)</th><th>Status</th><th>Reserve EUR</th></tr>
<tr><td>GC-UK-2024-0771</td><td>Fiona Gallagher</td><td>UK</td><td>S13.4 WAD II; S52.50 distal radius fracture</td><td>ortho referral</td><td>62,000</td></tr>
<tr><td>KS-2024-0612-8830</td><td>Mateusz Zielinski</td><td>PL</td><td>S32.0 lumbar vertebra fracture; F43.1 PTSD</td><td>rehab completed, psych. treatment ongoing</td><td>185,000</td></tr>
<tr><td>KS-2024-0830-4417</td><td>Anouk Peeters</td><td>BE</td><td>S06.5 subdural haemorrhage</td><td>neuro-rehab, cognitive deficits</td><td>740,000</td></tr>
<tr><td>KS-2025-0112-0051</td><td>Dimitrios Alexiou</td><td>GR</td><td>S42.20 humerus fracture</td><td>surgery done</td><td>58,000</td></tr>
</table>
<p>Anouk Peeters: neuropsychological assessment scheduled for April; the family's lawyer is asking for an interim payment.</p>
<p>Best,<br>Emily</p>
</body></html>"""
    return ('STRICTLY_CONFIDENTIAL', 'en', 'internal',
            'HTML-only table: named injured claimants with ICD-10 codes, treatment status, reserves',
            M('Emily Carter <emily.carter@brueckenstein.example>',
              'Frank Ostermeier <frank.ostermeier@brueckenstein.example>',
              'Open BI claims intl desk > 50k', html=html, html_only=True))


def m061():
    rows = [
        ['Leistung', 'Fahrzeugklasse', 'Festpreis netto EUR', 'Bemerkung'],
        ['Steinschlagreparatur bis 2 cm', 'alle', 89.00, 'Kasko: ohne SB'],
        ['Frontscheibe ohne Sensorik', 'Klein/Kompakt', 389.00, 'inkl. Einbau, Kleber'],
        ['Frontscheibe mit Regen-/Lichtsensor', 'Kompakt/Mittel', 529.00, ''],
        ['Frontscheibe mit Kamera (ADAS)', 'Mittel/Oberklasse', 749.00, 'zzgl. Kalibrierung'],
        ['Kalibrierung Frontkamera statisch', 'alle', 149.00, 'Herstellervorgabe'],
        ['Kalibrierung Frontkamera dynamisch', 'alle', 119.00, 'Probefahrt 20 km'],
        ['Heckscheibe beheizt', 'Kompakt/Mittel', 319.00, ''],
        ['Mobiler Service-Zuschlag', 'alle', 0.00, 'im Umkreis 30 km'],
    ]
    body = """Hallo Uwe,

anbei die vereinbarten Festpreise für 2025 von GlasPartner Rheinland, wie im
Jahresgespräch abgestimmt. Gilt ab 01.04. für alle Teilkasko-Glasschäden, die über
die Hotline gesteuert werden.

Gruß
Steffi Brandes
Einkauf Schadendienstleister
"""
    return ('NORMAL', 'de', 'internal',
            'trap: windscreen partner fixed-price list (XLSX), no customer',
            M('Steffi Brandes <steffi.brandes@brueckenstein.example>',
              'Uwe Sandkühler <uwe.sandkuehler@brueckenstein.example>',
              'Festpreise Glas 2025 GlasPartner Rheinland', body,
              att=[Att('Festpreise_Glas_2025.xlsx', xlsx(rows, 'Festpreise'))]))


def m062():
    body = """Sehr geehrter Herr Wendler,

zum Auftrag vom 03.03.2025 (Ihr Zeichen KS-2025-0228-0877, Anspruchstellerin
Frau Miriam Osei, Bornheim) teilen wir Ihnen vorab die Ergebnisse mit. Das
vollständige Gutachten folgt per Post und im Gutachtenportal.

  Fahrzeug:               VW Touran 2.0 TDI, EZ 05/2017, 148.300 km
  Kennzeichen:            SU-MO 77
  Halterin:               Miriam Osei
  Besichtigung:           04.03.2025, Autohaus am Ring Lenz KG, Bonn
  Reparaturkosten brutto: 12.940,55 EUR
  Wiederbeschaffungswert: 13.500,00 EUR (differenzbesteuert)
  Restwert:                3.150,00 EUR (höchstes Angebot, Restwertbörse, 3 Gebote)
  Wiederbeschaffungsdauer: 14 Kalendertage
  Nutzungsausfall:        Gruppe E, 59 EUR/Tag

Die Reparaturkosten liegen über 100 % des Wiederbeschaffungsaufwands, aber unter
130 % des WBW. Eine Reparatur nach der 130-%-Rechtsprechung ist nur bei
fachgerechter und vollständiger Reparatur nach Gutachten möglich; die Halterin
hat Interesse signalisiert.

Mit freundlichen Grüßen
Dipl.-Ing. (FH) Andreas Stahl
Ingenieurbüro Stahl - Kfz-Sachverständige
"""
    return ('CONFIDENTIAL', 'de', 'assessor',
            'expert report summary: named vehicle owner, plate, claim number, repair cost and replacement value',
            M('Tobias Wendler <tobias.wendler@brueckenstein.example>',
              'Kfz-Schaden Zahlungsfreigabe <kfz-freigabe@brueckenstein.example>',
              'WG: Vorabbericht Gutachten Osei / KS-2025-0228-0877',
              'zur Info, 130-%-Fall, ich warte auf die Entscheidung der Anspruchstellerin.\n\n'
              '-------- Weitergeleitete Nachricht --------\nVon: Ingenieurbüro Stahl <gutachten@ib-stahl.example>\n\n'
              + body,
              date='Wed, 05 Mar 2025 15:00:00 +0100'))


def m063():
    body = """Hallo Frau Okafor,

ich habe eine Frage, bevor ich etwas falsch mache. Unser Fahrer Serkan Yıldız
(Actros, HB-HL 4415) hat uns jetzt mitgeteilt, dass er seit Januar Insulin spritzt.
Er hat Diabetes Typ 2 schon länger, bisher mit Tabletten. Er hat von seinem
Hausarzt ein Attest mitgebracht (hängt an), da steht drin, dass er fahren darf.

Die Führerscheinstelle will für die Verlängerung von C/CE sowieso ein Gutachten.
Darf ich ihn bis dahin weiter Lkw fahren lassen, ohne dass wir ein Problem mit der
Versicherung bekommen? Und muss ich Ihnen so etwas überhaupt melden?

Gruß
Carsten Wilms
Hegemann Logistik GmbH
"""
    att = pdf([
        '# Hausarztpraxis Dr. med. Ute Rohlfs',
        'Allgemeinmedizin - Diabetologie (DDG) - Hastedter Heerstraße 90 - 28207 Bremen',
        '',
        'Ärztliche Bescheinigung',
        '',
        'Herr Serkan Yıldız, geb. 30.04.1991, befindet sich in meiner hausärztlichen',
        'Behandlung wegen eines Diabetes mellitus Typ 2 (E11.90).',
        'Seit 08.01.2025 Basalinsulin (Insulin glargin 18 IE abends) zusätzlich zu',
        'Metformin 1000 mg 1-0-1. HbA1c 7,1 % (02/2025). Keine schweren',
        'Hypoglykämien, Hypoglykämiewahrnehmung erhalten, Schulung erfolgt.',
        'Augenärztlicher Befund 12/2024 ohne Retinopathie.',
        '',
        'Aus meiner Sicht bestehen keine Bedenken gegen das Führen von Kraftfahrzeugen',
        'der Gruppe 2, sofern regelmäßige BZ-Selbstkontrollen vor Fahrtantritt und',
        'alle 2 Stunden erfolgen.',
        '',
        'Bremen, 24.02.2025',
        'Dr. med. U. Rohlfs',
    ])
    return ('STRICTLY_CONFIDENTIAL', 'de', 'company',
            'fleet manager: named truck driver on insulin, diabetes type 2 E11.90 attest PDF',
            M('Melanie Okafor <melanie.okafor@brueckenstein.example>',
              'Dr. Henrike Salm <henrike.salm@brueckenstein.example>',
              'WG: Frage Fahrer mit Insulin - Hegemann',
              'Henrike, kannst du mir helfen, was ich Herrn Wilms antworte? Ich würde ihm '
              'raten, das Gutachten abzuwarten, aber es gibt keine Anzeigepflicht ggü. uns, oder?\n\n'
              '-----Ursprüngliche Nachricht-----\nVon: Carsten Wilms <c.wilms@hegemann-logistik.example>\n\n' + body,
              att=[Att('Attest_Yildiz.pdf', att)]))


def m064():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Brueckenstein//Webinar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:webinar-fitness-to-drive-2025-04@brueckenstein.example
DTSTAMP:20250305T120000Z
DTSTART:20250410T090000Z
DTEND:20250410T101500Z
SUMMARY:Webinar: Fitness to drive after illness - what fleet managers need to know
DESCRIPTION:Speakers: Dr. med. Corinna Vahle (occupational medicine) and Melanie
 Okafor (claims). Topics: stroke\\, epilepsy\\, diabetes\\, sleep apnoea\\,
 medication and driving\\; the employer's duties when handing over a company
 car\\; what the insurer expects. Join: https://webinar.brueckenstein.example/f2d
LOCATION:Online
ORGANIZER;CN=Brückenstein Fleet Services:mailto:flotte@brueckenstein.example
END:VEVENT
END:VCALENDAR
"""
    body = """Dear fleet managers,

many of you have asked how to handle drivers returning to work after a stroke, a
seizure or a change in diabetes treatment. In our next webinar our occupational
physician and our claims team will answer your questions - anonymously, of course.

Please save the date (calendar file attached) and send questions in advance to
flotte@brueckenstein.example.

Kind regards
Brückenstein Fleet Services
"""
    return ('NORMAL', 'en', 'insurer-to-company',
            'trap: webinar invitation on fitness to drive after illness, generic (ICS)',
            M('Brückenstein Fleet Services <flotte@brueckenstein.example>',
              'flottenkunden-en@brueckenstein.example',
              'Webinar 10 April: Fitness to drive after illness', body,
              att=[Att('webinar_fitness_to_drive.ics', ics)]))


def m065():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ExpertBooking 3.2//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ib-stahl-2025-0311-1400@ib-stahl.example
DTSTAMP:20250306T091500Z
DTSTART;TZID=Europe/Berlin:20250311T140000
DTEND;TZID=Europe/Berlin:20250311T144500
SUMMARY:Vehicle inspection - claim KS-2025-0303-6612 - Kaufmann\\, Jürgen
LOCATION:Ringstraße 41\\, 53859 Niederkassel (customer address)
DESCRIPTION:Vehicle: Mercedes C 220 d T\\, plate SU-JK 2201. Contact: Jürgen
 Kaufmann\\, mobile 0171 5550 3321. Damage: side impact left\\, rear door
 and sill. Expert: A. Stahl.
ORGANIZER;CN=Ingenieurbüro Stahl:mailto:termine@ib-stahl.example
ATTENDEE;CN=Jürgen Kaufmann:mailto:j.kaufmann@niederkassel-net.example
END:VEVENT
END:VCALENDAR
"""
    body = """Sehr geehrter Herr Kaufmann,

wie telefonisch besprochen kommt unser Sachverständiger, Herr Stahl, am Dienstag,
11.03., gegen 14 Uhr zu Ihnen nach Hause, um Ihren Mercedes zu besichtigen. Den
Termin aus dem Buchungssystem des Sachverständigen finden Sie im Anhang (leider
nur auf Englisch).

Bitte halten Sie Fahrzeugschein und Schlüssel bereit.

Freundliche Grüße
Uwe Sandkühler
Schadensteuerung
"""
    return ('CONFIDENTIAL', 'mixed', 'insurer-to-customer',
            'German mail with English ICS: named customer, home address, plate, claim number for inspection',
            M('Uwe Sandkühler <uwe.sandkuehler@brueckenstein.example>',
              'Jürgen Kaufmann <j.kaufmann@niederkassel-net.example>',
              'Besichtigungstermin Ihr Fahrzeug - KS-2025-0303-6612', body,
              cc='termine@ib-stahl.example',
              att=[Att('inspection_KS-2025-0303-6612.ics', ics)],
              date='Thu, 06 Mar 2025 09:20:00 +0100'))


def m066():
    html = """<html><body style="font-family:Arial;font-size:13px;max-width:680px">
<p style="font-size:18px;color:#0b4f6c"><b>Flotte kompakt 1/2025</b></p>
<h3>Führerscheinkontrolle: Was der Halter wirklich muss</h3>
<p>Wer einem Mitarbeiter ein Fahrzeug überlässt, muss sich vergewissern, dass dieser eine gültige Fahrerlaubnis besitzt
(§ 21 StVG &ndash; Fahrenlassen ohne Fahrerlaubnis ist strafbar). Die Rechtsprechung verlangt eine Kontrolle bei
Überlassung und danach in regelmäßigen Abständen, in der Praxis <b>halbjährlich</b>.</p>
<ul>
<li>Original-Führerschein vorlegen lassen, Kopie ist nicht ausreichend.</li>
<li>Kontrolle dokumentieren (Datum, Klassen, Auflagen wie Schlüsselzahl 01 &bdquo;Sehhilfe&ldquo;).</li>
<li>Elektronische Prüfung per Prüfsiegel/App ist zulässig.</li>
<li>Mitarbeiter verpflichten, Fahrverbote und Entzug sofort zu melden.</li>
</ul>
<h3>Fahrverbot &ndash; und dann?</h3>
<p>Ein Monat Fahrverbot nach Geschwindigkeitsverstoß ist eine Ordnungswidrigkeit und betrifft nur den Fahrer.
Der Dienstwagen darf in dieser Zeit nicht von ihm gefahren werden; die Versicherung bleibt bestehen.</p>
<h3>Termine</h3>
<p>Fahrsicherheitstraining für Flottenkunden am 17.05. auf dem Verkehrsübungsplatz Hürth &ndash; <a href="https://www.brueckenstein.example/flotte/training">Anmeldung</a></p>
<p style="font-size:11px;color:#888">Brückenstein Versicherung AG &middot; Flottenservice &middot; <a href="https://www.brueckenstein.example/newsletter/abmelden">Abmelden</a></p>
</body></html>"""
    text = """Flotte kompakt 1/2025

Führerscheinkontrolle: Was der Halter wirklich muss
Wer einem Mitarbeiter ein Fahrzeug überlässt, muss sich vergewissern, dass dieser eine
gültige Fahrerlaubnis besitzt (§ 21 StVG). In der Praxis halbjährlich kontrollieren.
- Original vorlegen lassen
- Kontrolle dokumentieren (Datum, Klassen, Auflagen wie Schlüsselzahl 01 "Sehhilfe")
- Elektronische Prüfung ist zulässig
- Mitarbeiter verpflichten, Fahrverbote und Entzug sofort zu melden

Fahrverbot - und dann? Ein Monat Fahrverbot nach Geschwindigkeitsverstoß ist eine
Ordnungswidrigkeit und betrifft nur den Fahrer. Die Versicherung bleibt bestehen.

Fahrsicherheitstraining am 17.05. in Hürth: https://www.brueckenstein.example/flotte/training
"""
    return ('NORMAL', 'de', 'newsletter',
            'trap: fleet newsletter on licence checks, driving bans and eyesight code, generic',
            M('Flottenservice <flotte@brueckenstein.example>',
              'flottenkunden@brueckenstein.example',
              'Flotte kompakt 1/2025: Führerscheinkontrolle und Fahrverbot', text, html=html))

def m067():
    quoted = """Sehr geehrter Herr Wendler,

ich habe den Fragebogen ausgefüllt und schicke ihn mit der Post. Zu Ihrer Frage 7
("Standen Sie unter dem Einfluss von Alkohol, Drogen oder Medikamenten?") möchte
ich ehrlich sein, bevor das später herauskommt: Ich nehme seit der Trennung von
meiner Frau abends Tavor (Lorazepam 1 mg), verschrieben von meiner Psychiaterin
wegen Angstzuständen und Schlafstörungen. Am Abend vor dem Unfall habe ich eine
Tablette genommen, um 23 Uhr, der Unfall war um 7:15 Uhr morgens. Ich habe mich
nicht beeinträchtigt gefühlt. Die Polizei hat keinen Test gemacht.

Mit freundlichen Grüßen
Bernd Ahlers
"""
    q1 = ''.join('> ' + l + '\n' if l else '>\n' for l in quoted.split('\n'))
    mid = """Sehr geehrter Herr Ahlers,

vielen Dank für Ihre offenen Worte. Wir werden den Fragebogen abwarten und uns
dann melden.

Mit freundlichen Grüßen
Tobias Wendler

Am 07.03.2025 um 08:14 schrieb Bernd Ahlers:
""" + q1
    q2 = ''.join('> ' + l + '\n' if l else '>\n' for l in mid.split('\n'))
    top = """Hallo Herr Ahlers,

der Fragebogen ist heute angekommen, danke. Die Reparatur Ihres Passats ist
freigegeben, die Werkstatt meldet sich wegen des Termins.

Viele Grüße
Tobias Wendler
Kfz-Schaden, KS-2025-0303-0419

Am 07.03.2025 um 10:02 schrieb Tobias Wendler:
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
            'top reply only claim data; deep quote: named customer on lorazepam prescribed by psychiatrist, anxiety, separation',
            M('Tobias Wendler <tobias.wendler@brueckenstein.example>',
              'Bernd Ahlers <bernd.ahlers@ahlers-home.example>',
              'AW: AW: Fragebogen Schaden KS-2025-0303-0419', top + q2,
              date='Wed, 12 Mar 2025 14:10:00 +0100'))


def m068():
    body = """Dear Julien,

as promised, the large-loss information for the renewal of the motor XL treaty
(layer EUR 4m xs 1m), accident years 2015-2024, as at 31.12.2024. Individual
claims are banded; no claimant data is included.

  Band (incurred, EUR)   count   of which bodily injury   incurred total EUR m
  1.0m - 2.0m              41            36                      57.4
  2.0m - 3.0m              12            12                      28.9
  3.0m - 5.0m               6             6                      22.1
  > 5.0m                    2             2                      13.7

Main drivers remain severe spinal and brain injuries of young claimants with
long care periods; average age at accident in the > 2m bands is 27. Periodical
payment orders: none (German market practice is lump sum plus annuity).

The triangles (paid/incurred, indexed and unindexed) follow in the data room.

Best regards
Aylin Demirci
Reinsurance Motor, Brückenstein Versicherung AG
"""
    return ('NORMAL', 'en', 'insurer-to-partner',
            'trap: reinsurer large-loss bands with bodily-injury counts, no claimant',
            M('Aylin Demirci <aylin.demirci@brueckenstein.example>',
              'Julien Marchetti <j.marchetti@alpine-re.example>',
              'Motor XL renewal 2025 - large loss bands', body))


def m069():
    body = """Hi Daniel,

as discussed on the phone, the written summary of last week's mapping error.

Between 24 Feb 14:10 and 26 Feb 09:35 UTC a faulty deployment of our device-to-
policy mapping service assigned trips of three users to other policies. Affected:

  Policy         Name                  Trips wrongly assigned   Shown to
  KF-4410-2291   Stefanie Wirtz        6                        KF-4410-2219 (J. Wittek)
  KF-4410-2219   Jannik Wittek         4                        KF-4410-2291 (S. Wirtz)
  KF-7703-0082   Hamid Rezaei          2                        not shown, scoring only

The trips contained start/end area, distance and events, but no exact GPS track.
Ms Wirtz and Mr Wittek could see each other's trip summaries in the app for about
40 hours. The scores for February have been recalculated.

We consider this a personal data breach under Art. 33 GDPR on our side as
processor and notify you as controller hereby. Root cause analysis attached
to the ticket; fix deployed 26 Feb 09:35.

Regards
Hollie Brennan
DriveSense Analytics Ltd
"""
    return ('CONFIDENTIAL', 'en', 'company',
            'processor breach notice: three named customers with policy numbers and mis-assigned telematics trips',
            M('Daniel Brettschneider <daniel.brettschneider@brueckenstein.example>',
              'Katrin Vogelsang <katrin.vogelsang@brueckenstein.example>',
              'FW: Data breach notification - trip mapping error 24-26 Feb',
              'Frau Vogelsang, bitte Bewertung Meldepflicht Art. 33 (72 h ab Kenntnis = heute 16 Uhr). '
              'Die zwei Kunden würde ich anrufen.\n\n-----Original Message-----\n'
              'From: Hollie Brennan <hollie.brennan@drivesense.example>\n\n' + body,
              date='Mon, 03 Mar 2025 10:30:00 +0100'))


def m070():
    body = """Sehr geehrte Damen und Herren,

ich schreibe Ihnen wegen des Autos meines Vaters, Herrn Werner Kallenbach
(Vertrag KH-0093-1180-02, Mercedes B 180, SU-WK 1937).

Bei meinem Vater wurde im Dezember eine Alzheimer-Demenz festgestellt. Er hat im
Januar zweimal nicht mehr nach Hause gefunden und ist einmal auf dem Parkplatz
gegen einen Poller gefahren. Der Neurologe hat ihm dringend geraten, nicht mehr zu
fahren, und wir haben ihm den Schlüssel weggenommen, was natürlich schwierig war.
Ich habe seit Februar eine Vorsorgevollmacht.

Ich möchte das Auto abmelden und die Versicherung beenden, bzw. den SF-Rabatt
auf mich übertragen, wenn das geht. Ich bin Claudia Kallenbach-Roos, geb.
26.03.1968, und fahre selbst einen Ford Focus, der bei einer anderen Gesellschaft
versichert ist.

Kann ich das für ihn unterschreiben? Die Vollmacht kann ich Ihnen schicken.

Mit freundlichen Grüßen
Claudia Kallenbach-Roos
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'customer',
            'daughter reports named policyholder with Alzheimer dementia, driving stopped, power of attorney',
            M('Lisa Marquardt <lisa.marquardt@brueckenstein.example>',
              'Sabine Lüdecke <sabine.luedecke@brueckenstein.example>',
              'WG: Auto meines Vaters - KH-0093-1180-02',
              'Sabine, Vollmacht ist angefordert. SF-Übertragung Vater -> Tochter, kannst du '
              'das prüfen? Die Tochter ist sehr belastet, bitte telefonisch melden.\nLisa\n\n'
              '---------- Weitergeleitete Nachricht ----------\n'
              'Von: Claudia Kallenbach-Roos <c.kallenbach-roos@bergpost.example>\n\n' + body))


def m071():
    body = """Hallo zusammen,

hier die Regress-KPIs 2024 für das Management-Reporting (Kfz gesamt):

  Regressfälle eröffnet                          1.214
    davon Alkohol                                  488  (40 %)
    davon Drogen / Medikamente                     171  (14 %)
    davon Fahren ohne Fahrerlaubnis                162  (13 %)
    davon unerlaubtes Entfernen                    247  (20 %)
    sonstige Obliegenheiten                        146  (12 %)
  Ø Regressforderung                          3.870 EUR
  Realisierungsquote (Zahlungseingang/Forderung)  58 %
  Ratenvereinbarungen                              61 %
  Titulierung / Inkasso                           18 %

Die Quote "Drogen" steigt seit der Cannabis-Teillegalisierung deutlich (2023: 9 %).

Gruß
Jens
"""
    return ('NORMAL', 'de', 'internal',
            'trap: recourse KPIs by cause (alcohol, drugs, hit-and-run), aggregated',
            M('Jens Hartkopf <jens.hartkopf@brueckenstein.example>',
              'Controlling Schaden <controlling-schaden@brueckenstein.example>',
              'Regress-KPIs 2024 Kfz', body))


def m072():
    abr = pdf([
        '# Brückenstein Versicherung AG - Kfz-Schaden',
        'Abrechnung Totalschaden',
        '',
        'Versicherungsnehmerin: Frau Dagmar Wessel, Am Rosenhügel 12, 53773 Hennef',
        'Vertrag: KH-6610-2283-90    Schaden-Nr.: KS-2025-0208-3377',
        'Fahrzeug: Peugeot 2008, SU-DW 208, Vollkasko SB 500 EUR',
        '',
        'Wiederbeschaffungswert lt. Gutachten Ing.-Büro Stahl     17.800,00 EUR',
        'abzgl. Restwert (Angebot Autoverwertung Siebert)         -4.250,00 EUR',
        'abzgl. Selbstbeteiligung                                   -500,00 EUR',
        'Entschädigung                                            13.050,00 EUR',
        '',
        'Zahlung an: Dagmar Wessel',
        'IBAN: DE12 2505 0180 0910 0255 61   (Sparkasse Hannover)',
        'Wertstellung: 14.03.2025',
        '',
        'Ihre SF-Klasse in der Vollkasko wird zum 01.01.2026 von SF 12 auf SF 6 zurückgestuft.',
    ])
    body = """Sehr geehrte Frau Wessel,

anbei erhalten Sie unsere Abrechnung. Bei Fragen rufen Sie mich gerne an.

Freundliche Grüße
Tobias Wendler
"""
    return ('CONFIDENTIAL', 'de', 'insurer-to-customer',
            'body harmless; PDF settlement only: named customer, address, IBAN, policy, total loss amount',
            M('Tobias Wendler <tobias.wendler@brueckenstein.example>',
              'Dagmar Wessel <dagmar.wessel@hennef-online.example>',
              'Ihre Abrechnung', body, att=[Att('Abrechnung_KS-2025-0208-3377.pdf', abr)]))


def m073():
    police = pdf([
        '# Polizeipräsidium Bonn - Verkehrsunfallanzeige (Auszug)',
        'Vorgangs-Nr.: 0301-VU-1187/25    Datum/Zeit: 01.03.2025, 00:52 Uhr',
        'Ort: Bonn-Beuel, Königswinterer Straße / Siegburger Straße',
        'Beteiligter 1 (Fahrer): Callum O\'Rourke, geb. 19.09.1994, irische Staatsangehörigkeit',
        'Fahrzeug: BMW 118i, BN-CO 419 (VN: Callum O\'Rourke)',
        'Hergang: B1 fuhr bei Rot in die Kreuzung ein und kollidierte mit Taxi (BN-T 4420).',
        'Feststellungen: deutlicher Alkoholgeruch, schwankender Gang, AAK-Vortest 0,68 mg/l.',
        'Blutprobe angeordnet 01:40 Uhr (Dr. Pohlmann, Bereitschaftsarzt). Führerschein',
        'sichergestellt (irische Fahrerlaubnis Nr. 094117722).',
        'Strafanzeige: § 315c Abs. 1 Nr. 1a StGB, § 229 StGB (Taxifahrer HWS-Beschwerden).',
    ])
    blood = pdf([
        '# Institut für Rechtsmedizin - Blutalkoholbestimmung',
        'Probe: 0301-VU-1187/25, Entnahme 01.03.2025 01:40 Uhr',
        'Proband: O\'Rourke, Callum, geb. 19.09.1994',
        'GC-Headspace (2 Bestimmungen): 1,47 / 1,45 Promille',
        'ADH-Methode (2 Bestimmungen):  1,49 / 1,46 Promille',
        'Mittelwert: 1,46 Promille',
        'Befund zu Drogen/Medikamenten: negativ.',
    ])
    z = zipf([('Unfallanzeige_0301-VU-1187-25.pdf', police),
                              ('BAK-Gutachten_0301-VU-1187-25.pdf', blood)])
    body = """Hi Jens,

here are the documents from the police file for the O'Rourke case
(KS-2025-0301-0088) as a zip, they came in via our investigator today.
The customer speaks English only, so I'll handle the correspondence with him;
can you take over the recourse part once liability for the taxi is settled?

Thanks
Emily
"""
    return ('STRICTLY_CONFIDENTIAL', 'en', 'internal',
            'ZIP with police report and blood alcohol analysis of named driver, criminal charges',
            M('Emily Carter <emily.carter@brueckenstein.example>',
              'Jens Hartkopf <jens.hartkopf@brueckenstein.example>',
              "O'Rourke KS-2025-0301-0088 - police file", body,
              att=[Att('ORourke_Ermittlungsakte.zip', z)]))


def m074():
    body = """Hi Tom, hallo Ravi,

quick question zur Hotspot-Karte (aggregated harsh-braking events, H3 resolution 8,
min. 50 distinct drivers per cell, Jan-Feb 2025, Köln/Bonn):

Top 5 Zellen:
  1. Köln, Rheinuferstraße/Severinsbrücke Auffahrt   412 events / 1.1k drivers
  2. Bonn, Reuterstraße / B9                           388 / 970
  3. A3 AS Köln-Dellbrück, Ausfahrt                   301 / 2.4k
  4. Köln, Aachener Str. / Gürtel                     287 / 1.6k
  5. Siegburg, Kaiserstraße / Wilhelmstraße           203 / 540

Können wir die Karte so an die Stadt Köln (Verkehrssicherheitsrat) geben? Aus
meiner Sicht ja, k-anonymity >= 50 ist gegeben, keine Trip-IDs, keine Zeiten.
Tom, can you confirm that the export has no device IDs in the GeoJSON properties?

Danke / thanks
Daniel
"""
    hm = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Harsh braking hotspots Köln/Bonn Jan-Feb 2025</title>
<style>td,th{border:1px solid #999;padding:3px 6px;font:12px Arial}</style></head>
<body><h3>Harsh braking hotspots - Köln/Bonn - 01.01.-28.02.2025</h3>
<p>Aggregation: H3 resolution 8, only cells with at least 50 distinct drivers. No trip IDs, no timestamps, no device IDs.</p>
<table><tr><th>Rank</th><th>H3 cell</th><th>Area</th><th>Events</th><th>Distinct drivers</th><th>Events per 1,000 passes</th></tr>
<tr><td>1</td><td>881fa10a9bfffff</td><td>Köln, Rheinuferstraße / Severinsbrücke Auffahrt</td><td>412</td><td>1,104</td><td>3.9</td></tr>
<tr><td>2</td><td>881fa12c35fffff</td><td>Bonn, Reuterstraße / B9</td><td>388</td><td>970</td><td>4.4</td></tr>
<tr><td>3</td><td>881fa1085bfffff</td><td>A3 AS Köln-Dellbrück, Ausfahrt</td><td>301</td><td>2,412</td><td>1.2</td></tr>
<tr><td>4</td><td>881fa10a1dfffff</td><td>Köln, Aachener Str. / Gürtel</td><td>287</td><td>1,618</td><td>2.0</td></tr>
<tr><td>5</td><td>881fa12d97fffff</td><td>Siegburg, Kaiserstraße / Wilhelmstraße</td><td>203</td><td>540</td><td>4.1</td></tr>
</table><p>Source: Brückenstein FahrFair / DriveSense, export 2025-03-11</p></body></html>
"""
    return ('NORMAL', 'mixed', 'insurer-to-partner',
            'trap: DE/EN mail about aggregated harsh-braking hotspot map, k-anonymous',
            M('Daniel Brettschneider <daniel.brettschneider@brueckenstein.example>',
              'Tom Ashdown <tom.ashdown@drivesense.example>',
              'Hotspot map Köln/Bonn for city road safety council', body,
              cc='Ravi Sharma <ravi.sharma@brueckenstein.example>',
              att=[Att('hotspots_koeln_bonn_2025-01_02.html', hm)]))


def m075():
    body = """Hallo,

ich habe einen Bußgeldbescheid bekommen, 1 Monat Fahrverbot (außerorts 43 km/h zu
schnell, geblitzt auf der B56 bei Much, rechtskräftig seit letzter Woche). Ich gebe
den Führerschein am 1. April ab. In der Zeit steht mein Auto nur rum.

Kann ich die Versicherung für den Monat ruhen lassen, damit ich Geld spare? Meine
Frau fährt ja auch manchmal, aber die hat ihr eigenes Auto.

Vertrag KH-7730-5521-08, Kennzeichen SU-AS 4711.

MfG
Andreas Sänger
"""
    reply = """Hallo Herr Sänger,

eine Ruheversicherung ist nur möglich, wenn das Fahrzeug bei der Zulassungsstelle
außer Betrieb gesetzt wird; für einen Monat lohnt sich das wegen der Gebühren für
Ab- und Anmeldung meist nicht. Wenn das Auto angemeldet bleibt, läuft der Beitrag
normal weiter.

Ihre Frau darf Ihr Auto in dieser Zeit fahren, sie ist bei Ihnen im Fahrerkreis
"VN und Partner" eingeschlossen.

Das Fahrverbot selbst hat keine Auswirkung auf Ihren Beitrag oder die SF-Klasse.

Viele Grüße
Lisa Marquardt
Kundenservice Kfz

"""
    return ('CONFIDENTIAL', 'de', 'insurer-to-customer',
            'named customer with administrative one-month driving ban (speeding fine), policy and plate',
            M('Lisa Marquardt <lisa.marquardt@brueckenstein.example>',
              'Andreas Sänger <a.saenger@mailwelt.example>',
              'AW: Fahrverbot - Versicherung ruhen lassen?',
              reply + '> -----Ursprüngliche Nachricht-----\n'
              + ''.join('> ' + l + '\n' if l else '>\n' for l in body.split('\n'))))


def m076():
    body = """Sehr geehrte Frau Gül,

wir bestätigen den Eingang Ihrer Schadenmeldung aus der Fahrerschutzversicherung
(Vertrag KH-3381-6620-14, Baustein Fahrerschutz, Schaden FS-2025-0214-0031).

Nach dem Unfall vom 14.02.2025 auf der A59 (Auffahrunfall, Sie waren schuldlos-
beteiligt zu 50 %) liegt uns der Entlassbericht des Klinikums Leverkusen vor:
proximale Oberschenkelfraktur links (S72.0), operative Versorgung mit
Hüftgelenksendoprothese am 15.02.2025, anschließend Anschlussheilbehandlung in der
Reha-Klinik Bad Sassendorf bis voraussichtlich 21.03.2025.

Für die Berechnung des Verdienstausfalls benötigen wir noch:
- die Verdienstbescheinigung Ihres Arbeitgebers für die letzten 3 Monate vor dem
  Unfall (Sie gaben ein Nettogehalt von ca. 2.480 EUR an),
- die Bescheinigung der Krankenkasse über das Krankengeld ab der 7. Woche.

Einen Vorschuss auf das Schmerzensgeld in Höhe von 3.000 EUR haben wir heute
angewiesen.

Gute Besserung und freundliche Grüße
Frank Ostermeier
Personenschaden Kfz
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
            'driver protection claim: named driver with femur fracture S72.0, hip replacement, rehab, salary',
            M('Frank Ostermeier <frank.ostermeier@brueckenstein.example>',
              'Aynur Gül <aynur.guel@lev-mail.example>',
              'Ihr Fahrerschutz-Schaden FS-2025-0214-0031', body))


def m077():
    body = """Liebe Kundinnen und Kunden,

gutes Sehen ist die wichtigste Voraussetzung für sicheres Fahren - und die
Sehkraft lässt oft so langsam nach, dass man es selbst kaum merkt. Deshalb laden
wir Sie im April zu einem kostenlosen Sehtest bei unseren Partneroptikern ein.

So funktioniert es:
1. Gutschein unten ausdrucken oder auf dem Handy zeigen.
2. Termin beim teilnehmenden Optiker vereinbaren (Liste unter
   https://www.brueckenstein.example/sehtest).
3. In 15 Minuten wissen Sie, ob Sie die Anforderungen für den Führerschein erfüllen
   (Sehschärfe, Dämmerungssehen, Blendempfindlichkeit).

Das Ergebnis erfährt nur Sie - wir erhalten keine Daten vom Optiker.

Gutscheincode: SEHTEST-2025-BV

Ihre Brückenstein Versicherung
"""
    return ('NORMAL', 'de', 'newsletter',
            'trap: marketing mail offering free eye tests, no person or data',
            M('Brückenstein Versicherung <service@brueckenstein.example>',
              'kunden-60plus@brueckenstein.example',
              'Gratis-Sehtest im April: Sehen Sie klar?', body, cte='quoted-printable'))


def m078():
    body = """Ben,

see below - the body shop in Leverkusen wants approval today. Customer is Ms
Haverkamp, claim KS-2025-0307-5220. The estimate looks high on the battery check
item. Can you take a look before I approve?

Thanks, Tobias

---------- Forwarded message ---------
From: Service <service@ev-karosserie-lev.example>
Date: Mon, 10 Mar 2025, 08:41
Subject: Estimate KVA-3317 - Tesla Model Y - LEV-KH 333

Dear Sir/Madam,

please find our estimate for the vehicle of your policyholder Ms Karin Haverkamp
(Tesla Model Y Long Range, VIN 5YJYGDEE4MF000000 (masked), plate LEV-KH 333,
mileage 41,220 km), rear-end damage:

  Rear bumper cover, replace                        612.00
  Rear bumper beam, replace                         388.40
  Parking sensors (2), replace + calibrate          295.80
  HV battery isolation test after collision (OEM)   780.00
  Labour body 9.5 h @ 142.00                      1,349.00
  Paint 6.0 h @ 158.00 + materials                1,402.30
  ------------------------------------------------------------
  Net                                             4,827.50
  VAT 19 %                                          917.23
  Total                                           5,744.73

Ms Haverkamp needs the car back by 21 March. Courtesy car provided.

Kind regards
EV Karosserie Leverkusen GmbH
"""
    return ('CONFIDENTIAL', 'en', 'company',
            'inline forward: workshop estimate for named policyholder, plate, claim number',
            M('Tobias Wendler <tobias.wendler@brueckenstein.example>',
              'Ben Okoye <ben.okoye@brueckenstein.example>',
              'Fwd: Estimate KVA-3317 - Tesla Model Y - LEV-KH 333', body,
              date='Mon, 10 Mar 2025 09:30:00 +0100'))


def m079():
    body = """Dear Mr Petrov,

we have completed our review of your claim under the comprehensive cover of policy
KF-0912-7716 for the accident of 18 January 2025 (Audi A5, D-NP 5511), in which
your car left the road on the A52 near Essen.

The forensic toxicology report of the Institute of Legal Medicine, Essen, which
was requested by the public prosecutor and which you have made available to us,
found benzoylecgonine (cocaine metabolite, 412 ng/ml) and cocaine (38 ng/ml) in the
blood sample taken at 04:20. The police report records dilated pupils, agitation
and a speed of about 190 km/h in a 120 km/h section.

Under section 81(2) VVG and clause A.2.9.1 of our motor conditions, we may reduce
payment in proportion to the severity of the fault if the insured event was caused
by gross negligence. Driving under the influence of cocaine at that speed is grossly
negligent to the highest degree. We therefore decline payment in full.

The claim of the third party (damaged crash barrier, Autobahn GmbH) will be paid
under your third-party liability cover; we reserve the right of recourse against
you of up to EUR 5,000.

You may ask our ombudsman or a court to review this decision.

Yours sincerely
Melanie Okafor
Head of Motor Claims
"""
    return ('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
            'claim declined: named driver with cocaine in blood sample, toxicology report, recourse',
            M('Melanie Okafor <melanie.okafor@brueckenstein.example>',
              'Nikolai Petrov <n.petrov@ruhrmail.example>',
              'Your claim KS-2025-0118-4490 - decision', body))


def m080():
    body = """Dear Mark,

as requested for your client presentation, an anonymised benchmark of the fleets
in your book with us (12-month rolling, as at 28 Feb 2025). Fleets are shown as
A-F; we have left out fleets with fewer than 15 vehicles.

  Fleet  Sector         Vehicles  Claims/vehicle  Loss ratio  Main cause
  A      logistics         184        0.41           71 %     rear-end, manoeuvring
  B      IT services        38        0.21           44 %     parking
  C      facility mgmt      96        0.33           58 %     manoeuvring
  D      care services      61        0.52           83 %     parking, mirrors
  E      construction       45        0.29           66 %     glass, theft of tools
  F      car subscription  310        0.37           69 %     rear-end

Fleets with telematics and a driver training programme (A, C, F since 2024) show
a drop in frequency of 9-14 % year on year.

Kind regards
Aylin Demirci
Fleet Underwriting
"""
    return ('NORMAL', 'en', 'insurer-to-broker',
            'trap: anonymised fleet benchmark for broker, no company or driver named',
            M('Aylin Demirci <aylin.demirci@brueckenstein.example>',
              'Mark Fenwick <m.fenwick@fleetrisk-partners.example>',
              'Fleet benchmark for your book (anonymised)', body))

def m081():
    body = """Guten Tag,

für Ihren Zugang zum Brückenstein Maklerportal wurde ein Benutzerkonto angelegt.

  Benutzername: vp-204417-02

Ihr Initialpasswort erhalten Sie aus Sicherheitsgründen getrennt per SMS. Bitte
ändern Sie es bei der ersten Anmeldung unter https://makler.brueckenstein.example.
Das Initialpasswort ist 14 Tage gültig.

Haben Sie das Konto nicht angefordert? Dann informieren Sie bitte Ihren
Makleradministrator oder unsere Maklerbetreuung unter 0221 555 2200.

Brückenstein Versicherung AG - Maklerportal
"""
    return ('NORMAL', 'de', 'insurer-to-broker',
            'trap: broker portal account creation, password sent separately',
            M('Maklerportal <noreply-makler@brueckenstein.example>',
              'b.hofmann@hofmann-versicherungsmakler.example',
              'Ihr Zugang zum Brückenstein Maklerportal', body))


def m082():
    body = """Sehr geehrter Herr Hofmann,

anbei die Courtageabrechnung Februar 2025 für Ihre Kfz-Bestände.

  Vermittlernummer:        204417
  Firma:                   Bernd Hofmann Versicherungsmakler e.K.
  Courtage Neugeschäft:    1.842,60 EUR
  Courtage Bestand:        3.115,27 EUR
  Stornohaftung:            -212,40 EUR
  Auszahlung:              4.745,47 EUR
  Steuernummer:            216/5031/2270
  Auszahlung auf:          DE62 3706 0590 0004 4182 73 (Sparda-Bank West)

Die Einzelaufstellung nach Verträgen finden Sie wie gewohnt im Maklerportal
unter "Abrechnungen".

Mit freundlichen Grüßen
Provisionsabrechnung
Brückenstein Versicherung AG
"""
    return ('CONFIDENTIAL', 'de', 'insurer-to-broker',
            'sole-trader broker commission statement with tax number and IBAN',
            M('Provisionsabrechnung <provision@brueckenstein.example>',
              'Bernd Hofmann <b.hofmann@hofmann-versicherungsmakler.example>',
              'Courtageabrechnung 02/2025 - Vermittler 204417', body))


def m083():
    body = """Sehr geehrter Herr Rechtsanwalt Brehm,

in der Angelegenheit Ihrer Mandantin, Frau Sandra Lüttgen, bestätigen wir den
Eingang der Sterbeurkunde und des Obduktionsberichts des Instituts für Rechtsmedizin
Bonn. Danach ist Herr Michael Lüttgen am 27.01.2025 an den Folgen eines schweren
Schädel-Hirn-Traumas mit Hirnstammeinblutung verstorben, die er bei der Kollision
seines Motorrads mit dem Pkw unseres Versicherungsnehmers auf der L 352 erlitten
hat. Die toxikologische Untersuchung bei Herrn Lüttgen war negativ.

Unsere Haftung zu 100 % erkennen wir an. Wir regulieren:

- Beerdigungskosten gem. § 844 Abs. 1 BGB nach Vorlage der Rechnungen,
- Unterhaltsschaden für Ihre Mandantin und die Kinder Jana (geb. 2013) und
  Tim (geb. 2016) auf Basis des Nettoeinkommens des Verstorbenen
  (lt. Lohnsteuerbescheinigung 2024: 46.820 EUR brutto),
- Hinterbliebenengeld gem. § 844 Abs. 3 BGB: wir bieten je 15.000 EUR für die
  Witwe und je 10.000 EUR für die Kinder an.

Eine Abschlagszahlung von 25.000 EUR ist angewiesen.

Mit freundlichen Grüßen
Frank Ostermeier
Personenschaden / Großschaden Kfz
Schaden-Nr. KS-2025-0127-0002
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
            'fatal accident: named deceased, cause of death from autopsy, widow and children, income',
            M('Frank Ostermeier <frank.ostermeier@brueckenstein.example>',
              'RA Jonas Brehm <kanzlei@brehm-verkehrsrecht.example>',
              'Lüttgen ./. Brückenstein - KS-2025-0127-0002', body))


def m084():
    body = """Pressespiegel Kfz - KW 11

1) Regionalzeitung "Rhein-Echo", 10.03.:
   "Mehr Fahrten unter Cannabis-Einfluss" - Die Polizei im Rhein-Sieg-Kreis hat
   2024 rund 30 % mehr Fahrer mit THC im Blut erwischt. Ein Sprecher: "Viele
   unterschätzen, wie lange THC nachweisbar ist." Der neue Grenzwert liegt bei
   3,5 ng/ml.

2) Fachdienst "VersicherungsPraxis", 11.03.:
   "Telematik-Tarife: Junge Fahrer profitieren am meisten" - Marktüberblick mit
   sieben Anbietern, Brückenstein FahrFair wird als "datensparsam" erwähnt.

3) "Auto & Recht", 12.03.:
   Interview mit einer Verkehrspsychologin zur MPU: Durchfallquote sinkt, weil
   mehr Betroffene sich vorbereiten.

Links im Intranet unter Kommunikation > Pressespiegel.
"""
    return ('NORMAL', 'de', 'internal',
            'trap: press review on cannabis driving, telematics and MPU, no person',
            M('Kommunikation <kommunikation@brueckenstein.example>',
              'Pressespiegel-Verteiler <pressespiegel@brueckenstein.example>',
              'Pressespiegel Kfz KW 11', body,
              date='Fri, 14 Mar 2025 08:30:00 +0100'))


def m085():
    body = """Hello,

I moved to Bonn last October for a job at the university and would like to
insure a car I'm buying next month (used Toyota Corolla Hybrid). Some details:

  Name: Amelia Hartley-Nguyen
  Date of birth: 17 June 2002
  Licence: Australian (NSW), full licence since August 2021, provisional
           licence from 2019

I read that German licences have a two-year probation period for new drivers.
Does that apply to me? And will you count my years of driving in Australia
towards the no-claims class? I have a letter from my previous insurer showing
three claim-free years.

Thanks in advance,
Amelia
"""
    reply = """Dear Ms Hartley-Nguyen,

thank you for your enquiry. Your Australian licence is valid in Germany for six
months after you took up residence, so you need to convert it by April. As
your full licence has been held for more than two years, the probation period
does not apply.

We can take your Australian claims-free years into account if the confirmation
from your previous insurer is in English and states the period and any claims.
With three years we would start you in SF 3 instead of SF 1/2. A quote will
follow once you send us the car details.

Kind regards
Lisa Marquardt
Customer Service Motor

"""
    return ('CONFIDENTIAL', 'en', 'insurer-to-customer',
            'prospect with name, date of birth and licence history; quote based on her data',
            M('Lisa Marquardt <lisa.marquardt@brueckenstein.example>',
              'Amelia Hartley-Nguyen <amelia.hn@uni-bonn-mail.example>',
              'RE: Insurance for a car - Australian licence',
              reply + '-----Original Message-----\n' + body))


def m086():
    body = """Dear Mr Hartkopf,

I represent your policyholder Mr Callum O'Rourke (claim KS-2025-0301-0088) as
defence counsel in the criminal proceedings before the Bonn local court
(Amtsgericht Bonn, 803 Cs 112/25). As my client's German is limited I am writing
in English, with his consent.

My client will not contest the charge of endangering road traffic under
section 315c StGB. He has voluntarily begun outpatient counselling with an
addiction advice centre (Suchtberatung Diakonie Bonn) and has been abstinent
since 2 March, confirmed by two EtG urine tests. We will present this to the
court to argue for a shorter disqualification period.

With regard to your recourse claim I would ask you to hold off until the court
has decided; my client is currently on a reduced income (EUR 1,900 net) and
would propose monthly instalments of EUR 150 once the amount is fixed.

Please note that this letter is confidential and is written in the context of
my professional duty of secrecy.

Yours sincerely
Dr. Felix Amann
Rechtsanwalt / Fachanwalt für Strafrecht
Amann Strafverteidigung, Bonn
"""
    return ('STRICTLY_CONFIDENTIAL', 'en', 'lawyer',
            'defence lawyer: named client in criminal drunk-driving case, addiction counselling, EtG tests, income',
            M('Jens Hartkopf <jens.hartkopf@brueckenstein.example>',
              'Emily Carter <emily.carter@brueckenstein.example>',
              "FW: O'Rourke - criminal proceedings and recourse",
              "Emily, FYI - I'll put the recourse on hold for 3 months.\nJens\n\n"
              '-----Original Message-----\nFrom: Dr. Felix Amann <amann@strafverteidigung-amann.example>\n\n'
              + body,
              date='Mon, 24 Mar 2025 09:10:00 +0100'))


def m087():
    body = """Hi Marco,

our new S/MIME certificate for the shared mailbox fnol@drivesense.example has been
issued (valid until 12 March 2027). Public certificate attached as .pem in a
separate mail via your portal upload, fingerprint for verification:

  SHA-256: 4F:1A:93:0C:7E:22:B8:61:D5:0F:9A:33:C1:7E:48:2D:
           90:AB:15:6E:F3:04:7C:D2:88:1B:5A:E9:60:37:C4:12

Please add it to the gateway whitelist so that crash alerts are encrypted
end-to-end again from Monday. The old certificate expires on 16 March.

Cheers
Sam Whitaker
IT Security, DriveSense Analytics
"""
    return ('NORMAL', 'en', 'company',
            'trap: S/MIME certificate renewal notice with fingerprint',
            M('Marco Tillmanns <marco.tillmanns@brueckenstein.example>',
              'IT Mail Security <it-mailsecurity@brueckenstein.example>',
              'FW: New S/MIME certificate fnol@drivesense.example',
              'Bitte bis Freitag einspielen, Fingerprint habe ich telefonisch verifiziert.\n\n' + body,
              date='Wed, 12 Mar 2025 10:00:00 +0100'))


def m088():
    body = """Hallo,

für die Pressestelle (Aktion "Wildwechsel im Frühjahr") die Wildunfälle in
unserem Bestand NRW 2024, Teilkasko, nach Kreis:

  Kreis                  Schäden   Ø Schaden EUR   häufigstes Tier
  Rhein-Sieg-Kreis           612       3.480          Reh
  Oberbergischer Kreis       588       3.210          Reh
  Hochsauerlandkreis         541       3.390          Reh/Wildschwein
  Märkischer Kreis           402       3.120          Reh
  Kreis Euskirchen           377       3.670          Wildschwein
  Rheinisch-Bergischer Kreis 301       3.050          Reh

Spitzenmonate: April, Mai und Oktober bis Dezember, jeweils zwischen 5 und 8 Uhr
und 17 und 22 Uhr.

Gruß
Controlling Schaden
"""
    return ('NORMAL', 'de', 'internal',
            'trap: deer-collision statistics by district, aggregated',
            M('Controlling Schaden <controlling-schaden@brueckenstein.example>',
              'Julia Neuhaus <julia.neuhaus@brueckenstein.example>',
              'Zahlen Wildunfälle 2024 für PM', body))


def m089():
    body = """Sehr geehrter Herr Lenz,

wie besprochen erhalten Sie die Verlängerung Ihrer Händlerpolice für das
Kalenderjahr 2025:

  Versicherungsnehmer:  Autohaus am Ring Lenz KG, Ringstraße 112, 53111 Bonn
  Vertrag:              HK-0215-LENZ (Kfz-Handel und -Handwerk)
  Rote Kennzeichen:     BN-06140, BN-06141, BN-06142 (Dauer-Kennzeichen)
  Kurzzeitkennzeichen:  pauschal bis 120 Tage/Jahr
  Vorführwagen:         bis 25 Fahrzeuge, Vollkasko SB 1.000 EUR
  Kundenfahrzeuge:      Werkstattrisiko inkl. Probe- und Überführungsfahrten
  Jahresbeitrag:        18.940,00 EUR zzgl. VersSt

Schadenverlauf 2024: 7 Schäden, davon 3 Probefahrten, Schadenquote 61 %. Bei
unveränderter Quote halten wir den Beitrag stabil.

Die Liste der fahrberechtigten Mitarbeiter (Anlage 2) bitten wir bis 31.03. zu
aktualisieren; Herr Moritz Lenz (Juniorchef) ist seit 01.01. als Geschäftsführer
eingetragen.

Mit freundlichen Grüßen
Peter Rambach
Vertrieb Autohäuser
"""
    return ('CONFIDENTIAL', 'de', 'insurer-to-company',
            'dealer trade policy renewal: company policyholder with named contacts, contract and claims history',
            M('Peter Rambach <peter.rambach@brueckenstein.example>',
              'Hubert Lenz <h.lenz@autohaus-lenz.example>',
              'Verlängerung Händlerpolice HK-0215-LENZ für 2025', body))


def m090():
    body = """Staatsanwaltschaft Köln
Am Justizzentrum 13
50939 Köln

Ermittlungsverfahren gegen Herrn Kai-Uwe Reimers, geb. 08.02.1985
wegen fahrlässiger Körperverletzung u. a. (§§ 229, 316 StGB)
Ihr Az.: 121 Js 709/25
Unser Zeichen: KS-2025-0215-3341

Sehr geehrte Damen und Herren,

wir sind Kfz-Haftpflichtversicherer des von dem Beschuldigten geführten Fahrzeugs
(K-KR 850). Zur Prüfung der Ansprüche der Geschädigten Frau Gül Arslan, die bei dem
Unfall vom 15.02.2025 eine Beckenfraktur erlitten hat, und zur Prüfung von
Regressansprüchen gegen den Beschuldigten beantragen wir gem. § 406e StPO bzw.
§ 475 StPO Akteneinsicht, insbesondere in

- die Verkehrsunfallanzeige mit Skizze und Lichtbildern,
- das Blutalkoholgutachten,
- die ärztliche Untersuchung des Beschuldigten bei der Blutentnahme,
- Zeugenaussagen.

Die Kosten der Aktenversendung übernehmen wir. Bitte senden Sie die Akte an die
unten angegebene Anschrift.

Mit freundlichen Grüßen
Jens Hartkopf
Regress Kfz, Brückenstein Versicherung AG, Rheinuferstraße 40, 50678 Köln
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-partner',
            'file inspection request to prosecutor: named suspect with birth date, § 316 StGB, injured victim pelvic fracture',
            M('Jens Hartkopf <jens.hartkopf@brueckenstein.example>',
              'Poststelle StA Köln <poststelle@sta-koeln.justiz.example>',
              'Akteneinsichtsgesuch 121 Js 709/25', body, charset='windows-1252'))


def m091():
    body = """Dear Daniel,

we are delighted to invite you as a speaker to the Connected Insurance Summit
Europe 2025 in Amsterdam (17-18 June). Our track "Young drivers, fair prices"
would be a perfect fit for your FahrFair experience, especially your results on
shortening the earn-back period.

Format: 20-minute talk + 10 minutes Q&A, slides in English.
Travel and hotel are covered for speakers.

Could you let us know by 31 March? Details at https://www.connected-insurance-summit.example

Best regards
Sophie Verbeek
Programme Director
"""
    return ('NORMAL', 'en', 'company',
            'trap: conference speaker invitation on telematics for young drivers',
            M('Daniel Brettschneider <daniel.brettschneider@brueckenstein.example>',
              'Julia Neuhaus <julia.neuhaus@brueckenstein.example>',
              'FW: Speaker invitation CIS Europe 2025',
              'Julia, dürfen wir? Ich würde nur die veröffentlichten Zahlen aus der PM zeigen.\n\n' + body))


def m092():
    body = """Dear Mr Fitzgerald,

we confirm that the FahrFair telematics module of your policy KF-3309-4418
(Kia Niro, BN-PF 773) has been terminated at your request with effect from
1 April 2025. Your motor policy continues in the standard tariff; the new
premium is EUR 71.80 per month from 1 April (previously EUR 58.90).

As requested, your driving data will be deleted:

- raw GPS data and trip details: deleted on 31 March 2025,
- monthly scores: retained until the end of the statutory retention period for
  premium calculation documents (10 years, section 147 AO), then deleted.

Please uninstall the app or log out; the link between the app and your policy has
been removed.

Kind regards
FahrFair Service Team
"""
    return ('CONFIDENTIAL', 'en', 'insurer-to-customer',
            'named customer: telematics termination, premium change, data deletion, policy and plate',
            M('FahrFair Service <fahrfair@brueckenstein.example>',
              'Patrick Fitzgerald <p.fitzgerald@greenmail-bonn.example>',
              'Your FahrFair termination - policy KF-3309-4418', body))


def m093():
    body = """Hi Emily,

another one for the family of the Suttons (the DWI case, remember?). Now it's
the son, Ethan Sutton, 19, who will drive his mum's Mini (application attached
to the main file). On our call he told me - and I thought it better to be upfront
with you - that in the UK, where he went to school, he received a police caution
for drink-driving in 2023 (he was 17 and driving without a full licence, no
accident) and completed a drink-drive rehabilitation course. No conviction on
record, he says.

Does that change anything? I don't want a repeat of the issue with his father.

Cheers,
Mark

Mark Fenwick | Fleet Risk Partners GmbH
"""
    return ('STRICTLY_CONFIDENTIAL', 'en', 'broker',
            "broker discloses named young driver's police caution for drink-driving and rehabilitation course",
            M('Emily Carter <emily.carter@brueckenstein.example>',
              'Aylin Demirci <aylin.demirci@brueckenstein.example>',
              'FW: Ethan Sutton - additional driver',
              'Aylin, second referral for the Sutton family. Same question as before.\n\n'
              'From: Mark Fenwick <m.fenwick@fleetrisk-partners.example>\n\n' + body))


def m094():
    body = """Liebe Kolleginnen und Kollegen,

im AKB-Update 2025 (gilt für Neuverträge ab 01.07.2025) ändern wir die
Obliegenheit zu berauschenden Mitteln:

bisher D.1.2: "Das Fahrzeug darf nicht gefahren werden, wenn der Fahrer durch
alkoholische Getränke oder andere berauschende Mittel nicht in der Lage ist, das
Fahrzeug sicher zu führen."

neu D.1.2 Satz 2: "Dies gilt auch für Medikamente, sofern der Fahrer auf die
Beeinträchtigung der Fahrtüchtigkeit hingewiesen wurde oder sie erkennen musste."

Hintergrund ist die zunehmende Zahl von Fällen mit Benzodiazepinen und
Cannabis-Arzneimitteln. Die Kaskoregel (A.2.9.1 grobe Fahrlässigkeit) bleibt
unverändert; der Verzicht auf den Einwand grober Fahrlässigkeit gilt weiterhin
nicht bei Alkohol und Drogen.

Die Synopse hängt im Intranet unter Produkte > Kfz > Bedingungen.

Viele Grüße
Dr. Henrike Salm
"""
    return ('NORMAL', 'de', 'internal',
            'trap: policy wording change on alcohol, drugs and medication, no person',
            M('Dr. Henrike Salm <henrike.salm@brueckenstein.example>',
              'Kfz-Produkt und Schaden <kfz-produkt@brueckenstein.example>',
              'AKB 2025: Änderung Obliegenheit berauschende Mittel', body))


def m095():
    body = """Sehr geehrte Frau Yıldırım,

zu Ihrem Fahrzeugwechsel erhalten Sie Ihren neuen Versicherungsschein.

  Versicherungsnehmerin: Derya Yıldırım, geb. 11.11.1995
  Anschrift:             Humboldtstraße 23, 53115 Bonn
  Vertrag:               KH-9012-3304-77
  Fahrzeug:              Hyundai i20, BN-DY 1111, HSN/TSN 8252/AJK
  Beginn:                15.03.2025
  Fahrerkreis:           VN allein, ab 23 Jahren
  Jahresfahrleistung:    bis 9.000 km
  Kfz-Haftpflicht:       SF 4 (57 %)       312,54 EUR
  Teilkasko (SB 150 EUR): Typklasse 17     118,20 EUR
  Jahresbeitrag inkl. VersSt:              430,74 EUR

Der Beitrag wird jährlich zum 15.03. von Ihrem Konto abgebucht.

Mit freundlichen Grüßen
Brückenstein Versicherung AG
"""
    return ('CONFIDENTIAL', 'de', 'insurer-to-customer',
            'base64 body: policy schedule with name, birth date, address, plate, SF class and premium',
            M('Kfz-Vertrag <kfz-vertrag@brueckenstein.example>',
              'Derya Yıldırım <derya.y@bonn-post.example>',
              'Ihr neuer Versicherungsschein KH-9012-3304-77', body, cte='base64'))


def m096():
    rows = [
        ['Schaden-Nr.', 'Name', 'Vorname', 'Unfalltag', 'Ursache', 'BAK/THC', 'Strafverfahren', 'Forderung EUR', 'Status'],
        ['KS-2024-0816-2205', 'Faßbender', 'Holger', '16.08.2024', 'Alkohol', '1,38 ‰', 'Strafbefehl § 315c rk', 5000, 'Forderung gestellt'],
        ['KS-2025-0104-0073', 'Kröger', 'Dennis', '04.01.2025', 'Alkohol', '0,94 ‰ (BE)', 'Strafbefehl § 316 beantragt', 2820, 'Freigabe TL'],
        ['KS-2024-1107-3391', 'Pauly', 'Kevin', '07.11.2024', '§ 142 StGB', '-', 'EV 410 Js 2231/24', 2500, 'RA-Prüfung'],
        ['FL-0087-HEG/0203', 'Alberding', 'Sven', '03.02.2025', 'Drogen', 'THC 3,8 ng/ml', 'EV § 316', 5000, 'Akte angefordert'],
        ['KS-2025-0301-0088', "O'Rourke", 'Callum', '01.03.2025', 'Alkohol', '1,46 ‰', '803 Cs 112/25', 5000, 'ruhend bis Urteil'],
        ['KS-2023-0512-1120', 'Kowalczyk', 'Piotr', '12.05.2023', 'Alkohol', '1,72 ‰', 'rk', 5000, 'Raten 200 EUR'],
    ]
    body = """Hallo Melanie,

anbei die Liste für unser Gespräch morgen.

Jens
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'internal',
            'body says only "anbei die Liste"; XLSX: named drivers with BAK/THC values and criminal proceedings',
            M('Jens Hartkopf <jens.hartkopf@brueckenstein.example>',
              'Melanie Okafor <melanie.okafor@brueckenstein.example>',
              'Liste', body, att=[Att('Regress_offen_2025-03.xlsx', xlsx(rows, 'offen'))]))


def m097():
    body = """Sehr geehrte Partner im Autohandel,

ab dem 01.04.2025 stellen wir die eVB-Vergabe auf den neuen Nummernkreis um.
Für Sie ändert sich Folgendes:

1. eVB-Nummern beginnen künftig mit "B9" statt "B7".
2. Die Abfrage im Händlerportal funktioniert wie bisher; über die Schnittstelle
   (DAT/Autohaus-DMS) ist die neue Version 2.3 der eVB-API zu nutzen.
3. Bereits vergebene eVB-Nummern bleiben bis zu ihrem Ablauf gültig.
4. Für Saisonkennzeichen und Kurzzeitkennzeichen bleibt das Verfahren unverändert.

Technische Ansprechpartner: eVB-Support, evb-support@brueckenstein.example,
0221 555 2288 (Mo-Fr 8-18 Uhr).

Mit freundlichen Grüßen
Peter Rambach
Vertrieb Autohäuser
"""
    return ('NORMAL', 'de', 'insurer-to-company',
            'trap: circular to dealers about eVB number range, technical',
            M('Peter Rambach <peter.rambach@brueckenstein.example>',
              'haendlerverteiler@brueckenstein.example',
              'Umstellung eVB-Nummernkreis zum 01.04.2025', body,
              date='Mon, 17 Mar 2025 09:00:00 +0100'))


def m098():
    body = """Dear Ms Sørensen, dear Mr Albrecht-Moll,

thank you for informing us that the Volkswagen Golf Variant (K-LS 4096) will from
1 April be registered in Mr Albrecht-Moll's name instead of yours.

As policies follow the vehicle holder, we will transfer policy KH-4096-1128-50
to Mr Matthias Albrecht-Moll (date of birth 2 September 1986, Aachener Str. 288,
50933 Köln) as new policyholder. Ms Sørensen remains a named driver. The no-claims
class SF 9 stays with the policy; if Ms Sørensen wants to keep it for a future car
of her own, please let us know before the transfer.

Premiums will be collected from Mr Albrecht-Moll's account from 1 April; please
send a signed SEPA mandate (form attached to our letter by post).

Kind regards
Sabine Lüdecke
Motor Contracts
"""
    return ('CONFIDENTIAL', 'en', 'insurer-to-customer',
            'change of vehicle holder: named customers, date of birth, address, policy and plate',
            M('Sabine Lüdecke <sabine.luedecke@brueckenstein.example>',
              'Line Sørensen <line.sorensen@danmail.example>, '
              'Matthias Albrecht-Moll <m.albrecht-moll@koeln-net.example>',
              'Change of vehicle holder - policy KH-4096-1128-50', body))


def m099():
    body = """Hallo Frau Marquardt,

jetzt kommt es ganz dicke. Die Führerscheinstelle Rhein-Sieg hat mir geschrieben,
dass ich ein ärztliches Gutachten beibringen muss, weil "Tatsachen die Annahme
einer Alkoholabhängigkeit begründen" (§ 13 Nr. 1 FeV). Hintergrund ist wohl, dass
ich im Dezember nach dem Betriebsfest mit 2,1 Promille ins Krankenhaus kam (nicht
gefahren!!), und das Krankenhaus hat im Entlassbericht "Alkoholabhängigkeit F10.2"
reingeschrieben, was mein Hausarzt dann an die Rentenversicherung für die Reha
weitergegeben hat. Irgendwie hat die Behörde das mitbekommen.

Ich bin seit Januar in einer ambulanten Therapie bei der Caritas und trinke nichts
mehr. Meine Frage: Muss ich Ihnen das melden, und was passiert mit meinem Vertrag
(KH-5521-0076-33, Golf, SU-RM 55), wenn ich den Führerschein abgeben muss? Mein
Sohn könnte das Auto fahren, der ist 24.

Danke und Gruß
Rainer Mühlenbeck
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'customer',
            'customer: suspected alcohol dependence F10.2, hospitalisation, outpatient therapy, licence authority order',
            M('Lisa Marquardt <lisa.marquardt@brueckenstein.example>',
              'Sabine Lüdecke <sabine.luedecke@brueckenstein.example>',
              'WG: Führerscheinstelle - Vertrag KH-5521-0076-33',
              'Sabine, keine Anzeigepflicht aus meiner Sicht, aber bitte kurz den Fahrerkreis '
              '(Sohn 24) prüfen. Ich antworte ihm dann.\n\n'
              '-----Ursprüngliche Nachricht-----\nVon: Rainer Mühlenbeck <r.muehlenbeck@t-mail-siegburg.example>\n\n'
              + body))


def m100():
    body = """Hi DriveSense team,

for the UAT of the policy-sync interface (release 2025.2) please use the test
cases below in the staging environment only. All persons are fictitious; the IBAN
is the published example IBAN from the bank's documentation.

  Case  Name                        DOB         Policy         IBAN
  T01   Max Mustermann (fictitious) 1980-01-01  KF-TEST-0001   DE89 3704 0044 0532 0130 00
  T02   Erika Musterfrau (fict.)    1995-05-05  KF-TEST-0002   DE89 3704 0044 0532 0130 00
  T03   Jane Testdriver (fict.)     2006-12-31  KF-TEST-0003   (none, annual payment)

Expected: T03 gets the young-driver flag; T01/T02 standard. Test devices are
registered with qa.fahrer01-03@brueckenstein.example.

Thanks
Marco
"""
    return ('NORMAL', 'en', 'company',
            'trap: UAT test cases with fictitious persons and the published example IBAN',
            M('Marco Tillmanns <marco.tillmanns@brueckenstein.example>',
              'UAT <uat@drivesense.example>',
              'UAT policy sync 2025.2 - test cases', body))

def m101():
    body = """Hallo Hannah,

hier meine Entwürfe für die In-App-Meldung zum Score-Update, bitte einmal
Korrektur lesen - die englische Version geht auch an DriveSense zur Prüfung der
Zeichenlänge (max. 180 Zeichen pro Absatz).

DE:
"Ab 1. April wird dein FahrFair-Score noch genauer: Starke Bremsmanöver erkennen
wir jetzt schon ab 0,32 g. Für die meisten ändert sich wenig - und wer
vorausschauend fährt, profitiert weiter. Mehr dazu in den FAQ."

EN:
"From 1 April your FahrFair score gets more precise: we now detect harsh braking
from 0.32 g. For most drivers little will change - and anticipating drivers keep
benefiting. More in the FAQ."

Frage: "g" verstehen die Leute nicht, oder? Alternative: "etwas früher als bisher".

Danke!
Ravi
"""
    return ('NORMAL', 'mixed', 'internal',
            'trap: DE/EN in-app message drafts about telematics score change',
            M('Ravi Sharma <ravi.sharma@brueckenstein.example>',
              'Hannah Pfeifer <hannah.pfeifer@brueckenstein.example>',
              'In-App-Text Score v7.3 / in-app text', body, flowed=True,
              date='Thu, 13 Mar 2025 11:00:00 +0100'))


def m102():
    body = """Sehr geehrter Herr Whitmore,
Dear Mr Whitmore,

vielen Dank für die Bescheinigung Ihres bisherigen Versicherers in Großbritannien.
thank you for the no-claims certificate from your previous insurer in the UK.

Wir haben Ihren Vertrag wie folgt eingestuft / We have rated your policy as follows:

  Versicherungsnehmer / Policyholder:  Oliver Whitmore, geb./born 22.01.1979
  Vertrag / Policy:                    KH-1207-8843-65
  Fahrzeug / Vehicle:                  Land Rover Discovery Sport, K-OW 1979
  Schadenfreie Jahre lt. Nachweis:     9 (2015-2024)
  No-claims years per certificate:     9
  SF-Klasse / no-claims class:         SF 9 (Haftpflicht und Vollkasko)
  Neuer Jahresbeitrag / new premium:   EUR 846.30 (bisher/previously EUR 1,411.90)

Die Differenz von 282,62 EUR für die Zeit seit Beginn erstatten wir auf Ihr Konto.
We will refund the difference of EUR 282.62 for the period since inception to your account.

Mit freundlichen Grüßen / Kind regards
Sabine Lüdecke
Kfz-Vertrag / Motor Contracts
"""
    return ('CONFIDENTIAL', 'mixed', 'insurer-to-customer',
            'bilingual letter: named expat with birth date, policy, plate, no-claims rating and refund',
            M('Sabine Lüdecke <sabine.luedecke@brueckenstein.example>',
              'Oliver Whitmore <o.whitmore@expat-rhein.example>',
              'Ihre SF-Einstufung / your no-claims rating - KH-1207-8843-65',
              body))


def m103():
    paras = [
        '# Dr. Felix Amann - Rechtsanwalt, Fachanwalt für Strafrecht',
        'An die Brückenstein Versicherung AG, Regress Kfz, z. Hd. Herrn Hartkopf',
        'Ihr Zeichen: KS-2024-0816-2205 - Unser Zeichen: 25/0112',
        'Betr.: Herr Holger Faßbender - Regressforderung 5.000 EUR',
        'Sehr geehrter Herr Hartkopf,',
        'ich zeige die Vertretung von Herrn Faßbender auch im Regressverfahren an.',
        'Mein Mandant ist durch Strafbefehl des AG Bonn (712 Cs 448/24) wegen § 315c Abs. 1 Nr. 1a, '
        'Abs. 3 StGB rechtskräftig verurteilt. Die Verurteilung wird nicht angegriffen.',
        'Mein Mandant hat jedoch unmittelbar nach der Tat eine stationäre Entwöhnungsbehandlung '
        'in der Fachklinik Haus Waldfrieden (Alkoholabhängigkeit, F10.2) über 12 Wochen '
        'absolviert und befindet sich in ambulanter Nachsorge. Er ist seit August 2024 arbeitsunfähig '
        'und bezieht Krankengeld in Höhe von monatlich ca. 1.480 EUR.',
        'Eine Zahlung von 5.000 EUR in einer Summe ist ihm nicht möglich. Wir bieten Raten von '
        '100 EUR monatlich ab 01.05.2025 an und bitten um Verzicht auf Zinsen.',
        'Die Bescheinigung der Fachklinik füge ich bei Bedarf bei.',
        'Mit freundlichen Grüßen',
        'Dr. Amann, Rechtsanwalt',
    ]
    body = """Sehr geehrte Damen und Herren,

anbei unser Schreiben in der Sache Faßbender.

Mit freundlichen Grüßen
i. A. Sekretariat Dr. Amann
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'lawyer',
            'ODT attachment only: lawyer letter with conviction § 315c, alcohol dependence F10.2 rehab, sick pay',
            M('Jens Hartkopf <jens.hartkopf@brueckenstein.example>',
              'Regress Kfz <regress@brueckenstein.example>',
              'WG: Faßbender',
              'Zur Akte KS-2024-0816-2205.\n\n-------- Original-Nachricht --------\n'
              'Von: Sekretariat Dr. Amann <sekretariat@strafverteidigung-amann.example>\n\n' + body,
              att=[Att('Schreiben_Fassbender_25-0112.odt', odt(paras))]))


def m104():
    body = """Sehr geehrte Damen und Herren,

zur Verlängerung des Rahmenvertrags "Schadensteuerung Partnerwerkstatt" ab
01.07.2025 erhalten Sie unsere Anforderungen (Anlage 1, Service Level):

- Erstkontakt mit dem Kunden innerhalb von 4 Stunden nach Auftragseingang
- Hol- und Bringservice im Umkreis von 30 km, kostenlos für den Kunden
- Ersatzfahrzeug mindestens Kompaktklasse für die gesamte Reparaturdauer
- Reparatur nach Herstellervorgaben, Kalibrierung der Fahrerassistenzsysteme
  mit Protokoll
- Fotodokumentation (vorher / nachher) im Schadenportal
- Garantie 3 Jahre auf Karosserie- und Lackarbeiten
- Kundenzufriedenheit: Zielwert NPS >= 60

Im Gegenzug steuern wir Kasko-Schäden aus dem PLZ-Gebiet bevorzugt an Ihren
Betrieb. Die Verrechnungssätze verhandeln wir im Jahresgespräch.

Mit freundlichen Grüßen
Uwe Sandkühler
Schadensteuerung / Partnerwerkstätten
"""
    return ('NORMAL', 'de', 'insurer-to-supplier',
            'trap: service-level requirements for partner workshops',
            M('Uwe Sandkühler <uwe.sandkuehler@brueckenstein.example>',
              'Karosserie & Lack Brenner GmbH <info@brenner-karosserie.example>',
              'Rahmenvertrag Partnerwerkstatt ab 01.07.2025 - Service Level', body))


def m105():
    rows = [
        ['Schadenliste FL-0087-HEG, 01.01.2024-28.02.2025', '', '', '', '', ''],
        ['Datum', 'Kennzeichen', 'Fahrer', 'Hergang', 'Aufwand EUR', 'Status'],
        ['12.03.2024', 'HB-HL 3312', 'Nadine Osterloh', 'Rangieren Rampe, Tor beschädigt', 2890, 'abgeschlossen'],
        ['04.06.2024', 'HB-HL 4410', 'Marek Wróbel', 'Spiegel Begegnungsverkehr', 610, 'abgeschlossen'],
        ['19.08.2024', 'HB-HL 219', 'Jan-Hendrik Kuhlmann', 'Parkschaden Kunde', 1740, 'abgeschlossen'],
        ['22.11.2024', 'HB-HL 120', 'Gesa Behrens', 'Wildunfall (TK)', 3310, 'abgeschlossen'],
        ['03.02.2025', 'HB-HL 3307', 'Sven Alberding', 'Auffahrunfall A1', 18400, 'offen'],
        ['19.02.2025', 'HB-HL 4410', 'Marek Wróbel', 'Auffahrunfall Gewerbegebiet', 7260, 'offen'],
        ['', '', '', 'Summe', 34210, ''],
    ]
    body = """Sehr geehrter Herr Wilms,

anbei unser Verlängerungsangebot für Ihre Flotte (41 Fahrzeuge) ab 01.04.2025.
Wegen der zwei offenen Großschäden im Februar liegt die Schadenquote bei 78 %;
wir bieten daher eine Beitragsanpassung von +6 % an, alternativ unverändert mit
SB 1.000 EUR in der Vollkasko für Lkw über 7,5 t.

Die Schadenliste mit Fahrerzuordnung finden Sie in der Anlage. Bitte prüfen Sie
die Zuordnung, damit wir sie für die Fahrerschulung verwenden können.

Mit freundlichen Grüßen
Aylin Demirci
Flotten-Underwriting
"""
    return ('CONFIDENTIAL', 'de', 'insurer-to-company',
            'fleet renewal offer with ODS claims list naming drivers per accident, company contact',
            M('Aylin Demirci <aylin.demirci@brueckenstein.example>',
              'Carsten Wilms <c.wilms@hegemann-logistik.example>',
              'Verlängerungsangebot Flotte FL-0087-HEG ab 01.04.2025', body,
              att=[Att('Schadenliste_FL-0087-HEG.ods', ods(rows, 'Schäden'))],
              date='Mon, 10 Mar 2025 14:00:00 +0100'))


def m106():
    inner = M('Dr. Mahmoud Saleh <praxis@hausarzt-saleh.example>',
              'Liam Donovan <liam.donovan@posteo-bonn.example>',
              'Your letter for the insurer',
              """Dear Liam,

as requested, here is the letter for your car insurer. Let me know if they need
anything else.

To whom it may concern,

Mr Liam Donovan, born 03/03/1990, has been my patient since 2021. He has focal
epilepsy (G40.1) following a head injury in 2014 and takes lamotrigine 200 mg
twice daily. His last seizure was in October 2022. Since then he has been seizure-
free under stable medication; EEG controls in 2023 and 2024 were unremarkable.

In accordance with the German guidelines on fitness to drive, he has been
considered fit to drive group 1 vehicles since October 2023. I see no medical
reason why he should not be insured as a driver.

Dr. med. Mahmoud Saleh
General Practitioner, Bonn
""", date='Tue, 11 Mar 2025 17:02:11 +0100',
              msgid='<20250311170211.4471@hausarzt-saleh.example>')
    body = """Hi Aylin,

the customer forwarded his doctor's letter (attached as he sent it) in response to
our question on the application. I think we can accept him at standard rates -
can you confirm so I can issue the policy?

Emily
"""
    return ('STRICTLY_CONFIDENTIAL', 'en', 'doctor',
            'forwarded message/rfc822 only: GP letter on named customer with focal epilepsy G40.1 and lamotrigine',
            M('Emily Carter <emily.carter@brueckenstein.example>',
              'Aylin Demirci <aylin.demirci@brueckenstein.example>',
              'UW question Donovan - doctor letter', body,
              att=[Att('Your letter for the insurer.eml', inner)]))


def m107():
    body = """FahrFair 4.2 - release notes (EN)

New
- Crash detection 2.0: if a severe impact is detected and you do not respond
  within 30 seconds, the app calls our 24/7 assistance line and shares your
  location. You can switch this off in Settings > Safety.
- Passenger mode: mark trips where you were not driving; they no longer count
  towards your score (max. 10 per month).
- Dark mode.

Improved
- Battery use reduced by about 20 % on iOS 18.
- More accurate speed limits on rural roads.

Fixed
- Crash on Android 14 when location permission is changed during a trip.

Available from 3 March in the App Store and Google Play.
"""
    return ('NORMAL', 'en', 'insurer-to-customer',
            'trap: telematics app release notes (crash detection feature), generic',
            M('FahrFair <fahrfair@brueckenstein.example>',
              'fahrfair-en-list@brueckenstein.example',
              "What's new in FahrFair 4.2", body,
              date='Mon, 03 Mar 2025 07:00:00 +0100'))


def m108():
    body = """Hallo Herr Brinkmann,

Steinschlag ist erfasst (KS-2025-0314-7781, Teilkasko ohne SB). Die Scheibe
tauscht GlasPartner Rheinland am Montag bei Ihnen im Büro in der Poppelsdorfer
Allee, die melden sich wegen der Uhrzeit. Kennzeichen BN-UB 212 haben die schon.

Gruß
Lisa Marquardt
"""
    return ('CONFIDENTIAL', 'de', 'insurer-to-customer',
            'short: named customer windscreen claim with claim number, plate and work address',
            M('Lisa Marquardt <lisa.marquardt@brueckenstein.example>',
              'Uwe Brinkmann <u.brinkmann@brinkmann-steuerberatung.example>',
              'Ihre Scheibe', body))


def m109():
    body = """Sehr geehrter Herr Wendler,

zu Ihrem Auftrag vom 05.03.2025 (Schaden KS-2025-0228-9904, VN Herr Timo Stratmann,
geb. 13.01.2000) berichte ich wie folgt:

1. Unfallhergang: Laut Aussage des VN ist ihm am 28.02.2025 gegen 23:30 Uhr auf
   der K 21 bei Eitorf ein Reh vor das Fahrzeug gelaufen, er sei ausgewichen und
   gegen einen Baum gefahren. Spuren von Wildkontakt waren am Fahrzeug nicht
   feststellbar (kein Haar-/Blutanhaftungen).

2. Polizeiliche Feststellungen (Einsicht beim VK Eitorf): Der VN wirkte nervös,
   hatte erweiterte, lichtstarre Pupillen. Ein Drogenvortest (Urin) verlief
   positiv auf Amphetamin. Die Blutprobe ergab 142 ng/ml Amphetamin. Ein
   Ordnungswidrigkeitenverfahren nach § 24a StVG und ein Strafverfahren nach
   § 316 StGB wurden eingeleitet.

3. Zeugin: Die Beifahrerin, Frau Lea Kranz, bestätigt gegenüber mir, dass sie
   kein Reh gesehen habe und der VN "auf der Party vorher was genommen" habe.

Ergebnis: Der geschilderte Wildunfall ist nicht nachweisbar. Es besteht der
dringende Verdacht, dass der Unfall auf drogenbedingte Fahruntüchtigkeit
zurückzuführen ist.

Rechnung über 680 EUR netto folgt.

Mit freundlichen Grüßen
Klaus Biermann
Schadenermittlung Biermann, Siegburg
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'assessor',
            'investigator report: named insured with birth date, amphetamine blood test, criminal proceedings',
            M('Tobias Wendler <tobias.wendler@brueckenstein.example>',
              'Jens Hartkopf <jens.hartkopf@brueckenstein.example>',
              'WG: Ermittlungsbericht Stratmann KS-2025-0228-9904',
              'Jens, Kasko lehne ich ab, Regress KH bitte du.\n\n'
              '-----Ursprüngliche Nachricht-----\nVon: Klaus Biermann <biermann@schadenermittlung-biermann.example>\n\n'
              + body,
              date='Wed, 19 Mar 2025 10:00:00 +0100'))


def m110():
    body = """Hallo zusammen,

Tobias ist ab heute bis voraussichtlich Ende nächster Woche nicht im Büro. Seine
Fälle übernimmt Ben, die Regressfälle gehen direkt an Jens. Bitte im Schadensystem
die Vertretung beachten.

Danke!
Melanie
"""
    return ('NORMAL', 'de', 'internal',
            'trap: colleague absence and substitution without reason',
            M('Melanie Okafor <melanie.okafor@brueckenstein.example>',
              'Kfz-Schaden Team West <kfz-schaden-west@brueckenstein.example>',
              'Vertretung Tobias', body))


def m111():
    html = """<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Hallo Frau Demirci,</p>
<p>hier wie gewünscht die Liste der dienstwagenberechtigten Mitarbeitenden für die Umstellung auf die
Flottenpolice (Stand 01.03.2025):</p>
<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eee"><th>Name</th><th>Funktion</th><th>Fahrzeug</th><th>Kennzeichen</th><th>Privatnutzung</th><th>Bruttolistenpreis</th></tr>
<tr><td>Dr. Ingo Voss</td><td>Geschäftsführer</td><td>BMW i5 Touring</td><td>K-VK 100E</td><td>ja (0,25 %)</td><td>74.900 EUR</td></tr>
<tr><td>Petra Kramer</td><td>Geschäftsführerin</td><td>Audi Q6 e-tron</td><td>K-VK 200E</td><td>ja (0,25 %)</td><td>71.300 EUR</td></tr>
<tr><td>Tim Hoffmann</td><td>Bauleiter</td><td>VW ID. Buzz Cargo</td><td>K-VK 311E</td><td>nein</td><td>56.100 EUR</td></tr>
<tr><td>Sinan Acar</td><td>Bauleiter</td><td>VW ID. Buzz Cargo</td><td>K-VK 312E</td><td>nein</td><td>56.100 EUR</td></tr>
<tr><td>Melina Roth</td><td>Vertrieb</td><td>Skoda Elroq</td><td>K-VK 420E</td><td>ja (0,25 %)</td><td>38.900 EUR</td></tr>
</table>
<p>Viele Grüße<br>Anja Becker<br>Personal &amp; Fuhrpark, Voss &amp; Kramer Elektrotechnik GmbH</p>
</body></html>"""
    return ('CONFIDENTIAL', 'de', 'company',
            'HTML-only table from a fleet company: named company-car users, plates, private-use taxation',
            M('Aylin Demirci <aylin.demirci@brueckenstein.example>',
              'Flotten-Vertrag <flotte-vertrag@brueckenstein.example>',
              'WG: Dienstwagenliste Voss & Kramer', html=html, html_only=True,
              date='Thu, 06 Mar 2025 13:00:00 +0100'))


def m112():
    body = """Dear Sir or Madam,

I am 79 and have been your customer for over 30 years (policy KH-0188-2009-14,
Honda Jazz, BN-EH 88). After my cataract operations on both eyes in January and
February, the eye clinic told me I may drive again but only with my new glasses.
The licence office has now added the code 01 (corrective lenses) to my licence.

Also, my ophthalmologist found the beginnings of macular degeneration in my left
eye and I will have check-ups every three months.

My son thinks I must inform my car insurance. Is that right? And will my premium
go up? I only drive to the shops and to church on Sundays.

Yours faithfully
Edith Harrington
Bad Godesberg
"""
    return ('STRICTLY_CONFIDENTIAL', 'en', 'customer',
            'elderly customer: cataract surgery, glasses required code 01, early macular degeneration',
            M('Lisa Marquardt <lisa.marquardt@brueckenstein.example>',
              'Sabine Lüdecke <sabine.luedecke@brueckenstein.example>',
              'FW: Letter from Mrs Harrington - eyesight',
              'Sabine, kannst du einen kurzen freundlichen Brief (EN) aufsetzen? Keine '
              'Anzeigepflicht, keine Beitragsänderung. Danke, Lisa\n\n'
              'From: Edith Harrington <edith.harrington@godesberg-mail.example>\n\n' + body))


def m113():
    body = """Dear fleet customers,

road accidents remain the most common cause of serious injury at work. As part of
your fleet policy you can book our driver safety training at a reduced rate:

  Basic (car / van):      half day, EUR 95 per participant (instead of 189)
  Advanced (van > 3.5 t): full day, EUR 145 per participant (instead of 279)
  e-mobility module:      recuperation, range, weight distribution, 2 hours

Dates in Hürth, Dortmund and Frankfurt from May to October. Booking via your
fleet manager portal or reply to this mail with the number of participants.

Kind regards
Brückenstein Fleet Services
"""
    return ('NORMAL', 'en', 'insurer-to-company',
            'trap: generic offer of driver safety training to fleet customers (BCC)',
            M('Brückenstein Fleet Services <flotte@brueckenstein.example>',
              'undisclosed-recipients:;',
              'Driver safety training 2025 - reduced rates for fleet customers', body,
              headers=[('Bcc', 'flottenkunden-en@brueckenstein.example')]))


def m114():
    body = """Dear Ms Dubois,

thank you for your call from Málaga. We have noted the following for your claim
under the rental-car excess cover included in your policy KF-2281-6604:

  Rental company: SolCar Rentals S.L., contract no. MLG-2025-118823
  Vehicle:        Seat Arona, Spanish plate 4471 MRT
  Date/place:     16 March 2025, car park of Hotel Mirador, Benalmádena
  Damage:         scratch and dent on the right rear door, unknown third party
  Nobody was injured. Excess charged to your credit card: EUR 850

Please send us the rental agreement, the damage report signed at return and the
credit card statement showing the charge. We will reimburse the excess to your
account on file ending in ...4417.

Kind regards
Emily Carter
International Claims
"""
    return ('CONFIDENTIAL', 'en', 'insurer-to-customer',
            'named customer: rental-car excess claim abroad, policy number, nobody injured',
            M('Emily Carter <emily.carter@brueckenstein.example>',
              'Claire Dubois <claire.dubois@frmail-koeln.example>',
              'Your rental car claim - Benalmádena, 16 March', body,
              date='Mon, 17 Mar 2025 16:20:00 +0100'))


def m115():
    body = """Sehr geehrte Sachverständigenbüros,

für Gutachten im Auftrag der Brückenstein Versicherung gilt ab 01.05.2025 die
folgende Honorartabelle (Grundhonorar netto, Nebenkosten pauschal):

  Schadenhöhe netto bis      Grundhonorar EUR
      750                        285
    1.500                        390
    3.000                        520
    5.000                        640
   10.000                        810
   20.000                      1.070
   über 20.000                 1.070 + 1,3 % des Mehrbetrags

  Fahrtkosten pauschal: 35 EUR (bis 30 km), Fotos: 2,50 EUR je Stück ab Foto 11
  Kurzgutachten / Kostenvoranschlagsprüfung: 120 EUR
  Restwertermittlung (3 Gebote, Restwertbörse): inklusive

Bitte rechnen Sie ab 01.05. ausschließlich über das Gutachtenportal ab.

Mit freundlichen Grüßen
Steffi Brandes
Einkauf Schadendienstleister
"""
    return ('NORMAL', 'de', 'insurer-to-supplier',
            'trap: fee schedule for motor damage experts',
            M('Steffi Brandes <steffi.brandes@brueckenstein.example>',
              'sv-partner@brueckenstein.example',
              'Honorartabelle Kfz-Gutachten ab 01.05.2025', body))


def m116():
    body = """Guten Tag Herr Ostermeier,

danke für Ihren Anruf gestern, das hat gutgetan. Wie versprochen die Infos zu
Emma, der Freundin meines Sohnes, die bei dem Unfall auf dem Beifahrersitz saß.
Ihre Eltern haben mir erlaubt, Ihnen das weiterzugeben:

Emma Schwarz, 18 Jahre, liegt seit Samstag auf der Intensivstation der Uniklinik
Bonn. Sie hat einen Beckenbruch, eine Lungenquetschung und einen Milzriss, die
Milz wurde entfernt. Sie ist wach, aber darf noch nicht aufstehen, die Ärzte
sprechen von mindestens drei Wochen Krankenhaus und dann Reha. Ihr Abitur im Mai
wird sie wohl verschieben müssen.

Mein Sohn Jonas (hat nur Prellungen) macht sich furchtbare Vorwürfe. Er ist auf
der nassen Straße in der Kurve bei Lohmar von der Fahrbahn abgekommen. Er war
nüchtern, der Test bei der Polizei war 0,0.

Vertragsnummer von unserem Auto: KH-3390-1174-28 (Seat Leon, SU-KS 808).

Was passiert jetzt mit Emmas Kosten? Ihre Eltern haben Angst, dass sie auf
etwas sitzen bleiben.

Viele Grüße
Kerstin Schwarz-Lohmann
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'customer',
            'parent reports named injured passenger in intensive care: pelvic fracture, splenectomy; young driver son',
            M('Frank Ostermeier <frank.ostermeier@brueckenstein.example>',
              'Kfz-Personenschaden <kfz-personenschaden@brueckenstein.example>',
              'WG: Unfall Jonas / Emma - KH-3390-1174-28',
              'Bitte Schaden anlegen (Insassenschaden KH), Reserve 80 TEUR vorläufig. '
              'Ich übernehme die Korrespondenz mit den Eltern der Geschädigten.\nFO\n\n'
              '-----Ursprüngliche Nachricht-----\nVon: Kerstin Schwarz-Lohmann <k.schwarz-lohmann@lohmar-net.example>\n\n'
              + body))


def m117():
    body = """Interne Stellenausschreibung Nr. 2025-017

Kfz-Sachverständige/r (m/w/d) im Schadenaußendienst, Region Köln/Bonn

Ihre Aufgaben
- Besichtigung von Kasko- und Haftpflichtschäden bei Kunden, Werkstätten und
  Autohäusern
- Kalkulation mit Audatex/DAT, Restwertermittlung, Plausibilitätsprüfung bei
  Verdacht auf Unfallmanipulation
- Prüfung von Gutachten und Rechnungen externer Sachverständiger

Ihr Profil
- Kfz-Meister/in oder Dipl.-Ing. (FH) Fahrzeugtechnik, Sachverständigenausbildung
- Führerschein Klasse B, Dienstwagen auch zur Privatnutzung

Bewerbungen bis 11.04. über das Intranet (Karriere > interne Stellen).
Ansprechpartnerin: Nicole Haberland, Personal
"""
    return ('NORMAL', 'de', 'internal',
            'trap: internal job posting for motor damage expert',
            M('Nicole Haberland <nicole.haberland@brueckenstein.example>',
              'Alle Mitarbeitenden Köln <alle-koeln@brueckenstein.example>',
              'Interne Ausschreibung 2025-017 Kfz-Sachverständige/r', body,
              date='Tue, 25 Mar 2025 09:00:00 +0100'))


def m118():
    quoted = """Hallo,

für das begleitete Fahren mit 17 meiner Tochter Lara (geb. 02.09.2008, Prüfbescheinigung
BF17 seit 10.03.2025) sollen folgende Begleitpersonen eingetragen werden:

- ich selbst, Thomas Rüttgers, geb. 15.07.1976, Führerschein seit 1994
- meine Frau Nicole Rüttgers, geb. 28.02.1979, Führerschein seit 1997
- Opa Heinz Rüttgers, geb. 01.12.1950, Führerschein seit 1968, 0 Punkte

Auto: Skoda Fabia, SU-TR 76, Vertrag KH-7706-1143-81.

Gruß Thomas Rüttgers
"""
    body = """Hallo Herr Rüttgers,

erledigt, Lara fährt ab sofort mit. Der Beitrag ändert sich um 9,80 EUR im Monat.
Gute Fahrt!

Sabine Lüdecke

> """ + '\n> '.join(quoted.split('\n')) + '\n'
    return ('CONFIDENTIAL', 'de', 'insurer-to-customer',
            'short top reply; quote lists BF17 daughter and escorts with birth dates, policy and plate',
            M('Sabine Lüdecke <sabine.luedecke@brueckenstein.example>',
              'Thomas Rüttgers <t.ruettgers@siegmail.example>',
              'AW: BF17 Lara', body))


def m119():
    body = """Dear Mr Ostermeier,

re: Mr Lars Bachmann, DOB 05/11/1990 - your claim KS-2024-0929-1180
Supplementary neurological report

I examined Mr Bachmann on 12 March 2025 at the BG Unfallklinik at your request.

Since January he has had three episodes of brief loss of awareness with lip-
smacking and fumbling of the right hand, witnessed by nursing staff. The EEG
showed left temporal sharp waves, and MRI confirmed a contusional lesion in the
left temporal lobe consistent with the head injury sustained in the accident of
29 September 2024 (not noted in the initial reports, which focused on the spinal
injury).

Diagnosis: post-traumatic focal epilepsy (G40.2), with causal link to the
accident on the balance of probabilities. Treatment with levetiracetam 750 mg
twice daily has been started. Prognosis for seizure control is fair. He will
not be fit to drive for at least 12 months after the last seizure, which is
relevant for the planned adapted vehicle.

The additional care needs arising from the epilepsy are modest; however, I
recommend a neuropsychological assessment, as he reports memory difficulties.

Dr. Hannah Kirchner-Reid
Consultant Neurologist, expert witness
"""
    return ('STRICTLY_CONFIDENTIAL', 'en', 'doctor',
            'neurologist expert report: named claimant with DOB, post-traumatic epilepsy G40.2, MRI findings, medication',
            M('Frank Ostermeier <frank.ostermeier@brueckenstein.example>',
              'Melanie Okafor <melanie.okafor@brueckenstein.example>',
              'FW: Bachmann - neurological report (epilepsy)',
              'Melanie, neue Diagnose im Fall Bachmann, Reserve muss erneut hoch (Kfz-Umbau entfällt vorerst, '
              'dafür neuropsych. Begutachtung). Bericht unten.\n\n'
              '-----Original Message-----\nFrom: Dr. Hannah Kirchner-Reid <kirchner-reid@neuro-gutachten.example>\n\n'
              + body))


def m120():
    body = """Dear Mr Fenwick,

thanks for your question. In general:

- We do not ask about health conditions when you apply for motor insurance.
  Drivers must themselves make sure they are fit to drive under the German
  driving licence regulations (e.g. after a seizure, with insulin therapy or
  with a sight impairment).
- A medical condition alone does not affect cover. Cover can be reduced if an
  accident is caused by driving while not fit to drive and the driver knew or
  should have known this.
- Drivers with conditions (e.g. diabetes, epilepsy under treatment) pay the
  normal premium.
- Adapted vehicles (hand controls, wheelchair ramps) are covered; please include
  the conversion value in the sum insured.

If you have a specific client case, please send it through the broker portal
so that it is handled securely.

Kind regards
Lisa Marquardt
Customer Service Motor
"""
    return ('NORMAL', 'en', 'insurer-to-broker',
            'trap: generic answer to broker on drivers with medical conditions, no client',
            M('Lisa Marquardt <lisa.marquardt@brueckenstein.example>',
              'Mark Fenwick <m.fenwick@fleetrisk-partners.example>',
              'RE: General question - drivers with medical conditions', body))


def m121():
    body = """Hallo Herr Rambach,

für den Leasingantrag von Frau Kübra Aksoy (Renault Austral, 36 Monate, 10.000 km)
brauche ich die GAP-Deckung über Ihre Kasko. Die Leasingbank hat die Bonität
positiv geprüft mit folgenden Angaben aus der Selbstauskunft:

  Kübra Aksoy, geb. 14.08.1992, Zahnmedizinische Fachangestellte
  Nettoeinkommen: 2.310 EUR, Ehemann 3.050 EUR
  Leasingrate: 389 EUR, Sonderzahlung 3.000 EUR
  Wohnsitz: Frankfurter Str. 90, 53840 Troisdorf

Können Sie die eVB und die GAP-Bestätigung bis Donnerstag schicken? Die Kundin
möchte die Kasko mit SB 300/150.

Danke
Ralf Pohl
Autohaus Kessler GmbH
"""
    return ('CONFIDENTIAL', 'de', 'company',
            'dealer forwards named leasing customer with birth date, income of her and husband, address',
            M('Peter Rambach <peter.rambach@brueckenstein.example>',
              'Autohaus-Service <autohaus-service@brueckenstein.example>',
              'WG: GAP + eVB Aksoy',
              'Bitte eVB und GAP-Bestätigung an Herrn Pohl, Vollkasko 300/150.\n\n'
              '-----Ursprüngliche Nachricht-----\nVon: Ralf Pohl <r.pohl@autohaus-kessler.example>\n\n' + body))


def m122():
    body = """Hallo,

Bergungsbericht zu Auftrag 25-0388 (Ihr Schaden KS-2025-0321-1190):

Einsatz 21.03.2025, 02:10 Uhr, B 8 Höhe Hennef-Uckerath. Fahrzeug VW Golf R,
SU-PG 999, im Graben auf dem Dach. Fahrer (Pascal Grewe laut Polizei) war bei
unserem Eintreffen schon im RTW, Notarzt vor Ort, Kopfplatzwunde und Verdacht auf
Wirbelsäulenverletzung, Transport ins Klinikum Siegburg. Polizei hat im Fahrzeug
eine angebrochene Flasche Wodka sichergestellt und eine Blutprobe angeordnet, das
hat der Beamte uns so gesagt.

Bergung mit Kran, Fahrzeug bei uns auf dem Sicherstellungsplatz (Beschlagnahme
durch StA, keine Herausgabe ohne Freigabe).

Rechnung: Bergung 980 EUR, Standgeld 18 EUR/Tag ab 22.03.

Gruß
Abschleppdienst Kremer, Disposition
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'company',
            'towing report: named driver head wound, suspected spinal injury, blood sample ordered, vehicle seized',
            M('Tobias Wendler <tobias.wendler@brueckenstein.example>',
              'Jens Hartkopf <jens.hartkopf@brueckenstein.example>',
              'WG: Bergungsbericht 25-0388 Grewe',
              'Jens, vermutlich wieder einer für dich. Ich fordere die Akte an.\n\n'
              '-----Ursprüngliche Nachricht-----\nVon: Abschleppdienst Kremer <dispo@kremer-abschlepp.example>\n\n'
              + body, charset='iso-8859-1',
              date='Fri, 21 Mar 2025 10:15:00 +0100'))


def m123():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Brueckenstein//Outlook Export//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:werkstattnetz-q2-2025@brueckenstein.example
DTSTAMP:20250320T101500Z
DTSTART;TZID=Europe/Berlin:20250408T100000
DTEND;TZID=Europe/Berlin:20250408T113000
SUMMARY:Abstimmung Werkstattnetz Q2: Kapazitäten Hagelsaison\\, neue Partner
LOCATION:Teams
DESCRIPTION:Agenda: 1. Auslastung Partnerwerkstätten Q1\\, 2. Hagel-
 Notfallplan (mobile Drückzentren)\\, 3. Aufnahme Lackzentrum Unterelbe\\,
 4. Festpreise Glas
ORGANIZER;CN=Uwe Sandkühler:mailto:uwe.sandkuehler@brueckenstein.example
END:VEVENT
END:VCALENDAR
"""
    return ('NORMAL', 'de', 'internal',
            'trap: calendar invite about workshop network capacity',
            M('Uwe Sandkühler <uwe.sandkuehler@brueckenstein.example>',
              'Schadensteuerung <schadensteuerung@brueckenstein.example>',
              'Einladung: Abstimmung Werkstattnetz Q2',
              'Hallo zusammen, Termin anbei. Gruß Uwe\n',
              att=[Att('Werkstattnetz_Q2.ics', ics)],
              date='Thu, 20 Mar 2025 11:15:00 +0100'))


def m124():
    body = """Dear Mr Haddad,

thank you for sending the link to your dashcam recording of the collision on
Eschersheimer Landstraße on 19 March (your claim KS-2025-0319-2280, policy
KF-5120-8834). The video clearly shows the other driver (Opel Insignia,
F-RT 4120) changing lanes without indicating.

We have forwarded the relevant 40 seconds to the other driver's insurer and asked
for full acceptance of liability. Please keep the original file until the claim
is closed, and do not post it online, as it shows other people's faces and plates.

Kind regards
Tobias Wendler
Motor Claims
"""
    return ('CONFIDENTIAL', 'en', 'insurer-to-customer',
            'named customer: dashcam evidence, claim and policy numbers, plate of other driver',
            M('Tobias Wendler <tobias.wendler@brueckenstein.example>',
              'Nabil Haddad <nabil.haddad@mailbox-main.example>',
              'Your dashcam video - claim KS-2025-0319-2280', body,
              date='Mon, 24 Mar 2025 14:00:00 +0100'))


def m125():
    body = """Hallo Herr Rambach,

wir sind eine Fahrschule mit drei Standorten im Rhein-Sieg-Kreis und bilden im
Jahr rund 600 Fahrschülerinnen und Fahrschüler aus. Wir hätten Interesse an einer
Kooperation: Wir legen Ihren FahrFair-Flyer in die Theorieräume, und Ihre
Kunden bekommen bei uns 10 % auf ein Fahrsicherheitstraining nach der Prüfung.

Ginge das? Und gibt es dafür eine Vergütung bzw. wie ist das rechtlich, wir sind
ja keine Vermittler.

Viele Grüße
Birgit Hallstein
Fahrschule Hallstein GmbH
"""
    reply = """Hallo Frau Hallstein,

vielen Dank für die Idee, das passt gut zu unserem Fahranfänger-Schwerpunkt.
Flyer und ein Aufsteller kommen gern kostenlos zu Ihnen. Eine Vergütung pro
Abschluss dürfen wir ohne Vermittlerregistrierung nicht zahlen; möglich ist aber
ein Sponsoring Ihrer Fahrsicherheitstrainings. Ich rufe Sie nächste Woche an.

Viele Grüße
Peter Rambach

"""
    return ('NORMAL', 'de', 'insurer-to-company',
            'trap: driving school proposes cooperation on young-driver tariff, no personal data',
            M('Peter Rambach <peter.rambach@brueckenstein.example>',
              'Birgit Hallstein <info@fahrschule-hallstein.example>',
              'AW: Kooperation Fahrschule / FahrFair',
              reply + 'Von: Birgit Hallstein <info@fahrschule-hallstein.example>\n'
              'Gesendet: Montag, 24. März 2025 09:12\n\n' + body,
              date='Tue, 25 Mar 2025 10:30:00 +0100'))

def m126():
    body = """Liebe Kolleginnen und Kollegen,

in den letzten Wochen haben wir mehrfach gesehen, dass Arztberichte, Atteste und
Blutalkoholgutachten aus Kfz-Schäden per normaler E-Mail an Anwälte und
Sachverständige verschickt wurden. Zur Erinnerung:

1. Gesundheitsdaten (auch: Verletzungen, Medikamente, BAK-Werte, MPU-Ergebnisse)
   und Angaben zu Strafverfahren sind besonders schutzbedürftig.
2. Solche Unterlagen gehen nur über das SecureMail-Portal oder mit dem Betreff-
   Kennzeichen [streng vertraulich] raus.
3. In der Betreffzeile keine Diagnosen und keine Namen der Geschädigten.
4. Weiterleitungen an Sammelpostfächer nur, wenn nötig - und dann ohne
   Anhänge, wenn die Kollegen ohnehin Zugriff auf die Akte haben.

Fragen gern an datenschutz@brueckenstein.example.

Katrin Vogelsang
Datenschutzbeauftragte
"""
    return ('NORMAL', 'de', 'internal',
            'trap: data-protection reminder naming health and criminal data categories, no case',
            M('Katrin Vogelsang <katrin.vogelsang@brueckenstein.example>',
              'Kfz-Schaden alle <kfz-schaden-alle@brueckenstein.example>',
              'Erinnerung: Gesundheitsdaten und Strafverfahren nur verschlüsselt versenden', body))


def m127():
    body = """hallo,

mein auto wurde heute morgen aufm Parkplatz vom Bahnhof Troisdorf angefahren,
Fahrerflucht!! Die Dashcam hat aber alles aufgenommen, man sieht das
Kennzeichen vom anderen (SU-XX 1234 oder so, muss ich nochmal genau gucken).
Polizei hab ich angerufen, Anzeige ist gemacht, Tagebuchnr. 0325-TR-4410/25.

mein auto: Mazda 3, SU-LK 312, Vertrag KH-4417-2201-93
Schaden vorne links Kotflügel und Stoßstange

was brauchen sie von mir? Video ist 200 MB

Lukas Kirsch
"""
    reply = """Hallo Herr Kirsch,

danke, das ist ärgerlich. Wir haben den Schaden unter KS-2025-0325-3312 angelegt.
Das Video laden Sie bitte über den Link hoch, den Sie gleich per SMS bekommen.
Sobald die Polizei den Halter ermittelt hat, holen wir uns das Geld von dessen
Versicherung. Bis dahin können Sie über Ihre Vollkasko reparieren lassen.

Viele Grüße
Ben Okoye
Kfz-Schaden

"""
    return ('CONFIDENTIAL', 'de', 'insurer-to-customer',
            'named customer: hit-and-run by unknown third party on his parked car, plate, policy, police reference',
            M('Ben Okoye <ben.okoye@brueckenstein.example>',
              'Lukas Kirsch <lukas.kirsch@troisdorf-mail.example>',
              'AW: Unfallflucht Bahnhof Troisdorf',
              reply + '-----Ursprüngliche Nachricht-----\n' + body))


def m128():
    body = """Hi Lisa,

Crash alert CA-2025-0327-0009 (policy KF-8810-2275, driver Marvin Scholz, VW Polo
BN-MS 2405):

  27 Mar 2025 06:12:41 local, A565 direction Bonn, near AS Bonn-Endenich
  impact 11.8 g, speed before impact 96 km/h, vehicle stationary after 3 s
  no response in app within 30 s -> emergency call placed 06:13:20
  112 dispatcher reports: driver unconscious, breathing, airlifted to
  Universitätsklinikum Bonn

Our agent spoke to his mother at 08:30 (emergency contact in app).

Gruß, Ravi (DriveSense-Schnittstelle)

---

Hallo Lisa,

ich habe die Daten oben aus dem DriveSense-Dashboard rauskopiert. Herr Scholz ist
laut Mutter in der Nacht am Kopf operiert worden (Schädel-Hirn-Trauma, künstliches
Koma). Bitte Schaden anlegen und Fahrerschutz prüfen - er hat den Baustein.
Ich habe der Mutter gesagt, dass wir uns erst in ein paar Tagen melden.

Ravi
"""
    return ('STRICTLY_CONFIDENTIAL', 'mixed', 'internal',
            'EN crash alert plus DE note: named driver unconscious, traumatic brain injury, surgery, induced coma',
            M('Ravi Sharma <ravi.sharma@brueckenstein.example>',
              'Lisa Marquardt <lisa.marquardt@brueckenstein.example>',
              'Crash alert CA-2025-0327-0009 - bitte Schaden anlegen', body,
              cc='Frank Ostermeier <frank.ostermeier@brueckenstein.example>',
              date='Thu, 27 Mar 2025 09:05:00 +0100'))


def m129():
    body = """Dear repair partners,

Technical bulletin TB-2025-04 (ADAS calibration after windscreen and bumper work)

From 1 May 2025 we will only pay for ADAS calibration if the repair invoice
includes:
- the calibration report exported from the diagnostic tool (PDF),
- the method used (static, dynamic or both) as required by the manufacturer,
- the target board/position data and the wheel alignment values before
  calibration.

Reference times we accept (net, per vehicle):

  Front camera static               0.8 h
  Front camera dynamic              0.5 h + test drive
  Radar sensor front (ACC)          1.0 h
  Blind-spot radar rear (pair)      1.2 h
  360 degree camera system          1.5 h

Dynamic calibration without a report will be treated as not carried out.

Kind regards
Uwe Sandkühler
Claims Steering / Partner Workshops
"""
    return ('NORMAL', 'en', 'insurer-to-supplier',
            'trap: technical bulletin and reference times for ADAS calibration',
            M('Uwe Sandkühler <uwe.sandkuehler@brueckenstein.example>',
              'partnerwerkstaetten@brueckenstein.example',
              'TB-2025-04: ADAS calibration - documentation and reference times', body))


def m130():
    body = """Hi Lisa,

quick one. We received a speeding notice (Anhörungsbogen) for the pool car
M-AS 4412 - 27 km/h over the limit in town, Garching, 4 March, 17:51. The photo
clearly shows our colleague Jonas Freiberger driving. I've filled in his details
on the form and sent it back to the authority; he expects a fine of about EUR 180
and one point in Flensburg.

Does anything change on our fleet policy? And do we have to tell you about this
kind of thing generally? He's a good driver otherwise.

Thanks
Jessica Moore
Aldana Software GmbH
"""
    reply = """Hi Jessica,

no, a speeding fine has no effect on the fleet policy and you don't need to
report fines to us. Only accidents and driving bans/licence withdrawals of
named drivers matter, because then the person may not drive the pool cars.

Best
Lisa

"""
    return ('CONFIDENTIAL', 'en', 'insurer-to-company',
            'fleet manager names employee with administrative speeding fine, pool car plate and fleet policy',
            M('Lisa Marquardt <lisa.marquardt@brueckenstein.example>',
              'Jessica Moore <j.moore@aldana-software.example>',
              'RE: Speeding notice pool car M-AS 4412',
              reply + '-----Original Message-----\n' + body))


def m131():
    body = """Sehr geehrter Herr Brückmann,

wir haben die Prüfung Ihres Vollkaskoschadens vom 30.01.2025 (KS-2025-0130-2261,
Vertrag KH-6604-3319-02, Opel Insignia SU-HB 4433) abgeschlossen.

Aus dem von der Staatsanwaltschaft beigezogenen toxikologischen Gutachten ergibt
sich, dass in Ihrer Blutprobe Tilidin (86 ng/ml) und Nortilidin sowie Pregabalin
nachgewiesen wurden. Sie haben uns gegenüber erklärt, diese Medikamente seit
Ihrem Bandscheibenvorfall 2023 wegen chronischer Rückenschmerzen nach ärztlicher
Verordnung einzunehmen, am Unfalltag aber die Dosis wegen starker Schmerzen
eigenmächtig verdoppelt zu haben. Im Beipackzettel beider Präparate wird auf die
Beeinträchtigung der Fahrtüchtigkeit ausdrücklich hingewiesen.

Wir werten das Herbeiführen des Unfalls (Abkommen von der Fahrbahn bei
Sekundenschlaf) als grob fahrlässig im Sinne von § 81 Abs. 2 VVG. Unter
Berücksichtigung aller Umstände kürzen wir die Leistung um 50 %:

  Reparaturkosten lt. Gutachten     9.880,00 EUR
  abzgl. SB                          -500,00 EUR
  davon 50 %                         4.690,00 EUR

Gegen diese Entscheidung können Sie sich an den Versicherungsombudsmann wenden.

Mit freundlichen Grüßen
Melanie Okafor
Teamleitung Kfz-Schaden
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
            'claim reduction: named customer with opioid and pregabalin in blood, disc prolapse, chronic pain',
            M('Melanie Okafor <melanie.okafor@brueckenstein.example>',
              'Helmut Brückmann <h.brueckmann@siegtal-post.example>',
              'Entscheidung zu Ihrem Schaden KS-2025-0130-2261', body))


def m132():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Brueckenstein//Outlook Export//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:jahresgespraech-kessler-2025@brueckenstein.example
DTSTAMP:20250326T140000Z
DTSTART;TZID=Europe/Berlin:20250415T140000
DTEND;TZID=Europe/Berlin:20250415T160000
SUMMARY:Jahresgespräch Autohaus Kessler 2025
LOCATION:Autohaus Kessler\\, Hürth
DESCRIPTION:Themen: eVB-Umstellung B9\\, Händlerportal\\, Schulung
 Verkaufsberater Kfz-Versicherung\\, Zielvereinbarung 2025.
ORGANIZER;CN=Peter Rambach:mailto:peter.rambach@brueckenstein.example
ATTENDEE;CN=Ralf Pohl:mailto:r.pohl@autohaus-kessler.example
END:VEVENT
END:VCALENDAR
"""
    return ('NORMAL', 'de', 'insurer-to-company',
            'trap: annual meeting invitation with car dealer (ICS), no customer data',
            M('Peter Rambach <peter.rambach@brueckenstein.example>',
              'Ralf Pohl <r.pohl@autohaus-kessler.example>',
              'Jahresgespräch 15.04.',
              'Hallo Herr Pohl,\n\nwie besprochen der Termin. Bis dann!\n\nPeter Rambach\n',
              att=[Att('Jahresgespraech_Kessler.ics', ics)],
              date='Wed, 26 Mar 2025 15:00:00 +0100'))


def m133():
    body = """Welcome to your customer portal!

Your one-time code to finish your registration is:

    481 207

The code is valid for 10 minutes. Do not share it with anyone - our staff will
never ask you for it.

If you did not try to register, you can ignore this message.

Brueckenstein Versicherung AG
https://mein.brueckenstein.example
"""
    return ('NORMAL', 'en', 'insurer-to-customer',
            'trap: customer portal one-time code, no personal data',
            M('My Brückenstein <noreply@brueckenstein.example>',
              'erik.lindqvist@nordic-mail.example',
              'Your registration code', body, cte='7bit'))


def m134():
    csvt = """Schaden-Nr.;Datum;Art;Fahrer;Kennzeichen;Zahlung EUR;Reserve EUR;Status
KS-2023-0911-0420;11.09.2023;KH Sachschaden;Stefanie Albers;BN-SA 512;2.140,00;0,00;abgeschlossen
KS-2024-0302-1187;02.03.2024;VK Parkschaden;Stefanie Albers;BN-SA 512;1.380,50;0,00;abgeschlossen
KS-2024-1021-3390;21.10.2024;TK Glas;Stefanie Albers;BN-SA 512;629,00;0,00;abgeschlossen
KS-2025-0119-0038;19.01.2025;KH Sachschaden;Johannes Albers;BN-SA 512;0,00;3.800,00;offen
"""
    z = zipf([('Schadenhistorie_Albers_KH-2019-5532-40.csv', csvt.encode('cp1252'))])
    body = """Sehr geehrter Herr Hofmann,

wie gewünscht die Schadenhistorie Ihrer Kundin für das Jahresgespräch, als ZIP
(Ihr Virenscanner blockt CSV-Anhänge).

Mit freundlichen Grüßen
Sabine Lüdecke
Kfz-Vertrag
"""
    return ('CONFIDENTIAL', 'de', 'insurer-to-broker',
            'ZIP with CSV claims history of a named customer and her son as driver, plate, amounts',
            M('Sabine Lüdecke <sabine.luedecke@brueckenstein.example>',
              'Bernd Hofmann <b.hofmann@hofmann-versicherungsmakler.example>',
              'Schadenhistorie KH-2019-5532-40', body,
              att=[Att('Schadenhistorie.zip', z)]))


def m135():
    body = """Dear Julien,

large loss notification under the motor XL treaty 2025 (retention EUR 1m):

  Our reference:     KS-2025-0327-0009
  Date of loss:      27 March 2025
  Insured/driver:    Marvin Scholz (22), VW Polo, single-vehicle accident on the
                     A565 near Bonn after a collision with a lorry's lost load
                     (third-party liability of the haulier under investigation)
  Injured:           the driver himself (driver's personal protection cover
                     up to EUR 12m) - severe traumatic brain injury, decompressive
                     craniectomy, induced coma; C6 fracture, tetraplegia cannot
                     yet be ruled out
  Initial reserve:   EUR 2.4m (gross), pending medical prognosis
  Recovery prospect: against the haulier's liability insurer, under review

We will update you after the first medical report, expected within 6 weeks.

Best regards
Frank Ostermeier
Bodily Injury / Large Losses Motor
"""
    return ('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
            'reinsurer large-loss notice: named driver with severe TBI, craniectomy, possible tetraplegia',
            M('Frank Ostermeier <frank.ostermeier@brueckenstein.example>',
              'Julien Marchetti <j.marchetti@alpine-re.example>',
              'Large loss notification - motor XL 2025 - KS-2025-0327-0009', body,
              date='Mon, 31 Mar 2025 11:00:00 +0200'))


def m136():
    body = """Guten Tag,

für unsere Präventionstage "Fit am Steuer" bei Flottenkunden bestellen wir:

Pos. 1  Rauschbrillen-Set (0,5 / 0,8 / 1,3 Promille, Tag- und Nachtversion)  6 Sets
Pos. 2  Drogen-Simulationsbrille "Cannabis"                                   4 Stk
Pos. 3  Reaktionstestgerät mit Software                                       2 Stk
Pos. 4  Aufsteller "Müde? Pause!" DIN A1                                     10 Stk

Lieferung bis 25.04. an Kfz-Prävention, Tor 3. Bestell-Nr. 4500195112.

Mit freundlichen Grüßen
Nadine Gerlach
Einkauf
"""
    return ('NORMAL', 'de', 'insurer-to-supplier',
            'trap: purchase order for drunk-goggles and drug-simulation glasses for prevention days',
            M('Nadine Gerlach <nadine.gerlach@brueckenstein.example>',
              'Bestellung <bestellung@praeventionsshop.example>',
              'Bestellung 4500195112 Rauschbrillen / Präventionstag', body,
              date='Tue, 08 Apr 2025 09:40:00 +0200'))


def m137():
    body = """Sehr geehrte Damen und Herren,

wir vertreten Herrn Dariusz Mazur, Bonn, dessen Fahrzeug am 24.03.2025 in
Königswinter von einem Pkw mit dem Kennzeichen SU-FE 318 beschädigt wurde
(Sachschaden, keine Verletzten). Der Zentralruf der Autoversicherer hat uns Ihr
Haus als Haftpflichtversicherer benannt.

Wir bitten um Mitteilung der Versicherungsscheinnummer und um Bestätigung, dass
Versicherungsschutz für den Halter, Herrn Florian Eckes, besteht. Die Schaden-
unterlagen (Gutachten, Fotos) reichen wir nach.

Mit freundlichen Grüßen
Roth & Albers Rechtsanwälte PartGmbB
i. A. Sophie Roth, Rechtsanwältin
"""
    reply = """Sehr geehrte Frau Roth,

für das Fahrzeug SU-FE 318 (Halter Herr Florian Eckes) besteht bei uns
Kfz-Haftpflichtversicherungsschutz unter dem Vertrag KH-3318-0412-66. Den
Schaden haben wir unter KS-2025-0324-4108 angelegt.

Mit freundlichen Grüßen
Ben Okoye
Kfz-Schaden

"""
    return ('CONFIDENTIAL', 'de', 'insurer-to-lawyer',
            'claimant lawyer: named holder confirmed as insured with policy number, property damage only',
            M('Ben Okoye <ben.okoye@brueckenstein.example>',
              'Sophie Roth <roth@roth-albers.example>',
              'AW: Mazur ./. Eckes - Anfrage Deckung SU-FE 318',
              reply + '-----Ursprüngliche Nachricht-----\n' + body,
              date='Thu, 27 Mar 2025 10:00:00 +0100'))


def m138():
    body = """Sehr geehrter Herr Hartkopf,

im Auftrag unseres Mandanten, Herrn Timo Stratmann, übersenden wir das Ergebnis
der medizinisch-psychologischen Untersuchung vom 18.03.2025 (Fragestellung:
Betäubungsmittel, Amphetamin).

Das Gutachten kommt zu einem negativen Ergebnis: Zwar seien die vier Urin-
Screenings seit Dezember 2024 negativ, der Abstinenzzeitraum von vier Monaten
reiche aber für eine stabile Verhaltensänderung nicht aus; zudem habe Herr
Stratmann gelegentlichen Cannabiskonsum am Wochenende eingeräumt und die
Gefährlichkeit des Mischkonsums bagatellisiert. Empfohlen wird ein 12-monatiges
Abstinenzprogramm mit Kurs zur Wiederherstellung der Fahreignung (§ 70 FeV).

Unser Mandant wird damit frühestens 2026 wieder eine Fahrerlaubnis erhalten und
ist als Auslieferungsfahrer ohne Einkommen (ALG I ca. 1.240 EUR). Wir bitten daher,
die Regressforderung von 5.000 EUR bis zum 31.12.2025 zu stunden.

Mit freundlichen Grüßen
Dr. Imke Albers
Rechtsanwältin
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'lawyer',
            'lawyer sends negative MPU result (amphetamine, cannabis use) of named client, unemployment benefit',
            M('Jens Hartkopf <jens.hartkopf@brueckenstein.example>',
              'Melanie Okafor <melanie.okafor@brueckenstein.example>',
              'WG: Stratmann - MPU negativ, Stundungsantrag',
              'Melanie, ich würde bis 31.12. stunden, ohne Zinsverzicht. Einverstanden?\n\n'
              '-----Ursprüngliche Nachricht-----\nVon: Dr. Imke Albers <albers@roth-albers.example>\n\n' + body))


def m139():
    rows = [
        ['Branche', 'Flotten', 'Fahrzeuge', 'Schadenhäufigkeit', 'Schadenquote', 'Ø Schaden EUR'],
        ['Logistik/Transport', 42, 3180, 0.44, '74 %', 3920],
        ['Bau/Handwerk', 61, 1420, 0.31, '63 %', 3410],
        ['Pflege/soziale Dienste', 18, 690, 0.55, '86 %', 2280],
        ['IT/Dienstleistung', 37, 880, 0.22, '47 %', 3050],
        ['Handel', 29, 1010, 0.35, '61 %', 2960],
        ['Autovermietung/Abo', 6, 2240, 0.38, '70 %', 4110],
    ]
    body = """Hallo Aylin,

für die Tarifrunde die Flottenauswertung 2024 nach Branchen, anbei als Tabelle.
Keine Einzelflotten, Branchen mit < 5 Flotten sind unter "Handel" zusammengefasst.

Auffällig: Pflegedienste haben die höchste Frequenz (viele kurze Fahrten,
Parken unter Zeitdruck), aber niedrige Durchschnittsschäden.

Gruß
Controlling Schaden
"""
    return ('NORMAL', 'de', 'internal',
            'trap: fleet loss report by industry, aggregated, no fleet or driver named',
            M('Controlling Schaden <controlling-schaden@brueckenstein.example>',
              'Aylin Demirci <aylin.demirci@brueckenstein.example>',
              'Flottenauswertung 2024 nach Branchen', body,
              att=[Att('Flotten_Branchen_2024.xlsx', xlsx(rows, 'Branchen'))]))


def m140():
    body = """Hi Lisa,

new business request for a client of ours, young driver:

  Name:            Noah Brandstätter
  DOB:             21 November 2006
  Address:         c/o parents, Kaiser-Friedrich-Ring 14, 65185 Wiesbaden
  Licence:         class B since 2 December 2024 (BF17 since 2023)
  Car:             VW up! 1.0, first registered 2019, to be registered in his
                   mother's name (Dr. Katharina Brandstätter), he is main driver
  Mileage:         8,000 km p.a., garage at home

He's willing to use FahrFair. Can you quote with and without telematics, and with
the mother as policyholder vs him as policyholder? The mother has SF 22 on her
own car with you (KH-5501-8820-12).

Thanks
Mark Fenwick
Fleet Risk Partners GmbH
"""
    return ('CONFIDENTIAL', 'en', 'broker',
            'broker request: named young driver with DOB, address, licence dates, mother named with policy',
            M('Lisa Marquardt <lisa.marquardt@brueckenstein.example>',
              'Kfz-Vertrag Tarifierung <kfz-tarif@brueckenstein.example>',
              'FW: Quote young driver Brandstätter',
              'Bitte 4 Varianten rechnen, Antwort an Herrn Fenwick.\n\n'
              '-----Original Message-----\nFrom: Mark Fenwick <m.fenwick@fleetrisk-partners.example>\n\n' + body))


def m141():
    inner = M('Dr. med. Jörg Pannenbecker <praxis@hausarzt-pannenbecker.example>',
              'Regina Holtkamp <regina.holtkamp@bergpost.example>',
              'Bescheinigung für Ihren Vater',
              """Sehr geehrte Frau Holtkamp,

wie besprochen die Bescheinigung für die Versicherung Ihres Vaters.

Herr Alfred Holtkamp, geb. 19.05.1939, erlitt am 02.02.2025 einen ischämischen
Schlaganfall im Versorgungsgebiet der rechten A. cerebri posterior (I63.5) mit
verbliebener homonymer Hemianopsie nach links. Nach den Begutachtungsleitlinien
ist die Fahreignung bei diesem Gesichtsfeldausfall dauerhaft nicht gegeben. Ich
habe Herrn Holtkamp und Sie hierüber am 10.03.2025 aufgeklärt.

Mit freundlichen Grüßen
Dr. med. J. Pannenbecker
Facharzt für Allgemeinmedizin
""", date='Wed, 12 Mar 2025 12:40:03 +0100',
              msgid='<a17f2c.20250312@hausarzt-pannenbecker.example>')
    body = """Hallo Sabine,

die Tochter von Herrn Holtkamp (KH-0412-7719-03) hat uns die Mail des Hausarztes
weitergeleitet (anbei). Sie will den Vertrag beenden und das Auto verkaufen. Sie
hat eine Betreuungsvollmacht. Kannst du die Kündigung zum Verkaufsdatum vormerken?

Danke, Lisa
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'doctor',
            'forwarded message/rfc822: GP certificate on named elderly driver, stroke I63.5, hemianopia, unfit to drive',
            M('Lisa Marquardt <lisa.marquardt@brueckenstein.example>',
              'Sabine Lüdecke <sabine.luedecke@brueckenstein.example>',
              'Holtkamp KH-0412-7719-03 - Kündigung wg. Verkauf', body,
              att=[Att('Bescheinigung für Ihren Vater.eml', inner)]))


def m142():
    body = """PRESS RELEASE

Brückenstein: one in three young drivers now chooses telematics

Cologne, 2 April 2025 - One in three new customers under 25 at Brückenstein
Versicherung AG now chooses the FahrFair telematics tariff. Since the earn-back
period was shortened to six months on 1 April, the share has risen further.

"Young drivers want to be judged on how they drive, not on their date of birth,"
says Daniel Brettschneider, head of telematics products. Across the portfolio,
drivers in the best score band have less than half as many claims as those in the
lowest band.

The app also offers automatic crash detection, which alerted the rescue services
in 17 cases in January 2025 alone.

Media contact: Julia Neuhaus, presse@brueckenstein.example, +49 221 555 1001
"""
    return ('NORMAL', 'en', 'insurer-to-partner',
            'trap: press release on telematics uptake among young drivers',
            M('Julia Neuhaus <julia.neuhaus@brueckenstein.example>',
              'International trade press <intl-press@brueckenstein.example>',
              'Press release: one in three young drivers chooses telematics', body,
              date='Wed, 02 Apr 2025 09:00:00 +0200'))


def m143():
    body = """Hi there

sorry my german is not good. This morning my car wont start and the mechanic
at the garage said a marten bit through cables in engine, the ignition cable
and the hose for washer water. Cost is 412,80 euro. He says this is insured in
"Teilkasko"?? My car is Renault Clio, BN-AC 911, policy is KH-3021-6617-55.

I can send the bill. Thank you!!
Ana Costa
"""
    reply = """Dear Ms Costa,

yes - marten bites and the resulting damage to cables and hoses are covered under
your partial cover (Teilkasko) up to EUR 3,000, with your deductible of EUR 150.
Please send us the invoice as a photo or PDF by replying to this mail; we will pay
EUR 262.80 to your account on file.

Claim number: KS-2025-0403-1004

Kind regards
Ben Okoye
Motor Claims

"""
    return ('CONFIDENTIAL', 'en', 'insurer-to-customer',
            'named customer: marten-bite partial-cover claim, plate, policy and claim number',
            M('Ben Okoye <ben.okoye@brueckenstein.example>',
              'Ana Costa <ana.costa@ptmail-bonn.example>',
              'RE: marten damage my car',
              reply + '-----Original Message-----\n'
              + body,
              date='Thu, 03 Apr 2025 10:45:00 +0200'))


def m144():
    body = """Dear Sir or Madam,

Subrogation claim under Article 85 of Regulation (EC) No 883/2004

Our insured:     Mr Sander Vermeulen, born 30-06-1974, Nijmegen
Your insured:    vehicle registration KLE-RB 404 (Germany)
Date of accident: 9 February 2025, Kranenburg (DE)

Our insured, a cyclist, was struck by your insured's vehicle and sustained a
tibial plateau fracture (S82.1) and a rib fracture. He was treated at the
Radboudumc Nijmegen (open reduction and internal fixation, 5 days inpatient) and
has since received physiotherapy.

We have paid the following costs and claim reimbursement:

  Hospital treatment Radboudumc      EUR 14,882.40
  Ambulance transport                EUR    912.00
  Physiotherapy (18 sessions)        EUR    648.00
  Medical aids (crutches, brace)     EUR    236.50
  Total                              EUR 16,678.90

Invoices and the discharge letter are enclosed. Please pay to IBAN
NL34 ABNA 0518 2290 44, reference SUB-2025-00871.

Yours faithfully
Recovery Department
Zorgverzekeraar Maasland N.V.
"""
    return ('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
            'Dutch health insurer subrogation: named cyclist with birth date, tibial plateau fracture, hospital costs',
            M('Emily Carter <emily.carter@brueckenstein.example>',
              'Frank Ostermeier <frank.ostermeier@brueckenstein.example>',
              'FW: Subrogation claim SUB-2025-00871 - Vermeulen / KLE-RB 404',
              'Frank, fits with our liability file KS-2025-0209-0771. OK to pay after check of the '
              'invoices?\n\n-----Original Message-----\n'
              'From: Recovery Department <recovery@maasland-zorg.example>\n\n' + body))


def m145():
    body = """Sehr geehrte Partnerwerkstätten,

am Samstag, 12.04.2025, von 06:00 bis 14:00 Uhr ist das Brückenstein
Werkstattportal wegen eines Updates nicht erreichbar. In dieser Zeit können keine
Kostenvoranschläge hochgeladen und keine Freigaben abgerufen werden.

Neu nach dem Update:
- Upload von Kalibrierprotokollen (PDF) direkt am Auftrag
- Statusampel für Ersatzteil-Lieferzeiten
- Rechnungsprüfung: Rückmeldung innerhalb von 48 Stunden

Dringende Freigaben am Samstag: Hotline 0221 555 3090.

Ihre Schadensteuerung
"""
    return ('NORMAL', 'de', 'insurer-to-supplier',
            'trap: maintenance notice of the workshop portal',
            M('Schadensteuerung <schadensteuerung@brueckenstein.example>',
              'partnerwerkstaetten@brueckenstein.example',
              'Wartung Werkstattportal am 12.04.2025', body,
              date='Mon, 07 Apr 2025 10:00:00 +0200'))


def m146():
    body = """Auszug aus dem Schadenhandbuch Kfz, Kapitel 7.3 (Entwurf zur Abstimmung)

Beispiel 7.3-2: Regress bei relativer Fahruntüchtigkeit

Sachverhalt (anonymisiert): Der Versicherungsnehmer (m, 23) kommt nachts in einer
leichten Rechtskurve ohne Fremdeinwirkung von der Fahrbahn ab und beschädigt
einen Zaun. Die Blutprobe ergibt eine BAK von 0,8 Promille.

Bewertung:
- Relative Fahruntüchtigkeit liegt vor, wenn zur BAK alkoholtypische
  Ausfallerscheinungen hinzukommen. Das Abkommen in einer leichten Kurve ohne
  erkennbaren anderen Grund ist ein solches Indiz.
- Der Versicherer muss die Ausfallerscheinung und die Kausalität beweisen.
- Folge in der KH: Regress bis 5.000 EUR; in der Kasko: Kürzung nach Schwere des
  Verschuldens, in der Praxis 50-75 %.

Nicht ausreichend: bloßer Alkoholgeruch, gerötete Augen, Uhrzeit.

Kommentare bitte bis 30.04. an Dr. Salm.
"""
    return ('NORMAL', 'de', 'internal',
            'trap: anonymised example from claims manual (male, 23, BAK 0.8), no identifiers',
            M('Dr. Henrike Salm <henrike.salm@brueckenstein.example>',
              'Kfz-Schaden alle <kfz-schaden-alle@brueckenstein.example>',
              'Schadenhandbuch 7.3 Entwurf - Beispiel relative Fahruntüchtigkeit', body))


def m147():
    body = """Hallo Herr Wendler,

Schadenmeldung von uns (Nordlicht Pflegedienst GmbH, Flottenvertrag FL-0299-NLP):

Unsere Mitarbeiterin Frau Jana Petrowski ist heute früh beim Einparken vor
einem Patientenhaus in der Siegburger Lindenstraße gegen einen geparkten Fiat
Panda (SU-HE 70) gerollt. Stoßstange vom Panda eingedellt, bei unserem
Fahrzeug (Toyota Aygo X, SU-NL 14) Kratzer vorne. Die Besitzerin des Panda hat
ihre Telefonnummer hinterlassen, Frau Elke Hamacher, 0176 5550 1188.

Niemand verletzt. Bilder hänge ich nicht an, die sind auf dem Diensthandy.

Gruß
Thorsten Mahler
Fuhrpark / Verwaltung
"""
    return ('CONFIDENTIAL', 'de', 'company',
            'fleet (care service) claim: named employee driver and third-party owner with phone, plates; no patient data',
            M('Tobias Wendler <tobias.wendler@brueckenstein.example>',
              'Kfz-Schaden Flotte <kfz-schaden-flotte@brueckenstein.example>',
              'WG: Parkrempler SU-NL 14 / FL-0299-NLP',
              'Bitte anlegen, ich rufe Frau Hamacher an.\n\n'
              '-----Ursprüngliche Nachricht-----\nVon: Thorsten Mahler <fuhrpark@nordlicht-pflege.example>\n\n' + body))


def m148():
    body = """Hallo Frau Marquardt,

ich muss Ihnen leider sagen, dass ich nicht mehr Auto fahren werde. Meine
Augenärztin hat bei der Kontrolle am Montag eine feuchte Makuladegeneration am
rechten Auge festgestellt, links ist die Sehschärfe nur noch 0,3. Ich bekomme
jetzt Spritzen ins Auge (alle vier Wochen), aber sie hat gesagt, mit diesen
Werten darf ich nicht mehr fahren, auch nicht mit Brille.

Bitte beenden Sie die FahrFair-App (die zeigt sowieso seit Wochen schlechte
Werte, wahrscheinlich weil ich so unsicher gefahren bin) und sagen Sie mir, wie
ich den Vertrag KH-2290-0014-61 kündige. Das Auto (BN-GF 1944) übernimmt meine
Enkelin.

Herzliche Grüße
Gisela Faßbinder
"""
    return ('STRICTLY_CONFIDENTIAL', 'de', 'customer',
            'customer: wet macular degeneration, intravitreal injections, visual acuity 0.3, stops driving',
            M('Lisa Marquardt <lisa.marquardt@brueckenstein.example>',
              'Sabine Lüdecke <sabine.luedecke@brueckenstein.example>',
              'WG: Vertrag KH-2290-0014-61 beenden',
              'Sabine, bitte Übertragung auf Enkelin prüfen statt Kündigung (SF!). '
              'FahrFair habe ich beendet.\n\n-----Ursprüngliche Nachricht-----\n'
              'Von: Gisela Faßbinder <gisela.fassbinder@godesberg-mail.example>\n\n' + body))


def m149():
    body = """Hi team,

Easter cover for the International Desk:

  Thu 17 Apr   Emily (until 14:00), then Ben
  Fri 18 Apr   Good Friday - on-call Stefan (+49 221 555 3199)
  Mon 21 Apr   Easter Monday - on-call Ben
  Tue 22 Apr   normal service

Green Card bureau requests with deadlines in that window: please flag them in the
tracker by Wednesday so we can handle them in advance.

Happy Easter!
Emily
"""
    return ('NORMAL', 'en', 'internal',
            'trap: holiday cover rota, colleagues only',
            M('Emily Carter <emily.carter@brueckenstein.example>',
              'International Claims <intl-claims@brueckenstein.example>',
              'Easter cover International Desk', body,
              date='Mon, 14 Apr 2025 09:00:00 +0200'))


def m150():
    body = """Hi Lisa,

one more from me before Easter. My client Mr Howard Pryce (policy KF-7720-1156,
Jaguar F-Pace, K-HP 1956) had a stroke in November. He's made a good recovery
after rehab at the Godeshöhe clinic: his speech is back to normal, some weakness
in his left hand remains, and his neurologist has now confirmed in writing that he
is fit to drive again with an automatic gearbox and a steering knob (licence
codes 78 and 40.11, to be entered by the licence office next week).

Questions:
1. Is he covered during the time between the neurologist's letter and the new
   entry in the licence?
2. Does the steering knob need to be declared as a modification?
3. He'd like to go back to the FahrFair tariff he paused in November.

He's understandably nervous about all this, so a quick answer would be great.

Thanks
Mark Fenwick
Fleet Risk Partners GmbH
"""
    return ('STRICTLY_CONFIDENTIAL', 'en', 'broker',
            'broker on named client after stroke: rehab, residual hand weakness, driving aids and licence codes',
            M('Lisa Marquardt <lisa.marquardt@brueckenstein.example>',
              'Sabine Lüdecke <sabine.luedecke@brueckenstein.example>',
              'FW: Mr Pryce - back to driving after stroke',
              'Sabine, bitte 1.-3. beantworten, ich leite dann weiter. Danke!\n\n'
              '-----Original Message-----\nFrom: Mark Fenwick <m.fenwick@fleetrisk-partners.example>\n\n' + body,
              date='Wed, 16 Apr 2025 17:30:00 +0200'))


# ==========================================================================
# generation and check (no content in here)
# ==========================================================================

def build():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for n in range(1, N_MAILS + 1):
        fn = globals()['m%03d' % n]
        label, lang, kind, reason, msg = fn()
        if 'Date' not in msg:
            msg['Date'] = format_datetime(_date(n))
        if 'Message-ID' not in msg:
            msg['Message-ID'] = '<d%02d-%04d.%d@%s>' % (NN, n, SEED * 1000 + n, DOM)
        _fix_boundaries(msg, n)
        data = msg.as_bytes(policy=SMTP)
        name = 'd%02d-%04d.eml' % (NN, n)
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(data)
        rows.append((name, label, lang, kind, reason))
    with open(os.path.join(HERE, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('file\tlabel\tlang\tkind\treason\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    return rows


IBAN_LEN = {'DE': 22, 'AT': 20, 'NL': 18, 'GB': 22, 'FR': 27, 'BE': 16, 'CH': 21,
            'IT': 27, 'ES': 24, 'PL': 28, 'LU': 20, 'DK': 18}
RE_IBAN = re.compile(r'\b([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?)\b')
RE_MAIL = re.compile(r'[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)')
RE_URL = re.compile(r'(?:https?://|\bwww\.)([A-Za-z0-9.\-]+)', re.I)


def iban_ok(s):
    s = s.replace(' ', '')
    n = int(''.join(str(int(c, 36)) for c in s[4:] + s[:4]))
    return n % 97 == 1


def _xml_text(data):
    dom = minidom.parseString(data)
    out = []

    def rec(node):
        for c in node.childNodes:
            if c.nodeType == c.TEXT_NODE:
                out.append(c.data)
            else:
                rec(c)
            if c.nodeType == c.ELEMENT_NODE and c.tagName in ('w:p', 'text:p', 'row', 'c', 'table:table-cell'):
                out.append('\n' if c.tagName in ('w:p', 'text:p', 'row') else ' ')
    rec(dom)
    return ''.join(out)


def _open_blob(name, data, problems):
    """Open an attachment; return extracted text."""
    low = name.lower()
    if data[:5] == b'%PDF-':
        if not data.rstrip().endswith(b'%%EOF'):
            problems.append('%s: PDF without %%EOF' % name)
        m = re.search(rb'startxref\s+(\d+)', data)
        if not m or data[int(m.group(1)):int(m.group(1)) + 4] != b'xref':
            problems.append('%s: bad startxref' % name)
        txt = b'\n'.join(re.findall(rb'\(((?:[^()\\]|\\.)*)\) Tj', data))
        txt = re.sub(rb'\\(.)', rb'\1', txt)
        return txt.decode('cp1252')
    if data[:2] == b'PK':
        z = zipfile.ZipFile(io.BytesIO(data))
        bad = z.testzip()
        if bad:
            problems.append('%s: broken member %s' % (name, bad))
        names = z.namelist()
        texts = []
        if low.endswith('.docx'):
            need = ['[Content_Types].xml', 'word/document.xml']
        elif low.endswith('.xlsx'):
            need = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']
        elif low.endswith(('.odt', '.ods')):
            need = ['mimetype', 'content.xml', 'META-INF/manifest.xml']
        else:
            need = []
        for nd in need:
            if nd not in names:
                problems.append('%s: missing %s' % (name, nd))
        for m in names:
            b = z.read(m)
            if low.endswith(('.docx', '.xlsx', '.odt', '.ods')):
                if m.endswith('.xml') or m.endswith('.rels'):
                    try:
                        t = _xml_text(b)
                    except Exception as e:
                        problems.append('%s/%s: xml %s' % (name, m, e))
                        continue
                    if m in ('word/document.xml', 'xl/worksheets/sheet1.xml', 'content.xml'):
                        texts.append(t)
            else:
                texts.append(_open_blob(m, b, problems))
        return '\n'.join(texts)
    if low.endswith('.ics'):
        t = data.decode('utf-8')
        if not t.startswith('BEGIN:VCALENDAR') or 'END:VCALENDAR' not in t:
            problems.append('%s: not a calendar' % name)
        return t
    for enc in ('utf-8', 'cp1252'):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    problems.append('%s: undecodable' % name)
    return ''


def check():
    problems = []
    with open(os.path.join(HERE, 'labels.tsv'), encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines[0] != 'file\tlabel\tlang\tkind\treason':
        problems.append('labels.tsv: bad header')
    rows = [l.split('\t') for l in lines[1:] if l]
    counts = {}
    langs = {}
    for r in rows:
        if len(r) != 5 or not all(r):
            problems.append('labels.tsv: bad row %r' % (r,))
            continue
        counts[r[1]] = counts.get(r[1], 0) + 1
        langs[(r[1], r[2])] = langs.get((r[1], r[2]), 0) + 1
        if r[1] not in WANT:
            problems.append('%s: unknown label' % r[0])
        if r[2] not in ('de', 'en', 'mixed'):
            problems.append('%s: unknown lang' % r[0])
        if r[4].startswith('trap:') and r[1] != 'NORMAL':
            problems.append('%s: trap on a sensitive mail' % r[0])
    if counts != WANT:
        problems.append('label counts %r != %r' % (counts, WANT))
    files = sorted(os.listdir(OUT))
    expect = ['d%02d-%04d.eml' % (NN, n) for n in range(1, N_MAILS + 1)]
    if files != expect or [r[0] for r in rows] != expect:
        problems.append('file list does not match 1..%d' % N_MAILS)
    n_att = 0
    n_iban = 0
    for name in expect:
        data = open(os.path.join(OUT, name), 'rb').read()
        if data.count(b'\n') != data.count(b'\r\n') or data.count(b'\r') != data.count(b'\r\n'):
            problems.append('%s: line ends are not CRLF' % name)
        msg = BytesParser(policy=default).parsebytes(data)
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
            if msg[h] is None:
                problems.append('%s: missing %s' % (name, h))
        if msg.defects:
            problems.append('%s: defects %r' % (name, msg.defects))
        texts = []
        for part in msg.walk():
            for h in ('From', 'To', 'Cc', 'Reply-To'):
                if part[h] is not None:
                    for a in part[h].addresses:
                        if not a.domain.lower().endswith('.example'):
                            problems.append('%s: address %s' % (name, a.addr_spec))
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            fn = part.get_filename()
            if fn:
                n_att += 1
            if part.get_content_maintype() == 'text' and not (fn and fn.lower().endswith('.ics')):
                try:
                    texts.append(part.get_content())
                except Exception as e:
                    problems.append('%s: text part %s: %s' % (name, ct, e))
            else:
                blob = part.get_payload(decode=True)
                texts.append(_open_blob(fn or ct, blob, problems))
        alltext = '\n'.join(texts)
        alltext = re.sub(r'<[^>]+>', ' ', alltext) + '\n' + alltext
        for d in RE_MAIL.findall(alltext) + RE_URL.findall(alltext):
            d = d.rstrip('.').lower()
            if not d.endswith('.example'):
                problems.append('%s: domain %s' % (name, d))
        for cand in RE_IBAN.findall(alltext):
            c = cand.replace(' ', '')
            L = IBAN_LEN.get(c[:2])
            if not L or len(c) < L:
                continue
            n_iban += 1
            if not iban_ok(c[:L]):
                problems.append('%s: IBAN checksum %s' % (name, cand))
    return problems, counts, langs, n_att, n_iban


def main():
    if '--check' in sys.argv[1:]:
        problems, counts, langs, n_att, n_iban = check()
        for p in problems:
            print('PROBLEM', p)
        print('mails: %d  labels: %s' % (sum(counts.values()),
              ', '.join('%s=%d' % (k, counts.get(k, 0)) for k in WANT)))
        for k in WANT:
            print('  %-22s de=%d en=%d mixed=%d' % (k, langs.get((k, 'de'), 0),
                  langs.get((k, 'en'), 0), langs.get((k, 'mixed'), 0)))
        print('attachments opened: %d  IBANs validated: %d' % (n_att, n_iban))
        print('check %s' % ('FAILED' if problems else 'OK'))
        return 1 if problems else 0
    rows = build()
    print('wrote %d mails to %s and labels.tsv' % (len(rows), OUT))
    return 0


if __name__ == '__main__':
    sys.exit(main())
