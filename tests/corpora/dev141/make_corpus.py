#!/usr/bin/env python3
"""Independent labelled mail corpus dev141 for Siegel (issue 14).

Written by hand, one function per mail, standard library only.

    python3 make_corpus.py           # writes mails/d141-0001.eml ... d141-0150.eml and labels.tsv
    python3 make_corpus.py --check   # rebuilds in memory, compares byte for byte, validates

The invented world: Falkenried Versicherung AG, Hamburg (falkenried-versicherung.example),
a composite insurer whose non-personal lines (motor, household contents, buildings,
liability, legal expenses, travel) produce almost all of the mail in this corpus.
Every person, number and address is invented.  Labels follow SPEC.md "Vocabulary"
and "1. Classification" only.
"""

import csv
import datetime as _dt
import email
import email.policy
import email.utils
import html.parser
import io
import os
import random
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
import zlib
from email.headerregistry import Address
from email.message import EmailMessage

SEED = 141
PREFIX = 'd141-'
HERE = os.path.dirname(os.path.abspath(__file__))
DOM = 'falkenried-versicherung.example'
POLICY = email.policy.SMTP
WANT = {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def de_iban(blz, kto):
    """A German IBAN (ISO 7064 mod 97-10) from an invented bank code and account."""
    bban = blz + kto.rjust(10, '0')
    n = int(bban + '131400')  # D=13 E=14 00
    check = 98 - n % 97
    return 'DE%02d%s' % (check, bban)


def grp(iban):
    return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))


def iban_ok(s):
    s = s.replace(' ', '').upper()
    r = s[4:] + s[:4]
    num = ''.join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def q(text, prefix='> '):
    """Quote a block with '> '; a leading "Am ... schrieb ...:" / "On ... wrote:" line stays unquoted."""
    out = []
    lines = text.split('\n')
    if re.match(r'^(Am|On) .*(schrieb|wrote).*:$', lines[0]):
        out.append(lines.pop(0))
    for line in lines:
        out.append((prefix + line) if line else prefix.rstrip())
    return '\n'.join(out)


TZ_W = _dt.timezone(_dt.timedelta(hours=1))
TZ_S = _dt.timezone(_dt.timedelta(hours=2))


def when(s):
    """'2026-03-04 09:12' -> aware datetime in German local time."""
    d = _dt.datetime.strptime(s, '%Y-%m-%d %H:%M')
    summer = _dt.datetime(2026, 3, 29, 2, 0) <= d < _dt.datetime(2026, 10, 25, 3, 0)
    return d.replace(tzinfo=TZ_S if summer else TZ_W)


def rfcdate(s):
    return email.utils.format_datetime(when(s))


# ---------------------------------------------------------------------------
# staff, signatures, footers
# ---------------------------------------------------------------------------

STAFF = {
    'jk': ('Jana Kowalczyk', 'jana.kowalczyk', 'Kfz-Schaden, Team Nord', 'Motor Claims', '2214'),
    'tr': ('Tobias Reinhardt', 'tobias.reinhardt', 'Sach-Schaden Hausrat/Gebäude', 'Property Claims', '2307'),
    'mo': ('Melanie Ostrowski', 'melanie.ostrowski', 'Haftpflicht-Schaden', 'Liability Claims', '2461'),
    'ha': ('Dr. Henrik Albers', 'henrik.albers', 'Rechtsschutz-Leistung', 'Legal Expenses Claims', '2580'),
    'sb': ('Sophie Brandt', 'sophie.brandt', 'Reise-Service', 'Travel Claims', '2633'),
    'ma': ('Murat Aydin', 'murat.aydin', 'Kundenservice', 'Customer Service', '1000'),
    'cw': ('Claire Whitfield', 'claire.whitfield', 'International Desk', 'International Desk', '2790'),
    'lf': ('Lukas Feldmann', 'lukas.feldmann', 'Maklerbetreuung Nord', 'Broker Support', '3120'),
    'pn': ('Petra Nowak', 'petra.nowak', 'Regress', 'Recoveries', '2855'),
    'av': ('Andreas Voigt', 'andreas.voigt', 'Großschaden-Management', 'Major Losses', '2902'),
    'ks': ('Katrin Simon', 'katrin.simon', 'Marketing & Kommunikation', 'Marketing & Communications', '4410'),
    'bh': ('Ben Hartung', 'ben.hartung', 'IT Schadensysteme', 'Claims IT', '5127'),
    'nl': ('Nadine Lorenz', 'nadine.lorenz', 'Datenschutzbeauftragte', 'Data Protection Officer', '4001'),
    'sk': ('Stefan Krämer', 'stefan.kraemer', 'Schadensteuerung & Dienstleister', 'Claims Supply Chain', '2740'),
    'ez': ('Ewa Zielinska', 'ewa.zielinska', 'Schadenzahlungen', 'Claims Payments', '2688'),
    'ob': ('Oliver Busch', 'oliver.busch', 'Personalgewinnung', 'Recruiting', '4620'),
    'rk': ('Rana Khalil', 'rana.khalil', 'Reise-Service', 'Travel Claims', '2641'),
    'hw': ('Hauke Wendt', 'hauke.wendt', 'Kfz-Schaden, Team Süd', 'Motor Claims', '2239'),
    'gs': ('Gesa Sommerfeld', 'gesa.sommerfeld', 'Rechtsschutz-Leistung', 'Legal Expenses Claims', '2586'),
    'dp': ('Dennis Paulsen', 'dennis.paulsen', 'Schadenaußendienst Sach', 'Field Claims Property', '2350'),
}


def who(k):
    name, local = STAFF[k][0], STAFF[k][1]
    return '%s <%s@%s>' % (name, local, DOM)


def addr(k):
    return '%s@%s' % (STAFF[k][1], DOM)


def team(local, name):
    return '%s <%s@%s>' % (name, local, DOM)


def sig(k, lang='de', short=False):
    name, local, dep_de, dep_en, ext = STAFF[k]
    if short:
        return name.split()[-2] if name.startswith('Dr.') else name.split()[0]
    if lang == 'de':
        return ('%s\n%s\nFalkenried Versicherung AG\nTelefon +49 40 8851-%s\n%s@%s'
                % (name, dep_de, ext, local, DOM))
    return ('%s\n%s\nFalkenried Versicherung AG, Hamburg\nPhone +49 40 8851-%s\n%s@%s'
            % (name, dep_en, ext, local, DOM))


FOOT_DE = """--
Falkenried Versicherung AG · Deichtorwall 18 · 20095 Hamburg
Sitz der Gesellschaft: Hamburg · Amtsgericht Hamburg HRB 141077
Vorstand: Dr. Marion Hasselbach (Vorsitzende), Jörg Brettschneider, Aylin Demir
Vorsitzender des Aufsichtsrats: Prof. Dr. Wendelin Kruse
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese E-Mail. Informationen zum Datenschutz: www.falkenried-versicherung.example/datenschutz"""

FOOT_EN = """--
Falkenried Versicherung AG · Deichtorwall 18 · 20095 Hamburg · Germany
Registered office Hamburg · Local court Hamburg HRB 141077
Management board: Dr. Marion Hasselbach (chair), Jörg Brettschneider, Aylin Demir
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this message.
Privacy notice: www.falkenried-versicherung.example/en/privacy"""

FOOT_SHORT = """--
Falkenried Versicherung AG, Hamburg · HRB 141077 · www.falkenried-versicherung.example"""


def outlook_de(frm, sent, to, subject, cc=None):
    h = '-----Ursprüngliche Nachricht-----\nVon: %s\nGesendet: %s\nAn: %s\n' % (frm, sent, to)
    if cc:
        h += 'Cc: %s\n' % cc
    return h + 'Betreff: %s\n' % subject


def outlook_en(frm, sent, to, subject, cc=None):
    h = 'From: %s\nSent: %s\nTo: %s\n' % (frm, sent, to)
    if cc:
        h += 'Cc: %s\n' % cc
    return h + 'Subject: %s\n' % subject


def fwd_de(frm, date, to, subject):
    return ('-------- Weitergeleitete Nachricht --------\nBetreff: \t%s\nDatum: \t%s\nVon: \t%s\nAn: \t%s\n'
            % (subject, date, frm, to))


# ---------------------------------------------------------------------------
# attachments (all standard library, all deterministic)
# ---------------------------------------------------------------------------

ZDT = (2026, 1, 5, 8, 0, 0)


def zipbytes(members, dt=ZDT):
    """members: list of (name, bytes|str[, stored])."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for m in members:
            name, data = m[0], m[1]
            stored = len(m) > 2 and m[2]
            if isinstance(data, str):
                data = data.encode('utf-8')
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)
    return buf.getvalue()


def esc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;'))


def pdf(lines, title='Dokument', author='Falkenried Versicherung AG', date='20260105080000'):
    """Minimal valid PDF 1.4 with a Helvetica text layer (WinAnsi).

    lines: list of str; a line starting with '# ' is set in bold; '' is a blank line.
    """
    per_page = 52
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [['']]

    def pstr(s):
        b = s.encode('cp1252')
        b = b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')
        return b'(' + b + b')'

    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 bold font, 5 info, then page/content pairs
    kids = []
    num = 6
    for pg in pages:
        page_no, cont_no = num, num + 1
        num += 2
        kids.append(page_no)
        ops = [b'BT', b'14 TL', b'56 790 Td']
        for ln in pg:
            if ln.startswith('# '):
                ops.append(b'/F2 11 Tf ' + pstr(ln[2:]) + b" '")
            else:
                ops.append(b'/F1 10 Tf ' + pstr(ln) + b" '")
        ops.append(b'ET')
        stream = b'\n'.join(ops)
        objs[cont_no] = b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream'
        objs[page_no] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                         b'/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>' % cont_no)
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % k for k in kids) + b'] /Count %d >>' % n_pages
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    objs[5] = (b'<< /Title ' + pstr(title) + b' /Author ' + pstr(author) +
               b' /Producer (Falkenried Dokumentenservice 4.2) /CreationDate (D:' + date.encode() + b'+01\'00\') >>')
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for i in range(1, num):
        offs[i] = out.tell()
        out.write(b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n')
    xref = out.tell()
    out.write(b'xref\n0 %d\n' % num)
    out.write(b'0000000000 65535 f \n')
    for i in range(1, num):
        out.write(b'%010d 00000 n \n' % offs[i])
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (num, xref))
    return out.getvalue()


CT_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _core(title, creator):
    return (CT_XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T08:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-05T08:00:00Z</dcterms:modified>'
            '</cp:coreProperties>' % (esc(title), esc(creator)))


def docx(blocks, title='Dokument', creator='Falkenried Versicherung AG'):
    """blocks: str (paragraph), ('h', str) heading, ('t', [[cells]]) table."""
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(b))
        elif b[0] == 'h':
            body.append('<w:p><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(b[1]))
        elif b[0] == 't':
            rows = []
            for row in b[1]:
                cells = ''.join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % esc(str(c)) for c in row)
                rows.append('<w:tr>%s</w:tr>' % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % ''.join(rows))
    doc = (CT_XML + '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
           % (W, ''.join(body)))
    ctypes = (CT_XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '</Types>')
    rels = (CT_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    return zipbytes([('[Content_Types].xml', ctypes), ('_rels/.rels', rels),
                     ('docProps/core.xml', _core(title, creator)), ('word/document.xml', doc)])


def _colname(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title='Tabelle', creator='Falkenried Versicherung AG'):
    """sheets: list of (name, rows); numbers stay numbers, everything else inline strings."""
    S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    members = []
    wb_sheets, wb_rels, overrides = [], [], []
    for idx, (name, rows) in enumerate(sheets, 1):
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = '%s%d' % (_colname(c), r)
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, esc(str(v))))
            xr.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
        members.append(('xl/worksheets/sheet%d.xml' % idx,
                        CT_XML + '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (S, ''.join(xr))))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (esc(name), idx, idx))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (idx, idx))
        overrides.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % idx)
    wb = CT_XML + '<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>' % (S, R, ''.join(wb_sheets))
    ctypes = (CT_XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              + ''.join(overrides) +
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '</Types>')
    rels = (CT_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wrels = (CT_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             + ''.join(wb_rels) + '</Relationships>')
    return zipbytes([('[Content_Types].xml', ctypes), ('_rels/.rels', rels),
                     ('docProps/core.xml', _core(title, creator)),
                     ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wrels)] + members)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(mime, body, title):
    ns = ODF_NS
    content = (CT_XML + '<office:document-content %s office:version="1.2"><office:body>%s</office:body></office:document-content>'
               % (ns, body))
    styles = CT_XML + '<office:document-styles %s office:version="1.2"/>' % ns
    meta = (CT_XML + '<office:document-meta %s office:version="1.2"><office:meta><dc:title>%s</dc:title>'
            '<meta:creation-date>2026-01-05T08:00:00</meta:creation-date></office:meta></office:document-meta>'
            % (ns, esc(title)))
    manifest = (CT_XML + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s" manifest:version="1.2"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return zipbytes([('mimetype', mime, True), ('META-INF/manifest.xml', manifest),
                     ('content.xml', content), ('styles.xml', styles), ('meta.xml', meta)])


def odt(blocks, title='Dokument'):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append('<text:p>%s</text:p>' % esc(b))
        elif b[0] == 'h':
            out.append('<text:h text:outline-level="1">%s</text:h>' % esc(b[1]))
        elif b[0] == 't':
            ncol = max(len(r) for r in b[1])
            rows = ''.join('<table:table-row>%s</table:table-row>' % ''.join(
                '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % esc(str(c)) for c in r)
                for r in b[1])
            out.append('<table:table table:name="Tabelle1"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>' % (ncol, rows))
    return _odf('application/vnd.oasis.opendocument.text', '<office:text>%s</office:text>' % ''.join(out), title)


def ods(sheets, title='Tabelle'):
    out = []
    for name, rows in sheets:
        xr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % esc(str(v)))
            xr.append('<table:table-row>%s</table:table-row>' % ''.join(cells))
        out.append('<table:table table:name="%s">%s</table:table>' % (esc(name), ''.join(xr)))
    return _odf('application/vnd.oasis.opendocument.spreadsheet', '<office:spreadsheet>%s</office:spreadsheet>' % ''.join(out), title)


def csvtext(rows, delim=';'):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def ics(uid, start, end, summary, location='', description='', organizer=None, attendees=(), method='REQUEST'):
    def e(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')

    def fold(line):
        b = line.encode('utf-8')
        if len(b) <= 74:
            return line
        parts, cur = [], ''
        for ch in line:
            if len((cur + ch).encode('utf-8')) > 73:
                parts.append(cur)
                cur = ch
            else:
                cur += ch
        parts.append(cur)
        return '\r\n '.join(parts)

    def t(s):
        return when(s).astimezone(_dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ')

    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Falkenried Versicherung AG//Termine 3.1//DE',
         'METHOD:%s' % method, 'BEGIN:VEVENT', 'UID:%s@%s' % (uid, DOM), 'DTSTAMP:20260105T080000Z',
         'DTSTART:%s' % t(start), 'DTEND:%s' % t(end), 'SUMMARY:%s' % e(summary)]
    if location:
        L.append('LOCATION:%s' % e(location))
    if description:
        L.append('DESCRIPTION:%s' % e(description))
    if organizer:
        L.append('ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1]))
    for cn, mail_ in attendees:
        L.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (cn, mail_))
    L += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(fold(x) for x in L) + '\r\n'


# ---------------------------------------------------------------------------
# message builder
# ---------------------------------------------------------------------------

class Att:
    def __init__(self, filename, data, ctype, charset=None, cte=None, inline=False):
        self.filename, self.data, self.ctype = filename, data, ctype
        self.charset, self.cte, self.inline = charset, cte, inline


def A_pdf(name, lines, **kw):
    return Att(name, pdf(lines, **kw), 'application/pdf')


def A_docx(name, blocks, **kw):
    return Att(name, docx(blocks, **kw), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')


def A_xlsx(name, sheets, **kw):
    return Att(name, xlsx(sheets, **kw), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')


def A_odt(name, blocks, **kw):
    return Att(name, odt(blocks, **kw), 'application/vnd.oasis.opendocument.text')


def A_ods(name, sheets, **kw):
    return Att(name, ods(sheets, **kw), 'application/vnd.oasis.opendocument.spreadsheet')


def A_csv(name, rows, charset='utf-8', delim=';', ctype='text/csv', cte='quoted-printable'):
    return Att(name, csvtext(rows, delim), ctype, charset=charset, cte=cte)


def A_ics(name, text):
    return Att(name, text, 'text/calendar', charset='utf-8', cte='quoted-printable')


def A_html(name, text, charset='utf-8'):
    return Att(name, text, 'text/html', charset=charset, cte='quoted-printable')


def A_zip(name, members):
    return Att(name, zipbytes(members), 'application/zip')


def A_eml(msg, name=None):
    return Att(name, msg, 'message/rfc822')


def _text(part_or_msg, text, subtype, charset, cte, params=None):
    kw = {}
    if params:
        kw['params'] = params
    part_or_msg.set_content(text.replace('\r\n', '\n'), subtype=subtype, charset=charset, cte=cte, **kw)


def M(frm, to, subject, date, text=None, html=None, cc=None, charset='utf-8', cte='quoted-printable',
      html_charset=None, html_cte=None, atts=(), reply_to=None, irt=None, refs=None, headers=(),
      mailer=None, flowed=False, msgid=None, importance=None):
    """Build one message.  text and/or html; atts -> multipart/mixed."""
    m = EmailMessage(policy=POLICY)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    if reply_to:
        m['Reply-To'] = reply_to
    m['Subject'] = subject
    m['Date'] = rfcdate(date)
    if msgid:
        m['Message-ID'] = msgid
    if irt:
        m['In-Reply-To'] = irt
        m['References'] = refs or irt
    m['MIME-Version'] = '1.0'
    if mailer:
        m['X-Mailer'] = mailer
    if importance:
        m['Importance'] = importance
    for k, v in headers:
        m[k] = v
    hc = html_charset or charset
    hcte = html_cte or cte
    params = {'format': 'flowed'} if flowed else None
    if text is not None and html is not None:
        _text(m, text, 'plain', charset, cte, params)
        m.add_alternative(html.replace('\r\n', '\n'), subtype='html', charset=hc, cte=hcte)
    elif html is not None:
        _text(m, html, 'html', hc, hcte)
    else:
        _text(m, text or '', 'plain', charset, cte, params)
    for a in atts:
        if a.ctype == 'message/rfc822':
            inner = a.data.as_bytes(policy=POLICY)
            m.add_attachment(a.data, cte='7bit' if max(inner) < 128 else '8bit')
            part = m.get_payload()[-1]
            if a.filename:
                part.replace_header('Content-Disposition', 'attachment; filename="%s"' % a.filename)
            continue
        maintype, subtype = a.ctype.split('/')
        if maintype == 'text':
            m.add_attachment(a.data.replace('\r\n', '\n') if a.ctype != 'text/calendar' else a.data.replace('\r\n', '\n'),
                             subtype=subtype, charset=a.charset or 'utf-8', cte=a.cte or 'quoted-printable',
                             filename=a.filename, disposition='inline' if a.inline else 'attachment')
        else:
            m.add_attachment(a.data, maintype=maintype, subtype=subtype, filename=a.filename,
                             disposition='inline' if a.inline else 'attachment')
    return m


def ext_msg(frm, to, subject, date, text, cc=None, charset='utf-8', cte='quoted-printable', msgid=None, mailer=None):
    """A message written by an outside party (for message/rfc822 forwards)."""
    m = M(frm, to, subject, date, text=text, cc=cc, charset=charset, cte=cte, mailer=mailer)
    m['Message-ID'] = msgid or '<%s@%s>' % (abs(hash_str(subject + date)) % 10**12, frm.split('@')[-1].rstrip('>'))
    return m


def hash_str(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % (2**61 - 1)
    return h


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------

MAILS = []


def mail(label, lang, kind, reason):
    assert label in WANT, label
    assert lang in ('de', 'en', 'mixed'), lang
    assert '\t' not in reason and '\n' not in reason

    def deco(f):
        MAILS.append((f, label, lang, kind, reason))
        return f
    return deco


# Bank codes and accounts below are invented; IBANs are computed so that they pass mod 97.
IB = {
    'wiese': de_iban('21050170', '4471203958'),
    'ilic': de_iban('20069111', '0038227410'),
    'okafor': de_iban('25190001', '6640012287'),
    'brenner': de_iban('29050101', '0081559036'),
    'haase': de_iban('20040000', '0555128800'),
    'yilmaz': de_iban('43060967', '1188204500'),
    'petersen': de_iban('21750000', '0105432789'),
    'lange': de_iban('26050001', '0007789012'),
    'hoffmann': de_iban('23064107', '0941122000'),
    'nguyen': de_iban('10050000', '6602284519'),
    'schreiber': de_iban('20090500', '3312008741'),
    'kaya': de_iban('37050198', '0019920477'),
    'martens': de_iban('21352240', '0179355021'),
    'reuter': de_iban('27092555', '5041162300'),
    'claimant': de_iban('20730001', '0048812290'),
    'sokolova': de_iban('12030000', '1020558416'),
    'dreyer': de_iban('28050100', '0066012488'),
    'grote': de_iban('20050550', '1264009873'),
    'muster': 'DE89370400440532013000',
    'koenig': de_iban('25050180', '0910044531'),
    'bauer_rs': de_iban('70150000', '0224518807'),
    'falk': de_iban('20070000', '0941000300'),
    'winter': de_iban('44050199', '0311277094'),
}

# ===========================================================================
# MAILS
# ===========================================================================

# ---------------------------------------------------------------- NORMAL (1)

@mail('NORMAL', 'de', 'internal',
      'trap: storm statistics by postcode area and line, amounts and two injury counts in aggregate, no person')
def n_sturm_ylva_statistik():
    rows = [['PLZ-Bereich', 'Sparte', 'Anzahl Schäden', 'Aufwand geschätzt EUR', 'Ø je Schaden EUR'],
            ['20xxx Hamburg', 'Wohngebäude', 1214, 4310000, 3550],
            ['20xxx Hamburg', 'Hausrat', 388, 612000, 1577],
            ['20xxx Hamburg', 'Kfz-Kasko', 402, 1180000, 2935],
            ['21xxx Lüneburg/Harburg', 'Wohngebäude', 655, 2020000, 3084],
            ['21xxx Lüneburg/Harburg', 'Kfz-Kasko', 219, 590000, 2694],
            ['22xxx Hamburg-Ost/Stormarn', 'Wohngebäude', 541, 1660000, 3068],
            ['23xxx Lübeck/Ostholstein', 'Wohngebäude', 317, 905000, 2855],
            ['24xxx Kiel/Rendsburg', 'Wohngebäude', 76, 188000, 2474],
            ['gesamt', '', 3812, 11465000, 3008]]
    text = """Hallo zusammen,

anbei der Zwischenstand zu Sturmtief "Ylva" (14.-16.02.2026), Stand heute 8 Uhr.

Kurz zusammengefasst:
- 3.812 gemeldete Schäden, davon gut 70 % Wohngebäude (Dach, Fassade, umgestürzte Bäume)
- geschätzter Aufwand 11,47 Mio. EUR brutto, Rückversicherung greift ab 15 Mio. EUR Ereignisschaden noch nicht
- Personenschäden: 2 Meldungen in der Haftpflicht (herabfallende Dachziegel), beide laut Meldung leicht
- Kfz-Kasko vor allem Hamburg-Innenstadt und Harburg (Äste auf geparkten Fahrzeugen)

Die Außenregulierer sind bis Freitag komplett verplant. Ab nächster Woche nehmen wir zwei Gutachterbüros aus dem Netzwerk dazu, Stefan klärt die Kapazitäten.

Die Tabelle wird täglich aktualisiert, bitte nicht extern weitergeben (Rückversicherer bekommt eigenen Bericht).

Viele Grüße
Andreas

""" + sig('av') + '\n'
    return M(who('av'), team('schaden-leitung', 'Schadenleitung Sach/Kfz'), 'Sturmtief Ylva – Zwischenstand Schadenaufkommen 19.02.',
             '2026-02-19 08:41', text=text, cc=who('sk'),
             atts=[A_xlsx('Ylva_Schadenaufkommen_2026-02-19.xlsx', [('Stand 19.02.', rows)], title='Sturmtief Ylva')])


@mail('NORMAL', 'de', 'newsletter',
      'trap: customer magazine on deer collisions mentions injured people, emergency call and hospital in general terms')
def n_newsletter_wildunfall():
    text = """Falkenried Kundenmagazin – Ausgabe Herbst 2026

WILDUNFALL: SO REAGIEREN SIE RICHTIG

Im Oktober und November steigt das Risiko für Wildunfälle deutlich, besonders in der
Dämmerung zwischen 6 und 8 Uhr und ab 17 Uhr. Was Sie tun sollten, wenn es doch passiert:

1. Warnblinker an, Warnweste anziehen, Unfallstelle mit dem Warndreieck sichern.
2. Sind Menschen verletzt? Dann sofort den Notruf 112 wählen und Erste Hilfe leisten.
3. Das Tier nicht anfassen – verletzte Tiere können sich heftig wehren.
4. Polizei (110) oder den zuständigen Jagdpächter informieren und eine
   Wildunfallbescheinigung ausstellen lassen. Die brauchen wir für die Teilkasko.
5. Fotos machen: Fahrzeug, Unfallstelle, Spuren am Wagen (Haare, Blut).
6. Schaden melden: online, in der App oder telefonisch unter 040 8851-0.

Übrigens: Auch wer einem Tier ausweicht und dabei im Graben landet, kann über die
Vollkasko abgesichert sein. In der Teilkasko zahlen wir "Rettungskosten", wenn das
Ausweichen notwendig war, um einen Zusammenstoß mit Haarwild zu vermeiden.

WEITERE THEMEN
- Winterreifen: Was "alle Wetter" wirklich kann
- Neu in der App: Schadenfotos direkt hochladen
- Gewinnspiel: Drei Fahrsicherheitstrainings zu gewinnen

Sie erhalten diese E-Mail, weil Sie das Kundenmagazin abonniert haben.
Abbestellen: https://www.falkenried-versicherung.example/newsletter/abmelden
"""
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Falkenried Kundenmagazin</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#1d2b36;max-width:640px">
<p style="font-size:12px;color:#6b7a86">Falkenried Kundenmagazin – Ausgabe Herbst 2026</p>
<h1 style="color:#0b5d4b">Wildunfall: So reagieren Sie richtig</h1>
<p>Im Oktober und November steigt das Risiko für Wildunfälle deutlich, besonders in der Dämmerung
zwischen 6 und 8 Uhr und ab 17 Uhr. Was Sie tun sollten, wenn es doch passiert:</p>
<ol>
<li>Warnblinker an, Warnweste anziehen, Unfallstelle mit dem Warndreieck sichern.</li>
<li><strong>Sind Menschen verletzt?</strong> Dann sofort den Notruf 112 wählen und Erste Hilfe leisten.</li>
<li>Das Tier nicht anfassen – verletzte Tiere können sich heftig wehren.</li>
<li>Polizei (110) oder den zuständigen Jagdpächter informieren und eine Wildunfallbescheinigung ausstellen lassen.</li>
<li>Fotos machen: Fahrzeug, Unfallstelle, Spuren am Wagen.</li>
<li>Schaden melden: online, in der App oder telefonisch unter 040 8851-0.</li>
</ol>
<p>Übrigens: Auch wer einem Tier ausweicht und dabei im Graben landet, kann über die Vollkasko abgesichert sein.</p>
<h2>Weitere Themen</h2>
<ul><li>Winterreifen: Was „alle Wetter“ wirklich kann</li><li>Neu in der App: Schadenfotos direkt hochladen</li>
<li>Gewinnspiel: Drei Fahrsicherheitstrainings zu gewinnen</li></ul>
<p style="font-size:11px;color:#6b7a86">Sie erhalten diese E-Mail, weil Sie das Kundenmagazin abonniert haben.
<a href="https://www.falkenried-versicherung.example/newsletter/abmelden">Abbestellen</a></p>
</body></html>
"""
    return M('Falkenried Kundenmagazin <kundenmagazin@' + DOM + '>',
             'Abonnenten Kundenmagazin <kundenmagazin-liste@lists.' + DOM + '>',
             'Wildunfall – so reagieren Sie richtig | Kundenmagazin Herbst 2026', '2026-10-06 07:00',
             text=text, html=html, headers=[('List-Unsubscribe', '<https://www.falkenried-versicherung.example/newsletter/abmelden>'),
                                            ('Precedence', 'bulk')])


@mail('NORMAL', 'en', 'insurer-to-partner',
      'trap: reinsurance report on motor bodily-injury frequency, whiplash and large losses, aggregates and age bands only')
def n_reinsurer_bi_trend():
    text = """Dear Ingrid, dear Tom,

as agreed in our call on 12 August, please find attached the half-year note on the
bodily injury development in our motor third party liability portfolio (German
business, accident years 2022-2026, as at 30 June 2026).

Headlines:
- BI frequency is up from 3.9 to 4.2 per 1,000 vehicle years, almost entirely driven
  by urban rear-end collisions with soft-tissue neck injuries.
- Average incurred cost for soft-tissue claims is stable (EUR 4,870), the tail is not.
- Three new large losses above EUR 500k in H1, all pedestrians/cyclists; details are
  in the bordereau your claims team receives via the secure channel, the note only
  carries age bands and reserve ranges.

Happy to discuss on the 3rd. We would like to raise the question of the index clause
then as well.

Kind regards,
Andreas

""" + sig('av', 'en') + '\n\n' + FOOT_EN + '\n'
    lines = ['# Falkenried Versicherung AG - Motor TPL bodily injury, H1 2026',
             'Prepared for Nordhavn Re, treaty year 2026. Figures gross, EUR, as at 30.06.2026.', '',
             '# 1. Frequency (per 1,000 vehicle years)',
             'AY 2022   3.7        AY 2023   3.8        AY 2024   3.9',
             'AY 2025   3.9        AY 2026 (H1, annualised)   4.2', '',
             '# 2. Injury mix, AY 2025-2026 (share of BI claims)',
             'Soft-tissue neck / whiplash type injuries      61 %',
             'Fractures (limbs, ribs)                         18 %',
             'Head injuries incl. concussion                   9 %',
             'Severe injuries (spinal cord, brain, amputation) 1.4 %',
             'Other / not yet classified                      10.6 %', '',
             '# 3. Large losses above EUR 500k reported in H1 2026',
             'LL-26-01  cyclist, age band 60-69, reserve range 0.8-1.2 m',
             'LL-26-02  pedestrian, age band 10-19, reserve range 2.5-4.0 m',
             'LL-26-03  pedestrian, age band 30-39, reserve range 0.5-0.8 m', '',
             '# 4. Comments',
             'Claims inflation on care costs continues at 6-7 % p.a. Periodic payment orders remain rare',
             'in Germany; lump-sum settlements dominate. No change to reserving methodology in 2026.',
             'Contact: Andreas Voigt, Major Losses, andreas.voigt@falkenried-versicherung.example']
    return M(who('av'), 'Ingrid Halvorsen <ingrid.halvorsen@nordhavn-re.example>, Tom Akers <tom.akers@nordhavn-re.example>',
             'Motor TPL – BI development H1 2026', '2026-08-21 16:05', text=text,
             atts=[A_pdf('Falkenried_MTPL_BI_H1-2026.pdf', lines, title='MTPL BI H1 2026')])


@mail('NORMAL', 'de', 'internal',
      'trap: minutes of a process meeting on personal-injury handling (medical reports, confidentiality waivers, pain-and-suffering ranges), no case or person')
def n_protokoll_personenschaden():
    blocks = [('h', 'Protokoll Fachrunde Personenschaden Kfz/Haftpflicht'),
              'Datum: 12.03.2026, 14:00-15:30 Uhr, Raum 4.12 und Teams',
              'Teilnehmende: M. Ostrowski, J. Kowalczyk, H. Wendt, A. Voigt, N. Lorenz (Datenschutz, TOP 2)',
              'Protokoll: H. Wendt',
              ('h', 'TOP 1 Fristen für ärztliche Unterlagen'),
              'Arztberichte und Entlassungsberichte werden künftig nach 3 Wochen automatisch erinnert (bisher 6 Wochen). '
              'IT-Anforderung ist gestellt (Ticket CHG-2026-0318).',
              ('h', 'TOP 2 Schweigepflichtentbindungen'),
              'Frau Lorenz erinnert: Gesundheitsdaten von Anspruchstellern nur über das Portal oder verschlüsselt versenden. '
              'Die Vorlage Schweigepflichtentbindung wird auf die neue Fassung (Stand 01/2026) umgestellt.',
              ('h', 'TOP 3 Medizinische Gutachter'),
              'Rahmenverträge mit zwei orthopädischen und einem neurologischen Gutachterbüro laufen Ende Juni aus. '
              'Herr Krämer holt Vergleichsangebote ein.',
              ('h', 'TOP 4 Schmerzensgeld'),
              'Die interne Orientierungstabelle (HWS-Distorsion Grad I/II, Frakturen, Narben) wird mit der aktuellen '
              'Rechtsprechung abgeglichen. Keine Einzelfälle besprochen.',
              ('t', [['Aufgabe', 'Wer', 'Bis'],
                     ['Erinnerungslauf 3 Wochen testen', 'B. Hartung', '30.04.2026'],
                     ['Vergleichsangebote Gutachter', 'S. Krämer', '15.05.2026'],
                     ['Tabelle Schmerzensgeld aktualisieren', 'M. Ostrowski', '31.05.2026']]),
              'Nächste Sitzung: 11.06.2026']
    text = """Hallo in die Runde,

anbei das Protokoll von Donnerstag. Korrekturen bitte bis Mittwoch an mich, danach
lege ich es im Teamordner ab.

Danke und Gruß
Hauke

""" + sig('hw') + '\n'
    return M(who('hw'), ', '.join(who(k) for k in ('mo', 'jk', 'av', 'nl')), 'Protokoll Fachrunde Personenschaden 12.03.',
             '2026-03-16 10:22', text=text,
             atts=[A_docx('Protokoll_Fachrunde_Personenschaden_2026-03-12.docx', blocks, title='Protokoll Fachrunde')])


@mail('NORMAL', 'de', 'insurer-to-supplier',
      'price list negotiation with a glass repair company, company data and prices only')
