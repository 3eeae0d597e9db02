#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus dev109 for Siegel: rehabilitation and case management around
accident, liability and disability (BU) claims of the fictitious
Weserland Versicherung AG.  All people, firms, numbers are invented.
Every mail is written by hand in its own function m001 ... m150.
Helpers only turn that content into MIME or attachment files.

    python make_corpus.py          writes mails/d109-NNNN.eml and labels.tsv
    python make_corpus.py --check  re-parses and validates everything
"""
import io
import os
import re
import sys
import zipfile
import hashlib
import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'mails')
NN = '109'
DOM = 'weserland-versicherung.example'
ZIP_TS = (2025, 1, 2, 8, 0, 0)

# ---------------------------------------------------------------- dates / ids

def _date(n, when=None):
    """when: 'YYYY-MM-DD HH:MM' written in the mail function; else derived from n."""
    if when:
        d = datetime.datetime.strptime(when, '%Y-%m-%d %H:%M')
    else:
        d = datetime.datetime(2024, 10, 7) + datetime.timedelta(days=int(n * 1.45))
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        d = d.replace(hour=7 + (n * 5) % 11, minute=(n * 17) % 60)
    summer = 4 <= d.month <= 9 or (d.month == 3 and d.day >= 30) or (d.month == 10 and d.day < 27)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return d.replace(tzinfo=tz)


def _msgid(n, d, host=DOM):
    h = hashlib.sha1(('d109-%d' % n).encode()).hexdigest()[:12].upper()
    return '<%s.%s.%04d@%s>' % (d.strftime('%Y%m%d%H%M%S'), h, n, 'mx1.' + host)

# ---------------------------------------------------------------- attachments

def _zi(name, compress=zipfile.ZIP_DEFLATED):
    zi = zipfile.ZipInfo(name, date_time=ZIP_TS)
    zi.compress_type = compress
    zi.external_attr = 0o644 << 16
    return zi


def make_zip(members):
    """members: list of (name, bytes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in members:
            z.writestr(_zi(name), data)
    return buf.getvalue()


def _x(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
             .replace('"', '&quot;'))


def make_docx(paragraphs, title='Dokument'):
    """paragraphs: list of str; a str starting with '# ' becomes a bold heading;
    a list/tuple becomes a table row (consecutive rows form one table)."""
    body = []
    table = []

    def flush():
        if table:
            rows = ''.join('<w:tr>' + ''.join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(str(c)) for c in r) + '</w:tr>' for r in table)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>%s</w:tbl>' % rows)
            del table[:]
    for p in paragraphs:
        if isinstance(p, (list, tuple)):
            table.append(p)
            continue
        flush()
        if p.startswith('# '):
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    flush()
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + ''.join(body) + '<w:sectPr/></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title></cp:coreProperties>' % _x(title))
    return make_zip([('[Content_Types].xml', ct.encode()), ('_rels/.rels', rels.encode()),
                     ('docProps/core.xml', core.encode()), ('word/document.xml', doc.encode())])


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet='Tabelle1'):
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          + ''.join(xr) + '</sheetData></worksheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return make_zip([('[Content_Types].xml', ct.encode()), ('_rels/.rels', rels.encode()),
                     ('xl/workbook.xml', wb.encode()), ('xl/_rels/workbook.xml.rels', wbrels.encode()),
                     ('xl/worksheets/sheet1.xml', sh.encode())])


def _odf(mimetype, content_xml):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        z.writestr(_zi('mimetype', zipfile.ZIP_STORED), mimetype.encode())
        z.writestr(_zi('META-INF/manifest.xml'), manifest.encode())
        z.writestr(_zi('content.xml'), content_xml.encode())
    return buf.getvalue()


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def make_odt(paragraphs):
    ps = ''.join('<text:p>%s</text:p>' % _x(p) for p in paragraphs)
    c = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s><office:body><office:text>%s'
         '</office:text></office:body></office:document-content>' % (_ODF_NS, ps))
    return _odf('application/vnd.oasis.opendocument.text', c)


def make_ods(rows, sheet='Tabelle1'):
    tr = ''.join('<table:table-row>' + ''.join(
        '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(str(v)) for v in r)
        + '</table:table-row>' for r in rows)
    c = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s><office:body><office:spreadsheet>'
         '<table:table table:name="%s">%s</table:table></office:spreadsheet></office:body></office:document-content>'
         % (_ODF_NS, _x(sheet), tr))
    return _odf('application/vnd.oasis.opendocument.spreadsheet', c)


def _pdf_str(s):
    b = s.encode('cp1252', 'replace')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def make_pdf(lines, per_page=48):
    """Simple text PDF (Helvetica, WinAnsi).  lines: list of str."""
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = []
    npages = len(pages)
    # 1 catalog, 2 pages, 3 font, then per page: page obj, content obj
    kids = ' '.join('%d 0 R' % (4 + 2 * i) for i in range(npages))
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, npages)).encode())
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    for i, pl in enumerate(pages):
        stream = [b'BT /F1 10 Tf 13 TL 56 790 Td']
        for ln in pl:
            stream.append(b'(' + _pdf_str(ln) + b') Tj T*')
        stream.append(b'ET')
        data = b'\n'.join(stream)
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (5 + 2 * i)).encode())
        objs.append(b'<< /Length %d >>\nstream\n' % len(data) + data + b'\nendstream')
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b'%d 0 obj\n' % i + o + b'\nendobj\n')
    x = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1))
    for o in offs:
        out.write(b'%010d 00000 n \n' % o)
    out.write(b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x))
    return out.getvalue()


def make_ics(events, method='REQUEST', organizer=None):
    """events: list of dicts with uid, start, end ('YYYYMMDDTHHMMSS'), summary, location, description, attendees."""
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Weserland Versicherung//Kalender//DE', 'VERSION:2.0', 'METHOD:' + method]
    for e in events:
        L += ['BEGIN:VEVENT', 'UID:' + e['uid'], 'DTSTAMP:20250101T080000Z',
              'DTSTART;TZID=Europe/Berlin:' + e['start'], 'DTEND;TZID=Europe/Berlin:' + e['end'],
              'SUMMARY:' + e['summary']]
        if e.get('location'):
            L.append('LOCATION:' + e['location'])
        if e.get('description'):
            L.append('DESCRIPTION:' + e['description'].replace('\n', '\\n'))
        if organizer:
            L.append('ORGANIZER:mailto:' + organizer)
        for a in e.get('attendees', []):
            L.append('ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:' + a)
        L.append('END:VEVENT')
    L.append('END:VCALENDAR')
    return ('\r\n'.join(L) + '\r\n').encode('utf-8')


def inner_mail(frm, to, subject, body, when, cc=None, msgid_host='example'):
    """A forwarded message (message/rfc822)."""
    m = EmailMessage(policy=policy.SMTP)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    d = datetime.datetime.strptime(when, '%Y-%m-%d %H:%M').replace(tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    m['Date'] = format_datetime(d)
    m['Message-ID'] = '<%s.%s@%s>' % (d.strftime('%Y%m%d%H%M'), hashlib.sha1(subject.encode()).hexdigest()[:8], msgid_host)
    m['MIME-Version'] = '1.0'
    m.set_content(body)
    return m

# ---------------------------------------------------------------- message builder

MIME = {
    'pdf': ('application', 'pdf'), 'csv': ('text', 'csv'), 'txt': ('text', 'plain'),
    'ics': ('text', 'calendar'), 'zip': ('application', 'zip'), 'html': ('text', 'html'),
    'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
    'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    'odt': ('application', 'vnd.oasis.opendocument.text'),
    'ods': ('application', 'vnd.oasis.opendocument.spreadsheet'),
}


def mail(n, frm, to, subject, body=None, *, cc=None, when=None, html=None, html_only=False,
         atts=(), charset='utf-8', cte=None, flowed=False, reply_to=None, irt=None,
         headers=None, mailer=None):
    """atts: list of (filename, bytes) or (filename, bytes, 'maintype/subtype') or an EmailMessage (forward)."""
    m = EmailMessage(policy=policy.SMTP)
    d = _date(n, when)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    if reply_to:
        m['Reply-To'] = reply_to
    m['Subject'] = subject
    m['Date'] = format_datetime(d)
    m['Message-ID'] = _msgid(n, d)
    if irt:
        m['In-Reply-To'] = irt
        m['References'] = irt
    m['MIME-Version'] = '1.0'
    if mailer:
        m['X-Mailer'] = mailer
    for k, v in (headers or []):
        m[k] = v
    params = {'format': 'flowed'} if flowed else None
    if html_only:
        m.set_content(html, subtype='html', charset=charset, cte=cte)
    else:
        m.set_content(body, charset=charset, cte=cte, params=params)
        if html is not None:
            m.add_alternative(html, subtype='html', charset=charset if charset != 'utf-8' else 'utf-8')
    for a in atts:
        if isinstance(a, EmailMessage):
            m.add_attachment(a)
            continue
        fn, data = a[0], a[1]
        if len(a) > 2:
            mt, st = a[2].split('/')
        else:
            mt, st = MIME[fn.rsplit('.', 1)[1].lower()]
        if mt == 'text':
            cs = a[3] if len(a) > 3 else 'utf-8'
            m.add_attachment(data.decode(cs), subtype=st, charset=cs, filename=fn, cte='base64' if cs != 'utf-8' else None)
        else:
            m.add_attachment(data, mt, st, filename=fn)
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == 'multipart':
            part.set_boundary('=_wv109_%04d_%d_b7Qz' % (n, i))
            i += 1
    return m


def W(name, addr):
    return '%s <%s>' % (name, addr)

# insurer staff
OLTMANNS = W('Katrin Oltmanns', 'katrin.oltmanns@' + DOM)        # Reha-Koordination
HUEBOTTER = W('Jens Hübotter', 'jens.huebotter@' + DOM)          # Personenschaden HV/KH
SANDERS = W('Dr. med. Ilka Sanders', 'ilka.sanders@' + DOM)      # beratende Ärztin
ROSENBROCK = W('Malte Rosenbrock', 'malte.rosenbrock@' + DOM)    # Unfall-Leistung
AYDIN = W('Sevgi Aydın', 'sevgi.aydin@' + DOM)                   # BU-Leistung
GERDES = W('Tom Gerdes', 'tom.gerdes@' + DOM)                    # Kreditoren
BRUNS = W('Heike Bruns', 'heike.bruns@' + DOM)                   # TL Personengroßschaden
STADE = W('Oliver Stade', 'oliver.stade@' + DOM)                 # IT
MEYERHOFF = W('Annika Meyerhoff', 'annika.meyerhoff@' + DOM)     # Datenschutz
DONNELLY = W('Claire Donnelly', 'claire.donnelly@' + DOM)        # International Claims
PRANGE = W('Sönke Prange', 'soenke.prange@' + DOM)               # Personal / HR
RICKLEFS = W('Wiebke Ricklefs', 'wiebke.ricklefs@' + DOM)       # Kfz-Schaden Sach
REHA_POSTFACH = W('Weserland Reha-Management', 'reha-management@' + DOM)
# case management firms and others
TAMMEN = W('Birgit Tammen', 'b.tammen@rehapfad.example')
EILERS = W('Frank Eilers', 'f.eilers@rehapfad.example')
KOWALCZYK = W('Nadine Kowalczyk', 'n.kowalczyk@rehapfad.example')
LINDQVIST = W('Katharina Lindqvist', 'k.lindqvist@rehapfad.example')
PAPE = W('Stefan Pape', 's.pape@rehapfad.example')
REHAPFAD_RE = W('RehaPfad GmbH Buchhaltung', 'rechnung@rehapfad.example')
MENKE = W('Ulrich Menke', 'info@reha-beratung-menke.example')
WHITCOMBE = W('Hannah Whitcombe', 'hannah.whitcombe@bridgeway-rehab.example')
VANAALST = W('Joost van Aalst', 'j.vanaalst@returnworks.example')

# ============================================================== mails 001-025

def m001():
    body = """Hallo Malte,

zur Info und für die Akte: der Erstbericht von RehaPfad zu Schwettmann ist
heute gekommen. Aus meiner Sicht ist das ein klarer Fall für ein längeres
Reha-Management, die Fallpauschale Stufe 3 habe ich schon freigegeben.
Bitte schau dir Punkt 4 (Wohnung) an, da kommt demnächst ein KV.

Gruß
Katrin

-----Ursprüngliche Nachricht-----
Von: Birgit Tammen <b.tammen@rehapfad.example>
Gesendet: Dienstag, 8. Oktober 2024 16:52
An: Weserland Reha-Management <reha-management@weserland-versicherung.example>
Betreff: Erstbericht Reha-Management | UL-2024-118204 | Schwettmann, Marco

Sehr geehrte Frau Oltmanns,

nach dem Erstbesuch am 04.10.2024 im BG Klinikum Nordheide (Querschnitt-
zentrum, Station Q2) übersende ich Ihnen unseren Erstbericht.

1. Stammdaten
Versicherte Person: Marco Schwettmann, geb. 14.05.1990
Anschrift: Am Kiefernweg 7, 27232 Sulingen
Unfalltag: 03.06.2024 (Sturz vom Dach, ca. 6 m, Arbeitsunfall; BG BAU ist
vorrangiger Leistungsträger, Az. der BG liegt uns vor)
Vertrag: UV 4411-208775, Progression 350 %, Reha-Management-Baustein

2. Diagnosen (lt. Entlassungsplanung der Klinik)
- LWK-1-Berstungsfraktur (S32.01), dorsale Stabilisierung Th12-L2 am 04.06.
- inkomplette Querschnittlähmung sub L1, AIS C (G82.13)
- neurogene Blasenentleerungsstörung, intermittierender Selbstkatheterismus
- Anpassungsstörung (F43.2), psychologische Mitbetreuung in der Klinik

3. Aktueller Stand
Herr Schwettmann ist im Rollstuhl selbstständig, Transfers gelingen mit
Rutschbrett. Stehen im Barren mit KAFO-Orthesen für ca. 5 Min. Laut Ober-
ärztin ist eine Gehfähigkeit über kurze Strecken mittelfristig möglich,
eine Rückkehr auf das Dach ist ausgeschlossen. Entlassung geplant KW 47.

4. Wohnsituation
Doppelhaushälfte, Eigentum, Schlafzimmer und Bad im OG, Eingang 4 Stufen.
Ohne Umbau ist eine Entlassung nach Hause nicht möglich. Ich habe mit der
Ehefrau (Jana S.) einen Termin mit dem Wohnberater der BG am 15.10.
vereinbart; parallel holen wir einen KV für Rampe und Bad im EG ein. Die
Familie denkt ernsthaft über einen Umzug nach (Eltern von Frau S. haben ein
ebenerdiges Haus in Twistringen).

5. Familie
Zwei Kinder (6 und 3 J.). Frau S. arbeitet 20 Std. im Einzelhandel, ist
derzeit krankgeschrieben (Erschöpfung). Die Großeltern übernehmen die
Kinderbetreuung. Finanziell wird es eng, Verletztengeld der BG läuft.

6. Berufliche Perspektive
Gelernter Dachdecker, seit 2016 Vorarbeiter bei der Dachdeckerei Husmann
GmbH. Der Inhaber, Herr Husmann, hat am Telefon signalisiert, dass er ihn
"auf jeden Fall halten" will (Kalkulation/Aufmaß im Büro). Meisterschule
war für 2025 geplant. Ich empfehle, die Weiterbildung zum Techniker oder
die Meisterprüfung Teil III/IV über die BG (LTA) zu prüfen.

7. Reha-Plan / nächste Schritte
- Hilfsmittelversorgung: Aktivrollstuhl (Versorgung BG), Duschrollstuhl
- Kfz: Automatik + Handbediengerät, Angebot Fa. Mobiltec folgt
- Psychologische Weiterbetreuung ambulant nach Entlassung
- Fallkonferenz mit BG-Reha-Manager, Klinik und Familie am 29.10.

Zeitaufwand bis heute: 6,5 Std. inkl. Fahrtzeit, 214 km.

Mit freundlichen Grüßen
Birgit Tammen
Reha-Managerin (Fachkrankenschwester, zert. Case Managerin DGCC)

RehaPfad GmbH – Reha- und Fallmanagement
Am Wall 118, 28195 Bremen
Tel. 0421 5567-320 | Mobil 0171 4423980
Geschäftsführer: Stefan Pape | HRB 31877 HB
"""
    return (mail(1, OLTMANNS, ROSENBROCK, 'WG: Erstbericht Reha-Management | UL-2024-118204 | Schwettmann, Marco', body,
                 when='2024-10-09 08:14', mailer='Microsoft Outlook 16.0'),
            'STRICTLY_CONFIDENTIAL', 'de', 'casemanager',
            'accident-line initial rehab report: paraplegia, ICD codes, bladder, family strain, birth date')


def m002():
    body = """Liebe Kolleginnen und Kollegen,

RehaPfad hat uns die überarbeitete Leistungsbeschreibung für 2025 geschickt
(siehe Anhang). Neu sind vor allem das Modul "Psychotrauma-Lotse" und die
Videosprechstunde beim Erstkontakt. Bitte bis zum Jour fixe am 21.11. kurz
drüberschauen, ob die Abgrenzung zu unseren eigenen Leistungen passt.

Viele Grüße
Katrin Oltmanns
Reha-Koordination | Leistung Personenversicherung
Weserland Versicherung AG, Contrescarpe 40, 28203 Bremen
"""
    pdf = make_pdf([
        'RehaPfad GmbH - Reha- und Fallmanagement',
        'Leistungsbeschreibung Reha-Management fuer Versicherer, gueltig ab 01.01.2025',
        '',
        '1. Zielgruppe',
        'Schwerverletzte nach Unfaellen (Unfall-, Kfz- und Allgemeine Haftpflichtversicherung)',
        'sowie Versicherte mit Leistungsantrag in der Berufsunfaehigkeitsversicherung.',
        'Typische Verletzungsmuster: Schaedel-Hirn-Trauma, Querschnittlaehmung, Amputationen,',
        'Polytrauma, Verbrennungen, komplexe Frakturen mit CRPS, posttraumatische Belastungsstoerung.',
        '',
        '2. Leistungsbausteine',
        'Modul A  Erstkontakt binnen 5 Werktagen, Bedarfsanalyse (ICF-orientiert)',
        'Modul B  Reha-Plan mit messbaren Zielen, Abstimmung mit Kostentraegern (BG, DRV, GKV)',
        'Modul C  Steuerung der medizinischen Reha (Akut, AHB, ambulante Therapien)',
        'Modul D  Hilfsmittel, Wohnraumanpassung, Kfz-Umruestung',
        'Modul E  Berufliche Wiedereingliederung, BEM, stufenweise Wiedereingliederung',
        'Modul F  Psychotrauma-Lotse (neu): Vermittlung traumatherapeutischer Behandlung',
        'Modul G  Angehoerigenberatung und Entlastung',
        '',
        '3. Berichtswesen',
        'Erstbericht binnen 10 Werktagen nach Erstbesuch, Zwischenberichte alle 8 Wochen,',
        'Abschlussbericht mit Zielerreichung. Uebermittlung ausschliesslich verschluesselt.',
        '',
        '4. Datenschutz',
        'Verarbeitung von Gesundheitsdaten nur auf Grundlage einer Einwilligung und',
        'Schweigepflichtentbindung der betreuten Person; Mitarbeitende nach Paragraph 203 StGB verpflichtet.',
        '',
        'Stand: Oktober 2024',
    ])
    return (mail(2, OLTMANNS, 'Team Personengroßschaden <personengrossschaden@%s>' % DOM,
                 'Leistungsbeschreibung RehaPfad 2025 – bitte bis 21.11. durchsehen', body,
                 atts=[('RehaPfad_Leistungsbeschreibung_2025.pdf', pdf)]),
            'NORMAL', 'de', 'internal',
            'trap: service description of the case-management firm, injury types and Paragraph 203 named, no person')


def m003():
    body = """Hallo Herr Menke,

danke, ist erfasst. Ab der nächsten Zahlung (Lauf am 25.10.) geht alles
auf das neue Konto:

Kontoinhaber: Ulrich Menke, Reha-Beratung
IBAN: DE40 2907 0050 3778 0138 74
BIC: (wird automatisch ermittelt)

Das alte Konto bei der Sparkasse haben wir in der Kreditorenstammsatz-
pflege auf "gesperrt" gesetzt. Bitte künftig auf jeder Honorarnote die
Kreditorennummer 7004418 angeben, dann geht es schneller.

Freundliche Grüße
Tom Gerdes
Kreditorenbuchhaltung
Weserland Versicherung AG

> Am 14.10.2024 um 10:02 schrieb Ulrich Menke:
> Sehr geehrte Damen und Herren,
> meine Bankverbindung hat sich geändert, bitte ab sofort nur noch auf
> DE40290700503778013874 überweisen. Steuernummer bleibt 60/212/04471.
> Mit freundlichen Grüßen
> Ulrich Menke
> Reha-Beratung Menke | Einzelunternehmen | Delmenhorst
"""
    return (mail(3, GERDES, MENKE, 'AW: Neue Bankverbindung', body, cte='quoted-printable', when='2024-10-15 09:20'),
            'CONFIDENTIAL', 'de', 'insurer-to-supplier',
            'sole-trader case manager: private IBAN and tax number, no patient data')


def m004():
    body = """Heike,

FYI - the Immediate Needs Assessment from Bridgeway on Mr Pryce came in
overnight. Key points below, full report attached. I'd like to approve the
recommendations up to GBP 9,500 in the first instance; that is within my
authority but given the reserve (currently EUR 1.2m) I'd rather you saw it.

Summary (my notes):
- Claimant: Gareth Pryce, DOB 11/07/1972, HGV driver, Pontypridd
- Accident 22/08/2024, A1 near Bremen, rear-ended by our insured's
  articulated lorry (Harms Logistik GmbH), claim KH-24-58340
- Injuries: open fracture of the left tibial plateau (ORIF, then ex-fix),
  pelvic ring fracture (Tile B), three rib fractures; discharged from
  Klinikum Bremen-Mitte 19/09, repatriated by air ambulance
- Now at home, non weight bearing L leg for another 6 weeks, wheelchair
  for distances, severe night-time pain, poor sleep
- Nightmares and flashbacks of the collision, avoids being a passenger;
  GP has started sertraline 50 mg; INA recommends trauma-focused CBT
- Wife (Rhian) has reduced her hours at the care home to look after him;
  their son (17) is doing his A-levels and is struggling

Recommendations of the INA:
1. Private physiotherapy 2x weekly, 12 sessions (GBP 70 each)
2. OT home assessment, bathing aids, perching stool, bed lever
3. TF-CBT with a clinical psychologist, 12 sessions (GBP 130 each)
4. Case management 6 months at GBP 105/h, est. 40 h
5. Taxi allowance for hospital appointments in Cardiff

Let me know if you want to discuss before I sign off.

Claire

Claire Donnelly
International Claims | Weserland Versicherung AG
Contrescarpe 40, 28203 Bremen, Germany
T +49 421 3303-4471
"""
    pdf = make_pdf([
        'Bridgeway Rehabilitation Services Ltd - Immediate Needs Assessment',
        'Client: Mr Gareth Pryce   DOB: 11/07/1972   Your ref: KH-24-58340',
        'Assessment date: 01/10/2024 at client home, Pontypridd',
        'Case manager: Hannah Whitcombe RGN, BABICM Registered',
        '',
        'Injuries: open L tibial plateau fracture (Schatzker VI), pelvic ring fracture, ribs 6-8 L',
        'Current: NWB left leg, pain 7/10 at night, oxycodone 5 mg PRN, sertraline 50 mg od',
        'Psychological: intrusive memories, avoidance, hypervigilance - PCL-5 score 52',
        'Home: two-storey terrace, bathroom upstairs, stairlift not feasible (narrow stairs)',
        'Family: wife Rhian (carer, reduced hours), son Owen 17',
        'Employment: HGV driver, Cymru Freight Ltd, currently on SSP, employer supportive',
        '',
        'Recommendations: see covering letter. Estimated cost GBP 9,460.',
    ])
    return (mail(4, DONNELLY, BRUNS, 'KH-24-58340 Pryce - INA received, approval up to GBP 9.5k?', body,
                 atts=[('INA_Pryce_G_011024.pdf', pdf)]),
            'STRICTLY_CONFIDENTIAL', 'en', 'casemanager',
            'injury details, medication, PTSD symptoms and family situation of a named claimant')


def m005():
    body = """Dear Claire,

As promised at our call, please find below our schedule of charges for
German insurers instructing us on UK-domiciled clients from 1 January 2025.
Rates are unchanged from 2024 except for travel.

  Immediate Needs Assessment (incl. report)     GBP  1,150 fixed
  Case management, per hour                      GBP    105
  Travel time, per hour                          GBP     52.50
  Mileage, per mile                              GBP      0.55
  Telephone / e-mail, 6-minute units             GBP     10.50
  Expert OT home assessment                      GBP    640 fixed
  Interpreter (Welsh/English not charged)        at cost

Invoices are rendered monthly in arrears and payable within 30 days.
We follow the Rehabilitation Code 2015 and BABICM / CMSUK standards.

Kind regards,
Hannah Whitcombe RGN
Senior Case Manager | Bridgeway Rehabilitation Services Ltd
Unit 4, Llantrisant Business Park, CF72 8YW
Registered in England and Wales No. 08815234

This e-mail and any attachments are confidential and intended solely for
the addressee. If you have received it in error please notify the sender.
"""
    return (mail(5, DONNELLY, 'Tom Gerdes <tom.gerdes@%s>' % DOM,
                 'FW: Bridgeway schedule of charges 2025 (for vendor file)',
                 'Tom, for the vendor master file. Thanks, Claire\n\n-------- Forwarded message --------\nFrom: Hannah Whitcombe <hannah.whitcombe@bridgeway-rehab.example>\nSubject: Schedule of charges 2025\n\n' + body),
            'NORMAL', 'en', 'internal',
            'trap: price list of a UK case-management firm with confidentiality disclaimer, no person')


def m006():
    body = """Sehr geehrter Herr Rechtsanwalt Tjaden,

wir bestätigen den Eingang Ihres Schreibens vom 11.10.2024 und nehmen zur
Kenntnis, dass Sie die Interessen von Frau Leonie Brakhage, Oldenburg,
vertreten. Die Vollmacht liegt uns vor.

Schaden-Nr.: KH-24-55102
Unser Versicherungsnehmer: Herr Dieter Wobbe
Schadentag: 17.09.2024, Kreuzung Alexanderstraße/Ammerländer Heerstraße

Die Haftung unseres Versicherungsnehmers dem Grunde nach stellen wir nicht
in Abrede. Zur Höhe kommen wir nach Vorlage der angekündigten Unterlagen
auf Sie zu. Die Ermittlungsakte haben wir angefordert.

Künftige Zahlungen leisten wir wie gewünscht auf Ihr Kanzleikonto.

Mit freundlichen Grüßen

Jens Hübotter
Schaden Personen – Kraftfahrt/Haftpflicht
Weserland Versicherung AG
Telefon 0421 3303-2218
"""
    return (mail(6, HUEBOTTER, 'Kanzlei Tjaden & Partner <kanzlei@tjaden-partner.example>',
                 'Ihr Zeichen 1184/24 T – Brakhage ./. Wobbe – unser Schaden KH-24-55102', body),
            'CONFIDENTIAL', 'de', 'insurer-to-lawyer',
            'motor liability claim: named claimant and policyholder, claim number, no injury detail')


def m007():
    body = """Sehr geehrter Herr Schwettmann,

wie heute Vormittag am Telefon besprochen, bestätigen wir Ihnen Folgendes
zu Ihrer Unfallversicherung UV 4411-208775 (Schaden UL-2024-118204):

1. Auf die zu erwartende Invaliditätsleistung zahlen wir Ihnen einen
   Vorschuss von 60.000,00 EUR. Das Geld ist am Freitag auf Ihrem Konto.
   Die endgültige Bemessung erfolgt, wenn der Dauerschaden feststeht,
   spätestens nach Ablauf von 3 Jahren nach dem Unfall.

2. Die Kosten für den Umbau Ihres Fahrzeugs (Handbediengerät für Gas und
   Bremse, Lenkraddrehknauf, Rollstuhlverladehilfe) übernehmen wir aus
   dem Reha-Management-Baustein bis 12.400 EUR, soweit die BG nicht
   leistet. Frau Tammen von RehaPfad stimmt das mit der BG ab.

3. Die Rechnung der Reha-Klinik für das Zweibettzimmer-Upgrade reichen Sie
   bitte bei Ihrer Krankenversicherung ein, das ist bei uns nicht
   versichert.

Gute Besserung und viel Kraft für die nächsten Wochen.

Mit freundlichen Grüßen

Malte Rosenbrock
Leistung Unfallversicherung
Weserland Versicherung AG
"""
    return (mail(7, ROSENBROCK, 'marco.schwettmann@gmx-post.example', 'Ihre Unfallversicherung – Vorschuss und Fahrzeugumbau', body, flowed=True),
            'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
            'accident claim of the addressee: invalidity advance, hand controls for wheelchair user')


def m008():
    body = """Hallo Frau Krüger,

für die Frühjahrsausgabe von "Weserland aktuell" hier der Textvorschlag
zum Reha-Management. RehaPfad hat die Freigabe des Betroffenen eingeholt,
trotzdem haben wir alles so verfremdet, dass niemand erkennbar ist
(Alter gerundet, Ort weggelassen, Beruf verallgemeinert).

---
Zurück ins Berufsleben – wie Reha-Management wirkt

Ein Sturz, ein Moment, ein anderes Leben: Der Handwerker, Mitte dreißig,
ist seit seinem Unfall querschnittgelähmt. Schon in der Klinik stand ihm
eine Reha-Managerin zur Seite. Sie organisierte den Umbau des Hauses,
einen Rollstuhl, das umgerüstete Auto – und vor allem Gespräche mit dem
Chef. Heute arbeitet er in der Kalkulation seines alten Betriebs.

"Wir kümmern uns um das, was nach der Klinik kommt", sagt Katrin Oltmanns,
die bei der Weserland das Reha-Management steuert. Im vergangenen Jahr
haben wir über 200 Menschen nach schweren Unfällen begleitet, mehr als
60 Prozent von ihnen sind wieder im Beruf.
---

Bilder: bitte nur Symbolfoto (Rollstuhl/Werkbank), kein Foto des Kunden.

Viele Grüße
Katrin Oltmanns
"""
    return (mail(8, OLTMANNS, 'Merle Krüger <merle.krueger@%s>' % DOM, 'Text Kundenmagazin: Reha-Management (anonymisiert)', body),
            'NORMAL', 'de', 'internal',
            'trap: anonymised success story, paraplegia mentioned, nobody identifiable')


def m009():
    body = """Dear Hannah,

Re: Mr Gareth Pryce - our ref. KH-24-58340

Thank you for the INA dated 1 October. We approve the following on the
basis of your recommendations:

- 12 sessions private physiotherapy (Pontypridd Physio Clinic)
- OT home assessment and the small aids listed (bath board, perching
  stool, bed lever), up to GBP 450
- 12 sessions trauma-focused CBT with Dr Morgan-Rees; please send us her
  initial formulation after session 3
- case management for 6 months, cap 40 hours plus travel
- taxi fares to the fracture clinic at UHW Cardiff on production of receipts

We have NOT yet approved the request for a ground-floor shower room; let
us see the OT's report first. Please also note that any interim payment
to Mr Pryce himself goes through his solicitors, Morgan Ellis.

This approval is given under the Rehabilitation Code and without admission
as to quantum.

Kind regards,
Claire Donnelly
International Claims | Weserland Versicherung AG
"""
    return (mail(9, DONNELLY, WHITCOMBE, 'RE: INA - G Pryce - approval', body, cc=BRUNS),
            'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-casemanager',
            'approval of physio, trauma CBT and aids for a named claimant')


def m010():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 25.10.2024 nicht im Büro. Ihre E-Mail wird
nicht weitergeleitet. In dringenden Reha-Fällen wenden Sie sich bitte an
das Funktionspostfach reha-management@weserland-versicherung.example oder
telefonisch an 0421 3303-2200.

Thank you for your message. I am out of the office until 25 October.
For urgent rehabilitation matters please contact
reha-management@weserland-versicherung.example.

Katrin Oltmanns
"""
    return (mail(10, OLTMANNS, VANAALST, 'Abwesenheitsnotiz: Re: Rechnungsformat ab 2025', body,
                 headers=[('Auto-Submitted', 'auto-replied')]),
            'NORMAL', 'mixed', 'internal',
            'trap: bilingual out-of-office reply, no person data')


def m011():
    body = """Dear Mr Callaghan,

Thank you for calling us yesterday and for offering to help. As discussed,
we are handling the claim arising from the collision on the A1 near the
Bremen-Arsten junction on 22 August 2024 (our reference KH-24-58340).

We have noted your details as follows - please correct anything that is
wrong:

  Name:       Declan Callaghan and Siobhan Callaghan
  Address:    14 Harbour View, Cobh, Co. Cork, Ireland
  Telephone:  +353 21 481 7730
  Vehicle:    silver VW Touran, Irish registration 191-C-22871 (hire car
              from the airport would be fine too - you mentioned it was
              your own car on the ferry)

We would be grateful for a short written account of what you saw, in
particular the position of the lorry before the collision and whether its
hazard lights were on. A sketch is very welcome. You may reply to this
e-mail in English; there is no need for a translation.

We will reimburse postage or printing costs on request.

Kind regards,
Claire Donnelly
International Claims
Weserland Versicherung AG, Bremen
"""
    return (mail(11, DONNELLY, 'declan.callaghan@eir-mail.example', 'Your witness statement - collision A1 Bremen, 22 August 2024', body, when='2024-10-02 11:00'),
            'CONFIDENTIAL', 'en', 'insurer-to-witness',
            'named witnesses with address, phone and plate in a liability claim, no injury detail')


def m012():
    body = """Sehr geehrte Frau Oltmanns,

anbei der 2. Zwischenbericht zum o.g. Fall. Die Stundenaufstellung für
Oktober folgt mit der Monatsrechnung.

Freundliche Grüße aus Bremen
Birgit Tammen
RehaPfad GmbH
"""
    docx = make_docx([
        '# 2. Zwischenbericht Reha-Management',
        'Auftraggeber: Weserland Versicherung AG, Schaden-Nr. HS-24-03817 (Betriebshaftpflicht Frischmarkt Hollmann GmbH & Co. KG)',
        'Betreute Person: Aylin Demirtaş, geb. 09.03.1983, Pflegefachfrau',
        'Berichtszeitraum: 15.08.2024 – 31.10.2024',
        '# Medizinischer Verlauf',
        'Zustand nach bimalleolärer OSG-Luxationsfraktur rechts (Weber B, S82.6) nach Sturz im Markt am 06.05.2024, ORIF am 07.05.2024.',
        'Seit Juli zunehmende Schwellung, Überwärmung und Berührungsschmerz; am 12.09. Diagnose CRPS Typ I (G90.50) durch die Schmerzambulanz des Klinikums Oldenburg.',
        'Medikation: Pregabalin 75 mg 2x tgl., Prednisolon-Stoßtherapie abgeschlossen, Bisphosphonat-Infusion erfolgt.',
        'Therapie: Physiotherapie 3x/Woche, Lymphdrainage 2x/Woche, Spiegeltherapie in der Ergotherapie.',
        '# Psychosoziale Situation',
        'Frau Demirtaş ist alleinerziehend (Sohn, 12 J.). Sie schläft schlecht, wirkt niedergeschlagen; sie hat Angst, ihren Beruf nicht mehr ausüben zu können. Ein Termin bei einer Psychotherapeutin ist für Januar vereinbart.',
        '# Berufliche Situation',
        'Arbeitgeber: Ev. Krankenhaus Oldenburg, Station Innere. Arbeitsunfähig seit dem Unfall, Krankengeld der AOK seit 18.06. Der Arbeitgeber hat ein BEM-Gespräch angeboten. Schichtdienst mit Patientenmobilisation ist auf absehbare Zeit nicht möglich; Option: Wechsel in das Entlassmanagement (sitzend, Tagdienst).',
        '# Ziele bis zum nächsten Bericht',
        ('Ziel', 'Maßnahme', 'Termin'),
        ('Schmerzreduktion auf NRS ≤ 4', 'Multimodale Schmerztherapie (teilstationär) beantragt', '01/2025'),
        ('Teilbelastung ohne Gehstützen', 'Physio + MTT', '02/2025'),
        ('Rückkehr ins Berufsleben', 'BEM-Gespräch, Hospitation Entlassmanagement', '03/2025'),
        'Birgit Tammen, Reha-Managerin',
    ], title='2. Zwischenbericht HS-24-03817')
    return (mail(12, OLTMANNS, HUEBOTTER, 'WG: HS-24-03817 – Zwischenbericht', 'Jens, zur Kenntnis. KO\n\n' + body,
                 atts=[('HS-24-03817_ZB2_RehaPfad.docx', docx)], when='2024-11-06 10:30'),
            'STRICTLY_CONFIDENTIAL', 'de', 'casemanager',
            'harmless body; DOCX interim report with fracture, CRPS, medication, mood, birth date')


def m013():
    html = """<html><body style="font-family:Arial,sans-serif">
<h2>IRCM Network Bulletin &ndash; November 2024</h2>
<p><b>Webinar: CRPS after minor fractures &ndash; what case managers can do early</b><br>
Thursday 28 November, 14:00 CET. Speaker: Prof. Dr. Anneke Vos, pain physician.
Free for members. <a href="https://www.ircm-network.example/events/crps">Register here</a>.</p>
<p><b>Survey results: return to work after moderate TBI</b><br>
Our member survey (n = 41 case-management firms, 1,960 closed cases in 2023)
shows a median time to return to work of 9.5 months after moderate traumatic
brain injury, 4.1 months after isolated lower-limb fractures and 14 months after
spinal cord injury. Cases with a workplace visit in the first 90 days returned
on average 7 weeks earlier.</p>
<table border="1" cellpadding="4">
<tr><th>Injury group</th><th>Cases</th><th>RTW within 12 months</th></tr>
<tr><td>Lower-limb fractures</td><td>812</td><td>78 %</td></tr>
<tr><td>Moderate TBI</td><td>344</td><td>52 %</td></tr>
<tr><td>Spinal cord injury</td><td>97</td><td>21 %</td></tr>
<tr><td>Amputation</td><td>63</td><td>44 %</td></tr>
</table>
<p>You receive this bulletin as a member of IRCM Network. <a href="https://www.ircm-network.example/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    return (mail(13, OLTMANNS, 'Team Personengroßschaden <personengrossschaden@%s>' % DOM, 'FW: IRCM Network Bulletin – November 2024', html=html, html_only=True, when='2024-11-04 07:05'),
            'NORMAL', 'en', 'newsletter',
            'trap: association bulletin with RTW statistics per injury group, HTML only')


