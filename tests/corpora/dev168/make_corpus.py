#!/usr/bin/env python3
"""Siegel evaluation corpus dev168: 150 fictitious outgoing mails of the
Veltheimer Versicherungsgruppe (veltheimer.example), labelled NORMAL /
CONFIDENTIAL / STRICTLY_CONFIDENTIAL.

Standard library only.  Usage:

    python3 make_corpus.py          # writes mails/d168-NNNN.eml and labels.tsv
    python3 make_corpus.py --check  # rebuilds in memory, compares, validates

Everything (dates, Message-IDs, boundaries, ZIP times, document metadata) is
fixed, so every run produces byte-identical files.
"""
import sys, os, re, io, csv, zlib, zipfile, hashlib, textwrap, datetime
import html.parser
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape as xesc
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
POL = policy.SMTP
PREFIX = 'd168-'
DOM = 'veltheimer.example'

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def iban(cc, bban, grouped=True, lower=False):
    """Build an IBAN with a correct ISO 7064 mod 97 check number."""
    bban = bban.replace(' ', '').upper()
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    chk = 98 - int(num) % 97
    s = f'{cc}{chk:02d}{bban}'
    if grouped:
        s = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    return s.lower() if lower else s


def iban_valid(s):
    s = s.replace(' ', '').upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    try:
        return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1
    except ValueError:
        return False


def _is_dst(d):
    # Europe/Berlin 2026: CEST from 29 Mar 01:00 UTC to 25 Oct 01:00 UTC
    return datetime.datetime(2026, 3, 29, 3, 0) <= d < datetime.datetime(2026, 10, 25, 3, 0)


def rfcdate(s):
    d = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')
    tz = datetime.timezone(datetime.timedelta(hours=2 if _is_dst(d) else 1))
    return format_datetime(d.replace(tzinfo=tz))


def h(s, n=8):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def wrap(text, width=72):
    """Wrap paragraphs (used for 8bit / 7bit bodies); keeps quoted and short lines."""
    out = []
    for line in text.split('\n'):
        if len(line) <= width or line.startswith('>') or line.startswith('|'):
            out.append(line)
        else:
            ind = re.match(r'\s*(?:[-*•]\s+|\d+\.\s+)?', line).group(0)
            out.extend(textwrap.wrap(line, width, subsequent_indent=' ' * len(ind),
                                     break_long_words=False, break_on_hyphens=False))
    return '\n'.join(out)


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l and not l.startswith('>') else ('>' + l if l else '>')
                     for l in text.split('\n'))


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------

STAFF = {
    'oberdorf': ('Sabine Oberdorf', 'Teamleiterin Leistung Krankentagegeld', 'KV', '0221 4471-3310'),
    'rensing': ('Tobias Rensing', 'Leistungsprüfung Krankentagegeld', 'KV', '0221 4471-3324'),
    'fahlbusch': ('Dr. med. Ulrike Fahlbusch', 'Beratungsärztin, Gesellschaftsärztlicher Dienst', 'KV', '0221 4471-3090'),
    'kaya': ('Mehmet Kaya', 'Reha- und Fallmanagement', 'KV', '0221 4471-3355'),
    'wittkamp': ('Jana Wittkamp', 'Leistung Berufsunfähigkeit', 'LV', '0221 4471-2215'),
    'haas': ('Frederik Haas', 'Vertragsservice Leben', 'LV', '0221 4471-2140'),
    'poettgen': ('Dirk Pöttgen', 'Kfz-Schaden', 'AV', '0221 4471-5120'),
    'luettgens': ('Anke Lüttgens', 'Sachschaden Privatkunden', 'AV', '0221 4471-5230'),
    'brinkmann': ('Holger Brinkmann', 'Haftpflichtschaden', 'AV', '0221 4471-5310'),
    'esser': ('Miriam Esser', 'Rechtsschutz-Schaden', 'AV', '0221 4471-5405'),
    'benning': ('Laura Benning', 'Reiseversicherung', 'AV', '0221 4471-5520'),
    'albers': ('Christoph Albers', 'Firmenkunden & Gruppenverträge', 'KV', '0221 4471-6010'),
    'sondermann': ('Petra Sondermann', 'Personalabteilung / BEM', 'GR', '0221 4471-1180'),
    'overbeck': ('Nils Overbeck', 'Entgeltabrechnung', 'GR', '0221 4471-1195'),
    'vogelsang': ('Katrin Vogelsang', 'Maklerbetreuung', 'GR', '0221 4471-7040'),
    'weidemann': ('Jonas Weidemann', 'IT-Service', 'GR', '0221 4471-8800'),
    'lanz': ('Dr. Friederike Lanz', 'Datenschutzbeauftragte', 'GR', '0221 4471-1020'),
    'petersen': ('Ole Petersen', 'Unternehmenskommunikation', 'GR', '0221 4471-1050'),
    'roth': ('Stefanie Roth', 'Einkauf', 'GR', '0221 4471-1240'),
    'kuehl': ('Dr. Bastian Kühl', 'Aktuariat Kranken', 'KV', '0221 4471-3600'),
    'moore': ('Rachel Moore', 'International Health Desk', 'KV', '+49 221 4471-3470'),
    'achterberg': ('Ben Achterberg', 'Reinsurance', 'GR', '+49 221 4471-1410'),
    'nowak': ('Carla Nowak', 'Kundenservice', 'GR', '0221 4471-0'),
    'demir': ('Yusuf Demir', 'Leistung Unfall', 'AV', '0221 4471-5610'),
    'schaaf': ('Henrike Schaaf', 'Antragsprüfung Kranken', 'KV', '0221 4471-3210'),
    'frerichs': ('Lukas Frerichs', 'Recht & Regress', 'GR', '0221 4471-1330'),
    'gehrke': ('Martina Gehrke', 'Leistung Pflege', 'KV', '0221 4471-3720'),
    'thamm': ('Sven Thamm', 'Fachschulung Leistung', 'GR', '0221 4471-1460'),
}

COMPANY = {
    'KV': 'Veltheimer Krankenversicherung AG',
    'LV': 'Veltheimer Lebensversicherung AG',
    'AV': 'Veltheimer Allgemeine Versicherung AG',
    'GR': 'Veltheimer Versicherungsgruppe',
}

REG = {
    'KV': 'Sitz Köln, Amtsgericht Köln HRB 48213, Vorsitzender des Aufsichtsrats: Dr. Konrad Elsner, Vorstand: Dr. Maren Quast (Vors.), Timo Rehbein, Ilse Grabowski',
    'LV': 'Sitz Köln, Amtsgericht Köln HRB 48207, Vorsitzender des Aufsichtsrats: Dr. Konrad Elsner, Vorstand: Dr. Maren Quast (Vors.), Arne Liebherz',
    'AV': 'Sitz Köln, Amtsgericht Köln HRB 48199, Vorsitzender des Aufsichtsrats: Dr. Konrad Elsner, Vorstand: Dr. Maren Quast (Vors.), Gül Aydemir',
    'GR': 'Veltheimer Holding AG, Sitz Köln, Amtsgericht Köln HRB 47001',
}


def addr(key):
    name = STAFF[key][0]
    local = name.replace('Dr. med. ', '').replace('Dr. ', '').lower()
    local = (local.replace('ö', 'oe').replace('ü', 'ue').replace('ä', 'ae').replace('ß', 'ss')
             .replace(' ', '.'))
    return f'{name} <{local}@{DOM}>', f'{local}@{DOM}'


def frm(key):
    return addr(key)[0]


def sig(key, lang='de', short=False, phone=True):
    name, role, co, tel = STAFF[key]
    mail = addr(key)[1]
    if short:
        return f'\n-- \n{name}\n{role}' + (f' | {tel}' if phone else '')
    if lang == 'de':
        s = (f'\nMit freundlichen Grüßen\n\n{name}\n{role}\n\n{COMPANY[co]}\nVeltheimer Platz 1, 50667 Köln\n'
             f'Telefon {tel}\n{mail}\nwww.veltheimer.example')
    else:
        s = (f'\nKind regards\n\n{name}\n{role}\n{COMPANY[co]}\nVeltheimer Platz 1, 50667 Cologne, Germany\n'
             f'Phone {tel}\n{mail}')
    return s


def footer(co='KV', lang='de', disclaimer=True):
    s = f'\n\n{COMPANY[co]} | {REG[co]}'
    if disclaimer:
        if lang == 'de':
            s += ('\n\nDiese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. '
                  'Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, '
                  'informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte '
                  'Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.')
        else:
            s += ('\n\nThis e-mail may contain confidential and/or privileged information. If you are not the '
                  'intended recipient (or have received this e-mail in error) please notify the sender '
                  'immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution '
                  'of the material in this e-mail is strictly forbidden.')
    return s


# --------------------------------------------------------------------------
# attachments built by hand
# --------------------------------------------------------------------------

ZDT = (2026, 1, 1, 0, 0, 0)


def zipb(members, dt=ZDT, stored_first=False):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            zi.compress_type = zipfile.ZIP_STORED if (stored_first and i == 0) else zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return bio.getvalue()


def _pdfesc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def pdf(lines, title='Dokument', author='Veltheimer Versicherungsgruppe', date='20260101090000', compress=True):
    """A small PDF 1.4 with Helvetica text (real text layer). Lines starting
    with '# ' are set bold and larger."""
    flat = []
    for l in lines:
        if l.startswith('# ') or len(l) <= 95:
            flat.append(l)
        else:
            flat.extend(textwrap.wrap(l, 95) or [''])
    per = 54
    pages = [flat[i:i + per] for i in range(0, max(len(flat), 1), per)] or [[]]
    objs = {}
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    objs[5] = ('<< /Title (%s) /Author (%s) /Producer (KOS Druckausgabe 4.2) /CreationDate (D:%s+01\'00\') >>'
               % (_pdfesc(title), _pdfesc(author), date)).encode('cp1252', 'replace')
    kids = []
    num = 6
    for pg in pages:
        ops = ['BT', '50 800 Td', '14 TL']
        for l in pg:
            if l.startswith('# '):
                ops.append('/F2 12 Tf')
                ops.append('(%s) Tj T*' % _pdfesc(l[2:]))
            else:
                ops.append('/F1 10 Tf')
                ops.append('(%s) Tj T*' % _pdfesc(l))
        ops.append('ET')
        raw = '\n'.join(ops).encode('cp1252', 'replace')
        if compress:
            data = zlib.compress(raw, 9)
            cont = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data) + data + b'\nendstream'
        else:
            cont = b'<< /Length %d >>\nstream\n' % len(raw) + raw + b'\nendstream'
        objs[num] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R '
                     '/F2 4 0 R >> >> /Contents %d 0 R >>' % (num + 1)).encode()
        objs[num + 1] = cont
        kids.append(num)
        num += 2
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))).encode()
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n'
    xref = len(out)
    n = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % n
    for i in range(1, n):
        out += b'%010d 00000 n \n' % offs[i]
    fid = hashlib.md5(bytes(out)).hexdigest().encode()
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n' % (n, fid, fid, xref)
    return bytes(out)


W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def _core(title, author, date):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{xesc(title)}</dc:title><dc:creator>{xesc(author)}</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{date}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{date}</dcterms:modified>'
            '</cp:coreProperties>')


def docx(paras, title='Dokument', author='Veltheimer', date='2026-01-01T09:00:00Z'):
    """paras: str | ('h', str) | ('table', [[cells]])"""
    body = []
    for p in paras:
        if isinstance(p, tuple) and p[0] == 'h':
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr>'
                        f'<w:t xml:space="preserve">{xesc(p[1])}</w:t></w:r></w:p>')
        elif isinstance(p, tuple) and p[0] == 'table':
            rows = ''.join('<w:tr>' + ''.join(
                f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">{xesc(str(c))}</w:t></w:r></w:p></w:tc>'
                for c in r) + '</w:tr>' for r in p[1])
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                        + rows + '</w:tbl>')
        else:
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{xesc(p)}</w:t></w:r></w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document xmlns:w="{W_NS}"><w:body>' + ''.join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" '
           'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
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
    return zipb([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc),
                 ('docProps/core.xml', _core(title, author, date))])


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title='Tabelle', author='Veltheimer', date='2026-01-01T09:00:00Z'):
    """sheets: [(name, rows)], rows = lists of str/int/float/None"""
    files = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for si, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = f'{_col(ci)}{ri}'
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(str(v))}</t></is></c>')
            xr.append(f'<row r="{ri}">' + ''.join(cells) + '</row>')
        ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<sheetData>' + ''.join(xr) + '</sheetData></worksheet>')
        files.append((f'xl/worksheets/sheet{si}.xml', ws))
        wb_sheets.append(f'<sheet name="{xesc(name)}" sheetId="{si}" r:id="rId{si}"/>')
        wb_rels.append(f'<Relationship Id="rId{si}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{si}.xml"/>')
        ct_over.append(f'<Override PartName="/xl/worksheets/sheet{si}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + ''.join(wb_sheets) + '</sheets></workbook>')
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           + ''.join(wb_rels) + '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + ''.join(ct_over) +
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    return zipb([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                 ('xl/_rels/workbook.xml.rels', wbr)] + files + [('docProps/core.xml', _core(title, author, date))])


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def _odf(mime, content_body, title, date):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {ODF_NS}><office:body>{content_body}</office:body></office:document-content>')
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-meta {ODF_NS}><office:meta><dc:title>{xesc(title)}</dc:title>'
            f'<meta:creation-date>{date}</meta:creation-date><meta:generator>LibreOffice/7.6</meta:generator>'
            '</office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return zipb([('mimetype', mime), ('content.xml', content), ('meta.xml', meta),
                 ('META-INF/manifest.xml', manifest)], stored_first=True)


def odt(paras, title='Dokument', date='2026-01-01T09:00:00'):
    b = []
    for p in paras:
        if isinstance(p, tuple) and p[0] == 'h':
            b.append(f'<text:h text:outline-level="1">{xesc(p[1])}</text:h>')
        elif isinstance(p, tuple) and p[0] == 'table':
            b.append('<table:table table:name="T1">' + ''.join(
                '<table:table-row>' + ''.join(f'<table:table-cell office:value-type="string"><text:p>{xesc(str(c))}</text:p></table:table-cell>' for c in r)
                + '</table:table-row>' for r in p[1]) + '</table:table>')
        else:
            b.append(f'<text:p>{xesc(p)}</text:p>')
    return _odf('application/vnd.oasis.opendocument.text', '<office:text>' + ''.join(b) + '</office:text>', title, date)


def ods(sheets, title='Tabelle', date='2026-01-01T09:00:00'):
    t = []
    for name, rows in sheets:
        rr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                elif v is None or v == '':
                    cells.append('<table:table-cell/>')
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{xesc(str(v))}</text:p></table:table-cell>')
            rr.append('<table:table-row>' + ''.join(cells) + '</table:table-row>')
        t.append(f'<table:table table:name="{xesc(name)}">' + ''.join(rr) + '</table:table>')
    return _odf('application/vnd.oasis.opendocument.spreadsheet', '<office:spreadsheet>' + ''.join(t) + '</office:spreadsheet>', title, date)


def csvb(rows, enc='utf-8', delim=';', bom=False):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    b = s.getvalue().encode(enc)
    return (b'\xef\xbb\xbf' + b) if bom else b


def icsb(uid, start, end, summary, desc='', location='', organizer=None, attendees=(), stamp='20260101T080000Z'):
    def fold(line):
        out, cur = [], ''
        for ch in line:
            if len((cur + ch).encode('utf-8')) > 74:
                out.append(cur)
                cur = ' ' + ch
            else:
                cur += ch
        out.append(cur)
        return '\r\n'.join(out)

    def e(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Veltheimer//Terminservice 2.1//DE', 'METHOD:REQUEST',
         'BEGIN:VTIMEZONE', 'TZID:Europe/Berlin',
         'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST', 'DTSTART:19700329T020000',
         'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
         'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET', 'DTSTART:19701025T030000',
         'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD', 'END:VTIMEZONE',
         'BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:{stamp}', f'DTSTART;TZID=Europe/Berlin:{start}',
         f'DTEND;TZID=Europe/Berlin:{end}', f'SUMMARY:{e(summary)}']
    if desc:
        L.append(f'DESCRIPTION:{e(desc)}')
    if location:
        L.append(f'LOCATION:{e(location)}')
    if organizer:
        L.append(f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}')
    for a in attendees:
        L.append(f'ATTENDEE;CN={a[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{a[1]}')
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(fold(x) for x in L) + '\r\n').encode('utf-8')


CTYPES = {
    'pdf': 'application/pdf',
    'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'odt': 'application/vnd.oasis.opendocument.text',
    'ods': 'application/vnd.oasis.opendocument.spreadsheet',
    'zip': 'application/zip',
    'csv': 'text/csv',
    'ics': 'text/calendar',
    'html': 'text/html',
    'htm': 'text/html',
    'txt': 'text/plain',
}


def A(fn, data, ctype=None, **params):
    """An attachment: file name, bytes, optional content type and type parameters."""
    ext = fn.rsplit('.', 1)[-1].lower()
    return {'fn': fn, 'data': data, 'ctype': ctype or CTYPES[ext], 'params': params}


def EML(fn, msg):
    """Attach a whole mail as message/rfc822."""
    return {'fn': fn, 'eml': msg}


# --------------------------------------------------------------------------
# the mail builder
# --------------------------------------------------------------------------

MAILERS = {
    'outlook': ('X-Mailer', 'Microsoft Outlook 16.0'),
    'owa': ('X-MS-Has-Attach', None),
    'tb': ('User-Agent', 'Mozilla Thunderbird 128.6.0'),
    'kos': ('X-Mailer', 'Veltheimer KOS Korrespondenz 4.2'),
    'nl': ('X-Mailer', 'Veltheimer Newsletter-Service 3.0'),
    'portal': ('X-Mailer', 'Veltheimer SecureMail Portal'),
    'ios': ('X-Mailer', 'iPhone Mail (22D72)'),
    'auto': ('X-Mailer', 'Microsoft Exchange Server 16.0'),
}


def _text(text, subtype, cs, cte, flowed=False, root=None):
    p = root if root is not None else MIMEPart(policy=POL)
    if cte in ('7bit', '8bit'):
        text = wrap(text, 76)
    params = {'format': 'flowed'} if flowed else {}
    p.set_content(text, subtype=subtype, charset=cs, cte=cte, params=params)
    return p


def _mp(subtype, parts):
    p = MIMEPart(policy=POL)
    p['Content-Type'] = f'multipart/{subtype}'
    for x in parts:
        p.attach(x)
    return p


def _att(a):
    p = MIMEPart(policy=POL)
    if 'eml' in a:
        p.set_content(a['eml'], disposition='attachment', filename=a['fn'])
    else:
        mt, st = a['ctype'].split('/')
        p.set_content(a['data'], mt, st, disposition='attachment', filename=a['fn'],
                      params=a['params'] or None)
    return p


def _boundary(style, key, i):
    x = hashlib.sha1(f'{key}/{i}'.encode()).hexdigest()
    if style in ('outlook', 'auto', 'owa'):
        return f'_00{i}_{x[:12].upper()}{x[12:20].upper()}_'
    if style == 'tb':
        return '------------' + x[:24]
    if style == 'kos':
        return f'=_KOS_{x[:20]}'
    if style == 'nl':
        return f'==NL_{x[:16]}=='
    return f'----=_Part_{i}_{int(x[:8], 16)}.{int(x[8:16], 16)}'


def _addrs(v):
    from email.utils import getaddresses
    if not isinstance(v, str):
        v = ', '.join(v)
    out = []
    for name, a in getaddresses([v]):
        if name and re.search(r'[][\\()<>@,:;".]', name):
            name = '"' + name.replace('"', '') + '"'
        out.append(f'{name} <{a}>' if name else a)
    return ', '.join(out)


def message(frm, to, subj, date, body=None, cc=None, cs='utf-8', cte='quoted-printable', html=None,
            atts=(), mailer='outlook', irt=None, refs=None, headers=(), flowed=False, key='x', mid=None,
            reply_to=None, html_cs=None, html_cte=None, bcc=None):
    m = EmailMessage(policy=POL)
    m['From'] = _addrs(frm)
    m['To'] = _addrs(to)
    if cc:
        m['Cc'] = _addrs(cc)
    if reply_to:
        m['Reply-To'] = _addrs(reply_to)
    m['Subject'] = subj
    m['Date'] = rfcdate(date)
    host = 'mail.' + DOM if mailer != 'nl' else 'news.' + DOM
    m['Message-ID'] = mid or f'<{date[:10].replace("-", "")}{h(key, 4)}.{h(key + subj, 12)}@{host}>'
    if irt:
        m['In-Reply-To'] = irt
        m['References'] = refs or irt
    for k, v in headers:
        m[k] = v
    mh = MAILERS.get(mailer)
    if mh and mh[1]:
        m[mh[0]] = mh[1]
    m['MIME-Version'] = '1.0'
    hcs = html_cs or cs
    hcte = html_cte or cte
    if body is None:
        core = _text(html, 'html', hcs, hcte)
    elif html is not None:
        core = _mp('alternative', [_text(body, 'plain', cs, cte, flowed), _text(html, 'html', hcs, hcte)])
    else:
        core = None
    if atts:
        first = core if core is not None else _text(body, 'plain', cs, cte, flowed)
        tree = _mp('mixed', [first] + [_att(a) for a in atts])
    else:
        tree = core
    if tree is None:
        _text(body, 'plain', cs, cte, flowed, root=m)
    elif tree.is_multipart():
        m['Content-Type'] = tree['Content-Type']
        m.set_payload(tree.get_payload())
        if mailer == 'tb':
            m.preamble = 'This is a multi-part message in MIME format.'
    else:
        for k, v in tree.items():
            m[k] = v
        m.set_payload(tree.get_payload())
    i = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary(_boundary(mailer, key + subj, i))
            i += 1
    return m


MAILS = []


def add(label, lang, kind, reason, **kw):
    n = len(MAILS) + 1
    kw.setdefault('key', f'{PREFIX}{n:04d}')
    MAILS.append((n, label, lang, kind, reason, kw))


def td(rows, head=True, style='border-collapse:collapse'):
    """HTML table from rows."""
    out = [f'<table border="1" cellpadding="4" style="{style}">']
    for i, r in enumerate(rows):
        tag = 'th' if (head and i == 0) else 'td'
        out.append('<tr>' + ''.join(f'<{tag}>{c}</{tag}>' for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def html_doc(inner, title='', cs='utf-8'):
    return ('<!DOCTYPE html>\n<html><head><meta charset="' + cs + '"><title>' + title + '</title></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:10pt">\n' + inner + '\n</body></html>\n')


# ==========================================================================
# MAILS
# ==========================================================================

# ---- 0001 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'KTG of a self-employed master carpenter: incapacity since January, lumbar disc M51.2, request for follow-up certificate',
    frm=frm('rensing'), to='Markus Feldhaus <m.feldhaus@tischlerei-feldhaus.example>',
    subj='Ihr Krankentagegeld – Tarif KT 43 S, Vertrag 41-2207839-3', date='2026-01-19 10:42',
    body=f"""Sehr geehrter Herr Feldhaus,

vielen Dank für Ihren Anruf am Freitag und die Zusendung der Arbeitsunfähigkeitsbescheinigung von Frau Dr. Albrecht.

Zum Stand Ihres Leistungsfalls:

- Arbeitsunfähig seit: 07.01.2026
- Diagnose laut Bescheinigung: M51.2 G (Bandscheibenverlagerung lumbal)
- Karenzzeit Ihres Tarifs KT 43 S: 42 Tage
- Leistungsbeginn Krankentagegeld: 18.02.2026 (43. Tag)
- versicherter Tagessatz: 140,00 EUR

Da die Erstbescheinigung nur bis zum 31.01.2026 ausgestellt ist, benötigen wir rechtzeitig vor Ablauf eine Folgebescheinigung. Bitte achten Sie darauf, dass darauf die voraussichtliche Dauer und die ausgeübte berufliche Tätigkeit (Tischlermeister, Inhaber) stehen – Sie wissen ja, als Selbständiger ist entscheidend, dass Sie Ihren Beruf in keiner Weise ausüben, auch nicht die Büroarbeit.

Sie können die Unterlagen gern über Ihr Kundenpostfach hochladen, dann liegen sie am nächsten Tag bei mir.

Gute Besserung!
{sig('rensing')}{footer('KV')}""")

# ---- 0002 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: KTG portfolio claims statistics by ICD chapter and waiting period, aggregates only, no persons',
    frm=frm('kuehl'), to=[frm('oberdorf'), frm('albers')], cc=frm('kaya'),
    subj='Auswertung KTG-Leistungsfälle 2025 nach ICD-Kapitel und Karenzzeit',
    date='2026-01-21 16:05',
    body=f"""Hallo Sabine, hallo Christoph,

wie besprochen die Jahresauswertung 2025 für den KTG-Bestand (Einzel und Gruppe). Kurz das Wichtigste:

* 4.812 abgeschlossene Leistungsfälle, durchschnittliche Dauer 61 Tage (Vorjahr 57)
* Kapitel M (Muskel-Skelett) weiter vorn mit 31 %, Kapitel F (psychische Störungen) jetzt 24 % – bei Fällen über 182 Tagen sogar 46 %
* Selbständige mit Karenz 42 Tage: deutlich längere Verläufe als Arbeitnehmer mit Karenz 42 (Median 78 vs. 49 Tage)

Details je Kapitel, Altersband und Karenzzeit in der Datei. Zellen unter 10 Fällen sind zusammengefasst, es sind keine Einzelfälle erkennbar – bitte trotzdem nicht an Vertrieb weitergeben, das sind Kalkulationsgrundlagen.

Für die Tarifklausur im März würde ich gern die Kapitel-F-Verläufe noch nach Leistungsdauer staffeln. Gebt mir Bescheid, ob ihr das braucht.

Viele Grüße
Bastian
{sig('kuehl', short=True)}""",
    atts=[A('KTG_Leistungsfaelle_2025_ICD-Kapitel.xlsx', xlsx([
        ('nach Kapitel', [['ICD-Kapitel', 'Bezeichnung', 'Fälle', 'Anteil', 'Ø Dauer (Tage)', 'Fälle > 182 Tage'],
                          ['M', 'Krankheiten des Muskel-Skelett-Systems', 1492, 0.31, 54, 61],
                          ['F', 'Psychische und Verhaltensstörungen', 1155, 0.24, 97, 143],
                          ['S/T', 'Verletzungen, Vergiftungen', 722, 0.15, 48, 22],
                          ['J', 'Krankheiten des Atmungssystems', 433, 0.09, 14, '<10'],
                          ['C/D', 'Neubildungen', 289, 0.06, 131, 58],
                          ['I', 'Kreislaufsystem', 192, 0.04, 72, 17],
                          ['sonstige', 'übrige Kapitel zusammengefasst', 529, 0.11, 39, 12],
                          ['Summe', '', 4812, 1.0, 61, 313]]),
        ('nach Karenz', [['Karenzzeit', 'Personenkreis', 'Fälle', 'Median Dauer'],
                         ['14 Tage', 'Selbständige', 311, 41], ['42 Tage', 'Selbständige', 1207, 78],
                         ['42 Tage', 'Arbeitnehmer', 2388, 49], ['91 Tage', 'Arbeitnehmer', 644, 112],
                         ['sonstige', 'gemischt', 262, 55]]),
    ], title='KTG Leistungsfälle 2025', author='Aktuariat Kranken', date='2026-01-21T15:40:00Z'))])

# ---- 0003 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'motor: parking damage claim of a named customer with claim number, plate and policy, nobody hurt',
    frm=frm('poettgen'), to='Renate Dörflinger <renate.doerflinger@kabelmail.example>',
    subj='Schaden S-26-0114-207 / Ihr Fahrzeug K-RD 418',
    date='2026-01-22 08:57', cte='quoted-printable',
    body=f"""Guten Morgen Frau Dörflinger,

danke für die Fotos. Der Schaden an der hinteren Stoßstange Ihres VW Golf (K-RD 418) ist damit gut dokumentiert. Da der Verursacher nach Ihren Angaben unbekannt ist und niemand verletzt wurde, regulieren wir über Ihre Vollkasko (Vertrag KF-88 4410 27, Selbstbeteiligung 300 EUR).

Sie können das Fahrzeug in einer Werkstatt Ihrer Wahl reparieren lassen; bis 2.000 EUR brauchen wir kein Gutachten, ein Kostenvoranschlag reicht. Ihre Schadenfreiheitsklasse wird nach Abschluss um zwei Stufen zurückgestuft – wenn Sie das vermeiden wollen, können Sie den Schaden innerhalb von sechs Monaten selbst tragen.

Schadennummer bitte bei allen Rückfragen angeben: S-26-0114-207
{sig('poettgen')}{footer('AV')}""")

# ---- 0004 -----------------------------------------------------------------
_h4 = td([['Date of service', 'Provider', 'Item', 'Invoiced', 'Reimbursed'],
          ['12 Jan 2026', 'Northbank Physio Clinic', 'Physiotherapy 45 min (knee, post ACL repair)', 'GBP 85.00', 'GBP 85.00'],
          ['19 Jan 2026', 'Northbank Physio Clinic', 'Physiotherapy 45 min', 'GBP 85.00', 'GBP 85.00'],
          ['26 Jan 2026', 'Northbank Physio Clinic', 'Physiotherapy 45 min + taping', 'GBP 97.50', 'GBP 85.00']])
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
    'expat health: physiotherapy reimbursement after ACL reconstruction of the addressee, table in HTML and text',
    frm=frm('moore'), to='Daniel Whitcombe <d.whitcombe@postbox-uk.example>',
    subj='Your claim EXP-2026-00871 – physiotherapy invoices', date='2026-02-03 14:18',
    body=f"""Dear Mr Whitcombe,

thank you for sending the three invoices from Northbank Physio Clinic. We have settled them under your International Health Plan (policy IHP 300-118452):

12 Jan 2026  Physiotherapy 45 min (knee, post ACL repair)  GBP 85.00 / reimbursed GBP 85.00
19 Jan 2026  Physiotherapy 45 min                           GBP 85.00 / reimbursed GBP 85.00
26 Jan 2026  Physiotherapy 45 min + taping                  GBP 97.50 / reimbursed GBP 85.00

Taping material is not covered under your outpatient benefit, so GBP 12.50 remains with you. Your referral from Mr Pryce-Evans covers 12 sessions after the reconstruction of your right anterior cruciate ligament; 9 sessions are left.

The amount of GBP 255.00 will be paid to your account ending 4471 within three working days.
{sig('moore', 'en')}{footer('KV', 'en')}""",
    html=html_doc(f"""<p>Dear Mr Whitcombe,</p>
<p>thank you for sending the three invoices from Northbank Physio Clinic. We have settled them under your
International Health Plan (policy IHP 300-118452):</p>
{_h4}
<p>Taping material is not covered under your outpatient benefit, so GBP 12.50 remains with you. Your referral from
Mr Pryce-Evans covers 12 sessions after the reconstruction of your right anterior cruciate ligament; 9 sessions are left.</p>
<p>The amount of GBP 255.00 will be paid to your account ending 4471 within three working days.</p>
<p>Kind regards<br>Rachel Moore<br>International Health Desk<br>Veltheimer Krankenversicherung AG</p>"""))

# ---- 0005 -----------------------------------------------------------------
_nl5 = """Veltheimer Makler-Newsletter 02/2026

DAILY SICKNESS ALLOWANCE FOR FREELANCERS – WHAT CHANGES IN 2026

1. New waiting periods. From 1 April the tariff KT S can be combined with a waiting period of 14, 21, 42 or 91 days. Clients who switch from 42 to 21 days do not need a new health declaration if the daily rate stays the same.

2. Income check. Self-employed clients may insure up to 100 % of their net income from work. We will ask for the last income tax assessment only when a claim lasts longer than 91 days.

3. Certificates. Doctors may now issue the incapacity certificate (AU-Bescheinigung) for private patients as a PDF. Your clients can upload it in the customer portal – no paper original needed.

4. Reintegration. During a gradual return to work (Hamburg model) the full daily allowance continues, as long as the doctor confirms incapacity for the former job.

Webinar for brokers: 17 March 2026, 10:00-11:00. Register at https://makler.veltheimer.example/webinare

You receive this newsletter because you are a registered broker partner. Unsubscribe: https://makler.veltheimer.example/newsletter/abmelden
Veltheimer Krankenversicherung AG, Veltheimer Platz 1, 50667 Köln"""
add('NORMAL', 'en', 'newsletter',
    'trap: broker newsletter on daily sickness allowance, certificates and reintegration, product information only',
    frm='Veltheimer Makler-Newsletter <newsletter@veltheimer.example>',
    to='Broker partners <makler-verteiler@veltheimer.example>', subj='Broker News: daily sickness allowance for freelancers 2026',
    date='2026-02-04 07:30', mailer='nl', headers=[('List-Unsubscribe', '<https://makler.veltheimer.example/newsletter/abmelden>'),
                                                     ('Precedence', 'bulk')],
    body=_nl5,
    html=html_doc('<h2>Daily sickness allowance for freelancers – what changes in 2026</h2>'
                  + ''.join(f'<p>{p}</p>' for p in _nl5.split('\n\n')[2:6])
                  + '<p><a href="https://makler.veltheimer.example/webinare">Register for the webinar (17 March 2026)</a></p>'
                  + '<p style="font-size:8pt">Unsubscribe: <a href="https://makler.veltheimer.example/newsletter/abmelden">here</a></p>'))