def n_glas_preisliste():
    text = """Sehr geehrter Herr Brockmann,

vielen Dank für die neue Preisliste. Wir haben sie mit den Konditionen aus 2025 und den
Angeboten zweier Mitbewerber verglichen. Zu drei Positionen brauchen wir noch eine
Rückmeldung von Ihnen:

  Pos. 1  Steinschlagreparatur je Schaden             bisher 79,00 €   neu 89,00 €
  Pos. 4  Frontscheibe Kompaktklasse inkl. Einbau      bisher 412,00 €  neu 455,00 €
  Pos. 9  Kalibrierung Fahrerassistenz (Kamera)        bisher 145,00 €  neu 198,00 €

Bei Pos. 9 liegt der Aufschlag bei über 35 %. Das können wir so nicht freigeben. Wenn
Sie die Kalibrierung über das neue Messsystem künftig in allen vier Filialen anbieten,
können wir über 170,00 € sprechen.

Die Lieferfristen (Reparatur innerhalb 24 Stunden, Austausch innerhalb 48 Stunden) und
die Direktabrechnung über unser Dienstleisterportal bleiben unverändert.

Können wir das am Dienstag, 17.03., um 10 Uhr telefonisch klären?

Mit freundlichen Grüßen

""" + sig('sk') + '\n\n' + FOOT_DE + '\n'
    return M(who('sk'), 'Frank Brockmann <f.brockmann@scheibenprofi-nord.example>', 'Preisliste Autoglas 2026 – Rückfragen Pos. 1, 4, 9',
             '2026-03-11 15:48', text=text, charset='windows-1252', cte='quoted-printable')


@mail('NORMAL', 'en', 'insurer-to-supplier',
      'quarterly SLA review with a roadside assistance provider, response times and volumes only')
def n_roadside_sla():
    text = """Hi Marijke,

thanks for sending the Q1 figures ahead of our review. A few points from our side so
we can keep Thursday's call short:

1. Response time. 91.2% of breakdowns in Germany were reached within 60 minutes
   (target 90%). Well done. The Netherlands and Belgium are at 84%, which is the third
   quarter in a row below target. Can your team explain what happened in February?

2. Towing vs. roadside repair. The towing share went up from 31% to 38%. Our motor
   team suspects this is the new electric vehicle guidance. Could you split the
   figures by drive type for the next report?

3. Customer feedback. NPS 61, complaints 23 (of 4,870 cases). Most complaints are about
   the call-back not happening when the truck is delayed. That's the one we want fixed
   first.

4. Invoicing. We still receive some invoices as scanned PDFs by e-mail. From 1 May
   we only accept the XML invoices through the supplier portal.

Talk on Thursday,
Stefan

""" + sig('sk', 'en') + '\n\n' + FOOT_EN + '\n'
    return M(who('sk'), 'Marijke de Boer <m.deboer@continental-roadside.example>', 'Q1 2026 SLA review – our comments',
             '2026-04-14 11:30', text=text, cte='8bit')


@mail('NORMAL', 'de', 'insurer-to-partner',
      'trap: job advert for a personal-injury claims handler, with salary range, health benefits and medical-report wording, no person')
def n_stellenanzeige_personenschaden():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Stellenanzeige</title></head>
<body style="font-family:Verdana,sans-serif;font-size:14px">
<p>Sehr geehrte Damen und Herren,</p>
<p>bitte veröffentlichen Sie die folgende Anzeige ab <b>01.06.2026</b> für 30 Tage im Paket „Premium Nord“
(Auftragsnummer JB-77120). Rechnung bitte wie gewohnt an die Personalabteilung.</p>
<hr>
<h2>Sachbearbeiter/in Personenschaden Kfz (m/w/d)</h2>
<p><i>Falkenried Versicherung AG, Hamburg – Vollzeit oder Teilzeit (ab 30 Std.), unbefristet</i></p>
<h3>Ihre Aufgaben</h3>
<ul>
<li>Sie regulieren Personenschäden aus der Kfz-Haftpflicht: von der HWS-Distorsion bis zum Schwerstschaden.</li>
<li>Sie werten ärztliche Unterlagen, Gutachten und Entlassungsberichte aus und bewerten Schmerzensgeld,
Verdienstausfall und Haushaltsführungsschaden.</li>
<li>Sie verhandeln mit Anwaltskanzleien, Krankenkassen und Berufsgenossenschaften.</li>
</ul>
<h3>Ihr Profil</h3>
<ul><li>Ausbildung zur/zum Kauffrau/Kaufmann für Versicherungen und Finanzen oder Studium</li>
<li>Erfahrung in der Personenschadenregulierung, medizinisches Grundverständnis</li></ul>
<h3>Was wir bieten</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Gehalt</td><td>52.000 – 61.000 € brutto im Jahr, je nach Erfahrung, Tarif der Versicherungswirtschaft</td></tr>
<tr><td>Gesundheit</td><td>betriebliche Krankenversicherung (Zahn und Brille), Gesundheitstage, Betriebsarzt</td></tr>
<tr><td>Mobilität</td><td>Deutschlandticket als Jobticket, Dienstrad-Leasing</td></tr>
<tr><td>Zeit</td><td>30 Tage Urlaub, bis zu 3 Tage mobiles Arbeiten pro Woche</td></tr>
</table>
<p>Bewerbungen bitte ausschließlich über <a href="https://karriere.falkenried-versicherung.example/stellen/2026-118">karriere.falkenried-versicherung.example</a>,
Kennziffer 2026-118. Ansprechpartner: Oliver Busch.</p>
<hr>
<p>Mit freundlichen Grüßen<br>Oliver Busch<br>Personalgewinnung<br>Falkenried Versicherung AG</p>
</body></html>
"""
    return M(who('ob'), 'Anzeigenservice <anzeigen@jobboerse-nord.example>', 'Anzeigenauftrag JB-77120: Sachbearbeiter/in Personenschaden Kfz',
             '2026-05-22 09:15', html=html)


@mail('NORMAL', 'de', 'internal',
      'trap: letter template for injured claimants with «placeholders» asking for medical reports and a confidentiality waiver')
def n_vorlage_anspruchsteller():
    blocks = [('h', 'Vorlage HP-PS-01 Erstanschreiben Anspruchsteller Personenschaden (Stand 04/2026)'),
              '«Anrede» «Vorname» «Nachname»', '«Straße» «Hausnummer»', '«PLZ» «Ort»', '',
              'Unser Zeichen: «Schadennummer»     Ihr Zeichen: «Zeichen_Anspruchsteller»',
              'Schadentag: «Schadendatum»     Versicherungsnehmer/in: «Name_VN»', '',
              '«Briefanrede»,',
              'Sie haben uns mitgeteilt, dass Sie bei dem oben genannten Ereignis verletzt worden sind. Das tut uns leid. '
              'Damit wir Ihre Ansprüche zügig prüfen können, bitten wir Sie um folgende Unterlagen:',
              '1. ärztliche Atteste bzw. den Bericht der Erstbehandlung',
              '2. ggf. den Entlassungsbericht des Krankenhauses',
              '3. eine Bescheinigung Ihres Arbeitgebers über einen Verdienstausfall',
              '4. die beigefügte Erklärung zur Entbindung von der Schweigepflicht (bitte unterschreiben)',
              'Bitte senden Sie Gesundheitsunterlagen nicht per einfacher E-Mail, sondern über unser Portal '
              'oder per Post.',
              'Mit freundlichen Grüßen', '«Sachbearbeiter»', 'Falkenried Versicherung AG']
    text = """Liebe Kolleginnen und Kollegen aus der Haftpflicht,

die Vorlage HP-PS-01 ist überarbeitet (neuer Hinweis zum Portal, Punkt 3 präziser).
Bitte ab Montag nur noch die neue Fassung aus dem Vorlagenordner nehmen, die alte ist
gesperrt. Die Felder in «» füllt das Schadensystem beim Erzeugen automatisch.

Wer noch Änderungswünsche hat: bis Freitag an mich.

Viele Grüße
Melanie

""" + sig('mo') + '\n'
    return M(who('mo'), team('team-haftpflicht', 'Team Haftpflicht-Schaden'), 'Neue Vorlage HP-PS-01 Erstanschreiben Personenschaden',
             '2026-04-09 13:02', text=text,
             atts=[A_docx('HP-PS-01_Erstanschreiben_Personenschaden_2026-04.docx', blocks, title='HP-PS-01')])


@mail('NORMAL', 'en', 'insurer-to-supplier',
      'trap: burst pipe in the insurer-owned London branch building, ground-floor physiotherapy practice (a company), no patient or person data')
def n_london_physio_leak():
    text = """Hi Gareth,

following up on this morning's call about the leak at 41 Queen's Reach.

What we know so far:
- The cold water riser between the 1st floor kitchenette (our office) and the ground
  floor failed around 5:30 am. Building security shut the valve at 6:10.
- The ground floor tenant, Riverside Physiotherapy Ltd, has water in two treatment
  rooms and the waiting area. Ceiling tiles are down in room 2 and the treatment couch
  and an ultrasound unit were standing in the water.
- Their practice manager told me they have moved today's patients to their other
  site, so nobody needs to be in the building before your team has made it safe.

What we need from you today:
1. Make the riser safe and confirm whether the rest of the pipe run is the same
   age/material.
2. Drying equipment for the ground floor rooms (they would like to reopen Monday).
3. A short written report with photos, as the building insurer and the tenant's
   contents insurer will both ask for it.

Access via the loading bay; ask security for Emre.

Thanks,
Claire

""" + sig('cw', 'en') + '\n\n' + FOOT_EN + '\n'
    return M(who('cw'), 'Gareth Price <gareth.price@thamesside-building-services.example>',
             'URGENT: leak at 41 Queen\'s Reach, ground floor', '2026-01-22 08:57', text=text,
             cc='Facilities London <facilities.london@' + DOM + '>', importance='high')


@mail('NORMAL', 'de', 'insurer-to-customer',
      'portal notification mail without any content (no name of case, no line of business)')
def n_portal_benachrichtigung():
    text = """Guten Tag,

in Ihrem Portal-Postfach bei der Falkenried Versicherung liegt eine neue Nachricht
für Sie bereit.

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte. Bitte melden Sie
sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an:

https://securemail.falkenried-versicherung.example/

Die Nachricht wird 90 Tage nach Eingang automatisch gelöscht. Sie können sie im Portal
jederzeit herunterladen.

Bitte antworten Sie nicht auf diese E-Mail, die Adresse wird nicht gelesen.

Falkenried Versicherung AG
SecureMail-Service
"""
    return M('Falkenried SecureMail <securemail-noreply@' + DOM + '>', 'h.petersen@nordpost.example',
             'Neue Nachricht in Ihrem Portal-Postfach', '2026-06-02 14:11', text=text, cte='8bit')


@mail('NORMAL', 'de', 'insurer-to-customer',
      'grey: one-time password mail of the portal registration, no personal data in the sense of SPEC section 1')
def n_einmalpasswort():
    text = """Guten Tag,

fuer Sie wurde ein Postfach im SecureMail-Portal der Falkenried Versicherung AG
eingerichtet. Ihr Einmal-Passwort lautet:

    kT7r-Qe94-WmzP

Den Link zur Registrierung erhalten Sie in einer zweiten E-Mail. Das Einmal-Passwort
ist 7 Tage gueltig. Nach der ersten Anmeldung vergeben Sie ein eigenes Passwort und
eine Sicherheitsfrage.

Falkenried Versicherung AG - SecureMail-Service
Diese Nachricht wurde automatisch erzeugt.
"""
    return M('Falkenried SecureMail <securemail-noreply@' + DOM + '>', 'tanja.hoffmann@web-post.example',
             'SecureMail: Ihr Einmal-Passwort', '2026-03-02 10:04', text=text, charset='us-ascii', cte='7bit')


@mail('NORMAL', 'en', 'auto-reply',
      'trap: out-of-office reply that mentions injured people only as routing advice, no person or case')
def n_ooo_en():
    text = """Thank you for your e-mail.

I am out of the office until Tuesday 14 April 2026 and will have limited access to
e-mail. Your message will not be forwarded.

- New motor claims: please report online at www.falkenried-versicherung.example/claims
  or call +49 40 8851-0.
- If somebody was injured in an accident abroad and you need help now, our 24-hour
  assistance line is +49 40 8851-9999.
- For an existing claim, my colleague Hauke Wendt (hauke.wendt@falkenried-versicherung.example)
  is covering.

Best regards,
Jana Kowalczyk
"""
    return M(who('jk'), 'Dorota Lis <dorota.lis@polmail.example>', 'Automatic reply: photos', '2026-04-03 17:21', text=text,
             cte='7bit', charset='us-ascii',
             headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])


@mail('NORMAL', 'de', 'auto-reply',
      'trap: out-of-office reply asks not to send health documents by mail; no person or case')
def n_abwesenheit_de():
    text = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. Juli 2026 nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet. In dringenden Rechtsschutz-Angelegenheiten wenden Sie sich bitte an
meine Kollegin Gesa Sommerfeld (gesa.sommerfeld@falkenried-versicherung.example,
Telefon 040 8851-2586).

Bitte beachten Sie: Unterlagen mit Gesundheitsdaten (z. B. Atteste, Arztbriefe,
Krankschreibungen) senden Sie uns bitte nicht per E-Mail, sondern über das
SecureMail-Portal oder per Post.

Mit freundlichen Grüßen
Dr. Henrik Albers
"""
    return M(who('ha'), 'kanzlei@ra-steinbach.example', 'Abwesenheitsnotiz: AW: Ihr Schreiben vom 24.06.', '2026-06-25 09:02',
             text=text, headers=[('Auto-Submitted', 'auto-replied')])


@mail('NORMAL', 'de', 'internal',
      'trap: IT incident about uploading doctors\' reports in the claims system; technical log, no patient or claim')
def n_it_ticket_arztberichte():
    text = """Hallo Ben,

ich hänge mich an das Ticket INC-2026-044871 dran, bei uns im Team tritt es jetzt
täglich auf.

Fehlerbild: Beim Hochladen von Arztberichten und Krankenhausrechnungen als PDF in die
Schadenakte (Reiter "Dokumente", Kategorie "Medizinische Unterlagen") bricht der Upload
ab, sobald die Datei größer als ca. 20 MB ist. Kleine Dateien gehen. Kategorie
"Fotos" geht auch mit großen Dateien.

Meldung im Browser:

  Upload fehlgeschlagen (413 Request Entity Too Large)
  Referenz: 7f3c-22a1-9e0b

Die Kolleginnen behelfen sich im Moment damit, die Scans zu teilen. Das ist
fehleranfällig, weil dann die Seitenzahl nicht mehr stimmt und die Dokumente einzeln
indiziert werden.

Kannst du sagen, ob das am Proxy liegt oder an der DMS-Schnittstelle? Und ob wir bis
zur Lösung die Scanner auf 200 dpi statt 300 dpi stellen sollen?

Danke dir
Sophie

""" + sig('sb') + '\n'
    return M(who('sb'), who('bh'), 'INC-2026-044871 Upload medizinische Unterlagen > 20 MB bricht ab', '2026-02-10 10:37',
             text=text, cc=team('it-servicedesk', 'IT Servicedesk'))


@mail('NORMAL', 'en', 'newsletter',
      'trap: travel-insurance newsletter about falling ill abroad, hospital bills, repatriation and pre-existing conditions in general')
def n_newsletter_travel_health():
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Travel smart</title></head>
<body style="font-family:Georgia,serif;max-width:620px;color:#222">
<h1 style="font-family:Arial,sans-serif;color:#0b5d4b">Falling ill abroad – what your travel cover does</h1>
<p>Summer is here, and with it the questions our travel team hears most often. Here are the answers.</p>
<h3>I need to see a doctor on holiday. Do I pay first?</h3>
<p>For outpatient treatment you usually pay and send us the bill afterwards. For a hospital stay,
call our 24-hour assistance line first: we guarantee payment to the hospital directly.</p>
<h3>What about pre-existing conditions?</h3>
<p>A condition you already had is covered if it was stable and you did not travel against medical
advice. If in doubt, ask us before you book – not after.</p>
<h3>When do you bring me home?</h3>
<p>Medically necessary repatriation is covered without a limit. Our medical team decides together
with the treating doctors when and how – by scheduled flight, with a nurse, or by air ambulance.</p>
<h3>My trip is cancelled because I fell ill before departure</h3>
<p>That is a case for trip cancellation cover. Keep the doctor's certificate; you will need it.</p>
<table style="border:1px solid #ccc;border-collapse:collapse;font-family:Arial,sans-serif;font-size:13px">
<tr style="background:#eef5f2"><th style="padding:6px">Need help abroad?</th><th style="padding:6px">Number</th></tr>
<tr><td style="padding:6px">24-hour assistance</td><td style="padding:6px">+49 40 8851-9999</td></tr>
<tr><td style="padding:6px">Claims (office hours)</td><td style="padding:6px">+49 40 8851-2630</td></tr>
</table>
<p style="font-size:11px;color:#777">You receive this newsletter because you subscribed at
https://www.falkenried-versicherung.example/en/newsletter. Unsubscribe with one click:
<a href="https://www.falkenried-versicherung.example/en/newsletter/unsubscribe">unsubscribe</a>.</p>
</body></html>
"""
    return M('Falkenried Travel <travel-news@' + DOM + '>', 'Travel newsletter <travel-news-list@lists.' + DOM + '>',
             'Falling ill abroad? 4 answers before you go', '2026-06-18 06:30', html=html, cte='base64',
             headers=[('Precedence', 'bulk')])


@mail('NORMAL', 'de', 'insurer-to-partner',
      'trap: press release on hail losses with euro totals and vehicle/building counts, aggregates only')
def n_presse_hagel():
    text = """Sehr geehrte Damen und Herren,

anbei unsere Pressemitteilung zur Schadenbilanz nach dem Hagelunwetter vom 27. Juni.
Für Rückfragen und Interviewwünsche stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

""" + sig('ks') + '\nPresse: presse@falkenried-versicherung.example\n\n' + FOOT_DE + '\n'
    lines = ['# Pressemitteilung', 'Hamburg, 9. Juli 2026', '',
             '# Hagel über Ostholstein: Falkenried zahlt 14,2 Millionen Euro',
             'Knapp zwei Wochen nach dem Hagelunwetter vom 27. Juni zieht die Falkenried Versicherung AG',
             'eine erste Bilanz: Rund 2.950 Kfz-Schäden und 1.100 Schäden an Wohngebäuden sind gemeldet.',
             'Der Gesamtaufwand wird auf 14,2 Millionen Euro geschätzt. Hagelkörner von bis zu fünf',
             'Zentimetern Durchmesser beschädigten vor allem Autodächer, Motorhauben, Dachfenster und',
             'Solaranlagen.', '',
             '"Wir haben innerhalb von 48 Stunden drei Hagelzentren in Eutin, Neustadt und Oldenburg in',
             'Holstein eröffnet", sagt Andreas Voigt, Leiter Großschaden-Management. "Dort begutachten',
             'unsere Sachverständigen täglich bis zu 400 Fahrzeuge."', '',
             'Der durchschnittliche Kfz-Hagelschaden liegt bei 3.400 Euro, bei Gebäuden bei 3.700 Euro.',
             'Verletzte wurden der Falkenried nicht gemeldet.', '',
             '# Tipps für Betroffene',
             '- Schäden möglichst mit Fotos melden: online oder unter 040 8851-0',
             '- Dachschäden provisorisch abdichten lassen, Rechnungen aufheben',
             '- Bei Kfz-Hagelschäden den Termin im Hagelzentrum online buchen', '',
             'Pressekontakt: Katrin Simon, presse@falkenried-versicherung.example, 040 8851-4410']
    return M(who('ks'), 'Redaktion <redaktion@nordkurier-presse.example>', 'PM: Hagel über Ostholstein – Falkenried zahlt 14,2 Mio. Euro',
             '2026-07-09 11:00', text=text, cc='Newsdesk <newsdesk@holstein-radio.example>',
             atts=[A_pdf('PM_2026-07-09_Hagelbilanz.pdf', lines, title='Pressemitteilung Hagelbilanz')])


@mail('NORMAL', 'en', 'internal',
      'trap: claims KPI export by line (cycle times, backlog, share of claims with injury) as CSV, no case data')
def n_kpi_csv():
    rows = [['line', 'month', 'new_claims', 'closed_claims', 'open_end_of_month', 'median_days_to_close', 'share_with_injury_pct'],
            ['motor_tpl', '2026-04', '4120', '3987', '6210', '19', '6.1'],
            ['motor_own_damage', '2026-04', '5230', '5410', '2980', '11', '0.0'],
            ['household', '2026-04', '1870', '1799', '1420', '9', '0.0'],
            ['buildings', '2026-04', '2310', '2080', '3350', '24', '0.0'],
            ['liability', '2026-04', '960', '902', '1715', '27', '8.4'],
            ['legal_expenses', '2026-04', '1340', '1288', '5020', '96', 'n/a'],
            ['travel', '2026-04', '610', '655', '388', '14', '41.0']]
    text = """Hi all,

April KPIs attached (CSV, semicolon-separated, as requested by the controlling team
for their Power BI import). Two things worth noting:

* buildings backlog is still high after storm Ylva, median 24 days to close
* travel: 41 % of claims involve illness or injury (mostly cancellations), that's
  the usual spring level

No personal data in the file, it's aggregated per line.

Cheers,
Ben
"""
    return M(who('bh'), team('claims-controlling', 'Claims Controlling'), 'Claims KPIs April 2026 (CSV)', '2026-05-06 09:10',
             text=text, cte='7bit', charset='us-ascii',
             atts=[A_csv('claims_kpi_2026-04.csv', rows, charset='us-ascii', cte='7bit')])


@mail('NORMAL', 'de', 'internal',
      'trap: training invitation on whiplash, loss of earnings and household-management damage, with calendar file; no person')
def n_schulung_ics():
    desc = ('Inhalte: HWS-Distorsion und biomechanische Gutachten, Verdienstausfall bei Selbstständigen, '
            'Haushaltsführungsschaden nach Tabellenwerk, Zusammenarbeit mit Krankenkassen (Regress nach § 116 SGB X). '
            'Referentin: Melanie Ostrowski. Bitte eigene anonymisierte Fallfragen vorab schicken.')
    cal = ics('schulung-ps-2026-05', '2026-05-20 09:30', '2026-05-20 12:30',
              'Schulung Regulierung von Personenschäden (Kfz/Haftpflicht)', 'Schulungsraum 2.07 / Teams', desc,
              organizer=('Melanie Ostrowski', addr('mo')),
              attendees=[('Team Kfz-Schaden', 'team-kfz@' + DOM), ('Team Haftpflicht', 'team-haftpflicht@' + DOM)])
    text = """Liebe Kolleginnen und Kollegen,

hiermit lade ich euch zur Schulung "Regulierung von Personenschäden" ein. Wir gehen
die typischen Fragen aus dem Alltag durch: Wann ist ein HWS-Gutachten sinnvoll, wie
rechnen wir Verdienstausfall bei Selbstständigen, und wie bewerten wir den
Haushaltsführungsschaden.

Wenn ihr Fälle habt, die ihr besprechen wollt: bitte vorher anonymisieren (keine
Namen, keine Schadennummern, keine Diagnosen mit Bezug zur Person).

Termin im Anhang.

Viele Grüße
Melanie
"""
    return M(who('mo'), 'Team Kfz-Schaden <team-kfz@' + DOM + '>, ' + team('team-haftpflicht', 'Team Haftpflicht-Schaden'),
             'Einladung: Schulung Personenschäden am 20.05.', '2026-04-28 16:44', text=text,
             atts=[A_ics('Schulung_Personenschaeden.ics', cal)])


@mail('NORMAL', 'de', 'insurer-to-broker',
      'trap: product update for household insurance with sample premiums for a model flat, no customer')
def n_makler_hausrat_produkt():
    text = """Sehr geehrte Frau Grote,

zum 1. Juli führen wir den neuen Hausrattarif "Komfort 2026" ein. Die wichtigsten
Änderungen finden Sie in der beigefügten Übersicht, Kurzfassung:

- Fahrraddiebstahl bis 5.000 € ohne Nachtzeitklausel (bisher 3.000 €)
- Überspannung durch Blitz jetzt bis zur vollen Versicherungssumme
- neuer Baustein "Elementar Plus" auch in ZÜRS-Zone 3
- Beitrag: im Mittel +2,8 %, Bestandskunden können bis 30.09. prämienneutral umstellen

Beitragsbeispiele (Musterwohnung, keine echten Kunden) stehen auf Seite 2.

Die Tarifrechner im Maklerportal sind ab 15.06. freigeschaltet. Gern stelle ich Ihnen
und Ihrem Team den Tarif am 24.06. in einem kurzen Webinar vor.

Mit freundlichen Grüßen

""" + sig('lf') + '\n\n' + FOOT_DE + '\n'
    lines = ['# Hausrat Komfort 2026 - Übersicht für Vermittler', 'Gültig für Neugeschäft ab 01.07.2026', '',
             '# Leistungen (Auszug)',
             'Fahrraddiebstahl                      bis 5.000 EUR, ohne Nachtzeitklausel',
             'Überspannung durch Blitz              bis zur Versicherungssumme',
             'Grobe Fahrlässigkeit                  bis 100 % der Versicherungssumme',
             'Elementar Plus                        optional, auch ZÜRS-Zone 3', '',
             '# Beitragsbeispiele (Musterwohnung)',
             'Annahme: 80 m² Wohnfläche, Versicherungssumme 52.000 EUR, kein Vorschaden, Zahlweise jährlich',
             'Tarifzone 1   Jahresbeitrag    74,20 EUR',
             'Tarifzone 3   Jahresbeitrag   118,40 EUR',
             'Tarifzone 5   Jahresbeitrag   163,90 EUR',
             'mit Elementar Plus, Zone 3    +38,00 EUR', '',
             'Courtage: unverändert lt. Courtagevereinbarung.',
             'Stand 06/2026. Maßgeblich sind die Versicherungsbedingungen VHB Komfort 2026.']
    return M(who('lf'), 'Sabine Grote <s.grote@maklerbuero-grote.example>', 'Hausrat Komfort 2026 – Neuerungen zum 01.07.',
             '2026-06-03 14:20', text=text,
             atts=[A_pdf('Hausrat_Komfort_2026_Vermittlerinfo.pdf', lines, title='Hausrat Komfort 2026')])


@mail('NORMAL', 'de', 'insurer-to-broker',
      'invitation to a broker day with agenda and calendar file')
def n_maklertag_ics():
    cal = ics('maklertag-luebeck-2026', '2026-09-17 10:00', '2026-09-17 16:30', 'Falkenried Maklertag Nord 2026',
              'Hotel Holstentor Kongress, Lübeck',
              'Programm: Marktupdate Kfz, neue Hausrat- und Gebäudetarife, Rechtsschutz 2027, Maklerportal live. Mittagessen inklusive.',
              organizer=('Lukas Feldmann', addr('lf')))
    text = """Liebe Partnerinnen und Partner,

wir laden Sie herzlich zum Falkenried Maklertag Nord ein:

  Donnerstag, 17. September 2026, 10:00 - 16:30 Uhr
  Hotel Holstentor Kongress, Lübeck

Programm:
  10:00  Begrüßung
  10:15  Marktupdate Kfz: Werkstattpreise, Ersatzteile, Typklassen
  11:30  Hausrat und Wohngebäude 2027 - was sich ändert
  12:30  Mittagessen
  13:30  Rechtsschutz: neue Bausteine für Selbstständige
  14:45  Maklerportal und elektronische Vermittlerpost: Live-Demo
  16:00  Fragen und Ausklang

Bitte melden Sie sich bis zum 31. August im Maklerportal an (Menü "Veranstaltungen").
Eine Kalenderdatei ist beigefügt. Die Teilnahme wird mit 4 Stunden Weiterbildungszeit
nach IDD bestätigt.

Wir freuen uns auf Sie!

Lukas Feldmann
Maklerbetreuung Nord
"""
    return M(who('lf'), 'Maklerverteiler Nord <makler-nord@lists.' + DOM + '>', 'Einladung: Falkenried Maklertag Nord am 17.09.2026',
             '2026-07-15 09:30', text=text, atts=[A_ics('Maklertag_Nord_2026.ics', cal)])


@mail('NORMAL', 'de', 'internal',
      'trap: change request for the claims form (new fields "injured persons", "treating doctor"), process only')
def n_schadenanzeige_felder():
    text = """Hallo Ben, hallo Jana,

wie in der Fachrunde besprochen, hier die fachliche Anforderung für das Online-
Formular "Kfz-Schaden melden" (Version 5.3):

Neu im Schritt 3 "Unfallhergang":
  [ ] Wurden Personen verletzt?  ( ) ja  ( ) nein  ( ) weiß nicht
      -> bei "ja": Hinweistext "Bitte keine Angaben zu Verletzungen im Freitextfeld.
         Wir melden uns bei Ihnen und schicken Ihnen einen sicheren Upload-Link."
  [ ] Wurde die Polizei hinzugezogen? ( ) ja ( ) nein
      -> bei "ja": Dienststelle, Tagebuchnummer (optional)

Entfällt:
  Freitextfeld "Art der Verletzungen" (zu viele Gesundheitsangaben im Klartext,
  Hinweis Datenschutz vom 02.03.)

Routing:
  "Personen verletzt = ja" -> Eingangskorb Personenschaden statt Sachschaden

Bitte bis Ende April ins Release, wenn möglich. Fragen gern an mich.

Viele Grüße
Hauke
"""
    return M(who('hw'), ', '.join([who('bh'), who('jk')]), 'Anforderung Formular Kfz-Schadenmeldung V5.3: Feld "Personen verletzt"',
             '2026-03-24 11:05', text=text, cte='8bit')


@mail('NORMAL', 'mixed', 'internal',
      'trap: German/English glossary of injury and claims terms for translators, CSV; no person')
def n_glossar_csv():
    rows = [['Deutsch', 'English', 'Anmerkung / note'],
            ['Schleudertrauma, HWS-Distorsion', 'whiplash injury, cervical sprain', 'nicht "neck trauma"'],
            ['Schmerzensgeld', 'pain and suffering, general damages', 'UK: general damages'],
            ['Verdienstausfall', 'loss of earnings', ''],
            ['Haushaltsführungsschaden', 'loss of housekeeping capacity', 'no direct UK equivalent'],
            ['Heilbehandlungskosten', 'medical expenses', ''],
            ['Arztbericht', 'medical report', ''],
            ['Entbindung von der Schweigepflicht', 'medical authority / consent to release records', ''],
            ['Sachverständiger', 'loss adjuster (property), engineer (motor)', 'context!'],
            ['Wiederbeschaffungswert', 'replacement value', ''],
            ['Restwert', 'salvage value', ''],
            ['Nutzungsausfall', 'loss of use', ''],
            ['Deckungszusage', 'confirmation of cover', 'legal expenses']]
    text = """Hi Claire,

hier die Glossar-Datei für die Übersetzungsagentur, wie besprochen. I've added the
personal injury terms you asked for (Schleudertrauma, Schmerzensgeld etc.). Kannst du
die englischen Begriffe bitte noch einmal gegenlesen, besonders "Haushaltsführungs-
schaden" – I couldn't find anything better than "loss of housekeeping capacity".

Danke!
Melanie

--
Melanie Ostrowski · Haftpflicht-Schaden · Falkenried Versicherung AG
"""
    return M(who('mo'), who('cw'), 'Glossar DE/EN Personenschaden – bitte gegenlesen / please review', '2026-02-26 12:18',
             text=text, atts=[A_csv('Glossar_Schaden_DE-EN.csv', rows)])


@mail('NORMAL', 'de', 'insurer-to-customer',
      'grey: prospect asks in general whether pre-existing conditions are covered in trip cancellation; nobody\'s health is disclosed')
def n_interessent_vorerkrankungen():
    text = """Sehr geehrter Herr Dahlke,

vielen Dank für Ihr Interesse an unserer Reiserücktrittsversicherung.

Zu Ihrer Frage: Vorerkrankungen sind grundsätzlich mitversichert. Entscheidend ist, ob
eine bekannte Erkrankung bei Abschluss der Versicherung bzw. bei Buchung der Reise
stabil war. Verschlechtert sie sich danach unerwartet so sehr, dass die Reise nicht
angetreten werden kann, leisten wir. Sie müssen bei Abschluss keine Gesundheitsfragen
beantworten.

Für eine Kreuzfahrt im Herbst empfehle ich Ihnen den Tarif "Reiseschutz Plus" mit
Reiseabbruch und Selbstbehalt 0 €. Die Prämie richtet sich nach dem Reisepreis; den
Rechner finden Sie unter www.falkenried-versicherung.example/reise.

Bitte beachten Sie: Die Versicherung muss spätestens 30 Tage nach Buchung
abgeschlossen werden, bei kurzfristigen Buchungen sofort.

Mit freundlichen Grüßen

""" + sig('rk') + '\n\n' + FOOT_DE + '\n\n' + q("""Am 21.08.2026 um 19:40 schrieb Wolfgang Dahlke:
Guten Tag, wir planen im Oktober eine Kreuzfahrt (Mittelmeer, 12 Tage). Sind
eigentlich Vorerkrankungen bei Ihnen mitversichert, oder muss man da was angeben?
Mit freundlichen Grüßen W. Dahlke""") + '\n'
    return M(who('rk'), 'Wolfgang Dahlke <w.dahlke@nordpost.example>', 'AW: Frage Reiserücktritt Kreuzfahrt',
             '2026-08-24 10:12', text=text, irt='<b81e2c01-77aa@nordpost.example>')


# ---------------------------------------------------------------- NORMAL (2)

@mail('NORMAL', 'en', 'insurer-to-partner',
      'trap: answer to an industry survey on cyber claims (data breaches, payment diversion), counts and amounts in aggregate')
def n_survey_cyber():
    text = """Dear Ms Moreau,

please find our answers to the ECF cyber claims survey 2026 below. All figures are for
our German small-business cyber portfolio, notification year 2025.

Q1  Number of notified cyber claims ............................ 214
Q2  of which ransomware ........................................ 63
Q3  of which business e-mail compromise / payment diversion ..... 71
Q4  of which data breach with notification to an authority ..... 38
Q5  Average incurred per claim (EUR) ............................ 18,900
Q6  Largest single claim (EUR, rounded) ......................... 640,000
Q7  Share of claims with incident response within 4 hours ...... 88 %

Remarks: Q4 counts notifications under Art. 33 GDPR made by our policyholders; we do
not hold the notified data ourselves. Payment diversion losses are rising fastest,
mainly fake supplier bank-detail changes.

We agree to be named as a participant but not to the publication of company-level
figures.