def m014():
    body = """Hallo Poststelle,

im Schaden HS-25-00219 sind gestern zwei Dokumente falsch indexiert worden
(Scan-Batch 2025-01-21/07). Es gibt bei uns zwei Anspruchstellerinnen mit
dem Namen Gisela Harms. Zur Unterscheidung:

- HS-25-00219: Gisela Harms, geb. 12.02.1947, Grüne Straße 31, 26121 Oldenburg
- der andere Vorgang (Glasbruch, Hausrat): Gisela Harms, geb. 30.06.1958, Bad Zwischenahn

Bitte die beiden Schreiben vom Sachverständigenbüro umhängen auf den
Hausratvorgang. Danke!

Jens Hübotter
"""
    return (mail(14, HUEBOTTER, 'Posteingang Scan <scanstelle@%s>' % DOM, 'Falsch indexiert: HS-25-00219 / Harms', body, when='2025-01-22 11:05'),
            'CONFIDENTIAL', 'de', 'internal',
            'two named claimants with birth dates and addresses, claim numbers, no health')


def m015():
    body = """Sehr geehrte Frau Vosskamp,

vielen Dank für Ihre ausführliche Nachricht und die Fotos. Zu Ihren Fragen:

Die Kompressionskleidung für Mia (Weste und Armstrumpf) übernimmt
zunächst Ihre Krankenkasse; den Eigenanteil und die zweite Garnitur zum
Wechseln erstatten wir Ihnen aus der Kinderunfallversicherung. Bitte
schicken Sie uns einfach die Rechnung des Sanitätshauses.

Das Silikongel (Narbenpflege) erstatten wir ebenfalls, auch wenn es nicht
verordnet ist.

Wegen der Schule spricht Frau Kowalczyk von RehaPfad in der nächsten Woche
mit der Klassenlehrerin. Sie schlägt auch vor, dass Mia einen kleinen
Ausweis für den Sportunterricht bekommt (keine direkte Sonne, kein
Schwimmen bis zur Freigabe durch die Verbrennungsambulanz).

Mit freundlichen Grüßen
Malte Rosenbrock
Leistung Unfallversicherung – Schaden UL-2024-119560

> Von: Sandra Vosskamp
> Gesendet: Sonntag, 3. November 2024 21:40
>
> Hallo Herr Rosenbrock,
> Mia ist seit Donnerstag wieder zuhause, die Transplantate am Arm sind gut
> angewachsen, sagen die Ärzte in der Kinderklinik. Sie muss jetzt 23 Std
> am Tag die Kompressionsweste tragen, auch nachts, und sie kratzt sich
> die Narben auf. Sie weint viel und will nicht in die Schule, weil die
> anderen Kinder gucken. Mein Mann ist wieder auf Montage, ich bin mit den
> drei Kindern allein. Wer bezahlt das Silikongel und die zweite Weste?
> Und kann jemand mit der Schule reden?
> LG Sandra Vosskamp
"""
    return (mail(15, ROSENBROCK, 'sandra.vosskamp@web-mail.example', 'AW: Mia – Kompressionsweste und Schule', body, when='2024-11-04 11:20'),
            'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
            'child accident claim: burns with skin grafts, compression garments, distress (partly in quote)')


def m016():
    body = """Moin Frau Oltmanns,

wie am Telefon besprochen unsere Pauschalpreise für barrierefreie Umbauten
im Bestand, Stand 01/2025, netto zzgl. MwSt. Für Ihre Reha-Dienstleister
gerne weitergeben.

Bodengleiche Dusche bis 1,20 x 1,20 m inkl. Rinne, Fliesen, Abdichtung   6.850,00
Badewanne raus / Dusche rein, Komplettpaket bis 6 m² Bad                 14.900,00
Türverbreiterung auf 90 cm lichte Breite, Innentür inkl. Zarge           1.480,00
Rampe Aluminium bis 6 % Steigung, je laufender Meter                       690,00
Stützklappgriff WC, montiert                                               385,00
Unterfahrbarer Waschtisch inkl. Spiegel und Armatur                       1.260,00
Treppenlift gerade Treppe (Fremdleistung, Richtpreis)                    ab 4.900,00

Aufmaß vor Ort pauschal 120 EUR, wird bei Auftrag verrechnet.
Förderung über KfW 455-B bzw. Pflegekasse (§ 40 SGB XI) beraten wir mit.

Mit freundlichen Grüßen
Henning Möller
Möller Bad & Barrierefrei GmbH
Hauptstraße 88, 27793 Wildeshausen
www.moeller-barrierefrei.example
"""
    return (mail(16, OLTMANNS, 'RehaPfad Team Nord <team-nord@rehapfad.example>', 'WG: Pauschalpreise barrierefreier Umbau 2025', body),
            'NORMAL', 'de', 'supplier',
            'trap: craftsman price list for accessible bathrooms, no person')


def m017():
    body = """Jens,

ReturnWorks report on Ms de Vries below - the recovery of the arm is
slower than hoped. Can you check whether the quota discussion with the
dog owner's side (Ammermann) is still open? If liability stays at 100 %
we should push the retraining idea now rather than in six months.

Claire

---------- Forwarded message ----------
From: Joost van Aalst <j.vanaalst@returnworks.example>
Date: Mon, 11 Nov 2024 09:12
Subject: HS-24-04102 S. de Vries - progress report 2

Dear Ms Donnelly,

Summary of the period 15 Sept - 8 Nov:

Medical: Ms de Vries (29) sustained a right brachial plexus injury
(upper trunk, C5-C6) when she was thrown off her bicycle on 4 July. Nerve
transfer surgery (Oberlin) took place at the UMC Utrecht on 2 October.
Elbow flexion is currently M1, shoulder abduction M0. The surgeon expects
first signs of reinnervation in 4-6 months; outcome uncertain. She
receives hand therapy twice weekly and uses a shoulder sling.

Pain: neuropathic pain in the forearm, treated with amitriptyline 25 mg.

Work: she is a dental hygienist (right-handed), working 32 h/week in a
practice in Zwolle. The employer has kept the position open; UWV
involvement starts at week 42 of sick leave. Realistically she will not
return to clinical work with the right arm within 12 months. She is
interested in the dental practice management course (ROC Deltion, 10
months, EUR 4,350).

Personal: lives with her partner, who has taken over household tasks.
She cannot drive at present.

Next steps: EMG in January, meeting with employer and occupational
physician on 3 December, decision on retraining by February.

Time spent this period: 11.5 h + 3 h travel.

Kind regards,
Joost van Aalst
Re-integration case manager | ReturnWorks B.V. | Deventer
"""
    return (mail(17, DONNELLY, HUEBOTTER, 'FW: HS-24-04102 S. de Vries - progress report 2', body, when='2024-11-11 14:05'),
            'STRICTLY_CONFIDENTIAL', 'en', 'casemanager',
            'forwarded progress report: plexus injury, surgery, medication, sick leave of a named claimant')


def m018():
    body = """Sehr geehrter Herr Wobbe,

Sie hatten gefragt, was der Unfall vom 17.09.2024 für Ihren Beitrag bedeutet.

Ihr Vertrag: Kfz-Haftpflicht KF 2230-918402, Kennzeichen OL-DW 418
Aktuelle Schadenfreiheitsklasse: SF 12 (Beitragssatz 36 %)

Da wir für den Schaden Zahlungen leisten, wird Ihr Vertrag zum 01.01.2025
in der Haftpflicht nach SF 4 zurückgestuft (Beitragssatz 53 %). Der
Jahresbeitrag steigt dadurch voraussichtlich von 412,80 EUR auf 607,70 EUR.

Eine Möglichkeit, die Rückstufung zu vermeiden, gibt es bei diesem Schaden
leider nicht: Die Aufwendungen liegen weit über dem Betrag, den man
üblicherweise selbst erstatten würde. Ihren Rabattschutz hatten Sie 2021
abgewählt.

Zur Regulierung selbst müssen Sie nichts weiter tun. Bitte leiten Sie uns
Post des Anwalts der Gegenseite oder vom Gericht sofort weiter und geben
Sie gegenüber der Gegenseite keine Erklärungen ab.

Mit freundlichen Grüßen
Wiebke Ricklefs
Kraftfahrt Vertrag und Schaden
"""
    return (mail(18, RICKLEFS, 'dieter.wobbe@t-post.example', 'Ihre Kfz-Versicherung OL-DW 418 – Rückstufung nach Schaden', body),
            'CONFIDENTIAL', 'de', 'insurer-to-customer',
            'motor liability policyholder: contract, plate, no-claims class, premium; injured party not described')


def m019():
    body = """Hallo zusammen,

der Jour fixe mit den Reha-Dienstleistern (RehaPfad, Menke, ReturnWorks
per Teams) wird vom 21.11. auf Donnerstag, 28.11., 10:00–11:30 Uhr
verschoben. Raum 4.12 ist gebucht, Teams-Link kommt mit der neuen
Einladung.

Tagesordnung bleibt:
1. Leistungsbeschreibung 2025
2. Berichtsfristen (Erstbericht 10 Werktage – klappt das?)
3. Neues Upload-Verfahren im Dienstleisterportal
4. Verschiedenes

Gruß
Katrin
"""
    return (mail(19, OLTMANNS, 'Team Personengroßschaden <personengrossschaden@%s>' % DOM, 'Jour fixe Reha-Dienstleister verschoben auf 28.11.', body),
            'NORMAL', 'de', 'internal', 'meeting rescheduled, no person data')


def m020():
    body = """Sehr geehrter Herr Kollege Dr. Wienholt,

in der Haftpflichtsache Brakhage (unser Zeichen KH-24-55102) betreuen wir
Ihre Patientin, Frau Leonie Brakhage, geb. 02.11.2002, über unseren
Reha-Dienst. Eine Schweigepflichtentbindung liegt bei (PDF).

Wir bitten um einen Befundbericht zu folgenden Fragen:

1. Welche Diagnosen wurden nach dem SHT vom 17.09.2024 gestellt (bitte mit
   ICD-10)? Bestätigt sich die Kontusion frontal links im Verlaufs-MRT?
2. Wie ist der aktuelle neuropsychologische Befund (Aufmerksamkeit,
   Arbeitsgedächtnis, Belastbarkeit)? Das Testprotokoll aus der Reha in
   Hess. Oldendorf wäre hilfreich.
3. Besteht weiterhin eine Anfallsprophylaxe (Levetiracetam)? Wann ist ein
   Auslassversuch geplant? Frau Brakhage fragt nach der Fahrerlaubnis.
4. Halten Sie eine Wiederaufnahme des Studiums (Lehramt, 5. Semester) zum
   Sommersemester 2025 mit Nachteilsausgleich für realistisch?

Für den Bericht vergüten wir 75,00 EUR nach JVEG-Orientierung; bitte
Rechnung an die unten genannte Anschrift.

Mit kollegialen Grüßen
Dr. med. Ilka Sanders
Fachärztin für Neurologie, beratende Ärztin
Weserland Versicherung AG, Leistung Personenversicherung
"""
    pdf = make_pdf([
        'Erklaerung zur Entbindung von der Schweigepflicht',
        'Ich, Leonie Brakhage, geb. 02.11.2002, entbinde Dr. med. Jan Wienholt, Neurologie, Oldenburg,',
        'gegenueber der Weserland Versicherung AG und der RehaPfad GmbH von der Schweigepflicht',
        'im Rahmen der Regulierung des Schadens KH-24-55102.',
        'Oldenburg, 28.10.2024   gez. L. Brakhage',
    ])
    return (mail(20, SANDERS, 'Praxis Dr. Wienholt <praxis@neurologie-wienholt.example>', 'Anfrage Befundbericht – Ihre Patientin L. Brakhage', body,
                 atts=[('SE_Brakhage_28102024.pdf', pdf)]),
            'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
            'request for medical report: brain injury, epilepsy prophylaxis, named patient with birth date')


def m021():
    body = """Hi all,

Attached is the Q3 extract for the group rehab dashboard. Figures are
aggregated per line and injury group; groups with fewer than 5 cases are
merged into "other". No claim numbers in the file this time, as agreed
with Data Protection.

Headline: 212 open rehab cases (Q2: 198), 61 % return to work among
cases closed in the last 12 months, average cost per case EUR 18,400.

Best,
Lena
Claims Analytics
"""
    csv = ('line;injury_group;open_cases;closed_12m;rtw_rate;avg_cost_eur\r\n'
           'motor liability;TBI;24;19;0.47;31200\r\n'
           'motor liability;multiple fractures;41;37;0.70;14800\r\n'
           'motor liability;spinal cord injury;7;3;0.33;88900\r\n'
           'general liability;lower limb;33;29;0.79;9100\r\n'
           'general liability;other;12;10;0.60;12300\r\n'
           'accident;amputation;9;6;0.50;26700\r\n'
           'accident;multiple fractures;38;34;0.74;8800\r\n'
           'accident;other;17;15;0.67;7400\r\n'
           'disability (BU);mental disorders;21;14;0.43;6900\r\n'
           'disability (BU);musculoskeletal;10;8;0.63;5800\r\n')
    return (mail(21, 'Lena Hashemi <lena.hashemi@%s>' % DOM, 'Group Claims Rehab Steering <rehab-steering@%s>' % DOM,
                 'Rehab dashboard Q3 2024 - aggregated extract', body, atts=[('rehab_dashboard_Q3_2024.csv', csv.encode())]),
            'NORMAL', 'en', 'internal',
            'trap: aggregated rehab KPIs by line and injury group, small cells merged')


def m022():
    body = """Dear Mr Wiersma,

Thank you for your letter of 18 November on behalf of your client
Ms S. de Vries (our ref. HS-24-04102).

We accept the property items as claimed:
  bicycle (Gazelle Ultimate C8, 2022), repair not economical   EUR 1,390.00
  panniers and lock                                              EUR   215.00
  rain jacket and mobile phone case                              EUR   235.00
  total                                                          EUR 1,840.00

Payment will be made this week to the account you indicated:
  Account holder: S. de Vries
  IBAN: NL18 RABO 0912 0044 98

All other heads of claim remain under review and are dealt with
separately.

Yours sincerely,
Claire Donnelly
International Claims, Weserland Versicherung AG
"""
    return (mail(22, DONNELLY, 'Mr R. Wiersma <r.wiersma@vandijk-letselschade.example>', 'Your ref. 24-0871 / de Vries - property damage', body, when='2024-11-21 10:15'),
            'CONFIDENTIAL', 'en', 'insurer-to-lawyer',
            'liability claim property items with the claimant\'s private IBAN, other heads not described')


def m023():
    body = """Liebe Nadine,

wie besprochen übergebe ich dir ab 01.12. meine Oldenburger Fälle, ich
gehe ja in die Region Süd. Kurzstand je Fall, Akten liegen ab Montag im
Team-Ordner, die Auftraggeber habe ich informiert (Weserland in CC).

1) KH-24-55102 Brakhage, Leonie (22) – SHT mit Kontusion frontal li.,
   neuropsych. Defizite (Aufmerksamkeit), Levetiracetam. Nach Phase-C-Reha
   jetzt ambulante Neuropsychologie 1x/Woche bei Frau Dipl.-Psych. Rahe.
   Will im SoSe 2025 zurück an die Uni. Mutter sehr präsent, manchmal
   überfürsorglich – Termine bitte immer direkt mit Leonie machen.
   Anwalt Tjaden ist kooperativ.

2) KH-24-61877 Rieckhoff, Thomas (47) – US-Amputation li. nach Motorrad-
   unfall. Interimsprothese seit 10/24, Definitivversorgung beim
   Orthopädietechniker Brüning beantragt (Carbonfuß, Vakuumschaft).
   Phantomschmerzen, nimmt Gabapentin. Stadtwerke als AG sehr offen für
   Umsetzung in die Netzleitstelle. Ehe kriselt, er hat das selbst
   angesprochen – vorsichtig sein.

3) HS-24-03990 Nowak, Piotr (44) – Calcaneusfraktur bds. nach
   Gerüsteinsturz. Spricht wenig Deutsch, Dolmetscher über Frau Zielińska
   (Rechnungen gehen direkt an uns). Frau und Kinder leben in Opole; er
   möchte zurück nach Polen. Klären, wer die Reha dort zahlt.

4) BL-24-08812 Kuhlmann, Renate (54) – BU, MS seit 2019, schubförmig;
   Wiedereingliederung im Steuerbüro ist gescheitert (Fatigue). Auftrag
   Weserland: Prüfung Arbeitsplatzanpassung/Teilzeit. Sie ist skeptisch
   gegenüber "der Versicherung", gut zuhören.

Ruf mich an, wenn was ist – ich bin bis Weihnachten noch erreichbar.

Liebe Grüße
Frank
"""
    return (mail(23, OLTMANNS, KOWALCZYK, 'WG: Übergabe meiner Fälle Oldenburg zum 01.12.',
                 'Frau Kowalczyk, zur Bestätigung: Weserland ist mit der Übergabe einverstanden, die Fallpauschalen laufen unverändert weiter. Gruß K. Oltmanns\n\n-------- Weitergeleitete Nachricht --------\nVon: Frank Eilers <f.eilers@rehapfad.example>\nAn: Nadine Kowalczyk\nCc: reha-management@weserland-versicherung.example\n\n' + body),
            'STRICTLY_CONFIDENTIAL', 'de', 'casemanager',
            'handover between case managers: four named people with diagnoses, medication, family issues')


def m024():
    body = """Hallo Herr Pape,

anbei die neue Fassung unserer Schweigepflichtentbindungserklärung für das
Reha-Management (Version 2025-01, mit Rechtsabteilung und Datenschutz
abgestimmt). Bitte ab 01.01. nur noch diese verwenden; die alte Fassung
enthielt noch nicht die Übermittlung an Hilfsmittelerbringer.

Die Felder in «» sind Platzhalter, bitte nicht vorbefüllen.

Viele Grüße
Katrin Oltmanns
"""
    pdf = make_pdf([
        'Weserland Versicherung AG - Einwilligung und Schweigepflichtentbindung (Reha-Management)',
        'Version 2025-01',
        '',
        'Name, Vorname: «Name», «Vorname»     Geburtsdatum: «TT.MM.JJJJ»',
        'Schaden-/Vertragsnummer: «Schaden-Nr.»',
        '',
        'Ich willige ein, dass die Weserland Versicherung AG und der beauftragte Reha-Dienst',
        '«Reha-Dienst» Gesundheitsdaten, die fuer das Reha-Management erforderlich sind',
        '(z. B. Diagnosen, Befunde, Therapie- und Hilfsmittelbedarf), erheben, verarbeiten',
        'und untereinander austauschen.',
        '',
        'Ich entbinde die mich behandelnden Aerztinnen und Aerzte, Therapeuten, Krankenhaeuser,',
        'Reha-Einrichtungen, Sanitaetshaeuser sowie meinen Arbeitgeber (nur Arbeitsplatzdaten)',
        'insoweit von ihrer Schweigepflicht.',
        '',
        'Die Einwilligung ist freiwillig und jederzeit mit Wirkung fuer die Zukunft widerruflich.',
        '',
        'Ort, Datum: ____________________   Unterschrift: ____________________',
    ])
    return (mail(24, OLTMANNS, PAPE, 'Schweigepflichtentbindung Reha-Management – Version 2025-01', body,
                 atts=[('SE_RehaManagement_V2025-01_Vorlage.pdf', pdf)]),
            'NORMAL', 'de', 'insurer-to-casemanager',
            'trap: blank consent and confidentiality-release form with placeholders')


def m025():
    body = """Dear Mr Okafor,

Thank you for your call on Monday and for sending the hospital discharge
letter from the Klinikum Bremerhaven-Reinkenheide.

We confirm that your accident of 9 January 2025 on the site in
Bremerhaven is covered under the group accident insurance that your
employer, Nordwind Offshore Services GmbH, holds with us (policy GU
5530-10, claim number UL-2025-120377).

What happens next:

1. Hospital daily allowance: EUR 50 per day for 6 days in hospital
   (EUR 300) - paid today.
2. Rehabilitation management: Ms Katharina Lindqvist of RehaPfad will
   call you this week. She speaks English and will help you organise the
   hand therapy and occupational therapy after the amputation of your
   left index finger, and talk to your employer about a return to work.
3. Permanent impairment (invalidity): this can only be assessed once
   your hand has healed, usually after about one year. We will contact
   you.

If you need a certified translation of any German letter, just let us
know.

Kind regards,
Malte Rosenbrock
Accident Claims
Weserland Versicherung AG
"""
    return (mail(25, ROSENBROCK, 'daniel.okafor@nordwind-offshore.example', 'Your claim UL-2025-120377 - group accident insurance', body, when='2025-01-22 15:40'),
            'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
            'group accident claim: finger amputation, hospital stay of the addressee')

# ============================================================== mails 026-050

def m026():
    body = """Hallo Katrin,

bitte sachliche Freigabe für die Honorarnote von Herrn Menke (Schulungstag
"Gesprächsführung mit Versicherten in der BU-Leistungsprüfung" am
07.11. für euer Team). Rechnung hängt an. Kostenstelle 4410?

Danke
Tom
"""
    pdf = make_pdf([
        'Reha-Beratung Menke  -  Ulrich Menke  -  Lange Str. 14  -  27749 Delmenhorst',
        'Steuernummer 60/212/04471   USt-IdNr. entfaellt (Kleinunternehmer nach Paragraph 19 UStG)',
        '',
        'Weserland Versicherung AG, Reha-Koordination, Frau Oltmanns, Contrescarpe 40, 28203 Bremen',
        '',
        'Honorarnote Nr. 2024-031            Delmenhorst, 11.11.2024',
        'Kreditorennummer 7004418',
        '',
        'Inhouse-Schulung "Gespraechsfuehrung mit Versicherten" am 07.11.2024, 09:00-16:30 Uhr',
        '1 Schulungstag pauschal                                   1.100,00 EUR',
        'Vorbereitung und Handout                                    180,00 EUR',
        'Fahrtkosten Delmenhorst-Bremen 2 x 24 km x 0,30 EUR          14,40 EUR',
        'Gesamtbetrag                                              1.294,40 EUR',
        '',
        'Gemaess Paragraph 19 UStG wird keine Umsatzsteuer berechnet.',
        'Bitte ueberweisen Sie den Betrag binnen 14 Tagen auf:',
        'Ulrich Menke, IBAN DE40 2907 0050 3778 0138 74',
    ])
    return (mail(26, GERDES, OLTMANNS, 'Freigabe Honorarnote Menke 2024-031 (Schulung)', body,
                 atts=[('Honorarnote_2024-031_Menke.pdf', pdf)]),
            'CONFIDENTIAL', 'de', 'internal',
            'sole trader invoice (attachment) with tax number and private IBAN; training only, no patient')