# ---- 0006 -----------------------------------------------------------------
_p6 = pdf(['# Anforderung eines ärztlichen Befundberichts', '',
           'Veltheimer Krankenversicherung AG, Leistung Krankentagegeld, 50667 Köln', '',
           'Versicherte Person:   Markus Feldhaus, geb. 11.09.1979',
           'Anschrift:            Am Kolkbach 14, 51105 Köln',
           'Vertrag / Vorgang:    41-2207839-3 / KT-2026-000318', '',
           'Sehr geehrte Frau Dr. Albrecht,',
           'für die Prüfung der Arbeitsunfähigkeit bitten wir um einen kurzen Befundbericht:',
           '1. Diagnosen (mit ICD-10), seit wann in Behandlung?',
           '2. Befunde (MRT LWS vom 09.01.2026?), neurologische Ausfälle?',
           '3. Bisherige Therapie (Analgetika, Physiotherapie, Infiltrationen), geplante Maßnahmen',
           '4. Voraussichtliche Dauer der Arbeitsunfähigkeit als Tischlermeister (körperlich schwere Tätigkeit)',
           '5. Ist eine stufenweise Wiedereingliederung oder Reha sinnvoll?', '',
           'Die Schweigepflichtentbindung des Versicherten vom 19.01.2026 liegt bei.',
           'Wir vergüten den Bericht nach GOÄ Nr. 75 zzgl. Porto.', '',
           'Mit freundlichen Grüßen', 'Dr. med. Ulrike Fahlbusch, Beratungsärztin'],
          title='Befundanforderung KT-2026-000318', date='20260126093000')
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
    'request for a medical report to the treating orthopaedist: named insured, birth date, disc prolapse, MRI, incapacity (PDF)',
    frm=frm('fahlbusch'), to='Praxis Dr. med. Kerstin Albrecht <praxis@praxis-albrecht.example>',
    subj='Befundbericht erbeten – Herr Feldhaus, KT-2026-000318', date='2026-01-26 09:41',
    body=f"""Sehr geehrte Frau Kollegin Albrecht,

Ihr Patient Herr Markus Feldhaus (geb. 11.09.1979) bezieht bei uns Krankentagegeld wegen der lumbalen Bandscheibenproblematik, die Sie seit Anfang Januar behandeln.

Im Anhang unsere Fragen zum Befundbericht sowie die Schweigepflichtentbindung. Für eine Rückmeldung innerhalb von zwei Wochen wäre ich dankbar; gern auch per Fax an 0221 4471-3099.

Mit kollegialen Grüßen
Ulrike Fahlbusch

Dr. med. Ulrike Fahlbusch
Fachärztin für Allgemeinmedizin, Sozialmedizin
Beratungsärztin – Gesellschaftsärztlicher Dienst
Veltheimer Krankenversicherung AG{footer('KV')}""",
    atts=[A('Befundanforderung_KT-2026-000318.pdf', _p6)])

# ---- 0007 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-broker',
    'household burglary claim of a named client sent to the sole-trader broker: policy, claim, loss amount',
    frm=frm('luettgens'), to='Jens Hartwig <jh@hartwig-makler.example>',
    subj='AW: Einbruch bei Ihrer Kundin Frau Yıldırım – HR 20-551783',
    date='2026-01-27 11:20', irt='<a71c2@hartwig-makler.example>',
    body=f"""Hallo Herr Hartwig,

kurzer Zwischenstand zum Einbruch bei Ihrer Kundin Frau Elif Yıldırım (Hausratvertrag HR 20-551783, Schaden S-26-0109-033):

Die Stehlgutliste ist vollständig, die Anzeige der Polizei Köln-Kalk (Tagebuchnr. liegt vor) auch. Gemeldeter Schaden 6.480 EUR, davon Schmuck 2.950 EUR – hier greift die Entschädigungsgrenze für Wertsachen außerhalb eines Tresors von 20 % der Versicherungssumme, das passt bei 45.000 EUR Versicherungssumme noch.

Offen ist nur die Rechnung für das Notebook. Wenn die kommt, geben wir frei.

Gruß aus Köln
Anke Lüttgens

-----Ursprüngliche Nachricht-----
Von: Jens Hartwig <jh@hartwig-makler.example>
Gesendet: Montag, 26. Januar 2026 17:02
An: Lüttgens, Anke <anke.luettgens@veltheimer.example>
Betreff: Einbruch bei Ihrer Kundin Frau Yıldırım – HR 20-551783

Moin Frau Lüttgens, wie weit ist der Fall Yıldırım? Die Kundin ruft täglich an. Gruß J. Hartwig
{footer('AV')}""")

# ---- 0008 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: IT ticket about the inbox scanner skewing incapacity certificates (AU-Bescheinigungen), no document or person named',
    frm=frm('weidemann'), to='IT-Service Ticket <it-service@veltheimer.example>', cc=frm('oberdorf'),
    subj='[INC-2026-01884] Posteingang KV: AU-Bescheinigungen werden schief eingescannt',
    date='2026-01-28 13:14', cte='8bit', mailer='kos',
    body="""Ticket INC-2026-01884 – Status: in Bearbeitung

Kurzbeschreibung: Seit dem Treiber-Update am Scanner SC-04 (Posteingang Kranken, Raum 3.112) werden Arbeitsunfähigkeitsbescheinigungen im Format A5 quer um ca. 4 Grad gedreht erfasst. Die Texterkennung liest dadurch Diagnoseschlüssel und AU-Zeiträume nicht mehr zuverlässig aus, die Belege landen vermehrt in der manuellen Nachbearbeitung.

Betroffen: nur A5-Belege (AU, Rezepte), A4 (Arztrechnungen, Befundberichte) unauffällig.

Maßnahme: Rollback auf Treiber 5.2.8 heute 17:30, danach Testlauf mit 20 Musterbelegen (Blankoformulare, keine echten Belege).

Frau Oberdorf zur Info, weil im KTG-Team morgen früh mit Rückstau zu rechnen ist.

Jonas Weidemann
IT-Service, Durchwahl -8800""")

# ---- 0009 -----------------------------------------------------------------
_d9 = docx([('h', 'Einladung zum Betrieblichen Eingliederungsmanagement (BEM)'),
            'Köln, 02.02.2026', 'Frau Svenja Brückner, Personalnummer 30417, Abteilung Kundenservice',
            'Liebe Frau Brückner,',
            'Sie waren in den vergangenen zwölf Monaten an insgesamt 58 Arbeitstagen arbeitsunfähig erkrankt '
            '(10.03.–04.04.2025, 22.09.–31.10.2025 sowie seit 12.01.2026). Nach § 167 Abs. 2 SGB IX bieten wir '
            'Ihnen deshalb ein Betriebliches Eingliederungsmanagement an.',
            'Das BEM ist freiwillig. Ziel ist, gemeinsam zu klären, wie Ihre Arbeitsunfähigkeit überwunden und '
            'erneuter Arbeitsunfähigkeit vorgebeugt werden kann. Diagnosen müssen Sie nicht nennen.',
            'Auf Wunsch kann ein Mitglied des Betriebsrats, die Schwerbehindertenvertretung oder die Betriebsärztin '
            'Dr. Lene Marx (ArbeitsmedZentrum West) teilnehmen.',
            ('table', [['Terminvorschlag', 'Ort'], ['Di, 17.02.2026, 10:00 Uhr', 'Raum 1.08 oder per Video'],
                       ['Do, 19.02.2026, 14:00 Uhr', 'Raum 1.08 oder per Video']]),
            'Bitte geben Sie uns bis zum 13.02.2026 Bescheid, ob Sie das Angebot annehmen.',
            'Petra Sondermann, BEM-Beauftragte'], title='BEM-Einladung', author='Petra Sondermann',
           date='2026-02-02T08:30:00Z')
add('STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'HR: BEM invitation to a named employee listing her periods of incapacity (58 days), in a DOCX; body only says invitation',
    frm=frm('sondermann'), to='Svenja Brückner <svenja.brueckner@veltheimer.example>',
    subj='Einladung – persönlich', date='2026-02-02 08:46',
    body=f"""Liebe Frau Brückner,

anbei erhalten Sie ein Schreiben von mir. Ich habe es Ihnen an Ihre dienstliche Adresse geschickt, weil Sie im Dezember gesagt hatten, dass Sie Ihre Mails auch von zu Hause lesen. Eine Kopie geht zusätzlich per Post an Ihre Privatanschrift.

Wenn Sie Fragen haben, rufen Sie mich gern an – auch einfach, um sich unverbindlich zu informieren.

Herzliche Grüße
Petra Sondermann
{sig('sondermann', short=True)}""",
    atts=[A('Schreiben_Personalabteilung_2026-02-02.docx', _d9)])

# ---- 0010 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-partner',
    'trap: quarterly KTG/income-protection bordereau to the reinsurer, aggregated by age band and duration, no persons',
    frm=frm('achterberg'), to='Claire Fontaine <c.fontaine@nordsternre.example>', cc=frm('kuehl'),
    subj='Q4 2025 bordereau – Daily Sickness Allowance quota share', date='2026-02-05 15:32',
    body=f"""Dear Claire,

please find attached the Q4 2025 bordereau for the daily sickness allowance quota share (treaty NR-QS-KT-2024).

As agreed in Zurich, claims are reported in aggregate: age band x benefit duration band, no claimant identifiers. Highlights:

- earned premium Q4: EUR 18.4m (Q3: 18.1m)
- incurred claims Q4: EUR 12.9m, thereof EUR 4.1m on claims running longer than 182 days
- mental health share of long-duration claims keeps rising (see column "F-share")

The large-claim notification for cover above EUR 250k per life will follow separately, as usual via the secure portal.

Best regards,
Ben
{sig('achterberg', 'en')}{footer('GR', 'en')}""",
    atts=[A('Bordereau_Q4-2025_DSA-QS.csv', csvb([
        ['age_band', 'duration_band', 'claims_open', 'claims_closed', 'paid_eur', 'reserve_eur', 'F_share'],
        ['18-29', '0-42', 212, 188, '311400', '48200', '0.18'],
        ['18-29', '43-182', 61, 40, '402950', '210000', '0.33'],
        ['30-44', '0-42', 540, 471, '888100', '160300', '0.21'],
        ['30-44', '43-182', 233, 150, '2140500', '1290000', '0.29'],
        ['30-44', '183+', 48, 9, '1310400', '2050000', '0.52'],
        ['45-59', '0-42', 601, 522, '1026300', '201800', '0.16'],
        ['45-59', '43-182', 318, 204, '3411700', '1802200', '0.24'],
        ['45-59', '183+', 97, 21, '2790000', '3512000', '0.44'],
        ['60+', 'all', 88, 70, '610200', '240000', '0.12']], delim=','))])

# ---- 0011 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'travel: delayed baggage claim of a named customer, booking and policy numbers, payment to her IBAN, no health content',
    frm=frm('benning'), to='Sofia Lindqvist <sofia.lindqvist@mailpost.example>',
    subj='Re: Delayed suitcase – claim R-26-0040', date='2026-02-06 10:05', irt='<9931.sl@mailpost.example>',
    body=f"""Dear Ms Lindqvist,

your suitcase arrived two days late on your flight to Lisbon (booking ref. QX7TBL), and the airline's Property Irregularity Report confirms this. Under your travel policy RV 55-803316 we reimburse necessary purchases up to EUR 300.

Your receipts (toiletries, two shirts, underwear, charger) add up to EUR 214.60. We will transfer this amount to the account you gave us:

Account holder: Sofia Lindqvist
IBAN: {iban('DE', '30050110 1008453217')}

Please note that the airline already paid you EUR 50 in cash at the airport; we have deducted this, so the transfer will be EUR 164.60.

Kind regards
Laura Benning
Travel Insurance Claims
Veltheimer Allgemeine Versicherung AG{footer('AV', 'en', disclaimer=False)}""")

# ---- 0012 -----------------------------------------------------------------
_p12 = pdf(['# Veltheimer Krankenversicherung AG', 'Leistung Krankentagegeld', '',
            'Frau Nadine Scholten, Wiesengrund 7, 53119 Bonn', 'Vertrag 41-3318402-7, Tarif KT 43 A, Tagessatz 95,00 EUR', '',
            '# Ende der Leistungspflicht wegen Berufsunfähigkeit (§ 15 Abs. 1 b MB/KT)', '',
            'Sehr geehrte Frau Scholten,',
            'Sie sind seit dem 14.04.2025 wegen einer rezidivierenden depressiven Störung (F33.2) und einer',
            'Fibromyalgie (M79.70) arbeitsunfähig. Wir haben bisher Krankentagegeld für 253 Tage gezahlt.',
            'Der Gutachter Dr. Rüdiger Manns (Facharzt für Psychiatrie) kommt in seinem Gutachten vom',
            '20.01.2026 zu dem Ergebnis, dass Sie Ihren zuletzt ausgeübten Beruf als Filialleiterin im',
            'Einzelhandel auf nicht absehbare Zeit zu mehr als 50 % nicht ausüben können.',
            'Damit liegt Berufsunfähigkeit im Sinne der Versicherungsbedingungen vor. Die Leistungspflicht',
            'endet drei Monate nach Eintritt der Berufsunfähigkeit, also mit Ablauf des 30.04.2026.',
            'Bis dahin zahlen wir das Krankentagegeld weiter.',
            'Bitte prüfen Sie, ob Sie Ansprüche aus einer Berufsunfähigkeitsversicherung oder auf',
            'Erwerbsminderungsrente haben. Unser Reha- und Fallmanagement (Herr Kaya) hilft Ihnen gern dabei.',
            'Sie können die Entscheidung durch die Schlichtungsstelle oder gerichtlich überprüfen lassen.', '',
            'Mit freundlichen Grüßen', 'Sabine Oberdorf'], title='Schreiben KT-2025-003377', date='20260209110000')
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'KTG ends because of occupational disability: depression F33.2, fibromyalgia, psychiatric expert opinion, in a PDF letter',
    frm=frm('oberdorf'), to='Nadine Scholten <nadine.scholten@t-net.example>',
    subj='Ihr Vertrag 41-3318402-7 – unser Schreiben vom 09.02.2026', date='2026-02-09 11:27',
    body=f"""Sehr geehrte Frau Scholten,

wie vorhin am Telefon angekündigt, erhalten Sie unser Schreiben vorab per E-Mail. Das Original kommt mit der Post.

Ich weiß, dass diese Nachricht nicht leicht ist. Bitte melden Sie sich, wenn Sie Fragen haben – ich habe Ihnen außerdem die Durchwahl von Herrn Kaya aus unserem Fallmanagement notiert (0221 4471-3355); er kennt Ihren Fall und unterstützt Sie beim Antrag auf Erwerbsminderungsrente.
{sig('oberdorf')}{footer('KV')}""",
    atts=[A('Schreiben_2026-02-09.pdf', _p12)])

# ---- 0013 -----------------------------------------------------------------
add('NORMAL', 'de', 'insurer-to-prospect',
    'trap: answer to a prospect asking about KTG for self-employed: generic tariff example for model ages, no contract or health data',
    frm=frm('nowak'), to='info@studio-kreuzberger.example',
    subj='Ihre Anfrage über das Kontaktformular: Krankentagegeld für Selbständige', date='2026-02-10 09:12',
    body=f"""Guten Tag,

vielen Dank für Ihr Interesse an unserem Krankentagegeld für Selbständige. Gern beantworte ich Ihre allgemeinen Fragen:

Ab wann wird gezahlt?
Je nach Tarif ab dem 15., 22., 43. oder 92. Tag der Arbeitsunfähigkeit. Viele Selbständige wählen den 43. Tag und überbrücken die ersten sechs Wochen aus Rücklagen.

Wie hoch darf das Krankentagegeld sein?
Bis zur Höhe Ihres durchschnittlichen Nettoeinkommens aus der beruflichen Tätigkeit der letzten zwölf Monate.

Was kostet das?
Beispielbeiträge Tarif KT 43 S, je 10 EUR Tagessatz, Eintrittsalter:
  30 Jahre: 4,12 EUR monatlich
  40 Jahre: 5,87 EUR monatlich
  50 Jahre: 8,94 EUR monatlich
Für 100 EUR Tagessatz also das Zehnfache. Der tatsächliche Beitrag hängt von der Gesundheitsprüfung ab.

Was brauche ich im Leistungsfall?
Eine ärztliche Bescheinigung der Arbeitsunfähigkeit und – bei längeren Verläufen – einen Nachweis Ihres Einkommens.

Ein persönliches Angebot kann Ihnen unser Außendienst oder Ihr Makler erstellen. Bitte schicken Sie uns dafür keine Gesundheitsangaben per E-Mail.
{sig('nowak')}{footer('KV')}""")

# ---- 0014 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-hospital',
    'cost coverage to a hospital for an inpatient stay: named patient, birth date, planned cholecystectomy, DRG',
    frm=frm('rensing'), to='Patientenverwaltung Klinikum Am Südpark <patientenverwaltung@klinikum-suedpark.example>',
    subj='Kostenübernahme stationär – Hr. Jörg Sattler, geb. 02.05.1968', date='2026-02-11 12:40',
    cs='iso-8859-1',
    body=f"""Sehr geehrte Damen und Herren,

für unseren Versicherten

Jörg Sattler, geb. 02.05.1968, Mitgliedsnr. 41-1985570-1
Aufnahme geplant: 23.02.2026, Chirurgische Klinik
Einweisungsdiagnose: K80.20 Cholezystolithiasis, geplante laparoskopische Cholezystektomie (OPS 5-511.11)

sagen wir die Kostenübernahme für die allgemeinen Krankenhausleistungen nach DRG (voraussichtlich H08B) sowie die Wahlleistungen Zweibettzimmer und Chefarztbehandlung zu. Die Zusage gilt für 5 Behandlungstage; eine Verlängerung teilen Sie uns bitte mit medizinischer Begründung mit.

Bitte rechnen Sie direkt mit uns ab (Klinikcard liegt vor).

Da Herr Sattler auch Krankentagegeld bei uns versichert hat, bitten wir mit der Entlassung um die Aufenthaltsbescheinigung.

Mit freundlichen Grüßen
Tobias Rensing
Leistung Kranken - Veltheimer Krankenversicherung AG
Tel. 0221 4471-3324{footer('KV')}""")

# ---- 0015 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-company',
    'commercial fleet: lorry accident reported by a logistics firm, driver named, plates, property damage only, nobody injured',
    frm=frm('poettgen'), to='Fuhrparkleitung Kessler Logistik <fuhrpark@kessler-logistik.example>',
    cc='Heiko Brandt <h.brandt@kessler-logistik.example>',
    subj='Flottenvertrag FL-2019-0071: Schaden vom 09.02.2026, K-KL 2210', date='2026-02-12 15:55',
    body=f"""Sehr geehrter Herr Brandt,

vielen Dank für die Schadenanzeige. Wir haben den Schaden unter S-26-0209-118 angelegt.

Nach Ihrer Schilderung ist Ihr Fahrer, Herr Wojciech Nowicki, am 09.02.2026 gegen 05:40 Uhr beim Rangieren auf dem Hof der Firma Bauzentrum Oberbach gegen ein Rolltor gefahren. Es wurde niemand verletzt. Schäden: Rolltor (Fremdschaden, Kfz-Haftpflicht) und Aufbau des Lkw K-KL 2210 (Vollkasko, SB 1.000 EUR).

Für den Fremdschaden haben wir Kontakt mit dem Bauzentrum aufgenommen. Für den Eigenschaden schicken wir einen Sachverständigen; Ihr Fuhrparkteam kann den Termin direkt unter 0221 4471-5199 abstimmen.

Bitte senden Sie uns noch die Kopie des Führerscheins von Herrn Nowicki (Klasse CE), die Fahrerkarte-Auswertung ist nicht erforderlich.
{sig('poettgen')}{footer('AV')}""")

# ---- 0016 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: flu vaccination campaign of the company doctor for all staff, with ICS; vaccination words but no person',
    frm=frm('sondermann'), to='Alle Mitarbeitenden Köln <alle-koeln@veltheimer.example>',
    subj='Grippeschutzimpfung 2026 – Termine beim betriebsärztlichen Dienst', date='2026-02-13 10:00',
    body="""Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet unser betriebsärztlicher Dienst (ArbeitsmedZentrum West) eine kostenlose Grippeschutzimpfung an – ausnahmsweise im Frühjahr als Nachholtermin, weil der Impfstoff im Herbst knapp war.

Wann: Donnerstag, 05.03.2026, 9:00–15:00 Uhr
Wo: Gesundheitsraum, Erdgeschoss Haus B

Bitte bringt euren Impfpass mit. Wer Fragen zu Vorerkrankungen oder Unverträglichkeiten hat, klärt das bitte direkt und vertraulich mit der Betriebsärztin vor Ort – nicht mit der Personalabteilung.

Die Teilnahme ist freiwillig, wir erfahren nicht, wer geimpft wurde. Einen Kalendereintrag findet ihr im Anhang.

Bleibt gesund!
Petra Sondermann
Personalabteilung""",
    atts=[A('Grippeimpfung_2026.ics', icsb('grippe2026@veltheimer.example', '20260305T090000', '20260305T150000',
                                          'Grippeschutzimpfung (freiwillig)', 'Betriebsärztlicher Dienst, Impfpass mitbringen',
                                          'Gesundheitsraum EG Haus B', ('Petra Sondermann', 'petra.sondermann@veltheimer.example')),
            method='REQUEST', charset='utf-8')])

# ---- 0017 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
    'income protection (life company) claim of a named expat: major depressive episode, psychiatrist, benefit decision pending',
    frm=frm('wittkamp'), to='Aidan Mulcahy <aidan.mulcahy@inbox-ie.example>',
    subj='Your income protection claim – policy LV 7.118.204.5', date='2026-02-16 16:20',
    body=f"""Dear Mr Mulcahy,

thank you for your phone call last week and for sending the report of Dr Sauer, your psychiatrist in Cologne.

I have now reviewed your claim under your occupational disability policy (LV 7.118.204.5). Dr Sauer confirms a severe depressive episode (ICD-10 F32.2) since September 2025, treated with sertraline 150 mg and weekly psychotherapy, and he considers you currently unable to work as a software architect.

Before we can decide, we need two more things:

1. The discharge letter from the day clinic (Tagesklinik) where you were treated from October to December 2025.
2. Your consent to request your records from your previous GP in Dublin – the form is attached to our letter that will reach you by post.

Until a decision is made, you do not need to pay your premiums; we have suspended them interest-free from 1 February.

If English-language forms would help, just tell me.
{sig('wittkamp', 'en')}{footer('LV', 'en')}""")

# ---- 0018 -----------------------------------------------------------------
add('NORMAL', 'de', 'insurer-to-supplier',
    'trap: purchase order for shredding containers for medical reports and incapacity certificates, no documents attached',
    frm=frm('roth'), to='Auftragsannahme Aktenwolf <auftrag@aktenwolf-entsorgung.example>',
    subj='Bestellung 4500018822 – Datenschutzbehälter Leistung Kranken', date='2026-02-17 08:33',
    body=f"""Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag RV-2024-17:

Pos. 1  8 x Datenschutz-Rollbehälter 240 l, abschließbar, Sicherheitsstufe P-4 (DIN 66399)
Pos. 2  14-tägliche Abholung ab KW 10, Standort Veltheimer Platz 1, Haus B, 3. OG
Pos. 3  Vernichtungszertifikat je Abholung

Hintergrund: Die Abteilung Leistung Kranken stellt auf digitale Akten um. Die Behälter sind für die Papieroriginale von Arztrechnungen, Befundberichten und Arbeitsunfähigkeitsbescheinigungen nach dem Scannen vorgesehen. Ihr Fahrer muss daher einen Verpflichtungsnachweis nach § 203 StGB mitführen; das Muster liegt Ihnen vor.

Lieferanschrift: Warenannahme Tor 2, Kontakt Herr Gruber, Tel. 0221 4471-1270.

Bitte bestätigen Sie den Auftrag mit Liefertermin.

Mit freundlichen Grüßen
Stefanie Roth
Einkauf – Veltheimer Versicherungsgruppe{footer('GR')}""")

# ---- 0019 -----------------------------------------------------------------
add('CONFIDENTIAL', 'mixed', 'insurer-to-broker',
    'commercial liability renewal for a client firm with the named managing director, turnover and policy number, German/English mix',
    frm=frm('albers'), to='Oliver Hughes <oliver.hughes@meridian-expat.example>',
    cc='Anna Lotze <a.lotze@lotsenhaus.example>',
    subj='Renewal Betriebshaftpflicht BH 60-774120 – Brightwater Analytics GmbH', date='2026-02-18 13:05',
    body=f"""Hi Oliver,

as discussed, here the renewal terms for Brightwater Analytics GmbH (your client, MD Ms Priya Raman):

- Betriebshaftpflicht BH 60-774120, Deckungssumme 5 Mio. EUR pauschal
- declared turnover 2025: EUR 3.9m (2024: 3.1m) – Beitrag steigt daher auf 4.870 EUR netto p.a.
- Vermögensschaden-Baustein stays at 500k, Selbstbehalt 2.500 EUR

Frau Raman hatte nach einer Erweiterung auf USA/Kanada gefragt. Das geht nur mit separater Prüfung – bitte schick uns dafür die US-Umsätze und die Vertragsmuster mit den US-Kunden.

Anna from Lotsenhaus is in cc because she handles the German side of the account.

Beste Grüße / best regards
Christoph
{sig('albers', short=True)}{footer('AV', 'en')}""")

# ---- 0020 -----------------------------------------------------------------
_p20 = pdf(['# Leistungsabrechnung Krankentagegeld', 'Veltheimer Krankenversicherung AG', '',
            'Versicherte Person: Carsten Wendel', 'Vertrag: 41-2004117-9   Tarif: KT 22 S (Karenz 21 Tage)',
            'Vorgang: KT-2026-000544', '',
            'AU-Zeitraum            Tage   Tagessatz   Betrag',
            '06.01.-26.01.2026       21    Karenz          0,00 EUR',
            '27.01.-15.02.2026       20    120,00      2.400,00 EUR',
            '16.02.-28.02.2026       13    120,00      1.560,00 EUR', '',
            'Auszahlungsbetrag                             3.960,00 EUR',
            'Überweisung auf Konto ' + iban('DE', '37010050 0044211890'), '',
            'Grundlage: AU-Bescheinigungen Dr. T. Weber vom 06.01., 26.01. und 13.02.2026',
            'Diagnose: S82.6 R Fraktur des Außenknöchels rechts, Z.n. Osteosynthese',
            'Nächste Folgebescheinigung fällig: 28.02.2026'],
          title='Leistungsabrechnung KT-2026-000544', date='20260219100000')
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'harmless body; the attached PDF is a KTG benefit statement with incapacity periods, ankle fracture S82.6 and IBAN',
    frm=frm('rensing'), to='c.wendel@wendel-dachbau.example',
    subj='Abrechnung', date='2026-02-19 10:16',
    body=f"""Hallo Herr Wendel,

anbei wie gewünscht die Abrechnung bis Ende Februar. Das Geld ist heute raus.

Viele Grüße
Tobias Rensing
{sig('rensing', short=True)}""",
    atts=[A('Abrechnung_KT-2026-000544.pdf', _p20)])

# ---- 0021 -----------------------------------------------------------------
add('NORMAL', 'en', 'internal',
    'trap: data-protection training quiz with fictitious persons ("Max Mustermann (fictitious)"), diagnosis and IBAN words',
    frm=frm('lanz'), to='International Health Desk <ihd-team@veltheimer.example>',
    subj='Privacy refresher 2026 – 5-minute quiz for the English-speaking teams', date='2026-02-20 11:45',
    body=f"""Dear colleagues,

as promised in the team meeting, here is the short privacy quiz in English. All names below are invented for training.

Q1. A claims handler wants to send "Max Mustermann (fictitious), sick note for lumbago, 12-26 January" to a broker by normal e-mail. Allowed?
    a) yes, brokers are partners   b) only via the secure portal or with encryption   c) only by fax
Q2. Which of these is health data under Art. 9 GDPR? a) a daily sickness allowance payment  b) a blood pressure value  c) both
Q3. A colleague asks you to forward a discharge letter to your private mailbox "to read at home". What do you do?
Q4. Is an anonymised table "claims by ICD chapter, cells below 10 merged" personal data?

Answers: b / c / refuse and tell your team lead / generally no, if nobody can be identified.

Please complete the quiz in the learning portal (https://lernen.veltheimer.example/datenschutz-2026) by 31 March.

Friederike Lanz
Data Protection Officer""")

# ---- 0022 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'buildings: water damage claim of named homeowners, address, assessor appointment and payment to their IBAN',
    frm=frm('luettgens'), to='Familie Marquardt <marquardt.privat@rheinnet.example>',
    subj='Leitungswasserschaden Wohngebäude WG 30-118045 – Regulierung', date='2026-02-23 14:02',
    body=f"""Sehr geehrte Frau Marquardt, sehr geehrter Herr Marquardt,

der Sachverständige Herr Ostendorf hat den Leitungswasserschaden in Ihrem Haus Im Brühl 22, 50999 Köln, am 18.02. besichtigt. Ursache war ein Frostbruch an der Zuleitung im Hauswirtschaftsraum.

Anerkannt sind:
- Trocknung (Firma Trockentechnik Rodenkirchen): 2.340,00 EUR
- Estrich und Fliesen Hauswirtschaftsraum: 4.115,50 EUR
- Leckageortung und Rohrreparatur: 618,00 EUR
Summe: 7.073,50 EUR abzüglich Selbstbeteiligung 250,00 EUR = 6.823,50 EUR

Wir überweisen den Betrag in den nächsten Tagen auf Ihr Konto
IBAN {iban('DE', '38060500 0001234560')}
(Kontoinhaber: Thomas und Ulrike Marquardt).

Die Trocknungsfirma können Sie direkt bezahlen oder uns die Rechnung zur Direktzahlung schicken.
{sig('luettgens')}{footer('AV')}""")

# ---- 0023 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'customer',
    'internal forward to the advisory doctor; own text harmless, the quoted customer mail gives burnout diagnosis, therapy and AU dates',
    frm=frm('rensing'), to=frm('fahlbusch'),
    subj='WG: Krankentagegeld – meine Arbeitsunfähigkeit', date='2026-02-24 09:18',
    body=f"""Hallo Ulrike,

kannst du bitte mal draufschauen? Ich bin unsicher, ob wir hier schon einen Befundbericht anfordern oder erst die nächste Bescheinigung abwarten.

Danke & Gruß
Tobias

Von: Hanna Leitner <hanna.leitner@leitner-grafik.example>
Gesendet: Montag, 23. Februar 2026 21:47
An: Leistung Kranken <leistung-kv@veltheimer.example>
Betreff: Krankentagegeld – meine Arbeitsunfähigkeit

Sehr geehrte Damen und Herren,

ich bin selbständige Grafikdesignerin und bei Ihnen mit Krankentagegeld ab dem 43. Tag versichert (Vertrag 41-2710384-2). Seit 12.01. bin ich krankgeschrieben, meine Hausärztin hat ein Burnout-Syndrom (Z73.0) und eine mittelgradige depressive Episode festgestellt. Ich bin seit letzter Woche in einer Psychotherapie bei Frau Dipl.-Psych. Kaufmann und nehme Escitalopram.

Die nächste AU geht bis 13.03. Ich habe Angst, dass meine Kunden abspringen. Darf ich während der AU E-Mails von Kunden beantworten, ohne dass ich mein Krankentagegeld verliere?

Viele Grüße
Hanna Leitner""")

