#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus dev84 for Siegel: rural and agricultural customers of a German insurer.

All content is fictitious and written by hand in m001 ... m150. The helpers below only
turn that content into MIME messages or attachment files. Standard library only.

    python make_corpus.py           writes mails/d84-0001.eml ... d84-0150.eml and labels.tsv
    python make_corpus.py --check   re-parses everything and validates it
"""
import sys, os, io, re, csv, zipfile, datetime
import xml.etree.ElementTree as ET
from email.message import EmailMessage
from email.policy import SMTP, default as DEFAULT_POLICY
from email.parser import BytesParser
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

NN = '84'
N_MAILS = 150
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, 'mails')
DOM = 'hofmark-versicherung.example'
ZIPTIME = (2024, 1, 2, 8, 0, 0)

# ---------------------------------------------------------------- MIME helpers

def new(frm, to, subject, date, cc=None, reply_to=None, in_reply_to=None, extra=None):
    """Header block. date: 'YYYY-MM-DD HH:MM' local German time."""
    m = EmailMessage(policy=SMTP)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    if reply_to:
        m['Reply-To'] = reply_to
    m['Subject'] = subject
    dt = datetime.datetime.strptime(date, '%Y-%m-%d %H:%M')
    summer = 4 <= dt.month <= 10
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    m['Date'] = format_datetime(dt.replace(tzinfo=tz))
    if in_reply_to:
        m['In-Reply-To'] = in_reply_to
        m['References'] = in_reply_to
    for k, v in (extra or []):
        m[k] = v
    return m


def text(m, body, cte='quoted-printable', charset='utf-8', flowed=False):
    params = {'format': 'flowed'} if flowed else None
    if params:
        m.set_content(body, charset=charset, cte=cte, params=params)
    else:
        m.set_content(body, charset=charset, cte=cte)
    return m


def html(m, body):
    m.set_content(body, subtype='html', charset='utf-8', cte='quoted-printable')
    return m


def alt(m, body, htmlbody):
    m.set_content(body, charset='utf-8', cte='quoted-printable')
    m.add_alternative(htmlbody, subtype='html', charset='utf-8', cte='quoted-printable')
    return m


MIMES = {
    'pdf': ('application', 'pdf'),
    'csv': ('text', 'csv'),
    'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
    'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    'odt': ('application', 'vnd.oasis.opendocument.text'),
    'ods': ('application', 'vnd.oasis.opendocument.spreadsheet'),
    'ics': ('text', 'calendar'),
    'zip': ('application', 'zip'),
    'txt': ('text', 'plain'),
}


def attach(m, filename, data, mime=None):
    if mime is None:
        mime = '/'.join(MIMES[filename.rsplit('.', 1)[1].lower()])
    maintype, subtype = mime.split('/')
    if maintype == 'text' and isinstance(data, str):
        m.add_attachment(data, subtype=subtype, charset='utf-8', filename=filename)
    else:
        if isinstance(data, str):
            data = data.encode('utf-8')
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return m


def attach_msg(m, inner):
    m.add_attachment(inner)
    return m


def _fix_boundaries(m, tag):
    n = [0]
    def walk(part, root):
        if not root and 'MIME-Version' in part:
            del part['MIME-Version']
        if part.get_content_type() == 'message/rfc822':
            for p in part.get_payload():
                walk(p, True)
        elif part.is_multipart():
            n[0] += 1
            part.set_boundary('=_d%s_%s_%d_=' % (NN, tag, n[0]))
            for p in part.get_payload():
                walk(p, False)
    walk(m, True)

# ---------------------------------------------------------------- attachment builders

def _zip(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode('utf-8'))
    return buf.getvalue()


def zipfile_of(members):
    """members: list of (name, bytes)"""
    return _zip(members)


def _pdf_str(s):
    b = s.encode('cp1252', 'replace')
    b = b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')
    return b


def pdf(lines, title='Dokument'):
    """Simple text PDF; lines: list of str, '#'-prefixed lines are bold headings."""
    pages = [lines[i:i + 48] for i in range(0, max(len(lines), 1), 48)] or [[]]
    objs = []
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    kids = ' '.join('%d 0 R' % (5 + 2 * i) for i in range(len(pages)))
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, len(pages))).encode())
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
    for pg in pages:
        s = [b'BT', b'/F1 10 Tf', b'50 790 Td', b'14 TL']
        for ln in pg:
            if ln.startswith('#'):
                s.append(b'/F2 11 Tf (' + _pdf_str(ln[1:].strip()) + b") ' /F1 10 Tf")
            else:
                s.append(b'(' + _pdf_str(ln) + b") '")
        s.append(b'ET')
        stream = b'\n'.join(s)
        idx = len(objs) + 1
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>' % (idx + 1)).encode())
        objs.append(b'<< /Length ' + str(len(stream)).encode() + b' >>\nstream\n' + stream + b'\nendstream')
    info_idx = len(objs) + 1
    objs.append(b'<< /Title (' + _pdf_str(title) + b') /Producer (dev84 generator) /CreationDate (D:20240102080000) >>')
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b'%d 0 obj\n' % i + o + b'\nendobj\n')
    xref = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1))
    for o in offs:
        out.write(b'%010d 00000 n \n' % o)
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, info_idx, xref))
    return out.getvalue()


def docx(paras, title=''):
    """paras: list of str; '#' heading; '|'-separated rows become a table row."""
    body = []
    rows = []
    def flush():
        if rows:
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
            for r in rows:
                t.append('<w:tr>' + ''.join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xesc(c.strip()) for c in r.split('|')) + '</w:tr>')
            t.append('</w:tbl>')
            body.append(''.join(t))
            rows.clear()
    for p in paras:
        if p.startswith('|'):
            rows.append(p[1:])
            continue
        flush()
        if p.startswith('#'):
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p[1:].strip()))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p))
    flush()
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + ''.join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>Hofmark Versicherung</dc:creator></cp:coreProperties>' % xesc(title))
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('docProps/core.xml', core), ('word/document.xml', doc)])


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet='Tabelle1'):
    """rows: list of lists; int/float become numbers, everything else inline strings."""
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
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          + ''.join(xr) + '</sheetData></worksheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                 ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sh)])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mimetype, inner):
    content = '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body>%s</office:body></office:document-content>' % (_ODF_NS, inner)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return _zip([('mimetype', mimetype), ('META-INF/manifest.xml', manifest), ('content.xml', content)], stored_first='mimetype')


def odt(paras):
    inner = ''.join('<text:h text:outline-level="1">%s</text:h>' % xesc(p[1:].strip()) if p.startswith('#')
                    else '<text:p>%s</text:p>' % xesc(p) for p in paras)
    return _odf('application/vnd.oasis.opendocument.text', '<office:text>%s</office:text>' % inner)


def ods(rows, sheet='Tabelle1'):
    xr = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v)))
        xr.append('<table:table-row>%s</table:table-row>' % ''.join(cells))
    return _odf('application/vnd.oasis.opendocument.spreadsheet',
                '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>' % (xesc(sheet), ''.join(xr)))


def csvdata(rows, sep=';', encoding='utf-8'):
    return '\r\n'.join(sep.join(str(c) for c in r) for r in rows).encode(encoding) + b'\r\n'


def ics(uid, start, end, summary, location, description, organizer, attendees=()):
    """start/end: 'YYYYMMDDTHHMMSS' Europe/Berlin."""
    def fold(line):
        out = []
        b = line.encode('utf-8')
        while len(b) > 73:
            cut = 73
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode('utf-8'))
            b = b[cut:]
        out.append(b.decode('utf-8'))
        return '\r\n '.join(out)
    desc = description.replace('\\', '\\\\').replace(',', '\\,').replace(';', '\\;').replace('\n', '\\n')
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hofmark Versicherung//Kalender//DE', 'METHOD:REQUEST',
             'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:20240102T080000Z',
             'DTSTART;TZID=Europe/Berlin:%s' % start, 'DTEND;TZID=Europe/Berlin:%s' % end,
             'SUMMARY:%s' % summary, 'LOCATION:%s' % location.replace(',', '\\,'), 'DESCRIPTION:%s' % desc,
             'ORGANIZER:mailto:%s' % organizer]
    lines += ['ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % a for a in attendees]
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(fold(l) for l in lines) + '\r\n').encode('utf-8')

# ---------------------------------------------------------------- the mails

def m001():
    m = new('Jens Hollmann <jens.hollmann@hofmark-versicherung.example>',
            'Heinrich Brüning <h.bruening@landpost.example>',
            'Ihre Hagelschadenmeldung – Schaden-Nr. HG-24-03317', '2024-06-17 08:42')
    text(m, """Sehr geehrter Herr Brüning,

vielen Dank für Ihre Schadenmeldung vom Samstag. Wir haben den Hagelschlag vom
14.06.2024 unter der Schaden-Nr. HG-24-03317 zu Ihrer Hagelversicherung
LW-4471-2203 erfasst.

Gemeldete Schläge:
  Schlag 7 "Am Wiesengraben", Winterweizen, 12,40 ha, Gemarkung Wrestedt
  Schlag 9 "Hinter der Mühle", Wintergerste, 8,15 ha, Gemarkung Wrestedt
  Schlag 12 "Kampstücke", Zuckerrüben, 6,90 ha, Gemarkung Stadensen

Unser Sachverständiger Herr Ludger Vornholt (Tel. 0171 5528190) meldet sich
in den nächsten Tagen telefonisch für die Abschätzung. Bitte lassen Sie auf
den betroffenen Flächen bis zur Besichtigung je ein Kontrollfenster von ca.
10 x 10 m unbearbeitet stehen. Eine vorzeitige Ernte bitte nur nach Absprache.

Die Schadenabrechnung erfolgt nach der Besichtigung auf Grundlage der
ermittelten Schadenprozente und der versicherten Werte je Hektar.

Mit freundlichen Grüßen

Jens Hollmann
Schaden Hagel & Ernte
Hofmark Versicherung a.G.
Geestweg 12 · 29221 Celle
Tel. 05141 9387-412
""")
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-customer', 'named farmer, hail policy and claim number, insured fields'


def m002():
    m = new('Hofmark Maklerservice <maklerservice@hofmark-versicherung.example>',
            'Maklerverteiler Agrar <makler-agrar@lists.hofmark-versicherung.example>',
            'Unwetterlage Nordostniedersachsen – Hinweise zur Hagelschadenmeldung', '2024-06-14 16:05')
    alt(m, """Sehr geehrte Partnerinnen und Partner,

der Deutsche Wetterdienst warnt für heute Abend und die Nacht vor schweren
Gewittern mit Hagel bis 4 cm, Starkregen und Sturmböen, Schwerpunkt
Landkreise Uelzen, Lüchow-Dannenberg, Gifhorn und Celle.

Bitte erinnern Sie Ihre Kunden:
- Hagelschäden an Feldfrüchten innerhalb von 4 Tagen melden (Schadenportal
  oder Hotline 05141 9387-400), Schläge mit Fruchtart und Größe angeben.
- Keine Flächen vor der Abschätzung ernten oder umbrechen.
- Fotos mit Datum helfen, ersetzen aber nicht die Besichtigung.
- Gebäudeschäden (Dächer, Lichtplatten, PV) getrennt melden.

Zusätzliche Sachverständige sind ab Montag im Einsatz.

Ihr Maklerservice Agrar
Hofmark Versicherung a.G.
""", """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrte Partnerinnen und Partner,</p>
<p>der Deutsche Wetterdienst warnt für heute Abend und die Nacht vor <b>schweren Gewittern mit Hagel bis 4&nbsp;cm</b>, Starkregen und Sturmböen, Schwerpunkt Landkreise Uelzen, Lüchow-Dannenberg, Gifhorn und Celle.</p>
<p>Bitte erinnern Sie Ihre Kunden:</p>
<ul>
<li>Hagelschäden an Feldfrüchten <b>innerhalb von 4 Tagen</b> melden (Schadenportal oder Hotline 05141 9387-400), Schläge mit Fruchtart und Größe angeben.</li>
<li>Keine Flächen vor der Abschätzung ernten oder umbrechen.</li>
<li>Fotos mit Datum helfen, ersetzen aber nicht die Besichtigung.</li>
<li>Gebäudeschäden (Dächer, Lichtplatten, PV) getrennt melden.</li>
</ul>
<p>Zusätzliche Sachverständige sind ab Montag im Einsatz.</p>
<p>Ihr Maklerservice Agrar<br>Hofmark Versicherung a.G.<br><a href="https://www.hofmark-versicherung.example/schaden">www.hofmark-versicherung.example/schaden</a></p>
</body></html>
""")
    return m, 'NORMAL', 'de', 'newsletter', 'trap: storm warning and hail reporting tips to brokers, no person or contract'


def m003():
    m = new('Anke Düvel <anke.duevel@hofmark-versicherung.example>',
            'Carsten Pieper <carsten.pieper@mailbox.example>',
            'Ihre Unfallmeldung vom 02.05.2024 – UV 7301552', '2024-05-06 10:17')
    text(m, """Sehr geehrter Herr Pieper,

Ihre Ehefrau hat uns telefonisch über Ihren Unfall am 02.05.2024 informiert.
Es tut uns sehr leid, dass Sie mit dem Schlepper am Hang umgestürzt sind, und
wir wünschen Ihnen gute Besserung.

Wir haben den Leistungsfall zu Ihrer Unfallversicherung UV 7301552 angelegt.
Nach den Angaben Ihrer Frau werden Sie im Klinikum Heidekreis-Süd wegen einer
Beckenfraktur und zwei gebrochener Rippen behandelt, die Operation war am
03.05.

Damit wir das Krankenhaustagegeld und später die Invaliditätsleistung prüfen
können, benötigen wir:
1. die unterschriebene Unfallanzeige (Formular anbei per Post),
2. die Schweigepflichtentbindung für das Klinikum und Ihren Hausarzt
   Dr. Meinke in Bispingen,
3. den Entlassungsbericht, sobald er vorliegt.

Um die Berichte kümmern wir uns nach Eingang der Schweigepflichtentbindung
selbst. Bitte beachten Sie: Eine unfallbedingte Invalidität muss innerhalb von
15 Monaten nach dem Unfall ärztlich festgestellt werden.

Mit freundlichen Grüßen
Anke Düvel
Leistung Unfallversicherung
Hofmark Versicherung a.G. · Celle
Tel. 05141 9387-233
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'accident policy claim: tractor rollover, pelvic and rib fractures, hospital'


def m004():
    m = new('Sarah Lindqvist <sarah.lindqvist@hofmark-versicherung.example>',
            'Pieter van der Berg <pieter@vanderberg-melkvee.example>',
            'Storm damage to your cubicle barn – claim LS-24-01188', '2024-02-12 14:31')
    text(m, """Dear Mr van der Berg,

thank you for your photos of the cubicle barn at Heseper Weg 14, Twist.

We have registered the storm damage of 09/02/2024 under claim number
LS-24-01188 (farm buildings policy LG-2209-5561). As you told us on the phone,
no people and no animals were hurt; the cows were moved into the old barn.

Next steps:
- Our loss adjuster, Mr Gerrit Hülsmann, will visit on Thursday 15/02 around
  10:00. Please keep the damaged sandwich panels until then.
- You may order emergency measures (tarpaulin, securing the gable) straight
  away. These costs are covered as damage mitigation; please keep the invoices.
- For the final settlement we need the roofer's quote for the new panels.

Kind regards

Sarah Lindqvist
International Farm & Equine Desk
Hofmark Versicherung a.G., Celle, Germany
phone +49 5141 9387-180
""", flowed=False)
    return m, 'CONFIDENTIAL', 'en', 'insurer-to-customer', 'named farmer, buildings claim and policy number, farm address; nobody hurt'


def m005():
    m = new('Dr. Katrin Oltmanns <katrin.oltmanns@hofmark-versicherung.example>',
            'Produktteam Tier <produkt-tier@hofmark-versicherung.example>',
            'Fwd: Equine surgery: claim frequency by age band 2021-2023', '2024-03-05 09:40',
            cc='Birte Wessels <birte.wessels@hofmark-versicherung.example>')
    text(m, """FYI for Thursday - Henrik's table is attached, please bring your own copy.
Katrin

-------- Forwarded Message --------
Subject: Equine surgery: claim frequency by age band 2021-2023
Date: Tue, 5 Mar 2024 09:12:04 +0100
From: Henrik Lund <henrik.lund@fieldstone-group.example>
To: Dr. Katrin Oltmanns <katrin.oltmanns@hofmark-versicherung.example>

Katrin,

as promised the frequency table for the product review, all group entities
pooled (DE, NL, IE). Claims per 1,000 horse-years, surgery cover only.

Headline: colic laparotomies still the biggest cost driver (avg. claim
EUR 7,480), arthroscopies second. Frequency rises sharply above age 16, which
supports the age-banded premium you suggested. Cells below 10 claims are
merged into "other".

Numbers are final after the Q4 close; please don't circulate outside the
product team before the committee on 21 March.

Best
Henrik

--
Henrik Lund | Group Actuarial, Non-Life
Fieldstone Mutual Group
""")
    rows = [['Age band', 'Horse-years', 'Colic surgery', 'Arthroscopy', 'Fracture repair', 'Other', 'Claims per 1,000', 'Avg claim EUR'],
            ['0-4', 18240, 41, 22, 9, 14, 4.7, 5920],
            ['5-10', 52310, 176, 133, 21, 47, 7.2, 6410],
            ['11-15', 31980, 151, 88, 12, 39, 9.1, 6870],
            ['16-20', 14020, 98, 31, 10, 26, 11.8, 7620],
            ['21+', 4410, 37, 10, 0, 11, 13.4, 8150],
            ['Total', 120960, 503, 284, 52, 137, 8.1, 6880]]
    attach(m, 'equine_surgery_frequency_2021-2023.xlsx', xlsx(rows, 'Frequency'))
    return m, 'NORMAL', 'en', 'internal', 'trap: aggregated colic/arthroscopy claim statistics, small cells merged, no horse owner'


def m006():
    m = new('Birte Wessels <birte.wessels@hofmark-versicherung.example>',
            'Marlies Wendt <marlies.wendt@webpost.example>',
            'Pferde-OP-Versicherung PF-22-118734 – Abrechnung Kolik-OP "Fiora"', '2024-03-11 11:05')
    text(m, """Liebe Frau Wendt,

zunächst freut es uns sehr, dass Fiora die Kolik-OP so gut überstanden hat
und inzwischen wieder im Stall in Hambühren steht.

Die Rechnung der Pferdeklinik am Deich vom 29.02.2024 haben wir geprüft:

  Laparotomie bei Dünndarmstrangulation (Lipoma pendulans),
  Resektion ca. 1,8 m Jejunum, Anästhesie, Klinikaufenthalt 9 Tage
  Rechnungsbetrag (GOT, 2- bis 3-facher Satz)       6.842,17 EUR
  davon nicht versichert: Zubehör Decke/Halfter         -38,00 EUR
  Selbstbeteiligung 20 %, max. 500 EUR                -500,00 EUR
  Erstattung                                        6.304,17 EUR

Den Betrag überweisen wir in den nächsten Tagen auf Ihr Konto
DE32 4070 8537 7859 2848 76.

Bitte denken Sie daran, die Nachkontrolle in 6 Wochen zu machen; die
Nachbehandlungskosten sind bis 30 Tage nach der OP mitversichert.

Herzliche Grüße aus Celle
Birte Wessels
Tierversicherung / Pferd
Hofmark Versicherung a.G.
""")
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-customer', 'horse surgery claim of named owner (animal health = CONFIDENTIAL), policy number, IBAN'