def m027():
    body = """Hallo Katrin,

kannst du die Stellenanzeige in euren Verteiler zu den Reha-Diensten
geben? Vielleicht kennt ja jemand jemanden.

Gruß Sönke

--------------------------------------------------------------------
Die Weserland Versicherung AG sucht zum nächstmöglichen Zeitpunkt eine/n

  Sachbearbeiter/in Personengroßschaden (m/w/d)
  Schwerpunkt Reha-Management, Vollzeit oder Teilzeit (ab 30 Std.)

Ihre Aufgaben
- Regulierung schwerer Personenschäden in Kraftfahrt und Allgemeiner
  Haftpflicht (Schädel-Hirn-Trauma, Querschnitt, Amputation)
- Steuerung externer Reha-Dienste, Prüfung von Reha-Plänen und Berichten
- Verhandlungen mit Anwälten, Sozialversicherungsträgern, Kliniken

Ihr Profil
- Ausbildung zum/zur Kaufmann/-frau für Versicherungen und Finanzen
  oder medizinischer/pflegerischer Hintergrund mit Versicherungserfahrung
- Freude an Gesprächen mit Menschen in schwierigen Lebenslagen
- Kenntnisse im Schadenersatzrecht (§§ 249 ff., 842 ff. BGB)

Wir bieten 38 Std./Woche, mobiles Arbeiten bis 60 %, Jobrad, Tarif des
privaten Versicherungsgewerbes.

Bewerbung über karriere.weserland-versicherung.example, Kennziffer PS-2411.
--------------------------------------------------------------------
"""
    return (mail(27, PRANGE, OLTMANNS, 'Stellenanzeige PS-2411 Personengroßschaden – bitte streuen', body),
            'NORMAL', 'de', 'internal',
            'trap: job ad naming injury types and rehab management, no person')


def m028():
    body = """Sehr geehrte Frau Tammen,

anbei die Einladung zur Fallkonferenz. Herr Dr. Nohr von der BG BAU hat
zugesagt, Frau Schwettmann kommt mit ihrem Vater.

Viele Grüße
Katrin Oltmanns
"""
    ics = make_ics([{
        'uid': 'fk-ul2024118204-20241029@weserland-versicherung.example',
        'start': '20241029T140000', 'end': '20241029T153000',
        'summary': 'Fallkonferenz Schwettmann (UL-2024-118204) - Entlassplanung',
        'location': 'BG Klinikum Nordheide, Querschnittzentrum, Besprechungsraum Q2',
        'description': ('Teilnehmende: Hr. Schwettmann, Fr. Schwettmann + Vater, OÄ Dr. Lentz (Querschnittzentrum), '
                        'Psychologin Fr. Brandt, BG BAU Reha-Manager Dr. Nohr, RehaPfad Fr. Tammen, Weserland Fr. Oltmanns.\n'
                        'Themen: Entlassung KW 47 - Wohnung noch nicht rollstuhlgerecht (Bad OG), Übergangslösung Kurzzeitpflege '
                        'oder Wohnung Schwiegereltern Twistringen; Katheterversorgung zu Hause; ambulante Physio/Ergo; '
                        'psychologische Weiterbehandlung; Kfz-Umrüstung Handbediengerät; Stufenplan Rückkehr Büro Husmann.'),
        'attendees': ['b.tammen@rehapfad.example', 'reha-management@weserland-versicherung.example'],
    }], organizer='katrin.oltmanns@weserland-versicherung.example')
    return (mail(28, OLTMANNS, TAMMEN, 'Einladung: Fallkonferenz 29.10. 14:00', body, atts=[('Fallkonferenz.ics', ics)], when='2024-10-16 13:00'),
            'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-casemanager',
            'calendar invitation: discharge planning, catheter care, psychology of a named insured (in ICS)')


def m029():
    body = """Sehr geehrter Herr Thölken,

in der Schadensache vom 22.08.2024 (A1, AS Bremen-Arsten; unser Zeichen
KH-24-58340) benötigen wir für die Prüfung der Haftung noch folgende
Unterlagen von Ihnen als Halterin:

1. Auslesung der Fahrerkarte und des Massenspeichers (Tachograph) für
   den 21. und 22.08.2024, Zugmaschine HB-HL 2207, Auflieger HB-HL 2213
2. Schriftliche Stellungnahme Ihres Fahrers, Herrn Sergej Lange
   (Personalnummer 1187), zum Unfallhergang
3. Den Tourenplan und die Disposition für diesen Tag

Bitte beachten Sie, dass die Daten der Fahrerkarte nur 28 Tage im
Fahrzeug gespeichert bleiben; falls sie nicht gesichert wurden, teilen
Sie uns das bitte mit.

Ihr Vertrag: Kfz-Flotte KF-F 8810-200 (Harms Logistik GmbH, 46 Fahrzeuge)

Mit freundlichen Grüßen
Jens Hübotter
Schaden Personen – Kraftfahrt/Haftpflicht
Weserland Versicherung AG
"""
    return (mail(29, HUEBOTTER, 'Bernd Thölken <b.thoelken@harms-logistik.example>', 'Schaden KH-24-58340 – Unterlagen Fahrerkarte / Stellungnahme Fahrer', body, when='2024-10-02 10:00'),
            'CONFIDENTIAL', 'de', 'insurer-to-company',
            'fleet policyholder company, named contact and named driver with personnel number, no injury detail')


def m030():
    body = """Team,

Ahead of next week's training, a one-page crib sheet on the UK
Rehabilitation Code 2015, because we keep getting questions from German
colleagues when a UK solicitor "invokes the Code".

- Purpose: put the injured claimant's rehabilitation needs first,
  independent of the liability/quantum fight.
- Either side may raise rehab at any time; the compensator should
  respond within 21 days of receiving an INA request.
- The Immediate Needs Assessment (INA) is done by a case manager
  independent of both sides; the report is outside the litigation
  (cannot be used in the claim, save by agreement).
- The compensator pays for the INA and, normally, for the agreed
  recommendations, even if liability is later disputed.
- Lower-value claims (under GBP 25k): the process is simpler - often
  just treatment via a medical reporting organisation.

Practical tips:
- Ask for the case manager's CV and BABICM/CMSUK membership.
- Agree hourly rate and cap up front (see Bridgeway schedule in the
  vendor file).
- Never send our medical advisor's internal notes to the case manager.

Claire
"""
    return (mail(30, DONNELLY, 'International Claims <intl-claims@%s>' % DOM, 'Crib sheet: UK Rehabilitation Code 2015', body),
            'NORMAL', 'en', 'internal',
            'trap: generic guidance on rehabilitation code and INA, no person')


def m031():
    body = """Tom,

Bridgeway invoice for October attached - approved by me, cost centre
4470, claim KH-24-58340. Please pay in GBP to their account as per
vendor file.

Thanks
Claire

> -----Original Message-----
> From: Accounts Bridgeway <accounts@bridgeway-rehab.example>
> Sent: 04 November 2024 12:03
> Subject: Invoice BRS-24-1187
>
> Please find attached our invoice BRS-24-1187 for services in October.
> Kind regards, Accounts Team
"""
    rows = [
        ['Bridgeway Rehabilitation Services Ltd', '', '', '', ''],
        ['Invoice BRS-24-1187', 'Client: Gareth Pryce', 'Your ref: KH-24-58340', '', ''],
        ['Date', 'Activity', 'Units (h)', 'Rate GBP', 'Amount GBP'],
        ['01/10/2024', 'INA at client home, Pontypridd (incl. report)', 'fixed', '', 1150.00],
        ['03/10/2024', 'Call with GP re sertraline and sleep, referral letter', 0.5, 105, 52.50],
        ['08/10/2024', 'Liaison Pontypridd Physio - 12 sessions booked, NWB protocol', 0.4, 105, 42.00],
        ['10/10/2024', 'OT home visit: bath board, perching stool, bed lever fitted', 2.0, 105, 210.00],
        ['15/10/2024', 'Referral to Dr Morgan-Rees (TF-CBT), triage call re flashbacks', 0.8, 105, 84.00],
        ['22/10/2024', 'Fracture clinic UHW with client, ex-fix removal planned 12/11', 3.0, 105, 315.00],
        ['22/10/2024', 'Travel time', 2.0, 52.50, 105.00],
        ['29/10/2024', 'Call with wife (Rhian) - carer strain, GP carer assessment', 0.6, 105, 63.00],
        ['', 'Mileage 96 miles', '', 0.55, 52.80],
        ['', '', '', 'Total', 2074.30],
    ]
    return (mail(31, DONNELLY, GERDES, 'FW: Invoice BRS-24-1187 - approved', body, atts=[('BRS-24-1187.xlsx', make_xlsx(rows, 'Invoice'))]),
            'STRICTLY_CONFIDENTIAL', 'en', 'casemanager',
            'body harmless; invoice XLSX lists named claimant\'s medication, therapy, fracture clinic visits')


def m032():
    body = """Hallo Frau Behrens,

bitte in der Schadenakte HS-24-03817 die Anschrift der Anspruchstellerin
ändern (Umzug zum 01.12.2024):

alt:  Aylin Demirtaş, Nadorster Straße 212, 26123 Oldenburg
neu:  Aylin Demirtaş, Elisabethstraße 9, 26135 Oldenburg
Telefon unverändert 0441 9301 8874

Die Zahlungsverbindung bleibt wie erfasst. Kopie der Meldebescheinigung
liegt im DMS.

Danke und Gruß
Jens Hübotter
"""
    return (mail(32, HUEBOTTER, 'Sabine Behrens <sabine.behrens@%s>' % DOM, 'Adressänderung Anspruchstellerin HS-24-03817', body),
            'CONFIDENTIAL', 'de', 'internal',
            'liability claimant\'s address change with claim number, no health content')


def m033():
    body = """Ticket INC-0048812 – Dienstleisterportal (Reha)
Priorität: 3 – mittel
Status: in Bearbeitung

Beschreibung (Melder: K. Oltmanns):
Seit dem Update vom 12.11. brechen Uploads von Reha-Berichten und
eingescannten Arztberichten über 10 MB mit "413 Request Entity Too Large"
ab. Betroffen sind alle Dienstleister (RehaPfad, ReturnWorks, Menke).
Kleinere Dateien gehen.

Analyse IT (O. Stade):
Reverse Proxy hat nach dem Update wieder das Default-Limit von 10 MB
(client_max_body_size). Wird auf 50 MB gesetzt, Change CHG-2211 heute
18:00. Bitte die Dienstleister bitten, die betroffenen Dokumente morgen
erneut hochzuladen; es sind keine Daten verloren gegangen, die
abgebrochenen Uploads wurden nicht gespeichert.

-- 
IT-Service Weserland | servicedesk@weserland-versicherung.example | -5555
"""
    return (mail(33, STADE, OLTMANNS, '[INC-0048812] Upload Reha-Berichte > 10 MB schlägt fehl', body),
            'NORMAL', 'de', 'internal', 'trap: IT ticket about uploading medical and rehab reports, no content')


def m034():
    body = """Sehr geehrter Herr Husmann,

vielen Dank für das offene Gespräch am Dienstag und dafür, dass Sie Herrn
Schwettmann den Arbeitsplatz in der Kalkulation freihalten. Ich fasse die
Ergebnisse zusammen; Frau Tammen von RehaPfad hat den Entwurf gesehen.

1. Start der stufenweisen Wiedereingliederung ab 03.03.2025, zunächst
   3 Std./Tag an drei Tagen, Steigerung alle zwei Wochen. Der Plan wird von
   der BG BAU getragen (Übergangsgeld läuft weiter), der behandelnde Arzt
   im Querschnittzentrum muss ihn noch unterschreiben.

2. Arbeitsplatz: Der Büroraum im EG ist über die Hofeinfahrt stufenlos
   erreichbar. Benötigt werden ein elektrisch höhenverstellbarer
   Schreibtisch (unterfahrbar, Rollstuhl), eine Türöffnung auf 90 cm zur
   Teeküche und eine rollstuhlgerechte Toilette. Die BG hat zugesagt, die
   Toilette als Leistung zur Teilhabe am Arbeitsleben zu bezuschussen;
   den Schreibtisch übernehmen wir.

3. Pausen: Herr Schwettmann muss alle 3–4 Stunden katheterisieren und
   braucht dafür 15 Minuten ungestört Zeit. Das ist mit Ihnen besprochen.

4. Weiterbildung: Anmeldung zum Vorbereitungskurs Meister Teil III/IV
   (Handwerkskammer Hannover, berufsbegleitend) zum Herbst.

Bei Fragen erreichen Sie mich jederzeit.

Mit freundlichen Grüßen
Katrin Oltmanns
Reha-Koordination, Weserland Versicherung AG

-----Ursprüngliche Nachricht-----
Von: Dachdeckerei Husmann GmbH <info@husmann-bedachungen.example>
Betreff: Marco

Hallo Frau Oltmanns, wir wollen das mit Marco hinkriegen, sagen Sie uns
nur was wir umbauen müssen. Büro ist im EG. Gruß J. Husmann
"""
    return (mail(34, OLTMANNS, 'Dachdeckerei Husmann GmbH <info@husmann-bedachungen.example>', 'AW: Marco', body, cc=TAMMEN),
            'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-employer',
            'return-to-work plan for a named wheelchair user incl. catheter breaks, sent to employer')


def m035():
    body = """Dear colleagues,

As part of our annual Casualty Trends Review we ask our cedants to
complete the short questionnaire below on serious bodily injury claims
(motor TPL and general liability). Aggregate figures only - please do
not send individual claim files or names.

1. Number of open claims with incurred > EUR 1m at 30/09/2024, split by
   injury type (TBI, SCI, amputation, other).
2. Share of these claims with external case management (%).
3. Average time from accident to first case-manager visit (days).
4. Trend in future-care cost assumptions (hourly care rate used).
5. Do you use periodical payments (Rentenzahlungen) or lump sums?

Deadline 13 December. Results will be shared anonymised with all
participants.

Kind regards,
Dr. Felix Amberger
Casualty Claims Research, Nordkap Re
"""
    return (mail(35, BRUNS, 'Dr. Felix Amberger <f.amberger@nordkap-re.example>', 'RE: Casualty Trends Review 2024 - questionnaire',
                 'Dear Felix, thank you - we will return the questionnaire by 13/12. Best regards, Heike Bruns\n\n' + body),
            'NORMAL', 'en', 'insurer-to-reinsurer', 'trap: reinsurer questionnaire on serious injury claims, aggregates only')


def m036():
    body = """Sehr geehrter Herr Lammers,

zu Ihrer Nachfrage für Ihre Mandantin, die Bau Wessels GmbH:

Der Schaden vom 14.08.2024 (Baustelle Hafenquartier Brake, Teileinsturz
des Gerüsts) ist bei uns unter HS-24-03990 registriert. Deckung aus der
Betriebshaftpflicht BHV 3318-774201 besteht; die Selbstbeteiligung von
2.500 EUR je Schadenereignis wird mit der Prämienrechnung 2025
angefordert, nicht mit der Regulierung.

Die Ansprüche des Anspruchstellers prüfen und regulieren wir direkt.
Herr Wessels hatte uns telefonisch gefragt, ob er dem Mann "etwas
Gutes tun" darf – bitte richten Sie ihm aus, dass er das gern persönlich
tun kann, aber keine Zahlungen oder Schuldanerkenntnisse in unserem Namen.

Die Unterlagen der Gerüstbaufirma (Subunternehmer) haben wir angefordert;
ein Regress gegen deren Haftpflichtversicherer wird geprüft.

Mit freundlichen Grüßen
Jens Hübotter
"""
    return (mail(36, HUEBOTTER, 'Jörg Lammers <j.lammers@lammers-versicherungsmakler.example>', 'Ihre Mandantin Bau Wessels GmbH – Schaden HS-24-03990', body),
            'CONFIDENTIAL', 'de', 'insurer-to-broker',
            'company policyholder with named managing director, claim and contract data, injured person not described')


def m037():
    body = """Liebe Ilka,

kannst du dir bitte den Bericht von Herrn Menke zu Quante ansehen? Mich
interessiert vor allem, ob wir bei 50 % Leistungsfähigkeit im alten Beruf
schon von BU ausgehen müssen oder ob die Verweisung auf die Tätigkeit als
Ausbilder trägt. Stellungnahme bis Ende nächster Woche wäre super.

Danke, Sevgi

-------- Weitergeleitete Nachricht --------
Betreff: BL-23-07731 Quante – Bericht Wiedereingliederung
Datum: Fri, 15 Nov 2024 17:21:08 +0100
Von: Ulrich Menke <info@reha-beratung-menke.example>

Sehr geehrte Frau Aydın,

Herr Quante (58, Industriemechaniker/Schichtführer bei der Weser-Guss
GmbH) hat die stufenweise Wiedereingliederung am 04.11. nach der zweiten
Woche abgebrochen. Er berichtet von Konzentrationsproblemen, innerer
Unruhe und Schlafstörungen, die im Schichtbetrieb (Wechselschicht,
Lärm) deutlich zugenommen haben. Er war deswegen am 06.11. bei seiner
Psychiaterin (Dr. Ahlers, Bremen-Nord), die die Diagnose einer
rezidivierenden depressiven Störung, gegenwärtig mittelgradig (F33.1),
bestätigt und Venlafaxin auf 150 mg erhöht hat. Er ist erneut
arbeitsunfähig.

Im Gespräch mit dem Werksleiter (Herr Tiedemann) kam die Idee auf,
Herrn Quante in die Ausbildungswerkstatt (Tagdienst, 6 Azubis) zu
versetzen. Herr Quante kann sich das vorstellen, hat aber Angst, "vor den
jungen Leuten zu versagen". Das Einkommen wäre ca. 480 EUR brutto
niedriger (bisher 4.310 EUR inkl. Schichtzulagen).

Meine Empfehlung: Zeit für die ambulante Psychotherapie geben (Antrag
läuft, Wartezeit ca. 3 Monate), danach neuer Versuch im Tagdienst mit
4 Std./Tag. Die Ehefrau unterstützt ihn sehr.

Aufwand Oktober/November: 7,25 Std., 180 km.

Mit freundlichen Grüßen
Ulrich Menke
"""
    return (mail(37, AYDIN, SANDERS, 'WG: BL-23-07731 Quante – Bericht Wiedereingliederung', body),
            'STRICTLY_CONFIDENTIAL', 'de', 'casemanager',
            'disability claim: depression ICD code, medication, failed reintegration, income')


def m038():
    body = """Sehr geehrte Damen und Herren,

wir möchten Sie über eine organisatorische Änderung informieren:

Ab dem 01.12.2024 übernimmt Frau Nadine Kowalczyk (Ergotherapeutin B.Sc.,
Case Managerin DGCC) die Region Oldenburg/Ammerland/Wesermarsch. Herr
Frank Eilers wechselt in unsere neue Niederlassung Osnabrück und
betreut dort die Region Süd.

Neue Kontaktdaten:
Nadine Kowalczyk, Tel. 0441 2049-117, n.kowalczyk@rehapfad.example

Laufende Aufträge werden selbstverständlich nahtlos weitergeführt; Sie
erhalten zu jedem Fall eine gesonderte Übergabenachricht.

Mit freundlichen Grüßen
Stefan Pape
Geschäftsführer, RehaPfad GmbH
"""
    return (mail(38, OLTMANNS, 'Team Personengroßschaden <personengrossschaden@%s>' % DOM, 'WG: Neue Ansprechpartnerin RehaPfad Region Oldenburg', 'Zur Info. KO\n\n' + body),
            'NORMAL', 'de', 'casemanager', 'organisational announcement of staff change, no case data')


def m039():
    body = """Hi Claire,

Attached is the application we discussed for the Rehabilitation
Coordinator (English-speaking) role, ref. IC-2410. She looks strong on
paper. Could you let me know by Friday whether you want to invite her?
Please don't forward the CV outside the panel.

Sönke
"""
    docx = make_docx([
        '# Curriculum Vitae',
        'Siobhan Mary Kearney',
        'Date of birth: 23 April 1989, Limerick, Ireland',
        'Address: Am Dobben 41, 28203 Bremen   Mobile +49 1522 4418 903',
        'Salary expectation: EUR 58,000 gross p.a.; notice period 3 months',
        '# Experience',
        '2019 - today: Claims Handler Bodily Injury, Hanse Assekuranz Service GmbH, Hamburg',
        '2015 - 2019: Rehabilitation Case Manager, CareBridge Ireland Ltd, Cork',
        '2011 - 2015: Staff Nurse, Orthopaedics, University Hospital Limerick',
        '# Education',
        'BSc Nursing (General), University of Limerick, 2011',
        'Certificate in Case Management, CMSUK, 2017',
        '# Languages',
        'English (native), Irish (good), German (C1, Goethe certificate 2020)',
    ], title='CV Kearney')
    return (mail(39, PRANGE, DONNELLY, 'Application IC-2410 Rehabilitation Coordinator', body,
                 atts=[('CV_Kearney_Siobhan.docx', docx)], when='2024-11-06 15:10'),
            'CONFIDENTIAL', 'en', 'internal',
            'job application: birth date, address, salary expectation in DOCX, no health')


def m040():
    body = """Liebe Kolleginnen und Kollegen,

zur Auffrischung vor dem Audit hier das Quiz aus der Datenschutzschulung
"Gesundheitsdaten im Reha-Management". Lösungen am Ende. Die Fälle sind
frei erfunden.

1. Die Reha-Managerin schickt Ihnen den Erstbericht zu "Herrn Max
   Mustermann (fiktiv), geb. 01.01.1970, Diagnose S06.5, Z. n. Trepanation"
   unverschlüsselt an Ihre persönliche Adresse. Was tun Sie?
   a) Weiterleiten an die Sachbearbeitung
   b) Sicherheitsvorfall melden, Dienstleister auf den sicheren Weg
      hinweisen, Mail nicht weiterleiten
   c) Ausdrucken und löschen

2. Darf der Reha-Dienst dem Arbeitgeber die Diagnose nennen, um einen
   Schonarbeitsplatz zu begründen?
   a) Ja, immer  b) Nur mit ausdrücklicher Einwilligung, und auch dann
   besser nur die Funktionseinschränkungen  c) Nie, auch nicht mit
   Einwilligung

3. Eine Angehörige ruft an und will wissen, "wie es um ihren Mann steht".
   a) Auskunft geben, sie ist ja Ehefrau  b) Nur, wenn eine Vollmacht oder
   Einwilligung vorliegt  c) Auf den Reha-Dienst verweisen

Lösungen: 1b, 2b, 3b.

Annika Meyerhoff
Datenschutzkoordination
"""
    return (mail(40, MEYERHOFF, 'Team Personengroßschaden <personengrossschaden@%s>' % DOM, 'Datenschutz-Quiz Reha-Management (Übung)', body),
            'NORMAL', 'de', 'internal', 'trap: training quiz with fictitious Max Mustermann, ICD code and birth date')


def m041():
    body = """Hallo Jens,

kurzer Zwischenstand Pryce, weil du nach der Rückstellung gefragt hast.
Hannah Whitcombe schreibt heute (Auszug unten, englisch). Kurz: das
Ex-fix ist raus, aber die Psyche ist das eigentliche Problem, und damit
verschiebt sich die Rückkehr ins Lkw-Fahren auf unbestimmte Zeit. Ich
würde den Erwerbsschaden in der Rückstellung deutlich erhöhen.

Gruß
Claire

> Ex-fix was removed on 12 November, he is now partial weight bearing
> with crutches. The bigger issue is psychological: Dr Morgan-Rees has
> diagnosed PTSD (moderate to severe) and a depressive episode. He has
> had two panic attacks in the car as a passenger, and states he "will
> never drive a lorry again". His employer, Cymru Freight, has offered a
> transport planner role in the depot but he has not yet responded.
> Rhian is exhausted; I have referred her to the carers' service.
> Hannah
"""
    return (mail(41, DONNELLY, HUEBOTTER, 'Pryce – Zwischenstand / Rückstellung', body),
            'STRICTLY_CONFIDENTIAL', 'mixed', 'internal',
            'German internal note with English quote: PTSD, depression, panic attacks of named claimant')


def m042():
    body = """Sehr geehrter Herr Rieckhoff,

zu Ihrem Motorrad aus dem Unfall vom 28.07.2024 (unser Zeichen
KH-24-61877) liegt uns jetzt das Gutachten des Sachverständigenbüros
Jansen & Kück vor:

Fahrzeug: Honda CB 650 R, amtl. Kennzeichen OL-TR 77
Wiederbeschaffungswert (differenzbesteuert)     8.900,00 EUR
Restwert (Angebot Fa. Motorrad-Ankauf Nord)     -1.250,00 EUR
Gutachterkosten (zahlen wir direkt)                  --
Schutzkleidung (Helm, Lederkombi, Stiefel),
  Zeitwert laut Ihren Belegen                      1.120,00 EUR
Kostenpauschale                                       25,00 EUR
-----------------------------------------------------------
Zahlbetrag an Sie                                8.795,00 EUR

Die Überweisung erfolgt in den nächsten Tagen auf Ihr Konto
DE90 2806 9052 8137 8462 48 (Raiffeisenbank). Das Restwertangebot ist
drei Wochen bindend; bitte melden Sie sich direkt beim Aufkäufer.

Mit freundlichen Grüßen
Wiebke Ricklefs
Kraftfahrt Sachschaden
Weserland Versicherung AG
"""
    return (mail(42, RICKLEFS, 'thomas.rieckhoff@ewe-net.example', 'Ihr Motorradschaden – Abrechnung Sachschaden KH-24-61877', body),
            'CONFIDENTIAL', 'de', 'insurer-to-claimant',
            'motor liability property settlement with claimant\'s IBAN and plate, injuries not mentioned')


def m043():
    body = """Dear colleague,

The 9th European Congress on Rehabilitation Case Management will take
place in Vienna on 15-16 May 2025, hosted together with the Austrian
Society for Case Management.

Call for abstracts - themes:
 * Early intervention after severe trauma: evidence and economics
 * Return to work after TBI and spinal cord injury
 * Cross-border rehabilitation in liability claims
 * Digital tools: video assessments, remote therapy monitoring
 * Ethics: the case manager between claimant and insurer

Abstracts (max. 300 words) by 31 January 2025 via
https://www.eurcm-congress.example/abstracts . Case presentations must be
fully anonymised; abstracts containing identifiable patient data will be
rejected.

Early-bird fee EUR 490 until 28 February.

Organising committee, EURCM 2025
"""
    return (mail(43, OLTMANNS, DONNELLY, 'FW: Call for abstracts EURCM 2025 Vienna', 'Claire - would our cross-border cases make a nice talk (anonymised of course)? K.\n\n' + body),
            'NORMAL', 'en', 'newsletter', 'trap: congress call for abstracts about TBI/SCI rehab, no person')


def m044():
    body = """Hallo Frau Oltmanns,

anbei der KV des Sanitätshauses für den Duschrollstuhl und das
Rutschbrett. Die BG übernimmt nur das Standardmodell, der Mehrpreis für
das Modell mit Kippfunktion (wegen der Spastik in den Beinen besser
geeignet) wäre Ihre Position. Bitte um kurze Freigabe.

Gruß B. Tammen
"""
    pdf = make_pdf([
        'Sanitaetshaus Rehaform Nord GmbH - Kostenvoranschlag KV-24-30981',
        'Versicherter: Marco Schwettmann, geb. 14.05.1990, Am Kiefernweg 7, 27232 Sulingen',
        'Kostentraeger: BG BAU (Standardversorgung) / Weserland Versicherung AG (Mehrkosten)',
        'Verordnung: Querschnittzentrum BG Klinikum Nordheide, Diagnose: inkompl. Paraplegie sub L1 (G82.13)',
        '',
        'Pos 1  Dusch-Toilettenrollstuhl mit Kippfunktion 30 Grad, HMV 18.46.02.1xxx   2.480,00 EUR',
        'Pos 2  Rutschbrett Carbon 70 cm                                                 149,00 EUR',
        'Pos 3  Einweisung und Anpassung                                                 65,00 EUR',
        'Summe                                                                          2.694,00 EUR',
        'davon BG-Festbetrag Standardmodell                                            -1.310,00 EUR',
        'Mehrkosten Weserland                                                           1.384,00 EUR',
    ])
    return (mail(44, OLTMANNS, ROSENBROCK, 'WG: KV Hilfsmittel Schwettmann – Freigabe Mehrkosten?', body,
                 atts=[('KV-24-30981_Rehaform.pdf', pdf)]),
            'STRICTLY_CONFIDENTIAL', 'de', 'casemanager',
            'aids quote for named paraplegic insured with spasticity, ICD code in PDF')


def m045():
    body = """Hallo Tom,

für die Rechnungsprüfung 2025 hier die Anlage 2 zum Rahmenvertrag mit
RehaPfad (Vergütung). Gilt ab 01.01.2025, unterschrieben zurück seit
gestern. Bitte im Kreditorenstamm hinterlegen.

Katrin
"""
    rows = [
        ['Anlage 2 zum Rahmenvertrag Reha-Management Weserland/RehaPfad - Vergütung ab 01.01.2025', '', ''],
        ['Leistung', 'Einheit', 'Preis netto EUR'],
        ['Fallpauschale Stufe 1 (Beratung, bis 3 Monate)', 'Fall', 950],
        ['Fallpauschale Stufe 2 (Standard, bis 12 Monate)', 'Fall', 3400],
        ['Fallpauschale Stufe 3 (Schwerstverletzte, je Quartal)', 'Quartal', 2150],
        ['Stundensatz außerhalb Pauschale', 'Std.', 98],
        ['Fahrtzeit', 'Std.', 49],
        ['Kilometer', 'km', 0.45],
        ['Erstbericht', 'Bericht', 'inkl.'],
        ['Zusatzgutachten Wohnraum (Architekt)', 'Gutachten', 780],
        ['Dolmetscherkosten', 'nach Aufwand', 'durchlaufend'],
    ]
    return (mail(45, OLTMANNS, GERDES, 'Anlage 2 Rahmenvertrag RehaPfad – Vergütung 2025', body,
                 atts=[('Anlage2_Verguetung_RehaPfad_2025.xlsx', make_xlsx(rows, 'Verguetung'))]),
            'NORMAL', 'de', 'internal', 'trap: price schedule of the case-management firm, no person')