# ---- 0024 -----------------------------------------------------------------
add('NORMAL', 'de', 'newsletter',
    'trap: HTML-only customer newsletter about back health, dental cover and stress prevention; health words, nobody named',
    frm='Veltheimer Kundenmagazin <kundenmagazin@veltheimer.example>', to='kundenmagazin-abo@veltheimer.example',
    subj='Gesund durch den Frühling: Rückentipps, Zahnvorsorge und Ihr Bonusprogramm', date='2026-02-25 06:45',
    mailer='nl', headers=[('List-Unsubscribe', '<https://www.veltheimer.example/abmelden>'), ('Precedence', 'bulk')],
    body=None, html=html_doc("""<table width="600" align="center" cellpadding="10"><tr><td>
<h1 style="color:#0b4f6c">Gesund durch den Frühling</h1>
<p>Liebe Leserinnen und Leser,</p>
<p>Rückenschmerzen sind in Deutschland einer der häufigsten Gründe für eine Krankschreibung. Drei Übungen für den
Schreibtisch zeigt Ihnen unsere Physiotherapeutin im Video – fünf Minuten am Tag genügen.</p>
<h2>Zahnvorsorge: zweimal im Jahr lohnt sich</h2>
<p>Mit unserem Tarif ZahnPlus erstatten wir die professionelle Zahnreinigung bis 160 EUR im Jahr. Füllungen, Inlays und
Implantate sind ebenfalls versichert.</p>
<h2>Stress erkennen, bevor er krank macht</h2>
<p>Schlafstörungen, Gereiztheit, Erschöpfung: Unsere Checkliste hilft, Warnzeichen früh zu erkennen. Online-Kurse zur
Stressbewältigung erstatten wir mit bis zu 150 EUR.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>Bonusprogramm</th><th>Punkte</th></tr>
<tr><td>Vorsorgeuntersuchung</td><td>200</td></tr><tr><td>Sportabzeichen</td><td>150</td></tr>
<tr><td>Rückenkurs</td><td>100</td></tr></table>
<p><a href="https://www.veltheimer.example/gesundheit">Mehr im Gesundheitsportal</a></p>
<p style="font-size:8pt;color:#777">Veltheimer Krankenversicherung AG, Veltheimer Platz 1, 50667 Köln.
<a href="https://www.veltheimer.example/abmelden">Newsletter abbestellen</a></p>
</td></tr></table>""", 'Kundenmagazin'))

# ---- 0025 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'motor insurance confirmation for a named international student: birth date, plate, VIN, policy number',
    frm=frm('poettgen'), to='Kenji Watanabe <kenji.watanabe@uni-mail.example>',
    subj='Your car insurance is active – policy KF-88 5102 93', date='2026-02-26 12:30',
    body=f"""Dear Mr Watanabe,

welcome to Veltheimer. Your car insurance has started today. For your records:

Policyholder:  Kenji Watanabe, born 14 July 2001
Address:       Zülpicher Str. 188, 50937 Köln
Vehicle:       Toyota Yaris Hybrid, registration K-KW 714, VIN VNKKL3D3X0A184455
Cover:         third-party liability + partial cover (Teilkasko), excess EUR 150
Policy number: KF-88 5102 93
No-claims class: SF 1/2 (you told us you had no German driving history)

Your green card for trips abroad is attached to the welcome letter in your customer portal.

Drive safely!
{sig('poettgen', 'en')}{footer('AV', 'en', disclaimer=False)}""")

# ---- 0026 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
    'group accident insurance: employer told about an employee\'s fall from scaffolding, wrist and heel fractures, hospital stay',
    frm=frm('demir'), to='Trockenbau Yilmaz GmbH <buero@trockenbau-yilmaz.example>',
    subj='Gruppenunfallversicherung GU 70-20931 – Unfall Herr Sergej Morosow', date='2026-02-27 10:38',
    body=f"""Sehr geehrte Frau Yilmaz,

vielen Dank für die Unfallanzeige zu Ihrem Mitarbeiter Herrn Sergej Morosow, geb. 19.06.1987.

Wir haben den Unfall vom 16.02.2026 (Sturz vom Rollgerüst, ca. 2,5 m) unter U-26-0216-004 angelegt. Nach dem Bericht des Klinikums Am Südpark wurden eine distale Radiusfraktur links und eine Fersenbeinfraktur rechts operativ versorgt; Herr Morosow war bis 24.02. stationär.

Aus Ihrer Gruppenunfallversicherung kommen in Betracht:
- Krankenhaustagegeld 30 EUR je Tag (9 Tage)
- Genesungsgeld in gleicher Höhe
- ggf. Invaliditätsleistung, wenn nach Abschluss der Heilbehandlung eine dauerhafte Beeinträchtigung bleibt (Feststellung frühestens nach 12 Monaten)

Die Leistungen stehen nach den Bedingungen Herrn Morosow persönlich zu. Wir schreiben ihn deshalb direkt an und bitten ihn um eine Schweigepflichtentbindung. Bitte geben Sie ihm diese Information weiter; die Meldung an die BG Bau haben Sie ja bereits gemacht.
{sig('demir')}{footer('AV')}""")

# ---- 0027 -----------------------------------------------------------------
add('NORMAL', 'en', 'auto-reply',
    'trap: out-of-office reply to a broker naming medical emergencies, claims and the assistance hotline, no case data',
    frm=frm('moore'), to='Oliver Hughes <oliver.hughes@meridian-expat.example>',
    subj='Automatic reply: Webinar slides for our team?', date='2026-02-27 18:02', mailer='auto',
    headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    body="""Thank you for your message. I am out of the office until Monday, 9 March 2026, with limited access to e-mail.

Your e-mail has not been forwarded. For claims and reimbursement questions, please contact the International Health Desk at ihd@veltheimer.example or +49 221 4471-3400 (Mon-Fri, 8:00-18:00 CET).

In a medical emergency abroad, call our 24/7 assistance partner GlobalAssist 24 on +49 221 4471-9900. They can arrange hospital admission, guarantees of payment and repatriation.

Please do not send medical reports or invoices by ordinary e-mail; use the upload function in your customer portal at https://portal.veltheimer.example.

Rachel Moore
International Health Desk""")

# ---- 0028 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-doctor',
    'request to a UK GP for a report on a named insured\'s long incapacity (post-viral fatigue), daily sickness benefit',
    frm=frm('moore'), to='Dr Helen Marsh <h.marsh@greenfield-surgery.example>',
    subj='Medical report request – Ms Joanne Tierney, DOB 03/11/1983', date='2026-03-02 11:06',
    body=f"""Dear Dr Marsh,

Veltheimer Krankenversicherung provides international health cover including a daily sickness benefit to your patient

Ms Joanne Tierney, date of birth 03/11/1983, 27 Ashgrove Road, Bristol BS6 6LU
Policy IHP 300-120977, claim EXP-2026-01140

Ms Tierney has been certified unfit for work since 5 January 2026 with "post-viral fatigue syndrome (G93.3) after COVID-19". Her employer, a German engineering firm, has seconded her to its Bristol office. Under her policy the daily benefit is payable while she is completely unable to work in her occupation as a project engineer.

Could you kindly let us know:
1. the findings that support the diagnosis and any tests done (e.g. exercise tolerance, cardiology),
2. the current treatment plan, including any referral to a fatigue clinic,
3. whether a phased return to work (reduced hours) could be considered, and from when.

Her signed consent under the Access to Medical Reports Act 1988 is attached to the letter sent by post today. We will pay your fee of up to GBP 120 on receipt of your invoice.
{sig('moore', 'en')}{footer('KV', 'en')}""")

# ---- 0029 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'legal expenses: cover for an employment dispute (redundancy) of a named expat, policy and claim number, salary figure',
    frm=frm('esser'), to='Marta Kowalczyk <marta.kowalczyk@webpost.example>',
    subj='Legal expenses cover confirmed – dismissal by Rhenania Components GmbH', date='2026-03-03 09:51',
    body=f"""Dear Ms Kowalczyk,

we confirm cover under your legal expenses policy RS 80-330219 (employment module) for your action against the dismissal notified by Rhenania Components GmbH on 24 February 2026. Our reference: RS-26-0224-071.

The dismissal is based on the closure of the logistics department (redundancy). The three-week deadline for filing the claim at the labour court ends on 17 March 2026, so please give your lawyer the instruction this week. You may choose any lawyer; if you want a recommendation, we can name English-speaking employment lawyers in Cologne.

Covered costs: your lawyer's statutory fees, court fees (first instance), and witness costs. Based on your monthly gross salary of EUR 4,350 the value in dispute is about EUR 13,050. Your excess is EUR 150.

Please ask your lawyer to send the fee note directly to us, quoting RS-26-0224-071.
{sig('esser', 'en')}{footer('AV', 'en')}""")

# ---- 0030 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-partner',
    'trap: updated escalation procedure for the assistance partner (medical emergencies, repatriation, guarantees), no cases',
    frm=frm('moore'), to='Operations Desk GlobalAssist 24 <ops@globalassist24.example>', cc=frm('benning'),
    subj='Updated escalation matrix – medical emergencies and guarantees of payment (valid from 1 April)',
    date='2026-03-04 14:27',
    body=f"""Hello team,

please find below the escalation rules that apply from 1 April 2026 for Veltheimer travel-health and international health customers.

1. Guarantees of payment up to EUR 25,000: your medical team decides alone and informs us the next working day.
2. EUR 25,000-100,000 or any ICU admission: call the Veltheimer on-call manager (rotation list in the shared drive) before issuing.
3. Repatriation by air ambulance: always requires our advisory doctor's sign-off.
4. Psychiatric emergencies: involve your psychiatrist on duty; do not send details by e-mail, use the case platform.

Case data only via the case platform or the secure portal, please – never in normal e-mail, also not in the subject line (no names, no diagnoses).

Updated contact list:
On-call manager hotline: +49 221 4471-9911
Advisory doctor: via hotline, Dr Fahlbusch or Dr Reinholt

Thanks and best regards
Rachel
{sig('moore', 'en')}""")

# ---- 0031 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'mixed', 'insurer-to-customer',
    'KTG of a self-employed IT consultant, burnout/adjustment disorder F43.2, psychotherapy, German letter with English explanations',
    frm=frm('rensing'), to='Arjun Mehta <arjun@mehta-consulting.example>',
    subj='Krankentagegeld / daily sickness allowance – Vorgang KT-2026-000702', date='2026-03-05 15:10',
    body=f"""Sehr geehrter Herr Mehta,
dear Mr Mehta,

you asked me to explain in English – gern, ich schreibe beides.

Ihre Ärztin bescheinigt Arbeitsunfähigkeit seit 26.01.2026 wegen einer Anpassungsstörung (F43.2) nach Burnout. Your doctor certifies that you have been unable to work since 26 January 2026 because of an adjustment disorder following burnout.

Karenzzeit / waiting period: 42 Tage. Payments start on 9 March 2026 with EUR 180 per day.

Wichtig / important:
- Als Selbständiger dürfen Sie während der AU nicht arbeiten – auch keine Kundentelefonate oder Angebote. Please do not work at all during the certified period, not even short calls with clients.
- Your psychotherapy (Frau Dipl.-Psych. Neumann, weekly) is paid from your health tariff, not from the daily allowance.
- Bitte schicken Sie die Folgebescheinigung spätestens am letzten Tag der laufenden AU (22.03.2026).

If you plan a gradual return (e.g. 50 % for four weeks), talk to us before you start – wir finden dann eine Lösung für die Zahlung.

Best regards / viele Grüße
Tobias Rensing
{sig('rensing', short=True)}{footer('KV')}""")

# ---- 0032 -----------------------------------------------------------------
_p32 = pdf(['# Leitfaden Plausibilitätsprüfung von AU-Bescheinigungen (Version 3.1)', '',
            'Geltungsbereich: Leistung Krankentagegeld, Einzel- und Gruppenverträge', '',
            '# 1. Formale Prüfung',
            '- Aussteller ist approbierte Ärztin / approbierter Arzt; Praxisstempel, Datum, Unterschrift oder qualifizierte Signatur',
            '- Erst- oder Folgebescheinigung; AU-Beginn und voraussichtliches Ende',
            '- Rückdatierung mehr als 3 Tage: Rückfrage beim Aussteller',
            '# 2. Inhaltliche Prüfung',
            '- Diagnose (ICD-10-GM) passt zur Dauer? Orientierung: Richtwerte der Tabelle in Anlage 2',
            '- Bei Selbständigen: Bezug auf die konkrete berufliche Tätigkeit',
            '- Wechsel des Ausstellers oder der Diagnose bei Folgebescheinigungen: Fallmanagement informieren',
            '# 3. Wann wird die Beratungsärztin eingebunden?',
            '- AU über 91 Tage, psychische Diagnosen über 42 Tage, widersprüchliche Angaben',
            '- Hinweise auf berufliche Tätigkeit während der AU',
            '# 4. Beispiele (fiktiv)',
            'Beispiel A: Versicherte X, Erstbescheinigung 10 Tage, J06.9 - plausibel.',
            'Beispiel B: Versicherter Y, Folgebescheinigung 8 Wochen, M54.5 ohne Befund - Befundbericht anfordern.',
            'Beispiel C: Versicherte Z, AU ab dem Tag nach Vertragsbeginn - Vorvertraglichkeit prüfen.', '',
            'Freigabe: Sabine Oberdorf, 02.03.2026'], title='Leitfaden AU-Prüfung 3.1', date='20260302080000')
add('NORMAL', 'de', 'internal',
    'trap: internal guideline for checking incapacity certificates with ICD examples for fictitious persons X/Y/Z (PDF)',
    frm=frm('oberdorf'), to='Team KTG <team-ktg@veltheimer.example>', cc=frm('thamm'),
    subj='Neuer Leitfaden AU-Prüfung 3.1 – bitte ab sofort verwenden', date='2026-03-06 08:15',
    body=f"""Hallo zusammen,

anbei die überarbeitete Fassung des Leitfadens für die Plausibilitätsprüfung von AU-Bescheinigungen. Änderungen gegenüber 3.0:

- elektronische Bescheinigungen (PDF mit qualifizierter Signatur) gelten als Original
- psychische Diagnosen gehen schon ab 42 Tagen an Ulrike (statt 91)
- neue Anlage mit Richtwerten zur AU-Dauer

Sven baut das in die Schulung am 24.03. ein. Bitte alte Ausdrucke vernichten.

Danke euch!
Sabine""",
    atts=[A('Leitfaden_AU-Pruefung_V3-1.pdf', _p32)])

# ---- 0033 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'household premium: failed direct debit, named customer, IBAN and policy number (windows-1252 body)',
    frm=frm('nowak'), to='Gerd Hollwege <gerd.hollwege@postfach24.example>',
    subj='Rücklastschrift zu Ihrem Hausratvertrag HR 20-610094', date='2026-03-09 10:24',
    cs='windows-1252', cte='quoted-printable',
    body=f"""Sehr geehrter Herr Hollwege,

leider konnten wir den Beitrag für Ihre Hausratversicherung (HR 20-610094) über 87,40 € zum 01.03.2026 nicht abbuchen. Ihre Bank hat die Lastschrift mit dem Hinweis „Konto erloschen“ zurückgegeben.

Abgebuchtes Konto: {iban('DE', '50010517 5407324391')}

Bitte teilen Sie uns Ihre neue Bankverbindung mit oder überweisen Sie den Betrag zuzüglich 3,00 € Rücklastschriftgebühr bis zum 23.03.2026 auf unser Konto {iban('DE', '37050198 0001923847')} (Veltheimer Allgemeine Versicherung AG), Verwendungszweck HR 20-610094.

Ihr Versicherungsschutz besteht weiter; bitte lassen Sie es aber nicht auf eine Mahnung ankommen.

Mit freundlichen Grüßen
Carla Nowak
Kundenservice{footer('AV')}""")

# ---- 0034 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'KTG during gradual reintegration (Hamburg model) of a named employee after heart attack: plan 3h/5h/7h, payment continues',
    frm=frm('kaya'), to='Bernd Kaltenbach <bernd.kaltenbach@rheinnet.example>',
    subj='Re: Wiedereingliederung ab 16.03. – was passiert mit meinem Krankentagegeld?', date='2026-03-10 13:33',
    mailer='tb', cte='8bit', flowed=False, irt='<c0ffee12@rheinnet.example>',
    body=f"""Hallo Herr Kaltenbach,

gute Nachrichten vorweg: Während der stufenweise Wiedereingliederung zahlen wir Ihr Krankentagegeld in voller Höhe weiter, solange Ihr Kardiologe bestätigt, dass Sie arbeitsunfähig im Sinne der Bedingungen sind. Das ist bei einem Wiedereingliederungsplan der Fall.

Ihr Plan laut Dr. Heinen (Kardiologie) und Ihrem Arbeitgeber:
  16.03.–29.03.  3 Stunden täglich
  30.03.–12.04.  5 Stunden täglich
  13.04.–26.04.  7 Stunden täglich
  ab 27.04.      voll arbeitsfähig

Ihr Arbeitgeber zahlt in dieser Zeit kein Gehalt; die gesetzliche Krankenkasse zahlt Krankengeld, und unser Tagegeld (Tarif KT 43 A, 45 EUR) stockt wie bisher auf. Bitte schicken Sie uns den unterschriebenen Plan und jeweils die AU-Bescheinigungen.

Nach dem Herzinfarkt im Dezember ist das ein großer Schritt – alles Gute dafür!

Mehmet Kaya
Reha- und Fallmanagement
Veltheimer Krankenversicherung AG
Tel. 0221 4471-3355

Am 09.03.2026 um 19:12 schrieb Bernd Kaltenbach:
> Hallo Herr Kaya,
> ab 16.03. soll ich ja mit der Wiedereingliederung anfangen. Bekomm ich dann
> trozdem noch Krankentagegeld? Der Plan von Dr. Heinen ist unterschrieben.
> Gruß B. Kaltenbach
""")

# ---- 0035 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-broker',
    'trap: broker portal release notes mentioning KTG product codes, certificates upload and IBAN field validation, no data',
    frm='Veltheimer Broker Portal <makler-portal@veltheimer.example>', to='Broker partners <makler-verteiler@veltheimer.example>',
    subj='Broker portal release 26.3 – what is new', date='2026-03-11 17:00', mailer='portal',
    body="""Dear partners,

release 26.3 of the Veltheimer broker portal goes live on Saturday, 14 March 2026 (downtime 06:00-10:00).

New
- Daily sickness allowance (KT 14 S / KT 21 S / KT 43 S / KT 92 S): online quote with waiting period comparison
- Upload of incapacity certificates (AU) on behalf of your clients – PDF or photo, with automatic routing to claims
- Reintegration plans can be uploaded in the same dialogue
- IBAN fields are now checked (checksum) before a mandate is submitted

Fixed
- Commission statements for March showed the wrong month in the PDF header
- BiPRO 430 download of broker post stalled for files larger than 10 MB

Reminder: never send your clients' health data to us by ordinary e-mail. Use the portal or the secure mailbox.

Your broker support team
https://makler.veltheimer.example""")

# ---- 0036 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-company',
    'commercial contents: warehouse fire at a sole trader\'s import business, natural person, policy and claim number, nobody hurt',
    frm=frm('albers'), to='Daniel Okafor <daniel@okafor-trading.example>',
    subj='Fire at your warehouse, Emil-Hoffmann-Str. 9 – claim G-26-0305-012', date='2026-03-12 09:40',
    body=f"""Dear Mr Okafor,

I am sorry to hear about the fire in your warehouse on 5 March. I am glad that nobody was in the building at the time.

Your commercial contents policy (Okafor Trading e.K., policy GI 61-200731, sum insured EUR 380,000) covers fire damage to stock and equipment, plus business interruption for up to 12 months.

Next steps:
1. Our loss adjuster, Mr Frank Seibold of Seibold Sachverständige, will call you today to arrange a visit.
2. Please keep damaged goods until he has seen them and prepare your stock list of 28 February.
3. For the business interruption part we will need your profit and loss statements for 2024 and 2025.

An advance payment of EUR 40,000 is possible as soon as the cause of the fire (fire brigade report) is clear.
{sig('albers', 'en')}{footer('AV', 'en')}""")

# ---- 0037 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-lawyer',
    'KTG litigation: statement to the claimant\'s lawyer with expert opinion results, diagnoses and work during incapacity',
    frm=frm('frerichs'), to='RA Dr. Till Dreher <t.dreher@dreher-voss.example>',
    subj='Ihr Mandant Stefan Ruppert ./. Veltheimer KV – Az. 12 O 388/25, LG Köln', date='2026-03-13 11:52',
    body=f"""Sehr geehrter Herr Kollege Dr. Dreher,

in der Sache Ruppert ./. Veltheimer Krankenversicherung AG nehme ich zu Ihrem Schriftsatz vom 20.02.2026 vorab wie folgt Stellung; der Schriftsatz an das Gericht folgt.

1. Ihr Mandant war vom 03.06. bis 30.11.2025 wegen eines Impingement-Syndroms der rechten Schulter (M75.4) und einer depressiven Anpassungsstörung (F43.21) krankgeschrieben. Wir haben Krankentagegeld bis 15.09.2025 gezahlt.

2. Das Gutachten von Prof. Dr. Lindner vom 12.01.2026 kommt zu dem Ergebnis, dass ab Mitte September eine Tätigkeit als Inhaber eines Elektrobetriebs mit überwiegend disponierenden Aufgaben wieder zu mindestens 50 % möglich war. Vollständige Arbeitsunfähigkeit im Sinne von § 1 Abs. 3 MB/KT lag danach nicht mehr vor.

3. Hinzu kommt: Ihr Mandant hat nach den vorgelegten Rechnungen am 24.09. und 08.10.2025 selbst Angebote unterschrieben und Baustellen abgenommen.

Zu einem Vergleich auf Basis von 40 % der Klageforderung (Tagessatz 160 EUR, 76 Tage) wären wir bereit. Bitte teilen Sie mir bis 27.03.2026 mit, ob Ihr Mandant dem nähertreten möchte.

Mit freundlichen kollegialen Grüßen
Lukas Frerichs
Syndikusrechtsanwalt, Recht & Regress
Veltheimer Versicherungsgruppe{footer('KV')}""")

# ---- 0038 -----------------------------------------------------------------
add('NORMAL', 'de', 'insurer-to-customer',
    'trap: content-free portal notification ("neue Nachricht in Ihrem Postfach"), no name, no line of business, no case',
    frm='Veltheimer SecureMail <securemail@veltheimer.example>', to='l.bergheim@mailpost.example',
    subj='Sie haben eine neue Nachricht in Ihrem Veltheimer-Postfach', date='2026-03-13 12:01', mailer='portal',
    cs='us-ascii', cte='7bit',
    headers=[('Auto-Submitted', 'auto-generated')],
    body="""Guten Tag,

in Ihrem persoenlichen Postfach liegt eine neue Nachricht fuer Sie bereit.

Aus Gruenden des Datenschutzes versenden wir Inhalte, Leistungsabrechnungen und Arztberichte nicht per E-Mail. Bitte melden Sie sich an unter:

https://securemail.veltheimer.example

Die Nachricht steht 90 Tage zum Abruf bereit. Wenn Sie Ihr Passwort vergessen haben, nutzen Sie "Passwort vergessen" und beantworten Sie Ihre Sicherheitsfrage.

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht darauf.

Veltheimer Versicherungsgruppe
Veltheimer Platz 1, 50667 Koeln""")

# ---- 0039 -----------------------------------------------------------------
_d39 = docx([('h', 'Case conference – long-term incapacity, International Health Desk'),
             'Date: 13 March 2026. Present: R. Moore, M. Kaya, Dr U. Fahlbusch',
             ('table', [['Insured', 'Claim', 'Diagnosis', 'Unfit since', 'Plan'],
                        ['Joanne Tierney (Bristol)', 'EXP-2026-01140', 'G93.3 post-viral fatigue', '05 Jan 2026',
                         'GP report requested; consider fatigue clinic; review 10 April'],
                        ['Luca Ferraro (Milan)', 'EXP-2025-09812', 'C18.7 sigmoid colon cancer, adjuvant chemo',
                         '11 Nov 2025', 'benefit continues; oncology letter every 8 weeks'],
                        ['Aidan Mulcahy (Cologne)', 'via LV 7.118.204.5', 'F32.2 severe depressive episode',
                         'Sep 2025', 'coordinate with BU team (J. Wittkamp)']]),
             'Action: R. Moore to send phased-return information leaflet (EN) to all three.',
             'Next conference: 10 April 2026'], title='Case conference 2026-03-13', author='Rachel Moore',
            date='2026-03-13T16:00:00Z')
add('STRICTLY_CONFIDENTIAL', 'en', 'internal',
    'case conference minutes in a DOCX: three named insureds with diagnoses (incl. colon cancer) and incapacity dates; short body',
    frm=frm('moore'), to=[frm('kaya'), frm('fahlbusch')], cc=frm('wittkamp'),
    subj='Minutes case conference 13/03', date='2026-03-13 16:24',
    body="""Hi both,

minutes from today attached. Jana, cc'd because of the third case.

Rachel""",
    atts=[A('Minutes_case_conference_2026-03-13.docx', _d39)])

# ---- 0040 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'motor: special no-claims rating for the daughter\'s second car with her birth date, licence date, plate and policy',
    frm=frm('poettgen'), to='Walter Siebrecht <w.siebrecht@t-net.example>',
    subj='Zweitwagen für Ihre Tochter – Sondereinstufung SF 1/2', date='2026-03-16 10:08',
    body=f"""Sehr geehrter Herr Siebrecht,

gern stufen wir den Zweitwagen Ihrer Tochter günstiger ein. Voraussetzungen sind erfüllt:

Versicherungsnehmerin: Lea Siebrecht, geb. 22.08.2006
Führerschein Klasse B seit: 04.10.2024
Fahrzeug: Opel Corsa, amtl. Kennzeichen BN-LS 226
Sondereinstufung: SF 1/2 (statt SF 0), weil Ihr Erstvertrag KF-88 3108 52 mindestens SF 5 hat

Der Jahresbeitrag für Haftpflicht und Teilkasko beträgt 1.128,60 EUR. Die eVB-Nummer für die Zulassung lautet X7KP4QZ. Bitte beachten Sie: Fahrer unter 23 Jahren außer Ihrer Tochter sind nicht versichert.
{sig('poettgen')}{footer('AV')}""")

# ---- 0041 -----------------------------------------------------------------
_p41 = pdf(['# Betriebsvereinbarung Betriebliches Eingliederungsmanagement (BV BEM 2026)', '',
            'zwischen der Veltheimer Versicherungsgruppe und dem Gesamtbetriebsrat', '',
            '§ 1 Ziel: Arbeitsunfähigkeit überwinden, erneuter Arbeitsunfähigkeit vorbeugen, Arbeitsplatz erhalten.',
            '§ 2 Anlass: Beschäftigte, die innerhalb von zwölf Monaten länger als sechs Wochen ununterbrochen oder',
            '    wiederholt arbeitsunfähig sind, erhalten ein BEM-Angebot (§ 167 Abs. 2 SGB IX).',
            '§ 3 Freiwilligkeit: Das BEM ist freiwillig. Eine Ablehnung hat keine Nachteile.',
            '§ 4 Datenschutz: Diagnosen werden nicht erfragt. BEM-Akten werden getrennt von der Personalakte',
            '    geführt und drei Jahre nach Abschluss gelöscht. Zugriff nur BEM-Team.',
            '§ 5 Maßnahmen: z. B. stufenweise Wiedereingliederung, Arbeitsplatzanpassung, Homeoffice, Reha,',
            '    Qualifizierung.',
            '§ 6 BEM-Team: BEM-Beauftragte der Personalabteilung, ein Mitglied des Betriebsrats, auf Wunsch',
            '    Betriebsärztin und Schwerbehindertenvertretung.',
            '§ 7 Inkrafttreten: 01.04.2026'], title='BV BEM 2026', date='20260316120000')
add('NORMAL', 'de', 'internal',
    'trap: announcement of the new works agreement on reintegration management (BEM), process and data protection only, PDF',
    frm=frm('sondermann'), to='Alle Mitarbeitenden <alle@veltheimer.example>',
    subj='Neue Betriebsvereinbarung zum BEM ab 1. April', date='2026-03-17 09:00',
    body="""Liebe Kolleginnen und Kollegen,

Geschäftsleitung und Gesamtbetriebsrat haben eine neue Betriebsvereinbarung zum Betrieblichen Eingliederungsmanagement (BEM) unterschrieben. Sie gilt ab 1. April 2026 und ersetzt die Regelung von 2018.

Was ist neu?
- Das BEM-Gespräch kann auch per Video stattfinden.
- Diagnosen werden ausdrücklich nicht erfragt; BEM-Unterlagen liegen nicht in der Personalakte.
- Die stufenweise Wiedereingliederung ist jetzt auch mit Homeoffice-Anteil möglich.

Den Text findet ihr im Anhang und im Intranet unter Personal > Gesundheit > BEM.

Fragen gern an mich oder an den Betriebsrat.

Petra Sondermann
Personalabteilung / BEM-Beauftragte""",
    atts=[A('BV_BEM_2026.pdf', _p41)])

# ---- 0042 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
    'group occupational disability (bAV): employer\'s HR told that a named employee\'s BU claim is recognised, premium waiver',
    frm=frm('wittkamp'), to='Personalabteilung Kessler Logistik <personal@kessler-logistik.example>',
    subj='Gruppenvertrag bAV GR-BU 5520 – Beitragsbefreiung Frau Monika Albring', date='2026-03-18 14:45',
    body=f"""Sehr geehrte Frau Petzold,

zu Ihrer Nachfrage: Wir haben die Berufsunfähigkeit Ihrer Mitarbeiterin Frau Monika Albring (Personalnr. 1188, geb. 30.01.1971) im Rahmen des Gruppenvertrags GR-BU 5520 ab 01.11.2025 anerkannt.

Das bedeutet für Sie als Arbeitgeber:
- Die Beiträge für Frau Albring sind ab 01.11.2025 befreit; die bereits gezahlten Beiträge November bis Februar (4 x 62,15 EUR) erstatten wir Ihnen.
- Die BU-Rente zahlen wir direkt an Frau Albring.

Über die Gründe der Berufsunfähigkeit dürfen wir Ihnen ohne ihre Einwilligung nichts mitteilen. Frau Albring hat uns gebeten, Ihnen zu bestätigen, dass sie an einem BEM-Gespräch zur Frage einer leichteren Tätigkeit in der Disposition teilnehmen möchte.
{sig('wittkamp')}{footer('LV')}""")

# ---- 0043 -----------------------------------------------------------------
add('NORMAL', 'mixed', 'internal',
    'trap: bilingual meeting invitation on an AU-duration prediction model, ICD feature list, no data of persons (ICS)',
    frm=frm('kuehl'), to=['Team KTG <team-ktg@veltheimer.example>', frm('moore'), 'Data Science <data-science@veltheimer.example>'],
    subj='Einladung / Invitation: Claims Analytics – AU-Dauer-Modell (v0.4)', date='2026-03-19 11:11',
    body="""Hallo zusammen / hi all,

wir stellen den Stand des Modells zur Vorhersage der AU-Dauer vor – the meeting will be held in English because the data science colleagues from Lisbon join.

Agenda
1. Features: ICD-10 chapter, age band, waiting period, occupation group, employed vs. self-employed
2. Results on the 2023-2025 holdout set (MAE 11.4 days)
3. Fairness check: no use of nationality or gender
4. Next steps: pilot in Fallmanagement from June

Training data are pseudonymised in the analytics environment; in the slides you will only see aggregated numbers.

Bis Donnerstag / see you Thursday
Bastian""",
    atts=[A('invite.ics', icsb('au-modell-v04@veltheimer.example', '20260326T140000', '20260326T153000',
                               'Claims Analytics: AU-Dauer-Modell v0.4', 'Teams + Raum 4.01', 'Raum 4.01 / Teams',
                               ('Bastian Kühl', 'bastian.kuehl@veltheimer.example'),
                               [('Rachel Moore', 'rachel.moore@veltheimer.example')]), method='REQUEST')])

# ---- 0044 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'household: e-bike theft claim of a named Dutch customer, frame number, address, payment to a Dutch IBAN',
    frm=frm('luettgens'), to='Pieter van Dijk <pieter.vandijk@webpost.example>',
    subj='Stolen e-bike – household policy HR 20-702218', date='2026-03-20 10:35',
    body=f"""Dear Mr van Dijk,

thank you for the police report and the purchase invoice. We accept your claim for the e-bike stolen from the locked bicycle room at Aachener Str. 412, 50933 Köln, on 7 March 2026:

Bike: Gazelle Ultimate C380, frame no. GZ21A0447718, bought 05/2024 for EUR 3,299
Cover: new-for-old value, bicycle theft extension up to EUR 3,500
Settlement: EUR 3,299.00

You asked us to pay to your Dutch account:
IBAN {iban('NL', 'RABO0317654200')}
Account holder: P. van Dijk

If the bike is found, please let us know – you can then choose between keeping it (and repaying the settlement) or leaving it to us.
{sig('luettgens', 'en')}{footer('AV', 'en', disclaimer=False)}""")

