#!/usr/bin/env python3
"""Independent evaluation corpus dev162 for Siegel (issue 14).

150 fictitious outgoing e-mails of the invented "Weserland Versicherung AG"
(domain weserland.example), each labelled NORMAL / CONFIDENTIAL /
STRICTLY_CONFIDENTIAL.  Emphasis: the special investigations unit (SIU,
"Betrugsbekämpfung") next to ordinary insurance mail.

Standard library only.  Every attachment (PDF, DOCX, XLSX, ODT, ODS, CSV,
ICS, HTML, ZIP, message/rfc822) is built by hand below.

    python3 make_corpus.py          # writes mails/ and labels.tsv
    python3 make_corpus.py --check  # rebuilds in memory and verifies everything
"""
import csv
import datetime as _dt
import email.policy
import html.parser
import io
import os
import re
import sys
import zipfile
import zlib
from email.headerregistry import Address, Group
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'd162-'
DOM = 'weserland.example'
POLICY = email.policy.SMTP

# --------------------------------------------------------------------------
# IBAN helpers (ISO 7064 mod 97-10)
# --------------------------------------------------------------------------
IBAN_LEN = {'DE': 22, 'AT': 20, 'NL': 18, 'GB': 22, 'CH': 21, 'BE': 16,
            'FR': 27, 'ES': 24, 'IT': 27, 'PL': 28, 'DK': 18, 'LU': 20}


def _num(s):
    return int(''.join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(' ', '').upper()
    if s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    return _num(s[4:] + s[:4]) % 97 == 1


def creditor_id(cc, nat, business='ZZZ'):
    """SEPA creditor identifier: check digits over national id + country + '00'"""
    chk = 98 - _num(nat + cc + '00') % 97
    return '%s%02d%s%s' % (cc, chk, business, nat)


def creditor_ok(s):
    return _num(s[7:] + s[:4]) % 97 == 1


def iban(cc, bban, grouped=True):
    chk = 98 - _num(bban.upper() + cc + '00') % 97
    s = '%s%02d%s' % (cc, chk, bban)
    assert iban_ok(s), s
    if grouped:
        return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


# --------------------------------------------------------------------------
# attachment builders (all by hand)
# --------------------------------------------------------------------------
ZDATE = (2026, 1, 2, 9, 0, 0)


def zipb(members, date=ZDATE):
    """members: list of (name, bytes[, stored])"""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for m in members:
            name, data = m[0], m[1]
            stored = len(m) > 2 and m[2]
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return bio.getvalue()


def _pdfstr(s):
    b = s.encode('cp1252', 'replace')
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out.append('\\' + chr(c))
        elif c < 32 or c > 126:
            out.append('\\%03o' % c)
        else:
            out.append(chr(c))
    return '(' + ''.join(out) + ')'


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ''
    for w in line.split(' '):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    out.append(cur)
    return out


def pdf(lines, title='Dokument', author='Weserland Versicherung AG',
        date='20260102090000', compress=True, width=92):
    """A small PDF 1.4 with a real text layer (Helvetica, WinAnsi).
    Lines starting with '# ' are set in bold."""
    flat = []
    for ln in lines:
        bold = ln.startswith('# ')
        txt = ln[2:] if bold else ln
        for part in _wrap(txt, width):
            flat.append((bold, part))
    pages = [flat[i:i + 52] for i in range(0, len(flat), 52)] or [[]]
    objs = {}
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    objs[5] = ('<< /Title %s /Author %s /Producer (Weserland DMS 4.2) /CreationDate (D:%s+01\'00\') >>'
               % (_pdfstr(title), _pdfstr(author), date)).encode('latin-1')
    kids = []
    n = 6
    for pg in pages:
        ops = ['BT', '/F1 10 Tf', '14 TL', '56 790 Td']
        cur = 'F1'
        for bold, t in pg:
            f = 'F2' if bold else 'F1'
            if f != cur:
                ops.append('/%s 10 Tf' % f)
                cur = f
            ops.append(_pdfstr(t) + ' Tj T*')
        ops.append('ET')
        raw = ('\n'.join(ops) + '\n').encode('latin-1')
        if compress:
            data = zlib.compress(raw, 9)
            objs[n + 1] = (b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data)) + data + b'\nendstream'
        else:
            objs[n + 1] = (b'<< /Length %d >>\nstream\n' % len(raw)) + raw + b'endstream'
        objs[n] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                   '/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>' % (n + 1)).encode()
        kids.append(n)
        n += 2
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>'
               % (' '.join('%d 0 R' % k for k in kids), len(kids))).encode()
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n'
    xref = len(out)
    size = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % size
    for i in range(1, size):
        out += b'%010d 00000 n \n' % offs[i]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (size, xref)
    return bytes(out)


def pdf_text(data):
    """Extract the text layer of a PDF written by pdf() (or any simple PDF)."""
    assert data.startswith(b'%PDF-'), 'not a PDF'
    assert b'%%EOF' in data[-32:], 'no EOF marker'
    m = re.search(rb'startxref\s+(\d+)', data)
    assert m and data[int(m.group(1)):int(m.group(1)) + 4] == b'xref', 'bad startxref'
    texts = []
    for sm in re.finditer(rb'<<([^>]*?)>>\s*stream\n', data):
        dic = sm.group(1)
        ln = int(re.search(rb'/Length (\d+)', dic).group(1))
        raw = data[sm.end():sm.end() + ln]
        if b'/FlateDecode' in dic:
            raw = zlib.decompress(raw)
        for t in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', raw, re.S):
            s = t.group(1)
            s = re.sub(rb'\\([0-7]{3})', lambda x: bytes([int(x.group(1), 8)]), s)
            s = re.sub(rb'\\(.)', rb'\1', s)
            texts.append(s.decode('cp1252'))
    return '\n'.join(texts)


CT_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _core(title, creator):
    return (CT_XML +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-02T09:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % (xesc(title), xesc(creator)))


def docx(items, title='Dokument', creator='Weserland Versicherung AG'):
    """items: str (paragraph), ('h', str) heading, ('b', str) bold, ('t', rows) table"""
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    body = []

    def para(t, bold=False, size=None):
        rpr = ''
        if bold or size:
            rpr = '<w:rPr>%s%s</w:rPr>' % ('<w:b/>' if bold else '', '<w:sz w:val="%d"/>' % size if size else '')
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(t))
    for it in items:
        if isinstance(it, str):
            body.append(para(it))
        elif it[0] == 'h':
            body.append(para(it[1], True, 28))
        elif it[0] == 'b':
            body.append(para(it[1], True))
        elif it[0] == 't':
            rows = []
            for r in it[1]:
                cells = ''.join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>' % para(str(c)) for c in r)
                rows.append('<w:tr>%s</w:tr>' % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>%s</w:tbl>' % ''.join(rows))
    doc = (CT_XML + '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '</w:sectPr></w:body></w:document>' % (W, ''.join(body)))
    ct = (CT_XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = (CT_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    return zipb([('[Content_Types].xml', ct.encode()), ('_rels/.rels', rels.encode()),
                 ('word/document.xml', doc.encode()), ('docProps/core.xml', _core(title, creator).encode())])


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title='Tabelle', creator='Weserland Versicherung AG'):
    """sheets: list of (name, rows); cells str / int / float"""
    S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    files = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for si, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = '%s%d' % (_col(ci), ri)
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
            xr.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
        files.append(('xl/worksheets/sheet%d.xml' % si,
                      (CT_XML + '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (S, ''.join(xr))).encode()))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), si, si))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (si, si))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % si)
    n = len(sheets)
    wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1))
    wb = CT_XML + '<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>' % (S, R, ''.join(wb_sheets))
    styles = (CT_XML + '<styleSheet xmlns="%s"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              '</styleSheet>' % S)
    ct = (CT_XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '%s<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>' % ''.join(ct_over))
    rels = (CT_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wbr = CT_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % ''.join(wb_rels)
    return zipb([('[Content_Types].xml', ct.encode()), ('_rels/.rels', rels.encode()),
                 ('xl/workbook.xml', wb.encode()), ('xl/_rels/workbook.xml.rels', wbr.encode()),
                 ('xl/styles.xml', styles.encode())] + files +
                [('docProps/core.xml', _core(title, creator).encode())])


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def _odf(mime, body, title, creator):
    content = (CT_XML.replace(' standalone="yes"', '') + '<office:document-content %s><office:body>%s</office:body></office:document-content>' % (ODF_NS, body))
    meta = (CT_XML.replace(' standalone="yes"', '') + '<office:document-meta %s><office:meta><dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<meta:creation-date>2026-01-02T09:00:00</meta:creation-date></office:meta></office:document-meta>'
            % (ODF_NS, xesc(title), xesc(creator)))
    styles = CT_XML.replace(' standalone="yes"', '') + '<office:document-styles %s/>' % ODF_NS
    manifest = (CT_XML.replace(' standalone="yes"', '') +
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return zipb([('mimetype', mime.encode(), True), ('content.xml', content.encode()),
                 ('styles.xml', styles.encode()), ('meta.xml', meta.encode()),
                 ('META-INF/manifest.xml', manifest.encode())])


def odt(items, title='Dokument', creator='Weserland Versicherung AG'):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append('<text:p>%s</text:p>' % xesc(it))
        elif it[0] == 'h':
            out.append('<text:h text:outline-level="1">%s</text:h>' % xesc(it[1]))
        elif it[0] == 't':
            rows = ''.join('<table:table-row>%s</table:table-row>' %
                           ''.join('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(c)) for c in r)
                           for r in it[1])
            out.append('<table:table table:name="T%d">%s</table:table>' % (len(out), rows))
    return _odf('application/vnd.oasis.opendocument.text', '<office:text>%s</office:text>' % ''.join(out), title, creator)


def ods(sheets, title='Tabelle', creator='Weserland Versicherung AG'):
    tabs = []
    for name, rows in sheets:
        xr = []
        for r in rows:
            cells = []
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v)))
            xr.append('<table:table-row>%s</table:table-row>' % ''.join(cells))
        tabs.append('<table:table table:name="%s">%s</table:table>' % (xesc(name), ''.join(xr)))
    return _odf('application/vnd.oasis.opendocument.spreadsheet',
                '<office:spreadsheet>%s</office:spreadsheet>' % ''.join(tabs), title, creator)


def csvb(rows, enc='utf-8', delim=';'):
    sio = io.StringIO()
    w = csv.writer(sio, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return sio.getvalue().encode(enc)


def ics(uid, start, end, summary, location='', description='', organizer='', attendees=(), method='REQUEST'):
    def esc(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')

    def fold(line):
        b = line.encode('utf-8')
        if len(b) <= 74:
            return [line]
        out, cur = [], ''
        for ch in line:
            if len((cur + ch).encode('utf-8')) > 73:
                out.append(cur)
                cur = ' ' + ch
            else:
                cur += ch
        out.append(cur)
        return out
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Weserland Versicherung AG//Kalender 3.1//DE',
         'METHOD:' + method, 'BEGIN:VEVENT', 'UID:%s@%s' % (uid, DOM), 'DTSTAMP:20260102T080000Z',
         'DTSTART;TZID=Europe/Berlin:' + start, 'DTEND;TZID=Europe/Berlin:' + end,
         'SUMMARY:' + esc(summary)]
    if location:
        L.append('LOCATION:' + esc(location))
    if description:
        L.append('DESCRIPTION:' + esc(description))
    if organizer:
        L.append('ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1]))
    for cn, addr in attendees:
        L.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (cn, addr))
    L += ['END:VEVENT', 'END:VCALENDAR']
    out = []
    for ln in L:
        out += fold(ln)
    return ('\r\n'.join(out) + '\r\n').encode('utf-8')


# --------------------------------------------------------------------------
# the invented company and its people
# --------------------------------------------------------------------------
CO = 'Weserland Versicherung AG'
ADDR = 'Am Wall 140, 28195 Bremen'
STAFF = {
    'albers': ('Dr. Katrin Albers', 'katrin.albers', 'Leiterin Spezialermittlung (SIU)', 'Head of Special Investigations (SIU)', '4410'),
    'rehberg': ('Tobias Rehberg', 'tobias.rehberg', 'Ermittler SIU - Kraftfahrt', 'Investigator SIU - Motor', '4417'),
    'okafor': ('Miriam Okafor', 'miriam.okafor', 'Ermittlerin SIU - Sach/Haftpflicht/International', 'Senior Investigator SIU - Property, Liability & International', '4422'),
    'paulsen': ('Jens Paulsen', 'jens.paulsen', 'Datenanalyse Betrugsbekämpfung', 'Fraud Analytics', '4431'),
    'kruse': ('Sabine Kruse', 'sabine.kruse', 'Schadenbearbeitung Kraftfahrt', 'Motor Claims', '3120'),
    'brandt': ('Holger Brandt', 'holger.brandt', 'Leistungsprüfung Krankenversicherung', 'Health Claims', '6240'),
    'wiechmann': ('Anja Wiechmann', 'anja.wiechmann', 'Leistung Leben / Berufsunfähigkeit', 'Life & Disability Claims', '7315'),
    'dornbusch': ('Felix Dornbusch', 'felix.dornbusch', 'Schaden Sach - Hausrat/Wohngebäude', 'Property Claims', '3340'),
    'hartkamp': ('Leonie Hartkamp', 'leonie.hartkamp', 'Datenschutzbeauftragte', 'Data Protection Officer', '1190'),
    'stenzel': ('Marco Stenzel', 'marco.stenzel', 'Maklerbetreuung Nord', 'Broker Relations North', '2205'),
    'whitfield': ('Claire Whitfield', 'claire.whitfield', 'International Claims - Reise', 'International Claims - Travel & Assistance', '3512'),
    'ostermann': ('Daniel Ostermann', 'daniel.ostermann', 'Personalabteilung', 'Human Resources', '1410'),
    'demir': ('Yusuf Demir', 'yusuf.demir', 'IT-Anwendungsbetreuung Schaden', 'IT Application Support Claims', '1733'),
    'luedemann': ('Petra Lüdemann', 'petra.luedemann', 'Justiziariat', 'Legal Department', '1260'),
    'carvalho': ('Rui Carvalho', 'rui.carvalho', 'Firmenkunden - Underwriting', 'Commercial Lines Underwriting', '5108'),
    'vogt': ('Hannah Vogt', 'hannah.vogt', 'Kundenservice', 'Customer Service', '2000'),
    'kamps': ('Oliver Kamps', 'oliver.kamps', 'Compliance', 'Compliance', '1275'),
    'mahnke': ('Ingrid Mahnke', 'ingrid.mahnke', 'Rechtsschutz-Schaden', 'Legal Expenses Claims', '3711'),
    'sommer': ('Lars Sommer', 'lars.sommer', 'Leistung Unfallversicherung', 'Accident Claims', '6420'),
    'nowak': ('Ewa Nowak', 'ewa.nowak', 'Schaden Haftpflicht', 'Liability Claims', '3460'),
    'benecke': ('Kai Benecke', 'kai.benecke', 'Unternehmenskommunikation', 'Corporate Communications', '1050'),
    'frerichs': ('Gesa Frerichs', 'gesa.frerichs', 'Einkauf', 'Procurement', '1520'),
}


def A(key):
    """'Name <addr>' of a staff member."""
    n, a = STAFF[key][0], STAFF[key][1]
    return '%s <%s@%s>' % (n, a, DOM)


def sig(key, lang='de', short=False, co=CO):
    n, a, tde, ten, ext = STAFF[key]
    role = tde if lang == 'de' else ten
    if short:
        return '%s\n%s | %s\nTel. +49 421 5570-%s' % (n, role, co, ext)
    tel = 'Tel.' if lang == 'de' else 'Phone'
    return '%s\n%s\n%s\n%s\n%s +49 421 5570-%s\n%s@%s\nwww.%s' % (n, role, co, ADDR, tel, ext, a, DOM, DOM)


FOOT_DE = ('--\n%s | Sitz Bremen | Amtsgericht Bremen HRB 41877\n'
           'Vorstand: Dr. Henrik Cordes (Vors.), Silke Matthiesen, Arne Tjaden\n'
           'Vorsitzende des Aufsichtsrats: Prof. Dr. Ute Hollmann\n\n'
           'Diese E-Mail kann vertrauliche oder rechtlich geschützte Informationen enthalten. '
           'Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender '
           'und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe '
           'dieser E-Mail sind nicht gestattet.' % CO)
FOOT_DE_LEBEN = FOOT_DE.replace(CO, 'Weserland Lebensversicherung AG').replace('HRB 41877', 'HRB 41878')
FOOT_DE_KV = FOOT_DE.replace(CO, 'Weserland Krankenversicherung AG').replace('HRB 41877', 'HRB 41879')
FOOT_EN = ('--\n%s | Registered office: Bremen, Germany | Local court Bremen HRB 41877\n'
           'Management board: Dr. Henrik Cordes (chair), Silke Matthiesen, Arne Tjaden\n\n'
           'This e-mail may contain confidential and/or privileged information. If you are not the '
           'intended recipient (or have received this e-mail in error) please notify the sender '
           'immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution '
           'of the material in this e-mail is strictly forbidden.' % CO)

# --------------------------------------------------------------------------
# mail registry and MIME building
# --------------------------------------------------------------------------
MAILS = []
LABELS = ('NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL')
LANGS = ('de', 'en', 'mixed')


def att(filename, data, ctype=None, **params):
    """an attachment: bytes + content type, or an EmailMessage (message/rfc822)"""
    if ctype is None:
        ext = filename.rsplit('.', 1)[-1].lower()
        ctype = {
            'pdf': 'application/pdf',
            'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'odt': 'application/vnd.oasis.opendocument.text',
            'ods': 'application/vnd.oasis.opendocument.spreadsheet',
            'csv': 'text/csv', 'ics': 'text/calendar', 'html': 'text/html', 'htm': 'text/html',
            'zip': 'application/zip', 'eml': 'message/rfc822', 'txt': 'text/plain',
        }[ext]
    if ctype.startswith('text/') and 'charset' not in params:
        params['charset'] = 'utf-8'
    return (filename, data, ctype, params)


def wrap_text(text, width=76):
    out = []
    for line in text.split('\n'):
        if len(line) <= width:
            out.append(line)
            continue
        m = re.match(r'^((?:> ?)*)', line)
        pre = m.group(1)
        out += [pre + x for x in _wrap(line[len(pre):], width - len(pre))]
    return '\n'.join(out)


def addrs(s):
    """'Name, with comma <a@b>, c@d' -> Address objects (display names quoted as needed)"""
    if s.endswith(':;'):
        return Group(s[:-2], [])
    out = []
    for piece in re.split(r'(?<=>),\s*', s):
        for p in ([piece] if '<' in piece else [x.strip() for x in piece.split(',')]):
            mm = re.match(r'^(.*?)\s*<([^>]+)>$', p.strip())
            name, spec = (mm.group(1), mm.group(2)) if mm else ('', p.strip())
            user, dom = spec.split('@')
            out.append(Address(display_name=name, username=user, domain=dom))
    return out


def make_msg(spec, n=None):
    """Build an EmailMessage from a spec dict (also used for attached mails)."""
    m = EmailMessage(policy=POLICY)
    m['From'] = addrs(spec['frm'])
    if spec.get('to'):
        m['To'] = addrs(spec['to'])
    if spec.get('cc'):
        m['Cc'] = addrs(spec['cc'])
    m['Subject'] = spec['subj']
    dt = spec['dt']
    m['Date'] = format_datetime(dt)
    mid = spec.get('mid') or '<%s.%s@mail.%s>' % (dt.strftime('%Y%m%d%H%M%S'), 'd162n%04d' % n, DOM)
    m['Message-ID'] = mid
    if spec.get('irt'):
        m['In-Reply-To'] = spec['irt']
        m['References'] = spec['irt']
    for k, v in spec.get('hdrs', ()):
        m[k] = v
    cs = spec.get('cs', 'utf-8')
    cte = spec.get('cte')
    if cte is None:
        cte = '7bit' if cs == 'us-ascii' else 'quoted-printable'
    body, html_ = spec.get('body'), spec.get('html')
    if body is not None:
        if cte in ('7bit', '8bit'):
            body = wrap_text(body)
        m.set_content(body, charset=cs, cte=cte)
        if html_ is not None:
            m.add_alternative(html_, subtype='html', charset=spec.get('hcs', cs),
                              cte=spec.get('hcte', 'quoted-printable' if cte in ('7bit', '8bit') else cte))
    else:
        m.set_content(html_, subtype='html', charset=cs, cte=cte)
    for fn, data, ctype, params in spec.get('atts', ()):
        if isinstance(data, EmailMessage):
            m.add_attachment(data, filename=fn)
        else:
            mt, st = ctype.split('/')
            m.add_attachment(data, mt, st, filename=fn, params=params)
    if spec.get('lang_hdr'):
        m['Content-Language'] = spec['lang_hdr']
    return m


def _fix(msg, tag):
    """deterministic boundaries; no MIME-Version in sub-parts"""
    cnt = [0]

    def rec(part, is_root):
        if not is_root and 'MIME-Version' in part:
            del part['MIME-Version']
        if part.get_content_type() == 'message/rfc822':
            inner = part.get_payload(0)
            rec(inner, True)
        elif part.is_multipart():
            cnt[0] += 1
            part.set_boundary('----=_Part_%s_%d' % (tag, cnt[0]))
            for p in part.get_payload():
                rec(p, False)
    rec(msg, True)
    return msg


def DT(s):
    """'MM-DD HH:MM' in 2026, Europe/Berlin"""
    d = _dt.datetime.strptime('2026-' + s, '%Y-%m-%d %H:%M')
    summer = _dt.datetime(2026, 3, 29, 2) <= d < _dt.datetime(2026, 10, 25, 3)
    return d.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=2 if summer else 1)))


def add(label, lang, kind, reason, frm, to, subj, date, body=None, **kw):
    assert label in LABELS and lang in LANGS, (label, lang)
    spec = dict(label=label, lang=lang, kind=kind, reason=reason, frm=frm, to=to,
                subj=subj, dt=DT(date), body=body, **kw)
    cs = kw.get('cs', 'utf-8')
    for t in (body, kw.get('html')):
        if t is not None:
            try:
                t.encode(cs)
            except UnicodeEncodeError as e:
                raise SystemExit('mail %d: %s' % (len(MAILS) + 1, e))
    MAILS.append(spec)


def fwd(frm, to, subj, date, body, cs='utf-8', cte='quoted-printable', cc=None, html=None, atts=(), mid=None):
    """a mail to attach as message/rfc822"""
    spec = dict(frm=frm, to=to, cc=cc, subj=subj, dt=DT(date), body=body, cs=cs, cte=cte, html=html,
                atts=atts, mid=mid or '<%s.fw%d@%s>' % (DT(date).strftime('%Y%m%d%H%M'), len(MAILS), frm.split('@')[-1].rstrip('>')))
    return make_msg(spec)


def build_all():
    files = {}
    rows = ['file\tlabel\tlang\tkind\treason']
    for i, spec in enumerate(MAILS, 1):
        name = '%s%04d.eml' % (PREFIX, i)
        msg = _fix(make_msg(spec, i), '%04d' % i)
        files[name] = msg.as_bytes(policy=POLICY)
        assert '\t' not in spec['reason'] and '\n' not in spec['reason']
        rows.append('\t'.join((name, spec['label'], spec['lang'], spec['kind'], spec['reason'])))
    return files, ('\n'.join(rows) + '\n').encode('utf-8')


# --------------------------------------------------------------------------
# check
# --------------------------------------------------------------------------
class _HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []
        self.hrefs = []

    def handle_data(self, d):
        self.out.append(d)

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in ('href', 'src') and v:
                self.hrefs.append(v)


def html_text(s):
    p = _HTMLText()
    p.feed(s)
    p.close()
    return ' '.join(p.out) + '\n' + '\n'.join(p.hrefs)


def office_text(data, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None
    names = z.namelist()
    if kind in ('odt', 'ods'):
        assert names[0] == 'mimetype' and z.getinfo('mimetype').compress_type == zipfile.ZIP_STORED
        want = ['content.xml']
    elif kind == 'docx':
        want = ['word/document.xml']
    else:
        want = [n for n in names if n.startswith('xl/worksheets/')]
        assert want
    for n in names:
        if n.endswith('.xml') or n.endswith('.rels'):
            ET.fromstring(z.read(n))
    txt = []
    for n in want:
        txt.append(' '.join(ET.fromstring(z.read(n)).itertext()))
    t = '\n'.join(txt)
    assert t.strip(), 'empty office document'
    return t


def file_text(fn, data, stats, depth=0):
    ext = fn.rsplit('.', 1)[-1].lower()
    stats[ext] = stats.get(ext, 0) + 1
    if ext == 'pdf':
        t = pdf_text(data)
        assert t.strip(), 'PDF without text layer'
        return t
    if ext in ('docx', 'xlsx', 'odt', 'ods'):
        return office_text(data, ext)
    if ext == 'zip':
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        return '\n'.join(file_text(n, z.read(n), stats, depth + 1) for n in z.namelist() if not n.endswith('/'))
    if ext == 'eml':
        msg = BytesParser(policy=email.policy.default).parsebytes(data)
        return check_msg(msg, stats, depth + 1)
    if ext in ('csv', 'txt', 'ics', 'html', 'htm'):
        for enc in ('utf-8', 'cp1252'):
            try:
                t = data.decode(enc)
                break
            except UnicodeDecodeError:
                pass
        if ext == 'ics':
            assert t.startswith('BEGIN:VCALENDAR') and t.rstrip().endswith('END:VCALENDAR')
        if ext in ('html', 'htm'):
            t = html_text(t)
        return t
    raise AssertionError('unknown attachment type ' + fn)


CHARSETS = {'utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'}


def check_msg(msg, stats, depth=0):
    texts = []
    for k, v in msg.items():
        texts.append('%s: %s' % (k, v))
    for part in msg.walk():
        assert not part.defects, ('defects', part.defects)
        for k, v in part.items():
            assert not getattr(v, 'defects', None), ('header defects', k, v.defects)
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if ct == 'message/rfc822':
            continue
        raw = part.get_payload(decode=True)
        if fn:
            stats.setdefault('_att', []).append(fn)
            if part.get_content_maintype() == 'text':
                cs = part.get_content_charset()
                if cs:
                    assert cs in CHARSETS, cs
                    raw.decode(cs)
            texts.append(file_text(fn, raw, stats, depth))
            continue
        assert part.get_content_maintype() == 'text', ct
        cs = part.get_content_charset()
        assert cs in CHARSETS, ('charset', cs)
        t = raw.decode(cs)
        stats.setdefault('_cs', []).append(cs)
        if ct == 'text/html':
            t = html_text(t)
        texts.append(t)
    return '\n'.join(texts)


EMAIL_RE = re.compile(r'[\w.+-]+@([\w-]+(?:\.[\w-]+)+)')
URL_RE = re.compile(r'(?i)(?:https?://|\bwww\.)([\w-]+(?:\.[\w-]+)*)')
IBAN_RE = re.compile(r'(?i)\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b')


def check():
    files, labels = build_all()
    ok = True
    mdir = os.path.join(HERE, 'mails')
    on_disk = sorted(os.listdir(mdir)) if os.path.isdir(mdir) else []
    problems = []
    if on_disk != sorted(files):
        problems.append('file list on disk differs from generator')
    for name, data in files.items():
        p = os.path.join(mdir, name)
        if not os.path.exists(p) or open(p, 'rb').read() != data:
            problems.append('%s: differs from rebuilt bytes' % name)
    lp = os.path.join(HERE, 'labels.tsv')
    if not os.path.exists(lp) or open(lp, 'rb').read() != labels:
        problems.append('labels.tsv differs from generator')
    mids = set()
    stats = {}
    top = {}
    n_iban = 0
    for name, data in sorted(files.items()):
        try:
            assert b'\n' not in data.replace(b'\r\n', b''), 'bare LF'
            assert b'\r' not in data.replace(b'\r\n', b''), 'bare CR'
            for line in data.split(b'\r\n'):
                assert len(line) <= 998, 'line too long'
            msg = BytesParser(policy=email.policy.default).parsebytes(data)
            mid = msg['Message-ID']
            assert mid and mid not in mids, 'Message-ID missing or duplicate'
            mids.add(mid)
            d = msg['Date'].datetime
            assert d.year == 2026, 'date not in 2026'
            frm = msg['From'].addresses[0].domain
            assert frm == DOM, 'not sent from own domain: ' + frm
            top[msg.get_content_type()] = top.get(msg.get_content_type(), 0) + 1
            text = check_msg(msg, stats)
            for h in EMAIL_RE.findall(text) + URL_RE.findall(text):
                h = h.rstrip('.').lower()
                assert h.endswith('.example'), 'host not .example: ' + h
            for cand in IBAN_RE.findall(text):
                s = cand.replace(' ', '').upper()
                if s[4:7] == 'ZZZ':
                    assert creditor_ok(s), 'bad SEPA creditor id: ' + cand
                elif s[:2] in IBAN_LEN:
                    assert iban_ok(s), 'bad IBAN: ' + cand
                    n_iban += 1
        except Exception as e:  # noqa
            problems.append('%s: %s: %s' % (name, type(e).__name__, e))
    cnt = {}
    for s in MAILS:
        cnt[s['label']] = cnt.get(s['label'], 0) + 1
    if cnt != {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}:
        problems.append('label counts %r' % cnt)
    if len(MAILS) != 150:
        problems.append('%d mails' % len(MAILS))
    for s in MAILS:
        if s['label'] != 'NORMAL' and s['reason'].startswith('trap'):
            problems.append('trap marker on non-NORMAL mail: ' + s['reason'])
    langs = {}
    for s in MAILS:
        langs[(s['label'], s['lang'])] = langs.get((s['label'], s['lang']), 0) + 1
    print('mails: %d   labels: %s' % (len(MAILS), ', '.join('%s %d' % (k, cnt.get(k, 0)) for k in LABELS)))
    print('label x lang: ' + ', '.join('%s/%s %d' % (k[0][:6], k[1], v) for k, v in sorted(langs.items())))
    print('lang totals: ' + ', '.join('%s %d' % (l, sum(v for k, v in langs.items() if k[1] == l)) for l in LANGS))
    print('top-level types: ' + ', '.join('%s %d' % kv for kv in sorted(top.items())))
    cs = stats.get('_cs', [])
    print('text-part charsets: ' + ', '.join('%s %d' % (c, cs.count(c)) for c in sorted(set(cs))))
    print('attachments (incl. ZIP members / attached mails): ' +
          ', '.join('%s %d' % (k, v) for k, v in sorted(stats.items()) if not k.startswith('_')))
    print('valid IBANs found: %d' % n_iban)
    print('unique Message-IDs: %d' % len(mids))
    if problems:
        print('\nPROBLEMS:')
        for p in problems:
            print('  ' + p)
        print('CHECK FAILED')
        return 1
    print('CHECK OK: byte-identical rebuild, no MIME defects, CRLF only, all attachments open, '
          'all hosts .example, all IBANs valid, label counts 60/45/45')
    return 0


def write():
    files, labels = build_all()
    mdir = os.path.join(HERE, 'mails')
    os.makedirs(mdir, exist_ok=True)
    for f in os.listdir(mdir):
        if f.endswith('.eml') and f not in files:
            os.remove(os.path.join(mdir, f))
    for name, data in files.items():
        with open(os.path.join(mdir, name), 'wb') as fh:
            fh.write(data)
    with open(os.path.join(HERE, 'labels.tsv'), 'wb') as fh:
        fh.write(labels)
    print('wrote %d mails' % len(files))


def main():
    if '--check' in sys.argv[1:]:
        sys.exit(check())
    write()


# ==========================================================================
# MAILS  (each written on its own; order = file number)
# ==========================================================================

# ---- 0001 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-authority',
    'answer to police on arson investigation against the named policyholder (criminal-offence data), details in PDF',
    A('okafor'), 'KHK Bernd Wittkamp <bernd.wittkamp@polizei-bremen.example>',
    'Ihr Auskunftsersuchen vom 02.02.2026 – Az. 312 Js 4471/26 – Brand Wohnhaus Grolland', '02-09 10:41',
'''Sehr geehrter Herr Wittkamp,

wie telefonisch besprochen erhalten Sie anbei unsere Auskunft zu dem
Brandschaden am Wohnhaus Am Ochtumdeich 17 in 28259 Bremen.

Versicherungsnehmer ist Herr Ralf Gerdes (geb. 14.07.1971). Der Vertrag
(Wohngebäude, Nr. WG-5512-08873) wurde am 18.11.2025 auf eine höhere
Versicherungssumme umgestellt – gut sechs Wochen vor dem Brand. Herr Gerdes
hat den Schaden am 03.01.2026 gemeldet und eine Entschädigung von rund
412.000 EUR geltend gemacht. Nach Mitteilung unseres Brandsachverständigen
gibt es zwei voneinander unabhängige Brandausbruchstellen.

Die Einzelheiten (Vertragsverlauf, Schadenmeldung, Zahlungen, Gutachten-
Auszug) finden Sie im beigefügten PDF. Eine Zahlung ist bisher nicht
erfolgt; wir haben die Regulierung bis zum Abschluss Ihrer Ermittlungen
zurückgestellt.

Bitte beachten Sie, dass die Übermittlung auf Grundlage von § 24 Abs. 1
Nr. 1 BDSG erfolgt und die Unterlagen ausschließlich für das Ermittlungs-
verfahren bestimmt sind.

Mit freundlichen Grüßen

''' + sig('okafor') + '\n\n' + FOOT_DE,
    atts=[att('Auskunft_312Js4471-26_Weserland.pdf', pdf([
        '# Weserland Versicherung AG – Spezialermittlung (SIU)',
        'Auskunft an die Polizei Bremen, K 31 – Az. 312 Js 4471/26',
        '',
        '# 1. Versicherungsnehmer',
        'Ralf Gerdes, geb. 14.07.1971, Am Ochtumdeich 17, 28259 Bremen',
        'Vertrag: Wohngebäude WG-5512-08873, Beginn 01.04.2019',
        '',
        '# 2. Vertragsverlauf',
        '18.11.2025  Erhöhung Versicherungssumme von 310.000 EUR auf 455.000 EUR (Wunsch VN, telefonisch)',
        '02.12.2025  Beitragsrückstand zweite Rate, Mahnung',
        '29.12.2025  Zahlung Rückstand in bar in der Agentur Findorff',
        '',
        '# 3. Schaden',
        'Brand in der Nacht 02./03.01.2026, Meldung 03.01.2026 08:12 Uhr durch VN per Telefon',
        'Geltend gemacht: Gebäude 389.500 EUR, Aufräumkosten 22.600 EUR',
        'Brandsachverständiger Dipl.-Ing. U. Harms: zwei getrennte Ausbruchsbereiche (Keller, Dachboden)',
        '',
        '# 4. Bisherige Vorschäden',
        '2021 Leitungswasser 4.870 EUR (reguliert); 2023 Sturm 1.210 EUR (reguliert)',
        '',
        'Bremen, 09.02.2026 – M. Okafor, Ermittlerin SIU',
    ], title='Auskunft 312 Js 4471/26'))])

# ---- 0002 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: fraud-awareness training invitation with the fictitious "Max Mustermann" case and indicator words, ICS',
    A('albers'), 'Schaden Kraftfahrt Team <schaden-kfz-team@weserland.example>',
    'Einladung: Schulung „Manipulierte Unfälle erkennen“ am 26.02.', '02-10 08:15',
'''Liebe Kolleginnen und Kollegen aus der Kfz-Schadenbearbeitung,

wie im Jour fixe angekündigt bieten wir wieder unsere Praxisschulung an:

  Manipulierte Unfälle erkennen – Indikatoren, Gesprächsführung, Übergabe an die SIU
  Donnerstag, 26.02.2026, 09:30–12:30 Uhr, Raum Weser 3.14 (und per Teams)

Inhalte:
- typische Konstellationen (Auffahrunfall an der Ampel, "Berliner Modell",
  provozierter Spurwechselunfall, fingierter Parkplatzschaden)
- Indikatoren in der Schadenmeldung: Unfall nachts ohne Zeugen, hochwertiges
  älteres Fahrzeug, Abrechnung fiktiv auf Gutachtenbasis, Anwalt sofort
  eingeschaltet, Beteiligte kennen sich angeblich nicht
- Übungsfall "Max Mustermann / Erika Musterfrau" (komplett erfunden)
- wann und wie ihr einen Fall an die SIU gebt, was in die Akte gehört und
  was nicht (Datenschutz)

Bitte meldet euch bis 20.02. über das Schulungsportal an, die Einladung für
den Kalender hängt an. Teilnahme zählt als Pflichtschulung 2026.

Viele Grüße
Katrin

''' + sig('albers', short=True),
    atts=[att('Schulung_Manipulierte_Unfaelle.ics', ics('siu-schulung-20260226', '20260226T093000', '20260226T123000',
              'Schulung: Manipulierte Unfälle erkennen (SIU)', 'Weser 3.14 / Teams',
              'Praxisschulung der SIU für die Kfz-Schadenbearbeitung. Übungsfall Max Mustermann (fiktiv).',
              ('Dr. Katrin Albers', 'katrin.albers@' + DOM),
              [('Schaden Kraftfahrt Team', 'schaden-kfz-team@' + DOM)]), method='REQUEST')])

# ---- 0003 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'named customer, travel baggage claim number and theft details, no health data',
    A('whitfield'), 'Thomas Brennan <t.brennan@fastmail-uk.example>',
    'Your baggage claim RG-26-004417 - documents still missing', '02-11 14:02',
'''Dear Mr Brennan,

Thank you for your call this morning. To complete our assessment of your
baggage claim under your travel policy (claim RG-26-004417) we still need
the following:

1. the police report from the Guardia Civil in Malaga (the denuncia) with
   its reference number - the copy you sent is cut off at the bottom;
2. proof of purchase for the laptop (MacBook, bought 2024) and for the
   camera lens;
3. confirmation from the hotel that the room was broken into on 28 January.

You can reply to this email or upload the documents in our customer
portal. As soon as we have them we will get back to you within ten working
days.

Kind regards

''' + sig('whitfield', 'en') + '\n\n' + FOOT_EN,
    cs='us-ascii')

# ---- 0004 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'grey: SIU case note naming both drivers of a suspected staged accident (suspicion of fraud = criminal-offence data), no health',
    A('rehberg'), A('kruse'),
    'AW: KH-Schaden 26-K-018842 Auffahrunfall Oslebshausen – bitte nicht regulieren', '02-12 16:47',
'''Hallo Sabine,

danke für die schnelle Abgabe. Ich hab mir die Akte angesehen und bin
ziemlich sicher, dass wir hier einen gestellten Unfall haben:

- Unser VN Dennis Kowalczyk (HB-DK 2281, Golf V, Bj. 2007) fährt laut
  eigener Angabe am 06.02. um 23:40 an der Ampel Oslebshausener Heerstraße
  auf den BMW 530d von Herrn Artur Lenz (HB-AL 530) auf.
- Lenz lässt fiktiv auf Gutachtenbasis abrechnen, 11.460 EUR netto,
  Gutachter wieder das Büro Schöning in Delmenhorst.
- Lenz hatte mit demselben BMW schon 2024 und 2025 Heckschäden bei zwei
  anderen Versicherern (Treffer im Hinweissystem).
- Kowalczyk und Lenz sind laut Handelsregister beide Gesellschafter der
  "DL Autoservice UG" in Gröpelingen. "Kennen uns nicht" steht in beiden
  Unfallberichten.

Ich lege einen SIU-Fall an (SIU-2026-0147) und schreibe den Anwalt von Lenz
an, dass wir die Regulierung prüfen. Bitte bis dahin keine Zahlung und
keinen Gutachterauftrag von unserer Seite.

Gruß
Tobias

-----Ursprüngliche Nachricht-----
Von: Kruse, Sabine
Gesendet: Donnerstag, 12. Februar 2026 09:03
An: Rehberg, Tobias
Betreff: KH-Schaden 26-K-018842 Auffahrunfall Oslebshausen

Hi Tobias, kannst du da mal drüberschauen? Scoring steht auf 83, der
Anspruchsteller ruft jeden Tag an und der Anwalt drängelt. Danke, Sabine
''')