def m046():
    body = """Sehr geehrter Herr Peters,

danke, dass Sie uns den Mahnbescheid des Amtsgerichts Uelzen
(Geschäftszeichen 25-0118447-0-2) sofort weitergeleitet haben.

Wichtig: Bitte legen Sie selbst fristgerecht Widerspruch ein, also
innerhalb von zwei Wochen ab Zustellung (laut Umschlag am 03.02.2025).
Kreuzen Sie auf dem beiliegenden Vordruck "Ich widerspreche dem Anspruch
insgesamt" an und schicken Sie ihn an das Amtsgericht. Eine Kopie an uns
genügt.

Die Forderung von 3.800 EUR betrifft den Schadenfall vom 19.12.2024, den
wir aus Ihrer Privathaftpflichtversicherung PHV 1109-556320 bereits
bearbeiten (Schaden HS-25-00219). Wir stehen mit der Bevollmächtigten der
Anspruchstellerin in Kontakt; das gerichtliche Verfahren übernimmt danach
unser Vertragsanwalt, die Kosten tragen wir im Rahmen des Rechtsschutzes
der Haftpflichtversicherung.

Mit freundlichen Grüßen
Jens Hübotter
"""
    return (mail(46, HUEBOTTER, 'jn.peters@posteo-mail.example', 'Mahnbescheid – bitte Widerspruch einlegen (HS-25-00219)', body, when='2025-02-05 09:30'),
            'CONFIDENTIAL', 'de', 'insurer-to-customer',
            'liability policyholder: court reference, claim and contract numbers, no health detail')


def m047():
    body = """Dear Ms Schaper,

Thank you for your questions about Daniel Okafor's return to work. He
has given written consent for me to share the following with you (not
the medical details):

- He is expected to be fit for modified duties from 17 March 2025.
- For the first 6 weeks he should not use vibrating power tools, climb
  ladders or carry more than 5 kg with the left hand. Cold exposure
  (offshore deck work) should be avoided until the scar and the nerve
  sensitivity have settled.
- Office-based work (inspection reports, CAD) is possible from day one;
  he types well with an adapted keyboard technique.
- He continues hand therapy twice a week in Bremerhaven; please allow
  him to attend during working hours (Tue/Thu 8:00-9:00).

I suggest a meeting at your site in the week of 10 March with Daniel,
his line manager and me to agree the plan. The occupational physician
may want to join.

Kind regards,
Katharina Lindqvist
Case Manager, RehaPfad GmbH (on behalf of Weserland Versicherung AG)
"""
    return (mail(47, ROSENBROCK, 'Ms J. Schaper <j.schaper@nordwind-offshore.example>', 'FW: Return to work - D. Okafor',
                 'Ms Schaper, as requested, Ms Lindqvist\'s message below. Regards, M. Rosenbrock\n\n' + body, when='2025-02-27 10:10'),
            'STRICTLY_CONFIDENTIAL', 'en', 'casemanager',
            'work restrictions, hand therapy and nerve sensitivity of named employee sent to employer')


def m048():
    body = """Hi Joost,

As announced, we rotate the SSH host key and the client keys of the
SFTP upload for external case managers on 9 December, 19:00 CET.

- New host key fingerprint (ed25519):
  SHA256:q9mT3ZlP0Kc8a1FvXn7oEwYbR4sUdH2jLk6gVtNiA5c
- Please send us your new public key (OpenSSH format) by 5 December.
- Folder structure does not change (/in/reports, /in/invoices).
- Uploads of medical reports and invoices between 19:00 and 20:00 may
  fail; please retry afterwards.

Do not send private keys by e-mail.

Oliver Stade
IT Service, Weserland Versicherung AG
"""
    return (mail(48, STADE, VANAALST, 'SFTP key rotation 9 December', body, when='2024-11-27 10:00'),
            'NORMAL', 'en', 'insurer-to-casemanager', 'trap: IT notice on SFTP for medical reports, fingerprint only, no person')


def m049():
    body = """Sehr geehrte Frau Kuhlmann,

wir haben Ihren Antrag auf Leistungen wegen Berufsunfähigkeit aus Ihrer
Versicherung LV 7702-331904 geprüft und freuen uns, Ihnen mitteilen zu
können, dass wir die Berufsunfähigkeit anerkennen.

Grundlage sind die Berichte Ihrer Neurologin Dr. Kramer, das
Tätigkeitsprofil Ihres Arbeitgebers und der Bericht von Frau Kowalczyk
(RehaPfad) zum gescheiterten Arbeitsversuch. Aufgrund der Multiplen
Sklerose mit ausgeprägter Fatigue können Sie Ihre Tätigkeit als
Steuerfachangestellte seit dem 01.06.2024 zu mehr als 50 % nicht mehr
ausüben.

Leistungen ab 01.06.2024:
- monatliche BU-Rente 1.450,00 EUR
- Beitragsbefreiung für Haupt- und Zusatzversicherung
Die Nachzahlung für Juni 2024 bis Januar 2025 (11.600,00 EUR) überweisen
wir auf Ihr Konto DE27 2919 0330 5182 0593 29.

Wir prüfen die Voraussetzungen in angemessenen Abständen nach; die
Unterstützung durch RehaPfad bei einer Teilzeitlösung bieten wir Ihnen
weiterhin freiwillig an.

Mit freundlichen Grüßen
Sevgi Aydın
BU-Leistung, Weserland Versicherung AG
"""
    return (mail(49, AYDIN, 'renate.kuhlmann@kabelnord-mail.example', 'Ihre Berufsunfähigkeitsversicherung – Entscheidung', body, when='2025-02-10 14:22'),
            'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
            'disability claim accepted: multiple sclerosis, pension amount, IBAN')


def m050():
    html = """<html><body>
<p><b>Pressemitteilung</b> &ndash; Bremen, 02.12.2024</p>
<h3>Weserland Versicherung baut Reha-Management aus</h3>
<p>Die Weserland Versicherung AG erweitert ihr Reha-Management f&uuml;r Schwerverletzte. Ab Januar 2025
begleiten externe Reha-Managerinnen und -Manager nicht nur Kundinnen und Kunden der Unfallversicherung, sondern
auch Geschädigte in der Kfz- und Privathaftpflicht &ndash; unabh&auml;ngig davon, wer den Unfall verursacht hat.</p>
<p>&bdquo;Wer nach einem Schädel-Hirn-Trauma oder einer Amputation wieder ins Leben zur&uuml;ckfinden muss, braucht
fr&uuml;h einen Lotsen&ldquo;, sagt Vorstand Dr. Hauke Feldhusen. 2024 wurden 212 Menschen begleitet; 61 Prozent
kehrten an ihren Arbeitsplatz zur&uuml;ck, im Branchenschnitt sind es nach Angaben des Fachverbands rund 50 Prozent.</p>
<p>Pressekontakt: Merle Kr&uuml;ger, presse@weserland-versicherung.example</p>
</body></html>"""
    text = """Pressemitteilung – Bremen, 02.12.2024

Weserland Versicherung baut Reha-Management aus

Die Weserland Versicherung AG erweitert ihr Reha-Management für
Schwerverletzte. Ab Januar 2025 begleiten externe Reha-Managerinnen und
-Manager nicht nur Kundinnen und Kunden der Unfallversicherung, sondern
auch Geschädigte in der Kfz- und Privathaftpflicht.

"Wer nach einem Schädel-Hirn-Trauma oder einer Amputation wieder ins
Leben zurückfinden muss, braucht früh einen Lotsen", sagt Vorstand
Dr. Hauke Feldhusen. 2024 wurden 212 Menschen begleitet; 61 Prozent
kehrten an ihren Arbeitsplatz zurück.

Pressekontakt: Merle Krüger, presse@weserland-versicherung.example
"""
    return (mail(50, 'Presse Weserland <presse@%s>' % DOM, 'Verteiler Fachpresse <fachpresse@verteiler.weserland-versicherung.example>', 'PM: Weserland Versicherung baut Reha-Management aus', text, html=html, when='2024-12-02 10:00'),
            'NORMAL', 'de', 'internal', 'trap: press release with rehab statistics and injury words, no person')

# ============================================================== mails 051-075

def m051():
    body = """Dear Ms Ellis,

Your client: Mr Gareth Pryce
Our insured: Harms Logistik GmbH, Bremen
Our reference: KH-24-58340
Your reference: GE/PRY/24-339

Thank you for your letter of 14 October notifying us that you act for
Mr Pryce. We confirm that we are the motor liability insurer of the
lorry involved and that we deal with the claim directly; there is no
need to involve the Motor Insurers' Bureau or a claims representative.

For our file, please provide:
- Mr Pryce's full postal address and National Insurance number
- the signed form of authority
- details of any payments received from his employer or the DWP

Please note that German law governs liability (Art. 4 Rome II) and that
limitation is three years from the end of 2024.

Yours sincerely,
Claire Donnelly
International Claims
Weserland Versicherung AG
"""
    return (mail(51, DONNELLY, 'Gwen Ellis <g.ellis@morganellis-law.example>', 'Your client G. Pryce - accident 22/08/2024 - our ref KH-24-58340', body, when='2024-10-23 14:00'),
            'CONFIDENTIAL', 'en', 'insurer-to-lawyer',
            'representation acknowledged: named claimant, claim and insured company, no injury detail')


def m052():
    body = """Dear Katrin,

As promised, our anonymised case study for your internal training day.
All identifying details have been changed and the client agreed to its
use in anonymised form.

CASE STUDY - "Client A"

Client A, a chef in his early forties, suffered a moderate traumatic
brain injury in a road accident abroad. After acute treatment he
returned home with fatigue, irritability and problems with planning and
multitasking - a disaster in a restaurant kitchen.

What we did
- Neuropsychological assessment at month 3, cognitive rehabilitation
  (12 weeks), energy management coaching.
- Workplace visit: kitchen processes, noise, time pressure.
- Graded return over 16 weeks, starting with prep work in the morning,
  no service during peak hours; later moved to a menu-planning role.
- Partner included in two sessions on fatigue and mood.

Outcome after 14 months: working 32 h/week, stable; total rehab cost
EUR 21,700 against an estimated loss-of-earnings reserve of EUR 240,000.

Learning points: early workplace visit, involve the partner, and keep the
liability dispute out of the rehab conversation.

Best regards,
Joost van Aalst
ReturnWorks B.V.
"""
    return (mail(52, OLTMANNS, 'Team Personengroßschaden <personengrossschaden@%s>' % DOM, 'FW: Anonymised case study for training day', body),
            'NORMAL', 'en', 'casemanager', 'trap: anonymised case study of a TBI client, nobody identifiable')


def m053():
    body = """Hallo Herr Hübotter,

kurze Rückmeldung nach meinem ersten Besuch bei Frau Brakhage gestern
(gemeinsam mit Herrn Eilers zur Übergabe):

- Sie wirkt körperlich gut erholt, die Kopfschmerzen sind deutlich
  seltener. Die neuropsychologische Therapie tut ihr gut, aber sie ist
  nach 2 Std. Lesen "komplett leer" und braucht dann eine lange Pause.
- Das Levetiracetam soll laut Neurologe im Frühjahr ausgeschlichen
  werden; bis dahin darf sie nicht Auto fahren, was für die Fahrten
  zur Uni (Bus ca. 50 Min.) relevant ist.
- Für das Sommersemester plant sie nur zwei Module. Ich begleite sie zum
  Beratungstermin der Uni wegen Nachteilsausgleich (Schreibzeitverlängerung,
  separater Raum) am 09.01.
- Die Mutter möchte gern bei allen Terminen dabei sein; Frau Brakhage hat
  mich gebeten, das freundlich zu begrenzen.

Ich beantrage die Übernahme von Fahrtkosten per Taxi zu den Therapien
bis zur Fahrerlaubnis (ca. 8 Fahrten/Monat à 23 EUR).

Viele Grüße
Nadine Kowalczyk
RehaPfad GmbH | Region Oldenburg/Ammerland
"""
    return (mail(53, HUEBOTTER, SANDERS, 'WG: KH-24-55102 Brakhage – Erstkontakt nach Übergabe', 'Ilka, fürs Gutachten. Gruß Jens\n\n' + body, when='2024-12-04 08:55'),
            'STRICTLY_CONFIDENTIAL', 'de', 'casemanager',
            'named claimant after brain injury: headaches, cognitive fatigue, anticonvulsant, driving ban')


def m054():
    body = """Hallo Tom,

Rechnung der Dolmetscherin im Fall Nowak, sachlich richtig, bitte zahlen.
Kostenstelle 4420, Schaden HS-24-03990.

Danke
Jens

> Von: Agnieszka Zielińska <biuro@zielinska-dolmetscht.example>
> Betreff: Rechnung 2024/117
>
> Sehr geehrter Herr Hübotter,
>
> für meine Tätigkeit als Dolmetscherin (Polnisch/Deutsch) beim Gespräch
> zwischen Ihnen und Herrn Piotr Nowak zur Schadenregulierung am
> 12.11.2024 in Brake berechne ich:
>
> 2,5 Std. à 85,00 EUR                            212,50 EUR
> Fahrtkosten Bremen–Brake–Bremen, 104 km × 0,42   43,68 EUR
> Summe netto                                     256,18 EUR
> zzgl. 19 % USt                                   48,67 EUR
> Rechnungsbetrag                                 304,85 EUR
>
> Bitte überweisen Sie auf mein Konto:
> Agnieszka Zielińska, IBAN DE63 2655 0105 5970 0617 43
> Steuernummer 75/154/18833
>
> Mit freundlichen Grüßen
> Agnieszka Zielińska
> allgemein beeidigte Dolmetscherin, LG Oldenburg
"""
    return (mail(54, HUEBOTTER, GERDES, 'WG: Rechnung 2024/117 Dolmetscherin – HS-24-03990', body, when='2024-11-20 09:10'),
            'CONFIDENTIAL', 'de', 'supplier',
            'sole-trader interpreter: IBAN and tax number; named claimant in a liability claim, no health')


def m055():
    body = """Hat jemand den Schlüssel für den Aktenschrank im 4.12? Brauche die
Vertragsordner RehaPfad für die Revision morgen.

Heike
"""
    return (mail(55, BRUNS, 'Team Personengroßschaden <personengrossschaden@%s>' % DOM, 'Schlüssel Aktenschrank 4.12', body, when='2025-01-06 08:40'),
            'NORMAL', 'de', 'internal', 'short organisational question')


def m056():
    body = """Dear Felix,

As required under clause 7 of the motor XL treaty, please find below the
large loss notification for a claim that has now exceeded 50 % of the
retention.

  Cedant claim no.:     KH-24-58340
  Date of loss:         22/08/2024, A1 motorway near Bremen
  Insured:              Harms Logistik GmbH (fleet)
  Claimant:             G.P., male, 52, HGV driver, UK resident
  Liability:            100 %, not disputed (rear-end collision)
  Injuries:             open tibial plateau fracture L (Schatzker VI),
                        pelvic ring fracture, rib fractures; PTSD and
                        depressive episode diagnosed 11/2024
  Prognosis:            unlikely to return to HGV driving; possible
                        sedentary work; risk of post-traumatic arthritis,
                        knee replacement within 10 years likely
  Rehab:                UK case manager (Bridgeway) since 10/2024
  Reserve:              EUR 1,650,000 (previously 1,200,000)
                        of which loss of earnings 780k, care 210k,
                        general damages 95k, medical/rehab 140k,
                        future TKR 45k, costs 380k

Next review: after the orthopaedic expert report (UK), expected 04/2025.

Best regards,
Heike Bruns
Head of Serious Injury Claims
Weserland Versicherung AG
"""
    return (mail(56, BRUNS, 'Dr. Felix Amberger <f.amberger@nordkap-re.example>', 'Large loss notification KH-24-58340 (motor XL)', body, cc=DONNELLY, when='2024-12-19 16:00'),
            'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-reinsurer',
            'large-loss report: initials, age, injuries, PTSD and prognosis of a traceable claimant')


def m057():
    body = """Sehr geehrter Herr Thölken,

gern beantworte ich Ihre Frage zur Schadenquote Ihrer Flotte vor der
Verlängerungsrunde. Stand 31.12.2024, Vertrag KF-F 8810-200:

  Beitrag 2024 (Haftpflicht + Kasko)            312.400 EUR
  Schadenaufwand 2024 inkl. Reserven            1.934.000 EUR
  davon Großschaden A1 (08/2024)                1.650.000 EUR
  Schadenquote 2024                             619 %
  Schadenquote 2022–2024                        187 %

Ohne den Großschaden läge die Quote bei 91 %. Wir werden Ihnen zur
Verlängerung ein Angebot mit angepasstem Beitrag und einer höheren
Selbstbeteiligung in der Kasko machen; Ihr Makler, Herr Lammers, ist
informiert.

Mit freundlichen Grüßen
Frauke Dettmers
Firmenkunden Kraftfahrt
Weserland Versicherung AG
"""
    return (mail(57, 'Frauke Dettmers <frauke.dettmers@%s>' % DOM, 'Bernd Thölken <b.thoelken@harms-logistik.example>', 'Schadenquote Flotte KF-F 8810-200', body, cc='j.lammers@lammers-versicherungsmakler.example', when='2025-01-16 11:00'),
            'CONFIDENTIAL', 'de', 'insurer-to-company',
            'fleet policyholder company with named contact, contract and loss figures, no person injured named')


def m058():
    body = """Dear Ms Oltmanns,

Following our call, please find a short description of our services for
German insurers with Dutch-resident claimants.

ReturnWorks B.V. - letselschade re-integration & case management
- Independent case managers (registered with the Dutch association of
  case managers in personal injury, NVLC-accredited)
- Intake within 10 working days at the client's home
- Coordination with the Dutch system: GP (huisarts), occupational
  physician (bedrijfsarts), UWV, employer obligations under the Gatekeeper
  Improvement Act (Wet verbetering poortwachter)
- Reports in English or German; invoices in EUR monthly
- Typical caseload: fractures, whiplash, TBI, brachial plexus injuries,
  burns, psychological trauma

Rates 2025: EUR 112 per hour, travel time at 50 %, EUR 0.39 per km.
Intake report fixed fee EUR 980.

We work under the Dutch GBL (Gedragscode Behandeling Letselschade) and
the GDPR; health data are processed only with the client's explicit
consent.

Kind regards,
Joost van Aalst
ReturnWorks B.V. | Keizerstraat 12, 7411 HE Deventer | KvK 71203388
"""
    return (mail(58, OLTMANNS, DONNELLY, 'FW: ReturnWorks - service description NL', body, when='2024-12-12 10:00'),
            'NORMAL', 'en', 'casemanager', 'trap: service description and rates of a Dutch rehab firm')


def m059():
    body = """Sehr geehrte Frau Demirtaş,

im Schadenfall HS-24-03817 (Sturz im Frischmarkt Hollmann am 06.05.2024)
teilen wir Ihnen mit:

1. Die Kosten der teilstationären multimodalen Schmerztherapie im
   Klinikum Oldenburg (4 Wochen ab 13.01.2025), soweit die AOK sie nicht
   übernimmt, sowie die Fahrtkosten (Taxi) übernehmen wir.

2. Auf das Schmerzensgeld zahlen wir Ihnen einen weiteren Vorschuss von
   5.000 EUR (bisher gezahlt: 7.500 EUR). Die abschließende Bemessung
   hängt davon ab, wie sich das CRPS entwickelt.

3. Den Verdienstausfall (Differenz zwischen Krankengeld und Ihrem
   Nettoeinkommen inkl. Schichtzulagen) gleichen wir für Oktober bis
   Dezember aus: 1.284,60 EUR.

Die Überweisung erfolgt auf Ihr bekanntes Konto.

Frau Tammen bleibt Ihre Ansprechpartnerin für die Organisation. Wir
wünschen Ihnen viel Erfolg für die Therapie.

Mit freundlichen Grüßen
Jens Hübotter
"""
    return (mail(59, HUEBOTTER, 'aylin.demirtas@oldenburg-mail.example', 'Ihr Schadenfall HS-24-03817 – Schmerztherapie und Vorschuss', body, when='2024-12-11 10:02'),
            'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-claimant',
            'liability claimant: pain therapy, CRPS, sickness benefit and income')


def m060():
    body = """Dear Ms Donnelly,

Please find my invoice for the reconstruction report in the matter
HS-24-04102 (collision of cyclist S. de Vries with a loose dog, N 402
cycle path near Nordhorn, 4 July 2024).

Invoice 2024-088
  Site visit Nordhorn incl. measurements, 6 h x EUR 120       720.00
  Analysis of photographs and witness statements, 4 h         480.00
  Written report (English), 5 h                               600.00
  Travel Hengelo-Nordhorn 2 x 38 km x EUR 0.45                 34.20
  Subtotal                                                  1,834.20
  VAT reverse-charged (Art. 196 Directive 2006/112/EC)          0.00
  Total                                                     1,834.20

Payment to: B. Hoekstra, IBAN NL76 INGB 0009 6749 84
VAT no. NL003817264B01, KvK 80114572 (eenmanszaak)

Kind regards,
Bas Hoekstra
Traffic accident analyst, Hengelo
"""
    return (mail(60, DONNELLY, GERDES, 'FW: Invoice 2024-088 Hoekstra - accident reconstruction', 'Tom, approved. Cost centre 4470. C.\n\n' + body, when='2025-01-06 13:30'),
            'CONFIDENTIAL', 'en', 'supplier',
            'sole-trader expert IBAN and VAT number; named claimant in liability claim, no injury detail')


def m061():
    body = """Liebe Kolleginnen und Kollegen,

nach den Rückmeldungen aus dem Jour fixe hier die überarbeitete Vorlage
"Reha-Plan" (Word). Bitte ab Februar verwenden. Die grau hinterlegten
Felder sind Platzhalter.

Viele Grüße
Katrin Oltmanns
"""
    docx = make_docx([
        '# Reha-Plan (Vorlage 2025)',
        'Schaden-/Vertragsnummer: «Schaden-Nr.»    Sparte: «Unfall / KH / AH / BU»',
        'Betreute Person: «Name, Vorname», geb. «TT.MM.JJJJ»',
        'Reha-Dienst / Reha-Manager/in: «Dienstleister», «Name»',
        '# 1. Gesundheitliche Ausgangslage',
        'Diagnosen (mit ICD-10-GM): «z. B. S82.6 R»',
        'Funktionseinschränkungen nach ICF (Körperfunktionen, Aktivitäten, Teilhabe): «…»',
        '# 2. Ziele (SMART)',
        ('Nr.', 'Ziel', 'Messgröße', 'Termin', 'verantwortlich'),
        ('1', '«…»', '«…»', '«…»', '«…»'),
        ('2', '«…»', '«…»', '«…»', '«…»'),
        '# 3. Maßnahmen und Kostenträger',
        'Medizinisch (Therapien, Hilfsmittel) – vorrangig GKV/BG/DRV prüfen',
        'Beruflich (BEM, stufenweise Wiedereingliederung, LTA)',
        'Sozial (Wohnen, Mobilität, Familie, Haushaltshilfe)',
        '# 4. Kosten Weserland (Schätzung)',
        '«Betrag» EUR bis «Datum»',
        'Freigabe Weserland: «Name», «Datum»',
    ], title='Vorlage Reha-Plan 2025')
    return (mail(61, OLTMANNS, 'RehaPfad Team Nord <team-nord@rehapfad.example>', 'Vorlage Reha-Plan 2025', body,
                 cc=MENKE, atts=[('Vorlage_RehaPlan_2025.docx', docx)]),
            'NORMAL', 'de', 'insurer-to-casemanager', 'trap: blank rehab plan template with placeholders and example ICD code')


def m062():
    body = """Hallo Herr Rosenbrock,

ich war am Freitag bei Familie Vosskamp zum Hausbesuch. Medizinisch
läuft es ordentlich (die Narben am rechten Arm und Brustkorb sind noch
gerötet und wulstig, Mia trägt die Kompressionsweste inzwischen ohne
großen Protest, die Verbrennungsambulanz sieht sie alle 6 Wochen).
Sorgen macht mir eher das Familiensystem:

- Frau Vosskamp ist sichtbar erschöpft, schläft kaum, macht sich
  Vorwürfe (der Wasserkocher stand auf ihrer Arbeitsplatte). Sie hat mir
  erzählt, dass sie "manchmal nur noch heult". Ich habe ihr die
  Elternberatung der Kinderklinik und ihre Hausärztin ans Herz gelegt.
- Der ältere Bruder (10) reagiert mit Eifersucht und Wutanfällen, weil
  sich alles um Mia dreht.
- Herr Vosskamp ist als Monteur unter der Woche in Süddeutschland; er
  überlegt, eine Stelle vor Ort anzunehmen, das würde aber Einkommen
  kosten.
- Mia selbst: geht wieder zur Schule, vermeidet aber den Sportunterricht
  und trägt auch bei 20 Grad langärmelig. Die Klassenlehrerin ist sehr
  engagiert.

Vorschlag:
1. Haushaltshilfe 2x 4 Std./Woche für 3 Monate (Fa. Alltagshelden,
   32 EUR/Std.) aus dem Reha-Baustein – ca. 3.300 EUR.
2. Kinderpsychologische Begleitung für Mia (Wartezeit bei Kassenpraxis
   5 Monate; Privatpraxis Dr. Wessel könnte ab Februar, 100 EUR/Sitzung).
3. Ein Angebot der Familienerholung (Nachsorge für brandverletzte Kinder
   und ihre Familien, Sommer 2025) – ich kläre die Kostenübernahme mit der
   Krankenkasse.

Viele Grüße
Nadine Kowalczyk
RehaPfad GmbH
"""
    return (mail(62, ROSENBROCK, 'Dr. med. Ilka Sanders <ilka.sanders@%s>' % DOM, 'WG: UL-2024-119560 Vosskamp – Hausbesuch / Familie',
                 'Ilka, was meinst du zu Punkt 2? Gruß Malte\n\n' + body),
            'STRICTLY_CONFIDENTIAL', 'de', 'casemanager',
            'home visit report: child\'s burn scars, mother\'s distress, family strain, psychological support')


def m063():
    body = """Hallo Heike,

zur Info vor dem Mitarbeitergespräch: Die Gehaltsanpassung für Herrn
Hübotter ist durch. Ab 01.04.2025 Tarifgruppe VII/3. Berufsjahr,
Monatsgehalt 5.214 EUR brutto (bisher 4.882 EUR), dazu die
Verantwortungszulage Großschaden 250 EUR. Schreiben geht ihm nächste
Woche per Hauspost zu, bitte bis dahin vertraulich.

Gruß
Sönke Prange
Personalbetreuung
"""
    return (mail(63, PRANGE, BRUNS, 'Gehaltsanpassung J. Hübotter zum 01.04.', body, when='2025-03-06 16:40'),
            'CONFIDENTIAL', 'de', 'internal', 'salary of a named employee')


def m064():
    body = """Got it, thanks - I'll call you after lunch about the agenda.

Claire

Sent from my mobile
"""
    return (mail(64, DONNELLY, OLTMANNS, 'Re: Jour fixe agenda', body),
            'NORMAL', 'en', 'internal', 'two-line reply, no content')


def m065():
    body = """Dear Ms Ellis,

Further to your request of 2 December, we confirm cover as follows:

Your client: Mr Gareth Pryce
Our insured: Harms Logistik GmbH, Bremen (policy KF-F 8810-200)
Vehicle: Volvo FH 500, registration HB-HL 2207, with trailer HB-HL 2213
Cover: compulsory motor third-party liability; bodily injury limit
EUR 15 million per person, EUR 100 million per occurrence
Claim reference: KH-24-58340

We have no objection to your client's claim being pursued directly
against us under § 115 VVG. Kindly address all correspondence to the
undersigned.

Yours sincerely,
Claire Donnelly
International Claims
"""
    return (mail(65, DONNELLY, 'Gwen Ellis <g.ellis@morganellis-law.example>', 'Confirmation of cover - your client G. Pryce', body, when='2024-12-10 10:00'),
            'CONFIDENTIAL', 'en', 'insurer-to-lawyer',
            'confirmation of cover: named claimant, policy, plates, limits; no injury detail')


def m066():
    body = """Hallo zusammen,

hier die Auswertung der Zufriedenheitsbefragung 2024 unter den Menschen,
die wir im Reha-Management begleitet haben (Fragebogen bei Abschluss,
anonym, Rücklauf 87 von 164 = 53 %).

Gesamtzufriedenheit (Schulnote)                 1,8
"Meine Reha-Managerin war gut erreichbar"        91 % stimme zu
"Ich habe mich von der Versicherung unter
 Druck gesetzt gefühlt"                          9 % stimme zu
"Ich würde das Angebot weiterempfehlen"          94 %

Auszüge aus den Freitexten (vom Dienstleister bereits anonymisiert):
- "Ohne Frau T. hätte ich das Bad nie umgebaut bekommen."
- "Am Anfang hatte ich Angst, dass die nur Geld sparen wollen."
- "Die Gespräche mit meinem Chef waren das Wichtigste."
- "Zu viele Formulare, zu viele Schweigepflichtentbindungen."

Nach Sparten: Unfall 1,7 / Kfz-Haftpflicht 1,9 / Allg. Haftpflicht 2,0
(BU zu wenige Rückläufer, nicht ausgewiesen).

Viele Grüße
Katrin
"""
    return (mail(66, OLTMANNS, 'Team Personengroßschaden <personengrossschaden@%s>' % DOM, 'Zufriedenheitsbefragung Reha-Management 2024 – Ergebnisse', body, when='2025-01-15 13:12'),
            'NORMAL', 'de', 'internal', 'trap: anonymous satisfaction survey with free-text quotes, small group suppressed')