Kind regards,
Andreas Voigt

""" + sig('av', 'en') + '\n\n' + FOOT_EN + '\n'
    return M(who('av'), 'Juliette Moreau <survey@euclaimsforum.example>', 'ECF cyber claims survey 2026 – Falkenried Versicherung',
             '2026-03-30 15:02', text=text)


@mail('NORMAL', 'de', 'internal',
      'grey: colleague is absent today, no reason given; appointments reassigned')
def n_kollegin_faellt_aus():
    text = """Moin zusamen,

Lea fällt heute aus. Ihre beiden Außentermine (Reinbek 10 Uhr, Glinde 13:30) übernimmt
Dennis, die Telefonate schiebe ich auf morgen.

Gruß
Tobias
"""
    return M(who('tr'), team('team-sach-ost', 'Team Sach Ost'), 'Lea heute nicht da', '2026-09-14 07:52', text=text,
             cte='8bit', mailer='Microsoft Outlook 16.0')


@mail('NORMAL', 'de', 'internal',
      'trap: first-aid refresher course for company first aiders (health words, no person), calendar file')
def n_ersthelfer_kurs():
    cal = ics('ersthelfer-2026-11', '2026-11-05 08:30', '2026-11-05 16:30', 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer',
              'Deichtorwall 18, Konferenzraum Elbe (EG)',
              'Fortbildung nach DGUV Vorschrift 1, 9 Unterrichtseinheiten. Themen: Herz-Lungen-Wiederbelebung mit AED, '
              'Schlaganfall erkennen, Verbrennungen, Schock, Kinder-Notfälle.',
              organizer=('Arbeitssicherheit', 'arbeitssicherheit@' + DOM))
    text = """Liebe Ersthelferinnen und Ersthelfer,

eure Ausbildung muss alle zwei Jahre aufgefrischt werden. Die nächste Fortbildung mit
dem Roten Kreuz findet am 5. November statt (8:30 - 16:30 Uhr, Konferenzraum Elbe).

Inhalte u. a.: Wiederbelebung mit dem Defibrillator aus dem Foyer, Schlaganfall
erkennen, Verbrennungen, Schock, Notfälle bei Kindern (Kita im Haus).

Bitte nehmt den Termin an oder sagt bis 20.10. ab, damit wir Nachrückende einladen
können. Die Teilnahme ist Arbeitszeit.

Eure Arbeitssicherheit
i. A. Ben Hartung
"""
    return M(who('bh'), 'Ersthelfer Deichtorwall <ersthelfer@lists.' + DOM + '>', 'Erste-Hilfe-Fortbildung 5.11. – bitte zusagen',
             '2026-10-01 13:30', text=text, reply_to='Arbeitssicherheit <arbeitssicherheit@' + DOM + '>',
             atts=[A_ics('Erste-Hilfe-Fortbildung_2026-11-05.ics', cal)])


@mail('NORMAL', 'en', 'insurer-to-supplier',
      'trap: OCR vendor review on medical invoices, prescriptions and certificates in travel claims, volumes and accuracy only')
def n_ocr_vendor():
    text = """Hello Priya,

thanks for the accuracy report. Our view after the first eight weeks:

Document type                      volume/week   field accuracy   our target
hospital invoices (foreign)              1,150            92.4 %        95 %
doctors' certificates (cancellation)     1,980            88.1 %        93 %
pharmacy receipts / prescriptions          640            96.0 %        95 %
airline and booking confirmations          430            98.7 %        97 %

Doctors' certificates are the problem. The handwritten diagnosis field is read wrongly
in about one in eight documents, and in two cases last week the model swapped the
patient and the doctor name. Our handlers catch this, but it defeats the purpose.

Could your team
  a) stop extracting the diagnosis field altogether (we don't need it in the index,
     the medical team reads the original), and
  b) send us the confusion matrix for the name fields?

Also a reminder: the training data you receive from us must stay in the EU tenant.

Best,
Sophie

""" + sig('sb', 'en') + '\n\n' + FOOT_EN + '\n'
    return M(who('sb'), 'Priya Raman <priya.raman@docuread-ai.example>', 'OCR pilot travel claims – week 8 review',
             '2026-05-12 16:26', text=text, cc=who('bh'))


@mail('NORMAL', 'de', 'newsletter',
      'household newsletter on burglary protection during holidays, sent in iso-8859-1')
def n_newsletter_einbruch():
    text = """Falkenried Kundenbrief Sommer 2026

Liebe Kundinnen und Kunden,

die Sommerferien beginnen - und leider auch die Hochsaison für Einbrecher. Mit ein paar
einfachen Maßnahmen machen Sie es ihnen schwer:

* Wirken Sie anwesend: Zeitschaltuhren für Licht und Radio, Briefkasten leeren lassen.
* Keine Urlaubsgrüße in Echtzeit in sozialen Netzwerken.
* Fenster und Terrassentüren immer verriegeln, auch gekippte Fenster sind offene Fenster.
* Wertsachen in einen Tresor oder ein Bankschließfach.

Und wenn es doch passiert: Sofort die Polizei rufen, nichts anfassen, dann uns
informieren. Eine Liste der gestohlenen Sachen (Stehlgutliste) brauchen Polizei und wir.

Unser Tipp: Fotografieren Sie Schmuck, Technik und Fahrräder schon jetzt und notieren
Sie Seriennummern. Das spart im Schadenfall viel Zeit.

Sommerliche Grüße
Ihr Falkenried-Team

Abmelden: https://www.falkenried-versicherung.example/kundenbrief/abmelden
"""
    return M('Falkenried Kundenbrief <kundenbrief@' + DOM + '>', 'Kundenbrief <kundenbrief-liste@lists.' + DOM + '>',
             'Urlaubszeit ist Einbruchszeit – 4 Tipps für Ihr Zuhause', '2026-07-01 06:45', text=text,
             charset='iso-8859-1', cte='quoted-printable', headers=[('Precedence', 'bulk')])


@mail('NORMAL', 'en', 'insurer-to-customer',
      'grey: answer to a contact-form question from someone with no contract mentioned; general procedure only')
def n_contact_broken_window():
    text = """Dear Mr Fairbanks,

thank you for your message via our contact form.

How to report a broken window: if you have household or buildings cover with us, you
can report the damage online at www.falkenried-versicherung.example/en/claims or call
us on +49 40 8851-0 (Mon-Fri 8am-6pm). Please have your policy number ready and take a
few photos before the window is repaired.

Whether glass breakage is covered depends on your policy: it is an optional add-on
("Glas") in both household and buildings insurance. If you rent your flat, the window
itself is usually insured by your landlord.

If you are not yet insured with us and would like an offer, just reply to this e-mail.

Kind regards,

""" + sig('ma', 'en') + '\n\n' + FOOT_EN + '\n'
    return M(who('ma'), 'Liam Fairbanks <liam.fairbanks@inboxly.example>', 'Re: Contact form: broken window – what do I do?',
             '2026-11-02 11:47', text=text, cte='8bit')


@mail('NORMAL', 'en', 'insurer-to-broker',
      'release notes of the broker portal, no client data')
def n_broker_portal_release():
    text = """Dear partners,

version 4.8 of the Falkenried broker portal goes live on Saturday, 14 March 2026.
The portal will be unavailable from 6:00 to 10:00 am.

What's new
- Claims photo upload: you can now upload up to 30 photos per claim directly from
  your phone (JPEG/HEIC, max. 15 MB each).
- Two-factor sign-in becomes mandatory for firm administrators from 1 April.
- Electronic broker post: documents can be acknowledged in bulk; your broker
  management software can use the new "acknowledge" call of the API.
- Search by registration number in motor now also finds former vehicles.

Fixed
- Export of commission statements to CSV showed wrong decimal separators.
- Session timeout now warns you two minutes before you are signed out.

Questions? Reply to this e-mail or call the broker hotline on +49 40 8851-3100.

Kind regards,
Lukas Feldmann
Broker Support
"""
    return M(who('lf'), 'Broker newsletter <broker-news@lists.' + DOM + '>', 'Broker portal 4.8 – release notes',
             '2026-03-09 08:00', text=text)


@mail('NORMAL', 'de', 'internal',
      'trap: legal-expenses statistics by area of law incl. criminal, social and medical-liability law, counts and amounts only')
def n_rs_statistik():
    rows = [['Rechtsgebiet', 'Neue Fälle 2025', 'Anteil %', 'Ø Kosten je Fall EUR', 'Veränderung ggü. 2024 %'],
            ['Arbeitsrecht', 4120, 27.1, 2380, 6.2],
            ['Verkehrsrecht (Zivil)', 3310, 21.8, 1540, -1.4],
            ['Vertrags- und Sachenrecht', 2870, 18.9, 1920, 3.3],
            ['Wohnungs- und Grundstücksrecht', 1980, 13.0, 2210, 4.8],
            ['Sozialrecht', 910, 6.0, 1650, 11.9],
            ['Straf- und Ordnungswidrigkeitenrecht', 1240, 8.2, 1370, 2.0],
            ['Arzthaftung', 160, 1.1, 6890, 9.6],
            ['Familien- und Erbrecht (Beratung)', 590, 3.9, 310, 0.5],
            ['gesamt', 15180, 100.0, 2010, 3.9]]
    text = """Hallo Henrik,

für die Vorstandsvorlage hier die Auswertung der Rechtsschutzfälle 2025 nach
Rechtsgebieten (Blatt 1) und die Top-5-Streitgegenstände im Arbeitsrecht (Blatt 2).

Auffällig: Sozialrecht +11,9 % (v. a. Erwerbsminderungsrenten und Pflegegrade) und
Arzthaftung mit den höchsten Durchschnittskosten. Die Zahlen sind aggregiert, keine
Einzelfälle.

Gruß
Gesa
"""
    top = [['Streitgegenstand Arbeitsrecht', 'Fälle'], ['Kündigung (betriebsbedingt)', 1510],
           ['Kündigung (verhaltens-/personenbedingt)', 980], ['Zeugnis', 620], ['Vergütung/Überstunden', 590],
           ['Abmahnung', 420]]
    return M(who('gs'), who('ha'), 'Auswertung RS-Fälle 2025 nach Rechtsgebiet', '2026-01-27 17:05', text=text,
             atts=[A_xlsx('RS_Faelle_2025_Rechtsgebiete.xlsx', [('Rechtsgebiete', rows), ('Arbeitsrecht Top 5', top)])])


@mail('NORMAL', 'en', 'insurer-to-partner',
      'trap: anonymised case study (age band, injury described) for a claims training course; no identifiable person')
def n_case_study_training():
    lines = ['# Case study 3: cyclist versus opening car door (anonymised)', '',
             'Prepared for the Claims Academy module "Liability and personal injury", 2026 cohort.',
             'All names, places and dates have been removed or changed. Do not try to re-identify.', '',
             '# Facts',
             'A parked car in a busy city street. The driver opens the door without looking; a cyclist',
             '(age band 40-49) hits the door and falls onto the road.', '',
             '# Injuries and course',
             'Fracture of the right wrist (distal radius), treated surgically; abrasions. Off work for nine',
             'weeks; physiotherapy for four months. Residual reduced grip strength.', '',
             '# Questions for the group',
             '1. Is there contributory negligence by the cyclist (no helmet, speed)?',
             '2. Which heads of damage do you expect (pain and suffering, loss of earnings, household',
             '   management, medical expenses not covered by the health insurer)?',
             '3. How would you reserve the case at first notification and after six months?', '',
             '# Model answer', 'Will be handed out in the session.']
    text = """Dear Dr Hughes,

as promised, the third case study for the Claims Academy module. It's based on a real
claim but fully anonymised by our data protection officer: no names, places or dates,
age band only, and the claim number has been removed.

Looking forward to the session on 8 October.

Best regards,
Melanie Ostrowski
Liability Claims, Falkenried Versicherung AG
"""
    return M(who('mo'), 'Dr Alun Hughes <a.hughes@claims-academy.example>', 'Claims Academy – case study 3 (anonymised)',
             '2026-09-22 14:40', text=text, atts=[A_pdf('Case_study_3_cyclist_car_door.pdf', lines, title='Case study 3')])


@mail('NORMAL', 'de', 'internal',
      'trap: website FAQ draft on road accidents with injured persons as an HTML attachment, no person')
def n_faq_verletzte_html():
    faq = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>FAQ Verkehrsunfall mit Verletzten</title></head>
<body>
<h1>Verkehrsunfall mit Verletzten – Ihre Fragen</h1>
<h2>Ich wurde bei einem Unfall verletzt, den jemand anderes verursacht hat. An wen wende ich mich?</h2>
<p>An die Kfz-Haftpflichtversicherung des Unfallverursachers. Ist das die Falkenried, melden Sie sich unter 040 8851-0.</p>
<h2>Welche Unterlagen brauchen Sie von mir?</h2>
<p>Ärztliche Atteste, ggf. Krankenhausberichte, Nachweise über Verdienstausfall und Fahrtkosten zu Behandlungen.
Bitte senden Sie diese über unser SecureMail-Portal, nicht per einfacher E-Mail.</p>
<h2>Bekomme ich Schmerzensgeld?</h2>
<p>Wenn Sie verletzt wurden und den Unfall nicht (allein) verursacht haben, ja. Die Höhe hängt von Art und Dauer der
Verletzung ab.</p>
<h2>Ich habe den Unfall selbst verursacht und bin verletzt.</h2>
<p>Dann hilft Ihnen Ihre eigene Unfallversicherung, falls vorhanden. Die Kfz-Haftpflicht zahlt nur für die Schäden anderer.</p>
</body></html>
"""
    text = """Hi Katrin,

anbei der Entwurf für die neue FAQ-Seite "Verkehrsunfall mit Verletzten" als HTML, so
wie das CMS es erwartet. Fachlich ist das mit Hauke abgestimmt. Kannst du noch einmal
sprachlich drübergehen? Wir wollen im Juni live.

Danke
Jana
"""
    return M(who('jk'), who('ks'), 'FAQ-Entwurf Verkehrsunfall mit Verletzten', '2026-05-05 12:33', text=text,
             atts=[A_html('faq_unfall_verletzte_entwurf.html', faq)])


@mail('NORMAL', 'de', 'insurer-to-supplier',
      'framework agreement with a body shop network, hourly rates and terms only')
def n_werkstatt_rahmenvertrag():
    text = """Sehr geehrte Frau Lindner,

anbei, wie besprochen, unsere Eckpunkte für die Verlängerung des Rahmenvertrags
Schadensteuerung ab 01.01.2027:

Stundenverrechnungssätze (netto):
  Mechanik / Elektrik          138,00 EUR   (bisher 129,00 EUR)
  Karosserie                   142,00 EUR   (bisher 133,00 EUR)
  Lackierung                   151,00 EUR   (bisher 140,00 EUR)
  Lackmaterial                 Indexverfahren unverändert

Leistungen:
  - Hol- und Bringservice im Umkreis von 25 km kostenfrei
  - Ersatzfahrzeug ab Reparaturbeginn, mindestens Klasse "Kompakt"
  - Reinigung innen/außen
  - 3 Jahre Garantie auf die Reparatur
  - Abrechnung ausschließlich elektronisch über das Dienstleisterportal

Neu: Für E-Fahrzeuge verlangen wir den Nachweis der HV-Qualifikation für mindestens
zwei Mitarbeitende je Standort.

Über die Lackiersätze möchten wir noch sprechen. Vorschlag: 6. Oktober, 14 Uhr, bei
Ihnen in Norderstedt.

Mit freundlichen Grüßen

""" + sig('sk') + '\n\n' + FOOT_DE + '\n'
    return M(who('sk'), 'Anja Lindner <a.lindner@autohaus-lindner.example>', 'Rahmenvertrag Schadensteuerung 2027 – unsere Eckpunkte',
             '2026-09-08 10:55', text=text, cte='8bit')


@mail('NORMAL', 'en', 'insurer-to-partner',
      'question to a motor insurers\' bureau about procedure, no claim or person')
def n_mib_procedure():
    text = """Dear colleagues,

a procedural question before we change our internal guidance.

When a German resident is hit by an uninsured vehicle registered in your country, our
understanding is that the claimant first applies to the compensation body in Germany,
which then seeks reimbursement from your bureau. Could you confirm:

1. Do you accept claim files in English with German-language annexes, or do you
   require certified translations of police and medical documents?
2. What is your current average time for reimbursing a compensation body?
3. Is there a secure channel for medical documents, or do you expect them by post?

We are not asking about a specific case; we are updating our handbook for claims
handlers.

Many thanks,
Petra Nowak

""" + sig('pn', 'en') + '\n\n' + FOOT_EN + '\n'
    return M(who('pn'), 'Information desk <info@motor-bureau-nl.example>', 'Procedure: claims involving uninsured vehicles',
             '2026-02-17 09:44', text=text)


@mail('NORMAL', 'de', 'insurer-to-authority',
      'cooperation with the fire brigade on a fire-safety week, no person or claim')
def n_feuerwehr_brandschutzwoche():
    text = """Sehr geehrter Herr Brandamtsrat Husmann,

vielen Dank für das gute Gespräch am Montag. Wir beteiligen uns gern an der
Brandschutzwoche im September und bestätigen:

- 400 Rauchwarnmelder (mit 10-Jahres-Batterie) für die Aktion in den Kitas
- den Druck von 5.000 Flyern "Küchenbrand – kein Wasser auf brennendes Fett"
- einen Infostand mit unseren Schadenverhütungsberatern am 19.09. auf dem Rathausmarkt

Für die Flyer bräuchten wir bis 31.07. Ihr Logo und eine Freigabe des Textes. Die
Zahlen aus unserer Schadenstatistik (Brandschäden in Wohngebäuden nach Ursache,
Hamburg, 2023-2025) hänge ich Ihnen als Übersicht an; darin sind keine einzelnen
Schäden enthalten.

Mit freundlichen Grüßen

""" + sig('ks') + '\n\n' + FOOT_DE + '\n'
    rows = [['Ursache', '2023', '2024', '2025', 'Ø Schaden EUR 2025'],
            ['Küche / Herd / Fettbrand', 412, 398, 431, 18400], ['Elektrogeräte, Akkus', 286, 322, 367, 14900],
            ['Kerzen, Adventskranz', 119, 101, 97, 9800], ['Rauchen', 74, 69, 62, 21700],
            ['Brandstiftung (unbekannte Täter)', 38, 41, 35, 46200], ['Sonstiges / unbekannt', 155, 147, 160, 12300]]
    return M(who('ks'), 'Thomas Husmann <thomas.husmann@feuerwehr-hansestadt.example>', 'Brandschutzwoche September – unsere Zusagen',
             '2026-07-08 15:15', text=text, atts=[A_ods('Brandschaeden_Hamburg_2023-2025.ods', [('Ursachen', rows)])])


@mail('NORMAL', 'de', 'insurer-to-customer',
      'portal registration link, second mail of the registration, no content')
def n_portal_registrierung():
    text = """Guten Tag,

Sie haben bereits eine E-Mail mit Ihrem Einmal-Passwort erhalten. Bitte schließen Sie
die Registrierung für Ihr SecureMail-Postfach über diesen Link ab:

https://securemail.falkenried-versicherung.example/register?t=Q2hVb0ZxN3ZZa2xQ

So geht es weiter:
1. E-Mail-Adresse und Einmal-Passwort eingeben
2. Namen, neues Passwort und Sicherheitsfrage festlegen
3. neu anmelden

Der Link ist 7 Tage gültig. Falls Sie kein Postfach erwartet haben, können Sie diese
E-Mail ignorieren.

Falkenried Versicherung AG – SecureMail-Service
"""
    return M('Falkenried SecureMail <securemail-noreply@' + DOM + '>', 'tanja.hoffmann@web-post.example',
             'SecureMail: Registrierung abschließen', '2026-03-02 10:04', text=text)


@mail('NORMAL', 'en', 'insurer-to-company',
      'automatic certificate answer: the insurer sends its public certificate, no content')
def n_cert_answer():
    text = """This is an automatic answer to your certificate request.

The S/MIME certificate of claims.motor@falkenried-versicherung.example is attached to
the signature of this message. Import it into your mail program to send encrypted
e-mail to this address.

Fingerprint (SHA-256):
 4C:19:7A:E2:0B:91:3F:66:D8:25:AF:10:7C:E4:52:98:
 11:6B:3D:C0:9E:77:24:F1:5A:08:BB:63:C2:4D:90:1E
Valid until: 2028-01-31

Certificate directory: https://certificates.falkenried-versicherung.example/

Falkenried Versicherung AG
"""
    return M('Kfz-Schaden <claims.motor@' + DOM + '>', 'pki-admin@hartmann-logistik.example', 'Re: [ZERTIFIKAT]',
             '2026-01-14 08:03', text=text, charset='us-ascii', cte='7bit', headers=[('Auto-Submitted', 'auto-replied')])


@mail('NORMAL', 'de', 'internal',
      'trap: data-protection reminder listing health words that must not go by plain mail; examples are generic')
def n_datenschutz_hinweis():
    text = """Liebe Kolleginnen und Kollegen in der Sach-, Kfz-, Haftpflicht- und Rechtsschutz-
Schadenbearbeitung,

auch in "unseren" Sparten landen immer wieder Gesundheitsdaten in E-Mails. Typische
Beispiele aus den letzten Wochen (anonymisiert):

- ein Kunde erklärt die verspätete Schadenmeldung mit einem Krankenhausaufenthalt
- ein Anspruchsteller schickt ein Attest über eine HWS-Distorsion
- in einer Stehlgutliste steht ein Hörgerät oder eine Insulinpumpe
- ein Reiserücktritt wird mit einer Schwangerschaftskomplikation begründet
- im Rechtsschutz geht es um eine Kündigung während einer Arbeitsunfähigkeit

All das sind Gesundheitsdaten (Art. 9 DSGVO). Solche E-Mails bitte nur verschlüsselt
oder über das Portal beantworten und beim Zitieren der Kundenmail daran denken, dass
der zitierte Text mitgeht. Das Gateway prüft zwar, aber verlassen sollten wir uns
nicht darauf.

Fragen gern an mich.

Nadine Lorenz
Datenschutzbeauftragte

""" + FOOT_SHORT + '\n'
    return M(who('nl'), team('schaden-alle', 'Schaden alle Sparten'), 'Hinweis: Gesundheitsdaten auch in Sach- und Kfz-Schäden',
             '2026-03-02 08:15', text=text)


@mail('NORMAL', 'en', 'internal',
      'trap: fraud committee minutes on patterns (staged accidents, inflated injuries), no individual case')
def n_fraud_minutes():
    text = """Minutes - Claims Fraud Committee, 3 June 2026

Present: A. Voigt (chair), P. Nowak, H. Wendt, T. Reinhardt, N. Lorenz
Minutes: P. Nowak

1. Staged accidents
   Seven motor claims flagged in Q1 by the network analysis (same witnesses, same
   towing firm). Referred to the external investigators. Pattern: older vehicles,
   rear-end collisions at night, three or four occupants all claiming neck injuries.

2. Inflated injury claims
   We see more standardised medical certificates from a small number of practices.
   Decision: no blanket rejection; handlers request the original treatment records
   where the certificate does not match the accident mechanics.

3. Household: bicycle theft
   Receipts from the same online shop for high-end e-bikes in unrelated claims.
   T. Reinhardt checks with the shop.

4. Data protection
   N. Lorenz reminds everyone that the committee discusses patterns, not people. Case
   details stay in the claims system; no names in minutes or slides.

Next meeting: 2 September 2026.
"""
    return M(who('pn'), team('fraud-committee', 'Claims Fraud Committee'), 'Minutes fraud committee 3 June',
             '2026-06-05 12:01', text=text, cte='7bit', charset='us-ascii')


@mail('NORMAL', 'de', 'internal',
      'hail deployment plan of field assessors by region as ODS, staff and places only')
def n_hagel_einsatzplan_ods():
    rows = [['Hagelzentrum', 'Adresse', 'Zeitraum', 'Sachverständige', 'Kapazität Fzg./Tag'],
            ['Eutin', 'Messeplatz, Plöner Str. 2', '29.06.-17.07.', 'Paulsen, Dreesen, Kiwitt', 140],
            ['Neustadt i. H.', 'Parkplatz Strandhalle', '30.06.-17.07.', 'Ahlers, Brügmann', 110],
            ['Oldenburg i. H.', 'Autohof Göhler Str.', '01.07.-10.07.', 'Voss, Tamm, Ritter', 150]]
    text = """Moin,

anbei der Einsatzplan für die Hagelzentren ab Montag (ODS, weil die Leute draußen mit
LibreOffice arbeiten). Bitte prüft, ob eure Urlaube korrekt berücksichtigt sind.

Übernachtung ist im Hotel am Eutiner See gebucht, Abrechnung über Reisekosten.

Gruß
Dennis
"""
    return M(who('dp'), team('sv-aussendienst', 'Sachverständige Außendienst'), 'Einsatzplan Hagelzentren ab 29.06.',
             '2026-06-28 18:20', text=text, atts=[A_ods('Einsatzplan_Hagelzentren.ods', [('Einsatzplan', rows)])])


@mail('NORMAL', 'en', 'newsletter',
      'winter driving tips for English-speaking customers, multipart/alternative')
def n_newsletter_winter_en():
    text = """Falkenried News for International Customers - Winter 2026

DRIVING IN GERMANY IN WINTER: WHAT THE LAW SAYS

* Winter tyres ("M+S" with the alpine symbol) are compulsory when there is snow, ice
  or slush. Driving without them costs a fine and can reduce your own cover.
* Clear ALL the snow off your car, including the roof.
* Keep an ice scraper, a blanket and a warning vest in the car.

If you have an accident
1. Secure the scene, switch on the hazard lights.
2. If anyone is hurt, call 112.
3. Exchange names, addresses and insurance details. Take photos.
4. Call us: +49 40 8851-0 (English spoken).

Unsubscribe: https://www.falkenried-versicherung.example/en/newsletter/unsubscribe
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<h2>Driving in Germany in winter: what the law says</h2>
<ul><li>Winter tyres (&quot;M+S&quot; with the alpine symbol) are compulsory when there is snow, ice or slush.</li>
<li>Clear <b>all</b> the snow off your car, including the roof.</li>
<li>Keep an ice scraper, a blanket and a warning vest in the car.</li></ul>
<h3>If you have an accident</h3>
<ol><li>Secure the scene, switch on the hazard lights.</li><li>If anyone is hurt, call 112.</li>
<li>Exchange names, addresses and insurance details. Take photos.</li>
<li>Call us: +49 40 8851-0 (English spoken).</li></ol>
<p><small><a href="https://www.falkenried-versicherung.example/en/newsletter/unsubscribe">Unsubscribe</a></small></p>
</body></html>
"""
    return M('Falkenried International <international-news@' + DOM + '>', 'International customers <intl-list@lists.' + DOM + '>',
             'Winter driving in Germany – the rules', '2026-11-20 07:15', text=text, html=html,
             charset='us-ascii', cte='7bit', html_charset='us-ascii', html_cte='7bit', headers=[('Precedence', 'bulk')])


# ---------------------------------------------------------------- NORMAL (3)

@mail('NORMAL', 'de', 'insurer-to-supplier',
      'fee table for motor damage appraisals sent to an assessor firm, company data only')
def n_gutachter_honorar_xlsx():
    rows = [['Schadenhöhe netto bis EUR', 'Grundhonorar EUR', 'Nebenkosten pauschal EUR', 'Fotos je Stück EUR'],
            [500, 265, 45, 2.5], [1000, 320, 45, 2.5], [2500, 410, 55, 2.5], [5000, 530, 55, 2.5],
            [10000, 690, 65, 2.5], [20000, 880, 75, 2.5], [50000, 1240, 85, 2.5]]
    text = """Sehr geehrter Herr Haller,

wie telefonisch angekündigt erhalten Sie anbei unsere Honorartabelle für
Kfz-Schadengutachten ab 01.04.2026. Gegenüber 2025 steigen die Grundhonorare um
durchschnittlich 4 %, Fahrtkosten werden weiterhin mit 0,70 EUR/km ab Bürositz
abgerechnet.

Bitte beachten Sie, dass wir Kurzgutachten bis 1.000 EUR künftig nur noch als
Kostenvoranschlag mit Fotos akzeptieren.

Für Rückfragen erreichen Sie mich unter der unten stehenden Nummer.

Mit freundlichen Grüßen

""" + sig('sk') + '\n\n' + FOOT_DE + '\n'
    return M(who('sk'), 'Matthias Haller <m.haller@sv-buero-haller.example>', 'Honorartabelle Kfz-Gutachten ab 01.04.2026',
             '2026-03-18 11:40', text=text,
             atts=[A_xlsx('Honorartabelle_Kfz_2026.xlsx', [('Honorar', rows)], title='Honorartabelle 2026')])


@mail('NORMAL', 'de', 'insurer-to-partner',
      'trap: statement to an industry association on pain-and-suffering ranges per injury type, no person')
def n_verband_schmerzensgeld():
    text = """Sehr geehrte Frau Dr. Kessler,

zu Ihrer Umfrage unter den Mitgliedsunternehmen zur "Orientierung Schmerzensgeld 2026"
nehmen wir wie folgt Stellung.

Die Spannen, die wir in der Kfz- und Allgemeinen Haftpflicht derzeit außergerichtlich
zahlen, liegen in etwa bei:

  HWS-Distorsion, Beschwerden bis 4 Wochen .............. 500 - 1.500 EUR
  HWS-Distorsion, Beschwerden über 3 Monate ............. 2.000 - 4.500 EUR
  Unterarmfraktur, operativ versorgt, folgenlos ......... 4.000 - 7.000 EUR
  Sprunggelenksfraktur mit Dauerschaden ................. 12.000 - 25.000 EUR
  Schädel-Hirn-Trauma I. Grades ......................... 1.500 - 3.500 EUR

Wir halten eine Verbandsempfehlung mit festen Beträgen nicht für sinnvoll, weil die
Gerichte zunehmend die Dauer der Beeinträchtigung taggenau berücksichtigen. Eine
Übersicht über Spannen und Tendenzen würden wir aber begrüßen.

Einzelfälle oder Daten von Geschädigten geben wir im Rahmen der Umfrage nicht weiter.

Mit freundlichen Grüßen

""" + sig('mo') + '\n\n' + FOOT_DE + '\n'
    return M(who('mo'), 'Dr. Birgit Kessler <b.kessler@verband-haftpflicht.example>', 'Umfrage Orientierung Schmerzensgeld 2026 – Stellungnahme Falkenried',
             '2026-10-13 16:50', text=text)


@mail('NORMAL', 'de', 'internal',
      'trap: blank travel claim form with empty fields for diagnosis and treating doctor, ODT')
def n_formular_reise_odt():
    blocks = [('h', 'Schadenanzeige Reiserücktritt / Reiseabbruch (Formular R-01, Stand 2026)'),
              'Versicherungsnummer: ______________________   Schadennummer (falls bekannt): ______________',
              'Versicherte Person: Name, Vorname ____________________________  Geburtsdatum __________',
              'Reiseziel: ______________________   Reisezeitraum: _______________   Reisepreis: __________ EUR',
              ('h', 'Grund der Stornierung / des Abbruchs'),
              '[ ] unerwartete schwere Erkrankung   [ ] Unfallverletzung   [ ] Tod eines Angehörigen',
              '[ ] Arbeitsplatzverlust   [ ] Schaden am Eigentum   [ ] Sonstiges: _______________',
              ('h', 'Nur bei Erkrankung oder Unfall (vom Arzt auszufüllen)'),
              ('t', [['Diagnose (ICD-10)', '__________________'], ['Beginn der Erkrankung', '__________________'],
                     ['Behandelnde Ärztin / behandelnder Arzt', '__________________'],
                     ['Reiseunfähigkeit ab', '__________________']]),
              'Hinweis: Die ärztliche Bescheinigung senden Sie bitte direkt an unseren medizinischen Dienst '
              '(Portal oder Post), nicht per E-Mail.',
              'Ort, Datum, Unterschrift ______________________________']
    text = """Hallo Rana,

das Formular R-01 in der überarbeiteten Fassung, als ODT für die Druckerei (die
wollen kein Word). Änderungen: Feld "Geburtsdatum" nach oben, Hinweis zum Portal neu.

Bitte einmal durchsehen, dann geht es raus.

LG Sophie
"""
    return M(who('sb'), who('rk'), 'Formular R-01 neu (ODT)', '2026-02-03 14:05', text=text,
             atts=[A_odt('R-01_Schadenanzeige_Reise_2026.odt', blocks, title='Formular R-01')])


@mail('NORMAL', 'de', 'internal',
      'trap: synthetic test data for the claims system ("Max Mustermann (fiktiv)", published example IBAN), CSV')
def n_testdaten_csv():
    rows = [['testfall', 'name', 'geburtsdatum', 'iban', 'sparte', 'schadenart', 'erwartet'],
            ['TF-01', 'Max Mustermann (fiktiv)', '01.01.1980', IB['muster'], 'Hausrat', 'Einbruchdiebstahl', 'Zahlung freigeben'],
            ['TF-02', 'Erika Mustermann (fiktiv)', '12.08.1964', IB['muster'], 'Kfz-Kasko', 'Glasbruch', 'Direktabrechnung Werkstatt'],
            ['TF-03', 'Testkunde Drei (fiktiv)', '29.02.2000', '', 'Haftpflicht', 'Personenschaden Dritter', 'Routing Personenschaden'],
            ['TF-04', 'Testkundin Vier (fiktiv)', '31.12.1955', IB['muster'], 'Reise', 'Reiserücktritt Krankheit', 'Routing Med. Dienst']]
    text = """Hi Ben,

für den Integrationstest des neuen Zahlungsmoduls hier die Testfälle. Alle Personen
sind erfunden, die IBAN ist die öffentlich bekannte Beispiel-IBAN aus der Doku der
Bankenverbände. Bitte nur in der Testumgebung einspielen.

TF-03 und TF-04 prüfen das neue Routing (Personenschaden / Medizinischer Dienst).

Gruß
Ewa

""" + sig('ez') + '\n'
    return M(who('ez'), who('bh'), 'Testfälle Zahlungsmodul (fiktive Daten)', '2026-04-21 09:25', text=text,
             atts=[A_csv('testfaelle_zahlung_fiktiv.csv', rows)])


@mail('NORMAL', 'de', 'insurer-to-supplier',
      'framework terms with a water-damage drying company, no customer')