# ---- 0005 -----------------------------------------------------------------
_n5_rows = [('Kraftfahrt', '1.412', '38,2 %', '4,91 Mio. EUR'), ('Hausrat', '506', '21,7 %', '1,37 Mio. EUR'),
            ('Wohngebäude', '133', '29,3 %', '2,04 Mio. EUR'), ('Haftpflicht', '388', '17,5 %', '0,62 Mio. EUR'),
            ('Reise', '241', '33,6 %', '0,48 Mio. EUR'), ('Kranken', '179', '26,8 %', '0,97 Mio. EUR')]
_n5_text = ('Weserland Fraud Insights - Q4/2025\n\nDear partners,\n\nthis is our quarterly look at insurance fraud '
            'across our book. All figures are aggregated and contain no data about individual customers.\n\n'
            'Cases referred to SIU in 2025 (line / referrals / confirmed share / savings):\n' +
            ''.join('  %-12s %6s  %6s  %s\n' % r for r in _n5_rows) +
            '\nWhat we see:\n- Staged rear-end collisions remain the biggest item in motor.\n'
            '- Fake purchase receipts for bicycles and e-bikes are up by a third.\n'
            '- Travel: forged medical bills from private clinics abroad, often in the last days of a trip.\n\n'
            'Red flags for your claims notifications: claim shortly after a change of cover, no witnesses, '
            'inconsistent dates, the same repairer or assessor in unrelated claims.\n\n'
            'Questions? siu@weserland.example\n\nUnsubscribe: https://newsletter.weserland.example/abmelden\n')
_n5_html = ('<html><body style="font-family:Arial,sans-serif"><h2>Weserland Fraud Insights &ndash; Q4/2025</h2>'
            '<p>Dear partners,</p><p>this is our quarterly look at insurance fraud across our book. All figures are '
            'aggregated and contain no data about individual customers.</p>'
            '<table border="1" cellpadding="4" cellspacing="0"><tr><th>Line</th><th>Referrals</th>'
            '<th>Confirmed</th><th>Savings</th></tr>' +
            ''.join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % r for r in _n5_rows) +
            '</table><h3>What we see</h3><ul><li>Staged rear-end collisions remain the biggest item in motor.</li>'
            '<li>Fake purchase receipts for bicycles and e-bikes are up by a third.</li>'
            '<li>Travel: forged medical bills from private clinics abroad, often in the last days of a trip.</li></ul>'
            '<p><b>Red flags</b> for your claims notifications: claim shortly after a change of cover, no witnesses, '
            'inconsistent dates, the same repairer or assessor in unrelated claims.</p>'
            '<p>Questions? <a href="mailto:siu@weserland.example">siu@weserland.example</a></p>'
            '<p style="font-size:10px"><a href="https://newsletter.weserland.example/abmelden">Unsubscribe</a></p>'
            '</body></html>')
add('NORMAL', 'en', 'newsletter',
    'trap: broker newsletter with fraud statistics per line incl. health ("Kranken"), aggregates only',
    'Weserland Partner News <newsletter@weserland.example>', 'undisclosed-recipients:;',
    'Fraud Insights Q4/2025: what our investigators saw last year', '01-20 07:30',
    _n5_text, html=_n5_html,
    hdrs=[('List-Unsubscribe', '<https://newsletter.weserland.example/abmelden>'), ('Precedence', 'bulk')])

# ---- 0006 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'named customer, household burglary claim with address and claim number, no health',
    A('dornbusch'), 'Renate Hülsmann <renate.huelsmann@t-net.example>',
    'Ihr Einbruchschaden vom 31.01.2026 – Schaden-Nr. HR-26-00731', '02-13 11:20',
'''Sehr geehrte Frau Hülsmann,

vielen Dank für Ihre Schadenmeldung zu dem Einbruch in Ihre Wohnung in der
Kornstraße 212, 28201 Bremen. Es tut uns leid, dass Sie das erleben mussten.

Damit wir Ihre Hausratversicherung (Vertrag HR-4410-22718) zügig abrechnen
können, brauchen wir noch:

  - die Stehlgutliste, die Sie bei der Polizei abgegeben haben, mit dem
    Aktenzeichen der Anzeige,
  - Kaufbelege oder Fotos für den Schmuck und die beiden Uhren,
  - eine Rechnung für die Reparatur der Wohnungstür (falls schon vorhanden).

Einen Vordruck für die Stehlgutliste finden Sie auch in unserem
Kundenportal. Bei Fragen erreichen Sie mich direkt unter der unten
stehenden Nummer.

Mit freundlichen Grüßen

''' + sig('dornbusch') + '\n\n' + FOOT_DE,
    cs='iso-8859-1', cte='quoted-printable')

# ---- 0007 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
    'health-insurance billing query to a doctor about a named patient, treatment dates vs. stay abroad, diagnoses',
    A('brandt'), 'Praxis Dr. med. Jörn Feldkamp <praxis@dr-feldkamp-hausarzt.example>',
    'Rückfrage zu Ihren Rechnungen – Patientin Nuray Aksoy, geb. 03.05.1984', '02-16 09:05',
'''Sehr geehrter Herr Dr. Feldkamp,

Ihre Patientin Frau Nuray Aksoy (geb. 03.05.1984) ist bei uns
krankenversichert (Vers.-Nr. KV-6620-41195) und hat uns Ihre Rechnungen
vom 12.01. und 02.02.2026 zur Erstattung eingereicht. Die Patientin hat
uns eine Schweigepflichtentbindung für Rückfragen bei Ihnen erteilt
(Kopie liegt bei uns vor).

Uns sind dabei einige Punkte aufgefallen, um deren Klärung wir Sie bitten:

1. Die Rechnung vom 12.01.2026 weist für den 22., 23. und 29.12.2025
   jeweils eine Beratung nach GOÄ 3 und eine Infusion (GOÄ 271) aus.
   Nach unseren Unterlagen hielt sich Frau Aksoy vom 19.12.2025 bis
   04.01.2026 in Izmir auf (Auslandsreise-Krankenversicherung, dort ist
   eine Behandlung wegen Gastroenteritis abgerechnet).
2. Diagnose auf beiden Rechnungen: "J06.9 G, M54.5 G, F43.2 G". Die
   Infusionen sind dazu für uns nicht nachvollziehbar – um welches
   Präparat handelte es sich?
3. Könnten Sie uns eine Kopie der Karteikarte für den Zeitraum
   01.12.2025 bis 31.01.2026 übersenden?

Für Ihren Aufwand vergüten wir Ihnen eine Auskunftspauschale nach
GOÄ-Nr. 75. Bitte antworten Sie über unser sicheres Postfach oder per Fax
an 0421 5570-6299.

Mit freundlichen Grüßen

''' + sig('brandt') + '\n\n' + FOOT_DE_KV)

# ---- 0008 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: SIU monthly statistics XLSX (referrals, hit rate, savings by line incl. health and life) – aggregates only',
    A('paulsen'), 'SIU <siu@weserland.example>', 'SIU-Monatsreport Januar 2026', '02-05 13:30',
'''Moin zusammen,

anbei der Monatsreport Januar. Kurz die Highlights:

* 214 Abgaben an die SIU (Vormonat 187), davon 61 % aus dem Scoring,
  27 % aus den Fachbereichen, 12 % Hinweise von außen
* Trefferquote (Verdacht bestätigt) 31 %, eingesparter Aufwand 1,12 Mio. EUR
* Kranken: auffällig viele Physiotherapie-Rechnungen aus zwei Praxen, Analyse läuft
* Leben/BU: 4 Fälle, zu wenig für eine Quote

Im Reiter "Scoring" stehen die Kennzahlen zum neuen Modell (Precision/Recall
je Sparte). Personenbezogene Daten sind nicht enthalten.

Jens
''',
    atts=[att('SIU_Monatsreport_2026-01.xlsx', xlsx([
        ('Übersicht', [['Sparte', 'Abgaben', 'davon Scoring', 'bestätigt', 'Quote', 'Einsparung EUR'],
                       ['Kraftfahrt', 98, 71, 34, 0.347, 512000], ['Hausrat', 37, 22, 11, 0.297, 88400],
                       ['Wohngebäude', 9, 4, 3, 0.333, 241000], ['Haftpflicht', 24, 12, 6, 0.25, 37900],
                       ['Reise', 19, 11, 7, 0.368, 64200], ['Kranken', 23, 10, 5, 0.217, 171500],
                       ['Leben/BU', 4, 0, 1, 0.25, 0], ['Summe', 214, 130, 67, 0.313, 1115000]]),
        ('Scoring', [['Sparte', 'Precision', 'Recall', 'Schwelle'], ['Kraftfahrt', 0.41, 0.68, 70],
                     ['Hausrat', 0.33, 0.59, 65], ['Kranken', 0.29, 0.52, 75]]),
    ], title='SIU Monatsreport Januar 2026', creator='Jens Paulsen'))])

# ---- 0009 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-partner',
    'grey: prior-damage check with another insurer about a named claimant, plate and VIN; no suspicion stated, no health',
    A('rehberg'), 'Claims Enquiries <claims.enquiries@northgate-insurance.example>',
    'Prior damage enquiry - vehicle HB-XT 7730 / VIN WDD2130041A118234', '02-17 10:12',
'''Dear colleagues,

we are handling a third-party motor claim in which the claimant, Mr Piotr
Zielinski of Bremerhaven, asks for repair costs of EUR 8,940 for a
Mercedes E 220d, registration HB-XT 7730, VIN WDD2130041A118234. The
damage is to the rear bumper, tailgate and the left rear light.

According to the claimant, the vehicle was insured with you under
comprehensive cover until October 2025. Could you please let us know
whether you settled a claim for damage to the same area of this vehicle
in 2024 or 2025, and if so, whether a repair invoice was presented?

We are asking under our legitimate interest in checking for prior damage
(Art. 6(1)(f) GDPR); the claimant has been informed about such enquiries
in our data protection notice. Our reference: 26-K-020117.

Thank you in advance and kind regards,

''' + sig('rehberg', 'en') + '\n\n' + FOOT_EN,
    cs='us-ascii')

# ---- 0010 -----------------------------------------------------------------
add('NORMAL', 'de', 'insurer-to-supplier',
    'trap: framework contract with a detective agency (GmbH), company IBAN, hourly rates for surveillance – no person concerned',
    A('frerichs'), 'Argus Ermittlungen GmbH <vertrieb@argus-ermittlungen.example>',
    'Rahmenvertrag Ermittlungsdienstleistungen 2026 – Bestellnummer BE-2026-0088', '01-14 15:44',
'''Sehr geehrte Frau Jacobsen,

vielen Dank für das überarbeitete Angebot. Wir bestätigen hiermit die
Verlängerung des Rahmenvertrags über Ermittlungsdienstleistungen für die
Zeit vom 01.02.2026 bis 31.01.2027 zu folgenden Konditionen:

  Recherche/Innendienst          68,00 EUR/Std.
  Observation (je Ermittler)     79,00 EUR/Std., Nacht/Wochenende +25 %
  Fahrtkosten                    0,48 EUR/km
  Abschlussbericht               pauschal 120,00 EUR

Die Beauftragung im Einzelfall erfolgt ausschließlich schriftlich durch die
Abteilung Spezialermittlung (SIU). Observationen sind vorab von der
Leitung SIU und dem Datenschutz freizugeben; Bild- und Videoaufnahmen nur
im öffentlichen Raum.

Bitte stellen Sie Ihre Rechnungen unter Angabe der Bestellnummer
BE-2026-0088 an rechnungseingang@weserland.example. Ihre Bankverbindung
haben wir wie folgt hinterlegt:

  Argus Ermittlungen GmbH
  IBAN ''' + iban('DE', '290501010082716345') + '''
  Sparkasse Bremen

Eine unterschriebene Ausfertigung des Vertrags geht Ihnen per Post zu.

Mit freundlichen Grüßen

''' + sig('frerichs') + '\n\n' + FOOT_DE)

# ---- 0011 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'life insurance: confirmation of a changed beneficiary for a named customer (personal line)',
    A('wiechmann'), 'Helmut Stöver <h.stoever@posteo-mail.example>',
    'Ihre Lebensversicherung LV 88 210 447 – Änderung des Bezugsrechts', '01-08 10:30',
'''Sehr geehrter Herr Stöver,

wir bestätigen Ihnen gern die Änderung des Bezugsrechts für Ihre
Kapitallebensversicherung LV 88 210 447.

Ab dem 06.01.2026 gilt:
  bezugsberechtigt im Todesfall: Frau Marlene Stöver, geb. Ahrens,
  geb. 21.09.1962 (widerruflich)
  bisher: Herr Jannik Stöver, geb. 30.06.1990

Im Erlebensfall bleiben Sie selbst bezugsberechtigt. Den aktualisierten
Nachtrag zum Versicherungsschein senden wir Ihnen in den nächsten Tagen
per Post.

Bitte beachten Sie: Für die Änderung eines widerruflichen Bezugsrechts
genügt Ihre schriftliche Mitteilung – die Zustimmung der bisher bezugs-
berechtigten Person ist nicht erforderlich.

Mit freundlichen Grüßen

''' + sig('wiechmann') + '\n\n' + FOOT_DE_LEBEN,
    cs='windows-1252', cte='8bit')

# ---- 0012 -----------------------------------------------------------------
add('NORMAL', 'en', 'internal',
    'trap: IT ticket on the fraud-scoring deployment mentioning "diagnosis code", "patient id", IBAN field – no data',
    A('demir'), 'Jens Paulsen <jens.paulsen@weserland.example>',
    'RE: [INC-2026-03381] Fraud scoring v2.3 - field mapping for health claims', '02-18 17:22',
'''Hi Jens,

deployed v2.3 to the acceptance environment (fraud-score-acc.weserland.example).
The mapping issue is fixed:

- field DIAG_CODE (ICD-10) is now read from the invoice line, not the header
- PATIENT_ID is hashed before it leaves the claims system, as agreed with
  data protection; the model only sees the hash
- the IBAN_CHANGED flag was always false because we compared the masked
  values - now we compare the hash of the full IBAN

Please run your test set (the synthetic one, not production extracts!) and
tell me if the scores look plausible. Go-live window would be Tuesday 24th,
18:00.

Cheers
Yusuf

> -----Original Message-----
> From: Paulsen, Jens
> Sent: Wednesday, 18 February 2026 08:51
> To: Demir, Yusuf
> Subject: [INC-2026-03381] Fraud scoring v2.3 - field mapping for health claims
>
> Yusuf, in acc every health invoice gets the same diagnosis feature, looks
> like DIAG_CODE is empty. Also IBAN_CHANGED never fires. Can you check?
> Jens
''',
    cs='us-ascii')

# ---- 0013 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-broker',
    'broker gets eVB and motor policy data of a named client incl. birth date and plate',
    A('stenzel'), 'Volker Hoffmann <v.hoffmann@hoffmann-assekuranz.example>',
    'AW: eVB für Frau Lindqvist', '01-12 08:58',
'''Hallo Herr Hoffmann,

hier die eVB-Nummer für Ihre Kundin:

  Kundin:   Elin Lindqvist, geb. 11.02.1996
  Anschrift: Hemelinger Heerstraße 88, 28309 Bremen
  eVB:      K7M4PQ2
  Fahrzeug: Fiat 500 Hybrid, FIN ZFA3120000J884120
  Tarif:    Kfz-Haftpflicht + Teilkasko 150 EUR SB, SF 3

Der Antrag ist im System angelegt (Vorgang 26-NG-00418), die Police kommt
nach der Zulassung.

Viele Grüße aus Bremen
Marco Stenzel

> Moin Herr Stenzel, kurze Bitte: eVB für Frau Lindqvist, Fiat 500, Daten
> wie im Antrag von gestern. Zulassung ist morgen früh. Danke! VH
''', cte='8bit')

# ---- 0014 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
    'life claim: suspected forged death certificate abroad for a named insured, exchange with reinsurer',
    A('okafor'), 'Dr. Samuel Achterberg <s.achterberg@baltic-re.example>',
    '[secure] Death claim LV 91 004 318 - Kemal Arslan - request for investigation budget', '02-19 11:37',
'''Dear Samuel,

as announced in our call, here is a short summary of the death claim we
would like to investigate before any payment. Your share under the
surplus treaty is 60 %, so we need your consent for the external costs.

Insured:  Kemal Arslan, born 08/03/1979, Bremen
Policy:   term life LV 91 004 318, sum assured EUR 750,000, inception
          01/06/2024 (i.e. within the 3-year contestability period)
Claim:    reported 27/01/2026 by the beneficiary (his brother); death
          said to have occurred on 11/01/2026 in a village near Sivas,
          Turkey, "heart attack", burial the same day

Points of concern:
- the death certificate was issued by a local health post, not by the
  civil registry; the stamp and the doctor's name do not match the
  registry we checked through our correspondent;
- no hospital records, no autopsy;
- the insured increased the sum assured from EUR 250,000 in August 2025;
- the application in 2024 answered all health questions with "no",
  while the claim form now mentions "known hypertension since 2019".

We would instruct our correspondent in Ankara (estimated EUR 6,500) to
verify the civil registry entry, the burial and the local health post,
and to interview the attending doctor.

Could you confirm by the end of next week?

Best regards
Miriam

''' + sig('okafor', 'en') + '\n\n' + FOOT_EN.replace(CO, 'Weserland Lebensversicherung AG').replace('HRB 41877', 'HRB 41878'),
    cs='us-ascii')

# ---- 0015 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: data-protection guidance for investigators (Art. 10 GDPR, health data, observation) – no person',
    A('hartkamp'), 'SIU <siu@weserland.example>', 'Datenschutz in der SIU – was gehört in die Ermittlungsakte?', '01-22 14:10',
'''Liebe Kolleginnen und Kollegen der SIU,

nach unserem Gespräch im Dezember fasse ich die wichtigsten Regeln noch
einmal zusammen. Das ersetzt nicht die Arbeitsanweisung AA-SIU-03, hilft
aber hoffentlich im Alltag:

1. Verdachtsdaten sind Daten über (mögliche) Straftaten (Art. 10 DS-GVO,
   § 24 BDSG). Sie gehören nur in die SIU-Akte, nicht in die allgemeine
   Schadenakte und nicht in Freitextfelder des Bestandssystems.
2. Gesundheitsdaten (Diagnosen, Arztberichte, Rechnungen mit ICD-Codes)
   nur, soweit sie für den konkreten Verdacht nötig sind. Die
   Schweigepflichtentbindung muss vorliegen, bevor ihr Ärzte anschreibt.
3. Anfragen an andere Versicherer und an das Hinweis- und Auskunfts-
   register (HAR) nur mit Fallbezug und Aktenzeichen – keine "Vorrats-
   abfragen".
4. Observationen nur nach Freigabe durch Leitung SIU und mich, zeitlich
   begrenzt, nicht in der Wohnung oder im Garten, keine Kinder filmen.
5. Social-Media-Recherche: nur öffentlich sichtbare Inhalte, keine
   Fake-Profile, Screenshots mit Datum und URL sichern.
6. Vertrauliche Inhalte verlassen das Haus nur verschlüsselt (Siegel /
   Portal) – auch an Polizei und Staatsanwaltschaft.
7. Löschung: Fälle ohne bestätigten Verdacht nach 3 Jahren, sonst nach
   Ende des Verfahrens + 5 Jahre (Löschkonzept Version 2.1).

Bei Zweifeln lieber einmal mehr fragen.

Viele Grüße
Leonie Hartkamp

''' + sig('hartkamp'))

# ---- 0016 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'grey: routine theft check for a named customer (keys, questionnaire, plate) – no allegation, motor',
    A('rehberg'), 'Murat Yıldız <murat.yildiz@webpost.example>',
    'Diebstahl Ihres Fahrzeugs HB-MY 404 – Schaden-Nr. 26-K-011093', '02-20 09:48',
'''Sehr geehrter Herr Yildiz,

wir haben Ihre Meldung zum Diebstahl Ihres Audi A6 Avant (HB-MY 404) aus
der Tiefgarage in der Überseestadt erhalten. Bei Fahrzeugdiebstählen prüfen
wir jeden Fall nach einem festen Ablauf; bitte verstehen Sie die folgenden
Fragen daher nicht als Misstrauen.

Bitte senden Sie uns:

  1. alle Fahrzeugschlüssel (laut Kaufvertrag zwei Funkschlüssel) per
     Einschreiben an die unten stehende Adresse. Wir lassen die Schlüssel
     auslesen und senden sie Ihnen danach zurück;
  2. den ausgefüllten Fragebogen "Fahrzeugentwendung" (anbei im Portal);
  3. den Kaufvertrag und den Nachweis über die Finanzierung;
  4. die Bestätigung der Anzeige bei der Polizei (Aktenzeichen).

Die 30-Tage-Frist für das Wiederauffinden läuft bis zum 19.03.2026. Danach
rechnen wir die Teilkasko ab.

Für Rückfragen bin ich unter der Durchwahl unten erreichbar.

Freundliche Grüße

''' + sig('rehberg') + '\n\n' + FOOT_DE,
    cs='windows-1252', cte='quoted-printable')

# ---- 0017 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
    'draft criminal complaint (insurance fraud, forged receipts) against a named claimant sent to outside counsel, DOCX',
    A('luedemann'), 'RA Dr. Konstantin Mehring <mehring@kanzlei-mehring-partner.example>',
    'Entwurf Strafanzeige Hausrat HR-25-09914 – Ihre Durchsicht', '02-23 16:05',
'''Sehr geehrter Herr Dr. Mehring,

wie besprochen übersende ich Ihnen den Entwurf unserer Strafanzeige wegen
versuchten Betrugs (§§ 263, 22 StGB) und Urkundenfälschung (§ 267 StGB).
Die SIU hat die Ermittlungen abgeschlossen; die Belege zu den angeblich
gestohlenen Gegenständen stammen nachweislich nicht von den angegebenen
Händlern.

Ich wäre Ihnen dankbar, wenn Sie den Entwurf bis Ende nächster Woche
durchsehen könnten – insbesondere Abschnitt 3 (Vorsatz) und die Frage, ob
wir die Anzeige in Bremen oder in Oldenburg erstatten sollten.

Mit freundlichen Grüßen
Petra Lüdemann

''' + sig('luedemann') + '\n\n' + FOOT_DE,
    atts=[att('Entwurf_Strafanzeige_HR-25-09914.docx', docx([
        ('h', 'Strafanzeige und Strafantrag'),
        'An die Staatsanwaltschaft Bremen – Entwurf Stand 23.02.2026',
        ('b', '1. Beschuldigte'),
        'Sandra Pietsch, geb. 19.10.1988, Vegesacker Heerstraße 41, 28757 Bremen',
        ('b', '2. Sachverhalt'),
        'Die Beschuldigte meldete am 14.11.2025 einen Einbruchdiebstahl aus ihrer Wohnung (Hausratversicherung '
        'HR-4402-71156, Schaden HR-25-09914) und reichte zum Nachweis Kaufbelege über eine Designerhandtasche '
        '(2.890 EUR), zwei Smartphones (1.749 EUR) und eine Spiegelreflexkamera (2.310 EUR) ein.',
        'Die Händler haben auf Nachfrage bestätigt, dass die Belegnummern nicht existieren bzw. anderen Käufen '
        'zuzuordnen sind. Das Layout der Belege entspricht einer im Internet frei verfügbaren Vorlage.',
        ('t', [['Beleg', 'angeblicher Händler', 'Ergebnis Prüfung'],
               ['R-88123', 'Lederhaus Lüders, Bremen', 'Belegnummer nicht vergeben'],
               ['4410-2291', 'Elektro Wilkens, Oldenburg', 'Beleg gehört zu anderem Kunden, 89 EUR'],
               ['FK-0931', 'Fotokontor Nord', 'Geschäft seit 2023 geschlossen']]),
        ('b', '3. Vorsatz'),
        'Die Beschuldigte hat die Belege nach Rückfrage unserer Ermittlerin am 09.01.2026 erneut als "Originale" bezeichnet.',
        ('b', '4. Schaden'),
        'Eine Auszahlung ist nicht erfolgt; es liegt ein versuchter Betrug vor. Geltend gemacht wurden 7.618 EUR.',
    ], title='Entwurf Strafanzeige', creator='Petra Lüdemann'))])