# ---- 0045 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'KTG follow-up examination by an independent assessor: named insured, orthopaedic and psychiatric assessment, ICS with name',
    frm=frm('rensing'), to='Ralf Ebbinghaus <ralf.ebbinghaus@kabelmail.example>',
    subj='Ärztliche Nachuntersuchung nach § 9 Abs. 3 MB/KT – Terminbestätigung', date='2026-03-23 08:50',
    body=f"""Sehr geehrter Herr Ebbinghaus,

wie in unserem Schreiben angekündigt, haben wir für Sie eine Untersuchung bei einem unabhängigen Gutachter vereinbart. Das ist nach sechs Monaten Arbeitsunfähigkeit ein übliches Vorgehen und kein Misstrauen.

Termin: Mittwoch, 08.04.2026, 09:30 Uhr (Dauer ca. 3 Stunden)
Ort: Medgutachten Rhein GmbH, Dr. med. Alexander Voigt, Hohenzollernring 61, 50672 Köln
Fachrichtungen: Orthopädie (Ihr Bandscheibenvorfall C5/C6) und Psychiatrie (die zuletzt bescheinigte Schmerzstörung F45.41)

Bitte bringen Sie mit: Personalausweis, aktuelle Medikamentenliste, vorhandene MRT-Bilder auf CD, Brille/Hörgeräte.
Fahrtkosten und Verdienstausfall der Begleitperson erstatten wir.

Einen Kalendereintrag habe ich angehängt. Falls der Termin nicht passt, melden Sie sich bitte bis 01.04.
{sig('rensing')}{footer('KV')}""",
    atts=[A('Termin_Begutachtung.ics', icsb('gutachten-ebbinghaus-0804@veltheimer.example', '20260408T093000', '20260408T123000',
                                        'Begutachtung Ralf Ebbinghaus (KTG) - Orthopädie/Psychiatrie',
                                        'Nachuntersuchung KT-2025-004102, Bandscheibenvorfall C5/C6, Schmerzstörung F45.41',
                                        'Medgutachten Rhein GmbH, Hohenzollernring 61, Köln',
                                        ('Tobias Rensing', 'tobias.rensing@veltheimer.example')), method='REQUEST')])

# ---- 0046 -----------------------------------------------------------------
add('NORMAL', 'de', 'insurer-to-supplier',
    'trap: SLA change for the scanning service provider (volumes of health receipts, AU certificates), no documents',
    frm=frm('roth'), to='Herr Kamps <t.kamps@scanwerk.example>', cc=frm('oberdorf'),
    subj='Nachtrag 3 zum Dienstleistungsvertrag Posteingang – Belege Kranken', date='2026-03-24 15:20',
    body=f"""Sehr geehrter Herr Kamps,

wie am Telefon besprochen, fassen wir die Änderungen für den Nachtrag 3 zusammen:

1. Volumen: Belege Leistung Kranken (Arztrechnungen, Rezepte, AU-Bescheinigungen, Krankenhausrechnungen) steigen ab April auf ca. 42.000 Seiten/Monat.
2. Durchlaufzeit: AU-Bescheinigungen im Krankentagegeld werden künftig priorisiert und spätestens am nächsten Arbeitstag bis 10 Uhr bereitgestellt (bisher 2 Tage).
3. Klassifikation: neue Dokumentklasse "Wiedereingliederungsplan".
4. Preis: 0,061 EUR je Seite (unverändert), Priorisierungszuschlag 0,01 EUR je AU-Seite.

Die Auftragsverarbeitungsvereinbarung bleibt unverändert; die Vertraulichkeitsverpflichtungen nach § 203 StGB für Ihre Mitarbeitenden gelten weiter.

Bitte senden Sie uns den Entwurf bis Ende des Monats.

Mit freundlichen Grüßen
Stefanie Roth{footer('GR')}""")

# ---- 0047 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-hospital',
    'guarantee of payment to a London private hospital: named patient, DOB, hip replacement for osteoarthritis, cost limit',
    frm=frm('moore'), to='Insurance Office St Aidan\'s <insurance@staidans.example>',
    subj='Guarantee of payment – Mrs Fiona Gallagher, DOB 17/04/1962 – admission 30 March', date='2026-03-25 12:12',
    body=f"""Dear colleagues,

we confirm that Veltheimer Krankenversicherung AG guarantees payment for the following admission:

Patient: Mrs Fiona Gallagher, date of birth 17/04/1962
Policy: IHP 300-098311 (International Health Plan Premium, no excess for inpatient care)
Admission: 30 March 2026, Mr R. Okonjo, consultant orthopaedic surgeon
Procedure: total hip replacement, left (primary osteoarthritis of the hip, M16.1)
Approved length of stay: 4 nights, private room

Guarantee limit: GBP 16,500 including implant, anaesthetist and physiotherapy during the stay. Any extension or complication requires prior approval via our assistance partner (+49 221 4471-9900).

Please send the final invoice with the discharge summary to claims@veltheimer.example, or preferably through our secure portal.
{sig('moore', 'en')}{footer('KV', 'en')}""")

# ---- 0048 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'personal liability: lost key of a rented flat, named tenant, landlord, claim and policy number, lock replacement cost',
    frm=frm('brinkmann'), to='Chloé Martin <chloe.martin@mailpost.example>',
    subj='Lost apartment key – liability claim H-26-0312-090', date='2026-03-26 09:03',
    body=f"""Dear Ms Martin,

we have received the invoice from your landlord, Mr Hans-Peter Roeder, for replacing the locking system in the building at Brüsseler Str. 19 after you lost your flat key on 12 March.

Your personal liability policy PH 40-551930 includes the loss of rented keys up to EUR 20,000 with an excess of EUR 100. The invoice (EUR 1,846.20 for the central lock system and 14 keys) is reasonable.

We will pay EUR 1,746.20 directly to the landlord. Please pay the excess of EUR 100 to him yourself.
{sig('brinkmann', 'en')}{footer('AV', 'en', disclaimer=False)}""")

# ---- 0049 -----------------------------------------------------------------
add('NORMAL', 'en', 'internal',
    'trap: internal discussion of reinsurance treaty wording ("sickness", "incapacity", "pre-existing condition"), no cases',
    frm=frm('achterberg'), to=frm('kuehl'), cc=frm('frerichs'),
    subj='RE: Treaty wording 2027 – definition of "incapacity"', date='2026-03-27 17:41',
    body=f"""Bastian,

I went through Nordstern's draft. Three points I would push back on:

1. "Incapacity" – they want to align it with "unable to perform the material and substantial duties of any occupation". That is an income-protection definition, not ours. Our KTG pays for 100 % incapacity in the insured's own occupation. We should keep the MB/KT wording and attach a translation.

2. Pre-existing conditions – they propose an exclusion for "any sickness diagnosed in the 24 months before inception". We do a full underwriting; the treaty should follow our underwriting, not add a second filter.

3. Graduated return to work – draft says benefit ends "on any return to work". Under the Hamburg model our insured is still incapacitated; please make sure this is explicitly covered, otherwise we carry it alone.

Lukas, could you check point 3 against the German case law?

Ben

-----Original Message-----
From: Kühl, Bastian
Sent: Friday, 27 March 2026 15:02
To: Achterberg, Ben
Subject: Treaty wording 2027 – definition of "incapacity"

Can you have a look at the Nordstern draft before Tuesday? I am mainly worried about the incapacity definition.
B.""")

# ---- 0050 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'short reply "Unterlagen erhalten"; only the quoted customer mail gives her sick leave, migraine diagnosis and medication',
    frm=frm('rensing'), to='Katja Möllers <katja.moellers@posteingang.example>',
    subj='AW: Unterlagen', date='2026-03-30 08:22', irt='<k.moellers.3301@posteingang.example>',
    body="""Guten Morgen Frau Möllers,

danke, ist alles angekomen. Ich melde mich, sobald die Zahlung angewiesen ist.

Gruß T. Rensing

-----Ursprüngliche Nachricht-----
Von: Katja Möllers <katja.moellers@posteingang.example>
Gesendet: Sonntag, 29. März 2026 20:14
An: Rensing, Tobias <tobias.rensing@veltheimer.example>
Betreff: Unterlagen

Hallo Herr Rensing,

anbei die Folgebescheinigung bis 17.04. und der Arztbrief der Neurologie. Die chronische Migräne (G43.3) ist trotz Topiramat und jetzt den Botox-Spritzen nicht besser geworden, Dr. Toprak will es jetzt mit Erenumab versuchen. Ich hoffe, dass ich im Mai wieder in meinen Salon kann.

Viele Grüße
Katja Möllers
Vertrag 41-2288190-4""")

# ---- 0051 -----------------------------------------------------------------
_nl51 = """<h1>Veltheimer intern – April 2026</h1>
<h2>Gesundheitstag am 23. April</h2>
<p>Rückenscreening, Sehtest, Ernährungsberatung und ein Vortrag "Wenn die Psyche streikt – frühe Hilfe im Job": Am
Gesundheitstag im Foyer Haus A ist alles kostenlos und anonym. Die Ergebnisse der Screenings bekommt nur ihr selbst.</p>
<h2>Neu im Team</h2>
<p>Herzlich willkommen an Jasmin Ohlert (Leistung Krankentagegeld) und Dr. Paul Reinholt, der ab Mai den
Gesellschaftsärztlichen Dienst verstärkt. Verabschieden müssen wir uns von Gisela Brand, die nach 31 Jahren in den
Ruhestand geht – danke, Gisela!</p>
<h2>Betriebssport</h2>
<p>Die Laufgruppe trifft sich dienstags um 17:15 Uhr am Rheinufer. Neu: Yoga für Rücken und Nacken, donnerstags
12:15 Uhr, Raum 0.14.</p>
<h2>Zahl des Monats</h2>
<p><b>93 %</b> aller AU-Bescheinigungen im Krankentagegeld kommen inzwischen digital bei uns an.</p>
<p style="font-size:8pt">Redaktion: Unternehmenskommunikation, Ole Petersen – intern, nicht zur Weitergabe an Dritte.</p>"""
add('NORMAL', 'de', 'newsletter',
    'trap: staff newsletter (health day, back yoga, new colleagues, retirement); health words, staff named only organisationally',
    frm=frm('petersen'), to='Alle Mitarbeitenden <alle@veltheimer.example>',
    subj='Veltheimer intern 04/2026: Gesundheitstag, neue Gesichter, Betriebssport', date='2026-04-01 07:55', mailer='nl',
    body=re.sub(r'<[^>]+>', '', _nl51).replace('\n\n', '\n'), html=html_doc(_nl51, 'Veltheimer intern'))

# ---- 0052 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'travel cancellation because of job loss (no health reason): named customer, booking, policy number and payout',
    frm=frm('benning'), to='Florian Achenbach <f.achenbach@mail-online.example>',
    subj='Reiserücktritt R-26-0318-022 – Erstattung der Stornokosten', date='2026-04-02 11:47',
    body=f"""Hallo Herr Achenbach,

Ihre Reise nach Madeira (15.–29.05.2026, Buchung 7781-33902 bei Sonnenweg Reisen) mussten Sie stornieren, weil Ihr Arbeitsverhältnis betriebsbedingt zum 30.04. gekündigt wurde. Der unerwartete Verlust des Arbeitsplatzes ist in Ihrer Reiserücktrittsversicherung (RV 55-811470) mitversichert.

Stornokosten laut Reiseveranstalter: 1.890,00 EUR (50 % des Reisepreises)
Selbstbehalt 20 %: 378,00 EUR
Erstattung: 1.512,00 EUR

Wir überweisen auf das Konto, von dem auch der Beitrag abgebucht wird. Für die Zukunft alles Gute bei der Jobsuche!
{sig('benning')}{footer('AV')}""")

# ---- 0053 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'payroll to HR: end of continued pay after six weeks of incapacity for named employees, in an XLSX with AU dates',
    frm=frm('overbeck'), to=frm('sondermann'),
    subj='Ende Entgeltfortzahlung im April – Liste', date='2026-04-03 10:30',
    body="""Hallo Petra,

anbei die Mitarbeitenden, bei denen im April die Entgeltfortzahlung endet. Ab dann zahlt die Krankenkasse Krankengeld, ich melde das über die Entgeltersatzleistung (EEL) an die Kassen.

Bei zwei Personen kommt laut Tabelle auch das BEM in Frage – machst du die Einladungen?

Gruß
Nils""",
    atts=[A('EFZ-Ende_April_2026.xlsx', xlsx([('April', [
        ['Pers.-Nr.', 'Name', 'Abteilung', 'AU seit', 'Ende EFZ', 'Krankenkasse', 'AU-Tage 12 Monate', 'BEM'],
        [30417, 'Brückner, Svenja', 'Kundenservice', '12.01.2026', '22.02.2026', 'BKK Feldmark', 58, 'läuft'],
        [21963, 'Lindemann, Kai', 'IT-Betrieb', '02.03.2026', '12.04.2026', 'IKK Domstadt', 49, 'anbieten'],
        [40112, 'Özdemir, Fatma', 'Leistung Sach', '09.03.2026', '19.04.2026', 'Ersatzkasse Nordwest', 44, 'anbieten'],
        [18870, 'Hübner, Wolfgang', 'Hausdienst', '16.03.2026', '26.04.2026', 'BKK Feldmark', 43, 'nein (bereits 2025)']])],
        title='EFZ-Ende April', author='Nils Overbeck', date='2026-04-03T08:10:00Z'))])

# ---- 0054 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-prospect',
    'trap: general explanation of German daily sickness benefit and sick notes to a member of the public, no contract or person data',
    frm=frm('nowak'), to='Emily Carter <emily.carter@univ-research.example>',
    subj='Re: Question for my thesis – sick notes and daily sickness benefit in Germany', date='2026-04-06 13:20',
    irt='<thesis-q-2026@univ-research.example>',
    body=f"""Dear Ms Carter,

thank you for your questions for your master's thesis. I am happy to give you general information; we cannot share data about individual customers, of course.

1. Who needs private daily sickness benefit (Krankentagegeld)?
Mainly self-employed people and privately insured employees. Employees get six weeks of continued pay from their employer; after that, employees with statutory insurance receive sickness benefit (Krankengeld) from their fund, and private insurance can top it up.

2. What does a sick note look like?
The doctor issues a certificate of incapacity for work ("AU-Bescheinigung"), stating the start and expected end of the incapacity. For statutory patients it is sent electronically (eAU); privately insured patients usually receive a paper or PDF certificate and send it to us.

3. What about returning gradually?
The "Hamburg model" allows a step-by-step return (e.g. 4, then 6 hours a day). The person is still regarded as incapacitated, so the benefit continues during this phase.

Published statistics on sick days can be found in the annual reports of the health insurance funds and in our own press releases at https://www.veltheimer.example/presse.

Good luck with your thesis!
{sig('nowak', 'en')}""")

# ---- 0055 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-broker',
    'group travel policy: list of a client company\'s travelling staff with names and birth dates in a CSV, no health data',
    frm=frm('benning'), to='Oliver Hughes <oliver.hughes@meridian-expat.example>',
    subj='Group travel policy GRV 56-1102 – insured persons April 2026', date='2026-04-07 16:02',
    body=f"""Hi Oliver,

attached is the list of insured persons for the business travel policy of Brightwater Analytics GmbH as of 1 April. Please check it with the client; two people left the company in March and have been removed (see column "status").

Cover for each person: trip cancellation, baggage, rental car excess and business equipment. Travel health is insured separately through the group health contract, so it is not in this list.

Best regards
Laura
{sig('benning', 'en', short=True)}{footer('AV', 'en')}""",
    atts=[A('GRV56-1102_insured_persons_2026-04.csv', csvb([
        ['last_name', 'first_name', 'date_of_birth', 'employee_no', 'status', 'start_cover'],
        ['Raman', 'Priya', '1981-02-17', 'BA-001', 'active', '2024-01-01'],
        ['Schuster', 'Tim', '1990-09-03', 'BA-014', 'active', '2024-01-01'],
        ['Adeyemi', 'Grace', '1994-12-22', 'BA-022', 'active', '2025-03-01'],
        ['Haller', 'Jonas', '1988-05-30', 'BA-025', 'left 2026-03-31', '2025-03-01'],
        ['Novak', 'Petra', '1979-07-11', 'BA-030', 'left 2026-03-15', '2025-06-01'],
        ['Brennan', 'Sean', '1992-01-08', 'BA-041', 'active', '2026-02-01']], delim=','))])

# ---- 0056 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: data-protection deletion concept for KTG claim files (retention periods, § 203 StGB), no person',
    frm=frm('lanz'), to=[frm('oberdorf'), frm('weidemann')],
    subj='Löschkonzept Leistungsakten Krankentagegeld – Entwurf zur Abstimmung', date='2026-04-08 09:37',
    body=f"""Liebe Sabine, lieber Jonas,

hier der Entwurf für die Löschregeln der KTG-Leistungsakten, bevor er in den Datenschutz-Lenkungskreis geht:

Datenart | Aufbewahrung | Grundlage
AU-Bescheinigungen, Befundberichte, Gutachten | 10 Jahre nach Abschluss des Leistungsfalls | Verjährung, § 195 ff. BGB i.V.m. Regressfällen
Leistungsabrechnungen | 10 Jahre | § 147 AO, § 257 HGB
Korrespondenz ohne Abrechnungsbezug | 6 Jahre | § 257 HGB
Wiedereingliederungspläne | mit der Leistungsakte
Telefonnotizen mit Gesundheitsangaben | wie Leistungsakte, aber nicht in der Vertragsakte

Wichtig: Gesundheitsdaten dürfen nicht in der allgemeinen Vertragsakte oder im CRM landen, auch nicht in Freitextfeldern. Jonas, kannst du prüfen, ob das im neuen Vorgangssystem technisch verhindert werden kann?

Ich freue mich über Rückmeldung bis 17.04.

Viele Grüße
Friederike
{sig('lanz', short=True)}""")

# ---- 0057 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'grey: KTG reduction because a self-employed hairdresser\'s income fell; health contract of a named person, income figures, no diagnosis',
    frm=frm('albers'), to='Sandra Kohlhaas <salon.kohlhaas@mail-online.example>',
    subj='Ihr Krankentagegeld – Anpassung an Ihr Einkommen (§ 4 Abs. 4 MB/KT)', date='2026-04-09 10:55',
    body=f"""Sehr geehrte Frau Kohlhaas,

vielen Dank für die Einkommensteuerbescheide 2023 und 2024, die Sie uns für Ihren Vertrag 41-2903371-6 geschickt haben.

Ihr Krankentagegeld ist mit 110 EUR täglich versichert. Nach den Bescheiden lag Ihr durchschnittliches Nettoeinkommen aus Ihrem Friseursalon zuletzt bei rund 2.460 EUR monatlich, also etwa 82 EUR täglich. Das Krankentagegeld darf das Nettoeinkommen nicht übersteigen.

Wir passen Ihr Krankentagegeld deshalb zum 01.06.2026 auf 80 EUR täglich an. Ihr Monatsbeitrag sinkt dadurch von 71,39 EUR auf 51,92 EUR.

Steigt Ihr Einkommen wieder, können Sie den Tagessatz innerhalb von zwei Monaten nach Vorlage des Nachweises ohne neue Gesundheitsprüfung wieder erhöhen.
{sig('albers')}{footer('KV')}""")

# ---- 0058 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-supplier',
    'trap: maintenance window agreed with the claims-software vendor ("health claims", "sick notes" modules), no data',
    frm=frm('weidemann'), to='Support Claimforge <support@claimforge.example>',
    subj='Change CHG-2026-0412: patch 8.4.2 health claims module – maintenance window confirmed', date='2026-04-10 16:48',
    cs='us-ascii', cte='7bit',
    body="""Hello Claimforge support,

we confirm the maintenance window for patch 8.4.2 (health claims module, incl. the new "sick note OCR" component):

Date: Saturday, 18 April 2026, 07:00-13:00 CEST
Systems: KV-LEI-PROD (application), KV-LEI-DB01 (database)
Rollback deadline: 12:00 CEST

Please note: your engineers work only on our jump host with session recording. No production data may be copied to your systems; for testing please use the synthetic data set "KTG_TEST_2026" (fictitious persons only).

Contact on the day: Jonas Weidemann, +49 221 4471-8800

Regards
Jonas Weidemann
IT Service, Veltheimer Versicherungsgruppe""")

# ---- 0059 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'traffic legal expenses: administrative speeding fine of a named driver, plate and file numbers; no criminal offence',
    frm=frm('esser'), to='Dominik Reuter <dominik.reuter@t-net.example>',
    subj='Bußgeldverfahren – Deckungszusage RS-26-0402-115', date='2026-04-13 09:14',
    body=f"""Sehr geehrter Herr Reuter,

für Ihr Vorgehen gegen den Bußgeldbescheid der Stadt Leverkusen vom 27.03.2026 (Az. 51.2-OW-2026-118836) besteht Versicherungsschutz aus Ihrer Verkehrsrechtsschutzversicherung RS 80-402266.

Vorwurf laut Bescheid: Überschreitung der zulässigen Höchstgeschwindigkeit außerorts um 32 km/h am 11.02.2026 mit dem Pkw LEV-DR 707; 240 EUR Geldbuße, 1 Punkt, 1 Monat Fahrverbot.

Wir übernehmen die Kosten Ihrer Anwältin Frau Dr. Sibel Arslan für Einspruch und Akteneinsicht; eine Selbstbeteiligung fällt im Verkehrsrecht bei Ihnen nicht an. Bitte beachten Sie die Einspruchsfrist von zwei Wochen ab Zustellung.
{sig('esser')}{footer('AV')}""")

# ---- 0060 -----------------------------------------------------------------
_in60 = message(frm='Thomas Hargreaves <tom.hargreaves@homemail-uk.example>',
                to='International Health Desk <ihd@veltheimer.example>',
                subj='Sick note and hospital letter – policy IHP 300-131077', date='2026-04-13 22:41',
                mailer='ios', key='inner60', mid='<6C1F0A2E-3B4D-4E5F-8A9B-0C1D2E3F4A5B@homemail-uk.example>',
                body="""Hi,

please find my new sick note below. I was admitted to hospital in Munich again on 2 April with another flare-up of my Crohn's disease (K50.1), they started me on infliximab and I was discharged on 9 April. My gastroenterologist Dr Kessel has signed me off work until 8 May.

Can you please continue paying my daily allowance? Also, I will need 5 more infusions every 8 weeks – are they covered as outpatient?

Thanks
Tom Hargreaves
DOB 12/06/1986

Sent from my iPhone""")
add('STRICTLY_CONFIDENTIAL', 'en', 'customer',
    'internal forward with a harmless note; the attached .eml from the insured gives Crohn\'s disease K50.1, hospital stay, infliximab',
    frm=frm('moore'), to=frm('rensing'),
    subj='FW: Sick note and hospital letter – policy IHP 300-131077', date='2026-04-14 08:30',
    body="""Tobias,

forwarding this as attachment because the daily allowance part sits with your team since the contract change in January. I will handle the infusion question on the IHP side.

Thanks!
Rachel""",
    atts=[EML('Sick note and hospital letter.eml', _in60)])

# ---- 0061 -----------------------------------------------------------------
_p61 = pdf(['# Annahmerichtlinien Krankentagegeld für Selbständige und Freiberufler (Stand 04/2026)', '',
            'Nur für Vermittler - nicht zur Weitergabe an Endkunden', '',
            '# Höchstsätze nach Berufsgruppe (Tagessatz)',
            'Berufsgruppe 1 (Ärzte, Zahnärzte, Steuerberater, IT-Berater):   bis 520 EUR',
            'Berufsgruppe 2 (kaufmännische Selbständige, Architekten):        bis 350 EUR',
            'Berufsgruppe 3 (Handwerksmeister mit Mitarbeitern):              bis 250 EUR',
            'Berufsgruppe 4 (körperlich tätige Handwerker, Friseure, Pflege): bis 150 EUR',
            '# Einkommensnachweis',
            'Ab 200 EUR Tagessatz: letzter Einkommensteuerbescheid bei Antragstellung',
            'Existenzgründer: Businessplan, max. 100 EUR in den ersten zwei Jahren',
            '# Gesundheitsfragen (Auszug)',
            'Rückenbeschwerden in den letzten 3 Jahren: Risikozuschlag oder Ausschluss nach Einzelfallprüfung',
            'Psychotherapie in den letzten 5 Jahren: Rückstellung bis Abschluss, danach Einzelfall',
            'Arbeitsunfähigkeit > 4 Wochen in den letzten 2 Jahren: ärztlicher Bericht erforderlich',
            '# Nicht versicherbar',
            'Berufssportler, Berufstaucher, Artisten; laufende Arbeitsunfähigkeit bei Antragstellung'],
          title='Annahmerichtlinien KTG Selbständige 04-2026', date='20260410090000')
add('NORMAL', 'de', 'insurer-to-broker',
    'trap: underwriting guidelines for KTG of self-employed (maximum rates, back pain, psychotherapy rules) for brokers, PDF',
    frm=frm('vogelsang'), to='Marco Berger <m.berger@finanzkontor-berger.example>',
    subj='Annahmerichtlinien KTG Selbständige – neue Fassung April', date='2026-04-14 11:19',
    body=f"""Hallo Herr Berger,

wie gewünscht die aktuellen Annahmerichtlinien für das Krankentagegeld Selbständige. Neu sind die höheren Sätze für die Berufsgruppe 1 und die klarere Regel zu Rückenbeschwerden.

Bitte beachten Sie: Das Dokument ist nur für Ihr Haus bestimmt. Voranfragen zu konkreten Kunden mit Vorerkrankungen stellen Sie bitte wie gewohnt anonymisiert über das Maklerportal (Risikovoranfrage), nicht per E-Mail.

Schöne Grüße
Katrin Vogelsang
{sig('vogelsang', short=True)}{footer('KV')}""",
    atts=[A('Annahmerichtlinien_KTG_Selbstaendige_2026-04.pdf', _p61)])

# ---- 0062 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-company',
    'marine cargo: water-damaged shipment of a client company, named contact, policy and claim numbers, surveyor',
    frm=frm('albers'), to='Herr Jannik Sauer <j.sauer@feldmann-druck.example>',
    subj='Transportschaden Papierrollen – Police TR 90-004518, Schaden T-26-0409-003', date='2026-04-15 14:05',
    body=f"""Sehr geehrter Herr Sauer,

vielen Dank für Ihre Meldung. Die Sendung mit 18 Papierrollen (Lieferant Nordpapier Oy, B/L FIN-HAM-44781) ist am 08.04.2026 mit Wasserschäden im Lager der Druckerei Feldmann KG in Bergisch Gladbach angekommen.

Wir haben den Havariekommissar Herrn Lennart Eggers (Eggers Surveyors, Hamburg) beauftragt, der sich heute noch bei Ihnen meldet. Bis zur Besichtigung bitte:
- beschädigte Rollen nicht verarbeiten oder entsorgen,
- Vorbehalt gegenüber der Spedition Baltic Freight schriftlich erklären (falls noch nicht geschehen),
- Frachtbrief und Lieferschein bereithalten.

Versicherungswert laut Deklaration 27.400 EUR, Selbstbehalt 500 EUR.
{sig('albers')}{footer('AV')}""")

# ---- 0063 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-doctor',
    'query to a psychiatrist about an incapacity certificate: named patient, F32.1, medication, prognosis for return to work',
    frm=frm('fahlbusch'), to='Dr. med. Jan-Hendrik Sauer <praxis@psychiatrie-sauer.example>',
    subj='Rückfrage zur AU-Bescheinigung Frau Leitner vom 13.03.2026', date='2026-04-16 10:02',
    body=f"""Sehr geehrter Herr Kollege Sauer,

Ihre Patientin Frau Hanna Leitner (geb. 05.12.1985, selbständige Grafikdesignerin) hat uns Ihre Folgebescheinigung vom 13.03.2026 mit der Diagnose F32.1 (mittelgradige depressive Episode) vorgelegt; die AU besteht seit 12.01.2026.

Die Schweigepflichtentbindung liegt uns vor. Damit wir die Leistung ohne Begutachtung weiter zahlen können, bitte ich Sie um eine kurze Einschätzung:

- Wie hat sich die Symptomatik unter Escitalopram 15 mg und der Verhaltenstherapie entwickelt?
- Ist in den nächsten acht Wochen mit Arbeitsfähigkeit zu rechnen?
- Halten Sie einen stufenweisen Wiedereinstieg (z. B. 2–3 Stunden täglich am Schreibtisch) für sinnvoll? Für Selbständige können wir das über eine Kulanzregelung abbilden.

Eine telefonische Rücksprache ist natürlich ebenso möglich (0221 4471-3090, Mo–Do 8–13 Uhr).

Mit kollegialen Grüßen
Dr. med. Ulrike Fahlbusch
Beratungsärztin{footer('KV')}""")

# ---- 0064 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'grey: team planning mail; a colleague "fällt diese Woche aus" without any reason, holidays and cover, no health detail',
    frm=frm('oberdorf'), to='Team KTG <team-ktg@veltheimer.example>',
    subj='Vertretung diese Woche + Urlaubsplanung Sommer', date='2026-04-20 07:48', cte='8bit',
    body="""Moin zusammen,

Tobias fällt diese Woche aus. Seine Posteingänge verteilen wir so :
- A–K: Jasmin
- L–R: Hakan
- S–Z: ich

Rückrufe bitte im Vorgangssystem als "Vertretung" kennzeichnen.

Dann noch die Urlaubsplanung: Tragt euch bitte bis Freitag in die Liste im Teams-Kanal ein. In den Sommerferien müssen immer mindestens vier Leute aus dem Team da sein, weil die Folgebescheinigungen im Juli/August erfahrungsgemäß nicht weniger werden.

Danke und schönen Wochenstart
Sabine""")

# ---- 0065 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'motor partial cover: windscreen replacement for a named customer, VIN, plate, policy and claim number',
    frm=frm('poettgen'), to='Hamid Rahimi <hamid.rahimi@webpost.example>',
    subj='Windscreen claim S-26-0417-061 – approved', date='2026-04-21 12:44',
    body=f"""Dear Mr Rahimi,

your windscreen claim (stone chip on the A3 near Limburg on 16 April) is approved under your partial cover (Teilkasko), policy KF-88 6630 04.

Vehicle: Skoda Octavia Combi, K-HR 5120, VIN TMBJJ7NE4L0218837
Our partner Glasdirekt Köln will replace the windscreen at no cost to you except your excess of EUR 150; they will recalibrate the camera for the lane assistant as well. Please call them on 0221 9988-110 to book an appointment.

Windscreen claims do not affect your no-claims class.
{sig('poettgen', 'en')}{footer('AV', 'en', disclaimer=False)}""")

# ---- 0066 -----------------------------------------------------------------
_nl66 = """<h1 style="font-family:Georgia">Expat Health Update – Spring 2026</h1>
<p>Dear members,</p>
<p><b>Vaccinations before you travel.</b> From 1 May our International Health Plan reimburses travel vaccinations
(yellow fever, rabies, Japanese encephalitis) up to EUR 400 per year.</p>
<p><b>Mental health support in 14 languages.</b> Our partner MindBridge offers up to eight sessions of online counselling
per year, without a referral. Nobody at Veltheimer learns who uses the service.</p>
<p><b>Off sick abroad?</b> If you have daily sickness benefit, a local sick note is fine – send it in English, French,
Spanish or German; other languages need a translation, which we pay for.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Service</th><th>How to reach us</th></tr>
<tr><td>Emergency assistance 24/7</td><td>+49 221 4471-9900</td></tr>
<tr><td>Claims</td><td>portal.veltheimer.example</td></tr>
<tr><td>Counselling (MindBridge)</td><td>mindbridge.example/veltheimer</td></tr></table>
<p style="font-size:8pt">You receive this newsletter as a member of the International Health Plan.
<a href="https://www.veltheimer.example/expat/unsubscribe">Unsubscribe</a></p>"""
add('NORMAL', 'en', 'newsletter',
    'trap: expat member newsletter about vaccinations, counselling and sick notes abroad, HTML table, no individual data',
    frm='Veltheimer International Health <ihd-news@veltheimer.example>', to='ihp-members@veltheimer.example',
    subj='Expat Health Update: vaccinations, counselling, sick notes abroad', date='2026-04-22 08:00', mailer='nl',
    headers=[('List-Unsubscribe', '<https://www.veltheimer.example/expat/unsubscribe>'), ('Precedence', 'bulk')],
    body=re.sub(r'<[^>]+>', '', _nl66), html=html_doc(_nl66, 'Expat Health Update'), cte='base64')