def n_trocknung_rahmen():
    text = """Hallo Herr Yıldırım,

danke für das Angebot. Für die Aufnahme in unser Dienstleisternetz brauchen wir noch:

1. Nachweis der Betriebshaftpflicht (Deckungssumme mind. 3 Mio. EUR)
2. Liste der eingesetzten Trocknungsgeräte mit Stromverbrauch, damit wir den
   Stromkostenersatz für unsere Kunden pauschalieren können
3. Reaktionszeit: Ersteinsatz innerhalb von 24 Stunden nach Auftrag, am Wochenende
   innerhalb von 48 Stunden
4. Messprotokolle (Leckageortung und Trocknung) als PDF im Dienstleisterportal

Ihre Preise für Leckageortung (Pauschale 390 EUR) und Trocknung (Tagessatz je Gerät
14,50 EUR) passen. Die Anfahrtspauschale von 85 EUR können wir nur bis 30 km
akzeptieren.

Wenn alles da ist, schicke ich Ihnen den Vertrag zur Unterschrift.

Viele Grüße
Stefan Krämer

""" + sig('sk') + '\n'
    return M(who('sk'), 'Kemal Yıldırım <k.yildirim@trockenteam-nord.example>', 'AW: Angebot Leckageortung und Trocknung',
             '2026-08-12 13:13', text=text)


@mail('NORMAL', 'de', 'insurer-to-broker',
      'trap: webinar invitation "dismissal due to illness – what legal expenses cover pays", general topic, calendar file')
def n_webinar_kuendigung_krankheit():
    cal = ics('webinar-rs-2026-10', '2026-10-21 16:00', '2026-10-21 17:00',
              'Webinar: Krankheitsbedingte Kündigung – was zahlt der Rechtsschutz?', 'Online (Link folgt)',
              'Referent: Dr. Henrik Albers. Themen: Wartezeiten, Deckung bei Kündigung während Arbeitsunfähigkeit, '
              'BEM-Verfahren, Abfindungsvergleiche, Beispielrechnungen Anwaltskosten.',
              organizer=('Lukas Feldmann', addr('lf')))
    text = """Liebe Vertriebspartner,

Ihre Kundinnen und Kunden fragen immer häufiger: "Ich bin lange krank, jetzt kommt die
Kündigung – zahlt meine Rechtsschutzversicherung?"

In unserem Webinar am 21. Oktober (16-17 Uhr) erklärt Dr. Henrik Albers aus unserer
Rechtsschutz-Leistungsabteilung, worauf es ankommt: Wartezeit, Eintritt des
Rechtsschutzfalls, betriebliches Eingliederungsmanagement, Abfindungen.

Anmeldung mit der angehängten Kalenderdatei oder im Maklerportal.

Viele Grüße
Lukas Feldmann
"""
    return M(who('lf'), 'Maklerverteiler Nord <makler-nord@lists.' + DOM + '>',
             'Webinar 21.10.: Krankheitsbedingte Kündigung – was zahlt der Rechtsschutz?', '2026-09-29 10:00', text=text,
             atts=[A_ics('Webinar_RS_2026-10-21.ics', cal)])


@mail('NORMAL', 'de', 'internal',
      'one-line reply confirming a room booking, quoted thread about a meeting room')
def n_passt_danke():
    text = """Passt, danke!

Gesendet von meinem iPhone

""" + outlook_de('Wendt, Hauke', 'Donnerstag, 5. März 2026 16:02', 'Kowalczyk, Jana', 'Raum für Dienstag?') + """
Hab 4.12 für Di 9-11 Uhr geblockt, Beamer is kaputt, ich bring meinen Laptop mit
dem HDMI-Adapter mit.

Hauke

""" + outlook_de('Kowalczyk, Jana', 'Donnerstag, 5. März 2026 15:40', 'Wendt, Hauke', 'Raum für Dienstag?') + """
Kannst du uns für Dienstag einen Raum besorgen? Wir sind zu sechst.
"""
    return M(who('jk'), who('hw'), 'AW: Raum für Dienstag?', '2026-03-05 16:09', text=text, cte='8bit',
             mailer='iPhone Mail (21E236)')


@mail('NORMAL', 'de', 'internal',
      'trap: underwriting analysis of water-damage losses by building age with euro amounts, aggregates only')
def n_leitungswasser_baujahr():
    text = """Hallo Tobias,

hier die Auswertung, um die du für die Tarifierungsrunde gebeten hattest:
Leitungswasserschäden Wohngebäude 2021-2025 nach Baujahr.

Baujahr        Verträge   Schäden/1.000   Ø Schaden EUR   Schadenquote
vor 1950         18.420        71,3           6.840          94 %
1950-1969        24.980        64,8           6.120          87 %
1970-1989        31.550        52,1           5.410          71 %
1990-2009        40.110        33,6           4.980          52 %
ab 2010          22.870        19,2           5.730          38 %

Die Altbauten vor 1970 sind klar das Problem, v. a. verzinkte Stahlrohre. Vorschlag
aus dem Team: Zuschlag ab Baujahr < 1970 ohne nachgewiesene Strangsanierung und eine
Leitungswasser-Selbstbeteiligung von 500 EUR als Option.

Die Rohdaten (ohne Namen und Adressen, nur PLZ-Bereich) liegen im Analyseordner.

Grüße
Dennis

""" + sig('dp') + '\n'
    return M(who('dp'), who('tr'), 'Auswertung LW-Schäden nach Baujahr für Tarifierung', '2026-10-27 14:18', text=text)


@mail('NORMAL', 'en', 'internal',
      'trap: claims department budget with aggregated reserves and payments as ODS, no person')
def n_budget_ods():
    rows = [['Cost centre', 'Budget 2026 EUR', 'Actual Jan-Sep EUR', 'Forecast 2026 EUR', 'Comment'],
            ['Motor claims handling', 8400000, 6210000, 8350000, ''],
            ['Property claims handling', 6100000, 5020000, 6600000, 'storm Ylva, hail June'],
            ['Liability incl. bodily injury experts', 2300000, 1790000, 2400000, 'more medical opinions'],
            ['Legal expenses claims', 3100000, 2260000, 3050000, ''],
            ['Travel claims incl. medical service', 1250000, 1010000, 1330000, 'assistance contract index'],
            ['External assessors', 4700000, 3890000, 5200000, ''],
            ['Total', 25850000, 20180000, 26930000, '']]
    text = """Hi Andreas,

the Q3 forecast for the claims cost centres is attached (ODS, our finance tool exports
nothing else). We'll end about EUR 1.1m over budget, mostly the property side after
the two weather events and the external assessors.

Let me know if you want the split by month for the board pack.

Best,
Ewa
"""
    return M(who('ez'), who('av'), 'Claims cost centres – Q3 forecast', '2026-10-05 17:40', text=text,
             atts=[A_ods('claims_cost_centres_Q3_2026.ods', [('Forecast', rows)], title='Q3 forecast')])


@mail('NORMAL', 'en', 'insurer-to-partner',
      'trap: press enquiry answered with average burst-pipe claim amounts and counts, no person')
def n_press_burst_pipes():
    text = """Dear Ms Carver,

thanks for your enquiry for the Hamburg Expat Weekly piece on frozen pipes.

- Last winter (Dec 2025 - Feb 2026) our customers reported around 1,900 burst-pipe
  claims in northern Germany.
- The average claim was EUR 5,200; damage to floors and walls makes up most of it.
- The most expensive single cases were in empty holiday homes where the leak went
  unnoticed for weeks.

Our three tips for your readers:
1. Keep unheated rooms at least at 12 °C in frost.
2. If you leave for more than a few days, turn off and drain outside taps.
3. Know where your main stopcock is - before you need it.

You are welcome to quote me as "Katrin Simon, spokesperson, Falkenried Versicherung".

Best regards,
Katrin Simon

""" + sig('ks', 'en') + '\n'
    return M(who('ks'), 'Hannah Carver <hannah.carver@hamburg-expat-weekly.example>', 'Re: Press enquiry – frozen pipes',
             '2026-01-08 12:20', text=text)


@mail('NORMAL', 'en', 'insurer-to-partner',
      'trap: job advert for an English-speaking travel claims handler with salary band and medical-document wording')
def n_job_ad_travel():
    text = """Hello,

please publish the advert below in the English section from 1 February for four
weeks (order ref. FV-2026-07).

---------------------------------------------------------------------------
Claims Handler Travel Insurance (English-speaking) - Hamburg, full time

You will handle trip cancellation, baggage and travel medical claims from customers
all over Europe: check booking documents, medical certificates and foreign hospital
bills, talk to assistance partners and decide on payment.

You bring: 2+ years in insurance or travel, fluent English and good German (B2),
ideally a further language. Medical terminology is a plus.

We offer: EUR 46,000 - 54,000 per year depending on experience, 30 days holiday,
company health insurance, hybrid working (3 days home office).

Apply via https://karriere.falkenried-versicherung.example/jobs/2026-007
---------------------------------------------------------------------------

Thank you,
Oliver Busch
Recruiting, Falkenried Versicherung AG
"""
    return M(who('ob'), 'Job ads <ads@expat-jobs-hamburg.example>', 'Job ad order FV-2026-07: Claims Handler Travel',
             '2026-01-26 10:10', text=text, charset='us-ascii', cte='7bit')


@mail('NORMAL', 'en', 'internal',
      'grey: holiday rota of the international desk with colleagues\' names and dates, no reasons', )
def n_holiday_rota():
    rows = [['Name', 'From', 'To', 'Cover'],
            ['Claire Whitfield', '2026-07-27', '2026-08-14', 'Rana Khalil'],
            ['Rana Khalil', '2026-08-17', '2026-08-28', 'Claire Whitfield'],
            ['Tomasz Wrona', '2026-07-06', '2026-07-17', 'Claire Whitfield'],
            ['Saoirse Quinn', '2026-08-03', '2026-08-07', 'Tomasz Wrona']]
    text = """Hi team,

summer holiday rota below and attached. Please check your dates and the cover, and
tell me by Friday if something's wrong. Remember that at least two of us need to be in
every week because of the assistance calls.

Claire
"""
    return M(who('cw'), team('international-desk', 'International Desk'), 'Summer holiday rota 2026', '2026-05-19 10:31',
             text=text, atts=[A_xlsx('holiday_rota_summer_2026.xlsx', [('Rota', rows)])])


@mail('NORMAL', 'en', 'insurer-to-lawyer',
      'panel fee agreement with a law firm, rates and reporting rules, no case')
def n_panel_fees():
    text = """Dear Mr Okonkwo,

thank you for the meeting last week. As discussed, these are the terms on which we
would like to add your firm to our liability defence panel for English-language
claims against our policyholders:

- hourly rates: partner EUR 280, associate EUR 210, paralegal EUR 95 (net)
- first report within 14 days of instruction, with an assessment of liability and
  quantum and a proposed reserve
- no court proceedings without our prior written approval
- invoices quarterly via our supplier portal, time recorded in 6-minute units
- medical records and other special-category data only via our secure portal or
  encrypted e-mail, never as plain attachments

If these are acceptable, we will send the final panel agreement for signature;
the current draft is attached.

Best regards,
Melanie Ostrowski

""" + sig('mo', 'en') + '\n\n' + FOOT_EN + '\n'
    blocks = [('h', 'Panel Agreement – Liability Defence (draft 0.3)'),
              'Between Falkenried Versicherung AG, Hamburg ("Falkenried") and Okonkwo & Partners LLP ("the Firm").',
              '1. Scope. The Firm defends policyholders of Falkenried against English-language liability claims on instruction.',
              '2. Fees.', ('t', [['Grade', 'Hourly rate (net)'], ['Partner', 'EUR 280'], ['Associate', 'EUR 210'], ['Paralegal', 'EUR 95']]),
              '3. Reporting. First report within 14 days; updates every 90 days or on any significant development.',
              '4. Data protection. Special-category data (e.g. medical records) only via the Falkenried portal or encrypted e-mail.',
              '5. Term. Two years from signature, then yearly; three months\' notice.',
              '[signature blocks]']
    return M(who('mo'), 'Chidi Okonkwo <c.okonkwo@okonkwo-partners.example>', 'Panel terms – liability defence (English-language claims)',
             '2026-06-11 15:20', text=text,
             atts=[A_docx('Panel_agreement_draft_0.3.docx', blocks, title='Panel agreement draft')])


@mail('NORMAL', 'en', 'internal',
      'lessons learned after a storm event, process points only')
def n_lessons_learned():
    text = """All,

short summary of yesterday's lessons-learned session on storm Ylva:

What worked
- Pre-emptive SMS to customers in the warning area (38,000 messages) cut the phone
  queue on day 1 by about a third.
- Photo-based settlement for roof damage under EUR 2,500 without an assessor visit.

What didn't
- The online form asked for a policy number many customers didn't have at hand.
- Assessor scheduling by spreadsheet; we lost track of revisits.
- Two suppliers invoiced emergency roofing twice; finance caught it, but late.

Actions
1. Form: accept postcode + date of birth as an alternative identifier (Ben).
2. Assessor scheduling in the claims system by end of Q2 (Dennis, Ben).
3. Duplicate-invoice check for emergency suppliers (Ewa).

Andreas
"""
    return M(who('av'), team('schaden-leitung', 'Schadenleitung Sach/Kfz'), 'Ylva – lessons learned',
             '2026-03-13 08:30', text=text, cte='7bit', charset='us-ascii')


@mail('NORMAL', 'en', 'insurer-to-company',
      'TLS connectivity test with a partner\'s mail administrators, technical only')
def n_tls_test():
    text = """Hello Jonas,

as agreed we would like to enforce TLS for all mail between our domains from 1 July.
Before we switch, could you confirm the following for mx1/mx2.hartmann-logistik.example:

- TLS 1.2 or 1.3 offered, certificate issued for the MX host name
- MTA-STS policy published (we saw "mode: testing" yesterday)
- no TLS-terminating relay in between that would re-send in clear

Our side: MX hosts mx-a and mx-b.falkenried-versicherung.example, MTA-STS in enforce
mode, TLS-RPT reports go to tlsrpt@falkenried-versicherung.example.

This test message itself contains nothing confidential. Please reply with the
"Received:" headers you see on your side.

Thanks,
Ben Hartung
Claims IT / Mail gateway
"""
    return M(who('bh'), 'Jonas Albrecht <postmaster@hartmann-logistik.example>', 'TLS test before enforcement 1 July',
             '2026-06-15 13:45', text=text, charset='us-ascii', cte='7bit')


@mail('NORMAL', 'mixed', 'internal',
      'forwarded English vendor offer for telematics with German internal comments, no customer data')
def n_telematik_angebot():
    text = """Hallo Jana, hallo Hauke,

unten das Angebot von DriveSense für den Telematik-Piloten (Crash-Erkennung und
Fahrverhalten). Preislich okay, aber Punkt 3 (Datenhaltung in den USA) geht so nicht,
das hat Nadine schon angemerkt. Können wir am Mittwoch kurz drüber sprechen?

Gruß
Stefan

""" + outlook_en('Mark Sullivan <mark.sullivan@drivesense.example>', 'Monday, April 27, 2026 6:12 PM',
                 'Krämer, Stefan', 'DriveSense proposal – Falkenried telematics pilot') + """
Hi Stefan,

great talking to you. Our proposal for a 12-month pilot with 2,000 vehicles:

1. Plug-in device with crash detection (g-force) and automatic first notice of loss
   to your motor claims team within 3 minutes.
2. Driving score (braking, speeding, night driving), shown in your app.
3. Data hosting: our standard platform in us-east; EU hosting at +15 % fee.
4. Price: EUR 3.40 per vehicle per month, one-off setup EUR 25,000.

Happy to adjust. Best,
Mark
"""
    return M(who('sk'), ', '.join([who('jk'), who('hw')]), 'WG: DriveSense proposal – Falkenried telematics pilot',
             '2026-04-28 08:47', text=text, cc=who('nl'))


@mail('NORMAL', 'mixed', 'newsletter',
      'trap: bilingual newsletter on a travel first-aid kit (medicines, allergies, vaccinations) in general terms')
def n_reiseapotheke_bilingual():
    text = """Reiseapotheke – was gehört hinein? / Your travel first-aid kit

DEUTSCH
Eine gut gepackte Reiseapotheke erspart im Urlaub viele Wege:
- Mittel gegen Durchfall, Schmerzen und Fieber
- Pflaster, Desinfektionsmittel, Blasenpflaster
- Sonnenschutz und Insektenschutz
- Ihre regelmäßigen Medikamente in ausreichender Menge, im Handgepäck
Prüfen Sie rechtzeitig Ihren Impfschutz. Ihre Hausarztpraxis berät Sie.

ENGLISH
A well-packed first-aid kit saves you a lot of trouble on holiday:
- something for diarrhoea, pain and fever
- plasters, disinfectant, blister plasters
- sun cream and insect repellent
- your regular medicines in sufficient quantity, in your hand luggage
Check your vaccinations in good time. Your GP can advise you.

Falkenried Reiseschutz – 24h Notruf / 24h assistance: +49 40 8851-9999
Abmelden / Unsubscribe: https://www.falkenried-versicherung.example/newsletter/abmelden
"""
    return M('Falkenried Reiseschutz <reise-news@' + DOM + '>', 'Reise-Newsletter <reise-news-liste@lists.' + DOM + '>',
             'Reiseapotheke / Travel first-aid kit – Checkliste', '2026-06-25 06:30', text=text,
             charset='windows-1252', cte='8bit', headers=[('Precedence', 'bulk')])


@mail('NORMAL', 'mixed', 'internal',
      'bilingual agenda for a meeting with a London market syndicate, business topics only')
def n_london_agenda():
    text = """Hi Andreas,

anbei der Agenda-Entwurf für das Treffen mit dem Syndikat am 12. November. Ich habe
ihn gleich auf Englisch geschrieben, da Fiona ihn vorab bekommen soll.

---
Agenda – Falkenried / Merchant Quay Syndicate 2471, London, 12 November 2026

1. Welcome and introductions (10:00)
2. Cargo and marine book 2026: loss ratio, large losses (anonymised list)
3. Cyber SME facility: renewal terms 2027, ransomware sub-limits
4. Claims cooperation: delegated authority up to EUR 50,000, audit dates 2027
5. AOB
---

Bitte sag mir bis Freitag, ob Punkt 4 so passt oder ob du die Schadenvollmacht lieber
erst intern klären willst.

Viele Grüße
Claire
"""
    return M(who('cw'), who('av'), 'Agenda London 12.11. (EN)', '2026-10-21 17:55', text=text)


# ---------------------------------------------------------------- CONFIDENTIAL (1)

@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'grey: motor liability claim confirmation with name, plate, policy and claim number; "nobody was hurt" is no health data')
def c_kfz_haftpflicht_bestaetigung():
    text = """Sehr geehrter Herr Ilić,

vielen Dank für Ihre Schadenmeldung. Wir haben den Schaden unter der Nummer
26-K-0183342 angelegt und uns bereits mit der Gegenseite in Verbindung gesetzt.

Ihr Vertrag:        Kfz-Haftpflicht/Vollkasko, Versicherungsschein KA 41-2288710
Ihr Fahrzeug:       VW Touran, HH-DI 4417
Schadentag:         26.01.2026, Parkplatz Elbe-Einkaufszentrum
Gegnerisches Fzg.:  Opel Corsa, PI-RT 331

Nach Ihrer Schilderung sind Sie beim Ausparken gegen den hinter Ihnen stehenden Corsa
gestoßen. Den Schaden am gegnerischen Fahrzeug regulieren wir direkt mit der
Halterin. Ihren eigenen Schaden (hintere Stoßstange) können Sie über die Vollkasko
abrechnen; die Selbstbeteiligung beträgt 300 EUR. Bitte beachten Sie, dass Ihr
Schadenfreiheitsrabatt im nächsten Jahr zurückgestuft wird, es sei denn, Sie
erstatten uns den Schaden innerhalb von 6 Monaten nach unserer Abrechnung.

Mit freundlichen Grüßen

""" + sig('jk') + '\n\n' + FOOT_DE + '\n\n' + outlook_de('Dragan Ilić <dragan.ilic@mailbox.example>', 'Montag, 26. Januar 2026 19:32',
                                                      'Kfz-Schaden', 'Parkrempler heute') + """
Hallo,

ich bin heute beim Rausfahren aus der Parklücke gegen das Auto hinter mir gekommen,
war ein Corsa. Die Fahrerin und ich haben Daten getauscht, Fotos hab ich. Gott sei
Dank ist niemand verletzt worden, war nur Schrittgeschwindigkeit.

Mein Kennzeichen ist HH-DI 4417.

Gruß Dragan Ilić
"""
    return M(who('jk'), 'Dragan Ilić <dragan.ilic@mailbox.example>', 'AW: Parkrempler heute – Schaden 26-K-0183342',
             '2026-01-28 10:14', text=text, irt='<CAF8x91ab.7712@mailbox.example>')


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'household burglary settlement with customer name, claim number, IBAN for payment and a list of stolen items (XLSX)')
def c_hausrat_einbruch_zahlung():
    iban = IB['wiese']
    items = [['Pos.', 'Gegenstand', 'Anschaffung', 'Neuwert lt. Beleg EUR', 'anerkannt EUR'],
             [1, 'Notebook Lenovo ThinkPad X1', '2024', 1899.00, 1899.00],
             [2, 'Spiegelreflexkamera mit 2 Objektiven', '2021', 2340.00, 2340.00],
             [3, 'Goldkette 585, Erbstück', 'unbekannt', 1200.00, 950.00],
             [4, 'Armbanduhr Edelstahl', '2019', 480.00, 480.00],
             [5, 'Bargeld', '', 600.00, 500.00],
             [6, 'Reparatur Terrassentür (Rechnung Tischlerei)', '2026', 812.50, 812.50],
             ['', 'Summe', '', 7331.50, 6981.50]]
    text = f"""Sehr geehrte Frau Wiese,

wir haben Ihren Einbruchdiebstahl vom 3. Februar (Schadennummer 26-S-0049127,
Hausrat Komfort, Versicherungsschein HR-70-551893) abschließend geprüft.

Von den gemeldeten 7.331,50 EUR erkennen wir 6.981,50 EUR an. Die Abweichungen:
- Bargeld ist in Ihrem Tarif bis 500 EUR versichert.
- Für die Goldkette liegt kein Kaufbeleg vor; wir haben den Wert anhand Ihrer Fotos
  und des Gutachtens des Juweliers auf 950 EUR geschätzt.

Die Einzelaufstellung finden Sie im Anhang. Den Betrag überweisen wir in den nächsten
Tagen auf Ihr Konto

  IBAN {grp(iban)}
  Kontoinhaberin: Katrin Wiese

Sollten gestohlene Gegenstände wieder auftauchen, geben Sie uns bitte Bescheid.

Mit freundlichen Grüßen

""" + sig('tr') + '\n\n' + FOOT_DE + '\n'
    return M(who('tr'), 'Katrin Wiese <katrin.wiese@web-post.example>', 'Ihr Hausratschaden 26-S-0049127 – Abrechnung',
             '2026-03-09 14:30', text=text,
             atts=[A_xlsx('Abrechnung_26-S-0049127.xlsx', [('Abrechnung', items)], title='Abrechnung 26-S-0049127')])


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'household water-damage settlement letter (PDF) for an expat with claim number, amounts and IBAN')
def c_expat_water_settlement_pdf():
    iban = IB['okafor']
    lines = ['# Falkenried Versicherung AG - Claims settlement', 'Hamburg, 14 April 2026', '',
             'Mr Daniel Okafor', 'Isestrasse 88', '20149 Hamburg', '',
             'Policy: household contents HR-70-604412        Claim: 26-S-0061933',
             'Date of loss: 22 March 2026 - leaking washing machine hose', '',
             '# Settlement',
             'Rug (wool, 200 x 300 cm), replacement value                        1,150.00 EUR',
             'Sofa, cleaning and partial re-upholstery                           640.00 EUR',
             'Books and records (flat rate as agreed on the phone)              300.00 EUR',
             'Drying equipment electricity, 12 days x 2 units                    67.20 EUR',
             'Total                                                          2,157.20 EUR',
             'Deductible                                                      -150.00 EUR',
             'Payment                                                        2,007.20 EUR', '',
             'Paid to: ' + grp(iban) + ' (account holder Daniel Okafor)', '',
             'Damage to the floor and walls belongs to the building and is settled by your landlord\'s buildings insurer.',
             'Claims handler: Claire Whitfield, +49 40 8851-2790']
    text = """Dear Mr Okafor,

please find attached our settlement for your water damage claim. The payment of
EUR 2,007.20 will reach your account within three working days.

As discussed, the damage to the parquet floor is a matter for your landlord's
buildings insurer; I have sent them a copy of the drying report.

Kind regards,
Claire Whitfield

""" + sig('cw', 'en') + '\n\n' + FOOT_EN + '\n'
    return M(who('cw'), 'Daniel Okafor <d.okafor@inboxly.example>', 'Your claim 26-S-0061933 – settlement', '2026-04-14 15:05',
             text=text, atts=[A_pdf('Settlement_26-S-0061933.pdf', lines, title='Settlement 26-S-0061933')])


@mail('CONFIDENTIAL', 'de', 'insurer-to-broker',
      'status of a named family\'s storm damage to their building for their broker, with amounts and claim number')
def c_makler_gebaeude_status():
    text = """Hallo Frau Grote,

kurzer Stand zum Sturmschaden Ihrer Kunden, Eheleute Brenner (Wohngebäude
WG-33-004761, Schaden 26-S-0038820, Am Sielgraben 7, 21465 Reinbek):

- Dachdecker-Notreparatur 1.240 EUR ist bezahlt (direkt an die Firma Kröger).
- Gutachten liegt vor: Dacheindeckung Nordseite 18.900 EUR, Dachrinne 1.150 EUR.
- Der Baum gehört zum Nachbargrundstück; wir prüfen den Regress gegen den
  Nachbarn, das hat aber keinen Einfluss auf die Zahlung an Ihre Kunden.

Sobald Herr und Frau Brenner die Auftragsbestätigung des Dachdeckers schicken, zahlen
wir einen Abschlag von 15.000 EUR. Die Restzahlung nach Rechnung.

Viele Grüße
Tobias Reinhardt

""" + sig('tr') + '\n\n' + q("""Am 04.03.2026 um 09:18 schrieb Sabine Grote:
Hallo Herr Reinhardt,
meine Kunden Brenner fragen, wann es weitergeht – das Dach ist ja nur mit Planen
abgedeckt. Haben Sie schon das Gutachten?
Gruß S. Grote""") + '\n'
    return M(who('tr'), 'Sabine Grote <s.grote@maklerbuero-grote.example>', 'AW: Sturmschaden Brenner, Reinbek',
             '2026-03-04 11:52', text=text)


@mail('CONFIDENTIAL', 'de', 'insurer-to-supplier',
      'repair approval to a body shop with customer name, plate, VIN and deductible, HTML only')
def c_reparaturfreigabe_html():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Lindner,</p>
<p>für folgendes Fahrzeug erteilen wir die Reparaturfreigabe auf Basis Ihres Kostenvoranschlags KV-26-1187 vom 10.02.2026:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Schadennummer</b></td><td>26-K-0201177</td></tr>
<tr><td><b>Versicherungsnehmer</b></td><td>Herr Sebastian Haase, Tel. 0176 4410 2298</td></tr>
<tr><td><b>Fahrzeug</b></td><td>Skoda Octavia Combi, SE-SH 812</td></tr>
<tr><td><b>FIN</b></td><td>TMBJG7NE4L0123876</td></tr>
<tr><td><b>Sparte</b></td><td>Vollkasko, Selbstbeteiligung 500 EUR (bitte beim Kunden einbehalten)</td></tr>
<tr><td><b>Freigabe</b></td><td>bis 4.380,00 EUR netto, Ersatzfahrzeug Klasse Kompakt</td></tr>
</table>
<p>Mehrkosten über 10 % bitte vorab mit Fotos melden. Abrechnung über das Dienstleisterportal.</p>
<p>Mit freundlichen Grüßen<br>Hauke Wendt<br>Kfz-Schaden, Team Süd<br>Falkenried Versicherung AG<br>Telefon +49 40 8851-2239</p>
</body></html>
"""
    return M(who('hw'), 'Anja Lindner <a.lindner@autohaus-lindner.example>', 'Reparaturfreigabe 26-K-0201177 / SE-SH 812',
             '2026-02-11 09:40', html=html)


@mail('CONFIDENTIAL', 'de', 'insurer-to-assessor',
      'assessor instruction for a water-damaged building with the insured\'s name, address, phone and policy (DOCX)')
def c_gutachterauftrag_docx():
    blocks = [('h', 'Gutachterauftrag Wohngebäude'),
              ('t', [['Auftrag', 'GA-26-0712'], ['Schadennummer', '26-S-0070154'],
                     ['Versicherungsnehmerin', 'Marion Haase'], ['Risikoanschrift', 'Buchenweg 14, 22926 Ahrensburg'],
                     ['Telefon', '04102 77 31 90 (ab 16 Uhr)'], ['Vertrag', 'WG-33-008129, gleitender Neuwert'],
                     ['Schadentag / Ursache', '02.05.2026, Leitungswasser (Bruch Zuleitung Badewanne OG)']]),
              'Auftrag: Feststellung von Ursache und Umfang, Kostenschätzung Sanierung, Prüfung auf Vorschäden '
              '(2021 bereits Leitungswasser im selben Strang, Schaden 21-S-0132210).',
              'Bitte Termin direkt mit der Versicherungsnehmerin vereinbaren. Bericht bis spätestens 29.05.2026.']
    text = """Sehr geehrter Herr Haller,

anbei der Auftrag GA-26-0712. Frau Haase ist nur nachmittags erreichbar, bitte
rufen Sie ab 16 Uhr an.

Danke und viele Grüße
Dennis Paulsen

""" + sig('dp') + '\n\n' + FOOT_SHORT + '\n'
    return M(who('dp'), 'Matthias Haller <m.haller@sv-buero-haller.example>', 'Gutachterauftrag GA-26-0712 Leitungswasser Ahrensburg',
             '2026-05-06 08:22', text=text,
             atts=[A_docx('Gutachterauftrag_GA-26-0712.docx', blocks, title='GA-26-0712')])


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'motor claim abroad (Denmark) with customer name, plate, claim number and the other party\'s insurer')
def c_green_card_denmark():
    text = """Dear Ms Kelly,

thank you for your call this morning. I have opened claim 26-K-0244901 for the
collision in Aarhus on 9 May.

Your vehicle: Mini Cooper, HH-SK 1906 (policy KA 41-3012276)
Other vehicle: Toyota Yaris, Danish plate DC 48 271, insured with Nordlys Forsikring

Because the other driver accepted responsibility in the European Accident Statement,
your damage will be paid by the Danish insurer. Their claims representative in
Germany is Baltic Claims Services in Kiel; I have sent them your statement and photos
today. You don't need to do anything further unless they contact you.

If they haven't responded within three months, let me know and we'll pay your
damage under your comprehensive cover and recover it from them.

Kind regards,
Claire Whitfield

""" + sig('cw', 'en') + '\n\n' + FOOT_EN + '\n'
    return M(who('cw'), 'Siobhan Kelly <siobhan.kelly@inboxly.example>', 'Your claim 26-K-0244901 (Aarhus, 9 May)',
             '2026-05-12 12:02', text=text, cte='8bit')


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'legal-expenses cover confirmation for a tenancy dispute with name, policy, case number and opponent')
def c_rs_mietrecht_deckung():
    text = """Sehr geehrter Herr Yilmaz,

für Ihre Auseinandersetzung mit Ihrer Vermieterin, der Nordblick Wohnen GmbH, wegen
der Mieterhöhung vom 15.01.2026 (von 842,00 EUR auf 968,30 EUR Kaltmiete) erteilen
wir Deckungszusage:

  Vertrag:      Privat-, Berufs- und Wohnungs-Rechtsschutz RS 5510 2277
  Fall:         26-R-11830
  Umfang:       außergerichtliche Vertretung, erste Instanz
  Selbstbet.:   150 EUR

Ihr Anwalt, Herr Rechtsanwalt Steinbach, kann seine Kosten direkt mit uns abrechnen.
Bitte reichen Sie uns den Schriftwechsel mit der Vermieterin ein, sobald er vorliegt.

Mit freundlichen Grüßen

""" + sig('gs') + '\n\n' + FOOT_DE + '\n'
    return M(who('gs'), 'Emre Yilmaz <emre.yilmaz@web-post.example>', 'Deckungszusage Rechtsschutzfall 26-R-11830',
             '2026-02-05 10:48', text=text, cc='Kanzlei Steinbach <kanzlei@ra-steinbach.example>')


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'grey: separation of a couple – who keeps the household policy, new address; family matter without health data')
def c_trennung_hausrat():
    text = """Sehr geehrte Frau Petersen,

vielen Dank für Ihre Nachricht. Es tut mir leid zu hören, dass Sie und Ihr Mann sich
trennen. Zu Ihren Fragen:

1. Der Hausratvertrag HR-70-512377 läuft auf Sie als Versicherungsnehmerin. Er bleibt
   für die Wohnung Moorweg 21 bestehen, Sie müssen nichts kündigen.
2. Ihr Mann ist über Ihren Vertrag nur mitversichert, solange er dort wohnt. Für seine
   neue Wohnung in der Kastanienallee 5 braucht er ab dem Umzug (1. April) einen
   eigenen Vertrag. Für die Übergangszeit von zwei Monaten ist sein Hausrat in der
   neuen Wohnung noch über Sie versichert (Außenversicherung bei Wohnungswechsel).
3. Die Privathaftpflicht PH-62-118090 ist ein Familientarif. Wir stellen ihn auf
   "Single mit Kind" um; Ihre Tochter Mia bleibt mitversichert. Der Beitrag sinkt
   ab 01.04.2026 von 96,00 EUR auf 78,00 EUR im Jahr.

Wenn Ihr Mann ein Angebot für einen eigenen Vertrag möchte, kann er sich gern direkt
an mich wenden.

Mit freundlichen Grüßen

""" + sig('ma') + '\n\n' + FOOT_DE + '\n\n' + q("""Am 10.03.2026 um 22:47 schrieb Henrike Petersen:
Hallo, mein Mann und ich trenen uns, er zieht am 1.4. aus in die Kastanienallee 5.
Was passiert jetzt mit Hausrat und Haftpflicht? Muss ich was kündigen??
Danke, H. Petersen""") + '\n'
    return M(who('ma'), 'Henrike Petersen <h.petersen@nordpost.example>', 'AW: Trennung – was passiert mit meinen Verträgen?',
             '2026-03-11 09:26', text=text)


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'grey: legal-expenses advice cover for a divorce consultation with policy and case number; family matter, no health data')
def c_divorce_advice_en():
    text = """Dear Ms Lange,