# ---- 0018 -----------------------------------------------------------------
add('NORMAL', 'mixed', 'internal',
    'trap: farewell lunch for a colleague, mentions "SIU", "Ermittler", "health" only socially',
    A('albers'), 'SIU <siu@weserland.example>', 'Farewell lunch for Miriam / Abschiedsessen Freitag', '03-04 12:02',
'''Hi all / Hallo zusammen,

Miriam is moving to our London office on 1 April – wir wollen sie
natürlich nicht ohne ordentliches Abschiedsessen gehen lassen!

  Friday, 13 March, 12:30, Restaurant "Kleiner Ratskeller", Böttcherstraße
  (table for 12 is booked, please reply until Tuesday if you join)

For our new colleague from the Dublin team: the lunch is on the department
budget, drinks are on you ;-) Wer noch etwas für das Abschiedsgeschenk
geben möchte: Umschlag liegt bei Jens am Platz.

Cheers, Katrin
''', cte='8bit')

# ---- 0019 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-company',
    'commercial theft claim of a company with named contact persons, loss list in CSV only, no health',
    A('carvalho'), 'Ms Joanna Kranz <j.kranz@hanse-logistik.example>',
    'Burglary at your warehouse Hemelingen - claim GW-26-0212', '02-24 13:50',
'''Dear Ms Kranz,

thank you for the meeting at your warehouse yesterday. As agreed, I am
sending you our list of the goods reported missing so far, as entered in
our system from the inventory you gave us (see the attached CSV). Please
check it with your warehouse manager, Mr Degenhardt, and add serial
numbers where you have them.

Our loss adjuster, Mr Fricke (Fricke & Sohn Schadengutachten), will come
back on Monday 2 March to look at the alarm system and the roller door.
Please keep the CCTV recordings of the night of 21/22 February.

Best regards

''' + sig('carvalho', 'en') + '\n\n' + FOOT_EN,
    cs='us-ascii',
    atts=[att('GW-26-0212_loss_list.csv', csvb([
        ['Pos', 'Artikel', 'Menge', 'EK netto EUR', 'Lagerplatz', 'erfasst von'],
        ['1', 'Akku-Schrauber 18V Set', '64', '11.136,00', 'R12-03', 'J. Kranz'],
        ['2', 'Winkelschleifer 125 mm', '40', '3.960,00', 'R12-04', 'J. Kranz'],
        ['3', 'Laser-Entfernungsmesser', '25', '2.475,00', 'R14-01', 'T. Degenhardt'],
        ['4', 'Kupferkabel NYM 3x1,5 (Trommel)', '18', '2.142,00', 'Freifläche B', 'T. Degenhardt'],
        ['5', 'Akku 5,0 Ah (Einzel)', '120', '5.640,00', 'R12-05', 'J. Kranz'],
    ], enc='windows-1252'), 'text/csv', charset='windows-1252')])

# ---- 0020 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-hospital',
    'hospital invoice check for a named patient: coding (DRG, ICD, OPS) questioned, suspected upcoding',
    A('brandt'), 'Abrechnung Klinikum Lilienthal <patientenabrechnung@klinikum-lilienthal.example>',
    'Rechnung 2026-011873 – Patient Gerhard Thiele, geb. 02.12.1949 – Prüfung der Kodierung', '02-25 10:15',
'''Sehr geehrte Damen und Herren,

zu Ihrer Rechnung 2026-011873 über den stationären Aufenthalt von Herrn
Gerhard Thiele (geb. 02.12.1949, Versicherten-Nr. KV-1184-30977) vom
12.01. bis 23.01.2026 haben wir folgende Rückfragen:

- Abgerechnet ist die DRG F49A mit Hauptdiagnose I21.4 (akuter
  subendokardialer Myokardinfarkt). Der Entlassbrief nennt als Aufnahme-
  grund dagegen eine hypertensive Entgleisung (I10.01), ein Infarkt wird
  dort ausgeschlossen.
- Die Nebendiagnosen J96.00 und E87.1 finden sich weder im Entlassbrief
  noch in den beigefügten Laborwerten.
- OPS 8-980.10 (intensivmedizinische Komplexbehandlung) ist kodiert; laut
  Verlegungsbericht lag Herr Thiele durchgehend auf der Normalstation.

Wir bitten um Übersendung der vollständigen Patientenakte (Pflegedoku-
mentation, Anordnungen, Verlaufsbericht) bzw. um eine korrigierte
Rechnung. Bis zur Klärung zahlen wir den unstrittigen Teilbetrag von
4.812,60 EUR.

Mit freundlichen Grüßen

''' + sig('brandt') + '\n\n' + FOOT_DE_KV)

# ---- 0021 -----------------------------------------------------------------
add('NORMAL', 'de', 'insurer-to-customer',
    'trap: content-free portal notification ("neue Nachricht im Postfach"), no data at all',
    'Weserland Kundenportal <noreply@weserland.example>', 'frank.oltmanns@mailbox-nord.example',
    'Sie haben eine neue Nachricht in Ihrem Weserland-Postfach', '02-25 18:31',
'''Guten Tag,

in Ihrem persönlichen Postfach im Weserland-Kundenportal liegt eine neue
Nachricht für Sie bereit.

Aus Sicherheitsgründen senden wir den Inhalt nicht per E-Mail. Bitte melden
Sie sich an unter

  https://portal.weserland.example/postfach

Sie haben diese E-Mail nicht erwartet oder kennen unser Portal nicht?
Dann klicken Sie bitte auf keinen Link und wenden Sie sich an unseren
Kundenservice: 0421 5570-2000.

Ihre Weserland Versicherung

Dies ist eine automatisch erzeugte Nachricht. Antworten an diese Adresse
werden nicht gelesen.
''', cs='iso-8859-1', cte='quoted-printable',
    hdrs=[('Auto-Submitted', 'auto-generated')])

# ---- 0022 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'internal',
    'investigator report (PDF only) on a travel medical claim: named insured, diagnoses, suspected fake clinic; body vague',
    A('okafor'), A('whitfield'), 'Report RM-26-00391', '03-02 15:27',
'''Claire,

report attached as discussed. Short version: don't pay, see section 4.

Miriam
''', cs='us-ascii',
    atts=[att('SIU_report_RM-26-00391.pdf', pdf([
        '# SIU Investigation Report - travel medical claim RM-26-00391',
        'Prepared by: Miriam Okafor, SIU   Date: 2 March 2026   Status: final',
        '',
        '# 1. Insured person',
        'Lukas Brinkmann, born 17 August 1993, Bremen; annual travel policy RV-3381-55120',
        '',
        '# 2. Claim',
        'Inpatient treatment at "Clinica Santa Aurora", Denpasar (Bali), 9-14 January 2026.',
        'Diagnoses on the invoice: A09.0 infectious gastroenteritis, E86 dehydration, R50.9 fever.',
        'Invoice total IDR 214,600,000 (approx. EUR 12,380), paid by the insured by card.',
        '',
        '# 3. Checks performed',
        '- Our assistance partner in Jakarta visited the address: a small pharmacy, no inpatient ward.',
        '- The "attending physician" is not listed in the Indonesian medical council register.',
        '- Card statement shows payment to a merchant named "AURORA TRAVEL SERVICES".',
        '- Instagram account of the insured (public) shows surfing photos dated 11 and 12 January.',
        '',
        '# 4. Assessment',
        'The treatment is very likely fictitious. Recommend declining the claim for fraud and',
        'terminating the policy; criminal complaint to be decided by Legal.',
    ], title='SIU report RM-26-00391', author='Miriam Okafor'))])

# ---- 0023 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'legal-expenses cover confirmation for a named customer in a tenancy dispute, no health',
    A('mahnke'), 'Birgit Sauerland <birgit.sauerland@freenet-mail.example>',
    'Deckungszusage Rechtsschutz – Ihr Mietstreit (RS-26-01877)', '02-26 11:02',
'''Sehr geehrte Frau Sauerland,

für Ihre Auseinandersetzung mit Ihrer Vermieterin, der Grundstücks-
gemeinschaft Feldstraße 9, wegen der Nebenkostenabrechnung 2024 erteilen
wir Ihnen Deckungszusage aus Ihrer Rechtsschutzversicherung
(Vertrag RS-7730-11846, Baustein Wohnungs- und Grundstücks-Rechtsschutz).

Die Zusage gilt für die außergerichtliche Tätigkeit Ihres Anwalts,
Herrn Rechtsanwalt Ole Brandes. Ihre Selbstbeteiligung beträgt 150 EUR.
Sollte ein Klageverfahren nötig werden, geben Sie uns bitte vorher
Bescheid.

Mit freundlichen Grüßen

''' + sig('mahnke') + '\n\n' + FOOT_DE)

# ---- 0024 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: generic red-flag checklist for property claims (DOCX) – indicators only, no case, no person',
    A('okafor'), 'Schaden Sach Team <schaden-sach-team@weserland.example>',
    'Checkliste Betrugsindikatoren Sach – Version 3.0', '03-03 08:40',
'''Hallo zusammen,

anbei die überarbeitete Checkliste. Neu sind die Indikatoren zu
E-Bikes und zu Leitungswasserschäden bei Leerstand. Bitte die alte
Version 2.4 aus euren Favoriten löschen.

Wichtig: Ein einzelner Indikator ist KEIN Verdacht. Erst wenn mehrere
zusammenkommen, gebt den Fall über die Maske "Abgabe SIU" ab – bitte
keine Verdachtsvermerke in den Freitext der Schadenakte schreiben.

Viele Grüße
Miriam
''',
    atts=[att('Checkliste_Betrugsindikatoren_Sach_v3.docx', docx([
        ('h', 'Checkliste Betrugsindikatoren – Sachversicherung (Version 3.0, März 2026)'),
        'Nur für den internen Gebrauch. Die Checkliste enthält keine Fall- oder Personendaten.',
        ('b', 'A. Vertrag'),
        'Schaden kurz nach Vertragsbeginn oder Summenerhöhung (< 3 Monate); häufige Wechsel des Versicherers; '
        'Beitragsrückstände unmittelbar vor dem Schaden.',
        ('b', 'B. Schadenereignis'),
        'Keine Zeugen; Schaden in Urlaubszeit gemeldet, aber Rückkehr unklar; Einbruch ohne Aufbruchspuren; '
        'Brand mit mehreren Ausbruchstellen; Leitungswasser in leerstehender Wohnung.',
        ('b', 'C. Nachweise'),
        'Kaufbelege ohne Steuernummer oder mit Rechenfehlern; Belege nur als Foto; identische Belege in mehreren '
        'Schäden; Gutachter/Handwerker tauchen in vielen Fällen auf.',
        ('b', 'D. Verhalten'),
        'Sehr drängendes Auftreten; Drohung mit Anwalt/Presse; widersprüchliche Angaben am Telefon und schriftlich.',
        ('t', [['Indikatoren', 'Empfehlung'], ['0–1', 'normale Bearbeitung'], ['2–3', 'Rücksprache Teamleitung'],
               ['ab 4 oder ein harter Indikator', 'Abgabe an SIU']]),
    ], title='Checkliste Betrugsindikatoren Sach', creator='Miriam Okafor'))])

# ---- 0025 -----------------------------------------------------------------
_har = fwd('HAR Auskunftsdienst <auskunft@har-register.example>', 'SIU <siu@weserland.example>',
           'HAR-Auskunft 2026-0219-88412 zu Ihrer Anfrage WG-26-00144', '02-19 07:02',
'''HAR – Hinweis- und Auskunftsregister der Versicherungswirtschaft
Auskunft zu Anfrage WG-26-00144 (Weserland Versicherung AG)

Angefragte Person: Henning Brüggemann, geb. 22.04.1966
Anschrift: Lange Reihe 3, 27711 Osterholz-Scharmbeck

Meldungen (3):
  2022-08  Wohngebäude  Leitungswasser  Meldender VU: 41-077  Meldegrund: Schadenhäufigkeit
  2023-11  Wohngebäude  Sturm/Hagel     Meldender VU: 41-077  Meldegrund: Schadenhäufigkeit
  2025-03  Hausrat      Leitungswasser  Meldender VU: 52-113  Meldegrund: Schadenhöhe

Hinweis: Eine Meldung im HAR ist kein Beleg für ein Fehlverhalten. Bitte
prüfen Sie den Einzelfall und wenden Sie sich für Einzelheiten an den
meldenden Versicherer.
''')
add('CONFIDENTIAL', 'de', 'internal',
    'grey: forwarded register result (named person, birth date, prior property claims) only in attached .eml; register says no suspicion',
    A('dornbusch'), A('okafor'), 'WG: HAR-Auskunft zu WG-26-00144 (Leitungswasser Osterholz)', '02-19 08:15',
'''Miriam, die HAR-Auskunft zum Leitungswasserschaden Osterholz hängt an.
Drei Vormeldungen wegen Häufigkeit. Lohnt sich eine Anfrage bei den
beiden Versicherern oder reguliere ich normal? Schaden ist 6.800 EUR.

Felix
''', atts=[att('HAR-Auskunft_WG-26-00144.eml', _har)])

# ---- 0026 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'accident insurance: benefit refused for a named insured because of contradictory accounts; injuries and treating doctors named',
    A('sommer'), 'Dirk Menkens <dirk.menkens@mailbox-nord.example>',
    'Ihre Unfallversicherung UV-2201-48834 – Entscheidung zum Unfall vom 08.11.2025', '03-05 10:00',
'''Sehr geehrter Herr Menkens,

wir haben Ihren Antrag auf Invaliditätsleistung wegen des Sturzes von der
Leiter am 08.11.2025 sorgfältig geprüft. Leider können wir keine Leistung
erbringen.

Begründung:
In Ihrer Unfallanzeige vom 12.11.2025 geben Sie an, beim Reinigen der
Dachrinne gestürzt zu sein. Im Durchgangsarztbericht der Klinik am
Bürgerpark vom 08.11.2025 ist dagegen festgehalten, Sie seien "beim
Fußballspielen umgeknickt". Die diagnostizierte Ruptur des vorderen
Kreuzbandes rechts (S83.53) und die Innenmeniskusläsion passen nach
Auskunft unseres beratenden Arztes zu einem Verdrehtrauma, nicht zu
einem Sturz aus 3 m Höhe.

Zudem wurde bei Ihnen bereits 2019 eine Kreuzbandplastik am selben Knie
durchgeführt, die Sie im Antrag zur Unfallversicherung nicht angegeben
haben. Ein Vorzustand dieser Art mindert die Leistung nach Ziffer 3 AUB
erheblich.

Eine Invalidität infolge eines versicherten Unfalls ist damit nicht
nachgewiesen. Sie können gegen diese Entscheidung innerhalb von sechs
Monaten Einwände erheben oder unseren Ombudsmann anrufen.

Mit freundlichen Grüßen

''' + sig('sommer') + '\n\n' + FOOT_DE)

# ---- 0027 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-partner',
    'trap: answer to an association survey on fraud, aggregated loss figures incl. health and life, XLSX',
    A('paulsen'), 'Fraud Survey Team <survey@european-insurers-forum.example>',
    'RE: EIF Fraud Survey 2025 - Weserland submission', '03-06 16:40',
'''Dear survey team,

please find attached our submission for the EIF Fraud Survey 2025.

A few notes on methodology:
- "Detected fraud" = cases where the SIU confirmed fraud or the claimant
  withdrew the claim after our questions.
- Health and life figures are below your minimum cell size of 10 for
  some categories, so we merged them into "personal lines".
- No individual data is included; amounts are rounded to EUR 1,000.

Let me know if you need anything else.

Kind regards
Jens Paulsen
Fraud Analytics, Weserland Versicherung AG
''', cs='us-ascii',
    atts=[att('EIF_Fraud_Survey_2025_Weserland.xlsx', xlsx([
        ('Survey', [['Line of business', 'Claims reported', 'Referred to SIU', 'Detected fraud', 'Amount saved (kEUR)'],
                    ['Motor', 61220, 1412, 539, 4910], ['Household', 18830, 506, 110, 1370],
                    ['Buildings', 9410, 133, 39, 2040], ['Liability', 14260, 388, 68, 620],
                    ['Travel', 7740, 241, 81, 480], ['Personal lines (health, life, accident)', 402100, 221, 57, 1130]]),
        ('Notes', [['Cells < 10 merged into "Personal lines"'], ['Reporting year 2025, Weserland group']]),
    ], title='EIF Fraud Survey 2025'))])

# ---- 0028 -----------------------------------------------------------------
add('CONFIDENTIAL', 'mixed', 'insurer-to-partner',
    'grey: cross-border motor claim check with a Dutch insurer about a named driver and plate; no suspicion stated',
    A('kruse'), 'Schadeafdeling <schade@polderland-verzekeringen.example>',
    'Schadenfall / schadegeval 26-K-023388 – uw verzekerde J. de Boer, kenteken S-482-KT', '03-09 09:30',
'''Sehr geehrte Damen und Herren, dear colleagues,

(English below)

wir regulieren einen Unfall vom 01.03.2026 auf der A1 bei Oyten zwischen
unserem Versicherungsnehmer und Ihrem Versicherten, Herrn Jeroen de Boer
(NL-Kennzeichen S-482-KT, Volvo XC60). Unser VN hat uns die Schilderung
Ihres Versicherten übergeben; sie weicht von seiner eigenen ab.

English: We are handling the collision of 1 March 2026 on the A1 near
Oyten involving your insured, Mr Jeroen de Boer (plate S-482-KT). Could
you please send us his written account of the accident and tell us
whether you have already received a claim from him for his own vehicle?
Our insured reports damage of EUR 5,210 to his VW Touran (HB-GT 119).

Our reference 26-K-023388. Met vriendelijke groet / kind regards

''' + sig('kruse', 'en') + '\n\n' + FOOT_EN)

# ---- 0029 -----------------------------------------------------------------
_z29 = zipb([
    ('01_Uebersicht_Verfahren_Kowalczyk_Lenz.txt', (
        'Übersicht für die Staatsanwaltschaft Bremen – Az. 260 Js 9921/26\r\n'
        'Beschuldigte: Dennis Kowalczyk (geb. 27.01.1994), Artur Lenz (geb. 05.09.1989), '
        'Serkan Öztürk (geb. 11.12.1991)\r\n'
        'Vorwurf: gewerbsmäßiger Betrug durch gestellte Verkehrsunfälle (§ 263 Abs. 3 StGB)\r\n'
        '7 Unfälle 2024-2026, Gesamtforderung 68.420 EUR, davon gezahlt 31.775 EUR\r\n').encode('utf-8')),
    ('02_Schadenliste.csv', csvb([
        ['Datum', 'Schaden-Nr.', 'Schädiger (VN)', 'Geschädigter', 'Forderung EUR', 'gezahlt EUR'],
        ['14.03.2024', '24-K-008812', 'S. Öztürk', 'A. Lenz', '9.840', '9.840'],
        ['02.09.2024', '24-K-021774', 'D. Kowalczyk', 'S. Öztürk', '12.115', '12.115'],
        ['19.05.2025', '25-K-014209', 'S. Öztürk', 'A. Lenz', '9.820', '9.820'],
        ['06.02.2026', '26-K-018842', 'D. Kowalczyk', 'A. Lenz', '11.460', '0'],
    ], enc='windows-1252')),
    ('03_Aktenvermerk_SIU.pdf', pdf([
        '# Aktenvermerk SIU-2026-0147 (Auszug für die Staatsanwaltschaft)',
        'Die drei Beschuldigten sind Gesellschafter bzw. Angestellte der DL Autoservice UG, Bremen-Gröpelingen.',
        'In allen Fällen: Gutachten durch dasselbe Sachverständigenbüro, fiktive Abrechnung, Unfälle nachts.',
        'Das Fahrzeug BMW 530d (HB-AL 530) wurde nach keinem der Schäden repariert (Fotovergleich).',
        'Bearbeiter: T. Rehberg, SIU, 06.03.2026',
    ], title='Aktenvermerk SIU-2026-0147')),
])
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-authority',
    'material for the prosecutor on a staged-accident ring: named suspects, birth dates, claims – content only inside the ZIP',
    A('rehberg'), 'Staatsanwaltschaft Bremen, Abt. 26 <poststelle.abt26@sta-bremen.example>',
    'Az. 260 Js 9921/26 – Unterlagen der Weserland Versicherung', '03-10 14:12',
'''Sehr geehrte Frau Staatsanwältin Dr. Reimers,

wie am Telefon vereinbart übersende ich Ihnen die angeforderten Unterlagen
zu dem oben genannten Verfahren als verschlüsseltes ZIP-Archiv. Das
Passwort erhalten Sie getrennt per SMS an die uns genannte Dienstnummer.

Für eine Zeugenvernehmung stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

''' + sig('rehberg') + '\n\n' + FOOT_DE,
    atts=[att('Weserland_260Js9921-26.zip', _z29)])

# ---- 0030 -----------------------------------------------------------------
add('NORMAL', 'de', 'newsletter',
    'trap: HTML-only customer newsletter on scams (fake police officers, phishing "Arztrechnung") – no personal data',
    'Weserland Kundenbrief <kundenbrief@weserland.example>', 'undisclosed-recipients:;',
    'Kundenbrief März: So schützen Sie sich vor Trickbetrügern', '03-11 07:00', None,
    html='''<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Kundenbrief März 2026</title></head>
<body style="font-family:Verdana,sans-serif;font-size:14px;color:#222">
<table width="600" align="center" cellpadding="12"><tr><td style="background:#0b4f6c;color:#fff">
<h1 style="margin:0">Weserland Kundenbrief &ndash; März 2026</h1></td></tr>
<tr><td>
<h2>Falsche Polizisten, falsche Enkel, falsche Rechnungen</h2>
<p>Betrüger werden immer einfallsreicher. Unsere Spezialermittlerinnen und -ermittler sehen jedes Jahr
hunderte Fälle &ndash; hier die drei häufigsten Maschen und wie Sie sich schützen:</p>
<ol>
<li><b>Der falsche Polizist:</b> Die echte Polizei fragt niemals am Telefon nach Bargeld, Schmuck oder Ihrer Bankverbindung.</li>
<li><b>Die gefälschte Arztrechnung per E-Mail:</b> Öffnen Sie keine Anhänge wie &bdquo;Arztrechnung_offen.zip&ldquo;. Ihre Rechnungen reichen Sie am sichersten in unserer App ein.</li>
<li><b>Der Anruf &bdquo;von Ihrer Versicherung&ldquo;:</b> Wir fragen Sie nie nach Passwörtern oder TANs.</li>
</ol>
<p>Mehr Tipps finden Sie unter <a href="https://www.weserland.example/betrug-erkennen">www.weserland.example/betrug-erkennen</a>.</p>
<p style="font-size:11px;color:#777">Sie erhalten diesen Kundenbrief, weil Sie ihn abonniert haben.
<a href="https://newsletter.weserland.example/abmelden">Abmelden</a> &middot; Weserland Versicherung AG, Am Wall 140, 28195 Bremen</p>
</td></tr></table></body></html>
''', hdrs=[('Precedence', 'bulk'), ('List-Unsubscribe', '<https://newsletter.weserland.example/abmelden>')])

# ---- 0031 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'storm damage payout to a named customer with her IBAN (windows-1252, 8bit)',
    A('dornbusch'), 'Gisela Tammen <gisela.tammen@t-net.example>',
    'Sturmschaden Carport – Auszahlung', '03-12 13:25',
'''Sehr geehrte Frau Tammen,

gute Nachricht: Wir übernehmen den Sturmschaden an Ihrem Carport vom
18.02.2026 aus Ihrer Wohngebäudeversicherung (WG-3309-45120) in Höhe von
2.386,40 EUR (Rechnung Zimmerei Bruns abzgl. 250 EUR Selbstbeteiligung).

Der Betrag wird in den nächsten drei Werktagen auf Ihr Konto
''' + iban('DE', '280501000011487236') + ''' (Sparkasse LeerWittmund) überwiesen.

Bitte prüfen Sie die Bankverbindung – falls sie nicht mehr stimmt, geben
Sie mir bitte heute noch Bescheid.

Mit freundlichen Grüßen

''' + sig('dornbusch') + '\n\n' + FOOT_DE,
    cs='windows-1252', cte='8bit')

# ---- 0032 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
    'expat health plan: request for medical records of a named member with diagnosis and treatment',
    A('brandt'), 'Dr. Aisha Rahman <a.rahman@dubai-family-clinic.example>',
    'Medical records request - Mr Oliver Grant, DOB 14/09/1977, member no. IP-7720-1188', '03-13 08:20',
'''Dear Dr Rahman,

Mr Oliver Grant (date of birth 14/09/1977) is insured with us under an
international private medical plan (member no. IP-7720-1188). He has
submitted your invoices for treatment between 10 January and 20 February
2026, totalling AED 38,450, with the diagnosis "lumbar disc herniation
with radiculopathy (M51.1)".

Before we can reimburse the invoices we need:
- your initial consultation notes and the MRI report,
- the treatment plan for the physiotherapy and the two epidural
  injections,
- confirmation whether the symptoms started before 1 September 2025
  (start of his cover), as the claim form mentions "recurring back pain
  for years".

A signed medical information release by Mr Grant is attached to the
secure message in our portal. Please upload the records there or reply
to this email only if your clinic uses TLS; do not send them unencrypted.

Yours sincerely

''' + sig('brandt', 'en') + '\n\n' + FOOT_EN.replace(CO, 'Weserland Krankenversicherung AG').replace('HRB 41877', 'HRB 41879'),
    cs='us-ascii')

# ---- 0033 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: training material on ICD-10 codes for claims staff, many example codes and diagnoses, no patient',
    A('brandt'), 'Leistung Kranken <leistung-kranken@weserland.example>', 'Lernhäppchen Nr. 7: ICD-10-Zusatzkennzeichen G, V, Z, A', '01-27 11:45',
'''Hallo zusammen,

hier unser nächstes Lernhäppchen für die Rechnungsprüfung – diesmal zu den
Zusatzkennzeichen der Diagnosesicherheit:

  G = gesicherte Diagnose          (z. B. E11.9 G – Diabetes mellitus Typ 2)
  V = Verdachtsdiagnose            (z. B. C50.9 V – Verdacht auf Brustkrebs)
  Z = Zustand nach                 (z. B. I21.9 Z – Zustand nach Herzinfarkt)
  A = ausgeschlossene Diagnose     (z. B. I26.9 A – Lungenembolie ausgeschlossen)

Praxistipp: Bei "V" und "A" keine Vorerkrankung im Sinne der Antragsfragen
annehmen, ohne den Arztbericht zu lesen. Bei "Z" immer das Datum prüfen.

Und aus aktuellem Anlass (SIU-Analyse Physio): Heilmittelverordnungen
ohne Diagnose oder mit reinen Z-Codes bitte nicht automatisch freigeben,
sondern an die zweite Stufe geben.

Quiz am Freitag im Teammeeting – es gibt Kekse.

Holger
''')

# ---- 0034 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-broker',
    'fleet renewal: company fleet with named drivers and their claims history (XLSX), no health',
    A('carvalho'), 'Sarah Whitlock <s.whitlock@atlantic-brokers.example>',
    'Fleet renewal 2026 - Nordsee Facility Services GmbH', '03-16 12:10',
'''Hi Sarah,

as promised, our renewal terms for Nordsee Facility Services' fleet
(policy FL-2208-0031, 46 vehicles). Premium goes up by 6.5 % because of
the loss ratio (71 % over three years). The attached sheet shows the
claims per driver that drive the increase - two drivers account for
almost half of the damage.

If the client agrees to telematics for these two vehicles and a driver
training, we can hold the increase at 3 %.

Please come back to me by 31 March.

Best
Rui

''' + sig('carvalho', 'en', short=True),
    atts=[att('FL-2208-0031_claims_by_driver.xlsx', xlsx([
        ('Claims 2023-2025', [['Plate', 'Driver', 'Claims', 'Paid EUR', 'Last claim'],
                              ['HB-NF 101', 'Kevin Rohlfs', 4, 18240, '2025-11-03'],
                              ['HB-NF 114', 'Marina Esken', 3, 11870, '2025-09-22'],
                              ['HB-NF 122', 'Paul Janßen', 1, 2130, '2024-06-14'],
                              ['HB-NF 130', 'Olga Semenova', 1, 980, '2025-02-08'],
                              ['HB-NF 142', 'pool vehicle', 2, 3410, '2025-12-01']]),
    ], title='Fleet claims by driver'))])

# ---- 0035 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'SIU check of daily sickness allowance: named insured on sick leave with diagnosis, public social-media posts',
    A('okafor'), A('brandt'), 'Krankentagegeld KT-5520-77310 – Ergebnis Recherche', '03-17 15:55',
'''Hallo Holger,

zu deiner Abgabe vom 09.03. (Krankentagegeld Herr Sven Harjes, selbst-
ständiger Dachdecker, AU seit 05.01.2026 wegen Lumboischialgie M54.4 und
Bandscheibenvorfall L5/S1):

Ich habe nur öffentlich sichtbare Inhalte ausgewertet (Screenshots mit
Datum und URL in der SIU-Akte 2026-0171):

- Auf der Facebook-Seite seiner Firma "Harjes Bedachungen" sind am 14.02.
  und 28.02. Fotos von laufenden Baustellen gepostet, auf zwei Fotos ist
  er selbst auf dem Dach zu sehen.
- Auf dem Bewertungsportal gibt es eine Kundenbewertung vom 03.03.:
  "Chef hat selbst mit angepackt, super schnell".

Das ist noch kein Beweis – Fotos können älter sein. Vorschlag: Wir lassen
die Arbeitsunfähigkeit durch einen Gutachter unserer Wahl nachuntersuchen
(§ 9 MB/KT) und fragen die Baustellen-Termine bei den Kunden nicht an,
solange das Gutachten aussteht.

Tagegeld bitte vorerst weiter zahlen, sonst haben wir ein Problem, falls
sich das aufklärt.

Miriam
''')

# ---- 0036 -----------------------------------------------------------------
add('NORMAL', 'en', 'internal',
    'trap: fraud-model feature analysis with synthetic records (fake names marked, test IBAN-like ids hashed), CSV',
    A('paulsen'), 'Yusuf Demir <yusuf.demir@weserland.example>, Dr. Katrin Albers <katrin.albers@weserland.example>',
    'Feature importance v2.3 + synthetic test set', '02-26 09:14',
'''Hi both,

the acceptance run with the synthetic test set looks fine. Top features by
SHAP value (motor):

  1. days_since_policy_change
  2. repairer_cluster_degree
  3. night_time_flag
  4. notional_settlement_flag
  5. claimant_prior_claims_3y

For health, diagnosis_group and provider_cluster dominate, as expected.
The attached file contains the 20 synthetic claims I used for the smoke
test - all generated, names like "Test Person 07", no production data.

Jens
''', cs='us-ascii',
    atts=[att('synthetic_smoke_test.csv', csvb(
        [['claim_id', 'line', 'name', 'days_since_policy_change', 'night_time_flag', 'diagnosis_group', 'score']] +
        [['SYN-%03d' % i, ['motor', 'health', 'household'][i % 3], 'Test Person %02d' % i, str((i * 37) % 400),
          str(i % 2), ['', 'M5x', ''][i % 3], str((i * 53) % 100)] for i in range(1, 21)], delim=','))])

# ---- 0037 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'e-bike theft: named customer asked for receipt and frame number (routine check, no allegation)',
    A('dornbusch'), 'Jonas Wellbrock <jonas.wellbrock@gmx-post.example>',
    'AW: Fahrrad geklaut!!', '03-18 10:44',