def m067():
    body = """Dear Ms de Vries,

Thank you for writing to me so openly. I have passed your message to
Mr van Aalst so that he can discuss the course with you this week. To
your questions: yes, we will pay the course fee for the practice
management course directly to the school, and the travel costs to
Zwolle. Please do not worry about the timing of the EMG - the course
can start before the result.

Kind regards,
Claire Donnelly

> From: Sanne de Vries
> Sent: 16 January 2025 22:48
>
> Dear Ms Donnelly,
> I am sorry to write to you directly. The last weeks have been very
> hard. My arm is still not moving and the pain at night is worse, the
> new tablets (pregabalin) make me dizzy. My GP thinks I am depressed
> and wants me to see a psychologist. I really want to start the course
> in February because sitting at home is making everything worse. Will
> you still pay for it if the EMG in February shows no recovery? I am
> afraid I will never work as a hygienist again.
> Sanne
"""
    return (mail(67, DONNELLY, 'sanne.devries@ziggo-mail.example', 'RE: course and EMG', body, cc=VANAALST, when='2025-01-17 09:05'),
            'STRICTLY_CONFIDENTIAL', 'en', 'claimant',
            'health details (pain, pregabalin, suspected depression) only in the quoted claimant message')


def m068():
    body = """Sehr geehrte Damen und Herren,

bitte beachten Sie, dass sich die Bankverbindung der RehaPfad GmbH zum
01.02.2025 ändert:

RehaPfad GmbH
IBAN: DE82 2825 0110 6394 7078 64
Bank: Sparkasse LeerWittmund

Bitte passen Sie Ihre Stammdaten an. Zahlungen auf das bisherige Konto
werden bis 30.06.2025 weitergeleitet. Eine schriftliche Bestätigung mit
Unterschrift der Geschäftsführung liegt bei Ihrer Kreditorenbuchhaltung
vor (Rückruf zur Verifizierung unter 0421 5567-300 bei Frau Grote).

Mit freundlichen Grüßen
RehaPfad GmbH – Buchhaltung
"""
    return (mail(68, GERDES, OLTMANNS, 'WG: Änderung Bankverbindung RehaPfad GmbH', 'Katrin, zur Info – Rückruf bei Frau Grote ist erfolgt, Änderung ist echt. Tom\n\n' + body),
            'NORMAL', 'de', 'casemanager', 'trap: IBAN of a GmbH (company account), no natural person')


def m069():
    body = """Sehr geehrter Herr Hübotter,

in der Schadensache HS-25-00219 zeigen wir an, dass wir Frau Gisela Harms,
Grüne Straße 31, 26121 Oldenburg, vertreten. Vollmacht anbei. Bitte
richten Sie sämtliche Korrespondenz ausschließlich an uns; ein direkter
Kontakt mit unserer Mandantin oder ihrer Tochter ist nicht erwünscht.

Wir bitten um Bestätigung der Eintrittspflicht Ihres Versicherungs-
nehmers, Herrn Jan-Niklas Peters, und um Übersendung einer Kopie der
Schadenanzeige.

Zahlungen bitte auf unser Anderkonto:
Otten Rechtsanwälte PartG mbB, IBAN DE37 2806 9052 3899 1511 93,
Verwendungszweck: Harms/Peters 25/0042

Mit freundlichen Grüßen
Dr. Kirsten Otten
Rechtsanwältin
"""
    return (mail(69, HUEBOTTER, 'Team Personenschaden <personenschaden@%s>' % DOM, 'WG: Harms ./. Peters – Vertretungsanzeige', 'Zur Akte HS-25-00219. JH\n\n' + body, when='2025-01-28 09:40'),
            'CONFIDENTIAL', 'de', 'lawyer',
            'representation notice: claimant name and address, policyholder, claim number; no injury detail')


def m070():
    body = """Sehr geehrte Damen und Herren,

anbei unsere Sammelrechnung für Dezember 2024 (Pauschalen und
Zusatzleistungen). Die Einzelnachweise sind in der Anlage enthalten.

Mit freundlichen Grüßen
RehaPfad GmbH – Buchhaltung
Am Wall 118, 28195 Bremen
"""
    pdf = make_pdf([
        'RehaPfad GmbH  -  Sammelrechnung RP-2024-12-W  -  Auftraggeber Weserland Versicherung AG',
        'Rechnungsdatum 06.01.2025   Leistungszeitraum 01.12.-31.12.2024',
        '',
        'Pos  Schaden-Nr.       Betreute Person        Leistung                                           EUR',
        '1    UL-2024-118204    Schwettmann, Marco     Pauschale Stufe 3 Q4; Koordination Kfz-Umbau Handgas    2.150,00',
        '2    UL-2024-119560    Vosskamp, Mia (7)      Pauschale Stufe 2; Hausbesuch Familie, Schule          inkl.',
        '3    KH-24-55102       Brakhage, Leonie       Pauschale Stufe 3 Q4; Uni-Nachteilsausgleich, Neuropsych. 2.150,00',
        '4    KH-24-61877       Rieckhoff, Thomas      Zusatz: Termin Orthopaedietechnik Prothese, 3,5 Std.     343,00',
        '5    HS-24-03817       Demirtas, Aylin        Zusatz: Antrag multimodale Schmerztherapie, 2 Std.     196,00',
        '6    HS-24-03990       Nowak, Piotr           Zusatz: Reha-Klaerung Polen (Calcaneus), 4 Std.          392,00',
        '     Fahrtkosten lt. Einzelnachweis 1.212 km x 0,45                                           545,40',
        '',
        'Summe netto 5.776,40   USt 19 % 1.097,52   Rechnungsbetrag 6.873,92 EUR',
        'Bankverbindung: RehaPfad GmbH, IBAN DE82 2825 0110 6394 7078 64',
    ])
    return (mail(70, GERDES, OLTMANNS, 'WG: Sammelrechnung RP-2024-12-W', 'Katrin, bitte sachlich prüfen. Tom\n\n' + body, when='2025-01-07 11:20',
                 atts=[('RP-2024-12-W.pdf', pdf)]),
            'STRICTLY_CONFIDENTIAL', 'de', 'casemanager',
            'harmless body; PDF invoice lists named people with accident claims and health services')


def m071():
    body = """Dear colleagues,

You are invited to our client webinar "Catastrophic injury: future care
costs in Germany, the UK and the Netherlands". Agenda:

- Hourly care rates 2025 - what courts accept (Dr. Lisa Marten)
- Periodical payments vs. lump sums: reserving impact
- Case management as a cost driver or saver? Data from 4,000 claims

All figures are aggregated; no individual claims are discussed.

Calendar entry attached.

Nordkap Re - Casualty Claims Research
"""
    ics = make_ics([{
        'uid': 'webinar-cat-injury-20250212@nordkap-re.example',
        'start': '20250212T150000', 'end': '20250212T163000',
        'summary': 'Nordkap Re webinar: Catastrophic injury - future care costs',
        'location': 'https://webinar.nordkap-re.example/j/84412',
        'description': 'Speakers: Dr. Lisa Marten, Dr. Felix Amberger. Dial-in details in the link.',
    }], organizer='events@nordkap-re.example')
    return (mail(71, BRUNS, 'Team Personengroßschaden <personengrossschaden@%s>' % DOM, 'FW: Webinar invitation - catastrophic injury future care costs', body,
                 atts=[('webinar.ics', ics)]),
            'NORMAL', 'en', 'newsletter', 'trap: reinsurer webinar invitation on catastrophic injuries, aggregated figures')


def m072():
    body = """Hi Tom,

My expense claim for the London trip (meeting with Morgan Ellis and
two UK case-management firms, 20-21 January) is in the travel tool,
approved by Heike. Because I paid the hotel with my private card, could
you please reimburse to my private account this time:

  Claire Donnelly
  IBAN DE43 2005 0550 7143 7891 04

Total EUR 684.30 (flight 298.00, hotel 1 night 211.00, Heathrow Express
and tube 63.30, meals as per flat rate 112.00).

Thanks!
Claire
"""
    return (mail(72, DONNELLY, GERDES, 'Expense claim London 20-21 Jan - private account', body, when='2025-01-24 12:31'),
            'CONFIDENTIAL', 'en', 'internal', 'employee\'s private IBAN for reimbursement')


def m073():
    body = """Liebe Partner,

wir bedanken uns für die gute Zusammenarbeit im Jahr 2024 und wünschen
Ihnen und Ihren Familien frohe Weihnachten!

Zwischen den Jahren (23.12.2024 bis 03.01.2025) ist unsere Zentrale
nur eingeschränkt besetzt. In dringenden Fällen (z. B. Entlassung aus
der Klinik, Hilfsmittel fehlt, Krise in der Familie) erreichen Sie
unsere Rufbereitschaft unter 0171 4423900.

Ihr Team der RehaPfad GmbH
"""
    return (mail(73, OLTMANNS, 'Team Personengroßschaden <personengrossschaden@%s>' % DOM, 'WG: Weihnachtsgruß und Erreichbarkeit RehaPfad', body, when='2024-12-18 15:10'),
            'NORMAL', 'de', 'casemanager', 'trap: holiday greeting naming discharge, aids and crisis generically')


def m074():
    body = """Jens, kurze Info: Pryce hat die Kanzlei gewechselt. Ab sofort
Kontakt nur noch über Hallett & Rowe in Bristol, Vollmacht ist da.
Bitte in der Akte umstellen, ich schreibe Morgan Ellis wegen der
Kostenfrage an. Claire

---------- Forwarded message ----------
From: Nathan Rowe <n.rowe@hallettrowe.example>
Date: 03 Feb 2025 11:48
Subject: Gareth Pryce - change of solicitors

Dear Ms Donnelly,

We are instructed by Mr Gareth Pryce, 21 Graig Street, Pontypridd
CF37 1NF, in place of Morgan Ellis LLP. A signed form of authority is
attached. Please send all further correspondence to us quoting our
reference NR/PRY/0211. Please do not contact our client directly.

Kind regards,
Nathan Rowe, Partner, Hallett & Rowe Solicitors
"""
    return (mail(74, DONNELLY, HUEBOTTER, 'FW: Gareth Pryce - change of solicitors', body, when='2025-02-03 13:02'),
            'CONFIDENTIAL', 'mixed', 'lawyer', 'change of solicitors: named claimant with home address, no injury detail')


def m075():
    body = """Dear case management partners,

Please note the following Field Safety Notice which we received from
the manufacturer today. Please check whether any of your clients use an
affected chair and, if so, contact them and the supplying dealer. You do
not need to send us any names; just tell us the number of affected
clients per insurer so we can budget replacements.

FIELD SAFETY NOTICE FSN-2025-02
Product: Velora Active 3 manual wheelchair, serial numbers VA3-2301-0001
to VA3-2312-9999
Issue: The quick-release axle of the rear wheel may not lock fully if
the release button is pressed during transfer. Risk of wheel detachment.
Action: Stop using the quick-release function; dealer will fit a
modified axle free of charge. Inspection kit shipped to dealers from
17 February.

Katrin Oltmanns
Weserland Reha-Management
"""
    return (mail(75, OLTMANNS, 'Reha-Dienstleister Verteiler <reha-partner@verteiler.weserland-versicherung.example>', 'Field Safety Notice: Velora Active 3 wheelchair - please check your clients', body, when='2025-02-11 10:44'),
            'NORMAL', 'en', 'insurer-to-casemanager', 'trap: wheelchair recall notice, no client names')

# ============================================================== mails 076-100

def m076():
    body = """Hallo Jens,

zu deiner Frage wegen des KV Brüning für Herrn Rieckhoff (Unterschenkel-
prothese, Definitivversorgung, 18.940 EUR):

Medizinisch ist der Vakuumschaft bei ihm gut begründet. Der Stumpf ist
relativ kurz (ca. 11 cm ab Kniegelenkspalt), er hat ausgeprägte Volumen-
schwankungen über den Tag und hatte im Dezember zweimal Druckstellen
mit oberflächlicher Wunde am distalen Stumpfende. Mit Liner und
Vakuum ist die Haftung besser und die Scherkräfte geringer. Für seine
geplante Tätigkeit in der Netzleitstelle wäre ein einfacher Carbonfuß
ausreichend; den energiespeichernden Fuß mit Torsionsadapter hat er
sich gewünscht, weil er wieder wandern möchte. Das halte ich im
Haftpflichtschaden für vertretbar (Teilhabe, Freizeit).

Die Phantomschmerzen sind unter Gabapentin 900 mg/d besser; die
Spiegeltherapie bei der Ergo läuft weiter. Psychisch wirkt er laut
RehaPfad stabiler, seit die Frage mit dem Arbeitsplatz geklärt ist.

Empfehlung: KV freigeben, Ersatzliner (2 Stück/Jahr) gleich mit
bewilligen. GKV-Anteil über die Krankenkasse abziehen.

Ilka
"""
    return (mail(76, SANDERS, HUEBOTTER, 'Re: KV Prothese Rieckhoff KH-24-61877', body, when='2025-01-09 14:05'),
            'STRICTLY_CONFIDENTIAL', 'de', 'internal',
            'medical advisor on named claimant: amputation stump, wounds, phantom pain, medication')


def m077():
    body = """Moin zusammen,

Heike hat am Freitag Geburtstag – wir machen um 9:30 ein kleines
Frühstück in der Teeküche 4. OG. Wer was mitbringen mag, trägt sich
bitte in die Liste an der Pinnwand ein (Brötchen sind schon vergeben).

Pssst, nicht verraten ;-)
Sabine
"""
    return (mail(77, 'Sabine Behrens <sabine.behrens@%s>' % DOM, 'Team Personengroßschaden ohne TL <ps-team-ohne-tl@%s>' % DOM, 'Frühstück Freitag 9:30', body),
            'NORMAL', 'de', 'internal', 'birthday breakfast, colleague named without personal data')


def m078():
    body = """Dear Mr Whitby,

Thank you for your call and the photographs. We are the liability
insurer of Bau Wessels GmbH, whose scaffolding netting came loose in the
storm on 14 January 2025 and fell onto the car you had parked in
Langenstraße, Bremen. We understand from you and from the site manager
that nobody was in or near the car and nobody was hurt.

Our reference: HS-25-00388
Vehicle: Toyota Corolla, hire car (Stadtmobil Leihwagen), registration
HB-SM 4471, hired by you 12-19 January 2025

Please send us:
1. The damage invoice or estimate from the hire company, or the excess
   they have charged to your credit card
2. Your hire agreement
3. Your address in the UK and, if you want us to reimburse an excess
   you paid yourself, your bank details

Kind regards,
Claire Donnelly
International Claims
"""
    return (mail(78, DONNELLY, 'alan.whitby@btinternet-mail.example', 'Damage to your hire car in Bremen - our ref HS-25-00388', body, when='2025-01-20 11:15'),
            'CONFIDENTIAL', 'en', 'insurer-to-claimant',
            'liability property claim of a named person, "nobody was hurt", plate and hire details')


def m079():
    body = """Dear all,

Short reminder on sending health data to case managers outside the EU
following several questions this month:

1. United Kingdom: covered by the EU adequacy decision for the UK
   (extended to 2025). Transfers to Bridgeway and other UK case managers
   are allowed under our data processing agreement; use the secure
   portal or encrypted mail, never plain e-mail.
2. Switzerland: adequacy decision, same rules.
3. USA: only to organisations certified under the EU-US Data Privacy
   Framework, otherwise standard contractual clauses plus a transfer
   impact assessment. Talk to us first.
4. Always the minimum necessary: case managers need functional
   information and treatment needs, not our medical advisor's full
   file.
5. Consent / release from confidentiality must cover the specific
   recipient.

Questions: datenschutz@weserland-versicherung.example

Annika Meyerhoff
Data Protection Coordination
"""
    return (mail(79, MEYERHOFF, 'International Claims <intl-claims@%s>' % DOM, 'Reminder: health data to UK / non-EU case managers', body),
            'NORMAL', 'en', 'internal', 'trap: data protection guidance on health data transfers, no person')


def m080():
    body = """Dear Mr Rosenbrock,

Please find attached my progress report no. 2 for Mr Okafor.

Best regards,
Katharina Lindqvist
RehaPfad GmbH
"""
    pdf = make_pdf([
        'RehaPfad GmbH - Progress report no. 2',
        'Client: Daniel Okafor, DOB 03/12/1986     Claim: UL-2025-120377 (group accident, Nordwind Offshore Services GmbH)',
        'Period: 20/02/2025 - 04/04/2025',
        '',
        'Medical',
        '- Status after traumatic amputation of the left index finger at the PIP joint and',
        '  fracture of the middle phalanx of the middle finger (K-wire removed 14/02).',
        '- Painful neuroma at the stump of the index finger; hand surgeon (Dr. Roolfs) plans',
        '  neuroma excision and nerve capping on 22/04. Cold intolerance.',
        '- Hand therapy 2x/week, desensitisation programme, grip strength L 18 kg (R 46 kg).',
        '- Sleep disturbed by stump pain; amitriptyline 10 mg at night since March.',
        '',
        'Work',
        '- Modified duties since 17/03 (office, CAD, inspection reports), 6 h/day.',
        '- Offshore deck work not before autumn; employer supportive.',
        '',
        'Personal',
        '- Wife and daughter (4) joined him in Bremerhaven in February; wife is job-seeking.',
        '- Wants to know whether the invalidity benefit depends on the outcome of the neuroma surgery.',
        '',
        'Next steps: surgery 22/04, then 6 weeks therapy; final RTW plan in June.',
        'Hours this period: 9.0 (incl. workplace meeting 12/03).',
    ])
    return (mail(80, ROSENBROCK, SANDERS, 'FW: Progress report 2 - D. Okafor', body, when='2025-04-07 09:12',
                 atts=[('Okafor_progress_report_2.pdf', pdf)]),
            'STRICTLY_CONFIDENTIAL', 'en', 'casemanager',
            'harmless body; PDF progress report: amputation, neuroma surgery, medication, DOB')


def m081():
    body = """Hallo Tom,

anbei der ausgefüllte Stammdatenbogen unserer neuen freien
Reha-Beraterin für die Region Ostfriesland, Frau Abels. Der
Dienstleistervertrag ist unterschrieben (liegt im Vertragsmanagement),
die Verpflichtung nach § 203 StGB / Datengeheimnis ebenfalls.

Bitte Kreditor anlegen, erste Rechnung kommt Ende des Monats.

Danke, Katrin
"""
    odt = make_odt([
        'Stammdatenbogen externe Dienstleister (Einzelunternehmen)',
        'Name, Vorname: Abels, Dörte',
        'Geburtsdatum: 17.10.1971',
        'Firma / Bezeichnung: Reha- und Pflegeberatung Dörte Abels',
        'Anschrift: Kirchstraße 5, 26603 Aurich',
        'Telefon: 04941 60 77 18, Mobil 0160 9127 4402',
        'E-Mail: kontakt@abels-rehaberatung.example',
        'Steuernummer: 54/119/07365   Steuer-ID: 48 136 902 557',
        'Umsatzsteuer: Kleinunternehmerin nach § 19 UStG',
        'Bankverbindung: Dörte Abels, IBAN DE68 2905 0101 4592 5249 24',
        'Berufshaftpflicht: vorhanden, Nachweis liegt vor',
        'Qualifikation: Gesundheits- und Krankenpflegerin, Case Managerin (DGCC)',
    ])
    return (mail(81, OLTMANNS, GERDES, 'Neuer Kreditor: Reha-Beraterin D. Abels', body, when='2025-02-03 15:30',
                 atts=[('Stammdaten_Abels.odt', odt)]),
            'CONFIDENTIAL', 'de', 'internal',
            'ODT: freelance case manager\'s birth date, tax ID, private IBAN; no patient data')


def m082():
    body = """Dear all,

Group Internal Audit will review "Vendor management - external
rehabilitation and case management providers" in Q2. Opening meeting
invitation attached.

Scope: selection and contracting of providers, rate controls, invoice
checks, data protection clauses (DPA, § 203 StGB commitments), and
whether approvals stay within authority limits. We will sample 25 paid
invoices; please be aware that we will see the claim files in the
system, but no claim data will be included in the audit report.

Best regards,
Martina Feil
Group Internal Audit
"""
    ics = make_ics([{
        'uid': 'audit-rehab-vendors-opening@weserland-versicherung.example',
        'start': '20250415T100000', 'end': '20250415T110000',
        'summary': 'Audit opening: vendor management rehab/case management',
        'location': 'Room 2.07 / Teams',
        'attendees': ['heike.bruns@weserland-versicherung.example', 'katrin.oltmanns@weserland-versicherung.example',
                      'tom.gerdes@weserland-versicherung.example'],
    }], organizer='martina.feil@weserland-versicherung.example')
    return (mail(82, 'Martina Feil <martina.feil@%s>' % DOM, BRUNS, 'Audit 2025-07: opening meeting', body, cc=OLTMANNS,
                 atts=[('invite.ics', ics)]),
            'NORMAL', 'en', 'internal', 'trap: internal audit announcement on rehab vendors and claim files, no data')


def m083():
    body = """Hallo Tom,

Herr Nowak möchte die Erstattung für sein beschädigtes Werkzeug und die
Arbeitskleidung auf sein polnisches Konto. Betrag 1.146,00 EUR laut
unserer Abrechnung vom 27.01. (Sachschaden). Bitte als SEPA-Zahlung
anlegen, Schaden HS-24-03990. Seine Mail unten.

Danke
Jens

> From: Piotr Nowak <p.nowak77@onet-mail.example>
> Sent: Tuesday, 28 January 2025 19:02
> Subject: Geld Werkzeug
>
> Hello Mr Hübotter, sorry my German not good. Please the money for
> tools (Bohrhammer, Laser, Kleidung) to my account in Poland, I am now
> in Opole:
> Piotr Nowak, ul. Ozimska 48/3, 45-058 Opole
> IBAN PL91 1090 1014 3835 1636 7881 1673
> Thank you very much, dziękuję.
> Piotr Nowak
"""
    return (mail(83, HUEBOTTER, GERDES, 'WG: Geld Werkzeug – Zahlung PL-Konto HS-24-03990', body, when='2025-01-29 08:20'),
            'CONFIDENTIAL', 'mixed', 'claimant',
            'liability claimant\'s Polish IBAN and address for property items, no health detail')


def m084():
    body = """Claire,

FYI, Bridgeway's annual outcome report is out - useful benchmark for
the steering group. Key numbers (their whole caseload, all instructing
insurers, 2024):

  clients supported                        1,214
  median time instruction -> INA            9 days
  INA recommendations approved in full     83 %
  return to work (pre-injury or modified)  58 % at 12 months
  clients with psychological treatment     41 %
  client satisfaction (score 1-10)          8.7

Breakdown by injury severity and region is in the PDF on their
website; no individual data. Nothing we need to act on.

Lena
"""
    return (mail(84, 'Lena Hashemi <lena.hashemi@%s>' % DOM, DONNELLY, 'Bridgeway outcome report 2024 - benchmark', body),
            'NORMAL', 'en', 'internal', 'trap: provider outcome statistics, aggregated')


def m085():
    body = """Sehr geehrte Frau Ammermann,

zu Ihrer Tierhalterhaftpflichtversicherung THV 4471-082236 (Ihr Hund
"Balu", Labrador-Mischling) und dem Vorfall vom 04.07.2024 am Radweg
an der B 403 bei Nordhorn:

Wir haben die Ansprüche der Radfahrerin dem Grunde nach anerkannt und
regulieren sie direkt mit deren niederländischen Anwälten. Sie müssen
nichts weiter veranlassen. Bitte leiten Sie uns aber jedes Schreiben
der Gegenseite sofort zu.

Ihre Selbstbeteiligung von 150 EUR verrechnen wir mit dem nächsten
Jahresbeitrag (fällig 01.04.2025). Ihr Vertrag bleibt unverändert
bestehen; eine Kündigung durch uns ist nicht beabsichtigt.

Zu Ihrer Frage: Eine Leinenpflicht außerhalb geschlossener Ortschaften
besteht im Landkreis Grafschaft Bentheim in der Brut- und Setzzeit
(01.04.–15.07.); ein Verstoß wäre eine Ordnungswidrigkeit, berührt aber
Ihren Versicherungsschutz nicht.

Mit freundlichen Grüßen
Jens Hübotter
"""
    return (mail(85, HUEBOTTER, 'heike.ammermann@emsland-mail.example', 'Ihre Tierhalterhaftpflicht – Vorfall vom 04.07.2024', body, when='2025-02-14 10:00'),
            'CONFIDENTIAL', 'de', 'insurer-to-customer',
            'liability policyholder: contract, deductible, claim; injured cyclist not described')


def m086():
    body = """Moin Katrin,

ich fahre am 22.05. zum Reha-Forum Nord nach Hamburg und hätte noch zwei
Plätze im Auto. Abfahrt 7:15 am Haupteingang. Programm unten, ich finde
vor allem den Vortrag zur Wohnraumanpassung spannend.

Heike

REHA-FORUM NORD 2025 – "Teilhabe nach schwerem Unfall"
09:30 Begrüßung
09:45 Querschnittlähmung: Versorgung zwischen Akutklinik und Alltag
10:30 Schädel-Hirn-Trauma und Beruf – was Arbeitgeber wissen müssen
11:30 Wohnraumanpassung: Förderwege KfW, Pflegekasse, BG, Haftpflicht
13:30 Amputation und Prothetik: Neues aus der Orthopädietechnik
14:30 Podium: Reha-Management – Lotse oder verlängerter Arm der
      Versicherung?
16:00 Ende
"""
    return (mail(86, BRUNS, OLTMANNS, 'Reha-Forum Nord 22.05. – Mitfahrgelegenheit', body, when='2025-04-10 12:15'),
            'NORMAL', 'de', 'internal', 'trap: conference programme on paraplegia, TBI, amputation; no person')


def m087():
    body = """Ilka, das Anspruchsschreiben Tjaden zur Kenntnis – bitte bis Mitte
März eine Stellungnahme zu den Dauerfolgen. Die 85.000 halte ich für
deutlich überzogen, aber das hängt an der Prognose. Jens

-----Ursprüngliche Nachricht-----
Von: Kanzlei Tjaden & Partner <kanzlei@tjaden-partner.example>
Gesendet: Montag, 17. Februar 2025 14:31
Betreff: Brakhage ./. Wobbe – Ihr Zeichen KH-24-55102 – Bezifferung Schmerzensgeld

Sehr geehrter Herr Hübotter,

namens und in Vollmacht unserer Mandantin beziffern wir das
Schmerzensgeld nunmehr mit 85.000 EUR. Zur Begründung:

Unsere Mandantin erlitt bei dem Unfall ein schweres Schädel-Hirn-Trauma
(GCS 7 am Unfallort) mit Kontusionsblutungen frontal links und einem
subduralen Hämatom, das am Unfalltag operativ entlastet wurde
(Kraniotomie). Es folgten 9 Tage Intensivstation, davon 4 Tage beatmet,
sowie 11 Wochen neurologische Rehabilitation (Phasen C und D). Am
02.10.2024 trat ein erster epileptischer Anfall auf; seitdem erhält sie
Levetiracetam und darf kein Kfz führen.

Es verbleiben – nach dem beigefügten Bericht des Neuropsychologen –
Störungen der Aufmerksamkeit und des Arbeitsgedächtnisses sowie eine
erhöhte Ermüdbarkeit. Ihr Studium musste sie zwei Semester unterbrechen;
ob sie den Lehrerberuf je wird ausüben können, ist offen. Hinzu kommen
eine entstellende Narbe an der Stirn und eine depressive Anpassungs-
störung, die psychotherapeutisch behandelt wird.

Unter Berücksichtigung der Rechtsprechung (vgl. OLG Celle, OLG Oldenburg
zu vergleichbaren Verläufen bei jungen Geschädigten) ist ein
Schmerzensgeld von 85.000 EUR angemessen. Weiter machen wir einen
Haushaltsführungsschaden und vermehrte Bedürfnisse geltend (gesondertes
Schreiben).

Wir haben uns eine Frist bis zum 17.03.2025 notiert.

Mit freundlichen Grüßen
Hendrik Tjaden
Rechtsanwalt, Fachanwalt für Verkehrsrecht und Medizinrecht
"""
    return (mail(87, HUEBOTTER, SANDERS, 'WG: Brakhage ./. Wobbe – Bezifferung Schmerzensgeld', body, when='2025-02-18 08:30'),
            'STRICTLY_CONFIDENTIAL', 'de', 'lawyer',
            'forwarded lawyer letter: brain injury, craniotomy, epilepsy, depression of named claimant')


def m088():
    body = """Dear Ms Kearney,

Further to your interview on 18 November, we are pleased to offer you
the position of Rehabilitation Coordinator (English-speaking) in our
International Claims team, reporting to Claire Donnelly.

Start date:         1 March 2025
Working hours:      38 hours per week, hybrid (up to 60 % remote)
Salary:             EUR 56,400 gross per year (12 x 4,700), plus
                    the collectively agreed annual bonus
Probation period:   6 months
Holidays:           30 working days

The formal contract in German, with an English convenience translation,
will follow by post. Please confirm your acceptance by 13 December.

Kind regards,
Sönke Prange
Human Resources, Weserland Versicherung AG
"""
    return (mail(88, PRANGE, 'siobhan.kearney@eircom-mail.example', 'Offer of employment - Rehabilitation Coordinator', body, cc=DONNELLY, when='2024-11-29 11:00'),
            'CONFIDENTIAL', 'en', 'insurer-to-applicant', 'job offer with salary of a named person')


def m089():
    body = """I am on annual leave until 3 March with limited access to e-mail.
For urgent matters on international claims please contact
intl-claims@weserland-versicherung.example or call +49 421 3303-4400.

Ich bin bis 3. März im Urlaub. In dringenden Fällen wenden Sie sich
bitte an intl-claims@weserland-versicherung.example.

Claire Donnelly
"""
    return (mail(89, DONNELLY, 'n.rowe@hallettrowe.example', 'Automatic reply: your letter of 20 February', body, when='2025-02-21 08:02',
                 headers=[('Auto-Submitted', 'auto-replied')]),
            'NORMAL', 'en', 'internal', 'trap: out-of-office reply to a claimant\'s solicitor, no content')