thank you for your message. Your legal expenses policy (RS 5510 8841) includes initial
advice in family law. For your divorce this means:

- We pay for one advice session with a lawyer of your choice in Germany, up to
  EUR 250 including VAT. The case number is 26-R-14207; please give it to the lawyer.
- Court proceedings for the divorce itself, maintenance or the division of assets are
  not covered by legal expenses insurance in Germany.
- If your husband's and your joint household policy needs to change after the
  separation, my colleagues in customer service will help: kundenservice@falkenried-versicherung.example

If you want a recommendation for a family lawyer who speaks English, we can name
three firms in Hamburg.

Kind regards,
Gesa Sommerfeld

""" + sig('gs', 'en') + '\n\n' + FOOT_EN + '\n'
    return M(who('gs'), 'Rebecca Lange <rebecca.lange@inboxly.example>', 'Re: Divorce – am I covered?', '2026-06-09 13:37',
             text=text)


@mail('CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'maintenance dispute: lawyer\'s cover request quoting the client\'s net income; only advice is covered')
def c_unterhalt_einkommen():
    text = """Sehr geehrte Frau Rechtsanwältin Vogt,

vielen Dank für Ihre Deckungsanfrage für Herrn Thomas Hoffmann (RS 5510 3390,
unser Zeichen 26-R-12955).

Für die Abwehr der Unterhaltsforderung können wir leider keine Deckung für die
gerichtliche Vertretung zusagen: Familienrechtliche Streitigkeiten sind nach § 3
Abs. 2 g ARB 2020 ausgeschlossen. Versichert ist der Beratungs-Rechtsschutz im
Familienrecht; Ihre Beratungsgebühr übernehmen wir bis 250 EUR.

Ihre Rechnung können Sie unter Angabe unseres Zeichens einreichen.

Mit freundlichen Grüßen

""" + sig('ha') + '\n\n' + FOOT_DE + '\n\n' + outlook_de('Kanzlei Vogt <info@kanzlei-vogt-familienrecht.example>',
                                                      'Dienstag, 17. Februar 2026 11:05', 'Rechtsschutz Leistung',
                                                      'Deckungsanfrage Hoffmann ./. Hoffmann, Kindesunterhalt') + """
Sehr geehrte Damen und Herren,

wir vertreten Herrn Thomas Hoffmann, Lerchenfeld 3, 22081 Hamburg, Ihr VN zu
RS 5510 3390. Die Kindesmutter verlangt Unterhalt für die gemeinsamen Kinder Lotta
und Ben nach der 5. Einkommensgruppe der Düsseldorfer Tabelle.

Unser Mandant erzielt ein bereinigtes Nettoeinkommen von 3.412,00 EUR monatlich
(Lohnabrechnungen 2025 anbei), zuzüglich Mieteinnahmen von ca. 420 EUR. Nach unserer
Berechnung ist lediglich die 3. Einkommensgruppe maßgeblich.

Wir bitten um Deckungszusage für die außergerichtliche und gerichtliche Vertretung.

Mit freundlichen Grüßen
Vogt, Rechtsanwältin
"""
    return M(who('ha'), 'Kanzlei Vogt <info@kanzlei-vogt-familienrecht.example>', 'AW: Deckungsanfrage Hoffmann ./. Hoffmann, Kindesunterhalt',
             '2026-02-19 15:31', text=text)


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'premium arrears in motor insurance after a failed direct debit, with IBAN and amounts (windows-1252)')
def c_kfz_beitragsrueckstand():
    iban = IB['nguyen']
    text = f"""Sehr geehrte Frau Nguyen,

leider konnte der Jahresbeitrag für Ihre Kfz-Versicherung (Versicherungsschein
KA 41-1907733, Fahrzeug B-TN 2024) nicht eingezogen werden. Ihre Bank hat die
Lastschrift vom 02.01.2026 zurückgegeben (Grund: Konto erloschen).

  hinterlegtes Konto:   {grp(iban)}
  offener Beitrag:      612,40 €
  Rücklastschriftgebühr:  3,50 €
  gesamt:               615,90 €

Bitte überweisen Sie den Betrag bis zum 30.01.2026 oder teilen Sie uns ein neues
Konto für den Einzug mit. Wenn der Erstbeitrag bzw. Folgebeitrag nicht rechtzeitig
gezahlt wird, besteht nach § 38 VVG unter Umständen kein Versicherungsschutz. Die
gesetzliche Belehrung finden Sie auf unserer Website.

Haben Sie schon gezahlt? Dann betrachten Sie diese Nachricht bitte als gegenstandslos.

Mit freundlichen Grüßen

""" + sig('ez') + '\n\n' + FOOT_DE + '\n'
    return M(who('ez'), 'Thi Nguyen <thi.nguyen@mailbox.example>', 'Zahlungserinnerung Kfz-Versicherung KA 41-1907733',
             '2026-01-15 08:05', text=text, charset='windows-1252', cte='quoted-printable')


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'delayed-baggage claim settled with customer name, claim number and bank details; the pharmacy receipt is for toiletries and sun cream only')
def c_baggage_delay_payout():
    iban = IB['martens']
    text = f"""Dear Ms Martens,

your suitcase arrived two days late in Lisbon, and you bought clothes and toiletries
in the meantime. We have checked the receipts you sent:

  Zara, 14 Aug 2026 .............. 86.90 EUR
  Farmácia Central, 14 Aug 2026 .. 23.45 EUR  (toiletries, sun cream)
  Primark, 15 Aug 2026 ........... 41.00 EUR
  Total .......................... 151.35 EUR

Your policy (RV-2026-118834) covers emergency purchases after a baggage delay of more
than 6 hours up to EUR 300, so we pay the full amount. The money goes to

  IBAN {iban}
  Grace Martens

within 3 working days. Claim number for your records: 26-T-0031875.

Have a good rest of the summer,
Rana Khalil

""" + sig('rk', 'en') + '\n\n' + FOOT_EN + '\n'
    return M(who('rk'), 'Grace Martens <grace.martens@inboxly.example>', 'Your baggage delay claim 26-T-0031875',
             '2026-08-27 10:40', text=text)


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'grey: trip cancellation because of redundancy (no health reason), with name, policy, amounts')
def c_reiseruecktritt_jobverlust():
    text = """Sehr geehrter Herr Dreyer,

vielen Dank für die Unterlagen. Die betriebsbedingte Kündigung Ihres
Arbeitsverhältnisses durch die Hafenlogistik Nord GmbH vom 30.04.2026 ist ein
versichertes Ereignis in Ihrer Reiserücktrittsversicherung (RV-2026-090417).

Reise:            Kreta, 20.06.-04.07.2026, 2 Erwachsene
Reisepreis:       3.460,00 EUR
Stornokosten:     1.840,00 EUR (Stornorechnung Sonnenreisen vom 06.05.2026)
Selbstbeteiligung: 20 % bei Arbeitsplatzverlust = 368,00 EUR
Erstattung:       1.472,00 EUR

Die Erstattung überweisen wir auf das Konto, von dem die Prämie abgebucht wurde.
Unser Zeichen: 26-T-0022310.

Ich wünsche Ihnen für die Suche nach einer neuen Stelle alles Gute.

Mit freundlichen Grüßen

""" + sig('sb') + '\n\n' + FOOT_DE + '\n'
    return M(who('sb'), 'Lars Dreyer <lars.dreyer@nordpost.example>', 'Ihre Reisestornierung – Erstattung 26-T-0022310',
             '2026-05-14 16:02', text=text, cte='8bit')


@mail('CONFIDENTIAL', 'de', 'internal',
      'theft of an insured car: forwarded police report data incl. "geb." birth date, plate and VIN in a PDF')
def c_kasko_diebstahl_anzeige():
    lines = ['# Polizei Hamburg - Polizeikommissariat 23', 'Bestätigung über die Erstattung einer Strafanzeige', '',
             'Vorgangsnummer: 026/1K/0471155/2026', 'Tatzeit: 18.02.2026, 22:00 Uhr bis 19.02.2026, 06:45 Uhr',
             'Tatort: Hamburg-Eimsbüttel, Methfesselstraße, öffentlicher Parkstreifen', '',
             'Anzeigende Person: Kaya, Selin, geb. 14.03.1987', 'Anschrift: Methfesselstraße 61, 20255 Hamburg', '',
             'Entwendetes Fahrzeug: Hyundai Tucson, amtl. Kennzeichen HH-SK 5530',
             'FIN: TMAJ381ABNJ204417, Farbe grau-metallic', 'Schlüssel: 2 von 2 bei der Anzeigenden vorhanden', '',
             'Die Sachfahndung wurde eingeleitet.']
    text = """Hallo Petra,

Teilkasko-Diebstahl zur Info für die Fahndung/Regress, Schaden 26-K-0197064,
VN Selin Kaya, KA 41-2750019. Die Anzeigebestätigung hat sie heute geschickt (PDF
anbei). Beide Schlüssel sind da, Fahrzeug ist 2 Jahre alt, Wiederbeschaffungswert
laut DAT ca. 27.500 EUR.

Ich warte jetzt die 1-Monats-Frist ab. Falls du über die Sachfahndung etwas hörst,
sag bitte Bescheid.

Gruß
Hauke
"""
    return M(who('hw'), who('pn'), 'Kfz-Diebstahl 26-K-0197064 Kaya – Anzeige', '2026-02-20 11:11', text=text,
             atts=[A_pdf('Anzeigebestaetigung_0471155.pdf', lines, title='Anzeigebestätigung')])


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'private liability: the customer\'s 8-year-old son broke the neighbour\'s window; child named, no injury')
def c_kind_fensterscheibe():
    text = """Sehr geehrte Frau König,

danke für die schnelle Meldung und die Fotos. Wir haben den Schaden unter 26-H-0021784
angelegt (Privathaftpflicht PH-62-330917, Familientarif).

Ihr Sohn Jonas (8 Jahre) hat beim Fußballspielen im Garten die Terrassentür Ihres
Nachbarn, Herrn Bergmann, getroffen. Kinder ab 7 Jahren können für solche Schäden
grundsätzlich selbst haften, wenn sie die Gefahr erkennen konnten. Ihr Tarif
"Familie Plus" zahlt bei Schäden durch mitversicherte Kinder aber auch dann, wenn
rechtlich keine Haftung bestünde, bis 10.000 EUR.

Wir regulieren die neue Scheibe daher direkt mit Herrn Bergmann. Bitte geben Sie ihm
unsere Schadennummer; er kann uns den Kostenvoranschlag des Glasers schicken.

Mit freundlichen Grüßen

""" + sig('mo') + '\n\n' + FOOT_DE + '\n\n' + q("""Am 19.04.2026 um 17:03 schrieb Nadja König:
Hallo, unser Sohn Jonas hat heute beim Fußball die Terrassentür von unserem
Nachbarn Herrn Bergmann kaputtgeschossen (Doppelglas, ist gesprungen). Zum Glück
ist keiner verletzt. Zahlt das unsre Haftplficht? Fotos anbei.
LG Nadja König, Alte Dorfstr. 4, Tangstedt""") + '\n'
    return M(who('mo'), 'Nadja König <nadja.koenig@web-post.example>', 'AW: Fußball – Scheibe Nachbar kaputt',
             '2026-04-20 10:05', text=text)


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'tenant\'s liability for a damaged rented flat floor, with name, policy and landlord claim amount')
def c_tenant_floor_damage():
    text = """Dear Mr Nasser,

we have received the claim from your former landlord, Elbtal Immobilien GmbH, for the
damage to the oak parquet in the flat at Bahrenfelder Chaussee 102 (claim 26-H-0033651,
private liability PH-62-401156).

The landlord claims EUR 3,860 for sanding and resealing the floor in the living room
and bedroom. Our view:
- Deep scratches and two water stains are beyond normal wear and tear, so in
  principle you are liable.
- The floor was already 14 years old. A deduction for "new for old" applies, and the
  sealing would have been due anyway. We will offer EUR 1,720.
- Your deposit of EUR 2,400 must not be withheld for the whole amount; we have told
  the landlord this.

You don't need to pay anything to the landlord yourself. I'll let you know when we
have an agreement.

Best regards,
Melanie Ostrowski

""" + sig('mo', 'en') + '\n\n' + FOOT_EN + '\n'
    return M(who('mo'), 'Karim Nasser <karim.nasser@inboxly.example>', 'Claim 26-H-0033651 – parquet floor, Bahrenfelder Chaussee',
             '2026-07-02 14:14', text=text, charset='iso-8859-1', cte='quoted-printable')


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'grey: buildings policy after the policyholder\'s death – heir named, certificate of inheritance; no cause of death')
def c_gebaeude_erbe():
    text = """Sehr geehrter Herr Lange,

mein herzliches Beileid zum Tod Ihrer Mutter, Frau Gerda Lange.

Die Wohngebäudeversicherung für das Haus Heidkoppel 9 in Bargteheide (WG-33-002270)
geht mit dem Erbfall auf die Erben über; der Versicherungsschutz besteht ohne
Unterbrechung weiter. Damit wir den Vertrag umschreiben können, brauchen wir:

- eine Kopie des Erbscheins oder des eröffneten Testaments mit Eröffnungsprotokoll
- die Bankverbindung, von der die Beiträge künftig abgebucht werden sollen
- die Information, ob das Haus leer steht. Bei Leerstand von mehr als 60 Tagen
  müssen Sie uns das mitteilen, und die Wasserleitungen sind im Winter zu entleeren.

Den Beitrag für 2026 (587,20 EUR) hat Ihre Mutter bereits im Januar gezahlt.

Mit freundlichen Grüßen

""" + sig('ma') + '\n\n' + FOOT_DE + '\n'
    return M(who('ma'), 'Michael Lange <michael.lange@nordpost.example>', 'Wohngebäudeversicherung Heidkoppel 9 – Erbfall',
             '2026-11-09 11:20', text=text)


@mail('CONFIDENTIAL', 'en', 'internal',
      'forwarded customer mail with a bank-detail change for a payout; the IBAN sits only in the quoted part')
def c_bank_change_forward():
    iban = IB['reuter']
    text = """Hi Ewa,

can you update the payout account for claim 26-S-0088411 (Mr Reuter, household)?
He closed the old account. His mail is below; I called him back on the number we
have on file to confirm it's really him (fraud check done, 3 Sept, 10:15).

Thanks,
Claire

""" + outlook_en('Ben Reuter <ben.reuter@inboxly.example>', 'Wednesday, September 2, 2026 9:41 PM',
                 'Whitfield, Claire', 'Claim 26-S-0088411 - new bank account') + f"""
Hi Claire,

quick one - please don't pay to my old account, I've switched banks. The new one is

{iban}
Benjamin Reuter

Thanks and sorry for the hasle!
Ben
"""
    return M(who('cw'), who('ez'), 'FW: Claim 26-S-0088411 - new bank account', '2026-09-03 10:31', text=text)


@mail('CONFIDENTIAL', 'en', 'insurer-to-company',
      'fleet renewal with a named fleet manager and a driver list holding dates of birth (XLSX)')
def c_fleet_renewal_xlsx():
    rows = [['Vehicle', 'Plate', 'Main driver', 'Date of birth', 'Licence since', 'Claims 2023-2025'],
            ['Mercedes Sprinter', 'HH-HL 101', 'Piotr Wójcik', '1979-06-02', '1998', 1],
            ['Mercedes Sprinter', 'HH-HL 102', 'Jannik Stöver', '1994-11-23', '2012', 0],
            ['VW Crafter', 'HH-HL 110', 'Andrea Pohl', '1986-01-09', '2004', 2],
            ['VW Caddy', 'HH-HL 115', 'Mehmet Kurt', '1990-08-30', '2009', 0],
            ['Ford Transit', 'HH-HL 120', 'Lukas Brandes', '2001-03-17', '2019', 1]]
    text = """Dear Ms Hartmann,

thank you for the updated driver list for your fleet policy (FL-90-00412). For the
renewal on 1 January 2027 we have one question and one offer:

1. Andrea Pohl had two claims in the last three years, both reversing into loading
   ramps. Would you agree to a short reversing training for her (we pay half)?
2. With the telematics box in all vans, we could offer you 8 % off the fleet premium
   (currently EUR 21,480 p.a.).

The list as we hold it is attached; please check the dates of birth and licence
dates, as two were missing in the version from 2025.

Kind regards,
Hauke Wendt
Motor, Falkenried Versicherung AG
"""
    return M(who('hw'), 'Carla Hartmann <c.hartmann@hartmann-logistik.example>', 'Fleet policy FL-90-00412 – renewal 2027',
             '2026-10-19 09:05', text=text,
             atts=[A_xlsx('FL-90-00412_drivers_2026.xlsx', [('Drivers', rows)], title='Driver list')])


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'eVB confirmation for a new car with name, address and policy number (us-ascii)')
def c_evb():
    text = """Sehr geehrter Herr Schreiber,

fuer die Zulassung Ihres neuen Fahrzeugs erhalten Sie hier Ihre elektronische
Versicherungsbestaetigung:

  eVB-Nummer:          A7K3P9Q
  Versicherungsnehmer: Jens Schreiber, Wandsbeker Zollstr. 140, 22041 Hamburg
  Fahrzeug:            Kia Niro EV, Erstzulassung
  Tarif:               Kfz-Haftpflicht + Vollkasko (SB 300/150), SF 12 / SF 9
  gueltig bis:         28.05.2026

Nach der Zulassung uebermittelt die Zulassungsstelle das Kennzeichen an uns. Ihr
bisheriger Vertrag KA 41-1550287 fuer den Golf wird zum Tag der Abmeldung beendet.

Mit freundlichen Gruessen
Murat Aydin
Kundenservice, Falkenried Versicherung AG
"""
    return M(who('ma'), 'jens.schreiber@mailbox.example', 'Ihre eVB-Nummer A7K3P9Q', '2026-04-28 12:31', text=text,
             charset='us-ascii', cte='7bit')


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'no-claims bonus transferred from father to daughter, with her date of birth and licence date')
def c_sf_uebertragung():
    text = """Sehr geehrte Frau Falk,

Ihr Vater, Herr Rainer Falk, möchte seinen Schadenfreiheitsrabatt aus dem Vertrag
KA 41-0933410 (SF 25) auf Sie übertragen. Das ist möglich, allerdings nur in dem
Umfang, in dem Sie selbst hätten schadenfrei fahren können:

  Ihr Geburtsdatum:           03.05.2001
  Führerschein Klasse B seit: 11.06.2019
  mögliche Übernahme:         SF 6 (6 volle Jahre seit Führerscheinerwerb)

Die restlichen SF-Jahre verfallen für Ihren Vater, er wird im eigenen Vertrag auf
SF 0 bzw. bei Abmeldung seines Fahrzeugs ganz ohne Rabatt eingestuft. Bitte
unterschreiben Sie beide die beigefügte Übertragungserklärung (liegt im Portal).

Ihr Beitrag für den Polo (HH-LF 301) sinkt damit von 1.184 EUR auf 598 EUR im Jahr.

Mit freundlichen Grüßen

""" + sig('ma') + '\n\n' + FOOT_DE + '\n'
    return M(who('ma'), 'Lena Falk <lena.falk@web-post.example>', 'Übertragung Schadenfreiheitsrabatt von Herrn Rainer Falk',
             '2026-02-23 14:48', text=text, cc='Rainer Falk <rainer.falk@nordpost.example>', cte='8bit')


# ---------------------------------------------------------------- CONFIDENTIAL (2)

@mail('CONFIDENTIAL', 'mixed', 'insurer-to-customer',
      'theft from a car under household cover: English cover note plus the German decision letter (ODT) with name, policy, amounts')
def c_theft_from_car_bilingual():
    blocks = [('h', 'Falkenried Versicherung AG – Hausrat'),
              'Herrn Oliver Grant, Goldbekufer 12, 22303 Hamburg',
              'Versicherungsschein HR-70-623019 · Schaden 26-S-0095502 · Schadentag 11.09.2026',
              'Sehr geehrter Herr Grant,',
              'aus Ihrem in der Jarrestraße abgestellten Fahrzeug wurden zwischen 21 und 23 Uhr ein Rucksack mit '
              'Tablet, Kopfhörern und Jacke entwendet. Ihr Vertrag enthält den Baustein "Diebstahl aus Kfz" bis '
              '1.000 EUR, sofern das Fahrzeug verschlossen war und die Sachen nicht von außen sichtbar waren.',
              ('t', [['Gegenstand', 'Neuwert EUR', 'Entschädigung EUR'], ['Tablet', '729,00', '729,00'],
                     ['Kopfhörer', '279,00', '271,00'], ['Jacke', '189,00', '0,00 (Grenze erreicht)']]),
              'Wir zahlen 1.000,00 EUR auf Ihr bekanntes Konto.', 'Mit freundlichen Grüßen', 'Tobias Reinhardt']
    text = """Dear Mr Grant,

attached is our formal decision letter in German (we are required to send it in
German). In short: your "theft from car" add-on pays up to EUR 1,000, so we pay
EUR 1,000 for the tablet and the headphones; the jacket is above the limit.

Kurz auf Deutsch für Ihre Unterlagen: Entschädigung 1.000,00 EUR, Schaden
26-S-0095502. The payment goes to the account we have on file.

Best regards,
Tobias Reinhardt
Property Claims, Falkenried Versicherung AG
"""
    return M(who('tr'), 'Oliver Grant <oliver.grant@inboxly.example>', 'Claim 26-S-0095502 – theft from your car / Entscheidung',
             '2026-09-24 10:18', text=text,
             atts=[A_odt('Entscheidung_26-S-0095502.odt', blocks, title='Entscheidung 26-S-0095502')])


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'liability payment to a third-party claimant: her name, our policyholder\'s name, claim number and her IBAN')
def c_drittgeschaedigte_zahlung():
    iban = IB['sokolova']
    text = f"""Sehr geehrte Frau Sokolova,

als Privathaftpflichtversicherer von Herrn Bastian Reuter regulieren wir den Schaden
an Ihrem Pkw (Seat Ibiza, HH-AS 7781) vom 07.06.2026. Beim Fensterputzen ist Herrn
Reuter die Leiter umgefallen und hat Motorhaube und Windschutzscheibe Ihres vor dem
Haus geparkten Fahrzeugs beschädigt.

Nach dem Kostenvoranschlag der Firma Karosserie Dabelstein zahlen wir:

  Reparatur netto (fiktive Abrechnung)     1.198,40 EUR
  Kostenpauschale                             25,00 EUR
  Nutzungsausfall 4 Tage x 23,00 EUR          92,00 EUR
  gesamt                                   1.315,40 EUR

Die Zahlung erfolgt auf Ihr Konto {grp(iban)}.
Unser Zeichen: 26-H-0041027.

Sollten Sie reparieren lassen und die Mehrwertsteuer anfallen, reichen Sie uns die
Rechnung bitte nach.

Mit freundlichen Grüßen

""" + sig('mo') + '\n\n' + FOOT_DE + '\n'
    return M(who('mo'), 'Anastasia Sokolova <a.sokolova@mailbox.example>', 'Ihr Fahrzeugschaden vom 07.06.2026 – Zahlung',
             '2026-06-22 11:30', text=text)


@mail('CONFIDENTIAL', 'en', 'insurer-to-lawyer',
      'employment dispute over unpaid overtime: client name, case number and monthly salary')
def c_wage_dispute_salary():
    text = """Dear Ms Hoffmeister,

re: your client Marco Bianchi ./. Speicherstadt Events GmbH, our ref. 26-R-15502
(policy RS 5510 6022)

We confirm cover for the claim for unpaid overtime in the first instance before the
Labour Court in Hamburg. Based on your figures (monthly gross salary EUR 4,150, 212
overtime hours between January 2025 and March 2026, hourly rate EUR 23.94) the value
in dispute is EUR 5,075.28. Please note:

- In the first instance each party bears its own lawyer's fees (Section 12a of the
  Labour Courts Act), so we cover your fees regardless of the outcome.
- A settlement including a waiver of further claims requires our prior consent if
  it affects costs.

Please send us the statement of claim once filed.

Kind regards,
Dr. Henrik Albers

""" + sig('ha', 'en') + '\n\n' + FOOT_EN + '\n'
    return M(who('ha'), 'Julia Hoffmeister <j.hoffmeister@labourlaw-hamburg.example>', 'Bianchi ./. Speicherstadt Events GmbH – cover confirmed',
             '2026-04-16 09:58', text=text)


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'grey: legal-expenses cover for defending a speeding fine (administrative offence, not a crime) with name, plate, policy')
def c_bussgeld_rs():
    text = """Hallo Herr Bauer,

danke für den Anruf eben. Wie besprochen bestätige ich Ihnen die Deckung für die
Verteidigung gegen den Bußgeldbescheid:

  Vorwurf:     Überschreitung der zulässigen Höchstgeschwindigkeit außerorts um
               31 km/h (A 7, km 142, 14.08.2026), Fahrzeug HH-TB 880
  Folgen lt. Bescheid: 260 EUR Geldbuße, 2 Punkte, 1 Monat Fahrverbot
  Vertrag:     Verkehrs-Rechtsschutz RS 5510 7014
  Unser Zeichen: 26-R-17260

Sie können einen Anwalt Ihrer Wahl beauftragen. Wenn Sie keinen kennen, nennen wir
Ihnen gern eine Kanzlei aus unserem Netzwerk. Wichtig: Die Einspruchsfrist beträgt
zwei Wochen ab Zustellung (bei Ihnen am 02.10.).

Viele Grüße

""" + sig('gs') + '\n'
    return M(who('gs'), 'Tim Bauer <tim.bauer@web-post.example>', 'Bußgeldbescheid A 7 – Deckung 26-R-17260', '2026-10-05 15:40',
             text=text)


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'rental-car excess reimbursement abroad with customer name, policy and amounts')
def c_rental_excess():
    text = """Dear Ms Sutton,

thank you for sending the documents from Faro. We reimburse the excess the rental
company charged to your credit card after the scrape on the rear bumper:

  Rental agreement: AutoSol Faro, 2-16 May 2026, Fiat 500, PT 41-XK-88
  Excess charged:   EUR 950.00
  Your cover:       rental car excess, up to EUR 1,500 (policy RV-2026-076551)
  We pay:           EUR 950.00

Claim number: 26-T-0019942. The payment will be made to the account you gave us when
taking out the policy.

Kind regards,

""" + sig('rk', 'en') + '\n'
    return M(who('rk'), 'Emily Sutton <emily.sutton@inboxly.example>', 'Rental car excess – claim 26-T-0019942',
             '2026-05-28 13:20', text=text, cte='base64')


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'e-bike theft: frame number, purchase invoice (PDF), name, policy, IBAN')
def c_ebike_diebstahl_pdf():
    iban = IB['winter']
    lines = ['# Zweirad Center Alster GmbH', 'Rechnung Nr. 2024-08813 vom 12.04.2024', '',
             'Kunde: Jan Winter, Fuhlsbüttler Str. 233, 22307 Hamburg', '',
             'E-Bike Trekking "Urban Tour 7", Rahmen-Nr. WAL 2231 8790 Q, Akku 625 Wh   3.899,00 EUR',
             'Rahmenschloss mit Kette                                                   89,00 EUR',
             'Summe                                                                  3.988,00 EUR',
             'bezahlt per EC-Karte']
    text = f"""Sehr geehrter Herr Winter,

vielen Dank für die Anzeigebestätigung und die Rechnung Ihres E-Bikes (Anhang zur
Kontrolle). Der Diebstahl aus dem verschlossenen Fahrradkeller am 03.08.2026 ist über
Ihre Hausratversicherung (HR-70-588341, Fahrraddiebstahl bis 5.000 EUR) versichert.

  Rahmennummer:   WAL 2231 8790 Q
  Neupreis:       3.988,00 EUR (Fahrrad und Schloss)
  Entschädigung:  3.988,00 EUR (Neuwertentschädigung, Fahrrad jünger als 3 Jahre)

Wir zahlen auf {grp(iban)}. Bitte melden Sie sich, falls das Rad wieder auftaucht;
dann können Sie wählen, ob Sie es gegen Rückzahlung zurückhaben möchten.

Schadennummer: 26-S-0081207

Mit freundlichen Grüßen

""" + sig('tr') + '\n\n' + FOOT_DE + '\n'
    return M(who('tr'), 'Jan Winter <jan.winter@nordpost.example>', 'E-Bike-Diebstahl 26-S-0081207 – Entschädigung',
             '2026-08-18 10:44', text=text, atts=[A_pdf('Rechnung_E-Bike_2024-08813.pdf', lines, title='Rechnung')])


@mail('CONFIDENTIAL', 'de', 'insurer-to-company',
      'water damage in an apartment building: property manager, named tenants and appointment (ICS)')
def c_hausverwaltung_lw_ics():
    cal = ics('ortstermin-26-S-0102771', '2026-11-17 10:00', '2026-11-17 11:30', 'Ortstermin Leitungswasser Eppendorfer Weg 212',
              'Eppendorfer Weg 212, 20251 Hamburg',
              'Schaden 26-S-0102771. Zugang 3. OG links (Fam. Schulte) und 2. OG links (Herr Nowicki). Hausmeister Herr Gerdes.',
              organizer=('Dennis Paulsen', addr('dp')))
    text = """Sehr geehrte Frau Behrens,

zum Leitungswasserschaden im Objekt Eppendorfer Weg 212 (Wohngebäudeversicherung der
WEG, WG-33-011458, Schaden 26-S-0102771) schlage ich einen Ortstermin am Dienstag,
17.11., 10 Uhr vor (Kalendereintrag anbei).

Ich brauche Zugang zu beiden betroffenen Wohnungen:
  - 3. OG links, Familie Schulte (Ausgangspunkt, Bad)
  - 2. OG links, Herr Nowicki (Deckenschaden Küche)

Bitte informieren Sie die Bewohner und den Hausmeister. Die Mieter sollten ihre
eigene Hausratversicherung über den Schaden an ihren Möbeln informieren; das ist
nicht Teil der Gebäudeversicherung.

Mit freundlichen Grüßen

""" + sig('dp') + '\n\n' + FOOT_DE + '\n'
    return M(who('dp'), 'Ines Behrens <i.behrens@hausverwaltung-behrens.example>', 'Ortstermin LW-Schaden Eppendorfer Weg 212',
             '2026-11-10 16:02', text=text,
             atts=[A_ics('Ortstermin_26-S-0102771.ics', cal)])


@mail('CONFIDENTIAL', 'en', 'insurer-to-broker',
      'renewal list for a broker with client names, policy numbers and premiums (CSV)')
def c_broker_renewals_csv():
    rows = [['client', 'policy', 'line', 'renewal', 'premium_eur', 'change_pct'],
            ['Aoife Gallagher', 'HR-70-611209', 'household', '2027-01-01', '142.80', '2.9'],
            ['Rohan Mehta', 'PH-62-402718', 'private liability', '2027-01-01', '71.40', '0.0'],
            ['Rohan Mehta', 'HR-70-611355', 'household', '2027-01-01', '118.40', '2.8'],
            ['Sven & Maja Lindqvist', 'WG-33-012077', 'buildings', '2027-01-01', '812.00', '7.5'],
            ['Nicholas Byrne', 'KA 41-3188012', 'motor', '2027-01-01', '734.20', '-3.1'],
            ['Yuki Tanaka', 'RS 5510 9120', 'legal expenses', '2027-01-01', '298.00', '0.0']]
    text = """Dear Mr Thornbury,

as every year, here is the list of your clients' policies renewing on 1 January with
the new premiums. The buildings increase for the Lindqvists is the construction cost
index (+7.5 %); all other changes are tariff adjustments.

The list is also in your broker post in the portal.

Kind regards,
Lukas Feldmann

""" + sig('lf', 'en') + '\n'
    return M(who('lf'), 'James Thornbury <james@thornbury-brokers.example>', 'Renewals 1 January 2027 – your clients',
             '2026-11-16 09:00', text=text,
             atts=[A_csv('renewals_2027-01-01_Thornbury.csv', rows, delim=',')])


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'family travel insurance: lost luggage, travellers incl. children with dates of birth in an HTML-only table')
def c_reise_familie_html():
    html = """<html><head><meta charset="iso-8859-1"></head><body style="font-family:Arial;font-size:10pt">
<p>Sehr geehrte Frau Arslan,</p>
<p>Ihr Koffer ist auf dem Rückflug aus Antalya am 30.07.2026 verloren gegangen. Die Fluggesellschaft hat den Verlust
am 20.08. endgültig bestätigt. In Ihrer Familien-Reiseversicherung (RV-2026-054120) sind folgende Personen versichert:</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Name</th><th>Geburtsdatum</th><th>Gepäckstücke</th></tr>
<tr><td>Elif Arslan</td><td>22.02.1985</td><td>1 Koffer (verloren)</td></tr>
<tr><td>Serkan Arslan</td><td>09.10.1982</td><td>&ndash;</td></tr>
<tr><td>Deniz Arslan</td><td>15.06.2013</td><td>&ndash;</td></tr>
<tr><td>Aras Arslan</td><td>01.12.2017</td><td>&ndash;</td></tr>
</table>
<p>Die Airline zahlt nach dem Montrealer Übereinkommen 1.200 EUR. Den Rest des Zeitwerts laut Ihrer Liste
(1.960 EUR) übernehmen wir bis zur Versicherungssumme von 2.000 EUR je Person, also <b>760,00 EUR</b>.
Schadennummer: 26-T-0036644.</p>
<p>Mit freundlichen Grüßen<br>Sophie Brandt<br>Reise-Service, Falkenried Versicherung AG</p>
</body></html>
"""
    return M(who('sb'), 'Elif Arslan <elif.arslan@mailbox.example>', 'Ihr verlorener Koffer – Entschädigung 26-T-0036644',
             '2026-08-25 14:09', html=html, charset='iso-8859-1', cte='quoted-printable')


@mail('CONFIDENTIAL', 'en', 'insurer-to-authority',
      'answer to a foreign police force about a recovered stolen car: owner, plate, VIN, claim number')
def c_police_denmark():
    text = """Dear Inspector Lund,

thank you for informing us that the Hyundai Tucson, VIN TMAJ381ABNJ204417, German
plate HH-SK 5530, was found in Padborg on 3 March 2026.