'''Hallo Herr Wellbrock,

danke für Ihre Nachricht und die Fotos. Ihren Schaden haben wir unter der
Nummer HR-26-01288 angelegt (Hausrat mit Fahrradklausel, Vertrag
HR-5571-20834).

Damit wir das E-Bike ersetzen können, fehlen noch:
- die Originalrechnung (auf dem Foto ist der Händlername abgeschnitten),
- die Rahmennummer – sie steht meist unter dem Tretlager,
- die Bestätigung der Polizei über die Anzeige.

Eine Frage noch: In Ihrer Meldung steht als Tag des Diebstahls der
14.03., in Ihrer Mail an uns der 15.03. Welches Datum stimmt?

Viele Grüße
Felix Dornbusch
Weserland Versicherung AG

> Hallo, mein Fahrrad wurde vor dem Bahnhof Vegesack geklaut, obwohl es
> angeschlossen war!!! Es war ein E-Bike für 3800 Euro. Was muss ich
> jetzt tun??? Anzeige hab ich gemacht. Gruß J. Wellbrock
''', cte='8bit')

# ---- 0038 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'disability (BU) follow-up review for a named insured with psychiatric diagnosis and therapy; ODT questionnaire',
    A('wiechmann'), 'Franziska Oelrichs <f.oelrichs@posteo-mail.example>',
    'Ihre Berufsunfähigkeitsrente – Nachprüfung 2026', '03-19 09:30',
'''Sehr geehrte Frau Oelrichs,

seit dem 01.04.2024 zahlen wir Ihnen aus Ihrer Berufsunfähigkeits-
versicherung (BV-6614-20093) eine monatliche Rente von 1.450 EUR. Grund
war Ihre mittelgradige depressive Episode (F32.1) mit anschließender
Angststörung.

Wie in den Bedingungen vorgesehen, prüfen wir nun, ob die Voraussetzungen
weiterhin bestehen. Bitte füllen Sie dazu den beigefügten Fragebogen aus
und senden Sie uns:

  - einen aktuellen Befundbericht Ihrer Psychotherapeutin, Frau Dipl.-Psych.
    Kerstin Evers, und Ihres Psychiaters,
  - Angaben zu einer möglichen Wiedereingliederung bei Ihrem Arbeitgeber.

Die Kosten für die Befundberichte übernehmen wir. Ihre Rente läuft während
der Prüfung unverändert weiter.

Mit freundlichen Grüßen

''' + sig('wiechmann') + '\n\n' + FOOT_DE_LEBEN,
    atts=[att('Fragebogen_Nachpruefung_BV-6614-20093.odt', odt([
        ('h', 'Fragebogen zur Nachprüfung – Berufsunfähigkeit'),
        'Versicherte Person: Franziska Oelrichs, geb. 25.06.1987 – Vertrag BV-6614-20093',
        'Anerkannte Erkrankung: mittelgradige depressive Episode (F32.1), generalisierte Angststörung (F41.1)',
        ('t', [['Frage', 'Antwort'], ['Sind Sie derzeit in ärztlicher/psychotherapeutischer Behandlung?', ''],
               ['Welche Medikamente nehmen Sie (Name, Dosis)?', ''],
               ['Haben Sie seit 2024 wieder gearbeitet (auch Minijob)?', ''],
               ['Ist eine Wiedereingliederung geplant?', '']]),
        'Bitte unterschrieben zurück an: Weserland Lebensversicherung AG, Leistung BU, Am Wall 140, 28195 Bremen',
    ], title='Fragebogen Nachprüfung BU'))])

# ---- 0039 -----------------------------------------------------------------
add('NORMAL', 'de', 'insurer-to-supplier',
    'trap: purchase order for first-aid kits, AED pads and blood-pressure monitor for the office – medical words, no person',
    A('frerichs'), 'Bestellservice <bestellung@medishop-nord.example>',
    'Bestellung 4500012877 – Erste Hilfe Material Standort Am Wall', '03-19 14:06',
'''Guten Tag,

wir bestellen für unseren Standort Am Wall 140, 28195 Bremen:

  Pos  Art.-Nr.    Bezeichnung                                 Menge
  10   EH-13157    Verbandkasten DIN 13157, Wandhalterung        12
  20   AED-PAD-A   Elektrodenpads Erwachsene für AED Lifepoint    4
  30   AED-PAD-K   Elektrodenpads Kinder                          1
  40   BD-220      Blutdruckmessgerät Oberarm (Betriebsarzt)      2
  50   KP-50       Kältesofortkompressen, 50 Stück                2

Lieferung bitte an die Poststelle, z. Hd. Herrn Grotheer, Anlieferung
werktags 7–15 Uhr. Rechnung mit Bestellnummer an
rechnungseingang@weserland.example.

Mit freundlichen Grüßen

''' + sig('frerichs'))

# ---- 0040 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-lawyer',
    'liability claim: named third party and our named policyholder, property damage only, claim numbers',
    A('nowak'), 'Mr James Okonkwo <j.okonkwo@okonkwo-solicitors.example>',
    'Your client Ms Harriet Cole - water damage flat 2, Schwachhauser Ring 51 - our ref. HP-26-00633', '03-20 11:30',
'''Dear Mr Okonkwo,

thank you for your letter of 12 March on behalf of Ms Harriet Cole.

We insure the tenant of the flat above your client's, Mr Bastian Reuter,
under a private liability policy. We accept in principle that the leak
from his washing machine hose on 22 February caused the damage to your
client's ceiling and her parquet floor.

Before we can settle, we need an itemised quote for the floor (the quote
of EUR 9,600 covers the whole flat, but the damage photos show only the
living room), and proof of ownership and age for the sofa, which your
client values at EUR 3,200 as new.

Please note that under German law we reimburse the current value of
damaged furniture, not the replacement value.

Yours sincerely

''' + sig('nowak', 'en') + '\n\n' + FOOT_EN, cs='us-ascii')

# ---- 0041 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'mixed', 'internal',
    'SIU and life claims discuss a named BU claimant with diagnosis and suspected concealed pre-existing condition, German/English',
    A('wiechmann'), A('okafor'), 'BU-Fall Ahlers – Rückfrage der Baltic Re / question from reinsurer', '03-23 13:13',
'''Hi Miriam,

die Baltic Re fragt zum BU-Fall Ahlers (BV-7702-11458) nach. Ich kopiere
dir die Frage von Samuel:

  "Regarding Mr Timo Ahlers (born 1985): the claim is based on
   'chronic fatigue syndrome (G93.3)' since 06/2025. Our medical officer
   noticed that the application of 03/2024 did not disclose the
   treatment for 'burn-out' (Z73) in 2022/23 that appears in the GP file.
   Has your SIU looked into non-disclosure / fraudulent misrepresentation
   and would you rescind?"

Wir haben die Hausarztakte erst seit letzter Woche. Kannst du mir bis
Donnerstag sagen, ob du den Antragsprozess (Makler, Gesundheitsfragen,
wer hat was ausgefüllt) prüfen kannst? Dann antworte ich Samuel in
English with a proper summary.

Danke & Gruß
Anja
''')

# ---- 0042 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: minutes of a data-protection audit of the SIU (ODT), processes and Art. 10 GDPR, no case or person',
    A('hartkamp'), A('albers'), 'Protokoll Datenschutz-Prüfung SIU 2026', '03-24 17:02',
'''Liebe Katrin,

anbei das Protokoll unserer Prüfung vom 17.03. Insgesamt sehr ordentlich;
die zwei Feststellungen (Löschläufe, Zugriffsrechte Altfälle) habt ihr ja
schon selbst benannt. Bitte gib mir bis 30.04. Rückmeldung zu den
Maßnahmen.

Viele Grüße
Leonie
''',
    atts=[att('Protokoll_DS-Pruefung_SIU_2026.odt', odt([
        ('h', 'Protokoll der Datenschutzprüfung – Abteilung Spezialermittlung (SIU)'),
        'Datum: 17.03.2026 · Teilnehmende: Leitung SIU, Datenanalyse SIU, Datenschutzbeauftragte',
        'Gegenstand: Verarbeitung von Verdachtsdaten (Art. 10 DS-GVO, § 24 BDSG) und Gesundheitsdaten (Art. 9 DS-GVO) in der SIU.',
        ('t', [['Nr.', 'Prüfpunkt', 'Ergebnis'],
               ['1', 'Rechtsgrundlage Abfragen HAR und andere Versicherer', 'in Ordnung, Fallbezug dokumentiert'],
               ['2', 'Observationen: Freigabeprozess', 'in Ordnung (4 Freigaben 2025)'],
               ['3', 'Löschläufe Altfälle ohne Verdacht', 'Feststellung: Lauf 2025 nicht durchgeführt'],
               ['4', 'Zugriffsrechte SIU-Akten', 'Feststellung: 3 ehemalige Mitarbeitende noch berechtigt'],
               ['5', 'Transport an Behörden', 'in Ordnung, ausschließlich verschlüsselt']]),
        'Maßnahmen bis 30.04.2026: Nachholen des Löschlaufs, Rezertifizierung der Berechtigungen.',
    ], title='Protokoll Datenschutzprüfung SIU', creator='Leonie Hartkamp'))])

# ---- 0043 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'certificate of no-claims class for a named customer with birth date (motor), no health',
    A('vogt'), 'Anke Büsing <anke.buesing@freenet-mail.example>',
    'Ihre SF-Bescheinigung für den Versichererwechsel', '01-06 09:17',
'''Sehr geehrte Frau Büsing,

wie gewünscht bestätigen wir Ihnen den Schadenverlauf Ihrer Kfz-Haftpflicht-
versicherung KH-2014-88301 für den Wechsel zu Ihrem neuen Versicherer:

  Versicherungsnehmerin: Anke Büsing, geb. 07.08.1975
  Fahrzeug zuletzt: Skoda Octavia Combi, HB-AB 775
  Vertragsdauer: 01.03.2014 - 31.12.2025
  SF-Klasse zum 31.12.2025: SF 12 (Haftpflicht), SF 10 (Vollkasko)
  Schäden in den letzten 5 Jahren: einer (Vollkasko, 2023)

Die Bescheinigung haben wir Ihrem neuen Versicherer zusätzlich elektronisch
über das GDV-Verfahren übermittelt.

Wir bedauern, dass Sie uns verlassen, und wünschen Ihnen allzeit gute Fahrt.

Ihr Kundenservice
Hannah Vogt
''', cs='iso-8859-1', cte='8bit')

# ---- 0044 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
    'travel medical claim declined for a named customer because of a pre-existing heart condition; HTML alternative',
    A('whitfield'), 'Margaret Doyle <maggie.doyle@irishmail.example>',
    'Your claim RM-26-00455 - medical expenses in Lisbon', '03-25 15:40',
'''Dear Ms Doyle,

we are sorry to hear about your stay in hospital in Lisbon and hope you
are feeling better.

We have now received the medical report from Hospital da Luz. It states
that you were admitted on 2 March 2026 with atrial fibrillation (I48.1)
and that you have been treated for this condition with apixaban and
bisoprolol since 2023. Your cardiologist in Cork had advised against the
trip in January.

Your travel policy excludes treatment of a known illness if the trip was
undertaken against medical advice (section 4.2 of the terms). We
therefore cannot pay the hospital costs of EUR 7,845.

We will, however, reimburse the additional return flight (EUR 412) as a
gesture of goodwill. If you have any further documents you would like us
to consider, please send them within four weeks.

Kind regards

''' + sig('whitfield', 'en'),
    html='''<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Ms Doyle,</p>
<p>we are sorry to hear about your stay in hospital in Lisbon and hope you are feeling better.</p>
<p>We have now received the medical report from Hospital da Luz. It states that you were admitted on
2 March 2026 with <b>atrial fibrillation (I48.1)</b> and that you have been treated for this condition with
apixaban and bisoprolol since 2023. Your cardiologist in Cork had advised against the trip in January.</p>
<p>Your travel policy excludes treatment of a known illness if the trip was undertaken against medical advice
(section 4.2 of the terms). We therefore cannot pay the hospital costs of EUR 7,845.</p>
<p>We will, however, reimburse the additional return flight (EUR 412) as a gesture of goodwill. If you have any
further documents you would like us to consider, please send them within four weeks.</p>
<p>Kind regards<br>Claire Whitfield<br>International Claims - Travel &amp; Assistance<br>Weserland Versicherung AG</p>
</body></html>''', cs='us-ascii', cte='7bit')

# ---- 0045 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-partner',
    'trap: conference abstract with an anonymised fraud case ("Claimant A", hospital, diagnosis) – nobody identifiable',
    A('albers'), 'Programme Committee <programme@fraud-summit-europe.example>',
    'Abstract submission: "When the clinic does not exist - lessons from travel health fraud"', '03-26 19:05',
'''Dear programme committee,

I would like to submit the following abstract for the European Insurance
Fraud Summit in Rotterdam (September 2026), track "Health & Travel".

Title: When the clinic does not exist - lessons from travel health fraud

Abstract (248 words):
Forged medical invoices from abroad are a growing share of travel claims.
Based on 63 anonymised cases from 2024-2025, we show how fake clinics
operate: a web presence that looks professional, an invoice with
plausible diagnoses (gastroenteritis, dehydration, fever of unknown
origin) and a card payment to a "travel service". In one case, claimant A
(a man in his thirties) submitted a five-day inpatient stay while posting
surfing pictures on the same days. We present the indicators that helped
us, how we verify providers through assistance partners, and why a
respectful tone with genuine claimants matters. All case details are
altered so that no person can be identified.

Speaker: Dr. Katrin Albers, Head of Special Investigations, Weserland
Versicherung AG, Bremen.

Kind regards
Katrin Albers
''', cs='us-ascii')

# ---- 0046 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-company',
    'on-site appointment with a sole trader after a workshop burglary (natural person, policy, address), ICS; no allegation',
    A('okafor'), 'Kfz-Meisterbetrieb Uwe Petersen <info@kfz-petersen-achim.example>',
    'Ortstermin Einbruch Werkstatt – Geschäftsinhaltsversicherung GI-3318-00921', '03-27 10:20',
'''Sehr geehrter Herr Petersen,

wie heute Morgen telefonisch besprochen komme ich am Mittwoch, 01.04.2026,
um 10:00 Uhr zu Ihnen in die Werkstatt (Bremer Straße 14, 28832 Achim),
um mir den Einbruchschaden vom 22.03. anzusehen. Eine Kalendereinladung
hängt an.

Bitte halten Sie bereit:
- die Inventarliste bzw. Anlagenbuchhaltung für die gestohlenen
  Diagnosegeräte und das Werkzeug,
- die Rechnungen der drei Diagnosegeräte,
- die Aufzeichnungen Ihrer Alarmanlage.

Ich bin in der Abteilung Spezialermittlung tätig – bei Schäden über
25.000 EUR schauen wir uns den Schadenort grundsätzlich selbst an. Das
ist ein ganz normaler Schritt.

Mit freundlichen Grüßen

''' + sig('okafor') + '\n\n' + FOOT_DE,
    atts=[att('Ortstermin_Petersen_01-04.ics', ics('ortstermin-gi-3318-00921', '20260401T100000', '20260401T113000',
              'Ortstermin Einbruch Werkstatt Petersen (GI-3318-00921)', 'Bremer Straße 14, 28832 Achim',
              'Besichtigung Einbruchschaden vom 22.03.2026, Geschäftsinhaltsversicherung GI-3318-00921',
              ('Miriam Okafor', 'miriam.okafor@' + DOM),
              [('Uwe Petersen', 'info@kfz-petersen-achim.example')]), method='REQUEST')])

# ---- 0047 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-authority',
    'tip to the police: named owner suspected of faking the theft of his car (vehicle found shipped abroad) – criminal suspicion',
    A('rehberg'), 'Polizei Bremen K 33 Kfz-Verschiebung <k33@polizei-bremen.example>',
    'Hinweis Weserland: Porsche Cayenne HB-RS 911 – angeblicher Diebstahl 04.01.2026', '03-30 08:55',
'''Sehr geehrte Damen und Herren,

wir möchten Ihnen einen Sachverhalt mitteilen, der nach unserer Prüfung
auf eine vorgetäuschte Fahrzeugentwendung hindeutet. Anzeige wurde durch
den Halter am 04.01.2026 bei der PI Bremen-Nord erstattet (Tgb.-Nr.
ON-26-00113).

Halter und VN: Rüdiger Stahmer, geb. 30.03.1970, Rönnebecker Str. 8,
28777 Bremen
Fahrzeug: Porsche Cayenne S, FIN WP1ZZZ9YZKDA44812, HB-RS 911

Erkenntnisse:
- Der Wagen wurde laut Meldung unserer Partner im Hafen Klaipeda (LT)
  am 09.01.2026 in einem Container gefunden, Verlader war eine Spedition
  in Bremerhaven, Auftraggeber "R. S. Handel".
- Beim Auslesen der beiden übergebenen Schlüssel zeigte einer eine
  Nutzung am 03.01.2026 um 22:47 – nach Angabe des VN lag dieser
  Schlüssel seit Monaten in der Schublade.
- Das Fahrzeug war mit 64.000 EUR finanziert, drei Raten sind offen.

Wir haben die Regulierung ausgesetzt. Die Schlüssel-Auslesung und die
Unterlagen aus Litauen stellen wir Ihnen auf Anforderung zur Verfügung.
Ansprechpartner bin ich.

Mit freundlichen Grüßen

''' + sig('rehberg') + '\n\n' + FOOT_DE)

# ---- 0048 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: job advertisement for an SIU investigator (health-claims knowledge, criminal-law words) sent to HR',
    A('albers'), A('ostermann'), 'Stellenausschreibung Ermittler/in SIU (m/w/d) – bitte veröffentlichen', '03-30 13:31',
'''Hallo Daniel,

hier der finale Text für die Ausschreibung. Bitte intern und extern
(Karriereseite + die üblichen Portale) ab 06.04. veröffentlichen,
Bewerbungsschluss 08.05.

---
Ermittlerin / Ermittler Spezialermittlung (SIU) – Schwerpunkt Personenversicherung (m/w/d)
Bremen, Vollzeit, unbefristet

Ihre Aufgaben:
- Sie prüfen auffällige Leistungsfälle in der Kranken-, Unfall- und
  Berufsunfähigkeitsversicherung – von der gefälschten Arztrechnung bis
  zur vorgetäuschten Arbeitsunfähigkeit.
- Sie arbeiten eng mit Ärztinnen und Ärzten, Kliniken, Polizei und
  Staatsanwaltschaft zusammen.
- Sie werten Daten aus und entwickeln Betrugsindikatoren weiter.

Ihr Profil:
- Ausbildung als Kaufmann/-frau für Versicherungen und Finanzanlagen oder
  Polizeiausbildung (gern gehobener Dienst), alternativ medizinischer
  Hintergrund (z. B. MFA, Pflege) mit Versicherungserfahrung
- Kenntnisse in ICD-10, GOÄ und Strafrecht sind ein Plus
- Führerschein Klasse B, Reisebereitschaft

Wir bieten: 38-Stunden-Woche, mobiles Arbeiten, Jobrad, betriebliche
Krankenversicherung, 30 Tage Urlaub.
---

Gehaltsband wie besprochen Tarifgruppe VII/VIII, das bitte nicht in die
Anzeige.

Danke!
Katrin
''')

# ---- 0049 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'rental-car excess reimbursement to a named customer with his UK IBAN, no health',
    A('whitfield'), 'Daniel Hughes <dan.hughes@btmail-uk.example>',
    'Re: rental car excess - Faro', '04-01 10:05',
'''Dear Mr Hughes,

thanks for sending the invoice from the rental company. We will reimburse
the excess of EUR 1,100 under your rental car excess cover (policy
MR-8830-0217, claim MR-26-00088).

The payment will go to the account you gave us:

  Daniel Hughes
  ''' + iban('GB', 'NWBK60161331926819') + '''

It should arrive within 5 working days. If you have changed banks in the
meantime, please let me know today.

Best regards
Claire

On 30 Mar 2026, at 21:14, Daniel Hughes wrote:
> Hi Claire, attached the final invoice from Algarve Car Hire. They took
> the full 1100 from my credit card for the scratch on the bumper. Can
> you pay it to my UK account (same as last time)? Cheers, Dan
''', cs='us-ascii')

# ---- 0050 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
    'assignment to a medical expert: accident insured with injuries and prior findings, suspicion of exaggeration, PDF order',
    A('sommer'), 'Gutachtenpraxis Prof. Dr. Renken <sekretariat@gutachten-renken.example>',
    'Gutachtenauftrag Unfallversicherung UV-4410-09321 – Frau Maren Kück', '04-01 14:22',
'''Sehr geehrter Herr Prof. Dr. Renken,

wir beauftragen Sie mit der Erstellung eines unfallchirurgischen
Gutachtens zur Frage der Invalidität. Den Auftrag mit Fragenkatalog und
die Vorbefunde finden Sie im Anhang.

Zu Ihrer Information vorab: Frau Kück (geb. 12.11.1980) macht nach einem
Sturz auf Glatteis am 21.01.2025 eine Gebrauchsminderung der linken Hand
von 7/10 Handwert geltend (distale Radiusfraktur, S52.51). Der
behandelnde Orthopäde beschreibt dagegen im Bericht vom 10.12.2025 eine
"gute Beweglichkeit und freie Faustbildung". Wir bitten daher auch um
eine Stellungnahme zur Konsistenz der Beschwerden.

Für Rückfragen stehe ich zur Verfügung.

Mit freundlichen Grüßen

''' + sig('sommer') + '\n\n' + FOOT_DE,
    atts=[att('Gutachtenauftrag_UV-4410-09321.pdf', pdf([
        '# Gutachtenauftrag – Private Unfallversicherung',
        'Versicherte Person: Maren Kück, geb. 12.11.1980, Bremen-Huchting',
        'Vertrag: UV-4410-09321 – Unfalltag: 21.01.2025 – Schaden: UV-25-00217',
        '',
        '# Diagnosen laut Vorbefunden',
        'S52.51 distale Radiusfraktur links (Extensionsfraktur), operativ versorgt (winkelstabile Platte) am 22.01.2025',
        'M25.63 Bewegungseinschränkung Handgelenk (Bericht Dr. Holsten, 10.12.2025: gute Beweglichkeit)',
        'Vorerkrankung: Rhizarthrose links (M18.1), behandelt seit 2021',
        '',
        '# Fragen an den Gutachter',
        '1. Welche unfallbedingten Funktionsbeeinträchtigungen bestehen dauerhaft?',
        '2. Bemessung nach Gliedertaxe (Hand), unter Berücksichtigung der Vorinvalidität.',
        '3. Sind die angegebenen Beschwerden mit dem objektiven Befund vereinbar?',
        '',
        'Honorar: nach Vereinbarung, max. 1.400 EUR zzgl. Röntgen.',
    ], title='Gutachtenauftrag UV-4410-09321'))])

# ---- 0051 -----------------------------------------------------------------
add('NORMAL', 'de', 'insurer-to-customer',
    'trap: auto-reply of the SIU mailbox (absence, mentions "Schadenmeldung", "Polizei", "Arztberichte") – no data',
    'Spezialermittlung (SIU) <siu@weserland.example>', 'Bernd Kahrs <bernd.kahrs@ewe-mail.example>',
    'Automatische Antwort: Unterlagen zu meinem Schaden', '04-03 16:48',
'''Vielen Dank für Ihre Nachricht.

Das Postfach der Abteilung Spezialermittlung ist über die Osterfeiertage
vom 03.04. bis einschließlich 06.04.2026 nicht besetzt. Ihre E-Mail wird
ab dem 07.04. bearbeitet.

Bitte senden Sie Arztberichte, Rechnungen oder Polizeiberichte nicht
unverschlüsselt per E-Mail, sondern laden Sie sie in unserem
Kundenportal hoch: https://portal.weserland.example

In dringenden Fällen (z. B. Wasserschaden, Einbruch) erreichen Sie unsere
Schadenhotline rund um die Uhr unter 0800 5570 000.

Weserland Versicherung AG
''', hdrs=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])

# ---- 0052 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'internal',
    'grey: scoring hit on a named motor claimant, SIU sends it back for normal handling – no suspicion confirmed, no health',
    A('paulsen'), A('kruse'), 'Scoring-Treffer 26-K-024410 – zurück an Fachbereich', '04-07 09:02',
'''Hallo Sabine,

den Scoring-Treffer zum Kaskoschaden von Frau Ilona Wächter (HB-IW 66,
Parkschaden Weserpark, 2.870 EUR, Score 72) haben wir uns angesehen.

Der hohe Score kommt nur aus zwei Merkmalen: Vertragsbeginn vor fünf
Wochen und Abrechnung über eine Werkstatt, die im Netzwerk-Cluster hängt
- diese Werkstatt ist aber einfach der Vertragshändler vor Ort. Sonst
nichts Auffälliges, keine Vorschäden, Zeugin vorhanden.

Bitte normal regulieren. Ich nehme den Fall als "false positive" in die
Trainingsdaten auf.

Gruß
Jens
''', cs='iso-8859-1', cte='quoted-printable')

# ---- 0053 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'internal',
    'SIU report (DOCX) on a restaurant fire: named owner (natural person) suspected of arson, debts, witness statements',
    A('okafor'), 'Rui Carvalho <rui.carvalho@weserland.example>', 'Fire at "Trattoria Da Enzo" - interim SIU report', '04-08 18:10',
'''Rui,

attached my interim report on the fire at Da Enzo (business contents and
business interruption, GI-5520-00473). Please keep it within the claims
team - the police investigation is ongoing and the owner does not know
yet that we are looking into his finances.

Summary: arson is confirmed by the fire brigade's expert; the question is
who. Several things point at the owner. Please do not make any interim
payment.

Miriam
''', cs='us-ascii',
    atts=[att('SIU_interim_report_GI-5520-00473.docx', docx([
        ('h', 'SIU interim report - fire at Trattoria Da Enzo, Osterstraße 41, 28199 Bremen'),
        'Policyholder: Vincenzo Marras (sole trader), born 02/02/1975; business contents and BI, GI-5520-00473',
        'Date of loss: 29 March 2026, about 03:10; claim EUR 187,000 (contents 96,000; BI 91,000)',
        ('b', 'Findings'),
        'Fire brigade expert: accelerant (petrol) in the kitchen and in the dining room; no forced entry.',
        'Mr Marras had the only keys besides the cook. He states he was at home asleep; his mobile phone '
        'data has been requested by the police (Az. 312 Js 5012/26).',
        'Credit agency report: two enforcement orders in 2025 (tax office, brewery), rent arrears of 4 months.',
        'Contents sum insured raised from EUR 60,000 to EUR 110,000 in January 2026.',
        ('t', [['Witness', 'Statement (summary)'],
               ['neighbour, 1st floor', 'saw a car like the owner\'s Fiat Doblo at 02:50'],
               ['cook (employee)', 'the owner took the cash box and the laptop home on Saturday, unusual'],
               ['brewery rep', 'supply was stopped in February because of unpaid invoices']]),
        ('b', 'Recommendation'),
        'No payment; request the police file via Legal; consider rescission for fraudulent increase of cover.',
    ], title='SIU interim report Da Enzo', creator='Miriam Okafor'))])

# ---- 0054 -----------------------------------------------------------------
add('NORMAL', 'de', 'insurer-to-authority',
    'trap: answer to the supervisory authority on the organisation of fraud prevention – no case, no person',
    A('kamps'), 'Referat VA 21 <va21@finanzaufsicht.example>',
    'Ihre Abfrage zur Betrugsbekämpfung – Weserland Versicherung AG (Reg.-Nr. 5571)', '04-09 11:00',
'''Sehr geehrte Damen und Herren,

zu Ihrer Abfrage vom 12.03.2026 zur Organisation der Betrugsbekämpfung
teilen wir Folgendes mit:

1. Organisation: Die Abteilung Spezialermittlung (SIU) ist dem Vorstands-
   ressort Schaden/Leistung zugeordnet und berichtet quartalsweise an
   Compliance und den Gesamtvorstand. Sie hat 11 Vollzeitstellen.
2. Verfahren: Verdachtsfälle werden über ein regelbasiertes Scoring und
   ein lernendes Modell sowie durch manuelle Abgabe aus den Fachbereichen
   identifiziert. Alle Abgaben werden von Ermittlern bewertet; eine
   automatisierte Ablehnung findet nicht statt.
3. Interne Fälle: Verdachtsfälle gegen Beschäftigte werden gemeinsam mit
   Compliance und Revision bearbeitet. 2025 gab es zwei solche Fälle.
4. Schulung: Alle Beschäftigten in der Schaden- und Leistungsbearbeitung
   absolvieren jährlich eine Pflichtschulung (Quote 2025: 96 %).
5. Datenschutz: Die Verarbeitung erfolgt auf Grundlage einer Datenschutz-
   Folgenabschätzung; die Datenschutzbeauftragte prüft die SIU jährlich.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

''' + sig('kamps') + '\n\n' + FOOT_DE)

# ---- 0055 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'liability: named customer broke a third party\'s glasses (property damage only), claim number, no health',
    A('nowak'), 'Tim Lüerßen <tim.luerssen@mailbox-nord.example>',
    'Privathaftpflicht – Brille Ihrer Kollegin (PH-26-00912)', '04-10 08:37',
'''Hallo Herr Lüerßen,

danke für Ihren Anruf. Ich fasse kurz zusammen, damit wir vom Gleichen
reden: Sie haben am 02.04. beim Aufräumen im Büro versehentlich die Brille
Ihrer Kollegin, Frau Dana Pohl, vom Tisch gestoßen, das Gestell ist
gebrochen. Verletzt wurde niemand.

Ihre Privathaftpflicht (PH-1190-33507) übernimmt den Zeitwert der Brille.
Dafür brauche ich:
- die Rechnung des Optikers über die neue Brille oder einen
  Kostenvoranschlag,
- das Kaufdatum der alten Brille (ungefähr reicht),
- die Bankverbindung von Frau Pohl – wir zahlen direkt an sie.

Sie können Frau Pohl auch einfach bitten, mir direkt zu schreiben.

Viele Grüße
Ewa Nowak
Schaden Haftpflicht
''')

# ---- 0056 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'health insurance: reclaim of paid benefits from a named insured because of forged physiotherapy invoices; diagnoses, base64 body',
    A('brandt'), 'Oksana Melnyk <oksana.melnyk@webpost.example>',
    'Rückforderung von Leistungen – Ihre Krankenversicherung KV-7790-22081', '04-13 10:10',
'''Sehr geehrte Frau Melnyk,

im Rahmen einer Überprüfung haben wir festgestellt, dass die folgenden von
Ihnen eingereichten Rechnungen der Praxis "Physio am Deich" nicht von der
Praxis ausgestellt wurden:

  Rechnung 2025-1188 vom 14.10.2025  (Krankengymnastik, Diagnose M54.2)   612,00 EUR
  Rechnung 2025-1274 vom 18.11.2025  (Manuelle Therapie, Diagnose M54.2)  698,40 EUR
  Rechnung 2025-1390 vom 22.12.2025  (Lymphdrainage, Diagnose I89.0)      744,00 EUR

Die Praxis hat uns schriftlich bestätigt, dass Sie dort zuletzt im Mai
2025 behandelt wurden und die genannten Rechnungsnummern anderen
Patienten gehören.

Wir fordern die dafür gezahlten Erstattungen in Höhe von 2.054,40 EUR
zurück und bitten um Überweisung bis zum 15.05.2026. Wir behalten uns
vor, den Vertrag außerordentlich zu kündigen und Strafanzeige zu
erstatten. Sie haben Gelegenheit, sich bis zum 30.04.2026 zu den
Vorwürfen zu äußern.

Mit freundlichen Grüßen

''' + sig('brandt') + '\n\n' + FOOT_DE_KV, cte='base64')

# ---- 0057 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-supplier',
    'trap: licence renewal with a fraud-analytics vendor (Ltd), company IBAN, "health claims module" – no personal data',
    A('frerichs'), 'Accounts <accounts@claimsight-analytics.example>',
    'PO 4500013102 - ClaimSight licence renewal 2026/27', '04-14 13:45',