# ---- 0067 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'buildings storm damage: named homeowner, address, policy, settlement and IBAN (ISO-8859-1 body)',
    frm=frm('luettgens'), to='Herbert Dünnwald <h.duennwald@rheinnet.example>',
    subj='Sturmschaden vom 04.04.2026 - Ihre Wohngebäudeversicherung WG 30-204417', date='2026-04-23 10:10',
    cs='iso-8859-1', cte='quoted-printable',
    body=f"""Sehr geehrter Herr Dünnwald,

der Dachdeckerbetrieb Schallenberg hat die Sturmschäden an Ihrem Haus Lindenweg 3, 51467 Bergisch Gladbach, behoben. Wir übernehmen die Rechnung vom 20.04.2026 in voller Höhe:

Dacheindeckung (ca. 14 m² Betondachsteine), Firstziegel, Gerüst: 3.982,14 EUR

Eine Selbstbeteiligung ist in Ihrem Vertrag nicht vereinbart. Die Zahlung geht an Sie, weil Sie die Rechnung bereits beglichen haben:

IBAN {iban('DE', '37050000 0014483920')}
Kontoinhaber: Herbert Dünnwald

Mit freundlichen Grüßen

Anke Lüttgens
Sachschaden Privatkunden
Veltheimer Allgemeine Versicherung AG""")

# ---- 0068 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
    'group KTG for a printing firm: the XLSX lists employees with birth dates, daily rates and current incapacity cases; body neutral',
    frm=frm('albers'), to='Frau Ines Feldmann <i.feldmann@feldmann-druck.example>',
    subj='Gruppenvertrag GK 41-7700 – Bestandsliste zum 01.04.2026', date='2026-04-24 15:33',
    body=f"""Sehr geehrte Frau Feldmann,

anbei die gewünschte Bestandsliste zu Ihrem Gruppenvertrag für das Krankentagegeld Ihrer Mitarbeitenden zum Stichtag 01.04.2026. Bitte prüfen Sie Eintritte und Austritte; Änderungen schicken Sie mir bitte bis 15.05. zurück.

Mit freundlichen Grüßen
Christoph Albers{footer('KV')}""",
    atts=[A('GK41-7700_Bestand_2026-04-01.xlsx', xlsx([('Bestand', [
        ['Nr.', 'Name', 'Vorname', 'geb.', 'Tarif', 'Tagessatz', 'Karenz', 'laufender Leistungsfall', 'AU seit', 'Diagnose (lt. AU)'],
        [1, 'Feldmann', 'Ines', '1969-03-14', 'GKT 43', 120, 42, 'nein', '', ''],
        [2, 'Sauer', 'Jannik', '1984-11-02', 'GKT 43', 90, 42, 'nein', '', ''],
        [3, 'Kranz', 'Dieter', '1963-07-29', 'GKT 43', 80, 42, 'ja', '2026-02-09', 'M17.1 Gonarthrose'],
        [4, 'Wübbeling', 'Tanja', '1991-04-18', 'GKT 43', 70, 42, 'nein', '', ''],
        [5, 'Asante', 'Kwame', '1987-10-05', 'GKT 43', 70, 42, 'ja', '2026-03-23', 'S52.5 distale Radiusfraktur'],
        [6, 'Lorenz', 'Birgit', '1975-01-27', 'GKT 43', 80, 42, 'nein', '', '']])],
        title='Bestandsliste GK 41-7700', author='Christoph Albers', date='2026-04-24T13:20:00Z'))])

# ---- 0069 -----------------------------------------------------------------
_z69 = zipb([
    ('Vordruck_AU-Bescheinigung_Selbstaendige.pdf', pdf([
        '# Ärztliche Bescheinigung der Arbeitsunfähigkeit (Krankentagegeld)', '',
        'Name, Vorname der versicherten Person: ______________________  geb.: ___________',
        'Vertragsnummer: ______________',
        'Ausgeübter Beruf / Tätigkeit: ____________________________', '',
        'Arbeitsunfähig seit: ___________   voraussichtlich bis: ___________',
        'Diagnose(n) mit ICD-10-Schlüssel: __________________________',
        'Die versicherte Person kann ihre berufliche Tätigkeit in keiner Weise ausüben:  [ ] ja  [ ] nein', '',
        'Datum, Stempel und Unterschrift der Ärztin / des Arztes'], title='Vordruck AU', date='20260401080000')),
    ('Vordruck_Wiedereingliederungsplan.docx', docx([
        ('h', 'Stufenweise Wiedereingliederung – Plan'),
        'Versicherte Person: «Vorname» «Nachname»   Vertrag: «Vertragsnummer»',
        ('table', [['Zeitraum', 'Stunden täglich', 'Tätigkeit'], ['von ... bis ...', '...', '...'],
                   ['von ... bis ...', '...', '...']]),
        'Ärztin/Arzt: ______________   Arbeitgeber/Auftraggeber: ______________']
        , title='Vordruck Wiedereingliederungsplan', date='2026-04-01T08:00:00Z')),
    ('Hinweise_Leistungsfall_KTG.txt', 'Hinweise für Ihre Kunden im Leistungsfall Krankentagegeld\r\n\r\n'
     '1. AU-Bescheinigung spätestens am 7. Tag nach Beginn einreichen.\r\n'
     '2. Folgebescheinigung immer lückenlos (letzter Tag der alten = Tag vor der neuen).\r\n'
     '3. Während der AU keine berufliche Tätigkeit, auch nicht stundenweise.\r\n'
     '4. Wiedereingliederung vorher mit uns abstimmen.\r\n'.encode('utf-8')),
], dt=(2026, 4, 1, 8, 0, 0))
add('NORMAL', 'de', 'insurer-to-broker',
    'trap: blank forms pack for brokers in a ZIP (AU certificate form, reintegration plan with «placeholders», hints), no person',
    frm=frm('vogelsang'), to='Anna Lotze <a.lotze@lotsenhaus.example>',
    subj='Vordrucke Leistungsfall Krankentagegeld (ZIP)', date='2026-04-27 09:26',
    body=f"""Hallo Frau Lotze,

wie am Telefon versprochen die leeren Vordrucke für Ihre Kunden, gepackt als ZIP:
- AU-Bescheinigung für Selbständige (PDF, zum Ausfüllen durch die Ärztin/den Arzt)
- Wiedereingliederungsplan (Word, mit Platzhaltern)
- Hinweise für den Leistungsfall (Text)

Ausgefüllte Formulare bitte nicht per Mail zurück, sondern über das Maklerportal hochladen.

Viele Grüße
Katrin Vogelsang""",
    atts=[A('Vordrucke_KTG_Leistungsfall.zip', _z69)])

# ---- 0070 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'internal',
    'case management note: named insured with multiple sclerosis relapse, occupational therapy and phased return plan',
    frm=frm('moore'), to=frm('kaya'),
    subj='Ferraro / Okonkwo – reintegration update', date='2026-04-28 17:05',
    body=f"""Hi Mehmet,

quick update on the two reintegration cases we discussd:

Ngozi Okonkwo (IHP 300-115560, Frankfurt): MS relapse in February (G35.1), steroid pulse therapy, now stable. Her neurologist supports a phased return from 11 May: 4 h/day for two weeks, then 6 h. Her employer agreed to a home-office share of 50 %. Occupational therapist (Ms Brandl) will visit the workplace on 6 May to check the desk set-up and lighting because of her fatigue and visual symptoms.

Luca Ferraro: chemo finished 20 April, oncologist wants three months of recovery before any return. No action until July.

Can you check whether we can fund the ergonomic chair and screen filter for Ms Okonkwo from the case management budget? About EUR 780.

Thanks
Rachel""")

# ---- 0071 -----------------------------------------------------------------
add('CONFIDENTIAL', 'mixed', 'insurer-to-partner',
    'motor recourse with a Dutch insurer: named Dutch driver, plates, liability split, property damage only; English/German',
    frm=frm('poettgen'), to='Claims Recovery <recovery@dijkstra-verzekeringen.example>',
    subj='Regress / recovery – accident A3 Emmerich 02.04.2026, your insured Mr Bram Visser', date='2026-04-29 11:25',
    body=f"""Dear colleagues,

regarding the accident of 2 April 2026 on the A3 near Emmerich between your insured Mr Bram Visser (NL plate 54-KTP-7) and our insured Mr Carsten Wendel (K-CW 880):

According to the police report (Autobahnpolizei Düsseldorf, Vorgang 260402-1133) Mr Visser changed lanes without looking and hit the left side of our insured's van. Nobody was injured.

We paid our insured under his Vollkasko:
- Reparaturkosten laut Gutachten: EUR 6.214,80
- Wertminderung: EUR 450,00
- Nutzungsausfall 6 Tage: EUR 354,00
Total: EUR 7.018,80

Wir bitten um Erstattung innerhalb von 30 Tagen auf unser Konto {iban('DE', '37050198 0001923847')}, reference S-26-0402-031. Please confirm liability.

Mit freundlichen Grüßen / kind regards
Dirk Pöttgen
Kfz-Schaden, Veltheimer Allgemeine Versicherung AG{footer('AV', 'en')}""")

# ---- 0072 -----------------------------------------------------------------
add('NORMAL', 'de', 'insurer-to-authority',
    'trap: general reply to the data-protection authority on how health data are mailed (portal, TLS), no individual case',
    frm=frm('lanz'), to='Datenschutzaufsicht Rheinland <poststelle@datenschutzaufsicht-rheinland.example>',
    subj='Ihr Schreiben vom 02.04.2026 – Az. DSA-R 4.2-118/26, allgemeine Anfrage zur E-Mail-Kommunikation',
    date='2026-04-30 14:40',
    body=f"""Sehr geehrte Damen und Herren,

vielen Dank für Ihre allgemeine Anfrage zur E-Mail-Kommunikation von Versicherungsunternehmen mit Gesundheitsdaten. Für die Veltheimer Versicherungsgruppe beantworten wir sie wie folgt:

1. Gesundheitsdaten (z. B. Arztberichte, AU-Bescheinigungen, Leistungsabrechnungen der Kranken-, Lebens- und Unfallversicherung) versenden wir grundsätzlich nur Ende-zu-Ende-verschlüsselt (S/MIME) oder über unser SecureMail-Portal.
2. Unverschlüsselt mit Transportverschlüsselung (TLS) nur mit ausdrücklicher, widerruflicher Einwilligung der betroffenen Person.
3. Ausgehende E-Mails werden automatisiert klassifiziert; ein Versand im Klartext wird bei erkannten Gesundheitsdaten blockiert.
4. Benachrichtigungen über neue Portal-Nachrichten enthalten keine Inhalte.

Eine Beschreibung des Verfahrens sowie das Verzeichnis der Verarbeitungstätigkeiten stellen wir Ihnen auf Wunsch zur Verfügung.

Mit freundlichen Grüßen
Dr. Friederike Lanz
Datenschutzbeauftragte der Veltheimer Versicherungsgruppe{footer('GR')}""")

# ---- 0073 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-authority',
    'to the pension insurance: KTG insured asked to apply for medical rehab, named with insurance number, diagnosis, AU dates',
    frm=frm('kaya'), to='Rentenkasse Westfalen-Rhein - Reha-Abteilung <reha@rk-westrhein.example>',
    subj='Antrag auf medizinische Rehabilitation – Frau Nadine Scholten, VSNR 13 140372 S 507', date='2026-05-04 10:12',
    body=f"""Sehr geehrte Damen und Herren,

im Auftrag und mit Einwilligung unserer Versicherten

Frau Nadine Scholten, geb. 14.03.1972, Wiesengrund 7, 53119 Bonn
Versicherungsnummer 13 140372 S 507

übersenden wir ergänzende Unterlagen zu ihrem Reha-Antrag vom 22.04.2026:

- Gutachten Dr. Rüdiger Manns vom 20.01.2026 (rezidivierende depressive Störung, gegenwärtig schwere Episode, F33.2; Fibromyalgie M79.70)
- Entlassungsbericht Tagesklinik Bonn-Beuel vom 15.12.2025
- AU-Zeiten: seit 14.04.2025 durchgehend

Frau Scholten bezieht von uns Krankentagegeld bis 30.04.2026. Wir bitten, den Antrag wegen der laufenden Arbeitsunfähigkeit vorrangig zu bearbeiten. Eine psychosomatische Rehabilitation wird von den behandelnden Ärzten ausdrücklich empfohlen.

Die Unterlagen stellen wir Ihnen über das gesicherte Behördenpostfach bereit; diese Mail dient nur der Ankündigung.

Mit freundlichen Grüßen
Mehmet Kaya
Reha- und Fallmanagement
Veltheimer Krankenversicherung AG{footer('KV')}""")

# ---- 0074 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-partner',
    'trap: embargoed press release with aggregate study on sick days of self-employed (diagnoses as percentages), no persons',
    frm=frm('petersen'), to='Press list international <presse-int@veltheimer.example>',
    bcc=None, subj='EMBARGO 7 May 2026, 06:00 CEST – Veltheimer study: self-employed are sick less often, but longer',
    date='2026-05-05 15:00',
    body="""PRESS RELEASE – under embargo until Thursday, 7 May 2026, 06:00 CEST

Veltheimer study: self-employed are sick less often, but longer

Cologne. Self-employed people in Germany report sick far less often than employees, but when they do, their incapacity lasts considerably longer. This is the result of an analysis of 21,400 anonymised daily sickness allowance claims from 2021 to 2025 by Veltheimer Krankenversicherung AG.

- Average duration of a claim: 74 days for the self-employed, 48 days for employees.
- Back problems remain the most frequent cause (31 %), followed by mental disorders (24 %) – among claims longer than six months, mental disorders lead with 46 %.
- Only 38 % of self-employed people with a claim of more than three months used a gradual return to work, compared with 61 % of employees.

"Many self-employed people go back to full work too early because they fear losing their clients," says Dr Bastian Kühl, chief actuary for health. "A planned, gradual return protects both health and income."

About the data: all figures are aggregated; no individual claims were published.

Press contact: Ole Petersen, +49 221 4471-1050, presse@veltheimer.example""")

# ---- 0075 -----------------------------------------------------------------
add('NORMAL', 'mixed', 'internal',
    'trap: bilingual lunch-and-learn invitation on reintegration practice in NL/UK, no persons or cases',
    frm=frm('thamm'), to='Leistung Kranken <leistung-kv-alle@veltheimer.example>', cc=frm('moore'),
    subj='Lunch & Learn: Return to work – what we can learn from the Netherlands and the UK', date='2026-05-06 09:30',
    body="""Liebe Kolleginnen und Kollegen, dear colleagues,

am Dienstag, 19. Mai, 12:15–13:00 Uhr, gibt es wieder ein Lunch & Learn (Raum 0.14 und Teams). The session is in English.

Rachel Moore (International Health Desk) will compare:
- the Dutch "Wet verbetering poortwachter" – employer and employee must draw up a reintegration plan within 8 weeks of sick leave,
- the UK "fit note", where the GP can state "may be fit for work" with adjustments,
- the German Hamburg model and BEM.

Danach diskutieren wir, was das für unser Fallmanagement im Krankentagegeld bedeutet. Snacks are provided; bitte kurz im Kalender zusagen.

Viele Grüße / best regards
Sven Thamm
Fachschulung Leistung""")

# ---- 0076 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'dog liability: the insured\'s dog bit a neighbour\'s dog; vet bill of the other animal, named parties, claim number (animal health only)',
    frm=frm('brinkmann'), to='Samuel Osei <samuel.osei@kabelmail.example>',
    subj='Your dog liability claim H-26-0421-017 (incident of 19 April)', date='2026-05-07 11:15',
    body=f"""Dear Mr Osei,

thank you for your report. On 19 April, in the Stadtwald, your dog "Bruno" (Rhodesian Ridgeback) bit the dachshund of your neighbour, Mrs Gertrud Kallweit. No person was hurt.

Mrs Kallweit has sent us the invoice from the veterinary clinic Lindenthal: wound treatment under sedation, two follow-up checks and antibiotics for her dog, EUR 642.35 in total.

Your dog owner's liability policy (TH 45-228107) covers this. We will pay the vet invoice directly to Mrs Kallweit; there is no excess in your contract. Please do not pay her anything yourself.
{sig('brinkmann', 'en')}{footer('AV', 'en', disclaimer=False)}""")

# ---- 0077 -----------------------------------------------------------------
_h77 = td([['Zeitraum', 'Art', 'Tage', 'Tagessatz', 'Betrag'],
           ['02.02.–15.03.2026', 'Karenzzeit', '42', '–', '0,00 EUR'],
           ['16.03.–31.03.2026', 'Krankentagegeld', '16', '150,00 EUR', '2.400,00 EUR'],
           ['01.04.–30.04.2026', 'Krankentagegeld', '30', '150,00 EUR', '4.500,00 EUR'],
           ['01.05.–06.05.2026', 'Krankenhaustagegeld (stationär, Reha Haus Sonnenhang)', '6', '50,00 EUR', '300,00 EUR']])
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'HTML-only mail with a KTG payment table for a named insured, including a rehab stay; no diagnosis but health-line claim',
    frm=frm('rensing'), to='Dr. Ansgar Volkmer <a.volkmer@kanzlei-volkmer.example>',
    subj='Ihre Zahlungsübersicht Krankentagegeld (Vertrag 41-1660428-0)', date='2026-05-08 14:20',
    body=None, html=html_doc(f"""<p>Sehr geehrter Herr Dr. Volkmer,</p>
<p>wie gewünscht erhalten Sie die Übersicht der Zahlungen zu Ihrem Krankentagegeld (Vertrag 41-1660428-0, Tarif KT 43 S)
bis einschließlich Ihrer Aufnahme in der Rehaklinik Haus Sonnenhang:</p>
{_h77}
<p>Summe bisher: <b>7.200,00 EUR</b>. Während der Reha zahlen wir Krankentagegeld und Krankenhaustagegeld nebeneinander;
die Abrechnung für Mai folgt nach Ihrer Entlassung. Bitte senden Sie uns dann den Entlassungsbericht und – falls die Klinik
eine stufenweise Wiedereingliederung in Ihre Kanzlei empfiehlt – den Plan.</p>
<p>Mit freundlichen Grüßen<br>Tobias Rensing<br>Leistungsprüfung Krankentagegeld<br>Veltheimer Krankenversicherung AG</p>
<p style="font-size:8pt;color:#666">{REG['KV']}</p>""", 'Zahlungsübersicht'))

# ---- 0078 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: training invitation on electronic incapacity certificates (eAU) and reintegration for claims staff, ICS, no cases',
    frm=frm('thamm'), to='Team KTG <team-ktg@veltheimer.example>', cc='Team Gruppenverträge <team-gruppe@veltheimer.example>',
    subj='Schulung: eAU, Privatpatienten-AU und Wiedereingliederung – 02.06.2026', date='2026-05-11 08:40',
    body="""Hallo zusammen,

hier die Einladung zur Pflichtschulung für alle, die KTG-Leistungsfälle bearbeiten:

Inhalte
1. Was ändert sich für uns durch die eAU? (Privatversicherte bekommen weiterhin eine Bescheinigung in Papier oder als PDF)
2. Echtheitsprüfung digitaler Bescheinigungen (Signatur, Praxis-ID)
3. Stufenweise Wiedereingliederung: Leistung, Nachweise, typische Fehler
4. Fallbeispiele – alle anonymisiert bzw. frei erfunden

Bitte bringt keine echten Akten mit; wir arbeiten mit dem Schulungsmandanten.

Termin im Anhang.

Sven""",
    atts=[A('Schulung_eAU_Wiedereingliederung.ics', icsb('schulung-eau-0206@veltheimer.example', '20260602T090000', '20260602T120000',
                                                       'Schulung eAU / Wiedereingliederung', 'Pflichtschulung Leistung KTG',
                                                       'Schulungsraum 2.03', ('Sven Thamm', 'sven.thamm@veltheimer.example')),
            method='REQUEST')])

# ---- 0079 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'internal',
    'HR to a named employee: salary increase with old and new gross salary and tariff group (income), no health data',
    frm=frm('overbeck'), to='Hakan Yıldız <hakan.yildiz@veltheimer.example>', cc=frm('sondermann'),
    subj='Ihre Gehaltsanpassung zum 01.06.2026', date='2026-05-12 10:05',
    body=f"""Lieber Herr Yıldız,

herzlichen Glückwunsch zur bestandenen Prüfung zum Fachwirt für Versicherungen und Finanzen!

Wie mit Ihrer Teamleitung Frau Oberdorf besprochen, gruppieren wir Sie zum 01.06.2026 von Tarifgruppe VI in Tarifgruppe VII (8. Berufsjahr) des Manteltarifvertrags für das private Versicherungsgewerbe um.

Monatliches Bruttogehalt bisher: 4.212,00 EUR
Monatliches Bruttogehalt neu: 4.736,00 EUR
zzgl. Leistungszulage unverändert 150,00 EUR

Die Änderung sehen Sie erstmals in der Abrechnung für Juni. Das schriftliche Änderungsschreiben bekommen Sie per Hauspost.

Viele Grüße
Nils Overbeck
Entgeltabrechnung""")

# ---- 0080 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
    'travel health: reimbursement of emergency treatment in Spain (kidney stones, CT, hospital night) for a named customer',
    frm=frm('benning'), to='Olivia Brandt <olivia.brandt@mailpost.example>',
    subj='Your travel health claim R-26-0429-044 – Hospital Costa Blanca', date='2026-05-13 09:48',
    body=f"""Dear Ms Brandt,

we are sorry to hear that your holiday in Alicante ended in hospital. We have checked the documents you uploaded:

- Emergency admission Hospital Costa Blanca, 24-25 April 2026: renal colic, kidney stone 6 mm (N20.0)
- CT scan of the abdomen, infusion, pain medication (metamizole, tamsulosin)
- One night on the ward
Total invoice: EUR 2,318.00 (paid by you by credit card)

Your annual travel policy (RV 55-820915) covers all of it. We will reimburse EUR 2,318.00 plus the taxi to the hospital (EUR 34.50) to the account we have on file, ending in 0551.

If you need further urological treatment in Germany, that is a matter for your health insurer, not for the travel policy.
{sig('benning', 'en')}{footer('AV', 'en')}""")

# ---- 0081 -----------------------------------------------------------------
add('NORMAL', 'de', 'insurer-to-supplier',
    'trap: print order for a KTG flyer for craftsmen ("Wenn der Rücken streikt"), product text only',
    frm=frm('petersen'), to='Auftragsannahme Druckhaus Ehrenfeld <auftrag@druckhaus-ehrenfeld.example>',
    subj='Druckauftrag Flyer "Krankentagegeld für Handwerker" – Freigabe', date='2026-05-14 16:30',
    body=f"""Hallo Frau Pesch,

hiermit geben wir den Flyer frei:

Titel: "Wenn der Rücken streikt, läuft Ihr Betrieb weiter – Krankentagegeld für Handwerksmeister"
Format: DIN lang, 6 Seiten Wickelfalz, 4/4-farbig, 135 g Bilderdruck matt
Auflage: 5.000 Stück
Druckdaten: Version 7 vom 13.05. (auf Ihrem FTP-Server, Ordner VELT-2026-19)

Bitte noch eine Korrektur auf Seite 4: "ab dem 43. Tag der Arbeitsunfähigkeit" statt "ab dem 42. Tag".

Lieferung bis 29.05. an die Warenannahme, Veltheimer Platz 1, Tor 2.

Danke und viele Grüße
Ole Petersen
Unternehmenskommunikation{footer('GR', disclaimer=False)}""")

# ---- 0082 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'advisory doctor\'s opinion on a named insured after the expert examination: diagnoses, findings, recommendation to end KTG',
    frm=frm('fahlbusch'), to=frm('rensing'), cc=frm('oberdorf'),
    subj='Stellungnahme Gutachten Ebbinghaus (KT-2025-004102)', date='2026-05-15 12:02',
    body=f"""Hallo Tobias,

ich habe das Gutachten von Dr. Voigt zu Herrn Ebbinghaus (Untersuchung 08.04.) durchgesehen. Kurzfassung:

Orthopädisch: Zustand nach Bandscheibenvorfall C5/C6 rechts (M50.1), konservativ behandelt. Keine neurologischen Ausfälle mehr, Beweglichkeit der HWS endgradig eingeschränkt. Für seine Tätigkeit als selbständiger Versicherungsmakler (überwiegend Büro und Kundentermine) orthopädisch keine Arbeitsunfähigkeit mehr.

Psychiatrisch: anhaltende somatoforme Schmerzstörung (F45.41) wird bestätigt, aber leicht ausgeprägt; kein Hinweis auf depressive Episode. Eine Einschränkung von mehr als 50 % ist nicht begründbar.

Meine Empfehlung: Leistungseinstellung mit Ablauf des Monats, in dem das Gutachten zugestellt wird, also 31.05.2026. Ich würde Herrn Ebbinghaus zusätzlich eine stufenweise Rückkehr nahelegen (Kulanz: vier Wochen 50 % KTG bei 50 % Tätigkeit), das entschärft den Konflikt.

Gruß
Ulrike""")

# ---- 0083 -----------------------------------------------------------------
add('NORMAL', 'en', 'internal',
    'trap: IT security warning about phishing mails disguised as "sick note" or "medical certificate", no real data',
    frm='IT Security <it-security@veltheimer.example>', to='All staff <alle@veltheimer.example>',
    subj='Warning: phishing e-mails posing as sick notes ("Krankmeldung.zip")', date='2026-05-18 10:20',
    cs='us-ascii', cte='7bit',
    body="""Dear colleagues,

since this morning we have been seeing phishing e-mails with subjects like "Krankmeldung", "Medical certificate attached" or "AU-Bescheinigung fuer Ihre Pruefung". They contain a ZIP file ("Krankmeldung.zip") or a link to a fake portal page.

How to recognise them:
- Sender address is NOT from veltheimer.example or a known broker, doctor or customer
- Urgent tone ("please process today, otherwise my allowance stops")
- ZIP with .js or .lnk files inside

What to do:
- Do not open the attachment, do not click the link
- Use the "Report phishing" button in Outlook
- Genuine sick notes from customers arrive via the portal or the scanning centre anyway

Thank you for your attention.
IT Security Team""")

# ---- 0084 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-broker',
    'commercial fleet list in an ODS: plates, VINs and named drivers of a client firm, no-claims data; no health data',
    frm=frm('poettgen'), to='Anna Lotze <a.lotze@lotsenhaus.example>',
    subj='Flottenliste Pflegedienst Sonnenblume GmbH – Stand Mai', date='2026-05-19 13:50',
    body=f"""Hallo Frau Lotze,

anbei die aktuelle Fahrzeugliste zum Flottenvertrag FL-2022-0318 Ihrer Kundin Pflegedienst Sonnenblume GmbH. Drei Fahrzeuge sind im April neu hinzugekommen; bitte lassen Sie sich von der Geschäftsführerin Frau Hemmersbach noch bestätigen, dass die eingetragenen Stammfahrer stimmen.

Gruß
Dirk Pöttgen""",
    atts=[A('FL-2022-0318_Fahrzeugliste_2026-05.ods', ods([('Fahrzeuge', [
        ['Kennzeichen', 'Fahrzeug', 'FIN', 'Stammfahrer/in', 'Führerschein seit', 'Deckung'],
        ['BM-PS 101', 'VW Up!', 'WVWZZZAAZJD118804', 'Heike Pohl', '1998', 'KH + VK 500'],
        ['BM-PS 102', 'VW Up!', 'WVWZZZAAZJD119932', 'Marek Zielinski', '2011', 'KH + VK 500'],
        ['BM-PS 107', 'Renault Zoe', 'VF1AG000X64418822', 'Daniela Roos', '2016', 'KH + VK 500'],
        ['BM-PS 108', 'Renault Zoe', 'VF1AG000X64420031', 'Aylin Kaya', '2019', 'KH + VK 500'],
        ['BM-PS 109', 'Opel Corsa-e', 'VXKUKZKXZNW115570', 'Frank Gebauer', '1993', 'KH + TK']])],
        title='Fahrzeugliste FL-2022-0318', date='2026-05-19T11:30:00'))])

# ---- 0085 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'base64 body: KTG partly refused because the follow-up certificate came late (duty breach); named insured, asthma diagnosis',
    frm=frm('oberdorf'), to='Ingo Prenzlau <ingo.prenzlau@fahrschule-prenzlau.example>',
    subj='Ihr Krankentagegeld – Lücke vom 27.04. bis 04.05.2026', date='2026-05-20 09:33', cte='base64',
    body=f"""Sehr geehrter Herr Prenzlau,

Sie haben Ihren Widerspruch gegen unsere Abrechnung vom 11.05.2026 damit begründet, dass Sie auch vom 27.04. bis 04.05.2026 wegen Ihres Asthma-Schubs (J45.1) arbeitsunfähig waren.

Die vorherige Bescheinigung von Dr. Weber endete am 26.04.2026, die Folgebescheinigung wurde aber erst am 05.05.2026 ausgestellt – rückwirkend ist das nach unseren Bedingungen nicht möglich (§ 4 Abs. 7 MB/KT: Die Arbeitsunfähigkeit ist durch Bescheinigung des behandelnden Arztes nachzuweisen).

Wir haben trotzdem noch einmal nachgefragt: Dr. Weber bestätigt uns telefonisch, dass Sie am 28.04. in der Praxis waren, die Bescheinigung aber versehentlich nicht ausgedruckt wurde. Aus Kulanz zahlen wir deshalb ab 28.04.2026. Für den 27.04. bleibt es bei der Ablehnung.

Nachzahlung: 7 Tage x 85,00 EUR = 595,00 EUR.

Als Fahrlehrer mit eigener Fahrschule dürfen Sie während der AU auch keine Theoriestunden geben – ich erwähne das nur, weil Sie am Telefon danach gefragt hatten.
{sig('oberdorf')}{footer('KV')}""")

# ---- 0086 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: minutes of the health-claims department meeting with KPIs (processing time, count of AU cases > 6 months), no names',
    frm=frm('oberdorf'), to='Leistung Kranken <leistung-kv-alle@veltheimer.example>',
    subj='Protokoll Abteilungsrunde Leistung Kranken 19.05.2026', date='2026-05-20 16:12',
    body="""Hallo zusammen,

das Protokoll der Abteilungsrunde:

1. Kennzahlen April
   - Bearbeitungsdauer Arztrechnungen: 3,1 Tage (Ziel 4)
   - Bearbeitungsdauer AU-Bescheinigungen KTG: 1,4 Tage (Ziel 2)
   - offene KTG-Fälle gesamt: 1.284, davon über 6 Monate: 211, davon Fallmanagement: 97
   - Beschwerden: 14 (Vorjahresmonat 22), davon 5 wegen Begutachtungen

2. Digitaler Posteingang: Seit dem Scanner-Rollback keine Ausfälle mehr.

3. Wiedereingliederung: Das Fallmanagement schlägt vor, Selbständigen grundsätzlich eine vierwöchige Teil-Leistung (50 %) bei 50 % Tätigkeit anzubieten. Rechtliche Prüfung durch Recht & Regress läuft.

4. Personal: Zwei Stellen in der KTG-Leistung sind ausgeschrieben. Dr. Reinholt startet am 01.05. im Gesellschaftsärztlichen Dienst.

Nächste Runde: 16.06.2026

Sabine""")

# ---- 0087 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'rent deposit guarantee for a named tenant: landlord, flat address, guarantee amount and annual fee',
    frm=frm('nowak'), to='Mateo Fernández <mateo.fernandez@uni-mail.example>',
    subj='Your rent deposit guarantee KB 77-010452 is ready', date='2026-05-21 11:38',
    body=f"""Dear Mr Fernández,

good news: your rent deposit guarantee has been issued.

Tenant: Mateo Fernández
Landlord: Wohnbau Sülz GmbH
Flat: Berrenrather Str. 201, 3rd floor left, 50937 Köln
Guarantee amount: EUR 2,640 (three months' basic rent)
Annual fee: EUR 118.80, first debit on 1 June 2026

The guarantee certificate has been sent to your landlord directly. Should the landlord claim against the guarantee, we will inform you before paying anything.
{sig('nowak', 'en')}{footer('AV', 'en', disclaimer=False)}""")