We confirm:
- The vehicle was reported stolen in Hamburg on 19 February 2026 (Hamburg police
  file 026/1K/0471155/2026).
- Owner and our policyholder: Ms Selin Kaya, Hamburg.
- Our claim reference: 26-K-0197064. We have not yet paid the claim, so ownership has
  not passed to us.

Ms Kaya will be informed by us today. She or our recovery agent, Nordtrans Bergung,
will collect the vehicle once it has been released. Please let us know which
documents you need for the release.

Kind regards,
Petra Nowak

""" + sig('pn', 'en') + '\n\n' + FOOT_EN + '\n'
    return M(who('pn'), 'Henrik Lund <hlu@politi-sydjylland.example>', 'Your ref. 4600-80231-00412-26 – recovered vehicle HH-SK 5530',
             '2026-03-04 13:33', text=text)


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'storm payment confirmation with name, claim number and a masked IBAN')
def c_storm_payment_masked():
    text = """Dear Mr Harris,

we have today paid EUR 4,275.00 for the storm damage to your roof (claim
26-S-0032107, buildings policy WG-33-009914) to your account DE** **** **** **** **42 17.

This covers the roofer's invoice of 26 February. The scaffolding invoice will be paid
separately once you send it to us.

Kind regards,
Ewa Zielinska
Claims Payments
"""
    return M(who('ez'), 'Robert Harris <robert.harris@inboxly.example>', 'Payment – claim 26-S-0032107', '2026-03-06 08:58',
             text=text, charset='us-ascii', cte='7bit')


@mail('CONFIDENTIAL', 'en', 'insurer-to-partner',
      'recovery claim against a Dutch insurer: our policyholder named, plates, amounts')
def c_recourse_dutch():
    text = """Dear colleagues,

Your insured: Mr Ruud Bakker, Volkswagen Polo, NL plate 24-XRL-9
Our insured: Mrs Martina Lehmkuhl, BMW 318d, HH-ML 2207, policy KA 41-2981566
Date / place: 18 July 2026, A 1 near Bremen, lane change collision
Our claim: 26-K-0259930

We have paid our insured's comprehensive claim and now claim reimbursement of:

  repair costs (assessor report attached on request)   EUR 6,482.10
  assessor fee                                         EUR   712.00
  towing                                               EUR   289.00
  total                                                EUR 7,483.10

Your insured admitted liability on the European Accident Statement and in his
statement to the police. Please confirm payment within 30 days to our account
with reference 26-K-0259930.

Kind regards,
Petra Nowak

""" + sig('pn', 'en') + '\n\n' + FOOT_EN + '\n'
    return M(who('pn'), 'Claims department <schade@zeeland-verzekeringen.example>', 'Recovery claim 26-K-0259930 / your insured R. Bakker',
             '2026-09-01 10:10', text=text, charset='windows-1252', cte='8bit')


@mail('CONFIDENTIAL', 'de', 'broker',
      'broker mail forwarded internally: a self-employed client\'s turnover and income for a legal-expenses quote')
def c_makler_einkommen_selbststaendig():
    text = """Hallo Gesa,

kannst du für Frau Grotes Kundin ein Angebot Firmen-Rechtsschutz rechnen? Angaben
unten. Sie braucht es bis Ende der Woche.

Danke
Lukas

""" + outlook_de('Sabine Grote <s.grote@maklerbuero-grote.example>', 'Montag, 8. Juni 2026 17:26', 'Feldmann, Lukas',
                 'Angebot Rechtsschutz Selbstständige – Frau Kühn') + """
Hallo Herr Feldmann,

meine Kundin Frau Birte Kühn, geb. 27.09.1978, selbstständige Grafikdesignerin
(Einzelunternehmen, Steuernummer 42/157/04418), Hamburg-Altona, braucht
Rechtsschutz für Beruf, Privat und Verkehr.

- Umsatz 2025: 96.400 EUR, Gewinn vor Steuern ca. 68.000 EUR
- keine Angestellten, ein Firmenwagen (HH-BK 127)
- Vorversicherung: keine, keine Vorschäden

Können Sie mir ein Angebot mit SB 250 und SB 500 machen?

Viele Grüße
Sabine Grote
Maklerbüro Grote, Lüneburg
"""
    return M(who('lf'), who('gs'), 'WG: Angebot Rechtsschutz Selbstständige – Frau Kühn', '2026-06-09 08:12', text=text)


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'adding a partner to a household policy, with the partner\'s name and date of birth')
def c_add_partner():
    text = """Dear Ms Bennett,

congratulations on moving in together! We have added your partner to your household
and private liability cover from 1 August 2026:

  Policy:        HR-70-630118 / PH-62-408803
  Co-insured:    Matteo Rossi, born 17 September 1990
  Address:       Sievekingdamm 44, 20535 Hamburg (new)
  New premium:   EUR 164.30 per year (household, 74 m2) and EUR 89.00 per year
                 (liability, couples tariff)

Matteo's previous household policy with another insurer can be cancelled with effect
from the moving date; he just needs to send them the new address.

Best regards,

""" + sig('ma', 'en') + '\n\n' + FOOT_EN + '\n'
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:10pt">'
            + ''.join('<p>%s</p>' % esc(par).replace('\n', '<br>\n') for par in text.split('\n\n')) + '</body></html>\n')
    return M(who('ma'), 'Chloe Bennett <chloe.bennett@inboxly.example>', 'Re: Adding my partner to the policy', '2026-07-24 11:11',
             text=text, html=html, irt='<6df1a0b2-33e1@inboxly.example>')


@mail('CONFIDENTIAL', 'de', 'internal',
      'one-line payment note; the quoted thread names the claimant and claim number')
def c_zahlung_raus():
    text = """Ist raus, Valuta morgen.
Ewa

""" + outlook_de('Ostrowski, Melanie', 'Dienstag, 23. Juni 2026 10:02', 'Zielinska, Ewa',
                 'Eilzahlung 26-H-0041027 Sokolova') + """
Hi Ewa, kannst du die 1.315,40 EUR an Frau Sokolova (26-H-0041027) heute noch
anweisen? Sie hat schon zweimal angerufen. IBAN ist im System.
Danke, Melanie
"""
    return M(who('ez'), who('mo'), 'AW: Eilzahlung 26-H-0041027 Sokolova', '2026-06-23 10:19', text=text, cte='8bit')


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'grey: legal-expenses advice in an inheritance dispute among siblings, with estate value; death mentioned without cause')
def c_erbstreit():
    text = """Sehr geehrte Frau Roloff,

Sie haben uns geschildert, dass Ihr Bruder nach dem Tod Ihres Vaters im Januar das
Elternhaus in Quickborn allein übernehmen will und Ihnen einen Ausgleich von
45.000 EUR anbietet, während Sie den Anteil nach dem Gutachten (Verkehrswert
410.000 EUR, Ihr Erbteil 1/2) auf 205.000 EUR schätzen.

Ihr Vertrag RS 5510 4471 umfasst im Erbrecht den Beratungs-Rechtsschutz. Wir
übernehmen die Kosten einer anwaltlichen Erstberatung bis 250 EUR (Zeichen
26-R-13380). Eine Vertretung gegenüber Ihrem Bruder oder ein Prozess um die
Auseinandersetzung der Erbengemeinschaft ist nicht versichert.

Möchten Sie, dass wir Ihnen eine auf Erbrecht spezialisierte Kanzlei nennen?

Mit freundlichen Grüßen

""" + sig('gs') + '\n\n' + FOOT_DE + '\n'
    return M(who('gs'), 'Heike Roloff <heike.roloff@web-post.example>', 'Ihre Anfrage Erbrecht – Beratungsrechtsschutz',
             '2026-03-19 14:27', text=text)


@mail('CONFIDENTIAL', 'en', 'insurer-to-lawyer',
      'landlord\'s legal expenses: eviction for rent arrears, tenant named, amounts')
def c_eviction_arrears():
    text = """Dear Mr Seidel,

re: your client Andrew Whitcombe ./. Dennis Kröger, flat Grünberger Str. 71, 10245 Berlin
Our ref. 26-R-16118, landlord's legal expenses policy RS 5570 0381

We confirm cover for the termination without notice and, if the tenant does not move
out, for eviction proceedings in the first instance.

According to your letter the tenant has not paid the rent (EUR 1,150 including
service charges) for May to August 2026, arrears EUR 4,600. The deposit of EUR 2,700
has not been touched. The rent account as we received it from you is attached for
reference.

Please keep us informed about any payment the tenant makes within the two-month
period after service of the claim, as this could make the termination ineffective.

Kind regards,
Gesa Sommerfeld

""" + sig('gs', 'en') + '\n'
    rows = [['Month', 'Rent due EUR', 'Paid EUR', 'Arrears EUR', 'Tenant'],
            ['2026-04', 1150, 1150, 0, 'Dennis Kröger'], ['2026-05', 1150, 0, 1150, 'Dennis Kröger'],
            ['2026-06', 1150, 0, 2300, 'Dennis Kröger'], ['2026-07', 1150, 0, 3450, 'Dennis Kröger'],
            ['2026-08', 1150, 0, 4600, 'Dennis Kröger']]
    return M(who('gs'), 'Florian Seidel <f.seidel@seidel-mietrecht.example>', 'Whitcombe ./. Kröger – cover confirmed (eviction)',
             '2026-09-10 12:45', text=text,
             atts=[A_xlsx('rent_account_Kroeger_2026.xlsx', [('Rent account', rows)])])


@mail('CONFIDENTIAL', 'de', 'insurer-to-customer',
      'total-loss settlement for a car (PDF) with customer name, plate, residual value and IBAN')
def c_totalschaden_pdf():
    iban = de_iban('20041133', '0712448805')
    lines = ['# Abrechnung Totalschaden', 'Schaden 26-K-0228812 · Vollkasko KA 41-2660147', '',
             'Versicherungsnehmer: Marcel Brandtner, Osdorfer Landstr. 301, 22549 Hamburg',
             'Fahrzeug: Ford Focus Turnier, HH-MB 6120, Erstzulassung 03/2019', '',
             'Wiederbeschaffungswert lt. Gutachten Haller (brutto)     11.900,00 EUR',
             'Restwert (höchstes Angebot, Autoverwertung Süderelbe)     -2.350,00 EUR',
             'Selbstbeteiligung Vollkasko                               -500,00 EUR',
             'Entschädigung                                             9.050,00 EUR', '',
             'Zahlung an: ' + grp(iban) + ' (Marcel Brandtner)',
             'Bitte übergeben Sie das Fahrzeug mit Schlüsseln und Zulassungsbescheinigung Teil II',
             'an den Restwertkäufer. Er meldet sich bei Ihnen zur Abholung.']
    text = """Sehr geehrter Herr Brandtner,

Ihr Focus ist nach dem Gutachten ein wirtschaftlicher Totalschaden. Die Abrechnung
finden Sie im Anhang. Die Zahlung von 9.050,00 EUR weisen wir an, sobald der
Restwertkäufer das Fahrzeug übernommen hat.

Mit freundlichen Grüßen

""" + sig('jk') + '\n\n' + FOOT_DE + '\n'
    return M(who('jk'), 'Marcel Brandtner <m.brandtner@mailbox.example>', 'Totalschaden HH-MB 6120 – Abrechnung', '2026-07-16 13:50',
             text=text, atts=[A_pdf('Abrechnung_Totalschaden_26-K-0228812.pdf', lines, title='Abrechnung Totalschaden')])


@mail('CONFIDENTIAL', 'mixed', 'insurer-to-customer',
      'letter to a Dutch third-party claimant in English with German form text: his name, plate, our policyholder, claim number')
def c_dutch_camper():
    text = """Dear Mr van Dijk,

we are the motor liability insurer of Mr Frank Meiners, whose Audi A4 (OS-FM 440)
hit your camper van (NL plate VH-207-K) on the campsite at Dümmer See on
2 August 2026. Liability is not in dispute. Our reference: 26-K-0264417.

To settle your claim we need:
- the repair estimate from your workshop in Zwolle, or an assessor's report,
- photos of the damage,
- your bank details (IBAN and account holder).

The German form we normally use reads as follows; you can simply answer in English
(the form is attached, pre-filled with the claim data):

  "Schadenformular Anspruchsteller – Name, Anschrift, Kennzeichen, Fahrzeughalter,
   vorsteuerabzugsberechtigt ja/nein, Bankverbindung, Unterschrift"

Kind regards / Mit freundlichen Grüßen
Jana Kowalczyk

""" + sig('jk', 'en') + '\n\n' + FOOT_EN + '\n'
    form = ['# Schadenformular Anspruchsteller / Claimant form', 'Schaden / claim: 26-K-0264417',
            'Unser VN / our insured: Frank Meiners, OS-FM 440', '',
            'Name / name: Joost van Dijk', 'Anschrift / address: ____________________________________',
            'Kennzeichen / plate: VH-207-K', 'Fahrzeughalter / registered keeper: ____________________',
            'Vorsteuerabzugsberechtigt / VAT registered:  [ ] ja/yes   [ ] nein/no',
            'IBAN: ______________________________   Kontoinhaber / account holder: ______________',
            '', 'Ort, Datum, Unterschrift / place, date, signature: ____________________']
    return M(who('jk'), 'Joost van Dijk <joost.vandijk@kpnpost.example>', 'Your camper van – claim 26-K-0264417 / Schadenformular',
             '2026-08-06 09:33', text=text,
             atts=[A_pdf('Schadenformular_26-K-0264417.pdf', form, title='Schadenformular')])


@mail('CONFIDENTIAL', 'de', 'insurer-to-assessor',
      'barn fire without injured persons: ZIP with the loss inventory (CSV) and the notification (PDF) naming the farmer, address, policy')
def c_scheunenbrand_zip():
    inv = csvtext([['Pos', 'Gegenstand', 'Baujahr', 'Zeitwert EUR'],
                   ['1', 'Scheune Holzständerbau 24 x 12 m', '1964', '78000'],
                   ['2', 'Heu, ca. 180 Rundballen', '2026', '9000'],
                   ['3', 'Traktor Deutz D 6006 (Oldtimer)', '1968', '14500'],
                   ['4', 'Werkzeug und Kleingeräte', '', '3200']])
    note = pdf(['# Schadenmeldung Feuer', 'Schaden 26-S-0090213 · Landwirtschaftliche Gebäudeversicherung LG-12-000877', '',
                'Versicherungsnehmer: Hinrich Jebsen, Hof Jebsen, Dorfstraße 3, 24361 Groß Wittensee',
                'Schadentag: 21.08.2026, ca. 14:30 Uhr. Ursache lt. Feuerwehr vermutlich Selbstentzündung von Heu.',
                'Personen kamen nicht zu Schaden. Tiere waren auf der Weide.',
                'Feuerwehr: FF Groß Wittensee, Einsatzbericht folgt.'], title='Schadenmeldung Feuer')
    text = """Moin Herr Haller,

anbei (ZIP) die Schadenmeldung und die Inventarliste von Herrn Jebsen zum Scheunenbrand
in Groß Wittensee. Bitte Besichtigung bis Ende nächster Woche, der Landwirt braucht
für das Winterfutter schnell eine Entscheidung zum Notdach.

Gruß
Andreas Voigt

""" + sig('av') + '\n'
    return M(who('av'), 'Matthias Haller <m.haller@sv-buero-haller.example>', 'Brand Scheune Jebsen, Groß Wittensee – Unterlagen',
             '2026-08-24 07:58', text=text,
             atts=[A_zip('Jebsen_26-S-0090213.zip', [('Schadenmeldung_26-S-0090213.pdf', note), ('Inventar_Jebsen.csv', inv)])])


@mail('CONFIDENTIAL', 'en', 'insurer-to-customer',
      'grey: dog liability – customer\'s dog bit another dog, vet bill; animal health only, no human injury')
def c_dog_vs_dog():
    text = """Dear Ms Lindqvist,

the owner of the terrier your dog Bruno bit in Stadtpark on 12 September, Mr Albers
(no relation to our colleague), has sent us the vet's bill:

  Tierarztpraxis am Stadtpark, 12-19 Sept 2026
  wound treatment under sedation, stitches, antibiotics, follow-up  EUR 642.80

Your dog owner's liability policy (TH-64-020917) covers this. We will pay the vet
directly. Claim number: 26-H-0052281.

Nobody except the two dogs was hurt, as both you and Mr Albers confirmed.

Kind regards,
Melanie Ostrowski

""" + sig('mo', 'en') + '\n'
    return M(who('mo'), 'Sarah Lindqvist <sarah.lindqvist@inboxly.example>', 'Bruno / Stadtpark – claim 26-H-0052281',
             '2026-09-25 10:27', text=text)


@mail('CONFIDENTIAL', 'de', 'internal',
      'grey: sender marked the subject [vertraulich] – explicit marking wins although the draft holds no personal data')
def c_markierung_vertraulich():
    text = """Hallo Andreas,

wie besprochen mein Entwurf für die Neuaufstellung Team Sach ab 2027, bitte noch
nicht weitergeben, der Betriebsrat ist erst am 15.10. dran.

- Zusammenlegung Sach Ost und Sach West zu einem Team mit zwei Gruppen
  (Hausrat/Glas und Wohngebäude/Elementar)
- Außendienst bleibt eigenständig, Disposition wandert ins Team
- Großschäden ab 100.000 EUR weiter bei dir
- Personalstärke unverändert, keine Versetzungen gegen den Willen

Ich habe den Betreff bewusst mit [vertraulich] markiert.

Gruß
Tobias
"""
    return M(who('tr'), who('av'), '[vertraulich] Entwurf Neuaufstellung Team Sach 2027', '2026-10-02 18:03', text=text)


@mail('CONFIDENTIAL', 'mixed', 'internal',
      'English broker enquiry about a named client\'s liability claim forwarded with German note; claim number and client')
def c_broker_enquiry_forward():
    text = """Hallo Melanie,

kannst du Mr Thornbury kurz den Stand geben? Es geht um den Wasserschaden, den sein
Kunde Felix Bauer in der Wohnung unter ihm verursacht hat. Ich habe ihm gesagt, dass
du dich bis morgen meldest.

Danke, Claire

""" + outlook_en('James Thornbury <james@thornbury-brokers.example>', 'Thursday, October 8, 2026 4:55 PM',
                 'Whitfield, Claire', 'Felix Bauer - liability claim 26-H-0058190') + """
Hi Claire,

my client Felix Bauer (private liability PH-62-409912) tells me the downstairs
neighbour's lawyer now wants EUR 9,800 for the kitchen ceiling and a hotel stay.
Felix is worried about paying himself. Can someone tell me where this stands?

Thanks,
James
"""
    return M(who('cw'), who('mo'), 'WG: Felix Bauer - liability claim 26-H-0058190', '2026-10-09 08:40', text=text)


# ---------------------------------------------------------------- STRICTLY_CONFIDENTIAL (1)

@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor claim reply asks for photos and mentions only the wife\'s "Beschwerden"; the quoted customer mail says she has whiplash and is on sick leave')
def s_kfz_schleudertrauma_zitat():
    text = """Sehr geehrter Herr Petrović,

danke für Ihre Meldung. Damit wir den Schaden an Ihrem Fahrzeug schnell regulieren
können, schicken Sie uns bitte noch Fotos von Heck und Stoßstange sowie die Daten des
Unfallgegners (Kennzeichen, Versicherung), falls vorhanden.

Zu den Beschwerden Ihrer Frau meldet sich eine Kollegin aus unserem Team
Personenschaden gesondert bei Ihnen. Bitte schicken Sie ärztliche Unterlagen nicht
per E-Mail, sondern über den Link, den Sie dann erhalten.

Schadennummer: 26-K-0210456

Mit freundlichen Grüßen

""" + sig('jk') + '\n\n' + FOOT_DE + '\n\n' + q("""Am 03.03.2026 um 21:14 schrieb Milan Petrović:
Guten Abend,
mir ist gestern an der Ampel Stresemannstraße einer hinten drauf gefahren, mein
Kennzeichen HH-MP 3390. Der andere hat Fahrerflucht begannen, ich hab aber ein Foto
vom Kennzeichen gemacht.
Meine Frau saß auf dem Beifahrersitz, sie hat seit gestern starke Nackenschmerzen
und Kopfweh, der Hausarzt hat heute ein Schleudertrauma festgestellt und sie bis
Freitag krankgeschrieben. Was muss ich jetzt machen??
Mfg Milan Petrović""") + '\n'
    return M(who('jk'), 'Milan Petrović <milan.petrovic@mailbox.example>', 'AW: Auffahrunfall Stresemannstraße',
             '2026-03-04 09:37', text=text)


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-lawyer',
      'motor liability: claimant\'s solicitor, fractured collarbone and time off work; request for medical report')
def s_collarbone_solicitor():
    text = """Dear Ms Pryce,

re: your client Mr Owen Griffiths – road traffic accident in Hamburg on 14 May 2026
Our insured: Mr Kai-Uwe Stender, HH-KS 7742; our reference 26-K-0241187

Thank you for your letter of 2 June. Liability is admitted; our insured turned left
across the cycle lane and did not see your client.

To assess your client's claim for pain and suffering and loss of earnings, we need:

1. the discharge letter from Asklepios-Nord Hospital (displaced fracture of the left
   clavicle, plate osteosynthesis on 15 May, according to your letter),
2. the report of his GP in Cardiff on the follow-up treatment and physiotherapy,
3. confirmation from his employer that he was unable to work from 14 May to
   28 June 2026 and of his net monthly earnings,
4. a signed medical authority for the records of the last five years regarding
   the left shoulder.

Please upload the documents through our secure portal; I have sent you a link in a
separate e-mail. We will pay an interim payment of EUR 3,000 on account.

Kind regards,
Melanie Ostrowski

""" + sig('mo', 'en') + '\n\n' + FOOT_EN + '\n'
    return M(who('mo'), 'Bethan Pryce <b.pryce@pryce-injury-law.example>', 'Owen Griffiths – RTA Hamburg 14.05.2026 – your letter of 2 June',
             '2026-06-08 11:15', text=text)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'household burglary reported late because the customer was in hospital for a hip replacement')
def s_einbruch_krankenhaus():
    text = """Sehr geehrte Frau Hinrichsen,

vielen Dank für Ihre Erklärung. Wir verstehen natürlich, dass Sie den Einbruch erst
nach Ihrer Rückkehr aus der Klinik bemerken konnten. Ihr Krankenhausaufenthalt für
die Hüftoperation vom 9. bis 20. Februar und die anschließende Reha erklären die
spätere Meldung vollständig; eine Obliegenheitsverletzung sehen wir nicht.

Für die weitere Bearbeitung (Schaden 26-S-0053870, Hausrat HR-70-498001) brauchen wir
noch die Stehlgutliste, die Sie bei der Polizei abgegeben haben. Da Sie derzeit
noch an Unterarmgehstützen gehen, kommt unser Außendienstmitarbeiter Herr Paulsen
gern zu Ihnen nach Hause, um die Schäden an der Balkontür aufzunehmen. Er ruft Sie
an.

Gute Besserung und freundliche Grüße

""" + sig('tr') + '\n\n' + FOOT_DE + '\n'
    return M(who('tr'), 'Gisela Hinrichsen <g.hinrichsen@nordpost.example>', 'Ihr Einbruchschaden 26-S-0053870', '2026-03-10 12:00',
             text=text)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'buildings claim: the assessor visit is postponed; the quoted customer mail mentions her chemotherapy (multipart/alternative)')
def s_gebaeude_chemo():
    quoted = """Sehr geehrter Herr Paulsen,
leider muss ich den Termin am Donnerstag absagen. Ich bin gerade in der
Chemotherapie (Brustkrebs) und an den Tagen nach der Behandlung komme ich kaum aus
dem Bett. Ginge es in der Woche danach, am liebsten Montag oder Dienstag?
Der Riss in der Giebelwand ist übrigens größer geworden.
Mit freundlichen Grüßen
Birgit Oltmanns"""
    text = """Sehr geehrte Frau Oltmanns,

selbstverständlich, wir verschieben den Termin. Ich komme am Dienstag, 21. April,
um 10 Uhr zu Ihnen (Schaden 26-S-0060218, Gebäude Am Deich 31, Wedel). Sollte es
Ihnen an dem Tag nicht gut gehen, reicht ein kurzer Anruf, auch kurzfristig.

Damit der Riss sich nicht weiter ausdehnt, stellen Sie bitte nichts an die
Giebelwand. Fotos mit einem Maßband daneben helfen uns.

Alles Gute für Sie und freundliche Grüße
Dennis Paulsen

""" + sig('dp') + '\n\n' + q(quoted) + '\n'
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p>Sehr geehrte Frau Oltmanns,</p>
<p>selbstverständlich, wir verschieben den Termin. Ich komme am <b>Dienstag, 21. April, um 10 Uhr</b> zu Ihnen
(Schaden 26-S-0060218, Gebäude Am Deich 31, Wedel). Sollte es Ihnen an dem Tag nicht gut gehen, reicht ein kurzer
Anruf, auch kurzfristig.</p>
<p>Damit der Riss sich nicht weiter ausdehnt, stellen Sie bitte nichts an die Giebelwand. Fotos mit einem Maßband
daneben helfen uns.</p>
<p>Alles Gute für Sie und freundliche Grüße<br>Dennis Paulsen<br>Schadenaußendienst Sach<br>Falkenried Versicherung AG</p>
<blockquote style="border-left:2px solid #999;padding-left:8px;color:#555">
""" + quoted.replace('\n', '<br>\n') + """
</blockquote></body></html>
"""
    return M(who('dp'), 'Birgit Oltmanns <birgit.oltmanns@web-post.example>', 'AW: Termin Donnerstag – Riss Giebelwand',
             '2026-04-14 17:20', text=text, html=html)


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
      'trip cancellation: medical certificate on pregnancy complications (PDF) sent to the insurer\'s medical consultant')
def s_pregnancy_cert_pdf():
    lines = ['# Harbour Medical Practice Hamburg', 'Dr. Fiona McAllister, General Practitioner', 'Colonnaden 19, 20354 Hamburg', '',
             '# Medical certificate', 'Hamburg, 9 June 2026', '',
             'Patient: Ms Hannah Whitlock, date of birth 04/11/1991', '',
             'Ms Whitlock is 26 weeks pregnant. On 7 June 2026 she was admitted to hospital with',
             'premature contractions and cervical shortening (ICD-10 O60.0, O34.3). She was',
             'discharged on 9 June with strict bed rest and progesterone.', '',
             'In my opinion she is unable to travel by air until after delivery. The planned trip to',
             'Lisbon (16-23 June 2026) must be cancelled for medical reasons.', '',
             'Dr. F. McAllister']
    text = """Dear Dr Brandes,

please review the attached certificate for a trip cancellation claim (26-T-0027719,
policy RV-2026-101233, insured person Hannah Whitlock). Cancellation costs are
EUR 1,480. The trip was booked on 2 March; the pregnancy was known at booking, the
complications were not.

Question: do you agree that the complication was unexpected and that she was unfit
to travel on the trip dates?

Many thanks,
Rana Khalil

""" + sig('rk', 'en') + '\n'
    return M(who('rk'), 'Dr. Ulrike Brandes <u.brandes@medconsult-nord.example>', 'Medical review 26-T-0027719',
             '2026-06-11 09:12', text=text,
             atts=[A_pdf('certificate_Whitlock_2026-06-09.pdf', lines, title='Medical certificate')])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'trip cancellation after the father\'s sudden death from a heart attack; cause of death named')
def s_ruecktritt_herzinfarkt():
    text = """Sehr geehrte Frau Martens-Obst,

zunächst unser aufrichtiges Beileid zum plötzlichen Tod Ihres Vaters.

Der Tod eines nahen Angehörigen ist in Ihrer Reiserücktrittsversicherung
(RV-2026-066210) versichert. Sie schreiben, dass Ihr Vater am 11. Mai völlig
unerwartet an einem Herzinfarkt verstorben ist; die Beerdigung war am 22. Mai, zwei
Tage nach dem geplanten Reisebeginn.

Für die Erstattung der Stornokosten (2.230 EUR, Stornorechnung vom 13.05.) brauchen
wir nur noch eine Kopie der Sterbeurkunde. Eine Todesbescheinigung mit Angaben zur
Todesursache benötigen wir nicht.

Schadennummer: 26-T-0024008

Mit stillem Gruß

""" + sig('sb') + '\n\n' + FOOT_DE + '\n'
    return M(who('sb'), 'Claudia Martens-Obst <claudia.mo@web-post.example>', 'Ihre Reisestornierung 26-T-0024008',
             '2026-05-26 10:05', text=text)


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'dog liability: the customer\'s dog bit a neighbour\'s 5-year-old; stitches, tetanus shot, hospital visit')
def s_dog_bite_child():
    text = """Dear Mr and Mrs Fitzgerald,

we have received the letter from Mr and Mrs Hoang about the incident on 30 May, when
your dog Nala bit their daughter Linh (5) in the hand at the garden gate.

According to the enclosed report from Altona Children's Hospital, Linh had a
2 cm wound on her right hand that was stitched under local anaesthetic; she received
a tetanus booster and antibiotics and went home the same day. A check-up on 6 June
showed no infection.

Your dog owner's liability policy (TH-64-018732) covers the claim. We will pay the
parents' costs and a reasonable amount for pain and suffering directly to them. You
don't need to do anything, but please do not make any payment yourselves.

Claim number: 26-H-0036610.

Kind regards,
Melanie Ostrowski

""" + sig('mo', 'en') + '\n\n' + FOOT_EN + '\n'
    return M(who('mo'), 'Aidan Fitzgerald <aidan.fitzgerald@inboxly.example>', 'Claim 26-H-0036610 – Nala / Linh Hoang',
             '2026-06-15 14:44', text=text)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'legal expenses: dismissal during long sick leave (F43.2, BEM); lawyer\'s cover request forwarded as message/rfc822')
def s_kuendigung_krankheit_eml():
    inner = ext_msg('Kanzlei Rüter <sekretariat@ruter-arbeitsrecht.example>', 'Rechtsschutz Leistung <rs-leistung@' + DOM + '>',
                    'Deckungsanfrage Schwarz ./. Nordlicht Pflege gGmbH', '2026-07-06 10:22', """Sehr geehrte Damen und Herren,

wir zeigen die Vertretung Ihrer Versicherungsnehmerin, Frau Marlene Schwarz,
RS 5510 2990, an.

Frau Schwarz ist seit dem 12.01.2026 durchgehend arbeitsunfähig erkrankt
(Anpassungsstörung, ICD-10 F43.2, nach Mobbing durch eine Vorgesetzte). Die
Arbeitgeberin hat ihr mit Schreiben vom 30.06.2026 personenbedingt wegen
Langzeiterkrankung gekündigt, ohne zuvor ein betriebliches Eingliederungsmanagement
anzubieten.

Wir bitten um Deckungszusage für die Kündigungsschutzklage erster Instanz.
Streitwert: drei Bruttomonatsgehälter à 3.260 EUR.

Mit freundlichen Grüßen
Rüter, Rechtsanwalt
""", msgid='<20260706102200.4471@ruter-arbeitsrecht.example>')
    text = """Sehr geehrter Herr Rechtsanwalt Rüter,

für Frau Schwarz erteilen wir Deckungszusage für die Kündigungsschutzklage vor dem
Arbeitsgericht Hamburg, erste Instanz (unser Zeichen 26-R-16042). Die
Selbstbeteiligung von 150 EUR trägt die Mandantin.

Ihre Anfrage hänge ich zur Zuordnung an.

Mit freundlichen Grüßen

""" + sig('ha') + '\n\n' + FOOT_DE + '\n'
    return M(who('ha'), 'Kanzlei Rüter <sekretariat@ruter-arbeitsrecht.example>', 'Deckungszusage Schwarz ./. Nordlicht Pflege gGmbH',
             '2026-07-08 13:12', text=text, atts=[A_eml(inner, 'Deckungsanfrage_Schwarz.eml')])


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'criminal defence cover: investigation for negligent bodily injury after a car accident (criminal data and injury)')
def s_criminal_defence_en():
    text = """Dear Mr Novak,

you have received a letter from the public prosecutor's office in Hamburg informing
you that an investigation has been opened against you for negligent bodily injury
(Section 229 German Criminal Code) after the accident on 19 September, in which the
cyclist you collided with suffered a fractured pelvis.

Your traffic legal expenses cover (RS 5510 8123) includes criminal defence for
negligent offences. We confirm cover for:
- a defence lawyer of your choice in the investigation,
- if charges are brought, the proceedings in the first instance.

Our reference: 26-R-17795. Please do not give a statement to the police before you
have spoken to your lawyer. The civil claims of the cyclist are handled separately
by our motor liability colleagues (claim 26-K-0278820).

Kind regards,
Dr. Henrik Albers

""" + sig('ha', 'en') + '\n\n' + FOOT_EN + '\n'
    return M(who('ha'), 'Tomas Novak <tomas.novak@inboxly.example>', 'Letter from the public prosecutor – your cover',
             '2026-10-12 16:20', text=text)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'motor recourse after drunk driving (1.3 per mille, penal order); criminal data and blood test')
def s_trunkenheit_regress():
    text = """Hallo Petra,

Regressprüfung bitte für 26-K-0186642 (VN Steffen Marquardt, KA 41-2104418).

Sachverhalt: Unser VN ist am 31.01. um 2:40 Uhr in Bergedorf mit 1,3 Promille (Blutprobe
im Krankenhaus, Ergebnis 1,31 ‰) auf einen geparkten Transporter aufgefahren.
Personen wurden nicht verletzt. Fremdschaden 8.940 EUR ist reguliert, Kasko haben
wir wegen grober Fahrlässigkeit abgelehnt (Quote 100 %).

Strafbefehl liegt in Kopie vor: Trunkenheit im Verkehr nach § 316 StGB, 40
Tagessätze, Entzug der Fahrerlaubnis, Sperre 9 Monate. Er hat den Strafbefehl
akzeptiert.

Nach D.2.1 AKB ist das eine Obliegenheitsverletzung vor dem Schadenfall, Regress bis
5.000 EUR. Kannst du das übernehmen? Akte ist dir zugewiesen.

Gruß
Hauke
"""
    return M(who('hw'), who('pn'), 'Regress Trunkenheitsfahrt 26-K-0186642', '2026-02-24 08:51', text=text, cte='8bit')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'comprehensive motor cover for a wheelchair conversion; the customer is paraplegic after an accident')