'''Dear ClaimSight team,

please find below our purchase order for the licence renewal:

  PO number:      4500013102
  Item:           ClaimSight Network Analytics, enterprise licence,
                  modules motor, property, health claims
  Term:           1 May 2026 - 30 April 2027
  Amount:         EUR 148,000.00 net (as per quote Q-2026-0412)

Payment terms 30 days net. We have your bank details on file as:

  ClaimSight Analytics B.V.
  ''' + iban('NL', 'INGB0007712345') + '''

Please note that invoices without the PO number will be returned. Send
them to rechnungseingang@weserland.example.

Kind regards
Gesa Frerichs
Procurement, Weserland Versicherung AG
''', cs='us-ascii')

# ---- 0058 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-partner',
    'instruction to a loss adjuster on a cargo theft: insured company, named truck driver and haulier contact; no health',
    A('carvalho'), 'Harwood Loss Adjusting <instructions@harwood-adjusting.example>',
    'New instruction: cargo theft A2 rest area Garbsen - TR-26-0044', '04-15 07:58',
'''Good morning,

please accept the following instruction:

Insured:        Weser Pharma Logistik GmbH (cargo open cover TR-1120-0007)
Contact:        Mr Florian Ebeling, head of logistics, +49 421 884 2210
Loss:           theft of 26 pallets of consumer electronics from a
                curtain-sider at the rest area Garbsen-Nord (A2),
                night of 12/13 April 2026
Haulier:        Trans-Mazur Sp. z o.o., driver Mr Krzysztof Nowicki
Value:          approx. EUR 412,000

Please establish the circumstances (was the truck on a secured parking
area as required by the transport order?), interview the driver with an
interpreter, and check the haulier's liability under CMR. We would like
a first report within 10 days.

Thanks and regards
Rui Carvalho
''', cs='us-ascii')

# ---- 0059 -----------------------------------------------------------------
_fw59 = '''-------- Weitergeleitete Nachricht --------
Betreff: Hinweis zu einem Kunden
Datum: Tue, 14 Apr 2026 19:22:41 +0200
Von: anonym <hinweis4711@wegwerfmail.example>
An: hinweise@weserland.example

Hallo, ich möchte anonym bleiben. Mein Nachbar Ingo Reents (Ritterhuder
Heerstraße 12 in Lesum) bekommt von Ihnen seit zwei Jahren eine Rente weil
er angeblich wegen dem Rücken und Depressionen nicht mehr arbeiten kann.
Der arbeitet aber jeden Tag schwarz bei seinem Schwager auf dem Bau, fährt
morgens um 6 los. Das ist doch Betrug. Seine Frau hat es selbst erzählt.
'''
add('STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'anonymous tip forwarded inline: named neighbour drawing a disability pension (back, depression) said to work illegally',
    A('kamps'), A('albers') + ', ' + A('wiechmann'), 'WG: Hinweis zu einem Kunden', '04-15 08:20',
'''Katrin, Anja,

kam gestern über das Hinweisgeberpostfach rein. Ich habe geprüft: Herr
Reents hat bei uns eine BU-Rente (BV-3381-60072). Bitte übernehmt ihr –
wie immer: anonyme Hinweise allein reichen nicht, und bitte nicht den
Hinweis in die Leistungsakte kopieren.

Oliver

''' + _fw59)

# ---- 0060 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: SIU jour-fixe agenda (case counts, police liaison, training) – organisational only',
    A('albers'), 'SIU <siu@weserland.example>', 'Agenda Jour fixe SIU 16.04.', '04-15 17:30',
'''Moin,

Agenda für morgen, 9:00, Weser 3.14:

1. Fallzahlen Q1 (Jens) – 10 min
2. Stand Zusammenarbeit mit der Polizei Bremen, neue Ansprechpartnerin
   beim K 31 (Tobias) – 10 min
3. Observationen: neuer Freigabeprozess nach der Datenschutzprüfung
   (Katrin) – 15 min
4. Schulungsplan Q2: Kfz (Tobias), Sach (Miriam), Kranken/Leistung
   (noch offen – Freiwillige?) – 10 min
5. Verschiedenes: Urlaubsplanung Sommer, Nachfolge Miriam

Bitte keine Fallbesprechungen unter TOP 5 – dafür haben wir die
Fallkonferenz am Donnerstag.

Katrin
''', cte='8bit')

# ---- 0061 -----------------------------------------------------------------
_r61 = [('Motor Claims', 48, 47, '98 %'), ('Property Claims', 36, 33, '92 %'), ('Health Claims', 61, 55, '90 %'),
        ('Life & Disability Claims', 22, 22, '100 %'), ('Customer Service', 74, 61, '82 %'), ('Broker Relations', 19, 14, '74 %')]
add('NORMAL', 'en', 'internal',
    'trap: HTML-only table of fraud e-learning completion per department ("Health Claims") – aggregates, no names',
    A('albers'), 'Heads of Claims <heads-of-claims@weserland.example>', 'Fraud awareness e-learning - completion status Q1', '04-16 12:00',
    None, html='''<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p>Dear heads of department,</p>
<p>below the completion status of the mandatory e-learning <i>"Recognising fraud - 2026 edition"</i> as of 15 April.
The deadline is <b>30 April</b>. Please remind your teams; I will not send lists of individual names.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#dde6ee"><th>Department</th><th>Staff</th><th>Completed</th><th>Rate</th></tr>
''' + ''.join('<tr><td>%s</td><td align="right">%d</td><td align="right">%d</td><td align="right">%s</td></tr>\n' % r for r in _r61) +
'''</table>
<p>Average quiz score: 84 %. The question most often answered wrongly: <i>"May I post a claimant's diagnosis in the
team chat to ask for advice?"</i> (No.)</p>
<p>Thanks,<br>Katrin Albers<br>Head of Special Investigations (SIU)</p>
</body></html>''', cs='us-ascii', cte='7bit')

# ---- 0062 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-hospital',
    'repatriation of a named patient after a stroke: diagnosis, fitness to fly, cost guarantee to a hospital abroad',
    A('whitfield'), 'International Patient Office <ipo@hospital-costa-blanca.example>',
    'Guarantee of payment and repatriation - patient Mr Wilfried Gaede, DOB 19.05.1948', '04-17 09:40',
'''Dear colleagues,

further to our telephone conversation, we confirm that we cover the
treatment of our insured Mr Wilfried Gaede (date of birth 19 May 1948,
travel health policy RK-1120-88731) in your hospital from 14 April 2026
up to EUR 25,000. Please invoice us directly and not the patient.

According to Dr Navarro's report Mr Gaede suffered an ischaemic stroke
(I63.4) with a right-sided hemiparesis and mild aphasia; he is now stable
on the stroke unit. Our medical team would like to repatriate him by air
ambulance to the Klinikum Bremen-Mitte on 22 or 23 April, provided your
neurologists confirm fitness to fly.

Could you please send us by Monday:
- the current medical report including the CT/MRI findings,
- the medication plan (we understand he is on clopidogrel and atorvastatin),
- the name of a contact doctor for the handover with our flight physician.

Our assistance partner Nordstern Assistance will coordinate the transport.

Kind regards

''' + sig('whitfield', 'en') + '\n\n' + FOOT_EN, cs='us-ascii')

# ---- 0063 -----------------------------------------------------------------
_t63 = '''Liebe Maklerpartnerinnen und Maklerpartner,

ab dem 01.06.2026 ändern wir unsere Schadenmeldeformulare für Hausrat,
Wohngebäude und Kfz. Hintergrund ist unsere Betrugsprävention – und der
Wunsch, ehrliche Kunden schneller zu entschädigen.

Was ist neu?
- Pflichtfeld "Wann haben Sie den Schaden bemerkt?" zusätzlich zum
  Schadentag
- Upload von Kaufbelegen direkt im Formular (Foto genügt, Original auf
  Anforderung)
- Frage nach Vorschäden an derselben Sache
- Hinweis auf die Anfrage beim Hinweis- und Auskunftsregister (HAR)

Was bedeutet das für Sie?
Bitte nutzen Sie ab Juni nur noch die neuen Formulare aus dem
Maklerportal. Für Ihre Kundinnen und Kunden haben wir einen
Erklärtext vorbereitet, den Sie gern weitergeben können.

Ihre Fragen beantwortet Ihr Maklerbetreuer.

Herzliche Grüße
Marco Stenzel
Maklerbetreuung Nord
'''
add('NORMAL', 'de', 'insurer-to-broker',
    'trap: broker information on new fraud-prevention questions in claim forms (HAR, receipts) – general, no client',
    A('stenzel'), 'Maklerverteiler Nord <makler-nord@weserland.example>',
    'Maklerinfo 04/2026: Neue Schadenmeldeformulare ab 1. Juni', '04-20 08:00', _t63,
    html='<html><body style="font-family:Arial"><p>' +
    re.sub(r'\n {2,}', ' ', _t63.strip()).replace('&', '&amp;').replace('\n\n', '</p>\n<p>').replace('\n- ', '<br>&bull; ').replace('\n', ' ') +
    '</p></body></html>')

# ---- 0064 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'grey: invitation of a named customer to an interview with an SIU investigator about a jewellery claim, ICS; no allegation',
    A('okafor'), 'Petra Schnakenberg <p.schnakenberg@ewe-mail.example>',
    'Gesprächstermin zu Ihrem Schaden HR-26-00974', '04-20 14:41',
'''Sehr geehrte Frau Schnakenberg,

zu Ihrem gemeldeten Verlust von Schmuck aus Ihrem Hotelzimmer in
Timmendorfer Strand (Hausrat-Außenversicherung, Vertrag HR-2207-41138)
möchten wir gern persönlich mit Ihnen sprechen. Bei Schäden dieser Höhe
ist das bei uns der übliche Weg – wir können so offene Fragen schneller
klären als im Schriftverkehr.

Vorschlag: Dienstag, 28.04.2026, 15:00 Uhr, bei uns im Haus, Am Wall 140,
Empfang Eingang B. Eine Kalenderdatei hängt an. Wenn der Termin nicht
passt, rufen Sie mich bitte an; gern komme ich auch zu Ihnen.

Bitte bringen Sie – soweit vorhanden – Kaufbelege, Fotos, Zertifikate
oder Wertgutachten zu den Schmuckstücken mit, außerdem die Bestätigung
des Hotels.

Mit freundlichen Grüßen

''' + sig('okafor') + '\n\n' + FOOT_DE,
    atts=[att('Termin_Weserland_28-04.ics', ics('gespraech-hr-26-00974', '20260428T150000', '20260428T160000',
              'Gespräch Schaden HR-26-00974 (Weserland)', 'Weserland Versicherung, Am Wall 140, Eingang B',
              'Gespräch mit Frau Okafor zu Ihrem Schaden HR-26-00974',
              ('Miriam Okafor', 'miriam.okafor@' + DOM), [('Petra Schnakenberg', 'p.schnakenberg@ewe-mail.example')]),
              method='REQUEST')])

# ---- 0065 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-authority',
    'information to the prosecutor on life policies of a deceased person in a homicide investigation; beneficiaries, sums',
    A('luedemann'), 'Staatsanwaltschaft Verden – Kapitaldelikte <kapitaldelikte@sta-verden.example>',
    'Az. 1 Js 2210/26 – Auskunft Weserland Lebensversicherung AG zu Frau Heike Dunker †', '04-21 10:30',
'''Sehr geehrter Herr Oberstaatsanwalt Bergmann,

auf Ihr Auskunftsersuchen vom 16.04.2026 (Beschluss des AG Verden vom
15.04.2026) teilen wir mit:

Für die am 02.04.2026 verstorbene Frau Heike Dunker, geb. Meyer,
geb. 08.10.1979, zuletzt wohnhaft in Achim-Uesen, bestehen bei uns zwei
Verträge:

1. Risikolebensversicherung LV 90 117 334, Beginn 01.10.2025,
   Versicherungssumme 400.000 EUR, bezugsberechtigt: Ehemann Carsten
   Dunker (unwiderruflich seit 12.01.2026).
2. Kapitallebensversicherung LV 77 020 851, Beginn 01.05.2008,
   Versicherungssumme 45.000 EUR, bezugsberechtigt: Tochter Lea Dunker.

Der Ehemann hat den Todesfall am 07.04.2026 gemeldet und Auszahlung aus
Vertrag 1 verlangt. Er hat dabei die Sterbeurkunde, aber keine ärztliche
Todesbescheinigung vorgelegt; als Todesursache gibt er "Sturz im
Treppenhaus" an. Die Änderung auf ein unwiderrufliches Bezugsrecht
wurde telefonisch durch die Versicherte angekündigt und schriftlich mit
einer Unterschrift eingereicht, deren Echtheit wir nicht geprüft haben.
Kopien der Antragsunterlagen und des Änderungsschreibens stellen wir
Ihnen über das sichere Behördenpostfach bereit.

Eine Auszahlung erfolgt bis auf Weiteres nicht.

Mit freundlichen Grüßen
Petra Lüdemann
Justiziariat

''' + FOOT_DE_LEBEN)

# ---- 0066 -----------------------------------------------------------------
add('NORMAL', 'en', 'internal',
    'trap: quiz for investigators on criminal-offence and health data rules, invented example names in questions',
    A('hartkamp'), 'SIU <siu@weserland.example>', 'Friday quiz: 6 questions on Art. 9 / Art. 10 GDPR', '04-24 10:15',
'''Hi everyone,

as promised, a small quiz for our international colleagues (answers at
the bottom - no peeking).

1. A claims handler writes "suspected fraud" into the free-text field of
   the motor claim. OK or not?
2. You want to ask a GP about a claimant's diagnosis. What do you need
   first?
3. May you ask the HAR register about a claimant "just in case" before
   anything looks odd?
4. The police ask by phone for the address of a policyholder. What do you
   do?
5. An investigator finds a public Instagram photo of a claimant on a
   ski slope during his sick leave. May you save it?
6. "Jane Example, 42, diabetic" appears in a training slide. Problem?

Answers:
1. Not OK - suspicion goes only into the SIU file.
2. A signed release from professional secrecy (Schweigepflichtentbindung).
3. No - only with a concrete reason and a case reference.
4. Ask for a written request with file number; send only via secure
   channel.
5. Yes, with date and URL, if it is relevant to the claim - no fake
   profiles.
6. No, if the person is invented - but say so on the slide.

Have a nice weekend,
Leonie
''', cs='us-ascii')

# ---- 0067 -----------------------------------------------------------------
add('CONFIDENTIAL', 'mixed', 'insurer-to-customer',
    'travel cancellation after job loss (no health): named customer, termination letter, Austrian IBAN; German and English',
    A('whitfield'), 'Sophie Gruber <sophie.gruber@a1-mail.example>',
    'Reiserücktritt / trip cancellation RR-26-00319', '04-27 11:11',
'''Liebe Frau Gruber,

(English version below, as requested for your husband)

wir übernehmen die Stornokosten für Ihre Reise nach Kapstadt in Höhe von
3.240 EUR aus Ihrer Reiserücktrittsversicherung (RR-5502-0731). Die
betriebsbedingte Kündigung Ihres Mannes durch seinen Arbeitgeber vom
12.03.2026 ist ein versicherter Rücktrittsgrund.

Wir überweisen den Betrag auf Ihr Konto ''' + iban('AT', '2011182221219800') + '''.

---

Dear Mr and Mrs Gruber,

we will reimburse the cancellation costs of EUR 3,240 for your trip to
Cape Town. Mr Gruber's redundancy notice dated 12 March 2026 is an
insured reason for cancellation. The amount will be transferred to the
account above within a few days.

Mit freundlichen Grüßen / kind regards

''' + sig('whitfield', 'en', short=True))

# ---- 0068 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'long-term care: named insured, care grade and dementia diagnosis, care daily allowance; iso-8859-1',
    A('brandt'), 'Ute Grotelüschen <ute.groteluschen@t-net.example>',
    'Pflegetagegeld für Ihre Mutter – Einstufung Pflegegrad 3', '04-28 09:50',
'''Sehr geehrte Frau Grotelüschen,

als Bevollmächtigte Ihrer Mutter, Frau Hildegard Grotelüschen
(geb. 04.01.1938, Pflegetagegeld PT-2213-09987), teilen wir Ihnen mit:

Der Gutachter des Medizinischen Dienstes hat Ihre Mutter am 14.04.2026
besucht und Pflegegrad 3 festgestellt (bisher Pflegegrad 2). Grundlage
sind vor allem die fortschreitende Alzheimer-Demenz (G30.1) und die
Einschränkungen bei der Mobilität nach der Hüftoperation im Januar.

Ab dem 01.04.2026 zahlen wir daher ein Pflegetagegeld von 60 EUR statt
bisher 35 EUR, also 1.800 EUR im Monat. Die Nachzahlung für April
erhalten Sie mit der nächsten Zahlung.

Mit freundlichen Grüßen

''' + sig('brandt'), cs='iso-8859-1', cte='quoted-printable')

# ---- 0069 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: anonymised training case (PDF) on an accident ring with "Person A/B/C", injuries and birth years – not identifiable',
    A('rehberg'), 'Schulung Schaden <schulung-schaden@weserland.example>', 'Fallstudie für die Kfz-Schulung am 07.05.', '04-29 15:20',
'''Hallo zusammen,

für die Schulung im Mai hier die Fallstudie als PDF. Sie beruht auf
einem echten Fall, ist aber vollständig verfremdet (Orte, Daten, Fahr-
zeuge und Personen geändert). Bitte trotzdem nicht außerhalb des Hauses
verwenden.

Tobias
''',
    atts=[att('Fallstudie_Unfallring_verfremdet.pdf', pdf([
        '# Fallstudie: Der Ring aus der Werkstatt (verfremdet)',
        'Alle Angaben sind verändert. Personen werden nur mit Buchstaben bezeichnet.',
        '',
        '# Ausgangslage',
        'Person A (Jahrgang Ende 80er) meldet einen Auffahrunfall an einer Ampel in einer norddeutschen Großstadt.',
        'Geschädigt ist Person B, die einen älteren Oberklasse-Kombi fährt und fiktiv abrechnet.',
        'Person B macht zusätzlich ein HWS-Schleudertrauma mit 6 Wochen Arbeitsunfähigkeit geltend.',
        '',
        '# Was fällt auf?',
        '- A und B nennen unterschiedliche Unfallzeiten; Polizei wurde nicht gerufen.',
        '- Das Fahrzeug von B hatte in zwei Jahren drei Heckschäden bei verschiedenen Versicherern.',
        '- Gutachter und Anwalt sind in allen Fällen dieselben.',
        '- Ein Arzt hat in 14 Fällen dieselbe Diagnose mit identischem Wortlaut attestiert.',
        '',
        '# Aufgaben',
        '1. Welche Indikatoren erkennen Sie? 2. Welche Fragen stellen Sie A am Telefon?',
        '3. Wann geben Sie an die SIU ab? 4. Was darf in die Schadenakte, was nicht?',
    ], title='Fallstudie Unfallring'))])

# ---- 0070 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'motor theft abroad: named English-speaking customer, VIN, plate and police report requested; no health',
    A('kruse'), 'Andrew McAllister <andrew.mcallister@scotmail.example>',
    'Theft of your BMW X3 in Gdansk - claim 26-K-027735', '04-30 16:03',
'''Dear Mr McAllister,

we are sorry that your car was stolen during your trip to Poland. We have
registered the claim under your comprehensive motor insurance
(KF-4471-20981) with the number 26-K-027735.

Vehicle: BMW X3 xDrive20d, HB-AM 330, VIN WBA21DT050N442871

To process the claim we need:
1. the Polish police report (the "zaswiadczenie") with a German or
   English translation - a certified translation is not necessary;
2. both keys, sent by registered mail;
3. the vehicle registration certificate part II (if it was not in the
   car);
4. details of any finance or leasing agreement.

We will also register the vehicle with the Schengen Information System
via the German police, which is standard practice.

Kind regards

''' + sig('kruse', 'en') + '\n\n' + FOOT_EN, cs='us-ascii')

# ---- 0071 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'health claims hand over suspicious physiotherapy invoices to SIU: patient list with names, birth dates, ICD codes in CSV only',
    A('brandt'), A('okafor') + ', ' + A('paulsen'), 'Abgabe SIU: Physio am Deich – Rechnungsauffälligkeiten', '05-04 11:26',
'''Hallo Miriam, hallo Jens,

wie im Jour fixe angekündigt die Liste der auffälligen Rechnungen der
Praxis "Physio am Deich" aus 2025/2026. Auffällig sind vor allem die
identischen Behandlungsserien mit je 10 x KG + 10 x MT bei völlig
unterschiedlichen Diagnosen und dieselbe Verordnung (gleiche Nummer) bei
mehreren Patienten. Die Versicherten selbst halte ich überwiegend für
gutgläubig.

Details in der CSV. Bitte vertraulich behandeln, das sind alles
Krankenversicherte.

Holger
''',
    atts=[att('Physio_am_Deich_Auffaelligkeiten.csv', csvb([
        ['Versicherte Person', 'geb.', 'Vers.-Nr.', 'Rechnung', 'Datum', 'Diagnose', 'Betrag EUR', 'Verordnung Nr.'],
        ['Oksana Melnyk', '17.02.1990', 'KV-7790-22081', '2025-1188', '14.10.2025', 'M54.2', '612,00', 'VO-55120'],
        ['Bärbel Heitmann', '30.06.1955', 'KV-1201-44870', '2025-1190', '15.10.2025', 'M17.1', '612,00', 'VO-55120'],
        ['Rainer Kück', '11.11.1966', 'KV-3348-10922', '2025-1201', '20.10.2025', 'S83.2', '698,40', 'VO-55120'],
        ['Oksana Melnyk', '17.02.1990', 'KV-7790-22081', '2025-1274', '18.11.2025', 'M54.2', '698,40', 'VO-55188'],
        ['Aylin Demirci', '09.03.2001', 'KV-8812-30144', '2025-1302', '24.11.2025', 'M79.1', '744,00', 'VO-55188'],
        ['Oksana Melnyk', '17.02.1990', 'KV-7790-22081', '2025-1390', '22.12.2025', 'I89.0', '744,00', 'VO-55188'],
    ], enc='utf-8'))])

# ---- 0072 -----------------------------------------------------------------
add('NORMAL', 'de', 'insurer-to-customer',
    'trap: product answer to a prospect about legal-expenses cover (criminal defence, "Verkehrsstrafsachen") – no contract, no data',
    A('vogt'), 'Lukas Ehlers <lukas.ehlers@gmx-post.example>', 'AW: Frage zur Rechtsschutzversicherung', '05-05 10:02',
'''Hallo Herr Ehlers,

danke für Ihr Interesse an unserer Rechtsschutzversicherung.

Zu Ihren Fragen:
- Ja, Strafrechtsschutz ist enthalten, wenn Ihnen ein Vergehen vor-
  geworfen wird, das fahrlässig begangen werden kann (z. B. fahrlässige
  Körperverletzung im Straßenverkehr). Bei Vorsatztaten zahlen wir nur,
  wenn Sie freigesprochen werden.
- Die Wartezeit beträgt drei Monate, außer beim Verkehrs-Rechtsschutz.
- Einen Beitrag kann ich Ihnen erst nennen, wenn ich Ihre Postleitzahl und
  die gewünschten Bausteine kenne – am einfachsten über den Tarifrechner
  auf www.weserland.example/rechtsschutz.

Gern rufe ich Sie auch an, wenn Sie mir eine Uhrzeit nennen.

Freundliche Grüße
Hannah Vogt
Kundenservice

-----Ursprüngliche Nachricht-----
Von: Lukas Ehlers
Gesendet: Montag, 4. Mai 2026 21:40
An: info@weserland.example
Betreff: Frage zur Rechtsschutzversicherung

Guten Tag, ist bei Ihrer Rechtsschutz auch Strafrecht dabei? Und gibt es
eine Wartezeit? Was kostet das ungefähr für Single? MfG Lukas Ehlers
''')

# ---- 0073 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-partner',
    'query to a leasing company about a named lessee\'s vehicle (plate, contract), total-loss claim; no allegation',
    A('kruse'), 'Schadenservice Hanse Auto Leasing <schaden@hanse-autoleasing.example>',
    'Totalschaden HB-CW 2044 – Leasingnehmerin Christina Wolters – Ablösewert', '05-06 13:47',
'''Sehr geehrte Damen und Herren,

Ihre Leasingnehmerin, Frau Christina Wolters, hat bei uns einen
Vollkaskoschaden am Leasingfahrzeug VW ID.4 (HB-CW 2044, Leasingvertrag
HAL-2023-118820) gemeldet. Der Sachverständige stellt einen wirtschaft-
lichen Totalschaden fest (Wiederbeschaffungswert 27.500 EUR, Restwert
9.800 EUR).

Bitte teilen Sie uns mit:
- den aktuellen Ablösewert zum 31.05.2026,
- ob Sie einer Verwertung über unsere Restwertbörse zustimmen,
- Ihre Bankverbindung für die Zahlung (wir zahlen als Sicherungs-
  eigentümerin an Sie).

Unser Zeichen: 26-K-028112.

Mit freundlichen Grüßen
Sabine Kruse
Schadenbearbeitung Kraftfahrt

''' + FOOT_DE)

# ---- 0074 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-lawyer',
    'instruction to counsel: named claimant\'s personal-injury claim believed exaggerated, surveillance, medical evidence',
    A('nowak'), 'Ms Rebecca Thornton <r.thornton@thornton-hale-law.example>',
    'Instruction - Mr Gareth Pryce v. our insured (cycling accident, Bremen) - suspected exaggeration', '05-07 17:19',
'''Dear Ms Thornton,

thank you for agreeing to act for us in the claim brought by Mr Gareth
Pryce (born 1972, resident in Cardiff) against our policyholder under her
private liability insurance (PH-2209-71133).

Background: on 3 August 2025 our insured opened her car door and Mr Pryce,
who was cycling past, fell. He sustained a fractured left clavicle (S42.0)
and bruising; surgery took place in Bremen on 4 August. He now claims
GBP 186,000, mainly for loss of earnings as a self-employed scaffolder
and for "chronic shoulder pain and depression", stating he cannot work at
all.

Our SIU has evidence that points the other way:
- surveillance on 11 and 12 March 2026 (lawful, public places) shows Mr
  Pryce loading scaffolding poles onto a van;
- his company's website lists new projects since January 2026;
- his orthopaedic surgeon's report of November 2025 says "full range of
  motion, return to work possible".

We would ask you to advise on the disclosure of the surveillance footage,
on an independent medical examination, and on whether we should plead
fundamental dishonesty. The SIU report and the medical file will follow
via our secure portal.

Kind regards

''' + sig('nowak', 'en') + '\n\n' + FOOT_EN, cs='us-ascii')

# ---- 0075 -----------------------------------------------------------------
add('NORMAL', 'en', 'newsletter',
    'trap: HTML-only staff newsletter for health week (flu jab, blood-pressure checks, mental health) – no individual data',
    'Weserland Intranet News <intranet@weserland.example>', 'All staff <alle@weserland.example>',
    'Health Week 18-22 May: flu jabs, back checks and a talk on stress', '05-08 07:45', None,
    html='''<html><body style="font-family:Arial,sans-serif;font-size:13px">
<h2 style="color:#0b4f6c">Health Week 2026</h2>
<p>Dear colleagues,</p>
<p>our company doctor and the health management team invite you to Health Week:</p>
<table border="0" cellpadding="6">
<tr><td><b>Mon 18 May</b></td><td>Blood pressure and blood sugar checks, canteen foyer, 11:00-14:00</td></tr>
<tr><td><b>Tue 19 May</b></td><td>Back check with our physiotherapists - book a slot in the intranet</td></tr>
<tr><td><b>Wed 20 May</b></td><td>Talk: "Stress, sleep and burn-out - what helps?" (Dr. Meike Janssen), auditorium</td></tr>
<tr><td><b>Thu 21 May</b></td><td>Early flu vaccination for colleagues travelling to the southern hemisphere</td></tr>
<tr><td><b>Fri 22 May</b></td><td>Bike repair service and cycling breakfast</td></tr>
</table>
<p>All results stay with you and the company doctor - nothing is passed on to HR or your manager.</p>
<p>Your health management team</p>
</body></html>''', cs='us-ascii', cte='7bit')

# ---- 0076 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'water-pipe damage: appointment with an assessor at a named customer\'s address, claim and policy number',
    A('dornbusch'), 'Familie Rosebrock <rosebrock.familie@ewe-mail.example>',
    'Leitungswasserschaden Heinrich-Heine-Str. 7 – Termin mit dem Sachverständigen', '05-11 08:30',
'''Guten Morgen Frau Rosebrock, guten Morgen Herr Rosebrock,

der Sachverständige Herr Dipl.-Ing. Lars Wübbenhorst kommt am Donnerstag,
14.05., zwischen 10 und 11 Uhr zu Ihnen in die Heinrich-Heine-Straße 7 in
Delmenhorst, um sich den Schaden im Badezimmer und im Flur anzusehen
(Wohngebäude WG-2281-33046, Schaden WG-26-00402).

Bitte lassen Sie die Trocknungsgeräte bis dahin weiterlaufen und legen
Sie die Rechnung des Installateurs bereit. Den aufgestemmten Boden bitte
noch nicht schließen.

Mit freundlichen Grüßen
Felix Dornbusch
''', cte='8bit')

# ---- 0077 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
    'life underwriting: question to the applicant\'s doctor about a named applicant\'s diagnoses before acceptance',
    A('wiechmann'), 'Praxis Dr. Sabine Osterloh <praxis@osterloh-internisten.example>',
    'Ärztliche Rückfrage zum Antrag – Herr Mirko Jansen, geb. 16.07.1983', '05-12 14:14',
'''Sehr geehrte Frau Dr. Osterloh,

Herr Mirko Jansen (geb. 16.07.1983) hat bei uns eine Risikolebens- und
Berufsunfähigkeitsversicherung beantragt und Sie als behandelnde
Internistin angegeben. Eine Schweigepflichtentbindung liegt uns vor.

Im Antrag gibt Herr Jansen an:
- Diabetes mellitus Typ 1 seit 2004, Insulinpumpe,
- eine stationäre Behandlung im Oktober 2024 wegen Ketoazidose.

Für die Risikoprüfung bitten wir Sie um einen kurzen Befundbericht:
HbA1c-Werte der letzten 12 Monate, bekannte Folgeerkrankungen
(Retinopathie, Nephropathie, Neuropathie), Häufigkeit von Hypoglykämien.

Wir vergüten Ihren Bericht mit 46,92 EUR (GOÄ Nr. 75). Bitte nutzen Sie
den beigefügten Freiumschlag oder unser Arztportal.

Mit freundlichen Grüßen

''' + sig('wiechmann') + '\n\n' + FOOT_DE_LEBEN)

# ---- 0078 -----------------------------------------------------------------
add('NORMAL', 'en', 'internal',
    'trap: IT change on the SIU shared mailbox permissions and retention (mentions "criminal complaints", "medical reports") – no data',
    A('demir'), 'SIU <siu@weserland.example>', '[CHG-2026-0419] siu@ mailbox - new permissions and retention from 1 June', '05-13 16:30',
'''Hello SIU team,

following the data protection audit, we will change the shared mailbox
siu@weserland.example on 1 June:

- Access only for the members of the AD group GRP-SIU-CASEWORK
  (currently 11 people). The old group GRP-CLAIMS-ALL is removed.
- Retention: mails older than 3 years are moved to the archive, where
  only the SIU head and the DPO can restore them.
- Attachments with medical reports or draft criminal complaints should
  be filed in the case system, not kept in the mailbox.
- Outgoing mail from the mailbox to external domains is encrypted by the
  gateway by default.

Nothing changes for incoming mail. If you use the mailbox on your phone,
you need to re-add it after 1 June.

Regards
Yusuf Demir
IT Application Support Claims
''', cs='us-ascii')

# ---- 0079 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-broker',
    'household claim status for a named client of an English-speaking broker; policy and claim numbers, no health',
    A('stenzel'), 'Ian Fletcher <ian.fletcher@expat-insurance-partners.example>',
    'RE: claim status - your client Ms Aiko Tanaka', '05-14 09:25',