def m090():
    body = """Hallo Heike,

anbei die Rückstellungsliste Personengroßschaden zum 31.12.2024 für die
Reservierungskonferenz am Donnerstag. Änderungen > 100 TEUR sind gelb.

Gruß Jens
"""
    rows = [
        ['Schaden-Nr.', 'Anspruchsteller/in', 'Alter', 'Verletzung (Kurz)', 'Reha-Dienst', 'Reserve 30.09.', 'Reserve 31.12.', 'Bemerkung'],
        ['KH-24-58340', 'Pryce, Gareth', 52, 'Tibiakopf-/Beckenfraktur, PTBS', 'Bridgeway (UK)', 1200000, 1650000, 'Erwerbsschaden erhöht, kein Lkw mehr'],
        ['KH-24-55102', 'Brakhage, Leonie', 22, 'SHT, Kraniotomie, Epilepsie', 'RehaPfad', 420000, 560000, 'Schmerzensgeld-Forderung 85 T erwartet'],
        ['KH-24-61877', 'Rieckhoff, Thomas', 47, 'US-Amputation li.', 'RehaPfad', 610000, 640000, 'Prothese, Umsetzung Stadtwerke'],
        ['HS-24-03817', 'Demirtaş, Aylin', 41, 'OSG-Fraktur, CRPS I', 'RehaPfad', 180000, 240000, 'Berufswechsel Pflege wahrscheinlich'],
        ['HS-24-03990', 'Nowak, Piotr', 44, 'Calcaneusfraktur bds.', 'RehaPfad', 150000, 150000, 'Rückkehr PL, Reha dort'],
        ['HS-24-04102', 'de Vries, Sanne', 29, 'Plexusläsion re. C5/C6', 'ReturnWorks (NL)', 390000, 470000, 'Umschulung'],
        ['HS-25-00219', 'Harms, Gisela', 78, 'Schenkelhalsfraktur, Pflegebedarf', '-', 0, 95000, 'neu'],
    ]
    return (mail(90, HUEBOTTER, BRUNS, 'Rückstellungsliste Personengroßschaden 31.12.2024', body, when='2025-01-13 17:45',
                 atts=[('Rueckstellungen_PGS_2024-12-31.xlsx', make_xlsx(rows, 'PGS'))]),
            'STRICTLY_CONFIDENTIAL', 'de', 'internal',
            'harmless body; XLSX reserve list with named claimants, ages and injuries')


def m091():
    body = """Liebe Partnerinnen und Partner,

kurz und knapp: Der KfW-Zuschuss "Barrierereduzierung – Investitionszuschuss
(455-B)" ist seit 2. Januar wieder beantragbar. Wichtig für unsere Arbeit:

- Zuschuss 10 % der förderfähigen Kosten, max. 2.500 EUR je Wohneinheit
  für Einzelmaßnahmen, max. 6.250 EUR für den Standard "Altersgerechtes Haus"
- Antrag VOR Beginn der Maßnahme im KfW-Zuschussportal
- unabhängig von Alter oder Pflegegrad; kombinierbar mit Leistungen der
  Pflegekasse (wohnumfeldverbessernde Maßnahmen bis 4.180 EUR)
- Budget erfahrungsgemäß schnell erschöpft – früh beantragen!

Im Haftpflichtschaden gilt: Zuschüsse Dritter mindern den Schaden nicht
zwingend (Vorteilsausgleichung), klären Sie das mit dem Auftraggeber.

Ihr RehaPfad-Team
"""
    return (mail(91, OLTMANNS, 'Team Personengroßschaden <personengrossschaden@%s>' % DOM, 'WG: RehaPfad kompakt: KfW 455-B wieder offen', body, when='2025-01-08 09:10'),
            'NORMAL', 'de', 'newsletter', 'trap: subsidy info on barrier-free housing and care level, no person')


def m092():
    body = """Hallo Frau Behrens,

anbei die Zahlungsdatei Sachschäden KW 06 zur Freigabe im
Vier-Augen-Prinzip. Alles Haftpflicht bzw. KH-Sachschaden, keine
Personenschäden dabei. Summe 9.744,20 EUR.

Gruß
Wiebke Ricklefs
"""
    csv = ('Schaden-Nr.;Empfänger;IBAN;Betrag;Verwendungszweck\r\n'
           'KH-24-61877;Thomas Rieckhoff;DE90280690528137846248;8795,00;Motorrad WBW abzgl. RW, Kleidung\r\n'
           'HS-25-00388;Alan Whitby;GB76LOYD30963414524511;450,00;Selbstbeteiligung Mietwagen\r\n'
           'KH-25-00734;Marlies Onken;DE80280501006726522006;311,40;Glasschaden Wintergarten (Kfz-Haftpflicht)\r\n'
           'HS-25-00412;Hauke Jürgens;DE78280501005043201502;187,80;Gartenzaun beschädigt (Ballspiel Nachbarskind)\r\n')
    return (mail(92, RICKLEFS, 'Sabine Behrens <sabine.behrens@%s>' % DOM, 'Zahlungsdatei Sachschäden KW 06 – Freigabe', body, when='2025-02-04 14:00',
                 atts=[('Zahlungen_KW06.csv', csv.encode('cp1252'), 'text/csv', 'windows-1252')]),
            'CONFIDENTIAL', 'de', 'internal',
            'CSV with names, IBANs and amounts for liability property payments, no injuries')


def m093():
    body = """Danke, passt so. Von meiner Seite keine Ergänzungen.

Viele Grüße
Stefan Pape

Am 03.12.2024 um 17:02 schrieb Katrin Oltmanns:
> Protokoll Jour fixe Reha-Dienstleister vom 28.11.2024
>
> TOP 1 Leistungsbeschreibung 2025: angenommen; Modul F (Psychotrauma-
>       Lotse) wird 2025 als Pilot in 15 Fällen getestet.
> TOP 2 Berichtsfristen: Erstbericht in 10 Werktagen wurde 2024 in 78 %
>       der Fälle eingehalten (Ziel 90 %). Engpass sind Klinikbesuche.
> TOP 3 Upload-Verfahren: Limit auf 50 MB erhöht (INC-0048812); künftig
>       nur noch PDF/A, keine Word-Dateien mit Änderungsverfolgung.
> TOP 4 Verschiedenes: nächster Termin 27.02.2025.
>
> Katrin Oltmanns
"""
    return (mail(93, OLTMANNS, 'Team Personengroßschaden <personengrossschaden@%s>' % DOM, 'WG: AW: Protokoll Jour fixe 28.11.', 'z.K. KO\n\n' + body, when='2024-12-04 08:05'),
            'NORMAL', 'de', 'casemanager', 'meeting minutes with KPIs only, no cases')


def m094():
    body = """Hannah,

Thanks. We agree to fund the private arthroscopy with Mr Lloyd at the
Vale Hospital (quote GBP 4,850 incl. anaesthetist and one night), given
the NHS waiting time of 40+ weeks. Please make sure the consent form
allows him to send us the operation note. Physio afterwards as per your
plan.

Claire

> On 6 Mar 2025, at 16:21, Hannah Whitcombe wrote:
>
> Claire, update on Gareth: the MRI of the left knee (28/02) shows a
> displaced tear of the lateral meniscus and early post-traumatic
> chondral damage. Mr Lloyd (consultant orthopaedic surgeon) recommends
> arthroscopic partial meniscectomy soon to reduce locking episodes;
> Gareth has fallen twice at home when the knee locked, once on the
> stairs. TF-CBT is helping - he managed a short car journey as a
> passenger last week. Sertraline now 100 mg. Quote attached.
> Hannah
"""
    return (mail(94, DONNELLY, WHITCOMBE, 'Re: Gareth - knee MRI and surgery quote', body, when='2025-03-07 09:48'),
            'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-casemanager',
            'surgery approval; MRI findings, falls, medication of named claimant in quote')


def m095():
    body = """Dear Sir or Madam,

Weserland Versicherung AG invites rehabilitation and case-management
providers to submit proposals for services in Poland for claimants
injured in Germany who return to their home country (mainly
construction and logistics workers, liability and accident lines).

Requirements
- Nationwide coverage or a network covering at least Silesia, Opole,
  Lower Silesia, Greater Poland
- Case managers with a medical, nursing or therapy background; German
  or English for reporting
- Knowledge of the Polish social insurance system (ZUS, NFZ)
- Secure data exchange (SFTP or portal), processing in the EU only
- Price model: hourly rate and optional case flat fee

Timeline: questions by 14 March, proposals by 4 April 2025,
presentations in week 17.

Tender documents: https://einkauf.weserland-versicherung.example/rfp/2025-11

Procurement, Weserland Versicherung AG
"""
    return (mail(95, 'Einkauf Weserland <einkauf@%s>' % DOM, 'Tender distribution list <rfp-rehab@verteiler.weserland-versicherung.example>', 'RFP 2025-11: rehabilitation case management in Poland', body, when='2025-02-24 10:30'),
            'NORMAL', 'en', 'insurer-to-supplier', 'trap: tender for case-management services, no person')


def m096():
    body = """Sehr geehrter Herr Hübotter,

in der Sache Brakhage ./. Wobbe (Ihr Zeichen KH-24-55102) überreichen wir
unsere Kostennote zur außergerichtlichen Tätigkeit bis zum 28.02.2025
mit der Bitte um Ausgleich binnen 14 Tagen.

Gegenstandswert: 131.400,00 EUR
1,8 Geschäftsgebühr Nr. 2300 VV RVG                     3.528,60 EUR
Post- und Telekommunikationspauschale Nr. 7002 VV RVG       20,00 EUR
Zwischensumme netto                                     3.548,60 EUR
19 % USt Nr. 7008 VV RVG                                  674,23 EUR
Gesamtbetrag                                            4.222,83 EUR

Die Erhöhung auf 1,8 begründen wir mit Umfang und Schwierigkeit der
Sache (umfangreiche Korrespondenz, mehrere Besprechungen).

Zahlung bitte auf unser Geschäftskonto bei der Landessparkasse zu
Oldenburg, Verwendungszweck 1184/24 T.

Mit freundlichen Grüßen
Tjaden & Partner Rechtsanwälte
"""
    return (mail(96, HUEBOTTER, GERDES, 'WG: Kostennote Tjaden – KH-24-55102', 'Tom, bitte zahlen, 1,5 wäre angemessen gewesen, aber lohnt den Streit nicht. Jens\n\n' + body, when='2025-03-05 10:10'),
            'CONFIDENTIAL', 'de', 'lawyer', 'lawyer fee note in a named claimant\'s liability claim, no health detail')


def m097():
    body = """Hallo Frau Oltmanns,

wie gewünscht unser neuer Kurz-Leitfaden für Arbeitgeber, den wir bei
Betriebsbesuchen dalassen. Gern auch für Ihre Firmenkunden.

BEM in 6 Schritten – was Arbeitgeber nach einem schweren Unfall
eines Beschäftigten tun können

1. Pflicht kennen: Nach § 167 Abs. 2 SGB IX muss jedem Beschäftigten,
   der innerhalb eines Jahres länger als sechs Wochen arbeitsunfähig war,
   ein BEM angeboten werden.
2. Freiwilligkeit: Die oder der Beschäftigte entscheidet, ob und wie das
   BEM stattfindet. Diagnosen muss niemand offenlegen.
3. Früh Kontakt halten, ohne zu drängen.
4. Arbeitsplatz anschauen: Was geht, was nicht? Hilfsmittel, Umsetzung,
   Arbeitszeit.
5. Stufenweise Wiedereingliederung planen (Hamburger Modell).
6. Förderungen nutzen: Integrationsamt, Rentenversicherung, BG,
   Agentur für Arbeit.

RehaPfad GmbH – wir unterstützen Sie dabei.

Mit freundlichen Grüßen
Stefan Pape
"""
    return (mail(97, OLTMANNS, 'Frauke Dettmers <frauke.dettmers@%s>' % DOM, 'WG: Leitfaden BEM für Arbeitgeber', 'Frauke, vielleicht was für eure Firmenkunden-Mappe? K.\n\n' + body, when='2025-03-11 15:00'),
            'NORMAL', 'de', 'casemanager', 'trap: generic BEM guide mentioning incapacity and diagnoses, no person')


def m098():
    body = """Sehr geehrte Frau Harms-Lüken,

vielen Dank für Ihren Anruf. Wir wissen, dass Sie Ihre Mutter derzeit
sehr unterstützen. Ihre Anwältin, Frau Dr. Otten, hat uns erlaubt, Ihnen
direkt zu den praktischen Fragen zu antworten; eine Kopie geht an sie.

1. Haushaltshilfe: Ab sofort übernehmen wir eine Haushaltshilfe für Ihre
   Mutter an drei Vormittagen pro Woche (je 3 Std.), zunächst für drei
   Monate. Der Pflegedienst Huntetal kann ab 17.03. starten.
2. Pflegegrad: Der Antrag bei der Pflegekasse ist richtig. Der MD-Besuch
   ist für den 24.03. angekündigt; bitte seien Sie dabei. Das Pflegegeld
   rechnen wir später auf die vermehrten Bedürfnisse an.
3. Hausnotruf und Haltegriffe im Bad: Die Kosten übernehmen wir, bitte
   schicken Sie uns die Rechnungen.
4. Die Fahrten zur Physiotherapie (2x wöchentlich nach der Hüft-TEP)
   erstatten wir mit 0,30 EUR/km, wenn Sie fahren.

Wir wünschen Ihrer Mutter weiterhin gute Fortschritte.

Mit freundlichen Grüßen
Jens Hübotter
"""
    return (mail(98, HUEBOTTER, 'petra.harms-lueken@nordwest-mail.example', 'Ihre Mutter Gisela Harms – Haushaltshilfe und Hilfsmittel (HS-25-00219)', body,
                 cc='Dr. Kirsten Otten <otten@otten-rechtsanwaelte.example>', when='2025-03-12 11:30'),
            'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-family',
            'hip replacement, care level assessment and physiotherapy of named elderly claimant, to daughter')


def m099():
    body = """All,

Heads-up: two teams received e-mails today that pretend to come from
"Bridgeway Rehabilitation" and ask us to pay outstanding invoices to a
new bank account "due to an audit". The sender domain is a look-alike
(bridgeway-rehab-ltd.example instead of bridgeway-rehab.example).

- Do not change any bank details based on an e-mail.
- Always verify by calling the known number from the vendor file.
- Forward suspicious mails as attachment to security@weserland-versicherung.example
  and delete them.

No payment has been made. Thanks to Tom for spotting it.

Oliver Stade
IT Security
"""
    return (mail(99, STADE, 'All claims staff <claims-all@verteiler.weserland-versicherung.example>', 'Phishing: fake "Bridgeway" bank change request', body, when='2025-03-14 13:40'),
            'NORMAL', 'en', 'internal', 'trap: phishing warning about bank change of a case-management firm')


def m100():
    body = """Dear Mr Wiersma,

In reply to your request of 10 March for the purpose of your court
application in the Netherlands:

Our policyholder: Ms Heike Ammermann, Nordhorn, Germany
Policy: dog owner's liability insurance THV 4471-082236, in force since
01/04/2019, premium paid, no exclusions relevant to the incident
Sum insured: EUR 10 million per occurrence for bodily injury and
property damage combined
Our claim reference: HS-24-04102

We have accepted liability in principle on behalf of our policyholder
(our letter of 14 February). Please note that we are entitled and
obliged to handle the claim; please do not contact Ms Ammermann directly.

Yours sincerely,
Claire Donnelly
International Claims
"""
    return (mail(100, DONNELLY, 'Mr R. Wiersma <r.wiersma@vandijk-letselschade.example>', 'Your ref. 24-0871 - policy details of our insured', body, when='2025-03-12 15:20'),
            'CONFIDENTIAL', 'en', 'insurer-to-lawyer', 'named private policyholder\'s contract and cover details, no injury detail')

# ============================================================== mails 101-125

def m101():
    body = """Hallo Malte,

das Wohnraumgutachten für Schwettmann ist da (ZIP mit Gutachten und
Kostenschätzung). Kurz: Umbau der Doppelhaushälfte geht, aber nur mit
Anbau eines Schlafzimmers mit Bad im EG. Die BG beteiligt sich mit
max. 50 %. Lass uns am Donnerstag drüber sprechen.

Katrin
"""
    gut = make_pdf([
        'Architekturbuero Dierks - Gutachten Wohnraumanpassung',
        'Auftraggeber: RehaPfad GmbH im Auftrag der Weserland Versicherung AG (UL-2024-118204)',
        'Objekt: Doppelhaushaelfte Am Kiefernweg 7, 27232 Sulingen; Bewohner: Marco Schwettmann (Rollstuhlnutzer,',
        'inkomplette Paraplegie sub L1), Ehefrau, zwei Kinder',
        '',
        'Befund: Eingang mit 4 Stufen (68 cm Hoehenunterschied), Flur 98 cm, Tueren 76 cm, Bad und Schlafzimmer im OG;',
        'Treppenlift wegen gewendelter Treppe nur als Plattformlift (nicht empfohlen).',
        'Empfehlung: Rampe seitlich (11,3 m, 6 %), Anbau 24 m2 (Schlafzimmer + rollstuhlgerechtes Bad nach DIN 18040-2),',
        'Tuerverbreiterungen EG auf 90 cm, Kuechenunterfahrbarkeit Spuele/Kochfeld.',
        'Hinweis: Herr S. benoetigt wegen intermittierendem Selbstkatheterismus ein WC mit seitlicher Anfahrbarkeit.',
    ])
    kost = make_pdf([
        'Kostenschaetzung DIN 276 (brutto)',
        'KG 300 Baukonstruktion Anbau            118.400,00',
        'KG 400 Technische Anlagen               31.900,00',
        'Rampe                                     8.200,00',
        'Tueren / Kueche                          14.650,00',
        'Nebenkosten 18 %                          31.920,00',
        'Summe                                    205.070,00 EUR',
    ])
    z = make_zip([('Gutachten_Wohnraum_Schwettmann.pdf', gut), ('Kostenschaetzung_DIN276.pdf', kost),
                  ('Fotoliste.txt', 'Foto 01 Eingang Stufen\r\nFoto 02 Flur\r\nFoto 03 Bad OG\r\nFoto 04 Garten (Anbauflaeche)\r\n'.encode())])
    return (mail(101, OLTMANNS, ROSENBROCK, 'Wohnraumgutachten UL-2024-118204', body, when='2024-12-09 16:05',
                 atts=[('Wohnraumgutachten_UL-2024-118204.zip', z)]),
            'STRICTLY_CONFIDENTIAL', 'de', 'casemanager',
            'ZIP with home-adaptation report: named wheelchair user, paraplegia, catheterisation')


def m102():
    body = """Hallo Heike,

für den Vorstandsbericht die Kennzahlen Reha-Management 2024 als ODS
(Summen je Sparte, keine Einzelfälle). Bei BU habe ich die psychischen
und die neurologischen Fälle zusammengefasst, weil es sonst zu kleine
Gruppen wären.

Katrin
"""
    rows = [
        ['Kennzahlen Reha-Management 2024', '', '', '', ''],
        ['Sparte', 'Fälle neu', 'Fälle abgeschl.', 'RTW-Quote', 'Ø Kosten Reha-Dienst EUR'],
        ['Unfall (Einzel/Familie)', '61', '48', '71 %', '7.900'],
        ['Unfall (Gruppe)', '14', '11', '82 %', '5.300'],
        ['Kfz-Haftpflicht', '52', '39', '58 %', '19.800'],
        ['Allg. Haftpflicht', '44', '37', '68 %', '10.200'],
        ['BU (psychisch + neurologisch)', '23', '17', '41 %', '6.400'],
        ['BU (sonstige)', '18', '12', '58 %', '5.100'],
        ['Summe', '212', '164', '61 %', '11.600'],
    ]
    return (mail(102, OLTMANNS, BRUNS, 'Kennzahlen Reha-Management 2024 (Vorstandsbericht)', body, when='2025-01-20 10:40',
                 atts=[('Kennzahlen_Reha_2024.ods', make_ods(rows, 'Kennzahlen'))]),
            'NORMAL', 'de', 'internal', 'trap: aggregated rehab statistics per line in ODS, small groups merged')


def m103():
    body = """Sehr geehrter Herr Lammers,

anbei Ihre Courtageabrechnung für das 4. Quartal 2024.

Vermittler-Nr.: 30-44187 (Jörg Lammers Versicherungsmakler e.K.)
Abschlusscourtage Neugeschäft                   4.812,40 EUR
Bestandscourtage                                9.133,75 EUR
Stornoreserve-Einbehalt (10 %)                 -1.394,62 EUR
Auszahlungsbetrag                              12.551,53 EUR

Die Gutschrift erfolgt am 15.01.2025 auf Ihr Konto
DE06 2915 1700 0327 7112 09 (Inhaber: Jörg Lammers).

Bitte beachten Sie: Die Courtage ist gemäß § 4 Nr. 11 UStG
umsatzsteuerfrei; Ihre Steuernummer 57/149/21108 ist hinterlegt.

Mit freundlichen Grüßen
Vertriebsabrechnung
Weserland Versicherung AG
"""
    return (mail(103, 'Vertriebsabrechnung <vertriebsabrechnung@%s>' % DOM, 'Jörg Lammers <j.lammers@lammers-versicherungsmakler.example>', 'Courtageabrechnung Q4/2024', body, when='2025-01-10 07:30'),
            'CONFIDENTIAL', 'de', 'insurer-to-broker', 'sole-trader broker: commission, private IBAN, tax number')


def m104():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Mr Okafor,</p>
<p>As promised on the phone, here is an overview of the benefits under your employer's group accident insurance
(policy GU 5530-10) for your claim <b>UL-2025-120377</b>. The invalidity benefit is based on the fixed
values for the loss of fingers ("Gliedertaxe") in the policy conditions.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#dde7f0"><th>Benefit</th><th>Basis</th><th>Amount</th><th>Status</th></tr>
<tr><td>Hospital daily allowance</td><td>6 days (09.-14.01.2025), Klinikum Reinkenheide</td><td>EUR 300</td><td>paid 22.01.2025</td></tr>
<tr><td>Recovery allowance</td><td>after in-patient stay</td><td>EUR 300</td><td>paid 22.01.2025</td></tr>
<tr><td>Invalidity &ndash; loss of left index finger (PIP joint)</td><td>index finger 10 %, partial loss 2/3 = 6.67 %</td><td>EUR 13,340 (sum insured EUR 200,000)</td><td>advance payable now</td></tr>
<tr><td>Invalidity &ndash; middle finger (healed fracture, stiffness)</td><td>to be assessed after 12 months</td><td>open</td><td>expert report 01/2026</td></tr>
<tr><td>Cosmetic surgery / neuroma operation</td><td>costs not covered by health insurance</td><td>up to EUR 5,000</td><td>on invoice</td></tr>
</table>
<p>The neuroma operation on 22 April does not change the invalidity for the index finger; it may however improve the
function of your hand overall, which we would take into account in the final assessment.</p>
<p>Kind regards,<br>Malte Rosenbrock<br>Accident Claims, Weserland Versicherung AG</p>
</body></html>"""
    return (mail(104, ROSENBROCK, 'daniel.okafor@nordwind-offshore.example', 'Your benefits - overview UL-2025-120377', html=html, html_only=True, when='2025-04-09 14:50'),
            'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
            'HTML-only table: accident benefits, finger amputation, hospital stay, neuroma of addressee')


def m105():
    body = """Joost, could we move our call to 3 pm? My 2 o'clock is running over.
Thanks, Claire
"""
    return (mail(105, DONNELLY, VANAALST, 'call today', body, when='2025-02-19 13:52'),
            'NORMAL', 'en', 'insurer-to-casemanager', 'two-line scheduling note')


def m106():
    body = """Hi Siobhan,

Welcome aboard! To set you up in payroll before 1 March, I have
pre-filled the payroll form with the details you sent. Please check
and reply "correct" or send corrections:

  Name:                 Siobhan Mary Kearney
  Date of birth:        23.04.1989
  Address:              Am Dobben 41, 28203 Bremen
  Tax ID (Steuer-ID):   61 427 009 834
  Tax class:            I
  Social insurance no.: 12 230489 K 502
  Health insurer:       Techniker Krankenkasse (statutory)
  Salary account:       DE72 2005 0550 7877 3146 10
  Church tax:           none

Your laptop and badge will be ready on day one at reception.

Best,
Sönke Prange
HR, Weserland Versicherung AG
"""
    return (mail(106, PRANGE, 'siobhan.kearney@eircom-mail.example', 'Payroll data - please check before 1 March', body, when='2025-02-17 10:05'),
            'CONFIDENTIAL', 'en', 'insurer-to-applicant',
            'new employee payroll data: birth date, tax ID, social insurance number, IBAN')


def m107():
    body = """Beleg anbei.

Gruß J. Hübotter
"""
    pdf = make_pdf([
        'Physiotherapie am Theater - Praxis fuer Physiotherapie und Lymphdrainage',
        'Theaterwall 21, 26122 Oldenburg',
        '',
        'Rechnung Nr. 2025-0211                                      Oldenburg, 28.02.2025',
        'Patientin: Aylin Demirtas, geb. 09.03.1983',
        'Kostentraeger: Weserland Versicherung AG, Schaden HS-24-03817 (Zuzahlung/Privatanteil)',
        'Diagnose lt. Verordnung: CRPS Typ I rechter Fuss nach OSG-Fraktur (G90.50, S82.6)',
        '',
        '10 x KG-ZNS nach Bobath                 je 42,50    425,00',
        '10 x Manuelle Lymphdrainage 45 Min.     je 48,00    480,00',
        '10 x Spiegeltherapie (Selbstzahler)      je 25,00    250,00',
        'abzgl. Anteil AOK                                  -612,40',
        'Rechnungsbetrag                                     542,60 EUR',
    ])
    return (mail(107, HUEBOTTER, GERDES, 'AW: Beleg', body, when='2025-03-04 12:12',
                 atts=[('scan_20250304_121044.pdf', pdf, 'application/octet-stream')]),
            'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-supplier',
            'body says only "Beleg anbei"; scanned physiotherapy invoice (octet-stream) with diagnosis')


def m108():
    body = """Hallo zusammen,

für die Textbausteinbibliothek: neuer Baustein RM-07 "Reha-Management
nicht angezeigt". Bitte Feedback bis Freitag, dann geht er in die
Korrespondenzsoftware.

--- Baustein RM-07 ---
«Anrede» «Titel» «Nachname»,

vielen Dank für Ihr Interesse an unserem Reha-Management im Schadenfall
«Schaden-Nr.».

Nach Prüfung der uns vorliegenden Unterlagen halten wir die Begleitung
durch einen externen Reha-Dienst derzeit nicht für erforderlich, weil
«Begründung: z. B. die Heilbehandlung abgeschlossen ist / die
gesetzliche Unfallversicherung ein eigenes Reha-Management durchführt».

Ihre Ansprüche auf Leistungen aus «Vertrag/Haftpflicht» bleiben davon
unberührt. Sollte sich Ihre gesundheitliche oder berufliche Situation
ändern, sprechen Sie uns gern erneut an.

Mit freundlichen Grüßen
«Sachbearbeiter»
--- Ende ---

Katrin
"""
    return (mail(108, OLTMANNS, 'Team Personengroßschaden <personengrossschaden@%s>' % DOM, 'Neuer Textbaustein RM-07 (Reha-Management nicht angezeigt)', body, when='2025-03-18 09:00'),
            'NORMAL', 'de', 'internal', 'trap: letter template with placeholders, no person')


def m109():
    fwd = inner_mail('Bernd Thölken <b.thoelken@harms-logistik.example>', 'Jens Hübotter <jens.huebotter@weserland-versicherung.example>',
                     'AW: Schaden KH-24-58340 – Unterlagen Fahrerkarte / Stellungnahme Fahrer',
                     """Sehr geehrter Herr Hübotter,

anbei wie gewünscht. Fahrerkarte ist gesichert (Datei DDD liegt bei
uns). Herr Lange ist weiterhin bei uns beschäftigt, wohnt in Stuhr,
Am Mühlenbach 3, Tel. 0176 3319 2280, falls Sie ihn selbst sprechen
wollen.

Stellungnahme Sergej Lange, geb. 02.09.1979, Fahrer seit 2011:
"Ich bin am 22.08. gegen 6:40 auf der A1 Richtung Osnabrück gefahren,
rechte Spur, ca. 80 km/h, Tempomat. Kurz vor der Ausfahrt Arsten hat
der Transporter vor mir stark gebremst, wegen einem Stau, den ich nicht
gesehen habe, weil die Sonne tief stand. Ich habe voll gebremst, aber es
hat nicht gereicht. Nach dem Anprall habe ich die Unfallstelle gesichert
und den Notruf gewählt. Ich hatte in der Nacht davor normal geschlafen,
Lenkzeiten waren eingehalten."

Mit freundlichen Grüßen
Bernd Thölken
Fuhrparkleitung, Harms Logistik GmbH
""", '2024-10-17 11:20', msgid_host='harms-logistik.example')
    body = """Sehr geehrte Frau Kollegin Brandes,

anbei zur Vorbereitung die Stellungnahme des Fahrers unserer
Versicherungsnehmerin (weitergeleitete Nachricht). Die Fahrerkarte
lassen wir durch das Büro Jansen & Kück auswerten.

Mit freundlichen Grüßen
Jens Hübotter
"""
    return (mail(109, HUEBOTTER, 'RAin Maren Brandes <m.brandes@brandes-verkehrsrecht.example>', 'KH-24-58340 – Stellungnahme Fahrer (Weiterleitung)', body, when='2024-10-18 08:40',
                 atts=[fwd]),
            'CONFIDENTIAL', 'de', 'company',
            'forwarded message/rfc822: named driver with birth date, address, statement; no injury detail')


def m110():
    body = """Jens,

Good news for once on de Vries - see Joost's note below. I suggest we
approve the course now (EUR 4,350 + travel).

Claire

> Dear Ms Donnelly,
> The EMG of 12 February shows early reinnervation of the biceps
> (nascent motor units), no activity yet in the deltoid. Clinically she
> has a flicker of elbow flexion (M1+). The neurologist is cautiously
> optimistic for elbow function within a year; shoulder function
> remains uncertain, a secondary tendon transfer may be needed in 2026.
> Mood is better since her GP started her on sertraline and she sees a
> psychologist. She would like to start the practice management course
> on 3 March.
> Kind regards, Joost van Aalst
"""
    return (mail(110, DONNELLY, HUEBOTTER, 'de Vries - EMG result and course', body, cte='base64', when='2025-02-14 16:25'),
            'STRICTLY_CONFIDENTIAL', 'en', 'casemanager',
            'base64 body: EMG findings, antidepressant, psychologist of named claimant')


def m111():
    body = """Hi team,