def s_rollstuhlumbau():
    text = """Hi Jana,

kurze Frage zu einem Neuzugang, bevor ich dem Kunden antworte:

Herr Oleg Baranov (KA 41-3120577, VW Caddy Maxi, HH-OB 540) sitzt seit einem
Motorradunfall 2023 im Rollstuhl (Querschnittlähmung ab Th 10). Der Wagen hat ein
Rollstuhl-Verladesystem, Handbedienung für Gas/Bremse und einen Drehsitz, zusammen
ca. 18.600 EUR, finanziert über die Berufsgenossenschaft.

Ist das als Sonderausstattung in der Vollkasko automatisch mitversichert oder muss
er das extra anmelden? Ich meine, bis 5.000 EUR ist es beitragsfrei, darüber nicht?

Danke!
Hauke
"""
    return M(who('hw'), who('jk'), 'Frage Sonderausstattung Rollstuhlumbau Baranov', '2026-05-19 13:27', text=text)


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'household burglary: stolen hearing aids on the list of stolen items (CSV); body mentions them too')
def s_hearing_aids_csv():
    rows = [['item', 'bought', 'price_eur', 'receipt'],
            ['hearing aids (pair), behind-the-ear, rechargeable', '2025-03', '4980.00', 'yes'],
            ['charger for hearing aids', '2025-03', '120.00', 'yes'],
            ['laptop', '2023-11', '1349.00', 'yes'],
            ['watch', '2018', '650.00', 'no'],
            ['cash', '', '200.00', 'no']]
    text = """Dear Mr Whitaker,

thank you for the list of stolen items (attached as we recorded it). A few points:

- Hearing aids: your household policy covers them like any other household item.
  Your statutory health insurer paid part of the price in 2025 (EUR 1,580) and will
  usually pay again after a theft if you ask your ENT doctor for a new prescription.
  We pay the difference, so please send us their decision first.
- Laptop and watch: accepted.
- Cash: covered up to EUR 500.

Claim number: 26-S-0074412 (household policy HR-70-559870).

Kind regards,
Tobias Reinhardt

""" + sig('tr', 'en') + '\n'
    return M(who('tr'), 'Geoffrey Whitaker <g.whitaker@inboxly.example>', 'Burglary 26-S-0074412 – your list of items',
             '2026-07-07 10:02', text=text, atts=[A_csv('stolen_items_26-S-0074412.csv', rows, delim=',')])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'attachment-only: harmless body; the XLSX settlement of a water damage lists an insulin pump and glucose meter')
def s_insulinpumpe_xlsx():
    rows = [['Pos.', 'Gegenstand', 'Zustand', 'Wiederbeschaffung EUR', 'Entschädigung EUR'],
            [1, 'Teppich Wohnzimmer', 'durchnässt, Geruch', 420.00, 380.00],
            [2, 'Kommode Kiefer', 'aufgequollen', 260.00, 180.00],
            [3, 'Insulinpumpe mit Zubehör (Nachtschrank, vom Wasser erfasst)', 'defekt', 3950.00, 'über Krankenkasse, siehe Anmerkung'],
            [4, 'Blutzuckermessgerät und Teststreifen', 'defekt', 89.90, 89.90],
            [5, 'Bettwäsche, Handtücher', 'gereinigt', 74.00, 74.00],
            ['', 'Summe Entschädigung', '', '', 723.90],
            ['', 'Anmerkung: Die Pumpe ist Eigentum der Krankenkasse (Leihgerät). Ersatz bitte über die Diabetes-Praxis beantragen.', '', '', '']]
    text = """Sehr geehrter Herr Stolle,

anbei die Abrechnung zu Ihrem Leitungswasserschaden vom 12. September
(Schaden 26-S-0087730). Den Betrag von 723,90 EUR überweisen wir in den nächsten
Tagen.

Bei Fragen erreichen Sie mich unter der unten stehenden Telefonnummer.

Mit freundlichen Grüßen

""" + sig('tr') + '\n\n' + FOOT_DE + '\n'
    return M(who('tr'), 'Werner Stolle <werner.stolle@nordpost.example>', 'Abrechnung Schaden 26-S-0087730', '2026-09-30 11:45',
             text=text, atts=[A_xlsx('Abrechnung_26-S-0087730.xlsx', [('Abrechnung', rows)])])


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'buildings: barrier-free bathroom after the policyholder\'s husband had a stroke, insured sum question; stroke named in reply and quote')
def s_stroke_bathroom():
    text = """Dear Mrs Carmichael,

thank you for letting us know about the building work. I'm sorry to hear about your
husband's stroke last autumn and glad the rehabilitation is going well.

Converting the ground-floor bathroom to a level-access shower with grab rails and
widening two doors for the wheelchair does not change the nature of the building,
so your buildings cover (WG-33-010882) simply continues. Two things:

1. As the work adds value (your builder estimates EUR 24,000), the insured sum is
   adjusted automatically under the "sliding new value" clause; you don't need to
   do anything.
2. During the work the house remains occupied, so there is no vacancy issue.

If the local authority or the long-term care fund subsidises the conversion, that
has no effect on your insurance.

Kind regards,

""" + sig('ma', 'en') + '\n\n' + q("""On 3 March 2026 at 18:22, Margaret Carmichael wrote:
Since Douglas had his stroke in October he can't manage the stairs or the bath any
more. We're converting the downstairs bathroom and widening the doors for his
wheelchair. Do we have to tell you? Will our premium go up?
Margaret""") + '\n'
    return M(who('ma'), 'Margaret Carmichael <m.carmichael@inboxly.example>', 'Re: Building work – do we need to tell you?',
             '2026-03-05 10:50', text=text)


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'homeowner\'s liability: guest slipped on the icy path, wrist fracture operated; injury details from the guest\'s lawyer')
def s_icy_path_wrist():
    text = """Dear Mr Jansen,

the lawyer of your guest, Ms Petra Lühr, has written to us. She slipped on the
frozen path to your front door on 6 January and, according to the hospital report
enclosed with the letter, broke her right wrist (distal radius fracture), which was
operated on with a plate at UKE the next day. She was on sick leave for ten weeks
and claims pain and suffering, loss of earnings and the cost of a household help.

Before we decide on liability, please tell us:
1. When did you last clear and grit the path that day? Who did it?
2. Was there a contract with a winter service company?
3. Are there photos of the path from that day?

Your house and landowner's liability cover (HG-61-003317) responds to this claim.
Please do not admit liability or promise any payment to Ms Lühr.

Claim: 26-H-0012045.

Kind regards,
Melanie Ostrowski

""" + sig('mo', 'en') + '\n\n' + FOOT_EN + '\n'
    return M(who('mo'), 'Pieter Jansen <pieter.jansen@inboxly.example>', 'Claim 26-H-0012045 – fall on your path on 6 January',
             '2026-02-09 15:30', text=text)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'cycling accident: ZIP with a statement of paid physiotherapy and orthopaedic invoices for the injured pedestrian')
def s_radunfall_physio_zip():
    stmt = pdf(['# Zahlungsübersicht Heilbehandlungskosten', 'Schaden 26-H-0029911 · Geschädigte: Frau Ingeborg Thiessen', '',
                'Rechnung                                   Datum        Betrag EUR   gezahlt',
                'Orthopädie Dr. Kallweit, Erstbehandlung    12.05.2026      142,30   ja',
                'Röntgen Schulter rechts                    12.05.2026       88,40   ja',
                'Physiotherapie Alsterfit, 12 x KG          06.06.2026      396,00   ja',
                'Physiotherapie Alsterfit, 6 x KG + MT      10.07.2026      231,00   ja',
                'Zuzahlungen Medikamente (Ibuprofen 600)    05/2026          15,00   ja',
                'Summe                                                      872,70'], title='Zahlungsübersicht')
    text = """Sehr geehrte Frau Rechtsanwältin Pahl,

in der Sache Thiessen ./. Lorenzen (unser Zeichen 26-H-0029911) erhalten Sie anbei
die Übersicht der bisher gezahlten Heilbehandlungskosten Ihrer Mandantin nach dem
Zusammenstoß mit dem Fahrrad unseres Versicherungsnehmers am 11.05.2026
(Prellung und Zerrung der rechten Schulter, Rotatorenmanschette ohne Riss).

Für das Schmerzensgeld bieten wir 1.800 EUR an. Sollte Ihre Mandantin weitere
Physiotherapie benötigen, bitten wir um eine aktuelle Verordnung.

Mit freundlichen Grüßen

""" + sig('mo') + '\n\n' + FOOT_DE + '\n'
    return M(who('mo'), 'Kanzlei Pahl <post@kanzlei-pahl.example>', 'Thiessen ./. Lorenzen – Heilbehandlungskosten und Angebot',
             '2026-07-29 12:10', text=text,
             atts=[A_zip('Thiessen_26-H-0029911.zip', [('Zahlungsuebersicht_26-H-0029911.pdf', stmt)])])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'motor claim caused by a first epileptic seizure at the wheel; neurologist\'s letter mentioned')
def s_epilepsie_unfall():
    text = """Hallo Petra,

zu 26-K-0233108 (VN Friederike Claussen): Die Kundin hat am 22.06. auf der B 75 die
Kontrolle verloren und ist in eine Leitplanke und einen Gartenzaun gefahren.
Laut Arztbrief der Neurologie (liegt in der Akte, Kategorie Medizinische Unterlagen)
war das ein erstmaliger epileptischer Anfall, vorher keine Diagnose, keine
Medikamente. Sie darf jetzt 6 Monate nicht fahren.

Für mich heißt das: kein Regress, weil sie von der Erkrankung nichts wusste. Den
Fremdschaden (Zaun, Leitplanke) regulieren wir, die Vollkasko zahlt ohne Kürzung.
Siehst du das auch so? Dann mache ich die Akte so zu.

Gruß
Jana
"""
    return M(who('jk'), who('pn'), '26-K-0233108 Claussen – Regress nein?', '2026-07-03 10:21', text=text)


# ---------------------------------------------------------------- STRICTLY_CONFIDENTIAL (2)

@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
      'instruction of a medical expert on a whiplash claim: claimant named, ICD S13.4, medical history in the DOCX')
def s_whiplash_expert_docx():
    blocks = [('h', 'Instruction for a medical expert opinion'),
              ('t', [['Our reference', '26-K-0210456'], ['Claimant', 'Dragana Petrović, date of birth 21/07/1988'],
                     ['Accident', '2 March 2026, rear-end collision at approx. 15 km/h, claimant front passenger'],
                     ['Diagnosis by GP', 'Distortion of the cervical spine (ICD-10 S13.4), headache'],
                     ['Sick leave', '3 March to 24 April 2026 (GP certificates)'],
                     ['Previous history', 'Physiotherapy for neck pain in 2024 (6 sessions), migraine since 2019']]),
              'Questions:',
              '1. Is the neck injury consistent with the accident mechanics (delta-v approx. 8-10 km/h)?',
              '2. Which part of the sick leave and the complaints is due to the accident, which to the previous history?',
              '3. Is there any permanent impairment?',
              'Please examine the claimant in person. Fee according to our framework agreement.']
    text = """Dear Dr Kaminski,

please find attached our instruction for an orthopaedic opinion in the above matter.
The claimant has agreed to the examination and signed the medical authority; her
GP records will be sent to you through our secure portal.

She prefers appointments in the afternoon and speaks German and Serbian; an
interpreter is not needed.

Kind regards,
Melanie Ostrowski

""" + sig('mo', 'en') + '\n'
    return M(who('mo'), 'Dr. Jakob Kaminski <praxis@ortho-gutachten-kaminski.example>', 'Instruction expert opinion 26-K-0210456',
             '2026-05-04 08:55', text=text,
             atts=[A_docx('Instruction_26-K-0210456.docx', blocks, title='Instruction medical opinion')])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'legal expenses in social law: dispute over a disability pension, diagnoses M51.2 and F33.1, court date (ICS)')
def s_em_rente_sozialgericht():
    cal = ics('sg-hamburg-s-12-r-441-26', '2026-11-26 10:30', '2026-11-26 11:30',
              'Sozialgericht Hamburg S 12 R 441/26 – Termin Wallenstein', 'Sozialgericht Hamburg, Kaiser-Wilhelm-Str. 100, Saal 2.14',
              'Klage auf Erwerbsminderungsrente, Kläger Jürgen Wallenstein. Deckung RS 26-R-12480.')
    text = """Sehr geehrter Herr Rechtsanwalt Brühl,

in der Sozialgerichtssache Ihres Mandanten Jürgen Wallenstein gegen die Deutsche
Rentenversicherung Nord (Az. S 12 R 441/26, unser Zeichen 26-R-12480) bestätigen wir
die Deckung auch für das von Ihnen beantragte Gutachten nach § 109 SGG.

Zur Begründung hatten Sie mitgeteilt, dass die Rentenversicherung die
Erwerbsminderung trotz des chronischen Bandscheibenleidens (M51.2) und der
rezidivierenden depressiven Störung (F33.1) mit einem Restleistungsvermögen von
sechs Stunden bewertet. Die Kosten des Wahlgutachtens (Kostenvorschuss 2.400 EUR)
übernehmen wir.

Den Termin zur mündlichen Verhandlung habe ich als Kalendereintrag beigefügt.

Mit freundlichen Grüßen

""" + sig('ha') + '\n\n' + FOOT_DE + '\n'
    return M(who('ha'), 'RA Brühl <bruehl@sozialrecht-bruehl.example>', 'S 12 R 441/26 Wallenstein – Deckung Gutachten § 109 SGG',
             '2026-10-14 14:03', text=text, atts=[A_ics('Termin_SG_Hamburg_2026-11-26.ics', cal)])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'grey: trade-union membership and number (GDPR Art. 9 special category) treated like health data; legal-expenses subsidiarity letter')
def s_gewerkschaft_subsidiaritaet():
    text = """Sehr geehrter Herr Brunckhorst,

vielen Dank für Ihre Meldung zur Abmahnung durch Ihren Arbeitgeber.

Sie haben uns mitgeteilt, dass Sie seit 2011 Mitglied der Gewerkschaft Logistik und
Verkehr (GLV, Mitgliedsnummer 0448-21907) sind. Nach § 5 Abs. 3 f ARB besteht in
diesem Fall kein Anspruch auf Kostenübernahme, soweit Sie Rechtsschutz über Ihre
Gewerkschaft erhalten können. Bitte wenden Sie sich deshalb zuerst an den
Rechtsschutz der GLV.

Sollte die Gewerkschaft die Vertretung ablehnen oder nur einen Teil der Kosten
übernehmen, melden Sie sich bitte wieder bei uns mit der schriftlichen Ablehnung.
Wir prüfen dann, ob wir einspringen. Ihr Vertrag: RS 5510 6690, Fall 26-R-15071.

Mit freundlichen Grüßen

""" + sig('gs') + '\n\n' + FOOT_DE + '\n'
    return M(who('gs'), 'Olaf Brunckhorst <olaf.brunckhorst@mailbox.example>', 'Ihre Abmahnung – Rechtsschutz über die Gewerkschaft',
             '2026-04-22 09:09', text=text)


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'lost baggage with epilepsy medication (levetiracetam) replaced abroad; medicine named')
def s_lost_baggage_medication():
    text = """Dear Mr Carroll,

your suitcase was lost on the flight from Hamburg to Dublin on 2 July, and with it
your epilepsy medication. You had to see a doctor in Dublin for a prescription and
buy a two-week supply:

  GP consultation, Dublin (emergency appointment) ..... EUR 70.00
  Levetiracetam 500 mg, 56 tablets .................... EUR 48.60
  Taxi to the pharmacy ................................. EUR 18.00

The medication and the GP consultation are covered under "emergency purchases"
after baggage delay/loss in your travel policy (RV-2026-104455), as is the taxi.
We will pay EUR 136.60 now. The lost suitcase itself is a separate claim against
the airline first; please send us their final answer.

Claim: 26-T-0030071.

Best regards,

""" + sig('rk', 'en') + '\n'
    return M(who('rk'), 'Declan Carroll <declan.carroll@inboxly.example>', 'Your lost suitcase – medication costs 26-T-0030071',
             '2026-07-21 16:11', text=text)


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'trip interruption: child\'s appendicitis operation in Italy, hospital days; health data in an HTML-only table')
def s_appendicitis_italy_html():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Mr and Mrs Okoye,</p>
<p>I hope Chidera is recovering well. We have checked the documents about your interrupted holiday in Rimini
(policy RV-2026-081120, claim 26-T-0033905):</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#eef5f2"><th>Item</th><th>Details</th><th>EUR</th></tr>
<tr><td>Hospital stay Chidera (8)</td><td>Ospedale Infermi, 18-23 July 2026, laparoscopic appendectomy (acute appendicitis)</td><td>paid by the European health insurance card</td></tr>
<tr><td>Unused holiday days</td><td>4 of 14 nights, family apartment</td><td>640.00</td></tr>
<tr><td>Extra hotel nights near the hospital</td><td>2 nights, Hotel Marina</td><td>236.00</td></tr>
<tr><td>Rebooked return flights</td><td>4 persons, 25 July</td><td>712.40</td></tr>
<tr><td><b>Total we pay</b></td><td></td><td><b>1,588.40</b></td></tr>
</table>
<p>The payment will be made to your account ending in 4417 within three working days.</p>
<p>Best regards,<br>Sophie Brandt<br>Travel Claims, Falkenried Versicherung AG</p>
</body></html>
"""
    return M(who('sb'), 'Ngozi Okoye <ngozi.okoye@inboxly.example>', 'Your holiday in Rimini – claim 26-T-0033905', '2026-08-04 12:40',
             html=html, cte='quoted-printable')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'fire caused by the customer\'s mother with dementia (care level 3); field report as ODT')
def s_brand_demenz_odt():
    blocks = [('h', 'Außendienstbericht Brandschaden 26-S-0077814'),
              'Objekt: Einfamilienhaus Lerchenweg 6, 25421 Pinneberg. VN: Ralf Dittmer (Wohngebäude WG-33-006650, Hausrat HR-70-470219).',
              'Besichtigung: 28.07.2026, anwesend VN und Ehefrau.',
              'Hergang: Die im Haushalt lebende Mutter des VN, Frau Hildegard Dittmer (84, demenziell erkrankt, Pflegegrad 3), '
              'hat am 24.07. gegen 11 Uhr einen Topf mit Öl auf dem Herd vergessen, während die Eheleute einkaufen waren. '
              'Küchenbrand, Ruß in EG und Treppenhaus. Frau Dittmer wurde vom Rettungsdienst wegen Verdachts auf '
              'Rauchgasvergiftung untersucht, blieb aber zu Hause.',
              'Bewertung: Keine grobe Fahrlässigkeit des VN erkennbar; die Mutter wird tagsüber vom Pflegedienst betreut '
              '(Einsätze 8 und 17 Uhr), Herdabschaltung war bereits bestellt.',
              ('t', [['Position', 'Schätzung EUR'], ['Küche komplett', 14500], ['Rußsanierung EG/Treppenhaus', 9800],
                     ['Hausrat Küche/Wohnzimmer', 6200]])]
    text = """Hallo Tobias,

mein Bericht zum Küchenbrand Dittmer. Kurz: kein Abzug wegen grober Fahrlässigkeit,
ich würde voll regulieren. Details zur Mutter stehen im Bericht, bitte nicht in die
Kundenkorrespondenz übernehmen.

Gruß
Dennis
"""
    return M(who('dp'), who('tr'), 'Bericht Küchenbrand Dittmer 26-S-0077814', '2026-07-29 18:34', text=text,
             atts=[A_odt('Bericht_26-S-0077814.odt', blocks, title='Außendienstbericht')])


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'kitchen fire: the daughter writes for her mother, who is in hospital with smoke inhalation; reply and quote')
def s_smoke_inhalation():
    text = """Dear Ms Brennan,

thank you for writing on your mother's behalf, and I'm very sorry about the fire.
Please tell her we hope she'll be out of hospital soon.

You don't need to do anything urgent. We have opened claim 26-S-0068240 under her
household policy (HR-70-455302). Our assessor will contact you, not your mother,
as you asked. Her costs for a hotel or temporary flat while the kitchen is
uninhabitable are covered for up to 100 days.

Kind regards,
Tobias Reinhardt

""" + sig('tr', 'en') + '\n\n' + q("""On 1 June 2026 at 23:05, Aoife Brennan wrote:
Hello, I'm writing for my mother, Mrs Maureen Brennan, Kottwitzstr. 9. There was a
fire in her kitchen this evening (toaster). She's in St. Georg hospital with smoke
inhalation, they're keeping her in for oxygen and observation for 2-3 days because
of her COPD. The flat is black with soot. What do we do now? Please contact me, not
her, she's exhausted. Aoife (daughter)""") + '\n'
    return M(who('tr'), 'Aoife Brennan <aoife.brennan@inboxly.example>', 'Re: Fire at my mother\'s flat', '2026-06-02 08:30',
             text=text, cte='8bit')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'deer collision: the quoted claim form notes the driver\'s bruised chest treated as outpatient (iso-8859-1, 8bit)')
def s_wildunfall_prellung():
    text = """Sehr geehrter Herr Boysen,

danke für Ihre Schadenanzeige und die Wildunfallbescheinigung des Jagdpächters.
Der Zusammenstoß mit dem Reh auf der K 12 ist über Ihre Teilkasko versichert
(Schaden 26-K-0265512, KA 41-1288203). Die Reparatur in der Werkstatt Ihrer Wahl
können Sie freigeben, Selbstbeteiligung 150 EUR.

Mit freundlichen Grüßen
Hauke Wendt
Kfz-Schaden, Team Süd

""" + q("""--- Ihre Angaben aus der Online-Schadenanzeige vom 12.10.2026 ---
Fahrzeug: Skoda Fabia, RD-JB 155
Ort/Zeit: K 12 zwischen Jevenstedt und Nübbel, 11.10.2026, 18:50 Uhr
Hergang: Reh von rechts, Vollbremsung, Zusammenstoß
Schäden: Frontschürze, Scheinwerfer rechts, Kühlergrill, Motorhaube
Personenschaden: Fahrer (ich) Prellung Brustkorb durch Gurt, ambulant in der
Notaufnahme Rendsburg untersucht, Röntgen ohne Befund, Schmerzmittel
Polizei: nein, Jagdpächter Herr Struck verständigt""") + '\n'
    return M(who('hw'), 'Jörn Boysen <joern.boysen@nordpost.example>', 'Wildunfall K 12 – Schaden 26-K-0265512', '2026-10-13 11:02',
             text=text, charset='iso-8859-1', cte='8bit')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'attachment-only: reserve review list of open motor claims; the XLSX has a column with claimants\' injuries')
def s_reserveliste_xlsx():
    rows = [['Schaden', 'Anspruchsteller/in', 'Schadentag', 'Reserve EUR', 'Personenschaden', 'Nächster Schritt'],
            ['26-K-0183342', 'Halterin PI-RT 331', '26.01.2026', 2100, 'nein', 'abschließen'],
            ['26-K-0210456', 'Dragana Petrović', '02.03.2026', 6500, 'HWS-Distorsion S13.4, AU 7 Wochen', 'Gutachten Kaminski'],
            ['26-K-0241187', 'Owen Griffiths', '14.05.2026', 38000, 'Klavikulafraktur li., Platte, AU 6 Wochen', 'Unterlagen Anwältin'],
            ['26-K-0259930', 'Regress NL', '18.07.2026', 7483, 'nein', 'Zahlung abwarten'],
            ['26-K-0278820', 'Radfahrer Niklas Sander', '19.09.2026', 95000, 'Beckenfraktur, Intensivstation 4 Tage', 'Reha-Management anbieten']]
    text = """Hi Andreas,

anbei die Liste für die Reservierungsrunde am Donnerstag, Team Nord, offene Fälle mit
Reserve > 2.000 EUR. Drei Fälle will ich hochsetzen, Details in der Datei.

Gruß
Jana
"""
    return M(who('jk'), who('av'), 'Reservierungsrunde Do – Liste Team Nord', '2026-10-20 16:48', text=text,
             atts=[A_xlsx('Reserveliste_Team_Nord_2026-10.xlsx', [('offen > 2000', rows)])])


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
      'foreign health insurer\'s recourse for its member injured by our policyholder: tibia fracture, hospital days; itemised invoice as HTML')
def s_health_insurer_recourse():
    invoice = """<html><head><meta charset="utf-8"><title>Itemised costs</title></head><body>
<h3>Itemised treatment costs – member Ciarán Doyle, member no. EH-3390127</h3>
<table border="1" cellpadding="4">
<tr><th>Date</th><th>Provider</th><th>Treatment</th><th>EUR</th></tr>
<tr><td>2026-04-11</td><td>Klinikum Lüneburg</td><td>Emergency admission, closed fracture of the right tibial shaft (S82.2), intramedullary nailing</td><td>7,940.00</td></tr>
<tr><td>2026-04-11 to 2026-04-19</td><td>Klinikum Lüneburg</td><td>Inpatient stay, 8 days</td><td>4,480.00</td></tr>
<tr><td>2026-04-20</td><td>Air ambulance Hamburg-Dublin</td><td>Repatriation, stretcher</td><td>9,300.00</td></tr>
<tr><td>2026-05 to 2026-07</td><td>Beacon Physio, Dublin</td><td>Physiotherapy, 18 sessions</td><td>1,260.00</td></tr>
<tr><td colspan="3"><b>Total</b></td><td><b>22,980.00</b></td></tr>
</table></body></html>
"""
    text = """Dear Ms Ní Bhriain,

thank you for your recourse claim of 14 August regarding your member Mr Ciarán Doyle,
who was hit by our policyholder's car while crossing the road in Lüneburg on
11 April 2026 (our claim 26-K-0231990). Liability is accepted in full.

We have reproduced your itemised costs in the attached overview for our records.
Before we pay the total of EUR 22,980.00 we need the original invoice of the air
ambulance and the physiotherapy prescriptions. Please send them through our secure
portal; the link follows in a separate message.

Kind regards,
Petra Nowak

""" + sig('pn', 'en') + '\n\n' + FOOT_EN + '\n'
    return M(who('pn'), 'Siobhán Ní Bhriain <recoveries@eire-health.example>', 'Your recourse claim – member C. Doyle – our ref. 26-K-0231990',
             '2026-08-20 10:36', text=text, atts=[A_html('itemised_costs_Doyle.html', invoice)])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'grey: criminal investigation for theft (GDPR Art. 10 data, no health) treated as strictly confidential; defence cover under reservation')
def s_strafrecht_diebstahl():
    text = """Sehr geehrte Frau Rechtsanwältin Ohlsen,

gegen Ihre Mandantin, Frau Sandra Wilke (RS 5510 5236), führt die Staatsanwaltschaft
Lübeck ein Ermittlungsverfahren wegen Diebstahls (§ 242 StGB, Az. 702 Js 11834/26).
Ihr wird vorgeworfen, in der Filiale ihres Arbeitgebers Bargeld in Höhe von
1.870 EUR aus dem Tresor entnommen zu haben; sie bestreitet das.

Bei Vorsatztaten besteht Rechtsschutz nach § 2 i ARB zunächst vorläufig. Wir sagen
Ihnen daher die Kosten der Verteidigung im Ermittlungsverfahren unter dem Vorbehalt
zu, dass Frau Wilke die Leistungen zurückzahlen muss, wenn sie rechtskräftig wegen
einer vorsätzlichen Tat verurteilt wird. Bei Einstellung nach § 170 Abs. 2 StPO oder
Freispruch bleibt es bei der Deckung; bei Einstellung nach § 153a StPO sprechen Sie
uns bitte vorher an.

Unser Zeichen: 26-R-14490

Mit freundlichen Grüßen

""" + sig('ha') + '\n\n' + FOOT_DE + '\n'
    return M(who('ha'), 'RAin Ohlsen <ohlsen@strafverteidigung-ohlsen.example>', 'Wilke – 702 Js 11834/26 – Deckung unter Vorbehalt',
             '2026-05-27 11:48', text=text)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'traffic administrative law: medical-psychological assessment after cannabis, THC blood values (windows-1252)')
def s_mpu_cannabis():
    text = """Hallo Herr Jahnke,

zu Ihrer Frage, ob wir die Kosten für das Verfahren gegen die Fahrerlaubnisbehörde
übernehmen:

Die Behörde verlangt von Ihnen ein medizinisch-psychologisches Gutachten (MPU), weil
bei der Kontrolle am 14.03.2026 im Blut 4,8 ng/ml THC festgestellt wurden und Sie
angegeben haben, regelmäßig am Wochenende zu konsumieren. Gegen die Anordnung
selbst kann man nicht isoliert klagen; erst gegen einen Entzug der Fahrerlaubnis.

Ihr Verkehrs-Rechtsschutz (RS 5510 7380) deckt:
 - die anwaltliche Beratung jetzt (bis 250 €),
 - ein Widerspruchs- und Klageverfahren, falls die Behörde Ihnen die Fahrerlaubnis
   entzieht.
Nicht gedeckt sind die Kosten der MPU selbst und eines Abstinenznachweises
(Urinscreenings, Haaranalyse).

Unser Zeichen: 26-R-13902.

Viele Grüße

""" + sig('gs') + '\n\n' + FOOT_DE + '\n'
    return M(who('gs'), 'Kevin Jahnke <kevin.jahnke@web-post.example>', 'AW: MPU – zahlt der Rechtsschutz?', '2026-04-08 15:25',
             text=text, charset='windows-1252', cte='quoted-printable')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'grey: religious belief (left the church, church employer) treated like health data (GDPR Art. 9); employment cover letter, HTML only')
def s_kirchenaustritt_html():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrte Frau Ahrens,</p>
<p>danke für Ihre Unterlagen. Sie sind seit 2015 als Pflegefachkraft im St.-Ansgar-Stift, einer Einrichtung
in kirchlicher Trägerschaft, beschäftigt. Nach Ihrem Austritt aus der katholischen Kirche im Juni hat Ihnen der
Arbeitgeber mit Schreiben vom 14.08.2026 gekündigt und sich auf die Grundordnung des kirchlichen Dienstes berufen.</p>
<p>Für die Kündigungsschutzklage erteilen wir <b>Deckungszusage</b> (Arbeits-Rechtsschutz RS 5510 3101,
Zeichen 26-R-16901). Ob der Kirchenaustritt bei einer Tätigkeit ohne verkündigungsnahe Aufgaben eine Kündigung
rechtfertigt, ist nach der neueren Rechtsprechung sehr fraglich.</p>
<p>Bitte beachten Sie die Klagefrist von drei Wochen ab Zugang der Kündigung.</p>
<p>Mit freundlichen Grüßen<br>Gesa Sommerfeld<br>Rechtsschutz-Leistung<br>Falkenried Versicherung AG</p>
</body></html>
"""
    return M(who('gs'), 'Jutta Ahrens <jutta.ahrens@nordpost.example>', 'Kündigung nach Kirchenaustritt – Deckungszusage',
             '2026-08-19 09:44', html=html, cte='8bit')


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-lawyer',
      'grey: sexual orientation (same-sex couple refused a flat, AGG) treated like health data (GDPR Art. 9); agent mail attached as message/rfc822')
def s_agg_same_sex():
    text = """Dear Ms Adeyemi,

re: your clients Mr Lukas Wendel and Mr Daniel Osei ./. Hafenblick Wohnbau GmbH
Our ref. 26-R-15830 (policy RS 5510 8890, policyholder Mr Wendel)

Thank you for the detailed letter. You write that the letting agent withdrew the
approval for the flat in Rothenbaumchaussee 118 after learning at the viewing that
your clients are a gay couple, and that the agent's e-mail of 4 May ("the owner
prefers a family") supports this.

We confirm cover for asserting your clients' claims for compensation under
Sections 19 and 21 of the General Equal Treatment Act (AGG), out of court and in the
first instance. Mr Osei is co-insured as Mr Wendel's partner living in the same
household. Please observe the two-month deadline for asserting the claims.

For your file I attach the agent's e-mail as our insured forwarded it to us.

Kind regards,
Gesa Sommerfeld

""" + sig('gs', 'en') + '\n\n' + FOOT_EN + '\n'
    inner = ext_msg('Vermietung Hafenblick <vermietung@hafenblick-wohnbau.example>', 'Lukas Wendel <lukas.wendel@mailbox.example>',
                    'Ihre Bewerbung Rothenbaumchaussee 118, 3. OG', '2026-05-04 16:12', """Sehr geehrter Herr Wendel,

nach der Besichtigung am Samstag müssen wir Ihnen leider absagen. Der Eigentümer
bevorzugt für die Wohnung eine Familie, und wir haben den Eindruck, dass Sie und
Ihr Partner nicht so ganz ins Hausgefüge passen würden. Bitte haben Sie
Verständnis.

Mit freundlichen Grüßen
Vermietungsteam Hafenblick Wohnbau GmbH
""", msgid='<8812.20260504161200@hafenblick-wohnbau.example>')
    return M(who('gs'), 'Funmi Adeyemi <f.adeyemi@adeyemi-law.example>', 'Wendel/Osei ./. Hafenblick Wohnbau GmbH – cover',
             '2026-05-21 13:35', text=text,
             atts=[A_eml(inner, 'agent_email_2026-05-04.eml')])


# ---------------------------------------------------------------- STRICTLY_CONFIDENTIAL (3)

@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'household overvoltage damage to a stair lift used because of the customer\'s multiple sclerosis (aid and diagnosis in the quote)')
def s_treppenlift_ms():
    text = """Sehr geehrte Frau Gehrke,

der Blitzeinschlag vom 23. Juni hat die Steuerplatine Ihres Treppenlifts zerstört.
Überspannungsschäden durch Blitz sind in Ihrer Hausratversicherung (HR-70-520914)
versichert, auch für den Treppenlift, weil Sie ihn selbst gekauft haben und er
nicht fest mit dem Gebäude verbunden ist.

Die Reparatur laut Kostenvoranschlag der Firma Liftservice Nord (1.386,00 EUR) können
Sie sofort beauftragen. Da Sie ohne den Lift nicht ins Obergeschoss kommen, zahlen
wir auch die Expresspauschale von 180 EUR.

Schadennummer: 26-S-0071156

Mit freundlichen Grüßen

""" + sig('tr') + '\n\n' + FOOT_DE + '\n\n' + q("""Am 24.06.2026 um 08:12 schrieb Renate Gehrke:
Guten Morgen, seit dem Gewitter gestern geht mein Treppenlift nicht mehr. Seit
meiner MS-Diagnose vor 6 Jahren kann ich keine Treppen mehr steigen und schlafe
jetzt auf dem Sofa. Der Techniker sagt, die Platine ist durch. Zahlen Sie das?
Kann ich den Auftrag schon geben? Renate Gehrke, Hasselbrookstr. 52""") + '\n'
    return M(who('tr'), 'Renate Gehrke <renate.gehrke@web-post.example>', 'AW: Treppenlift defekt nach Gewitter', '2026-06-24 11:38',
             text=text)


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'executor cancels the late policyholder\'s household cover; quoted mail names pancreatic cancer (base64 body)')
def s_executor_cancer_b64():
    text = """Dear Mr Hughes,