'''Hi Ian,

quick update on Ms Aiko Tanaka's household claim (HR-8820-10447, claim
HR-26-01022, burglary at her flat in Findorff on 19 April):

- the locksmith invoice (EUR 486) has been paid to her;
- for the stolen items (laptop, camera, two watches) we are still
  waiting for the list from the police and the receipts for the watches;
- our investigator might call her - that is routine for claims above
  EUR 5,000 - so no need to worry.

I'll let you know as soon as the payment is released.

Best
Marco

> Hi Marco, my client is asking about the status of her burglary claim.
> Anything I can tell her? Thanks, Ian
''', cs='us-ascii')

# ---- 0080 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-authority',
    'criminal complaint (PDF) against a named person for fraud with forged receipts; body only names the case',
    A('luedemann'), 'Polizei Bremen Onlinewache <onlinewache@polizei-bremen.example>',
    'Strafanzeige Weserland Versicherung AG – Az. intern SIU-2025-0488', '05-15 11:50',
'''Sehr geehrte Damen und Herren,

anbei übersenden wir Ihnen unsere Strafanzeige nebst Strafantrag mit
Anlagen. Die Originalbelege halten wir zur Abholung bereit.

Mit freundlichen Grüßen
Petra Lüdemann
Justiziariat
Weserland Versicherung AG
''',
    atts=[att('Strafanzeige_SIU-2025-0488.pdf', pdf([
        '# Strafanzeige und Strafantrag',
        'Anzeigende: Weserland Versicherung AG, vertreten durch den Vorstand, Am Wall 140, 28195 Bremen',
        '# Beschuldigte',
        'Sandra Pietsch, geb. 19.10.1988, Vegesacker Heerstraße 41, 28757 Bremen',
        '# Tatvorwurf',
        'Versuchter Betrug (§§ 263, 22, 23 StGB) in Tateinheit mit Urkundenfälschung (§ 267 StGB)',
        '# Sachverhalt',
        'Die Beschuldigte reichte am 20.11.2025 zur Hausratversicherung HR-4402-71156 drei gefälschte Kaufbelege',
        'über insgesamt 7.618 EUR ein, um eine Entschädigung für angeblich gestohlene Gegenstände zu erhalten.',
        'Die Händler bestätigen, dass die Belege nicht von ihnen stammen. Eine Zahlung ist nicht erfolgt.',
        '# Beweismittel',
        'Belege (Originale), Auskünfte der Händler vom 05./08.12.2025, Vermerk der Ermittlerin M. Okafor',
        '',
        'Bremen, 15.05.2026   gez. Lüdemann, Justiziariat',
    ], title='Strafanzeige SIU-2025-0488'))])

# ---- 0081 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: sickness-absence rates per department (HR statistics, "Krankenquote") – aggregates, small units merged',
    A('ostermann'), 'Führungskräfte Schaden/Leistung <fk-schaden-leistung@weserland.example>',
    'Krankenquote Q1/2026 je Bereich', '05-18 10:40',
'''Liebe Führungskräfte,

hier wie jedes Quartal die Krankenquoten Ihrer Bereiche. Bereiche mit
weniger als 10 Beschäftigten (u. a. SIU und Justiziariat) sind aus
Datenschutzgründen unter "Sonstige" zusammengefasst – bitte fragen Sie
nicht nach Einzelwerten.

  Bereich                      Q1/2025   Q1/2026
  Schaden Kraftfahrt             6,8 %     7,4 %
  Schaden Sach/Haftpflicht       5,9 %     5,1 %
  Leistung Kranken               7,7 %     8,2 %
  Leistung Leben/BU              4,6 %     4,9 %
  Kundenservice                  8,9 %     9,6 %
  Sonstige                       4,1 %     3,8 %
  Gesamt                         6,9 %     7,2 %

Der Anstieg im Kundenservice geht überwiegend auf die Grippewelle im
Februar zurück. Das BEM-Team bietet Ihnen gern ein Gespräch an, wenn Sie
in Ihrem Bereich Handlungsbedarf sehen.

Viele Grüße
Daniel Ostermann
Personalabteilung
''')

# ---- 0082 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'deer collision payout to a named customer with IBAN and plate (motor, no injury)',
    A('kruse'), 'Jürgen Meyerholz <j.meyerholz@landpost.example>', 'Wildunfall am 02.05. – Ihr Teilkaskoschaden 26-K-029981', '05-19 15:05',
'''Sehr geehrter Herr Meyerholz,

zu Ihrem Wildunfall auf der K 12 bei Wildeshausen (Zusammenstoß mit einem
Reh, niemand verletzt) haben wir die Reparaturrechnung des Autohauses
Stolle erhalten.

Wir überweisen 3.412,86 EUR abzüglich Ihrer Selbstbeteiligung von
150 EUR, also 3.262,86 EUR, auf Ihr Konto
''' + iban('DE', '280662140004410287', grouped=False) + '''.

Ihr Schadenfreiheitsrabatt bleibt unverändert, da es sich um einen
Teilkaskoschaden handelt (Vertrag KF-7710-40218, Fahrzeug OL-JM 58).

Mit freundlichen Grüßen
Sabine Kruse
Schadenbearbeitung Kraftfahrt
Weserland Versicherung AG
''', cs='iso-8859-1', cte='8bit')

# ---- 0083 -----------------------------------------------------------------
_r83 = [('SIU-2026-0147', 'Dennis Kowalczyk / Artur Lenz', 'Motor', 'staged accident ring, 7 claims', 'with prosecutor'),
        ('SIU-2026-0171', 'Sven Harjes', 'Health (sickness allowance)', 'working while on sick leave (M54.4)', 'medical exam ordered'),
        ('SIU-2026-0188', 'Vincenzo Marras', 'Commercial property', 'arson suspected, debts', 'police investigating'),
        ('SIU-2026-0203', 'Lukas Brinkmann', 'Travel medical', 'fictitious clinic abroad', 'declined, complaint pending'),
        ('SIU-2026-0219', 'Kemal Arslan (deceased?)', 'Life', 'death certificate doubtful', 'correspondent instructed')]