# ---- 0088 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-company',
    'group income protection: return-to-work plan of a named employee after breast cancer treatment, sent to the employer\'s HR',
    frm=frm('kaya'), to='Sarah Whitfield <s.whitfield@northlight-software.example>',
    subj='Group income protection GIP 5601 – return to work plan for Ms Anneke de Boer', date='2026-05-22 15:04',
    body=f"""Dear Sarah,

as agreed with Ms de Boer, who has given her written consent to share this with you as her HR manager, here is the return-to-work plan following her breast cancer treatment (surgery in November, radiotherapy finished in March):

Week 1-2 (from 1 June): 3 hours/day, remote, no client meetings
Week 3-4: 5 hours/day, 2 days in the office
Week 5-6: 6.5 hours/day, normal pattern except on-call duty
From 13 July: full hours, reviewed by her oncologist

During the plan, the group income protection benefit continues at a reduced rate proportionate to the lost hours. Please keep paying her actual hours through payroll and send us the monthly hours report.

Ms de Boer has asked that her colleagues are only told that she is "returning after a longer absence". Please respect this.
{sig('kaya', 'en')}{footer('KV', 'en')}""")

# ---- 0089 -----------------------------------------------------------------
add('NORMAL', 'mixed', 'insurer-to-partner',
    'trap: bilingual agenda for a meeting with a Dutch partner insurer on cross-border sickness claims; process only, no cases',
    frm=frm('moore'), to='Marieke Hoekstra <m.hoekstra@dijkstra-verzekeringen.example>', cc=frm('oberdorf'),
    subj='Agenda 4 June – grensoverschrijdende verzuimclaims / cross-border sickness claims', date='2026-05-25 10:45',
    body="""Dear Marieke,
liebe Sabine,

here is the draft agenda for our meeting in Venlo on 4 June:

1. Frontier workers (Grenzgänger) living in NL, working in DE: which sick note applies – Dutch "ziekmelding" via the employer or German AU-Bescheinigung?
2. Reintegration: how to align the Dutch Poortwachter plan with the German Hamburg model
3. Data exchange: only via our secure portal, no health data by e-mail – wir brauchen dafür eine gemeinsame Vereinbarung
4. Any other business

Sabine, könntest du zu Punkt 1 zwei, drei anonymisierte Beispiele vorbereiten (ohne Namen, nur Konstellation)?

Best regards / viele Grüße
Rachel""")

# ---- 0090 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'household surge damage after lightning: named customer, address, devices and settlement (windows-1252 body)',
    frm=frm('luettgens'), to='Agnieszka Wróbel <a.wrobel@postfach24.example>',
    subj='Überspannungsschaden – Hausratversicherung HR 20-733806', date='2026-05-26 09:05',
    cs='utf-8', cte='8bit',
    body=f"""Sehr geehrte Frau Wróbel,

nach dem Gewitter am 14.05. sind in Ihrer Wohnung Am Rinkenpfuhl 12, 50676 Köln, durch Überspannung mehrere Geräte ausgefallen. Der Elektrofachbetrieb hat bestätigt, dass eine Reparatur nicht wirtschaftlich ist.

Wir ersetzen zum Neuwert:
- Fernseher (Kaufjahr 2023): 899,00 EUR
- WLAN-Router: 189,00 EUR
- Kaffeevollautomat (Kaufjahr 2021): 649,00 EUR
Summe: 1.737,00 EUR, keine Selbstbeteiligung

Die Zahlung erfolgt auf Ihr bei uns hinterlegtes Konto. Die defekten Geräte können Sie entsorgen.
{sig('luettgens')}""")

# ---- 0091 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-applicant',
    'grey: acknowledgement of a job application (claims handler, International Health Desk); applicant named, nothing sensitive',
    frm='Veltheimer Careers <karriere@veltheimer.example>', to='Niamh O\'Sullivan <niamh.osullivan@webpost.example>',
    subj='Your application – Claims Handler International Health (ref. IHD-2026-07)', date='2026-05-27 08:15',
    mailer='portal',
    body="""Dear Ms O'Sullivan,

thank you for your application for the position of Claims Handler International Health (ref. IHD-2026-07) in Cologne. We have received your documents and will review them carefully.

We expect to invite shortlisted candidates for interviews in the second half of June. The interviews are held in English and German; one part is a short case exercise with a (fictitious) medical invoice.

Please note that you do not need to send us any health information, photo or date of birth with your application.

Kind regards
Your Veltheimer recruiting team
https://karriere.veltheimer.example""")

# ---- 0092 -----------------------------------------------------------------
_o92 = odt([('h', 'Bestätigung: Stufenweise Rückkehr mit Teil-Krankentagegeld (Kulanzvereinbarung)'),
            'Versicherte Person: Hanna Leitner, geb. 05.12.1985, Vertrag 41-2710384-2',
            'Tätigkeit: selbständige Grafikdesignerin (Einzelunternehmen)',
            'Grundlage: Bericht Dr. med. J.-H. Sauer vom 28.04.2026 (mittelgradige depressive Episode F32.1, gebessert unter Escitalopram und Verhaltenstherapie)',
            ('table', [['Zeitraum', 'Tätigkeit', 'Krankentagegeld'],
                       ['18.05.–31.05.2026', 'bis 3 Stunden täglich, nur Bestandskunden', '75 % (90 EUR)'],
                       ['01.06.–14.06.2026', 'bis 5 Stunden täglich', '50 % (60 EUR)'],
                       ['ab 15.06.2026', 'volle Tätigkeit', 'Leistungsende']]),
            'Die Vereinbarung erfolgt ohne Anerkennung einer Rechtspflicht. Bei erneuter vollständiger '
            'Arbeitsunfähigkeit gelten wieder die Tarifbedingungen.',
            'Köln, 13.05.2026 – Mehmet Kaya, Reha- und Fallmanagement'], title='Kulanzvereinbarung Leitner',
           date='2026-05-13T10:00:00')
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'graduated return of a self-employed designer with partial KTG, agreement in an ODT naming depression F32.1 and medication',
    frm=frm('kaya'), to='Hanna Leitner <hanna.leitner@leitner-grafik.example>',
    subj='Ihre schrittweise Rückkehr – Vereinbarung zum Unterschreiben', date='2026-05-28 11:00',
    body=f"""Liebe Frau Leitner,

wie am Telefon besprochen, schicke ich Ihnen die Vereinbarung zur schrittweisen Rückkehr in Ihre Selbständigkeit. Bitte lesen Sie sie in Ruhe durch, unterschreiben Sie und laden Sie sie im Kundenportal hoch.

Ich freue mich sehr, dass es Ihnen besser geht – und denken Sie daran: Wenn es zu schnell geht, lieber kurz anrufen als durchhalten.
{sig('kaya')}{footer('KV')}""",
    atts=[A('Vereinbarung_stufenweise_Rueckkehr.odt', _o92)])

# ---- 0093 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'travel: missed connection after an airline strike, named customer, booking refs and reimbursement, no health content',
    frm=frm('benning'), to='Jakub Dvořák <jakub.dvorak@mailpost.example>',
    subj='Claim R-26-0511-009 – extra costs after the strike at Frankfurt airport', date='2026-05-29 10:37',
    body=f"""Dear Mr Dvořák,

because of the strike at Frankfurt airport on 11 May you missed your connection to Prague (booking LH-8QF2KD) and had to stay one night at the airport hotel and buy a new train ticket.

Your travel policy (RV 55-834412) covers additional return costs up to EUR 1,500. We reimburse:
Hotel Frankfurt Airport (1 night): EUR 139.00
Train Frankfurt-Prague: EUR 87.90
Meals: EUR 24.60
Total: EUR 251.50

Please note: the airline may owe you compensation under the EU passenger rights regulation as well; if you receive anything for the same costs, please let us know.
{sig('benning', 'en')}{footer('AV', 'en', disclaimer=False)}""")

# ---- 0094 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-partner',
    'trap: direct-billing contract talks with a hospital group (DRG, discharge letters, ICU rates), no patients',
    frm=frm('albers'), to='James Whitmore <j.whitmore@meridian-hospitals.example>',
    subj='Direct billing agreement 2027 – our comments on draft v2', date='2026-06-01 14:55',
    body=f"""Dear James,

thank you for draft v2 of the direct billing agreement for our international members at Meridian Hospitals. Our comments:

1. Tariff basis: we accept the DRG-based case rates for elective surgery, but ICU days should be billed per day with a cap of EUR 2,400.
2. Discharge letters: please send them only through our secure portal, never with the invoice by e-mail. The invoice itself should not carry diagnoses in the subject line or file name.
3. Pre-authorisation: 48 hours for elective admissions; emergencies within 24 hours after admission.
4. Payment term: 30 days after receipt of a complete invoice.

Happy to discuss in our call on 9 June.
{sig('albers', 'en')}{footer('KV', 'en')}""")

# ---- 0095 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'motor: eVB confirmation number for registering a new car, named customer, address and no-claims class',
    frm=frm('poettgen'), to='Ayesha Siddiqui <ayesha.siddiqui@webpost.example>',
    subj='Your insurance confirmation (eVB) for the new car', date='2026-06-02 08:55',
    body=f"""Dear Ms Siddiqui,

here is your electronic insurance confirmation (eVB) for registering your new car at the registration office:

eVB number: R4TN8WQ
Policyholder: Ayesha Siddiqui, Neusser Str. 77, 50670 Köln
Vehicle: Hyundai Kona Elektro (new), registration to follow
No-claims class transferred from your previous car: SF 6

The eVB is valid for six months. Once your car is registered, the policy KF-88 7012 35 starts automatically; please send us the registration number.
{sig('poettgen', 'en')}""")

# ---- 0096 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: text template for requesting a follow-up AU certificate, only «placeholders», no person',
    frm=frm('thamm'), to='Team KTG <team-ktg@veltheimer.example>',
    subj='Neuer Textbaustein TB-KT-17 "Folgebescheinigung anfordern"', date='2026-06-03 13:13',
    body="""Hallo zusammen,

der Baustein TB-KT-17 ist jetzt im Korrespondenzsystem freigeschaltet. Text zur Info:

---
Sehr «Anrede» «Titel» «Nachname»,

Ihre Arbeitsunfähigkeit ist bis zum «AU_Ende» bescheinigt. Damit wir Ihr Krankentagegeld ohne Unterbrechung weiterzahlen können, benötigen wir eine Folgebescheinigung, die lückenlos am «AU_Ende_plus_1» beginnt.

Bitte achten Sie darauf, dass Ihre Ärztin / Ihr Arzt die Diagnose und die voraussichtliche Dauer angibt. Sie können die Bescheinigung im Kundenportal hochladen.

Mit freundlichen Grüßen
«Sachbearbeiter»
---

Bitte die Platzhalter «Titel» und «AU_Ende_plus_1» nicht manuell überschreiben, die werden aus dem Vorgang befüllt.

Sven""")

# ---- 0097 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'mixed', 'company',
    'forward of a posted worker\'s case: German note, quoted English mail with appendicitis surgery, complications and sick leave',
    frm=frm('moore'), to=frm('oberdorf'),
    subj='WG: Posted worker from Ireland – sick in Germany', date='2026-06-04 09:05',
    body="""Hallo Sabine,

kannst du mir kurz sagen, ob euer KTG hier greift oder ob das über den irischen Arbeitgeber läuft? Der Vertrag ist ein Gruppenvertrag (GK 41-8102), aber die Person ist nach Deutschland entsandt. Details unten.

Danke!
Rachel

-----Original Message-----
From: Ciarán Byrne <c.byrne@byrne-mech.example>
Sent: Wednesday, 3 June 2026 18:22
To: Moore, Rachel
Subject: Posted worker from Ireland – sick in Germany

Hi Rachel,

our fitter Mr Declan Walsh (DOB 21 Feb 1990), posted to the Leverkusen site since March, had emergency surgery for a perforated appendix (K35.2) at Klinikum Leverkusen-Nord on 25 May. He developed an abscess and was re-admitted on 1 June. The surgeon has signed him off for at least four more weeks.

He is covered under your group plan. Who pays his sick pay now, and do you need the German sick notes or the Irish ones?

Regards
Ciarán Byrne
HR, Byrne Mechanical Ltd""")

# ---- 0098 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-lawyer',
    'motor liability: reply to the opposing lawyer, named parties, plates, repair costs; property damage only, nobody injured',
    frm=frm('poettgen'), to='Rechtsanwältin Dr. Sibel Arslan <kanzlei@arslan-recht.example>',
    subj='Ihr Zeichen 118/26 SA – Verkehrsunfall 21.05.2026, unser Schaden S-26-0521-077', date='2026-06-05 11:28',
    body=f"""Sehr geehrte Frau Dr. Arslan,

in der Verkehrsunfallsache Ihres Mandanten Herrn Emre Aksoy gegen unseren Versicherungsnehmer Herrn Walter Siebrecht erkennen wir die volle Haftung an. Nach den Angaben beider Beteiligten und der Unfallskizze ist unser Versicherungsnehmer beim Abbiegen in der Aachener Straße auf das Fahrzeug Ihres Mandanten (K-EA 1904) aufgefahren. Personen wurden nicht verletzt.

Wir regulieren wie folgt:
- Reparaturkosten netto laut Gutachten Kfz-Sachverständigenbüro Pohl: 3.884,20 EUR
- Gutachterkosten: 612,00 EUR
- Nutzungsausfall 5 Tage à 59 EUR: 295,00 EUR
- Kostenpauschale: 25,00 EUR
- Ihre Gebühren aus 4.816,20 EUR (1,3 Geschäftsgebühr zzgl. Auslagen und USt.)

Die Zahlung erfolgt auf Ihr Kanzleikonto.
{sig('poettgen')}{footer('AV')}""")

# ---- 0099 -----------------------------------------------------------------
add('NORMAL', 'en', 'internal',
    'trap: approval of an anonymised analytics data set; only the field schema (diagnosis_code, au_start) is listed, no records',
    frm=frm('lanz'), to='Data Science <data-science@veltheimer.example>', cc=frm('kuehl'),
    subj='DPIA approved: pseudonymised KTG data set for the AU-duration model', date='2026-06-08 15:16',
    body="""Dear colleagues,

the data protection impact assessment for the AU-duration model (DPIA-2026-04) is approved with the following conditions.

Allowed fields (pseudonymised, in the analytics environment only):
  case_key (random, not reversible), age_band (5-year), sex, occupation_group, employed_flag,
  waiting_period_days, diagnosis_code (ICD-10, 3 characters), au_start_month, au_duration_days, reintegration_flag

Not allowed: name, date of birth, policy number, postcode, treating doctor, free-text notes.

Results leaving the environment must be aggregated with a minimum cell size of 10. Model outputs for individual claims go back only into the claims system, never into mail or spreadsheets.

Review date: 30 June 2027.

Friederike Lanz
Data Protection Officer""")

# ---- 0100 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-broker',
    'commission statement of a sole-trader broker (natural person) with his IBAN, tax number and commission amounts',
    frm=frm('vogelsang'), to='Jens Hartwig <jh@hartwig-makler.example>',
    subj='Provisionsabrechnung Mai 2026 – Vermittlernummer 40-88172', date='2026-06-09 07:58',
    body=f"""Guten Morgen Herr Hartwig,

Ihre Provisionsabrechnung für Mai 2026 steht im Maklerportal. Kurz die Eckdaten:

Abschlussprovision: 4.318,40 EUR
Bestandsprovision: 1.205,77 EUR
Stornoreserve-Einbehalt: –431,84 EUR
Auszahlung: 5.092,33 EUR

Überweisung am 15.06.2026 auf Ihr Konto
Jens Hartwig Versicherungsmakler e.K., IBAN {iban('DE', '29050000 0012038844')}

Ihre Steuernummer 216/5044/1187 ist hinterlegt; da Versicherungsvermittlung umsatzsteuerfrei ist (§ 4 Nr. 11 UStG), weisen wir keine Umsatzsteuer aus.

Viele Grüße
Katrin Vogelsang
Maklerbetreuung""")

# ---- 0101 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: reorganisation notice creating a KTG case-management unit; staff named in their roles only',
    frm='Bereichsleitung Leistung Kranken <bl-leistung-kv@veltheimer.example>', to='Alle Mitarbeitenden KV <alle-kv@veltheimer.example>',
    subj='Organisation: neues Fallmanagement Krankentagegeld ab 1. Juli', date='2026-06-10 12:00',
    body="""Liebe Kolleginnen und Kollegen,

lange Arbeitsunfähigkeiten betreffen immer häufiger psychische Erkrankungen und Selbständige, die ohne Unterstützung zu früh oder zu spät in ihren Beruf zurückkehren. Wir bündeln deshalb ab 1. Juli 2026 das Reha- und Fallmanagement für Krankentagegeld in einer eigenen Einheit:

Leitung: Mehmet Kaya
Fallmanagerinnen und Fallmanager: Jasmin Ohlert, Hakan Yıldız (ab 01.07.), eine weitere Stelle ist ausgeschrieben
Medizinische Begleitung: Dr. Ulrike Fahlbusch, Dr. Paul Reinholt

Die Einheit übernimmt alle KTG-Fälle ab dem 91. Tag der Arbeitsunfähigkeit sowie frühzeitig Fälle mit psychischen Diagnosen. Sie koordiniert Wiedereingliederungen mit Ärzten, Arbeitgebern und Rentenversicherungsträgern.

Die Leistungsprüfung bleibt bei Sabine Oberdorfs Team.

Herzlichen Dank an alle, die das Konzept mit erarbeitet haben!

Dr. Carola Mensing
Bereichsleiterin Leistung Kranken""")

# ---- 0102 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'motor contract ended after car sale: named customer, plate, refund to her IBAN (windows-1252 body)',
    frm=frm('nowak'), to='Brigitte Lammersen <b.lammersen@t-net.example>',
    subj='Bestätigung: Ende Ihrer Kfz-Versicherung KF-88 2291 40', date='2026-06-11 10:42',
    cs='windows-1252', cte='quoted-printable',
    body=f"""Sehr geehrte Frau Lammersen,

Sie haben Ihren Ford Fiesta (Kennzeichen SU-BL 63) am 29.05.2026 verkauft. Wir bestätigen das Vertragsende zum Tag der Ummeldung durch den Käufer, 02.06.2026.

Für die Zeit vom 03.06. bis 31.12.2026 erstatten wir Ihnen den zu viel gezahlten Beitrag von 241,18 € auf Ihr Konto {iban('DE', '37050299 0000451002')}.

Ihr Schadenfreiheitsrabatt (SF 12) bleibt sieben Jahre lang für ein neues Fahrzeug reserviert – sprechen Sie uns gern an, wenn Sie wieder ein Auto anmelden.

Mit freundlichen Grüßen
Carla Nowak
Kundenservice{footer('AV')}""")

# ---- 0103 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
    'grey: life insurance beneficiary change for a named policyholder (personal line), new beneficiary with birth date; no health data',
    frm=frm('haas'), to='Gregory Lawson <greg.lawson@homemail-uk.example>',
    subj='Change of beneficiary confirmed – term life policy LV 7.204.881.2', date='2026-06-12 09:18',
    body=f"""Dear Mr Lawson,

we have received your signed request of 3 June 2026 and confirm the change of beneficiary for your term life insurance policy LV 7.204.881.2 (sum insured EUR 250,000):

Previous beneficiary: Ms Karen Lawson (revoked)
New beneficiary (revocable): Ms Ingrid Halvorsen, born 09 October 1984, Düsseldorf

The change takes effect on the date we received your request. Please keep this confirmation with your policy documents. As the beneficiary designation is revocable, you can change it again at any time in writing.
{sig('haas', 'en')}{footer('LV', 'en')}""")

# ---- 0104 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-supplier',
    'trap: translation order for the KTG general terms and a reintegration leaflet; terminology list, no personal data',
    frm=frm('roth'), to='Project Management Lingua Rhein <projects@lingua-rhein.example>', cc=frm('moore'),
    subj='PO 4500019311 – translation MB/KT 2026 and leaflet "Returning to work gradually"', date='2026-06-15 11:30',
    body="""Dear Ms Gerritsen,

we hereby order the following translations German > English:

1. General terms for daily sickness allowance "MB/KT 2026" incl. tariff conditions KT S and KT A (approx. 14,800 words)
2. Customer leaflet "Schrittweise zurück in den Beruf" (approx. 1,900 words)

Terminology to be used (please add to our glossary):
Arbeitsunfähigkeit – incapacity for work
Arbeitsunfähigkeitsbescheinigung – certificate of incapacity for work
Karenzzeit – waiting period
Krankentagegeld – daily sickness allowance
stufenweise Wiedereingliederung – graduated return to work
Berufsunfähigkeit – occupational disability

Delivery: 10 July 2026, as DOCX with tracked terminology. Price as per framework agreement (EUR 0.14/word).

Kind regards
Stefanie Roth
Purchasing, Veltheimer Versicherungsgruppe""")

# ---- 0105 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'tenancy legal expenses: cover for a rent-increase dispute of a named tenant, landlord, address, rent amounts',
    frm=frm('esser'), to='Jörn Matthiesen <joern.matthiesen@kabelmail.example>',
    subj='Rechtsschutz Mietrecht – Ihre Anfrage zur Mieterhöhung', date='2026-06-16 14:44',
    body=f"""Hallo Herr Matthiesen,

Ihr Vermieter, die Rheinblick Immobilien GmbH, verlangt für Ihre Wohnung Deutzer Freiheit 48, 50679 Köln, ab 01.08.2026 eine Erhöhung der Nettokaltmiete von 890 auf 1.020 EUR unter Verweis auf den Mietspiegel.

Ihr Mietrechtsschutz (Vertrag RS 80-551207, Baustein Wohnen) umfasst die Prüfung und Abwehr dieser Mieterhöhung. Unsere Schadennummer: RS-26-0612-044. Selbstbeteiligung: 150 EUR.

Tipp: Sie können zuerst kostenlos unsere telefonische Rechtsberatung nutzen (0221 4471-5499); dort wird geprüft, ob der Mietspiegel richtig angewandt wurde. Beauftragen Sie eine Anwältin oder einen Anwalt, schicken Sie uns bitte die Kostennote.
{sig('esser')}{footer('AV')}""")

# ---- 0106 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'self-employed physiotherapist asks about KTG in pregnancy; reply explains maternity benefit, pregnancy and due date in body and quote',
    frm=frm('rensing'), to='Lena Hoffstätter <praxis@physio-hoffstaetter.example>',
    subj='AW: Krankentagegeld in der Schwangerschaft / Mutterschutz', date='2026-06-17 16:20',
    irt='<lh-2026-0617@physio-hoffstaetter.example>',
    body=f"""Liebe Frau Hoffstätter,

herzlichen Glückwunsch! Zu Ihren Fragen:

1. Während der Mutterschutzfristen (6 Wochen vor und 8 Wochen nach der Entbindung) zahlen wir Ihnen als Selbständiger nach § 1 Abs. 2 MB/KT Krankentagegeld in Höhe des vereinbarten Tagessatzes (bei Ihnen 95 EUR) – ohne Karenzzeit. Bei einem errechneten Termin am 02.11.2026 wären das voraussichtlich 21.09. bis 28.12.2026.
2. Dafür brauchen wir die Bescheinigung Ihrer Frauenärztin über den voraussichtlichen Entbindungstag; bitte etwa zwei Wochen vor Beginn einreichen.
3. Wenn Ihre Ärztin wegen der Schwangerschaftsbeschwerden vorher eine Arbeitsunfähigkeit bescheinigt, gilt das ganz normale Verfahren mit AU-Bescheinigung und Karenzzeit.

Alles Gute für Sie!
Tobias Rensing

-----Ursprüngliche Nachricht-----
Von: Lena Hoffstätter <praxis@physio-hoffstaetter.example>
Gesendet: Mittwoch, 17. Juni 2026 07:55
An: Leistung Kranken
Betreff: Krankentagegeld in der Schwangerschaft / Mutterschutz

Hallo, ich bin in der 20. Woche schwanger (ET laut Frauenärztin 02.11.2026) und habe eine eigene Physiotherapiepraxis. Wegen einer Symphysenlockerung kann ich schon jetzt kaum noch am Patienten arbeiten. Zahlt mein Krankentagegeld (41-3005917-3) auch im Mutterschutz? Und was ist, wenn ich vorher ausfalle?
Lena Hoffstätter{footer('KV')}""")

# ---- 0107 -----------------------------------------------------------------
add('NORMAL', 'de', 'insurer-to-broker',
    'grey: commission statement to a broker GmbH with the firm\'s corporate IBAN; company data only, no natural person\'s data',
    frm=frm('vogelsang'), to='Buchhaltung Finanzkontor Berger <buchhaltung@finanzkontor-berger.example>',
    subj='Courtageabrechnung Mai 2026 – Finanzkontor Berger & Sohn GmbH (VM 40-10233)', date='2026-06-18 08:05',
    body=f"""Sehr geehrte Damen und Herren,

die Courtageabrechnung Mai 2026 für die Finanzkontor Berger & Sohn GmbH ist im Maklerportal unter "Abrechnungen" abrufbar.

Courtage gesamt: 18.772,15 EUR
davon Kranken: 9.410,00 EUR, Leben: 5.962,40 EUR, Sach/HUK: 3.399,75 EUR

Überweisung am 15.06.2026 an:
Finanzkontor Berger & Sohn GmbH
IBAN {iban('DE', '37070024 0310771500')}

Die Einzelaufstellung je Vertrag enthält Kundendaten und steht deshalb nur im Portal bereit.

Mit freundlichen Grüßen
Katrin Vogelsang""")

# ---- 0108 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-broker',
    'home insurance renewals: CSV with named clients, addresses, policy numbers and premiums sent to the broker',
    frm=frm('luettgens'), to='Oliver Hughes <oliver.hughes@meridian-expat.example>',
    subj='Renewals July 2026 – household policies of your clients', date='2026-06-19 13:25',
    body=f"""Hi Oliver,

here are the household policies of your clients that renew on 1 July, with the new premiums after the index adjustment (+3.8 %). Please let me know by 25 June if any client wants to change the sum insured.

Anke
{sig('luettgens', 'en', short=True)}""",
    atts=[A('renewals_2026-07_Meridian.csv', csvb([
        ['policy', 'client', 'address', 'sum_insured_eur', 'premium_old_eur', 'premium_new_eur'],
        ['HR 20-702218', 'Pieter van Dijk', 'Aachener Str. 412, 50933 Köln', '65000', '142.80', '148.23'],
        ['HR 20-715530', 'Grace Adeyemi', 'Vondelstr. 31, 50677 Köln', '48000', '109.40', '113.56'],
        ['HR 20-719004', 'Luca Ferraro', 'Goltsteinstr. 88, 50968 Köln', '90000', '201.10', '208.74'],
        ['HR 20-720317', 'Sean Brennan', 'Weyertal 5, 50931 Köln', '40000', '96.00', '99.65']], enc='utf-8', delim=',', bom=True))])

# ---- 0109 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: first-aider list and AED purchase notice; staff named only as first aiders, "Notfall", "Defibrillator" words',
    frm=frm('roth'), to='Alle Mitarbeitenden Köln <alle-koeln@veltheimer.example>',
    subj='Neue Defibrillatoren und aktualisierte Ersthelferliste', date='2026-06-22 09:10',
    body="""Liebe Kolleginnen und Kollegen,

ab heute hängen in Haus A (Foyer) und Haus B (3. OG, neben den Aufzügen) zwei neue automatisierte externe Defibrillatoren (AED). Die Geräte sind selbsterklärend und sagen jeden Schritt an.

Unsere ausgebildeten Ersthelferinnen und Ersthelfer:
Haus A: Miriam Esser (Tel. -5405), Yusuf Demir (-5610), Carla Nowak (-4000)
Haus B: Jasmin Ohlert (-3330), Jonas Weidemann (-8800), Holger Brinkmann (-5310)

Im Notfall immer zuerst 112 wählen, dann den Empfang (-1000) informieren.

Die nächste Erste-Hilfe-Ausbildung (9 UE) findet am 15. und 16. September statt; Anmeldung bei mir.

Viele Grüße
Stefanie Roth
Einkauf / Arbeitssicherheit""")

# ---- 0110 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-company',
    'request to an employer (with consent) for a job description to assess an employee\'s KTG incapacity after knee surgery',
    frm=frm('rensing'), to='Personalbüro Bäckerei Hollmann <personal@baeckerei-hollmann.example>',
    subj='Ihr Mitarbeiter Herr Uwe Strässer – Bitte um Tätigkeitsbeschreibung', date='2026-06-23 10:50',
    body=f"""Sehr geehrte Damen und Herren,

Ihr Mitarbeiter Herr Uwe Strässer (Bäckermeister, Backstube Nippes) ist bei uns privat krankenversichert und erhält Krankentagegeld. Er ist seit der Operation am rechten Knie (Meniskusteilresektion und Knorpelglättung) arbeitsunfähig.

Herr Strässer hat uns schriftlich erlaubt, bei Ihnen nachzufragen. Damit unsere Beratungsärztin beurteilen kann, wann er seine Tätigkeit wieder aufnehmen kann, bitten wir um eine kurze Beschreibung seines Arbeitsplatzes:

- Arbeitszeiten (Nachtschicht?), Anteil stehender Tätigkeit
- Heben und Tragen (z. B. Mehlsäcke, Bleche – Gewicht?)
- gäbe es vorübergehend eine leichtere Tätigkeit, etwa in der Planung oder im Verkauf?

Eine stufenweise Wiedereingliederung ab Juli halten seine Ärzte für möglich. Über die medizinischen Einzelheiten informiert Sie Herr Strässer selbst, soweit er das möchte.
{sig('rensing')}{footer('KV')}""")