def m007():
    m = new('Svenja Kröger <svenja.kroeger@hofmark-versicherung.example>',
            'Dr. Hendrik Rabe <hendrik.rabe@hofmark-versicherung.example>',
            'BU 4410-873 Hinrichs – bitte Einschätzung vor Gutachterauftrag', '2024-04-03 13:48')
    text(m, """Hallo Hendrik,

kurze Bitte um deine Einschätzung, bevor ich das externe Gutachten vergebe.

VN/VP: Anja Hinrichs, geb. 17.08.1979, Legehennenhaltung (Freiland,
ca. 12.000 Tiere), BU-Rente 1.500 EUR mtl., Beginn 2016.
Antrag auf Leistung seit 01.12.2023.

Vorliegende Unterlagen:
- Arztbrief Lungenfachpraxis Dr. Sievers, Uelzen, 14.11.2023:
  exogen-allergische Alveolitis (Vogelhalterlunge) J67.2 G,
  Antikörper gegen Vogelproteine deutlich erhöht, restriktive
  Ventilationsstörung, DLCO 58 % Soll, Kortisontherapie begonnen.
- Empfehlung Dr. Sievers: strikte Expositionskarenz, kein Stallbetrieb.
- Tätigkeitsbeschreibung: ca. 70 % Stallarbeit (Eiersammeln, Entmistung,
  Tierkontrolle), Rest Vermarktung/Büro.

Meine Frage: reicht das für 50 %, oder brauchen wir ein pneumologisches
Gutachten inkl. Belastungsuntersuchung? Umorganisation prüfe ich parallel
(Selbstständige, Mitarbeiterin im Betrieb vorhanden).

Danke und Gruß
Svenja

Svenja Kröger · BU-Leistungsprüfung · Hofmark Lebensversicherung · -361
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'internal', 'BU claim: named farmer with birth date, bird fancier lung J67.2, lung function'


def m008():
    m = new('Ole Brandes <ole.brandes@hofmark-versicherung.example>',
            'IT Service Desk <servicedesk@hofmark-versicherung.example>',
            'INC0048817 – Upload of vet reports in claims portal fails (PDF > 10 MB)', '2024-03-19 15:22')
    text(m, """Hi all,

adding details to INC0048817 before the handover to the group portal team:

- Since release 24.03 the claims portal rejects uploads of veterinary reports
  and clinic invoices larger than 10 MB with HTTP 413.
- Affects the doc types "Tierarztbericht" and "Klinikrechnung Pferd" only;
  "Arztbericht" (personal lines) still has the 25 MB limit.
- Nginx on portal-web-02 has client_max_body_size 10m, web-01 has 25m.
  Load balancer alternates, so it fails roughly every second try.

Workaround for the Tier team: ask customers to scan in greyscale at 200 dpi.
No customer data in the ticket, test done with our dummy PDF.

Fix proposal: align both nodes to 25m, change CHG0007731 prepared for
Thursday's window.

Ole
--
Ole Brandes | IT Service Desk, 2nd level | Hofmark Versicherung a.G.
""")
    return m, 'NORMAL', 'en', 'internal', 'trap: IT ticket about vet reports and doctor reports, no customer data'


def m009():
    m = new('Thomas Lühr <thomas.luehr@hofmark-versicherung.example>',
            'Bestand Landwirtschaft <bestand-lw@hofmark-versicherung.example>',
            'WG: Bestandsübertragung Agrarmakler Nordheide – 4 Betriebe', '2024-01-22 09:03')
    text(m, """Moin zusammen,

bitte die vier Betriebe aus der Liste auf die Vermittlernummer 60-2281
(Agrarmakler Nordheide GmbH) umschlüsseln. Maklervollmachten liegen im DMS.

Gruß Thomas

-----Ursprüngliche Nachricht-----
Von: Stefan Bohlmann <s.bohlmann@agrarmakler-nordheide.example>
Gesendet: Freitag, 19. Januar 2024 17:41
An: Lühr, Thomas <thomas.luehr@hofmark-versicherung.example>
Betreff: Bestandsübertragung

Hallo Herr Lühr,

wie besprochen anbei die Betriebe, die zum 01.02. von Herrn Fitschen
(Ruhestand) zu uns wechseln. Vollmachten schicke ich per Post.

Schönes Wochenende
Stefan Bohlmann
Agrarmakler Nordheide GmbH · Buchholzer Str. 41 · 21244 Buchholz i.d.N.
""")
    rows = [['Kunde', 'Anschrift', 'Vertrag', 'Sparte', 'Jahresbeitrag EUR'],
            ['Wiebke Cordes', 'Hollenstedter Str. 3, 21279 Appel', 'LG-1987-4410', 'Landw. Gebäude', '4.812,40'],
            ['Wiebke Cordes', 'Hollenstedter Str. 3, 21279 Appel', 'BH-1987-4411', 'Betriebshaftpflicht LW', '1.106,00'],
            ['Hermann und Gesa Peters GbR', 'Am Sandberg 8, 21255 Tostedt', 'LG-2003-0917', 'Landw. Gebäude', '6.390,75'],
            ['Hermann und Gesa Peters GbR', 'Am Sandberg 8, 21255 Tostedt', 'MA-2003-0918', 'Maschinen/Landtechnik', '2.240,00'],
            ['Jürgen Eggers', 'Dorfstr. 22, 21266 Jesteburg', 'HG-2011-3302', 'Hagel/Mehrgefahren', '3.918,60'],
            ['Kathrin Stöver', 'Op de Hoff 5, 21271 Hanstedt', 'PF-2019-7721', 'Pferdehaftpflicht', '148,20']]
    attach(m, 'Bestandsliste_Fitschen_an_Nordheide.csv', csvdata(rows, encoding='cp1252'), 'application/vnd.ms-excel')
    return m, 'CONFIDENTIAL', 'de', 'broker', 'broker portfolio transfer list: named farmers, addresses, policy numbers (CSV)'


def m010():
    m = new('Ingrid Stelter <ingrid.stelter@hofmark-versicherung.example>',
            'Marek Nowak <m.nowak@agrostaff.example>',
            'Seasonal worker health cover – Ms Ioana Popescu, claim EH-24-0291', '2024-05-21 10:30',
            cc='Spargelhof Lindemann <buero@spargelhof-lindemann.example>')
    text(m, """Dear Mr Nowak,

regarding Ms Ioana Popescu (harvest worker at Spargelhof Lindemann, group
policy EH-5520 seasonal workers' health insurance):

The Kreiskrankenhaus Soltau informed us that Ms Popescu was admitted on
18 May with acute appendicitis (K35.8) and underwent a laparoscopic
appendectomy the same night. She is expected to be discharged on 22 May.

The hospital costs are covered under the policy and we have issued the
guarantee of payment directly to the hospital. Ms Popescu does not need to
pay anything. She should not do heavy field work for about two weeks; the
hospital will issue a certificate of incapacity.

If she prefers to travel home early, please tell us before booking, as the
return transport after surgery needs our approval.

Could you pass this on to her in Romanian? She told the ward she would
rather hear it from you.

Kind regards
Ingrid Stelter
Health Insurance – Seasonal Workers
Hofmark Krankenversicherung a.G.
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company', 'seasonal worker health insurance: named worker, appendicitis K35.8, hospital stay'


def m011():
    m = new('Julia Harms <presse@hofmark-versicherung.example>',
            'Presseverteiler Agrar <presse-agrar@lists.hofmark-versicherung.example>',
            'Press release: Hofmark pays out EUR 14.2 million after June hailstorms', '2024-07-09 11:00')
    html(m, """<html><body style="font-family:Georgia,serif">
<h2>Hofmark pays out EUR 14.2 million after June hailstorms</h2>
<p><i>Celle, 9 July 2024</i> – The hailstorms of 14 and 22 June 2024 have caused the largest crop losses
for Hofmark Versicherung a.G. since 2016. By yesterday, farmers in Lower Saxony, Saxony-Anhalt and
Brandenburg had reported 1,386 hail claims on about 61,000 hectares.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Crop</th><th>Claims</th><th>Hectares affected</th><th>Average loss</th></tr>
<tr><td>Winter wheat</td><td>512</td><td>24,300</td><td>31 %</td></tr>
<tr><td>Winter barley</td><td>298</td><td>11,900</td><td>27 %</td></tr>
<tr><td>Rapeseed</td><td>241</td><td>12,700</td><td>38 %</td></tr>
<tr><td>Sugar beet / maize / other</td><td>335</td><td>12,100</td><td>19 %</td></tr>
</table>
<p>"Our 140 loss adjusters have assessed almost all fields; most farmers will have their money before
harvest ends," says Dr. Arnold Wiebking, CEO. Hofmark reminds farmers that only about a third of arable
land in Germany is covered against hail, and fewer than 5 % against drought or frost.</p>
<p>Press contact: Julia Harms, +49 5141 9387-100, presse@hofmark-versicherung.example</p>
</body></html>
""")
    return m, 'NORMAL', 'en', 'press', 'trap: press release with aggregate hail claim figures only'


def m012():
    m = new('Heiko Gerdes <heiko.gerdes@hofmark-versicherung.example>',
            'Jannik Meyer-Lohmann <jannik@hof-meyer-lohmann.example>',
            'Hofübergabe zum 01.07.2024 – Umschreibung Ihrer Verträge', '2024-06-04 09:55',
            cc='Frank Tödter <frank.toedter@hofmark-versicherung.example>')
    text(m, """Sehr geehrter Herr Meyer-Lohmann,

herzlichen Glückwunsch zur Übernahme des elterlichen Betriebs! Wie mit
Herrn Tödter besprochen, schreiben wir die betrieblichen Verträge Ihres
Vaters Gerd Meyer-Lohmann zum 01.07.2024 auf Sie um:

  LG-1994-2210  Landwirtschaftliche Gebäude (Milchviehstall, Maschinenhalle,
                Fahrsilo, Wohnhaus Altenteil)
  MA-2008-1733  Landtechnik inkl. Melkroboter Lely A5
  BH-1994-2211  Betriebshaftpflicht Landwirtschaft
  TV-2015-0410  Ertragsschaden Rinder (Tierseuchen)

Für die neuen Versicherungsscheine benötige ich noch von Ihnen:
- Geburtsdatum: laut Übergabevertrag 03.09.1991 – bitte bestätigen
- Ihre Steuernummer (Pauschalierung nach § 24 UStG ja/nein)
- das SEPA-Lastschriftmandat für Ihr Betriebskonto
  DE78 5932 7080 2078 4810 33 (Volksbank Lüneburger Heide)

Die Tierhalterhaftpflicht für die zwei Hofpferde Ihrer Mutter bleibt beim
Vater, das klären wir separat.

Mit freundlichen Grüßen
Heiko Gerdes
Vertrag & Bestand Landwirtschaft
Hofmark Versicherung a.G.
""")
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-customer', 'farm succession: named farmer, birth date, policy numbers, IBAN'


def m013():
    m = new('Antragsprüfung Leben <antrag-leben@hofmark-versicherung.example>',
            'Jannik Meyer-Lohmann <jannik@hof-meyer-lohmann.example>',
            'Ihr Antrag auf Risikolebensversicherung (Absicherung Stallbaudarlehen)', '2024-06-19 14:12',
            cc='Frank Tödter <frank.toedter@hofmark-versicherung.example>')
    text(m, """Sehr geehrter Herr Meyer-Lohmann,

vielen Dank für Ihren Antrag vom 06.06.2024 auf eine Risikolebens-
versicherung über 450.000 EUR (fallend, 20 Jahre) zur Absicherung des
Darlehens für den neuen Liegeboxenlaufstall.

Wir können den Antrag annehmen, allerdings wegen der angegebenen arteriellen
Hypertonie (behandelt mit Ramipril 5 mg) und des BMI von 31 nur mit einem
Beitragszuschlag von 25 %. Der Monatsbeitrag beträgt damit 61,40 EUR statt
49,12 EUR.

Sollten Sie uns in 12 Monaten einen aktuellen Blutdruckbefund Ihres
Hausarztes mit Werten unter 140/90 schicken, prüfen wir den Zuschlag gern
erneut.

Für die Abtretung an die Volksbank Lüneburger Heide benötigen wir deren
Abtretungsanzeige; bitte reichen Sie sie über Herrn Tödter ein.

Mit freundlichen Grüßen
Ihre Antragsprüfung Leben
Hofmark Lebensversicherung AG
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'life insurance underwriting decision: hypertension, medication, BMI surcharge'


def m014():
    m = new('Frank Tödter <frank.toedter@hofmark-versicherung.example>',
            'Landvolk Kreisverband Heide-Wümme <info@landvolk-heide-wuemme.example>',
            'Seminar Hofübergabe am 12.03. – Checkliste Versicherungen', '2024-02-27 17:20')
    text(m, """Hallo Frau Schlüter,

wie besprochen anbei unsere Checkliste für die Teilnehmer am 12.03. in
Soltau. Sie können sie gern vorab mit der Einladung verschicken. Ich bringe
30 Ausdrucke mit.

Beamer und Leinwand habt ihr vor Ort, oder?

Viele Grüße
Frank Tödter
Agentur Tödter – Hofmark Versicherung
Lüneburger Heide
""")
    paras = ['#Checkliste: Versicherungen bei der Hofübergabe',
             'Diese Liste ersetzt keine Beratung. Sie hilft, beim Übergabevertrag nichts zu vergessen.',
             '#1. Betrieb',
             '|Vertrag|Was ist zu tun?|Wer?',
             '|Landwirtschaftliche Gebäude|Umschreibung auf Hofnachfolger, Wertermittlung aktualisieren|Versicherer',
             '|Betriebshaftpflicht|Umschreibung; Altenteiler als mitversicherte Personen?|Versicherer',
             '|Landtechnik/Maschinen|Neuwerte prüfen, geleaste Maschinen melden|Hofnachfolger',
             '|Hagel/Mehrgefahren|Anbauverzeichnis neu, Flächenänderungen melden|Hofnachfolger',
             '|Ertragsschaden Tierseuchen|Tierbestand und Erlöse aktualisieren|Hofnachfolger',
             '#2. Personen',
             '|Berufsunfähigkeit Hofnachfolger|Besteht Schutz? Gesundheitsfragen früh klären|Hofnachfolger',
             '|Unfallversicherung|Private Ergänzung zur SVLFG, Altenteiler nicht vergessen|beide',
             '|Risikoleben|Absicherung von Darlehen für Investitionen|Hofnachfolger',
             '|Pflege Altenteiler|Wer pflegt? Pflegetagegeld prüfen|Familie',
             '#3. Unterlagen',
             'Übergabevertrag (Entwurf), Flächenverzeichnis, Tierbestandsregister, Maschinenliste, Kontoverbindung für Lastschrift, Geburtsdatum des Hofnachfolgers, Steuernummer.',
             'Hofmark Versicherung a.G. · Geestweg 12 · 29221 Celle']
    attach(m, 'Checkliste_Hofuebergabe_Versicherungen.docx', docx(paras, 'Checkliste Hofübergabe'))
    return m, 'NORMAL', 'de', 'insurer-to-partner', 'trap: generic succession checklist mentioning BU, birth date, bank details as fields only'


def m015():
    m = new('Anke Düvel <anke.duevel@hofmark-versicherung.example>',
            'Dr. Hendrik Rabe <hendrik.rabe@hofmark-versicherung.example>',
            'UV 7301552 – Bericht Klinikum', '2024-06-03 08:31')
    text(m, """Hallo Herr Dr. Rabe,

anbei der Bericht aus Soltau. Bitte um Stellungnahme bis Freitag, der
Kunde fragt nach einem Vorschuss.

Danke
Anke Düvel
""")
    lines = ['#Klinikum Heidekreis-Süd · Klinik für Unfallchirurgie und Orthopädie',
             'Oeninger Weg 40 · 29614 Soltau',
             '',
             '#Entlassungsbericht',
             'Patient: Carsten Pieper, geb. 11.02.1971, Hof Wilsede-Ost 2, 29646 Bispingen',
             'Aufenthalt: 02.05.2024 – 24.05.2024',
             '',
             'Diagnosen:',
             '- Instabile Beckenringfraktur Typ B2 links (S32.89 G)',
             '- Rippenserienfraktur 5.–7. Rippe rechts (S22.42 G)',
             '- Prellung Thorax, kein Pneumothorax',
             '',
             'Unfallhergang: Umsturz eines Schleppers (Fendt 311) am Hang beim Mähen.',
             'Patient war nicht angeschnallt, Überrollbügel vorhanden.',
             '',
             'Therapie: 03.05.2024 geschlossene Reposition, Fixateur interne (OPS 5-798.4)',
             'Analgesie, Atemtherapie, Thromboseprophylaxe, Mobilisation an Gehstützen',
             'mit 20 kg Teilbelastung links.',
             '',
             'Verlauf: komplikationslos, Wunden reizlos, Rö-Kontrolle regelrechte Stellung.',
             '',
             'Empfehlung: Anschlussheilbehandlung (beantragt bei der SVLFG),',
             'Teilbelastung für 6 Wochen, danach schmerzadaptierte Aufbelastung.',
             'Arbeitsunfähig voraussichtlich bis mind. 31.08.2024.',
             '',
             'Dr. med. Uta Kersting, Oberärztin',
             'Prof. Dr. med. Volker Rehse, Chefarzt']
    attach(m, 'Entlassungsbericht_Pieper_24-05-2024.pdf', pdf(lines, 'Entlassungsbericht'))
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'hospital', 'harmless body; hospital discharge report with diagnoses and birth date only in the PDF attachment'


def m016():
    m = new('Thomas Lühr <thomas.luehr@hofmark-versicherung.example>',
            'Stefan Bohlmann <s.bohlmann@agrarmakler-nordheide.example>',
            'Automatic reply: Courtage 2023', '2024-11-12 07:02',
            extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
    text(m, """Thank you for your mail. I am at EuroTier in Hanover (hall 13, stand
C29) until 15 November and will only read my mail occasionally.

For urgent matters please contact our broker service:
maklerservice@hofmark-versicherung.example, +49 5141 9387-300.

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 15.11. auf der
EuroTier und lese meine Mails nur unregelmäßig.

Thomas Lühr
""")
    return m, 'NORMAL', 'en', 'internal', 'trap: out-of-office auto-reply, no content'


def m017():
    m = new('Sarah Lindqvist <sarah.lindqvist@hofmark-versicherung.example>',
            'Fiona Gallagher <fiona@ballykeel-stud.example>',
            'Transit cover for 3 mares Ballykeel – Verden, cover note TR-24-0077', '2024-04-09 12:40')
    text(m, """Dear Fiona,

please find below the cover confirmation for the transport of your three
broodmares from Ballykeel Stud, Co. Kilkenny, to the Verden spring sale.

Policyholder:   Ballykeel Stud Ltd., attn. Ms Fiona Gallagher
Cover note:     TR-24-0077 (livestock transit, all risks incl. death
                and emergency slaughter during transport)
Period:         loading 22 April 2024 until unloading, max. 5 days
Route:          Rosslare – Cherbourg – Verden (Aller), haulier
                Kavanagh Equine Transport Ltd.

Horse                       UELN               Sum insured
Ballykeel Lady Grey (2016)  372004160012345    EUR 28,000
Kilbride Sunset (2014)      372004140098861    EUR 19,500
Ballykeel Moonstone (2018)  372004180031102    EUR 34,000

Premium EUR 486.00 incl. 19 % insurance tax, payable before departure.
Conditions: the mares must travel with valid equine passports and health
certificates; stops at approved control posts only.

Safe travels, and good luck at the sale!

Sarah Lindqvist
International Farm & Equine Desk
Hofmark Versicherung a.G.
""")
    return m, 'CONFIDENTIAL', 'en', 'insurer-to-company', 'company policyholder with named contact, transit cover note, insured horses and values'


def m018():
    m = new('Tim Reimers <tim.reimers@hofmark-versicherung.example>',
            'Leistung Unfall <leistung-unfall@hofmark-versicherung.example>',
            'WG: Reitunfall Lea Sommer – Gruppenunfall Reitschule Voss GU-3318', '2024-08-26 08:14')
    text(m, """Guten Morgen,

bitte anlegen, die Anzeige von Frau Voss kam über mein Agenturpostfach.
Vertrag: Gruppenunfallversicherung Reitschüler GU-3318.

Gruß Tim Reimers
Agentur Reimers, Walsrode

-----Ursprüngliche Nachricht-----
Von: Reit- und Pensionsstall Voss <info@reitstall-voss.example>
Gesendet: Samstag, 24. August 2024 19:52
An: Tim Reimers <tim.reimers@hofmark-versicherung.example>
Betreff: Unfall heute

Hallo Tim,

heute in der Kinderstunde ist Lea Sommer (9) von Pony Krümel gefallen,
das Pony hat sich vor dem Traktor am Zaun erschrocken und ist zur Seite
gesprungen. Lea ist auf den linken Arm gefallen. Helm und Weste hatte sie
an. Ihre Mutter ist mit ihr gleich ins Krankenhaus Walsrode, dort Röntgen:
Unterarm gebrochen (Speiche und Elle), sie wird Montag operiert, Drähte.

Mutter: Nicole Sommer, Am Lehrhof 6, 29664 Walsrode, 0160 4471829.

Reitlehrerin war Kim Hasselmann, Zeugin ist Leas Freundin Mia.
Was muss ich jetzt noch machen? Formular?

LG Sabine

Reit- und Pensionsstall Voss · Sabine Voss · Kirchboitzen
""", cte='8bit', flowed=True)
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'customer', 'riding school reports child riding accident: forearm fracture, surgery (forwarded)'


def m019():
    m = new('Thomas Lühr <thomas.luehr@hofmark-versicherung.example>',
            'Maklerverteiler Agrar <makler-agrar@lists.hofmark-versicherung.example>',
            'Reitbetriebe 2025: neue Tarifstruktur Betriebshaftpflicht Reitschule/Pensionsstall', '2024-10-01 10:10')
    text(m, """Sehr geehrte Damen und Herren,

zum 01.01.2025 stellen wir die Betriebshaftpflicht für Reitbetriebe um.
Die wichtigsten Punkte:

1. Beitragsberechnung nach Schulpferden und Einstellerpferden getrennt
   (bisher pauschal nach Boxenzahl).
2. Reitunterricht, Ausritte und Voltigieren bleiben eingeschlossen;
   Reittherapie/Hippotherapie nur mit Nachweis der Qualifikation.
3. Mietsachschäden an gepachteten Hallen bis 500.000 EUR.
4. Unfälle von Reitschülern sind weiterhin nicht über die Haftpflicht
   versichert, sondern über die Gruppenunfallversicherung (Baustein
   "Reitschüler"), typische Fälle: Sturz vom Pferd, Huftritt, Biss.

Die Schadenhäufigkeit in der Sparte ist 2023 um 11 % gestiegen, vor allem
durch Haftpflichtschäden bei Ausritten im Straßenverkehr. Der Beitrag steigt
im Durchschnitt um 6,5 %; Betriebe mit Sicherheitskonzept (Helmpflicht,
Reitlehrer FN-qualifiziert) erhalten weiterhin 10 % Nachlass.

Die Bestandskunden informieren wir bis 15.11. schriftlich.

Mit freundlichen Grüßen
Thomas Lühr
Maklerbetreuung Agrar · Hofmark Versicherung a.G.
""")
    return m, 'NORMAL', 'de', 'insurer-to-broker', 'trap: tariff information for riding schools, falls and kicks named generically'


def m020():
    m = new('Beitragsservice <beitragsservice@hofmark-versicherung.example>',
            'Jörg Tamke <joerg.tamke@landpost.example>',
            'Zahlungserinnerung Hagelversicherung HG-2017-5508', '2024-08-12 06:30')
    text(m, """Sehr geehrter Herr Tamke,

für Ihre Hagelversicherung HG-2017-5508 ist der Beitrag für das
Anbaujahr 2024 noch offen:

  Beitrag lt. Anbauverzeichnis 2024        3.211,80 EUR
  fällig seit                              15.07.2024

Bitte überweisen Sie den Betrag bis zum 26.08.2024 auf unser Konto bei
der Sparkasse Celle-Gifhorn-Peine, Verwendungszweck HG-2017-5508.

Sollten Sie inzwischen gezahlt haben, betrachten Sie dieses Schreiben als
gegenstandslos. Bei Fragen zur Ratenzahlung bis zur Ernteabrechnung
erreichen Sie uns unter 05141 9387-500.

Mit freundlichen Grüßen
Beitragsservice
Hofmark Versicherung a.G.
""")
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-customer', 'premium reminder: named farmer, hail policy number, amount owed'


def m021():
    m = new('Einkauf <einkauf@hofmark-versicherung.example>',
            'Medi-Fix Betriebsbedarf GmbH <bestellung@medifix-betriebsbedarf.example>',
            'Bestellung 4500021187 – Verbandkästen und Augenspülung Außendienst', '2024-04-15 13:02')
    text(m, """Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Ihrem Angebot AN-24-1190 vom 08.04.2024:

Pos  Menge  Artikel
10   85     Kfz-Verbandkasten DIN 13164, Ausführung 2022
20   40     Betriebsverbandkasten DIN 13157 (klein) für Agenturbüros
30   85     Augenspülflasche 500 ml, pH-neutral (Hofbesuche Stall/Silo)
40   85     Zeckenkarte + Zeckenzange im Etui
50   10     Wandhalterung für Augenspülstation

Lieferung an: Hofmark Versicherung a.G., Warenannahme Tor 3,
Geestweg 12, 29221 Celle. Liefertermin KW 17.

Bitte die Bestellnummer auf allen Lieferpapieren und der Rechnung angeben.
Zahlung 30 Tage netto.

Mit freundlichen Grüßen
Petra Ahrens
Zentraler Einkauf
""")
    return m, 'NORMAL', 'de', 'insurer-to-supplier', 'trap: purchase order for first-aid kits and tick cards, no person'


def m022():
    m = new('Svenja Kröger <svenja.kroeger@hofmark-versicherung.example>',
            'Michael Stöver <michael.stoever@hofmark-versicherung.example>',
            'AW: AW: AW: BU 4402-115 Dierks – Nachprüfung Umorganisation', '2024-09-10 16:44')
    text(m, """Michael,

ja, dann bleiben wir bei der Anerkennung. Ich schreibe die Verfügung morgen.

Svenja

> Am 10.09.2024 um 14:02 schrieb Michael Stöver:
> Ich habe mit dem Betriebsberater gesprochen. Eine Umorganisation ist
> nicht zumutbar: Der Betrieb hat keine Fremd-AK, Stallarbeit ist nicht
> delegierbar, Investition in Melktechnik würde > 200 TEUR kosten.
>
>> Am 05.09.2024 um 09:18 schrieb Svenja Kröger:
>> Kannst du bitte die Umorganisation prüfen? Unterlagen im DMS.
>>
>>> Am 04.09.2024 um 17:31 schrieb Dr. Hendrik Rabe:
>>> Stellungnahme Dierks, Klaus, geb. 02.04.1968:
>>> Z. n. Bandscheibenvorfall L4/L5 links mit Radikulopathie
>>> (M51.1 G), Nukleotomie 03/2024, danach Reha in Bad Bevensen.
>>> Persistierende Lumboischialgie, Fußheberschwäche KG 4/5.
>>> Heben > 10 kg, Arbeiten in Zwangshaltung (Melkstand, Klauenpflege)
>>> und Ganzkörpervibration (Schlepper) dauerhaft nicht zumutbar.
>>> Aus ärztlicher Sicht BU > 50 % für die zuletzt ausgeübte Tätigkeit
>>> als Milchviehhalter plausibel. Nachprüfung in 24 Monaten empfohlen.
""", cte='8bit', flowed=False)
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'internal', 'BU claim chain: diagnosis M51.1, surgery, rehab only deep in quoted text'


def m023():
    m = new('Sarah Lindqvist <sarah.lindqvist@hofmark-versicherung.example>',
            'Pieter van der Berg <pieter@vanderberg-melkvee.example>',
            'Re: horse on the B402 – liability claim PH-24-00412', '2024-03-25 09:18',
            in_reply_to='<CAF8x2p1@vanderberg-melkvee.example>')
    text(m, """Dear Mr van der Berg,

thank you for the details. We have registered the incident under your
horse owner's liability policy PH-2021-3380 (mare "Jolien") as claim
PH-24-00412.

To summarise what you told us: on 21 March around 18:30 the mare got out
through the paddock gate and ran onto the B402. A car (VW Passat,
registration EL-KR 418) braked and touched her; the car's front bumper and
headlight are damaged. Nobody was injured, and the mare only has a few
scratches.

We will contact the driver, Mr Kröger, directly for his repair estimate.
Please do not confirm any liability to him yourself; just refer him to us
with the claim number.

Please send us the police report number if the police came.

Kind regards
Sarah Lindqvist
Hofmark Versicherung a.G.

> On Fri, 22 Mar 2024 at 20:14, Pieter van der Berg wrote:
> Hi Sarah, bad news, Jolien was out on the road yesterday evening, a car
> hit her a bit. Nobody hurt, the lady is fine, driver is fine. What now?
""")
    return m, 'CONFIDENTIAL', 'en', 'insurer-to-customer', 'liability claim of named horse owner, third party named with plate; nobody hurt'


def m024():
    m = new('Claudia Meinecke <datenschutz@hofmark-versicherung.example>',
            'Alle Mitarbeitenden Tier/Agrar <tier-agrar-alle@lists.hofmark-versicherung.example>',
            'Data protection quiz – results and answers', '2024-05-28 12:00')
    text(m, """Dear colleagues,

thank you to the 74 of you who took part in last week's quiz. Average
score 7.1 of 10. The questions most often answered wrongly:

Q3: "A vet's report on a horse with colic is health data under Art. 9
GDPR." - FALSE. It is not data about a person's health. But it is still
personal data of the owner once the owner is identifiable, so it goes
out encrypted like any other claim document.

Q6: "A farmer tells us on the phone that he has a bad back. May we note
this in the property claim?" - Only if needed for the claim, and then the
note is health data. Usually: don't write it down in a property file.

Q8: "A seasonal worker list with names and passport numbers, but no
health data, may be sent by plain e-mail." - FALSE. Names and passport
numbers are confidential data.

Q9: "Aggregated hail statistics per district may be sent to the press." -
TRUE, as long as no single farm can be identified.

The next quiz (topic: deletion periods) follows in September.

Claudia Meinecke
Data Protection Officer
""")
    return m, 'NORMAL', 'en', 'internal', 'trap: data-protection quiz discussing vet reports, bad back, passport numbers in the abstract'


def m025():
    m = new('Sarah Lindqvist <sarah.lindqvist@hofmark-versicherung.example>',
            'Oliver Trent <o.trent@northgate-re.example>',
            'Facultative request – personal accident, Mr Søren Madsen', '2024-02-20 15:45')
    text(m, """Dear Oliver,

as discussed, a facultative request outside our treaty limits:

Proposer: Søren Madsen, born 14/05/1976, arable and sheep farmer,
Gut Holmlund, 24975 Husby (Schleswig-Holstein), Danish national.
Cover requested: personal accident, invalidity EUR 600,000 with
progression 350 %, accident pension EUR 2,500/month.

Medical disclosure:
- Anterior cruciate ligament rupture right knee 2019 (skiing),
  reconstruction, full recovery per surgeon's letter (attached to our file)
- Hypertension, treated, well controlled
- No other disclosures.

Our proposal: accept with exclusion of the right knee for the knee value
under the limb table, standard rates otherwise. Our retention would be
EUR 250,000 invalidity.

Could you confirm your share by Friday?

Best regards
Sarah Lindqvist
International Farm & Equine Desk, Hofmark Versicherung a.G.
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner', 'reinsurance request: named applicant, birth date, medical history for accident cover'


def m026():
    m = new('Marco Schaper <marco.schaper@hofmark-versicherung.example>',
            'Ralf Kunze <r.kunze@agrar-elbtal.example>',
            'Maschinenbruch Mähdrescher – Schaden MB-24-00733', '2024-07-29 17:05')
    text(m, """Sehr geehrter Herr Kunze,

danke für den Anruf heute Mittag. Zusammenfassung für Ihre Unterlagen:

Versicherungsnehmer: Agrargenossenschaft Elbtal eG, Tangermünde
Vertrag:             MA-2012-6604 Landtechnik (Maschinenbruch, Feuer)
Schaden-Nr.:         MB-24-00733
Maschine:            Claas Lexion 8700, Bj. 2021, Fgst.-Nr. C8700-12844
Schadentag:          27.07.2024, Schlag "Große Breite", Wintergerste
Hergang:             Fremdkörper (Stein) im Schrägförderer, Schaden an
                     Dreschtrommel und Korbeinlage
Verletzte:           keine

Die Besichtigung macht Dipl.-Ing. agr. Berend Wolters am Donnerstag bei
Ihrem Claas-Partner in Stendal. Der Reparaturauftrag kann nach seiner
Freigabe sofort erteilt werden. Mietkosten für einen Ersatzdrescher sind
über den Baustein Mehrkosten bis 15.000 EUR versichert; bitte vorher
kurz Bescheid geben.

Selbstbehalt laut Vertrag 2.500 EUR.

Mit freundlichen Grüßen
Marco Schaper
Schaden Landwirtschaft Sach/Technik
Hofmark Versicherung a.G.
""")
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-company', 'cooperative policyholder with named contact, machinery claim and policy number'


def m027():
    m = new('Svenja Kröger <svenja.kroeger@hofmark-versicherung.example>',
            'Vertriebsschulung <vertriebsschulung@hofmark-versicherung.example>',
            'Fallbeispiel für Schulung 18.04. – BU in der Milchviehhaltung (anonymisiert)', '2024-04-10 11:26')
    text(m, """Hallo Jana,

hier das Fallbeispiel für den Block "BU für Landwirte". Ist anonymisiert
und bewusst verfremdet (Alter gerundet, Region und Betriebsgröße geändert),
Freigabe Datenschutz liegt vor.

--- Fallbeispiel ---
Ein Landwirt, Mitte 50, bewirtschaftet einen Milchviehbetrieb im Norden
mit rund 100 Kühen, ohne festangestellte Mitarbeiter. Nach einem
Bandscheibenvorfall und einer Operation kann er nicht mehr schwer heben
und keine Zwangshaltungen im Melkstand einnehmen.

Diskussionsfragen:
1. Wie wird die zuletzt ausgeübte Tätigkeit beschrieben (Zeitanteile)?
2. Ist eine Umorganisation zumutbar? (Betriebsgröße, Mitarbeiter,
   Investitionsbedarf, Einkommenseinbuße)
3. Welche Rolle spielt die SVLFG-Rente wegen Erwerbsminderung?
4. Warum ist eine BU-Rente in der Landwirtschaft oft zu niedrig
   angesetzt? (Betriebshelfer kostet 35-45 EUR/Std.)

Lösungsskizze bringe ich mit.

Gruß Svenja
""")
    return m, 'NORMAL', 'de', 'internal', 'trap: anonymised and altered BU case study for training, no identifiable person'


def m028():
    m = new('Leistung Kranken <leistung-kranken@hofmark-versicherung.example>',
            'Klaus Dierks <klaus.dierks@landpost.example>',
            'Ihre Krankentagegeld-Abrechnung Juli 2024 – KT 88-301774', '2024-08-05 07:45')
    html(m, """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:12px">
<p>Sehr geehrter Herr Dierks,</p>
<p>für Juli 2024 zahlen wir Ihnen aus Ihrer Krankentagegeldversicherung KT 88-301774 (Tarif KTG-L, ab 43. Tag, 120&nbsp;EUR je Tag) folgende Leistung:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dfe8d0"><th>Zeitraum</th><th>Arbeitsunfähigkeit laut</th><th>Diagnose</th><th>Tage</th><th>Betrag</th></tr>
<tr><td>01.07.–21.07.2024</td><td>Dr. Albers, Orthopädie Uelzen</td><td>M51.1 G Lumbaler Bandscheibenschaden mit Radikulopathie</td><td>21</td><td>2.520,00 EUR</td></tr>
<tr><td>22.07.–31.07.2024</td><td>Reha-Klinik Bad Bevensen (stationär)</td><td>Z50.8 Rehabilitation</td><td>10</td><td>1.200,00 EUR</td></tr>
<tr><td colspan="4"><b>Summe</b></td><td><b>3.720,00 EUR</b></td></tr>
</table>
<p>Die Zahlung geht auf Ihr bekanntes Konto. Für August benötigen wir die Folgebescheinigung Ihres Orthopäden sowie den Reha-Entlassungsbericht.</p>
<p>Mit freundlichen Grüßen<br>Ihre Leistungsabteilung Krankenversicherung<br>Hofmark Krankenversicherung a.G.</p>
</body></html>
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'sickness daily allowance statement with ICD codes, only in HTML table'


def m029():
    m = new('Marco Schaper <marco.schaper@hofmark-versicherung.example>',
            'Tobias Renken <tobias.renken@schweinehof-renken.example>',
            'Ertragsschaden ASP – Sperrzone II, Berechnung Zeitraum 1', '2024-10-21 15:50')
    text(m, """Hallo Herr Renken,

anbei wie besprochen die Berechnung des Ertragsausfalls für die ersten
acht Wochen in der Sperrzone II (Vertrag TV-2019-8821, Schaden
TS-24-0052). Grundlage sind Ihre Schlachtabrechnungen 2023 und die
Vermarktungsbelege seit dem 26.08.

Bitte prüfen Sie vor allem die Zahl der Mastplätze und die
Tageszunahmen; wenn Sie einverstanden sind, zahlen wir den Abschlag
sofort aus.

Viele Grüße
Marco Schaper
Hofmark Versicherung a.G. · Schaden Landwirtschaft
""")
    rows = [['Ertragsschadenberechnung ASP', '', '', ''],
            ['VN', 'Tobias Renken, Hollenhof 3, 49688 Lastrup', '', ''],
            ['Vertrag / Schaden', 'TV-2019-8821 / TS-24-0052', '', ''],
            ['Position', 'Soll (Vorjahr)', 'Ist (Sperrzone)', 'Differenz EUR'],
            ['Mastplätze', 2400, 2400, ''],
            ['Verkaufte Schweine', 1180, 410, ''],
            ['Erlös je Schwein EUR', 231.40, 162.90, ''],
            ['Erlöse gesamt', 273052, 66789, -206263],
            ['Mehrkosten Futter (Überhälter)', '', 18430, -18430],
            ['Ersparte Kosten (Ferkelzukauf)', '', '', 61200],
            ['Ertragsschaden', '', '', -163493],
            ['Selbstbehalt 15 %', '', '', 24524],
            ['Entschädigung Zeitraum 1', '', '', 138969]]
    attach(m, 'ASP_Ertragsschaden_Renken_Z1.xlsx', xlsx(rows, 'Zeitraum 1'))
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-customer', 'named pig farmer: revenue/income figures and loss calculation in XLSX, policy number'


def m030():
    m = new('Hofmark Agrar-Newsletter <newsletter@hofmark-versicherung.example>',
            'Newsletter-Abonnenten <agrar-news@lists.hofmark-versicherung.example>',
            'Agrar-Info 09/2024: ASP im Emsland – was Schweinehalter jetzt tun sollten', '2024-09-03 06:00')
    alt(m, """Agrar-Info 09/2024

Afrikanische Schweinepest: neue Sperrzonen
Nach dem Ausbruch in einem Hausschweinebestand im Emsland hat der
Landkreis eine Sperrzone III eingerichtet. Betroffen sind Betriebe im
Umkreis von 10 km. Für Schweinehalter gilt: Biosicherheit jetzt
konsequent umsetzen.

Checkliste Biosicherheit
- Hygieneschleuse mit Schuh- und Kleidungswechsel
- kein Kontakt zu Wildschweinen, Futter und Einstreu sicher lagern
- Besucherbuch führen, Tiertransporter nur an der Rampe
- Kadaverlagerung außerhalb des Stallbereichs

Was zahlt die Ertragsschadenversicherung?
Ertragsausfälle durch behördliche Sperrmaßnahmen, Vermarktungsverbote
und Tötungsanordnungen, soweit nicht die Tierseuchenkasse zahlt.
Wichtig: Wartezeit 3 Monate ab Vertragsbeginn.

Ihre Hofmark Versicherung
Abmelden: https://www.hofmark-versicherung.example/newsletter/abmelden
""", """<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#223">
<h1 style="color:#3a6b1e">Agrar-Info 09/2024</h1>
<h2>Afrikanische Schweinepest: neue Sperrzonen</h2>
<p>Nach dem Ausbruch in einem Hausschweinebestand im Emsland hat der Landkreis eine Sperrzone III eingerichtet. Betroffen sind Betriebe im Umkreis von 10&nbsp;km. Für Schweinehalter gilt: Biosicherheit jetzt konsequent umsetzen.</p>
<h3>Checkliste Biosicherheit</h3>
<ul><li>Hygieneschleuse mit Schuh- und Kleidungswechsel</li><li>kein Kontakt zu Wildschweinen, Futter und Einstreu sicher lagern</li>
<li>Besucherbuch führen, Tiertransporter nur an der Rampe</li><li>Kadaverlagerung außerhalb des Stallbereichs</li></ul>
<h3>Was zahlt die Ertragsschadenversicherung?</h3>
<p>Ertragsausfälle durch behördliche Sperrmaßnahmen, Vermarktungsverbote und Tötungsanordnungen, soweit nicht die Tierseuchenkasse zahlt. <b>Wichtig:</b> Wartezeit 3 Monate ab Vertragsbeginn.</p>
<p>Ihre Hofmark Versicherung<br><a href="https://www.hofmark-versicherung.example/newsletter/abmelden">Abmelden</a></p>
</body></html>
""")
    return m, 'NORMAL', 'de', 'newsletter', 'trap: newsletter on African swine fever and biosecurity, no farm named'


def m031():
    m = new('Ingrid Stelter <ingrid.stelter@hofmark-versicherung.example>',
            'Bestand Kranken Gruppe <bestand-kv-gruppe@hofmark-versicherung.example>',
            'Fwd: Enrolment asparagus season 2024 – Spargelhof Lindemann (EH-5520)', '2024-04-02 08:20')
    text(m, """Bitte die 6 Personen zum 08.04. in EH-5520 anmelden (Tarif EH-Basis).
Vorerkrankung bei Nr. 4 ist laut Tarif ohne Gesundheitsprüfung
mitversichert, nur vormerken. Danke, Ingrid

---------- Forwarded message ---------
From: Marek Nowak <m.nowak@agrostaff.example>
Date: Sat, 30 Mar 2024 at 14:07
Subject: Enrolment asparagus season 2024 – Spargelhof Lindemann
To: Ingrid Stelter <ingrid.stelter@hofmark-versicherung.example>

Dear Ms Stelter,

attached the first group for Lindemann, arrival 7 April by bus from
Suceava and Poznań. Please confirm health cover from 8 April.
Worker 4 told us she uses an asthma spray, I wrote it in the list as you
asked last year.

Best regards
Marek Nowak
AgroStaff sp. z o.o. – seasonal staffing for agriculture
""")
    rows = [['No', 'Surname', 'First name', 'Date of birth', 'Nationality', 'Passport/ID', 'Start', 'End', 'Remarks'],
            ['1', 'Popescu', 'Ioana', '1994-03-12', 'RO', '058812274', '2024-04-08', '2024-06-24', ''],
            ['2', 'Ionescu', 'Vasile', '1987-11-02', 'RO', '053390118', '2024-04-08', '2024-06-24', ''],
            ['3', 'Zieliński', 'Piotr', '1979-06-30', 'PL', 'EK4471093', '2024-04-08', '2024-06-24', ''],
            ['4', 'Moldovan', 'Elena', '1990-01-19', 'RO', '061127745', '2024-04-08', '2024-06-24', 'asthma, salbutamol spray'],
            ['5', 'Kaczmarek', 'Tomasz', '2001-08-05', 'PL', 'FB2209817', '2024-04-08', '2024-06-24', ''],
            ['6', 'Rusu', 'Gheorghe', '1968-12-24', 'RO', '047719902', '2024-04-08', '2024-06-24', 'brother of no 2']]
    attach(m, 'Lindemann_group1_2024.csv', csvdata(rows, sep=';'))
    return m, 'STRICTLY_CONFIDENTIAL', 'en', 'company', 'enrolment of named workers in health insurance with birth dates, passport numbers and asthma (CSV)'


def m032():
    m = new('Marco Schaper <marco.schaper@hofmark-versicherung.example>',
            'Marek Nowak <m.nowak@agrostaff.example>',
            'Insurance certificate – worker accommodation containers Lindemann', '2024-03-28 11:15')
    text(m, """Dear Mr Nowak,

as requested for the district office's inspection, here the confirmation
in English:

The 8 residential containers for seasonal workers at Spargelhof Lindemann,
Hof Lindemann 1, 29640 Schneverdingen, are insured under farm buildings
policy LG-2011-3075 of Mr Dirk Lindemann (policyholder) against fire,
lightning, storm and hail, including contents provided by the employer
(beds, lockers, kitchen equipment) up to EUR 60,000.

Sum insured containers: EUR 184,000 (new value).
Period: 01/01/2024 – 31/12/2024, renewing annually.

The workers' personal belongings are not insured under this policy.

Kind regards
Marco Schaper
Hofmark Versicherung a.G.
""")
    return m, 'CONFIDENTIAL', 'en', 'insurer-to-company', 'named policyholder (sole farmer), buildings policy number and sums to staffing agency'


def m033():
    m = new('Ingrid Stelter <ingrid.stelter@hofmark-versicherung.example>',
            'Maklerverteiler Agrar <makler-agrar@lists.hofmark-versicherung.example>',
            'Seasonal workers 2024: health cover product sheet in English', '2024-02-15 10:00')
    text(m, """Dear partners,

many farms employ harvest workers from abroad who are not covered by
German statutory health insurance (short-term employment, max. 70 days).
On request, here our product sheet in English for employers and agencies.

Rates unchanged for 2024. Enrolment is possible per list (CSV template on
the broker portal) up to one day before arrival.

Kind regards
Ingrid Stelter
Hofmark Krankenversicherung a.G.
""")
    lines = ['#Hofmark Harvest Health - health insurance for seasonal workers',
             'For employers in agriculture, horticulture and viticulture',
             '',
             '#What is covered',
             '- outpatient treatment of acute illness and accidents (doctor, medicines)',
             '- hospital treatment in the general ward, incl. surgery',
             '- dental treatment for pain relief, simple fillings',
             '- pregnancy complications and birth (not if pregnancy existed at start)',
             '- medically necessary transport home',
             '',
             '#What is not covered',
             '- treatment that was the purpose of the stay',
             '- chronic conditions known before start: only acute flare-ups',
             '- cosmetic treatment, glasses, hearing aids',
             '',
             '#Premium',
             'Basic tariff EH-Basis: EUR 1.35 per person and day',
             'Plus tariff EH-Plus (incl. private room option, dentures): EUR 2.10 per day',
             'No health questions, no waiting period, ages 16 to 69.',
             '',
             '#Claims',
             'Doctors and hospitals bill Hofmark directly. Insurance card is issued per worker.',
             'Hotline (DE/EN/PL/RO): +49 5141 9387-777',
             '',
             'Hofmark Krankenversicherung a.G. - Geestweg 12 - 29221 Celle']
    attach(m, 'Hofmark_Harvest_Health_2024_EN.pdf', pdf(lines, 'Harvest Health product sheet'))
    return m, 'NORMAL', 'en', 'insurer-to-broker', 'trap: health insurance product sheet for seasonal workers, no person'


def m034():
    m = new('Leistung Pflege <leistung-pflege@hofmark-versicherung.example>',
            'Gerd Meyer-Lohmann <gerd.ml@landpost.example>',
            'Pflegetagegeld für Frau Hedwig Meyer-Lohmann – PT 33-087150', '2024-10-08 10:40')
    text(m, """Sehr geehrter Herr Meyer-Lohmann,

wir haben das Gutachten des Medizinischen Dienstes vom 24.09.2024 für
Ihre Mutter, Frau Hedwig Meyer-Lohmann, erhalten. Darin ist Pflegegrad 3
festgestellt (44,5 Gesamtpunkte, Schwerpunkte Mobilität und kognitive
Fähigkeiten nach Schlaganfall im Juli).

Aus der Pflegetagegeldversicherung PT 33-087150 zahlen wir ab dem
01.08.2024 60 % des vereinbarten Tagessatzes, das sind 36,00 EUR täglich
bzw. 1.080 EUR im Monat, auf das Konto Ihrer Mutter. Die Nachzahlung für
August und September (2.196,00 EUR) ist angewiesen.

Da Sie die Pflege zu Hause im Altenteil übernehmen: Die Versicherung zahlt
unabhängig davon, wer pflegt; es sind keine Nachweise über Pflegekosten
nötig. Bitte teilen Sie uns eine Änderung des Pflegegrades oder einen
Umzug in ein Heim mit.

Ihre Vollmacht für Ihre Mutter liegt uns vor.

Mit freundlichen Grüßen
Leistungsabteilung Pflege
Hofmark Krankenversicherung a.G.
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'long-term care claim: care level 3 after stroke of named retired farmer'


def m035():
    m = new('Dr. Katrin Oltmanns <katrin.oltmanns@hofmark-versicherung.example>',
            'Team Tierversicherung <team-tier@hofmark-versicherung.example>',
            'Birte out until Wednesday', '2024-06-24 08:05')
    text(m, """Morning all,

Birte is out of the office until Wednesday. Her Pferde-OP cases go to
Lukas for the time being, anything with a clinic on the phone please to
me directly.

Team meeting moves from Tuesday to Thursday 9:00, room Heide 2.

Katrin
""")
    return m, 'NORMAL', 'en', 'internal', 'trap: colleague absent without reason, organisational'


def m036():
    m = new('Marco Schaper <marco.schaper@hofmark-versicherung.example>',
            'Dieter Wilkens <wilkens.hof@landpost.example>',
            'Brand Strohscheune 11.09.2024 – Schaden LB-24-02219', '2024-09-13 14:20')
    text(m, """Sehr geehrter Herr Wilkens,

es tut mir leid, dass Sie so einen Schrecken hatten. Gut, dass die
Feuerwehr ein Übergreifen auf den Kuhstall verhindern konnte und weder
Menschen noch Tiere zu Schaden gekommen sind.

Zu Ihrem Gebäudevertrag LG-1999-0420 haben wir den Schaden unter
LB-24-02219 angelegt. Betroffen:
- Strohscheune (Holzständerbau 1978), Totalschaden
- ca. 420 Rundballen Stroh (Vorräte, Pos. 4 des Vertrags)
- Strohhäcksler Bergmann in der Scheune

Die Kriminalpolizei Rotenburg hat die Brandursachenermittlung übernommen;
nach ersten Erkenntnissen war ein Defekt an der Elektroverteilung die
Ursache. Wir holen die Ermittlungsakte selbst über unseren Anwalt ein.

Unser Sachverständiger Herr Dreyer meldet sich bis Montag. Bitte räumen
Sie die Brandstelle erst nach seiner Freigabe; die Kosten für Abriss und
Entsorgung sind mitversichert.

Mit freundlichen Grüßen
Marco Schaper
""")
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-customer', 'named farmer, barn fire claim, policy number; nobody hurt, technical cause'


def m037():
    m = new('Rechtsschutz Schaden <rs-schaden@hofmark-versicherung.example>',
            'Rechtsanwältin Dr. Frauke Imholze <kanzlei@imholze-agrarrecht.example>',
            'AW: Deckungsanfrage Straf-Rechtsschutz Kuhlmann – RS 51-220914', '2024-11-06 09:30')
    text(m, """Sehr geehrte Frau Dr. Imholze,

vielen Dank für Ihre Deckungsanfrage für Ihren Mandanten Herrn Bernd
Kuhlmann.

Nach Ihrer Schilderung richtet sich das Strafverfahren (StA Verden,
Az. 412 Js 8837/24) auf einen Vorwurf nach § 17 Nr. 2 b TierSchG
(länger anhaltende erhebliche Leiden von Mastbullen durch unterlassene
Klauenpflege und Versorgung). Das Amtsgericht Achim hat einen Strafbefehl
über 90 Tagessätze erlassen, gegen den Sie Einspruch eingelegt haben.

Der Straf-Rechtsschutz im Landwirtschafts-Rechtsschutz RS 51-220914
umfasst Vergehen, die vorsätzlich wie fahrlässig begangen werden können.
§ 17 TierSchG setzt Vorsatz voraus. Wir gewähren daher zunächst
vorläufigen Versicherungsschutz; wird Herr Kuhlmann rechtskräftig wegen
einer Vorsatztat verurteilt, hat er die Kosten zu erstatten (§ 3 Abs. 5
ARB-LW).

Bitte übersenden Sie uns die Ermittlungsakte nach Einsicht.

Mit freundlichen Grüßen
Jörn Eggers
Rechtsschutz Schaden
Hofmark Rechtsschutz AG

> Von: Kanzlei Dr. Imholze
> Mein Mandant bestreitet die Vorwürfe. Die Tiere standen unter
> tierärztlicher Betreuung, der Bestandstierarzt wird das bestätigen.
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer', 'criminal proceedings against named farmer (animal welfare offence, penal order)'


def m038():
    m = new('Rückversicherung <rueckversicherung@hofmark-versicherung.example>',
            'Oliver Trent <o.trent@northgate-re.example>',
            'Hail & multi-peril treaty 2025 – renewal data', '2024-10-15 16:30')
    text(m, """Dear Oliver,

ahead of the renewal meeting on 29 October please find the loss history
for the hail and multi-peril crop treaty, gross of reinsurance, as
booked at 30 September.

2024 is still developing; most June claims are settled, late reports on
maize and sugar beet expected until November.

Kind regards
Dr. Matthias Osterloh
Reinsurance, Hofmark Versicherung a.G.
""")
    rows = [['Year', 'Premium EUR m', 'Sum insured EUR bn', 'Claims paid EUR m', 'Outstanding EUR m', 'Loss ratio %', 'Biggest event'],
            ['2019', 41.2, 2.61, 22.7, 0.0, 55.1, 'Hail 13/06'],
            ['2020', 42.8, 2.70, 18.3, 0.0, 42.8, 'Frost 11/05 (fruit)'],
            ['2021', 44.5, 2.83, 51.6, 0.0, 116.0, 'Hail 24/06 + flood 14/07'],
            ['2022', 47.9, 3.05, 20.4, 0.2, 43.0, 'Drought (MPCI)'],
            ['2023', 51.3, 3.22, 33.9, 0.6, 67.3, 'Hail 22/08'],
            ['2024', 54.0, 3.39, 31.8, 9.4, 76.3, 'Hail 14/06 and 22/06']]
    attach(m, 'hail_treaty_history_2019-2024.xlsx', xlsx(rows, 'History'))
    return m, 'NORMAL', 'en', 'insurer-to-partner', 'trap: treaty loss history, aggregates only'


def m039():
    m = new('Birte Wessels <birte.wessels@hofmark-versicherung.example>',
            'Emma Whitfield <emma.whitfield@horsepost.example>',
            'Your application for equine cover – "Skyline" (offer PF-A-24-2281)', '2024-04-18 15:05')
    text(m, """Dear Ms Whitfield,

thank you for your application for surgery and liability cover for your
new gelding "Skyline" (Hanoverian, foaled 2015, UELN 276031310118715).

Our vet, Dr Oltmanns, has reviewed the pre-purchase examination report by
Dr Marquardt (Pferdeklinik am Deich, 10 April 2024). The X-rays show
narrowed spaces between the spinous processes T14-T16 (kissing spines,
X-ray class II-III) and slight changes in the left front navicular bone.

We can offer cover with these exclusions:
- any treatment of the thoracolumbar spine (back), and
- navicular disease / podotrochlosis left front.
All other conditions, including colic surgery, are covered. The premium
stays EUR 38.50 per month.

If you agree, please sign the exclusion form in the portal; cover starts
the day after we receive it.

Kind regards
Birte Wessels
Equine Insurance, Hofmark Versicherung a.G.
""")
    return m, 'CONFIDENTIAL', 'en', 'insurer-to-customer', 'named applicant with horse health findings (animal health = CONFIDENTIAL) and offer'


def m040():
    m = new('Anke Düvel <anke.duevel@hofmark-versicherung.example>',
            'Emma Whitfield <emma.whitfield@horsepost.example>',
            'Your accident claim UV 7310944 – riding fall on 2 June', '2024-06-12 10:25')
    text(m, """Dear Ms Whitfield,

we are very sorry to hear about your fall at the show in Verden.

We have opened a claim under your personal accident policy UV 7310944.
According to the A&E letter from Aller-Weser-Klinik you sustained a
displaced fracture of the left collarbone (S42.02) and a mild concussion,
and the collarbone was plated on 4 June.

Your policy pays:
- hospital daily benefit EUR 50 for 3 days in hospital: EUR 150
- recovery benefit after hospital: EUR 150
- a lump sum for broken bones (Knochenbruch-Pauschale): EUR 500
We will transfer EUR 800 to your account next week.

Invalidity benefit can only be assessed once treatment is finished,
usually after 12 months. If movement of the shoulder remains restricted,
please tell us before 2 September 2025 (15 months after the accident).

Get well soon!
Anke Düvel
Accident Claims, Hofmark Versicherung a.G.
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer', 'accident claim: riding fall, collarbone fracture S42.02, concussion, hospital'


def m041():
    m = new('Thomas Lühr <thomas.luehr@hofmark-versicherung.example>',
            'Messeteam DLG <messeteam@hofmark-versicherung.example>',
            'Invitation: DLG-Feldtage stand duty briefing', '2024-05-27 14:00')
    text(m, """Hi all,

short briefing for everybody on the DLG-Feldtage stand (11-13 June,
Gut Brockhof, Erwitte). Group colleagues from NL and IE join us this
year, so we'll do it in English.

Agenda: shift plan, lead form on the tablet, hail demo with the
"hail cannon" (please nobody take customer data on paper), giveaways.

Thomas
""")
    attach(m, 'invite.ics', ics('dlg-feldtage-briefing-2024@hofmark-versicherung.example', '20240604T100000', '20240604T110000',
                                'DLG-Feldtage: stand duty briefing', 'Teams / Raum Geest 1, Celle',
                                'Shift plan, lead forms, hail demo, giveaways.\nDress code: green Hofmark fleece.',
                                'thomas.luehr@hofmark-versicherung.example',
                                ['messeteam@hofmark-versicherung.example']), 'text/calendar')
    return m, 'NORMAL', 'en', 'internal', 'trap: calendar invitation for trade fair stand briefing'


def m042():
    m = new('Provisionsabrechnung <provision@hofmark-versicherung.example>',
            'Henning Ahlers <info@ahlers-versicherungsmakler.example>',
            'Courtageabrechnung 03/2024 – Vermittlernummer 60-1174', '2024-04-05 05:40')
    text(m, """Sehr geehrter Herr Ahlers,

anbei die Übersicht Ihrer Courtageabrechnung für März 2024.

Empfänger:        Henning Ahlers e.K., Versicherungsmakler,
                  Am Markt 4, 27356 Rotenburg (Wümme)
Steuernummer:     41/146/07288 (umsatzsteuerfrei nach § 4 Nr. 11 UStG)
Bankverbindung:   DE91 6241 4118 1780 2709 28

Abschlusscourtage Sach/LW          3.418,20 EUR
Bestandscourtage Sach/LW           1.972,55 EUR
Abschlussprovision Leben (BU)      2.640,00 EUR
Stornoreserve (Einbehalt 10 %)      -264,00 EUR
Auszahlung                         7.766,75 EUR

Valuta: 10.04.2024. Die Einzelaufstellung finden Sie im Maklerportal
unter "Abrechnungen".

Mit freundlichen Grüßen
Provisionsabrechnung
Hofmark Versicherung a.G.
""")
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-broker', 'sole-trader broker: income (commission), tax number and IBAN'


def m043():
    m = new('Haftpflicht Schaden <haftpflicht-schaden@hofmark-versicherung.example>',
            'Familie Ohlendorf <ohlendorf.hof@landpost.example>',
            'Ihr Hund "Bodo" – Schaden BH-24-01906 (Paketzusteller)', '2024-07-16 11:45')
    text(m, """Sehr geehrte Frau Ohlendorf,

die Anwälte des Paketzustellers Herrn Yusuf Demir haben uns inzwischen
die Unterlagen geschickt. Danach hat Ihr Hofhund Bodo Herrn Demir am
27.06.2024 auf der Hofeinfahrt in die linke Wade gebissen. Herr Demir
wurde in der Notaufnahme in Verden versorgt (Bisswunde mit Gewebe-
verletzung, Wundausschneidung, Antibiose, Tetanus-Auffrischung) und war
drei Wochen arbeitsunfähig. Es wird ein Schmerzensgeld von 2.500 EUR
sowie Verdienstausfall von 1.140 EUR gefordert.

Über Ihre Betriebshaftpflicht BH-2006-1184 (Hofhund mitversichert)
regulieren wir den Schaden direkt mit den Anwälten. Zur Höhe des
Schmerzensgeldes verhandeln wir noch.

Bitte beantworten Sie uns kurz:
1. War die Hofeinfahrt als Zugang für Zusteller frei zugänglich?
2. Gab es ein Schild "Vorsicht Hund"?
3. Ist Bodo schon einmal auffällig gewesen (Meldung beim Ordnungsamt)?

Mit freundlichen Grüßen
Sabrina Holst
Haftpflicht Schaden, Hofmark Versicherung a.G.
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'liability claim with injury details of a named third party (dog bite, ER treatment)'


def m044():
    m = new('Jens Hollmann <jens.hollmann@hofmark-versicherung.example>',
            'Team Hagel <team-hagel@hofmark-versicherung.example>',
            'Neue Textvorlage Hagelabrechnung – bitte ab sofort nutzen', '2024-06-20 16:12')
    text(m, """Hallo zusammen,

angesichts der vielen Fälle gibt es eine neue Vorlage für die
Abrechnungsschreiben, abgestimmt mit Recht. Die Felder in «» füllt das
Schadensystem beim Serienbrief automatisch. Bitte nicht mehr die alte
Vorlage von 2021 verwenden (falsche Fristangabe).

Jens
""")
    paras = ['«Anrede» «Vorname» «Name»', '«Straße»', '«PLZ» «Ort»', '',
             'Hagelversicherung «Vertragsnummer» – Schaden «Schadennummer» vom «Schadentag»',
             '«Briefanrede»,',
             'auf Grundlage der Abschätzung durch unseren Sachverständigen «Sachverständiger» am «Besichtigungsdatum» rechnen wir Ihren Schaden wie folgt ab:',
             '|Schlag|Fruchtart|Fläche ha|Vers.-Summe je ha|Schaden %|Entschädigung',
             '|«Schlag1»|«Frucht1»|«ha1»|«VS1»|«Proz1»|«Ent1»',
             '|«Schlag2»|«Frucht2»|«ha2»|«VS2»|«Proz2»|«Ent2»',
             'Abzüglich Selbstbehalt «SB» ergibt sich eine Entschädigung von «Summe».',
             'Den Betrag überweisen wir auf Ihr Konto «IBAN».',
             'Sind Sie mit dem Ergebnis nicht einverstanden, können Sie innerhalb von zwei Wochen ein Sachverständigenverfahren beantragen.',
             'Mit freundlichen Grüßen', '«Sachbearbeiter»', 'Hofmark Versicherung a.G.']
    attach(m, 'Vorlage_Hagelabrechnung_2024.docx', docx(paras, 'Vorlage Hagelabrechnung'))
    return m, 'NORMAL', 'de', 'internal', 'trap: letter template with «placeholders» for name, IBAN and claim data'


def m045():
    m = new('Marco Schaper <marco.schaper@hofmark-versicherung.example>',
            'Maren Oetjen <maren.oetjen@hof-oetjen.example>',
            'PV-Anlage Stalldach – Hagelschaden EL-24-00388', '2024-06-26 13:30')
    text(m, """Hallo Frau Oetjen,

der Elektro-Sachverständige war gestern bei Ihnen. Ergebnis kurz:
von den 312 Modulen auf dem Bullenstall sind 47 mit Glasbruch
(Zellrisse in der Elektrolumineszenz-Aufnahme bei weiteren 61 Modulen).

Nach Ihrer Elektronikversicherung EL-2020-0713 (PV-Anlage 98,3 kWp,
inkl. Ertragsausfall) übernehmen wir:
- Austausch von 108 Modulen inkl. Gerüst und Montage laut Angebot
  Solartechnik Hüsing vom 21.06.: 31.870,00 EUR netto
- Ertragsausfall ab Schadentag bis Wiederinbetriebnahme nach
  Einspeisedaten des Wechselrichterportals

Da Sie vorsteuerabzugsberechtigt sind, erstatten wir netto. Bitte geben
Sie den Auftrag frei und schicken Sie uns nach Abschluss die Rechnung und
den Export der Einspeisedaten Juni/Juli.

Schöne Grüße
Marco Schaper
""")
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-customer', 'named farmer, electronics policy for PV, claim number and settlement'


def m046():
    m = new('Dr. Hendrik Rabe <hendrik.rabe@hofmark-versicherung.example>',
            'Anke Düvel <anke.duevel@hofmark-versicherung.example>',
            'Stellungnahme UV 7301552 Pieper', '2024-06-06 17:48')
    text(m, """Frau Düvel,

zum Entlassungsbericht Klinikum Heidekreis-Süd vom 24.05.:

Instabile Beckenringfraktur B2 li., osteosynthetisch versorgt, plus
Rippenserienfraktur re. Verlauf bislang regelrecht.

1. Vorschuss: Eine Invalidität ist mit hoher Wahrscheinlichkeit zu
   erwarten. Vertretbar ist ein Vorschuss auf Basis 1/10 Beinwert links
   (Gliedertaxe 70 %, also 7 % Invalidität), bei VS 150.000 EUR und
   Progression 225 % = 10.500 EUR.
2. Endgültige Bemessung frühestens 12 Monate nach dem Unfall, Gutachten
   Unfallchirurgie (Hüft-/Beckenbeweglichkeit, Gangbild, ISG-Beschwerden).
3. Mitwirkung von Vorerkrankungen: nach Aktenlage keine (keine
   Coxarthrose vorbeschrieben). Bitte trotzdem Hausarztauskunft 5 Jahre
   vor Unfall anfordern.

Gruß
H. Rabe
Beratender Arzt
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'internal', 'medical adviser opinion on named customer accident: fractures, invalidity rating'


def m047():
    m = new('Frank Tödter <frank.toedter@hofmark-versicherung.example>',
            'Vertrieb Nord <vertrieb-nord@hofmark-versicherung.example>',
            'WG: Protokoll AK "Gesundheit in der Landwirtschaft" 05.03.2024', '2024-03-08 12:15')
    text(m, """Zur Info – interessant für eure BU- und Unfallgespräche.
Frank

-----Ursprüngliche Nachricht-----
Von: Landvolk Kreisverband Heide-Wümme <info@landvolk-heide-wuemme.example>
Betreff: Protokoll AK "Gesundheit in der Landwirtschaft" 05.03.2024

Protokoll Arbeitskreis "Gesundheit in der Landwirtschaft"
05.03.2024, Hotel Meyn, Soltau, 19:30–22:00, 23 Teilnehmende

TOP 1: Vortrag SVLFG-Präventionsberater "Rücken und Gelenke"
- Muskel-Skelett-Erkrankungen sind der häufigste Grund für
  Arbeitsunfähigkeit in der Landwirtschaft.
- Schlepper: Sitz richtig einstellen, Ganzkörpervibration begrenzen.
- Melkstand: Arbeitshöhe an Körpergröße anpassen.

TOP 2: Atemwege und Allergien
- Stäube aus Heu, Stroh und Getreide; Schimmelsporen ("Farmerlunge").
- Tierhaar- und Federstaub-Allergien, Atemschutz FFP2/FFP3 im Stall.
- Regelmäßige arbeitsmedizinische Vorsorge wird zu selten genutzt.

TOP 3: Zecken und Zoonosen
- FSME-Impfung für alle mit Weide- und Waldarbeit empfohlen.
- Q-Fieber bei Schafhaltung: Schutz beim Ablammen.

TOP 4: Verschiedenes
Nächster Termin 04.06.2024, Thema "Psychische Belastung und Hofübergabe".

Protokoll: Birgit Schlüter, Geschäftsstelle
""")
    return m, 'NORMAL', 'de', 'association', 'trap: association meeting minutes on back pain, farmer lung, allergies in general, no individual'


def m048():
    m = new('Sarah Lindqvist <sarah.lindqvist@hofmark-versicherung.example>',
            'Pieter van der Berg <pieter@vanderberg-melkvee.example>',
            'New bank account for your direct debits', '2024-04-29 09:10')
    text(m, """Dear Mr van der Berg,

we have changed the account for the direct debit of all your policies
(LG-2209-5561, PH-2021-3380, MA-2209-5562) as of 1 May 2024:

old: DE65 9584 9193 6994 5484 70
new: NL65 POLD 8937 4046 76 (account holder: P.J. van der Berg)

Thank you for the signed SEPA mandate. The next collection is on
1 June 2024 (quarterly premium EUR 2,318.40).

Kind regards
Sarah Lindqvist
Hofmark Versicherung a.G.
""")
    return m, 'CONFIDENTIAL', 'en', 'insurer-to-customer', 'bank details change of named customer (DE and NL IBAN), policy numbers'


def m049():
    m = new('Svenja Kröger <svenja.kroeger@hofmark-versicherung.example>',
            'Posteingang BU-Leistung <bu-leistung@hofmark-versicherung.example>',
            'WG: Meine BU – bitte um Rückruf (Hinrichs, 4410-873)', '2024-02-19 08:50')
    text(m, """Zur Akte 4410-873, bitte Rückruf durch mich vormerken.

> Von: Anja Hinrichs <hinrichs.eier@landpost.example>
> Gesendet: Sonntag, 18. Februar 2024 21:37
> An: bu-leistung@hofmark-versicherung.example
> Betreff: Meine BU
>
> Sehr geehrte Damen und Herren,
>
> ich habe im Dezember den Antrag gestellt und bis jetzt nichts gehört.
> Mir geht es nicht gut. Jedes Mal wenn ich in den Hühnerstall gehe
> bekomme ich nach ein paar Stunden Fieber und Atemnot, nachts huste ich.
> Die Lungenärztin sagt ich darf da nicht mehr rein, auch nicht mit
> Maske. Ich nehme jetzt Prednisolon und habe schon 6 kilo zugenommen.
> Meine Mitarbeiterin macht jetzt alles allein, das geht nicht mehr lange
> gut. Wir haben 12000 Hennen, ich kann nicht einfach aufhören.
>
> Bitte rufen Sie mich an, 0171 6620934, am besten abends.
>
> Anja Hinrichs
""", cte='8bit')
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'customer', 'customer describes own symptoms, lung specialist, prednisolone (forwarded)'


def m050():
    m = new('Ole Brandes <ole.brandes@hofmark-versicherung.example>',
            'QA Claims Portal <qa-claimsportal@hofmark-versicherung.example>',
            'Test cases release 24.06 – accident claim upload', '2024-06-11 10:42')
    text(m, """Hi QA team,

new test cases for the accident claim upload, please run on INT before
Friday. All data are fictitious test data from the test data generator.

TC-417  Accident claim, policyholder = insured person
        Name: Max Mustermann (fictitious), born 01.01.1970
        Policy: UV 0000001 (test range)
        IBAN: DE89 3704 0044 0532 0130 00 (published example IBAN)
        Upload: dummy_arztbericht.pdf (Lorem ipsum, 2 pages)
        Expected: claim created, status "Eingang", doc type Arztbericht

TC-418  Same as TC-417 but IBAN with typo (last digit changed)
        Expected: validation error "IBAN ungültig"

TC-419  Upload of 26 MB PDF
        Expected: error message, no HTTP 413 page

Please report results in the Jira board TESTCLAIMS, not by e-mail.

Ole
""")
    return m, 'NORMAL', 'en', 'internal', 'trap: fictitious test person with published example IBAN'


def m051():
    m = new('Haftpflicht Schaden <haftpflicht-schaden@hofmark-versicherung.example>',
            'Hannes Bockelmann <bockelmann@milchhof-bockelmann.example>',
            'Tierhalterhaftpflicht – Rinder auf der K 27, Schaden BH-24-00977', '2024-05-14 09:35')
    text(m, """Moin Herr Bockelmann,

danke für die schnelle Meldung. Wir haben den Schaden vom 11.05.2024 zu
Ihrer Betriebshaftpflicht BH-2010-2290 aufgenommen.

Sachverhalt nach Ihrer Schilderung und dem Polizeibericht (Polizei
Zeven, Vorgangsnr. 2405-118803): Sieben Färsen sind nachts durch den von
Unbekannten geöffneten Weidezaun auf die K 27 gelaufen. Ein Pkw
(Skoda Octavia, ROW-JT 772, Halterin Frau Jana Thiele) hat eine Färse
erfasst. Frau Thiele blieb unverletzt, am Pkw Front- und Kühlerschaden.
Die Färse (Ohrmarke DE 03 531 44087) musste vom Tierarzt erlöst werden.

Den Fahrzeugschaden regulieren wir mit Frau Thiele bzw. ihrem
Kfz-Versicherer. Den Verlust der Färse können Sie über Ihre
Tierversicherung geltend machen, falls Sie eine haben; über die Haftpflicht
ist er nicht versichert.

Bitte schicken Sie uns noch Fotos vom Weidezaun und vom Tor.

Mit freundlichen Grüßen
Sabrina Holst
""")
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-customer', 'liability claim: named farmer and third party with plate; nobody hurt'


def m052():
    m = new('Anke Düvel <anke.duevel@hofmark-versicherung.example>',
            'Lars Oetjen <lars.oetjen@hof-oetjen.example>',
            'Ihre Unfallversicherung UV 7288130 – Borreliose nach Zeckenstich', '2024-09-23 14:00')
    text(m, """Sehr geehrter Herr Oetjen,

wir haben Ihre Meldung und den Befundbericht Ihrer Neurologin
Dr. Wahlers vom 02.09.2024 geprüft. Danach wurde bei Ihnen eine
Neuroborreliose mit Fazialisparese rechts (A69.2 G, G51.0) festgestellt,
nach Ihren Angaben ausgelöst durch einen Zeckenstich beim Zaunbau im Mai.
Sie wurden 14 Tage stationär mit Ceftriaxon behandelt.

Ihr Vertrag schließt durch Zeckenstich übertragene Infektionen ein
(Baustein "Infektionen plus", Ziffer 4.3 der Besonderen Bedingungen),
und zwar Borreliose und FSME, wenn die Erkrankung innerhalb von 12
Monaten nach dem Stich erstmals ärztlich festgestellt wird. Das ist bei
Ihnen der Fall.

Wir zahlen zunächst:
- Krankenhaustagegeld 14 Tage x 40 EUR = 560 EUR
- Genesungsgeld 14 Tage x 40 EUR = 560 EUR

Ob eine dauerhafte Beeinträchtigung (Invalidität) bleibt, klären wir, wenn
die Gesichtsnervenlähmung ausgeheilt ist oder spätestens nach 12 Monaten.

Gute Besserung!
Anke Düvel
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'accident policy: neuroborreliosis A69.2 with facial palsy, hospital stay'


def m053():
    m = new('Hofmark Agrar-Newsletter <newsletter@hofmark-versicherung.example>',
            'Newsletter-Abonnenten <agrar-news@lists.hofmark-versicherung.example>',
            'Heuernte: Brandgefahr durch Selbstentzündung – so messen Sie richtig', '2024-06-05 06:00')
    alt(m, """Heuernte 2024: Brandgefahr durch Selbstentzündung

Jedes Jahr brennen in Deutschland hunderte Scheunen, weil zu feucht
eingelagertes Heu sich selbst entzündet. In den ersten 6-8 Wochen nach der
Einlagerung regelmäßig messen!

Temperatur im Heustock:
  bis 45 °C   unbedenklich, weiter messen
  45-60 °C    täglich messen, Durchlüftung sicherstellen
  60-70 °C    zweimal täglich messen, Feuerwehr informieren
  über 70 °C  sofort Feuerwehr rufen, Heu NICHT selbst auseinanderziehen

Heumesssonden können Sie bei Ihrer Hofmark-Agentur kostenlos ausleihen.

Ihre Hofmark Versicherung – Schadenverhütung
""", """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h2 style="color:#8a3b12">Heuernte 2024: Brandgefahr durch Selbstentzündung</h2>
<p>Jedes Jahr brennen in Deutschland hunderte Scheunen, weil zu feucht eingelagertes Heu sich selbst entzündet. In den ersten 6&ndash;8 Wochen nach der Einlagerung regelmäßig messen!</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>Temperatur im Heustock</th><th>Was tun?</th></tr>
<tr><td>bis 45&nbsp;°C</td><td>unbedenklich, weiter messen</td></tr>
<tr><td>45&ndash;60&nbsp;°C</td><td>täglich messen, Durchlüftung sicherstellen</td></tr>
<tr><td>60&ndash;70&nbsp;°C</td><td>zweimal täglich messen, Feuerwehr informieren</td></tr>
<tr style="background:#f6d0c0"><td>über 70&nbsp;°C</td><td>sofort Feuerwehr rufen, Heu <b>nicht</b> selbst auseinanderziehen</td></tr>
</table>
<p>Heumesssonden können Sie bei Ihrer Hofmark-Agentur kostenlos ausleihen.</p>
<p>Ihre Hofmark Versicherung &ndash; Schadenverhütung</p>
</body></html>
""")
    return m, 'NORMAL', 'de', 'newsletter', 'trap: loss prevention newsletter on hay self-ignition'


def m054():
    m = new('Birte Wessels <birte.wessels@hofmark-versicherung.example>',
            'Hannes Bockelmann <bockelmann@milchhof-bockelmann.example>',
            'Rinderversicherung – Blitzschlag Weide Ostewiesen, Schaden TV-24-0318', '2024-07-04 15:28')
    text(m, """Hallo Herr Bockelmann,

der Bericht von Tierarzt Dr. Friedrichs ist da. Er bestätigt, dass die
beiden Kühe am 30.06. unter der Eiche auf der Weide Ostewiesen durch
Blitzschlag verendet sind (typische Brandspuren, Baum mit Blitzrinne,
keine Hinweise auf andere Todesursache).

Versicherte Tiere lt. Bestandsliste TV-2010-2291:
  DE 03 531 39912  HF-Kuh, 4. Laktation, Wert lt. Vertrag 2.100 EUR
  DE 03 531 40218  HF-Kuh, 2. Laktation, Wert lt. Vertrag 2.300 EUR

Entschädigung: 4.400 EUR abzüglich Erlös Tierkörperverwertung (0 EUR)
und Selbstbehalt 250 EUR = 4.150 EUR. Die Kosten der TBA (186,40 EUR)
übernehmen wir zusätzlich.

Die Zahlung geht diese Woche raus.

Viele Grüße
Birte Wessels
""")
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-customer', 'livestock claim of named farmer, vet findings on animals, policy and ear tags'


def m055():
    m = new('Karriere <karriere@hofmark-versicherung.example>',
            'Jobportal Agrar <jobs@agrarjobs.example>',
            'Job ad: Veterinary Claims Specialist Equine (m/f/d) – ref. 2024-117', '2024-08-19 09:00')
    html(m, """<html><body style="font-family:Arial,sans-serif">
<p>Please publish the following ad from 20 August for 6 weeks (package "Premium", invoice to HR, PO 4500022410).</p>
<hr>
<h2>Veterinary Claims Specialist Equine (m/f/d)</h2>
<p><b>Hofmark Versicherung a.G.</b>, Celle – full time, permanent, hybrid (3 days office)</p>
<h3>Your tasks</h3>
<ul>
<li>Medical review of claims under equine surgery and health policies (colic, lameness, fractures, arthroscopies)</li>
<li>Checking vet invoices against the GOT fee schedule</li>
<li>Assessing pre-purchase examinations and X-ray findings for underwriting</li>
<li>Talking to equine clinics and vets across Germany, the Netherlands and Ireland</li>
</ul>
<h3>Your profile</h3>
<ul>
<li>Licensed veterinarian, ideally with 3+ years in equine practice</li>
<li>Good German and English</li>
</ul>
<p>Apply via <a href="https://karriere.hofmark-versicherung.example/2024-117">karriere.hofmark-versicherung.example/2024-117</a>.
Contact: Nadine Korte, HR, +49 5141 9387-150.</p>
</body></html>
""")
    return m, 'NORMAL', 'en', 'insurer-to-supplier', 'trap: job advertisement for a claims vet, medical vocabulary but no person'


def m056():
    m = new('Anke Düvel <anke.duevel@hofmark-versicherung.example>',
            'Dr. Hendrik Rabe <hendrik.rabe@hofmark-versicherung.example>',
            'Fwd: physio report Whitfield – UV 7310944', '2024-11-20 11:02')
    text(m, """Herr Dr. Rabe, das kam per Mail von der Physiotherapeutin (Englisch, die
Kundin ist Britin). Reicht das für die Invaliditätsprüfung oder brauchen
wir ein Gutachten? Gruß, A. Düvel

---------- Forwarded message ---------
From: Claire Donnelly <claire@donnelly-physio.example>
Date: Mon, 18 Nov 2024, 17:40
Subject: physio report Emma Whitfield
To: Anke Düvel <anke.duevel@hofmark-versicherung.example>

Dear Ms Düvel,

as requested by my patient, Ms Emma Whitfield, DOB 22/07/1988, a short
report on her left shoulder after ORIF of the clavicle (June 2024).

- 32 sessions since July (manual therapy, strengthening, proprioception)
- Active flexion 150° (right 175°), abduction 140° (right 170°)
- Pain 2/10 at rest, 5/10 when lifting saddles or mucking out
- Plate palpable and irritated under the backpack strap / rucksack;
  surgeon has discussed plate removal in spring 2025
- Riding: back in the saddle, but no jumping yet

I expect further improvement but probably not full range of motion.

Kind regards
Claire Donnelly MCSP, Physiotherapist, Verden
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'en', 'therapist', 'physiotherapy report with birth date and shoulder findings (forwarded)'


def m057():
    m = new('Marco Schaper <marco.schaper@hofmark-versicherung.example>',
            'Berend Wolters <wolters@sv-wolters-agrar.example>',
            'AW: Beleg', '2024-05-29 16:40')
    text(m, """anbei der Scan vom Händler, bitte mit prüfen. Gruß M. Schaper
""")
    lines = ['#Landtechnik Börger GmbH · Fendt · Claas · Krone',
             'Industriestr. 9 · 29633 Munster · www.boerger-landtechnik.example',
             '',
             '#Kostenvoranschlag KV-24-1187 vom 28.05.2024',
             'Kunde: Carsten Pieper, Hof Wilsede-Ost 2, 29646 Bispingen',
             'Maschine: Fendt 311 Vario, Bj. 2019, Fgst.-Nr. 931 2100 4478, Kennz. HK-CP 311',
             'Versicherer: Hofmark Versicherung, Schaden-Nr. MA-24-00415 (Umsturz am 02.05.2024)',
             '',
             'Pos  Bezeichnung                                  Menge   EUR',
             '1    Kabinendach, Scheiben links/hinten             1   4.860,00',
             '2    Motorhaube komplett, Kotflügel rechts          1   3.215,40',
             '3    Auspuffanlage, Ansaugfilter                    1   1.122,90',
             '4    Frontlader-Schwinge richten/prüfen             1     740,00',
             '5    Arbeitszeit 38 Std. à 92,00                        3.496,00',
             '6    Öl, Filter, Kleinmaterial                             318,70',
             '     Summe netto                                     13.753,00',
             '     19 % MwSt.                                       2.613,07',
             '     Gesamt                                          16.366,07',
             '',
             'Bankverbindung: Kreissparkasse Soltau, DE39 6041 2347 2737 9411 18',
             'Gültig 4 Wochen. Es gelten unsere AGB.']
    attach(m, 'Scan_20240529_0912.pdf', pdf(lines, 'Scan'), 'application/octet-stream')
    return m, 'CONFIDENTIAL', 'de', 'company', 'body says only "Beleg"; scanned dealer quote names customer, claim, tractor plate (octet-stream PDF)'


def m058():
    m = new('Anke Düvel <anke.duevel@hofmark-versicherung.example>',
            'Carsten Pieper <carsten.pieper@mailbox.example>',
            'UV 7301552 – Vorschuss und Krankenhaustagegeld', '2024-06-10 12:02')
    text(m, """Sehr geehrter Herr Pieper,

wir freuen uns, dass Sie wieder zu Hause sind. Nach Prüfung des
Entlassungsberichts zahlen wir Ihnen heute:

  Krankenhaustagegeld 02.05.–24.05.2024, 23 Tage à 50 EUR   1.150,00 EUR
  Genesungsgeld 23 Tage à 50 EUR                           1.150,00 EUR
  Vorschuss auf die Invaliditätsleistung                  10.500,00 EUR
  Summe                                                   12.800,00 EUR

auf Ihr Konto DE67 7394 1268 6694 5541 04.

Der Vorschuss wird auf die spätere Invaliditätsleistung angerechnet. Die
abschließende Bemessung erfolgt nach einem fachärztlichen Gutachten,
frühestens im Mai 2025. Den Gutachter schlagen wir Ihnen rechtzeitig vor.

Die Reparatur Ihres Schleppers läuft getrennt über die Maschinen-
versicherung (Herr Schaper).

Mit freundlichen Grüßen
Anke Düvel
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'accident benefits: hospital days, invalidity advance, IBAN'


def m059():
    m = new('Jens Hollmann <jens.hollmann@hofmark-versicherung.example>',
            'Group Reporting <group-reporting@fieldstone-group.example>',
            'Hail event 06/2024 – claims by district (status 31 July)', '2024-08-01 10:20')
    text(m, """Hi,

for the group CAT report: hail claims of the June events by district,
status 31 July. Districts with fewer than 5 claims are in "other".

Jens
""")
    rows = [['District', 'Claims', 'Hectares affected', 'Paid EUR', 'Reserve EUR'],
            ['Uelzen', 214, 9830, 2411000, 310000],
            ['Lüchow-Dannenberg', 167, 8120, 1977500, 402000],
            ['Gifhorn', 142, 6410, 1602300, 155000],
            ['Celle', 96, 3870, 890400, 120000],
            ['Altmarkkreis Salzwedel', 233, 12490, 3120800, 611000],
            ['Stendal', 128, 7010, 1511200, 240000],
            ['Prignitz', 87, 4450, 920700, 98000],
            ['other (< 5 claims each)', 319, 8830, 2044100, 380000],
            ['Total', 1386, 61010, 14478000, 2316000]]
    attach(m, 'hail_062024_by_district.csv', csvdata(rows, sep=';'))
    return m, 'NORMAL', 'en', 'insurer-to-partner', 'trap: hail claims aggregated by district, small districts merged'


def m060():
    m = new('Heiko Gerdes <heiko.gerdes@hofmark-versicherung.example>',
            'Sabine Voss <info@reitstall-voss.example>',
            'Verlängerung Reitbetriebs-Haftpflicht 2025 – Schulpferdeliste', '2024-11-18 10:55')
    text(m, """Hallo Frau Voss,

anbei der Entwurf der Schulpferdeliste für die Verlängerung Ihrer
Betriebshaftpflicht Reitbetrieb BH-2014-3317 zum 01.01.2025. Bitte
prüfen Sie Namen, Alter und Werte; Krümel ist ja inzwischen Rentner?

Mit der neuen Tarifstruktur ändert sich Ihr Beitrag von 2.984,00 EUR auf
3.122,40 EUR (10 % Sicherheitsnachlass bereits berücksichtigt).

Viele Grüße
Heiko Gerdes
""")
    paras = ['#Anlage zum Vertrag BH-2014-3317 – Schulpferde und Einsteller',
             'Versicherungsnehmerin: Sabine Voss, Reit- und Pensionsstall Voss, Dorfstr. 19, 29664 Walsrode-Kirchboitzen',
             'Geburtsdatum VN: 14.10.1975',
             '|Nr.|Name|Rasse|Jahrgang|Nutzung|Versicherungswert EUR',
             '|1|Krümel|Shetlandpony|2002|Schulpony (Führzügel)|800',
             '|2|Lotte|Haflinger|2011|Schulpferd|4.500',
             '|3|Don Camillo|Hannoveraner|2009|Schulpferd|6.000',
             '|4|Sunny|Deutsches Reitpony|2014|Schulpony|7.500',
             '|5|Frieda|Tinker|2016|Schulpferd/Gelände|5.000',
             '|6|Merlin|Isländer|2012|Ausritte|5.500',
             'Einstellerpferde: 22 (Haftpflicht der Einsteller nicht mitversichert).',
             'Reitlehrerinnen: Sabine Voss (Trainerin B), Kim Hasselmann (Trainerin C).']
    attach(m, 'Schulpferdeliste_Voss_2025.docx', docx(paras, 'Schulpferdeliste'))
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-customer', 'named sole-trader policyholder, birth date in DOCX, policy and premium'


def m061():
    m = new('Leistung Unfall <leistung-unfall@hofmark-versicherung.example>',
            'Nicole Sommer <nicole.sommer@webpost.example>',
            'Unfall Ihrer Tochter Lea am 24.08.2024 – GU-3318', '2024-09-30 09:12')
    text(m, """Sehr geehrte Frau Sommer,

Lea ist über die Gruppenunfallversicherung des Reit- und Pensionsstalls
Voss (GU-3318, Baustein Reitschüler) versichert. Nach dem Bericht des
Krankenhauses Walsrode wurde ihre Unterarmschaftfraktur links (S52.4)
am 26.08.2024 mit zwei elastischen Nägeln (ESIN) versorgt; sie war
3 Tage stationär, danach Oberarmgips für 4 Wochen.

Wir zahlen aus dem Vertrag:
  Krankenhaustagegeld 3 Tage x 30 EUR             90,00 EUR
  Knochenbruch-Pauschale Kinder                 400,00 EUR
  Kosmetische Operationen/Bergung                  0,00 EUR
  Summe                                         490,00 EUR

Bitte teilen Sie uns die Kontoverbindung mit, auf die wir zahlen sollen
(Kontoinhaber können Sie als Mutter sein).

Die Metallentfernung ist für Ende November geplant; den zweiten kurzen
Krankenhausaufenthalt melden Sie bitte einfach formlos nach.

Wir wünschen Lea weiterhin gute Besserung und bald wieder viel Spaß
beim Reiten.

Mit freundlichen Grüßen
Annika Bruns
Leistung Unfallversicherung
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'child accident claim: forearm fracture S52.4, surgery, hospital days'


def m062():
    m = new('Frank Tödter <frank.toedter@hofmark-versicherung.example>',
            'Reit- und Fahrverein Hermannsburg <vorstand@rfv-hermannsburg.example>',
            'AW: Unfallversicherung für Vereinsmitglieder?', '2024-02-08 18:30')
    text(m, """Hallo Herr Meinecke,

danke für Ihre Anfrage nach der Mitgliederversammlung. Gern kurz vorab:

1. Über den Landessportbund sind Ihre Mitglieder bei Vereinsveranstaltungen
   bereits grundversichert (Sportversicherung). Die Leistungen sind aber
   niedrig, z. B. Invaliditätsgrundsumme ca. 50.000 EUR.
2. Ergänzend bieten wir eine Vereins-Gruppenunfallversicherung an, Beitrag
   ab ca. 9 EUR pro Mitglied und Jahr, mit Knochenbruch-Pauschale,
   Krankenhaustagegeld und höherer Invaliditätssumme.
3. Für die Schulpferde braucht der Verein eine Tierhalterhaftpflicht;
   Pferde von Privatbesitzern sind darüber nicht versichert.
4. Reitunfälle passieren am häufigsten beim Auf- und Absteigen, beim
   Führen und beim Ausritt – eine Helmpflicht senkt den Beitrag.

Für ein konkretes Angebot bräuchte ich nur die Mitgliederzahl (Erwachsene
/ Jugendliche) und die Zahl der Vereinspferde, keine Namen.

Gern komme ich auch zur nächsten Vorstandssitzung.

Viele Grüße
Frank Tödter
Agentur Tödter – Hofmark Versicherung
""")
    return m, 'NORMAL', 'de', 'insurer-to-association', 'trap: generic product information for a riding club, no contract or person data'


def m063():
    m = new('Sarah Lindqvist <sarah.lindqvist@hofmark-versicherung.example>',
            'Polderbank Agri Finance <agrifinance@polderbank.example>',
            'Security certificate (Sicherungsschein) – milking robots, loan 7710-22841', '2024-03-14 13:22')
    text(m, """Dear Ms de Vries,

as requested by our joint customer, Mr Pieter Johannes van der Berg, we
confirm the following:

1. Two Lely Astronaut A5 milking robots (serial nos. A5-220471 and
   A5-220472), financed under your loan 7710-22841, are insured under
   our farm machinery policy MA-2209-5562 against fire, machinery
   breakdown, lightning and overvoltage at new value EUR 396,000.
2. Polderbank N.V. is noted as secured creditor. Claims payments above
   EUR 5,000 will be made to you unless you consent in writing to
   payment to the policyholder.
3. We will inform you within 14 days of any premium arrears or
   cancellation of the policy.

The original certificate follows by post.

Kind regards
Sarah Lindqvist
Hofmark Versicherung a.G.
""")
    return m, 'CONFIDENTIAL', 'en', 'insurer-to-partner', 'named customer, loan number, machinery policy confirmed to bank'


def m064():
    m = new('Rückversicherung <rueckversicherung@hofmark-versicherung.example>',
            'Oliver Trent <o.trent@northgate-re.example>',
            'PA large loss advice – claim UV 7301552 (event 02/05/2024)', '2024-06-14 10:00')
    text(m, """Dear Oliver,

large loss advice under the personal accident quota share (reporting
threshold EUR 75,000):

Insured:            C. Pieper, male, born 1971, farmer, Bispingen
Policy:             UV 7301552, invalidity SI EUR 150,000, progression
                    225 %, hospital daily benefit EUR 50
Event:              02/05/2024, tractor rollover on slope
Injuries:           unstable pelvic ring fracture (type B2), serial rib
                    fractures, internal fixation; 23 days in hospital
Paid to date:       EUR 12,800 (incl. invalidity advance EUR 10,500)
Reserve:            EUR 118,000 (expected invalidity 20-30 % leg value,
                    possibly higher with progression)

Final assessment expected in Q2 2025. We will update you at the next
bordereau.

Kind regards
Dr. Matthias Osterloh
Reinsurance
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner', 'large loss advice to reinsurer: identifiable insured, injuries and accident reserve'


def m065():
    m = new('Hofmark Agrar-Newsletter <newsletter@hofmark-versicherung.example>',
            'Newsletter-Abonnenten <agrar-news@lists.hofmark-versicherung.example>',
            'Blitzschutz für Stall und Scheune: Förderung und Prüfpflichten', '2024-04-23 06:00')
    text(m, """Agrar-Info 04/2024 – Blitzschutz

Blitzeinschläge gehören zu den häufigsten Brandursachen in der
Landwirtschaft. Besonders gefährdet: freistehende Scheunen, Silos,
Ställe mit Metalldächern und PV-Anlagen.

Was gilt?
- Eine Blitzschutzanlage ist für landwirtschaftliche Gebäude nicht
  überall Pflicht, kann aber in der Baugenehmigung gefordert sein.
- Bestehende Anlagen müssen regelmäßig geprüft werden (alle 2-4 Jahre,
  nach DIN EN 62305-3).
- Überspannungsschutz für Melkroboter, Lüftung und Fütterungstechnik
  verhindert teure Elektronikschäden.

Förderung:
Hofmark-Kunden mit landwirtschaftlicher Gebäudeversicherung erhalten für
eine neue oder erneuerte Blitzschutzanlage 10 % Beitragsnachlass auf das
betreffende Gebäude, für Überspannungsschutz Typ 1+2 einen Zuschuss von
bis zu 500 EUR. Sprechen Sie Ihre Agentur an.

Ihre Hofmark Versicherung
""")
    return m, 'NORMAL', 'de', 'newsletter', 'trap: loss prevention newsletter, no person'


def m066():
    m = new('Jens Hollmann <jens.hollmann@hofmark-versicherung.example>',
            'Bernd Quast <quast@obsthof-quast.example>',
            'Hagelschaden Äpfel – Abrechnung HG-24-04102', '2024-08-27 12:44')
    text(m, """Moin Herr Quast,

die Abschätzung in Ihrer Anlage "Hinterm Deich" ist abgeschlossen.
Ergebnis laut Protokoll Sachverständiger Hinrich Stüven vom 20.08.:

Quartier   Sorte          Fläche   Netz   Schaden   Vers.-Summe/ha   Entsch.
A 3        Elstar         2,10 ha  nein   42 %      24.000 EUR       21.168 EUR
A 4        Jonagold       1,85 ha  nein   38 %      24.000 EUR       16.872 EUR
B 1        Braeburn       3,20 ha  ja      4 %      26.000 EUR            -
                                                    (unter Franchise 8 %)
Summe                                                                38.040 EUR
Selbstbehalt 10 %                                                    -3.804 EUR
Auszahlung                                                           34.236 EUR

Die Entschädigung überweisen wir auf Ihr Konto bei der Altländer
Sparkasse. Wie immer: Die Qualitätsminderung bei der Vermarktung über
die Erzeugerorganisation ist damit abgegolten.

Überlegen Sie für A 3 und A 4 mal Hagelnetze – wir fördern das mit
15 % Beitragsnachlass.

Viele Grüße
Jens Hollmann
""")
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-customer', 'named fruit grower, hail claim settlement per block'


def m067():
    m = new('BU-Leistung <bu-leistung@hofmark-versicherung.example>',
            'Klaus Dierks <klaus.dierks@landpost.example>',
            'Ihre Berufsunfähigkeitsversicherung 4402-115 – Leistungsanerkenntnis', '2024-09-12 10:00')
    text(m, """Sehr geehrter Herr Dierks,

wir haben Ihren Antrag auf Leistungen aus Ihrer Berufsunfähigkeits-
versicherung 4402-115 geprüft und freuen uns, Ihnen mitteilen zu können,
dass wir die Leistung anerkennen.

Grundlage sind die Berichte Ihres Orthopäden Dr. Albers, der
Reha-Klinik Bad Bevensen und die Stellungnahme unseres beratenden Arztes.
Wegen der Folgen Ihres Bandscheibenvorfalls können Sie Ihre Tätigkeit als
Milchviehhalter (Melken, Klauenpflege, Schlepperarbeit) zu mehr als 50 %
nicht mehr ausüben. Eine Umorganisation Ihres Betriebs ist Ihnen nicht
zumutbar.

Leistungen ab 01.03.2024:
- BU-Rente 1.800 EUR monatlich
- Beitragsbefreiung für Ihre BU- und Rentenversicherung
Die Nachzahlung für März bis September (12.600 EUR) überweisen wir in
den nächsten Tagen.

Wir werden Ihren Gesundheitszustand in etwa zwei Jahren erneut erfragen
(Nachprüfung).

Mit freundlichen Grüßen
Svenja Kröger
Hofmark Lebensversicherung AG
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'disability claim accepted: herniated disc, BU pension'


def m068():
    m = new('Claudia Meinecke <datenschutz@hofmark-versicherung.example>',
            'Rachel Okafor <rachel.okafor@fieldstone-group.example>',
            'Re: Group guidance – special categories in agri and equine lines', '2024-07-22 15:10')
    text(m, """Hi Rachel,

thanks for the draft. Comments from the German side:

1. Animal health (vet reports, X-rays, colic surgery) is not special
   category data under Art. 9 GDPR, but combined with the owner it is
   ordinary personal data and should be classified "confidential".
2. Vets in Germany are bound by professional secrecy (§ 203 StGB). That
   binds the vet, not us; still we should not pass vet reports to third
   parties without need.
3. Livestock registers (ear tags, HI-Tier numbers) identify the farm and
   thus the farmer if he is a sole trader. Please add this example.
4. Seasonal worker lists: names, passport numbers and birth dates are
   confidential; as soon as a health remark appears ("asthma", "pregnant")
   the whole list is special category data.
5. Farm accidents with injuries to people always fall under Art. 9.

I'd suggest we add a short table with examples per line of business.
Happy to draft it.

Best
Claudia

Claudia Meinecke
Datenschutzbeauftragte / Data Protection Officer
Hofmark Versicherung a.G.
""")
    return m, 'NORMAL', 'en', 'insurer-to-partner', 'trap: data protection guidance discussing vet reports, passports and health remarks in the abstract'


def m069():
    m = new('Heiko Gerdes <heiko.gerdes@hofmark-versicherung.example>',
            'Notariat Dr. Behrens <notariat@behrens-soltau.example>',
            'Übergabevertrag Meyer-Lohmann (UR-Nr. 412/2024) – Versicherungsbestätigung', '2024-06-11 11:30')
    text(m, """Sehr geehrte Frau Kaiser,

wie von Herrn Meyer-Lohmann erbeten, anbei unsere Bestätigung zu den
Versicherungsverhältnissen für den Übergabevertrag.

Mit freundlichen Grüßen
Heiko Gerdes
Hofmark Versicherung a.G.
""")
    paras = ['#Versicherungsbestätigung',
             'Übergeber: Gerd Meyer-Lohmann, geb. 21.03.1958, und Renate Meyer-Lohmann, geb. 02.11.1960, Lohmannshof 1, 29640 Schneverdingen',
             'Übernehmer: Jannik Meyer-Lohmann, geb. 03.09.1991, ebenda',
             'Für den Betrieb bestehen bei der Hofmark Versicherung a.G. folgende Verträge, die zum 01.07.2024 auf den Übernehmer umgeschrieben werden:',
             'LG-1994-2210 Landwirtschaftliche Gebäude, Versicherungssumme 2.940.000 EUR (gleitender Neuwert)',
             'MA-2008-1733 Landtechnik, Versicherungssumme 1.115.000 EUR',
             'BH-1994-2211 Betriebshaftpflicht Landwirtschaft, 10 Mio. EUR pauschal',
             'TV-2015-0410 Ertragsschaden Rinder, 180 Milchkühe',
             'Das Altenteilerhaus bleibt im Gebäudevertrag des Übernehmers versichert; die Altenteiler sind in der Betriebshaftpflicht mitversichert.',
             'Celle, 11.06.2024, Hofmark Versicherung a.G., i. A. Heiko Gerdes']
    attach(m, 'Versicherungsbestaetigung_Meyer-Lohmann.odt', odt(paras))
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-notary', 'birth dates of three named persons and farm policies, only in ODT attachment'


def m070():
    m = new('Leistung Kranken <leistung-kranken@hofmark-versicherung.example>',
            'Svea Bockelmann <svea@milchhof-bockelmann.example>',
            'Betriebshilfe während Ihrer Schwangerschaft – BH-T 77-20418', '2024-03-04 14:40')
    text(m, """Sehr geehrte Frau Bockelmann,

herzlichen Glückwunsch zu Ihrer Schwangerschaft! Wir haben das Attest
Ihrer Frauenärztin Dr. Lührs vom 26.02.2024 erhalten. Darin wird wegen
vorzeitiger Wehentätigkeit und Zervixinsuffizienz in der 24. SSW
strenge körperliche Schonung bis zur Entbindung (ET 15.06.2024)
angeordnet; Stallarbeit ist ausgeschlossen.

Aus Ihrer Betriebshilfe-Versicherung (Tarif BH-T, Ausfall der
Betriebsleiterin durch Krankheit und Schwangerschaft) übernehmen wir ab
dem 26.02.2024 die Kosten einer Betriebshilfe für bis zu 8 Stunden
täglich, höchstens 38 EUR je Stunde. Der Maschinenring Zeven hat uns
bereits Frau Antje Wichern als Betriebshelferin genannt; sie rechnet
direkt mit uns ab.

Nach der Geburt zahlen wir für weitere 8 Wochen (Mutterschutz).

Alles Gute für Sie und Ihr Kind!

Mit freundlichen Grüßen
Ihre Leistungsabteilung
Hofmark Krankenversicherung a.G.
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'pregnancy with complications of named farmer, health-line farm help benefit'


def m071():
    m = new('Dr. Katrin Oltmanns <katrin.oltmanns@hofmark-versicherung.example>',
            'Maklerverteiler Agrar <makler-agrar@lists.hofmark-versicherung.example>',
            'GOT-Novelle: Auswirkungen auf Pferde-OP- und Krankenversicherungen', '2024-01-16 09:30')
    text(m, """Sehr geehrte Damen und Herren,

seit Inkrafttreten der neuen Gebührenordnung für Tierärzte (GOT) sind
die Kosten in der Pferdemedizin deutlich gestiegen. Einige Zahlen aus
unserem Bestand (Vergleich 2021 zu 2023, je Fall):

  Kolik-OP (Laparotomie) inkl. Klinik      +38 %   Ø 7.480 EUR
  Arthroskopie                            +31 %   Ø 4.120 EUR
  Notdienstbesuch nachts/Wochenende       +65 %
  Röntgen (je Aufnahme)                   +22 %

Viele ältere Verträge haben OP-Höchstgrenzen von 3.000 oder 5.000 EUR
oder erstatten nur bis zum 2-fachen GOT-Satz. Das reicht heute oft nicht
mehr. Im Notdienst wird regelmäßig bis zum 4-fachen Satz abgerechnet.

Unsere Empfehlung an Ihre Kunden: Tarifwechsel in den Pferde-OP-Tarif
"Premium" (bis 4-facher Satz, OP-Kosten unbegrenzt) ohne neue Gesundheits-
prüfung bis 30.06.2024.

Mit freundlichen Grüßen
Dr. med. vet. Katrin Oltmanns
Leitung Tierversicherung
""")
    return m, 'NORMAL', 'de', 'insurer-to-broker', 'trap: vet fee schedule and colic surgery costs as averages, no customer'


def m072():
    m = new('Birte Wessels <birte.wessels@hofmark-versicherung.example>',
            'Lukas Brammer <lukas.brammer@hofmark-versicherung.example>',
            'Fwd: Skyline colic – invoice', '2024-10-07 08:25')
    text(m, """Lukas, bitte prüfen und abrechnen (PF-24-22810). Vorerkrankung Rücken
ist ausgeschlossen, hat mit Kolik aber nichts zu tun. Danke! Birte

-------- Forwarded Message --------
From: Emma Whitfield <emma.whitfield@horsepost.example>
Date: Sun, 6 Oct 2024 19:03:41 +0200
Subject: Skyline colic - invoice

Hi Birte,

sorry to bother you again. Skyline had a colic on Thursday night, the
vet came at 2 am, rectal exam showed a pelvic flexure impaction. He got
a nasogastric tube, paraffin oil, buscopan and fluids, and went to the
clinic on Friday for 2 days on a drip. No surgery thank god, he's back
home and eating.

Invoice from Pferdeklinik am Deich attached, EUR 1,486.30. Please pay to
my account GB95 HALW 1534 6413 1678 94 as usual.

Thanks so much,
Emma
""")
    return m, 'CONFIDENTIAL', 'en', 'customer', 'horse colic treatment and invoice of named owner (animal health), GB IBAN'


def m073():
    m = new('Svenja Kröger <svenja.kroeger@hofmark-versicherung.example>',
            'Praxis Dr. med. Jörg Albers <praxis@orthopaedie-albers.example>',
            'Anforderung Befundbericht – Herr Klaus Dierks, geb. 02.04.1968', '2024-05-08 10:05')
    text(m, """Sehr geehrter Herr Dr. Albers,

Ihr Patient Herr Klaus Dierks, geb. 02.04.1968, Wrestedter Str. 12,
29559 Wrestedt, hat bei uns Leistungen aus seiner Berufsunfähigkeits-
versicherung beantragt. Eine Schweigepflichtentbindung für Sie liegt
uns vor (Kopie anbei per Post).

Wir bitten um einen Befundbericht zu folgenden Fragen:
1. Diagnosen mit Datum der Erstfeststellung (Bandscheibenvorfall L4/L5,
   Nukleotomie 03/2024)
2. Aktuelle Beschwerden und Befunde (Neurologie, Beweglichkeit)
3. Welche Tätigkeiten sind dauerhaft nicht mehr möglich (Heben, Tragen,
   Zwangshaltungen, Vibration)?
4. Behandlungen seit 2019 wegen Rückenbeschwerden

Für den Bericht vergüten wir nach GOÄ Nr. 75 zzgl. Porto. Bitte senden
Sie den Bericht per Post oder über unser Ärzteportal, nicht per
unverschlüsselter E-Mail.

Mit freundlichen Grüßen
Svenja Kröger
BU-Leistungsprüfung, Hofmark Lebensversicherung AG
Tel. 05141 9387-361
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor', 'request for medical report: named patient, birth date, disc herniation, BU claim'


def m074():
    m = new('Dr. Katrin Oltmanns <katrin.oltmanns@hofmark-versicherung.example>',
            'Team Tierversicherung <team-tier@hofmark-versicherung.example>',
            'Invitation: International Equine Colic Symposium, Pferdeklinik am Deich', '2024-08-30 13:00')
    text(m, """Dear team,

the Pferdeklinik am Deich hosts its colic symposium again, this time
with speakers from Utrecht and Newmarket. Talks on strangulating
lipomas, post-operative ileus, survival rates after resection, and
cost-benefit of referral. Good for anyone who checks colic invoices.

Four places are paid from the training budget; please reply by
13 September. Calendar hold attached.

Katrin
""")
    attach(m, 'colic_symposium.ics', ics('colic-symposium-2024@hofmark-versicherung.example', '20241025T090000', '20241025T170000',
                                         'Equine Colic Symposium (Pferdeklinik am Deich)', 'Pferdeklinik am Deich, Deichstr. 1, Stade',
                                         'Talks in English. Travel by pool car, 2 cars booked.',
                                         'katrin.oltmanns@hofmark-versicherung.example',
                                         ['team-tier@hofmark-versicherung.example']))
    return m, 'NORMAL', 'en', 'internal', 'trap: symposium invitation with colic/surgery vocabulary, no case'


def m075():
    m = new('Marco Schaper <marco.schaper@hofmark-versicherung.example>',
            'Jörg Tamke <joerg.tamke@landpost.example>',
            'Diebstahl RTK-Empfänger – MA-24-00702', '2024-03-20 16:15')
    text(m, """Hallo Herr Tamke,

ärgerlich – Sie sind leider nicht der Einzige im Landkreis, in den
letzten Wochen gab es mehrere solcher Diebstähle.

Zu Ihrer Landtechnik-Versicherung MA-2017-5509 haben wir den Diebstahl
vom 17./18.03.2024 angelegt:
- GPS/RTK-Empfänger John Deere StarFire 7500, Seriennr. PCGU7500R 28819
- Display G5 Plus aus der Kabine des JD 6R 185 (Kennz. UE-JT 185)
- Schaden an der Kabinentür (aufgehebelt)

Polizei Uelzen, Tagebuchnummer 0318-24-004417.

Wir benötigen noch die Kaufrechnungen bzw. Leasingverträge für Empfänger
und Display. Der Neuwert ist versichert, der Selbstbehalt beträgt
500 EUR. Die Freischaltung der RTK-Lizenz auf das neue Gerät übernehmen
wir als Folgekosten.

Viele Grüße
Marco Schaper
""")
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-customer', 'theft claim of named farmer, policy, plate, police reference'


def m076():
    m = new('Leistung Unfall <leistung-unfall@hofmark-versicherung.example>',
            'Marek Nowak <m.nowak@agrostaff.example>',
            'Group accident policy GU-4471 – Mr Piotr Zieliński, cut to the hand', '2024-05-16 11:50')
    text(m, """Dear Mr Nowak,

thank you for the accident report for Mr Piotr Zieliński (Spargelhof
Lindemann, group accident policy GU-4471).

From the report of the Heidekreis-Klinikum: on 13 May Mr Zieliński cut
his left palm with the asparagus knife; deep cut with lesion of the
flexor tendon of the ring finger (S66.0), sutured under regional
anaesthesia on the same day, out-patient. Splint for 6 weeks, no field
work until then.

From the group accident policy we pay a lump sum for the tendon injury
under the "hand plus" option of EUR 750. If a permanent restriction of
the finger remains, we will assess invalidity after treatment.

As Mr Zieliński will go back to Poland on 24 June, please give us his
Polish address and bank account (IBAN) for the payment, and ask him to
send us the report of the follow-up hand surgeon in Poland.

Kind regards
Annika Bruns
Accident Claims, Hofmark Versicherung a.G.
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company', 'accident of named seasonal worker: tendon injury S66.0, treatment'


def m077():
    m = new('Frank Tödter <frank.toedter@hofmark-versicherung.example>',
            'Agenturen Heide <agenturen-heide@lists.hofmark-versicherung.example>',
            'Agency meeting moved to 19 March', '2024-03-06 07:55')
    text(m, """Hi all,

our quarterly agency meeting moves from 12 to 19 March, same place
(Landgasthof Lüdemann, Bispingen), 18:00. The group sales lead from
Dublin joins, so slides in English please.

Topics: hail campaign 2024, new equine tariff, succession planning
workshops with the Landvolk.

Frank
""")
    return m, 'NORMAL', 'en', 'internal', 'trap: meeting rescheduled, no personal data'


def m078():
    m = new('Marco Schaper <marco.schaper@hofmark-versicherung.example>',
            'Friedhelm Rademacher <rademacher@bioenergie-rademacher.example>',
            'BHKW-Motorschaden Biogasanlage – Ertragsausfall TB-24-00129', '2024-02-28 10:20')
    text(m, """Sehr geehrter Herr Rademacher,

zu Ihrer Technischen Versicherung TB-2016-0451 (Biogasanlage inkl.
Betriebsunterbrechung) rechnen wir den Ertragsausfall nach dem
Kurbelwellenschaden am BHKW 2 (MWM TCG 2016, 400 kWel) wie folgt:

Ausfallzeit:            29.01.–21.02.2024 = 24 Tage (Haftzeit 12 Monate)
Einspeisung Vorjahr:    Ø 8.940 kWh/Tag BHKW 2
EEG-Vergütung inkl.
Flexprämie:             19,84 ct/kWh
Entgangene Einnahmen:   42.568,13 EUR
ersparte Kosten (Substrat, Wartung): -9.410,00 EUR
Ertragsausfall:         33.158,13 EUR
zeitlicher Selbstbehalt 2 Tage: -2.763,18 EUR
Entschädigung BU:       30.394,95 EUR

Die Reparaturkosten (Motortausch, Rechnung Fa. Tenholt) laufen separat
über den Maschinenbruchteil.

Als Einzelunternehmer versteuern Sie die Entschädigung wie die
Einspeiseerlöse; bitte mit Ihrem Steuerberater abstimmen.

Mit freundlichen Grüßen
Marco Schaper
""")
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-customer', 'sole-trader biogas operator: revenue/income figures, policy and claim'


def m079():
    m = new('Leistung Kranken <leistung-kranken@hofmark-versicherung.example>',
            'Anja Hinrichs <hinrichs.eier@landpost.example>',
            'Ihre Leistungsabrechnung vom 14.03.2024', '2024-03-14 05:10')
    text(m, """Sehr geehrte Frau Hinrichs,

anbei erhalten Sie Ihre Leistungsabrechnung. Der Erstattungsbetrag wird
in den nächsten Tagen auf Ihr Konto überwiesen.

Mit freundlichen Grüßen
Ihre Hofmark Krankenversicherung a.G.

Dies ist eine automatisch erstellte Nachricht.
""")
    lines = ['#Hofmark Krankenversicherung a.G. - Leistungsabrechnung',
             'Versicherte Person: Anja Hinrichs, geb. 17.08.1979   Vertrag KV 61-228940 (Tarif AmbuPlus, SB 600 EUR)',
             'Datum: 14.03.2024',
             '',
             'Beleg  Leistungserbringer             Leistung                         Betrag   erstattet',
             '1      Lungenfachpraxis Dr. Sievers   Bodyplethysmographie, DLCO        312,44     312,44',
             '       Diagnose: J67.2 G Vogelzüchterlunge',
             '2      Lungenfachpraxis Dr. Sievers   Präzipitine Vogelantigene         148,20     148,20',
             '3      Radiologie Uelzen              HRCT Thorax                       512,75     512,75',
             '4      Apotheke am Markt              Prednisolon 20 mg N2, Symbicort   96,38      96,38',
             '5      Allergologie Dr. Kahle         Prick-Test, Epikutantest          188,60     188,60',
             '',
             'Summe erstattungsfähig                                              1.258,37',
             'abzüglich verbleibender Selbstbehalt 2024                             -412,00',
             'Erstattung                                                            846,37',
             'Überweisung auf DE35 9932 4255 8427 6280 10']
    attach(m, 'Leistungsabrechnung_2024-03-14.pdf', pdf(lines, 'Leistungsabrechnung'))
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'harmless body; health insurance statement with diagnosis, drugs, IBAN only in PDF'


def m080():
    m = new('Hofmark SecureMail <securemail@hofmark-versicherung.example>',
            'emma.whitfield@horsepost.example',
            'You have a new message in your Hofmark mailbox', '2024-06-12 10:26',
            extra=[('Auto-Submitted', 'auto-generated')])
    text(m, """Hello,

there is a new message for you in your secure Hofmark mailbox.

Please log in at https://securemail.hofmark-versicherung.example to read
it. For your security, this notification contains no content.

Your Hofmark Versicherung

Neue Nachricht in Ihrem Hofmark-Postfach. Bitte melden Sie sich unter
https://securemail.hofmark-versicherung.example an.
""")
    return m, 'NORMAL', 'en', 'insurer-to-customer', 'trap: secure-mailbox notification without content'


def m081():
    m = new('Sarah Lindqvist <sarah.lindqvist@hofmark-versicherung.example>',
            'Dr. Katrin Oltmanns <katrin.oltmanns@hofmark-versicherung.example>',
            'WG: Placement request – dressage horse "Fürst Rubin", EUR 380k', '2024-05-06 16:48')
    text(m, """Katrin, kannst du dir den Röntgenbefund mal anschauen, bevor ich
zusage? Wert ist hoch, die Kundin ist Deutsche, der Makler sitzt in UK.
Wir bräuchten Fakultativ-RV ab 250k. Danke, Sarah

-----Original Message-----
From: James Harwood <james@harwood-equine.example>
Sent: 06 May 2024 15:12
To: Sarah Lindqvist <sarah.lindqvist@hofmark-versicherung.example>
Subject: Placement request - dressage horse "Fürst Rubin", EUR 380k

Hi Sarah,

new one for you: mortality and theft plus surgical, for

Owner:    Frau Dr. Carolin Sterneberg, born 09/12/1981, Gestüt
          Sterneberg, 27283 Verden
Horse:    Fürst Rubin, Oldenburger gelding, 2014, Grand Prix dressage,
          UELN 276333330512314
Value:    EUR 380,000 (purchase 2022 EUR 310,000, plus results)
Vetting:  done 29 April by Dr Marquardt, clinically sound; X-rays: mild
          spavin changes right hock (class II), nothing else

Current insurer won't renew above EUR 200k. Client happy with a hock
exclusion. Could you quote by Friday?

Cheers
James Harwood
Harwood Equine Insurance Brokers Ltd, Newmarket
""")
    return m, 'CONFIDENTIAL', 'mixed', 'broker', 'broker placement: named owner with birth date, horse value and X-ray findings (animal health)'


def m082():
    m = new('Leistung Leben <leistung-leben@hofmark-versicherung.example>',
            'Ilse Kück <ilse.kueck@landpost.example>',
            'Risikolebensversicherung 2207-4419 – Auszahlung der Todesfallleistung', '2024-12-03 11:00')
    text(m, """Sehr geehrte Frau Kück,

zunächst möchten wir Ihnen und Ihrer Familie unser aufrichtiges Beileid
zum Tod Ihres Mannes, Herrn Hermann Kück, aussprechen.

Nach der Sterbeurkunde und der ärztlichen Todesbescheinigung ist Ihr
Mann am 08.11.2024 im Melkstand an einem akuten Herzinfarkt verstorben.
Die Prüfung der Risikolebensversicherung 2207-4419 ist abgeschlossen;
eine Verletzung der vorvertraglichen Anzeigepflicht liegt nicht vor.

Als Bezugsberechtigte erhalten Sie die Versicherungssumme von
250.000 EUR. Die Volksbank Wümme-Wieste hat auf die Abtretung zur
Darlehenssicherung verzichtet, soweit das Darlehen getilgt wird; wir
zahlen daher 163.420,55 EUR an die Bank (Restschuld) und 86.579,45 EUR
auf Ihr Konto DE66 2235 6259 0097 1653 35.

Wenn Sie Fragen zum weiteren Verlauf der Betriebsversicherungen haben,
steht Ihnen Herr Gerdes gern zur Verfügung.

Mit freundlichen Grüßen
Leistungsabteilung Leben
Hofmark Lebensversicherung AG
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'life claim: death of named farmer, cause of death, payout and IBAN'


def m083():
    m = new('Hofmark Agrar-Newsletter <newsletter@hofmark-versicherung.example>',
            'Newsletter-Abonnenten <agrar-news@lists.hofmark-versicherung.example>',
            'Sicher im Stall: Unfälle beim Umgang mit Rindern vermeiden', '2024-10-29 06:00')
    text(m, """Agrar-Info 10/2024

Rinder sind die häufigste Unfallursache bei Tieren in der Landwirtschaft:
Tritte, Quetschungen am Fressgitter, Angriffe von Mutterkühen und Bullen.
Die Verletzungen reichen von Prellungen und Rippenbrüchen bis zu
schweren Kopfverletzungen.

Fünf Regeln:
1. Nie allein in die Bullenbucht oder zur Mutterkuhherde.
2. Fluchtwege freihalten, Treibgänge nutzen.
3. Tiere ansprechen, bevor man sie berührt.
4. Sicherheitsschuhe mit Stahlkappe tragen.
5. Behandlungsstand statt Fixierung am Fressgitter.

Wussten Sie schon? Die gesetzliche Unfallversicherung (SVLFG) zahlt bei
Arbeitsunfällen, eine private Unfallversicherung ergänzt mit Invaliditäts-
leistung und Krankenhaustagegeld – auch in der Freizeit.

Ihre Hofmark Versicherung
""")
    return m, 'NORMAL', 'de', 'newsletter', 'trap: accident prevention newsletter with injury vocabulary, no person'


def m084():
    m = new('Marco Schaper <marco.schaper@hofmark-versicherung.example>',
            'Elke Fricke <elke.fricke@webpost.example>',
            'Leitungswasserschaden Resthof – Schaden WG-24-01733', '2024-01-29 15:35')
    text(m, """Sehr geehrte Frau Fricke,

nach dem Frostschaden an der Wasserleitung in der ehemaligen
Futterküche Ihres Resthofs (Im Bruch 7, 27386 Hemslingen) haben wir den
Schaden zu Ihrer Wohngebäudeversicherung WG-2013-2817 angelegt.

Die Leckortung durch die Firma Drewes am 25.01. ist in Ordnung. Für die
Trocknung und die Reparatur des Estrichs im Hauswirtschaftsraum haben wir
einen Kostenrahmen von 9.800 EUR freigegeben.

Wichtig: Der ehemalige Stallteil, den Sie als Lager an einen Landwirt
vermieten, ist im Vertrag als Nebengebäude ohne Heizung versichert.
Frostschäden an Leitungen sind dort nur versichert, wenn die Leitungen
entleert waren. Bitte teilen Sie uns mit, ob dort Leitungen betroffen
sind.

Mit freundlichen Grüßen
Marco Schaper
""")
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-customer', 'named homeowner, buildings policy and claim, insured address'


def m085():
    m = new('Marco Schaper <marco.schaper@hofmark-versicherung.example>',
            'Svenja Kröger <svenja.kroeger@hofmark-versicherung.example>',
            'WG: AW: Ertragsschaden ASP – Zahlung Zeitraum 2', '2024-12-09 09:05')
    text(m, """Hallo Svenja,

ich schicke dir das, weil Herr Renken auch eine BU bei uns hat (steht in
seiner Mail unten). Ich kann dazu nichts sagen, aber vielleicht sollte
jemand von euch sich bei ihm melden. Die Ertragsschadenzahlung für
Zeitraum 2 ist raus.

Marco

-----Ursprüngliche Nachricht-----
Von: Tobias Renken <tobias.renken@schweinehof-renken.example>
Gesendet: Freitag, 6. Dezember 2024 22:48
An: Schaper, Marco
Betreff: AW: Ertragsschaden ASP – Zahlung Zeitraum 2

Herr Schaper,

danke für die Zahlung, das hilft mit der Bank. Ich muss Ihnen aber auch
sagen dass ich seit Oktober krankgeschrieben bin. Meine Hausärztin sagt
es ist eine schwere Depression, ich schlafe kaum noch und schaff den
Stall nur noch mit meinem Vater. Ich nehme jetzt Sertralin und bin auf
der Warteliste für eine Tagesklinik in Cloppenburg. Ich habe noch eine
BU bei Ihnen über den Vertreter, muss ich das da melden?

Tobias Renken

> Am 05.12.2024 schrieb Marco Schaper:
> Sehr geehrter Herr Renken, die Entschädigung für Zeitraum 2
> (Sperrzone II, 21.10.–15.12.) überweisen wir heute.
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'customer', 'customer reveals depression, sertraline, day clinic in a quoted reply'


def m086():
    m = new('Einkauf <einkauf@hofmark-versicherung.example>',
            'Skycell Weather Data B.V. <billing@skycell-weather.example>',
            'Invoice SW-2024-0913 – hail radar API, questions', '2024-09-18 14:20')
    text(m, """Dear Skycell billing team,

we received invoice SW-2024-0913 (EUR 18,400.00 net, hail radar API,
Q3 2024). Two questions before we can release payment:

1. The contract says 40,000 API calls per month included; the invoice
   charges overage for July (61,220 calls). During the June/July hail
   events our loss adjusters' app polled hail swaths for every claim, so
   the number may be right; please send the call log per day.
2. Please state our PO number 4500021913 on the invoice.

Our bank details for any credit note: Hofmark Versicherung a.G.,
DE91 7175 8565 7979 4000 11.

Kind regards
Petra Ahrens
Central Purchasing, Hofmark Versicherung a.G.
""")
    return m, 'NORMAL', 'en', 'insurer-to-supplier', "trap: supplier invoice query with the insurer's own company IBAN"


def m087():
    m = new('Jens Hollmann <jens.hollmann@hofmark-versicherung.example>',
            'Søren Madsen <soren@gut-holmlund.example>',
            'Frost damage to winter rapeseed – claim MG-24-00091', '2024-05-03 09:40')
    text(m, """Dear Mr Madsen,

following the visit of our loss adjuster on 29 April, here is the
result for your multi-peril crop policy MG-2021-0312 (frost, hail,
storm, heavy rain):

Field        Crop              Area     Frost loss   Sum ins./ha   Payment
Norderkoppel winter rapeseed   18.4 ha  28 %         EUR 1,650     EUR 8,500.80
Mühlenkoppel winter rapeseed   11.2 ha  12 %         EUR 1,650     below deductible

Deductible: 20 % per field (MPCI). Payment for Norderkoppel after
deductible: EUR 2,428.80.

We will transfer the amount to your account DK68 6437 1899 6481 98.
If you re-sow Mühlenkoppel with spring crops, please tell us before
sowing so we can adjust the cover.

Kind regards
Jens Hollmann
Hail & Crop Claims, Hofmark Versicherung a.G.
""")
    return m, 'CONFIDENTIAL', 'en', 'insurer-to-customer', 'named farmer, crop claim settlement, Danish IBAN'


def m088():
    m = new('Antragsprüfung Leben <antrag-leben@hofmark-versicherung.example>',
            'Søren Madsen <soren@gut-holmlund.example>',
            'Your application for income protection (BU) – decision deferred', '2024-11-25 13:35')
    text(m, """Dear Mr Madsen,

thank you for your application for disability income insurance (BU) of
EUR 2,000 per month.

In the health questions you told us that you were treated in hospital in
Flensburg in August 2024 for Q fever (acute Coxiella burnetii infection,
A78) after lambing season, and that you still feel tired and have
follow-up blood tests every three months.

Q fever can become chronic in a small number of patients, with effects
on the heart valves. We therefore cannot make a decision now. We will
defer your application for 6 months. After that we would need:
- the discharge letter from the hospital in Flensburg,
- the latest serology (phase I and phase II antibodies), and
- an echocardiography report.

Your accident insurance is not affected by this decision.

Kind regards
Underwriting Life & Disability
Hofmark Lebensversicherung AG
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer', 'underwriting deferral: Q fever A78 of named applicant, hospital and tests'


def m089():
    m = new('Julia Harms <presse@hofmark-versicherung.example>',
            'Redaktion Land & Forst <redaktion@landundforst.example>',
            'Pressemitteilung: Hofmark fördert Erste-Hilfe-Kurse der Landjugend', '2024-03-12 10:00')
    text(m, """Pressemitteilung

Hofmark fördert Erste-Hilfe-Kurse der Landjugend

Celle, 12. März 2024 – Die Hofmark Versicherung a.G. unterstützt die
Niedersächsische Landjugend in diesem Jahr mit 25.000 Euro für
Erste-Hilfe-Kurse speziell für die Landwirtschaft. Geübt wird unter
anderem die Versorgung von Schnittverletzungen, Quetschungen durch
Maschinen, Knochenbrüchen nach Stürzen und von Allergie-Notfällen nach
Insektenstichen.

"Auf dem Hof dauert es oft lange, bis der Rettungswagen da ist. Die
ersten Minuten entscheiden", sagt Hofmark-Vorständin Petra Sündermann.
Rund 60 Kurse mit je 12 Teilnehmenden sind geplant.

Pressekontakt: Julia Harms, Tel. 05141 9387-100
""")
    return m, 'NORMAL', 'de', 'press', 'trap: press release about first-aid courses, injuries only in general'


def m090():
    m = new('Haftpflicht Schaden <haftpflicht-schaden@hofmark-versicherung.example>',
            'Katharina Lüders <k.lueders@webpost.example>',
            'Pferdehaftpflicht PH-2020-1907 – Zaunschaden Nachbar', '2024-02-06 10:45')
    text(m, """Sehr geehrte Frau Lüders,

wir haben den Schaden vom 01.02.2024 aufgenommen: Ihre Stute "Nala" hat
sich beim Weidegang losgerissen und den Holzzaun sowie die Hecke des
Nachbarn, Herrn Wolfgang Brauer, Heidweg 4, Hambühren, beschädigt.
Personen und Tiere wurden nicht verletzt.

Der Kostenvoranschlag von Herrn Brauer (1.240 EUR) erscheint uns
angemessen. Wir zahlen direkt an ihn, sobald er uns seine Bank-
verbindung mitgeteilt hat. Ihr Selbstbehalt beträgt 150 EUR; den ziehen
wir von der nächsten Beitragsrechnung ab.

Ihre Reitbeteiligung ist als Fremdreiterin in Ihrer Pferdehaftpflicht
mitversichert; sie war an dem Tag aber nicht beteiligt.

Mit freundlichen Grüßen
Sabrina Holst
Haftpflicht Schaden
""")
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-customer', 'horse liability claim of named owner, neighbour named; nobody hurt'


def m091():
    m = new('Haftpflicht Schaden <haftpflicht-schaden@hofmark-versicherung.example>',
            'Katharina Lüders <k.lueders@webpost.example>',
            'AW: Anwaltsschreiben Reitbeteiligung – Schaden PH-24-00688', '2024-08-19 13:15')
    text(m, """Sehr geehrte Frau Lüders,

danke für die Weiterleitung. Wir übernehmen die Korrespondenz mit dem
Anwalt von Frau Schröder ab jetzt; bitte antworten Sie ihm nicht selbst.

Zur Einordnung: Ihre Pferdehaftpflicht haftet grundsätzlich als
Tierhalterhaftpflicht (§ 833 BGB). Wir prüfen aber ein Mitverschulden,
da Frau Schröder ohne Helm geritten ist, und ob ein vertraglicher
Haftungsausschluss in der Reitbeteiligungsvereinbarung steht. Bitte
schicken Sie uns die Vereinbarung.

Mit freundlichen Grüßen
Sabrina Holst

> Von: Rechtsanwalt Olaf Henties <kanzlei@henties-celle.example>
> An: Katharina Lüders
> Betreff: Ihre Stute "Nala" / Unfall unserer Mandantin Frau Merle Schröder
>
> Sehr geehrte Frau Lüders,
>
> wir zeigen an, dass wir Frau Merle Schröder vertreten. Unsere
> Mandantin ist am 28.07.2024 als Reitbeteiligung beim Ausritt von
> Ihrer Stute gestürzt, als diese vor einem Wildschwein scheute.
> Sie erlitt eine Wirbelkörperfraktur BWK 12 (stabil, konservativ
> behandelt), eine Gehirnerschütterung und Schürfwunden. Sie war
> 6 Tage im AKH Celle stationär und ist seitdem arbeitsunfähig.
>
> Wir fordern ein Schmerzensgeld von mindestens 12.000 EUR sowie
> Verdienstausfall und bitten um Angabe Ihres Haftpflichtversicherers.
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'liability claim: injured rider named with vertebral fracture and concussion (quoted lawyer letter)'


def m092():
    m = new('Hofmark Pferde-Newsletter <newsletter@hofmark-versicherung.example>',
            'Newsletter Pferd <pferd-news@lists.hofmark-versicherung.example>',
            'Pferdekauf: unsere Checkliste zur Ankaufsuntersuchung', '2024-02-20 06:00')
    text(m, """Liebe Pferdefreundinnen und Pferdefreunde,

Frühjahr ist Pferdekaufzeit. Wer sein neues Pferd gleich gegen OP-Kosten
versichern will, braucht eine aussagekräftige Ankaufsuntersuchung (AKU).
Unsere Checkliste finden Sie im Anhang.

Ihre Hofmark Tierversicherung
""")
    paras = ['#Checkliste Ankaufsuntersuchung (AKU)',
             'Klinische Untersuchung: Herz, Lunge, Augen, Zähne, Haut; Beurteilung im Schritt und Trab auf hartem und weichem Boden, Longe, Beugeproben.',
             'Röntgen nach Röntgenleitfaden (RöLF 2018): Zehen, Strahlbein, Sprunggelenke, Kniegelenke; bei Sportpferden zusätzlich Rücken (Dornfortsätze).',
             'Röntgenklassen: I Idealzustand, II Normzustand, II-III Akzeptanzzustand, III Toleranzzustand, IV Risikozustand.',
             'Optional: Blutprobe (Doping/Schmerzmittel), Endoskopie der Atemwege, Ultraschall der Sehnen.',
             'Für die Versicherung wichtig: Befunde ab Klasse III oder Vorerkrankungen (Kolik, Hufrehe, Sehnenschäden, Kissing Spines) können zu Ausschlüssen führen.',
             'Bewahren Sie den AKU-Bericht und die Röntgenbilder auf. Wir fordern sie im Leistungsfall an.',
             'Hofmark Versicherung a.G. – Tierversicherung']
    attach(m, 'Checkliste_AKU_Pferd.docx', docx(paras, 'Checkliste AKU'))
    return m, 'NORMAL', 'de', 'newsletter', 'trap: generic horse pre-purchase checklist with disease vocabulary'


def m093():
    m = new('Jens Hollmann <jens.hollmann@hofmark-versicherung.example>',
            'Heinrich Brüning <h.bruening@landpost.example>',
            'AW: Starkregen Mais Schlag 15 – Schaden MG-24-00655', '2024-07-17 18:02',
            in_reply_to='<000d01dad7c1$9a1b2e40$@landpost.example>')
    text(m, """Moin Herr Brüning,

ja, Starkregen ist in Ihrem Mehrgefahrenvertrag mit drin – anders als
beim Hagel im Juni (HG-24-03317, schon abgerechnet) läuft das unter
MG-24-00655.

Für den Mais auf Schlag 15 "Twiete" (9,60 ha) brauchen wir:
- Fotos der Ausspülungen/Verschlämmungen,
- die Niederschlagsmenge (Ihre Wetterstation oder DWD-Station Uelzen),
- Datum der Aussaat und Sorte.

Herr Vornholt kommt nächste Woche sowieso wegen der Rüben vorbei und
schaut sich den Mais gleich mit an.

Gruß Jens Hollmann

> Von: Heinrich Brüning
> Gesendet: Dienstag, 16. Juli 2024 21:10
> Betreff: Starkregen Mais
>
> N'Abend Herr Hollmann, gestern abend 60 Liter in einer Stunde, der
> Mais an der Twiete ist am Hang unten komplett weggespült, oben steht
> noch was. Ist das bei Ihnen mit drin? Gruß H. Brüning
""", cte='8bit')
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-customer', 'named farmer, crop claim and policy references'


def m094():
    m = new('Rechtsschutz Schaden <rs-schaden@hofmark-versicherung.example>',
            'Vasile Ionescu <vasile.ionescu@mailbox.example>',
            'Re: Arbeitsrecht / labour dispute – Ihre Anfrage RS 52-004471', '2024-07-08 10:50')
    text(m, """Sehr geehrter Herr Ionescu,
dear Mr Ionescu,

vielen Dank für Ihre Anfrage. Below in English as well.

Sie sind über den Gruppen-Rechtsschutz der AgroStaff-Saisonkräfte
(RS 52-004471) für Streitigkeiten aus Ihrem Arbeitsverhältnis beim
Spargelhof Lindemann versichert. Es geht um nicht bezahlte Überstunden
und den Abzug für die Unterkunft.

Sie haben uns geschrieben, dass Sie Mitglied der IG BAU sind. Die
Gewerkschaft bietet ihren Mitgliedern kostenlosen Rechtsschutz im
Arbeitsrecht. Nach unseren Bedingungen (subsidiäre Deckung) muss
zuerst der gewerkschaftliche Rechtsschutz in Anspruch genommen werden.

In English: You are covered by the group legal expenses policy for your
dispute about unpaid overtime and accommodation deductions. Because you
are a member of the trade union IG BAU, the union's free legal
protection comes first. Please ask the IG BAU office in Lüneburg
(Faire Mobilität advice centre, Romanian-speaking staff). If the union
refuses, send us their refusal and we will cover the lawyer's fees.

Mit freundlichen Grüßen / Kind regards
Jörn Eggers
Rechtsschutz Schaden, Hofmark Rechtsschutz AG
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-customer', 'trade union membership of a named seasonal worker in legal expenses claim'


def m095():
    m = new('Hofmark Maklerportal <no-reply@hofmark-versicherung.example>',
            'j.eilers@agrarmakler-nordheide.example',
            'Your one-time password for the Hofmark broker portal', '2024-02-01 08:14',
            extra=[('Auto-Submitted', 'auto-generated')])
    text(m, """Hello,

a user account has been created for you in the Hofmark broker portal by
your firm administrator.

Your one-time password: 7Tq-4mW-Lx9

It is valid for 72 hours. At first login you will be asked to set your
own password and a security question.

Login: https://makler.hofmark-versicherung.example

If you did not expect this e-mail, please contact
maklerservice@hofmark-versicherung.example.

Hofmark Versicherung a.G. - Broker Service
""")
    return m, 'NORMAL', 'en', 'insurer-to-broker', 'trap: one-time password mail for a broker account, no customer data'


def m096():
    m = new('Marco Schaper <marco.schaper@hofmark-versicherung.example>',
            'Uwe Gieseke <uwe.gieseke@landpost.example>',
            'Brand Hoflader Weidemann – MA-24-00981', '2024-10-02 11:10')
    text(m, """Hallo Herr Gieseke,

Ihren Anruf von heute morgen habe ich aufgenommen: Der Hoflader
Weidemann 1280 (Bj. 2017) hat am 01.10. nach dem Einstreuen im
Jungviehstall im Motorraum Feuer gefangen. Ihr Sohn hat mit dem
Feuerlöscher gelöscht, die Feuerwehr hat nachgelöscht. Verletzt wurde
niemand, das Gebäude ist nicht beschädigt.

Versichert über die Landtechnik MA-2012-2204 (Feuer, Maschinenbruch).
Der Lader ist nach Ihren Fotos vermutlich wirtschaftlicher Totalschaden;
der Zeitwert wird vom Sachverständigen ermittelt. Bitte den Lader bis
zur Besichtigung nicht verschrotten.

Einen Mietlader können Sie über Ihren Händler nehmen; Mietkosten sind
bis 60 Tage mit 95 EUR/Tag versichert.

Gruß
Marco Schaper
""")
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-customer', 'machinery fire claim of named farmer; nobody hurt'


def m097():
    m = new('Fuhrpark <fuhrpark@hofmark-versicherung.example>',
            'Alle Mitarbeitenden Celle <alle-celle@lists.hofmark-versicherung.example>',
            'Hagel auf dem Mitarbeiterparkplatz – Dienstwagen', '2024-06-23 07:40')
    text(m, """Liebe Kolleginnen und Kollegen,

das Unwetter gestern Nachmittag hat auch unseren Parkplatz P2 getroffen.
Etwa 30 Dienstwagen aus dem Pool haben Hagelbeulen, zwei Heckscheiben
sind kaputt.

Bitte:
- Poolfahrzeuge mit Glasschaden (HM-PV 112, HM-PV 127) nicht nutzen.
- Hagelbeulen sind kein Grund, Termine abzusagen; die Fahrzeuge sind
  fahrbereit.
- Der Gutachter kommt Dienstag und Mittwoch, die Fahrzeuge bleiben
  dafür bitte auf P2.

Private Pkw: Bitte melden Sie Schäden wie gewohnt an Ihre eigene
Kfz-Versicherung, nicht an den Fuhrpark.

Euer Team Fuhrpark
""")
    return m, 'NORMAL', 'de', 'internal', "trap: hail damage to the insurer's own pool cars, no person"


def m098():
    m = new('Leistung Kranken <leistung-kranken@hofmark-versicherung.example>',
            'Wilhelm Stührenberg <w.stuehrenberg@landpost.example>',
            'Ihre Anfrage zur Hautbehandlung – KV 61-190335', '2024-04-24 15:20')
    text(m, """Sehr geehrter Herr Stührenberg,

vielen Dank für Ihre Rechnungen und den Hautarztbrief von Dr. Peters.
Danach leiden Sie an einem allergischen Kontaktekzem an beiden Händen
(L23.5 G) durch das Zitzendesinfektionsmittel im Melkstand sowie an
einer Sensibilisierung gegen Gummihandschuhe (Thiurame).

Wir erstatten:
- die Epikutantestung und die Behandlungen bei Dr. Peters (100 %)
- die verordneten Salben (Mometason, Basispflege) (100 %)
- die Baumwoll-Unterziehhandschuhe und nitrilfreien Einmalhandschuhe
  leider nicht, da es sich nicht um Arznei- oder Hilfsmittel handelt.

Die von Dr. Peters empfohlene stationäre Hautklinik-Behandlung in
Osnabrück (Heilverfahren) ist als Berufskrankheit vorrangig Sache der
SVLFG. Bitte stellen Sie dort zuerst einen Antrag; Ihr Hautarzt hat
dazu den Hautarztbericht bereits an die SVLFG geschickt.

Mit freundlichen Grüßen
Ihre Leistungsabteilung
Hofmark Krankenversicherung a.G.
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'health insurance: allergic contact eczema L23.5 of named dairy farmer'


def m099():
    m = new('Dr. Katrin Oltmanns <katrin.oltmanns@hofmark-versicherung.example>',
            'Product Committee <product-committee@fieldstone-group.example>',
            'Minutes: Product committee 21 March – equine surgery tiers', '2024-03-22 12:30')
    text(m, """Minutes – Group product committee, 21 March 2024 (Teams)
Present: H. Lund, K. Oltmanns, S. Lindqvist, A. Byrne (IE), M. de Wit (NL)

1. Equine surgery tiers
   Decision: three tiers from 1 January 2025:
   - Basic: surgery up to EUR 5,000, vet fees up to 2x GOT / local scale
   - Plus: up to EUR 10,000, up to 3x, incl. pre-op diagnostics
   - Premium: unlimited, up to 4x, incl. aftercare 30 days
   Age bands 0-10 / 11-16 / 17+ (see frequency table of 5 March).
   Colic surgery stays included in all tiers.

2. Exclusions after pre-purchase exam
   Standard wording for back (kissing spines), navicular and OCD
   exclusions; German wording by KO, Irish by AB.

3. Next meeting: 16 May.

Minutes: K. Oltmanns
""")
    return m, 'NORMAL', 'en', 'insurer-to-partner', 'trap: product committee minutes on colic cover and exclusions, no case'


def m100():
    m = new('Birte Wessels <birte.wessels@hofmark-versicherung.example>',
            'Fiona Gallagher <fiona@ballykeel-stud.example>',
            'Foal mortality claim – 2024 filly out of Ballykeel Moonstone, FM-24-0017', '2024-05-22 09:45')
    text(m, """Dear Fiona,

I'm sorry to hear about the filly. We have received the post-mortem
report from the Pferdeklinik am Deich: neonatal maladjustment syndrome,
then septicaemia (E. coli) despite intensive care, euthanised on day 6
on veterinary advice.

The foal was covered under your foal mortality policy FM-2023-0022
(Ballykeel Stud Ltd.) from birth on 3 May with a sum insured of
EUR 12,000. Cover includes euthanasia on humane grounds if certified by
the treating vet, which is the case.

We will pay EUR 12,000 less the 10 % deductible, EUR 10,800, to the stud's
account with Bank of Ireland (IE39 BKIL 8293 8577 3948 70) within
10 days. The clinic invoice for the intensive care is not covered under
mortality; please check whether you had the veterinary fees extension.

With kind regards
Birte Wessels
Equine Insurance, Hofmark Versicherung a.G.
""")
    return m, 'CONFIDENTIAL', 'en', 'insurer-to-company', 'stud company with named contact: foal death and post-mortem (animal health), IBAN'


def m101():
    m = new('Thomas Lühr <thomas.luehr@hofmark-versicherung.example>',
            'Maklerverteiler Agrar <makler-agrar@lists.hofmark-versicherung.example>',
            'Mehrgefahrenversicherung: Landesförderung 2025 – Antragsfristen', '2024-11-28 09:15')
    text(m, """Sehr geehrte Damen und Herren,

mehrere Bundesländer fördern ab 2025 die Mehrgefahrenversicherung
(Dürre, Frost, Starkregen, Sturm, Hagel) mit einem Zuschuss auf die
Prämie. Stand heute:

  Land               Zuschuss     Antrag bis      Stelle
  Niedersachsen      bis 50 %     Sammelantrag    LWK
  Sachsen-Anhalt     bis 50 %     15.05.2025      ALFF
  Brandenburg        bis 50 %     15.05.2025      LELF
  Schleswig-Holstein in Planung   –               –

Voraussetzung ist meist ein Selbstbehalt von mindestens 20 % und eine
Schadenschwelle von 20 % der durchschnittlichen Jahreserzeugung (EU-
Agrarfreistellungsverordnung). Unsere Tarife MG-Flex und MG-Dürre
erfüllen das.

Hagel allein ist versicherungsteuerlich begünstigt (0,03 % der VS), die
übrigen Gefahren ab 2025 ebenfalls (BT-Beschluss vom 14.11.).

Mit freundlichen Grüßen
Thomas Lühr
""")
    return m, 'NORMAL', 'de', 'insurer-to-broker', 'trap: subsidy information for crop insurance, no person'


def m102():
    m = new('Anke Düvel <anke.duevel@hofmark-versicherung.example>',
            'Hartmut Wrede <hartmut.wrede@landpost.example>',
            'Ihre Unfallanzeige – Bitte um Ergänzung', '2024-09-05 09:25')
    text(m, """Sehr geehrter Herr Wrede,

vielen Dank für die ausgefüllte Unfallanzeige. Wir haben sie zur
Kontrolle noch einmal als PDF beigefügt. Bitte ergänzen Sie in
Abschnitt 5 den Namen des erstbehandelnden Arztes und unterschreiben
Sie Seite 2; Sie können uns das Blatt auch einfach abfotografiert
zurückschicken.

Mit freundlichen Grüßen
Anke Düvel
Leistung Unfallversicherung
""")
    lines = ['#Unfallanzeige - private Unfallversicherung',
             'Vertrag: UV 7295006     Versicherte Person: Hartmut Wrede, geb. 30.06.1964',
             'Anschrift: Kampweg 11, 21376 Salzhausen    Beruf: Landwirt (Ackerbau, Mutterkühe)',
             '',
             '#1. Unfallhergang (Angaben des Versicherten)',
             'Am 19.08.2024 gegen 15 Uhr beim Ankuppeln des Güllefasses. Die Gelenkwelle',
             'lief noch nach, die Schutzhaube war eingerissen. Das rechte Hosenbein wurde',
             'erfasst und aufgewickelt, ich wurde zu Boden gerissen.',
             '',
             '#2. Verletzungen',
             'Offene Unterschenkelfraktur rechts (Tibia und Fibula), Decollement Wade,',
             'Schürfwunden. Rettungshubschrauber nach Hamburg, BG Klinikum.',
             '',
             '#3. Behandlung',
             'Fixateur externe, später Marknagel; 2 Hauttransplantationen (Spalthaut).',
             'Stationär 19.08. - 04.09.2024, Reha geplant.',
             '',
             '#4. Gesetzliche Unfallversicherung',
             'Arbeitsunfall gemeldet an SVLFG, Az. 24-118872-UV.',
             '',
             '#5. Erstbehandelnder Arzt',
             '(bitte ergänzen)']
    attach(m, 'Unfallanzeige_UV7295006.pdf', pdf(lines, 'Unfallanzeige'))
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'body mentions only a form; PTO shaft accident injuries and birth date in the PDF'


def m103():
    m = new('Claudia Meinecke <datenschutz@hofmark-versicherung.example>',
            'Abteilungsleitungen Schaden <al-schaden@hofmark-versicherung.example>',
            'Löschkonzept: Aufbewahrungsfristen Tierarzt- und Arztberichte', '2024-05-13 11:40')
    text(m, """Liebe Kolleginnen und Kollegen,

zur Umsetzung des überarbeiteten Löschkonzepts (v3.2) die wichtigsten
Fristen für Ihre Bereiche, gerechnet ab Ende des Jahres, in dem der
Schaden abgeschlossen wurde:

  Dokumentart                               Frist      Grund
  Tierarztberichte, Klinikrechnungen Tier   6 Jahre    § 257 HGB (Beleg)
  Sachverständigengutachten Hagel/Sach      6 Jahre    § 257 HGB
  Arztberichte Unfall/BU/Kranken            10 Jahre   § 147 AO / Verjährung
  Schweigepflichtentbindungen               10 Jahre   wie Leistungsakte
  Polizeiberichte, Ermittlungsakten         3 Jahre    nach Abschluss RS/HP
  Saisonkräfte-Anmeldelisten                3 Jahre    nach Vertragsende

Abgelehnte Anträge (Leben, BU, Pferd) mit Gesundheitsangaben: Löschung
nach 3 Jahren, sofern kein Rechtsstreit anhängig ist.

Die automatische Löschung im DMS startet am 01.07. Bitte prüfen Sie bis
dahin, ob in Ihren Bereichen Dokumente falsch klassifiziert sind.

Claudia Meinecke
Datenschutzbeauftragte
""")
    return m, 'NORMAL', 'de', 'internal', 'trap: retention rules for vet and medical reports, no case data'


def m104():
    m = new('Hofmark Online-Abschluss <online@hofmark-versicherung.example>',
            'Lena Kramer <lena.kramer@webpost.example>',
            'Ihr Antrag Pferde-OP-Versicherung – Eingangsbestätigung', '2024-07-02 21:48')
    alt(m, """Hallo Frau Kramer,

vielen Dank für Ihren Online-Antrag. Hier Ihre Angaben im Überblick:

Antragstellerin:  Lena Kramer, geb. 25.01.1997
Anschrift:        Hasenwinkel 3, 29308 Winsen (Aller)
Pferd:            "Balou", Wallach, Haflinger, geb. 2013
Tarif:            Pferde-OP Plus, 3-facher GOT-Satz, SB 250 EUR
Beitrag:          29,90 EUR monatlich
Lastschrift von:  DE94 4595 0115 6857 5618 07

Ihre Antragsnummer: PF-A-24-3390. Wir prüfen den Antrag und melden uns
in wenigen Tagen. Der Versicherungsschutz beginnt nach Annahme, für
Krankheiten nach einer Wartezeit von 30 Tagen.

Ihre Hofmark Tierversicherung
""", """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hallo Frau Kramer,</p>
<p>vielen Dank für Ihren Online-Antrag. Hier Ihre Angaben im Überblick:</p>
<table cellpadding="3" style="border:1px solid #9b9">
<tr><td>Antragstellerin</td><td>Lena Kramer, geb. 25.01.1997</td></tr>
<tr><td>Anschrift</td><td>Hasenwinkel 3, 29308 Winsen (Aller)</td></tr>
<tr><td>Pferd</td><td>&quot;Balou&quot;, Wallach, Haflinger, geb. 2013</td></tr>
<tr><td>Tarif</td><td>Pferde-OP Plus, 3-facher GOT-Satz, SB 250 EUR</td></tr>
<tr><td>Beitrag</td><td>29,90 EUR monatlich</td></tr>
<tr><td>Lastschrift von</td><td>DE94 4595 0115 6857 5618 07</td></tr>
</table>
<p>Ihre Antragsnummer: <b>PF-A-24-3390</b>. Wir prüfen den Antrag und melden uns in wenigen Tagen.
Der Versicherungsschutz beginnt nach Annahme, für Krankheiten nach einer Wartezeit von 30 Tagen.</p>
<p>Ihre Hofmark Tierversicherung</p>
</body></html>
""")
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-customer', 'online application confirmation: birth date, address, IBAN'


def m105():
    m = new('Hofmark Equine News <newsletter@hofmark-versicherung.example>',
            'Equine newsletter EN <equine-news-en@lists.hofmark-versicherung.example>',
            'Summer heat and colic: 6 warning signs every rider should know', '2024-07-15 06:00')
    alt(m, """Hofmark Equine News – July 2024

Summer heat and colic
Hot weather, dry grass and less water intake increase the risk of colic.
Watch for these signs:

1. Pawing, looking at the flanks, lying down and getting up repeatedly
2. Rolling, especially violent rolling
3. No droppings for more than 12 hours
4. Sweating without exercise
5. Heart rate above 60 beats per minute
6. Lack of appetite

Call your vet at once, remove food, and walk the horse gently if it
wants to roll. Never give painkillers before the vet has seen the horse.

Reminder: with Hofmark Equine Surgery Plus, colic surgery is covered up
to EUR 10,000 including clinic stay.

Your Hofmark equine team
""", """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<h2>Summer heat and colic</h2>
<p>Hot weather, dry grass and less water intake increase the risk of colic. Watch for these signs:</p>
<ol><li>Pawing, looking at the flanks, lying down and getting up repeatedly</li><li>Rolling, especially violent rolling</li>
<li>No droppings for more than 12 hours</li><li>Sweating without exercise</li><li>Heart rate above 60 beats per minute</li><li>Lack of appetite</li></ol>
<p><b>Call your vet at once</b>, remove food, and walk the horse gently if it wants to roll. Never give painkillers before the vet has seen the horse.</p>
<p style="background:#eef5e6;padding:6px">Reminder: with Hofmark Equine Surgery Plus, colic surgery is covered up to EUR 10,000 including clinic stay.</p>
<p>Your Hofmark equine team</p>
</body></html>
""")
    return m, 'NORMAL', 'en', 'newsletter', 'trap: equine health newsletter, no horse owner'


def m106():
    m = new('Broker Service <maklerservice@hofmark-versicherung.example>',
            'James Harwood <james@harwood-equine.example>',
            'Re: Can we send vet and medical reports by e-mail?', '2024-09-09 16:05')
    text(m, """Dear Mr Harwood,

thank you for your question. In short:

- Vet reports and X-ray findings on horses: you may e-mail them to us;
  our gateway accepts TLS. Please don't put the owner's name in the
  subject line.
- Medical reports on people (riders, grooms, farm staff), e.g. for
  personal accident or income protection claims: please upload them in
  the broker portal (section "Leistungsunterlagen") or send them by
  post. Our policy does not allow unencrypted e-mail for health data.
- If your firm has an S/MIME certificate, we can exchange encrypted
  e-mail; send us your certificate and we will add it.

Best regards
Broker Service
Hofmark Versicherung a.G.
""")
    return m, 'NORMAL', 'en', 'insurer-to-broker', 'trap: FAQ about sending vet and medical reports, no case'


def m107():
    m = new('Vertriebsschulung <vertriebsschulung@hofmark-versicherung.example>',
            'Agenturen Nord <agenturen-nord@lists.hofmark-versicherung.example>',
            'Training: valuing farm buildings – room and dial-in', '2024-01-24 09:00')
    text(m, """Hi all,

the training "Valuing farm buildings (Wert 1914, new-value clauses,
underinsurance)" on 6 February takes place in room Geest 1, 9:00-12:30.
Colleagues from the Dutch and Irish agencies join via Teams, so the
session is in English.

Please bring a laptop with the valuation tool installed. Sample farm:
"Musterhof" (demo data, 120 cows, 3 barns, 1 machinery hall).

Vertriebsschulung / Sales Training
""")
    return m, 'NORMAL', 'en', 'internal', 'trap: training logistics with demo farm'


def m108():
    m = new('Jens Hollmann <jens.hollmann@hofmark-versicherung.example>',
            'Ludger Vornholt <vornholt@hagel-sv.example>',
            'Besichtigungsaufträge KW 26 – Bezirk Uelzen Süd', '2024-06-21 07:30')
    text(m, """Moin Ludger,

anbei deine Aufträge für nächste Woche, bitte Termine direkt mit den
Betrieben machen. Brüning bitte zuerst, der will am 1.7. Gerste dreschen.

Gruß Jens
""")
    rows = [['Schaden-Nr.', 'Betrieb', 'Telefon', 'Anschrift', 'Schläge', 'Fruchtarten', 'Fläche ha'],
            ['HG-24-03317', 'Heinrich Brüning', '0581 4471092', 'Im Dorfe 4, 29559 Wrestedt', '7, 9, 12', 'WW, WG, ZR', '27,45'],
            ['HG-24-03402', 'Jörg Tamke', '0581 3318820', 'Kreisstr. 18, 29582 Hanstedt I', '2, 3', 'Raps', '31,20'],
            ['HG-24-03418', 'Hof Lüdtke GbR (Ansprechp. Sven Lüdtke)', '05802 97744', 'Eichenweg 1, 29571 Rosche', '1-6', 'WW, Raps, Mais', '88,10'],
            ['HG-24-03451', 'Wilfried Harms', '0170 2238194', 'Neudorf 12, 29574 Ebstorf', '4', 'Roggen', '14,60'],
            ['HG-24-03460', 'Agrar GmbH Stadensen (Ansprechp. Frau Reuter)', '05802 5510', 'Gutshof 1, 29596 Stadensen', '11, 14, 17', 'WW, ZR', '142,00']]
    attach(m, 'Auftraege_KW26_Uelzen_Sued.csv', csvdata(rows, encoding='cp1252'), 'text/csv')
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-assessor', 'assessor order list: named farmers, phone numbers, claim numbers (CSV)'


def m109():
    m = new('Dr. Matthias Osterloh <rueckversicherung@hofmark-versicherung.example>',
            'European Farm Risk Forum <survey@efrf.example>',
            'EFRF survey 2024 – our answers', '2024-04-30 15:55')
    text(m, """Dear EFRF secretariat,

please find our answers to the annual crop and livestock insurance
survey below (Hofmark Versicherung a.G., Germany, all figures 2023).

Q1  Insured arable area (ha):                        1,310,000
Q2  Share multi-peril vs. hail-only (% of area):     14 / 86
Q3  Number of crop claims:                           3,942
Q4  Livestock epidemic (income loss) policies:       6,120
Q5  Livestock claims caused by epidemics (ASP, BTV,
    avian influenza), number:                        88
Q6  Equine policies (surgery, health, liability):    41,800
Q7  Farm personal accident policies (farmers and
    family members):                                 23,600
Q8  Main obstacles to uptake (free text): premium level, lack of
    state subsidy for drought until 2024, basis risk in index products.

We agree to publication in aggregated form only.

Kind regards
Dr. Matthias Osterloh
""")
    return m, 'NORMAL', 'en', 'insurer-to-partner', 'trap: association survey answers, company aggregates only'


def m110():
    m = new('Leistung Unfall <leistung-unfall@hofmark-versicherung.example>',
            'Anneliese Brockmann <a.brockmann@landpost.example>',
            'Ihre Leistungsabrechnung Unfallversicherung', '2024-03-27 10:30')
    alt(m, """Sehr geehrte Frau Brockmann,

anbei Ihre Leistungsabrechnung zur Unfallversicherung UV 7276611
(Unfall vom 05.03.2024 im Kuhstall).

Diagnosen laut Krankenhaus Rotenburg: Rippenserienfraktur links
(6.-9. Rippe, S22.43), Lungenprellung, Hämatom Oberschenkel.
Stationär 05.03.-12.03.2024 (8 Tage).

Krankenhaustagegeld 8 x 25 EUR     200,00 EUR
Genesungsgeld 8 x 25 EUR           200,00 EUR
Knochenbruch-Pauschale             500,00 EUR
Summe                              900,00 EUR

Gute Besserung!
Ihre Leistungsabteilung Unfall
""", """<html><body style="font-family:Arial,sans-serif;font-size:12px">
<p>Sehr geehrte Frau Brockmann,</p>
<p>anbei Ihre Leistungsabrechnung zur Unfallversicherung <b>UV 7276611</b> (Unfall vom 05.03.2024 im Kuhstall).</p>
<p>Diagnosen laut Krankenhaus Rotenburg: Rippenserienfraktur links (6.&ndash;9. Rippe, S22.43), Lungenprellung, Hämatom Oberschenkel.<br>
Stationär 05.03.&ndash;12.03.2024 (8 Tage).</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><td>Krankenhaustagegeld 8 x 25 EUR</td><td align="right">200,00 EUR</td></tr>
<tr><td>Genesungsgeld 8 x 25 EUR</td><td align="right">200,00 EUR</td></tr>
<tr><td>Knochenbruch-Pauschale</td><td align="right">500,00 EUR</td></tr>
<tr><td><b>Summe</b></td><td align="right"><b>900,00 EUR</b></td></tr>
</table>
<p>Gute Besserung!<br>Ihre Leistungsabteilung Unfall</p>
</body></html>
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'accident benefits: rib fractures S22.43 after cow kick, hospital stay'


def m111():
    m = new('Lukas Brammer <lukas.brammer@hofmark-versicherung.example>',
            'Team Tierversicherung <team-tier@hofmark-versicherung.example>',
            "Farewell lunch for Hinnerk on Friday", '2024-09-24 11:20')
    text(m, """Hi everyone,

after 31 years in livestock claims Hinnerk retires at the end of the
month. Farewell lunch on Friday 27 Sept, 12:30, Hofcafé Wietzenbruch
(we'll walk over). We're collecting for a present (he wants a new
fishing rod, apparently) - envelope is on my desk.

Please tell me by Wednesday if you come, so I can book the table.

Lukas
""")
    return m, 'NORMAL', 'en', 'internal', 'trap: colleague retirement lunch, organisational'


def m112():
    m = new('Birte Wessels <birte.wessels@hofmark-versicherung.example>',
            'Lukas Brammer <lukas.brammer@hofmark-versicherung.example>',
            'WG: Rechnung Bestandsbetreuung / BVD-Sanierung Bockelmann', '2024-11-04 14:05')
    text(m, """Lukas, bitte zu TV-24-0411 (Ertragsschaden BVD) nehmen, Rechnung
Tierarzt anbei. Die Tötungsanordnung für das PI-Tier liegt vom
Veterinäramt vor.
Birte
""")
    lines = ['#Tierarztpraxis Dr. Jan Friedrichs - Rinderpraxis',
             'Bremervörder Str. 88, 27404 Zeven',
             '',
             'Rechnung Nr. 2024-3381 vom 31.10.2024',
             'Tierhalter: Hannes Bockelmann, Milchhof Bockelmann, Ostewiesen 2, 27404 Gyhum',
             'Registriernummer HI-Tier: 03 531 0044 812',
             '',
             'Leistungen (GOT) im Rahmen der BVD-Sanierung nach Nachweis eines persistent',
             'infizierten Kalbes (Ohrmarke DE 03 531 44211, Ohrstanzprobe positiv, Bestätigung 2. Probe):',
             '',
             '14.10.  Bestandsbesuch, Blutprobenentnahme 86 Tiere (Jungrinder)      GOT-Nr. 45/2x   612,40',
             '14.10.  Untersuchung Antigen-ELISA (Labor LUFA)                                        903,00',
             '21.10.  Euthanasie PI-Kalb, Bescheinigung für Veterinäramt                              78,30',
             '28.10.  Impfung BVD Bestand (Bovela), 164 Tiere, Impfstoff                           2.214,00',
             '        Wegegeld 3 Fahrten                                                               54,90',
             '',
             'Summe netto 3.862,60 EUR, USt 7 % / 19 % siehe Anlage, Gesamt 4.301,54 EUR']
    attach(m, 'Rechnung_2024-3381_Friedrichs.pdf', pdf(lines, 'Rechnung Tierarzt'))
    return m, 'CONFIDENTIAL', 'de', 'vet', 'vet invoice: named farmer, herd disease BVD (animal health), only in the PDF'


def m113():
    m = new('Ole Brandes <ole.brandes@hofmark-versicherung.example>',
            'Key Users DMS <dms-keyusers@hofmark-versicherung.example>',
            'DMS change 24.10: new document types for equine and livestock claims', '2024-10-10 16:00')
    text(m, """Hi key users,

with the DMS release on 24 October we introduce these new document types:

  TIER-AKU      pre-purchase examination (report + X-ray index)
  TIER-KLIN     equine/livestock clinic invoice
  TIER-PATH     post-mortem / pathology report (animals)
  TIER-VETAMT   order of the veterinary authority (culling, lockdown)

Classification: all four as "confidential" by default (customer data),
NOT "strictly confidential" - animal data isn't health data in the
Art. 9 sense. The personal-lines types (ARZT, KH, REHA) keep "strictly
confidential".

Migration: about 118,000 existing documents of type "Sonstiges Tier" will
be re-typed by rule, the rest you'll find in a work basket. Please test
on QA from Monday.

Ole
""")
    return m, 'NORMAL', 'en', 'internal', 'trap: DMS change announcement about document types, no case'


def m114():
    m = new('Ingrid Stelter <ingrid.stelter@hofmark-versicherung.example>',
            'Marek Nowak <m.nowak@agrostaff.example>',
            'Season 2024 – close-out report for your farms', '2024-07-31 13:10')
    text(m, """Dear Mr Nowak,

as every year, the close-out report for the asparagus and strawberry
season 2024 for the farms you staff (health and group accident). The
ZIP contains one sheet per farm. Password as agreed by phone.

Three claims are still open; we'll let you know when they are closed.

Kind regards
Ingrid Stelter
Hofmark Krankenversicherung a.G.
""")
    rows = [['Farm', 'Worker', 'Date of birth', 'Policy', 'Date', 'Diagnosis', 'Treatment', 'Paid EUR', 'Status'],
            ['Spargelhof Lindemann', 'Popescu, Ioana', '1994-03-12', 'EH-5520', '2024-05-18', 'K35.8 acute appendicitis', 'appendectomy, 4 days hospital', 4812.30, 'closed'],
            ['Spargelhof Lindemann', 'Zieliński, Piotr', '1979-06-30', 'GU-4471', '2024-05-13', 'S66.0 flexor tendon injury', 'suture, splint', 1268.00, 'open (invalidity)'],
            ['Spargelhof Lindemann', 'Moldovan, Elena', '1990-01-19', 'EH-5520', '2024-04-29', 'J45.0 asthma exacerbation', 'GP, inhaler', 118.40, 'closed'],
            ['Erdbeerhof Kahle', 'Balan, Cristina', '1999-09-07', 'EH-5531', '2024-06-11', 'O20.0 threatened miscarriage', 'gynaecologist, hospital 2 days', 1644.10, 'closed'],
            ['Erdbeerhof Kahle', 'Wójcik, Adam', '1985-02-14', 'EH-5531', '2024-06-20', 'T67.0 heat stroke', 'ER, infusion', 612.75, 'closed'],
            ['Erdbeerhof Kahle', 'Lupu, Marian', '1972-10-03', 'EH-5531', '2024-07-02', 'I21.9 myocardial infarction', 'PCI, stent, 6 days', 18420.00, 'open (transport home)']]
    inner = zipfile_of([('Lindemann_Kahle_closeout_2024.xlsx', xlsx(rows, 'Claims 2024')),
                        ('readme.txt', 'Close-out season 2024. Figures as booked on 30/07/2024.\r\n'.encode('utf-8'))])
    attach(m, 'closeout_2024_agrostaff.zip', inner)
    return m, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company', 'named workers with birth dates and diagnoses only in XLSX inside ZIP'


def m115():
    m = new('Einkauf <einkauf@hofmark-versicherung.example>',
            'Aktenvernichtung Nord GmbH <auftrag@aktenvernichtung-nord.example>',
            'Abruf Rahmenvertrag: Vernichtung Leistungsakten Unfall/Tier, 14 Behälter', '2024-07-08 08:50')
    text(m, """Sehr geehrte Damen und Herren,

im Rahmen unseres Rahmenvertrags RV-2022-014 (Schutzklasse 3,
Sicherheitsstufe P-4 nach DIN 66399) rufen wir ab:

- 9 Sicherheitsbehälter 240 l, Leistungsabteilung Unfall (Arztberichte,
  Gutachten, Röntgen-CDs), Raum 2.14
- 5 Sicherheitsbehälter 240 l, Tierversicherung (Tierarztrechnungen,
  AKU-Berichte), Raum 3.07
- zusätzlich 1 Behälter für Datenträger (CDs/DVDs), H-5

Abholung bitte am 16.07. ab 7:30 Uhr, Zufahrt über Tor 3. Bitte
Vernichtungsprotokoll mit Behälter-Nummern an einkauf@ und
datenschutz@hofmark-versicherung.example.

Mit freundlichen Grüßen
Petra Ahrens
Zentraler Einkauf
""")
    return m, 'NORMAL', 'de', 'insurer-to-supplier', 'trap: shredding order for medical and vet files, no content'


def m116():
    m = new('Heiko Gerdes <heiko.gerdes@hofmark-versicherung.example>',
            'Gerd Meyer-Lohmann <gerd.ml@landpost.example>',
            'AW: Altenteil – was ist bei den Versicherungen zu beachten?', '2024-05-15 17:05')
    text(m, """Hallo Herr Meyer-Lohmann,

danke für die Zahlen aus dem Entwurf des Übergabevertrags. Für uns
relevant:

- Baraltenteil 900 EUR monatlich für Sie und Ihre Frau, wertgesichert:
  Das ist Einkommen aus wiederkehrenden Bezügen; es ändert nichts an
  der Gebäude- oder Haftpflichtversicherung.
- Wohnrecht im Altenteilerhaus: Das Haus bleibt im Gebäudevertrag Ihres
  Sohnes; Ihren Hausrat versichern Sie selbst. Ihr bisheriger
  Hausratvertrag HR-1994-2212 läuft auf Sie weiter.
- Ihre Rente aus der Alterssicherung der Landwirte (laut Bescheid
  612,40 EUR) und die Pachteinnahmen aus den zurückbehaltenen 8 ha
  (4.160 EUR/Jahr) brauchen wir nicht; ich hatte nur nach dem
  Gesamtbild gefragt, damit die Haftpflicht für die Verpachtung passt.

Für die Verpachtung empfehle ich eine kleine Haus- und Grundbesitzer-
haftpflicht für die 8 ha, ca. 48 EUR im Jahr.

Viele Grüße
Heiko Gerdes
""")
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-customer', 'named retired farmer: income (cash allowance, pension, lease income), policy'


def m117():
    m = new('Hofmark Agrar-Newsletter <newsletter@hofmark-versicherung.example>',
            'Newsletter-Abonnenten <agrar-news@lists.hofmark-versicherung.example>',
            'Hochwasser an Elbe und Aller: Elementarschutz für Hof und Maschinen', '2024-01-09 06:00')
    text(m, """Agrar-Info 01/2024 – Hochwasser

Nach den Weihnachtshochwassern an Aller, Leine und Elbe erreichen uns
viele Fragen. Die wichtigsten Antworten:

Ist Überschwemmung in der Gebäudeversicherung enthalten?
Nur mit dem Baustein Elementar. Viele ältere Hofverträge haben ihn nicht.

Sind Maschinen in der Halle versichert?
In der Landtechnikversicherung ja, wenn "Überschwemmung" vereinbart ist.

Was ist mit überfluteten Grünlandflächen?
Ertragsausfälle auf Grünland sind nur in der Mehrgefahrenversicherung
(Starkregen/Überschwemmung) versichert, nicht in der Hagelversicherung.

Tierrettung und Evakuierung
Kosten für das Umstallen von Tieren sind als Rettungskosten versichert,
wenn ein versicherter Schaden unmittelbar droht.

Ihre Hofmark Versicherung
""")
    return m, 'NORMAL', 'de', 'newsletter', 'trap: flood FAQ newsletter, no person'


def m118():
    m = new('Claims Reporting <claims-reporting@hofmark-versicherung.example>',
            'Leistung Unfall <leistung-unfall@hofmark-versicherung.example>',
            'Weekly list open PA claims > 90 days', '2024-10-14 06:15',
            extra=[('X-Report-Job', 'PA_OPEN_90D weekly')])
    text(m, """Automatically generated report. Open personal accident claims older
than 90 days, sorted by age. Please comment in column "Next step" and
return by Friday.
""")
    rows = [['Claim', 'Insured', 'DOB', 'Accident date', 'Injury', 'Days open', 'Reserve EUR', 'Handler', 'Next step'],
            ['UV 7301552-01', 'Pieper, Carsten', '1971-02-11', '2024-05-02', 'S32.89 pelvic ring fracture; S22.42 rib fractures', 165, 118000, 'Düvel', ''],
            ['UV 7276611-02', 'Brockmann, Anneliese', '1957-06-19', '2024-03-05', 'S22.43 rib fractures', 223, 4000, 'Bruns', ''],
            ['UV 7288130-01', 'Oetjen, Lars', '1983-04-28', '2024-05-20', 'A69.2 neuroborreliosis, G51.0 facial palsy', 147, 25000, 'Düvel', ''],
            ['UV 7295006-01', 'Wrede, Hartmut', '1964-06-30', '2024-08-19', 'S82.21 open tibia fracture, skin grafts', 56, 95000, 'Düvel', ''],
            ['GU-3318-07', 'Sommer, Lea', '2015-03-08', '2024-08-24', 'S52.4 forearm shaft fracture', 51, 1500, 'Bruns', '']]
    attach(m, 'PA_open_90d_2024-10-14.xlsx', xlsx(rows, 'open claims'))
    return m, 'STRICTLY_CONFIDENTIAL', 'en', 'internal', 'automated claim list: named insured, birth dates and injuries in XLSX'


def m119():
    m = new('Dr. Matthias Osterloh <rueckversicherung@hofmark-versicherung.example>',
            'Oliver Trent <o.trent@northgate-re.example>',
            'Bordereau format 2025 – crop and livestock (spec + dummy rows)', '2024-11-20 10:05')
    text(m, """Dear Oliver,

as agreed, the field specification for the quarterly bordereaux from
2025. The sample rows are dummies from our test system (policy numbers in
the 999 range, farm names invented). No personal data will go into the
bordereau; farms are identified by an internal key only.

Field spec (semicolon separated, UTF-8):
  farm_key;line;policy_start;sum_insured;premium;claim_no;loss_date;
  peril;paid;outstanding;nuts3

Dummy rows:
  F-TEST-0001;HAIL;2025-01-01;250000;1540.00;;;;0;0;DE935
  F-TEST-0002;MPCI;2025-01-01;410000;6120.00;TST-25-0001;2025-06-14;HAIL;18200;0;DE93A
  F-TEST-0003;LIVESTOCK;2025-01-01;180000;2890.00;TST-25-0002;2025-09-03;ASF;0;45000;DE94B

Let me know if your system needs ISO country codes in addition to NUTS.

Best
Matthias
""")
    return m, 'NORMAL', 'en', 'insurer-to-partner', 'trap: bordereau spec with dummy test rows, no persons'


def m120():
    m = new('Haftpflicht Schaden <haftpflicht-schaden@hofmark-versicherung.example>',
            'Niels Jensen <niels@jensen-lohnunternehmen.example>',
            'Liability claim HP-24-02114 – stone thrown by mower, windscreen', '2024-08-06 12:20')
    text(m, """Dear Mr Jensen,

we have registered the claim against your contractor's liability policy
BH-2018-7742 (Jensen Lohnunternehmen, sole proprietor):

On 30 July your employee mowed the verge of the L 41 near Süderbrarup
with the flail mower; a stone hit the windscreen of a passing car
(Ford Transit, SL-MB 204, owner Mr Malte Boysen). The windscreen
cracked; nobody was injured.

Mr Boysen's windscreen company has sent an invoice for EUR 1,146.80.
We will pay it directly. Your deductible of EUR 250 will be charged
separately.

Kind regards
Haftpflicht Schaden / Liability Claims
Hofmark Versicherung a.G.
""")
    return m, 'CONFIDENTIAL', 'en', 'insurer-to-customer', 'liability claim of sole trader; third party named with plate; nobody hurt'


def m121():
    m = new('Leistung Kranken <leistung-kranken@hofmark-versicherung.example>',
            'Niels Jensen <niels@jensen-lohnunternehmen.example>',
            'Re: reimbursement of inhalers – KV 61-241887', '2024-09-16 08:55',
            in_reply_to='<a81c2e77-jensen@jensen-lohnunternehmen.example>')
    text(m, """Dear Mr Jensen,

thank you for sending the pharmacy receipts and the letter from your
pulmonologist, Dr. Thomsen in Schleswig.

Because of your allergic asthma (J45.0) with sensitisation to grain
dust and storage mites, which gets worse during harvest, we reimburse:

  Foster 100/6 inhaler, 3 x                       EUR 171.45
  Salbutamol inhaler, 2 x                         EUR  29.80
  Montelukast 10 mg, 100 tablets                  EUR  64.12
  Lung function test + allergy test (GOÄ)         EUR 226.38
  Total                                           EUR 491.75

The FFP3 masks and the cab air filter for your combine are not medical
expenses under your health insurance, sorry. Your contractor's business
may be able to claim them as occupational safety costs.

Kind regards
Health Claims, Hofmark Krankenversicherung a.G.

> On 12 Sep 2024, Niels Jensen wrote:
> Hi, I attach the receipts for my asthma medication. During harvest it
> is really bad even with the mask. Is the new cab filter also paid?
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer', 'health claim: allergic asthma J45.0 and medication of named contractor'


def m122():
    m = new('Thomas Lühr <thomas.luehr@hofmark-versicherung.example>',
            'Maklerverteiler Pferd <makler-pferd@lists.hofmark-versicherung.example>',
            'Frühjahrsaktion Pferdehaftpflicht: 20 % Nachlass im 1. Jahr', '2024-03-01 08:00')
    text(m, """Sehr geehrte Damen und Herren,

vom 01.03. bis 31.05.2024 gibt es für neue Pferdehaftpflichtverträge
20 % Nachlass im ersten Jahr:

- Deckungssumme 15 Mio. EUR pauschal
- Fremdreiter und Reitbeteiligungen mitversichert
- Flurschäden und Mietsachschäden an Boxen eingeschlossen
- Fohlen bis 12 Monate beitragsfrei

Beitrag Einzelpferd regulär 148,20 EUR, im Aktionszeitraum 118,56 EUR
(jeweils inkl. Versicherungsteuer).

Der Aktionscode FRUEHLING24 wird im Maklerportal automatisch gesetzt.

Mit freundlichen Grüßen
Thomas Lühr
""")
    return m, 'NORMAL', 'de', 'insurer-to-broker', 'trap: sales campaign, no person'


def m123():
    m = new('Thomas Lühr <thomas.luehr@hofmark-versicherung.example>',
            'Antrag Sach LW <antrag-lw@hofmark-versicherung.example>',
            'WG: Antrag Gebäude/Inhalt Hof Behrmann – bitte Risikoprüfung', '2024-02-14 12:10')
    text(m, """Bitte prüfen, Vorschäden siehe unten. Makler Ahlers hätte gern
bis Ende Februar eine Zusage.
Thomas

-----Ursprüngliche Nachricht-----
Von: Henning Ahlers <info@ahlers-versicherungsmakler.example>
Gesendet: Dienstag, 13. Februar 2024 18:22
An: Lühr, Thomas
Betreff: Antrag Gebäude/Inhalt Hof Behrmann

Hallo Thomas,

neuer Kunde, kommt von der Konkurrenz (gekündigt nach Schaden):

VN: Cord Behrmann, geb. 12.05.1979, Hof Behrmann, Bullenseer Str. 30,
27356 Rotenburg (Wümme)
Betrieb: Bullenmast 480 Plätze, 160 ha Ackerbau
Gebäude: Bullenstall 2012 (Spaltenboden), Altgebäude Fachwerk 1890
(Lager), Maschinenhalle 2005, Getreidelager mit Trocknung 1998,
Wohnhaus
Vorschäden letzte 5 Jahre:
  2021 Brand Getreidetrocknung, 186.000 EUR (Ursache Überhitzung Brenner)
  2023 Sturm Dach Maschinenhalle, 22.400 EUR
Bankverbindung für Lastschrift: DE98 1685 1738 8570 6836 95

Brandschutzgutachten für die neue Trocknung liegt vor, schicke ich.

Gruß Henning
""")
    return m, 'CONFIDENTIAL', 'de', 'broker', 'broker application: named farmer, birth date, prior claims, IBAN (forwarded)'


def m124():
    m = new('Arbeitssicherheit <arbeitssicherheit@hofmark-versicherung.example>',
            'Außendienst Agrar <aussendienst-agrar@lists.hofmark-versicherung.example>',
            'Gefährdungsbeurteilung Hofbesuche – aktualisierte Fassung', '2024-05-02 13:30')
    text(m, """Liebe Kolleginnen und Kollegen im Außendienst und bei den
Sachverständigen,

die Gefährdungsbeurteilung "Hofbesuche und Besichtigungen" ist
überarbeitet. Neu bzw. geändert:

1. Zecken: Nach Feldbegehungen Körper absuchen; FSME-Impfung über den
   Betriebsarzt kostenlos.
2. Tierkontakt: Keine Ställe mit Mutterkühen/Bullen ohne Landwirt
   betreten. Bei Hofhunden im Auto warten.
3. Zoonosen: In Beständen mit ASP- oder Geflügelpest-Verdacht keine
   Besichtigung ohne Absprache mit dem Veterinäramt (Hygieneschleuse,
   Einwegoverall).
4. Gase: Güllekeller, Silos und Biogasanlagen nie allein betreten,
   Gaswarner mitführen.
5. Allergien: Wer auf Tierhaare oder Stäube reagiert, meldet sich beim
   Betriebsarzt; FFP2-Masken liegen in jedem Dienstwagen.

Bitte bis 31.05. im Lernportal bestätigen.

Arbeitssicherheit / Betriebsarzt
""")
    return m, 'NORMAL', 'de', 'internal', 'trap: workplace risk assessment with ticks, zoonoses, allergies, no person'


def m125():
    m = new('Leistung Kranken <leistung-kranken@hofmark-versicherung.example>',
            'Heiner Rolfs <heiner.rolfs@landpost.example>',
            'AW: Rezept Krankengymnastik', '2024-01-31 09:40')
    text(m, """Sehr geehrter Herr Rolfs,

die Verordnung von Dr. Albers über 12 x Krankengymnastik und 6 x Fango
ist erstattungsfähig; reichen Sie die Rechnung der Praxis nach der
Behandlung ein. Wir erstatten nach Ihrem Tarif bis zu den Höchstsätzen
der Heilmittel-Preisliste.

Mit freundlichen Grüßen
Ihre Leistungsabteilung

> Von: Heiner Rolfs <heiner.rolfs@landpost.example>
> Gesendet: Montag, 29. Januar 2024 07:12
>
> Guten Morgen,
> mein Orthopäde hat mir wegen meiner Rückenschmerzen (LWS, seit dem
> Rübenroden im Herbst, Ischias rechts bis ins Knie) Krankengymnastik
> und Fango verschrieben, 12 und 6 mal. Muss ich das vorher genehmigen
> lassen? Ich bin bei Ihnen privat versichert (Vertrag 61-177204).
> Gruss H. Rolfs
""", cte='quoted-printable')
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'customer', 'customer describes back pain and sciatica, physiotherapy prescription (quoted)'


def m126():
    m = new('Dr. Katrin Oltmanns <katrin.oltmanns@hofmark-versicherung.example>',
            'Fiona Gallagher <fiona@ballykeel-stud.example>',
            'Partner clinics for direct billing in Germany', '2024-04-12 11:30')
    text(m, """Dear Fiona,

as asked at the sale: equine clinics in northern Germany that bill us
directly for insured horses (no need for the owner to pay upfront):

  Pferdeklinik am Deich, Stade           colic surgery, orthopaedics, 24/7
  Tierklinik Allertal, Verden             surgery, reproduction, 24/7
  Pferdezentrum Lüneburger Heide, Soltau  orthopaedics, imaging (MRI)
  Pferdeklinik Hohe Geest, Rotenburg      internal medicine, foals, ICU

For foals and mares at foaling, Tierklinik Allertal has the best
neonatal intensive care unit in the region.

Best wishes
Katrin

Dr. med. vet. Katrin Oltmanns
Head of Animal Insurance, Hofmark Versicherung a.G.
""")
    return m, 'NORMAL', 'en', 'insurer-to-company', 'trap: list of partner clinics (companies), no horse or owner data'


def m127():
    m = new('Beitragsservice <beitragsservice@hofmark-versicherung.example>',
            'Dieter Wilkens <wilkens.hof@landpost.example>',
            'Änderung Ihrer Bankverbindung', '2024-10-17 10:00')
    text(m, """Sehr geehrter Herr Wilkens,

wie gewünscht haben wir Ihre Bankverbindung für alle Verträge geändert
(LG-1999-0420, BH-1999-0421, MA-2004-1170):

  neu: DE03 4192 1433 9420 2529 47, Kontoinhaber Dieter Wilkens
  Gläubiger-ID Hofmark: DE83ZZZ00000412277
  Mandatsreferenz: HM-0420-0002

Die erste Abbuchung vom neuen Konto erfolgt zum 01.11.2024.

Die Entschädigung aus dem Brandschaden LB-24-02219 zahlen wir ebenfalls
auf das neue Konto.

Mit freundlichen Grüßen
Beitragsservice
Hofmark Versicherung a.G.
""")
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-customer', 'named farmer: new IBAN, policy numbers'


def m128():
    m = new('Underwriting Agri <underwriting-agri@hofmark-versicherung.example>',
            'Product Committee <product-committee@fieldstone-group.example>',
            'Underwriting guideline riding establishments v2 (draft)', '2024-06-27 14:45')
    text(m, """Dear colleagues,

for the July committee, the draft group underwriting guideline for
riding establishments (riding schools, livery yards, therapeutic riding).

Key points:
- Risk classes A-C by number of school horses, lessons per week, hacks
  on public roads, jumping/cross-country.
- Mandatory: helmet rule for all riders, body protectors for under-18s
  in jumping, qualified instructors (FN / BHS / HSI or equivalent).
- Therapeutic riding / hippotherapy only with qualified therapists;
  such establishments are rated class C.
- Declined: rodeo, polo, horses on loan without written agreement.
- Claims experience: 62 % of liability claims are hacks on public roads
  (horse shies, car damaged), 21 % are riders falling during lessons.

Comments by 8 July please.

Underwriting Agri, Hofmark Versicherung a.G.
""")
    return m, 'NORMAL', 'en', 'insurer-to-partner', 'trap: underwriting guideline, falls and claims in percentages only'


def m129():
    m = new('Ingrid Stelter <ingrid.stelter@hofmark-versicherung.example>',
            'Patientenaufnahme Heidekreis-Klinikum <aufnahme@heidekreis-klinikum.example>',
            'Kostenübernahmeerklärung – Herr Ionuț Balan, Erntehelfer-KV EH-5520', '2024-06-05 16:10')
    text(m, """Sehr geehrte Damen und Herren,

für Ihren Patienten

  Herrn Ionuț Balan, geb. 14.11.1996, rumänischer Staatsangehöriger,
  Saisonarbeitskraft Spargelhof Lindemann, Schneverdingen
  Versicherungsnummer EH-5520-017

übernehmen wir die Kosten der stationären Behandlung ab Aufnahme am
04.06.2024 wegen Unterschenkelphlegmone rechts nach Schnittverletzung
(L03.11) im allgemeinen Pflegesatz, zunächst für 7 Tage.

Abrechnung bitte nach DRG direkt an uns. Für eine Verlängerung genügt
ein Kurzbericht mit Begründung per Fax oder über das Kliniken-Portal.

Mit freundlichen Grüßen
Ingrid Stelter
Hofmark Krankenversicherung a.G.
Fax 05141 9387-799
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-hospital', 'cost coverage: named seasonal worker with birth date and diagnosis L03.11'


def m130():
    m = new('Hofmark Broker News <maklerservice@hofmark-versicherung.example>',
            'Broker newsletter EN <broker-news-en@lists.hofmark-versicherung.example>',
            'Webinar 14 May: succession planning on family farms', '2024-04-25 08:00')
    text(m, """Dear partners,

one in three farm managers in Germany is over 55, and only about a third
of them has a successor. Succession is a big opportunity to review cover.

Webinar: "Handing over the farm - insurance checklist for brokers"
Tuesday 14 May 2024, 10:00-11:00 CET, in English

- Which policies must be transferred, which end?
- Income protection and life cover for the successor (and the bank)
- Accident and long-term care cover for the retiring generation
- Typical mistakes: forgotten leases, machinery on loan, horses of
  family members

Register: https://makler.hofmark-versicherung.example/webinar/succession

Hofmark Broker Service
""")
    return m, 'NORMAL', 'en', 'newsletter', 'trap: webinar invitation mentioning life, care and income protection generically'


def m131():
    m = new('Heiko Gerdes <heiko.gerdes@hofmark-versicherung.example>',
            'Tom Ellison <tom@ellison-livery.example>',
            'Renewal 2025 – Ellison Livery, liability and buildings', '2024-11-26 15:30')
    text(m, """Dear Mr and Mrs Ellison,

your policies for the livery yard renew on 1 January 2025. As the yard is
run by the two of you as a partnership (GbR), we need both of you as
policyholders on the new schedule:

  Thomas James Ellison, born 03/08/1976
  Grace Ellison, née Hartley, born 17/02/1980
  Ellison Livery GbR, Am Wiesenhof 2, 27308 Kirchlinteln

  BH-2019-5510  Business liability livery yard, 24 liveries, 4 own horses
                premium 2025: EUR 1,386.00
  LG-2019-5511  Farm buildings (stables, indoor arena 20 x 40, hay barn)
                sum insured EUR 1,240,000, premium 2025: EUR 2,914.50

Please check the dates of birth (we had only Tom's so far) and confirm
that no horses are used for riding lessons; lessons would move you into
risk class B.

Kind regards
Heiko Gerdes
Contracts Agriculture, Hofmark Versicherung a.G.
""")
    return m, 'CONFIDENTIAL', 'en', 'insurer-to-customer', 'two named policyholders with birth dates and maiden name, policies'


def m132():
    m = new('Anke Düvel <anke.duevel@hofmark-versicherung.example>',
            'Grace Ellison <grace@ellison-livery.example>',
            'Your accident on 14 January – UV 7321187', '2025-01-21 11:05')
    text(m, """Dear Mrs Ellison,

we were sorry to hear that one of the livery horses kicked you while
you were picking out its hind hooves.

To assess your claim under personal accident policy UV 7321187 we need a
few documents. According to your phone call you suffered a fracture of
the left cheekbone and orbital floor (zygomatic fracture) and were
operated on at the University Hospital Hamburg-Eppendorf on 16 January;
you still have double vision when looking up.

Please send us:
1. the discharge letter from the hospital,
2. the report of your ophthalmologist about the double vision,
3. the signed consent form (release from medical confidentiality),
   which we will send to you by post.

Double vision may lead to an invalidity benefit if it persists. We will
not decide this before the end of treatment.

Best wishes for your recovery,
Anke Düvel
Accident Claims
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer', 'accident claim: facial fracture, surgery, double vision of named customer'


def m133():
    m = new('Controlling Schaden <controlling-schaden@hofmark-versicherung.example>',
            'Group Reporting <group-reporting@fieldstone-group.example>',
            'Monthly close Oct 2024 – crop and livestock reserves', '2024-11-06 09:30')
    text(m, """Hi,

reserve movements for October, EUR thousand, gross:

  Line                   Opening    Paid    New/chg   Closing
  Hail                     4,210   3,388       -122       700
  Multi-peril crop         2,950   1,102        480     2,328
  Livestock epidemic       5,840   2,030      1,915     5,725
  Equine surgery/health    3,112   1,480      1,396     3,028
  Farm buildings          11,420   2,990      2,104    10,534

Livestock epidemic up because of two ASP restriction zone cases with
long waiting periods; no single farm disclosed in group reporting as
agreed.

Regards
Controlling Schaden
""")
    return m, 'NORMAL', 'en', 'insurer-to-partner', 'trap: reserve movements by line, aggregate'


def m134():
    m = new('Rechtsschutz Schaden <rs-schaden@hofmark-versicherung.example>',
            'Rechtsanwältin Dr. Frauke Imholze <kanzlei@imholze-agrarrecht.example>',
            'Deckungszusage Pachtstreit Harms ./. Gut Wiebeck – RS 51-198330', '2024-04-17 10:10')
    text(m, """Sehr geehrte Frau Dr. Imholze,

für Ihren Mandanten Herrn Wilfried Harms, Neudorf 12, 29574 Ebstorf,
erteilen wir Deckungszusage aus dem Landwirtschafts-Rechtsschutz
RS 51-198330 (Baustein Pacht-Rechtsschutz) für die außergerichtliche
und erstinstanzliche Interessenwahrnehmung vor dem Landwirtschafts-
gericht Uelzen.

Gegenstand: Kündigung des Landpachtvertrags über 23,4 ha (Gemarkung
Ebstorf, Flur 3) durch den Verpächter Gut Wiebeck KG zum 30.09.2024
sowie streitige Pachtzinsanpassung von 480 auf 720 EUR/ha.

Selbstbeteiligung 250 EUR. Gegenstandswert nach Ihren Angaben
16.848 EUR (3-facher Jahrespachtzins-Differenzbetrag).

Bitte halten Sie uns über den Verfahrensstand auf dem Laufenden.

Mit freundlichen Grüßen
Jörn Eggers
Hofmark Rechtsschutz AG
""")
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-lawyer', 'legal expenses cover for named farmer in lease dispute; no criminal or health data'


def m135():
    m = new('Hofmark Pferde-Newsletter <newsletter@hofmark-versicherung.example>',
            'Newsletter Pferd <pferd-news@lists.hofmark-versicherung.example>',
            'Sicher reiten: Helm, Weste und Sichtbarkeit im Gelände', '2024-10-08 06:00')
    text(m, """Liebe Reiterinnen und Reiter,

jedes Jahr verunglücken in Deutschland mehrere tausend Menschen beim
Reiten schwer. Die häufigsten Verletzungen sind Kopfverletzungen,
Brüche von Schlüsselbein, Handgelenk und Wirbelsäule.

Unsere Tipps für die dunkle Jahreszeit:
- Immer Helm nach EN 1384 oder VG1 – auch "nur kurz auf die Weide".
- Sicherheitsweste beim Springen und im Gelände.
- Reflektierende Gamaschen und Warnweste auf Straßen und Feldwegen.
- Handy am Körper, nicht in der Satteltasche.
- Ausritt immer bei jemandem "abmelden".

Übrigens: Reitunfälle sind in der privaten Unfallversicherung
mitversichert; in unserem Tarif "Aktiv" zahlen wir eine Extra-Pauschale
bei Knochenbrüchen.

Ihre Hofmark Tierversicherung
""")
    return m, 'NORMAL', 'de', 'newsletter', 'trap: riding safety newsletter with injury vocabulary, no person'


def m136():
    m = new('Frank Tödter <frank.toedter@hofmark-versicherung.example>',
            'Leistung Unfall <leistung-unfall@hofmark-versicherung.example>',
            'WG: Unfall Kurt Meiners', '2024-11-11 08:40')
    text(m, """Moin, siehe angehängte Mail von Frau Meiners, bitte Schaden anlegen.
Kurt hat bei uns die UV 7264410. Danke, Frank
""")
    inner = new('Gesine Meiners <gesine.meiners@landpost.example>',
                'Frank Tödter <frank.toedter@hofmark-versicherung.example>',
                'Unfall Kurt', '2024-11-09 20:31',
                extra=[('Message-ID', '<5f2e81c0-77a1-4b1e-9c3d-0e4a6b2d1f90@landpost.example>')])
    text(inner, """Hallo Frank,

ich wollte Bescheid sagen, Kurt ist am Mittwoch beim Strohabwerfen vom
Heuboden gefallen, durch die Luke, bestimmt 4 Meter auf den Beton.
Er hatte Glück: Lendenwirbel gebrochen (L1, sagen sie), aber keine
Lähmung. Er ist in Hamburg im BG-Klinikum operiert worden, Schrauben
und Stäbe, und soll danach 3 Wochen in die Reha nach Bad Bramstedt.
Bei der SVLFG hab ich es auch gemeldet.

Was brauchst du von uns? Ich schick dir gern den Arztbrief.

Gruß Gesine
""", cte='8bit')
    attach_msg(m, inner)
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'customer', 'fall from hayloft, lumbar fracture and surgery only in forwarded message/rfc822'


def m137():
    m = new('Julia Harms <julia.harms@hofmark-versicherung.example>',
            'Messeteam Agritechnica <messeteam@hofmark-versicherung.example>',
            'Agritechnica 2025 – stand logistics', '2024-12-10 14:25')
    text(m, """Hi all,

quick update for Agritechnica (9-15 Nov 2025, Hanover):

- Stand: hall 21, E14, 64 sqm, shared with group colleagues from NL/IE
- Build-up: 5-7 November, Messebau Kuhlmann (contract signed)
- Exhibit: one hail-damaged PV module and a tractor cab cut-out with
  rollover protection (from the DLG safety campaign)
- Catering: coffee bar only, no full kitchen this time
- Hotel contingent: 12 rooms at Hotel Kronsberg, please book via me by
  31 January

Ideas for the live demo are welcome; last time the "hail cannon" was
the crowd puller.

Julia
""")
    return m, 'NORMAL', 'en', 'internal', 'trap: trade fair logistics'


def m138():
    m = new('Jens Hollmann <jens.hollmann@hofmark-versicherung.example>',
            'Gut Haselhorst GbR <buero@gut-haselhorst.example>',
            'Hagelabrechnung Zuckerrüben – HG-24-03588', '2024-09-18 10:35')
    text(m, """Sehr geehrte Herren Haselhorst,

die Nachbesichtigung der Zuckerrüben hat Herr Vornholt am 12.09.
abgeschlossen. Ergebnis für die Gut Haselhorst GbR (Gesellschafter
Hinnerk und Jan-Ole Haselhorst), Vertrag HG-2008-1166:

Schlag 21 "Lange Stücke"    14,30 ha   Blattverlust → Ertragsverlust 11 %
Schlag 23 "Heidkamp"         9,80 ha   Blattverlust → Ertragsverlust  7 %

Versicherte Summe je ha 2.900 EUR. Entschädigung Schlag 21:
14,30 x 2.900 x 11 % = 4.561,70 EUR. Schlag 23 liegt unter der
Entschädigungsgrenze von 8 % und wird nicht entschädigt.

Die Zahlung geht auf das Konto der GbR. Ein Widerspruch gegen die
Abschätzung ist innerhalb von zwei Wochen möglich.

Mit freundlichen Grüßen
Jens Hollmann
""")
    return m, 'CONFIDENTIAL', 'de', 'insurer-to-customer', 'partnership of two named brothers (natural persons), hail claim settlement'


def m139():
    m = new('Dr. Katrin Oltmanns <katrin.oltmanns@hofmark-versicherung.example>',
            'Product Committee <product-committee@fieldstone-group.example>',
            'Vet fee benchmark 2024 (ODS)', '2024-12-02 10:10')
    text(m, """Dear colleagues,

attached the vet fee benchmark from our 2024 equine claims, average GOT
factor billed and average invoice per procedure. Only procedures with at
least 30 cases are shown.

Katrin
""")
    rows = [['Procedure', 'Cases', 'Avg GOT factor', 'Avg invoice EUR', 'Min EUR', 'Max EUR'],
            ['Colic surgery (laparotomy) incl. 7-10 days clinic', 212, 2.6, 7890, 4210, 16480],
            ['Colic, conservative, clinic 1-3 days', 688, 2.3, 1390, 420, 3960],
            ['Arthroscopy, one joint', 141, 2.4, 4260, 2810, 7740],
            ['Castration (clinic, general anaesthesia)', 96, 2.0, 1120, 780, 1890],
            ['Fracture splint bone', 34, 2.5, 3310, 2200, 5120],
            ['Emergency call night/weekend (call-out only)', 1903, 3.4, 214, 96, 410]]
    attach(m, 'vet_fee_benchmark_2024.ods', ods(rows, 'Benchmark'))
    return m, 'NORMAL', 'en', 'insurer-to-partner', 'trap: aggregated vet fee benchmark (ODS)'


def m140():
    m = new('Heiko Gerdes <heiko.gerdes@hofmark-versicherung.example>',
            'Gerd Meyer-Lohmann <gerd.ml@landpost.example>',
            'Ihre persönlichen Verträge nach der Hofübergabe', '2024-07-09 15:00')
    text(m, """Hallo Herr Meyer-Lohmann,

wie besprochen anbei die Übersicht Ihrer persönlichen Verträge nach der
Hofübergabe als ZIP (Übersicht und Schreiben der Leistungsabteilung).
Bei Fragen rufen Sie mich gern an.

Viele Grüße
Heiko Gerdes
""")
    ov = ['#Ihre persönlichen Verträge ab 01.07.2024',
          'Gerd Meyer-Lohmann, geb. 21.03.1958',
          '|Vertrag|Sparte|Status|Beitrag',
          '|UV 7198804|Unfallversicherung|Umstellung auf Senioren-Unfall ab 01.01.2025|18,40 EUR mtl.',
          '|BU 4301-226|Berufsunfähigkeit|endet 31.03.2025 (Endalter 67)|beitragsfrei (Leistungsbezug)',
          '|HR-1994-2212|Hausrat Altenteil|läuft weiter|11,20 EUR mtl.',
          '|PH-2016-0788|Pferdehaftpflicht (2 Hofpferde)|läuft weiter|24,70 EUR mtl.']
    letter = ['#Hofmark Lebensversicherung AG - Leistung BU',
              'Herrn Gerd Meyer-Lohmann, Lohmannshof 1, 29640 Schneverdingen',
              '',
              'Berufsunfähigkeitsversicherung BU 4301-226',
              'Sehr geehrter Herr Meyer-Lohmann,',
              'seit Ihrer Knie-TEP rechts (Gonarthrose, M17.1) im Jahr 2022 beziehen Sie eine BU-Rente',
              'von 1.200 EUR monatlich. Die Übergabe des Betriebs ändert daran nichts, da die',
              'Berufsunfähigkeit als Landwirt bereits anerkannt ist. Die Rente wird bis zum',
              'Vertragsende am 31.03.2025 gezahlt.',
              'Die für Oktober geplante zweite Knieoperation (links) teilen Sie uns bitte nicht mehr mit;',
              'sie hat keinen Einfluss auf Ihre Leistung.',
              'Mit freundlichen Grüßen, Leistungsabteilung BU']
    attach(m, 'Vertraege_Meyer-Lohmann_2024.zip',
           zipfile_of([('Vertragsuebersicht.docx', docx(ov, 'Vertragsübersicht')),
                       ('Schreiben_BU_4301-226.pdf', pdf(letter, 'Schreiben BU'))]))
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'BU pension and knee replacement M17.1 only in PDF inside ZIP'


def m141():
    m = new('Broker Service <maklerservice@hofmark-versicherung.example>',
            'Broker newsletter EN <broker-news-en@lists.hofmark-versicherung.example>',
            'New address and phone numbers of the International Farm & Equine Desk', '2024-08-01 08:00')
    text(m, """Dear partners,

from 12 August 2024 our International Farm & Equine Desk moves to the
new building in Celle:

  Hofmark Versicherung a.G., International Farm & Equine Desk
  Am Französischen Garten 5, 29221 Celle
  phone +49 5141 9387-180, fax +49 5141 9387-189
  international@hofmark-versicherung.example

Post sent to the old address will be forwarded until the end of the
year. Broker numbers, bank details and portal logins do not change.

Kind regards
Hofmark Broker Service
""")
    return m, 'NORMAL', 'en', 'insurer-to-broker', 'trap: address change notice'


def m142():
    m = new('Birte Wessels <birte.wessels@hofmark-versicherung.example>',
            'Aoife Brennan <aoife.brennan@eventing-brennan.example>',
            'Increase of sum insured – "Clonmore Rebel", policy PF-2022-30419', '2024-06-03 16:20')
    text(m, """Dear Ms Brennan,

congratulations on the win at Luhmühlen! As requested, we have increased
the sum insured for your eventer "Clonmore Rebel" (ISH gelding, 2015)
under mortality and theft policy PF-2022-30419 from EUR 85,000 to
EUR 140,000 with effect from 1 June 2024.

Policyholder: Aoife Brennan, born 11 April 1993, Hof Rethwiese 4,
29646 Bispingen

New annual premium: EUR 4,760.00 (3.4 %), pro rata for June-December
EUR 2,776.67, collected on 1 July together with the regular instalment.

Our vet has accepted the increase on the basis of the vet certificate of
28 May; no new exclusions apply.

Kind regards
Birte Wessels
Equine Insurance, Hofmark Versicherung a.G.
""")
    return m, 'CONFIDENTIAL', 'en', 'insurer-to-customer', 'named horse owner with birth date, address, policy and premium'


def m143():
    m = new('Ingrid Stelter <ingrid.stelter@hofmark-versicherung.example>',
            'Group Assistance Desk <assistance@fieldstone-group.example>',
            'AW: [GA-24-3381] Repatriation request – seasonal worker Lupu', '2024-07-05 09:20')
    text(m, """Hallo / Hi Aidan,

Freigabe erteilt, Kostenübernahme EH-5531. Please go ahead with the
ambulance flight Hamburg – Iași on Monday, medical escort as proposed.

Interne Notiz für die Akte (bitte nicht an den Arbeitgeber):
Herr Marian Lupu, geb. 03.10.1972, Erdbeerhof Kahle. STEMI am 02.07.,
PCI mit 2 Stents (RIVA), EF 40 %. Kardiologie UKE hält ihn ab 08.07.
für flugtauglich mit ärztlicher Begleitung. Weiterbehandlung in Iași
(Institutul de Boli Cardiovasculare) angefragt durch euch.

Thanks and regards
Ingrid

> From: Aidan Byrne, Group Assistance Desk
> Sent: 04 July 2024 18:12
> The cardiology team at UKE confirms Mr Lupu is fit to fly from Monday
> with a medical escort (doctor + oxygen). Costs approx. EUR 14,800.
> Please confirm cover under EH-5531.
""")
    return m, 'STRICTLY_CONFIDENTIAL', 'mixed', 'internal', 'repatriation of named worker: heart attack, stents, birth date'


def m144():
    m = new('Sarah Lindqvist <sarah.lindqvist@hofmark-versicherung.example>',
            'Team International <international@hofmark-versicherung.example>',
            'Glossar Agrar / Pferd DE–EN (Stand Mai 2024)', '2024-05-21 12:00')
    text(m, """Hallo zusammen / hi all,

hier das aktualisierte Glossar, bitte für Schreiben an ausländische
Kunden nutzen. Ergänzungen gern an mich.

  Hagelversicherung            hail insurance
  Mehrgefahrenversicherung     multi-peril crop insurance (MPCI)
  Schlag                       field
  Abschätzung                  loss assessment
  Ertragsschadenversicherung   livestock income loss insurance
  Tierseuchenkasse             animal disease compensation fund
  Sperrzone                    restriction zone
  Kolik-OP                     colic surgery
  Hufrehe                      laminitis
  Ankaufsuntersuchung (AKU)    pre-purchase examination, vetting
  Röntgenklasse                X-ray class
  Farmerlunge                  farmer's lung
  Berufsunfähigkeit (BU)       occupational disability / income protection
  Gliedertaxe                  limb table (accident)
  Altenteil                    retirement portion (farm succession)
  Erntehelfer                  seasonal harvest worker

Sarah
""")
    return m, 'NORMAL', 'mixed', 'internal', 'trap: bilingual glossary with disease and disability terms, no person'


def m145():
    m = new('Hofmark Grenzland-Info <newsletter@hofmark-versicherung.example>',
            'Grenzland-Verteiler <grenzland@lists.hofmark-versicherung.example>',
            'Grenzüberschreitende Betriebe / cross-border farms: was Sie wissen sollten', '2024-02-26 06:00')
    text(m, """Liebe Landwirtinnen und Landwirte im Grenzland,
dear farmers in the border region,

viele von Ihnen bewirtschaften Flächen in Deutschland und in den
Niederlanden oder Dänemark. Ein paar Hinweise:

- Hagel- und Mehrgefahrenversicherung: Flächen jenseits der Grenze
  können mitversichert werden, bitte im Anbauverzeichnis getrennt
  angeben.
- Maschinen: Die Landtechnikversicherung gilt in der EU.

In English:
- Hail and MPCI: fields across the border can be included; please list
  them separately in your crop declaration.
- Machinery cover applies throughout the EU.
- Employees: German statutory accident insurance (SVLFG) only covers
  work in Germany in most cases; ask us about group accident cover.

Ihre / your Hofmark Versicherung
""")
    return m, 'NORMAL', 'mixed', 'newsletter', 'trap: bilingual newsletter for cross-border farms, no person'


def m146():
    m = new('Leistung Pflege <leistung-pflege@hofmark-versicherung.example>',
            'Gerd Meyer-Lohmann <gerd.ml@landpost.example>',
            'Pflegehilfsmittel für Frau Hedwig Meyer-Lohmann – PT 33-087150', '2024-11-05 08:50')
    text(m, """Sehr geehrter Herr Meyer-Lohmann,

für Ihre Mutter, Frau Hedwig Meyer-Lohmann (Pflegegrad 3), übernehmen
wir aus der privaten Pflegepflichtversicherung die Kosten für folgende
Hilfsmittel laut Verordnung von Dr. Harms vom 22.10.2024:

- Pflegebett mit Aufrichter (leihweise über Sanitätshaus Meyer, Soltau)
- Rollator mit Sitzfläche
- Toilettenstuhl
- Inkontinenzmaterial bis 40 EUR monatlich (zum Verbrauch bestimmte
  Pflegehilfsmittel)

Für den Umbau des Badezimmers im Altenteilerhaus (bodengleiche Dusche)
können Sie einen Zuschuss für wohnumfeldverbessernde Maßnahmen bis
4.180 EUR beantragen; bitte reichen Sie dazu den Kostenvoranschlag ein.

Die Schulung für pflegende Angehörige (kostenlos) bietet die Sozial-
station Schneverdingen an; wir übernehmen die Kosten.

Mit freundlichen Grüßen
Leistungsabteilung Pflege
Hofmark Krankenversicherung a.G.
""", cte='base64')
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'care aids for named person with care level 3, base64-encoded body'


def m147():
    m = new('Claudia Meinecke <datenschutz@hofmark-versicherung.example>',
            'Team Tierversicherung <team-tier@hofmark-versicherung.example>',
            'Hinweis: Tierärztliche Schweigepflicht und Auskünfte an Dritte', '2024-08-14 10:25')
    text(m, """Liebe Kolleginnen und Kollegen,

aus aktuellem Anlass (Anfrage eines Käuferanwalts zu einem von uns
versicherten Pferd) noch einmal die Grundsätze:

1. Tierärztinnen und Tierärzte unterliegen der Schweigepflicht nach
   § 203 StGB. Sie dürfen uns Befunde nur mit Einwilligung des
   Tierhalters geben – diese steht in unseren Antragsformularen.
2. Wir selbst geben Befunde, AKU-Berichte und Röntgenbilder nur an den
   Versicherungsnehmer heraus, an Dritte (Käufer, Anwälte, Gerichte)
   nur mit Einwilligung oder auf gesetzlicher Grundlage.
3. Ob ein Pferd bei uns versichert ist, ist eine vertrauliche Information.
   Auskünfte am Telefon nur nach Identitätsprüfung.
4. Tiergesundheitsdaten sind keine Gesundheitsdaten nach Art. 9 DSGVO,
   aber personenbezogene Daten des Halters.

Bei Unsicherheit bitte vorher bei mir melden.

Claudia Meinecke
Datenschutzbeauftragte
""")
    return m, 'NORMAL', 'de', 'internal', 'trap: guidance on vet secrecy and disclosures, no concrete case data'


def m148():
    m = new('Frank Tödter <frank.toedter@hofmark-versicherung.example>',
            'Schaden Landwirtschaft <schaden-lw@hofmark-versicherung.example>',
            'WG: Sturmschaden Feldscheune', '2024-10-22 13:05')
    text(m, """Bitte anlegen, Gebäudevertrag LG-1988-0733. Foto kommt per Post,
Herr Tönjes hat kein Smartphone. Gruß F. Tödter

-----Ursprüngliche Nachricht-----
Von: Friedrich Tönjes [mailto:f.toenjes@landpost.example]
Gesendet: Montag, 21. Oktober 2024 19:44
An: Tödter, Frank
Betreff: Sturmschaden Feldscheune

Sehr geehrter Herr Tödter,

durch den Sturm am Sonnabend sind an unserer Feldscheune am Wietzer Weg
(Flurstück 112/3, Gemarkung Wietze) ca. 40 Dachpfannen und ein Teil der
Windfeder heruntergekommen. Drinnen stehen die Strohballen und die alte
Drillmaschine, es hat reingeregnet. Der Dachdecker Bührmann kann erst
in drei Wochen, ich habe eine Plane drüber gemacht.

Meine Versicherungsnummer weiß ich nicht, die Scheune ist aber bei Ihnen
mit dem Hof versichert.

Mit freundlichem Gruß
Friedrich Tönjes
Wietzer Weg 2, 29323 Wietze
""", charset='windows-1252')
    return m, 'CONFIDENTIAL', 'de', 'customer', 'named farmer reports storm damage, policy and land parcel (windows-1252)'


def m149():
    m = new('Leistung Kranken <leistung-kranken@hofmark-versicherung.example>',
            'Erwin Lammers <erwin.lammers@landpost.example>',
            'Ihre Hörgeräte – Kostenzusage KV 61-102276', '2024-02-13 11:15')
    text(m, """Sehr geehrter Herr Lammers,

vielen Dank für den Kostenvoranschlag von Hörakustik Brandt und den
Befundbericht Ihres HNO-Arztes Dr. Wöltje. Danach besteht bei Ihnen
eine beidseitige Innenohrschwerhörigkeit (H90.3), nach Angaben des
Arztes vereinbar mit jahrzehntelanger Lärmbelastung durch Schlepper,
Mähdrescher und Getreidetrocknung.

Nach Ihrem Tarif übernehmen wir für Hörgeräte alle 5 Jahre bis zu
1.500 EUR je Ohr. Der Kostenvoranschlag über 2 x 1.980 EUR (Phonak,
Ex-Hörer) übersteigt diesen Betrag; wir erstatten daher 3.000 EUR.

Bitte denken Sie daran, dass eine lärmbedingte Schwerhörigkeit eine
Berufskrankheit (BK 2301) sein kann; Ihr HNO-Arzt kann das der SVLFG
melden.

Mit freundlichen Grüßen
Ihre Leistungsabteilung
Hofmark Krankenversicherung a.G.
""", charset='iso-8859-1', cte='8bit')
    return m, 'STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer', 'hearing aids and noise-induced hearing loss H90.3 of named farmer (iso-8859-1)'


def m150():
    m = new('Dr. Katrin Oltmanns <katrin.oltmanns@hofmark-versicherung.example>',
            'Group Reporting <group-reporting@fieldstone-group.example>',
            'Summary: Lower Saxony animal disease fund annual report 2023', '2024-06-28 15:40')
    text(m, """Hi,

short summary of the public annual report 2023 of the Lower Saxony animal
disease compensation fund (Tierseuchenkasse), relevant for our livestock
income loss pricing:

- Registered animals: 2.5 m cattle, 7.8 m pigs, 61 m poultry, 190,000 sheep
- Compensation paid: EUR 9.4 m, of which avian influenza 71 %, ASF 8 %,
  bluetongue (BTV-3, from Oct. 2023) 4 %
- Culled animals in outbreaks: 1.3 m poultry in 31 holdings
- Levies per animal raised for poultry from 2024

Take-away: compensation only covers the animal value; business
interruption (income loss) stays with the farmer - our market.
BTV-3 will be the topic for 2024, expect claims for reduced milk yield
and abortions in cattle and sheep herds.

Katrin
""")
    return m, 'NORMAL', 'en', 'insurer-to-partner', 'trap: summary of public animal disease statistics, no farm'


# ---------------------------------------------------------------- build and check

def all_mails():
    g = globals()
    return [(i, g['m%03d' % i]) for i in range(1, N_MAILS + 1) if ('m%03d' % i) in g]


def build():
    os.makedirs(MAILDIR, exist_ok=True)
    rows = []
    for i, fn in all_mails():
        m, label, lang, kind, reason = fn()
        name = 'd%s-%04d' % (NN, i)
        del m['Message-ID']
        m['Message-ID'] = '<%s.%s@%s>' % (name, 'hm%05d' % (i * 37 % 99991), DOM)
        if 'MIME-Version' not in m:
            m['MIME-Version'] = '1.0'
        _fix_boundaries(m, '%04d' % i)
        data = m.as_bytes(policy=SMTP)
        with open(os.path.join(MAILDIR, name + '.eml'), 'wb') as f:
            f.write(data)
        rows.append((name + '.eml', label, lang, kind, reason))
    with open(os.path.join(HERE, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('file\tlabel\tlang\tkind\treason\n')
        for r in rows:
            assert all('\t' not in c and '\n' not in c for c in r), r
            f.write('\t'.join(r) + '\n')
    print('wrote %d mails' % len(rows))


IBAN_LEN = {'DE': 22, 'AT': 20, 'NL': 18, 'PL': 28, 'RO': 24, 'IE': 22, 'DK': 18, 'GB': 22, 'FR': 27, 'BE': 16}
IBAN_RE = re.compile(r'\b(?:DE|AT|NL|PL|RO|IE|DK|GB|FR|BE)\d{2}(?: ?[0-9A-Z]{4}){2,6}(?: ?[0-9A-Z]{1,4})?\b', re.I)
MAIL_RE = re.compile(r'[\w.+-]+@((?:[\w-]+\.)+[\w-]+)')
URL_RE = re.compile(r'https?://([^/\s"\'<>:]+)')


def iban_ok(s):
    s = s.replace(' ', '').upper()
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return None
    n = ''.join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1


def _xml_text(data):
    root = ET.fromstring(data)
    return ' '.join(t for t in root.itertext())


def _pdf_text(data):
    assert data.startswith(b'%PDF-'), 'no PDF header'
    assert data.rstrip().endswith(b'%%EOF'), 'no PDF trailer'
    sx = int(re.search(rb'startxref\s+(\d+)', data).group(1))
    assert data[sx:sx + 4] == b'xref', 'bad startxref'
    out = []
    for s in re.findall(rb'\(((?:\\.|[^\\)])*)\)', data):
        out.append(re.sub(rb'\\(.)', rb'\1', s).decode('cp1252'))
    return '\n'.join(out)


def _office_text(data, name):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None
    txt = []
    for n in z.namelist():
        if n.endswith('.xml') or n.endswith('.rels'):
            txt.append(_xml_text(z.read(n)))
    return '\n'.join(txt)


def _attachment_text(name, ctype, data, errors):
    ext = name.rsplit('.', 1)[-1].lower() if '.' in name else ''
    if ext == 'pdf' or data[:5] == b'%PDF-':
        return _pdf_text(data)
    if ext in ('docx', 'xlsx', 'odt', 'ods'):
        return _office_text(data, name)
    if ext == 'zip':
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        return '\n'.join(_attachment_text(n, '', z.read(n), errors) for n in z.namelist())
    if ext == 'ics':
        t = data.decode('utf-8')
        assert t.startswith('BEGIN:VCALENDAR') and 'END:VCALENDAR' in t
        return t
    if ext == 'csv':
        for enc in ('utf-8', 'cp1252'):
            try:
                t = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        list(csv.reader(io.StringIO(t), delimiter=';'))
        return t
    if ext in ('txt', 'log', 'pem'):
        return data.decode('utf-8')
    errors.append('unknown attachment type %s' % name)
    return ''


def _walk_text(msg, errors, depth=0):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == 'message/rfc822':
            inner = part.get_content()
            for h in ('From', 'To', 'Subject', 'Date'):
                if inner[h] is None:
                    errors.append('nested mail without %s' % h)
            out.append(str(inner['From']) + ' ' + str(inner['To']))
            out.append(_walk_text(inner, errors, depth + 1))
            continue
        fn = part.get_filename()
        if fn or part.get_content_disposition() == 'attachment':
            data = part.get_payload(decode=True)
            try:
                out.append(_attachment_text(fn or '', ct, data, errors))
            except Exception as e:  # noqa
                errors.append('attachment %s does not open: %r' % (fn, e))
        elif part.get_content_maintype() == 'text':
            out.append(part.get_content())
    return '\n'.join(out)


def check():
    errors = []
    with open(os.path.join(HERE, 'labels.tsv'), encoding='utf-8') as f:
        lines = f.read().split('\n')
    assert lines[0] == 'file\tlabel\tlang\tkind\treason', 'bad header'
    rows = [l.split('\t') for l in lines[1:] if l]
    counts = {}
    langs = {}
    for r in rows:
        if len(r) != 5:
            errors.append('bad row %r' % r)
            continue
        if r[1] not in ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'):
            errors.append('bad label %r' % r)
        if r[2] not in ('de', 'en', 'mixed'):
            errors.append('bad lang %r' % r)
        if not r[3] or not r[4]:
            errors.append('empty kind/reason %r' % r)
        counts[r[1]] = counts.get(r[1], 0) + 1
        langs[r[2]] = langs.get(r[2], 0) + 1
    if len(rows) != N_MAILS:
        errors.append('expected %d rows, got %d' % (N_MAILS, len(rows)))
    want = {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}
    if counts != want:
        errors.append('label counts %r != %r' % (counts, want))
    files = sorted(os.listdir(MAILDIR))
    expect = ['d%s-%04d.eml' % (NN, i) for i in range(1, N_MAILS + 1)]
    if files != expect or [r[0] for r in rows] != expect:
        errors.append('file list does not match labels / numbering')
    n_att = 0
    n_iban = 0
    mids = set()
    for name in expect:
        p = os.path.join(MAILDIR, name)
        if not os.path.exists(p):
            continue
        raw = open(p, 'rb').read()
        if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
            errors.append('%s: line ends not CRLF' % name)
        if max(len(l) for l in raw.split(b'\r\n')) > 998:
            errors.append('%s: line longer than 998 octets' % name)
        msg = BytesParser(policy=DEFAULT_POLICY).parsebytes(raw)
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
            if msg[h] is None:
                errors.append('%s: missing %s' % (name, h))
        if msg['Message-ID'] in mids:
            errors.append('%s: duplicate Message-ID' % name)
        mids.add(msg['Message-ID'])
        if not str(msg['From']).rstrip('>').endswith('@' + DOM) and 'hofmark-versicherung.example' not in str(msg['From']):
            errors.append('%s: not sent from the insurer' % name)
        hdrs = ' '.join(str(msg[h]) for h in ('From', 'To', 'Cc', 'Reply-To') if msg[h])
        body = _walk_text(msg, errors)
        if any(p.get_filename() for p in msg.walk()):
            n_att += 1
        alltext = hdrs + '\n' + body
        for dom in MAIL_RE.findall(alltext) + URL_RE.findall(alltext):
            if not dom.lower().rstrip('.').endswith('.example'):
                errors.append('%s: domain %s not .example' % (name, dom))
        for cand in IBAN_RE.findall(alltext):
            ok = iban_ok(cand)
            if ok is None:
                continue
            n_iban += 1
            if not ok:
                errors.append('%s: IBAN %s fails ISO 7064' % (name, cand))
    for e in errors:
        print('ERROR', e)
    print('mails: %d, labels: %s, langs: %s' % (len(rows), ', '.join('%s=%d' % kv for kv in sorted(counts.items())),
                                                 ', '.join('%s=%d' % kv for kv in sorted(langs.items()))))
    print('mails with attachments: %d, IBANs validated: %d' % (n_att, n_iban))
    print('check %s' % ('FAILED (%d errors)' % len(errors) if errors else 'OK'))
    return not errors


if __name__ == '__main__':
    if '--check' in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