add('STRICTLY_CONFIDENTIAL', 'en', 'internal',
    'HTML-only table of open SIU cases with names, lines incl. health/life, suspicions and a diagnosis code',
    A('albers'), 'Dr. Henrik Cordes <henrik.cordes@weserland.example>', 'Open major cases SIU - board briefing 21 May', '05-20 18:02',
    None, html='''<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Dear Henrik,</p>
<p>for your briefing with the supervisory board tomorrow, the open major cases (reserve &gt; EUR 50,000).
Please do not forward &ndash; the names are only for you.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eee"><th>Case</th><th>Person(s)</th><th>Line</th><th>Suspicion</th><th>Status</th></tr>
''' + ''.join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n' % r for r in _r83) + '''</table>
<p>Total reserves under investigation: EUR 1.62 million. Happy to walk you through it at 8:30.</p>
<p>Katrin</p>
</body></html>''', cs='us-ascii', cte='quoted-printable')

# ---- 0084 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-partner',
    'trap: reinsurer reporting with portfolio-level disability and fraud figures by diagnosis group – aggregates only',
    A('wiechmann'), 'Life Treaty Team <life.treaty@baltic-re.example>', 'Annual DI portfolio report 2025 - Weserland', '05-21 12:30',
'''Dear colleagues,

as agreed in our treaty meeting, here are the key figures for our
disability income portfolio 2025 (ceded part, 60 % quota share):

New claims by main cause:
  mental and behavioural disorders (F)      38 %
  musculoskeletal (M)                       24 %
  neoplasms (C/D)                           14 %
  cardiovascular (I)                         8 %
  nervous system (G)                         6 %
  other                                     10 %

Claims with SIU involvement: 9 (2024: 6), of which 3 were rescinded for
non-disclosure and 1 ended with a settlement. Average claim age at
acceptance: 46 years. Acceptance rate 71 %.

The detailed bordereau follows through the usual secure channel.

Kind regards
Anja Wiechmann
Life & Disability Claims
''', cs='us-ascii')

# ---- 0085 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-company',
    'D&O claim notification: company and a named managing director accused of breach of duty (civil), no health',
    A('carvalho'), 'Dr. Friederike Lammers <f.lammers@nordhafen-energie.example>',
    'D&O-Versicherung DO-0441-0082 – Inanspruchnahme von Herrn Jörg Bödeker', '05-22 09:00',
'''Sehr geehrte Frau Dr. Lammers,

wir bestätigen den Eingang Ihrer Schadenmeldung vom 19.05.2026 zur
D&O-Versicherung der Nordhafen Energie GmbH (DO-0441-0082).

Nach Ihrer Schilderung nimmt die Gesellschaft ihren früheren Geschäfts-
führer, Herrn Jörg Bödeker, auf Schadenersatz in Höhe von 2,4 Mio. EUR in
Anspruch, weil er 2024 ohne Zustimmung des Aufsichtsrats Terminkontrakte
für Strom abgeschlossen haben soll.

Wir prüfen den Versicherungsschutz und haben Herrn Bödeker als versicherte
Person ebenfalls angeschrieben. Bitte senden Sie uns das Anspruchs-
schreiben, den Geschäftsführervertrag und die Protokolle der betreffenden
Aufsichtsratssitzungen.

Mit freundlichen Grüßen

''' + sig('carvalho') + '\n\n' + FOOT_DE)

# ---- 0086 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'daily sickness allowance stopped for a named insured after a medical examination found him fit for work; diagnosis',
    A('brandt'), 'Sven Harjes <info@harjes-bedachungen.example>',
    'Ihr Krankentagegeld KT-5520-77310 – Ergebnis der Nachuntersuchung', '05-25 10:30',
'''Sehr geehrter Herr Harjes,

am 12.05.2026 wurden Sie im Auftrag der Weserland Krankenversicherung von
Herrn Dr. med. Theo Asmussen, Facharzt für Orthopädie, untersucht.

Das Gutachten kommt zu dem Ergebnis, dass die Lumboischialgie (M54.4)
soweit abgeklungen ist, dass Sie Ihre berufliche Tätigkeit als Inhaber
eines Dachdeckerbetriebs – überwiegend planend und leitend – seit
spätestens 01.05.2026 wieder ausüben können. Der Bandscheibenvorfall
L5/S1 sei konservativ gut behandelt, eine Operation sei nicht nötig.

Damit endet die bedingungsgemäße Arbeitsunfähigkeit. Wir zahlen das
Krankentagegeld bis einschließlich 30.04.2026. Für die Zeit ab dem
01.05.2026 besteht kein Anspruch mehr.

Sollten Sie anderer Auffassung sein, können Sie ein Gutachten Ihres
Arztes vorlegen; wir prüfen es selbstverständlich.

Mit freundlichen Grüßen

''' + sig('brandt') + '\n\n' + FOOT_DE_KV)

# ---- 0087 -----------------------------------------------------------------
add('NORMAL', 'de', 'insurer-to-supplier',
    'trap: catering and room order for an internal fraud conference ("Betrugsbekämpfungstag") – organisational',
    A('frerichs'), 'Bankettbüro Hotel Überseestadt <bankett@hotel-ueberseestadt.example>',
    'Buchung Betrugsbekämpfungstag 18.06.2026 – 60 Personen', '05-26 11:11',
'''Sehr geehrte Frau Kaminski,

wir bestätigen Ihr Angebot vom 20.05. für unseren internen Fachtag
"Betrugsbekämpfung 2026" am Donnerstag, 18.06.2026:

- Saal Hafenblick, parlamentarische Bestuhlung, 60 Personen, 08:30–17:00
- Technik: Beamer, 2 Funkmikrofone, Flipchart
- Kaffeepause vormittags und nachmittags, Mittagsbuffet (davon
  8 x vegetarisch, 3 x vegan, 2 x glutenfrei, 1 x laktosefrei)
- Tagungspauschale 89,00 EUR pro Person

Bitte stellen Sie die Rechnung an die Weserland Versicherung AG, Einkauf,
mit Bestellnummer 4500013377. Eine Teilnehmerliste benötigen Sie laut
Ihrem Angebot nicht.

Mit freundlichen Grüßen

''' + sig('frerichs'))

# ---- 0088 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'grey: pet health insurance – vet bill for a named customer\'s dog (animal health, not human) and payout',
    A('vogt'), 'Emily Sørensen <emily.sorensen@nordicmail.example>', 'Your dog Bruno - vet invoice reimbursed', '05-27 14:20',
'''Dear Ms Sorensen,

we have reimbursed the invoice from Tierklinik Hollerland for Bruno's
cruciate ligament surgery (EUR 2,184.60 minus your 20 % co-payment, i.e.
EUR 1,747.68) under your pet health insurance TK-3301-00572.

The money will be in your account in two to three days. We hope Bruno is
back on his four paws soon!

Kind regards
Hannah Vogt
Customer Service, Weserland Versicherung AG
''', cs='us-ascii')

# ---- 0089 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'internal fraud: named employee suspected of diverting claim payments to own accounts (criminal suspicion, staff data, IBANs)',
    A('kamps'), A('albers') + ', ' + A('ostermann'), '[streng vertraulich] Verdachtsfall intern – Schadenbearbeitung Sach', '05-28 19:40',
'''Katrin, Daniel,

wie heute Nachmittag besprochen, die Fakten in Kürze. Bitte nur an euch,
Revision ist informiert, der Betriebsrat wird morgen früh beteiligt.

- Betroffener Mitarbeiter: Herr Nils Ortgies, Personal-Nr. 40817,
  Sachbearbeiter Schaden Sach seit 2019.
- Die Datenanalyse hat 11 Hausrat-Zahlungen zwischen 2.100 und 4.900 EUR
  (zusammen 38.470 EUR) gefunden, bei denen kurz vor der Auszahlung die
  Bankverbindung des Kunden geändert wurde – immer durch seine Kennung.
- Empfängerkonten: ''' + iban('DE', '120300001077441902') + ''' und
  ''' + iban('DE', '500105175412098311') + ''' (Kontoinhaberin laut Bank-
  auskunft: Jacqueline Ortgies).
- Die betroffenen Kunden haben zum Teil reklamiert, dass kein Geld kam.

Vorschlag: Sperrung der Zugänge morgen 7:00, Anhörung 10:00 mit Daniel,
Betriebsrat und mir; danach Entscheidung über Verdachtskündigung und
Strafanzeige (§ 266 StGB). Bitte bis dahin keine Ansprache im Team.

Oliver
''')

# ---- 0090 -----------------------------------------------------------------
add('NORMAL', 'mixed', 'internal',
    'trap: kickoff agenda with an external consultant for a fraud network-analysis project, German/English – no data',
    A('paulsen'), 'Projekt NetScan <projekt-netscan@weserland.example>', 'Kickoff NetScan – Agenda / agenda for Tuesday', '06-01 08:45',
'''Hallo zusammen, hello Priya,

for our kickoff on Tuesday (10:00–12:00, Weser 3.14 + Teams) – hier die
Agenda:

1. Begrüßung & Ziele (Katrin) – why network analysis, what we expect
2. Datenquellen: claims, parties, repairers, assessors, lawyers – only
   pseudonymised extracts in the project environment, no real names
   before the DPIA is approved
3. Method walkthrough by Priya (graph features, community detection)
4. Datenschutz: DSFA-Zeitplan mit Leonie
5. Next steps & Termine

Priya, du bekommst morgen deinen Gastzugang; please bring your laptop,
the Wi-Fi is "Weserland-Guest".

Danke & bis Dienstag
Jens
''')

# ---- 0091 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'electronics insurance: named customer\'s smartphone damage, IMEI and contradictory dates queried (no allegation)',
    A('dornbusch'), 'Chiara Russo <chiara.russo@webpost.example>', 'Elektronikversicherung – Rückfrage zu Ihrem Display-Schaden', '06-02 10:05',
'''Guten Tag Frau Russo,

vielen Dank für Ihre Schadenmeldung zu Ihrem iPhone 15 Pro (IMEI
35 407115 882104 6, Elektronikversicherung EL-2290-11873).

Bevor wir die Reparatur freigeben können, habe ich noch zwei Fragen:

1. Laut Meldung ist das Gerät am 28.05.2026 heruntergefallen. Der
   Kostenvoranschlag der Werkstatt ist aber auf den 21.05.2026 datiert.
   Können Sie uns das erklären?
2. Die Versicherung für das Gerät haben Sie am 25.05.2026 abgeschlossen.
   Gab es vorher schon Schäden am Display?

Bitte verstehen Sie die Fragen nicht falsch – wir müssen das bei
Abweichungen immer klären.

Mit freundlichen Grüßen
Felix Dornbusch
''', cs='windows-1252', cte='quoted-printable')

# ---- 0092 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'internal',
    'forwarded (attached .eml) English claim form text of a named expat with diagnosis; cover note harmless',
    A('brandt'), A('okafor'), 'FW: claim submission IP-7720-1188', '06-03 12:12',
'''Miriam,

see the customer's mail below (attached). Third invoice from the same
clinic in Dubai within four months. Can you take a look before I pay?

Holger
''', cs='us-ascii',
    atts=[att('claim_submission_IP-7720-1188.eml', fwd(
        'Oliver Grant <oliver.grant@desertmail.example>', 'claims-international@weserland.example',
        'claim submission IP-7720-1188', '06-02 21:50',
'''Hello,

please find below the details of my third invoice from Dubai Family Clinic for
treatment of my lumbar disc herniation (M51.1): 12 physiotherapy sessions
and one more epidural injection, AED 14,200 in total. Dr Rahman says
surgery may be needed if the pain continues. Please reimburse to my
usual account.

Regards
Oliver Grant
Member IP-7720-1188, DOB 14/09/1977
''', cs='us-ascii', cte='7bit'))])

# ---- 0093 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-customer',
    'trap: portal one-time password / registration mail, no contract or personal data',
    'Weserland Customer Portal <noreply@weserland.example>', 'r.vandenberg@nlmail.example',
    'Your one-time password for the Weserland portal', '06-03 19:27',
'''Hello,

you (or someone using your e-mail address) started the registration for
the Weserland customer portal.

Your one-time password: 4817-KQZW

It is valid for 30 minutes. After logging in you will be asked to set
your own password and a security question.

If you did not request this, you can ignore this e-mail - no account
will be created.

Weserland Versicherung AG
https://portal.weserland.example
''', cs='us-ascii', hdrs=[('Auto-Submitted', 'auto-generated')])

# ---- 0094 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-authority',
    'request to a vehicle registration office for the keeper of a plate after a hit-and-run (named customer, claim), no health',
    A('kruse'), 'Zulassungsstelle Landkreis Diepholz <zulassung@lk-diepholz.example>',
    'Halteranfrage nach § 39 StVG – Kennzeichen DH-KL 418', '06-04 09:33',
'''Sehr geehrte Damen und Herren,

unsere Versicherungsnehmerin, Frau Katharina Lührs aus Syke, wurde am
28.05.2026 auf dem Parkplatz des Einkaufszentrums Syke-Nord von einem
Fahrzeug mit dem Kennzeichen DH-KL 418 beschädigt; der Fahrer ist ohne
Regulierung weggefahren. Eine Zeugin hat das Kennzeichen notiert.

Zur Geltendmachung des Schadenersatzanspruchs (ca. 1.900 EUR) bitten wir
um Mitteilung von Name und Anschrift des Halters sowie des Kfz-Haft-
pflichtversicherers nach § 39 Abs. 1 StVG. Die Vollmacht unserer
Versicherungsnehmerin liegt bei.

Unser Zeichen: 26-K-031270.

Mit freundlichen Grüßen
Sabine Kruse
Schadenbearbeitung Kraftfahrt

''' + FOOT_DE)

# ---- 0095 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-partner',
    'life-cover stacking check with another insurer: named insured, several high term-life policies, beneficiary',
    A('okafor'), 'Life Claims Investigations <investigations@northgate-insurance.example>',
    'Request for information - Kemal Arslan, born 08/03/1979 - life cover', '06-05 15:15',
'''Dear colleagues,

we are investigating a death claim on a term life policy (sum assured
EUR 750,000) for Mr Kemal Arslan, born 8 March 1979, last address
Waller Heerstrasse 201, 28219 Bremen. The death is said to have occurred
in Turkey in January 2026; our correspondent has so far not been able to
verify the civil registry entry.

The beneficiary, Mr Murat Arslan, mentioned in a phone call that "the
other insurers" had already paid. Could you please tell us:

1. whether Mr Kemal Arslan held a life policy with you and, if so, the
   inception date and sum assured;
2. whether a death claim was made, by whom, and with which documents;
3. whether you paid, and to which account.

We process this request on the basis of Art. 6(1)(f) GDPR and section 24
BDSG (prevention of crime). We are happy to reciprocate.

Kind regards

''' + sig('okafor', 'en') + '\n\n' + FOOT_EN.replace(CO, 'Weserland Lebensversicherung AG').replace('HRB 41877', 'HRB 41878'),
    cs='us-ascii')

# ---- 0096 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: IT-security warning about phishing mails with fake "Arztrechnung"/"Strafanzeige" attachments – no real data',
    'IT-Sicherheit <it-sicherheit@weserland.example>', 'Alle Mitarbeitenden <alle@weserland.example>',
    'Achtung Phishing: angebliche „Arztrechnung“ und „Strafanzeige gegen Sie“', '06-08 08:05',
'''Liebe Kolleginnen und Kollegen,

seit heute Morgen gehen vermehrt Phishing-Mails bei uns ein. Zwei
Varianten:

1. Betreff "Offene Arztrechnung Nr. 2026-4471 – letzte Mahnung", Anhang
   "Rechnung_Dr_Weber.zip" (enthält Schadsoftware).
2. Betreff "Strafanzeige gegen Sie – Vorladung Polizei", Link auf eine
   gefälschte Seite, die nach Ihren Zugangsdaten fragt.

Gerade in der Leistungsprüfung und der SIU sind solche Betreffzeilen
leider nicht ungewöhnlich – bitte schauen Sie deshalb genau auf den
Absender. Echte Arztrechnungen kommen über den Posteingang Leistung,
echte Post der Polizei nie mit ZIP-Anhang.

Wenn Sie eine solche Mail erhalten: nicht öffnen, mit dem Button
"Phishing melden" in Outlook melden, löschen. Wer bereits geklickt hat,
ruft bitte sofort die 1733 an.

Ihre IT-Sicherheit
''')

# ---- 0097 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-broker',
    'broker informed of the insurer\'s termination of a named client\'s household policy after several claims; no allegation',
    A('stenzel'), 'Birte Claußen <b.claussen@claussen-versicherungsmakler.example>',
    'Kündigung Hausrat Ihres Kunden Herrn Andreas Wulf – HR-3302-18849', '06-09 13:00',
'''Liebe Frau Claußen,

vorab zu Ihrer Information: Wir haben den Hausratvertrag Ihres Kunden
Herrn Andreas Wulf (Am Sodenmatt 19, 28259 Bremen, HR-3302-18849) nach
dem letzten Schadenfall gemäß § 92 VVG zum 30.06.2026 gekündigt. Das
Schreiben geht heute an Herrn Wulf.

Hintergrund ist der Schadenverlauf: vier Schäden in 26 Monaten
(2 x Fahrraddiebstahl, 1 x Leitungswasser, 1 x Einbruch), Schaden-
aufwand insgesamt 14.930 EUR bei einem Jahresbeitrag von 212 EUR.

Über die Zahlung des letzten Schadens (HR-26-01133) ist damit nicht
entschieden – der wird ganz normal weiter bearbeitet.

Viele Grüße
Marco Stenzel
''', cs='windows-1252', cte='8bit')

# ---- 0098 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
    'life claim paid to a named beneficiary, cause of death of the insured mentioned',
    A('wiechmann'), 'Mrs Deborah Lindsay <deb.lindsay@ozmail-au.example>',
    'Life policy LV 82 301 116 - payment of the death benefit', '06-10 09:20',
'''Dear Mrs Lindsay,

please accept our sincere condolences on the death of your husband,
Mr Graham Lindsay.

We have received the death certificate from the registry office in
Oldenburg and the medical certificate stating pancreatic cancer (C25.0)
as the cause of death on 4 May 2026. As you are the named beneficiary
under his life policy LV 82 301 116, we will pay the death benefit of
EUR 120,000 plus profit participation of EUR 8,734.15, in total
EUR 128,734.15.

The payment will be made to your account in Australia as given in your
claim form; because of the currency conversion it may take up to ten
days.

If you have any questions, I am at your disposal.

Yours sincerely

''' + sig('wiechmann', 'en') + '\n\n' + FOOT_EN.replace(CO, 'Weserland Lebensversicherung AG').replace('HRB 41877', 'HRB 41878'),
    cs='us-ascii')

# ---- 0099 -----------------------------------------------------------------
add('NORMAL', 'de', 'insurer-to-authority',
    'trap: reply to the police prevention unit about a working group on insurance fraud – no person, no case',
    A('albers'), 'LKA Niedersachsen Prävention <praevention@lka-nds.example>',
    'AW: Arbeitskreis „Versicherungsbetrug im Straßenverkehr“ – Teilnahme', '06-11 14:44',
'''Sehr geehrte Frau Kriminaldirektorin Hasselbach,

vielen Dank für die Einladung. Wir nehmen gern am Arbeitskreis teil;
vertreten wird die Weserland Versicherung durch Herrn Tobias Rehberg
(Ermittler Kraftfahrt) und mich.

Zu Ihrer Frage nach Themen für die erste Sitzung schlagen wir vor:
- Erfahrungen mit dem neuen Meldeweg für Verdachtsfälle an die
  Staatsanwaltschaften,
- gemeinsame Präventionsbotschaften für Werkstätten und Abschlepp-
  unternehmen,
- datenschutzkonformer Austausch von Lagebildern (nur aggregiert).

Einzelfälle würden wir im Arbeitskreis nicht besprechen, dafür gibt es
den etablierten Weg über die Ermittlungsverfahren.

Mit freundlichen Grüßen

''' + sig('albers') + '\n\n' + FOOT_DE)

# ---- 0100 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'third-party liability claimant (named, address) asked for photos and invoices of damaged property, no injury',
    A('nowak'), 'Mr Tomasz Wójcik <t.wojcik@plmail.example>', 'Your claim against our policyholder - HP-26-01190', '06-12 10:48',
'''Dear Mr Wojcik,

we are the liability insurer of Mr Henrik Schlüter, whose removal van
damaged the garden wall and the gate of your house at Alter Postweg 22,
28207 Bremen, on 4 June 2026. Mr Schlüter has confirmed the incident to
us. Fortunately nobody was hurt.

So that we can settle your claim, please send us:
- photos of the wall and the gate (before repair, if possible),
- the quote or invoice of your builder,
- your bank details for the payment.

You do not need a lawyer for this; if you instruct one anyway, we will
only cover the fees if they are necessary under German law.

Kind regards

''' + sig('nowak', 'en'))

# ---- 0101 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: hail storm claims statistics by postcode area with "Schadenquote" – aggregates, no persons',
    A('paulsen'), 'Schaden Kraftfahrt Team <schaden-kfz-team@weserland.example>, Schaden Sach Team <schaden-sach-team@weserland.example>',
    'Hagel 09./10.06. – erste Zahlen und Hinweise zu Trittbrettfahrern', '06-15 16:20',
'''Moin zusammen,

erste Auswertung der Hagelnacht:

  PLZ-Bereich   Kfz-Meldungen   Gebäude/Hausrat   Ø Kfz-Schaden
  27xxx              612              208           3.480 EUR
  28xxx            1.207              391           3.920 EUR
  49xxx              144               37           2.610 EUR

Erfahrungsgemäß kommen in den nächsten Wochen auch Meldungen zu
Altschäden, die als Hagel "mitgenommen" werden. Indikatoren:
- Fahrzeug stand laut Meldung im Hagelgebiet, Halteranschrift aber weit
  außerhalb,
- Dellen überwiegend auf der Motorhaube, Dach unbeschädigt,
- Meldung erst nach mehr als vier Wochen.

Bitte bei solchen Fällen einen Gutachter mit Hagel-Erfahrung beauftragen
und erst dann an uns abgeben, wenn mehrere Indikatoren zusammenkommen.

Jens
''')

# ---- 0102 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'SIU file note of a phone call with a witness naming the suspected arsonist (criminal suspicion), windows-1252',
    A('okafor'), 'SIU-Akte 2026-0188 <siu-akte@weserland.example>', 'Aktennotiz Telefonat Zeugin – SIU-2026-0188 (Brand Da Enzo)', '06-16 11:37',
'''AKTENNOTIZ

Fall: SIU-2026-0188, Brand Trattoria Da Enzo, Osterstraße 41
Datum/Uhrzeit: 16.06.2026, 10:55–11:20
Gesprächspartnerin: Frau Lina Schwietering, Nachbarin (1. OG), Tel. auf
eigenen Wunsch nicht in der Akte

Inhalt:
Frau Schwietering bestätigt ihre Aussage gegenüber der Polizei: Sie habe
in der Brandnacht gegen 02:50 Uhr den weißen Fiat Doblo von Herrn Marras
vor dem Lokal gesehen, weil das Licht im Lokal anging. Herr Marras habe
zwei Kanister aus dem Wagen geholt. Sie sei sich "zu 90 Prozent" sicher,
dass er es war; er habe seine typische rote Jacke getragen.

Sie habe Angst vor Herrn Marras, weil er im Mai "Drohungen" gegenüber
der Hausverwaltung ausgesprochen habe. Sie möchte nicht, dass ihr Name an
ihn weitergegeben wird.

Bewertung: Aussage deckt sich mit dem Gutachten (Brandbeschleuniger).
Weitergabe nur an Polizei/StA, nicht an den VN oder dessen Anwalt.

M. Okafor
''', cs='windows-1252', cte='quoted-printable')

# ---- 0103 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'legal expenses: named customer\'s administrative speeding fine (Ordnungswidrigkeit, not a crime), cover confirmed',
    A('mahnke'), 'Philipp Stührenberg <p.stuehrenberg@t-net.example>', 'Rechtsschutz Verkehr – Ihr Bußgeldbescheid', '06-17 09:12',
'''Sehr geehrter Herr Stührenberg,

für das Bußgeldverfahren wegen der Geschwindigkeitsüberschreitung auf der
A 27 (innerorts 31 km/h zu schnell, Bußgeld 260 EUR, 2 Punkte, 1 Monat
Fahrverbot – Bußgeldbescheid der Stadt Bremen vom 02.06.2026) besteht
Versicherungsschutz aus Ihrem Verkehrs-Rechtsschutz (RS-4409-28830).

Wir übernehmen die Kosten Ihres Anwalts, Herrn RA Timo Buchholz, für
den Einspruch und ein eventuelles Verfahren vor dem Amtsgericht sowie
die Kosten eines technischen Gutachtens zur Messung, falls Ihr Anwalt
es für nötig hält.

Mit freundlichen Grüßen
Ingrid Mahnke
Rechtsschutz-Schaden
''')

# ---- 0104 -----------------------------------------------------------------
add('NORMAL', 'en', 'internal',
    'trap: SIU objectives and key results for H2 (hit rates, "health fraud", police referrals) – no persons',
    A('albers'), 'SIU <siu@weserland.example>', 'SIU OKRs H2/2026 - draft for Thursday', '06-18 17:55',
'''Hi team,

here is my draft of our OKRs for the second half of the year. Please
comment by Wednesday evening; we'll finalise them on Thursday.

Objective 1: Find more fraud with less friction for honest customers
  KR1 Raise the confirmed share of referrals from 31 % to 36 %
  KR2 Cut the median SIU handling time for motor from 19 to 14 days
  KR3 No more than 2 justified complaints about SIU contact per quarter

Objective 2: Get better at health and disability fraud
  KR1 Provider network analysis for physiotherapy live in production
  KR2 Train 100 % of the health claims team on the new indicators
  KR3 Agree a referral routine with two prosecutors' offices

Objective 3: Keep our house in order
  KR1 Deletion run for old cases done by 30 September
  KR2 DPIA for NetScan approved

Katrin
''', cs='us-ascii')

# ---- 0105 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
    'dental treatment plan check for a named insured (tooth numbers, implants, GOZ) with a question on already-completed work',
    A('brandt'), 'Zahnarztpraxis Dr. Hemmen <praxis@zahnarzt-hemmen.example>',
    'Heil- und Kostenplan vom 02.06.2026 – Patient Herr Cem Yilmaz, geb. 21.01.1979', '06-19 10:25',
'''Sehr geehrte Frau Dr. Hemmen,

Herr Cem Yilmaz (geb. 21.01.1979, Zahnzusatzversicherung ZZ-5512-30418)
hat uns Ihren Heil- und Kostenplan über 11.840 EUR vorgelegt:
Implantate regio 36 und 46, Brücke 24–26, Kronen 14 und 15.

Bevor wir die Kostenzusage erteilen, bitten wir um Klärung:
- Laut Plan fehlen die Zähne 36 und 46. Herr Yilmaz hat die Zusatz-
  versicherung am 01.03.2026 abgeschlossen und im Antrag angegeben, dass
  keine Zähne fehlen und keine Behandlung angeraten ist.
- Bitte senden Sie uns die Röntgenaufnahmen (OPG) und die Karteikarten-
  einträge seit 2024, insbesondere zur Extraktion von 36 und 46.

Eine Schweigepflichtentbindung von Herrn Yilmaz liegt uns vor.

Mit freundlichen Grüßen

''' + sig('brandt') + '\n\n' + FOOT_DE_KV)

# ---- 0106 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-partner',
    'cross-border rental-car damage: named customer, contract and damage figures exchanged with a Spanish rental firm; no health',
    A('whitfield'), 'Damage Department <damages@solcar-rentals.example>',
    'Rental agreement MAD-2026-558120 - Mr Bernd Ottersberg - disputed damage', '06-22 11:05',
'''Dear Sir or Madam,

we are the travel insurer of Mr Bernd Ottersberg, who rented a Seat Leon
from your Madrid Barajas branch from 2 to 9 June 2026 (rental agreement
MAD-2026-558120). You have charged EUR 1,460 to his credit card for
"damage to the front bumper and the right wing mirror".

Mr Ottersberg states that the damage was already there when he picked
up the car and refers to the photos he took in the car park (attached to
his claim). The check-out protocol you sent him is not signed by him.

Could you please send us:
1. the signed check-out and check-in protocols with photos,
2. the repair invoice (not an estimate),
3. proof that the damage was not charged to the previous renter.

Our reference: MR-26-00201. Thank you.

Kind regards
Claire Whitfield
International Claims - Travel & Assistance
''', cs='us-ascii')

# ---- 0107 -----------------------------------------------------------------
add('NORMAL', 'de', 'newsletter',
    'trap: broker newsletter on the long-term-care reform (care grades, dementia, contributions) – product info only',
    'Weserland Maklerservice <maklerservice@weserland.example>', 'undisclosed-recipients:;',
    'Makler-Newsletter Juni: Pflegereform 2026 - was Ihre Kunden jetzt wissen sollten', '06-23 07:15',
'''Makler-Newsletter Juni 2026

Pflegereform 2026: Die wichtigsten Punkte

- Pflegegeld und Pflegesachleistungen steigen zum 01.07.2026 um 4,5 %.
- Für Menschen mit Demenz wird der Entlastungsbetrag auf 150 EUR
  angehoben.
- Der Eigenanteil im Pflegeheim bleibt trotz Zuschüssen hoch: im
  Bundesdurchschnitt über 3.000 EUR im Monat bei Pflegegrad 4.

Was heißt das für die private Vorsorge?
Die Lücke zwischen gesetzlicher Leistung und tatsächlichen Kosten bleibt.
Unser Pflegetagegeld PflegePlus schließt sie - ab Pflegegrad 2 mit
Leistung, auf Wunsch mit Einmalzahlung bei Pflegegrad 4 und 5.

Neu: Vereinfachte Gesundheitsfragen bis Eintrittsalter 55 (nur noch vier
Fragen, u. a. nach Demenz, Parkinson, Schlaganfall und bestehender
Pflegebedürftigkeit).

Verkaufsunterlagen und Rechner im Maklerportal:
https://makler.weserland.example/pflege

Abmelden: https://newsletter.weserland.example/abmelden
''', cs='iso-8859-1', cte='quoted-printable', hdrs=[('Precedence', 'bulk')])

# ---- 0108 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-authority',
    'report to UK police unit about a named suspected "ghost broker" selling fake motor policies (criminal suspicion)',
    A('rehberg'), 'Insurance Fraud Enforcement Unit <ifeu.referrals@cityofriverton-police.example>',
    'Referral: suspected ghost broking - Mr Daniel "Danny" Osei, Riverton', '06-24 13:40',
'''Dear Detective Sergeant Kaur,

as discussed on the phone, we would like to refer the following matter.

Between March and June 2026 at least nine people living in the UK
contacted us because they had bought "German motor insurance" for their
UK-registered cars via an Instagram account called "cheapcover_uk". They
received certificates with our logo that we never issued. They paid
between GBP 380 and GBP 720 each.

Payments went to a UK account in the name of Mr Daniel Osei (born
approx. 1996), sort code 20-44-91, account 5531xxxx (full details in
the attached list, which we will send via your secure upload once you
give us access). Several victims have identified Mr Osei from the
profile photo.

We have not issued any policy to Mr Osei or to the victims. Please let
us know which documents and witness statements you need; our German
legal department can also file a complaint with the Bremen prosecutor
if useful.

Kind regards

''' + sig('rehberg', 'en') + '\n\n' + FOOT_EN, cs='us-ascii')

# ---- 0109 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'jewellery loss: named customer asked for original receipts and an appraisal after the interview (no allegation)',
    A('okafor'), 'Petra Schnakenberg <p.schnakenberg@ewe-mail.example>',
    'AW: Gesprächstermin zu Ihrem Schaden HR-26-00974', '06-25 10:02',
'''Sehr geehrte Frau Schnakenberg,

vielen Dank noch einmal für das offene Gespräch am Dienstag. Wie
besprochen fehlen uns für die Regulierung noch:

  - das Originalzertifikat zum Diamantring (GIA-Nummer),
  - die Rechnung des Juweliers Wempe über die Armbanduhr,
  - eine Bestätigung des Hotels Seeblick über Ihre Meldung am
    Abreisetag,
  - das Wertgutachten von 2019 für die Perlenkette, das Sie erwähnt haben.

Sobald die Unterlagen da sind, melde ich mich mit einer Entscheidung.
Eine Kopie genügt zunächst; die Originale bitte nur auf Anforderung
schicken.

Mit freundlichen Grüßen
Miriam Okafor

> Sehr geehrte Frau Okafor, der Termin am 28.04. um 15 Uhr passt mir. Ich
> bringe mit, was ich finden kann. Viele Grüße, P. Schnakenberg
''', cte='8bit')

# ---- 0110 -----------------------------------------------------------------
add('NORMAL', 'de', 'insurer-to-customer',
    'trap: answer to a prospect on disability cover (health questions, "psychische Erkrankungen") – generic, no own data',
    A('vogt'), 'Aylin Kaya <aylin.kaya@gmx-post.example>', 'AW: BU-Versicherung – wie läuft das mit den Gesundheitsfragen?', '06-26 15:30',
'''Liebe Frau Kaya,

danke für Ihre Anfrage. Gern erkläre ich Ihnen, wie das bei der
Berufsunfähigkeitsversicherung abläuft – ganz allgemein, denn Ihre
persönlichen Angaben machen Sie erst im Antrag:

- Im Antrag fragen wir nach Behandlungen der letzten 5 Jahre (ambulant)
  bzw. 10 Jahre (stationär), z. B. nach Rückenbeschwerden, psychischen
  Erkrankungen oder Allergien.
- Eine Psychotherapie bedeutet nicht automatisch eine Ablehnung; oft
  gibt es einen Ausschluss oder einen Zuschlag.
- Bitte beantworten Sie alle Fragen vollständig – wer etwas verschweigt,
  riskiert den Versicherungsschutz.
- Wenn Sie unsicher sind, können wir eine anonyme Risikovoranfrage
  stellen: Ihr Arzt oder Ihr Berater schickt uns die Angaben ohne Namen.

Möchten Sie ein Beratungsgespräch? Dann nennen Sie mir einfach zwei
Terminvorschläge.

Herzliche Grüße
Hannah Vogt
Kundenservice
''')

# ---- 0111 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-supplier',
    'trap: translation order for fraud-training slides (EN->DE/PL), mentions staged accidents and forged medical bills, no data',
    A('albers'), 'Project Management <projects@lingua-bridge.example>', 'Translation order - fraud training deck (38 slides)', '06-29 09:55',
'''Hello Ms Kowalska,

please translate the attached training deck "Spotting staged accidents
and forged medical bills" (38 slides, approx. 4,200 words) from English
into German and Polish.

- Deadline: 17 July 2026
- Format: keep the PowerPoint layout; terms glossary in the notes
- The deck contains only invented example cases ("Driver A", "Clinic X");
  there are no real customer data.
- Please use the terminology list from our last order (e.g. "staged
  accident" = "gestellter Unfall" / "upozorowany wypadek").

Please confirm the quote (EUR 0.14 per word per language as per our
framework agreement) and the delivery date.

Best regards
Katrin Albers
Weserland Versicherung AG
''', cs='us-ascii')

# ---- 0112 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-company',
    'cyber claim of a company with named CISO contact, ransomware details; no health',
    A('carvalho'), 'Mr Ben Adeyemi <ben.adeyemi@kuestenmoebel.example>',
    'Cyber policy CY-0914-0023 - ransomware incident 30 June - next steps', '07-01 08:10',
'''Dear Mr Adeyemi,

thank you for notifying the ransomware incident at Kuestenmoebel GmbH
early this morning. As agreed on the hotline:

1. Our incident response partner, NorthShield Forensics, will call you
   within the hour. Please do not switch off or reinstall the encrypted
   servers before they have taken images.
2. Please do not contact the attackers and do not pay anything without
   talking to us; our policy requires our prior consent.
3. The costs of forensic analysis and restoration are covered under
   section B of your cyber policy (CY-0914-0023), deductible EUR 10,000.
4. If personal data of customers or employees were affected, the
   72-hour deadline for notifying the data protection authority runs
   from your awareness - NorthShield will help you assess this.

Your claim number is CY-26-0019.

Kind regards
Rui Carvalho
Commercial Lines Underwriting, Weserland Versicherung AG
''', cs='us-ascii')

# ---- 0113 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-partner',
    'accident insurance double-claim check with an Austrian insurer: named insured, injury and daily hospital allowance',
    A('sommer'), 'Leistungsabteilung Unfall <unfall.leistung@alpenland-versicherung.example>',
    'Anfrage Doppelversicherung – Frau Verena Pichler, geb. 03.09.1985 / double insurance query', '07-02 10:30',
'''Sehr geehrte Kolleginnen und Kollegen,

wir prüfen einen Unfall unserer Versicherten Frau Verena Pichler
(geb. 03.09.1985, wohnhaft in Bremen, Unfallversicherung UV-6601-22904).
Sie ist am 14.02.2026 beim Skifahren in Saalbach gestürzt: Tibiakopf-
fraktur rechts (S82.1), Operation im Krankenhaus Zell am See, 9 Tage
stationär.

Frau Pichler hat bei uns Krankenhaustagegeld und Genesungsgeld verlangt.
In der Schadenanzeige verneint sie weitere Unfallversicherungen; auf der
Krankenhausrechnung ist aber Ihr Haus als Kostenträger vermerkt.

Could you please confirm whether Ms Pichler holds an accident policy with
you and whether she claimed daily hospital allowance for the same stay?
We ask under § 24 BDSG for the purpose of preventing fraud and will
treat your answer confidentially.

Mit freundlichen Grüßen / kind regards

''' + sig('sommer'))

# ---- 0114 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'network analysis XLSX linking named persons with birth dates to several suspicious accidents and a doctor\'s whiplash reports',
    A('paulsen'), A('rehberg'), 'NetScan – erster Cluster mit Klarnamen (nur für dich)', '07-03 14:05',
'''Tobias,

wie besprochen der erste auffällige Cluster aus NetScan, jetzt mit
Klarnamen (Freigabe Leonie liegt vor, Fallbezug SIU-2026-0147). Die
Tabelle zeigt, wer in welchen Unfällen wie beteiligt war. Auffällig ist
Dr. Gerken: er hat in 9 der 12 Fälle das HWS-Attest ausgestellt.

Bitte nicht weiterleiten, Datei liegt auch im SIU-Laufwerk.

Jens
''',
    atts=[att('NetScan_Cluster_07_Klarnamen.xlsx', xlsx([
        ('Personen', [['Person', 'geb.', 'Rolle(n)', 'Anzahl Unfälle', 'HWS-Attest'],
                      ['Artur Lenz', '05.09.1989', 'Geschädigter', 5, 'ja (3x, Dr. Gerken)'],
                      ['Dennis Kowalczyk', '27.01.1994', 'Schädiger, Beifahrer', 4, 'nein'],
                      ['Serkan Öztürk', '11.12.1991', 'Schädiger, Geschädigter', 4, 'ja (2x, Dr. Gerken)'],
                      ['Melanie Lenz', '22.07.1992', 'Beifahrerin', 3, 'ja (3x, Dr. Gerken, S13.4 HWS-Distorsion)'],
                      ['Kai Rademacher', '14.04.1987', 'Zeuge', 3, 'nein']]),
        ('Unfälle', [['Datum', 'Schaden-Nr.', 'Ort', 'Forderung EUR'],
                     ['14.03.2024', '24-K-008812', 'Bremen-Gröpelingen', 9840],
                     ['02.09.2024', '24-K-021774', 'Bremen-Walle', 12115],
                     ['19.05.2025', '25-K-014209', 'Delmenhorst', 9820],
                     ['06.02.2026', '26-K-018842', 'Bremen-Oslebshausen', 11460]]),
    ], title='NetScan Cluster 07', creator='Jens Paulsen'))])

# ---- 0115 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'bicycle theft payout to a named customer with an IBAN written in lower case, no health',
    A('dornbusch'), 'Jonas Wellbrock <jonas.wellbrock@gmx-post.example>', 'Ihr E-Bike – Entschädigung HR-26-01288', '07-06 12:12',
'''Hallo Herr Wellbrock,

danke für die Rechnung und die Rahmennummer – damit ist alles klar. Wir
zahlen für Ihr gestohlenes E-Bike 3.420 EUR (Neuwert laut Rechnung
abzüglich der vereinbarten Selbstbeteiligung) auf das angegebene Konto:

  ''' + iban('DE', '290500000011229813').lower() + '''

Sollte das Rad doch wieder auftauchen, melden Sie sich bitte bei uns.

Viele Grüße
Felix Dornbusch
''')

# ---- 0116 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: minutes of the industry working group on fraud (trends, indicators, register statistics) – no case, no person',
    A('albers'), 'SIU <siu@weserland.example>, Oliver Kamps <oliver.kamps@weserland.example>',
    'Kurzprotokoll Arbeitskreis Betrugsbekämpfung (Verband) 02.07.', '07-07 09:40',
'''Hallo zusammen,

kurz die wichtigsten Punkte aus dem Arbeitskreis des Verbands am 02.07.
in Hamburg (18 Versicherer vertreten):

1. Lagebild: bundesweit weiter Zunahme bei gefälschten Rechnungen in der
   Reise- und Zahnzusatzversicherung; Kfz stabil auf hohem Niveau.
2. Register (HAR): 2025 rund 1,9 Mio. Anfragen, Trefferquote 7 %. Neue
   Meldegründe ab 2027 in Abstimmung mit der Datenschutzaufsicht.
3. KI-Scoring: mehrere Häuser berichten von Problemen mit der Erklärbar-
   keit gegenüber Kunden. Empfehlung des Verbands: nie automatisch
   ablehnen, Begründung immer durch Menschen.
4. Gesundheitsdaten in der Betrugsprüfung: Musterformulierung für die
   Schweigepflichtentbindung wird überarbeitet (Entwurf im Herbst).
5. Nächster Termin: 05.11.2026, Bremen – wir sind Gastgeber.

Präsentationen liegen im Teams-Kanal "AK Betrug".

Katrin
''')

# ---- 0117 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-partner',
    'trap: press answer on fraud figures and an anonymised example (fake clinic), no individual',
    A('benecke'), 'Hannah Moor <h.moor@northern-business-journal.example>', 'RE: your questions on insurance fraud', '07-08 16:25',
'''Dear Ms Moor,

thank you for your questions. Here are our answers; you may quote them
as "a spokesperson for Weserland Versicherung".

1. How much fraud do you detect? - In 2025 our special investigations
   unit confirmed fraud or abuse in around 900 claims and avoided
   payments of about EUR 10 million.
2. Which lines are most affected? - Motor, household and travel. In
   health insurance we increasingly see forged invoices from abroad.
3. Do you use AI? - We use data analysis to find unusual claims, but a
   person always decides. No claim is declined automatically.
4. Can you give an example? - We recently saw a "clinic" abroad that
   turned out to be a pharmacy with a website. We cannot comment on
   individual customers.

If you need a photo of our head of investigations, Dr. Katrin Albers,
please let me know.

Best regards
Kai Benecke
Corporate Communications
''', cs='us-ascii')

# ---- 0118 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-lawyer',
    'motor property damage: opposing lawyer of a named claimant, our named policyholder, offer on repair costs (no injury)',
    A('kruse'), 'Kanzlei Oetjen & Partner <post@oetjen-partner.example>',
    'Ihr Mandant Herr Sascha Brünjes ./. unsere VN Frau Hella Tietjen – 26-K-032884', '07-09 10:55',
'''Sehr geehrter Herr Rechtsanwalt Oetjen,

in der Unfallsache Ihres Mandanten, Herrn Sascha Brünjes (Fahrzeug
HB-SB 1212), gegen unsere Versicherungsnehmerin Frau Hella Tietjen
(Unfall vom 20.06.2026, Kreuzung Schwachhauser Heerstraße) nehmen wir
wie folgt Stellung:

- Die Haftung unserer VN dem Grunde nach ist unstreitig (Rotlicht).
- Reparaturkosten laut Gutachten 6.214,30 EUR netto: Wir erstatten den
  Betrag abzüglich der Verbringungskosten, da die Werkstatt eine eigene
  Lackiererei hat (-178,50 EUR).
- Nutzungsausfall 10 Tage x 59 EUR: einverstanden.
- Kostenpauschale 25 EUR: einverstanden.

Personenschäden werden nicht geltend gemacht. Die Zahlung von 6.650,80
EUR geht in den nächsten Tagen auf Ihr Kanzleikonto; Ihre Gebühren-
rechnung nach RVG erwarten wir gesondert.

Mit freundlichen Grüßen
Sabine Kruse

''' + FOOT_DE)

# ---- 0119 -----------------------------------------------------------------
add('NORMAL', 'mixed', 'newsletter',
    'trap: bilingual intranet news on Fraud Awareness Week with quiz and statistics – no personal data',
    'Weserland Intranet News <intranet@weserland.example>', 'Alle Mitarbeitenden <alle@weserland.example>',
    'Fraud Awareness Week 13.–17.07. / Woche der Betrugsprävention', '07-10 07:30',
'''+++ Fraud Awareness Week 13–17 July / Woche der Betrugsprävention +++

DE: Jeder zehnte Euro, den wir für Schäden zahlen, wird nach Schätzungen
der Branche durch Betrug verursacht. In dieser Woche zeigt die SIU, wie
Betrug funktioniert – und wie ihr ihn erkennt.

EN: Industry estimates say one euro in ten paid for claims is lost to
fraud. This week our SIU shows you how fraud works - and how to spot it.

Programm / programme:
  Mo/Mon  Lunch talk "Der gestellte Unfall" (DE), canteen 12:30
  Di/Tue  "Fake clinics abroad" (EN), Teams 14:00
  Mi/Wed  Quiz mit Preisen / quiz with prizes – intranet
  Do/Thu  Offene Tür in der SIU / open door, Weser 3.14
  Fr/Fri  Auflösung Quiz / quiz results

Bitte keine echten Fälle mitbringen – please do not bring real cases
to the open door; use the referral form instead.
''', cte='8bit')

# ---- 0120 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
    'instruction of an independent medical examiner for a named claimant suspected of exaggerating a shoulder injury',
    A('nowak'), 'Mr Richard Haig FRCS <rh.office@haig-orthopaedics.example>',
    'Independent medical examination - Mr Gareth Pryce, DOB 22/11/1972', '07-13 11:15',
'''Dear Mr Haig,

on the recommendation of Ms Thornton, we would like to instruct you to
examine Mr Gareth Pryce (date of birth 22/11/1972, Cardiff) and report on
his condition following a cycling accident in Bremen on 3 August 2025.

Injuries documented: displaced fracture of the left clavicle (S42.0),
treated with plate osteosynthesis on 4 August 2025; contusions of the
left hip. Mr Pryce reports persistent shoulder pain, inability to lift
above shoulder height and low mood; his GP prescribed sertraline in
January 2026.

We would be grateful for your opinion on:
1. the current range of motion and any objective findings;
2. whether his reported limitations are consistent with the injury and
   the surgical outcome;
3. his capacity to work as a scaffolder, now and in the future;
4. whether any psychiatric assessment is indicated.

Please note that we hold surveillance material; Ms Thornton will decide
whether and when to disclose it to you. Medical records will be sent via
our secure portal.

Yours sincerely

''' + sig('nowak', 'en') + '\n\n' + FOOT_EN, cs='us-ascii')

# ---- 0121 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-broker',
    'broker told that a sole trader\'s contents claim needs original invoices and tax records before payment (no allegation)',
    A('okafor'), 'Sarah Whitlock <s.whitlock@atlantic-brokers.example>', 'Your client Mr Nikos Papadakis - claim GI-26-0088', '07-14 14:00',
'''Hi Sarah,

regarding the flood claim of your client Mr Nikos Papadakis (sole trader,
"Papadakis Feinkost", business contents GI-2290-0417): the stock list
he submitted shows goods worth EUR 68,500, while his 2025 tax return
declares an average inventory of about EUR 21,000.

Before we can pay beyond the advance of EUR 10,000 we need:
- the purchase invoices for the stock in the cellar (Jan-May 2026),
- the inventory list for the 2025 year-end accounts,
- his VAT returns for Q1 2026.

I am in the SIU team, but please tell your client this is a normal check
for large stock claims - nobody is accusing him of anything.

Kind regards
Miriam

''' + sig('okafor', 'en', short=True), cs='us-ascii')

# ---- 0122 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: workshop invitation on the indicator model for health claims (ICD groups, providers) as ICS – no patient',
    A('paulsen'), A('brandt') + ', ' + A('okafor') + ', ' + A('hartkamp'),
    'Workshop Indikatorenmodell Kranken 2.0', '07-15 10:00',
'''Hallo Holger, Miriam, Leonie,

ich möchte mit euch das Indikatorenmodell für die Krankenversicherung
weiterentwickeln. Ideen bisher:

- Rechnungen mit Diagnosegruppe M (Rücken/Gelenke) und Heilmitteln von
  Leistungserbringern mit auffällig hoher Serienquote
- Arztrechnungen aus dem Ausland kurz vor Reiseende
- Zahnersatz kurz nach Vertragsbeginn (Wartezeit, Antragsfragen)
- Leistungserbringer mit identischen Rechnungslayouts

Leonie, dich brauchen wir vor allem für die Frage, welche Gesundheits-
daten das Modell überhaupt sehen darf.

Einladung hängt an.

Jens
''',
    atts=[att('Workshop_Indikatorenmodell_Kranken.ics', ics('ws-indikatoren-kv-20260723', '20260723T130000', '20260723T160000',
              'Workshop Indikatorenmodell Kranken 2.0', 'Weser 2.08',
              'Weiterentwicklung der Indikatoren für die Leistungsprüfung Kranken; Datenschutz-Rahmen.',
              ('Jens Paulsen', 'jens.paulsen@' + DOM),
              [('Holger Brandt', 'holger.brandt@' + DOM), ('Miriam Okafor', 'miriam.okafor@' + DOM),
               ('Leonie Hartkamp', 'leonie.hartkamp@' + DOM)]), method='REQUEST')])

# ---- 0123 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'harmless top reply ("passt, danke"), the health and fraud details of a named insured only in the quoted mail',
    A('wiechmann'), A('okafor'), 'AW: BU-Fall Ahlers – Ergebnis Antragsprüfung', '07-16 17:48',
'''Passt, danke! Ich schreibe die Baltic Re morgen an.

Anja

Am 16.07.2026 um 15:02 schrieb Miriam Okafor:
> Hallo Anja,
>
> Ergebnis zur Antragsprüfung Timo Ahlers (BV-7702-11458):
>
> - Den Antrag vom 03/2024 hat der Makler am Telefon mit Herrn Ahlers
>   ausgefüllt; die Gesundheitsfragen hat Herr Ahlers selbst digital
>   unterschrieben.
> - In der Hausarztakte: 2022 und 2023 insgesamt 14 Wochen AU wegen
>   "Erschöpfungssyndrom/Burn-out" (Z73.0, F48.0), Überweisung zur
>   Psychotherapie, 2023 Verordnung von Escitalopram 10 mg.
> - Frage 4 im Antrag ("psychische Erkrankungen, Psychotherapie in den
>   letzten 5 Jahren") wurde mit "nein" beantwortet.
>
> Aus meiner Sicht liegt eine arglistige Täuschung nahe; Rücktritt und
> Anfechtung prüfen bitte ihr mit dem Justiziariat. Die jetzige BU-
> Diagnose G93.3 (CFS) steht damit in engem Zusammenhang.
>
> Gruß Miriam
''', cte='8bit')

# ---- 0124 -----------------------------------------------------------------
add('NORMAL', 'en', 'internal',
    'trap: ODS benchmark of fraud-analytics vendors (features such as "health claims", "GDPR Art. 9/10") – no personal data',
    A('paulsen'), A('albers') + ', ' + A('frerichs'), 'Vendor benchmark network analytics - summary', '07-20 09:30',
'''Katrin, Gesa,

attached the scoring sheet for the three vendors we looked at for the
network analytics renewal. ClaimSight is still ahead on motor and
property; FraudLens is better for health claims but hosts only in the US,
which Leonie does not accept for Art. 9/10 data. Let's discuss on
Thursday.

Jens
''', cs='us-ascii',
    atts=[att('Vendor_benchmark_network_analytics.ods', ods([
        ('Scores', [['Criterion', 'Weight', 'ClaimSight', 'FraudLens', 'Netgraph AI'],
                    ['Motor detection quality', 0.25, 4.5, 4.0, 3.5],
                    ['Health claims module', 0.15, 3.0, 4.5, 2.5],
                    ['Explainability for investigators', 0.2, 4.0, 3.5, 4.0],
                    ['EU hosting / GDPR Art. 9 and 10', 0.25, 5.0, 1.0, 4.5],
                    ['Price (3 years)', 0.15, 3.0, 3.5, 4.5],
                    ['Weighted total', 1.0, 4.05, 3.13, 3.85]]),
    ], title='Vendor benchmark'))])

# ---- 0125 -----------------------------------------------------------------
add('NORMAL', 'de', 'insurer-to-supplier',
    'trap: order to shred old SIU case files and medical reports (security level, containers) – no person',
    A('frerichs'), 'Auftragsannahme Aktenwolf Bremen <auftrag@aktenwolf-bremen.example>',
    'Auftrag Datenträgervernichtung – SIU-Altakten und Leistungsakten 2019', '07-21 13:13',
'''Sehr geehrter Herr Behrens,

hiermit beauftragen wir Sie mit der Vernichtung folgender Unterlagen:

- ca. 140 Ordner SIU-Altakten (Löschlauf 2026, Fälle bis 2021)
- ca. 60 Kartons Leistungsakten Kranken/BU 2019 (Arztberichte,
  Rechnungen, Gutachten)

Anforderungen: Schutzklasse 3, Sicherheitsstufe P-5 nach DIN 66399,
verschlossene Sicherheitsbehälter, Abholung durch zwei Mitarbeitende mit
Verpflichtung auf das Datengeheimnis und § 203 StGB, Vernichtungs-
protokoll je Behälter. Ein Vertrag zur Auftragsverarbeitung liegt vor.

Abholtermin: Dienstag, 04.08.2026, 8:00 Uhr, Lieferzone Am Wall 140,
Ansprechpartnerin vor Ort: Frau Dr. Albers.

Mit freundlichen Grüßen

''' + sig('frerichs'))

# ---- 0126 -----------------------------------------------------------------
_fw126 = '''
-----Ursprüngliche Nachricht-----
Von: Kundenservice Weserland
Gesendet: Mittwoch, 22. Juli 2026 08:14
An: Betrugsprävention Zahlungsverkehr
Betreff: Änderung Bankverbindung – bitte prüfen

Kunde: Werner Harms, geb. 30.12.1951, Hausrat HR-1120-77021 und
Wohngebäude WG-1120-77022
Neue Bankverbindung (per E-Mail von werner.harms1951@quickmail.example
eingegangen, bisher w.harms@t-net.example):
''' + iban('DE', '100110012625481933') + '''
Bisher: ''' + iban('DE', '290501010001447820') + '''
Gleichzeitig offene Zahlung: Leitungswasser WG-26-00611, 8.420 EUR.
'''
add('CONFIDENTIAL', 'de', 'internal',
    'grey: suspected account takeover – bank-detail change of a named customer checked before payout; IBANs, birth date, quoted',
    A('paulsen'), 'Kundenservice Weserland <kundenservice@weserland.example>', 'AW: Änderung Bankverbindung – bitte prüfen', '07-22 11:30',
'''Hallo zusammen,

gut, dass ihr das gemeldet habt. Das sieht nach dem bekannten Muster aus:
neue E-Mail-Adresse, neue Bank (Neobank), gleichzeitig offene Zahlung.

Bitte:
1. Die Änderung NICHT übernehmen.
2. Herrn Harms unter der Festnetznummer aus dem Bestand anrufen (nicht
   unter der Nummer aus der neuen Mail) und nachfragen.
3. Die Zahlung für WG-26-00611 bis zur Klärung sperren.

Herr Harms ist hier vermutlich Opfer, nicht Täter – bitte entsprechend
freundlich.

Jens
''' + _fw126)

# ---- 0127 -----------------------------------------------------------------
_e127 = fwd('Vincenzo Marras <v.marras@da-enzo-bremen.example>', 'schaden-gewerbe@weserland.example',
            'Brand - wann zahlen Sie endlich???', '06-30 22:41',
'''Sehr geehrte Damen und Herren,

seit drei Monaten warte ich auf Geld. Mein Lokal ist abgebrannt, ich habe
nichts damit zu tun, das waren die Leute von nebenan die mich schon lange
weg haben wollen. Meine Schulden gehen niemand was an. Wenn Sie nicht bis
Freitag zahlen gehe ich zur Presse und zum Anwalt.

V. Marras
''')
_z127 = zipb([
    ('SIU-2026-0188/00_index.txt', (
        'SIU-2026-0188 - evidence bundle for external counsel\r\n'
        '01 photos (list only, images in the case system)\r\n'
        '02 witness note Lina Schwietering, 16.06.2026\r\n'
        '03 mail of the policyholder Vincenzo Marras, 30.06.2026\r\n'
        '04 fire expert summary\r\n').encode('utf-8')),
    ('SIU-2026-0188/01_photos.csv', csvb([['file', 'taken', 'content'],
                                          ['IMG_0411.jpg', '29.03.2026', 'kitchen, two seats of fire'],
                                          ['IMG_0427.jpg', '29.03.2026', 'petrol canister behind the bar'],
                                          ['IMG_0502.jpg', '30.03.2026', 'back door, no signs of forced entry']], delim=',')),
    ('SIU-2026-0188/02_witness_note.txt', (
        'Witness Lina Schwietering (neighbour) saw Mr Marras unloading two canisters at about 02:50 on 29.03.2026.\r\n'
        'She is afraid of him and asks that her name is not disclosed to him.\r\n').encode('utf-8')),
    ('SIU-2026-0188/03_mail_policyholder.eml', _e127.as_bytes(policy=POLICY)),
    ('SIU-2026-0188/04_fire_expert_summary.pdf', pdf([
        '# Fire expert summary (extract)', 'Two independent seats of fire; petrol residues in both.',
        'No technical cause found. Time of ignition approx. 02:55-03:05.',
        'Policyholder: Vincenzo Marras, born 02/02/1975 - suspected of arson (police file 312 Js 5012/26).',
    ], title='Fire expert summary')),
])
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-lawyer',
    'evidence bundle on a suspected arson (named policyholder, witness, police file) only inside a ZIP with a nested .eml',
    A('okafor'), 'Mr Julian Brook <j.brook@brook-insurance-law.example>', 'SIU-2026-0188 - bundle as requested', '07-23 09:05',
'''Dear Julian,

as requested, the evidence bundle for your opinion on rescission and the
criminal complaint. The password follows by text message.

Best
Miriam
''', cs='us-ascii', atts=[att('SIU-2026-0188_bundle.zip', _z127)])

# ---- 0128 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: HTML-only half-year SIU dashboard with amounts per line incl. health and BU – aggregates, plus an HTML attachment',
    A('paulsen'), 'Vorstand Schaden/Leistung <vorstand-schaden@weserland.example>', 'SIU-Dashboard 1. Halbjahr 2026', '07-24 08:00',
    None, html='''<html><body style="font-family:Arial;font-size:13px">
<p>Sehr geehrte Damen und Herren,</p>
<p>hier die Kennzahlen der SIU für das erste Halbjahr 2026 (Vorjahr in Klammern). Alle Werte sind aggregiert.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#0b4f6c;color:#fff"><th>Sparte</th><th>Abgaben</th><th>bestätigt</th><th>vermiedene Zahlungen</th></tr>
<tr><td>Kraftfahrt</td><td>611 (702)</td><td>233</td><td>2,71 Mio. EUR</td></tr>
<tr><td>Sach</td><td>318 (296)</td><td>84</td><td>1,96 Mio. EUR</td></tr>
<tr><td>Haftpflicht</td><td>171 (190)</td><td>29</td><td>0,41 Mio. EUR</td></tr>
<tr><td>Reise</td><td>133 (118)</td><td>47</td><td>0,36 Mio. EUR</td></tr>
<tr><td>Kranken / Unfall / BU</td><td>129 (88)</td><td>31</td><td>0,88 Mio. EUR</td></tr>
<tr><td><b>Gesamt</b></td><td><b>1.362</b></td><td><b>424</b></td><td><b>6,32 Mio. EUR</b></td></tr>
</table>
<p>Die ausführliche Fassung mit Trendgrafiken hängt als HTML-Datei an.</p>
<p>Mit freundlichen Grüßen<br>Jens Paulsen, Datenanalyse Betrugsbekämpfung</p>
</body></html>''',
    atts=[att('SIU_Dashboard_H1_2026.html', ('''<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>SIU-Dashboard H1/2026</title></head><body>
<h1>SIU-Dashboard 1. Halbjahr 2026</h1>
<h2>Abgaben nach Quelle</h2>
<table border="1"><tr><th>Quelle</th><th>Anteil</th></tr>
<tr><td>Scoring</td><td>58 %</td></tr><tr><td>Fachbereich</td><td>31 %</td></tr><tr><td>Hinweise extern</td><td>11 %</td></tr></table>
<h2>Bearbeitungsdauer (Median, Tage)</h2>
<table border="1"><tr><th>Sparte</th><th>H1/2025</th><th>H1/2026</th></tr>
<tr><td>Kraftfahrt</td><td>19</td><td>16</td></tr><tr><td>Sach</td><td>24</td><td>22</td></tr>
<tr><td>Kranken/Unfall/BU</td><td>41</td><td>37</td></tr></table>
<p>Keine personenbezogenen Daten. Stand: 23.07.2026.</p>
</body></html>
''').encode('utf-8'))])

# ---- 0129 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-partner',
    'vehicle recovery agency: stolen car of a named customer located abroad, VIN and plate; no allegation',
    A('kruse'), 'Recovery Desk <desk@eurotrace-recovery.example>', 'Recovery order RO-2026-0731 - BMW X3 VIN WBA21DT050N442871', '07-27 15:35',
'''Dear recovery team,

thank you for locating the BMW X3 (VIN WBA21DT050N442871, German plate
HB-AM 330 - probably removed) in a yard near Kaliningrad. The vehicle
belongs to our customer Mr Andrew McAllister, who reported it stolen in
Gdansk on 26 April 2026; we have not yet paid the claim.

Please go ahead with:
- photo documentation of the vehicle and the VIN plates (all three
  positions),
- an estimate for transport to our partner yard in Bremerhaven,
- confirmation whether the local police have registered the find.

Do not hand the vehicle to anyone claiming to be the owner. Our reference
is 26-K-027735; your fee as per our framework agreement.

Regards
Sabine Kruse
Motor Claims, Weserland Versicherung AG
''', cs='us-ascii')

# ---- 0130 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-partner',
    'trap: English out-of-office of an SIU investigator ("fraud", "police", "medical") – no data',
    A('rehberg'), 'Detective Sergeant Amrit Kaur <ifeu.referrals@cityofriverton-police.example>',
    'Automatic reply: Referral Osei - witness statements', '07-28 09:02',
'''Thank you for your e-mail.

I am out of the office until 10 August 2026 with limited access to
e-mail. Your message will not be forwarded.

For urgent matters concerning suspected fraud cases, please contact our
SIU team at siu@weserland.example or +49 421 5570-4400. Police and
prosecutors: please do not send medical or personal documents by normal
e-mail - ask us for a link to our secure portal.

Tobias Rehberg
Investigator SIU - Motor
Weserland Versicherung AG
''', cs='us-ascii', hdrs=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])

# ---- 0131 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-lawyer',
    'draft witness statement of an investigator on surveillance of a named claimant; injury and medication mentioned; DOCX',
    A('okafor'), 'Ms Rebecca Thornton <r.thornton@thornton-hale-law.example>',
    'Pryce v Tietjen - draft witness statement (M. Okafor)', '07-29 16:40',
'''Dear Rebecca,

attached my draft witness statement as discussed. I have kept to what I
saw myself and to the documents I handled; the surveillance logs of Argus
are exhibited separately. Please correct the format as needed for the
court in Cardiff.

One question: should I mention that Mr Pryce told our claims handler in
February that he "can't even lift a kettle"? It is in the call note, but
I did not hear it myself.

Best regards
Miriam
''', cs='us-ascii',
    atts=[att('Draft_WS_Okafor_Pryce.docx', docx([
        ('h', 'Witness statement of Miriam Okafor (draft 1)'),
        'Claim: Gareth Pryce (born 22/11/1972) v. Hella Tietjen - insurer: Weserland Versicherung AG',
        '1. I am a senior investigator in the special investigations unit of Weserland Versicherung AG, Bremen.',
        '2. The claimant sustained a fracture of the left clavicle in a cycling accident on 3 August 2025 and '
        'states that since then he cannot lift his left arm above shoulder height and suffers from depression, '
        'for which he takes sertraline.',
        '3. On 11 and 12 March 2026 I supervised surveillance carried out by Argus Ermittlungen GmbH in Cardiff. '
        'I viewed the footage on 13 March 2026.',
        '4. The footage shows the claimant carrying scaffolding poles on his left shoulder and lifting boards '
        'above head height for about 40 minutes.',
        '5. I believe the facts stated in this witness statement are true.',
        ('t', [['Exhibit', 'Description'], ['MO1', 'surveillance log 11.03.2026'], ['MO2', 'surveillance log 12.03.2026'],
               ['MO3', 'screenshots company website, 02.04.2026']]),
    ], title='Draft witness statement', creator='Miriam Okafor'))])

# ---- 0132 -----------------------------------------------------------------
add('NORMAL', 'de', 'insurer-to-customer',
    'trap: automatic password-reset confirmation of the portal (security question) – no data',
    'Weserland Kundenportal <noreply@weserland.example>', 'm.tjarks@ewe-mail.example',
    'Ihr Passwort wurde geändert', '07-30 22:17',
'''Guten Tag,

das Passwort für Ihren Zugang zum Weserland-Kundenportal wurde soeben
geändert. Dabei wurde Ihre Sicherheitsfrage korrekt beantwortet.

Waren Sie das nicht? Dann sperren Sie Ihren Zugang bitte sofort unter
https://portal.weserland.example/sperren oder rufen Sie uns an:
0421 5570-2000 (Mo–Fr 8–20 Uhr).

Wir werden Sie niemals per E-Mail oder Telefon nach Ihrem Passwort
fragen.

Ihre Weserland Versicherung
''', cte='base64', hdrs=[('Auto-Submitted', 'auto-generated')])

# ---- 0133 -----------------------------------------------------------------
add('NORMAL', 'mixed', 'internal',
    'trap: bilingual summer-party note from the SIU (mentions "Ermittler", "undercover", a colleague\'s birthday) – social only',
    A('rehberg'), 'SIU <siu@weserland.example>', 'Sommerfest SIU / summer BBQ – 14.08.', '07-31 12:45',
'''Moin zusammen / hi all,

unser SIU-Sommerfest findet am Freitag, 14.08., ab 16 Uhr bei mir im
Garten in Horn statt (Adresse kennt ihr). Our new colleague Aoife from
Dublin is very welcome too – bring your partners and kids!

- Grill & Getränke: übernehme ich
- Salate/desserts: please sign up in the Teams list
- Dresscode: "undercover" – wer sich am besten tarnt, gewinnt einen
  Preis ;-)

Außerdem feiert Jens an dem Tag Geburtstag – bitte nichts verraten.

Cheers, Tobias
''')

# ---- 0134 -----------------------------------------------------------------
add('NORMAL', 'en', 'internal',
    'trap: DPIA summary for a fraud network-analysis tool (health data, criminal-offence data, risks) – no individual',
    A('hartkamp'), 'Projekt NetScan <projekt-netscan@weserland.example>', 'NetScan DPIA - summary of results', '08-03 10:20',
'''Dear project team,

the data protection impact assessment for NetScan is finished. Summary:

Processing: network analysis of claims, parties and service providers
(repairers, assessors, lawyers, doctors) to find organised fraud.

Special categories involved:
- health data (diagnosis groups from health and accident claims),
- data on suspected criminal offences (SIU case outcomes).

Main risks and measures:
1. Wrong suspicion against honest customers -> no automatic decisions,
   investigator review, documented reasons.
2. Function creep (use for underwriting or pricing) -> purpose limitation
   in the processing record, technical separation.
3. Re-identification of pseudonymised data -> names only for approved
   SIU cases, access logging, quarterly review.
4. Doctors as "nodes" -> only billing patterns, no clinical judgement.

Residual risk: acceptable. Prior consultation of the supervisory
authority is not required. Review after 12 months.

Leonie Hartkamp
Data Protection Officer
''', cs='us-ascii')

# ---- 0135 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
    'travel medical claim declined for fraud: named insured, invented clinic stay with diagnoses, policy terminated',
    A('whitfield'), 'Lukas Brinkmann <lukas.brinkmann@surfpost.example>', 'Your claim RM-26-00391 - our decision', '08-04 11:00',
'''Dear Mr Brinkmann,

we have completed our review of your claim for inpatient treatment at the
"Clinica Santa Aurora" in Denpasar from 9 to 14 January 2026 (diagnoses
stated: infectious gastroenteritis, dehydration, fever).

Our enquiries have shown that no inpatient clinic exists at the address
on the invoice, that the signing doctor is not registered, and that your
card payment went to a travel agency. Photos you published yourself show
you surfing on 11 and 12 January, while you state you were in hospital.

We therefore decline the claim in full. As you attempted to obtain a
benefit by deception, we are entitled to be released from our obligation
and we terminate your annual travel policy RV-3381-55120 with immediate
effect (section 13 of the terms). We reserve the right to report the
matter to the public prosecutor.

You can ask the insurance ombudsman to review this decision.

Yours sincerely

''' + sig('whitfield', 'en') + '\n\n' + FOOT_EN)

# ---- 0136 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: deletion concept for SIU files (retention periods for suspicion data, medical reports) – rules only',
    A('hartkamp'), A('albers') + ', ' + A('demir'), 'Löschkonzept SIU - Fassung 2.2 zur Freigabe', '08-05 15:05',
'''Hallo Katrin, hallo Yusuf,

anbei die Eckpunkte der Fassung 2.2 - bitte bis 14.08. freigeben, dann
kann Yusuf den Löschlauf im September entsprechend einstellen:

  Datenart                                    Frist
  Abgabe ohne Verdacht ("false positive")     6 Monate nach Abschluss
  Verdacht nicht bestätigt                    3 Jahre nach Abschluss
  Verdacht bestätigt, kein Strafverfahren     5 Jahre nach Abschluss
  Strafverfahren                              5 Jahre nach rechtskräftigem Abschluss
  Gesundheitsdaten in SIU-Akten               wie Fall, aber spätestens 10 Jahre
  Observationsmaterial (Video/Foto)           1 Jahr, bei Verfahren bis Abschluss
  HAR-Auskünfte                               mit dem Fall

Neu: Scoring-Ergebnisse ohne Abgabe werden gar nicht mehr fallbezogen
gespeichert, nur noch aggregiert.

Viele Grüße
Leonie
''', cs='iso-8859-1', cte='quoted-printable')

# ---- 0137 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-supplier',
    'trap: hotel booking for staff attending a fraud summit (staff names only, company card) – no customer data',
    A('frerichs'), 'Reservations <reservations@maashaven-hotel.example>', 'Booking - European Insurance Fraud Summit, 15-17 Sept', '08-06 10:10',
'''Dear reservations team,

please book three single rooms for the European Insurance Fraud Summit:

  Dr. Katrin Albers    arrival 15 Sept, departure 17 Sept
  Tobias Rehberg       arrival 15 Sept, departure 17 Sept
  Jens Paulsen         arrival 16 Sept, departure 17 Sept

Conference rate "EIFS26" as per the organiser's contingent, breakfast
included. Please charge the rooms (without extras) to our company
credit card that we will provide by phone, and send the invoice to
rechnungseingang@weserland.example with order number 4500013520.

Kind regards
Gesa Frerichs
Procurement, Weserland Versicherung AG
''', cs='us-ascii')

# ---- 0138 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: letter template (DOCX) for hearing a claimant on fraud suspicion, with «placeholders» only',
    A('luedemann'), 'SIU <siu@weserland.example>', 'Neue Musterbriefe: Anhörung bei Betrugsverdacht', '08-07 11:45',
'''Liebe Kolleginnen und Kollegen der SIU,

anbei der abgestimmte Musterbrief für die Anhörung vor einer Leistungs-
ablehnung wegen (versuchter) Täuschung. Bitte nur noch diese Vorlage
verwenden; die Platzhalter in «» werden aus dem Fallsystem befüllt.

Wichtig: Vor dem Versand immer prüfen, dass keine Gesundheitsdaten oder
Hinweisgeber im Brief stehen, die der Empfänger nicht ohnehin kennt.

Petra Lüdemann
Justiziariat
''',
    atts=[att('Muster_Anhoerung_Betrugsverdacht_v1.docx', docx([
        ('h', 'Muster: Anhörung vor Leistungsentscheidung'),
        '«Anrede» «Vorname» «Nachname»',
        '«Straße» «Hausnummer», «PLZ» «Ort»',
        ('b', 'Ihr Schaden «Schadennummer» – Vertrag «Vertragsnummer»'),
        '«Anrede_Brief»,',
        'bei der Prüfung Ihres Schadens vom «Schadendatum» haben sich Widersprüche ergeben, zu denen wir Ihnen '
        'Gelegenheit zur Stellungnahme geben möchten:',
        '«Widerspruch_1»',
        '«Widerspruch_2»',
        'Bitte äußern Sie sich bis zum «Frist». Nach Ablauf der Frist entscheiden wir nach Aktenlage. '
        'Wir weisen darauf hin, dass vorsätzlich falsche Angaben zur Leistungsfreiheit führen können (§ 28 VVG).',
        'Mit freundlichen Grüßen',
        '«Sachbearbeiter»',
    ], title='Muster Anhörung', creator='Petra Lüdemann'))])

# ---- 0139 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'mixed', 'internal',
    'German/English exchange with a consultant about a named dental claimant (missing teeth, non-disclosure suspicion)',
    A('brandt'), 'Priya Raman <priya.raman@weserland.example>', 'AW: NetScan hit dental – Yilmaz', '08-10 14:30',
'''Hi Priya,

thanks for flagging this – ja, den Fall kenne ich. Mr Cem Yilmaz (dental
supplementary, ZZ-5512-30418) is one of the hits in your "new contract +
large treatment plan" cluster.

Stand: Die Zahnärztin hat uns das OPG und die Karteikarte geschickt. The
teeth 36 and 46 were extracted in November 2025, i.e. four months
BEFORE he signed the application saying no teeth were missing. Außerdem
Parodontitis (K05.3) seit 2023 in Behandlung.

So your model was right this time. Wir lehnen den HKP ab und prüfen den
Rücktritt vom Vertrag; Miriam entscheidet, ob die SIU das übernimmt.

Please don't use his name in the project slides – take the case number.

Holger

> Holger, the dental cluster model flagged ZZ-5512-30418 with a score of
> 0.91. Is this one of the cases you know? Priya
''')

# ---- 0140 -----------------------------------------------------------------
add('NORMAL', 'en', 'internal',
    'trap: invitation (ICS) to an international fraud-network webinar on fake clinics and staged accidents – no data',
    A('albers'), 'SIU <siu@weserland.example>', 'Webinar invitation: International Fraud Network - "Fake clinics & staged accidents"', '08-11 09:00',
'''Hi all,

the International Fraud Network runs its autumn webinar on 10 September.
Speakers from Spain, Poland and the UK will talk about fake clinics,
staged accidents with foreign-registered cars and ghost broking. I have
registered all of us; calendar invitation attached.

No real cases will be discussed - only anonymised examples.

Katrin
''', cs='us-ascii',
    atts=[att('IFN_webinar_2026-09-10.ics', ics('ifn-webinar-20260910', '20260910T140000', '20260910T160000',
              'IFN webinar: Fake clinics & staged accidents', 'online (link follows)',
              'International Fraud Network autumn webinar. Anonymised case studies only.',
              ('Dr. Katrin Albers', 'katrin.albers@' + DOM), [('SIU', 'siu@' + DOM)]), method='REQUEST')])

# ---- 0141 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-broker',
    'liability offer for a named sole trader with turnover and income figures and his birth date, no health',
    A('stenzel'), 'Volker Hoffmann <v.hoffmann@hoffmann-assekuranz.example>', 'Angebot Betriebshaftpflicht – Malerbetrieb Köhnken', '08-12 10:35',
'''Hallo Herr Hoffmann,

anbei die Eckdaten unseres Angebots für Ihren Kunden, damit Sie vorab
rechnen können (das PDF kommt über die Vermittlerpost):

  Versicherungsnehmer: Jan-Hendrik Köhnken, Malermeister (Einzel-
                       unternehmen), geb. 02.03.1984, Oyten
  Jahresumsatz 2025:   412.000 EUR (laut BWA)
  Gewinn 2025:         71.500 EUR (laut Steuerbescheid, für die
                       Bonitätsprüfung)
  Beschäftigte:        4 Gesellen, 1 Azubi
  Deckungssumme:       5 Mio. EUR pauschal, SB 250 EUR
  Beitrag:             1.184,50 EUR netto p. a.

Mietsachschäden an Gebäuden und Bearbeitungsschäden sind eingeschlossen.
Angebot gültig bis 30.09.2026.

Viele Grüße
Marco Stenzel
''')

# ---- 0142 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'suspected money laundering: named life-insurance customer, single premium from third parties, early surrender (life + criminal suspicion)',
    A('kamps'), A('albers') + ', ' + A('wiechmann'), '[streng vertraulich] GwG-Verdacht – Rentenversicherung gegen Einmalbeitrag', '08-13 16:50',
'''Katrin, Anja,

zur Info und mit der Bitte um Zuarbeit bis Freitag: Ich prüfe eine
Verdachtsmeldung nach § 43 GwG an die FIU.

- Kunde: Herr Arben Krasniqi, geb. 17.06.1980, Bremen-Gröpelingen,
  Inhaber zweier Shisha-Bars
- Vertrag: Rentenversicherung RV 93 440 118 gegen Einmalbeitrag,
  Abschluss 02.03.2026, Einmalbeitrag 180.000 EUR
- Der Beitrag kam in sieben Teilüberweisungen von fünf verschiedenen
  Konten, darunter zwei Firmen in Pristina und ein Konto bei einer
  Bank in Dubai.
- Am 05.08.2026 hat Herr Krasniqi die Kündigung verlangt und um
  Auszahlung des Rückkaufswerts (trotz Verlust von rund 9.000 EUR) auf
  ein neues Konto ''' + iban('DE', '370400440532019876') + ''' gebeten.

Anja, bitte die Auszahlung sperren (Begründung gegenüber dem Kunden:
"Prüfung der Unterlagen", keine Hinweise auf die Meldung – Tipping-off-
Verbot § 47 GwG!). Katrin, gibt es bei euch Erkenntnisse zu ihm oder
den Bars (Sach/Betriebsunterbrechung)?

Oliver
''')

# ---- 0143 -----------------------------------------------------------------
add('NORMAL', 'de', 'insurer-to-partner',
    'trap: contribution to the association\'s fraud statistics (ODS) per line incl. Kranken/Leben/Unfall – aggregates only',
    A('paulsen'), 'Statistik Betrugsbekämpfung <statistik@verband-versicherer.example>', 'Meldung Betrugsstatistik 1. HJ 2026 – Weserland (VU 41-112)', '08-14 09:15',
'''Sehr geehrte Damen und Herren,

anbei unsere Meldung zur Verbandsstatistik Betrugsbekämpfung für das
erste Halbjahr 2026 im vorgegebenen ODS-Format. Felder mit weniger als
fünf Fällen haben wir wie vereinbart mit "<5" gekennzeichnet.

Mit freundlichen Grüßen
Jens Paulsen
Datenanalyse Betrugsbekämpfung
Weserland Versicherung AG
''',
    atts=[att('Betrugsstatistik_HJ1-2026_VU41-112.ods', ods([
        ('Meldung', [['Sparte', 'Verdachtsfälle', 'bestätigt', 'vermiedene Zahlungen EUR', 'Strafanzeigen'],
                     ['Kraftfahrt', 611, 233, 2710000, 14], ['Sach', 318, 84, 1960000, 6],
                     ['Haftpflicht', 171, 29, 410000, '<5'], ['Reise', 133, 47, 360000, '<5'],
                     ['Kranken', 88, 21, 540000, '<5'], ['Leben/BU', 19, 6, 290000, '<5'], ['Unfall', 22, '<5', 50000, 0]]),
        ('Hinweise', [['Meldendes VU', 'Weserland Versicherung AG / Weserland Lebensversicherung AG / Weserland Krankenversicherung AG'],
                      ['Zeitraum', '01.01.2026 - 30.06.2026']]),
    ], title='Betrugsstatistik HJ1 2026', creator='Jens Paulsen'))])

# ---- 0144 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'damaged baggage: named customer, payout to a Dutch IBAN, no health',
    A('whitfield'), 'Mrs Femke Hoekstra <femke.hoekstra@nlmail.example>', 'Damaged suitcase - claim RG-26-007702', '08-17 13:25',
'''Dear Mrs Hoekstra,

thank you for the photos and the property irregularity report from the
airline at Bremen airport. The suitcase was clearly damaged beyond
repair. The airline has paid you EUR 80; under your travel baggage cover
(RG-2271-30019) we pay the difference to the current value of the
suitcase, EUR 164.00.

We will transfer the amount to your account
''' + iban('NL', 'RABO0312876451') + '''
within the next few days.

Kind regards
Claire Whitfield
International Claims - Travel & Assistance, Weserland Versicherung AG
''', cs='us-ascii')

# ---- 0145 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: draft press release on fraud statistics with an anonymised example, sent as HTML attachment for approval',
    A('benecke'), A('albers') + ', ' + A('kamps'), 'Bitte um Freigabe: Pressemitteilung Betrugsbilanz 1. Halbjahr', '08-18 10:50',
'''Hallo Katrin, hallo Oliver,

anbei der Entwurf der Pressemitteilung zur Halbjahresbilanz als HTML
(so wie er auf die Website geht). Das Beispiel ist so verfremdet, dass
niemand erkennbar ist – bitte trotzdem einmal drüberschauen.

Freigabe bitte bis Donnerstag 12 Uhr.

Danke, Kai
''',
    atts=[att('PM_Betrugsbilanz_H1_2026_Entwurf.html', ('''<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Entwurf PM Betrugsbilanz</title></head><body>
<h1>Weserland: Versicherungsbetrug kostet ehrliche Kunden Millionen</h1>
<p><i>Bremen, 20. August 2026.</i> Die Spezialermittler der Weserland Versicherung haben im ersten Halbjahr 2026
in 424 Fällen Betrug oder Missbrauch nachgewiesen und Zahlungen von 6,3 Mio. Euro verhindert.</p>
<p>"Die allermeisten Kundinnen und Kunden sind ehrlich", sagt Dr. Katrin Albers, Leiterin der Spezialermittlung.
"Gerade deshalb gehen wir gegen die wenigen vor, die auf Kosten aller betrügen."</p>
<p>Ein Beispiel: Ein Mann Anfang 30 reichte Rechnungen über einen Klinikaufenthalt in Südostasien ein &ndash; die Klinik
existierte nicht. Zugenommen haben auch gefälschte Physiotherapie-Rechnungen und gestellte Auffahrunfälle.</p>
<p>Pressekontakt: Kai Benecke, presse@weserland.example, Tel. 0421 5570-1050</p>
</body></html>
''').encode('utf-8'))])

# ---- 0146 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'SEPA mandate confirmation with a named customer\'s IBAN and motor policy, windows-1252 base64',
    'Weserland Beitragsservice <beitragsservice@weserland.example>', 'Kerstin Ahlborn <kerstin.ahlborn@landpost.example>',
    'Bestätigung Ihres SEPA-Lastschriftmandats', '08-19 07:40',
'''Sehr geehrte Frau Ahlborn,

wir bestätigen die Erteilung Ihres SEPA-Lastschriftmandats für Ihre
Kfz-Versicherung KF-8812-20476 (Fahrzeug VER-KA 77):

  Kontoinhaberin:      Kerstin Ahlborn
  IBAN:                ''' + iban('DE', '291526700009911337') + '''
  Mandatsreferenz:     WLV-KF-8812-20476-01
  Gläubiger-ID:        ''' + creditor_id('DE', '00000471182') + '''

Der nächste Beitrag von 412,36 EUR wird am 01.10.2026 eingezogen.

Freundliche Grüße
Ihr Beitragsservice der Weserland Versicherung AG
''', cs='windows-1252', cte='base64')

# ---- 0147 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-partner',
    'trap: S/MIME certificate exchange with another insurer\'s fraud team before sharing case data – no case data',
    A('demir'), 'PKI Team <pki@northgate-insurance.example>', 'Domain certificate exchange for investigations mail', '08-20 11:20',
'''Hello PKI team,

as agreed between our fraud units, we would like to switch our mail
exchange to gateway-to-gateway encryption before any case information is
sent.

Our domain certificate for weserland.example:
  Issuer:       Weserland Issuing CA 2
  Serial:       4F:1A:22:9C:07:B3:E1:58
  Valid until:  30 June 2028
  SHA-256:      9C:41:7E:0B:22:5D:AF:61:93:10:C8:3E:77:04:BB:2A:
                5F:6E:91:D3:08:4C:1B:A7:E2:39:60:5C:FE:12:8D:44

The certificate can be downloaded from
https://pki.weserland.example/certs/weserland-domain-2026.pem

Please send us your domain certificate (or the link to it) and let us
know when your gateway has ours. We will test with a dummy mail without
any personal data first.

Regards
Yusuf Demir
IT Application Support, Weserland Versicherung AG
''', cs='us-ascii')

# ---- 0148 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'internal',
    'grey: SIU closes a named motor claimant\'s case without any indication of fraud; plate and claim remain, no suspicion',
    A('rehberg'), 'Motor Claims Team <schaden-kfz-team@weserland.example>', 'SIU case closed - claim 26-K-027735 (McAllister) - please settle', '08-21 15:15',
'''Hi team,

the BMW X3 of Mr Andrew McAllister (HB-AM 330) has been recovered in
Kaliningrad and identified. Our checks found nothing that speaks against
the theft: both keys show no use after the date of the theft, the
finance is paid up, and the Polish police confirm the report.

The SIU case is closed with "no indication". Please settle the claim
normally - the vehicle will be auctioned by the recovery agency; Mr
McAllister gets the replacement value minus his excess.

Thanks
Tobias
''', cs='us-ascii')

# ---- 0149 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: blank release-from-confidentiality form (PDF) for health data in fraud checks – no filled-in person',
    A('hartkamp'), 'Leistung Kranken <leistung-kranken@weserland.example>, SIU <siu@weserland.example>',
    'Neue Schweigepflichtentbindung (Formular 2026) – bitte ab sofort verwenden', '08-24 08:30',
'''Liebe Kolleginnen und Kollegen,

ab sofort gilt die überarbeitete Schweigepflichtentbindung für
Rückfragen bei Ärzten, Kliniken und Therapeuten. Neu ist der Abschnitt
zur Prüfung von Auffälligkeiten (SIU). Das leere Formular hängt als PDF
an; im Kundenportal ist es bereits hinterlegt.

Bitte keine alten Vordrucke mehr verschicken.

Viele Grüße
Leonie Hartkamp
''',
    atts=[att('Schweigepflichtentbindung_2026_leer.pdf', pdf([
        '# Einwilligung und Schweigepflichtentbindung (Formular 2026)',
        'Versicherte Person: ______________________  geb.: __________  Vertrag: ______________',
        '',
        '# 1. Erhebung von Gesundheitsdaten bei Dritten',
        'Ich befreie Ärztinnen und Ärzte, Zahnärzte, Psychotherapeuten, Krankenhäuser und sonstige Einrichtungen,',
        'die mich in den letzten 5 Jahren untersucht oder behandelt haben, von ihrer Schweigepflicht, soweit dies',
        'zur Prüfung der Leistungspflicht erforderlich ist.',
        '',
        '# 2. Prüfung von Auffälligkeiten',
        'Ich bin einverstanden, dass die Abteilung Spezialermittlung Rechnungen und Angaben bei den Behandelnden',
        'überprüft, wenn sich Widersprüche ergeben. Ich werde vor jeder Anfrage informiert und kann widersprechen.',
        '',
        'Ort, Datum: ____________________   Unterschrift: ____________________',
    ], title='Schweigepflichtentbindung 2026 (leer)'))])

# ---- 0150 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-broker',
    'trap: general guidance to brokers on what happens when the SIU contacts their clients – no client named',
    A('stenzel'), 'Broker partners international <broker-intl@weserland.example>',
    'When our investigators call your client - a short guide', '08-25 09:00',
'''Dear broker partners,

some of you asked what it means when our special investigations unit
(SIU) contacts one of your clients. A short guide:

- It is not an accusation. For large claims (e.g. burglary over EUR 5,000,
  vehicle theft, fire, stays in hospital abroad) an investigator checks
  every case. Most are settled normally afterwards.
- Your client may bring you or a lawyer to any interview.
- We will ask for documents: receipts, police reports, sometimes medical
  records - the latter only with a signed release and via our secure
  portal, never by ordinary e-mail.
- We will not discuss suspicions with you unless your client agrees.
- If something goes wrong, call your broker manager - we take complaints
  about SIU contact very seriously.

Questions? Reply to this mail or call +49 421 5570-2205.

Kind regards
Marco Stenzel
Broker Relations North, Weserland Versicherung AG
''', cs='us-ascii')


if __name__ == '__main__':
    main()