# ---- 0111 -----------------------------------------------------------------
add('NORMAL', 'de', 'auto-reply',
    'trap: German out-of-office of the KTG team lead (to a supplier) naming Krankentagegeld, AU certificates and a deputy; no case content',
    frm=frm('oberdorf'), to='Herr Kamps <t.kamps@scanwerk.example>',
    subj='Automatische Antwort: Nachtrag 3 – unterschriebenes Exemplar', date='2026-06-24 07:12', mailer='auto',
    headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10. Juli 2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Leistungsfällen zum Krankentagegeld wenden Sie sich bitte an meine Vertretung, Frau Jasmin Ohlert (jasmin.ohlert@veltheimer.example, 0221 4471-3330), oder an leistung-kv@veltheimer.example.

AU-Bescheinigungen und Arztberichte laden Sie bitte im Kundenportal hoch (https://portal.veltheimer.example) – so werden sie auch während meiner Abwesenheit sofort bearbeitet.

Mit freundlichen Grüßen
Sabine Oberdorf""")

# ---- 0112 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-company',
    'cyber insurance: ransomware incident at a small company, named managing director, policy and claim number, no health data',
    frm=frm('albers'), to='Tobias Lindgren <t.lindgren@lindgren-architekten.example>',
    subj='Cyber policy CY 95-000812 – ransomware incident 20 June, claim C-26-0620-002', date='2026-06-25 17:48',
    body=f"""Dear Mr Lindgren,

thank you for reporting the ransomware attack on the file server of Lindgren Architekten GmbH on 20 June.

As agreed on the phone:
1. Our incident response partner, Bastion Forensics, started work yesterday. Please do not pay any ransom and do not restore backups before they give the go-ahead.
2. Because the encrypted server held personal data of your clients (names, addresses, planning documents), a notification to the data protection authority within 72 hours may be required. Bastion will help you assess this; the costs are covered.
3. Business interruption: cover starts after a 12-hour waiting period; please record your staff's unproductive hours.

Your policy covers first-party costs up to EUR 500,000 with an excess of EUR 2,500.
{sig('albers', 'en')}{footer('AV', 'en')}""")

# ---- 0113 -----------------------------------------------------------------
_nl113 = """<h2>Veltheimer Investor Update – H1 2026 preliminary figures</h2>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Segment</th><th>Gross premiums H1 2026</th><th>Change</th><th>Key ratio</th></tr>
<tr><td>Health</td><td>EUR 1.21bn</td><td>+5.4 %</td><td>Benefit ratio 79.8 %</td></tr>
<tr><td>Life &amp; pensions</td><td>EUR 0.94bn</td><td>+1.2 %</td><td>New business margin 3.1 %</td></tr>
<tr><td>Property &amp; casualty</td><td>EUR 0.77bn</td><td>+6.9 %</td><td>Combined ratio 94.2 %</td></tr></table>
<p>Claims in daily sickness allowance rose by 7 %, mainly due to longer mental-health related absences. The new
case management unit (from 1 July) aims to shorten average claim duration by five days.</p>
<p>The full half-year report will be published on 13 August 2026 at www.veltheimer.example/investors.</p>
<p style="font-size:8pt">Veltheimer Holding AG, Investor Relations. Unsubscribe: reply with "unsubscribe".</p>"""
add('NORMAL', 'en', 'newsletter',
    'trap: investor update with segment figures (health benefit ratio, sickness claims trend), HTML table, no persons',
    frm='Veltheimer Investor Relations <ir@veltheimer.example>', to='ir-distribution@veltheimer.example',
    subj='Investor Update: preliminary H1 2026 figures', date='2026-06-26 07:00', mailer='nl',
    body=re.sub(r'<[^>]+>', ' ', _nl113).replace('&amp;', '&'), html=html_doc(_nl113, 'Investor Update'))

# ---- 0114 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
    'critical illness payout after a stroke for a named policyholder: diagnosis, hospital, neurologist\'s report, payment',
    frm=frm('wittkamp'), to='Margaret Ellison <m.ellison@inbox-ie.example>',
    cc='Robert Ellison <r.ellison@inbox-ie.example>',
    subj='Critical illness claim – policy LV 7.166.310.8 – payment', date='2026-06-29 11:03',
    body=f"""Dear Mrs Ellison,

we were very sorry to hear about your stroke in April. Thank you, and your husband, for sending the documents so quickly.

The discharge report of the Stroke Unit at Klinikum Am Südpark (ischaemic stroke in the left middle cerebral artery territory, I63.3, with right-sided weakness and speech difficulties) and the report of your neurologist Dr Aylin Toprak of 12 June confirm that the conditions of the critical illness benefit are met: the stroke has caused neurological symptoms lasting more than 24 hours and permanent deficits.

We will therefore pay the full critical illness benefit of EUR 80,000 to your account within five working days. Your policy then ends, as agreed in the contract; no further premiums are due.

We wish you all the best for your rehabilitation at Haus Sonnenhang.
{sig('wittkamp', 'en')}{footer('LV', 'en')}""")

# ---- 0115 -----------------------------------------------------------------
add('NORMAL', 'de', 'insurer-to-supplier',
    'trap: canteen menu for the health week with allergens, diabetes-friendly and gluten-free dishes; no persons',
    frm=frm('roth'), to='Küchenleitung Gourmet Campus <kueche@gourmet-campus.example>',
    subj='Menüplan Gesundheitswoche KW 30 – Abstimmung', date='2026-06-30 13:40',
    body="""Hallo Herr Ilić,

danke für den Entwurf für die Gesundheitswoche (20.–24.07.). Anmerkungen:

- Bitte an jedem Tag ein Gericht, das für Menschen mit Diabetes geeignet ist (Kennzeichnung "BE-arm"), und ein glutenfreies Gericht.
- Allergene bitte wie gewohnt nach LMIV kennzeichnen (A Gluten, G Milch, H Schalenfrüchte usw.), auch beim Salatbuffet.
- Mittwoch: statt Currywurst bitte die Linsen-Bolognese.
- Am Donnerstag ist Gesundheitstag im Foyer; die Ernährungsberaterin möchte zu jedem Gericht Kalorien und Salzgehalt aushängen.

Menükarten bitte bis 10.07. an mich.

Danke und Gruß
Stefanie Roth""")

# ---- 0116 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'glass breakage (ceramic hob) under household insurance, named customer and policy number (ISO-8859-1 body)',
    frm=frm('luettgens'), to='Monika Vollrath <monika.vollrath@postfach24.example>',
    subj='Glasbruch Ceranfeld - Schaden S-26-0624-145', date='2026-07-01 09:26',
    cs='iso-8859-1', cte='quoted-printable',
    body="""Sehr geehrte Frau Vollrath,

vielen Dank für die Fotos des gesprungenen Ceranfelds. Der Schaden ist über Ihre Glasversicherung zur Hausratversicherung HR 20-688102 gedeckt.

Wir übernehmen den Austausch der Glaskeramikplatte einschließlich Einbau durch den Kundendienst: laut Kostenvoranschlag 486,00 EUR. Bitte lassen Sie die Reparatur durchführen und schicken Sie uns die Rechnung; wir überweisen dann an Sie oder direkt an den Kundendienst - wie es Ihnen lieber ist.

Bis zur Reparatur das Kochfeld bitte nicht mehr benutzen (Stromschlaggefahr).

Mit freundlichen Grüßen

Anke Lüttgens
Sachschaden Privatkunden
Veltheimer Allgemeine Versicherung AG
Telefon 0221 4471-5230""")

# ---- 0117 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-partner',
    'grey: agenda for the reinsurer meeting with anonymised case vignettes (age and diagnosis only, no identifier)',
    frm=frm('achterberg'), to='Claire Fontaine <c.fontaine@nordsternre.example>', cc=frm('kaya'),
    subj='Agenda claims review 14 July – long-duration DSA claims', date='2026-07-02 15:45',
    body=f"""Dear Claire,

for our claims review on 14 July, here is the agenda. As agreed, we present long-duration daily sickness allowance claims as anonymised vignettes; the underlying files are not shared.

1. Portfolio trends H1 2026 (Bastian Kühl)
2. Case vignettes (Mehmet Kaya):
   - Vignette A: self-employed tradesman, age band 45-49, lumbar disc disease, 14 months, graduated return failed twice
   - Vignette B: employee, age band 30-34, depressive episode, 9 months, successful return via Hamburg model
   - Vignette C: self-employed consultant, age band 50-54, long COVID, 11 months, ongoing
3. Proposal: co-funding of case management above day 91
4. AOB

Best regards,
Ben
{sig('achterberg', 'en')}""")

# ---- 0118 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'internal',
    'recourse: KTG claims handler forwards a case to legal; insured injured by a third-party driver (whiplash, rib fractures), amounts paid',
    frm=frm('rensing'), to=frm('frerichs'),
    subj='Regress prüfen: KTG-Fall Wendel – Unfall durch Dritten', date='2026-07-03 10:18',
    body="""Hallo Lukas,

bitte einmal auf Regress prüfen (§ 86 VVG):

Versicherter: Carsten Wendel, selbständiger Dachdeckermeister, Vertrag 41-2004117-9
Unfall: 12.05.2026, Kreuzung Venloer Str./Innere Kanalstraße, Unfallgegner hat Rotlicht missachtet (laut Polizeibericht)
Verletzungen: HWS-Distorsion (S13.4), Rippenserienfraktur links (S22.42), stationär Klinikum Am Südpark 12.–16.05.
AU seit 12.05.2026, voraussichtlich bis Ende Juli

Bisher gezahlt: Krankentagegeld ab 02.06. (Karenz 21 Tage), Stand heute 3.840 EUR; Krankheitskosten stationär und ambulant rd. 9.200 EUR

Gegnerische Haftpflicht: Rheintal Assekuranz AG – Schaden-Nr. liegt mir noch nicht vor. Der Unfallgegner heißt laut Bericht Frank Overkamp, Kennzeichen BN-FO 212.

Akte ist im System für dich freigegeben.

Gruß Tobias""")

# ---- 0119 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'buildings: offer for natural-hazard cover to named homeowners with birth date, address, flood zone and premium',
    frm=frm('luettgens'), to='Familie Marquardt <marquardt.privat@rheinnet.example>',
    subj='Ihr Angebot: Elementarschadenversicherung für Im Brühl 22', date='2026-07-06 12:35',
    body=f"""Sehr geehrte Frau Marquardt, sehr geehrter Herr Marquardt,

nach den Starkregen-Ereignissen im Juni haben Sie nach einer Erweiterung Ihrer Wohngebäudeversicherung um Elementarschäden gefragt. Gern unterbreiten wir Ihnen folgendes Angebot:

Versicherungsnehmer: Thomas Marquardt, geb. 07.03.1974, und Ulrike Marquardt, geb. 25.10.1976
Risikoort: Im Brühl 22, 50999 Köln (ZÜRS-Gefährdungsklasse 2, kein Hochwasser in den letzten 10 Jahren)
Baustein: Elementar (Überschwemmung, Starkregen, Rückstau, Erdrutsch, Schneedruck)
Selbstbeteiligung: 10 % des Schadens, mindestens 500 EUR
Mehrbeitrag: 186,40 EUR jährlich

Das Angebot gilt bis 31.08.2026. Voraussetzung ist eine funktionierende Rückstausicherung im Keller.
{sig('luettgens')}{footer('AV')}""")

# ---- 0120 -----------------------------------------------------------------
_d120 = docx([('h', 'Prüfbericht IR-2026-07: Leistungsbearbeitung Krankentagegeld (Stichprobe)'),
              'Prüfungszeitraum: 01.01.–31.05.2026. Stichprobe: 40 abgeschlossene und laufende KTG-Leistungsfälle, zufällig gezogen.',
              ('table', [['Prüfpunkt', 'Befund', 'Fälle'],
                         ['AU-Bescheinigungen lückenlos', 'in Ordnung', '37 von 40'],
                         ['Karenzzeit korrekt berechnet', 'in Ordnung', '40 von 40'],
                         ['Befundbericht bei AU > 91 Tage angefordert', 'Feststellung', '6 von 9'],
                         ['Einkommensnachweis bei Selbständigen > 91 Tage', 'Feststellung', '4 von 7'],
                         ['Gesundheitsdaten in Vertragsakte/CRM', 'Feststellung', '2 von 40']]),
              'Empfehlungen: Wiedervorlage bei Tag 91 automatisieren; Schulung zu Freitextfeldern im CRM.',
              'Der Bericht enthält keine Namen oder Vertragsnummern; die Fallliste liegt ausschließlich in der Revisionsakte.'],
             title='Prüfbericht IR-2026-07', author='Interne Revision', date='2026-07-06T09:00:00Z')
add('NORMAL', 'de', 'internal',
    'trap: internal audit report on KTG claims handling (sample of 40 files, findings as counts), DOCX without names',
    frm='Interne Revision <revision@veltheimer.example>', to=[frm('oberdorf'), 'Dr. Carola Mensing <carola.mensing@veltheimer.example>'],
    cc=frm('lanz'), subj='Prüfbericht IR-2026-07 Leistung Krankentagegeld – Entwurf zur Stellungnahme', date='2026-07-07 14:00',
    body="""Sehr geehrte Frau Dr. Mensing, liebe Frau Oberdorf,

anbei der Entwurf unseres Prüfberichts zur Leistungsbearbeitung im Krankentagegeld. Wir bitten um Ihre Stellungnahme zu den drei Feststellungen bis 24.07.2026.

Die geprüften Fälle sind im Bericht nicht namentlich aufgeführt; bei Rückfragen zu einzelnen Akten sprechen Sie uns bitte direkt an.

Mit freundlichen Grüßen
Interne Revision
Veltheimer Versicherungsgruppe""",
    atts=[A('IR-2026-07_Pruefbericht_Entwurf.docx', _d120)])

# ---- 0121 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'household renewal notice to a named customer: address, sum insured, premium and masked IBAN',
    frm='Veltheimer Customer Service <service@veltheimer.example>', to='Grace Adeyemi <grace.adeyemi@mailpost.example>',
    subj='Your household insurance renews on 1 August', date='2026-07-08 06:30', mailer='kos',
    body=f"""Dear Ms Adeyemi,

your household insurance HR 20-715530 for Vondelstr. 31, 50677 Köln renews on 1 August 2026.

Sum insured: EUR 48,000 (includes underinsurance waiver)
Annual premium: EUR 113.56 (previous year EUR 109.40; index adjustment +3.8 %)
Payment: direct debit from your account DE** **** **** **** **71 34 on 1 August

You do not need to do anything. If you have bought valuable items recently (jewellery, bicycles over EUR 3,000), please check whether your sum insured is still sufficient.

Kind regards
Veltheimer Customer Service{footer('AV', 'en', disclaimer=False)}""")

# ---- 0122 -----------------------------------------------------------------
add('NORMAL', 'de', 'newsletter',
    'trap: confirmation that a newsletter subscription was cancelled; bare e-mail address, no contract or personal data',
    frm='Veltheimer Kundenmagazin <kundenmagazin@veltheimer.example>', to='g.schrader77@webpost.example',
    subj='Abmeldung bestätigt', date='2026-07-09 18:44', mailer='nl', cs='us-ascii', cte='7bit',
    headers=[('Auto-Submitted', 'auto-generated')],
    body="""Guten Tag,

Sie haben sich erfolgreich vom Kundenmagazin "Gesund leben" abgemeldet. Sie erhalten ab sofort keine Newsletter mehr an diese Adresse.

Falls Sie bei uns versichert sind, erhalten Sie vertragliche Informationen (z. B. Beitragsanpassungen) weiterhin auf dem gewohnten Weg; die Abmeldung betrifft nur das Magazin.

Falls Sie sich versehentlich abgemeldet haben, koennen Sie sich jederzeit wieder anmelden: https://www.veltheimer.example/newsletter

Ihre Veltheimer Versicherungsgruppe""")

# ---- 0123 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'KTG recovery: named self-employed insured worked during certified incapacity (shoulder), overpayment demanded, insurer IBAN',
    frm=frm('oberdorf'), to='Stefan Ruppert <info@elektro-ruppert.example>', cc='RA Dr. Till Dreher <t.dreher@dreher-voss.example>',
    subj='Rückforderung Krankentagegeld – Vertrag 41-1772093-5', date='2026-07-10 11:11',
    body=f"""Sehr geehrter Herr Ruppert,

nach dem Vergleich vor dem Landgericht Köln vom 26.06.2026 (Az. 12 O 388/25) ist der Leistungsanspruch aus Ihrem Krankentagegeld für die Zeit ab 16.09.2025 abschließend geregelt.

Wie im Verfahren festgestellt, haben Sie während der bescheinigten Arbeitsunfähigkeit wegen Ihrer Schulterbeschwerden an mehreren Tagen in Ihrem Elektrobetrieb gearbeitet. Nach dem Vergleich sind Krankentagegeld-Zahlungen für 18 Tage zurückzuzahlen:

18 Tage x 160,00 EUR = 2.880,00 EUR

Bitte überweisen Sie den Betrag bis 10.08.2026 auf unser Konto
Veltheimer Krankenversicherung AG, IBAN {iban('DE', '37050198 0001923855')}
Verwendungszweck: KT-2025-001944 Ruppert

Eine Ratenzahlung ist nach Absprache möglich. Ihr Anwalt Herr Dr. Dreher erhält diese Mail in Kopie.
{sig('oberdorf')}{footer('KV')}""")

# ---- 0124 -----------------------------------------------------------------
add('NORMAL', 'en', 'internal',
    'trap: S/MIME certificate and portal key renewal notice from IT security; encryption words, no personal data',
    frm='IT Security <it-security@veltheimer.example>', to='Mail administrators <mail-admins@veltheimer.example>',
    subj='Renewal of the domain certificate and S/MIME gateway keys – 21 July', date='2026-07-13 09:00',
    body="""Hello mail admins,

the domain certificate for veltheimer.example used by the encryption gateway expires on 31 July 2026. The renewal is scheduled for:

Tuesday, 21 July 2026, 20:00-21:00 CEST
- new domain certificate (RSA 3072) will be published in the partners' LDAP directory and on https://zertifikate.veltheimer.example
- gateway-to-gateway partners (reinsurers, hospital groups, broker pools) are informed by separate letter
- the secure portal keeps running; users will not notice anything

Please do not change TLS policies for partner domains during the maintenance window.

Checklist and rollback plan are in the change ticket CHG-2026-0733.

IT Security""")

# ---- 0125 -----------------------------------------------------------------
add('CONFIDENTIAL', 'mixed', 'insurer-to-customer',
    'bilingual motor claim for an English-speaking customer: plate, claim number, repair shop, hire car; nobody hurt',
    frm=frm('poettgen'), to='Liam Gallagher-Roth <liam.gr@kabelmail.example>',
    subj='Ihr Schaden / your claim S-26-0708-019 – K-LG 330', date='2026-07-14 16:25',
    body=f"""Hallo Herr Gallagher-Roth,

as you prefer English, I will write in both languages.

Ihr geparkter BMW 118i (K-LG 330) wurde am 08.07. vor Ihrem Haus in der Dürener Straße von einem Lieferwagen gestreift; der Fahrer hat sich gemeldet, niemand wurde verletzt. Your parked car was hit by a delivery van; the driver has admitted liability.

Since the other party is insured with us too (Kfz-Haftpflicht), we pay the full repair:
- repair at Autohaus Lindenthal, estimate EUR 2,770.00
- hire car for the repair days (category B) – you can pick it up at the workshop

Your own no-claims class is not affected. Bei Fragen einfach anrufen: 0221 4471-5120.

Viele Grüße / best regards
Dirk Pöttgen{footer('AV', 'en', disclaimer=False)}""")

# ---- 0126 -----------------------------------------------------------------
_z126 = zipb([
    ('Abrechnung_KT-2026-001022.pdf', pdf([
        '# Leistungsabrechnung Krankentagegeld und Krankenhaustagegeld', '',
        'Versicherte Person: Bernhard Gössling, geb. 28.02.1966, Vertrag 41-1208834-7',
        'Stationärer Aufenthalt: Klinikum Am Südpark, Wirbelsäulenchirurgie, 08.06.-15.06.2026',
        'Eingriff: Nukleotomie L4/L5 bei Bandscheibenvorfall mit Fußheberschwäche (M51.1, G57.3)',
        'Anschlussheilbehandlung: Rehaklinik Haus Sonnenhang, 22.06.-13.07.2026', '',
        'Krankenhaustagegeld: 8 Tage x 60,00 EUR = 480,00 EUR',
        'Krankentagegeld (Karenz 42 Tage ab 18.05.2026 abgelaufen am 28.06.2026):',
        '  29.06.-31.07.2026: 33 Tage x 130,00 EUR = 4.290,00 EUR',
        'Auszahlung gesamt: 4.770,00 EUR'], title='Abrechnung KT-2026-001022', date='20260803090000')),
    ('Zahlungen_2026.csv', csvb([['Datum', 'Art', 'Zeitraum', 'Betrag_EUR'],
                                 ['2026-06-20', 'Krankenhaustagegeld', '08.06.-15.06.', '480,00'],
                                 ['2026-08-03', 'Krankentagegeld', '29.06.-31.07.', '4290,00']], enc='windows-1252')),
], dt=(2026, 8, 3, 9, 5, 0))
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'body neutral; a ZIP holds a PDF and CSV with KTG and hospital cash for a named insured after disc surgery M51.1 and rehab',
    frm=frm('rensing'), to='Bernhard Gössling <b.goessling@rheinnet.example>',
    subj='Unterlagen zu Ihrem Vorgang', date='2026-08-03 09:22',
    body=f"""Guten Tag Herr Gössling,

wie telefonisch besprochen erhalten Sie anbei die Unterlagen als gepackte Datei.

Beste Grüße
Tobias Rensing
{sig('rensing', short=True)}""",
    atts=[A('Unterlagen_August.zip', _z126)])

# ---- 0127 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: controlling report of expert-opinion costs per assessor firm (companies only), counts of KTG examinations, XLSX',
    frm='Controlling Kranken <controlling-kv@veltheimer.example>', to=[frm('oberdorf'), frm('kaya')],
    subj='Gutachterkosten KTG 1. Halbjahr 2026', date='2026-08-04 11:00',
    body="""Hallo Frau Oberdorf, hallo Herr Kaya,

anbei die Gutachterkosten im Krankentagegeld für das erste Halbjahr. Auffällig sind die gestiegenen Kosten für psychiatrische Zusatzgutachten (Ø 1.940 EUR statt 1.480 EUR im Vorjahr).

Die Auswertung enthält nur Anzahl und Kosten je Gutachterfirma und Fachrichtung – keine Versicherten.

Viele Grüße
Controlling Kranken""",
    atts=[A('Gutachterkosten_KTG_H1-2026.xlsx', xlsx([('H1 2026', [
        ['Gutachterfirma', 'Fachrichtung', 'Anzahl Gutachten', 'Kosten gesamt EUR', 'Ø Kosten EUR', 'Ø Laufzeit Tage'],
        ['Medgutachten Rhein GmbH', 'Orthopädie', 64, 71680, 1120, 23],
        ['Medgutachten Rhein GmbH', 'Psychiatrie', 41, 79540, 1940, 31],
        ['Gutachtenzentrum Westfalen GmbH', 'Orthopädie', 22, 23100, 1050, 27],
        ['Gutachtenzentrum Westfalen GmbH', 'Innere Medizin', 11, 12650, 1150, 25],
        ['Sozialmedizin Bergisch Land MVZ', 'Neurologie', 9, 11700, 1300, 35],
        ['Summe', '', 147, 198670, 1351, 27]])], title='Gutachterkosten H1 2026', author='Controlling',
        date='2026-08-04T08:30:00Z'))])

# ---- 0128 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'personal liability: customer\'s bicycle scratched a parked car; named parties, plate, claim number; no injury',
    frm=frm('brinkmann'), to='Jonas Weißenfels <jonas.weissenfels@mail-online.example>',
    subj='Haftpflichtschaden H-26-0728-066 – Kratzer am Pkw von Frau Tillmanns', date='2026-08-05 10:05',
    body=f"""Hallo Herr Weißenfels,

danke für Ihre Schilderung: Sie sind am 27.07. mit dem Fahrrad in der Körnerstraße an einem Lieferwagen vorbeigefahren und dabei mit dem Lenker am geparkten Mazda von Frau Petra Tillmanns (K-PT 611) entlanggeschrammt. Verletzt wurde niemand.

Frau Tillmanns hat uns einen Kostenvoranschlag über 1.064,90 EUR für Lackierarbeiten an Fahrertür und hinterem Kotflügel geschickt. Das ist plausibel; wir zahlen aus Ihrer Privathaftpflicht (PH 40-612278) direkt an Frau Tillmanns. Eine Selbstbeteiligung haben Sie nicht vereinbart.

Ein Tipp fürs nächste Mal: Bitte geben Sie Ihren Namen und Ihre Versicherung auch dann an, wenn der Halter nicht vor Ort ist – Sie haben das vorbildlich mit einem Zettel gemacht.
{sig('brinkmann')}{footer('AV', disclaimer=False)}""")

# ---- 0129 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-partner',
    'grey: monthly service invoice query with the assistance partner: corporate IBAN and case counts only, no patient data',
    frm=frm('benning'), to='Accounts GlobalAssist 24 <accounts@globalassist24.example>',
    subj='Invoice GA-2026-07-0418 – question on position 3', date='2026-08-06 14:33',
    body=f"""Dear accounts team,

thank you for invoice GA-2026-07-0418 for July 2026 (EUR 48,215.00). Positions 1, 2 and 4 are fine:

1. 24/7 hotline flat fee: EUR 21,000.00
2. Medical case handling, 312 cases at EUR 55: EUR 17,160.00
4. Repatriation coordination, 6 cases: EUR 5,400.00

Position 3 ("guarantee of payment handling, 93 cases") does not match our records – we count 87 guarantees issued in July. Could you send us the case references (reference numbers only, please, no names or diagnoses) through the partner portal?

We will pay the undisputed amount of EUR 43,560.00 this week to your account GlobalAssist 24 GmbH, IBAN {iban('DE', '37050198 0017765004')}.

Kind regards
Laura Benning
Travel Insurance, Veltheimer Allgemeine Versicherung AG""")

# ---- 0130 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-applicant',
    'KTG application underwriting: surcharge and exclusion for a named applicant because of asthma and earlier back pain treatment',
    frm=frm('schaaf'), to='Felix Brandhorst <felix@brandhorst-fotografie.example>',
    cc='Marco Berger <m.berger@finanzkontor-berger.example>',
    subj='Ihr Antrag auf Krankentagegeld – unser Angebot mit Sondervereinbarung', date='2026-08-07 09:40',
    body=f"""Sehr geehrter Herr Brandhorst,

vielen Dank für Ihren Antrag auf Krankentagegeld (Tarif KT 43 S, 120 EUR täglich) über Ihren Makler, Herrn Berger.

Nach Prüfung Ihrer Gesundheitsangaben können wir Ihnen den Vertrag mit folgender Sondervereinbarung anbieten:

1. Wegen des allergischen Asthma bronchiale (J45.0, Dauermedikation mit Budesonid/Formoterol) erheben wir einen Risikozuschlag von 25 % auf den Tarifbeitrag.
2. Für Arbeitsunfähigkeit wegen Erkrankungen der Lendenwirbelsäule (Behandlung 2024 wegen Lumboischialgie, 14 Sitzungen Physiotherapie) vereinbaren wir einen Leistungsausschluss. Der Ausschluss kann auf Ihren Antrag nach drei beschwerdefreien Jahren überprüft werden.

Monatsbeitrag: 47,93 EUR statt 38,34 EUR.

Bitte teilen Sie uns innerhalb von vier Wochen mit, ob Sie das Angebot annehmen. Ihr Makler erhält diese Nachricht mit Ihrem Einverständnis in Kopie.
{sig('schaaf')}{footer('KV')}""")

# ---- 0131 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'travel: rental car excess claim in Portugal, named customer, rental agreement, damage and reimbursement',
    frm=frm('benning'), to='Hannah Schwarz <hannah.schwarz@webpost.example>',
    subj='Rental car excess – claim R-26-0801-014', date='2026-08-10 13:12',
    body=f"""Dear Ms Schwarz,

the rental company in Faro charged you EUR 950 from your excess after a scraped bumper on the rental car (agreement no. FAO-2207719, Renault Clio, 18-29 July 2026).

Your rental car excess cover under travel policy RV 55-840092 reimburses the excess up to EUR 1,500. We have checked the damage report and the credit card statement and will transfer EUR 950.00 to your account within a few days.

No one was hurt, and the rental company has not raised any further claims. If they do, please forward them to us.
{sig('benning', 'en')}{footer('AV', 'en', disclaimer=False)}""")

# ---- 0132 -----------------------------------------------------------------
_html132 = html_doc("""<h1>Graduated return to work in Germany – information for employers</h1>
<p>This leaflet explains how the graduated return to work ("Hamburg model") works when an employee has private daily
sickness allowance with Veltheimer. It does not refer to any particular employee.</p>
<h2>How it works</h2>
<ol><li>The treating doctor proposes a plan (e.g. 2 weeks at 4 hours, 2 weeks at 6 hours).</li>
<li>Employee, employer and doctor sign the plan. The employee remains on sick leave during the plan.</li>
<li>The employer does not have to pay salary; the daily sickness allowance continues.</li></ol>
<h2>What we need</h2>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Document</th><th>From</th><th>When</th></tr>
<tr><td>Signed reintegration plan</td><td>employee</td><td>before the start</td></tr>
<tr><td>Certificate of incapacity for the plan period</td><td>doctor</td><td>before the start</td></tr>
<tr><td>Confirmation of hours worked</td><td>employer</td><td>monthly</td></tr></table>
<p>Employees send health documents directly to us – employers never need to see diagnoses.</p>
<p>Veltheimer Krankenversicherung AG – www.veltheimer.example/wiedereingliederung</p>""", 'Graduated return to work')
add('NORMAL', 'en', 'insurer-to-company',
    'trap: general leaflet (HTML attachment) for an employer\'s HR on graduated return to work; no employee referred to',
    frm=frm('kaya'), to='Sarah Whitfield <s.whitfield@northlight-software.example>',
    subj='Employer information: graduated return to work', date='2026-08-11 10:30',
    body=f"""Dear Sarah,

you asked for general information you can give your line managers about graduated returns to work. The attached HTML leaflet is what we give all employers; feel free to put it on your intranet.

It deliberately does not contain anything about individual employees.
{sig('kaya', 'en')}""",
    atts=[A('Graduated_return_to_work_employers.html', _html132.encode('utf-8'), charset='utf-8')])

# ---- 0133 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-lawyer',
    'to the insured\'s solicitor: medical evidence list in an income protection dispute (depression, day clinic, GP records)',
    frm=frm('frerichs'), to='Siobhan Clarke <s.clarke@clarke-solicitors.example>',
    subj='Mr Aidan Mulcahy v Veltheimer Lebensversicherung AG – medical evidence', date='2026-08-12 15:50',
    body=f"""Dear Ms Clarke,

thank you for your letter of 30 July on behalf of your client Mr Aidan Mulcahy concerning his occupational disability claim under policy LV 7.118.204.5.

To clarify our position: we have not rejected the claim. We are still waiting for evidence we requested in February. Specifically, our file contains:

1. Report of Dr J.-H. Sauer, psychiatrist, dated 9 February 2026 (severe depressive episode, F32.2, sertraline 150 mg, weekly psychotherapy)
2. Discharge letter of the day clinic Köln-Ehrenfeld (October-December 2025) – received 30 March 2026
3. Records of his previous GP in Dublin (2019-2024) – still missing; your client withdrew his consent on 2 May

Without item 3 we cannot assess whether the depressive disorder existed before the policy started in 2022, which your client answered "no" to in the application.

If your client renews his consent, we will decide within four weeks of receiving the records.
{sig('frerichs', 'en')}{footer('LV', 'en')}""")

# ---- 0134 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'internal',
    'payroll confirms a named employee\'s new bank account (IBAN) and tax class change; no health data (windows-1252)',
    frm=frm('overbeck'), to='Jasmin Ohlert <jasmin.ohlert@veltheimer.example>',
    subj='Änderung Bankverbindung und Steuerklasse', date='2026-08-13 08:45', cs='windows-1252', cte='quoted-printable',
    body=f"""Hallo Frau Ohlert,

Ihre Änderungen sind erfasst und gelten ab der Abrechnung August:

Neue Bankverbindung: {iban('DE', '37050198 1934452107')} (Sparkasse KölnBonn laut Ihrer Angabe)
Steuerklasse: von I auf IV (nach Heirat am 18.07.2026) – die ELStAM-Daten des Finanzamts liegen uns vor
Neuer Nachname: Ohlert-Baran (wie gewünscht ab 01.09. auch in E-Mail-Adresse und Telefonbuch)

Herzlichen Glückwunsch zur Hochzeit!

Viele Grüße
Nils Overbeck
Entgeltabrechnung – Durchwahl 1195""")

# ---- 0135 -----------------------------------------------------------------
_p135 = pdf(['# Beitragsanpassung Krankentagegeld zum 01.01.2027 - Begründung (Entwurf)', '',
             'Auslösender Faktor: Versicherungsleistungen Tarifgruppe KT S (Selbständige)',
             'Gegenüberstellung erforderliche / kalkulierte Leistungen: 1,12 (Schwellenwert 1,10)', '',
             '# Ursachen',
             '- längere Leistungsdauer bei psychischen Erkrankungen (Ø +9 Tage ggü. Kalkulation)',
             '- höhere versicherte Tagessätze in Berufsgruppe 1',
             '- weniger erfolgreiche Wiedereingliederungen bei Selbständigen über 50',
             '# Anpassung',
             'Beitragserhöhung KT 43 S im Mittel +6,8 %, KT 21 S +8,1 %, KT 92 S +3,2 %',
             'Limitierung aus RfB für Versicherte ab 60 Jahren: max. +5 %',
             '# Hinweis',
             'Alle Werte sind Bestandsdurchschnitte; personenbezogene Daten sind nicht enthalten.',
             'Vorlage an den Treuhänder: 15.09.2026'], title='Beitragsanpassung KTG 2027', date='20260814100000')
add('NORMAL', 'de', 'internal',
    'trap: draft justification of the 2027 KTG premium increase (triggering factor, mental-health durations), PDF, averages only',
    frm=frm('kuehl'), to='Vorstandsbüro <vorstandsbuero@veltheimer.example>', cc=frm('oberdorf'),
    subj='Entwurf Begründung BAP KTG 2027 – vertraulich bis Treuhändervorlage', date='2026-08-14 17:20',
    body="""Sehr geehrte Damen und Herren,

anbei der Entwurf der Begründung für die Beitragsanpassung im Krankentagegeld zum 01.01.2027 für die Vorstandssitzung am 25.08.

Bitte noch nicht an Vertrieb oder Makler kommunizieren; die Anpassung steht unter dem Vorbehalt der Zustimmung des Treuhänders.

Mit freundlichen Grüßen
Dr. Bastian Kühl
Verantwortlicher Aktuar Kranken""",
    atts=[A('BAP_KTG_2027_Begruendung_Entwurf.pdf', _p135)])

# ---- 0136 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'KTG top-up for an employee with statutory sickness benefit: named insured, shoulder surgery, request for Krankengeld statement (ISO-8859-1)',
    frm=frm('rensing'), to='Sabine Kettwig <s.kettwig@t-net.example>',
    subj='Krankentagegeld ergänzend zum Krankengeld - Vertrag 41-3120056-1', date='2026-08-17 10:14',
    cs='iso-8859-1', cte='quoted-printable',
    body="""Sehr geehrte Frau Kettwig,

vielen Dank für Ihre Nachricht. Sie sind seit der Operation an der rechten Schulter (Rotatorenmanschetten-Rekonstruktion am 22.06.2026) arbeitsunfähig; Ihr Arbeitgeber hat das Gehalt sechs Wochen weitergezahlt, seit 03.08.2026 bekommen Sie Krankengeld von Ihrer BKK.

Ihr Tarif KT 43 A ergänzt das Krankengeld: Wir zahlen ab dem 43. Tag 40,00 EUR täglich, also ab 03.08.2026.

Dafür brauchen wir:
1. die Krankengeldbescheinigung (Zahlschein) Ihrer BKK mit dem Zeitraum, für den Krankengeld gezahlt wurde - jeweils monatlich,
2. keine eigene AU-Bescheinigung, solange die BKK Krankengeld zahlt.

Wenn Ihre Orthopädin eine stufenweise Wiedereingliederung empfiehlt, zahlen wir in dieser Zeit weiter, solange die BKK ebenfalls zahlt.

Mit freundlichen Grüßen

Tobias Rensing
Leistungsprüfung Krankentagegeld
Veltheimer Krankenversicherung AG
Telefon 0221 4471-3324""")

# ---- 0137 -----------------------------------------------------------------
add('CONFIDENTIAL', 'en', 'insurer-to-customer',
    'pet health insurance: cruciate ligament surgery of a named customer\'s dog, vet invoice and reimbursement (animal health only)',
    frm=frm('nowak'), to='Rebecca Thornton <rebecca.thornton@mailpost.example>',
    subj='Your dog insurance claim T-26-0805-031 – "Maple"', date='2026-08-18 11:48',
    body=f"""Dear Ms Thornton,

we have settled the invoice of the Tierklinik am Stadtwald for Maple's cruciate ligament surgery (TPLO, right hind leg) on 5 August 2026:

Invoice: EUR 3,412.80 (GOT 4-fold rate, surgery, anaesthesia, X-rays, 2 nights inpatient, medication)
Covered under your dog health policy TK 48-103391 (surgery cover, 80 % after excess of EUR 250): EUR 2,530.24

The amount will be paid to your account ending 0912. Physiotherapy for Maple is covered up to EUR 300 per year – just send us the invoices.

Get well soon, Maple!
{sig('nowak', 'en')}{footer('AV', 'en', disclaimer=False)}""")

# ---- 0138 -----------------------------------------------------------------
add('NORMAL', 'en', 'internal',
    'trap: HR dashboard of own staff\'s sickness absence rate per division (aggregated, small units merged), no names',
    frm=frm('sondermann'), to='Management Team <management@veltheimer.example>',
    subj='HR dashboard Q2 2026: absence rates by division', date='2026-08-19 16:00',
    body="""Dear all,

here are the Q2 2026 sickness absence figures for Veltheimer's own staff (Cologne site):

Division                      Headcount   Absence rate Q2   Q2 2025
Claims Health                 214         6.1 %             5.4 %
Claims P&C                    166         5.2 %             5.6 %
Customer Service              122         7.4 %             7.9 %
IT                             98         3.9 %             4.1 %
Sales & Broker Support         87         4.4 %             4.0 %
Other (merged, units < 20)    141         4.8 %             5.1 %

Long-term absences (> 6 weeks) started 19 BEM procedures in H1; 12 accepted. Figures are aggregated; units with fewer than 20 staff are merged so that no individual can be identified.

Petra Sondermann
HR""")

# ---- 0139 -----------------------------------------------------------------
add('NORMAL', 'de', 'insurer-to-authority',
    'trap: proposal to a company health insurance fund for a data-exchange agreement on sickness benefit statements; no persons',
    frm=frm('oberdorf'), to='Leistungsabteilung BKK Feldmark <leistung@bkk-feldmark.example>',
    subj='Vorschlag: elektronischer Austausch von Krankengeldbescheinigungen (mit Einwilligung)', date='2026-08-20 09:55',
    body=f"""Sehr geehrte Damen und Herren,

viele Ihrer Versicherten haben bei uns ein ergänzendes Krankentagegeld. Für die Zahlung brauchen wir regelmäßig die Bescheinigung über den Krankengeldbezug, die Ihre Versicherten heute in Papierform bei Ihnen anfordern und an uns weiterschicken.

Wir schlagen deshalb vor:
1. Mit schriftlicher Einwilligung der versicherten Person senden Sie die Bescheinigung direkt an uns.
2. Übertragung ausschließlich verschlüsselt (S/MIME mit unserem Domänenzertifikat oder über unser SecureMail-Portal).
3. Gegenseitige Vereinbarung zum Datenschutz (Muster im Anhang folgt nach Ihrer grundsätzlichen Zustimmung).

Über einen Gesprächstermin im September würden wir uns freuen.
{sig('oberdorf')}{footer('KV')}""")

# ---- 0140 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-broker',
    'trap: broker info on topping up statutory sickness benefit for employees, worked example with a fictitious model customer',
    frm=frm('vogelsang'), to='Oliver Hughes <oliver.hughes@meridian-expat.example>',
    subj='Daily sickness allowance for employees – how the top-up works (worked example)', date='2026-08-21 12:20',
    body="""Hi Oliver,

as promised, the worked example for your expat employees with statutory health insurance. The person is a fictitious model customer:

Model customer "Alex Example" (fictitious), gross salary EUR 6,500/month, net EUR 4,050/month
- Weeks 1-6: employer continues full pay
- From week 7: statutory sickness benefit (Krankengeld) = 70 % of gross, capped at the contribution ceiling, max. 90 % of net → approx. EUR 3,650/month after social security deductions
- Gap to net salary: approx. EUR 400/month, i.e. EUR 13-14 per day
- Recommended top-up: KT 43 A with EUR 15/day, premium from approx. EUR 4.50/month depending on age and health

For the self-employed the picture is different – no employer pay, no statutory benefit unless opted in – so they need a full daily allowance from day 15, 22 or 43.

Happy to run through real quotes via the broker portal.

Best
Katrin""")

# ---- 0141 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'motor partial cover: collision with a deer, named customer, plate, hunter\'s certificate, repair settlement; no injuries',
    frm=frm('poettgen'), to='Heinz-Josef Pützer <hj.puetzer@rheinnet.example>',
    subj='Wildschaden vom 12.08.2026 – Ihr Fahrzeug EU-HP 48', date='2026-08-24 08:31',
    body=f"""Guten Morgen Herr Pützer,

die Wildunfallbescheinigung des Jagdpächters (Herr Kaspar Roggendorf, Revier Kommern) liegt uns vor, ebenso die Fotos und der Kostenvoranschlag der Werkstatt Schmitz & Söhne.

Ihr Audi A4 Avant (EU-HP 48) ist auf der L 11 bei Mechernich mit einem Reh zusammengestoßen; Sie blieben unverletzt. Wir übernehmen aus Ihrer Teilkasko (KF-88 1184 72):

Reparatur Frontschürze, Scheinwerfer rechts, Kühlergrill: 3.318,47 EUR
abzgl. Selbstbeteiligung 150,00 EUR
Zahlung an die Werkstatt: 3.168,47 EUR

Ein Wildschaden hat keinen Einfluss auf Ihre Schadenfreiheitsklasse.
{sig('poettgen')}{footer('AV')}""")

# ---- 0142 -----------------------------------------------------------------
add('NORMAL', 'en', 'insurer-to-supplier',
    'trap: scope of a penetration test for the secure portal (health documents upload), synthetic accounts only',
    frm=frm('weidemann'), to='Offensive Team Redline <engagements@redline-security.example>',
    subj='Pentest scope SecureMail portal – engagement RL-2026-044', date='2026-08-25 14:05',
    body="""Hi team,

confirming the scope for the penetration test of our SecureMail portal:

In scope
- https://securemail.veltheimer.example (customer mailbox, upload of sick notes and medical invoices, password reset with security question)
- https://makler.veltheimer.example (broker portal, firm administrator functions, BiPRO document download)

Out of scope
- production customer data: you get 20 synthetic test accounts (fictitious persons, e.g. "Erika Testfrau") and dummy PDFs
- denial of service

Window: 7-18 September 2026, 08:00-18:00 CEST. Findings rated high or critical must be reported by phone within 24 hours.

Regards
Jonas Weidemann
IT Service""")

# ---- 0143 -----------------------------------------------------------------
_in143 = message(frm='Dr. Helmut Zarges <h.zarges@zarges-insolvenz.example>',
                 to='Geschäftsführung Brightwater Analytics <gf@brightwater-analytics.example>',
                 subj='Inanspruchnahme der Geschäftsführung – Schadenersatz', date='2026-08-20 10:00', key='inner143', mailer='tb', mid='<zarges.20260820100000.4471@zarges-insolvenz.example>',
                 body="""Sehr geehrte Frau Raman, sehr geehrter Herr Tim Schuster,

als Insolvenzverwalter der Datalake Solutions GmbH (AG Köln, 73 IN 112/26) nehme ich Sie als frühere Beiratsmitglieder wegen der Freigabe der Zahlungen vom März 2026 auf Schadenersatz in Höhe von 412.000 EUR in Anspruch.

Ich bitte um Anerkenntnis bis 15.09.2026.

Dr. Helmut Zarges, Rechtsanwalt""")
add('CONFIDENTIAL', 'en', 'insurer-to-company',
    'D&O notification: claim letter against two named directors attached as .eml, policy and amount; no health data',
    frm=frm('albers'), to='Priya Raman <p.raman@brightwater-analytics.example>', cc='Oliver Hughes <oliver.hughes@meridian-expat.example>',
    subj='D&O policy DO 62-004410 – claim by the insolvency administrator, our ref. DO-26-0821-001', date='2026-08-26 16:40',
    body=f"""Dear Ms Raman,

thank you for forwarding the letter of the insolvency administrator Dr Zarges (attached again for the file). We have registered the claim against you and Mr Tim Schuster under the D&O policy of Brightwater Analytics GmbH (DO 62-004410, limit EUR 2m).

Please do not acknowledge the claim or make any payment. We will appoint defence counsel (Kanzlei Dreher Voss) at our cost, subject to the usual reservation of rights, and will contact you next week for a meeting.
{sig('albers', 'en')}{footer('AV', 'en')}""",
    atts=[EML('Inanspruchnahme Geschaeftsfuehrung.eml', _in143)])

# ---- 0144 -----------------------------------------------------------------
add('NORMAL', 'de', 'newsletter',
    'trap: HTML-only event invitation "Unternehmerfrühstück: Absicherung bei Krankheit für Selbständige", no persons',
    frm='Veltheimer Veranstaltungen <events@veltheimer.example>', to='unternehmerfruehstueck@veltheimer.example',
    subj='Einladung: Unternehmerfrühstück "Was, wenn ich krank werde?" am 24.09.', date='2026-08-27 07:45', mailer='nl',
    headers=[('List-Unsubscribe', '<https://www.veltheimer.example/events/abmelden>')],
    body=None, cte='base64', html=html_doc("""<h1>Was, wenn ich krank werde?</h1>
<p>Unternehmerfrühstück für Selbständige, Handwerksbetriebe und Freiberufler</p>
<table cellpadding="6"><tr><td><b>Wann</b></td><td>Donnerstag, 24. September 2026, 8:00–10:00 Uhr</td></tr>
<tr><td><b>Wo</b></td><td>Veltheimer Forum, Veltheimer Platz 1, Köln</td></tr></table>
<h2>Programm</h2>
<ul><li>Krankentagegeld, Karenzzeit, Einkommensnachweis – was Selbständige wissen müssen</li>
<li>Berufsunfähigkeit vs. Krankentagegeld: Wo liegt die Grenze?</li>
<li>Erfahrungsbericht eines Dachdeckermeisters: Zurück in den Betrieb nach dem Bandscheibenvorfall (Vortrag mit seiner Zustimmung, ohne medizinische Details)</li></ul>
<p><a href="https://www.veltheimer.example/events/fruehstueck-2026">Jetzt anmelden</a> – die Teilnahme ist kostenlos.</p>
<p style="font-size:8pt">Veltheimer Versicherungsgruppe · <a href="https://www.veltheimer.example/events/abmelden">Abmelden</a></p>""",
    'Unternehmerfrühstück'))

# ---- 0145 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'en', 'insurer-to-customer',
    'base64 body: approval of a rehab stay and phased return for a named member with post-viral fatigue (long COVID)',
    frm=frm('moore'), to='Joanne Tierney <joanne.tierney@homemail-uk.example>',
    subj='Your rehabilitation programme – approval', date='2026-08-28 11:22', cte='base64',
    body=f"""Dear Ms Tierney,

thank you for sending Dr Marsh's referral. I am pleased to confirm that we will cover the 3-week inpatient rehabilitation programme for post-viral fatigue (G93.3) at the Rehaklinik Haus Sonnenhang, starting 14 September 2026:

- Accommodation and treatment (pacing training, graded activity, breathing therapy, psychological support): fully covered
- Travel Bristol-Cologne and back: up to EUR 400
- Your daily sickness benefit continues during the stay

After discharge, the clinic will suggest a phased return to your job as a project engineer. Your employer has already told us that a start at 3 hours a day from home would be possible. Please send us the plan once it is agreed; the benefit continues pro rata during the phased return.

I hope the programme helps. Take care.
{sig('moore', 'en')}{footer('KV', 'en')}""")

# ---- 0146 -----------------------------------------------------------------
add('NORMAL', 'de', 'internal',
    'trap: data-protection lessons-learned about a misdirected AU certificate, fully anonymised, no recipient or insured named',
    frm=frm('lanz'), to='Leistung Kranken <leistung-kv-alle@veltheimer.example>',
    subj='Lessons learned: Fehlversand einer AU-Bescheinigung im Juli', date='2026-08-31 10:10',
    body="""Liebe Kolleginnen und Kollegen,

im Juli ist eine Arbeitsunfähigkeitsbescheinigung per E-Mail an einen falschen Empfänger gegangen: Die Adresse wurde von der Autovervollständigung in Outlook vorgeschlagen, der Nachname war identisch. Die betroffene Person und die Aufsichtsbehörde wurden informiert, der Empfänger hat die Löschung bestätigt.

Was wir daraus lernen:
1. Gesundheitsdaten gehen nie unverschlüsselt per E-Mail raus – auch nicht "nur kurz" an die Kundin.
2. Autovervollständigung für externe Adressen ist ab 01.09. abgeschaltet.
3. Vor dem Versand: Empfänger prüfen, Anhang prüfen, Betreff ohne Diagnose und ohne Namen.

Die Details des Falls nennen wir bewusst nicht. Wer Fragen hat, meldet sich bei mir.

Friederike Lanz
Datenschutzbeauftragte""")

# ---- 0147 -----------------------------------------------------------------
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'personal liability: washing-machine leak damaged the flat below, named customer and neighbour, claim and amounts',
    frm=frm('brinkmann'), to='Yvonne Stratmann <yvonne.stratmann@kabelmail.example>',
    subj='AW: Wasserschaden bei Familie Quirrenbach – H-26-0819-102', date='2026-09-01 15:35',
    irt='<ys-0829@kabelmail.example>',
    body=f"""Hallo Frau Stratmann,

vielen Dank für die Rückmeldung. Der Schlauch Ihrer Waschmaschine ist am 19.08. geplatzt, das Wasser ist in die darunterliegende Wohnung von Familie Quirrenbach gelaufen (Zülpicher Platz 9, 2. OG).

Aus Ihrer Privathaftpflicht (PH 40-590133) übernehmen wir die Schäden an der Einrichtung der Familie Quirrenbach: beschädigte Deckenleuchte, Bücherregal und Teppich, zusammen 1.380,00 EUR laut Aufstellung. Die Gebäudeschäden (Decke, Tapete) reguliert die Wohngebäudeversicherung Ihres Vermieters.

Ihre eigene Waschmaschine ist leider nicht über die Haftpflicht versichert.

Gruß
Holger Brinkmann

> Hallo Herr Brinkmann, anbei die Lsite von Fr. Quirrenbach. Die Hausverwaltung hat
> die Decke schon gemeldet. Gruß Y. Stratmann
{footer('AV', disclaimer=False)}""")

# ---- 0148 -----------------------------------------------------------------
add('NORMAL', 'mixed', 'insurer-to-supplier',
    'trap: test data for the portal developers, fictitious persons and the published example IBAN, German/English',
    frm=frm('weidemann'), to='Dev Team Nearshore <dev@pixelforge-porto.example>',
    subj='Testdaten KTG-Upload / test data for sick note upload (sprint 42)', date='2026-09-02 11:05',
    body=f"""Olá team, hallo zusammen,

for sprint 42 (upload of sick notes in the customer portal) please use only the following test data – niemals echte Kundendaten aus der Produktion:

Test customer 1: Max Mustermann (fiktiv), born 01.01.1980, contract 99-0000001-0, tariff KT 43 S, daily rate EUR 100
Test customer 2: Erika Musterfrau (fiktiv), born 12.08.1964, contract 99-0000002-8, tariff KT 43 A
Test IBAN (the published standard example): {iban('DE', '37040044 0532013000')}
Test diagnosis on the dummy PDF: "Z00.0 Allgemeine Untersuchung" – only to test the OCR field mapping

The dummy PDFs are in the repository under /testdata/au-bescheinigungen/. Bitte keine Screenshots mit echten Daten in Jira hochladen.

Obrigado & danke!
Jonas""")

# ---- 0149 -----------------------------------------------------------------
_h149 = td([['Position', 'Betrag'], ['Wohngebäude (gleitender Neuwert)', '612,40 EUR'],
            ['Elementar (ab 01.09.2026)', '186,40 EUR'], ['Versicherungsteuer 19 %', '151,77 EUR'],
            ['<b>Jahresbeitrag</b>', '<b>950,57 EUR</b>']])
add('CONFIDENTIAL', 'de', 'insurer-to-customer',
    'buildings premium invoice for named homeowners with address, amounts and IBAN for the direct debit, HTML table',
    frm='Veltheimer Beitragsservice <beitragsservice@veltheimer.example>', to='Familie Marquardt <marquardt.privat@rheinnet.example>',
    subj='Ihre Beitragsrechnung Wohngebäude WG 30-118045', date='2026-09-03 06:15', mailer='kos',
    body=f"""Sehr geehrte Frau Marquardt, sehr geehrter Herr Marquardt,

mit Einschluss der Elementarschadenversicherung ab 01.09.2026 ändert sich Ihr Beitrag für das Haus Im Brühl 22, 50999 Köln:

Wohngebäude (gleitender Neuwert)  612,40 EUR
Elementar (ab 01.09.2026)         186,40 EUR
Versicherungsteuer 19 %           151,77 EUR
Jahresbeitrag                     950,57 EUR

Wir buchen den Betrag am 15.09.2026 von Ihrem Konto {iban('DE', '38060500 0001234560')} ab (Mandatsreferenz VWG30118045-01).

Ihr Veltheimer Beitragsservice""",
    html=html_doc(f"""<p>Sehr geehrte Frau Marquardt, sehr geehrter Herr Marquardt,</p>
<p>mit Einschluss der Elementarschadenversicherung ab 01.09.2026 ändert sich Ihr Beitrag für das Haus Im Brühl 22, 50999 Köln:</p>
{_h149}
<p>Wir buchen den Betrag am 15.09.2026 von Ihrem Konto {iban('DE', '38060500 0001234560')} ab (Mandatsreferenz VWG30118045-01).</p>
<p>Ihr Veltheimer Beitragsservice</p>""", 'Beitragsrechnung'))

# ---- 0150 -----------------------------------------------------------------
add('STRICTLY_CONFIDENTIAL', 'de', 'insurer-to-customer',
    'end of a KTG claim after recovery of a named self-employed roofer (fractures after the accident), final payment; format=flowed',
    frm=frm('rensing'), to='Carsten Wendel <c.wendel@wendel-dachbau.example>',
    subj='Abschluss Ihres Leistungsfalls Krankentagegeld', date='2026-09-04 14:48', mailer='tb', cte='8bit', flowed=True,
    body=f"""Hallo Herr Wendel,

schön, dass Sie wieder auf dem Dach stehen! Ihre Gesundmeldung von Dr. Weber zum 31.08.2026 liegt uns vor. Damit schließen wir den Leistungsfall nach Ihrem Unfall vom 12.05. (Rippenserienfraktur, HWS-Distorsion) ab.

Schlussabrechnung:
  01.08.–31.08.2026: 31 Tage x 120,00 EUR = 3.720,00 EUR
  insgesamt in diesem Leistungsfall: 11.160,00 EUR

Die Überweisung erfolgt auf Ihr bekanntes Konto. Die Ansprüche gegen den Unfallverursacher macht unsere Rechtsabteilung direkt geltend – Sie müssen dafür nichts weiter tun, bitte leiten Sie uns aber Post der Rheintal Assekuranz weiter.

Und noch ein Hinweis: Ihr Beitrag ist während der Leistung weitergelaufen; eine Beitragsbefreiung gibt es in Ihrem Tarif nicht.

Viele Grüße
Tobias Rensing
-- 
Tobias Rensing | Leistungsprüfung Krankentagegeld
Veltheimer Krankenversicherung AG | 0221 4471-3324""")


# ==========================================================================
# build and check
# ==========================================================================

ALLOWED_CS = {'utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'}
EXPECT = {'NORMAL': 60, 'CONFIDENTIAL': 45, 'STRICTLY_CONFIDENTIAL': 45}


def build_all():
    out = {}
    rows = ['file\tlabel\tlang\tkind\treason']
    for n, label, lang, kind, reason, kw in MAILS:
        fn = f'{PREFIX}{n:04d}.eml'
        out['mails/' + fn] = message(**kw).as_bytes(policy=POL)
        assert '\t' not in reason and '\n' not in reason, fn
        rows.append(f'{fn}\t{label}\t{lang}\t{kind}\t{reason}')
    out['labels.tsv'] = ('\n'.join(rows) + '\n').encode('utf-8')
    return out


def write():
    os.makedirs(os.path.join(HERE, 'mails'), exist_ok=True)
    for name, data in build_all().items():
        with open(os.path.join(HERE, name), 'wb') as f:
            f.write(data)
    print(f'wrote {len(MAILS)} mails and labels.tsv')


# ---- checking helpers ----------------------------------------------------

class _HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, d):
        self.parts.append(d)


def html_text(s):
    p = _HTMLText()
    p.feed(s)
    p.close()
    return ' '.join(p.parts)


def pdf_text(b):
    assert b.startswith(b'%PDF-'), 'no PDF header'
    assert b.rstrip().endswith(b'%%EOF'), 'no %%EOF'
    sx = int(re.search(rb'startxref\s+(\d+)', b).group(1))
    assert b[sx:sx + 4] == b'xref', 'startxref does not point to xref'
    # every xref entry points to its object
    m = re.search(rb'xref\n0 (\d+)\n', b)
    n = int(m.group(1))
    entries = b[m.end():m.end() + 20 * n].split(b'\n')
    for i in range(1, n):
        off = int(entries[i][:10])
        assert b[off:].startswith(b'%d 0 obj' % i), f'xref offset of object {i} wrong'
    txt = []
    for sm in re.finditer(rb'<<([^>]*?)>>\nstream\n', b):
        ln = int(re.search(rb'/Length (\d+)', sm.group(1)).group(1))
        data = b[sm.end():sm.end() + ln]
        assert b[sm.end() + ln:sm.end() + ln + 10] == b'\nendstream', 'stream length wrong'
        if b'/FlateDecode' in sm.group(1):
            data = zlib.decompress(data)
        for t in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', data):
            s = re.sub(rb'\\(.)', rb'\1', t.group(1))
            txt.append(s.decode('cp1252'))
    text = '\n'.join(txt)
    assert text.strip(), 'PDF without text layer'
    return text


def xml_texts(z, names):
    out = []
    for nm in names:
        root = ET.fromstring(z.read(nm))
        out.append(' '.join(t for t in root.itertext()))
    return '\n'.join(out)


def open_attachment(fn, data, ctype, charset=None, depth=0):
    """Open an attachment by its type and return its text."""
    ext = fn.rsplit('.', 1)[-1].lower()
    if ext == 'pdf':
        return pdf_text(data)
    if ext in ('docx', 'xlsx', 'odt', 'ods', 'zip'):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, f'{fn}: CRC error'
        names = z.namelist()
        if ext == 'docx':
            assert 'word/document.xml' in names and '[Content_Types].xml' in names
            return xml_texts(z, [x for x in names if x.endswith('.xml') or x.endswith('.rels')])
        if ext == 'xlsx':
            assert 'xl/workbook.xml' in names and '[Content_Types].xml' in names
            return xml_texts(z, [x for x in names if x.endswith('.xml') or x.endswith('.rels')])
        if ext in ('odt', 'ods'):
            assert names[0] == 'mimetype' and z.getinfo('mimetype').compress_type == zipfile.ZIP_STORED
            mt = z.read('mimetype').decode()
            assert mt.endswith('text' if ext == 'odt' else 'spreadsheet'), mt
            return xml_texts(z, [x for x in names if x.endswith('.xml')])
        texts = []
        for nm in names:
            if nm.endswith('/'):
                continue
            texts.append(open_attachment(nm, z.read(nm), None, None, depth + 1))
        return '\n'.join(texts)
    if ext == 'csv':
        s = data.decode(charset or 'utf-8')
        rows = list(csv.reader(io.StringIO(s), delimiter=';'))
        assert rows, 'empty CSV'
        return s
    if ext == 'ics':
        s = data.decode('utf-8')
        assert s.startswith('BEGIN:VCALENDAR\r\n') and s.endswith('END:VCALENDAR\r\n'), 'ICS frame'
        assert 'BEGIN:VEVENT' in s
        return s.replace('\r\n ', '')
    if ext in ('html', 'htm'):
        s = data.decode(charset or 'utf-8')
        return html_text(s)
    if ext == 'txt':
        return data.decode(charset or 'utf-8')
    raise AssertionError(f'unknown attachment type {fn}')


RE_MAIL = re.compile(r'[\w.+-]+@((?:[\w-]+\.)+[\w-]+)')
RE_URL = re.compile(r'(?:https?://|www\.)([\w.-]+)', re.I)
RE_IBAN = re.compile(r'\b(?:DE|AT|NL|CH|FR|ES|IT|GB|IE|LU|BE|PL|DK)\d{2}(?: ?[0-9A-Z]{4}){3,7}(?: ?[0-9A-Z]{1,3})?\b', re.I)


def check_text(where, text, errors):
    for m in RE_MAIL.finditer(text):
        host = m.group(1).lower().rstrip('.')
        if not host.endswith('.example'):
            errors.append(f'{where}: host {host} not .example')
    for m in RE_URL.finditer(text):
        host = m.group(1).lower().rstrip('.')
        if not (host.endswith('.example') or host == 'example'):
            errors.append(f'{where}: URL host {host} not .example')
    for m in RE_IBAN.finditer(text):
        if not iban_valid(m.group(0)):
            errors.append(f'{where}: IBAN {m.group(0)} fails mod 97')


def check():
    errors = []
    built = build_all()
    stats = {'parts': {}, 'cte': {}, 'cs': {}, 'att': {}, 'top': {}}
    # 1. byte-identical with disk
    for name, data in built.items():
        p = os.path.join(HERE, name)
        if not os.path.exists(p):
            errors.append(f'{name}: missing on disk')
        elif open(p, 'rb').read() != data:
            errors.append(f'{name}: differs from rebuild')
    ondisk = sorted(os.listdir(os.path.join(HERE, 'mails')))
    if ondisk != sorted(n[6:] for n in built if n.startswith('mails/')):
        errors.append('mails/ holds other files than the generator writes')
    # 2. a second rebuild is identical (determinism)
    if build_all() != built:
        errors.append('two rebuilds differ')
    mids = {}
    n_iban = 0
    for name in sorted(built):
        if not name.startswith('mails/'):
            continue
        data = built[name]
        if re.search(rb'(?<!\r)\n', data) or re.search(rb'\r(?!\n)', data):
            errors.append(f'{name}: bare LF or CR')
        if any(len(l) > 998 for l in data.split(b'\r\n')):
            errors.append(f'{name}: line longer than 998 octets')
        msg = BytesParser(policy=policy.default).parsebytes(data)
        stats['top'][msg.get_content_type()] = stats['top'].get(msg.get_content_type(), 0) + 1
        mid = str(msg['Message-ID'])
        if mid in mids:
            errors.append(f'{name}: duplicate Message-ID with {mids[mid]}')
        mids[mid] = name
        if msg['Date'] is None or msg['Date'].datetime.year != 2026:
            errors.append(f'{name}: date not in 2026')
        if not str(msg['From']).lower().rstrip('>').endswith('@' + DOM):
            errors.append(f'{name}: not sent from {DOM}')
        for hn in ('From', 'To', 'Cc', 'Reply-To', 'Message-ID', 'In-Reply-To', 'References'):
            for v in msg.get_all(hn) or []:
                check_text(f'{name} header {hn}', str(v), errors)
                if getattr(v, 'defects', None):
                    errors.append(f'{name}: header {hn} defects {v.defects}')
        check_text(f'{name} Subject', str(msg['Subject']), errors)
        for part in msg.walk():
            if part.defects:
                errors.append(f'{name}: MIME defects {part.defects}')
            ct = part.get_content_type()
            cte = part.get('Content-Transfer-Encoding', '7bit').lower()
            if part.is_multipart() or ct == 'message/rfc822':
                if ct == 'message/rfc822':
                    stats['att']['eml'] = stats['att'].get('eml', 0) + 1
                continue
            stats['cte'][cte] = stats['cte'].get(cte, 0) + 1
            fn = part.get_filename()
            raw = part.get_payload(decode=True)
            try:
                if fn:
                    ext = fn.rsplit('.', 1)[-1].lower()
                    stats['att'][ext] = stats['att'].get(ext, 0) + 1
                    if ext == 'zip':
                        for zn in zipfile.ZipFile(io.BytesIO(raw)).namelist():
                            e2 = 'in-zip ' + zn.rsplit('.', 1)[-1].lower()
                            stats['att'][e2] = stats['att'].get(e2, 0) + 1
                    text = open_attachment(fn, raw, ct, part.get_content_charset())
                    check_text(f'{name} attachment {fn}', text, errors)
                    n_iban += len(RE_IBAN.findall(text))
                elif part.get_content_maintype() == 'text':
                    cs = part.get_content_charset()
                    if cs not in ALLOWED_CS:
                        errors.append(f'{name}: charset {cs}')
                    stats['cs'][cs] = stats['cs'].get(cs, 0) + 1
                    text = raw.decode(cs)
                    if ct == 'text/html':
                        text = html_text(text)
                    check_text(f'{name} {ct}', text, errors)
                    n_iban += len(RE_IBAN.findall(text))
                else:
                    errors.append(f'{name}: unexpected inline part {ct}')
            except Exception as ex:  # noqa
                errors.append(f'{name}: part {ct} {fn}: {type(ex).__name__}: {ex}')
    # 3. labels
    labels = list(csv.DictReader(io.StringIO(built['labels.tsv'].decode('utf-8')), delimiter='\t'))
    cnt, lang, kinds = {}, {}, {}
    for r in labels:
        cnt[r['label']] = cnt.get(r['label'], 0) + 1
        lang[(r['label'], r['lang'])] = lang.get((r['label'], r['lang']), 0) + 1
        kinds[r['kind']] = kinds.get(r['kind'], 0) + 1
        if r['lang'] not in ('de', 'en', 'mixed'):
            errors.append(f"{r['file']}: lang {r['lang']}")
    if cnt != EXPECT:
        errors.append(f'label counts {cnt} != {EXPECT}')
    print(f'mails: {len(labels)}  labels: {cnt}')
    for lb in EXPECT:
        print(f'  {lb:22s} ' + '  '.join(f'{lg}={lang.get((lb, lg), 0)}' for lg in ('de', 'en', 'mixed')))
    tot = {lg: sum(v for (l, g), v in lang.items() if g == lg) for lg in ('de', 'en', 'mixed')}
    print('  languages: ' + '  '.join(f'{k}={v} ({100 * v / len(labels):.0f} %)' for k, v in tot.items()))
    print('  kinds: ' + ', '.join(f'{k} {v}' for k, v in sorted(kinds.items(), key=lambda x: -x[1])))
    print('  top-level types: ' + ', '.join(f'{k} {v}' for k, v in sorted(stats['top'].items())))
    print('  text charsets: ' + ', '.join(f'{k} {v}' for k, v in sorted(stats['cs'].items())))
    print('  transfer encodings: ' + ', '.join(f'{k} {v}' for k, v in sorted(stats['cte'].items())))
    print('  attachments: ' + ', '.join(f'{k} {v}' for k, v in sorted(stats['att'].items())))
    print(f'  IBAN-shaped strings checked: {n_iban}; unique Message-IDs: {len(mids)}')
    if errors:
        print(f'CHECK FAILED: {len(errors)} problem(s)')
        for e in errors:
            print('  ' + e)
        return 1
    print('CHECK OK: byte-identical rebuild, no MIME defects, CRLF only, all attachments open, '
          'all hosts .example, IBANs valid, label counts 60/45/45')
    return 0


if __name__ == '__main__':
    if '--check' in sys.argv:
        sys.exit(check())
    write()