Updated template for instructing UK case managers under the
Rehabilitation Code. Square brackets are placeholders - please fill
them in, do not send the template with the example text.

----
Dear [Case manager name],

Re: [Claimant full name], DOB [dd/mm/yyyy]
Our reference: [claim number]   Solicitors: [firm / reference]

We are the liability insurers of [insured]. Under the Rehabilitation
Code 2015 we instruct you to carry out an Immediate Needs Assessment
of the above claimant. Injuries as notified: [brief description].

Please report within 21 days. Your report should cover: medical
treatment needs, psychological needs, aids and equipment,
accommodation, care and support, return to work, and costs. Please do
not comment on liability.

Fees: in accordance with your schedule of charges [year], INA fixed
fee [GBP], hourly rate cap [GBP].
----

Claire
"""
    return (mail(111, DONNELLY, 'International Claims <intl-claims@%s>' % DOM, 'Template: letter of instruction (UK INA)', body, when='2025-03-19 11:00'),
            'NORMAL', 'en', 'internal', 'trap: instruction template with [DOB] and injury placeholders')


def m112():
    body = """Sehr geehrter Herr Peters,

vielen Dank, der Widerspruch ist rechtzeitig beim Amtsgericht
eingegangen; das Verfahren ruht bis auf Weiteres. Kosten entstehen
Ihnen dadurch nicht.

Ihre neue Bankverbindung für den Beitragseinzug Ihrer Privathaft-
pflicht PHV 1109-556320 haben wir gespeichert:
IBAN DE97 2005 0550 3803 4344 40 (Hamburger Sparkasse), Kontoinhaber
Jan-Niklas Peters. Das neue SEPA-Mandat gilt ab dem Beitrag zum
01.04.2025 (Mandatsreferenz PHV1109556320-02).

Mit freundlichen Grüßen
Jens Hübotter

----- Ursprüngliche Nachricht -----
Von: jn.peters@posteo-mail.example
Hallo Herr Hübotter, Widerspruch ist raus (Einschreiben vom 11.02.).
Und ich bin nach Hamburg gezogen, neue Adresse Bahrenfelder Str. 160,
22765 Hamburg, und neues Konto, s.o.? Danke, J.-N. Peters
"""
    return (mail(112, HUEBOTTER, 'jn.peters@posteo-mail.example', 'AW: Widerspruch / neue Bankverbindung', body, charset='iso-8859-1', when='2025-02-13 09:45'),
            'CONFIDENTIAL', 'de', 'insurer-to-customer',
            'liability policyholder: new IBAN, address, contract number (iso-8859-1)')


def m113():
    body = """Sehr geehrter Herr Hübotter,

gestern fand das BEM-Gespräch für Frau Demirtas im Ev. Krankenhaus
Oldenburg statt (Teilnehmer: Frau Demirtas, Pflegedirektorin Frau
Meinders, Betriebsärztin Dr. Focke, Schwerbehindertenvertretung, ich).

Ergebnisse:
- Frau Demirtas kann wegen des CRPS am rechten Fuß auf absehbare Zeit
  nicht in der Stationspflege arbeiten (langes Stehen/Gehen, Heben,
  Nachtdienst). Die Betriebsärztin sieht auch langfristig keine
  Rückkehr in den Schichtdienst.
- Angebot des Arbeitgebers: Stelle im Entlassmanagement (Tagdienst,
  überwiegend sitzend) ab 01.05.2025, zunächst stufenweise
  Wiedereingliederung 4 Std./Tag. Vergütung bleibt in P8, die
  Schichtzulagen (ca. 380 EUR/Monat) entfallen.
- Ein Antrag auf Gleichstellung/GdB beim Versorgungsamt wird gestellt
  (Frau Demirtas möchte das, für den Kündigungsschutz).
- Frau Demirtas ist erleichtert, weint aber, weil sie "keine richtige
  Krankenschwester mehr" sei. Psychotherapie läuft seit Januar.

Ich empfehle, den Erwerbsschaden künftig auf Basis des Wegfalls der
Schichtzulagen zu kalkulieren.

Mit freundlichen Grüßen
Birgit Tammen
RehaPfad GmbH
"""
    return (mail(113, HUEBOTTER, SANDERS, 'WG: HS-24-03817 BEM-Gespräch Ergebnisse', body, charset='windows-1252', when='2025-03-20 08:15'),
            'STRICTLY_CONFIDENTIAL', 'de', 'casemanager',
            'BEM meeting: CRPS, disability status, psychotherapy, income of named claimant (windows-1252)')


def m114():
    body = """Hi all,

The Rehab Steering Group on 8 May will be in room 5.01 (not 2.07 - the
projector there is broken). Coffee from 9:45, start 10:00.

Lena
"""
    return (mail(114, 'Lena Hashemi <lena.hashemi@%s>' % DOM, 'Group Claims Rehab Steering <rehab-steering@%s>' % DOM, 'Room change 8 May', body, when='2025-05-05 16:30'),
            'NORMAL', 'en', 'internal', 'room change, no data')


def m115():
    body = """Jens,

Mr Callaghan's witness statement arrived by post - transcript below for
the file KH-24-58340 (original scanned to DMS). Useful on the hazard
lights point.

Claire

---
Witness statement of Declan Callaghan, 14 Harbour View, Cobh, Co. Cork,
date of birth 03 March 1961, retired engineer.

On 22 August 2024 at about 06:40 I was driving with my wife on the A1
towards Bremen in the middle lane. Traffic in the right lane was slowing
because of a queue at the exit. A white van with British plates was
braking in the right lane with its hazard lights on. A large lorry
(white cab, blue trailer with "Harms" written on it) came up behind the
van without slowing down and hit it at what I estimate was 60 km/h. I
stopped on the hard shoulder and my wife rang 112. The lorry driver got
out and put out a warning triangle. The sun was very low and in our
eyes, but I could see the van's hazard lights clearly.

I believe the facts stated in this statement are true.
Signed: D. Callaghan, 12 October 2024
"""
    return (mail(115, DONNELLY, HUEBOTTER, 'Witness statement Callaghan (transcript)', body, when='2024-10-24 10:30'),
            'CONFIDENTIAL', 'en', 'witness',
            'named witness with birth date and address describing a liability accident, no injury detail')


def m116():
    body = """Dear colleagues,

Our annual "Bodily Injury Claims Inflation Monitor" is attached as a
summary below. Figures are market-wide and based on closed claims
reported by 19 cedants; no individual claims are identifiable.

- Average cost of motor bodily injury claims > EUR 500k: +7.8 % p.a.
  (2019-2024), driven by care costs (+9.4 %) and loss of earnings.
- Hourly rates for professional care at home: EUR 38-52 (2019: 29-40).
- Share of large BI claims with external case management: 64 %
  (2019: 41 %). Claims with case management within 6 months of the
  accident show 11 % lower total cost at closure (not adjusted for
  severity mix).
- General damages for tetraplegia in German courts now regularly
  exceed EUR 600k; for severe TBI EUR 300-500k.

Nordkap Re - Casualty Claims Research
"""
    return (mail(116, BRUNS, 'Team Personengroßschaden <personengrossschaden@%s>' % DOM, 'FW: Bodily Injury Claims Inflation Monitor 2025', body, when='2025-03-25 08:50'),
            'NORMAL', 'en', 'newsletter', 'trap: market-wide injury cost statistics, tetraplegia/TBI named generically')


def m117():
    body = """Hallo Malte,

Herr Okafor hat mir (weil ich Englisch spreche) seine Fragen zur
Invalidität geschickt – ich kopiere sie dir unten rein. Kannst du ihm
direkt antworten? Ich glaube, die Sorge ist vor allem, ob die zweite OP
die Leistung mindert.

Danke, Claire

> From: Daniel Okafor
> Sent: 24 April 2025
> Hi Ms Donnelly, sorry to bother you, Mr Rosenbrock is out of office.
> The surgeon removed the neuroma two days ago and said the nerve
> ending is now buried in the bone, the pain should get better. My
> middle finger is still stiff and I cannot make a full fist. Does the
> operation reduce the money for the finger? And will the insurance pay
> for a psychologist? I have bad dreams about the machine since the
> accident and my wife says I am not myself.
> Thanks, Daniel
"""
    return (mail(117, DONNELLY, ROSENBROCK, 'WG: Okafor – Fragen zur Invalidität', body, when='2025-04-25 09:10'),
            'STRICTLY_CONFIDENTIAL', 'mixed', 'customer',
            'German note quoting English customer mail: surgery, stiffness, nightmares')


def m118():
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<h2 style="color:#2a6f4e">RehaPfad kompakt &ndash; Hilfsmittel-Update M&auml;rz 2025</h2>
<h4>1. Neue Hilfsmittelverzeichnis-Positionen</h4>
<p>Der GKV-Spitzenverband hat die Produktgruppe 18 (Kranken-/Behindertenfahrzeuge) fortgeschrieben. Neu aufgenommen
sind u.&nbsp;a. elektrische Zusatzantriebe mit Schiebehilfe f&uuml;r Begleitpersonen.</p>
<h4>2. Prothetik</h4>
<p>Mikroprozessorgesteuerte Kniegelenke werden inzwischen auch bei Mobilit&auml;tsgrad 2 h&auml;ufiger bewilligt, wenn
Sturzgefahr dokumentiert ist. Tipp: Gangprotokoll und Sturzkalender fr&uuml;h anlegen.</p>
<h4>3. Kfz-Umr&uuml;stung</h4>
<p>Lieferzeiten f&uuml;r Handbedienger&auml;te aktuell 10&ndash;14 Wochen. Fahrschule mit Umr&uuml;stfahrzeug in Bremen:
Wartezeit ca. 6 Wochen.</p>
<p style="font-size:8pt;color:#888">RehaPfad GmbH, Am Wall 118, 28195 Bremen &middot; Abmelden: newsletter@rehapfad.example</p>
</body></html>"""
    return (mail(118, OLTMANNS, 'RehaPfad Team Nord <team-nord@rehapfad.example>', 'WG: RehaPfad kompakt – Hilfsmittel-Update März 2025', html=html, html_only=True, when='2025-03-26 14:30'),
            'NORMAL', 'de', 'newsletter', 'trap: HTML newsletter on wheelchairs, prostheses, car conversion; no person')


def m119():
    body = """Sehr geehrte Frau Dr. Otten,

in der Sache Harms ./. Peters (HS-25-00219) regulieren wir vorab den
Sachschaden Ihrer Mandantin wie beziffert:

Wintermantel (Zeitwert)                      180,00 EUR
Handtasche                                    65,00 EUR
Mobiltelefon (Display), Reparatur            149,00 EUR
Einkäufe                                      22,40 EUR
Auslagenpauschale                             25,00 EUR
Summe                                        441,40 EUR

Die Zahlung erfolgt auf Ihr Anderkonto, Verwendungszweck Harms/Peters
25/0042. Zu den weiteren Positionen erhalten Sie gesondert Nachricht.

Mit freundlichen Grüßen
Jens Hübotter
"""
    return (mail(119, HUEBOTTER, 'Dr. Kirsten Otten <otten@otten-rechtsanwaelte.example>', 'Harms ./. Peters – Sachschaden (HS-25-00219)', body, when='2025-02-26 10:05'),
            'CONFIDENTIAL', 'de', 'insurer-to-lawyer', 'named claimant\'s property items in a liability claim, no health')


def m120():
    body = """Malte,

meine Stellungnahme zur Invaliditätsbemessung Schwettmann (UL-2024-118204)
nach Aktenlage und dem Gutachten Prof. Behrens (Querschnittzentrum) vom
03.04.2025:

- Inkomplette Querschnittlähmung sub L1, AIS C, inzwischen AIS D:
  Gehen mit Unterarmgehstützen und Orthesen über ca. 50 m möglich,
  sonst Rollstuhl. Kraftgrade Hüftbeuger 3/5, Kniestrecker 3–4/5,
  Fußheber beidseits 1/5.
- Neurogene Blase (ISK 5x tgl.), neurogene Darmfunktionsstörung,
  erektile Dysfunktion (mit PDE-5-Hemmer teilweise kompensiert).
- Schmerzen: neuropathische Schmerzen unterhalb L1, Pregabalin 150 mg.
- Psychisch: Anpassungsstörung remittiert.

Bemessung außerhalb der Gliedertaxe (Rumpf/ZNS), Gesamtinvalidität
nach meiner Einschätzung 70 %. Mit Progression 350 % ergibt sich
eine Leistung von 185 % der Grundsumme – bitte rechnen und den
Vorschuss anrechnen. Neubemessung innerhalb von 3 Jahren vorbehalten,
da weitere Besserung möglich.

Ilka
"""
    return (mail(120, SANDERS, ROSENBROCK, 'Invaliditätsbemessung Schwettmann – Stellungnahme', body, when='2025-04-14 15:30'),
            'STRICTLY_CONFIDENTIAL', 'de', 'internal',
            'medical opinion: paraplegia, bladder/bowel/sexual dysfunction, invalidity degree of named insured')


def m121():
    body = """Hallo Frau Oltmanns,

das S/MIME-Zertifikat des Funktionspostfachs reha@rehapfad.example läuft
am 31.03.2025 ab. Das neue Zertifikat (öffentlicher Schlüssel) hänge ich
als .cer an bzw. ist im Anhang der signierten Mail enthalten. Bitte
leiten Sie es an Ihre IT weiter, damit verschlüsselte Berichte weiter
ankommen.

Seriennummer: 4F:A2:19:0C:77:E1:5B:03
Gültig bis: 31.03.2027

Mit freundlichen Grüßen
Stefan Pape
RehaPfad GmbH
"""
    return (mail(121, OLTMANNS, STADE, 'WG: Neues S/MIME-Zertifikat RehaPfad', 'Oliver, kannst du das bitte einspielen? Danke, Katrin\n\n' + body, when='2025-03-17 10:20'),
            'NORMAL', 'de', 'casemanager', 'certificate renewal notice, no data')


def m122():
    body = """Sehr geehrter Herr Gerken,

für die Prüfung der Haftung im Schadenfall HS-24-03817 (Ihr Markt
Oldenburg-Nadorst, 06.05.2024, Gang 7 Molkereiprodukte) benötigen wir
noch folgende Unterlagen aus Ihrem Haus:

1. Reinigungs- und Kontrollprotokoll des Verkaufsraums für den
   06.05.2024 (wer hat wann kontrolliert?)
2. Name und Stellungnahme der Mitarbeiterin, die den Gang zuletzt vor
   10:15 Uhr kontrolliert hat (laut Ihrer Schadenanzeige Frau Ivana
   Marić, Aushilfe)
3. Videoaufzeichnung der Kamera 7 – falls nicht mehr vorhanden, bitte
   Bestätigung der Löschung mit Datum
4. Lieferschein des Joghurt-Lieferanten vom Vortag (beschädigte Palette?)

Ihr Vertrag: Betriebshaftpflicht BHV 3318-901775, Frischmarkt Hollmann
GmbH & Co. KG, Selbstbeteiligung 1.000 EUR.

Mit freundlichen Grüßen
Jens Hübotter
"""
    return (mail(122, HUEBOTTER, 'Marco Gerken <m.gerken@frischmarkt-hollmann.example>', 'Schadenfall HS-24-03817 – Reinigungsprotokoll, Zeugin, Video', body, when='2024-11-05 13:50'),
            'CONFIDENTIAL', 'de', 'insurer-to-company',
            'company policyholder, named contact and named employee, contract; no injury detail')


def m123():
    body = """Hi Tom,

Bridgeway's statement of account as at 31 March, for your
reconciliation. All items ours; BRS-25-0311 was paid on 14 April so it
should drop off.

  Invoice        Date        Amount GBP   Status
  BRS-24-1187    04/11/2024    2,074.30   paid
  BRS-24-1290    03/12/2024    1,418.20   paid
  BRS-25-0104    06/01/2025    1,102.50   paid
  BRS-25-0207    04/02/2025    1,577.85   paid
  BRS-25-0311    04/03/2025    2,306.40   open
  Balance                      2,306.40

Claire
"""
    return (mail(123, DONNELLY, GERDES, 'Bridgeway statement of account 31/03', body, when='2025-04-15 09:30'),
            'NORMAL', 'en', 'internal', 'vendor statement with invoice numbers only, no claimant')


def m124():
    body = """Hi Oliver,

As requested, ReturnWorks' public S/MIME certificate for
reports@returnworks.example is attached to my signed message (valid
until 11/2026). Please also note our new SFTP public key fingerprint:

SHA256:Vb3m0Kp7tQ2wXz9LrE4nYc1sH8uJ6aDfG5iO0kPlM2q

Regards,
Joost
"""
    return (mail(124, STADE, 'Weserland PKI <pki@%s>' % DOM, 'FW: ReturnWorks certificate and SFTP key', 'For import. Oliver\n\n' + body, when='2024-12-06 11:00'),
            'NORMAL', 'en', 'casemanager', 'certificate and key fingerprint exchange, no data')


def m125():
    body = """Sehr geehrter Herr Wobbe,

zu Ihrer Vollkaskoversicherung (Vertrag KF 2230-918402, OL-DW 418) und
dem Schaden an Ihrem eigenen Fahrzeug vom 17.09.2024:

Reparaturkosten laut Rechnung Autohaus Gerdes & Söhne   6.480,00 EUR
abzgl. Selbstbeteiligung Vollkasko                      -300,00 EUR
Erstattung                                              6.180,00 EUR

Die Werkstatt hat die Reparaturkostenübernahmebestätigung erhalten;
wir zahlen direkt an die Werkstatt. Die Selbstbeteiligung begleichen
Sie bitte selbst dort.

Die Vollkasko wird wegen dieses Schadens ebenfalls zurückgestuft
(von SF 9 nach SF 3) – Details erhalten Sie mit der Beitragsrechnung.

Mit freundlichen Grüßen
Wiebke Ricklefs
"""
    return (mail(125, RICKLEFS, 'dieter.wobbe@t-post.example', 'Ihr Kaskoschaden OL-DW 418', body, when='2024-11-20 14:10'),
            'CONFIDENTIAL', 'de', 'insurer-to-customer', 'comprehensive motor claim of named policyholder, no injury mention')

# ============================================================== mails 126-150

def m126():
    body = """Liebe Ilka,

der Abschlussbericht von Herrn Menke zu Quante liegt bei (Word). Kurz:
Einsatz in der Ausbildungswerkstatt klappt, 6 Std./Tag, keine Schicht
mehr. Für mich heißt das: keine BU, Leistung ab 01.05. einstellen,
Wiedereingliederung war erfolgreich. Siehst du das medizinisch auch so?

Sevgi
"""
    docx = make_docx([
        '# Abschlussbericht Reha-Management',
        'Auftraggeber: Weserland Versicherung AG, BU-Leistung, Vorgang BL-23-07731',
        'Versicherter: Herbert Quante, geb. 21.08.1966, Schwanewede',
        'Berichtszeitraum: 09/2023 – 04/2025; Reha-Berater: Ulrich Menke',
        '# Verlauf',
        'Ausgangslage: rezidivierende depressive Störung, gegenwärtig mittelgradige Episode (F33.1), Erschöpfung nach jahrelanger Wechselschicht; AU seit 05/2023.',
        'Erster Wiedereingliederungsversuch 10/2024 abgebrochen (Konzentrationsstörungen, Schlafstörungen). Venlafaxin 150 mg, ambulante Verhaltenstherapie seit 02/2025 (25 Sitzungen bewilligt).',
        'Zweiter Versuch ab 03.03.2025 in der Ausbildungswerkstatt der Weser-Guss GmbH (Tagdienst), Steigerung von 4 auf 6 Std./Tag; seit 14.04. stabil.',
        '# Ergebnis',
        ('Ziel', 'erreicht?', 'Bemerkung'),
        ('Rückkehr in Arbeit', 'ja', 'Ausbilder Metall, 6 Std./Tag, ab 06/2025 7 Std.'),
        ('Stabilisierung psychisch', 'teilweise', 'Therapie läuft weiter, Stimmung deutlich besser'),
        ('Einkommen', 'teilweise', 'Brutto 3.830 EUR statt 4.310 EUR (Wegfall Schichtzulagen)'),
        'Herr Quante hat ausdrücklich gebeten, dass seinem Arbeitgeber keine Diagnosen mitgeteilt werden; dies wurde eingehalten.',
        'Der Fall kann aus Sicht des Reha-Dienstes abgeschlossen werden.',
    ], title='Abschlussbericht BL-23-07731')
    return (mail(126, AYDIN, SANDERS, 'BL-23-07731 Quante – Abschlussbericht Menke', body, when='2025-04-22 11:40',
                 atts=[('Abschlussbericht_Quante_BL-23-07731.docx', docx)]),
            'STRICTLY_CONFIDENTIAL', 'de', 'casemanager',
            'disability claim final report: depression, antidepressant, therapy, income of named insured')


def m127():
    body = """Liebe Kolleginnen und Kollegen,

die nächste offene Datenschutz-Sprechstunde ist am Mittwoch, 7. Mai,
14–15 Uhr (Teams). Schwerpunkt diesmal: § 213 VVG – wann brauchen wir
für die Erhebung von Gesundheitsdaten bei Ärzten und Kliniken eine
Einzelfall-Einwilligung, wann genügt die Schweigepflichtentbindung aus
dem Antrag, und was gilt für Geschädigte in der Haftpflicht, die ja
nicht unsere Kunden sind?

Fragen gern vorab anonym in das Formular im Intranet.

Annika Meyerhoff
Datenschutzkoordination
"""
    return (mail(127, MEYERHOFF, 'Alle Leistung/Schaden <leistung-schaden@verteiler.weserland-versicherung.example>', 'Datenschutz-Sprechstunde 7. Mai: § 213 VVG', body, when='2025-04-28 08:30'),
            'NORMAL', 'de', 'internal', 'trap: data protection office hours about health data collection, no person')


def m128():
    body = """Dear Mr Callaghan,

Thank you very much for your statement, which has been very helpful.
As offered, we reimburse your costs of EUR 38.60 (registered post and
copies). The amount will be transferred to the account you gave us:

  Account holder: Declan Callaghan
  IBAN: IE64 AIBK 9311 5258 2056 78

Should the case go to court, we may ask you again; we hope this will
not be necessary.

Kind regards,
Claire Donnelly
International Claims
"""
    return (mail(128, DONNELLY, 'declan.callaghan@eir-mail.example', 'Thank you - reimbursement of your costs', body, when='2024-10-30 10:10'),
            'CONFIDENTIAL', 'en', 'insurer-to-witness', 'named witness\'s private IBAN')


def m129():
    body = """Jens, Heike,

Hallett & Rowe have served a preliminary Schedule of Loss for Pryce
(Word attached). Headline GBP 2.37m - far above our reserve in the
care and earnings heads. I'll go through it with our UK counsel; please
note the claim for a second knee operation and for lifelong psychiatric
treatment.

Claire
"""
    docx = make_docx([
        '# PRELIMINARY SCHEDULE OF LOSS',
        'Claimant: Gareth Pryce (DOB 11/07/1972)   Defendant insurer: Weserland Versicherung AG (ref KH-24-58340)',
        'Prepared by Hallett & Rowe Solicitors, ref NR/PRY/0211, 14 April 2025',
        '# Summary of injuries',
        'Open fracture left tibial plateau (Schatzker VI) with post-traumatic arthritis; lateral meniscus tear (arthroscopic partial meniscectomy 03/2025); pelvic ring fracture; rib fractures 6-8.',
        'Post-traumatic stress disorder (severe) and moderate depressive episode; travel anxiety; treated with sertraline 100 mg and TF-CBT.',
        '# Heads of loss',
        ('Head', 'Past GBP', 'Future GBP'),
        ('General damages (PSLA)', '', '115,000'),
        ('Loss of earnings (HGV driver, net GBP 2,450/month)', '19,600', '612,000'),
        ('Care and assistance (wife, commercial care from age 60)', '14,200', '498,000'),
        ('Future knee replacement and revision', '', '48,000'),
        ('Psychiatric treatment (lifelong)', '2,600', '96,000'),
        ('Aids, adaptations, bungalow move', '1,900', '310,000'),
        ('Travel, miscellaneous', '3,300', '41,000'),
        ('Pension loss', '', '280,000'),
        ('Total', '41,600', '2,000,000 + interest / costs'),
    ], title='Schedule of Loss Pryce')
    return (mail(129, DONNELLY, HUEBOTTER, 'Pryce - preliminary Schedule of Loss received', body, cc=BRUNS, when='2025-04-16 17:05',
                 atts=[('Pryce_SoL_prelim_140425.docx', docx)]),
            'STRICTLY_CONFIDENTIAL', 'en', 'lawyer',
            'schedule of loss: injuries, PTSD, medication, earnings of named claimant (DOCX)')


def m130():
    body = """Hi all,

The recording of yesterday's Nordkap Re webinar on future care costs is
now on the reinsurer's extranet (link valid for 30 days). Slides are in
the team folder under 08_Wissen.

Heike
"""
    return (mail(130, BRUNS, 'Team Personengroßschaden <personengrossschaden@%s>' % DOM, 'Webinar recording available', body, when='2025-02-13 09:00'),
            'NORMAL', 'en', 'internal', 'pointer to webinar recording, no data')


def m131():
    text = """Sehr geehrter Herr Rieckhoff,

gute Nachrichten zu Ihrer Prothese: Wir übernehmen die Kosten der
Definitivversorgung (Unterschenkelprothese mit Vakuumschaft, Liner und
energiespeicherndem Carbonfuß mit Torsionsadapter) laut Kostenvoranschlag
des Sanitätshauses Brüning vom 12.12.2024, soweit Ihre Krankenkasse nicht
zahlt. Zwei Ersatzliner pro Jahr sind mit bewilligt.

Außerdem übernehmen wir die Kosten für die Einarbeitung in der
Netzleitstelle der Stadtwerke (Schulung SCADA-System, 3 Wochen), damit
Sie ab Juni dort arbeiten können.

Ihre Reha-Managerin, Frau Kowalczyk, stimmt die Termine mit Ihnen ab.

Mit freundlichen Grüßen
Jens Hübotter
Schaden Personen – Kraftfahrt/Haftpflicht
"""
    html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Sehr geehrter Herr Rieckhoff,</p>
<p>gute Nachrichten zu Ihrer Prothese: Wir &uuml;bernehmen die Kosten der <b>Definitivversorgung</b>
(Unterschenkelprothese mit Vakuumschaft, Liner und energiespeicherndem Carbonfu&szlig; mit Torsionsadapter) laut
Kostenvoranschlag des Sanit&auml;tshauses Br&uuml;ning vom 12.12.2024, soweit Ihre Krankenkasse nicht zahlt.
Zwei Ersatzliner pro Jahr sind mit bewilligt.</p>
<p>Au&szlig;erdem &uuml;bernehmen wir die Kosten f&uuml;r die Einarbeitung in der Netzleitstelle der Stadtwerke
(Schulung SCADA-System, 3 Wochen), damit Sie ab Juni dort arbeiten k&ouml;nnen.</p>
<p>Ihre Reha-Managerin, Frau Kowalczyk, stimmt die Termine mit Ihnen ab.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Jens H&uuml;botter<br>Schaden Personen &ndash; Kraftfahrt/Haftpflicht</p>
</body></html>"""
    return (mail(131, HUEBOTTER, 'thomas.rieckhoff@ewe-net.example', 'Ihre Prothesenversorgung – Kostenübernahme (KH-24-61877)', text, html=html, cc=KOWALCZYK, when='2025-01-14 10:30'),
            'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-claimant',
            'lower-leg prosthesis approval for named claimant (text and HTML)')


def m132():
    body = """Sehr geehrter Herr Wobbe,

Sie haben mit Schreiben vom 02.04.2025 Auskunft nach Art. 15 DSGVO
verlangt. Zu Ihrer Person verarbeiten wir folgende Daten:

Stammdaten: Dieter Wobbe, geb. 06.01.1958, Kastanienallee 12,
26127 Oldenburg, Tel. 0441 3807 552, E-Mail dieter.wobbe@t-post.example
Verträge: Kfz-Versicherung KF 2230-918402 (Haftpflicht, Vollkasko),
Kennzeichen OL-DW 418, SF-Klassen (s. Beitragsrechnung), Bankverbindung
für den Lastschrifteinzug (IBAN endet auf …7005)
Schäden: KH-24-55102 (Haftpflicht, 17.09.2024), Kaskoschaden vom
selben Tag; Korrespondenz mit Ihnen, Ihrer Werkstatt und der Gegenseite
Empfänger: Rückversicherer (nur Schadendaten), Sachverständige,
Rechtsanwälte, Zentrale Hinweis- und Informationssystem (HIS): keine
Einmeldung
Speicherdauer: 10 Jahre nach Vertragsende bzw. Schadenabschluss

Daten über die Geschädigte sind nicht Gegenstand Ihres Auskunftsrechts.

Die vollständige Kopie erhalten Sie auf Wunsch verschlüsselt über unser
Kundenportal.

Mit freundlichen Grüßen
Datenschutzkoordination
Weserland Versicherung AG
"""
    return (mail(132, MEYERHOFF, 'dieter.wobbe@t-post.example', 'Ihre Auskunft nach Art. 15 DSGVO', body, when='2025-04-24 13:00'),
            'CONFIDENTIAL', 'de', 'insurer-to-customer',
            'data subject access reply: birth date, address, contracts, claims of a motor policyholder')


def m133():
    body = """Hallo Azubis,

für Mittwoch bitte folgendes Übungsbeispiel vorbereiten (komplett
erfunden, jede Ähnlichkeit mit echten Fällen ist Zufall):

Frau Erika Musterfrau, geb. 12.12.1960, Bürokauffrau, hat BU-Leistungen
beantragt. Diagnose laut Attest: schwere depressive Episode (F32.2).
Der Reha-Dienst schlägt eine stufenweise Wiedereingliederung vor.

Fragen:
1. Welche Unterlagen fordern Sie an, und wer muss dafür von der
   Schweigepflicht entbunden werden?