please accept our sincere condolences on the death of your father.

We have cancelled his household and private liability policies (HR-70-431178,
PH-62-290554) with effect from 3 March 2026, the date of death. The premium paid
in advance for the rest of the year, EUR 143.12, will be refunded to the estate
account you gave us. We do not need a death certificate for this; your letter is
sufficient.

If the flat remains furnished until it is cleared, the contents are still covered
for two months after the death.

Kind regards,

""" + sig('ma', 'en') + '\n\n' + q("""On 12 March 2026 at 20:41, Gareth Hughes wrote:
Dear Sir or Madam,
my father, Mr Rhys Hughes, Schäferkampsallee 40, passed away on 3 March after a long
battle with pancreatic cancer. He spent his last weeks in the Hospiz am Deich. I am
the executor. Please cancel his household and liability insurance and tell me what
you need. Kind regards, Gareth Hughes""") + '\n'
    return M(who('ma'), 'Gareth Hughes <gareth.hughes@inboxly.example>', 'Re: Policies of the late Mr Rhys Hughes', '2026-03-16 09:20',
             text=text, cte='base64')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'landlord\'s liability: tenant claims mould caused the child\'s asthma, paediatric certificate quoted')
def s_schimmel_asthma():
    text = """Sehr geehrter Herr Claasen,

als Haus- und Grundbesitzerhaftpflichtversicherer (HG-61-004412) haben wir das
Schreiben Ihrer Mieter, Familie Bozkurt, Wohnung Weidenallee 27, 1. OG rechts,
erhalten (Schaden 26-H-0047719).

Die Mieter verlangen Schadenersatz, weil der Schimmel im Kinderzimmer nach ihrer
Darstellung das Asthma bronchiale ihres Sohnes Emir (6) ausgelöst habe. Sie legen
ein Attest der Kinderarztpraxis vor: "Erstdiagnose Asthma bronchiale (J45.0) im
Februar 2026, Schimmelpilzallergie nachgewiesen, Sanierung des Wohnraums dringend
empfohlen". Gefordert werden 3.500 EUR Schmerzensgeld und Mietminderung.

Die Mietminderung ist kein Haftpflichtschaden und nicht versichert. Die
Schmerzensgeldforderung prüfen wir; dafür brauchen wir von Ihnen:
- das Gutachten zur Ursache des Schimmels (Baumangel oder Lüftungsverhalten?),
- Ihre Korrespondenz mit den Mietern seit Herbst 2025.

Bitte zahlen Sie nichts und erkennen Sie nichts an.

Mit freundlichen Grüßen

""" + sig('mo') + '\n\n' + FOOT_DE + '\n'
    return M(who('mo'), 'Hauke Claasen <h.claasen@nordpost.example>', 'Forderung Ihrer Mieter Bozkurt – Schaden 26-H-0047719',
             '2026-04-30 10:15', text=text)


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'private liability: the customer\'s son on a skateboard knocked over an elderly lady who broke her hip, now in rehab')
def s_skateboard_hip():
    text = """Dear Ms Sørensen,

we have now received the claim from the family of Mrs Elfriede Krause (81), whom
your son Mikkel (14) knocked over with his skateboard on the pavement in
Ottensener Hauptstraße on 2 September.

According to the documents, Mrs Krause suffered a fracture of the femoral neck and
received a hip replacement at Altona hospital on 3 September. She is now in a
geriatric rehabilitation clinic; her family fears she will need care at home
afterwards. Her health insurer will also claim its costs from us.

Your family liability policy (PH-62-377410) covers Mikkel. Because of the seriousness
of the injuries, this claim is handled by our personal injury team; my colleague
Melanie Ostrowski will take over. Please ask Mikkel to write down what happened,
in his own words, and send it to us.

Claim: 26-H-0054402.

Kind regards,
Claire Whitfield

""" + sig('cw', 'en') + '\n'
    return M(who('cw'), 'Ida Sørensen <ida.sorensen@inboxly.example>', 'Claim 26-H-0054402 – Mrs Krause / Mikkel', '2026-09-21 15:00',
             text=text, cc=who('mo'))


@mail('STRICTLY_CONFIDENTIAL', 'mixed', 'internal',
      'travel claim: English invoice of a Maltese clinic (PDF) forwarded with a German note to the medical service')
def s_malta_clinic_pdf():
    lines = ['# St. Julian\'s Private Clinic, Malta', 'Invoice no. SJ-26-08841, 19 August 2026', '',
             'Patient: Mr Frank Ehlers, DOB 22.02.1959, German resident', '',
             'Admission 14 August 2026, discharge 18 August 2026', 'Diagnosis: atrial fibrillation with rapid ventricular response (I48.1)', '',
             'Emergency consultation                     180.00 EUR',
             'ECG, echocardiography                      420.00 EUR',
             'Inpatient care, 4 days (cardiac monitor)  2,960.00 EUR',
             'Medication (apixaban, bisoprolol)          96.40 EUR',
             'Total                                    3,656.40 EUR', '',
             'Paid by credit card on 18 August 2026.']
    text = """Hallo liebes Med-Team,

bitte einmal medizinisch prüfen für den Reiseabbruch Ehlers (26-T-0037120,
RV-2026-093301): Rechnung der Klinik auf Malta im Anhang. Herr Ehlers ist nach dem
Krankenhausaufenthalt 5 Tage früher heimgeflogen und will die nicht genutzten
Hoteltage und den Umbuchungsflug erstattet haben.

Frage: War das Vorhofflimmern vorbekannt? Er hat bei Abschluss nichts angegeben,
muss er aber bei uns auch nicht. Die Klinikkosten selbst laufen über seine
Auslandskrankenversicherung (anderer Versicherer), nicht über uns.

Danke!
Rana

""" + outlook_en('Frank Ehlers <frank.ehlers@nordpost.example>', 'Thursday, August 20, 2026 10:15 AM', 'Travel Claims',
                 'Malta - invoice') + """
Dear Sir or Madam, attached the invoice from the clinic in St. Julian's. I had to
stay 4 days because of my heart. Please refund the hotel and the new flight.
Best regards, Frank Ehlers
"""
    return M(who('rk'), 'Medizinischer Dienst Reise <med-dienst-reise@' + DOM + '>', 'WG: Malta - invoice / Reiseabbruch 26-T-0037120',
             '2026-08-20 13:02', text=text,
             atts=[A_pdf('Invoice_SJ-26-08841.pdf', lines, title='Invoice SJ-26-08841')])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'motor claim combined with an accident-insurance claim: knee ligament surgery (personal line and health data)')
def s_kfz_unfallversicherung_knie():
    text = """Sehr geehrter Herr Reimers,

zu Ihrem Motorradunfall vom 30. Mai (Kasko-Schaden 26-K-0247710) ein kurzer
Zwischenstand:

1. Motorrad: Das Gutachten liegt vor, Reparaturkosten 6.240 EUR. Wir zahlen abzüglich
   der Selbstbeteiligung von 500 EUR an die Werkstatt.

2. Ihre Verletzung: Sie haben uns geschrieben, dass das vordere Kreuzband im rechten
   Knie gerissen ist und am 12. Juni operiert wurde. Das haben wir an unsere
   Unfallversicherung weitergegeben, weil Sie dort ebenfalls versichert sind
   (Unfallversicherung UV-58-210447). Die Kollegen schicken Ihnen den Fragebogen
   zur Invalidität und eine Schweigepflichtentbindung für die Klinik.

Bitte nutzen Sie für Arztberichte das SecureMail-Portal.

Mit freundlichen Grüßen

""" + sig('jk') + '\n\n' + FOOT_DE + '\n'
    return M(who('jk'), 'Nico Reimers <nico.reimers@mailbox.example>', 'Ihr Motorradunfall vom 30.05. – Stand', '2026-06-19 09:50',
             text=text, cc=team('unfall-leistung', 'Unfall-Leistung'))


@mail('STRICTLY_CONFIDENTIAL', 'en', 'internal',
      'major loss report on a restaurant fire; a named employee with second-degree burns in hospital (DOCX)')
def s_restaurant_fire_docx():
    blocks = [('h', 'Major loss report – first notification'),
              ('t', [['Claim', '26-S-0098155'], ['Policyholder', 'Trattoria Il Faro GmbH, Große Elbstraße 71, Hamburg'],
                     ['Policies', 'commercial contents CI-80-002217, business interruption BI-80-000914, employers\' liability'],
                     ['Date of loss', '2 October 2026, approx. 21:40'], ['Cause', 'fat fire in the kitchen extractor duct'],
                     ['Estimate', 'contents EUR 180,000; business interruption 3-4 months, EUR 220,000']]),
              'Persons: the sous-chef, Mr Davide Marchetti (34), tried to put out the fire and suffered second-degree burns '
              'to both forearms and his face. He is in the burns unit of BG Klinikum Hamburg; according to the owner he will '
              'be off work for at least eight weeks. No guests were injured.',
              'Next steps: assessor appointed (Haller), fire brigade report requested, contact with the statutory accident '
              'insurer about the employee\'s claim (recourse unlikely).']
    text = """Andreas,

first notification for the fire at Il Faro last night, report attached. The
restaurant will be closed for months. One of the cooks is in the burns unit;
details in the report. I've told the owner we'll pay an advance of EUR 30,000 on
the business interruption if you agree.

Claire
"""
    return M(who('cw'), who('av'), 'Major loss: fire Trattoria Il Faro 2 Oct', '2026-10-03 09:05', text=text,
             atts=[A_docx('Major_loss_26-S-0098155.docx', blocks, title='Major loss report')])


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
      'legal expenses for a medical-malpractice claim after knee surgery; diagnoses and course of treatment')
def s_arzthaftung():
    text = """Sehr geehrter Herr Rechtsanwalt Dr. Wiechert,

in der Angelegenheit Ihres Mandanten, Herrn Uwe Carstensen (RS 5510 1947, unser
Zeichen 26-R-12011), gegen die Orthopädische Praxisklinik am Stadtpark erteilen wir
Deckung für die außergerichtliche Geltendmachung und ein Gutachten.

Nach Ihrer Schilderung wurde bei Ihrem Mandanten am 04.11.2025 eine
Kniegelenksarthroskopie rechts durchgeführt (Meniskusteilresektion). Postoperativ
trat ein Gelenkinfekt mit Staphylococcus aureus auf, der zwei Revisionsoperationen
und eine sechswöchige Antibiotikatherapie erforderte; es verbleibt eine
Bewegungseinschränkung. Der Vorwurf lautet: verspätete Reaktion auf
Entzündungszeichen bei der Kontrolle am 08.11.2025.

Wir empfehlen, zunächst das Gutachterverfahren der Ärztekammer (kostenfrei) zu
nutzen. Für ein Privatgutachten übernehmen wir bis zu 3.000 EUR.

Mit freundlichen Grüßen

""" + sig('ha') + '\n\n' + FOOT_DE + '\n'
    return M(who('ha'), 'Dr. Wiechert <wiechert@medizinrecht-wiechert.example>', 'Carstensen ./. Praxisklinik am Stadtpark – Deckung',
             '2026-01-21 14:52', text=text)


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
      'motor policy cancelled because the customer may no longer drive due to macular degeneration (us-ascii, quoted)')
def s_macular_cancel():
    text = """Dear Mr Ashworth,

thank you for letting us know. We have cancelled your motor policy KA 41-0812290 for
the Honda Jazz (HH-RA 70) with effect from 30 November 2026, the day you deregister
the car. The unused premium will be refunded. Your no-claims class (SF 35) is kept
on file for seven years in case you or a family member want to use it later.

Kind regards,
Murat Aydin
Customer Service, Falkenried Versicherung AG

""" + q("""On 18 November 2026 at 14:02, Robert Ashworth wrote:
Dear Falkenried,
my eye specialist told me last week that with my macular degeneration (wet form,
both eyes now) I must stop driving. I'm selling the car. Please cancel my insurance.
Thank you for 22 accident-free years!
Robert Ashworth""") + '\n'
    return M(who('ma'), 'Robert Ashworth <r.ashworth@inboxly.example>', 'Re: Cancel my car insurance', '2026-11-19 10:05',
             text=text, charset='us-ascii', cte='7bit')


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'rear-end collision: third-party passenger in pregnancy week 30 examined in hospital (CTG); costs covered')
def s_schwangere_ctg():
    text = """Sehr geehrte Frau Lindemann,

unser Versicherungsnehmer ist am 7. September in der Max-Brauer-Allee auf das Auto
Ihres Mannes aufgefahren; Sie saßen als Beifahrerin im Wagen. Schaden 26-K-0270031.

Sie haben uns mitgeteilt, dass Sie zu diesem Zeitpunkt in der 30.
Schwangerschaftswoche waren und vorsorglich in der Geburtsklinik des Klinikums
Altona untersucht wurden (CTG und Ultraschall, unauffällig, Entlassung am selben
Abend). Wir freuen uns, dass es Ihnen und dem Kind gut geht.

Wir übernehmen:
- die Fahrtkosten zur Klinik und zurück (Taxi, 38,40 EUR),
- eine Pauschale für die Beeinträchtigung von 400 EUR.
Die Kosten der Untersuchung rechnet die Klinik mit Ihrer Krankenkasse ab; diese
wendet sich wegen der Erstattung an uns.

Mit freundlichen Grüßen

""" + sig('mo') + '\n\n' + FOOT_DE + '\n'
    return M(who('mo'), 'Svenja Lindemann <svenja.lindemann@web-post.example>', 'Auffahrunfall 07.09. – Ihre Ansprüche (26-K-0270031)',
             '2026-09-23 10:40', text=text)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'internal',
      'police mail about a cyclist with a pelvic fracture forwarded as message/rfc822; harmless cover note')
def s_polizei_radfahrer_eml():
    inner = ext_msg('VU-Dienst Hamburg Mitte <vu-dienst.mitte@polizei-hh.example>', 'Kfz-Schaden <claims.motor@' + DOM + '>',
                    'Verkehrsunfall 19.09.2026, Holstenstraße / Ihre Versicherungsnehmerin', '2026-09-21 07:44', """Sehr geehrte Damen und Herren,

zur Unfallaufnahme vom 19.09.2026, 17:20 Uhr, Holstenstraße / Ecke Max-Brauer-Allee,
teilen wir Ihnen auf Anfrage Folgendes mit:

Unfallbeteiligte 1: Fahrzeugführer Tomas Novak, Pkw HH-TN 2210 (Ihre VN: Halterin
Katja Novak)
Unfallbeteiligter 2: Radfahrer Niklas Sander, geb. 08.04.1997, Hamburg

Der Radfahrer wurde mit Verdacht auf Beckenfraktur und Kopfplatzwunde vom
Rettungswagen ins UKE verbracht und dort stationär (Intensivstation) aufgenommen.
Gegen den Fahrzeugführer wurde ein Ermittlungsverfahren wegen fahrlässiger
Körperverletzung eingeleitet. Akteneinsicht über die Staatsanwaltschaft.

Mit freundlichen Grüßen
Polizeioberkommissarin Fedders
Verkehrsunfalldienst Mitte
""", msgid='<vu-mitte-2026-0921-0744@polizei-hh.example>')
    text = """Hallo Melanie,

zur Info für 26-K-0278820, Mitteilung der Polizei anbei. Das ist ein Fall für euch,
ich lege die Akte gleich um.

Gruß Jana
"""
    return M(who('jk'), who('mo'), 'WG: Verkehrsunfall 19.09.2026, Holstenstraße', '2026-09-21 08:30', text=text,
             atts=[A_eml(inner)])


@mail('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-lawyer',
      'employment legal expenses: disability discrimination (severe hearing impairment, GdB 50) in a job application')
def s_agg_disability():
    text = """Dear Mr Lindholm,

re: your client Ms Katharina Vogel ./. Alsterhafen Consulting GmbH
Our ref. 26-R-16520 (employment legal expenses, RS 5510 7702)

You have informed us that your client, who is recognised as severely disabled
(degree of disability 50, bilateral hearing impairment, cochlear implant on the
left), was not invited to an interview for a public-sector-funded project position
although she had disclosed her disability in the application and meets the
requirements. You intend to claim compensation of three monthly salaries under
Section 15 (2) AGG.

We confirm cover for the assertion of the claim out of court and, if necessary,
before the Labour Court in the first instance.

Kind regards,
Dr. Henrik Albers

""" + sig('ha', 'en') + '\n\n' + FOOT_EN + '\n'
    return M(who('ha'), 'Erik Lindholm <e.lindholm@lindholm-employment.example>', 'Vogel ./. Alsterhafen Consulting – cover',
             '2026-11-04 11:25', text=text)


@mail('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
      'legal-expenses advice on a guardianship for the customer\'s father with Alzheimer\'s dementia')
def s_betreuung_demenz():
    text = """Sehr geehrte Frau Wegner,

Sie haben uns geschrieben, dass bei Ihrem Vater, Herrn Heinrich Wegner (79), im
Frühjahr eine Alzheimer-Demenz diagnostiziert wurde und das Betreuungsgericht
Bergedorf nun auf Anregung des Pflegeheims ein Verfahren zur Bestellung eines
Betreuers eingeleitet hat. Sie möchten selbst zur Betreuerin bestellt werden, Ihr
Bruder ist dagegen.

Ihr Rechtsschutzvertrag (RS 5510 2238) umfasst den Beratungs-Rechtsschutz im
Familien- und Betreuungsrecht. Wir übernehmen die Kosten einer anwaltlichen
Beratung bis 250 EUR (Zeichen 26-R-15560). Eine Vertretung im gerichtlichen
Betreuungsverfahren ist nicht versichert.

Hinweis: Falls Ihr Vater eine Vorsorgevollmacht erteilt hat, ist eine Betreuung
meist nicht nötig; bitte lassen Sie das prüfen.

Mit freundlichen Grüßen

""" + sig('gs') + '\n\n' + FOOT_DE + '\n'
    return M(who('gs'), 'Kerstin Wegner <kerstin.wegner@nordpost.example>', 'Ihre Anfrage Betreuung – Beratungsrechtsschutz',
             '2026-06-30 15:15', text=text)


@mail('STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-customer',
      'trip interruption after the customer\'s daughter broke her leg skiing in Austria; English letter with German summary')
def s_ski_leg_bilingual():
    text = """Dear Mr Hollis,

I'm sorry to hear about Ella's accident. Here is where we stand with your claim
26-T-0009214 (family travel policy RV-2026-003318):

- Ella (11) broke her lower leg (tibia and fibula) on the slope in Saalbach on
  14 February and was operated on at Zell am See hospital on 15 February. The
  hospital and surgery costs are handled by your health insurer via the European
  health insurance card; we don't need those documents.
- Trip interruption: you returned on 17 February instead of 21 February. We
  reimburse the unused 4 nights (EUR 1,120) and the extra fuel for the early
  return (flat rate EUR 90).
- Ski passes: the unused days for the whole family (EUR 412) are also covered.

Kurz auf Deutsch für Ihre Unterlagen: Reiseabbruch wegen Unterschenkelfraktur
Ihrer Tochter Ella, Erstattung insgesamt 1.622,00 EUR.

Get well soon, Ella!

Kind regards / Mit freundlichen Grüßen
Sophie Brandt

""" + sig('sb', 'en') + '\n\n' + FOOT_EN + '\n'
    return M(who('sb'), 'Matthew Hollis <matthew.hollis@inboxly.example>', 'Your claim 26-T-0009214 – Saalbach / Reiseabbruch',
             '2026-03-03 14:18', text=text)


# (end of MAILS)
# ===========================================================================
# build, write, check
# ===========================================================================


def finalize(m, n, date_key):
    roots = {id(m)}
    for part in m.walk():
        if part.get_content_type() == 'message/rfc822':
            for inner in part.get_payload():
                roots.add(id(inner))
    for part in m.walk():
        if id(part) not in roots and 'MIME-Version' in part:
            del part['MIME-Version']
    k = 0
    for part in m.walk():
        if part.get_content_maintype() == 'multipart':
            k += 1
            part.set_boundary('=_d141_%04d_%d_%s' % (n, k, 'fvag'))
    if 'Message-ID' not in m:
        m['Message-ID'] = '<%s.%s%04d.%x@%s>' % (date_key, PREFIX, n, hash_str('%d%s' % (n, date_key)) % 0xffffff, DOM)


def build_all():
    order = list(range(len(MAILS)))
    random.Random(SEED).shuffle(order)
    files, rows, names = {}, [], {}
    for n, idx in enumerate(order, 1):
        f, label, lang, kind, reason = MAILS[idx]
        m = f()
        d = email.utils.parsedate_to_datetime(m['Date'])
        finalize(m, n, d.strftime('%Y%m%d%H%M%S'))
        fname = '%s%04d.eml' % (PREFIX, n)
        files[fname] = m.as_bytes(policy=POLICY)
        rows.append((fname, label, lang, kind, reason))
        names[fname] = f.__name__
    tsv = 'file\tlabel\tlang\tkind\treason\n' + ''.join('\t'.join(r) + '\n' for r in rows)
    return files, tsv.encode('utf-8'), rows, names


def write_all():
    files, tsv, rows, names = build_all()
    md = os.path.join(HERE, 'mails')
    os.makedirs(md, exist_ok=True)
    for old in os.listdir(md):
        if old.endswith('.eml') and old not in files:
            os.remove(os.path.join(md, old))
    for fname, data in files.items():
        with open(os.path.join(md, fname), 'wb') as fh:
            fh.write(data)
    with open(os.path.join(HERE, 'labels.tsv'), 'wb') as fh:
        fh.write(tsv)
    print('wrote %d mails and labels.tsv' % len(files))


# ---------------------------------------------------------------- checking

class _HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_data(self, d):
        self.out.append(d)


def html_text(s):
    p = _HTMLText()
    p.feed(s)
    p.close()
    return ' '.join(p.out)


def _pdf_unescape(b):
    out = bytearray()
    i = 0
    while i < len(b):
        c = b[i]
        if c == 0x5c:
            i += 1
            nx = b[i:i + 1]
            mp = {b'n': b'\n', b'r': b'\r', b't': b'\t', b'b': b'\b', b'f': b'\f', b'(': b'(', b')': b')', b'\\': b'\\'}
            if nx in mp:
                out += mp[nx]
            elif nx.isdigit():
                j = i
                while j < len(b) and j < i + 3 and b[j:j + 1].isdigit():
                    j += 1
                out.append(int(b[i:j], 8))
                i = j - 1
        else:
            out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    assert data.startswith(b'%PDF-1.'), 'no PDF header'
    assert data.rstrip().endswith(b'%%EOF'), 'no %%EOF'
    sx = int(re.search(rb'startxref\s+(\d+)\s+%%EOF\s*$', data).group(1))
    assert data[sx:sx + 4] == b'xref', 'startxref does not point to xref'
    m = re.match(rb'xref\s+0 (\d+)\s+', data[sx:])
    cnt = int(m.group(1))
    pos = sx + m.end()
    for i in range(cnt):
        entry = data[pos + 20 * i: pos + 20 * i + 20]
        off, gen, typ = int(entry[:10]), int(entry[11:16]), entry[17:18]
        if typ == b'n':
            assert data[off:].startswith(b'%d %d obj' % (i, gen)), 'xref offset of object %d is wrong' % i
    assert b'/Root' in data[sx:], 'no /Root'
    texts = []
    for sm in re.finditer(rb'<<([^>]*?)/Length (\d+)([^>]*?)>>\s*stream\r?\n', data):
        ln = int(sm.group(2))
        raw = data[sm.end():sm.end() + ln]
        assert data[sm.end() + ln:sm.end() + ln + 12].strip().startswith(b'endstream'), 'bad stream length'
        if b'FlateDecode' in sm.group(0):
            raw = zlib.decompress(raw)
        for s in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*(?:Tj|\')', raw):
            texts.append(_pdf_unescape(s.group(1)).decode('cp1252'))
    t = '\n'.join(texts)
    assert t.strip(), 'PDF has no text layer'
    return t


def xml_texts(z, names):
    out = []
    for n in names:
        root = ET.fromstring(z.read(n))
        out.append(' '.join(x for x in root.itertext()))
    return '\n'.join(out)


def office_text(data, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, 'corrupt zip member'
    names = z.namelist()
    for n in names:
        if n.endswith('.xml') or n.endswith('.rels'):
            ET.fromstring(z.read(n))
    if kind == 'docx':
        assert '[Content_Types].xml' in names and 'word/document.xml' in names
        return xml_texts(z, ['word/document.xml'])
    if kind == 'xlsx':
        assert 'xl/workbook.xml' in names
        return xml_texts(z, sorted(n for n in names if n.startswith('xl/worksheets/')))
    if kind in ('odt', 'ods'):
        assert names[0] == 'mimetype' and z.getinfo('mimetype').compress_type == zipfile.ZIP_STORED
        mt = z.read('mimetype').decode()
        assert mt.endswith('.text' if kind == 'odt' else '.spreadsheet'), mt
        return xml_texts(z, ['content.xml'])
    raise AssertionError(kind)


def file_text(name, data, stats, depth=0):
    low = (name or '').lower()
    ext = low.rsplit('.', 1)[-1] if '.' in low else ''
    stats.setdefault('att', {}).setdefault(ext if depth == 0 else ext + ' (in zip)', 0)
    stats['att'][ext if depth == 0 else ext + ' (in zip)'] += 1
    if ext == 'pdf':
        return pdf_text(data)
    if ext in ('docx', 'xlsx', 'odt', 'ods'):
        return office_text(data, ext)
    if ext == 'zip':
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        return '\n'.join(file_text(n, z.read(n), stats, depth + 1) for n in z.namelist() if not n.endswith('/'))
    if ext in ('csv', 'txt'):
        return data.decode('utf-8')
    if ext == 'ics':
        t = data.decode('utf-8')
        assert 'BEGIN:VCALENDAR' in t and 'END:VCALENDAR' in t
        return t
    if ext in ('html', 'htm'):
        return html_text(data.decode('utf-8'))
    raise AssertionError('unknown attachment type %r' % name)


ADDR_RE = re.compile(r'[\w.+-]+@((?:[\w-]+\.)+[A-Za-z][\w-]*)')
URL_RE = re.compile(r'(?:https?://|www\.)([\w.-]+)')
IBAN_RE = re.compile(r'\bDE\d{2}(?: ?\d{4}){4} ?\d{2}\b')


def check_message(fname, raw, stats, seen_ids):
    errs = []
    if b'\n' in raw.replace(b'\r\n', b''):
        errs.append('bare LF')
    if b'\r' in raw.replace(b'\r\n', b''):
        errs.append('bare CR')
    for ln in raw.split(b'\r\n'):
        if len(ln) > 998:
            errs.append('line longer than 998 bytes')
            break
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    mid = msg['Message-ID']
    if not mid or mid in seen_ids:
        errs.append('missing or duplicate Message-ID')
    seen_ids.add(mid)
    frm = email.utils.parseaddr(str(msg['From']))[1]
    if not frm.endswith('@' + DOM):
        errs.append('From is not the insurer: %s' % frm)
    top = msg.get_content_type()
    stats.setdefault('top', {}).setdefault(top, 0)
    stats['top'][top] += 1
    texts = [str(msg['Subject'] or '')]
    nattach = 0
    for part in msg.walk():
        if part.defects:
            errs.append('defects %r in %s' % (part.defects, part.get_content_type()))
        for h in ('From', 'To', 'Cc', 'Reply-To', 'Sender'):
            for v in part.get_all(h, []):
                for _, a in email.utils.getaddresses([str(v)]):
                    if a and not a.lower().endswith('.example'):
                        errs.append('address outside .example: %s' % a)
        if part.get('Date'):
            try:
                if email.utils.parsedate_to_datetime(str(part['Date'])).year != 2026:
                    errs.append('Date not in 2026')
            except Exception:
                errs.append('unparsable Date')
        if part.get('Subject') and part is not msg:
            texts.append(str(part['Subject']))
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            if part.get_content_type() == 'message/rfc822':
                nattach += 1
                stats.setdefault('att', {}).setdefault('eml (message/rfc822)', 0)
                stats['att']['eml (message/rfc822)'] += 1
            continue
        ctype = part.get_content_type()
        cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
        payload = part.get_payload(decode=True)
        fn = part.get_filename()
        try:
            if part.get_content_maintype() == 'text' and not (fn and fn.lower().endswith(('.csv', '.ics'))):
                cs = part.get_content_charset() or 'us-ascii'
                t = payload.decode(cs)
                stats.setdefault('cs', {}).setdefault('%s / %s' % (cs, cte), 0)
                stats['cs']['%s / %s' % (cs, cte)] += 1
                if fn:
                    nattach += 1
                    stats.setdefault('att', {}).setdefault('html', 0)
                    stats['att']['html'] += 1
                texts.append(html_text(t) if ctype == 'text/html' else t)
            elif part.get_content_maintype() == 'text':
                cs = part.get_content_charset() or 'us-ascii'
                t = payload.decode(cs)
                nattach += 1
                if fn.lower().endswith('.ics'):
                    file_text(fn, t.encode('utf-8'), stats)
                else:
                    stats.setdefault('att', {}).setdefault('csv', 0)
                    stats['att']['csv'] += 1
                texts.append(t)
            else:
                nattach += 1
                texts.append(file_text(fn, payload, stats))
        except Exception as e:  # noqa
            errs.append('%s (%s): %s' % (fn or ctype, ctype, e))
    alltext = '\n'.join(texts)
    for mm in IBAN_RE.finditer(alltext):
        if not iban_ok(mm.group(0)):
            errs.append('IBAN fails mod 97: %s' % mm.group(0))
    for rx in (ADDR_RE, URL_RE):
        for mm in rx.finditer(alltext):
            dom = mm.group(1).rstrip('.').lower()
            if not dom.endswith('.example'):
                errs.append('domain outside .example: %s' % dom)
    stats.setdefault('with_att', 0)
    if nattach:
        stats['with_att'] += 1
    return errs


def table(title, rowkeys, colkeys, cell, total=True):
    out = ['| %s | %s |%s' % (title, ' | '.join(colkeys), ' total |' if total else '')]
    out.append('|---|' + '---:|' * (len(colkeys) + (1 if total else 0)))
    for r in rowkeys:
        vals = [cell(r, c) for c in colkeys]
        out.append('| %s | %s |%s' % (r, ' | '.join(str(v) if v else '–' for v in vals),
                                      (' %d |' % sum(vals)) if total else ''))
    return '\n'.join(out)


def check():
    files, tsv, rows, names = build_all()
    files2, tsv2, _, _ = build_all()
    problems = []
    if files != files2 or tsv != tsv2:
        problems.append('two in-memory builds differ (not deterministic)')
    md = os.path.join(HERE, 'mails')
    on_disk = sorted(x for x in os.listdir(md) if x.endswith('.eml')) if os.path.isdir(md) else []
    if on_disk != sorted(files):
        problems.append('mails/ does not hold exactly the generated files')
    for fname, data in files.items():
        p = os.path.join(md, fname)
        if not os.path.exists(p) or open(p, 'rb').read() != data:
            problems.append('%s differs from a fresh build' % fname)
    lp = os.path.join(HERE, 'labels.tsv')
    if not os.path.exists(lp) or open(lp, 'rb').read() != tsv:
        problems.append('labels.tsv differs from a fresh build')
    # labels.tsv syntax
    lines = tsv.decode('utf-8').splitlines()
    if lines[0] != 'file\tlabel\tlang\tkind\treason':
        problems.append('labels.tsv header')
    for ln in lines[1:]:
        cols = ln.split('\t')
        if len(cols) != 5 or not all(cols):
            problems.append('labels.tsv row malformed: %s' % ln[:60])
    stats, ids = {}, set()
    for fname in sorted(files):
        for e in check_message(fname, files[fname], stats, ids):
            problems.append('%s: %s' % (fname, e))
    cnt = {}
    for r in rows:
        cnt[r[1]] = cnt.get(r[1], 0) + 1
    if cnt != WANT:
        problems.append('label counts %r != %r' % (cnt, WANT))
    # report
    labels = ['NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL']
    langs = ['de', 'en', 'mixed']
    print('mails: %d   labels: %s' % (len(rows), ', '.join('%s %d' % (l, cnt.get(l, 0)) for l in labels)))
    print()
    print(table('label', labels, langs, lambda r, c: sum(1 for x in rows if x[1] == r and x[2] == c)))
    print()
    kinds = sorted({x[3] for x in rows}, key=lambda k: (-sum(1 for x in rows if x[3] == k), k))
    print(table('kind', kinds, ['NORMAL', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'],
                lambda r, c: sum(1 for x in rows if x[3] == r and x[1] == c)))
    print()
    print('traps (NORMAL with trap:): %d; grey decisions: %d'
          % (sum(1 for x in rows if 'trap:' in x[4]), sum(1 for x in rows if 'grey:' in x[4])))
    print('top-level types: ' + ', '.join('%s %d' % kv for kv in sorted(stats['top'].items())))
    print('text parts (charset / transfer encoding): ' + ', '.join('%s %d' % kv for kv in sorted(stats['cs'].items())))
    print('mails with attachments: %d' % stats['with_att'])
    print('attachments: ' + ', '.join('%s %d' % kv for kv in sorted(stats['att'].items())))
    print()
    if problems:
        print('CHECK FAILED (%d problems):' % len(problems))
        for p in problems[:200]:
            print('  ' + p)
        return 1
    print('CHECK OK: byte-identical rebuild, %d mails parsed without MIME defects, CRLF only, '
          'lines <= 998 bytes, unique Message-IDs, dates in 2026, all domains .example, '
          'text parts decode, attachments open, German IBANs pass mod 97, label counts %d/%d/%d.'
          % (len(files), cnt.get('NORMAL', 0), cnt.get('CONFIDENTIAL', 0), cnt.get('STRICTLY_CONFIDENTIAL', 0)))
    return 0


if __name__ == '__main__':
    if '--check' in sys.argv:
        sys.exit(check())
    if '--map' in sys.argv:
        _, _, rows, names = build_all()
        for r in rows:
            print('%s\t%s\t%s' % (r[0], names[r[0]], r[1]))
        sys.exit(0)
    write_all()