2. Darf der Arbeitgeber die Diagnose erfahren?
3. Wie gehen Sie mit der Anfrage des Ehemanns um, der anruft?
4. Über welchen Weg schicken Sie den Reha-Bericht an den Gesellschafts-
   arzt?

Viele Grüße
Sevgi Aydın
Ausbildungsbeauftragte BU-Leistung
"""
    return (mail(133, AYDIN, 'Azubis Leistung <azubis-leistung@verteiler.weserland-versicherung.example>', 'Übungsfall Mittwoch (fiktiv)', body, when='2025-05-05 07:55'),
            'NORMAL', 'de', 'internal', 'trap: fictitious training case with birth date and ICD code')


def m134():
    body = """Claire,

Below is Hannah's handover note to Rhys, who takes over Gareth's case
from 1 May (Hannah leaves Bridgeway). Rhys will introduce himself to
you this week.

Heike - for your info as well.

Claire

---------- Forwarded message ----------
From: Hannah Whitcombe
To: Rhys Parry
Subject: Handover - Gareth Pryce (Weserland KH-24-58340)

Rhys,

Gareth is 52, lives in Pontypridd with Rhian and Owen (18 now, at uni
in Swansea since September - Gareth misses him a lot).

Physical: left knee post-arthroscopy 03/25, still swelling after
walking > 20 min; uses one stick outdoors. Mr Lloyd expects a TKR
within 5-10 years. Pelvis healed. Some low back pain.

Psychological: PTSD improving with TF-CBT (Dr Morgan-Rees, 9 of 12
sessions done; she recommends 8 more). Can be a passenger on short
journeys now, still avoids the M4. Sertraline 100 mg. Low mood on bad
pain days. Drinking was an issue in the winter (he told me himself),
now much better.

Work: Cymru Freight offered a transport planner role; he did a 2-week
trial in the depot in April and liked it more than expected. Needs an
ergonomic chair and the option to stand.

Family: Rhian back to full hours at the care home; finances tight. She
has been very supportive but needs a break - respite weekend
requested.

Solicitors: Hallett & Rowe (Nathan Rowe), cooperative on rehab.

Open items: approval for 8 more CBT sessions, ergonomic workstation
assessment, respite weekend.

Hannah
"""
    return (mail(134, DONNELLY, BRUNS, 'FW: Handover - Gareth Pryce', body, when='2025-04-29 12:20'),
            'STRICTLY_CONFIDENTIAL', 'en', 'casemanager',
            'handover between case managers: knee, PTSD, alcohol, medication, family of named claimant')


def m135():
    body = """Wiebke,

Mr Whitby hat geantwortet, bitte die 450 EUR Selbstbeteiligung auf sein
UK-Konto überweisen (Zahlungsdatei KW 06 hast du ja schon). Seine Mail
unten.

Gruß Claire

> Dear Ms Donnelly,
> thank you. The hire company charged my credit card GBP 380 / EUR 450
> for the excess, receipt attached. My address: 7 Elm Close, Harrogate
> HG2 8QT. Please pay to:
> Alan Whitby, Lloyds Bank, IBAN GB76 LOYD 3096 3414 5245 11
> Best wishes, Alan Whitby
"""
    return (mail(135, DONNELLY, RICKLEFS, 'Whitby – Zahlung Selbstbeteiligung HS-25-00388', body, when='2025-01-31 11:00'),
            'CONFIDENTIAL', 'mixed', 'claimant',
            'German note with English quote: claimant\'s UK address and IBAN, property claim')


def m136():
    body = """Hi all,

Following the discussion in the steering group, these are the agreed
KPI definitions for the rehab dashboard from Q2 onwards:

RTW (return to work): the person is working at least 50 % of pre-injury
hours, in the pre-injury or a modified/new job, for at least 4 weeks at
case closure. Retirement or unrelated job loss count as "not RTW".

Time to first contact: days from instruction of the case manager to the
first personal contact (phone does not count).

Cost per case: all fees of the case-management firm incl. travel; not
treatment costs.

Small cells: any group with fewer than 5 cases is merged into "other"
before the report leaves Claims Analytics.

Lena
Claims Analytics
"""
    return (mail(136, 'Lena Hashemi <lena.hashemi@%s>' % DOM, 'Group Claims Rehab Steering <rehab-steering@%s>' % DOM, 'KPI definitions rehab dashboard (final)', body, when='2025-04-02 10:00'),
            'NORMAL', 'en', 'internal', 'trap: KPI definitions about return to work, no person')


def m137():
    body = """Liebe Frau Tammen,

Frau Schwettmann hat sich gestern bei mir gemeldet (Mail unten). Können
Sie sich bitte zeitnah bei ihr melden? Aus dem Reha-Baustein können wir
eine Familienentlastung (Haushaltshilfe, Kinderbetreuung) bis 4.000 EUR
bewilligen; bei der Paarberatung bitte die Möglichkeiten über die BG
klären.

Viele Grüße
Katrin Oltmanns

-----Ursprüngliche Nachricht-----
Von: Jana Schwettmann <jana.schwettmann@gmx-post.example>
Gesendet: Sonntag, 16. März 2025 22:14
Betreff: Hilfe

Hallo Frau Oltmanns, entschuldigung dass ich Ihnen am Sonntag schreibe.
Ich kann nicht mehr. Marco ist seit er wieder arbeitet total gereizt,
er schläft schlecht wegen der Schmerzen in den Beinen und lässt es an
uns aus. Wir streiten nur noch. Die Kinder haben Angst. Ich bin
wieder krankgeschrieben, meine Hausärztin sagt Erschöpfungsdepression
und will dass ich zur Kur gehe, aber wer kümmert sich dann um alles?
Ich weiß nicht, ob Sie für sowas zuständig sind. Frau Tammen hat mal
gesagt, dass es auch Hilfe für die Familie gibt.
Jana Schwettmann
"""
    return (mail(137, OLTMANNS, TAMMEN, 'WG: Hilfe', body, when='2025-03-17 08:10'),
            'STRICTLY_CONFIDENTIAL', 'de', 'family',
            'spouse of insured: her exhaustion depression, his pain, family conflict')


def m138():
    body = """Sehr geehrter Herr Hübotter,

wie erbeten die Stellungnahme unserer Mitarbeiterin zum Vorfall am
06.05.2024 (Ihr Zeichen HS-24-03817). Die Videoaufzeichnung wurde
turnusgemäß nach 72 Stunden überschrieben.

Stellungnahme Ivana Marić, Aushilfe, Personalnummer 30412,
wohnhaft Donnerschweer Str. 88, 26123 Oldenburg:
"Ich habe den Gang 7 um 9:50 Uhr kontrolliert, da war der Boden
trocken. Um 10:20 Uhr hat mich die Kasse gerufen, weil jemand
hingefallen ist. Vor dem Joghurtregal war eine Pfütze, ein Becher war
unten im Regal aufgeplatzt. Ein Schild habe ich danach aufgestellt.
Das Kontrollblatt habe ich am Ende der Schicht abgezeichnet."

Das Reinigungsprotokoll liegt als Scan bei.

Mit freundlichen Grüßen
Marco Gerken
Marktleiter, Frischmarkt Hollmann Oldenburg-Nadorst
"""
    return (mail(138, HUEBOTTER, 'Team Personenschaden <personenschaden@%s>' % DOM, 'WG: HS-24-03817 Stellungnahme Mitarbeiterin', 'z.A. JH\n\n' + body, when='2024-11-19 09:30'),
            'CONFIDENTIAL', 'de', 'company',
            'named employee of policyholder with address and personnel number; a fall, no injury detail')


def m139():
    body = """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 22.04.2025
nicht im Haus. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Schadenangelegenheiten wenden Sie sich bitte an meine
Vertretung, Frau Sabine Behrens, Tel. 0421 3303-2219, oder an
personenschaden@weserland-versicherung.example.

Jens Hübotter
"""
    return (mail(139, HUEBOTTER, 'kanzlei@tjaden-partner.example', 'Abwesend: Ihr Schreiben vom 11.04.2025', body, when='2025-04-14 08:00',
                 headers=[('Auto-Submitted', 'auto-replied')]),
            'NORMAL', 'de', 'internal', 'trap: out-of-office reply to a law firm, no content')


def m140():
    body = """Sehr geehrter Herr Wessels,

zu Ihrer Frage nach dem Regress: Das Gerüst auf der Baustelle
Hafenquartier Brake wurde von Ihrem Subunternehmer, Herrn Mehmet Kaya
(Gerüstbau Kaya e.K., Ganderkesee), gestellt. Nach dem Gutachten der
Dekra war die Verankerung an der Giebelseite unzureichend.

Wir haben den Haftpflichtversicherer von Herrn Kaya (Hansa Mutual,
Vertrag BH 77-2019-4410) zur Erstattung von 70 % unserer Aufwendungen
aufgefordert. Herr Kaya persönlich hat die Einstandspflicht
zurückgewiesen; sein Anwalt verweist auf eine mündliche Absprache mit
Ihrem Polier. Bitte teilen Sie uns mit, ob es eine solche Absprache gab
und wer der Polier war.

Ihre Selbstbeteiligung erstatten wir Ihnen anteilig, wenn der Regress
erfolgreich ist.

Mit freundlichen Grüßen
Jens Hübotter
"""
    return (mail(140, HUEBOTTER, 'Hinrich Wessels <h.wessels@bau-wessels.example>', 'HS-24-03990 – Regress Gerüstbau Kaya', body, when='2025-03-03 14:25'),
            'CONFIDENTIAL', 'de', 'insurer-to-company',
            'recourse against named sole trader and his liability policy; policyholder company contact')


def m141():
    body = """Hi all,

Several case managers asked which ICD-10 codes we expect in reports.
Short reference list (ICD-10-GM 2025) - for orientation only, the
treating physicians' coding prevails:

  S06.-   intracranial injury (S06.2- diffuse, S06.3- focal, S06.5 SDH)
  S14.3   injury of brachial plexus
  S32.0-  fracture of lumbar vertebra
  S72.0-  fracture of femoral neck
  S82.1-  fracture of proximal tibia (tibial plateau)
  S82.6   fracture of lateral malleolus
  G82.-   paraplegia/tetraplegia (5th digit: acute/chronic, complete/incomplete)
  G90.5-  complex regional pain syndrome type I
  F43.1   post-traumatic stress disorder
  T31.-   burns classified by extent of body surface
  Z89.5   acquired absence of leg at or below knee

Suffixes: G (confirmed), V (suspected), Z (status after), A (excluded);
side: R, L, B.

Dr. Ilka Sanders
"""
    return (mail(141, SANDERS, 'International Claims <intl-claims@%s>' % DOM, 'ICD-10 reference for case manager reports', body, when='2025-03-27 13:10'),
            'NORMAL', 'en', 'internal', 'trap: ICD-10 code reference list, no patient')


def m142():
    body = """Dear Ms Donnelly,

Please note that as of 1 May my business account has changed. Kindly
use the following for any future payments (including the open invoice
2025-019):

  B. Hoekstra Verkeersanalyse
  IBAN NL65 ABNA 0539 1277 18

I will confirm by phone, as your accounts team requires.

Kind regards,
Bas Hoekstra
"""
    return (mail(142, DONNELLY, GERDES, 'FW: Hoekstra - change of bank account', 'Tom, called him back on the number in the vendor file - genuine. Claire\n\n' + body, when='2025-04-30 10:40'),
            'CONFIDENTIAL', 'en', 'supplier', 'sole-trader expert\'s IBAN change')


def m143():
    body = """Ilka, zur Kenntnis für die spätere Invaliditätsbemessung. Malte

-----Ursprüngliche Nachricht-----
Von: Nadine Kowalczyk <n.kowalczyk@rehapfad.example>
Betreff: UL-2024-119560 Abschlussbericht

Hallo Herr Rosenbrock,

anbei der Abschlussbericht für Mia. Für mich war es ein schöner Fall
zum Abschluss – die Familie ist wieder auf gutem Weg.

Viele Grüße
Nadine Kowalczyk
"""
    odt = make_odt([
        'RehaPfad GmbH – Abschlussbericht Reha-Management',
        'Auftraggeber: Weserland Versicherung AG, Kinderunfallversicherung, Schaden UL-2024-119560',
        'Betreutes Kind: Mia Vosskamp, geb. 28.06.2017; Eltern: Sandra und Ralf Vosskamp, Wardenburg',
        'Unfall: 19.10.2024, Verbrühung durch Wasserkocher; Verbrennungen Grad 2b–3 an rechtem Arm und Thorax, ca. 9 % KOF (T31.0), Spalthauttransplantation am 24.10.2024',
        'Verlauf: Kompressionstherapie 12 Monate geplant, Narben zunehmend blasser und flacher; Laserbehandlung der Narbe am Ellenbogen für 2026 erwogen.',
        'Psychisch: 14 Sitzungen kinderpsychologische Begleitung (Dr. Wessel); Ängste und Vermeidungsverhalten deutlich rückläufig, Mia geht wieder zum Schwimmen (mit Shirt).',
        'Familie: Haushaltshilfe Jan.–März 2025; Frau Vosskamp in hausärztlicher Behandlung, inzwischen stabil; Herr Vosskamp arbeitet seit April bei einem Betrieb in Oldenburg (kein Montageeinsatz mehr).',
        'Schule: Nachteilsausgleich Sport bis Sommer, danach regulär.',
        'Empfehlung: Abschluss des Reha-Managements; Invaliditätsbemessung (Narben, Funktion) nach 12 Monaten durch Verbrennungsambulanz.',
    ])
    return (mail(143, ROSENBROCK, SANDERS, 'WG: UL-2024-119560 Abschlussbericht', body, when='2025-05-06 16:00',
                 atts=[('Abschlussbericht_UL-2024-119560.odt', odt)]),
            'STRICTLY_CONFIDENTIAL', 'de', 'casemanager',
            'harmless body; ODT final report: child\'s burns, skin graft, psychology, family health')


def m144():
    body = """Dear all,

Friendly reminder: expense claims for April must be in the travel tool
by 10 May to be paid with the May salary. Receipts as PDF please, no
photos of crumpled paper ;-) Claims for hotel stays abroad need the
invoice addressed to Weserland Versicherung AG.

Thanks,
Travel & Expenses
"""
    return (mail(144, 'Reisekosten <reisekosten@%s>' % DOM, 'International Claims <intl-claims@%s>' % DOM, 'Reminder: April expense claims by 10 May', body, when='2025-05-02 09:00'),
            'NORMAL', 'en', 'internal', 'generic reminder')


def m145():
    body = """Dear Mr Okafor,

Thank you for your questions, which Ms Donnelly passed on to me.

1. The operation on your index finger stump does not reduce the
   invalidity benefit. The loss of the finger at the middle joint is
   assessed by the fixed table (see my overview of 9 April). The
   stiffness of your middle finger will be assessed separately after
   12 months.

2. Yes, we will pay for psychological treatment. The nightmares and the
   changes your wife has noticed are common after an accident like
   yours. Ms Lindqvist has found a psychotherapist in Bremerhaven who
   works in English and offers trauma therapy (EMDR), Dr. Femke Oltrogge;
   first appointment 13 May. We cover up to 20 sessions at EUR 120.

Please don't hesitate to ask if anything is unclear.

Kind regards,
Malte Rosenbrock
Accident Claims
"""
    return (mail(145, ROSENBROCK, 'daniel.okafor@nordwind-offshore.example', 'Your questions - invalidity and psychological support', body, cc=LINDQVIST, when='2025-05-02 11:15'),
            'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer', 'accident claim: finger stump surgery, trauma therapy for addressee')


def m146():
    body = """Hallo Katrin, hi Claire,

hier die zweisprachige Checkliste für das Onboarding ausländischer
Reha-Dienstleister. Bitte prüfen, ob noch etwas fehlt.

Checkliste Onboarding Reha-Dienstleister / Onboarding checklist
1. Rahmenvertrag unterschrieben / framework agreement signed
2. Auftragsverarbeitungsvertrag (Art. 28 DSGVO) oder Prüfung eigene
   Verantwortlichkeit / data processing agreement or controller check
3. Verpflichtung auf Verschwiegenheit (§ 203 StGB) aller eingesetzten
   Personen / confidentiality undertaking for all staff
4. Nachweis Berufshaftpflicht / professional indemnity certificate
5. Sicherer Übertragungsweg (Portal, SFTP, S/MIME) getestet /
   secure channel tested
6. Kreditorenanlage mit Rückrufverifizierung / vendor set-up with
   call-back verification
7. Preisblatt / schedule of charges

Gruß
Heike
"""
    return (mail(146, BRUNS, 'Katrin Oltmanns <katrin.oltmanns@%s>, Claire Donnelly <claire.donnelly@%s>' % (DOM, DOM), 'Checkliste Onboarding Reha-Dienstleister / onboarding checklist', body, when='2025-05-07 14:00'),
            'NORMAL', 'mixed', 'internal', 'trap: bilingual vendor onboarding checklist naming DPA and Paragraph 203')


def m147():
    body = """Sehr geehrte Frau Demirtaş,

wie im Gespräch mit Frau Tammen und Ihnen am 06.05. besprochen, erhalten
Sie anbei den Entwurf der Abfindungserklärung zur abschließenden
Regelung Ihrer Ansprüche aus dem Unfall vom 06.05.2024. Bitte lassen
Sie sich vor der Unterschrift in Ruhe beraten – gern auch anwaltlich;
die Kosten einer Erstberatung übernehmen wir.

Mit freundlichen Grüßen
Jens Hübotter
"""
    docx = make_docx([
        '# Abfindungserklärung (Entwurf)',
        'Schaden-Nr. HS-24-03817 – Betriebshaftpflicht Frischmarkt Hollmann GmbH & Co. KG',
        'Anspruchstellerin: Aylin Demirtaş, geb. 09.03.1983, Elisabethstraße 9, 26135 Oldenburg',
        'Unfallfolgen: bimalleoläre OSG-Luxationsfraktur rechts, CRPS Typ I mit Restbeschwerden (Belastungsschmerz, Schwellneigung), Berufswechsel aus der Stationspflege in das Entlassmanagement, Anpassungsstörung (in Behandlung).',
        ('Position', 'Betrag EUR'),
        ('Schmerzensgeld (inkl. gezahlter Vorschüsse 12.500 EUR)', '38.000,00'),
        ('Erwerbsschaden (Wegfall Schichtzulagen, kapitalisiert)', '61.400,00'),
        ('Haushaltsführungsschaden 05/2024–04/2025', '9.870,00'),
        ('Vermehrte Bedürfnisse, Fahrtkosten, Zuzahlungen', '4.230,00'),
        ('abzüglich geleisteter Zahlungen', '-23.684,60'),
        ('Restzahlung', '89.815,40'),
        'Mit Zahlung des Betrages sind alle Ansprüche aus dem Schadenereignis – bekannte und unbekannte, gegenwärtige und zukünftige – abgegolten, ausgenommen Ansprüche auf Ersatz materieller Zukunftsschäden bei Operation am rechten Sprunggelenk bis 31.12.2030 (Vorbehalt).',
        'Ort, Datum, Unterschrift: ______________________',
    ], title='Abfindungserklaerung HS-24-03817')
    return (mail(147, HUEBOTTER, 'aylin.demirtas@oldenburg-mail.example', 'Entwurf Abfindungserklärung', body, cc=TAMMEN, when='2025-05-09 10:00',
                 atts=[('Abfindungserklaerung_Entwurf_HS-24-03817.docx', docx)]),
            'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-claimant',
            'settlement draft (DOCX): injuries, CRPS, adjustment disorder, income loss of named claimant')


def m148():
    body = """Hallo Frau Oltmanns,

wie gewünscht unsere aktuellen Richtpreise für Fahrzeugumrüstungen
(netto, ohne Fahrzeug, Stand 04/2025):

Handbediengerät Gas/Bremse (Schubstange), inkl. TÜV        3.950,00
Funk-Lenkraddrehknauf mit Bedienelementen                 1.480,00
Linksgas-Pedal (umklappbar)                               1.120,00
Rollstuhlverladesystem Dach (Roboter)                     11.900,00
Schwenksitz Beifahrer                                      6.300,00
Heckausschnitt mit Rampe (Van), Umbau                     18.500,00
Fahrschule im Umbaufahrzeug, je 45 Min.                      78,00

Lieferzeit derzeit 10–14 Wochen ab Auftrag.

Mit freundlichen Grüßen
Mobiltec Fahrzeugumbau GmbH, Achim
"""
    return (mail(148, OLTMANNS, 'RehaPfad Team Nord <team-nord@rehapfad.example>', 'WG: Richtpreise Fahrzeugumrüstung 2025', body, when='2025-04-23 15:00'),
            'NORMAL', 'de', 'supplier', 'trap: price list for car conversions for wheelchair users, no person')


def m149():
    body = """Hallo Heike,

Frau Oltmanns' Antrag auf Reduzierung der Arbeitszeit ist genehmigt:
ab 01.07.2025 30 Std./Woche (Mo–Do), befristet auf zwei Jahre (§ 9a
TzBfG, Brückenteilzeit). Das Monatsgehalt reduziert sich anteilig von
5.642 EUR auf 4.454 EUR brutto; die Funktionszulage bleibt in voller
Höhe. Bitte die Vertretung Freitag im Team regeln.

Gruß
Sönke Prange
"""
    return (mail(149, PRANGE, BRUNS, 'Brückenteilzeit K. Oltmanns ab 01.07.', body, when='2025-05-12 16:20'),
            'CONFIDENTIAL', 'de', 'internal', 'named employee\'s working hours and salary')


def m150():
    body = """Dear all,

Thanks for a good Rehab Steering Group today. Short minutes:

1. Q1 dashboard: 219 open cases, RTW rate (new definition) 59 %,
   average time to first personal contact 8.4 days.
2. Poland RFP: three proposals received, presentations in week 17;
   decision by end of May.
3. Audit 2025-07: no major findings expected; call-back verification
   for bank changes worked (phishing attempt in March stopped).
4. Next meeting: 4 September.

Lena
Claims Analytics
"""
    return (mail(150, 'Lena Hashemi <lena.hashemi@%s>' % DOM, 'Group Claims Rehab Steering <rehab-steering@%s>' % DOM, 'Minutes Rehab Steering Group 8 May', body, when='2025-05-08 16:45'),
            'NORMAL', 'en', 'internal', 'minutes with aggregated KPIs only')

# ============================================================== writer / checker

LABELS = ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')
EXPECTED = {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}
N_MAILS = 150


def build_all():
    out = []
    for i in range(1, N_MAILS + 1):
        m, label, lang, kind, reason = globals()['m%03d' % i]()
        out.append(('d%s-%04d.eml' % (NN, i), m, label, lang, kind, reason))
    return out


def write():
    os.makedirs(OUT, exist_ok=True)
    rows = ['file\tlabel\tlang\tkind\treason']
    for fn, m, label, lang, kind, reason in build_all():
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(m.as_bytes(policy=policy.SMTP))
        rows.append('\t'.join([fn, label, lang, kind, reason]))
    with open(os.path.join(HERE, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(rows) + '\n')
    print('wrote %d mails to %s' % (N_MAILS, OUT))

# ---------------------------------------------------------------- check helpers

IBAN_LEN = {'DE': 22, 'NL': 18, 'GB': 22, 'AT': 20, 'PL': 28, 'IE': 22, 'BE': 16, 'FR': 27, 'CH': 21}
RE_IBAN = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,6}(?: ?[A-Z0-9]{1,4})?)\b')
RE_MAIL = re.compile(r'[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)')
RE_URL = re.compile(r'(?:https?://|www\.)([A-Za-z0-9.\-]+)')


def iban_ok(s):
    s = s.replace(' ', '')
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


def _strip_xml(b):
    return re.sub(r'<[^>]+>', ' ', b.decode('utf-8'))


def pdf_text(data):
    if not data.startswith(b'%PDF-') or b'%%EOF' not in data[-32:]:
        raise ValueError('not a PDF')
    xref = int(data.rsplit(b'startxref', 1)[1].split()[0])
    if not data[xref:xref + 4] == b'xref':
        raise ValueError('bad xref offset')
    parts = re.findall(rb'\(((?:\\.|[^\\)])*)\) Tj', data)
    return '\n'.join(p.replace(b'\\(', b'(').replace(b'\\)', b')').replace(b'\\\\', b'\\').decode('cp1252') for p in parts)


def zip_text(name, data):
    z = zipfile.ZipFile(io.BytesIO(data))
    bad = z.testzip()
    if bad:
        raise ValueError('corrupt member %s' % bad)
    low = name.lower()
    if low.endswith('.docx'):
        return _strip_xml(z.read('word/document.xml'))
    if low.endswith('.xlsx'):
        z.read('xl/workbook.xml')
        return _strip_xml(z.read('xl/worksheets/sheet1.xml'))
    if low.endswith(('.odt', '.ods')):
        if z.namelist()[0] != 'mimetype':
            raise ValueError('mimetype not first')
        return _strip_xml(z.read('content.xml'))
    texts = []
    for n in z.namelist():
        texts.append(attachment_text(n, z.read(n)))
    return '\n'.join(texts)


def attachment_text(name, data):
    low = name.lower()
    if low.endswith(('.docx', '.xlsx', '.odt', '.ods', '.zip')):
        return zip_text(name, data)
    if low.endswith('.pdf'):
        return pdf_text(data)
    if low.endswith('.ics'):
        t = data.decode('utf-8')
        if not t.startswith('BEGIN:VCALENDAR') or 'END:VCALENDAR' not in t:
            raise ValueError('bad ICS')
        return t
    if low.endswith(('.csv', '.txt')):
        try:
            return data.decode('utf-8')
        except UnicodeDecodeError:
            return data.decode('cp1252')
    raise ValueError('unknown attachment type %s' % name)


def message_text(msg, info):
    texts = []
    for k in ('From', 'To', 'Cc', 'Reply-To', 'Subject'):
        if msg[k]:
            texts.append(str(msg[k]))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if ct == 'message/rfc822':
            continue
        if fn:
            info['atts'].append(fn)
            texts.append(attachment_text(fn, part.get_payload(decode=True)))
        elif part.get_content_maintype() == 'text':
            texts.append(part.get_content())
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822':
            inner = part.get_payload()[0]
            info['atts'].append('message/rfc822')
            for k in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
                if not inner[k]:
                    raise ValueError('forwarded message lacks %s' % k)
            texts.append(message_text(inner, info))
    return '\n'.join(texts)


def check():
    errors = []
    with open(os.path.join(HERE, 'labels.tsv'), encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines[0] != 'file\tlabel\tlang\tkind\treason':
        errors.append('labels.tsv header wrong')
    rows = [l.split('\t') for l in lines[1:] if l]
    counts = {k: 0 for k in LABELS}
    langs = {}
    table = {}
    files = sorted(os.listdir(OUT))
    if files != ['d%s-%04d.eml' % (NN, i) for i in range(1, N_MAILS + 1)]:
        errors.append('mail file set wrong (%d files)' % len(files))
    if len(rows) != N_MAILS:
        errors.append('labels.tsv has %d rows' % len(rows))
    msgids = set()
    n_ibans = n_atts = 0
    for r in rows:
        if len(r) != 5 or not all(r):
            errors.append('bad row %r' % (r,))
            continue
        fn, label, lang, kind, reason = r
        if label not in LABELS:
            errors.append('%s: bad label' % fn)
            continue
        if lang not in ('de', 'en', 'mixed'):
            errors.append('%s: bad lang' % fn)
        counts[label] += 1
        langs[lang] = langs.get(lang, 0) + 1
        table[(label, lang)] = table.get((label, lang), 0) + 1
        if reason.startswith('trap:') and label != 'NORMAL':
            errors.append('%s: trap but not NORMAL' % fn)
        raw = open(os.path.join(OUT, fn), 'rb').read()
        if raw.count(b'\n') != raw.count(b'\r\n') or raw.count(b'\r') != raw.count(b'\r\n'):
            errors.append('%s: not pure CRLF' % fn)
        try:
            raw.decode('ascii')
        except UnicodeDecodeError:
            if b'Content-Transfer-Encoding: 8bit' not in raw:
                errors.append('%s: non-ASCII without 8bit' % fn)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
            if not msg[h]:
                errors.append('%s: missing %s' % (fn, h))
        if msg['Message-ID'] in msgids:
            errors.append('%s: duplicate Message-ID' % fn)
        msgids.add(msg['Message-ID'])
        if not str(msg['From']).rstrip('>').endswith('@' + DOM):
            errors.append('%s: From not from the insurer domain' % fn)
        if msg.defects:
            errors.append('%s: defects %r' % (fn, msg.defects))
        info = {'atts': []}
        try:
            text = message_text(msg, info)
        except Exception as e:  # noqa
            errors.append('%s: attachment/part does not open: %s' % (fn, e))
            continue
        n_atts += len(info['atts'])
        for dom in RE_MAIL.findall(text) + RE_URL.findall(text):
            d = dom.rstrip('.').lower()
            if not d.endswith('.example'):
                errors.append('%s: domain not .example: %s' % (fn, d))
        for cand in RE_IBAN.findall(text):
            c = cand.replace(' ', '')
            cc = c[:2]
            if cc in IBAN_LEN and len(c) == IBAN_LEN[cc]:
                n_ibans += 1
                if not iban_ok(c):
                    errors.append('%s: IBAN checksum fails: %s' % (fn, cand))
            elif cc in IBAN_LEN and len(c) >= 15:
                errors.append('%s: IBAN-like string of wrong length: %s' % (fn, cand))
    for k, v in EXPECTED.items():
        if counts[k] != v:
            errors.append('count %s = %d, expected %d' % (k, counts[k], v))
    print('mails: %d  labels: %s' % (len(rows), ', '.join('%s=%d' % (k, counts[k]) for k in LABELS)))
    print('lang: %s' % ', '.join('%s=%d' % (k, langs[k]) for k in sorted(langs)))
    for k in LABELS:
        print('  %-22s de=%-3d en=%-3d mixed=%d' % (k, table.get((k, 'de'), 0), table.get((k, 'en'), 0), table.get((k, 'mixed'), 0)))
    print('attachments opened: %d, IBANs validated: %d' % (n_atts, n_ibans))
    if errors:
        print('CHECK FAILED (%d problems):' % len(errors))
        for e in errors:
            print('  - ' + e)
        return 1
    print('CHECK OK')
    return 0


if __name__ == '__main__':
    if '--check' in sys.argv[1:]:
        sys.exit(check())
    write()
